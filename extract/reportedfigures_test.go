package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestReportedFigures checks which objects of "report" reportedFigures reads as a company's
// financial result: a word for money earned or lost with "of" a sum after it.
func TestReportedFigures(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"revenue of a sum", "Kelso/NNP reported/VBD revenue/NN of/IN $/$ 2/CD billion/CD", true},
		{"a net loss of a sum", "Harrow/NNP reported/VBD a/DT net/JJ loss/NN of/IN $/$ 40/CD million/CD", true},
		{"annual sales of about a sum", "The/DT firm/NN reports/VBZ annual/JJ sales/NNS of/IN about/IN $/$ 900/CD million/CD", true},
		{"profit of a sum in euros", "Velta/NNP reported/VBD a/DT profit/NN of/IN 12/CD million/CD euros/NNS", true},
		{"losses from a deed are a victim's report", "Pellar/NNP Exchange/NNP reported/VBD losses/NNS of/IN about/IN $/$ 30/CD million/CD from/IN the/DT theft/NN", false},
		{"a loss in an attack", "Harrow/NNP reported/VBD a/DT loss/NN of/IN $/$ 4/CD million/CD in/IN the/DT attack/NN", false},
		{"a loss of data is a finding", "Kelso/NNP reported/VBD a/DT loss/NN of/IN customer/NN data/NNS", false},
		{"the intrusion", "Brelco/NNP reported/VBD the/DT intrusion/NN to/TO the/DT police/NN", false},
		{"a clause reported", "Harlow/NNP reported/VBD that/IN the/DT group/NN had/VBD targeted/VBN banks/NNS", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := taggedToks(tt.text)
			i := 0
			for i < len(toks) && toks[i].Lower != "reported" && toks[i].Lower != "reports" {
				i++
			}
			deed := func(w string) bool { return w == "theft" || w == "attack" }
			assert.Equal(t, tt.want, mustExtractor(t).reportedFigures(toks, i, deed), "got %v for %q", !tt.want, tt.text)
		})
	}
}

// TestReportedFiguresNoReport checks that a company's financial result told with "reported" is
// no report event, while a breach it reports in the same sentence still is.
func TestReportedFiguresNoReport(t *testing.T) {
	tests := []struct {
		name, text string
		reports    int
	}{
		{"revenue in a relative clause", "Kelso Bank, which reported revenue of $2 billion last year, disclosed the breach in a filing on Monday.", 1},
		{"a loss alone", "Harrow Freight reported a net loss of $40 million in the third quarter.", 0},
		{"a loss from a deed", "Pellar Exchange reported losses of about $30 million from the theft.", 1},
		{"an intrusion reported", "Brelco Hosting reported the intrusion to the police on Monday.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.text)
			assert.Equal(t, tt.reports, countEvents(g, schema.EventReport), "got %s, want %d reports", eventsString(g), tt.reports)
		})
	}
}
