package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestClosingDayOfAccusation checks that a day told relative to the writing that closes an
// accusation's sentence after its "of" clause ("accused Y of backing the hackers on Tuesday")
// dates the accusation, while a month there, or a day after a deed the accusation names, dates
// what the accused is said to have done.
func TestClosingDayOfAccusation(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a closing weekday", "2025-11-20", "The Halden government accused the Ostrava Group of backing the Saltmarsh hackers on Tuesday.",
			schema.EventAccusation, "halden", "ostrava-group", "2025-11-18"},
		{"a closing weekday before a comma", "2025-11-20", "The Halden government accused the Ostrava Group of shielding the Saltmarsh crew on Monday, officials said.",
			schema.EventAccusation, "halden", "ostrava-group", "2025-11-17"},
		{"a closing yesterday", "2025-11-20", "Brinholt Security accused the Ostrava Group of sponsoring the Saltmarsh crew yesterday.",
			schema.EventAccusation, "brinholt-security", "ostrava-group", "2025-11-19"},
		{"a closing month is what the accused did", "2025-11-20", "Brinholt Security accused the Ostrava Group of sponsoring the Saltmarsh crew in March.",
			schema.EventAccusation, "brinholt-security", "ostrava-group", ""},
		{"a day after a deed told is the deed's", "2025-11-20", "Prosecutors accused Pavel Lintz of stealing records from Dellmere Bank on Friday.",
			schema.EventTheft, "pavel-lintz", "dellmere-bank", "2025-11-14"},
	}, true)
}
