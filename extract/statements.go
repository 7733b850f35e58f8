package extract

import (
	"slices"
	"strings"

	"github.com/intelgraph/intelgraph/extract/timex"
	"github.com/intelgraph/intelgraph/schema"
)

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
			if x.cue.tokIs("denialcue", &toks[j]) {
				a, at := x.subject(c, i), i
				if s, v := x.reportedDenier(c, i); s >= 0 && a >= 0 && a < len(c.ents) && c.ents[a].Kind == schema.KindGroup {
					a, at = s, v // "X said on Tuesday that the group had no ties to …": X denies what it says of a group, which it does not speak for
				}
				if a < 0 {
					break
				}
				out = append(out, rawEvent{Sent: c.s.Index, Trigger: at, Type: schema.EventDenial, Lemma: "deny", Agent: []int{a}, Conf: 0.6, TimeIdx: -1})
				break
			}
		}
	}
	return out
}

// reportedDenier returns the speaker of a verb of saying whose reported clause has the negation at
// i right after its finite verb ("X said on Tuesday that the group had no ties to …", "X said
// Monday the hackers were not involved in …", "…, saying the group was not involved …"): the
// speaker denies what a group, the clause's subject, is said not to have done (a state or body the
// speaker may speak for stays the denier: "its spokesman said Beijing has never …"). The verb is a
// tensed one of cue reporting or a participle of cue sayingform after a comma; between it and the
// clause's subject stand at most a time phrase and "that". It returns the speaker and the verb,
// whose time is the denial's, or -1s when no such verb reports the clause or the sentence names no
// speaker.
func (x *Extractor) reportedDenier(c *sentCtx, i int) (int, int) {
	toks := c.s.Toks
	f := i - 1 // "had no", "was not", "has never"
	if f < 1 || !isFiniteTag(toks[f].Tag) {
		return -1, -1
	}
	j := f - 1
	for j >= 0 && f-j <= reportedSubjectReach && plainPhraseTag(toks[j].Tag) && toks[j].Lower != "that" {
		j--
	}
	if j < 0 || j == f-1 {
		return -1, -1 // no subject, or no verb before it
	}
	if toks[j].Lower == "that" && j > 0 {
		j--
	}
	if x.cue.tokIs("calendar", &toks[j]) && j > 0 {
		j-- // "said Tuesday that …"
	}
	if w := toks[j].Lower; (w == "on" || w == "last") && j > 0 {
		j--
	}
	v := &toks[j]
	tensed := isTensedTag(v.Tag) && x.cue.tokIs("reporting", v)
	participle := j > 0 && toks[j-1].Text == "," && x.cue.tokIs("sayingform", v)
	if !tensed && !participle {
		return -1, -1
	}
	s := x.speaker(c, j)
	if s < 0 && participle {
		s = x.subject(c, j) // ", saying …": the main clause's subject
	}
	if s < 0 {
		return -1, -1
	}
	return s, j
}

// rebuttals reads a speaker calling the accusations false: "X said the accusations were
// absurd", "X called the claims baseless", "X says the allegations are lies".
func (x *Extractor) rebuttals(c *sentCtx) []rawEvent {
	var out []rawEvent
	toks := c.s.Toks
	for j, t := range toks {
		k, quoted := -1, false
		switch {
		case x.cue.tokIs("rebuttal", &t):
			for p := j - 1; p >= 0 && j-p <= 4; p-- {
				if x.cue.tokIs("claimnoun", &toks[p]) {
					k = p
					break
				}
			}
			if k < 0 && calledPronoun(toks, j) {
				k = j - 1 // "called them baseless": the claims told before
			}
		case quotedLabel(toks, j) && x.cue.tokIs("claimnoun", &toks[j-1]):
			k, quoted = j-1, true // "called the accusations \"a crude provocation\"": the label is the speaker's
		}
		if k < 0 {
			continue
		}
		from := x.pastSaidTime(toks, k)
		for v := from; v >= 0 && from-v < rebuttalVerbReach; v-- {
			w := toks[v]
			if !isVerbTag(w.Tag) {
				continue
			}
			if x.cue.tokIs("reporting", &w) && !quoted || strings.HasPrefix(w.Lower, "call") || strings.HasPrefix(w.Lower, "describ") {
				if a := x.speaker(c, v); a >= 0 {
					out = append(out, rawEvent{Sent: c.s.Index, Trigger: v, Type: schema.EventDenial, Lemma: "deny", Agent: []int{a}, Conf: 0.6, TimeIdx: -1})
				}
			}
			break
		}
	}
	return out
}

// calledPronoun reports whether the rebuttal word at j completes a pronoun object of a form of
// "call" or "describe" ("called them baseless", "called it a fabrication", "described them
// as lies"): the pronoun stands for the claims the article told before.
func calledPronoun(toks []token, j int) bool {
	p := j - 1
	if p >= 0 && toks[p].Lower == "as" {
		p--
	}
	if p > 0 && toks[p].Lower == "a" {
		p-- // "called it a fabrication"
	}
	if p < 1 {
		return false
	}
	switch toks[p].Lower {
	case "them", "it", "those", "these", "this":
	default:
		return false
	}
	v := toks[p-1].Lower
	return isVerbTag(toks[p-1].Tag) && (strings.HasPrefix(v, "call") || strings.HasPrefix(v, "describ"))
}

// rebuttalVerbReach bounds how many tokens rebuttals reads for the verb that calls a claim false,
// from the token pastSaidTime gives: a determiner and "that" fit ("said that the allegations
// were baseless").
const rebuttalVerbReach = 3

// claimThatReach bounds how far before the "that" of a reported clause pastSaidTime looks for
// its verb ("said in a statement on Wednesday that …").
const claimThatReach = 8

// pastSaidTime returns the token before the noun of a claim at k; when the words before it are a
// determiner and "that", the first verb before "that" ("said on Thursday that the allegations
// were baseless", "said at a briefing on Wednesday that the claims were false"); when they are a
// determiner and a day or date ("said Monday the claims were false"), the token before that time
// phrase, where the verb of saying stands.
func (x *Extractor) pastSaidTime(toks []token, k int) int {
	j := k - 1
	for j >= 0 && k-j <= 2 && (toks[j].Tag == "DT" || toks[j].Tag == "PRP$" || toks[j].Lower == "such") {
		j--
	}
	if j >= 0 && toks[j].Lower == "that" {
		// "said at a briefing on Wednesday that the claims were false": the first verb before
		// "that", past its adjuncts
		for v := j - 1; v >= 0 && j-v <= claimThatReach; v-- {
			if isVerbTag(toks[v].Tag) {
				return v
			}
		}
		j--
	}
	end := j
	for j >= 0 && end-j < 5 && (x.cue.tokIs("calendar", &toks[j]) || toks[j].Tag == "CD" || toks[j].Text == ",") {
		j--
	}
	if j == end {
		return k - 1 // no time phrase: the words before the noun as they stand
	}
	if j >= 0 && (toks[j].Lower == "on" || toks[j].Lower == "last" || toks[j].Lower == "this") {
		j--
	}
	return j
}

// quotedLabel reports whether toks[j] opens a quotation right after a word: the quoted label
// in "called the claims \"a fairy tale\"".
func quotedLabel(toks []token, j int) bool {
	if j < 1 || j+1 >= len(toks) {
		return false
	}
	switch toks[j].Text {
	case "\"", "“", "``":
		return true
	}
	return false
}

// claims adds sources: "according to X", the finder in "X found that …" and the speakers of
// the sentence's statements and reports become sources of its other events; an agency, the
// one source of an investigation or inquiry no one is said to hold, holds it.
func (x *Extractor) claims(c *sentCtx, evs []rawEvent) {
	toks := c.s.Toks
	var sources []int
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Lower == "according" && toks[i+1].Lower == "to" {
			if e := x.nextMention(c, i+2, 4); e >= 0 {
				sources = append(sources, e)
			}
		}
		if i > 0 && toks[i+1].Lower == "that" && findingVerb(toks[i].Lower) {
			// "Quell Labs found that Ash Typhoon had spied on …": the finder asserts it
			if k := c.at[i-1]; k >= 0 && c.ms[k].Entity >= 0 {
				sources = append(sources, c.ms[k].Entity)
			}
		}
	}
	var sayers []int // the bodies that say what the sentence tells (unlike "according to" a report)
	for _, ev := range evs {
		if (ev.Type == schema.EventStatement || ev.Type == schema.EventReport || ev.Type == schema.EventDenial) && len(ev.Agent) > 0 {
			sources = append(sources, ev.Agent...)
			sayers = append(sayers, ev.Agent...)
		}
		if ev.Type == schema.EventAccusation && len(ev.Agent) > 0 && ev.Trigger >= 0 && ev.Trigger < len(toks) && x.cue.tokIs("reporting", &toks[ev.Trigger]) {
			// "X said hackers working for Y broke into Z": a statement read as an accusation
			// (saidBehind) still tells the deed it reports
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
		if ev.Type == schema.EventLegal && len(ev.Agent) == 0 && len(ev.Source) == 1 && x.cue.is("needsuspect", ev.Lemma) &&
			ev.Source[0] >= 0 && ev.Source[0] < len(c.ents) && c.ents[ev.Source[0]].Kind == schema.KindAgency {
			// "The National Crime Agency said investigations into X were continuing": an agency
			// telling of an inquiry no one is said to hold holds it
			ev.Agent, ev.Source = ev.Source, nil
		}
		if t := x.unsaidTeller(c, *ev, sayers); t >= 0 {
			// "Police were alerted on Thursday, the bank said": the body telling of the warning gave it
			ev.Agent, ev.Told = []int{t}, true
			kept := ev.Source[:0]
			for _, s := range ev.Source {
				if s != t {
					kept = append(kept, s)
				}
			}
			ev.Source = kept
		}
	}
	reportedDoers(c, evs)
}

// reportedDoers gives a report that names no one the threat group the sentence says, on the
// report's word, did a deed ("X said in a report that Y had broken into Z", "X published an
// analysis saying the group had targeted Z"): the deed's one doer, a group, with the report's
// author among the deed's sources, is whom the report concerns. A statement is left alone: a
// saying is most often no attribution; so is a report whose author accuses in the sentence too
// ("said in an analysis that it attributes the operation to Y"): that accusation tells it.
func reportedDoers(c *sentCtx, evs []rawEvent) {
	for k := range evs {
		r := &evs[k]
		if r.Type != schema.EventReport || len(r.Agent) == 0 || len(r.Target) > 0 || !r.asserted() || accusesToo(evs, r.Agent) {
			continue
		}
		for _, d := range evs {
			if !isDeed(d.Type) || d.Trigger <= r.Trigger || len(d.Agent) != 1 || !d.asserted() || !overlaps(d.Source, r.Agent) {
				continue
			}
			if g := d.Agent[0]; g >= 0 && g < len(c.ents) && c.ents[g].Kind == schema.KindGroup && !contains(r.Agent, g) {
				r.Target = []int{g}
				break
			}
		}
	}
}

// accusesToo reports whether one of evs is an accusation by one of agents.
func accusesToo(evs []rawEvent, agents []int) bool {
	for _, ev := range evs {
		if ev.Type == schema.EventAccusation && overlaps(ev.Agent, agents) {
			return true
		}
	}
	return false
}

// unsaidByReach bounds how far after a passive warning unsaidTeller looks for a "by" naming or
// describing its teller.
const unsaidByReach = 4

// unsaidTeller returns, for a warning in the passive that names the one told but no teller
// ("Customers were warned by email on Friday", "The regulator was notified on Tuesday"; a "by"
// before a means only, cue meansnoun), the one body
// (an organisation or an agency, not the press) whose statement in the sentence tells of it:
// the teller; else -1.
func (x *Extractor) unsaidTeller(c *sentCtx, ev rawEvent, sayers []int) int {
	if ev.Type != schema.EventWarning || len(ev.Agent) > 0 || len(ev.Target) == 0 || ev.Negated || !x.passiveTelling(c, ev.Trigger) {
		return -1
	}
	if b := c.wordAhead(ev.Trigger, "by", unsaidByReach); b >= 0 && (b+1 >= len(c.s.Toks) || !x.cue.tokIs("meansnoun", &c.s.Toks[b+1])) {
		return -1 // "was alerted by a private firm, X said": a teller given, if not named
	}
	t := -1
	for _, s := range sayers {
		if s == t {
			continue
		}
		if t >= 0 || s < 0 || s >= len(c.ents) {
			return -1
		}
		t = s
	}
	if t < 0 || contains(ev.Target, t) || c.isPress(t) || !bodyKind(c.ents[t].Kind) {
		return -1
	}
	return t
}

// speaksFor adds to a statement, report or denial by a person the organisation the sentence
// says the person speaks for: a name before the person's role words ("Westeria government
// spokesperson Ana Lind", "Acme chief executive Jo Park") or after a role in an appositive
// ("Jo Park, chief scientist at Acme,"). The person stays the agent; the organisation is a
// second one, unless the person told someone named ("Jo Park of Acme told the committee"): the
// person is the one who told, not the organisation too.
func (x *Extractor) speaksFor(c *sentCtx, evs []rawEvent) {
	for k := range evs {
		ev := &evs[k]
		if !isReporting(*ev) || len(ev.Agent) != 1 || ev.Told && len(ev.Target) > 0 && !slices.ContainsFunc(ev.Target, c.isPress) {
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
			o := x.affiliation(c, m)
			if o < 0 && !ev.Told && len(ev.Target) == 0 {
				o = possessiveEmployer(c, m) // "Jo Park, the company's spokeswoman, said"
			}
			if o >= 0 && o != p && !contains(ev.Agent, o) && !contains(ev.Target, o) {
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
		if o < 0 {
			o = leadingEmployer(c, m) // "The trust's chief executive, Mona Ellery, said"
		}
		if o >= 0 && o != m.Entity {
			c.ents[m.Entity].Employer = o + 1
		}
	}
}

// leadingEmployer reads a body's role set before the name of m and a comma ("The trust's chief
// executive, Mona Ellery, said"): the organisation or agency whose possessive opens the role, or -1.
func leadingEmployer(c *sentCtx, m mention) int {
	toks := c.s.Toks
	k := m.First - 1
	if k < 2 || toks[k].Text != "," {
		return -1
	}
	j := k - 1
	for ; j >= 0 && k-j <= 4 && c.at[j] < 0 && (toks[j].Tag == "NN" || toks[j].Tag == "JJ") && !isCap(toks[j].Text); j-- {
	}
	if j == k-1 || j < 1 {
		return -1
	}
	if toks[j].Tag == "POS" || isPossMark(toks[j].Text) {
		j-- // "the trust" + "'s"
	}
	if c.at[j] < 0 {
		return -1
	}
	n := c.ms[c.at[j]]
	if !n.Possessive || n.Entity < 0 || n.Entity >= len(c.ents) || c.ents[n.Entity].Generic {
		return -1
	}
	if !bodyKind(c.ents[n.Entity].Kind) {
		return -1
	}
	return n.Entity
}

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
			if t.Tag == "NN" || t.Tag == "NNS" || x.hyphenRole(t.Lower) {
				roles++ // "editor-in-chief", read as an adjective, is a role too
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

// hyphenRole reports whether a hyphenated word has a person's role among its parts:
// "editor-in-chief", "co-founder".
func (x *Extractor) hyphenRole(w string) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	for _, p := range strings.Split(w, "-") {
		if x.cue.is("personrole", p) || p == "founder" {
			return true
		}
	}
	return false
}

// requestFrom reads a request answered by the verb's subject ("Y approved a request from X",
// "Y rejected an extradition request from X"): X asked Y, so X told Y. The pair is carried by
// an event of the sentence (the extradition, the approval), as no event of its own.
func (x *Extractor) requestFrom(c *sentCtx, evs []rawEvent) {
	if len(evs) == 0 {
		return
	}
	toks := c.s.Toks
	for i := 1; i+2 < len(toks); i++ {
		if w := toks[i].Lower; w != "request" && w != "requests" || toks[i+1].Lower != "from" {
			continue
		}
		n := i + 2
		if toks[n].Tag == "DT" && n+1 < len(toks) {
			n++ // "a request from the US"
		}
		if c.at[n] < 0 {
			continue
		}
		m := c.ms[c.at[n]]
		if m.How != mkName || m.Entity < 0 {
			continue
		}
		v := i - 1
		for v > 0 && (toks[v].Tag == "DT" || toks[v].Tag == "JJ" || toks[v].Tag == "NN") {
			v--
		}
		if t := toks[v].Tag; !isTensedTag(t) && t != "VBN" || !x.cue.tokIs("answerverb", &toks[v]) || x.passiveAux(c, v) {
			continue
		}
		y := x.subject(c, v)
		if y < 0 || y == m.Entity || !c.inClause(y, v) {
			continue // "X was flown home after officials approved a request from Y": not X
		}
		host, best := -1, 0
		for k := range evs {
			d := evs[k].Trigger - i
			if d < 0 {
				d = -d
			}
			if evs[k].Sent == c.s.Index && (host < 0 || d < best) {
				host, best = k, d
			}
		}
		if host >= 0 {
			evs[host].Informs = append(evs[host].Informs, [2]int{m.Entity, y})
		}
	}
}

// inClause reports whether entity e is mentioned before token v in v's clause, with no
// subordinating conjunction between ("X was flown home after officials approved …" puts X
// outside the clause of "approved").
func (c *sentCtx) inClause(e, v int) bool {
	for j := v - 1; j >= 0 && c.clause[j] == c.clause[v]; j-- {
		if k := c.at[j]; k >= 0 && c.ms[k].Entity == e {
			return true
		}
		if subordinator[c.s.Toks[j].Lower] {
			return false
		}
	}
	return false
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
		if t.Tag != "VBN" || !x.cue.tokIs("adviseverb", &t) || !x.passiveAux(c, i) {
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

// oneWarning folds the warnings one sender gives in one clause of a sentence into the first
// ("X notified its customers and informed the agency"): one act of warning, with all those
// warned. A warning in a clause of its own ("X alerted Y on March 21, and briefed Z in April")
// is another act, and so is one told to someone else whose verb and the first's each carry a
// time of their own ("notified X on May 4 and informed Y a week later"). A participle of
// warning that closes a message's sending ("… and wrote to customers the next month warning
// them"; messageSentBefore) carries the time of the verb that sent it, and with a time of its
// own is another act whoever it names.
func (x *Extractor) oneWarning(c *sentCtx, evs []rawEvent) []rawEvent {
	out := evs[:0]
	first := map[int]int{} // agent → index in out of its first warning
	for _, ev := range evs {
		if ev.Type == schema.EventWarning && len(ev.Agent) == 1 && !ev.Negated {
			if k, ok := first[ev.Agent[0]]; ok {
				at := ev.Trigger // where the act's own time is read: the sending verb, after the first warning
				if v := x.messageSentBefore(c, at); v > out[k].Trigger {
					at = v
				}
				if sameClause(c, out[k].Trigger, ev.Trigger) && !(ownTimes(c, out[k].Trigger, at) && (at != ev.Trigger || !subset(ev.Target, out[k].Target))) {
					for _, t := range ev.Target {
						if !contains(out[k].Target, t) {
							out[k].Target = append(out[k].Target, t)
						}
					}
					out[k].Told = out[k].Told || ev.Told
					continue
				}
			}
			first[ev.Agent[0]] = len(out)
		}
		out = append(out, ev)
	}
	return out
}

// ownTimes reports whether a time begins between the verbs at i and j (i < j) and another
// after j within j's clause: each verb has a time of its own.
func ownTimes(c *sentCtx, i, j int) bool {
	if i < 0 || j <= i || j >= len(c.clause) {
		return false
	}
	between, after := false, false
	for _, t := range c.timeAt {
		switch {
		case t > i && t < j:
			between = true
		case t > j && t < len(c.clause) && c.clause[t] == c.clause[j]:
			after = true
		}
	}
	return between && after
}

// quotedWe reports whether the passive verb at i has "we" as its subject inside a quotation:
// "“We were informed by X,” said Y".
func (x *Extractor) quotedWe(c *sentCtx, i int) bool {
	toks := c.s.Toks
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		switch w := toks[j].Lower; {
		case w == "we":
			return c.quoted[j]
		case x.cue.is("be", w) || toks[j].Tag == "RB" || w == "have" || w == "had":
			continue
		}
		return false
	}
	return false
}

// quoteOwner returns whom the first person plural of the sentence's quotation stands for:
// the organisation that says it ("…,” Acme said") or the one its speaker is named as
// speaking for ("…,” said Jo Park, a spokeswoman for Acme"); -1 when the sentence does not
// tell.
func (x *Extractor) quoteOwner(c *sentCtx) int {
	e := x.quoteSpeaker(c)
	if e < 0 || e >= len(c.ents) {
		return -1
	}
	switch c.ents[e].Kind {
	case schema.KindOrganization, schema.KindAgency, schema.KindCountry:
		return e
	case schema.KindPerson:
		for _, m := range c.ms {
			if m.Entity == e && m.How == mkName {
				if o := x.affiliation(c, m); o >= 0 {
					return o
				}
				if o := possessiveEmployer(c, m); o >= 0 {
					return o
				}
				break
			}
		}
		if o := c.ents[e].Employer - 1; o >= 0 && o < len(c.ents) && !c.ents[o].Generic {
			// "Acme chief executive Jo Park said … . “We reported it to X,” Park said": the
			// employer an earlier sentence named
			switch c.ents[o].Kind {
			case schema.KindOrganization, schema.KindAgency:
				return o
			}
		}
	}
	return -1
}

// quoteSpeaker returns who speaks the sentence's quotation: the speaker of its first verb of
// saying outside the quotation ("…,” Acme said", "…,” said Jo Park"); -1 when there is none.
func (x *Extractor) quoteSpeaker(c *sentCtx) int {
	toks := c.s.Toks
	for r := range toks {
		if c.quoted[r] || !isVerbTag(toks[r].Tag) || !x.cue.tokIs("reporting", &toks[r]) {
			continue
		}
		return x.speaker(c, r)
	}
	return -1
}

// quotedTeller returns who tells, in the first person, by the verb of telling at i inside a
// quotation: the quote's speaker for "I" ("“I told him what I had seen,” Ms Venn said"), the
// organisation it speaks for for "we" ("“We warned the ministry in March,” said Jo Park, a
// spokeswoman for Acme"); -1 otherwise.
func (x *Extractor) quotedTeller(c *sentCtx, i int) int {
	return x.firstPersonTeller(c, x.quotedFirstPerson(c, i))
}

// firstPersonTeller returns whom the quoted first person p ("we", "i" or "", as
// quotedFirstPerson finds it) stands for (quotedTeller), or -1.
func (x *Extractor) firstPersonTeller(c *sentCtx, p string) int {
	switch p {
	case "we":
		return x.quoteOwner(c)
	case "i":
		if e := x.quoteSpeaker(c); e >= 0 && e < len(c.ents) && c.ents[e].Kind == schema.KindPerson {
			return e
		}
	}
	return -1
}

// quotedFirstPerson returns "we" or "i" when the verb at i stands inside a quotation with the
// first person as its subject, past auxiliaries and adverbs: "“We have informed X”", "“I told
// him”", and "our" before a staff noun stands for "we" ("“Our security team alerted X”",
// "“our researchers notified X”"); "" otherwise.
func (x *Extractor) quotedFirstPerson(c *sentCtx, i int) string {
	if i < 0 || i >= len(c.quoted) || !c.quoted[i] {
		return ""
	}
	toks := c.s.Toks
	for j := i - 1; j >= 0 && i-j <= quotedSubjectReach; j-- {
		switch w := toks[j].Lower; {
		case (w == "we" || w == "i") && c.quoted[j]:
			return w
		case x.cue.is("be", w) || toks[j].Tag == "RB" || toks[j].Tag == "MD" || w == "have" || w == "had":
			continue
		case (w == "team" || w == "staff" || x.cue.is("staffnoun", w)) && c.at[j] < 0:
			if x.ourStaff(c, j) {
				return "we"
			}
		}
		return ""
	}
	return ""
}

// ourStaff reports whether the staff noun at j opens, read back past at most two modifiers,
// with a quoted "our": "our security team", "our incident response team", "our researchers".
func (x *Extractor) ourStaff(c *sentCtx, j int) bool {
	toks := c.s.Toks
	for k := j - 1; k >= 0 && j-k <= 3; k-- {
		switch {
		case toks[k].Lower == "our":
			return c.quoted[k]
		case c.at[k] < 0 && (toks[k].Tag == "NN" || toks[k].Tag == "JJ"):
			continue
		}
		return false
	}
	return false
}

// quotedSubjectReach bounds how far before a quoted verb of telling its first-person subject
// may stand, past auxiliaries and adverbs (quotedTeller).
const quotedSubjectReach = 4

// mentionAfterComma returns the mention that opens right after the comma closing mention m
// ("Jo Park, Acme's spokeswoman", "the regulator, Finanstilsynet,"), past a "the" outside it
// ("the regulator, the Orvale Banking Authority,"), or -1.
func mentionAfterComma(c *sentCtx, m mention) int {
	k := m.Last
	if k+1 >= len(c.s.Toks) || c.s.Toks[k].Text != "," {
		return -1
	}
	n := k + 1
	if n+1 < len(c.s.Toks) && c.s.Toks[n].Lower == "the" && c.at[n] < 0 {
		n++
	}
	if a := c.at[n]; a >= 0 && c.ms[a].First == n {
		return a
	}
	return -1
}

// possessiveEmployer returns the organisation that owns the role set beside a person's name:
// "Jo Park, the company's head of communications", "Jo Park, Acme's spokeswoman"; -1 when
// there is none.
func possessiveEmployer(c *sentCtx, m mention) int {
	toks := c.s.Toks
	n := mentionAfterComma(c, m)
	if n < 0 || !c.ms[n].Possessive {
		return -1
	}
	e := c.ms[n].Entity
	if e < 0 || e >= len(c.ents) || c.ents[e].Generic {
		return -1
	}
	switch c.ents[e].Kind {
	case schema.KindOrganization, schema.KindAgency:
	default:
		return -1
	}
	if r := c.ms[n].Last + 1; r < len(toks) && c.at[r] < 0 && (toks[r].Tag == "NN" || toks[r].Tag == "JJ") {
		return e
	}
	return -1
}

// sameClause reports whether tokens i and j of the sentence are in one clause (true when
// either is no token of it).
func sameClause(c *sentCtx, i, j int) bool {
	if i < 0 || j < 0 || i >= len(c.clause) || j >= len(c.clause) {
		return true
	}
	return c.clause[i] == c.clause[j]
}

// tracedTo reads "traced the attacks to X", "traced the intrusion to servers used by X": the
// name after "to", through a noun phrase whose participle ("used by", "run by", "linked to")
// leads to it; -1 when there is none, or when what is traced is no incident ("traced the
// payments", "the bug was traced to a failure"). A deed's tool or its effect (cue attacktool:
// "traced the outage to X", "the wiper was traced to X") is an incident's.
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
		if k >= 0 && c.clause[k] == c.clause[i] && (x.incidentFamily(toks[k].Lower) != 0 || x.cue.tokIs("attacktool", &toks[k])) {
			incident = true
		}
	}
	if !incident {
		return -1
	}
	for k := partitiveOf(toks, j+1); k < len(toks) && k-j <= 7; k++ { // "to one of the X crews": the whole
		if m := c.at[k]; m >= 0 {
			return x.npHead(c, m)
		}
		if t := toks[k]; !(t.Tag == "DT" || t.Tag == "JJ" || isNounTag(t.Tag) || t.Tag == "VBN" || t.Lower == "by" || t.Lower == "to" || t.Lower == "with") {
			return -1
		}
	}
	return -1
}

// sameMessage gives a message received as "the same" one ("Her colleague X received the same
// alert within the hour") the sender of the nearest told message before it, at most two
// sentences back, and its date when the receipt has none: the one message went to both.
func (x *Extractor) sameMessage(sents []sentence, evs []rawEvent) {
	for k := range evs {
		ev := &evs[k]
		if ev.Lemma != "receive" || len(ev.Agent) > 0 || len(ev.Target) == 0 || ev.Sent < 0 || ev.Sent >= len(sents) {
			continue
		}
		toks := sents[ev.Sent].Toks
		j := ev.Trigger + 1
		if j+2 >= len(toks) || toks[j].Lower != "the" || toks[j+1].Lower != "same" || !x.cue.tokIs("information", &toks[j+2]) {
			continue
		}
		for p := k - 1; p >= 0 && evs[p].Sent >= ev.Sent-2; p-- {
			q := evs[p]
			if q.Type != schema.EventWarning || len(q.Agent) == 0 || len(q.Target) == 0 || q.Lemma == "receive" {
				continue
			}
			if sameEnts(q.Agent, ev.Target) || contains(q.Target, ev.Target[0]) {
				break // the receiver told, or told already: not another's message
			}
			ev.Agent, ev.Told = append([]int(nil), q.Agent...), true
			if ev.TimeIdx < 0 {
				ev.TimeIdx, ev.TimeText = q.TimeIdx, q.TimeText
			}
			break
		}
	}
}

// replyTo gives a reply ("Y replied that …") to the one who told its speaker something in the
// same sentence before it or in the sentence before ("X wrote to Y that …, and Y replied that
// …"): Y told X, a message as "told the agency" is, dated as the message it answers when
// undated. One the reply speaks of ("replied that Z would …") is not whom it answers; a reply
// with no such telling before it names no one it answers.
func replyTo(evs []rawEvent) {
	for k := range evs {
		ev := &evs[k]
		if ev.Lemma != "reply" || ev.Told || len(ev.Agent) != 1 {
			continue
		}
		for p := k - 1; p >= 0 && evs[p].Sent >= ev.Sent-1; p-- {
			q := evs[p]
			if !q.Told || len(q.Agent) != 1 || q.Sent == ev.Sent && q.Trigger > ev.Trigger {
				continue
			}
			if contains(q.Target, ev.Agent[0]) && q.Agent[0] != ev.Agent[0] {
				ev.Target, ev.Told, ev.Type = []int{q.Agent[0]}, true, schema.EventWarning
				if ev.TimeIdx < 0 {
					ev.TimeIdx, ev.TimeText = q.TimeIdx, q.TimeText
				}
			}
			break
		}
	}
}

// ledeTeller gives the telling of an article's opening sentence whose teller it only describes
// ("Vessaria's top cyber official told a Senate committee on Wednesday") to the statement of the
// person the next sentence names as saying something ("Ilse Varga, the director of …, said …"):
// that statement was made on the occasion, to those told. The opening telling itself, naming no
// teller, is left to fall away.
func (x *Extractor) ledeTeller(ents []entity, evs []rawEvent) {
	for k := range evs {
		l := evs[k]
		if l.Sent != 0 || !l.Told || len(l.Agent) > 0 || len(l.Target) != 1 || l.Negated || l.Modality != "" {
			continue
		}
		for j := k + 1; j < len(evs) && evs[j].Sent <= 1; j++ {
			r := &evs[j]
			if r.Sent != 1 || r.Type != schema.EventStatement || r.Told || len(r.Target) > 0 || r.Negated || len(r.Agent) == 0 {
				continue
			}
			if a := r.Agent[0]; a < 0 || a >= len(ents) || ents[a].Kind != schema.KindPerson || contains(r.Agent, l.Target[0]) {
				break
			}
			r.Target, r.Told = append([]int(nil), l.Target...), true
			break
		}
	}
}

// senderless drops the warnings, accusations and sanctions that name no one warning, accusing or
// punishing ("the alert to the authorities", "X is accused of …", "the intruders were
// expelled"): each is a link from someone, and the text does not say from whom. It runs once
// the sender has been looked for where the text gives one (findingsTeller: the finder of
// findings passed on). What is told from the side of the one told keeps no sender: a tip
// received ("X received a tip about …") and findings passed on whose finder the article does
// not name ("these findings, reported to X").
func (x *Extractor) senderless(sents []sentence, evs []rawEvent) []rawEvent {
	out := evs[:0]
	for _, ev := range evs {
		if (ev.Type == schema.EventWarning || ev.Type == schema.EventAccusation || ev.Type == schema.EventSanction) && len(ev.Agent) == 0 &&
			ev.Lemma != "receive" && !(ev.Told && ev.Sent >= 0 && ev.Sent < len(sents) && x.informationSubject(sents[ev.Sent].Toks, ev.Trigger)) {
			continue
		}
		out = append(out, ev)
	}
	return out
}

// saidBehind turns a statement that names who was behind or responsible for an incident into an
// accusation of that one: "X said Y was behind the theft", "X said Y was responsible for the
// attacks".
func (x *Extractor) saidBehind(c *sentCtx, evs []rawEvent) []rawEvent {
	toks := c.s.Toks
	for k, n := 0, len(evs); k < n; k++ {
		ev := &evs[k]
		if ev.Type == schema.EventStatement && ev.Told && len(ev.Agent) > 0 && len(ev.Target) > 0 {
			// "“Z operates on behalf of Y,” X told senators": X told the senators and accuses Y
			if p, weak := x.principalSaid(c, *ev); p >= 0 && !weak && !contains(ev.Target, p) {
				acc := *ev
				acc.Type, acc.Lemma, acc.Target, acc.Told = schema.EventAccusation, "accuse", []int{p}, false
				evs = append(evs, acc)
			}
			continue
		}
		if ev.Type == schema.EventAccusation && ev.Lemma == "assess" && ev.Trigger >= 0 {
			if p := x.assessedDoer(c, ev.Trigger); p >= 0 && !contains(ev.Agent, p) {
				ev.Target = []int{p} // "X assessed with high confidence that Y ran the operation"
			}
			continue
		}
		if ev.Type == schema.EventAccusation && len(ev.Agent) > 0 && len(ev.Target) == 0 {
			if p := x.accusedThat(c, *ev); p >= 0 {
				ev.Target = []int{p} // "Britain's accusation that Y stole the files"
			}
			continue
		}
		if ev.Type == schema.EventStatement && !ev.Told && len(ev.Agent) > 0 && len(ev.Target) > 0 {
			// "X said Z was a front for Y": X accuses Y, and Z, the one it speaks of, with it
			if p, _ := x.principalSaid(c, *ev); p >= 0 && !contains(ev.Target, p) && !relativeSaying(toks, ev.Trigger) {
				ev.Fronted = p + 1 // "X said Z was a front for Y": X accuses Y, and Z, the one it speaks of, once dated
			}
			continue
		}
		if ev.Type != schema.EventStatement || len(ev.Agent) == 0 || len(ev.Target) > 0 {
			continue
		}
		for j := ev.Trigger + 1; j < len(toks) && j-ev.Trigger <= saidBehindReach; j++ {
			if x.deniedBefore(toks, j) {
				break // "said it rejected the claim that Y was behind …", "said there was no evidence that Y …"
			}
			m := c.at[j]
			if m < 0 || c.ms[m].Entity < 0 || contains(ev.Agent, c.ms[m].Entity) {
				continue
			}
			if c.ms[m].How == mkDemonym && c.ms[m].Last < len(toks) && isNounTag(toks[c.ms[m].Last].Tag) {
				continue // "said it shared the Ukrainian assessment that Y was responsible": a demonym before its noun
			}
			b := c.ms[m].Last
			if b < len(toks) && toks[b].Text == "," {
				// "said Y, which it described as …, was responsible for": past an apposition
				// or a relative clause set off by commas
				for q := b + 1; q < len(toks) && q-b <= 20; q++ {
					if toks[q].Text == "." || toks[q].Text == ";" {
						break
					}
					if toks[q].Text == "," {
						b = q + 1
						if b < len(toks) && isQuote(toks[b].Text) {
							b++ // the comma closing a quoted description: "… cyber actors,\""
						}
						break
					}
				}
			}
			be := b
			for b < len(toks) && (x.cue.tokIs("be", &toks[b]) || toks[b].Tag == "RB") {
				b++
			}
			if b > be && b < len(toks) && (toks[b].Lower == "behind" || toks[b].Lower == "responsible") {
				ev.Type, ev.Lemma, ev.Target = schema.EventAccusation, "accuse", []int{c.ms[m].Entity}
			}
			break
		}
		if ev.Type == schema.EventStatement {
			if p := x.saidHallmarks(c, *ev); p >= 0 {
				ev.Type, ev.Lemma, ev.Target = schema.EventAccusation, "accuse", []int{p}
			}
		}
		if ev.Type == schema.EventStatement {
			if p, weak := x.principalSaid(c, *ev); p >= 0 && !weak {
				ev.Type, ev.Lemma, ev.Target = schema.EventAccusation, "accuse", []int{p}
			} else if p >= 0 && !relativeSaying(toks, ev.Trigger) {
				ev.Fronted = p + 1
			}
		}
		if ev.Type == schema.EventStatement {
			if p := x.saidDoneBy(c, *ev, evs[:n]); p >= 0 {
				ev.Type, ev.Lemma, ev.Target = schema.EventAccusation, "accuse", []int{p}
			}
		}
	}
	return evs
}

// saidDoneByReach bounds how many tokens past a verb of saying saidDoneBy looks for the deed
// noun its clause opens with.
const saidDoneByReach = 8

// saidDoneBy returns the doer a statement names in the passive of the deed it reports: the
// agent after "by" of a deed noun among evs whose verb is a participle in the passive, simple or
// perfect ("X said the attack was carried out by Y", "X said on Monday that the theft had been
// committed by Y", "… by the special services of Y": stateBodyOf): the one who says so accuses Y. The deed must stand within saidDoneByReach
// tokens after the verb of saying, told as done, with no quotation between; -1 when none.
func (x *Extractor) saidDoneBy(c *sentCtx, ev rawEvent, evs []rawEvent) int {
	toks := c.s.Toks
	i := ev.Trigger
	if i < 0 || i >= len(toks) || len(ev.Agent) == 0 {
		return -1
	}
	for _, d := range evs {
		if !isDeed(d.Type) || !d.asserted() || len(d.Agent) != 1 || contains(ev.Agent, d.Agent[0]) ||
			d.Trigger < 0 || d.Trigger == i || d.Trigger-i > saidDoneByReach || !isNounTag(toks[d.Trigger].Tag) || c.quoted[d.Trigger] {
			continue
		}
		by := x.passiveByAfter(toks, d.Trigger)
		if by < 0 {
			by = x.workOfAt(toks, d.Trigger) // "X said the attack was the work of Y"
		}
		if by < 0 || x.nextBody(c, by+1, byReach) != d.Agent[0] && x.stateBodyOf(c, by+1) != d.Agent[0] || d.Trigger < i && !trailingSaid(toks, by, i) {
			continue
		}
		return d.Agent[0]
	}
	return -1
}

// trailingSaid reports whether the verb of saying at i closes the sentence's clause after a
// comma that follows the "by" at by, with no other verb between ("The attack was carried out by
// Y, X said on Monday", "…, said X"): the words before the comma are what is said.
func trailingSaid(toks []token, by, i int) bool {
	comma := -1
	for k := by + 1; k < i; k++ {
		switch {
		case toks[k].Text == ",":
			comma = k
		case comma >= 0 && isVerbTag(toks[k].Tag):
			return false
		}
	}
	return comma >= 0 && i-comma <= 6
}

// passiveByAfter returns the index of the "by" of a passive verb phrase whose subject is the
// noun phrase at i: past the noun's own modifiers ("the attack on Pelk Energy"), a form of "be"
// (after "had", "has" or "have" for the perfect), adverbs, and a participle ("was carried out
// by", "had been committed by", "was likely orchestrated by"); -1 when none follows within a
// few tokens.
func (x *Extractor) passiveByAfter(toks []token, i int) int {
	j := x.deedCopula(toks, i)
	if j < 0 || toks[j].Tag != "VBN" && !x.cue.tokIs("support", &toks[j]) {
		return -1
	}
	for j++; j < len(toks) && j-i <= 12 && toks[j].Tag == "RP"; j++ {
	}
	if j < len(toks) && toks[j].Lower == "out" {
		j++ // "carried out", whatever its tag
	}
	if j < len(toks) && toks[j].Lower == "by" {
		return j
	}
	return -1
}

// deedCopula returns the index of the word after the form of "be" whose subject is the noun
// phrase at i, past the noun's own modifiers ("the attack on Pelk Energy"), a perfect's "had"
// ("had been", "had probably been") and adverbs after "be" ("was likely"); -1 when none follows
// within a few tokens, when the phrase ends first, or when "be" is negated ("was not").
func (x *Extractor) deedCopula(toks []token, i int) int {
	j := i + 1
	for j < len(toks) && j-i <= 5 && !x.cue.tokIs("be", &toks[j]) && !perfectPassiveAux(toks, j) {
		if toks[j].Text == "," || isVerbTag(toks[j].Tag) || isQuote(toks[j].Text) {
			return -1
		}
		j++
	}
	for j < len(toks) && (perfectPassiveAux(toks, j) || toks[j].Tag == "RB" && !x.cue.tokIs("negation", &toks[j])) {
		j++ // "had", "had probably"
	}
	if j >= len(toks) || !x.cue.tokIs("be", &toks[j]) {
		return -1
	}
	j++
	for j < len(toks) && toks[j].Tag == "RB" {
		if x.cue.tokIs("negation", &toks[j]) {
			return -1 // "was not carried out by Y": no one accused
		}
		j++
	}
	if j >= len(toks) {
		return -1
	}
	return j
}

// accusedThat returns the one a noun of accusing accuses in the clause it opens with "that":
// the subject of that clause, a named actor followed by its verb ("Britain's accusation that Y
// stole the files", "the allegation that Z's agency ran the campaign": the owned one); -1 when
// the noun opens no such clause.
func (x *Extractor) accusedThat(c *sentCtx, ev rawEvent) int {
	toks := c.s.Toks
	t := ev.Trigger
	if t < 0 || t+2 >= len(toks) || !isNounTag(toks[t].Tag) || toks[t+1].Lower != "that" {
		return -1
	}
	m := c.at[t+2]
	if m < 0 || c.ms[m].First != t+2 {
		return -1
	}
	m, b := pastOwner(c, m)
	if e := c.ms[m].Entity; e >= 0 && !contains(ev.Agent, e) && b < len(toks) && (isVerbTag(toks[b].Tag) || toks[b].Tag == "MD") {
		return e
	}
	return -1
}

// pastOwner returns mention m and the token after it or, when m ends in a possessive right
// before another mention ("Z's agency"), that owned mention and the token after it: accusedThat
// and assessedDoer read the owned one as the doer. Unlike ownedMention it asks nothing of either
// mention.
func pastOwner(c *sentCtx, m int) (int, int) {
	toks := c.s.Toks
	b := c.ms[m].Last
	if b+1 < len(toks) && isPossMark(toks[b].Text) && c.at[b+1] >= 0 {
		m = c.at[b+1]
		b = c.ms[m].Last
	}
	return m, b
}

// assessedDoer returns the one an assessment names as a deed's doer in the clause "that" opens
// within a few tokens of the verb at i (past "with high confidence"): the clause's subject
// followed by its verb ("assessed that Y ran the operation"), or the one after "by", "to" or "of"
// ("assessed with high confidence that the operation was run by Y", "… was likely linked to Z's
// agency": the owned one); -1 when the verb opens no such clause ("assessed the damage").
func (x *Extractor) assessedDoer(c *sentCtx, i int) int {
	toks := c.s.Toks
	that := -1
	for j := i + 1; j < len(toks) && j-i <= 5; j++ {
		if toks[j].Lower == "that" {
			that = j
			break
		}
		if c.at[j] >= 0 || isVerbTag(toks[j].Tag) || toks[j].Text == "," {
			return -1
		}
	}
	if that < 0 {
		return -1
	}
	for j := that + 1; j < len(toks) && j-that <= 10; j++ {
		if toks[j].Text == "." || toks[j].Text == ";" || isQuote(toks[j].Text) || c.quoted[j] {
			return -1
		}
		m := c.at[j]
		if m < 0 || c.ms[m].First != j {
			continue
		}
		subject := j == that+1
		after := j > 0 && (toks[j-1].Lower == "by" || toks[j-1].Lower == "to" || toks[j-1].Lower == "of")
		m, b := pastOwner(c, m)
		if subject && !x.deedAfter(toks, b) {
			return -1 // "assessed that Y had recovered": no deed told of Y
		}
		if (subject || after) && c.ms[m].Entity >= 0 {
			return c.ms[m].Entity
		}
		return -1
	}
	return -1
}

// deedAfter reports whether the verb phrase at b, past auxiliaries, modals and adverbs, tells a
// deed (a trigger of a deed's type) or a doer's part in one (cue support: "behind",
// "responsible", "launched"): "Y stole the files", "Y was likely behind the outage".
func (x *Extractor) deedAfter(toks []token, b int) bool {
	for b < len(toks) && (x.cue.tokIs("be", &toks[b]) || toks[b].Tag == "MD" || toks[b].Tag == "RB" || toks[b].Lower == "had" || toks[b].Lower == "has" || toks[b].Lower == "have") {
		b++
	}
	if b >= len(toks) {
		return false
	}
	if x.cue.tokIs("support", &toks[b]) {
		return true
	}
	tr, ok := x.tokTrigger(&toks[b], true)
	return ok && isVerbTag(toks[b].Tag) && isDeed(tr.Type)
}

// saidBehindReach bounds how many tokens past a verb of saying saidBehind looks for the one
// its clause says was behind or responsible for a deed: far enough for a time and a clause of
// agreeing ("said on Wednesday that it shared the assessment that Y was responsible").
const saidBehindReach = 12

// deniedBefore reports whether the word at j of a reported clause denies or negates what
// follows: a negation ("said there was no evidence that Y was behind …") or a verb of denying
// ("said it rejected the claim that Y was responsible"): who was behind it is not claimed.
func (x *Extractor) deniedBefore(toks []token, j int) bool {
	if x.cue.tokIs("negation", &toks[j]) {
		return true
	}
	tr, ok := x.tokTrigger(&toks[j], true)
	return ok && tr.Type == schema.EventDenial && isVerbTag(toks[j].Tag)
}

// saidHallmarks returns the one a statement says a deed bore the marks of ("X said the break-in
// bore the hallmarks of Y", "… had all the hallmarks of Y") or was the work of ("X said the
// wiper was the work of Y"; cue deedwork): the entity of the first mention after "<hallmark
// verb> (all) the (same) <hallmark word> of" (cues hallmarkverb, hallmarkmod, hallmarkword),
// within 12 tokens of the trigger and with no quotation, semicolon or other mention between;
// not the speaker; else -1. Quotation marks of its own around the hallmark phrase ("said the
// intrusion \"bears the hallmarks\" of Y", "… bore \"all the hallmarks\" of Y", "… was \"the work
// of Y\"") are no quotation between.
func (x *Extractor) saidHallmarks(c *sentCtx, ev rawEvent) int {
	toks := c.s.Toks
	scare := false // the hallmark phrase in quotation marks of its own
	for j := ev.Trigger + 1; j < len(toks) && j-ev.Trigger <= 12; j++ {
		if !scare && isQuote(toks[j].Text) && j+1 < len(toks) && x.cue.tokIs("hallmarkverb", &toks[j+1]) && !c.quoted[j-1] {
			scare = true // "said the intrusion \"bears the hallmarks\" of Y": words quoted within the reported clause
			continue
		}
		if c.at[j] >= 0 || isQuote(toks[j].Text) || toks[j].Text == ";" || c.quoted[j] && !scare {
			return -1
		}
		if x.cue.tokIs("be", &toks[j]) {
			k := j + 1
			if k < len(toks) && isQuote(toks[k].Text) && !c.quoted[j] {
				k++ // "said the wiper was \"the work of Y\"": the quotation opens after the verb
			}
			if k+3 < len(toks) && toks[k].Lower == "the" && x.cue.tokIs("deedwork", &toks[k+1]) && toks[k+2].Lower == "of" {
				if e := x.nextMention(c, partitiveOf(toks, k+3), 4); e >= 0 && !contains(ev.Agent, e) {
					return e
				}
			}
			continue // "the break-in, which was found in May, bore …": a form of "be" marks nothing else
		}
		if !x.cue.tokIs("hallmarkverb", &toks[j]) || j+1 < len(toks) && x.cue.tokIs("be", &toks[j+1]) {
			continue // "had been the work of Y": the perfect's auxiliary, no verb of hallmarks
		}
		k := j + 1
		if !scare && k < len(toks) && isQuote(toks[k].Text) {
			scare = true // "bore \"all the hallmarks\" of Y": the quotation opens after the verb
			k++
		}
		if k < len(toks) && toks[k].Lower == "all" {
			k++
		}
		if k < len(toks) && toks[k].Lower == "the" {
			k++
		}
		if k < len(toks) && x.cue.tokIs("hallmarkmod", &toks[k]) {
			k++
		}
		if k < len(toks) && x.cue.tokIs("hallmarkword", &toks[k]) {
			if scare && k+1 < len(toks) && isQuote(toks[k+1].Text) {
				k++ // the quotation closing after the hallmark word, before "of"
			}
			if k+2 < len(toks) && toks[k+1].Lower == "of" {
				if e := x.nextMention(c, partitiveOf(toks, k+2), 4); e >= 0 && !contains(ev.Agent, e) {
					return e
				}
			}
		}
		return -1
	}
	return -1
}

// revealedTarget gives a report or statement with a teller but no target the subject of the
// clause it reveals: "X published stories on May 3, revealing that the agency had collected …",
// "X revealed in March that the directorate had obtained …": the report is about the agency; "X
// said (that) Y had …", "X said Z's agency had …" (the owned name after a possessor): the
// statement is about Y, the agency (a clause with no "that" only right after a statement's verb). The
// "that" must come before any finite verb, either in the report's own clause or after a
// participle of reporting set after it; the subject must be a named actor (or a description
// resolved to one) followed by its verb. A participle of linking after the report ("published an
// analysis tying the theft to X") adds an accusation of X by the report's teller.
func (x *Extractor) revealedTarget(c *sentCtx, evs []rawEvent) []rawEvent {
	toks := c.s.Toks
	for k, n := 0, len(evs); k < n; k++ {
		ev := &evs[k]
		if ev.Type != schema.EventReport && ev.Type != schema.EventStatement || ev.Told || len(ev.Agent) == 0 || len(ev.Target) > 0 {
			continue
		}
		for j := ev.Trigger + 1; j < len(toks) && j-ev.Trigger <= 30; j++ {
			t := toks[j]
			if isFiniteTag(t.Tag) || t.Text == ";" || isQuote(t.Text) || c.quoted[j] {
				break
			}
			if linkingWord[t.Lower] {
				// "published an analysis tying the theft to X", "…, linking the attack to X": the
				// party the report ties the deed to
				e := x.namedAs(c, j) // "linking the malware to a cluster it calls "X""
				if e < 0 {
					e = x.attributedTarget(c, j)
				}
				if e >= 0 && e < len(c.ents) && !c.ents[e].Generic && !contains(ev.Agent, e) {
					a := *ev // the report stays; the tying is an accusation of its own
					a.Type, a.Lemma, a.Trigger, a.Target, a.Carried = schema.EventAccusation, "attribute", j, []int{e}, true
					a.Agent = append([]int(nil), ev.Agent...)
					evs = append(evs, a)
				}
				break
			}
			if t.Tag == "VBG" && j > 0 && toks[j-1].Text == "," {
				if tr, ok := x.tokTrigger(&t, true); !ok || tr.Type != schema.EventReport {
					break // "…, adding that": another act
				}
			}
			m := -1
			if j == ev.Trigger+1 && ev.Type == schema.EventStatement && c.at[j] >= 0 {
				m = c.at[j] // "X said Y had …": the clause with no "that"
			} else if (t.Lower != "that" || t.Tag != "IN" || x.thatDeterminer(toks, j)) && !x.howClause(toks, j) {
				if j == ev.Trigger+1 && ev.Type == schema.EventStatement {
					// "expelled three Ostrovian diplomats … said the diplomats were officers"
					if e, l := x.demonymAnaphor(c, j); e >= 0 && !contains(ev.Agent, e) && l < len(toks) && isFiniteTag(toks[l].Tag) {
						ev.Target = []int{e}
						break
					}
				}
				continue
			}
			if m < 0 && j+1 < len(toks) {
				m = c.at[j+1]
			}
			if m < 0 && j+2 < len(toks) && toks[j+1].Tag == "DT" {
				m = c.at[j+2] // "that the Signals Office had …"
			}
			if m >= 0 && c.ms[m].Possessive {
				// "said Azerbaijan's State Security Service had …": the owned name
				k := c.ms[m].Last
				if k < len(toks) && isPossMark(toks[k].Text) {
					k++
				}
				if k < len(toks) && c.at[k] >= 0 && c.ms[c.at[k]].How == mkName {
					m = c.at[k]
				}
			}
			if m < 0 || c.ms[m].How == mkPronoun || c.ms[m].Possessive {
				break
			}
			e, l := c.ms[m].Entity, c.ms[m].Last
			if e < 0 || e >= len(c.ents) || c.ents[e].Generic || contains(ev.Agent, e) || l >= len(toks) || ev.Type == schema.EventStatement && (x.namedBefore(c, e, ev.Trigger) || x.tellersSide(c, *ev, m)) {
				break // "Anders Holm, the company's chief executive, said the firm would …": the teller's own side
			}
			if isFiniteTag(toks[l].Tag) {
				ev.Target = []int{e}
			}
			break
		}
	}
	return evs
}

// demonymAnaphor reads "the <plural of a people's kind>" at j ("the diplomats", "the officers",
// no mention of its own) as the demonym phrase with that head told at most three sentences
// before ("three Ostrovian diplomats"): that phrase's country and the token after the head;
// else -1.
func (x *Extractor) demonymAnaphor(c *sentCtx, j int) (int, int) {
	toks := c.s.Toks
	if j+1 >= len(toks) || toks[j].Lower != "the" || c.at[j] >= 0 || c.at[j+1] >= 0 || toks[j+1].Tag != "NNS" || !x.cue.tokIs("countryhead", &toks[j+1]) {
		return -1, -1
	}
	best, bestSent := -1, -1
	for k := range c.all {
		m := &c.all[k]
		if m.How == mkDemonym && m.Head == toks[j+1].Lower && m.Sent < c.s.Index && c.s.Index-m.Sent <= 3 && m.Entity >= 0 && m.Entity < len(c.ents) && (bestSent < 0 || m.Sent >= bestSent) {
			best, bestSent = m.Entity, m.Sent // the latest such phrase (mentions are not all in order)
		}
	}
	return best, j + 2
}

// ownBodyHead lists the heads of a description by which a teller names its own body ("she said
// the company had disconnected …", "said the department would review …", a mayor: "said the
// city would not pay").
var ownBodyHead = map[string]bool{"company": true, "firm": true, "department": true, "ministry": true,
	"government": true, "side": true, "city": true}

// tellersSide reports whether mention m names the side of the teller of a statement: a
// description of its own body (ownBodyHead), the teller itself, its employer or owner, or the
// country the teller or its employer belongs to ("the Russian foreign ministry said Russia would
// respond": no statement about Russia).
func (x *Extractor) tellersSide(c *sentCtx, ev rawEvent, m int) bool {
	if c.ms[m].How == mkDesc && ownBodyHead[c.ms[m].Head] {
		return true
	}
	e := c.ms[m].Entity
	if e < 0 || e >= len(c.ents) {
		return false
	}
	country := func(a int) bool {
		return a >= 0 && a < len(c.ents) && c.ents[e].Kind == schema.KindCountry && c.ents[a].Country != "" && c.ents[a].Country == c.ents[e].Name
	}
	for _, a := range ev.Agent {
		if a < 0 || a >= len(c.ents) {
			continue
		}
		if a == e || c.ents[a].Employer-1 == e || c.ents[a].Owner-1 == e || country(a) || country(c.ents[a].Employer-1) {
			return true
		}
	}
	return false
}

// namedBefore reports whether a mention of entity e starts before token i of the sentence.
func (x *Extractor) namedBefore(c *sentCtx, e, i int) bool {
	for j := 0; j < i && j < len(c.at); j++ {
		if m := c.at[j]; m >= 0 && c.ms[m].Entity == e {
			return true
		}
	}
	return false
}

// linkingWord holds the participles by which a report ties a deed to its doer.
var linkingWord = map[string]bool{"tying": true, "linking": true, "attributing": true, "connecting": true}

// findingVerb reports whether w is a verb of finding in the past that takes a clause: "X found
// that", "X concluded that".
func findingVerb(w string) bool {
	switch w {
	case "found", "discovered", "uncovered", "determined", "concluded", "established", "learned":
		return true
	}
	return false
}

// messageTo reads a written message addressed to someone ("in a letter to X", "sent a memo to
// X") or a verb of addressing with its addressee ("wrote to X", "protested to X"): its author
// tells X. The author is the subject of the main clause after a fronted
// phrase ("In a letter to X, she asked for …") or of the verb right before the message ("Y
// sent a letter to X", "Y wrote in an email to X"); "said in a memo to X" is the reporting
// verb's own recipient.
func (x *Extractor) messageTo(c *sentCtx, i int, out *rawEvent) bool {
	toks := c.s.Toks
	if x.messageSent(c, i, out) {
		return true
	}
	if x.messageGivenBy(c, i, out) {
		return true
	}
	if x.tipFrom(c, i, out) {
		return true
	}
	if x.contactMessage(c, i, out) {
		return true
	}
	a := i + 2 // the addressee's first word, after "to"
	if a < len(toks) && x.cue.tokIs("message", &toks[i]) && sentToForms[toks[i+1].Lower] && toks[i+2].Lower == "to" {
		a++ // "in a letter sent|addressed to X"
	}
	call := a < len(toks) && toks[i+1].Lower == "with" && x.cue.tokIs("callnoun", &toks[i]) // "In a call with X, Y warned …"
	if a >= len(toks) || toks[a-1].Lower != "to" && !call {
		return false
	}
	addressed := x.cue.tokIs("addressverb", &toks[i]) && (isTensedTag(toks[i].Tag) || x.auxBefore(toks, i) >= 0) // "wrote to X", "has written to X"
	disclosed := !call && isNounTag(toks[i].Tag) && x.cue.tokIs("disclosure", &toks[i])
	if !addressed && !call && !disclosed && !x.cue.tokIs("message", &toks[i]) {
		return false
	}
	to := -1
	if k := c.at[a]; k >= 0 && c.ms[k].Possessive {
		to = x.ownedApposition(c, c.ms[k]) // "wrote to Lumen's chief executive, Lawrence Hsu,": the one named
	}
	if to < 0 {
		to = x.officeHolder(c, a) // "wrote to the Minister of Public Safety, X,": the minister
	}
	if to < 0 {
		to = x.nextMention(c, a, 3)
	}
	for k := a; to < 0 && k < len(toks) && k-a <= 3; k++ {
		// "a letter to Defense Secretary Alan Pryce": title words before the name
		if c.at[k] >= 0 {
			to = c.ms[c.at[k]].Entity
		} else if toks[k].Tag != "NNP" && toks[k].Tag != "DT" {
			break
		}
	}
	if to < 0 {
		// "wrote to the foreign minister, Dana Holt": the name in apposition to a title
		k := a
		if toks[k].Tag == "DT" {
			k++
		}
		for k < len(toks) && k-a <= 4 && c.at[k] < 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "NN") {
			k++
		}
		if k > a+1 && k+1 < len(toks) && toks[k].Text == "," && c.at[k+1] >= 0 && c.ms[c.at[k+1]].How == mkName {
			to = c.ms[c.at[k+1]].Entity
		}
	}
	named := to >= 0
	if to < 0 && (addressed || x.cue.tokIs("message", &toks[i]) && !call) && c.gen != nil {
		// "wrote to all registered parties": described addressees; a message is sent so only
		// to people described by what they are to its author ("In a letter to customers, X
		// said …", "an email to employees"): a body described by its function ("a letter to
		// the public safety committee") is left to the names the article gives it
		k := a
		if toks[k].Tag == "DT" && k+1 < len(toks) {
			k++
		}
		if t := c.gen.at[k]; t >= 0 && c.gen.ms[t].How == mkGeneric && c.gen.ms[t].Entity >= 0 && (addressed || c.gen.ms[t].Kind == schema.KindPerson) {
			to = c.gen.ms[t].Entity
		}
	}
	if to < 0 {
		return false
	}
	verb, aside, fronted := -1, false, false
	j := i - 1
	for j > 0 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "NN" && j == i-1 && c.at[j] < 0 && !isCap(toks[j].Text)) {
		j-- // "a formal protest note": the message's own modifiers
	}
	switch {
	case addressed:
		verb = i // "wrote to X", "protested to X": the message is the verb's own
	case j < 0 || j == i-1 && !x.finiteOrPerfect(toks, j):
		return false
	case toks[j].Tag == "IN" && (j == 0 || j == 1 && toks[0].Tag == "CC"):
		// fronted: "In a letter to X, she asked …"
		verb, fronted = x.afterFronted(toks, i), true
	case toks[j].Tag == "IN" && j > 1 && toks[j-1].Text == ",":
		// set between commas after the subject: "Y, in a letter to X, warned …"; the verb's
		// own recipient search reads only after it
		verb, aside = x.afterFronted(toks, i), true
	case toks[j].Tag == "IN" && j > 0:
		j-- // "wrote in a letter to X"
		for j > 0 && toks[j].Tag == "RB" {
			j--
		}
		if x.finiteOrPerfect(toks, j) {
			verb = j
		}
	case x.finiteOrPerfect(toks, j):
		verb = j // "sent a letter to X"
	}
	if verb < 0 {
		return false
	}
	tr, ok := x.tokTrigger(&toks[verb], true)
	reporting := ok && isReporting(rawEvent{Type: tr.Type})
	if call && (!fronted || !reporting && !(ok && tr.Type == schema.EventWarning)) {
		// a call is told of only when the one in it says or warns something there: fronted
		// before such a verb ("In a phone call with X, Y said …"), not "In talks with X, Y agreed"
		return false
	}
	if reporting && !aside && !fronted {
		return false // "said in a memo to X": the statement tells X ("In a letter to X, Y said …" tells X too)
	}
	if disclosed && !(fronted && reporting) {
		return false // "In a statement to X, the company said …" only: "the release to X of the files" tells no one
	}
	from := x.subject(c, verb)
	if from < 0 && addressed && c.gen != nil {
		// "a group of 11 members of Parliament wrote to X": described writers
		if g := x.subject(c.gen, verb); g >= 0 && describedPerson(c.gen, g) {
			from = g
		}
	}
	if from < 0 || from == to {
		return false
	}
	ev := tellingEvent(c, i, toks[i].Lower, from, to, toldConf)
	if named {
		ev.Target = append(ev.Target, x.toldConjunct(c, i, to)...) // "sent letters to X and (to) Y"
	}
	if c.isPress(to) || addressed || disclosed {
		ev.Type = schema.EventStatement // "wrote to X": a statement told, as "told X" by a reporting verb
	}
	*out = ev
	return true
}

// sentToForms are the participles between a message and "to" its addressee: "a letter sent to
// X", "a memo addressed to X" (messageTo).
var sentToForms = map[string]bool{"sent": true, "addressed": true, "delivered": true, "written": true}

// contactMessage reads a message noun at i whose sender is named before the one it went to,
// in a contact clause or a "by" phrase ("according to a letter X sent to Y", "a letter sent by X
// to Y"): X told Y. It returns that telling, or false.
func (x *Extractor) contactMessage(c *sentCtx, i int, out *rawEvent) bool {
	toks := c.s.Toks
	if !isNounTag(toks[i].Tag) || !x.cue.tokIs("message", &toks[i]) {
		return false
	}
	j, by := i+1, false
	if j+1 < len(toks) && sentToForms[toks[j].Lower] && toks[j+1].Lower == "by" {
		j, by = j+2, true // "a letter sent by X to Y"
	}
	if j >= len(toks) || c.at[j] < 0 {
		return false
	}
	m := c.ms[c.at[j]]
	if m.How != mkName || m.Possessive || m.Entity < 0 || m.First != j {
		return false
	}
	v := m.Last
	if !by {
		if v >= len(toks) || toks[v].Tag != "VBD" && toks[v].Tag != "VBN" || !sentToForms[toks[v].Lower] {
			return false // "a letter X sent to Y": the contact clause's verb of sending
		}
		v++
	}
	if v+1 >= len(toks) || toks[v].Lower != "to" {
		return false
	}
	to := x.nextMention(c, v+1, 3)
	if to < 0 || to == m.Entity {
		return false
	}
	*out = tellingEvent(c, i, "warn", m.Entity, to, toldConf)
	return true
}

// tellingEvent returns the telling by from to to read at the word at i, with lemma and
// confidence conf.
func tellingEvent(c *sentCtx, i int, lemma string, from, to int, conf float64) rawEvent {
	return rawEvent{Type: schema.EventWarning, Lemma: lemma, Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: conf,
		Agent: []int{from}, Target: []int{to}, Told: true}
}

// toldConf is the confidence of a telling read from a message, a tip or information received,
// handedConf of information handed over (handedOver).
const (
	toldConf   = 0.7
	handedConf = 0.6
)

// finiteOrPerfect reports whether token k is a finite verb ("sent a letter") or a perfect's
// participle ("had handed a note", "had also passed": auxBefore).
func (x *Extractor) finiteOrPerfect(toks []token, k int) bool {
	return isTensedTag(toks[k].Tag) || toks[k].Tag == "VBN" && x.auxBefore(toks, k) >= 0
}

// handedReach bounds the words handedOver reads after its verb for the "to" or "with" of the
// one handed the information; relativeWords more follow a free relative ("what it had
// learned").
const (
	handedReach   = 10
	relativeWords = 4
)

// begunDoing reports whether the gerund at k completes a tensed verb of beginning or going on
// right before it (cue ingverb: "began sharing", "has started passing", "continued
// forwarding"), whose subject does it.
func (x *Extractor) begunDoing(toks []token, k int) bool {
	return k > 0 && toks[k].Tag == "VBG" && x.cue.tokIs("ingverb", &toks[k-1]) && x.finiteOrPerfect(toks, k-1)
}

// afterFronted returns the main clause's verb after a phrase fronted before it that holds the
// noun at i ("In a letter to X, she asked …", "Acting on a tip from X, police raided …"): the
// first finite verb after the comma closing the phrase, or -1.
func (x *Extractor) afterFronted(toks []token, i int) int {
	k := i + 2
	for k < len(toks) && toks[k].Text != "," && k-i <= frontedReach {
		k++
	}
	for k++; k < len(toks) && k-i <= frontedVerbReach; k++ {
		if x.finiteOrPerfect(toks, k) {
			return k
		}
	}
	return -1
}

// frontedReach bounds how far after the noun at i the comma closing a fronted phrase may
// stand, and frontedVerbReach how far the main clause's verb (afterFronted).
const (
	frontedReach     = 10
	frontedVerbReach = 16
)

// tipFrom reads a tip or a message from someone to someone ("a warning from X to Y", "a
// letter from X to Y"), and a tip from someone in a phrase fronted before the one who acted on it
// ("Acting on a tip from X, the police raided …", "After a warning from X, the bank shut …",
// "Following intelligence from X, …") or closing the clause of an active verb ("the police
// raided the flat after a tip from X"): X told the clause's subject. The phrase opens with a
// word of acting upon (cue tipfront), not "according to" or "using".
func (x *Extractor) tipFrom(c *sentCtx, i int, out *rawEvent) bool {
	toks := c.s.Toks
	if i+2 >= len(toks) || toks[i+1].Lower != "from" {
		return false
	}
	tip := x.cue.tokIs("tipnoun", &toks[i])
	if !tip && !x.cue.tokIs("message", &toks[i]) {
		return false
	}
	sender := x.nextMention(c, i+2, tipSenderReach)
	b := i - 1
	for b >= 0 && (toks[b].Tag == "DT" || toks[b].Tag == "JJ") {
		b--
	}
	if b < 0 || !isVerbTag(toks[b].Tag) {
		// "a warning from X to Y", "a letter from X to Y": X told Y (not "passed information
		// from X to Y", where the verb's subject tells)
		for k := i + 3; k+1 < len(toks) && k-i <= tipToReach; k++ {
			if toks[k].Lower != "to" || c.at[k-1] < 0 {
				continue
			}
			from, to := c.ms[c.at[k-1]].Entity, x.nextMention(c, k+1, tipRecipientReach)
			if from < 0 || to < 0 || from == to || sender != from || c.isPress(to) {
				break
			}
			*out = tellingEvent(c, i, toks[i].Lower, from, to, toldConf)
			return true
		}
	}
	if !tip {
		return false
	}
	j := b // the word before the tip's determiners and adjectives
	if j < 0 && i > 0 {
		j = 0 // the sentence opens with them: "Following intelligence from X, …"
	}
	if j < 0 || !x.cue.tokIs("tipfront", &toks[j]) || j == 1 && !x.cue.tokIs("tipfront", &toks[0]) {
		return false // "Acting on", "Based on": both words are the phrase's opening
	}
	from, v := sender, -1
	if j <= 1 {
		v = x.afterFronted(toks, i)
	} else if toks[j].Tag == "IN" || toks[j].Lower == "following" {
		// "the police raided the flat after a tip from X": the verb of the clause the phrase
		// ends, in the active ("X was arrested after a tip from Y": Y told not X)
		for k := j - 1; k >= 0 && j-k <= tipClauseReach && c.clause[k] == c.clause[j]; k-- {
			if toks[k].Tag == "VBN" && x.passiveAux(c, k) {
				break
			}
			if x.finiteOrPerfect(toks, k) {
				v = k
				break
			}
		}
	}
	if from < 0 || v < 0 {
		return false
	}
	to := x.subject(c, v)
	if to < 0 || to == from {
		return false
	}
	*out = tellingEvent(c, i, "tip", from, to, toldConf)
	return true
}

// Reaches of tipFrom: the sender within tipSenderReach words after "from", the "to" of a
// recipient within tipToReach words after the tip, the recipient within tipRecipientReach
// words after that "to", and the verb of the clause a closing tip phrase ends within
// tipClauseReach words before it.
const (
	tipSenderReach    = 4
	tipToReach        = 8
	tipRecipientReach = 3
	tipClauseReach    = 12
)

// messageGivenBy reads the passive of messageSent, a message or a piece of information at i
// given to the subject by someone named after "by" ("We were given very little detail by X",
// "Y was sent a list of the accounts by X", "Y was handed the logs by X"): X tells the subject.
// Information called secret is no telling.
func (x *Extractor) messageGivenBy(c *sentCtx, i int, out *rawEvent) bool {
	toks := c.s.Toks
	if !x.cue.tokIs("message", &toks[i]) && !x.cue.tokIs("information", &toks[i]) && !(isNounTag(toks[i].Tag) && x.cue.tokIs("infolist", &toks[i])) {
		return false
	}
	v := i - 1
	for v > 0 && i-v <= 4 && (toks[v].Tag == "JJ" || toks[v].Tag == "CD" || toks[v].Tag == "DT" || toks[v].Tag == "RB" || toks[v].Tag == "PRP$") {
		if x.cue.tokIs("secretleak", &toks[v]) {
			return false // "was handed classified files by X"
		}
		v--
	}
	if v < 1 || toks[v].Tag != "VBN" || !x.cue.tokIs("indirectsend", &toks[v]) || !x.passiveAux(c, v) {
		return false
	}
	from := x.byAgent(c, i)
	to := x.subject(c, v)
	if to < 0 && x.quotedWe(c, v) {
		to = x.quoteOwner(c) // "“We were given very little detail by X,” said Y"
	}
	if from < 0 || to < 0 || from == to || c.isPress(from) {
		return false
	}
	*out = tellingEvent(c, v, "give", from, to, toldConf)
	return true
}

// messageSent reads a message or a piece of information given with its addressee as the
// indirect object of a verb of sending ("sent her a letter", "wrote the minister a note", "gave
// the bank a warning", "handed the police evidence of the fraud"): the verb's subject tells the
// addressee. Information called secret ("handed X classified data") is no telling.
func (x *Extractor) messageSent(c *sentCtx, i int, out *rawEvent) bool {
	toks := c.s.Toks
	info := x.cue.tokIs("information", &toks[i])
	if !x.cue.tokIs("message", &toks[i]) && !info && !(isNounTag(toks[i].Tag) && x.cue.tokIs("infolist", &toks[i])) {
		return false // "gave the bank a list of the servers": a list given tells too
	}
	j := i - 1
	for j > 0 && (toks[j].Tag == "JJ" || toks[j].Tag == "CD") {
		if x.cue.tokIs("secretleak", &toks[j]) && toks[i].Lower != "briefing" && toks[i].Lower != "briefings" {
			return false // "handed X classified data"; "gave X a classified briefing" is told
		}
		j--
	}
	if j >= 0 && toks[j].Tag != "DT" {
		if !info {
			return false
		}
		j++ // "handed the police evidence": information needs no determiner
	}
	if j < 2 || c.at[j-1] < 0 {
		return false
	}
	m := c.ms[c.at[j-1]]
	if m.Possessive && m.How != mkPronoun || m.Entity < 0 || m.Last != j || m.First < 1 {
		return false
	}
	v := m.First - 1
	if toks[v].Lower == "the" && v > 0 {
		v-- // "gave the Norland Cyber Office a warning": the name's article
	}
	if v >= 2 && toks[v].Lower == "of" && (toks[v-1].Lower == "members" || x.cue.tokIs("staffnoun", &toks[v-1])) {
		v -= 2 // "gave members of the Senate Intelligence Committee a briefing": the body's people
		if toks[v].Lower == "the" && v > 0 {
			v--
		}
	}
	if !x.cue.tokIs("indirectsend", &toks[v]) {
		return false
	}
	if t := toks[v].Tag; !isTensedTag(t) && t != "VBN" {
		return false
	}
	from := x.subject(c, v)
	if from < 0 || from == m.Entity {
		return false
	}
	ev := tellingEvent(c, i, toks[i].Lower, from, m.Entity, toldConf)
	if c.isPress(m.Entity) {
		ev.Type = schema.EventStatement
	}
	*out = ev
	return true
}

// counterpart reads "its|their <demonym> counterpart(s)" from j (an object of telling or
// handing over), or a state's or agency's "partners" or "allies" so named (cue allynoun;
// stateOwner): the agency the article names as that country's own ("Vessaria's National
// Cyber Office"), when it names exactly one besides the teller, else -1.
func (x *Extractor) counterpart(c *sentCtx, j int, teller []int) int {
	toks := c.s.Toks
	if j+2 >= len(toks) || toks[j].Lower != "its" && toks[j].Lower != "their" && toks[j].Lower != "his" && toks[j].Lower != "her" {
		return -1
	}
	if w := toks[j+2].Lower; w != "counterpart" && w != "counterparts" && !(x.cue.is("allynoun", w) && c.stateOwner(j)) {
		return -1
	}
	if n := j + 3; n < len(toks) {
		// "with her Finnish counterpart, Peter Salo": the person named after it
		if toks[n].Text == "," {
			n++
		}
		k := -1
		if n < len(toks) {
			k = c.at[n]
		}
		if k >= 0 && c.ms[k].How == mkName && c.ms[k].Entity >= 0 && c.ms[k].Entity < len(c.ents) &&
			c.ents[c.ms[k].Entity].Kind == schema.KindPerson && !contains(teller, c.ms[k].Entity) {
			return c.ms[k].Entity
		}
	}
	if toks[j].Lower != "its" && toks[j].Lower != "their" {
		return -1
	}
	country, found := -1, -1
	if k := c.at[j+1]; k >= 0 && c.ms[k].Entity >= 0 && c.ms[k].Entity < len(c.ents) && c.ents[c.ms[k].Entity].Kind == schema.KindCountry {
		country = c.ms[k].Entity
	} else if en, ok := x.gaz.Demonym(toks[j+1].Text); ok && en != nil {
		country = c.countryEntity(en.Name)
	}
	if country < 0 {
		return -1
	}
	for p := 0; p+1 < len(c.all); p++ {
		m, n := c.all[p], c.all[p+1]
		if !m.Possessive || m.Entity != country || n.Sent != m.Sent || n.First != m.Last && n.First != m.Last+1 || n.How != mkName ||
			n.Entity < 0 || n.Entity >= len(c.ents) || c.ents[n.Entity].Kind != schema.KindAgency || contains(teller, n.Entity) {
			continue
		}
		if found >= 0 && found != n.Entity {
			return -1 // two of its agencies: which one is unsure
		}
		found = n.Entity
	}
	if found < 0 && c.at[j+1] >= 0 && c.ms[c.at[j+1]].Entity == country && !contains(teller, country) {
		return country // "alerted their American counterparts": the country itself, none of its agencies named
	}
	return found
}

// stateOwner reports whether the possessive pronoun at j stands for a state or one of its
// agencies, whose partners or allies of a nationality are that state's own ("the agency shared its
// findings with its British partners"); a company's partners are its business's.
func (c *sentCtx) stateOwner(j int) bool {
	k := c.at[j]
	if k < 0 || c.ms[k].Entity < 0 || c.ms[k].Entity >= len(c.ents) {
		return false
	}
	kind := c.ents[c.ms[k].Entity].Kind
	return kind == schema.KindAgency || kind == schema.KindCountry
}

// referring reports whether v is a form of "refer", whose object is a matter passed on for
// someone to deal with: "referred the matter|case|complaint to X" (referredMatter). Its
// findings or evidence referred are left alone: whose they were is too often misread.
func referring(v string) bool { return v == "refer" || v == "refers" || v == "referred" }

// referredMatter reports whether noun n is the matter a verb of referring (verb v) passes on
// (cue referrednoun: "referred the matter|case|complaint to X"), or a concern a verb of raising
// (cue raiseverb) or any verb of handing over brings before someone ("raised concerns with X",
// "raised the matter with X", "sounded the alarm with X", "expressed concern to X", "conveyed
// its anger to X", "shared its concerns with X"; cue raisednoun).
func (x *Extractor) referredMatter(v, n string) bool {
	return referring(v) && x.cue.is("referrednoun", n) || (x.cue.is("raiseverb", v) || x.cue.is("handover", v)) && x.cue.is("raisednoun", n)
}

// handedOver reads information handed over to someone: "the FBI shared a list of servers with X",
// "passed details of the wallet to X", "emailed the files to reporters", "shared them with it",
// by a finite verb or an -ing form after a verb of beginning ("began sharing its findings with
// X"; begunDoing); a free relative is information ("shared what it had learned with X"). The
// giver (the verb's subject; a described institution too when what it hands over is no secret: "a
// foreign intelligence service delivered a written assessment to X") tells the receiver: a warning
// told, or a leak told when what is handed over is secret ("handed classified files to X"). The
// object must be information, not people or goods ("sent a team to the city", "gave money to X"). A
// secret handed to a receiver it cannot name is left to handedSecret, a leak told to no one.
func (x *Extractor) handedOver(c *sentCtx, i int) (rawEvent, bool) {
	toks := c.s.Toks
	if toks[i].Tag != "VB" && !x.finiteOrPerfect(toks, i) && !x.begunDoing(toks, i) {
		return rawEvent{}, false
	}
	v := toks[i].Lower
	handed := !referring(v) && !x.cue.is("raiseverb", v) // information handed, not a matter referred or raised
	learned := false                                     // "shared what it had learned with X": a free relative, the things found
	flagged := x.cue.is("flagverb", v)
	info, secret, prep, of, doc, raised, possessed := false, false, -1, false, false, false, false
	var owners []int // "confidential records of Harrow Bank": whose secrets they are
	reach := handedReach
	for j := i + 1; j < len(toks) && j-i <= reach; j++ {
		w := toks[j]
		if w.Lower == "to" && j+1 < len(toks) && toks[j+1].Tag == "VB" && c.at[j+1] < 0 && !isCap(toks[j+1].Text) {
			return rawEvent{}, false // "shared the material to impress …": a purpose, not a receiver
		}
		if w.Lower == "to" && j > i+2 && objectParticiple(toks, j-1) {
			of = true // "shared indicators tied to the campaign with X": the object's own participle
			continue
		}
		if w.Lower == "to" || w.Lower == "with" {
			prep = j
			break
		}
		if j == i+1 && w.Lower == "what" && handed {
			// "shared what it had found about the botnet with X": the relative's subject and
			// verbs come before the object's words
			learned, reach = true, handedReach+relativeWords
			continue
		}
		of = of || w.Lower == "of" || w.Lower == "about" || w.Lower == "on"
		if c.at[j] >= 0 && j > 0 && toks[j-1].Lower == "of" && c.ms[c.at[j]].Entity >= 0 {
			owners = append(owners, c.ms[c.at[j]].Entity)
		}
		if m := c.at[j]; m >= 0 && c.ms[m].How != mkPronoun && !of {
			if c.ms[m].Possessive && c.ms[m].Entity >= 0 && c.ms[m].Last < len(toks) && isPossMark(toks[c.ms[m].Last].Text) {
				possessed = true // "shared Kestrel's findings with X": whose they are, not the receiver
				continue
			}
			return rawEvent{}, false // "handed Y a list", "sent the FBI …": a name as object ("lists of affected IP addresses" is none)
		}
		switch {
		case j == i+1 && (w.Lower == "it" || w.Lower == "them") && j+1 < len(toks) && (toks[j+1].Lower == "to" || toks[j+1].Lower == "with" || passedOnTo(toks, j+1)):
			// "copied classified pages … and handed them to a reporter": the things just told
			// of, when the sentence named information before (not "bought two phones and
			// handed them to X"), secret if it said so
			for k := 0; k < i; k++ {
				info = info || x.infoNoun(toks[k])
				secret = secret || x.cue.tokIs("secretleak", &toks[k])
			}
			if !info {
				return rawEvent{}, false
			}
		case handed && x.infoNoun(w) && j > i+1 && x.cue.tokIs("lureword", &toks[j-1]):
			return rawEvent{}, false // "sent spear-phishing emails to officials": a lure, an attack's means, nothing told
		case handed && x.infoNoun(w):
			info = true
			doc = doc || x.cue.tokIs("secretdoc", &w)
		case isNounTag(w.Tag) && x.referredMatter(v, w.Lower):
			info, raised = true, true // "referred the matter to the regulator": what is referred is told
		case flagged && isNounTag(w.Tag):
			info = true // "flagged the transfers to the bank": whatever is flagged to someone is told
		case x.cue.tokIs("secretleak", &w):
			// "gave a classified briefing to X", like "gave X a classified briefing"
			// (messageSent), is told, not leaked
			secret = !(j+1 < len(toks) && (toks[j+1].Lower == "briefing" || toks[j+1].Lower == "briefings"))
		case learned && isVerbTag(w.Tag) && !x.cue.tokIs("handover", &w):
			info = true // the free relative's own verbs: "what it had learned"
		case w.Text == "," || w.Lower == "that" || isVerbTag(w.Tag) && w.Tag != "VBN" && !pluralReadAsVerb(toks, j) && !objectParticiple(toks, j):
			return rawEvent{}, false
		}
	}
	if !info && prep == i+1 && handed {
		info = x.shiftedInfo(c, prep+1) // "shared with the regulator an analysis of the payments"
	}
	if info && !secret && handed && x.takenUpSecret(toks, i) {
		secret = true // "photographed classified files and sent the images to X": the secret told before
	}
	if !info || prep < 0 || prep+1 >= len(toks) || possessed && secret {
		return rawEvent{}, false // "passed Kestrel's confidential files to X" stays with handedSecret
	}
	to, fellow, example := -1, false, false
	if e := x.counterpart(c, prep+1, nil); e >= 0 {
		to, fellow = e, true // "passed details of the wallet to their Polish counterparts", "shared its findings with its British partners"
	} else if k := c.at[prep+1]; k >= 0 && c.ms[k].How == mkPronoun && objectPronoun[c.ms[k].Head] {
		to = c.ms[k].Entity // "shared the lists with it"
	} else {
		to = x.nextMention(c, prep+1, 4) // "to the grid operator X": an article and two classifier nouns
		if k := ownedMention(c, prep+1); k >= 0 {
			to = c.ms[k].Entity // "shared samples with Poland's National Cyber Security Centre": the centre, not Poland
		}
		if to < 0 {
			to = x.afterUnnamedConjunct(c, prep+1) // "passed its findings to the police and to Europol"
		}
		if to < 0 {
			to = x.roleHolder(c, prep+1) // "relayed the call to the campaign manager, Luis Arredondo"
		}
		if to < 0 {
			to = x.groupExample(c, prep+1) // "shared its findings with other agencies, including X and Y"
			example = to >= 0
		}
	}
	from0, press := prep+1, false
	if k := x.staffAt(c, prep+1); k >= 0 && !secret {
		// "shared the details with officials at X", "emailed the files to reporters at three
		// news organizations": the body they work at (a secret handed to reporters at a
		// newspaper is left to handedSecret, a leak with no one told)
		from0 = k
		if e := x.nextMention(c, k, 3); e >= 0 && to < 0 {
			to = e
		}
		press = x.cue.tokIs("pressnoun", &toks[k-2]) && doc
	}
	for k := from0; to < 0 && c.gen != nil && k < len(toks) && k-from0 <= 2; k++ {
		// "emailed the files to three journalists": described receivers
		if t := c.gen.at[k]; t >= 0 && c.gen.ms[t].How == mkGeneric && c.gen.ms[t].Entity >= 0 {
			to = c.gen.ms[t].Entity
		}
	}
	from := x.subject(c, i)
	if from < 0 && c.gen != nil && !secret {
		// "a foreign intelligence service delivered a written assessment to X": a described
		// institution hands information over, as it warns someone named
		if g := x.subject(c.gen, i); g >= 0 && describedAgency(c.gen, g) {
			from = g
		}
	}
	if to < 0 || from < 0 || from == to || c.ents[to].Kind == schema.KindCountry && (secret || !raised && !fellow && !x.stateBody(c, prep+1, to)) {
		// "passed the files to a Selvarian diplomat": spying for a state, not a tip-off; a
		// matter raised with a state is told to it ("Britain raised the matter with China")
		return rawEvent{}, false
	}
	for k := i - 1; k >= 0; k-- {
		if m := c.at[k]; m >= 0 && c.ms[m].Entity == from {
			if c.ms[m].NounMod && !x.bodyStaff(toks, c.ms[m].Last) {
				return rawEvent{}, false // "a former NSA analyst who passed …": the analyst, whom the article does not name
			}
			break
		}
	}
	ev := tellingEvent(c, i, toks[i].Lower, from, to, handedConf)
	if !secret && !press {
		ev.Target = append(ev.Target, x.toldConjunct(c, prep, to)...) // "shared indicators with Apple and Google"
	}
	if example {
		ev.Target = x.joinedExamples(c, &ev, to) // "including X and Y": Y too, however far the group put X
	}
	if secret || press {
		ev.Type = schema.EventLeak // "handed classified files to a reporter", "emailed the files to reporters at X"
		for _, o := range owners {
			if o != from && !contains(ev.Target, o) {
				ev.Target = append(ev.Target, o)
			}
		}
	}
	return ev, true
}

// takenUpSecret reports whether the object of the verb of handing over at i is a definite noun
// phrase ("the images", "these copies") taking up secret information a verb of copying or
// photographing told of before it in the sentence, the verb joined to it by "and" so that
// both share a doer: "photographed classified pages and sent the images to X", "copied secret
// files and then passed the copies to Y". What is handed is that secret, though its own words
// do not say so.
func (x *Extractor) takenUpSecret(toks []token, i int) bool {
	if i+1 >= len(toks) || !definiteDet[toks[i+1].Lower] {
		return false
	}
	k := i - 1
	for k > 0 && toks[k].Tag == "RB" {
		k-- // "and then sent", "and later handed"
	}
	if k < 0 || toks[k].Lower != "and" {
		return false // the same doer's next deed, not another subject's ("…, and the bank sent the findings to X")
	}
	took, secret := false, false
	for k := 0; k < i; k++ {
		took = took || copyForms[toks[k].Lower] || recordForms[toks[k].Lower]
		secret = secret || took && x.cue.tokIs("secretleak", &toks[k])
	}
	return secret
}

// definiteDet lists the determiners of a noun phrase that takes up a thing told before.
var definiteDet = map[string]bool{"the": true, "these": true, "those": true}

// recordForms lists the forms of verbs of recording a thing's likeness ("photographed the
// pages"), which make copies as copyForms' verbs do.
var recordForms = map[string]bool{"photograph": true, "photographs": true, "photographed": true, "scanned": true, "filmed": true}

// shiftedInfo reports whether the receiver named at k, right after the preposition of a verb of
// handing over, is followed by the information handed, shifted after it ("shared with the FBI
// an analysis of the transfers", "passed to police the names of two suspects"): a determiner,
// up to shiftReach adjectives and nouns, and an information noun.
func (x *Extractor) shiftedInfo(c *sentCtx, k int) bool {
	toks := c.s.Toks
	if k < len(toks) && c.at[k] < 0 && toks[k].Lower == "the" {
		k++ // "shared with the FBI": the receiver's name after "the"
	}
	if k >= len(toks) || c.at[k] < 0 {
		return false
	}
	j := c.ms[c.at[k]].Last
	if j >= len(toks) || !x.cue.tokIs("article", &toks[j]) {
		return false
	}
	for n := j + 1; n < len(toks) && n-j <= shiftReach; n++ {
		if x.infoNoun(toks[n]) {
			return true
		}
		if c.at[n] >= 0 || toks[n].Tag != "JJ" && toks[n].Tag != "NN" && toks[n].Tag != "NNS" && toks[n].Tag != "HYPH" {
			return false
		}
	}
	return false
}

// shiftReach bounds the modifiers shiftedInfo steps over before the information noun.
const shiftReach = 4

// bodyStaff reports whether the word at k, after a body's name modifying it, is a plural of the
// body's people acting for it ("Bureau agents passed a written summary to X", "FBI officials
// shared …"): cue staffword or bodystaff.
func (x *Extractor) bodyStaff(toks []token, k int) bool {
	if k >= len(toks) || toks[k].Tag != "NNS" {
		return false
	}
	w := toks[k].Lower
	return x.cue.is("staffword", w) || x.cue.is("bodystaff", w)
}

// objectParticiple reports whether the verb-tagged word at j is a participle modifying the
// noun right before it and taking "to" ("indicators tied/VBD to the campaign", "files linked to
// the group"): part of the object's noun phrase, no verb of its own.
func objectParticiple(toks []token, j int) bool {
	return j > 0 && j+1 < len(toks) && toks[j+1].Lower == "to" && (toks[j].Tag == "VBN" || toks[j].Tag == "VBD") &&
		strings.HasSuffix(toks[j].Lower, "ed") && isNounTag(toks[j-1].Tag)
}

// stateBody reports whether the mention at token j is state e named as the owner of a body
// described after it, an agency's or a team's head word (cue bodyhead) ending the phrase ("with Dorsk's
// national computer incident response team", "Dorsk's cyber agency"): the state's own
// institution is told, no agent of a foreign power ("Dorsk's ambassador" is none). A demonym
// before a word for a state's bodies (cue statebody) is one too: "with the German government",
// "with Dutch authorities" (not "a Selvarian diplomat").
func (x *Extractor) stateBody(c *sentCtx, j, e int) bool {
	if j+1 < len(c.at) && c.s.Toks[j].Lower == "the" {
		j++
	}
	if j >= len(c.at) || c.at[j] < 0 {
		return false
	}
	m := c.ms[c.at[j]]
	if m.How == mkDemonym && m.Entity == e && x.cue.is("statebody", m.Head) {
		return true
	}
	if !m.Possessive || m.How != mkName || m.Entity != e || m.Last+2 >= len(c.at) || c.at[m.Last+1] >= 0 {
		return false
	}
	toks := c.s.Toks
	for k := m.Last + 1; k < len(toks) && k-m.Last <= 6; k++ {
		switch {
		case isNounTag(toks[k].Tag) && !isCap(toks[k].Text):
			if k+1 >= len(toks) || !isNounTag(toks[k+1].Tag) {
				h := toks[k].Lower
				return x.cue.descHead[h] == schema.KindAgency || x.cue.is("bodyhead", h)
			}
		case toks[k].Tag == "JJ":
		default:
			return false
		}
	}
	return false
}

// handedPassive reads information handed over in the passive ("The firm's findings were shared
// with the FBI", "Its analysis was passed to the regulator by the bank"): the one after "by",
// else the owner of the subject's information noun (a possessive name or pronoun right before
// it, past adjectives), tells the one named after "to" or "with". It returns that telling, or
// false; a matter referred or a concern raised is left to handedOver.
func (x *Extractor) handedPassive(c *sentCtx, i int) (rawEvent, bool) {
	toks := c.s.Toks
	v := toks[i].Lower
	if toks[i].Tag != "VBN" || !x.passiveAux(c, i) || referring(v) || x.cue.is("raiseverb", v) || x.cue.is("flagverb", v) {
		return rawEvent{}, false
	}
	prep := i + 1
	for prep < len(toks) && toks[prep].Tag == "RB" {
		prep++
	}
	if prep+1 >= len(toks) || toks[prep].Lower != "to" && toks[prep].Lower != "with" {
		return rawEvent{}, false
	}
	if !x.infoSubject(c, i) {
		return rawEvent{}, false // "the suspects were handed to police by X", "stolen files were passed to a reporter"
	}
	to := x.nextMention(c, prep+1, 4)
	if k := ownedMention(c, prep+1); k >= 0 {
		to = c.ms[k].Entity // "with Poland's National Cyber Security Centre": the centre
	}
	from := x.byAgent(c, i)
	if from < 0 {
		from = x.infoOwner(c, i)
	}
	if to < 0 || from < 0 || from == to || to >= len(c.ents) || c.ents[to].Kind == schema.KindCountry || c.isPress(to) {
		return rawEvent{}, false
	}
	return tellingEvent(c, i, v, from, to, handedConf), true
}

// infoSubjectReach bounds the words before a passive participle infoSubject reads.
const infoSubjectReach = 8

// infoSubject reports whether the clause before the passive participle at i names information
// handed over ("Details of the transfers were handed …", "The firm's findings were shared …")
// and nothing secret ("Classified files were passed …" is a leak).
func (x *Extractor) infoSubject(c *sentCtx, i int) bool {
	toks := c.s.Toks
	info := false
	for k := i - 1; k >= 0 && i-k <= infoSubjectReach && c.clause[k] == c.clause[i]; k-- {
		if toks[k].Text == "," || isTensedTag(toks[k].Tag) && !x.auxTok(&toks[k]) {
			break
		}
		if x.cue.tokIs("secretleak", &toks[k]) {
			return false
		}
		info = info || x.infoNoun(toks[k]) && c.at[k] < 0
	}
	return info
}

// infoOwner returns the owner of the information noun that is the subject of the passive
// participle at i ("The firm's findings were …", "Its detailed analysis had been …"), or -1.
func (x *Extractor) infoOwner(c *sentCtx, i int) int {
	toks := c.s.Toks
	a := i - 1
	for a >= 0 && (toks[a].Tag == "RB" || toks[a].Tag == "MD" || x.auxTok(&toks[a])) {
		a--
	}
	if a < 1 || !x.infoNoun(toks[a]) || c.at[a] >= 0 {
		return -1
	}
	k := a - 1
	for k >= 0 && c.at[k] < 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" && !isCap(toks[k].Text)) {
		k-- // "the firm's technical findings", "its threat assessment"
	}
	switch {
	case k >= 0 && toks[k].Tag == "PRP$" && c.at[k] >= 0:
		return c.ms[c.at[k]].Entity
	case k >= 1 && isPossMark(toks[k].Text) && c.at[k-1] >= 0 && c.ms[c.at[k-1]].Possessive:
		return c.ms[c.at[k-1]].Entity
	}
	return -1
}

// ownedMention reads, at token j, a name that owns the name right after it ("Poland's National
// Cyber Security Centre", "Kestrel Bank's security team" is none): the index in c.ms of the owned
// name, or -1. The one told is the body so named, not its owner.
func ownedMention(c *sentCtx, j int) int {
	if j < 0 || j >= len(c.at) || c.at[j] < 0 {
		return -1
	}
	m := c.ms[c.at[j]]
	if !m.Possessive || !m.OwnsNext || m.How != mkName || m.Last+1 >= len(c.at) {
		return -1
	}
	if k := c.at[m.Last+1]; k >= 0 && c.ms[k].How == mkName && c.ms[k].Entity >= 0 && c.ms[k].Entity != m.Entity {
		return k
	}
	return -1
}

// infoNoun reports whether t is a noun for information that can be handed over: information
// ("details"), a secret document ("files") or a list ("a list of servers").
func (x *Extractor) infoNoun(t token) bool {
	return isNounTag(t.Tag) && (x.cue.tokIs("information", &t) || x.cue.tokIs("secretdoc", &t) || x.cue.tokIs("infolist", &t))
}

// isFiniteTag reports whether a part-of-speech tag is that of a finite verb: a past or
// present tense, or a modal.
func isFiniteTag(t string) bool { return isTensedTag(t) || t == "MD" }

// isPossMark reports whether a token's text is the possessive marker "'s" (straight or curly).
func isPossMark(t string) bool { return t == "'s" || t == "’s" }

// isTensedTag reports whether a part-of-speech tag is that of a verb in the past or present
// tense.
func isTensedTag(t string) bool { return t == "VBD" || t == "VBZ" || t == "VBP" }

// pluralReadAsVerb reports whether the verb-tagged word at j is a plural noun ending a noun
// phrase before "to" or "with" ("lists of affected IP addresses/VBZ with it").
func pluralReadAsVerb(toks []token, j int) bool {
	return j > 0 && j+1 < len(toks) && (toks[j].Tag == "VBZ" || toks[j].Tag == "VBP") && strings.HasSuffix(toks[j].Lower, "s") &&
		(toks[j+1].Lower == "to" || toks[j+1].Lower == "with") && (toks[j-1].Tag == "JJ" || isNounTag(toks[j-1].Tag))
}

// letterWarns folds a letter into the warning it carries: "X wrote to Y warning them that …"
// is one act, a warning by X to Y, not a statement to Y and a warning to no one (nor a
// statement to Y beside the warning to Y the participle's pronoun already names).
func (x *Extractor) letterWarns(evs []rawEvent) []rawEvent {
	for k := range evs {
		l := evs[k]
		if l.Type != schema.EventStatement || !l.Told || len(l.Agent) != 1 || len(l.Target) == 0 || !x.cue.is("addressverb", l.Lemma) {
			continue
		}
		for j := range evs {
			if w := &evs[j]; w.Type == schema.EventWarning && (len(w.Target) == 0 || sameEnts(w.Target, l.Target)) && sameEnts(w.Agent, l.Agent) && w.Trigger > l.Trigger {
				w.Target, w.Told = l.Target, true
				return append(evs[:k:k], evs[k+1:]...)
			}
		}
	}
	return evs
}

// describedPerson reports whether entity e has a descriptive person mention in the sentence of
// gc ("members of Parliament", an actor the article may also name "MPs").
func describedPerson(gc *sentCtx, e int) bool {
	return describedKind(gc, e, schema.KindPerson)
}

// describedAgency reports whether entity e is a described institution of the state in the
// generic context gc ("an allied intelligence service", "a foreign partner agency").
func describedAgency(gc *sentCtx, e int) bool {
	return describedKind(gc, e, schema.KindAgency)
}

// describedKind reports whether entity e has a described mention of kind k in gc.
func describedKind(gc *sentCtx, e int, k schema.ActorKind) bool {
	for _, m := range gc.ms {
		if m.Entity == e && m.How == mkGeneric && m.Kind == k {
			return true
		}
	}
	return false
}

// principalSaid finds, in what a statement says (the clause after its verb, or the quotation
// right before it), the one named as running or commanding another: "X said the network was run
// by Y", "“Z operates on behalf of Y,” X told senators". It returns Y, or -1, and reports too
// whether the one found is weakly said (weak):
// read from a part one body plays for another ("said Z was a front for Y", frontFor) or from
// a verb with no ending of its own ("said the operators work on behalf of Y"), which a
// statement becomes an accusation of only on a day of its own (datedPrincipals).
func (x *Extractor) principalSaid(c *sentCtx, ev rawEvent) (e int, weak bool) {
	toks := c.s.Toks
	i := ev.Trigger
	if i < 0 || i >= len(toks) {
		return -1, false
	}
	lo, hi := i+1, i+40
	for q := i - 1; q >= 0 && i-q <= 5; q-- {
		if c.quoted[q] || isQuote(toks[q].Text) {
			// "“…,” X said" / "“…,” said X": the quotation before the verb
			hi, lo = q+1, q
			for lo > 0 && (c.quoted[lo-1] || isQuote(toks[lo-1].Text)) {
				lo--
			}
			break
		}
	}
	if hi > len(toks) {
		hi = len(toks)
	}
	principal := func(e int) bool {
		if e < 0 || e >= len(c.ents) || contains(ev.Agent, e) || c.ents[e].Generic {
			return false
		}
		switch c.ents[e].Kind {
		case schema.KindAgency, schema.KindCountry, schema.KindGroup, schema.KindOrganization:
			return true
		}
		return false
	}
	for j := lo; j+1 < hi; j++ {
		w, n := toks[j].Lower, toks[j+1].Lower
		switch {
		case (w == "run" || w == "operated" || w == "controlled" || w == "directed" || w == "commanded") && n == "by":
			if j > 0 && x.cue.tokIs("be", &toks[j-1]) {
				if e := x.ownedNext(c, j+2, 3, principal); e >= 0 {
					return e, false
				}
			}
		case frontFor(toks, j):
			// "said Z was a front for Y", "said Z served as an arm of Y": Z's principal
			if e := x.ownedNext(c, j+2, 3, principal); e >= 0 {
				return e, true
			}
		case x.cue.tokIs("principalverb", &toks[j]) || w == "operates" || w == "works" || w == "acts" || w == "spies" ||
			(w == "work" || w == "operate" || w == "act") && (isVerbTag(toks[j].Tag) || bareVerbAfterSubject(toks, j)):
			if j > 0 && toks[j-1].Tag == "PRP" && toks[j-1].Lower != "it" && toks[j-1].Lower != "they" {
				continue // "she works for X": a person's employer, no accusation
			}
			k := j + 1
			if n == "on" && k+2 < hi && toks[k+1].Lower == "behalf" && toks[k+2].Lower == "of" {
				k += 3
			} else if n == "for" {
				k++
			} else {
				continue
			}
			if e := x.ownedNext(c, k, 3, principal); e >= 0 {
				return e, w == "work" || w == "operate" || w == "act"
			}
		}
	}
	return -1, false
}

// relativeSaying reports whether the verb of saying at i stands in a relative clause right
// after its pronoun subject ("sanctioned a company that it says served as a front for Y",
// "a firm which they said worked for Y"): the saying describes a noun of the main clause,
// whose act carries what is said.
func relativeSaying(toks []token, i int) bool {
	if i < 2 || i >= len(toks) || toks[i-1].Tag != "PRP" {
		return false
	}
	switch toks[i-2].Lower {
	case "that", "which", "who", "whom":
		return true
	}
	return false
}

// datedPrincipals turns into accusations the statements that say whom the one they speak of
// is a front for or works for (principalSaid: "X said on Monday that Z was a front for Y", "X
// said the operators work on behalf of Y"), once dated: X accuses Y, and Z with it, on the
// saying's own day. One nothing dated stays a statement: an attribution the article does not
// place in time is not built.
func datedPrincipals(evs []rawEvent, times []timex.Expression) {
	for k := range evs {
		ev := &evs[k]
		p := ev.Fronted - 1
		ev.Fronted = 0
		if p < 0 || ev.Type != schema.EventStatement || ev.TimeIdx < 0 || ev.TimeIdx >= len(times) || times[ev.TimeIdx].Value == "" || contains(ev.Agent, p) {
			continue
		}
		ev.Type, ev.Lemma = schema.EventAccusation, "accuse"
		if !contains(ev.Target, p) {
			ev.Target = append([]int{p}, ev.Target...)
		}
	}
}

// frontFor reports whether toks[j] is the noun of a part one body plays for another after a
// form of "be" or "serve|act as" and an indefinite article, with "for" or "of" right after it
// ("was a front for Y", "is in fact a front for Y", "served as a front for Y", "acts as an
// arm of Y", "is a unit of Y"): the body named after it runs the one said to play the part.
func frontFor(toks []token, j int) bool {
	if j < 2 || j+1 >= len(toks) || toks[j+1].Lower != "for" && toks[j+1].Lower != "of" {
		return false
	}
	switch toks[j].Lower {
	case "front", "unit", "arm", "cover":
	default:
		return false
	}
	if a := toks[j-1].Lower; a != "a" && a != "an" {
		return false
	}
	k := j - 2
	for k > 0 && (toks[k].Tag == "RB" || toks[k].Lower == "fact" && toks[k-1].Lower == "in") {
		if toks[k].Lower == "fact" {
			k--
		}
		k-- // "was in fact a front", "is merely a front"
	}
	if k < 0 {
		return false // "In fact a front for Y": no verb before it
	}
	v := toks[k].Lower
	return finiteBe(v) || v == "as" && k > 0 && (strings.HasPrefix(toks[k-1].Lower, "serv") || strings.HasPrefix(toks[k-1].Lower, "act"))
}

// ownedNext is nextMention (n tokens from j) when ok takes the entity, reading past a possessor
// to the name it owns when ok takes that one too: "run by China's Ministry of State Security" is
// the ministry, the state's own institution, as in pastOwner; "works for China's military" (no
// owned name) stays China. It returns -1 when ok takes neither.
func (x *Extractor) ownedNext(c *sentCtx, j, n int, ok func(int) bool) int {
	e := x.nextMention(c, j, n)
	if e < 0 {
		return -1
	}
	for k := j; k < len(c.s.Toks) && k-j < n; k++ {
		if m := c.at[k]; m >= 0 {
			if c.ms[m].Possessive {
				if o, _ := pastOwner(c, m); o != m && ok(c.ms[o].Entity) {
					return c.ms[o].Entity
				}
			}
			break
		}
	}
	if ok(e) {
		return e
	}
	return -1
}

// gappedHearers returns, for each warning in found told to one hearer and then, after its own
// time, to another with the verb left out ("notified the regulator on February 23 and the data
// authority on February 25", "… and the ICO a day later"), the telling of that second hearer:
// dated by its own time when the calendar reads one, else undated (never by the first's).
func (x *Extractor) gappedHearers(c *sentCtx, found []rawEvent, ts []timex.Expression, inSent []int) []rawEvent {
	toks := c.s.Toks
	timeFrom := func(j int) (int, int) { // the time in inSent opening at token j (past "on"): its index and the token after it
		if j < len(toks) && toks[j].Lower == "on" {
			j++
		}
		for _, ti := range inSent {
			if tokFrom(toks, ts[ti].Start) == j {
				e := j
				for e < len(toks) && toks[e].Start < ts[ti].End {
					e++
				}
				return ti, e
			}
		}
		return -1, j
	}
	var out []rawEvent
	for _, f := range found {
		if f.Type != schema.EventWarning || f.Negated || len(f.Target) != 1 || f.TimeIdx < 0 {
			continue
		}
		k := -1
		for j := f.Trigger + 1; j < len(toks) && j-f.Trigger <= objectReach; j++ {
			if m := c.at[j]; m >= 0 {
				k = m
				break
			}
		}
		if k < 0 || c.ms[k].Entity != f.Target[0] {
			continue
		}
		t1, j := timeFrom(c.ms[k].Last)
		if t1 < 0 || t1 != f.TimeIdx || j+1 >= len(toks) || toks[j].Lower != "and" {
			continue
		}
		if j++; toks[j].Lower == "the" && j+1 < len(toks) {
			j++
		}
		if c.at[j] < 0 {
			continue
		}
		m2 := c.ms[c.at[j]]
		e2 := m2.Entity
		if e2 < 0 || m2.How != mkName || contains(f.Agent, e2) || contains(f.Target, e2) {
			continue
		}
		t2, end := timeFrom(m2.Last)
		if t2 < 0 {
			// "and the ICO a day later": a short phrase of time the calendar cannot place
			for end = m2.Last; end < len(toks) && end-m2.Last <= 4 && toks[end].Lower != "later"; end++ {
			}
			if end >= len(toks) || toks[end].Lower != "later" {
				continue
			}
			end++
		}
		if end < len(toks) && toks[end].Text != "." && toks[end].Text != "," && toks[end].Text != ";" {
			continue
		}
		cp := f
		cp.Target, cp.TimeIdx, cp.TimeText, cp.Informs = []int{e2}, t2, "", nil
		out = append(out, cp)
	}
	return out
}

// participleReach bounds how far back from a participle of saying participleMain reads the
// clause the participle hangs on.
const participleReach = 25

// participleMain returns the finite verb of the main clause that a participle of saying at i
// hangs on when that verb is no verb of telling ("The council went further on Monday, saying
// the breach bears the hallmarks of X", "The minister resigned, insisting he had acted on
// advice", "He did not present evidence, saying that …"); else -1. The participle (cue
// sayingform, read as an -ing verb) comes right after a comma and opens a clause, not an
// infinitive ("claiming to have stolen"); the words from the start of the sentence to it hold
// no quotation and no verb or noun of telling, which would tell the saying itself ("X denied
// the claim, saying …", "…, the embassy said, adding …", "disclosed the theft the day after it
// happened, saying …", "issued an alert, telling …"). The main verb is the first finite one.
func (x *Extractor) participleMain(c *sentCtx, i int) int {
	toks := c.s.Toks
	if i < 2 || i > participleReach || toks[i-1].Text != "," || toks[i].Tag != "VBG" || !x.cue.tokIs("sayingform", &toks[i]) || c.quoted[i] {
		return -1
	}
	if i+1 < len(toks) && toks[i+1].Lower == "to" {
		return -1 // "claiming to have stolen the files": a claim of a deed, read elsewhere
	}
	main := -1
	for j := 0; j < i-1; j++ {
		t := toks[j]
		if isQuote(t.Text) || t.Text == ";" || c.quoted[j] {
			return -1
		}
		if tr, ok := x.tokTrigger(&t, isVerbTag(t.Tag)); ok && tellingType(tr.Type) {
			return -1 // a noun may be read as an adjective: "issued an alert, telling …"
		}
		if isVerbTag(t.Tag) && x.cue.tokIs("reporting", &t) {
			return -1
		}
		if main < 0 && isTensedTag(t.Tag) {
			main = j
		}
	}
	return main
}

// participleSayer returns the teller of a participle of saying that hangs on a main clause
// whose verb is no verb of telling (participleMain): that verb's subject; else -1.
func (x *Extractor) participleSayer(c *sentCtx, i int) int {
	if v := x.participleMain(c, i); v >= 0 {
		return x.subject(c, v)
	}
	return -1
}

// identifiedCulprits finds accusations told by naming someone as the doer with "identified" or
// "named" (cue identifyverb) in the active voice: "X identified the perpetrators as Y" (the
// object a noun of doers, cue culpritword, or a noun with "behind": "identified the group
// behind the attack as Y") accuses Y; "X named Y as the group behind the attack", "X
// identified Y as responsible for the breach", "X named Y, a diplomat, as an officer of Z's
// intelligence service" accuse Y (culpableAs). The accuser is the verb's subject.
func (x *Extractor) identifiedCulprits(c *sentCtx) []rawEvent {
	toks := c.s.Toks
	var out []rawEvent
	for i := range toks {
		if !isVerbTag(toks[i].Tag) || !x.cue.tokIs("identifyverb", &toks[i]) || x.passiveAux(c, i) || c.quoted[i] {
			continue
		}
		a := x.subject(c, i)
		if a < 0 {
			continue
		}
		target := -1
		if as := x.culpritObjectEnd(toks, i+1); as >= 0 {
			target = x.asDoer(c, as+1)
		} else if m := c.at[min(i+1, len(toks)-1)]; i+1 < len(toks) && m >= 0 && c.ms[m].How == mkName {
			b := pastAppositive(toks, c.ms[m].Last)
			if b >= len(toks) || toks[b].Lower != "as" || !x.culpableAs(c, b+1) {
				continue
			}
			target = c.ms[m].Entity
		}
		if target < 0 || target == a {
			continue
		}
		out = append(out, rawEvent{Sent: c.s.Index, Trigger: i, Type: schema.EventAccusation, Lemma: "accuse", Agent: []int{a}, Target: []int{target}, Conf: 0.6, TimeIdx: -1})
	}
	return out
}

// joinAccusation adds accusation acc to the sentence's events, or, when an accusation by the
// same accusers is among them, adds acc's accused to that one ("X blamed Y and identified the
// perpetrators as Z": one act naming both).
func joinAccusation(evs []rawEvent, acc rawEvent) []rawEvent {
	for k := range evs {
		if evs[k].Type == schema.EventAccusation && evs[k].asserted() && sameSet(evs[k].Agent, acc.Agent) {
			for _, t := range acc.Target {
				if !contains(evs[k].Target, t) {
					evs[k].Target = append(evs[k].Target, t)
				}
			}
			return evs
		}
	}
	return append(evs, acc)
}

// asDoer returns the one named after the "as" of "identified the hackers as …" (j the token
// after it): the name itself ("as Ferrous Crane"), or the body a noun of membership names
// ("as members of Ferrous Crane", "as officers of Y's intelligence service"; cue culpritrole);
// -1 for none.
func (x *Extractor) asDoer(c *sentCtx, j int) int {
	toks := c.s.Toks
	if e := x.nextMention(c, j, 3); e >= 0 {
		return e
	}
	for j < len(toks) && (toks[j].Tag == "DT" || strings.HasPrefix(toks[j].Tag, "JJ")) {
		j++
	}
	if j+1 < len(toks) && x.cue.tokIs("culpritrole", &toks[j]) && (toks[j+1].Lower == "of" || toks[j+1].Lower == "for") {
		return x.nextBody(c, j+2, 4)
	}
	return -1
}

// appositiveReach bounds the words of an apposition pastAppositive reads to its closing comma.
const appositiveReach = 14

// pastAppositive returns the token after a name ending at b, or, when a comma opens an
// apposition after it ("Ivan Dorokhin, a second secretary at the embassy, as …"), the token
// after the comma that closes it; b itself when no closing comma comes within appositiveReach.
func pastAppositive(toks []token, b int) int {
	if b >= len(toks) || toks[b].Text != "," {
		return b
	}
	for k := b + 1; k < len(toks) && k-b <= appositiveReach; k++ {
		switch toks[k].Text {
		case ",":
			return k + 1
		case ".", ";", "(":
			return b
		}
	}
	return b
}

// culpableAs reports whether the words from j, after "as", name a part in a deed or in spying:
// a noun of doers ("as the culprit", cue culpritword), "responsible", a noun with "behind" ("as
// the group behind the attack"), or an officer, agent or member of a body the text names ("as
// an officer of Russia's foreign intelligence service", cue culpritrole), past a determiner and
// adjectives.
func (x *Extractor) culpableAs(c *sentCtx, j int) bool {
	toks := c.s.Toks
	for j < len(toks) && (toks[j].Tag == "DT" || strings.HasPrefix(toks[j].Tag, "JJ")) && toks[j].Lower != "responsible" {
		j++
	}
	if j >= len(toks) {
		return false
	}
	switch {
	case x.cue.tokIs("culpritword", &toks[j]) || toks[j].Lower == "responsible":
		return true
	case isNounTag(toks[j].Tag) && j+1 < len(toks) && toks[j+1].Lower == "behind":
		return true
	case x.cue.tokIs("culpritrole", &toks[j]) && j+1 < len(toks) && (toks[j+1].Lower == "of" || toks[j+1].Lower == "for"):
		for k := j + 2; k < len(toks) && k-j <= 6; k++ {
			if m := c.at[k]; m >= 0 {
				e := c.ms[m].Entity
				return e >= 0 && e < len(c.ents) && (c.ents[e].Kind == schema.KindAgency || c.ents[e].Kind == schema.KindGroup || c.ents[e].Kind == schema.KindCountry)
			}
		}
	}
	return false
}

// culpritObjectEnd returns the "as" after an object that names the doers without naming them
// ("the perpetrators", "the hackers", "the group behind the attack", "the group responsible"),
// starting at j: a determiner, a noun of doers (cue culpritword or grouphead) or a noun followed
// by "behind" or "responsible" and the words up to "as" within a few tokens; -1 otherwise.
func (x *Extractor) culpritObjectEnd(toks []token, j int) int {
	if j >= len(toks) || toks[j].Tag != "DT" {
		return -1
	}
	j++
	for j < len(toks) && strings.HasPrefix(toks[j].Tag, "JJ") {
		j++
	}
	if j >= len(toks) || !isNounTag(toks[j].Tag) {
		return -1
	}
	doers := x.cue.tokIs("culpritword", &toks[j]) || x.cue.tokIs("grouphead", &toks[j])
	if !doers && j+1 < len(toks) && (toks[j+1].Lower == "behind" || toks[j+1].Lower == "responsible") {
		doers = true
	}
	if !doers {
		return -1
	}
	for k := j + 1; k < len(toks) && k-j <= 8; k++ {
		if toks[k].Lower == "as" {
			return k
		}
		if toks[k].Text == "," || toks[k].Text == ";" || isVerbTag(toks[k].Tag) {
			return -1
		}
	}
	return -1
}

// fingerPointed finds accusations told by the idiom "point the finger at Y" ("X pointed the
// finger at Y for the attack", "X has pointed the finger squarely at Y") or by "point to Y as"
// a doer ("X pointed to Y as the likely culprit", culpableAs): X, the verb's subject, accuses
// Y, the first name after "at" (a state's own body when Y is its possessor, nextBody) or
// after "to".
func (x *Extractor) fingerPointed(c *sentCtx) []rawEvent {
	toks := c.s.Toks
	var out []rawEvent
	for i := 0; i+3 < len(toks); i++ {
		if !isVerbTag(toks[i].Tag) || !strings.HasPrefix(toks[i].Lower, "point") || c.quoted[i] {
			continue
		}
		y := -1
		if toks[i+1].Lower == "to" {
			// "pointed to Y as the likely culprit"
			if m := c.at[i+2]; m >= 0 && c.ms[m].First == i+2 {
				m, b := pastOwner(c, m) // "pointed to Russia's GRU as …": the owned body
				if b < len(toks) && toks[b].Lower == "as" && x.culpableAs(c, b+1) {
					y = c.ms[m].Entity
				}
			}
		} else if toks[i+2].Lower == "finger" {
			at := i + 3
			for at < len(toks) && at-i <= 5 && toks[at].Tag == "RB" {
				at++ // "pointed the finger squarely at"
			}
			if at < len(toks) && toks[at].Lower == "at" {
				y = x.nextBody(c, at+1, 3)
			}
		}
		a := x.subject(c, i)
		if a < 0 || y < 0 || a == y {
			continue
		}
		out = append(out, rawEvent{Sent: c.s.Index, Trigger: i, Type: schema.EventAccusation, Lemma: "accuse", Agent: []int{a}, Target: []int{y}, Conf: 0.6, TimeIdx: -1})
	}
	return out
}

// bareVerbAfterSubject reports whether "work", "operate" or "act" at j, whatever its tag, is the
// verb of its clause: a plural noun or a name's last word before it, and "on behalf of" or "for"
// after it ("the operators of X work on behalf of Y", "X operate for Y"); a determiner or a
// possessive before it makes it a noun ("the group's work on behalf of victims").
func bareVerbAfterSubject(toks []token, j int) bool {
	if j < 1 || j+1 >= len(toks) {
		return false
	}
	if p := toks[j-1]; p.Tag != "NNS" && p.Tag != "NNP" && p.Tag != "NNPS" {
		return false
	}
	n := toks[j+1].Lower
	return n == "for" || n == "on" && j+3 < len(toks) && toks[j+2].Lower == "behalf" && toks[j+3].Lower == "of"
}

// howClause reports whether "how" at j opens the clause a verb of describing right before it
// reports ("a report detailing how the group had used …", "an analysis explaining how X moved
// through the network", cue howverb): like a "that" clause, its subject is what the report is
// about.
func (x *Extractor) howClause(toks []token, j int) bool {
	return j > 0 && j < len(toks) && toks[j].Lower == "how" && x.cue.tokIs("howverb", &toks[j-1])
}
