package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestOwnTitleConjunct checks that a name set off after "its", "their", "his" or "her" and a
// lower-case title or relation, with or without a comma before the name, is a conjunct of the
// name before "and": the step falls on both ("sanctioned X and its director, Y", "arrested X
// and her husband, Y").
func TestOwnTitleConjunct(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"its director, Y", "The Lusk Treasury imposed sanctions on Corrow Lab and its director, Olan Dask.",
			schema.EventSanction, "lusk-treasury", "olan-dask", true},
		{"its chief executive Y", "The Lusk Treasury sanctioned Corrow Lab and its chief executive Olan Dask.",
			schema.EventSanction, "lusk-treasury", "olan-dask", true},
		{"her husband, Y", "Police in Harlow arrested Sanna Pohl and her husband, Mirek Olan, on Monday.",
			schema.EventLegal, "", "mirek-olan", true},
		{"its parent, Y", "Hackers breached Telmark Bank and its parent, Brask Holdings.",
			schema.EventIntrusion, "", "brask-holdings", true},
	})
}

// TestOwnTitle checks how many tokens at the end of a gap between two names ownTitle reads as
// the second one's title in the first one's body or relation to the first.
func TestOwnTitle(t *testing.T) {
	for _, tt := range []struct {
		name, gap string
		want      int
	}{
		{"its title", "and/CC its/PRP$ chief/JJ executive/NN", 3},
		{"its title and a comma", "and/CC its/PRP$ director/NN ,/,", 3},
		{"her relation and a comma", "and/CC her/PRP$ husband/NN ,/,", 3},
		{"a bare pronoun", "and/CC its/PRP$", 0},
		{"a capitalised word", "and/CC its/PRP$ Director/NNP", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ownTitle(taggedToks(tt.gap)), "got %d, want %d", ownTitle(taggedToks(tt.gap)), tt.want)
		})
	}
}
