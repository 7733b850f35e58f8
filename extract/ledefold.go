package extract

import (
	"github.com/intelgraph/intelgraph/extract/timex"
	"github.com/intelgraph/intelgraph/schema"
)

// ledeReach is how many sentences after a telling in the present or the perfect the telling
// that gives its day may stand (toldLater).
const ledeReach = 3

// ledeWeek is how many days before the publication day the day of that later telling may be:
// news told in the present ("X says", "X has denied") broke within the week.
const ledeWeek = 7

// toldLater folds a telling dated only by the publication day its present or perfect lends it
// ("Caldera has confirmed that …", "Velmora has denied the claim", "The university says …") into
// a telling of its family by the same teller told within ledeReach sentences after it and dated
// to a day of the text in the week before publication ("“…,” a company spokesperson said on
// Tuesday", "In a statement on Wednesday, the university said …"): news reads first in the
// present and then says when it was told, so the two are one telling, on the day the text
// spells. Two tellings naming different hearers or accused stay apart, as do negated and
// hedged ones and a later one told "at the time".
func toldLater(evs []mergedEvent, ts []timex.Expression) []mergedEvent {
	iso := calendarOf(ts)
	fits := func(o, e *mergedEvent) bool {
		if !ledeFamily(o.typ, e.typ) || !publishedOnly(ts, o.time) || !writtenTime(ts, e.time) || e.saidThen ||
			o.negated || e.negated || o.modality != "" || e.modality != "" || len(o.evidence) == 0 || len(e.evidence) == 0 ||
			!sameTeller(o.agent, e.agent) || len(o.target) > 0 && len(e.target) > 0 && !sameSet(o.target, e.target) {
			return false
		}
		gap := e.evidence[0].sent - o.evidence[0].sent
		return gap > 0 && gap <= ledeReach && inWeekBefore(iso(e.time), iso(o.time))
	}
	return foldEventsThen(evs, iso, fits, func(o, e *mergedEvent) { o.time, o.timeText = e.time, e.timeText })
}

// ledeFamily reports whether a telling of type a may be told again as one of type b: the
// same type, or a statement beside a denial, an accusation or a report (the words a spokesperson
// gives of a denial, the disclosure a saying in the present sums up).
func ledeFamily(a, b schema.EventType) bool {
	told := func(t schema.EventType) bool { return sayingType(t) || t == schema.EventReport }
	if !told(a) || !told(b) {
		return false
	}
	return a == b || a == schema.EventStatement || b == schema.EventStatement
}

// sameTeller reports whether two tellings have one teller: both name agents and the agents of
// one include all of the other's ("Cardwell" and "Nadia Oyelaran-Frost, a spokesperson for
// Cardwell").
func sameTeller(a, b []int) bool {
	return len(a) > 0 && len(b) > 0 && (subset(a, b) || subset(b, a))
}

// inWeekBefore reports whether day d is before the day pub by at most ledeWeek days; both are
// calendar days ("2006-01-02"), which compare as strings.
func inWeekBefore(d, pub string) bool {
	if len(d) != dayValue || len(pub) != dayValue {
		return false
	}
	from := shiftDay(pub, -ledeWeek)
	return from != "" && d < pub && d >= from
}
