package extract

import (
	"strconv"
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
			if t := tokOf[k]; t > 0 && c.s.Toks[t-1].Lower == "by" && ev.Modality != "future" {
				continue // "threatened to leak … by Thursday": a deadline dates only what is to come
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

// periodEnd returns the last day of the period a publication date of the given precision
// names (2025-06 → 2025-06-30), or ref itself for a day.
func periodEnd(ref time.Time, prec string) time.Time {
	switch prec {
	case schema.PrecisionMonth:
		return ref.AddDate(0, 1, -1)
	case schema.PrecisionYear:
		return ref.AddDate(1, 0, -1)
	}
	return ref
}

// refValue writes the publication date at its own precision: 2025-06-18, 2025-06 or 2025.
func refValue(ref time.Time, prec string) string {
	switch prec {
	case schema.PrecisionDay:
		return ref.Format("2006-01-02")
	case schema.PrecisionMonth:
		return ref.Format("2006-01")
	case schema.PrecisionYear:
		return ref.Format("2006")
	}
	return ""
}

// coarsenRelative keeps relative expressions from claiming more precision than the
// publication date has. When the article is dated only to a month or a year, ts was resolved
// against the first day of that period and atEnd against its last: an expression whose value
// differs between the two ("Tuesday", "last week" in an article of 2025-06) is anchored to a
// day the text does not give, and takes the publication period itself instead. Expressions
// that agree ("last month", "in 2014") keep their value.
func coarsenRelative(ts, atEnd []timex.Expression, ref time.Time, prec string) {
	if prec != schema.PrecisionMonth && prec != schema.PrecisionYear {
		return
	}
	pub := refValue(ref, prec)
	other := make(map[int]string, len(atEnd))
	for _, t := range atEnd {
		other[t.Start] = t.Value
	}
	for i := range ts {
		t := &ts[i]
		if t.Type != timex.Date && t.Type != timex.Time {
			continue
		}
		v, ok := other[t.Start]
		if !ok || v == t.Value {
			continue
		}
		a, _ := timex.Calendar(t.Value)
		b, _ := timex.Calendar(v)
		if a == "" || b == "" {
			continue
		}
		if len(a) > len(pub) && strings.HasPrefix(a, pub) && strings.HasPrefix(b, pub) {
			continue // both within the period: keep the first reading
		}
		t.Value = pub
	}
}

// presentTimes dates the undated events of a sentence told in the present perfect or the
// present ("has warned", "have dropped", "says", "are warning") to the publication date: news
// reports what happened just before it was published. Negated and hypothetical events, and
// events in a clause that gives another time, are left undated.
func (x *Extractor) presentTimes(c *sentCtx, evs []rawEvent, pub int) {
	toks := c.s.Toks
	for k := range evs {
		ev := &evs[k]
		i := ev.Trigger
		if ev.TimeIdx >= 0 || ev.Negated || ev.Modality != "" || i < 0 || i >= len(toks) {
			continue
		}
		if words, ok := x.presentTense(c, i); ok {
			ev.TimeIdx = pub
			ev.TimeText = words
		}
	}
}

// presentTense reports whether the verb at i is in the present perfect ("has warned"), the
// present progressive ("are warning") or the simple present ("warns"), and returns its words.
func (x *Extractor) presentTense(c *sentCtx, i int) (string, bool) {
	toks := c.s.Toks
	t := toks[i]
	switch t.Tag {
	case "VBZ", "VBP":
		if x.cue.is("be", t.Lower) {
			return "", false
		}
		return t.Text, true
	case "VBN", "VBG":
		for j := i - 1; j >= 0 && i-j <= 3; j-- {
			w := toks[j].Lower
			switch {
			case w == "has" || w == "have":
				if j > 0 && (toks[j-1].Lower == "to" || toks[j-1].Tag == "MD") {
					return "", false // "to have wiped", "could have wiped"
				}
				if t.Tag == "VBN" && j+1 < len(toks) && toks[j+1].Lower != "been" || t.Tag == "VBG" {
					return joinTokens(toks[j : i+1]), true
				}
				return "", false
			case w == "is" || w == "are":
				if t.Tag == "VBG" {
					return joinTokens(toks[j : i+1]), true
				}
				return "", false
			case toks[j].Tag == "RB":
				continue
			default:
				return "", false
			}
		}
	}
	return "", false
}

// sameDay dates the undated events of a sentence that says "that same day", "the same day" or
// "that day" with the day of an earlier sentence (ti).
func sameDay(c *sentCtx, evs []rawEvent, ti int) {
	toks := c.s.Toks
	phrase := ""
	for i := 1; i < len(toks); i++ {
		if toks[i].Lower != "day" {
			continue
		}
		switch p := toks[i-1].Lower; {
		case p == "same" && i > 1 && (toks[i-2].Lower == "that" || toks[i-2].Lower == "the"):
			phrase = toks[i-2].Text + " same day"
		case p == "that" && !(i+1 < len(toks) && isNounTag(toks[i+1].Tag)):
			phrase = toks[i-1].Text + " day"
		}
	}
	if phrase == "" {
		return
	}
	for k := range evs {
		if evs[k].TimeIdx < 0 && !isReporting(evs[k]) {
			evs[k].TimeIdx, evs[k].TimeText = ti, phrase
		}
	}
}

// hoursPrior reads a count of hours or days before the narrative's last day ("less than 24
// hours prior", "36 hours earlier", "two days prior,"): a duration that the time tagger leaves
// as such, followed by prior/earlier/before at the end of its phrase. It returns that day
// (anchor, YYYY-MM-DD) moved back by the count (hours rounded up to whole days) and the words.
func hoursPrior(c *sentCtx, ts []timex.Expression, anchor string) (string, string, bool) {
	day, err := time.Parse("2006-01-02", anchor)
	if err != nil {
		return "", "", false
	}
	toks := c.s.Toks
	for _, t := range ts {
		if t.Type != timex.Duration || t.Start < c.s.Start || t.End > c.s.End {
			continue
		}
		v := t.Value
		if len(v) < 3 || v[0] != 'P' {
			continue
		}
		var n, days int
		switch {
		case strings.HasPrefix(v, "PT") && strings.HasSuffix(v, "H"):
			if n, err = strconv.Atoi(v[2 : len(v)-1]); err != nil || n <= 0 || n > 96 {
				continue
			}
			days = (n + 23) / 24
		case strings.HasSuffix(v, "D") && !strings.HasPrefix(v, "PT"):
			if n, err = strconv.Atoi(v[1 : len(v)-1]); err != nil || n <= 0 || n > 14 {
				continue
			}
			days = n
		default:
			continue
		}
		if lw := strings.ToLower(t.Text); strings.HasSuffix(lw, " earlier") || strings.HasSuffix(lw, " prior") {
			return day.AddDate(0, 0, -days).Format("2006-01-02"), t.Text, true // "36 hours earlier"
		}
		for i, tok := range toks {
			if tok.Start < t.End {
				continue
			}
			w := tok.Lower
			if w != "prior" && w != "earlier" && w != "before" {
				break
			}
			if i+1 < len(toks) && isWordToken(toks[i+1].Text) {
				break // "24 hours before the attack": a signal with an object
			}
			return day.AddDate(0, 0, -days).Format("2006-01-02"), t.Text + " " + tok.Text, true
		}
	}
	return "", "", false
}
