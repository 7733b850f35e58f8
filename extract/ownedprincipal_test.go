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

// TestAttributedPrincipalOwned checks that an attribution to an unnamed group acting for a
// state's named institution accuses that institution, not the state.
func TestAttributedPrincipalOwned(t *testing.T) {
	checkEventRules(t, "2024-03-05", []eventCase{
		{"a group working for a state's named agency: the agency", "Britain attributed the theft to a hacking group working for China's Ministry of State Security.",
			schema.EventAccusation, "united-kingdom", "ministry-of-state-security", true},
		{"a group working for a state's named agency: not the state", "Britain attributed the theft to a hacking group working for China's Ministry of State Security.",
			schema.EventAccusation, "united-kingdom", "china", false},
		{"a group working for a state", "Britain attributed the theft to a hacking group working for China.",
			schema.EventAccusation, "united-kingdom", "china", true},
	})
}
