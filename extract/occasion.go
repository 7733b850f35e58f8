package extract

import (
	"slices"
	"strings"

	"github.com/intelgraph/intelgraph/extract/timex"
	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
)

// occasion is where the telling of an article stands after a sentence: the day (an index into
// the event times) of the last occasion at which something was told and the sentence that set
// it (-1s for none), whether a telling set it (told; not a fronted day or an act of state), and
// the day each speaker (an entity) was last told telling something on.
type occasion struct {
	day, sent int
	told      bool
	scene     bool     // a fronted day set it ("On May 3, X was attacked."), no telling or act of state
	actors    []string // the actor ids of the agents of the act of state that set it (actDay), nil otherwise
	// undone, for an act of state told with no doer that set it ("X was arrested on May 3"),
	// the actor ids its sentence names, nil otherwise: a speaker among none of them in a later
	// paragraph is no voice of that act (goesOnAcross)
	undone   []string
	speakers map[int]spoken
	// head is the day and sentence of the last dated telling told by an organisation's head
	// or an official left unnamed ("The head of the X Office told a committee on Tuesday …",
	// "…, a senior official told MPs on Thursday"; -1s for none), and seen the sentence each
	// entity was first named in: a person first named soon after is that head.
	head spoken
	seen map[int]int
	// named holds, for each occasion noun (cue occasion or namedoccasion: "statement",
	// "hearing", "indictment", "verdict"), the day (an index into the event times) the last
	// sentence naming it gave it: "the statement" named again later is that one (namedDay).
	named map[string]int
	// lastTold holds the time (an index into the event times, of any precision) each speaker
	// of a dated telling of sentence lastSent was told telling it on (pronounGoesOn); nil when
	// that sentence dated none.
	lastTold map[int]int
	lastSent int
	// hearing is the day and sentence of the last hearing before lawmakers the text dated
	// ("told MPs on Thursday", "testified on Tuesday", "MPs heard on Thursday"; hearingDay),
	// -1s for none: what is told to them or by them later goes on there (hearingGoesOn).
	hearing spoken
	// pub is the day of writing, "" when the publication date gives none.
	pub string
}

// spoken is the day (an index into the event times) a speaker told something on and the
// sentence that told it.
type spoken struct{ day, sent int }

// noOccasion returns the occasion of a story before any is set: no day, no sentence, no
// speakers and no unnamed head.
func noOccasion() occasion {
	return occasion{day: -1, sent: -1, speakers: map[int]spoken{}, head: spoken{-1, -1}, seen: map[int]int{}, named: map[string]int{}, lastSent: -1, hearing: spoken{-1, -1}}
}

// tellingOccasions is the one pass that gives a telling or reporting event the day of the
// occasion at which it was told, when its own clause gives none, and moves the occasion on from
// sentence k (whose events are found; evs are those of the sentences before) to the next. In
// three steps:
//
//  1. go on: an undated telling of sentence k takes the day the sentence before set (goesOn;
//     not, across a paragraph, the day of an act told with no doer when its speaker is none
//     that act's sentence named, goesOnAcross), or that of a telling by the same speaker dated
//     earlier in its sentence (speakerGoesOn), or that of a person's telling (or a state
//     agency's saying) a few sentences back while the story is still at its day
//     (speakerReturns), or, for a reaction its sentence says came "within hours" or "the same
//     day", that answers what was told or done there ("rejected the allegations") or opens a
//     paragraph with a quote, the day the story is at (reactionDay),
//     or, for a saying that closes the first sentence of the second paragraph after the
//     deeds it tells with their times, the day of the telling of the story's one-sentence
//     lead (leadDetailed),
//     or, for a warning its speaker's dated telling reports ("It said it had informed the
//     regulator", also past a first verb it is joined to by "and had"), that telling's day
//     (reportedWarning), or for one in the past perfect that a fronted statement's saying
//     reports, the day its speaker told something on in the sentence before (inReportSaid), or
//     for one its finder gave on finding something, the finding's time (alertOnFinding),
//     or, for a testimony in a sentence with no time of its own outside what it reports, the
//     day of the last occasion of telling set anywhere before (testimonyDay); first of all, a
//     telling to lawmakers ("X told the committee that …", "X testified that …") or a
//     lawmaker's accusation or denial takes the day of the hearing the story dated ("MPs heard
//     on Thursday", "told senators on Tuesday"; hearingGoesOn, hearingDay); before all these,
//     in a sentence with no time of its own outside quotation marks (ownTime), an undated
//     telling at an occasion named again with "the" ("said in the statement", "after the
//     verdict") takes the day given that occasion (namedDay), and one that opens "It" and its
//     verb after a sentence whose subject is a document given its day ("The advisory published
//     on Wednesday was signed by … It warned …") takes that day (documentGoesOn);
//  2. reach back: an occasion on a day that opens sentence k, or one named again in a sentence
//     that opens with a quote, dates the undated reactions of the sentence before, which it
//     tells how they were voiced (reachesBack);
//  3. set: what in sentence k sets the occasion for the next sentence (a dated report or
//     accusation ("X accused Y of the attack on Tuesday."; not one dated hours from a deed,
//     hoursFromDeed), a verb of telling with its day, a fronted day, an act of state with its
//     day, or the same occasion named again) and the day of each speaker of the sentence, the
//     dated telling of a head or official the sentence does not name (toldByHead,
//     toldByUnnamed), the hearing before lawmakers it dates (hearingDay), the sentence each
//     entity is first named in, and the day sentence k gives each occasion it names
//     (nameOccasions); a telling in the simple present takes the occasion before only then, as
//     it does not move it on.
func (x *Extractor) tellingOccasions(o *occasion, sents []sentence, evs []rawEvent, c *sentCtx, found []rawEvent, ts []timex.Expression, inSent []int, k int, isoOf func(int) string) {
	toks := c.s.Toks
	firstTime := -1 // where the sentence's own first time starts: it sets another occasion
	if len(inSent) > 0 {
		firstTime = ts[inSent[0]].Start
	}
	prev := *o
	if prev.scene && prev.sent == k-1 && sents[k].Para != sents[k-1].Para { // a scene was set at k-1 ≥ 0
		prev.sent = -1 // the day of a scene ends with its paragraph: "On May 3, X was attacked.¶ Y said …"
	}
	nat, nday := -1, -1 // the occasion named again and its day ("said in the statement")
	// only a sentence with no time of its own, and with events to date, goes on at an occasion
	// so; a time inside a quotation ("\"… today …,\" she said at the briefing") is the quote's
	if len(found) > 0 && !c.ownTime(ts, inSent) {
		if nat, nday = x.namedDay(toks, &prev); nat >= 0 {
			for f := range found {
				if undatedTelling(toks, found[f]) && !(nat > found[f].Trigger && reportedBetween(toks, found[f].Trigger, nat)) {
					found[f].TimeIdx = nday
				}
			}
		}
		if d := x.documentGoesOn(sents, k, &prev); d >= 0 && toks[1].Tag == "VBD" {
			for f := range found {
				if found[f].Trigger == 1 && found[f].TimeIdx < 0 && telling(toks, found[f]) {
					found[f].TimeIdx = d // "The advisory published on Wednesday was signed by … It warned …"
				}
			}
		}
	}
	for f := range found {
		if ti := x.hearingGoesOn(toks, c.ents, found[f], &prev, ts, inSent); ti >= 0 {
			found[f].TimeIdx = ti
		}
	}
	for f := range found {
		if ti := sameDayAnswer(toks, found[f], ts, &prev, k, isoOf); ti >= 0 {
			found[f].TimeIdx = ti
		}
	}
	for f := range found {
		if ti := x.stateSaidDay(c, toks, found[f], &prev, ts, inSent, isoOf); ti >= 0 {
			found[f].TimeIdx = ti // "Some customers remained offline on Thursday, X told reporters."
		}
	}
	namedLast := dayNamedLast(ts, sents[k].Start, isoOf)
	for f := range found {
		if !goesOnAcross(sents, c.ents, evs, found[f], &prev, k, isoOf, namedLast) {
			continue
		}
		if ti := x.goesOn(toks, c.ents, found[f], &prev, k, firstTime, false); ti >= 0 {
			found[f].TimeIdx, found[f].WentOn = ti, true
		}
	}
	for f := range found {
		if ti := leadDetailed(sents, toks, found[f], &prev, k, firstTime, isoOf); ti >= 0 {
			found[f].TimeIdx, found[f].WentOn = ti, true
		}
	}
	for f := range found {
		if ti := speakerGoesOn(toks, found, f, isoOf); ti >= 0 {
			found[f].TimeIdx = ti
		}
	}
	for f := range found {
		if ti := x.speakerReturns(toks, c.ents, found[f], &prev, k, firstTime, isoOf); ti >= 0 {
			found[f].TimeIdx = ti
		}
	}
	for f := range found {
		if ti := reportedWarning(toks, found, f); ti >= 0 {
			found[f].TimeIdx = ti
		} else if ti := alertOnFinding(toks, found, f); ti >= 0 {
			found[f].TimeIdx = ti
		} else if len(inSent) == 0 && inReportSaid(toks, found[f]) {
			found[f].TimeIdx = prev.spokeBefore(found[f].Agent, k)
		}
	}
	for f := range found {
		// the cheap test of the verb first: onlyReportedTimes scans the sentence's times
		if d := x.testimonyDay(toks, found[f].Trigger, &prev); d >= 0 && undatedTestimony(toks, found[f]) && onlyReportedTimes(toks, found[f].Trigger, ts, inSent) {
			found[f].TimeIdx = d
		}
	}
	at, named := x.occasionPhraseAt(toks) // the same occasion named again ("within hours", "after the hearing")
	if len(inSent) == 0 {
		// once per sentence: whether a reaction may answer the occasion by its object or open
		// a paragraph with a quote
		answers := at < 0 && len(found) > 0 && !prev.scene && !x.occasionNext(sents, k)
		quoteLead := answers && quotedTelling(toks) && (k == 0 || sents[k-1].Para != sents[k].Para)
		for f := range found {
			fat := at
			if answers {
				fat = x.answeredAt(toks, found[f].Trigger) // "rejected the allegations", "condemned the decision"
				if fat < 0 && quoteLead && occasionSpeaker(found[f], &prev, isoOf) {
					fat = found[f].Trigger // "\"We will hold them accountable,\" said the agency's director."
				}
			}
			if fat < 0 {
				continue
			}
			if ti := reactionDay(toks, found[f], &prev, k, fat, named, isoOf); ti >= 0 {
				found[f].TimeIdx, found[f].WentOn = ti, true
			}
		}
	}
	tday := tellingDay(c, ts, inSent)
	x.ownTellings(c, found, ts, inSent, tday)
	set, told, scene := -1, true, false
	var actors, undone []string
	for _, f := range found {
		// a finding ("its security team discovered it on May 30") is no occasion of telling, nor
		// a dated report another speaker's closing attribution tells of (attributedBy), nor a
		// telling dated only by "at the time" (thenTold): the story stays where it was
		if len(isoOf(f.TimeIdx)) == dayValue && (isReporting(f) && !discovery[f.Lemma] || f.Type == schema.EventAccusation || tellingWarning(toks, f)) && f.asserted() && !attributedBy(toks, found, f) && !x.saidToHave(toks, ts, f) && !hoursFromDeed(f.TimeText) && !thenTold(f.TimeText) {
			set = f.TimeIdx
		}
	}
	if tday >= 0 && quoteClosedAt(sents, k) {
		// the quote's day before it opened; closed by a pronoun's telling ("\"…. …,\" it said in
		// a statement on Wednesday"), the day of the speaker the sentence before the quote named
		// going on, over one that speaker took from an earlier occasion
		reachesBack(sents, c.ents, evs, nil, k-1, tday, pastTense, pronounTeller(toks))
	}
	if ti := x.frontedOccasion(c, ts, inSent); ti >= 0 {
		reachesBack(sents, c.ents, evs, found, k, ti, openingReaction, false)
	}
	if ti := x.frontedRecord(c, ts, inSent); ti >= 0 {
		perfectReachesBack(sents, evs, found, k, ti)
	}
	if tday >= 0 && quoteOpens(toks) {
		// the quote's day reaches back to the sentence before; when the quote's telling is a
		// dated report itself ("X blamed Y. \"This was an attack on us,\" he said on Sunday."),
		// only to its own speaker's (otherSpeaker)
		by := found
		if set < 0 {
			by = nil
		}
		reachesBack(sents, c.ents, evs, by, k, tday, pastTense, false)
	}
	// a telling of the sentence took the day of the occasion named again ("said in the statement")
	atNamed := nat >= 0 && slices.ContainsFunc(found, func(f rawEvent) bool { return f.TimeIdx == nday })
	if tday < 0 && atNamed && quoteOpens(toks) {
		// "X said …. \"…,\" he said on the same call.": the occasion named again reaches back to
		// the saying before it, as a quote's own day does, its own speaker's only
		reachesBack(sents, c.ents, evs, found, k, nday, pastTense, false)
	}
	if set < 0 {
		if tday >= 0 {
			set = tday
		} else if ti := frontedDay(c, ts, inSent); ti >= 0 {
			set, told, scene = ti, false, true
		} else if ti := x.frontedOccasion(c, ts, inSent); ti >= 0 {
			set, told, scene = ti, false, true // "At Wednesday's hearing, …", "At a briefing on Monday, …": the scene of what is told next
		} else if ti, by := actDay(toks, found, ts, inSent); ti >= 0 && !x.reportedDay(toks, tokFrom(toks, ts[ti].Start)) {
			set, told = ti, false
			es := slices.Clone(by)
			for _, m := range c.ms {
				es = append(es, m.Entity)
			}
			if len(by) > 0 { // the act's doers and everyone its sentence names ("The EU and Britain imposed …")
				actors = actorIDs(c.ents, es)
			} else {
				undone = append(actorIDs(c.ents, es), "") // not nil: an act with no doer
			}
		} else if atNamed {
			set = nday // "After the classified session, X said …": the story is at that occasion again
		} else if o.sent == k-1 && (reportNounOpens(toks) || len(inSent) == 0 && at >= 0) {
			set, told, actors = o.day, o.told, o.actors // "The testimony, delivered …": the same occasion goes on
		}
	}
	if set >= 0 {
		o.day, o.sent, o.told, o.scene, o.actors, o.undone = set, k, told, scene, actors, undone
	} else if len(inSent) == 0 && len(found) == 0 && quoteOnly(toks) {
		o.carry(k) // "X rejected it on Tuesday. \"We do not spy. We obey the law,\" X told reporters."
	}
	if e, ti := speakerDay(c, ts, inSent); e >= 0 && !x.reportedDay(toks, tokFrom(toks, ts[ti].Start)) {
		o.speakers[e] = spoken{ti, k}
	}
	for _, f := range found {
		if !tellingDated(toks, f) || x.saidToHave(toks, ts, f) {
			continue
		}
		for _, a := range f.Agent {
			if len(isoOf(f.TimeIdx)) == dayValue {
				o.speakers[a] = spoken{f.TimeIdx, k}
			} else {
				delete(o.speakers, a) // "X said in March …": the speaker has moved to another time
			}
		}
	}
	for _, f := range found {
		if len(isoOf(f.TimeIdx)) == dayValue && telling(toks, f) && x.toldByHead(c, f) {
			o.head = spoken{f.TimeIdx, k}
		}
	}
	if ti := x.hearingDay(c, ts, inSent); ti >= 0 {
		o.hearing = spoken{ti, k}
	}
	if tday >= 0 && x.toldByUnnamed(toks) {
		o.head = spoken{tday, k} // "…, a senior official told MPs on Thursday."
	}
	for _, m := range c.ms {
		if _, ok := o.seen[m.Entity]; m.Entity >= 0 && !ok {
			o.seen[m.Entity] = k
		}
	}
	x.nameOccasions(o, toks, found, ts, inSent, isoOf)
	if len(inSent) == 0 && k > 0 && sents[k-1].Para == sents[k].Para && prev.lastSent == k-1 {
		for f := range found {
			if ti := x.pronounGoesOn(toks, found[f], prev.lastTold); ti >= 0 {
				found[f].TimeIdx = ti
			}
		}
	}
	o.lastTold, o.lastSent = nil, k // a new map only when a telling is dated: prev keeps the old one
	for _, f := range found {
		if tellingDated(toks, f) && !x.saidToHave(toks, ts, f) {
			for _, a := range f.Agent {
				if o.lastTold == nil {
					o.lastTold = map[int]int{}
				}
				o.lastTold[a] = f.TimeIdx
			}
		}
	}
	for f := range found { // last: what the present tells goes on at the occasion, not moves it
		if ti := x.goesOn(toks, c.ents, found[f], &prev, k, firstTime, true); ti >= 0 {
			found[f].TimeIdx = ti
		}
	}
}

// reportedWarningReach bounds how many tokens may stand between a verb of telling and the verb
// of the warning it reports: "at the time", "that", a short subject and "had".
const reportedWarningReach = 9

// reportedWarning returns the day (an index into the event times) an undated, asserted warning
// found[f] takes from a dated telling of the same speaker earlier in its sentence whose clause
// it is ("It said it had informed the regulator", "The bank said that it notified police"), or
// -1: the warning was told on that occasion, as one dated in its own sentence is ("X said on
// Monday that it had informed Y").
func reportedWarning(toks []token, found []rawEvent, f int) int {
	w := found[f]
	if !undatedWarning(toks, w) {
		return -1
	}
	for _, g := range found {
		if g.TimeIdx < 0 || !isReporting(g) || g.Trigger < 0 || g.Trigger >= w.Trigger || w.Trigger-g.Trigger > reportedWarningReach || !overlaps(g.Agent, w.Agent) {
			continue
		}
		if reportsClause(toks, g.Trigger, w.Trigger) {
			return g.TimeIdx
		}
	}
	return -1
}

// inReportSaid reports whether the undated warning w, told in the past perfect, is in the clause
// that a verb of saying reports after a fronted phrase naming the report ("In a statement to
// the exchange, the company said it had detected … and had notified the regulator"): its
// speaker's report was that saying, so a day that speaker told something on in the sentence
// before (spokeBefore) is the day it told of the warning.
func inReportSaid(toks []token, w rawEvent) bool {
	if !undatedWarning(toks, w) || toks[w.Trigger-1].Lower != "had" {
		return false
	}
	for v := 1; v < w.Trigger; v++ {
		if toks[v].Tag != "VBD" || toks[v].Lower != "said" {
			continue
		}
		for n := 1; n < v; n++ {
			if frontedReportNoun(toks, n) {
				return reportsClause(toks, v, w.Trigger)
			}
		}
		return false
	}
	return false
}

// firstPerfect returns the participle of the first past perfect after a verb of telling at v
// that a warning at i in the past perfect is joined to by "and had" ("said it had detected
// unauthorised access to its systems and had notified the regulator"), or -1: the two verbs
// share the clause the telling reports.
func firstPerfect(toks []token, v, i int) int {
	if i < 2 || toks[i-1].Lower != "had" || toks[i-2].Lower != "and" || toks[i].Tag != "VBN" {
		return -1
	}
	for j := v + 1; j+1 < i-2 && j-v <= reportedWarningReach; j++ {
		if toks[j].Lower == "had" && toks[j+1].Tag == "VBN" {
			return j + 1
		}
	}
	return -1
}

// alertOnFinding returns the time (an index into the event times) an undated, asserted warning
// found[f] takes from a dated finding its sentence tells in the passive, when the warning is told
// in a relative clause on the finder ("The breach was first spotted in February by the
// national CERT, which alerted the ministry"): the finder raised the alert on finding it. It
// returns -1 otherwise.
func alertOnFinding(toks []token, found []rawEvent, f int) int {
	w := found[f]
	if !undatedWarning(toks, w) {
		return -1
	}
	r := -1 // the relative pronoun on the finder
	for k := w.Trigger - 1; k > 0; k-- {
		if (toks[k].Lower == "which" || toks[k].Lower == "who") && toks[k-1].Text == "," {
			r = k
			break
		}
		if toks[k].Text == "," || toks[k].Text == ";" {
			return -1
		}
	}
	if r < 0 {
		return -1
	}
	for _, g := range found {
		if g.TimeIdx < 0 || !discovery[g.Lemma] || g.Trigger < 0 || g.Trigger >= r || toks[g.Trigger].Tag != "VBN" {
			continue
		}
		by := false
		for k := g.Trigger + 1; k < r; k++ {
			if toks[k].Lower == "by" {
				by = true
			}
			if isTensedTag(toks[k].Tag) || toks[k].Tag == "MD" {
				by = false
				break
			}
		}
		if by {
			return g.TimeIdx
		}
	}
	return -1
}

// undatedWarning reports whether ev is an undated, asserted warning whose trigger follows its
// sentence's first token: one reportedWarning or alertOnFinding may date.
func undatedWarning(toks []token, ev rawEvent) bool {
	return ev.Type == schema.EventWarning && ev.TimeIdx < 0 && ev.asserted() && ev.Trigger > 0 && ev.Trigger < len(toks)
}

// reportsClause reports whether the verb at i is in the clause the verb of telling at v reports:
// its verb (clauseBetween), or a past perfect joined to that verb by "and had" (firstPerfect).
func reportsClause(toks []token, v, i int) bool {
	return clauseBetween(toks, v, i) || clauseBetween(toks, v, firstPerfect(toks, v, i))
}

// clauseBetween reports whether the tokens between a verb of telling at v and a verb at i open
// the clause v reports with i as its verb: "at the time" after v, "that", a pronoun or a short
// name as subject, and "had" or "has" ("said that it had informed", "said the bank notified",
// "said at the time that it had informed").
func clauseBetween(toks []token, v, i int) bool {
	j := v + 1
	if j+2 < i && atTheTimeAt(toks, j) {
		j += 3 // "said at the time that …": the telling's own time
	}
	if j < i && toks[j].Lower == "that" {
		j++
	}
	subj := 0
	for ; j < i; j++ {
		t := toks[j]
		switch {
		case t.Lower == "had" || t.Lower == "has" || strings.HasPrefix(t.Tag, "RB"):
		case subj < 3 && (t.Tag == "PRP" || t.Tag == "DT" || t.Tag == "NNP" || t.Tag == "NN"):
			subj++
		default:
			return false
		}
	}
	return subj > 0
}

// saidInReport reports whether the verb of saying at i follows a phrase that opens the
// sentence and names a report ("In a 40-page report, the firm said …", "In its annual
// assessment, the agency wrote …"; not "In a statement, …"): the saying is the report's.
func saidInReport(toks []token, i int) bool {
	if i <= 0 || i >= len(toks) || len(toks) == 0 || toks[0].Lower != "in" {
		return false
	}
	for j := 1; j < i && j <= 8 && toks[j].Text != ","; j++ {
		switch toks[j].Lower {
		case "report", "analysis", "assessment", "study", "paper", "advisory", "bulletin", "filing":
			if k := j + 1; k < len(toks) && toks[k].Text == "," && frontedReportNoun(toks, j) {
				return true
			}
		}
	}
	return false
}

// newFiling reports whether the sentence names a filing anew: "in a" or "in an", up to three
// nouns, adjectives, participles or numbers, and a filing noun or a form's code (cues
// filingnoun, formcode: "In an updated filing in December, …", "confirmed the breach in a Form
// 8-K filed with …"). What a speaker says in it is a disclosure of its own; "in its filing" is
// the filing told before.
func (x *Extractor) newFiling(toks []token) bool {
	return x.namedAnew(toks, func(t *token) bool {
		return x.cue.tokIs("filingnoun", t) || x.cue.tokIs("formcode", t)
	})
}

// newDisclosure reports whether the sentence names a disclosure anew as newFiling names a
// filing: "in a" or "in an", up to three modifiers and a noun of cue disclosure ("said in a
// statement that …", "In an emailed statement, …", "In a notice posted on its website, …").
// The saying is then a public statement of its own, apart from the acts it tells of.
func (x *Extractor) newDisclosure(toks []token) bool {
	return x.namedAnew(toks, func(t *token) bool { return x.cue.tokIs("disclosure", t) })
}

// namedAnew reports whether toks hold "in a" or "in an", then up to three nouns, adjectives,
// participles or numbers, and a word head accepts.
func (x *Extractor) namedAnew(toks []token, head func(*token) bool) bool {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Lower != "in" || toks[i+1].Lower != "a" && toks[i+1].Lower != "an" {
			continue
		}
		for j := i + 2; j < len(toks) && j-i <= 5; j++ {
			if head(&toks[j]) {
				return true
			}
			if t := toks[j].Tag; !isNounTag(t) && !strings.HasPrefix(t, "JJ") && t != "VBN" && t != "CD" {
				break
			}
		}
	}
	return false
}

// goesOn returns the day (an index into the event times) that an undated, asserted telling ev
// of sentence k takes from the occasion o of the sentence before, or -1. A time of the sentence
// before the trigger (firstTime, a rune offset; -1 for none) sets another occasion ("The tale
// starts in July 2016, when X discovered …"); one after it belongs to what is told. Only a
// telling that closes its sentence after what it told (closingTelling: "The breach was found on
// Oct. 3, Quill told the committee.") has its times before it, and goes on only at its own
// speaker's telling of the sentence before. The cases:
//
//   - a report in the simple past goes on at the occasion before ("X testified on Thursday
//     that … X told the jury …"), as does one named by the noun of a fronted phrase ("In its
//     quarterly report, the company said …": the report is the saying);
//   - an accusation in a sentence that opens with a quote and a verb of saying after it
//     ("\"We assess …,\" Whitford told senators.", quotedTelling);
//   - a report, accusation or warning in the simple past by a speaker who told something on a
//     day in the sentence before ("The FBI on Tuesday attributed the theft to X. … the bureau
//     said …", "… The FBI urged exchanges to …"), or
//     who was the subject of the sentence before, which gave its day (speakerDay: "Okafor
//     defended the law on Friday. … Okafor told a news conference.");
//   - a report or accusation in the simple present ("The company attributes the campaign to
//     …"): it tells what the report before holds, so it is made when that report was.
//
// present picks the last case alone, the others otherwise.
func (x *Extractor) goesOn(toks []token, ents []entity, ev rawEvent, o *occasion, k, firstTime int, present bool) int {
	if ev.TimeIdx >= 0 || !ev.asserted() || ev.Trigger < 0 || ev.Trigger >= len(toks) {
		return -1
	}
	timeFirst := firstTime >= 0 && firstTime < toks[ev.Trigger].Start // past it only a closingTelling goes on
	if timeFirst && (present || !closingTelling(toks, ev.Trigger)) {
		return -1
	}
	if x.toldLater(toks, ev.Trigger) || !isReporting(ev) && timeOfDeed(toks, ev.Trigger) {
		return -1 // "It later confirmed that …": another occasion, after the one before
	}
	report := isReporting(ev)
	if (ev.Type == schema.EventLegal || ev.Type == schema.EventSanction) && !present {
		return announcedAct(toks, ev, o, k)
	}
	if !report && ev.Type != schema.EventAccusation && ev.Type != schema.EventWarning {
		return -1
	}
	before, tag := o.sent == k-1 && o.day >= 0, toks[ev.Trigger].Tag
	if pastConjunct(toks, ev.Trigger) {
		tag = "VBD" // "He said accounts had not been affected and accused X": the subject's own act
	}
	if ev.Type == schema.EventWarning && (present || tag != "VBD") {
		return -1 // a warning goes on only at its speaker's occasion, told in the simple past
	}
	if present {
		if before && tag == "VBZ" {
			return o.day
		}
		return -1
	}
	switch {
	case timeFirst: // a closingTelling
		if tag == "VBD" {
			return o.spokeBefore(ev.Agent, k) // "…, Ms Lind told the committee.": her telling before goes on
		}
	case before && report && (tag == "VBD" || frontedReportNoun(toks, ev.Trigger)):
		if len(o.actors) > 0 && len(ev.Agent) > 0 && !slices.ContainsFunc(actorIDs(ents, ev.Agent), func(id string) bool { return slices.Contains(o.actors, id) }) {
			return -1 // "Police arrested X on Monday. The embassy denied …": another speaker's reaction, of no known day
		}
		return o.day
	case before && ev.Type == schema.EventAccusation && quotedTelling(toks):
		return o.day
	case tag == "VBD":
		return o.spokeBefore(ev.Agent, k)
	}
	return -1
}

// leadDetailed returns the day an undated saying that closes the first sentence of a story's
// second paragraph after what it tells ("The men were detained in Porto on Monday, Chief
// Inspector Rui Tavares told reporters.") takes from the telling its one-sentence lead dated
// to a day ("…, police said on Thursday."), or -1: the second paragraph of a news story gives
// the details of the announcement its lead sums up, and the times before the closing telling
// are those of the deeds it tells (goesOn keeps these for the speaker's own telling before).
func leadDetailed(sents []sentence, toks []token, ev rawEvent, o *occasion, k, firstTime int, isoOf func(int) string) int {
	if k != 1 || o.sent != 0 || !o.told || sents[1].Para == sents[0].Para || len(isoOf(o.day)) != dayValue {
		return -1
	}
	if !undatedTelling(toks, ev) || ev.Type == schema.EventReport || firstTime < 0 || firstTime > toks[ev.Trigger].Start || !closingTelling(toks, ev.Trigger) && !closingAttribution(toks, ev.Trigger) {
		return -1
	}
	return o.day
}

// reactionDay returns the day the story is at (o.day, a day set at most paragraphDayReach
// sentences before k) that an undated, asserted telling in the simple past takes when its
// sentence, which names no time of its own, says with a phrase at token at that it came then
// ("Moscow rejected the accusation within hours.", "The ministry said in a statement hours
// later that …"; occasionPhraseAt), or -1. When the phrase names the occasion again (named:
// "said in a statement after the hearing"), a telling that set the day any number of sentences
// before is that occasion. The same goes for a telling whose object names again what was told or
// done then ("The embassy rejected the allegations."; answeredAt) and for a quote that opens a
// paragraph, voiced by a speaker new to the story or heard at that occasion ("\"…,\" said X, the
// agency's director."; occasionSpeaker): at is then the object or the verb. A phrase in the
// clause the telling reports ("said traffic had been rerouted within hours") times what is
// told, not the telling.
func reactionDay(toks []token, ev rawEvent, o *occasion, k, at int, named bool, isoOf func(int) string) int {
	if o.day < 0 || len(isoOf(o.day)) != dayValue || !undatedTelling(toks, ev) {
		return -1
	}
	if k-o.sent > paragraphDayReach && !(named && o.told) {
		return -1
	}
	if at > ev.Trigger && reportedBetween(toks, ev.Trigger, at) {
		return -1
	}
	return o.day
}

// answeredAt returns the index of the object of the verb of telling at v when that object names
// again, with a definite determiner, what was told or done at the occasion the story is at
// ("The embassy rejected the allegations as baseless", "Beijing condemned the decision",
// "KCNA dismissed the latest report"; cues definite, claimnoun, answerednoun), or -1: the
// telling answers that occasion, so reactionDay may give it its day.
func (x *Extractor) answeredAt(toks []token, v int) int {
	if v < 0 || v+2 >= len(toks) {
		return -1
	}
	if !x.cue.tokIs("definite", &toks[v+1]) {
		return -1
	}
	for j := v + 2; j < len(toks) && j <= v+4; j++ {
		w := toks[j].Lower
		if x.cue.is("claimnoun", w) || x.cue.is("answerednoun", w) {
			if j+1 < len(toks) && isNounTag(toks[j+1].Tag) {
				return -1 // "the report card": the noun modifies another
			}
			return j
		}
		if t := toks[j].Tag; t != "JJ" && t != "JJS" && !strings.HasPrefix(t, "NN") && t != "POS" {
			return -1
		}
	}
	return -1
}

// occasionSpeaker reports whether every agent of the telling ev is new to the story (not in
// o.seen) or last told something on the day the story is at (o.speakers): a speaker first heard
// in a quote, or heard at the occasion before, goes on there; one named before and not heard
// then may be quoted from another time.
func occasionSpeaker(ev rawEvent, o *occasion, isoOf func(int) string) bool {
	for _, a := range ev.Agent {
		_, seen := o.seen[a]
		if s, ok := o.speakers[a]; seen && !(ok && isoOf(s.day) == isoOf(o.day)) {
			return false
		}
	}
	return len(ev.Agent) > 0
}

// occasionNext reports whether the sentence after k, in its paragraph, opens with an occasion
// of telling as its setting ("At a regular briefing on Wednesday, …", "In a statement, …"): it
// tells when and how the reaction of sentence k was voiced (reachesBack), not the occasion
// the story was at.
func (x *Extractor) occasionNext(sents []sentence, k int) bool {
	if k+1 >= len(sents) || sents[k+1].Para != sents[k].Para {
		return false
	}
	toks := sents[k+1].Toks
	if len(toks) < 3 || !occasionPrep[toks[0].Lower] {
		return false
	}
	for j := 1; j < len(toks) && j <= 5 && toks[j].Text != ","; j++ {
		if x.cue.tokIs("occasion", &toks[j]) {
			return true
		}
	}
	return false
}

// speakerReturns returns the day (an index into the event times) that an undated telling ev of
// sentence k, told in the simple past by a person, by a state agency when it says, accuses or
// denies (not warns: an alert it sent may come at any time before it tells of it), or by any
// speaker when it says it adds to what was told (goesOnTelling: "The agency also warned …"),
// takes from the last day that speaker told something on, two or three sentences back
// (o.speakers; the sentence before is goesOn's), or -1: while the story stays at that day's
// occasion (o.day names the same day), a speaker who comes back after a sentence or two of
// background goes on telling there ("Whitlock told a committee on Tuesday that … ¶ The port … ¶
// Ms Whitlock told MPs that …", "She warned that …"). A time of the sentence before the verb
// (unless the telling closes the sentence after what it told, closingTelling), a later or past
// adverb beside it ("later said", "previously warned"), another day the story moved on to ("On
// Wednesday, the ministry rejected …"), the speaker's telling dated to another time, or a longer
// gap ends it; a company's statements come through many channels and keep no day unless they
// say they add to what it told, while an agency that comes back a sentence or two after its
// dated announcement ("The police agency said on Tuesday … ¶ The advisory said … ¶ The agency
// said the group …") still speaks there.
func (x *Extractor) speakerReturns(toks []token, ents []entity, ev rawEvent, o *occasion, k, firstTime int, isoOf func(int) string) int {
	if ev.TimeIdx >= 0 || o.day < 0 || !telling(toks, ev) || firstTime >= 0 && firstTime < toks[ev.Trigger].Start && !closingTelling(toks, ev.Trigger) {
		return -1
	}
	if toks[ev.Trigger].Tag != "VBD" && !pastConjunct(toks, ev.Trigger) || x.toldLater(toks, ev.Trigger) || timeOfDeed(toks, ev.Trigger) || x.pastBeside(toks, ev.Trigger) {
		return -1
	}
	at := isoOf(o.day)
	if len(at) != dayValue {
		return -1
	}
	goesOnTelling := x.goesOnTelling(toks, ev)
	reach := paragraphDayReach
	if x.toldHearer(toks, ev.Trigger) {
		reach *= 2 // "told MPs", "told the committee": the occasion's hearers, named again
	}
	for _, a := range ev.Agent {
		if a < 0 || a >= len(ents) || ents[a].Kind != schema.KindPerson && !(ents[a].Kind == schema.KindAgency && ev.Type != schema.EventWarning) && !goesOnTelling {
			continue
		}
		if s, ok := o.speakers[a]; ok && s.sent < k-1 && k-s.sent <= reach && isoOf(s.day) == at {
			return s.day
		}
		if h := o.head; ents[a].Kind == schema.KindPerson && o.namedAfter(a, h.sent) && h.sent >= 0 && h.sent < k && k-h.sent <= paragraphDayReach && isoOf(h.day) == at {
			return h.day // "The head of the X Office told a committee on Tuesday … ¶ … ¶ Dame Alison Marwick said …"
		}
	}
	return -1
}

// closingTelling reports whether the verb of telling at v closes its sentence after the comma
// that ends what it reports, with only its speaker before it and its hearer, or an adjunct set
// off by a comma, after it ("The breach was found on May 2, Ms Lind told the committee.", "X
// warned the adviser in March, Ms Lind said, after which the contacts ceased."): the times
// before that comma are what was told, not when.
func closingTelling(toks []token, v int) bool {
	if speakerOpens(toks, v) < 0 {
		return false
	}
	for k := v + 1; k < len(toks); k++ {
		if toks[k].Text == "," {
			return true // "…, Ms Lind said, after which …": what follows is the sentence's adjunct
		}
		if tg := toks[k].Tag; isVerbTag(tg) || tg == "MD" || toks[k].Lower == "that" || strings.HasPrefix(tg, "W") || tg != "POS" && quoteOpens(toks[k:k+1]) {
			return false
		}
	}
	return true
}

// namedAfter reports whether the entity e was first named after sentence s, or not yet.
func (o *occasion) namedAfter(e, s int) bool {
	first, ok := o.seen[e]
	return !ok || first > s
}

// toldByUnnamed reports whether a verb of telling in the simple past ("told", "said",
// "testified") follows an official the sentence describes and does not name: "a" or "an", at
// most three modifiers and a person's role (cue personrole: "a senior official told MPs", "a
// senior bureau official told the committee"). The person named soon after is that official.
func (x *Extractor) toldByUnnamed(toks []token) bool {
	for v := 2; v < len(toks); v++ {
		switch toks[v].Lower {
		case "told", "said", "testified":
		default:
			continue
		}
		if toks[v].Tag != "VBD" || !x.cue.tokIs("personrole", &toks[v-1]) || !isNounTag(toks[v-1].Tag) {
			continue
		}
		for j := v - 2; j >= 0 && v-j <= 5; j-- {
			if w := toks[j].Lower; w == "a" || w == "an" {
				return true
			}
			if tg := toks[j].Tag; tg != "JJ" && !isNounTag(tg) {
				break
			}
		}
	}
	return false
}

// toldHearer reports whether the verb at v is "told" with a hearer of an occasion of telling
// as its object ("told MPs", "told the committee", "told reporters"; cue hearernoun).
func (x *Extractor) toldHearer(toks []token, v int) bool {
	if toks[v].Lower != "told" {
		return false
	}
	j := v + 1
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	return j < len(toks) && x.cue.tokIs("hearernoun", &toks[j])
}

// goesOnTelling reports whether the telling ev says it adds to what its speaker told before
// ("The agency also warned …", "It added that …"; cue alsoadverb beside the verb, or the verb
// add): an organisation's telling then goes on at its last occasion too.
func (x *Extractor) goesOnTelling(toks []token, ev rawEvent) bool {
	v := ev.Trigger
	return ev.Lemma == "add" || v > 0 && x.cue.tokIs("alsoadverb", &toks[v-1]) || v+1 < len(toks) && x.cue.tokIs("alsoadverb", &toks[v+1])
}

// toldByHead reports whether the telling f of the sentence is told by the head of an
// organisation that the sentence describes and does not name ("The head of the National
// Cyber Defence Office told …", "The director of the agency said …"; cue personrole): the
// agent is the organisation, and the person is named only later.
func (x *Extractor) toldByHead(c *sentCtx, f rawEvent) bool {
	toks := c.s.Toks
	for _, m := range c.ms {
		if m.Entity < 0 || m.First < 3 || m.First > f.Trigger || !contains(f.Agent, m.Entity) {
			continue
		}
		j := m.First - 1
		if toks[j].Lower == "the" {
			j--
		}
		if j >= 2 && toks[j].Lower == "of" && x.cue.tokIs("personrole", &toks[j-1]) && toks[j-2].Lower == "the" {
			return true
		}
	}
	return false
}

// pastBeside reports whether an adverb of an earlier time ("previously", "earlier") stands
// right before or after the verb at v: the verb tells of another time than the story's.
func (x *Extractor) pastBeside(toks []token, v int) bool {
	return v > 0 && x.cue.tokIs("pastadverb", &toks[v-1]) || v+1 < len(toks) && x.cue.tokIs("pastadverb", &toks[v+1])
}

// andBefore returns the index of the "and" right before the token at i, adverbs between (at
// most auxReach words back: "and later convicted"), or -1.
func andBefore(toks []token, i int) int {
	j := i - 1
	for j > 0 && i-j <= auxReach && toks[j].Tag == "RB" {
		j--
	}
	if j < 0 || toks[j].Lower != "and" {
		return -1
	}
	return j
}

// pastConjunct reports whether the participle at i, right after "and" (adverbs between) and
// with an object after it, is a simple past joined to the main clause's first verb, itself a
// simple past and no auxiliary ("He said the accounts had not been affected and accused the
// gang of lying": the tagger reads "accused" as it reads the participle "affected").
func pastConjunct(toks []token, i int) bool {
	if i < 2 || i >= len(toks) || toks[i].Tag != "VBN" || !objectOpens(toks, i+1) {
		return false
	}
	j := andBefore(toks, i)
	if j < 0 {
		return false
	}
	for v := 0; v < j; v++ {
		if isVerbTag(toks[v].Tag) {
			return toks[v].Tag == "VBD" && !isBeHave(toks[v].Lower)
		}
	}
	return false
}

// toldLater reports whether an adverb of a later time ("later", "subsequently", "afterwards",
// "eventually") stands right before the verb at i, past at most one auxiliary or adverb, or
// opens its sentence ("Later, X said"), or the sentence opens with a span counted from another
// point ("A week after discovering the attack, X told …", "Two days later, …", "Days after the
// breach, …"): the verb tells of an occasion after the one before. The adverbs are cue
// lateradverb, the units of a span cue spanunit ("hours", "a week").
func (x *Extractor) toldLater(toks []token, i int) bool {
	later := func(t *token) bool { return x.cue.tokIs("lateradverb", t) }
	if len(toks) > 0 && i > 0 && later(&toks[0]) {
		return true
	}
	for k := 0; k+1 < len(toks) && k+1 < i && k <= 2; k++ {
		if t := toks[k].Tag; k < 2 && (t == "DT" || t == "CD" || t == "JJ") && !x.cue.tokIs("spanunit", &toks[k]) {
			continue // "a", "two", "several", "just"
		}
		if x.cue.tokIs("spanunit", &toks[k]) && (toks[k+1].Lower == "after" || later(&toks[k+1])) {
			return true
		}
		break
	}
	for k := i - 1; k >= 0 && i-k <= 2; k-- {
		if later(&toks[k]) {
			return true
		}
		if t := toks[k].Tag; t != "RB" && t != "MD" && !strings.HasPrefix(t, "VB") {
			return false
		}
	}
	return false
}

// timeOfDeed reports whether a time that a clause of its own defines follows the verb at i
// within its phrase ("alerted the FBI the day it found the intrusion", "told staff the morning
// the servers went down"): the telling is of that deed's time, not the occasion before.
func timeOfDeed(toks []token, i int) bool {
	for k := i + 1; k+2 < len(toks) && k-i <= 8; k++ {
		if toks[k].Text == "," || toks[k].Lower == "that" && toks[k].Tag == "IN" {
			return false
		}
		if toks[k].Lower != "the" {
			continue
		}
		switch toks[k+1].Lower {
		case "day", "morning", "evening", "night", "week":
		default:
			continue
		}
		j := k + 2
		if toks[j].Lower == "that" || toks[j].Lower == "when" {
			j++
		}
		for m := j; m < len(toks) && m-j <= 3; m++ {
			switch t := toks[m].Tag; {
			case t == "VBD":
				return m > j
			case t == "PRP" || t == "DT" || isNounTag(t) || t == "JJ":
			default:
				return false
			}
		}
		return false
	}
	return false
}

// announcedAct returns the day a speaker of the sentence before told something on (o) that an
// undated legal step or sanction of sentence k, done in the simple past (active, or passive:
// "was charged by …") by that speaker, takes ("…, the Justice Department said Wednesday.
// Federal prosecutors unsealed an indictment …": the step is what was announced), or -1. The trigger is the verb or the object noun of one,
// and no time of the sentence stands before it (goesOn checks).
func announcedAct(toks []token, ev rawEvent, o *occasion, k int) int {
	if !doneInPast(toks, ev.Trigger) {
		return -1
	}
	return o.spokeBefore(ev.Agent, k)
}

// doneInPast reports whether the act whose trigger is at i, a verb or the object noun of one
// ("unsealed a four-count indictment", "imposed sanctions"), is told in the simple past, active
// or passive ("was charged").
func doneInPast(toks []token, i int) bool {
	v := i
	for j := v - 1; isNounTag(toks[v].Tag) && j >= 0 && v-j <= 4; j-- { // "unsealed a four-count indictment"
		if t := toks[j]; t.Tag == "VBD" {
			v = j
		} else if t.Tag != "DT" && t.Tag != "JJ" && (!isNounTag(t.Tag) || strings.HasPrefix(t.Tag, "NNP")) {
			break
		}
	}
	return toks[v].Tag == "VBD" || pastPassive(toks, v)
}

// spokeBefore returns the day the first of agents that told something in the sentence before
// k told it on, or -1.
func (o *occasion) spokeBefore(agents []int, k int) int {
	for _, a := range agents {
		if s, ok := o.speakers[a]; ok && s.sent == k-1 {
			return s.day
		}
	}
	return -1
}

// pastPassive reports whether the participle at v is a passive in the simple past ("was
// blacklisted", "were charged").
func pastPassive(toks []token, v int) bool {
	return v > 0 && toks[v].Tag == "VBN" && (toks[v-1].Lower == "was" || toks[v-1].Lower == "were")
}

// reachesBack gives the day ti of the occasion that opens sentence k to the undated, asserted
// reports of the sentence before whose trigger (at i in its tokens) passes keep, and to those
// that only took the day of the occasion before them (WentOn) when a report of sentence k shares
// a party with them ("X said on Saturday that …. Y disputed that account. In a statement on
// Sunday, it said …" voices Y's reaction on Sunday): "The embassy
// rejected the claim. \"…,\" a spokesperson said on Thursday." (a reaction in the simple past
// before a quote told on a day), "X rejected the measures. In a statement on Wednesday, …"
// (openingReaction before a fronted occasion). With found (the reports of sentence k), a report
// by another speaker than those found keeps no day (otherSpeaker). With goesOn (the occasion's
// teller is a pronoun, the speaker of the sentence before going on), a day the report took from
// an earlier occasion gives way to ti as well.
func reachesBack(sents []sentence, ents []entity, evs []rawEvent, found []rawEvent, k, ti int, keep func(toks []token, i int) bool, goesOn bool) {
	if k < 1 {
		return
	}
	toks := sents[k-1].Toks
	for j := len(evs) - 1; j >= 0 && evs[j].Sent >= k-1; j-- {
		ev := &evs[j]
		if ev.Sent != k-1 || ev.TimeIdx >= 0 && !ev.WentOn || !ev.asserted() || !isReporting(*ev) && ev.Type != schema.EventAccusation || ev.Trigger < 0 || ev.Trigger >= len(toks) {
			continue
		}
		if ev.Type == schema.EventAccusation && !pronounTeller(sents[k].Toks) && !slices.ContainsFunc(found, func(f rawEvent) bool { return isReporting(f) && overlaps(f.Agent, ev.Agent) }) {
			continue // only the accuser's own telling: the accused answers ("\"We had nothing to do with it,\" X said")
		}
		if ev.TimeIdx >= 0 && !goesOn && !slices.ContainsFunc(found, func(f rawEvent) bool { return isReporting(f) && sameVoice(f, *ev, ents) }) {
			continue // a day taken from the occasion before gives way only to its own speaker's
		}
		if keep(toks, ev.Trigger) && !otherSpeaker(found, *ev, ents) {
			ev.TimeIdx, ev.WentOn = ti, false
		}
	}
}

// perfectReachesBack gives the time ti of the occasion that opens sentence k (frontedRecord)
// to the undated, asserted reports of the sentence before told in the present perfect
// (perfectReport) when a telling of sentence k (found) has one of their agents as its own
// ("X, for its part, has said it was not at fault. In a letter in 2019, its lawyers said …";
// "The embassy has rejected the claims. In a statement in May, the embassy said …"): the
// perfect tells a stance taken at no time it gives, and the occasion its own speaker is told
// voicing it at next is when it was taken.
func perfectReachesBack(sents []sentence, evs []rawEvent, found []rawEvent, k, ti int) {
	if k < 1 {
		return
	}
	toks := sents[k-1].Toks
	for j := len(evs) - 1; j >= 0 && evs[j].Sent >= k-1; j-- {
		ev := &evs[j]
		if ev.Sent != k-1 || ev.TimeIdx >= 0 && !ev.WentOn || !ev.asserted() || !isReporting(*ev) || !perfectReport(toks, ev.Trigger) {
			continue
		}
		if slices.ContainsFunc(found, func(f rawEvent) bool { return overlaps(f.Agent, ev.Agent) }) {
			ev.TimeIdx, ev.WentOn = ti, false
		}
	}
}

// perfectReport reports whether the report at i is the main verb of its sentence in the
// present perfect ("X has denied the claims", "X, for its part, has said …", "X has
// previously rejected …"): presentPerfect, with no other verb before it. A past tense after
// the auxiliary counts as its participle, as the tagger reads "has said" at times.
func perfectReport(toks []token, i int) bool {
	if i < 1 || i >= len(toks) {
		return false
	}
	if toks[i].Tag == "VBD" {
		toks = slices.Clone(toks[:i+1])
		toks[i].Tag = "VBN"
	}
	if !presentPerfect(toks, i) {
		return false
	}
	for j := 0; j < i; j++ {
		t := toks[j]
		if (strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD") && t.Lower != "has" && t.Lower != "have" || quoteOpens(toks[j:j+1]) {
			return false
		}
	}
	return true
}

// pronounTeller reports whether a quote's telling in toks has a pronoun for its speaker
// ("\"…,\" he wrote on Sunday"): the speaker the sentence before named goes on.
func pronounTeller(toks []token) bool {
	for j := 1; j+1 < len(toks); j++ {
		if toks[j].Tag != "PRP" || toks[j-1].Text != "," && !quoteOpens(toks[j-1:j]) {
			continue
		}
		if quoteVerb[toks[j+1].Lower] {
			return true
		}
	}
	return false
}

// otherSpeaker reports whether the reports of a sentence (found) name their speakers and none
// of them is a party of ev: "The commission said the firm failed to notify anyone. In a
// statement on Wednesday, the firm said it would appeal." gives the firm's day, not the
// commission's.
func otherSpeaker(found []rawEvent, ev rawEvent, ents []entity) bool {
	named := false
	for _, f := range found {
		if !isReporting(f) || len(f.Agent) == 0 {
			continue
		}
		if sameVoice(f, ev, ents) {
			return false
		}
		named = true
	}
	return named
}

// sameVoice reports whether report f is told by a party of ev (shareParty) or by a body of a
// state that is an agent of ev, the state speaking through its ministry or embassy ("China
// rejected the allegations. At a briefing on Tuesday, a Chinese foreign ministry spokesperson
// said …").
func sameVoice(f, ev rawEvent, ents []entity) bool {
	if shareParty(f, ev) {
		return true
	}
	for _, st := range ev.Agent {
		for _, a := range f.Agent {
			if stateBody(ents, a, st) && ents[a].Kind == schema.KindAgency {
				return true
			}
		}
	}
	return false
}

// stateBody reports whether entity b is a body of the state st (st a country, b's country that
// state's name): a ministry, embassy or agency through which the state speaks.
func stateBody(ents []entity, b, st int) bool {
	return b >= 0 && b < len(ents) && st >= 0 && st < len(ents) && ents[st].Kind == schema.KindCountry && ents[b].Country == ents[st].Name
}

// openingReaction reports whether the report at i opens its sentence as its main verb in the
// simple past ("Cytheris rejected the measures."): not a report told at its end ("…, the Tribune
// reported") nor one in the perfect ("X has said"), which need not have been voiced on the
// occasion the next sentence opens with.
func openingReaction(toks []token, i int) bool {
	if i <= 0 || i >= len(toks) || i > 8 || toks[i].Tag != "VBD" {
		return false
	}
	for j := 0; j < i; j++ { // the trigger is the first verb, with no comma or quote before it
		if t := toks[j]; strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Text == "," || quoteOpens(toks[j:j+1]) {
			return false
		}
	}
	return true
}

// frontedReportNoun reports whether the noun at i names the report in a phrase that opens the
// sentence, before a verb of saying in the simple past ("In its quarterly report, the company
// said …"): the report is the saying, made when it is.
func frontedReportNoun(toks []token, i int) bool {
	if len(toks) == 0 || toks[0].Lower != "in" || !strings.HasPrefix(toks[i].Tag, "NN") {
		return false
	}
	comma := -1
	for j := 1; j < len(toks); j++ {
		if toks[j].Text == "," {
			comma = j
			break
		}
	}
	if comma < 0 || i > comma {
		return false
	}
	for j := comma + 1; j < len(toks) && j <= comma+8; j++ {
		if toks[j].Tag == "VBD" {
			switch toks[j].Lower {
			case "said", "told", "wrote":
				return true
			}
			return false
		}
	}
	return false
}

// tellingWarning reports whether a warning is told with a verb of saying ("told the committee
// on Thursday that …", "briefed reporters on May 2"): such a telling sets the reference time of
// the report that goes on in the next sentence, as a statement does.
func tellingWarning(toks []token, ev rawEvent) bool {
	if ev.Type != schema.EventWarning || ev.Trigger < 0 || ev.Trigger >= len(toks) || toks[ev.Trigger].Tag != "VBD" {
		return false
	}
	switch toks[ev.Trigger].Lower {
	case "told", "briefed", "testified", "informed":
		return true
	}
	return false
}

// tellingDay returns the day-precise time (an index into ts) that a verb of telling in the
// simple past takes in its own clause ("officials told a Senate committee on Wednesday that …",
// "testified on Tuesday"), whether or not the telling is an event of its own (an unnamed
// speaker is none): it sets the occasion at which the reports of the next sentence are made.
// It returns -1 when there is none.
func tellingDay(c *sentCtx, ts []timex.Expression, inSent []int) int {
	toks := c.s.Toks
	return clauseVerbDay(c, ts, inSent, func(t token) bool { return t.Tag == "VBD" }, func(j int) bool {
		w := toks[j].Lower
		return w == "told" || w == "testified" || w == "briefed" || w == "said" || w == "wrote" && wroteTo(toks, j)
	})
}

// clauseVerbDay returns the first day-precise time of the sentence (an index into ts, one of
// inSent) whose nearest verb before it, within eight tokens (verb reads a token as one), tells
// (tells, given the verb's index) in the time's own clause with no finite verb between them, or
// -1: the day of tellingDay and hearingDay. A time inside a quotation the verb stands outside
// of is the quote's (quotedOnly: "said the group \"remains active today\""), not the telling's.
func clauseVerbDay(c *sentCtx, ts []timex.Expression, inSent []int, verb func(token) bool, tells func(int) bool) int {
	toks := c.s.Toks
	for _, ti := range inSent {
		if _, p := timex.Calendar(ts[ti].Value); p != "day" {
			continue
		}
		at := tokFrom(toks, ts[ti].Start)
		if at <= 0 {
			continue
		}
		for j := at - 1; j >= 0 && at-j <= 8; j-- {
			if !verb(toks[j]) {
				continue
			}
			if tells(j) && j < len(c.clause) && at < len(c.clause) && c.clause[j] == c.clause[at] && !finiteBetween(toks, j, at) && !quotedOnly(c, at, toks[j].Start) {
				return ti
			}
			break
		}
	}
	return -1
}

// wroteTo reports whether 'wrote' at i tells (is read as said): a preposition follows it
// ("wrote on X on Sunday", "wrote in a post on Monday", "wrote to the committee on Friday"),
// or the sentence opens with the quote it closes ("\"…,\" she wrote on Sunday"); not one who
// wrote a thing ("wrote the malware on Monday").
func wroteTo(toks []token, i int) bool {
	if i+1 < len(toks) {
		switch toks[i+1].Lower {
		case "on", "in", "to":
			return true
		}
	}
	return quoteOpens(toks)
}

// frontedOccasion returns the day (an index into ts) of an occasion of telling that opens the
// sentence as its setting, before the first comma ("In a statement on Wednesday evening, the
// company said …", "At a regular briefing on Thursday, a spokesperson called …", "At
// Wednesday's hearing, …"; possessiveOccasion), or -1: that occasion is where the reaction
// told in the sentence before was voiced ("X rejected the measures."), and the scene the
// tellings of the next sentence go on at.
func (x *Extractor) frontedOccasion(c *sentCtx, ts []timex.Expression, inSent []int) int {
	return x.frontedAt(c, ts, inSent, false)
}

// frontedRecord returns the time (an index into ts) of an occasion of telling that opens the
// sentence as frontedOccasion's does, at any precision ("In a letter to the district in 2019,
// its lawyers said …", "In a statement in March, …"), or -1: the occasion a stance told
// before in the perfect was voiced at (perfectReachesBack).
func (x *Extractor) frontedRecord(c *sentCtx, ts []timex.Expression, inSent []int) int {
	return x.frontedAt(c, ts, inSent, true)
}

// frontedAt returns the time (an index into ts) of the occasion that opens the sentence, as
// frontedOccasion reads it (a day only) or, with coarse, as frontedRecord does (any
// precision); -1 when there is none.
func (x *Extractor) frontedAt(c *sentCtx, ts []timex.Expression, inSent []int, coarse bool) int {
	toks := c.s.Toks
	if len(inSent) == 0 || len(toks) < 5 {
		return -1
	}
	if !occasionPrep[toks[0].Lower] {
		return -1
	}
	if ti := x.possessiveOccasion(c, ts, inSent); ti >= 0 {
		return ti // "At Wednesday's briefing, …"
	}
	if w := toks[1].Lower; w != "a" && w != "an" {
		return -1
	}
	ti := inSent[0]
	if _, p := timex.Calendar(ts[ti].Value); p != "day" && (!coarse || p == "") {
		return -1
	}
	noun := false
	for j := 2; j < len(toks) && j <= 12; j++ {
		t := toks[j]
		if t.Start >= ts[ti].Start {
			if !noun || !commaAfter(toks, j, ts[ti].End) {
				return -1
			}
			return ti
		}
		switch {
		case t.Text == "," || t.Tag == "VBD" && t.Lower != "posted" && t.Lower != "released" && t.Lower != "issued" && t.Lower != "held":
			return -1
		case !noun && j <= 5 && isNounTag(t.Tag) && x.cue.tokIs("occasion", &t):
			noun = true
		}
	}
	return -1
}

// possessiveNoun returns the index of the noun that the day-precise time ti of the sentence
// modifies as a possessive ("Wednesday's hearing", "Friday's news conference", "Monday's
// regular briefing": the day, "'s", at most possessiveReach modifiers and the noun), or -1: the
// occasion so named took place on that day, as "the hearing on Wednesday" did.
func possessiveNoun(toks []token, ts []timex.Expression, ti int) int {
	if _, p := timex.Calendar(ts[ti].Value); p != "day" {
		return -1
	}
	j := tokFrom(toks, ts[ti].End)
	for j >= 0 && j < len(toks) && toks[j].Start < ts[ti].End {
		j++ // the first token past the time
	}
	if j < 1 || j+1 >= len(toks) || toks[j].Tag != "POS" {
		return -1
	}
	for k := j + 1; k < len(toks) && k-j <= possessiveReach+1; k++ {
		t := toks[k].Tag
		if !isNounTag(t) && !strings.HasPrefix(t, "JJ") {
			break
		}
		if isNounTag(t) && (k+1 >= len(toks) || !isNounTag(toks[k+1].Tag)) {
			return k // the head: the last noun of the run ("news conference")
		}
	}
	return -1
}

// possessiveReach bounds how many modifiers may stand between a day's possessive and its noun
// ("Tuesday's closed-door Senate hearing").
const possessiveReach = 2

// possessiveOccasion returns the day (an index into ts) of an occasion of telling that opens the
// sentence with the day as its possessive ("At Wednesday's hearing of the committee, X said
// …", "During Monday's briefing, …", "In Tuesday's statement, …"; cue occasion or
// namedoccasion), closed by a comma with no finite verb before it, or -1: the sentence is
// told at that occasion, and the tellings of the next go on there, as after "At a hearing on
// Wednesday, …".
func (x *Extractor) possessiveOccasion(c *sentCtx, ts []timex.Expression, inSent []int) int {
	toks := c.s.Toks
	if len(inSent) == 0 || len(toks) < 5 || !occasionPrep[toks[0].Lower] || toks[1].Start != ts[inSent[0]].Start {
		return -1
	}
	h := possessiveNoun(toks, ts, inSent[0])
	if h < 0 || !x.cue.tokIs("occasion", &toks[h]) && !x.cue.tokIs("namedoccasion", &toks[h]) {
		return -1
	}
	for j := h + 1; j < len(toks) && j-h <= frontedParticipleReach; j++ {
		if toks[j].Text == "," {
			return inSent[0]
		}
		if isFiniteTag(toks[j].Tag) {
			break
		}
	}
	return -1
}

// actDay returns the day (an index into ts, one of the sentence's own times inSent) on which
// an official act of sentence k was done, told in the simple past with that day in its clause
// ("The council on Wednesday imposed sanctions on …", "X was charged on Friday with …"), or -1:
// an act of state is announced when it is done, so the reports told in the past in the next
// sentence ("The council said it had frozen …") are made on that day, by the act's agents
// (returned with it; nil when the act names none): another speaker's report is a reaction of
// no known day ("Police arrested X on Monday. The embassy denied …").
func actDay(toks []token, found []rawEvent, ts []timex.Expression, inSent []int) (int, []int) {
	for _, f := range found {
		if f.Type != schema.EventSanction && f.Type != schema.EventLegal || !f.asserted() || f.Trigger < 0 || f.Trigger >= len(toks) {
			continue
		}
		if !doneInPast(toks, f.Trigger) {
			continue
		}
		if dayIn(ts, inSent, f.TimeIdx) {
			return f.TimeIdx, f.Agent
		}
	}
	return -1, nil
}

// actorIDs returns the actor ids of entities es (indexes into ents; out-of-range ones skipped):
// two entities the article names alike ("The EU imposed …", "The Council of the EU said") are
// one actor.
func actorIDs(ents []entity, es []int) []string {
	var ids []string
	for _, e := range es {
		if e >= 0 && e < len(ents) {
			ids = append(ids, graph.ActorID(ents[e].Name))
		}
	}
	return ids
}

// frontedDay returns the day (an index into ts) that opens a sentence as its scene ("On
// Thursday, the foreign ministry summoned …", "Late on Friday, …"), or -1: the story has moved
// to that day, and the reports told in the past in the next sentence are made on it.
func frontedDay(c *sentCtx, ts []timex.Expression, inSent []int) int {
	toks := c.s.Toks
	if len(inSent) == 0 || len(toks) < 3 {
		return -1
	}
	ti := inSent[0]
	if _, p := timex.Calendar(ts[ti].Value); p != "day" {
		return -1
	}
	i := 0
	if w := toks[0].Lower; w == "late" || w == "early" {
		i = 1
	}
	if toks[i].Lower != "on" || toks[i+1].Start != ts[ti].Start || !commaAfter(toks, i+1, ts[ti].End) {
		return -1
	}
	return ti
}

// commaAfter reports whether the first token from j on that starts at or after the rune offset
// end (the end of a time expression) is a comma: the expression closes a fronted phrase.
func commaAfter(toks []token, j, end int) bool {
	for ; j < len(toks); j++ {
		if toks[j].Start >= end {
			return toks[j].Text == ","
		}
	}
	return false
}

// reportNounOpens reports whether a sentence opens with a definite noun for what was told
// ("The testimony, delivered in an open session, …", "The remarks …"): the text goes on
// about the same occasion, so the reports of the next sentence keep its day.
func reportNounOpens(toks []token) bool {
	if len(toks) < 2 || toks[0].Lower != "the" {
		return false
	}
	switch toks[1].Lower {
	case "testimony", "remarks", "briefing", "hearing", "session", "statement", "announcement", "comments":
		return true
	}
	return false
}

// sameOccasionAt returns the index of the first token of a phrase saying that what the sentence
// tells came on the day the story is at ("Moscow reacted within hours.", "hours later", "the
// same day", "later that day"), or -1: the reports of the next sentence are then made on that
// day too.
func sameOccasionAt(toks []token) int {
	for i := 1; i < len(toks); i++ {
		w, p := toks[i].Lower, toks[i-1].Lower
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].Lower
		}
		switch {
		case w == "hours" && p == "within" && next != "of":
			return i - 1
		case w == "later" && p == "hours":
			return i - 1
		case w == "day" && (p == "same" || p == "that") && !(i+1 < len(toks) && isNounTag(toks[i+1].Tag)):
			return i - 1
		}
	}
	return -1
}

// occasionPhraseAt returns the index of the first token of a phrase saying that what the
// sentence tells came at the occasion the story is at: one of sameOccasionAt's ("within
// hours", "the same day") or a preposition of time or place before the occasion named again
// with "the" ("said in a statement after the hearing", "told reporters at the briefing"; cue
// occasion, the prepositions occasionaround; named is then true), or -1.
func (x *Extractor) occasionPhraseAt(toks []token) (at int, named bool) {
	if at := sameOccasionAt(toks); at >= 0 {
		return at, false
	}
	for i := 2; i < len(toks); i++ {
		if toks[i-1].Lower != "the" || !x.cue.tokIs("occasion", &toks[i]) || !x.cue.tokIs("occasionaround", &toks[i-2]) {
			continue
		}
		if anotherOccasion(toks, i) {
			continue // "after the hearing of 12 May", "at the briefing on Monday", "after the hearing room": another or its own time
		}
		return i - 2, true
	}
	return -1, false
}

// anotherOccasion reports whether the occasion noun at i goes on with "of", "on" or a noun
// ("the hearing of 12 May", "the briefing on Monday", "the hearing room", "the statement's"):
// another occasion than the one named before, or one given its own time.
func anotherOccasion(toks []token, i int) bool {
	return i+1 < len(toks) && (toks[i+1].Lower == "of" || toks[i+1].Lower == "on" || isNounTag(toks[i+1].Tag))
}

// namedDay returns where a phrase of the sentence names again, with "the", an occasion the story
// gave a day before (o.named: "said in the statement", "In a statement after the verdict, …",
// "in a statement issued after the indictment was unsealed", "After the classified session,
// …", "told reporters at the news conference", "told the press briefing"; a preposition of
// occasionaround or "in" before it, or "told" before one held for the press (toldOccasion), an
// adjective or two, or the press word of its compound name (pressWord), after "the") and
// that day (an index into the event times), or -1s: a telling at or after that occasion took
// place on its day.
func (x *Extractor) namedDay(toks []token, o *occasion) (at, day int) {
	for i := 2; i < len(toks); i++ {
		d, ok := o.named[toks[i].Lower]
		if !ok || !x.occasionNounAt(toks, i) {
			continue
		}
		the := i - 1 // past an adjective or two: "after the classified session"
		for the > 0 && i-the <= 2 && (toks[the].Tag == "JJ" || toks[the].Tag == "VBN" || pressWord[toks[the].Lower]) {
			the-- // or the first word of its compound name: "at the news conference"
		}
		if the < 1 || toks[the].Lower != "the" || !(toks[the-1].Lower == "in" || toks[the-1].Lower == "on" || x.cue.tokIs("occasionaround", &toks[the-1]) || toldOccasion(toks, the-1, i)) {
			continue
		}
		if anotherOccasion(toks, i) {
			continue // "after the hearing of 12 May", "in the statement's", "after the hearing room": another
		}
		if countedOn(toks, the-1) {
			continue // "days after the verdict": a later day than the occasion's (spanAfter)
		}
		return the - 1, d
	}
	return -1, -1
}

// documentGoesOn returns the day (an index into the event times) of the occasion noun that
// is the subject of sentence k-1 ("The advisory published on Wednesday was signed by …", "The
// letter, sent on May 2, …"; cues occasion and namedoccasion, given its day there: o.named)
// when sentence k opens with "It" and its verb, or -1: the document goes on telling ("It
// warned operators that …") on the day it was issued.
func (x *Extractor) documentGoesOn(sents []sentence, k int, o *occasion) int {
	if k < 1 || len(sents[k].Toks) < 2 || sents[k].Toks[0].Lower != "it" {
		return -1
	}
	prev := sents[k-1].Toks
	if len(prev) < 3 || prev[0].Lower != "the" {
		return -1
	}
	for i := 1; i < len(prev) && i <= 3; i++ {
		t := prev[i]
		if d, ok := o.named[t.Lower]; ok && x.occasionNounAt(prev, i) {
			if i+1 < len(prev) && (isNounTag(prev[i+1].Tag) || prev[i+1].Tag == "POS") {
				return -1 // "The statement's", "The hearing room"
			}
			return d
		}
		if tg := t.Tag; tg != "JJ" && tg != "VBN" && !isNounTag(tg) {
			return -1
		}
	}
	return -1
}

// pressWord holds the words that open the compound name of an occasion of telling held for the
// press ("news conference", "press briefing"): "the news conference" names again "a news
// conference on Tuesday".
var pressWord = map[string]bool{"news": true, "press": true}

// toldOccasion reports whether "told" at v has for its hearer the occasion named at i, held for
// the press ("told the news conference", "told the press briefing"; pressWord before it): those
// there are told.
func toldOccasion(toks []token, v, i int) bool {
	return toks[v].Lower == "told" && i >= 1 && pressWord[toks[i-1].Lower]
}

// occasionNounAt reports whether the token at i is a noun of an occasion of telling (cues
// occasion and namedoccasion), or one the tagger read as an adjective with no noun after it
// ("The advisory/JJ published on Wednesday", but not "the advisory board").
func (x *Extractor) occasionNounAt(toks []token, i int) bool {
	t := toks[i]
	if !x.cue.tokIs("occasion", &t) && !x.cue.tokIs("namedoccasion", &t) {
		return false
	}
	if isNounTag(t.Tag) {
		return true
	}
	return t.Tag == "JJ" && (i+1 == len(toks) || !isNounTag(toks[i+1].Tag) && toks[i+1].Tag != "JJ")
}

// nameOccasions records in o.named the day a sentence gives every occasion noun it names ("On
// Tuesday, the commission said in a statement …", "The department on Monday unsealed an
// indictment …"), when all its times outside a clause a saying reports (reportedDay) name that one day; a verdict told on a day (cue
// verdictlemma: "convicted X on Thursday") names "verdict" whatever other times its sentence
// has, as does a sentence of that one day with a verb of verdict (cue verdictverb: "A court on
// Wednesday convicted a former clerk …", when no event is found for it). A sentence naming one
// with another time, or none, leaves it as it was.
func (x *Extractor) nameOccasions(o *occasion, toks []token, found []rawEvent, ts []timex.Expression, inSent []int, isoOf func(int) string) {
	for _, f := range found {
		if len(isoOf(f.TimeIdx)) == dayValue && x.cue.is("verdictlemma", f.Lemma) && f.asserted() {
			o.named["verdict"] = f.TimeIdx
		}
	}
	day := -1
	for _, ti := range inSent {
		if ti >= 0 && ti < len(ts) && x.reportedDay(toks, tokFrom(toks, ts[ti].Start)) {
			continue // "In a filing on Tuesday, X said it had detected the breach on May 3": what is told, not the occasion's day
		}
		if len(isoOf(ti)) != dayValue || day >= 0 && isoOf(day) != isoOf(ti) {
			return
		}
		day = ti
	}
	if day < 0 {
		return
	}
	for i, t := range toks {
		if x.occasionNounAt(toks, i) {
			o.named[t.Lower] = day
		}
		if x.cue.tokIs("verdictverb", &toks[i]) && (t.Tag == "VBD" || t.Tag == "VBN") {
			o.named["verdict"] = day // "A court on Wednesday convicted a former clerk …"
		}
	}
}

// quotedTelling reports whether a sentence opens with a quote and goes on, after it, with a
// verb of saying in the simple past ("\"…,\" Whitford told senators."): what the quote holds is
// told on that occasion.
func quotedTelling(toks []token) bool {
	if !quoteOpens(toks) {
		return false
	}
	closed := false
	for j := 1; j < len(toks); j++ {
		if quoteOpens(toks[j : j+1]) {
			closed = true
			continue
		}
		if closed && toks[j].Tag == "VBD" && quoteVerb[toks[j].Lower] {
			return true
		}
	}
	return false
}

// quoteVerb holds the past forms that tell a quote ("\"…,\" he said", "she wrote"):
// quotedTelling and pronounTeller read the same ones.
var quoteVerb = map[string]bool{"said": true, "told": true, "wrote": true, "added": true}

// quoteOnly reports whether a sentence is all quotation: it opens with a quotation mark that
// no mark after it closes ("\"We do not spy on anyone." before "\"We obey the law,\" X said.").
func quoteOnly(toks []token) bool {
	if !quoteOpens(toks) {
		return false
	}
	for _, t := range toks[1:] {
		if strings.ContainsAny(t.Text, "\"“”") || t.Text == "''" || t.Text == "``" {
			return false
		}
	}
	return true
}

// carry moves the occasion of the sentence before, and each speaker's of it, on over sentence
// k, a quotation of no day that goes on with what was told there.
func (o *occasion) carry(k int) {
	if o.sent == k-1 {
		o.sent = k
	}
	for e, s := range o.speakers {
		if s.sent == k-1 {
			o.speakers[e] = spoken{s.day, k}
		}
	}
}

// quoteClosedAt reports whether sentence k, no quote mark opening it, closes a quote that
// sentence k-1 of its paragraph opened and did not close ("\"Diplomats meet people. That is
// their job,\" she told reporters on Friday."): the quote opened in k-1.
func quoteClosedAt(sents []sentence, k int) bool {
	if k < 1 || k >= len(sents) || quoteOpens(sents[k].Toks) || !quoteOnly(sents[k-1].Toks) || sents[k-1].Para != sents[k].Para {
		return false
	}
	return slices.ContainsFunc(sents[k].Toks, func(t token) bool { return strings.ContainsAny(t.Text, "\"“”") || t.Text == "''" })
}

// pastTense reports whether the verb at i is in the simple past.
func pastTense(toks []token, i int) bool { return toks[i].Tag == "VBD" }

// quoteOpens reports whether a sentence opens with a quotation mark.
func quoteOpens(toks []token) bool {
	return len(toks) > 0 && strings.ContainsAny(toks[0].Text, "\"“”``''")
}

// speakerDay reads a sentence that opens with its subject's name (after its title, if any) and
// a verb in the simple past and holds one time, a day ("Minister Lena Okafor defended the law
// on Friday"), outside quotation marks (a day quoted is the quote's: "X said the group \"is
// active today\""): it returns the subject's entity and the time, or -1s.
func speakerDay(c *sentCtx, ts []timex.Expression, inSent []int) (int, int) {
	toks := c.s.Toks
	if len(inSent) != 1 || len(c.ms) == 0 || c.quotedAt(ts[inSent[0]].Start) {
		return -1, -1
	}
	if _, p := timex.Calendar(ts[inSent[0]].Value); p != "day" {
		return -1, -1
	}
	m := c.ms[0]
	if m.Entity < 0 || m.Possessive || m.Last >= len(toks) || toks[m.Last].Tag != "VBD" {
		return -1, -1
	}
	for j := 0; j < m.First; j++ {
		if !isCap(toks[j].Text) {
			return -1, -1 // only a title may stand before the name: "Interior Minister Lena Okafor"
		}
	}
	return m.Entity, inSent[0]
}

// tellingDated reports whether ev is an asserted act of telling (telling) with a time of its
// own, and no finding ("said it first detected the flaw on May 2" is no day its finder spoke
// on).
func tellingDated(toks []token, ev rawEvent) bool {
	return ev.TimeIdx >= 0 && telling(toks, ev) && !discovery[ev.Lemma]
}

// telling reports whether ev is an asserted act of telling: a report, an accusation or a warning
// told with a verb in the simple past ("warned on Tuesday that …").
func telling(toks []token, ev rawEvent) bool {
	if !ev.asserted() || ev.Trigger < 0 || ev.Trigger >= len(toks) {
		return false
	}
	switch {
	case isReporting(ev), ev.Type == schema.EventAccusation:
		return true
	case ev.Type == schema.EventWarning:
		return toks[ev.Trigger].Tag == "VBD"
	}
	return false
}

// ownTellings dates the undated reports and warnings that the speaker of a verb of telling
// dated to a day says it made itself, in the clause that verb reports ("X said on Monday that
// the organisation had notified Y and Z", "X said on Wednesday that it had detected … and had
// informed the affected agencies"): telling what one has done about an incident is news of that
// day. Only when the reported clause gives no time of its own, not even one relative to another
// ("told lawmakers on Thursday that his officers had warned Y two weeks before it began"), and
// the event's doer is one the sentence names before the verb of telling. ti is the sentence's
// tellingDay.
func (x *Extractor) ownTellings(c *sentCtx, found []rawEvent, ts []timex.Expression, inSent []int, ti int) {
	if ti < 0 || inSent[len(inSent)-1] != ti {
		return
	}
	toks := c.s.Toks
	at := tokFrom(toks, ts[ti].End) // the first token after the day
	if at < 1 || at >= len(c.clause) {
		return
	}
	for _, t := range toks[at:] {
		if x.cue.tokIs("relativeword", &t) {
			return // "had warned Y two weeks before it began": a time of the reported clause's own
		}
	}
	for f := range found {
		e := &found[f]
		if e.TimeIdx >= 0 || !e.asserted() || e.Type != schema.EventReport && e.Type != schema.EventWarning {
			continue
		}
		if e.Trigger <= at || e.Trigger >= len(toks) || c.clause[e.Trigger] == c.clause[at-1] {
			continue
		}
		for _, m := range c.ms {
			if m.Last <= at && m.Entity >= 0 && !m.Possessive && contains(e.Agent, m.Entity) {
				e.TimeIdx = ti
				break
			}
		}
	}
}

// tokFrom returns the index of the first token of toks that starts at rune offset off or after
// it, or -1.
func tokFrom(toks []token, off int) int {
	for j, t := range toks {
		if t.Start >= off {
			return j
		}
	}
	return -1
}

// speakerGoesOn returns the day (an index into the event times) that the undated telling found[f]
// in the simple past takes from a telling dated to a day by the same speaker earlier in its
// sentence ("Senator X warned on Tuesday that …, and she accused the administration of …"), or
// -1: one speaker's words in one sentence are of one occasion. An accusation that the telling
// reports (its source is the teller: "X said her agency had traced the attack to Y") is made
// by that telling, whatever its tense.
func speakerGoesOn(toks []token, found []rawEvent, f int, isoOf func(int) string) int {
	ev := found[f]
	if ev.TimeIdx >= 0 || !telling(toks, ev) || ev.Type == schema.EventWarning {
		return -1
	}
	told := ev.Type == schema.EventAccusation && len(ev.Source) > 0 // "X said her agency had traced the attack to Y"
	if toks[ev.Trigger].Tag != "VBD" && !told {
		return -1
	}
	for _, o := range found {
		if len(isoOf(o.TimeIdx)) == dayValue && o.Trigger < ev.Trigger && telling(toks, o) && (overlaps(o.Agent, ev.Agent) || told && overlaps(o.Agent, ev.Source)) {
			return o.TimeIdx
		}
	}
	return -1
}

// sameDayAnswer returns the day (an index into the event times) of the occasion of telling the
// sentence before set (o), which an asserted telling dated "the same day" or "that day" takes
// when the time tagger read that phrase to a coarser time, or -1: "Police said on Thursday that
// the attack last month … The company denied the same day that …" answers on Thursday, the
// day the story is at, not on a day of the month named in passing.
func sameDayAnswer(toks []token, ev rawEvent, ts []timex.Expression, o *occasion, k int, isoOf func(int) string) int {
	if ev.TimeIdx < 0 || ev.TimeIdx >= len(ts) || !ev.asserted() || !telling(toks, ev) {
		return -1
	}
	if w := strings.ToLower(ts[ev.TimeIdx].Text); !strings.HasSuffix(w, "same day") && w != "that day" {
		return -1
	}
	if len(isoOf(ev.TimeIdx)) == dayValue || o.sent != k-1 || !o.told || o.day < 0 || len(isoOf(o.day)) != dayValue {
		return -1
	}
	return o.day
}

// pronounGoesOn returns the time (an index into the event times) that an undated telling in
// the simple past whose subject is "he" or "she" (pronounSpeaker), in a sentence with no
// time of its own, takes from a telling by the same speaker dated in the sentence before it in
// its paragraph (told, by speaker), or -1: "X said in an interview last month that …. She
// rejected a report that …" goes on at that interview, whatever the precision of its time. A
// later or past adverb beside the verb ("She later denied …") ends it.
func (x *Extractor) pronounGoesOn(toks []token, ev rawEvent, told map[int]int) int {
	if len(told) == 0 || !undatedTelling(toks, ev) || !pronounSpeaker(toks, ev.Trigger) {
		return -1
	}
	if x.toldLater(toks, ev.Trigger) || x.pastBeside(toks, ev.Trigger) || timeOfDeed(toks, ev.Trigger) {
		return -1
	}
	for _, a := range ev.Agent {
		if ti, ok := told[a]; ok {
			return ti
		}
	}
	return -1
}

// pronounSpeaker reports whether the verb of telling at v has "he" or "she" for its subject,
// opening its sentence ("She rejected …", "He also denied …") or set off by a comma after what
// it tells ("The risk was small, she said."). After a closing quote it is left alone (measured:
// taking it there lowered a longform set).
func pronounSpeaker(toks []token, v int) bool {
	if v < 1 || v >= len(toks) {
		return false
	}
	p := v - 1
	if v == 2 && toks[1].Tag == "RB" {
		p = 0
	}
	if w := toks[p].Lower; w != "she" && w != "he" {
		return false
	}
	return p == 0 || toks[p-1].Text == ","
}

// undatedTelling reports whether ev is an undated, asserted report, statement, denial or
// accusation told in the simple past (or by the "Testifying" that opens its sentence), which
// testimonyDay may place at the occasion the story is at.
func undatedTelling(toks []token, ev rawEvent) bool {
	if ev.TimeIdx >= 0 || !ev.asserted() || ev.Trigger < 0 || ev.Trigger >= len(toks) || toks[ev.Trigger].Tag != "VBD" && !(ev.Trigger == 0 && toks[0].Lower == "testifying") {
		return false
	}
	return isReporting(ev) || ev.Type == schema.EventAccusation
}

// undatedTestimony reports whether ev is a telling testimonyDay may place at the occasion the
// story is at: an undated telling (undatedTelling), or an undated warning told in the same way
// ("X told the committee that the warning was given early").
func undatedTestimony(toks []token, ev rawEvent) bool {
	if ev.Type == schema.EventWarning {
		ev.Type = schema.EventStatement
	}
	return undatedTelling(toks, ev)
}

// reportedBetween reports whether a reported or relative clause opens between the verb at v and
// the token at i (a finite verb, a modal, "that", a wh-word, a quotation mark): a phrase after
// it tells where what is reported happened.
func reportedBetween(toks []token, v, i int) bool {
	for k := v + 1; k < i && k < len(toks); k++ {
		switch t := toks[k]; {
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD", t.Lower == "that", strings.HasPrefix(t.Tag, "W"), quoteOpens(toks[k : k+1]):
			return true
		}
	}
	return false
}

// onlyReportedTimes reports whether every time of the sentence (inSent) stands in a clause the
// telling at v reports ("testified that ASIO had warned them in late April"): none is the
// telling's own.
func onlyReportedTimes(toks []token, v int, ts []timex.Expression, inSent []int) bool {
	for _, ti := range inSent {
		at := tokFrom(toks, ts[ti].Start)
		if at <= v || !reportedBetween(toks, v, at) {
			return false
		}
	}
	return true
}

// testimonyDay returns the day (an index into the event times) that the testimony whose verb
// is at v takes from the occasion the story is at (o, any number of sentences back), or -1: "X
// testified that …", "Testifying before the committee, X said …" is told at the hearing, when a
// telling set the occasion, not a verdict or another act (testimony at a trial comes before its
// verdict); "X told the committee …" is told on the day of the last hearing told of with its day
// (o.hearing); a past adverb beside the verb ("X previously testified …") puts it at another
// time.
func (x *Extractor) testimonyDay(toks []token, v int, o *occasion) int {
	if v < 0 || v >= len(toks) || !x.testimonyVerb(toks, v) || x.pastBeside(toks, v) {
		return -1
	}
	if toks[v].Lower == "told" {
		return o.hearing.day // "X told the committee …": the day of the hearing told of before, not of another occasion
	}
	if !o.told {
		return -1
	}
	return o.day
}

// testimonyVerb reports whether the token at v tells testimony given: "testified",
// "Testifying" opening the sentence as a phrase set before the speaker ("Testifying before the
// committee, X said …"), or "told" with the body that hears it right after it ("told the
// committee", "told senators"; hearerNext), not a body named anew ("X told the Joint Security
// Committee …"), which may sit on another day.
func (x *Extractor) testimonyVerb(toks []token, v int) bool {
	switch toks[v].Lower {
	case "testified":
		return true
	case "testifying":
		return v == 0
	case "told":
		return x.hearerNext(toks, v+1)
	}
	return false
}

// hearerNext reports whether a hearer of testimony (cue testimonyhearer), after an optional
// "the", stands at j: "the committee", "senators".
func (x *Extractor) hearerNext(toks []token, j int) bool {
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	return j < len(toks) && x.cue.tokIs("testimonyhearer", &toks[j])
}

// attributedBy reports whether a verb of saying not dated as f closes the sentence of the report f
// with its speaker ("…, the regulator said."), a speaker who is no party of f: "X disclosed
// the breach only on April 22, the regulator said." tells what the regulator said on a day
// the text does not give, so April 22 is no occasion at which the next sentence is told.
func attributedBy(toks []token, found []rawEvent, f rawEvent) bool {
	for _, g := range found {
		if g.Trigger <= f.Trigger || g.Trigger >= len(toks) || g.TimeIdx == f.TimeIdx || g.Type != schema.EventStatement || speakerOpens(toks, g.Trigger) < 0 {
			continue
		}
		if !shareParty(f, g) {
			return true
		}
	}
	return false
}

// saidToHave reports whether a report or warning f is a past deed of telling that a verb of
// saying in the simple past before it reports, with the deed's own day after its verb ("The
// bank said it reported the breach to the police on September 24."): the saying is told on an
// occasion the text does not give, and the deed's day is a step back in the story, no occasion
// at which the next sentence is told nor a day its teller spoke on (reportedDay). A telling
// that took the saying's day ("said on Monday it had alerted police") keeps it.
func (x *Extractor) saidToHave(toks []token, ts []timex.Expression, f rawEvent) bool {
	if f.Type != schema.EventReport && f.Type != schema.EventWarning || f.TimeIdx < 0 || f.TimeIdx >= len(ts) || f.Trigger < 0 || f.Trigger >= len(toks) || ts[f.TimeIdx].Start < toks[f.Trigger].End {
		return false
	}
	return x.reportedDay(toks, tokFrom(toks, ts[f.TimeIdx].Start))
}

// hearingDay returns the day-precise time (an index into ts) of a hearing before lawmakers that
// the sentence tells in the clause of its verb (clauseVerbDay), or -1: testimony given on a day
// ("testified on Tuesday"), a telling to lawmakers or their committee ("told MPs on Thursday",
// "told a Senate committee on Wednesday", "briefed the intelligence committee on Monday";
// toLawmakers) or lawmakers hearing it ("MPs heard on Thursday", whatever the tag of "heard"),
// an appearance before them an -ing adjunct tells ("Appearing before the committee on
// Friday, …"; appearanceDay), or a hearing of theirs told held on a day ("The committee held
// a hearing on Wednesday."; hearingHeldDay).
func (x *Extractor) hearingDay(c *sentCtx, ts []timex.Expression, inSent []int) int {
	if ti := x.appearanceDay(c, ts, inSent); ti >= 0 {
		return ti // "Appearing before the committee on Friday, X said …"
	}
	if ti := x.hearingHeldDay(c, ts, inSent); ti >= 0 {
		return ti // "The committee held its first hearing on the bill on Wednesday."
	}
	toks := c.s.Toks
	verb := func(t token) bool { return t.Tag == "VBD" || t.Lower == "heard" } // the tagger reads "MPs heard" as nouns too
	return clauseVerbDay(c, ts, inSent, verb, func(j int) bool {
		switch toks[j].Lower {
		case "testified":
			return true
		case "told", "briefed":
			return x.toLawmakers(toks, j)
		case "heard":
			return j > 0 && x.lawmakersWord(toks[j-1].Lower)
		}
		return false
	})
}

// appearanceDay returns the day-precise time (an index into ts) of an appearance before
// lawmakers that an -ing adjunct of the sentence tells ("Appearing before the Senate
// intelligence committee on Tuesday, X said …", "Testifying to MPs on Monday, …", "giving
// evidence to the committee on Friday"; cue appearanceverb), or -1: the time follows the
// adjunct's verb with no comma or finite verb between them (dayMarked), and a word for
// lawmakers or their committee stands between the verb and the time (lawmakersNamed; a court is
// none).
func (x *Extractor) appearanceDay(c *sentCtx, ts []timex.Expression, inSent []int) int {
	toks := c.s.Toks
	return dayMarked(toks, ts, inSent, 2*hearingReach, func(j, at int) bool {
		return x.appearing(toks, j) && x.lawmakersNamed(toks, j, at)
	})
}

// hearingHeldDay returns the day-precise time (an index into ts) of a hearing before lawmakers
// the sentence tells was held ("The committee held its first hearing on the bill on
// Wednesday.", "At a Senate hearing on Tuesday, …", "during a congressional hearing on
// Monday", "At Wednesday's hearing of the committee, …"), or -1: the noun "hearing" stands
// before the time with no comma or finite verb between them (dayMarked), or after it as the
// noun its possessive modifies (possessiveNoun), any finite verb before the noun is a simple
// past (a hearing to be held is no occasion yet), and lawmakers or their committee are named
// in the sentence or before the noun ("a congressional hearing"; cue legislaturemod).
func (x *Extractor) hearingHeldDay(c *sentCtx, ts []timex.Expression, inSent []int) int {
	toks := c.s.Toks
	held := func(h int) bool {
		return toks[h].Lower == "hearing" && isNounTag(toks[h].Tag) && pastOrNoVerb(toks, h) && x.lawmakersHeard(toks, h)
	}
	for _, ti := range inSent {
		if h := possessiveNoun(toks, ts, ti); h >= 0 && held(h) {
			return ti // "At Wednesday's hearing of the Senate committee, …"
		}
	}
	return dayMarked(toks, ts, inSent, hearingReach, func(h, _ int) bool { return held(h) })
}

// dayMarked returns the first day-precise time of the sentence (an index into ts) that a token
// before it marks (marks, given the token's index and the time's), within reach tokens of the
// time and with no comma or finite verb between them, or -1: the walk of appearanceDay and
// hearingHeldDay.
func dayMarked(toks []token, ts []timex.Expression, inSent []int, reach int, marks func(j, at int) bool) int {
	for _, ti := range inSent {
		if _, p := timex.Calendar(ts[ti].Value); p != "day" {
			continue
		}
		at := tokFrom(toks, ts[ti].Start)
		for j := at - 1; j >= 0 && at-j <= reach; j-- {
			if toks[j].Text == "," || isFiniteTag(toks[j].Tag) {
				break
			}
			if marks(j, at) {
				return ti
			}
		}
	}
	return -1
}

// pastOrNoVerb reports whether every finite verb before token h is a simple past (none at all
// in a fronted phrase: "At a hearing on Tuesday, …").
func pastOrNoVerb(toks []token, h int) bool {
	for j := 0; j < h; j++ {
		if isFiniteTag(toks[j].Tag) && toks[j].Tag != "VBD" {
			return false
		}
	}
	return true
}

// lawmakersHeard reports whether the hearing noun at h is one before lawmakers: a word before
// it makes it theirs ("a congressional hearing", "a Senate hearing"; cue legislaturemod), or
// the sentence names lawmakers or their committee (lawmakersNamed; a court is none).
func (x *Extractor) lawmakersHeard(toks []token, h int) bool {
	return h > 0 && x.cue.tokIs("legislaturemod", &toks[h-1]) || x.lawmakersNamed(toks, 0, len(toks))
}

// lawmakersNamed reports whether a noun among the tokens from i up to j names lawmakers or a
// body of them (lawmakersWord).
func (x *Extractor) lawmakersNamed(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if isNounTag(toks[k].Tag) && x.lawmakersWord(toks[k].Lower) {
			return true
		}
	}
	return false
}

// appearing reports whether the token at j is an -ing verb of appearing before a body
// ("appearing", "testifying"; cue appearanceverb) or "giving" evidence or testimony to one
// (cue testimonygiven).
func (x *Extractor) appearing(toks []token, j int) bool {
	w := toks[j].Lower
	if x.cue.is("appearanceverb", w) {
		return true
	}
	return w == "giving" && j+1 < len(toks) && x.cue.tokIs("testimonygiven", &toks[j+1])
}

// hearingReach bounds how many tokens the noun phrase a verb of telling takes as its object may
// run to the word for lawmakers ("told the House of Commons public safety committee").
const hearingReach = 8

// toLawmakers reports whether the verb of telling at v takes lawmakers or a body of them as its
// object ("told MPs", "told senators", "told the Commons government operations committee",
// "briefed a Senate committee"; cues legislators and testimonybody, a committee word; a court
// aside), or their investigators or a panel of theirs ("told House investigators", "told a
// Senate panel"; cue legislaturemod: a panel alone may be of experts).
func (x *Extractor) toLawmakers(toks []token, v int) bool {
	for k := v + 1; k < len(toks) && k-v <= hearingReach; k++ {
		t := toks[k]
		if isNounTag(t.Tag) && x.lawmakersWord(t.Lower) {
			return true
		}
		if (t.Lower == "investigators" || t.Lower == "panel") && k > v+1 && x.cue.tokIs("legislaturemod", &toks[k-1]) {
			return true // "told House investigators", "told congressional investigators", "told a Senate panel"
		}
		if tg := t.Tag; tg != "DT" && tg != "JJ" && tg != "POS" && !isNounTag(tg) && t.Lower != "of" {
			return false
		}
	}
	return false
}

// lawmakersWord reports whether w names lawmakers or a body of them: "MPs", "senators", "the
// committee", "the Senate", "Parliament" (cues legislators and testimonybody, less courts).
func (x *Extractor) lawmakersWord(w string) bool {
	if x.cue.is("legislators", w) || isCommitteeWord(w) {
		return true
	}
	return x.cue.is("testimonybody", w) && w != "court" && w != "tribunal"
}

// hearingGoesOn returns the day of the hearing the story is at (o.hearing, hearingDay) that an
// undated, asserted telling in the simple past (or joined to one: pastConjunct, pastAdjunct)
// takes when its sentence gives it no time of its own (othersTimes) and it is told there: to
// lawmakers or their committee ("Ms Lind told the committee that …", "X testified that …"; a
// warning so told too), or an accusation or denial by a lawmaker ("Senator Jo Park accused the
// agency of …"; lawmakerSpeaks: what a lawmaker merely says is as often a plan or a word from
// elsewhere), or -1. An adverb of another time beside the verb ("previously told", "later
// said") or "at the time" puts it elsewhere.
func (x *Extractor) hearingGoesOn(toks []token, ents []entity, ev rawEvent, o *occasion, ts []timex.Expression, inSent []int) int {
	if o.hearing.day < 0 || ev.TimeIdx >= 0 || !ev.asserted() || ev.Trigger < 0 || ev.Trigger >= len(toks) {
		return -1
	}
	v := ev.Trigger
	if toks[v].Tag != "VBD" && !pastConjunct(toks, v) && !pastAdjunct(toks, v) {
		return -1
	}
	told := toks[v].Lower == "testified" || x.toLawmakers(toks, v)
	if !(isReporting(ev) || ev.Type == schema.EventAccusation || told && ev.Type == schema.EventWarning) {
		return -1
	}
	if !told && !((ev.Type == schema.EventAccusation || ev.Type == schema.EventDenial) && x.lawmakerSpeaks(ents, ev)) {
		return -1
	}
	if x.pastBeside(toks, v) || x.toldLater(toks, v) || atTheTime(toks) || !othersTimes(toks, ev, ts, inSent) {
		return -1
	}
	return o.hearing.day
}

// othersTimes reports whether every time of the sentence (inSent) stands in a clause the telling
// ev reports (onlyReportedTimes: "testified that the agency had warned them in April") or, for
// an accusation, dates the deed it charges ("accusing X of misleading parliament in June";
// accusedOfDoing): none is the telling's own.
func othersTimes(toks []token, ev rawEvent, ts []timex.Expression, inSent []int) bool {
	v := ev.Trigger
	for _, ti := range inSent {
		at := tokFrom(toks, ts[ti].Start)
		if at <= v || !reportedBetween(toks, v, at) && !(ev.Type == schema.EventAccusation && accusedOfDoing(toks, v, at)) {
			return false
		}
	}
	return true
}

// pastAdjunct reports whether the -ing verb at v opens, after a comma, an adjunct of a clause
// whose first verb is a simple past ("Senator X went further, accusing Y of …"): it tells of
// that clause's time.
func pastAdjunct(toks []token, v int) bool {
	if v < 2 || v >= len(toks) || toks[v].Tag != "VBG" || toks[v-1].Text != "," {
		return false
	}
	for j := 0; j < v-1; j++ {
		if isVerbTag(toks[j].Tag) || toks[j].Tag == "MD" {
			return toks[j].Tag == "VBD" && !isBeHave(toks[j].Lower)
		}
	}
	return false
}

// lawmakerSpeaks reports whether an agent of ev is a person given a lawmaker's title
// ("Senator", "MP", "Rep."; cue legislatortitle).
func (x *Extractor) lawmakerSpeaks(ents []entity, ev rawEvent) bool {
	for _, a := range ev.Agent {
		if a < 0 || a >= len(ents) || ents[a].Kind != schema.KindPerson {
			continue
		}
		for _, t := range strings.Fields(ents[a].Titles) {
			if x.cue.is("legislatortitle", t) {
				return true
			}
		}
	}
	return false
}

// atTheTime reports whether the sentence holds "at the time" or "at that time": what it tells
// was told then, not at the occasion the story is at.
func atTheTime(toks []token) bool {
	for i := 0; i+2 < len(toks); i++ {
		if atTheTimeAt(toks, i) {
			return true
		}
	}
	return false
}

// atTheTimeIndex returns the index of the first token of the first "at the time" or "at that
// time" in toks, or -1.
func atTheTimeIndex(toks []token) int {
	for i := 0; i+2 < len(toks); i++ {
		if atTheTimeAt(toks, i) {
			return i
		}
	}
	return -1
}

// thenTold reports whether a time text is "at the time" or "at that time": a telling dated so
// took the time the story last gave ("X said at the time that …") and sets no occasion of its own.
func thenTold(text string) bool {
	return strings.EqualFold(text, "at the time") || strings.EqualFold(text, "at that time")
}

// atTheTimeAt reports whether "at the time" or "at that time" opens at the token i.
func atTheTimeAt(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i].Lower == "at" && (toks[i+1].Lower == "the" || toks[i+1].Lower == "that") && toks[i+2].Lower == "time"
}

// ownTime reports whether the sentence has a time of its own outside quotation marks: a time
// a quote holds ("\"Files taken today are a map tomorrow,\" he said") tells what the speaker
// said, not when.
func (c *sentCtx) ownTime(ts []timex.Expression, inSent []int) bool {
	return slices.ContainsFunc(inSent, func(ti int) bool { return !c.quotedAt(ts[ti].Start) })
}

// hoursFromDeed reports whether the words that dated an event count hours from a deed ("within
// hours of the attack", "hours after the breach"; hoursAfter): a claim so timed tells when it
// came in the deed's story, no occasion of telling the next sentences go on at.
func hoursFromDeed(words string) bool {
	f := strings.Fields(strings.ToLower(words))
	for i := 0; i+1 < len(f); i++ {
		if (f[i] == "hours" || f[i] == "minutes") && (f[i+1] == "after" || f[i+1] == "of") {
			return true
		}
	}
	return false
}

// dayNamedLast returns the latest day (ISO) a time expression before rune offset before names, ""
// for none.
func dayNamedLast(ts []timex.Expression, before int, isoOf func(int) string) string {
	latest := ""
	for ti := range ts {
		if ts[ti].Start < 0 || ts[ti].Start >= before {
			continue
		}
		if d := isoOf(ti); len(d) == dayValue && d > latest {
			latest = d
		}
	}
	return latest
}

// newAccuserAcross reports whether ev is an accusation voiced with a quote that opens a
// paragraph ("¶ \"…,\" Senator X said, accusing the firm of …") by a speaker who told nothing
// at the occasion the paragraph before set and took no part in its act of state, when that
// occasion recalled a day before the latest day the story named earlier (latest, ISO; "On May
// 14, the firm confirmed …" in a story of a hearing on June 5): the story has come back from
// what it recalled, and the quote is no reaction voiced that day.
func newAccuserAcross(sents []sentence, ents []entity, ev rawEvent, o *occasion, k int, isoOf func(int) string, latest string) bool {
	if ev.Type != schema.EventAccusation || k < 1 || o.sent != k-1 || sents[k].Para == sents[k-1].Para || len(ev.Agent) == 0 || !quotedTelling(sents[k].Toks) {
		return false
	}
	if day := isoOf(o.day); len(latest) != len(day) || latest <= day {
		return false // the story named no later day before it recalled this one
	}
	for _, a := range ev.Agent {
		if s, ok := o.speakers[a]; ok && s.sent == o.sent {
			return false
		}
	}
	return !slices.ContainsFunc(actorIDs(ents, ev.Agent), func(id string) bool { return slices.Contains(o.actors, id) })
}

// warnedAcross reports whether the undated telling ev opens a new paragraph after a sentence in
// which its speaker only warned or notified someone (a warning, no report or accusation of
// theirs) on a day before the latest day the story named earlier (latest, ISO):
// a notice given in the story's past is no public occasion, and the story has come back to its
// own day ("Senators on Wednesday questioned X. … The company notified the agency on Dec. 2. ¶
// Its chief executive rejected the suggestion …").
func warnedAcross(sents []sentence, evs []rawEvent, ev rawEvent, o *occasion, k int, isoOf func(int) string, latest string) bool {
	if k < 1 || k >= len(sents) || sents[k].Para == sents[k-1].Para || len(latest) != dayValue {
		return false
	}
	day := o.spokeBefore(ev.Agent, k)
	if d := isoOf(day); day < 0 || len(d) != dayValue || d >= latest {
		return false
	}
	warned := false
	for _, e := range evs {
		if e.Sent != k-1 || e.TimeIdx != day || !slices.ContainsFunc(e.Agent, func(a int) bool { return slices.Contains(ev.Agent, a) }) {
			continue
		}
		if e.Type != schema.EventWarning {
			return false
		}
		warned = true
	}
	return warned
}

// goesOnAcross reports whether the undated telling ev of sentence k may go on at the occasion o
// of the sentence before: not when an act of state told with no doer set it ("Police arrested
// X on May 3.") in another paragraph and ev's speaker is none its sentence named ("¶ X's
// lawyer, Y, said …"): a reaction is tied to its act by its speaker or its paragraph.
func goesOnAcross(sents []sentence, ents []entity, evs []rawEvent, ev rawEvent, o *occasion, k int, isoOf func(int) string, latest string) bool {
	if newAccuserAcross(sents, ents, ev, o, k, isoOf, latest) {
		return false
	}
	if warnedAcross(sents, evs, ev, o, k, isoOf, latest) {
		return false
	}
	if o.undone == nil || k < 1 || o.sent != k-1 || sents[k].Para == sents[k-1].Para || len(ev.Agent) == 0 {
		return true
	}
	return slices.ContainsFunc(actorIDs(ents, ev.Agent), func(id string) bool { return slices.Contains(o.undone, id) })
}
