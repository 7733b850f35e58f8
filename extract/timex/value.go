package timex

import (
	"strconv"
	"time"
)

// Helpers that format TIMEX3 values and resolve underspecified dates against a reference date.

func pad(n, w int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return s
	}
	for len(s) < w {
		s = "0" + s
	}
	return s
}

func fmtYear(y int) string             { return pad(y, 4) }
func fmtMonth(y, m int) string         { return pad(y, 4) + "-" + pad(m, 2) }
func fmtDay(y, m, d int) string        { return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) }
func fmtDate(t time.Time) string       { return fmtDay(t.Year(), int(t.Month()), t.Day()) }
func fmtQuarter(y, q int) string       { return pad(y, 4) + "-Q" + strconv.Itoa(q) }
func fmtSeason(y int, s string) string { return pad(y, 4) + "-" + s }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return pad(y, 4) + "-W" + pad(w, 2)
}

// validDay reports whether y-m-d is a calendar date.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// durVal formats a duration of n units (n < 0: an unknown number).
func durVal(n int, u unit) string {
	if n < 0 {
		switch u.code {
		case "H", "MIN", "S":
			return "PTX" + timeCode(u.code)
		}
		return "PX" + u.code
	}
	n *= u.count
	switch u.code {
	case "H", "MIN", "S":
		return "PT" + strconv.Itoa(n) + timeCode(u.code)
	case "DE":
		return "P" + strconv.Itoa(10*n) + "Y"
	case "CE":
		return "P" + strconv.Itoa(100*n) + "Y"
	}
	return "P" + strconv.Itoa(n) + u.code
}

func timeCode(c string) string {
	if c == "MIN" {
		return "M"
	}
	return c
}

func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

// seasonStart is the first month of a season.
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// shift moves the reference date back (n < 0) or forward by n units and formats the result at
// the precision of the unit.
func shift(ref time.Time, n int, u unit) (string, bool) {
	switch u.code {
	case "Y":
		return fmtYear(ref.Year() + n*u.count), true
	case "DE":
		return fmtYear(ref.Year() + 10*n), true
	case "CE":
		return fmtYear(ref.Year() + 100*n), true
	case "M":
		t := time.Date(ref.Year(), ref.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return fmtMonth(t.Year(), int(t.Month())), true
	case "W":
		return fmtWeek(ref.AddDate(0, 0, 7*n*u.count)), true
	case "D":
		return fmtDate(ref.AddDate(0, 0, n)), true
	case "Q":
		q := ref.Year()*4 + quarterOf(ref) - 1 + n
		return fmtQuarter(q/4, q%4+1), true
	}
	return "", false
}
