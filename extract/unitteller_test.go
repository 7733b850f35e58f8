package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestUnitTeller checks that a verb of telling after a body's office, branch or centre, a
// place naming where it sits ("the bureau's Lisbon office told X"), or after the people who
// work there ("Agents from the bureau's Lisbon office told X"), is the body's telling.
func TestUnitTeller(t *testing.T) {
	const lead = "The Federal Bureau of Investigation, the Ministry of Interior and the Halvern Cyber Agency said Grey Lynx breached Orvane Bank and Pellam Logistics in 2025. "
	checkEventRules(t, "2025-11-20", []eventCase{
		{"agents from the office a place names", lead + "Agents from the bureau's Lisbon office told Orvane Bank in March that its servers had been compromised.",
			schema.EventWarning, "federal-bureau-of-investigation", "orvane-bank", true},
		{"investigators at a branch", lead + "Investigators at the ministry's Porto branch told Pellam Logistics that its mail server was infected.",
			schema.EventWarning, "ministry-of-interior", "pellam-logistics", true},
		{"a named body's centre", lead + "Analysts at the Halvern Cyber Agency's Oslo centre told Orvane Bank that its source code had been copied.",
			schema.EventWarning, "halvern-cyber-agency", "orvane-bank", true},
		{"the office itself tells", lead + "The bureau's Madrid office told Pellam Logistics on June 3 that its invoices had been forged.",
			schema.EventWarning, "federal-bureau-of-investigation", "pellam-logistics", true},
		{"the place does not tell", lead + "The bureau's Madrid office told Pellam Logistics on June 3 that its invoices had been forged.",
			schema.EventWarning, "madrid", "", false},
	})
}
