package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestChargesFiled checks that charges or complaints laid against someone, in the passive
// ("charges of fraud were filed against X", at the sentence's start too) or the active ("filed
// a criminal complaint against X"), are a legal step against X; that "the pair" or "the two men"
// after "against" stands for those the legal step before named (againstCharged); and that such a
// step naming no one, and a grievance voiced, give none.
func TestChargesFiled(t *testing.T) {
	const lead = "Officers arrested Ansel Bright and Corin Vale in Dunmore on Monday.\n\n"
	tests := []struct {
		name, body string
		targets    []string // each a target of a legal step in the body's last sentence; nil: no legal step there
	}{
		{"passive, charge phrase", "Charges of computer fraud were filed against Ansel Bright on Tuesday.", []string{"ansel-bright"}},
		{"active complaint", "Prosecutors in Dunmore filed a criminal complaint against Ansel Bright on Tuesday.", []string{"ansel-bright"}},
		{"against the pair", lead + "Complaints were filed against the pair on Tuesday.", []string{"ansel-bright", "corin-vale"}},
		{"against the two men, long charge phrase", lead + "Complaints for illegal access under the Penal Code were filed against the two men on Tuesday.", []string{"ansel-bright", "corin-vale"}},
		{"the pair, no one before", "Complaints were filed against the pair on Tuesday.", nil},
		{"a grievance", "Customers' complaints about the outage grew on Tuesday.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			last := 0
			if len(tt.body) > len(lead) && tt.body[:len(lead)] == lead {
				last = 1
			}
			var got []string
			steps := 0
			for _, e := range g.Events {
				if e.Type != schema.EventLegal || len(e.Evidence) == 0 || e.Evidence[0].Sentence != last {
					continue
				}
				steps++
				for _, p := range e.Participants {
					if p.Role == schema.RoleTarget {
						got = append(got, p.Actor)
					}
				}
			}
			if tt.targets == nil {
				assert.Zero(t, steps, "got %s, want no legal step in the last sentence", eventsString(g))
				return
			}
			for _, want := range tt.targets {
				assert.Contains(t, got, want, "got %s, want a legal step against %s", eventsString(g), want)
			}
		})
	}
}
