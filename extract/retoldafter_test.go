package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRetoldAfter checks that a deed told with its day and then told again without one, on the
// same victim, by a definite deed noun (of its type or family), a passive harm or a doer named by a definite description
// ("the attackers", "the hackers … and wiped"), is one deed at that day; and that two dated
// attacks on the victim, a deed of another occasion ("a previous attack") and a hedged one
// stay apart.
func TestRetoldAfter(t *testing.T) {
	const published = "2025-11-20"
	tests := []struct {
		name, body string
		typ        schema.EventType
		sents      int    // the sentences the first event of the type is told in
		time       string // its time
	}{
		{"the attackers", "Varden Insurance was hit by a ransomware attack on Tuesday, the company said. The attackers encrypted its servers and demanded a ransom, a person familiar with the matter said.", schema.EventAttack, 2, "2025-11-18"},
		{"the hackers and a joined verb", "Hackers attacked the Port of Kellam on Friday, disrupting its cargo systems. The hackers disabled the port's scheduling software and wiped its backups, the port's director said.", schema.EventAttack, 2, "2025-11-14"},
		{"the attack as subject", "The city of Brennick was hit by a cyberattack on November 2. The attack disrupted its payment systems for a week, officials said.", schema.EventAttack, 2, "2025-11-02"},
		{"the breach after an attack", "Varden Insurance was hit by a ransomware attack on Tuesday, the company said. The breach disrupted its claims systems, a spokesman said.", schema.EventAttack, 2, "2025-11-18"},
		{"a passive harm", "Varden Insurance was hit by a ransomware attack on Tuesday, the company said. Its servers were encrypted and its backups were deleted, a spokesman said.", schema.EventAttack, 2, "2025-11-18"},
		{"a theft told again", "Thieves stole $40 million in cryptocurrency from Lattice Exchange on October 19. The hackers drained the exchange's hot wallets in a series of transfers, the company said.", schema.EventTheft, 2, "2025-10-19"},
		{"two dated attacks", "Dunmore Council was attacked on March 3 and again on May 5, officials said. The attackers encrypted the council's file servers, officials said.", schema.EventAttack, 1, "2025-03-03"},
		{"a previous attack", "Hackers attacked the Port of Kellam on Friday, disrupting its cargo systems. A previous attack on the Port of Kellam had disrupted its customs systems, the director said.", schema.EventAttack, 1, "2025-11-14"},
		{"a hedged deed", "Hackers attacked the Port of Kellam on Friday, disrupting its cargo systems. The attackers may have disabled its customs software too, the director said.", schema.EventAttack, 1, "2025-11-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			var first *graph.Event
			for k := range g.Events {
				if g.Events[k].Type == tt.typ {
					first = &g.Events[k]
					break
				}
			}
			require.NotNil(t, first, "no %s event: %s", tt.typ, eventsString(g))
			assert.Len(t, first.Evidence, tt.sents, "got %d sentences, want %d: %s", len(first.Evidence), tt.sents, eventsString(g))
			assert.Equal(t, tt.time, first.Time.Value, "got %q, want %q: %s", first.Time.Value, tt.time, eventsString(g))
		})
	}
}
