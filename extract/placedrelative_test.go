package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestPlacedRelative checks that an object relative clause after a name and a description that
// places it after "in" ("X, an insurer in Iowa, which it attacked") takes the name for its
// victim, not the place (placedIn, apposedBefore), and that a name before the relative pronoun
// is no doer of the clause (namedAfterRelative), while the clause's own subject is; and that a
// subject "who" after such a description takes the person, never the place (clauseSubject).
func TestPlacedRelative(t *testing.T) {
	checkDeedCases(t, []deedCase{
		{"the insurer is the victim", "Its best-known victim is Kessel Mutual, an insurer in Iowa, which the gang attacked in May 2022.",
			schema.EventAttack, "", "kessel-mutual", "2022-05", true},
		{"the state is no victim", "Its best-known victim is Kessel Mutual, an insurer in Iowa, which the gang attacked in May 2022.",
			schema.EventAttack, "", "iowa", "", false},
		{"the antecedent does not attack itself", "Its best-known victim is Kessel Mutual, an insurer in Iowa, which the gang attacked in May 2022.",
			schema.EventAttack, "kessel-mutual", "", "", false},
		{"the clause's named subject robs", "APT77 has a long list of victims, including Varden Bank, a lender in Ohio, which Lazarus robbed in 2019.",
			schema.EventTheft, "lazarus", "varden-bank", "2019", true},
		{"the place before the pronoun does not breach", "Investigators named Port Halvey Authority, an operator in Maine, which hackers breached last year.",
			schema.EventIntrusion, "maine", "", "", false},
		{"the operator is breached", "Investigators named Port Halvey Authority, an operator in Maine, which hackers breached last year.",
			schema.EventIntrusion, "", "port-halvey-authority", "2024", true},
		{"a who after a placed description is the person", "Police arrested Ivo Marsh, a programmer in Lisbon, who had hacked Kelvar Shipping.",
			schema.EventIntrusion, "ivo-marsh", "kelvar-shipping", "", true},
		{"the town is no who", "Police arrested Ivo Marsh, a programmer in Lisbon, who had hacked Kelvar Shipping.",
			schema.EventIntrusion, "lisbon", "", "", false},
	})
}
