package extract

import (
	"context"
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestToldOwnOutlet checks toldOwnOutlet: a telling whose only hearer is the outlet that
// publishes the article ("told the Harbour Sun he had …" in the Harbour Sun's story) is a
// saying to its reporter, a statement with no hearer, not a warning; a telling to another body in the same
// story stays a warning.
func TestToldOwnOutlet(t *testing.T) {
	tests := []struct {
		name, outlet, body string
		typ                schema.EventType
		agent, target      string
		want               bool
	}{
		{"a resident tells the own paper", "Harbour Sun", "Alan Brisk, a retired teacher, told the Harbour Sun he had cancelled his card.",
			schema.EventWarning, "alan-brisk", "harbour-sun", false},
		{"the saying stays a statement", "Harbour Sun", "Alan Brisk, a retired teacher, told the Harbour Sun he had cancelled his card.",
			schema.EventStatement, "alan-brisk", "", true},
		{"the statement keeps no hearer", "Harbour Sun", "Alan Brisk, a retired teacher, told the Harbour Sun he had cancelled his card.",
			schema.EventStatement, "alan-brisk", "harbour-sun", false},
		{"a dated telling to a weekly's own name", "Cyber Brief Weekly", "Ostrava Bank told Cyber Brief Weekly on Tuesday that the breach was contained.",
			schema.EventWarning, "ostrava-bank", "cyber-brief-weekly", false},
		{"a regulator told in the same story stays warned", "Harbour Sun", "Ostrava Bank notified the Marine Authority on Monday, Gina Raus told the Harbour Sun.",
			schema.EventWarning, "ostrava-bank", "marine-authority", true},
		{"the own paper and a regulator, the regulator still warned", "Harbour Sun", "Ostrava Bank warned the Harbour Sun and the Marine Authority that the files were stolen.",
			schema.EventWarning, "ostrava-bank", "marine-authority", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := mustExtractor(t).Extract(context.Background(), &Article{ID: "t", Published: "2025-11-20", Outlet: tt.outlet, Body: tt.body})
			require.NoError(t, err)
			ev := findEvent(r.Graph, tt.typ, tt.agent, tt.target)
			assert.Equal(t, tt.want, ev != nil, "got %s", eventsString(r.Graph))
		})
	}
}
