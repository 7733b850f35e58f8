package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestSurrender checks that "surrender", the word treaties and arrest warrants use for
// handing a suspect to another state, names a legal step like "extradition" when it is the
// noun a ministry or court approves or orders, and that a suspect's own surrender to police,
// naming no one who acts on him, gives none.
func TestSurrender(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string // "" agent: no legal step
	}{
		{"approved the surrender of", "The Justice Ministry of Ostrava approved the surrender of Pell Kardan in May.", "justice-ministry-of-ostrava", "pell-kardan"},
		{"ordered the surrender, fronted month", "In June, a Brellin court ordered the surrender of Tomas Quell to Ostrava.", "brellin-court", "tomas-quell"},
		{"possessive suspect", "The Brellin court approved Lena Vorst's surrender on Friday.", "brellin-court", "lena-vorst"},
		{"his own surrender", "The hacker's surrender to police came after a week on the run.", "", ""},
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
