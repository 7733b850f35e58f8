package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNounPassivePerfect checks that a noun is the subject of a passive in the perfect as in
// the simple past ("lawsuits have been filed"), and not of an active perfect.
func TestNounPassivePerfect(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"simple past", "lawsuit/NN was/VBD filed/VBN against/IN", true},
		{"present perfect plural", "suits/NNS have/VBP been/VBN brought/VBN against/IN", true},
		{"present perfect singular", "complaint/NN has/VBZ been/VBN lodged/VBN against/IN", true},
		{"past perfect", "charges/NNS had/VBD been/VBN laid/VBN against/IN", true},
		{"active perfect", "lawsuit/NN has/VBZ named/VBN the/DT", false},
		{"been before no participle", "lawsuit/NN has/VBZ been/VBN pending/JJ", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, nounPassive(taggedToks(tt.text), 0), "nounPassive(%q)", tt.text)
		})
	}
}

// TestPerfectPassiveSuit checks that a lawsuit told in the perfect passive is brought against
// the one after "against", as one told in the simple past is.
func TestPerfectPassiveSuit(t *testing.T) {
	tests := []struct {
		name, body, target string
	}{
		{"present perfect, plural", "Two class actions have been filed against Vantrel Software in federal court.", "vantrel-software"},
		{"present perfect, singular", "A lawsuit has been filed against Harrow Bank in Dunmore.", "harrow-bank"},
		{"simple past", "A lawsuit was filed against Harrow Bank in Dunmore.", "harrow-bank"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-05-10", tt.body)
			ev := findEvent(g, schema.EventLegal, "", tt.target)
			require.NotNil(t, ev, "got %s, want legal → %s", eventsString(g), tt.target)
		})
	}
}
