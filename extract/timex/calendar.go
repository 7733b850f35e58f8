package timex

import "time"

// Calendar maps a TIMEX3 value to the time the graph stores for an event: an ISO 8601 date at
// the precision the value knows, and that precision, "year", "month" or "day" (the values of
// schema.PrecisionYear, PrecisionMonth and PrecisionDay). Times of day keep their day
// (2017-10-10TNI → 2017-10-10, day); seasons, quarters and halves keep their year (2015-SU →
// 2015, year); an ISO week keeps its month when it lies within one month, else its year.
// Durations, sets, decades, centuries, PAST_REF and other values with no calendar year give
// "", "".
func Calendar(value string) (iso string, precision string) {
	if len(value) < 4 || !digits(value[:4]) {
		return "", ""
	}
	y := value[:4]
	rest := value[4:]
	if rest == "" {
		return y, "year"
	}
	if rest[0] != '-' || len(rest) < 3 {
		return "", ""
	}
	switch {
	case digits(rest[1:3]) && (len(rest) == 3 || rest[3] == '-' || rest[3] == 'T'):
		m := rest[1:3]
		if m < "01" || m > "12" {
			return y, "year"
		}
		if len(rest) >= 6 && rest[3] == '-' && digits(rest[4:6]) && (len(rest) == 6 || rest[6] == 'T') {
			if validDay(atoi(y), atoi(m), atoi(rest[4:6])) {
				return value[:10], "day" // y-m-d, as the value spells it
			}
		}
		return value[:7], "month" // y-m
	case rest[1] == 'W' && len(rest) >= 4 && digits(rest[2:4]):
		w := atoi(rest[2:4])
		if w < 1 || w > 53 {
			return y, "year"
		}
		mon := isoWeekMonday(atoi(y), w)
		sun := mon.AddDate(0, 0, 6)
		if rest[4:] == "-WE" {
			mon = mon.AddDate(0, 0, 5) // a weekend is its Saturday and Sunday: "at the weekend" of a week that began in April may be all in May
		}
		if mon.Month() == sun.Month() && mon.Year() == sun.Year() {
			return fmtMonth(mon.Year(), int(mon.Month())), "month"
		}
		return y, "year"
	}
	return y, "year"
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// isoWeekMonday is the Monday of ISO week w of year y.
func isoWeekMonday(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	off := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, -off+7*(w-1))
}
