package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestHeardOfficials checks that a described group of officials is an actor when it is warned
// or notified, and not when it only speaks, is harmed or is named bare.
func TestHeardOfficials(t *testing.T) {
	tests := []struct {
		name, body, actor string
		want              bool
	}{
		{"officials sent an advisory", "The Norland Cyber Office on Monday sent a private advisory to regional election officials warning that Grey Heron was scanning voter rolls.",
			"regional-election-officials", true},
		{"officials warned", "The Norland Cyber Office warned the affected officials on Tuesday that their phones had been tapped.",
			"affected-officials", true},
		{"officials whose accounts were broken into are no hearers", "Grey Heron broke into the email accounts of senior ministry officials in March.",
			"senior-ministry-officials", false},
		{"officials who only speak", "Senior ministry officials said on Friday that Grey Heron was behind the outage at Harrow Bank.",
			"senior-ministry-officials", false},
		{"bare officials told name no group", "The Norland Cyber Office warned officials on Tuesday that Grey Heron was active.",
			"officials", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-04-10", tt.body)
			got := false
			for _, a := range g.Actors {
				got = got || a.ID == tt.actor
			}
			assert.Equal(t, tt.want, got, "actor %s: got %v, want %v in %v", tt.actor, got, tt.want, g.Actors)
		})
	}
}

// TestCountFromLightVerb checks that a count of days or weeks before a clause whose verb is a
// light verb dates the event its object names: "two weeks after X sent an advisory".
func TestCountFromLightVerb(t *testing.T) {
	tests := []timeCase{
		{"weeks after a clause issuing an advisory", "2025-04-10",
			"The Norland Treasury on Thursday sanctioned Grey Heron. The sanctions come two weeks after the Norland Cyber Office issued an urgent advisory to Harrow Bank.",
			schema.EventWarning, "norland-cyber-office", "harrow-bank", "2025-03-27"},
		{"days before a clause sending a private advisory", "2025-04-10",
			"The Norland Treasury on Thursday sanctioned Grey Heron. The sanctions come three days after the Norland Cyber Office sent a private advisory to regional election officials.",
			schema.EventWarning, "norland-cyber-office", "regional-election-officials", "2025-04-07"},
	}
	checkTimes(t, tests, false)
}
