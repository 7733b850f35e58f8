package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestJuryMinistry checks that a grand jury that indicts someone stands for the ministry of
// justice the article names only when that ministry is the jury's state's: a federal grand
// jury is the United States', so a ministry named with another state stays apart and the jury
// is a body of its own; a ministry named with no state, or the Justice Department, takes it.
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
	})
}
