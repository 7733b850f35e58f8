package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/require"
)

// TestClassifiedByAgent checks that a report published "by" a name after a classifier of up to
// three common nouns ("by threat intelligence firm X", "by the security research firm X")
// takes the name as its author, and keeps the day of its own participle.
func TestClassifiedByAgent(t *testing.T) {
	tests := []struct {
		name, body, time string
	}{
		{"one classifier noun", "Hackers broke into the Harl port, according to a report released on Tuesday by security firm Corvid Labs.", "2024-03-12"},
		{"three classifier nouns", "Hackers broke into the Harl port, according to a report released on Tuesday by threat intelligence firm Corvid Labs.", "2024-03-12"},
		{"three classifier nouns after an article", "Hackers broke into the Harl port, according to a report published on Monday by the security research firm Corvid Labs.", "2024-03-11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-03-15", tt.body)
			ev := findEvent(g, schema.EventReport, "corvid-labs", "")
			require.NotNil(t, ev, "got %s, want a report by corvid-labs", eventsString(g))
			require.Equal(t, tt.time, ev.Time.Value, "time of %s", eventsString(g))
		})
	}
}
