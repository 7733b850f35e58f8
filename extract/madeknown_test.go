package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestMadeKnownRelative checks that a time closing an object relative clause whose verb makes
// an incident known or describes it ("an attack that the ministry disclosed on Tuesday") dates
// the telling, not the deed told before the clause, while a clause telling what the incident
// itself did keeps its time for the incident (madeKnownRelative).
func TestMadeKnownRelative(t *testing.T) {
	checkTimes(t, []timeCase{
		{"disclosed, the noun itself", "2025-11-20", "The Ashfen group was behind a ransomware attack that the ministry disclosed on Tuesday, investigators said.",
			schema.EventAttack, "ashfen", "", ""},
		{"described as, after a verb of the deed", "2025-11-20", "The hackers broke into Korvath Water in a supply-chain intrusion that the agency described on Wednesday as a serious risk.",
			schema.EventIntrusion, "", "korvath-water", ""},
		{"announced, plural noun and teller", "2025-11-20", "Criminals hacked the mail systems of two ports in attacks that the port authorities announced on Thursday.",
			schema.EventIntrusion, "criminals", "", ""},
		{"a long teller with its acronym", "2025-11-20", "Intruders broke into Pell Bank in an intrusion that the Norland Cyber Defence and Resilience Office (NCDRO) described on Monday as grave.",
			schema.EventIntrusion, "", "pell-bank", ""},
		{"the incident's own verb keeps its time", "2025-11-20", "The Vessik Group has denied any role in a cyberattack that disrupted the Harl port authority last weekend.",
			schema.EventAttack, "", "harl-port-authority", "2025-11"},
	}, false)
}
