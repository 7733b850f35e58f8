package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestCourtSeatDoesNothing checks that a town named after "in" behind a court or judge only
// places the court: it is not the doer of the step the court or a document filed there takes,
// which keeps its own doer (the authority that brought the document, or none), while a
// country behind a court is left alone.
func TestCourtSeatDoesNothing(t *testing.T) {
	charged := "The Norland Prosecution Service charged three men on Wednesday. "
	checkEventRules(t, "2025-03-13", []eventCase{
		{"a judge in a town sentenced: not the town", "In November, a federal judge in Harlow sentenced Ivo Marsh to 20 years in prison.",
			schema.EventLegal, "harlow", "ivo-marsh", false},
		{"a judge in a town sentenced: the defendant kept", "In November, a federal judge in Harlow sentenced Ivo Marsh to 20 years in prison.",
			schema.EventLegal, "", "ivo-marsh", true},
		{"a document unsealed in court in a town: not the town", charged + "The indictment, unsealed Wednesday in federal court in Tarvo, accuses Karl Brenner and Lena Hald of conspiring to damage computers.",
			schema.EventLegal, "tarvo", "karl-brenner", false},
		{"a document unsealed in court in a town: the authority that brought it", charged + "The indictment, unsealed Wednesday in federal court in Tarvo, accuses Karl Brenner and Lena Hald of conspiring to damage computers.",
			schema.EventLegal, "norland-prosecution-service", "karl-brenner", true},
		{"a court in a country is that state's", "On Monday, a court in Germany sentenced Ivo Marsh to six years in prison.",
			schema.EventLegal, "germany", "ivo-marsh", true},
	})
}
