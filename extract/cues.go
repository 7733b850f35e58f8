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
	// member holds every word of every list under the key category + "\x00" + word: is looks
	// a word up once instead of its list, then the word in it
	member   map[string]struct{}
	descHead map[string]schema.ActorKind
	genHead  map[string]schema.ActorKind // heads of descriptive actors: "a contractor", "hackers"
}

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
	for _, need := range []string{"title", "stopstart", "calendar", "connector", "agencysuffix", "orgsuffix",
		"groupsuffix", "countryhead", "grouphead", "groupmod", "reporting", "be", "negation", "hypothetical",
		"future", "futureverb", "support", "denialcue", "clausebreak", "clauseconj", "preposition", "personrole", "groupprefix", "information", "sentverb", "firstname", "lightverb", "undergoverb", "genstart", "anonhead", "anonvague", "anonmod", "anonword", "anonsay", "anonask", "flawnoun", "flawprep", "ransomcue", "payverb", "victimverb", "gainverb", "enableverb", "habitual", "pastadverb", "harmverb", "flawverb", "flawgated", "fixgated", "fixnoun", "stategated", "rebuttal", "claimnoun"} {
		if c.sets[need] == nil {
			return nil, fmt.Errorf("cue list %q missing", need)
		}
	}
	c.member = map[string]struct{}{}
	for cat, set := range c.sets {
		for w := range set {
			c.member[cat+"\x00"+w] = struct{}{}
		}
	}
	return c, nil
}

// is reports whether the lower-case word w is in the cue list cat.
func (c *cues) is(cat, w string) bool {
	var buf [64]byte // the key is built on the stack unless it is longer
	key := append(append(append(buf[:0], cat...), 0), w...)
	_, ok := c.member[string(key)]
	return ok
}
