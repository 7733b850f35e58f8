package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestOwnAloneNamesNoTarget checks that "on its own" after an incident noun ("the attacks on its
// own": alone) gives the noun no target, while "on its own networks" and "attacks on X" still do.
func TestOwnAloneNamesNoTarget(t *testing.T) {
	checkEventRules(t, "2025-06-10", []eventCase{
		{"on its own is the idiom for alone", "Harrow Bank said on Monday that the Ostmark Cyber Agency could not stop the intrusions on its own.",
			schema.EventIntrusion, "", "ostmark-cyber-agency", false},
		{"on their own, a plural possessor", "Harrow Bank said on Monday that Tarn Mutual and Velmar Bank could not fend off the attacks on their own.",
			schema.EventAttack, "", "velmar-bank", false},
		{"a noun after own keeps the possessor", "Grey Marten launched attacks on its own former partners, Harrow Bank said on Monday.",
			schema.EventAttack, "grey-marten", "", true},
		{"a name after on is still the target", "Harrow Bank said on Monday that Grey Marten had launched attacks on Velmar Bank.",
			schema.EventAttack, "grey-marten", "velmar-bank", true},
	})
	for _, tt := range []struct {
		name, text string
		want       bool
	}{
		{"before a stop", "on/IN its/PRP$ own/JJ ./.", true},
		{"at the end", "on/IN their/PRP$ own/JJ", true},
		{"before a conjunction", "on/IN its/PRP$ own/JJ or/CC with/IN", true},
		{"before a noun", "on/IN its/PRP$ own/JJ networks/NNS", false},
		{"before an adjective", "on/IN its/PRP$ own/JJ internal/JJ networks/NNS", false},
		{"no possessive", "on/IN the/DT own/JJ", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ownAlone(taggedToks(tt.text), 1), "got %v, want %v", !tt.want, tt.want)
		})
	}
}
