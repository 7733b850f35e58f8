package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestPartitiveAccused checks that an accusation whose accused is one part of a named whole
// ("attributed the attack to one of the Brass Owl groups", "linked it to two of Karvia's
// units") accuses the whole, after "to" of attributing, linking and tracing, and after "the
// hallmarks of" or "the work of" (partitiveOf).
func TestPartitiveAccused(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string
	}{
		{"attributed to one of the groups", "Ada Morn attributed the attack to one of the Magecart groups.", "ada-morn", "magecart"},
		{"attributed in a relative clause", "Ada Morn said the code overlaps with earlier attacks she has attributed to one of the Brass Owl groups.", "ada-morn", "brass-owl"},
		{"linked to one of", "Kestrel Labs linked the break-in to one of the Brass Owl groups.", "kestrel-labs", "brass-owl"},
		{"traced to one of the crews", "Kestrel Labs traced the break-in to one of the Brass Owl crews.", "kestrel-labs", "brass-owl"},
		{"the work of one of", "Kestrel Labs said the break-in was the work of one of the Brass Owl groups.", "kestrel-labs", "brass-owl"},
		{"the hallmarks of one of", "Kestrel Labs said the theft bore the hallmarks of one of the Brass Owl crews.", "kestrel-labs", "brass-owl"},
		{"a number of a state's units", "Kestrel Labs attributed the thefts to two of Karvia's intelligence units.", "kestrel-labs", "karvia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventAccusation, tt.agent, tt.target), "got %s, want an accusation by %s of %s", eventsString(g), tt.agent, tt.target)
		})
	}
}

// TestPartitiveOf checks where partitiveOf puts the whole a part is of.
func TestPartitiveOf(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		tags  []string
		want  int
	}{
		{"one of the", []string{"one", "of", "the", "groups"}, []string{"CD", "IN", "DT", "NNS"}, 2},
		{"a number", []string{"two", "of", "its", "units"}, []string{"CD", "IN", "PRP$", "NNS"}, 2},
		{"a quantifier", []string{"some", "of", "the", "crews"}, []string{"DT", "IN", "DT", "NNS"}, 2},
		{"no of", []string{"the", "groups", "of", "Karvia"}, []string{"DT", "NNS", "IN", "NNP"}, 0},
		{"a name", []string{"Brass", "Owl"}, []string{"NNP", "NNP"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := make([]token, len(tt.words))
			for i, w := range tt.words {
				toks[i] = token{Text: w, Lower: w, Tag: tt.tags[i]}
			}
			assert.Equal(t, tt.want, partitiveOf(toks, 0), "got %d, want %d", partitiveOf(toks, 0), tt.want)
		})
	}
}
