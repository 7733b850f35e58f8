package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug turns a name into lower-case words joined by hyphens, accents and punctuation removed:
// "Kaspersky Lab" → "kaspersky-lab", "U.S." → "us".
func Slug(name string) string {
	var b strings.Builder
	pendingDash := false
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '.' || r == '\'' || r == '’':
			continue // U.S. → us, O'Brien → obrien
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if pendingDash && b.Len() > 0 {
				b.WriteByte('-')
			}
			pendingDash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			pendingDash = true
		}
	}
	return b.String()
}

// ActorID is the stable id of an actor with the given canonical name: its slug, or a digest when
// the name has no letters or digits.
func ActorID(name string) string {
	if s := Slug(name); s != "" {
		return s
	}
	return "actor-" + digest(name)
}

// EventID is the stable id of an event first reported in a document: it depends on the document,
// the event's type, its participants and its time, never on run order.
func EventID(document string, parts ...string) string {
	return "ev-" + digest(append([]string{document}, parts...)...)
}

// digest is a short hex SHA-256 of the parts.
func digest(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
