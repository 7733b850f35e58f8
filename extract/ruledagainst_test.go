package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestRuledAgainst checks that a court or a judge ruling against a party ("a court ruled
// against X", "Judge Y ruled against X", "the High Court has ruled against X") takes a legal
// step against it, and that a body that is no court ruling against someone gives none.
func TestRuledAgainst(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"named court, trailing month", "A Vantia court ruled against Dorek Malvin in March.", schema.EventLegal, "vantia-court", "dorek-malvin", true},
		{"fronted month, court placed", "In April, the High Court in Brellin ruled against Pell Kardan.", schema.EventLegal, "high-court", "pell-kardan", true},
		{"titled judge, company", "Judge Ana Morrow ruled against Quarry Labs on Tuesday.", schema.EventLegal, "ana-morrow", "quarry-labs", true},
		{"perfect", "The Brellin District Court has ruled against Tess Varga.", schema.EventLegal, "brellin-district-court", "tess-varga", true},
		{"no court", "Regulators ruled against Pell Systems in May.", schema.EventLegal, "", "", false},
	})
}
