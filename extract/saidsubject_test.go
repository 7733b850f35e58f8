package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSaidClauseSubjectNoPerson checks that a name right after "said" or "says" that its own
// verb follows is the subject of the clause said, not a speaker set after the verb, and so no
// person for that alone; a name set after the verb at the end of the sentence still is one.
func TestSaidClauseSubjectNoPerson(t *testing.T) {
	tests := []struct {
		name, body, actor string
		person            bool
	}{
		{"said, then the clause's past", "Kestrel Labs said Grey Lantern breached Orrin Water.", "Grey Lantern", false},
		{"said, then a perfect", "The FBI said Grey Lantern had breached Orrin Water.", "Grey Lantern", false},
		{"says, then a past", "Kestrel Labs says Grey Lantern stole data from Orrin Water.", "Grey Lantern", false},
		{"said, then a modal", "Kestrel Labs said Grey Lantern could strike again.", "Grey Lantern", false},
		{"speaker after the verb", "\"We restored the systems,\" said Mara Velden.", "Mara Velden", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			a := actorByName(g, tt.actor)
			require.NotNil(t, a, "got %v, want actor %s", g.Actors, tt.actor)
			assert.Equal(t, tt.person, a.Kind == schema.KindPerson, "got kind %s for %s", a.Kind, tt.actor)
		})
	}
}

// TestNameFitsPluralHead checks that a description's head fits a name that ends in its plural
// ("Brightwater Labs" … "the lab"), as it fits one that holds it, and no name that only holds
// it inside a word.
func TestNameFitsPluralHead(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		head, name string
		want       int
	}{
		{"lab", "Brightwater Labs", fitName},
		{"bank", "Marrow Bank", fitName},
		{"lab", "Labrador Freight", fitNone},
		{"lab", "Labs Of Quenby", fitNone},
	}
	for _, tt := range tests {
		t.Run(tt.head+" "+tt.name, func(t *testing.T) {
			got := x.nameFits(mention{Head: tt.head, Text: "the " + tt.head}, entity{Name: tt.name})
			assert.Equal(t, tt.want, got, "got %d, want %d", got, tt.want)
		})
	}
}
