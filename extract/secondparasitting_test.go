package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestSecondParagraphSitting checks that a court's sitting told with its day in the paragraph
// after a lead that names none ("A city court on Tuesday remanded them in custody") is the
// occasion what counsel told the court paragraphs later is dated to, and that a sitting given
// only a month there, or none, leaves it undated.
func TestSecondParagraphSitting(t *testing.T) {
	const published = "2024-05-10"
	const lead = "Police in Orsby have detained two students accused of renting out a phishing kit that emptied accounts at a credit union, the force said on Thursday.\n\n"
	const rest = "\n\nThe kit went on sale on March 2 and was used against 300 members. On March 20, the credit union froze online banking.\n\nTheir solicitor, Ines Varga, told the court that the students had written the code for a class project."
	tests := []timeCase{
		{"a court with its day as subject", published,
			lead + "The pair were arrested at their flat on Monday. A city court on Tuesday remanded them in custody." + rest,
			schema.EventStatement, "ines-varga", "", "2024-05-07"},
		{"a judge with its day as subject", published,
			lead + "A county judge on Tuesday refused both students bail." + rest,
			schema.EventStatement, "ines-varga", "", "2024-05-07"},
		{"a detention dated to a month gives no sitting", published,
			lead + "The pair were held in April after a bank flagged the transfers." + rest,
			schema.EventStatement, "ines-varga", "", ""},
		{"an older case's sitting is another case's", published,
			lead + "In a similar case last year, a district court on Friday, March 8, jailed a Kestrel man for two years." + rest,
			schema.EventStatement, "ines-varga", "", ""},
	}
	checkTimes(t, tests, false)
}
