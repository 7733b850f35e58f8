package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestConjunctWarnings checks conjunctWarnings: a warning voiced after "and" at the end of a
// speaker's telling that its own sentence dates takes that day; one with another time between
// the two verbs, or after a telling its sentence does not date, stays undated.
func TestConjunctWarnings(t *testing.T) {
	const published = "2025-11-21"
	const probe = "The FBI is investigating the theft at Lattice Bridge.\n\n"
	tests := []sentenceTime{
		{"a fronted notice's day, a list of verbs and urged", probe +
			"In a notice on Wednesday, the bureau said Velvet Crane was responsible for the theft, listed 47 addresses, and urged exchanges to block them.",
			schema.EventWarning, "federal-bureau-of-investigation", 1, "2025-11-19"},
		{"another time between keeps the warning undated", probe +
			"In a notice on Wednesday, the bureau said Velvet Crane was responsible for the theft in March, listed 47 addresses, and urged exchanges to block them.",
			schema.EventWarning, "federal-bureau-of-investigation", 1, ""},
		{"a telling its sentence does not date lends no day", "Hackers stole $40 million from Lattice Bridge last month. At the end of the week, the FBI weighed in.\n\n" +
			"In a public notice, the bureau said Velvet Crane was responsible for the theft, listed 47 addresses, and urged exchanges to block them.",
			schema.EventWarning, "federal-bureau-of-investigation", 2, ""},
	}
	checkSentenceTimes(t, published, tests)
}
