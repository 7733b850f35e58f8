package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/require"
)

// TestInnerOpenerHearer checks that a body's short name the tagger reads as a common noun after
// a particle or preposition ("tipped off Kestrel in May") is still the body the article names in
// full inside another sentence, so the warning keeps its hearer.
func TestInnerOpenerHearer(t *testing.T) {
	tests := []struct {
		name, body, agent, target string
	}{
		{"tipped off the short name",
			"A breach was disclosed on Monday by Tillpoint Lending, a regional lender. " +
				"Dunmore Analytics said it spotted the stolen files on a forum and tipped off Tillpoint in March.",
			"dunmore-analytics", "tillpoint-lending"},
		{"tipped off the short name after a finding",
			"Hackers stole payroll data held by Tillpoint Freight, the carrier said on Friday. " +
				"Veldt Research tipped off Tillpoint in June.",
			"veldt-research", "tillpoint-freight"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-09-20", tt.body)
			e := findEvent(g, schema.EventWarning, tt.agent, tt.target)
			require.NotNil(t, e, "got %s, want a warning %s → %s", eventsString(g), tt.agent, tt.target)
		})
	}
}
