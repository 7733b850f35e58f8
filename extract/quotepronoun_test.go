package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestQuoteClosedByPronounDay checks that a reaction told with no time of its own, which took
// the day of an occasion told before it, takes instead the day of the quote right after it
// when that quote runs over more than one sentence and its closing telling names its speaker
// by a pronoun ("…. …,\" it said in a statement on Wednesday"): the pronoun is the reaction's
// speaker going on (reachesBack with goesOn). A quote closed by another speaker named outright
// leaves the reaction where it was.
func TestQuoteClosedByPronounDay(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a body's denial takes the day its quote closes on", "2026-05-14",
			"The Norland Cyber Agency said in a statement on Tuesday that Grey Heron had breached Harrow Bank.\n\nThe Westerian Foreign Ministry rejected the allegations. \"These claims are invented. They serve a campaign against us,\" it said in a statement on Wednesday.",
			schema.EventDenial, "westerian-foreign-ministry", "", "2026-05-13"},
		{"a person's acknowledgment takes the day his quote closes on", "2026-05-14",
			"The Norland Cyber Agency said in a statement on Tuesday that Grey Heron had breached Harrow Bank.\n\nBank spokesman Tomas Ridel acknowledged the breach but said no customer funds were lost. \"No payment system was reached. Branches stayed open,\" he said in a radio interview on Wednesday.",
			schema.EventStatement, "tomas-ridel", "", "2026-05-13"},
		{"a quote closed by another speaker named outright leaves the day", "2026-05-14",
			"The Norland Cyber Agency said in a statement on Tuesday that Grey Heron had breached Harrow Bank.\n\nThe Westerian Foreign Ministry rejected the allegations. \"These claims are invented. They serve a campaign against us,\" Senator Jon Vask said on Wednesday.",
			schema.EventDenial, "westerian-foreign-ministry", "", "2026-05-12"},
	}, false)
}
