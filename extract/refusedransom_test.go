package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// leakCase is a body and whether it tells a leak by agent of target's data.
type leakCase struct {
	name, body    string
	agent, target string
	want          bool
}

// runLeakCases runs each case as a subtest, extracting its body on a fixed date.
func runLeakCases(t *testing.T, tests []leakCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-06-10", tt.body)
			got := hasEvent(g, schema.EventLeak, tt.agent, tt.target)
			assert.Equal(t, tt.want, got, "leak(%q, %q) in %q: got %v, want %v", tt.agent, tt.target, tt.body, got, tt.want)
		})
	}
}

// TestLeakedAmount checks that a hedged quantity of data put out ("about 90 gigabytes of
// stolen files") is read as a leak, as the bare quantity is, and that a firm putting out a
// quantity of its own data leaks nothing.
func TestLeakedAmount(t *testing.T) {
	tests := []leakCase{
		{"about N gigabytes of stolen files",
			"Ash Spider hit Harrow Bank in May. In June, Ash Spider published about 90 gigabytes of stolen files on its leak site.",
			"Ash Spider", "Harrow Bank", true},
		{"roughly N gigabytes of patient files",
			"Ash Spider hit Harrow Clinic in May. In June, Ash Spider released roughly 70 gigabytes of patient files.",
			"Ash Spider", "Harrow Clinic", true},
		{"a firm publishes a quantity of its own data",
			"Nimbus Systems, a security firm, published about 90 gigabytes of telemetry on Monday.",
			"Nimbus Systems", "", false},
	}
	runLeakCases(t, tests)
}

// TestRefusedRansomVictim checks that the one who would not pay a ransom is the victim of what
// the gang does next: a refused payment told before ("X did not pay the $2 million the attackers
// demanded"), or a refusal in the leak's own sentence by name or by a definite description the
// victim's name ends in ("when the board refused to pay"); a stance against paying ("does not
// support paying a ransom") names no victim.
func TestRefusedRansomVictim(t *testing.T) {
	tests := []leakCase{
		{"did not pay, told before",
			"A ransomware gang called Ash Spider struck a clinic in Dunmore in May. Its chief said Harrow Clinic did not pay the $2 million the attackers demanded. The group later published about 10,000 patient records on its leak site.",
			"Ash Spider", "Harrow Clinic", true},
		{"when the board refused to pay",
			"Dunmore Water Board said on Monday that its billing system was still down. A ransomware gang called Ash Spider claimed responsibility. When the board refused to pay, the gang published about 50 gigabytes of stolen files.",
			"Ash Spider", "Dunmore Water Board", true},
		{"a stance against paying",
			"The FBI does not support paying a ransom. A ransomware gang called Ash Spider published about 50 gigabytes of stolen files on Monday.",
			"Ash Spider", "FBI", false},
	}
	runLeakCases(t, tests)
}
