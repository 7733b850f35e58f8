package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/intelgraph/intelgraph/schema"
)

// TestBlamedAppositiveAnchor checks that "blamed" in a relative clause on a name's appositive
// ("X, the outfit that Y has blamed for …") makes Y blame X, and
// that the year of the deed it is blamed for ("for the 2021 attack") does not date the blaming.
func TestBlamedAppositiveAnchor(t *testing.T) {
	checkAccusations(t, []accusationCase{
		{"that-relative, perfect", "The report ties the activity to Pale Otter, the prolific Russian hacking outfit that the U.S. government has blamed for the 2021 attack on Kestrel Bank.", "united-states", "pale-otter"},
		{"that-relative, past", "The malware resembled tools used by Copper Finch, a group that Halden Cyber blamed for a breach at Varnel Bank.", "halden-cyber", "copper-finch"},
	})
	g := extractText(t, "2025-11-20", "The U.S. government has blamed Pale Otter for the 2021 attack on Kestrel Bank.")
	ev := findEvent(g, schema.EventAccusation, "united-states", "pale-otter")
	if assert.NotNil(t, ev, "got %s, want accusation united-states → pale-otter", eventsString(g)) {
		assert.NotEqual(t, "2021", ev.Time.Value, "got the deed's year, want the blaming's own time")
	}
}
