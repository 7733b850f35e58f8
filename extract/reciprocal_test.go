package extract

import (
	"strings"
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestReciprocalAccusation checks that an accusation with a reciprocal object ("accused each
// other", "accused the other of", "blamed one another") builds no event, since its accusers are
// its accused, while an accusation of another party beside it stands (dropReciprocal).
func TestReciprocalAccusation(t *testing.T) {
	tests := []struct {
		name, body string
		want       int // accusations built
	}{
		{"each other in a clause after an attribution", "The Orlen Cyber Office said on Monday that it had traced the attack to Brass Owl, in a feud where both sides have accused each other of sabotage.", 1},
		{"each and the other in a relative clause", "The Delmar Police said in April that it had traced the intrusion to Brass Owl, one of many incidents in which each country has accused the other of hacking.", 1},
		{"the other of, alone", "Each side has accused the other of hacking its power grid.", 0},
		{"one another", "Karvia and Norland blamed one another for the outage at Orbis Freight on Monday.", 0},
		{"a party named", "Norland accused Karvia of hacking the power grid of Orbis Freight.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.Equal(t, tt.want, countEvents(g, schema.EventAccusation), "got %s, want %d accusations", eventsString(g), tt.want)
		})
	}
}

// TestReciprocalObject checks which words after a verb make a reciprocal object.
func TestReciprocalObject(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		want  bool
	}{
		{"each other", []string{"accused", "each", "other", "of"}, true},
		{"one another", []string{"blamed", "one", "another", "."}, true},
		{"the other of", []string{"accused", "the", "other", "of"}, true},
		{"the other at the end", []string{"accused", "the", "other", "."}, true},
		{"the other and a noun", []string{"accused", "the", "other", "company"}, false},
		{"a name", []string{"accused", "Karvia", "of", "spying"}, false},
	}
	tags := map[string]string{"accused": "VBD", "blamed": "VBD", "of": "IN", ".": ".", "each": "DT", "other": "JJ", "one": "CD", "another": "DT", "the": "DT", "company": "NN", "Karvia": "NNP", "spying": "VBG"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := make([]token, len(tt.words))
			for i, w := range tt.words {
				toks[i] = token{Text: w, Lower: strings.ToLower(w), Tag: tags[w]}
			}
			assert.Equal(t, tt.want, reciprocalObject(toks, 0), "got %v, want %v", !tt.want, tt.want)
		})
	}
}
