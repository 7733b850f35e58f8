package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestCountedNext checks that a legal step whose object only counts people ("unsealed charges
// against three Iranian men", "charged three Russian nationals") takes as its patients the people
// the next sentence's charge names when it names as many (countedNext), and no one when the
// count differs or the next sentence charges no one.
func TestCountedNext(t *testing.T) {
	tests := []struct {
		name, body, agent, target string
		want                      bool
	}{
		{"charges against a counted group, names in the indictment next",
			"On Monday the Justice Department unsealed charges against three Iranian men over attacks on grain cooperatives.\n\nThe indictment, returned by a grand jury in Omaha in April, charges Darius Pellam, 34, Omid Vasker, 29, and Kian Morrow, 31, with conspiracy to damage protected computers.",
			"justice-department", "omid-vasker", true},
		{"the lede's own description as an actor does not block the names",
			"On Tuesday the Justice Department unsealed charges against two Chinese nationals it says stole chip designs.\n\nThe indictment, returned by a grand jury in Austin in June, charges Brand Holloway, 38, and Tamsin Reeve, 41, with theft of trade secrets.",
			"justice-department", "tamsin-reeve", true},
		{"a verb's counted object, names next",
			"Federal prosecutors in Ohio on Friday indicted two Russian nationals over a ransomware campaign against hospitals.\n\nThe indictment, returned by a grand jury in Cleveland, charges Piet Anders, 40, and Lorne Vasquez, 33, with extortion.",
			"", "lorne-vasquez", true},
		{"a different count takes no names",
			"On Monday the Justice Department unsealed charges against two Iranian men over attacks on grain cooperatives.\n\nThe indictment, returned by a grand jury in Omaha in April, charges Darius Pellam, 34, Omid Vasker, 29, and Kian Morrow, 31, with conspiracy to damage protected computers.",
			"justice-department", "omid-vasker", false},
		{"a next sentence that charges no one takes no names",
			"On Monday the Justice Department unsealed charges against two Iranian men over attacks on grain cooperatives.\n\nDarius Pellam and Omid Vasker thanked the cooperatives for their patience.",
			"justice-department", "omid-vasker", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.Equal(t, tt.want, firstSentenceStep(g, tt.agent, tt.target), "got %v, want %v in %s", !tt.want, tt.want, eventsString(g))
		})
	}
}

// firstSentenceStep reports whether g has a legal event told in the first sentence with the
// agent ("" = any) and the target.
func firstSentenceStep(g *graph.Graph, agent, target string) bool {
	for _, e := range g.Events {
		if e.Type != schema.EventLegal || len(e.Evidence) == 0 || e.Evidence[0].Sentence != 0 {
			continue
		}
		if (agent == "" || hasParticipant(e, agent, schema.RoleAgent)) && hasParticipant(e, target, schema.RoleTarget) {
			return true
		}
	}
	return false
}
