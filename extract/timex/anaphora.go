package timex

import (
	"strconv"
	"strings"
	"time"
)

// Anaphoric expressions ("two days earlier", "the next day", "the following week", "a year
// later", "that same day", "the day before") count from the narrative's reference time, the
// last calendar date the text has given, not from the publication date, as TimeML annotates
// them; deictic ones ("yesterday", "last week", "two days ago", "Tuesday") count from the
// publication date. The parser keeps the anchor in parser.anchor.

// sinceBefore reports whether "since" opens the period whose start is the date at token i,
// right before it or past "early", "at least" or "as early as" ("since early 2015", "had been
// inside since at least January").
func (p *parser) sinceBefore(i int) bool {
	k := i - 1
	switch {
	case p.lo(k) == "early" && p.lo(k-1) == "as" && p.lo(k-2) == "as":
		k -= 3
	case p.lo(k) == "early":
		k--
	case p.lo(k) == "least" && p.lo(k-1) == "at":
		k -= 2
	}
	return p.lo(k) == "since"
}

// rememberAnchor makes a match the narrative anchor when it is a calendar date: a year,
// quarter, month or day, not one computed from an earlier anchor. Dates read against the
// publication date (yesterday, last month, Tuesday) are anchors too (measured: TimeBank
// counts "the next day" from them as well), but only at their unit's precision for counts
// such as "a year earlier" (see fromAnchor). A date after "since" opens a period and is no
// anchor when the text gave one before: "the following day" after "had hit two plants since
// March" counts from the time the narrative was at before (with none, it stays the anchor, so
// that "the next day" is not counted from the reference date). A day computed from the anchor
// ("the next day", "two days later") is no anchor, but the day the narrative has stepped to
// (stepDay; steppedDay).
func (p *parser) rememberAnchor(m match) {
	if d, ok := derivedDay(m); p.narrative && ok {
		p.stepDay, p.stepEnd = d, m.end
	}
	if d, ok := p.dayOfDayPart(m); ok && p.narrative {
		part := m.val[len("2006-01-02T"):]
		p.partDay, p.partEnd, p.partNight = d, m.end, part == "NI" || part == "EV"
	}
	if !p.narrative || m.derived || m.typ != Date || !calendarValue(m.val) {
		return
	}
	if p.anchor != "" && p.sinceBefore(m.start) {
		return // "had targeted two plants since March": a period's start, not a time the narrative is at
	}
	if p.flashback(m) || p.heldWithin(m) {
		return // "On July 18 … told him the sessions had begun in late June. That morning, …": background
	}
	if p.recalledInSentence(m) {
		return // "was blamed in April for the theft …, in March. The following month, …": April
	}
	if p.anchor != "" && p.breaksBetween(p.anchorEnd, m.start) == 0 && (p.attributiveMonth(m) || p.attributiveDay(m)) {
		// "told investigators in the December interview. That afternoon, ...": the day before
		// stays; in a paragraph of its own ("Prosecutors cited an April 2024 attack on X. …
		// the following month") the month opens the episode told there
		return
	}
	if p.anchor != "" && p.attributiveYear(m) {
		// "charged two men over a 2023 phishing operation. … sanctioned both men on the same
		// day": the day of the charging; "March of that year" still reads the 2023
		p.attrYear, p.attrYearEnd = m.val, m.end
		return
	}
	p.anchor, p.anchorDeictic, p.anchorWeek, p.anchorEnd = m.val, false, m.week, m.end
	if len(m.val) == len("2006-01-02") {
		p.dayAnchor = m.val
	}
	first := !p.leadSeen
	p.leadSeen = true
	if m.week {
		return
	}
	for k := m.start; k < m.end; k++ {
		switch p.toks[k].lo {
		case "today", "yesterday", "tomorrow", "tonight", "last", "next", "this", "ago", "past",
			"coming", "current", "recent", "previous", "following", "latest", "year", "week", "month":
			p.anchorDeictic = true
		}
		if p.word(k).isWeekday && len(m.val) == 10 {
			p.anchorDeictic = true
		}
		if p.anchorDeictic {
			break
		}
	}
	if first && p.anchorDeictic && len(m.val) == len("2006-01-02") && p.breaksBetween(0, m.start) == 0 {
		p.leadDay = m.val // "VILNIUS — Lithuania on Wednesday blamed …": the day the story is about
	}
}

// dayOfDayPart returns the day of a time of day that names its day itself with a weekday or
// a month ("Tuesday night", "Monday evening", "Wednesday afternoon"), and whether m is one: a
// clock time after it in its sentence ("At Tuesday night's meeting, which ran past midnight")
// falls on that day, not on a day the text gave before (partDayNear).
func (p *parser) dayOfDayPart(m match) (string, bool) {
	if m.typ != Time || m.derived || len(m.val) <= len("2006-01-02T") || m.val[len("2006-01-02")] != 'T' {
		return "", false
	}
	d := m.val[:len("2006-01-02")]
	if !calendarValue(d) {
		return "", false
	}
	for k := m.start; k < m.end; k++ {
		if w := p.word(k); w.isWeekday || w.month != 0 {
			return d, true
		}
	}
	return "", false
}

// derivedDay returns the day a match computed from the anchor names, and whether it names one: a
// day ("the next day", "two days later") or a part of one ("the next morning": the narrative
// has stepped to that day, and "the same day" after it is that day).
func derivedDay(m match) (string, bool) {
	if !m.derived {
		return "", false
	}
	d := m.val
	if m.typ == Time && len(d) > len("2006-01-02") && d[len("2006-01-02")] == 'T' {
		d = d[:len("2006-01-02")]
	} else if m.typ != Date {
		return "", false
	}
	return d, len(d) == len("2006-01-02") && calendarValue(d)
}

// attributiveYear reports whether match m is a bare year that modifies the noun after it
// behind a determiner or a possessive ("a 2023 phishing operation", "the 2024 attack", "its
// 2022 report", "the regulator's 2022 rules"): it dates that noun's event in passing, and the
// narrative stays at the time it was at.
func (p *parser) attributiveYear(m match) bool {
	if m.end-m.start != 1 || len(m.val) != len("2006") {
		return false
	}
	return p.modifiesNoun(m)
}

// modifiesNoun reports whether the match m stands between a determiner or a
// possessive and a lower-case word that goes on the noun phrase ("the 2024 attack", "the
// agency's March advisory"), not a word that starts a clause or a phrase of its own.
func (p *parser) modifiesNoun(m match) bool {
	if m.start < 1 || m.end >= len(p.toks) {
		return false
	}
	switch p.lo(m.start - 1) {
	case "a", "an", "the", "its", "his", "her", "their", "our", "this", "whose":
	case "s": // a possessive: "the agency's 2022 directions", "Russia's 2022 invasion"
		if q := p.lo(m.start - 2); q != "'" && q != "’" || !p.tight(m.start-1) {
			return false
		}
	default:
		return false
	}
	next := p.toks[m.end]
	if next.kind != kWord || next.upper {
		return false
	}
	switch next.lo {
	case "and", "or", "to", "through", "until", "when", "after", "before", "in", "on", "at", "of", "for", "as", "was", "were", "is", "had", "has",
		"the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "his", "her", "their", "that", "this":
		return false
	}
	return true
}

// attributiveMonth reports whether match m is a month name, bare or with its year, that
// modifies the noun after it as a bare year does in attributiveYear ("in the December
// interview", "the agency's March 2022 advisory"): it names when that noun's event happened,
// not a time the narrative moves to.
func (p *parser) attributiveMonth(m match) bool {
	if len(m.val) != len("2006-01") || p.word(m.start).month == 0 || p.lo(m.start-1) == "this" {
		return false // "this March hackers returned" is a time of its own
	}
	switch m.end - m.start {
	case 1:
	case 2: // "the agency's April 2022 directions"
		if p.toks[m.start+1].ndig != 4 {
			return false
		}
	default:
		return false
	}
	return p.modifiesNoun(m)
}

// attributiveDay reports whether match m is a month and day with no year that modifies the
// noun after it ("did not mention the Nov. 21 alert", "in the July 18 call"): it recalls the
// day of that noun's event, and the narrative stays at the time it was at.
func (p *parser) attributiveDay(m match) bool {
	if len(m.val) != len("2006-01-02") || p.word(m.start).month == 0 || p.lo(m.start-1) == "this" {
		return false
	}
	j := m.start + 1
	if p.lo(j) == "." {
		j++
	}
	if j != m.end-1 || p.toks[j].kind != kNum || p.toks[j].ndig > 2 {
		return false
	}
	return p.modifiesNoun(m)
}

// flashback reports whether match m looks back from the calendar day the narrative is at: a
// date told in the past perfect before that day ("On July 18 I learned … The officer told him
// the sessions had begun in late June"). The story stays at its day; a date after a month or a
// date read from the publication date ("until November", "on Wednesday") is not held back.
func (p *parser) flashback(m match) bool {
	a := p.anchor
	if len(a) != len("2006-01-02") || p.anchorDeictic || len(m.val) > len(a) || m.val >= a[:len(m.val)] {
		return false // no day to stay at, or not before it
	}
	return p.pastPerfectBefore(m.start)
}

// heldWithin reports whether match m, a month or a year that holds the calendar day the
// narrative is at, closes a clause in the past perfect ("said on Tuesday …. It had shared its
// findings with the police earlier this month. A day later, …"): what had happened by then is
// background told within the day's period, and the story stays at its day, whether that day
// was read from the publication date or not.
func (p *parser) heldWithin(m match) bool {
	a := p.anchor
	if len(a) != len("2006-01-02") || len(m.val) >= len(a) || a[:len(m.val)] != m.val {
		return false
	}
	return p.pastPerfectWithin(m.start, heldReach)
}

// heldReach bounds how many words may stand between the past perfect and the period closing its
// clause for heldWithin: an object and a hearer with a name of several words ("had shared its
// findings with the Korean National Police Agency earlier this month").
const heldReach = 14

// recalledInSentence reports whether match m, a month or a day, recalls an earlier time within
// the sentence whose main time set the anchor ("X was blamed by the FBI in April for the theft
// of $600 million from Y, in March"): a date told later in a sentence but earlier in time than
// its first date dates a noun in passing, and the narrative stays at the sentence's time.
func (p *parser) recalledInSentence(m match) bool {
	a := p.anchor
	if len(a) < len("2006-01") || len(m.val) < len("2006-01") || p.anchorDeictic || a[4] == '-' && a[5] == 'Q' {
		return false
	}
	n := min(len(a), len(m.val))
	return m.val[:n] < a[:n] && !p.sentenceBreak(p.anchorEnd, m.start)
}

// sentenceBreak reports whether a sentence ends between tokens from and to: a full stop, a
// question or exclamation mark, or a line break.
func (p *parser) sentenceBreak(from, to int) bool {
	for k := from; k < to && k < len(p.toks); k++ {
		if k > from && p.toks[k].nl {
			return true
		}
		switch p.lo(k) {
		case "!", "?":
			return true
		case ".":
			if !p.titleStop(k) {
				return true
			}
		}
	}
	return to < len(p.toks) && to > from && p.toks[to].nl
}

// perfectBeforeAnchor returns v, a month read against the reference date, a year earlier when
// it closes a clause in the past perfect and would fall after the calendar day the narrative
// is at ("On March 4, 2025 … the intruders had been inside since at least
// January", written in January 2026, is January 2025): what had happened by then lies before
// it.
func (p *parser) perfectBeforeAnchor(i int, v string) string {
	a := p.anchor
	if len(a) != len("2006-01-02") || p.anchorDeictic || len(v) != len("2006-01") || v <= a[:7] || !p.pastPerfectBefore(i) {
		return v
	}
	if earlier := strconv.Itoa(atoi(v[:4])-1) + v[4:]; earlier <= a[:7] {
		return earlier
	}
	return v
}

// pastPerfectBefore reports whether the date at token i closes a clause in the past perfect
// ("the sessions had begun in late June", "had first logged in during August", "had been
// active since May"): "had", perhaps "been" or an adverb, and a past participle a few words
// before it, in the same clause. Such a time is background to the story, not the day the
// narrative is at; "had a call on July 3" (no participle) is not.
func (p *parser) pastPerfectBefore(i int) bool {
	return p.pastPerfectWithin(i, 9)
}

// pastPerfectWithin reports what pastPerfectBefore does, with the participle up to reach words
// before the date at token i.
func (p *parser) pastPerfectWithin(i, reach int) bool {
	for k := i - 1; k >= 0 && k >= i-reach; k-- {
		switch t := p.lo(k); t {
		case ".", "!", "?", ";", ",", "\"", "and", "but", "when", "then":
			return false
		case "had":
			v := k + 1
			for v < i && (p.lo(v) == "first" || p.lo(v) == "already" || p.lo(v) == "not" || p.lo(v) == "never" || p.lo(v) == "just") {
				v++
			}
			if v >= i {
				return false
			}
			w := p.lo(v)
			return w == "been" || w == "done" || w == "seen" || w == "known" || w == "gone" || participle(w) || pastForm(w)
		}
	}
	return false
}

// calendarValue reports whether v is YYYY, YYYY-QN, YYYY-MM or YYYY-MM-DD.
func calendarValue(v string) bool {
	if len(v) < 4 || !digits(v[:4]) {
		return false
	}
	switch len(v) {
	case 4:
		return true
	case 7:
		return v[4] == '-' && (v[5] == 'Q' && v[6] >= '1' && v[6] <= '4' || digits(v[5:7]))
	case 10:
		return v[4] == '-' && v[7] == '-' && digits(v[5:7]) && digits(v[8:10])
	}
	return false
}

// fromAnchor moves the narrative anchor by n units (the publication date when the text has
// given none). With keep, a result finer than the unit keeps the anchor's precision (a year
// earlier than Aug. 12, 1989 is 1988-08-12, a year earlier than the third quarter is the third
// quarter of the year before); otherwise it has the unit's precision (the following year). A
// unit finer than the anchor gives the anchor's period with the rest unknown (that same day,
// after October 1998: 1998-10-XX).
//
// A season the text gave after the anchor (or with none) anchors by its year: "In the summer of
// 2023 … Later that year" is 2023.
func (p *parser) fromAnchor(n int, u unit, keep bool) (string, bool) {
	a := p.anchor
	if seasonValue(p.told) && (a == "" || p.toldEnd > p.anchorEnd) {
		a = p.told[:4]
	}
	if a == "" {
		if !p.hasRef {
			return "", false
		}
		return shift(p.ref, n, u)
	}
	if keep && p.anchorDeictic {
		keep = false // a year earlier than yesterday: a year, as TimeBank gives it
	}
	y := atoi(a[:4])
	years := 0
	switch u.code {
	case "Y":
		years = n * u.count
	case "DE":
		years = 10 * n
	case "CE":
		years = 100 * n
	}
	switch {
	case len(a) == 4: // a year
		switch u.code {
		case "D":
			return a + "-XX-XX", true
		case "W":
			return a + "-WXX", true
		case "M":
			return a + "-XX", true
		case "Q":
			return a + "-QX", true
		}
		return fmtYear(y + years), true
	case a[5] == 'Q': // a quarter
		q := int(a[6] - '0')
		switch u.code {
		case "D":
			return a[:4] + "-XX-XX", true
		case "W":
			return a[:4] + "-WXX", true
		case "M":
			return a[:4] + "-XX", true
		case "Q":
			k := y*4 + q - 1 + n*u.count
			return fmtQuarter(k/4, k%4+1), true
		}
		if keep {
			return fmtQuarter(y+years, q), true
		}
		return fmtYear(y + years), true
	case len(a) == 7: // a month
		m := atoi(a[5:7])
		switch u.code {
		case "D":
			return a + "-XX", true
		case "W":
			return a[:4] + "-WXX", true
		}
		months := years * 12
		switch u.code {
		case "M":
			months = n * u.count
		case "Q":
			months = 3 * n * u.count
		}
		t := time.Date(y, time.Month(m)+time.Month(months), 1, 0, 0, 0, 0, time.UTC)
		switch {
		case keep || u.code == "M":
			return fmtMonth(t.Year(), int(t.Month())), true
		case u.code == "Q":
			return fmtQuarter(t.Year(), quarterOf(t)), true
		}
		return fmtYear(t.Year()), true
	}
	// a day
	t := time.Date(y, time.Month(atoi(a[5:7])), atoi(a[8:10]), 0, 0, 0, 0, time.UTC)
	switch u.code {
	case "D":
		return fmtDate(t.AddDate(0, 0, n*u.count)), true
	case "W":
		t = t.AddDate(0, 0, 7*n*u.count)
		if keep {
			return fmtDate(t), true
		}
		return fmtWeek(t), true
	case "M", "Q":
		months := n * u.count
		if u.code == "Q" {
			months *= 3
		}
		t = addMonths(t, months)
		switch {
		case keep:
			return fmtDate(t), true
		case u.code == "Q":
			return fmtQuarter(t.Year(), quarterOf(t)), true
		}
		return fmtMonth(t.Year(), int(t.Month())), true
	}
	t = addMonths(t, 12*years)
	if keep {
		return fmtDate(t), true
	}
	return fmtYear(t.Year()), true
}

// addMonths moves t by n months, keeping the day within the target month (Jan. 31 + 1 month is
// Feb. 28).
func addMonths(t time.Time, n int) time.Time {
	f := time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	d := t.Day()
	if last := f.AddDate(0, 1, -1).Day(); d > last {
		d = last
	}
	return time.Date(f.Year(), f.Month(), d, 0, 0, 0, 0, time.UTC)
}

// clauseEnd reports whether token i ends a phrase: punctuation, the end of the text, "and"
// or "but", so that "the day before" stands alone and "the day before the vote" does not.
func (p *parser) clauseEnd(i int) bool {
	if i >= len(p.toks) {
		return true
	}
	t := p.toks[i]
	if t.kind == kPunct {
		return t.lo != "'" && t.lo != "-" && t.lo != "$"
	}
	return t.lo == "and" || t.lo == "but"
}

// partDayNear reports whether a time of day that named its day (dayOfDayPart) came before
// token i in i's sentence, later than the anchor: a clock time there is on that day.
func (p *parser) partDayNear(i int) bool {
	return p.partDay != "" && p.partEnd <= i && p.partEnd >= p.anchorEnd && !p.sentenceSince(p.partEnd, i)
}

// sentenceSince reports whether a sentence ends between tokens from and to.
func (p *parser) sentenceSince(from, to int) bool {
	for k := from; k < to && k < len(p.toks); k++ {
		if p.lo(k) == "." {
			return true
		}
	}
	return false
}

// anaphoric matches expressions that refer to the anchor itself or a unit before or after it:
// that day, that same week, the same year, that night, the day before, the week after.
func (p *parser) anaphoric(i int) (match, bool) {
	if !p.narrative {
		return match{}, false
	}
	j := i
	switch p.lo(j) {
	case "that":
		switch p.lo(i - 1) {
		case "said", "says", "say", "saying", "reported", "announced", "noted", "told", "added",
			"claimed", "believe", "believes", "warned", "found", "showed", "shows", "so", "such":
			return match{}, false // said that day traders …: a conjunction
		}
		j++
		if p.lo(j) == "same" {
			j++
		}
	case "the":
		j++
		switch p.lo(j) {
		case "same":
			j++
		case "day", "night", "week", "month", "year":
			return p.beforeAfter(i, j)
		default:
			return match{}, false
		}
	default:
		return match{}, false
	}
	if dp := p.word(j).dayPart; dp != "" && p.lo(i) == "that" {
		v, ok := p.fromAnchor(0, unit{code: "D", count: 1}, false)
		if !ok {
			return match{}, false
		}
		if d, ok := p.steppedDay(); ok {
			v = d
		}
		return match{start: i, end: j + 1, typ: Time, val: v + "T" + dp, derived: true}, true
	}
	u, ok := p.unitAt(j)
	if !ok || u.plur || u.count != 1 {
		return match{}, false
	}
	switch u.code {
	case "D", "W", "M", "Y":
	default:
		return match{}, false
	}
	switch p.lo(j + 1) {
	case "-", "of", "as":
		return match{}, false
	}
	if u.code == "D" && p.lo(j-1) == "same" && p.dayAnchor != "" && len(p.anchor) == len("2006") && p.sentenceSince(p.anchorEnd, i) {
		// "summoned the envoy on Wednesday. … began in late 2025. … rejected it the same
		// day": the same day is the last day the text gave, not a day of the year a sentence
		// before gave ("In 2019, X broke in; the same day …" stays a day of 2019)
		return match{start: i, end: j + 1, typ: Date, val: p.dayAnchor, derived: true}, true
	}
	if d, ok := p.steppedDay(); ok && u.code == "D" {
		return match{start: i, end: j + 1, typ: Date, val: d, derived: true}, true
	}
	if u.code == "Y" && p.attrYear != "" && p.attrYearEnd > p.anchorEnd {
		return match{start: i, end: j + 1, typ: Date, val: p.attrYear, derived: true}, true // "the 2021 breach … later that year"
	}
	v, ok := p.fromAnchor(0, u, false)
	if !ok {
		return match{}, false
	}
	return match{start: i, end: j + 1, typ: Date, val: v, derived: true}, true
}

// steppedDay returns the day the narrative has stepped to since its anchor: a day counted from
// the anchor after it ("On Sept. 9 … The next day, she alerted Albers. Albers told the CISO
// that afternoon": the afternoon of Sept. 10), for an expression that names the day the
// narrative is at.
func (p *parser) steppedDay() (string, bool) {
	if p.stepDay == "" || p.stepEnd <= p.anchorEnd || len(p.anchor) != len("2006-01-02") {
		return "", false
	}
	return p.stepDay, true
}

// beforeAfter matches "the day before", "the night before", "the week after", "the day before
// yesterday" (j is the unit).
func (p *parser) beforeAfter(i, j int) (match, bool) {
	dir := 0
	switch p.lo(j + 1) {
	case "before":
		dir = -1
	case "after":
		dir = 1
	default:
		return match{}, false
	}
	w := p.lo(j)
	if w == "day" && p.hasRef {
		switch {
		case dir < 0 && p.lo(j+2) == "yesterday":
			return mk(i, j+3, Date, fmtDate(p.ref.AddDate(0, 0, -2)))
		case dir > 0 && p.lo(j+2) == "tomorrow":
			return mk(i, j+3, Date, fmtDate(p.ref.AddDate(0, 0, 2)))
		}
	}
	if !p.clauseEnd(j + 2) {
		return match{}, false
	}
	if w == "night" {
		v, ok := p.fromStep(true, dir, unit{code: "D", count: 1}, false)
		if !ok {
			return match{}, false
		}
		return match{start: i, end: j + 2, typ: Time, val: v + "TNI", derived: true}, true
	}
	u, _ := p.unitAt(j)
	v, ok := p.fromStep(true, dir, u, false)
	if !ok {
		return match{}, false
	}
	return match{start: i, end: j + 2, typ: Date, val: v, derived: true}, true
}

// weekForward resolves a bare weekday ("on Thursday") when the narrative walks through a week
// it opened with a weekday and a date ("It began on Tuesday, January 27, … On Thursday, …"):
// the first such weekday after the anchor, when that is not after the reference date. A
// deictic date (yesterday, last week) or any other calendar date ends the walk, and the
// weekday is read against the reference date again. A weekday the text has already read
// against the reference date stays that day: news writing gives one name one day
// ("told reporters Thursday … The attack began on Wednesday, June 5 … said in a statement
// Thursday").
// A weekday after "by" ("By Friday, the gang had leaked …") reads forward from a day the text
// told with its date ("On March 3, …") too: a deadline the narrative reached from that day.
func (p *parser) weekForward(wd time.Weekday, by bool) (string, bool) {
	a := p.anchor
	if !p.narrative || !(p.anchorWeek || by && !p.anchorDeictic) || len(a) != 10 || p.nowDays[wd] {
		return "", false
	}
	t := time.Date(atoi(a[:4]), time.Month(atoi(a[5:7])), atoi(a[8:10]), 0, 0, 0, 0, time.UTC)
	d := (int(wd) - int(t.Weekday()) + 7) % 7
	if d == 0 {
		return "", false
	}
	t = t.AddDate(0, 0, d)
	if p.hasRef && t.After(p.ref) {
		return "", false
	}
	return fmtDate(t), true
}

// anchorWeekday resolves "the previous Friday", "the following Monday" against a day anchor.
func (p *parser) anchorWeekday(rel string, wd time.Weekday) (string, bool) {
	a := p.anchor
	if len(a) != 10 || (rel != "previous" && rel != "following") {
		return "", false
	}
	t := time.Date(atoi(a[:4]), time.Month(atoi(a[5:7])), atoi(a[8:10]), 0, 0, 0, 0, time.UTC)
	if rel == "previous" {
		d := (int(t.Weekday()) - int(wd) + 7) % 7
		if d == 0 {
			d = 7
		}
		return fmtDate(t.AddDate(0, 0, -d)), true
	}
	d := (int(wd) - int(t.Weekday()) + 7) % 7
	if d == 0 {
		d = 7
	}
	return fmtDate(t.AddDate(0, 0, d)), true
}

// episodeYear returns the year a month (d = 0) or a month and day without a year of its own at
// token i takes from the episode the narrative is telling: the year of the last day or month the
// text gave with its year written out ("On June 14, 2019, the district wired the money. … The
// fraud unraveled in July"; "On Feb. 9, 2024, he registered a domain. Less than a month later,
// on March 4, employees received emails"; "Hackers broke in in June 2024. The FBI warned the
// campaign in August"). News reads a date that lacks its year against the time
// of the episode being told, not the publication date, when that day is still the narrative's
// anchor, lies in the same or the previous paragraph and in a year before the reference date's,
// the month and day come on or after it, no count from the anchor has left its year ("the
// following year"), and the clause is told in the past. A deictic month ("last March") or one
// in a clause pointing ahead keeps the reference date.
func (p *parser) episodeYear(i, m, d int) (int, bool) {
	t := p.told
	if !p.narrative || !p.hasRef || len(t) != len("2006-01-02") && len(t) != len("2006-01") || !calendarValue(t) ||
		t[5] == 'Q' || p.anchor != t || p.anchorEnd != p.toldEnd || p.anchorDeictic {
		return 0, false
	}
	y, tm, td := atoi(t[:4]), atoi(t[5:7]), 0
	if len(t) == len("2006-01-02") {
		td = atoi(t[8:10])
	} else if p.nowEnd > p.toldEnd {
		return 0, false // "met in September 2023 … grew suspicious last autumn … in November": now's
	}
	if y >= p.ref.Year() || m < tm || m == tm && d != 0 && d < td {
		return 0, false
	}
	if p.movedEnd > p.toldEnd && atoi(p.moved[:4]) != y {
		return 0, false // "On May 22, 1995, … the following year … in December": no longer 1995
	}
	switch p.lo(i - 1) {
	case "last", "next", "this", "coming", "past", "previous", "following":
		return 0, false
	}
	if p.breaksBetween(p.toldEnd, i) > 1 || p.future(i) {
		return 0, false
	}
	if !p.past(i) && !p.frontedPast(i) && !p.pastDeed(i) && !p.wedgedPast(i) && !p.adjunctPast(i) {
		return 0, false
	}
	return y, true
}

// adjunctReach bounds how many tokens before a time adjunctPast looks for the comma that opens
// its participial adjunct.
const adjunctReach = 12

// adjunctPast reports whether the time at token i lies in a trailing participial adjunct set
// off by a comma whose clause is told in the past ("the gang scrambled the booking system, stranding
// coaches at a dozen garages over Christmas", "hackers broke in, forcing the plant to
// shut in March"): the adjunct takes the tense of the clause before its comma, unless that
// clause is told in the present (presentBefore). An adjunct of saying, listing, aim or threat
// (openAdjunct) does not count, nor does a time closing an extent or a deadline (extentEnd).
func (p *parser) adjunctPast(i int) bool {
	if extentEnd[p.lo(i-1)] {
		return false // an extent or a deadline: "…, leaving the clinics offline until March"
	}
	for k := i - 1; k > 0 && k >= i-adjunctReach; k-- {
		switch t := p.lo(k); t {
		case ".", "!", "?", ";", "\"", ",":
			return false
		default:
			if p.lo(k-1) != "," || p.toks[k].kind != kWord || len(t) < 6 || !strings.HasSuffix(t, "ing") {
				continue
			}
			if openAdjunct[t] {
				return false
			}
			return !p.presentBefore(k-1) && (p.past(k-1) || p.pastDeed(k-1))
		}
	}
	return false
}

// extentEnd holds the words before a time that close an extent or set a deadline ("offline until
// March", "by June"): such a time is no date of the adjunct's deed.
var extentEnd = map[string]bool{"until": true, "till": true, "through": true, "by": true}

// openAdjunct holds the participles whose adjunct does not tell a deed done then: words of
// saying, which may point anywhere ("saying", "adding"), "including", which opens a list, and
// words of aim or threat, which look ahead ("hoping to reopen in December", "threatening to
// publish the files in May").
var openAdjunct = map[string]bool{
	"saying": true, "adding": true, "noting": true, "claiming": true, "arguing": true, "warning": true, "telling": true, "stating": true,
	"insisting": true, "announcing": true, "including": true, "according": true, "citing": true,
	"hoping": true, "aiming": true, "seeking": true, "threatening": true, "planning": true, "vowing": true, "promising": true,
	"expecting": true, "intending": true, "pledging": true, "preparing": true,
}

// presentBefore reports whether the sentence before token c holds a present or future
// auxiliary ("is", "are", "has", "will", …), which tells its clause in the present however
// its participles end ("The port is still closed, hoping …").
func (p *parser) presentBefore(c int) bool {
	for k := c - 1; k >= 0 && k >= c-3*adjunctReach; k-- {
		switch p.lo(k) {
		case ".", "!", "?", ";", "\"":
			return false
		case "may":
			if !p.toks[k].upper {
				return true // the modal, not the month ("hit in May, forcing …")
			}
		case "is", "are", "am", "has", "have", "remains", "remain", "will", "can", "says", "say":
			return true
		}
	}
	return false
}

// breaksBetween counts the line breaks between tokens from and to: 0 within a paragraph, 1
// into the next one.
func (p *parser) breaksBetween(from, to int) int {
	n := 0
	for k := from; k <= to && k < len(p.toks); k++ {
		if k > from && p.toks[k].nl {
			n++
		}
	}
	return n
}

// episodeDate is the match of a month (d = 0) or a month and day without a year over tokens
// [i, j) that takes its year from the episode the narrative tells (episodeYear); it becomes the
// told time, so a date after it reads the same episode ("on March 4 … and on March 12").
func (p *parser) episodeDate(i, j, m, d int) (match, bool) {
	y, ok := p.episodeYear(i, m, d)
	if !ok {
		return match{}, false
	}
	v := fmtMonth(y, m)
	if d != 0 {
		v = fmtDay(y, m, d)
	}
	r, _ := mk(i, j, Date, v)
	r.told = true
	return r, true
}
