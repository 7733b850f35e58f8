package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/require"
)

// TestRebuttalPastTime checks that a speaker who says the claims are false is a denier when a
// day or an occasion stands between the verb of saying and the reported clause ("said on
// Thursday that the allegations were baseless", "said at a briefing on Wednesday that …",
// "said Monday the claims were false"), as when none does, and that the denial takes that day.
func TestRebuttalPastTime(t *testing.T) {
	tests := []struct {
		name, body, denier, day string // day "" for any time
	}{
		{"that, no time", "Zarkan's foreign ministry said that the allegations were baseless.", "zarkans-foreign-ministry", ""},
		{"on a day, that", "Zarkan's foreign ministry said on Thursday that the allegations were baseless.", "zarkans-foreign-ministry", "2025-11-20"},
		{"on a day, no that", "Zarkan's foreign ministry said on Thursday the allegations were baseless.", "zarkans-foreign-ministry", "2025-11-20"},
		{"bare day", "Zarkan's foreign ministry said Monday the claims were false.", "zarkans-foreign-ministry", "2025-11-17"},
		{"quoted label", "Zarkan's foreign ministry said on Thursday that the allegations were \"pure fabrication\".", "zarkans-foreign-ministry", "2025-11-20"},
		{"occasion and day", "Zarkan's foreign ministry said at a briefing on Wednesday that the accusations were unfounded.", "zarkans-foreign-ministry", "2025-11-19"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			ev := findEvent(g, schema.EventDenial, tt.denier, "")
			require.NotNil(t, ev, "got %s, want a denial by %s", eventsString(g), tt.denier)
			if tt.day != "" {
				require.Equal(t, tt.day, ev.Time.Value, "got %s, want the denial on %s", eventsString(g), tt.day)
			}
		})
	}
}
