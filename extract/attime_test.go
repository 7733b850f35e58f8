package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestObjectOnly checks objectOnly on tagged tokens: only a short noun phrase between a verb
// and "at the time" is the verb's object.
func TestObjectOnly(t *testing.T) {
	tests := []struct {
		name, text string
		v, at      int
		want       bool
	}{
		{"a determiner and a noun", "Karsovia/NNP rejected/VBD the/DT claim/NN at/IN the/DT time/NN ./.", 1, 4, true},
		{"a possessive and an adjective", "Karsovia/NNP denied/VBD the/DT firm/NN 's/POS earlier/JJR claims/NNS at/IN the/DT time/NN", 1, 7, true},
		{"right after the verb", "Karsovia/NNP said/VBD at/IN the/DT time/NN", 1, 2, false},
		{"a clause the verb reports", "Ana/NNP said/VBD the/DT bank/NN was/VBD careless/JJ at/IN the/DT time/NN", 1, 6, false},
		{"no noun", "Karsovia/NNP denied/VBD it/PRP at/IN the/DT time/NN", 1, 3, false},
		{"too long a phrase", "Karsovia/NNP denied/VBD the/DT many/JJ old/JJ and/CC new/JJ claims/NNS of/IN fraud/NN at/IN the/DT time/NN", 1, 10, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := objectOnly(taggedToks(tt.text), tt.v, tt.at)
			assert.Equal(t, tt.want, got, "got %v, want %v", got, tt.want)
		})
	}
}
