package timex

import (
	"reflect"
	"testing"
	"time"
)

// TestFindTwice checks that FindTwice gives what two calls of Find give, whichever reference
// date each reading takes.
func TestFindTwice(t *testing.T) {
	tg, err := New(Narrative())
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Officials said on Tuesday that the breach began last month and ended two weeks later.",
		"In March 2015 the agency warned the firm; a year later, on October 10, it was hit again. Yesterday it said so.",
		"The report, published earlier this year, covers 2019 and the third quarter. Next week the board meets.",
		"",
	}
	refs := [][2]time.Time{
		{time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)},
		{time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2022, 12, 31, 0, 0, 0, 0, time.UTC)},
		{{}, time.Date(2020, 2, 29, 0, 0, 0, 0, time.UTC)},
	}
	for _, text := range texts {
		for _, r := range refs {
			a, b := tg.FindTwice(text, r[0], r[1])
			if wa, wb := tg.Find(text, r[0]), tg.Find(text, r[1]); !reflect.DeepEqual(a, wa) || !reflect.DeepEqual(b, wb) {
				t.Errorf("%q %v: got %v / %v, want %v / %v", text, r, a, b, wa, wb)
			}
		}
	}
}
