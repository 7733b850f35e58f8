package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestChargedPeopleDoTheDeed checks that the deed a charge or accusation names is done by the
// people charged, not by the prosecutors: people of an owner ("three of its employees", "two
// officers of X's service") and the object of a participle of charging after a document
// ("an indictment accusing two men of …"), while a body of an owner ("a unit of X's army")
// and a named object are left as they were.
func TestChargedPeopleDoTheDeed(t *testing.T) {
	checkEventRules(t, "2025-03-13", []eventCase{
		{"people of a named owner, after a participle of charging", "Federal prosecutors on Tuesday unsealed an indictment charging two officers of Karvia's military intelligence service with breaking into the computer systems of Orbis Freight.",
			schema.EventIntrusion, "federal-prosecutors", "", false},
		{"people of a named owner keep the deed's victim", "Federal prosecutors on Tuesday unsealed an indictment charging two officers of Karvia's military intelligence service with breaking into the computer systems of Orbis Freight.",
			schema.EventIntrusion, "", "orbis-freight", true},
		{"a count of an owner's people", "The Norland Treasury on Thursday sanctioned Pell Data, a day after the Norland Prosecution Service charged three of its employees with breaking into Orbis Freight.",
			schema.EventIntrusion, "norland-prosecution-service", "", false},
		{"a count of an owner's people: the charge stays", "The Norland Treasury on Thursday sanctioned Pell Data, a day after the Norland Prosecution Service charged three of its employees with breaking into Orbis Freight.",
			schema.EventLegal, "norland-prosecution-service", "", true},
		{"described people after a participle of accusing", "The Norland Prosecution Service on Wednesday unsealed an indictment accusing two Karvian nationals of breaking into the network of Orbis Freight.",
			schema.EventIntrusion, "norland-prosecution-service", "", false},
	})
}
