package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestRuledAgainst checks that a court or a judge ruling against a party ("a court ruled
// against X", "Judge Y ruled against X", "the High Court has ruled against X") takes a legal
// step against it, and that a body that is no court ruling against someone gives none.
func TestRuledAgainst(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string // "" agent: no legal step
	}{
		{"named court, trailing month", "A Vantia court ruled against Dorek Malvin in March.", "vantia-court", "dorek-malvin"},
		{"fronted month, court placed", "In April, the High Court in Brellin ruled against Pell Kardan.", "high-court", "pell-kardan"},
		{"titled judge, company", "Judge Ana Morrow ruled against Quarry Labs on Tuesday.", "ana-morrow", "quarry-labs"},
		{"perfect", "The Brellin District Court has ruled against Tess Varga.", "brellin-district-court", "tess-varga"},
		{"no court", "Regulators ruled against Pell Systems in May.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			if tt.agent == "" {
				for _, e := range g.Events {
					assert.NotEqual(t, schema.EventLegal, e.Type, "got %s, want no legal step", eventsString(g))
				}
				return
			}
			assert.NotNil(t, findEvent(g, schema.EventLegal, tt.agent, tt.target), "got %s, want legal by %s against %s", eventsString(g), tt.agent, tt.target)
		})
	}
}
