package postag

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tag/aptagmodel"
)

// Tagger tags the words of a sentence as prose's perceptron tagger does. It is safe for
// concurrent use.
type Tagger struct {
	model *model
	prose *tag.Tagger // for sentences holding a word prose tags without its model
	pool  sync.Pool   // of *scratch
}

// scratch is one call's working space, reused through the Tagger's pool.
type scratch struct {
	scores  [256]float32 // by class ID: the first len(model.classes) are used
	context []string
	feats   []context // the features of each context word and its suffix
}

// New reads prose's embedded English model. Load it once per process: reading it files its
// 75,447 features by template, and it loads prose's own tagger too (which decodes the model
// once more) for the sentences prose must tag itself.
func New() (*Tagger, error) {
	m, err := readModel(aptagmodel.English)
	if err != nil {
		return nil, fmt.Errorf("read prose's English tagger model: %w", err)
	}
	p, err := tag.New()
	if err != nil {
		return nil, fmt.Errorf("load prose's tagger: %w", err)
	}
	t := &Tagger{model: m, prose: p}
	t.pool.New = func() any { return new(scratch) }
	return t, nil
}

// Knows reports whether the model has seen the word w, in any case: a word it has features or a
// class for. A capitalised word it has not seen, whatever tag its context gives it, is most
// likely a name.
func (t *Tagger) Knows(w string) bool {
	_, ok := t.model.tpl.words[normalize(w)]
	return ok
}

// TagTokens sets the Tag of each token from its Text, the tokens being one sentence.
func (t *Tagger) TagTokens(toks []tag.Token) { t.TagLowered(toks, nil) }

// TagLowered is TagTokens for a caller that has lower-cased the tokens' texts already: lower[i]
// is strings.ToLower(toks[i].Text), or lower is nil. The tagger then makes no lower-case copy
// of its own of a capitalised word.
func (t *Tagger) TagLowered(toks []tag.Token, lower []string) {
	if len(toks) == 0 {
		return
	}
	for i := range toks {
		if proseOnly(toks[i].Text) {
			t.prose.TagTokens(toks)
			return
		}
	}
	s := t.pool.Get().(*scratch)
	defer t.pool.Put(s)
	// the words as the model knows them, between two markers at each end
	n := len(toks) + 4
	if cap(s.context) < n {
		s.context = make([]string, n)
		s.feats = make([]context, n)
	}
	ctx, feats, tpl := s.context[:n], s.feats[:n], t.model.tpl
	ctx[0], ctx[1], ctx[n-2], ctx[n-1] = start1, start2, boundAfter[0], boundAfter[1]
	feats[0], feats[1], feats[n-2], feats[n-1] = tpl.bounds[0], tpl.bounds[1], tpl.bounds[2], tpl.bounds[3]
	for i := range toks {
		w, ok := normalForm(toks[i].Text)
		if !ok {
			if lower != nil {
				w = lower[i]
			} else {
				w = strings.ToLower(toks[i].Text)
			}
		}
		ctx[i+2] = w
		feats[i+2] = tpl.context(w)
	}
	p1, p2 := len(t.model.classes), len(t.model.classes)+1 // the tags of the two words before: start1, start2
	dash := len(t.model.classes) + 2                       // dashTag, which prose gives "-"
	for i := range toks {
		tg := dash
		if toks[i].Text != "-" {
			tg = t.tagWord(s, i+2, toks[i].Text, p1, p2)
		}
		toks[i].Tag = t.model.tags[tg]
		p1, p2 = tg, p1
	}
}

// tagWord returns the tag ID of word, the context's k-th entry, after the tags of IDs p1 and p2:
// the model's own tag for a word it always tags one way, else the best-scoring tag of its
// fourteen features, added in prose's order (float32 sums depend on it).
func (t *Tagger) tagWord(s *scratch, k int, word string, p1, p2 int) int {
	m, tpl, f := t.model, t.model.tpl, s.feats
	own := f[k].word // the word's entry when it is written as normalized
	if word != s.context[k] {
		own = &tpl.unknown
		if f[k].word.variantClass {
			own = tpl.word(word)
		}
	}
	if own.class != noClass {
		return int(own.class)
	}
	suffix := f[k].suffix
	if lastBytes(word, 3) != lastBytes(s.context[k], 3) {
		suffix = tpl.suffix(word)
	}
	pref := 256 // no first byte
	if word != "" {
		pref = int(word[0])
	}
	sc := &s.scores
	copy(sc[:len(m.classes)], tpl.opening[suffix.open:]) // "bias" and "i suffix", summed
	m.add(tpl.pref1[pref], sc)
	m.add(tpl.prevTag[p1], sc)
	m.add(tpl.prev2Tag[p2], sc)
	m.add(tpl.tagPair[p1*len(tpl.prevTag)+p2], sc)
	m.add(f[k].word.at, sc)
	m.add(tpl.afterTagFeature(f[k].word, p1), sc)
	m.add(f[k-1].word.prev, sc)
	m.add(f[k-1].suffix.prev, sc)
	m.add(f[k-2].word.prev2, sc)
	m.add(f[k+1].word.next, sc)
	m.add(f[k+1].suffix.next, sc)
	m.add(f[k+2].word.next2, sc)
	return m.best(sc[:len(m.classes)])
}

// lastBytes returns the last n bytes of w, or w when shorter (the model's suffixes are bytes,
// not runes).
func lastBytes(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

// normalize maps a word to the form the model was trained on: "!HYPHEN" for a hyphenated word
// not opening with a hyphen, "!YEAR" for four digits (with an optional sign taking one of
// them), "!DIGITS" for a word opening with a digit, else the word in lower case.
func normalize(w string) string {
	if n, ok := normalForm(w); ok {
		return n
	}
	return strings.ToLower(w)
}

// normalForm returns normalize(w) when it needs no lower-casing: a class of word ("!HYPHEN",
// "!YEAR", "!DIGITS") or a word of ASCII without capitals, itself. It returns false when
// normalize(w) is strings.ToLower(w), which the caller may have at hand.
func normalForm(w string) (string, bool) {
	switch {
	case w == "":
		return w, true
	case w[0] != '-' && strings.IndexByte(w, '-') >= 0:
		return "!HYPHEN", true
	case len(w) == 4 && signedDigits(w):
		return "!YEAR", true
	case w[0] >= '0' && w[0] <= '9':
		return "!DIGITS", true
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return "", false
		}
	}
	return w, true
}

// signedDigits reports whether w is ASCII digits after an optional sign, at least one digit.
func signedDigits(w string) bool {
	if w[0] == '+' || w[0] == '-' {
		w = w[1:]
	}
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// proseOnly reports whether prose may tag word without its model, other than "-" (which
// TagTokens tags itself as prose does): "0" and Treebank traces (which hold "*"), brackets like
// "-LRB-", "@" names, and emoticons. prose's emoticons of two characters or more each hold one
// of emoticonMark's marks, except the few made of letters, digits, "." and "-" of
// emoticonWord (of two or three bytes), and those all of ASCII are at most maxASCIIEmoticon
// bytes long (a URL is none). Such a word sends its whole sentence to prose, whose tags for the
// words after it depend on its tag. It reads the word once.
func proseOnly(w string) bool {
	if w == "" {
		return false
	}
	if w == "0" || w[0] == '@' || len(w) == 5 && w[0] == '-' && w[4] == '-' {
		return true
	}
	mark, ascii := false, true
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '*':
			return true
		case c >= utf8.RuneSelf:
			ascii = false
		case emoticonMark[c]:
			mark = true
		}
	}
	if mark && len(w) >= 2 && (len(w) <= maxASCIIEmoticon || !ascii) {
		return true
	}
	return len(w) <= 3 && emoticonWord(w)
}

// emoticonMark holds the ASCII marks one of which every emoticon of prose's of two characters
// or more holds, but for those of emoticonWord.
var emoticonMark = [utf8.RuneSelf]bool{'(': true, ')': true, ':': true, ';': true, '=': true, '_': true, '[': true, ']': true,
	'^': true, '|': true, '}': true, '\\': true, '`': true}

// maxASCIIEmoticon is the length of prose's longest emoticon of ASCII characters (":-)))").
const maxASCIIEmoticon = 5

// emoticonWord reports whether w is one of prose's emoticons that hold none of proseOnly's
// marks (a switch: no map lookup for every short word).
func emoticonWord(w string) bool {
	switch w {
	case "8-D", "8D", "O.o", "XDD", "xD", "xDD":
		return true
	}
	return false
}
