package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSubUnits checks that a unit named through its parent agency ("X's Office of Y", "DOE
// OGP") is the parent's actor, and that a unit the gazetteer knows, or a person, is not.
func TestSubUnits(t *testing.T) {
	tests := []struct {
		name, body   string
		parent, unit string
		sameActor    bool
	}{
		{"possessive unit", "The U.S. Department of Energy's Office of Grid Protection warned utilities on Tuesday.",
			"Department of Energy", "Office of Grid Protection", true},
		{"acronym chain", "The Department of Energy's Office of Grid Protection (OGP) warned utilities. DOE OGP said the attackers used stolen passwords.",
			"Department of Energy", "OGP", true},
		{"possessive after an acronym chain", "The Department of Energy's Office of Grid Protection (OGP) warned utilities. DOE OGP's Threat Analysis Division said the same.",
			"Department of Energy", "Threat Analysis Division", true},
		{"a known agency stays apart", "The Department of Homeland Security's Cybersecurity and Infrastructure Security Agency warned utilities.",
			"Department of Homeland Security", "Cybersecurity and Infrastructure Security Agency", false},
		{"a person stays apart", "The FBI's Christopher Wray warned utilities on Tuesday.",
			"FBI", "Christopher Wray", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			p, u := actorByName(g, tt.parent), actorByName(g, tt.unit)
			require.NotNil(t, p, "no actor %q", tt.parent)
			require.NotNil(t, u, "no actor %q", tt.unit)
			assert.Equal(t, tt.sameActor, p.ID == u.ID, "%s / %s", p.ID, u.ID)
		})
	}
}
