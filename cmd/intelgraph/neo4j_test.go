package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/graph/neo4jstore"
)

// neo4jEnv points the commands at the test Neo4j (INTELGRAPH_TEST_NEO4J_*), empties it, and
// returns an open store for counting; it skips the test when no Neo4j is configured.
func neo4jEnv(t *testing.T) *neo4jstore.Store {
	t.Helper()
	uri := os.Getenv("INTELGRAPH_TEST_NEO4J_URI")
	if uri == "" {
		t.Skip("INTELGRAPH_TEST_NEO4J_URI is not set: skipping the Neo4j integration test (make test starts a local Neo4j)")
	}
	user := os.Getenv("INTELGRAPH_TEST_NEO4J_USER")
	if user == "" {
		user = "neo4j"
	}
	pass := os.Getenv("INTELGRAPH_TEST_NEO4J_PASSWORD")
	t.Setenv("INTELGRAPH_NEO4J_URI", uri)
	t.Setenv("INTELGRAPH_NEO4J_USER", user)
	t.Setenv("INTELGRAPH_NEO4J_PASSWORD", pass)
	ctx := context.Background()
	s, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: uri, User: user, Password: pass})
	require.NoError(t, err)
	require.NoError(t, s.Reset(ctx))
	t.Cleanup(func() { s.Close(ctx) })
	return s
}

func counts(t *testing.T, s *neo4jstore.Store) [2]int64 {
	t.Helper()
	n, r, err := s.Counts(context.Background())
	require.NoError(t, err)
	return [2]int64{n, r}
}

func TestNeo4jSeedTimelineAndTold(t *testing.T) {
	shared := sharedDir(t)
	neo4jEnv(t)
	t.Chdir(t.TempDir())
	code, _, errOut := run(t, "ingest", filepath.Join(shared, "seed", "article.txt"))
	require.Equal(t, ExitOK, code, errOut)
	assert.Contains(t, errOut, "into the Neo4j at")

	code, out, errOut := run(t, "timeline", "--json", "--actor", "Israel")
	require.Equal(t, ExitOK, code, errOut)
	var entries []struct {
		Type    string   `json:"type"`
		Agents  []string `json:"agents"`
		Targets []string `json:"targets"`
		Time    struct {
			Value *string `json:"value"`
		} `json:"time"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &entries))
	found := false
	for _, e := range entries {
		if e.Type == "intrusion" && contains(e.Agents, "Israel") && contains(e.Targets, "Kaspersky Lab") && e.Time.Value != nil && *e.Time.Value == "2014" {
			found = true
		}
	}
	assert.True(t, found, "the timeline holds Israel's 2014 intrusion of Kaspersky Lab; got %s", out)

	code, out, errOut = run(t, "told", "--from", "Israel", "--to", "NSA")
	require.Equal(t, ExitOK, code, errOut)
	assert.Contains(t, out, "Israel → National Security Agency")
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func TestNeo4jIngestTwiceKeepsCounts(t *testing.T) {
	shared := sharedDir(t)
	s := neo4jEnv(t)
	t.Chdir(t.TempDir())
	args := []string{"ingest", filepath.Join(shared, "seed", "article.txt"), filepath.Join(shared, "corpus", "dev", "articles")}
	code, _, errOut := run(t, args...)
	require.Equal(t, ExitOK, code, errOut)
	first := counts(t, s)
	require.Greater(t, first[0], int64(10))
	code, _, errOut = run(t, args...)
	require.Equal(t, ExitOK, code, errOut)
	assert.Equal(t, first, counts(t, s), "ingesting the same articles twice changes no count")
}

func TestBothStoresGiveTheSameAnswers(t *testing.T) {
	neo4jEnv(t)
	dir := t.TempDir()
	t.Chdir(dir)
	queries := [][]string{
		{"timeline", "--json"},
		{"timeline", "--json", "--actor", "Kaspersky"},
		{"timeline", "--json", "--from", "2015", "--to", "2017-10"},
		{"told", "--json"},
		{"told", "--json", "--to", "NSA"},
		{"path", "--json", "Israel", "Kaspersky Lab"},
		{"path", "--json", "NSA", "Shadow Brokers"},
		{"export", "--format", "json"},
	}
	embeddedArgs := []string{"--store", "embedded", "--data-dir", filepath.Join(dir, "emb")}
	code, _, errOut := run(t, append([]string{"ingest"}, append(embeddedArgs, examplesDir(t))...)...)
	require.Equal(t, ExitOK, code, errOut)
	code, _, errOut = run(t, "ingest", "--store", "neo4j", examplesDir(t))
	require.Equal(t, ExitOK, code, errOut)
	for _, q := range queries {
		t.Run(strings.Join(q, " "), func(t *testing.T) {
			c1, emb, e1 := run(t, append(q, embeddedArgs...)...)
			c2, neo, e2 := run(t, append(q, "--store", "neo4j")...)
			require.Equal(t, c1, c2, "exit codes: embedded %s / neo4j %s", e1, e2)
			if c1 != ExitOK {
				assert.Equal(t, e1, e2, "the same error")
				return
			}
			assert.JSONEq(t, emb, neo)
		})
	}
}

func TestNeo4jCypherInjectionIsStoredAsText(t *testing.T) {
	s := neo4jEnv(t)
	dir := t.TempDir()
	t.Chdir(dir)
	evil := "id: evil-article\ntitle: Quotes ' \" ` {braces} '}) DETACH DELETE n //\npublished: 2020-01-02\n\n" +
		"The Acme Group hacked Zenith Bank in 2019 '}) DETACH DELETE n // and `MATCH (n) DETACH DELETE n`.\n\n" +
		"Acme Group warned the Federal Bureau of Investigation \"}) RETURN 1 //.\n"
	require.NoError(t, os.WriteFile("evil.txt", []byte(evil), 0o644))
	code, _, errOut := run(t, "ingest", examplesDir(t))
	require.Equal(t, ExitOK, code, errOut)
	before := counts(t, s)
	code, _, errOut = run(t, "ingest", "evil.txt")
	require.Equal(t, ExitOK, code, errOut)
	after := counts(t, s)
	assert.Greater(t, after[0], before[0], "the article added nodes and deleted none")
	code, out, errOut := run(t, "export")
	require.Equal(t, ExitOK, code, errOut)
	assert.Contains(t, out, `'}) DETACH DELETE n //`, "the title is stored verbatim")
	assert.Contains(t, out, "wire-israel-alerted-nsa", "earlier articles are intact")
}

func TestNeo4jUnreachableIsAClearError(t *testing.T) {
	t.Chdir(t.TempDir())
	start := time.Now()
	code, _, errOut := run(t, "ingest", "--neo4j-uri", "bolt://127.0.0.1:1", "--neo4j-password", "hunter2-secret", examplesDir(t))
	assert.Less(t, time.Since(start), 60*time.Second, "fails in bounded time")
	assert.Equal(t, ExitUnavailable, code)
	assert.Contains(t, errOut, "bolt://127.0.0.1:1")
	assert.NotContains(t, errOut, "hunter2-secret")
	assert.Contains(t, errOut, "hint:")
}
