package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestAccusingDoer checks that a deed an accusing participle attributes to the object of a
// charge, an indictment or an arrest ("charged X, accusing him of hacking Y") is told as the
// charged person's deed on Y, while a deed named only as the offence of a charge ("charged X
// with hacking Y") and one whose pronoun would stand for the accuser stay untold.
func TestAccusingDoer(t *testing.T) {
	tests := []struct {
		name, body    string
		typ           schema.EventType
		agent, target string // the deed's doer and target; "" agent: no deed of typ at all
	}{
		{"charged, accusing him", "Prosecutors in Varna charged Teodor Lusk, accusing him of hacking Mirelle Freight.",
			schema.EventIntrusion, "teodor-lusk", "mirelle-freight"},
		{"charged with a day, accusing him", "State prosecutors charged Teodor Lusk on Thursday, accusing him of hacking Mirelle Freight.",
			schema.EventIntrusion, "teodor-lusk", "mirelle-freight"},
		{"indicted, accusing her of stealing", "The Justice Department indicted Ilsa Varga, accusing her of stealing customer records from Hollin Mutual.",
			schema.EventTheft, "ilsa-varga", "hollin-mutual"},
		{"arrested, accusing him", "Police detained Oren Falk in April, accusing him of hacking Castell Grid.",
			schema.EventIntrusion, "oren-falk", "castell-grid"},
		{"charged with, an offence only", "Prosecutors charged Teodor Lusk with hacking Mirelle Freight.",
			schema.EventIntrusion, "", ""},
		{"them not the prosecutors", "Federal prosecutors in Utah charged Oren Falk and Ilsa Varga, accusing them of hacking Castell Grid.",
			schema.EventIntrusion, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			if tt.agent == "" {
				assert.Zero(t, countEvents(g, tt.typ), "got %s, want no %s", eventsString(g), tt.typ)
				return
			}
			assert.NotNil(t, findEvent(g, tt.typ, tt.agent, tt.target), "got %s, want %s by %s on %s", eventsString(g), tt.typ, tt.agent, tt.target)
		})
	}
}
