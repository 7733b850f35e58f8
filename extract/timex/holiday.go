package timex

import (
	"strconv"
	"strings"
	"time"
)

// holidayRule is how a named holiday falls in a year: on a fixed month and day (day > 0), on
// the nth weekday of a month (nth < 0 counts from the month's end) or relative to Easter
// Sunday (easter true), either moved by offset days.
type holidayRule struct {
	month, day int
	weekday    time.Weekday
	nth        int
	easter     bool
	offset     int
}

// dateIn is the month and day the holiday falls on in year y.
func (h holidayRule) dateIn(y int) (int, int) {
	switch {
	case h.easter:
		t := easterSunday(y).AddDate(0, 0, h.offset)
		return int(t.Month()), t.Day()
	case h.day > 0:
		return h.month, h.day
	}
	t := time.Date(y, time.Month(h.month), nthWeekday(y, h.month, h.weekday, h.nth), 0, 0, 0, 0, time.UTC)
	t = t.AddDate(0, 0, h.offset)
	return int(t.Month()), t.Day()
}

// nthWeekday is the day of month m in year y that is its nth weekday wd (n = -1: the last).
func nthWeekday(y, m int, wd time.Weekday, n int) int {
	if n < 0 {
		last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
		return last.Day() - (int(last.Weekday())-int(wd)+7)%7
	}
	first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	return 1 + (int(wd)-int(first.Weekday())+7)%7 + 7*(n-1)
}

// easterSunday is Western Easter Sunday of year y (the anonymous Gregorian computus).
func easterSunday(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// namedHolidays maps the capitalised words of a holiday's name, lower-cased and joined by
// spaces, to the day it falls on. Only names that mean one day wherever the news is written
// are listed: "Labour Day" and "Independence Day" differ from country to country and are left
// out.
var namedHolidays = map[string]holidayRule{
	"labor day":        {month: 9, weekday: time.Monday, nth: 1},
	"memorial day":     {month: 5, weekday: time.Monday, nth: -1},
	"thanksgiving":     {month: 11, weekday: time.Thursday, nth: 4},
	"thanksgiving day": {month: 11, weekday: time.Thursday, nth: 4},
	"veterans day":     {month: 11, day: 11},
	"halloween":        {month: 10, day: 31},
	"valentine's day":  {month: 2, day: 14},
	"fourth of july":   {month: 7, day: 4},
	"easter":           {easter: true},
	"easter sunday":    {easter: true},
	"easter monday":    {easter: true, offset: 1},
	"good friday":      {easter: true, offset: -2},
	"black friday":     {month: 11, weekday: time.Thursday, nth: 4, offset: 1},
	"cyber monday":     {month: 11, weekday: time.Thursday, nth: 4, offset: 4},
	"new year's":       {month: 1, day: 1},
}

// IsHolidayName reports whether name, the words of a holiday's name lower-cased and joined by
// spaces ("labor day", "fourth of july", "valentine's day"), is one of the holidays whose day
// Parse reads.
func IsHolidayName(name string) bool {
	_, ok := namedHolidays[name]
	return ok
}

// namedHoliday reads at i a holiday that falls on a weekday of a month or around Easter, or a
// fixed-day holiday not read by holiday ("over Labor Day weekend", "on Memorial Day", "before
// Thanksgiving", "on the Fourth of July", "over the Easter weekend"), with an optional
// "weekend" after it, as the holiday's day in the year the text points to (the year told after
// it, "Labor Day weekend last year", or else the one a month and day would take there). Every
// word of the name is capitalised (but "of"); a capitalised word after it makes it part of a
// longer name ("Memorial Day Parade Committee") and nothing is read.
func (p *parser) namedHoliday(i int) (match, bool) {
	if !p.toks[i].upper {
		return match{}, false
	}
	rule, j, ok := p.holidayName(i)
	if !ok {
		return match{}, false
	}
	weekend := j < len(p.toks) && p.lo(j) == "weekend"
	if weekend {
		j++
	} else if j < len(p.toks) && p.toks[j].upper && p.toks[j].kind == kWord {
		return match{}, false
	}
	if y, l, ok := p.yearAt(j); ok {
		m, d := rule.dateIn(y)
		return mk(i, l, Date, holidayValue(y, m, d, weekend))
	}
	if y, l, ok := p.deicticYearAt(j); ok {
		m, d := rule.dateIn(y)
		return mk(i, l, Date, holidayValue(y, m, d, weekend))
	}
	if !p.hasRef {
		return match{}, false
	}
	m, d := rule.dateIn(p.ref.Year()) // the year is chosen as for the holiday's day this year
	r, ok := p.monthDayMatch(i, j, m, d)
	if !ok {
		return match{}, false
	}
	if len(r.val) != len("2006-01-02") || strings.HasPrefix(r.val, "X") {
		return match{}, false
	}
	y, err := strconv.Atoi(r.val[:4])
	if err != nil {
		return match{}, false
	}
	m, d = rule.dateIn(y)
	r.val = holidayValue(y, m, d, weekend)
	if r.val == "" {
		return match{}, false
	}
	return r, true
}

// holidayValue is the value of a holiday that falls on y-m-d: its day, or with weekend
// ("over Labor Day weekend", "during the Thanksgiving weekend") its month: a deed told with the
// weekend a holiday names may have taken any of its days: from the Saturday before a Monday
// holiday, from a Thursday holiday to the Sunday after, from Good Friday to Easter Monday, and
// for a holiday on another day of the week up to three days either side. When those days may
// reach into another month (a weekend of Saturday 30 August to Labor Day, 1 September; the
// Easter weekend of 29 March to 1 April) only the year is sure, and when they may reach into
// another year (the New Year's weekend) none is.
func holidayValue(y, m, d int, weekend bool) string {
	if !weekend {
		return fmtDay(y, m, d)
	}
	day := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	before, after := 3, 3 // a holiday on a weekday of the week: the weekend before or after it
	switch day.Weekday() {
	case time.Monday:
		before, after = 2, 0 // Saturday to the holiday
	case time.Thursday:
		before, after = 0, 3 // the holiday to Sunday
	case time.Friday:
		before, after = 0, 2
	case time.Saturday:
		before, after = 0, 1
	case time.Sunday:
		before, after = 2, 1 // Good Friday to Easter Monday
	}
	first, last := day.AddDate(0, 0, -before), day.AddDate(0, 0, after)
	switch {
	case first.Year() != last.Year():
		return "" // "over the New Year's weekend" of 30 December to 1 January: no one year
	case first.Month() != last.Month():
		return fmtYear(y)
	}
	return fmtMonth(y, m)
}

// holidayName finds the longest name in namedHolidays that starts at i, with its rule and the
// token after it.
func (p *parser) holidayName(i int) (holidayRule, int, bool) {
	var best holidayRule
	bestEnd := -1
	var words []string
	for j := i; j < len(p.toks) && j < i+6; j++ {
		w := p.lo(j)
		switch {
		case (w == "'" || w == "’") && len(words) > 0 && p.lo(j+1) == "s":
			words[len(words)-1] += "'s"
			j++
		case w == "of" && j > i:
			words = append(words, w)
		case !p.toks[j].upper || p.toks[j].kind != kWord:
			return best, bestEnd, bestEnd >= 0
		default:
			words = append(words, w)
		}
		if r, ok := namedHolidays[strings.Join(words, " ")]; ok {
			best, bestEnd = r, j+1
		}
	}
	return best, bestEnd, bestEnd >= 0
}
