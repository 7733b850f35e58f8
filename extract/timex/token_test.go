package timex

import (
	"testing"
	"unicode/utf8"
)

// decodedWordEnd is wordEnd decoding every rune, as tokenize once read words.
func decodedWordEnd(text string, b, r int) (int, int) {
	for b < len(text) {
		c, w := utf8.DecodeRuneInString(text[b:])
		if !isLetter(c) {
			break
		}
		b += w
		r++
	}
	return b, r
}

// TestWordEnd checks wordEnd against decoding every rune.
func TestWordEnd(t *testing.T) {
	for _, text := range []string{"", "a", "Tuesday, 10", "@[`{Za", "café au", "İstanbul\xff", "ab\xc3", "x-y", "ÉTÉ1"} {
		for b := 0; b <= len(text); b++ {
			gb, gr := wordEnd(text, b, 7)
			wb, wr := decodedWordEnd(text, b, 7)
			if gb != wb || gr != wr {
				t.Errorf("wordEnd(%q, %d) = %d, %d, want %d, %d", text, b, gb, gr, wb, wr)
			}
		}
	}
}

// FuzzWordEnd checks wordEnd against decoding every rune on any text.
func FuzzWordEnd(f *testing.F) {
	f.Add("Tuesday, İstanbul\xff café")
	f.Fuzz(func(t *testing.T, text string) {
		for b := 0; b <= len(text); b++ {
			gb, gr := wordEnd(text, b, 0)
			wb, wr := decodedWordEnd(text, b, 0)
			if gb != wb || gr != wr {
				t.Fatalf("wordEnd(%q, %d) = %d, %d, want %d, %d", text, b, gb, gr, wb, wr)
			}
		}
	})
}
