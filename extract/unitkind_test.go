package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestUnitAndCERTKind checks that a computer emergency response team named by its acronym
// ("CERT Vardia", "VR-CERT", "ozCERT") and a unit of a police force or an armed service whose
// name ends in a unit word ("… Police Cyber Fraud Group") are agencies, while a company's
// "Group", a threat group's "Team" and the bare acronym keep their readings.
func TestUnitAndCERTKind(t *testing.T) {
	tests := []kindCase{
		{"CERT before a country", "CERT Vardia said on Monday that intruders had reached the grid operator's network.",
			"CERT Vardia", schema.KindAgency},
		{"CERT after a hyphen", "VR-CERT warned on Monday that a phishing wave was aimed at tax offices.",
			"VR-CERT", schema.KindAgency},
		{"CERT after a dot", "CERT.VR warned on Monday that a phishing wave was aimed at tax offices.",
			"CERT.VR", schema.KindAgency},
		{"CERT opened in lower case", "ozCERT said on Monday that the flaw was being exploited.",
			"ozCERT", schema.KindAgency},
		{"police unit ending in Group", "The Vardian National Police Cyber Fraud Group arrested three men on Monday.",
			"Vardian National Police Cyber Fraud Group", schema.KindAgency},
		{"army unit ending in Team", "The Marsh Army Signals Defence Team said on Monday that the attack had failed.",
			"Marsh Army Signals Defence Team", schema.KindAgency},
		{"a gazetteer threat group keeps its kind", "Sandworm Team breached the grid operator's network on Monday, investigators said.",
			"Sandworm Team", schema.KindGroup},
		{"company group stays a company", "Tolbrook Logistics Group said on Monday that its servers had been encrypted.",
			"Tolbrook Logistics Group", schema.KindOrganization},
	}
	checkKinds(t, tests)
}

// TestCertNameWords checks which words certName takes for a response team's name.
func TestCertNameWords(t *testing.T) {
	tests := []struct {
		words []string
		want  bool
	}{
		{[]string{"CERT", "Vardia"}, true},
		{[]string{"VR-CERT"}, true},
		{[]string{"CSIRT-VR"}, true},
		{[]string{"national", "CERTs"}, true},
		{[]string{"CERT"}, false},
		{[]string{"Certus", "Labs"}, false},
		{[]string{"CERTAIN"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.words[0], func(t *testing.T) {
			toks := make([]token, len(tt.words))
			for i, w := range tt.words {
				toks[i] = token{Text: w}
			}
			assert.Equal(t, tt.want, certName(toks), "got %v, want %v for %v", !tt.want, tt.want, tt.words)
		})
	}
}
