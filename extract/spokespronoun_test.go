package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/require"
)

// TestSpokesPronoun checks that "he" or "she" opening the clause an unnamed spokesperson's
// "said" reports stands for the spokesperson, and so for the body it speaks for ("a spokesman
// for X said he was not aware of the case but accused Y of …"), not for the last person the
// article named.
func TestSpokesPronoun(t *testing.T) {
	const lead = "Federal prosecutors charged Tomas Rennick, a former engineer, with passing secrets to China. Rennick denied the charges on Friday. "
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent, not string
	}{
		{"spokesman for X's ministry, accused", "A spokesman for China's Foreign Ministry said on Monday that he was not aware of the case but accused Washington of smearing China.", schema.EventAccusation, "chinas-foreign-ministry", "tomas-rennick"},
		{"spokesman for X's ministry, denied", "Asked about the case on Monday, a spokesman for China's Foreign Ministry said he was not aware of the details.", schema.EventDenial, "chinas-foreign-ministry", ""},
		{"X spokeswoman", "A Foreign Ministry spokeswoman said on Monday that she was not aware of the case but accused Washington of smearing China.", schema.EventAccusation, "foreign-ministry", "tomas-rennick"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", lead+tt.body)
			require.NotNil(t, findEvent(g, tt.typ, tt.agent, ""), "got %s, want a %s by %s", eventsString(g), tt.typ, tt.agent)
			if tt.not != "" {
				for _, e := range g.Events {
					if e.Type == tt.typ && e.Evidence[0].Sentence == 2 {
						require.False(t, hasParticipant(e, tt.not, schema.RoleAgent), "got %s, want no %s by %s", eventsString(g), tt.typ, tt.not)
					}
				}
			}
		})
	}
}

// TestQuestionedDenial checks that a denial joined by ", and" or ", but" to a questioning told
// with its time ("Agents interviewed X in November 2024, and he denied …") takes that time.
func TestQuestionedDenial(t *testing.T) {
	const lead = "Federal prosecutors charged Tomas Rennick, a former engineer, with passing secrets to Ostmark. "
	tests := []struct{ name, body, day string }{
		{"interviewed, and", "FBI agents interviewed Tomas Rennick in November 2024, and he denied having any contact with Ostmark officials.", "2024-11"},
		{"questioned, but", "Police questioned Rennick on Friday, but he denied any role in the scheme.", "2025-11-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", lead+tt.body)
			ev := findEvent(g, schema.EventDenial, "tomas-rennick", "")
			require.NotNil(t, ev, "got %s, want a denial by tomas-rennick", eventsString(g))
			require.Equal(t, tt.day, ev.Time.Value, "got %s, want the denial in %s", eventsString(g), tt.day)
		})
	}
}
