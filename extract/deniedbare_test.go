package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDeniedClause checks that a deed told in the clause a denial takes, with "that" or
// without, and through a verb of taking part ("carried out", "was behind"), asserts nothing:
// the denier is no doer, and the deed told before keeps its own doer.
func TestDeniedClause(t *testing.T) {
	const told = "Hackers attacked Kelvar Shipping on Monday. "
	tests := []struct {
		name, body string
		denier     string
	}{
		{"bare clause, behind", told + "Iran denied it was behind the attack.", "iran"},
		{"bare clause, carried out", told + "Iran denied it had carried out the attack.", "iran"},
		{"bare clause, the deed a verb", told + "Iran denied it had attacked the company.", "iran"},
		{"bare clause in the present", told + "Iran denies it hacked the company.", "iran"},
		{"bare clause, a described subject", told + "Iran's foreign ministry denied the country was behind the attack.", "iran"},
		{"bare clause, an owned subject", told + "Iran denied its hackers were behind the attack.", "iran"},
		{"that clause, carried out", told + "Iran denied that it had carried out the attack.", "iran"},
		{"that clause, behind", told + "Iran denied that it was behind the attack.", "iran"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			require.NotNil(t, findEvent(g, schema.EventDenial, "", ""), "got %s, want a denial", eventsString(g))
			assert.NotNil(t, findEvent(g, schema.EventAttack, "hackers", "kelvar-shipping"), "got %s, want the hackers' attack", eventsString(g))
			for _, e := range g.Events {
				if isDeed(e.Type) {
					assert.False(t, hasParticipant(e, tt.denier, schema.RoleAgent), "got %s, want no deed by %s", eventsString(g), tt.denier)
				}
			}
		})
	}
}

// TestBareClause checks which words after a verb of denying bareClause reads as a clause
// without "that", up to the deed at the last word.
func TestBareClause(t *testing.T) {
	tests := []struct {
		tagged string // word/TAG pairs after the verb, the deed last
		want   bool
	}{
		{"it/PRP was/VBD behind/IN the/DT attack/NN", true},
		{"its/PRP$ hackers/NNS stole/VBD", true},
		{"the/DT country/NN had/VBD stolen/VBN", true},
		{"the/DT claim/NN of/IN an/DT attack/NN", false},
		{"it/PRP ,/, saying/VBG the/DT attack/NN", false},
		{"any/DT involvement/NN in/IN the/DT attack/NN", false},
	}
	for _, tt := range tests {
		t.Run(tt.tagged, func(t *testing.T) {
			toks := taggedToks(tt.tagged)
			got := bareClause(toks, 0, len(toks)-1)
			assert.Equal(t, tt.want, got, "got %v, want %v", got, tt.want)
		})
	}
}
