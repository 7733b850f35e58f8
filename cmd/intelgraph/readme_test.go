package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadmeCypherRuns ingests the example articles into Neo4j and runs every Cypher example of
// the README: each must run and find something.
func TestReadmeCypherRuns(t *testing.T) {
	s := neo4jEnv(t)
	t.Chdir(t.TempDir())
	mustRun(t, "ingest", examplesDir(t))
	readme, err := os.ReadFile(filepath.Join(rootDir, "README.md"))
	require.NoError(t, err)
	blocks := regexp.MustCompile("(?s)```cypher\n(.*?)```").FindAllStringSubmatch(string(readme), -1)
	require.NotEmpty(t, blocks, "the README has Cypher examples")
	for _, b := range blocks {
		rows, err := s.ReadCypher(context.Background(), b[1], nil)
		if assert.NoError(t, err, "README query:\n%s", b[1]) {
			assert.NotEmpty(t, rows, "README query finds nothing in the examples:\n%s", b[1])
		}
	}
}
