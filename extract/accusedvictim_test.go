package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/require"
)

// TestAccusedIsNotVictim checks that a possessive pronoun inside the "for" or "of" phrase of a
// verb of accusing stands for the accuser, not for the one accused right before it: the
// accused is the doer of the deed and the accuser, whose network it was, its victim.
func TestAccusedIsNotVictim(t *testing.T) {
	tests := []struct {
		name, body    string
		typ           schema.EventType
		agent, target string
	}{
		{"blamed for an attack on its", "Latvia has blamed the Russian government for a cyberattack on its parliament.", schema.EventAttack, "russia", "latvia"},
		{"blamed for a dated attack", "Austria blamed Russia for a cyberattack on its foreign ministry in March.", schema.EventAttack, "russia", "austria"},
		{"blamed for an intrusion into its", "Halvane Power blamed Tarrow Spider for the intrusion into its network.", schema.EventIntrusion, "tarrow-spider", "halvane-power"},
		{"blamed a group called", "Halvane Power blamed a gang called Tarrow Spider for the intrusion into its billing system.", schema.EventIntrusion, "tarrow-spider", "halvane-power"},
		{"accused of hacking its", "Finland accused Russia of hacking its parliament.", schema.EventIntrusion, "russia", "finland"},
		{"accused of stealing its", "Quarrystone Bank accused Nettle Moth of stealing its customer records.", schema.EventTheft, "nettle-moth", "quarrystone-bank"},
		{"a day between the accused and of", "Denmark accused Russia on Thursday of hacking its tax agency.", schema.EventIntrusion, "russia", "denmark"},
		{"a day between the accused and for", "Norway blamed Russia on Friday for a cyberattack on its parliament.", schema.EventAttack, "russia", "norway"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-12", tt.body)
			require.NotNil(t, findEvent(g, tt.typ, tt.agent, tt.target), "got %s, want %s agent=%s target=%s", eventsString(g), tt.typ, tt.agent, tt.target)
		})
	}
}

// TestAccusedOnDayOf checks that a deed an active "accused" attributes to its object stays a
// deed told when a time phrase stands between the accused and the "of" ("accused X on Monday
// of hacking Y"), as it does with none between.
func TestAccusedOnDayOf(t *testing.T) {
	tests := []struct {
		name, body    string
		typ           schema.EventType
		agent, target string
	}{
		{"no time between", "Sweden accused Russia of hacking the Riksdag.", schema.EventIntrusion, "russia", "riksdag"},
		{"a weekday between", "Sweden accused Russia on Tuesday of hacking the Riksdag.", schema.EventIntrusion, "russia", "riksdag"},
		{"last week between", "The FBI accused North Korea last week of stealing 90 million dollars from Cobalt Ledger.", schema.EventTheft, "north-korea", "cobalt-ledger"},
		{"a month between", "Marsh Valley Bank accused Tallow Fox in May of stealing its customer records.", schema.EventTheft, "tallow-fox", "marsh-valley-bank"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-12", tt.body)
			require.NotNil(t, findEvent(g, tt.typ, tt.agent, tt.target), "got %s, want %s agent=%s target=%s", eventsString(g), tt.typ, tt.agent, tt.target)
		})
	}
}
