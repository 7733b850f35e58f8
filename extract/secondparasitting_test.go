package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestSecondParagraphSitting checks that a court's sitting told with its day in the paragraph
// after a lead that names none ("A local court on Wednesday remanded them in custody") is the
// occasion what counsel told the court paragraphs later is dated to, and that a sitting given
// only a month there, or none, leaves it undated.
func TestSecondParagraphSitting(t *testing.T) {
	const published = "2024-05-10"
	const lead = "Police in Tarvik have arrested two men for selling stolen logins used in a ransomware attack on a port, officials said on Thursday.\n\n"
	const rest = "\n\nThe attack began on April 9 and halted the port for two days. On April 14, the gang demanded $3 million.\n\nTheir lawyer, Tomas Kell, told the court that his clients had been framed."
	tests := []timeCase{
		{"a court with its day as subject", published,
			lead + "The accused were picked up on Tuesday. A local court on Wednesday remanded them in police custody." + rest,
			schema.EventStatement, "tomas-kell", "", "2024-05-08"},
		{"a judge with its day as subject", published,
			lead + "A district judge on Wednesday ordered both men held without bail." + rest,
			schema.EventStatement, "tomas-kell", "", "2024-05-08"},
		{"a detention dated to a month gives no sitting", published,
			lead + "The men were detained in April after a long inquiry." + rest,
			schema.EventStatement, "tomas-kell", "", ""},
		{"an older case's sitting is another case's", published,
			lead + "In a similar case last year, a local court on Monday, March 6, jailed a Kestrel man for two years." + rest,
			schema.EventStatement, "tomas-kell", "", ""},
	}
	checkTimes(t, tests, false)
}
