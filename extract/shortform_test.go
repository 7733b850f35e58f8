package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNamedShortForms checks that a later multi-word short form of a body's name that drops
// more than generic words ("Harbour Vale" for "Harbour Vale Community Hospital", "the Reserve
// Bank" for "the Reserve Bank of Norland") is that body, while a place's or a local
// government's name and a name modifying a noun stay apart.
func TestNamedShortForms(t *testing.T) {
	tests := []struct {
		name, body string
		part       string // a word every actor counted holds in its name or aliases
		want       int    // how many actors hold it
	}{
		{"the distinctive words of a hospital's name",
			"Ransomware shut down the records system of Harbour Vale Community Hospital on Monday. Harbour Vale said on Wednesday that it had told the Norland Cyber Agency.",
			"Vale", 1},
		{"a short form that speaks is no person",
			"Hackers stole pupil records from the Brannock Ridge Unified School District in August. Brannock Ridge said it would offer families credit monitoring.",
			"Brannock", 1},
		{"a central bank without its country",
			"Tolvin Pay told the Reserve Bank of Norland about the outage on Friday. The Reserve Bank said the payments system had stayed stable.",
			"Reserve", 1},
		{"a county is its government, not its hospital",
			"Ransomware hit Ashgrove County Regional Hospital in May. Ashgrove County said it had declared an emergency.",
			"Ashgrove", 2},
		{"after in, the place",
			"Harbour Vale Community Hospital was hit by ransomware on Monday. Police in Harbour Vale said they had opened an inquiry.",
			"Vale", 2},
		{"a short form that modifies a noun is the place",
			"Ransomware hit Harbour Vale Community Hospital on Monday. Harbour Vale residents said they had been turned away.",
			"Vale", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-05-20", tt.body)
			var got []string
			for _, a := range g.Actors {
				if strings.Contains(a.Name, tt.part) {
					got = append(got, a.Name)
				}
			}
			assert.Len(t, got, tt.want, "actors holding %q: %v", tt.part, got)
		})
	}
}

// TestPossessiveDemonymShapedShortForm checks that a one-word name shaped like a demonym is a
// short form of the body whose name it opens when it owns something ("Velorian's security
// team"), which no adjective does, and stays apart from an agency's name as a plain modifier.
func TestPossessiveDemonymShapedShortForm(t *testing.T) {
	tests := []struct {
		name, body string
		actor      string // the actor that must have the short form's mention
		short      string
		want       bool
	}{
		{"a possessive is a noun, the firm's short form",
			"Hackers stole files from Velorian Payroll Services in June. The trouble began on June 19, when Velorian's security team noticed unusual traffic and reported it to Harlow Software.",
			"Velorian Payroll Services", "Velorian", true},
		{"an adjective before a noun is no short form",
			"Hackers broke into the Velorian Foreign Ministry in June. The trouble began on June 19, when Velorian officials noticed unusual traffic and reported it to Harlow Software.",
			"Velorian Foreign Ministry", "Velorian", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			a := actorByName(g, tt.actor)
			if !assert.NotNil(t, a, "no actor %q in %v", tt.actor, names(g)) {
				return
			}
			got := false
			for _, m := range a.Mentions {
				got = got || m.Text == tt.short
			}
			assert.Equal(t, tt.want, got, "mentions of %s: %v", a.Name, a.Mentions)
		})
	}
}
