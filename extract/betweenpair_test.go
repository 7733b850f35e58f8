package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestBetweenPairNoConjunct checks that the two names of "between X and Y" stay out of the
// coordination that widens an event's agent or target: they name the sides of a relation,
// while a coordinated subject still shares the act.
func TestBetweenPairNoConjunct(t *testing.T) {
	checkEventRules(t, "2024-03-02", []eventCase{
		{"the accused keeps its place after a row between the capitals", "Estonia ordered two Belarusian diplomats to leave on Friday, accusing them of recruiting students, in the worst row between Tallinn and Minsk in years.",
			schema.EventAccusation, "estonia", "belarus", true},
		{"the other capital of the pair accuses no one", "Estonia ordered two Belarusian diplomats to leave on Friday, accusing them of recruiting students, in the worst row between Tallinn and Minsk in years.",
			schema.EventAccusation, "belarus", "", false},
		{"a coordinated subject still accuses", "Estonia and Latvia on Friday accused Belarus of recruiting students, in the worst row between Tallinn and Minsk in years.",
			schema.EventAccusation, "latvia", "belarus", true},
	})
}
