package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// taggedToks turns "word/TAG" fields into tokens, for tests of helpers that read only the
// words and their tags.
func taggedToks(s string) []token {
	var toks []token
	for _, f := range strings.Fields(s) {
		w, tag, _ := strings.Cut(f, "/")
		toks = append(toks, token{Text: w, Lower: strings.ToLower(w), Tag: tag})
	}
	return toks
}

// TestPerfectTests pins where the two present-perfect tests agree and where they differ: the
// participle is always the last token.
func TestPerfectTests(t *testing.T) {
	tests := []struct {
		name        string
		text        string
		perfectForm bool
		present     bool
	}{
		{"no adverb", "CISA/NNP has/VBZ warned/VBN", true, true},
		{"have", "They/PRP have/VBP warned/VBN", true, true},
		{"one adverb", "CISA/NNP has/VBZ publicly/RB attributed/VBN", true, true},
		{"two adverbs", "CISA/NNP has/VBZ not/RB yet/RB warned/VBN", true, false},
		{"comparative adverb", "CISA/NNP has/VBZ more/RBR warned/VBN", true, false},
		{"three adverbs", "It/PRP has/VBZ not/RB yet/RB publicly/RB warned/VBN", false, false},
		{"simple past", "CISA/NNP warned/VBD", false, false},
		{"passive", "It/PRP was/VBD warned/VBN", false, false},
		{"participle first", "Warned/VBN", false, false},
		{"adverb opens", "Publicly/RB attributed/VBN", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := taggedToks(tt.text)
			i := len(toks) - 1
			assert.Equal(t, tt.perfectForm, perfectForm(toks, i), "perfectForm(%q)", tt.text)
			assert.Equal(t, tt.present, presentPerfect(toks, i), "presentPerfect(%q)", tt.text)
		})
	}
}
