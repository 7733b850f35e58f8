package lowercase

import (
	"strings"
	"testing"
)

// TestLower checks Lower against strings.ToLower on words of each kind.
func TestLower(t *testing.T) {
	var l Buffer
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"said", "said"},
		{"Said", "said"},
		{"NATO", "nato"},
		{"Ölfeld", "ölfeld"},
		{"café", "café"},
		{"U.S.", "u.s."},
		{"\xff", "\ufffd"},
	} {
		if got := l.Lower(tc.in); got != tc.want {
			t.Errorf("Lower(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzLower checks that Lower agrees with strings.ToLower for every word of a text, and that a
// word lowered earlier is unchanged after later ones have been written.
func FuzzLower(f *testing.F) {
	f.Add("The Ministry of Defence said NATO's Ölfeld café")
	f.Add("a \xff B")
	f.Fuzz(func(t *testing.T, text string) {
		var l Buffer
		words := strings.Fields(text)
		got := make([]string, len(words))
		for i, w := range words {
			got[i] = l.Lower(w)
		}
		for i, w := range words {
			if want := strings.ToLower(w); got[i] != want {
				t.Fatalf("Lower(%q) = %q, want %q", w, got[i], want)
			}
		}
	})
}
