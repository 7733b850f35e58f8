package extract

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOwnOutletNotInformed checks that a source speaking to the outlet that publishes the
// article ("told The Harbour Ledger", "a copy shared with The Harbour Ledger", in that paper's
// own story) informs no one, while the same words with another outlet, and the other tellings
// of the story, still give their told pairs.
func TestOwnOutletNotInformed(t *testing.T) {
	tests := []struct {
		name, outlet, body string
		want, not          []string
	}{
		{"told the own paper", "The Harbour Ledger", "Lena Okafor told The Harbour Ledger that the logs were gone. Morrow Energy notified the Dorsey Bureau on Monday.",
			[]string{"morrow-energy → dorsey-bureau"}, []string{"lena-okafor → harbour-ledger", "lena-okafor → the-harbour-ledger"}},
		{"own paper named without The", "Harbour Ledger", "Morrow Energy told The Harbour Ledger that it had alerted the Dorsey Bureau.",
			[]string{"morrow-energy → dorsey-bureau"}, []string{"morrow-energy → harbour-ledger", "morrow-energy → the-harbour-ledger"}},
		{"another outlet still told", "The Harbour Ledger", "Lena Okafor told CyberScoop the logs were gone.",
			[]string{"lena-okafor → cyberscoop"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := mustExtractor(t).Extract(context.Background(), &Article{ID: "t", Published: "2025-11-20", Outlet: tt.outlet, Body: tt.body})
			require.NoError(t, err)
			got := informedPairs(r.Graph)
			for _, w := range tt.want {
				assert.Contains(t, got, w, eventsString(r.Graph))
			}
			for _, w := range tt.not {
				assert.NotContains(t, got, w, eventsString(r.Graph))
			}
		})
	}
}
