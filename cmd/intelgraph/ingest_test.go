package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIngestAndQueryEmbedded(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	code, _, errOut := run(t, "ingest", examplesDir(t))
	require.Equal(t, ExitOK, code, errOut)
	assert.Contains(t, errOut, "✓ ingested 3 article(s) into the embedded store at ./intelgraph-data")
	_, err := os.Stat(filepath.Join(dir, "intelgraph-data", "graph.json"))
	require.NoError(t, err, "the default data directory holds the store")

	code, out, errOut := run(t, "timeline")
	require.Equal(t, ExitOK, code, errOut)
	assert.Contains(t, out, "2014 (year)")
	assert.Contains(t, out, "intrusion")

	code, out, errOut = run(t, "told", "--from", "Israel")
	require.Equal(t, ExitOK, code, errOut)
	assert.Contains(t, out, "Israel → National Security Agency")

	code, _, errOut = run(t, "timeline", "--actor", "Nobody At All")
	assert.Equal(t, ExitError, code)
	assert.Contains(t, errOut, `no actor matches "Nobody At All"`)

	code, _, errOut = run(t, "timeline", "--from", "last year")
	assert.Equal(t, ExitUsage, code)
	assert.Contains(t, errOut, "--from")
}

func TestIngestTwiceChangesNothing(t *testing.T) {
	t.Chdir(t.TempDir())
	code, _, errOut := run(t, "ingest", examplesDir(t))
	require.Equal(t, ExitOK, code, errOut)
	_, first, _ := run(t, "export")
	code, _, errOut = run(t, "ingest", examplesDir(t))
	require.Equal(t, ExitOK, code, errOut)
	assert.Contains(t, errOut, "0 document(s), 0 actor(s) and 0 event(s) new or changed")
	_, second, _ := run(t, "export")
	assert.JSONEq(t, first, second)
}

// writeBadInputs makes a folder with one good article and one file of each kind of bad input.
func writeBadInputs(t *testing.T, dir string) map[string]string {
	t.Helper()
	good, err := os.ReadFile(filepath.Join(examplesDir(t), "2016-08-17_bulletin_shadow-brokers.txt"))
	require.NoError(t, err)
	files := map[string][]byte{
		"good.txt":     good,
		"empty.txt":    {},
		"binary.txt":   {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 3},
		"latin1.txt":   []byte("title: Caf\xe9\n\nThe caf\xe9 was hacked.\n"),
		"toolarge.txt": []byte(strings.Repeat("The agency was hacked. ", 100)),
	}
	for name, b := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	}
	return map[string]string{
		"empty.txt":    "empty",
		"binary.txt":   "binary",
		"latin1.txt":   "UTF-8",
		"toolarge.txt": "over the limit",
	}
}

func TestIngestBadInputs(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	in := filepath.Join(dir, "in")
	require.NoError(t, os.Mkdir(in, 0o755))
	reasons := writeBadInputs(t, in)
	code, _, errOut := run(t, "ingest", "--max-file-size", "1500", in, filepath.Join(dir, "missing.txt"))
	assert.Equal(t, ExitPartial, code, errOut)
	for name, reason := range reasons {
		line := lineWith(errOut, name)
		assert.NotEmpty(t, line, "a line names %s", name)
		assert.Contains(t, line, reason, "the line for %s says why", name)
	}
	assert.Contains(t, lineWith(errOut, "missing.txt"), "no such file")
	assert.Contains(t, errOut, "5 of 6 input files failed")

	code, out, errOut := run(t, "timeline")
	require.Equal(t, ExitOK, code, errOut)
	assert.Contains(t, out, "Shadow Brokers", "the good file is ingested")
}

func lineWith(text, needle string) string {
	for _, l := range strings.Split(text, "\n") {
		if strings.Contains(l, needle) {
			return l
		}
	}
	return ""
}
