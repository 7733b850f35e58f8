package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestSameDayAsClause checks that "the same day" followed by a clause of its own ("the same day
// it found the intrusion") dates what it tells by the day that clause's deed was told with
// before, not by the last day the text named; that the plain phrase still points back to that
// last day; and that a deed told before with a month only gives no day.
func TestSameDayAsClause(t *testing.T) {
	const found = "Harlow Bank said it found the intrusion on March 3.\n\nIts chief executive, Ana Brell, apologised to customers on Monday.\n\n"
	checkTimes(t, []timeCase{
		{"the day of the deed the clause names", "2026-03-20",
			found + "Harlow Bank said it warned the Norland Cyber Office the same day it found the intrusion.",
			schema.EventWarning, "harlow-bank", "norland-cyber-office", "2026-03-03"},
		{"the plain phrase points back to the last day", "2026-03-20",
			"Harlow Bank found the intrusion on March 3.\n\nIt warned the Norland Cyber Office the same day.",
			schema.EventWarning, "harlow-bank", "norland-cyber-office", "2026-03-03"},
		{"a deed told with a month gives no day", "2026-03-20",
			"Harlow Bank found the intrusion in March.\n\nIt warned the Norland Cyber Office the same day it found the intrusion.",
			schema.EventWarning, "harlow-bank", "norland-cyber-office", "2026-03"},
	}, false)
}

// TestSameDayClause checks, on tagged tokens, where the verb of the clause after "the same
// day" stands, and that the phrase closing its clause has none.
func TestSameDayClause(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"a pronoun subject", "It/PRP warned/VBD them/PRP the/DT same/JJ day/NN it/PRP found/VBD the/DT flaw/NN", 7},
		{"after 'that'", "It/PRP warned/VBD them/PRP the/DT same/JJ day/NN that/IN police/NNS arrested/VBD him/PRP", 8},
		{"a noun phrase subject", "It/PRP warned/VBD them/PRP that/DT same/JJ day/NN the/DT bank/NN 's/POS team/NN found/VBD it/PRP", 10},
		{"closing its clause", "It/PRP warned/VBD them/PRP the/DT same/JJ day/NN ./.", -1},
		{"before a comma", "It/PRP warned/VBD them/PRP the/DT same/JJ day/NN ,/, and/CC police/NNS came/VBD", -1},
		{"a verb right after is no clause", "The/DT same/JJ day/NN said/VBD nothing/NN", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, sameDayClause(taggedToks(tt.text)))
		})
	}
}
