package extract

import (
	"context"
	"encoding/json"
	"slices"
	"testing"
)

func FuzzExtract(f *testing.F) {
	f.Add([]byte("title: t\npublished: 2017-10-11\n\nIsrael's 2014 hacking of Kaspersky Lab. The NSA (N.S.A.) was told.\n"))
	f.Add([]byte("\"\" , the the The . 's 's ( ) APT1 U.S. Mr. \n\n\n"))
	f.Add([]byte("<html><body><p>Hi</p></body></html>"))
	f.Add([]byte("published: 99999\n\nOn Tuesday, in May, 2014, last year."))
	x := mustExtractor(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, want := x.nlp.tokenize(string(data), nil), x.nlp.tok.Tokenize(string(data)); !slices.Equal(got, want) {
			t.Fatalf("tokenize %q: got %v, prose %v", data, got, want)
		}
		for _, name := range []string{"in.txt", "in.html"} {
			a, err := ParseArticle(name, data)
			if err != nil {
				continue
			}
			r, err := x.Extract(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := json.Marshal(Combine(r)); err != nil {
				t.Fatal(err)
			}
		}
	})
}
