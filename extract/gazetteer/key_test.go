package gazetteer

import "testing"

// TestKeyShortcut checks that a string Key returns unchanged is what the full normalisation
// gives too.
func TestKeyShortcut(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "the", "the ", "the nsa", "thea", "russian", "north korean", "north  korean",
		" russian", "russian ", "Russian", "u.s.", "at&t", "$100", "0ktapus", "apt28", "fancy bear's",
		"a b", "a-b", "a_b", "café", "é", "x\ty", "kaspersky lab", "co", "s",
	} {
		if isKey(s) && normalise(s) != s {
			t.Errorf("isKey(%q) but normalise gives %q", s, normalise(s))
		}
		if Key(s) != normalise(s) {
			t.Errorf("Key(%q) = %q, normalise gives %q", s, Key(s), normalise(s))
		}
	}
}

// TestCountryWord checks that CountryWord is Demonym, else Country.
func TestCountryWord(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Israeli", "Israel", "U.S.", "North Korean", "Russia's", "NSA", "Microsoft", "Paris", "the", ",", "russian", ""} {
		want, wok := g.Demonym(w)
		if !wok {
			want, wok = g.Country(w)
		}
		got, ok := g.CountryWord(w)
		if got != want || ok != wok {
			t.Errorf("CountryWord(%q) = %v, %v; want %v, %v", w, got, ok, want, wok)
		}
	}
}
