package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/require"
)

// TestAttributedPastRelative checks that an attributing verb whose object carries a relative
// clause ("attributed a cyberattack that crippled X in the spring to Y", "attributed the
// intrusions, which began in March, to Y") accuses the one after its own "to", not after one in
// the relative clause, and not one after a later verb's "to".
func TestAttributedPastRelative(t *testing.T) {
	tests := []struct {
		name, body, accuser, accused string
	}{
		{"that clause, fronted day", "Britain on Tuesday formally attributed a cyberattack that crippled a satellite provider in the spring to Ferrous Crane.", "united-kingdom", "ferrous-crane"},
		{"that clause, unit of a state", "Britain on Tuesday attributed a cyberattack that crippled a satellite provider in the spring to a unit of Russia's military intelligence agency.", "united-kingdom", "russia"},
		{"which clause in commas", "Molvan Labs attributed the intrusions, which began in March, to Ferrous Crane.", "molvan-labs", "ferrous-crane"},
		{"a later verb's to", "Britain attributed the attack that hit Kestrel Bank to Ferrous Crane, and said it would respond to Russia.", "united-kingdom", "ferrous-crane"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			require.NotNil(t, findEvent(g, schema.EventAccusation, tt.accuser, tt.accused), "got %s, want accusation %s → %s", eventsString(g), tt.accuser, tt.accused)
		})
	}
}
