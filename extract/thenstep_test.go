package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestThenStep checks thenStep on tagged tokens: "then" opening a sentence or standing between
// a subject or an auxiliary and a past verb steps the main clause on; "then" after "and", a
// determiner or a preposition, before a noun, or after a modal does not.
func TestThenStep(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"after the subject", "The/DT firm/NN then/RB alerted/VBD police/NNS ./.", 2},
		{"after a pronoun", "It/PRP then/RB leaked/VBD the/DT files/NNS ./.", 1},
		{"in the passive", "The/DT files/NNS were/VBD then/RB sold/VBN online/RB ./.", 3},
		{"opening with a comma", "Then/RB ,/, the/DT gang/NN leaked/VBD the/DT files/NNS ./.", 0},
		{"opening before the subject", "Then/RB the/DT bank/NN alerted/VBD police/NNS ./.", 0},
		{"afterwards opening", "Afterwards/RB ,/, the/DT bank/NN alerted/VBD police/NNS ./.", 0},
		{"after that opening", "After/IN that/DT ,/, the/DT bank/NN alerted/VBD police/NNS ./.", 1},
		{"subsequently with no comma", "Subsequently/RB the/DT bank/NN alerted/VBD police/NNS ./.", -1},
		{"joined by and", "They/PRP hid/VBD and/CC then/RB struck/VBD ./.", -1},
		{"by then", "By/IN then/RB ,/, the/DT bank/NN had/VBD warned/VBN staff/NN ./.", -1},
		{"the then chief", "The/DT then/RB chief/NN alerted/VBD police/NNS ./.", -1},
		{"after a modal", "The/DT gang/NN would/MD then/RB leak/VB files/NNS ./.", -1},
		{"before a noun", "Mara/NNP Lind/NNP ,/, then/RB a/DT senior/JJ aide/NN ,/, resigned/VBD ./.", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := thenStep(taggedToks(tt.text))
			assert.Equal(t, tt.want, got, "got %d, want %d", got, tt.want)
		})
	}
}

// TestThenYear checks that a sentence with no time of its own whose main clause steps on with
// "then" takes the year of the narrative's last month or day, also across a paragraph and from
// an event dated by "the same week", and after "Afterwards,"; and that it takes nothing after a
// bare year, after "by then", in a quotation, or for a bare saying.
func TestThenYear(t *testing.T) {
	const published = "2025-11-20"
	tests := []lemmaTime{
		{"after a day", "On March 4, the Orlan gang broke into Pell Logistics. The gang then stole payroll files from the company.", "steal", "2025"},
		{"a telling after a month of another year", "In August 2023, the Kestrel group hacked Audra Foods. Then, Audra Foods alerted the Tessaly Police.", "alert", "2023"},
		{"a telling after a plural subject's deed", "In April 2024, investigators traced the attack to Velta Systems. Prosecutors then charged Tomas Brandt with fraud.", "charge", "2024"},
		{"across a paragraph", "In September 2024, the Kestrel group breached Velta Bank.\n\nVelta Bank then warned the Norland Cyber Agency.", "warn", "2024"},
		{"in the past perfect", "The Marrow gang hit Fenwick Rail in January 2022. Fenwick Rail had then notified the Tessaly Police.", "notify", "2022"},
		{"a telling after a bare year", "In 2019, the Orlan gang first attacked Tamsin Water. Tamsin Water then alerted the Tessaly Police.", "alert", ""},
		{"in a quotation", "In June 2023, hackers stole data from Brisk Freight. \"We then alerted the Tessaly Police,\" said Lena Holt, chief executive of Brisk Freight.", "say", ""},
		{"by then", "In October 2022, the Kestrel group breached Dunmore Council. By then, Dunmore Council had warned the Tessaly Police.", "warn", ""},
	}
	checkLemmaTimes(t, published, 1, tests)
	sameWeek := []lemmaTime{
		{"after a deed dated by the same week", "In March 2022, agents from the Tessaly Police contacted Halden Aero about the breach. Halden Aero shut down its servers the same week. The company then notified the Norland Defence Ministry.", "notify", "2022"},
	}
	checkLemmaTimes(t, "2022-05-19", 2, sameWeek)
	saying := []sentenceTime{
		{"a bare saying is left to its occasion", "In May 2024, the Kestrel group hacked Audra Foods. Afterwards, Audra Foods said it had restored its systems.",
			schema.EventStatement, "audra-foods", 1, ""},
	}
	checkSentenceTimes(t, published, saying)
}
