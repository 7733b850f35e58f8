package extract

import "testing"

// TestOwnedGroupExample checks that a verb of telling whose object is a plural group owned by a
// possessive and closed by an example list ("briefed the country's banks, including X, that
// …") tells the named examples, never the group's owner.
func TestOwnedGroupExample(t *testing.T) {
	tests := []toldCase{
		{"the country's group, one example", "Norland's cyber agency said hackers had hit two lenders. In July, the Norland Cyber Office had briefed the country's banks, including Orlen Bank, that hackers were sending fake invoices.",
			[]string{"norland-cyber-office → orlen-bank"}, []string{"norland-cyber-office → norland"}},
		{"the nation's group, two examples", "The Ferro Agency warned the nation's utilities, including Gant Water and Hollis Power, that attacks were coming.",
			[]string{"ferro-agency → gant-water", "ferro-agency → hollis-power"}, nil},
		{"a named owner", "The Kessler Group warned Norland's utilities, including Gant Water, that attacks were coming.",
			[]string{"kessler-group → gant-water"}, []string{"kessler-group → norland"}},
		{"the region's group with an infinitive", "The Tessel Bureau warned the region's operators, including Pardo Telecom, to reset passwords.",
			[]string{"tessel-bureau → pardo-telecom"}, nil},
	}
	checkTold(t, "2025-11-20", tests)
}
