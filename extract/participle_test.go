package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestParticipleOpener checks which subordinator opens the participle clause of a trigger, and
// that "since" read as an adverb inside a perfect ("had since stolen") opens none.
func TestParticipleOpener(t *testing.T) {
	tests := []struct {
		name    string
		words   string // word/TAG pairs
		trigger int
		want    int
	}{
		{"after a participle", "sentenced/VBN after/IN pleading/VBG guilty/JJ", 2, 1},
		{"before being", "arrested/VBN before/IN being/VBG extradited/VBN", 3, 1},
		{"comma having", "sentenced/VBN ,/, having/VBG pleaded/VBN guilty/JJ", 3, 2},
		{"since as a subordinator", "silent/JJ since/IN leaking/VBG files/NNS", 2, 1},
		{"since as an adverb in a perfect", "hackers/NNS had/VBD since/RB stolen/VBN files/NNS", 3, -1},
		{"finite verb", "hackers/NNS stole/VBD files/NNS", 1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var toks []token
			for _, wt := range strings.Fields(tt.words) {
				w, tag, _ := strings.Cut(wt, "/")
				toks = append(toks, token{Text: w, Lower: strings.ToLower(w), Tag: tag})
			}
			assert.Equal(t, tt.want, participleOpener(toks, tt.trigger))
		})
	}
}
