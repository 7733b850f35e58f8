package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestMatchingMeasure checks that a sanction marked as the copy of one told before ("announced
// matching designations", "parallel sanctions") falls on those the sanction before fell on,
// while a plain sanction with no one named takes no one from it.
func TestMatchingMeasure(t *testing.T) {
	tests := []struct {
		name, body, agent string
		want              bool
	}{
		{"matching designations by two offices", "The Treasury Department designated Ivo Marsh on Monday. The Ostmark Foreign Office and the Norland Trade Ministry announced matching designations the same day.", "norland-trade-ministry", true},
		{"parallel sanctions past another modifier", "The Treasury Department designated Ivo Marsh on Monday. Australia imposed parallel cyber sanctions the same day.", "australia", true},
		{"unmarked sanctions take no one", "The Treasury Department designated Ivo Marsh on Monday. Australia imposed cyber sanctions the same day.", "australia", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-01-10", tt.body)
			got := findEvent(g, schema.EventSanction, tt.agent, "ivo-marsh") != nil
			assert.Equal(t, tt.want, got, "got %s, want a sanction %s → ivo-marsh: %v", eventsString(g), tt.agent, tt.want)
		})
	}
}
