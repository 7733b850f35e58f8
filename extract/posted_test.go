package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestPostedData checks that putting data or documents up online ("posted", "dumped") is a
// leak, active or passive, and that the owner of the site the data went up on leaks it; posting
// a note, or a question of how much was posted, is none.
func TestPostedData(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string
		want          bool
	}{
		{"began posting files belonging to",
			"On Friday, Ash Spider began posting files belonging to Harrow Bank, a lender in Dunmore.",
			"Ash Spider", "Harrow Bank", true},
		{"posted images of the documents",
			"In March, Jo Vance posted blurred images of the documents to a thread on a forum for pilots.",
			"Jo Vance", "", true},
		{"passive: posted to a group's leak site",
			"Harrow Bank would not pay, and in May parts of the data were posted to Ash Spider's leak site.",
			"Ash Spider", "", true},
		{"dumped records",
			"Last week Ash Spider dumped the payroll records of Orvel Shipping.",
			"Ash Spider", "", true},
		{"posted a note", "Ash Spider posted a note on Monday about Harrow Bank.",
			"", "", false},
		{"how much material had been posted",
			"The lawyer for Jo Vance disputed the government's account of how much material had been posted.",
			"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-06-10", tt.body)
			got := hasEvent(g, schema.EventLeak, tt.agent, tt.target)
			assert.Equal(t, tt.want, got, "leak(%q, %q) in %q: got %v, want %v", tt.agent, tt.target, tt.body, got, tt.want)
		})
	}
}
