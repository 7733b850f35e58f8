package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPartyTagNoActor checks that the party and state tag news style sets after a U.S.
// lawmaker's name, between commas or in brackets ("Sen. X, R-Idaho,", "Sen. X (D-Vt.)"),
// names no actor, so the lawmaker stays the agent, also after an inverted "said".
func TestPartyTagNoActor(t *testing.T) {
	tests := []struct {
		name, body, agent, tag string
		typ                    schema.EventType
	}{
		{"senator accuses",
			"Sen. Walter Brandt, R-Idaho, accused Russia of sheltering the ransomware gangs.",
			"walter-brandt", "R-Idaho", schema.EventAccusation},
		{"a state split by full stops",
			"Rep. Alma Ortiz, D-N.M., accused China of stealing the designs.",
			"alma-ortiz", "D-N.M.", schema.EventAccusation},
		{"brackets, accuses",
			"Sen. Noor Hadley (D-N.Y.) accused China of stealing the records.",
			"noor-hadley", "D-N.Y", schema.EventAccusation},
		{"brackets, says",
			"Rep. Edwin Starke (R-Kan.) said the agency had failed.",
			"edwin-starke", "R-Kan", schema.EventStatement},
		{"brackets, tells reporters after a quote",
			"\"We were never told,\" Rep. Basil Crowe (I-Vt.) told reporters on Wednesday.",
			"basil-crowe", "I-Vt", schema.EventStatement},
		{"brackets after an inverted said",
			"\"The rules are clear,\" said Rep. Agnes Mollo (D-Calif.).",
			"agnes-mollo", "D-Calif", schema.EventStatement},
		{"brackets after an inverted said, a day after",
			"\"The rules are clear,\" said Sen. Gale Ormond (D-Maine) on Tuesday.",
			"gale-ormond", "D-Maine", schema.EventStatement},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-05-14", tt.body)
			assert.Nil(t, actorByName(g, tt.tag), "got the tag %q as an actor in %v", tt.tag, names(g))
			e := findEvent(g, tt.typ, tt.agent, "")
			require.NotNil(t, e, "no %s by %s in\n%s", tt.typ, tt.agent, eventsString(g))
		})
	}
}

// TestPartyTagEnd checks where partyTagEnd finds a tag's closing comma.
func TestPartyTagEnd(t *testing.T) {
	tok := func(ws ...string) []token {
		out := make([]token, len(ws))
		for i, w := range ws {
			out[i] = token{Text: w}
		}
		return out
	}
	tests := []struct {
		name string
		toks []token
		at   int
		want int
	}{
		{"one word", tok("Brandt", ",", "R-Idaho", ",", "said"), 2, 3},
		{"split state", tok("Ortiz", ",", "D-N", ".", "M", ".", ",", "said"), 2, 6},
		{"no comma before", tok("Brandt", "R-Idaho", ",", "said"), 1, -1},
		{"lower case after the dash", tok("Brandt", ",", "R-based", ",", "said"), 2, -1},
		{"no closing comma", tok("Brandt", ",", "R-Idaho", "said"), 2, -1},
		{"in brackets", tok("Hadley", "(", "D-N", ".", "Y", ".", ")", "said"), 2, 6},
		{"bracket closed by a comma", tok("Hadley", "(", "D-Vt", ".", ",", "said"), 2, -1},
		{"comma closed by a bracket", tok("Hadley", ",", "D-Vt", ".", ")", "said"), 2, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, partyTagEnd(tt.toks, tt.at))
		})
	}
}
