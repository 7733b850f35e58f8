package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/intelgraph/intelgraph/graph"
)

// triggeredIn returns the first event of g whose trigger lemma is lemma and whose first
// evidence is in the given sentence, or nil.
func triggeredIn(g *graph.Graph, lemma string, sentence int) *graph.Event {
	for i, e := range g.Events {
		if e.Trigger == lemma && len(e.Evidence) > 0 && e.Evidence[0].Sentence == sentence {
			return &g.Events[i]
		}
	}
	return nil
}

// TestSubjectRelativeTime checks that a time inside a relative clause without commas on the
// subject dates that clause's verb, not the main clause's verb after it ("A man who was
// extradited in March pleaded guilty on Tuesday"): the main verb takes its own time, or none
// when it is a step of law or a telling with no time of its own; a deed with no time of its
// own keeps the clause's ("Hackers who broke into X on May 2 stole Y").
func TestSubjectRelativeTime(t *testing.T) {
	const published = "2025-11-20"
	tests := []lemmaTime{
		{"passive relative, plea with its day", "A Moldovan man who was extradited from Spain this spring pleaded guilty on Tuesday to hacking Velmont Bank, prosecutors said.", "plead", "2025-11-18"},
		{"relative with a year, plea with its day", "A hacker who was arrested in Portugal last year pleaded guilty on Monday to wire fraud.", "plead", "2025-11-17"},
		{"relative with a year, plea without a day", "A hacker who was arrested in Portugal last year pleaded guilty to wire fraud.", "plead", ""},
		{"active relative, deed with its day", "Hackers who stole data from Harbin Mutual in January leaked the files on Wednesday.", "leak", "2025-11-19"},
		{"object relative, passive main verb", "The contractor that Velmont Bank hired in 2022 was indicted on Wednesday on fraud charges.", "indict", "2025-11-19"},
		{"deed without a day keeps the clause's", "Attackers who broke into Velmont Bank on October 2 stole the records of 40,000 customers.", "break into", "2025-10-02"},
		{"the clause's own verb keeps its time", "A hacker who was arrested in Portugal last year pleaded guilty on Monday to wire fraud.", "arrest", "2024"},
	}
	checkLemmaTimes(t, published, 0, tests)
}

// TestSubjectRelativeTimeTokens checks subjectRelativeTime on tagged tokens.
func TestSubjectRelativeTimeTokens(t *testing.T) {
	tests := []struct {
		name, text string
		t, end, i  int
		want       bool
	}{
		{"main verb after the clause", "The/DT group/NN that/WDT breached/VBD Corvel/NNP last/JJ month/NN attacked/VBD Brightwater/NNP", 5, 7, 7, true},
		{"passive main verb", "A/DT man/NN who/WP was/VBD arrested/VBN in/IN March/NNP was/VBD charged/VBN", 6, 7, 8, true},
		{"a verb coordinated in the clause", "Hackers/NNS who/WP stole/VBD data/NNS in/IN May/NNP and/CC leaked/VBD it/PRP", 5, 6, 7, false},
		{"a comma before the verb", "Hackers/NNS who/WP stole/VBD data/NNS in/IN May/NNP ,/, police/NNS said/VBD", 5, 6, 8, false},
		{"no relative clause", "The/DT group/NN last/JJ month/NN attacked/VBD Brightwater/NNP", 2, 4, 4, false},
		{"the time after the trigger", "The/DT group/NN attacked/VBD Brightwater/NNP last/JJ month/NN", 4, 6, 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := subjectRelativeTime(taggedToks(tt.text), tt.t, tt.end, tt.i)
			assert.Equal(t, tt.want, got, "got %v, want %v", got, tt.want)
		})
	}
}
