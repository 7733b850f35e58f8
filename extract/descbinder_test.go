package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestObjectDescriptionNotSubject checks that a definite description right after its verb
// ("Copper Moth attacked the company") never names that verb's subject: the doer is not
// its own object, so the description gets no alias on the doer, and a body named before
// (the speaker) may take it.
func TestObjectDescriptionNotSubject(t *testing.T) {
	tests := []struct {
		name, body string
		doer, desc string
		victim     string // the actor the description names, "" for none
	}{
		{"lone doer", "Copper Moth attacked the company in March.", "Copper Moth", "company", ""},
		{"lone doer, two-word description", "Grey Lantern breached the exchange in May.", "Grey Lantern", "exchange", ""},
		{"present perfect", "Zorvath has breached the utility twice this year.", "Zorvath", "utility", ""},
		{"the speaker before", "Kestrel Markets said Grey Lantern breached the exchange in May.", "Grey Lantern", "exchange", "Kestrel Markets"},
		{"the hearer's speaker", "Kestrel told the BBC Grey Lantern breached the exchange.", "Grey Lantern", "exchange", "Kestrel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			doer := actorByName(g, tt.doer)
			if assert.NotNil(t, doer, "got %v, want actor %s", names(g), tt.doer) {
				assert.NotContains(t, doer.Aliases, tt.desc, "got aliases %v of %s", doer.Aliases, tt.doer)
			}
			if tt.victim != "" {
				v := actorByName(g, tt.victim)
				if assert.NotNil(t, v, "got %v, want actor %s", names(g), tt.victim) {
					assert.Contains(t, v.Aliases, tt.desc, "got aliases %v of %s", v.Aliases, tt.victim)
				}
			}
		})
	}
}

// TestJoinedVerbDescriptionTold checks that a definite description after a verb of warning
// joined by "and" to its subject's first verb ("X found the intrusion in January and informed
// the company") is not that subject: it takes up the one named before, who is told.
func TestJoinedVerbDescriptionTold(t *testing.T) {
	const before = "Hackers broke into Talvo Marine Engineering last year. "
	checkTold(t, "2025-11-20", []toldCase{
		{"found and informed", before + "Tallow Labs found the intrusion in January and informed the company.",
			[]string{"tallow-labs → talvo-marine-engineering"}, nil},
		{"traced and warned, a that clause", before + "Tallow Labs traced the servers and warned the firm that it had been breached.",
			[]string{"tallow-labs → talvo-marine-engineering"}, nil},
		{"an auxiliary", before + "Tallow Labs had spotted the traffic in March and alerted the company within hours.",
			[]string{"tallow-labs → talvo-marine-engineering"}, nil},
		{"a verb with no and keeps its subject", before + "Tallow Labs informed the company in January.",
			[]string{"tallow-labs → talvo-marine-engineering"}, nil},
	})
}
