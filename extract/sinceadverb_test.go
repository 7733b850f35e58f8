package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSinceAdverb checks that "since" between a form of "have" and a participle ("had since
// stolen", "has since leaked") is read as "since then", an adverb of the verb: the deed is
// told, with the doer before it, and a present perfect so told is left undated rather than
// given the publication day, since it tells of a time between then and now.
func TestSinceAdverb(t *testing.T) {
	const lead = "The Ostrava Water Board said on Monday that its systems had been breached by a group known as Pale Comet.\n\n"
	tests := []struct {
		name, body    string
		typ           schema.EventType
		agent, target string
		time          string
	}{
		{"past perfect theft", "The hackers had since stolen administrator credentials.", schema.EventTheft, "pale-comet", "ostrava-water-board", ""},
		{"past perfect harvesting", "Investigators found that the intruders had since harvested staff passwords.", schema.EventTheft, "pale-comet", "ostrava-water-board", ""},
		{"past perfect copying", "The hackers had since copied network diagrams.", schema.EventTheft, "pale-comet", "ostrava-water-board", ""},
		{"present perfect leak", "The hackers have since leaked the stolen files.", schema.EventLeak, "pale-comet", "ostrava-water-board", ""},
		{"present perfect break-in", "Pale Comet has since breached the network of Velmora Gas.", schema.EventIntrusion, "pale-comet", "velmora-gas", ""},
		{"a span, not the adverb", "The hackers have been inside the network since March and have stolen payroll files.", schema.EventTheft, "pale-comet", "ostrava-water-board", "2025-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", lead+tt.body)
			e := findEvent(g, tt.typ, tt.agent, tt.target)
			require.NotNil(t, e, "got %s, want %s %s → %s", eventsString(g), tt.typ, tt.agent, tt.target)
			assert.Equal(t, tt.time, e.Time.Value, "got %s, want the time %q", eventsString(g), tt.time)
		})
	}
}
