package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHandedToSpy checks that information copied from a body, or handed over, to a foreign
// intelligence service or its officer is espionage by the one who hands it against the one
// it came from, and that nothing of the kind is read without a victim named or without a
// foreign spy as the receiver.
func TestHandedToSpy(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string // "" with want false: no espionage at all
		want          bool
	}{
		{"copied, then handed them to an officer of a named service",
			"Ilse Marow, 38, denies the charges. Prosecutors say that in 2022 she copied pump test logs from Ternfield Hydraulics and handed them to a man she met in Riga, whom investigators describe as an officer of China's Ministry of State Security.",
			"Ilse Marow", "Ternfield Hydraulics", true},
		{"handed the owner's drawings to a foreign intelligence officer",
			"Ilse Marow, 38, denies the charges. She handed drawings of Ternfield Hydraulics' valve line to an officer of a foreign intelligence service.",
			"Ilse Marow", "Ternfield Hydraulics", true},
		{"no victim named",
			"Ilse Marow, 38, denies the charges. She handed engineering drawings to Valdorian intelligence officers.",
			"", "", false},
		{"handed to the police",
			"Ilse Marow, 38, denies the charges. She copied pump test logs from Ternfield Hydraulics and handed them to the Riga police.",
			"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-05-02", tt.body)
			if !tt.want {
				assert.Nil(t, findEvent(g, schema.EventEspionage, "", ""), "got espionage, want none: %s", eventsString(g))
				return
			}
			a, b := actorByName(g, tt.agent), actorByName(g, tt.target)
			require.NotNil(t, a, "no actor %q in %v", tt.agent, names(g))
			require.NotNil(t, b, "no actor %q in %v", tt.target, names(g))
			assert.NotNil(t, findEvent(g, schema.EventEspionage, a.ID, b.ID), "want espionage %s → %s in %s", tt.agent, tt.target, eventsString(g))
		})
	}
}
