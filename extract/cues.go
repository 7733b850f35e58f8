package extract

import (
	"fmt"
	"strings"

	"github.com/intelgraph/intelgraph/extract/gazetteer"
	"github.com/intelgraph/intelgraph/schema"
)

// cues holds the word lists of data/cues.tsv.
type cues struct {
	sets map[string]map[string]bool
	// lists holds the names of the lists each word is in (at most a few), for is, which the
	// extractor calls more than any other function of its own: one lookup by the word alone,
	// where sets takes two and a map keyed by (list, word) hashes both strings.
	lists map[string][]string
	// ids numbers the words of lists from 2, and byID holds each number's lists (byID[1] is
	// empty, for a word in none): mark gives every token its word's number once, so that the
	// hottest loops ask the token (tokIs) and hash its word no more.
	ids      map[string]int32
	byID     [][]string
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
	c.lists = map[string][]string{}
	for cat, set := range c.sets {
		for w := range set {
			c.lists[w] = append(c.lists[w], cat)
		}
	}
	c.ids = make(map[string]int32, len(c.lists))
	c.byID = make([][]string, 2, len(c.lists)+2)
	for w, l := range c.lists {
		c.ids[w] = int32(len(c.byID))
		c.byID = append(c.byID, l)
	}
	return c, nil
}

// is reports whether the lower-case word w is in the cue list cat.
func (c *cues) is(cat, w string) bool {
	for _, l := range c.lists[w] {
		if l == cat {
			return true
		}
	}
	return false
}

// mark gives every token of sents the number of its word in the cue lists, for tokIs.
func (c *cues) mark(sents []sentence) {
	for i := range sents {
		toks := sents[i].Toks
		for k := range toks {
			id, ok := c.ids[toks[k].Lower]
			if !ok {
				id = 1
			}
			toks[k].cue = id
		}
	}
}

// tokIs reports whether the word of t is in the cue list cat, as is(cat, t.Lower) does, without
// hashing the word when mark has numbered the token.
func (c *cues) tokIs(cat string, t *token) bool {
	if t.cue == 0 {
		return c.is(cat, t.Lower)
	}
	for _, l := range c.byID[t.cue] {
		if l == cat {
			return true
		}
	}
	return false
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
