package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestIndefiniteHead checks that a noun the tagger reads as an adjective right after "a" or
// "an" (one adjective perhaps between) is read as the noun when a preposition or "to" opens its
// complement ("issued an advisory to water utilities"), that the notice then tells its
// hearers, and that an adjective before its noun stays one.
func TestIndefiniteHead(t *testing.T) {
	x := mustExtractor(t)
	checkWordTags(t, x, []wordTag{
		{"The Osric Cyber Office issued an advisory to water utilities on Monday.", "advisory", "NN"},
		{"The Osric Cyber Office issued a joint advisory to hospitals.", "advisory", "NN"},
		{"The breach prompted the Norvik Cyber Authority to issue an advisory to public bodies.", "advisory", "NN"},
		{"The Osric advisory committee met on Monday.", "advisory", "JJ"},
		{"The office set up an advisory board in May.", "advisory", "JJ"},
	})
	checkTold(t, "2025-11-20", []toldCase{
		{"an advisory to utilities", "The Osric Cyber Office issued an advisory to water utilities on Monday.",
			[]string{"osric-cyber-office → water-utilities"}, nil},
		{"an advisory to public bodies", "The breach prompted the Norvik Cyber Authority to issue an advisory to public bodies.",
			[]string{"norvik-cyber-authority → public-bodies"}, nil},
	})
	checkTimes(t, []timeCase{
		{"the advisory's day", "2025-11-20", "The Osric Cyber Office issued an advisory to water utilities on Monday.",
			schema.EventWarning, "osric-cyber-office", "water-utilities", "2025-11-17"},
	}, true)
}
