package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDoerNamed checks that a deed told with doers only described ("Vietnamese state hackers")
// and then named by a plain definite mention ("the theft was carried out by Grey Lynx") is one
// deed with both doers, and that two such deeds before the mention, or a mention at a time the
// deed's excludes, keep it apart.
func TestDoerNamed(t *testing.T) {
	const lead = "Police on Thursday blamed Vietnamese state hackers for the theft of $30 million from the Tarvo exchange last month.\n\n"
	tests := []struct {
		name, body string
		one        bool // the mention folds into the theft from Tarvo
	}{
		{"passive by a named group", lead + "Police said the theft was carried out by Grey Lynx, a unit that specializes in attacking exchanges.", true},
		{"passive, fronted saying", lead + "According to police, the theft was carried out by Grey Lynx.", true},
		{"two described thefts before", "Police on Thursday blamed Vietnamese state hackers for the theft of $30 million from the Tarvo exchange last month and for the theft of $4 million from Brelco Bank in September.\n\nPolice said the theft was carried out by Grey Lynx.", false},
		{"a theft of another year", lead + "Police said the theft in 2021 was carried out by Grey Lynx.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			e := findEvent(g, schema.EventTheft, "", "tarvo")
			require.NotNil(t, e, "got %s, want a theft from Tarvo", eventsString(g))
			assert.Equal(t, tt.one, hasParticipant(*e, "grey-lynx", schema.RoleAgent), "got %s, want Grey Lynx a doer of the theft from Tarvo: %v", eventsString(g), tt.one)
			if tt.one {
				assert.True(t, hasParticipant(*e, "vietnamese-state-hackers", schema.RoleAgent), "got %s, want the described doers kept", eventsString(g))
				assert.Equal(t, 1, countEvents(g, schema.EventTheft), "got %s, want one theft", eventsString(g))
			}
		})
	}
}

// TestDoerNamedTwice checks that a second deed named after its described doers folds too when
// an earlier one has already folded: the fold compacts the events in place, and the test of
// "one described deed of its type before it" must not see a stale copy of a kept deed.
func TestDoerNamedTwice(t *testing.T) {
	body := "Police on Thursday blamed Vietnamese state hackers for the theft of $30 million from the Tarvo exchange last month.\n\n" +
		"Police said the theft was carried out by Grey Lynx.\n\n" +
		"Officials on Friday blamed Chinese state hackers for the attack on the Norvik Port in October.\n\n" +
		"Officials said the attack was carried out by Jade Kite."
	g := extractText(t, "2025-11-20", body)
	tests := []struct {
		typ            schema.EventType
		victim, doer   string
		describedDoers string
	}{
		{schema.EventTheft, "tarvo", "grey-lynx", "vietnamese-state-hackers"},
		{schema.EventAttack, "norvik-port", "jade-kite", "chinese-state-hackers"},
	}
	for _, tt := range tests {
		t.Run(string(tt.typ), func(t *testing.T) {
			e := findEvent(g, tt.typ, "", tt.victim)
			require.NotNil(t, e, "got %s, want a %s on %s", eventsString(g), tt.typ, tt.victim)
			assert.True(t, hasParticipant(*e, tt.doer, schema.RoleAgent), "got %s, want %s a doer", eventsString(g), tt.doer)
			assert.True(t, hasParticipant(*e, tt.describedDoers, schema.RoleAgent), "got %s, want the described doers kept", eventsString(g))
			assert.Equal(t, 1, countEvents(g, tt.typ), "got %s, want one %s", eventsString(g), tt.typ)
		})
	}
}
