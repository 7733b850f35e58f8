package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestOwnNounDescription checks that "the network" and "the system", nouns that name a
// machine as often as a body, take up a body only where the article calls it so, by the last
// word of its name or by the description set beside it, and otherwise stay no one's.
func TestOwnNounDescription(t *testing.T) {
	checkEventRules(t, "2024-06-10", []eventCase{
		{"the network is the body whose name ends in Network",
			"Hackers encrypted servers at Dunmore Care Network on Monday. On Tuesday the network notified the state health department.",
			schema.EventWarning, "dunmore-care-network", "", true},
		{"the system is the body whose name ends in System",
			"Ransomware hit Vellbrook Health System in May. Brask Labs, a consultancy, studied the attack. Two weeks later the system warned its patients that their records were stolen.",
			schema.EventWarning, "vellbrook-health-system", "", true},
		{"the system is not the firm named last",
			"Ransomware hit Vellbrook Health System in May. Brask Labs, a consultancy, studied the attack. Two weeks later the system warned its patients that their records were stolen.",
			schema.EventWarning, "brask-labs", "", false},
		{"the network is the body an apposition calls a network",
			"Intruders broke into Harlan Medical, a rural hospital network, in March. The network alerted the police on Friday.",
			schema.EventWarning, "harlan-medical", "", true},
		{"no body called a network: a machine, no one's",
			"Intruders broke into Harlan Medical, a rural clinic operator, in March. The network alerted the police on Friday.",
			schema.EventWarning, "harlan-medical", "", false},
	})
}
