package extract

import "testing"

// TestFrontedTimeDescribedSubject checks that a time fronted before a subject whose description,
// set off by commas, holds a relative clause dates the main verb that follows the description
// (frontedResumed, finiteOutsideAside).
func TestFrontedTimeDescribedSubject(t *testing.T) {
	const lead = "A ransomware gang attacked Kelvane Water on 4 November.\n\n"
	checkTimes(t, []timeCase{
		{"a description with 'that' and a subject", "2025-11-20",
			"On Friday, Fenwick Labs, a firm that the utility had hired, published a report about the attack.",
			"report", "fenwick-labs", "", "2025-11-14"},
		{"after a lead, a saying inside the relative", "2025-11-20",
			lead + "On Friday, Fenwick Labs, a Leeds-based company that the utility said had been asked by an insurer to examine the malware, published a report on the gang.",
			"report", "fenwick-labs", "", "2025-11-14"},
		{"a bare relative after a lead", "2025-11-20",
			lead + "On Friday, Fenwick Labs, which the utility had hired, published a report about the attack.",
			"report", "fenwick-labs", "", "2025-11-14"},
		{"a relative with whose in a description", "2025-11-20",
			lead + "On Monday, the Norland Cyber Office, an agency whose analysts had studied the malware, released a report on the gang.",
			"report", "norland-cyber-office", "", "2025-11-17"},
	}, false)
}
