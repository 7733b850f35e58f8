package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestLongAppositiveTeller checks that a verb of telling after a long apposition set off by
// commas ("X, the Porto company that maintains part of the bank's network under contract, told
// Y") is told by the name before the apposition, not by no one and not by a name inside it.
func TestLongAppositiveTeller(t *testing.T) {
	const lead = "Grey Lynx breached Orvane Bank and Pellam Logistics in May. "
	checkEventRules(t, "2025-11-20", []eventCase{
		{"a relative clause in the apposition", lead + "In March, Tarnwell Systems, the Porto company that maintains part of the bank's network under contract, told Orvane Bank in a memo that a server was running outdated software.",
			schema.EventWarning, "tarnwell-systems", "orvane-bank", true},
		{"no fronted time", lead + "Tarnwell Systems, the Porto company that maintains part of the bank's network under contract, told Orvane Bank in a memo that a server was running outdated software.",
			schema.EventWarning, "tarnwell-systems", "orvane-bank", true},
		{"an indefinite apposition", lead + "Corvex Labs, a Lisbon security firm that Pellam Logistics hired after an earlier intrusion last year, told Pellam Logistics on June 2 that the attackers had returned.",
			schema.EventWarning, "corvex-labs", "pellam-logistics", true},
		{"the name inside the apposition tells nothing", lead + "Corvex Labs, a Lisbon security firm that Pellam Logistics hired after an earlier intrusion last year, told Orvane Bank on June 2 that the attackers had returned.",
			schema.EventWarning, "pellam-logistics", "", false},
	})
}
