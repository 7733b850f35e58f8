package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestLegalOriginNoDefendant checks that the town a "from" after a comma or a noun for a person
// names as where the charged or arrested person comes from is not the step's target
// (originOnly), while a named defendant set before such a phrase still is.
func TestLegalOriginNoDefendant(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"a description, then its town between commas", "Officers detained a 35-year-old man in Pellham on Saturday. The man, from Carrow, has since been charged with blackmail.",
			schema.EventLegal, "", "carrow", false},
		{"a noun for a person, then its town", "A woman from Halden was charged on Tuesday with hacking a council.",
			schema.EventLegal, "", "halden", false},
		{"an age as the noun", "The suspect, a 41-year-old from Norbury, has been charged with fraud.",
			schema.EventLegal, "", "norbury", false},
		{"a named defendant keeps the step", "Detectives arrested Tomas Varga last week. Varga, from Westbrook, has been charged with blackmail.",
			schema.EventLegal, "", "tomas-varga", true},
	})
}
