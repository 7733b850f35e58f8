package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRecordClauseApart checks that a deed told in a clause on a doer's record ("X, a gang
// that has hit hospitals") does not join the story's own deed told in the same sentence ("The
// attack was carried out by X, …"): the story's deed keeps the day told before it rather than
// the publication day the record's present perfect lends, while a later mention of the record
// deeds on the same victims still joins them.
func TestRecordClauseApart(t *testing.T) {
	const published = "2025-11-20"
	tests := []struct {
		name, body string
		typ        schema.EventType
		target     string // the victim of the deed checked
		time       string
	}{
		{"carried out by a gang with a record", "Varden Insurance was hit by a ransomware attack on Tuesday. The attack was carried out by Pale Otter, a gang that has hit hospitals.", schema.EventAttack, "varden-insurance", "2025-11-18"},
		{"a record of thefts", "Thieves stole $40 million from Lattice Exchange on October 19. The theft was carried out by Marsh Viper, a group that has stolen from banks.", schema.EventTheft, "lattice-exchange", "2025-10-19"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			ev := findEvent(g, tt.typ, "", tt.target)
			require.NotNil(t, ev, "no %s on %s: %s", tt.typ, tt.target, eventsString(g))
			assert.Equal(t, tt.time, ev.Time.Value, "got %q, want %q: %s", ev.Time.Value, tt.time, eventsString(g))
			assert.Equal(t, 1, countEventsWith(g, tt.typ, tt.target, schema.RoleTarget), "got %d %s events on %s, want 1: %s",
				countEventsWith(g, tt.typ, tt.target, schema.RoleTarget), tt.typ, tt.target, eventsString(g))
		})
	}
}
