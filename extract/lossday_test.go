package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLossDatesTheft checks that a victim's loss of money told with a day ("Tarvo lost $30
// million in bitcoin on Oct. 27") dates the theft a lead told in a coarser period, and that a
// loss of anything but money, or in another period, leaves the theft's time alone.
func TestLossDatesTheft(t *testing.T) {
	const lead = "Police in Arland blamed the Grey Lynx group on Thursday for the theft of $30 million in cryptocurrency from the Tarvo exchange last month.\n\n"
	tests := []struct {
		name, body, want string
	}{
		{"dollar sign, trailing when clause", "Tarvo lost $30 million in bitcoin in the early hours of Oct. 27, when attackers moved the funds out of its hot wallet.", "2025-10-27"},
		{"number and currency name", "The Tarvo exchange lost roughly 4.5 billion yen worth of ether on Oct. 27.", "2025-10-27"},
		{"pound sign, past perfect", "By then Tarvo had lost about £20 million on Oct. 27 alone.", "2025-10-27"},
		{"a share lost", "Tarvo's own token lost 41% of its value on Oct. 27.", "2025-10"},
		{"access lost", "Tarvo lost access to its wallets on Oct. 27.", "2025-10"},
		{"a loss in another month", "Tarvo lost $2 million in a separate incident on Sept. 3.", "2025-10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", lead+tt.body)
			e := findEvent(g, schema.EventTheft, "grey-lynx", "tarvo")
			require.NotNil(t, e, "got %s, want Grey Lynx's theft from Tarvo", eventsString(g))
			assert.Equal(t, tt.want, e.Time.Value, "got %s, want the theft on %s", eventsString(g), tt.want)
		})
	}
}

// TestMoneyAfter checks which words after a verb moneyAfter reads as a sum of money.
func TestMoneyAfter(t *testing.T) {
	currency := func(t *token) bool { return t.Lower == "yen" || t.Lower == "bitcoin" }
	tests := []struct {
		tagged string
		want   bool
	}{
		{"$/$ 30/CD million/CD", true},
		{"roughly/RB 27.9/CD billion/CD yen/NNS", true},
		{"about/IN £600,000/CD", true},
		{"400/CD bitcoin/NN", true},
		{"41%/CD of/IN its/PRP$ value/NN", false},
		{"1,200/CD jobs/NNS", false},
		{"access/NN to/TO its/PRP$ wallets/NNS", false},
	}
	for _, tt := range tests {
		t.Run(tt.tagged, func(t *testing.T) {
			got := moneyAfter(taggedToks(tt.tagged), 0, currency)
			assert.Equal(t, tt.want, got, "got %v, want %v", got, tt.want)
		})
	}
}
