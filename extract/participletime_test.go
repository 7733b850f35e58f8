package extract

import "testing"

// TestParticipleClauseTime checks that a step told by a participle that "after", "before" or a
// comma and "having" open ("was sentenced on Friday after pleading guilty in January") takes
// the time of its own clause before the main clause's, that the main clause's step takes not
// the participle clause's time, and that a participle no step is leaves the time to the step
// before it.
func TestParticipleClauseTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"after pleading guilty: the plea's own month", "2025-11-20",
			"Dario Velt was sentenced on Friday after pleading guilty in January to fraud.",
			"legal", "dario-velt", "", "2025-01"},
		{"after pleading guilty: the sentence keeps its day", "2025-11-20",
			"Dario Velt was sentenced on Friday after pleading guilty in January to fraud.",
			"legal", "", "dario-velt", "2025-11-14"},
		{"having pleaded after a comma", "2025-11-20",
			"Dario Velt was sentenced on Friday, having pleaded guilty in January to fraud.",
			"legal", "dario-velt", "", "2025-01"},
		{"after admitting charges", "2025-11-20",
			"Dario Velt was jailed on Monday after admitting two counts of fraud in June.",
			"legal", "dario-velt", "", "2025-06"},
		{"the main step takes not the participle's month", "2025-11-20",
			"Dario Velt was sentenced after pleading guilty in January.",
			"legal", "", "dario-velt", ""},
		{"before a later step: each its day", "2025-11-20",
			"Police in Harlow detained Dario Velt on Monday before charging him with fraud on Wednesday.",
			"legal", "police-in-harlow", "dario-velt", "2025-11-17"},
		{"a participle no step is leaves the time to the step", "2025-11-20",
			"Dario Velt fought extradition for nine months before being flown to Tarvo in May 2024.",
			"legal", "", "dario-velt", "2024-05"},
	}, true)
}
