package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestListedTakenUp checks that "placed both men on its sanctions list", "added the pair to its
// Entity List" is a sanction on those a legal step just before named, and that a list of no
// sanctions makes none.
func TestListedTakenUp(t *testing.T) {
	tests := []struct {
		name, body string
		agent      string
		targets    []string // "" agent: no sanction at all
	}{
		{"both men on its sanctions list",
			"Prosecutors on Monday charged two Iranian nationals, Omar Ferik and Reza Dasht, with fraud. On the same day, the Office of Foreign Assets Control placed both men on its sanctions list.",
			"Office of Foreign Assets Control", []string{"Omar Ferik"}},
		{"the pair added to the Entity List",
			"Prosecutors charged Arvid Kalns and Janis Ozols with money laundering in May. The Commerce Department later added the pair to its Entity List.",
			"Commerce Department", []string{"Arvid Kalns", "Janis Ozols"}},
		{"a watch list is no sanctions list",
			"Police arrested Arvid Kalns and Janis Ozols in Riga. Officials placed the men on a watch list.",
			"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			if tt.agent == "" {
				assert.Nil(t, findEvent(g, schema.EventSanction, "", ""), "got a sanction, want none: %s", eventsString(g))
				return
			}
			agent := actorIDByName(t, g, tt.agent)
			for _, n := range tt.targets {
				assert.NotNil(t, findEvent(g, schema.EventSanction, agent, actorIDByName(t, g, n)), "want sanction %s → %s in %s", tt.agent, n, eventsString(g))
			}
		})
	}
}
