package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestQuantityName checks that an amount written with a unit of data joined to its number, or
// with a currency's sign before its number, is no actor, while names with digits stay.
func TestQuantityName(t *testing.T) {
	tests := []struct {
		name, body string
		absent     []string // no actor may have these names
		present    []string // these actors must be found
	}{
		{"data joined to its unit",
			"Grey Finch leaked nearly 80GB of scans copied from Corlan Bank after talks stalled.",
			[]string{"80GB"}, []string{"Grey Finch", "Corlan Bank"}},
		{"a decimal amount of data",
			"The gang posted 1.5TB of data taken from Harlow Freight on Monday.",
			[]string{"1.5TB"}, []string{"Harlow Freight"}},
		{"megabytes from a named victim",
			"The hackers later leaked 450MB of records from Marsh Clinic.",
			[]string{"450MB"}, []string{"Marsh Clinic"}},
		{"a rupee amount",
			"Hackers demanded Rs 5 crore from Tarnvik Ports on Tuesday.",
			[]string{"Rs 5", "Rs"}, []string{"Tarnvik Ports"}},
		{"a rupee amount in brackets",
			"Grey Finch asked Corlan Bank for $3 million (roughly Rs 24 crore) in bitcoin.",
			[]string{"Rs 24", "Rs"}, []string{"Corlan Bank"}},
		{"a numbered unit stays a name",
			"Prosecutors said Unit 26165 broke into the servers of Velmora Logistics.",
			nil, []string{"Unit 26165", "Velmora Logistics"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			for _, n := range tt.absent {
				assert.Nil(t, actorByName(g, n), "got actor %q, want none in %v", n, names(g))
			}
			for _, n := range tt.present {
				assert.NotNil(t, actorByName(g, n), "got no actor %q, want one in %v", n, names(g))
			}
		})
	}
}
