package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestAttributiveParticiple checks that a participle between a determiner and the noun of a
// step ("filed a proposed class action", "filed an amended complaint") is read as the noun's
// modifier, so the subject of the light verb before it still does the step.
func TestAttributiveParticiple(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent      string
	}{
		{"proposed lawsuit", "Tess Varga filed a proposed lawsuit against Quarry Labs on Friday.", schema.EventLegal, "tess-varga"},
		{"proposed class action, court after", "Marta Oyen filed a proposed class action against Arno Bank in Harlow County Superior Court.", schema.EventLegal, "marta-oyen"},
		{"proposed class-action suit, fronted day", "On Monday, Corlin Bank filed a proposed class-action suit against Pell Systems in federal court.", schema.EventLegal, "corlin-bank"},
		{"amended complaint", "Brightwave Health filed an amended complaint against Pell Systems in March.", schema.EventLegal, "brightwave-health"},
		{"superseding indictment", "The Justice Department unsealed a superseding indictment against Ivo Marsk on Monday.", schema.EventLegal, "justice-department"},
		{"plain noun unchanged", "Dana Rell filed a lawsuit against Brightwave Health on Monday.", schema.EventLegal, "dana-rell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			var agents []string
			for _, e := range g.Events {
				if e.Type != tt.typ {
					continue
				}
				for _, p := range e.Participants {
					if p.Role == schema.RoleAgent {
						agents = append(agents, p.Actor)
					}
				}
			}
			assert.Contains(t, agents, tt.agent, "got %s, want %s doing the step", eventsString(g), tt.agent)
		})
	}
}
