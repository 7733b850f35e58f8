package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestJuryMinistry checks that a grand jury that indicts someone stands for the ministry of
// justice the article names only when that ministry is the jury's state's: a federal grand
// jury is the United States', so a ministry named with another state stays apart and the jury
// is a body of its own; a ministry named with no state, or the Justice Department, takes it,
// also when the jury is the "by" phrase of a passive indictment or charge, which stands for
// no one when the article names no ministry.
func TestJuryMinistry(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"the Justice Department", "The Justice Department said Ivo Marsh ran the botnet. A federal grand jury indicted Ivo Marsh in May 2023.",
			schema.EventLegal, "justice-department", "ivo-marsh", true},
		{"a foreign ministry named before", "France's Justice Ministry approved the transfer of Ivo Marsh. A federal grand jury indicted Ivo Marsh in May 2023.",
			schema.EventLegal, "frances-justice-ministry", "ivo-marsh", false},
		{"a foreign ministry named after", "A federal grand jury in Pittsburgh indicted Ivo Marsh in May 2023. Germany's Justice Ministry later approved his extradition.",
			schema.EventLegal, "a-federal-grand-jury-in-pittsburgh", "ivo-marsh", true},
		{"the jury its own body", "France's Justice Ministry approved the transfer of Ivo Marsh. A federal grand jury indicted Ivo Marsh in May 2023.",
			schema.EventLegal, "a-federal-grand-jury", "ivo-marsh", true},
		{"a ministry named with no state", "The Ostmark Justice Ministry said Ivo Marsh ran the botnet. A grand jury indicted Ivo Marsh in May 2023.",
			schema.EventLegal, "ostmark-justice-ministry", "ivo-marsh", true},
		{"indicted by a jury in the passive", "The Justice Department said Ivo Marsh ran the botnet. He was indicted by a federal grand jury in Denver in 2018.",
			schema.EventLegal, "justice-department", "ivo-marsh", true},
		{"charged by a jury, the clause fronted by a year", "The Ostmark Justice Ministry named Ivo Marsh as the botnet's owner. In 2018, Ivo Marsh was charged by a grand jury in Lenby with fraud.",
			schema.EventLegal, "ostmark-justice-ministry", "ivo-marsh", true},
		{"a passive jury with no ministry named stands for no one", "Ivo Marsh was indicted by a federal grand jury in 2018.",
			schema.EventLegal, "federal-grand-jury", "ivo-marsh", false},
	})
}
