package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/intelgraph/intelgraph/schema"
)

// TestToldFinding checks that a verb of finding out in what its finder tells ("said it
// detected …", "saying its analysts noticed …") makes no report of its own beside the
// telling, while a finding standing alone, one told by someone else, and one that tells when
// the teller spoke stay reports.
func TestToldFinding(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool // a report of the finding by corvel-freight
	}{
		{"said it detected",
			"Corvel Freight said on Monday it detected unusual logins on its billing server on May 20.", false},
		{"disclosed, saying its analysts noticed",
			"Corvel Freight disclosed the intrusion on Monday, saying its analysts first noticed odd traffic in early May.", false},
		{"said it had uncovered",
			"Corvel Freight said it had uncovered a spying campaign against its depots.", false},
		{"a finding standing alone",
			"Corvel Freight detected unusual logins on its billing server on May 20.", true},
		{"a finding that tells when the teller spoke",
			"Corvel Freight confirmed the intrusion when it discovered the rogue accounts in May.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-04", tt.body)
			found := false
			for _, e := range g.Events {
				if e.Type == schema.EventReport && discovery[e.Trigger] && hasParticipant(e, "corvel-freight", schema.RoleAgent) {
					found = true
				}
			}
			assert.Equal(t, tt.want, found, "got %s, want a report of the finding: %v", eventsString(g), tt.want)
		})
	}
}
