package extract

import "testing"

// TestDisclosureCameAfter checks that "The disclosure came <count> after <clause>" counts back
// from the day of the statement told before when no report is dated, and "The announcement
// came …" from a dated report's day (disclosureKin): a company's disclosure is told as a
// statement, an announcement as a report.
func TestDisclosureCameAfter(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a disclosure after a statement", "2025-11-20",
			"In a statement on Tuesday, Brackwell Dairies said intruders had taken copies of its supplier ledgers. The disclosure came two days after a crew known as Lantern Moth leaked a portion of the ledgers on a chat channel.",
			"leak", "lantern-moth", "", "2025-11-16"},
		{"a disclosure after a saying", "2025-11-20",
			"Dorn Bank said on Monday that intruders had stolen client data. The disclosure came a day after Red Vole leaked the data on its site.",
			"leak", "red-vole", "dorn-bank", "2025-11-16"},
		{"the statement keeps its day", "2025-11-20",
			"In a statement on Tuesday, Brackwell Dairies said intruders had taken copies of its supplier ledgers. The disclosure came two days after a crew known as Lantern Moth leaked a portion of the ledgers on a chat channel.",
			"statement", "brackwell-dairies", "", "2025-11-18"},
	}, true)
}
