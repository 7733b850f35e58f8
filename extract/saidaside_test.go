package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestSaidAsideConjunct checks that a verb joined by "and" after an attribution set off by
// commas ("notified X on Monday, Y said, and informed Z") shares the subject of the verb before
// the aside, not the speaker of the aside.
func TestSaidAsideConjunct(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"named speaker", "Harrow Logistics notified the Federal Cyber Office the next morning, Lena Vorst said, and informed the Data Protection Authority on July 6.", schema.EventWarning, "harrow-logistics", "data-protection-authority", true},
		{"named speaker not the teller", "Harrow Logistics notified the Federal Cyber Office the next morning, Lena Vorst said, and informed the Data Protection Authority on July 6.", schema.EventWarning, "lena-vorst", "data-protection-authority", false},
		{"role and name", "Velmont Health informed the Federal Cyber Office on Friday, its chief executive, Dana Pell, said, and notified the Norvik Data Authority on Saturday.", schema.EventWarning, "velmont-health", "norvik-data-authority", true},
		{"theft after intrusion", "The hackers breached Orrin Software in March, Tomas Quell said, and stole the records of 40,000 customers.", schema.EventTheft, "tomas-quell", "", false},
		{"common-noun speaker", "Brightwell Energy alerted the Federal Cyber Office on Monday, a spokesman said, and notified the Norvik Data Authority a day later.", schema.EventWarning, "brightwell-energy", "norvik-data-authority", true},
	})
}
