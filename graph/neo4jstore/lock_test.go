package neo4jstore

import (
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/graph"
)

// Two stores, as two processes would have, ingest different documents at once: the write
// lock makes them take turns, so neither overwrites the other's merge.
func TestConcurrentWritersFromTwoStores(t *testing.T) {
	a := MustOpen(t)
	cfg := testConfig(t)
	b, err := Open(context.Background(), cfg)
	require.NoError(t, err)
	defer b.Close(context.Background())
	docs := loadDocs(t)
	var wg sync.WaitGroup
	errs := make([]error, len(docs))
	for i, d := range docs {
		s := a
		if i%2 == 1 {
			s = b
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = s.Ingest(context.Background(), []*graph.Graph{d})
		}()
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}
	g, err := a.Export(context.Background())
	require.NoError(t, err)
	assert.Len(t, g.Documents, len(docs), "every writer's document is there")
	// whatever order they took turns in, what is stored is what one writer would have built
	// from the same documents in that order
	rows, err := a.ReadCypher(context.Background(), "MATCH (d:Document) RETURN d.id AS id ORDER BY d.seq, d.id", nil)
	require.NoError(t, err)
	byID := map[string]*graph.Graph{}
	for _, d := range docs {
		byID[d.Documents[0].ID] = d
	}
	var inOrder []*graph.Graph
	for _, r := range rows {
		inOrder = append(inOrder, byID[r["id"].(string)])
	}
	requireExportEqualsBuild(t, a, inOrder...)
}
