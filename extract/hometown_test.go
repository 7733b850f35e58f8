package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/intelgraph/intelgraph/schema"
)

// TestHomeTown checks that the name after "from" behind a person known only by sex or age is a
// town, no body, while the name after "from" behind a person named by work, or a name ending in
// a body's word, stays a body.
func TestHomeTown(t *testing.T) {
	tests := []struct {
		name, body string
		actor      string
		organised  bool // whether the actor, if found, is an organisation (else no body at all)
	}{
		{"an aside after the man",
			"The man, from Elsworth, has been charged with fraud over the hack of Velmora Logistics.",
			"Elsworth", false},
		{"two men from a town",
			"Detectives also arrested two men from Dunmere for selling stolen passwords to Grey Finch.",
			"Dunmere", false},
		{"a woman from a town of two words",
			"A woman from Kestle Bay was charged on Monday with hacking Marsh Clinic.",
			"Kestle Bay", false},
		{"a teenager from a town",
			"Officers detained a teenager from Holbrook in connection with the attack on Harlow Freight.",
			"Holbrook", false},
		{"a man from a bank stays a body",
			"Prosecutors charged a man from Brenmoor Bank with selling customer records to Grey Finch.",
			"Brenmoor Bank", true},
		{"women from a firm stay a body",
			"Two women from Halvard Systems were arrested on Friday over the theft of payroll data.",
			"Halvard Systems", true},
		{"an aside naming a firm stays a body",
			"The woman, from Harlow Freight, told police she had been paid to plant the malware.",
			"Harlow Freight", true},
		{"a researcher from a firm stays a body",
			"A researcher from Brightwater Labs said the gang had used stolen credentials.",
			"Brightwater Labs", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			a := actorByName(g, tt.actor)
			if tt.organised {
				if assert.NotNil(t, a, "got no actor %q, want one in %v", tt.actor, names(g)) {
					assert.Equal(t, schema.KindOrganization, a.Kind, "got %s, want %s", a.Kind, schema.KindOrganization)
				}
				return
			}
			if a != nil {
				assert.NotEqual(t, schema.KindOrganization, a.Kind, "got %q as an organisation, want a place", tt.actor)
				assert.NotEqual(t, schema.KindPerson, a.Kind, "got %q as a person, want a place", tt.actor)
			}
		})
	}
}
