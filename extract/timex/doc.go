// Package timex finds time expressions in news text and normalises them to TimeML TIMEX3
// values against a reference date, the article's publication date.
//
// The tagger works in the manner of HeidelTime (Strötgen and Gertz): the text is cut into
// tokens once, and hand-written rules anchored on trigger words (month and weekday names,
// numbers, "year", "now", "ago", …) match explicit dates (October 10, 2017; 10 Oct 2017;
// 2017-10-10), years, months, seasons, quarters, decades, weekdays and parts of days,
// relative dates (yesterday, last month, earlier this year, two years ago), durations
// (three years, for months), sets (every week, annually) and the vague references PAST_REF,
// PRESENT_REF and FUTURE_REF. Values follow the TimeML conventions of the TimeBank and
// AQUAINT annotations (TempEval-3): underspecified dates are resolved against the reference
// date with the news rule "prefer the past", unless the sentence speaks of the future.
//
// Words such as "former" are not tagged: TimeBank does not annotate them (none of 28 in the
// TempEval-3 training texts), and "the past year" is a DATE while "the past two years" is a
// DURATION, as there.
//
// With the Narrative option, anaphoric expressions (two days earlier, the next day, the
// following week, a year later, that same day, the day before) count, as TimeML annotates
// them, from the narrative's reference time: the last calendar date the text gave before them,
// not counting a period's start after "since", a date in a relative aside (", who left in
// July,") or a past-perfect flashback before the day the story is at (see anaphora.go);
// deictic ones (yesterday, last week, two days ago, earlier this year) keep counting from the
// reference date. Without it, every relative expression reads the reference date.
//
// When the reference date is unknown (the zero time), relative expressions get a vague or
// partial value (PAST_REF, XXXX-10-10, XXXX-WXX-2) and never an invented calendar date.
//
// Calendar maps a TIMEX3 value to the ISO date and precision (year, month or day) that the
// graph stores as an event's time.
//
// # Why no general date parser
//
// The design notes suggest github.com/markusmobius/go-dateparser underneath the rules. It was
// measured and left out: with English only and PreferredDateSource Past (v1.4.7), a process
// pays about 5 ms on its first parse and then 60–220 µs for every span (its regular
// expressions run in go-re2, a WebAssembly build of RE2 on the wazero runtime, which also adds
// about 10 MB to a binary and upgrades shared test dependencies). At that cost, parsing every
// candidate would hold the tagger well below the pipeline's budget of several MB/s. Used only
// on spans the rules have already found, it would parse what the rules already normalise
// exactly (month names, day numbers, ISO and numeric dates), and it knows nothing of TIMEX3
// values (seasons, quarters, decades, durations, sets, PAST_REF), which must come from the
// rules in any case. The rules therefore read every surface form themselves.
package timex
