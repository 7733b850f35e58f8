package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestToldPluralPronoun checks that a plural pronoun in the "that" clause of a verb of warning
// whose object is a plural common noun phrase ("notified roughly 40 banks that intruders had
// stolen their records") stands for those warned, not for the warner, while an object that
// names a body ("warned Velmar Bank customers that their …") is left to its own reading.
func TestToldPluralPronoun(t *testing.T) {
	checkEventRules(t, "2025-06-10", []eventCase{
		{"their after a counted plural object", "The Ostmark Cyber Agency notified roughly 40 banks in March that intruders had stolen their customer records.",
			schema.EventTheft, "", "ostmark-cyber-agency", false},
		{"the warning stays the warner's", "The Ostmark Cyber Agency notified roughly 40 banks in March that intruders had stolen their customer records.",
			schema.EventWarning, "ostmark-cyber-agency", "", true},
		{"they after more than a number", "Harrow Bank said the Ostmark Cyber Agency had warned more than 30 hospitals since January that they had been targeted by Grey Marten.",
			schema.EventAttack, "grey-marten", "ostmark-cyber-agency", false},
		{"their after about a number", "The Ostmark Cyber Agency alerted about 20 utilities on Monday that Grey Marten had breached their networks.",
			schema.EventIntrusion, "grey-marten", "ostmark-cyber-agency", false},
		{"a body named in the object keeps its reading", "Grey Marten hacked Velmar Bank in May. The Ostmark Cyber Agency warned Velmar Bank customers that their accounts had been breached.",
			schema.EventWarning, "ostmark-cyber-agency", "velmar-bank", true},
	})
}
