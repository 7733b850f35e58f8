package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStatementCited checks that a statement cited with "according to a statement from X" is a
// statement X made, dated by its own time phrase, wherever the phrase stands in the sentence.
func TestStatementCited(t *testing.T) {
	tests := []struct {
		name, body, speaker, time string
	}{
		{"fronted", "According to a statement from Kessler Mills, intruders copied payroll files.", "kessler-mills", ""},
		{"fronted and dated", "According to a brief statement from Kessler Mills on Friday, intruders copied payroll files.", "kessler-mills", "2025-06-06"},
		{"trailing and dated", "Intruders copied payroll files, according to a statement from Kessler Mills on Friday.", "kessler-mills", "2025-06-06"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-12", tt.body)
			ev := findEvent(g, schema.EventStatement, tt.speaker, "")
			require.NotNil(t, ev, "got %s, want a statement by %s", eventsString(g), tt.speaker)
			assert.Equal(t, tt.time, ev.Time.Value, "got %s, want %s", ev.Time.Value, tt.time)
		})
	}
}

// TestStatementCitedReading checks which noun phrases statementCited reads as cited.
func TestStatementCitedReading(t *testing.T) {
	tests := []struct {
		tagged string // word/TAG pairs, the noun last
		want   bool
	}{
		{"according/VBG to/TO a/DT statement/NN", true},
		{"according/VBG to/TO a/DT brief/JJ statement/NN", true},
		{"in/IN a/DT statement/NN", false},
		{"according/VBG to/TO police/NN statement/NN", false},
	}
	for _, tt := range tests {
		toks := taggedToks(tt.tagged)
		assert.Equal(t, tt.want, statementCited(toks, len(toks)-1), "%v", tt.tagged)
	}
}

// TestAccordingPhraseTime checks that a time inside an "according to" phrase dates the
// statement or document the phrase cites, not a deed the sentence tells outside the phrase,
// while a time of the deed's own clause still dates it.
func TestAccordingPhraseTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"fronted statement with a day", "2025-06-12", "According to a statement published by Kessler Mills on Friday, intruders stole payroll files.", schema.EventTheft, "", "", ""},
		{"trailing statement with a day", "2025-06-12", "Intruders stole payroll files, according to a statement from Kessler Mills on Friday.", schema.EventTheft, "", "", ""},
		{"the deed's own month", "2025-06-12", "According to a statement from Kessler Mills on Friday, intruders stole payroll files in April.", schema.EventTheft, "", "", "2025-04"},
	}, false)
}
