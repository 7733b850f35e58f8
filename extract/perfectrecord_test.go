package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

// TestPerfectStanceRecord checks that a stance told in the present perfect and left undated
// ("X has said it was not at fault") takes the time of the occasion that opens the next
// sentence, at any precision, when the same speaker is told voicing it there ("In a letter to
// the council in 2021, its lawyers warned …", "In a statement in May 2025, the embassy said
// …"), and that another speaker's occasion dates nothing.
func TestPerfectStanceRecord(t *testing.T) {
	const published = "2026-03-06"
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent      string
		time       string // "" = undated
	}{
		{"its lawyers' letter in a year dates the company's stance",
			"Dorran Logistics, for its part, has said it was not at fault. In a letter to the council in 2021, its lawyers warned the council that the payment details had been changed by criminals.",
			schema.EventStatement, "dorran-logistics", "2021"},
		{"its own statement in a month dates the embassy's denial",
			"The Velmoran embassy has previously rejected the allegations. In a statement in May 2025, the embassy said Velmora does not conduct cyberattacks.",
			schema.EventDenial, "velmoran-embassy", "2025-05"},
		{"its own briefing on a day dates the embassy's denial",
			"The Velmoran embassy has previously rejected the allegations. At a briefing on Tuesday, the embassy said Velmora does not conduct cyberattacks.",
			schema.EventDenial, "velmoran-embassy", "2026-03-03"},
		{"another speaker's letter dates nothing",
			"Dorran Logistics, for its part, has said it was not at fault. In a letter to the council in 2021, the auditor Kell Partners warned the council that the payment details had been changed by criminals.",
			schema.EventStatement, "dorran-logistics", ""},
		{"another speaker's statement dates nothing",
			"The Velmoran embassy has previously rejected the allegations. In a statement in May 2025, the Norland foreign ministry said Velmora had attacked its banks.",
			schema.EventDenial, "velmoran-embassy", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			ev := eventInSentence(g, tt.typ, tt.agent, 0)
			require.NotNil(t, ev, "no %s by %s in sentence 0: %s", tt.typ, tt.agent, eventsString(g))
			assert.Equal(t, tt.time, ev.Time.Value, "time of %s", eventsString(g))
		})
	}
}

// TestPerfectReport checks which reports perfectReport reads as a main verb in the present
// perfect.
func TestPerfectReport(t *testing.T) {
	tests := []struct {
		name string
		toks []token
		i    int
		want bool
	}{
		{"has said", taggedToks("Dorran/NNP has/VBZ said/VBN it/PRP erred/VBD"), 2, true},
		{"past-tense tag after has", taggedToks("Dorran/NNP has/VBZ said/VBD it/PRP erred/VBD"), 2, true},
		{"one adverb between", taggedToks("The/DT embassy/NN has/VBZ previously/RB rejected/VBN it/PRP"), 4, true},
		{"after a fronted phrase", taggedToks("Dorran/NNP ,/, for/IN its/PRP$ part/NN ,/, has/VBZ said/VBN so/RB"), 7, true},
		{"simple past", taggedToks("Dorran/NNP rejected/VBD it/PRP"), 1, false},
		{"had, the past perfect", taggedToks("Dorran/NNP had/VBD said/VBN so/RB"), 2, false},
		{"a verb before the auxiliary", taggedToks("Officials/NNS said/VBD Dorran/NNP has/VBZ denied/VBN it/PRP"), 4, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, perfectReport(tt.toks, tt.i), "perfectReport(%d)", tt.i)
		})
	}
}
