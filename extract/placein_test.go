package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPlaceAfterIn checks names set after "in" that only locate something else: a town behind
// a federal or district court or judge (townOfFederal), a town before its region's comma
// (townOfRegion), a name listed with a known place or region (placeConjunct); each is a place
// and takes no part in an event, and the list it closes does not make the region or the last
// place the subject of the verb after it (placeListIn). A court, a judge or officials in a name
// no level of government describes, or in a list of names none of which is known, still act for
// a state an article may invent, and a country after "and" still acts.
func TestPlaceAfterIn(t *testing.T) {
	tests := []struct {
		name     string
		body     string
		places   []string // each a place or no actor, and in no event unless kindOnly
		kindOnly bool
		agent    string // the agent of an event of type typ, when not ""
		typ      schema.EventType
	}{
		{"federal judge", "A federal judge in Harlow sentenced Tarek Vossim to ten years in prison on Monday.",
			[]string{"Harlow"}, false, "", ""},
		{"federal court", "The indictment, unsealed Wednesday in federal court in Tarvo, accuses Ivo Marsh, 35, and Lena Hald, 31, of conspiring to damage computers.",
			[]string{"Tarvo"}, false, "", ""},
		{"town and region before a verb of saying", "Harlow Clinic in Ferris Mill, Oregon, said on Monday that it had been hit by ransomware.",
			[]string{"Ferris Mill", "Oregon"}, false, "harlow-clinic", schema.EventStatement},
		{"town and region before a verb", "A man in Dunlow, Texas, filed a lawsuit on Tuesday accusing Brannock Pay of negligence.",
			[]string{"Dunlow", "Texas"}, false, "", ""},
		{"after a known region", "The Grey Osprey group hacked the phones of soldiers posted in Kerala and Tarvo, the army said.",
			[]string{"Tarvo"}, true, "grey-osprey", schema.EventIntrusion},
		{"before a known region", "Other clinics in Tarvo and Ohio have reported outages, the Merrow Health Service said.",
			[]string{"Tarvo", "Ohio"}, false, "merrow-health-service", schema.EventStatement},
		{"a judge no level describes", "A judge in Ostmark sentenced Tarek Vossim to ten years in prison on Monday.",
			nil, false, "ostmark", schema.EventLegal},
		{"a list of unknown names", "Officials in Ostra and Norland said on Monday that Brannock Pay had been hacked.",
			nil, false, "norland", schema.EventStatement},
		{"a country after and", "Officials in Tarvo and China said on Monday that Brannock Pay had been hacked.",
			nil, false, "china", schema.EventStatement},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-10", tt.body)
			for _, p := range tt.places {
				a := actorByName(g, p)
				if a == nil {
					continue
				}
				assert.Equal(t, schema.KindPlace, a.Kind, "%s: got %v", p, names(g))
				if tt.kindOnly {
					continue // where the phrase is an object's, it may still be a victim
				}
				for _, e := range g.Events {
					for _, pt := range e.Participants {
						assert.NotEqual(t, a.ID, pt.Actor, "%s takes no part: %s", p, eventsString(g))
					}
				}
			}
			if tt.agent != "" {
				require.NotNil(t, findEvent(g, tt.typ, tt.agent, ""), "want %s by %s: %s", tt.typ, tt.agent, eventsString(g))
			}
		})
	}
}
