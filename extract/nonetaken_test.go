package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestNoneTaken checks that a deed whose object is denied by its determiner ("paid no
// ransom", "stole no records", "took nothing") is negated, as "did not pay" is, while "no"
// bounding a count ("no fewer than", "no less than") leaves the deed asserted.
func TestNoneTaken(t *testing.T) {
	checkNegated(t, []negationCase{
		{"paid no ransom", "The Tovik Group paid no ransom to the Saltmarsh gang, the company said.", schema.EventAttack, true},
		{"paid nothing", "Orrin Health paid nothing to the Saltmarsh gang after the ransomware attack.", schema.EventAttack, true},
		{"stole no records", "The intruders stole no customer records from Brackley Mutual.", schema.EventTheft, true},
		{"did not pay stays negated", "Orrin Health did not pay the ransom to the Saltmarsh gang.", schema.EventAttack, true},
		{"paid a ransom is a payment", "The Tovik Group paid a ransom to the Saltmarsh gang in March.", schema.EventAttack, false},
		{"no fewer than bounds a count", "The Saltmarsh gang hacked no fewer than 40 banks in Norland last year.", schema.EventIntrusion, false},
		{"no less than bounds an amount", "Raiders stole no less than $3 million from Brackley Mutual.", schema.EventTheft, false},
	})
}

// TestPartylessDeniedDeed checks that a deed told as not done with no one named doing it or
// suffering it ("a spokesman said the company paid no ransom") gives no event, while one with
// its payer named stays, negated.
func TestPartylessDeniedDeed(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		want       int
	}{
		{"no payer named", "A spokesman said the company paid no ransom.", schema.EventAttack, 0},
		{"no thief named", "The regulator said nothing was stolen and no records were taken.", schema.EventTheft, 0},
		{"a named payer stays", "A spokesman said Orrin Health paid no ransom to the Saltmarsh gang.", schema.EventAttack, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.Equal(t, tt.want, countEvents(g, tt.typ), eventsString(g))
		})
	}
}
