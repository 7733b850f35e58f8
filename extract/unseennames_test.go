package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestUnseenNamesAct checks that names the tagger has never seen keep their part in the deed
// told of them: after "Hackers from" with a verb the tagger misreads ("stole/JJ funds").
func TestUnseenNamesAct(t *testing.T) {
	tests := []struct {
		name, body    string
		typ           schema.EventType
		agent, target string
	}{
		{"stole before a bare plural", "Hackers from Vexgroup stole funds from Banco Uno in October.",
			schema.EventTheft, "vexgroup", "banco-uno"},
		{"stole before a mass noun", "Hackers from Drennix stole money from Farrow Bank last year.",
			schema.EventTheft, "drennix", "farrow-bank"},
		{"stole after a bare plural subject", "Thieves stole cryptocurrency from Palder Exchange in May, the exchange said.",
			schema.EventTheft, "", "palder-exchange"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotNil(t, findEvent(g, tt.typ, tt.agent, tt.target), "got %s, want %s by %q on %q", eventsString(g), tt.typ, tt.agent, tt.target)
		})
	}
}
