package postag

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/tag/aptagmodel"
	"github.com/jdkato/prose/v3/tokenize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// taggers returns a Tagger and prose's own tagger.
func taggers(tb testing.TB) (*Tagger, *tag.Tagger) {
	tb.Helper()
	t, err := New()
	require.NoError(tb, err)
	p, err := tag.New()
	require.NoError(tb, err)
	return t, p
}

// tags tags words with tg and returns the tags.
func tags(tg interface{ TagTokens([]tag.Token) }, words []string) []string {
	toks := make([]tag.Token, len(words))
	for i, w := range words {
		toks[i].Text = w
	}
	tg.TagTokens(toks)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Tag
	}
	return out
}

// TestTagsAsProse checks the tags of sentences that reach each path of TagTokens (the model,
// its unscored words, and the sentences handed to prose whole) against prose's own tags.
func TestTagsAsProse(t *testing.T) {
	tg, p := taggers(t)
	tests := []struct{ name, sentence string }{
		{"plain", "The ministry said on Tuesday that hackers had stolen the files ."},
		{"hyphens and years", "State-sponsored intruders broke in during 2019 and left in mid-2021 ."},
		{"digits and money", "The exchange lost $ 41 million , or 12.5 % of its reserves , on 3 March ."},
		{"capitals", "NATO and the FBI ALERTED Kestrel Systems ."},
		{"non-ASCII", "Prosecutors in Malmö charged Zoë Ångström ."},
		{"emoticon words", "He wrote xD and 8D and XDD in the chat ."},
		{"emoticon marks", "Her reply was :-) and nothing more ."},
		{"hyphen alone", "The leak - the largest yet - came later ."},
		{"hyphen first and last", "- the leak came later -"},
		{"longest ASCII emoticons", "He wrote :-))) and (-_-) and ^___^ but not :-)))) or (-_-)) ."},
		{"non-ASCII emoticons", "He shrugged ¯\\(ツ)/¯ and (ಠ_ಠ) at it ."},
		{"URLs and underscores", "See https://example.com/a_b:c ( reverse_shell ) at app.koofr[.]net ."},
		{"handle", "The account @kestrel_ops posted the files ."},
		{"trace and zero", "He said 0 files were *T*-1 taken ."},
		{"bracket", "The group -LRB- APT99 -RRB- denied it ."},
		{"one word", "Breach"},
		{"empty word", "The  files"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := strings.Split(tt.sentence, " ")
			assert.Equal(t, tags(p, words), tags(tg, words))
		})
	}
}

// sentences reads the articles matching the patterns and returns their sentences as words,
// cut by prose's segmenter and tokenizer.
func sentences(tb testing.TB, patterns ...string) [][]string {
	tb.Helper()
	seg, err := segment.New()
	require.NoError(tb, err)
	tok := tokenize.New()
	var out [][]string
	for _, pat := range patterns {
		files, err := filepath.Glob(pat)
		require.NoError(tb, err)
		for _, f := range files {
			data, err := os.ReadFile(f)
			require.NoError(tb, err)
			for _, s := range seg.Segment(string(data)) {
				var words []string
				for _, t := range tok.Tokenize(s.Text) {
					words = append(words, t.Text)
				}
				if len(words) > 0 {
					out = append(out, words)
				}
			}
		}
	}
	return out
}

// articles lists the extractor's own test articles and, when present beside the repository,
// the shared corpus.
var articles = []string{
	"../testdata/*.txt", "../testdata/*/*.txt", "../testdata/*/*/*.txt", "../../examples/*.txt",
	"../../../shared/corpus/*/articles/*.txt", "../../../shared/corpus/extra/*.txt",
}

// TestTagsAsProseOnArticles checks the tags of every sentence of the articles against prose's
// own tags, stopping at the first sentence that differs.
func TestTagsAsProseOnArticles(t *testing.T) {
	tg, p := taggers(t)
	sents := sentences(t, articles...)
	require.NotEmpty(t, sents)
	for _, words := range sents {
		want, got := tags(p, words), tags(tg, words)
		if !assert.Equal(t, want, got, "sentence %q", strings.Join(words, " ")) {
			return
		}
	}
}

// TestReadModelErrors checks that readModel refuses data that is no flat model, a truncated
// model and another format version, with an error naming why.
func TestReadModelErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a prose flat tagger model"},
		{"other file", []byte("GIF89a..."), "not a prose flat tagger model"},
		{"truncated", aptagmodel.English[:len(aptagmodel.English)/2], "truncated model"},
		{"header only", aptagmodel.English[:12], "truncated model"},
		{"other version", append([]byte("PROSETAG\x02\x00\x00\x00"), aptagmodel.English[12:]...), "version 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readModel(tt.data)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// FuzzTagAsProse checks that the tags of any words split at white space are prose's own.
func FuzzTagAsProse(f *testing.F) {
	tg, p := taggers(f)
	for _, s := range []string{"The FBI warned Kestrel on Tuesday .", "xD - @x 0 -LRB- *T*-1 2019 mid-2021", "Ångström said :-) .", "- x_y https://a.b/c :-))) :-)))) -"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		want := tags(p, words)
		if got := tags(tg, words); !assert.Equal(t, want, got) {
			t.Fatalf("words %q", words)
		}
		if got := tags(lowered{tg}, words); !assert.Equal(t, want, got) {
			t.Fatalf("words %q, tagged with their lower case given", words)
		}
	})
}

// lowered tags words as the extractor does, handing the tagger their lower case (TagLowered).
type lowered struct{ *Tagger }

// TagTokens tags toks with TagLowered.
func (l lowered) TagTokens(toks []tag.Token) {
	low := make([]string, len(toks))
	for i := range toks {
		low[i] = strings.ToLower(toks[i].Text)
	}
	l.TagLowered(toks, low)
}

// BenchmarkTag tags the extractor's test articles; its baseline, measured in the same run, is
// prose's own tagger on the same sentences.
func BenchmarkTag(b *testing.B) {
	tg, p := taggers(b)
	sents := sentences(b, articles[:4]...)
	size := 0
	for _, s := range sents {
		for _, w := range s {
			size += len(w) + 1
		}
	}
	toks := make([][]tag.Token, len(sents))
	for i, s := range sents {
		toks[i] = make([]tag.Token, len(s))
		for j, w := range s {
			toks[i][j].Text = w
		}
	}
	for _, bt := range []struct {
		name string
		tg   interface{ TagTokens([]tag.Token) }
	}{{"baseline=prose", p}, {"postag", tg}} {
		b.Run(bt.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, t := range toks {
					bt.tg.TagTokens(t)
				}
			}
		})
	}
}

// TestProseOnly checks which words send their sentence to prose: the words prose tags without
// its model, and any word that might be one of its emoticons.
func TestProseOnly(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"", false}, {"-", false}, {"0", true}, {"00", false}, {"@kestrel", true}, {"a@b", false},
		{"*T*-1", true}, {"-LRB-", true}, {"-abc", false}, {"xD", true}, {"O.o", true}, {"XDDD", false},
		{":-)))", true}, {":-))))", false}, {"(", false}, {"a_b", true}, {"reverse_shell", false},
		{"https://a.b/c", false}, {"(ಠ_ಠ)", true}, {"ab\\", true}, {"a`", true}, {"Malmö", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, proseOnly(tt.word), "%q", tt.word)
	}
}

// TestKnows checks that Knows tells the words of the model's English, in any case, from words it
// has never seen.
func TestKnows(t *testing.T) {
	tg, _ := taggers(t)
	tests := []struct {
		word string
		want bool
	}{
		{"the", true},
		{"The", true},
		{"Following", true},
		{"spider", true},
		{"Blackmere", false},
		{"Ashfall", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			assert.Equal(t, tt.want, tg.Knows(tt.word), "got %v, want %v", tg.Knows(tt.word), tt.want)
		})
	}
}
