package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestTakenOffline checks that taking a named platform offline ("police took the X botnet
// offline", "took offline the servers of X", the passive with its "by" phrase) is a takedown
// as "took down X" is (offlineAfter), and that a victim taking its own systems offline, or
// systems taken offline by no one named, is none.
func TestTakenOffline(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string // "" agent: no takedown
	}{
		{"object between", "The Federal Police took the Grimsel botnet offline on Thursday.", "federal-police", "grimsel"},
		{"object after", "The FBI took offline the servers of Ostrak Forum in March.", "federal-bureau-of-investigation", "ostrak-forum"},
		{"passive by", "Ostrak Forum was taken offline by the FBI in March.", "federal-bureau-of-investigation", "ostrak-forum"},
		{"own systems", "Calder Water took its billing systems offline as a precaution on Thursday.", "", ""},
		{"no one named", "Several dispatch systems had been taken offline on Thursday.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			if tt.agent == "" {
				assert.Zero(t, countEvents(g, schema.EventOther), "got %s, want no takedown", eventsString(g))
				return
			}
			assert.NotNil(t, findEvent(g, schema.EventOther, tt.agent, tt.target), "got %s, want a takedown of %s by %s", eventsString(g), tt.target, tt.agent)
		})
	}
}
