package timex

import (
	"unicode"
	"unicode/utf8"

	"github.com/intelgraph/intelgraph/extract/internal/lowercase"
)

// Token kinds.
const (
	kWord  = 'w' // a run of letters
	kNum   = 'n' // a run of digits, possibly with thousands separators or decimals
	kPunct = 'p' // any other single non-space rune
)

// token is one word, number or punctuation mark of the text.
type token struct {
	lo         string // lower-cased text
	num        int    // value of a plain digit run (at most 9 digits), else -1
	start, end int32  // rune offsets
	bstart     int32  // byte offsets
	bend       int32
	kind       byte
	ndig       uint8  // number of digits of a plain digit run
	sp         bool   // whitespace (or the start of the text) before the token
	upper      bool   // first rune is an upper-case letter
	nl         bool   // a line break lies between this token and the previous one
	wi         uint16 // the number of a word's lexicon entry (lexicon.classify); 0 for none
}

// tokenize cuts text into tokens with rune and byte offsets. Invalid UTF-8 bytes count as one
// rune each, as []rune(text) counts them.
func tokenize(text string) []token { return appendTokens(nil, text) }

// appendTokens is tokenize appending to toks, which it first grows to room for the tokens
// text likely has.
func appendTokens(toks []token, text string) []token {
	if n := len(toks) + len(text)/5 + 1; cap(toks) < n {
		toks = append(make([]token, 0, n), toks...)
	}
	r, b := 0, 0 // rune and byte position
	sp, nl := true, false
	var low lowercase.Buffer // the lowered capitalised words, one buffer for all
	low.Grow(len(text) / 4)
	for b < len(text) {
		c, w := rune(text[b]), 1
		if c >= utf8.RuneSelf {
			c, w = utf8.DecodeRuneInString(text[b:])
		}
		switch {
		case c == ' ':
			sp = true
			b++
			r++
			continue
		case unicode.IsSpace(c):
			if c == '\n' {
				nl = true
			}
			sp = true
			b += w
			r++
			continue
		case isLetter(c):
			s, sb := r, b
			upper := unicode.IsUpper(c)
			b, r = wordEnd(text, b, r)
			toks = append(toks, token{lo: low.Lower(text[sb:b]), start: int32(s), end: int32(r), bstart: int32(sb), bend: int32(b),
				kind: kWord, num: -1, sp: sp, upper: upper, nl: nl})
		case c >= '0' && c <= '9':
			s, sb := r, b
			for b < len(text) && isDigit(text[b]) {
				b++
				r++
			}
			plain := b - sb
			// Absorb thousands separators (1,500,000) and decimals (2.5), so that such numbers
			// are never taken for years or days.
			for b+1 < len(text) && (text[b] == ',' || text[b] == '.') && isDigit(text[b+1]) {
				n := 0
				for b+1+n < len(text) && isDigit(text[b+1+n]) {
					n++
				}
				if text[b] == ',' && n != 3 {
					break
				}
				b += 1 + n
				r += 1 + n
			}
			t := token{lo: text[sb:b], start: int32(s), end: int32(r), bstart: int32(sb), bend: int32(b), kind: kNum, num: -1, sp: sp, nl: nl}
			if b-sb == plain && plain <= 9 {
				t.ndig = uint8(plain)
				t.num = atoi(text[sb:b])
			}
			toks = append(toks, t)
		default:
			lo := text[b : b+w]
			if c == utf8.RuneError {
				lo = "\ufffd"
			}
			switch c { // fold typographic apostrophes and dashes
			case '’', '‘':
				lo = "'"
			case '–', '—':
				lo = "-"
			}
			toks = append(toks, token{lo: lo, start: int32(r), end: int32(r + 1), bstart: int32(b), bend: int32(b + w), kind: kPunct, num: -1, sp: sp, nl: nl})
			b += w
			r++
		}
		sp, nl = false, false
	}
	return toks
}

// wordEnd returns the byte and rune positions after the run of letters at byte b, rune r of
// text, reading ASCII bytes without decoding them.
func wordEnd(text string, b, r int) (int, int) {
	for b < len(text) {
		if c := text[b]; c < utf8.RuneSelf {
			if c|0x20 < 'a' || c|0x20 > 'z' {
				break
			}
			b++
			r++
			continue
		}
		c, w := utf8.DecodeRuneInString(text[b:])
		if !isLetter(c) {
			break
		}
		b += w
		r++
	}
	return b, r
}

// isLetter reports whether c is a letter.
func isLetter(c rune) bool {
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	return unicode.IsLetter(c)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
