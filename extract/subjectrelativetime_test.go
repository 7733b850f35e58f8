package extract

import "testing"

// TestSubjectRelativeNotVerbTime checks that a time in a relative clause or a description set
// off by commas on the subject is not the time of the verb after it (verbTimed), so a deed noun
// the verb tells of does not take the day that closes its phrase as its own: that day is the
// telling's.
func TestSubjectRelativeNotVerbTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a relative clause with a year", "2025-11-20",
			"Ash Rail, which posted record profits in 2024, announced the theft of its payroll files on Wednesday.",
			"theft", "", "ash-rail", ""},
		{"a description with a year", "2025-11-20",
			"Kemp Water, a utility founded in 1990, disclosed the breach of its billing system on Monday.",
			"intrusion", "", "kemp-water", ""},
		{"a relative clause on a plural subject", "2025-11-20",
			"Vale Mills, which reported revenue of $5 million last year, disclosed the intrusion into its network in a filing late Monday.",
			"intrusion", "", "vale-mills", ""},
		{"the telling keeps its day", "2025-11-20",
			"Ash Rail, which posted record profits in 2024, announced the theft of its payroll files on Wednesday.",
			"statement", "ash-rail", "", "2025-11-19"},
		{"a deed of its own keeps its day", "2025-11-20",
			"Vale Mills, which reported revenue of $5 million last year, was hacked on Monday.",
			"intrusion", "", "vale-mills", "2025-11-17"},
	}, true)
}
