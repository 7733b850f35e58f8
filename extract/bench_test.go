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

func BenchmarkExtract(b *testing.B) {
	arts := corpusArticles(b)
	x := mustExtractor(b)
	size := 0
	for _, a := range arts {
		size += len(a.Body)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			if _, err := x.Extract(context.Background(), a); err != nil {
				b.Fatal(err)
			}
		}
	}
	if s := b.Elapsed().Seconds(); s > 0 && len(arts) > 0 {
		b.ReportMetric(float64(b.N*len(arts))/s, "articles/s")
	}
}
