package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// corpusArticles reads the dev and extra articles of the shared corpus (beside the repository),
// skipping the benchmark when it is absent.
func corpusArticles(tb testing.TB) []*Article {
	tb.Helper()
	var paths []string
	for _, pat := range []string{"../../shared/corpus/dev/articles/*.txt", "../../shared/corpus/extra/*.txt"} {
		m, _ := filepath.Glob(pat)
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		tb.Skip("shared corpus not found beside the repository")
	}
	var out []*Article
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		a, err := ParseArticle(p, data)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// BenchmarkExtract measures the whole pipeline on the dev and extra articles, one goroutine.
// Its baseline, measured in the same run, is the first stage alone (sentences, tokens and
// part-of-speech tags: prose's segmenter and model, package postag): the pipeline's MB/s over the baseline's says what
// everything after tagging costs.
func BenchmarkExtract(b *testing.B) {
	arts := corpusArticles(b)
	x := mustExtractor(b)
	size := 0
	for _, a := range arts {
		size += len(a.Body)
	}
	stages := []struct {
		name string
		run  func(a *Article) error
	}{
		{"baseline=tagging", func(a *Article) error { x.nlp.sentences(a.Body); return nil }},
		{"pipeline", func(a *Article) error { _, err := x.Extract(context.Background(), a); return err }},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				for _, a := range arts {
					if err := st.run(a); err != nil {
						b.Fatal(err)
					}
				}
			}
			if s := b.Elapsed().Seconds(); s > 0 && len(arts) > 0 {
				b.ReportMetric(float64(b.N*len(arts))/s, "articles/s")
			}
		})
	}
}
