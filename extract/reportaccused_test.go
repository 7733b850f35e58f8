package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestReportAccused checks that a report published with an accusation by the same teller in
// its sentence ("published a report blaming the breach on Y", "published research linking the
// intrusions to Y", "published a report …, and accused Y of …") is about the accused: the
// report names Y as its target. A report whose teller only denies blame, or whose accusation
// is another teller's, names no one.
func TestReportAccused(t *testing.T) {
	checkPartiesCases(t, "2025-11-20", schema.EventReport, []partiesCase{
		{"report blaming on", "Hollin Cyber released a report on Tuesday blaming the breach on Silt Viper.",
			"hollin-cyber", "silt-viper", true},
		{"research linking to, fronted month", "In March, Coldfen Labs published research linking the intrusions to Grey Marten, a group tied to Moravia's intelligence service.",
			"coldfen-labs", "grey-marten", true},
		{"analysis tying to", "Tarrow Labs published an analysis in June tying the attacks to Cobalt Finch.",
			"tarrow-labs", "cobalt-finch", true},
		{"report that linked", "In September, the firm Orrin Analytics published a report that linked the malware to Pale Otter.",
			"orrin-analytics", "pale-otter", true},
		{"report and accused", "Penmark Research published a report identifying infections on the phones of reporters, and accused Veltis Systems of supplying the spyware.",
			"penmark-research", "veltis-systems", true},
		{"in a report, accused", "In a report published in May, Quarry Point Labs accused Dusk Heron of targeting shipping firms.",
			"quarry-point-labs", "dusk-heron", true},
		{"researchers at a firm, attributing", "Researchers at Kessel Labs published a report in April attributing the attack to Rust Lynx, a group believed to work for Moravia.",
			"kessel-labs", "rust-lynx", true},
		{"another teller accuses", "Hollin Cyber published a report on the malware on Tuesday, and Moravia's foreign ministry accused Silt Viper of the breach.",
			"hollin-cyber", "silt-viper", false},
		{"no blame laid", "Hollin Cyber published a report on the malware on Tuesday but did not attribute the breach to Silt Viper.",
			"hollin-cyber", "silt-viper", false},
	})
}
