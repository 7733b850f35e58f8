package extract

import (
	"sort"
	"strconv"
	"strings"

	"github.com/intelgraph/intelgraph/schema"
)

// mkGeneric marks a descriptive actor: "a contractor", "hackers", "two gunmen",
// "telecommunications companies". Such a mention becomes an actor only when it fills an
// agent or target role that no name fills.
const mkGeneric mentionKind = 100

// genericMentions finds the descriptive noun phrases of a sentence that a name, demonym
// phrase, description or pronoun does not already cover: an optional determiner or quantifier,
// modifiers (adjectives, nouns, participles) and a head noun that names a kind of actor.
func (x *Extractor) genericMentions(s *sentence, covered []bool) []mention {
	var out []mention
	toks := s.Toks
	open := 0 // the story's first word: after a dateline ("BAMAKO, June 15 (Reuters) - Rebels killed")
	if s.Index == 0 {
		if _, d := datelineEnd(toks); d > 0 {
			open = d
		}
	}
	var leaders mention // what leadersOf reads, reused from token to token
	for i := 0; i < len(toks); i++ {
		if covered[i] {
			if m, ok := x.hearerGroup(s, i, covered); ok {
				// "alerted its member hospitals": the group told, past the possessive pronoun
				out = append(out, m)
				i = m.Last - 1
			}
			continue
		}
		k := i
		w := toks[i]
		tally := false // a bounded count ("at least two"): an actor only as a suspect
		if w.Text == "parliament" && isNounTag(w.Tag) && (i == 0 || !(toks[i-1].Tag == "DT" || toks[i-1].Tag == "JJ" || toks[i-1].Tag == "POS" || toks[i-1].Tag == "PRP$" || isNounTag(toks[i-1].Tag))) &&
			!isNounTag(nextTag(toks, i)) {
			// "told parliament": the country's legislature, named by its function
			out = append(out, mention{Sent: s.Index, First: i, Last: i + 1, Start: w.Start, End: w.End,
				Text: w.Text, How: mkGeneric, Kind: schema.KindAgency, Conf: 0.5, Head: w.Lower, Entity: -1})
			continue
		}
		if m, ok := x.hearerGroup(s, i, covered); ok {
			// "warned the affected officials": the group told
			out = append(out, m)
			i = m.Last - 1
			continue
		}
		if x.leadersOf(s, i, covered, &leaders) {
			out = append(out, leaders)
			i = leaders.Last - 1
			continue
		}
		if w.Lower == "the" {
			// "the parliamentary intelligence committee": a body the article names by its
			// function only
			if m, ok := x.functionalBody(s, i, covered); ok {
				out = append(out, m)
				i = m.Last - 1
			}
			continue
		}
		switch {
		case x.cue.tokIs("genstart", &w) || w.Tag == "CD":
			if w.Tag == "CD" && digitCount(w.Lower) {
				continue // "more than 100 companies": a tally, not an actor
			}
			tally = w.Tag == "CD" && x.countBound(toks, i) // "at least 30 logistics firms"
			k = i + 1
			if k < len(toks) && toks[k].Lower == "of" {
				k++ // "dozens of", "hundreds of"
			}
		case w.Tag == "JJ" || isNounTag(w.Tag) || w.Tag == "VBN" || x.nounReadAsVerb(toks, i):
			if w.Tag == "VBN" && x.afterAuxiliary(toks, i) {
				continue // a verb in a perfect or passive: "has notified affected employees"
			}
			if w.Tag == "VBN" && x.coordinatedTelling(&sentCtx{s: s}, i) {
				continue // "… and warned employees": a telling verb, not a modifier of "employees"
			}
			if i > 0 {
				if p := toks[i-1]; p.Tag == "JJ" || isNounTag(p.Tag) || p.Tag == "CD" || p.Tag == "POS" || p.Tag == "PRP$" || p.Tag == "HYPH" || p.Tag == "DT" && p.Lower != "all" || covered[i-1] {
					continue // not the start of a noun phrase
				}
			}
		default:
			continue
		}
		first := k
		for ; k < len(toks) && k-first <= 4; k++ {
			t := toks[k]
			if covered[k] {
				break
			}
			if inquiryBody(toks, k) && (w.Lower == "a" || w.Lower == "an") {
				// "set up a committee of inquiry": a body named by its task, which "the committee"
				// later refers to
				out = append(out, mention{Sent: s.Index, First: first, Last: k + 3, Start: toks[first].Start, End: toks[k+2].End,
					Text: joinTokens(toks[first : k+3]), How: mkGeneric, Kind: schema.KindAgency, Conf: 0.5, Head: t.Lower, Entity: -1})
				i = k + 2
				break
			}
			kind, ok := x.cue.genHead[t.Lower]
			if !ok && (t.Lower == "service" || t.Lower == "services") && k > first && (toks[k-1].Lower == "intelligence" || toks[k-1].Lower == "security") {
				kind, ok = schema.KindAgency, true // "an allied intelligence service", not "a cloud service"
			}
			lede := !ok && x.cue.tokIs("ledehead", &t) && (s.Index == 0 || x.suspectedOf(toks, k+1) || x.suspectModifier(toks, first, k) || x.passiveStep(toks, k+1) || x.legalObject(toks, i, k))
			if lede {
				// "an indictment charging four Iranian nationals": the people the story's first
				// sentence is about, described only by sex, status or nationality; elsewhere
				// only a suspect ("detained a 24-year-old man in Dunmore suspected of …") or
				// the person a legal step is taken against ("police arrested a 34-year-old man")
				kind, ok = schema.KindPerson, true
			}
			if ok && tally && !(lede && x.suspectedOf(toks, k+1)) {
				break // "at least 30 logistics firms": a tally, not an actor
			}
			if ok && isNounTag(t.Tag) && !isNounTag(nextTag(toks, k)) &&
				(!isCap(t.Text) || k == open) && !(k+1 < len(toks) && (toks[k+1].Lower == "of" && !x.toldOfMatter(toks, i, k) || isPossMark(toks[k+1].Text))) {
				plural := strings.HasSuffix(t.Lower, "s") || t.Lower == "gunmen" || t.Lower == "personnel"
				placed := ""
				if kind == schema.KindAgency && plural && k+2 < len(toks) && toks[k+1].Lower == "in" && isCap(toks[k+2].Text) && covered[k+2] {
					// "targeted ministries in Southeast Asia": the place makes them an actor
					e := k + 2
					for e < len(toks) && covered[e] && isCap(toks[e].Text) {
						e++
					}
					placed = " in " + joinTokens(toks[k+2:e])
				}
				number := w.Tag == "CD" && first == i+1 && !tally // "six ministries", "four nationals": a plain count right before
				counted := k == first && number && plural && (kind == schema.KindAgency || kind == schema.KindOrganization)
				if k == first && kind != schema.KindGroup && kind != schema.KindPerson && !counted && placed == "" && !(plural && (reportedTo(toks, first) || kind == schema.KindAgency && x.toldBodies(toks, first))) {
					break // "businesses", "a company": too vague to be an actor of its own
				}
				if counted || lede && number {
					first = i // "notified all six ministries": the counted institutions, one body told; "charging four Iranian nationals"
				}
				if k == first && !plural && first == i {
					break // a bare singular noun is not an actor: "group" in a heading
				}
				if first == i && !plural {
					break // "government agency" without a determiner: a modifier, not an actor
				}
				if first == i && first >= 2 && toks[first-1].Lower == "and" && !covered[first-2] && (toks[first-2].Tag == "NN" || toks[first-2].Tag == "JJ") &&
					!isCap(toks[first-2].Text) && (first < 3 || !(isNounTag(toks[first-3].Tag) || toks[first-3].Tag == "JJ" || covered[first-3])) {
					first -= 2 // "rail and logistics operators": two modifiers of one head, not rail and the operators
				}
				if kind == schema.KindGroup && x.tradeGroup(toks, first, k) {
					kind = schema.KindOrganization // "a hospital group", "a rights group": no threat group (as description does)
				}
				text := joinTokens(toks[first:k+1]) + placed
				if text != "" && text[0] >= 'A' && text[0] <= 'Z' && first == open {
					text = strings.ToLower(text[:1]) + text[1:]
				}
				out = append(out, mention{Sent: s.Index, First: first, Last: k + 1, Start: toks[first].Start, End: toks[k].End,
					Text: text, How: mkGeneric, Kind: kind, Conf: 0.5, Head: t.Lower, Entity: -1})
				i = k
				break
			}
			if !(t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "VBN" || t.Tag == "HYPH" || t.Tag == "JJR" || k == i && x.nounReadAsVerb(toks, k)) || isCap(t.Text) && k != open && !(k > i && x.demonymModifier(s, k)) {
				break
			}
		}
	}
	return out
}

// suspectedOf reports whether the words at j make the noun phrase before them a suspect:
// "suspected of", "accused of" (cue suspectof), after a place the phrase is in ("a 24-year-old
// man in Dunmore suspected of recruiting volunteers").
func (x *Extractor) suspectedOf(toks []token, j int) bool {
	if j+1 < len(toks) && toks[j].Lower == "in" && isCap(toks[j+1].Text) {
		in := j
		for j += 2; j < len(toks) && j-in <= maxPlaceWords && isCap(toks[j].Text); j++ {
		}
	}
	return j+1 < len(toks) && x.cue.tokIs("suspectof", &toks[j]) && toks[j+1].Lower == "of"
}

// passiveStep reports whether the words at j are a passive legal step the phrase before them
// undergoes: a form of "be", an adverb perhaps, and the participle of a legal trigger ("A
// 19-year-old woman was detained", "Two men were later charged", past a described apposition:
// "A second man, a 41-year-old driver, was remanded", also when it names where the person is
// from: "a 22-year-old woman from Hull"; or a legal participle coordinated with the
// first: "was produced before a magistrate and remanded in custody"): the people so described
// are the step's party in any sentence, as a suspect is.
func (x *Extractor) passiveStep(toks []token, j int) bool {
	if j+1 < len(toks) && toks[j].Text == "," && x.cue.tokIs("article", &toks[j+1]) {
		// "A second man, a 41-year-old driver, was remanded": past a described apposition
		for k := j + 2; k < len(toks) && k-j <= appositionReach; k++ {
			if toks[k].Text == "," {
				j = k + 1
				break
			}
			if isCap(toks[k].Text) && (toks[k-1].Lower == "from" || toks[k-1].Lower == "in" || isCap(toks[k-1].Text) && k-1 > j+1) {
				continue // "a 22-year-old woman from Hull": the place the person is from
			}
			if isCap(toks[k].Text) || isVerbTag(toks[k].Tag) && toks[k].Tag != "VBN" {
				return false
			}
		}
	}
	if j >= len(toks) || !x.cue.tokIs("be", &toks[j]) {
		return false
	}
	j++
	if j < len(toks) && (toks[j].Tag == "RB" || toks[j].Tag == "RBR") {
		j++
	}
	if j >= len(toks) || toks[j].Tag != "VBN" {
		return false
	}
	if tr, ok := x.tokTrigger(&toks[j], true); ok && tr.Type == schema.EventLegal {
		return true
	}
	// "A 27-year-old man was produced before a magistrate on Friday and remanded in custody":
	// a legal participle coordinated with the first one
	for k := j + 1; k+1 < len(toks) && k-j <= objectReach; k++ {
		if toks[k].Text == "," || toks[k].Text == ";" || isFiniteTag(toks[k].Tag) || toks[k].Tag == "WDT" || toks[k].Tag == "WP" {
			return false
		}
		if toks[k].Lower != "and" {
			continue
		}
		v := k + 1
		if v+1 < len(toks) && (toks[v].Tag == "RB" || toks[v].Tag == "RBR") {
			v++ // "and later arrested"
		}
		tr, ok := x.tokTrigger(&toks[v], true)
		return toks[v].Tag == "VBN" && ok && tr.Type == schema.EventLegal
	}
	return false
}

// legalObject reports whether the singular noun phrase from i to its head at k is the object of
// an active legal verb just before it ("police arrested a 34-year-old man", "had charged a
// 20-year-old woman in Hull"): the person so described is the step's party in any sentence, as a
// suspect is. Not when a name in apposition follows ("charged a Dutch man, Jan Verhoef,"), which
// is the actor, nor when a relative clause describes the person ("a man … who is suspected of"),
// which suspectedOf does not read as a suspect either.
func (x *Extractor) legalObject(toks []token, i, k int) bool {
	if i == 0 || (toks[i].Lower != "a" && toks[i].Lower != "an") {
		return false
	}
	v := toks[i-1]
	if v.Tag != "VBD" && v.Tag != "VBN" && v.Tag != "VBZ" && v.Tag != "VBP" && v.Tag != "VBG" {
		return false
	}
	if tr, ok := x.tokTrigger(&v, true); !ok || tr.Type != schema.EventLegal {
		return false
	}
	for j := k + 1; j < len(toks) && j-k <= objectReach; j++ {
		switch {
		case toks[j].Text == ",":
			return !(j+1 < len(toks) && isCap(toks[j+1].Text))
		case toks[j].Tag == "WP" || toks[j].Tag == "WDT" || isFiniteTag(toks[j].Tag):
			return toks[j].Tag != "WP"
		}
	}
	return true
}

// maxPlaceWords bounds the capitalised words of a place suspectedOf steps over ("in Dunmore",
// "in Port Talbot").
const maxPlaceWords = 4

// suspectModifier reports whether a modifier between first and the head at k makes the phrase a
// suspect ("two suspected administrators", "the alleged ringleaders": cue suspectmod).
func (x *Extractor) suspectModifier(toks []token, first, k int) bool {
	for j := first; j < k && j < len(toks); j++ {
		if x.cue.tokIs("suspectmod", &toks[j]) {
			return true
		}
	}
	return false
}

// afterAuxiliary reports whether token i follows a form of have or be, adverbs allowed between
// ("has previously targeted", "were quickly notified"): a participle there is a verb.
func (x *Extractor) afterAuxiliary(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch {
		case toks[k].Tag == "RB" || toks[k].Tag == "RBR":
			continue
		case toks[k].Lower == "have" || toks[k].Lower == "has" || toks[k].Lower == "had" || toks[k].Lower == "having":
			return true
		default:
			return x.cue.tokIs("be", &toks[k])
		}
	}
	return false
}

// addGeneric appends the descriptive mentions of every sentence to ms and gives them entities,
// one per wording (head and modifiers) within the article. item numbers the items of a roundup
// (items), nil when the article is one.
func (x *Extractor) addGeneric(sents []sentence, ms []mention, ents []entity, item []int) ([]mention, []entity) {
	byKey := map[string]int{}
	// an article about one named threat group calls it "the attackers", "a hacktivist group"
	// too: described groups are that group when it is the only one
	group, groups := -1, 0
	for k, e := range ents {
		if e.Kind == schema.KindGroup && !e.Guessed {
			group, groups = k, groups+1
		}
	}
	if groups != 1 {
		group = -1
	}
	abbr := pluralAbbreviations(ents)
	cov := []bool{}
	next := 0
	for k := range sents {
		s := &sents[k]
		if cap(cov) < len(s.Toks) {
			cov = make([]bool, len(s.Toks))
		}
		cov = cov[:len(s.Toks)]
		for i := range cov {
			cov[i] = false
		}
		for next < len(ms) && ms[next].Sent < s.Index {
			next++
		}
		for j := next; j < len(ms) && ms[j].Sent == s.Index; j++ {
			for t := ms[j].First; t < ms[j].Last && t < len(cov); t++ {
				cov[t] = true
			}
		}
		for _, m := range x.genericMentions(s, cov) {
			if m.Kind == schema.KindGroup && group >= 0 && !x.anotherParty(s.Toks, m, ms, ents[group].Mentions) {
				m.Entity = group
				ents[group].Mentions = append(ents[group].Mentions, len(ms))
				ms = append(ms, m)
				continue
			}
			if m.Kind == schema.KindGroup && group < 0 && groups > 1 {
				if g, j := sentenceGroup(ms, ents, next, s.Index); g >= 0 {
					// "hackers using the Tin Adder ransomware locked up …", "Ash Lark, a group
					// that …": in an article with several groups, a described group is the one
					// group its own sentence names; set beside the name it is no mention of its
					// own, as the entity holds it as the name's apposition already
					m.Entity = g
					if !apposedGroup(s.Toks, ms[j], m) {
						ents[g].Mentions = append(ents[g].Mentions, len(ms))
					}
					ms = append(ms, m)
					continue
				}
			}
			if e := pluralAbbreviated(abbr, m); e >= 0 {
				// "members of Parliament" … "MPs": the described people the article abbreviates
				m.Entity = e
				ents[e].Mentions = append(ents[e].Mentions, len(ms))
				ms = append(ms, m)
				continue
			}
			if e := apposedPerson(s.Toks, ms, ents, next, m); e >= 0 {
				// "arrested a contractor, Karim Sadri, on Monday": the person the description
				// introduces, named right after it
				m.Entity = e
				ents[e].Mentions = append(ents[e].Mentions, len(ms))
				ms = append(ms, m)
				continue
			}
			key := strings.ToLower(m.Text)
			if m.Kind == schema.KindGroup && x.cue.is("grouphead", m.Head) {
				key = "group" // "the attackers" … "threat actors": one unnamed adversary
				if item != nil && k < len(item) && item[k] > 0 {
					// a roundup's later item ("Separately, hackers stole …"): another matter's
					// adversary, not the one of the items before
					key = "group#" + strconv.Itoa(item[k])
				}
			}
			e, ok := byKey[key]
			if !ok {
				e = len(ents)
				byKey[key] = e
				ents = append(ents, entity{Name: m.Text, Kind: m.Kind, Conf: 0.5, Generic: true})
			}
			m.Entity = e
			ents[e].Mentions = append(ents[e].Mentions, len(ms))
			ms = append(ms, m)
		}
	}
	return ms, ents
}

// sentenceGroup returns the entity of the one threat group named in sentence sent, whose
// mentions start at from in ms, and its first named mention there, or -1, -1 when the sentence
// names none or several: "hackers using the Tin Adder ransomware" names Tin Adder once, as its
// ransomware's maker. Groups shaped like a person's name are left out, as in addGeneric's count.
func sentenceGroup(ms []mention, ents []entity, from, sent int) (int, int) {
	g, first := -1, -1
	for j := from; j < len(ms) && ms[j].Sent == sent; j++ {
		e := ms[j].Entity
		if ms[j].How != mkName || e < 0 || e >= len(ents) || ents[e].Kind != schema.KindGroup || ents[e].Guessed || e == g {
			continue
		}
		if g >= 0 {
			return -1, -1
		}
		g, first = e, j
	}
	return g, first
}

// apposedGroup reports whether the described group m is set right beside the name n, after it
// behind a comma and an article with modifiers only between ("Ash Lark, a Russian-speaking
// group") or right before it ("the hacking group Ash Lark", "the crew, Ash Lark,").
func apposedGroup(toks []token, n, m mention) bool {
	if m.Last <= n.First {
		gap := n.First - m.Last
		return gap == 0 || gap == 1 && m.Last < len(toks) && toks[m.Last].Text == ","
	}
	k := n.Last
	if m.First < k+2 || m.First-k > 6 || k >= len(toks) || toks[k].Text != "," {
		return false
	}
	if d := toks[k+1].Lower; d != "a" && d != "an" && d != "the" {
		return false
	}
	for j := k + 2; j < m.First && j < len(toks); j++ {
		if t := toks[j]; isVerbTag(t.Tag) && t.Tag != "VBN" && t.Tag != "VBG" || t.Text == "," {
			return false
		}
	}
	return true
}

// anotherParty reports whether the described group m is introduced as a party other than the
// article's one named group g, whose mentions named lists: an indefinite phrase ("an unknown
// group", "another crew", "unidentified attackers") in a sentence after every one that names g,
// not said of something ("is a Russian group", "known as a hacktivist group"). Before g's name,
// or beside it, such a phrase introduces g ("A hacktivist group calling itself X …").
func (x *Extractor) anotherParty(toks []token, m mention, ms []mention, named []int) bool {
	if len(named) == 0 || m.First >= len(toks) {
		return false
	}
	for _, k := range named {
		if k >= 0 && k < len(ms) && ms[k].Sent >= m.Sent {
			return false // named in the phrase's sentence or first named after it
		}
	}
	d := m.First
	for n := 0; n < 2 && d > 0 && indefiniteOpener(toks[d-1].Lower); n++ {
		d-- // the determiner or the word of not knowing before the phrase
	}
	switch toks[d].Lower {
	case "a", "an", "another":
		return !(d > 0 && (toks[d-1].Lower == "as" || x.cue.tokIs("be", &toks[d-1]))) // not "Vell is a hacktivist group"
	}
	return unknownWord(toks[d].Lower)
}

// unknownWord reports whether w says a party is not known: "unknown", "unidentified".
func unknownWord(w string) bool { return w == "unknown" || w == "unidentified" }

// apposedPerson returns the entity of the person named between commas right after the
// description of one person m ("a contractor, Karim Sadri, on Monday"; the name ends the
// sentence or a comma follows it), found among the sentence's mentions ms[from:]; -1 otherwise.
func apposedPerson(toks []token, ms []mention, ents []entity, from int, m mention) int {
	if m.Kind != schema.KindPerson || strings.HasSuffix(m.Head, "s") || m.Last+1 >= len(toks) || toks[m.Last].Text != "," {
		return -1
	}
	for j := from; j < len(ms) && ms[j].Sent == m.Sent; j++ {
		n := ms[j]
		if n.First != m.Last+1 || n.How != mkName || n.Entity < 0 || n.Entity >= len(ents) || ents[n.Entity].Kind != schema.KindPerson {
			continue
		}
		if n.Last == len(toks) || toks[n.Last].Text == "," || toks[n.Last].Text == "." {
			return n.Entity
		}
	}
	return -1
}

// pluralAbbreviations indexes the named entities whose name is a plural abbreviation ("MPs"),
// lower-cased.
func pluralAbbreviations(ents []entity) map[string]int {
	var out map[string]int
	for e := range ents {
		n := ents[e].Name
		if ents[e].Generic || len(n) < 3 || n[len(n)-1] != 's' || !isAllCaps(n[:len(n)-1]) {
			continue
		}
		if out == nil {
			out = map[string]int{}
		}
		out[strings.ToLower(n)] = e
	}
	return out
}

// pluralAbbreviated returns the named entity whose name is the plural abbreviation of the
// descriptive mention m ("MPs" for "members of Parliament": the initials of its words and a
// plural "s"), or -1.
func pluralAbbreviated(abbr map[string]int, m mention) int {
	if len(abbr) == 0 || m.Kind != schema.KindPerson || !strings.Contains(m.Text, " ") {
		return -1
	}
	if e, ok := abbr[initials(m.Text)+"s"]; ok {
		return e
	}
	return -1
}

// fillGeneric fills an event's empty agent or target role with a descriptive actor found by
// the same rule when descriptive mentions are visible (gc), when no name fills it.
func (x *Extractor) fillGeneric(c, gc *sentCtx, i int, tr trigger, verb bool, ev rawEvent) rawEvent {
	if gc == nil || ev.Agent != nil && ev.Target != nil {
		return ev
	}
	var g rawEvent
	if verb {
		g = x.verbEvent(gc, i, tr)
	} else {
		g = x.nounEvent(gc, i, tr)
	}
	if g.Type == "" {
		return ev
	}
	// a role the descriptive mentions fill (g) that the names alone leave empty (ev)
	generic := func(list []int) []int {
		if len(list) == 1 && list[0] >= 0 && list[0] < len(c.ents) {
			return list
		}
		return nil
	}
	// a described doer is a group ("hackers", "a criminal gang"); researchers, officials and
	// companies described without a name are too often the article's narrators, not agents
	agent := func(list []int) []int {
		if l := generic(list); l != nil && c.ents[l[0]].Kind == schema.KindGroup && !isReporting(g) {
			return l
		}
		if l := generic(list); l != nil && c.ents[l[0]].Kind == schema.KindAgency && g.Type == schema.EventWarning && len(g.Target) > 0 {
			return l // "an allied intelligence service alerted it": an institution warns someone named
		}
		return nil
	}
	if ev.Type == "" {
		ev = g
		ev.Agent, ev.Target, ev.Told = agent(g.Agent), generic(g.Target), false
		if ev.Agent == nil && ev.Target == nil {
			return rawEvent{}
		}
		if ev.Conf < 0.6 {
			ev.Conf = 0.6
		}
		return ev
	}
	if ev.Agent == nil {
		ev.Agent = agent(g.Agent)
	}
	if ev.Target == nil {
		ev.Target = generic(g.Target)
		if ev.Target != nil && g.Told && (c.ents[ev.Target[0]].Kind == schema.KindAgency || x.audience(c, ev.Target[0])) {
			// "told the parliamentary intelligence committee", "told senators", "said in a memo
			// to council members": a body told, as a named one is
			ev.Told = true
			if tr.Lemma == "report" && g.Type == schema.EventWarning {
				ev.Type = schema.EventWarning // "reported the breach to regulators", as "to the regulator"
			}
			if len(ev.Agent) == 1 && x.countryOwnerSpeaks(c, i, ev.Agent[0]) {
				ev.Agent = nil
			}
		}
	}
	if sameEnts(ev.Agent, ev.Target) {
		ev.Target = nil
	}
	return ev
}

// toldOfMatter reports whether the noun at k, in a phrase opened at i right after a verb of
// warning (a participle or adjective between: "notified affected customers of the breach",
// "warned employees of the risk"), is followed by "of" and a matter in lower case: the people
// told, not the people of some owner ("warned customers of Kestrel Bank").
func (x *Extractor) toldOfMatter(toks []token, i, k int) bool {
	if k+2 >= len(toks) || toks[k+1].Lower != "of" {
		return false
	}
	v := i - 1
	for v >= 0 && i-v <= 2 && (toks[v].Tag == "JJ" || toks[v].Tag == "VBN" && !x.tellingVerb(toks[v])) {
		v-- // "affected"
	}
	if v < 0 || !x.tellingVerb(toks[v]) {
		return false
	}
	for j := k + 2; j < len(toks) && j-k <= 5; j++ {
		switch t := toks[j]; {
		case isCap(t.Text):
			return false
		case t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "JJ":
		case t.Tag == "NN" || t.Tag == "NNS":
			return true
		default:
			return false
		}
	}
	return false
}

// digitCount reports whether a count is written in digits of at least 1,000 ("40,000
// customers", "12000 users"): such a tally of victims is not one actor.
func digitCount(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			n++
		case r == ',':
		default:
			return false
		}
	}
	return n >= 4
}

// countBound reports whether the number at i is given as a bound or an estimate ("at least 30",
// "more than 100", "up to 50", "nearly 40"): the noun phrase it counts is a tally of victims or
// perpetrators, not one actor.
func (x *Extractor) countBound(toks []token, i int) bool {
	if i == 0 || !x.cue.tokIs("countbound", &toks[i-1]) {
		return false
	}
	switch toks[i-1].Lower {
	case "to":
		return i >= 2 && toks[i-2].Lower == "up"
	case "than":
		return i >= 2 && (toks[i-2].Lower == "more" || toks[i-2].Lower == "fewer" || toks[i-2].Lower == "less")
	case "least":
		return i >= 2 && toks[i-2].Lower == "at"
	}
	return true
}

// demonymModifiers gives the countries an article names only by a demonym modifying a common
// noun ("a Dutch armed forces network", "Norwegian government networks") a described actor:
// a descriptive mention of the demonym, so that the country can fill a role no name fills
// (and is kept only then).
func (x *Extractor) demonymModifiers(sents []sentence, ms []mention, ents []entity) ([]mention, []entity) {
	have := map[string]int{}
	for e := range ents {
		if ents[e].Kind == schema.KindCountry && ents[e].Entry != nil {
			have[ents[e].Entry.Name] = e
		}
	}
	covered := make([][]bool, len(sents))
	for k := range sents {
		covered[k] = make([]bool, len(sents[k].Toks))
	}
	for _, m := range ms {
		if m.Sent >= 0 && m.Sent < len(sents) {
			for t := m.First; t < m.Last && t < len(covered[m.Sent]); t++ {
				covered[m.Sent][t] = true
			}
		}
	}
	for k := range sents {
		toks := sents[k].Toks
		for j := 0; j+1 < len(toks); j++ {
			if covered[k][j] || covered[k][j+1] || !isCap(toks[j].Text) || !isNounTag(toks[j+1].Tag) || isCap(toks[j+1].Text) {
				continue
			}
			en, ok := x.gaz.Demonym(toks[j].Text)
			if !ok && sents[k].local != nil {
				en, ok = sents[k].local.demonym[toks[j].Text]
			}
			if !ok || en == nil {
				continue
			}
			if _, ok := have[en.Name]; ok {
				continue
			}
			e := len(ents)
			have[en.Name] = e
			ents = append(ents, entity{Name: en.Name, Kind: schema.KindCountry, Entry: en, Conf: 0.5, Generic: true})
			ents[e].Mentions = append(ents[e].Mentions, len(ms))
			ms = append(ms, mention{Sent: k, First: j, Last: j + 1, Start: toks[j].Start, End: toks[j].End, Text: toks[j].Text,
				How: mkGeneric, Kind: schema.KindCountry, Conf: 0.5, Entry: en, Country: en.Name, Head: "people", Entity: e})
		}
	}
	return ms, ents
}

// functionalBody reads "the <one to three lower-case modifiers> committee" after the article at
// i ("the parliamentary intelligence committee", "the foreign affairs committee"), or another
// head of cue functionhead ("regulator", "commissioner"), past a place's kind as possessor and
// modifiers joined by "and" ("the province's information and privacy commissioner"): a
// descriptive agency, kept, as other descriptive actors, only when it fills a role.
func (x *Extractor) functionalBody(s *sentence, i int, covered []bool) (mention, bool) {
	toks := s.Toks
	from := i + 1 // the first modifier
	if from+1 < len(toks) && toks[from].Tag == "NN" && !isCap(toks[from].Text) && !covered[from] && isPossMark(toks[from+1].Text) {
		from += 2 // "the state's water supply regulator": the body of a place named by its kind
	}
	if from+1 < len(toks) && !covered[from] && !isCap(toks[from].Text) && x.cue.tokIs("locallevel", &toks[from]) {
		if n := placeOfficer(toks, from+1); n > 0 && !covered[from+n] {
			// "the state attorney general's office", "the county district attorney": the
			// legal officer of a place the article names by its level only
			last := from + n
			return mention{Sent: s.Index, First: i + 1, Last: last + 1, Start: toks[i+1].Start, End: toks[last].End,
				Text: joinTokens(toks[i+1 : last+1]), How: mkGeneric, Kind: schema.KindAgency, Conf: 0.5, Head: toks[last].Lower, Entity: -1}, true
		}
	}
	for k := from; k < len(toks) && k <= from+3; k++ {
		t := toks[k]
		if covered[k] || isCap(t.Text) {
			return mention{}, false
		}
		if x.cue.tokIs("functionhead", &t) { // nouns only, whatever the tagger reads ("regulator/VBP")
			if k == from || k+1 < len(toks) && (isNounTag(toks[k+1].Tag) || toks[k+1].Lower == "of") {
				return mention{}, false // "the committee" is a description; "the committee of X" a name
			}
			return mention{Sent: s.Index, First: i + 1, Last: k + 1, Start: toks[i+1].Start, End: t.End,
				Text: joinTokens(toks[i+1 : k+1]), How: mkGeneric, Kind: schema.KindAgency, Conf: 0.5, Head: t.Lower, Entity: -1}, true
		}
		and := t.Lower == "and" && k > from && k+1 < len(toks) && (toks[k+1].Tag == "JJ" || toks[k+1].Tag == "NN") // "information and privacy commissioner"
		if !(t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "HYPH" || and) {
			return mention{}, false
		}
	}
	return mention{}, false
}

// audience reports whether the descriptive actor e is a body of people a message is addressed
// to ("senators", "council members", "employees"): its head is in the audience cue list.
func (x *Extractor) audience(c *sentCtx, e int) bool {
	if e < 0 || e >= len(c.ents) || !c.ents[e].Generic || c.ents[e].Kind != schema.KindPerson {
		return false
	}
	name := c.ents[e].Name
	if k := strings.LastIndexByte(name, ' '); k >= 0 {
		name = name[k+1:]
	}
	return x.cue.is("audience", strings.ToLower(name))
}

// nounReadAsVerb reports whether the word at i, tagged as a base verb after "to", is a noun of
// a body of people (bodynoun cue list) modifying a plural head of a descriptive actor: "a memo
// to council members", "a letter to board members" (the tagger reads "to council" as an
// infinitive; "to protect customers" stays a verb), or a noun in -ics, which no verb ends in
// ("an alert to logistics companies").
func (x *Extractor) nounReadAsVerb(toks []token, i int) bool {
	if toks[i].Tag != "VB" || i == 0 || toks[i-1].Lower != "to" || i+1 >= len(toks) || toks[i+1].Tag != "NNS" ||
		!(x.cue.tokIs("bodynoun", &toks[i]) || len(toks[i].Lower) > 4 && strings.HasSuffix(toks[i].Lower, "ics")) {
		return false
	}
	_, ok := x.cue.genHead[toks[i+1].Lower]
	return ok && !isNounTag(nextTag(toks, i+1))
}

// leadersOf reads "<leaders|heads|members|chiefs> of <the> <modifiers> <noun>" at i ("the
// leaders of the major parties", "members of the banking committee"): the people at the head
// of described bodies, one descriptive actor (kept only when it fills a role, as those warned
// or briefed).
func (x *Extractor) leadersOf(s *sentence, i int, covered []bool, out *mention) bool {
	toks := s.Toks
	if toks[i].Tag != "NNS" || covered[i] || i+2 >= len(toks) || toks[i+1].Lower != "of" || !x.cue.tokIs("leadhead", &toks[i]) {
		return false
	}
	k := i + 2
	if toks[k].Tag == "DT" {
		k++
	}
	head := -1
	if k == i+2 && k < len(toks) && !covered[k] && isCap(toks[k].Text) && (toks[k].Lower == "parliament" || toks[k].Lower == "congress") &&
		!isNounTag(nextTag(toks, k)) {
		// "members of Parliament": the legislators, named by their house
		*out = mention{Sent: s.Index, First: i, Last: k + 1, Start: toks[i].Start, End: toks[k].End,
			Text: joinTokens(toks[i : k+1]), How: mkGeneric, Kind: schema.KindPerson, Conf: 0.5, Head: toks[i].Lower, Entity: -1}
		return true
	}
	for ; k < len(toks) && k-i <= 7 && !covered[k] && !isCap(toks[k].Text); k++ {
		t := toks[k]
		if isNounTag(t.Tag) {
			head = k
			if !isNounTag(nextTag(toks, k)) {
				break
			}
			continue
		}
		if t.Tag != "JJ" && t.Tag != "VBN" && t.Tag != "HYPH" {
			break
		}
	}
	if head < 0 || head+1 < len(toks) && (toks[head+1].Lower == "of" || isPossMark(toks[head+1].Text)) {
		return false
	}
	*out = mention{Sent: s.Index, First: i, Last: head + 1, Start: toks[i].Start, End: toks[head].End,
		Text: joinTokens(toks[i : head+1]), How: mkGeneric, Kind: schema.KindPerson, Conf: 0.5, Head: toks[i].Lower, Entity: -1}
	return true
}

// toldBodies reports whether the bare plural at i names the institutions a warning is told
// to: the object right after a verb of telling ("warned ministries", "alerted regulators",
// "telling authorities") or the addressees after the "to" of a noun of warning ("issued a
// warning to ministries"). Institutions described by a bare plural are too vague to be actors
// elsewhere, but those told are the article's own, as those reported to are (reportedTo).
// "authorities" names no kind of institution, only officialdom at large, and stays no actor
// ("warned authorities").
func (x *Extractor) toldBodies(toks []token, i int) bool {
	if i < 1 || toks[i].Lower == "authorities" {
		return false
	}
	if v := toks[i-1]; isVerbTag(v.Tag) && (x.tellingVerb(v) || v.Lower == "telling" || v.Lower == "told") {
		return true
	}
	if i < 2 || toks[i-1].Lower != "to" || !isNounTag(toks[i-2].Tag) {
		return false
	}
	tr, ok := x.tokTrigger(&toks[i-2], false)
	return ok && tr.Type == schema.EventWarning
}

// reportedTo reports whether the noun phrase at i is whom something was reported to
// ("reported the breach to regulators"): bodies described by a bare plural are too vague to be
// actors elsewhere, but those a report is made to are the article's own.
func reportedTo(toks []token, i int) bool {
	if i < 2 || toks[i-1].Lower != "to" {
		return false
	}
	v := i - 2
	for v >= 0 && i-v <= 6 && !isVerbTag(toks[v].Tag) {
		v--
	}
	return v >= 0 && strings.HasPrefix(toks[v].Lower, "report")
}

// demonymModifier reports whether the capitalised word at k is a nationality adjective inside
// a descriptive phrase ("two Danish banks"), before a lower-case word.
func (x *Extractor) demonymModifier(s *sentence, k int) bool {
	toks := s.Toks
	if k+1 >= len(toks) || isCap(toks[k+1].Text) {
		return false
	}
	if c, ok := x.countryWord(toks[k].Text); ok && c.Kind == schema.KindCountry && !strings.EqualFold(c.Name, toks[k].Text) {
		return true
	}
	_, ok := s.local.demonymOf(toks[k].Text)
	return ok
}

// inquiryBody reports whether the word at k heads a body named by its task: "committee of
// inquiry", "commission of investigation", "panel of experts".
func inquiryBody(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k+1].Lower != "of" || !isNounTag(toks[k].Tag) || toks[k+2].Tag != "NN" && toks[k+2].Tag != "NNS" || isCap(toks[k+2].Text) {
		return false
	}
	if k+3 < len(toks) && isNounTag(toks[k+3].Tag) {
		return false
	}
	switch toks[k].Lower {
	case "committee", "commission", "panel":
		return true
	}
	return false
}

// bodiesDescribed gives a description of a body that resolved to no name ("the committee") the
// body last named by its task ("a committee of inquiry", see inquiryBody), up to placeWindow
// sentences back.
func bodiesDescribed(ms []mention, ents []entity) {
	var bodies []int // generic mentions of bodies, in text order
	for j := range ms {
		if g := ms[j]; g.How == mkGeneric && institutionHead[g.Head] && strings.Contains(g.Text, g.Head+" of ") && g.Entity >= 0 && g.Entity < len(ents) {
			bodies = append(bodies, j)
		}
	}
	if len(bodies) == 0 {
		return
	}
	sort.Slice(bodies, func(p, q int) bool {
		a, b := ms[bodies[p]], ms[bodies[q]]
		return a.Sent < b.Sent || a.Sent == b.Sent && a.First < b.First
	})
	for i := range ms {
		d := &ms[i]
		if d.How != mkDesc || d.Entity >= 0 || !institutionHead[d.Head] {
			continue
		}
		for k := len(bodies) - 1; k >= 0; k-- {
			g := ms[bodies[k]]
			if g.Sent > d.Sent || g.Sent == d.Sent && g.First >= d.First {
				continue
			}
			if d.Sent-g.Sent > placeWindow {
				break
			}
			if g.Head == d.Head {
				d.Entity = g.Entity
				ents[g.Entity].Mentions = append(ents[g.Entity].Mentions, i)
				sort.Ints(ents[g.Entity].Mentions)
				break
			}
		}
	}
}
