package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

// TestClockDayUntold checks that a deed told at a clock time with no day of its own, in a
// story whose time is a month or a year before publication, stays undated rather than taking
// the day of writing, while a clock time or a time of day ("by nightfall", "shortly after
// sunset") after a day the story gave, in a lead about the present, or in a later paragraph of
// a story whose lead named a recent day, takes that day.
func TestClockDayUntold(t *testing.T) {
	const published = "2025-11-20"
	tests := []struct {
		name, body string
		agent      string
		sentence   int
		time       string // "" = undated
	}{
		{"after a month, fronted", "In February 2022, intruders slipped into a supplier's update server. At 4 a.m. the Varnford Energy engineers alerted the FBI.", "varnford-energy", 1, ""},
		{"after a year, fronted", "In 2018, the Orvane Group attacked the Halbrook port. Shortly after midnight, Halbrook notified the FBI.", "halbrook", 1, ""},
		{"after a month, trailing", "The Brask gang attacked the Oulton Hospital in June 2016. Oulton Hospital notified the FBI at 6 p.m.", "oulton-hospital", 1, ""},
		{"after a day", "The Calder Group encrypted the servers of the Mossgate Hospital on Sunday, March 2, 2025. At 3 a.m. Mossgate Hospital notified the FBI.", "mossgate-hospital", 1, "2025-03-02"},
		{"by nightfall after a day", "On March 9, 2021, the Kestrel crew attacked the Lowmere Council. By nightfall, Lowmere Council had notified the FBI.", "lowmere-council", 1, "2021-03-09"},
		{"shortly after sunset after a day", "On March 9, 2021, the Kestrel crew attacked the Hobb Council. Shortly after sunset, Hobb Council notified the FBI.", "hobb-council", 1, "2021-03-09"},
		{"by evening after a day", "On March 9, 2021, the Kestrel crew attacked the Yarrow Council. By evening Yarrow Council had notified the FBI.", "yarrow-council", 1, "2021-03-09"},
		{"back to the lead's day after background", "The Brenton Council on Tuesday blamed the Vardin gang for an attack.\n\nThe gang first hit the council in March 2023.\n\nAt 4 a.m. Brenton Council had notified the FBI.", "brenton-council", 2, "2025-11-18"},
		{"a lead about the present", "Hackers knocked the Brenton city systems offline early Tuesday. At 4 a.m., Brenton notified the FBI.", "brenton", 1, "2025-11-18"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			ev := eventInSentence(g, schema.EventWarning, tt.agent, tt.sentence)
			require.NotNil(t, ev, "no warning by %s in sentence %d: %s", tt.agent, tt.sentence, eventsString(g))
			assert.Equal(t, tt.time, ev.Time.Value, "got %q, want %q: %s", ev.Time.Value, tt.time, eventsString(g))
		})
	}
}
