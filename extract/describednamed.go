package extract

import (
	"slices"
	"strings"

	"github.com/intelgraph/intelgraph/schema"
)

// describedReach is how many sentences after a sanction told of described parties the names
// set in apposition to them may come (describedNamed).
const describedReach = 2

// describedNamed gives a sanction whose object only describes the parties it falls on ("imposed
// sanctions on a Hong Kong-registered trading company and two Chinese nationals", "sanctioned
// an Armenian software firm and three of its managers") the names one of the next describedReach
// sentences sets in apposition to a definite description with a head of the same kind ("The
// Treasury said the company, Grey Crane Ltd., and the two men, identified as A and B, …", "The
// exchange, Volna Pay, handled …"), as wire copy does when the lede keeps the names for later.
// The described parties it held as targets give way to the names.
func (x *Extractor) describedNamed(sents []sentence, ms []mention, ents []entity, evs []rawEvent) {
	for k := range evs {
		ev := &evs[k]
		if ev.Type != schema.EventSanction || ev.Sent < 0 || ev.Sent >= len(sents) || ev.Trigger < 0 || ev.Negated {
			continue
		}
		heads := x.describedObject(sents[ev.Sent].Toks, ev.Trigger)
		if len(heads) == 0 {
			continue
		}
		var named []int
		for s := ev.Sent + 1; s < len(sents) && s <= ev.Sent+describedReach && len(named) == 0; s++ {
			named = x.describedNames(sents[s].Toks, ms, ents, s, heads)
		}
		var keep []int
		for _, e := range ev.Target {
			if e >= len(ents) || !ents[e].Generic {
				keep = append(keep, e)
			}
		}
		if len(named) == 0 {
			continue
		}
		for _, e := range named {
			if !contains(ev.Agent, e) && !contains(keep, e) {
				keep = append(keep, e)
			}
		}
		ev.Target = keep
	}
}

// describedObject reads the object of the sanction at t, after "on" or "against" for a noun
// ("sanctions on …", "sanctions on Monday on …"), or the subject of its passive ("A Vessa
// logistics company and two of its executives were sanctioned …"), as one or more descriptions
// joined by commas and "and", each opened by "a", "an", a count, "its" or "N of its" ("a
// Dubai-based exchange and three of its managers"), and returns their head words, each an
// organisation's or a person's (describedKind). A phrase opened otherwise (a name, "the")
// gives none: the sanction names whom it hits, or takes them up.
func (x *Extractor) describedObject(toks []token, t int) []string {
	var heads []string
	j := t + 1
	if p := passiveSubjectStart(toks, t); p >= 0 {
		j = p
	} else if e := x.timePhraseEnd(toks, j, 2, true); e > j && e < len(toks) && (toks[e].Lower == "on" || toks[e].Lower == "against") {
		j = e + 1 // "imposed sanctions on Monday on two brokers"
	} else if j < len(toks) && (toks[j].Lower == "on" || toks[j].Lower == "against") {
		j++
	}
	for j < len(toks) {
		head, end := describedPhrase(toks, j)
		if x.describedKind(head) == "" {
			return nil
		}
		heads = append(heads, head)
		j = end
		if j+1 < len(toks) && toks[j].Text == "," && toks[j+1].Lower == "and" {
			j++
		}
		if j >= len(toks) || toks[j].Lower != "and" {
			return heads
		}
		j++
	}
	return heads
}

// describedPhrase reads an indefinite description opening at j ("a Hong Kong-registered trading
// company", "two Latvian nationals", "three of its managers", "its chairman") and returns its
// head word, lower-cased, and the index just past it; "" when no such phrase opens there.
func describedPhrase(toks []token, j int) (string, int) {
	if j >= len(toks) {
		return "", j
	}
	switch w := toks[j]; {
	case w.Tag == "CD" && j+2 < len(toks) && toks[j+1].Lower == "of" && toks[j+2].Lower == "its":
		j += 3 // "three of its managers"
	case w.Lower == "a" || w.Lower == "an" || w.Lower == "its" || w.Tag == "CD":
		j++
	default:
		return "", j
	}
	head := ""
	for ; j < len(toks); j++ {
		switch toks[j].Tag {
		case "NNP", "NNPS", "JJ", "VBN", "NN", "NNS", "HYPH":
			head = toks[j].Lower
			continue
		}
		break
	}
	return head, j
}

// passiveSubjectStart returns the index where the subject of the passive participle at t opens,
// when that subject opens the sentence, a dateline's dash or a comma ("A Vessa company and two
// of its executives were sanctioned by …"), and no verb stands between; -1 otherwise.
func passiveSubjectStart(toks []token, t int) int {
	if t < 1 || t >= len(toks) || toks[t].Tag != "VBN" {
		return -1
	}
	v := t - 1
	for v >= 0 && toks[v].Tag == "RB" {
		v--
	}
	if v < 1 || toks[v].Lower != "was" && toks[v].Lower != "were" {
		return -1
	}
	for q := v - 1; q >= 0; q-- {
		if isVerbTag(toks[q].Tag) || toks[q].Lower == "that" || toks[q].Lower == "who" || toks[q].Lower == "which" {
			return -1
		}
		if q == 0 {
			return 0
		}
		if p := toks[q-1].Text; p == "—" || p == "-" || p == "--" || p == "," {
			if toks[q].Lower == "a" || toks[q].Lower == "an" || toks[q].Tag == "CD" {
				return q
			}
		}
	}
	return -1
}

// describedKind gives the kind of party a description's head word speaks of: an organisation
// ("company", "exchange", "bank") or a person ("nationals", "men", "managers", "chairman"); ""
// for any other.
func (x *Extractor) describedKind(head string) schema.ActorKind {
	if x.cue.genHead[head] == schema.KindOrganization {
		return schema.KindOrganization
	}
	if x.cue.is("describedfirm", head) {
		return schema.KindOrganization
	}
	if x.cue.is("describedperson", head) || x.cue.is("personrole", head) {
		return schema.KindPerson
	}
	return ""
}

// describedNames returns the parties sentence s names in apposition to a definite description
// ("the …" or "its …") that takes up one of heads (sameDescribed): "the company, Grey Crane
// Ltd., …", "the two men, identified as A and B, …", "The brokers, A and B, ran …", "its
// chairman, C,". A name that is a place or a country stands for no such party.
func (x *Extractor) describedNames(toks []token, ms []mention, ents []entity, s int, heads []string) []int {
	var out []int
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Lower != "the" && toks[i].Lower != "its" {
			continue
		}
		h := i + 1
		for h < len(toks) && (toks[h].Tag == "CD" || toks[h].Tag == "JJ") {
			h++
		}
		if h+1 >= len(toks) || toks[h+1].Text != "," || !slices.ContainsFunc(heads, func(d string) bool { return x.sameDescribed(d, toks[h].Lower) }) {
			continue
		}
		at := h + 2
		if at+1 < len(toks) && (toks[at].Lower == "identified" || toks[at].Lower == "named") && toks[at+1].Lower == "as" {
			at += 2 // "the two men, identified as A and B,"
		}
		out = append(out, apposedList(toks, ms, ents, s, at, x.describedKind(toks[h].Lower))...)
	}
	return out
}

// sameDescribed reports whether a definite description with head word w may take up an
// indefinite one with head word d: any two words for people ("two Latvian nationals" … "the
// two men"), but for an organisation the same word, in the singular or plural, or two words
// for a company ("a trading company" … "the firm").
func (x *Extractor) sameDescribed(d, w string) bool {
	kd, kw := x.describedKind(d), x.describedKind(w)
	if kd == "" || kd != kw {
		return false
	}
	if kd == schema.KindPerson {
		return true
	}
	return firmWord(d) == firmWord(w)
}

// firmWord gives an organisation's head word in one form for its singular and plural, and
// "company" for any word for a company.
func firmWord(w string) string {
	switch w {
	case "company", "companies", "firm", "firms", "business", "businesses":
		return "company"
	}
	if strings.HasSuffix(w, "ies") {
		return strings.TrimSuffix(w, "ies") + "y"
	}
	return strings.TrimSuffix(w, "s")
}

// apposedList returns the names of kind-fitting parties listed from token at of sentence s,
// joined by commas and "and", up to the comma or full stop that closes the apposition; nil
// when anything else stands in the list.
func apposedList(toks []token, ms []mention, ents []entity, s, at int, kind schema.ActorKind) []int {
	var out []int
	for _, m := range ms {
		if m.Sent != s || m.First < at {
			continue
		}
		if len(out) > 0 && at < len(toks) && (toks[at].Lower == "the" || toks[at].Lower == "its") {
			return out // "the company, X, and the two men, …": the next description opens
		}
		if m.First != at || m.How != mkName || m.Entity < 0 || m.Entity >= len(ents) || m.Possessive || m.Last >= len(toks) {
			return nil
		}
		if ek := ents[m.Entity].Kind; ek == schema.KindPlace || ek == schema.KindCountry || kind == schema.KindPerson && ek != schema.KindPerson && !m.LooksPerson {
			return nil
		}
		out = append(out, m.Entity)
		k := m.Last
		switch {
		case toks[k].Text == "," && k+1 < len(toks) && toks[k+1].Lower == "and":
			at = k + 2 // "A, B, and C"
		case toks[k].Lower == "and":
			at = k + 1
		case toks[k].Text == "," && k+1 < len(toks) && isCap(toks[k+1].Text) && kind == schema.KindPerson:
			at = k + 1 // "A, B and C"
		case toks[k].Text == "," || toks[k].Text == ".":
			return out
		default:
			return nil
		}
	}
	return nil
}
