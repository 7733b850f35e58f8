package timex

import "time"

// lexicon holds the word tables the rules read. It is built once by New and only read after.
type lexicon struct {
	months   map[string]int          // january, jan, sept → 1..12
	weekdays map[string]time.Weekday // monday, mon, tues → weekday
	numbers  map[string]int          // one … ninety, dozen, hundred
	ordinals map[string]int          // first … thirty-first, in words
	units    map[string]unit         // year, years, yr, month, … → unit
	seasons  map[string]string       // spring → SP, summer → SU, fall/autumn → FA, winter → WI
	dayParts map[string]string       // morning → MO, afternoon → AF, evening → EV, night → NI
	sets     map[string]string       // daily → P1D, weekly → P1W, …
	refs     map[string]string       // single words: now → PRESENT_REF, recently → PAST_REF, …
	vague    map[string]bool         // few, several, many, some: an unknown number
	notYear  map[string]bool         // words after a number that show it counts things
	starters map[string]bool         // words that may begin an expression
	// determiners open a noun phrase after a preposition "to", which no infinitive's verb can be
	determiners map[string]bool
	// ids numbers the words of the tables above from 1, and entries holds each number's entry
	// (entries[0] is the empty one): classify gives every word token its number once, so that
	// the rules read the token's entry and hash no word.
	ids     map[string]uint16
	entries []entry
}

// entry holds what the tables of a lexicon say about one word.
type entry struct {
	month     int // 1..12; 0 for no month
	weekday   time.Weekday
	isWeekday bool
	number    int
	isNumber  bool
	ordinal   int
	isOrdinal bool
	unit      unit
	isUnit    bool
	// season and dayPart hold the word's code, "" for none (no code is empty)
	season, dayPart string
	set             string // the word's set value, "" for none (no value is empty)
	vague           bool
	notYear         bool
	starter         bool
	determiner      bool
	// rules holds the bits of the rules the word may open (startRules): matchAt tries no other
	rules uint16
}

// unit is a calendar unit as it appears in a TIMEX3 value.
type unit struct {
	code  string // Y, M, W, D, H, MIN, S, DE (decade), CE (century), Q
	count int    // a decade is 10 years, a century 100, a fortnight 2 weeks
	plur  bool   // the word was plural
}

// newLexicon returns the lexicon of time words: month, weekday and season names, number and
// ordinal words, units, the words of sets, of vague and reference times, determiners, and the
// words that may start an expression.
func newLexicon() *lexicon {
	lx := &lexicon{
		months: map[string]int{}, weekdays: map[string]time.Weekday{}, numbers: map[string]int{},
		ordinals: map[string]int{}, units: map[string]unit{}, starters: map[string]bool{},
	}
	names := []string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december"}
	for i, n := range names {
		lx.months[n] = i + 1
		lx.months[n[:3]] = i + 1
	}
	lx.months["sept"] = 9
	for i, n := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		lx.weekdays[n] = time.Weekday(i)
		lx.weekdays[n[:3]] = time.Weekday(i)
	}
	lx.weekdays["tues"], lx.weekdays["thur"], lx.weekdays["thurs"] = time.Tuesday, time.Thursday, time.Thursday
	delete(lx.weekdays, "sun") // too often a word or a name
	delete(lx.weekdays, "sat")
	small := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, n := range small {
		lx.numbers[n] = i
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, n := range tens {
		lx.numbers[n] = (i + 2) * 10
	}
	lx.numbers["dozen"], lx.numbers["hundred"], lx.numbers["thousand"] = 12, 100, 1000
	ords := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
		"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth", "twentieth"}
	for i, n := range ords {
		lx.ordinals[n] = i + 1
	}
	lx.ordinals["thirtieth"] = 30
	add := func(code string, count int, words ...string) {
		for i, w := range words {
			lx.units[w] = unit{code: code, count: count, plur: i%2 == 1}
		}
	}
	add("Y", 1, "year", "years", "yr", "yrs")
	add("M", 1, "month", "months")
	add("W", 1, "week", "weeks")
	add("W", 2, "fortnight", "fortnights")
	add("D", 1, "day", "days")
	add("H", 1, "hour", "hours", "hr", "hrs")
	add("MIN", 1, "minute", "minutes", "min", "mins")
	add("S", 1, "second", "seconds")
	add("DE", 1, "decade", "decades")
	add("CE", 1, "century", "centuries")
	add("Q", 1, "quarter", "quarters")
	lx.seasons = map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
	lx.dayParts = map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
	lx.sets = map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
		"yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W"}
	lx.refs = map[string]string{"now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
		"nowadays": "PRESENT_REF", "presently": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF",
		"lately": "PAST_REF", "future": "FUTURE_REF"}
	lx.vague = map[string]bool{"few": true, "several": true, "many": true, "some": true, "couple": true}
	lx.determiners = map[string]bool{}
	for _, w := range []string{"the", "a", "an", "its", "their", "his", "her", "our", "these", "those"} {
		lx.determiners[w] = true
	}
	lx.notYear = map[string]bool{}
	for _, w := range []string{"percent", "per", "pct", "people", "persons", "votes", "feet", "foot", "ft",
		"meters", "metres", "m", "km", "kilometers", "kilometres", "miles", "mi", "tons", "tonnes", "pounds",
		"lbs", "kg", "dollars", "euros", "yen", "pesos", "rubles", "yuan", "shares", "points", "troops",
		"soldiers", "members", "employees", "workers", "cases", "deaths", "jobs", "hours", "minutes",
		"seconds", "cars", "units", "acres", "barrels", "gallons", "residents", "students", "children",
		"women", "men", "victims", "homes", "houses", "computers", "machines", "servers", "accounts",
		"users", "customers", "files", "documents", "emails", "messages", "pages", "words", "bytes",
		"times", "of", "to", "and", "or", "x", "gb", "mb", "kb", "mhz", "ghz", "rpm", "cc", "mm", "cm",
		"ms", "bc", "ad"} {
		lx.notYear[w] = true
	}
	delete(lx.notYear, "ad") // 2014 AD is a year; kept simple: "ad" is handled by the caller
	delete(lx.notYear, "bc")
	for _, w := range []string{"the", "a", "an", "this", "last", "next", "past", "previous", "coming",
		"early", "earlier", "late", "later", "mid", "middle", "end", "beginning", "start", "fiscal",
		"today", "tonight", "yesterday", "tomorrow", "overnight", "every", "each", "once", "twice", "for",
		"in", "these", "those", "that", "recent", "noon", "midnight", "year", "years", "month", "months",
		"week", "weeks", "day", "days", "hours", "minutes", "decades", "centuries", "decade",
		"weekend", "q", "h", "more", "about", "nearly", "almost", "over", "around", "some", "several", "few",
		"many", "up", "at", "within", "less", "roughly", "approximately", "following", "latest", "its",
		"first", "second", "third", "fourth", "half", "present", "right", "as", "near", "immediate",
		"two", "nineteen", "twenty", "couple", "lately", "ago", "previously", "sometime", "around",
		"year-end", "yearend", "nineties", "eighties", "seventies", "sixties", "fifties", "forties",
		"thirties", "twenties", "hundred", "thousand", "dozen", "quarter", "period", "season", "night",
		"morning", "afternoon", "evening", "current", "hour", "minute", "spring", "summer", "autumn",
		"winter", "fall", "days", "moment", "time", "weekends", "christmas", "boxing", "easter", "thanksgiving", "new",
		"labor", "memorial", "veterans", "halloween", "valentine", "good", "black", "cyber"} {
		lx.starters[w] = true
	}
	for w := range namedDayParts {
		lx.starters[w] = true
	}
	for w := range lx.months {
		lx.starters[w] = true
	}
	for w := range lx.weekdays {
		lx.starters[w] = true
	}
	for w := range lx.numbers {
		lx.starters[w] = true
	}
	for w := range lx.ordinals {
		lx.starters[w] = true
	}
	for w := range lx.units {
		lx.starters[w] = true
	}
	for w := range lx.sets {
		lx.starters[w] = true
	}
	for w := range lx.refs {
		lx.starters[w] = true
	}
	lx.index()
	return lx
}

// index numbers the words of the lexicon's tables and fills in their entries.
func (lx *lexicon) index() {
	lx.ids = map[string]uint16{}
	lx.entries = []entry{{}}
	at := func(w string) *entry {
		id, ok := lx.ids[w]
		if !ok {
			id = uint16(len(lx.entries))
			lx.ids[w] = id
			lx.entries = append(lx.entries, entry{})
		}
		return &lx.entries[id]
	}
	for w, m := range lx.months {
		at(w).month = m
	}
	for w, d := range lx.weekdays {
		e := at(w)
		e.weekday, e.isWeekday = d, true
	}
	for w, n := range lx.numbers {
		e := at(w)
		e.number, e.isNumber = n, true
	}
	for w, n := range lx.ordinals {
		e := at(w)
		e.ordinal, e.isOrdinal = n, true
	}
	for w, u := range lx.units {
		e := at(w)
		e.unit, e.isUnit = u, true
	}
	for w, c := range lx.seasons {
		at(w).season = c
	}
	for w, c := range lx.dayParts {
		at(w).dayPart = c
	}
	for w, v := range lx.sets {
		at(w).set = v
	}
	for w := range lx.vague {
		at(w).vague = true
	}
	for w := range lx.notYear {
		at(w).notYear = true
	}
	for w := range lx.starters {
		at(w).starter = true
	}
	for w := range lx.determiners {
		at(w).determiner = true
	}
	for w, id := range lx.ids {
		lx.entries[id].rules = startRules(w, &lx.entries[id])
	}
}

// classify gives every word token of toks the number of its entry (0 for a word of no table).
func (lx *lexicon) classify(toks []token) {
	for i := range toks {
		if toks[i].kind == kWord {
			toks[i].wi = lx.ids[toks[i].lo]
		}
	}
}
