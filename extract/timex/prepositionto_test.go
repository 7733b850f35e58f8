package timex

import "testing"

// TestFindPrepositionTo checks that "to" before a plural noun, a name or a number is a
// preposition, so a month after it in a past clause is told in the past (prepositionTo), while
// "to" before a verb still marks an infinitive that may point ahead.
func TestFindPrepositionTo(t *testing.T) {
	tests := []narrativeDate{
		{"a plural noun", "The agency issued a warning to clinics in November.", "November", "2016-11"},
		{"a name", "The clerk sold the stolen files to Ardent Loans in November.", "November", "2016-11"},
		{"a number", "The regulator sent letters to 40 lenders in November.", "November", "2016-11"},
		{"a determiner still", "The firm gave the logs to the police in November.", "November", "2016-11"},
		{"an infinitive ending in ss", "The board voted to discuss the breach in November.", "November", "2017-11"},
		{"an infinitive", "The ministry decided to warn banks in November.", "November", "2017-11"},
	}
	runNarrativeDates(t, tests)
}
