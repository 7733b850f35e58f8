package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestInnerRunsPlaceBased checks that a place adjective opening a run of capitalised words
// inside a sentence ("Halifax-based Vantrel Software") is no part of the run, so the name's
// first word is its short form.
func TestInnerRunsPlaceBased(t *testing.T) {
	tests := []struct {
		name, text, run string
		want            bool
	}{
		{"place adjective dropped", "It/PRP was/VBD sold/VBN by/IN Halifax-based/JJ Vantrel/NNP Software/NNP ./.", "Vantrel Software", true},
		{"run with the adjective not kept", "It/PRP was/VBD sold/VBN by/IN Halifax-based/JJ Vantrel/NNP Software/NNP ./.", "Halifax-based Vantrel Software", false},
		{"a run of two after the adjective is none", "She/PRP met/VBD a/DT Halifax-based/JJ Canadian/JJ ./.", "Canadian", false},
		{"a run of two is kept whole", "She/PRP met/VBD a/DT Halifax-based/JJ Canadian/JJ ./.", "Halifax-based Canadian", true},
		{"no place adjective", "It/PRP hit/VBD Vantrel/NNP Software/NNP ./.", "Vantrel Software", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := taggedToks(tt.text)
			off := 0
			for k := range toks {
				toks[k].Start, toks[k].End = off, off+len(toks[k].Text)
				off = toks[k].End + 1 // one space between words
			}
			runs := innerRuns([]sentence{{Toks: toks}})
			assert.Equal(t, tt.want, runs[tt.run], "got runs %v, want %q: %v", runs, tt.run, tt.want)
		})
	}
}
