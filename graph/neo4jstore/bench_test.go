package neo4jstore

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
)

// benchDocs is the number of synthetic documents one benchmark iteration ingests.
const benchDocs = 200

// syntheticDocs makes n fictional document graphs. Their actors come from a pool of 60, so
// that documents share actors and merging has work to do; each document has 6 actors,
// 3 events and 2 relations.
func syntheticDocs(n int) []*graph.Graph {
	const pool = 60
	kinds := schema.ActorKinds
	types := []schema.EventType{schema.EventIntrusion, schema.EventLeak, schema.EventWarning, schema.EventReport}
	out := make([]*graph.Graph, n)
	for i := range out {
		doc := fmt.Sprintf("synthetic-%04d", i)
		g := &graph.Graph{Documents: []graph.Document{{ID: doc, Title: "Synthetic " + doc,
			Published: fmt.Sprintf("2017-%02d-%02d", 1+i%12, 1+i%28), Source: doc + ".txt", Hash: doc}}}
		var ids []string
		for j := 0; j < 6; j++ {
			k := (i*7 + j*11) % pool
			name := fmt.Sprintf("Zarnock Unit %d", k)
			id := graph.ActorID(name)
			ids = append(ids, id)
			g.Actors = append(g.Actors, graph.Actor{ID: id, Name: name, Kind: kinds[k%len(kinds)],
				Aliases: []string{fmt.Sprintf("Unit %d", k)}, Confidence: 0.8,
				Mentions: []graph.Mention{
					{Document: doc, Sentence: j, Start: 0, End: len(name), Text: name, Confidence: 0.9},
					{Document: doc, Sentence: j + 1, Start: 4, End: 8, Text: "Unit", Confidence: 0.4},
				}})
		}
		for j := 0; j < 3; j++ {
			typ := types[(i+j)%len(types)]
			e := graph.Event{ID: graph.EventID(doc, string(typ), fmt.Sprint(j)), Type: typ,
				Time: graph.Time{Value: fmt.Sprintf("%d", 2010+(i+j)%8), Precision: schema.PrecisionYear},
				Participants: []graph.Participant{
					{Actor: ids[j], Role: schema.RoleAgent}, {Actor: ids[j+3], Role: schema.RoleTarget}},
				Evidence:   []graph.Evidence{{Document: doc, Sentence: j, Text: fmt.Sprintf("Sentence %d of %s.", j, doc)}},
				Confidence: 0.7}
			g.Events = append(g.Events, e)
		}
		g.Relations = []graph.Relation{
			{Source: ids[0], Type: schema.RelInformed, Target: ids[1], Confidence: 0.5,
				Evidence: []graph.Evidence{{Document: doc, Sentence: 2, Text: "told"}}},
			{Source: ids[2], Type: schema.RelAffiliatedWith, Target: ids[4], Confidence: 0.5,
				Evidence: []graph.Evidence{{Document: doc, Sentence: 3, Text: "member"}}},
		}
		out[i] = g
	}
	return out
}

// BenchmarkIngest ingests benchDocs synthetic documents in one Ingest call into an empty
// database, with one row per statement (the baseline) and with the default batch size; the
// second reports its speed-up over the baseline measured in the same run (x-BatchSize=1).
func BenchmarkIngest(b *testing.B) {
	cfg := testConfig(b)
	docs := syntheticDocs(benchDocs)
	rates := map[int]float64{}
	sizes := []int{1, DefaultBatchSize}
	for _, size := range sizes {
		b.Run(fmt.Sprintf("BatchSize=%d", size), func(b *testing.B) {
			c := cfg
			c.BatchSize = size
			s := MustOpenConfig(b, c)
			ctx := context.Background()
			var elapsed time.Duration
			var nodes int64
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				require.NoError(b, s.Reset(ctx))
				start := time.Now()
				b.StartTimer()
				_, err := s.Ingest(ctx, docs)
				require.NoError(b, err)
				b.StopTimer()
				elapsed += time.Since(start)
				n, _, err := s.Counts(ctx)
				require.NoError(b, err)
				nodes += n
				b.StartTimer()
			}
			sec := elapsed.Seconds()
			rates[size] = float64(benchDocs*b.N) / sec
			b.ReportMetric(float64(benchDocs*b.N)/sec, "docs/s")
			b.ReportMetric(float64(nodes)/sec, "nodes/s")
			if base := rates[1]; size != 1 && base > 0 {
				b.ReportMetric(rates[size]/base, "x-BatchSize=1")
			}
		})
	}
}
