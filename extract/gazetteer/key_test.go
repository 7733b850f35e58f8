package gazetteer

import "testing"

// TestLookupKey checks that the key built for a map look-up is Key's, whether or not it fits
// the caller's buffer, and that Key is what the builder code it replaced made (want).
func TestLookupKey(t *testing.T) {
	for _, tt := range []struct{ s, want string }{
		{"", ""},
		{",", ""},
		{"—", ""},
		{"kestrel", "kestrel"},
		{"Kestrel", "kestrel"},
		{"The Varn Institute's", "varn institute"},
		{"the the Varn", "the varn"},
		{"The", "the"},
		{"  U.S.  ", "us"},
		{"Ministry of State Security (MSS)", "ministry of state security mss"},
		{"İstanbul Şehir", "istanbul şehir"},
		{"Ærø’s", "ærø"},
		{"bad\xffbyte", "bad byte"},
		{"0ktapus", "0ktapus"},
		{"AT&T", "at&t"},
		{"$ fund", "$ fund"},
		{"the ", "the"},
		{"THE  CITY", "city"},
		{"Ngāti  Porou-Whānau", "ngāti porou whānau"},
		{"A Very Long Name Of An Agency That Runs Well Past Sixty-Four Bytes In All", "a very long name of an agency that runs well past sixty four bytes in all"},
	} {
		s := tt.s
		var buf [64]byte
		if got, want := string(lookupKey(buf[:0], s)), Key(s); got != want {
			t.Errorf("%q: lookupKey %q, Key %q", s, got, want)
		}
		if Key(s) != tt.want {
			t.Errorf("%q: Key %q, want %q", s, Key(s), tt.want)
		}
		if got := string(lookupKey(nil, s)); got != Key(s) {
			t.Errorf("%q: lookupKey(nil) %q", s, got)
		}
	}
}

// FuzzLookupKey checks that lookupKey and Key build the key normalise builds rune by rune for
// any text, the "The" of a name, capitals and spaces included.
func FuzzLookupKey(f *testing.F) {
	for _, s := range []string{"Kestrel", "NATO", "North Korea", "The Varn", "THE CITY", "The", "Theo Ban", "the  x", "A B", " A", "A ", "AT&T", "İstanbul"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var buf [64]byte
		want := normalise(s)
		if got := string(lookupKey(buf[:0], s)); got != want {
			t.Errorf("%q: lookupKey %q, normalise %q", s, got, want)
		}
		if got := Key(s); got != want {
			t.Errorf("%q: Key %q, normalise %q", s, got, want)
		}
	})
}
