package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDemandingMessage checks who demands a ransom in a participle of demanding after a message
// or an object: a message received or sent in the passive demands for its unnamed sender, so
// the one it reached is the attack's target and never its agent ("X received an email
// demanding …", "a message was sent to X's director demanding …"); after an active verb the
// verb's subject demands of the one its object names ("Y called X's director demanding …").
func TestDemandingMessage(t *testing.T) {
	tests := []struct {
		name, body string
		target     string // the attack's target, "" when no attack should be told
		agent      string // the attack's agent, "" when it has none
		notAgent   string // never the attack's agent
	}{
		{"received an email", "Vantor Shipping received an email on May 4 demanding the equivalent of $300,000 in cryptocurrency.", "vantor-shipping", "", "vantor-shipping"},
		{"got a letter", "Two weeks after the break-in, Halden Insurance got a letter demanding a ransom of $400,000.", "halden-insurance", "", "halden-insurance"},
		{"staff received emails", "On Friday, staff at Orlan Bank received emails demanding payment in bitcoin.", "orlan-bank", "", "orlan-bank"},
		{"a message was sent", "Days later, a message was sent from an anonymous account to Brixby Foods' finance director demanding $2 million in bitcoin.", "", "", "brixby-foods"},
		{"unnamed senders sent an email", "The hackers sent an email to Corvel Freight demanding $1 million in exchange for deleting the files.", "corvel-freight", "", "corvel-freight"},
		{"unnamed senders emailed an officer", "At the end of the month, the hackers emailed Brightmoor's chief executive demanding $4 million in cryptocurrency.", "brightmoor", "", "brightmoor"},
		{"a named group called an officer", "Grey Lantern called Halden Insurance's finance director on Monday demanding a ransom.", "halden-insurance", "grey-lantern", "halden-insurance"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.Zero(t, countEventsWith(g, schema.EventAttack, tt.notAgent, schema.RoleAgent), "got %s, want no attack by %s", eventsString(g), tt.notAgent)
			if tt.target == "" {
				return
			}
			e := findEvent(g, schema.EventAttack, tt.agent, tt.target)
			require.NotNil(t, e, "got %s, want attack on %s", eventsString(g), tt.target)
			if tt.agent == "" {
				assert.False(t, hasRole(e.Participants, schema.RoleAgent), "got %s, want no agent", eventsString(g))
			}
		})
	}
}
