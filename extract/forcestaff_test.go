package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestForceStaff checks that officers, agents, investigators or detectives opening the clause
// of a custody step (an arrest, a detention, a raid, a seizure) act for the police force named
// before them in the sentence or the sentences just before, or for the one an "according to"
// phrase after the step cites, and that counted or described officers, a force named too far
// back, a body that is no police force and a step that takes no one into custody lend no doer.
func TestForceStaff(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"officers after the force's own sentence", "The Ostmark Police traced the payments to a shop in Lenby. Officers arrested Delia Varn at her home on Tuesday.",
			schema.EventLegal, "ostmark-police", "delia-varn", true},
		{"agents after a bureau of investigation", "The Ostmark Bureau of Investigation followed the wallet for a year. In May, agents raided the home of Delia Varn.",
			schema.EventLegal, "ostmark-bureau-of-investigation", "delia-varn", true},
		{"officers in a coordinated clause", "Investigators from the Ostmark Police searched a warehouse in Lenby, and officers detained Delia Varn on Monday.",
			schema.EventLegal, "ostmark-police", "delia-varn", true},
		{"investigators of a crime agency", "Halvik Bank reported the theft to the Ostmark Crime Agency. Investigators arrested Delia Varn in Lenby in March.",
			schema.EventLegal, "ostmark-crime-agency", "delia-varn", true},
		{"detectives with an according-to force", "Detectives seized three laptops from Delia Varn, according to a statement from the Ostmark Police.",
			schema.EventLegal, "ostmark-police", "", true},
		{"counted officers", "The Ostmark Police traced the payments to a shop in Lenby. Two officers arrested Delia Varn at her home on Tuesday.",
			schema.EventLegal, "ostmark-police", "delia-varn", false},
		{"a ministry is no police force", "The Ostmark Justice Ministry traced the payments to a shop in Lenby. Officers arrested Delia Varn at her home on Tuesday.",
			schema.EventLegal, "ostmark-justice-ministry", "delia-varn", false},
		{"the force named too far back", "The Ostmark Police opened a case in May. Delia Varn ran a shop in Lenby. She sold phones. She also repaired laptops. Officers arrested her on Tuesday.",
			schema.EventLegal, "ostmark-police", "delia-varn", false},
	})
}
