package embedded

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
)

func doc(id, actorName string) *graph.Graph {
	g := &graph.Graph{
		Documents: []graph.Document{{ID: id, Title: "title " + id, Published: "2017-10-11"}},
		Actors: []graph.Actor{{ID: graph.ActorID(actorName), Name: actorName, Kind: schema.KindOrganization,
			Mentions: []graph.Mention{{Document: id, Sentence: 0, Text: actorName}}}},
		Events: []graph.Event{{ID: graph.EventID(id, "leak"), Type: schema.EventLeak, Time: graph.Time{Value: "2016", Text: "2016", Precision: "year"},
			Participants: []graph.Participant{{Actor: graph.ActorID(actorName), Role: schema.RoleAgent}},
			Evidence:     []graph.Evidence{{Document: id, Sentence: 0, Text: actorName + " leaked files in 2016."}}}},
	}
	g.Normalize()
	return g
}

func mustOpen(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(context.Background(), dir)
	require.NoError(t, err)
	return s
}

func TestStoreSurvivesRestart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := mustOpen(t, dir)
	c, err := s.Ingest(ctx, []*graph.Graph{doc("a", "Acme Corp"), doc("b", "Zenith Ltd")})
	require.NoError(t, err)
	assert.Len(t, c.Documents, 2)
	before, err := s.Export(ctx)
	require.NoError(t, err)
	require.NoError(t, s.Close(ctx))

	s = mustOpen(t, dir)
	defer s.Close(ctx)
	after, err := s.Export(ctx)
	require.NoError(t, err)
	assert.Equal(t, before, after)
	es, err := s.Timeline(ctx, graph.TimelineQuery{Actor: "Acme Corp"})
	require.NoError(t, err)
	assert.Len(t, es, 1)
}

func TestReingestReplacesAndIsIdempotent(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, t.TempDir())
	defer s.Close(ctx)
	_, err := s.Ingest(ctx, []*graph.Graph{doc("a", "Acme Corp")})
	require.NoError(t, err)
	c, err := s.Ingest(ctx, []*graph.Graph{doc("a", "Acme Corp")})
	require.NoError(t, err)
	assert.True(t, c.Empty(), "the same article twice changes nothing, got %+v", c)

	edited := doc("a", "Acme Holdings")
	edited.Documents[0].Hash = "v2"
	c, err = s.Ingest(ctx, []*graph.Graph{edited})
	require.NoError(t, err)
	assert.Equal(t, []string{"acme-corp"}, c.RemovedActors)
	g, err := s.Export(ctx)
	require.NoError(t, err)
	require.Len(t, g.Actors, 1, "no stale actor from the earlier version")
	assert.Equal(t, "Acme Holdings", g.Actors[0].Name)
	assert.Len(t, g.Documents, 1)
}

func TestLockedByAnotherOpen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := mustOpen(t, dir)
	defer s.Close(ctx)
	_, err := Open(ctx, dir)
	assert.ErrorIs(t, err, ErrLocked)
}

func TestFailedWriteKeepsPreviousState(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores directory permissions; the atomic rename is covered by TestPartialTempFileIsIgnored")
	}
	ctx := context.Background()
	dir := t.TempDir()
	s := mustOpen(t, dir)
	defer s.Close(ctx)
	_, err := s.Ingest(ctx, []*graph.Graph{doc("a", "Acme Corp")})
	require.NoError(t, err)
	require.NoError(t, os.Chmod(dir, 0o500))
	defer os.Chmod(dir, 0o755)
	_, err = s.Ingest(ctx, []*graph.Graph{doc("b", "Zenith Ltd")})
	require.Error(t, err)
	g, err := s.Export(ctx)
	require.NoError(t, err)
	assert.Len(t, g.Documents, 1, "the failed ingest changed nothing in memory")
}

func TestPartialTempFileIsIgnored(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := mustOpen(t, dir)
	_, err := s.Ingest(ctx, []*graph.Graph{doc("a", "Acme Corp")})
	require.NoError(t, err)
	require.NoError(t, s.Close(ctx))
	// a write killed half-way leaves only a temporary file behind
	require.NoError(t, os.WriteFile(filepath.Join(dir, FileName+".123.tmp"), []byte(`{"version":1,"docu`), 0o644))
	s = mustOpen(t, dir)
	defer s.Close(ctx)
	g, err := s.Export(ctx)
	require.NoError(t, err)
	assert.Len(t, g.Documents, 1)
}

func TestCorruptStoreFileIsAClearError(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, FileName), []byte("not json"), 0o644))
	_, err := Open(context.Background(), dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "not an intelgraph store file")
}
