package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestSaidPrincipalOwned checks that a statement naming whom a group acts for accuses the
// institution a state's possessive owns ("on behalf of X's Signals Directorate"), not the
// state, and that the state stays the one accused when it owns no named institution.
func TestSaidPrincipalOwned(t *testing.T) {
	checkEventRules(t, "2024-03-05", []eventCase{
		{"on behalf of a state's named agency: the agency", "Kestrel Labs said Vanta Spider operates on behalf of China's Ministry of State Security.",
			schema.EventAccusation, "kestrel-labs", "ministry-of-state-security", true},
		{"on behalf of a state's named agency: not the state", "Kestrel Labs said Vanta Spider operates on behalf of China's Ministry of State Security.",
			schema.EventAccusation, "kestrel-labs", "china", false},
		{"run by a state's named agency", "Kestrel Labs said the network was run by Iran's Signals Directorate.",
			schema.EventAccusation, "kestrel-labs", "irans-signals-directorate", true},
		{"works for a state's unnamed army: the state", "Kestrel Labs said Vanta Spider works for Iran's army.",
			schema.EventAccusation, "kestrel-labs", "iran", true},
	})
}
