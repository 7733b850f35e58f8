package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestFrontedOpeningIt checks that a sentence-opening "it" goes on with the subject of the
// sentence before also when an opening phrase closed by a comma stands before that subject or
// before the "it" ("On Tuesday, the Treasury sanctioned X. It also sanctioned Y"), and not with
// the object named last.
func TestFrontedOpeningIt(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"fronted time before the subject", "On Tuesday, the Lusk Treasury sanctioned Corrow Lab. It also sanctioned Ardent Freight.",
			schema.EventSanction, "lusk-treasury", "ardent-freight", true},
		{"fronted time before the subject, not the object", "On Tuesday, the Lusk Treasury sanctioned Corrow Lab. It also sanctioned Ardent Freight.",
			schema.EventSanction, "corrow-lab", "ardent-freight", false},
		{"fronted time before the it", "Harlow Bank sued Corrow Lab on Tuesday. On Friday, it also sued Ardent Freight.",
			schema.EventLegal, "harlow-bank", "ardent-freight", true},
		{"fronted phrase before the subject", "In a statement, the Brevia Interior Ministry expelled Olan Dask. It also expelled Sanna Pohl.",
			schema.EventSanction, "brevia-interior-ministry", "sanna-pohl", true},
	})
}
