package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestRefusedRansomVictim checks that the one who would not pay a ransom is the victim of what
// the gang does next: a refused payment told before ("X did not pay the $2 million the attackers
// demanded"); a stance against paying ("does not support paying a ransom") names no victim.
func TestRefusedRansomVictim(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string
		want          bool
	}{
		{"did not pay, told before",
			"A ransomware gang called Ash Spider struck a clinic in Dunmore in May. Its chief said Harrow Clinic did not pay the $2 million the attackers demanded. The group later published 10,000 patient records on its leak site.",
			"Ash Spider", "Harrow Clinic", true},
		{"a stance against paying",
			"The FBI does not support paying a ransom. A ransomware gang called Ash Spider published 50 gigabytes of stolen files on Monday.",
			"Ash Spider", "FBI", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-06-10", tt.body)
			got := hasEvent(g, schema.EventLeak, tt.agent, tt.target)
			assert.Equal(t, tt.want, got, "leak(%q, %q) in %q: got %v, want %v", tt.agent, tt.target, tt.body, got, tt.want)
		})
	}
}
