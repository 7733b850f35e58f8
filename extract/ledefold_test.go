package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

// TestToldLater checks that a telling in the present or the perfect, dated only by the
// publication day, takes the day of the same teller's telling of its family told just after
// it in the week before publication, as one event; and that a telling of another accused, or
// one told more than a week before, leaves it on the publication day.
func TestToldLater(t *testing.T) {
	const published = "2026-03-06" // a Friday
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent      string
		time       string // the time of the teller's first event of the type
		count      int    // how many events of the type the teller has
	}{
		{"a perfect denial and the spokesperson's words on Tuesday",
			"Harlow Bank has rejected any suggestion that its payment systems were breached. \"We found no sign of an intrusion,\" said Mara Quist, a spokesperson for the bank, in a statement on Tuesday.",
			schema.EventDenial, "harlow-bank", "2026-03-03", 1},
		{"a saying in the present and the statement on Wednesday",
			"Tarnow Freight says intruders copied the files of about 9,000 drivers. In a statement on Wednesday, Tarnow Freight said it had found the intruders in late January.",
			schema.EventStatement, "tarnow-freight", "2026-03-04", 1},
		{"a day more than a week before stays apart",
			"Harlow Bank has rejected any suggestion that its payment systems were breached. \"We found no sign of an intrusion,\" said Mara Quist, a spokesperson for the bank, in a statement on Feb. 20.",
			schema.EventDenial, "harlow-bank", "2026-03-06", 1},
		{"another accused stays apart",
			"Norland has accused Velmora of running the campaign. On Tuesday, Norland accused Ostravia of hosting the servers.",
			schema.EventAccusation, "norland", "2026-03-06", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			n, first := 0, ""
			for _, e := range g.Events {
				if e.Type == tt.typ && hasParticipant(e, tt.agent, schema.RoleAgent) {
					if n == 0 {
						first = e.Time.Value
					}
					n++
				}
			}
			require.NotZero(t, n, "no %s by %s: %s", tt.typ, tt.agent, eventsString(g))
			assert.Equal(t, tt.time, first, "got time %s, want %s: %s", first, tt.time, eventsString(g))
			assert.Equal(t, tt.count, n, "got %d events, want %d: %s", n, tt.count, eventsString(g))
		})
	}
}
