package gazetteer

import (
	"strings"
	"testing"
	"unicode"
)

// TestLookupKey checks that the key built for a map look-up is Key's, whether or not it fits
// the caller's buffer.
func TestLookupKey(t *testing.T) {
	for _, s := range []string{"", ",", "—", "kestrel", "Kestrel", "The Varn Institute's", "the the Varn", "The",
		"  U.S.  ", "Ministry of State Security (MSS)", "İstanbul Şehir", "Ærø’s", "bad\xffbyte", "0ktapus", "AT&T",
		"$ fund", "the ", "THE  CITY", "Ngāti  Porou-Whānau", "A Very Long Name Of An Agency That Runs Well Past Sixty-Four Bytes In All"} {
		var buf [64]byte
		if got, want := string(lookupKey(buf[:0], s)), Key(s); got != want {
			t.Errorf("%q: lookupKey %q, Key %q", s, got, want)
		}
		if want := builderKey(s); Key(s) != want {
			t.Errorf("%q: Key %q, want %q", s, Key(s), want)
		}
		if got := string(lookupKey(nil, s)); got != Key(s) {
			t.Errorf("%q: lookupKey(nil) %q", s, got)
		}
	}
}

// builderKey is Key as it was written before it appended to a byte slice: the reference.
func builderKey(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '.' || r == '\'' || r == '’':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' || r == '$':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}
