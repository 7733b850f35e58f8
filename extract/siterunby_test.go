package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestSiteRunBy checks that data posted or dumped on a leak site named as run by someone ("a
// leak site run by X", "a leak site controlled by X") is a leak by that someone, dated by its
// sentence, and that records posted to a website run by a council or a court are no leak.
func TestSiteRunBy(t *testing.T) {
	const published = "2022-11-11"
	tests := []struct {
		name, body    string
		agent, target string // the leak's doer and victim; agent "" = no leak at all
		time          string
	}{
		{"posted to a leak site run by a gang", "Payroll files from Dunmore Council were posted on Monday to a leak site run by the Ashmere gang.", "Ashmere", "", "2022-11-07"},
		{"dumped on a leak site controlled by a group", "Internal documents from Varden Insurance were dumped on a leak site controlled by Pale Otter.", "Pale Otter", "Varden Insurance", ""},
		{"a council's website", "The court records were posted on Monday to a website run by the Dunmore Council.", "", "", ""},
		{"a site run by the council", "The minutes were posted to a site run by the council on Friday.", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			if tt.agent == "" {
				assert.Zero(t, countEvents(g, schema.EventLeak), "got a leak, want none: %s", eventsString(g))
				return
			}
			assert.True(t, hasEvent(g, schema.EventLeak, tt.agent, tt.target), "no leak by %s on %q: %s", tt.agent, tt.target, eventsString(g))
			for _, e := range g.Events {
				if e.Type == schema.EventLeak {
					assert.Equal(t, tt.time, e.Time.Value, "got %q, want %q: %s", e.Time.Value, tt.time, eventsString(g))
				}
			}
		})
	}
}
