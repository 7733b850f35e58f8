package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBarePluralHearers checks that a bare plural of bodies right after a verb of warning
// ("warned utilities", "has been warning businesses", "warned lenders and insurers") is the
// group told, as "reported the breach to regulators" is, while a word a state acts through
// ("warned officials") is not, and the same plural elsewhere names no actor.
func TestBarePluralHearers(t *testing.T) {
	checkTold(t, "2026-03-05", []toldCase{
		{"utilities", "The Norland Cyber Agency warned utilities on Tuesday that a flaw in pump controllers was being exploited.",
			[]string{"norland-cyber-agency → utilities"}, nil},
		{"a progressive verb", "The Norland Cyber Agency has been warning businesses about the invoice scheme since May.",
			[]string{"norland-cyber-agency → businesses"}, nil},
		{"ministries", "Last year the Norland Cyber Agency alerted ministries to a wave of phishing mail.",
			[]string{"norland-cyber-agency → ministries"}, nil},
		{"a state's officials", "The Norland Cyber Agency warned officials that the phishing wave had grown.",
			nil, []string{"norland-cyber-agency → officials"}},
	})
	g := extractText(t, "2026-03-05", "Utilities lost control of their pumps for a day, the Norland Cyber Agency said on Tuesday.")
	assert.Nil(t, actorByName(g, "utilities"), "actors: %v", names(g))
}
