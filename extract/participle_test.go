package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestParticipleSayingTime checks that a participle of saying after a main clause whose verb is
// no verb of telling ("resigned on Friday, saying …") is dated by the main clause's time, not by
// a time in what it says, and that an act told as not taken in what it says ("the decision not
// to warn shippers") does not stand in for the saying.
func TestParticipleSayingTime(t *testing.T) {
	tests := []timeCase{
		{"main clause's day", "2025-03-12",
			"The chief of the Coastal Data Office, Lena Ostrova, resigned on Friday, saying she took responsibility for the delay.",
			schema.EventStatement, "lena-ostrova", "", "2025-03-07"},
		{"an act not taken does not stand in for the saying", "2025-03-12",
			"The chief of the Coastal Data Office, Lena Ostrova, resigned on Friday, saying she took responsibility for the decision not to warn shippers.",
			schema.EventStatement, "lena-ostrova", "", "2025-03-07"},
		{"a time in what is said is not the saying's", "2025-03-12",
			"The chief of the Coastal Data Office, Lena Ostrova, resigned, saying the breach began on March 3.",
			schema.EventStatement, "lena-ostrova", "", ""},
	}
	checkTimes(t, tests, false)
}
