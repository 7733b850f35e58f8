package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestUnpaidRansomLeavesDay checks that a ransom told as not paid ("X has refused to pay the
// hackers", "X has not paid the attackers") keeps no dated mention of the incident ("The attack
// began on March 5, when staff saw a note saying …") from dating the attack it takes up: a payment
// never made is no deed that mention names.
func TestUnpaidRansomLeavesDay(t *testing.T) {
	for _, tt := range []struct{ name, body, target, want string }{
		{"refused to pay, noted lock", "Ardent Rail has refused to pay the hackers.\n\nThe attack began on March 5, when staff saw a note saying that the company's files had been locked.",
			"ardent-rail", "2024-03-05"},
		{"did not pay, weekday", "Tessford Water did not pay the hackers, the utility said.\n\nThe attack began on Saturday, when engineers noticed that the utility's billing servers had been encrypted.",
			"tessford-water", "2024-03-09"},
		{"have not paid, relative clause of time", "Officials at Brackwell Hospital say they have not paid the hackers.\n\nThe attack, which began on Tuesday, left nurses reporting that the hospital's records had been encrypted.",
			"brackwell-hospital", "2024-03-12"},
		{"fronted day", "Corlan Foods refused to pay the hackers.\n\nOn March 6, the attack began when workers found a message saying that Corlan's servers had been encrypted.",
			"corlan-foods", "2024-03-06"},
		{"has not paid, notice", "Pellworth Bank has not paid the attackers.\n\nThe attack began on Sunday, when customers saw a notice saying that the bank's systems had been encrypted.",
			"pellworth-bank", "2024-03-10"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-03-15", tt.body)
			var ev *graph.Event
			for k, e := range g.Events {
				if e.Type == schema.EventAttack && !e.Negated && hasParticipant(e, tt.target, schema.RoleTarget) {
					ev = &g.Events[k]
				}
			}
			require.NotNil(t, ev, "no attack on %s in %s", tt.target, eventsString(g))
			assert.Equal(t, tt.want, ev.Time.Value, "got %s, want %s", ev.Time.Value, tt.want)
		})
	}
}
