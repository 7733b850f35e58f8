package extract

import "testing"

// TestContactPurpose checks a verb of getting in touch followed by a purpose infinitive of
// telling ("emailed X in June to warn him", "contacted its director, Y, to alert her"): the
// verb's subject tells and its object is told, not the object telling its own pronoun.
// "Called on" asks its object to act, and the object tells there.
func TestContactPurpose(t *testing.T) {
	tests := []toldCase{
		{"emailed a name, time between", "The Velmar group said it had emailed Tomas Ardent in June to warn him that the files would leak.",
			[]string{"velmar → tomas-ardent"}, []string{"tomas-ardent → tomas-ardent"}},
		{"contacted an apposed name", "Officials from the Dorsey Bureau contacted its director, Dr Lena Quist, to warn her about the breach.",
			[]string{"dorsey-bureau → lena-quist"}, nil},
		{"called a company", "Halvane Security called Morrow Energy on Monday to alert it to the intrusion.",
			[]string{"halvane-security → morrow-energy"}, []string{"morrow-energy → morrow-energy"}},
		{"fronted time, description told", "On Tuesday, the Dorsey Bureau phoned Morrow Energy to warn the company that its network had been breached.",
			[]string{"dorsey-bureau → morrow-energy"}, nil},
		{"described object with apposition", "The Dorsey Bureau contacted the chief executive of Morrow Energy, Anna Lisk, to warn her of the attack.",
			[]string{"dorsey-bureau → anna-lisk"}, nil},
		{"met, staff of a named body", "Two agents from the Dorsey Bureau's Lisbon office met Karl Benning in April to warn him about the plot.",
			[]string{"dorsey-bureau → karl-benning"}, []string{"karl-benning → karl-benning"}},
		{"called on asks the object", "The Harrow Council called on Pellan Grid to warn its customers about the outage.",
			nil, []string{"harrow-council → pellan-grid"}},
	}
	checkTold(t, "2025-11-20", tests)
}
