package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

// TestQuotedDeedTold checks that a deed inside a quotation whose doer is not named is kept
// when the speaker tells it in the past with its victim and its time (quotedDeedTold), dated
// by that time, while quoted talk of deeds in general, of nameless victims, of deeds denied or
// of deeds to come is still no event.
func TestQuotedDeedTold(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		target     string // "" = no event of typ wanted
		time       string
	}{
		{"accessed, quote first", `"An outside party accessed part of Harlow Mutual's claims system in April," spokesman Tomas Leino said.`,
			schema.EventIntrusion, "harlow-mutual", "2025-04"},
		{"stole, quote after the speaker", `Tomas Leino said: "Thieves stole payroll files from Harlow Mutual in early June."`,
			schema.EventTheft, "harlow-mutual", "2025-06"},
		{"a nameless victim", `"Crooks stole data from insurers last year," Tomas Leino said.`,
			schema.EventTheft, "", ""},
		{"denied", `"No one took any files from Harlow Mutual in April," Tomas Leino said.`,
			schema.EventTheft, "", ""},
		{"to come", `"Criminals will attack Harlow Mutual again next year," Tomas Leino said.`,
			schema.EventAttack, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			if tt.target == "" {
				assert.Nil(t, findEvent(g, tt.typ, "", ""), "got %s, want no %s", eventsString(g), tt.typ)
				return
			}
			ev := findEvent(g, tt.typ, "", tt.target)
			require.NotNil(t, ev, "got %s, want a %s on %s", eventsString(g), tt.typ, tt.target)
			assert.Equal(t, tt.time, ev.Time.Value, "got %q, want %q: %s", ev.Time.Value, tt.time, eventsString(g))
		})
	}
}
