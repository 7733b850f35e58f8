package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCueCategories checks data/cues.tsv against the code that reads it: every list the
// sources name (x.cue.is("name", …), x.cue.tokIs("name", …), x.cue.tokAtIs("name", …),
// x.cue.tokTextIs("name", …), x.cue.trigIs("name", …) or x.cue.startsWith("name", …), a
// category passed to flawFound, a sense table's forms) is
// in the data, and every list in the data is named somewhere in the code.
func TestCueCategories(t *testing.T) {
	c, err := loadCues()
	require.NoError(t, err)
	named := regexp.MustCompile(`cue\.(?:is|tokIs|tokAtIs|tokTextIs|tokIsBare|trigIs|startsWith)\("([a-z0-9]+)"|flawFound\([^()]*"([a-z0-9]+)"\)|\{"([a-z]+forms)", "`)
	used := map[string]bool{"deschead": true, "genhead": true} // read into their own maps by loadCues
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, m := range named.FindAllStringSubmatch(string(src), -1) {
			cat := m[1] + m[2] + m[3]
			used[cat] = true
			if cat != "deschead" && cat != "genhead" {
				require.NotNil(t, c.sets[cat], "%s names cue list %q, which data/cues.tsv lacks", f, cat)
			}
		}
	}
	var unused []string
	for cat := range c.sets {
		if !used[cat] {
			unused = append(unused, cat)
		}
	}
	sort.Strings(unused)
	require.Empty(t, unused, "cue lists no code reads")
}

// TestTrigIs checks that every reading of the lexicon, numbered by New, answers as is does
// for its lemma, and a reading made by a rule (no number) too.
func TestTrigIs(t *testing.T) {
	x := mustExtractor(t)
	for _, cat := range []string{"flawgated", "needsuspect", "linklemma", "armedgated"} {
		for form, ts := range x.lex {
			for _, tr := range ts {
				require.NotZero(t, tr.cue, "%q", form)
				require.Equal(t, x.cue.is(cat, tr.Lemma), x.cue.trigIs(cat, &tr), "%q in %s", tr.Lemma, cat)
			}
		}
		made := trigger{Lemma: "charge"}
		require.Equal(t, x.cue.is(cat, made.Lemma), x.cue.trigIs(cat, &made), "made %q in %s", made.Lemma, cat)
	}
}

// TestTokIs checks that asking a token, marked or not, or a place past the end of a sentence
// (tokAtIs), answers as is does for its word or the empty word.
func TestTokIs(t *testing.T) {
	c, err := loadCues()
	require.NoError(t, err)
	tests := []struct{ cat, word string }{
		{"clausebreak", "but"}, {"clausebreak", "zebra"}, {"docnoun", "report"}, {"docnoun", "but"}, {"rebuttal", "denied"},
	}
	for _, tc := range tests {
		s := []sentence{{Toks: []token{{Text: tc.word, Lower: tc.word}}}}
		want := c.is(tc.cat, tc.word)
		require.Equal(t, want, c.tokIs(tc.cat, &s[0].Toks[0]), "unmarked %q in %s", tc.word, tc.cat)
		c.mark(s)
		require.NotZero(t, s[0].Toks[0].cue)
		require.Equal(t, want, c.tokIs(tc.cat, &s[0].Toks[0]), "marked %q in %s", tc.word, tc.cat)
		require.Equal(t, want, c.tokAtIs(tc.cat, s[0].Toks, 0), "at 0: %q in %s", tc.word, tc.cat)
		require.Equal(t, c.is(tc.cat, ""), c.tokAtIs(tc.cat, s[0].Toks, 1), "past the end in %s", tc.cat)
	}
}

// TestTokIsEveryList checks that a marked token of every word of the cue lists answers as is
// does for every list: its unlisted lengths never hide a list it is in.
func TestTokIsEveryList(t *testing.T) {
	c, err := loadCues()
	require.NoError(t, err)
	for w := range c.ids {
		s := []sentence{{Toks: []token{{Text: w, Lower: w}}}}
		c.mark(s)
		for cat := range c.sets {
			if got, want := c.tokIs(cat, &s[0].Toks[0]), c.is(cat, w); got != want {
				t.Errorf("tokIs(%q, %q) = %v, want %v", cat, w, got, want)
			}
		}
	}
}

// FuzzTokIs checks that a marked token answers as is does for any word and list name.
func FuzzTokIs(f *testing.F) {
	c, err := loadCues()
	require.NoError(f, err)
	f.Add("but", "clausebreak")
	f.Add("report", "docnoun")
	f.Add("zebra", "")
	f.Fuzz(func(t *testing.T, w, cat string) {
		s := []sentence{{Toks: []token{{Text: w, Lower: w}}}}
		c.mark(s)
		if got, want := c.tokIs(cat, &s[0].Toks[0]), c.is(cat, w); got != want {
			t.Errorf("tokIs(%q, %q) = %v, want %v", cat, w, got, want)
		}
	})
}

// TestTokTextIs checks that asking a marked token for its word as written answers as is does
// for its text, in lower case or capitalised.
func TestTokTextIs(t *testing.T) {
	c, err := loadCues()
	require.NoError(t, err)
	tests := []struct{ cat, text string }{
		{"particle", "bin"}, {"particle", "Bin"}, {"particle", "van"}, {"particle2", "der"}, {"particle", "zebra"},
		{"clausebreak", "but"}, {"clausebreak", "But"},
	}
	for _, tc := range tests {
		s := []sentence{{Toks: []token{{Text: tc.text, Lower: strings.ToLower(tc.text)}}}}
		c.mark(s)
		require.Equal(t, c.is(tc.cat, tc.text), c.tokTextIs(tc.cat, &s[0].Toks[0]), "%q in %s", tc.text, tc.cat)
	}
}

// FuzzCatList checks that a catList's signature never hides a category it holds: has agrees
// with slices.Contains over its names.
func FuzzCatList(f *testing.F) {
	f.Add("victimnoun|title|", "title")
	f.Add("a|bb|", "")
	f.Add("", "x")
	f.Fuzz(func(t *testing.T, cats, cat string) {
		var l catList
		for _, c := range strings.Split(cats, "|") {
			l.add(c)
		}
		if got, want := l.has(cat), slices.Contains(l.cats, cat); got != want {
			t.Errorf("has(%q) = %v over %q, want %v", cat, got, l.cats, want)
		}
	})
}
