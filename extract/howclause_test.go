package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestReportHowClause checks that a report followed by a participle of describing and a "how"
// clause ("published a report detailing how the group had used …", "an analysis explaining
// how X moved …") is about the clause's subject, as with a "that" clause; a subject that is no
// named actor gives none.
func TestReportHowClause(t *testing.T) {
	checkPartiesCases(t, "2025-11-20", schema.EventReport, []partiesCase{
		{"describing how a name had", "In April, Corran Security published a technical report describing how Dune Wren had reused the same servers against other firms.",
			"corran-security", "dune-wren", true},
		{"explaining how, present day", "Quill Labs released an analysis on Tuesday explaining how Ash Wren moved through the network.",
			"quill-labs", "ash-wren", true},
		{"detailing how the group, named before", "Hackers from a group known as Marsh Wren broke into Alder Freight in May. In September, Tessel Labs published a report detailing how the group had used a fake invoice to get in.",
			"tessel-labs", "marsh-wren", true},
		{"plural common noun subject", "Corran Security published a report describing how hospitals had failed to patch their servers.",
			"corran-security", "", true},
		{"no actor the subject", "Corran Security published a report describing how hospitals had failed to patch Harlow Bank's servers.",
			"corran-security", "harlow-bank", false},
	})
}
