package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/intelgraph/intelgraph/schema"
)

// TestAdmittedCharges checks that "admitted" with charges for its object ("admitted two
// offences", "has admitted all three charges", "admits conspiracy charges") is a plea of guilty,
// a legal step its subject takes, while an admitted deed, a clause or a passive "was admitted"
// stays what it was.
func TestAdmittedCharges(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"offences", "Dario Velt admitted two offences under the Computer Misuse Act at Harlow Crown Court in October.",
			schema.EventLegal, "dario-velt", "", true},
		{"counts after a time", "At Southwark Crown Court on Tuesday, Dario Velt admitted one count of blackmail.",
			schema.EventLegal, "dario-velt", "", true},
		{"perfect, counts", "Dario Velt, 31, has admitted two counts of unauthorised access to computer material.",
			schema.EventLegal, "dario-velt", "", true},
		{"a noun before the charges", "Dario Velt admits conspiracy charges, his lawyer said on Monday.",
			schema.EventLegal, "dario-velt", "", true},
		{"an admitted clause is no plea", "Dario Velt admitted that he had sent the files to Orla Menck.",
			schema.EventLegal, "dario-velt", "", false},
		{"admitted to hospital", "Dario Velt was admitted to hospital on Monday.",
			schema.EventLegal, "", "", false},
	})
}

// TestAdmittedChargesDate checks that a plea told by "admitted" takes the time of its clause
// ("when he appeared at the same court in October last year"), and that a deed named among
// the charges ("and one of blackmail") is an offence, no deed of its own taking that time.
func TestAdmittedChargesDate(t *testing.T) {
	body := "Dario Velt was jailed on Monday. Velt, of Harlow, had admitted two offences under the Computer Misuse Act and one of blackmail when he appeared at the same court in October last year."
	g := extractText(t, "2025-11-20", body)
	ev := findEvent(g, schema.EventLegal, "dario-velt", "")
	if assert.NotNil(t, ev, "no plea in %s", eventsString(g)) {
		assert.Equal(t, "2024-10", ev.Time.Value, "got %s, want 2024-10", ev.Time.Value)
	}
	assert.Zero(t, countEvents(g, schema.EventAttack), "got %s, want no attack", eventsString(g))
}
