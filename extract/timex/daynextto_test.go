package timex

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFindDayNextTo checks that "the day after" or "the day before" a day named by its date or
// a holiday is the day after or before it (dayNextTo).
func TestFindDayNextTo(t *testing.T) {
	tests := []narrativeDate{
		{"after a holiday in an episode", "The crew broke into the depot in November 2015. On the day after Thanksgiving, a clerk noticed that the shipping ledger was missing.", "the day after Thanksgiving", "2015-11-27"},
		{"before a date", "The firm patched the flaw the day before March 4.", "the day before March 4", "2017-03-03"},
		{"after a holiday eve", "Hackers struck the clinic the day after Christmas Eve.", "the day after Christmas Eve", "2016-12-25"},
		{"after a dated year", "The crew broke into the depot on the day after June 3, 2015.", "the day after June 3, 2015", "2015-06-04"},
	}
	runNarrativeDates(t, tests)
}

// TestFindDayNextToNoDay checks that "the day after" a deed or a month, which name no single
// day, is not read as a date of its own.
func TestFindDayNextToNoDay(t *testing.T) {
	tg := mustTagger(t)
	for _, text := range []string{
		"The firm was hit the day after the attack on its rival.",
		"The utility reported the breach the day before May.",
	} {
		t.Run(text, func(t *testing.T) {
			for _, e := range tg.Find(text, ref) {
				assert.False(t, strings.HasPrefix(strings.ToLower(e.Text), "the day"), "got %q, want no day-next-to expression", e.Text)
			}
		})
	}
}
