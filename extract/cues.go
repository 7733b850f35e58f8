package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/intelgraph/intelgraph/extract/gazetteer"
	"github.com/intelgraph/intelgraph/schema"
)

// cues holds the word lists of data/cues.tsv.
type cues struct {
	sets map[string]map[string]bool
	// ids numbers the words of the lists from 2, and byID holds each number's lists (at most a
	// few; byID[0] and byID[1] are empty, for a word in none). is, which the extractor calls
	// more than any other function of its own, looks the word up once, where sets takes two;
	// mark gives every token its word's number once, so that the hottest loops ask the token
	// (tokIs) and hash its word no more.
	ids      map[string]int32
	byID     []catList
	descHead map[string]schema.ActorKind
	genHead  map[string]schema.ActorKind // heads of descriptive actors: "a contractor", "hackers"
}

// loadCues reads data/cues.tsv. Which lists the code asks for is checked by TestCueCategories,
// which reads the sources: a list named in code and missing from the data fails there.
func loadCues() (*cues, error) {
	f, err := dataFS.Open("data/cues.tsv")
	if err != nil {
		return nil, fmt.Errorf("open cue lists: %w", err)
	}
	defer f.Close()
	c := &cues{sets: map[string]map[string]bool{}, descHead: map[string]schema.ActorKind{}, genHead: map[string]schema.ActorKind{}}
	err = gazetteer.ReadTSV(f, func(fl []string) error {
		if len(fl) < 2 {
			return fmt.Errorf("want category and words")
		}
		set := map[string]bool{}
		for _, w := range strings.Split(fl[1], "|") {
			if fl[0] == "deschead" || fl[0] == "genhead" {
				word, kind, _ := strings.Cut(w, ":")
				if fl[0] == "deschead" {
					c.descHead[word] = schema.ActorKind(kind)
				} else {
					c.genHead[word] = schema.ActorKind(kind)
				}
				continue
			}
			set[w] = true
		}
		c.sets[fl[0]] = set
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read cue lists: %w", err)
	}
	c.ids = map[string]int32{}
	c.byID = make([]catList, 2)
	for cat, set := range c.sets {
		for w := range set {
			id, ok := c.ids[w]
			if !ok {
				id = int32(len(c.byID))
				c.ids[w] = id
				c.byID = append(c.byID, catList{})
			}
			c.byID[id].add(cat)
		}
	}
	return c, nil
}

// catList holds the cue lists a word is in, with a signature of their names: the union of
// their catBits, which answers most questions for a list the word is not in without comparing
// names.
type catList struct {
	sig  uint64
	lens uint32 // the lenBit of each of cats, for a token's unlisted
	cats []string
}

// catBit returns the bit of the category name cat in a catList's signature, from its length
// and its first and last bytes (so that a constant name costs a few instructions).
func catBit(cat string) uint64 {
	if cat == "" {
		return 1
	}
	return 1 << ((uint(len(cat))*7 + uint(cat[0]) + uint(cat[len(cat)-1])*3) & 63)
}

// add files the category cat in l.
func (l *catList) add(cat string) {
	l.cats = append(l.cats, cat)
	l.sig |= catBit(cat)
	l.lens |= lenBit(cat)
}

// has reports whether cat is one of l's categories, as slices.Contains(l.cats, cat) does.
func (l *catList) has(cat string) bool {
	return l.sig&catBit(cat) != 0 && slices.Contains(l.cats, cat)
}

// number gives each of words that has no number yet one of its own, in no list, so that mark
// numbers its tokens too and tables keyed by the number (Extractor.trig) serve them.
func (c *cues) number(words []string) {
	for _, w := range words {
		if _, ok := c.ids[w]; !ok {
			c.ids[w] = int32(len(c.byID))
			c.byID = append(c.byID, catList{})
		}
	}
}

// is reports whether the lower-case word w is in the cue list cat.
func (c *cues) is(cat, w string) bool {
	return c.byID[c.ids[w]].has(cat) // a word in no list has number 0
}

// mark gives every token of sents the number of its word in the cue lists, and the lengths of
// the names of the lists it is in none of, for tokIs.
func (c *cues) mark(sents []sentence) {
	for i := range sents {
		toks := sents[i].Toks
		for k := range toks {
			id, ok := c.ids[toks[k].Lower]
			if !ok {
				id = 1
			}
			toks[k].cue = id
			toks[k].unlisted = ^c.byID[id].lens
		}
	}
}

// tokIs reports whether the word of t is in the cue list cat, as is(cat, t.Lower) does, without
// hashing the word when mark has numbered the token. It is small enough to be inlined: most
// questions, for a token whose word is in no list of cat's name's length (every list for a word
// in none), are answered without a call.
func (c *cues) tokIs(cat string, t *token) bool {
	return t.unlisted&lenBit(cat) == 0 && c.tokListed(cat, t)
}

// lenBit is the bit of the length of the category name cat (modulo 32) in catList.lens and
// token.unlisted: cheap enough for tokIs to stay inlinable, where catBit is not.
func lenBit(cat string) uint32 { return 1 << (uint(len(cat)) & 31) }

// tokListed is tokIs for a token whose word may be in a list, or that mark has not numbered.
func (c *cues) tokListed(cat string, t *token) bool {
	if t.cue == 0 {
		return c.is(cat, t.Lower)
	}
	return c.byID[t.cue].has(cat)
}

// tokAtIs reports whether the word of toks[k] is in the cue list cat, as tokIs does, and past
// the end of toks whether the empty word is, as is(cat, "") does.
func (c *cues) tokAtIs(cat string, toks []token, k int) bool {
	if k >= len(toks) {
		return c.is(cat, "")
	}
	return c.tokIs(cat, &toks[k])
}

// tokTextIs reports whether the word of t as written (t.Text) is in the cue list cat, as
// is(cat, t.Text) does, asking the token when it is written in lower case (most words).
func (c *cues) tokTextIs(cat string, t *token) bool {
	if t.Text != t.Lower {
		return c.is(cat, t.Text)
	}
	return c.tokIs(cat, t)
}

// tokIsBare reports whether the word of t, without a full stop at its end, is in the cue list cat
// ("Gen.", "Jan."), as is(cat, strings.TrimSuffix(t.Lower, ".")) does, asking the token when
// its word has no full stop.
func (c *cues) tokIsBare(cat string, t *token) bool {
	if w, ok := strings.CutSuffix(t.Lower, "."); ok {
		return c.is(cat, w)
	}
	return c.tokIs(cat, t)
}

// tokIsEither reports whether the word of t is in the cue list cat with or without the full
// stop at its end ("Gen." listed as "gen." or "gen"): tokIs or tokIsBare.
func (c *cues) tokIsEither(cat string, t *token) bool {
	return c.tokIs(cat, t) || c.tokIsBare(cat, t)
}

// trigIs reports whether the lemma of the reading tr is in the cue list cat, as
// is(cat, tr.Lemma) does, without hashing the lemma when the reading has its number.
func (c *cues) trigIs(cat string, tr *trigger) bool {
	if tr.cue == 0 {
		return c.is(cat, tr.Lemma)
	}
	return c.byID[tr.cue].has(cat)
}

// startsWith reports whether the lower-case word w begins with a stem in the cue list cat
// ("notified", "notifies" with the stem "notif").
func (c *cues) startsWith(cat, w string) bool {
	for p := range c.sets[cat] {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
