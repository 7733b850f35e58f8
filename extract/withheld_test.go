package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

// TestSayingAfterWithheld checks that a verb of saying joined by "but" to what its speaker
// held back ("would not discuss the case but said …", "declined to name them but said …") is
// a statement of that speaker, neither negated nor hedged by the first verb's "would not", and
// dated by the day its sentence gives, a participial aside between the speaker and the modal
// ("X, appearing before a committee on Tuesday, would not …") included; a saying negated
// itself stays none.
func TestSayingAfterWithheld(t *testing.T) {
	const published = "2026-03-06"
	tests := []struct {
		name, body, agent string
		want              bool
		time              string // checked when want; "" = undated
	}{
		{"would not discuss but said",
			"Director Ana Reyes of the Halden Security Service would not discuss the case but said on Tuesday that the service had acted lawfully.",
			"ana-reyes", true, "2026-03-03"},
		{"a participial aside before the modal",
			"Halden Security Service Director Ana Reyes, appearing before a Senate committee on Tuesday, would not discuss the case but said the service had acted lawfully.",
			"ana-reyes", true, "2026-03-03"},
		{"declined to name but said",
			"Norland Water declined to name the attackers but said on Monday that no customer data had been taken.",
			"norland-water", true, "2026-03-02"},
		{"the saying itself negated",
			"Norland Water restored its billing systems on Monday but did not say who was behind the attack.",
			"norland-water", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			ev := findEvent(g, schema.EventStatement, tt.agent, "")
			if !tt.want {
				assert.Nil(t, ev, "got a statement by %s, want none: %s", tt.agent, eventsString(g))
				return
			}
			require.NotNil(t, ev, "no statement by %s: %s", tt.agent, eventsString(g))
			assert.False(t, ev.Negated, "got negated, want not: %s", eventsString(g))
			assert.Empty(t, ev.Modality, "got modality %q, want none", ev.Modality)
			assert.Equal(t, tt.time, ev.Time.Value, "time of %s", eventsString(g))
		})
	}
}
