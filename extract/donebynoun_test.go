package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDoneByNoun checks that a time after "by" dates an event named by a noun that a verb in
// the past perfect or the simple past takes as its object ("By March 19, the bank had issued a
// statement", "had issued a statement by March 19"), as it dates such a verb's own event, and
// that a noun after a form of "have" or a deadline for what is to come stays undated.
func TestDoneByNoun(t *testing.T) {
	const published = "2025-11-20"
	tests := []lemmaTime{
		{"fronted, past perfect", "Hackers broke into Velmont Bank on March 12. By March 19, the bank had issued a short statement.", "statement", "2025-03-19"},
		{"fronted, a statement saying", "Hackers broke into Velmont Bank on March 12. By March 19, the bank had issued a statement saying it was investigating.", "statement", "2025-03-19"},
		{"trailing, past perfect", "Hackers broke into Velmont Bank on March 12. The bank had issued a statement by March 19.", "statement", "2025-03-19"},
		{"fronted, a warning", "Hackers broke into Velmont Bank on March 12. By March 20, Velmont Bank had issued a warning to its customers.", "warning", "2025-03-20"},
	}
	checkLemmaTimes(t, published, 1, tests)
}

// TestNounObjectVerb checks nounObjectVerb on tagged tokens.
func TestNounObjectVerb(t *testing.T) {
	tests := []struct {
		name, text string
		i, want    int
	}{
		{"past participle", "the/DT bank/NN had/VBD issued/VBN a/DT terse/JJ statement/NN", 6, 3},
		{"simple past", "the/DT group/NN launched/VBD a/DT second/JJ attack/NN", 5, 2},
		{"a form of have", "the/DT bank/NN had/VBD a/DT statement/NN", 4, -1},
		{"a preposition between", "the/DT bank/NN issued/VBD it/PRP after/IN the/DT attack/NN", 6, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := nounObjectVerb(taggedToks(tt.text), tt.i)
			assert.Equal(t, tt.want, got, "got %d, want %d", got, tt.want)
		})
	}
}
