package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lemmaTime is one body with the lemma of the trigger of the event it must give and that
// event's time value ("" = undated).
type lemmaTime struct {
	name, body, lemma, time string
}

// checkLemmaTimes extracts each case's body, published on the given day, and checks the time
// of the event its lemma triggers in the given sentence (triggeredIn).
func checkLemmaTimes(t *testing.T, published string, sentence int, tests []lemmaTime) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			ev := triggeredIn(g, tt.lemma, sentence)
			require.NotNil(t, ev, "no %q event: %s", tt.lemma, eventsString(g))
			assert.Equal(t, tt.time, ev.Time.Value, "got %q, want %q: %s", ev.Time.Value, tt.time, eventsString(g))
		})
	}
}

// TestWhenCoordinated checks that a clause opened by ", when" after a time dates a past verb
// joined by "and" to the clause's first verb, as it does the first ("came to light in late
// August, when X noticed strange traffic and alerted Y"), past a description of the subject
// that holds a relative "that"; and that a verb of a clause reported inside it is left alone.
func TestWhenCoordinated(t *testing.T) {
	const published = "2025-11-20"
	tests := []lemmaTime{
		{"second verb", "The breach came to light in late August, when Norrsk Security noticed strange traffic on the network and alerted the Cyber Police.", "alert", "2025-08"},
		{"second verb past a description", "The intrusion was discovered in March, when Velmont Bank, a lender based in Riga, spotted odd logins and warned its customers.", "warn", "2025-03"},
		{"second verb past a description with that", "The breach came to light in late August, when Norrsk Security, a firm that monitors banks, noticed strange traffic and alerted the Cyber Police.", "alert", "2025-08"},
		{"a verb reported in the clause", "The attack came to light in May, when investigators said that hackers stole data and leaked it online.", "leak", ""},
	}
	checkLemmaTimes(t, published, 0, tests)
}

// TestAndJoinedPast checks andJoinedPast on tagged tokens.
func TestAndJoinedPast(t *testing.T) {
	tests := []struct {
		name, text string
		j, i       int
		want       bool
	}{
		{"two past verbs", "X/NNP noticed/VBD odd/JJ traffic/NN and/CC alerted/VBD police/NNS", 1, 5, true},
		{"a finite verb between", "X/NNP said/VBD hackers/NNS stole/VBD data/NNS and/CC leaked/VBD it/PRP", 1, 6, false},
		{"no and", "X/NNP noticed/VBD odd/JJ traffic/NN ,/, alerted/VBD police/NNS", 1, 5, false},
		{"a form of be first", "X/NNP was/VBD busy/JJ and/CC alerted/VBD police/NNS", 1, 4, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := andJoinedPast(taggedToks(tt.text), tt.j, tt.i)
			assert.Equal(t, tt.want, got, "got %v, want %v", got, tt.want)
		})
	}
}
