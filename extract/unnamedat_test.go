package extract

import "testing"

// TestOwnerPastStaffAt checks that systems of people no name stands for, placed "at" a body
// ("the email account of a clerk at X", "the mailboxes of two accountants at X"), are the
// body's (ownerOfAccessed, unnamedAt), so the deed on them is read with its own time; a
// body that is a place, or a person's role placed nowhere, gives no victim.
func TestOwnerPastStaffAt(t *testing.T) {
	tests := []intrusionTime{
		{"a clerk in a when clause", "The scheme began in March, when fraudsters gained access to the email account of a clerk at Pellow Haulage.", "pellow-haulage", "2026-03"},
		{"a role with a modifier", "Hackers gained access to the account of a payroll clerk at Holt Water on Tuesday.", "holt-water", "2026-05-12"},
		{"a count and a plural", "In January, hackers gained access to the mailboxes of two accountants at Corvel Bank.", "corvel-bank", "2026-01"},
		{"a backdoor planted", "In April, Grey Vole planted a backdoor on the laptop of a senior engineer at Tansy Logistics.", "tansy-logistics", "2026-04"},
		{"a role placed in a town", "Hackers gained access to the home network of a teacher at a school in Leeds in April.", "", ""},
	}
	checkIntrusionTimes(t, "2026-05-14", tests, false)
}
