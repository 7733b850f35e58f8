package extract

import (
	"github.com/intelgraph/intelgraph/extract/timex"
	"github.com/intelgraph/intelgraph/schema"
)

// theftOfAttack gives an undated theft the month of the dated attack it was part of: one
// doer's attack on the same victim ("X was hit by ransomware on Sunday …. The gang said it had
// stolen 400 gigabytes of data", "data stolen from X"), as a gang copies the files in the days
// before it encrypts them and the story tells both as one incident. Only the month is given,
// as the copying may have taken days before the attack's day (a year when the attack has only
// a year). The attack must be dated by words of the text (writtenTime) and be a harm to the
// victim's systems, not the demand or payment of a ransom (cue extortlemma: "refused to pay",
// "demanded $4 million"), which comes after the theft. Attacks on the victim at two months,
// or a break-in or another theft on it dated at another month (a long stay inside the network
// before the attack), leave the theft undated; so do a negated or hedged theft, one that names
// no victim, doers that differ (both named, none shared), and a theft whose sentence tells it
// as of another occasion (cue otheroccasion: "had previously stolen files from X", "in a
// separate breach", "X was hit again").
// It returns ts with the months it adds.
func (x *Extractor) theftOfAttack(evs []mergedEvent, ts []timex.Expression, sents []sentence) []timex.Expression {
	// iso reads ts as it grows: a theft dated here points past the slice the loop began with.
	iso := func(t int) string { return calendarAt(ts, t) }
	for k := range evs {
		e := &evs[k]
		if e.typ != schema.EventTheft || e.time >= 0 || e.negated || e.modality != "" || len(e.target) == 0 ||
			len(e.evidence) == 0 || x.otherOccasion(sents, e.evidence[0].sent) {
			continue
		}
		at := -1
		month := ""
		for j, o := range evs {
			d := iso(o.time)
			if j == k || o.typ != schema.EventAttack || o.negated || o.modality != "" || !x.incidentOf(o, e) ||
				!writtenTime(ts, o.time) || d == "" || x.cue.is("extortlemma", o.lemma) {
				continue
			}
			m := d[:min(len(d), monthValue)]
			if month != "" && m != month {
				month = ""
				at = -1
				break
			}
			month, at = m, j
		}
		if at < 0 || !x.otherDeedsAgree(evs, k, month, iso) {
			continue
		}
		ts = append(ts, timex.Expression{Start: -1, End: -1, Type: timex.Date, Value: month})
		e.time, e.timeText = len(ts)-1, evs[at].timeText
		if e.timeText == "" {
			e.timeText = ts[evs[at].time].Text
		}
	}
	return ts
}

// incidentOf reports whether the deed o may be the incident the theft e is part of: it names a
// victim of e, and its doers and e's are one (neither named, or one shared; a doer named on one
// side only is the other's unnamed one).
func (x *Extractor) incidentOf(o mergedEvent, e *mergedEvent) bool {
	if !overlaps(o.target, e.target) {
		return false
	}
	return len(o.agent) == 0 || len(e.agent) == 0 || overlaps(o.agent, e.agent)
}

// otherDeedsAgree reports whether every dated break-in or theft of the incident of the theft
// evs[k] (incidentOf) agrees with month: a break-in at another month tells a stay inside the
// network the theft may belong to instead.
func (x *Extractor) otherDeedsAgree(evs []mergedEvent, k int, month string, iso func(int) string) bool {
	for j, o := range evs {
		if j == k || o.typ != schema.EventIntrusion && o.typ != schema.EventTheft || o.negated || o.modality != "" || !x.incidentOf(o, &evs[k]) {
			continue
		}
		if !datesAgree(iso(o.time), month) {
			return false
		}
	}
	return true
}

// otherOccasion reports whether the sentence at sent has a word that tells a deed of another
// occasion than the one told before (cue otheroccasion: "previously", "again", "separate"), or
// sets it a long span back: "ago", or "before" after "long" or a span of weeks or more ("years
// before, when it first broke in", "long before that attack"). A span of days or hours before
// ("stole the files days before encrypting the servers") is the same incident's.
func (x *Extractor) otherOccasion(sents []sentence, sent int) bool {
	if sent < 0 || sent >= len(sents) {
		return true
	}
	toks := sents[sent].Toks
	for k := range toks {
		if x.cue.tokIs("otheroccasion", &toks[k]) || toks[k].Lower == "ago" {
			return true
		}
		if toks[k].Lower == "before" && k > 0 {
			switch toks[k-1].Lower {
			case "long", "weeks", "months", "years":
				return true
			}
		}
	}
	return false
}
