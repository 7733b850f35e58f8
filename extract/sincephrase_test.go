package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

// TestSinceNounPhraseTime checks that a time told after "since" and a noun phrase that follows
// a deed ("the largest leak since the Velox breach six years ago") dates that phrase's
// incident, not the deed, and that a deed's own time before such a phrase, or a time right
// after "since", is read as before.
func TestSinceNounPhraseTime(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		target     string
		want       string // the deed's time; "" for none
	}{
		{"a count back after the breach", "Hackers stole thousands of files from Orvex Labs, in one of the largest leaks since the Velox breach six years ago.", schema.EventTheft, "Orvex Labs", ""},
		{"a year after the breach", "A gang attacked the Harlan power grid, the worst attack on a utility since the Velox breach in 2015.", schema.EventAttack, "Harlan", ""},
		{"passive deed, deictic year", "Files were stolen from Orvex Labs, the largest theft since the Velox hack last year.", schema.EventTheft, "Orvex Labs", ""},
		{"a month after the breach", "Hackers leaked the files of Tessel Motors, the biggest leak in the car industry since the Velox breach in March.", schema.EventLeak, "Tessel Motors", ""},
		{"the deed's own day stays", "Ravel Bank was hit by ransomware on Monday, its worst outage since a fire in 2019.", schema.EventAttack, "Ravel Bank", "2021-09-13"},
		{"the deed's own month stays", "Hackers broke into Tessel Motors in March, the first intrusion since the Velox breach two years ago.", schema.EventIntrusion, "Tessel Motors", "2021-03"},
		{"a clause after since, as before", "The Dark Loom group broke into the Pellam Water Authority, the first such intrusion since hackers hit the Tessel grid in December 2015.", schema.EventIntrusion, "Pellam Water Authority", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2021-09-15", tt.body)
			a := actorByName(g, tt.target)
			require.NotNil(t, a, "no actor %q in %v", tt.target, names(g))
			e := findEvent(g, tt.typ, "", a.ID)
			require.NotNil(t, e, eventsString(g))
			assert.Equal(t, tt.want, e.Time.Value, "got %q, want %q", e.Time.Value, tt.want)
		})
	}
}
