package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestLongByAgent checks that the "by" phrase of a passive legal step is found past a court or
// town named in several words ("a lawsuit was filed against X in Harlow County Superior Court by
// Y"): a name counts as one word of the reach, however many words it has.
func TestLongByAgent(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string
	}{
		{"lawsuit past a long court name", "A lawsuit was filed against Pell Systems in Harlow County Superior Court by Corlin Bank.", "corlin-bank", "pell-systems"},
		{"charges past a court and a town", "Charges were filed against Ivo Marsk in federal court in Harlow by the Justice Department.", "justice-department", "ivo-marsk"},
		{"short phrase unchanged", "A lawsuit was filed against Pell Systems by Corlin Bank on Monday.", "corlin-bank", "pell-systems"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventLegal, tt.agent, tt.target), "got %s, want legal by %s against %s", eventsString(g), tt.agent, tt.target)
		})
	}
}
