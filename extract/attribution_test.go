package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAnonymousAttribution checks that evidence resting on unnamed sources is marked, and
// evidence from a named source is not.
func TestAnonymousAttribution(t *testing.T) {
	tests := []struct {
		name, body string
		anon       bool
	}{
		{"according to officials", "Grey Heron hacked Brightwater Labs in March, according to officials.", true},
		{"according to people familiar", "Grey Heron hacked Brightwater Labs in March, according to two people familiar with the matter.", true},
		{"according to a person briefed", "Grey Heron hacked Brightwater Labs, according to a person briefed on the inquiry.", true},
		{"officials said", "Grey Heron hacked Brightwater Labs in March, officials said.", true},
		{"sources told", "Sources told the Westport Ledger that Grey Heron hacked Brightwater Labs.", true},
		{"anonymous sources", "Grey Heron hacked Brightwater Labs, the Westport Ledger reported, citing anonymous sources.", true},
		{"condition of anonymity", "Grey Heron hacked Brightwater Labs, said one analyst who spoke on condition of anonymity.", true},
		{"albeit via anonymous sources", "The Westport Ledger reported, albeit via anonymous sources, that Grey Heron hacked Brightwater Labs.", true},
		{"current and former officials", "Grey Heron hacked Brightwater Labs, current and former officials said.", true},
		{"an unnamed individual", "Grey Heron hacked Brightwater Labs last year, a U.S. official said.", true},
		{"said a person familiar", "Grey Heron hacked Brightwater Labs, said a person familiar with the investigation.", true},
		{"speaking anonymously", "Grey Heron hacked Brightwater Labs, one investigator said, speaking anonymously.", true},
		{"declined to be named", "Grey Heron hacked Brightwater Labs, a company employee who declined to be named said.", true},
		{"named spokesperson", "Grey Heron hacked Brightwater Labs, Lena Okafor said.", false},
		{"named official in apposition", "Grey Heron hacked Brightwater Labs, Lena Okafor, a senior official, said.", false},
		{"official named after the title", "Grey Heron hacked Brightwater Labs, said official Lena Okafor.", false},
		{"according to a named outlet", "Grey Heron hacked Brightwater Labs, according to the Westport Ledger.", false},
		{"officials as objects", "Grey Heron hacked Brightwater Labs and the FBI told officials in March.", false},
		{"source code", "Grey Heron hacked Brightwater Labs and stole source code.", false},
		{"the hacktivist collective", "Anonymous said it hacked Brightwater Labs.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			ev := findEvent(g, schema.EventIntrusion, "", "brightwater-labs")
			require.NotNil(t, ev, "no intrusion in %s", eventsString(g))
			require.NotEmpty(t, ev.Evidence)
			want := ""
			if tt.anon {
				want = graph.AttributionAnonymous
			}
			assert.Equal(t, want, ev.Evidence[0].Attribution)
		})
	}
}
