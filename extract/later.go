package extract

import (
	"strings"

	"github.com/intelgraph/intelgraph/schema"
)

// laterAttribution gives an earlier incident the agent a later sentence names for it by a
// definite reference: "X attributed the intrusion to Y", "X blamed Y for the attack", "X said
// Y was behind the theft". The incident is the nearest preceding event of the same family;
// it takes Y only when it has no agent of its own (or only a described one).
func (x *Extractor) laterAttribution(sents []sentence, ms []mention, ents []entity, evs []rawEvent) {
	for k := range evs {
		a := evs[k]
		if a.Negated || a.Modality != "" || a.Sent < 0 || a.Sent >= len(sents) {
			continue
		}
		toks := sents[a.Sent].Toks
		noun, agent := -1, []int(nil)
		hereOnly := false // an indefinite deed blamed: only its own event, none told before
		claimed := -1     // "A group called Y claimed that attack": the incident a claim names
		if a.Type == schema.EventStatement && a.Lemma == "claim" && len(a.Agent) > 0 && a.Trigger+2 < len(toks) && toks[a.Trigger+2].Tag != "DT" {
			claimed = x.claimedIncident(toks, a.Trigger+1)
		}
		blames := x.cue.is("blamelemma", a.Lemma) || a.Lemma == "hold" // "blamed X for", "held X responsible for"
		switch {
		case a.Type == schema.EventAccusation && len(a.Target) > 0 && (a.Lemma == "attribute" || blames || x.cue.is("linklemma", a.Lemma)):
			stop := "to"
			from := a.Trigger + 1
			// the deed stands before the verb: "the breach was attributed to X", "the attack,
			// which Y attributed to X,", "the breach was blamed on X", "the attack on Z, which
			// officials blamed on X"
			// "the theft, which X linked to Y,"
			before := (a.Lemma == "attribute" || x.cue.is("linklemma", a.Lemma)) && a.Trigger+1 < len(toks) && toks[a.Trigger+1].Lower == "to"
			if blames {
				stop = "" // "blamed X for the breach", "held X responsible for the breach"
				from = -1
				for j := a.Trigger + 1; j < len(toks) && j <= a.Trigger+blameReach; j++ {
					if toks[j].Lower != "for" {
						continue
					}
					if from < 0 {
						from = j + 1
					}
					if j+1 < len(toks) && x.incidentHead(toks, j, "for") >= 0 {
						from = j + 1 // "blamed hackers working for the GRU for a cyberattack": the "for" of the deed
						break
					}
				}
				if from < 0 {
					on := x.blamedOn(toks, a.Trigger)
					if on > a.Trigger+1 {
						from, stop = a.Trigger+1, "on" // "blamed the breach on X"
					}
					before = on == a.Trigger+1
				}
			}
			if before {
				noun, hereOnly = x.blamedBefore(toks, a.Trigger)
				agent = a.Target
				break
			}
			if from < 0 || a.Lemma != "attribute" && a.Trigger+1 < len(toks) && (toks[a.Trigger+1].Lower == "a" || toks[a.Trigger+1].Lower == "an") && allOfKind(ents, a.Target, schema.KindCountry) {
				// "blamed a hacking group run by Russian military intelligence for the breach":
				// the accused read as the state is only the described group's master, not the
				// doer to give the deed (the group named later is)
				continue
			}
			noun = x.definiteIncident(toks, from, stop)
			if noun < 0 && from < len(toks) && (toks[from].Lower == "a" || toks[from].Lower == "an") {
				// "blamed X for a cyberattack on Y": a deed first told here, only its own event
				noun, hereOnly = x.incidentHead(toks, from, stop), true
			}
			agent = a.Target
			for j := a.Trigger + 1; noun < 0 && stop == "to" && j < len(toks) && j <= a.Trigger+8; j++ {
				if toks[j].Lower == "to" {
					noun = x.definiteIncident(toks, j+1, "") // "linked X to the breach of Y"
					break
				}
				if toks[j].Text == "," || isVerbTag(toks[j].Tag) {
					break
				}
			}
		case a.Type == schema.EventStatement && a.Lemma == "claim" && len(a.Agent) > 0 && a.Trigger+1 < len(toks) &&
			(toks[a.Trigger+1].Lower == "responsibility" || toks[a.Trigger+1].Lower == "credit"):
			// "X claimed responsibility (for the attack)": the incident just reported
			noun, agent = -2, a.Agent
			if a.Trigger+2 < len(toks) && toks[a.Trigger+2].Lower == "for" {
				noun = x.definiteIncident(toks, a.Trigger+3, "")
			}
		case claimed >= 0:
			// "A group called Y claimed that attack": the incident reported before
			noun, agent = claimed, a.Agent
		case incidentDeed(a.Type) && len(a.Agent) > 0 &&
			len(a.Target) == 0 && a.Trigger >= 2 && toks[a.Trigger-1].Lower == "the" && toks[a.Trigger-2].Lower == "behind":
			noun = a.Trigger
			agent = a.Agent
		case incidentDeed(a.Type) && len(a.Agent) > 0 && len(a.Target) == 0 && a.Trigger >= 1 && toks[a.Trigger-1].Lower == "the" && comeFromAt(toks, a.Trigger) >= 0:
			// "the attack came from X" (cameFrom): the incident reported before, as "X was
			// behind the attack"
			noun = a.Trigger
			agent = a.Agent
		}
		if noun == -1 || len(agent) == 0 {
			continue
		}
		fam := -1 // any incident
		if noun >= 0 {
			fam = x.incidentFamily(toks[noun].Lower)
		}
		if fam == 0 {
			continue
		}
		if noun >= 0 && x.accusedDirectly(toks, ms, a, agent) {
			// "linked Jade Kestrel to the breach of Meridale Freight": the incident the noun
			// itself reports, when it names its victim, is the one attributed
			here := false
			for j := range evs {
				q := &evs[j]
				if q.Sent == a.Sent && q.Trigger == noun && familyOf(q.Type) == fam && len(q.Agent) == 0 && len(q.Target) > 0 && !q.Negated && !overlaps(q.Target, agent) {
					q.Agent = append([]int(nil), agent...)
					here = true
				}
			}
			if here || hereOnly {
				continue // the deed attributed is this one, not also one told before (a heading's "intrusions")
			}
		}
		told := false // an incident of the family told before
		for j := k - 1; j >= 0; j-- {
			p := &evs[j]
			if p.Sent >= a.Sent || p.Negated {
				continue
			}
			pf := familyOf(p.Type)
			if pf == 0 || (fam > 0 && pf != fam) || noun == -2 && len(p.Target) == 0 && len(p.Agent) == 0 {
				continue // a bare mention ("the attack began") is not what a claim names
			}
			told = true
			if len(p.Agent) > 0 && !(len(p.Agent) == 1 && described(ms, ents, p.Agent[0], p.Sent)) {
				break // the nearest such incident has its doer already
			}
			if overlaps(p.Target, agent) {
				break
			}
			p.Agent = append([]int(nil), agent...)
			break
		}
		if !told && noun >= 0 && x.accusedDirectly(toks, ms, a, agent) {
			nounDeedDoer(toks, evs, a.Sent, noun, fam, agent)
		}
	}
}

// nounDeedDoer gives agent to the deed the noun at noun of sentence sent reports, when no incident
// of its family was told before and the accused is named in so many words (accusedDirectly): "X
// blamed the attack on Y", "X attributed the breach to Y", "the breach was linked to Y" with no
// attack or breach told earlier name the deed of this sentence, whose doer Y is (not "attributed
// the theft to a group working for Y": Y is only its master). The deed's trigger may be any noun
// of the compound the noun opens ("the ransomware attack"); a deed with a doer of its own, or
// whose victim is Y, keeps what it has.
func nounDeedDoer(toks []token, evs []rawEvent, sent, noun, fam int, agent []int) {
	for j := range evs {
		q := &evs[j]
		if q.Sent != sent || q.Negated || len(q.Agent) > 0 || fam > 0 && familyOf(q.Type) != fam || familyOf(q.Type) == 0 ||
			q.Trigger < noun || overlaps(q.Target, agent) {
			continue
		}
		inCompound := true
		for t := noun; t <= q.Trigger && t < len(toks); t++ {
			if !isNounTag(toks[t].Tag) {
				inCompound = false
				break
			}
		}
		if inCompound {
			q.Agent = append([]int(nil), agent...)
			return
		}
	}
}

// blamedOn returns the "on" that the verb of blaming at i governs, the one it blames: right
// after the verb ("the breach was blamed on X", "an operation that Y blamed on X"), or the last
// "on" past its object in the phrase ("blamed the attack on X"; "blamed the attack on Z Bank on
// X": the object's own "on" names the victim), not one opening a date ("on Tuesday"); -1 when
// the verb blames its object for something ("blamed X for the attack on Z") or no "on" comes
// before a comma, a verb or the end of the phrase (blameReach).
func (x *Extractor) blamedOn(toks []token, i int) int {
	on := -1
	for j := i + 1; j < len(toks) && j <= i+blameReach; j++ {
		t := toks[j]
		if t.Lower == "for" || t.Lower == "as" {
			return -1
		}
		if t.Text == "," || t.Text == ";" || t.Lower == "that" || t.Lower == "and" || j > i+1 && isVerbTag(t.Tag) && !nounModifier(toks, j) {
			break
		}
		if t.Lower != "on" || j+1 >= len(toks) {
			continue
		}
		if n := toks[j+1]; weekdays[n.Lower] || n.Tag == "CD" || x.cue.tokIsBare("calendar", &n) {
			continue
		}
		if j == i+1 {
			return j
		}
		on = j
	}
	return on
}

// nounModifier reports whether the participle at j modifies the common noun right after it
// inside a noun phrase ("its ferry booking system", "the stolen files"), not a verb of its own.
func nounModifier(toks []token, j int) bool {
	t := toks[j]
	return (t.Tag == "VBG" || t.Tag == "VBN") && j > 0 && j+1 < len(toks) && !isCap(toks[j+1].Text) &&
		(toks[j+1].Tag == "NN" || toks[j+1].Tag == "NNS") && (isNounTag(toks[j-1].Tag) || toks[j-1].Tag == "JJ" || toks[j-1].Tag == "DT" || toks[j-1].Tag == "PRP$")
}

// blameReach bounds the phrase a verb of blaming governs: its "for" or "on" stands at most
// this many tokens past the verb ("blamed a hacking group run by X for the breach").
const blameReach = 14

// heldResponsible reports whether "hold" at i holds someone to blame: "responsible" or
// "accountable" follows within 8 tokens, before a comma or another verb, past the one held
// unless the verb is passive ("held X responsible for the attack", "X was held accountable";
// not "held talks", "held in custody", "to hold accountable those responsible": an aim, no one
// held).
func (x *Extractor) heldResponsible(toks []token, i int) bool {
	if i > 0 && toks[i-1].Lower == "to" {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+8; j++ {
		if x.cue.tokIs("heldadj", &toks[j]) {
			return j > i+1 || toks[i].Tag == "VBN" && i > 0 && x.cue.tokIs("be", &toks[i-1])
		}
		if t := toks[j]; t.Text == "," || t.Text == ";" || isVerbTag(t.Tag) {
			return false
		}
	}
	return false
}

// culpritNamed reports whether the active verb at i ("name" or "suspect") accuses the actor
// named right after it: "named X as the culprit" (a noun of cue culpritword after "as"),
// "suspected X of stealing" ("of" after the one suspected); not "named a new chief", "a
// suspected intrusion", "X was named as …" (the passive leaves the accuser open).
func (x *Extractor) culpritNamed(c *sentCtx, i int, lemma string) bool {
	toks := c.s.Toks
	if !isVerbTag(toks[i].Tag) || x.passiveAux(c, i) || i > 0 && (toks[i-1].Tag == "DT" || toks[i-1].Tag == "JJ" || toks[i-1].Tag == "CD") {
		return false
	}
	if i+1 >= len(toks) || c.at[i+1] < 0 {
		return false
	}
	b := c.ms[c.at[i+1]].Last
	if b >= len(toks) {
		return false
	}
	if lemma == "suspect" {
		return toks[b].Lower == "of"
	}
	if toks[b].Lower != "as" {
		return false
	}
	b++
	if b < len(toks) && toks[b].Tag == "DT" {
		b++
	}
	return b < len(toks) && x.cue.tokIs("culpritword", &toks[b])
}

// pinnedDeed reports whether "pin" at i pins a deed on someone: its "on" (blamedOn) follows a
// deed, the blame or "it" as its object ("pinned the hack on X", "pinned the blame on X"), or
// comes right after it in the passive of a deed ("the breach was pinned on X"); not "pinned
// their hopes on talks", "pinned down".
func (x *Extractor) pinnedDeed(toks []token, i int) bool {
	on := x.blamedOn(toks, i)
	if on < 0 {
		return false
	}
	if on == i+1 {
		n, _ := x.blamedBefore(toks, i)
		return n >= 0
	}
	for j := i + 1; j < on; j++ {
		if w := toks[j].Lower; w == "blame" || w == "it" || isNounTag(toks[j].Tag) && x.incidentFamily(w) != 0 {
			return true
		}
	}
	return false
}

// blamesOn reports whether the "on" at k after the incident noun at i is governed by a verb of
// blaming whose object the noun's phrase is ("blamed the attack on X": X is blamed, not
// attacked; "blamed the attack on Z Bank on X": the first "on" is the noun's own).
func (x *Extractor) blamesOn(toks []token, i, k int) bool {
	for v := i - 1; v >= 0 && i-v <= 6; v-- {
		t := toks[v]
		if isVerbTag(t.Tag) {
			tr, ok := x.tokTrigger(&t, true)
			return ok && x.cue.trigIs("blamelemma", &tr) && x.blamedOn(toks, v) == k
		}
		if !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "PRP$" || t.Tag == "POS" || t.Tag == "HYPH" || isNounTag(t.Tag)) {
			return false
		}
	}
	return false
}

// claimedOnPlatform reports whether "on" at k after the deed noun at i names the platform a
// claim was posted on, not the deed's target: a verb of claiming governs the noun ("claimed the
// attack on Telegram", "claimed responsibility for the attack on X"; its forms are cue
// claimform), and a platform's name (cue platform) ends the phrase ("on Telegram's servers" is
// a target).
func (x *Extractor) claimedOnPlatform(toks []token, i, k int) bool {
	if k+1 >= len(toks) || !x.cue.tokIs("platform", &toks[k+1]) || !isCap(toks[k+1].Text) {
		return false
	}
	if n := k + 2; n < len(toks) && (isNounTag(toks[n].Tag) || isPossMark(toks[n].Text)) {
		return false
	}
	for v := i - 1; v >= 0 && i-v <= 6; v-- {
		if x.cue.tokIs("claimform", &toks[v]) {
			return true
		}
		if t := toks[v]; isVerbTag(t.Tag) || !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "PRP$" || t.Tag == "IN" || isNounTag(t.Tag)) {
			return false
		}
	}
	return false
}

// blamedBefore finds the deed that a verb of blaming at i, its "on" or "to" right after it,
// blames on someone: the nearest incident noun before it within 10 tokens, past the verb's
// auxiliaries, its subject and a relative pronoun but no other verb ("the breach was blamed on
// X", "the attack on Z, which officials blamed on X", "the breach, attributed to X,"), and
// whether only the noun's own event can be the deed: unless it is the definite subject of the
// passive verb or a comma sets the verb's clause off it, the noun may be a kind of deed ("a
// wiper attack blamed on X", "the first attack blamed on X"); -1 when there is none. The 10
// tokens count from the relative pronoun when one opens the verb's clause, so that a long
// subject ("which the Norland Cyber Office linked to X") does not hide the deed.
func (x *Extractor) blamedBefore(toks []token, i int) (int, bool) {
	i = relativeOpening(toks, i)
	aux := false
	for j := i - 1; j >= 0 && i-j <= 10; j-- {
		t := toks[j]
		if isVerbTag(t.Tag) && !x.auxTok(&t) {
			return -1, false
		}
		aux = aux || x.cue.tokIs("be", &t) || t.Text == ","
		if !isNounTag(t.Tag) || x.incidentFamily(t.Lower) == 0 {
			continue
		}
		if !aux {
			return j, true
		}
		for d := j - 1; d >= 0 && j-d <= 4; d-- {
			switch toks[d].Lower {
			case "the", "this", "that", "these", "those":
				return j, false
			}
			if w := toks[d].Tag; !(w == "JJ" || w == "CD" || w == "HYPH" || w == "VBN" || w == "VBG" || isNounTag(w)) {
				break
			}
		}
		return j, true
	}
	return -1, false
}

// relativeOpening returns the "which" or "that" opening the relative clause whose verb is at
// i, when at most relativeSubjectWords words and no verb or comma stand between them, else i.
func relativeOpening(toks []token, i int) int {
	for j := i - 1; j >= 0 && i-j <= relativeSubjectWords; j-- {
		if w := toks[j].Lower; w == "which" || w == "that" {
			return j
		}
		if isVerbTag(toks[j].Tag) || toks[j].Text == "," {
			break
		}
	}
	return i
}

// relativeSubjectWords bounds the subject and adverbs relativeOpening reads back over.
const relativeSubjectWords = 8

// auxTok reports whether the word of t is a form of "be" (cue be) or of "have" ("has", "have",
// "had"), an auxiliary that may stand between a verb and its subject, asking the token (tokIs)
// instead of hashing its word.
func (x *Extractor) auxTok(t *token) bool {
	return x.cue.tokIs("be", t) || t.Lower == "has" || t.Lower == "have" || t.Lower == "had"
}

// accusedDirectly reports whether the accused is named as the attributing verb's object or
// right after its "to" ("blamed X for", "linked X to", "attributed … to X"), not reached
// through a description ("blamed a hacking group run by X for …": the group, named later).
func (x *Extractor) accusedDirectly(toks []token, ms []mention, a rawEvent, accused []int) bool {
	for _, m := range ms {
		if m.Sent != a.Sent || !contains(accused, m.Entity) || m.First >= len(toks) {
			continue
		}
		p := m.First - 1
		if p >= 0 && (toks[p].Lower == "the" || toks[p].Lower == "a" || toks[p].Lower == "an") {
			p--
		}
		if p >= 0 && (p == a.Trigger || toks[p].Lower == "to" || toks[p].Lower == "on" && x.cue.is("blamelemma", a.Lemma)) {
			return true
		}
		if p > a.Trigger+1 && p <= a.Trigger+3 && toks[p].Lower == "for" && toks[p-1].Tag == "VBG" {
			return true // "blamed hackers working for the GRU for …": the doers' principal, accused in so many words
		}
	}
	return false
}

// claimedIncident reads the object of a claiming verb at token from as a definite incident
// ("claimed the attack", "claimed that breach"): its noun, or -1. An incident that a verb
// follows is the subject of a claimed clause ("claimed that the attack came from Y").
func (x *Extractor) claimedIncident(toks []token, from int) int {
	n := x.definiteIncident(toks, from, "")
	if n < 0 {
		return -1
	}
	if n+1 < len(toks) {
		if t := toks[n+1].Tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return -1
		}
	}
	return n
}

// definiteIncident finds "the|this|that <modifiers> <incident noun>" starting at token from,
// before the word stop (or the end of the phrase); -1 when there is none.
func (x *Extractor) definiteIncident(toks []token, from int, stop string) int {
	if from >= len(toks) {
		return -1
	}
	switch toks[from].Lower {
	case "the", "this", "that", "these", "those", "last", "latest":
	default:
		return -1
	}
	return x.incidentHead(toks, from, stop)
}

// incidentHead finds the incident noun of the phrase whose determiner is at token from, within
// five tokens, before the word stop, a comma or a full stop; -1 when there is none.
func (x *Extractor) incidentHead(toks []token, from int, stop string) int {
	for j := from + 1; j < len(toks) && j <= from+5; j++ {
		w := toks[j].Lower
		if w == stop || w == "," || w == "." {
			break
		}
		if x.incidentFamily(w) != 0 {
			return j
		}
	}
	return -1
}

// incidentFamily is 1 for break-ins and attacks, 2 for thefts and leaks, -1 for a word that
// names any incident ("campaign", "operation"), 0 for none.
func (x *Extractor) incidentFamily(w string) int {
	switch w {
	case "campaign", "campaigns", "operation", "operations", "incident", "incidents", "activity":
		return -1
	}
	tr, ok := x.lex.lookup(w, false)
	if !ok || tr.Verb {
		return 0
	}
	return familyOf(tr.Type)
}

// familyOf returns the family of deeds an event type belongs to: 1 for an intrusion, attack
// or espionage, 2 for a theft or leak, 0 for any other type.
func familyOf(t schema.EventType) int {
	switch t {
	case schema.EventIntrusion, schema.EventAttack, schema.EventEspionage:
		return 1
	case schema.EventTheft, schema.EventLeak:
		return 2
	}
	return 0
}

// overlaps reports whether a and b share an element.
func overlaps(a, b []int) bool {
	for _, v := range a {
		if contains(b, v) {
			return true
		}
	}
	return false
}

// described reports whether entity e is, by sentence sent, only described ("hackers"): a
// descriptive actor, or one whose first name comes later in the article.
func described(ms []mention, ents []entity, e, sent int) bool {
	if e < 0 || e >= len(ents) {
		return false
	}
	if ents[e].Generic {
		return true
	}
	for _, mi := range ents[e].Mentions {
		if mi < len(ms) && ms[mi].How != mkGeneric && ms[mi].Sent <= sent {
			return false
		}
	}
	return true
}

// continuedIncidents fills a role an event leaves empty from the events just before it, which
// the article goes on about. An incident that names its target but no doer ("Valcom confirmed
// it had been breached", "the attack on Nobitex") takes the doer of the nearest incident of the
// same family at most continueReach sentences back, when the article names it (not only
// describes it); else the article's one threat group, when exactly one named group has been
// the doer of an earlier incident (soleGroupActs later gives the rest the article's one threat
// group), unless the sentence leaves open who did it (leftOpen). A passive legal step with a
// target but no doer ("A second man was also charged") takes the doer of the nearest earlier
// step of the same kind (sameStepDoer). An incident with a doer but no target takes the target
// of the nearest earlier incident within reach when it has the same doer ("X breached Acme.
// The hackers stole files"), and a legal step with a doer but no target ("the bureau
// prosecuted the case") that of the nearest earlier legal step within reach. A deed told of
// people described as charged or held ("the defendants allegedly broke into …") is the deed of
// those the nearest legal step before names (chargedSubject, chargedBefore).
func (x *Extractor) continuedIncidents(sents []sentence, ms []mention, ents []entity, evs []rawEvent, open map[int]bool) {
	group, groups := -1, 0 // the named groups that were doers of incidents so far
	tally := func(ev rawEvent) {
		if familyOf(ev.Type) == 0 || ev.Negated {
			return
		}
		for _, e := range ev.Agent {
			if e >= 0 && e < len(ents) && ents[e].Kind == schema.KindGroup && !ents[e].Generic && e != group {
				group, groups = e, groups+1
			}
		}
	}
	opening := openingPronouns(sents, ms)
	for k := range evs {
		a := &evs[k]
		fam := familyOf(a.Type)
		if e, ok := opening[a.Sent]; ok && fam != 0 && len(a.Agent) == 1 && a.Agent[0] == e {
			// "Moth Lantern had breached the water board. They then stole …": a pronoun opening
			// the sentence that would make the last incident's victim the next one's doer is
			// that incident's doer
			for j := k - 1; j >= 0 && a.Sent-evs[j].Sent <= 1; j-- {
				p := evs[j]
				if p.Sent == a.Sent || familyOf(p.Type) == 0 || p.Negated {
					continue
				}
				if contains(p.Target, a.Agent[0]) && len(p.Agent) > 0 && !overlaps(p.Agent, a.Target) {
					a.Agent = append([]int(nil), p.Agent...)
					a.OwnCopy = false
				}
				break
			}
		}
		if fam != 0 && len(a.Agent) == 0 && a.Sent >= 0 && a.Sent < len(sents) && x.chargedSubject(sents[a.Sent].Toks, a.Trigger) {
			// "X was charged with … The defendants allegedly broke into Y": those the legal
			// step before named
			a.Agent = chargedBefore(ents, evs, k)
		}
		if fam != 0 && len(a.Agent) > 0 && len(a.Target) == 0 && !a.Negated && a.Modality == "" && !x.namesVictim(sents, *a) && !x.earlierMarked(sents, *a) {
			// "X breached Acme in May. The hackers stole files": the same doer's victim, when
			// the nearest earlier incident with a victim is that doer's (sameDoerReach)
			if fam == 2 {
				// "When the network refused to pay, the group published the files": the one
				// who would not pay is whose files they are
				if e := x.refuserIn(sents, ms, ents, *a); e >= 0 {
					a.Target = []int{e}
				}
			}
			if len(a.Target) == 0 {
				a.Target = sameDoerVictim(sents, evs, k, sameDoerReach)
			}
			if len(a.Target) == 0 && fam == 2 {
				// "published cables it said were taken from X's ministry … said it had
				// released the cables": the owner the data was said to come from
				if e := dataOwner(sents, ms, ents, *a); e >= 0 {
					a.Target = []int{e}
				}
			}
			if len(a.Target) == 0 && (fam == 2 && a.Sent >= 0 && a.Sent < len(sents) && definiteObject(sents[a.Sent].Toks, a.Trigger) || a.Lemma == "demand") {
				// "X encrypted Acme's servers … (many sentences on) … X published the files":
				// the data told of before is the earlier victim's, further back; so is the one
				// a ransom is demanded of ("… X demanded $4 million")
				a.Target = sameDoerVictim(sents, evs, k, placeWindow)
			}
		}
		if fam == 0 && len(a.Agent) > 0 && len(a.Target) == 0 && !a.Negated && a.Modality == "" && claimsDeed(sents, *a) {
			// "Gravel Moth hit Halvern Health. … Gravel Moth claimed responsibility on
			// Thursday": the claim is about the same doer's earlier victim
			a.Target = sameDoerVictim(sents, evs, k, sameDoerReach)
		}
		if a.Type == schema.EventAccusation && len(a.Agent) > 0 && len(a.Target) == 0 && !a.Negated && a.Sent >= 0 && a.Sent < len(sents) &&
			a.Trigger+1 < len(sents[a.Sent].Toks) && objectPronoun[sents[a.Sent].Toks[a.Trigger+1].Lower] {
			// "The council froze the assets of X and barred Y … It accused them of …": the
			// pronoun no name took up stands for those just sanctioned or charged
			a.Target = patientsBefore(ms, evs, k)
		}
		if a.Type == schema.EventSanction && len(a.Agent) > 0 && len(a.Target) == 0 && !a.Negated && a.Sent >= 0 && a.Sent < len(sents) &&
			x.chargedObject(sents[a.Sent].Toks, a.Trigger) {
			// "… charging two Ostmark nationals, A and B. The Treasury sanctioned both men on
			// the same day": those the legal step or sanction just before named
			a.Target = stepPatients(evs, k, continueReach)
		}
		if a.Type == schema.EventSanction && len(a.Agent) > 0 && len(a.Target) == 0 && !a.Negated && a.Sent >= 0 && a.Sent < len(sents) &&
			x.matchingMeasure(sents[a.Sent].Toks, a.Trigger) {
			// "The Treasury designated Ivo Marsh. Britain and Australia announced matching
			// designations the same day": those the sanction just before fell on
			a.Target = stepPatients(evs, k, continueReach)
		}
		if a.Type == schema.EventLegal && len(a.Agent) == 0 && len(a.Target) == 0 && !a.Negated && a.Sent >= 0 && a.Sent < len(sents) &&
			x.againstCharged(sents[a.Sent].Toks, a.Trigger) >= 0 {
			// "Police arrested A and B. Complaints were filed against the pair on Tuesday":
			// those the legal step just before named
			a.Target = stepPatients(evs, k, continueReach)
		}
		if a.Type == schema.EventLegal && len(a.Agent) > 0 && len(a.Target) == 0 && !a.Negated && !x.otherMarked(sents, *a, false) {
			// "Police arrested Jo Park in May. The case was investigated by the bureau"; a plain
			// definite noun ("the police, which carried out the arrest") goes back further, to
			// the step of that name told before ("his arrest in Lisbon in February")
			reach, definite := continueReach, a.Sent >= 0 && a.Sent < len(sents) && plainDefinite(sents[a.Sent].Toks, a.Trigger)
			affair := false // "the case was investigated by the bureau": any legal step of the affair told before, further back
			if a.Sent >= 0 && a.Sent < len(sents) {
				if j := passiveNoun(sents[a.Sent].Toks, a.Trigger); j >= 0 && caseNoun(sents[a.Sent].Toks[j].Lower) {
					reach, affair = recallWindow, true
				}
			}
			if a.Sent >= 0 && a.Sent < len(sents) && x.chargedObject(sents[a.Sent].Toks, a.Trigger) {
				// "Police arrested the two men in May", "PST detained the suspect": those a
				// legal step of the affair named before, further back
				reach, affair = recallWindow, true
			}
			if definite {
				reach = recallWindow
			}
			count := 0 // "Police arrested two men": new people, unless the step before named as many
			if a.Sent >= 0 && a.Sent < len(sents) {
				count = countedObject(sents[a.Sent].Toks, a.Trigger)
			}
			for j := k - 1; j >= 0 && a.Sent-evs[j].Sent <= reach; j-- {
				p := evs[j]
				if p.Type != schema.EventLegal || len(p.Target) == 0 || a.Sent-p.Sent > continueReach && p.Lemma != a.Lemma && !affair {
					continue
				}
				if !overlaps(p.Target, a.Agent) && (count == 0 || count == len(p.Target)) {
					a.Target = append([]int(nil), p.Target...)
					if definite && a.TimeIdx < 0 && p.Lemma == a.Lemma {
						a.TimeIdx, a.TimeText = p.TimeIdx, p.TimeText
					}
				}
				break
			}
		}
		if a.Type == schema.EventLegal && len(a.Agent) == 0 && len(a.Target) > 0 && !a.Negated && a.Modality == "" &&
			a.Sent >= 0 && a.Sent < len(sents) && x.beforeBe(sents[a.Sent].Toks, a.Trigger) {
			// "The prosecution service charged Jo Park on Monday. A second man, Lee Ray, was
			// charged with handling the data": the doer of the same step just told
			a.Agent = sameStepDoer(evs, k, continueReach)
		}
		if a.Type == schema.EventLegal && len(a.Agent) == 0 && len(a.Target) > 0 && a.asserted() &&
			a.Sent >= 0 && a.Sent < len(sents) && x.chargingDocument(sents[a.Sent].Toks, a.Trigger) {
			// "Prosecutors unsealed an indictment on Friday … A criminal complaint unsealed
			// Friday charges him with …": the document is the authority's told just before
			a.Agent = x.issuerBefore(evs, k, continueReach)
		}
		if fam == 0 || len(a.Agent) > 0 || len(a.Target) == 0 || a.Negated || a.Modality != "" || x.otherMarked(sents, *a, true) || open[a.Sent] {
			tally(*a)
			continue
		}
		reach, anyFam := continueReach, false
		if unresolvedDoer(sents, ms, *a) {
			// "The hackers, linked to Iran's IRGC, breached … (five sentences on) … the same
			// group had also targeted water utilities in Israel": a described doer no name was
			// found for is the doer of the incidents told before, further back and of any family
			reach, anyFam = sameDoerReach, true
		}
		for j := k - 1; j >= 0 && a.Sent-evs[j].Sent <= reach; j-- {
			p := evs[j]
			if familyOf(p.Type) == 0 || !anyFam && familyOf(p.Type) != fam || p.Negated || len(p.Agent) == 0 {
				continue
			}
			if !described(ms, ents, p.Agent[0], p.Sent) && !overlaps(p.Agent, a.Target) {
				a.Agent = append([]int(nil), p.Agent...)
			}
			break
		}
		if len(a.Agent) == 0 && groups == 1 && !contains(a.Target, group) {
			a.Agent = []int{group}
		}
		tally(*a)
	}
}

// beforeBe reports whether the participle at i follows a form of "be", adverbs between ("was
// charged", "were also arrested"): a passive, whose doer the clause need not name.
func (x *Extractor) beforeBe(toks []token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= auxReach; j-- {
		if x.cue.tokIs("be", &toks[j]) {
			return i < len(toks) && toks[i].Tag == "VBN"
		}
		if toks[j].Tag != "RB" {
			return false
		}
	}
	return false
}

// sameStepDoer returns the doer of the nearest earlier legal step of the same kind (lemma), not
// negated and with a doer, at most reach sentences before evs[k]: a step told of a further
// defendant without its doer ("A second man was also charged") is the same authority's. It
// returns nil when there is no such step or its doer is among k's targets.
func sameStepDoer(evs []rawEvent, k, reach int) []int {
	a := evs[k]
	for j := k - 1; j >= 0 && a.Sent-evs[j].Sent <= reach; j-- {
		p := evs[j]
		if p.Type != schema.EventLegal || p.Lemma != a.Lemma || p.Negated || len(p.Agent) == 0 {
			continue
		}
		if overlaps(p.Agent, a.Target) {
			return nil
		}
		return append([]int(nil), p.Agent...)
	}
	return nil
}

// benchJudge gives a court's step told in the passive with no doer ("was sentenced on
// Wednesday to six years in prison", "was remanded on Monday") the judge of the story's
// sitting: the one person the article names after the title "Judge" ("U.S. District Judge
// Ann Roe also ordered him to pay …"), who passes the sentence. Only a step dated to a day is
// the story's own sitting; one dated to a month or year ("was jailed in 2019"), a plea (the
// defendant's own) and an article naming no judge or several are left alone.
//
// A step whose subject describes the bench ("The judge ordered him held without bail", "A
// federal magistrate judge on Wednesday ordered …"; benchSubject) is that judge's too, or, when
// the article names no judge, the one court it names (soleCourt).
func (x *Extractor) benchJudge(sents []sentence, ms []mention, ents []entity, evs []rawEvent, iso func(int) string) {
	judge, court := soleJudge(sents, ms, ents), soleCourt(ents)
	if judge < 0 && court < 0 {
		return
	}
	for k := range evs {
		a := &evs[k]
		if a.Type != schema.EventLegal || len(a.Agent) > 0 || !a.asserted() || a.Lemma == "plead" || !x.cue.is("sittingstep", a.Lemma) ||
			len(iso(a.TimeIdx)) != dayValue || a.Sent < 0 || a.Sent >= len(sents) {
			continue
		}
		toks := sents[a.Sent].Toks
		bench := judge
		if x.benchSubject(toks, a.Trigger) {
			if bench < 0 {
				bench = court
			}
		} else if bench < 0 || !x.beforeBe(toks, a.Trigger) {
			continue
		}
		if !contains(a.Target, bench) {
			a.Agent = []int{bench}
		}
	}
}

// soleCourt returns the one body entity the article names with a court word in its name (cue
// courtbench: "the Harju County Court", "U.S. District Court for the District of X"); -1 when
// it names none or more than one.
func soleCourt(ents []entity) int {
	court := -1
	for e := range ents {
		if ents[e].Kind == schema.KindPerson || ents[e].Kind == schema.KindCountry || ents[e].Generic || !courtNamed(ents[e].Name) {
			continue
		}
		if court >= 0 {
			return -1
		}
		court = e
	}
	return court
}

// courtNamed reports whether a name holds the word "Court" or "Tribunal" written as a name, or
// in lower case as the name of a court its town describes gives it ("Sofia court", "regional
// court in Tartu"; townCourt).
func courtNamed(name string) bool {
	for _, w := range strings.Fields(name) {
		if w == "Court" || w == "Tribunal" || w == "court" {
			return true
		}
	}
	return false
}

// benchSubject reports whether the verb at i has for subject a description of a judge or court
// that opens its clause ("The judge ordered …", "A federal magistrate judge on Wednesday ordered
// …", "the court also ordered …"): an article, modifiers and a bench word (cue courtbench), then
// at most adverbs and one phrase "on" a day or date before the verb. The clause opens the
// sentence or follows a comma, a conjunction or a dateline's dash or colon.
func (x *Extractor) benchSubject(toks []token, i int) bool {
	if i < 2 || i >= len(toks) || !isVerbTag(toks[i].Tag) {
		return false
	}
	j := i - 1
	for j > 0 && toks[j].Tag == "RB" {
		j--
	}
	if j > 1 && (toks[j].Tag == "NNP" || toks[j].Tag == "CD") && toks[j-1].Lower == "on" {
		j -= 2 // "on Wednesday"
	}
	if j < 1 || !x.cue.tokIs("courtbench", &toks[j]) || !isNounTag(toks[j].Tag) {
		return false
	}
	for j--; j >= 0 && (toks[j].Tag == "JJ" || toks[j].Tag == "NN" || toks[j].Tag == "NNP" || toks[j].Tag == "HYPH"); j-- {
	}
	if j < 0 || !x.cue.tokIs("article", &toks[j]) {
		return false
	}
	if j == 0 {
		return true
	}
	switch toks[j-1].Text {
	case ",", ":", "—", "–", "-", "--":
		return true // "DAYTON — A federal judge …": past a dateline too
	}
	return toks[j-1].Tag == "CC"
}

// soleJudge returns the one person entity the article names right after the title "Judge"
// ("District Judge Ann Roe", "Judge Roe"); -1 when it names none or more than one.
func soleJudge(sents []sentence, ms []mention, ents []entity) int {
	judge := -1
	for _, m := range ms {
		if m.Entity < 0 || m.Entity >= len(ents) || ents[m.Entity].Kind != schema.KindPerson || m.Sent < 0 || m.Sent >= len(sents) || m.First < 1 {
			continue
		}
		if sents[m.Sent].Toks[m.First-1].Text != "Judge" {
			continue
		}
		if judge >= 0 && judge != m.Entity {
			return -1
		}
		judge = m.Entity
	}
	return judge
}

// chargingDocument reports whether the present-tense verb at i has for subject the charging
// document that opens its sentence (cue chargingdoc, after a determiner and modifiers only):
// "The indictment charges both men with …", "A criminal complaint unsealed Friday charges him
// with …", "The 14-count indictment, returned …, names X". Such a document names no doer of
// its own: it is the authority's that brought it.
func (x *Extractor) chargingDocument(toks []token, i int) bool {
	if i >= len(toks) || toks[i].Tag != "VBZ" {
		return false
	}
	for j := 0; j < i; j++ {
		switch t := &toks[j]; {
		case x.cue.tokIs("chargingdoc", t):
			return true
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "HYPH" || t.Tag == "NN" && !isCap(t.Text) && j+1 < i && strings.HasPrefix(toks[j+1].Tag, "NN"):
		default:
			return false
		}
	}
	return false
}

// issuerBefore returns the doer of the nearest earlier charging step (a charge, indictment,
// prosecution: cue saidstep, or the noun "indictment") with a doer, asserted, at most reach
// sentences before evs[k], when that doer is none of k's targets; nil otherwise. An arrest
// before it is the police's, not the document's.
func (x *Extractor) issuerBefore(evs []rawEvent, k, reach int) []int {
	a := evs[k]
	for j := k - 1; j >= 0 && a.Sent-evs[j].Sent <= reach; j-- {
		p := evs[j]
		if p.Type != schema.EventLegal || !p.asserted() || len(p.Agent) == 0 || !x.cue.is("saidstep", p.Lemma) && p.Lemma != "indictment" {
			continue
		}
		if overlaps(p.Agent, a.Target) {
			return nil
		}
		return append([]int(nil), p.Agent...)
	}
	return nil
}

// chargedSubject reports whether the deed at i is told of a definite description of people
// charged or held ("the defendants allegedly broke into", "the two men then stole", "the
// suspects gained access"; cue chargedhead), right before it past a phrasal verb's particle,
// adverbs, auxiliaries and a verb of gaining.
func (x *Extractor) chargedSubject(toks []token, i int) bool {
	if i < 1 || i >= len(toks) {
		return false
	}
	j := i - 1
	if (toks[i].Tag == "IN" || toks[i].Tag == "RP") && isVerbTag(toks[j].Tag) {
		j-- // a phrasal verb's particle: "broke into"
	}
	for steps := 0; j >= 0 && steps < 6; steps++ {
		if !(toks[j].Tag == "RB" || toks[j].Tag == "MD" || x.auxTok(&toks[j]) || x.cue.tokIs("gainverb", &toks[j]) && j == i-1) {
			break
		}
		j--
	}
	if j < 1 || !x.cue.tokIs("chargedhead", &toks[j]) {
		return false
	}
	d := j - 1
	if toks[d].Tag == "CD" && d > 0 {
		d--
	}
	switch toks[d].Lower {
	case "the", "both", "these", "all":
		return true
	}
	return false
}

// partylessCharges drops the charges laid against a description of people charged before
// (againstCharged: "complaints were filed against the pair") that found no one to name: with
// neither doer nor target they tell nothing.
func partylessCharges(evs []rawEvent) []rawEvent {
	out := evs[:0]
	for _, ev := range evs {
		if ev.Type == schema.EventLegal && ev.Lemma == "charge" && len(ev.Agent) == 0 && len(ev.Target) == 0 {
			continue
		}
		out = append(out, ev)
	}
	return out
}

// againstCharged returns the index of "against" after the charge noun at i, itself or the
// passive that files it ("charges against the two men", "complaints were filed against the
// pair"), when a definite description of people charged or held follows it (cue chargedhead: a
// determiner, a number and an adjective at most before the noun); -1 otherwise.
func (x *Extractor) againstCharged(toks []token, i int) int {
	a := i + 1
	if x.filedAgainst(toks, i) {
		a = againstAfter(toks, i)
	}
	if a < 0 || a+2 >= len(toks) || toks[a].Lower != "against" {
		return -1
	}
	switch toks[a+1].Lower {
	case "the", "both", "these", "those":
	default:
		return -1
	}
	j := a + 2
	if j < len(toks) && toks[j].Tag == "CD" {
		j++
	}
	if j < len(toks) && toks[j].Tag == "JJ" {
		j++
	}
	if j < len(toks) && x.cue.tokIs("chargedhead", &toks[j]) && (j+1 >= len(toks) || !isNounTag(toks[j+1].Tag)) {
		return a
	}
	return -1
}

// chargedObject reports whether the legal verb at i takes as its object a definite description
// of people charged or held ("arrested the two men", "charged both suspects", "detained the
// pair"; cue chargedhead), a determiner, a number and an adjective at most before the noun.
func (x *Extractor) chargedObject(toks []token, i int) bool {
	if i < 0 || i+2 >= len(toks) || !isVerbTag(toks[i].Tag) {
		return false
	}
	switch toks[i+1].Lower {
	case "the", "both", "these", "all", "those":
	default:
		return false
	}
	j := i + 2
	if j < len(toks) && toks[j].Tag == "CD" {
		j++
	}
	if j < len(toks) && toks[j].Tag == "JJ" {
		j++
	}
	return j < len(toks) && x.cue.tokIs("chargedhead", &toks[j]) && (j+1 >= len(toks) || !isNounTag(toks[j+1].Tag))
}

// chargedBefore returns the people or bodies the nearest legal step before evs[k] names as its
// targets, none of them a country nor a victim of evs[k]; nil when that step names none.
func chargedBefore(ents []entity, evs []rawEvent, k int) []int {
	for j := k - 1; j >= 0; j-- {
		p := evs[j]
		if p.Type != schema.EventLegal || p.Negated || len(p.Target) == 0 {
			continue
		}
		for _, e := range p.Target {
			if e < 0 || e >= len(ents) || ents[e].Kind == schema.KindCountry || ents[e].Kind == schema.KindPlace || contains(evs[k].Target, e) {
				return nil
			}
		}
		return append([]int(nil), p.Target...)
	}
	return nil
}

// definiteObject reports whether the verb at i takes a plain definite common noun as object
// ("published the files", "leaked the stolen data").
func definiteObject(toks []token, i int) bool {
	j := i + 1
	if j >= len(toks) || toks[j].Lower != "the" {
		return false
	}
	j++
	if j < len(toks) && (toks[j].Tag == "JJ" || toks[j].Tag == "VBN") {
		j++
	}
	return j < len(toks) && (toks[j].Tag == "NNS" || toks[j].Tag == "NN") && (j+1 >= len(toks) || !isNounTag(toks[j+1].Tag) && toks[j+1].Lower != "of")
}

// patientsBefore returns the targets of the sanction or legal step nearest before evs[k], at
// most two sentences back, that names them and none of evs[k]'s agents, when evs[k]'s accuser
// is among its doers or named in its sentence ("The EU and Britain imposed sanctions on X …
// It accused them", not "… Beijing accused them", who may be the sanctioners); else nil.
func patientsBefore(ms []mention, evs []rawEvent, k int) []int {
	a := evs[k]
	for j := k - 1; j >= 0 && a.Sent-evs[j].Sent <= 2; j-- {
		p := evs[j]
		if p.Type != schema.EventSanction && p.Type != schema.EventLegal || p.Negated || len(p.Target) == 0 {
			continue
		}
		if overlaps(p.Target, a.Agent) {
			return nil
		}
		if !overlaps(p.Agent, a.Agent) {
			named := false
			for _, m := range ms {
				if m.Sent == p.Sent && m.Entity >= 0 && contains(a.Agent, m.Entity) {
					named = true
					break
				}
			}
			if !named {
				return nil
			}
		}
		return append([]int(nil), p.Target...)
	}
	return nil
}

// unresolvedDoer reports whether the incident's subject, right before its verb (adverbs and
// auxiliaries between), is a description of a threat group that coreference left without a
// name: "the same group had also targeted …", "the attackers then encrypted …".
func unresolvedDoer(sents []sentence, ms []mention, ev rawEvent) bool {
	if ev.Sent < 0 || ev.Sent >= len(sents) {
		return false
	}
	toks := sents[ev.Sent].Toks
	j := ev.Trigger - 1
	for j >= 0 && j < len(toks) && (toks[j].Tag == "RB" || isBeHave(toks[j].Lower)) {
		j--
	}
	if j < 0 {
		return false
	}
	for _, m := range ms {
		if m.Sent == ev.Sent && m.Last == j+1 {
			return m.How == mkDesc && m.Entity < 0 && m.Kind == schema.KindGroup && !m.Possessive
		}
	}
	return false
}

// takenFrom lists the past participles that say where data came from: "files taken from X".
var takenFrom = map[string]bool{"taken": true, "stolen": true, "copied": true, "exfiltrated": true,
	"obtained": true, "removed": true, "downloaded": true, "extracted": true, "lifted": true}

// dataOwner returns the owner of the data a theft or leak names by a plain definite noun ("it
// had released the cables"): the actor after "<participle> from" ("taken from the ministry")
// that follows the same noun earlier, within placeWindow sentences; else -1.
func dataOwner(sents []sentence, ms []mention, ents []entity, ev rawEvent) int {
	if ev.Sent < 0 || ev.Sent >= len(sents) {
		return -1
	}
	toks := sents[ev.Sent].Toks
	// the object: "the" (+ one modifier) + a plural or mass noun, right after the trigger
	j := ev.Trigger + 1
	if j >= len(toks) || toks[j].Lower != "the" {
		return -1
	}
	j++
	if j+1 < len(toks) && toks[j].Tag == "JJ" {
		j++
	}
	if j >= len(toks) || toks[j].Tag != "NNS" && toks[j].Tag != "NN" {
		return -1
	}
	noun := toks[j].Lower
	if j+1 < len(toks) && strings.HasPrefix(toks[j+1].Tag, "NN") {
		return -1 // "the cable archive": another head
	}
	for s := ev.Sent - 1; s >= 0 && ev.Sent-s <= placeWindow; s-- {
		st := sents[s].Toks
		for i := range st {
			if st[i].Lower != noun {
				continue
			}
			// "<noun> (it said) (were) taken from <owner>", within a few words
			for k := i + 1; k+1 < len(st) && k-i <= 5; k++ {
				if st[k].Text == "," || st[k].Text == "." || st[k].Text == ";" {
					break
				}
				if !takenFrom[st[k].Lower] || st[k+1].Lower != "from" {
					continue
				}
				for _, m := range ms {
					if m.Sent == s && m.First > k+1 && m.First <= k+3 && m.Entity >= 0 && m.Entity < len(ents) &&
						m.How != mkPronoun && ents[m.Entity].Kind != schema.KindPerson && !contains(ev.Agent, m.Entity) {
						return m.Entity
					}
				}
				return -1
			}
		}
	}
	return -1
}

// leftOpen finds the sentences that leave open who did a deed ("did not attribute the attack
// to X", "It is not known who was behind the attack", "Investigators have not blamed any
// group", "No group has claimed the attack", "A foreign intelligence service breached X"):
// their incidents take no doer from the incidents around them nor the article's one threat
// group.
func (x *Extractor) leftOpen(sents []sentence, evs []rawEvent) map[int]bool {
	out := map[int]bool{}
	for _, ev := range evs {
		if ev.Type == schema.EventAccusation && ev.Negated {
			out[ev.Sent] = true
		}
		if familyOf(ev.Type) != 0 && len(ev.Agent) == 0 && ev.Sent >= 0 && ev.Sent < len(sents) &&
			(x.indefiniteDoer(sents[ev.Sent].Toks, ev.Trigger) || x.chargedSubject(sents[ev.Sent].Toks, ev.Trigger) || x.otherIncidents(sents[ev.Sent].Toks, ev.Trigger)) {
			// "The officers broke into Y": the people charged before, whom no name stands for,
			// not the article's one group; "Similar attacks hit X": other incidents
			out[ev.Sent] = true
		}
	}
	for _, s := range sents {
		if doerUnknown(s.Toks) {
			out[s.Index] = true
		}
	}
	return out
}

// indefiniteDoer reports whether the deed whose verb is at trig is done by a party the
// sentence introduces with an indefinite noun phrase, a new one rather than one told before:
// "A foreign intelligence service breached the ministry", "X was hacked by another group",
// "Unidentified attackers stole …". "A group" or "a gang" alone may be the group the article
// goes on to name (anotherParty keeps it apart once named); "hit by a ransomware attack"
// names no doer.
func (x *Extractor) indefiniteDoer(toks []token, trig int) bool {
	if trig <= 0 || trig >= len(toks) || !isVerbTag(toks[trig].Tag) {
		return false
	}
	if trig+2 < len(toks) && toks[trig+1].Lower == "by" && indefiniteOpener(toks[trig+2].Lower) {
		// the passive's doer: the head ends the phrase
		h := trig + 2
		for h+1 < len(toks) && h-trig <= maxDoerWords && (isNounTag(toks[h+1].Tag) || strings.HasPrefix(toks[h+1].Tag, "JJ") || unknownWord(toks[h+1].Lower)) {
			h++
		}
		opener := toks[trig+2].Lower // "by another group", "by an unknown group": not the one named
		return x.newBodyHead(toks, h, opener != "a" && opener != "an" || trig+3 < len(toks) && unknownWord(toks[trig+3].Lower))
	}
	j := beforeDoerAux(toks, trig)
	if j < 0 || !x.newBodyHead(toks, j, true) {
		return false
	}
	group := !x.newBodyHead(toks, j, false)
	for n := 0; j >= 0 && n < maxDoerWords && (isNounTag(toks[j].Tag) || strings.HasPrefix(toks[j].Tag, "JJ") || toks[j].Tag == "VBN") && !indefiniteOpener(toks[j].Lower); n++ {
		j--
	}
	if j < 0 || !indefiniteOpener(toks[j].Lower) {
		return false
	}
	if group && (toks[j].Lower == "a" || toks[j].Lower == "an") {
		return false // "A pro-Russian group breached X": the group the article goes on to name
	}
	if j > 0 && unknownWord(toks[j].Lower) && (toks[j-1].Lower == "a" || toks[j-1].Lower == "an") {
		j-- // "an unidentified foreign service"
	}
	// the phrase opens a clause: the sentence's start, or after a comma or "that"
	return j == 0 || toks[j-1].Text == "," || toks[j-1].Lower == "that"
}

// otherIncidents reports whether the deed at trig is told only as one of other incidents like
// it, with no doer: "Similar attacks hit X in 2023", "Other breaches have hit Y", "X has been hit
// by several bombings in recent years" (the incident noun as the verb's subject or in the
// passive's "by" phrase); such deeds are not the article's one group's.
func (x *Extractor) otherIncidents(toks []token, trig int) bool {
	if trig < 0 || trig >= len(toks) {
		return false
	}
	n := -1 // the incident noun
	switch {
	case isVerbTag(toks[trig].Tag) && trig+2 < len(toks) && toks[trig+1].Lower == "by":
		n = trig + 2
		for n+1 < len(toks) && n-trig <= 4 && (otherWord(toks[n].Lower) || strings.HasPrefix(toks[n].Tag, "JJ") || toks[n].Tag == "CD") {
			n++
		}
	case isVerbTag(toks[trig].Tag):
		n = beforeDoerAux(toks, trig)
	}
	if n <= 0 || !isNounTag(toks[n].Tag) {
		return false
	}
	if tr, ok := x.tokTrigger(&toks[n], false); !ok || !incident(tr.Type) {
		return false
	}
	for k := n - 1; k >= 0 && n-k <= 2; k-- {
		if otherWord(toks[k].Lower) {
			return true
		}
		if !strings.HasPrefix(toks[k].Tag, "JJ") && toks[k].Tag != "NN" {
			return false
		}
	}
	return false
}

// otherWord reports whether w sets incidents apart from the one told: "similar", "other",
// "several".
func otherWord(w string) bool {
	return w == "similar" || w == "other" || w == "several"
}

// newBodyHead reports whether the noun at h heads a described actor, a group only when groups
// is set: "a contractor", "an intelligence service", "another group".
func (x *Extractor) newBodyHead(toks []token, h int, groups bool) bool {
	if h < 0 || h >= len(toks) || !isNounTag(toks[h].Tag) {
		return false
	}
	if (toks[h].Lower == "service" || toks[h].Lower == "agency") && h > 0 && (toks[h-1].Lower == "intelligence" || toks[h-1].Lower == "security") {
		return true
	}
	kind, ok := x.cue.genHead[toks[h].Lower]
	return ok && (groups || kind != schema.KindGroup)
}

// maxDoerAux bounds the auxiliaries and adverbs indefiniteDoer steps over before a verb, and
// maxDoerWords the modifiers and nouns of the doer's phrase.
const (
	maxDoerAux   = 3
	maxDoerWords = 5
)

// indefiniteOpener reports whether a word opens a noun phrase that introduces a new party.
func indefiniteOpener(w string) bool {
	switch w {
	case "a", "an", "another":
		return true
	}
	return unknownWord(w)
}

// beforeDoerAux returns the index of the last word before the verb at trig that is not one of
// the doerAux words (at most maxDoerAux of them stepped over): the subject's last word, or -1.
func beforeDoerAux(toks []token, trig int) int {
	j := trig - 1
	for j >= 0 && trig-j <= maxDoerAux && doerAux[toks[j].Lower] {
		j--
	}
	return j
}

// doerAux are the words that may stand between a deed's subject and its verb.
var doerAux = map[string]bool{"has": true, "have": true, "had": true, "was": true, "were": true, "also": true, "reportedly": true, "allegedly": true, "then": true, "later": true}

// doerUnknown reports whether a sentence says in so many words that the doer is not known:
// an open question after a word of knowing ("unclear who", "did not say which group"), a
// negated attribution ("has not attributed", "did not blame"), or no one claiming it ("no
// group has claimed", "no group has taken credit").
func doerUnknown(toks []token) bool {
	for k, t := range toks {
		switch t.Lower {
		case "who", "which", "whether":
			if leftAsked(toks, k) {
				return true
			}
		case "not", "n't", "never":
			for j := k + 1; j < len(toks) && j-k <= 3; j++ {
				w := toks[j].Lower
				if strings.HasPrefix(w, "attribut") || strings.HasPrefix(w, "blam") || w == "identified" || w == "named" {
					return true
				}
			}
		case "no":
			if k+2 < len(toks) && (toks[k+1].Lower == "group" || toks[k+1].Lower == "one") {
				for j := k + 2; j < len(toks) && j-k <= 4; j++ {
					if strings.HasPrefix(toks[j].Lower, "claim") || creditTaken(toks, j) {
						return true
					}
				}
			}
		}
	}
	return false
}

// leftAsked reports whether the wh-word at k opens a question left open, after a word of
// knowing or saying: "unclear who", "did not say which group", "declined to say who".
func leftAsked(toks []token, k int) bool {
	for j := k - 1; j >= 0 && k-j <= 2; j-- {
		switch toks[j].Lower {
		case "known", "unknown", "unclear", "clear", "identified", "determined", "established",
			"say", "said", "disclose", "disclosed", "confirm", "confirmed":
			return true
		}
	}
	return false
}

// openingPronouns maps each sentence that opens with a subject pronoun ("They", "It"), or
// whose first clause has one right after a fronted adverbial (frontedAdverbial: "Over several
// weeks, they copied …", "Between May and July they stole …"), to the entity it stands for.
func openingPronouns(sents []sentence, ms []mention) map[int]int {
	out := map[int]int{}
	for _, m := range ms {
		if m.How != mkPronoun || m.Entity < 0 || m.Head != "they" && m.Head != "it" {
			continue
		}
		if m.First == 0 || m.Sent >= 0 && m.Sent < len(sents) && frontedAdverbial(sents[m.Sent].Toks, m.First) {
			out[m.Sent] = m.Entity
		}
	}
	return out
}

// frontedAdverbial reports whether the tokens before n are an adverbial phrase set before the
// subject, optionally closed by a comma: it opens with a preposition or an adverb ("Over the
// next 18 months", "Later that year,", "Then") and holds no verb but one right after a relative
// pronoun ("In the months that followed,"), no quote and no other comma, so the word at n
// opens the sentence's first clause.
func frontedAdverbial(toks []token, n int) bool {
	if n <= 0 || n > len(toks) || n > maxFronted {
		return false
	}
	if t := toks[0].Tag; t != "IN" && t != "RB" && t != "RBR" {
		return false
	}
	for j := 0; j < n; j++ {
		t := toks[j]
		if isVerbTag(t.Tag) && !(j > 0 && (toks[j-1].Tag == "WDT" || toks[j-1].Lower == "that" || toks[j-1].Lower == "which")) || t.Tag == "MD" || t.Text == "\"" || t.Text == "“" || t.Text == "," && j != n-1 {
			return false
		}
	}
	return true
}

// maxFronted bounds, in tokens, the fronted adverbial frontedAdverbial reads.
const maxFronted = 10

// namesVictim reports whether the incident's own words name a victim that was not resolved to
// an actor: "the 2014 hack of the Russian cyber security firm", "breached a defence
// contractor", "leaked the membership list of a regional cycling association" (an indefinite
// owner after "of", ownedByIndefinite). Such an incident keeps no victim rather than take the
// previous one's.
func (x *Extractor) namesVictim(sents []sentence, ev rawEvent) bool {
	if ev.Sent < 0 || ev.Sent >= len(sents) {
		return false
	}
	toks := sents[ev.Sent].Toks
	for j := ev.Trigger + 1; j < len(toks) && j-ev.Trigger <= 6; j++ {
		w := toks[j]
		if _, ok := x.cue.descHead[w.Lower]; ok {
			return true
		}
		if k, ok := x.cue.genHead[w.Lower]; ok && k != schema.KindGroup {
			return true
		}
		if x.ownedByIndefinite(toks, j) {
			return true
		}
		if w.Text == "," || w.Tag == "." || isVerbTag(w.Tag) && w.Tag != "VBN" && w.Tag != "VBG" || w.Lower != "and" && w.Lower != "as" && x.cue.tokIs("clauseconj", &w) {
			return false // "leaked counselling notes when the district refused": the district is another clause's
		}
	}
	return false
}

// ownedByIndefinite reports whether "of" at j opens an indefinite owner of the thing before it,
// a noun there: "the files of a local charity", "the membership list of an amateur club"; not a
// count ("the records of a million customers", "data of a further 2,000 users"; cue
// quantityword).
func (x *Extractor) ownedByIndefinite(toks []token, j int) bool {
	if j < 1 || j+2 >= len(toks) || toks[j].Lower != "of" || !isNounTag(toks[j-1].Tag) {
		return false
	}
	if toks[j+1].Lower != "a" && toks[j+1].Lower != "an" {
		return false
	}
	n := toks[j+2]
	return n.Tag != "CD" && !x.cue.tokIs("quantityword", &n)
}

// countedObject reads the object right after the verb at i as a bare count of people or things
// ("arrested two men", "charged 14 suspects", "detained three Ostrian nationals"), or a noun's
// object after its preposition ("arrest warrants for two officers"): a count of
// at least two (countWord), an adjective or a proper noun or two, and a plural common noun; it returns the count,
// or 0 for any other object. Such an object tells how many the step befell, so it can stand
// for the patients of an earlier step only when that step named as many.
func countedObject(toks []token, i int) int {
	j := i + 1
	if j < len(toks) && isNounTag(toks[i].Tag) && toks[j].Tag == "IN" {
		j++ // a noun's object after its preposition: "warrants for two officers", "the arrest of three men"
	}
	if j >= len(toks) || toks[j].Tag != "CD" {
		return 0
	}
	n := countWord(toks[j].Lower)
	if n < 2 {
		return 0
	}
	for j++; j < len(toks) && j-i <= 4 && (toks[j].Tag == "JJ" || toks[j].Tag == "NNP" || toks[j].Tag == "NNPS"); j++ {
	}
	if j < len(toks) && toks[j].Tag == "NNS" && (j+1 >= len(toks) || !isNounTag(toks[j+1].Tag)) {
		return n
	}
	return 0
}

// otherMarked reports whether the words by the trigger of ev present it or what it befalls as
// another from those told before: with back, before the trigger up to a verb or a comma, the
// incident itself ("another attack", "a new breach", "the first of the recent attacks");
// without, right after it through determiners, numbers, adjectives and adverbs, the step's
// object ("sentenced another hacker", "charged two other men", "arrested a second suspect"),
// so that the step carries over no patient of an earlier one.
func (x *Extractor) otherMarked(sents []sentence, ev rawEvent, back bool) bool {
	if ev.Sent < 0 || ev.Sent >= len(sents) || ev.Trigger < 0 {
		return false
	}
	toks := sents[ev.Sent].Toks
	step, reach := 1, 4
	if back {
		step, reach = -1, 5
	}
	for j := ev.Trigger + step; j >= 0 && j < len(toks) && (j-ev.Trigger)*step <= reach; j += step {
		if x.cue.tokIs("othermarker", &toks[j]) {
			return true
		}
		if t := toks[j].Tag; back && (isVerbTag(t) || toks[j].Text == ",") || !back && t != "DT" && t != "CD" && t != "JJ" && t != "RB" {
			break
		}
	}
	return false
}

// earlierMarked reports whether an adverb of the othermarker cue stands right before the
// trigger of ev, only adverbs and auxiliaries between ("had previously leaked files", "was
// earlier hacked"): a deed told as an earlier one, another than those told just before, so
// that it carries over no victim of theirs.
func (x *Extractor) earlierMarked(sents []sentence, ev rawEvent) bool {
	if ev.Sent < 0 || ev.Sent >= len(sents) || ev.Trigger < 0 || ev.Trigger >= len(sents[ev.Sent].Toks) {
		return false
	}
	toks := sents[ev.Sent].Toks
	for j := ev.Trigger - 1; j >= 0 && ev.Trigger-j <= auxReach; j-- {
		if toks[j].Tag == "RB" {
			if x.cue.tokIs("othermarker", &toks[j]) {
				return true
			}
		} else if !x.auxTok(&toks[j]) {
			return false
		}
	}
	return false
}

// continueReach is how many sentences back an incident's doer carries over to a later incident
// that names none.
const continueReach = 2

// sameDoerReach is how many sentences back an incident with a doer but no victim looks for the
// nearest earlier incident with a victim; it takes that victim only when the doer is the same or
// that incident names no doer ("The attack on Acme began in May. … [seven sentences on] The
// firm said the attackers had obtained access through a VPN appliance").
const sameDoerReach = 8

// withoutPlaces returns the entities of es that are no place or country: the stand-in a legal
// step takes for its patient when it names none (lonePlace), dropped once the patients are named.
func withoutPlaces(es []int, ents []entity) []int {
	var out []int
	for _, e := range es {
		if e < len(ents) && (ents[e].Kind == schema.KindPlace || ents[e].Kind == schema.KindCountry) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// namedNext gives a legal act whose patient the lede only describes ("a court on Wednesday
// convicted a former army officer of spying", or as the subject of its passive: "A former
// contractor for X was arrested on Tuesday and charged with …") the person the next sentence names
// with an age in apposition, as wire copy does ("Major Lukas Brenner, 47, was arrested …"); a name
// further on ("of spying for Ostrovia") is then no patient. A counted plural object
// ("sanctioned two Tehran-based companies"; countOpens) takes the names the next sentence sets
// beside a plural description ("The firms, A and B, …"; pluralNamed); a legal step's counted
// object, also after "against" ("unsealed charges against three Iranian men"), takes the people
// the next sentence's charge names when it names as many ("The indictment … charges A, B and C";
// countedNext).
func (x *Extractor) namedNext(sents []sentence, ms []mention, ents []entity, evs []rawEvent) {
	for k := range evs {
		ev := &evs[k]
		if ev.Type != schema.EventLegal && ev.Type != schema.EventSanction || ev.Sent < 0 || ev.Sent+1 >= len(sents) || ev.Trigger < 0 {
			continue
		}
		toks := sents[ev.Sent].Toks
		// the verb's object: "a|an" + modifiers + a person's role word; a sanction's also
		// after "on|against" ("imposed sanctions on a …") and a company's head word
		j := ev.Trigger + 1
		if ev.Type == schema.EventSanction && j < len(toks) && (toks[j].Lower == "on" || toks[j].Lower == "against") {
			j++
		}
		if ev.Type == schema.EventLegal {
			if q := describedSubject(toks, ev.Trigger); q >= 0 {
				j = q // "A former contractor for X was arrested on Tuesday": the passive's subject
			}
			if j < len(toks) && toks[j].Lower == "against" && isNounTag(toks[ev.Trigger].Tag) {
				j++ // "unsealed charges against three Iranian men": the noun's object
			}
		}
		if countOpens(toks, j) {
			// "sanctioned two Tehran-based companies … The firms, A and B, …": the names the
			// next sentence sets beside a plural description
			named := pluralNamed(sents[ev.Sent+1].Toks, ms, ev.Sent+1)
			if len(named) == 0 && ev.Type == schema.EventLegal && len(ev.Agent) > 0 && onlyDescribed(withoutPlaces(ev.Target, ents), ms, ev.Sent, j) {
				// "unsealed charges against three Iranian men … The indictment charges A, B and
				// C with …": the people the next sentence's charge names, as many as counted
				named = countedNext(evs, ents, ev.Sent+1, countWord(toks[j].Lower))
			}
			if len(named) > 0 && ev.Type == schema.EventLegal {
				ev.Target = withoutPlaces(ev.Target, ents) // "arrested two men in Lisbon … The men, A and B, …": the men, not Lisbon
			}
			for _, e := range named {
				if !contains(ev.Agent, e) && !contains(ev.Target, e) {
					ev.Target = append(ev.Target, e)
				}
			}
			continue
		}
		if j >= len(toks) || toks[j].Lower != "a" && toks[j].Lower != "an" {
			continue
		}
		role, firm := false, false
		for j++; j < len(toks) && j-ev.Trigger <= 8; j++ {
			if (x.cue.tokIs("personrole", &toks[j]) || x.cue.tokIs("anonhead", &toks[j]) || x.cue.tokIs("ledehead", &toks[j]) || x.cue.genHead[toks[j].Lower] == schema.KindPerson) &&
				(j+1 >= len(toks) || !isNounTag(toks[j+1].Tag)) ||
				isNounTag(toks[j].Tag) && j+1 < len(toks) && toks[j+1].Lower == "who" {
				// "a Russian computer programmer who …": "who" makes any head a person's
				role = true
				break
			}
			if ev.Type == schema.EventSanction && x.cue.genHead[toks[j].Lower] == schema.KindOrganization && !strings.HasSuffix(toks[j].Lower, "s") &&
				(j+1 >= len(toks) || !isNounTag(toks[j+1].Tag)) {
				firm = true
				break
			}
			hyphened := toks[j].Tag == "NNP" && j+1 < len(toks) && toks[j+1].Tag == "HYPH" // "a Vessa-based company"
			demonym := toks[j].Tag == "NNP" && x.demonymModifier(&sents[ev.Sent], j)       // "a Russian computer programmer"
			if !(toks[j].Tag == "JJ" || toks[j].Tag == "NN" || toks[j].Tag == "VBN" || toks[j].Tag == "HYPH" || hyphened || demonym) {
				break
			}
		}
		if firm {
			// "imposed sanctions on a Vessa-based software company … The Office of Asset
			// Control designated Grey Lantern Co.": the company the next sentence's verb takes
			// as its object
			next := sents[ev.Sent+1].Toks
			for _, m := range ms {
				if m.Sent != ev.Sent+1 || m.How != mkName || m.Entity < 0 || m.Entity >= len(ents) || m.First < 1 || m.First > len(next) {
					continue
				}
				if ents[m.Entity].Kind == schema.KindOrganization && strings.HasPrefix(next[m.First-1].Tag, "VB") && !contains(ev.Agent, m.Entity) {
					ev.Target = []int{m.Entity}
					break
				}
			}
			if len(ev.Target) == 1 {
				// "…, alleging that the firm worked for …": the same company taken up by a
				// definite description in an accusation of the same sentence by the same doer
				for q := range evs {
					if a := &evs[q]; q != k && a.Sent == ev.Sent && a.Type == schema.EventAccusation && len(a.Target) == 0 &&
						sameSet(a.Agent, ev.Agent) && x.firmTakenUp(toks, a.Trigger) {
						a.Target = []int{ev.Target[0]}
					}
				}
			}
			continue
		}
		if !role {
			continue
		}
		next := sents[ev.Sent+1].Toks
		for _, m := range ms {
			if m.Sent != ev.Sent+1 || m.How != mkName || m.First > 2 || m.Entity < 0 || ents[m.Entity].Kind != schema.KindPerson && !m.LooksPerson {
				continue
			}
			if agedApposition(next, m.Last) && !contains(ev.Agent, m.Entity) {
				ev.Target = []int{m.Entity}
			}
			break
		}
	}
}

// agedApposition reports whether an age set off by commas opens at j, right after a name: ", 19,",
// or with "aged" or "now" before the number (", aged 34,", ", now 19,").
func agedApposition(toks []token, j int) bool {
	if j >= len(toks) || toks[j].Text != "," {
		return false
	}
	j++
	if j < len(toks) && (toks[j].Lower == "aged" || toks[j].Lower == "now") {
		j++
	}
	return j+1 < len(toks) && toks[j].Tag == "CD" && toks[j+1].Text == ","
}

// countedNext returns the patients of the first legal step in sentence sent that names exactly n
// people or bodies and no place ("The indictment, returned in March, charges A, 34, B, 29, and C,
// 31, with fraud"): those a counted description just before ("charges against three Iranian
// men") stands for; nil when no step there names as many, or when n is under two.
func countedNext(evs []rawEvent, ents []entity, sent, n int) []int {
	if n < 2 {
		return nil
	}
	for _, e := range evs {
		if e.Sent != sent || e.Type != schema.EventLegal || len(e.Target) == 0 {
			continue
		}
		if t := withoutPlaces(e.Target, ents); len(t) == n && len(t) == len(e.Target) {
			return append([]int(nil), t...)
		}
		return nil
	}
	return nil
}

// onlyDescribed reports whether every entity in es is the one the description opening at token
// first of sentence sent stands for ("three Chinese nationals" read as an actor of its own), so
// that the step names no other patient; true for none.
func onlyDescribed(es []int, ms []mention, sent, first int) bool {
	for _, e := range es {
		found := false
		for _, m := range ms {
			if m.Sent == sent && m.First == first && m.Entity == e {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// countOpens reports whether a counted plural noun phrase opens at j ("two Tehran-based
// companies", "three officers of X"): a count, then up to four adjectives, nouns or hyphened
// words before a plural noun, with no name between.
func countOpens(toks []token, j int) bool {
	if j >= len(toks) || toks[j].Tag != "CD" {
		return false
	}
	for k := j + 1; k < len(toks) && k-j <= 5; k++ {
		switch t := toks[k].Tag; {
		case t == "NNS":
			return true
		case t == "JJ" || t == "NN" || t == "VBN" || t == "HYPH" || t == "NNP" && k+1 < len(toks) && toks[k+1].Tag == "HYPH":
		default:
			return false
		}
	}
	return false
}

// pluralNamed returns the entities a sentence names in apposition to a definite plural
// description opening it ("The firms, A and B, recruited …", "The officers, A, B and C, face
// …"): at least two names joined by commas and "and", closed by a comma; nil otherwise.
func pluralNamed(toks []token, ms []mention, sent int) []int {
	j := 0
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	for j < len(toks) && (toks[j].Tag == "CD" || toks[j].Tag == "JJ") {
		j++
	}
	if j+2 >= len(toks) || toks[j].Tag != "NNS" || toks[j+1].Text != "," {
		return nil
	}
	var out []int
	at, and := j+2, false
	for _, m := range ms {
		if m.Sent != sent || m.First < at {
			continue
		}
		if m.First != at || m.How != mkName || m.Entity < 0 || m.Possessive || m.Last >= len(toks) {
			return nil
		}
		out = append(out, m.Entity)
		k := m.Last
		if toks[k].Text == "," && k+1 < len(toks) && toks[k+1].Lower == "and" {
			k++ // "A, B, and C"
		}
		switch {
		case toks[k].Text == "," && and:
			return out // the comma closing the list after its last name
		case toks[k].Text == ",":
			at = k + 1
		case toks[k].Lower == "and" && !and:
			at, and = k+1, true
		default:
			return nil
		}
	}
	return nil
}

// describedSubject returns the index of the "a"/"an" opening the subject of the passive legal
// verb at t, when that subject opens the sentence or follows a dateline's dash or a comma ("A
// former contractor for X was arrested on Tuesday and charged …"), also past a relative clause
// on "who" (ledeRelative); -1 otherwise.
func describedSubject(toks []token, t int) int {
	if t < 0 || t >= len(toks) || toks[t].Tag != "VBN" {
		return -1
	}
	v := t - 1
	for v >= 0 && toks[v].Tag == "RB" {
		v--
	}
	if v >= 1 && toks[v].Lower == "and" {
		// "was arrested on Tuesday and charged with …": the first participle's subject
		for p := v - 1; p >= 0 && v-p <= 6; p-- {
			if toks[p].Tag == "VBN" {
				return describedSubject(toks, p)
			}
		}
		return -1
	}
	if v < 1 || toks[v].Lower != "was" && toks[v].Lower != "were" && toks[v].Lower != "been" {
		return -1
	}
	if q := ledeRelative(toks, v); q >= 0 {
		return q // "A Russian programmer who broke into X and sold Y was sentenced on Tuesday"
	}
	for q := v - 1; q >= 0 && v-q <= 14; q-- {
		if isVerbTag(toks[q].Tag) || toks[q].Lower == "that" || toks[q].Lower == "who" {
			return -1
		}
		if toks[q].Lower != "a" && toks[q].Lower != "an" {
			continue
		}
		if q == 0 || toks[q-1].Text == "—" || toks[q-1].Text == "-" || toks[q-1].Text == "--" || toks[q-1].Text == "," {
			return q
		}
	}
	return -1
}

// ledeRelative returns the index of the "a"/"an" opening a sentence (or following a
// dateline's dash) whose description a relative clause on "who" follows up to the auxiliary at v
// ("A Russian programmer who broke into X and sold Y on a forum was sentenced …", "A 19-year-old
// from Leeds who helped break into X has been jailed"): the person the passive befell. Only
// modifiers, nouns and a place may stand between the article and "who" (ledeRelativeHead), and the
// clause holds no second relative word, "that" or pronoun, which could bring in someone else;
// -1 otherwise.
func ledeRelative(toks []token, v int) int {
	w := -1
	for q := v - 1; q >= 0 && v-q <= ledeRelativeReach; q-- {
		switch t := toks[q]; {
		case t.Lower == "who" && t.Tag == "WP":
			if w >= 0 {
				return -1
			}
			w = q
		case t.Tag == "WP" || t.Tag == "WDT" || t.Lower == "that" || t.Tag == "PRP" || t.Tag == "PRP$":
			return -1
		}
	}
	if w < 0 {
		return -1
	}
	return ledeRelativeHead(toks, w)
}

// ledeRelativeReach bounds the words between a lede's relative "who" and the auxiliary of its main
// passive verb (ledeRelative).
const ledeRelativeReach = 40

// ledeRelativeHead returns the index of the "a"/"an" opening the sentence, or following a dateline's
// dash, of the noun phrase just before the relative word at w: adjectives, nouns, numbers, hyphens
// and a place after "from" or "of" ("A 19-year-old from Leeds who …"); -1 otherwise.
func ledeRelativeHead(toks []token, w int) int {
	for q := w - 1; q >= 0 && w-q <= 8; q-- {
		t := toks[q]
		if t.Lower == "a" || t.Lower == "an" {
			if q == 0 || toks[q-1].Text == "—" || toks[q-1].Text == "-" || toks[q-1].Text == "--" {
				return q
			}
			return -1
		}
		if !(t.Tag == "JJ" || isNounTag(t.Tag) || t.Tag == "CD" || t.Tag == "HYPH" || t.Tag == "VBN" || t.Lower == "from" || t.Lower == "of") {
			return -1
		}
	}
	return -1
}

// claimsDeed reports whether a statement or accusation is a claim of responsibility or credit
// ("claimed responsibility on Thursday", "claimed credit for the attack", "took credit for the
// attack").
func claimsDeed(sents []sentence, ev rawEvent) bool {
	if ev.Type != schema.EventStatement && ev.Type != schema.EventAccusation || ev.Sent < 0 || ev.Sent >= len(sents) {
		return false
	}
	toks := sents[ev.Sent].Toks
	t := ev.Trigger
	if t < 0 || t+1 >= len(toks) || !strings.HasPrefix(toks[t].Lower, "claim") && !creditTaken(toks, t) {
		return false
	}
	return toks[t+1].Lower == "responsibility" || toks[t+1].Lower == "credit"
}

// firmTakenUp reports whether the words after the trigger at t are "(that) the <company word>"
// ("alleging that the firm operated …").
func (x *Extractor) firmTakenUp(toks []token, t int) bool {
	j := t + 1
	if j < len(toks) && toks[j].Lower == "that" {
		j++
	}
	if j+1 >= len(toks) || toks[j].Lower != "the" {
		return false
	}
	h := toks[j+1].Lower
	return x.cue.genHead[h] == schema.KindOrganization && !strings.HasSuffix(h, "s") && (j+2 >= len(toks) || !isNounTag(toks[j+2].Tag))
}

// amongVictims reads "X confirmed it was among the victims", "X was one of the targets": X is
// a victim of the nearest incident told before (within victimReach sentences) whose victims
// were left unnamed, else of the nearest one with a doer.
func amongVictims(sents []sentence, ms []mention, ents []entity, evs []rawEvent) {
	bySent := map[int][]int{}
	for k, m := range ms {
		if m.Entity >= 0 && (m.How == mkName || m.How == mkPronoun || m.How == mkDesc) {
			bySent[m.Sent] = append(bySent[m.Sent], k)
		}
	}
	for si := range sents {
		toks := sents[si].Toks
		for i := 1; i+2 < len(toks); i++ {
			w := toks[i].Lower
			if w != "was" && w != "were" && w != "is" && w != "are" {
				continue
			}
			j := i + 1
			switch {
			case toks[j].Lower == "among":
				j++
			case toks[j].Lower == "one" && j+1 < len(toks) && toks[j+1].Lower == "of":
				j += 2
			default:
				continue
			}
			if j < len(toks) && toks[j].Lower == "the" {
				j++
			}
			if j >= len(toks) || toks[j].Lower != "victims" && toks[j].Lower != "targets" {
				continue
			}
			victim := -1
			for _, k := range bySent[si] {
				if ms[k].Last == i {
					victim = ms[k].Entity
				}
			}
			if victim < 0 || victim >= len(ents) {
				continue
			}
			// the incident whose victims were left unnamed ("at least four countries") first,
			// else the nearest one
			best := -1
			for _, open := range []bool{true, false} {
				for k := len(evs) - 1; k >= 0 && best < 0; k-- {
					p := evs[k]
					if p.Sent >= si || familyOf(p.Type) == 0 || p.Negated {
						continue
					}
					if si-p.Sent > victimReach {
						break
					}
					if !open && len(p.Agent) == 0 || contains(p.Agent, victim) || open && len(p.Target) > 0 {
						continue
					}
					best = k
				}
			}
			if best >= 0 && !contains(evs[best].Target, victim) {
				evs[best].Target = append(evs[best].Target, victim)
			}
		}
	}
}

// victimReach is how many sentences back "X was among the victims" looks for the incident.
const victimReach = 6

// sameDoerVictim returns the victim of the incident nearest before evs[k], within reach
// sentences, that names a victim, when that incident is evs[k]'s doer's or has no doer (and
// the victim is not the doer itself); else nil. A ransom refused ("X did not pay the $4.5
// million the attackers demanded") names the victim as a ransom paid does (refusedRansom).
func sameDoerVictim(sents []sentence, evs []rawEvent, k, reach int) []int {
	a := evs[k]
	for j := k - 1; j >= 0 && a.Sent-evs[j].Sent <= reach; j-- {
		p := evs[j]
		if familyOf(p.Type) == 0 || p.Negated && !refusedRansom(sents, p) || len(p.Target) == 0 {
			continue
		}
		if (sameSet(p.Agent, a.Agent) || len(p.Agent) == 0) && !overlaps(p.Target, a.Agent) {
			return append([]int(nil), p.Target...)
		}
		return nil
	}
	return nil
}

// refusedRansom reports whether ev is a ransom its victim would not pay ("X did not pay the
// attackers", "X refused to pay"): what the doer does next, leaking the files, befalls that
// victim still. A gerund ("does not support paying a ransom") is a stance, no refusal.
func refusedRansom(sents []sentence, ev rawEvent) bool {
	if !ev.Negated || ev.Lemma != "pay" || len(ev.Target) == 0 || ev.Sent < 0 || ev.Sent >= len(sents) {
		return false
	}
	toks := sents[ev.Sent].Toks
	return ev.Trigger >= 0 && ev.Trigger < len(toks) && toks[ev.Trigger].Tag != "VBG"
}

// refuserIn returns who, in the sentence of ev, would not pay ("when the network refused to
// pay", "after Acme declined to pay", "Acme did not pay, and the gang published …"): the actor
// whose mention ends right before "refused to pay" or before an auxiliary and "not pay"; or
// -1. A ransom refused makes its refuser the victim of what the gang does next.
func (x *Extractor) refuserIn(sents []sentence, ms []mention, ents []entity, ev rawEvent) int {
	if ev.Sent < 0 || ev.Sent >= len(sents) {
		return -1
	}
	toks := sents[ev.Sent].Toks
	for i := 2; i < len(toks); i++ {
		if !x.cue.tokIs("payverb", &toks[i]) || toks[i].Tag == "VBG" {
			continue
		}
		j := i - 1 // the word before the refusal: "X refused to pay", "X did not pay"
		switch {
		case toks[j].Lower == "to" && x.cue.tokIs("refuseverb", &toks[j-1]):
			j -= 2
		case x.cue.tokIs("negation", &toks[j]) && x.auxTok(&toks[j-1]):
			j -= 2
		default:
			continue
		}
		for _, m := range ms {
			if m.Sent == ev.Sent && m.Last == j+1 && m.Entity >= 0 && m.Entity < len(ents) && !ents[m.Entity].Generic &&
				m.How != mkPronoun && !contains(ev.Agent, m.Entity) {
				return m.Entity
			}
		}
		if j >= 1 && toks[j-1].Lower == "the" && isNounTag(toks[j].Tag) {
			// "when the network refused to pay": the body named before whose name ends in
			// that noun ("Riverina Health Network")
			if e := namedByHead(ms, ents, ev.Sent, toks[j].Lower); e >= 0 && !contains(ev.Agent, e) {
				return e
			}
		}
	}
	return -1
}

// namedByHead returns the one entity named before sentence sent, and within placeWindow
// sentences, whose name ends in the common noun head ("the district" for "Fairview School
// District", "the network" for "Riverina Health Network"): the body a definite description
// takes up. It returns -1 when none is, or when two such entities are named in that span.
func namedByHead(ms []mention, ents []entity, sent int, head string) int {
	found := -1
	for _, m := range ms {
		if m.Sent >= sent || sent-m.Sent > placeWindow || m.How != mkName || m.Entity < 0 || m.Entity >= len(ents) || ents[m.Entity].Generic {
			continue
		}
		if ents[m.Entity].Kind == schema.KindPerson || finalWord(ents[m.Entity].Name) != head {
			continue
		}
		if found >= 0 && found != m.Entity {
			return -1
		}
		found = m.Entity
	}
	return found
}

// allOfKind reports whether es names at least one entity and every one of them is of kind
// ("every agent a person", "every target a country").
func allOfKind(ents []entity, es []int, kind schema.ActorKind) bool {
	for _, e := range es {
		if e < 0 || e >= len(ents) || ents[e].Kind != kind {
			return false
		}
	}
	return len(es) > 0
}

// datelineState returns the country that the dateline opening the story names ("CANBERRA —",
// "BRANDT HARBOUR, Vessaria —"), or -1.
func datelineState(sents []sentence, ms []mention, ents []entity) int {
	if len(sents) == 0 {
		return -1
	}
	toks := sents[0].Toks
	city, end := datelineEnd(toks)
	if end == 0 || end > len(toks) {
		return -1
	}
	for j := city; j < end; j++ {
		// "BRANDT HARBOUR, Vessaria —": the region after the place, read with it as no mention
		for k := range ents {
			if ents[k].Kind == schema.KindCountry && ents[k].Name == toks[j].Text {
				return k
			}
		}
	}
	for _, m := range ms {
		if m.Sent != 0 || m.Last > end || m.Entity < 0 || m.Entity >= len(ents) {
			continue
		}
		if e := ents[m.Entity]; e.Kind == schema.KindCountry {
			return m.Entity
		} else if e.Country != "" {
			// "CANBERRA —": the country the place lies in, when the story names it
			for k := range ents {
				if ents[k].Kind == schema.KindCountry && ents[k].Name == e.Country {
					return k
				}
			}
		}
	}
	return -1
}

// ledeState returns the country that opens the story's first sentence as its subject
// by its name ("Lithuania said on Thursday that …", "Norway on Wednesday expelled …"), or -1; a
// possessive ("Russia's hackers") is no subject, nor a demonym ("Australian officials said").
func ledeState(sents []sentence, ms []mention, ents []entity) int {
	if len(sents) == 0 {
		return -1
	}
	for _, m := range ms {
		if m.Sent != 0 {
			continue
		}
		if m.First != 0 || m.How != mkName || m.Entity < 0 || m.Entity >= len(ents) || ents[m.Entity].Kind != schema.KindCountry {
			return -1
		}
		if toks := sents[0].Toks; m.Last < len(toks) && (toks[m.Last].Tag == "POS" || toks[m.Last].Text == "'s" || toks[m.Last].Text == "’s") {
			return -1
		}
		return m.Entity
	}
	return -1
}

// governmentActs gives a sanction or legal step whose subject is a bare "the government" (no
// name: "the government quietly expelled a Russian diplomat", "said the government had expelled
// two diplomats") the state the story is filed from, as its dateline names it; an accusation
// whose verb takes a bare "the government" for its object ("accused the government of hiding
// the breach from Kestrel Bank") is aimed at that state, not at a name in its "of" phrase.
func governmentActs(sents []sentence, ms []mention, ents []entity, evs []rawEvent) {
	state := -2 // not looked up yet
	for k := range evs {
		ev := &evs[k]
		if ev.Sent < 0 || ev.Sent >= len(sents) {
			continue
		}
		toks := sents[ev.Sent].Toks
		if ev.Trigger < 2 || ev.Trigger >= len(toks) || !isVerbTag(toks[ev.Trigger].Tag) {
			continue
		}
		asTarget := false
		switch {
		case (ev.Type == schema.EventSanction || ev.Type == schema.EventLegal || ev.Type == schema.EventAccusation) && len(ev.Agent) == 0:
			j := ev.Trigger - 1
			for j > 1 && ev.Trigger-j <= 3 && (toks[j].Tag == "RB" || isBeHave(toks[j].Lower)) {
				j--
			}
			if toks[j].Lower != "government" || toks[j-1].Lower != "the" {
				continue
			}
		case ev.Type == schema.EventAccusation && len(ev.Agent) > 0:
			if !bareGovernment(toks, ev.Trigger+1) { // a target taken from the "of" phrase is not the accused
				continue
			}
			asTarget = true
		default:
			continue
		}
		if state == -2 {
			if state = datelineState(sents, ms, ents); state < 0 {
				state = ledeState(sents, ms, ents) // "Lithuania said on Thursday …": the state the story opens with
			}
		}
		if state < 0 {
			return
		}
		switch {
		case asTarget && !contains(ev.Agent, state):
			ev.Target = []int{state}
		case !asTarget && !contains(ev.Target, state):
			ev.Agent = []int{state}
		}
	}
}

// bareGovernment reports whether the tokens from j read "the government" with no name of whose
// it is after it ("the government of Karvia", "the government's"), ending its phrase; a quote
// after "of" opens the deed, not a name, whatever its tag ("the government of \"using …\"").
func bareGovernment(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].Lower != "the" || toks[j+1].Lower != "government" {
		return false
	}
	if j+2 < len(toks) {
		if w := toks[j+2]; w.Tag == "POS" || w.Text == "'s" || w.Text == "’s" || isNounTag(w.Tag) || w.Lower == "of" && j+3 < len(toks) && toks[j+3].Tag == "NNP" && !isQuote(toks[j+3].Text) {
			return false
		}
	}
	return true
}

// matchingMeasure reports whether the sanction noun at i is marked, right before it or past
// one more modifier ("matching cyber sanctions"), as the copy of one told before (cue
// matchingmeasure): "announced matching designations", "imposed parallel sanctions".
func (x *Extractor) matchingMeasure(toks []token, i int) bool {
	if i < 1 || i >= len(toks) || isVerbTag(toks[i].Tag) {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 2; j-- {
		if x.cue.tokIs("matchingmeasure", &toks[j]) {
			return true
		}
		if t := toks[j].Tag; t != "JJ" && t != "NN" && t != "VBG" {
			return false
		}
	}
	return false
}

// stepPatients returns the targets of the nearest legal step or sanction before evs[k], at most
// reach sentences back, that names some and none of evs[k]'s agents; nil otherwise.
func stepPatients(evs []rawEvent, k, reach int) []int {
	a := evs[k]
	for j := k - 1; j >= 0 && a.Sent-evs[j].Sent <= reach; j-- {
		p := evs[j]
		if p.Type != schema.EventLegal && p.Type != schema.EventSanction || p.Negated || len(p.Target) == 0 {
			continue
		}
		if overlaps(p.Target, a.Agent) {
			return nil
		}
		return append([]int(nil), p.Target...)
	}
	return nil
}

// copiedFrom gives a theft told only by a copying of data (rawEvent.Copied) whose doer the text
// only describes ("the attackers had copied a payroll database") the doer and victim of the
// nearest earlier incident within sameDoerReach sentences that names a victim: the attackers
// are that incident's, the data its victim's.
func copiedFrom(evs []rawEvent) {
	for k := range evs {
		a := &evs[k]
		if !a.Copied || len(a.Agent) > 0 || len(a.Target) > 0 {
			continue
		}
		for j := k - 1; j >= 0 && a.Sent-evs[j].Sent <= sameDoerReach; j-- {
			if p := evs[j]; familyOf(p.Type) != 0 && p.asserted() && len(p.Target) > 0 {
				a.Agent, a.Target = append([]int(nil), p.Agent...), append([]int(nil), p.Target...)
				break
			}
		}
	}
}

// entryIncidents turns a dated way in told without its parties (entryDeed, lemma entryLemma:
// "the hackers had gained entry in February", "the intruders got in during early July") into a
// break-in by the doer on the victim of the nearest earlier incident, within sameDoerReach
// sentences, that names both ("the attack on X had been carried out by Y … the hackers had gained
// entry in February"): the hackers are that incident's, the way in the start of their deed. It
// leaves the way in alone when a break-in with parties is told in or before its sentence within
// recallWindow, whose date entryMention gives it instead, and when the nearest incident is
// negated or hedged. An incident dated before the way in is another, earlier one: a way in
// starts the deed it opens (iso gives a time index's calendar value).
func entryIncidents(evs, dayDeeds []rawEvent, iso func(int) string) []rawEvent {
	var added []rawEvent
	for _, r := range dayDeeds {
		if r.Lemma != entryLemma || r.TimeIdx < 0 || !r.asserted() || toldBreakIn(evs, r) {
			continue
		}
		p := nearestIncident(evs, r, iso)
		if p < 0 || !evs[p].asserted() {
			continue
		}
		ev := rawEvent{Type: schema.EventIntrusion, Lemma: entryLemma, Sent: r.Sent, Trigger: r.Trigger, TimeIdx: r.TimeIdx, TimeText: r.TimeText, Conf: 0.6}
		ev.Agent, ev.Target = append([]int(nil), evs[p].Agent...), append([]int(nil), evs[p].Target...)
		added = append(added, ev)
	}
	return append(evs, added...)
}

// toldBreakIn reports whether a break-in naming a party is told in the sentence of the way in r
// or in the recallWindow sentences before it.
func toldBreakIn(evs []rawEvent, r rawEvent) bool {
	for _, o := range evs {
		if o.Type == schema.EventIntrusion && len(o.Agent)+len(o.Target) > 0 && o.Sent <= r.Sent && o.Sent >= r.Sent-recallWindow {
			return true
		}
	}
	return false
}

// nearestIncident returns the index in evs of the incident (familyOf 1: a break-in, an attack,
// spying) naming both its doer and its victim told last before the way in r, in its sentence
// before its verb or within sameDoerReach sentences before, and not dated before it, or -1.
func nearestIncident(evs []rawEvent, r rawEvent, iso func(int) string) int {
	best := -1
	when := iso(r.TimeIdx)
	for k, o := range evs {
		if familyOf(o.Type) != 1 || o.Sent > r.Sent || o.Sent == r.Sent && o.Trigger > r.Trigger || r.Sent-o.Sent > sameDoerReach {
			continue
		}
		if len(o.Agent) == 0 || len(o.Target) == 0 || overlaps(o.Agent, o.Target) {
			continue
		}
		if o.TimeIdx >= 0 {
			if t := iso(o.TimeIdx); t != "" && when != "" && t < when && !datesAgree(t, when) {
				continue // "the December 2015 attack" is no deed a way in of February 2017 opened
			}
		}
		if best < 0 || o.Sent > evs[best].Sent || o.Sent == evs[best].Sent && o.Trigger > evs[best].Trigger {
			best = k
		}
	}
	return best
}

// ownedCopies drops a theft told only by a copying of data (rawEvent.Copied) for which no
// victim was found: copying data whose owner the text does not give tells of no theft. It also
// drops one whose opening pronoun was not settled on an incident's doer (rawEvent.OwnCopy):
// "Over four days they downloaded records" with "they" still standing for a firm or a body,
// which copies its own data or, investigating, another's (copierDoer).
func ownedCopies(evs []rawEvent) []rawEvent {
	out := evs[:0]
	for _, ev := range evs {
		if ev.Copied && (len(ev.Target) == 0 || ev.OwnCopy) {
			continue
		}
		out = append(out, ev)
	}
	return out
}

// victimAfterIncident reports whether the incident noun at n is followed by "on", "at" or
// "against" and a capitalised word that is no day or month ("the ransomware attack on Corlin
// Bank", not "the breach on Monday"): the incident names its own victim.
func (x *Extractor) victimAfterIncident(toks []token, n int) bool {
	for n+1 < len(toks) && isNounTag(toks[n+1].Tag) && !isCap(toks[n+1].Text) {
		n++ // "the ransomware attack": the head ends the compound
	}
	if n+2 >= len(toks) {
		return false
	}
	switch toks[n+1].Lower {
	case "on", "at", "against":
	default:
		return false
	}
	return isCap(toks[n+2].Text) && !x.cue.tokIs("calendar", &toks[n+2])
}

// probedIncident gives an investigation into a deed told before ("opened an investigation into
// the breach", "has launched an inquiry into the attack") the deed's victim for its target: an
// inquiry that names no party but a definite incident is taken against the one the incident
// struck. The latest deed of the incident's family before it, with a single target, is the one
// meant; none, or one with several, leaves the inquiry as it is.
func (x *Extractor) probedIncident(sents []sentence, evs []rawEvent) {
	for k := range evs {
		a := &evs[k]
		if a.Type != schema.EventLegal || len(a.Target) > 0 || a.Sent < 0 || a.Sent >= len(sents) {
			continue
		}
		switch a.Lemma {
		case "investigation", "inquiry", "probe":
		default:
			continue
		}
		toks := sents[a.Sent].Toks
		if a.Trigger+2 >= len(toks) || toks[a.Trigger+1].Lower != "into" {
			continue
		}
		n := x.definiteIncident(toks, a.Trigger+2, "")
		if n < 0 || n+1 < len(toks) && toks[n+1].Lower == "of" {
			continue // "into the breach of X" names its own victim
		}
		if x.victimAfterIncident(toks, n) {
			continue // "into the ransomware attack on X": the incident names its own victim
		}
		fam := x.incidentFamily(toks[n].Lower)
		for j := k - 1; j >= 0; j-- {
			b := evs[j]
			if b.Sent > a.Sent || b.Negated || familyOf(b.Type) == 0 || fam > 0 && familyOf(b.Type) != fam {
				continue
			}
			if len(b.Target) == 1 && !contains(a.Agent, b.Target[0]) {
				a.Target = []int{b.Target[0]}
			}
			break
		}
	}
}

// benchNeverPleads gives a plea whose pleader coreference took for a judge ("Judge X sentenced
// Y to four years. He had pleaded guilty in April", "Y listened as Judge X imposed the term.
// He had pleaded guilty in June") the defendant instead: one who pleads stands before the
// bench, never sits on it. The defendant is the plea's own target when it has one (taken from
// the step before), else the one a legal step of that judge within continueReach sentences
// before fell on; with neither, the plea keeps no pleader. Only a pronoun pleader is taken for
// a mistake ("He had pleaded"): a judge named as pleading ("Judge X, a former colleague,
// pleaded guilty to leaking records") is a defendant too, and keeps the plea. The plea's target
// stands in only when it is one person other than the judge.
func benchNeverPleads(sents []sentence, ents []entity, evs []rawEvent) {
	for k := range evs {
		a := &evs[k]
		if a.Type != schema.EventLegal || a.Lemma != "plead" || len(a.Agent) != 1 || !onBench(ents, a.Agent[0]) || !pronounSubject(sents, *a) {
			continue
		}
		judge := a.Agent[0]
		if len(a.Target) == 1 && a.Target[0] != judge && a.Target[0] >= 0 && a.Target[0] < len(ents) && ents[a.Target[0]].Kind == schema.KindPerson {
			a.Agent, a.Target = a.Target, nil
			continue
		}
		a.Agent = nil
		for j := k - 1; j >= 0 && a.Sent-evs[j].Sent <= continueReach; j-- {
			if p := evs[j]; p.Type == schema.EventLegal && contains(p.Agent, judge) && len(p.Target) > 0 && !contains(p.Target, judge) {
				a.Agent = append([]int(nil), p.Target...)
				break
			}
		}
	}
}

// pronounSubject reports whether a personal pronoun stands right before ev's verb, past its
// adverbs and auxiliaries ("He had pleaded"): the subject coreference resolved.
func pronounSubject(sents []sentence, ev rawEvent) bool {
	if ev.Sent < 0 || ev.Sent >= len(sents) {
		return false
	}
	toks := sents[ev.Sent].Toks
	j := ev.Trigger - 1
	for j >= 0 && j < len(toks) && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || isBeHave(toks[j].Lower)) {
		j--
	}
	return j >= 0 && j < len(toks) && toks[j].Tag == "PRP"
}

// onBench reports whether entity e was given the title of a judge or magistrate.
func onBench(ents []entity, e int) bool {
	if e < 0 || e >= len(ents) || ents[e].Kind != schema.KindPerson {
		return false
	}
	t := ents[e].Titles
	return strings.Contains(t, "judge") || strings.Contains(t, "magistrate")
}
