package graph

import (
	"fmt"
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// syntheticDocs makes n document graphs of 10 actors and 10 events each, drawn from a pool of
// actors so that documents share actors and events as news articles do.
func syntheticDocs(n int) []*Graph {
	docs := make([]*Graph, n)
	for i := range docs {
		id := fmt.Sprintf("doc-%d", i)
		var actors []Actor
		for j := 0; j < 10; j++ {
			k := (i*7 + j*13) % 400
			a := actor(fmt.Sprintf("Actor %d Group", k), schema.KindGroup)
			if j%3 == 0 {
				a.Aliases = []string{fmt.Sprintf("AG%d", k)}
			}
			actors = append(actors, a)
		}
		var events []Event
		for j := 0; j < 10; j++ {
			e := event(fmt.Sprintf("ev-%d-%d", i, j), schema.EventTypes[j%5], fmt.Sprint(2010+j%8),
				actors[j].ID, actors[(j+1)%10].ID)
			events = append(events, e)
		}
		docs[i] = docGraph(id, actors, events, []Relation{{Source: actors[0].ID, Type: schema.RelInformed, Target: actors[1].ID}})
	}
	return docs
}

// BenchmarkBuild measures merging n documents into one graph. The 100-document case is the
// baseline: per-document cost should stay flat as n grows tenfold.
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{100, 1000} {
		docs := syntheticDocs(n)
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				Build(docs)
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}
