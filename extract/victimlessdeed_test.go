package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestVictimlessDeedTakesDay checks that a deed told with no victim named ("the theft of $30
// million from an exchange in May") beside one told with its victim ("had drained the funds from
// Velta Exchange") is no second victim: a later dated mention ("The theft took place on May 12")
// dates the named deed, while of deeds on two named victims the first stays undated.
func TestVictimlessDeedTakesDay(t *testing.T) {
	for _, tt := range []struct{ name, body, typ, target, want string }{
		{"theft from an indefinite exchange", "State hackers were responsible for the theft of about $30 million from a Norland exchange in May, officials said this week. The police said on Wednesday that the Harrow gang, a unit that serves the Norland army, had drained the funds from Velta Exchange.\n\nThe theft itself took place on May 12, when transfers emptied a wallet.",
			"theft", "velta-exchange", "2020-05-12"},
		{"theft named by a plain verb", "Hackers working for a foreign army carried out the theft of millions from a crypto exchange this spring, officials said on Monday. Prosecutors said the Corvin unit, a team run by the Ostrav army, had drained the funds from Brisk Exchange.\n\nThe theft took place on April 9, when transfers emptied two wallets.",
			"theft", "brisk-exchange", "2020-04-09"},
		{"two named victims", "The police said on Wednesday that the Harrow gang had drained the funds from Velta Exchange. Officials said the gang had also drained the funds from Oberon Exchange.\n\nThe theft took place on May 12, when transfers emptied a wallet.",
			"theft", "velta-exchange", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2020-08-29", tt.body)
			got := dayOfDeed(t, g, tt.typ, tt.target)
			assert.Equal(t, tt.want, got, "got %q, want %q", got, tt.want)
		})
	}
}
