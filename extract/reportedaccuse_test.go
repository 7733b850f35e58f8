package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestReportedConjunctAccuser checks that a verb of accusing coordinated after what a speaker
// says ("X said the charges were “baseless” and accused Y of …") takes the speaker for accuser
// when the clause said names no accuser of its own, across a quotation and a comma closing it.
func TestReportedConjunctAccuser(t *testing.T) {
	checkEventRules(t, "2025-06-10", []eventCase{
		{"a quoted complement", `The Iranian embassy said on Monday that the charges were "baseless" and accused Britain of "inventing a spy story."`,
			schema.EventAccusation, "iranian-embassy", "united-kingdom", true},
		{"a complement with a time before it", `Senator Hal Brooks said Tuesday that the agency "ignored the warning for months" and accused Tomas Reyl of hiding the breach.`,
			schema.EventAccusation, "hal-brooks", "tomas-reyl", true},
		{"a warning whose quotation closes with a comma", `Senator Hal Brooks, who sits on the budget panel, warned that cutting the fund would "leave the hospitals exposed," and accused Tomas Reyl of "gambling with patients' lives."`,
			schema.EventAccusation, "hal-brooks", "tomas-reyl", true},
		{"a pronoun speaker", `The Iranian embassy rejected the report. In a statement, it said the claims were "unfounded" and accused Britain of leaking the memo.`,
			schema.EventAccusation, "iranian-embassy", "united-kingdom", true},
	})
}
