package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestCourtRuling checks that a court ruling on what a party put to it (an appeal, a request,
// a conviction; courtRuling) is one legal step of the court against the defendant, never a
// denial, and that the state whose request is granted is not its target. A body that is no
// court rejecting a request is left alone.
func TestCourtRuling(t *testing.T) {
	const lead = "Halvar Quist was arrested in Tallinn in May. "
	tests := []struct {
		name, body    string
		agent, target string // the legal step's doer and target; "" agent: no legal step of a court
		legal         int    // legal events in the second sentence
	}{
		{"rejected his appeal", lead + "The Supreme Court rejected his appeal in March.", "supreme-court", "halvar-quist", 1},
		{"possessor named", lead + "Estonia's Supreme Court dismissed Quist's last appeal on Friday.", "estonias-supreme-court", "halvar-quist", 1},
		{"upheld a conviction", lead + "The Court of Appeal upheld his conviction on Monday.", "court-of-appeal", "halvar-quist", 1},
		{"granted a state's request", lead + "In June, the Harju County Court granted the request of Finland.", "harju-county-court", "halvar-quist", 1},
		{"passive by a court", lead + "His appeal was rejected by the Supreme Court in March.", "supreme-court", "halvar-quist", 1},
		{"no court", lead + "The Interior Ministry rejected the request in March.", "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			second := 0
			for _, e := range g.Events {
				if e.Type == schema.EventLegal && len(e.Evidence) > 0 && e.Evidence[0].Sentence == 1 {
					second++
				}
			}
			assert.Equal(t, tt.legal, second, "got %s, want %d legal steps in the second sentence", eventsString(g), tt.legal)
			if tt.agent != "" {
				assert.NotNil(t, findEvent(g, schema.EventLegal, tt.agent, tt.target), "got %s, want legal by %s against %s", eventsString(g), tt.agent, tt.target)
				assert.Zero(t, countEventsWith(g, schema.EventDenial, tt.agent, schema.RoleAgent), "got %s, want no denial by %s", eventsString(g), tt.agent)
			}
		})
	}
}
