package extract

import (
	"github.com/intelgraph/intelgraph/extract/timex"
	"github.com/intelgraph/intelgraph/schema"
)

// retoldAfter folds an undated deed told again after a dated deed of its type on the same
// victims (or of its family, familyOf, when a definite noun tells it again: "X was hit by
// ransomware on Tuesday. The breach disrupted its claims systems"), within mergeReach sentences
// of its latest mention, into that deed: news tells the incident with its day first and then its
// detail without the day ("X was hit by ransomware on Tuesday. The attackers encrypted its
// servers", "The attack disrupted its payment systems for a week", "its backups were wiped").
// The later wording must point back at the incident: a
// definite deed noun ("the attack"), a clause on one, a passive harm to the victim
// (passiveHarm), or a doer named by a definite description ("the attackers", "the gang":
// definiteDoer), and it names no doer but the dated deed's. A deed dated at another time on
// those victims (two incidents), a negated or hedged one, and words of another occasion in its
// sentence (cue otheroccasion: "a previous attack", "hit again") keep it apart. mergeEvents
// keeps such mentions apart, as "X was hit" and "X was hit in May" may be two deeds; namedAgain
// folds them the other way round (undated first, dated later).
func (x *Extractor) retoldAfter(evs []mergedEvent, sents []sentence, ts []timex.Expression) []mergedEvent {
	iso := calendarOf(ts)
	all := append([]mergedEvent(nil), evs...)
	return foldEvents(evs, iso, func(o, e *mergedEvent) bool {
		if !isDeed(e.typ) || o.typ != e.typ && !(e.definite && familyOf(o.typ) == familyOf(e.typ)) || len(o.target) == 0 || !sameSet(o.target, e.target) || !subset(e.agent, o.agent) ||
			o.negated || e.negated || o.modality != "" || e.modality != "" || iso(e.time) != "" || !writtenTime(ts, o.time) ||
			len(e.evidence) == 0 || len(o.evidence) == 0 {
			return false
		}
		first := e.evidence[0]
		gap := first.sent - o.evidence[len(o.evidence)-1].sent
		if gap <= 0 || gap > mergeReach || first.sent >= len(sents) || x.otherOccasion(sents, first.sent) {
			return false
		}
		for _, d := range all {
			if d.typ == o.typ && overlaps(d.target, o.target) && !datesAgree(iso(d.time), iso(o.time)) {
				return false
			}
		}
		toks := sents[first.sent].Toks
		return e.definite || x.clauseOnDefiniteDeed(toks, first.trigger) || x.passiveHarm(toks, first.trigger) || x.definiteDoer(toks, first.trigger)
	})
}

// definiteDoer reports whether the verb at i has for subject a doer named by a definite
// description (cue genhead of a group: "the attackers encrypted", "the hackers had wiped", "the
// gang then posted"): the doers of a deed told before.
func (x *Extractor) definiteDoer(toks []token, i int) bool {
	if i < 1 || i >= len(toks) || !isVerbTag(toks[i].Tag) {
		return false
	}
	j := i - 1
	for j >= 0 && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || isAuxWord(toks[j].Lower)) {
		j--
	}
	if j >= 1 && isNounTag(toks[j].Tag) && x.cue.genHead[toks[j].Lower] == schema.KindGroup {
		return definiteNP(toks, j)
	}
	if v := andJoinedVerb(toks, i); v >= 0 {
		return x.definiteDoer(toks, v) // "the hackers disabled its software and wiped its backups"
	}
	return false
}

// andJoinedVerb returns the index of the past verb that the past verb at i is joined to by
// "and" with no comma, relative pronoun or other verb between ("disabled its software and
// wiped"), within andReach words; -1 for none.
func andJoinedVerb(toks []token, i int) int {
	and := -1
	for j := i - 1; j >= 0 && i-j <= andReach; j-- {
		switch {
		case toks[j].Lower == "and" && and < 0:
			and = j
		case toks[j].Text == "," || toks[j].Tag == "WDT" || toks[j].Tag == "WP" || toks[j].Lower == "that":
			return -1
		case isVerbTag(toks[j].Tag):
			if and < 0 || toks[j].Tag != "VBD" || toks[i].Tag != "VBD" {
				return -1
			}
			return j
		}
	}
	return -1
}

// andReach bounds how far back andJoinedVerb looks for the first of two joined verbs.
const andReach = 10
