package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestProbedIncident checks that an investigation into a deed told before ("opened an
// investigation into the breach") is taken against the deed's victim, whether the inquiry is
// told in a reported clause, with a trailing attribution or with a fronted day, and that an
// inquiry into a deed naming its own victim, or with no deed before it, takes no other.
func TestProbedIncident(t *testing.T) {
	const lead = "Hackers broke into the network of Quarry Labs in May.\n\n"
	tests := []struct {
		name, body    string
		agent, target string // "" target: no legal step against the earlier victim
	}{
		{"reported clause", lead + "The Harlow Insurance Commission said Monday that it had opened an investigation into the breach.", "harlow-insurance-commission", "quarry-labs"},
		{"trailing attribution", lead + "The Harlow Police have opened an inquiry into the attack, a police spokesman said on Thursday.", "harlow-police", "quarry-labs"},
		{"fronted day", lead + "On Tuesday, the Harlow Prosecution Service opened a criminal investigation into the intrusion.", "harlow-prosecution-service", "quarry-labs"},
		{"victim named in the phrase", lead + "The Harlow Police opened an investigation into the breach of Corlin Bank.", "harlow-police", ""},
		{"incident naming its own victim after on", lead + "The Harlow Police opened an investigation into the ransomware attack on Corlin Bank.", "harlow-police", ""},
		{"no deed before", "The Harlow Police opened an investigation into the breach on Monday.", "harlow-police", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			if tt.target == "" {
				assert.Nil(t, findEvent(g, schema.EventLegal, tt.agent, "quarry-labs"), "got %s, want no legal step against quarry-labs", eventsString(g))
				return
			}
			assert.NotNil(t, findEvent(g, schema.EventLegal, tt.agent, tt.target), "got %s, want legal by %s against %s", eventsString(g), tt.agent, tt.target)
		})
	}
}
