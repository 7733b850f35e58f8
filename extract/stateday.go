package extract

import (
	"time"

	"github.com/intelgraph/intelgraph/extract/timex"
)

// stateClauseStops are the words that open a clause of their own between a time and the verb
// whose state it would date ("remained in custody after he was arrested on Monday").
var stateClauseStops = map[string]bool{
	"that": true, "which": true, "who": true, "when": true, "after": true, "before": true,
	"since": true, "until": true, "while": true, "because": true, "as": true, "if": true,
	"but": true, "and": true, "or": true,
}

// stateSaidDay returns the day (an index into ts, one of the sentence's own times inSent) that
// an undated telling in the simple past takes from the clause it reports when that clause
// tells a state at the time of speaking with a day ("Some customers remained without internet
// access on Thursday, chief executive X told reporters.", "The utility said its website was
// still down on Tuesday.", "As of Monday, 300 servers were still being rebuilt, a spokeswoman
// said."), or -1: a state said to hold on a day is told on that day, while a deed done on a
// day ("Hackers broke in on Thursday, the utility said") is told on a day the text leaves
// open (reportedDay). The time must stand in the clause the telling reports: before the comma
// of a closing attribution, or after the verb of saying. The day must be the day of writing
// (o.pub) or the day before, and not before the day the story is at (o.day): a state on an
// earlier day ("The systems remained offline on Sunday, the company said in a filing", written
// on Thursday) is told looking back, on a day the text leaves open, and one after the day of
// writing is a plan, not a state.
func (x *Extractor) stateSaidDay(c *sentCtx, toks []token, ev rawEvent, o *occasion, ts []timex.Expression, inSent []int, isoOf func(int) string) int {
	if !undatedTelling(toks, ev) {
		return -1
	}
	d, err := time.Parse(time.DateOnly, o.pub)
	if err != nil {
		return -1
	}
	from := d.AddDate(0, 0, -1).Format(time.DateOnly)
	if o.day >= 0 && len(isoOf(o.day)) == dayValue && isoOf(o.day) > from {
		from = isoOf(o.day)
	}
	v := ev.Trigger
	closing := closingAttribution(toks, v) || closingTelling(toks, v)
	day := -1
	for _, ti := range inSent {
		if ti < 0 || ti >= len(ts) || len(isoOf(ti)) != dayValue || c.quotedAt(ts[ti].Start) {
			continue
		}
		j := tokFrom(toks, ts[ti].Start)
		if j < 0 || !(closing && j < v || j > v && !closing) || isoOf(ti) < from || isoOf(ti) > o.pub || !x.stateDayAt(toks, j) {
			continue
		}
		if day >= 0 && isoOf(day) != isoOf(ti) {
			return -1 // two days of state: no one day of telling
		}
		day = ti
	}
	return day
}

// stateDayAt reports whether the time that opens at token j dates a state that holds at the
// time of speaking: it follows "as of" ("as of Monday"), or "on" or nothing, in a clause whose
// finite verb, with no other clause opening between, is a verb of state ("remained offline on
// Thursday"), "was", "were" or "had" with "still" ("were still without power on Wednesday",
// "were still being rebuilt on Monday", "still had not been restored on Thursday") or any verb
// in the present tense ("are still closed on Friday", "were still unable to access their
// accounts on Thursday", "still do not have access on Thursday"), with no infinitive of a plan
// or belief between ("are expected to be restored on Friday" tells a plan, "are believed to
// have stolen … on Wednesday" a deed).
func (x *Extractor) stateDayAt(toks []token, j int) bool {
	q := j - 1
	if q >= 1 && toks[q].Lower == "of" && toks[q-1].Lower == "as" {
		return true
	}
	if q >= 0 && toks[q].Lower == "on" {
		q--
	}
	if q < 0 || toks[q].Tag == "IN" || toks[q].Tag == "TO" {
		return false // "until Thursday", "after Monday": not a state at a day
	}
	still := false
	for k := q; k >= 0; k-- {
		t := &toks[k]
		if t.Text == "," || t.Text == ";" || t.Text == ":" || stateClauseStops[t.Lower] || relativeTok(t) {
			return false
		}
		if t.Lower == "still" {
			still = true
			continue
		}
		switch t.Tag {
		case "MD":
			return false // "would remain closed on Monday": a state to come
		case "TO":
			if k > 0 && (toks[k-1].Tag == "VBN" || x.cue.tokIs("planword", &toks[k-1])) {
				return false // "are expected to be restored on Friday", "are believed to have stolen … on Wednesday": a plan or a deed, not the present verb's own state
			}
		case "VBZ", "VBP":
			return true
		case "VBD":
			if k > 0 && x.cue.tokIs("stateverb", &toks[k-1]) {
				return true // "stayed closed/VBD on Thursday": the tagger read the complement as a verb
			}
			still = still || k > 0 && toks[k-1].Lower == "still" // "still had not been restored on Thursday"
			return x.cue.tokIs("stateverb", t) || still && (t.Lower == "was" || t.Lower == "were" || t.Lower == "had")
		}
	}
	return false
}
