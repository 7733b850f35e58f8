package extract

import (
	"path/filepath"
	"testing"
)

// The longform sets in testdata/longform are fictional articles of news length (450–750 words,
// with datelines, quotes, background paragraphs and anonymous sources), each with a gold file.
// They were written and annotated by people who had not seen the extractor's rules or output
// (each batch by another writer: lf-a, lf-b, lf-c, …), so they measure how it does on prose it
// was not written against:
//   - tune/ may be read and studied when looking for general mechanisms (batches lf-a, lf-c,
//     lf-d, lf-f, lf-g, lf-j, lf-k, lf-n, lf-o, lf-p, lf-v, lf-w; lf-j, lf-k, lf-o, lf-p, lf-v and
//     lf-w were scored blind first, lf-n is regional wire copy from outside the US and UK, lf-o
//     rewrites vendors' threat reports, lf-p is political and legal news, lf-v a public
//     broadcaster's desk on public services, lf-w a national paper's security desk);
//   - heldout/ is a check like the shared extra set: run it for its figures, never tune to it
//     (batches lf-b, lf-e, lf-h, lf-i, lf-l, lf-m, lf-q, lf-r, lf-s, lf-t, lf-u, lf-x, lf-y; all but
//     lf-b were written after the rules they score and only ever scored by their micro line).
//
// The floors are set a little under the figures measured at the end of session 10 (tune: actor
// 0.941, event 0.633, told 0.827, date 0.578; heldout: 0.850, 0.437, 0.482, 0.314); see the log
// of TestLongformFloor for per-article figures.
var longformFloors = map[string]struct{ actor, event, told, date float64 }{
	"tune":    {actor: 0.93, event: 0.62, told: 0.81, date: 0.57},
	"heldout": {actor: 0.84, event: 0.42, told: 0.46, date: 0.30},
}

func TestLongformFloor(t *testing.T) {
	x := mustExtractor(t)
	for _, set := range []string{"tune", "heldout"} {
		docs := labScoreDir(t, x, filepath.Join("testdata", "longform", set))
		if len(docs) == 0 {
			t.Fatalf("longform set %s has no articles", set)
		}
		var total labCounts
		for _, d := range docs {
			total.add(d.counts)
		}
		t.Logf("%-28s %s", "MICRO "+set, total)
		labCheck(t, "longform "+set+" micro", total, longformFloors[set])
	}
}
