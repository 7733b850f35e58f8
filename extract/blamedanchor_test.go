package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/intelgraph/intelgraph/schema"
)

// TestBlamedAppositiveAnchor checks that "blamed" in a relative clause on a name's appositive
// ("X, the outfit that Y has blamed for …") makes Y blame X, and
// that the year of the deed it is blamed for ("for the 2019 intrusion") does not date the blaming.
func TestBlamedAppositiveAnchor(t *testing.T) {
	checkAccusations(t, []accusationCase{
		{"that-relative, perfect", "Investigators traced the phishing kit to Pale Otter, the veteran Vestian phishing crew that the Canadian government has blamed for the 2019 intrusion at Kestrel Bank.", "canada", "pale-otter"},
		{"that-relative, past", "The malware resembled tools used by Copper Finch, a group that Halden Cyber blamed for a breach at Varnel Bank.", "halden-cyber", "copper-finch"},
	})
	g := extractText(t, "2025-11-20", "The Canadian government has blamed Pale Otter for the 2019 intrusion at Kestrel Bank.")
	ev := findEvent(g, schema.EventAccusation, "canada", "pale-otter")
	if assert.NotNil(t, ev, "got %s, want accusation canada → pale-otter", eventsString(g)) {
		assert.NotEqual(t, "2019", ev.Time.Value, "got the deed's year, want the blaming's own time")
	}
}
