package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestPassiveThingOwnClause checks that a passive deed in a clause a subordinating conjunction
// opens, whose subject is a thing with no possessor ("before files were encrypted", "because
// some customer records were exposed"), takes no name of the clause before it as its target,
// while a possessor in the things' own phrase, or a passive main clause after a fronted clause,
// still gives one.
func TestPassiveThingOwnClause(t *testing.T) {
	checkEventRules(t, "2025-06-10", []eventCase{
		{"before files were encrypted", "Tarn Mutual told the Ostmark Cyber Agency about the intrusion on Monday, two weeks before files were encrypted.",
			schema.EventAttack, "", "ostmark-cyber-agency", false},
		{"because some records were exposed", "Tarn Mutual reported the breach to the Ostmark Cyber Agency on Monday because some customer records were also exposed.",
			schema.EventLeak, "", "ostmark-cyber-agency", false},
		{"when data was stolen", "Harrow Bank warned the Ostmark Cyber Agency when customer data was stolen in March.",
			schema.EventTheft, "", "ostmark-cyber-agency", false},
		{"the telling stays", "Harrow Bank warned the Ostmark Cyber Agency when customer data was stolen in March.",
			schema.EventWarning, "harrow-bank", "ostmark-cyber-agency", true},
		{"a possessor in the phrase gives the target", "The Ostmark Cyber Agency warned Tarn Mutual in May, weeks before its servers were encrypted.",
			schema.EventAttack, "", "tarn-mutual", true},
		{"a passive main clause after a fronted clause", "After Velmar Bank refused to pay, portions of the stolen files were posted to Grey Marten's leak site.",
			schema.EventLeak, "grey-marten", "velmar-bank", true},
	})
}
