package extract

import "strings"

// groupReach bounds the words of a group's phrase groupExample reads before the comma that
// opens its examples.
const groupReach = 8

// groupExample reads a plural common-noun phrase at j that names a group of receivers, closed
// by a comma and an example list ("other agencies, including X and Y", "several partners, such
// as X", "other agencies handling maritime affairs, including X"): the entity of the first
// example, a name, or -1. The phrase holds no mention of its own but the possessive pronoun
// that may open it ("its customers"); a participle may follow its plural head ("handling
// maritime affairs").
func (x *Extractor) groupExample(c *sentCtx, j int) int {
	toks := c.s.Toks
	head := false
	for k := j; k < len(toks) && k-j <= groupReach; k++ {
		if c.at[k] >= 0 && !(k == j && toks[k].Tag == "PRP$") {
			return -1 // a possessive pronoun may open the phrase: "its customers, including X"
		}
		switch t := toks[k]; {
		case t.Text == ",":
			if at := exampleOpens(toks, k+1); head && at > 0 {
				return exampleName(c, at)
			}
			return -1
		case t.Tag == "NNS":
			head = true
		case t.Tag == "VBG" && head:
		case !head && (t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "NN" || t.Tag == "HYPH" || t.Tag == "VBN"):
		case head && (t.Tag == "NN" || t.Tag == "JJ"):
		default:
			return -1
		}
	}
	return -1
}

// exampleOpens returns the index of the first word of the example list "including" or "such as"
// opens at k, or -1.
func exampleOpens(toks []token, k int) int {
	if k < len(toks) && toks[k].Lower == "including" {
		return k + 1
	}
	if k+1 < len(toks) && toks[k].Lower == "such" && toks[k+1].Lower == "as" {
		return k + 2
	}
	return -1
}

// exampleName returns the entity of the actor that opens an example list at k, past an article,
// adjectives, nouns and "of" ("the Philippine Navy", "the city of Harlow", "the Dutch defence
// ministry"), or -1 when the first mention there is a pronoun or a plural (a group: "including
// regional banks").
func exampleName(c *sentCtx, k int) int {
	toks := c.s.Toks
	for q := k; q < len(toks) && q-k <= 3; q++ {
		if m := c.at[q]; m >= 0 {
			if c.ms[m].How == mkPronoun || c.ms[m].Entity < 0 || toks[c.ms[m].Last-1].Tag == "NNS" {
				return -1
			}
			return c.ms[m].Entity
		}
		if t := toks[q]; t.Tag != "DT" && t.Tag != "JJ" && t.Tag != "NN" && t.Lower != "of" {
			return -1
		}
	}
	return -1
}

// namedThenGroup adds to the telling ev, whose verb takes named hearers, the names a group
// joined to them exemplifies: "notified X and its customers, including Y", "informed X and
// several partners, such as Y and Z". The group, a plural common-noun phrase (groupExample),
// follows "and" right after the last named hearer's mention; the names are told too. It
// reports whether it added any.
func (x *Extractor) namedThenGroup(c *sentCtx, ev *rawEvent) bool {
	toks := c.s.Toks
	if len(ev.Target) == 0 {
		return false
	}
	for _, t := range ev.Target {
		if c.ents[t].Generic {
			return false
		}
	}
	last := -1 // the end of the last named hearer's mention after the verb
	for j := ev.Trigger + 1; j < len(toks) && j-ev.Trigger <= groupReach; j++ {
		m := c.at[j]
		if m < 0 {
			continue
		}
		if c.ms[m].How != mkName || !contains(ev.Target, c.ms[m].Entity) {
			break // "its" in "X and its customers" may stand for X: a pronoun ends the names
		}
		last = c.ms[m].Last
		j = last - 1
	}
	if last < 0 || last+1 >= len(toks) || toks[last].Lower != "and" {
		return false
	}
	e := x.groupExample(c, last+1)
	if e < 0 || contains(ev.Agent, e) || contains(ev.Target, e) {
		return false
	}
	ev.Target = append(ev.Target, e)
	ev.Target = x.joinedExamples(c, ev, e)
	return true
}

// joinedExamples returns ev's targets with the names joined to the example e in its list ("including
// X, Y and Z"), each but ev's agents and those it already holds.
func (x *Extractor) joinedExamples(c *sentCtx, ev *rawEvent, e int) []int {
	out := ev.Target
	for _, o := range x.conjuncts(c, e, ev.Trigger, false) {
		if !contains(ev.Agent, o) && !contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// functionalConjunct returns the entity of a body named by its function (functionalBody: "the
// privacy commissioner's office", "the state's securities regulator") whose description starts
// at k, past its article, or -1. The description must not open a clause of its own ("… and the
// regulator said").
func (x *Extractor) functionalConjunct(c *sentCtx, k int) int {
	if c.gen == nil || k >= len(c.s.Toks) || c.gen.at[k] < 0 {
		return -1
	}
	m := c.gen.ms[c.gen.at[k]]
	if m.How != mkGeneric || m.Entity < 0 || m.First != k || !x.cue.is("functionhead", m.Head) {
		return -1
	}
	if toks := c.s.Toks; m.Last < len(toks) && isFiniteTag(toks[m.Last].Tag) {
		return -1
	}
	if e := namedBody(c, m); e >= 0 {
		return e
	}
	return m.Entity
}

// namedBody returns the entity of the one name in the article that holds the words of the
// functional description m past its possessor ("the privacy commissioner's office" for "the
// Office of the Privacy Commissioner", "the state's securities regulator" for "the Arden
// Securities Regulator"): a second reference to a body by its function, or -1 when no name or
// several entities hold them.
func namedBody(c *sentCtx, m mention) int {
	words := strings.ToLower(m.Text)
	if k := strings.LastIndex(words, "'s "); k >= 0 {
		words = words[k+3:]
	}
	if k := strings.LastIndex(words, "’s "); k >= 0 {
		words = words[k+len("’s "):]
	}
	words = " " + words + " "
	found := -1
	for _, n := range c.all {
		if n.How != mkName || n.Entity < 0 || n.Entity == found || !strings.Contains(" "+strings.ToLower(n.Text)+" ", words) {
			continue
		}
		if found >= 0 {
			return -1 // two bodies hold the words: none is meant
		}
		found = n.Entity
	}
	return found
}

// passedOnTo reports whether the words at j are a particle of handing over and the "to" of its
// receiver: "passed them on to X", "handed it over to X", "sent them along to X".
func passedOnTo(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j+1].Lower != "to" {
		return false
	}
	switch toks[j].Lower {
	case "on", "over", "along", "back":
		return true
	}
	return false
}

// functionalFirst returns the body named by its function (functionalConjunct) that the verb at i
// takes as its object before "and" and the named hearer first ("alerted the province's privacy
// commissioner and the RCMP"), or -1.
func (x *Extractor) functionalFirst(c *sentCtx, i, first int) int {
	toks := c.s.Toks
	if c.gen == nil || i+2 >= len(toks) {
		return -1
	}
	k := i + 1
	if toks[k].Tag == "DT" {
		k++
	}
	if c.gen.at[k] < 0 {
		return -1
	}
	end := c.gen.ms[c.gen.at[k]].Last
	if isPossMark(toks[min(end, len(toks)-1)].Text) && end+1 < len(toks) && toks[end+1].Tag == "NN" {
		end += 2 // "the privacy commissioner's office": the office is the commissioner's
	}
	if end+1 >= len(toks) || toks[end].Lower != "and" {
		return -1
	}
	j := end + 1
	if toks[j].Tag == "DT" {
		j++
	}
	if m := c.at[min(j, len(toks)-1)]; m < 0 || c.ms[m].Entity != first || c.ms[m].How != mkName {
		return -1
	}
	return x.functionalConjunct(c, k)
}
