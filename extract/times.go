package extract

import (
	"strings"
	"time"

	"github.com/intelgraph/intelgraph/extract/timex"
	"github.com/intelgraph/intelgraph/schema"
)

// parseRef reads a publication date given as 2017-10-11, 2017-10 or 2017; the zero time when
// it cannot.
func parseRef(published string) (t time.Time, precision string) {
	for _, f := range []struct{ layout, prec string }{
		{"2006-01-02", schema.PrecisionDay}, {"2006-01", schema.PrecisionMonth}, {"2006", schema.PrecisionYear},
	} {
		if t, err := time.Parse(f.layout, strings.TrimSpace(published)); err == nil {
			return t, f.prec
		}
	}
	if len(published) >= 10 {
		if t, err := time.Parse("2006-01-02", published[:10]); err == nil {
			return t, schema.PrecisionDay
		}
	}
	return time.Time{}, ""
}

// attachTimes gives each event of a sentence the time expression that belongs to it: the
// nearest one in the trigger's clause; else the sentence's only one, when no event of that
// expression's own clause claims it; else none. Reporting events take only times of their own
// clause, so "X reported Tuesday that Y hacked Z in 2014" dates the report and the hack apart.
func attachTimes(c *sentCtx, evs []rawEvent, ts []timex.Expression, inSent []int, reporting func(rawEvent) bool) {
	tokAt := func(offset int) int {
		for i, t := range c.s.Toks {
			if t.End > offset {
				return i
			}
		}
		return len(c.s.Toks) - 1
	}
	clauseOf := make([]int, len(inSent))
	tokOf := make([]int, len(inSent))
	for k, ti := range inSent {
		tokOf[k] = tokAt(ts[ti].Start)
		if tokOf[k] >= 0 {
			clauseOf[k] = c.clause[tokOf[k]]
		}
	}
	claimed := map[int]bool{} // clauses that hold an event trigger
	for _, ev := range evs {
		if ev.Trigger >= 0 && ev.Trigger < len(c.clause) {
			claimed[c.clause[ev.Trigger]] = true
		}
	}
	for i := range evs {
		ev := &evs[i]
		ev.TimeIdx = -1
		if ev.Trigger < 0 || ev.Trigger >= len(c.clause) || len(inSent) == 0 {
			continue
		}
		cl := c.clause[ev.Trigger]
		best, bestDist := -1, 1<<30
		for k := range inSent {
			if clauseOf[k] != cl {
				continue
			}
			d := tokOf[k] - ev.Trigger
			if d < 0 {
				d = -d
			}
			if d < bestDist {
				best, bestDist = k, d
			}
		}
		if best < 0 && len(inSent) == 1 && !reporting(*ev) && !claimed[clauseOf[0]] {
			best = 0
		}
		if best >= 0 {
			ev.TimeIdx = inSent[best]
		}
	}
}
