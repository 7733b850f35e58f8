package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestRansomPayee checks that a ransom payment told without "to" goes to the one threat group
// its own sentence names, in articles with two groups, where no group is the article's one
// doer; a sentence naming both groups leaves the payee to the rules for the article.
func TestRansomPayee(t *testing.T) {
	const before = "Ember Lynx hit Vell Bank in 2023. Grey Typhoon hit Pell Shipping in 2022. "
	tests := []struct {
		name, body, want string
	}{
		{"the ransom the group demanded", before + "Corran Hospital did not pay the $2 million ransom Ember Lynx demanded.",
			"ember-lynx"},
		{"paid the ransom, the gang said", before + "Corran Hospital paid a ransom of $300,000, Ember Lynx said on its leak site.",
			"ember-lynx"},
		{"not the last doer", "Grey Typhoon hit Pell Shipping in 2022. Ember Lynx hit Vell Bank in 2023. Corran Hospital paid a ransom of $300,000, Grey Typhoon said on its leak site.",
			"grey-typhoon"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			assert.Equal(t, tt.want, payee(g, "corran-hospital"), "got %s", eventsString(g))
		})
	}
}

// payee returns the agent of the attack on target, or "" when there is none.
func payee(g *graph.Graph, target string) string {
	for _, e := range g.Events {
		if e.Type != schema.EventAttack || !hasParticipant(e, target, schema.RoleTarget) {
			continue
		}
		for _, p := range e.Participants {
			if p.Role == schema.RoleAgent {
				return p.Actor
			}
		}
	}
	return ""
}
