package extract

import (
	"strings"

	"github.com/intelgraph/intelgraph/extract/timex"
	"github.com/intelgraph/intelgraph/schema"
)

// commonSubject reports whether toks (what follows a reporting verb up to another verb) opens
// with a determiner and a common noun, or with a bare plural one after any adjectives: "said the
// intruders were", "said unknown attackers had stolen", not "said on Monday it".
func commonSubject(toks []token) bool {
	if len(toks) >= 2 && toks[0].Tag == "DT" && (toks[1].Tag == "NN" || toks[1].Tag == "NNS" || toks[1].Tag == "JJ") {
		return true
	}
	k := 0
	for k < len(toks) && k < 3 && toks[k].Tag == "JJ" {
		k++
	}
	return k+1 < len(toks) && toks[k].Tag == "NNS"
}

// directedAt returns the mention after "against", "targeting" or "aimed/directed/targeted at" that
// ends the noun phrase chain begun by the trigger noun at i (prepositional phrases, adjectives,
// nouns and participles, within 10 tokens and the trigger's clause; or a passive the noun is
// the subject of: "a lawsuit was filed against X"), or -1. A finite verb, a comma or another
// clause ends the search.
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
			if x.cue.tokIs("aimedword", &toks[j-1]) {
				return x.headOrDemonym(c, j+1)
			}
		}
		switch {
		case x.cue.tokIs("be", &w) && j+2 < len(toks) && x.cue.tokIs("aimedword", &toks[j+1]) && toks[j+2].Lower == "at":
			// "the emails were targeted at X", "the attacks were aimed at X"
		case j == i+1 && x.cue.tokIs("be", &w) && j+1 < len(toks) && toks[j+1].Tag == "VBN":
			// "a lawsuit was filed against X", "an attack was launched against X": the noun is
			// the passive's subject, and what it is brought against follows the participle
		case j == i+1 && perfectHave(w.Lower) && nounPassive(toks, i):
			// "five class actions have been filed against X": the same passive in the perfect
		case w.Tag == "VBD" || w.Tag == "VBZ" || w.Tag == "VBP" || w.Tag == "MD" || w.Tag == "WDT" || w.Tag == "," || w.Text == ",":
			return -1
		}
	}
	return -1
}

// incidentAntecedent reports whether the relative pronoun at j follows an incident noun no name
// covers, a comma perhaps between, that a verb of saying reports: "said the attack, which
// compromised …", "said that the breach, which exposed …".
func (x *Extractor) incidentAntecedent(c *sentCtx, j int) bool {
	toks := c.s.Toks
	a := j - 1
	if a >= 0 && toks[a].Text == "," {
		a--
	}
	if a < 0 || c.at[a] >= 0 || !isNounTag(toks[a].Tag) || !x.incidentNoun(toks[a].Lower) {
		return false
	}
	// the incident is what a speaker reports ("said (that) the attack, which …"): its doer is
	// not the speaker; "X launched an attack, which crippled Y" keeps X
	b := beforeIncidentNP(c, a)
	if b >= 0 && toks[b].Lower == "that" {
		b--
	}
	if b >= 0 && (toks[b].Lower == "over" || toks[b].Lower == "for") && x.liableStep(c, b) >= 0 {
		return true // "fined X over a cyberattack that exposed …": the fined one suffered the incident
	}
	return b >= 0 && isVerbTag(toks[b].Tag) && x.cue.tokIs("reporting", &toks[b])
}

// beforeIncidentNP returns where the words before the incident noun at a end that open its
// noun phrase (articles, adjectives, numbers, common nouns, a possessive pronoun; at most
// maxReportedNP back, no name among them): the word that governs the phrase, or -1.
func beforeIncidentNP(c *sentCtx, a int) int {
	toks := c.s.Toks
	b := a - 1
	for b >= 0 && a-b <= maxReportedNP && c.at[b] < 0 && (toks[b].Tag == "DT" || toks[b].Tag == "JJ" || toks[b].Tag == "CD" || toks[b].Tag == "NN" || toks[b].Tag == "NNS" || toks[b].Tag == "PRP$") {
		b--
	}
	return b
}

// liableStep returns where a step that holds its object liable for what befell it (cue
// liablestep: a fine, a penalty, a lawsuit) stands when it governs the "over" or "for" at p,
// its object and at most an amount between, in p's clause ("fined X £2m over", "imposed a
// penalty on X for", "sued X over"), else -1: the incident the phrase names is one the object
// suffered, not did, unlike a sanction's or a charge's ("sanctioned X over a cyberattack that
// crippled Y").
func (x *Extractor) liableStep(c *sentCtx, p int) int {
	toks := c.s.Toks
	for j := p - 1; j >= 0 && p-j <= liableReach && c.clause[j] == c.clause[p]; j-- {
		if x.cue.tokIs("liablestep", &toks[j]) {
			return j
		}
		if toks[j].Text == "," || isTensedTag(toks[j].Tag) && c.at[j] < 0 {
			return -1
		}
	}
	return -1
}

// liableVictim returns the one a liable step holds to account for the incident noun at i that
// its "over" or "for" phrase names ("fined X over a data breach", "sued X for the breach"): the
// first name after the step, before the phrase, which suffered the incident; -1 otherwise.
func (x *Extractor) liableVictim(c *sentCtx, i int) int {
	toks := c.s.Toks
	b := beforeIncidentNP(c, i)
	if b < 0 || toks[b].Lower != "over" && toks[b].Lower != "for" {
		return -1
	}
	s := x.liableStep(c, b)
	if s < 0 {
		return -1
	}
	for j := s + 1; j < b; j++ { // the step's object, not a court or place after it ("sued X in the High Court over")
		if m := c.at[j]; m >= 0 {
			if c.ms[m].Entity < 0 || c.ms[m].Possessive || c.ms[m].How == mkPronoun {
				return -1
			}
			return c.ms[m].Entity
		}
	}
	return -1
}

// liableReach bounds the words liableStep looks back over from "over" or "for" to the step
// ("imposed a penalty of £450,000 on Delmont Software for").
const liableReach = 10

// incidentNoun reports whether w is the noun of an incident ("attack", "breach"), not a verb.
func (x *Extractor) incidentNoun(w string) bool {
	tr, ok := x.lex.lookup(w, false)
	return ok && incident(tr.Type) && !tr.Verb
}

// maxReportedNP bounds the words before an incident noun incidentAntecedent steps over to the
// verb that reports it ("said the 2023 ransomware attack").
const maxReportedNP = 4

// subject finds the agent of the verb at i (clauseSubject), or -1 when the sentence names
// that agent before i only as the addressee of a disclosure fronted before the clause
// (onlyAddressee).
func (x *Extractor) subject(c *sentCtx, i int) int {
	e := x.clauseSubject(c, i)
	if e >= 0 && c.onlyAddressee(e, i) {
		return -1 // "In a statement to X, the company said it had notified Y": X is told, not the teller
	}
	if e >= 0 && c.s.Toks[i].Tag != "VBG" && c.onlyReturner(e, i) {
		return -1 // "The indictment, returned by a grand jury, accuses X": the indictment, not the jury
	}
	return e
}

// onlyReturner reports whether every mention of entity e before token i in the sentence is a
// grand jury that returned an indictment ("…, returned by a grand jury in X,"; returnedBy), and
// one is: the body in the participle's phrase, not the subject of the finite verb after it (a
// "charging" participle after the phrase tells the jury's own step).
func (c *sentCtx) onlyReturner(e, i int) bool {
	found := false
	for _, m := range c.ms {
		if m.Entity != e || m.First >= i {
			continue
		}
		if !m.Returner {
			return false
		}
		found = true
	}
	return found
}

// onlyAddressee reports whether every mention of entity e before token i in the sentence is
// the addressee of a disclosure fronted before the clause (mention.Addressee), and one is.
func (c *sentCtx) onlyAddressee(e, i int) bool {
	found := false
	for _, m := range c.ms {
		if m.Entity != e || m.First >= i {
			continue
		}
		if !m.Addressee {
			return false
		}
		found = true
	}
	return found
}

// clauseSubject finds the subject of the verb at i for subject: the nearest name to the left
// in the same clause that is not the object of a preposition; else a resolved pronoun; else
// the antecedent of a relative pronoun ("…, which had been accused").
func (x *Extractor) clauseSubject(c *sentCtx, i int) int {
	toks := c.s.Toks
	if e, ok := x.saidGap(c, i); ok {
		return e // "three firms it said had hacked X": the firms, not the one saying so
	}
	if x.askedDoer(toks, i) {
		return -1 // "would not say who had hacked X": the one asked about, not the speaker
	}
	if i > 0 && toks[i].Tag == "VBG" && isTensedTag(toks[i-1].Tag) && x.cue.tokIs("ingverb", &toks[i-1]) && c.clause[i-1] == c.clause[i] && (x.subjectRightBefore(c, i-1) || x.coordinatedSubject(c, i-1)) {
		// "X, a former Y engineer, admitted spying for Z": X, whose verb it completes; "X alerted Y
		// and began notifying customers": X, the subject of the verb "began" is coordinated with
		return x.subject(c, i-1)
	}
	if v := x.spentDoing(c, i); v >= 0 && (x.subjectRightBefore(c, v) || x.coordinatedSubject(c, v)) {
		return x.subject(c, v) // "X breached Y in May and spent weeks stealing files": X
	}
	if e, ok := x.controller(c, i); ok {
		return e
	}
	if e := x.openingDocIssuer(c, i); e >= 0 {
		return e // "In a report shared with The Ledger and published on Monday, X said …": X published it
	}
	if v := x.adjunctMain(c, i); v >= 0 {
		return x.subject(c, v)
	}
	if v := x.meansMain(c, i); v >= 0 {
		if toks[v].Tag == "VBN" && x.passiveAux(c, v) {
			return -1 // "the network was breached by exploiting a flaw": the passive's unnamed doer
		}
		return x.subject(c, v) // "hackers entered X's network by compromising …": not X
	}
	if e := x.frontedAdjunctDoer(c, i); e >= 0 {
		return e
	}
	if x.incidentRelativeHead(c, i) {
		return -1 // "The attack, which the company said began on a Saturday, encrypted …": the attack, not the company
	}
	if e := x.beforeAppositive(c, i); e >= 0 {
		return e
	}
	if e, ok := x.participleAsideHead(c, i); ok {
		return e // "X, accused of hacking Y, was arrested": X, not Y
	}
	if e, ok := x.conjunctSubject(c, i); ok {
		return e
	}
	if e := x.reducedRelativeHead(c, i); e >= 0 {
		return e
	}
	if e, ok := x.describedSuspectHead(c, i); ok {
		return e // "Two men accused of hacking X were arrested": the men, not X
	}
	if e := x.accusedPrincipal(c, i); e >= 0 {
		return e // "accused hackers working for X of breaking into Y": X's deed, not the accuser's
	}
	if e, ok := x.accusedPronounDoer(c, i); ok {
		return e // "sanctioned two firms, accusing them of hacking X": what "them" stands for, not the accuser
	}
	if x.ingAfterObject(c, i) {
		return -1
	}
	if e, ok := x.pastSubjectRelative(c, i); ok {
		return e // "The gang that hit Acme last year breached Beta Bank": the gang, not Acme
	}
	if e := x.documentRelative(c, i); e >= 0 {
		return e // "published guidance on Thursday that warned banks": the publisher
	}
	if e, ok := x.describedRelative(c, i); ok {
		return e // "a cluster that targeted telecoms": the cluster, not a name further back
	}
	fallback, prepFallback, placed, byAgent, locale, reported := -1, -1, false, false, false, false
	ownedByPerson := false // the fallback is a person's "her" before a noun: "said her government had warned"
	employed := false      // the fallback is the employer of a person's "his agency"
	// "a ransomware attack encrypted its records": the verb's subject is an incident noun,
	// not a name further back; so is the antecedent of "which" or "that" right before it ("said
	// the attack, which compromised the accounts, was …")
	for j := i - 1; j >= 0 && c.clause[j] == c.clause[i]; j-- {
		if toks[j].Tag == "RB" || toks[j].Tag == "MD" || x.auxTok(&toks[j]) {
			continue
		}
		if (toks[j].Lower == "which" || toks[j].Lower == "that") && x.incidentAntecedent(c, j) {
			return -1
		}
		if (toks[i].Tag == "VBD" || toks[i].Tag == "VBP") && !x.cue.tokIs("reporting", &toks[i]) && (c.at[j] < 0 || c.ms[c.at[j]].How == mkGeneric) && x.contactRelative(toks, j) {
			return -1 // "X overlaps with activity other researchers attribute to Y": the unnamed researchers, not X
		}
		if c.at[j] < 0 && isNounTag(toks[j].Tag) {
			if x.incidentNoun(toks[j].Lower) {
				return -1
			}
			if e := x.speakerStaff(c, j); e >= 0 {
				return e // "Police said officers had arrested a man": the speaking body's own people
			}
			if x.cue.genHead[toks[j].Lower] == schema.KindGroup && toks[j].Tag == "NNS" && toks[i].Tag != "VBN" && toks[i].Tag != "VBG" {
				k := j - 1
				for k >= 0 && c.at[k] < 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "HYPH") {
					k--
				}
				if k >= 0 && k == j-1 && c.at[k] >= 0 {
					if n := c.ms[c.at[k]]; n.How == mkName && n.Kind == schema.KindGroup && !n.Possessive {
						return n.Entity // "Al-Shabaab fighters attacked …": the group the name before the people names
					}
				}
				if k < 0 || toks[k].Tag != "POS" && (c.at[k] < 0 || !c.ms[c.at[k]].Possessive) {
					return -1 // "months after hackers stole …": the described actors, not a name further back
				}
			}
			if x.ownClauseSubject(toks, j, i) && !x.cue.tokIs("reporting", &toks[i]) {
				return -1 // "X lost $3 million when thieves hacked its accounts": the clause's own unnamed subject
			}
			if x.unnamedThatSubject(c, j, i) {
				return -1 // "X warned in May that foreign actors were targeting Y": the unnamed actors, not the warner
			}
			if x.ownPassiveThing(c, j, i) {
				return -1 // "X told Y that intruders were inside its network, before files were encrypted": the files, no name before
			}
		}
		break
	}
	if x.participialAside(c, i) {
		return -1 // "The complaint, filed in federal court in Ostby, alleges": the complaint, not the court or town
	}
	start := i - 1
	if p := x.reducedRelative(c, i); p >= 0 {
		start = p - 1 // "officers working against Y uncovered": Y is inside the participial phrase
	} else if p := x.ingAside(c, i); p >= 0 {
		start = p - 1 // "CISA, working with the FBI and HHS, warned": the phrase set off keeps company with the subject
	} else if p := x.parentheticalSpeaker(c, i); p >= 0 {
		start = p - 1 // "Bureau agents, she said, notified X": the speaker set between commas does not do it
	}
	for j := start; j >= 0; j-- {
		if c.clause[j] != c.clause[i] {
			break
		}
		k := c.at[j]
		if k < 0 {
			if j < i-1 && isVerbTag(toks[j].Tag) && (toks[j].Tag != "VBG" || j > 0 && toks[j-1].Text == ",") && toks[j].Tag != "VBN" && x.cue.tokIs("reporting", &toks[j]) && (commonSubject(toks[j+1:i]) || employed || ownedByPerson) {
				reported = true
				break // "Valcom said the intruders were expelled": the speaker is not the subject
			}
			continue
		}
		m := c.ms[k]
		j = m.First
		if m.First == 0 && c.s.Index == 0 {
			if _, end := datelineEnd(toks); end > 0 {
				break // "DENVER - Prosecutors charged …": the place the story was filed from does nothing
			}
		}
		if m.Entity < 0 && m.How == mkDesc && !m.Possessive && fallback < 0 && prepFallback < 0 && !attributedTo(toks, m.First) &&
			!(m.First > 0 && x.cue.tokIs("preposition", &toks[m.First-1])) {
			return -1 // "whether the same group had hit …": an unresolved description is the subject, not a name further back
		}
		if m.Entity < 0 || attributedTo(toks, m.First) {
			continue // "according to the agency, the intruders stole": the source does nothing
		}
		if m.Entity < len(c.ents) && c.ents[m.Entity].Kind == schema.KindPlace && (m.NounMod || x.partOfCountry(toks, m.Last)) {
			continue // "the militants, active in the Ostra and Velmi regions, attacked": places name the regions
		}
		if m.Possessive {
			// "Kaspersky's systems were hacked": the possessor, if nothing better; "Karsovia's
			// embassy in Morvania dismissed": the possessor rather than the place
			if m.First > 1 && toks[m.First-1].Lower == "of" && (toks[m.First-2].Tag == "CD" || partitive[toks[m.First-2].Lower]) {
				continue // "five of Carvania's largest news organisations filed": some of its members, not the state
			}
			if fallback < 0 {
				fallback = m.Entity
				if m.How == mkPronoun && m.Entity < len(c.ents) && c.ents[m.Entity].Employer > 0 && m.Last < len(toks) && (x.cue.tokIs("workplace", &toks[m.Last]) || x.cue.tokIs("staffword", &toks[m.Last]) || x.cue.tokIs("staffnoun", &toks[m.Last])) {
					// "Halvorsen said his agency had arrested …", "… said her staff had alerted X",
					// "… said his engineers notified X": the body they work for
					fallback = c.ents[m.Entity].Employer - 1
					employed = true
				} else if m.How == mkPronoun && m.Entity < len(c.ents) && c.ents[m.Entity].Kind == schema.KindPerson && m.Last < i && isNounTag(toks[m.Last].Tag) {
					ownedByPerson = true
				}
			}
			if fallback == m.Entity && m.How == mkPronoun && m.Head == "its" && x.ownedSubject(toks, m.Last, i) {
				return fallback // "X, a Texas firm, paid after its servers were locked": whose servers, not a name before
			}
			continue
		}
		if m.First > 0 && m.Last < len(toks) && toks[m.First-1].Text == "(" && toks[m.Last].Text == ")" {
			continue // "X of the Security Service (SIS) testified": an acronym in brackets
		}
		if x.formerStaff(toks, m) {
			// the analyst, as the article names him; else -1: "a former X analyst passed files": the
			// analyst, no longer X's
			return c.genEntity(m.Last)
		}
		if r := x.formerPostOf(toks, m); r >= 0 {
			return c.genEntity(r) // "a former deputy director of X told …": the director, no longer X's
		}
		if m.How == mkPronoun && m.First > 1 && toks[m.First-1].Lower == "of" && (toks[m.First-2].Tag == "CD" || partitive[toks[m.First-2].Lower] || toks[m.First-2].Lower == "each") {
			return -1 // "one of them said": one unnamed member speaks, not what "them" stood for
		}
		if m.First > 0 && x.cue.tokIs("preposition", &toks[m.First-1]) || m.First > 1 && toks[m.First-1].Lower == "the" && x.cue.tokIs("preposition", &toks[m.First-2]) {
			if prepFallback < 0 && x.staffBefore(c, m, i) {
				return m.Entity // "X's servers were breached, researchers at Y said": Y's people speak, not X
			}
			if prepFallback < 0 || locale && !x.locale(c, m) {
				// "a spokesperson for the Chinese Embassy in Washington said": the embassy, not
				// the city that places it
				prepFallback = m.Entity
				placed = toks[m.First-1].Lower == "in" || toks[m.First-1].Lower == "at"
				byAgent = toks[m.First-1].Lower == "by"
				locale = x.locale(c, m) // "the Russian embassy in Canberra dismissed": the city only places the subject
			}
			continue
		}
		return m.Entity
	}
	if reported && ownedByPerson {
		return -1 // "X said her government had warned Y": the government, not X, nor a name before
	}
	if prepFallback >= 0 && byAgent {
		return prepFallback // "X's software was used by Y to steal": the agent of the passive
	}
	if fallback >= 0 {
		return fallback // "X's embassy in Y denied": the possessor before a place after a preposition
	}
	if prepFallback >= 0 && !(placed && x.passiveAux(c, i)) && !locale {
		return prepFallback // "arrested in Ostreva and will be extradited": not Ostreva
	}
	if reported {
		return -1 // "X, who said the intruders had …": nor is the antecedent of the speaker's "who"
	}
	// relative clause: the name right before ", which/who"
	first := i
	for first > 0 && c.clause[first-1] == c.clause[i] {
		first--
	}
	if first > 0 && first < len(toks) && (toks[first].Lower == "which" || toks[first].Lower == "who") {
		if unnamedAntecedent(c, first) {
			return -1 // "X said the hackers, who breached Y, …": the unnamed hackers, not X
		}
		for p := i - 1; p > first; p-- {
			if toks[p].Text == "," {
				if commonSubject(toks[p+1 : i]) {
					return -1 // "X, who broke the story, the operation stole": the relative clause has ended
				}
				break
			}
		}
		for j := first - 1; j >= 0 && first-j <= 7; j-- {
			if k := c.at[j]; k >= 0 && c.ms[k].Entity >= 0 && toks[first].Lower == "who" && c.placedIn(k) {
				j = c.ms[k].First
				continue // "X, a programmer in Lisbon, who hacked …": no place is a "who"
			}
			if k := c.at[j]; k >= 0 && c.ms[k].Entity >= 0 {
				m := c.ms[k]
				if e := x.appositiveModifier(c, m, first-1); e >= 0 {
					return e
				}
				if toks[first].Lower == "who" && m.Entity < len(c.ents) && c.ents[m.Entity].Kind != schema.KindPerson {
					if e := personBeforeApposition(c, m.First); e >= 0 {
						return e // "Ren Adachi, a researcher at Kestrel Labs, who reported …": the researcher
					}
				}
				if m.Possessive || m.First > 0 && x.cue.tokIs("preposition", &toks[m.First-1]) {
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

// unnamedAntecedent reports whether the "who" or "which" at first, after a comma, takes up a
// common noun phrase that names no actor and is itself the subject or object of a verb ("X said
// the hackers, who stole …", "X expelled the intruders, who had …"): a determiner or bare
// plural right after a verb or "that", not a phrase after a preposition ("a spokesperson for the
// field office, who …") nor one set beside a name ("Kestrel, a Lisbon firm, which …").
func unnamedAntecedent(c *sentCtx, first int) bool {
	toks := c.s.Toks
	h := first - 2 // the head noun before the comma
	if h < 1 || toks[first-1].Text != "," || (toks[h].Tag != "NN" && toks[h].Tag != "NNS") {
		return false
	}
	if k := c.at[h]; k >= 0 && c.ms[k].Entity >= 0 {
		return false
	}
	p := h - 1
	for p >= 0 && (toks[p].Tag == "JJ" || toks[p].Tag == "NN" || toks[p].Tag == "NNS" || toks[p].Tag == "CD") && c.at[p] < 0 {
		p--
	}
	if p >= 0 && toks[p].Tag == "DT" {
		p--
	}
	if p < 0 {
		return false
	}
	return isVerbTag(toks[p].Tag) && toks[p].Tag != "VBG" || toks[p].Lower == "that"
}

// personBeforeApposition returns the person named right before the comma that opens the apposition the
// token at j stands in ("Ren Adachi, a researcher at Kestrel Labs, who …": Ren Adachi for the
// lab at j), or -1 when no such comma comes first within appositionReach tokens, a verb stands
// between, or the name before it is no person's.
func personBeforeApposition(c *sentCtx, j int) int {
	toks := c.s.Toks
	for p := j - 1; p > 0 && j-p <= appositionReach; p-- {
		if isVerbTag(toks[p].Tag) && toks[p].Tag != "VBN" {
			return -1
		}
		if toks[p].Text != "," {
			continue
		}
		k := c.at[p-1]
		if k < 0 || c.ms[k].Entity < 0 || c.ms[k].Entity >= len(c.ents) || c.ents[c.ms[k].Entity].Kind != schema.KindPerson {
			return -1
		}
		return c.ms[k].Entity
	}
	return -1
}

// speakerStaff returns the body whose people the bare plural at j names when it is the subject
// of a clause that body tells ("Police said on Friday that officers had arrested a man", "The
// agency said investigators contained the intrusion", "X revealed yesterday that detectives had
// arrested a man": cue staffword or bodystaff, right after the reporting verb or one of cue
// staffteller, a time or "that"), or -1.
func (x *Extractor) speakerStaff(c *sentCtx, j int) int {
	toks := c.s.Toks
	if toks[j].Tag != "NNS" || !x.cue.tokIs("staffword", &toks[j]) && !x.cue.tokIs("bodystaff", &toks[j]) {
		return -1
	}
	for k := j - 1; k >= 0 && j-k <= 6; k-- {
		if c.at[k] >= 0 {
			return -1
		}
		t := toks[k]
		if isVerbTag(t.Tag) && t.Tag != "VBN" && t.Tag != "VBG" && (x.cue.tokIs("reporting", &t) || x.cue.tokIs("staffteller", &t)) {
			if e := x.subject(c, k); e >= 0 && e < len(c.ents) && bodyKind(c.ents[e].Kind) {
				return e
			}
			return -1
		}
		if !(t.Lower == "that" || t.Lower == "on" || t.Lower == "," || t.Tag == "NNP" || t.Tag == "CD" || t.Tag == "RB" || x.staffTimeWord(t)) {
			return -1
		}
	}
	return -1
}

// staffTimeWord reports whether t is a word of a short time phrase that may stand between a
// reporting verb and the people its body sent ("said yesterday that officers …", "revealed on
// Tuesday evening that detectives …", "said last week investigators …"): a calendar word
// (cue calendar), a part of the day (cue daypart), or a word of "yesterday", "today" or "last
// week" (cue recenttime).
func (x *Extractor) staffTimeWord(t token) bool {
	return x.cue.tokIs("recenttime", &t) || x.cue.tokIs("calendar", &t) || x.cue.tokIs("daypart", &t)
}

// appositiveModifier reads a name that only modifies the common noun heading an apposition
// closed by the comma at end ("X, a Portland security firm, which notified Y": Portland places
// the firm; "X, an Acme subsidiary, which"): the apposition describes the name before its own
// comma, and that name is what the relative clause after end is about. It returns that name's
// entity, or -1.
func (x *Extractor) appositiveModifier(c *sentCtx, m mention, end int) int {
	toks := c.s.Toks
	if end >= len(toks) || toks[end].Text != "," || m.Last+1 >= end || m.Possessive {
		return -1
	}
	for k := m.Last + 1; k < end; k++ {
		if t := toks[k].Tag; c.at[k] >= 0 || t != "NN" && t != "NNS" && t != "JJ" && t != "HYPH" {
			return -1 // "a unit of Y, which": Y heads a phrase of its own
		}
	}
	if !isNounTag(toks[end-1].Tag) {
		return -1
	}
	d := m.First - 1
	for d > 0 && toks[d].Tag == "JJ" {
		d--
	}
	if d < 2 || !x.cue.tokIs("article", &toks[d]) || toks[d-1].Text != "," {
		return -1
	}
	if e := c.plainName(d - 2); e != m.Entity {
		return e
	}
	return -1
}

// plainName returns the entity of the name, not a possessive, covering token j ("X" in "X, a
// gang that …"), or -1.
func (c *sentCtx) plainName(j int) int { return c.plainMention(j, mkName) }

// plainMention returns the entity of the mention of kind how, not a possessive, covering token j
// (a name, or a definite description: "the agency"), or -1.
func (c *sentCtx) plainMention(j int, how mentionKind) int {
	if j < 0 || j >= len(c.at) {
		return -1
	}
	if k := c.at[j]; k >= 0 && c.ms[k].How == how && c.ms[k].Entity >= 0 && !c.ms[k].Possessive {
		return c.ms[k].Entity
	}
	return -1
}

// genAt returns the index in c.gen.ms of the description covering token i, or -1.
func (c *sentCtx) genAt(i int) int {
	if c.gen == nil || i < 0 || i >= len(c.gen.at) {
		return -1
	}
	return c.gen.at[i]
}

// genEntity returns the entity of the described actor at token i (genAt), or -1 when none is
// there or it was found to be no one.
func (c *sentCtx) genEntity(i int) int {
	if g := c.genAt(i); g >= 0 && c.gen.ms[g].Entity >= 0 {
		return c.gen.ms[g].Entity
	}
	return -1
}

// parentheticalSpeaker returns the comma that opens a speaker's aside set between a subject
// and its verb at i, past auxiliaries and adverbs (", she said,", ", the agency says,", ", he
// noted, had already", ", the officials said,", ", prosecutors said,"): a finite reporting verb
// and a comma right before the verb, its speaker (one mention, a determiner and a noun, or a
// bare plural noun) and a comma before the
// speaker, with a word before that comma. Else -1. The speaker does not do the verb's deed.
func (x *Extractor) parentheticalSpeaker(c *sentCtx, i int) int {
	toks := c.s.Toks
	j := i - 1
	for j >= 0 && (toks[j].Tag == "RB" || x.cue.tokIs("haveform", &toks[j])) {
		j--
	}
	if j < 4 || toks[j].Text != "," || !isTensedTag(toks[j-1].Tag) || !x.cue.tokIs("reporting", &toks[j-1]) {
		return -1
	}
	v, p := j-1, -1
	if k := c.at[v-1]; k >= 0 && c.ms[k].Last == v && !c.ms[k].Possessive {
		p = c.ms[k].First - 1 // "she said", "Lind said"
	} else if isNounTag(toks[v-1].Tag) && toks[v-2].Tag == "DT" {
		p = v - 3 // "the officials said"
	} else if toks[v-1].Tag == "NNS" && c.at[v-1] < 0 {
		p = v - 2 // "prosecutors said"
	}
	if p < 1 || toks[p].Text != "," || !isWordToken(toks[p-1].Text) {
		return -1
	}
	return p
}

// ownedSubject reports whether toks[from:i] is the rest of a subject noun phrase that a
// possessive pronoun opens, up to its verb at i: nouns and adjectives (at least one noun), then
// only adverbs, modals and auxiliaries ("its tracking servers were", "their records had been");
// a participle only right before a noun, an adjective a title puts after its noun only after
// one ("its director general had", cue postnominal).
func (x *Extractor) ownedSubject(toks []token, from, i int) bool {
	if from < 0 || i > len(toks) || i-from > 8 {
		return false
	}
	noun, aux := false, false
	for k := from; k < i; k++ {
		switch t := toks[k]; {
		case !aux && (t.Tag == "NN" || t.Tag == "NNS") && !isCap(t.Text):
			noun = true
		case !aux && (t.Tag == "JJ" || t.Tag == "HYPH" || t.Tag == "VBG" || t.Tag == "VBN") && k+1 < i && isNounTag(toks[k+1].Tag):
		case !aux && noun && x.cue.tokIs("postnominal", &t):
			// a title's adjective after its noun: "its director general", "its secretary general"
		case t.Tag == "RB" || t.Tag == "MD" || x.cue.tokIs("be", &t) || isBeHave(t.Lower):
			aux = true
		default:
			return false
		}
	}
	return noun
}

// namingWord holds the words of a relative clause that names its antecedent ("a hacker that
// goes by the nickname of X", "a group that calls itself X").
var namingWord = map[string]bool{"nickname": true, "name": true, "named": true, "calls": true, "called": true, "known": true, "dubbed": true, "handle": true, "moniker": true}

// relativeClauseReach bounds, in tokens outside names, how far back from the verb
// pastSubjectRelative looks for the verb of a restrictive relative clause.
const relativeClauseReach = 15

// pastSubjectRelative finds the subject of the verb at i when a restrictive subject relative
// clause stands between them ("The gang that hit Acme Corp last year breached Beta Bank", "the
// hackers who breached Acme stole …"): the names after the relative verb are its objects, not
// the subject of i. It returns the entity of the noun phrase before "that/who/which" (-1 when
// that phrase names no one) and true; false when no such clause stands before i in its clause.
func (x *Extractor) pastSubjectRelative(c *sentCtx, i int) (int, bool) {
	toks := c.s.Toks
	start := i - 1
	aux := false
	for start >= 0 && (toks[start].Tag == "RB" || toks[start].Tag == "MD" || isBeHave(toks[start].Lower)) {
		aux = aux || isFiniteTag(toks[start].Tag) // not "being compromised"
		start--                                   // the verb's own auxiliaries: "… has breached"
	}
	if t := toks[i].Tag; !isTensedTag(t) && !(aux && (t == "VBN" || t == "VB")) {
		return -1, false // a main verb only: "emails that attempted to obtain …" stays the clause's own
	}
	n := 0 // tokens read outside names: a long name does not lengthen the clause
	for v := start; v >= 2 && n <= relativeClauseReach && c.clause[v] == c.clause[i]; v-- {
		if k := c.at[v]; k >= 0 && c.ms[k].First < v {
			v = c.ms[k].First + 1 // its first word is read next
			continue
		}
		n++
		t := toks[v]
		if t.Text == "," && listComma(c, v) {
			continue // "the gang that hit X, Y and Z in May": a list's comma
		}
		if t.Text == "," || isQuote(t.Text) || x.cue.tokIs("reporting", &t) && isVerbTag(t.Tag) || t.Tag == "MD" || subordinator[t.Lower] {
			// "customers who received a letter should ask when their data was accessed": the
			// modal and "when" open clauses of their own
			return -1, false
		}
		if !isTensedTag(t.Tag) {
			continue
		}
		r := x.relativeAfterNoun(toks, v)
		if r < 0 && (toks[v-1].Lower == "and" || toks[v-1].Lower == "or") {
			continue // "the man who stole X and sold it": the clause's second verb
		}
		if r < 0 {
			return -1, false // the first finite verb before i is not a relative clause's ("said that …", "so that …": no noun for the pronoun)
		}
		if m := c.at[r-1]; m >= 0 && c.ms[m].Entity >= 0 {
			if c.ms[m].Possessive {
				return -1, false
			}
			return c.ms[m].Entity, true
		}
		if e := x.staffOwner(c, r-1); e >= 0 && x.speechVerb(toks[i]) {
			// "FBI agents who had tracked the servers warned X": the bureau, whose agents they
			// are, tells; its staff's deeds are not the body's ("X employees who opened the
			// invoice infected the network")
			return e, true
		}
		for k := v; k < start; k++ {
			if namingWord[toks[k].Lower] {
				return -1, false // "a hacker that goes by the nickname of X has hacked …": the name is the doer
			}
		}
		return -1, true
	}
	return -1, false
}

// staffOwner returns the body whose people the plural noun at j names when a name or "its"
// opens its noun phrase ("FBI agents", "Kestrel's analysts", "its investigators"; staffWord
// and nounPhraseOwner), else -1: the head a subject relative clause hangs on.
func (x *Extractor) staffOwner(c *sentCtx, j int) int {
	toks := c.s.Toks
	if j < 1 || c.at[j] >= 0 || toks[j].Tag != "NNS" || !x.staffWord(toks[j]) {
		return -1
	}
	e := x.nounPhraseOwner(c, j)
	if e < 0 || e >= len(c.ents) || !bodyKind(c.ents[e].Kind) {
		return -1
	}
	return e
}

// staffRelativeSubject returns the body whose people, named by a plural noun that a name or
// "its" opens, a restrictive subject relative clause before the verb at i hangs on ("X Bureau
// agents who had tracked the servers told Y": pastSubjectRelative, staffOwner), else -1.
func (x *Extractor) staffRelativeSubject(c *sentCtx, i int) int {
	e, ok := x.pastSubjectRelative(c, i)
	if !ok || e < 0 {
		return -1
	}
	toks := c.s.Toks
	for r := i - 1; r >= 1 && c.clause[r] == c.clause[i]; r-- {
		if x.cue.tokIs("relpronoun", &toks[r]) {
			if x.staffOwner(c, r-1) == e {
				return e
			}
			return -1
		}
	}
	return -1
}

// listComma reports whether the comma at p separates the members of a list of names: a name
// follows it ("hit X, Y and Z"), or "and" or "or" ("X, Y, and Z").
func listComma(c *sentCtx, p int) bool {
	if p+1 >= len(c.s.Toks) {
		return false
	}
	if k := c.at[p+1]; k >= 0 {
		return c.ms[k].How == mkName
	}
	w := c.s.Toks[p+1].Lower
	return w == "and" || w == "or"
}

// relativeAfterNoun returns the relative pronoun ("that", "who", "which") right before the
// verb at v, adverbs between, when a noun stands right before the pronoun: the verb opens a
// subject relative clause on that noun ("the gang that hit Acme", "a cluster that targeted
// telecoms"); else -1.
func (x *Extractor) relativeAfterNoun(toks []token, v int) int {
	r := v - 1
	for r > 0 && r < len(toks) && toks[r].Tag == "RB" {
		r--
	}
	if r < 1 || r >= len(toks) {
		return -1
	}
	if !x.cue.tokIs("relpronoun", &toks[r]) || !isNounTag(toks[r-1].Tag) {
		return -1
	}
	return r
}

// formerStaff reports whether the name m only modifies a word for a person's post that
// "former" or "ex-" opens ("a former Norland Navy analyst", "an ex-Velmar Bank contractor"):
// its former employer, who does not act through that person.
func (x *Extractor) formerStaff(toks []token, m mention) bool {
	if !m.NounMod || m.First < 1 || m.Last >= len(toks) || toks[m.Last].Tag != "NN" || !x.cue.tokIs("personrole", &toks[m.Last]) {
		return false
	}
	w := toks[m.First-1].Lower
	return w == "former" || w == "ex" || w == "ex-" || w == "-" && m.First > 1 && toks[m.First-2].Lower == "ex"
}

// formerPostOf returns the word for a person's post that "former" or "ex-" opens and "of" or
// "at" puts the name m after ("a former deputy director of X", "an ex-analyst at X": cue
// personrole), else -1: X is the former employer, who does not act through that person.
func (x *Extractor) formerPostOf(toks []token, m mention) int {
	p := m.First - 1
	if p >= 0 && toks[p].Lower == "the" {
		p--
	}
	if p < 2 || toks[p].Lower != "of" && toks[p].Lower != "at" {
		return -1
	}
	if w := toks[p-1].Lower; strings.HasPrefix(w, "ex-") && x.cue.is("personrole", w[3:]) {
		return p - 1 // "an ex-analyst at X"
	}
	if !x.cue.tokIs("personrole", &toks[p-1]) {
		return -1
	}
	for k := p - 2; k >= 0 && p-k <= 4; k-- {
		switch w := toks[k].Lower; {
		case w == "former" || w == "ex" || w == "ex-":
			return p - 1
		case toks[k].Tag != "NN" && toks[k].Tag != "JJ" && toks[k].Tag != "HYPH":
			return -1
		}
	}
	return -1
}

// saidGap finds the subject of the verb at i when a relative clause on a noun puts a speaker's
// reporting verb right before it, leaving its subject unsaid: "sanctioned three firms it said
// had hacked X", "emails they claimed were stolen from X", "a man whom police believe broke
// into Y". The subject is the noun the clause is on: its entity (-1 for a phrase no actor stands
// for), and true; false when the verb opens no such clause.
func (x *Extractor) saidGap(c *sentCtx, i int) (int, bool) {
	toks := c.s.Toks
	j := x.beforeAux(toks, i, true) // "it said had", "they believe were later"
	if j < 2 || !x.cue.tokIs("reporting", &toks[j]) || !isTensedTag(toks[j].Tag) {
		return -1, false
	}
	s := j - 1 // the speaker: a pronoun, a name or a plural noun ("officials", "police")
	if k := c.at[s]; k >= 0 {
		s = c.ms[k].First
	} else if toks[s].Tag != "NNS" && toks[s].Tag != "PRP" {
		return -1, false
	} else if toks[s].Tag == "NNS" && s > 0 && (toks[s-1].Tag == "DT" || toks[s-1].Tag == "JJ") {
		s-- // "the researchers", "Norland officials"
	}
	if s < 1 {
		return -1, false
	}
	p := s - 1
	if x.cue.tokIs("relpronoun", &toks[p]) || toks[p].Lower == "whom" {
		p-- // "two diplomats that it said had spied"
		if p > 0 && toks[p].Text == "," && toks[p+1].Lower != "that" {
			p-- // "the X gang, which it says has hit …": a non-restrictive relative
		}
	}
	if p < 0 || !isNounTag(toks[p].Tag) || toks[p].Tag == "PRP" {
		return -1, false // "Police said the men had …", "X told reporters he said …"
	}
	if k := c.at[p]; k >= 0 && c.ms[k].Entity >= 0 && !c.ms[k].Possessive {
		return c.ms[k].Entity, true
	}
	if p > 0 && c.at[p] < 0 && x.cue.descHead[toks[p].Lower] == schema.KindGroup {
		// "the Quillfang gang, which …": the name before the kind noun
		if k := c.at[p-1]; k >= 0 && c.ms[k].Entity >= 0 && c.ms[k].How == mkName && !c.ms[k].Possessive {
			return c.ms[k].Entity, true
		}
	}
	return -1, true
}

// describedRelative finds the subject of the verb at i that opens a subject relative clause on
// a common noun phrase no name covers ("overlapped with those of a China-based cluster that
// targeted telecoms", "linked X to a group of contractors who hacked Y"): that phrase, which no
// name further back stands for; the name it is set beside in apposition ("X, a gang that
// breached Y") when there is one. It returns the entity (-1 for the described phrase) and
// true; false when the verb opens no such clause.
func (x *Extractor) describedRelative(c *sentCtx, i int) (int, bool) {
	toks := c.s.Toks
	v := i
	for v > 0 && (toks[v-1].Tag == "MD" || isBeHave(toks[v-1].Lower)) {
		v-- // "a group that has targeted …"
	}
	if !isTensedTag(toks[v].Tag) && !(v < i && toks[i].Tag == "VBN") {
		return -1, false
	}
	r := x.relativeAfterNoun(toks, v)
	if r < 0 || isCap(toks[r-1].Text) {
		return -1, false // a capitalised word may be a name
	}
	k := r - 1 // the phrase's first word, past its modifiers, up to a name
	if m := c.at[k]; m >= 0 {
		if c.ms[m].How == mkName || c.ms[m].Entity >= 0 {
			return -1, false // "the gang that hit Acme" as a name's description is coreference's
		}
		k = c.ms[m].First // a description no one was found for: "nine journalists who had reported"
	}
	if h := toks[r-1].Lower; x.cue.genHead[h] == "" && x.cue.descHead[h] == "" {
		who := toks[r].Lower == "who" && c.at[r-1] < 0 && isWordToken(toks[r-1].Text) // a bare noun before "who": a person or people
		if who && toks[r-1].Tag == "NN" {
			// the man, as the article describes him; -1 for "X arrested a man who hacked Y": the man,
			// whom the article does not name
			return c.genEntity(r - 1), true
		}
		if !who || toks[r-1].Tag != "NNS" {
			return -1, false // "an operation that disabled …": no actor described
		}
		// "was sued by former drivers who accused it of …": "who" makes people of any plural
	}
	if singularVerb(toks[v]) != (toks[r-1].Tag == "NN") && (toks[v].Tag == "VBZ" || toks[v].Tag == "VBP") {
		return -1, false // "an attack on Tor users that leaks …": the verb agrees with another noun
	}
	for k > 0 && r-k <= relativeNPReach {
		if t := toks[k-1]; c.at[k-1] >= 0 || !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "HYPH" || t.Tag == "POS" || isNounTag(t.Tag) || t.Lower == "of") {
			break
		}
		k--
	}
	if k >= 2 && toks[k-1].Text == "," && toks[k].Tag != "PRP$" {
		if e := c.plainName(k - 2); e >= 0 {
			return e, true // "X, a gang that breached Y", "X, the gang that breached Y"
		}
	}
	if t := toks[k]; t.Tag == "PRP$" || x.cue.tokIs("definite", &t) {
		return -1, false // "the hackers who breached Y" may well be the group named before
	}
	if k >= 1 && (x.cue.tokIs("be", &toks[k-1]) || toks[k-1].Lower == "as") {
		return -1, false // "X is a group that breached Y", "described X as a gang that …": X is that group
	}
	return -1, true
}

// documentRelative finds the subject of the tensed verb at i that opens a relative clause on a
// document someone issued ("X published guidance on Thursday that warned banks", "X released a
// bulletin which urged hospitals to patch"): the subject of the verb that issued it, who speaks
// through it; else -1.
func (x *Extractor) documentRelative(c *sentCtx, i int) int {
	if v := x.issuedDocVerb(c.s.Toks, i); v >= 0 {
		return x.subject(c, v)
	}
	return -1
}

// issuedDocVerb returns the verb that issued the document a relative clause opened by the tensed
// verb at i is on ("published" in "published guidance on Thursday that warned banks"), a time
// after the document's noun allowed; else -1.
func (x *Extractor) issuedDocVerb(toks []token, i int) int {
	r := i - 1
	for r > 0 && toks[r].Tag == "RB" {
		r--
	}
	if r < 2 || !isTensedTag(toks[i].Tag) || !x.cue.tokIs("relpronoun", &toks[r]) || toks[r-1].Text == "," {
		return -1
	}
	d := r - 1 // the document's noun, past a time after it ("guidance on Thursday that")
	for d > 0 && r-d <= 4 && !x.cue.tokIs("docnoun", &toks[d]) && (toks[d].Tag == "IN" || toks[d].Tag == "NNP" || toks[d].Tag == "CD" || x.cue.tokIs("calendar", &toks[d])) {
		d--
	}
	if !x.cue.tokIs("docnoun", &toks[d]) || !isNounTag(toks[d].Tag) {
		return -1
	}
	v := d - 1
	for v > 0 && d-v <= 3 && (toks[v].Tag == "DT" || toks[v].Tag == "JJ" || toks[v].Tag == "NN") {
		v-- // "a joint technical"
	}
	if !x.cue.tokIs("issuedverb", &toks[v]) || !isTensedTag(toks[v].Tag) {
		return -1
	}
	return v
}

// singularVerb reports whether the present-tense verb t agrees with a singular subject: tagged
// VBZ, or tagged VBP but ending in a single "s" ("leaks" read after a plural noun).
func singularVerb(t token) bool {
	return t.Tag == "VBZ" || t.Tag == "VBP" && strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss")
}

// relativeNPReach bounds how many words before its relative pronoun describedRelative reads
// a noun phrase back to its first word.
const relativeNPReach = 8

// locale reports whether the name m is a place set after "in" or "at" behind a common noun,
// locating what that noun names: "the embassy in Canberra", "its office at Geneva"; or after
// "based in" and the like (situatedWord), or "from" behind a word for the people a story is
// about (fromLede): "a man from Dunmere".
func (x *Extractor) locale(c *sentCtx, m mention) bool {
	toks := c.s.Toks
	if m.First < 2 || m.Entity < 0 || m.Entity >= len(c.ents) {
		return false
	}
	a := m.First - 1 // the preposition
	if toks[a].Lower == "the" && a >= 2 {
		a-- // "the Chinese embassy in The Hague": a place named with its article
	}
	p := toks[a].Lower
	if p != "in" && p != "at" && p != "from" {
		return false
	}
	n, k := toks[a-1], c.ents[m.Entity].Kind
	if p == "from" {
		// "a man from Dunmere": where the people a story is about come from (townAfterIn)
		return x.fromLede(toks, m.First) && loneUnknown(m) && k == schema.KindPlace
	}
	if p == "in" && situatedWord[n.Lower] && (k == schema.KindPlace || k == schema.KindCountry) {
		return true // "X, which is based in Vessel, said": where X sits
	}
	if p == "in" && k != schema.KindCountry && x.courtSeat(toks, m.First-2) {
		return true // "a federal judge in Harlow sentenced", "unsealed in federal court in Tarvo": where the court sits
	}
	if institutionHead[n.Lower] && isCap(n.Text) && isNounTag(n.Tag) && (k == schema.KindPlace || k == schema.KindCountry) {
		return true // a named institution placed: "the Chinese Embassy in Washington"
	}
	if p == "in" && (n.Tag == "NNS" && x.cue.genHead[n.Lower] != "" || n.Lower == "police") && (!isCap(n.Text) || m.First == 2) && (unknownPlace(c, m) || loneUnknown(m) && k == schema.KindPlace) {
		// "militants in Ostra attacked", "police in Dunmore arrested": a town the gazetteer
		// does not know, or one nameMentions made a town (townAfterIn: "officials in Ostra
		// said"); "researchers at Tenable" is their employer
		return true
	}
	// "the Chinese embassy in Manama": a capital the gazetteer takes for its country places a
	// state's mission abroad too (the police or a court in a country are its own)
	return (n.Tag == "NN" || n.Tag == "NNS") && !isCap(n.Text) && (k == schema.KindPlace || k == schema.KindCountry && (n.Lower == "embassy" || n.Lower == "consulate"))
}

// courtLevelReach bounds how many words before its court word courtSeat looks for the level of
// government ("a federal magistrate judge").
const courtLevelReach = 2

// courtSeat reports whether the word at n, right before "in" and a name that is no country,
// is a lower-case word for a court or its bench (cue courtword) that a level of government
// below the state's sets (subStateCourt: "a federal judge in Harlow", "federal court in
// Tarvo", "the district court in Brenn"): such a court sits in a town of the state, which the
// name only places; the court acts. A court of no level ("a court in Valmark") may be a
// state's own and is left alone.
func (x *Extractor) courtSeat(toks []token, n int) bool {
	if n < 1 || n >= len(toks) || isCap(toks[n].Text) || !isNounTag(toks[n].Tag) || !x.cue.tokIs("courtword", &toks[n]) {
		return false
	}
	for j := n - 1; j >= 0 && n-j <= courtLevelReach; j-- {
		if subStateCourt[toks[j].Lower] {
			return true
		}
	}
	return false
}

// subStateCourt lists the words that set a court at a level of government that sits in a town:
// federal, district, county, municipal, city.
var subStateCourt = map[string]bool{"federal": true, "district": true, "county": true, "municipal": true, "city": true}

// appositionReach and relativeReach bound, in tokens back from the verb, the comma that opens an
// apposition ("X, the committee's ranking Democrat, accused") and a non-restrictive "which"
// clause ("X, which researchers link to Y, had broken into"), which beforeAppositive steps over.
const (
	appositionReach = 12
	relativeReach   = 16
)

// beforeAppositive returns the name before an appositive noun phrase or a non-restrictive
// "which", "whose" or "who" clause that ends right before the verb at i: "Senator Dale
// Whitcomb, the committee's ranking Democrat, accused", "X, which researchers link to Y, had
// broken into", or -1; across ", known as [the] NAME," the name the subject is known by
// (knownAsSubject). A participle's auxiliaries open its predicate ("X, a reporter for Y, was
// told by Z": X).
func (x *Extractor) beforeAppositive(c *sentCtx, i int) int {
	toks := c.s.Toks
	if i < len(toks) && toks[i].Tag == "VBN" {
		// "X, a reporter for Y, was told by Z" / "has been warned": the auxiliaries open the predicate
		v := i
		for v > 0 && v-1 < len(toks) && i-v < 3 && (x.cue.tokIs("be", &toks[v-1]) || perfectHave(toks[v-1].Lower)) {
			v--
		}
		if v == i || v < 4 || toks[v-1].Text != "," {
			return -1
		}
		i = v
	} else {
		if !isTensedTag(toks[i].Tag) && toks[i].Tag != "VB" {
			// not ", exposing …": a participle after a comma opens no predicate of its own; a
			// base form there is a past one the tagger took for it ("X, whose …, let Y know")
			return -1
		}
		for r := 0; r < predicateAdverbs && i > 4 && toks[i-1].Tag == "RB"; r++ {
			i-- // "X, a Leeds security firm, first documented …": an adverb opens the predicate
		}
		if i < 4 || toks[i-1].Text != "," {
			return -1
		}
	}
	if e := residentBefore(c, i); e >= 0 {
		return e // "X, 34, of Fredericksburg, Virginia, was arrested": X, not the state
	}
	for j := i - 2; j > 0 && i-j <= longAppositionReach; j-- {
		if toks[j].Text != "," {
			continue
		}
		long := x.relativeApposition(toks, j, i)
		if i-j > relativeReach && !long {
			return -1
		}
		if e := x.knownAsSubject(c, j, i); e >= 0 {
			return e // "X's cyber agency, known as the VCA, warned Y": the name the agency is known by
		}
		if w := toks[j+1]; !relativeWord(w.Lower) && (i-j > appositionReach && !long || !x.cue.tokIs("article", &w) && w.Tag != "PRP$") {
			return -1 // "X, which researchers link to Y, had broken into …", "X, whose software Y uses, warned", "X, who worked for Y, was shot": a non-restrictive relative clause, like an apposition
		}
		n := j - 1
		if n >= 2 && age(toks[n].Text) && toks[n-1].Text == "," {
			n -= 2 // "X, 29, a team leader at Y, was arrested": the name before the age
		}
		if e := c.plainName(n); e >= 0 || !relativeWord(toks[j+1].Lower) || j+2 >= len(toks) || !isVerbTag(toks[j+2].Tag) && toks[j+2].Tag != "MD" {
			return e // "The group, which X tracks as Y, hacked": the relative clause may name it
		}
		return c.plainMention(n, mkDesc) // "The agency, which sits within X, warned Y": the agency, not X
	}
	return -1
}

// participleAsideReach bounds, in tokens outside names, the past-participle phrase set off by
// commas that participleAsideHead steps over.
const participleAsideReach = 16

// participleAsideHead reads the subject of the verb at i across a past-participle phrase set off
// by commas between the subject and its predicate (a non-restrictive reduced relative clause):
// "X, accused of hacking Y, was arrested", "X, charged in 2021 with stealing from Y, was
// sentenced", "X, wanted in the United States for fraud, has been extradited". The phrase only
// describes what stands before its opening comma, so the names in it are no subject. It returns
// the name or definite description before the phrase (past an age: "X, 29, accused of …") and
// true; -1 and true when a common noun no mention covers stands there ("The suspects, accused
// of hacking Y, were detained"), unless the phrase has a "by" (participialAside reads "The report,
// published by X, found"); false when the verb does not follow such a phrase. Auxiliaries,
// adverbs and a modal may open the predicate; no finite verb, relative pronoun, quote or other
// comma stands in the phrase. A participle naming whom the subject acts for ("linked to X",
// "backed by X"; cue principalverb) is left to the rules that make X the doer.
func (x *Extractor) participleAsideHead(c *sentCtx, i int) (int, bool) {
	toks := c.s.Toks
	if i >= len(toks) || !isFiniteTag(toks[i].Tag) && toks[i].Tag != "VBN" {
		return -1, false
	}
	v := i
	for v > 0 && i-v < 3 && (toks[v-1].Tag == "RB" || toks[v-1].Tag == "MD" || x.auxTok(&toks[v-1])) {
		v--
	}
	if v < 4 || toks[v-1].Text != "," || v == i && toks[i].Tag == "VBN" {
		return -1, false
	}
	n, by := 0, false // tokens read outside names; a "by" in the phrase
	for p := v - 2; p > 0 && n <= participleAsideReach; p-- {
		if k := c.at[p]; k >= 0 {
			p = c.ms[k].First
			continue
		}
		t := toks[p]
		if t.Text == "," {
			return x.asideHead(c, p, v, by)
		}
		if c.clause[p] != c.clause[i] || t.Tag == "WDT" || t.Tag == "WP" || t.Text == ";" || isQuote(t.Text) ||
			isFiniteTag(t.Tag) && !(t.Tag == "VBD" && toks[p-1].Text == ",") {
			return -1, false
		}
		by = by || t.Lower == "by"
		n++
	}
	return -1, false
}

// asideHead returns, for participleAsideHead, what stands before the comma at p that opens a
// phrase closed by the comma before v, when a past participle opens that phrase and a word
// follows it.
func (x *Extractor) asideHead(c *sentCtx, p, v int, by bool) (int, bool) {
	toks := c.s.Toks
	if w := toks[p+1]; w.Tag != "VBN" && w.Tag != "VBD" || c.at[p+1] >= 0 || p+2 >= v-1 || toks[p+2].Tag != "IN" && toks[p+2].Tag != "TO" {
		return -1, false // "X breached Y, stole files, encrypted …": a past tense with its object, a verb in a series
	}
	if x.cue.tokIs("principalverb", &toks[p+1]) {
		return -1, false // "The hackers, linked to X, breached …": X is whom they act for (cue principalverb)
	}
	h := p - 1
	if h >= 2 && age(toks[h].Text) && toks[h-1].Text == "," {
		h -= 2 // "X, 29, accused of …": the name before the age
	}
	if !x.subjectPlace(c, h) {
		return -1, false // "Police arrested X, wanted for Y, …": X is an object
	}
	if k := c.at[h]; k >= 0 {
		if n := headPrep(x, toks, c.ms[k].First); n > 0 && c.at[n-1] < 0 && isNounTag(toks[n-1].Tag) {
			return c.genEntity(n - 1), true // "A former engineer at X, accused of …": the engineer, not X
		}
	}
	if e := c.plainName(h); e >= 0 {
		return e, true
	}
	if e := c.plainMention(h, mkDesc); e >= 0 {
		return e, true
	}
	if k := c.at[h]; k >= 0 && c.ms[k].Entity < 0 {
		return -1, true // "Three hackers, accused of …": the unresolved description, not a name in the phrase
	}
	if c.at[h] < 0 && (toks[h].Tag == "NN" || toks[h].Tag == "NNS") && !by {
		return -1, true
	}
	return -1, false
}

// headPrep returns the index of the preposition right before the mention that opens at first,
// past a "the" ("at X", "of the X"), or -1.
func headPrep(x *Extractor, toks []token, first int) int {
	n := first - 1
	if n >= 0 && toks[n].Lower == "the" {
		n--
	}
	if n < 0 || !x.cue.tokIs("preposition", &toks[n]) {
		return -1
	}
	return n
}

// subjectPlace reports whether the phrase ending at token h may be a clause's subject: no verb
// but one of saying stands before it in its clause ("X, accused of …", "Police said X, accused
// of …", "On Monday X, …"), so it is not the object of a verb before it.
func (x *Extractor) subjectPlace(c *sentCtx, h int) bool {
	toks := c.s.Toks
	for k := h; k >= 0 && c.clause[k] == c.clause[h]; k-- {
		if m := c.at[k]; m >= 0 {
			k = c.ms[m].First
			continue
		}
		if t := toks[k]; isVerbTag(t.Tag) || t.Tag == "MD" {
			return t.Tag != "VBG" && t.Tag != "VBN" && x.cue.tokIs("reporting", &toks[k])
		}
	}
	return true
}

// incidentRelativeHead reports whether the tensed verb at i comes right after a non-restrictive
// relative clause set off by commas ("which", "who", "whose") whose head is an incident noun
// no name stands for: "The attack, which the company said began on a Saturday, encrypted its
// servers", "The breach, which Y disclosed in May, exposed …". The incident is the verb's
// subject, not a name inside the clause.
func (x *Extractor) incidentRelativeHead(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if i < 4 || i >= len(toks) || !isTensedTag(toks[i].Tag) || toks[i-1].Text != "," {
		return false
	}
	for j := i - 2; j > 0 && i-j <= relativeReach; j-- {
		if toks[j].Text == "," {
			h := j - 1
			return relativeWord(toks[j+1].Lower) && c.at[h] < 0 && isNounTag(toks[h].Tag) && x.incidentNoun(toks[h].Lower)
		}
	}
	return false
}

// relativeApposition reports whether the comma at j opens an apposition that runs to the comma
// right before i and is a noun phrase an article or a possessive pronoun opens, restricted by a
// relative clause without commas ("X, a former engineer at the firm who police say sold its
// passwords to Y, was arrested"): however long the clause, the apposition only describes the
// name before j, which stays the subject of the verb at i. Before the relative pronoun stand
// only the words of a noun phrase (no verb), and a noun right before it.
func (x *Extractor) relativeApposition(toks []token, j, i int) bool {
	if j+2 >= i-1 || i > len(toks) || !x.cue.tokIs("article", &toks[j+1]) && toks[j+1].Tag != "PRP$" {
		return false
	}
	for k := j + 2; k < i-1; k++ {
		t := toks[k]
		if x.cue.tokIs("relpronoun", &t) {
			return k+1 < i-1 && isNounTag(toks[k-1].Tag)
		}
		if isVerbTag(t.Tag) && t.Tag != "VBN" && t.Tag != "VBG" || t.Tag == "MD" || isQuote(t.Text) {
			return false
		}
	}
	return false
}

// longAppositionReach bounds, in tokens back from the verb, the comma that opens an apposition
// a relative clause restricts (relativeApposition), which beforeAppositive steps over.
const longAppositionReach = 32

// residenceReach bounds, in tokens, the place of a residence apposition ("of Fredericksburg,
// Virginia") that residentBefore steps over.
const residenceReach = 6

// residentBefore returns the one named before an apposition of age and residence that ends
// with the comma right before the verb at i: "X, 34, of Fredericksburg, Virginia, was
// arrested", "X, of Plano, Texas, pleaded guilty" (news style places a person by town and
// state). The residence is "of" or "from" and capitalised place words with at most one comma
// between them; the age may be left out. Else -1, as when a lower-case word or a second comma
// stands in the place.
func residentBefore(c *sentCtx, i int) int {
	toks := c.s.Toks
	if i < 5 || i > len(toks) || toks[i-1].Text != "," {
		return -1
	}
	commas, k := 0, i-2
	for ; k > 1 && i-1-k <= residenceReach; k-- {
		if w := toks[k].Lower; w == "of" || w == "from" {
			break
		}
		switch {
		case toks[k].Text == ",":
			commas++
		case !isCap(toks[k].Text):
			return -1
		}
	}
	if commas > 1 || k < 2 || k == i-2 || toks[k].Lower != "of" && toks[k].Lower != "from" || toks[k-1].Text != "," {
		return -1
	}
	n := k - 2
	if n >= 2 && age(toks[n].Text) && toks[n-1].Text == "," {
		n -= 2 // "X, 34, of …": the name before the age
	}
	return c.plainName(n)
}

// knownAsSubject returns the entity of the name that an aside opened by the comma at j
// declares the subject known by, "[also|better|widely] known as [the] NAME" (cue knownasadv
// for the adverb), when that name ends right before the aside's closing comma at i-1
// ("Velmora's cyber agency, known as the VCA, warned Y"); a plain name before the aside comes
// first ("Ash Spider, also known as X, hacked Y": Ash Spider). Else -1.
func (x *Extractor) knownAsSubject(c *sentCtx, j, i int) int {
	toks := c.s.Toks
	k := j + 1
	if k < len(toks) && x.cue.tokIs("knownasadv", &toks[k]) {
		k++
	}
	if k+2 >= i || toks[k].Lower != "known" || toks[k+1].Lower != "as" {
		return -1
	}
	k += 2
	if toks[k].Lower == "the" {
		k++
	}
	if k >= i || c.at[k] < 0 {
		return -1
	}
	m := c.ms[c.at[k]]
	if m.How != mkName || m.Entity < 0 || m.First != k || m.Last != i-1 {
		return -1
	}
	if e := c.plainName(j - 1); e >= 0 {
		return e
	}
	if o, ok := pronounOwned(c, j); ok {
		return o // "its cybercrime section, known as J3, had opened": the one "its" names acts through its unit
	}
	return m.Entity
}

// pronounOwned reports whether the noun phrase ending right before the comma at j opens with
// a possessive pronoun ("its cybercrime section"), and returns the entity the pronoun is
// resolved to (-1 when it is not).
func pronounOwned(c *sentCtx, j int) (int, bool) {
	toks := c.s.Toks
	k := j - 1
	for k >= 0 && (isNounTag(toks[k].Tag) || toks[k].Tag == "JJ" || toks[k].Tag == "HYPH") && c.at[k] < 0 {
		k--
	}
	if k < 0 || k == j-1 || toks[k].Tag != "PRP$" {
		return -1, false
	}
	if c.at[k] < 0 {
		return -1, true
	}
	return c.ms[c.at[k]].Entity, true
}

// relativeWord reports whether w opens a non-restrictive relative clause ("which", "who", "whose").
func relativeWord(w string) bool { return w == "which" || w == "who" || w == "whose" }

// objectRelative reports whether w is a relative pronoun that may stand for the object of the
// clause it opens ("which", "that", "whom": "the network, which X linked to Y").
func objectRelative(w string) bool { return w == "which" || w == "that" || w == "whom" }

// predicateAdverbs bounds how many adverbs beforeAppositive steps over between an apposition's
// closing comma and the verb ("X, a Leeds security firm, first documented …").
const predicateAdverbs = 2

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
		if w.Text == "," || isFiniteTag(w.Tag) || w.Tag == "WDT" || w.Tag == "WP" {
			return -1
		}
		if w.Tag != "VBG" || c.at[p] >= 0 {
			continue
		}
		prev := toks[p-1]
		if (isNounTag(prev.Tag) || c.at[p-1] >= 0) && !x.cue.tokIs("be", &prev) && c.clause[p-1] == c.clause[i] &&
			!x.cue.tokIs("principalverb", &w) && !prenominal(toks[p+1:i]) {
			return p
		}
		return -1
	}
	return -1
}

// ingAsideReach bounds, in tokens outside names, the present-participle phrase set off by
// commas that ingAside steps over.
const ingAsideReach = 12

// ingAside returns the comma that opens a present-participle phrase set off by commas between
// the subject and the verb at i ("CISA, working with the FBI and HHS, warned …", "X, together
// with agencies in Y and Z, attributed …" (companyOpener), "agencies from
// Ostra and two partner countries, including Norland and Velmi, issued …"), or -1. Such a phrase
// is a non-restrictive modifier of the subject: the names in it are its company or some of its
// members, and the subject is read before the comma. Adverbs, auxiliaries and a modal may open
// the predicate, and i may be the modal itself (the finite verb of "would not discuss … but
// said", withheldVerb); no finite verb or relative pronoun stands in the phrase.
func (x *Extractor) ingAside(c *sentCtx, i int) int {
	toks := c.s.Toks
	v := i
	for v > 0 && i-v < 3 && (toks[v-1].Tag == "RB" || toks[v-1].Tag == "MD" || x.auxTok(&toks[v-1])) {
		v--
	}
	if v < 4 || toks[v-1].Text != "," || !isTensedTag(toks[i].Tag) && toks[i].Tag != "MD" && v == i {
		return -1
	}
	n := 0 // tokens read outside names
	for p := v - 2; p > 1 && n <= ingAsideReach; p-- {
		if k := c.at[p]; k >= 0 {
			p = c.ms[k].First
			continue
		}
		t := toks[p]
		if c.clause[p] != c.clause[i] || isFiniteTag(t.Tag) || t.Tag == "WDT" || t.Tag == "WP" || isQuote(t.Text) {
			return -1
		}
		n++
		if t.Text == "," && (toks[p+1].Tag == "VBG" && c.at[p+1] < 0 || companyOpener(toks, p+1)) && p+2 < v-1 {
			if namedPhraseBefore(c, p) {
				return p
			}
			return -1
		}
	}
	return -1
}

// companyOpener reports whether the words at k open a phrase of company ("together with X",
// "along with X", "alongside X"): like a participle of working with, it names who kept the
// subject company, not the subject.
func companyOpener(toks []token, k int) bool {
	switch toks[k].Lower {
	case "alongside":
		return true
	case "together", "along":
		return k+1 < len(toks) && toks[k+1].Lower == "with"
	}
	return false
}

// namedPhraseBefore reports whether the noun phrase that ends right before the comma at p
// holds a name ("the Cybersecurity and Infrastructure Security Agency (CISA)", "agencies from
// Ostra and two partner countries"): its words are names, nouns, adjectives, determiners,
// numbers, brackets and the prepositions and conjunctions inside a noun phrase, back to a
// comma or the sentence's start. "Several governments, including X and Y," holds none: the
// names listed are all the subject names.
func namedPhraseBefore(c *sentCtx, p int) bool {
	toks := c.s.Toks
	named := false
	for k := p - 1; k >= 0 && toks[k].Text != ","; k-- {
		if m := c.at[k]; m >= 0 {
			named = named || c.ms[m].How == mkName && c.ms[m].Entity >= 0
			k = c.ms[m].First
			continue
		}
		switch t := toks[k]; {
		case isNounTag(t.Tag), t.Tag == "JJ", t.Tag == "DT", t.Tag == "CD", t.Tag == "POS", t.Text == "(", t.Text == ")",
			t.Lower == "of" || t.Lower == "from" || t.Lower == "in" || t.Lower == "at" || t.Lower == "and" || t.Lower == "or":
		default:
			return false
		}
	}
	return named
}

// asideReach bounds how long a phrase set off by commas participialAside (a past participle's)
// and adverbialAside (a prepositional or present participle's, in words outside names) read.
const asideReach = 12

// participialAside reports whether the verb at i follows a past-participle phrase set off by
// commas right after a common noun that names no actor ("The complaint, filed in federal court
// in Ostby, alleges", "The lawsuit, brought in the High Court last year, accuses"): that noun is
// the subject, and the places and courts inside the phrase do not act. A phrase with "by" keeps
// its agent ("The report, published by X, found" is X's).
func (x *Extractor) participialAside(c *sentCtx, i int) bool {
	toks := c.s.Toks
	j := x.beforeAuxWithin(toks, i, len(toks), true)
	if j < 3 || toks[j].Text != "," {
		return false
	}
	for p := j - 1; p > 0 && j-p <= asideReach; p-- {
		if c.clause[p] != c.clause[i] || toks[p].Lower == "by" || isFiniteTag(toks[p].Tag) {
			return false
		}
		if toks[p].Text == "," {
			return p+1 < j && toks[p+1].Tag == "VBN" && c.at[p-1] < 0 && (toks[p-1].Tag == "NN" || toks[p-1].Tag == "NNS")
		}
	}
	return false
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
	if x.tellForm(toks[i]) {
		if e := x.staffRelativeSubject(c, i); e >= 0 {
			return e // "X Bureau analysts who examined the malware told Y": the bureau
		}
	}
	skipped := 0
	for j := i - 1; j >= 0 && i-j <= 3+skipped; j-- {
		if isQuote(toks[j].Text) {
			break // "…," said X: a closing straight quote the tagger read as a noun is no subject
		}
		if c.at[j] < 0 && (x.cue.tokIs("calendar", &toks[j]) || toks[j].Lower == "yesterday" || toks[j].Lower == "today") {
			// a fronted day: "Karsovia on Wednesday denied", "the ministry yesterday said"
			skipped++
			if j > 0 && (toks[j-1].Lower == "on" || toks[j-1].Lower == "in" || toks[j-1].Lower == "last") {
				j--
				skipped++
			}
			continue
		}
		if j >= 3 && toks[j].Text == "," && toks[j-1].Tag == "RB" && toks[j-2].Text == "," {
			// an adverb set off by commas: "The company, however, denied", "The ministry, meanwhile, said"
			j -= 2
			skipped += 3
			continue
		}
		if p := x.placedTown(c, j); p >= 0 {
			// "Harbor Clinic in Dayton, Ohio, said": the town and its state only place the subject
			skipped += j - p + 1
			j = p
			continue
		}
		if p := x.adverbialAside(c, j); p >= 0 {
			// "The ministry, in a short statement on Wednesday, said", "The bank's spokesman,
			// speaking at a news conference, denied": the subject stands before the aside
			skipped += j - p + 1
			j = p
			continue
		}
		if k := c.at[j]; k >= 0 {
			m := c.ms[k]
			if m.First > 0 && x.cue.tokIs("preposition", &toks[m.First-1]) || m.First > 1 && toks[m.First-1].Lower == "the" && x.cue.tokIs("preposition", &toks[m.First-2]) {
				break // "the ministry in Westeria said", "X's mission to the United Nations called"
			}
			if p := x.reducedRelative(c, i); p >= 0 && p < m.First {
				break // "officers working against Y uncovered": Y does not speak
			}
			if h := x.holderOfUnit(c, j); h >= 0 {
				return h
			}
			return m.Entity
		}
		if isNounTag(toks[j].Tag) {
			if h := x.holderOfUnit(c, j); h >= 0 {
				return h
			}
			// "Germany's BSI federal cyber agency stated": a name right before the noun
			// phrase that ends at the verb speaks; "the report said", "officials said": none
			return x.nounPhraseOwner(c, j)
		}
		if toks[j].Tag == "PRP" {
			return -1 // "we said"
		}
		if toks[j].Tag != "RB" && toks[j].Tag != "MD" && !x.cue.tokIs("be", &toks[j]) && toks[j].Lower != "has" && toks[j].Lower != "have" && toks[j].Lower != "had" {
			break
		}
	}
	if i+1 < len(toks) && !x.tellForm(toks[i]) {
		// "…, said Tom Robinson." / "said Robinson, a researcher" / "said Assistant U.S.
		// Attorney Mara Quell after the hearing": titles before the name, a phrase after it;
		// "told" puts no speaker after it, but the one told ("officials at X told Mayor Y
		// about …")
		n, titled := i+1, false
		for n < len(toks) && n-i <= 4 && isCap(toks[n].Text) {
			if k := c.at[n]; k >= 0 {
				// "said Deputy Treasury Secretary X": a body named inside the title
				if m := c.ms[k]; !titled || m.First != n || m.Last >= len(toks) || !x.cue.tokIs("title", &toks[m.Last]) {
					break
				}
				n = c.ms[k].Last
				continue
			}
			titled = titled || x.cue.tokIsBare("title", &toks[n])
			n++
		}
		if n > i+1 && !titled {
			n = i + 1
		}
		if n >= len(toks) {
			n = i + 1 // "…," said Assistant U.S. Attorney: titles to the end, no name
		}
		if k := c.at[n]; k >= 0 && c.ms[k].How == mkName && c.ms[k].First == n {
			m := c.ms[k]
			if e := pastPartyTag(toks, m.Last); e >= len(toks) || toks[e].Text == "," || toks[e].Text == "." || titled && toks[e].Tag == "IN" {
				return m.Entity // also after a party tag: "said Sen. Z (D-Vt.) on Tuesday"
			}
		}
	}
	if i > 0 && toks[i-1].Text == "," && x.adverbialAside(c, i-1) < 0 && x.placedTown(c, i-1) < 0 {
		// "X, the company's chief executive, said": the name before the appositive; a name
		// inside it counts as one word ("X, deputy director of the Office of the Director of
		// National Intelligence, said")
		inner := 0
		for j := i - 2; j > 0 && i-j-inner <= nounAsideReach; j-- {
			if k := c.at[j]; k >= 0 && c.ms[k].How == mkName && c.ms[k].First < j {
				inner++
			}
			if x.townRegionComma(toks, j) {
				continue // "X, the Arlington, Va., firm, said", "X, a lawyer in Boise, Idaho, said": inside the aside
			}
			if toks[j].Text == "," {
				if i-j-inner > apposedReach && !nounAside(toks, j+1, i-1) {
					break // a long aside that is no bare noun phrase: perhaps a clause of its own
				}
				if j >= 3 && c.at[j-1] < 0 && age(toks[j-1].Text) && toks[j-2].Text == "," {
					// "Marek Tallow, 41, from Abingdon, denies": the name before the age
					if e := c.plainName(j - 3); e >= 0 {
						return e
					}
				}
				owner := -1 // "a lawyer for Acme, Jane Doe, said": Acme is whom the role serves
				if k := c.at[j-1]; k >= 0 && c.ms[k].How == mkName && !remitCountry(c, c.ms[k]) {
					if x.locale(c, c.ms[k]) {
						return -1 // "…, a spokesperson for the embassy in Oslo, said …, calling": not Oslo
					}
					if !x.roleServes(c, c.ms[k]) {
						return c.ms[k].Entity
					}
					owner = c.ms[k].Entity
				}
				// "the agency's director, Mira Dolan, said": a name standing alone between the
				// commas after a title noun, perhaps after titles of its own ("Lt. Col. Mira Dolan")
				n := j + 1
				for n < i-1 && c.at[n] < 0 && x.cue.tokIs("title", &toks[n]) {
					n++
				}
				if k := c.at[n]; k >= 0 && c.ms[k].How == mkName && c.ms[k].First == n && (c.ms[k].Last == i-1 || c.ms[k].Last < i-1 && x.bodyOfHolder(c, c.ms[k].Last, i-1)) &&
					c.ms[k].Entity >= 0 && isNounTag(toks[j-1].Tag) && (c.at[j-1] < 0 || c.ms[c.at[j-1]].How == mkDesc || remitCountry(c, c.ms[c.at[j-1]]) || owner >= 0) {
					return c.ms[k].Entity // also after a description: "a spokesperson for the company, Mira Dolan, said", "the envoy for Syria, Anna Korvel, said"
				}
				if owner >= 0 {
					return owner
				}
				break
			}
		}
		return -1 // a quote ends right before: the speaker is not clause-local
	}
	return x.subject(c, i)
}

// adverbialAside returns the comma that opens an adverbial phrase set off by commas, the second
// of which is toks[k], between a subject and its verb of saying: a prepositional phrase of the
// medium or occasion ("The ministry, in a short statement on Wednesday, said", "X, through its
// embassy in Oslo, denied") or a present participle's ("the bank's spokesman, speaking at a news
// conference in Tarvik, dismissed"), or -1. The phrase holds no finite verb, modal, relative
// word, quotation mark or comma and spans at most asideReach words outside names; a noun or a
// mention ends right before it. It only says how or where the subject spoke.
func (x *Extractor) adverbialAside(c *sentCtx, k int) int {
	toks := c.s.Toks
	if k < 3 || k >= len(toks) || toks[k].Text != "," {
		return -1
	}
	n := 0 // words read outside names
	for p := k - 1; p > 0 && n <= asideReach; p-- {
		if m := c.at[p]; m >= 0 {
			p = c.ms[m].First
			if p > 0 && toks[p-1].Text == "," {
				return -1 // a name opens the phrase: an appositive ("X, Mira Dolan, said")
			}
			continue
		}
		t := toks[p]
		if t.Text != "," {
			if isFiniteTag(t.Tag) || t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "WRB" || isQuote(t.Text) || t.Text == "(" {
				return -1
			}
			n++
			continue
		}
		o := toks[p+1]
		// the tagger reads a participle after a comma as a noun at times ("speaking/NN")
		opens := o.Tag == "IN" && x.cue.tokIs("asideopener", &toks[p+1]) || (o.Tag == "VBG" || o.Tag == "NN" && strings.HasSuffix(o.Lower, "ing")) && c.at[p+1] < 0
		if !opens || p+2 >= k || c.at[p-1] < 0 && !isNounTag(toks[p-1].Tag) {
			return -1
		}
		return p
	}
	return -1
}

// townRegionComma reports whether the comma at j sets a town apart from its state or region
// inside a phrase, as American news writes a place ("the Arlington, Va., incident-response firm",
// "a lawyer in Boise, Idaho,", "an Arlington, Va.-based firm"): the comma after a capitalised
// word that is no country and before a state (stateWord) that a comma, the sentence's end or
// "-based" closes, or the comma that closes such a state. It ends no aside. "Russia, Georgia,"
// lists two countries.
func (x *Extractor) townRegionComma(toks []token, j int) bool {
	if j < 1 || j+1 >= len(toks) || toks[j].Text != "," {
		return false
	}
	if isCap(toks[j-1].Text) && !x.isCountryWord(toks[j-1].Text) {
		for n := 1; n <= regionWords && j+n < len(toks); n++ {
			if x.stateName(toks[j+1:j+1+n]) && (j+1+n == len(toks) || toks[j+1+n].Text == ",") {
				return true
			}
		}
		if w := toks[j+1].Lower; strings.HasSuffix(w, "-based") && x.stateWord(strings.TrimSuffix(w, "-based")) {
			return true
		}
	}
	for s := j - 1; s >= 2 && j-s <= regionWords; s-- {
		if toks[s-1].Text == "," && isCap(toks[s-2].Text) && !x.isCountryWord(toks[s-2].Text) && x.stateName(toks[s:j]) {
			return true
		}
	}
	return false
}

// isCountryWord reports whether w names a country or its people (countryWord).
func (x *Extractor) isCountryWord(w string) bool {
	_, ok := x.countryWord(w)
	return ok
}

// placedTown returns where the preposition (cue placingprep) stands that opens a phrase of a town
// and its state, the comma at k closing the state ("Harbor Clinic in Dayton, Ohio, said",
// "Brell Labs of Reston, Va., said"; townRegionComma), when a mention stands right before the
// preposition; or -1. The phrase places the mention, the subject of the verb after the comma.
func (x *Extractor) placedTown(c *sentCtx, k int) int {
	toks := c.s.Toks
	if k < 4 || k >= len(toks) || toks[k].Text != "," || !x.townRegionComma(toks, k) {
		return -1
	}
	o := k - 1
	for o > 0 && toks[o].Text != "," && k-o <= regionWords {
		o--
	}
	if toks[o].Text != "," || !x.townRegionComma(toks, o) {
		return -1
	}
	t := o - 1 // the town's first word
	if m := c.at[t]; m >= 0 {
		t = c.ms[m].First
	}
	for t > 0 && o-t < 3 && isCap(toks[t-1].Text) && c.at[t-1] < 0 {
		t--
	}
	if t < 2 || !x.cue.tokIs("placingprep", &toks[t-1]) || c.at[t-2] < 0 {
		return -1 // "a lawyer in Boise, Idaho, said" is the appositive's (speaker)
	}
	return t - 1
}

// regionWords bounds the words of a state's name townRegionComma reads ("New Hampshire").
const regionWords = 2

// stateName reports whether the capitalised words toks name a state or region (stateWord).
func (x *Extractor) stateName(toks []token) bool {
	ws := make([]string, 0, len(toks))
	for _, t := range toks {
		if !isCap(t.Text) {
			return false
		}
		ws = append(ws, t.Lower)
	}
	return x.stateWord(strings.Join(ws, " "))
}

// stateWord reports whether the lower-case w is a state or region (cue subregion) or, set after a
// town, a state's abbreviation in news style or a state's name that names a country, a city or a
// person elsewhere (cue statename: "va.", "calif.", "georgia", "washington").
func (x *Extractor) stateWord(w string) bool {
	return x.cue.is("subregion", w) || x.cue.is("statename", w)
}

// apposedReach bounds how many words (a name inside counting as one) speaker reads back over an
// aside set off by commas before "said" to the name it describes ("X, the company's chief
// executive, said"); nounAsideReach bounds a longer aside that is a bare noun phrase
// (nounAside: "X, the special agent in charge of the FBI's Denver field office, said").
const (
	apposedReach   = 12
	nounAsideReach = 18
)

// nounAside reports whether the words from a to b (exclusive) are a noun phrase opened by an
// article, with no finite verb, modal, relative word or quotation mark among them ("the
// special agent in charge of the FBI's Denver office", "a senior lecturer in computer science
// at the University of Leeds"): an appositive that only renames the name before it, however
// long, unlike an aside holding a clause ("X, who …, said").
func nounAside(toks []token, a, b int) bool {
	if a >= b || a < 0 || b > len(toks) {
		return false
	}
	if w := toks[a].Lower; w != "the" && w != "a" && w != "an" {
		return false
	}
	for _, t := range toks[a+1 : b] {
		if isFiniteTag(t.Tag) || relativeWord(t.Lower) || t.Lower == "that" || isQuote(t.Text) || t.Text == "(" {
			return false
		}
	}
	return true
}

// holderOfUnit returns the entity of a person's name set before "of|at|from [the]" and a body's
// possessed unit that ends at j, right before a verb of saying ("Mira Dolan of the ministry's
// cyber division said", "Tom Bell at Harbor Bank's security team told reporters"): the person
// speaks, the unit and its owner only place them. It returns -1 when the phrase is not so shaped.
func (x *Extractor) holderOfUnit(c *sentCtx, j int) int {
	toks := c.s.Toks
	k, owned := j, false
	for k >= 0 && j-k <= unitReach {
		if m := c.at[k]; m >= 0 {
			owned = owned || c.ms[m].Possessive && k < j
			k = c.ms[m].First - 1
			continue
		}
		if t := toks[k]; !(isNounTag(t.Tag) || t.Tag == "JJ" || isPossMark(t.Text) || t.Tag == "POS") {
			break
		}
		k--
	}
	if !owned || k < 1 {
		return -1 // "Mira Dolan of the ministry said" is the subject rule's
	}
	if toks[k].Lower == "the" {
		k--
	}
	if k < 1 || toks[k].Lower != "of" && toks[k].Lower != "at" && toks[k].Lower != "from" {
		return -1
	}
	m := c.at[k-1]
	if m < 0 || c.ms[m].How != mkName || c.ms[m].Last != k || c.ms[m].Entity < 0 || c.ms[m].Entity >= len(c.ents) {
		return -1
	}
	if e := c.ms[m].Entity; c.ents[e].Kind == schema.KindPerson || c.ms[m].PersonCue || c.ms[m].LooksPerson {
		return e
	}
	return -1
}

// unitReach bounds, in tokens back from the verb, the possessed unit holderOfUnit reads
// ("the ministry's cyber division").
const unitReach = 8

// bodyOfHolder reports whether the tokens from a to end are "of|at|from [the] <name>" closing a
// person's name in an apposition ("The official, Mira Dolan of the National Cyber Office,
// said"): the body the named one belongs to, the name still the one who speaks.
func (x *Extractor) bodyOfHolder(c *sentCtx, a, end int) bool {
	toks := c.s.Toks
	if a >= end || end > len(toks) || a >= len(toks) || toks[a].Lower != "of" && toks[a].Lower != "at" && toks[a].Lower != "from" {
		return false
	}
	n := a + 1
	if n < end && toks[n].Lower == "the" {
		n++
	}
	k := -1
	if n < end {
		k = c.at[n]
	}
	return k >= 0 && c.ms[k].How == mkName && c.ms[k].First == n && c.ms[k].Last == end &&
		c.ms[k].Entity >= 0 && c.ms[k].Entity < len(c.ents) && c.ents[c.ms[k].Entity].Kind != schema.KindPerson
}

// roleServes reports whether the name m is the object of "for" right after a person's role
// ("Counsel for Jo Vance, Ravi Kumar, said", "a lawyer for Acme, Mira Dolan, said"): the one
// the role serves, not the holder named after it.
func (x *Extractor) roleServes(c *sentCtx, m mention) bool {
	toks := c.s.Toks
	return m.First >= 2 && m.First < len(toks) && toks[m.First-1].Lower == "for" && x.cue.tokIs("personrole", &toks[m.First-2])
}

// remitCountry reports whether the name m is a country after "for" that ends a title's phrase
// ("the United Nations envoy for Syria, Anna Korvel, said"): the field of the title, not the
// one who speaks.
func remitCountry(c *sentCtx, m mention) bool {
	if m.Entity < 0 || m.Entity >= len(c.ents) || c.ents[m.Entity].Kind != schema.KindCountry || m.First < 2 {
		return false
	}
	toks := c.s.Toks
	return toks[m.First-1].Lower == "for" && isNounTag(toks[m.First-2].Tag) && c.at[m.First-2] < 0
}

// object finds the target of the verb at i: the first name to its right in the same clause,
// through determiners, adjectives, nouns and some prepositions, not across another verb.
func (x *Extractor) object(c *sentCtx, i int, allowPrep bool) int {
	return x.objectOf(c, i, allowPrep, false)
}

// objectOf is object; with demonyms, a demonym modifying the object's common noun phrase
// gives its country ("breached Valdorian government networks").
func (x *Extractor) objectOf(c *sentCtx, i int, allowPrep, demonyms bool) int {
	return x.objectWithin(c, i, allowPrep, demonyms, objectReach)
}

// objectReach bounds how many tokens right of its verb objectOf and lonePlace look for the
// object.
const objectReach = 8

// objectWithin is objectOf looking up to reach tokens to the right.
func (x *Extractor) objectWithin(c *sentCtx, i int, allowPrep, demonyms bool, reach int) int {
	toks := c.s.Toks
	if e := x.officeHolder(c, i+1); e >= 0 {
		return e // "briefed the Minister for Cyber Security, Naomi Brereton,": the one holding it
	}
	for j := i + 1; j < len(toks) && j-i <= reach; j++ {
		if c.clause[j] != c.clause[i] {
			return -1
		}
		if k := c.at[j]; k >= 0 {
			if j > 0 && (toks[j-1].Lower == "by" && !x.doerRunBy(c, j-2) || j > 1 && toks[j-1].Lower == "to" && toks[j-2].Lower == "according") {
				return -1
			}
			if x.placesNoun(c, j, k, demonyms, x.tellingVerb(toks[i])) {
				return -1
			}
			e := x.npHead(c, k)
			if e < 0 && c.ms[k].Entity < 0 {
				e = nameAfterAnd(c, c.ms[k].Last) // "alerted police and the Data Inspectorate": the one named
			}
			return e
		}
		if e := x.demonymCountry(c, j); demonyms && e >= 0 {
			return e // "breached Valdorian government networks": the country
		}
		w := toks[j]
		switch {
		case w.Lower == "by" && x.doerRunBy(c, j-1), x.doerRunBy(c, j) && j+1 < len(toks) && toks[j+1].Lower == "by":
			continue // "blamed a hacking group run by X": the principal of the doer described
		case w.Lower == "that" || w.Lower == "by" || w.Lower == "according" || w.Lower == "as" || w.Lower == "since":
			return -1
		case j > i+1 && x.cue.tokIs("topicprep", &w) && x.tellingVerb(toks[i]) && !x.boundWord(toks, j):
			return -1 // "warned hospitals about the group": what the telling is about, not who was told
		case w.Lower == "for" && j == i+1:
			return -1 // "spied for X", "hacking for Y": the one served, not the one the deed is done to
		case x.toldOf(toks, i, j):
			return -1 // "notified 120 hospitals of Grey Marten infections": what they were told of
		case subordinator[w.Lower] && j+1 < len(toks) && (toks[j+1].Tag == "PRP" || toks[j+1].Tag == "DT"):
			return -1 // "briefed only a handful of lawmakers before it took effect": another clause
		case isVerbTag(w.Tag) && w.Tag != "VBG" && w.Tag != "VBN":
			return -1
		case w.Tag == "IN" && !allowPrep:
			return -1
		case w.Text == ",":
			return x.apposedObject(c, i, j)
		}
	}
	return -1
}

// toldOf reports whether the "of" at j opens what the verb of warning at i tells about: it
// follows a plural common noun, the ones told, that names no people of a body nor a count
// ("notified 120 hospitals of Grey Marten infections", "warned banks of the Velvet Crane
// campaign"), unlike "briefed members of X", "executives of X", "customers of X", "users of X",
// "dozens of companies".
func (x *Extractor) toldOf(toks []token, i, j int) bool {
	if toks[j].Lower != "of" || j < i+2 || !x.tellingVerb(toks[i]) {
		return false
	}
	h := &toks[j-1]
	if h.Tag != "NNS" || isCap(h.Text) {
		return false
	}
	if x.cue.tokIs("clientele", h) {
		return false // "alerted users of X": the people X serves, so X is told
	}
	for _, cue := range []string{"leadhead", "staffnoun", "audience", "vaguecount", "genstart", "envoy"} {
		if x.cue.tokIs(cue, h) {
			return false
		}
	}
	return true
}

// subjectRightBefore reports whether the verb at v has its subject right before it, past
// adverbs and auxiliaries: a name or pronoun ends there, or the comma closing an apposition
// ("X, a former Y engineer, admitted"); not "a virus gained access and began …", whose subject
// is a common noun of another verb.
func (x *Extractor) subjectRightBefore(c *sentCtx, v int) bool {
	toks := c.s.Toks
	k := x.beforeAux(toks, v, false)
	return k >= 0 && (c.at[k] >= 0 || toks[k].Text == ",")
}

// coordinatedSubject reports whether the verb at v is coordinated with an earlier verb whose
// subject stands right before it (subjectRightBefore), with no other verb between: "X alerted
// Y and began …", not "a virus gained access and began …".
func (x *Extractor) coordinatedSubject(c *sentCtx, v int) bool {
	u := x.coordinatedVerb(c, v)
	if u < 0 || u >= v {
		return false
	}
	for k := u + 1; k < v; k++ {
		if t := c.s.Toks[k]; isVerbTag(t.Tag) || t.Lower == "that" || t.Tag == "WDT" || t.Tag == "WP" {
			return false // "discovered that a virus gained access and began …": another clause's verb between
		}
	}
	return x.subjectRightBefore(c, u)
}

// staffBefore reports whether the name m is where the people a staff noun names work ("researchers
// at X", "senior officials at the X", "investigators from X"; staffAt) and that phrase ends right
// before the verb at i, past adverbs and auxiliaries: the subject of the verb is that body.
func (x *Extractor) staffBefore(c *sentCtx, m mention, i int) bool {
	toks := c.s.Toks
	if x.beforeAux(toks, i, true) != m.Last-1 {
		return false
	}
	p := m.First - 1
	if p >= 1 && toks[p].Lower == "the" {
		p--
	}
	for j := p - 1; j >= 0 && p-j <= 2; j-- {
		if x.staffAt(c, j) == p+1 {
			return true
		}
	}
	return false
}

// beforeAux returns the index of the word before the verb at i past at most auxReach adverbs
// and auxiliaries (modals too when modal is set): where the verb's subject would end; -1 at the
// sentence's start.
func (x *Extractor) beforeAux(toks []token, i int, modal bool) int {
	return x.beforeAuxWithin(toks, i, auxReach, modal)
}

// beforeAuxWithin is beforeAux past at most reach adverbs and auxiliaries.
func (x *Extractor) beforeAuxWithin(toks []token, i, reach int, modal bool) int {
	k := i - 1
	for k >= 0 && i-k <= reach && (toks[k].Tag == "RB" || modal && toks[k].Tag == "MD" || x.auxTok(&toks[k])) {
		k--
	}
	return k
}

// nameAfterAnd returns the entity of the name right after "and" at p, past a determiner ("…
// police and the Norland Data Inspectorate"), or -1.
func nameAfterAnd(c *sentCtx, p int) int {
	toks := c.s.Toks
	if p+1 >= len(toks) || toks[p].Lower != "and" {
		return -1
	}
	n := p + 1
	if toks[n].Tag == "DT" && n+1 < len(toks) {
		n++
	}
	if k := c.at[n]; k >= 0 && c.ms[k].First == n && c.ms[k].How == mkName && c.ms[k].Entity >= 0 && !c.ms[k].Possessive {
		return c.ms[k].Entity
	}
	return -1
}

// apposedObject returns the entity of a name set beside a common noun object between commas
// ("arrested the suspect, Lena Hald, on Friday", "charged a former engineer, Ivo Marsh, with
// fraud"): the comma at j closes the object of the verb at i, a plain noun phrase; -1 when the
// name does not end at a comma or the sentence's end, or the object is not such a phrase.
func (x *Extractor) apposedObject(c *sentCtx, i, j int) int {
	toks := c.s.Toks
	if j <= i+1 || j+1 >= len(toks) || toks[j-1].Tag != "NN" && toks[j-1].Tag != "NNS" || isCap(toks[j-1].Text) {
		return -1
	}
	for k := i + 1; k < j; k++ {
		if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "CD" && t != "PRP$" && t != "POS" && t != "HYPH" && !isNounTag(t) {
			return -1
		}
	}
	k := nameAfterComma(c, j)
	if k < 0 {
		k = x.namedWhom(c, j)
	}
	if k < 0 {
		return -1
	}
	return x.npHead(c, k)
}

// namedWhomReach bounds the words of a relative clause naming a person namedWhom reads to "as".
const namedWhomReach = 6

// namedWhom returns the mention of the name a relative clause after the comma at j gives the
// noun phrase before it ("charged the suspect, whom it named only as Jens K., with fraud",
// "detained a man, who police identified as Ivo Marsh,"; cue identifyverb); -1 otherwise.
func (x *Extractor) namedWhom(c *sentCtx, j int) int {
	toks := c.s.Toks
	if j+2 >= len(toks) || toks[j+1].Lower != "whom" && toks[j+1].Lower != "who" {
		return -1
	}
	named := false
	for t := j + 2; t < len(toks) && t-j <= namedWhomReach+1; t++ {
		w := toks[t]
		switch {
		case x.cue.tokIs("identifyverb", &w):
			named = true
		case w.Lower == "as":
			if !named || t+1 >= len(toks) || c.at[t+1] < 0 || c.ms[c.at[t+1]].How != mkName || c.ms[c.at[t+1]].Entity < 0 {
				return -1
			}
			return c.at[t+1]
		case w.Tag != "PRP" && w.Tag != "RB" && w.Tag != "NNS" && w.Tag != "NN" && w.Tag != "DT" && c.at[t] < 0:
			return -1 // "a man, who worked for X as …": no naming clause
		}
	}
	return -1
}

// placesNoun reports whether the mention k at token j is a place set after "in" behind a common
// noun of the object, which it only locates: "targeted ministries in Southeast Asia", and
// outside deeds (whose victims a place may stand for: demonyms false) "arrested the two men in
// Texas", "detained a translator in Dunmore"; with told (the verb tells), a country after a
// plural noun too: "warned hospitals in Malaysia".
func (x *Extractor) placesNoun(c *sentCtx, j, k int, demonyms, told bool) bool {
	toks := c.s.Toks
	p := placePrep(toks, j)
	if p < 1 || c.at[p-1] >= 0 || c.ms[k].Entity < 0 || c.ms[k].Entity >= len(c.ents) {
		return false
	}
	n, kind := toks[p-1], c.ents[c.ms[k].Entity].Kind
	if toks[p].Lower == "from" {
		// "arrested a teenager from Dunmere": where the people a story is about come from
		return kind == schema.KindPlace && x.fromLede(toks, j)
	}
	if kind == schema.KindCountry {
		// "warned hospitals in Malaysia", "warning other sports federations in Malaysia": who
		// is told is what the plural noun names, the country only locates it
		return told && n.Tag == "NNS" && !isCap(n.Text)
	}
	if kind != schema.KindPlace && !unknownPlace(c, c.ms[k]) {
		return false
	}
	return n.Tag == "NNS" && x.cue.genHead[n.Lower] != "" || !demonyms && (n.Tag == "NNS" || n.Tag == "NN") && !isCap(n.Text)
}

// placePrep returns the index of the "in" or "from" that places the name at j ("in Dunmore",
// "in northern Dunmore": past one lower-case adjective), or -1.
func placePrep(toks []token, j int) int {
	p := j - 1
	if p >= 1 && toks[p].Tag == "JJ" && !isCap(toks[p].Text) {
		p-- // "a 20-year-old man in western Harlow"
	}
	if p >= 0 && (toks[p].Lower == "in" || toks[p].Lower == "from") {
		return p
	}
	return -1
}

// tellingVerb reports whether the verb t is a trigger of warning ("warned", "notified",
// "alerted"): its object is who is told.
func (x *Extractor) tellingVerb(t token) bool {
	tr, ok := x.tokTrigger(&t, true)
	return ok && isVerbTag(t.Tag) && tr.Type == schema.EventWarning
}

// speechVerb reports whether t is a verb of telling or saying: a warning, statement, report,
// denial or accusation, which people do for the body they work for.
func (x *Extractor) speechVerb(t token) bool {
	tr, ok := x.tokTrigger(&t, true)
	return ok && (tr.Type == schema.EventWarning || tr.Type == schema.EventReport || sayingType(tr.Type))
}

// originOf reports whether the mention m is the object of a "from" that tells where a person
// comes from: right after a comma ("The man, from Westbrook, was charged") or a noun for a
// person (cues describedperson and folknoun: "A teenager from Westbrook who hacked …"; "a
// 41-year-old from Norbury"). homeTown makes the same judgement on a name not yet an actor,
// more strictly: a comma counts there only after a folknoun, and a body's name is left.
func (x *Extractor) originOf(toks []token, m mention) bool {
	if m.First < 2 || toks[m.First-1].Lower != "from" {
		return false
	}
	b := toks[m.First-2]
	return b.Text == "," || x.cue.tokIs("describedperson", &b) || x.cue.tokIs("folknoun", &b) || strings.HasSuffix(b.Lower, "-year-old")
}

// originOnly reports whether every mention of entity e before the verb at i in its clause, and
// at least one, tells where a person comes from (originOf: "The man, from Westbrook, was
// charged", "A woman from Halden has been arrested").
func (x *Extractor) originOnly(c *sentCtx, e, i int) bool {
	toks := c.s.Toks
	found := false
	for _, m := range c.ms {
		if m.Entity != e || m.First >= i || c.clause[m.First] != c.clause[i] {
			continue
		}
		if !x.originOf(toks, m) {
			return false
		}
		found = true
	}
	return found
}

// lonePlace returns the place placesNoun leaves out of the object of the verb at i, the only
// party a step may then have ("police detained a translator in Dunmore"), or -1; not when the
// noun it places is a described actor, the party fillGeneric gives the step ("detained a
// 24-year-old man in Dunmore suspected of …").
func (x *Extractor) lonePlace(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= objectReach && c.clause[j] == c.clause[i]; j++ {
		if k := c.at[j]; k >= 0 {
			if p := placePrep(toks, j); p >= 1 && c.genAt(p-1) >= 0 {
				return -1
			}
			if x.placesNoun(c, j, k, false, false) {
				return c.ms[k].Entity
			}
			return -1
		}
	}
	return -1
}

// unknownPlace reports whether the mention m is a lone capitalised word the gazetteer does not
// know (loneUnknown) and no description or person cue makes an actor of: after "in" it reads as
// a town ("arrested a man in Dunmore").
func unknownPlace(c *sentCtx, m mention) bool {
	return loneUnknown(m) && !m.PersonCue && c.ents[m.Entity].Kind == schema.KindOrganization
}

// loneUnknown reports whether the mention m is a name of one word, no possessive, that the
// gazetteer does not know.
func loneUnknown(m mention) bool {
	return m.How == mkName && m.Last-m.First == 1 && m.Entry == nil && !m.Possessive
}

// doerRunBy reports whether the word at k is a participle of direction (cue principalverb:
// "run", "backed", "controlled") set right after a word naming unnamed doers and followed by
// "by": "a hacking group run by X", "hackers backed by X".
func (x *Extractor) doerRunBy(c *sentCtx, k int) bool {
	toks := c.s.Toks
	if k < 1 || k+1 >= len(toks) || toks[k+1].Lower != "by" || !x.cue.tokIs("principalverb", &toks[k]) || c.at[k-1] >= 0 {
		return false
	}
	p := toks[k-1].Lower
	return x.groupWord(p) || x.groupWord(strings.TrimSuffix(p, "s")) || doerWord[p]
}

// objectPronoun holds the pronouns that stand as the object of a verb ("warned it", "told
// them"): resolved, they name who was told (a news outlet taken up by "it" is too unsure a
// reading to make a tip-off of).
var objectPronoun = map[string]bool{"it": true, "them": true, "him": true, "her": true}

// subordinator holds the conjunctions that open a clause of their own after an object.
var subordinator = map[string]bool{"before": true, "after": true, "when": true, "while": true, "because": true,
	"although": true, "though": true, "until": true, "unless": true, "once": true}

// recipient finds who was told: "told X", "told to X", "in a statement to X", "reported to X".
func (x *Extractor) recipient(c *sentCtx, i int, direct bool) int {
	toks := c.s.Toks
	if direct {
		if e := x.officeHolder(c, i+1); e >= 0 {
			return e // "told the Minister for Cyber Security, X, that …": the minister
		}
		if e := x.roleHolder(c, i+1); e >= 0 {
			return e // "told the chief information officer, X, that afternoon": the officer
		}
		if e := x.counterpart(c, i+1, nil); e >= 0 {
			return e // "told their Polish counterparts": that country, or its agency the article names
		}
		// "told X", "told the committee"; "told executives at X": the body they work at (not
		// "told reporters at the White House", where they were told)
		if k := x.staffAt(c, i+1); k >= 2 && !x.cue.tokIs("pressnoun", &toks[k-2]) {
			if e := x.nextMention(c, k, 3); e >= 0 {
				return e
			}
		}
		for j := i + 1; j < len(toks) && j-i <= 4; j++ {
			if k := c.at[j]; k >= 0 {
				if m := c.ms[k]; m.How != mkPronoun || objectPronoun[m.Head] && m.Entity >= 0 && !c.isPress(m.Entity) {
					return ownedHead(c, j, 1, m.Entity) // "told Britain's National Crime Agency": the agency
				}
				break
			}
			if t := toks[j].Tag; (t != "DT" && t != "JJ" && t != "PRP$" || j-i > 3) && !x.titleBefore(toks, j) {
				break // "told Defense Secretary Alan Pryce": title words before the name
			}
		}
	}
	reach := recipientReach
	for j := i + 1; j < len(toks) && j-i <= reach; j++ {
		if c.clause[j] != c.clause[i] || toks[j].Text == "," || toks[j].Lower == "that" {
			return -1
		}
		if m := c.at[j]; m >= 0 && reach == recipientReach && c.ms[m].How == mkName && c.ms[m].Last > j && ownerAfterObject(toks, i, j) {
			// "reported a flaw in the Korvex app to Korvex", "reported the breach of X's
			// servers to Y": a name owning the object's thing, the one told still to come
			j, reach = c.ms[m].Last-1, recipientOwnerReach
			continue
		}
		if q := x.reportedParty(c, i, j); q > j {
			j = q - 1 // "reported the company to the regulator", "reported him to the police": the one reported, then who was told
			continue
		}
		if toks[j].Lower == "with" && j > i+1 && j+1 < len(toks) && x.cue.tokIs("callnoun", &toks[j-1]) {
			return x.nextMention(c, j+1, 3) // "said in a phone call with X": the one spoken with
		}
		if toks[j].Lower == "to" && j+1 < len(toks) && (!isVerbTag(toks[j+1].Tag) || c.at[j+1] >= 0) {
			if j > i+1 && x.cue.tokIs("travelnoun", &toks[j-1]) {
				return -1 // "said during a visit to Australia": the place gone to, not who was told
			}
			if e := x.officeHolder(c, j+1); e >= 0 {
				return e // "wrote to the Minister of Public Safety, X,": the minister
			}
			if e := x.roleHolder(c, j+1); e >= 0 {
				return e // "passed the call to the campaign manager, X,": the manager
			}
			if e := x.nextMention(c, j+1, 3); e >= 0 {
				return ownedHead(c, j+1, 3, e)
			}
			return x.afterUnnamedConjunct(c, j+1)
		}
		switch w := toks[j]; {
		case isVerbTag(w.Tag) && !(w.Tag == "VBN" && x.cue.tokIs("sentverb", &w)):
			return -1 // "tools it said belonged to X": the "to" is another verb's
		case w.Tag == "RB" || w.Tag == "DT" || w.Tag == "JJ" || w.Tag == "PRP$" || isNounTag(w.Tag) && c.at[j] < 0 || w.Tag == "IN" || isVerbTag(w.Tag):
		case j == i+1 && w.Tag == "RP":
			// "reached out to X", "passed it on to X": the verb's particle, then who was told
		case j == i+1 && (w.Lower == "it" || w.Lower == "them"):
			// "reported it to the FBI": the thing told, then who was told
		case j == i+1 && objectPronoun[w.Lower] && x.cue.tokIs("denounceverb", &toks[i]):
			// "reported him to the police": the one reported, then who was told
		default:
			return -1
		}
	}
	return -1
}

// reportedParty reads, at token j right after verb i of reporting someone (cue denounceverb) or
// after determiners there, the actor reported when "to" follows it ("reported the company to the
// regulator", "reported him to the police"): the index of that "to", or -1.
func (x *Extractor) reportedParty(c *sentCtx, i, j int) int {
	toks := c.s.Toks
	if i < 0 || !x.cue.tokIs("denounceverb", &toks[i]) || c.at[j] < 0 {
		return -1
	}
	for k := i + 1; k < j; k++ {
		if toks[k].Tag != "DT" && toks[k].Tag != "PRP$" {
			return -1
		}
	}
	m := c.ms[c.at[j]]
	if m.Entity < 0 || m.Last >= len(toks) || toks[m.Last].Lower != "to" || m.Last+1 >= len(toks) || isVerbTag(toks[m.Last+1].Tag) {
		return -1
	}
	return m.Last
}

// recipientReach bounds how far after a verb recipient looks for the "to" of the one told;
// recipientOwnerReach, once the object has held a name after "in" or "of" (ownerAfterObject).
const (
	recipientReach      = 6
	recipientOwnerReach = 10
)

// ownerAfterObject reports whether the name at j stands after "in" or "of" (an article
// between allowed) that follows a common noun of the verb at i's object: "reported a flaw in
// the Korvex app", "reported the breach of Harlow Bank's servers".
func ownerAfterObject(toks []token, i, j int) bool {
	p := j - 1
	if p > i && toks[p].Tag == "DT" {
		p--
	}
	if p <= i+1 || p >= len(toks) || toks[p].Lower != "in" && toks[p].Lower != "of" {
		return false
	}
	return isNounTag(toks[p-1].Tag)
}

// ownedHead returns, for the entity e nextMention found from j within n words, the name that
// first mention owns when it is a possessive name right before another ("reported it to
// Britain's National Crime Agency": the agency, not Britain), else e.
func ownedHead(c *sentCtx, j, n, e int) int {
	for k := j; k >= 0 && k < len(c.at) && k-j < n; k++ {
		if c.at[k] >= 0 {
			if o := ownedMention(c, k); o >= 0 && !loneUnknown(c.ms[o]) {
				return c.ms[o].Entity // not a lone unknown word: "to Android's Security team"
			}
			return e
		}
	}
	return e
}

// officeWords bounds the words of a capitalised office officeHolder reads before its comma
// ("Minister for Cyber Security and Digital Affairs").
const officeWords = 8

// officeHolder returns the person named in apposition after a capitalised office opening at j,
// past an article ("the Minister for Cyber Security, Naomi Brereton,", "the Minister of Public
// Safety, Dominic LeBlanc."): a title word (cue title) among capitalised words and "of", "for",
// "and", "the" up to a comma, then a person's name the apposition closes on; else -1. The
// office's holder is who is told or acted on, not a body named inside the office.
func (x *Extractor) officeHolder(c *sentCtx, j int) int {
	toks := c.s.Toks
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	if !x.titleBefore(toks, j) {
		return -1
	}
	k, title := j, false
	for ; k < len(toks) && k-j <= officeWords && toks[k].Text != ","; k++ {
		switch t := toks[k]; {
		case isCap(t.Text) && x.cue.tokIs("title", &t):
			title = true
		case isCap(t.Text) || t.Lower == "of" || t.Lower == "for" || t.Lower == "and" || t.Lower == "the":
		default:
			return -1
		}
	}
	if !title || k+1 >= len(toks) || toks[k].Text != "," {
		return -1
	}
	return appositivePerson(c, k+1)
}

// roleHolder returns the person named in apposition after a lower-case post opening at j with
// "the" or an owner's possessive ("the chief information security officer, Nadia Vell,", "the
// campaign manager, Jo Reyes.", "the company's finance director, Ana Lind,"): at most
// roleWords adjectives and nouns ending on a word for a person's post (cue personrole), a
// comma, then a person's name the apposition closes on (appositivePerson); else -1.
func (x *Extractor) roleHolder(c *sentCtx, j int) int {
	toks := c.s.Toks
	if j < len(toks) && c.at[j] < 0 && toks[j].Lower == "the" && j+1 < len(toks) && c.at[j+1] >= 0 {
		j++ // "the company's chief financial officer, X,"
	}
	if j < len(toks) && c.at[j] >= 0 {
		if o := c.ms[c.at[j]]; o.Possessive && o.Last < len(toks) && isPossMark(toks[o.Last].Text) {
			j = o.Last // "Calloway's security manager, X,": the owner's post, its holder told
		}
	}
	if j >= len(toks) || toks[j].Lower != "the" && !isPossMark(toks[j].Text) {
		return -1
	}
	k := j + 1
	for k < len(toks) && k-j <= roleWords && c.at[k] < 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "NN") && !isCap(toks[k].Text) {
		k++
	}
	if k == j+1 || k+1 >= len(toks) || toks[k].Text != "," || !x.cue.tokIs("personrole", &toks[k-1]) {
		return -1
	}
	return appositivePerson(c, k+1)
}

// appositivePerson returns the person whose name, a mention starting at token k, closes an
// apposition (a comma or a full stop right after it: "…, Naomi Brereton,"), or -1.
func appositivePerson(c *sentCtx, k int) int {
	toks := c.s.Toks
	if k >= len(toks) || c.at[k] < 0 {
		return -1
	}
	p := c.ms[c.at[k]]
	if p.How != mkName || p.Possessive || p.Entity < 0 || p.Entity >= len(c.ents) || c.ents[p.Entity].Kind != schema.KindPerson {
		return -1
	}
	if p.Last < len(toks) && toks[p.Last].Text != "," && toks[p.Last].Text != "." {
		return -1
	}
	return p.Entity
}

// roleWords bounds the words of a lower-case post before its holder's name (roleHolder).
const roleWords = 5

// titleBefore reports whether the capitalised word at j is a title before a person's name or
// part of one ("Senator", "Chancellor", "Defense Secretary", "Deputy Foreign Minister"): a title
// word (cue title), or a capitalised word right before one.
func (x *Extractor) titleBefore(toks []token, j int) bool {
	if j < 0 || j >= len(toks) || !isCap(toks[j].Text) {
		return false
	}
	if x.cue.tokIs("title", &toks[j]) {
		return true
	}
	return j+1 < len(toks) && isCap(toks[j+1].Text) && x.cue.tokIs("title", &toks[j+1])
}

// afterUnnamedConjunct reads "the police and (to) the ICO" from j: a short common-noun phrase that
// names no one (an unresolved description at most), "and", then a name: the name (the receivers the article names among those
// told), or -1.
func (x *Extractor) afterUnnamedConjunct(c *sentCtx, j int) int {
	toks := c.s.Toks
	noun := false
	for k := j; k < len(toks) && k-j <= 3; k++ {
		if m := c.at[k]; m >= 0 && (c.ms[m].Entity >= 0 || c.ms[m].How == mkName) {
			return -1
		}
		switch t := toks[k]; {
		case t.Lower == "and":
			if !noun {
				return -1
			}
			if k+1 < len(toks) && toks[k+1].Lower == "to" {
				k++ // "reported it to the police and to the ICO": the preposition said again
			}
			return x.nextMention(c, k+1, 2)
		case t.Tag == "NN" || t.Tag == "NNS":
			noun = true
		case t.Tag == "DT" && !noun || t.Tag == "JJ" && !noun:
		default:
			return -1
		}
	}
	return -1
}

// serviceDemonym reports whether m is a state's or a town's service read from a demonym or a
// place before its lower-case head ("the Dutch police", "Kent police", "Hamburg prosecutors"):
// a body, one hearer like a name, so that names joined to it are told too.
func serviceDemonym(m mention) bool {
	return m.How == mkDemonym && m.Kind == schema.KindAgency
}

// toldConjunct reads the names joined to the name first that a verb of warning at i takes as
// its object: by "and" ("briefed the Prime Minister's office and the Home Affairs Minister"),
// in a list closed by "and" ("notified X, Y and Z"), or by "as well as" ("notified X and Y, as
// well as Z"), past an acronym defined in brackets ("X (XA) and Y"): all are told. A name
// followed by a finite verb starts a clause of its own ("warned X and Y said …"); a list
// comma with no closing conjunct is no list ("informed X, Y's regulator"). The first may be a
// description that took up the one told ("alerted the company and the FBI"); the ones joined
// to it must be names, or, closing the list, a body named by its function (functionalConjunct:
// "notified X and the state's securities regulator"): other descriptive actors there are left
// to their own rules.
func (x *Extractor) toldConjunct(c *sentCtx, i, first int) []int {
	toks := c.s.Toks
	k, from := -1, -1
	for j := i + 1; j < len(toks) && j-i <= 8; j++ {
		if m := c.at[j]; m >= 0 {
			if c.ms[m].Entity == first && (c.ms[m].How == mkName || c.ms[m].How == mkDesc && apposedName(c, c.ms[m]) < 0 || serviceDemonym(c.ms[m])) {
				k, from = c.ms[m].Last, c.ms[m].First // "warned X and Y", "warned the company and Y", "notified the Kent police and Y"
			} else if o := ownedMention(c, j); o >= 0 && c.ms[o].Entity == first {
				k, from = c.ms[o].Last, c.ms[o].First // "notified Dorsk's Cyber Agency and …"
			} else if a := apposedName(c, c.ms[m]); a >= 0 && c.ms[a].Entity == first {
				k, from = c.ms[a].Last, c.ms[m].First // "notified the Financial Supervisory Authority, Finanstilsynet, and …"
			} else if c.ms[m].How == mkPronoun && j+1 < len(toks) && toks[j+1].Lower == "to" {
				continue // "reported them to X and Y": what is told, before the ones told
			}
			break
		}
	}
	if k < 0 {
		return nil
	}
	prep := repeatedPrep(toks, from)
	var out, pending []int
	closed := false
	for len(out)+len(pending) < 6 {
		if k+2 < len(toks) && toks[k].Text == "(" && toks[k+2].Text == ")" {
			k += 3 // "the National Cyber Security Agency (NACSA) and …"
		}
		if k+1 >= len(toks) {
			break
		}
		if len(pending) > 0 && otherCloses(toks, k) {
			out = append(out, pending...) // "warned X, Y and other operators": Y is told too
			break
		}
		closing := true
		switch {
		case toks[k].Text == "," && toks[k+1].Lower == "and":
			k += 2
		case toks[k].Lower == "and" && !closed:
			k++
		case toks[k].Text == "," && k+3 < len(toks) && toks[k+1].Lower == "as" && toks[k+2].Lower == "well" && toks[k+3].Lower == "as":
			k += 4
		case toks[k].Lower == "as" && k+2 < len(toks) && toks[k+1].Lower == "well" && toks[k+2].Lower == "as":
			k += 3
		case toks[k].Text == "," && !closed:
			k++
			closing = false
		default:
			k = len(toks)
		}
		if closing && prep != "" && k < len(toks) && toks[k].Lower == prep {
			k++ // "reported it to the FBI and to the regulator": the preposition said again
		}
		if k < len(toks) && toks[k].Tag == "DT" {
			k++
		}
		if !closing && len(pending) == 0 {
			if e := appositionEnd(c, k); e > k {
				k = e // "notified X, Dorsk's national response team, and Y": a description of X
				continue
			}
		}
		if closing {
			if e := x.describedConjunct(c, k); e > k {
				k = e // "and with the manufacturer, Calloway Controls": the name after its description
			}
		}
		if k >= len(toks) || c.at[k] < 0 {
			if e := x.functionalConjunct(c, k); closing && e >= 0 && e != first && !contains(out, e) {
				out = append(out, pending...) // "notified X and the privacy commissioner's office"
				out = append(out, e)
			}
			break
		}
		m := c.ms[c.at[k]]
		if o := ownedMention(c, k); o >= 0 {
			m = c.ms[o] // "and Dorsk's Ministry of Digital Affairs": the ministry
		}
		if m.How != mkName || m.Entity < 0 || m.Entity == first || m.Possessive || contains(out, m.Entity) || contains(pending, m.Entity) {
			break
		}
		if e := m.Last; e < len(toks) && isFiniteTag(toks[e].Tag) {
			break
		}
		pending = append(pending, m.Entity)
		if closing {
			out = append(out, pending...)
			pending = pending[:0]
			closed = true
		}
		k = m.Last
	}
	return out
}

// apposedName returns the mention of the name set in apposition right after mention m, closed
// by a comma or ending the list ("the Financial Supervisory Authority, Finanstilsynet, and …",
// "the regulator, the Orvale Banking Authority, and …"), or -1.
func apposedName(c *sentCtx, m mention) int {
	toks := c.s.Toks
	if m.Last+2 >= len(toks) {
		return -1
	}
	a := mentionAfterComma(c, m)
	if a < 0 || c.ms[a].How != mkName || c.ms[a].Possessive {
		return -1
	}
	if e := c.ms[a].Last; e < len(toks) && toks[e].Text != "," && toks[e].Lower != "and" && toks[e].Lower != "as" {
		return -1
	}
	return a
}

// describedConjunct reads, from token j of a list's last conjunct (past its determiner), a
// description of at most three lower-case words with no name of its own (a description mention
// allowed) closed by a comma and a name ("and with the manufacturer, Calloway Controls", "and
// the data protection authority, the Orvale Data Office"), or whose nouns classify a name
// right after them ("and the energy regulator Arvel"), or a word of rank or reach (cue
// servicemod) that sets the name in its tier of government ("and the federal Department of
// Labor", "and the state Department of Education"): the index of that name, or -1.
func (x *Extractor) describedConjunct(c *sentCtx, j int) int {
	toks := c.s.Toks
	k := j
	for ; k < len(toks) && k-j < 3; k++ {
		if m := c.at[k]; m >= 0 && c.ms[m].How != mkDesc || toks[k].Text == "," || isCap(toks[k].Text) {
			break
		}
		if t := toks[k].Tag; t != "NN" && t != "JJ" && t != "NNS" {
			return -1
		}
	}
	if k > j && k < len(toks) && (isNounTag(toks[k-1].Tag) || k == j+1 && x.cue.tokIs("servicemod", &toks[j])) {
		if m := c.at[k]; m >= 0 && c.ms[m].How == mkName && c.ms[m].First == k {
			return k // "and the energy regulator Arvel": the name its classifier nouns open
		}
	}
	if k == j || k+1 >= len(toks) || toks[k].Text != "," {
		return -1
	}
	n := k + 1
	if n+1 < len(toks) && toks[n].Lower == "the" && c.at[n] < 0 {
		n++ // "and the data protection authority, the Orvale Data Office"
	}
	if m := c.at[n]; m < 0 || c.ms[m].How != mkName || c.ms[m].First != n {
		return -1
	}
	return n
}

// repeatedPrep returns the preposition of telling ("to", "with") right before the name that
// starts at token from, past a determiner, which a conjunct may say again ("shared the findings
// with X and with Y"), or "".
func repeatedPrep(toks []token, from int) string {
	p := from - 1
	if p >= 0 && toks[p].Tag == "DT" {
		p--
	}
	if p >= 0 && (toks[p].Lower == "to" || toks[p].Lower == "with") {
		return toks[p].Lower
	}
	return ""
}

// appositionEnd reads, from token j right after a list comma, a description with no name of
// its own, its owner's possessive name allowed ("Dorsk's national response team", "the
// national regulator"), closed by a comma: the index of that comma, or -1.
func appositionEnd(c *sentCtx, j int) int {
	toks := c.s.Toks
	noun := false
	if j < len(toks) && c.at[j] >= 0 {
		m := c.ms[c.at[j]]
		switch {
		case m.How != mkName && !m.Possessive && m.Last > j:
			j, noun = m.Last, true // "the national regulator", a description
		case !m.Possessive || m.How != mkName || m.OwnsNext || m.Last+1 >= len(toks):
			return -1
		default:
			j = m.Last + 1 // past the possessive marker
		}
	}
	for k := j; k < len(toks) && k-j <= 6; k++ {
		t := toks[k]
		switch {
		case t.Text == ",":
			if !noun {
				return -1
			}
			return k
		case c.at[k] >= 0 || isCap(t.Text):
			return -1
		case isNounTag(t.Tag):
			noun = true
		case t.Tag != "JJ" && t.Tag != "VBN" && t.Tag != "DT" && t.Tag != "CD":
			return -1
		}
	}
	return -1
}

// tellForm reports whether t is a form of "tell", the verb whose object is the one told:
// "told", "tells", "telling".
func (x *Extractor) tellForm(t token) bool {
	tr, ok := x.tokTrigger(&t, true)
	return ok && tr.Lemma == "tell"
}

// countryOwnerSpeaks reports whether the speaker a of the verb at i is a country named only as
// the owner of the noun phrase before the verb ("Australia's top intelligence officials told a
// committee", "the head of Nordania's intelligence agency told lawmakers"): the ones who tell
// are its officials or its agency, which the sentence does not name; the state does not
// address the committee itself.
func (x *Extractor) countryOwnerSpeaks(c *sentCtx, i, a int) bool {
	if a < 0 || a >= len(c.ents) || c.ents[a].Kind != schema.KindCountry {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 8 && c.clause[j] == c.clause[i]; j-- {
		if k := c.at[j]; k >= 0 {
			return c.ms[k].Entity == a && c.ms[k].Possessive
		}
	}
	return false
}

// pluralSubjectHead reports whether the noun right before the verb at i (past auxiliaries and
// adverbs) is a plural common noun: "security services have warned", "officials told".
func (x *Extractor) pluralSubjectHead(c *sentCtx, i int) bool {
	toks := c.s.Toks
	j := x.beforeAuxWithin(toks, i, len(toks), true)
	return j >= 0 && toks[j].Tag == "NNS" && c.at[j] < 0
}

// byAgent finds "by X" after the trigger in the same clause. A passive verb of telling steps
// over the deed it tells of to its teller ("was warned about the intrusion by the Norland Cyber
// Office"), and that deed then takes no such teller for its doer; a group or a state after "by"
// stays the deed's doer ("warned about attacks by Kestrel Spider").
func (x *Extractor) byAgent(c *sentCtx, i int) int {
	toks := c.s.Toks
	told := x.passiveTelling(c, i) // a deed noun between is the matter told
	deed := false
	from, light, reach := i+1, -1, byReach // light: a light verb's participle right after the noun
	if i+2 < len(toks) && toks[i+1].Text == "," && x.lightParticiple(toks[i+2]) {
		from = i + 2 // "The report, published on Monday by X, found …"
	}
	if from < len(toks) && x.lightParticiple(toks[from]) {
		light, reach = from, byLightReach // "published on Tuesday by Prague-based security vendor X"
	}
	for j, words := from, 0; j < len(toks) && words < 8; j++ {
		if j == from || c.at[j] < 0 || c.at[j-1] != c.at[j] {
			words++ // a name of several words counts as one ("filed against X in Harlow County Superior Court by Y")
		}
		if c.clause[j] != c.clause[from] {
			return -1
		}
		if toks[j].Lower == "by" {
			e := x.nextBody(c, j+1, reach) // "detained by Norland's Central Fraud Bureau": the bureau, not the state
			if p := titledPerson(c, j+1, reach); p >= 0 {
				e = p // "accused by the ministry's spokesman, Ivo Marsh,": the person, not the ministry
			}
			if e < 0 {
				e = x.describedThenNamed(c, j+1)
			}
			if e < 0 {
				e = x.staffOf(c, j+1)
			}
			if e < 0 {
				e = x.stateBodyOf(c, j+1)
			}
			if e < 0 {
				// "was arrested by the cybercrime unit of the Tarsk Police": the body the unit is
				// part of, an agency or a state ("the police department of Tarsk" names the town's
				// police, not a part of the town)
				if o := x.unitOwner(c, j+1); o >= 0 && o < len(c.ents) && (c.ents[o].Kind == schema.KindAgency || c.ents[o].Kind == schema.KindCountry) {
					e = o
				}
			}
			if k := x.counterpart(c, j+1, nil); k >= 0 {
				// "was informed (of the breach) by their Australian counterparts": the other
				// country, not the hearer's own, and the one telling, not the deed's doer
				return k
			}
			if told && e >= 0 && x.hearerOwnsTeller(c, i, j+1, e) {
				return -1 // "X was alerted by its partners": others of X's, X is told
			}
			if e >= 0 && e < len(c.ents) {
				switch teller := tellerKind(c.ents[e].Kind); {
				case deed && !teller:
					return -1 // "was warned about attacks by Kestrel Spider": the attackers
				case !told && teller && isNounTag(toks[i].Tag) && x.passiveTelling(c, x.matterOf(c, i)):
					return -1 // "was warned about the intrusion by X": X told of the deed i
				}
			}
			return e
		}
		// "warning of attacks mounted by X", "tools it said belonged to X": the "by" is
		// another event's or another verb's; "the intrusion was carried out by X" is fine
		if _, ok := x.tokTrigger(&toks[j], false); ok && isNounTag(toks[j].Tag) {
			if !told || deed {
				return -1
			}
			deed = true
			continue
		}
		if isVerbTag(toks[j].Tag) && !x.cue.tokIs("be", &toks[j]) && !x.cue.tokIs("support", &toks[j]) && j != light && !perfectPassiveAux(toks, j) {
			return -1 // "a report published on Tuesday by X", "sanctions imposed by X": the light verb's agent is the noun's
		}
	}
	return -1
}

// passiveLightAfter returns the index of the passive participle of a light verb (cue
// lightverb) whose subject is the noun at i, past the noun's own prepositional phrase and a
// form of "be" ("a lawsuit was filed", "an investigation into X was opened", "charges have
// been brought"): the step the noun names, told in the passive, whose "by" names its doer; -1
// when another verb, a comma or a relative word comes first.
func (x *Extractor) passiveLightAfter(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 1; j+1 < len(toks) && j-i <= 8; j++ {
		w := toks[j]
		if x.cue.tokIs("be", &w) || perfectPassiveAux(toks, j) {
			k := j + 1
			if toks[k].Lower == "been" && k+1 < len(toks) {
				k++
			}
			if x.lightParticiple(toks[k]) && c.clause[k] == c.clause[i] {
				return k
			}
			return -1
		}
		if w.Text == "," || w.Tag == "WDT" || w.Tag == "WP" || isVerbTag(w.Tag) || w.Tag == "MD" {
			return -1
		}
	}
	return -1
}

// perfectPassiveAux reports whether the token at j is the "have" of a perfect passive, a form
// of "have" before "been", adverbs aside ("the attack had been carried out by X", "the theft
// has probably been committed by Y"): an auxiliary of the deed's own verb, not another verb of
// the clause.
func perfectPassiveAux(toks []token, j int) bool {
	if w := toks[j].Lower; !perfectHave(w) && w != "having" {
		return false
	}
	k := j + 1
	for k < len(toks) && k-j <= 3 && toks[k].Tag == "RB" {
		k++
	}
	return k < len(toks) && toks[k].Lower == "been"
}

// cameFrom returns the one a deed noun at i, the subject of "come from" or "originate from",
// says the deed came from ("the attack came from X", "the intrusion had likely come from X",
// "the breach originated from X"): its doer, as "by X" names it; -1 for none or for a place
// ("came from a server in Ohio" names no one). Only auxiliaries and adverbs may stand between
// the noun and the verb ("had", "probably"), and the name within comeFromReach tokens of "from".
func (x *Extractor) cameFrom(c *sentCtx, i int) int {
	return x.doerAfter(c, i, comeFromAt(c.s.Toks, i), comeFromReach)
}

// doerAfter returns the body named within reach tokens after token j, which ends a phrase in
// the clause of the deed noun at i that gives the deed's doer ("came from X", "the work of X"),
// or -1 when j is -1, stands in another clause, or no body but a place follows.
func (x *Extractor) doerAfter(c *sentCtx, i, j, reach int) int {
	if j < 0 || c.clause[j] != c.clause[i] {
		return -1
	}
	e := x.nextBody(c, j+1, reach)
	if e < 0 || e >= len(c.ents) || c.ents[e].Kind == schema.KindPlace {
		return -1
	}
	return e
}

// workOf returns the one a deed noun at i, the subject of "be" with "the work of" after it,
// names as the deed's doer ("the attack was the work of X", "the breach had probably been the
// handiwork of X"): X, as "by X" names it; -1 for none, for a place, or when "be" is negated
// ("was not the work of X").
func (x *Extractor) workOf(c *sentCtx, i int) int {
	return x.doerAfter(c, i, x.workOfAt(c.s.Toks, i), byReach)
}

// workOfAt returns the index of the "of" of "the work of" (cue worknoun) that a form of "be"
// joins to the deed noun at i as its subject, past the noun's own phrase, a perfect's "had
// been" and adverbs ("the attack on X was the work of", "had likely been the work of"), or -1.
func (x *Extractor) workOfAt(toks []token, i int) int {
	j := x.deedCopula(toks, i)
	if j < 0 || j+2 >= len(toks) || toks[j].Tag != "DT" || !x.cue.tokIs("worknoun", &toks[j+1]) || toks[j+2].Lower != "of" {
		return -1
	}
	return j + 2
}

// comeFromAt returns the index of the "from" of "come from" or "originate from" whose subject
// is the noun at i, past auxiliaries and adverbs ("the attack had likely come from"), or -1.
func comeFromAt(toks []token, i int) int {
	j := i + 1
	for j < len(toks) && j-i <= 3 && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || toks[j].Lower == "had" || toks[j].Lower == "has" || toks[j].Lower == "have") {
		j++
	}
	if j+1 >= len(toks) || !isVerbTag(toks[j].Tag) || toks[j+1].Lower != "from" {
		return -1
	}
	switch toks[j].Lower {
	case "came", "come", "comes", "originated", "originates":
		return j + 1
	}
	return -1
}

// comeFromReach bounds how far after "from" cameFrom looks for the deed's source.
const comeFromReach = 3

// passiveTelling reports whether token v is a verb of telling in the passive ("was warned",
// "had been informed", "was alerted", "was tipped off", "was made aware"), whose "by" names
// the teller.
func (x *Extractor) passiveTelling(c *sentCtx, v int) bool {
	toks := c.s.Toks
	if v < 0 || v >= len(toks) {
		return false
	}
	if v > 0 && x.cue.is("passivetell", toks[v-1].Lower+" "+toks[v].Lower) {
		v-- // "was tipped off by X", "was made aware of the breach by X"
	} else if !x.tellingVerb(toks[v]) && toks[v].Lower != "told" {
		return false // "was told about the breach by X" tells as "was warned" does
	}
	return toks[v].Tag == "VBN" && x.passiveAux(c, v)
}

// matterOf returns the verb or particle before the preposition that opens the noun phrase of
// noun i ("warned about the intrusion", "informed of the recent breach", "tipped off about the
// plot"): the token before "of", "about" or "to", past the phrase's determiners and modifiers;
// -1 when there is none.
func (x *Extractor) matterOf(c *sentCtx, i int) int {
	toks := c.s.Toks
	j := i - 1
	for j >= 0 && i-j <= matterReach && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "PRP$" || toks[j].Tag == "NN" || toks[j].Tag == "CD") {
		j--
	}
	if j < 1 || !x.cue.tokIs("matterprep", &toks[j]) {
		return -1
	}
	return j - 1
}

// matterReach bounds how many determiners and modifiers matterOf reads back from a deed noun
// to the preposition opening its phrase.
const matterReach = 4

// tellerKind reports whether an actor of kind k tells of a deed rather than doing it, after
// a passive verb of telling: an agency, an organisation or a person, not a group, a state or a place.
func tellerKind(k schema.ActorKind) bool {
	return k != schema.KindGroup && k != schema.KindCountry && k != schema.KindPlace
}

// byReach bounds how far after "by" byAgent looks for the agent's name; byLightReach, after a
// light verb's participle, also steps over a described classifier ("by Prague-based security
// vendor X").
const (
	byReach      = 3
	byLightReach = 5
)

// lightParticiple reports whether t is the past participle of a light verb ("published",
// "released", "imposed"): after the noun it takes as object, its "by" names the noun's agent.
func (x *Extractor) lightParticiple(t token) bool {
	return t.Tag == "VBN" && x.cue.tokIs("lightverb", &t)
}

// describedThenNamed reads, from token j, a short common-noun phrase that names no one, a comma
// and a name in apposition ("alerted by a private threat-intelligence firm, Pelita Threat
// Research, on …"): the name, or -1. A finite verb after the name makes it another clause's
// subject ("by a rival crew, Lazarus said").
func (x *Extractor) describedThenNamed(c *sentCtx, j int) int {
	toks := c.s.Toks
	if j >= len(toks) || toks[j].Tag != "DT" {
		return -1
	}
	noun := false
	for k := j + 1; k < len(toks) && k-j <= 6; k++ {
		if m := c.at[k]; m >= 0 && c.ms[m].How != mkDesc {
			return -1
		}
		t := toks[k]
		switch {
		case t.Text == ",":
			if !noun || k+1 >= len(toks) || c.at[k+1] < 0 {
				return -1
			}
			n := c.ms[c.at[k+1]]
			if n.How != mkName || n.Possessive || n.Entity < 0 {
				return -1
			}
			if n.Last < len(toks) && (isVerbTag(toks[n.Last].Tag) || toks[n.Last].Tag == "MD") {
				return -1
			}
			return n.Entity
		case isNounTag(t.Tag) && t.Tag != "NNP" && t.Tag != "NNPS":
			noun = true
		case t.Tag == "JJ" || t.Tag == "HYPH" || t.Text == "-" || t.Tag == "VBN" || t.Tag == "CD":
		default:
			return -1
		}
	}
	return -1
}

// staffOrRole reports whether w is a word for people who work for a body ("officers",
// "analysts") or a person role, plural or not ("employee", "engineers"): staffOf,
// dismissedPerson.
func (x *Extractor) staffOrRole(w string) bool {
	return x.cue.is("staffword", w) || x.cue.is("personrole", strings.TrimSuffix(w, "s"))
}

// staffOf reads, from token j after an agentive "by", the people of a named body acting for it
// ("arrested by officers from X", "by researchers at X", "by agents of X"): X, or -1. Only a
// determiner and up to two adjectives or numbers may come before the plural person noun.
func (x *Extractor) staffOf(c *sentCtx, j int) int {
	toks := c.s.Toks
	k := j
	for k < len(toks) && k-j < 3 && c.at[k] < 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "CD") {
		k++
	}
	if k+1 >= len(toks) || c.at[k] >= 0 || toks[k].Tag != "NNS" {
		return -1
	}
	if !x.staffOrRole(toks[k].Lower) {
		return -1
	}
	switch toks[k+1].Lower {
	case "from", "of", "at", "with":
		return x.nextBody(c, k+2, 3) // "by officers of Norland's Central Fraud Bureau": the bureau
	}
	return -1
}

// stateBodyOf reads, from token j after an agentive "by", the bodies of a named state acting
// for it ("carried out by the special services of the Russian Federation", "by the intelligence
// agencies of Karvia", "by \"the security services of Y\""): a quotation mark, a determiner, up to two modifiers and a plural of a state's bodies (cue
// statebody: "services", "agencies", "authorities"), then "of" and the state within three
// tokens. It returns the state, or -1 (a firm or group after "of" is no state: "by the services
// of Kestrel Labs").
func (x *Extractor) stateBodyOf(c *sentCtx, j int) int {
	toks := c.s.Toks
	k := j
	if k < len(toks) && isQuote(toks[k].Text) {
		k++ // "by \"the special services of Y\"": the speaker's words quoted
	}
	if k < len(toks) && c.at[k] < 0 && toks[k].Tag == "DT" {
		k++
	}
	for n := 0; n < 2 && k < len(toks) && c.at[k] < 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "NN"); n++ {
		k++
	}
	if k+1 >= len(toks) || c.at[k] >= 0 || toks[k].Tag != "NNS" || !x.cue.tokIs("statebody", &toks[k]) || toks[k+1].Lower != "of" {
		return -1
	}
	e := x.nextMention(c, k+2, 3)
	if e < 0 || e >= len(c.ents) || c.ents[e].Kind != schema.KindCountry {
		return -1
	}
	return e
}

// hearerOwnsTeller reports whether the teller after "by" at j, entity e, is only a possessive
// pronoun standing for the subject of the passive verb of telling at i, the body it owns unnamed
// ("X was alerted by its foreign partners", "had been warned by their counterparts"): those told
// of by the pronoun are X's others, not X.
func (x *Extractor) hearerOwnsTeller(c *sentCtx, i, j, e int) bool {
	if j >= len(c.s.Toks) || c.at[j] < 0 {
		return false
	}
	if p := c.ms[c.at[j]]; p.How != mkPronoun || !p.Possessive || p.Entity != e {
		return false
	}
	for k := i - 1; k >= 0 && c.clause[k] == c.clause[i]; k-- {
		if m := c.at[k]; m >= 0 && c.ms[m].Entity == e && !c.ms[m].Possessive && !c.ms[m].PrepObj {
			return true
		}
	}
	return false
}

// nextBody returns the entity of the first mention within n tokens from j (nextMention), or,
// when that mention is a possessive, the body it owns (possessedBody).
func (x *Extractor) nextBody(c *sentCtx, j, n int) int {
	e := x.nextMention(c, j, n)
	if e < 0 {
		return -1
	}
	if b := x.possessedBody(c, j, n); b >= 0 {
		return b
	}
	return e
}

// possessedBody returns, when the first mention within n tokens from j is a possessive, the body
// named right after it ("Norland's Central Fraud Bureau", ownedAgency) or set off by commas after
// its noun phrase ("Russia's military intelligence agency, the GRU,", ownedApposition); else -1.
func (x *Extractor) possessedBody(c *sentCtx, j, n int) int {
	for k := j; k < len(c.s.Toks) && k-j < n; k++ {
		if m := c.at[k]; m >= 0 {
			if !c.ms[m].Possessive {
				return -1
			}
			if e := x.ownedApposition(c, c.ms[m]); e >= 0 {
				return e
			}
			return x.ownedAgency(c, c.ms[m])
		}
	}
	return -1
}

// afterPrep finds "<prep> X" after the trigger in the same clause.
func (x *Extractor) afterPrep(c *sentCtx, i int, prep string) int {
	return x.afterPrepWithin(c, i, prep, 3)
}

// stolenFromReach bounds the words from "from" to the name a theft is from: a determiner, an
// adjective and a classifier noun may come before it ("from the Dubai-based exchange X").
const stolenFromReach = 4

// stolenFrom is the one named after "from" in the clause of the theft verb at i ("stole about
// $1.5 billion from the Dubai-based exchange X", "records were stolen from X"), or -1.
func (x *Extractor) stolenFrom(c *sentCtx, i int) int {
	return x.afterPrepWithin(c, i, "from", stolenFromReach)
}

// afterPrepWithin is afterPrep with the name at most n words after the preposition.
func (x *Extractor) afterPrepWithin(c *sentCtx, i int, prep string, n int) int {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= 10; j++ {
		if c.clause[j] != c.clause[i] {
			return -1
		}
		if toks[j].Lower == prep {
			if x.nextMention(c, j+1, n) >= 0 {
				return x.headAfter(c, j+1)
			}
			return -1
		}
	}
	return -1
}

// attributedTarget reads the "to" object of an attributing verb at i that stands past a long
// object ("attributed the theft of $4 million from X, a Y-based exchange, to Z"): up to 30
// tokens on, across the commas of an apposition but not past a finite verb or a relative
// pronoun. Z is a name, or the principal of an unnamed doer ("to a hacking group working for
// Y" gives Y); else -1.
func (x *Extractor) attributedTarget(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= 30; j++ {
		t := toks[j]
		if j == i+1 && demonstrativeObject(toks, j) {
			continue // "connecting that incident to Z": the object's determiner, no clause
		}
		if (t.Tag == "WDT" || t.Lower == "that" || t.Lower == "which") && j > i+1 && isNounTag(toks[j-1].Tag) || t.Lower == "which" && j > i+2 && toks[j-1].Text == "," {
			return x.attributedPastRelative(c, i, j)
		}
		if isFiniteTag(t.Tag) || t.Tag == "WDT" || t.Tag == "WP" || t.Text == ";" || t.Lower == "that" {
			return -1
		}
		if t.Lower == "to" {
			return x.attributedTo(c, j)
		}
	}
	return -1
}

// attributedTo returns the one an attributing verb's "to" at j names: a name, the state a unit
// of it belongs to ("to a unit of Y"), or the principal of an unnamed doer; -1 for none.
func (x *Extractor) attributedTo(c *sentCtx, j int) int {
	j = partitiveOf(c.s.Toks, j+1) - 1 // "to one of the Magecart groups": the whole the part is of
	if x.nextMention(c, j+1, 3) >= 0 {
		return x.headAfter(c, j+1)
	}
	if e := x.unitOwner(c, j+1); e >= 0 {
		return e // "to a unit of Y": Y's part
	}
	return x.principalAfter(c, j+1)
}

// attributedPastRelative reads the "to" of an attributing verb at i whose object carries a
// relative clause opened at r ("attributed a cyberattack that crippled X in the spring to Y",
// "attributed the intrusions, which began in March, to Y"): an attributing verb takes no
// clause of its own, so its "to" is the last one before the sentence goes on to another verb
// ("…, and said …", "…, saying …"); a "to" of the relative clause's own verb comes before it.
func (x *Extractor) attributedPastRelative(c *sentCtx, i, r int) int {
	toks := c.s.Toks
	best := -1
	for j := r + 1; j < len(toks) && j-i <= 30; j++ {
		t := toks[j]
		if t.Text == ";" || t.Text == "." || t.Tag == "WDT" || t.Tag == "WP" || t.Lower == "that" {
			break
		}
		if (t.Lower == "and" || t.Lower == "but" || t.Text == ",") && j+1 < len(toks) && (isFiniteTag(toks[j+1].Tag) || toks[j+1].Tag == "VBG") {
			break // "…, and said …", "…, saying …": another verb's words
		}
		if t.Lower == "to" {
			if e := x.attributedTo(c, j); e >= 0 {
				best = e
			}
		}
	}
	return best
}

// demonstrativeObject reports whether "that" at j, right after a verb of attributing, is the
// determiner of its object ("linked that incident to Z"): a singular common noun follows and
// then no verb. An attributing verb takes no "that" clause, so the word opens none there.
func demonstrativeObject(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].Lower != "that" || toks[j+1].Tag != "NN" {
		return false
	}
	return j+2 >= len(toks) || !isVerbTag(toks[j+2].Tag) && toks[j+2].Tag != "MD"
}

// doerWord holds the plural and unit words that, like a group word, name those who carry out
// a deed for a principal ("operatives working for Y", "spies acting for Y").
var doerWord = map[string]bool{"operatives": true, "spies": true, "agents": true, "proxies": true}

// onBehalfOf reports whether "on behalf of" begins at token j.
func onBehalfOf(toks []token, j int) bool {
	return j+2 < len(toks) && toks[j].Lower == "on" && toks[j+1].Lower == "behalf" && toks[j+2].Lower == "of"
}

// principalAfter reads, from token j, an unnamed noun phrase followed by a participle naming
// whom it acts for ("a hacking group working for Y", "hackers backed by Y", "a crew operating on
// behalf of Y"; cue principalverb) and returns Y, or -1. The noun before the participle names
// doers (a group word, doerWord), not a person who is employed. Only determiners, adjectives, numbers
// and common nouns may come before the participle, and Y must be able to direct a deed.
func (x *Extractor) principalAfter(c *sentCtx, j int) int {
	toks := c.s.Toks
	for k := j; k < len(toks) && k-j <= 4; k++ {
		if c.at[k] >= 0 && c.ms[c.at[k]].How == mkName {
			return -1
		}
		t := toks[k]
		if k > j && x.cue.tokIs("principalverb", &t) && (t.Tag == "VBG" || t.Tag == "VBN" || t.Tag == "VBD" || t.Tag == "JJ") {
			if p := toks[k-1].Lower; !x.groupWord(p) && !x.groupWord(strings.TrimSuffix(p, "s")) && !doerWord[p] {
				return -1 // "a contractor working for Y": Y employs a person, it is not accused
			}
			n := k + 1
			switch {
			case onBehalfOf(toks, n):
				n += 3
			case n < len(toks) && (toks[n].Lower == "for" || toks[n].Lower == "by" || toks[n].Lower == "to" || toks[n].Lower == "with"):
				n++
			default:
				return -1
			}
			return x.ownedNext(c, n, 3, func(e int) bool {
				if e < 0 || e >= len(c.ents) || c.ents[e].Generic {
					return false
				}
				switch c.ents[e].Kind {
				case schema.KindAgency, schema.KindCountry, schema.KindGroup, schema.KindOrganization:
					return true
				}
				return false
			})
		}
		if t.Tag != "DT" && t.Tag != "JJ" && t.Tag != "CD" && t.Tag != "NN" && t.Tag != "NNS" && t.Tag != "VBG" {
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
		if toks[k].Tag != "DT" && toks[k].Tag != "JJ" && toks[k].Tag != "CD" && toks[k].Tag != "PRP$" && !x.boundWord(toks, k) &&
			!(toks[k].Tag == "NN" && k+1 < len(toks) && c.at[k+1] >= 0) && !(toks[k].Tag == "NN" && k+2 < len(toks) && toks[k+1].Tag == "NN" && c.at[k+2] >= 0) &&
			!(toks[k].Tag == "NN" && k+3 < len(toks) && toks[k+1].Tag == "NN" && toks[k+2].Tag == "NN" && c.at[k+3] >= 0) {
			return -1 // common nouns only as a classifier right before a name: "antivirus vendor X", "threat intelligence firm X"
		}
	}
	return -1
}

// titledPerson reads a possessor's title set beside a person's name by commas after j ("the
// ministry's spokesman, Ivo Marsh,", "Korvania's head of internal audit, Ivo Marsh"): the first
// mention within reach words of j is a possessive, then up to titledWords adjectives, nouns, "of"
// and articles with at least one noun, a comma and a person's name ending the sentence or
// closed by a comma. It returns the person's entity, or -1.
func titledPerson(c *sentCtx, j, reach int) int {
	toks := c.s.Toks
	k := -1
	for t := j; t < len(toks) && t-j < reach; t++ {
		if k = c.at[t]; k >= 0 {
			break
		}
	}
	if k < 0 || !c.ms[k].Possessive {
		return -1
	}
	t, noun := c.ms[k].Last, false
	if t < len(toks) && toks[t].Tag == "POS" {
		t++
	}
	for ; t < len(toks) && t-c.ms[k].Last <= titledWords && toks[t].Text != ","; t++ {
		tag := toks[t].Tag
		if c.at[t] >= 0 || !isNounTag(tag) && tag != "JJ" && tag != "DT" && toks[t].Lower != "of" {
			return -1
		}
		noun = noun || tag == "NN" || tag == "NNS"
	}
	if !noun || t+1 >= len(toks) || toks[t].Text != "," || c.at[t+1] < 0 {
		return -1
	}
	p := c.ms[c.at[t+1]]
	if p.Possessive || p.Entity < 0 || p.Entity >= len(c.ents) || c.ents[p.Entity].Kind != schema.KindPerson {
		return -1
	}
	if p.Last < len(toks) && toks[p.Last].Text != "," && toks[p.Last].Text != "." {
		return -1
	}
	return p.Entity
}

// titledWords bounds the title titledPerson reads between a possessor and a comma ("head of
// internal audit").
const titledWords = 5

// boundWord reports whether the word at k bounds the count after it ("at least two", "more
// than 30", "up to five").
func (x *Extractor) boundWord(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k+1].Tag == "CD" && x.countBound(toks, k+1) ||
		k+2 < len(toks) && toks[k+2].Tag == "CD" && x.countBound(toks, k+2) && (toks[k+1].Lower == "least" || toks[k+1].Lower == "than" || toks[k+1].Lower == "to")
}

// staffAt reads a plural noun of people working somewhere followed by "at" or "from" at j
// ("officials at X", "reporters at three news organizations", "investigators from X"): people
// handed information stand for the body they work at (after a verb of telling "at" more often
// names where they were told: "told reporters at the White House"). It returns the index after
// the preposition, or -1.
func (x *Extractor) staffAt(c *sentCtx, j int) int {
	toks := c.s.Toks
	if j < len(toks) && toks[j].Tag == "JJ" {
		j++ // "senior officials at X"
	}
	if j+2 >= len(toks) || c.at[j] >= 0 || toks[j].Tag != "NNS" || !x.cue.tokIs("staffnoun", &toks[j]) {
		return -1
	}
	if p := toks[j+1].Lower; p != "at" && p != "from" {
		return -1
	}
	return j + 2
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
			m := k + 1
			if m+1 < len(toks) && toks[m].Tag == "JJ" && !isCap(toks[m].Text) && c.at[m] < 0 {
				m++ // "an army base in central Mali": one lower-case adjective before the country
			}
			if m < len(toks) && c.at[m] >= 0 {
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

// allegedDoer reads the accused of the verb of alleging at i from the clause "that" opens right
// after it: its subject when a name ("alleges that Orvane Systems sold the data") and the clause
// is active ("alleged that X was hacked by Y" tells X as harmed, not accused); else -1. A pronoun
// there ("alleged that he had acted …") is left out: coreference often takes it to the speaker.
func (x *Extractor) allegedDoer(c *sentCtx, i int) int {
	toks := c.s.Toks
	if i+2 >= len(toks) || toks[i+1].Lower != "that" {
		return -1
	}
	k := c.at[i+2]
	if k < 0 || c.ms[k].First != i+2 || c.ms[k].Entity < 0 || c.ms[k].How != mkName || c.ms[k].Possessive {
		return -1
	}
	v := c.ms[k].Last
	for v < len(toks) && (toks[v].Tag == "RB" || toks[v].Tag == "MD" || auxWord(toks[v].Lower)) {
		if passiveBe(toks[v].Lower) && v+1 < len(toks) && (toks[v+1].Tag == "VBN" || toks[v+1].Tag == "RB") {
			return -1 // "was hacked", "had been breached"
		}
		v++
	}
	if v >= len(toks) || !isVerbTag(toks[v].Tag) {
		return -1
	}
	return c.ms[k].Entity
}

// auxWord reports whether w is a form of have or be that carries a verb after it (allegedDoer).
func auxWord(w string) bool {
	switch w {
	case "had", "has", "have", "was", "were", "is", "are", "been", "be":
		return true
	}
	return false
}

// namedAs reads the "to" object of the attributing verb at i when it is an unnamed noun phrase
// with a contact clause naming it ("to a hacking group it called "Kokjal"", "to a cluster
// the team tracks as Pewter Marten"): the name, or -1. The name comes before the noun phrase,
// which coreference may have taken for another actor or left as a bare description.
func (x *Extractor) namedAs(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= 12; j++ {
		if toks[j].Lower == "to" {
			return x.nameGivenAfter(c, j)
		}
		if toks[j].Text == "," || toks[j].Text == ";" {
			return -1
		}
	}
	return -1
}

// nameGivenAfter reads the object of the preposition at p ("to" of attributing, "on" of blaming)
// when it is an unnamed noun phrase that a naming clause or participle right after it names:
// "a group it calls X", "a cluster the team tracks as X", "a group that researchers call X",
// "a group that security researchers track as X", "a hacking crew dubbed X", "a group known
// as X". It returns the name, or -1.
func (x *Extractor) nameGivenAfter(c *sentCtx, p int) int {
	toks := c.s.Toks
	if p+1 >= len(toks) || toks[p+1].Tag != "DT" {
		return -1
	}
	k := p + 2
	for k < len(toks) && k-p <= 5 && (c.at[k] < 0 || c.ms[c.at[k]].How != mkName) && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "VBG") {
		k++ // "a hacking group", "a state-linked cluster"; a description too ("a group it tracks as X")
	}
	if k == p+2 || k >= len(toks) || !isNounTag(toks[k-1].Tag) {
		return -1
	}
	k = pastOfNoun(c, k) // "a cluster of activity it calls "X"": the head's "of" complement
	if k >= len(toks) {
		return -1
	}
	if k+1 < len(toks) && toks[k].Lower == "known" && toks[k+1].Lower == "as" {
		return x.nameAt(c, k+2) // "a group known as X": named with no namer
	}
	if toks[k].Tag == "VBN" && x.cue.tokIs("namingverb", &toks[k]) {
		return x.nameAt(c, k+1) // "a hacking crew dubbed X", "a group tracked as X"
	}
	if toks[k].Lower == "that" || toks[k].Lower == "which" {
		k++
	}
	switch {
	case k < len(toks) && toks[k].Tag == "PRP":
		k++ // "it calls"
	case k+1 < len(toks) && toks[k].Tag == "DT" && isNounTag(toks[k+1].Tag):
		k += 2 // "the team tracks"
	case k < len(toks) && c.at[k] >= 0:
		k = c.ms[c.at[k]].Last // "Microsoft tracks"
	case k < len(toks) && toks[k].Tag == "NNS":
		k++ // "researchers call"
	case k+1 < len(toks) && (toks[k].Tag == "JJ" || toks[k].Tag == "NN") && toks[k+1].Tag == "NNS" && c.at[k+1] < 0:
		k += 2 // "security researchers track"
	default:
		return -1
	}
	if k >= len(toks) || !x.cue.tokIs("namingverb", &toks[k]) && !x.cue.tokIs("namingbase", &toks[k]) {
		return -1
	}
	return x.nameAt(c, k+1)
}

// nameAt returns the actor named at k, past "as" and an opening quotation mark ("tracks as
// X", "calls "X""), or -1 when no name stands there.
func (x *Extractor) nameAt(c *sentCtx, k int) int {
	toks := c.s.Toks
	if k < len(toks) && toks[k].Lower == "as" {
		k++
	}
	if k < len(toks) && isQuote(toks[k].Text) {
		k++
	}
	if k < len(toks) && c.at[k] >= 0 && c.ms[c.at[k]].How == mkName {
		return c.ms[c.at[k]].Entity
	}
	return -1
}

// pastOfNoun returns the token after an "of" complement of common nouns starting at k ("of
// activity", "of hackers", one or two nouns and no name), or k when none starts there.
func pastOfNoun(c *sentCtx, k int) int {
	toks := c.s.Toks
	if k+1 >= len(toks) || toks[k].Lower != "of" {
		return k
	}
	n := k + 1
	for n < len(toks) && n-k <= 2 && c.at[n] < 0 && (toks[n].Tag == "NN" || toks[n].Tag == "NNS") {
		n++
	}
	if n == k+1 {
		return k
	}
	return n
}

// unitWord holds the nouns that name a part of a body ("a unit of X", "an arm of X"): what the
// part does, its owner answers for.
var unitWord = map[string]bool{"unit": true, "arm": true, "branch": true, "division": true, "wing": true,
	"section": true, "directorate": true, "department": true, "bureau": true}

// unitOwner returns the owner of a part of a body named from token j by its owner ("a unit
// of X", "a secret branch of X's intelligence service", "the cybercrime unit of X"): a
// determiner, at most three adjectives or common-noun modifiers, a unit word (unitWord) and
// "of" right before a mention; the owner is the head of that mention's noun phrase. It
// returns -1 when no such part opens at j.
func (x *Extractor) unitOwner(c *sentCtx, j int) int {
	toks := c.s.Toks
	if j >= len(toks) || toks[j].Tag != "DT" {
		return -1
	}
	k := j + 1
	for k < len(toks) && k-j <= 3 && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" && !unitWord[toks[k].Lower]) && c.at[k] < 0 {
		k++ // "a cyber unit", "the cybercrime unit", "the intelligence wing"
	}
	if k+2 >= len(toks) || !unitWord[toks[k].Lower] || c.at[k] >= 0 || toks[k+1].Lower != "of" {
		return -1
	}
	return x.headAfter(c, k+2)
}

// nounPhraseOwner returns the entity of a name that a noun phrase ending at token j starts
// with ("BSI federal cyber agency", "Kaspersky's researchers"), or the body an "its" or "their"
// opening it stands for when its head names people or a team working for one ("its security
// team", cue lists staffnoun, staffword and bodyhead), or -1.
func (x *Extractor) nounPhraseOwner(c *sentCtx, j int) int {
	toks := c.s.Toks
	for k := j; k >= 0 && j-k <= 4; k-- {
		if m := c.at[k]; m >= 0 {
			if c.ms[m].How == mkName || c.ms[m].How == mkDemonym {
				e := c.ms[m].Entity
				if c.ms[m].Possessive && e >= 0 && e < len(c.ents) && c.ents[e].Kind == schema.KindPerson && x.cue.tokIs("personrole", &toks[j]) &&
					!x.cue.tokIs("spokesrole", &toks[j]) {
					return -1 // "Hale's attorney said": another person speaks for him; "Hale's spokesman said": he speaks
				}
				if !c.ms[m].Possessive && e >= 0 && e < len(c.ents) && c.ents[e].Kind == schema.KindPlace {
					if f := c.ms[m].First; f > 0 && k < j && (toks[f-1].Tag == "POS" || isPossMark(toks[f-1].Text)) {
						k = f // "the bureau's Lisbon office told": the place only locates the owner's office
						continue
					}
					return -1 // "a Texas hospital said": the place only locates who speaks
				}
				return e
			}
			if pm := c.ms[m]; pm.How == mkPronoun && pm.Possessive && (pm.Head == "its" || pm.Head == "their") && k < j &&
				(x.cue.tokIs("staffnoun", &toks[j]) || x.cue.tokIs("staffword", &toks[j]) || x.cue.tokIs("bodyhead", &toks[j])) {
				return pm.Entity // "its security team detected", "their investigators found": the body they work for
			}
			if pm := c.ms[m]; (pm.How == mkDesc || pm.How == mkPronoun && pm.Head == "its") && pm.Possessive && k < j && x.bodySpeaks(c, pm.Entity, &toks[j]) {
				return pm.Entity // "the bank's spokesman said", "its chief executive said": one who speaks for the body
			}
			if pm := c.ms[m]; pm.How == mkDesc && pm.Possessive && k < j && x.bodyUnit(c, pm.Entity, &toks[j]) {
				return pm.Entity // "the bureau's field office told", "the ministry's Porto branch said": the body's own part
			}
			return -1
		}
		t := toks[k]
		if !(isNounTag(t.Tag) || t.Tag == "JJ" || isPossMark(t.Text) || t.Tag == "POS") {
			return -1
		}
	}
	return -1
}

// bodyUnit reports whether the noun t, the head of a noun phrase a description owns, names a
// part of the body e where its people work ("the bureau's field office", "the ministry's cyber
// unit", "the agency's Oslo centre"; unitWord, cues workplace and bodyhead): an organisation
// or agency, which speaks through it.
func (x *Extractor) bodyUnit(c *sentCtx, e int, t *token) bool {
	if e < 0 || e >= len(c.ents) || !isNounTag(t.Tag) || !unitWord[t.Lower] && !x.cue.tokIs("workplace", t) && !x.cue.tokIs("bodyhead", t) {
		return false
	}
	return bodyKind(c.ents[e].Kind)
}

// bodySpeaks reports whether the noun t, the head of a noun phrase a description or "its"
// owns, names one who speaks for the body e ("the bank's spokesman", "the company's chief
// executive", "its head"; cue spokesrole or personrole): an organisation, agency or country.
func (x *Extractor) bodySpeaks(c *sentCtx, e int, t *token) bool {
	if e < 0 || e >= len(c.ents) || !x.cue.tokIs("spokesrole", t) && !x.cue.tokIs("personrole", t) {
		return false
	}
	switch c.ents[e].Kind {
	case schema.KindOrganization, schema.KindAgency, schema.KindCountry:
		return true
	}
	return false
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
		if e := x.ownedAgency(c, m); e >= 0 {
			return e
		}
	}
	if m.How == mkGeneric && m.Last == m.First+1 && isCap(toks[m.First].Text) {
		if e := x.describedName(c, m.Last); e >= 0 {
			return e // "the Dutch shipping firm X", its demonym read as a descriptive actor
		}
	}
	if m.Possessive || m.How != mkName && m.How != mkDemonym {
		if m.Last < len(toks) && m.Last > 0 && toks[m.Last].Text == "," && toks[m.Last-1].Tag == "NNS" {
			if n := nameAfterComma(c, m.Last); n >= 0 {
				return c.ms[n].Entity // "two Ostmark nationals, Ivo Marsh and Lena Hald,": the ones named
			}
		}
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

// ownedAgency returns the government body named right after the possessive marker of m ("the
// city's Information Bureau", "Taiwan's Investigation Bureau", past lower-case adjectives:
// "Zambia's national Computer Incident Response Team"): the body acts or is acted on, not its
// owner; a product or a company ("Microsoft's Exchange servers") stays with the owner.
// A description the article names the body of ("Norland's signals intelligence agency",
// possessiveAgencies) is that body too.
func (x *Extractor) ownedAgency(c *sentCtx, m mention) int {
	toks := c.s.Toks
	k := m.Last
	if k < len(toks) && (isPossMark(toks[k].Text) || toks[k].Tag == "POS") {
		k++
	}
	for a := 0; a < 2 && k < len(toks) && c.at[k] < 0 && toks[k].Tag == "JJ" && !isCap(toks[k].Text); a++ {
		k++
	}
	if k >= len(toks) || c.at[k] < 0 {
		return -1
	}
	n := c.ms[c.at[k]]
	if n.Possessive || n.Entity < 0 || n.Entity >= len(c.ents) || n.Entity == m.Entity || c.ents[n.Entity].Kind != schema.KindAgency {
		return -1
	}
	if n.How != mkName && (n.How != mkDesc || c.ents[n.Entity].Generic) {
		return -1 // "by Norland's signals intelligence agency": only a described body the article names
	}
	return n.Entity
}

// ownedApposition returns the name set off by commas after the noun phrase a possessive opens
// ("Russia's military intelligence agency, the GRU,"), or -1.
func (x *Extractor) ownedApposition(c *sentCtx, m mention) int {
	toks := c.s.Toks
	j := m.Last
	if j < len(toks) && isPossMark(toks[j].Text) {
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

// partitiveOf returns the word after "of" when a partitive opens at k ("one of the X groups",
// "two of Y's units", "some of Y's operators": a number or a quantifier of partitive, then
// "of"), for the whole the part belongs to; else k.
func partitiveOf(toks []token, k int) int {
	if k+2 < len(toks) && toks[k+1].Lower == "of" && (toks[k].Tag == "CD" || toks[k].Lower == "one" || partitive[toks[k].Lower]) {
		return k + 2
	}
	return k
}

// partitive lists the quantifiers that take a part of a whole: "some of X's banks".
var partitive = map[string]bool{"some": true, "many": true, "most": true, "several": true, "all": true, "both": true, "none": true, "few": true}

// coordinated widens an event's one agent or target named in a coordination of names ("Valcom
// and Morvatel had been breached", "X, Y and Z hacked W", "they" standing for "Valcom and
// Morvatel" earlier in the sentence) to every conjunct: one event per conjunct, as each victim
// or perpetrator is a link of its own.
func (x *Extractor) coordinated(c *sentCtx, evs []rawEvent) []rawEvent {
	n := len(evs)
	for k := 0; k < n; k++ {
		if evs[k].Listed {
			continue // "victims include A, B and C": a deed of its own on each, as victimList reads them
		}
		talk := isReporting(evs[k]) || evs[k].Type == schema.EventWarning
		for _, role := range []int{0, 1} {
			ps := append([]int(nil), evs[k].Target...)
			if role == 1 {
				ps = append([]int(nil), evs[k].Agent...)
			}
			if len(ps) != 1 {
				continue
			}
			if talk && role == 0 && !x.namedBefore(c, ps[0], evs[k].Trigger) {
				continue // "warned X and Y": the list told stays as it was read; "X and Y were warned" is the subject's
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
		for first > 0 {
			p := first - 1
			if p > 0 && ownerPronoun(c, p) {
				p-- // "X and her lawyer, Y": past the owner's pronoun before the title, as to the right
			}
			if !isName(p) || joins(toks[c.ms[p].Last:c.ms[first].First]) == 0 || c.ms[p].Possessive {
				break
			}
			first = p
		}
		if betweenPair(toks, c.ms[first].First) {
			continue // "the sharpest row between Prague and Moscow": the two sides of a relation, neither a doer's partner
		}
		chain := []int{first}
		and := false
		for p := first; p+1 < len(c.ms) && !c.ms[p].Possessive; {
			q := p + 1
			if q+1 < len(c.ms) && !isName(q) && ownerPronoun(c, q) {
				q++ // "X, its chief executive Y": the owner's pronoun before the next name's title
			}
			if !isName(q) {
				break
			}
			j := joins(toks[c.ms[p].Last:c.ms[q].First])
			if j == 0 {
				break
			}
			if j == 2 && c.ms[p].SharedHead {
				// "the State and Treasury departments (and the FBI)": this "and" joins the modifiers
				// of one noun phrase, a coordination that a further "and" may go on from
				chain, and, p = append(chain, q), true, q
				continue
			}
			chain = append(chain, q)
			if j == 2 {
				and = true
				break
			}
			p = q
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
		for n, q := range chain {
			en := c.ms[q].Entity
			officer := n > 0 && ownTitle(toks[c.ms[chain[n-1]].Last:c.ms[q].First]) > 0 // "X, its chief executive Y": another kind
			if en != e && !contains(out, en) && (c.ents[en].Kind == c.ents[e].Kind || officer) && c.ents[en].Conf >= 0.5 {
				out = append(out, en)
			}
		}
		return out
	}
	return nil
}

// ownerPronoun reports whether mention k is a lone possessive pronoun, no name: the owner's
// "its", "his" or "her" before an officer's title or a relation ("X, its chief executive Y",
// "X and her lawyer, Y").
func ownerPronoun(c *sentCtx, k int) bool {
	m := c.ms[k]
	return (m.How != mkName && m.How != mkDemonym || m.Entity < 0) && m.Last-m.First == 1 && m.First < len(c.s.Toks) && c.s.Toks[m.First].Tag == "PRP$"
}

// betweenPair reports whether the name that opens at token f follows "between" (or "between
// the"): a coordination there names the two sides of a relation ("talks between X and Y", "the
// row between X and Y"), not partners in the clause's act.
func betweenPair(toks []token, f int) bool {
	if f >= 1 && toks[f-1].Lower == "the" {
		f--
	}
	return f >= 1 && toks[f-1].Lower == "between"
}

// joins tells what lies between two names: 1 for a comma, 2 for "and"/"or" (", and"), 0 for
// anything else. A person's age set off by commas after the first name is passed over
// ("Lukas Brenner, 31, and Owen Pike"), and so is the short name in brackets that follows a
// full one ("the Port Safety Agency (PSA) and the Coast Guard").
func joins(gap []token) int {
	if len(gap) >= 3 && gap[0].Text == "(" && gap[2].Text == ")" {
		gap = gap[3:] // "X (ABC) and Y", the short name no mention of its own
	} else if len(gap) >= 1 && gap[0].Text == ")" {
		gap = gap[1:] // "X (ABC) and Y", after the short name's own mention
	}
	if n := len(gap); n >= 2 && gap[n-1].Lower == "the" {
		gap = gap[:n-1] // "the Canadian Centre and the FBI"
	}
	if n := ownTitle(gap); n > 0 && n < len(gap) {
		gap = gap[:len(gap)-n] // "X, its chief executive Y and its deputy Z": an officer of the one before
	}
	if len(gap) >= 3 && gap[0].Text == "," && gap[1].Tag == "CD" && gap[2].Text == "," {
		gap = gap[2:] // "X, 31, and Y": the age of the one before
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

// ownTitle returns how many tokens at the end of gap read "its" or "their" and a title in
// lower case (at most four words: "its chief executive", "its deputy general manager"), the
// officer's post in the body named before, or "his" or "her" and a relation ("her husband",
// "his business partner"), a comma after them or not ("X and its director, Y"); 0 when none.
func ownTitle(gap []token) int {
	n := len(gap)
	comma := 0
	if n > 0 && gap[n-1].Text == "," {
		n, comma = n-1, 1 // "and its director, Y": the title set off before the name
	}
	for k := n - 1; k >= 0 && n-k <= 5; k-- {
		if w := gap[k].Lower; w == "its" || w == "their" || w == "his" || w == "her" {
			if k < n-1 {
				return n - k + comma
			}
			return 0
		}
		if t := gap[k].Tag; isCap(gap[k].Text) || !(t == "NN" || t == "JJ" || t == "NNS") {
			return 0
		}
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
		if len(ev.Target) != 1 || !incidentDeed(ev.Type) {
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
	if !ok || en == nil || x.describedName(c, j+1) >= 0 {
		return -1 // "the Italian insurer X": the demonym describes X, no victim of its own
	}
	return c.countryEntity(en.Name)
}

// describedName returns the entity of the name that ends the description opening at token j,
// lower-case adjectives and nouns (up to four, at least one noun) set right before it: after a
// demonym or a place, "insurer Assiva Group", "mobile operator Helvion Telecom", or set in
// apposition after a singular noun ("a Dutch insurer, Assiva Group, said"); else -1.
func (x *Extractor) describedName(c *sentCtx, j int) int {
	toks := c.s.Toks
	noun := false
	for k := j; k < len(toks) && k-j <= 4; k++ {
		if n := c.at[k]; n >= 0 {
			if !noun || c.ms[n].How != mkName || c.ms[n].Entity < 0 {
				return -1
			}
			return x.npHead(c, n)
		}
		t := toks[k]
		switch {
		case t.Text == "," && noun && toks[k-1].Tag == "NN":
			return x.apposedName(c, k+1)
		case isCap(t.Text):
			return -1
		case t.Tag == "NN" || t.Tag == "NNS":
			noun = true
		case t.Tag == "JJ" || t.Tag == "HYPH" || t.Tag == "VBN":
		default:
			return -1
		}
	}
	return -1
}

// apposedName returns the entity of the name opening at token k that closes an apposition (a
// comma or the sentence's end after it: "a Dutch insurer, Assiva Group, said"), else -1; not a
// name in a list ("a Dutch insurer, Assiva Group and …") nor a person.
func (x *Extractor) apposedName(c *sentCtx, k int) int {
	toks := c.s.Toks
	if k >= len(toks) || c.at[k] < 0 {
		return -1
	}
	m := c.ms[c.at[k]]
	if m.How != mkName || m.Entity < 0 || m.Entity >= len(c.ents) || m.Possessive || c.ents[m.Entity].Kind == schema.KindPerson {
		return -1 // "summoned the Russian ambassador, X,": the envoy stands for the state
	}
	if e := m.Last; e < len(toks) && toks[e].Text != "," && toks[e].Text != "." {
		return -1
	}
	return m.Entity
}

// countryEntity returns the article's country entity with gazetteer name name (the first), or -1.
func (c *sentCtx) countryEntity(name string) int {
	if c.countries != nil {
		if e, ok := c.countries[name]; ok {
			return e
		}
		return -1
	}
	for e := range c.ents {
		if c.ents[e].Kind == schema.KindCountry && c.ents[e].Entry != nil && c.ents[e].Entry.Name == name {
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
		if i > 3 && isPossMark(toks[i-3].Text) && c.at[i-4] >= 0 {
			return c.ms[c.at[i-4]].Entity, true
		}
		return -1, true
	}
	if j := x.summonedBefore(toks, i); j >= 0 {
		return x.subject(c, j), true // "summoned the ambassador, X, to inform him": the one who summoned
	}
	if j := x.contactBefore(c, i); j >= 0 {
		return x.subject(c, j), true // "emailed X in June to warn him": the one who emailed, not X
	}
	if e, ok := x.controlledObject(c, i); ok {
		return e, true // "prompting the country's cyber authority to issue an advisory": the authority
	}
	for j := i - 2; j >= 0 && i-j <= 25; j-- {
		j = parenStart(toks, j) // "exploited a Cisco flaw (CVE-2023-20198, CVSS score: 10.0) to access"
		t := toks[j]
		if x.cue.tokIs("clausebreak", &t) || t.Lower == "that" || t.Tag == "WP" {
			return -1, false
		}
		if t.Text == "," && !(j > 0 && c.at[j-1] >= 0 && j+1 < len(toks) && (c.at[j+1] >= 0 || toks[j+1].Lower == "and")) || t.Tag == "WDT" || t.Tag == "MD" {
			return -1, false // a comma other than in a list of names ends the search
		}
		if c.at[j] < 0 && isNounTag(t.Tag) && j+1 < len(toks) && toks[j+1].Lower == "of" && x.nominalisation(t.Lower) {
			if j > 0 && (toks[j-1].Tag == "POS" || isPossMark(toks[j-1].Text)) && j > 1 && c.at[j-2] >= 0 {
				return c.ms[c.at[j-2]].Entity, true
			}
			if j > 0 && toks[j-1].Lower == "the" {
				return -1, true
			}
			return -1, false
		}
		if j == i-2 && j > 0 && c.at[j] < 0 && (t.Tag == "NNS" || t.Tag == "NN") && x.cue.genHead[t.Lower] != schema.KindGroup && c.at[j-1] < 0 && isVerbTag(toks[j-1].Tag) &&
			(objectControl[toks[j-1].Lower] || x.cue.tokIs("adviseverb", &toks[j-1]) || x.cue.tokIs("orderverb", &toks[j-1])) {
			return -1, true // "require networks to tell customers": the unnamed networks, not the subject
		}
		if j == i-2 && x.usedAsTool(c, j) {
			return -1, true // "a botnet that was used to steal …", "a tool used to break into …": whoever used it, unnamed here
		}
		if j == i-2 && subjectControl[t.Lower] && isVerbTag(t.Tag) {
			return x.subject(c, j), true // "accused the army of X and threatened to publish": the one who threatened
		}
		if isVerbTag(t.Tag) && t.Tag != "VBG" && !(t.Tag == "VBN" && !x.passiveAux(c, j) && !x.perfect(c, j)) {
			if x.purposeDeed(c, j) {
				return x.subject(c, j), true // "the intruders impersonated a contractor to trick staff": the intruders, not the one impersonated
			}
			return -1, false // a verb governs the infinitive: the usual subject rule holds
		}
	}
	return -1, false
}

// controlledObject finds the doer of the infinitive at i when a verb of causing, compelling or
// asking governs it through its object ("prompted the Norvik Cyber Authority to issue an
// advisory", "forcing the county to close its offices", "urged the ministry to publish a
// report"): the object does it. ok is false when no such verb and object stand right before
// the "to". The doer is the entity the object's head names, or none (-1) when the head is a
// description no actor stands for ("prompting the country's national cyber security authority
// to issue …": not the country, which only owns the authority, nor the sentence's subject).
func (x *Extractor) controlledObject(c *sentCtx, i int) (int, bool) {
	toks := c.s.Toks
	k := i - 2
	for k > 0 && i-k <= controlledReach && c.clause[k] == c.clause[i] && objectWord(toks[k]) {
		k--
	}
	if k >= i-2 || k < 0 || !isVerbTag(toks[k].Tag) {
		return -1, false
	}
	if !objectControl[toks[k].Lower] && !causeControl[toks[k].Lower] && !x.cue.tokIs("adviseverb", &toks[k]) && !x.cue.tokIs("orderverb", &toks[k]) {
		return -1, false
	}
	if m := c.at[i-2]; m >= 0 && !c.ms[m].Possessive && c.ms[m].Entity >= 0 {
		return c.ms[m].Entity, true
	}
	return -1, true
}

// objectWord reports whether t can stand inside a noun phrase that is a verb's object
// ("the country's national cyber security authority", "its two largest banks").
func objectWord(t token) bool {
	switch t.Tag {
	case "DT", "PRP$", "JJ", "CD", "POS", "HYPH", "NN", "NNS", "NNP", "NNPS", "PRP":
		return true
	}
	return isPossMark(t.Text)
}

// controlledReach bounds how many tokens before an infinitive's "to" controlledObject reads
// back over the object of the verb that governs it.
const controlledReach = 9

// causeControl holds verbs of causing whose object does the "to" infinitive after it ("prompted
// the agency to issue", "led the bank to shut").
var causeControl = map[string]bool{"prompt": true, "prompts": true, "prompted": true, "prompting": true,
	"cause": true, "causes": true, "caused": true, "causing": true, "lead": true, "leads": true, "led": true, "leading": true,
	"spur": true, "spurs": true, "spurred": true, "spurring": true, "push": true, "pushed": true, "pushing": true,
	"forcing": true, "compelling": true}

// purposeDeed reports whether the verb at j, which governs a purpose infinitive after its
// object, is an active, tensed deed (an intrusion, theft, leak, espionage or attack trigger:
// isDeed) whose own doer does the infinitive: "the intruders impersonated a contractor to trick staff",
// "they infected a supplier's server to reach its clients". Deceiving verbs (cue deceivelemma)
// make their object the doer ("tricked staff to install …") and are left to the usual rules.
// A verb of means (cue meansverb) is one too, in the perfect as well: "X exploited a flaw in
// Acme software to access Y", "X has abused stolen tokens to break into Y": X, not Acme.
func (x *Extractor) purposeDeed(c *sentCtx, j int) bool {
	toks := c.s.Toks
	if x.cue.tokIs("meansverb", &toks[j]) && (isTensedTag(toks[j].Tag) || x.perfect(c, j)) {
		return true
	}
	if !isTensedTag(toks[j].Tag) {
		return false
	}
	tr, ok := x.tokTrigger(&toks[j], true)
	return ok && !x.cue.trigIs("deceivelemma", &tr) && isDeed(tr.Type)
}

// usedAsTool reports whether "used" at j is passive ("a botnet that was used to steal", "has
// been used to spy") or a participle set right after a common noun no actor stands for ("a
// loader used to install …"): the infinitive after it is done by whoever used the tool, whom
// the verb's own subject does not name. "The gang used to target banks" (a mention before
// "used") and "used by X to" (a name before "to") are left to the usual rules.
func (x *Extractor) usedAsTool(c *sentCtx, j int) bool {
	toks := c.s.Toks
	if j < 2 || toks[j].Lower != "used" || c.at[j-1] >= 0 {
		return false
	}
	if x.passiveAux(c, j) {
		return true
	}
	p := toks[j-1]
	return (p.Tag == "NN" || p.Tag == "NNS") && !isCap(p.Text) && (toks[j-2].Tag == "DT" || toks[j-2].Tag == "JJ" || isNounTag(toks[j-2].Tag))
}

// summonedBefore returns the summoning verb (cue summonverb) before the infinitive at i (a
// "to" right before it), up to governorReach tokens back, past its object, an apposition and
// adverbials but no other verb, relative pronoun or "that" (infinitiveGovernor); else -1.
func (x *Extractor) summonedBefore(toks []token, i int) int {
	return x.infinitiveGovernor(toks, i, func(t *token) bool { return x.cue.tokIs("summonverb", t) }, false)
}

// contactBefore returns the verb of getting in touch (cue contactverb) that governs the
// purpose infinitive of telling at i ("emailed Tomas Ardent in June to warn him", "contacted
// its director, Dr Lena Quist, to alert her", "reached out to the utility to inform it"), up
// to governorReach tokens back past its object, an apposition and adverbials but no other
// verb, relative pronoun, "that" or clause break (infinitiveGovernor); else -1. The subject of
// such a verb tells, and its object is the one told, whom the infinitive's pronoun stands
// for. "Called on" and "called upon" ask their object to act ("called on member states to
// warn their banks") and are left to the usual rules.
func (x *Extractor) contactBefore(c *sentCtx, i int) int {
	if i < 3 || !x.tellingVerb(c.s.Toks[i]) {
		return -1
	}
	return x.contactGovernor(c.s.Toks, i)
}

// contactGovernor returns the verb of getting in touch (cue contactverb) that governs the
// purpose infinitive at i, as contactBefore reads it for any infinitive, or -1; not "called
// on" or "called upon", which ask their object to act.
func (x *Extractor) contactGovernor(toks []token, i int) int {
	j := x.infinitiveGovernor(toks, i, func(t *token) bool { return x.cue.tokIs("contactverb", t) }, true)
	if j < 0 {
		return -1
	}
	if t := toks[j].Lower; t == "called" || t == "call" || t == "calls" || t == "calling" {
		if n := toks[j+1].Lower; n == "on" || n == "upon" {
			return -1
		}
	}
	return j
}

// calledToReport reads "report" at i as the purpose infinitive of a verb of getting in touch
// that names no one after it to report to ("phoned the regulator on Monday to report the
// breach", "called the police and the FBI to report what had happened", "wrote to the
// commissioner to report the incident"): the one who got in touch tells, and the one they
// reached is told. It returns the contact verb and the one it reached (-1 when none is named),
// or -1, -1 when no contact verb governs the infinitive or "report" names its own hearer
// ("called in experts to report the breach to the FBI").
func (x *Extractor) calledToReport(c *sentCtx, i int) (int, int) {
	toks := c.s.Toks
	if i < 3 || toks[i].Tag != "VB" {
		return -1, -1
	}
	j := x.contactGovernor(toks, i)
	if j < 0 || x.recipient(c, i, false) >= 0 {
		return -1, -1
	}
	return j, x.recipient(c, j, true)
}

// contactedToWarn gives a telling by a verb of warning in the purpose infinitive of a verb of
// getting in touch, with no hearer of its own ("telephoned X to warn that …", "called X and Y
// on Monday to warn of a breach", "emailed X to alert about …"), the one reached as its hearer:
// the contact verb's object, told by that verb's subject. "warn" with an object of its own
// ("called X to warn Y") keeps it.
func (x *Extractor) contactedToWarn(c *sentCtx, evs []rawEvent) {
	toks := c.s.Toks
	for k := range evs {
		ev := &evs[k]
		i := ev.Trigger
		if ev.Type != schema.EventWarning || len(ev.Target) > 0 || i < 3 || i+1 >= len(toks) || toks[i].Tag != "VB" || !x.tellingVerb(toks[i]) {
			continue
		}
		if n := toks[i+1].Lower; n != "that" && n != "of" && n != "about" {
			continue
		}
		j := x.contactGovernor(toks, i)
		if j < 0 {
			continue
		}
		o := x.recipient(c, j, true)
		if o < 0 {
			continue // no one reached: the warning keeps its own reading
		}
		if a := x.subject(c, j); a >= 0 && a != o {
			ev.Agent = ents(a) // the one who got in touch warns, not the one reached
		}
		if contains(ev.Agent, o) {
			continue
		}
		ev.Target, ev.Told = append([]int{o}, x.toldConjunct(c, j, o)...), true
	}
}

// infinitiveGovernor returns the nearest verb before the infinitive at i (a "to" right before
// it) that verb accepts, up to governorReach tokens back, past the verb's object, an
// apposition and adverbials but no other verb (a past participle aside), modal, relative
// pronoun, "that" or semicolon, nor, when breaks is set, a clause break (cue clausebreak);
// else -1 (summonedBefore, contactBefore).
func (x *Extractor) infinitiveGovernor(toks []token, i int, verb func(*token) bool, breaks bool) int {
	if i < 3 || toks[i-1].Lower != "to" {
		return -1
	}
	span := 0 // the words of names past the first of each, not counted in the reach
	for j := i - 2; j >= 0 && i-j-span <= governorReach; j-- {
		t := toks[j]
		if nameInside(toks, j) {
			span++ // "called the Tarn Department of Health and Environment …": a long name counts as one word
		}
		if verb(&t) && isVerbTag(t.Tag) {
			return j
		}
		if t.Lower == "morning" || t.Lower == "evening" {
			continue // "on Friday evening/VBG": a time of day, whatever the tagger reads
		}
		if isVerbTag(t.Tag) && t.Tag != "VBN" || t.Tag == "MD" || t.Tag == "WDT" || t.Tag == "WP" || t.Lower == "that" || t.Text == ";" ||
			breaks && x.cue.tokIs("clausebreak", &t) {
			return -1
		}
	}
	return -1
}

// nameInside reports whether the word at j and the next both belong to a run of capitalised
// words, with "of", "and" or a possessive "'s" between two of them ("Department of Health and
// Environment", "Varn Bureau's Kessler"), so that the run counts as one word.
func nameInside(toks []token, j int) bool {
	if j < 0 || j+1 >= len(toks) || toks[j+1].Tag != "NNP" && toks[j+1].Tag != "NNPS" {
		return false
	}
	switch t := toks[j]; {
	case t.Tag == "NNP" || t.Tag == "NNPS":
		return true
	case t.Tag == "POS" || t.Lower == "of" || t.Lower == "and":
		return j > 0 && (toks[j-1].Tag == "NNP" || toks[j-1].Tag == "NNPS")
	}
	return false
}

// governorReach bounds how many tokens before an infinitive's "to" infinitiveGovernor reads
// back, a run of capitalised words counted as one.
const governorReach = 18

// protestDelivered reports whether the summoning verb at i is followed in its clause by a
// protest delivered to the one summoned, which tells them: a purpose infinitive ("summoned
// Russia's ambassador to lodge a protest", see summonedBefore) or a verb joined by "and" with no
// other verb between ("summoned X's ambassador on Tuesday and handed him a note of protest").
// Informing is none of these: "… to inform him", "… and informed her" are tellings of their own,
// and "summoned the ambassador in protest" delivers nothing. The verbs are the cue protestverb.
func (x *Extractor) protestDelivered(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j-i <= 16; j++ {
		t := toks[j]
		if x.cue.tokIs("protestverb", &t) && (isVerbTag(t.Tag) || toks[j-1].Lower == "to" || toks[j-1].Lower == "and") {
			return toks[j-1].Lower == "and" || x.summonedBefore(toks, j) == i
		}
		if isFiniteTag(t.Tag) || t.Tag == "WDT" || t.Tag == "WP" || t.Text == ";" {
			return false
		}
	}
	return false
}

// objectControl holds verbs (besides the adviseverb and orderverb cues) whose object does
// the "to" infinitive after it: "require networks to tell", "forced staff to hand over".
var objectControl = map[string]bool{"require": true, "requires": true, "required": true, "requiring": true,
	"force": true, "forces": true, "forced": true, "compel": true, "compels": true, "compelled": true,
	"oblige": true, "obliges": true, "obliged": true}

// subjectControl holds the verbs whose "to" infinitive right after them is done by their own
// subject: "threatened to publish", "tried to break into", "vowed to leak".
var subjectControl = map[string]bool{"threaten": true, "threatens": true, "threatened": true, "threatening": true,
	"vow": true, "vows": true, "vowed": true, "promise": true, "promises": true, "promised": true, "pledge": true, "pledges": true, "pledged": true,
	"try": true, "tries": true, "tried": true, "attempt": true, "attempts": true, "attempted": true,
	"plan": true, "plans": true, "planned": true, "intend": true, "intends": true, "intended": true,
	"seek": true, "seeks": true, "sought": true, "decide": true, "decides": true, "decided": true,
	"refuse": true, "refuses": true, "refused": true, "agree": true, "agrees": true, "agreed": true}

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
		if c.at[k] < 0 && isCap(toks[k].Text) {
			if e := x.describedName(c, k+1); e >= 0 {
				return e // "attacks on Portuguese mobile operator X": X
			}
		}
		if t := toks[k].Tag; c.at[k] >= 0 || t != "DT" && t != "JJ" && t != "CD" {
			return -1
		}
	}
	return -1
}

// sanctionedOn reads the party a sanction falls on from the phrase after "on" at j: its head
// name or demonym ("sanctions on X", "on Russian officials"), else the body whose people the
// phrase counts ("on three officers of X's intelligence service": the service; staffOf). A list
// aside set off by commas before the phrase is passed over ("on, among others, X"; cue
// listaside after "among"). It returns the entity, or -1.
func (x *Extractor) sanctionedOn(c *sentCtx, j int) int {
	toks := c.s.Toks
	if j+3 < len(toks) && toks[j].Text == "," && toks[j+1].Lower == "among" && x.cue.tokIs("listaside", &toks[j+2]) && toks[j+3].Text == "," {
		j += 4
	}
	if e := x.headOrDemonym(c, j); e >= 0 {
		return e
	}
	if e := x.describedThenNamed(c, j); e >= 0 {
		return e // "on the two men, Ivo Marsh and Lena Hald,": the ones named
	}
	return x.staffOf(c, j)
}

// relativeObject returns the antecedent of an object relative clause whose verb at i takes no
// object after it ("X, a front company that the Treasury sanctioned in 2023", "X, which hackers
// breached last year", "the company that X hacked"): the name or description right before the
// relative pronoun, or the name a common noun phrase before the pronoun is set beside by a
// comma; -1 otherwise. The clause's subject is a mention or a bare plural noun right before
// the verb, past auxiliaries and adverbs.
func (x *Extractor) relativeObject(c *sentCtx, i int) int {
	toks := c.s.Toks
	if i+1 < len(toks) && !x.noObjectNext(toks[i+1]) {
		return -1
	}
	v := x.beforeAux(toks, i, true)
	if v < 0 || v >= len(toks) || c.at[v] < 0 && toks[v].Tag != "NNS" && x.cue.descHead[toks[v].Lower] == "" {
		return -1
	}
	r := v - 1 // "X, which hackers breached": a bare plural noun or a word for a kind of actor (however tagged) for the subject
	if c.at[v] >= 0 {
		r = c.ms[c.at[v]].First - 1
	}
	if r >= 0 && toks[r].Tag == "DT" && c.at[r] < 0 {
		r--
	}
	if r < 2 || !x.cue.tokIs("relpronoun", &toks[r]) || toks[r].Lower == "who" {
		return -1
	}
	j := r - 1
	if toks[j].Text == "," {
		j-- // "X, which …"
		if c.at[j] < 0 || c.placedIn(c.at[j]) {
			j = apposedBefore(c, j, r) // "X, the company behind the campaign, which …", "X, an insurer in Iowa, which …"
		}
	} else if k := c.at[j]; k >= 0 && c.ms[k].How == mkDesc {
		// "the company that X hacked": the description, as coreference resolved it
	} else {
		for j > 0 && r-j <= relativeHeadWords && c.at[j] < 0 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "VBN" || toks[j].Tag == "HYPH" || isNounTag(toks[j].Tag)) {
			j--
		}
		if j >= r-1 || toks[j].Text != "," || j < 1 {
			return -1
		}
		j-- // "X, a front company that …"
	}
	k := c.at[j]
	if k < 0 || c.ms[k].How != mkName && c.ms[k].How != mkDesc || c.ms[k].Entity < 0 || c.ms[k].Possessive {
		return -1
	}
	return c.ms[k].Entity
}

// apposedBefore returns, for the last word j of a common noun phrase set off by commas before a
// relative pronoun at r, the last token before the comma that opens it when the phrase opens with
// an article and holds no verb nor name other than one modifying a noun, quoted or a place after
// "in" ("X, an insurer in Iowa, which …") ("X, the Moscow company
// behind the \"Y\" campaign, which …"): the relative then takes up X the phrase is in apposition
// to. Else j.
func apposedBefore(c *sentCtx, j, r int) int {
	toks := c.s.Toks
	for k := j; k > 0 && r-k <= appositionWords; k-- {
		if m := c.at[k]; m >= 0 && !c.ms[m].NounMod && !quotedName(toks, c.ms[m]) && !c.placedIn(m) {
			return j
		}
		if t := toks[k]; t.Text == "," {
			if a := toks[k+1].Lower; a != "the" && a != "a" && a != "an" {
				return j
			}
			return k - 1
		}
		if isVerbTag(toks[k].Tag) && toks[k].Tag != "VBN" && toks[k].Tag != "VBG" {
			return j
		}
	}
	return j
}

// placedIn reports whether sentence mention m is a place right after "in" ("an insurer in
// Iowa"): it only places the noun before it.
func (c *sentCtx) placedIn(m int) bool {
	n := c.ms[m]
	return n.First > 0 && c.s.Toks[n.First-1].Lower == "in" && n.Entity >= 0 && n.Entity < len(c.ents) && c.ents[n.Entity].Kind == schema.KindPlace
}

// quotedName reports whether the name m stands alone between quotation marks, a label (the
// "Doppelganger" campaign) rather than an actor the phrase names.
func quotedName(toks []token, m mention) bool {
	return m.First > 0 && m.Last < len(toks) && isQuote(toks[m.First-1].Text) && isQuote(toks[m.Last].Text)
}

// appositionWords bounds the words apposedBefore reads back from a relative pronoun.
const appositionWords = 14

// relativeHeadWords bounds the common noun phrase relativeObject reads back from the relative
// pronoun to the comma after the name ("a China-based front company").
const relativeHeadWords = 6

// noObjectNext reports whether the word after a verb leaves it without an object: the clause
// ends, or a preposition, adverb or time phrase (cue objecttime) follows ("sanctioned in 2023",
// "hacked last year").
func (x *Extractor) noObjectNext(t token) bool {
	switch t.Tag {
	case ".", ",", ":", "IN", "RB", "TO":
		return true
	}
	return x.cue.tokIs("objecttime", &t)
}

// imposedOn reads a sanction noun at i followed by a relative clause, with or without "that",
// whose light verb imposes it ("sanctions Washington imposed in September on X", "the
// penalties that the regulator imposed on Y"): it returns the relative's subject and the party
// after "on" or "against" past a short adjunct (a possessor's body first: "on Iran's Revolutionary
// Guard"), -1 for each not found.
func (x *Extractor) imposedOn(c *sentCtx, i int) (int, int) {
	toks := c.s.Toks
	k := i + 1
	if k < len(toks) && (toks[k].Lower == "that" || toks[k].Lower == "which") {
		k++
	}
	if k+1 < len(toks) && c.at[k] < 0 && toks[k].Tag == "DT" {
		k++
	}
	if k >= len(toks) || c.at[k] < 0 {
		return -1, -1
	}
	m := c.ms[c.at[k]]
	if m.Possessive || m.Entity < 0 || m.How == mkPronoun && toks[k].Lower != "it" && toks[k].Lower != "they" {
		return -1, -1
	}
	v := m.Last
	for v < len(toks) && (toks[v].Tag == "RB" || x.auxTok(&toks[v])) {
		v++
	}
	if v >= len(toks) || !x.cue.tokIs("lightverb", &toks[v]) || !isVerbTag(toks[v].Tag) && toks[v].Tag != "JJ" {
		return -1, -1
	}
	for j := v + 1; j+1 < len(toks) && j-v <= imposedReach; j++ {
		if e := x.timePhraseEnd(toks, j, 2, false); e > j {
			j = e - 1 // "on Monday", "in September 2025"
			continue
		}
		if toks[j].Lower == "on" || toks[j].Lower == "against" {
			if t := x.possessedBody(c, j+1, 3); t >= 0 {
				return m.Entity, t
			}
			return m.Entity, x.sanctionedOn(c, j+1)
		}
		if c.at[j] >= 0 || toks[j].Text == "," || isVerbTag(toks[j].Tag) {
			break
		}
	}
	return m.Entity, -1
}

// imposedReach bounds the words imposedOn reads from the light verb to "on".
const imposedReach = 6

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
	if j >= len(toks) || toks[j].Text != "," {
		return -1
	}
	n := nameAfterComma(c, j)
	if n < 0 || c.ms[n].Entity == m.Entity {
		return -1
	}
	return c.ms[n].Entity
}

// nameAfterComma returns the sentence mention of a name with an entity that opens right after
// the comma at j and ends at a comma, a full stop or the sentence's end ("the suspect, Lena
// Hald, on Friday"), or -1.
func nameAfterComma(c *sentCtx, j int) int {
	toks := c.s.Toks
	if j+1 >= len(toks) || c.at[j+1] < 0 {
		return -1
	}
	k := c.at[j+1]
	n := c.ms[k]
	if n.How != mkName || n.Entity < 0 {
		return -1
	}
	if n.Last < len(toks) && toks[n.Last].Text != "," && toks[n.Last].Text != "." && !pairedNames(c, j, n.Last) {
		return -1
	}
	return k
}

// pairedNames reports whether the names set after the comma at j beside a plural noun go on
// from the "and" at a with a second name that ends at a comma, a full stop or the sentence's
// end ("charging two Ostmark nationals, Ivo Marsh and Lena Hald, with fraud", "on the two men,
// Marsh and Hald,"). After a singular noun the names are more of a list ("alerted the police,
// Europol and Interpol") and are left alone.
func pairedNames(c *sentCtx, j, a int) bool {
	toks := c.s.Toks
	if j < 1 || toks[j-1].Tag != "NNS" || a+1 >= len(toks) || toks[a].Lower != "and" || c.at[a+1] < 0 {
		return false
	}
	n := c.ms[c.at[a+1]]
	if n.How != mkName || n.Entity < 0 || n.Possessive {
		return false
	}
	return n.Last >= len(toks) || toks[n.Last].Text == "," || toks[n.Last].Text == "."
}

// fromAfterOf returns the entity after "from" that follows the common-noun phrase starting at
// j ("classified material from a contractor"), or -1. The phrase may hold a sum and its "in …"
// phrase, and open with an adverb or a bound of the sum ("roughly $410 million in digital
// assets from X", "about $1.5 billion from X", "more than $80 million from X"; cue countbound).
func (x *Extractor) fromAfterOf(c *sentCtx, j int) int {
	toks := c.s.Toks
	for k := j; k < len(toks) && k-j <= 9; k++ {
		if toks[k].Lower == "from" && k > j {
			return x.nextMention(c, k+1, 4)
		}
		if t := toks[k].Tag; c.at[k] >= 0 || !(t == "DT" || t == "JJ" || t == "JJR" || t == "CD" || t == "NN" || t == "NNS" || t == "VBN" || t == "HYPH" ||
			t == "$" || t == "RB" && k == j || toks[k].Lower == "in" && k > j && toks[k-1].Tag == "CD" || x.sumBound(toks, k)) {
			return -1
		}
	}
	return -1
}

// sumBound reports whether the word at k bounds a sum or count that follows it, a currency
// sign or another bound between ("about $1.5 billion", "more than 30", "up to €10 million"; cues
// countbound, sumlead).
func (x *Extractor) sumBound(toks []token, k int) bool {
	if !x.cue.tokIs("countbound", &toks[k]) && !x.cue.tokIs("sumlead", &toks[k]) {
		return false
	}
	for n := k + 1; n < len(toks) && n-k <= 2; n++ {
		if t := toks[n].Tag; t == "CD" || t == "$" {
			return true
		}
		if !x.cue.tokIs("countbound", &toks[n]) {
			return false
		}
	}
	return false
}

// partOf reads a common-noun phrase at j naming a part of its owner ("the websites of X", "the
// booking systems of X"): the owner's entity, the first mention right after "of", or -1.
func (x *Extractor) partOf(c *sentCtx, j int) int {
	toks := c.s.Toks
	for k := j; k < len(toks) && k-j <= 4; k++ {
		if t := toks[k].Tag; c.at[k] >= 0 || !(t == "DT" || t == "JJ" || t == "NN" || t == "NNS" || t == "VBN" || t == "HYPH") {
			return -1
		}
		if toks[k].Tag == "NNS" || toks[k].Tag == "NN" {
			if k+1 < len(toks) && toks[k+1].Lower == "of" {
				return x.nextMention(c, k+2, 4)
			}
		}
	}
	return -1
}

// targetsIncluding gives an incident, or a telling by a verb of warning, whose target is
// missing or only described ("victims", "hospitals") the names of an example list right after
// it: "extorted money from victims, including the city of Harlow", "attacks on banks such as
// Acme and Bolt", "warned hospitals, including Dunmore General Hospital, …".
func (x *Extractor) targetsIncluding(c *sentCtx, evs []rawEvent) {
	toks := c.s.Toks
	for k := range evs {
		ev := &evs[k]
		told := ev.Type == schema.EventWarning && x.tellingVerb(toks[ev.Trigger])
		if told && x.namedThenGroup(c, ev) {
			continue // "notified X and its customers, including Y": Y is told too
		}
		if told && x.ownedGroupExample(c, ev) {
			continue // "briefed the country's exchanges, including X": X is told, not the country
		}
		if !incidentDeed(ev.Type) && !told || len(ev.Target) > 1 ||
			len(ev.Target) == 1 && !c.ents[ev.Target[0]].Generic {
			continue
		}
		for j := ev.Trigger + 1; j < len(toks) && j-ev.Trigger <= 8; j++ {
			if told && toks[j].Tag == "PRP$" {
				continue // "notified its customers, including X": the teller's own customers
			}
			if c.at[j] >= 0 || isVerbTag(toks[j].Tag) && toks[j].Lower != "including" || toks[j].Lower == "that" || toks[j].Lower == "which" {
				break
			}
			at := exampleOpens(toks, j)
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
			ev.Target = x.joinedExamples(c, ev, e)
			break
		}
	}
}

// ownedGroupExample sets the hearers of the telling ev to the names of an example list that
// closes a plural group owned by a possessive right after its verb ("briefed the country's
// exchanges, including X, that …", "warned the nation's utilities, including X and Y, …"): the
// group is told, and its named members with it, never its owner. It reports whether it did.
func (x *Extractor) ownedGroupExample(c *sentCtx, ev *rawEvent) bool {
	toks := c.s.Toks
	j := ev.Trigger + 1
	m := -1
	if j < len(toks) {
		m = c.at[j]
	}
	if m < 0 || c.ms[m].First != j || !c.ms[m].Possessive || c.ms[m].How == mkPronoun {
		return false
	}
	k := c.ms[m].Last
	if k < len(toks) && toks[k].Tag == "POS" {
		k++
	}
	if k >= len(toks) || c.at[k] >= 0 || toks[k].Tag == "PRP$" {
		return false
	}
	e := x.groupExample(c, k)
	if e < 0 || contains(ev.Agent, e) {
		return false
	}
	ev.Target = []int{e}
	for _, o := range x.conjuncts(c, e, ev.Trigger, false) {
		if !contains(ev.Agent, o) && !contains(ev.Target, o) {
			ev.Target = append(ev.Target, o)
		}
	}
	return true
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

// gerundPrep reports whether w, right before an -ing form, opens an adjunct of time whose doer
// is the main clause's subject ("after detecting", "before leaving", "while working",
// "upon discovering").
func gerundPrep(w string) bool {
	switch w {
	case "after", "before", "while", "upon", "since":
		return true
	}
	return false
}

// frontedAdjunctDoer finds, for a legal or sanction participle opening the sentence
// ("Sentencing him on Friday, Judge X said …") or opened by a preposition of time ("After arresting X, the agency said …";
// gerundPrep), the doer: the actor the main clause opens with right after the comma that
// closes the adjunct, when a finite verb follows it; -1 when i opens no such adjunct or the
// main clause opens with no actor ("After infecting a PC, the exploit kit …"). Participles used
// as prepositions ("Following the attack, …", "Including …") open none.
func (x *Extractor) frontedAdjunctDoer(c *sentCtx, i int) int {
	toks := c.s.Toks
	if i >= len(toks) || toks[i].Tag != "VBG" || x.cue.tokIs("preposition", &toks[i]) || toks[i].Lower == "following" || toks[i].Lower == "according" {
		return -1
	}
	if !(i == 0 || i == 1 && gerundPrep(toks[0].Lower)) {
		return -1
	}
	if tr, ok := x.tokTrigger(&toks[i], true); !ok || tr.Type != schema.EventLegal && tr.Type != schema.EventSanction {
		return -1 // "After monitoring the network, the agency noticed …": only a legal step's doer is read so
	}
	comma := adjunctComma(toks, i)
	if comma < 0 || comma+1 >= len(toks) {
		return -1
	}
	k := -1
	for j := comma + 1; j < len(toks) && j-comma <= 3 && k < 0; j++ {
		if k = c.at[j]; k < 0 && toks[j].Tag != "DT" && toks[j].Tag != "NNP" {
			return -1 // "…, Judge X said", "…, the agency said": a name after an article or a title only
		}
	}
	if k < 0 {
		return -1
	}
	return finiteSubject(c, k)
}

// adjunctComma returns the index of the comma that closes an adjunct fronted before the main
// clause, whose verb is at i, within maxFrontedAdjunct words of it; -1 when there is none or a
// finite verb comes first ("Hacking is a crime": the participle is the subject, no adjunct).
func adjunctComma(toks []token, i int) int {
	for j := i + 1; j < len(toks) && j-i <= maxFrontedAdjunct; j++ {
		if toks[j].Text == "," {
			return j
		}
		if isFiniteTag(toks[j].Tag) {
			return -1
		}
	}
	return -1
}

// finiteSubject returns the entity of sentence mention k when a finite verb follows it, as
// one follows the name that opens a main clause after a fronted adjunct ("…, Judge X said"),
// and it is neither a pronoun nor a possessor; -1 otherwise.
func finiteSubject(c *sentCtx, k int) int {
	m := c.ms[k]
	if m.Entity < 0 || m.Possessive || m.How == mkPronoun || m.Last >= len(c.s.Toks) || !isFiniteTag(c.s.Toks[m.Last].Tag) {
		return -1
	}
	return m.Entity
}

// inYearEnd returns the index right after "in" and a year opening at k ("in 2021"), else k.
func inYearEnd(toks []token, k int) int {
	if k+1 < len(toks) && toks[k].Lower == "in" && toks[k+1].Tag == "CD" && len(toks[k+1].Text) == 4 && (strings.HasPrefix(toks[k+1].Text, "19") || strings.HasPrefix(toks[k+1].Text, "20")) {
		return k + 2
	}
	return k
}

// meansMain finds, for an -ing form right after "by" that tells how the deed of its clause was
// done ("the hackers gained access to X's network by compromising an account", "Y broke into
// the ministry by stealing a password"), the verb of that clause, whose subject is the gerund's
// doer: the nearest past or present tense verb, or a participle after an auxiliary, before it
// in its clause within meansReach words, a time phrase set off by commas passed over ("…,
// in the autumn of 2024, by compromising …"); -1 when i is no such gerund or a relative word,
// "that" or a quotation mark comes first. A name in the object before the gerund ("X's
// network") is no doer.
func (x *Extractor) meansMain(c *sentCtx, i int) int {
	toks := c.s.Toks
	if i < 2 || i >= len(toks) || toks[i].Tag != "VBG" || toks[i-1].Lower != "by" {
		return -1
	}
	for j := i - 2; j >= 0 && i-j <= meansReach && c.clause[j] == c.clause[i]; j-- {
		t := toks[j]
		if t.Text == ";" || isQuote(t.Text) || t.Tag == "WDT" || t.Tag == "WP" || t.Lower == "that" {
			return -1
		}
		if x.auxTok(&t) || t.Tag == "MD" {
			continue
		}
		if isTensedTag(t.Tag) || t.Tag == "VBN" && x.afterAuxiliary(toks, j) {
			return j
		}
	}
	return -1
}

// meansReach bounds how far before a gerund of means meansMain looks for its clause's verb.
const meansReach = 20

// maxFrontedAdjunct bounds the words of a fronted participial adjunct and of the main clause's
// subject after it.
const maxFrontedAdjunct = 12

// adjunctMain finds, for a verb inside a participial adjunct after a comma ("X listed Acme on
// its leak site, claiming to have stolen its files", "X hit Acme, stealing data") or after a
// preposition of time ("X warned Acme in May after detecting odd logins"; gerundPrep), the
// finite verb of the main clause, whose subject is the adjunct's doer; -1 when i is in no such
// adjunct.
// A participle joined by "and" to such an adjunct's ("X hit Acme, stealing data and demanding
// a ransom") is in the adjunct too.
func (x *Extractor) adjunctMain(c *sentCtx, i int) int {
	toks := c.s.Toks
	if v := x.warningAfterHearers(c, i); v >= 0 {
		return v
	}
	if v := x.messageSentBefore(c, i); v >= 0 {
		return v
	}
	if i >= 0 && i < len(toks) && toks[i].Tag == "VBG" {
		if v := joinedParticiple(c, i); v >= 0 {
			return x.adjunctMain(c, v)
		}
		if v := x.messageIssuerVerb(c, i); v >= 0 {
			return v
		}
	}
	for j := i; j >= 2 && i-j <= 4; j-- {
		if c.at[j] >= 0 {
			return -1
		}
		if toks[j].Tag != "VBG" || toks[j-1].Text != "," && !gerundPrep(toks[j-1].Lower) {
			if j < i && !(toks[j].Tag == "TO" || toks[j].Lower == "have" || toks[j].Lower == "been" || toks[j].Tag == "RB") {
				return -1
			}
			continue
		}
		prep := toks[j-1].Text != "," // "warned X after detecting …": any finite verb is the main one
		conj, span := false, 0        // a list's "and" seen; the tokens of its names, not counted in the reach
		closed := j - 1               // the comma closing what stands apposed to the object
		from := j - 2
		if p := x.parentheticalSpeaker(c, j); p >= 0 && !prep {
			// "X broke into Acme in 2021, prosecutors said, stealing …": the speaker's aside
			// does not end the main clause
			span, closed, from = j-1-p, p, p-1
		}
		for v := from; v >= 0 && j-v-span <= adjunctReach; v-- {
			if toks[v].Text == "," && v+1 < closed && (x.timePhraseEnd(toks, v+1, 2, true) == closed || inYearEnd(toks, v+1) == closed) {
				closed = v
				continue // "sanctioned two men, A and B, in May 2021, accusing them", "broke into X, a lab, in 2021, stealing": a time phrase set off
			}
			if toks[v].Text == "," && apposedNames(c, v+1, closed) {
				continue // "wrote to Lumen's chief executive, Lawrence Hsu, warning that …": a name in apposition to the object; "two men, A and B, accusing them": names listed
			}
			if m := c.at[v]; m >= 0 && c.ms[m].How == mkName && c.ms[m].First < v {
				span += v - c.ms[m].First
				v = c.ms[m].First
			}
			if a := apposedNameBefore(c, v); a >= 0 {
				span += v - a
				v = a
				continue // "convicted a Russian citizen, X, in absentia of …, sentencing him": the object's apposed name
			}
			if (toks[v].Lower == "and" || toks[v].Lower == "or") && v > 0 && c.at[v-1] >= 0 && c.ms[c.at[v-1]].How == mkName {
				conj = true
			}
			if toks[v].Text == "," && conj && listMember(c, v) {
				continue // "had targeted the Ministry of Energy, the Ministry of Agriculture and X, stealing …": a list of names, the objects of the main verb
			}
			if c.cityStateComma(v) {
				continue // "struck Acme, a Columbus, Ohio, clinic, copying …": a town placed by its state
			}
			if toks[v].Text == "," && describedApposition(c, v, closed) {
				closed = v
				continue // "struck Acme, a clinic in Ostby, copying …": a description set in apposition to the object's name
			}
			if toks[v].Tag == "VBG" && v > 1 && (toks[v-1].Text == "," || gerundPrep(toks[v-1].Lower)) {
				if m := x.adjunctMain(c, v); m >= 0 {
					return m // "struck Acme, copying records before encrypting …": the adjunct this one hangs on has the main verb
				}
			}
			if toks[v].Text == "," || x.cue.tokIs("clausebreak", &toks[v]) {
				return -1
			}
			if t := toks[v].Tag; isTensedTag(t) && (prep || !x.cue.tokIs("reporting", &toks[v]) || v+1 < len(toks) && toks[v+1].Lower == "to" || x.listingAdd(c, v)) {
				return v // "wrote to X, warning that …": a message sent, its writer warns; "added X to its sanctions list, accusing it of …"
			}
		}
		return -1
	}
	return -1
}

// messageSentBefore finds, for a participle of telling at i ("warning", "notifying",
// "advising") that closes the object of a tensed verb of sending or writing a message in its
// clause with no comma between ("wrote to every customer the next month warning them …", "sent
// letters to clients warning that …", "issued a notice to ships bound for the port advising them
// …", "emailed its suppliers warning them"; cues contactverb, indirectsend, sentverb), that verb:
// its subject sends the message and so tells, whether the noun before the participle is the
// message or those it went to. Another verb, a relative pronoun, "that", a comma or a clause
// break first gives -1, and so does a verb of receiving: one who gets a letter warning them is
// the one told.
func (x *Extractor) messageSentBefore(c *sentCtx, i int) int {
	toks := c.s.Toks
	if i < 3 || i >= len(toks) || toks[i].Tag != "VBG" || !x.tellingVerb(toks[i]) && !urgingParticiple(toks[i]) || toks[i-1].Text == "," {
		return -1
	}
	for j := i - 1; j >= 0 && i-j <= sentMessageReach && c.clause[j] == c.clause[i]; j-- {
		t := toks[j]
		if isTensedTag(t.Tag) && !x.auxTok(&t) {
			if x.cue.tokIs("contactverb", &t) || x.cue.tokIs("indirectsend", &t) || x.cue.tokIs("sentverb", &t) {
				return j
			}
			return -1
		}
		if t.Tag == "VBG" && j > 0 && toks[j-1].Tag == "DT" {
			continue // "the following month", "the remaining customers": a modifier, no verb
		}
		if t.Tag == "VBN" && x.afterAuxiliary(toks, j) && (x.cue.tokIs("contactverb", &t) || x.cue.tokIs("indirectsend", &t) || x.cue.tokIs("sentverb", &t)) && !x.passiveAux(c, j) {
			return j // "had written to every customer warning them", "has sent letters to clients warning …"
		}
		if isVerbTag(t.Tag) && t.Tag != "VBN" || t.Tag == "MD" || t.Tag == "WDT" || t.Tag == "WP" || t.Lower == "that" || t.Text == "," ||
			x.cue.tokIs("clausebreak", &t) {
			return -1
		}
	}
	return -1
}

// messageHearer returns, for a participle of telling at i whose object is a pronoun and that
// closes a message's sending (messageSentBefore: "wrote to every client warning them", "sent
// letters to clients warning them", "emailed its suppliers warning them"), those the message
// went to, whom the pronoun stands for: the head after the sending verb's "to", else its
// object; a name, or the described actor the sentence's descriptions give (-1 when the words
// name none). ok is false when i is no such participle, and the usual object rules hold.
func (x *Extractor) messageHearer(c *sentCtx, i int) (e int, ok bool) {
	toks := c.s.Toks
	if i+1 >= len(toks) || !objectPronoun[toks[i+1].Lower] {
		return -1, false
	}
	v := x.messageSentBefore(c, i)
	if v < 0 {
		return -1, false
	}
	start := v + 1
	for j := v + 1; j < i; j++ {
		if toks[j].Lower == "to" {
			start = j + 1
			break
		}
	}
	for j := start; j < i; j++ {
		if m := c.at[j]; m >= 0 {
			if c.ms[m].How == mkPronoun && c.ms[m].Possessive {
				if h := x.staffHead(c, j+1); h >= 0 && h < i {
					return c.ms[m].Entity, true // "emailed its suppliers warning them": the body they belong to
				}
				continue
			}
			return c.ms[m].Entity, true
		}
		if isNounTag(toks[j].Tag) {
			return c.genEntity(j), true
		}
		if t := toks[j].Tag; t != "DT" && t != "JJ" && t != "CD" && t != "VBN" && t != "PRP$" {
			break
		}
	}
	return -1, true
}

// sentMessageReach bounds how many tokens before a participle of telling messageSentBefore reads
// back for the verb that sent the message.
const sentMessageReach = 14

// warningAfterHearers finds, for a participle of warning at i right after the names a message
// went to and taking an object pronoun ("wrote to X and Y warning them of the flaw", "sent a
// letter to X warning it"), the tensed verb that sent it, at most 6 tokens before the
// preposition with no comma between: the sender warns, the pronoun stands for those written to
// (not the sender); else -1.
func (x *Extractor) warningAfterHearers(c *sentCtx, i int) int {
	toks := c.s.Toks
	if i < 3 || i+1 >= len(toks) || toks[i].Tag != "VBG" || !objectPronoun[toks[i+1].Lower] {
		return -1
	}
	if tr, ok := x.tokTrigger(&toks[i], true); !ok || tr.Type != schema.EventWarning {
		return -1
	}
	m := c.at[i-1]
	if m < 0 || c.ms[m].How != mkName || c.ms[m].Last != i {
		return -1
	}
	a := c.ms[m].First
	for a >= 2 && (toks[a-1].Lower == "and" || toks[a-1].Text == ",") && c.at[a-2] >= 0 && c.ms[c.at[a-2]].How == mkName {
		a = c.ms[c.at[a-2]].First // "to X, Y and Z"
	}
	if a > 0 && toks[a-1].Lower == "the" {
		a--
	}
	if a < 2 || toks[a-1].Lower != "to" && toks[a-1].Lower != "with" {
		return -1
	}
	for v := a - 2; v >= 0 && a-v <= 7; v-- {
		if toks[v].Text == "," || c.clause[v] != c.clause[a-1] || c.at[v] >= 0 {
			return -1
		}
		if isTensedTag(toks[v].Tag) {
			return v
		}
	}
	return -1
}

// apposedNames reports whether the tokens from a up to end (exclusive) are only names, one or
// more, listed with commas or "and" between ("Lawrence Hsu", "Ana Roth and Ivo Dal", "A, B and
// C"), the first opening at a and the last ending at end.
func apposedNames(c *sentCtx, a, end int) bool {
	toks := c.s.Toks
	if a < 0 || end > len(toks) || a >= end {
		return false
	}
	for k := a; ; k++ {
		m := c.at[k]
		if m < 0 || c.ms[m].How != mkName || c.ms[m].First != k || c.ms[m].Last > end {
			return false
		}
		k = c.ms[m].Last
		if k == end {
			return true
		}
		if k+1 >= end || toks[k].Lower != "and" && toks[k].Text != "," {
			return false
		}
	}
}

// apposedNameBefore returns, for a comma at v closing a name set in apposition to a lower-case
// common noun (", X," in "convicted a Russian citizen, X, in absentia"), the comma opening the
// apposition; else -1. The adjunct's walk back steps over it as over the object's own words.
func apposedNameBefore(c *sentCtx, v int) int {
	toks := c.s.Toks
	if v < 1 || v >= len(toks) || toks[v].Text != "," {
		return -1
	}
	m := c.at[v-1]
	if m < 0 || c.ms[m].How != mkName || c.ms[m].Last != v {
		return -1
	}
	a := c.ms[m].First - 1
	if a < 1 || toks[a].Text != "," || !isNounTag(toks[a-1].Tag) || isCap(toks[a-1].Text) {
		return -1
	}
	return a
}

// describedApposition reports whether the words between the commas at o and end are a
// description set in apposition to a name that ends at o (", a 40-bed clinic in Ostby," in
// "struck Acme, a 40-bed clinic in Ostby, copying …"): they open with an article, hold no
// finite verb and no bracket, and number at most maxApposDescription. The name is the verb's
// object, so the walk back to the main verb steps over the description as over the object's
// own words.
func describedApposition(c *sentCtx, o, end int) bool {
	toks := c.s.Toks
	if o < 1 || end >= len(toks) || end-o < 3 || end-o > maxApposDescription+1 || toks[o].Text != "," || toks[end].Text != "," {
		return false
	}
	if w := toks[o+1].Lower; w != "a" && w != "an" && w != "the" {
		return false
	}
	for k := o + 1; k < end; k++ {
		if t := toks[k]; isFiniteTag(t.Tag) || t.Text == "," && !c.cityStateComma(k) || t.Text == ";" || t.Text == "(" || t.Text == ")" {
			return false
		}
	}
	m := c.at[o-1]
	return m >= 0 && c.ms[m].How == mkName && c.ms[m].Last == o && !c.ms[m].Possessive
}

// cityStateComma reports whether the comma at k stands between a capitalised word and the name
// of a place that places it ("a Cambridge, Massachusetts developer", "a Columbus, Ohio,
// company"), or closes that place's name ("Ohio,"): no end of a phrase.
func (c *sentCtx) cityStateComma(k int) bool {
	toks := c.s.Toks
	if k < 1 || k+1 >= len(toks) || toks[k].Text != "," || !isCap(toks[k-1].Text) {
		return false
	}
	if p := c.at[k-1]; p >= 0 && c.ms[p].Last == k && c.ms[p].First > 1 && c.ms[p].First-1 < k && c.cityStateComma(c.ms[p].First-1) {
		return true // "a Dayton, Ohio, grocer": the comma closing the state
	}
	m := c.at[k+1]
	if m < 0 || c.ms[m].First != k+1 || c.ms[m].Entity < 0 || c.ms[m].Entity >= len(c.ents) {
		return false
	}
	return c.ents[c.ms[m].Entity].Kind == schema.KindPlace
}

// maxApposDescription bounds the words of a description set in apposition to a name that
// describedApposition accepts.
const maxApposDescription = 12

// joinedParticiple returns, for the participle at i right after "and" (adverbs between), the
// participle that opens the adjunct it is joined to, right after a comma, at most joinReach
// tokens back with no other comma, "and" or clause break between ("…, posting screenshots of
// the files and demanding $4 million": posting); else -1.
func joinedParticiple(c *sentCtx, i int) int {
	toks := c.s.Toks
	j := i - 1
	for j > 0 && toks[j].Tag == "RB" {
		j--
	}
	if j < 2 || toks[j].Lower != "and" {
		return -1
	}
	for v := j - 1; v >= 1 && j-v <= joinReach; v-- {
		if toks[v].Tag == "VBG" && toks[v-1].Text == "," {
			return v
		}
		if toks[v].Text == "," || toks[v].Lower == "and" || c.clause[v] != c.clause[j] && isTensedTag(toks[v].Tag) {
			return -1
		}
	}
	return -1
}

// messageIssuerVerb returns, for the participle at i right after "and" (adverbs between) that
// is joined to a participle modifying the noun of a published message ("published an advisory
// describing X as a front for spies and warning Y that …", "issued a bulletin naming X and
// urging Y to patch"), the verb that put the message out, whose subject tells Y: the finite
// verb right before the message's noun phrase. Else -1: the object of the first participle
// (X) is described, not the one who warns.
func (x *Extractor) messageIssuerVerb(c *sentCtx, i int) int {
	toks := c.s.Toks
	j := i - 1
	for j > 0 && toks[j].Tag == "RB" {
		j--
	}
	if j < 3 || toks[j].Lower != "and" {
		return -1
	}
	for v := j - 1; v >= 2 && j-v <= joinReach; v-- {
		if modifierIng(toks[v]) && messageNoun[toks[v-1].Lower] {
			return x.messageVerb(c, v-1)
		}
		if toks[v].Text == "," || toks[v].Lower == "and" || isQuote(toks[v].Text) || c.clause[v] != c.clause[j] || isTensedTag(toks[v].Tag) {
			return -1
		}
	}
	return -1
}

// modifierIng reports whether t is an -ing form the tagger may read as a participle, a noun
// (ingForm) or an adjective ("an advisory describing/NN X as …", "a bulletin naming/JJ X").
func modifierIng(t token) bool {
	return strings.HasSuffix(t.Lower, "ing") && len(t.Lower) > 5 && (ingForm(t) || t.Tag == "JJ")
}

// messageVerb returns the finite verb (or a participle after an auxiliary) that governs the
// message noun at n across its determiner and modifiers ("published a joint advisory",
// "had issued an urgent alert"), at most messageNPReach tokens back; else -1.
func (x *Extractor) messageVerb(c *sentCtx, n int) int {
	toks := c.s.Toks
	for k := n - 1; k >= 0 && n-k <= messageNPReach && c.clause[k] == c.clause[n]; k-- {
		t := toks[k]
		switch {
		case isTensedTag(t.Tag) && !x.auxTok(&t), t.Tag == "VBN" && x.afterAuxiliary(toks, k) && !x.passiveAux(c, k):
			return k
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNP" || t.Tag == "CD" || t.Tag == "HYPH" || t.Tag == "PRP$":
			continue
		}
		return -1
	}
	return -1
}

// messageNPReach bounds the tokens between a message noun and the verb that put it out.
const messageNPReach = 5

// joinReach bounds how many tokens back from "and" joinedParticiple looks for the first
// participle of an adjunct.
const joinReach = 15

// adjunctReach bounds how many tokens (a name's counted as one) adjunctMain reads back from a
// participial adjunct's comma to the main clause's finite verb: a long object ("has been seen
// running a phishing campaign against freight companies in Norland and Ostmark, hijacking …")
// stays within it, and the search stops anyway at a comma or a clause break.
const adjunctReach = 30

// listMember reports whether the comma at v stands between two names of a list: a name ends
// right before it and another (after an optional determiner) opens right after it.
func listMember(c *sentCtx, v int) bool {
	toks := c.s.Toks
	if v < 1 || v+1 >= len(toks) || c.at[v-1] < 0 || c.ms[c.at[v-1]].How != mkName {
		return false
	}
	n := v + 1
	if toks[n].Tag == "DT" && n+1 < len(toks) {
		n++
	}
	return c.at[n] >= 0 && c.ms[c.at[n]].How == mkName && c.ms[c.at[n]].First == n
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

// listOwner returns whose data a theft or leak takes when its object is a list of data nouns
// too long for object to reach, or broken by commas, before "of" and the owner ("stole 1.9
// million email addresses and some phone numbers of X customers", "leaked the names,
// addresses and dates of birth of 130,000 X customers"), or -1. Only determiners, numbers,
// adjectives, common nouns, commas, "and", "or" and "of" may come between, within 20 tokens and
// the verb's clause, and a verb joined to it by "and" right after it ("stole and leaked"); the
// name must come within three words after an "of".
func (x *Extractor) listOwner(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 1; j+1 < len(toks) && j-i <= listReach && c.clause[j] == c.clause[i]; j++ {
		t := toks[j]
		if c.at[j] >= 0 {
			return -1 // a name inside the list: object's to find
		}
		if t.Lower == "of" && j > i+1 {
			for k := j + 1; k < len(toks) && k-j <= listOwnerReach; k++ {
				if m := c.at[k]; m >= 0 {
					if c.ms[m].How != mkName {
						return -1
					}
					return x.npHead(c, m)
				}
				if tg := toks[k].Tag; tg != "DT" && tg != "CD" && tg != "JJ" {
					break // "dates of birth of X": a noun in the list, not yet the owner
				}
			}
			continue
		}
		switch {
		case t.Text == "," || t.Lower == "and" || t.Lower == "or" || t.Tag == "HYPH":
		case (t.Tag == "DT" || t.Tag == "CD" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS") && !isCap(t.Text):
		case j == i+2 && toks[j-1].Lower == "and" && isVerbTag(t.Tag):
			// "have stolen and leaked the names of …": the verbs share their object
		default:
			return -1
		}
	}
	return -1
}

// listReach bounds how many tokens after the verb listOwner reads its list of data nouns;
// listOwnerReach, how many words after an "of" the owner's name may come.
const (
	listReach      = 20
	listOwnerReach = 3
)

// amountOwner returns whose data a quantity of data put out at i came from ("posted roughly
// 40 gigabytes of what it said were X files", "published 60 gigabytes of its files",
// "published 200 gigabytes of records it said came from the hospital", "90 gigabytes of files
// belonging to X"), or -1: within 14
// tokens and before a comma or a preposition other than "of" and "from" ("on its leak site"),
// a name modifying a noun or owning one, a possessive pronoun, or whatever follows "from";
// other pronouns ("it said") are passed over.
func (x *Extractor) amountOwner(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= amountReach; j++ {
		t := toks[j]
		if t.Text == "," || t.Text == ";" || t.Tag == "." || t.Tag == "CC" && j+1 < len(toks) && isVerbTag(toks[j+1].Tag) ||
			t.Tag == "IN" && t.Lower != "of" && t.Lower != "from" {
			return -1 // "on its leak site": where it was put, not whose data
		}
		k := c.at[j]
		if k < 0 {
			continue
		}
		m := c.ms[k]
		from := m.First > 0 && toks[m.First-1].Lower == "from" || m.First > 1 && toks[m.First-1].Lower == "the" && toks[m.First-2].Lower == "from" ||
			m.First > 1 && toks[m.First-1].Lower == "to" && toks[m.First-2].Lower == "belonging" // "files belonging to X"
		switch {
		case m.How == mkName && (m.NounMod || m.Possessive || from):
			return x.npHead(c, k)
		case m.How == mkPronoun && m.Possessive:
			if m.Entity >= 0 && m.Entity == x.subject(c, i) {
				return -1 // "Krait published 60 gigabytes of its own files": the doer's own
			}
			return m.Entity
		case m.How != mkName && m.How != mkPronoun && from:
			return m.Entity
		}
		j = m.Last - 1
	}
	return -1
}

// amountReach bounds how many tokens after the verb amountOwner reads for the owner of the data.
const amountReach = 14

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
	case x.cue.tokIs("relpronoun", &toks[k]):
		return true
	}
	return k > 0 && c.at[k-1] >= 0 && x.cue.descHead[toks[k].Lower] == schema.KindGroup
}

// isBeHave reports whether w is a form of the auxiliary "be" or "have".
func isBeHave(w string) bool {
	switch w {
	case "be", "been", "being", "is", "are", "was", "were", "has", "have", "had":
		return true
	}
	return false
}

// employerOnly reports whether every mention of entity e in the sentence names the employer
// of a person described by a role noun or a lower-case title ("a former NSA contractor", "an
// army corporal", "an employee of Harlow Bank", "a contractor for the agency"). Such a person,
// not the employer, is arrested or charged. Only mentions in the clause of the step's verb at i
// count. With plural, a role noun in the plural counts too ("two officers of Karsovia's
// military intelligence agency" are charged); the officers of a body that arrest someone act
// for it, so an agent's test leaves plurals out.
func (x *Extractor) employerOnly(c *sentCtx, i, e int, plural bool) bool {
	seen := false
	for k, m := range c.ms {
		if c.entityOf(k) != e || i >= 0 && i < len(c.clause) && m.First < len(c.clause) && c.clause[m.First] != c.clause[i] {
			continue // a mention in another clause ("…, and the regulator fined X") says nothing of this one
		}
		seen = true
		if !x.roleEmployer(c, m, plural) {
			return false
		}
	}
	return seen
}

// roleEmployer reports whether mention m names the employer of a person described by a role
// noun or a lower-case title ("a former NSA contractor", "a Canadian Armed Forces corporal", "an
// employee of Harlow Bank", "a contractor for the NSA"); with plural, a role noun in the plural
// counts too.
func (x *Extractor) roleEmployer(c *sentCtx, m mention, plural bool) bool {
	toks := c.s.Toks
	role := func(t *token) bool {
		return x.cue.tokIs("personrole", t) || plural && x.cue.is("personrole", strings.TrimSuffix(t.Lower, "s"))
	}
	if m.Last < len(toks) && (role(&toks[m.Last]) || x.cue.tokIs("title", &toks[m.Last]) && !isCap(toks[m.Last].Text)) && isNounTag(toks[m.Last].Tag) {
		return true // "a former NSA contractor", "two NSA contractors", "a Canadian Armed Forces corporal"
	}
	if m.How == mkName && m.NounMod && indefiniteBefore(toks, m.First) && x.personAfter(toks, m.Last) {
		return true // "a Lagos software developer", "a Harlow businessman": one the name only places
	}
	// "an employee of Harlow Bank", "a contractor for the NSA", "two officers of Karsovia's military intelligence agency"
	r := roleBefore(c, m)
	return r >= 0 && role(&toks[r])
}

// byAgentPhrase reports whether the counted role noun at r stands in a passive's "by" phrase
// ("were detained by officers of X", "by two officers of X"): its people do the step.
func byAgentPhrase(toks []token, r int) bool {
	for k := r - 1; k >= 0 && k >= r-3; k-- {
		switch {
		case toks[k].Lower == "by":
			return true
		case toks[k].Tag != "CD" && toks[k].Tag != "JJ" && toks[k].Tag != "DT":
			return false
		}
	}
	return false
}

// personAfter reports whether the lower-case nouns from k on end in a noun for a person (cues
// personrole, ledehead, personnoun: "software developer", "businessman"), not in a noun for a
// step ("an X conviction").
func (x *Extractor) personAfter(toks []token, k int) bool {
	h := -1
	for j := k; j < len(toks) && j-k < 3 && isNounTag(toks[j].Tag) && !isCap(toks[j].Text); j++ {
		h = j
	}
	if h < 0 {
		return false
	}
	w := toks[h].Lower
	return x.cue.is("personrole", w) || x.cue.is("ledehead", w) || x.cue.is("personnoun", w)
}

// indefiniteBefore reports whether "a" or "an" opens the phrase before token f, past
// lower-case adjectives and "former" ("a Harlow businessman", "a former Harlow banker").
func indefiniteBefore(toks []token, f int) bool {
	for k := f - 1; k >= 0 && f-k <= 3; k-- {
		switch {
		case toks[k].Lower == "a" || toks[k].Lower == "an":
			return true
		case (toks[k].Tag == "JJ" || toks[k].Lower == "former") && !isCap(toks[k].Text):
		default:
			return false
		}
	}
	return false
}

// roleBefore returns the index of the noun that mention m's body employs ("an employee of
// Harlow Bank", "a contractor for the NSA", "two officers of Karsovia's military intelligence
// agency": the noun before "of", "for" or "at", past an owner and "the"), or -1.
func roleBefore(c *sentCtx, m mention) int {
	toks := c.s.Toks
	p := m.First - 1
	if p >= 0 && isPossMark(toks[p].Text) {
		// "a contractor for Valmark's Signals Directorate": past the owner
		for p--; p >= 0 && c.at[p] >= 0; p-- {
		}
	}
	if p >= 0 && toks[p].Lower == "the" {
		p--
	}
	if p >= 1 && (toks[p].Lower == "for" || toks[p].Lower == "of" || toks[p].Lower == "at") && isNounTag(toks[p-1].Tag) {
		return p - 1
	}
	return -1
}

// corpsOnly reports whether entity e is named in the clause of the step's verb at i as the body
// whose members or officers the step befalls, counted in the plural ("charged two officers of
// Karsovia's military intelligence agency", "indicted three members of the Ostrovian Guard";
// cue corpsmember), also with the body's name before the counted noun ("indicted twelve GRU
// officers"; countedBefore): members of a body who are charged together act for it, so the body is a
// party to the step. A body that employs people ("two employees of Harlow Bank") is not, nor
// is a body whose officers do the step ("detained by officers of X"); the caller asks only for
// a step whose doer is named.
func (x *Extractor) corpsOnly(c *sentCtx, i, e int) bool {
	toks := c.s.Toks
	for k, m := range c.ms {
		if c.entityOf(k) != e || i >= 0 && i < len(c.clause) && m.First < len(c.clause) && c.clause[m.First] != c.clause[i] {
			continue
		}
		if m.Last+1 < len(toks) && isPossMark(toks[m.Last+1].Text) {
			continue // "two officers of Karsovia's army": the state owns the body, it is not the body
		}
		if r := roleBefore(c, m); r >= 0 && toks[r].Lower == toks[r].Text && x.cue.tokIs("corpsmember", &toks[r]) && !byAgentPhrase(toks, r) {
			return true
		}
		if l := m.Last; l < len(toks) && toks[l].Lower == toks[l].Text && x.cue.tokIs("corpsmember", &toks[l]) && countedBefore(toks, m.First) && !byAgentPhrase(toks, m.First) {
			return true // "indicted twelve GRU officers", "charged two alleged Tin Adder members"
		}
	}
	return false
}

// corpsAfter returns the entity of the body named after a counted plural of its members or
// officers opening at j ("six officers of the GRU", "two alleged members of Tin Adder"; cue
// corpsmember), the object a legal noun's "against" takes; -1 otherwise.
func (x *Extractor) corpsAfter(c *sentCtx, j int) int {
	toks := c.s.Toks
	if j >= len(toks) || !pluralCount(toks[j].Lower) {
		return -1
	}
	k := j + 1
	for ; k < len(toks) && k-j <= 2 && (toks[k].Tag == "JJ" || toks[k].Tag == "VBN") && !isCap(toks[k].Text); k++ {
	}
	if k+2 >= len(toks) || toks[k].Lower != toks[k].Text || !x.cue.tokIs("corpsmember", &toks[k]) || toks[k+1].Lower != "of" {
		return -1
	}
	k += 2
	if toks[k].Lower == "the" {
		k++
	}
	if k < len(toks) && c.at[k] >= 0 {
		return c.ms[c.at[k]].Entity
	}
	return -1
}

// pluralCount reports whether w counts two or more people ("two", "5", "eleven", "twelve";
// countWord stops at ten in words).
func pluralCount(w string) bool {
	return countWord(w) >= 2 || w == "eleven" || w == "twelve"
}

// countedBefore reports whether a count stands right before token f, past up to two lower-case
// adjectives ("twelve GRU officers", "two alleged Tin Adder members"): the name then modifies a
// counted plural.
func countedBefore(toks []token, f int) bool {
	for k := f - 1; k >= 0 && f-k <= 3; k-- {
		switch {
		case pluralCount(toks[k].Lower):
			return true
		case toks[k].Tag != "JJ" && toks[k].Tag != "VBN" || isCap(toks[k].Text):
			return false
		}
	}
	return false
}

// formerEmployer reports whether entity e is named before the verb at i, in its clause, only as
// the body a former worker worked at ("A former engineer at X reported …", "a former X
// contractor leaked …"; roleEmployer with "former" in the role phrase): one who has left a body
// does not act or speak for it. Mentions after the verb ("reported the company") do not count.
func (x *Extractor) formerEmployer(c *sentCtx, i, e int) bool {
	if i < 0 || i >= len(c.clause) {
		return false
	}
	toks := c.s.Toks
	seen := false
	for k, m := range c.ms {
		if c.entityOf(k) != e || m.First >= i || c.clause[m.First] != c.clause[i] {
			continue
		}
		if !x.roleEmployer(c, m, true) || !hasLower(toks[max(0, m.First-formerReach):m.First], "former") {
			return false
		}
		seen = true
	}
	return seen
}

// formerReach bounds how far before a body's name formerEmployer looks for "former" ("a former
// senior engineer at X").
const formerReach = 4

// coordinatedVerb finds, for a finite verb at i right after "and" ("X convicted an engineer of
// spying for Y and sentenced him", "X summoned Y's ambassador and expelled two diplomats"),
// the finite verb it is coordinated with, whose subject it shares; -1 when there is none. A
// name in the first verb's object is not the second verb's subject. A verb of denying after
// "but" shares the subject of a verb of saying or admitting before it ("X confirmed that files
// were read but denied that card data was taken"). A modal before "have" opens the second
// conjunct ("X had broken into Y's network and may have stolen Z"), for every caller.
func (x *Extractor) coordinatedVerb(c *sentCtx, i int) int {
	toks := c.s.Toks
	if i > 0 && toks[i-1].Text == "," && x.misreadSeriesVerb(c, i) {
		return x.seriesVerb(c, i, i-1)
	}
	aux := x.auxBefore(toks, i) // "… and had alerted Y", "… and did notify Y": the auxiliary is the finite verb ("but" is not read)
	if aux < 0 && !isTensedTag(toks[i].Tag) && !(toks[i].Tag == "VBN" && (objectOpens(toks, i+1) || amountOpens(toks, i+1) && !x.passiveConjunct(c, i)) && !x.passiveAux(c, i)) {
		return -1 // a participle with an object after "and" is a past tense the tagger misread: "… and warned employees", "… and notified affected customers"
	}
	j := i - 1
	if aux >= 0 {
		j = aux - 1
		for j >= 0 && toks[j].Tag == "RB" {
			j--
		}
		if j >= 0 && toks[j].Tag == "MD" && x.cue.tokIs("haveform", &toks[aux]) {
			j-- // "… and may have stolen Y": the modal before "have" opens the conjunct
		}
	}
	for j >= 0 && toks[j].Tag == "RB" {
		j--
	}
	if j >= 1 && toks[j].Text == "," && aux < 0 {
		return x.seriesVerb(c, i, j)
	}
	if j >= 1 && toks[j].Lower == "but" && aux < 0 && x.cue.tokIs("reporting", &toks[i]) {
		return x.withheldVerb(c, j)
	}
	if j < 1 || toks[j].Lower != "and" && (toks[j].Lower != "but" || !x.cue.tokIs("denyverb", &toks[i])) {
		return -1
	}
	if toks[j].Lower == "but" {
		return x.grantingVerb(c, j)
	}
	return x.conjoinedVerb(c, j, aux)
}

// grantingVerb finds, for the "but" at j before a verb of denying, the nearest verb of saying
// or admitting before it in the same stretch of the sentence (cues reporting, admitverb): what
// the denier grants before denying the rest ("X confirmed that intruders had copied files but
// denied that card data was taken"; "the suspect admitted the theft but denied …"); -1 when a
// clause break, "and" or a quotation comes first.
func (x *Extractor) grantingVerb(c *sentCtx, j int) int {
	toks := c.s.Toks
	lo := x.stretchBeforeBut(toks, j)
	for v := j - 1; v >= lo; v-- {
		if t := &toks[v]; isVerbTag(t.Tag) && (x.cue.tokIs("reporting", t) || x.cue.tokIs("admitverb", t)) {
			return v
		}
	}
	return -1
}

// stretchBeforeBut returns the first token of the stretch of the sentence that ends at the
// "but" at j: the token after the nearest clause break, "and", "but" or quotation mark before
// it, and no more than grantReach tokens back.
func (x *Extractor) stretchBeforeBut(toks []token, j int) int {
	v := j - 1
	for ; v >= 0 && j-v <= grantReach; v-- {
		t := &toks[v]
		if x.cue.tokIs("clausebreak", t) || t.Lower == "and" || t.Lower == "but" || isQuote(t.Text) {
			break
		}
	}
	return v + 1
}

// withheldVerb returns, for the "but" at j before a verb of saying, the finite verb or modal of
// what the speaker held back from, negated or a verb of refusing ("would not discuss the
// details but said …", "declined to name the firm, but said …"): the nearest one before it in
// the same stretch of the sentence, whose subject the saying shares; -1 when a clause break,
// "and" or a quotation comes first, or the verb found is none of those.
func (x *Extractor) withheldVerb(c *sentCtx, j int) int {
	toks := c.s.Toks
	lo := x.stretchBeforeBut(toks, j)
	for v := j - 1; v >= lo; v-- {
		if t := &toks[v]; t.Tag == "MD" || isTensedTag(t.Tag) {
			if x.cue.tokIs("refuseverb", t) || v+1 < j && x.cue.tokIs("negation", &toks[v+1]) {
				return v // "declined to name", "would not discuss", "did not say"
			}
			return -1
		}
	}
	return -1
}

// commaConjunctReach bounds how many tokens before ", and" conjoinedVerb looks for the verb of
// a first conjunct, which news sets off with a comma when it runs long.
const commaConjunctReach = 25

// grantReach bounds how many tokens before "but" grantingVerb and withheldVerb look for what
// the speaker grants or holds back (stretchBeforeBut).
const grantReach = 20

// conjoinedVerb finds, for the "and" at j that coordinatedVerb reads, the finite verb of the
// first conjunct, stepping over quoted phrases, names joined in its object and "that" clauses
// about things; aux is the auxiliary of the second verb, or -1. A comma may stand before the
// "and" when the first conjunct is long (commaConjunctReach).
func (x *Extractor) conjoinedVerb(c *sentCtx, j, aux int) int {
	toks := c.s.Toks
	skipped, reach := 0, 15 // tokens of quoted phrases stepped over do not count against the reach
	if j >= 2 && toks[j-1].Text == "," {
		// "gained access to X's network in May by exploiting a flaw in its VPN, and had since
		// stolen …": a comma closes a first conjunct long enough to want one
		j, reach = j-1, commaConjunctReach
		if p := x.saidAside(c, j); p >= 0 && !x.speakerActsNext(c, p, j+1) {
			j = p // "notified X on Monday, Y said, and informed Z": the first conjunct ends before the aside
		}
	}
	for v := j - 1; v >= 0 && j-v-skipped <= reach; v-- {
		if isQuote(toks[v].Text) {
			if o := quotedPhraseOpen(toks, v); o >= 0 {
				if o > 0 && o+1 < v && isTensedTag(toks[o+1].Tag) && !isBeHave(toks[o+1].Lower) && isNounTag(toks[o-1].Tag) {
					return o + 1 // "the district \"moved as fast as it could\" and had notified Y": the quoted verb phrase is the first conjunct
				}
				skipped += v - o
				v = o // "accused the army of \"planning a war\" and threatened …": a phrase quoted in the object
				continue
			}
			return -1
		}
		if toks[v].Lower == "and" && c.namesJoined(v, j) {
			continue // "notified Visa and Mastercard on July 12 and informed Y": names in the first verb's object
		}
		if x.cue.tokIs("clausebreak", &toks[v]) || toks[v].Lower == "and" {
			return -1
		}
		if v > 0 && !isTensedTag(toks[v].Tag) && toks[v-1].Text == "," && x.misreadSeriesVerb(c, v) && x.seriesVerb(c, v, v-1) >= 0 {
			return v // "listed X on its site, claimed/VBN to have taken data and demanded …"
		}
		if isTensedTag(toks[v].Tag) || aux >= 0 && toks[v].Tag == "MD" {
			if r := relativeOpener(toks, v); r >= 0 {
				if r == v-1 && r > 0 && toks[r-1].Text == "," && (toks[r].Lower == "which" || toks[r].Lower == "who") {
					return v // "X, which noticed odd traffic and alerted Y": the verbs of one relative clause
				}
				v = r // "said it would help anyone whose data was exposed and warned …": not the relative clause's verb
				continue
			}
			if r := x.thingComplement(c, v); r >= 0 {
				v = r // "confirmed that the memo was genuine and asked X to …": the copula's subject is a thing, not the asker
				continue
			}
			return v
		}
	}
	return -1
}

// saidAside returns the comma that opens an attribution set off by commas and closed by the
// comma at j ("…, Lena Vorst said, and …", "…, officials said, and …", "…, said a spokesman,
// and …"): a short stretch with one verb, a tensed verb of saying, and no other; -1 when the
// words before j are no such aside.
func (x *Extractor) saidAside(c *sentCtx, j int) int {
	toks := c.s.Toks
	said := -1
	for k := j - 1; k > 0 && j-k <= 10; k-- {
		t := &toks[k]
		if t.Text == "," {
			if said < 0 || k == j-1 {
				return -1
			}
			return k
		}
		if isQuote(t.Text) || t.Text == ";" || t.Text == ":" || t.Tag == "WDT" || t.Tag == "WP" {
			return -1
		}
		if isVerbTag(t.Tag) {
			if said >= 0 || !isTensedTag(t.Tag) || !x.cue.tokIs("reporting", t) {
				return -1
			}
			said = k
		}
	}
	return -1
}

// speakerActsNext reports whether the verb after the "and" at and is an act of telling or
// saying (a warning, statement, denial, accusation or report) while the last finite verb before
// the attribution that opens at the comma p is no such act: "X breached Y's network in May, the
// bank said on Monday, and warned customers" tells what the speaker did next, so the verb after
// "and" shares the aside's subject, not the deed's. Two tellings ("notified X …, Y said, and
// informed Z") or two deeds ("breached X …, Y said, and stole …") share the first subject.
func (x *Extractor) speakerActsNext(c *sentCtx, p, and int) bool {
	toks := c.s.Toks
	telling := func(k int) bool {
		tr, ok := x.tokTrigger(&toks[k], true)
		return ok && (sayingType(tr.Type) || tr.Type == schema.EventWarning || tr.Type == schema.EventReport)
	}
	next := -1
	for k := and + 1; k < len(toks) && k-and <= 3; k++ {
		if isTensedTag(toks[k].Tag) && !isBeHave(toks[k].Lower) {
			next = k
			break
		}
	}
	if next < 0 || !telling(next) {
		return false
	}
	for k := p - 1; k >= 0 && p-k <= commaConjunctReach; k-- {
		if isTensedTag(toks[k].Tag) && !isBeHave(toks[k].Lower) {
			return !telling(k)
		}
	}
	return false
}

// mentionAt returns the mention at token v of c, or -1 when none is there or c's mentions are
// not yet found.
func mentionAt(c *sentCtx, v int) int {
	if v < 0 || v >= len(c.at) {
		return -1
	}
	return c.at[v]
}

// namesJoined reports whether the "and" at v joins two names ("Visa and Mastercard", "X and
// the FBI"): a name ends right before it and one opens right after it, or after "the", and no
// comma stands between it and the "and" at j that joins the verbs.
func (c *sentCtx) namesJoined(v, j int) bool {
	toks := c.s.Toks
	if v < 1 || v+1 >= len(toks) || j > len(toks) {
		return false
	}
	for k := v + 1; k < j; k++ {
		if toks[k].Text == "," {
			return false // "ban X and Y hosted apps, and warn": the verbs' own clauses
		}
	}
	k := v + 1
	if toks[k].Lower == "the" && k+1 < len(toks) {
		k++
	}
	a, b := c.at[v-1], c.at[k]
	return a >= 0 && b >= 0 && a != b && c.ms[a].How == mkName && c.ms[b].How == mkName && c.ms[a].Entity >= 0 && c.ms[b].Entity >= 0 &&
		c.ms[b].First == k && !c.ms[a].Possessive && !c.ms[b].Possessive
}

// auxBefore returns the index of a finite form of do or have right before the verb at i, with
// adverbs ("not", "never", "since") between ("had alerted", "did not notify", "has since
// warned"), or -1.
func (x *Extractor) auxBefore(toks []token, i int) int {
	if i < 0 || i >= len(toks) || !(toks[i].Tag == "VB" || toks[i].Tag == "VBN") {
		return -1
	}
	k := i - 1
	for k >= 0 && i-k <= auxReach && (toks[k].Tag == "RB" || toks[k].Lower == "since" && k == i-1 && toks[i].Tag == "VBN") {
		k-- // "had since briefed": "since" an adverb there
	}
	if k < 0 || i-k > auxReach {
		return -1
	}
	if toks[i].Tag == "VBN" && x.cue.tokIs("haveform", &toks[k]) || toks[i].Tag == "VB" && x.cue.tokIs("doform", &toks[k]) {
		return k // "had alerted", "did not notify", "has since briefed"
	}
	return -1
}

// objectOpens reports whether a noun phrase opens at k: a noun, a determiner, a possessive
// pronoun, or an adjective before a noun ("employees", "the staff", "affected customers").
func objectOpens(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := toks[k].Tag
	return isNounTag(t) || t == "DT" || t == "PRP$" || t == "JJ" && k+1 < len(toks) && isNounTag(toks[k+1].Tag)
}

// amountOpens reports whether the token at k opens an amount taken as an object ("and
// stolen $4 million", "and copied 40 gigabytes").
func amountOpens(toks []token, k int) bool {
	return k < len(toks) && (toks[k].Tag == "$" || toks[k].Tag == "CD")
}

// seriesVerb reads a finite verb at i right after a comma at j as the middle member of a
// series of predicates sharing one subject ("X listed Y on its leak site, claimed to have
// taken data and demanded a ransom", "X breached Y, stole records and leaked them"): a later
// "and" + verb must close the series, and the first member is the nearest finite verb before
// the comma with no comma, quote, "and" or clause break between; it is not a relative clause's
// verb nor a reporting verb ("…, investigators said, hit Y": a parenthetical). Else -1.
func (x *Extractor) seriesVerb(c *sentCtx, i, j int) int {
	toks := c.s.Toks
	closed, last := false, -1
	for k := i + 1; k < len(toks) && k-i <= 20; k++ {
		t := toks[k]
		if t.Text == "," {
			n := k + 1
			for n < len(toks) && toks[n].Tag == "RB" {
				n++
			}
			if n < len(toks) && toks[n].Lower == "and" {
				continue // an Oxford comma: "…, stole records, and leaked them"
			}
			if n < len(toks) && (isTensedTag(toks[n].Tag) || x.misreadSeriesVerb(c, n)) {
				continue // a further middle member: "X breached Y, encrypted its servers, stole data and …"
			}
			break
		}
		if t.Text == "." || isQuote(t.Text) || x.cue.tokIs("clausebreak", &t) {
			break
		}
		if t.Lower == "and" {
			n := k + 1
			for n < len(toks) && toks[n].Tag == "RB" {
				n++
			}
			closed = n < len(toks) && (isTensedTag(toks[n].Tag) || toks[n].Tag == "VBN")
			last = n
			break
		}
	}
	if !closed {
		return -1
	}
	for v := j - 1; v >= 0 && j-v <= 15; v-- {
		t := toks[v]
		if t.Text == "," || isQuote(t.Text) || t.Lower == "and" || x.cue.tokIs("clausebreak", &t) {
			return -1
		}
		if isTensedTag(t.Tag) {
			if relativeOpener(toks, v) >= 0 || x.cue.tokIs("reporting", &t) || x.thingComplement(c, v) >= 0 {
				return -1
			}
			if r := x.reportedStateVerb(c, v, last); r >= 0 {
				return r
			}
			return v
		}
		if v > 0 && toks[v-1].Text == "," && x.misreadSeriesVerb(c, v) {
			return v // an earlier middle member the tagger misread: "…, claimed/VBN to have taken data, posted samples and …"
		}
	}
	return -1
}

// reportedStateVerb returns, for a copula at v with an adjective after it ("was responsible
// for the theft") that a finite reporting verb earlier in the sentence reports, that reporting
// verb when the series after the state closes with a verb of advice or warning at last ("the
// bureau said X, which …, was responsible for the theft, listed 47 addresses, and urged
// exchanges to …"): the reporter goes on to advise, the one whose state is reported does not
// ("said X was active in May, breached Y and leaked its records": X's acts). Else -1. No
// "and", clause break or sentence end may stand between the reporting verb and the copula.
func (x *Extractor) reportedStateVerb(c *sentCtx, v, last int) int {
	toks := c.s.Toks
	if v+1 >= len(toks) || !x.cue.tokIs("be", &toks[v]) || toks[v+1].Tag != "JJ" || last <= v || last >= len(toks) {
		return -1
	}
	if tr, ok := x.tokTrigger(&toks[last], true); !x.cue.tokIs("adviseverb", &toks[last]) && (!ok || tr.Type != schema.EventWarning) {
		return -1 // "urged", "advised", "warned"
	}
	for r := v - 1; r >= 1 && v-r <= 30; r-- {
		t := toks[r]
		if t.Lower == "and" || t.Text == "." || x.cue.tokIs("clausebreak", &t) {
			return -1
		}
		if isTensedTag(t.Tag) && x.cue.tokIs("reporting", &t) {
			if toks[r-1].Text == "," || isQuote(toks[r-1].Text) || relativeOpener(toks, r) >= 0 {
				return -1 // a parenthetical "…, X said, …" or a relative clause's verb
			}
			return r
		}
	}
	return -1
}

// misreadSeriesVerb reports whether the token at i, right after a comma, is a past tense the
// tagger read as a participle or adjective ("…, claimed/VBN to have taken data and …", "…,
// stole/JJ customer records and …"): a participle with an infinitive or an object after it,
// not passive, or an adjective that is a verb of the lexicon with an object after it.
func (x *Extractor) misreadSeriesVerb(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1].Tag
	object := isNounTag(n) || n == "DT" || n == "PRP$" || n == "CD"
	switch toks[i].Tag {
	case "VBN":
		return (object || n == "TO") && !x.passiveAux(c, i)
	case "JJ":
		tr, ok := x.tokTrigger(&toks[i], true)
		return ok && tr.Verb && object
	}
	return false
}

// quotedPhraseOpen returns the opening quote of words quoted inside a clause whose closing
// quote is at v ("of \"planning a war\" and", "said that its server \"was configured as the
// vendor advised\" and denied"), or -1 when the quote at v closes a quotation ("…," he said):
// the quoted words end in a word, hold no punctuation, and a word that is no punctuation
// stands before the opening quote. Up to 9 words, or up to 19 when they hold a finite verb (a
// quoted clause or predicate: "was \"supporting an organisation\" and sent").
func quotedPhraseOpen(toks []token, v int) int {
	if v < 3 || v >= len(toks) || !isWordToken(toks[v-1].Text) || isQuote(toks[v-1].Text) {
		return -1
	}
	finite := false
	for o := v - 1; o >= 1 && v-o <= 20; o-- {
		t := toks[o]
		if isQuote(t.Text) && o < v-1 {
			p := toks[o-1]
			if !isWordToken(p.Text) || isQuote(p.Text) {
				return -1
			}
			if !finite && v-o > 10 {
				return -1
			}
			return o
		}
		if !isWordToken(t.Text) {
			return -1
		}
		if isFiniteTag(t.Tag) {
			finite = true
		}
	}
	return -1
}

// coordinatedTimes dates an undated event whose verb is coordinated after a dated one with
// the same subject across a "that" complement ("confirmed on May 21 that the memo was genuine
// and asked X to investigate") or a clause break (an apposition's comma before "and": "On
// Thursday, X summoned the ambassador, Y, and informed her …"): both acts are of that day. A
// telling that coordinatedVerb joins to no earlier verb is dated by joinedSaying, from the
// sentence's times (the indexes inSent into ts).
func (x *Extractor) coordinatedTimes(c *sentCtx, evs []rawEvent, ts []timex.Expression, inSent []int) {
	for k := range evs {
		e := &evs[k]
		if e.TimeIdx >= 0 || e.Trigger < 0 || e.Trigger >= len(c.s.Toks) || !isVerbTag(c.s.Toks[e.Trigger].Tag) {
			continue
		}
		v := x.coordinatedVerb(c, e.Trigger)
		if v < 0 && tellingType(e.Type) {
			if ti, text := x.joinedSaying(c, evs, k, ts, inSent); ti >= 0 {
				e.TimeIdx, e.TimeText = ti, text
			}
			continue
		}
		if v < 0 || !hasLower(c.s.Toks[v+1:e.Trigger], "that") && c.clause[v] == c.clause[e.Trigger] {
			continue
		}
		for _, o := range evs {
			if o.Trigger == v && o.TimeIdx >= 0 {
				e.TimeIdx, e.TimeText = o.TimeIdx, o.TimeText
				break
			}
		}
	}
}

// joinedSaying dates a telling reported by a bare "said" that "and" or "but" joins to an
// earlier dated statement of the same speaker ("X confirmed on Monday that …, but said it
// could not comment", "… and said it had notified Y"): the saying is of the statement's day.
// The statement is an event of its own, or a verb of saying with the time right after it
// and the speaker named right before it. It returns the time's index in ts and its words (no
// words when the time is read after the verb of saying), or -1. Only a subject pronoun or
// noun and auxiliaries may stand between "said" and the telling's verb.
func (x *Extractor) joinedSaying(c *sentCtx, evs []rawEvent, k int, ts []timex.Expression, inSent []int) (int, string) {
	toks, e := c.s.Toks, evs[k]
	if len(e.Agent) == 0 {
		return -1, ""
	}
	r := x.beforeAuxWithin(toks, e.Trigger, sayingGapReach, true)
	if r < 2 || !(toks[r].Tag == "PRP" || isNounTag(toks[r].Tag) && !strings.HasPrefix(toks[r].Tag, "NNP")) {
		return -1, ""
	}
	if toks[r-1].Tag == "DT" {
		r--
	}
	r-- // the saying verb
	if r < 1 || toks[r].Lower != "said" || !x.cue.tokIs("joinconj", &toks[r-1]) {
		return -1, ""
	}
	conj := r - 1
	for o := range evs {
		a := evs[o]
		if o == k || a.TimeIdx < 0 || !isReporting(a) || a.Trigger < 0 || a.Trigger >= conj || len(a.Agent) == 0 || a.Agent[0] != e.Agent[0] || a.Negated || a.Modality != "" || toks[a.Trigger].Tag != "VBD" {
			continue
		}
		return a.TimeIdx, a.TimeText
	}
	for v := 1; v+1 < conj; v++ {
		if toks[v].Tag != "VBD" || !x.cue.tokIs("reporting", &toks[v]) {
			continue
		}
		m := v - 1
		if toks[m].Tag == "RB" && m > 0 {
			m--
		}
		if !x.speakerAt(c, m, e.Agent[0]) && !(toks[r+1].Tag == "PRP" && x.speakerAt(c, m, -1) && isNounTag(toks[m].Tag)) {
			return -1, "" // only the sentence's first verb of saying, and its speaker's
		}
		t := v + 1
		if toks[t].Tag == "IN" && t+1 < conj {
			t++
		}
		for _, ti := range inSent {
			if ts[ti].Start == toks[t].Start {
				return ti, ""
			}
		}
		return -1, ""
	}
	return -1, ""
}

// sayingGapReach bounds how many tokens back from the telling's verb joinedSaying steps over
// modals, adverbs and forms of be and have to reach the subject after "said".
const sayingGapReach = 5

// speakerAt reports whether the mention at token i, a name or a description, is of entity e;
// with e = -1, whether no mention of an actor stands there (a description no one was found
// for: "The review body confirmed …, but said it …", where the pronoun was bound).
func (x *Extractor) speakerAt(c *sentCtx, i, e int) bool {
	if e < 0 {
		return c.at[i] < 0 && c.genAt(i) < 0
	}
	if c.at[i] >= 0 && c.ms[c.at[i]].Entity == e {
		return true
	}
	g := c.genAt(i)
	return g >= 0 && c.gen.ms[g].Entity == e
}

// hasLower reports whether one of toks is the word w (in lower case).
func hasLower(toks []token, w string) bool {
	for _, t := range toks {
		if t.Lower == w {
			return true
		}
	}
	return false
}

// thingComplement returns, for a copula at v whose clause is a "that" complement with a subject
// naming no actor ("confirmed that the memo was genuine"), the complementizer "that", so that a
// verb coordinated after the clause ("… and asked X to …") is matched with the reporting verb
// before it; -1 otherwise.
func (x *Extractor) thingComplement(c *sentCtx, v int) int {
	toks := c.s.Toks
	if !x.cue.tokIs("be", &toks[v]) {
		return -1
	}
	for k := v - 1; k >= 0 && v-k <= 6; k-- {
		switch t := toks[k]; {
		case t.Lower == "that":
			if k == v-1 || k == 0 || !isVerbTag(toks[k-1].Tag) && toks[k-1].Tag != "NNP" && toks[k-1].Tag != "CD" && toks[k-1].Tag != "RB" {
				return -1
			}
			return k
		case c.at[k] >= 0:
			return -1 // "said that the agency was … and asked": an actor may be the asker
		case t.Tag == "DT" || t.Tag == "JJ" || isNounTag(t.Tag) || t.Tag == "PRP$" || t.Tag == "CD" || t.Tag == "HYPH":
		default:
			return -1
		}
	}
	return -1
}

// relativeOpener returns the relative pronoun that opens the clause of the finite verb at v
// ("anyone whose data was exposed", "the firm that was hit"), at most a short noun phrase
// before it, or -1.
func relativeOpener(toks []token, v int) int {
	for k := v - 1; k >= 0 && v-k <= 5; k-- {
		switch t := toks[k]; {
		case t.Tag == "WP$" || t.Tag == "WP" || t.Tag == "WDT":
			return k
		case t.Tag == "DT" || t.Tag == "JJ" || isNounTag(t.Tag) || t.Tag == "RB" || t.Tag == "PRP$" || t.Tag == "CD":
		default:
			return -1
		}
	}
	return -1
}

// reducedRelativeHead reads a sentence that opens with a noun phrase and a reduced relative
// clause before its first finite verb at i ("A Moldovan man accused of breaching an insurer in
// the United States has been extradited"): the subject is the opening noun phrase, not a name
// inside the relative clause; else -1. The relative clause opens with a passive participle and
// "of" or "with" ("accused of", "charged with") and holds no finite verb.
func (x *Extractor) reducedRelativeHead(c *sentCtx, i int) int {
	toks := c.s.Toks
	if len(c.ms) == 0 {
		return -1
	}
	m := c.ms[0]
	if m.First > 1 || m.Entity < 0 || m.Last+1 >= i || toks[m.Last].Tag != "VBN" && toks[m.Last].Tag != "VBD" || toks[m.Last+1].Lower != "of" && toks[m.Last+1].Lower != "with" {
		return -1
	}
	aux := i - 1 // the verb's own auxiliaries ("has been extradited")
	for aux > m.Last && (toks[aux].Tag == "RB" || toks[aux].Tag == "MD" || x.cue.tokIs("be", &toks[aux]) || toks[aux].Lower == "has" || toks[aux].Lower == "have" || toks[aux].Lower == "had") {
		aux--
	}
	for j := m.Last + 2; j <= aux; j++ {
		if t := toks[j].Tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || t == "WDT" || t == "WP" || toks[j].Text == ";" || toks[j].Lower == "that" || subordinator[toks[j].Lower] {
			return -1 // "X learned of the problem in January, when the FBI informed it": a clause of its own
		}
	}
	return m.Entity
}

// describedSuspectHead reads a sentence that opens, after any dateline, with a noun phrase no
// name covers and a reduced relative clause that makes it a suspect ("Two men accused of
// stealing the records of X were arrested", "A contractor suspected of selling Y's passwords
// has been charged"): the subject of the first finite verb at i is that phrase, not a name inside
// the clause. It returns the entity a description there stands for (-1 when none does) and
// true; false when the sentence opens otherwise or a finite verb, relative pronoun or
// subordinator stands in the clause (reducedRelativeHead reads a named head).
func (x *Extractor) describedSuspectHead(c *sentCtx, i int) (int, bool) {
	toks := c.s.Toks
	p := 0
	if c.s.Index == 0 {
		if _, end := datelineEnd(toks); end > 0 {
			p = end
		}
	}
	head := -1
	for ; p < i; p++ {
		if k := c.at[p]; k >= 0 && c.ms[k].How == mkName {
			return -1, false
		}
		t := toks[p]
		if t.Tag == "NN" || t.Tag == "NNS" {
			head = p
			continue
		}
		if t.Tag != "DT" && t.Tag != "CD" && t.Tag != "JJ" && t.Tag != "HYPH" {
			break
		}
	}
	if head < 0 || head != p-1 || p+2 >= i || !x.cue.tokIs("suspectof", &toks[p]) && toks[p].Lower != "charged" && toks[p].Lower != "convicted" {
		return -1, false
	}
	if w := toks[p+1].Lower; w != "of" && w != "with" {
		return -1, false
	}
	aux := i - 1 // the verb's own auxiliaries ("have been arrested")
	for aux > p && (toks[aux].Tag == "RB" || toks[aux].Tag == "MD" || x.auxTok(&toks[aux])) {
		aux--
	}
	for j := p + 2; j <= aux; j++ {
		if t := toks[j]; isFiniteTag(t.Tag) || t.Tag == "WDT" || t.Tag == "WP" || t.Text == ";" || t.Lower == "that" || subordinator[t.Lower] {
			return -1, false // "A man accused of hacking X said he was innocent when Y …": a clause of its own
		}
	}
	if k := c.at[head]; k >= 0 {
		return c.ms[k].Entity, true
	}
	return -1, true
}

// suspectObject reports whether the word at g, right before the "of" or "with" that governs a
// deed's -ing form, makes an unnamed object of a finite verb the one who did the deed: the
// object followed by "suspected" or "accused" ("arrested a 19-year-old man suspected of carrying
// out the attacks", "detained a woman accused of stealing data from X") or by "on suspicion"
// ("arrested a man on suspicion of hacking X"), or itself the object of
// a verb that accuses or charges ("charged two men with hacking X"), finite or a participle
// ("unsealed an indictment charging two men with hacking X"). That object does the deed, not
// the verb's subject (the police who arrested, the prosecutors who charged). A charged object
// may be people of an owner the sentence names or refers to ("charged three of its employees
// with …", "charging two officers of X's intelligence service with …"; peopleOfOwner).
func (x *Extractor) suspectObject(c *sentCtx, g int) bool {
	toks := c.s.Toks
	n, charging := g, true
	if x.cue.tokIs("suspectof", &toks[g]) && toks[g].Tag != "VBD" {
		n, charging = g-1, false
	} else if toks[g].Lower == "suspicion" && g >= 2 && toks[g-1].Lower == "on" {
		n, charging = g-2, false // "arrested a 17-year-old boy on suspicion of hacking X"
	} else if h := peopleOfOwner(c, g); h >= 0 {
		n = h
	}
	if n < 1 || c.at[n] >= 0 || toks[n].Tag != "NN" && toks[n].Tag != "NNS" && toks[n].Tag != "CD" || c.clause[n] != c.clause[g] {
		return false
	}
	for j := n - 1; j >= 0 && n-j <= 6 && c.clause[j] == c.clause[n]; j-- {
		switch t := toks[j].Tag; {
		case isFiniteTag(t) && t != "MD" || t == "VBN" && x.perfect(c, j) || charging && t == "VBG":
			if !charging {
				return true
			}
			tr, ok := x.tokTrigger(&toks[j], true)
			return ok && (tr.Type == schema.EventLegal || tr.Type == schema.EventAccusation)
		case t == "DT" || t == "JJ" || t == "CD" || t == "NN" || t == "NNS" || t == "PRP$" || t == "HYPH":
			continue
		}
		return false
	}
	return false
}

// peopleOwnerReach bounds the words of the owner peopleOfOwner reads between "of" and the word
// before the deed's "with" or "of".
const peopleOwnerReach = 8

// peopleOfOwner returns, for the word at g ending an object, the first word of that object
// when it is people of an owner: a plural noun no name covers before "of" and the owner
// ("two officers of Ostmark's intelligence service", "members of the Tin Adder group") or a
// count before "of" and the owner's people ("three of its employees", "two of the firm's
// engineers"). -1 otherwise; a singular noun before "of" ("a unit of X's army") is a body, not
// people, and is left alone.
func peopleOfOwner(c *sentCtx, g int) int {
	toks := c.s.Toks
	for p := g - 1; p >= 1 && g-p <= peopleOwnerReach && c.clause[p] == c.clause[g]; p-- {
		if toks[p].Lower == "of" {
			h := p - 1
			switch {
			case c.at[h] < 0 && toks[h].Tag == "NNS":
				return h
			case toks[h].Tag == "CD" && c.at[g] < 0 && toks[g].Tag == "NNS":
				return h
			}
			return -1
		}
		if k := c.at[p]; k >= 0 {
			continue
		}
		switch toks[p].Tag {
		case "NNP", "NNPS", "NN", "NNS", "JJ", "DT", "PRP$", "POS", "HYPH":
			continue
		}
		return -1
	}
	return -1
}

// accusedPrincipal returns, for the -ing form at i after "of", the principal named in the
// accused's description when a verb of accusing or charging governs it ("accused hackers
// working for Karsovia of breaking into Y", "charged two men acting for the GRU with …" reads
// "of" only): the one the described doers work for; -1 otherwise.
func (x *Extractor) accusedPrincipal(c *sentCtx, i int) int {
	toks := c.s.Toks
	if i < 6 || toks[i].Tag != "VBG" || toks[i-1].Lower != "of" {
		return -1
	}
	k := c.at[i-2]
	if k < 0 || c.ms[k].Last != i-1 || c.ms[k].Entity < 0 {
		return -1
	}
	f := c.ms[k].First
	if f > 0 && toks[f-1].Tag == "DT" {
		f--
	}
	if f < 4 || toks[f-1].Lower != "for" || toks[f-2].Tag != "VBG" || !isNounTag(toks[f-3].Tag) || c.at[f-3] >= 0 {
		return -1 // "hackers working for X": a described doer, then its principal
	}
	v := f - 4
	for v >= 0 && (toks[v].Tag == "JJ" || toks[v].Tag == "CD" || toks[v].Tag == "DT") {
		v--
	}
	if v < 0 || !isVerbTag(toks[v].Tag) {
		return -1
	}
	if tr, ok := x.tokTrigger(&toks[v], true); !ok || tr.Type != schema.EventAccusation && tr.Type != schema.EventLegal {
		return -1
	}
	return c.ms[k].Entity
}

// accusedPronounDoer reads the -ing form at i that tells the charge against an object pronoun
// of a verb of accusing or charging ("accusing them of hacking X", "blamed him for leaking
// Y", "charging her with stealing Z"): the one the pronoun stands for did the deed, never the
// accuser before it. It returns that pronoun's entity (-1 when it stands for no actor, as for
// "them" after "expelled three diplomats") and true; false when i is no such form.
func (x *Extractor) accusedPronounDoer(c *sentCtx, i int) (int, bool) {
	toks := c.s.Toks
	if i < 3 || toks[i].Tag != "VBG" {
		return -1, false
	}
	if w := toks[i-1].Lower; w != "of" && w != "for" && w != "with" {
		return -1, false
	}
	k := c.at[i-2]
	if k < 0 || c.ms[k].How != mkPronoun || !objectPronoun[c.ms[k].Head] || c.ms[k].First != i-2 {
		return -1, false
	}
	v := &toks[i-3]
	if !isVerbTag(v.Tag) || !x.cue.tokIs("accuseobj", v) && !chargeForm[v.Lower] {
		return -1, false
	}
	return c.ms[k].Entity, true
}

// chargeForm holds the forms of "charge" that take the one charged and "with" the deed.
var chargeForm = map[string]bool{"charge": true, "charged": true, "charges": true, "charging": true}

// ingAfterObject reports whether the -ing form of a deed at i opens a reduced relative on the
// object of a finite verb before it ("the think tank documented 57 websites impersonating news
// outlets"): the noun it follows does the deed, not the clause's subject, so the deed has no
// named doer. Other -ing forms are left to the subject (an indictment charging someone is its
// prosecutors' act). The object may stand in a phrase telling what the verb is about ("summoned
// the ambassador over a campaign targeting the elections", "published a report on malware
// stealing passwords"): one "over" or topic preposition (cue topicprep) may stand between.
func (x *Extractor) ingAfterObject(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if i < 2 || toks[i].Tag != "VBG" {
		return false
	}
	if i >= 4 && (toks[i-1].Lower == "of" || toks[i-1].Lower == "with") {
		return x.suspectObject(c, i-2)
	}
	if tr, ok := x.tokTrigger(&toks[i], true); !ok || !isDeed(tr.Type) {
		return false // "unsealed an indictment charging X": the indictment is the prosecutors' act
	}
	if c.at[i-1] >= 0 || (toks[i-1].Tag != "NN" && toks[i-1].Tag != "NNS") || c.clause[i-1] != c.clause[i] {
		return false
	}
	reach, topic := 6, false
	for j := i - 2; j >= 0 && i-j <= reach && c.clause[j] == c.clause[i]; j-- {
		switch t := toks[j].Tag; {
		case isFiniteTag(t):
			return t != "MD"
		case t == "VBG" && x.progressive(toks, j):
			return true // "was seeing phishing messages impersonating ministries": a progressive verb's object
		case t == "DT" || t == "JJ" || t == "CD" || t == "NN" || t == "NNS" || t == "PRP$":
			continue
		case t == "IN" && !topic && (toks[j].Lower == "over" || x.cue.tokIs("topicprep", &toks[j])):
			reach, topic = i-j+5, true // the verb's own object or nothing may come before it
			continue
		}
		if topic && c.at[j] >= 0 && (toks[j].Tag == "NNP" || toks[j].Tag == "NNPS") {
			j = c.ms[c.at[j]].First // "warned Harrow Bank about malware stealing …": the verb's named object
			continue
		}
		return false
	}
	return false
}

// progressive reports whether the -ing form at j, or the run of -ing forms ending there, follows
// a form of "be" ("was seeing phishing messages"): a finite verb in the progressive.
func (x *Extractor) progressive(toks []token, j int) bool {
	for j > 0 && toks[j-1].Tag == "VBG" {
		j--
	}
	return j > 0 && x.cue.tokIs("be", &toks[j-1])
}

// ownClauseSubject reports whether the common noun at j, right before the finite verb at i
// (adverbs between), heads the subject of a clause a subordinating conjunction opens, only
// indefinite determiners, numbers and modifiers between ("X lost $3 million when thieves hacked its
// accounts", "after two former employees copied …"): that clause has a subject of its own, no
// name of the main clause.
func (x *Extractor) ownClauseSubject(toks []token, j, i int) bool {
	if j < 1 || i >= len(toks) || (toks[i].Tag != "VBD" && toks[i].Tag != "VBP" && toks[i].Tag != "VBZ") {
		return false
	}
	k := x.subjectOpener(toks, j)
	if k >= 0 && toks[k].Text == "," && toks[j].Tag == "NNS" && x.frontedPhrase(toks, k) {
		return true // "After the Vantrel breach, officials blamed Y": the plural after the phrase, not its name
	}
	return x.subordinateOpener(toks, j, k)
}

// ownPassiveThing reports whether the common noun at j, right before the auxiliaries of the
// passive participle at i, is a thing (cues secretdoc, netnoun: files, records, systems) that
// heads the subject of a clause a subordinating conjunction opens, its verb group finite
// ("… before files were encrypted", "because some employee records were also exposed"): the
// clause has a subject of its own that names no actor, so no name before the clause is what
// the deed touched. A possessor in the things' own phrase ("before its files were
// encrypted") is a mention, and is read before this is asked.
func (x *Extractor) ownPassiveThing(c *sentCtx, j, i int) bool {
	toks := c.s.Toks
	if j < 1 || i >= len(toks) || toks[i].Tag != "VBN" || !x.passiveAux(c, i) {
		return false
	}
	if !x.cue.tokIs("secretdoc", &toks[j]) && !x.cue.tokIs("netnoun", &toks[j]) {
		return false
	}
	finite := false
	for k := j + 1; k < i; k++ {
		if t := toks[k].Tag; t == "VBD" || t == "VBP" || t == "VBZ" || t == "MD" {
			finite = true // "were encrypted", "had been exposed", "may have been copied"; not "being copied"
		}
	}
	return finite && x.subordinateOpener(toks, j, x.subjectOpener(toks, j))
}

// subjectOpener returns the index of the word before the noun phrase that ends at the common
// noun j, only indefinite determiners, numbers and modifiers in it (at most five words), or -1
// when a definite determiner opens it ("after the site leaked …": a description pointing back
// to a name) or no word stands before it.
func (x *Extractor) subjectOpener(toks []token, j int) int {
	k := j - 1
	for k >= 0 && j-k <= 5 {
		switch toks[k].Tag {
		case "JJ", "NN", "NNS", "HYPH", "CD", "VBN":
			k--
			continue
		case "DT":
			if w := toks[k].Lower; x.cue.is("definite", w) || w == "that" {
				return -1
			}
			k--
			continue
		}
		break
	}
	if j-k > 5 {
		return -1
	}
	return k
}

// subordinateOpener reports whether the word at k, the one before the noun phrase ending at
// the common noun j (subjectOpener), is a subordinating conjunction that opens that phrase's
// clause. "before", "after" and "until" are prepositions too ("a report published by X before
// Christmas revealed …"): only a plural noun opens their clause.
func (x *Extractor) subordinateOpener(toks []token, j, k int) bool {
	if k < 0 || !subordinator[toks[k].Lower] {
		return false
	}
	return !prepositionToo[toks[k].Lower] || toks[j].Tag == "NNS"
}

// unnamedThatSubject reports whether the common noun at j, the last word before deed verb i
// and its auxiliaries, ends an unnamed noun phrase that opens a "that" clause ("warned in
// August that foreign actors were targeting Y", "said that a second crew had breached Y"): the
// deed is theirs, not done by the one who tells of it.
func (x *Extractor) unnamedThatSubject(c *sentCtx, j, i int) bool {
	toks := c.s.Toks
	if tr, ok := x.tokTrigger(&toks[i], true); !ok || !isDeed(tr.Type) || !isVerbTag(toks[i].Tag) {
		return false
	}
	k := j
	for k >= 0 && j-k <= 4 && c.at[k] < 0 {
		switch toks[k].Tag {
		case "JJ", "NN", "NNS", "HYPH", "CD", "VBN", "DT":
			k--
			continue
		}
		break
	}
	if k < 1 || k == j || c.at[k] >= 0 || toks[k].Lower != "that" || toks[k-1].Tag == "DT" {
		return false
	}
	return commonSubject(toks[k+1:i]) || toks[k+1].Tag == "DT" && toks[k+1].Lower != "that" && isNounTag(toks[j].Tag)
}

// contactRelative reports whether the plural noun at j heads a quantified phrase set right after a
// common noun, the subject of a relative clause with no "that" ("activity other researchers
// attribute to Y", "a tool some vendors call Z"): its verb belongs to the unnamed people.
func (x *Extractor) contactRelative(toks []token, j int) bool {
	if j < 2 || toks[j].Tag != "NNS" {
		return false
	}
	q := j - 1
	for q > 0 && j-q <= 3 && toks[q].Tag == "JJ" && !x.cue.tokIs("relquantifier", &toks[q]) {
		q--
	}
	if q < 1 || !x.cue.tokIs("relquantifier", &toks[q]) {
		return false
	}
	return toks[q-1].Tag == "NN" || toks[q-1].Tag == "NNS"
}

// frontedPhrase reports whether the comma at k closes a phrase opening the sentence with a
// preposition and no finite verb ("After the 2014 Vantrel breach,", "In the Ostby case,",
// "Following the intrusion,"): what comes after the comma is the main clause.
func (x *Extractor) frontedPhrase(toks []token, k int) bool {
	f := 0
	for f < k && !isWordToken(toks[f].Text) {
		f++
	}
	if f >= k || k-f > 12 {
		return false
	}
	if w := toks[f].Lower; !x.cue.is("preposition", w) && w != "after" && w != "before" && w != "following" {
		return false
	}
	for m := f + 1; m < k; m++ {
		if isTensedTag(toks[m].Tag) || toks[m].Text == "," {
			return false
		}
	}
	return true
}

// prepositionToo holds the subordinating conjunctions that also head a prepositional phrase.
var prepositionToo = map[string]bool{"before": true, "after": true, "until": true}

// appositiveAnchor returns the entity of the name that the noun phrase ending at or before r
// stands in apposition to ("Pale Otter, a group that …": Pale Otter), reading back over the
// phrase's determiner, modifiers and nouns to its comma; -1 when there is none.
func appositiveAnchor(c *sentCtx, r int) int {
	toks := c.s.Toks
	for k := r; k >= 1 && r-k <= appositiveAnchorReach; k-- {
		switch t := toks[k]; {
		case t.Text == ",":
			if m := c.at[k-1]; m >= 0 && c.ms[m].How == mkName {
				return c.ms[m].Entity
			}
			return -1
		case c.at[k] >= 0, t.Tag == "DT", t.Tag == "JJ", t.Tag == "NN", t.Tag == "NNS", t.Tag == "HYPH", t.Tag == "VBG", t.Tag == "WDT", t.Lower == "that":
		default:
			return -1
		}
	}
	return -1
}

// appositiveAnchorReach bounds how many words of an appositive's noun phrase appositiveAnchor
// reads back over ("the veteran Vestian phishing crew that …").
const appositiveAnchorReach = 8

// gapAnchor returns the name that the antecedent of the relative clause whose verb is at i
// stands in apposition to ("X, the phishing crew that the Canadian government has blamed for …":
// X), reading back from the clause's subject; -1 when there is none.
func (x *Extractor) gapAnchor(c *sentCtx, i int) int {
	v := x.beforeAux(c.s.Toks, i, true)
	if v < 1 || v >= len(c.s.Toks) {
		return -1
	}
	r := v - 1
	if k := c.at[v]; k >= 0 {
		r = c.ms[k].First - 1
	}
	if r < 1 {
		return -1
	}
	return appositiveAnchor(c, r)
}

// gapSubject reads the verb at i as the verb of a relative clause whose object is the noun
// before the relative pronoun ("the theft, which the FBI linked to X", "a heist that police
// later attributed to Y"): it returns the relative's subject, the name or description between
// the pronoun and the verb (the first of two joined by "and"; a pronoun as resolved: "which it
// links to Y"), or -1 for a bare plural noun with no actor behind it, and ok false when the verb
// is not so placed or the antecedent is one relativeObject reads ("a unit, which X linked to
// Y": the nearest subject stands).
func (x *Extractor) gapSubject(c *sentCtx, i int) (int, bool) {
	toks := c.s.Toks
	if x.relativeObject(c, i) >= 0 {
		return -1, false
	}
	v := x.beforeAux(toks, i, true)
	if v < 1 || v >= len(toks) {
		return -1, false
	}
	e, r := -1, -1
	switch k := c.at[v]; {
	case k >= 0 && !c.ms[k].Possessive:
		e, r = c.ms[k].Entity, c.ms[k].First-1
		if j := r - 1; r > 0 && toks[r].Lower == "and" && j >= 0 && c.at[j] >= 0 {
			e, r = c.ms[c.at[j]].Entity, c.ms[c.at[j]].First-1 // "which the NPA and the FBI linked to Y": the first
		} else if r > 1 && toks[r].Tag == "DT" && c.at[r] < 0 && toks[r-1].Lower == "and" && c.at[r-2] >= 0 {
			e, r = c.ms[c.at[r-2]].Entity, c.ms[c.at[r-2]].First-1
		}
	case k < 0 && (toks[v].Tag == "NNS" || x.cue.descHead[toks[v].Lower] != ""):
		r = v - 1 // "which police attributed to Y", "that investigators linked to Y"
	default:
		return -1, false
	}
	if r >= 0 && toks[r].Tag == "DT" && c.at[r] < 0 {
		r--
	}
	if r < 1 || !objectRelative(toks[r].Lower) {
		return -1, false
	}
	if p := toks[r-1]; p.Text != "," && !isNounTag(p.Tag) {
		return -1, false // "said that the FBI linked …": a complement, not a relative clause
	}
	return e, true
}

// openingDocIssuer finds, for a participle joined by "and" or "or" to another in a phrase
// that opens the sentence with a document ("In a report shared with The Ledger and published
// on Monday, Northvale said …"), the issuer: the actor the main clause opens with after the
// phrase's comma (adjunctComma), past at most four determiners, adjectives and common nouns
// ("Helsinki-based threat intelligence firm Northvale"), when a finite verb follows its name
// (finiteSubject); -1 otherwise. A name inside the phrase ("shared with The Ledger") did not issue it.
func (x *Extractor) openingDocIssuer(c *sentCtx, i int) int {
	toks := c.s.Toks
	if i < 3 || i >= len(toks) || toks[i].Tag != "VBN" || toks[i-1].Lower != "and" && toks[i-1].Lower != "or" || toks[0].Tag != "IN" {
		return -1
	}
	doc := false
	for j := 1; j < i; j++ {
		if toks[j].Text == "," || isTensedTag(toks[j].Tag) {
			return -1
		}
		doc = doc || x.cue.tokIs("docnoun", &toks[j]) && isNounTag(toks[j].Tag)
	}
	if !doc {
		return -1
	}
	comma := adjunctComma(toks, i)
	if comma < 0 {
		return -1
	}
	for j := comma + 1; j < len(toks) && j-comma <= 5; j++ {
		if k := c.at[j]; k >= 0 {
			return finiteSubject(c, k)
		}
		if tg := toks[j].Tag; tg != "DT" && !strings.HasPrefix(tg, "JJ") && tg != "NN" && tg != "NNS" {
			return -1
		}
	}
	return -1
}

// spentDoing returns the tensed form of "spend" (cue spendforms) whose span of time the
// participle at i completes ("spent months mapping the network", "spent much of October
// quietly collecting emails"): up to spanReach words of a time span and adverbs between, no
// name, verb or comma; else -1.
func (x *Extractor) spentDoing(c *sentCtx, i int) int {
	toks := c.s.Toks
	if toks[i].Tag != "VBG" {
		return -1
	}
	for j := i - 1; j >= 0 && i-j <= spanReach+1; j-- {
		t := toks[j]
		if x.cue.tokIs("spendforms", &t) && isTensedTag(t.Tag) && c.clause[j] == c.clause[i] {
			return j
		}
		if c.at[j] >= 0 || isVerbTag(t.Tag) || !(t.Tag == "RB" || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "NNP" || t.Tag == "NNS" || t.Tag == "NN" || t.Lower == "of") {
			return -1
		}
	}
	return -1
}

// spanReach bounds the words of the span of time spentDoing passes over.
const spanReach = 5

// otherCloses reports whether a list of names closes at k with "and other" or "or other" and a
// plural noun, past one adjective ("warned MTN, Airtel and other operators", "and other large
// banks"): the names before it were all told.
func otherCloses(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k].Lower != "and" && toks[k].Lower != "or" || toks[k+1].Lower != "other" {
		return false
	}
	return toks[k+2].Tag == "NNS" || k+3 < len(toks) && toks[k+2].Tag == "JJ" && toks[k+3].Tag == "NNS"
}

// staffTold returns the body whose people or team the verb of warning at i tells, when its object
// names them only by what they are to that body: a bare institution noun before a staff word
// ("briefed committee staff", "warned ministry officials"): the article's one actor whose name
// ends in that noun (soleEntity); or a possessive pronoun before one, up to two modifiers between
// ("alerted its security team", "contacted their IT department"): the organisation or agency
// the pronoun takes up, when it is none of the tellers (a body warning its own staff tells no
// one else). Else -1.
func (x *Extractor) staffTold(c *sentCtx, i int, tellers []int) int {
	toks := c.s.Toks
	j := i + 1
	if j+1 >= len(toks) {
		return -1
	}
	if k := c.at[j]; k >= 0 {
		p := c.ms[k]
		if p.How != mkPronoun || p.Head != "its" && p.Head != "their" || p.Entity < 0 || p.Entity >= len(c.ents) || !bodyKind(c.ents[p.Entity].Kind) {
			return -1 // a threat group's or a state's people are no hearers a warning reaches through them
		}
		h := x.staffHead(c, j+1)
		if h < 0 {
			return -1
		}
		if contains(tellers, p.Entity) {
			if !x.cue.tokIs("teamnoun", &toks[h]) {
				return -1
			}
			return openingBody(c, i, tellers) // "The utility was told when X contacted its IT team"
		}
		return p.Entity
	}
	if toks[j].Tag != "NN" || isCap(toks[j].Text) || !institutionHead[toks[j].Lower] || c.at[j+1] >= 0 || !x.staffWord(toks[j+1]) {
		return -1
	}
	if _, h := objectPhrase(toks, j); h != j+1 {
		return -1 // "committee staff members": not read
	}
	word := toks[j].Lower
	e, _ := c.soleEntity(func(w string) bool { return w == word })
	if e < 0 || contains(tellers, e) {
		return -1
	}
	return e
}

// openingBody returns the body that opens the sentence as its subject, a name or a description
// at its first or second token, before the verb at i and none of the tellers; else -1. When a
// pronoun before a team word ("contacted its IT team") takes up the teller, a body does not tell
// its own team: the team is the sentence's subject's ("The company said X alerted its security
// team", "The utility was told when X contacted its IT team").
func openingBody(c *sentCtx, i int, tellers []int) int {
	for k := 0; k < 2 && k < i; k++ {
		e := -1
		if m := c.at[k]; m >= 0 && c.ms[m].How != mkPronoun {
			e = c.ms[m].Entity
		} else if m < 0 {
			e = c.genEntity(k)
		}
		if e < 0 {
			continue
		}
		if contains(tellers, e) || e >= len(c.ents) || !bodyKind(c.ents[e].Kind) {
			return -1
		}
		return e
	}
	return -1
}

// staffHead returns the index of the head of the noun phrase opening at j (objectPhrase) when it
// is a staff word (staffWord) after at most two modifiers, adjectives or common or capitalised
// nouns that name no actor ("security team", "IT department", "senior executives"); else -1.
func (x *Extractor) staffHead(c *sentCtx, j int) int {
	toks := c.s.Toks
	_, h := objectPhrase(toks, j)
	if h < 0 || h-j > 2 || !x.staffWord(toks[h]) {
		return -1
	}
	for k := j; k <= h; k++ {
		if toks[k].Text == "IT" {
			continue // "its IT team": information technology, not the pronoun
		}
		if t := toks[k].Tag; c.at[k] >= 0 || k < h && t != "JJ" && t != "NN" && t != "NNP" {
			return -1
		}
	}
	return h
}

// staffWord reports whether t is a plural noun for a body's people (cue staffnoun, staffword) or
// a word for one of its teams (cue teamnoun: "team", "department").
func (x *Extractor) staffWord(t token) bool {
	return isNounTag(t.Tag) && (x.cue.tokIs("staffnoun", &t) || x.cue.tokIs("staffword", &t) || x.cue.tokIs("teamnoun", &t))
}

// conjunctSubject returns the subject of a verb coordinated after "and": that of the verb it is
// coordinated with ("X convicted an engineer of spying for Y and sentenced him": X sentenced
// him), else, for a verb of accusing, that of the verb of saying before what was said ("the
// embassy said the charges were “baseless” and accused X of …": the embassy accuses;
// reportedConjunct). ok is false when the verb is coordinated with none.
func (x *Extractor) conjunctSubject(c *sentCtx, i int) (e int, ok bool) {
	e = -1
	v := x.coordinatedVerb(c, i)
	if v >= 0 {
		e = x.subject(c, v)
	}
	if e < 0 {
		if r := x.reportedConjunct(c, i); r >= 0 {
			if s := x.subject(c, r); s >= 0 {
				return s, true
			}
		}
	}
	return e, v >= 0
}

// reportReach bounds how many tokens before "and" reportedConjunct looks for the verb of saying,
// quotations not counted.
const reportReach = 25

// reportedConjunct returns, for a verb of accusing at i right after "and" (adverbs between),
// the verb of saying whose complement the "and" closes: "X said the charges were “baseless” and
// accused Y of …", "X warned that the plan would “leave hospitals exposed” and blamed Y". News
// style sets a rebuttal or a claim in the speaker's words and then the speaker's accusation, so
// the accuser is the one who says, not the subject of what is said. Quotations are stepped
// over; a clause break, a comma outside a quotation or another "and" or "but" first gives -1,
// as does a complement with no verb or quotation of its own.
func (x *Extractor) reportedConjunct(c *sentCtx, i int) int {
	toks := c.s.Toks
	if i < 2 || !x.cue.tokIs("accusedform", &toks[i]) || !isTensedTag(toks[i].Tag) && toks[i].Tag != "VBN" {
		return -1
	}
	j := i - 1
	for j > 0 && toks[j].Tag == "RB" {
		j-- // "and also accused"
	}
	if toks[j].Lower != "and" || c.quoted[j] {
		return -1
	}
	clause, counted := false, 0
	for v := j - 1; v >= 0 && counted <= reportReach; v-- {
		t := &toks[v]
		if c.quoted[v] || isQuote(t.Text) {
			clause = true // a quotation in the complement: "said Beijing “has never …”"
			continue
		}
		counted++
		if t.Text == "," && v+1 < len(toks) && isQuote(toks[v+1].Text) {
			continue // the comma closing a quotation: "… we are protecting,” and accused"
		}
		if x.cue.tokIs("clausebreak", t) || t.Text == "," || t.Lower == "and" || t.Lower == "but" {
			return -1
		}
		if isTensedTag(t.Tag) && x.cue.tokIs("reporting", t) {
			if !clause {
				return -1
			}
			return v
		}
		if isFiniteTag(t.Tag) {
			clause = true
		}
	}
	return -1
}
