package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestCommaConjunct checks that a second verb after ", and" with no subject of its own shares
// the doer and victim of a first conjunct long enough to be set off by a comma ("broke into X's
// network in March using a stolen password for an old server, and then encrypted its
// servers"), as it does without the comma, while ", and" opening a clause with its own subject
// gives that clause's subject no deed of the first verb's doer.
func TestCommaConjunct(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"a long break-in, then an encryption",
			"Moss Heron broke into the network of Talvik Ports in March using a stolen password for an old remote-access server, and then encrypted its servers.",
			schema.EventAttack, "moss-heron", "talvik-ports", true},
		{"a way in with its method, then a theft",
			"Investigators said Moss Heron had entered the network of Talvik Ports in March through a flaw in a file-transfer appliance, and had then stolen customer files.",
			schema.EventTheft, "moss-heron", "talvik-ports", true},
		{"access by an exploit, then credentials taken",
			"Grey Marten gained access to the network of Ostrava Water in May by exploiting a flaw in an outdated router, and stole administrator passwords.",
			schema.EventTheft, "grey-marten", "ostrava-water", true},
		{"a clause with its own subject",
			"Moss Heron broke into the network of Talvik Ports in March using a stolen password for an old server, and the company hired an outside firm.",
			schema.EventAttack, "moss-heron", "talvik-ports", false},
	})
}
