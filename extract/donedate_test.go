package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDoneNotDatedLater checks that a step told as done (simple past, perfect, passive, or the
// noun object of such a verb) takes no time after the day of writing from a later clause that
// tells what is to come, and goes on with the day of the sentences before when its own
// sentence gives no other.
func TestDoneNotDatedLater(t *testing.T) {
	for _, tt := range []struct{ name, body, typ, target, want string }{
		{"simple past beside a future clause", "On Monday, police in Brevia raided the offices of Telmark Systems. Officers arrested Joran Vale, and a judge will decide on his bail next month.",
			"legal", "joran-vale", "2025-11-17"},
		{"perfect beside a future clause", "The Lusk Treasury has sanctioned Corrow Lab, and officials will review the case next year.",
			"sanction", "corrow-lab", "2025-11-20"},
		{"noun object of a past verb", "On Tuesday, the Lusk Treasury imposed sanctions on Corrow Lab, and officials will review them next year.",
			"sanction", "corrow-lab", "2025-11-18"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			ev := findEvent(g, schema.EventType(tt.typ), "", tt.target)
			require.NotNil(t, ev, "no %s against %s in %s", tt.typ, tt.target, eventsString(g))
			assert.Equal(t, tt.want, ev.Time.Value, "got %s, want %s", ev.Time.Value, tt.want)
		})
	}
}

// TestToldDone checks which triggers toldDone reads as told as done.
func TestToldDone(t *testing.T) {
	for _, tt := range []struct {
		name string
		toks []token
		i    int
		want bool
	}{
		{"simple past", taggedToks("police/NNS arrested/VBD him/PRP"), 1, true},
		{"perfect", taggedToks("prosecutors/NNS have/VBP charged/VBN him/PRP"), 2, true},
		{"passive", taggedToks("he/PRP was/VBD later/RB charged/VBN"), 3, true},
		{"modal perfect", taggedToks("they/PRP could/MD have/VB charged/VBN him/PRP"), 3, false},
		{"future passive", taggedToks("he/PRP will/MD be/VB charged/VBN"), 3, false},
		{"noun object of a past verb", taggedToks("it/PRP imposed/VBD new/JJ sanctions/NNS"), 3, true},
		{"noun object of a present verb", taggedToks("it/PRP faces/VBZ charges/NNS"), 2, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, toldDone(tt.toks, tt.i), "got %v, want %v", !tt.want, tt.want)
		})
	}
}
