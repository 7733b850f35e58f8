package extract

import (
	"slices"
	"strings"

	"github.com/intelgraph/intelgraph/schema"
)

// phrasalVerbs are verbs that a particle makes triggers of their own, each by the cue list of
// the verb's forms: "intruders got into the control network of X", "a group has burrowed into the
// control systems of X" (an intrusion into what is named, not "getting into trouble"), "police
// took down the marketplace" (a measure against what is taken down, by police, a platform or a
// state), "the hackers made off with payroll files" (a theft of what is carried off).
var phrasalVerbs = []struct {
	forms    string // cue list
	particle string
	then     string // a preposition that must follow the particle, if any
	tr       trigger
}{
	{"breakforms", "into", "", trigger{Type: schema.EventIntrusion, Lemma: "break into", Verb: true}},
	{"getforms", "into", "", trigger{Type: schema.EventIntrusion, Lemma: "get into", Verb: true}},
	{"burrowforms", "into", "", trigger{Type: schema.EventIntrusion, Lemma: "burrow into", Verb: true}},
	{"makeforms", "off", "with", trigger{Type: schema.EventTheft, Lemma: "steal", Verb: true}},
	{"openforms", "fire", "", trigger{Type: schema.EventAttack, Lemma: "open fire", Verb: true}},
	{"strikeforms", "down", "", trigger{Type: schema.EventLegal, Lemma: "strike down", Verb: true}},
	{"takeforms", "down", "", trigger{Type: schema.EventOther, Lemma: "take down", Verb: true}},
}

// phrasal returns the trigger of a phrasal verb at i ("broke into", "opened fire", "struck
// down", "took down", "made off with").
func (x *Extractor) phrasal(toks []token, i int) (trigger, bool) {
	if i+1 >= len(toks) {
		return trigger{}, false
	}
	for _, p := range phrasalVerbs {
		if toks[i+1].Lower != p.particle || !x.cue.tokIs(p.forms, &toks[i]) {
			continue
		}
		if p.then == "" || i+2 < len(toks) && toks[i+2].Lower == p.then {
			return p.tr, true
		}
	}
	if x.cue.tokIs("takeforms", &toks[i]) && offlineAfter(toks, i) {
		return phrasalVerbs[len(phrasalVerbs)-1].tr, true // "police took the botnet offline": taken down
	}
	return trigger{}, false
}

// takenOfflineReach bounds the words of the object between a verb of taking and "offline".
const takenOfflineReach = 6

// offlineAfter reports whether "offline" follows the verb at i, right after it or after its
// object, a noun phrase with no verb or punctuation in it ("took offline the servers", "took
// the Morva botnet offline").
func offlineAfter(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j-i <= takenOfflineReach; j++ {
		if toks[j].Lower == "offline" {
			return true
		}
		if t := toks[j].Tag; !(t == "DT" || t == "PRP$" || t == "JJ" || t == "CD" || t == "POS" || isNounTag(t)) {
			return false
		}
	}
	return false
}

// specialVerb handles triggers that are phrases: "let X know", "asked X to", "tip off", "put X
// on notice", "made X aware".
func (x *Extractor) specialVerb(c *sentCtx, i int) (rawEvent, bool) {
	toks := c.s.Toks
	if x.cue.tokIs("receiveverb", &toks[i]) || x.cue.tokIs("learnverb", &toks[i]) {
		return x.received(c, i) // "received a warning from X", "learned of the breach from X"
	}
	switch toks[i].Lower {
	case "let", "lets", "letting", "asked", "ask", "asks", "urged", "urge", "urges", "urging", "advised", "advise", "advises", "advising", "invited", "invites", "tipped", "tip",
		"put", "puts", "made", "makes":
	default:
		return rawEvent{}, false
	}
	k := i + 1
	offFirst := (toks[i].Lower == "tipped" || toks[i].Lower == "tip") && k < len(toks) && toks[k].Lower == "off"
	if offFirst {
		k++ // "X tipped off Y"
	}
	madeAware := toks[i].Lower == "made" && k < len(toks) && toks[k].Lower == "aware"
	if toks[i].Tag == "VBN" && x.passiveAux(c, i) && (offFirst || madeAware || k < len(toks) && toks[k].Lower == "by" && toks[i].Lower != "put" && toks[i].Lower != "made") {
		// "Y was tipped off (about the plot) by X", "Y was asked|urged|advised by X to …",
		// "Y was made aware of the flaw by X"; not a newspaper's question ("was asked by
		// Reuters whether …")
		by := k - 1
		if madeAware {
			by = k
		}
		to, from := x.subject(c, i), x.byAgent(c, by)
		if to < 0 && x.quotedWe(c, i) {
			to = x.quoteOwner(c) // "“We were made aware of it by X,” Y said"
		}
		if to < 0 || from < 0 || to == from || c.isPress(from) {
			return rawEvent{}, false
		}
		ev := rawEvent{Type: schema.EventWarning, Lemma: "warn", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.75, Agent: []int{from}, Target: []int{to}}
		x.modality(c, i, &ev)
		return ev, true
	}
	if ev, ok := x.urgedByMessage(c, i); ok {
		return ev, true
	}
	for k < len(toks) && toks[k].Tag == "DT" {
		k++
	}
	if k >= len(toks) {
		return rawEvent{}, false
	}
	if c.at[k] < 0 {
		return x.urgedUnnamed(c, i, k)
	}
	m := c.ms[c.at[k]]
	if m.Possessive && m.Last+1 < len(toks) && c.at[m.Last+1] >= 0 && c.ms[c.at[m.Last+1]].How == mkName {
		m = c.ms[c.at[m.Last+1]] // "tipped off Valdoria's cyber centre": the possessed name
	}
	after := m.Last
	ok := false
	var joined []int
	switch toks[i].Lower {
	case "let", "lets", "letting":
		for j := after; j < len(toks) && j <= after+2; j++ {
			if toks[j].Lower == "know" {
				ok = true
			}
		}
	case "tipped", "tip":
		ok = offFirst || after < len(toks) && toks[after].Lower == "off"
	case "made", "makes":
		ok = after < len(toks) && toks[after].Lower == "aware" // "made Y aware (of …)"
	case "put", "puts":
		ok = after+1 < len(toks) && toks[after].Lower == "on" && toks[after+1].Lower == "notice" // "put Y on notice"
	default:
		ok = after < len(toks) && (toks[after].Lower == "to" && !toPlaceOrEvent(c, after) || c.timeThenTo(after))
		if !ok && m.Entity >= 0 && after < len(toks) && (toks[after].Lower == "and" || toks[after].Text == ",") {
			joined, ok = x.askedConjunct(c, i, m.Entity, after) // "asked X and Y to …"
		}
	}
	if ok && offFirst && m.Entity < 0 {
		return x.urgedUnnamed(c, i, k) // "tipped off police": a hearer no actor stands for
	}
	if !ok || m.Entity < 0 {
		return rawEvent{}, false
	}
	ev := rawEvent{Type: schema.EventWarning, Lemma: "warn", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.75}
	ev.Target = []int{m.Entity}
	if offFirst {
		ev.Target = append(ev.Target, x.toldConjunct(c, i, m.Entity)...) // "tipped off X and Y"
	}
	ev.Target = append(ev.Target, joined...)
	if a := x.subject(c, i); a >= 0 {
		ev.Agent = []int{a}
		if a == m.Entity {
			ev.Target = nil // "X issued an advisory urging them to …": no one urges themself; the pronoun stands for someone else
		}
	}
	if urgingParticiple(toks[i]) && (ev.Target == nil || objectPronoun[toks[k].Lower]) {
		// "…, urging them to patch": a participle's pronoun after a comma may stand for anyone
		// before it, and one with no one named told is a call on the public ("the ministry
		// said, urging the public to …"), no warning
		return rawEvent{}, false
	}
	if urgingParticiple(toks[i]) {
		x.hostModality(c, i, &ev) // "may issue a bulletin urging X to …"
	}
	if w := strings.Fields(strings.ToLower(m.Text)); (toks[i].Lower == "asked" || toks[i].Lower == "ask" || toks[i].Lower == "asks") && len(w) > 0 && x.cue.is("courtword", w[len(w)-1]) {
		// "X asked the Constitutional Court to suspend the law": a petition, not a warning
		ev.Type, ev.Lemma, ev.Target = schema.EventLegal, "petition", nil
		if ev.Agent == nil {
			return rawEvent{}, false
		}
	}
	x.modality(c, i, &ev)
	return ev, true
}

// toPlaceOrEvent reports whether the "to" at k opens a phrase naming where someone is asked
// or invited to go, not an infinitive of what they are asked to do: a determiner, possessive,
// number or name after it ("invited them to a planning conference", "asked X to the meeting",
// "invited the envoy to Vensk").
func toPlaceOrEvent(c *sentCtx, k int) bool {
	toks := c.s.Toks
	if k+1 >= len(toks) {
		return false
	}
	t := toks[k+1].Tag
	return t == "DT" || t == "PRP$" || t == "CD" || mentionAt(c, k+1) >= 0
}

// timeThenTo reports whether a time the sentence tags opens at token k, or right after a
// preposition there, and an infinitive's "to" follows it within a few words, nothing but the
// time's own words between ("urged the X Council on Monday to …", "asked Y last week to …"):
// the time stands between the one asked and what they are asked to do.
func (c *sentCtx) timeThenTo(k int) bool {
	toks := c.s.Toks
	if k < 0 || k >= len(toks) {
		return false
	}
	start := k
	if toks[k].Tag == "IN" && k+1 < len(toks) {
		start = k + 1 // "on Monday", "in March"
	}
	if !slices.Contains(c.timeAt, start) && !slices.Contains(c.timeAt, k) {
		return false
	}
	for j := start; j < len(toks) && j-k <= 5; j++ {
		if toks[j].Lower == "to" {
			return j > start && j+1 < len(toks) && toks[j+1].Tag == "VB"
		}
		if c.at[j] >= 0 || isVerbTag(toks[j].Tag) || toks[j].Text == "," || toks[j].Text == ";" {
			return false
		}
	}
	return false
}

// askedConjunct reads the names toldConjunct joins to the name first after the verb at i
// ("asked X and Y to review …", "urged X, Y and Z to …"), when the last of them ends right
// before "to"; after is the token after first's name. It returns them and true, or nil, false.
func (x *Extractor) askedConjunct(c *sentCtx, i, first, after int) ([]int, bool) {
	toks := c.s.Toks
	more := x.toldConjunct(c, i, first)
	if len(more) == 0 {
		return nil, false
	}
	last := more[len(more)-1]
	for j := after + 1; j < len(toks) && j-after <= 16; j++ {
		if c.at[j] < 0 || c.ms[c.at[j]].Entity != last {
			continue
		}
		if e := c.ms[c.at[j]].Last; e < len(toks) && toks[e].Lower == "to" {
			return more, true
		}
		break
	}
	return nil, false
}

// quotedTerm reports whether the quoted token i stands in a quotation of at most three
// tokens that a naming word introduces ("known as 'push bombing'", "a campaign dubbed “Ghost
// Wire”"): a term quoted as a name. Scare quotes ("the 'Russian hacks'") still tell of events.
func (c *sentCtx) quotedTerm(i int) bool {
	lo, hi := i, i
	for lo > 0 && c.quoted[lo-1] {
		lo--
	}
	for hi+1 < len(c.quoted) && c.quoted[hi+1] {
		hi++
	}
	// the quotation's own marks are among the quoted tokens (the opening one at least); a
	// naming word stands right before it ("known as", "dubbed", "so-called")
	if lo == 0 || hi+1 >= len(c.quoted) || hi-lo+1 > 4 {
		return false
	}
	switch c.s.Toks[lo-1].Lower {
	case "as", "dubbed", "called", "so-called", "named", "nicknamed", "codenamed", "termed":
		return true
	}
	return false
}

// stateWatches reports whether an event of watching ("observe") is spying: a country or an
// intelligence service watches a group or a person ("Israeli spies observed the hackers"), not
// "researchers observed the malware" or "the election commission observed the vote".
func (c *sentCtx) stateWatches(ev rawEvent) bool {
	watched := false
	for _, t := range ev.Target {
		if k := c.ents[t].Kind; k == schema.KindGroup || k == schema.KindPerson {
			watched = true
		}
	}
	if !watched {
		return false
	}
	for _, a := range ev.Agent {
		e := c.ents[a]
		name := strings.ToLower(e.Name)
		if e.Kind == schema.KindCountry || e.Kind == schema.KindAgency && (strings.Contains(name, "intelligence") || strings.Contains(name, "security service") || strings.Contains(name, "signals")) {
			return true
		}
	}
	return false
}

// received reads "Y received intelligence from X", "Y got a warning from X", a message, a call
// or a complaint received from someone ("Y received a letter from X", "had received a
// complaint from X"; cues message, sentnoun), and a matter learned of from someone (cue
// learnverb: "Y learned of the breach from X", "heard about it from X"): X told Y.
func (x *Extractor) received(c *sentCtx, i int) (rawEvent, bool) {
	toks := c.s.Toks
	learned := x.cue.tokIs("learnverb", &toks[i])
	info, sent, none := false, false, false
	fromAt := -1 // where a learning verb's "from" naming the teller may stand
	if learned {
		fromAt = x.learnedFrom(toks, i)
	}
	for j := i + 1; j < len(toks) && j-i <= 6; j++ {
		if c.clause[j] != c.clause[i] {
			break
		}
		if learned && j == i+1 && (toks[j].Lower == "of" || toks[j].Lower == "about") {
			info = true // "learned of the hack": the matter told
			continue
		}
		if j == fromAt && toks[j].Lower == "from" && learnedContent(toks, j+1) {
			info = true // "learned from X in July that …", "heard on Friday from X that …": X told what follows
		}
		if x.cue.tokIs("information", &toks[j]) {
			if from := possessorBefore(c, j); !learned && from >= 0 && !info && !sent {
				// "received the FBI's warning": the possessor sent it
				if to := x.subject(c, i); to >= 0 && to != from && !c.isPress(from) {
					ev := tellingEvent(c, i, "warn", from, to, toldConf)
					x.modality(c, i, &ev)
					return ev, true
				}
			}
			info = true
			continue
		}
		if !learned && isNounTag(toks[j].Tag) && (x.cue.tokIs("message", &toks[j]) || x.cue.tokIs("sentnoun", &toks[j])) && toks[j-1].Lower != "ransom" {
			sent = true // "received a letter from X", "got a call from X": told only when the sender is named (not "a ransom note")
			continue
		}
		if !info && x.cue.tokIs("negation", &toks[j]) {
			none = true // "received no specific warning": nothing was told
		}
		if sent && !info && (toks[j].Tag == "WDT" || toks[j].Lower == "that" || isVerbTag(toks[j].Tag) && toks[j].Tag != "VBN") {
			break // "received emails that appeared to come from X": the "from" is the relative clause's, a sender only seeming
		}
		if toks[j].Lower == "from" && (info || sent) {
			from := ownedHead(c, j+1, 4, x.nextMention(c, j+1, 4)) // "a warning from Britain's National Crime Agency": the agency
			to := x.subject(c, i)
			if from < 0 || to < 0 || from == to {
				return rawEvent{}, false
			}
			ev := tellingEvent(c, i, "warn", from, to, toldConf)
			x.modality(c, i, &ev)
			return ev, true
		}
	}
	denied := false
	for j := i - 1; j >= 0 && i-j <= 8; j-- {
		if l := toks[j].Lower; l == "denied" || l == "denies" || l == "deny" || l == "denying" {
			denied = true
		}
	}
	if info && !denied && !none && !learned {
		// "the agency received a tip about a planned attack": told, by someone unnamed (not
		// "denied receiving any warning")
		if to := x.subject(c, i); to >= 0 {
			ev := rawEvent{Type: schema.EventWarning, Lemma: "receive", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.6, Target: []int{to}}
			x.modality(c, i, &ev)
			return ev, true
		}
	}
	return rawEvent{}, false
}

// possessorBefore returns the entity whose possessive ("the FBI's", "Acme's") stands right
// before the noun at j, or -1.
func possessorBefore(c *sentCtx, j int) int {
	if j < 2 || c.s.Toks[j-1].Tag != "POS" && !isPossMark(c.s.Toks[j-1].Text) {
		return -1
	}
	if k := c.at[j-2]; k >= 0 && c.ms[k].Entity >= 0 && c.ms[k].Entity < len(c.ents) {
		return c.ms[k].Entity
	}
	return -1
}

// learnedFrom returns where the "from" naming the teller may stand after a verb of learning at
// i: right after it, or past a short time phrase and adverbs between ("learned on Friday from
// X that …", "heard only last month from X that …"; timePhraseEnd).
func (x *Extractor) learnedFrom(toks []token, i int) int {
	k := i + 1
	for k < len(toks) && toks[k].Tag == "RB" && toks[k].Lower != "not" {
		k++
	}
	if t := x.timePhraseEnd(toks, k, 2, true); t > k {
		k = t
	}
	for k < len(toks) && toks[k].Tag == "RB" && toks[k].Lower != "not" {
		k++
	}
	return k
}

// learnedContent reports whether, from j (right after "learned from"), a clause of what was
// learned follows within a few words and no comma ("learned from the agency in July that …",
// "heard from X how …"), which makes the one named in between a teller, not a source of
// lessons ("learned from its mistakes").
func learnedContent(toks []token, j int) bool {
	for k := j; k < len(toks) && k-j <= 10; k++ {
		switch toks[k].Lower {
		case "that", "how", "whether", "about":
			return k > j
		case ",", ".", ";", "and", "but":
			return false
		}
	}
	return false
}

// offence reports whether the trigger at i names the offence of a charge, a conviction or a
// sentence rather than a deed the article reports: "charged with extortion", "faces charges,
// including conspiring to hack", "sentenced for breaching his bail conditions"; a deed pleaded
// guilty to is admitted, and told (guiltyPlea). It looks back
// through the noun and gerund phrases of a list to a charge word in the trigger's clause.
func (x *Extractor) offence(c *sentCtx, i int) bool {
	toks := c.s.Toks
	from := i // the reach counts from the last gerund passed: "charging X with breaking into … and leaking …"
	for j := i - 1; j >= 0 && from-j <= 15 && c.clause[j] == c.clause[i]; j-- {
		w := toks[j]
		if x.cue.tokIs("offence", &toks[j]) {
			return !guiltyPlea(toks, j)
		}
		if t := w.Tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return false
		}
		if w.Tag == "VBG" && j > 0 && (toks[j-1].Lower == "with" || toks[j-1].Lower == "and" || toks[j-1].Lower == "of") {
			from = j
		}
	}
	return false
}

// guiltyPlea reports whether "guilty" at j closes a plea of guilty or a verdict ("pleaded
// guilty to stealing X", "has pleaded guilty to hacking Y", "was found guilty of leaking Z"):
// the defendant admits the deed in court, or the court finds it, so it is told as done, not
// only named as an offence. "pleaded not guilty" denies it.
func guiltyPlea(toks []token, j int) bool {
	if toks[j].Lower != "guilty" || j == 0 {
		return false
	}
	p := toks[j-1].Lower
	return strings.HasPrefix(p, "plead") || p == "pled" || p == "found"
}

// accusedDoer reports whether the deed at i is one a finite "accused" attributes to its object,
// which the deed has for its agent ("Dorsk accused the group of hacking X"; a name after "the" and
// before a group noun its mention leaves out, "accused the Grey Heron group of …"): a deed told,
// not an offence with which someone is charged ("a man accused of hacking X", "was accused of
// hacking X"). An object the deed's agent is not ("accused a unit of Y's army of attacking X",
// read with another doer) leaves the deed an offence.
func (x *Extractor) accusedDoer(c *sentCtx, i int, agent []int) bool {
	toks := c.s.Toks
	for j := i - 1; j > 0 && i-j <= 15 && c.clause[j] == c.clause[i]; j-- {
		if !x.cue.tokIs("offence", &toks[j]) {
			continue
		}
		o := j + 1 // the accused: "accused Russia of …", "accused the Grey Heron group of …"
		if o+1 < len(toks) && toks[o].Lower == "the" {
			o++
		}
		if toks[j].Lower != "accused" || toks[j].Tag != "VBD" || o >= len(toks) || c.at[o] < 0 {
			return false // "a man accused of hacking X": no object between, a reduced relative
		}
		if x.cue.tokIs("passivebe", &toks[j-1]) {
			return false // "was accused of hacking X"
		}
		m := c.ms[c.at[o]]
		e := m.Last // right after the accused's name, past a group noun its name leaves out ("the Grey Heron group")
		if e < len(toks) && x.groupWord(toks[e].Lower) {
			e++
		}
		// "accused X on Monday of hacking Y": a time phrase may come between the accused and "of"
		return m.Entity >= 0 && e < len(toks) && (toks[e].Lower == "of" || x.timeThenOf(toks, e) >= 0) && contains(agent, m.Entity)
	}
	return false
}

// accusingDoer reports whether the deed at i is one an accusing participle attributes to its
// object, which the deed has for its agent ("prosecutors charged X on Tuesday, accusing him of
// hacking Y", "indicted two men, blaming them for stealing Z"): the participle tells what the
// charged person is said to have done, a deed told as the finite "accused X of" tells it
// (accusedDoer), though a charge word comes before it in the clause.
func (x *Extractor) accusingDoer(c *sentCtx, i int, agent []int) bool {
	toks := c.s.Toks
	for j := i - 1; j > 0 && i-j <= 15 && c.clause[j] == c.clause[i]; j-- {
		if x.cue.tokIs("offence", &toks[j]) {
			return false // "accusing him of charges of hacking": the charge word is nearer
		}
		if toks[j].Tag != "VBG" || !x.cue.tokIs("accuseobj", &toks[j]) {
			continue
		}
		o := j + 1
		if o+1 < len(toks) && toks[o].Lower == "the" {
			o++
		}
		if o >= len(toks) || c.at[o] < 0 {
			return false
		}
		m := c.ms[c.at[o]]
		e := m.Last
		return m.Entity >= 0 && e < i && (toks[e].Lower == "of" || toks[e].Lower == "for") && contains(agent, m.Entity) && objectBefore(c, m.Entity, j)
	}
	return false
}

// objectBefore reports whether entity ent is named before token j after the sentence's first
// tensed verb: the object of the act an accusing participle hangs on ("charged X, accusing him
// of …"), not its subject, which a pronoun wrongly taken for the accuser would name.
func objectBefore(c *sentCtx, ent, j int) bool {
	v := -1
	for k, t := range c.s.Toks[:j] {
		if isTensedTag(t.Tag) {
			v = k
			break
		}
	}
	if v < 0 {
		return false
	}
	for _, m := range c.ms {
		if m.First > v && m.First < j && m.Entity == ent && m.How == mkName {
			return true
		}
	}
	return false
}

// rulingReach bounds how many words after a verb of ruling courtRuling looks for what it rules on.
const rulingReach = 6

// courtRuling reports whether the finite verb at i is a court's ruling on what a party put to
// it: a verb of ruling (cue rulingverb) in the active, its subject a court or a judge (cue
// courtword: the head before the verb, or the last word of a court named), its object a
// party's appeal, request, motion or bid (cue rulednoun) past determiners, adjectives and a
// possessor ("the Supreme Court rejected his appeal", "a Sofia court approved the U.S.
// request", "the judge granted the defence's motion"). Denying a claim or a report ("the
// ministry rejected the request"), no court ruling, is not one.
func (x *Extractor) courtRuling(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if x.ruledAgainst(c, i) {
		return true
	}
	if !x.cue.tokIs("rulingverb", &toks[i]) || !isTensedTag(toks[i].Tag) && toks[i].Tag != "VBN" {
		return false
	}
	if x.passiveAux(c, i) {
		return x.ruledByCourt(c, i)
	}
	if toks[i].Tag == "VBN" && (i == 0 || !perfectHave(toks[i-1].Lower)) {
		return false // "has upheld"; not a bare participle
	}
	return x.courtSubject(c, i) && x.ruledObject(c, i) > i
}

// ruledAgainst reports whether the verb at i is a tensed or perfect "rule" followed by "against" and has
// a court or a judge for its subject ("a district court ruled against him", "Judge X ruled
// against the company"): a court deciding against a party takes a legal step against it.
func (x *Extractor) ruledAgainst(c *sentCtx, i int) bool {
	toks := c.s.Toks
	switch toks[i].Lower {
	case "ruled", "rules", "rule":
	default:
		return false
	}
	if i+1 >= len(toks) || toks[i+1].Lower != "against" {
		return false
	}
	if !isTensedTag(toks[i].Tag) && (toks[i].Tag != "VBN" || i == 0 || !perfectHave(toks[i-1].Lower)) {
		return false // "has ruled against" too; not a bare participle
	}
	return x.judgeSubject(c, i)
}

// ruledObject returns the index of the head of what the verb of ruling at i rules on (cue
// rulednoun), reached over determiners, adjectives, numbers, possessors and nouns that modify
// it ("his final appeal", "the U.S. extradition request"), or -1.
func (x *Extractor) ruledObject(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= rulingReach; j++ {
		w := &toks[j]
		if x.cue.tokIs("rulednoun", w) && (j+1 >= len(toks) || !x.cue.tokIs("rulednoun", &toks[j+1])) {
			return j // "his extradition request": the request
		}
		if !(w.Tag == "DT" || w.Tag == "PRP$" || w.Tag == "JJ" || w.Tag == "POS" || w.Tag == "CD" || isNounTag(w.Tag)) {
			return -1
		}
	}
	return -1
}

// ruledByCourt reports whether the passive verb of ruling at i has for its subject what a
// party put to a court and names a court in its "by" phrase ("his appeal was rejected by the
// Supreme Court", "the request was granted by a district judge").
func (x *Extractor) ruledByCourt(c *sentCtx, i int) bool {
	toks := c.s.Toks
	j := i - 1
	for j >= 0 && (toks[j].Tag == "RB" || x.cue.tokIs("be", &toks[j]) || perfectHave(toks[j].Lower)) {
		j--
	}
	if j < 0 || !x.cue.tokIs("rulednoun", &toks[j]) {
		return false
	}
	for k := i + 1; k < len(toks) && k-i <= 2; k++ {
		if toks[k].Lower != "by" {
			continue
		}
		for m := k + 1; m < len(toks) && m-k <= rulingReach; m++ {
			if x.cue.tokIs("courtword", &toks[m]) {
				return true
			}
			if c.at[m] >= 0 && c.ms[c.at[m]].Entity >= 0 && courtNamed(c.ents[c.ms[c.at[m]].Entity].Name) {
				return true
			}
		}
	}
	return false
}

// reducedCharge turns round the parties of a past participle of accusing or charging set off
// by a comma, with no "be" ("X was detained in May, charged with hacking Y", "X appeared in
// court on Tuesday, accused of stealing from Y", "X, accused of hacking Y, …"):
// the name read as its subject is the one accused or charged, its patient, and the one after
// "of" or "with" the victim of the offence named, no party to the step; the accuser is not
// named.
func (x *Extractor) reducedCharge(c *sentCtx, evs []rawEvent) {
	toks := c.s.Toks
	for k := range evs {
		ev := &evs[k]
		t := ev.Trigger
		if t <= 0 || t+1 >= len(toks) || toks[t].Tag != "VBN" && toks[t].Tag != "VBD" {
			continue
		}
		if ev.Type != schema.EventLegal && ev.Type != schema.EventAccusation || !reducedChargeForm(toks[t].Lower, toks[chargeComplement(toks, t)].Lower) {
			continue
		}
		if toks[t-1].Text != "," {
			continue // "was charged with", "officials it accused of …": a finite verb's own parties
		}
		// no subject read: "A contractor, charged with leaking the plans of X, …" keeps no X
		ev.Target, ev.Agent = ev.Agent, nil
		if t >= 2 && c.at[t-2] >= 0 {
			if n := headPrep(x, toks, c.ms[c.at[t-2]].First); n > 0 && c.at[n-1] < 0 && isNounTag(toks[n-1].Tag) {
				ev.Target = nil // "A contractor of X, charged with …": the contractor, not X
				if e := c.genEntity(n - 1); e >= 0 {
					ev.Target = []int{e}
				}
			}
		}
	}
}

// asideStep turns round the parties of a legal step told by a past participle that opens a
// phrase set off by a comma right after a name in subject place ("X, arrested in Poland in May,
// was extradited", "X, extradited from Spain last year, pleaded guilty", "X, arrested by Polish
// police in May, …"): the participle is passive, so the name is the one the step is taken
// against, a place after the preposition only sets it, and the doer is the one after "by", or
// none. A charge ("X, accused of …") is reducedCharge's.
func (x *Extractor) asideStep(c *sentCtx, evs []rawEvent) {
	toks := c.s.Toks
	for k := range evs {
		ev := &evs[k]
		t := ev.Trigger
		if ev.Type != schema.EventLegal || t < 2 || t+2 >= len(toks) || toks[t].Tag != "VBN" && toks[t].Tag != "VBD" || toks[t-1].Text != "," || toks[t+1].Tag != "IN" {
			continue
		}
		if reducedChargeForm(toks[t].Lower, toks[chargeComplement(toks, t)].Lower) {
			continue
		}
		h := c.plainName(t - 2)
		if h < 0 || len(ev.Agent) != 1 || ev.Agent[0] != h || !x.subjectPlace(c, t-2) {
			continue
		}
		ev.Target, ev.Agent = []int{h}, nil
		if toks[t+1].Lower == "by" {
			b := t + 2
			if toks[b].Lower == "the" && b+1 < len(toks) {
				b++
			}
			if m := c.at[b]; m >= 0 && c.ms[m].Entity >= 0 && c.ms[m].Entity != h {
				ev.Agent = []int{c.ms[m].Entity}
			}
		}
	}
}

// chargeGapReach bounds the words of a time phrase chargeComplement steps over.
const chargeGapReach = 4

// chargeComplement returns the index of the word that opens the complement of the participle at
// t, past a short time phrase between them ("charged in 2021 with", "accused last year of",
// "indicted on Monday on"): t+1 when no such phrase stands there. The phrase opens with "in",
// "on", "last", "earlier" or "this", and holds only numbers, proper nouns, determiners,
// adjectives and the nouns of a calendar unit.
func chargeComplement(toks []token, t int) int {
	if t+1 >= len(toks) || !timeGapOpener(toks[t+1].Lower) {
		return t + 1
	}
	for k := t + 2; k < len(toks) && k-t-1 <= chargeGapReach; k++ {
		switch w := toks[k]; {
		case w.Lower == "of" || w.Lower == "with" || w.Lower == "for" || w.Lower == "on":
			if k > t+2 {
				return k
			}
		case w.Tag == "CD", w.Tag == "NNP", w.Tag == "DT", w.Tag == "JJ", calendarUnit(w.Lower):
		default:
			return t + 1
		}
	}
	return t + 1
}

// timeGapOpener reports whether w opens a time phrase between a participle and its complement.
func timeGapOpener(w string) bool {
	switch w {
	case "in", "on", "last", "earlier", "this":
		return true
	}
	return false
}

// calendarUnit reports whether w names a unit of the calendar ("year", "month", "week").
func calendarUnit(w string) bool {
	switch w {
	case "year", "month", "week", "day", "spring", "summer", "autumn", "fall", "winter":
		return true
	}
	return false
}

// reducedChargeForm reports whether participle p and the word w after it open a charge: "accused
// of", "convicted of", "charged with", "indicted on|for", "suspected of".
func reducedChargeForm(p, w string) bool {
	switch p {
	case "accused", "suspected", "convicted":
		return w == "of"
	case "charged":
		return w == "with"
	case "indicted":
		return w == "on" || w == "for"
	}
	return false
}

// rulingFold keeps one event for a court's ruling (courtRuling): a legal noun in what the
// court rules on ("upheld his conviction", "approved the U.S. extradition request") is the
// matter ruled on, no step of its own, and the state or body that made a request the court
// grants ("granted the request of the United States") asked for the step, not suffered it.
func (x *Extractor) rulingFold(c *sentCtx, evs []rawEvent) []rawEvent {
	drop := make([]bool, len(evs))
	for k := range evs {
		r := &evs[k]
		if r.Type != schema.EventLegal || r.Lemma != "rule" {
			continue
		}
		end := x.ruledObject(c, r.Trigger)
		for o := range evs {
			if o != k && evs[o].Type == schema.EventLegal && evs[o].Trigger > r.Trigger && evs[o].Trigger <= end {
				drop[o] = true
			}
		}
		kept := r.Target[:0:0]
		for _, e := range r.Target {
			if e < len(c.ents) && (c.ents[e].Kind == schema.KindCountry || c.ents[e].Kind == schema.KindAgency) {
				continue
			}
			kept = append(kept, e)
		}
		r.Target = kept
	}
	out := evs[:0]
	for k, ev := range evs {
		if !drop[k] {
			out = append(out, ev)
		}
	}
	return out
}

// courtSubject reports whether the subject of the verb at i is a court or a judge: the head
// noun just before the verb (adverbs and a perfect "has" passed) or the last word of the court
// named as the subject is a court word (cue courtword: "an appeals court", "the judge", "the
// Supreme Court", "Bulgaria's Supreme Court of Cassation").
func (x *Extractor) courtSubject(c *sentCtx, i int) bool {
	toks := c.s.Toks
	j := i - 1
	for j >= 0 && (toks[j].Tag == "RB" || perfectHave(toks[j].Lower)) {
		j--
	}
	if j < 0 {
		return false
	}
	if x.cue.tokIs("courtword", &toks[j]) {
		return true
	}
	e := x.subject(c, i)
	return e >= 0 && e < len(c.ents) && courtNamed(c.ents[e].Name)
}

// judgeSubject reports whether the subject of the verb at i is a court or a judge: a court word
// or court's name (courtSubject), or a person titled judge, magistrate or justice ("District
// Judge X also ordered …"); a justice minister or secretary is no judge.
func (x *Extractor) judgeSubject(c *sentCtx, i int) bool {
	if x.courtSubject(c, i) {
		return true
	}
	e := x.subject(c, i)
	if e < 0 || e >= len(c.ents) {
		return false
	}
	words := strings.Fields(c.ents[e].Titles)
	for k, w := range words {
		switch w {
		case "judge", "magistrate":
			return true
		case "justice":
			if k+1 == len(words) || words[k+1] != "minister" && words[k+1] != "secretary" {
				return true
			}
		}
	}
	return false
}

// pastCommonObject reports whether the first name after the legal verb at i, entity e, lies in
// a phrase after the verb's own object, a common noun phrase that names no one ("arrested two
// men in Lisbon on Monday", "detained three suspects at an address in Kent", "charged four
// nationals with hacking X"): the phrase places the step or names the charge, and the one it
// names is not the one the step is taken against. A name after "of" ("two employees of X") is
// left to the object.
func (x *Extractor) pastCommonObject(c *sentCtx, i, e int) bool {
	toks := c.s.Toks
	head := false
	for j := i + 1; j < len(toks) && j-i <= objectReach; j++ {
		w := toks[j]
		if k := c.at[j]; k >= 0 {
			return false // a name before any preposition: the object itself
		}
		switch {
		case w.Tag == "DT" || w.Tag == "CD" || w.Tag == "JJ" || w.Tag == "PRP$":
			continue
		case (w.Tag == "NN" || w.Tag == "NNS") && !isCap(w.Text):
			head = true
			continue
		case head && w.Tag == "IN" && w.Lower != "of":
			return x.namedAfter(c, j, e)
		}
		return false
	}
	return false
}

// namedAfter reports whether entity e is named in the clause of token j, after it.
func (x *Extractor) namedAfter(c *sentCtx, j, e int) bool {
	for _, m := range c.ms {
		if m.First > j && m.Entity == e && c.clause[m.First] == c.clause[j] {
			return true
		}
	}
	return false
}

// secretThing reports whether what the verb (or, with "of", the noun) at i makes public is
// something kept secret: a document or data noun with a modifier of secrecy or of whose it is
// ("classified material", "patient data", "the ministry's emails"), within the object's noun
// phrase, a hedged count among its words ("about 90 gigabytes of stolen files"); "its own
// exploit code" is not.
func (x *Extractor) secretThing(c *sentCtx, i int, noun bool) bool {
	toks := c.s.Toks
	j := i + 1
	if noun {
		if j >= len(toks) || toks[j].Lower != "of" {
			return false
		}
		j++
	}
	marked := false
	for ; j < len(toks) && j-i <= 9 && c.clause[j] == c.clause[i]; j++ {
		t := toks[j]
		switch {
		case x.cue.tokIs("secretdoc", &t) && isNounTag(t.Tag):
			if marked {
				return true
			}
			marked = x.cue.tokIs("secretmod", &t) // "customer data": the owner's word
		case x.cue.tokIs("secretmod", &t) || c.at[j] >= 0 && c.ms[c.at[j]].How != mkPronoun || t.Tag == "POS":
			marked = true
		case x.approxCount(toks, j): // "about 90 gigabytes of stolen files"
		case t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "CC" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "HYPH" || t.Lower == "of":
		default:
			return false
		}
	}
	return false
}

// sentenceGiven reports whether the noun "sentence" or "fine" at i is a penalty passed on
// someone: the object of a light verb of imposing a few words before it ("imposed the sentence
// on X", "handed down a five-year sentence", "levied a record fine on X"; cue penaltyverb), not
// the penalty a charge carries nor a fine someone faces.
func (x *Extractor) sentenceGiven(c *sentCtx, i int) bool {
	toks := c.s.Toks
	for j := i - 1; j >= 0 && i-j <= 5; j-- {
		if x.cue.tokIs("penaltyverb", &toks[j]) {
			return true
		}
		if t := toks[j].Tag; t != "DT" && t != "JJ" && t != "CD" && t != "HYPH" && t != "RP" && t != "NN" && t != "PRP$" {
			return false
		}
	}
	return false
}

// envoyWord holds the heads that name a state's envoy: what a government summons.
var envoyWord = map[string]bool{"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "diplomat": true, "diplomats": true,
	"chargé": true, "charge": true, "chargés": true, "attache": true, "attaché": true, "consul": true, "consuls": true}

// envoySummoned reports whether the verb at i ("summon") calls in an envoy: its object phrase
// is headed by an envoy word ("summoned Russia's ambassador", "summoned the Valmark chargé
// d'affaires"), a diplomatic step told as an event of its own. The passive ("the envoy was
// summoned") names no one who summoned and is left out.
func envoySummoned(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j-i <= 6; j++ {
		t := toks[j]
		if envoyWord[t.Lower] {
			return true
		}
		if t.Tag != "DT" && t.Tag != "POS" && t.Tag != "PRP$" && t.Tag != "JJ" && t.Tag != "NNP" && t.Tag != "NNPS" && t.Tag != "CD" && t.Tag != "HYPH" {
			break
		}
	}
	return false
}

// listedOnSite reads "X listed Y on its leak site", "listed Y and Z on its dark-web extortion
// page": a gang naming its victim on the site where it shames them claims the deed, a
// statement by the gang about Y (the agent the subject, the targets the names between the
// verb and "on").
func (x *Extractor) listedOnSite(c *sentCtx, i int) (rawEvent, bool) {
	toks := c.s.Toks
	switch toks[i].Lower {
	case "list", "lists", "listed", "listing":
	default:
		return rawEvent{}, false
	}
	on := c.wordAhead(i, "on", 10)
	if on < 0 {
		return rawEvent{}, false
	}
	shaming := false
	for j := on + 1; j < len(toks) && j-on <= 6; j++ {
		w := toks[j].Lower
		if shaming && (w == "site" || w == "website" || w == "blog" || w == "page" || w == "portal") {
			return x.listedBetween(c, rawEvent{Type: schema.EventStatement, Lemma: "claim", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.6}, on)
		}
		switch w {
		case "leak", "extortion", "shaming", "name-and-shame", "dark-web", "darknet", "ransomware":
			shaming = true
		}
		if t := toks[j].Tag; !(t == "DT" || t == "PRP$" || t == "JJ" || t == "HYPH" || isNounTag(t)) {
			break
		}
	}
	return rawEvent{}, false
}

// listingTold drops a gang's listing of a victim (listedOnSite) when the sentence tells the deed
// it claims by the same gang against the same victim ("listed X on its extortion site,
// claiming to have stolen 1.2 terabytes"): the deed says it. A ransom demand beside it
// ("listed X on its extortion page, demanding payment") claims no deed, and keeps it.
func listingTold(toks []token, evs []rawEvent) []rawEvent {
	var drop []bool // decided on the whole list first, so that filtering in place reads no moved event
	for k, ev := range evs {
		if ev.Lemma != "claim" || ev.Trigger < 0 || ev.Trigger >= len(toks) || !strings.HasPrefix(toks[ev.Trigger].Lower, "list") {
			continue
		}
		for j, o := range evs {
			if j != k && isDeed(o.Type) && o.Lemma != "demand" && sameEnts(o.Agent, ev.Agent) && overlaps(o.Target, ev.Target) {
				if drop == nil {
					drop = make([]bool, len(evs))
				}
				drop[k] = true
				break
			}
		}
	}
	if drop == nil {
		return evs
	}
	out := evs[:0]
	for k, ev := range evs {
		if !drop[k] {
			out = append(out, ev)
		}
	}
	return out
}

// readMessages reports whether the verb at i is "read" with others' messages as its object
// ("read the email of 40 officials", "read the text messages of 2,000 customers"): espionage.
func (x *Extractor) readMessages(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if toks[i].Lower != "read" && toks[i].Lower != "reads" && toks[i].Lower != "reading" {
		return false
	}
	owned := false // "Harrow Bank's internal messages", "their emails"
	for j := i + 1; j < len(toks) && j-i <= 5; j++ {
		switch toks[j].Lower {
		case "email", "emails", "e-mail", "e-mails", "messages", "correspondence", "communications", "mail", "mailboxes", "inboxes", "chats":
			return owned || j+1 < len(toks) && toks[j+1].Lower == "of"
		}
		owned = owned || toks[j].Tag == "PRP$" || toks[j].Tag == "POS"
		if t := toks[j].Tag; t != "DT" && t != "JJ" && t != "NN" && t != "PRP$" && t != "POS" && t != "CD" && c.at[j] < 0 {
			return false
		}
	}
	return false
}

// handedSecret reports whether the verb at i hands secrets to someone: "pass", "hand" or "give"
// (with "over" or "on") whose object is a secret thing ("passed classified documents to a
// journalist") or a pronoun after one in the sentence ("copied secret files and handed them to
// X"), with "to" after it in the clause: a leak. It returns the index of that "to", or -1.
// It is read only when handedOver (statements.go) found no receiver it could name ("handed them
// to reporters at the Lantern", "to an officer of X"): a leak with no one told, its victim
// found by the usual roles.
func (x *Extractor) handedSecret(c *sentCtx, i int) int {
	toks := c.s.Toks
	switch toks[i].Lower {
	case "pass", "passes", "passed", "passing", "hand", "hands", "handed", "handing", "give", "gives", "gave", "given", "giving":
	default:
		return -1
	}
	k := i
	if k+1 < len(toks) && (toks[k+1].Lower == "over" || toks[k+1].Lower == "on") {
		k++
	}
	if k+1 >= len(toks) {
		return -1
	}
	switch toks[k+1].Lower {
	case "them", "it":
		secret := false
		for j := i - 1; j > 0 && !secret; j-- {
			secret = x.cue.tokIs("secretdoc", &toks[j]) && isNounTag(toks[j].Tag) &&
				(x.cue.tokIs("secretmod", &toks[j-1]) || j > 1 && x.cue.tokIs("secretmod", &toks[j-2]))
		}
		if !secret {
			return -1
		}
	default:
		if !x.secretThing(c, k, false) {
			return -1
		}
	}
	for j := k + 1; j < len(toks) && j-k <= 14 && c.clause[j] == c.clause[i]; j++ {
		if toks[j].Lower == "to" {
			return j
		}
	}
	return -1
}

// handedToSpy returns the index of the "to" after the verb of handing over at i ("pass",
// "hand", "give", "send", "supply", "provide" or "sell", finite or a gerund: "convicted of
// passing …") when the verb hands information to a foreign intelligence service or one of its
// officers: espionage by the one who hands it, whatever the information is called ("handed
// engineering drawings to an officer of China's Ministry of State Security", "passing orbital
// data to Chinese intelligence officers"); -1 otherwise. What is handed must be information
// (infoNoun, or "them"/"it" after information told before in the sentence) and the receiver
// phrase after "to" must be a spy's (spyReceiver). Things copied before and handed on as
// "them" ("copied the logs from X and handed them to …") are left to copiedForSpy: the copying
// is the deed.
func (x *Extractor) handedToSpy(c *sentCtx, i int) int {
	return x.spyHandTo(c, i, false)
}

// spyHandTo returns what handedToSpy returns for the verb at i; with afterCopy, "them" or "it"
// right after the verb takes up a copying told before in the sentence (copiedForSpy), which
// handedToSpy leaves alone.
func (x *Extractor) spyHandTo(c *sentCtx, i int, afterCopy bool) int {
	toks := c.s.Toks
	if !x.cue.tokIs("spyhand", &toks[i]) {
		return -1
	}
	info := false
	for j := i + 1; j < len(toks) && j-i <= spyHandReach && c.clause[j] == c.clause[i]; j++ {
		w := toks[j]
		switch {
		case w.Lower == "to":
			if !info || !x.spyReceiver(c, j+1) {
				return -1
			}
			return j
		case j == i+1 && (w.Lower == "them" || w.Lower == "it"):
			for k := 0; k < i; k++ {
				if copyForms[toks[k].Lower] && !afterCopy {
					return -1
				}
				info = info || x.infoNoun(toks[k]) || afterCopy
			}
		case x.infoNoun(w) || isNounTag(w.Tag) && x.cue.tokIs("spydoc", &w):
			info = true
		case w.Text == "," || w.Lower == "that" || isVerbTag(w.Tag) && w.Tag != "VBN" && w.Tag != "VBG" && !pluralReadAsVerb(toks, j):
			return -1
		}
	}
	return -1
}

// copiedForSpy returns the index of the "to" when the verb of copying at i is followed in its
// sentence by "and" and a verb of handing "them" or "it" to a foreign spy ("copied the test
// logs from X and handed them to an officer of Y's intelligence service"): the copying is
// espionage, its victim the one copied from. It returns -1 otherwise.
func (x *Extractor) copiedForSpy(c *sentCtx, i int) int {
	toks := c.s.Toks
	if !copyForms[toks[i].Lower] {
		return -1
	}
	for k := i + 2; k+1 < len(toks); k++ {
		if toks[k-1].Lower == "and" && (toks[k+1].Lower == "them" || toks[k+1].Lower == "it") && x.cue.tokIs("spyhand", &toks[k]) {
			return x.spyHandTo(c, k, true)
		}
	}
	return -1
}

// spyReceiver reports whether the receiver phrase opening at j, up to spyReach words and on
// through its relative clause ("a man he knew as X, whom prosecutors say was an officer of
// China's Ministry of State Security"), names a foreign spy: a word of intelligence work (cue
// spyword: "intelligence", "handler") or an agency whose name says it ("Ministry of State
// Security"), and a state it serves, a country's name or demonym or "foreign" ("Russia's
// military intelligence service", "Chinese intelligence officers", "a foreign intelligence
// service"). It stops at a semicolon or at "and" or "but" before a verb: another clause.
func (x *Extractor) spyReceiver(c *sentCtx, j int) bool {
	toks := c.s.Toks
	spy, state := false, false
	for k := j; k < len(toks) && k-j <= spyReach; k++ {
		w := toks[k]
		if w.Text == ";" || (w.Lower == "and" || w.Lower == "but") && k+1 < len(toks) && isVerbTag(toks[k+1].Tag) {
			break
		}
		spy = spy || x.cue.tokIs("spyword", &w)
		state = state || w.Lower == "foreign"
		if m := c.at[k]; m >= 0 && c.ms[m].Entity >= 0 && c.ms[m].Entity < len(c.ents) {
			e := c.ents[c.ms[m].Entity]
			state = state || e.Kind == schema.KindCountry || c.ms[m].How == mkDemonym
			spy = spy || e.Kind == schema.KindAgency && (strings.Contains(e.Name, "Intelligence") || strings.Contains(e.Name, "State Security"))
		}
	}
	return spy && state
}

// spyServed moves the spies named in the receiver phrase after the "to" at to from the targets
// of the espionage ev to its agents, the ones served sharing the deed as in "spied for Russia",
// and reports whether a target is left: whose secrets went ("copied the logs from X").
func spyServed(c *sentCtx, to int, ev *rawEvent) bool {
	toks := c.s.Toks
	kept := ev.Target[:0]
	for _, e := range ev.Target {
		served := false
		for k := to + 1; k < len(toks) && k-to <= spyReach && !served; k++ {
			served = c.at[k] >= 0 && c.ms[c.at[k]].Entity == e
		}
		switch {
		case !served:
			kept = append(kept, e)
		case !contains(ev.Agent, e):
			ev.Agent = append(ev.Agent, e)
		}
	}
	ev.Target = kept
	return len(kept) > 0
}

// spyReach bounds the words of a receiver phrase spyReceiver reads.
const spyReach = 24

// spyHandReach bounds how many tokens after the verb of handing spyHandTo reads for what is
// handed and the "to" of its receiver.
const spyHandReach = 14

// orderedOut reads "X ordered Y removed (from …)", "to order Y banned", "ordered Y's products
// pulled", "ordered Y to pay £2m": a sanction by the subject of "order" against the name its object phrase opens with
// (a payment a judge or court orders, "Judge X ordered him to pay restitution", is a legal step: judgeSubject).
// So is ending a contract or a licence ("terminated SMN's maintenance contract", "voted to
// suspend the Lumen contract", "cancelled its contract with X"): against the party named in
// the object phrase or after "with".
func (x *Extractor) orderedOut(c *sentCtx, i int, out *rawEvent) bool {
	toks := c.s.Toks
	finite := isVerbTag(toks[i].Tag) || i > 0 && toks[i-1].Lower == "to"
	ends := x.cue.tokIs("contractend", &toks[i]) && finite
	if !ends && (!x.cue.tokIs("orderverb", &toks[i]) || !finite) {
		return false
	}
	lemma := "ban"
	if ends {
		lemma = "terminate"
	}
	sanction := func(target int) bool {
		ev := rawEvent{Type: schema.EventSanction, Lemma: lemma, Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.7, Target: []int{target}}
		if a := x.subject(c, i); a >= 0 && a != target {
			ev.Agent = []int{a}
		}
		x.modality(c, i, &ev)
		*out = ev
		return true
	}
	target := -1
	for j := i + 1; j < len(toks) && j-i <= 6 && c.clause[j] == c.clause[i]; j++ {
		if k := c.at[j]; k >= 0 {
			if target < 0 && !(ends && c.ms[k].How == mkPronoun) { // "its contract": the doer's own
				target = c.ms[k].Entity
			}
			continue
		}
		t := toks[j]
		if e := x.demonymCountry(c, j); e >= 0 && target < 0 && !ends && x.cue.tokAtIs("envoy", toks, j+1) {
			target = e // "ordered a Russian diplomat to leave": the envoy's state, a demonym no mention holds
		}
		if ends && x.cue.tokIs("contractnoun", &t) && isNounTag(t.Tag) {
			if j+2 < len(toks) && toks[j+1].Lower == "with" && c.at[j+2] >= 0 && target < 0 {
				target = c.ms[c.at[j+2]].Entity // "its contract with X"
			}
			if target < 0 {
				return false
			}
			return sanction(target)
		}
		// "ordered four Valmark diplomats to leave (the country)": an expulsion
		leave := t.Lower == "to" && j+1 < len(toks) && toks[j+1].Lower == "leave" && x.cue.tokIs("envoy", &toks[j-1])
		// "ordered the retailer to pay €4 million": a penalty
		pay := t.Lower == "to" && j+1 < len(toks) && x.cue.tokIs("payverb", &toks[j+1])
		if !ends && j > i+1 && (leave || pay || x.cue.tokIs("removedverb", &t) && (t.Tag == "VBN" || t.Tag == "VBD")) {
			if target < 0 {
				return false
			}
			if pay {
				lemma = "fine"
			}
			if pay && x.judgeSubject(c, i) {
				// "Judge X ordered him to pay $3 million in restitution", "the court ordered the
				// firm to pay damages": part of a sentence or ruling, a legal step, no sanction
				ok := sanction(target)
				out.Type, out.Lemma = schema.EventLegal, "order"
				return ok
			}
			return sanction(target)
		}
		if !(t.Tag == "DT" || t.Tag == "JJ" || isNounTag(t.Tag) || t.Tag == "POS" || t.Tag == "PRP$" || t.Tag == "HYPH" || t.Tag == "CD") {
			return false
		}
	}
	return false
}

// deniedGrant reports whether the "deny" verb at i withholds something from someone rather than
// denying a claim: two objects, the second a bare noun ("denied him bail", "denied the
// reporters entry"; the pronouns are cue objectpronoun), or a passive with a bare noun after it ("was denied access to the
// files"). "denied involvement" (one object) and "denied Ruvia's role" still deny.
func (x *Extractor) deniedGrant(c *sentCtx, i int) bool {
	toks := c.s.Toks
	bare := func(k int) bool {
		return k < len(toks) && (toks[k].Tag == "NN" || toks[k].Tag == "NNS") && c.at[k] < 0
	}
	if toks[i].Tag == "VBN" && x.passiveAux(c, i) {
		return bare(i + 1)
	}
	if i+1 >= len(toks) {
		return false
	}
	if x.cue.tokIs("objectpronoun", &toks[i+1]) {
		return bare(i + 2)
	}
	if m := c.at[i+1]; m >= 0 && !c.ms[m].Possessive {
		return bare(c.ms[m].Last)
	}
	return false
}

// dismissedPerson reports whether "dismiss" at i removes a person from a post, not a claim: its
// object is a person or a word for one ("dismissed Ivo Marsh", "dismissed two officers"), or, as
// a passive, it is followed by "from" or has a person or "he"/"she"/"who" right before its
// auxiliaries ("was dismissed from the agency", "a contractor, Ivo Marsh, who had been dismissed").
func (x *Extractor) dismissedPerson(c *sentCtx, i int) bool {
	toks := c.s.Toks
	person := func(k int) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		if m := c.at[k]; m >= 0 {
			e := c.ms[m].Entity
			return e >= 0 && e < len(c.ents) && c.ents[e].Kind == schema.KindPerson && !c.ms[m].Possessive
		}
		w := toks[k].Lower
		return w == "he" || w == "she" || w == "him" || w == "her" || w == "who" || w == "whom" ||
			isNounTag(toks[k].Tag) && x.staffOrRole(w)
	}
	if toks[i].Tag == "VBN" && x.passiveAux(c, i) {
		if i+1 < len(toks) && toks[i+1].Lower == "from" {
			return true
		}
		return person(x.beforeAuxWithin(toks, i, auxReach+1, false))
	}
	k := i + 1
	for k < len(toks) && k-i <= 3 && (toks[k].Tag == "DT" || toks[k].Tag == "CD" || toks[k].Tag == "JJ") && c.at[k] < 0 {
		k++
	}
	return person(k)
}

// pleaded reports whether "plead" at i is a plea in court: "pleaded guilty", "pleaded not
// guilty", "pleads no contest".
func (x *Extractor) pleaded(c *sentCtx, i int) bool {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= 3; j++ {
		switch toks[j].Lower {
		case "guilty", "contest", "innocent":
			return true
		}
	}
	return false
}

// chargeNouns lists the nouns of the charges a defendant admits in court ("admitted two
// offences", "admits three counts of fraud").
var chargeNouns = map[string]bool{"offence": true, "offences": true, "offense": true, "offenses": true,
	"charge": true, "charges": true, "count": true, "counts": true}

// admittedCharges reports whether the active "admit" at i takes charges for its object, after
// at most two determiners, numbers, adjectives or nouns ("admitted two offences under the Computer
// Misuse Act", "has admitted all three charges", "admits conspiracy charges"): a plea of
// guilty, the legal step the British and Commonwealth press tells that way, not a statement.
func admittedCharges(toks []token, i int) bool {
	if toks[i].Tag != "VBD" && toks[i].Tag != "VBZ" && toks[i].Tag != "VBP" && toks[i].Tag != "VBN" && toks[i].Tag != "VBG" {
		return false
	}
	for j := i + 1; j < len(toks) && j-i <= 3; j++ {
		switch t := toks[j]; {
		case chargeNouns[t.Lower]:
			return true
		case t.Tag == "DT" || t.Tag == "CD" || t.Tag == "JJ" || t.Tag == "NN" && !isCap(t.Text) || t.Lower == "all" || t.Lower == "both":
		default:
			return false
		}
	}
	return false
}

// pleadedTo reports whether the plea at i is to a deed an -ing form names after "to" in its
// clause ("pleaded guilty to stealing secrets from X", "pleaded guilty on Monday to hacking
// Y"): whoever the deed befell is its victim, no party to the plea.
func (x *Extractor) pleadedTo(c *sentCtx, i int) bool {
	toks := c.s.Toks
	for j := i + 1; j+1 < len(toks) && j-i <= pleaReach && c.clause[j] == c.clause[i]; j++ {
		if toks[j].Lower == "to" && toks[j+1].Tag == "VBG" {
			return true
		}
		if isTensedTag(toks[j].Tag) {
			return false
		}
	}
	return false
}

// pleaReach bounds, in tokens from "plead", the "to" before the deed pleaded to
// ("pleaded guilty in federal court in Phoenix on Monday to hacking X").
const pleaReach = 12

// brokeStory reports whether "break" at i publishes news first: "broke the story", "broke the
// news of the hack".
func (x *Extractor) brokeStory(c *sentCtx, i int) bool {
	toks := c.s.Toks
	j := i + 1
	for j < len(toks) && j-i <= 3 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "PRP$") {
		j++
	}
	return j < len(toks) && j > i+1 && (toks[j].Lower == "story" || toks[j].Lower == "news")
}

// advice reports whether the trigger at i lies in the infinitive that an advising verb governs
// ("urged operators to patch against attacks", "are encouraged to prepare for cyberattacks"):
// what is advised against has not happened.
func (x *Extractor) advice(c *sentCtx, i int) bool {
	toks := c.s.Toks
	to := false
	for j := i - 1; j >= 0 && i-j <= 12 && c.clause[j] == c.clause[i]; j-- {
		w := toks[j].Lower
		if w == "to" && j+1 < len(toks) && (toks[j+1].Tag == "VB" || isQuote(toks[j+1].Text)) {
			to = true
			continue
		}
		if to && x.advising(w) {
			return true
		}
	}
	return x.adviceThat(c, i)
}

// adviceThat reports whether the trigger at i stands in a mandative "that" clause of a verb of
// advising ("Experts recommend that journalists keep their phones updated", "analysts urge that
// parliaments patch them within days"): what someone should do, in the bare form, with no
// past, third-person or modal verb between.
func (x *Extractor) adviceThat(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if i < 0 || i >= len(toks) || toks[i].Tag == "VBD" || toks[i].Tag == "VBZ" {
		return false // "…, and Nimbus patched its servers": a deed told, not advised
	}
	for j := i - 1; j >= 1 && i-j <= 25; j-- {
		t := toks[j]
		if t.Text == ";" || t.Text == ":" || isQuote(t.Text) || t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "MD" {
			return false
		}
		if t.Lower == "that" {
			return x.advising(toks[j-1].Lower) || toks[j-1].Lower == "suggest" || toks[j-1].Lower == "suggests"
		}
	}
	return false
}

// advising reports whether w is a form of a verb of advising, asking or inviting that governs
// an infinitive of what someone else is to do ("urged", "asks", "invited": cues adviseverb and
// adviseform).
func (x *Extractor) advising(w string) bool {
	return x.cue.is("adviseform", w) || x.cue.is("adviseverb", w)
}

// askedTo reports whether the trigger at i is the bare verb of the infinitive that a verb of
// advising or asking governs through its object ("asked the bank to sue", "urged Y to testify"),
// or the object of such an infinitive's light verb ("urged the ministry to publish a full
// report"), or of a second infinitive joined by "and" or "or" ("… to publish a report and to
// notify every patient"): what someone is asked to do is not done. An object with a
// preposition ("asked for help to …") is no one asked; the preposition of a name ("urged the
// Ministry of Health to …") is none.
func (x *Extractor) askedTo(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if isNounTag(toks[i].Tag) {
		// the object of the infinitive: "urged the ministry to publish a full incident report"
		j := i - 1
		for j >= 0 && i-j <= 5 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "NN" || toks[j].Tag == "NNS" || toks[j].Tag == "VBN" || toks[j].Tag == "PRP$" || toks[j].Tag == "CD") && c.at[j] < 0 {
			j--
		}
		if j < 0 || !x.cue.tokIs("lightverb", &toks[j]) {
			return false
		}
		i = j
	}
	if toks[i].Tag != "VB" || i < 2 || toks[i-1].Lower != "to" {
		return false
	}
	coord := i >= 3 && (toks[i-2].Lower == "and" || toks[i-2].Lower == "or")
	reach := 10
	if coord {
		reach = 16
	}
	for j := i - 2; j >= 0 && i-j <= reach && c.clause[j] == c.clause[i]; j-- {
		w := toks[j].Lower
		if x.advising(w) {
			return true
		}
		if coord && toks[j].Tag == "VB" && j >= 1 && toks[j-1].Lower == "to" {
			coord = false // "urged X to publish a report and to notify …": the first infinitive's asker
			j--
			continue
		}
		if c.at[j] >= 0 {
			continue // a name's own preposition: "urged the Ministry of Health to publish"
		}
		if toks[j].Tag == "IN" || toks[j].Tag == "TO" || isVerbTag(toks[j].Tag) {
			return false
		}
	}
	return false
}

// urgedByMessage reads a participle of urging or advising whose object is a pronoun and that
// closes a message's sending ("wrote to every hospital urging them to …", "sent letters to
// clients advising them …"; messageHearer): the sender warns those the message went to, with
// the negation and modality of the sending (hostModality). ok is
// false for any other word, or when the words there name no actor.
func (x *Extractor) urgedByMessage(c *sentCtx, i int) (rawEvent, bool) {
	if !urgingParticiple(c.s.Toks[i]) {
		return rawEvent{}, false
	}
	h, ok := x.messageHearer(c, i)
	if !ok {
		return rawEvent{}, false
	}
	a := x.subject(c, i)
	if a < 0 {
		return rawEvent{}, false
	}
	ev := rawEvent{Type: schema.EventWarning, Lemma: "warn", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.75, Agent: []int{a}}
	if h < 0 || h == a {
		return rawEvent{}, false // "sent a notice to vessels bound for the port advising them …": no one named is told
	}
	ev.Target = []int{h}
	x.modality(c, i, &ev)
	x.hostModality(c, i, &ev)
	return ev, true
}

// hostModality gives the warning ev, read from a participle of urging or advising at i, the
// negation and modality of the verb the participle hangs on: the nearest verb before it in
// its clause, past the message's noun ("has not written to X urging them …", "may issue a
// bulletin urging X to …"): a message not sent urges no one.
func (x *Extractor) hostModality(c *sentCtx, i int, ev *rawEvent) {
	toks := c.s.Toks
	for j := i - 1; j >= 0 && i-j <= sentMessageReach && c.clause[j] == c.clause[i]; j-- {
		if !isVerbTag(toks[j].Tag) || x.auxTok(&toks[j]) || toks[j].Tag == "VBG" && j > 0 && toks[j-1].Tag == "DT" {
			continue
		}
		var host rawEvent
		x.modality(c, j, &host)
		ev.Negated = ev.Negated || host.Negated
		if ev.Modality == "" {
			ev.Modality = host.Modality
		}
		return
	}
}

// urgingParticiple reports whether t is the participle of a verb of urging or advising
// ("urging", "advising"), which tells its object what to do as a warning does.
func urgingParticiple(t token) bool {
	return t.Tag == "VBG" && (t.Lower == "urging" || t.Lower == "advising")
}

// urgedUnnamed reads "X urged other suppliers to …", "X advised banks to …" (the advised named
// by no name, starting at token k): a warning by X to no one named. The advised may be a
// coordination of noun phrases ("urged exchanges and other service providers to …", "advised
// municipalities, regions and state agencies to …"): the first of them that makes a
// descriptive actor is the one told.
func (x *Extractor) urgedUnnamed(c *sentCtx, i, k int) (rawEvent, bool) {
	toks := c.s.Toks
	tipped := false // "tipped off police", "tipped off the regulator": no "to" follows
	switch toks[i].Lower {
	case "urged", "urge", "urges", "urging", "advised", "advise", "advises", "advising":
	case "tipped", "tip":
		tipped = i+1 < len(toks) && toks[i+1].Lower == "off"
		if !tipped {
			return rawEvent{}, false
		}
	default:
		return rawEvent{}, false
	}
	j := k
	for j < len(toks) && j-k <= 10 && (c.at[j] < 0 || tipped && c.ms[c.at[j]].Entity < 0) {
		t := toks[j]
		nominal := t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "CD"
		joint := j > k && (t.Lower == "and" || t.Lower == "or" || t.Text == ",") && j+1 < len(toks) && toks[j-1].Tag != "CC" ||
			j > k && t.Tag == "DT" && toks[j-1].Tag == "CC" || j > k && t.Lower == "other"
		if !nominal && !joint || j-k > 4 && !coordinated(toks[k:j]) {
			break
		}
		j++
	}
	if j == k || toks[j-1].Tag == "CC" || toks[j-1].Text == "," || !tipped && (j >= len(toks) || toks[j].Lower != "to") {
		return rawEvent{}, false
	}
	a := x.subject(c, i)
	if a < 0 {
		return rawEvent{}, false
	}
	ev := rawEvent{Type: schema.EventWarning, Lemma: "warn", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.7, Agent: []int{a}}
	for p := k; p < j; p++ {
		if e := c.genEntity(p); e >= 0 {
			if e != a && !sharedHead(toks, p) {
				ev.Target = []int{e}
			}
			break
		}
	}
	if ev.Target == nil && (coordinated(toks[k:j]) || urgingParticiple(toks[i])) {
		return rawEvent{}, false // no one told that the coordination makes an actor; "…, urging the public to": a call, no warning
	}
	x.modality(c, i, &ev)
	if urgingParticiple(toks[i]) {
		x.hostModality(c, i, &ev) // "will issue an advisory urging water utilities to …"
	}
	return ev, true
}

// coordinated reports whether a run of tokens joins noun phrases ("and", "or" or a comma).
func coordinated(toks []token) bool {
	for _, t := range toks {
		if t.Lower == "and" || t.Lower == "or" || t.Text == "," {
			return true
		}
	}
	return false
}

// sharedHead reports whether the noun phrase starting at p shares its head with a bare
// modifier coordinated before it ("water and power operators"): the phrase from p alone
// ("power operators") is not the whole of it.
func sharedHead(toks []token, p int) bool {
	return p >= 2 && (toks[p-1].Lower == "and" || toks[p-1].Lower == "or") && (toks[p-2].Tag == "NN" || toks[p-2].Tag == "JJ")
}

// hedgeSay reports whether "say" at i makes no statement of its own: the bare form ("security
// specialists say", "officials who have read it say", "declined to say", "would not say") tells
// what people generally hold or what was not said, and "what X says/said" ("publishing what it
// says are stolen records") hedges a noun phrase.
func (x *Extractor) hedgeSay(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if toks[i].Lower == "say" {
		return true
	}
	j := i - 1
	for j >= 0 && i-j <= 4 && c.clause[j] == c.clause[i] {
		t := toks[j].Tag
		if t != "PRP" && t != "NNP" && t != "NNPS" && t != "NN" && t != "NNS" && t != "DT" && t != "POS" && t != "JJ" {
			break
		}
		j--
	}
	return j >= 0 && j < i-1 && toks[j].Lower == "what"
}

// claimedVictims reports whether "claim" at i counts victims or lives ("has claimed more than
// 120 victims", "has claimed at least 140 victims", "the blast claimed 12 lives"): a toll, not
// a statement.
func (x *Extractor) claimedVictims(c *sentCtx, i int) bool {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= 5; j++ {
		w := toks[j]
		if x.cue.tokIs("tollnoun", &w) {
			return true
		}
		if !(w.Tag == "CD" || w.Tag == "JJ" || w.Tag == "JJR" || w.Tag == "RB" || w.Tag == "RBR" || w.Lower == "than" || w.Tag == "DT" || w.Lower == "of" ||
			w.Lower == "at" || w.Lower == "least" || w.Lower == "most") {
			return false // "at least 140 victims" as "more than 120 victims"
		}
	}
	return false
}

// refusedTo reports whether the statement verb at i is what someone declined or refused to do
// ("The ministry declined to comment", "who refused to discuss the case"): no statement.
func (x *Extractor) refusedTo(c *sentCtx, i int) bool {
	toks := c.s.Toks
	return i >= 2 && toks[i-1].Lower == "to" && x.cue.tokIs("refuseverb", &toks[i-2])
}

// notFirstTime reports whether the trigger at i tells, in the clause after "not the first time",
// of earlier deeds in general ("It is not the first time the group has hit the region"): the
// sentence says such deeds happened before, not which.
func notFirstTime(toks []token, i int) bool {
	// "the incident is not the first wiper attack on X": the class of deeds before, not one
	for j := i - 1; j >= 2 && i-j <= 3; j-- {
		if toks[j].Lower == "first" && toks[j-1].Lower == "the" && (toks[j-2].Lower == "not" || toks[j-2].Lower == "n't") && isNounTag(toks[i].Tag) {
			return true
		}
		if t := toks[j].Tag; !(t == "JJ" || t == "NN" || t == "NNS" || t == "NNP" || t == "HYPH" || t == "VBN") {
			break
		}
	}
	for j := i - 3; j >= 1 && i-j <= 10; j-- {
		if toks[j].Lower == "first" && toks[j+1].Lower == "time" && toks[j-1].Lower == "the" && j >= 2 &&
			(toks[j-2].Lower == "not" || toks[j-2].Lower == "n't") {
			return true
		}
	}
	return false
}

// unreal reports whether a modal of duty, condition or future governs the trigger at i in its
// clause ("should hack into", "would plead not guilty", "will publish"): the sentence tells of a
// deed that should, would or will happen, not one that did. A modal of guessing ("may have been
// accessed", "could attack"), an adverb of hearsay ("reportedly stole") and a verb of intent
// ("threatened to attack", kept with its modality; a threatened leak or theft is none, see
// threatenedDeed) leave the deed told; patches and fixes, which
// advisories tell as what should be done, are left to the caller.
func (x *Extractor) unreal(c *sentCtx, i int) bool {
	toks := c.s.Toks
	reach := 5
	for j := i - 1; j >= 0 && i-j <= reach; j-- {
		if c.clause[j] != c.clause[i] {
			break
		}
		if c.at[j] >= 0 {
			continue
		}
		switch {
		case isVerbTag(toks[j].Tag) && x.lexicalVerb(toks[j]) && !x.cue.tokIs("enableverb", &toks[j]):
			return false // "if you can recall, X banned …", "might get duped": another verb's modal
		case toks[j].Tag == "MD" && x.cue.tokIs("guessmodal", &toks[j]):
			return false // "may have been accessed", "may be targeted by X": a guess, which may well be so (without a doer, see befalls)
		case toks[j].Tag == "MD" && (x.cue.tokIs("hypothetical", &toks[j]) || x.cue.tokIs("future", &toks[j])):
			return true
		case x.cue.tokIs("enableverb", &toks[j]) && i-j+4 > reach:
			reach = i - j + 4
		}
	}
	return false
}

// befalls reports whether a modal of guessing governs the participle at i as a bare passive,
// with nothing but "be" and adverbs between ("who may be targeted", "could be hacked"): what may
// befall someone, not a deed told. A perfect ("may have been accessed") guesses at a deed done.
func (x *Extractor) befalls(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if toks[i].Tag != "VBN" {
		return false
	}
	be := false
	for j := i - 1; j >= 0 && i-j <= 4 && c.clause[j] == c.clause[i]; j-- {
		switch w := toks[j].Lower; {
		case w == "be":
			be = true
		case toks[j].Tag == "MD":
			return be && x.cue.is("guessmodal", w)
		case toks[j].Tag != "RB":
			return false
		}
	}
	return false
}

// meansOfDeed reports whether the -ing form at i, right after "by", tells how a deed verb
// before it in the sentence was done ("drained $95 million from X by compromising the servers",
// "stole data from Y by accessing an exposed server") or a deed noun a verb takes for its
// object names ("gained access to X by compromising an account"): one deed, told with its means.
func (x *Extractor) meansOfDeed(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if toks[i].Tag != "VBG" || i < 2 || toks[i-1].Lower != "by" {
		return false
	}
	for j := i - 2; j >= 0 && i-j <= 25; j-- {
		if !isVerbTag(toks[j].Tag) {
			if isNounTag(toks[j].Tag) && lightObject(toks, j) {
				if tr, ok := x.tokTrigger(&toks[j], false); ok && isDeed(tr.Type) {
					return true // "carried out the attack on X by exploiting …": the deed a noun names
				}
				if tr, ok := x.tokTrigger(&toks[j], true); ok && isDeed(tr.Type) && toks[j].Lower == tr.Lemma {
					return true // "gained access to X's network by compromising …": a verb's bare form for a noun
				}
			}
			continue
		}
		if tr, ok := x.tokTrigger(&toks[j], true); ok && isDeed(tr.Type) {
			return true
		}
	}
	return false
}

// lightObject reports whether the noun at j is the object of the verb before it, an article,
// adjective or number between at most ("gained access", "carried out an attack", "launched a
// phishing campaign").
func lightObject(toks []token, j int) bool {
	for k := j - 1; k >= 0 && j-k <= 3; k-- {
		switch t := toks[k].Tag; {
		case isVerbTag(t) || t == "RP":
			return true
		case t != "DT" && t != "JJ" && t != "CD" && t != "NN":
			return false
		}
	}
	return false
}

// sourcedMaterial reports whether the verb at i sits in the phrase after "according to",
// within eight words and no comma or other verb before it ("according to documents they
// obtained", "according to records obtained by the newspaper"): how a reporter came by a
// source, no deed of the story.
func sourcedMaterial(toks []token, i int) bool {
	for j := i - 1; j >= 1 && i-j <= 8; j-- {
		w := toks[j]
		if w.Lower == "to" && toks[j-1].Lower == "according" {
			return true
		}
		if w.Text == "," || w.Text == ";" || isQuote(w.Text) || isVerbTag(w.Tag) || w.Tag == "MD" {
			return false
		}
	}
	return false
}

// inBreachOf reports whether the noun at i is the "breach" of the idiom "in breach of" ("in
// breach of its contract", "in clear breach of the rules"): a rule or duty broken, no intrusion
// ("in the breach of its network" keeps its article and stays one).
func inBreachOf(toks []token, i int) bool {
	if toks[i].Lower != "breach" || i < 1 || i+1 >= len(toks) || toks[i+1].Lower != "of" {
		return false
	}
	p := i - 1
	if p >= 1 && (toks[p].Tag == "JJ" || toks[p].Tag == "RB") {
		p-- // "in clear breach of", "in direct breach of"
	}
	return toks[p].Lower == "in"
}

// threatenedDeed reports whether the bare verb at i is what someone threatens to do ("threatened
// to publish 700 gigabytes of patient data", "threatens to leak the files"), or what a threat
// named by the noun holds ("relying on threats to publish stolen files", "the threat to leak
// the data"): a threat, no deed.
func threatenedDeed(toks []token, i int) bool {
	if toks[i].Tag != "VB" || i < 2 || toks[i-1].Lower != "to" {
		return false
	}
	w := toks[i-2].Lower
	return strings.HasPrefix(w, "threaten") || w == "threat" || w == "threats"
}

// proposedGerund reports whether the -ing form at i is what someone proposes or advises doing
// ("recommend publishing a summary", "suggested hiring a firm"): nothing done yet.
func (x *Extractor) proposedGerund(c *sentCtx, i int) bool {
	toks := c.s.Toks
	return toks[i].Tag == "VBG" && i > 0 && x.cue.tokIs("proposeverb", &toks[i-1])
}

// noneSuffered reports whether the passive participle at i, or a verb of appearing (cue
// appearverb, whose subject undergoes it as a passive's does), has a subject that "no" opens,
// or "none" or "nothing", also before "of" ("no classified data had been stolen", "nothing was
// taken", "none of the files has appeared online"): the sentence says the deed did not happen
// to anything.
func (x *Extractor) noneSuffered(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if !(toks[i].Tag == "VBN" && x.passiveAux(c, i) || x.cue.tokIs("appearverb", &toks[i])) {
		return false
	}
	j := x.beforeAuxWithin(toks, i, len(toks), true)
	if j >= 1 && toks[j].Lower == "to" && raisingVerb(toks[j-1].Lower) {
		j = x.beforeAuxWithin(toks, j-1, len(toks), true) // "no data appeared to have been stolen", "nothing is believed to have been taken"
	}
	for k := j; k >= 0 && j-k <= 6 && c.clause[k] == c.clause[i]; k-- {
		switch w := toks[k].Lower; {
		case w == "no" || w == "none" || w == "nothing":
			return true
		case isNounTag(toks[k].Tag) || toks[k].Tag == "JJ" || toks[k].Tag == "CD" || toks[k].Tag == "VBN":
		case (toks[k].Tag == "DT" || toks[k].Tag == "PRP$") && k > 0 && toks[k-1].Lower == "of", w == "of" && k > 0 && (toks[k-1].Lower == "none" || toks[k-1].Lower == "nothing"):
			// "none of the files", "nothing of its data"
		default:
			return false
		}
	}
	return false
}

// anyObject reports whether the object of the active verb at i, after any particle or adverb,
// opens with "any" or is "anything", "anyone" or "anybody" (cue anyword): under a negation
// ("the gang has not encrypted any systems", "they are not encrypting anything", "had never
// given any files to anyone") the sentence says the deed befell nothing, as noneSuffered reads
// "no systems were encrypted". A named object ("did not attack X") is a deed denied, which the
// article may still tell.
func (x *Extractor) anyObject(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if toks[i].Tag == "VBN" && x.passiveAux(c, i) {
		return false
	}
	j := i + 1
	for j < len(toks) && j-i <= anyObjectGap && (toks[j].Tag == "RP" || toks[j].Tag == "RB") {
		j++ // "has not locked up any", "did not then publish any"
	}
	return j < len(toks) && c.clause[j] == c.clause[i] && x.cue.tokIs("anyword", &toks[j])
}

// anyObjectGap bounds the particles and adverbs anyObject steps over between the verb and its
// object ("locked up any", "did not then publish any").
const anyObjectGap = 2

// raisingVerb reports whether w is a verb that raises the subject of its infinitive ("no data
// appeared to have been stolen", "nothing is believed to have been taken").
func raisingVerb(w string) bool {
	switch w {
	case "appear", "appears", "appeared", "seem", "seems", "seemed", "believed", "thought", "known":
		return true
	}
	return false
}

// seizedPower reports whether the legal trigger at i is a seizure of power ("the junta, which
// seized power in 2021", "the seizure of power by the army"): a coup, no legal step.
func seizedPower(toks []token, i int) bool {
	j := i + 1
	if j+1 < len(toks) && toks[j].Lower == "of" {
		j++ // "the seizure of power"
	}
	return j < len(toks) && toks[j].Lower == "power"
}

// reportedFigures reports whether the verb "report" at i takes a company's financial result for
// its object ("reported revenue of $1.1 billion", "reported a net loss of $40 million",
// "reports annual sales of about $900 million"): past a determiner and adjectives or nouns that
// qualify the result, the head is a word for money earned or lost (cue financenoun) and "of" a sum
// follows (moneyOf). That is a set of accounts, no finding made known; a loss tied to its
// cause ("reported losses of $30 million from the theft") is a victim's report, and stays one.
func (x *Extractor) reportedFigures(toks []token, i int, deedNoun func(string) bool) bool {
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		t := toks[j]
		if x.cue.tokIs("financenoun", &toks[j]) {
			if (t.Lower == "loss" || t.Lower == "losses") && lossCausedBy(toks, j+1, deedNoun) {
				return false // "reported losses of $30 million from the theft": a victim's report of a deed's cost
			}
			return moneyOf(toks, j+1) // not "reported a loss of data", "reported sales data"
		}
		if t.Tag != "DT" && t.Tag != "JJ" && t.Tag != "JJR" && t.Tag != "NN" && t.Tag != "CD" {
			return false
		}
	}
	return false
}

// lossCausedBy reports whether a loss whose phrase goes on at j is then tied to the deed that
// caused it ("losses of $30 million from the theft", "a loss of £2 million in the attack",
// "caused by the breach"): a cause word, then within three words a noun of a deed (deedNoun),
// within lossCauseReach words and before the next comma. That is a deed's cost, not a
// company's accounts ("a net loss of $40 million in the third quarter").
func lossCausedBy(toks []token, j int, deedNoun func(string) bool) bool {
	for k := j; k < len(toks) && k-j <= lossCauseReach; k++ {
		switch toks[k].Lower {
		case ",", ";", ".":
			return false
		case "from", "in", "after", "by", "to", "following":
			for m := k + 1; m < len(toks) && m <= k+3; m++ {
				if isNounTag(toks[m].Tag) && deedNoun(toks[m].Lower) {
					return true
				}
			}
		}
	}
	return false
}

// lossCauseReach bounds how many words after a loss's noun lossCausedBy reads for its cause.
const lossCauseReach = 8

// moneyOf reports whether "of" at j opens a sum of money, perhaps hedged: "of $1.1 billion",
// "of about £40 million", "of nearly 900 million euros".
func moneyOf(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].Lower != "of" {
		return false
	}
	k := j + 1
	switch toks[k].Lower {
	case "about", "nearly", "almost", "around", "roughly", "more", "over", "some":
		k++
		if k < len(toks) && toks[k].Lower == "than" {
			k++
		}
	}
	if k >= len(toks) {
		return false
	}
	switch w := toks[k].Text; {
	case w == "$" || w == "£" || w == "€" || strings.HasPrefix(w, "$") || strings.HasPrefix(w, "£") || strings.HasPrefix(w, "€"):
		return true
	case toks[k].Tag == "CD":
		for m := k + 1; m < len(toks) && m <= k+2; m++ {
			switch toks[m].Lower {
			case "euros", "dollars", "pounds", "yen", "rupees", "rubles", "yuan":
				return true
			}
		}
	}
	return false
}

// reportedForDuty reports whether "report" at i means to present oneself somewhere: "was
// ordered to report to prison", "reports to work", "must report to the police", or to answer
// to a superior, told in the present ("the agency, which reports to the interior ministry",
// "who reports directly to the minister"): no report.
func reportedForDuty(toks []token, i int) bool {
	j := i + 1
	if toks[i].Tag == "VBZ" || toks[i].Tag == "VBP" {
		if j < len(toks) && toks[j].Lower == "directly" {
			j++
		}
		if j < len(toks) && toks[j].Lower == "to" {
			return true // "the agency, which reports to the interior ministry": whom it answers to
		}
		j = i + 1
	}
	if j >= len(toks) || toks[j].Lower != "to" {
		return false
	}
	j++
	for j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "PRP$" || toks[j].Tag == "JJ") && j-i <= 4 {
		j++
	}
	if j >= len(toks) {
		return false
	}
	switch toks[j].Lower {
	case "prison", "jail", "court", "duty", "work", "police", "custody", "base", "barracks":
		return true
	}
	return false
}

// scheduledTo reports whether the verb at i follows "is expected to", "are due to", "was
// scheduled to" or "is set to": a deed planned or foreseen, not done ("the committee is
// expected to publish its findings").
func (x *Extractor) scheduledTo(toks []token, i int) bool {
	if i < 3 || toks[i-1].Lower != "to" || toks[i].Tag != "VB" {
		return false
	}
	switch toks[i-2].Lower {
	case "expected", "scheduled", "due", "set", "slated", "poised":
	default:
		return false
	}
	j := i - 3
	for j > 0 && toks[j].Tag == "RB" {
		j--
	}
	return x.cue.tokIs("be", &toks[j])
}

// groupPublishes reports whether the verb at i puts out data, files or documents ("published
// the data", "posted files") and its subject is a group (a gang, a hacking crew): what such a
// group puts out is a leak even when the words do not say the data is secret. So is what the
// doer of a theft, an intrusion or an attack puts out after it, the verbs joined by "and"
// (afterDeed): "stole files from X and posted them online", "encrypted servers at X and later
// published residents' medication lists", whatever its kind.
func (x *Extractor) groupPublishes(c *sentCtx, i int) bool {
	toks := c.s.Toks
	j := i + 1
	after := x.afterDeed(c, i)
	if after && j < len(toks) && (toks[j].Lower == "them" || toks[j].Lower == "it") {
		return true // "stole the files and posted them"
	}
	if j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "PRP$") {
		j++
	}
	if after {
		return x.publishedGoods(c, j) || x.dataObjectHead(c, i+1) >= 0 // "defaced X and published what it said were records"
	}
	if h := x.dataObjectHead(c, i+1); h < 0 || c.at[h] >= 0 || h+1 < len(toks) && isNounTag(toks[h+1].Tag) {
		return false // "published the data breach report": the noun modifies another
	}
	e := x.subject(c, i)
	return e >= 0 && c.ents[e].Kind == schema.KindGroup
}

// dataObjectHead returns the head of the object phrase opening at j when it is a document or
// data noun (cue secretdoc), or -1. Before it may come a count ("about 1,400 diplomatic
// cables"), a hedge on what the things are ("what it said were the personal records of …"), a
// determiner and modifiers ("the exemption files"). An amount of data ("60 gigabytes of
// files") is left to amountOwner, which wants whose the data is. A lot of things (cue datalot:
// "a first batch of about 18,000 files", "a trove of emails") opens the phrase again after
// "of", the things being the object's head.
func (x *Extractor) dataObjectHead(c *sentCtx, j int) int {
	toks := c.s.Toks
	j = x.pastHedge(toks, j)
	head := -1
	for k := j; k < len(toks) && k-j < 6; k++ {
		t := toks[k]
		if c.at[k] >= 0 && isNounTag(t.Tag) {
			return -1 // a name in the phrase: whose the data is, read elsewhere (amountOwner)
		}
		if head >= 0 && t.Lower == "of" && x.cue.tokIs("datalot", &toks[head]) {
			head, j = -1, x.pastHedge(toks, k+1) // "a batch of …", "a sample of what it said were …": the things come after
			k = j - 1
			continue
		}
		if head >= 0 && t.Tag != "NN" && t.Tag != "NNS" {
			break // "published the data a month later": the phrase ended
		}
		if t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "HYPH" || k == j && (t.Tag == "RB" || t.Lower == "about") {
			continue
		}
		if t.Tag != "NN" && t.Tag != "NNS" {
			break
		}
		head = k
	}
	if head < 0 || !x.cue.tokIs("secretdoc", &toks[head]) {
		return -1
	}
	return head
}

// pastHedge returns the index after a hedge on what the things named next are that opens at j
// ("what it said were …", "what they claim is …"), else j.
func (x *Extractor) pastHedge(toks []token, j int) int {
	if j+3 < len(toks) && toks[j].Lower == "what" && toks[j+1].Tag == "PRP" && x.cue.tokIs("reporting", &toks[j+2]) && x.cue.tokIs("be", &toks[j+3]) {
		return j + 4
	}
	return j
}

// afterDeed reports whether the verb at i follows "and" (past "later", "then", "also" and a
// comma) closing a clause whose verb is a theft, an intrusion or an attack ("stole and
// published", "encrypted systems at X, a care operator, and later published"), within
// deedReach tokens and no other verb between; not a gerund's clause nor a negated deed.
func (x *Extractor) afterDeed(c *sentCtx, i int) bool {
	toks := c.s.Toks
	k := i - 1
	for n := 0; k >= 0 && n < 2 && toks[k].Tag == "RB"; n++ {
		k--
	}
	if k < 1 || toks[k].Lower != "and" {
		return false
	}
	k--
	if toks[k].Text == "," {
		k--
	}
	for j := k; j >= 0 && k-j <= deedReach; j-- {
		t := toks[j]
		if x.cue.tokTextIs("clausebreak", &t) || x.cue.tokIs("relpronoun", &t) || t.Tag == "MD" {
			return false
		}
		if j == k && c.at[j] < 0 && isNounTag(t.Tag) {
			// "stole/NN and published data": an inflected verb the tagger read as a noun
			tr, ok := x.tokTrigger(&t, true)
			if ok && tr.Lemma != t.Lower && tr.Type == schema.EventTheft {
				return true
			}
		}
		if c.at[j] >= 0 || !isVerbTag(t.Tag) {
			continue
		}
		if t.Tag == "VBG" || j > 0 && x.cue.tokIs("negation", &toks[j-1]) {
			return false // "taking the offer and posting reviews", "had not stolen … and posted": no deed's clause
		}
		tr, ok := x.tokTrigger(&t, true)
		return ok && familyOf(tr.Type) == 1 || ok && tr.Type == schema.EventTheft
	}
	return false
}

// deedReach bounds how many tokens back from "and" afterDeed looks for the deed's verb.
const deedReach = 16

// publishedGoods reports whether the noun phrase from j is goods that may be leaked: up to six
// words of adjectives, participles, numbers, possessives and common nouns, no name, headed by
// a data noun (cue secretdoc) or a plural noun that is no document, message or claim of the
// doer's own ("residents' medication lists", "counselling notes"; not "a statement", "its
// demands … reports").
func (x *Extractor) publishedGoods(c *sentCtx, j int) bool {
	toks := c.s.Toks
	head := -1
	for k := j; k < len(toks) && k-j < 6; k++ {
		t := toks[k]
		if c.at[k] >= 0 {
			return false
		}
		if t.Tag == "JJ" || t.Tag == "VBN" || t.Tag == "CD" || t.Tag == "POS" || t.Tag == "HYPH" {
			continue
		}
		if t.Tag != "NN" && t.Tag != "NNS" {
			break
		}
		head = k
	}
	if head < 0 {
		return false
	}
	w := toks[head].Lower
	if x.cue.is("secretdoc", w) {
		return true
	}
	return toks[head].Tag == "NNS" && !x.cue.is("docnoun", strings.TrimSuffix(w, "s")) && !x.cue.is("message", w) && !x.cue.is("claimnoun", w) && !x.cue.is("artifact", w)
}

// negatedPresent reports whether the verb at i is in the negated simple present: "does not
// prosecute", "do not pay", "never comments". It states a practice or policy, not a deed done.
// "never" before a past verb ("the government never charged her") says no such deed was done.
func negatedPresent(toks []token, i int) bool {
	if t := toks[i].Tag; (t == "VBZ" || t == "VBP" || t == "VBD") && i > 0 && toks[i-1].Lower == "never" {
		return true
	}
	if toks[i].Tag != "VB" {
		return false
	}
	j := i - 1
	for j >= 0 && toks[j].Tag == "RB" && toks[j].Lower != "not" && toks[j].Lower != "n't" {
		j--
	}
	if j < 1 || toks[j].Lower != "not" && toks[j].Lower != "n't" {
		return false
	}
	switch toks[j-1].Lower {
	case "does", "do":
		return true
	}
	return false
}

// negatedPractice reports whether the noun or gerund at i is the object of a verb in the negated
// simple present, or of a preposition after that verb's object ("Russia does not conduct
// cyberattacks", "does not engage in espionage", "does not prosecute journalists for publishing
// information"): a practice denied, no deed told. So too a deed noun that "no" opens after a
// verb or an existential "there" ("found no evidence of a breach"), or after "(not) aware of"
// ("unaware of any attack"): none is told.
func (x *Extractor) negatedPractice(toks []token, i int) bool {
	for j := i - 1; j >= 1 && i-j <= practiceReach; j-- {
		switch t := toks[j]; {
		case t.Tag == "VB":
			return negatedPresent(toks, j)
		case t.Lower == "no" && x.thereBe(toks, j):
			return true // "there was no breach of its systems": none took place
		case t.Lower == "no" && isVerbTag(toks[j-1].Tag):
			return true // "found no evidence of a breach", "had detected no further intrusions": none found
		case t.Lower == "unaware" || t.Lower == "aware" && x.notBefore(toks, j):
			return true // "was not aware of any attacks on its customers": none known
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "PRP$" || t.Tag == "CD" || t.Tag == "RP" || t.Lower == "for" || t.Lower == "in" || t.Lower == "of" || t.Lower == "out":
		default:
			return false
		}
	}
	return false
}

// notBefore reports whether "not", "n't" or "never" (cue notword) stands right before the word
// at j, or before the form of "be" (cue notbe) right before it ("is not aware", "was never aware").
func (x *Extractor) notBefore(toks []token, j int) bool {
	for k := j - 1; k >= 0 && j-k <= 2; k-- {
		switch w := toks[k].Lower; {
		case x.cue.is("notword", w):
			return true
		case x.cue.is("notbe", w):
		default:
			return false
		}
	}
	return false
}

// thereBe reports whether the word at j follows an existential "there" and a form of "be", at
// most two words between ("there was", "there has been", "there had not been"; cue therebe).
func (x *Extractor) thereBe(toks []token, j int) bool {
	for k := j - 1; k >= 0 && j-k <= 3; k-- {
		switch w := toks[k].Lower; {
		case w == "there":
			return k < j-1
		case x.cue.is("therebe", w):
		default:
			return false
		}
	}
	return false
}

// practiceReach bounds how far before a practice denied its verb may stand (negatedPractice).
const practiceReach = 6

// yearsLong reports whether the -ing form at i is a perfect progressive ("has been warning",
// "have been accusing") held over a long span named within four words after it, "for years",
// "for decades", "for months" (cue longspan): a telling repeated over that span, none of its
// occasions told ("the threat X has been warning about for years").
func (x *Extractor) yearsLong(toks []token, i int) bool {
	if toks[i].Tag != "VBG" || i < 2 || toks[i-1].Lower != "been" {
		return false
	}
	for j := i + 1; j+1 < len(toks) && j-i <= longSpanReach; j++ {
		if toks[j].Lower == "for" {
			return x.cue.tokIs("longspan", &toks[j+1]) || toks[j+1].Lower == "a" && j+2 < len(toks) && x.cue.tokIs("longspan", &toks[j+2])
		}
	}
	return false
}

// longSpanReach bounds how far after a perfect progressive its "for years" may stand (yearsLong).
const longSpanReach = 4

// repeatedly reports whether "repeatedly" (or "again and again", "time and again") stands right
// before the verb at i, or before it with only "have" or "has" between: "have repeatedly warned
// that …" sums up many warnings; it dates none of them and names no one of them.
func repeatedly(toks []token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 2; j-- {
		switch toks[j].Lower {
		case "repeatedly":
			return true
		case "has", "have", "had":
		default:
			return false
		}
	}
	return false
}

// bareGerundSubject reports whether the -ing word at i, with no determiner or owner before it,
// is the subject of a present-tense verb right after it (or after a particle): "hacking back
// changes little", "phishing remains the main way in". It names the practice, not a deed.
func bareGerundSubject(toks []token, i int) bool {
	if !strings.HasSuffix(toks[i].Lower, "ing") || i+1 >= len(toks) {
		return false
	}
	if i > 0 {
		switch p := toks[i-1].Tag; {
		case p == "DT" || p == "POS" || p == "PRP$" || p == "JJ" || p == "NNP" || p == "NN" || p == "NNS" || isVerbTag(p) || p == "IN" && toks[i-1].Lower != "that":
			return false
		}
	}
	j := i + 1
	if toks[j].Tag == "RP" || toks[j].Lower == "back" {
		j++
	}
	if j >= len(toks) {
		return false
	}
	// "changes/NNS the behaviour": a plural noun right before a determiner is the verb
	return toks[j].Tag == "VBZ" || toks[j].Tag == "NNS" && j+1 < len(toks) && (toks[j+1].Tag == "DT" || toks[j+1].Tag == "PRP$")
}

// feared reports whether the trigger at i stands in a that-clause after a word of fear or
// worry ("raised concerns that operations could hit servers", "fears that the group will
// strike"): what is feared has not happened.
func (x *Extractor) feared(c *sentCtx, i int) bool {
	toks := c.s.Toks
	j := i - 1
	for j >= 0 && c.clause[j] == c.clause[i] {
		j--
	}
	// toks[j+1] opens the trigger's clause: "that"
	if j+1 >= len(toks) || toks[j+1].Lower != "that" || j < 0 {
		return false
	}
	switch toks[j].Lower {
	case "concern", "concerns", "concerned", "fear", "fears", "feared", "fearing", "worry", "worries", "worried", "anxiety", "anxious", "afraid":
		return true
	}
	return false
}

// incidentObject reports whether the verb at i has an incident noun for its object ("is
// investigating the intrusion", "investigates the attack"), or, passive, for its subject ("the
// breach was investigated by X", "the case was investigated by X"): an investigation of a
// deed, which names its investigator even when no suspect is named.
func (x *Extractor) incidentObject(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if j := passiveNoun(toks, i); j >= 0 {
		if c.at[j] >= 0 {
			return false
		}
		if caseNoun(toks[j].Lower) {
			return true
		}
		tr, ok := x.tokTrigger(&toks[j], false)
		return ok && isDeed(tr.Type)
	}
	for j := i + 1; j < len(toks) && j-i <= 4; j++ {
		t := toks[j]
		if isNounTag(t.Tag) && c.at[j] < 0 {
			tr, ok := x.tokTrigger(&t, false)
			return ok && isDeed(tr.Type) && (j+1 >= len(toks) || !isNounTag(toks[j+1].Tag))
		}
		if !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "PRP$") {
			return false
		}
	}
	return false
}

// passiveNoun returns, for a passive participle at i after a form of "be" ("was investigated",
// "has been investigated"), the common noun that is its subject after a determiner or an
// adjective ("the case was investigated by X"), or -1.
func passiveNoun(toks []token, i int) int {
	if i < 2 || i >= len(toks) || toks[i].Tag != "VBN" {
		return -1
	}
	if !passiveBe(toks[i-1].Lower) {
		return -1
	}
	j := i - 2
	for j > 0 && (toks[j].Tag == "RB" || isBeHave(toks[j].Lower)) && i-j <= 4 {
		j--
	}
	if t := toks[j]; t.Tag == "NN" || t.Tag == "NNS" {
		if j == 0 || toks[j-1].Tag == "DT" || toks[j-1].Tag == "JJ" || toks[j-1].Tag == "PRP$" {
			return j
		}
	}
	return -1
}

// caseNoun reports whether w names a legal affair as a whole: "the case", "the matter".
func caseNoun(w string) bool {
	return w == "case" || w == "matter"
}

// chargeAccusing folds into a legal act the accusation a participle hangs on it ("prosecutors
// charged an engineer with espionage, accusing him of handing secrets to X", "unsealed an
// indictment accusing two men of …"): the charge is the accusation, told once (a sanction's
// grounds, "sanctioned the firm, accusing it of …", stay an accusation of their own). The act
// of the same agent earlier in the sentence takes the accusation's accused when it names no
// one. An accusation a court filing makes with no act of its own found ("filed a proposed class action
// in federal court, accusing the bank of …", "The indictment, unsealed on Monday, accuses …")
// is that filing: a legal act.
func (x *Extractor) chargeAccusing(c *sentCtx, evs []rawEvent) []rawEvent {
	toks := c.s.Toks
	drop := make([]bool, len(evs))
	for k := range evs {
		ev := &evs[k]
		if ev.Type != schema.EventAccusation || ev.Trigger <= 0 || ev.Trigger >= len(toks) || !isVerbTag(toks[ev.Trigger].Tag) {
			continue
		}
		if o := carryingAct(toks, evs, *ev); o >= 0 {
			if len(evs[o].Target) == 0 {
				evs[o].Target = ev.Target
			}
			drop[k] = true
			continue
		}
		if x.cue.is("accusingverb", ev.Lemma) && x.filingAccuses(toks, ev.Trigger) {
			ev.Type = schema.EventLegal
		}
	}
	out := evs[:0]
	for k, ev := range evs {
		if !drop[k] {
			out = append(out, ev)
		}
	}
	return out
}

// carryingAct returns the index in evs of the legal act that the accusing participle of ev
// hangs on, or -1: an act of the same agent before it in the sentence, the
// participle set off by a comma ("charged X with Y, accusing him of …") or hanging on the
// act's own phrase, no finite verb or relative word between ("unsealed an indictment accusing
// two men of …").
func carryingAct(toks []token, evs []rawEvent, ev rawEvent) int {
	t := ev.Trigger
	if toks[t].Tag != "VBG" {
		return -1
	}
	for k, o := range evs {
		if o.Type != schema.EventLegal || o.Trigger >= t || len(o.Agent) == 0 || !sameEnts(o.Agent, ev.Agent) {
			continue
		}
		if toks[t-1].Text == "," || phraseRunsOn(toks, o.Trigger, t) {
			return k
		}
	}
	return -1
}

// phraseRunsOn reports whether the words strictly between a and b go on with the phrase at a:
// no finite verb, relative or complement word, or clause-ending mark among them.
func phraseRunsOn(toks []token, a, b int) bool {
	for j := a + 1; j < b; j++ {
		switch w := toks[j]; {
		case isTensedTag(w.Tag), w.Tag == "WDT", w.Tag == "WP", w.Lower == "that", w.Text == ";", w.Text == ":":
			return false
		}
	}
	return true
}

// filingReach bounds how far before a verb of accusing filingAccuses looks for the filing.
const filingReach = 20

// filingAccuses reports whether the verb of accusing at i is a court filing's: the nearest
// noun before it that names a legal act, reached over prepositional phrases, participles and
// commas only, is a lawsuit, an indictment or charges ("filed a class-action lawsuit in
// federal court accusing …", "The indictment, unsealed on Monday, accuses …").
func (x *Extractor) filingAccuses(toks []token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= filingReach; j-- {
		w := toks[j]
		if isTensedTag(w.Tag) || w.Tag == "WDT" || w.Tag == "WP" || w.Lower == "that" || w.Text == ";" || w.Text == ":" {
			return false
		}
		if !isNounTag(w.Tag) {
			continue
		}
		if x.courtSuit(toks, j) || x.criminalCharges(toks, j) {
			return true
		}
		if tr, ok := x.tokTrigger(&toks[j], false); ok && tr.Type == schema.EventLegal && filingLemma[tr.Lemma] {
			return true
		}
	}
	return false
}

// filingLemma holds the legal nouns that name a filing which accuses: a suit or an indictment.
var filingLemma = map[string]bool{"lawsuit": true, "indictment": true}

// gainsAccess reports whether the verb at i is a verb of gaining whose object is "access"
// ("had obtained access through a compromised appliance", "got remote access"), or whose
// passive subject is (accessPassive: "access to X was obtained in July"): the intrusion
// accessGained reads on the noun, not a theft of anything.
func (x *Extractor) gainsAccess(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if !x.cue.tokIs("gainverb", &toks[i]) {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= accessPassiveReach; j-- {
		if toks[j].Lower == "access" && isNounTag(toks[j].Tag) && x.accessPassive(c, j) == i {
			return true // "access to X was obtained in July": the passive
		}
	}
	for j := i + 1; j < len(toks) && j-i <= 3; j++ {
		if toks[j].Lower == "access" {
			return true
		}
		if t := toks[j].Tag; t != "JJ" && t != "DT" && t != "RB" && t != "PRP$" {
			return false
		}
	}
	return false
}

// openQuestion reports whether the trigger at i stands in a clause "whether" opens, a few words
// before it with no comma between ("declined to say whether X had obtained the document",
// "it is unclear whether the group stole anything"): the deed is asked about, not told.
func openQuestion(toks []token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 8; j-- {
		switch toks[j].Lower {
		case "whether":
			return true
		case ",", ";", ":", "that", "but":
			return false
		}
	}
	return false
}

// deniedDoing reports whether the trigger at i is, or is the object of, the -ing form right
// after a verb of denial ("denied spying on journalists", "denies ever carrying out
// cyberattacks", "denied having hacked X") or of a negated admission (cue admitverb: "has never
// acknowledged carrying out cyberattacks"), the trigger alone or a noun coordinated after
// another ("denied carrying out cyberattacks or theft"): what is denied is not told as done.
// An -ing word the tagger reads as a noun right after the verb of denial is its gerund all the
// same ("has long denied conducting cyberattacks").
func (x *Extractor) deniedDoing(toks []token, i int) bool {
	for j := i; j >= 1 && i-j <= 5; j-- {
		t := toks[j]
		ing := t.Tag == "VBG" || deniedNounGerund(toks, j)
		if !ing && j < i && !(t.Tag == "RP" || t.Tag == "RB" || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "VBN" || nounConjunct(toks, j, i)) {
			return false
		}
		if !ing {
			continue
		}
		k := adverbsBefore(toks, j-1) // "denies ever carrying out"
		if denyForm(toks[k].Lower) {
			return true
		}
		if x.cue.tokIs("admitverb", &toks[k]) && x.negatedVerb(toks, k) {
			return true
		}
	}
	return false
}

// deniedNounGerund reports whether the word at j is an -ing word the tagger read as a singular
// noun, right after a verb of denying ("denied conducting", "has long denied conducting"), an
// adverb allowed between: a gerund, the thing denied doing. A noun after an article or a
// possessive ("denied the meeting") is not next to the verb and stays a noun.
func deniedNounGerund(toks []token, j int) bool {
	t := toks[j]
	if t.Tag != "NN" || len(t.Lower) < 6 || !strings.HasSuffix(t.Lower, "ing") {
		return false
	}
	return denyForm(toks[adverbsBefore(toks, j-1)].Lower)
}

// adverbsBefore returns the index of the word before the adverbs that end at k, stepping back
// over them no further than the sentence's first word ("denies ever", "has long denied").
func adverbsBefore(toks []token, k int) int {
	for k > 0 && toks[k].Tag == "RB" {
		k--
	}
	return k
}

// denyForm reports whether w is a form of "deny" (deniedDoing, deniedNounGerund).
func denyForm(w string) bool {
	return w == "deny" || w == "denies" || w == "denied" || w == "denying"
}

// nounConjunct reports whether token j, before the deed noun at i, is a plural or mass noun
// or the "or"/"and" after it that coordinates the deed noun with it ("cyberattacks or theft").
func nounConjunct(toks []token, j, i int) bool {
	if !isNounTag(toks[i].Tag) || toks[i].Tag == "NNP" || toks[i].Tag == "NNPS" {
		return false
	}
	switch w := toks[j]; {
	case w.Lower == "or" || w.Lower == "and":
		return j+1 < len(toks) && (j+1 == i || toks[j+1].Tag == "JJ") && j > 0 && (toks[j-1].Tag == "NN" || toks[j-1].Tag == "NNS")
	case w.Tag == "NN" || w.Tag == "NNS":
		return j+1 < i && (toks[j+1].Lower == "or" || toks[j+1].Lower == "and")
	}
	return false
}

// negatedVerb reports whether a negation (cue negation, but not "without" or "no") stands
// within two words before the verb at k ("has never acknowledged", "did not admit").
func (x *Extractor) negatedVerb(toks []token, k int) bool {
	for j := k - 1; j >= 0 && k-j <= 2; j-- {
		if x.cue.tokIs("negation", &toks[j]) && toks[j].Lower != "without" && toks[j].Lower != "no" {
			return true
		}
	}
	return false
}

// deniedCharge reports whether the deed noun at i is what a charge denied accuses someone of:
// "of" and a claim (cues claimnoun, deniednoun) before it, and a verb of denying (cue denyverb)
// before that ("rejected Western accusations of state-backed hacking", "denied the allegations
// of espionage"): what is denied is not told as done.
func (x *Extractor) deniedCharge(toks []token, i int) bool {
	if isVerbTag(toks[i].Tag) {
		return false
	}
	j := i - 1
	for j >= 0 && i-j <= 3 && (toks[j].Tag == "JJ" || toks[j].Tag == "NN" || toks[j].Tag == "HYPH" || toks[j].Tag == "DT") {
		j--
	}
	if j < 2 || toks[j].Lower != "of" || !x.cue.tokIs("claimnoun", &toks[j-1]) && !x.cue.tokIs("deniednoun", &toks[j-1]) {
		return false
	}
	k := j - 2
	for k >= 0 && j-k <= 4 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "NNP" || toks[k].Tag == "RB") {
		k--
	}
	return k >= 0 && x.cue.tokIs("denyverb", &toks[k])
}

// deniedThat reports whether the deed at i is told in a "that" clause of a verb of denying,
// right after the verb or after a suggestion, a claim or a report it denies ("denied that its
// network was breached", "has rejected any suggestion that its own network was breached",
// "dismissed reports that hackers had stolen …"; cues denyverb, deniednoun, claimnoun): what
// is denied is not told as done. "Deny" takes its clause without "that" too ("denied it was
// behind the attack", "denies its agents stole the files"; bareClause). Someone's own claim
// ("disputed the group's claim that it had stolen …") tells what that party claims, and another
// verb between the "that" and the deed ("denied that it had ignored the alert and said hackers
// stole …") ends the clause denied, but for a verb by which a doer has a part in the deed (cue
// support: "denied that it had carried out the attack").
func (x *Extractor) deniedThat(toks []token, i int) bool {
	start := i - 1
	if v := x.governingVerb(toks, i); v > 0 {
		start = v - 1 // "denied a claim that it had paid the ransom": the noun's own verb is in the clause
	}
	for j := start; j >= 1 && i-j <= deniedThatReach; j-- {
		t := toks[j]
		if isQuote(t.Text) {
			if o := scareQuoteOpen(toks, j); o > 0 {
				j = o // "denied that any of its \"team\" had been detained": a word set off, the clause goes on
				continue
			}
		}
		if denyForm(t.Lower) && isVerbTag(t.Tag) && bareClause(toks, j+1, i) {
			return true
		}
		if t.Text == ";" || t.Text == ":" || isQuote(t.Text) || x.lexicalVerb(t) && !(j < i && x.cue.tokIs("support", &t)) {
			return false
		}
		if t.Lower != "that" {
			continue
		}
		k := j - 1
		if m := x.claimBeforeModifier(toks, k); m >= 0 {
			k = m // "denied a claim circulating on a forum that …": the claim, described, is what the "that" clause states
		}
		if x.cue.tokIs("claimnoun", &toks[k]) || x.cue.tokIs("deniednoun", &toks[k]) {
			if k >= 1 && (toks[k-1].Tag == "POS" || toks[k-1].Tag == "PRP$" || toks[k-1].Tag == "NNP") {
				return false // "the group's claim that", "its claim that": a party's own claim
			}
			k--
			if k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ") {
				k-- // "any suggestion", "the reports", "unfounded claims"
			}
		}
		for k >= 0 && toks[k].Tag == "RB" {
			k-- // "denied outright that"
		}
		return k >= 0 && x.cue.tokIs("denyverb", &toks[k])
	}
	return false
}

// governingVerb returns the lexical verb whose object the noun at i is, a determiner, a
// possessive, a number or modifiers allowed between ("paid the ransom", "stole its customer
// files"), or -1 when i is no noun or no such verb stands before it.
func (x *Extractor) governingVerb(toks []token, i int) int {
	return verbTaking(toks, i, x.lexicalVerb)
}

// verbTaking returns the verb that takes the noun at i as its object: the nearest token before
// it within governingReach for which verb holds, with only a determiner, a possessive, a number
// or modifiers between ("published a report", "stole its customer files"); or -1 when i is no
// noun or any other word (an auxiliary, say) comes first. Callers differ only in the verb they
// accept: governingVerb any lexical verb, frontedResumed a simple past.
func verbTaking(toks []token, i int, verb func(token) bool) int {
	if !isNounTag(toks[i].Tag) {
		return -1
	}
	for v := i - 1; v >= 0 && i-v <= governingReach; v-- {
		switch t := toks[v]; {
		case verb(t):
			return v
		case t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "CD" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "HYPH":
		default:
			return -1
		}
	}
	return -1
}

// governingReach bounds, in tokens back from the noun, the verb verbTaking looks for: a
// determiner and modifiers between ("stole its customer files").
const governingReach = 4

// scareQuoteOpen returns the opening quote of a short quotation (one to scareQuoteWords words,
// no punctuation) whose closing quote is at j ("its \"team\"", "a \"routine audit\""), or -1:
// a word set off in quotes inside a clause, not a quotation that ends it.
func scareQuoteOpen(toks []token, j int) int {
	for o := j - 1; o >= 0 && j-o <= scareQuoteWords+1; o-- {
		if isQuote(toks[o].Text) {
			if o == j-1 {
				return -1
			}
			return o
		}
		switch toks[o].Tag {
		case ",", ".", ":", "-LRB-", "-RRB-":
			return -1
		}
	}
	return -1
}

// scareQuoteWords bounds the words of a quotation scareQuoteOpen reads as a word set off.
const scareQuoteWords = 3

// bareClause reports whether the words from a open a clause with no "that" whose finite verb
// stands no later than the deed at i: a subject (a personal pronoun, or a noun phrase of at most
// bareSubjectWords words ending in a noun) right before a past or present tense or a modal ("it
// was behind …", "its hackers had stolen …", "the country was behind …"). An object of the verb
// before a ("denied the claim", "denied it, saying …") is followed by no finite verb.
func bareClause(toks []token, a, i int) bool {
	if a >= len(toks) {
		return false
	}
	f := a + 1 // the finite verb, after a pronoun
	if toks[a].Tag != "PRP" {
		f = a
		for f < len(toks) && f-a < bareSubjectWords && subjectWordTag(toks[f].Tag) {
			f++
		}
		if f == a || !isNounTag(toks[f-1].Tag) {
			return false
		}
	}
	return f <= i && finiteAt(toks, f)
}

// subjectWordTag reports whether a word tagged tag may stand in a short subject noun phrase
// (bareClause): a determiner, possessive, adjective, number or noun.
func subjectWordTag(tag string) bool {
	switch tag {
	case "DT", "PRP$", "POS", "JJ", "CD", "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}

// bareSubjectWords bounds the words of the subject of a clause with no "that" (bareClause).
const bareSubjectWords = 5

// claimBeforeModifier returns the claim noun (cues claimnoun, deniednoun) that a participle
// phrase naming no maker follows, the phrase ending at k ("a claim circulating on a hacking
// forum", "reports published online"), or -1. A claim "made by X" is X's own (deniedThat).
func (x *Extractor) claimBeforeModifier(toks []token, k int) int {
	for m := k; m >= 1 && k-m <= claimModifierReach; m-- {
		t := toks[m]
		if t.Lower == "by" || t.Text == "," || t.Lower == "that" || x.lexicalVerb(t) && t.Tag != "VBG" && t.Tag != "VBN" {
			return -1
		}
		if (t.Tag == "VBG" || t.Tag == "VBN") && m < k {
			n := toks[m-1]
			if x.cue.tokIs("claimnoun", &n) || x.cue.tokIs("deniednoun", &n) {
				return m - 1
			}
		}
	}
	return -1
}

// claimModifierReach bounds how many words a participle phrase after a claim noun may span
// (claimBeforeModifier).
const claimModifierReach = 8

// deniedThatReach bounds how far before a deed the "that" of a clause denied may stand
// (deniedThat).
const deniedThatReach = 14

// suchKind reports whether "such" or "similar" comes right before the noun at i, or before one
// modifier of it ("dismissing such accusations as a smear", "any such warning", "similar
// indictments have mostly served to …"): the noun names a kind
// of act, not one act. The caller asks it for words of telling only: "hackers who launch such
// attacks" is kept (CASIE's gold counts such deeds). "a similar" before it is one act like
// another told ("issued a similar alert to universities in September").
func suchKind(toks []token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 2; j-- {
		if toks[j].Lower == "similar" && j > 0 && (toks[j-1].Lower == "a" || toks[j-1].Lower == "an") {
			return false // "made a similar warning in February": one act, like the one before
		}
		if toks[j].Lower == "such" || toks[j].Lower == "similar" {
			return true // "similar indictments of its officers have …": others of the kind
		}
		if t := toks[j].Tag; t != "JJ" && t != "NN" && t != "VBN" {
			return false
		}
	}
	return false
}

// kindOf reports whether the noun or gerund at i heads the complement of a noun of kind ("all
// forms of cyberattacks", "any form of state hacking", "the common types of attacks": cue
// kindnoun, at most two modifiers between "of" and i): a kind of deed named, no deed told. So
// is the complement of a noun of trend after "in" ("warned of a rise in attacks on utilities",
// "reported a surge in phishing": cue trendnoun): deeds counted in sum, none told.
func (x *Extractor) kindOf(toks []token, i int) bool {
	for j := i - 1; j >= 1 && i-j <= 3; j-- {
		if toks[j].Lower == "of" {
			return x.cue.tokIs("kindnoun", &toks[j-1]) && isNounTag(toks[j-1].Tag)
		}
		if toks[j].Lower == "in" {
			return x.cue.tokIs("trendnoun", &toks[j-1]) && isNounTag(toks[j-1].Tag)
		}
		if t := toks[j].Tag; t != "JJ" && t != "NN" && t != "VBN" && t != "HYPH" {
			return false
		}
	}
	return false
}

// tracesOf reports whether the deed noun at i heads the "of" complement of a noun of traces
// (cue tracenoun) that says no such deed is told: the traces are denied ("found no evidence of
// compromise", "no sign of a breach": "no" right before the trace noun), or they are
// indicators (cue indicatornoun) of a bare deed noun, the data shared or published that would
// reveal such a deed ("shared indicators of compromise with X"). At most three modifiers, and a
// determiner only after denied traces, stand between "of" and i; "found evidence of an
// intrusion at X" tells the intrusion and is kept.
func (x *Extractor) tracesOf(toks []token, i int) bool {
	det := false
	for j := i - 1; j >= 1 && i-j <= 4; j-- {
		if toks[j].Lower == "of" {
			n := &toks[j-1]
			if !x.cue.tokIs("tracenoun", n) || !isNounTag(n.Tag) {
				return false
			}
			if j >= 2 && toks[j-2].Lower == "no" {
				return true
			}
			return !det && x.cue.tokIs("indicatornoun", n)
		}
		switch t := toks[j].Tag; {
		case t == "DT":
			det = true
		case t != "JJ" && t != "NN" && t != "VBN" && t != "HYPH":
			return false
		}
	}
	return false
}

// modalGoverned reports whether a modal (can, could, may, might, should, must) comes at most
// four words before the noun at i, with no punctuation between ("exchanges can blunt such
// attacks", "companies should guard against similar intrusions"): what may be done about a
// kind of deed, no deed told.
func modalGoverned(toks []token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 5; j-- {
		switch toks[j].Lower {
		case "can", "could", "may", "might", "should", "must":
			return toks[j].Tag == "MD"
		case ",", ";", ":", ".", "\"":
			return false
		}
	}
	return false
}

// possibleUse reports whether the deed at i is what something may be, might have been or was
// not used for: "used" followed by "to" or "for", at most six words before i with no
// punctuation between, after a modal or a negation with only be, have and adverbs between
// ("the stolen emails could have been used for blackmail", "the persona may be used to launder
// material stolen by X", "the proxies were not used to attack"): no deed told.
func possibleUse(toks []token, i int) bool {
	for j := i - 1; j >= 1 && i-j <= 7; j-- {
		w := toks[j].Lower
		if w == "," || w == ";" || w == ":" || w == "." {
			return false
		}
		if w != "used" || j+1 >= len(toks) || toks[j+1].Lower != "to" && toks[j+1].Lower != "for" {
			continue
		}
		for k := j - 1; k >= 0 && j-k <= 4; k-- {
			switch v := toks[k].Lower; {
			case toks[k].Tag == "MD" || v == "not" || v == "n't" || v == "never" || v == "cannot":
				return true
			case v == "be" || v == "been" || v == "being" || v == "have" || v == "was" || v == "were" || v == "is" || v == "are" || toks[k].Tag == "RB":
			default:
				return false
			}
		}
		return false
	}
	return false
}

// investigatedIncident reports whether the deed noun at i, after "the", "this" or "that" and
// at most one modifier, is what someone investigates, probes or examines ("is investigating the
// intrusion", "an inquiry into the theft", "the breach was examined by") or is notified of
// or learned of ("notified the regulator of the breach", "learned of the intrusion"), or what a
// tool was used in ("the servers used in the theft"): the deed
// the article told before, not another one.
func investigatedIncident(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].Tag == "JJ" {
		j--
	}
	if j < 0 || toks[j].Lower != "the" && toks[j].Lower != "this" && toks[j].Lower != "that" {
		return false
	}
	if k := i + 1; k+1 < len(toks) && (toks[k].Lower == "was" || toks[k].Lower == "were") && inquiryWord(toks[k+1].Lower) {
		return true // "The breach was examined by the review board"
	}
	if j--; j < 0 {
		return false
	}
	if toks[j].Lower == "into" && j > 0 {
		j-- // "an investigation into the breach"
	}
	if (toks[j].Lower == "in" || toks[j].Lower == "during") && j > 0 {
		switch toks[j-1].Lower {
		case "used", "involved", "employed", "deployed":
			return true // "the servers used in the theft", "the malware deployed during the attack": a tool of the deed told before
		}
	}
	if toks[j].Lower == "of" {
		// "notified the regulator of the breach", "when the department learned of the
		// intrusion": told of the deed or knowing of it, not another one
		for k := j - 1; k >= 0 && j-k <= 4; k-- {
			switch w := toks[k].Lower; {
			case strings.HasPrefix(w, "notif"), strings.HasPrefix(w, "inform"), strings.HasPrefix(w, "alert"), strings.HasPrefix(w, "brief"),
				strings.HasPrefix(w, "learn"), w == "knew", w == "know", w == "knows", w == "aware", strings.HasPrefix(w, "hear"), w == "heard":
				return true
			}
		}
		return false
	}
	return inquiryWord(toks[j].Lower)
}

// ownedAnchor reports whether the noun at i, owned ("his arrest", "Ashworth's arrest"), follows
// "after" or "following" and has no date of its own after it: a step the article told, set as
// a point in time for another ("unsealed after his arrest", "seven weeks after Ashworth's
// arrest").
// The caller asks it for legal nouns only.
func ownedAnchor(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && toks[j].Tag == "JJ" {
		j--
	}
	if j < 1 {
		return false
	}
	switch {
	case toks[j].Tag == "PRP$":
		j--
	case toks[j].Tag == "POS":
		j--
		for j >= 0 && toks[j].Tag == "NNP" {
			j--
		}
	default:
		return false
	}
	if j < 0 {
		return false
	}
	switch toks[j].Lower {
	case "after", "following":
		// "until his arrest in March 2023" often is the only telling of the arrest: left alone
		return !(i+1 < len(toks) && (toks[i+1].Lower == "in" || toks[i+1].Lower == "on"))
	}
	return false
}

// inquiryWord reports whether w is a form of investigating, probing, examining or inquiring.
func inquiryWord(w string) bool {
	for _, p := range []string{"investigat", "probe", "probing", "examin", "inquir", "enquir"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// articleBefore reports whether an article or an owner comes right before the word at i ("the
// stolen ether", "its leaked files"): a participle there modifies a noun, it is no verb. The
// caller asks it for theft and leak participles only: CASIE's gold counts "the spoofed/NN
// domain names" as a deed.
func articleBefore(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	return p.Lower == "the" || p.Lower == "a" || p.Lower == "an" || p.Tag == "PRP$" || p.Tag == "POS"
}

// earlierKind reports whether the deed noun at i is an indefinite one that "earlier",
// "previous", "prior" or "past" sets before the story's own ("recalls an earlier breach",
// "matched the malware to tools used in earlier attacks"): other deeds, none of them told.
// "The earlier attack" refers to a deed the article tells.
func earlierKind(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && (toks[j].Tag == "JJ" || toks[j].Tag == "NN") && j > 0 && toks[j-1].Tag == "JJ" {
		j-- // "an earlier wiper attack"
	}
	if j < 0 {
		return false
	}
	switch toks[j].Lower {
	case "earlier", "previous", "prior", "past":
	default:
		return false
	}
	if j == 0 {
		return true
	}
	d := toks[j-1].Lower
	return d == "a" || d == "an" || d != "the" && d != "this" && d != "that" && d != "its" && d != "their" && toks[j-1].Tag != "POS" && strings.HasSuffix(toks[i].Lower, "s")
}

// openedInquiry reports whether the noun at i is an investigation, an inquiry or a case that
// someone opens or launches, after at most four determiners and modifiers ("opened a criminal
// investigation in May", "has opened a pre-trial investigation", "opened a criminal case", "opened
// an inquiry into the breach"): a legal step told by the one who opens it, when it names no one it
// is into: it may be into a deed ("a pre-trial investigation into unauthorised access"), but
// "opened a criminal case into two residents" needs them found, as any investigation does.
func (x *Extractor) openedInquiry(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if i < 0 || i >= len(toks) {
		return false
	}
	switch toks[i].Lower {
	case "investigation", "case":
	case "inquiry", "enquiry":
		if (i+1 >= len(toks) || toks[i+1].Lower != "into") && !x.openedBare(toks, i) {
			return false // "a public inquiry", "an inquiry into the government's handling": only one into a deed is a legal step
		}
	default:
		return false
	}
	next := x.datedInquiryEnd(toks, i)
	if next < len(toks) {
		switch toks[next].Lower {
		case "against":
			// "opened an investigation against persons unknown", "against the two
			// men": an inquiry against someone is one into suspects, named or not
		case "into", "of", "on":
			if !x.intoDeed(c, next) {
				return false
			}
		}
	}
	return x.openedBefore(toks, i)
}

// datedInquiryEnd returns where what the inquiry at i is into or against begins: right after
// it, or past a day, a month or "last week" that follows it when the clause ends there, goes on
// with "into" or "against", or with "after" or "following" and what led to it ("opened an
// investigation on Friday.", "opened a preliminary investigation on Monday into computer
// fraud", "opened an investigation on Thursday after the bank filed a complaint"). A time
// followed by anything else ("in March on suspicion of …", "on Tuesday and written to …") is
// left where it stands.
func (x *Extractor) datedInquiryEnd(toks []token, i int) int {
	j := x.timePhraseEnd(toks, i+1, 2, true)
	if j == i+1 {
		return i + 1
	}
	if j >= len(toks) {
		return j
	}
	switch t := toks[j]; {
	case t.Tag == "," || t.Tag == "." || t.Tag == ":":
		return j
	case t.Lower == "into" || t.Lower == "against" || t.Lower == "after" || t.Lower == "following":
		return j
	}
	return i + 1
}

// openedBare reports whether the inquiry at i was opened (a past "opened" or "launched" before
// it, after at most four determiners and modifiers) and its clause ends with it ("said it had
// opened an inquiry, but …", "opened an inquiry."): one opened, into the matter the story is about.
func (x *Extractor) openedBare(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].Tag != "," && toks[i+1].Tag != "." && toks[i+1].Tag != ":" {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 5; j-- {
		if x.cue.tokIs("openverb", &toks[j]) {
			return j < i-1 && (toks[j].Tag == "VBD" || toks[j].Tag == "VBN")
		}
	}
	return false
}

// openedBefore reports whether the noun at i is the object of "open" or "launch" (cue
// openverb), after at most four determiners and modifiers ("opened a criminal investigation",
// "launched an inquiry").
func (x *Extractor) openedBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 5; j-- {
		if x.cue.tokIs("openverb", &toks[j]) {
			return j < i-1 // a determiner or modifier between: "opened a case", not "open case"
		}
		if t := toks[j].Tag; !(t == "DT" || t == "PRP$" || t == "JJ" || t == "NN" || t == "HYPH" || toks[j].Text == "-") {
			return false
		}
	}
	return false
}

// intoDeed reports whether the preposition at p is followed, after determiners and modifiers
// (modifying common nouns too), by a deed noun or by "access" ("into unauthorised access",
// "into the breach", "into computer fraud"), or by any common noun that a modifier of cue
// wrongfulmod marks as a wrong done ("into the unauthorized disclosure of classified
// information", "into the illegal sale of the records").
func (x *Extractor) intoDeed(c *sentCtx, p int) bool {
	toks := c.s.Toks
	wrongful := false
	for j := p + 1; j < len(toks) && j-p <= 4; j++ {
		t := toks[j]
		if t.Lower == "access" {
			return true
		}
		if isNounTag(t.Tag) {
			tr, ok := x.tokTrigger(&t, false)
			if !ok && c.at[j] < 0 && j+1 < len(toks) && (toks[j+1].Tag == "NN" || toks[j+1].Tag == "NNS") {
				continue // a modifying noun: "into computer fraud", the compound's head is the deed
			}
			return c.at[j] < 0 && (wrongful && (t.Tag == "NN" || t.Tag == "NNS") || ok && isDeed(tr.Type))
		}
		if !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "VBN" || t.Tag == "PRP$") {
			return false
		}
		wrongful = wrongful || x.cue.tokIs("wrongfulmod", &t)
	}
	return false
}

// watchedMatter reports whether the verb of monitoring at i watches a matter rather than
// someone: its object, past adverbs, quotation marks and a determiner, has for its head noun a
// word of a matter or a measure (cue matternoun: "was \"closely monitoring\" the case",
// "continues to monitor developments", "monitoring the company's capital position", "a
// server that monitors pressure"), or of what a defender keeps watch over (cue guardednoun:
// "the firm that monitored the hospital's network", "monitor your bank accounts"), or
// the verb is followed by "for" ("monitor for unusual DNS traffic": watching out), or the
// active verb has no object of its own (gappedObject: "a server the bureau was monitoring").
// "monitored the emails of X", "monitored X", "whose phones were being monitored" stay spying.
func (x *Extractor) watchedMatter(toks []token, i int) bool {
	if toks[i].Tag != "VBN" && gappedObject(toks, i+1) {
		return true // "a server the bureau was monitoring.", "the attacks it had been monitoring originated …"
	}
	for j := i + 1; j < len(toks) && j-i <= watchedReach; j++ {
		t := toks[j]
		switch {
		case t.Tag == "RB" || isQuote(t.Text) || t.Lower == "the" || t.Lower == "this" || t.Lower == "these" || t.Tag == "PRP$":
			continue
		case t.Lower == "for" && j == i+1:
			return true
		default:
			head := &toks[objectHead(toks, j)]
			return x.cue.tokIs("matternoun", head) || x.cue.tokIs("guardednoun", head)
		}
	}
	return false
}

// objectHead returns the head noun of the noun phrase opening at j: the last common noun in
// a run of nouns, adjectives, numbers and possessive markers ("the company's capital
// position" -> position); j itself when no such run follows.
func objectHead(toks []token, j int) int {
	head := j
	for k := j; k < len(toks) && k-j <= watchedReach; k++ {
		t := toks[k]
		switch {
		case t.Tag == "NN" || t.Tag == "NNS":
			head = k
		case t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "POS" || t.Tag == "VBN" || t.Tag == "HYPH":
		default:
			return head
		}
	}
	return head
}

// gappedObject reports whether an active verb whose next token is at j has no object of its
// own: the sentence ends, a comma, semicolon or colon follows, a preposition (not "of"), or
// the next verb of the clause its noun belongs to ("which suspected agents the F.B.I. was monitoring, an official said",
// "the attacks it had been monitoring originated in March"). What such a verb watches is the
// noun a relative clause describes: someone watched by the one who keeps watch, not spied on
// by an intruder, whose spying names its victim (watchedMatter).
func gappedObject(toks []token, j int) bool {
	if j >= len(toks) {
		return true
	}
	switch t := toks[j]; {
	case t.Text == "." || t.Text == "," || t.Text == ";" || t.Text == ":":
		return true
	case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP":
		return true
	case t.Tag == "IN" && t.Lower != "of" && t.Lower != "that":
		return true // "a server the bureau was monitoring as part of an inquiry": a preposition where the object would stand
	}
	return false
}

// watchedReach bounds how far after a verb of monitoring watchedMatter looks for its object.
const watchedReach = 4

// followedWith reports whether the verb at i is "follow" with "with" or "up with" right after
// it ("Harlan followed with fixes on Jan. 9"): a step that comes after another one, the fix of
// a second vendor.
func followedWith(toks []token, i int) bool {
	j := i + 1
	if j < len(toks) && toks[j].Lower == "up" {
		j++
	}
	return j < len(toks) && toks[j].Lower == "with"
}

// namedList tells whether the "list" at j is an official register named in title case, "its
// Entity List", "the Consolidated List": the word itself and the one before it capitalised
// (a "guest list" or a "List" opening a sentence is none).
func namedList(toks []token, j int) bool {
	if j < 2 || toks[j].Text != "List" {
		return false
	}
	p := toks[j-1].Text
	return p != "" && p[0] >= 'A' && p[0] <= 'Z' && toks[j-1].Tag != "DT"
}

// addedToList reads "X added Y and Z to its sanctions list", "was added to the blacklist", "X
// placed Y on its Entity List", "Y was put on a trade blacklist": a sanction by the subject of
// "add" ("place", "put") on the names between the verb and "to" ("on") (for a passive, the
// subject of the clause is the one listed). A list that is no list of sanctions ("added two
// names to the guest list", "placed the item on the agenda") makes none.
func (x *Extractor) addedToList(c *sentCtx, i int) (rawEvent, bool) {
	toks := c.s.Toks
	prep := ""
	switch toks[i].Lower {
	case "add", "adds", "added", "adding":
		prep = "to"
	case "place", "places", "placed", "placing", "put", "puts", "putting":
		prep = "on"
	default:
		return rawEvent{}, false
	}
	to := c.wordAhead(i, prep, 14)
	if to < 0 {
		return rawEvent{}, false
	}
	listed := false
	for j := to + 1; j < len(toks) && j-to <= 6; j++ {
		w := toks[j].Lower
		if w == "blacklist" || w == "list" && (toks[j-1].Lower == "sanctions" || toks[j-1].Lower == "sanction" || namedList(toks, j)) {
			listed = true
			break
		}
		if t := toks[j].Tag; !(t == "DT" || t == "PRP$" || t == "JJ" || t == "POS" || isNounTag(t)) { // "the Commerce Department's Entity List"
			break
		}
	}
	if !listed {
		return rawEvent{}, false
	}
	ev := rawEvent{Type: schema.EventSanction, Lemma: "sanction", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.7}
	passive := i > 0 && toks[i].Tag == "VBN" && x.passiveAux(c, i)
	if passive {
		if s := x.subject(c, i); s >= 0 {
			ev.Target = []int{s} // "Kestrel Systems was added to the sanctions list"
		}
		if ev.Target == nil {
			return rawEvent{}, false
		}
		return ev, true
	}
	if x.chargedObject(toks, i) {
		// "placed both men on its sanctions list": those a legal step or sanction just
		// before named, whom a later pass gives it (stepPatients)
		if s := x.subject(c, i); s >= 0 {
			ev.Agent = []int{s}
			return ev, true
		}
	}
	return x.listedBetween(c, ev, to)
}

// declaredUnwelcome reads "X declared Y and Z persona non grata", "Y was declared persona non
// grata" (cue declareverb): the expulsion of a diplomat, a sanction by the subject on the names
// between the verb and "persona" (for a passive, on the subject of the clause, by the state
// body the sentence has announce it: stateSayer).
func (x *Extractor) declaredUnwelcome(c *sentCtx, i int) (rawEvent, bool) {
	toks := c.s.Toks
	if !x.cue.tokIs("declareverb", &toks[i]) {
		return rawEvent{}, false
	}
	p := c.wordAhead(i, "persona", 12)
	if p < 0 || p+2 >= len(toks) || toks[p+1].Lower != "non" || toks[p+2].Lower != "grata" {
		return rawEvent{}, false
	}
	ev := rawEvent{Type: schema.EventSanction, Lemma: "expel", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.7}
	if toks[i].Tag == "VBN" && x.passiveAux(c, i) {
		s, by := x.subject(c, i), x.stateSayer(c, i)
		if s < 0 || by < 0 || s == by {
			return rawEvent{}, false
		}
		ev.Target, ev.Agent = []int{s}, []int{by}
		return ev, true
	}
	return x.listedBetween(c, ev, p)
}

// refusedEntry reads "X refused visas to Y", "X denied Y entry", "X revoked the accreditation
// of Y": a state keeping someone out, a sanction by the subject on the one named after "to" or
// "of", or between the verb and the word for what is withheld (cue entrygrant). Both must be
// named; "was refused entry" names no one who refused.
func (x *Extractor) refusedEntry(c *sentCtx, i int) (rawEvent, bool) {
	toks := c.s.Toks
	if !x.cue.tokIs("withholdverb", &toks[i]) {
		return rawEvent{}, false
	}
	g := -1
	for j := i + 1; j < len(toks) && j-i <= 6 && c.clause[j] == c.clause[i]; j++ {
		if x.cue.tokIs("entrygrant", &toks[j]) { // any tag: the tagger reads "visas" as a verb
			g = j
			break
		}
		if t := toks[j].Tag; c.at[j] < 0 && t != "DT" && t != "JJ" && t != "CD" && t != "PRP$" && t != "PRP" {
			return rawEvent{}, false // "refused to comment on the entry of X": not what is withheld
		}
	}
	if g < 0 {
		return rawEvent{}, false
	}
	ev := rawEvent{Type: schema.EventSanction, Lemma: "sanction", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.65}
	if g+1 < len(toks) && (toks[g+1].Lower == "to" || toks[g+1].Lower == "of") {
		if o := x.nextMention(c, g+2, 4); o >= 0 {
			ev.Target = []int{o} // "refused visas to Ivo Marsh"
		} else {
			ev.Target = ents(x.demonymAfter(c, g+2)) // "refused visas to two Russian nationals"
		}
	}
	return x.listedBetween(c, ev, g) // "denied Y entry"
}

// stateSayer returns the country or agency that, by a verb of saying elsewhere in the sentence
// than at i, announces what the passive at i tells ("the ministry announced that three
// diplomats had been declared persona non grata", "two attachés were declared persona non
// grata, the ministry said"): a state's measure told by the state itself. It returns -1 when
// no such body speaks.
func (x *Extractor) stateSayer(c *sentCtx, i int) int {
	toks := c.s.Toks
	for k := range toks {
		if k == i || !isVerbTag(toks[k].Tag) {
			continue
		}
		tr, ok := x.tokTrigger(&toks[k], true)
		if !ok || tr.Type != schema.EventStatement {
			continue
		}
		if e := x.speaker(c, k); e >= 0 && (c.ents[e].Kind == schema.KindCountry || c.ents[e].Kind == schema.KindAgency) {
			return e
		}
	}
	return -1
}

// lawSayer returns the agency that announces the passive legal step at i by a verb of saying
// that governs the step's clause: an attribution closing the sentence after a comma ("A
// contractor was charged Friday with taking classified reports, the Justice Department said")
// or a saying whose reported clause the step heads ("Police said two men were arrested on
// Tuesday"). A prosecutor or police force telling of a step it names no other doer for tells
// of its own step. The step must be its sentence's main clause (no relative word before it in
// its clause) with no "by" phrase after it; a state, company or person speaking is no party to
// the step (stateSayer takes a state's measures). It returns -1 otherwise.
func (x *Extractor) lawSayer(c *sentCtx, i int, lemma string) int {
	toks := c.s.Toks
	if relativeBefore(c, i) || byAfter(c, i) {
		return -1
	}
	for k := range toks {
		if k == i || !isVerbTag(toks[k].Tag) || c.quoted[k] {
			continue
		}
		tr, ok := x.tokTrigger(&toks[k], true)
		if !ok || tr.Type != schema.EventStatement {
			continue
		}
		if k > i && !closingAttribution(toks, k) || k < i && !x.headsReport(toks, k, i) {
			continue
		}
		if e := x.speaker(c, k); e >= 0 && c.ents[e].Kind == schema.KindAgency && x.ownStep(lemma, c.ents[e].Name) {
			return e
		}
	}
	return -1
}

// ownStep reports whether an agency named name that announces a passive legal step of lemma
// took the step itself: a charge, indictment, prosecution, inquiry, subpoena or suit (cue
// saidstep) is the announcer's own, a step taking people or things into custody (cue
// custodystep) only a police force's (a word of cue lawforce in its name: "two men were
// arrested, police said", but not "was arrested in France, the Justice Department said"). A
// court's step (a sentence, a plea, a conviction) and an extradition are no announcer's.
func (x *Extractor) ownStep(lemma, name string) bool {
	if x.cue.is("saidstep", lemma) {
		return true
	}
	if !x.cue.is("custodystep", lemma) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if x.cue.is("lawforce", w) {
			return true
		}
	}
	return false
}

// relativeBefore reports whether a relative word (relativeTok) comes before the verb at i in
// its clause, which makes the verb's clause a relative one ("the troll farm that was indicted
// in 2018").
func relativeBefore(c *sentCtx, i int) bool {
	for j := i - 1; j >= 0 && c.clause[j] == c.clause[i]; j-- {
		if relativeTok(&c.s.Toks[j]) {
			return true
		}
	}
	return false
}

// relativeTok reports whether t is a relative word: "who", "which", "whose", or a "that" or
// other word tagged as a relative pronoun.
func relativeTok(t *token) bool {
	return t.Tag == "WDT" || t.Tag == "WP" || relativeWord(t.Lower)
}

// passiveByReach bounds how far after a passive verb byAfter looks for its "by".
const passiveByReach = 3

// byAfter reports whether "by" follows the verb at i in its clause within passiveByReach
// words: the passive names its doer, even one no mention stands for ("indicted by a federal
// grand jury").
func byAfter(c *sentCtx, i int) bool {
	for j := i + 1; j < len(c.s.Toks) && j-i <= passiveByReach && c.clause[j] == c.clause[i]; j++ {
		if c.s.Toks[j].Lower == "by" {
			return true
		}
	}
	return false
}

// closingAttribution reports whether the verb of saying at k stands in an attribution that
// closes its sentence after a comma (", the ministry said on Friday.", ", said the
// ministry"): the words from the last comma before k up to k, and all after k, hold no other
// verb.
func closingAttribution(toks []token, k int) bool {
	comma := -1
	for j := k - 1; j >= 0; j-- {
		if toks[j].Text == "," {
			comma = j
			break
		}
		if isVerbTag(toks[j].Tag) {
			return false
		}
	}
	if comma < 0 {
		return false
	}
	for j := k + 1; j < len(toks); j++ {
		if isVerbTag(toks[j].Tag) {
			return false
		}
	}
	return true
}

// headsReport reports whether the passive participle at i heads the clause the verb of saying
// at k reports ("police said two men were arrested", "said on Friday that the man had been
// charged"): no verb but the participle's own auxiliaries, and no relative word, lies between.
func (x *Extractor) headsReport(toks []token, k, i int) bool {
	for j := k + 1; j < i; j++ {
		t := &toks[j]
		if relativeTok(t) {
			return false
		}
		if isVerbTag(t.Tag) && !x.cue.tokIs("be", t) && !isHave(t.Lower) {
			return false
		}
	}
	return true
}

// listingAdd reports whether the verb at i is "add" putting names on a list of sanctions
// (addedToList), no "added" of speech.
func (x *Extractor) listingAdd(c *sentCtx, i int) bool {
	_, ok := x.addedToList(c, i)
	return ok
}

// listedBetween completes ev, a listing by the verb at ev.Trigger (listedOnSite, addedToList):
// its targets are the names between the verb and the word at end ("on", "to"), its agent the
// verb's subject when that is none of them; false unless both are named. A possessive
// pronoun names the owner of one listed ("added Orvane Trading and its owner"), not one listed.
func (x *Extractor) listedBetween(c *sentCtx, ev rawEvent, end int) (rawEvent, bool) {
	i := ev.Trigger
	for j := i + 1; j < end; j++ {
		if c.s.Toks[j].Tag == "PRP$" {
			continue
		}
		if k := c.at[j]; k >= 0 && c.ms[k].Entity >= 0 && !contains(ev.Target, c.ms[k].Entity) {
			ev.Target = append(ev.Target, c.ms[k].Entity)
		}
	}
	if s := x.subject(c, i); s >= 0 && !contains(ev.Target, s) {
		ev.Agent = []int{s}
	}
	if ev.Agent == nil || ev.Target == nil {
		return rawEvent{}, false
	}
	return ev, true
}

// idleStatement reports whether the statement verb at i reports nothing about the matter but
// that work on it goes on: its reported clause only tells of cooperating or working with
// others, or of an inquiry still under way ("said it was cooperating fully with the police",
// "said enquiries were ongoing", "told reporters the investigation was continuing"). Such
// a clause names no deed (no trigger but an inquiry's), no one after a preposition but
// those worked with ("into X", "against X" tell whom the matter is about), and every lexical verb in it is one of going on or helping (cue
// idlepred); a clause with anything else ("said it was working with the police to recover
// the funds", "said an inquiry into X was under way") is a statement.
func (x *Extractor) idleStatement(c *sentCtx, i int) bool {
	toks := c.s.Toks
	from, to := reportedSpan(toks, i)
	if from >= to {
		return false
	}
	idle := false
	for k := from; k < to; k++ {
		t := toks[k]
		if c.at[k] >= 0 && k > 0 && c.at[k-1] != c.at[k] && x.cue.tokIs("preposition", &toks[k-1]) && toks[k-1].Lower != "with" && toks[k-1].Lower != "alongside" {
			return false // "said an investigation into X was under way": an inquiry into someone
		}
		if tr, ok := x.tokTrigger(&t, isVerbTag(t.Tag)); ok && !(tr.Type == schema.EventLegal && !isVerbTag(t.Tag)) {
			return false // "said the attackers had stolen …", "said it had arrested …"
		}
		switch {
		case t.Lower == "under" && k+1 < to && toks[k+1].Lower == "way" || t.Lower == "underway" || t.Lower == "ongoing":
			idle = true // "enquiries were ongoing", "the inquiry was still under way"
		case !isVerbTag(t.Tag) || x.cue.tokIs("be", &t) || x.cue.tokIs("auxverb", &t):
		case x.cue.tokIs("idlepred", &t):
			idle = true
		case x.cue.tokIs("workverb", &t) && k+1 < to && (toks[k+1].Lower == "with" || toks[k+1].Lower == "closely" || toks[k+1].Lower == "alongside"):
			idle = true // "was working closely with the authorities"
		default:
			return false // "said it had taken the systems offline"
		}
	}
	return idle
}

// reportedSpan gives the token range [from, to) of what the statement verb at i reports in
// indirect speech: the rest of the sentence, when a verb follows ("said it was cooperating").
// A remark fronted before its speaker ("\"We have cooperated fully,\" said X") is left alone:
// it is mostly quoted, and a quote is the speaker's say on the matter.
func reportedSpan(toks []token, i int) (int, int) {
	for k := i + 1; k < len(toks); k++ {
		if isVerbTag(toks[k].Tag) {
			return i + 1, len(toks)
		}
	}
	return 0, 0
}

// probedReach is how many words the object of "probe" may run before its network noun.
const probedReach = 6

// probedNetwork reports whether the verb "probe" at i has for object a network or its systems
// (cue netnoun: "probed the contractor's systems", "probing networks at two utilities"), which
// makes it a way into them; a probe of a matter ("investigators probed the breach") is none.
// Only a finite past, active ("probed", "had probed"); the object runs over determiners,
// possessives, names, adjectives and nouns only.
func (x *Extractor) probedNetwork(toks []token, i int) bool {
	if !strings.HasSuffix(toks[i].Lower, "ed") || toks[i].Tag != "VBD" && !(toks[i].Tag == "VBN" && i > 0 && isHave(toks[i-1].Lower)) {
		return false // a finite past, active: "had been probed", "were probing" tell no deed done
	}
	for k := i + 1; k < len(toks) && k-i <= probedReach; k++ {
		t := &toks[k]
		if x.cue.tokIs("netnoun", t) {
			return true
		}
		switch t.Tag {
		case "DT", "PRP$", "POS", "NNP", "NNPS", "JJ", "NN", "NNS", "CD":
		default:
			return false
		}
	}
	return false
}

// isHave reports whether w is a form of "have" that carries a perfect.
func isHave(w string) bool {
	return w == "had" || w == "has" || w == "have"
}
