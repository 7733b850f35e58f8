package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCountryOwnedAgencies checks agencies named right after a country's possessive ("Chile's
// National Cyber Centre"): they are that country's own, so another country's agency of the same
// name is another actor, a description of another nationality does not take them up, and "and"
// before a second owner does not join two names.
func TestCountryOwnedAgencies(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // actor names
		notAlias   map[string]string
		noneHas    string // no actor name contains this
	}{
		{"two countries' centres of one name",
			"Chile's National Cyber Centre (NCC) warned banks on Monday. Argentina's National Cyber Centre said on Tuesday that it had warned hospitals of the same flaw. The NCC said more warnings would follow.",
			[]string{"Chile's National Cyber Centre", "Argentina's National Cyber Centre"}, nil, ""},
		{"a second owner after and",
			"Two officials said the Chilean Ministry of Finance and Argentina's Ministry of Economy were among the victims of Gorse Lattice, which breached them in May.",
			[]string{"Chilean Ministry of Finance", "Argentina's Ministry of Economy"}, nil, "and Argentina"},
		{"a description of another nationality",
			"Chile's Ministry of Foreign Affairs summoned Argentina's ambassador on Monday. In Buenos Aires, the Argentine foreign ministry rejected the protest on Tuesday.",
			[]string{"Chile's Ministry of Foreign Affairs"}, map[string]string{"Chile's Ministry of Foreign Affairs": "Argentine foreign ministry"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			for _, w := range tt.want {
				assert.NotNil(t, actorByName(g, w), "no actor %q in %v", w, names(g))
			}
			for actor, al := range tt.notAlias {
				if a := actorByName(g, actor); a != nil {
					assert.NotContains(t, a.Aliases, al)
				}
			}
			if tt.noneHas != "" {
				for _, a := range g.Actors {
					assert.NotContains(t, a.Name, tt.noneHas)
				}
			}
		})
	}
}
