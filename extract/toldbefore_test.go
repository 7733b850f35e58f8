package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestToldBeforeUndated checks that a deed told in the past perfect inside a clause of telling
// ("when the police told it that its network had been breached") does not take the telling's
// day, which is the sentence's only time: it was done before that day, on a day the sentence
// does not give. A deed told in the simple past of the "when" clause keeps the clause's time.
func TestToldBeforeUndated(t *testing.T) {
	tests := []timeCase{
		{"past perfect theft after a warning", "2025-11-20",
			"Halvex Bank learned of the breach on March 3, when Kestrel Labs warned it that hackers had stolen customer records.",
			schema.EventTheft, "", "", ""},
		{"past perfect intrusion after a notice", "2025-11-20",
			"Orlen Freight found out on June 9, when the police notified it that its network had been breached by the Vesper group.",
			schema.EventIntrusion, "", "", ""},
		{"simple past in the when clause", "2025-11-20",
			"The scheme unravelled in July, when the Brava gang broke into the bank's payment system.",
			schema.EventIntrusion, "", "", "2025-07"},
	}
	checkTimes(t, tests, false)
}
