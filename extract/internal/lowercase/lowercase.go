// Package lowercase lowers the words of a text into one growing buffer, so that lowering an
// article's capitalised words costs no allocation each.
package lowercase

import (
	"strings"
	"unicode/utf8"
)

// Buffer lowers words as strings.ToLower does, writing lowered ASCII words into one buffer whose
// strings share its memory: a strings.Builder only ever appends, so a string it has handed out
// never changes. A Buffer must not be copied once used.
type Buffer struct {
	b strings.Builder
}

// Grow makes room for n more bytes of lowered words.
func (l *Buffer) Grow(n int) { l.b.Grow(n) }

// Lower returns s in lower case, as strings.ToLower(s) does: s itself when it holds no ASCII
// capital and no other byte than ASCII, a slice of the buffer when it is ASCII with capitals,
// and strings.ToLower(s) otherwise.
func (l *Buffer) Lower(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s
	}
	start := l.b.Len()
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		l.b.WriteByte(c)
	}
	return l.b.String()[start:]
}
