package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDenialBodySpokesperson checks that a bare denial by a body and the words a person whose
// apposition names that body's spokesperson ("X, an embassy spokesman,") gives it in the next
// sentence are one denial on the day those words were said, and that a person with another
// role stays apart.
func TestDenialBodySpokesperson(t *testing.T) {
	tests := []struct {
		name, body string
		speaker    string // the speaker folded into the denial; "" when the words stay apart
		day        string
	}{
		{"embassy spokesman, quote first", "The Vietnamese embassy in Oslo rejected the accusation. \"Our country opposes all hacking,\" Ondrel Vask Quimby, an embassy spokesman, said on Tuesday.",
			"ondrel-vask-quimby", "2025-11-18"},
		{"ministry spokeswoman, inverted said", "The Hanoi Ministry denied the claims. \"These claims are false,\" said Mirelle Quastrowe, a ministry spokeswoman, on Monday.",
			"mirelle-quastrowe", "2025-11-17"},
		{"two-word office", "The Vietnamese embassy in Oslo dismissed the report. \"We have seen no evidence,\" Tobin Farrowick, the embassy's spokesperson, said on Wednesday.",
			"tobin-farrowick", "2025-11-19"},
		{"a lawyer speaking", "The Vietnamese embassy in Oslo rejected the accusation. \"This is slander,\" said Ivo Marsh, a lawyer for the hackers, on Tuesday.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", leadDeed+tt.body)
			require.Equal(t, 1, countEvents(g, schema.EventDenial), "got %s, want one denial", eventsString(g))
			d := findEvent(g, schema.EventDenial, "", "")
			if tt.speaker == "" {
				assert.Len(t, d.Evidence, 1, "got %s, want the next sentence apart", eventsString(g))
				return
			}
			assert.True(t, hasParticipant(*d, tt.speaker, schema.RoleAgent), "got %s, want %s denying", eventsString(g), tt.speaker)
			assert.Equal(t, tt.day, d.Time.Value, "got %s, want the denial on %s", eventsString(g), tt.day)
		})
	}
}

// TestDenialLentDayGivesWay checks that a reaction that took the day of the occasion told before
// it ("X said on Tuesday … ¶ Y rejected the allegations.") takes instead the day its own voice is
// told speaking on in the next sentence, fronted or closing the quote.
func TestDenialLentDayGivesWay(t *testing.T) {
	const told = "Officials at the Harlow Agency said on Tuesday that hackers working for Ruvania had broken into Kelso Bank.\n\n"
	tests := []struct {
		name, body string
		day        string
	}{
		{"fronted briefing", "The Ruvanian cabinet denied the accusations. At its weekly press briefing on Wednesday, an Interior Ministry spokeswoman said the report was \"pure invention.\"",
			"2025-11-19"},
		{"the ministry itself, quote first", "The Ostrava Ministry denied the claims. \"These claims are false,\" the ministry said on Wednesday.",
			"2025-11-19"},
		{"spokesman in apposition", "The Ruvanian embassy in Oslo dismissed the report. \"We have seen no evidence,\" Lev Orlan, an embassy spokesman, said on Thursday.",
			"2025-11-20"},
		{"no day of its own", "The Ruvanian cabinet denied the accusations. \"Nothing in the report is true,\" an Interior Ministry spokeswoman said.",
			"2025-11-18"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", told+tt.body)
			require.Equal(t, 1, countEvents(g, schema.EventDenial), "got %s, want one denial", eventsString(g))
			d := findEvent(g, schema.EventDenial, "", "")
			assert.Equal(t, tt.day, d.Time.Value, "got %s, want the denial on %s", eventsString(g), tt.day)
		})
	}
}
