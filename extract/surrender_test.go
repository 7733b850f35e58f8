package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestSurrender checks that "surrender", the word treaties and arrest warrants use for
// handing a suspect to another state, names a legal step like "extradition" when it is the
// noun a ministry or court approves or orders, and that a suspect's own surrender to police,
// naming no one who acts on him, gives none.
func TestSurrender(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"approved the surrender of", "The Justice Ministry of Ostrava approved the surrender of Pell Kardan in May.", schema.EventLegal, "justice-ministry-of-ostrava", "pell-kardan", true},
		{"ordered the surrender, fronted month", "In June, a Brellin court ordered the surrender of Tomas Quell to Ostrava.", schema.EventLegal, "brellin-court", "tomas-quell", true},
		{"possessive suspect", "The Brellin court approved Lena Vorst's surrender on Friday.", schema.EventLegal, "brellin-court", "lena-vorst", true},
		{"his own surrender", "The hacker's surrender to police came after a week on the run.", schema.EventLegal, "", "", false},
	})
}
