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
