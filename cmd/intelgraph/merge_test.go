package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/graph"
)

// storeArgs are the flags that select each store for the merge tests; the Neo4j one is
// present only when a test Neo4j is configured.
func storeArgs(t *testing.T, dir string) map[string][]string {
	t.Helper()
	stores := map[string][]string{"embedded": {"--store", "embedded", "--data-dir", filepath.Join(dir, "data")}}
	if os.Getenv("INTELGRAPH_TEST_NEO4J_URI") != "" {
		neo4jEnv(t)
		stores["neo4j"] = []string{"--store", "neo4j"}
	} else {
		t.Log("INTELGRAPH_TEST_NEO4J_URI is not set: the merge test runs on the embedded store only")
	}
	return stores
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := run(t, args...)
	require.Equal(t, ExitOK, code, "intelgraph %s: %s", strings.Join(args, " "), errOut)
	return out
}

func actorsOf(t *testing.T, store []string) map[string]graph.ActorSummary {
	t.Helper()
	var list []graph.ActorSummary
	require.NoError(t, json.Unmarshal([]byte(mustRun(t, append([]string{"actors", "--json"}, store...)...)), &list))
	m := map[string]graph.ActorSummary{}
	for _, a := range list {
		m[a.ID] = a
	}
	return m
}

func TestMergingArticlesOnBothStores(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	merge := filepath.Join(rootDir, "cmd", "intelgraph", "testdata", "merge")
	stores := storeArgs(t, dir)
	exports := map[string]string{}
	for name, store := range stores {
		t.Run(name, func(t *testing.T) {
			mustRun(t, append([]string{"ingest", merge}, store...)...)
			actors := actorsOf(t, store)

			// one node per actor across articles, names kept
			require.Contains(t, actors, "zenith-lab")
			assert.NotContains(t, actors, "zenith", "the short form joins the full name")
			assert.Contains(t, actors["zenith-lab"].Aliases, "Zenith")
			assert.Equal(t, 2, actors["zenith-lab"].Documents)
			assert.Contains(t, actors, "orion-lab", "another Lab stays apart")
			for _, id := range []string{"john-smith", "alan-smith", "smith"} {
				assert.Contains(t, actors, id, "people who share a surname stay apart")
			}
			assert.NotContains(t, actors, "mikhail-korolenko", "one person spelt two ways is one actor")
			assert.Equal(t, 2, actors["mikhail-korolenkko"].Documents)
			assert.Contains(t, actors["mikhail-korolenkko"].Aliases, "Mikhail Korolenko")
			assert.NotContains(t, actors, "office-of-grid-security", "a unit named through its ministry is the ministry")
			assert.Equal(t, 2, actors["ruritanian-ministry-of-energy"].Documents)
			assert.Contains(t, actors["ruritanian-ministry-of-energy"].Aliases, "Office of Grid Security")

			// the same event from two outlets is one event with two sources
			var timeline []graph.TimelineEntry
			require.NoError(t, json.Unmarshal([]byte(mustRun(t, append([]string{"timeline", "--json", "--actor", "Zenith", "--to", "2020"}, store...)...)), &timeline))
			require.Len(t, timeline, 1)
			assert.Equal(t, "intrusion", timeline[0].Type)
			assert.Equal(t, []string{"courier-zenith-breach", "gazette-zenith"}, timeline[0].Documents)
			assert.Equal(t, 2, timeline[0].Outlets)

			// what is not conclusive is listed for review
			var review []graph.PossibleMatch
			require.NoError(t, json.Unmarshal([]byte(mustRun(t, append([]string{"review", "--json"}, store...)...)), &review))
			pairs := map[string]bool{}
			for _, m := range review {
				pairs[m.A.ID+"~"+m.B.ID] = true
			}
			assert.True(t, pairs["john-smith~smith"] && pairs["alan-smith~smith"], "got %v", pairs)

			// an analyst's merge holds, and a later article keeps to it
			mustRun(t, append([]string{"merge", "john-smith", "smith"}, store...)...)
			actors = actorsOf(t, store)
			assert.NotContains(t, actors, "smith")
			assert.Contains(t, actors["john-smith"].Aliases, "Smith")
			require.NoError(t, os.MkdirAll(filepath.Join(dir, name), 0o755))
			later := filepath.Join(dir, name, "later.txt")
			require.NoError(t, os.WriteFile(later, []byte("id: later\npublished: 2021-07-01\n\nMr. Smith resigned from Orion Lab in June.\n"), 0o644))
			mustRun(t, append([]string{"ingest", later}, store...)...)
			actors = actorsOf(t, store)
			assert.NotContains(t, actors, "smith", "the merge holds for a later article")
			assert.Equal(t, 3, actors["john-smith"].Documents)

			// and it can be undone, for good
			mustRun(t, append([]string{"unmerge", "john-smith", "Smith"}, store...)...)
			mustRun(t, append([]string{"ingest", later}, store...)...)
			actors = actorsOf(t, store)
			assert.Contains(t, actors, "smith", "the split holds after a re-ingest")
			assert.Equal(t, 1, actors["john-smith"].Documents)

			// a wrong decision is an error and changes nothing
			code, _, errOut := run(t, append([]string{"merge", "john-smith", "nobody-at-all"}, store...)...)
			assert.Equal(t, ExitError, code)
			assert.Contains(t, errOut, "nobody-at-all")

			// an edited article replaces its earlier version: no stale mentions
			edited := filepath.Join(dir, name, "edited")
			require.NoError(t, os.Mkdir(edited, 0o755))
			b, err := os.ReadFile(filepath.Join(merge, "a2-gazette.txt"))
			require.NoError(t, err)
			text := strings.Split(string(b), "\nAlan Smith")[0]
			require.NoError(t, os.WriteFile(filepath.Join(edited, "a2.txt"), []byte(text), 0o644))
			mustRun(t, append([]string{"ingest", edited}, store...)...)
			actors = actorsOf(t, store)
			assert.NotContains(t, actors, "alan-smith", "the edited article no longer names him")
			assert.Equal(t, 2, actors["zenith-lab"].Documents)

			exports[name] = mustRun(t, append([]string{"export"}, store...)...)
		})
	}
	if len(exports) == 2 {
		assert.JSONEq(t, exports["embedded"], exports["neo4j"], "both stores hold the same graph")
	}
}
