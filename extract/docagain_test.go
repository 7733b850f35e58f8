package extract

import (
	"strings"
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestDocumentNamedAgain checks issuedDays for a document whose issue a passive relative clause
// on its noun dates (relativeIssue) and that is named again, with its issuer's name, far on in
// the story (issuerNamed): the telling it is named again by takes the day of issue. A bare
// "the report" that far on may be another one, and a clause that gives only a month gives no
// day of issue.
func TestDocumentNamedAgain(t *testing.T) {
	filler := strings.Repeat("Norland has about five million people and a small navy. ", 12)
	issued := "The figures come from the annual report of the Norland Cyber Office (NCO), which was laid before the legislature on Tuesday. "
	tests := []timeCase{
		{"the issuer's report named again takes the day of issue", "2026-04-17",
			issued + filler + "The NCO report also noted a rise in phishing campaigns against hospitals.",
			schema.EventReport, "norland-cyber-office", "", "2026-04-14"},
		{"the issuer's possessive names it too", "2026-04-17",
			issued + filler + "The Norland Cyber Office's report also noted a rise in phishing campaigns against hospitals.",
			schema.EventReport, "norland-cyber-office", "", "2026-04-14"},
		{"a report named again without its issuer's name that far on may be another", "2026-04-17",
			issued + filler + "The Norland Cyber Office briefed hospitals. Its report also noted a rise in phishing campaigns against hospitals.",
			schema.EventReport, "norland-cyber-office", "", ""},
		{"a clause giving only a month gives no day of issue", "2026-04-17",
			"The figures come from the annual report of the Norland Cyber Office (NCO), which was laid before the legislature in March. " + filler +
				"The NCO report also noted a rise in phishing campaigns against hospitals.",
			schema.EventReport, "norland-cyber-office", "", ""},
	}
	checkTimes(t, tests, false)
}
