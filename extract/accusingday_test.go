package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAccusingDay checks that a time before an accusing participle dates the legal act the
// participle hangs on, not the deed it charges ("indicted X on Monday, accusing her of breaking
// into Y": the deed is undated), while a time in the participle's own clause dates the deed
// (accusingBetween).
func TestAccusingDay(t *testing.T) {
	tests := []struct {
		name, body    string
		typ           schema.EventType
		agent, target string
		want          string // the deed's time value, "" when undated
	}{
		{"indicted on a day", "The Justice Department indicted Ilsa Varga on Monday, accusing her of breaking into the servers of Hollin Mutual.",
			schema.EventIntrusion, "ilsa-varga", "hollin-mutual", ""},
		{"charged on a day, stealing", "State prosecutors charged Teodor Lusk on Thursday, accusing him of stealing records from Mirelle Freight.",
			schema.EventTheft, "teodor-lusk", "mirelle-freight", ""},
		{"detained in a month", "Police detained Oren Falk in April, accusing him of hacking Castell Grid.",
			schema.EventIntrusion, "oren-falk", "castell-grid", ""},
		{"the deed's own year", "The Justice Department indicted Ilsa Varga on Monday, accusing her of breaking into the servers of Hollin Mutual in 2023.",
			schema.EventIntrusion, "ilsa-varga", "hollin-mutual", "2023"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			e := findEvent(g, tt.typ, tt.agent, tt.target)
			require.NotNil(t, e, "got %s, want %s by %s on %s", eventsString(g), tt.typ, tt.agent, tt.target)
			assert.Equal(t, tt.want, e.Time.Value, "got %s, want the deed dated %q", eventsString(g), tt.want)
		})
	}
}
