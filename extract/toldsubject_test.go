package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestToldHearerThenSubject checks that a hearer the gazetteer knows, told a clause without
// "that" whose subject is a name ("told Reuters Grey Lantern breached …"), stays apart from
// that name: both are actors, and the name is the agent of the deed told.
func TestToldHearerThenSubject(t *testing.T) {
	tests := []struct {
		name, body    string
		hearer, agent string
		typ           schema.EventType
	}{
		{"told, two-word subject", "Kestrel said on Monday that it told Reuters Grey Lantern breached the exchange.", "Reuters", "grey-lantern", schema.EventIntrusion},
		{"told, past perfect", "Halvorsen Group told Reuters Copper Moth had stolen the files.", "Reuters", "copper-moth", schema.EventTheft},
		{"told the outlet", "Kestrel told the BBC Grey Lantern breached the exchange.", "BBC", "grey-lantern", schema.EventIntrusion},
		{"told, one-word subject", "Tessaly told Reuters Zorvath breached the network.", "Reuters", "zorvath", schema.EventIntrusion},
		{"told, plural speaker", "Officials told Bloomberg Silent Harbor hacked the ministry in June.", "Bloomberg", "silent-harbor", schema.EventIntrusion},
		{"told, subject named as a team", "A spokesperson told CNN Vostok Team stole data from the bank.", "CNN", "vostok-team", schema.EventTheft},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotNil(t, actorByName(g, tt.hearer), "got %v, want actor %s", g.Actors, tt.hearer)
			assert.NotNil(t, findEvent(g, tt.typ, tt.agent, ""), "got %s, want %s by %s", eventsString(g), tt.typ, tt.agent)
		})
	}
}
