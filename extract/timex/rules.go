package timex

import (
	"strconv"
	"strings"
	"time"
)

// parser holds the state of one Find call.
type parser struct {
	lx     *lexicon
	toks   []token
	ref    time.Time // the reference date at midnight UTC
	hasRef bool
	lastQ  string // the last quarter value the text named (1989-Q3), for "the quarter"
	// narrative: resolve anaphoric expressions against anchor (Narrative)
	narrative bool
	anchor    string // the narrative's reference time: the last calendar date the text gave
	// anchorDeictic: the anchor was itself read against the reference date (yesterday)
	anchorDeictic bool
	// anchorWeek: the anchor is a day the text told with its weekday ("Tuesday, January 27")
	// or a bare weekday read forward from one: the narrative walks through that week
	anchorWeek bool
	anchorEnd  int // the token after the expression that set the anchor
	// dayAnchor: the last anchor that was a day, for "the same day" when a coarser date
	// (a year, a month) has become the anchor since
	dayAnchor string
	// partDay: the day of the last time of day that named its day ("Tuesday night"), partEnd
	// the token after it, partNight whether it was an evening or a night (partDayNear)
	partDay   string
	partEnd   int
	partNight bool
	// stepDay: the last day computed from the anchor ("the next day", "two days later") and
	// stepEnd the token after it, for "that afternoon", "that day" told after it: the
	// narrative has stepped to that day
	stepDay string
	stepEnd int
	// leadDay: the day the text's first anchor named, when it is in the first paragraph and
	// read against the reference date ("Lithuania on Wednesday blamed …"): the day a news
	// story is about; leadSeen: the first anchor has been seen
	leadDay  string
	leadSeen bool
	// attrYear: the last bare year told as a noun's modifier after the anchor ("a 2023
	// phishing operation"; attributiveYear), no anchor for a day or month, but the year "of
	// that year" names; attrYearEnd the token after it
	attrYear    string
	attrYearEnd int
	// told: the last calendar date or season the text gave with its year written out (not
	// computed from another expression), or read from such a one by "that" or "the following",
	// for "that autumn", "that August", "the following spring"
	told    string
	toldEnd int // the token after the expression that set told
	// moved: the last calendar value computed from the anchor ("the following year", "a month
	// later") and movedEnd the token after it: where the narrative has counted on to
	moved    string
	movedEnd int
	// lastStart, lastEnd and lastVal: the tokens [lastStart, lastEnd) and value of the last
	// expression found, for the end of a range it opens ("from late March until early May")
	lastStart, lastEnd int
	lastVal            string
	// nowEnd: the token after the last date read against the reference date, with no year
	// written out and not computed from the anchor ("last autumn", "on Tuesday")
	nowEnd int
	// nowDays: the bare weekdays the text has read against the reference date so far ("told
	// reporters Thursday"), indexed by weekday: the same name later names that day again
	nowDays [7]bool
}

// match is one expression found by a rule: tokens [start, end).
type match struct {
	start    int // first token; -1 means the position the rule was tried at
	end      int
	typ, val string
	derived  bool // the value was computed from an earlier expression: do not remember it
	week     bool // a day told with its weekday, or a weekday of the week the narrative walks
	now      bool // a bare weekday read against the reference date
	told     bool // a month or season of the told year ("that June", "the following spring"): told from here on
	// on is the day a clock time was told on ("3 a.m. on Sunday, March 18, 2018"), remembered
	// as if it stood alone; nil when the clock time names no day of its own
	on *match
}

// lo returns the lower-cased text of token i, "" outside the tokens.
func (p *parser) lo(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].lo
}

// word returns the lexicon entry of token i, the empty one when there is no token i.
func (p *parser) word(i int) *entry {
	if i < 0 || i >= len(p.toks) {
		return &p.lx.entries[0]
	}
	return &p.lx.entries[p.toks[i].wi]
}

// tight reports whether token i follows token i-1 with no space between.
func (p *parser) tight(i int) bool { return i > 0 && i < len(p.toks) && !p.toks[i].sp }

// joined reports whether token i continues the token before it: it follows with no space and
// is a word, a number or a joining mark (2017-10-10-3, 10/10/2017/x).
func (p *parser) joined(i int) bool {
	if !p.tight(i) {
		return false
	}
	switch p.toks[i].lo {
	case "-", "/", ":":
		return true
	}
	return p.toks[i].kind != kPunct
}

// remember keeps what a match tells later ones: a quarter it names (lastQ), and the month or
// season of the told year, or a date with its year written out in a narrative, as the time
// the text has come to (told, toldEnd).
func (p *parser) remember(m match) {
	if m.on != nil {
		p.remember(*m.on) // "At 3 a.m. on Sunday, March 18, 2018, … The next day": that Sunday
	}
	if !m.derived && len(m.val) == 7 && m.val[4] == '-' && m.val[5] == 'Q' && m.val[0] != 'X' {
		p.lastQ = m.val
	}
	if m.told {
		p.told, p.toldEnd = m.val, m.end // "the following March. … That June": the June of that March's year
	} else if p.narrative && !m.derived && m.typ == Date && (calendarValue(m.val) || seasonValue(m.val)) &&
		!(p.told != "" && (p.attributiveYear(m) || p.attributiveMonth(m))) {
		// a date with its year written out: a bare month or weekday was read against the
		// publication date, not the narrative; a year modifying a noun after a told date
		// ("briefed her in June 2023 … her 2021 campaign … later that summer") leaves it
		for k := m.start; k >= 0 && k < m.end && k < len(p.toks); k++ {
			if p.toks[k].kind == kNum && p.toks[k].ndig == 4 {
				p.told, p.toldEnd = m.val, m.end
				break
			}
		}
	}
	if m.now {
		p.nowDays[nowWeekday(m.val)] = true
	}
	if p.narrative && !m.told && !m.derived && m.typ == Date && !p.yearWritten(m) {
		p.nowEnd = m.end
	}
	if m.derived && m.typ == Date && calendarValue(m.val) {
		p.moved, p.movedEnd = m.val, m.end
	}
	p.rememberAnchor(m)
}

// weekdayYear returns the day value v (2006-01-02) of a date told with its weekday and no year
// ("Monday, March 19"), moved into the year of the narrative when the weekday does not fall on
// v but does in that year: the year of the last date the text wrote out with its year (told),
// or else of the narrative's anchor ("On Sunday, March 18, 2018, … by Monday, March 19": 2018,
// not the publication's year), or else of the reference date. A weekday that falls in none
// leaves v.
func (p *parser) weekdayYear(v string, wd time.Weekday) string {
	t, err := time.Parse("2006-01-02", v)
	if err != nil || t.Weekday() == wd {
		return v
	}
	now := ""
	if p.hasRef {
		now = fmtDate(p.ref)
	}
	for _, c := range [3]string{p.told, p.anchor, now} {
		if len(c) < 4 {
			continue
		}
		y, err := strconv.Atoi(c[:4])
		if err != nil || y == t.Year() {
			continue
		}
		if d := time.Date(y, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC); d.Month() == t.Month() && d.Weekday() == wd {
			return fmtDate(d)
		}
	}
	return v
}

// yearWritten reports whether match m writes out a year: a number of four digits.
func (p *parser) yearWritten(m match) bool {
	for k := max(m.start, 0); k < m.end && k < len(p.toks); k++ {
		if p.toks[k].kind == kNum && p.toks[k].ndig == 4 {
			return true
		}
	}
	return false
}

// nowWeekday returns the weekday of the day value v (2006-01-02), Sunday for any other value.
func nowWeekday(v string) time.Weekday {
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return time.Sunday
	}
	return t.Weekday()
}

// seasonValue reports whether v is YYYY-SP, YYYY-SU, YYYY-FA or YYYY-WI.
func seasonValue(v string) bool {
	if len(v) != 7 || !digits(v[:4]) || v[4] != '-' {
		return false
	}
	_, ok := seasonStart[v[5:]]
	return ok
}

// toldAt reads the year and first month (0: the year alone) of the last date the text gave.
func (p *parser) toldAt() (y, m int, ok bool) {
	v := p.told
	if !p.narrative || len(v) < 4 {
		return 0, 0, false
	}
	y = atoi(v[:4])
	switch {
	case len(v) == 4:
	case seasonValue(v):
		m = seasonStart[v[5:]]
	case v[5] == 'Q':
		m = 3*int(v[6]-'0') - 2
	default:
		m = atoi(v[5:7])
	}
	return y, m, true
}

// thatAt reports whether "that" at i opens a phrase of time ("That autumn, …", "in that
// August", "later that summer", "by that December") rather than a clause ("said that May …").
func (p *parser) thatAt(i int) bool {
	if p.lo(i) != "that" {
		return false
	}
	switch p.lo(i - 1) {
	case "", ".", ",", ";", "\"", "in", "by", "during", "until", "till", "since", "through", "over",
		"from", "of", "before", "after", "throughout", "later", "earlier", "early", "late":
		return true
	}
	return false
}

// thatTime reports whether "that" at h opens a phrase of time: after a word that opens one
// (thatAt) or with a clause ending at token after, right behind the month or season ("published
// it that May." is a time, "the story that May wrote" a relative clause).
func (p *parser) thatTime(h, after int) bool {
	if p.thatAt(h) {
		return true
	}
	switch p.lo(after) {
	case ".", ",", ";":
		return p.lo(h) == "that"
	}
	return false
}

// toldRel reads the word after "the" that ties a month or season to the told time:
// "following" for "following" or "next", "previous" for "previous" or "preceding", else "".
func toldRel(w string) string {
	switch w {
	case "following", "next":
		return "following"
	case "previous", "preceding":
		return "previous"
	}
	return ""
}

// toldNext resolves "that" (anaphoric, the told year), "the following"/"the next" (the first
// time after the told one) or "the previous" (the last before it) before a month or season
// starting in month st: it returns the year.
func (p *parser) toldNext(rel string, st int) (int, bool) {
	y, m, ok := p.toldAt()
	if !ok {
		return 0, false
	}
	switch {
	case rel == "following" && (m == 0 || st <= m):
		y++
	case rel == "previous" && (m == 0 || st >= m):
		y-- // "the previous autumn" after March 2023: the autumn of 2022
	}
	return y, true
}

// matchAt tries every rule that may open at token i and keeps the longest match.
func (p *parser) matchAt(i int) (match, bool) {
	t := &p.toks[i]
	rules := rAll
	if t.kind == kWord {
		e := &p.lx.entries[t.wi]
		if !e.starter {
			return match{}, false
		}
		rules = e.rules
	}
	if t.kind == kPunct && t.lo != "'" {
		return match{}, false
	}
	best := match{end: -1}
	try := func(m match, ok bool) {
		if ok && m.end > best.end && m.end > i {
			best = m
		}
	}
	// a rule not among the word's rules finds nothing at it (ruleStarts)
	if rules&rModified != 0 {
		try(p.modified(i))
	}
	if rules&rDate != 0 {
		try(p.date(i))
	}
	if rules&rYear != 0 {
		try(p.year(i))
	}
	if rules&rQuarter != 0 {
		try(p.quarter(i))
	}
	if rules&rSeason != 0 {
		try(p.season(i))
	}
	if rules&rWeekday != 0 {
		try(p.weekdayExpr(i))
	}
	if rules&rDeictic != 0 {
		try(p.deictic(i))
	}
	if rules&rRelative != 0 {
		try(p.relative(i))
	}
	if rules&rClock != 0 {
		try(p.clock(i))
	}
	if rules&rDuration != 0 {
		try(p.duration(i))
	}
	if rules&rSet != 0 {
		try(p.set(i))
	}
	if rules&rTheUnit != 0 {
		try(p.theUnit(i))
	}
	if rules&rCentury != 0 {
		try(p.century(i))
	}
	if rules&rHoliday != 0 {
		try(p.holiday(i))
		try(p.namedHoliday(i))
	}
	if rules&rAnaphoric != 0 {
		try(p.anaphoric(i))
	}
	if best.end < 0 {
		return match{}, false
	}
	if best.start < 0 {
		best.start = i
	}
	return best, true
}

// mk returns a match of tokens start to end (exclusive) of type typ and value val, and true.
func mk(start, end int, typ, val string) (match, bool) {
	return match{start: start, end: end, typ: typ, val: val}, true
}

// ---- numbers ------------------------------------------------------------------------------

// number reads a cardinal at i: digits, number words (twenty-four, a dozen), "a"/"an" (one),
// "a couple of" (two), or a vague quantity (few, several, many, some → -1).
func (p *parser) number(i int) (n, j int, ok bool) {
	if i >= len(p.toks) {
		return 0, i, false
	}
	t := p.toks[i]
	if t.kind == kNum {
		if t.num < 0 || t.ndig > 6 {
			return 0, i, false
		}
		return t.num, i + 1, true
	}
	switch t.lo {
	case "a", "an":
		switch p.lo(i + 1) {
		case "couple":
			if p.lo(i+2) == "of" {
				return 2, i + 3, true
			}
			return 2, i + 2, true
		case "few":
			return -1, i + 2, true
		case "dozen":
			return 12, i + 2, true
		case "hundred":
			return 100, i + 2, true
		case "half":
			return 0, i, false
		}
		return 1, i + 1, true
	case "couple":
		if p.lo(i+1) == "of" {
			return 2, i + 2, true
		}
		return 0, i, false
	}
	if p.lx.entries[t.wi].vague {
		return -1, i + 1, true
	}
	e := &p.lx.entries[t.wi]
	v, ok := e.number, e.isNumber
	if !ok {
		return 0, i, false
	}
	j = i + 1
	if v >= 20 && v < 100 {
		k := j
		if p.lo(k) == "-" && p.tight(k) {
			k++
		}
		if e := p.word(k); e.isNumber && e.number > 0 && e.number < 10 {
			u := e.number
			v += u
			j = k + 1
		}
	}
	if v > 0 && v < 100 && p.lo(j) == "hundred" {
		v *= 100
		j++
	}
	return v, j, true
}

// unitAt reads a calendar unit word at i.
func (p *parser) unitAt(i int) (unit, bool) {
	e := p.word(i)
	u, ok := e.unit, e.isUnit
	if !ok || p.toks[i].kind != kWord {
		return unit{}, false
	}
	return u, true
}

// ---- calendar pieces ----------------------------------------------------------------------

// monthAt reads a month name (optionally an abbreviation with its period) at i.
func (p *parser) monthAt(i int) (m, j int, ok bool) {
	if i >= len(p.toks) || p.toks[i].kind != kWord {
		return 0, i, false
	}
	t := p.toks[i]
	m = p.lx.entries[t.wi].month
	ok = m != 0
	if !ok || !t.upper {
		return 0, i, false
	}
	j = i + 1
	full := len(t.lo) > 4 || t.lo == "june" || t.lo == "july" || t.lo == "may"
	if !full && p.lo(j) == "." && p.tight(j) {
		j++
	} else if !full {
		// A bare abbreviation (Jan, Sept) must be followed by a number.
		if j >= len(p.toks) || p.toks[j].kind != kNum {
			return 0, i, false
		}
	}
	return m, j, true
}

// dottedDay reads a date written day first with dots ("28.05.2026", "3.6.2025"), the year
// of four digits in this century or the one before (not a version number, "15.2.1118").
func dottedDay(s string) (string, bool) {
	parts := strings.Split(s, ".")
	if len(parts) != 3 || len(parts[0]) > 2 || len(parts[1]) > 2 || len(parts[2]) != 4 {
		return "", false
	}
	d, m, y := atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
	if y < 1900 || y > 2099 || !validDay(y, m, d) {
		return "", false
	}
	return fmtDay(y, m, d), true
}

// afterPostposed lists what may follow a "last" set after a weekday ("on Friday last."), so
// that it is not the "last" of a phrase of its own ("Friday last week", "Friday last night").
var afterPostposed = map[string]bool{"": true, ".": true, ",": true, ";": true, ")": true, "and": true, "but": true,
	"in": true, "at": true, "after": true, "when": true, "to": true, "from": true, "with": true, "by": true}

// monthOffset gives the months from the reference's a day of "last month", "this month" and
// so on falls in ("the 14th of last month").
var monthOffset = map[string]int{"last": -1, "previous": -1, "this": 0, "next": 1}

// dayAt reads a day of the month at i (10, 10th).
func (p *parser) dayAt(i int) (d, j int, ok bool) {
	if i >= len(p.toks) {
		return 0, i, false
	}
	t := p.toks[i]
	if t.kind != kNum || t.num < 1 || t.num > 31 || t.ndig > 2 {
		if e := &p.lx.entries[t.wi]; e.isOrdinal && t.kind == kWord {
			o := e.ordinal
			return o, i + 1, true
		}
		return 0, i, false
	}
	j = i + 1
	switch p.lo(j) {
	case "st", "nd", "rd", "th":
		if p.tight(j) {
			j++
		}
	}
	return t.num, j, true
}

// personTitles are the abbreviated titles written with a period before a name ("Mr. Reyes",
// "Sen. Hale", "Lt. Col. Varga").
var personTitles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "lt": true, "col": true, "capt": true, "maj": true, "sgt": true,
	"adm": true, "cmdr": true, "supt": true, "insp": true, "det": true, "rev": true, "hon": true,
}

// titleStop reports whether token k is the period of an abbreviated title before a name
// ("indicted Mr. Reyes in February"): it ends no sentence, so the clause before it goes on.
func (p *parser) titleStop(k int) bool {
	return p.lo(k) == "." && p.tight(k) && k > 0 && p.toks[k-1].upper && personTitles[p.lo(k-1)] &&
		k+1 < len(p.toks) && p.toks[k+1].upper
}

// yearAt reads an explicit four-digit year (or '98) at i.
func (p *parser) yearAt(i int) (y, j int, ok bool) {
	if i >= len(p.toks) {
		return 0, i, false
	}
	t := p.toks[i]
	if t.kind == kNum && t.ndig == 4 && t.num >= 1000 && t.num <= 2999 {
		return t.num, i + 1, true
	}
	if t.lo == "'" && i+1 < len(p.toks) && p.tight(i+1) && p.toks[i+1].ndig == 2 {
		n := p.toks[i+1].num
		if n < 50 {
			return 2000 + n, i + 2, true
		}
		return 1900 + n, i + 2, true
	}
	return 0, i, false
}

// ---- tense ---------------------------------------------------------------------------------

// future reports whether the clause before token i speaks of the future (will, is to,
// scheduled, next), which turns "prefer the past" into "prefer the future".
func (p *parser) future(i int) bool {
	until := -1 // "until" points ahead unless the clause before it is told in the past
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := p.toks[k]
		if p.titleStop(k) {
			continue
		}
		switch t.lo {
		case ".", "!", "?", ";", "\"":
			return p.untilAhead(until, i) || p.frontedFuture(i)
		case "said", "says", "told", "announced", "reported", "ago", "last", "was", "were", "had", "did",
			"confirmed", "disclosed", "revealed", "stated", "added", "wrote", "noted", "claimed", "acknowledged", "admitted",
			"accused", "alleged", "denied", "blamed":
			return false // "did not flag the flaw until April 14": past; "X were planning attacks, the ministry confirmed on Monday": the saying's; "accused the agency of hiding it until after the October hearing": a past deed
		case "until", "till":
			until = k
		case "will", "shall", "scheduled", "upcoming", "plans", "planning", "expected", "due", "ll",
			"would", "could", "might", "expects", "expect", "intends", "intend", "aims", "hopes":
			return true
		case "set":
			switch p.lo(k - 1) {
			case "is", "are", "been", "be":
				return true // "the hearing is set for Sept. 12"
			}
		case "effect":
			switch p.lo(k - 1) {
			case "take", "takes":
				return true // "the rules take effect on Aug. 1"
			}
		case "deadline":
			// "the deadline of March 3": ahead; "the deadline passed on March 3", "the deadline
			// expired in May": the clause tells it in the past
			return !p.pastBetween(k, i)
		case "to":
			switch p.lo(k - 1) {
			case "is", "are", "going":
				return true
			}
		case "soon":
			if p.lo(k-1) == "as" && p.lo(k+1) == "as" {
				return true // as soon as
			}
		case "early":
			if p.lo(k-1) == "as" && p.lo(k+1) == "as" {
				until = k // as early as: ahead, unless the clause is told in the past ("was obtained as early as July")
			}
		}
	}
	return p.untilAhead(until, i) || p.frontedFuture(i)
}

// untilAhead reports whether "until" at u (-1 for none) points ahead of the time at token i:
// not when the clause is negated in the past however long its object ("did not notify the
// regulator, the FBSO, until Dec. 12") or resumes in the past after the time ("who until
// October was").
func (p *parser) untilAhead(u, i int) bool {
	return u >= 0 && !p.notUntil(u) && !p.pastAfter(i) && !p.pastBetween(u, i) && !p.earliestPast(u)
}

// earliestReach is how far before "as early as" earliestPast looks for the clause's verb: far
// enough to pass a long object with names in brackets.
const earliestReach = 30

// earliestPast reports whether "early" at u opens "as early as" after a deed told in the past,
// however long its object ("slipped into the network as early as Oct. 12", "had compromised
// computers at the agency (AB) and the ministry (CD) as early as March"): the earliest point
// of something done lies behind. A verb of saying or warning first (tellingPast), whose
// complement may point anywhere ("warned the rule takes effect as early as May"), or what
// pastDeed stops at (a modal, "to", "that", a comma) leaves the time ahead.
func (p *parser) earliestPast(u int) bool {
	if p.lo(u) != "early" || p.lo(u-1) != "as" {
		return false
	}
	return p.pastDeedWithin(u-1, earliestReach, tellingPast)
}

// tellingPast holds past forms of verbs of saying, warning and foretelling beyond those
// pastDeed stops at, whose complement may point ahead of them ("warned the rule takes effect as
// early as May").
var tellingPast = map[string]bool{
	"warned": true, "confirmed": true, "disclosed": true, "revealed": true, "stated": true, "added": true,
	"wrote": true, "noted": true, "claimed": true, "predicted": true, "forecast": true, "estimated": true,
	"projected": true, "indicated": true, "suggested": true,
}

// pastBetween reports whether a clause told in the past opens after "until" at u and before
// the time at i ("until the campaign folded in January"); not a passive or an infinitive
// ("until the funds are released in January", "until it is signed in May").
func (p *parser) pastBetween(u, i int) bool {
	for k := u + 1; k < i; k++ {
		t := p.toks[k].lo
		if !(pastForm(t) || participle(t) && p.toks[k].kind == kWord) {
			continue
		}
		switch p.lo(k - 1) {
		case "is", "are", "be", "been", "being", "will", "to":
			return false
		}
		return true
	}
	return false
}

// pastAfter reports whether the clause resumes in the past right after the time at token i
// ("who until October was the council's director", "until May 3 had led the unit"): a past
// form within a few words, before any punctuation.
func (p *parser) pastAfter(i int) bool {
	for k := i + 1; k < len(p.toks) && k <= i+5; k++ {
		t := p.lo(k)
		if p.toks[k].kind == kNum || t == "." && k == i+1 {
			continue // the rest of the date: "Dec. 12", "October 2015"
		}
		switch t {
		case ".", "!", "?", ";", ",", "\"", "will", "would", "is", "are":
			return false
		}
		if pastForm(t) {
			return true
		}
	}
	return false
}

// untilPast reports whether the time at token i follows "until" in a clause told in the past:
// negated ("did not brief the council until April 23") or resumed in the past after it ("who
// until October was its director"). The time is then behind the reference date.
func (p *parser) untilPast(i int) bool {
	switch p.lo(i - 1) {
	case "until", "till":
		return p.notUntil(i-1) || p.pastAfter(i)
	}
	return false
}

// past reports whether the clause before token i is told in the past tense: an auxiliary or
// verb of saying in the past, or a past-tense or participle form ("published", "signed"),
// with no infinitive ("to be published in") or present future ("expects") in between.
// future is asked first: "scheduled" and "expected" end in -ed too.
func (p *parser) past(i int) bool {
	switch p.lo(i - 1) {
	case "until", "till":
		return p.untilPast(i) // "did not tell the regulator until April", "who until April was": it told then
	case "by":
		return p.perfectBefore(i - 1) // a deadline, unless done by then: "had stolen the files by November"
	case "through":
		return false // an extent: "extended through January"
	case "as":
		if p.earliestPast(i - 2) {
			return true // "had breached servers at X (AB) and Y (CD) as early as December"
		}
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := p.toks[k].lo
		if p.titleStop(k) {
			continue // "indicted Mr. Reyes in February": a title's period ends no sentence
		}
		if t == "to" && p.prepositionTo(k) {
			continue // a preposition, no infinitive: "gained access to the network (to X's network) in late February"
		}
		switch t {
		case ".", "!", "?", ";", "\"", "to", "be", "expects", "expect", "plans", "hopes", "will",
			"planned", "scheduled", "expected", "intended", "proposed", "supposed":
			return false // an infinitive, a plan or a present future: "decided to admit in March"
		case "need", "indeed", "united", "speed":
			continue
		}
		if p.pastAt(k) {
			return true
		}
		if participle(t) {
			switch p.lo(k - 1) {
			case "be", "to", "will", "is", "are":
				return false // "to be published in", "will be signed in", "when he is sentenced in July"
			}
			return true
		}
	}
	return false
}

// prepositionTo reports whether the "to" at k is a preposition, not the mark of an infinitive:
// a determiner, a possessive, a name, a number or a plural noun comes after it ("gave the
// files to the agency", "to X's network", "sold the data to Vantor", "issued a warning to
// banks", "sent letters to 40 firms") or a count told as an approximation ("to more than 70
// garages": approxCount). A plural noun is a word of more than three letters
// ending in "s" but not in "ss", "us" or "is", which base verbs end in ("to access", "to
// discuss", "to focus").
func (p *parser) prepositionTo(k int) bool {
	if p.word(k+1).determiner || p.lo(k+2) == "'" && p.lo(k+3) == "s" || p.approxCount(k+1) {
		return true
	}
	if k+1 >= len(p.toks) {
		return false
	}
	n := p.toks[k+1]
	switch {
	case n.kind == kNum:
		return true
	case n.kind != kWord:
		return false
	case n.upper:
		return true
	}
	w := n.lo
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// longPast reports whether the month at token i closes a deed told in the past past a long
// object ("sent an alert to Harlow Water and its suppliers across the state in December"),
// farther back than past looks (pastDeed), in a sentence with no present or future auxiliary
// ("is sentenced in December": presentBefore) and not as the end of an extent ("through").
func (p *parser) longPast(i int) bool {
	return p.lo(i-1) != "through" && p.pastDeed(i) && !p.presentBefore(i)
}

// approxCount reports whether a count told as an approximation opens at token k: "more",
// "fewer" or "less" then "than" and a number, or an approximator (approximators: "about",
// "nearly", "roughly", …) then a number ("cut off more than 600 shops", "sent letters to about
// 40 firms"), so that a "to" before it is a preposition. "pledged to more than double its
// staff" is an infinitive: no number follows "than".
func (p *parser) approxCount(k int) bool {
	if k+1 >= len(p.toks) {
		return false
	}
	switch w := p.lo(k); {
	case w == "more" || w == "fewer" || w == "less":
		return p.lo(k+1) == "than" && p.numberAt(k+2)
	case approximators[w]:
		return p.toks[k+1].kind == kNum
	}
	return false
}

// approximators hedge a number after them ("about 40", "nearly 300").
var approximators = map[string]bool{"about": true, "nearly": true, "almost": true, "roughly": true, "around": true, "some": true, "approximately": true, "over": true}

// numberAt reports whether token k is a number, in digits or in words ("600", "forty").
func (p *parser) numberAt(k int) bool {
	if k >= len(p.toks) {
		return false
	}
	if p.toks[k].kind == kNum {
		return true
	}
	_, ok := p.lx.numbers[p.lo(k)]
	return ok
}

// wedgedPast reports whether the time at token i is a phrase "in <month>" or "on <day>" set
// between a clause's subject and its verb, and that verb is told in the past ("The Treasury
// Department in May sanctioned the exchange", "The attack on the port on Feb. 11 disrupted
// shipping"): the verb right after the phrase is a past form or ends in -ed. past reads only the
// words before the phrase, which here are the subject.
func (p *parser) wedgedPast(i int) bool {
	if p.lo(i-1) != "in" && p.lo(i-1) != "on" {
		return false
	}
	j := p.dateEnd(i)
	if j >= len(p.toks) || p.toks[j].kind != kWord {
		return false
	}
	t := p.lo(j)
	return pastForm(t) || edForm(t)
}

// notUntil reports whether "until" at u closes a clause negated in the past ("did not tell
// the regulator until April", "was not found until", also past a long object in apposition:
// "did not notify the Nigerian Communications Commission (NCC), the industry regulator, until
// August 17"): what it tells happened at the time after it, not an extent or a deadline
// ("extended until January"). A negative state told in the past ("went undetected until
// October", "remained unnoticed until", "was unaware of the breach until") counts as well.
func (p *parser) notUntil(u int) bool {
	for k := u - 1; k > 0 && k >= u-20; k-- {
		switch p.lo(k) {
		case ".", "!", "?", ";", "\"":
			return false
		case "not", "never":
			switch p.lo(k - 1) {
			case "did", "was", "were", "had":
				return true
			}
		}
		if unState(p.lo(k)) {
			switch p.lo(k - 1) {
			case "went", "remained", "stayed", "was", "were", "gone", "lay":
				return true
			}
		}
	}
	return false
}

// unState reports whether t is a negative participle or adjective of knowing or finding
// ("undetected", "unnoticed", "undiscovered", "unaware", "unknown", "unreported").
func unState(t string) bool {
	switch t {
	case "unaware", "unknown", "unseen", "hidden":
		return true
	}
	return strings.HasPrefix(t, "un") && edForm(t)
}

// tellingHearerReach bounds the words of the hearer or object sayingTime lets stand between a
// verb of telling and its time.
const tellingHearerReach = 4

// sayingTime reports whether the time at token i is the own time of the verb of saying or
// telling at token v, told in the past. Either only "on", "in" or "at" stand between ("the
// breach, first reported on March 15", "the firm announced Tuesday"), no clause that may point
// anywhere ("said the offer expires Nov. 5"); or a preposition of time opens the time right
// after "said" or "announced" ("said late on March 20 that …"), or after the short hearer or
// object of "told", "reported" or "announced" ("told regulators on March 20", "reported the
// theft to police on May 2"), with no pronoun subject, "that" or past form among those words
// that would open a clause the verb reports ("told reporters the attack began on March 20":
// the attack's day). No "be", "will", "to", "is" or "are" stands before the verb: a telling to
// come ("will be announced on Nov. 15", "to be announced on").
func (p *parser) sayingTime(v, i int) bool {
	object := false
	switch p.lo(v) {
	case "said":
	case "told", "reported", "announced":
		object = true
	default:
		return false
	}
	switch p.lo(v - 1) {
	case "be", "been", "will", "to", "is", "are":
		return false
	}
	return p.prepsOnlyBetween(v, i) || p.afterHearer(v, i, object)
}

// prepsOnlyBetween reports whether only "on", "in" or "at", or nothing, stand between tokens v
// and i (sayingTime: "first reported on March 15", "announced Tuesday").
func (p *parser) prepsOnlyBetween(v, i int) bool {
	for j := v + 1; j < i; j++ {
		switch p.lo(j) {
		case "on", "in", "at":
		default:
			return false
		}
	}
	return true
}

// afterHearer reports whether a preposition of time opens the time at i ("on", "in" or
// "during", perhaps after "late" or "early") right after the verb of telling at v or, when the
// verb takes an object, after at most tellingHearerReach plain words of its hearer or object
// (sayingTime).
func (p *parser) afterHearer(v, i int, object bool) bool {
	k := i - 1
	switch p.lo(k) {
	case "on", "in", "during":
		k--
	default:
		return false
	}
	if p.lo(k) == "late" || p.lo(k) == "early" {
		k-- // "said late on March 20"
	}
	if k-v > tellingHearerReach || k > v && !object {
		return false
	}
	for j := v + 1; j <= k; j++ {
		w := p.lo(j)
		switch w {
		case "it", "he", "she", "they", "we", "i", "you", "there", "that", "who", "which":
			return false
		}
		if p.toks[j].kind != kWord || pastForm(w) || participle(w) {
			return false
		}
	}
	return true
}

// motionPast reports whether t is the simple past of a verb of coming or going, which takes
// "to" as a preposition of place, not an infinitive's ("came to light", "went to court", "fled
// to Dubai", "returned to work").
func motionPast(t string) bool {
	switch t {
	case "came", "went", "returned", "moved", "fled", "flew", "traveled", "travelled", "rushed", "turned":
		return true
	}
	return false
}

// pastForm reports whether t is a past form the -ed test misses: an auxiliary, a verb of
// saying or an irregular simple past that no present or infinitive shares ("was", "told",
// "began", "stole", "broke"; not "hit", "put" or "cut").
func pastForm(t string) bool {
	switch t {
	case "was", "were", "had", "did", "said", "told", "began", "took", "found", "saw", "met", "sent", "made",
		"broke", "stole", "struck", "fought", "sought", "caught", "brought", "bought", "won", "led", "fled",
		"froze", "wrote", "drove", "rose", "spoke", "chose", "gave", "got", "knew", "grew", "threw", "flew",
		"drew", "withdrew", "left", "kept", "held", "withheld", "upheld", "paid", "laid", "sold", "heard",
		"built", "spent", "lent", "stood", "felt", "dealt", "became", "came", "went", "ran", "shot", "hid",
		"shook", "swore", "tore", "fell", "overtook", "undertook", "oversaw", "overthrew", "forgave",
		"lost", "swept", "crept", "stuck", "sank", "blew", "slid":
		return true
	}
	return false
}

// passiveBy reports whether the "by" at k names the doer of a passive: a participle or a past
// form stands right before it ("breached by", "struck by"), or a form of "be" before the word
// before it ("was hit by"). Such a "by" sets no deadline for a time after its noun phrase.
func (p *parser) passiveBy(k int) bool {
	w := p.lo(k - 1)
	if participle(w) || pastForm(w) {
		return true
	}
	switch p.lo(k - 2) {
	case "was", "were", "been", "being", "is", "are":
		return p.toks[k-1].kind == kWord
	}
	return false
}

// pastAt reports whether token k is a simple past the -ed test misses: one no present shares
// (pastForm) or one spelt as its present and told in the past (sharedPast).
func (p *parser) pastAt(k int) bool { return pastForm(p.lo(k)) || p.sharedPast(k) }

// sharedPast reports whether token k is a verb whose simple past is spelt as its present
// ("hit", "cut", "shut", "spread") told in the past: before a time of its own clause news tells
// such a verb in the past ("Ransomware hit the council on Feb. 3"), unless an infinitive, an
// auxiliary, a modal or a negation marks it a base form, or a determiner a noun ("to hit",
// "will cut", "does not shut", "the spread of").
func (p *parser) sharedPast(k int) bool {
	switch p.lo(k) {
	case "hit", "cut", "shut", "spread":
	default:
		return false
	}
	switch p.lo(k - 1) {
	case "to", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "do", "does",
		"not", "never", "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "each", "every":
		return false
	}
	return true
}

// edForm reports whether t is a regular past form or participle: an -ed word longer than four
// letters ("signed", "published"; not "red", "shed" or "used").
func edForm(t string) bool { return len(t) > 4 && strings.HasSuffix(t, "ed") }

// participle reports whether t is a past participle: an -ed form ("published", "signed") or
// an irregular one ("stolen", "taken"). Unlike pastForm it may follow "be", "to" or "will"
// ("to be published in March"), which its callers test.
func participle(t string) bool {
	if edForm(t) {
		return true
	}
	switch t {
	case "stolen", "broken", "taken", "written", "given", "shown", "chosen", "driven", "frozen",
		"hidden", "spoken", "sworn", "torn", "fallen", "forgotten", "withdrawn", "overtaken",
		"undertaken", "thrown", "flown", "drawn", "grown", "risen", "shaken", "begun", "forgiven":
		return true
	}
	return false
}

// pastDeed reports whether the clause before token i tells a deed in the past ("the attack
// started April 14", "was breached on March 3", also past a long object: "spotted unfamiliar
// changes on the carrier's remote-access gateway on March 4"): a past auxiliary or a past form
// other than a verb of saying, whose complement may point anywhere ("said the offer expires
// Nov. 5"), with no modal between ("recommended … because it may not meet rules effective Dec. 7").
func (p *parser) pastDeed(i int) bool {
	return p.pastDeedWithin(i, pastDeedReach, nil)
}

// toldPastAround reports whether the clause of a time phrase from token start to end is told
// in the past, by a past deed before the phrase (pastDeed) or a past verb after it (pastFrom):
// "hackers broke in at 3 a.m.", "By the end of the month, the gang had leaked …".
func (p *parser) toldPastAround(start, end int) bool {
	return p.pastDeed(start) || p.pastFrom(end)
}

// perfectBeforeReach bounds how far before token k perfectBefore looks for "had".
const perfectBeforeReach = 12

// perfectBefore reports whether the clause before token k is told in the past perfect: "had",
// perhaps with "already" or "been", then a participle ("the attackers had stolen the files by
// Sept. 8", "had already been encrypted by"), so that a time after it ("by …") lies behind.
func (p *parser) perfectBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-perfectBeforeReach; j-- {
		switch p.lo(j) {
		case ".", "!", "?", ";", "\"", ",":
			return false
		case "had":
			n := j + 1
			for p.lo(n) == "already" || p.lo(n) == "been" {
				n++
			}
			t := p.lo(n)
			return pastForm(t) || participle(t) && p.toks[n].kind == kWord
		}
	}
	return false
}

// pastDeedReach is how far before a time pastDeed looks for the past verb of its clause.
const pastDeedReach = 14

// pastDeedWithin reports what pastDeed does, looking at most reach tokens before token i and
// stopping as well, with false, at a word of stops.
func (p *parser) pastDeedWithin(i, reach int, stops map[string]bool) bool {
	for k := i - 1; k >= 0 && k >= i-reach; k-- {
		t := p.toks[k].lo
		if p.titleStop(k) {
			continue
		}
		if stops[t] {
			return false
		}
		if t == "to" && (p.word(k+1).determiner || k < i-1 && p.prepositionTo(k)) {
			continue // a preposition, no infinitive: "lost access to its servers on Feb. 10", "spread to Elgin Mills", "sent a circular to ferries in February"
		}
		if t == "by" && k < i-1 && p.passiveBy(k) {
			continue // a passive's agent, no deadline: "was attacked by Kerrow Group on Feb. 14", "was hit by hackers on March 11"
		}
		if t == "by" && p.perfectBefore(k) {
			return true // done by then: "had stolen the files by Sept. 8"
		}
		if p.sayingTime(k, i) {
			return true // the saying's own time: "first reported on March 15", "announced Tuesday", "said on March 20 that …", "told regulators on March 20"
		}
		if t == "to" && motionPast(p.lo(k-1)) {
			return true // "came to light on March 14", "fled to Dubai in May": "to" opens a place
		}
		switch t {
		case ".", "!", "?", ";", "\"", ",", "to", "be", "will", "said", "says", "told", "announced", "reported",
			"expected", "scheduled", "planned", "that", "until", "till", "by", "for",
			"may", "might", "can", "could", "would", "should", "must", "shall":
			return false
		}
		if p.pastAt(k) {
			return true
		}
		if participle(t) && p.toks[k].kind == kWord {
			return p.lo(k-1) != "be" && p.lo(k-1) != "will" && p.lo(k-1) != "to"
		}
	}
	return false
}

// frontedPast reports whether the month at i opens its sentence, alone or in a fronted time
// phrase, and the clause after it is told in the past ("In June, the centre reported …"): the
// verb that past looks for before the month comes after it. The phrase may name a part of the
// day or of the month ("In the early hours of March 2,", "Early on March 2,", "On the night of
// May 4,", "Shortly after midnight on May 4,", "In the first week of July,", "By mid-August,").
// A month in such a phrase set off by commas before its clause ("A week later, on Sept. 19, an
// employee received …") opens that clause as well.
func (p *parser) frontedPast(i int) bool {
	if !p.fronted(i) {
		return false
	}
	return p.pastFrom(p.dateEnd(i))
}

// pastFromReach bounds how many tokens after a time pastFrom and frontedFuture look for its
// clause's verb.
const pastFromReach = 12

// pastFrom reports whether the clause that goes on from token end is told in the past: a past
// form or a participle comes before its end, with no modal, present "is" or "are", infinitive
// or verb of planning before it ("In June, the centre reported …", "By the end of the month,
// the gang had leaked …").
func (p *parser) pastFrom(end int) bool {
	for j := end; j < len(p.toks) && j <= end+pastFromReach; j++ {
		t := p.toks[j].lo
		if p.titleStop(j) {
			continue // "In June, Mr. Reyes was arrested"
		}
		switch t {
		case ".", "!", "?", ";", "\"", "will", "would", "shall", "is", "are", "to", "plans", "expects":
			return false
		}
		if p.pastAt(j) {
			return true
		}
		if participle(t) && p.toks[j].kind == kWord {
			return true
		}
	}
	return false
}

// fronted reports whether the time at i opens its sentence, alone or in a fronted time phrase
// (frontedPhraseStart), or opens its clause in such a phrase set off by commas ("A week later,
// on Sept. 19, an employee received …").
func (p *parser) fronted(i int) bool {
	k, prep := p.frontedPhraseStart(i)
	if k < 0 {
		return true
	}
	switch p.lo(k) {
	case ".", "!", "?", ";", "\"":
		return true
	case ",":
		return prep && p.lo(p.dateEnd(i)) == ","
	}
	return false
}

// frontedFuture reports whether the time at i is fronted (fronted) and the clause after it
// points ahead before any past form ("In June, the regulator will rule on the merger", "Early
// next year … plans to"): the words future looks for before the time come after it.
func (p *parser) frontedFuture(i int) bool {
	if !p.fronted(i) {
		return false
	}
	end := p.dateEnd(i)
	for j := end; j < len(p.toks) && j <= end+pastFromReach; j++ {
		t := p.toks[j].lo
		if p.titleStop(j) {
			continue
		}
		switch t {
		case ".", "!", "?", ";", "\"":
			return false
		case "will", "shall", "plans", "expects", "intends", "aims":
			return true
		case "is", "are":
			switch p.lo(j + 1) {
			case "to", "due", "set", "scheduled", "expected", "poised":
				return true
			}
		}
		if pastForm(t) || participle(t) && p.toks[j].kind == kWord {
			return false
		}
	}
	return false
}

// frontedPhraseStart returns the token before the time phrase that leads up to the month at i,
// and whether there is one: a run of at most frontedPhraseReach words of fronted time phrases
// (prepositions, articles, modifiers, parts of the day or month) that begins with a preposition
// or a modifier ("in", "on", "early", "late", "shortly", "just"), not with an article or a noun.
// Without such a phrase it returns i-1.
func (p *parser) frontedPhraseStart(i int) (int, bool) {
	k := i - 1
	for k >= 0 && k >= i-frontedPhraseReach {
		t := p.lo(k)
		if t == "-" && p.lo(k-1) == "mid" && p.tight(k) {
			k--
			continue // "By mid-August,"
		}
		if !frontedPhraseWord[t] {
			break
		}
		k--
	}
	if k+1 < i && frontedPhraseOpener[p.lo(k+1)] {
		return k, true
	}
	return i - 1, false
}

// nightHours reports whether the words adj and unit make the idiom "the early hours", "the
// small hours" or "the wee hours": the time after midnight ("in the early hours of March 2"),
// no span of some hours as "the first hours of the war" is.
func nightHours(adj, unit string) bool {
	return unit == "hours" && (adj == "early" || adj == "small" || adj == "wee")
}

// frontedPhraseReach is how many words a fronted time phrase may have before its month
// ("shortly after midnight on", "in the early hours of").
const frontedPhraseReach = 6

// frontedPhraseOpener lists the words a fronted time phrase may open with: prepositions of
// time and the modifiers that go before them ("Early on", "Late on", "Shortly after", "Just
// before", "Sometime in").
var frontedPhraseOpener = map[string]bool{
	"in": true, "on": true, "at": true, "since": true, "by": true, "during": true, "around": true,
	"before": true, "after": true, "early": true, "late": true, "mid": true, "shortly": true,
	"just": true, "sometime": true,
}

// frontedPhraseWord lists the words a fronted time phrase may be built of before its month:
// the openers, articles, "of", ordinals and the parts of a day or a month ("the early hours of",
// "the night of", "the first week of", "the end of", "the day after").
var frontedPhraseWord = func() map[string]bool {
	m := map[string]bool{
		"the": true, "of": true, "first": true, "second": true, "last": true, "final": true,
		"hours": true, "morning": true, "afternoon": true, "evening": true, "night": true,
		"dawn": true, "midnight": true, "noon": true, "week": true, "weeks": true, "day": true, "days": true,
		"end": true, "beginning": true, "start": true, "middle": true,
	}
	for w := range frontedPhraseOpener {
		m[w] = true
	}
	return m
}()

// behind reports whether the time at i lies behind the reference date whatever the tense of
// its clause: it names an incident (incidentNamed) or opens a span up to now (sinceTime).
func (p *parser) behind(i int) bool {
	return p.incidentNamed(i) || p.sinceTime(i)
}

// sinceTime reports whether the month at i follows "since", alone or with a modifier ("since
// Feb. 11", "since early March", "since at least mid-April"): the start of a span that runs up
// to the time of telling ("have hit the council twice since Feb. 11").
func (p *parser) sinceTime(i int) bool {
	k := p.beforeModifier(i)
	if p.lo(k) == "least" && p.lo(k-1) == "at" {
		k -= 2
	}
	return p.lo(k) == "since"
}

// beforeModifier returns the token before the modifier of the time at i, "early", "late",
// "mid" or "mid-" ("since early March", "until mid-April"), or i-1 when it has none.
func (p *parser) beforeModifier(i int) int {
	k := i - 1
	if p.lo(k) == "-" && p.tight(k) && p.lo(k-1) == "mid" {
		k--
	}
	switch p.lo(k) {
	case "early", "late", "mid":
		k--
	}
	return k
}

// incidentNamed reports whether the month at i, with its day if any, names an incident as
// the modifier of an incident noun after a determiner or a possessive ("the Feb. 3 attack",
// "the March breach", "the bank's December ransomware attack"): news names an incident by its
// date once it has happened, so the date lies behind the reference date whatever the tense of
// the clause ("will investigate the March 2 attack", "The February hack was claimed by …").
func (p *parser) incidentNamed(i int) bool {
	switch p.lo(i - 1) {
	case "the", "a", "an", "its", "their", "his", "her", "our":
	case "s":
		if p.lo(i-2) != "'" && p.lo(i-2) != "’" {
			return false
		}
	default:
		return false
	}
	j := p.dateEnd(i)
	if incidentModifier[p.lo(j)] {
		j++
	}
	return incidentNoun[p.lo(j)] && p.toks[j].kind == kWord
}

// incidentModifier lists the words that may stand between a date and the incident noun it
// modifies ("the March ransomware attack").
var incidentModifier = map[string]bool{
	"ransomware": true, "cyber": true, "phishing": true, "wiper": true, "hacking": true, "data": true,
	"ddos": true, "malware": true, "supply-chain": true, "missile": true, "drone": true,
}

// incidentNoun lists the nouns of incidents that news names by their date once they happened
// ("the Feb. 3 breach"); no nouns of plans ("the March vote", "the May deadline").
var incidentNoun = map[string]bool{
	"attack": true, "attacks": true, "cyberattack": true, "cyberattacks": true, "breach": true,
	"breaches": true, "hack": true, "hacks": true, "intrusion": true, "intrusions": true,
	"incident": true, "incidents": true, "raid": true, "raids": true, "leak": true, "leaks": true,
	"theft": true, "heist": true, "outage": true, "outages": true, "compromise": true,
	"bombing": true, "shooting": true, "explosion": true, "blast": true, "crash": true,
}

// dateEnd returns the token after the month at i and the day after it, if any ("Dec. 4"), or
// after the day at i and the month after it ("4 December").
func (p *parser) dateEnd(i int) int {
	_, j, ok := p.monthAt(i)
	if !ok {
		// a day before its month: "11 February", "the 7th of February"
		if _, k, ok := p.dayAt(i); ok && p.toks[i].kind == kNum {
			if p.lo(k) == "of" {
				k++
			}
			if _, l, ok := p.monthAt(k); ok {
				return l
			}
		}
		return i + 1
	}
	if _, k, ok := p.dayAt(j); ok && p.toks[j].kind == kNum {
		j = k
	}
	return j
}

// ---- resolution -----------------------------------------------------------------------------

// resolveMonthDay returns the day d of month m that the expression at token i names: of the
// year before, of and after the reference date, the one nearest to it, where a day ahead
// counts double unless the clause points to the future, a day behind then counts only when no
// day ahead is valid, and a deed told done takes no day ahead. Without a reference the year
// is XXXX.
func (p *parser) resolveMonthDay(i, m, d int) string {
	if !p.hasRef {
		return "XXXX-" + pad(m, 2) + "-" + pad(d, 2)
	}
	if y, ok := p.rangeEndYear(i, m, d); ok {
		return fmtDay(y, m, d) // "from March 28 to April 3": the first April 3 after March 28
	}
	y := p.ref.Year()
	best, bestDist := y, -1.0
	behind := p.behind(i)
	fut := p.future(i) && !behind
	done := !fut && (behind || p.pastDeed(i) || p.frontedPast(i) || p.untilPast(i) || p.wedgedPast(i))
	for _, c := range []int{y - 1, y, y + 1} {
		if !validDay(c, m, d) {
			continue
		}
		diff := time.Date(c, time.Month(m), d, 0, 0, 0, 0, time.UTC).Sub(p.ref).Hours() / 24
		if done && diff > 0 && c > y-1 {
			continue // "the attack started April 14", written in February: last April
		}
		dist := diff
		if dist < 0 {
			dist = -dist
		}
		switch {
		case fut && diff < 0:
			dist += 400
		case !fut && diff > 0:
			dist *= 2 // prefer the past
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = c, dist
		}
	}
	if fut {
		return fmtDay(best, m, d)
	}
	return p.perfectBeforeAnchor(i, fmtDay(best, m, d))
}

// futureMonths is how far ahead of the reference month a bare month name may point: news
// speak of "in December" in March for the coming December, but of "in January" in October
// for the past one.
const futureMonths = 3

// resolveMonth returns the month m that the expression at token i names: of the reference
// year, else of the year after for a month before the reference month when the clause points
// to the future, or at most futureMonths ahead across the new year unless told in the past,
// else of the year before for a month more than futureMonths ahead, or one a little ahead told
// in the past. Without a reference the year is XXXX.
func (p *parser) resolveMonth(i, m int) string {
	if !p.hasRef {
		return "XXXX-" + pad(m, 2)
	}
	if y, ok := p.rangeEndYear(i, m, 0); ok {
		return fmtMonth(y, m) // "from late March until early May": the first May after March
	}
	y, rm := p.ref.Year(), int(p.ref.Month())
	named := p.behind(i)
	switch {
	case p.future(i) && !named:
		if m < rm {
			y++
		}
	case m-rm > futureMonths:
		y--
	case m > rm:
		// a month a little ahead of the reference is the coming one, unless the clause is told
		// in the past ("was signed in December", written in October; "In December, X said …")
		if named || p.past(i) || p.frontedPast(i) || p.wedgedPast(i) || p.longPast(i) || p.adjunctPast(i) {
			y--
		}
	case !p.future(i) && p.laterMonthLastYear(i, m, rm):
		y-- // "pleaded guilty in February and was sentenced in April", written in March: both last year
	case m-rm+12 <= futureMonths:
		// "in February", written in November: next February, unless the clause is told in
		// the past ("published in February", "In February, X said …")
		if !named && !p.past(i) && !p.frontedPast(i) && !p.wedgedPast(i) && !p.longPast(i) && !p.adjunctPast(i) {
			y++
		}
	}
	return p.perfectBeforeAnchor(i, fmtMonth(y, m))
}

// sameSubjectAfter reports whether the words between the join at j and the verb at k leave the
// verb the first clause's subject: none, "then", a fronted month with its "in" and comma, or a
// personal pronoun that points back to that subject ("; in December, it fined …").
func (p *parser) sameSubjectAfter(j, k int) bool {
	for q := j + 1; q < k; q++ {
		if _, _, ok := p.monthAt(q); ok {
			continue
		}
		switch p.lo(q) {
		case ",", "then", "in", "it", "they", "he", "she":
		default:
			return false
		}
	}
	return true
}

// laterMonthLastYear reports whether a bare month m at i that falls in the reference year (m
// is not after the reference month rm) is followed in its sentence by a bare month later in
// the calendar that a past verb right after the join puts in the year before, in a clause joined
// to it by "and", "then" or a semicolon, with no subject of its own: "pleaded guilty in
// February and was sentenced in April", written in March. A narrative tells a sequence of deeds in order, so the first month is that year's too;
// read against the reference date it would come after the second. A subordinate clause or a
// relative one between ("was fined in February over a breach that began in April", "was
// sentenced in February, after pleading guilty in April") or the past perfect may tell an
// earlier time, and the month stays.
func (p *parser) laterMonthLastYear(i, m, rm int) bool {
	joined, told, join := false, false, 0
	for k := i + 1; k < len(p.toks) && k-i <= 25; k++ {
		switch p.lo(k) {
		case ".", "!", "?", "\"", "after", "before", "since", "until", "till", "following", "when", "while",
			"as", "because", "that", "which", "who", "whose", "where", "had", "by", "from", "between", "to", "through",
			"will", "would", "plan", "plans", "expects", "expect", "is", "are":
			return false
		case "and", "then", ";":
			joined, join = true, k
		default:
			// the past verb after the join shares the first clause's subject ("and was
			// sentenced", "and then sold", "; in December, it fined"); a new subject ("and a
			// rival crew attacked") tells another deed, whose order says nothing of the first's
			// year
			told = told || joined && p.sameSubjectAfter(join, k) && (p.pastAt(k) || participle(p.lo(k)))
		}
		m2, j, ok := p.monthAt(k)
		if !ok {
			continue
		}
		switch p.lo(k - 1) {
		case "last", "next", "this", "that", "following", "previous", "same", "coming", "past":
			return false
		}
		if _, _, ok := p.dayAt(j); ok {
			return false
		}
		if _, _, ok := p.yearAt(j); ok {
			return false
		}
		if _, _, ok := p.deicticYearAt(j); ok {
			return false
		}
		if _, _, ok := p.anchorYearAt(j); ok {
			return false
		}
		if _, _, ok := p.yearAt(j + 1); ok && (p.lo(j) == "of" || p.lo(j) == ",") {
			return false // "in April of 2023", "in April, 2023"
		}
		return joined && m2 > m && m2 > rm && !p.future(k) && (told || p.frontedPast(k) || p.wedgedPast(k))
	}
	return false
}

// resolveWeekday returns the day of weekday wd that the expression at token i names: the
// nearest on or after the reference date when the clause points to the future, else the
// nearest on or before it; without a reference, a weekday of an unknown week.
func (p *parser) resolveWeekday(i int, wd time.Weekday) string {
	if !p.hasRef {
		return "XXXX-WXX-" + strconv.Itoa(isoDay(wd))
	}
	rd := p.ref.Weekday()
	if p.future(i) {
		return fmtDate(p.ref.AddDate(0, 0, (int(wd)-int(rd)+7)%7))
	}
	return fmtDate(p.ref.AddDate(0, 0, -((int(rd) - int(wd) + 7) % 7)))
}

// isoDay returns the ISO 8601 number of weekday wd: 1 for Monday to 7 for Sunday.
func isoDay(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}

// ---- rules ----------------------------------------------------------------------------------

// date matches explicit calendar dates and month names.
func (p *parser) date(i int) (match, bool) {
	if i >= len(p.toks) {
		return match{}, false
	}
	// 28.05.2026: a day, month and year with dots, the tokenizer's one number
	if t := p.toks[i]; t.kind == kNum && t.num < 0 && strings.Count(t.lo, ".") == 2 {
		if v, ok := dottedDay(t.lo); ok {
			return mk(i, i+1, Date, v)
		}
	}
	// ISO and numeric dates: 2017-10-10, 2017/10/10, 10/10/2017.
	if t := p.toks[i]; t.kind == kNum && t.num >= 0 {
		if i+4 < len(p.toks) && p.tight(i+1) && p.tight(i+2) && p.tight(i+3) && p.tight(i+4) {
			sep := p.lo(i + 1)
			a, b, c := t, p.toks[i+2], p.toks[i+4]
			if (sep == "-" || sep == "/") && p.lo(i+3) == sep && b.num >= 0 && c.num >= 0 && !p.joined(i+5) {
				if a.ndig == 4 && b.ndig <= 2 && c.ndig <= 2 && validDay(a.num, b.num, c.num) {
					return mk(i, i+5, Date, fmtDay(a.num, b.num, c.num))
				}
				if sep == "/" && a.ndig <= 2 && b.ndig <= 2 && c.ndig == 4 {
					if validDay(c.num, a.num, b.num) {
						return mk(i, i+5, Date, fmtDay(c.num, a.num, b.num))
					}
					if validDay(c.num, b.num, a.num) {
						return mk(i, i+5, Date, fmtDay(c.num, b.num, a.num))
					}
				}
			}
		}
		// 10 October 2017, 10th of Oct. 2017
		if d, j, ok := p.dayAt(i); ok && t.kind == kNum {
			if p.lo(j) == "of" {
				j++
			}
			if m, k, ok := p.monthAt(j); ok {
				if validDay(2000, m, d) {
					if p.lo(k) == "," {
						if y, l, ok := p.yearAt(k + 1); ok {
							return mk(i, l, Date, fmtDay(y, m, d))
						}
					}
					if y, l, ok := p.yearAt(k); ok {
						return mk(i, l, Date, fmtDay(y, m, d))
					}
					return p.monthDayMatch(i, k, m, d)
				}
			}
			// the 14th of last month, the 3rd of this month: that day of the month named
			if off, ok := monthOffset[p.lo(j)]; ok && j == i+3 && p.lo(i+2) == "of" && p.lo(j+1) == "month" && p.hasRef {
				first := time.Date(p.ref.Year(), p.ref.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, off, 0)
				if validDay(first.Year(), int(first.Month()), d) {
					return mk(i, j+2, Date, fmtDay(first.Year(), int(first.Month()), d))
				}
			}
		}
	}
	m, j, ok := p.monthAt(i)
	if !ok {
		return match{}, false
	}
	// October 10, 2017; Oct. 10; October 10th
	if d, k, ok := p.dayAt(j); ok && p.toks[j].kind == kNum && validDay(2000, m, d) {
		if p.lo(k) == "," {
			if y, l, ok := p.yearAt(k + 1); ok {
				return mk(i, l, Date, fmtDay(y, m, d))
			}
		}
		if y, l, ok := p.yearAt(k); ok {
			return mk(i, l, Date, fmtDay(y, m, d))
		}
		if y, l, ok := p.deicticYearAt(k); ok {
			return mk(i, l, Date, fmtDay(y, m, d))
		}
		if p.lo(k) == ":" || p.lo(k) == "%" || p.word(k).notYear && p.lo(k) != "to" && p.lo(k) != "and" && p.lo(k) != "of" {
			return match{}, false
		}
		if y, l, ok := p.anchorYearAt(k); ok {
			return mk(i, l, Date, fmtDay(y, m, d))
		}
		if y, ok := p.rangeYear(k, m); ok {
			return mk(i, k, Date, fmtDay(y, m, d))
		}
		return p.monthDayMatch(i, k, m, d)
	}
	// October 2017, October of 2017, Oct. '98
	k := j
	if p.lo(k) == "of" || p.lo(k) == "," {
		k++
	}
	if y, l, ok := p.yearAt(k); ok {
		return mk(i, l, Date, fmtMonth(y, m))
	}
	// January of last year, March this year: the year the publication date's counts to
	if y, l, ok := p.deicticYearAt(j); ok {
		return mk(i, l, Date, fmtMonth(y, m))
	}
	// March of that year, March that same year: the narrative's year
	if y, l, ok := p.anchorYearAt(j); ok {
		return mk(i, l, Date, fmtMonth(y, m))
	}
	// That August, by that December, the following March: the month the narrative is in
	if rel, h := p.toldMonthRel(i, j); rel != "" {
		if y, ok := p.toldNext(rel, m); ok {
			// a month of a year written out: the narrative's anchor from here on ("the next
			// month" after "that May" is June)
			r, _ := mk(h, j, Date, fmtMonth(y, m))
			r.told = true
			return r, true
		}
	}
	// A month alone. "May" and "March" are also common words.
	switch p.lo(i) {
	case "may", "march":
		switch p.lo(i - 1) {
		case "least", "as":
			if !p.toks[i].upper || !(p.lo(i-2) == "at" || p.lo(i-2) == "early" && p.lo(i-3) == "as") {
				return match{}, false // "since at least May", "as early as March"
			}
		case "in", "of", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this",
			"through", "from", "to", "-", "during", "before", "after", "and", "or", "between", "in-":
		case "the":
			if !p.monthModifier(i) {
				return match{}, false
			}
		default:
			return match{}, false
		}
	}
	if y, ok := p.rangeYear(j, m); ok {
		return mk(i, j, Date, fmtMonth(y, m))
	}
	if r, ok := p.episodeDate(i, j, m, 0); ok {
		return r, true
	}
	return mk(i, j, Date, p.resolveMonth(i, m))
}

// monthModifier reports whether the capitalised "May" or "March" at i, after "the", modifies
// the common noun after it, as a month names when a deed or a document came: "the March
// attack", "the May breach", "the March patch". A word of function after it ("the March of
// Dimes") or a name ("the May Fair") leaves it a word.
func (p *parser) monthModifier(i int) bool {
	if !p.toks[i].upper || i+1 >= len(p.toks) {
		return false
	}
	n := p.toks[i+1]
	if n.kind != kWord || n.upper {
		return false
	}
	switch n.lo {
	case "of", "and", "or", "to", "for", "in", "on", "at", "by", "with", "from", "is", "was", "were", "has", "had", "said":
		return false
	}
	return true
}

// toldMonthRel reads the word before a month name at i that ties it to the narrative: "that"
// ("That August", "that same May"), "the following"/"the next" or "the previous"/"the
// preceding"; it returns "that", "following" or "previous" and the first token of the phrase.
// "May" and "March" need a capital.
func (p *parser) toldMonthRel(i, j int) (string, int) {
	if i < 1 {
		return "", i
	}
	if w := p.lo(i); (w == "may" || w == "march") && !p.toks[i].upper {
		return "", i
	}
	h := i - 1
	if p.lo(h) == "same" {
		h--
	}
	if p.thatTime(h, j) {
		return "that", h
	}
	if rel := toldRel(p.lo(h)); h == i-1 && rel != "" && p.lo(h-1) == "the" {
		return rel, h - 1
	}
	return "", i
}

// anchorYearAt reads the year a month or a day takes from the narrative at k, right after it:
// "of that year", "that year", "of the same year", "that same year" ("the 2021 breach, which
// the company disclosed in March of that year" is 2021-03, not the publication year's March).
// It returns the anchor's year and the token after "year".
func (p *parser) anchorYearAt(k int) (int, int, bool) {
	if !p.narrative || !calendarValue(p.anchor) {
		return 0, k, false
	}
	l := k
	if p.lo(l) == "of" {
		l++
	}
	switch p.lo(l) {
	case "that":
		l++
		if p.lo(l) == "same" {
			l++
		}
	case "the":
		if p.lo(l+1) != "same" {
			return 0, k, false
		}
		l += 2
	default:
		return 0, k, false
	}
	if p.lo(l) != "year" {
		return 0, k, false
	}
	if p.attrYear != "" && p.attrYearEnd > p.anchorEnd {
		return atoi(p.attrYear), l + 1, true // "the 2021 breach, which X disclosed in March of that year"
	}
	return atoi(p.anchor[:4]), l + 1, true
}

// deicticYearAt reads "last year", "this year" or "next year", after an optional "of", at k
// right after a month or a month and day ("in January of last year", "on March 4 last year"):
// the year before, of or after the publication date, and the token after it. Not when the
// year owns a noun ("in May last year's budget") or without a publication date.
func (p *parser) deicticYearAt(k int) (int, int, bool) {
	if !p.hasRef {
		return 0, k, false
	}
	l := k
	if p.lo(l) == "of" {
		l++
	}
	if p.lo(l+1) != "year" || p.lo(l+2) == "'s" || p.lo(l+2) == "'" {
		return 0, k, false
	}
	switch p.lo(l) {
	case "last":
		return p.ref.Year() - 1, l + 2, true
	case "this":
		return p.ref.Year(), l + 2, true
	case "next":
		return p.ref.Year() + 1, l + 2, true
	}
	return 0, k, false
}

// rangeYear reads the year that closes a range or pair of months begun by month m without a
// year of its own, at k right after it: "between August and November 2022", "from March 3 to
// May 9, 2021", "between June 3 and Sept. 12 of that year", "from May to July last year" — the
// first month shares the closing year, or falls in the year before when it comes later in the
// calendar ("from December to February 2023").
func (p *parser) rangeYear(k, m int) (int, bool) {
	switch p.lo(k) {
	case "and", "to", "through", "until", "till", "-", "–":
	default:
		return 0, false
	}
	m2, j, ok := p.monthAt(k + 1)
	if !ok {
		return 0, false
	}
	if _, l, ok := p.dayAt(j); ok && p.toks[j].kind == kNum {
		j = l
	}
	if y, _, ok := p.deicticYearAt(j); ok {
		return rangeStart(y, m, m2), true // "between June 3 and Sept. 12 last year"
	}
	if y, _, ok := p.anchorYearAt(j); ok {
		return rangeStart(y, m, m2), true // "between June 3 and Sept. 12 of that year"
	}
	if p.lo(j) == "of" || p.lo(j) == "," {
		j++
	}
	y, _, ok := p.yearAt(j)
	if !ok {
		return 0, false
	}
	return rangeStart(y, m, m2), true
}

// rangeEndYear returns the year of month m (day d, 0 for a month alone) at i when it closes a
// range that the last expression found opened after "from" or "between" ("from late March
// until early May", "between Dec. 28 and Jan. 3"): the end comes on or after the start, in the
// start's year or the next, whatever the tense of the clause.
func (p *parser) rangeEndYear(i, m, d int) (int, bool) {
	c := p.beforeModifier(i)
	switch p.lo(c) {
	case "to", "until", "till", "through", "and", "-", "–":
	default:
		return 0, false
	}
	v := p.lastVal
	if p.lastEnd != c || p.lastStart < 1 || !calendarValue(v) || len(v) < len("2006-01") || !digits(v[5:7]) {
		return 0, false
	}
	switch p.lo(p.lastStart - 1) {
	case "from", "between":
	default:
		return 0, false
	}
	y, sm := atoi(v[:4]), atoi(v[5:7])
	sd := 0
	if len(v) == len("2006-01-02") {
		sd = atoi(v[8:10])
	}
	if m < sm || m == sm && d != 0 && d < sd {
		y++
	}
	return y, true
}

// rangeStart returns the year of a range's first month m when its last month m2 falls in year
// y: the year before when m comes later in the calendar ("from December to February 2023").
func rangeStart(y, m, m2 int) int {
	if m > m2 {
		return y - 1
	}
	return y
}

// yearLike reports whether the number at i reads as a year: four digits, 1600–2099, not money,
// a count, an identifier or the end of a statute's name ("the Computer Crimes Act 1997").
func (p *parser) yearLike(i int) bool {
	t := p.toks[i]
	if t.kind != kNum || t.ndig != 4 || t.num < 1600 || t.num > 2099 {
		return false
	}
	next := p.lo(i + 1)
	switch p.lo(i - 1) {
	case "$", "#", "£", "€", "no", "number", "nos", "route", "flight", "room", "page", "pages", "model",
		"version", "v", "windows", "office", "cve", "ms", "kb", "rfc", "iso", "apt", "unc", "ta", "fin",
		"boeing", "airbus", "article", "section", "resolution", "code", "pin", "port", "build", "act":
		return false
	case "-":
		// mid-2015 and pre-2000 are years; 3-2014 is not
		if p.tight(i) && (i < 2 || p.toks[i-2].kind != kWord) {
			return false
		}
	case "/", ":", ".":
		if p.tight(i) {
			return false
		}
	}
	if i+1 < len(p.toks) && p.toks[i+1].kind == kWord && !p.toks[i+1].upper && len(next) > 3 &&
		strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "ss") {
		// 2000 passwords counts; the 2014 attacks names a year
		switch p.lo(i - 1) {
		case "the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "'s", "s", "in", "of":
		default:
			return false
		}
	}
	if next == "%" || next == ":" || next == "-" && p.tight(i+1) && i+2 < len(p.toks) && p.toks[i+2].kind == kNum && p.toks[i+2].ndig != 2 && p.toks[i+2].ndig != 4 {
		return false
	}
	if p.word(i+1).notYear && next != "to" && next != "and" && next != "of" {
		return false
	}
	if i+1 < len(p.toks) && p.tight(i+1) && p.toks[i+1].kind == kWord && next != "s" {
		return false // 2000mAh, 1600x
	}
	return true
}

// year matches years and decades: 2014, fiscal 1998, the year 2000, the 1990s, the '90s.
func (p *parser) year(i int) (match, bool) {
	start := i
	switch p.lo(i) {
	case "fiscal":
		i++
		if p.lo(i) == "year" {
			i++
		}
	case "the":
		switch p.lo(i + 1) {
		case "year":
			if _, _, ok := p.yearAt(i + 2); ok && p.toks[i+2].kind == kNum {
				i += 2
			}
		default:
			if d := decadeWords[p.lo(i+1)]; d != "" {
				return mk(start, i+2, Date, d) // "the nineties"
			}
		}
		if p.lo(i) == "the" {
			// the 1990s, the '90s, the 1800s
			if m, ok := p.decade(i + 1); ok {
				m.start = start
				return m, true
			}
			return match{}, false
		}
	}
	if i >= len(p.toks) {
		return match{}, false
	}
	if m, ok := p.decade(i); ok {
		m.start = start
		return m, true
	}
	if !p.yearLike(i) {
		return match{}, false
	}
	return mk(start, i+1, Date, fmtYear(p.toks[i].num))
}

// decadeWords gives the first three digits of the 20th-century decade a word names
// ("nineties": "199").
var decadeWords = map[string]string{"nineties": "199", "eighties": "198", "seventies": "197", "sixties": "196",
	"fifties": "195", "forties": "194", "thirties": "193", "twenties": "192"}

// decade matches 1990s and '90s.
func (p *parser) decade(i int) (match, bool) {
	y, j, ok := p.yearAt(i)
	if !ok || y%10 != 0 {
		return match{}, false
	}
	if p.lo(j) == "'" && p.tight(j) {
		j++
	}
	if p.lo(j) != "s" || !p.tight(j) {
		return match{}, false
	}
	if y%100 == 0 && p.toks[i].kind == kNum {
		return mk(i, j+1, Date, pad(y/100, 2)) // the 1800s: the century
	}
	return mk(i, j+1, Date, pad(y/10, 3))
}

// modified matches a date with a modifier that leaves its value: early 2015, mid-2015,
// late November, the end of 2015, earlier this year, the first half of 2015 (→ 2015-H1).
func (p *parser) modified(i int) (match, bool) {
	j := i
	half := ""
	switch p.lo(i) {
	case "early", "late", "mid", "earlier", "later", "middle":
		j++
		if p.lo(j) == "-" && p.tight(j) {
			j++
		}
	case "the", "end", "beginning", "start":
		if p.lo(j) == "the" {
			j++
		}
		switch p.lo(j) {
		case "end", "beginning", "start", "middle", "turn", "close":
			j++
		case "first", "second", "latter", "last":
			if p.lo(j+1) != "half" {
				return match{}, false
			}
			half = "H1"
			if p.lo(j) != "first" {
				half = "H2"
			}
			j += 2
		default:
			return match{}, false
		}
		if p.lo(j) != "of" {
			return match{}, false
		}
		j++
	default:
		return match{}, false
	}
	if p.lo(j) == "in" && (p.lo(i) == "earlier" || p.lo(i) == "later") {
		j++ // earlier in the year
	}
	var in match
	var ok bool
	if v, told := p.storyPeriod(i, j); told {
		in, ok = match{start: j, end: j + 2, typ: Date, val: v, derived: true}, true
	} else if p.lo(j) == "the" && p.lo(j+1) == "year" {
		in, ok = match{start: j, end: j + 2, typ: Date, val: p.thisUnit(unit{code: "Y", count: 1})}, true
		if !p.hasRef {
			in.val = "XXXX"
		}
	} else if p.lo(j) == "the" && (p.lo(j+1) == "month" || p.lo(j+1) == "week") {
		u, _ := p.unitAt(j + 1)
		in, ok = match{start: j, end: j + 2, typ: Date, val: p.thisUnit(u)}, true
	} else {
		for _, f := range []func(int) (match, bool){p.year, p.date, p.season, p.relative, p.deictic, p.weekdayExpr, p.anaphoric} {
			if m, k := f(j); k && m.end > in.end && m.typ == Date || k && m.typ == Time && m.end > in.end {
				in, ok = m, true
			}
		}
	}
	if !ok || in.val == "" || in.val[0] == 'P' {
		return match{}, false
	}
	v := in.val
	if half != "" {
		if len(v) != 4 {
			return match{}, false
		}
		v += "-" + half
	}
	return match{start: i, end: in.end, typ: in.typ, val: v, derived: in.derived, told: in.told && half == ""}, true
}

// storyPeriod returns the period of the story's anchor that "the year", "the month" or "the
// week" at j names in a phrase opening at i ("by the end of the month", "later in the year",
// "at the start of the week"), and whether it names it: in a narrative told in the past whose
// anchor is a date the text gave, at least as fine as the unit and in an earlier period than the
// reference date's ("In March 2024, hackers hit X. By the end of the month, they had leaked …":
// March 2024). Told of the present or the future ("expects to restore it by the end of the
// month"), or with no such anchor, the phrase names the reference date's period (thisUnit).
func (p *parser) storyPeriod(i, j int) (string, bool) {
	a := p.anchor
	if !p.narrative || !p.hasRef || a == "" || p.anchorDeictic || !calendarValue(a) || p.lo(j) != "the" {
		return "", false
	}
	u, ok := p.unitAt(j + 1)
	if !ok || u.plur || u.count != 1 {
		return "", false
	}
	switch {
	case u.code == "Y":
	case u.code == "M" && len(a) >= len("2006-01") && a[5] != 'Q':
	case u.code == "W" && len(a) == len("2006-01-02"):
	default:
		return "", false
	}
	v, ok := p.fromAnchor(0, u, false)
	if !ok || v >= p.thisUnit(u) {
		return "", false
	}
	k := i - 1
	switch p.lo(k) {
	case "by", "at", "in", "before", "until", "toward", "towards", "around", "near", "from":
		k-- // "had leaked the files by the end of the month"
	}
	if !p.toldPastAround(k+1, j+2) {
		return "", false
	}
	return v, true
}

// thisUnit is the value of "this year/month/week/quarter".
func (p *parser) thisUnit(u unit) string {
	if !p.hasRef {
		return "PRESENT_REF"
	}
	v, _ := shift(p.ref, 0, u)
	return v
}

// quarter matches quarters: the third quarter, third-quarter, Q3 2015, the fourth quarter of
// 1997, the quarter, the year-earlier quarter.
func (p *parser) quarter(i int) (match, bool) {
	j := i
	switch p.lo(j) {
	case "the", "its", "a", "this", "that":
		j++
	}
	year := 0
	if y, k, ok := p.yearAt(j); ok && p.toks[j].kind == kNum {
		year, j = y, k
	}
	if p.lo(j) == "fiscal" {
		j++
		if p.lo(j) == "-" {
			j++
		}
	}
	if year == 0 {
		if y, k, ok := p.yearAt(j); ok && p.toks[j].kind == kNum {
			year, j = y, k
		}
	}
	back := false // year-earlier, year-ago
	if p.lo(j) == "year" && p.lo(j+1) == "-" && (p.lo(j+2) == "earlier" || p.lo(j+2) == "ago") {
		back = true
		j += 3
	}
	q := 0
	switch p.lo(j) {
	case "first":
		q = 1
	case "second":
		q = 2
	case "third":
		q = 3
	case "fourth":
		q = 4
	case "q":
		if j+1 < len(p.toks) && p.tight(j+1) && p.toks[j+1].num >= 1 && p.toks[j+1].num <= 4 {
			q = p.toks[j+1].num
			j++
			if year == 0 {
				if y, k, ok := p.yearAt(j + 1); ok {
					return mk(i, k, Date, fmtQuarter(y, q))
				}
			}
		}
	}
	if q > 0 {
		j++
		if p.lo(j) == "-" {
			j++
		}
		if p.lo(j) != "quarter" && !(p.lo(j-1) == "q" || p.lo(j-2) == "q") {
			return match{}, false
		}
		if p.lo(j) == "quarter" {
			j++
		}
		if year == 0 {
			k := j
			if p.lo(k) == "of" {
				k++
				if p.lo(k) == "fiscal" {
					k++
				}
			}
			if y, l, ok := p.yearAt(k); ok {
				return mk(i, l, Date, fmtQuarter(y, q))
			}
			if p.lo(k-1) == "of" && p.lo(k) == "this" && p.lo(k+1) == "year" && p.hasRef {
				return mk(i, k+2, Date, fmtQuarter(p.ref.Year(), q))
			}
		}
		if year > 0 {
			return mk(i, j, Date, fmtQuarter(year, q))
		}
		if !p.hasRef {
			return mk(i, j, Date, "XXXX-Q"+strconv.Itoa(q))
		}
		y := p.ref.Year()
		if q > quarterOf(p.ref) {
			y--
		}
		if back {
			y--
		}
		return mk(i, j, Date, fmtQuarter(y, q))
	}
	// the quarter, the latest quarter, the year-ago quarter, the current quarter
	lat := p.lo(j)
	if lat == "latest" || lat == "current" || lat == "same" || lat == "comparable" || lat == "recent" {
		j++
	}
	if p.lo(j) == "year" && p.lo(j+1) == "-" && (p.lo(j+2) == "earlier" || p.lo(j+2) == "ago") {
		back = true
		j += 3
	}
	w := p.lo(j)
	if back && j == i+3 && w != "quarter" && w != "period" {
		// year-earlier, year-ago as adjectives: the period a year before the last one named
		switch {
		case !p.hasRef:
			return mk(i, j, Date, "PAST_REF")
		case p.lastQ != "":
			y, _ := strconv.Atoi(p.lastQ[:4])
			return match{start: i, end: j, typ: Date, val: fmtQuarter(y-1, int(p.lastQ[6]-'0')), derived: true}, true
		}
		return mk(i, j, Date, fmtYear(p.ref.Year()-1))
	}
	if w != "quarter" && !(w == "period" && (back || lat == "latest")) || j == i {
		return match{}, false
	}
	if p.lo(i) != "the" && p.lo(i) != "this" && p.lo(i) != "its" && p.lo(i) != "that" && !back {
		return match{}, false
	}
	if !p.hasRef {
		return mk(i, j+1, Date, "XXXX-QX")
	}
	var v string
	switch {
	case lat == "current" || p.lo(i) == "this":
		v, _ = shift(p.ref, 0, unit{code: "Q", count: 1})
	case p.lastQ != "":
		v = p.lastQ
	default:
		v, _ = shift(p.ref, -1, unit{code: "Q", count: 1})
	}
	if back {
		y, _ := strconv.Atoi(v[:4])
		v = fmtQuarter(y-1, int(v[6]-'0'))
	}
	return match{start: i, end: j + 1, typ: Date, val: v, derived: back}, true
}

// season matches seasons: summer 2015, the summer of 2015, last fall, this spring, in the winter.
func (p *parser) season(i int) (match, bool) {
	j := i
	rel := ""
	switch p.lo(j) {
	case "the":
		j++
		if p.lo(j) == "past" {
			rel = "last"
			j++
		} else if r := toldRel(p.lo(j)); r != "" {
			rel = r
			j++
		}
	case "that":
		rel = "that"
		j++
		if p.lo(j) == "same" {
			j++
		}
		if !p.thatTime(i, j+1) {
			return match{}, false
		}
	case "this", "last", "next", "early", "late", "past":
		rel = p.lo(j)
		j++
		if rel == "this" && p.lo(j) == "past" {
			rel = "last"
			j++
		}
		if rel == "early" || rel == "late" || rel == "past" {
			if rel == "past" {
				rel = "last"
			} else {
				rel = ""
			}
			if p.lo(j) == "-" {
				j++
			}
		}
	}
	s := p.word(j).season
	ok := s != ""
	if !ok {
		return match{}, false
	}
	j++
	k := j
	if p.lo(k) == "of" {
		k++
	}
	if y, l, ok := p.yearAt(k); ok {
		return mk(i, l, Date, fmtSeason(y, s))
	}
	if p.lo(j) == "of" || p.lo(j) == "'" {
		return match{}, false // the fall of Rome
	}
	if rel == "that" || rel == "following" || rel == "previous" {
		// that autumn, the following spring: the season of the narrative's year, or the next
		y, ok := p.toldNext(rel, seasonStart[s])
		if !ok {
			return match{}, false
		}
		r, _ := mk(i, j, Date, fmtSeason(y, s))
		r.derived, r.told = true, true
		return r, true
	}
	if rel == "" {
		switch p.lo(i - 1) {
		case "in", "during", "since", "until", "by", "over", "through", "this", "early", "late", "mid":
		default:
			if p.lo(i) != "early" && p.lo(i) != "late" {
				return match{}, false
			}
		}
	}
	if !p.hasRef {
		switch rel {
		case "last":
			return mk(i, j, Date, "PAST_REF")
		case "next":
			return mk(i, j, Date, "FUTURE_REF")
		}
		return mk(i, j, Date, "XXXX-"+s)
	}
	y, m := p.ref.Year(), int(p.ref.Month())
	st := seasonStart[s]
	cur := "WI"
	switch {
	case m >= 3 && m < 6:
		cur = "SP"
	case m >= 6 && m < 9:
		cur = "SU"
	case m >= 9 && m < 12:
		cur = "FA"
	}
	started := st <= m // this year's season has begun
	if s == "WI" {
		started = m == 12
	}
	switch rel {
	case "last":
		if !started || s == cur {
			y--
		}
	case "next":
		if started {
			y++
		}
	case "this":
		if s == "WI" && m < 3 {
			y--
		}
	default:
		switch {
		case s == "WI" && m < 3:
			y-- // the winter that began in December
		case !started:
			if !p.future(i) {
				y--
			}
		case s != cur && p.future(i):
			y++ // "will publish its review in the spring", written in November: next spring
		}
	}
	return mk(i, j, Date, fmtSeason(y, s))
}

// weekdayExpr matches weekdays, with an explicit date, a part of the day or a clock time:
// Tuesday, Tuesday night, Tuesday, Oct. 10, 2017, last Friday, late Monday.
func (p *parser) weekdayExpr(i int) (match, bool) {
	if i >= len(p.toks) {
		return match{}, false
	}
	j := i
	rel := ""
	switch p.lo(j) {
	case "last", "next", "this", "previous", "past", "coming":
		rel = p.lo(j)
		j++
	case "the":
		if w := p.lo(j + 1); w == "previous" || w == "following" || w == "next" || w == "past" {
			rel = w
			j += 2
		}
	}
	t := p.toks[min(j, len(p.toks)-1)]
	e := p.word(j)
	wd, ok := e.weekday, e.isWeekday
	if !ok || j >= len(p.toks) {
		return match{}, false
	}
	full := len(t.lo) >= 6
	if !full && !t.upper {
		return match{}, false
	}
	if rel == "" && p.lo(j-1) == "the" && p.nameHead(j) { // "The Sunday Meridian reported"
		return match{}, false
	}
	k := j + 1
	if !full {
		if p.lo(k) == "." && p.tight(k) {
			k++
		} else if len(t.lo) == 3 {
			return match{}, false
		}
	}
	// Tuesday, Oct. 10, 2017
	l := k
	if p.lo(l) == "," {
		l++
	}
	if m, ok := p.date(l); ok && len(m.val) == 10 {
		v := m.val
		if !p.yearWritten(m) { // every day match p.date(l) gives starts at l
			v = p.weekdayYear(v, wd)
		}
		return match{start: i, end: m.end, typ: Date, val: v, week: rel == ""}, true
	}
	if p.lo(k) == "s" && p.tight(k) { // Tuesdays
		return match{}, false
	}
	if rel == "" && (p.lo(i-1) == "a" || p.lo(i-1) == "one") && !p.attributive(k) {
		return p.someWeekday(i, k)
	}
	if w := p.lo(k); rel == "" && p.hasRef && (w == "last" || w == "next") && p.lo(k+1) == "week" {
		// "on Thursday last week", "Monday next week": that day of the week before or after
		// the reference date's
		n := 7
		if w == "last" {
			n = -7
		}
		monday := p.ref.AddDate(0, 0, 1-isoDay(p.ref.Weekday())+n)
		return mk(i, k+2, Date, fmtDate(monday.AddDate(0, 0, isoDay(wd)-1)))
	}
	if rel == "" && p.hasRef && p.lo(k) == "last" && afterPostposed[p.lo(k+1)] {
		// "arrested on Friday last.", "on Tuesday last in Lagos": the last such day before the
		// reference date, as "last Friday"
		return mk(i, k+1, Date, p.weekdayBefore(wd))
	}
	var v string
	av, anchored := "", false
	if j == i+2 {
		av, anchored = p.anchorWeekday(rel, wd)
	}
	week, walks := false, p.anchorWeek
	if j == i && !anchored {
		av, week = p.weekForward(wd, p.lo(i-1) == "by")
	}
	switch {
	case anchored:
		v = av
	case week:
		v = av
	case !p.hasRef:
		v = "XXXX-WXX-" + strconv.Itoa(isoDay(wd))
	case rel == "last" || rel == "previous" || rel == "past":
		v = p.weekdayBefore(wd)
	case rel == "next" || rel == "following" || rel == "coming":
		d := (int(wd) - int(p.ref.Weekday()) + 7) % 7
		if d == 0 {
			d = 7
		}
		v = fmtDate(p.ref.AddDate(0, 0, d))
	default:
		v = p.resolveWeekday(i, wd)
	}
	// Tuesday night, Tuesday morning
	if dp := p.word(k).dayPart; dp != "" {
		return mk(i, k+1, Time, v+"T"+dp)
	}
	now := rel == "" && !anchored && !week && p.hasRef
	// a weekday after "by" read forward from a date without its weekday walks no week: the
	// next bare weekday reads the reference date again
	return match{start: i, end: k, typ: Date, val: v, week: week && walks, now: now}, true
}

// nameHead reports whether the capitalised time word at i opens a name: the next token is a
// capitalised word that names no time ("The Sunday Meridian", "Midnight Blizzard"), so the
// pair is a newspaper or a hacking group, not a day or an hour ("Midnight Tuesday", "Sunday
// Oct. 5" and "midnight GMT" stay times).
func (p *parser) nameHead(i int) bool {
	j := i + 1
	if !p.toks[i].upper || j >= len(p.toks) || !p.toks[j].upper || p.toks[j].kind != kWord || !p.toks[j].sp {
		return false
	}
	return p.toks[j].wi == 0 && !timeZone(p.lo(j))
}

// timeZone reports whether w is a time zone's abbreviation that may follow a clock time.
func timeZone(w string) bool {
	switch w {
	case "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "msk", "jst":
		return true
	}
	return false
}

// weekdayBefore returns the last day of weekday wd before the reference date ("last Friday").
func (p *parser) weekdayBefore(wd time.Weekday) string {
	d := (int(p.ref.Weekday()) - int(wd) + 7) % 7
	if d == 0 {
		d = 7
	}
	return fmtDate(p.ref.AddDate(0, 0, -d))
}

// attributive reports whether the weekday before token k modifies a noun after it ("in a
// Monday blog post", "at a Thursday news conference"): then it is that day, read as any other.
func (p *parser) attributive(k int) bool {
	if p.word(k).dayPart != "" {
		k++
	}
	if k >= len(p.toks) || p.toks[k].kind != kWord {
		return false
	}
	switch p.lo(k) {
	case "in", "of", "at", "on", "when", "and", "or", "but", "that", "last", "this", "before", "after":
		return false
	}
	return true
}

// someWeekday reads a weekday after "a" or "one" ("on a Sunday night", "one Tuesday in
// March 2025"): no particular day the reference date could fix. Followed by "in" or "of" and
// a date, it is that date ("a Sunday night in March 2025": 2025-03); otherwise no expression,
// so the clause keeps the time it gives elsewhere. k is the token after the weekday.
func (p *parser) someWeekday(i, k int) (match, bool) {
	if p.word(k).dayPart != "" {
		k++
	}
	if w := p.lo(k); w == "in" || w == "of" {
		if m, ok := p.date(k + 1); ok && calendarValue(m.val) {
			return mk(i, m.end, Date, m.val)
		}
		if m, ok := p.year(k + 1); ok && calendarValue(m.val) {
			return mk(i, m.end, Date, m.val)
		}
	}
	return match{}, false
}

// anchorDayNear reports whether the narrative is at a day the text gave, with its weekday or
// right before i, so that a clock time or a night without a day of its own ("By 7am",
// "overnight") is on that day rather than on the day of writing.
func (p *parser) anchorDayNear(i int) bool {
	return p.narrative && len(p.anchor) == 10 && !p.anchorDeictic && (p.anchorWeek || i-p.anchorEnd <= 3)
}

// storyDay returns the day a clock time from token i to end that names no day of its own
// belongs to in a narrative told in the past ("On June 3, hackers broke in. At 3 a.m., they
// encrypted …", "The next day, … By noon, it had alerted …"): the day the story stepped to
// since its anchor (steppedDay), else the anchor when it is a day. A clock time told of the
// present or the future ("expects to restore it by 5 p.m.") is the reference date's.
func (p *parser) storyDay(i, end int) (string, bool) {
	if !p.narrative || len(p.anchor) != len("2006-01-02") || !calendarValue(p.anchor) {
		return "", false
	}
	if !p.toldPastAround(p.clockLead(i), end) { // "shortly after noon", "at about 2:30 a.m."
		return "", false
	}
	if d, ok := p.steppedDay(); ok {
		return d, true
	}
	return p.anchor, true
}

// storyDayUntold reports whether a clock time from token i to end that names no day of its own
// is told in a past narrative whose time is a year, quarter or month wholly before the
// reference date ("In February 2022, intruders broke in. At 4 a.m. an engineer telephoned …",
// "In 2018, the gang struck the port. Shortly after midnight, officials …"): the hour falls on
// a day of that period the text does not give, not on the day of writing, so the day stays
// unknown.
func (p *parser) storyDayUntold(i, end int) bool {
	if !p.narrative || !p.anchorPastPeriod() {
		return false
	}
	return p.toldPastAround(p.clockLead(i), end)
}

// leadDayOr returns the day a news story's lead named (leadDay) for a clock time at token i
// in a paragraph after the one that set the anchor, else d: within the anchor's paragraph the
// clock belongs to the episode told there ("had also hit the Dorley council in 2022. Shortly
// after noon, Dorley notified the police": a day of 2022).
func (p *parser) leadDayOr(i int, d string) string {
	if p.leadDay != "" && p.breaksBetween(p.anchorEnd, i) > 0 {
		return p.leadDay
	}
	return d
}

// clockLead returns the first token of the words that lead up to a clock time at token i ("at",
// "by", "shortly after", "at about"), at most three of them.
func (p *parser) clockLead(i int) int {
	k := i
	for n := 0; n < 3 && k > 0; n++ {
		switch p.lo(k - 1) {
		case "at", "by", "around", "about", "after", "before", "until", "shortly", "just", "soon":
			k--
		}
	}
	return k
}

// anchorPastPeriod reports whether the narrative's anchor is a year, quarter or month that ends
// before the reference date's ("2022-02", "2019-Q3" or "2018" read on 2025-11-20), not a day
// and not the period the reference date lies in.
func (p *parser) anchorPastPeriod() bool {
	a := p.anchor
	if !p.hasRef || !calendarValue(a) || len(a) == len("2006-01-02") {
		return false
	}
	r := fmtDate(p.ref)
	if len(a) == len("2006-Q1") && a[5] == 'Q' {
		q := "Q" + strconv.Itoa((int(p.ref.Month())+2)/3)
		return a[:4] < r[:4] || a[:4] == r[:4] && a[5:] < q
	}
	return a < r[:len(a)]
}

// weekdayWord reports whether token j names a weekday that can open a day after a night or a
// clock time: any of its forms but "sun" (Sunday is the weekday 0).
func (p *parser) weekdayWord(j int) bool {
	return p.word(j).weekday != 0 || p.lo(j) == "sunday"
}

// dayAfter returns the day-precise date at j, after an optional "on" ("overnight on 26 April",
// "overnight Sunday").
func (p *parser) dayAfter(j int) (string, bool) {
	if p.lo(j) == "on" {
		j++
	}
	if p.weekdayWord(j) {
		if m, ok := p.weekdayExpr(j); ok && m.typ == Date && len(m.val) == 10 {
			return m.val, true
		}
		return "", false
	}
	if m, ok := p.date(j); ok && len(m.val) == 10 && calendarValue(m.val) {
		return m.val, true
	}
	return "", false
}

// deictic matches today, yesterday, tomorrow, tonight, now and the vague references.
func (p *parser) deictic(i int) (match, bool) {
	w := p.lo(i)
	j := i + 1
	pre := false
	switch w {
	case "late", "early", "earlier", "later":
		w = p.lo(j)
		j++
		pre = true
	}
	switch w {
	case "today", "yesterday", "tomorrow", "tonight", "overnight":
		var d time.Time
		switch w {
		case "yesterday":
			d = p.ref.AddDate(0, 0, -1)
		case "tomorrow":
			d = p.ref.AddDate(0, 0, 1)
		default:
			d = p.ref
		}
		v := fmtDate(d)
		if !p.hasRef {
			v = map[string]string{"today": "PRESENT_REF", "tonight": "PRESENT_REF", "overnight": "PRESENT_REF",
				"yesterday": "PAST_REF", "tomorrow": "FUTURE_REF"}[w]
			if p.word(j).dayPart != "" && w != "tonight" {
				return mk(i, j+1, Time, v)
			}
			return mk(i, j, Date, v)
		}
		if w == "overnight" && !pre {
			if d, ok := p.dayAfter(j); ok {
				v = d // "hit by ransomware overnight on 26 April": that day's night; the day stays an expression of its own
			} else if p.anchorDayNear(i) {
				v = p.anchor // "Friday 18 September: … disconnected its systems overnight": that night, not the night of writing
			} else if p.storyDayUntold(i, j) {
				v = p.leadDayOr(i, "XXXX-XX-XX") // "In March 2015, thieves broke in. Overnight the servers went dark.": a night the text does not date
			}
		}
		if w == "tonight" || w == "overnight" {
			return mk(i, j, Time, v+"TNI")
		}
		if dp := p.word(j).dayPart; dp != "" {
			return mk(i, j+1, Time, v+"T"+dp)
		}
		return mk(i, j, Date, v)
	}
	if pre {
		return match{}, false
	}
	switch w {
	case "now":
		if p.lo(i-1) == "right" || p.lo(i-1) == "just" || p.lo(i-1) == "until" {
			return mk(i-1, j, Date, "PRESENT_REF")
		}
		return mk(i, j, Date, "PRESENT_REF")
	case "right":
		if p.lo(j) == "now" {
			return mk(i, j+1, Date, "PRESENT_REF")
		}
	case "current", "currently", "recently", "recent", "lately", "nowadays", "presently":
		if w == "current" && (p.lo(j) == "quarter" || p.lo(j) == "year" || p.lo(j) == "fiscal" || p.lo(j) == "month" || p.lo(j) == "week") {
			return match{}, false
		}
		if w == "recent" {
			if u, ok := p.unitAt(j); ok && u.plur {
				return mk(i, j+1, Duration, durVal(-1, u))
			}
		}
		return mk(i, j, Date, p.lx.refs[w])
	case "these":
		if p.lo(j) == "days" {
			return mk(i, j+1, Date, "PRESENT_REF")
		}
	case "the", "in", "at":
		k := j
		if w != "the" {
			if p.lo(k) != "the" && !(w == "at" && p.lo(k) == "present") {
				return match{}, false
			}
			if p.lo(k) == "the" {
				k++
			}
		}
		switch p.lo(k) {
		case "near", "distant", "immediate", "foreseeable":
			if p.lo(k+1) == "future" {
				return mk(j-1+boolInt(w != "the"), k+2, Date, "FUTURE_REF")
			}
		case "future":
			return mk(k-1, k+1, Date, "FUTURE_REF")
		case "past":
			if _, _, ok := p.number(k + 1); ok {
				return match{}, false
			}
			if _, ok := p.unitAt(k + 1); ok {
				return match{}, false
			}
			if p.lo(k+1) == "few" || p.lo(k+1) == "several" {
				return match{}, false
			}
			return mk(k-1, k+1, Date, "PAST_REF")
		case "present":
			if w == "at" {
				return mk(i, k+1, Date, "PRESENT_REF")
			}
		case "moment":
			if w == "at" {
				return mk(i, k+1, Date, "PRESENT_REF")
			}
		}
	}
	return match{}, false
}

// nextAfterAnchor reports whether "the next week/month/year" at i counts from the narrative
// ("The firm found the leak the next month", "The next year, …") rather than ahead of the
// publication date: no preposition of a coming span opens it ("in the next year", "over the
// next month", "within the next week").
func (p *parser) nextAfterAnchor(i int, u unit) bool {
	if u.code != "W" && u.code != "M" && u.code != "Y" {
		return false
	}
	switch p.lo(i - 1) {
	case "in", "over", "within", "during", "for", "through", "throughout", "into", "until", "by", "of":
		return false
	}
	return true
}

// boolInt returns 1 for true and 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// relative matches this/last/next/the past + a unit or a month name, and "N units ago".
func (p *parser) relative(i int) (match, bool) {
	j := i
	w := p.lo(j)
	the := false
	if w == "the" {
		the = true
		j++
		w = p.lo(j)
	}
	switch w {
	case "this", "last", "next", "past", "previous", "coming", "current", "following", "latest", "preceding":
	default:
		return p.ago(i)
	}
	j++
	if w == "preceding" && !p.narrative {
		return match{}, false
	}
	// the next morning, the following night: the day after the anchor; the previous evening,
	// the preceding night: the day before it
	if dp := p.word(j).dayPart; dp != "" && the && toldRel(w) != "" && p.narrative {
		n := 1
		if toldRel(w) == "previous" {
			n = -1
		}
		v, ok := p.fromStep(true, n, unit{code: "D", count: 1}, false)
		if !ok {
			return match{}, false
		}
		return match{start: i, end: j + 1, typ: Time, val: v + "T" + dp, derived: true}, true
	}
	if w == "this" && p.lo(j) == "past" {
		w = "last"
		j++
	}
	// last November, next May
	if m, k, ok := p.monthAt(j); ok && (w == "last" || w == "next" || w == "this" || w == "past") {
		if !p.hasRef {
			return mk(i, k, Date, "XXXX-"+pad(m, 2))
		}
		y, rm := p.ref.Year(), int(p.ref.Month())
		switch w {
		case "last", "past":
			if m >= rm {
				y--
			}
		case "next":
			if m <= rm {
				y++
			}
		}
		if d, l, ok := p.dayAt(k); ok && p.toks[k].kind == kNum && validDay(y, m, d) {
			return mk(i, l, Date, fmtDay(y, m, d))
		}
		return mk(i, k, Date, fmtMonth(y, m))
	}
	if w == "this" || w == "last" || w == "next" || w == "past" {
		if dp := p.word(j).dayPart; dp != "" && !the {
			d := p.ref
			if w == "last" || w == "past" {
				if dp != "NI" && w == "last" {
					return match{}, false
				}
				d = p.ref.AddDate(0, 0, -1)
			} else if w == "next" {
				d = p.ref.AddDate(0, 0, 1)
			}
			if !p.hasRef {
				return mk(i, j+1, Time, "XXXX-XX-XXT"+dp)
			}
			return mk(i, j+1, Time, fmtDate(d)+"T"+dp)
		}
		if p.lo(j) == "weekend" {
			d := p.ref
			if w == "last" || w == "past" {
				d = d.AddDate(0, 0, -7)
			} else if w == "next" {
				d = d.AddDate(0, 0, 7)
			}
			if !p.hasRef {
				return mk(i, j+1, Date, "XXXX-WXX-WE")
			}
			return mk(i, j+1, Date, fmtWeek(d)+"-WE")
		}
	}
	if w == "past" && !the {
		return match{}, false
	}
	// the past three months, the next few years, the first nine months
	if n, k, ok := p.number(j); ok && (p.lo(j) != "a" && p.lo(j) != "an") {
		if u, ok := p.unitAt(k); ok {
			if u.code == "Q" && n < 0 {
				return match{}, false
			}
			return mk(i, k+1, Duration, durVal(n, u))
		}
	}
	u, ok := p.unitAt(j)
	if !ok {
		return match{}, false
	}
	if u.plur {
		if w == "coming" || w == "next" || w == "past" || w == "last" || w == "following" {
			return mk(i, j+1, Duration, durVal(-1, u))
		}
		return match{}, false
	}
	n := 0
	switch w {
	case "last", "previous", "past", "preceding":
		n = -1
		if p.narrative && the && (w == "previous" || w == "preceding") && u.code != "H" && u.code != "MIN" && u.code != "S" {
			// the previous day, the preceding year: before the anchor
			if v, ok := p.fromStep(true, -1, u, false); ok {
				return match{start: i, end: j + 1, typ: Date, val: v, derived: true}, true
			}
		}
		if the && (u.code == "D" || u.code == "H" || u.code == "MIN" || u.code == "W") {
			return mk(i, j+1, Duration, durVal(1, u))
		}
		if w == "preceding" {
			return match{}, false
		}
	case "next", "coming", "following":
		n = 1
		if p.narrative && (w == "following" || the && w == "next" && (u.code == "D" || p.nextAfterAnchor(i, u))) {
			// the following week, the next day: after the anchor
			if u.code == "H" || u.code == "MIN" || u.code == "S" {
				return match{}, false
			}
			v, ok := p.fromStep(true, 1, u, false)
			if !ok {
				return match{}, false
			}
			return match{start: i, end: j + 1, typ: Date, val: v, derived: true}, true
		}
		if the && w != "next" {
			return match{}, false
		}
	case "latest":
		return match{}, false
	}
	if u.code == "Q" && w == "current" {
		n = 0
	}
	if !p.hasRef {
		switch {
		case n < 0:
			return mk(i, j+1, Date, "PAST_REF")
		case n > 0:
			return mk(i, j+1, Date, "FUTURE_REF")
		}
		return mk(i, j+1, Date, "PRESENT_REF")
	}
	switch u.code {
	case "DE":
		return mk(i, j+1, Date, pad(p.ref.Year()/10+n, 3))
	case "CE":
		return mk(i, j+1, Date, pad(p.ref.Year()/100+n, 2))
	case "H", "MIN", "S":
		return match{}, false
	}
	v, ok := shift(p.ref, n, u)
	if !ok {
		return match{}, false
	}
	return mk(i, j+1, Date, v)
}

// ago matches "two years ago", "a year earlier", "several months ago", "three days afterward".
func (p *parser) ago(i int) (match, bool) {
	j := i
	switch p.lo(j) {
	case "about", "nearly", "almost", "some", "roughly", "around", "approximately", "just", "only", "more", "over", "less":
		j++
		if p.lo(j) == "than" {
			j++
		}
	}
	n, k, ok := p.number(j)
	if !ok {
		return match{}, false
	}
	if p.lo(k) == "or" && p.lo(k+1) == "so" {
		k += 2
	}
	u, ok := p.unitAt(k)
	if !ok {
		return match{}, false
	}
	l := k + 1
	if p.lo(l) == "or" && p.lo(l+1) == "so" {
		l += 2
	}
	dir, sign := p.lo(l), -1
	if dir == "afterward" || dir == "afterwards" {
		dir = "later" // "three days afterward"
	}
	that := (dir == "before" || dir == "after") && p.lo(l+1) == "that" && p.clauseEnd(l+2)
	if that {
		l++ // "a week after that": after the time the narrative is at
	}
	switch dir {
	case "ago", "earlier":
	case "later", "before", "after":
		// a year before the election: a duration and a signal; "three weeks after." and "a
		// year later" count from the narrative's anchor
		if !p.narrative || dir != "later" && !p.clauseEnd(l+1) {
			return match{}, false
		}
		if dir != "before" {
			sign = 1
		}
	default:
		return match{}, false
	}
	if u.code == "H" || u.code == "MIN" || u.code == "S" {
		if dir != "ago" && dir != "earlier" {
			return match{}, false // two hours later: a duration
		}
		if n < 0 || !p.hasRef {
			return mk(i, l+1, Date, "PAST_REF")
		}
		return mk(i, l+1, Duration, durVal(n, u))
	}
	if dir == "ago" || !p.narrative {
		if n < 0 || !p.hasRef {
			return mk(i, l+1, Date, "PAST_REF")
		}
		if u.code == "Y" && n == 1 && p.lastQ != "" {
			// a year ago, after a quarter: that quarter a year before
			y, _ := strconv.Atoi(p.lastQ[:4])
			return match{start: i, end: l + 1, typ: Date, val: fmtQuarter(y-1, int(p.lastQ[6]-'0')), derived: true}, true
		}
		v, _ := shift(p.ref, -n, u)
		return mk(i, l+1, Date, v)
	}
	if v, ok := p.apposedCount(i, sign); ok {
		return match{start: i, end: l + 1, typ: Date, val: v, derived: true}, true
	}
	// anaphoric: counted from the narrative's anchor
	if n < 0 {
		if sign > 0 {
			return match{}, false // several years later: a duration
		}
		return mk(i, l+1, Date, "PAST_REF")
	}
	// "about a year later" is no more precise than its unit; "after that" counts from the
	// day the narrative stepped to
	v, ok := p.fromStep(that || dir == "later", sign*n, u, j == i)
	if !ok || strings.IndexByte(v, 'X') >= 0 {
		// no anchor and no reference date, or an anchor coarser than the unit (three weeks
		// after March 2022): the count stays a duration
		if sign > 0 || ok {
			return match{}, false
		}
		return mk(i, l+1, Date, "PAST_REF")
	}
	return match{start: i, end: l + 1, typ: Date, val: v, derived: true}, true
}

// apposedCount reads a forward count set off by a comma right after the date that set the
// narrative's anchor ("did not receive letters until June 2023, seven months later", "on March
// 3, two weeks after."): the count restates that date, measured from an earlier time, and
// names no new one. It returns the anchor's value.
func (p *parser) apposedCount(i, sign int) (string, bool) {
	if sign < 0 || p.anchor == "" || p.lo(i-1) != "," || p.anchorEnd != i-1 {
		return "", false
	}
	return p.anchor, true
}

// fromStep moves the narrative by n units from the day it stepped to since its anchor
// (steppedDay: "notified the FBI two days later. It alerted regulators a week after that",
// "The next day, she told her manager. Two days later, he called the police", "Two days
// later, it noticed the loss. The next morning, it called the police") when step is set and
// there is one, else from the anchor (fromAnchor): a story told in order moves on from the
// last day it reached.
func (p *parser) fromStep(step bool, n int, u unit, keep bool) (string, bool) {
	d, ok := p.steppedDay()
	if !step || !ok {
		return p.fromAnchor(n, u, keep)
	}
	a, deictic := p.anchor, p.anchorDeictic
	p.anchor, p.anchorDeictic = d, false
	v, ok := p.fromAnchor(n, u, keep)
	p.anchor, p.anchorDeictic = a, deictic
	return v, ok
}

// clock matches clock times: 3 p.m., 10:30 a.m. EST Tuesday, noon Thursday, 9 in the morning.
func (p *parser) clock(i int) (match, bool) {
	if i >= len(p.toks) {
		return match{}, false
	}
	h, mi := -1, 0
	j := i
	t := p.toks[i]
	part := ""
	switch {
	case p.namedDayPart(i) != "":
		part, j = p.namedDayPart(i), p.namedDayPartEnd(i)
	case t.lo == "noon" || t.lo == "midday":
		h, j = 12, i+1
	case t.lo == "midnight":
		if p.nameHead(i) { // "Midnight Blizzard had gained access"
			return match{}, false
		}
		h, j = 24, i+1
	case t.kind == kNum && t.num >= 0 && t.num <= 24 && t.ndig <= 2:
		h, j = t.num, i+1
		hasMin := false
		if p.lo(j) == ":" && p.tight(j) && j+1 < len(p.toks) && p.tight(j+1) && p.toks[j+1].ndig == 2 && p.toks[j+1].num < 60 {
			mi, j, hasMin = p.toks[j+1].num, j+2, true
		}
		ampm := ""
		switch p.lo(j) {
		case "a", "p":
			if p.lo(j+1) == "." && p.lo(j+2) == "m" && p.tight(j+1) && p.tight(j+2) {
				ampm = p.lo(j)
				j += 3
				if p.lo(j) == "." && p.tight(j) {
					j++
				}
			}
		case "am", "pm":
			ampm = p.lo(j)[:1]
			j++
		case "o":
			if p.lo(j+1) == "'" && p.lo(j+2) == "clock" {
				j += 3
				ampm = "?"
			}
		case "in":
			if p.lo(j+1) == "the" {
				switch p.lo(j + 2) {
				case "morning":
					ampm, j = "a", j+3
				case "afternoon", "evening":
					ampm, j = "p", j+3
				}
			}
		}
		if ampm == "" {
			if !hasMin || (p.lo(i-1) != "at" && p.lo(i-1) != "by" && p.lo(i-1) != "until" && p.lo(i-1) != "from") {
				return match{}, false
			}
		}
		if h > 12 && (ampm == "a" || ampm == "p") {
			return match{}, false
		}
		if ampm == "p" && h < 12 {
			h += 12
		}
		if ampm == "a" && h == 12 {
			h = 0
		}
	default:
		return match{}, false
	}
	if timeZone(p.lo(j)) {
		j++
	}
	day := ""
	var on *match // the day told with the clock time
	switch {
	case p.weekdayWord(j):
		if m, ok := p.weekdayExpr(j); ok && m.typ == Date {
			day, j, on = m.val, m.end, &m
		}
	case p.lo(j) == "on" && p.weekdayWord(j+1):
		// "at 2 a.m. on Sunday, March 18, 2018", "at 11 p.m. on Friday": the day it is on
		if m, ok := p.weekdayExpr(j + 1); ok && m.typ == Date {
			day, j, on = m.val, m.end, &m
		}
	case p.lo(j) == "today" || p.lo(j) == "yesterday" || p.lo(j) == "tomorrow":
		if m, ok := p.deictic(j); ok {
			day, j, on = m.val, m.end, &m
		}
	}
	if day == "" {
		l := j
		if p.lo(l) == "on" {
			l++
		}
		if m, ok := p.date(l); ok && len(m.val) == 10 {
			day, j, on = m.val, m.end, &m
		}
	}
	if (day == "" || len(day) != 10) && p.partDayNear(i) {
		day = p.nightAfter(h) // "met on Tuesday night and voted at 11 p.m.": that day
	} else if (day == "" || len(day) != 10) && p.anchorDayNear(i) {
		day = p.anchor // "By 7am the company had …" after "on Tuesday, January 27": that day
	} else if d, ok := p.storyDay(i, j); (day == "" || len(day) != 10) && ok {
		day = d // "On June 3, hackers broke in. At 3 a.m., they …": the story's day
	} else if (day == "" || len(day) != 10) && p.storyDayUntold(i, j) {
		// "In February 2022, intruders broke in. At 4 a.m. an engineer called …": a day the text
		// does not give, or in a news story about a recent day, told back to after background
		// ("summoned the envoys on Wednesday. … hit in March 2025. … was received shortly after
		// noon"), that day
		day = p.leadDayOr(i, "XXXX-XX-XX")
	}
	if day == "" || len(day) != 10 {
		if p.hasRef {
			day = fmtDate(p.ref)
		} else {
			day = "XXXX-XX-XX"
		}
	}
	v := day + "T" + pad(h, 2) + ":" + pad(mi, 2)
	if part != "" {
		v = day + "T" + part
	}
	m, ok := mk(i, j, Time, v)
	m.on = on
	return m, ok
}

// nightAfter returns the day a clock time at hour h falls on after a time of day that named
// its day (partDay): the day after for an hour of the small hours (before 6 a.m.) after an
// evening or a night ("Tuesday night's session ended at 1 a.m.": Wednesday), else that day;
// never a day after the reference (the day of writing).
func (p *parser) nightAfter(h int) string {
	d := p.partDay
	if !p.partNight || h < 0 || h >= 6 {
		return d
	}
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	next := t.AddDate(0, 0, 1)
	if p.hasRef && next.After(p.ref) {
		return d // never past the day of writing: the small hours before it are the night's own day
	}
	return fmtDate(next)
}

// namedDayParts gives the part of the day (TimeML's MO, MI, AF, EV) the words for a time of
// day name; they are times only after a preposition of time ("by nightfall", "at dawn",
// "shortly after sunset"), not in "the dawn of a new era" or "a dusk-to-dawn curfew".
var namedDayParts = map[string]string{
	"nightfall": "EV", "dusk": "EV", "sunset": "EV", "dawn": "MO", "daybreak": "MO", "sunrise": "MO",
	"lunchtime": "MI", "midmorning": "MO", "midafternoon": "AF",
}

// namedDayPart returns the part of the day a time-of-day phrase at token i names, "" for none:
// "mid-morning" and "mid-afternoon" anywhere (TimeML's "mid-afternoon yesterday"), and a
// word of namedDayParts in lower case after "by", "at", "until", "before", "after",
// "toward" or "around" ("By nightfall the council had warned residents").
func (p *parser) namedDayPart(i int) string {
	t := p.toks[i]
	if t.upper {
		return ""
	}
	if t.lo == "mid" && p.lo(i+1) == "-" && p.tight(i+1) && p.tight(i+2) {
		if c := p.word(i + 2).dayPart; c == "MO" || c == "AF" {
			return c
		}
		return ""
	}
	c := namedDayParts[t.lo]
	if t.lo == "evening" || t.lo == "afternoon" {
		c = t.lo // read by byEvening
	}
	if c == "" || p.lo(i+1) == "-" {
		return "" // "a dusk-to-dawn curfew"
	}
	if t.lo == "midmorning" || t.lo == "midafternoon" {
		return c
	}
	if c = p.byEvening(i, c); c == "" {
		return ""
	}
	if _, ok := p.dayAfter(i + 1); ok {
		return "" // "just before dawn on December 1": the day is the expression, as before
	}
	switch p.lo(i - 1) {
	case "by", "at", "until", "before", "after", "toward", "towards", "around":
		return c
	}
	return ""
}

// byEvening returns the part of the day a bare "evening" or "afternoon" at token i names after
// "by", "until" or "toward" and before a clause or a day ("By evening, the council had …", "by
// afternoon on Friday"), else c, the code namedDayParts gave the word: "by evening prayers" and
// "by morning" (often the next day's) are not read.
func (p *parser) byEvening(i int, c string) string {
	w := p.lo(i)
	if w != "evening" && w != "afternoon" {
		return c
	}
	switch p.lo(i - 1) {
	case "by", "until", "toward", "towards":
	default:
		return ""
	}
	if i+1 >= len(p.toks) || p.toks[i+1].upper || p.toks[i+1].kind == kPunct {
		return p.word(i).dayPart
	}
	switch p.lo(i + 1) {
	case "the", "a", "an", "its", "their", "his", "her", "it", "they", "he", "she", "we", "on":
		return p.word(i).dayPart
	}
	return ""
}

// namedDayPartEnd returns the token after the time-of-day phrase namedDayPart reads at i.
func (p *parser) namedDayPartEnd(i int) int {
	if p.lo(i) == "mid" {
		return i + 3
	}
	return i + 1
}

// duration matches durations: three years, 10 days, 24 hours, a five-year plan, for months.
func (p *parser) duration(i int) (match, bool) {
	j := i
	switch p.lo(j) {
	case "about", "nearly", "almost", "roughly", "around", "approximately", "over", "some", "another",
		"only", "just":
		j++
	case "more", "less", "fewer":
		if p.lo(j+1) != "than" {
			return match{}, false
		}
		j += 2
	case "at":
		if p.lo(j+1) != "least" && p.lo(j+1) != "most" {
			return match{}, false
		}
		j += 2
	case "up":
		if p.lo(j+1) != "to" {
			return match{}, false
		}
		j += 2
	case "the":
		j++
	}
	if j >= len(p.toks) {
		return match{}, false
	}
	// bare plural units: for years, months of talks
	if u, ok := p.unitAt(j); ok {
		if !u.plur || u.code == "Q" || u.code == "S" {
			return match{}, false
		}
		if j != i && p.lo(i) != "the" && p.lo(i) != "over" && p.lo(i) != "some" {
			return match{}, false
		}
		if p.lo(j+1) == "-" || p.lo(j+1) == "'" || p.lo(j-1) == "'" {
			return match{}, false
		}
		if p.lo(j) == "days" && (p.lo(j-1) == "these" || p.lo(j-1) == "those") {
			return match{}, false
		}
		if nightHours(p.lo(j-1), p.lo(j)) {
			return match{}, false
		}
		return mk(i, j+1, Duration, durVal(-1, u))
	}
	n, k, ok := p.number(j)
	if !ok {
		return match{}, false
	}
	if (p.lo(j) == "some" || p.lo(j) == "many") && j == i {
		// "some years" is fine; "many" too
	}
	hy := false
	if p.lo(k) == "-" && p.tight(k) {
		k++
		hy = true
	}
	if p.lo(k) == "more" {
		k++
	}
	u, ok := p.unitAt(k)
	if !ok {
		return match{}, false
	}
	if u.code == "Q" && (n < 0 || p.lo(j) == "a") {
		return match{}, false
	}
	if u.code == "S" && !hy && p.lo(j) != "a" && p.toks[j].kind != kNum && n < 0 {
		return match{}, false
	}
	// a year, a day after an amount: SET (twice a year, $5 million a year)
	if p.lo(j) == "a" || p.lo(j) == "an" || p.lo(j) == "per" {
		switch p.lo(i - 1) {
		case "once", "twice", "times", "million", "billion", "thousand", "trillion", "cents", "dollars", "%", "percent":
			start := i
			if p.lo(i-1) == "once" || p.lo(i-1) == "twice" {
				start = i - 1
			}
			return mk(start, k+1, Set, durVal(1, u))
		}
	}
	end := k + 1
	if p.lo(end) == "-" && (p.lo(end+1) == "earlier" || p.lo(end+1) == "ago") {
		return match{}, false // a year-earlier figure
	}
	if hy && (p.lo(end) == "-" && p.lo(end+1) == "old" || p.lo(end) == "old") {
		return match{}, false // ages are not time expressions here
	}
	if !hy && p.lo(end) == "old" {
		return match{}, false
	}
	return mk(i, end, Duration, durVal(n, u))
}

// set matches recurring times: every week, each year, daily, annually, twice a year, on Tuesdays.
func (p *parser) set(i int) (match, bool) {
	w := p.lo(i)
	if v := p.word(i).set; v != "" {
		return mk(i, i+1, Set, v)
	}
	if w != "every" && w != "each" {
		return match{}, false
	}
	j := i + 1
	if p.lo(j) == "other" {
		if u, ok := p.unitAt(j + 1); ok && !u.plur {
			return mk(i, j+2, Set, durVal(2, u))
		}
	}
	if e := p.word(j); e.isWeekday && len(p.lo(j)) >= 6 {
		wd := e.weekday
		return mk(i, j+1, Set, "XXXX-WXX-"+strconv.Itoa(isoDay(wd)))
	}
	if dp := p.word(j).dayPart; dp != "" {
		return mk(i, j+1, Set, "XXXX-XX-XXT"+dp)
	}
	n := 1
	if m, k, ok := p.number(j); ok && p.lo(j) != "a" && n >= 0 {
		n, j = m, k
	}
	u, ok := p.unitAt(j)
	if !ok || n < 0 {
		return match{}, false
	}
	if p.lo(j+1) == "of" || p.lo(i-1) == "of" {
		return match{}, false // each of the past three years
	}
	return mk(i, j+1, Set, durVal(n, u))
}

// theUnit matches "the year" and "the weekend" read against the reference date: the year ended
// June 30 (a duration), for the year, the fiscal year, over the weekend.
func (p *parser) theUnit(i int) (match, bool) {
	if p.lo(i) != "the" {
		return match{}, false
	}
	j := i + 1
	switch p.lo(j) {
	case "fiscal", "full", "current", "latest", "whole", "entire":
		j++
	}
	switch p.lo(j) {
	case "weekend":
		if !p.hasRef {
			return mk(i, j+1, Date, "XXXX-WXX-WE")
		}
		d := p.ref
		wd := d.Weekday()
		if wd != time.Saturday && wd != time.Sunday && !p.future(i) {
			d = d.AddDate(0, 0, -7)
		}
		return mk(i, j+1, Date, fmtWeek(d)+"-WE")
	case "year":
		if _, _, ok := p.yearAt(j + 1); ok && p.toks[j+1].kind == kNum {
			return match{}, false // "the fiscal year 2024-25", "the year 2024": the year named
		}
		switch p.lo(j + 1) {
		case "ended", "ending", "ends", "through", "to":
			return mk(i, j+1, Duration, "P1Y")
		case "after", "before", "since", "when", "in", "that", "-", "'":
			return match{}, false
		}
		switch p.lo(i - 1) {
		case "for", "of", "in", "during", "through", "this":
		default:
			return match{}, false
		}
		if !p.hasRef {
			return mk(i, j+1, Date, "XXXX")
		}
		return mk(i, j+1, Date, fmtYear(p.ref.Year()))
	case "day":
		return p.dayNextTo(i, j)
	}
	return match{}, false
}

// dayNextTo reads "the day after" or "the day before" a day the text names by its date or a
// holiday ("on the day after Thanksgiving", "the day before March 4", "the day after Christmas
// Eve"), at "the" i with "day" at j: the day after or before it. A time that is no single day
// ("the day after the attack", "the day before May") is left to other rules.
func (p *parser) dayNextTo(i, j int) (match, bool) {
	shift := 0
	switch p.lo(j + 1) {
	case "after":
		shift = 1
	case "before":
		shift = -1
	default:
		return match{}, false
	}
	if j+2 >= len(p.toks) || p.toks[j+2].kind == kPunct {
		return match{}, false
	}
	m, ok := p.matchAt(j + 2)
	if !ok || m.typ != Date || len(m.val) != len("2006-01-02") || !calendarValue(m.val) || m.start >= 0 && m.start != j+2 {
		return match{}, false
	}
	d, err := time.Parse("2006-01-02", m.val)
	if err != nil {
		return match{}, false
	}
	r, _ := mk(i, m.end, Date, fmtDate(d.AddDate(0, 0, shift)))
	r.derived = true
	return r, true
}

// century matches "the 20th century" and "the twentieth century" (value 19).
func (p *parser) century(i int) (match, bool) {
	j := i
	if p.lo(j) == "the" {
		j++
	}
	n, k, ok := p.dayAt(j)
	if !ok {
		return match{}, false
	}
	if p.lo(k) != "century" || n < 1 || n > 30 {
		return match{}, false
	}
	return mk(i, k+1, Date, pad(n-1, 2))
}

// holiday reads the fixed-date holidays "Christmas" (Day, Eve), "Boxing Day" and "New Year's
// Day" or "Eve" as the day of the year they name, in the year the text's time points to
// ("informed the regulator before Christmas", written in January: last December). A
// capitalised word after "Christmas" other than Day or Eve makes the word part of a name
// ("Christmas Island"), and then nothing is read.
func (p *parser) holiday(i int) (match, bool) {
	if !p.toks[i].upper {
		return match{}, false
	}
	capWord := func(j int, w string) bool { return p.lo(j) == w && p.toks[j].upper }
	switch p.lo(i) {
	case "christmas":
		day, j := 25, i+1
		switch {
		case capWord(j, "day"):
			j++
		case capWord(j, "eve"):
			day, j = 24, j+1
		case j < len(p.toks) && p.toks[j].upper && p.toks[j].kind == kWord:
			return match{}, false
		}
		return p.monthDayMatch(i, j, 12, day)
	case "boxing":
		if capWord(i+1, "day") {
			return p.monthDayMatch(i, i+2, 12, 26)
		}
	case "new":
		if !capWord(i+1, "year") || p.lo(i+2) != "'" && p.lo(i+2) != "’" || p.lo(i+3) != "s" {
			return match{}, false
		}
		switch {
		case capWord(i+4, "day"):
			return p.monthDayMatch(i, i+5, 1, 1)
		case capWord(i+4, "eve"):
			return p.monthDayMatch(i, i+5, 12, 31)
		}
	}
	return match{}, false
}

// monthDayMatch is the match over tokens [i, j) of a month and day told without a year
// ("March 14", "the 14th of March") or of a holiday that falls on one (month m, day d): in the
// year of the episode the narrative is telling ("broke in in December 2015 and encrypted the
// records on Christmas Eve": 2015-12-24; episodeDate), else in the year the text's time points
// to (resolveMonthDay).
func (p *parser) monthDayMatch(i, j, m, d int) (match, bool) {
	if r, ok := p.episodeDate(i, j, m, d); ok {
		return r, true
	}
	return mk(i, j, Date, p.resolveMonthDay(i, m, d))
}
