package neo4jstore

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/graph"
)

// testConfig returns the test server's configuration from INTELGRAPH_TEST_NEO4J_*, or skips
// tb when INTELGRAPH_TEST_NEO4J_URI is unset.
func testConfig(tb testing.TB) Config {
	tb.Helper()
	uri := os.Getenv("INTELGRAPH_TEST_NEO4J_URI")
	if uri == "" {
		tb.Skip("INTELGRAPH_TEST_NEO4J_URI is unset: set it (and INTELGRAPH_TEST_NEO4J_PASSWORD) to run " +
			"against a real Neo4j, e.g. eval \"$(bash tools/neo4j/neo4j.sh env)\"")
	}
	user := os.Getenv("INTELGRAPH_TEST_NEO4J_USER")
	if user == "" {
		user = "neo4j"
	}
	return Config{URI: uri, User: user, Password: os.Getenv("INTELGRAPH_TEST_NEO4J_PASSWORD"),
		ConnectTimeout: 10 * time.Second}
}

// MustOpen opens a store on the test server, empties it, and closes it when tb ends.
func MustOpen(tb testing.TB) *Store {
	tb.Helper()
	return MustOpenConfig(tb, testConfig(tb))
}

// MustOpenConfig is MustOpen with a configuration.
func MustOpenConfig(tb testing.TB, cfg Config) *Store {
	tb.Helper()
	ctx := context.Background()
	s, err := Open(ctx, cfg)
	require.NoError(tb, err)
	tb.Cleanup(func() { _ = s.Close(context.Background()) })
	require.NoError(tb, s.Reset(ctx))
	return s
}

// MustIngest ingests docs and returns the change.
func MustIngest(tb testing.TB, s *Store, docs ...*graph.Graph) graph.Change {
	tb.Helper()
	c, err := s.Ingest(context.Background(), docs)
	require.NoError(tb, err)
	return c
}

// MustCounts returns the database's node and relationship counts.
func MustCounts(tb testing.TB, s *Store) [2]int64 {
	tb.Helper()
	n, r, err := s.Counts(context.Background())
	require.NoError(tb, err)
	return [2]int64{n, r}
}

// loadDoc reads one raw document graph from testdata.
func loadDoc(tb testing.TB, name string) *graph.Graph {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".json"))
	require.NoError(tb, err)
	var g graph.Graph
	require.NoError(tb, json.Unmarshal(b, &g))
	return &g
}

// loadDocs reads the four fixture documents, in order.
func loadDocs(tb testing.TB) []*graph.Graph {
	tb.Helper()
	var out []*graph.Graph
	for _, n := range []string{"d1-valdoria-wire", "d2-harbor-times", "d3-north-post", "d4-island-gazette"} {
		out = append(out, loadDoc(tb, n))
	}
	return out
}

// clone deep-copies a graph through JSON.
func clone(tb testing.TB, g *graph.Graph) *graph.Graph {
	tb.Helper()
	b, err := json.Marshal(g)
	require.NoError(tb, err)
	var c graph.Graph
	require.NoError(tb, json.Unmarshal(b, &c))
	return &c
}

// jsonOf is v's indented JSON, for comparisons whose failures show a readable diff.
func jsonOf(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.MarshalIndent(v, "", " ")
	require.NoError(tb, err)
	return string(b)
}

// requireExportEqualsBuild checks that the store's export is graph.Build of docs.
func requireExportEqualsBuild(tb testing.TB, s *Store, docs ...*graph.Graph) {
	tb.Helper()
	requireExportEqualsBuildWith(tb, s, nil, docs...)
}

// requireExportEqualsBuildWith checks that the store's export is graph.Build of docs under the
// decisions ds, and returns that graph.
func requireExportEqualsBuildWith(tb testing.TB, s *Store, ds []graph.Decision, docs ...*graph.Graph) *graph.Graph {
	tb.Helper()
	got, err := s.Export(context.Background())
	require.NoError(tb, err)
	want := graph.Build(docs, ds...)
	require.Equal(tb, jsonOf(tb, want), jsonOf(tb, got), "export differs from graph.Build")
	return want
}

// MustDecide records a decision and returns the change.
func MustDecide(tb testing.TB, s *Store, d graph.Decision) graph.Change {
	tb.Helper()
	c, err := s.Decide(context.Background(), d)
	require.NoError(tb, err)
	return c
}

// loadNamed reads raw document graphs from testdata, in order.
func loadNamed(tb testing.TB, names ...string) []*graph.Graph {
	tb.Helper()
	out := make([]*graph.Graph, len(names))
	for i, n := range names {
		out[i] = loadDoc(tb, n)
	}
	return out
}
