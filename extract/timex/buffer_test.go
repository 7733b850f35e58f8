package timex

import (
	"reflect"
	"sync"
	"testing"
)

// TestFindReusesBuffers checks that a Tagger's calls, one after another and at the same time,
// find what a fresh Tagger finds, whatever texts the token buffers held before.
func TestFindReusesBuffers(t *testing.T) {
	texts := []string{
		"On October 10, 2017, the firm said the breach had begun three years earlier. Last week it hired a firm.",
		"Tuesday",
		"",
		"In March 2015 the agency warned the firm; a year later, on October 10, it was hit again. Yesterday it said so. " +
			"The report, published earlier this year, covers 2019 and the third quarter. Next week the board meets.",
	}
	want := make([][]Expression, len(texts))
	for i, text := range texts {
		want[i] = mustTagger(t).Find(text, ref)
	}
	tg := mustTagger(t)
	for round := 0; round < 3; round++ {
		for i, text := range texts {
			if got := tg.Find(text, ref); !reflect.DeepEqual(got, want[i]) {
				t.Errorf("round %d, %q: got %v, want %v", round, text, got, want[i])
			}
		}
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range texts {
				got, _ := tg.FindTwice(texts[i], ref, ref)
				if !reflect.DeepEqual(got, want[i]) {
					t.Errorf("concurrent %q: got %v, want %v", texts[i], got, want[i])
				}
			}
		}()
	}
	wg.Wait()
}
