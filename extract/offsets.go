package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/intelgraph/intelgraph/extract/timex"
)

// anaphoricTimes dates events told relative to the narrative's last date rather than to the
// publication date: "a year later", "more than a year later", "two days earlier" after "in
// March 2024" in the same or one of the previous three sentences. It appends the dates it
// computes to evTimes and points the sentence's undated non-reporting events at them.
func anaphoricTimes(c *sentCtx, evs []rawEvent, ts []timex.Expression, ref time.Time, evTimes *[]timex.Expression, sentStart func(int) int) {
	toks := c.s.Toks
	for ti, t := range ts {
		if t.Start < c.s.Start || t.End > c.s.End {
			continue
		}
		var n, dir int
		var unit byte
		switch t.Type {
		case timex.Duration:
			// the word right after the duration: "a year later", "two days earlier"
			for _, tk := range toks {
				if tk.Start >= t.End {
					switch tk.Lower {
					case "later", "afterwards", "afterward":
						dir = 1
					case "earlier":
						dir = -1
					}
					break
				}
			}
			var ok bool
			if n, unit, ok = parseDuration(t.Value); !ok {
				dir = 0
			}
		case timex.Date:
			// "two days earlier", "the next day", read by the tagger against the publication
			// date: the same offset from the narrative's date
			n, unit, dir = relativeOffset(t, ref)
		}
		if dir == 0 {
			continue
		}
		// the anchor: the latest calendar date before the phrase, not further back than three
		// sentences
		anchor := -1
		for k := ti - 1; k >= 0; k-- {
			if ts[k].Start < sentStart(c.s.Index-3) {
				break
			}
			if ts[k].Type != timex.Date {
				continue
			}
			if iso, _ := timex.Calendar(ts[k].Value); iso != "" && !pubRelative(ts[k].Text) {
				anchor = k
				break
			}
		}
		if anchor < 0 {
			continue
		}
		iso, prec := timex.Calendar(ts[anchor].Value)
		val, ok := shiftDate(iso, prec, n*dir, unit)
		if !ok {
			continue
		}
		idx := -1
		for k := range evs {
			ev := &evs[k]
			if ev.TimeIdx >= 0 && ev.TimeIdx != ti || isReporting(*ev) || ev.Negated || ev.Modality != "" {
				continue
			}
			if idx < 0 {
				idx = len(*evTimes)
				*evTimes = append(*evTimes, timex.Expression{Start: -1, End: -1, Type: timex.Date, Value: val})
			}
			words := strings.TrimSpace(c.s.Text[runeIndex(c.s.Text, t.Start-c.s.Start):runeIndex(c.s.Text, t.End-c.s.Start)])
			if t.Type == timex.Duration {
				words += tailWord(dir)
			}
			ev.TimeIdx, ev.TimeText = idx, words
		}
	}
}

func tailWord(dir int) string {
	if dir > 0 {
		return " later"
	}
	return " earlier"
}

// pubRelative reports whether a date is itself relative to the publication date ("last
// week", "Tuesday"): a narrative anchor must be a date the text gives.
func pubRelative(text string) bool {
	for _, r := range text {
		if r >= '0' && r <= '9' {
			return false
		}
	}
	return true
}

// parseDuration reads P1Y, P2M, P3W, P10D.
func parseDuration(v string) (int, byte, bool) {
	if len(v) < 3 || v[0] != 'P' {
		return 0, 0, false
	}
	unit := v[len(v)-1]
	n, err := strconv.Atoi(v[1 : len(v)-1])
	if err != nil || n <= 0 || n > 100 {
		return 0, 0, false
	}
	switch unit {
	case 'Y', 'M', 'W', 'D':
		return n, unit, true
	}
	return 0, 0, false
}

// shiftDate moves a calendar date by n units, keeping the coarser of its precision and the
// unit's: 2024-03 + 1 year = 2025; 2024-03-10 - 2 days = 2024-03-08.
func shiftDate(iso, prec string, n int, unit byte) (string, bool) {
	var t time.Time
	var err error
	switch prec {
	case "day":
		t, err = time.Parse("2006-01-02", iso)
	case "month":
		t, err = time.Parse("2006-01", iso)
	case "year":
		t, err = time.Parse("2006", iso)
	default:
		return "", false
	}
	if err != nil {
		return "", false
	}
	out := "day"
	switch unit {
	case 'Y':
		t, out = t.AddDate(n, 0, 0), "year"
	case 'M':
		t, out = t.AddDate(0, n, 0), "month"
	case 'W':
		t = t.AddDate(0, 0, 7*n)
	case 'D':
		t = t.AddDate(0, 0, n)
	}
	if prec == "year" || out == "year" {
		return t.Format("2006"), true
	}
	if prec == "month" || out == "month" {
		if prec == "month" && (unit == 'W' || unit == 'D') {
			return "", false // "two days later" than a month: no month to give
		}
		return t.Format("2006-01"), true
	}
	return t.Format("2006-01-02"), true
}

// runeIndex converts a rune offset in s to a byte offset.
func runeIndex(s string, r int) int {
	if r <= 0 {
		return 0
	}
	n := 0
	for i := range s {
		if n == r {
			return i
		}
		n++
	}
	return len(s)
}

// relativeOffset reads a date expression that counts from a reference ("two days earlier",
// "the next day", "the following year") and returns its offset from ref, which the tagger
// used: count, unit and direction; direction 0 for any other expression.
func relativeOffset(t timex.Expression, ref time.Time) (int, byte, int) {
	low := strings.ToLower(t.Text)
	fields := strings.Fields(low)
	if len(fields) < 2 || ref.IsZero() {
		return 0, 0, 0
	}
	last := fields[len(fields)-1]
	anaphoric := last == "earlier" || last == "later" || last == "afterwards" ||
		fields[0] == "the" && (fields[1] == "next" || fields[1] == "following" || fields[1] == "previous" || fields[1] == "preceding")
	if !anaphoric {
		return 0, 0, 0
	}
	iso, prec := timex.Calendar(t.Value)
	var v time.Time
	var err error
	var unit byte
	switch prec {
	case "day":
		v, err = time.Parse("2006-01-02", iso)
		unit = 'D'
	case "month":
		v, err = time.Parse("2006-01", iso)
		unit = 'M'
	case "year":
		v, err = time.Parse("2006", iso)
		unit = 'Y'
	default:
		return 0, 0, 0
	}
	if err != nil {
		return 0, 0, 0
	}
	var n int
	switch unit {
	case 'D':
		n = int(v.Sub(time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)).Hours() / 24)
	case 'M':
		n = (v.Year()-ref.Year())*12 + int(v.Month()) - int(ref.Month())
	case 'Y':
		n = v.Year() - ref.Year()
	}
	switch {
	case n > 0:
		return n, unit, 1
	case n < 0:
		return -n, unit, -1
	}
	return 0, 0, 0
}
