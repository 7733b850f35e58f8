package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestClosingDescriptionTime checks closingDescription on tagged tokens: a description after a
// closing name holds its own time, but a time that is itself the phrase after the comma (",
// the following morning") describes nothing.
func TestClosingDescriptionTime(t *testing.T) {
	tests := []struct {
		name, text string
		t          int
		want       int
	}{
		{"a description with a year", "Corvel/NNP blamed/VBD Grey/NNP Lynx/NNP ,/, a/DT group/NN it/PRP has/VBZ tracked/VBN since/IN 2020/CD ./.", 11, 4},
		{"the phrase is the time", "The/DT bank/NN notified/VBD the/DT agency/NN ,/, known/VBN as/IN NCA/NNP ,/, the/DT following/JJ morning/NN ./.", 10, -1},
		{"a count is the time", "Corvel/NNP warned/VBD the/DT ministry/NN ,/, known/VBN as/IN EMIN/NNP ,/, a/DT day/NN later/RB ./.", 9, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := closingDescription(taggedToks(tt.text), tt.t)
			assert.Equal(t, tt.want, got, "got %d, want %d", got, tt.want)
		})
	}
}

// TestCommaSetTime checks that a relative time set off by a comma after a name's description
// ("notified the agency, known as NCA, the following morning") dates the verb before it.
func TestCommaSetTime(t *testing.T) {
	const published = "2025-11-20"
	tests := []lemmaTime{
		{"the following morning", "Hackers broke into the network of Velmont Bank on Sunday, Nov. 9. The bank notified the National Cyber Agency, known by its initials NCA, the following morning.", "notify", "2025-11-10"},
		{"the next day", "Hackers broke into the network of Velmont Bank on Sunday, Nov. 9. The bank notified the National Cyber Agency, known as NCA, the next day.", "notify", "2025-11-10"},
		{"a day later", "On October 14, intruders stole payroll records from Corvel Utilities. Corvel warned the Energy Ministry, known as EMIN, a day later.", "warn", "2025-10-15"},
		{"a step of law", "On October 14, intruders stole payroll records from Corvel Utilities. Prosecutors charged Mark Ivers, the following week.", "charge", "2025-10"},
	}
	checkLemmaTimes(t, published, 1, tests)
}
