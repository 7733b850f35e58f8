package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dayOfDeed returns the time value of the first event of type typ with target among its
// participants, failing the test when there is none.
func dayOfDeed(t *testing.T, g *graph.Graph, typ, target string) string {
	t.Helper()
	for _, e := range g.Events {
		if e.Type == schema.EventType(typ) && hasParticipant(e, target, schema.RoleTarget) {
			return e.Time.Value
		}
	}
	require.Failf(t, "no event", "no %s on %s in %s", typ, target, eventsString(g))
	return ""
}

// TestIntensiveNounDay checks that a definite deed noun followed by an intensive reflexive ("The
// theft itself took place on May 12", "The attacks themselves began on August 3") is the subject
// of its verb and lends its day to the deed told before, while the noun as an object ("described
// the intrusion itself on Tuesday") lends none.
func TestIntensiveNounDay(t *testing.T) {
	for _, tt := range []struct{ name, body, typ, target, want string }{
		{"theft itself took place", "Constables in Brindmoor said on Wednesday that the Quellan crew had stolen tokens from Pellwick Exchange.\n\nThe theft itself took place shortly before dawn on May 12, as dozens of small payouts hollowed out a reserve account.",
			"theft", "pellwick-exchange", "2020-05-12"},
		{"theft itself happened", "The police said on Wednesday that the Harrow gang had drained the funds from Velta Exchange.\n\nThe theft itself happened on May 12.",
			"theft", "velta-exchange", "2020-05-12"},
		{"intrusion itself began", "Hackers from the Mirefall group broke into the network of Osric Bank, the bank said on Thursday.\n\nThe intrusion itself began on July 14, investigators said.",
			"intrusion", "osric-bank", "2020-07-14"},
		{"attacks themselves began", "The Kessing gang attacked the systems of two hospitals in Lowmere, the police said on Friday.\n\nThe attacks themselves began on August 3.",
			"attack", "two-hospitals", "2020-08-03"},
		{"noun itself as an object", "Hackers from the Mirefall group broke into the network of Osric Bank, the bank said on Thursday.\n\nInvestigators described the intrusion itself on Tuesday as unusually careful.",
			"intrusion", "osric-bank", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2020-08-29", tt.body)
			got := dayOfDeed(t, g, tt.typ, tt.target)
			assert.Equal(t, tt.want, got, "got %q, want %q", got, tt.want)
		})
	}
}
