package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTracesOf checks tracesOf on tagged tokens, the deed noun last: traces denied by "no" and
// indicators of a bare deed noun name no deed; traces found of a deed, or indicators of one
// deed with a determiner, keep it.
func TestTracesOf(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"no evidence of", "the/DT office/NN found/VBD no/DT evidence/NN of/IN compromise/NN", true},
		{"no signs of a", "it/PRP saw/VBD no/DT signs/NNS of/IN a/DT breach/NN", true},
		{"no trace of modified", "there/EX was/VBD no/DT trace/NN of/IN further/JJ data/NN theft/NN", true},
		{"indicators of", "the/DT firm/NN shared/VBD indicators/NNS of/IN compromise/NN", true},
		{"indicators of hyphenated", "Nimbus/NNP posted/VBD indicators/NNS of/IN state-backed/JJ intrusion/NN", true},
		{"evidence found", "the/DT office/NN found/VBD evidence/NN of/IN a/DT breach/NN", false},
		{"signs found", "analysts/NNS spotted/VBD signs/NNS of/IN intrusion/NN", false},
		{"indicators of one deed", "it/PRP listed/VBD indicators/NNS of/IN the/DT intrusion/NN", false},
		{"a kind noun", "it/PRP opposes/VBZ all/DT forms/NNS of/IN espionage/NN", false},
		{"no trace noun", "the/DT theft/NN of/IN data/NN", false},
		{"a verb between", "it/PRP cited/VBD no/DT evidence/NN and/CC blamed/VBD the/DT theft/NN", false},
	}
	x, err := New()
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := taggedToks(tt.text)
			got := x.tracesOf(toks, len(toks)-1)
			assert.Equal(t, tt.want, got, "tracesOf(%q): got %v, want %v", tt.text, got, tt.want)
		})
	}
}
