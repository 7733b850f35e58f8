package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLentThenWritten checks that a deed told in the present perfect, dated only by the
// publication day ("has targeted hospitals for two years"), and the same doer's deed told with a
// date of the text ("last week", "on Monday"), once joined, keep the written date, whichever
// comes first: a deed told in the past is never dated by the day of publication.
func TestLentThenWritten(t *testing.T) {
	tests := []struct {
		name, body string
		want       string
	}{
		{"perfect then fronted last week", "The ransomware group Cinder Moth has targeted hospitals for two years. Last week, the gang attacked Alder Vale Hospital.", "2025-11"},
		{"perfect then a fronted verb of encrypting", "The ransomware group Cinder Moth has targeted hospitals for two years. Last week, the gang encrypted servers at Alder Vale Hospital.", "2025-11"},
		{"perfect then trailing last week", "The extortion crew Pale Heron has targeted clinics since spring. The crew attacked Dunmore Clinic last week.", "2025-11"},
		{"past first, perfect after", "Hackers attacked Alder Vale Hospital last week. The ransomware group Cinder Moth has targeted hospitals for two years.", "2025-11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			var got []string
			for _, e := range g.Events {
				if e.Type == schema.EventAttack && len(e.Participants) > 1 {
					got = append(got, e.Time.Value)
				}
			}
			require.NotEmpty(t, got, "got %s, want an attack with its parties", eventsString(g))
			for _, v := range got {
				assert.Equal(t, tt.want, v, "got %s, want %s", eventsString(g), tt.want)
			}
		})
	}
}
