package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

// TestMissionName checks missionName: a mission named by its nationality, and no other name.
func TestMissionName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Velan Embassy", true},
		{"Karsovian consulate", true},
		{"embassy", false},
		{"Ostrovia's embassy", false},
		{"Karsovian Embassy in Canberra", false},
		{"Velan foreign ministry", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := missionName(tt.name)
			assert.Equal(t, tt.want, got, "got %v, want %v", got, tt.want)
		})
	}
}

// TestPlacedMissions checks that an embassy or consulate placed in a city is one actor named
// with the city, whose shorter forms are its aliases and which acts when it or its
// spokesperson speaks.
func TestPlacedMissions(t *testing.T) {
	tests := []struct {
		name, body string
		actor      string   // the mission's actor name
		aliases    []string // some of its aliases
		event      schema.EventType
		agent      string // the id of the event's agent
	}{
		{"a capitalised embassy, then the embassy",
			"Norland accused Grey Finch, a group tied to Karsovia, of breaking into its rail network. The Karsovian Embassy in Canberra rejected the accusation on Monday. The embassy said Karsovia had never hacked anyone.",
			"Karsovian Embassy in Canberra", []string{"Karsovian Embassy", "embassy"}, schema.EventDenial, "karsovian-embassy-in-canberra"},
		{"a lower-case embassy in a city of two words",
			"Norland accused Grey Finch, a group tied to Karsovia, of breaking into its rail network. The Karsovian embassy in Buenos Aires dismissed the claims on Monday.",
			"Karsovian embassy in Buenos Aires", []string{"Karsovian embassy"}, schema.EventDenial, "karsovian-embassy-in-buenos-aires"},
		{"a capitalised consulate",
			"Norland accused Grey Finch, a group tied to Karsovia, of breaking into its rail network. The Karsovian Consulate in Sydney dismissed the claims on Monday.",
			"Karsovian Consulate in Sydney", []string{"Karsovian Consulate"}, schema.EventDenial, "karsovian-consulate-in-sydney"},
		{"a spokesperson for the embassy speaks for it",
			"Norland accused Grey Finch, a group tied to Karsovia, of breaking into its rail network. A spokesperson for the Karsovian Embassy in Canberra said on Monday that the claims were false.",
			"Karsovian Embassy in Canberra", nil, schema.EventStatement, "karsovian-embassy-in-canberra"},
		{"an embassy spokesperson speaks for the embassy named",
			"Norland accused Grey Finch, a group tied to Karsovia, of breaking into its rail network. The Karsovian Embassy in Canberra rejected the accusation. An embassy spokesperson said on Wednesday that the claims were false.",
			"Karsovian Embassy in Canberra", []string{"An embassy spokesperson"}, schema.EventStatement, "karsovian-embassy-in-canberra"},
		{"an embassy in no city keeps its name",
			"Norland accused Grey Finch, a group tied to Karsovia, of breaking into its rail network. The Karsovian embassy rejected the accusation on Monday.",
			"Karsovian embassy", nil, schema.EventDenial, "karsovian-embassy"},
		{"a month after in is no city",
			"Norland accused Grey Finch, a group tied to Karsovia, of breaking into its rail network. The Karsovian embassy in March rejected the accusation.",
			"Karsovian embassy", nil, schema.EventDenial, "karsovian-embassy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-02-12", tt.body)
			a := actorByName(g, tt.actor)
			require.NotNil(t, a, "no actor %q in %v", tt.actor, names(g))
			assert.Equal(t, tt.actor, a.Name, "got %q, want %q", a.Name, tt.actor)
			for _, al := range tt.aliases {
				assert.Contains(t, a.Aliases, al)
			}
			assert.NotNil(t, findEvent(g, tt.event, tt.agent, ""), "no %s by %s in %s", tt.event, tt.agent, eventsString(g))
		})
	}
}

// TestMissionVoiceUnnamed checks that "an embassy spokesperson" with no embassy named before,
// or with a person's name set beside it, is no embassy actor.
func TestMissionVoiceUnnamed(t *testing.T) {
	tests := []struct{ name, body string }{
		{"no embassy named", "Norland accused Grey Finch, a group tied to Karsovia, of breaking into its rail network. An embassy spokesperson said on Wednesday that the claims were false."},
		{"a spokesman named", "Norland accused Grey Finch, a group tied to Karsovia, of breaking into its rail network. An embassy spokesman, Tomas Vell, said on Wednesday that the claims were false."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-02-12", tt.body)
			for _, a := range g.Actors {
				for _, n := range append([]string{a.Name}, a.Aliases...) {
					assert.NotContains(t, strings.ToLower(n), "embassy", "got actor %q, want no embassy", a.Name)
				}
			}
		})
	}
}
