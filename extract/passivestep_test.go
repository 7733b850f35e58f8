package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestPassiveStepNounAgent checks that a noun of a legal step or measure that is the subject of
// a light verb's passive ("a lawsuit was filed", "an investigation into X was opened",
// "sanctions were imposed") takes the "by" phrase after the participle for its doer, while a
// step told in a clause the noun is not the subject of keeps none.
func TestPassiveStepNounAgent(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"an investigation into a name was opened by", "An investigation into Corlen Bank was opened by the Federal Trade Commission in May.",
			schema.EventLegal, "federal-trade-commission", "corlen-bank", true},
		{"a lawsuit against a name was filed by", "A lawsuit against Corlen Bank was filed by Dario Velt on Monday.",
			schema.EventLegal, "dario-velt", "corlen-bank", true},
		{"filed against a name, a day, then by", "A proposed class action was filed against Corlen Bank on Monday by Brennan Pratt LLP.",
			schema.EventLegal, "brennan-pratt-llp", "corlen-bank", true},
		{"charges were filed by", "Charges against Dario Velt were filed by the Harlow Prosecution Service on Tuesday.",
			schema.EventLegal, "harlow-prosecution-service", "dario-velt", true},
		{"sanctions were imposed by", "Sanctions were imposed on Corlen Bank by the Harlow Treasury on Monday.",
			schema.EventSanction, "harlow-treasury", "", true},
		{"a speaker after the clause is no doer", "The investigation into Corlen Bank was opened in May, Dario Velt said.",
			schema.EventLegal, "dario-velt", "", false},
	})
}
