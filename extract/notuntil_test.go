package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestNotUntilWarning checks that a notice told as held back until a time ("did not notify the
// regulator until March 2024") is given then, not withheld, while a plain negation, or one after
// an earlier time the sentence names, still withholds it.
func TestNotUntilWarning(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"month and year, trailing finding", "Harrow Logistics did not notify the Data Protection Authority until March 2024, the auditor found.", schema.EventWarning, "harrow-logistics", "data-protection-authority", true},
		{"day, trailing span", "Brightwell Energy did not alert the Federal Cyber Office until October 3, nearly five weeks after the breach.", schema.EventWarning, "brightwell-energy", "federal-cyber-office", true},
		{"contracted negation", "Kestrel Bank didn't tell the Office of the Banking Commissioner until June.", schema.EventWarning, "kestrel-bank", "office-of-the-banking-commissioner", true},
		{"plain negation", "Kestrel Bank did not notify the Office of the Banking Commissioner.", schema.EventWarning, "kestrel-bank", "office-of-the-banking-commissioner", false},
		{"earlier time", "Harrow Logistics spotted the intrusion in July but did not inform the Data Protection Authority until September.", schema.EventWarning, "harrow-logistics", "data-protection-authority", false},
	})
}
