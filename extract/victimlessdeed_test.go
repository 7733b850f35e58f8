package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestVictimlessDeedTakesDay checks that a deed told with no victim named ("the theft of $14
// million from an exchange in May") beside one told with its victim ("had siphoned the coins from
// Quarry Exchange") is no second victim: a later dated mention ("The theft took place on May 12")
// dates the named deed, while of deeds on two named victims the first stays undated.
func TestVictimlessDeedTakesDay(t *testing.T) {
	for _, tt := range []struct{ name, body, typ, target, want string }{
		{"theft from an indefinite exchange", "Hackers backed by the Dalvenish state were behind the theft of roughly $14 million from a Dalvenish exchange in May, regulators said this week. Investigators said on Wednesday that the Sorrel cell, a team attached to the Dalvenish navy, had siphoned the coins from Quarry Exchange.\n\nThe theft itself took place on May 12, as withdrawals stripped a hot wallet.",
			"theft", "quarry-exchange", "2020-05-12"},
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
