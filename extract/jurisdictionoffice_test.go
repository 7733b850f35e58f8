package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestJurisdictionOffice checks that the office of a title holder a place or a state scopes
// is one actor under its whole name, the jurisdiction, the title words and "'s office" (a
// capitalised Office with its "for the <district>"), in either case and in any slot of the
// sentence; a body's head's office and "Office of …" are not read that way.
func TestJurisdictionOffice(t *testing.T) {
	for _, tt := range []struct {
		name, body, want, absent string
	}{
		{"state title in lower case, subject", "The Carrow attorney general's office said Monday that it had opened an inquiry into Dunley Freight.",
			"Carrow attorney general's office", "Carrow"},
		{"state title capitalised, object", "Marlin Health reported the breach to the Nevada Attorney General's office on Friday.",
			"Nevada Attorney General's office", "Nevada Attorney General"},
		{"federal district office", "The U.S. Attorney's Office for the Eastern District of Virginia charged Tomas Verlaine on Tuesday.",
			"U.S. Attorney's Office for the Eastern District of Virginia", "Office for the Eastern District of Virginia"},
		{"district office, trailing time", "Charges against Ferris Quell were filed by the U.S. Attorney's Office for the District of Maryland last week.",
			"U.S. Attorney's Office for the District of Maryland", "Office for the District of Maryland"},
		{"national prosecutor with a demonym", "The Danish National Prosecutor's Office accused Sorrel Data of hiding the attack.",
			"Danish National Prosecutor's Office", "Danish National Prosecutor"},
		{"county district attorney", "Prosecutors from the Brannock County District Attorney's office indicted Pell Quarry on Monday.",
			"Brannock County District Attorney's office", "Brannock County"},
		{"title with of State", "A spokesman for the Oregon Secretary of State's office said the agency had not been hacked.",
			"Oregon Secretary of State's office", "Oregon Secretary"},
		{"fronted time", "On Thursday, the Texas Comptroller's office warned Dunmore Schools about phishing.",
			"Texas Comptroller's office", "Texas Comptroller"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotNil(t, actorByName(g, tt.want), "got %v, want %q", names(g), tt.want)
			assert.Nil(t, actorByName(g, tt.absent), "got %v, want no %q", names(g), tt.absent)
		})
	}
	g := extractText(t, "2025-11-20", "The Norland Signals Bureau briefed Interior Minister Karin Lode's office in early April.")
	assert.Nil(t, actorByName(g, "Interior Minister Karin Lode's office"), names(g))
	g = extractText(t, "2025-11-20", "Hackers hit the state's networks, and the Carrow Governor's Office of Information Technology called in the FBI on Monday.")
	assert.Nil(t, actorByName(g, "Carrow Governor's Office"), "a capitalised Office of X is a name: %v", names(g))
}
