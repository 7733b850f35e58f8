package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
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
		{"the teller found by the main clause takes its day", "2025-03-12",
			"Transport Minister Ida Brenner resigned on Friday, insisting she had acted on the advice of her officials.",
			schema.EventStatement, "ida-brenner", "", "2025-03-07"},
	}
	checkTimes(t, tests, false)
}

// TestParticipleSaying checks that a participle of saying after a main clause whose verb is no
// verb of telling is a saying by that clause's subject ("went further, saying …"), read as
// after "said" (a hallmark phrase, quoted or not, accuses), and that it gives no second event
// after a verb or noun of telling, nor for a claim of a deed ("claiming to have stolen").
func TestParticipleSaying(t *testing.T) {
	cases := []eventCase{
		{"went further, saying", "Ostland's Harbour Security Board went further, saying the outage was deliberate.",
			schema.EventStatement, "harbour-security-board", "", true},
		{"resigned, insisting", "Transport Minister Ida Brenner resigned, insisting she had acted on the advice of her officials.",
			schema.EventStatement, "ida-brenner", "", true},
		{"hallmarks after the participle", "Ostland's Harbour Security Board went further, saying the intrusion bears the hallmarks of Grey Marten.",
			schema.EventAccusation, "harbour-security-board", "grey-marten", true},
		{"quoted hallmarks after the participle", "Ostland's Harbour Security Board went further, saying the intrusion \"bears the hallmarks\" of Grey Marten.",
			schema.EventAccusation, "harbour-security-board", "grey-marten", true},
		{"a claim of a deed is no saying", "A crew calling itself Ash Wren listed Pellby Bank on its leak site, claiming to have stolen 40 gigabytes of records.",
			schema.EventStatement, "ash-wren", "", false},
		{"a noun of telling tells", "The Norland Cyber Centre issued an alert, telling utilities that the flaw was being exploited.",
			schema.EventStatement, "norland-cyber-centre", "", false},
	}
	checkEventRules(t, "2025-03-12", cases)
}

// TestParticipleSayingOnce checks that a participle of saying after a verb of telling gives no
// event of its own: the main verb tells the saying.
func TestParticipleSayingOnce(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent      string
	}{
		{"after a denial", "Ostland's Foreign Ministry denied the report, saying the claims were baseless.", schema.EventStatement, "foreign-ministry"},
		{"after said", "Mira Kell said the audit was late, adding that the board would meet in May.", schema.EventStatement, "mira-kell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-12", tt.body)
			assert.LessOrEqual(t, countEventsWith(g, tt.typ, tt.agent, schema.RoleAgent), 1, eventsString(g))
		})
	}
}
