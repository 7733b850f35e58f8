package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// deedCase is a sentence published on 2025-11-20 and the deed it should, or should not, give:
// its type, agent and target (actor ids, "" for any) and date ("" for any).
type deedCase struct {
	name, body    string
	typ           schema.EventType
	agent, target string
	date          string
	want          bool
}

// checkDeedCases extracts each case's body, published on 2025-11-20, as a subtest and checks
// whether it gives an event of the case's type with its agent and target, dated as it says.
func checkDeedCases(t *testing.T, cases []deedCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			ev := findEvent(g, tt.typ, tt.agent, tt.target)
			if !assert.Equal(t, tt.want, ev != nil, "want %v: %s", tt.want, eventsString(g)) || ev == nil || tt.date == "" {
				return
			}
			assert.Equal(t, tt.date, ev.Time.Value, "got date %q, want %q: %s", ev.Time.Value, tt.date, eventsString(g))
		})
	}
}

// TestBareDeedBegan checks that a deed no one is named taking part in, first told by an
// indefinite noun or a verb, takes the time a later definite noun of its type is told as
// beginning at (bareBegan), over none or the day a telling of it was made.
func TestBareDeedBegan(t *testing.T) {
	checkDeedCases(t, []deedCase{
		{"reported a breach, then began in a month", "Miravel Health reported a data breach to regulators on Monday. The breach began in September, the filing said.",
			schema.EventIntrusion, "", "", "2025-09", true},
		{"disclosed on a day, then started on another", "Brantley Foods disclosed a ransomware attack on Friday. The attack started on Oct. 28, the company said.",
			schema.EventAttack, "", "", "2025-10-28", true},
		{"hit in a saying, then began", "Tessaly Freight said on Friday that it had been hit by a cyberattack. The attack began on Oct. 28.",
			schema.EventAttack, "", "", "2025-10-28", true},
	})
}

// TestGuiltyPleaDeed checks that a deed pleaded or found guilty of is told as done (guiltyPlea), by
// the one pleading, on the victim the -ing form names; that the victim is no party to the plea
// (pleadedTo); that the plea's day does not date the deed; and that a deed pleaded not guilty
// to, or only charged, stays an offence.
func TestGuiltyPleaDeed(t *testing.T) {
	checkDeedCases(t, []deedCase{
		{"pleaded guilty to stealing", "Ivo Marsh pleaded guilty to stealing trade secrets from Orrin Labs.",
			schema.EventTheft, "ivo-marsh", "orrin-labs", "", true},
		{"the victim is no party to the plea", "Ivo Marsh pleaded guilty to hacking the network of Kelvar Shipping.",
			schema.EventLegal, "", "kelvar-shipping", "", false},
		{"the plea keeps the defendant", "Ivo Marsh pleaded guilty to hacking the network of Kelvar Shipping.",
			schema.EventLegal, "ivo-marsh", "", "", true},
		{"the plea's day is the plea's", "Dana Whitfield pleaded guilty in federal court on Monday to breaching the systems of Miravel Health.",
			schema.EventLegal, "dana-whitfield", "", "2025-11-17", true},
		{"the deed pleaded to is not dated by the plea", "Dana Whitfield pleaded guilty in federal court on Monday to breaching the systems of Miravel Health.",
			schema.EventIntrusion, "dana-whitfield", "miravel-health", "", true},
		{"pleaded not guilty", "Ivo Marsh pleaded not guilty to stealing trade secrets from Orrin Labs.",
			schema.EventTheft, "", "", "", false},
		{"was found guilty", "Ivo Marsh was found guilty of stealing trade secrets from Orrin Labs.",
			schema.EventTheft, "ivo-marsh", "orrin-labs", "", true},
		{"only charged", "Ivo Marsh was charged with stealing trade secrets from Orrin Labs on Friday.",
			schema.EventTheft, "", "", "", false},
	})
	g := extractText(t, "2025-11-20", "Dana Whitfield pleaded guilty in federal court on Monday to breaching the systems of Miravel Health.")
	ev := findEvent(g, schema.EventIntrusion, "dana-whitfield", "miravel-health")
	if assert.NotNil(t, ev, eventsString(g)) {
		assert.Empty(t, ev.Time.Value, "got date %q, want none", ev.Time.Value)
	}
}
