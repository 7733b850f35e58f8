package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestCopiedList checks that a doer's copying of a list of objects is a theft when any member of
// the list is data, not only the first ("copied invoices, customs manifests and planning
// documents"), that "belonging" after the data ends its head, and that a list of people copied
// on an email tells of none.
func TestCopiedList(t *testing.T) {
	const lead = "The Ostrava Water Board said on Monday that its systems had been breached by a group known as Pale Comet. "
	checkEventRules(t, "2025-11-20", []eventCase{
		{"data last in a list",
			lead + "The hackers copied invoices, customs manifests and planning documents.",
			schema.EventTheft, "pale-comet", "ostrava-water-board", true},
		{"data second of two",
			lead + "The intruders downloaded invoices and payroll records.",
			schema.EventTheft, "pale-comet", "ostrava-water-board", true},
		{"data before belonging",
			lead + "The attackers copied personal information belonging to about 40,000 customers.",
			schema.EventTheft, "pale-comet", "", true},
		{"people copied on an email",
			lead + "The spokesman copied reporters, editors and producers on the email.",
			schema.EventTheft, "", "", false},
	})
}
