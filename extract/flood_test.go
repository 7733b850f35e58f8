package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestFloodedWithTraffic checks that flooding a victim's sites or servers with traffic,
// requests or packets is an attack (floodedWith), active or passive, and that flooding with
// anything else, a river flooding a town, or the simple present that tells what a tool does as
// a rule is none.
func TestFloodedWithTraffic(t *testing.T) {
	checkPartiesCases(t, "2025-06-10", schema.EventAttack, []partiesCase{
		{"active, junk traffic", "Grey Brigade flooded the websites of the Orvane Water Board with junk traffic on Monday.",
			"grey-brigade", "orvane-water-board", true},
		{"active, bogus requests", "On Monday, Grey Brigade flooded the payment portal of Harrow Bank with millions of bogus requests.",
			"grey-brigade", "harrow-bank", true},
		{"passive", "The websites of Harrow Bank were flooded with junk traffic on Monday.",
			"", "harrow-bank", true},
		{"cheap goods", "Grey Brigade flooded the market with cheap goods on Monday.", "", "", false},
		{"a river", "The Orvane River flooded the town of Harrow on Monday.", "", "", false},
		{"what a tool does", "Grey Brigade hands out a tool, known as Pelt, which floods web servers with bogus requests.", "", "", false},
	})
}
