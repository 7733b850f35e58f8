package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCreditTaken checks that "took credit for" and "has taken responsibility for" claim a
// deed as "claimed responsibility for" does: a statement of the one who takes it, who is the
// deed's doer; "took full responsibility" (owning a failure) and "no group has taken credit"
// claim nothing.
func TestCreditTaken(t *testing.T) {
	tests := []struct {
		name, body    string
		claimer       string // "" when no claim is made
		typ           schema.EventType
		agent, target string // the deed's doer ("" for none) and victim
	}{
		{"took credit for the attack", "Grey Lantern took credit for the attack on Pellworth Insurance.", "grey-lantern", schema.EventAttack, "grey-lantern", "pellworth-insurance"},
		{"taken responsibility for a deed told before", "Pellworth Insurance was hit by a ransomware attack last month. A gang called Ashfall Crew has taken responsibility for the attack.", "ashfall-crew", schema.EventAttack, "ashfall-crew", "pellworth-insurance"},
		{"no group has taken credit", "No group has taken credit for the attack on Pellworth Insurance.", "", schema.EventAttack, "", "pellworth-insurance"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-12", tt.body)
			claim := findEvent(g, schema.EventStatement, tt.claimer, "")
			if tt.claimer == "" {
				assert.Nil(t, claim, "got %s, want no claim", eventsString(g))
			} else {
				assert.NotNil(t, claim, "got %s, want a claim by %s", eventsString(g), tt.claimer)
			}
			requireDeed(t, g, tt.typ, tt.agent, tt.target)
		})
	}
}

// TestCreditTakenReading checks which forms of "take" creditTaken reads as a claim.
func TestCreditTakenReading(t *testing.T) {
	tests := []struct {
		words string
		want  bool
	}{
		{"took credit for the outage", true},
		{"has taken responsibility for the breach", true},
		{"taking credit for it", true},
		{"took full responsibility for the lapse", false},
		{"took credit cards", false},
		{"took the files", false},
	}
	for _, tt := range tests {
		t.Run(tt.words, func(t *testing.T) {
			toks := taggedToks(tt.words)
			at := -1
			for k, w := range toks {
				if at < 0 && takeForms[w.Lower] {
					at = k
				}
			}
			require.GreaterOrEqual(t, at, 0)
			assert.Equal(t, tt.want, creditTaken(toks, at), "got %v, want %v", creditTaken(toks, at), tt.want)
		})
	}
}

// requireDeed requires an event of typ in g with agent and target (actor ids, "" for any) and,
// when agent is "", asserts that the event has no doer at all.
func requireDeed(t *testing.T, g *graph.Graph, typ schema.EventType, agent, target string) {
	t.Helper()
	ev := findEvent(g, typ, agent, target)
	require.NotNil(t, ev, "got %s, want %s agent=%s target=%s", eventsString(g), typ, agent, target)
	if agent == "" {
		for _, p := range ev.Participants {
			assert.NotEqual(t, schema.RoleAgent, p.Role, "got %s, want no doer", eventsString(g))
		}
	}
}
