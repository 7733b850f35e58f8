package gazetteer

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

func TestLookup(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in, name string
		kind     schema.ActorKind
	}{
		{"NSA", "National Security Agency", schema.KindAgency},
		{"the N.S.A.", "National Security Agency", schema.KindAgency},
		{"U.S.", "United States", schema.KindCountry},
		{"the Times", "The New York Times", schema.KindOrganization},
		{"APT28", "APT28", schema.KindGroup},
		{"Fancy Bear", "APT28", schema.KindGroup},
		{"Kyiv", "Kyiv", schema.KindPlace},
		// armed-groups.tsv: hyphens, apostrophes and "the" do not matter
		{"al Shabab", "al-Shabaab", schema.KindGroup},
		{"AQIM", "Al-Qaeda in the Islamic Maghreb", schema.KindGroup},
		{"Jamaat Nusrat al-Islam wal-Muslimin", "Jama'at Nusrat al-Islam wal-Muslimin", schema.KindGroup},
		{"the Houthis", "Houthis", schema.KindGroup},
		{"Ansar Allah", "Houthis", schema.KindGroup},
		{"Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham", schema.KindGroup},
		// Canada's federal departments are named "<field> Canada": agencies, no firms
		{"Transport Canada", "Transport Canada", schema.KindAgency},
		{"StatCan", "Statistics Canada", schema.KindAgency},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			e, ok := g.Lookup(tt.in)
			if !ok {
				t.Fatalf("Lookup(%q): not found", tt.in)
			}
			if e.Name != tt.name || e.Kind != tt.kind {
				t.Errorf("Lookup(%q) = %s/%s, want %s/%s", tt.in, e.Name, e.Kind, tt.name, tt.kind)
			}
		})
	}
	if c, ok := g.Demonym("Israeli"); !ok || c.Name != "Israel" {
		t.Errorf("Demonym(Israeli) = %v, want Israel", c)
	}
	if !g.IsSoftware("Mimikatz") {
		t.Errorf("IsSoftware(Mimikatz) = false, want true")
	}
}

// TestPluralAbbreviation checks that the plural of an abbreviation ("MPs") is not read as an
// acronym of the same letters.
func TestPluralAbbreviation(t *testing.T) {
	for _, w := range []string{"MPs", "ISPs"} {
		if !pluralAbbreviation(w) {
			t.Errorf("%s: want a plural abbreviation", w)
		}
	}
	for _, w := range []string{"MPS", "DDoS", "Mps", "Ms", "NSA"} {
		if pluralAbbreviation(w) {
			t.Errorf("%s: not a plural abbreviation", w)
		}
	}
}

// countryWordSlow is CountryWord as the two look-ups it stands for: Demonym, else a country
// Lookup finds.
func countryWordSlow(g *Gazetteer, w string) (*Entry, bool) {
	if e, ok := g.Demonym(w); ok {
		return e, true
	}
	var buf [64]byte
	if e, ok := g.byKey[string(lookupKey(buf[:0], w))]; ok && e.Kind == schema.KindCountry {
		return e, true
	}
	return nil, false
}

// TestCountryWord checks that CountryWord's single index answers as Demonym-else-country does,
// for every key of the gazetteer and for words a user entry has taken over.
func TestCountryWord(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	g.AddUser(Entry{Name: "France", Kind: schema.KindOrganization})  // a country's name taken by an organisation
	g.AddUser(Entry{Name: "Freedonia", Kind: schema.KindCountry})    // a new country
	g.AddUser(Entry{Name: "Israeli", Kind: schema.KindOrganization}) // a demonym's key: still the country's
	words := []string{"France", "Freedonia", "Israeli", "U.S.", "Chinese", "NATO", "said", "the United States", ""}
	for k := range g.byKey {
		words = append(words, k)
	}
	for k := range g.demonyms {
		words = append(words, k)
	}
	for _, w := range words {
		e, ok := g.CountryWord(w)
		we, wok := countryWordSlow(g, w)
		if e != we || ok != wok {
			t.Errorf("CountryWord(%q) = %v, %v; want %v, %v", w, e, ok, we, wok)
		}
	}
	if _, ok := g.CountryWord("France"); ok {
		t.Error("CountryWord(France) still answers the country after a user entry took the name")
	}
}

func TestAdjective(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		country, want string
	}{
		{"Brazil", "Brazilian"},
		{"Egypt", "Egyptian"},
		{"United Kingdom", "British"},
	}
	for _, tt := range tests {
		t.Run(tt.country, func(t *testing.T) {
			e, ok := g.Country(tt.country)
			if !ok {
				t.Fatalf("no country %q", tt.country)
			}
			if got := g.Adjective(e); got != tt.want {
				t.Errorf("Adjective(%s) = %q, want %q", tt.country, got, tt.want)
			}
		})
	}
	if got := g.Adjective(&Entry{Name: "Freedonia", Kind: schema.KindCountry}); got != "" {
		t.Errorf("Adjective(Freedonia) = %q, want none", got)
	}
}
