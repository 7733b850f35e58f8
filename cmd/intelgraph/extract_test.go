package main

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
)

func TestExtractFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    extractOptions
		wantErr string
	}{
		{"defaults", []string{"a.txt"}, extractOptions{Files: []string{"a.txt"}, Format: "text"}, ""},
		{"json and date", []string{"--format", "json", "--published", "2017-10-11", "a.txt", "b.txt"},
			extractOptions{Files: []string{"a.txt", "b.txt"}, Format: "json", Published: "2017-10-11"}, ""},
		{"bad format", []string{"--format", "xml", "a.txt"}, extractOptions{}, `format "xml"`},
		{"bad date", []string{"--published", "yesterday", "a.txt"}, extractOptions{}, `published "yesterday"`},
		{"no files", nil, extractOptions{}, "requires at least 1 arg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			io, _, _ := testStreams()
			f := &factory{IO: io}
			var got *extractOptions
			cmd := newCmdExtract(f, func(o *extractOptions) error { got = o; return nil })
			cmd.SetArgs(tt.args)
			cmd.SetOut(io.Out)
			cmd.SetErr(io.ErrOut)
			err := cmd.Execute()
			if tt.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want.Files, got.Files)
			assert.Equal(t, tt.want.Format, got.Format)
			assert.Equal(t, tt.want.Published, got.Published)
		})
	}
}

func TestExtractJSONFollowsFormats(t *testing.T) {
	t.Chdir(t.TempDir())
	io, out, errOut := testStreams()
	code := Main([]string{"extract", "--format", "json", examplesDir(t)}, io)
	require.Equal(t, ExitOK, code, errOut.String())
	var doc map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &doc))
	for _, k := range []string{"documents", "actors", "events", "relations"} {
		assert.Contains(t, doc, k)
	}
	docs := doc["documents"].([]any)
	assert.Len(t, docs, 3, "one graph document holds every article")
	ids := map[string]int{}
	for _, a := range doc["actors"].([]any) {
		am := a.(map[string]any)
		ids[am["id"].(string)]++
		for _, k := range []string{"id", "name", "kind", "aliases", "mentions"} {
			assert.Contains(t, am, k)
		}
	}
	for id, n := range ids {
		assert.Equal(t, 1, n, "actor %s appears once", id)
	}
	for _, e := range doc["events"].([]any) {
		em := e.(map[string]any)
		for _, k := range []string{"id", "type", "time", "participants", "evidence", "confidence"} {
			assert.Contains(t, em, k)
		}
	}
}

func TestUserActorsFile(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	require.NoError(t, os.WriteFile("actors.tsv", []byte("# my actors\nQuiet Heron\tgroup\tQH-9|Heron Team\n"), 0o644))
	require.NoError(t, os.WriteFile("a.txt", []byte("published: 2022-05-01\n\nQH-9 hacked the Zenith Bank in April.\n"), 0o644))
	code, out, errOut := run(t, "extract", "--format", "json", "--actors-file", "actors.tsv", "a.txt")
	require.Equal(t, ExitOK, code, errOut)
	var g graph.Graph
	require.NoError(t, json.Unmarshal([]byte(out), &g))
	a := g.Actor("quiet-heron")
	require.NotNil(t, a, "the user's actor is found under its alias: %s", out)
	assert.Equal(t, schema.KindGroup, a.Kind)

	code, _, errOut = run(t, "extract", "--actors-file", "missing.tsv", "a.txt")
	assert.NotEqual(t, ExitOK, code)
	assert.Contains(t, errOut, "missing.tsv")
}
