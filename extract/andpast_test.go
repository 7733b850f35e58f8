package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestPastAfterAnd checks that a simple past the tagger reads as an adjective right after
// "and" ("breached X and stole/JJ records") is read as the past tense of a second predicate
// when a past tense opens the first and an object follows it, and that the theft it tells is
// found and dated by its own time phrase.
func TestPastAfterAnd(t *testing.T) {
	x := mustExtractor(t)
	checkWordTags(t, x, []wordTag{
		{"Raiders breached Tolland Bank on Dec. 30 and stole records from Quist Credit on Jan. 4.", "stole", "VBD"},
		{"The thieves broke into the depot and stole laptops.", "stole", "VBD"},
		{"The crew gained access and stole credentials from employees.", "stole", "VBD"},
		{"Intruders who breached the bank and stole records were arrested.", "stole", "VBD"},
		{"They broke in and stole passwords.", "stole", "VBD"},
	})
	checkTimes(t, []timeCase{
		{"the second deed after and keeps its own day", "2025-11-20", "Raiders breached Tolland Bank on Dec. 30 and stole records from Quist Credit on Jan. 4.",
			schema.EventTheft, "", "quist-credit", "2025-01-04"},
		{"the first deed keeps its day", "2025-11-20", "Raiders breached Tolland Bank on Dec. 30 and stole records from Quist Credit on Jan. 4.",
			schema.EventIntrusion, "", "tolland-bank", "2024-12-30"},
	}, true)
	checkEventRules(t, "2025-11-20", []eventCase{
		{"undated theft after a break-in", "Raiders breached Tolland Bank and stole records from Quist Credit.",
			schema.EventTheft, "", "quist-credit", true},
		{"a named crew breaks in and steals", "The Sallow Lynx crew broke into Denby Works last month and stole customer files.",
			schema.EventTheft, "sallow-lynx", "denby-works", true},
	})
}
