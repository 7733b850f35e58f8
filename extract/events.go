package extract

import (
	"sort"
	"strings"

	"github.com/intelgraph/intelgraph/schema"
)

// rawEvent is an event found in one sentence, before merging.
type rawEvent struct {
	Sent     int
	Trigger  int // token index of the trigger in the sentence
	Type     schema.EventType
	Lemma    string
	Agent    []int // entity indices
	Target   []int
	Source   []int
	Conf     float64
	Negated  bool
	Modality string
	TimeIdx  int    // index into the article's time expressions, -1 for none
	TimeText string // the words that dated the event, when not those of the time expression
	Told     bool   // a statement made to Target (an interview, a statement sent to a newspaper)
	Anon     bool   // the sentence rests it on unnamed sources
	Definite bool   // a definite noun phrase names it ("the attack on X"): perhaps a deed told before
	Further  bool   // "also" stands before it in its clause ("X also carried out a bombing"): another deed
}

// sentCtx is what event rules need to know about one sentence.
type sentCtx struct {
	quoted []bool // token index → inside a quotation
	s      *sentence
	ms     []mention // the sentence's mentions, in order
	at     []int     // token index → index into ms, or -1
	clause []int     // token index → clause number
	ents   []entity  // the article's entities
	gen    *sentCtx  // the sentence with descriptive actors among its mentions, or nil
	// countries maps a country's gazetteer name to the article's entity for it; nil means
	// look it up among ents
	countries map[string]int
}

func (x *Extractor) newSentCtx(s *sentence, all []mention, ents []entity) *sentCtx {
	c := &sentCtx{s: s, ents: ents, at: make([]int, len(s.Toks)), clause: make([]int, len(s.Toks))}
	for i := range c.at {
		c.at[i] = -1
	}
	var gen []mention
	for _, m := range all {
		if m.Sent == s.Index {
			if m.How == mkGeneric {
				gen = append(gen, m)
				continue
			}
			c.ms = append(c.ms, m)
		}
	}
	if len(gen) > 0 {
		// the same sentence with its descriptive actors visible, for roles no name fills
		g := &sentCtx{s: s, ents: ents, at: make([]int, len(s.Toks))}
		g.ms = append(append(g.ms, c.ms...), gen...)
		sort.SliceStable(g.ms, func(p, q int) bool { return g.ms[p].First < g.ms[q].First })
		for i := range g.at {
			g.at[i] = -1
		}
		for k, m := range g.ms {
			for t := m.First; t < m.Last; t++ {
				g.at[t] = k
			}
		}
		c.gen = g
		defer func() { g.quoted, g.clause = c.quoted, c.clause }()
	}
	for k, m := range c.ms {
		for t := m.First; t < m.Last; t++ {
			c.at[t] = k
		}
	}
	c.quoted = make([]bool, len(s.Toks))
	in := false
	// a sentence that closes a quotation before opening one continues a quotation
	for _, t := range s.Toks {
		if t.Text == "“" || t.Text == "``" {
			break
		}
		if t.Text == "”" || t.Text == "''" {
			in = true
			break
		}
	}
	for i, t := range s.Toks {
		switch t.Text {
		case "“", "``":
			in = true
		case "”", "''":
			in = false
		case "\"":
			in = !in
		}
		c.quoted[i] = in
	}
	cl := 0
	for i, t := range s.Toks {
		if x.cue.is("clausebreak", t.Lower) {
			cl++
		}
		if i > 0 && s.Toks[i-1].Text == "," && x.cue.is("clauseconj", t.Lower) {
			cl++
		} else if t.Lower == "that" && t.Tag == "IN" {
			cl++
		}
		c.clause[i] = cl
	}
	return c
}

// entityOf returns the entity of sentence mention k, or -1.
func (c *sentCtx) entityOf(k int) int {
	if k < 0 || k >= len(c.ms) {
		return -1
	}
	return c.ms[k].Entity
}

// events finds the events of one sentence.
func (x *Extractor) events(c *sentCtx) []rawEvent {
	var out []rawEvent
	toks := c.s.Toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if c.at[i] >= 0 && c.ms[c.at[i]].How == mkName {
			continue // part of a name: "Cyber Command"
		}
		if ev, ok := x.flawState(c, i); ok {
			out = append(out, ev)
			continue
		}
		verb := isVerbTag(t.Tag) || x.verbReadAsAdjective(c, i)
		noun := isNounTag(t.Tag)
		if !verb && t.Tag == "JJ" && isNounTag(nextTag(toks, i)) {
			// a trigger noun read as an adjective before another noun: "a ransom demand"
			if tr, ok := x.lex.lookup(t.Lower, false); ok && incident(tr.Type) {
				noun = true
			}
		}
		if !verb && !noun {
			continue
		}
		if noun {
			if ev, ok := x.accessGained(c, i); ok {
				out = append(out, ev)
				continue
			}
		}
		if verb && breakInto[t.Lower] && x.brokeStory(c, i) {
			// "the Times, which first broke the story": a newspaper reports
			ev := rawEvent{Type: schema.EventReport, Lemma: "report", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.7}
			ev.Agent = ents(x.subject(c, i))
			if ev.Agent != nil {
				x.modality(c, i, &ev)
				out = append(out, ev)
			}
			continue
		}
		if tr, ok := phrasal(toks, i); ok && verb {
			// "hackers broke into the ministry's network", "gunmen opened fire on the crowd",
			// "the court struck down the law"
			ev := x.fillGeneric(c, c.gen, i, tr, true, x.verbEvent(c, i, tr))
			if ev.Type != "" {
				ev.Sent, ev.Trigger, ev.Lemma, ev.TimeIdx = c.s.Index, i, tr.Lemma, -1
				x.modality(c, i, &ev)
				out = append(out, ev)
			}
			continue
		}
		if ev, ok := x.orderedOut(c, i); ok {
			out = append(out, ev)
			continue
		}
		tr, ok := x.lex.lookup(t.Lower, verb)
		if ok && verb && gerundNoun(toks, i) {
			verb, noun = false, true // "APT28's targeting of …", "the hacking of …": a noun
		}
		if x.cue.is("disclose", t.Lower) && x.secretThing(c, i, noun) {
			// "published 700 gigabytes of patient data", "the release of classified material"
			tr, ok = trigger{Type: schema.EventLeak, Lemma: "leak", Verb: verb}, true
		}
		if ok && (noun || t.Tag == "VBG") && x.cue.is("artifact", strings.ToLower(nextWord(toks, i))) {
			continue // a noun modifying a thing, not an event: "leak site", "hacking tools"
		}
		if !ok && noun {
			// the tagger sometimes reads an inflected verb ("stole", "warned") as a noun
			if vt, vok := x.lex.lookup(t.Lower, true); vok && vt.Lemma != t.Lower && !strings.HasSuffix(t.Lower, "ing") && !strings.HasSuffix(t.Lower, "s") {
				tr, ok, verb = vt, true, true
			} else if vok && gerundNoun(toks, i) {
				tr, ok = vt, true
			} else {
				continue
			}
		}
		if !ok {
			if ev, ok := x.ransomPaid(c, i); ok {
				out = append(out, ev)
				continue
			}

			if ev, ok := x.specialVerb(c, i); ok {
				out = append(out, ev)
			}
			continue
		}
		if verb && x.adjectival(c, i) {
			continue
		}
		if x.cue.is("flawgated", tr.Lemma) && !x.flawFound(c, i, "flawnoun") {
			continue // "found a flaw", not "found that …"
		}
		if x.cue.is("fixgated", tr.Lemma) && !x.flawFound(c, i, "fixnoun") {
			continue // "released an update", not "released from prison"
		}
		if tr.Lemma == "plead" && !x.pleaded(c, i) {
			continue // "pleaded guilty", not "pleaded for help"
		}
		var ev rawEvent
		if verb {
			ev = x.verbEvent(c, i, tr)
		} else {
			ev = x.nounEvent(c, i, tr)
		}
		ev = x.fillGeneric(c, c.gen, i, tr, verb, ev)
		if ev.Type == schema.EventLegal && len(ev.Target) == 1 && x.employerOnly(c, ev.Target[0]) {
			ev.Target = nil // "a former contractor for the NSA was arrested": the contractor, not the NSA
		}
		if ev.Type == schema.EventLegal && len(ev.Agent) == 1 && x.employerOnly(c, ev.Agent[0]) {
			ev.Agent = nil
		}
		if x.cue.is("stategated", tr.Lemma) && !c.stateWatches(ev) {
			continue // "Israeli spies observed the hackers", not "researchers observed the malware"
		}
		if ev.Type == "" || x.cue.is("needsuspect", tr.Lemma) && len(ev.Target) == 0 {
			continue // "said they were investigating", "hired a firm to investigate": no one under investigation
		}
		ev.Sent, ev.Trigger, ev.Lemma, ev.TimeIdx = c.s.Index, i, tr.Lemma, -1
		ev.Definite = !verb && definiteNP(toks, i)
		ev.Further = alsoBefore(c, i)
		x.modality(c, i, &ev)
		if incident(tr.Type) && tr.Type != schema.EventReport && tr.Type != schema.EventOther && x.offence(c, i) {
			continue // "charged with extortion", "conspiracy to commit computer intrusions": an offence named
		}
		if incident(tr.Type) && tr.Type != schema.EventReport && tr.Type != schema.EventOther && len(ev.Agent) == 0 && x.advice(c, i) {
			continue // "urged suppliers to check for signs of intrusion": advice, not a deed
		}
		if c.quoted[i] && c.quotedTerm(i) {
			continue // "a technique known as 'push bombing'": a term quoted as a name, not an event
		}
		if c.quoted[i] && !isReporting(ev) && !c.namedAgent(ev) {
			// inside a quotation and done by no one named: a speaker's talk ("attacks like
			// this one"), not an event the article reports
			continue
		}
		out = append(out, ev)
	}
	den := x.denials(c)
	for _, d := range den {
		// "X has never helped any government with its cyberespionage efforts": what X denies
		// doing is not X's deed
		for k := range out {
			if familyOf(out[k].Type) != 0 && out[k].Trigger > d.Trigger && out[k].Trigger-d.Trigger <= 14 &&
				c.clause[out[k].Trigger] == c.clause[d.Trigger] && sameEnts(out[k].Agent, d.Agent) {
				out[k].Agent = nil
			}
		}
	}
	out = append(out, den...)
	x.flawTargets(c, out)
	x.targetsPlaced(c, out)
	x.targetsIncluding(c, out)
	out = x.coordinated(c, out)
	// a statement "sent to X" without a speaker of its own is the speaker's of the sentence
	for k := range out {
		if out[k].Told && len(out[k].Agent) == 0 {
			for _, o := range out {
				if isReporting(o) && len(o.Agent) > 0 && o.Type != schema.EventDenial {
					out[k].Agent = o.Agent
					break
				}
			}
			if sameEnts(out[k].Agent, out[k].Target) {
				out[k].Agent = nil
			}
		}
	}
	x.advised(c, out)
	for k := range out {
		// "The Times also confirmed that …": what a news outlet states, it reports
		if out[k].Type == schema.EventStatement && len(out[k].Agent) == 1 && c.isPress(out[k].Agent[0]) && !out[k].Told {
			out[k].Type = schema.EventReport
		}
	}
	x.saidBehind(c, out)
	out = oneWarning(out)
	x.speaksFor(c, out)
	out = x.senderless(c, out)
	x.claims(c, out)
	if len(out) > 0 && x.anonymous(c) {
		for k := range out {
			out[k].Anon = true
		}
	}
	return out
}

// verbReadAsAdjective reports whether the word at i, tagged as an adjective, is a past-tense
// trigger verb right after a name or the comma closing an appositive: "Valmark imposed/JJ
// sanctions", "The Sons of the Ridge, an armed group, claimed/JJ responsibility".
func (x *Extractor) verbReadAsAdjective(c *sentCtx, i int) bool {
	toks := c.s.Toks
	t := toks[i]
	if t.Tag != "JJ" || i == 0 || !strings.HasSuffix(t.Lower, "ed") {
		return false
	}
	if tr, ok := x.lex.lookup(t.Lower, true); !ok || tr.Lemma == t.Lower {
		return false
	}
	if k := c.at[i-1]; k >= 0 && c.ms[k].How == mkName && c.ms[k].Last == i && !c.ms[k].Possessive {
		return true
	}
	if toks[i-1].Text != "," {
		return false
	}
	for j := i - 2; j > 0 && i-j <= 14; j-- {
		if toks[j].Text == "," {
			k := c.at[j-1]
			return k >= 0 && c.ms[k].How == mkName
		}
	}
	return false
}

// commonSubject reports whether toks (what follows a reporting verb up to another verb) opens
// with a determiner and a common noun: "said the intruders were", not "said on Monday it".
func commonSubject(toks []token) bool {
	return len(toks) >= 2 && toks[0].Tag == "DT" && (toks[1].Tag == "NN" || toks[1].Tag == "NNS" || toks[1].Tag == "JJ")
}

// gerundNoun reports whether the -ing form at i heads a noun phrase with an of-phrase after
// a possessive or determiner: "X's targeting of Y", "the hacking of Y".
func gerundNoun(toks []token, i int) bool {
	if !strings.HasSuffix(toks[i].Lower, "ing") || i == 0 || i+1 >= len(toks) || toks[i+1].Lower != "of" {
		return false
	}
	p := toks[i-1]
	return p.Tag == "POS" || p.Tag == "PRP$" || p.Lower == "the"
}

// phrasalVerbs are verbs that a particle makes triggers of their own.
var phrasalVerbs = []struct {
	forms    map[string]bool
	particle string
	tr       trigger
}{
	{breakInto, "into", trigger{Type: schema.EventIntrusion, Lemma: "break into", Verb: true}},
	{openFire, "fire", trigger{Type: schema.EventAttack, Lemma: "open fire", Verb: true}},
	{strikeDown, "down", trigger{Type: schema.EventLegal, Lemma: "strike down", Verb: true}},
}

// phrasal returns the trigger of a phrasal verb at i ("broke into", "opened fire", "struck
// down").
func phrasal(toks []token, i int) (trigger, bool) {
	if i+1 >= len(toks) {
		return trigger{}, false
	}
	for _, p := range phrasalVerbs {
		if p.forms[toks[i].Lower] && toks[i+1].Lower == p.particle {
			return p.tr, true
		}
	}
	return trigger{}, false
}

var breakInto = map[string]bool{"break": true, "breaks": true, "broke": true, "broken": true, "breaking": true}

var openFire = map[string]bool{"open": true, "opens": true, "opened": true, "opening": true}

var strikeDown = map[string]bool{"strike": true, "strikes": true, "struck": true, "striking": true}

// nextWord returns the text of token i+1, or "".
func nextWord(toks []token, i int) string {
	if i+1 < len(toks) {
		return toks[i+1].Text
	}
	return ""
}

// isReporting reports whether an event is someone saying something.
func isReporting(ev rawEvent) bool {
	return ev.Type == schema.EventStatement || ev.Type == schema.EventReport || ev.Type == schema.EventDenial
}

// adjectival reports whether a participle is used as an adjective: "a hacking group", "stolen
// passwords".
func (x *Extractor) adjectival(c *sentCtx, i int) bool {
	toks := c.s.Toks
	t := toks[i]
	prev := ""
	if i > 0 {
		prev = toks[i-1].Tag
	}
	switch t.Tag {
	case "VBG":
		return prev == "DT" || prev == "PRP$" || prev == "JJ" || prev == "POS"
	case "VBN":
		if x.passiveAux(c, i) {
			return false
		}
		for j := i - 1; j >= 0 && i-j <= 3; j-- {
			if w := toks[j].Lower; w == "has" || w == "have" || w == "had" || w == "having" {
				return false
			}
			if toks[j].Tag != "RB" {
				break // "had used a stolen password": the perfect is another verb's
			}
		}
		if nt := nextTag(toks, i); (nt == "NNP" || nt == "NNPS") && i > 0 && (isNounTag(prev) || prev == "RB") && c.at[i-1] < 0 || i > 0 && c.at[i-1] >= 0 && c.ms[c.at[i-1]].How == mkName && !c.ms[c.at[i-1]].Possessive {
			return false // "the NCDC in turn alerted Hollis Bank", "the NSA notified Microsoft": a verb
		}
		return isNounTag(nextTag(toks, i)) || prev == "DT" || prev == "JJ"
	}
	return false
}

// specialVerb handles triggers that are phrases: "let X know", "asked X to", "tip off".
func (x *Extractor) specialVerb(c *sentCtx, i int) (rawEvent, bool) {
	toks := c.s.Toks
	switch toks[i].Lower {
	case "let", "lets", "letting", "asked", "ask", "asks", "urged", "urge", "tipped", "tip":
	case "received", "receive", "receives", "receiving", "got", "obtained":
		return x.received(c, i)
	default:
		return rawEvent{}, false
	}
	k := i + 1
	offFirst := (toks[i].Lower == "tipped" || toks[i].Lower == "tip") && k < len(toks) && toks[k].Lower == "off"
	if offFirst {
		k++ // "X tipped off Y"
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
	switch toks[i].Lower {
	case "let", "lets", "letting":
		for j := after; j < len(toks) && j <= after+2; j++ {
			if toks[j].Lower == "know" {
				ok = true
			}
		}
	case "tipped", "tip":
		ok = offFirst || after < len(toks) && toks[after].Lower == "off"
	default:
		ok = after < len(toks) && toks[after].Lower == "to"
	}
	if !ok || m.Entity < 0 {
		return rawEvent{}, false
	}
	ev := rawEvent{Type: schema.EventWarning, Lemma: "warn", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.75}
	ev.Target = []int{m.Entity}
	if a := x.subject(c, i); a >= 0 {
		ev.Agent = []int{a}
	}
	if w := strings.Fields(strings.ToLower(m.Text)); (toks[i].Lower == "asked" || toks[i].Lower == "ask" || toks[i].Lower == "asks") && len(w) > 0 && courtWord[w[len(w)-1]] {
		// "X asked the Constitutional Court to suspend the law": a petition, not a warning
		ev.Type, ev.Lemma, ev.Target = schema.EventLegal, "petition", nil
		if ev.Agent == nil {
			return rawEvent{}, false
		}
	}
	x.modality(c, i, &ev)
	return ev, true
}

var courtWord = map[string]bool{"court": true, "tribunal": true, "judge": true}

// verbEvent applies the active and passive rules to a verb trigger.
func (x *Extractor) verbEvent(c *sentCtx, i int, tr trigger) rawEvent {
	toks := c.s.Toks
	ev := rawEvent{Type: tr.Type, Conf: 0.75}
	passive := toks[i].Tag == "VBN" && x.passiveAux(c, i)
	if !passive && incident(tr.Type) && tr.Type != schema.EventReport && tr.Type != schema.EventOther {
		if h := x.causativeHave(c, i); h >= 0 {
			// "X had its data stolen (by Y)": X suffered it, Y did it
			ev.Target = ents(x.subject(c, h))
			ev.Agent = ents(x.byAgent(c, i))
			if sameEnts(ev.Agent, ev.Target) {
				ev.Target = nil
			}
			if ev.Agent == nil && ev.Target == nil {
				ev.Conf = 0.4
			}
			return ev
		}
	}
	switch tr.Type {
	case schema.EventStatement, schema.EventReport, schema.EventDenial:
		if i > 0 && i+1 < len(toks) && toks[i+1].Lower == "to" && tr.Type == schema.EventStatement && (x.cue.is("be", toks[i-1].Lower) || x.passiveAux(c, i)) {
			return rawEvent{} // "X is said to have …": hearsay, not a statement by anyone
		}
		if passive {
			ev.Agent = ents(x.byAgent(c, i))
			if tr.Lemma == "report" && x.informationSubject(toks, i) {
				// "the evidence was reported to X": X was told, by whoever found it
				if o := x.recipient(c, i, false); o >= 0 && !contains(ev.Agent, o) {
					ev.Target, ev.Told = []int{o}, true
					if !c.isPress(o) {
						ev.Type = schema.EventWarning
					}
				}
			}
			if tr.Lemma == "tell" {
				// "Y was told by X": X told Y
				if t := x.subject(c, i); t >= 0 && ev.Agent != nil && !contains(ev.Agent, t) {
					ev.Target, ev.Told = []int{t}, true
					if !c.isPress(t) {
						ev.Type = schema.EventWarning
					}
				}
			}
			break
		}
		a := x.speaker(c, i)
		ev.Agent = ents(a)
		// "told X", "reported to X", "said in a statement to X"
		if tr.Lemma == "tell" || tr.Lemma == "report" || tr.Lemma == "say" || tr.Lemma == "state" || tr.Lemma == "testify" {
			if o := x.recipient(c, i, tr.Lemma == "tell"); o >= 0 && o != a {
				ev.Target = []int{o}
				ev.Told = true
				if !c.isPress(o) {
					ev.Type = schema.EventWarning
				}
			}
		}
		if tr.Lemma == "tell" && ev.Target == nil {
			ev.Type = schema.EventStatement
		}
	case schema.EventWarning:
		if passive {
			ev.Target = ents(x.subject(c, i))
			ev.Agent = ents(x.byAgent(c, i))
		} else {
			ev.Agent = ents(x.subject(c, i))
			if !x.followedBy(c, i, "that", "of", "about") {
				ev.Target = ents(x.object(c, i, true))
			}
		}
	case schema.EventAccusation:
		if tr.Lemma == "trace" {
			// "X traced the attacks to Y", "the attack was traced back to Y": Y is accused
			ev.Target = ents(x.tracedTo(c, i))
			if ev.Target == nil {
				return rawEvent{}
			}
			if passive {
				ev.Agent = ents(x.byAgent(c, i))
			} else {
				ev.Agent = ents(x.subject(c, i))
			}
			break
		}
		if passive {
			ev.Target = ents(x.subject(c, i))
			ev.Agent = ents(x.byAgent(c, i))
		} else {
			ev.Agent = ents(x.subject(c, i))
			if tr.Lemma == "attribute" {
				ev.Target = ents(x.afterPrep(c, i, "to"))
			} else {
				ev.Target = ents(x.object(c, i, true))
			}
		}
	default:
		if passive {
			ev.Target = ents(x.subject(c, i))
			ev.Agent = ents(x.byAgent(c, i))
			if ev.Target == nil && tr.Type == schema.EventTheft {
				ev.Target = ents(x.afterPrep(c, i, "from")) // "records were stolen from X"
			}
		} else {
			ev.Agent = ents(x.subject(c, i))
			ev.Target = ents(x.objectOf(c, i, true, incident(tr.Type)))
			if ev.Target == nil && tr.Type == schema.EventTheft {
				ev.Target = ents(x.afterPrep(c, i, "from"))
			}
			if v := x.adjunctMain(c, i); ev.Target == nil && v >= 0 && tr.Type == schema.EventTheft {
				// "X hit Acme, stealing data": stolen from the main verb's object
				ev.Target = ents(x.object(c, v, false))
			}
		}
		if ev.Target == nil && incident(tr.Type) {
			ev.Target = ents(x.including(c, i))
		}
	}
	if ev.Agent == nil && ev.Target == nil {
		if !incident(tr.Type) {
			return rawEvent{}
		}
		ev.Conf = 0.4
	}
	if sameEnts(ev.Agent, ev.Target) {
		ev.Target = nil
	}
	return ev
}

// nounEvent applies the nominal rules: "X's hack of Y", "the hack of Y by X", "the 2014 hack
// of Y", "behind the hack of Y", "the Kaspersky report", "the alert to Y".
func (x *Extractor) nounEvent(c *sentCtx, i int, tr trigger) rawEvent {
	ev := rawEvent{Type: tr.Type, Conf: 0.7}
	communication := tr.Type == schema.EventStatement || tr.Type == schema.EventReport || tr.Type == schema.EventWarning ||
		tr.Type == schema.EventDenial || tr.Type == schema.EventAccusation
	// pre-modifiers: possessive or compound name right before the noun (skipping a year or adjectives)
	j := i - 1
	for j >= 0 && (c.s.Toks[j].Tag == "CD" || c.s.Toks[j].Tag == "JJ" || c.s.Toks[j].Tag == "VBN" || c.s.Toks[j].Tag == "RB" || c.s.Toks[j].Tag == "NN" && c.at[j] < 0) && i-j <= 4 {
		if (c.s.Toks[j].Tag == "JJ" || c.s.Toks[j].Tag == "VBN") && x.cue.is("lightverb", c.s.Toks[j].Lower) {
			break // "X imposed sanctions", "X filed a lawsuit": the verb, read as a participle
		}
		j--
	}
	poss := false
	if j >= 0 && (c.s.Toks[j].Text == "'s" || c.s.Toks[j].Text == "’s" || c.s.Toks[j].Text == "'" || c.s.Toks[j].Text == "’") {
		j--
		poss = true
		// "X hacker group's hack", "X threat actor's campaign": the name before the kind noun
		if j >= 0 && c.at[j] < 0 && x.cue.descHead[c.s.Toks[j].Lower] == schema.KindGroup {
			k := j - 1
			for k >= 0 && j-k <= 2 && c.at[k] < 0 && isNounTag(c.s.Toks[k].Tag) && !isCap(c.s.Toks[k].Text) {
				k--
			}
			if k >= 0 && c.at[k] >= 0 && c.ms[c.at[k]].How == mkName {
				j = k
			}
		}
	}
	if j >= 0 && c.at[j] >= 0 {
		m := c.ms[c.at[j]]
		m.Possessive = m.Possessive || poss
		patient := (tr.Type == schema.EventLegal || tr.Type == schema.EventSanction) && !x.followedBy(c, i, "of")
		if m.Entity >= 0 {
			if patient {
				ev.Target = []int{m.Entity} // "his extradition", "Assange's arrest"
			} else if m.Possessive || communication || m.Kind == schema.KindGroup || m.Kind == schema.KindCountry && x.cue.is("armedstrike", tr.Lemma) {
				// "the U.S. airstrikes": a country strikes, where "the Sony hack" names a victim
				ev.Agent = []int{m.Entity}
			} else {
				ev.Target = []int{m.Entity}
			}
		}
	}
	// post-modifiers
	k := i + 1
	toks := c.s.Toks
	if k < len(toks) {
		prep := toks[k].Lower
		if (prep == "at" || prep == "from") && (tr.Type == schema.EventIntrusion || tr.Type == schema.EventTheft || tr.Type == schema.EventLeak) {
			prep = "of" // "a data breach at X", "the theft from X"
		}
		switch prep {
		case "of", "on", "against", "into", "targeting":
			if !communication || tr.Type == schema.EventAccusation {
				if o := x.nextMention(c, k+1, 4); o >= 0 && ev.Target == nil {
					ev.Target = []int{o}
				} else if o < 0 && ev.Target == nil && incident(tr.Type) {
					ev.Target = ents(x.demonymAfter(c, k+1)) // "attacks on Valdorian banks"
				}
			}
		case "to", "sent", "issued", "given", "delivered":
			if tr.Type == schema.EventWarning || tr.Type == schema.EventStatement {
				kk := k
				if toks[k].Lower != "to" {
					kk++
				}
				if kk < len(toks) && toks[kk].Lower == "to" {
					if o := x.nextMention(c, kk+1, 4); o >= 0 {
						ev.Target = []int{o}
						ev.Told = true
					}
				}
			}
		}
	}
	if a := x.byAgent(c, i); a >= 0 && ev.Agent == nil {
		ev.Agent = []int{a}
	}
	// "the theft of classified material from a contractor": the one stolen from
	if ev.Target == nil && (tr.Type == schema.EventTheft || tr.Type == schema.EventLeak) && x.followedBy(c, i, "of") {
		ev.Target = ents(x.fromAfterOf(c, i+2))
	}
	// "a ransomware attack crippled X", "the breach has affected X", "an attack that hit X"
	if ev.Target == nil && !communication && incident(tr.Type) {
		v := i + 1
		if v < len(toks) && (toks[v].Lower == "that" || toks[v].Lower == "which") {
			v++
		}
		if v < len(toks) && (toks[v].Lower == "has" || toks[v].Lower == "have" || toks[v].Lower == "had" || toks[v].Tag == "RB") {
			v++
		}
		if v < len(toks) && isVerbTag(toks[v].Tag) && x.cue.is("harmverb", toks[v].Lower) {
			ev.Target = ents(x.object(c, v, false))
		}
	}
	// "X issued a warning", "X published a report", "X is seeking his extradition": the
	// subject of a light verb whose object the noun is does it; "X faces charges": is its target
	if ev.Agent == nil {
		for j := i - 1; j >= 0 && i-j <= 4 && c.clause[j] == c.clause[i]; j-- {
			w := toks[j]
			// the tagger reads some light verbs after a name as adjectives: "Valmark imposed/JJ sanctions"
			lightAdj := w.Tag == "JJ" && strings.HasSuffix(w.Lower, "ed") && x.cue.is("lightverb", w.Lower) && j > 0 && (c.at[j-1] >= 0 || isNounTag(toks[j-1].Tag))
			if isVerbTag(w.Tag) && !(w.Tag == "VBG" && j == i-1) || lightAdj { // not "a phishing attack"
				switch {
				case x.cue.is("lightverb", w.Lower) && (communication || tr.Type == schema.EventLegal || tr.Type == schema.EventSanction):
					ev.Agent = ents(x.subject(c, j))
				case x.cue.is("undergoverb", w.Lower) && ev.Target == nil && !communication:
					ev.Target = ents(x.subject(c, j))
				}
				break
			}
			if (w.Lower == "by" || w.Lower == "with") && ev.Target == nil && !communication && incident(tr.Type) && j > 0 &&
				toks[j-1].Tag == "VBN" && x.passiveAux(c, j-1) {
				// "X was crippled by a ransomware attack", "X was hit with a phishing scam": the
				// patient of a passive verb whose agent is the incident is its target
				ev.Target = ents(x.subject(c, j-1))
				break
			}
			if w.Lower == "to" && j > 0 && !communication && incident(tr.Type) && toks[j-1].Tag == "VBN" &&
				(toks[j-1].Lower == "linked" || toks[j-1].Lower == "tied" || toks[j-1].Lower == "connected") && x.linkedSubject(c, j-1) {
				// "X, which has been linked to intrusions at Y": the one linked to the incidents did them
				ev.Agent = ents(x.subject(c, j-1))
				break
			}
			if (w.Lower == "of" || w.Lower == "to") && ev.Target == nil && !communication {
				ev.Target = ents(x.victimOf(c, i)) // "X was the victim of a ransomware attack"
				break
			}
			if !(w.Tag == "DT" || w.Tag == "JJ" || w.Tag == "VBG" && j == i-1 || w.Tag == "PRP$" || w.Tag == "CD" || isNounTag(w.Tag) && c.at[j] < 0 || w.Tag == "POS" || c.at[j] >= 0 && c.ms[c.at[j]].Possessive) {
				break
			}
		}
	}
	// "X said in a report published this week": the speaker wrote the report
	if ev.Agent == nil && tr.Type == schema.EventReport {
		j := i - 1
		for j >= 0 && i-j <= 4 && (toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "PRP$" || toks[j].Tag == "NN" && c.at[j] < 0) {
			j--
		}
		if j > 0 && toks[j].Lower == "in" && isVerbTag(toks[j-1].Tag) && x.cue.is("reporting", toks[j-1].Lower) {
			ev.Agent = ents(x.speaker(c, j-1))
		}
	}
	// "an attack that the X gang launched against Y": the relative clause names both
	if !communication && incident(tr.Type) && i+2 < len(toks) && (toks[i+1].Lower == "that" || toks[i+1].Lower == "which") {
		for v := i + 2; v < len(toks) && v-i <= 8 && c.clause[v] == c.clause[i+1]; v++ {
			if isVerbTag(toks[v].Tag) && x.cue.is("support", toks[v].Lower) {
				if ev.Agent == nil {
					if a := x.nextMention(c, i+2, v-i-2); a >= 0 {
						ev.Agent = []int{a}
					}
				}
				if v+1 < len(toks) && toks[v+1].Lower == "out" {
					v++ // "carried out against"
				}
				if ev.Target == nil && v+2 < len(toks) && (toks[v+1].Lower == "against" || toks[v+1].Lower == "on") {
					t := -1
					// "against their shared IT provider, Medline Systems,": the name in apposition
					k := v + 2
					for k < len(toks) && k-v <= 7 && (toks[k].Tag == "PRP$" || toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "VBN" || isNounTag(toks[k].Tag)) {
						k++
					}
					if k > v+2 && k+1 < len(toks) && toks[k].Text == "," && c.at[k+1] >= 0 && c.ms[c.at[k+1]].How == mkName {
						t = c.ms[c.at[k+1]].Entity
					} else {
						t = x.headOrDemonym(c, v+2)
					}
					if t >= 0 && !contains(ev.Agent, t) {
						ev.Target = []int{t}
					}
				}
				break
			}
			if t := toks[v].Tag; isVerbTag(t) || t == "," {
				break
			}
		}
	}
	// "X was behind the hack", "X launched the attack"
	if ev.Agent == nil && !communication {
		for j := i - 1; j >= 0 && i-j <= 5 && c.clause[j] == c.clause[i]; j-- {
			if x.cue.is("support", toks[j].Lower) {
				ev.Agent = ents(x.subject(c, j))
				ev.Conf = 0.7
				break
			}
		}
	}
	// "the code was installed by X during a breach", "a backdoor used by X in an attack"
	if ev.Agent == nil && incident(tr.Type) && !communication && tr.Type != schema.EventReport {
		ev.Agent = ents(x.duringBy(c, i))
	}
	// "sanctions on X", "a ban on X": the party sanctioned; "sanctions on X's intelligence
	// directorate": the directorate too
	if tr.Type == schema.EventSanction && i+2 < len(toks) && toks[i+1].Lower == "on" {
		if ev.Target == nil {
			ev.Target = ents(x.headOrDemonym(c, i+2))
		}
		if k := c.at[i+2]; k >= 0 && c.ms[k].Possessive && c.ms[k].Last+1 < len(toks) {
			if n := c.at[c.ms[k].Last+1]; n >= 0 && c.ms[n].How == mkName && c.ms[n].Entity >= 0 && !contains(ev.Target, c.ms[n].Entity) {
				ev.Target = append(ev.Target, c.ms[n].Entity)
			}
		}
		if sameEnts(ev.Agent, ev.Target) {
			ev.Target = nil
		}
	}
	// "an investigation into allegations made against X", "a campaign of attacks aimed at X":
	// the party the noun's phrase is directed against
	if ev.Target == nil && ev.Agent != nil && (!communication || tr.Type == schema.EventAccusation) {
		ev.Target = ents(x.directedAt(c, i))
	}
	// "X's attacks on steel mills in Iran": the country the victims are in
	if ev.Target == nil && ev.Agent != nil && incident(tr.Type) && !communication && i+1 < len(toks) &&
		(toks[i+1].Lower == "on" || toks[i+1].Lower == "against" || toks[i+1].Lower == "targeting") {
		ev.Target = ents(x.placedIn(c, i+2))
		if ev.Target == nil {
			ev.Target = ents(x.demonymVictims(c, i+2))
		}
	}
	if ev.Agent == nil && ev.Target == nil {
		if !incident(tr.Type) || tr.Type == schema.EventReport {
			return rawEvent{}
		}
		ev.Conf = 0.4
	}
	if sameEnts(ev.Agent, ev.Target) {
		ev.Target = nil
	}
	return ev
}

// directedAt returns the mention after "against", "targeting" or "aimed/directed at" that
// ends the noun phrase chain begun by the trigger noun at i (prepositional phrases, adjectives,
// nouns and participles, within 10 tokens and the trigger's clause), or -1. A finite verb,
// a comma or another clause ends the search.
func (x *Extractor) directedAt(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= 10 && c.clause[j] == c.clause[i]; j++ {
		w := toks[j]
		if c.at[j] >= 0 {
			continue
		}
		switch w.Lower {
		case "against", "targeting":
			return x.headOrDemonym(c, j+1)
		case "at":
			if j > i+1 && (toks[j-1].Lower == "aimed" || toks[j-1].Lower == "directed") {
				return x.headOrDemonym(c, j+1)
			}
		}
		switch {
		case w.Tag == "VBD" || w.Tag == "VBZ" || w.Tag == "VBP" || w.Tag == "MD" || w.Tag == "WDT" || w.Tag == "," || w.Text == ",":
			return -1
		}
	}
	return -1
}

// passiveAux reports whether a past participle at i follows a form of "be" (adverbs allowed).
func (x *Extractor) passiveAux(c *sentCtx, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		w := c.s.Toks[j]
		if x.cue.is("be", w.Lower) {
			return true
		}
		if w.Tag != "RB" && w.Tag != "RBR" && !x.cue.is("negation", w.Lower) {
			return false
		}
	}
	return false
}

// subject finds the agent of the verb at i: the nearest name to the left in the same clause
// that is not the object of a preposition; else a resolved pronoun; else the antecedent of a
// relative pronoun ("…, which had been accused").
func (x *Extractor) subject(c *sentCtx, i int) int {
	toks := c.s.Toks
	if e, ok := x.controller(c, i); ok {
		return e
	}
	if v := x.adjunctMain(c, i); v >= 0 {
		return x.subject(c, v)
	}
	if e := x.beforeAppositive(c, i); e >= 0 {
		return e
	}
	if v := x.coordinatedVerb(c, i); v >= 0 {
		return x.subject(c, v) // "X convicted an engineer of spying for Y and sentenced him": X sentenced him
	}
	fallback, prepFallback, placed, byAgent := -1, -1, false, false
	employed := false // the fallback is the employer of a person's "his agency"
	// "a ransomware attack encrypted its records": the verb's subject is an incident noun,
	// not a name further back
	for j := i - 1; j >= 0 && c.clause[j] == c.clause[i]; j-- {
		if toks[j].Tag == "RB" || toks[j].Tag == "MD" || x.cue.is("be", toks[j].Lower) || toks[j].Lower == "has" || toks[j].Lower == "have" || toks[j].Lower == "had" {
			continue
		}
		if c.at[j] < 0 && isNounTag(toks[j].Tag) {
			if tr, ok := x.lex.lookup(toks[j].Lower, false); ok && incident(tr.Type) && !tr.Verb {
				return -1
			}
			if x.cue.genHead[toks[j].Lower] == schema.KindGroup && toks[j].Tag == "NNS" && toks[i].Tag != "VBN" && toks[i].Tag != "VBG" {
				k := j - 1
				for k >= 0 && c.at[k] < 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "HYPH") {
					k--
				}
				if k < 0 || toks[k].Tag != "POS" && (c.at[k] < 0 || !c.ms[c.at[k]].Possessive) {
					return -1 // "months after hackers stole …": the described actors, not a name further back
				}
			}
		}
		break
	}
	start := i - 1
	if p := x.reducedRelative(c, i); p >= 0 {
		start = p - 1 // "officers working against Y uncovered": Y is inside the participial phrase
	}
	for j := start; j >= 0; j-- {
		if c.clause[j] != c.clause[i] {
			break
		}
		k := c.at[j]
		if k < 0 {
			if j < i-1 && isVerbTag(toks[j].Tag) && toks[j].Tag != "VBG" && toks[j].Tag != "VBN" && x.cue.is("reporting", toks[j].Lower) && (commonSubject(toks[j+1:i]) || employed) {
				break // "Valcom said the intruders were expelled": the speaker is not the subject
			}
			continue
		}
		m := c.ms[k]
		j = m.First
		if m.Entity < 0 && m.How == mkDesc && !m.Possessive && fallback < 0 && prepFallback < 0 && !attributedTo(toks, m.First) &&
			!(m.First > 0 && x.cue.is("preposition", toks[m.First-1].Lower)) {
			return -1 // "whether the same group had hit …": an unresolved description is the subject, not a name further back
		}
		if m.Entity < 0 || attributedTo(toks, m.First) {
			continue // "according to the agency, the intruders stole": the source does nothing
		}
		if m.Possessive {
			// "Kaspersky's systems were hacked": the possessor, if nothing better; "Karsovia's
			// embassy in Morvania dismissed": the possessor rather than the place
			if m.First > 1 && toks[m.First-1].Lower == "of" && (toks[m.First-2].Tag == "CD" || partitive[toks[m.First-2].Lower]) {
				continue // "five of Carvania's largest news organisations filed": some of its members, not the state
			}
			if fallback < 0 {
				fallback = m.Entity
				if m.How == mkPronoun && m.Entity < len(c.ents) && c.ents[m.Entity].Employer > 0 && m.Last < len(toks) && workplace[toks[m.Last].Lower] {
					fallback = c.ents[m.Entity].Employer - 1 // "Halvorsen said his agency had arrested …"
					employed = true
				}
			}
			continue
		}
		if m.First > 0 && m.Last < len(toks) && toks[m.First-1].Text == "(" && toks[m.Last].Text == ")" {
			continue // "X of the Security Service (SIS) testified": an acronym in brackets
		}
		if m.First > 0 && x.cue.is("preposition", toks[m.First-1].Lower) || m.First > 1 && toks[m.First-1].Lower == "the" && x.cue.is("preposition", toks[m.First-2].Lower) {
			if prepFallback < 0 {
				prepFallback = m.Entity
				placed = toks[m.First-1].Lower == "in" || toks[m.First-1].Lower == "at"
				byAgent = toks[m.First-1].Lower == "by"
			}
			continue
		}
		return m.Entity
	}
	if prepFallback >= 0 && byAgent {
		return prepFallback // "X's software was used by Y to steal": the agent of the passive
	}
	if fallback >= 0 {
		return fallback // "X's embassy in Y denied": the possessor before a place after a preposition
	}
	if prepFallback >= 0 && !(placed && x.passiveAux(c, i)) {
		return prepFallback // "arrested in Ostreva and will be extradited": not Ostreva
	}
	// relative clause: the name right before ", which/who"
	first := i
	for first > 0 && c.clause[first-1] == c.clause[i] {
		first--
	}
	if first > 0 && first < len(toks) && (toks[first].Lower == "which" || toks[first].Lower == "who") {
		for p := i - 1; p > first; p-- {
			if toks[p].Text == "," {
				if commonSubject(toks[p+1 : i]) {
					return -1 // "X, who broke the story, the operation stole": the relative clause has ended
				}
				break
			}
		}
		for j := first - 1; j >= 0 && first-j <= 7; j-- {
			if k := c.at[j]; k >= 0 && c.ms[k].Entity >= 0 {
				m := c.ms[k]
				if m.Possessive || m.First > 0 && x.cue.is("preposition", toks[m.First-1].Lower) {
					if e := x.beforeParticipial(c, m.First); e >= 0 {
						return e
					}
				}
				return m.Entity
			}
		}
	}
	return -1
}

// beforeAppositive returns the name before an appositive noun phrase that ends right before
// the verb at i: "Senator Dale Whitcomb, the committee's ranking Democrat, accused", or -1.
func (x *Extractor) beforeAppositive(c *sentCtx, i int) int {
	toks := c.s.Toks
	if i < 4 || toks[i-1].Text != "," || toks[i].Tag != "VBD" && toks[i].Tag != "VBZ" && toks[i].Tag != "VBP" {
		return -1 // not ", exposing …": a participle after a comma opens no predicate of its own
	}
	for j := i - 2; j > 0 && i-j <= 12; j-- {
		if toks[j].Text != "," {
			continue
		}
		if w := toks[j+1]; w.Lower != "the" && w.Lower != "a" && w.Lower != "an" && w.Tag != "PRP$" {
			return -1
		}
		if k := c.at[j-1]; k >= 0 && c.ms[k].How == mkName && c.ms[k].Entity >= 0 && !c.ms[k].Possessive {
			return c.ms[k].Entity
		}
		return -1
	}
	return -1
}

// reducedRelative returns the index of a participle that opens a reduced relative clause
// between the subject's noun and the verb at i ("officers working against Y uncovered",
// "spies tracking Y found"), or -1. The participle follows a noun or a name directly, and no
// finite verb, modal or comma stands between it and i. A participle naming whom the subject
// acts for or as ("hackers working for Y", "a person using the Y moniker", cue principalverb)
// opens none: Y is the doer.
func (x *Extractor) reducedRelative(c *sentCtx, i int) int {
	toks := c.s.Toks
	for p := i - 1; p > 0 && i-p <= 10 && c.clause[p] == c.clause[i]; p-- {
		w := toks[p]
		if w.Text == "," || w.Tag == "MD" || w.Tag == "VBD" || w.Tag == "VBZ" || w.Tag == "VBP" || w.Tag == "WDT" || w.Tag == "WP" {
			return -1
		}
		if w.Tag != "VBG" || c.at[p] >= 0 {
			continue
		}
		prev := toks[p-1]
		if (isNounTag(prev.Tag) || c.at[p-1] >= 0) && !x.cue.is("be", prev.Lower) && c.clause[p-1] == c.clause[i] &&
			!x.cue.is("principalverb", w.Lower) && !prenominal(toks[p+1:i]) {
			return p
		}
		return -1
	}
	return -1
}

// prenominal reports whether the words after an -ing form up to the verb are a noun phrase
// that the -ing form premodifies ("credit reporting company Acme said", "DNA testing site
// Acme announced"): a common noun first, and no determiner, preposition or pronoun after it.
func prenominal(after []token) bool {
	if len(after) == 0 || after[0].Tag != "NN" && after[0].Tag != "NNS" {
		return false
	}
	for _, t := range after {
		switch t.Tag {
		case "DT", "IN", "TO", "PRP", "PRP$", "CC":
			return false
		}
	}
	return true
}

// beforeParticipial returns the name right before a participial phrase set off by commas that
// holds token j ("X, suspected of ties to Y's military, which …": X), or -1: a possessor or a
// prepositional object inside such a phrase is not what the relative clause describes.
func (x *Extractor) beforeParticipial(c *sentCtx, j int) int {
	toks := c.s.Toks
	for p := j - 1; p > 0 && j-p <= 10; p-- {
		if c.at[p] >= 0 {
			return -1
		}
		if toks[p].Text != "," {
			continue
		}
		if p+1 < len(toks) && (toks[p+1].Tag == "VBN" || toks[p+1].Tag == "VBD" || toks[p+1].Tag == "VBG") {
			if k := c.at[p-1]; k >= 0 && c.ms[k].Entity >= 0 && !c.ms[k].Possessive {
				return c.ms[k].Entity
			}
		}
		return -1
	}
	return -1
}

// speaker finds who says: the name right before the verb ("the Times reported"), the name
// right after it ("said Tom Robinson"), else the subject.
func (x *Extractor) speaker(c *sentCtx, i int) int {
	toks := c.s.Toks
	skipped := 0
	for j := i - 1; j >= 0 && i-j <= 3+skipped; j-- {
		if c.at[j] < 0 && (x.cue.is("calendar", toks[j].Lower) || toks[j].Lower == "yesterday" || toks[j].Lower == "today") {
			// a fronted day: "Karsovia on Wednesday denied", "the ministry yesterday said"
			skipped++
			if j > 0 && (toks[j-1].Lower == "on" || toks[j-1].Lower == "in" || toks[j-1].Lower == "last") {
				j--
				skipped++
			}
			continue
		}
		if k := c.at[j]; k >= 0 {
			m := c.ms[k]
			if m.First > 0 && x.cue.is("preposition", toks[m.First-1].Lower) || m.First > 1 && toks[m.First-1].Lower == "the" && x.cue.is("preposition", toks[m.First-2].Lower) {
				break // "the ministry in Westeria said", "X's mission to the United Nations called"
			}
			if p := x.reducedRelative(c, i); p >= 0 && p < m.First {
				break // "officers working against Y uncovered": Y does not speak
			}
			return m.Entity
		}
		if isNounTag(toks[j].Tag) {
			// "Germany's BSI federal cyber agency stated": a name right before the noun
			// phrase that ends at the verb speaks; "the report said", "officials said": none
			return x.nounPhraseOwner(c, j)
		}
		if toks[j].Tag == "PRP" {
			return -1 // "we said"
		}
		if toks[j].Tag != "RB" && toks[j].Tag != "MD" && !x.cue.is("be", toks[j].Lower) && toks[j].Lower != "has" && toks[j].Lower != "have" && toks[j].Lower != "had" {
			break
		}
	}
	if i+1 < len(toks) {
		// "…, said Tom Robinson." / "said Robinson, a researcher"
		if k := c.at[i+1]; k >= 0 && c.ms[k].How == mkName {
			m := c.ms[k]
			if m.Last >= len(toks) || toks[m.Last].Text == "," || toks[m.Last].Text == "." {
				return m.Entity
			}
		}
	}
	if i > 0 && toks[i-1].Text == "," {
		// "X, the company's chief executive, said": the name before the appositive
		for j := i - 2; j > 0 && i-j <= 12; j-- {
			if toks[j].Text == "," {
				if k := c.at[j-1]; k >= 0 && c.ms[k].How == mkName {
					return c.ms[k].Entity
				}
				// "the agency's director, Mira Dolan, said": a name standing alone between the
				// commas after a title noun
				if k := c.at[j+1]; k >= 0 && c.ms[k].How == mkName && c.ms[k].First == j+1 && c.ms[k].Last == i-1 &&
					c.ms[k].Entity >= 0 && isNounTag(toks[j-1].Tag) && c.at[j-1] < 0 {
					return c.ms[k].Entity
				}
				break
			}
		}
		return -1 // a quote ends right before: the speaker is not clause-local
	}
	return x.subject(c, i)
}

// object finds the target of the verb at i: the first name to its right in the same clause,
// through determiners, adjectives, nouns and some prepositions, not across another verb.
func (x *Extractor) object(c *sentCtx, i int, allowPrep bool) int {
	return x.objectOf(c, i, allowPrep, false)
}

// objectOf is object; with demonyms, a demonym modifying the object's common noun phrase
// gives its country ("breached Valdorian government networks").
func (x *Extractor) objectOf(c *sentCtx, i int, allowPrep, demonyms bool) int {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= 8; j++ {
		if c.clause[j] != c.clause[i] {
			return -1
		}
		if k := c.at[j]; k >= 0 {
			if j > 0 && (toks[j-1].Lower == "by" || j > 1 && toks[j-1].Lower == "to" && toks[j-2].Lower == "according") {
				return -1
			}
			return x.npHead(c, k)
		}
		if e := x.demonymCountry(c, j); demonyms && e >= 0 {
			return e // "breached Valdorian government networks": the country
		}
		w := toks[j]
		switch {
		case w.Lower == "that" || w.Lower == "by" || w.Lower == "according" || w.Lower == "as" || w.Lower == "since":
			return -1
		case isVerbTag(w.Tag) && w.Tag != "VBG" && w.Tag != "VBN":
			return -1
		case w.Tag == "IN" && !allowPrep:
			return -1
		case w.Text == ",":
			return -1
		}
	}
	return -1
}

// recipient finds who was told: "told X", "told to X", "in a statement to X", "reported to X".
func (x *Extractor) recipient(c *sentCtx, i int, direct bool) int {
	toks := c.s.Toks
	if direct {
		// "told X", "told the committee"
		for j := i + 1; j < len(toks) && j-i <= 3; j++ {
			if k := c.at[j]; k >= 0 {
				if c.ms[k].How != mkPronoun {
					return c.ms[k].Entity
				}
				break
			}
			if t := toks[j].Tag; t != "DT" && t != "JJ" && t != "PRP$" {
				break
			}
		}
	}
	for j := i + 1; j < len(toks) && j-i <= 6; j++ {
		if c.clause[j] != c.clause[i] || toks[j].Text == "," || toks[j].Lower == "that" {
			return -1
		}
		if toks[j].Lower == "to" && j+1 < len(toks) && !isVerbTag(toks[j+1].Tag) {
			return x.nextMention(c, j+1, 3)
		}
		switch w := toks[j]; {
		case isVerbTag(w.Tag) && !(w.Tag == "VBN" && x.cue.is("sentverb", w.Lower)):
			return -1 // "tools it said belonged to X": the "to" is another verb's
		case w.Tag == "RB" || w.Tag == "DT" || w.Tag == "JJ" || w.Tag == "PRP$" || isNounTag(w.Tag) && c.at[j] < 0 || w.Tag == "IN" || isVerbTag(w.Tag):
		default:
			return -1
		}
	}
	return -1
}

// byAgent finds "by X" after the trigger in the same clause.
func (x *Extractor) byAgent(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= 8; j++ {
		if c.clause[j] != c.clause[i] {
			return -1
		}
		if toks[j].Lower == "by" {
			return x.nextMention(c, j+1, 3)
		}
		// "warning of attacks mounted by X", "tools it said belonged to X": the "by" is
		// another event's or another verb's; "the intrusion was carried out by X" is fine
		if _, ok := x.lex.lookup(toks[j].Lower, false); ok && isNounTag(toks[j].Tag) {
			return -1
		}
		if isVerbTag(toks[j].Tag) && !x.cue.is("be", toks[j].Lower) && !x.cue.is("support", toks[j].Lower) {
			return -1
		}
	}
	return -1
}

// afterPrep finds "<prep> X" after the trigger in the same clause.
func (x *Extractor) afterPrep(c *sentCtx, i int, prep string) int {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= 10; j++ {
		if c.clause[j] != c.clause[i] {
			return -1
		}
		if toks[j].Lower == prep {
			if x.nextMention(c, j+1, 3) >= 0 {
				return x.headAfter(c, j+1)
			}
			return -1
		}
	}
	return -1
}

// nextMention returns the entity of the first mention starting within n tokens from j.
func (x *Extractor) nextMention(c *sentCtx, j, n int) int {
	toks := c.s.Toks
	for k := j; k < len(toks) && k-j < n; k++ {
		if c.at[k] >= 0 {
			return c.ms[c.at[k]].Entity
		}
		if toks[k].Tag != "DT" && toks[k].Tag != "JJ" && toks[k].Tag != "CD" && toks[k].Tag != "PRP$" &&
			!(toks[k].Tag == "NN" && k+1 < len(toks) && c.at[k+1] >= 0) && !(toks[k].Tag == "NN" && k+2 < len(toks) && toks[k+1].Tag == "NN" && c.at[k+2] >= 0) {
			return -1 // common nouns only as a classifier right before a name: "antivirus vendor X"
		}
	}
	return -1
}

// placedIn reads a common-noun phrase placed in a country ("steel mills in Iran", "three
// hospitals in Ohio" when Ohio is a country-kind place): the country, or -1. Only
// determiners, numbers, adjectives and common nouns may come before "in".
func (x *Extractor) placedIn(c *sentCtx, j int) int {
	toks := c.s.Toks
	for k := j; k < len(toks) && k-j <= 5; k++ {
		if c.at[k] >= 0 {
			return -1
		}
		t := toks[k]
		if t.Lower == "in" && k > j {
			if m := k + 1; m < len(toks) && c.at[m] >= 0 {
				if e := c.ms[c.at[m]].Entity; e >= 0 && e < len(c.ents) && c.ents[e].Kind == schema.KindCountry {
					return e
				}
			}
			return -1
		}
		if !(t.Tag == "DT" || t.Tag == "CD" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "HYPH") {
			return -1
		}
	}
	return -1
}

// headAfter is nextMention (4 tokens) taking the head name of the noun phrase the mention
// opens ("Acme co-founder Jo Park" is Jo Park).
func (x *Extractor) headAfter(c *sentCtx, j int) int {
	if x.nextMention(c, j, 4) < 0 {
		return -1
	}
	for k := j; k < len(c.s.Toks); k++ {
		if c.at[k] >= 0 {
			return x.npHead(c, c.at[k])
		}
	}
	return -1
}

func (x *Extractor) followedBy(c *sentCtx, i int, words ...string) bool {
	if i+1 >= len(c.s.Toks) {
		return false
	}
	w := c.s.Toks[i+1].Lower
	for _, v := range words {
		if w == v {
			return true
		}
	}
	return false
}

// isPress reports whether an entity is a news outlet.
func (c *sentCtx) isPress(e int) bool {
	if e < 0 || e >= len(c.ents) {
		return false
	}
	en := c.ents[e]
	return en.Entry != nil && en.Entry.Class == "media"
}

// modality sets Negated and Modality from cues before the trigger in its clause.
func (x *Extractor) modality(c *sentCtx, i int, ev *rawEvent) {
	toks := c.s.Toks
	reach := 5
	for j := i - 1; j >= 0 && i-j <= reach; j-- {
		if c.clause[j] != c.clause[i] {
			break
		}
		w := toks[j].Lower
		if !isVerbTag(toks[i].Tag) && x.lexicalVerb(toks[j]) {
			break // "didn't prevent the ensuing attacks": the negation is the other verb's
		}
		if c.at[j] >= 0 {
			continue // a word of a name: "Reporters Without Borders warned" is no negation
		}
		switch {
		case x.cue.is("negation", w):
			ev.Negated = true
		case x.cue.is("hypothetical", w):
			if ev.Modality == "" {
				ev.Modality = "hypothetical"
			}
		case x.cue.is("future", w):
			ev.Modality = "future"
		case w == "to" && j > 0 && x.cue.is("futureverb", toks[j-1].Lower):
			ev.Modality = "future"
		case x.cue.is("enableverb", w) && i-j+4 > reach:
			// "could allow remote attackers to steal", "may be exploited to hijack": the
			// modal of the enabling verb governs the event
			reach = i - j + 4
		}
	}
	if ev.Modality == "" && !ev.Negated && incident(ev.Type) && ev.Type != schema.EventReport && x.habitual(c, i) {
		ev.Modality = "hypothetical"
	}
}

// habitual reports whether the trigger at i states what happens as a rule rather than an
// event: the simple present with a frequency adverb ("attackers routinely target"), or with
// a bare plural subject ("ransomware gangs encrypt files").
func (x *Extractor) habitual(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if t := toks[i].Tag; t != "VBZ" && t != "VBP" || x.cue.is("be", toks[i].Lower) {
		return false
	}
	for j := i + 1; j < len(toks) && j-i <= 6 && c.clause[j] == c.clause[i]; j++ {
		if x.cue.is("habitual", toks[j].Lower) {
			return true // "hits hospitals often"
		}
	}
	j := i - 1
	for ; j >= 0 && i-j <= 4 && c.clause[j] == c.clause[i]; j-- {
		if x.cue.is("habitual", toks[j].Lower) {
			return true
		}
		if toks[j].Tag != "RB" {
			break
		}
	}
	// a bare plural subject: "attackers", "criminal groups" (not "the attackers", not a name)
	if j < 0 || toks[j].Tag != "NNS" || c.at[j] >= 0 && c.ms[c.at[j]].How == mkName {
		return false
	}
	k := j - 1
	for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "NNS" || toks[k].Tag == "VBN") && c.at[k] < 0 {
		k--
	}
	if k >= 0 {
		if tg := toks[k].Tag; tg == "DT" || tg == "PRP$" || tg == "CD" || tg == "POS" || c.at[k] >= 0 {
			return false
		}
	}
	return true
}

// denials finds "X was not involved", "X has never helped", "X denied": denial events whose
// agent is the subject.
func (x *Extractor) denials(c *sentCtx) []rawEvent {
	var out []rawEvent
	toks := c.s.Toks
	out = append(out, x.rebuttals(c)...)
	for i, t := range toks {
		if t.Lower != "not" && t.Lower != "never" && t.Lower != "n't" && t.Lower != "no" {
			continue
		}
		for j := i + 1; j < len(toks) && j-i <= 3; j++ {
			if x.cue.is("denialcue", toks[j].Lower) {
				a := x.subject(c, i)
				if a < 0 {
					break
				}
				out = append(out, rawEvent{Sent: c.s.Index, Trigger: i, Type: schema.EventDenial, Lemma: "deny", Agent: []int{a}, Conf: 0.6, TimeIdx: -1})
				break
			}
		}
	}
	return out
}

// rebuttals reads a speaker calling the accusations false: "X said the accusations were
// absurd", "X called the claims baseless", "X says the allegations are lies".
func (x *Extractor) rebuttals(c *sentCtx) []rawEvent {
	var out []rawEvent
	toks := c.s.Toks
	for j, t := range toks {
		if !x.cue.is("rebuttal", t.Lower) {
			continue
		}
		k := -1
		for p := j - 1; p >= 0 && j-p <= 4; p-- {
			if x.cue.is("claimnoun", toks[p].Lower) {
				k = p
				break
			}
		}
		if k < 0 {
			continue
		}
		for v := k - 1; v >= 0 && k-v <= 3; v-- {
			w := toks[v]
			if !isVerbTag(w.Tag) {
				continue
			}
			if x.cue.is("reporting", w.Lower) || strings.HasPrefix(w.Lower, "call") || strings.HasPrefix(w.Lower, "describ") {
				if a := x.speaker(c, v); a >= 0 {
					out = append(out, rawEvent{Sent: c.s.Index, Trigger: v, Type: schema.EventDenial, Lemma: "deny", Agent: []int{a}, Conf: 0.6, TimeIdx: -1})
				}
			}
			break
		}
	}
	return out
}

// claims adds sources: "according to X" and the speakers of the sentence's statements and
// reports become sources of its other events.
func (x *Extractor) claims(c *sentCtx, evs []rawEvent) {
	toks := c.s.Toks
	var sources []int
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Lower == "according" && toks[i+1].Lower == "to" {
			if e := x.nextMention(c, i+2, 4); e >= 0 {
				sources = append(sources, e)
			}
		}
	}
	for _, ev := range evs {
		if (ev.Type == schema.EventStatement || ev.Type == schema.EventReport || ev.Type == schema.EventDenial) && len(ev.Agent) > 0 {
			sources = append(sources, ev.Agent...)
		}
	}
	for k := range evs {
		ev := &evs[k]
		for _, s := range sources {
			if !contains(ev.Agent, s) && !contains(ev.Target, s) && !contains(ev.Source, s) {
				ev.Source = append(ev.Source, s)
			}
		}
	}
}

func ents(e int) []int {
	if e < 0 {
		return nil
	}
	return []int{e}
}

func contains(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func sameEnts(a, b []int) bool {
	if len(a) == 0 || len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
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

// received reads "Y received intelligence from X", "Y got a warning from X": X told Y.
func (x *Extractor) received(c *sentCtx, i int) (rawEvent, bool) {
	toks := c.s.Toks
	info := false
	for j := i + 1; j < len(toks) && j-i <= 6; j++ {
		if c.clause[j] != c.clause[i] {
			break
		}
		if x.cue.is("information", toks[j].Lower) {
			info = true
			continue
		}
		if toks[j].Lower == "from" && info {
			from := x.nextMention(c, j+1, 4)
			to := x.subject(c, i)
			if from < 0 || to < 0 || from == to {
				return rawEvent{}, false
			}
			ev := rawEvent{Type: schema.EventWarning, Lemma: "warn", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.7,
				Agent: []int{from}, Target: []int{to}, Told: true}
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
	if info && !denied {
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

// incident reports whether an event type is a cyber incident (intrusion, theft, leak,
// attack): such an event is worth recording even when the text names no one taking part
// ("the data was stolen", "a ransomware attack").
func incident(t schema.EventType) bool {
	switch t {
	case schema.EventIntrusion, schema.EventTheft, schema.EventLeak, schema.EventAttack, schema.EventReport, schema.EventOther:
		return true
	}
	return false
}

// nounPhraseOwner returns the entity of a name that a noun phrase ending at token j starts
// with ("BSI federal cyber agency", "Kaspersky's researchers"), or -1.
func (x *Extractor) nounPhraseOwner(c *sentCtx, j int) int {
	toks := c.s.Toks
	for k := j; k >= 0 && j-k <= 4; k-- {
		if m := c.at[k]; m >= 0 {
			if c.ms[m].How == mkName || c.ms[m].How == mkDemonym {
				e := c.ms[m].Entity
				if c.ms[m].Possessive && e >= 0 && e < len(c.ents) && c.ents[e].Kind == schema.KindPerson && x.cue.is("personrole", toks[j].Lower) {
					return -1 // "Hale's attorney said": another person speaks for him
				}
				return e
			}
			return -1
		}
		t := toks[k]
		if !(isNounTag(t.Tag) || t.Tag == "JJ" || t.Text == "'s" || t.Text == "’s" || t.Tag == "POS") {
			return -1
		}
	}
	return -1
}

// npHead returns the entity of the head name of the noun phrase that sentence mention k
// opens: "the Iran state-owned Bank Sepah" is Bank Sepah, while "Kaspersky's systems" and
// "Kaspersky Lab" stay with their first name.
func (x *Extractor) npHead(c *sentCtx, k int) int {
	m := c.ms[k]
	if a := x.appositiveName(c, k); a >= 0 {
		return a
	}
	toks := c.s.Toks
	if m.Possessive {
		if e := x.ownedApposition(c, m); e >= 0 {
			return e
		}
	}
	if m.Possessive || m.How != mkName && m.How != mkDemonym {
		return m.Entity
	}
	best := m.Entity
	for j := m.Last; j < len(toks) && j-m.Last <= 4; j++ {
		if n := c.at[j]; n >= 0 {
			if e := c.ms[n].Entity; c.ms[n].How == mkName && e >= 0 && e != m.Entity && e < len(c.ents) && (c.ents[e].Conf >= 0.6 || c.ms[n].Last-c.ms[n].First >= 2) {
				best = c.ms[n].Entity
			}
			break
		}
		if t := toks[j]; !(t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "VBN" || t.Tag == "HYPH") {
			if t.Text == "," && j > m.Last && j+1 < len(toks) {
				// "the Morvanian energy regulator, Ergon Authority": the name in apposition
				if n := c.at[j+1]; n >= 0 && c.ms[n].How == mkName && c.ms[n].Entity >= 0 {
					if e := c.ms[n].Last; e >= len(toks) || toks[e].Text == "," || toks[e].Text == "." {
						best = c.ms[n].Entity
					}
				}
			}
			break
		}
	}
	return best
}

// ownedApposition returns the name set off by commas after the noun phrase a possessive opens
// ("Russia's military intelligence agency, the GRU,"), or -1.
func (x *Extractor) ownedApposition(c *sentCtx, m mention) int {
	toks := c.s.Toks
	j := m.Last
	if j < len(toks) && (toks[j].Text == "'s" || toks[j].Text == "’s") {
		j++
	}
	n := j
	for j < len(toks) && j-n <= 4 && (c.at[j] < 0 || c.ms[c.at[j]].How == mkGeneric) && (toks[j].Tag == "JJ" || toks[j].Tag == "NN" || toks[j].Tag == "NNS") {
		j++
	}
	if j == n || j+1 >= len(toks) || toks[j].Text != "," {
		return -1
	}
	j++
	if toks[j].Lower == "the" && c.at[j] < 0 {
		j++
	}
	if j >= len(toks) || c.at[j] < 0 {
		return -1
	}
	a := c.ms[c.at[j]]
	if a.How != mkName || a.Entity < 0 || a.Entity == m.Entity || a.Last < len(toks) && toks[a.Last].Text != "," && toks[a.Last].Text != "." {
		return -1
	}
	return a.Entity
}

// speaksFor adds to a statement, report or denial by a person the organisation the sentence
// says the person speaks for: a name before the person's role words ("Westeria government
// spokesperson Ana Lind", "Acme chief executive Jo Park") or after a role in an appositive
// ("Jo Park, chief scientist at Acme,"). The person stays the agent; the organisation is a
// second one.
func (x *Extractor) speaksFor(c *sentCtx, evs []rawEvent) {
	for k := range evs {
		ev := &evs[k]
		if !isReporting(*ev) || len(ev.Agent) != 1 {
			continue
		}
		p := ev.Agent[0]
		if p < 0 || p >= len(c.ents) || c.ents[p].Kind != schema.KindPerson {
			continue
		}
		for _, m := range c.ms {
			if m.Entity != p || m.How != mkName {
				continue
			}
			if o := x.affiliation(c, m); o >= 0 && o != p && !contains(ev.Agent, o) && !contains(ev.Target, o) {
				ev.Agent = append(ev.Agent, o)
			}
			break
		}
	}
}

// noteEmployers records for each person named in the sentence the organisation the sentence
// says they work for (affiliation, or "Director Jo Park of the Security Service"), so that a
// later "his agency" can be read as that organisation.
func (x *Extractor) noteEmployers(c *sentCtx) {
	toks := c.s.Toks
	for _, m := range c.ms {
		if m.How != mkName || m.Entity < 0 || m.Entity >= len(c.ents) || c.ents[m.Entity].Kind != schema.KindPerson || c.ents[m.Entity].Employer > 0 {
			continue
		}
		o := x.affiliation(c, m)
		if o < 0 && m.Titles != "" && m.Last+1 < len(toks) && toks[m.Last].Lower == "of" {
			// "Director General Piet Halvorsen of the Security Intelligence Service"
			if e := x.nextMention(c, m.Last+1, 2); e >= 0 && e < len(c.ents) && (c.ents[e].Kind == schema.KindAgency || c.ents[e].Kind == schema.KindOrganization) && !c.ents[e].Generic {
				o = e
			}
		}
		if o >= 0 && o != m.Entity {
			c.ents[m.Entity].Employer = o + 1
		}
	}
}

// partitive lists the quantifiers that take a part of a whole: "some of X's banks".
var partitive = map[string]bool{"some": true, "many": true, "most": true, "several": true, "all": true, "both": true, "none": true, "few": true}

// workplace lists the nouns by which a person's possessive names the body they work for:
// "his agency", "her ministry".
var workplace = map[string]bool{"agency": true, "ministry": true, "department": true, "office": true, "service": true,
	"bureau": true, "company": true, "firm": true, "organisation": true, "organization": true, "directorate": true}

// affiliation returns the organisation, agency, country or group named as the employer of
// the person named by m, or -1.
func (x *Extractor) affiliation(c *sentCtx, m mention) int {
	toks := c.s.Toks
	org := func(e int) bool {
		if e < 0 || e >= len(c.ents) {
			return false
		}
		switch c.ents[e].Kind {
		case schema.KindOrganization, schema.KindAgency, schema.KindCountry, schema.KindGroup:
			return !c.ents[e].Generic
		}
		return false
	}
	// "<Org> <role words> <Person>"
	roles := 0
	for j := m.First - 1; j >= 0 && m.First-j <= 5; j-- {
		if k := c.at[j]; k >= 0 {
			if n := c.ms[k]; roles > 0 && n.How == mkName && !n.Possessive && org(n.Entity) {
				return n.Entity
			}
			break
		}
		t := toks[j]
		if t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "JJ" || t.Tag == "HYPH" || t.Text == "-" {
			if t.Tag == "NN" || t.Tag == "NNS" {
				roles++
			}
			continue
		}
		break
	}
	// "<Person>, <role words> at|of|for|with <Org>"
	if m.Last < len(toks) && toks[m.Last].Text == "," {
		for j := m.Last + 1; j < len(toks) && j-m.Last <= 9; j++ {
			t := toks[j]
			if c.at[j] >= 0 || t.Text == "," || isVerbTag(t.Tag) {
				break
			}
			if j > m.Last+1 && (t.Lower == "at" || t.Lower == "of" || t.Lower == "for" || t.Lower == "with") {
				if e := x.nextMention(c, j+1, 3); org(e) {
					return e
				}
				break
			}
		}
	}
	return -1
}

// advised gives a warning that names no one told the subject of a passive verb of advice in
// its sentence: "hospitals are urged to patch, the agency warned" warns the hospitals.
func (x *Extractor) advised(c *sentCtx, evs []rawEvent) {
	want := -1
	for k, ev := range evs {
		if ev.Type == schema.EventWarning && len(ev.Agent) > 0 && len(ev.Target) == 0 {
			want = k
			break
		}
	}
	if want < 0 {
		return
	}
	toks := c.s.Toks
	for i, t := range toks {
		if t.Tag != "VBN" || !x.cue.is("adviseverb", t.Lower) || !x.passiveAux(c, i) {
			continue
		}
		j := i + 1
		for j < len(toks) && isQuote(toks[j].Text) {
			j++ // encouraged "to prepare …"
		}
		if j >= len(toks) || toks[j].Lower != "to" {
			continue
		}
		o := x.subject(c, i)
		if o < 0 && c.gen != nil {
			o = x.subject(c.gen, i)
		}
		if o >= 0 && !contains(evs[want].Agent, o) {
			evs[want].Target = []int{o}
		}
		return
	}
}

// coordinated widens an event's one agent or target named in a coordination of names ("Valcom
// and Morvatel had been breached", "X, Y and Z hacked W", "they" standing for "Valcom and
// Morvatel" earlier in the sentence) to every conjunct: one event per conjunct, as each victim
// or perpetrator is a link of its own.
func (x *Extractor) coordinated(c *sentCtx, evs []rawEvent) []rawEvent {
	n := len(evs)
	for k := 0; k < n; k++ {
		talk := isReporting(evs[k]) || evs[k].Type == schema.EventWarning
		for _, role := range []int{0, 1} {
			if talk && role == 0 {
				continue // "warned X and Y": the list told stays as it was read
			}
			ps := append([]int(nil), evs[k].Target...)
			if role == 1 {
				ps = append([]int(nil), evs[k].Agent...)
			}
			if len(ps) != 1 {
				continue
			}
			for _, e := range x.conjuncts(c, ps[0], evs[k].Trigger, talk) {
				if contains(evs[k].Agent, e) || contains(evs[k].Target, e) {
					continue
				}
				if role == 1 {
					evs[k].Agent = append(evs[k].Agent, e)
				} else {
					evs[k].Target = append(evs[k].Target, e)
				}
			}
		}
	}
	return evs
}

// conjuncts returns the other entities named in a coordination ("A and B", "A, B and C", "A or
// B") with a name of entity e in the sentence, or nil. A list joined by commas only is an
// apposition, not a coordination; "Y and Z" after trigger i followed by a finite verb is two
// clauses ("X hacked Y and Z said …").
//
// With before, only a coordination ending before the trigger counts: the senders of a
// warning stand before it ("X and Y warned"), not in what it is about ("conflicts with X and Y").
func (x *Extractor) conjuncts(c *sentCtx, e, i int, before bool) []int {
	toks := c.s.Toks
	isName := func(k int) bool {
		return k >= 0 && k < len(c.ms) && (c.ms[k].How == mkName || c.ms[k].How == mkDemonym) && c.ms[k].Entity >= 0
	}
	for k := range c.ms {
		if c.ms[k].Entity != e || !isName(k) {
			continue
		}
		// walk to the first conjunct, then collect to the right
		first := k
		for first > 0 && isName(first-1) && joins(toks[c.ms[first-1].Last:c.ms[first].First]) != 0 && !c.ms[first-1].Possessive {
			first--
		}
		chain := []int{first}
		and := false
		for p := first; p+1 < len(c.ms) && isName(p+1) && !c.ms[p].Possessive; p++ {
			j := joins(toks[c.ms[p].Last:c.ms[p+1].First])
			if j == 0 {
				break
			}
			chain = append(chain, p+1)
			if j == 2 {
				and = true
				break
			}
		}
		if !and || len(chain) < 2 {
			continue
		}
		last := c.ms[chain[len(chain)-1]]
		if before && last.Last > i {
			continue
		}
		if last.First > i && last.Last < len(toks) {
			if t := toks[last.Last].Tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
				continue
			}
		}
		var out []int
		for _, q := range chain {
			en := c.ms[q].Entity
			if en != e && !contains(out, en) && c.ents[en].Kind == c.ents[e].Kind && c.ents[en].Conf >= 0.5 {
				out = append(out, en)
			}
		}
		return out
	}
	return nil
}

// joins tells what lies between two names: 1 for a comma, 2 for "and"/"or" (", and"), 0 for
// anything else.
func joins(gap []token) int {
	if n := len(gap); n >= 2 && gap[n-1].Lower == "the" {
		gap = gap[:n-1] // "the Canadian Centre and the FBI"
	}
	switch {
	case len(gap) == 1 && gap[0].Text == ",":
		return 1
	case len(gap) == 1 && (gap[0].Lower == "and" || gap[0].Lower == "or"):
		return 2
	case len(gap) == 2 && gap[0].Text == "," && (gap[1].Lower == "and" || gap[1].Lower == "or"):
		return 2
	}
	return 0
}

// causativeHave returns the index of "have/has/had/having" when the participle at i ends
// "had <noun phrase> <participle>" ("had their personal data stolen"), else -1.
func (x *Extractor) causativeHave(c *sentCtx, i int) int {
	toks := c.s.Toks
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return -1
	}
	for j := i - 1; j >= 0 && i-j <= 6 && c.clause[j] == c.clause[i]; j-- {
		switch toks[j].Lower {
		case "have", "has", "had", "having":
			if j == i-1 {
				return -1 // a perfect: "has stolen"
			}
			return j
		}
		t := toks[j].Tag
		if !(t == "DT" || t == "PRP$" || t == "JJ" || t == "NN" || t == "NNS" || t == "CD" || t == "POS" || t == "HYPH") {
			return -1
		}
	}
	return -1
}

// targetsPlaced adds to an incident whose one target is named as the modifier of a common
// noun placed in a country ("targeting of outdated Acme mail servers in Valdoria") that
// country as a second target: the name is often the product's maker, the country the victim.
func (x *Extractor) targetsPlaced(c *sentCtx, evs []rawEvent) {
	for k := range evs {
		ev := &evs[k]
		if len(ev.Target) != 1 || !incident(ev.Type) || ev.Type == schema.EventReport || ev.Type == schema.EventOther {
			continue
		}
		for _, m := range c.ms {
			if m.Entity != ev.Target[0] || m.First <= ev.Trigger || m.Possessive {
				continue
			}
			if m.Last < len(c.s.Toks) && isNounTag(c.s.Toks[m.Last].Tag) && c.at[m.Last] < 0 {
				if e := x.placedIn(c, m.Last); e >= 0 && !contains(ev.Agent, e) && e != ev.Target[0] {
					ev.Target = append(ev.Target, e)
				}
			}
			break
		}
	}
}

// demonymCountry returns the country entity of the article that a demonym at token j names
// when it modifies a common noun phrase rather than heading an actor's name ("Valdorian
// government networks", "a Dutch armed forces network"), or -1.
func (x *Extractor) demonymCountry(c *sentCtx, j int) int {
	toks := c.s.Toks
	if c.at[j] >= 0 || !isCap(toks[j].Text) || j+1 >= len(toks) || c.at[j+1] >= 0 || !isNounTag(toks[j+1].Tag) || isCap(toks[j+1].Text) {
		return -1
	}
	en, ok := x.gaz.Demonym(toks[j].Text)
	if !ok && c.s.local != nil {
		en, ok = c.s.local.demonym[toks[j].Text]
	}
	if !ok || en == nil {
		return -1
	}
	if c.countries != nil {
		if e, ok := c.countries[en.Name]; ok {
			return e
		}
		return -1
	}
	for e := range c.ents {
		if c.ents[e].Kind == schema.KindCountry && c.ents[e].Entry != nil && c.ents[e].Entry.Name == en.Name {
			return e
		}
	}
	return -1
}

// countryEntities maps the gazetteer name of each country entity to the entity.
func countryEntities(ents []entity) map[string]int {
	out := map[string]int{}
	for e := range ents {
		if ents[e].Kind == schema.KindCountry && ents[e].Entry != nil {
			if _, ok := out[ents[e].Entry.Name]; !ok {
				out[ents[e].Entry.Name] = e
			}
		}
	}
	return out
}

var plotNoun = map[string]bool{"plot": true, "plots": true, "plan": true, "plans": true, "attempt": true, "attempts": true,
	"bid": true, "conspiracy": true, "scheme": true}

// controller finds the doer of a purpose infinitive at i that a nominalisation governs: the
// possessor in "X's exploitation of flaws in Acme mail to breach Y", no one in "the
// exploitation of flaws to breach Y" (not Acme, the nearest name). ok is false when i is no
// such infinitive: a verb governs it ("X exploited a flaw in Acme's router to breach Y",
// "allowed the attackers to steal") and the usual subject rule holds.
func (x *Extractor) controller(c *sentCtx, i int) (int, bool) {
	toks := c.s.Toks
	if i < 2 || toks[i].Tag != "VB" || toks[i-1].Lower != "to" {
		return -1, false
	}
	if plotNoun[toks[i-2].Lower] {
		// "police foiled a plot to bomb the station": the plotters, not the police; "X's plan
		// to attack Y": X
		if i > 3 && (toks[i-3].Text == "'s" || toks[i-3].Text == "’s") && c.at[i-4] >= 0 {
			return c.ms[c.at[i-4]].Entity, true
		}
		return -1, true
	}
	for j := i - 2; j >= 0 && i-j <= 25; j-- {
		t := toks[j]
		if x.cue.is("clausebreak", t.Lower) || t.Lower == "that" || t.Tag == "WP" {
			return -1, false
		}
		if t.Text == "," && !(j > 0 && c.at[j-1] >= 0 && j+1 < len(toks) && (c.at[j+1] >= 0 || toks[j+1].Lower == "and")) || t.Tag == "WDT" || t.Tag == "MD" {
			return -1, false // a comma other than in a list of names ends the search
		}
		if c.at[j] < 0 && isNounTag(t.Tag) && j+1 < len(toks) && toks[j+1].Lower == "of" && x.nominalisation(t.Lower) {
			if j > 0 && (toks[j-1].Tag == "POS" || toks[j-1].Text == "'s" || toks[j-1].Text == "’s") && j > 1 && c.at[j-2] >= 0 {
				return c.ms[c.at[j-2]].Entity, true
			}
			if j > 0 && toks[j-1].Lower == "the" {
				return -1, true
			}
			return -1, false
		}
		if isVerbTag(t.Tag) && t.Tag != "VBG" && !(t.Tag == "VBN" && !x.passiveAux(c, j) && !x.perfect(c, j)) {
			return -1, false // a verb governs the infinitive: the usual subject rule holds
		}
	}
	return -1, false
}

// nominalisation reports whether a noun names an action: an event trigger or a noun in -tion,
// -ment, -ing or -al ("exploitation", "deployment", "targeting", "removal").
func (x *Extractor) nominalisation(w string) bool {
	if _, ok := x.lex.lookup(w, false); ok {
		return true
	}
	for _, suf := range []string{"tion", "tions", "ment", "ments", "ing", "al"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// attributedTo reports whether the mention starting at token j is the source of an
// "according to" phrase (determiners and adjectives may come between).
func attributedTo(toks []token, j int) bool {
	for k := j - 1; k >= 1 && j-k <= 3; k-- {
		if toks[k].Lower == "to" {
			return toks[k-1].Lower == "according"
		}
		if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "PRP$" {
			return false
		}
	}
	return false
}

// perfect reports whether a form of "have" stands at most three tokens before the participle
// at j ("had since hired").
func (x *Extractor) perfect(c *sentCtx, j int) bool {
	for k := j - 1; k >= 0 && j-k <= 3; k-- {
		switch c.s.Toks[k].Lower {
		case "have", "has", "had", "having":
			return true
		}
	}
	return false
}

// offence reports whether the trigger at i names the offence of a charge, a conviction or a
// sentence rather than a deed the article reports: "charged with extortion", "faces charges,
// including conspiring to hack", "sentenced for breaching his bail conditions". It looks back
// through the noun and gerund phrases of a list to a charge word in the trigger's clause.
func (x *Extractor) offence(c *sentCtx, i int) bool {
	toks := c.s.Toks
	for j := i - 1; j >= 0 && i-j <= 15 && c.clause[j] == c.clause[i]; j-- {
		w := toks[j]
		if x.cue.is("offence", w.Lower) {
			return true
		}
		if t := w.Tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return false
		}
	}
	return false
}

// duringBy returns the doer of a passive verb whose prepositional phrase "in|during <incident
// noun at i>" tells when it was done ("was installed by a group known as X during a breach",
// "was put to use by X in an attack"): the name after its "by", or -1.
func (x *Extractor) duringBy(c *sentCtx, i int) int {
	toks := c.s.Toks
	p := i - 1
	for p >= 0 && i-p <= 4 && c.at[p] < 0 && (toks[p].Tag == "DT" || toks[p].Tag == "JJ" || toks[p].Tag == "CD" || toks[p].Tag == "NN" || toks[p].Tag == "VBG") {
		p--
	}
	if p < 2 || toks[p].Lower != "during" && toks[p].Lower != "in" {
		return -1
	}
	// back over the by-phrase to "by" after a passive participle
	for j := p - 1; j >= 1 && p-j <= 8 && c.clause[j] == c.clause[p]; j-- {
		if toks[j].Lower != "by" {
			if isVerbTag(toks[j].Tag) && toks[j].Tag != "VBN" || toks[j].Text == "," {
				return -1
			}
			continue
		}
		v := j - 1
		for v > 0 && toks[v].Tag == "RB" {
			v--
		}
		if toks[v].Tag != "VBN" && !(toks[v].Tag == "VB" && v > 1 && toks[v-1].Lower == "to" && toks[v-2].Tag == "VBN") {
			return -1 // "put to use by": a passive too
		}
		for k := j + 1; k < p; k++ {
			if m := c.at[k]; m >= 0 && (c.ms[m].How == mkName || c.ms[m].How == mkDemonym) && c.ms[m].Entity >= 0 {
				return c.ms[m].Entity
			}
		}
		return -1
	}
	return -1
}

// demonymAfter returns the country of a demonym opening the noun phrase at j (after at most
// two determiners, numbers or adjectives: "three Valdorian banks"), or -1.
func (x *Extractor) demonymAfter(c *sentCtx, j int) int {
	toks := c.s.Toks
	for k := j; k < len(toks) && k-j <= 2; k++ {
		if e := x.demonymCountry(c, k); e >= 0 {
			return e
		}
		if t := toks[k].Tag; c.at[k] >= 0 || t != "DT" && t != "JJ" && t != "CD" {
			return -1
		}
	}
	return -1
}

// headOrDemonym is headAfter, else the country of a demonym opening the noun phrase.
func (x *Extractor) headOrDemonym(c *sentCtx, j int) int {
	if e := x.headAfter(c, j); e >= 0 {
		return e
	}
	return x.demonymAfter(c, j)
}

// appositiveName returns the entity of a name set off by commas right after a definite noun
// phrase that sentence mention k opens or modifies ("the Valdorian energy regulator, Ergon
// Authority," "the company, Nimbus Systems."), or -1.
func (x *Extractor) appositiveName(c *sentCtx, k int) int {
	m := c.ms[k]
	toks := c.s.Toks
	if m.Possessive || m.First == 0 || toks[m.First-1].Lower != "the" && !(m.How == mkDesc && toks[m.First].Lower == "the") {
		return -1
	}
	j := m.Last
	for j < len(toks) && j-m.Last <= 3 && c.at[j] < 0 && (toks[j].Tag == "NN" || toks[j].Tag == "JJ" || toks[j].Tag == "NNS") {
		j++
	}
	if j+1 >= len(toks) || toks[j].Text != "," || c.at[j+1] < 0 {
		return -1
	}
	n := c.ms[c.at[j+1]]
	if n.How != mkName || n.Entity < 0 || n.Entity == m.Entity {
		return -1
	}
	if n.Last < len(toks) && toks[n.Last].Text != "," && toks[n.Last].Text != "." {
		return -1
	}
	return n.Entity
}

// definiteNP reports whether the noun at i heads a definite noun phrase: "the attack",
// "this week's breach" is not, "the 2014 hack" is.
func definiteNP(toks []token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		switch toks[j].Lower {
		case "the", "this", "that", "these", "those":
			return true
		}
		if t := toks[j].Tag; t != "JJ" && t != "NN" && t != "NNP" && t != "CD" && t != "VBN" && t != "HYPH" {
			return false
		}
	}
	return false
}

// secretThing reports whether what the verb (or, with "of", the noun) at i makes public is
// something kept secret: a document or data noun with a modifier of secrecy or of whose it is
// ("classified material", "patient data", "the ministry's emails"), within the object's noun
// phrase; "its own exploit code" is not.
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
		case x.cue.is("secretdoc", t.Lower) && isNounTag(t.Tag):
			if marked {
				return true
			}
			marked = x.cue.is("secretmod", t.Lower) // "customer data": the owner's word
		case x.cue.is("secretmod", t.Lower) || c.at[j] >= 0 && c.ms[c.at[j]].How != mkPronoun || t.Tag == "POS":
			marked = true
		case t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "CC" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "HYPH" || t.Lower == "of":
		default:
			return false
		}
	}
	return false
}

// orderedOut reads "X ordered Y removed (from …)", "to order Y banned", "ordered Y's products
// pulled": a sanction by the subject of "order" against the name its object phrase opens with.
func (x *Extractor) orderedOut(c *sentCtx, i int) (rawEvent, bool) {
	toks := c.s.Toks
	if !x.cue.is("orderverb", toks[i].Lower) || !isVerbTag(toks[i].Tag) && (i == 0 || toks[i-1].Lower != "to") {
		return rawEvent{}, false
	}
	target := -1
	for j := i + 1; j < len(toks) && j-i <= 6 && c.clause[j] == c.clause[i]; j++ {
		if k := c.at[j]; k >= 0 {
			if target < 0 {
				target = c.ms[k].Entity
			}
			continue
		}
		t := toks[j]
		// "ordered four Valmark diplomats to leave (the country)": an expulsion
		leave := t.Lower == "to" && j+1 < len(toks) && toks[j+1].Lower == "leave" && x.cue.is("envoy", toks[j-1].Lower)
		if j > i+1 && (leave || x.cue.is("removedverb", t.Lower) && (t.Tag == "VBN" || t.Tag == "VBD")) {
			if target < 0 {
				return rawEvent{}, false
			}
			ev := rawEvent{Type: schema.EventSanction, Lemma: "ban", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.7, Target: []int{target}}
			if a := x.subject(c, i); a >= 0 && a != target {
				ev.Agent = []int{a}
			}
			x.modality(c, i, &ev)
			return ev, true
		}
		if !(t.Tag == "DT" || t.Tag == "JJ" || isNounTag(t.Tag) || t.Tag == "POS" || t.Tag == "PRP$" || t.Tag == "HYPH" || t.Tag == "CD") {
			return rawEvent{}, false
		}
	}
	return rawEvent{}, false
}

// oneWarning folds the warnings one sender gives in one sentence into the first ("X notified
// its customers and informed the agency"): one act of warning, with all those warned.
func oneWarning(evs []rawEvent) []rawEvent {
	out := evs[:0]
	first := map[int]int{} // agent → index in out of its first warning
	for _, ev := range evs {
		if ev.Type == schema.EventWarning && len(ev.Agent) == 1 && !ev.Negated {
			if k, ok := first[ev.Agent[0]]; ok {
				for _, t := range ev.Target {
					if !contains(out[k].Target, t) {
						out[k].Target = append(out[k].Target, t)
					}
				}
				out[k].Told = out[k].Told || ev.Told
				continue
			}
			first[ev.Agent[0]] = len(out)
		}
		out = append(out, ev)
	}
	return out
}

// fromAfterOf returns the entity after "from" that follows the common-noun phrase starting at
// j ("classified material from a contractor"), or -1.
func (x *Extractor) fromAfterOf(c *sentCtx, j int) int {
	toks := c.s.Toks
	for k := j; k < len(toks) && k-j <= 5; k++ {
		if toks[k].Lower == "from" && k > j {
			return x.nextMention(c, k+1, 4)
		}
		if t := toks[k].Tag; c.at[k] >= 0 || !(t == "DT" || t == "JJ" || t == "CD" || t == "NN" || t == "NNS" || t == "VBN" || t == "HYPH") {
			return -1
		}
	}
	return -1
}

// tracedTo reads "traced the attacks to X", "traced the intrusion to servers used by X": the
// name after "to", through a noun phrase whose participle ("used by", "run by", "linked to")
// leads to it; -1 when there is none, or when what is traced is no incident ("traced the
// payments", "the bug was traced to a failure").
func (x *Extractor) tracedTo(c *sentCtx, i int) int {
	toks := c.s.Toks
	j := i + 1
	for j < len(toks) && j-i <= 8 && toks[j].Lower != "to" && c.clause[j] == c.clause[i] {
		j++
	}
	if j >= len(toks) || toks[j].Lower != "to" {
		return -1
	}
	incident := false // what is traced is an incident: "the attacks", "the intrusion was traced"
	for k := i - 6; k < j; k++ {
		if k >= 0 && c.clause[k] == c.clause[i] && x.incidentFamily(toks[k].Lower) != 0 {
			incident = true
		}
	}
	if !incident {
		return -1
	}
	for k := j + 1; k < len(toks) && k-j <= 7; k++ {
		if m := c.at[k]; m >= 0 {
			return x.npHead(c, m)
		}
		if t := toks[k]; !(t.Tag == "DT" || t.Tag == "JJ" || isNounTag(t.Tag) || t.Tag == "VBN" || t.Lower == "by" || t.Lower == "to" || t.Lower == "with") {
			return -1
		}
	}
	return -1
}

// targetsIncluding gives an incident whose target is missing or only described ("victims",
// "hospitals") the names of an example list right after it: "extorted money from victims,
// including the city of Harlow", "attacks on banks such as Acme and Bolt".
func (x *Extractor) targetsIncluding(c *sentCtx, evs []rawEvent) {
	toks := c.s.Toks
	for k := range evs {
		ev := &evs[k]
		if !incident(ev.Type) || ev.Type == schema.EventReport || ev.Type == schema.EventOther || len(ev.Target) > 1 ||
			len(ev.Target) == 1 && !c.ents[ev.Target[0]].Generic {
			continue
		}
		for j := ev.Trigger + 1; j < len(toks) && j-ev.Trigger <= 8; j++ {
			if c.at[j] >= 0 || isVerbTag(toks[j].Tag) && toks[j].Lower != "including" || toks[j].Lower == "that" || toks[j].Lower == "which" {
				break
			}
			at := -1
			if toks[j].Lower == "including" {
				at = j + 1
			} else if toks[j].Lower == "such" && j+1 < len(toks) && toks[j+1].Lower == "as" {
				at = j + 2
			}
			if at < 0 {
				continue
			}
			e := -1
			for q := at; q < len(toks) && q-at <= 3; q++ {
				if c.at[q] >= 0 {
					e = c.ms[c.at[q]].Entity
					break
				}
				if t := toks[q]; t.Tag != "DT" && t.Tag != "JJ" && t.Tag != "NN" && t.Lower != "of" {
					break // "the city of Harlow", "the state-run Acme"
				}
			}
			if e < 0 || contains(ev.Agent, e) {
				break
			}
			ev.Target = []int{e}
			for _, o := range x.conjuncts(c, e, ev.Trigger, false) {
				if !contains(ev.Agent, o) && !contains(ev.Target, o) {
					ev.Target = append(ev.Target, o)
				}
			}
			break
		}
	}
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

// demonymVictims reads a common-noun phrase whose adjective names a country ("three Iranian
// nuclear facilities", "Ukrainian power companies") and returns the article's entity for that
// country, or -1. Only determiners, numbers, adjectives and common nouns may make the phrase.
func (x *Extractor) demonymVictims(c *sentCtx, j int) int {
	toks := c.s.Toks
	for k := j; k < len(toks) && k-j <= 4; k++ {
		if c.at[k] >= 0 {
			return -1
		}
		t := toks[k]
		if isCap(t.Text) {
			e, ok := x.gaz.Demonym(t.Text)
			if !ok && c.s.local != nil {
				e, ok = c.s.local.demonym[t.Text]
			}
			if !ok {
				return -1
			}
			for n, en := range c.ents {
				if en.Kind == schema.KindCountry && !en.Generic && en.Name == e.Name {
					return n
				}
			}
			return -1
		}
		if !(t.Tag == "DT" || t.Tag == "CD" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS") {
			return -1
		}
	}
	return -1
}

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

// senderless drops the warnings, accusations and sanctions that name no one warning, accusing or
// punishing ("the alert to the authorities", "X is accused of …", "the intruders were
// expelled"): each is a link from someone, and the text does not say from whom. Findings passed
// on ("these findings, reported to X") stay: findingsTeller looks for their finder.
func (x *Extractor) senderless(c *sentCtx, evs []rawEvent) []rawEvent {
	out := evs[:0]
	for _, ev := range evs {
		if (ev.Type == schema.EventWarning || ev.Type == schema.EventAccusation || ev.Type == schema.EventSanction) && len(ev.Agent) == 0 &&
			!(ev.Told && x.informationSubject(c.s.Toks, ev.Trigger)) && ev.Lemma != "receive" {
			continue
		}
		out = append(out, ev)
	}
	return out
}

// saidBehind turns a statement that names who was behind or responsible for an incident into an
// accusation of that one: "X said Y was behind the theft", "X said Y was responsible for the
// attacks".
func (x *Extractor) saidBehind(c *sentCtx, evs []rawEvent) {
	toks := c.s.Toks
	for k := range evs {
		ev := &evs[k]
		if ev.Type != schema.EventStatement || len(ev.Agent) == 0 || len(ev.Target) > 0 {
			continue
		}
		for j := ev.Trigger + 1; j < len(toks) && j-ev.Trigger <= 8; j++ {
			m := c.at[j]
			if m < 0 || c.ms[m].Entity < 0 || contains(ev.Agent, c.ms[m].Entity) {
				continue
			}
			b := c.ms[m].Last
			for b < len(toks) && (x.cue.is("be", toks[b].Lower) || toks[b].Tag == "RB") {
				b++
			}
			if b > c.ms[m].Last && b < len(toks) && (toks[b].Lower == "behind" || toks[b].Lower == "responsible") {
				ev.Type, ev.Lemma, ev.Target = schema.EventAccusation, "accuse", []int{c.ms[m].Entity}
			}
			break
		}
	}
}

// adjunctMain finds, for a verb inside a participial adjunct after a comma ("X listed Acme on
// its leak site, claiming to have stolen its files", "X hit Acme, stealing data"), the finite
// verb of the main clause, whose subject is the adjunct's doer; -1 when i is in no such adjunct.
func (x *Extractor) adjunctMain(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i; j >= 2 && i-j <= 4; j-- {
		if c.at[j] >= 0 {
			return -1
		}
		if toks[j].Tag != "VBG" || toks[j-1].Text != "," {
			if j < i && !(toks[j].Tag == "TO" || toks[j].Lower == "have" || toks[j].Lower == "been" || toks[j].Tag == "RB") {
				return -1
			}
			continue
		}
		for v := j - 2; v >= 0 && j-v <= 15; v-- {
			if toks[v].Text == "," || x.cue.is("clausebreak", toks[v].Lower) {
				return -1
			}
			if t := toks[v].Tag; (t == "VBD" || t == "VBZ" || t == "VBP") && !x.cue.is("reporting", toks[v].Lower) {
				return v
			}
		}
		return -1
	}
	return -1
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
		if to && x.cue.is("adviseverb", w) || to && (w == "urge" || w == "urges" || w == "advise" || w == "advises" || w == "encourage" || w == "encourages" || w == "recommend" || w == "recommends") {
			return true
		}
	}
	return false
}

// urgedUnnamed reads "X urged other suppliers to …", "X asked banks to …" (the advised named by
// no name, starting at token k): a warning by X to no one named.
func (x *Extractor) urgedUnnamed(c *sentCtx, i, k int) (rawEvent, bool) {
	toks := c.s.Toks
	switch toks[i].Lower {
	case "urged", "urge", "urges":
	default:
		return rawEvent{}, false
	}
	j := k
	for j < len(toks) && j-k <= 4 && c.at[j] < 0 && (toks[j].Tag == "JJ" || toks[j].Tag == "NN" || toks[j].Tag == "NNS" || toks[j].Tag == "CD") {
		j++
	}
	if j == k || j >= len(toks) || toks[j].Lower != "to" {
		return rawEvent{}, false
	}
	a := x.subject(c, i)
	if a < 0 {
		return rawEvent{}, false
	}
	ev := rawEvent{Type: schema.EventWarning, Lemma: "warn", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.7, Agent: []int{a}}
	if c.gen != nil {
		if t := c.gen.at[k]; t >= 0 && c.gen.ms[t].Entity >= 0 && c.gen.ms[t].Entity != a {
			ev.Target = []int{c.gen.ms[t].Entity}
		}
	}
	x.modality(c, i, &ev)
	return ev, true
}

// lexicalVerb reports whether t is a verb other than an auxiliary (be, have, do, modals) or a
// verb that passes modality on ("allow", "plan").
func (x *Extractor) lexicalVerb(t token) bool {
	if !isVerbTag(t.Tag) || t.Tag == "MD" || x.cue.is("be", t.Lower) {
		return false
	}
	switch t.Lower {
	case "has", "have", "had", "having", "do", "does", "did":
		return false
	}
	return !x.cue.is("enableverb", t.Lower) && !x.cue.is("futureverb", t.Lower)
}

// including returns the name an incident verb's victims are exemplified by ("hit four shipping
// firms, including Alton Freight", "extorted money from victims, including the city of X"), or
// -1: "including" or "such as" in the verb's clause, within 14 tokens, before a name.
func (x *Extractor) including(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 1; j+1 < len(toks) && j-i <= 14 && c.clause[j] == c.clause[i]; j++ {
		if t := toks[j].Tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return -1
		}
		if toks[j].Lower == "including" || toks[j].Lower == "as" && toks[j-1].Lower == "such" {
			// "including Alton Freight", "including the city of Harlow Bay"
			for k := j + 1; k < len(toks) && k-j <= 5; k++ {
				if m := c.at[k]; m >= 0 {
					if c.ms[m].How == mkName {
						return x.npHead(c, m)
					}
					return -1
				}
				if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "NN" && toks[k].Lower != "of" {
					return -1
				}
			}
			return -1
		}
	}
	return -1
}

// namedAgent reports whether an event has an agent that is more than a weak guess ("Creating"
// opening a quotation is a capitalised word, not an actor).
func (c *sentCtx) namedAgent(ev rawEvent) bool {
	for _, a := range ev.Agent {
		if a < 0 || a >= len(c.ents) {
			continue
		}
		if e := c.ents[a]; e.Conf >= 0.4 || e.Entry != nil || e.Generic {
			return true
		}
	}
	return false
}

// linkedSubject reports whether the participle at v ("linked") follows, past its auxiliaries,
// a name, a relative pronoun or a group noun right after a name ("X, which has been linked",
// "the X group was linked"), not a phrase about other incidents ("attacks on X are tied to").
func (x *Extractor) linkedSubject(c *sentCtx, v int) bool {
	toks := c.s.Toks
	k := v - 1
	for k >= 0 && (toks[k].Tag == "RB" || toks[k].Tag == "MD" || isBeHave(toks[k].Lower)) {
		k--
	}
	switch {
	case k < 0:
		return false
	case c.at[k] >= 0:
		return true
	case toks[k].Lower == "which" || toks[k].Lower == "that" || toks[k].Lower == "who":
		return true
	}
	return k > 0 && c.at[k-1] >= 0 && x.cue.descHead[toks[k].Lower] == schema.KindGroup
}

func isBeHave(w string) bool {
	switch w {
	case "be", "been", "being", "is", "are", "was", "were", "has", "have", "had":
		return true
	}
	return false
}

// employerOnly reports whether every mention of entity e in the sentence names the employer
// of a person described by a role noun: "a former NSA contractor", "an employee of Harlow Bank",
// "a contractor for the agency". Such a person, not the employer, is arrested or charged.
func (x *Extractor) employerOnly(c *sentCtx, e int) bool {
	toks := c.s.Toks
	seen := false
	for k, m := range c.ms {
		if c.entityOf(k) != e {
			continue
		}
		seen = true
		if m.Last < len(toks) && x.cue.is("personrole", toks[m.Last].Lower) && isNounTag(toks[m.Last].Tag) {
			continue // "a former NSA contractor"
		}
		p := m.First - 1
		if p >= 0 && (toks[p].Text == "'s" || toks[p].Text == "’s") {
			// "a contractor for Valmark's Signals Directorate": past the owner
			for p--; p >= 0 && c.at[p] >= 0; p-- {
			}
		}
		if p >= 0 && toks[p].Lower == "the" {
			p--
		}
		if p >= 1 && (toks[p].Lower == "for" || toks[p].Lower == "of" || toks[p].Lower == "at") &&
			x.cue.is("personrole", toks[p-1].Lower) && isNounTag(toks[p-1].Tag) {
			continue // "an employee of Harlow Bank", "a contractor for the NSA"
		}
		return false
	}
	return seen
}

// alsoBefore reports whether "also" stands in the clause of the trigger at i, a few words before
// it ("the group also carried out a car bombing", "X also attacked Y"): the clause adds a
// deed to those told before rather than telling one of them again.
func alsoBefore(c *sentCtx, i int) bool {
	toks := c.s.Toks
	for j := i - 1; j >= 0 && i-j <= 6 && c.clause[j] == c.clause[i]; j-- {
		if toks[j].Lower == "also" {
			return true
		}
	}
	return false
}

// coordinatedVerb finds, for a finite verb at i right after "and" ("X convicted an engineer of
// spying for Y and sentenced him", "X summoned Y's ambassador and expelled two diplomats"),
// the finite verb it is coordinated with, whose subject it shares; -1 when there is none. A
// name in the first verb's object is not the second verb's subject.
func (x *Extractor) coordinatedVerb(c *sentCtx, i int) int {
	toks := c.s.Toks
	finite := func(t string) bool { return t == "VBD" || t == "VBZ" || t == "VBP" }
	if !finite(toks[i].Tag) {
		return -1
	}
	j := i - 1
	for j >= 0 && toks[j].Tag == "RB" {
		j--
	}
	if j < 1 || toks[j].Lower != "and" {
		return -1
	}
	for v := j - 1; v >= 0 && j-v <= 15; v-- {
		if isQuote(toks[v].Text) || x.cue.is("clausebreak", toks[v].Lower) || toks[v].Lower == "and" {
			return -1
		}
		if finite(toks[v].Tag) {
			return v
		}
	}
	return -1
}
