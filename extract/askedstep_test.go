package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestAskedStepPossessor checks that the possessor of a legal step's noun that modifies a noun
// of asking ("its own extradition request", "Belarus's extradition bid") asks for the step and
// is its agent, not the one the step is taken against (askedStep), while "his extradition"
// still makes the possessor the target.
func TestAskedStepPossessor(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"its own request", "Police in Larnaca arrested Dmitri Volkan in March. Within days, Belarus submitted its own extradition request, accusing him of fraud.",
			schema.EventLegal, "belarus", "dmitri-volkan", true},
		{"the asker is not the target", "Police in Larnaca arrested Dmitri Volkan in March. Within days, Belarus submitted its own extradition request, accusing him of fraud.",
			schema.EventLegal, "", "belarus", false},
		{"a named possessor and a bid", "Police in Larnaca arrested Ivo Marsh in March. Belarus's extradition bid was lodged in April.",
			schema.EventLegal, "belarus", "", true},
		{"his extradition is taken against him", "Police in Larnaca arrested Ivo Marsh in March. Velmark is seeking his extradition.",
			schema.EventLegal, "velmark", "ivo-marsh", true},
	})
}
