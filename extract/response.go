package extract

import (
	"slices"

	"github.com/intelgraph/intelgraph/extract/timex"
)

// responseNouns are the nouns whose arrival a short sentence tells in the same sense ("Moscow's
// response came within hours.", "The reaction came hours later.").
var responseNouns = map[string]bool{"response": true, "reaction": true, "retaliation": true, "reply": true, "riposte": true}

// responseReach bounds the length of a response sentence in tokens: it tells no more than who
// answered and when.
const responseReach = 12

// responseSentence reports whether toks is a short sentence that tells only that someone
// answered the story's news within the same day, and leaves the next sentence to tell how:
// "Britain followed hours later.", "Moscow reacted within hours.", "Moscow's response came
// within a few hours.", "The ministry responded the same day." The verb is a past tense of
// following or answering (cues reactionverb and responseverb), or "came" after a noun of answering (responseNouns);
// what follows it is only a span of hours or minutes (hoursSpan) and the full stop. It returns
// the index of the verb and where the span opens, or -1 and -1 when toks is no such sentence.
func (x *Extractor) responseSentence(toks []token) (int, int) {
	n := len(toks)
	if n < 4 || n > responseReach || toks[n-1].Text != "." {
		return -1, -1
	}
	for i := 1; i < n-1; i++ {
		t := toks[i]
		switch {
		case t.Tag == "VBD" && (x.cue.tokIs("reactionverb", &t) || x.cue.tokIs("responseverb", &t)):
		case t.Lower == "came" && responseNouns[toks[i-1].Lower]:
		default:
			if isVerbTag(t.Tag) || t.Text == "," {
				return -1, -1 // another clause, or the verb's subject set off by an aside
			}
			continue
		}
		j := i + 1
		for j < n-1 && (toks[j].Lower == "suit" || toks[j].Tag == "RB" && toks[j].Lower != "later") {
			j++ // "followed suit hours later", "reacted swiftly within hours"
		}
		if !hoursSpan(toks[j : n-1]) {
			return -1, -1
		}
		return i, j
	}
	return -1, -1
}

// hoursSpan reports whether toks are, whole, a span that keeps to the day last told: "hours
// later", "two hours later", "a few hours later", "within hours", "within two hours", "within
// the hour", "minutes later", "the same day", "later that day".
func hoursSpan(toks []token) bool {
	w := make([]string, len(toks))
	for i, t := range toks {
		w[i] = t.Lower
	}
	hours := func(u string) bool { return u == "hours" || u == "minutes" || u == "hour" }
	switch len(w) {
	case 2:
		return hours(w[0]) && w[1] == "later" || w[0] == "within" && hours(w[1]) && w[1] != "hour"
	case 3:
		switch {
		case w[0] == "within" && w[1] == "the" && w[2] == "hour",
			w[0] == "the" && w[1] == "same" && w[2] == "day",
			w[0] == "later" && w[1] == "that" && w[2] == "day":
			return true
		case w[0] == "within" && hours(w[2]):
			return w[1] == "an" || spanCount(w[1]) // "within two hours", "within an hour"
		case hours(w[1]) && w[2] == "later":
			return w[0] == "an" || spanCount(w[0]) // "two hours later", "an hour later"
		}
	case 4:
		switch {
		case w[0] == "within" && w[1] == "a" && w[2] == "few" && hours(w[3]):
			return true
		case w[0] == "a" && w[1] == "few" && hours(w[2]) && w[3] == "later":
			return true
		}
	}
	return false
}

// spanCount reports whether w counts hours within a day: a number under 24 in words or
// digits.
func spanCount(w string) bool {
	c := countWord(w)
	return c >= 1 && c < 24
}

// responderOf returns the entity of the first resolved mention of sentence k standing before
// the token at verb, the one who answered, or -1.
func responderOf(ms []mention, own []int, verb int) int {
	for _, m := range own {
		if ms[m].First < verb && ms[m].Entity >= 0 {
			return ms[m].Entity
		}
	}
	return -1
}

// answeredDay returns the day of the act a response sentence answers, among the events told
// before (evs), for the undated event e of the sentence after it; "" when none is dated to a
// day. One who followed ("Britain followed hours later.") did what another had done: the act is
// the latest event of e's type dated to a day whose agents do not include the follower. One
// who reacted or responded ("Moscow reacted within hours.", "Moscow's response came within
// hours.") answered what was done to it: the act is the latest event dated to a day with the
// responder among its targets.
func answeredDay(evs []rawEvent, e rawEvent, following bool, responder int, iso func(int) string) string {
	if responder < 0 {
		return ""
	}
	for j := len(evs) - 1; j >= 0; j-- {
		a := evs[j]
		d := iso(a.TimeIdx)
		if len(d) != dayValue || !a.asserted() {
			continue
		}
		if following && a.Type == e.Type && !slices.Contains(a.Agent, responder) ||
			!following && slices.Contains(a.Target, responder) {
			return d
		}
	}
	return ""
}

// modifierParticiple reports whether the trigger at i is a participle with no auxiliary of its
// own, one that modifies a noun or opens a phrase ("leaked files stolen from the ministry",
// "citing the breach"): what it tells need not have happened when the clause's verb did.
func modifierParticiple(toks []token, i int) bool {
	if i < 0 || i >= len(toks) || toks[i].Tag != "VBN" && toks[i].Tag != "VBG" {
		return false
	}
	p := i - 1
	if p > 0 && toks[p].Tag == "RB" {
		p-- // "was quickly added"
	}
	return p < 0 || !isBeHave(toks[p].Lower)
}

// verbTrigger reports whether the trigger at i is a verb ("added", "denied", "was expelled"),
// not a noun ("sanctions", "an attack").
func verbTrigger(toks []token, i int) bool {
	return i >= 0 && i < len(toks) && isVerbTag(toks[i].Tag)
}

// answerTimes dates the events of sentence c that answer a response sentence before it in the
// same paragraph (prev, whose mentions are own among ms; responseSentence) with the day of the
// act answered (answeredDay), appending that day to evTimes, which it returns: "Norway on
// Thursday expelled three diplomats. … Moscow reacted within hours. The Russian foreign
// ministry called the accusations a provocation." dates the calling to Thursday. It dates only
// undated asserted events outside a quotation, none a participle modifying a noun tells
// (modifierParticiple: "leaked files stolen from X"), and, when a verb of the sentence tells
// one, none a noun tells ("It claimed an attack on X": the claim answered, the attack may be
// older); nor a day after the day of writing (afterWriting).
func (x *Extractor) answerTimes(c *sentCtx, prev []token, ms []mention, own []int, found, evs []rawEvent, evTimes []timex.Expression, iso func(int) string, afterWriting func(string) bool) []timex.Expression {
	v, j := x.responseSentence(prev)
	if v < 0 {
		return evTimes
	}
	who, words := responderOf(ms, own, v), joinTokens(prev[j:len(prev)-1])
	verbal := slices.ContainsFunc(found, func(e rawEvent) bool { return e.asserted() && verbTrigger(c.s.Toks, e.Trigger) })
	for f := range found {
		e := &found[f]
		if e.TimeIdx >= 0 || !e.asserted() || e.Trigger >= 0 && e.Trigger < len(c.quoted) && c.quoted[e.Trigger] ||
			modifierParticiple(c.s.Toks, e.Trigger) || verbal && !verbTrigger(c.s.Toks, e.Trigger) {
			continue
		}
		if d := answeredDay(evs, *e, prev[v].Lower == "followed", who, iso); d != "" && !afterWriting(d) {
			evTimes = append(evTimes, timex.Expression{Start: -1, End: -1, Type: timex.Date, Value: d, Text: words})
			e.TimeIdx, e.TimeText = len(evTimes)-1, words
		}
	}
	return evTimes
}
