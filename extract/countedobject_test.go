package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestCountedObjectNotCarried checks that a legal step whose object is a bare count of people
// ("arrested two men") takes over no patient of an earlier step that named a different number
// of people, and still takes those of one that named as many.
func TestCountedObjectNotCarried(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"two men are not the one named before", "Police in Brevia arrested Joran Vale on Tuesday. In June, the Lusk police arrested two men accused of running a botnet.",
			schema.EventLegal, "lusk-police", "joran-vale", false},
		{"three suspects are not the one named before", "Prosecutors charged Anneli Roos with fraud in May. The Brevia police later detained three suspects.",
			schema.EventLegal, "brevia-police", "anneli-roos", false},
		{"two men may be the two named before", "Prosecutors charged Joran Vale and Anneli Roos with fraud in May. The Brevia police later detained two men.",
			schema.EventLegal, "brevia-police", "anneli-roos", true},
	})
}
