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
			"Karsovian Embassy in Canberra", nil, schema.EventDenial, "karsovian-embassy-in-canberra"},
		{"an embassy spokesperson speaks for the embassy named",
			"Norland accused Grey Finch, a group tied to Karsovia, of breaking into its rail network. The Karsovian Embassy in Canberra rejected the accusation on Tuesday. An embassy spokesperson said on Wednesday that the claims were false.",
			"Karsovian Embassy in Canberra", []string{"An embassy spokesperson"}, schema.EventDenial, "karsovian-embassy-in-canberra"},
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

// TestNationalVoice checks that an unnamed spokesperson whose employer is named only by a
// nationality and a mission noun ("a Karsovian foreign ministry spokesman") is the voice of that
// state's mission, an agency actor of its own that tells the saying, and that a spokesperson
// named beside the phrase is the person instead.
func TestNationalVoice(t *testing.T) {
	tests := []struct {
		name, body string
		actor      string // the mission's actor name, "" for none
		event      schema.EventType
		agent      string // the id of the event's agent
		time       string // the event's time, "" unchecked
	}{
		{"a foreign ministry spokesman after a briefing",
			"Norland accused Grey Finch, a group tied to Karsovia, of breaking into its rail network. At a daily briefing on Tuesday, a Karsovian foreign ministry spokesman said the claims were invented.",
			"Karsovian foreign ministry", schema.EventStatement, "karsovian-foreign-ministry", ""},
		{"an embassy spokeswoman of a gazetteer state",
			"Norland accused Grey Finch, a group tied to Russia, of breaking into its rail network. A Russian embassy spokeswoman said on Monday that the report was a fabrication.",
			"Russian embassy", schema.EventDenial, "russian-embassy", ""},
		{"the state denies, then its ministry's spokesperson on a day",
			"Norland accused Grey Finch, a group tied to Karsovia, of breaking into its rail network on Friday. Karsovia rejected the accusation. At a regular briefing on Tuesday, a Karsovian foreign ministry spokesperson said the country opposes all hacking.",
			"Karsovian foreign ministry", schema.EventDenial, "karsovian-foreign-ministry", ""},
		{"the ministry's briefing day, not the day of the paragraph before, dates the state's denial",
			"Norland said Grey Finch, a group tied to Karsovia, had broken into its rail network.\n\nThe Norland police have opened an inquiry into the breach, a police spokesman said on Thursday.\n\nKarsovia rejected the accusation. At a regular briefing on Tuesday, a Karsovian foreign ministry spokesperson said the country opposes all hacking.",
			"Karsovian foreign ministry", schema.EventDenial, "karsovia", "2026-02-10"},
		{"a spokesperson named beside the phrase",
			"Norland accused Grey Finch, a group tied to Karsovia, of breaking into its rail network. A Karsovian foreign ministry spokesperson, Edda Lorn, said the claims were invented.",
			"", schema.EventStatement, "edda-lorn", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-02-12", tt.body)
			if tt.actor != "" {
				a := actorByName(g, tt.actor)
				require.NotNil(t, a, "no actor %q in %v", tt.actor, names(g))
				assert.Equal(t, schema.KindAgency, a.Kind, "got %s, want agency", a.Kind)
			}
			e := findEvent(g, tt.event, tt.agent, "")
			require.NotNil(t, e, "no %s by %s in %s", tt.event, tt.agent, eventsString(g))
			if tt.time != "" {
				assert.Equal(t, tt.time, e.Time.Value, "got %s, want %s", e.Time.Value, tt.time)
			}
		})
	}
}

// TestPossessiveMissions checks that "<country>'s <mission noun>" is the state's diplomatic
// body, an agency named by the country's adjective with the possessive wording as an alias,
// that acts where the phrase is the subject, and that a bare "the mission" or an opening "it"
// after it is the body again.
func TestPossessiveMissions(t *testing.T) {
	lead := "Norland accused Grey Finch, a hacking group, of breaking into its rail network. "
	tests := []struct {
		name, body string
		actor      string // the body's actor name, "" for none
		alias      string
		event      schema.EventType
		agent      string // the id of the event's agent
		notAgent   string // the id of an actor that must be no agent of such an event
	}{
		{"an embassy in a city",
			lead + "Brazil's embassy in Oslo rejected the accusation on Monday.",
			"Brazilian embassy in Oslo", "Brazil's embassy in Oslo", schema.EventDenial, "brazilian-embassy-in-oslo", "brazil"},
		{"a mission to a body",
			lead + "Egypt's mission to the European Union denied any role in the attack.",
			"Egyptian mission to the European Union", "Egypt's mission to the European Union", schema.EventDenial, "egyptian-mission-to-the-european-union", "egypt"},
		{"a foreign ministry",
			lead + "Brazil's foreign ministry dismissed the report as false.",
			"Brazilian foreign ministry", "Brazil's foreign ministry", schema.EventDenial, "brazilian-foreign-ministry", "brazil"},
		{"a capitalised Foreign Office",
			lead + "Egypt's Foreign Office rejected the claims on Tuesday.",
			"Egyptian Foreign Office", "Egypt's Foreign Office", schema.EventDenial, "egyptian-foreign-office", ""},
		{"a consulate general",
			lead + "Turkey's consulate general in Houston denied the report.",
			"Turkish consulate general in Houston", "Turkey's consulate general in Houston", schema.EventDenial, "turkish-consulate-general-in-houston", "turkey"},
		{"the mission taken up in the next sentence",
			lead + "Egypt's mission to the European Union rejected any link. On Tuesday, the mission said Egypt did not target ships.",
			"Egyptian mission to the European Union", "mission", schema.EventDenial, "egyptian-mission-to-the-european-union", "egypt"},
		{"an opening it taken up",
			lead + "Brazil's embassy in Oslo denied any connection. In a post online, it said Brazil had never hacked anyone.",
			"Brazilian embassy in Oslo", "", schema.EventDenial, "brazilian-embassy-in-oslo", "brazil"},
		{"a mission with no post is no diplomatic body",
			lead + "Brazil's mission in the region ended in March, the ministry said.",
			"", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-02-12", tt.body)
			if tt.actor == "" {
				for _, n := range names(g) {
					assert.NotContains(t, strings.ToLower(n), "mission", "got actor %q, want none for the mission", n)
				}
				return
			}
			a := actorByName(g, tt.actor)
			require.NotNil(t, a, "no actor %q in %v", tt.actor, names(g))
			assert.Equal(t, schema.KindAgency, a.Kind, "got kind %s, want agency", a.Kind)
			if tt.alias != "" {
				assert.Contains(t, a.Aliases, tt.alias)
			}
			assert.NotNil(t, findEvent(g, tt.event, tt.agent, ""), "no %s by %s in %s", tt.event, tt.agent, eventsString(g))
			if tt.notAgent != "" {
				assert.Nil(t, findEvent(g, tt.event, tt.notAgent, ""), "got %s by %s in %s, want none", tt.event, tt.notAgent, eventsString(g))
			}
		})
	}
}

// TestBodyDeniesForState checks that a state's denial told again by its mission, whose words
// say the state did not act, stays one denial with both as its agents.
func TestBodyDeniesForState(t *testing.T) {
	tests := []struct {
		name, body string
		agents     []string // the ids of the one denial's agents
	}{
		{"the state denies, then its mission",
			"Norland accused Grey Finch, a hacking group, of breaking into its rail network. Egypt denied the accusations. In a statement on Thursday, Egypt's mission to the European Union said Egypt did not attack civilian networks.",
			[]string{"egypt", "egyptian-mission-to-the-european-union"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-02-12", tt.body)
			n := 0
			for _, e := range g.Events {
				if e.Type == schema.EventDenial {
					n++
				}
			}
			assert.Equal(t, 1, n, "got %d denials, want 1: %s", n, eventsString(g))
			for _, a := range tt.agents {
				assert.NotNil(t, findEvent(g, schema.EventDenial, a, ""), "no denial by %s in %s", a, eventsString(g))
			}
		})
	}
}

// TestMissionPosts checks that the body a state's mission is posted to ("Norway's mission to the
// United Nations") is part of the mission's name, no actor of its own unless the article names
// it elsewhere.
func TestMissionPosts(t *testing.T) {
	tests := []struct {
		name, body string
		body2      string // the body the mission is posted to
		want       bool   // whether it is an actor
	}{
		{"a country's mission to the United Nations",
			"Valmark Bank accused Norway of breaking into its network. Norway's mission to the United Nations rejected the charges on Tuesday.",
			"United Nations", false},
		{"a pronoun's mission to a union",
			"Valmark Bank accused Egypt of breaking into its network. Its mission to the European Union did not respond to a request for comment.",
			"European Union", false},
		{"a permanent mission",
			"Valmark Bank accused Chile of breaking into its network. Chile's permanent mission to the United Nations said the claims were false.",
			"United Nations", false},
		{"a nationality's mission",
			"Prosecutors charged Lena Okafor with hacking Corlan Bank. The Kenyan mission to the European Union declined to comment.",
			"European Union", false},
		{"the body named elsewhere stays",
			"The United Nations said on Monday that Grey Finch had stolen funds from Corlan Bank. Iran's mission to the United Nations denied the claim.",
			"United Nations", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			got := actorByName(g, tt.body2) != nil
			assert.Equal(t, tt.want, got, "got actor %q %v, want %v in %v", tt.body2, got, tt.want, names(g))
		})
	}
}
