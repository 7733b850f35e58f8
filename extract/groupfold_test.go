package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDescribedGroupInNamingSentence checks that, in an article naming two threat groups, a
// described group ("hackers", "attackers") is the one group its own sentence names, and that a
// sentence naming both groups, or none, gives it to neither.
func TestDescribedGroupInNamingSentence(t *testing.T) {
	lead := "Slate Wren, a hacking group, breached Harlow Bank in March, Kestrel Labs said. " +
		"Tin Adder, a criminal group, has listed 40 victims this year. "
	tests := []struct {
		name, body, group string
		want              bool
	}{
		{"the one group its sentence names", lead + "On Monday, hackers using the Tin Adder ransomware locked up the servers of Orbis Freight.", "Tin Adder", true},
		{"not the other group", lead + "On Monday, hackers using the Tin Adder ransomware locked up the servers of Orbis Freight.", "Slate Wren", false},
		{"a sentence naming both groups", lead + "On Monday, hackers using Tin Adder and Slate Wren tools locked up the servers of Orbis Freight.", "Tin Adder", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			a := actorByName(g, tt.group)
			require.NotNil(t, a, names(g))
			assert.Equal(t, tt.want, containsString(a.Aliases, "hackers"), "got aliases %v", a.Aliases)
		})
	}
}

// TestApposedGroup checks which described groups stand beside a name as its apposition.
func TestApposedGroup(t *testing.T) {
	toks := func(words ...string) []token {
		var out []token
		for _, w := range words {
			tag := "NN"
			switch w {
			case ",":
				tag = ","
			case "a", "the":
				tag = "DT"
			case "Russian-speaking", "criminal":
				tag = "JJ"
			case "broke":
				tag = "VBD"
			}
			out = append(out, token{Text: w, Lower: w, Tag: tag})
		}
		return out
	}
	tests := []struct {
		name string
		toks []token
		n, m mention
		want bool
	}{
		{"after a comma and an article", toks("Ash", "Lark", ",", "a", "Russian-speaking", "group"), mention{First: 0, Last: 2}, mention{First: 5, Last: 6}, true},
		{"right before the name", toks("the", "hacking", "group", "Ash", "Lark"), mention{First: 3, Last: 5}, mention{First: 1, Last: 3}, true},
		{"a verb between", toks("Ash", "Lark", ",", "a", "group", "broke", "in", "the", "hackers"), mention{First: 0, Last: 2}, mention{First: 8, Last: 9}, false},
		{"no comma", toks("Ash", "Lark", "and", "the", "criminal", "gang"), mention{First: 0, Last: 2}, mention{First: 5, Last: 6}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, apposedGroup(tt.toks, tt.n, tt.m))
		})
	}
}
