package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestAskedStepPossessor checks that the possessor of a legal step's noun that modifies a noun
// of asking ("its own extradition request", "Belarus's extradition bid") asks for the step and
// is its agent, not the one the step is taken against (askedStep), while "his extradition"
// still makes the possessor the target, and so does a person's "extradition request".
func TestAskedStepPossessor(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"its own request", "Officers in Paphos detained Dmitri Volkan on a fraud warrant in March. Two weeks later, Belarus filed its own extradition request for him.",
			schema.EventLegal, "belarus", "dmitri-volkan", true},
		{"the asker is not the target", "Officers in Paphos detained Dmitri Volkan on a fraud warrant in March. Two weeks later, Belarus filed its own extradition request for him.",
			schema.EventLegal, "", "belarus", false},
		{"a named possessor and a bid", "Police in Larnaca arrested Ivo Marsh in March. Belarus's extradition bid was lodged in April.",
			schema.EventLegal, "belarus", "", true},
		{"a person's request is a request for him", "The hacker Ivo Marsk, 34, was arrested in Velmi in March.\n\nA court in Velmi on Monday approved Marsk's extradition request, sending him to Dorsk.",
			schema.EventLegal, "", "ivo-marsk", true},
		{"a person asks for no step of his own", "The hacker Ivo Marsk, 34, was arrested in Velmi in March.\n\nA court in Velmi on Monday approved Marsk's extradition request, sending him to Dorsk.",
			schema.EventLegal, "ivo-marsk", "", false},
		{"his extradition is taken against him", "Police in Larnaca arrested Ivo Marsh in March. Velmark is seeking his extradition.",
			schema.EventLegal, "velmark", "ivo-marsh", true},
	})
}
