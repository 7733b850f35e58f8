package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/require"
)

// TestBlamedDeedTakesDoer checks that a definite deed blamed, attributed or linked to someone
// named in so many words ("blamed the attack on X", "attributed the breach to X") takes X as
// its doer when no such deed was told before, with or without a victim named in its phrase;
// a deed told before takes the doer instead (the later sentence only names it again).
func TestBlamedDeedTakesDoer(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent      string
		sent       int // the sentence of the deed that takes the doer
	}{
		{"blamed the attack on", "Bexley Foods blamed the attack on Umber Hare.", schema.EventAttack, "umber-hare", 0},
		{"blamed a compound deed on", "Bexley Foods blamed the ransomware attack on Umber Hare.", schema.EventAttack, "umber-hare", 0},
		{"attributed the breach to", "Bexley Foods attributed the breach to Umber Hare.", schema.EventIntrusion, "umber-hare", 0},
		{"linked the breach to", "Investigators at Bexley Foods linked the breach to Umber Hare.", schema.EventIntrusion, "umber-hare", 0},
		{"passive attribution", "The breach was attributed to Umber Hare by Corvid Labs.", schema.EventIntrusion, "umber-hare", 0},
		{"a deed told before", "Bexley Foods was hit by a ransomware attack on Monday. The company blamed the attack on Umber Hare.", schema.EventAttack, "umber-hare", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-12", tt.body)
			ev := findEvent(g, tt.typ, tt.agent, "")
			require.NotNil(t, ev, "got %s, want %s agent=%s", eventsString(g), tt.typ, tt.agent)
			require.NotEmpty(t, ev.Evidence)
			require.Equal(t, tt.sent, ev.Evidence[0].Sentence, "got the deed of sentence %d, want %d: %s", ev.Evidence[0].Sentence, tt.sent, eventsString(g))
		})
	}
}
