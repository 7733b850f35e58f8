package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestSaidAsideConjunct checks that a verb joined by "and" after an attribution set off by
// commas ("notified X on Monday, Y said, and informed Z") shares the subject of the verb before
// the aside, not the speaker of the aside, unless a telling follows a deed ("breached X, the
// bank said, and warned customers": the speaker warned; speakerActsNext).
func TestSaidAsideConjunct(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"named speaker", "Harrow Logistics notified the Federal Cyber Office the next morning, Lena Vorst said, and informed the Data Protection Authority on July 6.", schema.EventWarning, "harrow-logistics", "data-protection-authority", true},
		{"named speaker not the teller", "Harrow Logistics notified the Federal Cyber Office the next morning, Lena Vorst said, and informed the Data Protection Authority on July 6.", schema.EventWarning, "lena-vorst", "data-protection-authority", false},
		{"role and name", "Velmont Health informed the Federal Cyber Office on Friday, its chief executive, Dana Pell, said, and notified the Norvik Data Authority on Saturday.", schema.EventWarning, "velmont-health", "norvik-data-authority", true},
		{"theft after intrusion", "The hackers breached Orrin Software in March, Tomas Quell said, and stole the records of 40,000 customers.", schema.EventTheft, "tomas-quell", "", false},
		{"the speaker warns after a deed", "Grey Lynx breached Brenmoor Bank's network in May, the bank said on Monday, and warned customers to change their passwords.", schema.EventWarning, "brenmoor-bank", "", true},
		{"the deed's doer does not warn", "Grey Lynx breached Brenmoor Bank's network in May, the bank said on Monday, and warned customers to change their passwords.", schema.EventWarning, "grey-lynx", "", false},
		{"the speaker accuses after a deed", "Hackers wiped the servers of Tarn Water last week, Halvard Security said on Monday, and accused Karsovia of ordering the attack.", schema.EventAccusation, "halvard-security", "karsovia", true},
		{"common-noun speaker", "Brightwell Energy alerted the Federal Cyber Office on Monday, a spokesman said, and notified the Norvik Data Authority a day later.", schema.EventWarning, "brightwell-energy", "norvik-data-authority", true},
	})
}
