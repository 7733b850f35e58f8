package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/intelgraph/intelgraph/schema"
)

// TestWorkOf checks that a deed noun joined by "be" to "the work of" an actor ("the attack was
// the work of X", "had probably been the handiwork of X") names that actor its doer, and that a
// negated one or a place names none.
func TestWorkOf(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent      string // "" for no doer
		target     string
	}{
		{"said, simple past", "Dunmore Security said the attack on Pellam Port was the work of Grey Sparrow.", schema.EventAttack, "grey-sparrow", "pellam-port"},
		{"trailing saying", "The breach at Varnel Bank was the work of Copper Finch, Halden Cyber said.", schema.EventIntrusion, "copper-finch", "varnel-bank"},
		{"perfect with an adverb", "Investigators said the intrusion at Kestrel Water had probably been the work of Pale Otter.", schema.EventIntrusion, "pale-otter", "kestrel-water"},
		{"handiwork", "Analysts said the theft from Varnel Exchange was the handiwork of Jade Kettle.", schema.EventTheft, "jade-kettle", "varnel-exchange"},
		{"report concluding", "Tarnwell Labs published a report concluding that the attack on Brevik Water was the work of Dust Wren, a group tied to the Karsovian army.", schema.EventAttack, "dust-wren", "brevik-water"},
		{"negated", "Tarnwell Labs said the attack on Brevik Water was not the work of Dust Wren.", schema.EventAttack, "", "brevik-water"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			ev := findEvent(g, tt.typ, tt.agent, tt.target)
			assert.NotNil(t, ev, "got %s, want %s agent=%s target=%s", eventsString(g), tt.typ, tt.agent, tt.target)
			if tt.agent == "" && ev != nil {
				assert.Nil(t, findEvent(g, tt.typ, "dust-wren", tt.target), "got %s, want no doer", eventsString(g))
			}
		})
	}
}

// TestSaidWorkOf checks that a statement that a deed was "the work of" an actor accuses that
// actor, as "was carried out by" does, and that a negated one accuses no one.
func TestSaidWorkOf(t *testing.T) {
	checkAccusations(t, []accusationCase{
		{"that clause with a day", "Molvan Labs said on Thursday that the breach at Kestrel Bank was the work of Ferrous Crane.", "molvan-labs", "ferrous-crane"},
		{"perfect", "Corvid Labs said the attack had been the work of Ferrous Crane.", "corvid-labs", "ferrous-crane"},
		{"trailing saying", "The theft was the work of Jade Kettle, the FBI said on Tuesday.", "federal-bureau-of-investigation", "jade-kettle"},
		{"negated", "Molvan Labs said the attack was not the work of Ferrous Crane.", "", ""},
	})
}

// TestFrontedPastAppositiveRelative checks that a day fronted before a subject whose appositive
// holds a relative clause with a verb of saying ("On Friday, X, a firm that the ministry said
// had examined the malware, published a report") dates the main verb and the report it
// publishes, not the saying inside the relative.
func TestFrontedPastAppositiveRelative(t *testing.T) {
	const published = "2025-11-20"
	tests := []sentenceTime{
		{"appositive with a saying relative", "On Monday, Halden Cyber, a firm that the ministry said had been hired by the port, published a report.",
			schema.EventReport, "halden-cyber", 0, "2025-11-17"},
		{"which-relative with a saying", "On Tuesday, Tarnwell Labs, which officials said had examined the malware, published a report on the attack.",
			schema.EventReport, "tarnwell-labs", 0, "2025-11-18"},
		{"described appositive", "On Friday, Dunmore Security, a Varnian company that the bank said had studied the code, issued a report.",
			schema.EventReport, "dunmore-security", 0, "2025-11-14"},
	}
	checkSentenceTimes(t, published, tests)
}
