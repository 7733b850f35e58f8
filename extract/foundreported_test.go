package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/intelgraph/intelgraph/schema"
)

// TestFoundAndReported checks that an incident found and then "reported it to X" is a notice to
// X (a warning), as "reported the breach to X" is, while a flaw found and reported, or a
// pronoun with no finding before it, stays a report made to X.
func TestFoundAndReported(t *testing.T) {
	tests := []struct {
		name, body string
		want       schema.EventType
	}{
		{"intrusion detected, then reported",
			"Corvel Freight detected the intrusion in March and reported it to the Tessaly Cyber Office.", schema.EventWarning},
		{"traffic noticed, then reported",
			"Corvel Freight noticed odd traffic from its billing server and reported it to the Tessaly Cyber Office.", schema.EventWarning},
		{"activity spotted, then reported, plural pronoun",
			"Corvel Freight spotted two rogue logins and reported them to the Tessaly Cyber Office.", schema.EventWarning},
		{"a flaw found stays a report",
			"Marlow Research discovered the vulnerability and reported it to the Tessaly Cyber Office.", schema.EventReport},
		{"no finding before the pronoun",
			"Corvel Freight said the outage was serious and reported it to the Tessaly Cyber Office.", schema.EventReport},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-02", tt.body)
			e := findEvent(g, tt.want, "", "tessaly-cyber-office")
			assert.NotNil(t, e, "got %s, want a %s told to tessaly-cyber-office", eventsString(g), tt.want)
		})
	}
}
