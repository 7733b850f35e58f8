package extract

import (
	"embed"
	"fmt"
	"slices"
	"strings"

	"github.com/intelgraph/intelgraph/extract/gazetteer"
	"github.com/intelgraph/intelgraph/schema"
)

//go:embed data/triggers.tsv data/cues.tsv
var dataFS embed.FS

// trigger is one reading of a word form as an event trigger.
type trigger struct {
	Type  schema.EventType
	Lemma string
	Verb  bool // the form is a verb form (else a noun)
	// cue is the number of Lemma in the cue lists (lexicon.numberLemmas), for cues.trigIs; 0 for
	// a reading made by a rule rather than read from the lexicon
	cue int32
}

// lexicon maps lower-case word forms to their trigger readings.
type lexicon map[string][]trigger

func loadLexicon() (lexicon, error) {
	f, err := dataFS.Open("data/triggers.tsv")
	if err != nil {
		return nil, fmt.Errorf("open trigger lexicon: %w", err)
	}
	defer f.Close()
	lx := lexicon{}
	err = gazetteer.ReadTSV(f, func(fl []string) error {
		if len(fl) < 3 {
			return fmt.Errorf("want type, lemma and pos, got %q", strings.Join(fl, "\t"))
		}
		typ, lemma, pos := schema.EventType(fl[0]), strings.ToLower(fl[1]), fl[2]
		if !typ.Valid() {
			return fmt.Errorf("unknown event type %q", fl[0])
		}
		var irregular []string
		if len(fl) > 3 && fl[3] != "" {
			irregular = strings.Split(fl[3], "|")
		}
		if strings.Contains(pos, "v") {
			forms := verbForms(lemma)
			if len(irregular) > 0 {
				forms = append([]string{lemma, lemma + "s"}, irregular...)
				if strings.HasSuffix(lemma, "y") || strings.HasSuffix(lemma, "s") || strings.HasSuffix(lemma, "h") {
					forms = append(forms, verbForms(lemma)...)
				}
			}
			for _, w := range forms {
				lx.add(w, trigger{Type: typ, Lemma: lemma, Verb: true})
			}
		}
		if strings.Contains(pos, "n") {
			for _, w := range append([]string{lemma, plural(lemma)}, irregular...) {
				lx.add(w, trigger{Type: typ, Lemma: lemma})
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read trigger lexicon: %w", err)
	}
	return lx, nil
}

func (lx lexicon) add(form string, t trigger) {
	for _, old := range lx[form] {
		if old == t {
			return
		}
	}
	lx[form] = append(lx[form], t)
}

// lookup returns the reading of form for a verb (verb=true) or a noun.
func (lx lexicon) lookup(form string, verb bool) (trigger, bool) {
	for _, t := range lx[form] {
		if t.Verb == verb {
			return t, true
		}
	}
	return trigger{}, false
}

// forms returns the word forms of the lexicon, sorted.
func (lx lexicon) forms() []string {
	fs := make([]string, 0, len(lx))
	for f := range lx {
		fs = append(fs, f)
	}
	slices.Sort(fs)
	return fs
}

// numberLemmas gives every reading of the lexicon the cue number of its lemma (c must number
// every form, and so every lemma: cues.number).
func (lx lexicon) numberLemmas(c *cues) {
	for _, ts := range lx {
		for k := range ts {
			ts[k].cue = c.ids[ts[k].Lemma]
		}
	}
}

// byCue returns the readings of each word form by its number in the cue lists c (which must
// number every form: cues.number), indexed like c.byID.
func (lx lexicon) byCue(c *cues) [][]trigger {
	trig := make([][]trigger, len(c.byID))
	for f, ts := range lx {
		trig[c.ids[f]] = ts
	}
	return trig
}

// tokTrigger is lex.lookup(t.Lower, verb), asking the token's cue number (cues.mark) rather than
// hashing its word when the token has one.
func (x *Extractor) tokTrigger(t *token, verb bool) (trigger, bool) {
	if t.cue == 0 {
		return x.lex.lookup(t.Lower, verb)
	}
	for _, tr := range x.trig[t.cue] {
		if tr.Verb == verb {
			return tr, true
		}
	}
	return trigger{}, false
}

// verbForms makes the regular inflections of a verb lemma.
func verbForms(l string) []string {
	forms := []string{l}
	switch {
	case strings.HasSuffix(l, "ie"):
		forms = append(forms, l+"s", l+"d", l[:len(l)-2]+"ying") // "tie": ties, tied, tying
	case strings.HasSuffix(l, "e"):
		forms = append(forms, l+"s", l+"d", l[:len(l)-1]+"ing")
	case strings.HasSuffix(l, "y") && len(l) > 2 && !strings.ContainsRune("aeiou", rune(l[len(l)-2])):
		forms = append(forms, l[:len(l)-1]+"ies", l[:len(l)-1]+"ied", l+"ing")
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "x"):
		forms = append(forms, l+"es", l+"ed", l+"ing")
	default:
		forms = append(forms, l+"s", l+"ed", l+"ing")
		if doubles(l) {
			c := l[len(l)-1:]
			forms = append(forms, l+c+"ed", l+c+"ing")
		}
	}
	return forms
}

// doubles reports whether a short consonant-vowel-consonant verb doubles its last letter
// ("rob" → "robbed").
func doubles(l string) bool {
	n := len(l)
	if n < 3 || n > 4 {
		return false
	}
	v := "aeiou"
	return !strings.ContainsRune(v, rune(l[n-1])) && strings.ContainsRune(v, rune(l[n-2])) &&
		!strings.ContainsRune(v, rune(l[n-3])) && !strings.ContainsRune("wxy", rune(l[n-1]))
}

func plural(n string) string {
	switch {
	case strings.HasSuffix(n, "y") && len(n) > 2 && !strings.ContainsRune("aeiou", rune(n[len(n)-2])):
		return n[:len(n)-1] + "ies"
	case strings.HasSuffix(n, "s") || strings.HasSuffix(n, "sh") || strings.HasSuffix(n, "ch") || strings.HasSuffix(n, "x"):
		return n + "es"
	}
	return n + "s"
}
