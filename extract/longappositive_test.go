package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/require"
)

// TestLongNounAsideSpeaker checks that a name followed by a long appositive noun phrase set off
// by commas before "said" ("X, the special agent in charge of the FBI's Denver field office,
// said") is the speaker, however many words the phrase holds, while a long aside holding a
// clause of its own ("X, a former prosecutor who now teaches …, said") is still not read over.
func TestLongNounAsideSpeaker(t *testing.T) {
	const lead = "Two men were charged on Monday with running a ransomware scheme against Corran Hospital. "
	tests := []struct {
		name, body string
		agent      string // "" for no statement by who
		who        string
	}{
		{"special agent in charge", "Tomas Vell, the special agent in charge of the FBI's Denver office, said in a statement that the payments had been traced.", "tomas-vell", ""},
		{"field office, after a quote", "\"The payments left a trail,\" Anna Brisk, the special agent in charge of the FBI's Denver field office, said on Tuesday.", "anna-brisk", ""},
		{"lecturer at a university", "Rosa Telling, a senior lecturer in criminal law at the University of Tarvik in the north, said the case was unusual.", "rosa-telling", ""},
		{"coordinated noun phrases", "Corran Hospital, the largest employer in the county and the only trauma centre for a hundred miles, said it had restored its systems.", "corran-hospital", ""},
		{"relative clause inside", "Lyle Ormsby, a former prosecutor who now teaches at a law school in the capital city, said the charges were weak.", "", "lyle-ormsby"},
		{"whose clause inside", "Vera Holt, the mother of a patient whose records were among those posted on the gang's leak site, said she was angry.", "", "vera-holt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", lead+tt.body)
			if tt.agent == "" {
				require.Nil(t, findEvent(g, schema.EventStatement, tt.who, ""), "got %s, want no statement by %s", eventsString(g), tt.who)
				return
			}
			require.NotNil(t, findEvent(g, schema.EventStatement, tt.agent, ""), "got %s, want a statement by %s", eventsString(g), tt.agent)
		})
	}
}
