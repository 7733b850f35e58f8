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

// TestDownloadedData checks that downloading data is read as copying it: a quantity of data or
// another's records downloaded, active or passive, is a theft from their owner ("downloaded the
// records of 80,000 patients from X's servers", "files were downloaded from X's servers"), and
// so is a doer's downloading after an incident told before; a program downloading its payloads
// and a warning not to download data tell of none.
func TestDownloadedData(t *testing.T) {
	checkEventRules(t, "2024-05-10", []eventCase{
		{"a group downloads another's records",
			"Moss Heron downloaded the personal records of 80,000 patients from Talvik Clinic's servers.",
			schema.EventTheft, "moss-heron", "talvik-clinic", true},
		{"described intruders download a quantity of files",
			"The intruders downloaded about 200 gigabytes of files from Talvik Ports in April.",
			schema.EventTheft, "", "talvik-ports", true},
		{"records downloaded, in the passive",
			"Billing records were downloaded from Talvik Ports' servers in April.",
			schema.EventTheft, "", "talvik-ports", true},
		{"described attackers download after a break-in told before",
			"Moss Heron encrypted the servers of Talvik Ports in March. Before that, the attackers had downloaded a billing database.",
			schema.EventTheft, "moss-heron", "talvik-ports", true},
		{"a program downloads its payloads",
			"The loader downloads two further payloads from a server in Talvik.",
			schema.EventTheft, "", "", false},
		{"a warning not to download the data",
			"Talvik Ports urged customers not to download the stolen data.",
			schema.EventTheft, "", "", false},
	})
}
