package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestJudgeOrderedPay checks that a judge or court ordering someone to pay (restitution,
// damages) is a legal step, while a regulator or government ordering a payment stays a
// sanction.
func TestJudgeOrderedPay(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string
		typ, notTyp   schema.EventType
	}{
		{"a titled judge orders restitution",
			"Ivo Marsh was sentenced on Wednesday to seven years in prison. District Judge Anna Kell also ordered him to pay $840,000 in restitution.",
			"Anna Kell", "Ivo Marsh", schema.EventLegal, schema.EventSanction},
		{"a judge orders restitution, dated",
			"Judge Tom Berg ordered Lena Hald to pay $50,000 in restitution in May.",
			"Tom Berg", "Lena Hald", schema.EventLegal, schema.EventSanction},
		{"a justice minister is no judge",
			"Justice Minister Lena Hald ordered Volna Pay to pay £2 million over the breach.",
			"", "Volna Pay", schema.EventSanction, schema.EventLegal},
		{"a watchdog orders a payment",
			"Britain's data watchdog ordered Volna Pay to pay £2 million over the breach.",
			"", "Volna Pay", schema.EventSanction, schema.EventLegal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			agent, target := actorIDByName(t, g, tt.agent), actorIDByName(t, g, tt.target)
			assert.NotNil(t, findEvent(g, tt.typ, agent, target), "want %s on %s in %s", tt.typ, tt.target, eventsString(g))
			assert.Nil(t, findEvent(g, tt.notTyp, agent, target), "got %s on %s, want none: %s", tt.notTyp, tt.target, eventsString(g))
		})
	}
}
