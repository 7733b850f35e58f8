package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAnaphoricTimes checks dates counted from the narrative's last date rather than from
// the publication date.
func TestAnaphoricTimes(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		time       string
	}{
		{"a year later", "Brightwater Labs first saw the implant in March 2022. Grey Heron hacked Brightwater Labs again more than a year later.",
			schema.EventIntrusion, "2023"},
		{"two days earlier", "Grey Heron leaked the files on May 14, 2021. Two days earlier, Grey Heron had hacked Brightwater Labs.",
			schema.EventIntrusion, "2021-05-12"},
		{"the next day", "Grey Heron hacked Brightwater Labs on May 14, 2021. The next day, Grey Heron leaked the files of Brightwater Labs.",
			schema.EventLeak, "2021-05-15"},
		{"three weeks later, month anchor gives nothing finer", "Brightwater Labs first saw the implant in March 2022. Three weeks later, Grey Heron hacked Brightwater Labs.",
			schema.EventIntrusion, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			ev := findEvent(g, tt.typ, "grey-heron", "brightwater-labs")
			require.NotNil(t, ev, "no %s event in %s", tt.typ, eventsString(g))
			assert.Equal(t, tt.time, ev.Time.Value, eventsString(g))
		})
	}
}
