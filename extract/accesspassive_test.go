package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

// TestAccessPassive checks that "access" the subject of a passive verb of gaining ("access to
// X's servers was obtained in July") is an intrusion into X dated by its own time, as the active
// "Y obtained access to X" is (accessPassive), and no theft of what "obtained" would otherwise
// take; access gained to no one named, by no one, is no event.
func TestAccessPassive(t *testing.T) {
	const lede = "A hacking group called Ash Marten slipped malicious code into software updates from Pellow Freight, a Leeds haulier, investigators said on Monday. "
	tests := []intrusionTime{
		{"initial access to a possessive's servers", lede + "Initial access to Pellow Freight's build servers was obtained as early as August using a stolen password, the investigators said.", "pellow-freight", "2025-08"},
		{"gained, the network of a body", lede + "Access to the network of Pellow Freight was gained in September through a phishing email.", "pellow-freight", "2025-09"},
		{"a fronted time", lede + "In June, access to Pellow Freight's mail server had been obtained with a contractor's login.", "pellow-freight", "2025-06"},
		{"no one's systems", "Initial access was obtained in August through phishing emails, the report said.", "", ""},
	}
	checkIntrusionTimes(t, "2025-11-20", tests, true)
}

// intrusionTime is a table row of checkIntrusionTimes: an article body and the intrusion wanted
// in it, into target ("" = none) at time.
type intrusionTime struct {
	name, body string
	target     string // "" = no intrusion wanted
	time       string
}

// checkIntrusionTimes checks each row's intrusion and its time, or that none is found, and with
// noTheft that no theft is found either.
func checkIntrusionTimes(t *testing.T, published string, tests []intrusionTime, noTheft bool) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			if noTheft {
				assert.Nil(t, findEvent(g, schema.EventTheft, "", ""), "got %s, want no theft", eventsString(g))
			}
			if tt.target == "" {
				assert.Nil(t, findEvent(g, schema.EventIntrusion, "", ""), "got %s, want no intrusion", eventsString(g))
				return
			}
			ev := findEvent(g, schema.EventIntrusion, "", tt.target)
			require.NotNil(t, ev, "got %s, want an intrusion into %s", eventsString(g), tt.target)
			assert.Equal(t, tt.time, ev.Time.Value, "got %q, want %q: %s", ev.Time.Value, tt.time, eventsString(g))
		})
	}
}
