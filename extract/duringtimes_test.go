package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

// TestDuringTimes checks that an undated deed takes the time of the incident a "during" phrase
// after it names when a relative clause dates that incident ("stole files during an attack
// that crippled its depots last month"; duringTimes), and stays undated when the incident has
// no time or a comma parts the deed from the phrase.
func TestDuringTimes(t *testing.T) {
	tests := []struct {
		name, body string
		time       string // "" = undated
	}{
		{"a relative clause dates the attack", "Thieves stole payroll files from Marden Haulage during an attack that shut down its depots in June.", "2025-06"},
		{"told by the victim", "Marden Haulage said on Tuesday that intruders stole driver records during a ransomware attack that froze its systems last month.", "2025-10"},
		{"an undated attack", "Thieves stole payroll files from Marden Haulage during an attack on its depots.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			ev := findEvent(g, schema.EventTheft, "", "")
			require.NotNil(t, ev, "got %s, want a theft", eventsString(g))
			assert.Equal(t, tt.time, ev.Time.Value, "got %q, want %q: %s", ev.Time.Value, tt.time, eventsString(g))
		})
	}
}
