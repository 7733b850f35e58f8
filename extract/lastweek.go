package extract

import (
	"fmt"
	"strings"
	"time"

	"github.com/intelgraph/intelgraph/extract/timex"
)

// lastWeekDays moves a deed told again with a bare weekday into the week the text placed the
// deed in before: "A cyberattack hit X last week. … The attack began on Monday" read on a
// Monday (or later in the week) is last week's Monday, not the day of writing or a day of the
// week the story is written in, since the deed was told as last week's. The deed must be of
// the family (familyOf: an attack, intrusion or espionage; a theft or leak) of one told before
// it, or earlier in its sentence, and dated by "last week" (the week before the day of
// writing) (toldLastWeek: it names a victim of that one, or no party at all, or is a definite
// mention, "the attack", of one that named no victim). A deed marked as another ("A second
// attack hit the bank on Monday", "a new breach"; otherMarked) is a deed of its own and keeps
// its day. A weekday with a month or day of its own ("Monday, March 6") keeps its day, and a
// saying is never moved: "the company said on Monday" is the day of writing's. pubIdx indexes
// the day of writing among evTimes; the moved days are appended to evTimes (the same words of
// the text, read in last week), which it returns.
func (x *Extractor) lastWeekDays(sents []sentence, evs []rawEvent, evTimes []timex.Expression, pubIdx int) []timex.Expression {
	if pubIdx < 0 {
		return evTimes
	}
	ref, err := time.Parse("2006-01-02", evTimes[pubIdx].Value)
	if err != nil {
		return evTimes
	}
	monday := ref.AddDate(0, 0, -(int(ref.Weekday())+6)%7)
	y, w := monday.AddDate(0, 0, -7).ISOWeek()
	lastWeek := isoWeekValue(y, w)
	for k := range evs {
		d := &evs[k]
		day, ok := thisWeekWeekday(evTimes, d.TimeIdx, monday, ref)
		if !ok || !isDeed(d.Type) || !d.asserted() || d.Further || d.Series || familyOf(d.Type) == 0 {
			continue
		}
		if !toldLastWeek(evs, k, evTimes, lastWeek) || x.otherMarked(sents, *d, true) {
			continue
		}
		t := evTimes[d.TimeIdx]
		moved := day.AddDate(0, 0, -7).Format("2006-01-02") + t.Value[len("2006-01-02"):]
		t.Value = moved // the same words, read in last week
		evTimes = append(evTimes, t)
		d.TimeIdx = len(evTimes) - 1
	}
	return evTimes
}

// isoWeekValue writes an ISO week as TIMEX3 does ("2023-W10").
func isoWeekValue(y, w int) string {
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// thisWeekWeekday returns the day of the time expression at ti when a bare weekday names it
// ("on Monday", "7 a.m. on Monday", "Monday night": a weekday and no month) and it falls from
// monday to ref, the week of writing up to the day of writing.
func thisWeekWeekday(evTimes []timex.Expression, ti int, monday, ref time.Time) (time.Time, bool) {
	if ti < 0 || ti >= len(evTimes) || len(evTimes[ti].Value) < len("2006-01-02") {
		return time.Time{}, false
	}
	t := evTimes[ti]
	day, err := time.Parse("2006-01-02", t.Value[:len("2006-01-02")])
	if err != nil || day.Before(monday) || day.After(ref) || !bareWeekday(t.Text) {
		return time.Time{}, false
	}
	return day, true
}

// bareWeekday reports whether text names a day of the week and no month ("on Monday", "Monday
// night", "7 a.m. on Monday"; not "Monday, March 6").
func bareWeekday(text string) bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r < 'a' || r > 'z' })
	named := false
	for _, w := range words {
		for m := time.January; m <= time.December; m++ {
			if name := strings.ToLower(m.String()); w == name || w == name[:3] || w == "sept" {
				return false
			}
		}
		named = named || weekdays[w]
	}
	return named
}

// toldLastWeek reports whether a deed of the family of evs[k], told before it (or earlier in
// its sentence) and asserted, is dated by lastWeek and names a victim evs[k] names, or evs[k]
// names no party (a definite mention of it).
func toldLastWeek(evs []rawEvent, k int, evTimes []timex.Expression, lastWeek string) bool {
	d := evs[k]
	for j, p := range evs {
		if j == k || p.Sent > d.Sent || p.Sent == d.Sent && p.Trigger >= d.Trigger {
			continue
		}
		if p.TimeIdx < 0 || p.TimeIdx >= len(evTimes) || evTimes[p.TimeIdx].Value != lastWeek || !p.asserted() || familyOf(p.Type) != familyOf(d.Type) {
			continue
		}
		if overlaps(p.Target, d.Target) || len(d.Agent)+len(d.Target) == 0 || d.Definite && len(p.Target) == 0 {
			return true
		}
	}
	return false
}
