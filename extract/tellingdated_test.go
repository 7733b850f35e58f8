package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAccusationDatedByTelling checks that an undated accusation a speaker reports as its own
// ("X said in April that it had traced the attack to Y") takes the day of the telling that
// makes it known, "that" or not, while one with a time of its own keeps it.
func TestAccusationDatedByTelling(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string
		want          string // the accusation's time value
	}{
		{"traced, said in a month that", "The Delmar Police said in April that it had traced the hospital attack to Brass Owl.",
			"delmar-police", "brass-owl", "2025-04"},
		{"linked, said on a day that", "Investigators at Kestrel Labs said on Monday that they had linked the outage to Brass Owl.",
			"kestrel-labs", "brass-owl", "2025-11-17"},
		{"attributed, said in a month that", "The Orlen Cyber Office said in July that it had attributed the break-in to Brass Owl.",
			"orlen-cyber-office", "brass-owl", "2025-07"},
		{"blamed, said on a day that", "The Orlen Cyber Office said on Monday that it had blamed Brass Owl for the outage.",
			"orlen-cyber-office", "brass-owl", "2025-11-17"},
		{"no that", "The Orlen Cyber Office said on Monday it had blamed the outage on Brass Owl.",
			"orlen-cyber-office", "brass-owl", "2025-11-17"},
		{"a fronted month", "In April, the Delmar Police said it had traced the intrusion to Brass Owl.",
			"delmar-police", "brass-owl", "2025-04"},
		{"a time of its own", "The Orlen Cyber Office said on Monday that it had first linked the outage to Brass Owl in 2023.",
			"orlen-cyber-office", "brass-owl", "2023"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			e := findEvent(g, schema.EventAccusation, tt.agent, tt.target)
			require.NotNil(t, e, "got %s, want an accusation by %s of %s", eventsString(g), tt.agent, tt.target)
			assert.Equal(t, tt.want, e.Time.Value, "got %s, want the accusation dated %q", eventsString(g), tt.want)
		})
	}
}
