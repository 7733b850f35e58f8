package extract

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Article is one parsed input article.
type Article struct {
	// ID is the header's id, else the file's base name without its extension.
	ID string
	// Title, Published (ISO date, possibly only a year or month), Source (the file's base
	// name), Outlet and URL come from the header (or the HTML page).
	Title, Published, Source, Outlet, URL string
	// Meta holds header keys without a field of their own.
	Meta map[string]string
	// Body is the article text; every offset in the output counts runes of Body.
	Body string
}

// ParseArticle parses an article file's content. name is the file path: it gives the default
// id (base name without extension) and Source, and a .html or .htm extension selects HTML
// reading (the article body is taken out of the page and turned into plain paragraphs).
// Otherwise the file is plain UTF-8 text with an optional header of "key: value" lines ended by
// one blank line (formats.md); without a valid header the whole file is the body.
//
// Unusable input gives an *InputError wrapping ErrEmpty, ErrBinary or ErrInvalidUTF8.
func ParseArticle(name string, data []byte) (*Article, error) {
	base := filepath.Base(name)
	ext := strings.ToLower(filepath.Ext(base))
	a := &Article{ID: strings.TrimSuffix(base, filepath.Ext(base)), Source: base}
	if err := checkText(name, data); err != nil {
		return nil, err
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.TrimPrefix(text, "\uFEFF")
	if ext == ".html" || ext == ".htm" {
		if err := readHTML(a, text); err != nil {
			return nil, &InputError{Path: name, Reason: "cannot read HTML: " + err.Error(), Err: err}
		}
	} else {
		header, body, ok := splitHeader(text)
		if ok {
			a.applyHeader(header)
			text = body
		}
		a.Body = text
	}
	if strings.TrimSpace(a.Body) == "" {
		return nil, &InputError{Path: name, Reason: "empty article body", Err: ErrEmpty}
	}
	return a, nil
}

// checkText rejects empty, binary and non-UTF-8 content.
func checkText(name string, data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return &InputError{Path: name, Reason: "empty file", Err: ErrEmpty}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &InputError{Path: name, Reason: fmt.Sprintf("binary content (NUL byte at offset %d)", i), Err: ErrBinary}
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return &InputError{Path: name, Reason: fmt.Sprintf("invalid UTF-8 at byte offset %d", off), Err: ErrInvalidUTF8}
	}
	control, total := 0, 0
	for _, r := range string(data) {
		total++
		if unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			control++
		}
	}
	if total > 0 && control*10 > total {
		return &InputError{Path: name, Reason: "binary content (mostly control characters)", Err: ErrBinary}
	}
	return nil
}

// splitHeader splits leading "key: value" lines ended by a blank line from the body. ok is
// false when the text does not start with such a header.
func splitHeader(text string) (header map[string]string, body string, ok bool) {
	header = map[string]string{}
	rest := text
	for {
		i := strings.IndexByte(rest, '\n')
		if i < 0 {
			return nil, "", false // no blank line ends the header
		}
		line := strings.TrimRight(rest[:i], " \t")
		rest = rest[i+1:]
		if line == "" {
			if len(header) == 0 {
				return nil, "", false
			}
			return header, rest, true
		}
		key, value, found := strings.Cut(line, ":")
		if !found || !isHeaderKey(key) {
			return nil, "", false
		}
		header[strings.ToLower(key)] = strings.TrimSpace(value)
	}
}

func isHeaderKey(k string) bool {
	if k == "" || len(k) > 40 {
		return false
	}
	for i, r := range k {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case i > 0 && (r >= '0' && r <= '9' || r == '_' || r == '-'):
		default:
			return false
		}
	}
	return true
}

func (a *Article) applyHeader(h map[string]string) {
	for k, v := range h {
		switch k {
		case "title":
			a.Title = v
		case "published":
			a.Published = v
		case "source":
			a.Source = v
		case "outlet":
			a.Outlet = v
		case "url":
			a.URL = v
		case "id":
			if v != "" {
				a.ID = v
			}
		default:
			if a.Meta == nil {
				a.Meta = map[string]string{}
			}
			a.Meta[k] = v
		}
	}
}
