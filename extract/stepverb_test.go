package extract

import "testing"

// TestNamelessStepDeedTime checks that a time on a legal step, plea or admission whose party
// no actor names dates that step, not the deed it is for ("A former clerk pleaded guilty on
// Monday to stealing …", "Two men were arrested on Sunday for breaking into …"): the deed was
// done before, so it stays undated unless a time of its own dates it.
func TestNamelessStepDeedTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a plea's day after the verb, a described defendant", "2025-11-20",
			"A former clerk pleaded guilty on Monday to stealing payroll records from Ostrava Mills.",
			"theft", "", "ostrava-mills", ""},
		{"a plea's day fronted, a described defendant", "2025-11-20",
			"On Monday, a former clerk pleaded guilty to stealing payroll records from Ostrava Mills.",
			"theft", "", "ostrava-mills", ""},
		{"a plea's day before the verb, a described defendant", "2025-11-20",
			"A former clerk on Monday pleaded guilty to stealing payroll records from Ostrava Mills.",
			"theft", "", "ostrava-mills", ""},
		{"a plea's day fronted, a named defendant", "2025-11-20",
			"On Monday, Tobias Lenk pleaded guilty to stealing payroll records from Ostrava Mills.",
			"theft", "tobias-lenk", "ostrava-mills", ""},
		{"the deed's own month beside the plea's day", "2025-11-20",
			"A former clerk pleaded guilty on Monday to stealing payroll records from Ostrava Mills in April.",
			"theft", "", "ostrava-mills", "2025-04"},
		{"an arrest's day, plural described suspects", "2025-11-20",
			"Four students were arrested on Saturday for breaking into the grading system of Lindqvist College.",
			"intrusion", "", "lindqvist-college", ""},
		{"a verdict's day, found guilty", "2025-11-20",
			"A former technician was found guilty on Wednesday of stealing blueprints from Marrow Turbines.",
			"theft", "", "marrow-turbines", ""},
		{"an admission's day before 'to' and an -ing form", "2025-11-20",
			"A former courier admitted on Thursday to stealing parcels from Brisco Logistics.",
			"theft", "", "brisco-logistics", ""},
		{"an admission's day fronted before a past perfect", "2025-11-20",
			"On Thursday, a former courier admitted that he had stolen parcels from Brisco Logistics.",
			"theft", "", "brisco-logistics", ""},
		{"an admission's day after the verb before a past perfect", "2025-11-20",
			"A former courier admitted on Thursday that he had stolen parcels from Brisco Logistics.",
			"theft", "", "brisco-logistics", ""},
		{"an admission in court before a past perfect", "2025-11-20",
			"A former courier admitted in court on Thursday that he had stolen parcels from Brisco Logistics.",
			"theft", "", "brisco-logistics", ""},
		{"testimony's day before a past perfect", "2025-11-20",
			"A former archivist testified on Tuesday that she had leaked the memos to a blogger at Harrow Post.",
			"leak", "", "", ""},
		{"a deed's own day before a later admission stays", "2025-11-20",
			"A former courier stole parcels from Brisco Logistics on Thursday after he had admitted the debt.",
			"theft", "", "brisco-logistics", "2025-11-20"},
		{"a step in a relative clause on the doers leaves the deed its fronted day", "2025-11-20",
			"On 3 November, two men who were later arrested carried out an attack on Ostrava Mills.",
			"attack", "", "ostrava-mills", "2025-11-03"},
		{"a deed with no step keeps its day", "2025-11-20",
			"A former clerk stole payroll records from Ostrava Mills on Monday.",
			"theft", "", "ostrava-mills", "2025-11-17"},
	}, false)
}
