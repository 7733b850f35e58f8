package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestEntryIncident checks that a dated way in told without its parties after an incident that
// names both ("X hit Y on June 20 … the hackers had gained entry in February") is a break-in
// by that incident's doer on its victim, while a way in with no such incident before it, one
// after an incident dated before it (another, earlier deed) and one after an incident denied or
// hedged tell of none.
func TestEntryIncident(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"gained entry after a ransomware hit",
			"Moss Heron hit Talvik Ports with ransomware on June 20. The hackers had gained entry in February through a booby-trapped document.",
			schema.EventIntrusion, "moss-heron", "talvik-ports", true},
		{"got in, reported after the attack",
			"Moss Heron attacked Talvik Ports on June 20. The intruders got in during early May, the company said.",
			schema.EventIntrusion, "moss-heron", "talvik-ports", true},
		{"gained access, fronted source",
			"Moss Heron encrypted the servers of Talvik Ports on June 20. According to the company, the attackers first gained access in April through a phishing email.",
			schema.EventIntrusion, "moss-heron", "talvik-ports", true},
		{"inside a that-clause",
			"Moss Heron hit Talvik Ports with ransomware on June 20. Investigators said that the hackers had got in during February.",
			schema.EventIntrusion, "moss-heron", "talvik-ports", true},
		{"no incident told before",
			"The hackers had gained entry to the network in February, the company said.",
			schema.EventIntrusion, "", "", false},
		{"the incident told before is an earlier one",
			"Police said Moss Heron attacked Talvik Ports in 2021. In February 2023, the hackers gained entry through a stolen password.",
			schema.EventIntrusion, "", "", false},
		{"the incident told before is only possible",
			"Moss Heron could attack Talvik Ports next month. The hackers gained entry in February.",
			schema.EventIntrusion, "", "", false},
	})
}
