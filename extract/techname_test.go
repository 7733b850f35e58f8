package extract

import (
	"strings"
	"testing"
)

// FuzzIsTechName checks that isTechName answers as the pattern techName does for any text.
func FuzzIsTechName(f *testing.F) {
	for _, s := range []string{"", ".", ".a", "a.b", "CVE-2024-1234", "cve-1", "KB5001", "MS17-010", "loader.exe",
		"v2.tar.gzip", "a.abcde", "NSA GCHQ", "NSA  GCHQ", "NSA GCHQ X", "ÉCOLE NORMALE", "x.é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isTechName(s), techName.MatchString(s); got != want {
			t.Errorf("%q: %v, techName %v", s, got, want)
		}
	})
}

// FuzzHasWord checks that hasWord answers as the padded search it replaced does.
func FuzzHasWord(f *testing.F) {
	for _, s := range [][2]string{{"National Police", "police"}, {"police", "police"}, {"Policeman", "police"}, {"x  y", ""}, {"", ""}, {"a b", "a b"}, {"ab b", "b"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, s, w string) {
		if got, want := hasWord(s, w), strings.Contains(" "+strings.ToLower(s)+" ", " "+w+" "); got != want {
			t.Errorf("hasWord(%q, %q) = %v, want %v", s, w, got, want)
		}
	})
}
