package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNationalBodies checks that a state's agency named by a nationality and a field, with no
// name the article gives it ("the Quellan maritime safety agency"), is an actor of its own
// that acts, also when the gazetteer knows no such nationality, and that a name opening with
// that word ("the Quellan Port Authority") is not what it means.
func TestNationalBodies(t *testing.T) {
	tests := []struct {
		name, body string
		agent      string // the warning's agent, by id
		actor      string // the actor the description gives
		not        string // an actor that must not take the nationality as an alias
	}{
		{"an unknown nationality before a field",
			"The Quellan Port Authority fined Brisk Shipping on Monday for losing cargo records. The Quellan maritime safety agency warned shipping firms in March about the flaw.",
			"quellan-maritime-safety-agency", "Quellan maritime safety agency", "Quellan Port Authority"},
		{"the lower-case words after an unknown nationality",
			"The Quellan Port Authority fined Brisk Shipping on Monday for losing cargo records. The Quellan cyber agency warned shipping firms in March about the flaw.",
			"quellan-cyber-agency", "Quellan cyber agency", "Quellan Port Authority"},
		{"a nationality the article names as a country",
			"Valdoria is a small state. The Valdorian Financial Conduct Office fined Corlan Bank on Friday. The Valdorian energy regulator warned utilities in March about the flaw.",
			"valdorian-energy-regulator", "Valdorian energy regulator", "Valdorian Financial Conduct Office"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-05-20", tt.body)
			require.NotNil(t, actorByName(g, tt.actor), "no actor %q in %v", tt.actor, names(g))
			assert.NotNil(t, findEvent(g, "warning", tt.agent, ""), eventsString(g))
			if a := actorByName(g, tt.not); a != nil {
				assert.NotContains(t, a.Aliases, "Quellan", "aliases of %s", a.Name)
				assert.NotContains(t, a.Aliases, "Valdorian energy regulator", "aliases of %s", a.Name)
			}
		})
	}
}
