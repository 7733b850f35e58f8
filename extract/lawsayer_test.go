package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestLawSayer checks that an agency announcing a passive legal step by a verb of saying that
// governs the step's clause, closing the sentence after a comma or heading the reported clause,
// is the step's agent when the step is its own kind (a charge, an inquiry; a custody step only
// for a police force), and that a court's step, a step in a relative clause, a step with a "by"
// phrase or a company's saying give no agent.
func TestLawSayer(t *testing.T) {
	checkEventRules(t, "2024-03-09", []eventCase{
		{"closing attribution of a charge", "Edda Marsh, a former analyst at Corvan Systems, was charged Friday with passing design files to a foreign buyer, the Ostmark Justice Ministry said.",
			schema.EventLegal, "ostmark-justice-ministry", "edda-marsh", true},
		{"saying heads the reported charge", "The Ostmark Justice Ministry said on Friday that Edda Marsh had been charged with selling design files.",
			schema.EventLegal, "ostmark-justice-ministry", "edda-marsh", true},
		{"a police force tells of its arrest", "Edda Marsh was arrested at her home in Lenby on Tuesday, the Ostmark Police said.",
			schema.EventLegal, "ostmark-police", "edda-marsh", true},
		{"a prosecutor tells of an arrest abroad", "Edda Marsh was arrested in Karsovia earlier this year, the Ostmark Justice Ministry said.",
			schema.EventLegal, "ostmark-justice-ministry", "", false},
		{"a court's sentence", "Edda Marsh was sentenced on Monday to six years in prison, the Ostmark Justice Ministry said.",
			schema.EventLegal, "ostmark-justice-ministry", "", false},
		{"a step with a by phrase", "Edda Marsh was charged by a grand jury on Friday, the Ostmark Justice Ministry said.",
			schema.EventLegal, "ostmark-justice-ministry", "", false},
		{"a step in a relative clause", "Edda Marsh, who was charged on Friday, had worked for Corvan Systems for a decade, the Ostmark Justice Ministry said.",
			schema.EventLegal, "ostmark-justice-ministry", "", false},
		{"a company's saying", "Edda Marsh was charged on Friday with stealing design files, Corvan Systems said.",
			schema.EventLegal, "corvan-systems", "", false},
	})
}
