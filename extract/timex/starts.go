package timex

// The rules matchAt tries, one bit each, in the order it tries them.
const (
	rModified uint16 = 1 << iota
	rDate
	rYear
	rQuarter
	rSeason
	rWeekday
	rDeictic
	rRelative
	rClock
	rDuration
	rSet
	rTheUnit
	rCentury
	rHoliday
	rAnaphoric
	rAll uint16 = 1<<iota - 1
)

// ruleStart pairs a rule's bit with the test of the words that may be the first token of a
// match of the rule: a word w with lexicon entry e at which the rule finds nothing when the
// test fails. Numbers and punctuation marks are tried by every rule.
type ruleStart struct {
	bit   uint16
	words func(w string, e *entry) bool
}

// ruleStarts gives, for each rule, the words that may open it, read off the words each rule
// checks at its first token (TestRuleStarts checks them against the rules).
func ruleStarts() []ruleStart {
	return []ruleStart{
		{rModified, oneOf("early", "late", "mid", "earlier", "later", "middle", "the", "end", "beginning", "start")},
		{rDate, func(_ string, e *entry) bool { return e.month != 0 }},
		{rYear, oneOf("fiscal", "the")},
		{rQuarter, oneOf("the", "its", "a", "this", "that", "fiscal", "year", "first", "second", "third", "fourth",
			"q", "latest", "current", "same", "comparable", "recent")},
		{rSeason, func(w string, e *entry) bool {
			return e.season != "" || oneOf("the", "that", "this", "last", "next", "early", "late", "past")(w, e)
		}},
		{rWeekday, func(w string, e *entry) bool {
			return e.isWeekday || oneOf("last", "next", "this", "previous", "past", "coming", "the")(w, e)
		}},
		{rDeictic, oneOf("late", "early", "earlier", "later", "today", "yesterday", "tomorrow", "tonight", "overnight",
			"now", "right", "current", "currently", "recently", "recent", "lately", "nowadays", "presently", "these",
			"the", "in", "at")},
		{rRelative, func(w string, e *entry) bool {
			return oneOf("the", "this", "last", "next", "past", "previous", "coming", "current", "following", "latest",
				"preceding")(w, e) || agoStart(w, e)
		}},
		{rClock, func(w string, e *entry) bool {
			return oneOf("noon", "midday", "midnight", "mid", "evening", "afternoon")(w, e) || namedDayParts[w] != ""
		}},
		{rDuration, func(w string, e *entry) bool {
			return e.isUnit || numberStart(w, e) || oneOf("about", "nearly", "almost", "roughly", "around",
				"approximately", "over", "some", "another", "only", "just", "more", "less", "fewer", "at", "up", "the")(w, e)
		}},
		{rSet, func(w string, e *entry) bool { return e.set != "" || w == "every" || w == "each" }},
		{rTheUnit, oneOf("the")},
		{rCentury, func(w string, e *entry) bool { return e.isOrdinal || w == "the" }},
		{rHoliday, oneOf("christmas", "boxing", "new", "labor", "memorial", "thanksgiving", "veterans", "halloween",
			"valentine", "fourth", "easter", "good", "black", "cyber")},
		{rAnaphoric, oneOf("the", "that")},
	}
}

// oneOf returns the test of a word being one of words.
func oneOf(words ...string) func(string, *entry) bool {
	return func(w string, _ *entry) bool {
		for _, x := range words {
			if w == x {
				return true
			}
		}
		return false
	}
}

// numberStart reports whether parser.number may read a number from word w.
func numberStart(w string, e *entry) bool {
	return e.isNumber || e.vague || w == "a" || w == "an" || w == "couple"
}

// agoStart reports whether parser.ago may match from word w.
func agoStart(w string, e *entry) bool {
	return numberStart(w, e) || oneOf("about", "nearly", "almost", "some", "roughly", "around", "approximately",
		"just", "only", "more", "over", "less")(w, e)
}

// startRules returns the bits of the rules a word w with entry e may open.
func startRules(w string, e *entry) uint16 {
	var bits uint16
	for _, r := range ruleStarts() {
		if r.words(w, e) {
			bits |= r.bit
		}
	}
	return bits
}
