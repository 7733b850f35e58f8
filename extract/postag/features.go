package postag

import (
	"fmt"
	"strings"
)

// noClass marks a word the model scores.
const noClass = -1

// The two tags before the first word of a sentence, which no word is given, and the tag prose
// gives the word "-" without its model, which is no class of it.
const (
	start1  = "-START-"
	start2  = "-START2-"
	dashTag = "-"
)

// templates answers the fourteen feature lookups of a word from tables built once from the
// model's features, so that scoring a word takes a few short lookups instead of fourteen of long
// strings: the features of a tag (the tags before the word) are found by tag ID in arrays, those
// of a word or a suffix in one map entry for all the templates that use it. Tag IDs index
// model.tags: the model's class IDs, then start1, start2 and dashTag.
type templates struct {
	bias     span                      // "bias", which every word has
	prevTag  []span                    // "i-1 tag T" by tag ID
	prev2Tag []span                    // "i-2 tag T" by tag ID
	tagPair  []span                    // "i tag+i-2 tag T1 T2" at T1*len(prevTag)+T2
	pref1    [257]span                 // "i pref1 B" by the word's first byte B; [256] for an empty word
	words    map[string]int32          // a word's index in list
	list     []wordFeatures            // the features of each word of words, by its index
	afterTag []tagFeature              // the "i-1 tag+i word" features of the words of list, by word
	suffixes map[string]suffixFeatures // by suffix, a word's last three bytes
	unknown  wordFeatures              // the features of a word not in words: none
	// opening holds, for each suffix, the scores of the two features every scored word opens
	// with ("bias", "i suffix S") summed in prose's order, one block of a score per class;
	// block 0, for a suffix the model does not know or gives no "i suffix" feature, holds the
	// bias alone. suffixFeatures.open says where a suffix's block starts.
	opening []float32
	// bounds holds the features of the two words before a sentence (start1, start2) and the
	// two after it (boundAfter), found once.
	bounds [4]context
}

// boundAfter holds the two words the model sees after a sentence.
var boundAfter = [2]string{"-END-", "-END2-"}

// context is what scoring a word reads of each word of its context: the word's features and
// those of its suffix.
type context struct {
	word   *wordFeatures
	suffix suffixFeatures
}

// wordFeatures holds the features a word has in each position of the context, and the class
// the model gives the word as written without scoring, if any (the model's words).
type wordFeatures struct {
	at, prev, prev2, next, next2 span  // "i word W", "i-1 word W", "i-2 word W", "i+1 word W", "i+2 word W"
	class                        int16 // the class of W when it is a token's text, or noClass
	// variantClass tells whether the model tags a word that normalize maps to W, other than W,
	// without scoring ("The" for "the"): only then is a token whose normal form is W looked up
	// as written.
	variantClass bool
	suffix       suffixFeatures // the features of W's suffix
	// afterTag holds the "i-1 tag+i word T W" features of W in templates.afterTag[lo:hi].
	afterTag struct{ lo, hi int32 }
}

// tagFeature is a feature of a word after the tag of ID tag.
type tagFeature struct {
	tag     uint8
	feature span
}

// suffixFeatures holds the features a suffix (a word's last three bytes) has in each position.
type suffixFeatures struct {
	at, prev, next span   // "i suffix S", "i-1 suffix S", "i+1 suffix S"
	open           uint32 // where its block of templates.opening starts
}

// noWord returns the features of a word the model does not know.
func noWord() wordFeatures {
	return wordFeatures{class: noClass}
}

// noSuffix returns the features of a suffix the model does not know.
func noSuffix() suffixFeatures {
	return suffixFeatures{}
}

// tagID returns the ID of tag (a class, start1, start2 or dashTag), or false.
func (m *model) tagID(tag string) (int, bool) {
	for i, c := range m.tags {
		if c == tag {
			return i, true
		}
	}
	return 0, false
}

// feature returns the weights of the feature key, or none (the zero span).
func feature(features map[string]span, key string) span {
	if i, ok := features[key]; ok {
		return i
	}
	return span{}
}

// buildTemplates files the model's features (the weights of each feature string) by template,
// with the class of each of words, the words the model tags without scoring. A tag holding a
// space would make "i-1 tag+i word" keys ambiguous, so it is refused, as is a model whose
// classes and three other tags do not fit a byte.
func (m *model) buildTemplates(features map[string]span, words map[string]uint8) (*templates, error) {
	tags := m.tags
	if len(tags) > 256 {
		return nil, fmt.Errorf("model has %d classes, want at most 253", len(m.classes))
	}
	for _, t := range tags {
		if strings.Contains(t, " ") {
			return nil, fmt.Errorf("model tag %q holds a space", t)
		}
	}
	n := len(tags)
	t := &templates{
		bias:     feature(features, "bias"),
		prevTag:  make([]span, n),
		prev2Tag: make([]span, n),
		tagPair:  make([]span, n*n),
		words:    map[string]int32{},
		suffixes: map[string]suffixFeatures{},
		unknown:  noWord(),
	}
	for i, t1 := range tags {
		t.prevTag[i] = feature(features, "i-1 tag "+t1)
		t.prev2Tag[i] = feature(features, "i-2 tag "+t1)
		for j, t2 := range tags {
			t.tagPair[i*n+j] = feature(features, "i tag+i-2 tag "+t1+" "+t2)
		}
	}
	t.pref1[256] = feature(features, "i pref1 ")
	for b := 0; b < 256; b++ {
		t.pref1[b] = feature(features, "i pref1 "+string([]byte{byte(b)}))
	}
	afterTag := map[int32][]tagFeature{} // by word index
	for key, i := range features {
		t.addFeature(m, key, i, afterTag)
	}
	t.fileOpenings(m) // before the words take copies of their suffixes' features
	for w, id := range words {
		k := t.wordEntry(w) // before indexing list, which it may grow
		t.list[k].class = int16(id)
		if n := normalize(w); n != w {
			k := t.wordEntry(n)
			t.list[k].variantClass = true
		}
	}
	for w, k := range t.words {
		t.list[k].suffix = t.suffix(w)
	}
	for k := range t.list {
		f := &t.list[k]
		f.afterTag.lo = int32(len(t.afterTag))
		t.afterTag = append(t.afterTag, afterTag[int32(k)]...)
		f.afterTag.hi = int32(len(t.afterTag))
	}
	for i, w := range []string{start1, start2, boundAfter[0], boundAfter[1]} {
		t.bounds[i] = t.context(w)
	}
	return t, nil
}

// fileOpenings sums the scores of "bias" and of each suffix's "i suffix S" into opening, as
// scoring a word adds them first (from zero, in the same float32 arithmetic), so that a word's
// scores can start from its suffix's block.
func (t *templates) fileOpenings(m *model) {
	n := len(m.classes)
	var scores [256]float32
	block := func(sp span) uint32 {
		clear(scores[:n])
		m.add(t.bias, &scores)
		m.add(sp, &scores)
		off := uint32(len(t.opening))
		t.opening = append(t.opening, scores[:n]...)
		return off
	}
	block(span{}) // block 0: the bias alone
	for key, f := range t.suffixes {
		if f.at != (span{}) {
			f.open = block(f.at)
			t.suffixes[key] = f
		}
	}
}

// addFeature files the feature key, of weights i, under its word or suffix when its template
// has one; a word's "i-1 tag+i word" features go to afterTag, by the word's index.
func (t *templates) addFeature(m *model, key string, i span, afterTag map[int32][]tagFeature) {
	if rest, ok := strings.CutPrefix(key, "i-1 tag+i word "); ok {
		tag, w, ok := strings.Cut(rest, " ")
		if id, known := m.tagID(tag); ok && known {
			k := t.wordEntry(w)
			afterTag[k] = append(afterTag[k], tagFeature{uint8(id), i})
		}
		return // else a feature no word can have
	}
	prefix, rest, ok := strings.Cut(key, " ")
	if !ok {
		return
	}
	kind, rest, ok := strings.Cut(rest, " ")
	if !ok {
		return
	}
	switch kind {
	case "word":
		k := t.wordEntry(rest) // before indexing list, which it may grow
		f := &t.list[k]
		switch prefix {
		case "i":
			f.at = i
		case "i-1":
			f.prev = i
		case "i-2":
			f.prev2 = i
		case "i+1":
			f.next = i
		case "i+2":
			f.next2 = i
		}
	case "suffix":
		f, ok := t.suffixes[rest]
		if !ok {
			f = noSuffix()
		}
		switch prefix {
		case "i":
			f.at = i
		case "i-1":
			f.prev = i
		case "i+1":
			f.next = i
		default:
			return
		}
		t.suffixes[rest] = f
	}
}

// wordEntry returns the index of the word w in list, adding an entry without features when
// there is none. It may grow list, so a caller indexes list only after it returns (in
// t.list[t.wordEntry(w)] Go leaves unspecified whether t.list is read before the call).
func (t *templates) wordEntry(w string) int32 {
	k, ok := t.words[w]
	if !ok {
		k = int32(len(t.list))
		t.list = append(t.list, noWord())
		t.words[w] = k
	}
	return k
}

// word returns the features of the word w in each position.
func (t *templates) word(w string) *wordFeatures {
	if k, ok := t.words[w]; ok {
		return &t.list[k]
	}
	return &t.unknown
}

// context returns the features of the word w and of its suffix in each position: one map
// lookup for a word the model knows.
func (t *templates) context(w string) context {
	if k, ok := t.words[w]; ok {
		return context{&t.list[k], t.list[k].suffix}
	}
	return context{&t.unknown, t.suffix(w)}
}

// suffix returns the features of the suffix of w in each position.
func (t *templates) suffix(w string) suffixFeatures {
	if f, ok := t.suffixes[lastBytes(w, 3)]; ok {
		return f
	}
	return noSuffix()
}

// afterTagFeature returns the "i-1 tag+i word" feature of the word f after the tag of ID tag.
func (t *templates) afterTagFeature(f *wordFeatures, tag int) span {
	for _, tf := range t.afterTag[f.afterTag.lo:f.afterTag.hi] {
		if int(tf.tag) == tag {
			return tf.feature
		}
	}
	return span{}
}
