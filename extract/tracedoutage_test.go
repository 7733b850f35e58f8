package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestTracedOutage checks that tracing a deed's tool or effect (cue attacktool: an outage, a
// wiper) to someone accuses them as tracing the deed does (tracedTo), in the active, after a
// verb of saying and in the passive, while tracing money or a fault names no one.
func TestTracedOutage(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string
		want          bool
	}{
		{"traced the outage", "Kestrel Labs traced the outage to Sandworm.", "kestrel-labs", "sandworm", true},
		{"said it had traced the outage", "Kestrel Labs said it had traced the outage to Sandworm.", "kestrel-labs", "sandworm", true},
		{"traced the wiper", "Kestrel Labs said on Monday that it traced the wiper to Brass Owl.", "kestrel-labs", "brass-owl", true},
		{"traced the payments", "Kestrel Labs traced the payments to Brass Owl.", "kestrel-labs", "brass-owl", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			got := findEvent(g, schema.EventAccusation, tt.agent, tt.target) != nil
			assert.Equal(t, tt.want, got, "got %s, want an accusation by %s of %s: %v", eventsString(g), tt.agent, tt.target, tt.want)
		})
	}
}
