package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestDoerCopied checks that an intruder's or an insider's copying of data is a theft from the
// victim of the incident told before ("the attackers had copied a billing database", "Marsh
// then copied portions of its source code"), while copying data no owner is found for, a firm
// copying its own records and copying into a backup tell of none.
func TestDoerCopied(t *testing.T) {
	checkEventRules(t, "2024-05-10", []eventCase{
		{"described attackers take the earlier victim's data",
			"Moss Heron encrypted the servers of Talvik Ports in March. Before that, the attackers had copied a billing database.",
			schema.EventTheft, "moss-heron", "talvik-ports", true},
		{"an insider copying code",
			"Police said Ivo Marsh, a former contractor, broke into the network of Talvik Ports in March. Marsh then copied portions of its source code.",
			schema.EventTheft, "ivo-marsh", "talvik-ports", true},
		{"no owner found",
			"The attackers copied a billing database, investigators said.",
			schema.EventTheft, "", "", false},
		{"a firm copying its own records",
			"Talvik Ports broke off talks with Moss Heron in March. Talvik Ports copied its customer records to a backup server.",
			schema.EventTheft, "", "", false},
		{"a copy into a backup",
			"Moss Heron broke into the network of Talvik Ports in March. The hackers had copied the billing records to a backup server.",
			schema.EventTheft, "", "", false},
	})
}
