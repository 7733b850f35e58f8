package neo4jstore

import (
	"context"
	"errors"
	"net"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
)

// The integration tests share one database: each opens with MustOpen, which empties it, and
// none runs in parallel.

func TestIngestExportEqualsBuild(t *testing.T) {
	s := MustOpen(t)
	docs := loadDocs(t)

	c := MustIngest(t, s, docs[0], docs[1])
	assert.ElementsMatch(t, []string{"harbor-times", "valdoria-wire"}, c.Documents)
	requireExportEqualsBuild(t, s, docs[0], docs[1])

	c = MustIngest(t, s, docs[2], docs[3])
	assert.ElementsMatch(t, []string{"island-gazette", "north-post"}, c.Documents)
	requireExportEqualsBuild(t, s, docs...)

	// The merged graph is what the fixtures are meant to exercise.
	g := graph.Build(docs)
	require.NotNil(t, g.Actor("valdoria"))
	assert.Nil(t, g.Actor("valdorian-government"), "entity resolution merged Valdoria")
	require.NotNil(t, g.Event("ev-d1-intrusion"))
	assert.Equal(t, "2014-06", g.Event("ev-d1-intrusion").Time.Value, "event coreference refined the time")
	assert.Nil(t, g.Actor("ghost-tool"), "dangling participant is no actor")
}

func TestIngestSameDocumentsTwiceChangesNothing(t *testing.T) {
	s := MustOpen(t)
	docs := loadDocs(t)
	first := MustIngest(t, s, docs...)
	require.False(t, first.Empty())
	before := MustCounts(t, s)

	second := MustIngest(t, s, docs...)
	assert.True(t, second.Empty(), "got change %+v, want none", second)
	assert.Equal(t, before, MustCounts(t, s), "node and relationship counts")
	requireExportEqualsBuild(t, s, docs...)

	// The counts are those of the merged graph (plus the stub for the dangling participant).
	g := graph.Build(docs)
	nodes := int64(len(g.Documents) + len(g.Actors) + len(g.Events) + 1)
	assert.Equal(t, nodes, before[0], "nodes")
}

func TestReingestEditedDocumentReplacesItsContribution(t *testing.T) {
	s := MustOpen(t)
	docs := loadDocs(t)
	MustIngest(t, s, docs...)

	// Harbor Times corrected: Mara Quill and the denial are gone, the leak is re-worded, the
	// Kestrel alias dropped and the title changed.
	edited := clone(t, docs[1])
	edited.Documents[0].Title = "Correction: leak at Kestrel"
	edited.Documents[0].Hash = "h2-v2"
	edited.Actors = []graph.Actor{edited.Actors[0], edited.Actors[1]}
	edited.Actors[1].Aliases = nil
	edited.Actors[1].Mentions = edited.Actors[1].Mentions[:1]
	edited.Events = []graph.Event{edited.Events[0], edited.Events[1]}
	edited.Events[1].Participants = []graph.Participant{{Actor: "kestrel-security", Role: schema.RoleTarget}}
	edited.Events[1].Evidence[0].Text = "Files from Kestrel were leaked on Tuesday"
	edited.Relations = nil

	c := MustIngest(t, s, edited)
	assert.Equal(t, []string{"harbor-times"}, c.Documents)
	assert.Equal(t, []string{"ev-d2-denial"}, c.RemovedEvents)
	want := []*graph.Graph{docs[0], edited, docs[2], docs[3]} // the edited document keeps its place
	requireExportEqualsBuild(t, s, want...)

	// Nothing stale: a fresh store loaded with the same documents has the same counts.
	counts := MustCounts(t, s)
	fresh := MustOpen(t)
	MustIngest(t, fresh, want...)
	assert.Equal(t, MustCounts(t, fresh), counts, "counts after re-ingest vs fresh load")

	// Re-ingesting the original restores the original graph.
	MustIngest(t, s, docs[1])
	requireExportEqualsBuild(t, s, docs...)
}

func TestReingestDropsActorStillNamedElsewhere(t *testing.T) {
	s := MustOpen(t)
	docs := loadDocs(t)
	MustIngest(t, s, docs...)
	// North Post no longer defines Mara Quill, but its relations still name her; Harbor Times
	// still defines her, so she stays an actor with fewer mentions.
	edited := clone(t, docs[2])
	edited.Actors = edited.Actors[1:]
	MustIngest(t, s, edited)
	requireExportEqualsBuild(t, s, docs[0], docs[1], edited, docs[3])

	// Harbor Times without her: she is only named by relations now (a stub).
	hb := clone(t, docs[1])
	hb.Actors = hb.Actors[:2]
	hb.Events = hb.Events[:1]
	hb.Relations = nil
	c := MustIngest(t, s, hb)
	assert.Contains(t, c.RemovedActors, "mara-quill")
	requireExportEqualsBuild(t, s, docs[0], hb, edited, docs[3])
	fresh := MustOpen(t)
	MustIngest(t, fresh, docs[0], hb, edited, docs[3])
	assert.Equal(t, MustCounts(t, fresh), MustCounts(t, s), "counts vs fresh load")
}

func TestActorKindChangeUpdatesLabels(t *testing.T) {
	s := MustOpen(t)
	doc := loadDoc(t, "d4-island-gazette")
	MustIngest(t, s, doc)
	assert.Equal(t, []string{"Actor", "Organization"}, labelsOfActor(t, s, "tamsin-harbour-authority"))

	edited := clone(t, doc)
	edited.Actors[1].Kind = schema.KindAgency
	c := MustIngest(t, s, edited)
	assert.Equal(t, []string{"tamsin-harbour-authority"}, c.Actors)
	assert.Equal(t, []string{"Actor", "Agency"}, labelsOfActor(t, s, "tamsin-harbour-authority"))
	requireExportEqualsBuild(t, s, edited)

	edited.Events[0].Type = schema.EventStatement
	MustIngest(t, s, edited)
	assert.Equal(t, []string{"Event", "Statement"}, nodeLabels(t, s, "MATCH (n:Event {id: $id}) RETURN labels(n)", "ev-d4-report"))
}

func labelsOfActor(tb testing.TB, s *Store, id string) []string {
	tb.Helper()
	return nodeLabels(tb, s, "MATCH (n:Actor {id: $id}) RETURN labels(n)", id)
}

func nodeLabels(tb testing.TB, s *Store, cypher, id string) []string {
	tb.Helper()
	ctx := context.Background()
	res, err := neo4j.ExecuteQuery(ctx, s.driver, cypher, map[string]any{"id": id},
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.cfg.Database))
	require.NoError(tb, err)
	require.Len(tb, res.Records, 1)
	ls := asStrings(res.Records[0].Values[0])
	sort.Strings(ls)
	return ls
}

func TestQueriesMatchInMemoryGraph(t *testing.T) {
	s := MustOpen(t)
	docs := loadDocs(t)
	MustIngest(t, s, docs...)
	g := graph.Build(docs)
	ctx := context.Background()

	timelines := []struct {
		name string
		q    graph.TimelineQuery
	}{
		{"everything", graph.TimelineQuery{}},
		{"actor by alias", graph.TimelineQuery{Actor: "valdoria"}},
		{"actor by merged name", graph.TimelineQuery{Actor: "the Valdorian government"}},
		{"actor by id", graph.TimelineQuery{Actor: "mara-quill"}},
		{"ambiguous name", graph.TimelineQuery{Actor: "Kestrel"}},
		{"from year", graph.TimelineQuery{From: "2015"}},
		{"to month", graph.TimelineQuery{To: "2015-06"}},
		{"from day to year", graph.TimelineQuery{From: "2014-06-15", To: "2016"}},
		{"one day", graph.TimelineQuery{From: "2017-10-10", To: "2017-10-10"}},
		{"before everything", graph.TimelineQuery{To: "2013"}},
		{"actor and period", graph.TimelineQuery{Actor: "Kestrel Security", From: "2016"}},
		{"unknown actor", graph.TimelineQuery{Actor: "Nobody At All"}},
		{"punctuation only", graph.TimelineQuery{Actor: "--"}},
	}
	for _, tt := range timelines {
		t.Run("timeline/"+tt.name, func(t *testing.T) {
			want, wantErr := g.Timeline(tt.q)
			got, err := s.Timeline(ctx, tt.q)
			sameAnswer(t, want, wantErr, got, err, graph.ErrActorNotFound)
		})
	}

	tolds := []struct {
		name string
		q    graph.ToldQuery
	}{
		{"everything", graph.ToldQuery{}},
		{"from", graph.ToldQuery{From: "Republic of Valdoria"}},
		{"to alias", graph.ToldQuery{To: "OIS"}},
		{"from and to", graph.ToldQuery{From: "Quill", To: "kestrel-security"}},
		{"unknown", graph.ToldQuery{To: "Nobody At All"}},
	}
	for _, tt := range tolds {
		t.Run("told/"+tt.name, func(t *testing.T) {
			want, wantErr := g.Told(tt.q)
			got, err := s.Told(ctx, tt.q)
			sameAnswer(t, want, wantErr, got, err, graph.ErrActorNotFound)
		})
	}

	paths := []struct {
		name     string
		from, to string
		wantIs   error
	}{
		{"through events and relations", "Valdoria", "Northwind Collective", nil},
		{"by ids", "mara-quill", "valdoria", nil},
		{"via relation", "OIS", "Mara Quill", nil},
		{"to itself", "Republic of Valdoria", "valdoria", nil},
		{"exact id wins over names", "kestrel", "Port Tamsin", nil},
		{"disconnected", "Port Tamsin", "Valdoria", graph.ErrNoPath},
		{"unknown", "Nobody At All", "Valdoria", graph.ErrActorNotFound},
		{"alias with punctuation", "K.", "Valdoria", nil},
		{"ambiguous", "KESTREL", "Valdoria", nil},
	}
	for _, tt := range paths {
		t.Run("path/"+tt.name, func(t *testing.T) {
			want, wantErr := g.ShortestPath(tt.from, tt.to)
			got, err := s.Path(ctx, tt.from, tt.to)
			if wantErr != nil && tt.wantIs != nil {
				assert.ErrorIs(t, wantErr, tt.wantIs)
			}
			sameAnswer(t, want, wantErr, got, err, tt.wantIs)
		})
	}
}

// sameAnswer checks that the store answered as the in-memory graph did: the same JSON, or an
// error that carries the graph's message (and is errIs, when given).
func sameAnswer(t *testing.T, want any, wantErr error, got any, err error, errIs error) {
	t.Helper()
	if wantErr != nil {
		require.Error(t, err)
		if errIs != nil {
			assert.ErrorIs(t, err, errIs)
		}
		assert.Contains(t, err.Error(), wantErr.Error())
		return
	}
	require.NoError(t, err)
	assert.Equal(t, jsonOf(t, want), jsonOf(t, got))
}

func TestPathAmbiguousName(t *testing.T) {
	s := MustOpen(t)
	docs := loadDocs(t)
	MustIngest(t, s, docs...)
	g := graph.Build(docs)
	// "Kestrel Security Ltd" is an alias of kestrel-security only; "Kestrel" names both
	// kestrel-security (alias) and kestrel (exact id); a capitalised "KESTREL" is no id.
	_, wantErr := g.ShortestPath("KESTREL", "Valdoria")
	require.Error(t, wantErr)
	_, err := s.Path(context.Background(), "KESTREL", "Valdoria")
	require.Error(t, err)
	assert.Contains(t, err.Error(), wantErr.Error())
	assert.Contains(t, err.Error(), "kestrel, kestrel-security")
}

func TestInjectionTextIsStoredVerbatim(t *testing.T) {
	s := MustOpen(t)
	const (
		evil  = `'}) DETACH DELETE n //`
		evil2 = "`Backtick` {brace} \"quote\" \\ $rows ]->() MATCH (m) DETACH DELETE m"
	)
	d := &graph.Graph{
		Documents: []graph.Document{{ID: "evil-doc" + evil, Title: evil2, Published: evil, Source: evil,
			Meta: map[string]string{evil: evil2}}},
		Actors: []graph.Actor{
			{ID: "robert" + evil, Name: "Robert" + evil, Kind: schema.KindPerson, Aliases: []string{evil2},
				Mentions: []graph.Mention{{Document: "evil-doc" + evil, Text: evil2}}},
			{ID: "acme", Name: "Acme " + evil2, Kind: schema.ActorKind("bogus`kind"), Aliases: []string{}},
		},
		Events: []graph.Event{{ID: "ev" + evil, Type: schema.EventType("leak`) DETACH DELETE n //"),
			Time:         graph.Time{Value: "2017-13-45", Text: evil},
			Participants: []graph.Participant{{Actor: "robert" + evil, Role: schema.Role(evil)}, {Actor: "acme", Role: schema.RoleTarget}},
			Evidence:     []graph.Evidence{{Document: "evil-doc" + evil, Sentence: 1, Text: evil2}},
			Trigger:      evil, Modality: evil2}},
		Relations: []graph.Relation{{Source: "robert" + evil, Type: schema.RelInformed, Target: "acme", Reason: evil,
			Evidence: []graph.Evidence{{Document: "evil-doc" + evil, Text: evil}}}},
	}
	c := MustIngest(t, s, d)
	assert.Len(t, c.Actors, 2)
	requireExportEqualsBuild(t, s, d)
	assert.Equal(t, [2]int64{4, 5}, MustCounts(t, s), "1 document, 2 actors, 1 event; 1 mention, 2 participations, 1 evidence, 1 relation")

	// Queries take the text as parameters too.
	g := graph.Build([]*graph.Graph{d})
	want, err := g.Timeline(graph.TimelineQuery{Actor: "Robert" + evil})
	require.NoError(t, err)
	got, err := s.Timeline(context.Background(), graph.TimelineQuery{Actor: "Robert" + evil})
	require.NoError(t, err)
	assert.Equal(t, jsonOf(t, want), jsonOf(t, got))

	// A relation type that is not UPPER_SNAKE is refused, and nothing is written.
	bad := clone(t, d)
	bad.Documents[0].ID = "other"
	bad.Relations[0].Type = "INFORMED]->() DETACH DELETE n //"
	_, err = s.Ingest(context.Background(), []*graph.Graph{bad})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "not UPPER_SNAKE")
	assert.Equal(t, [2]int64{4, 5}, MustCounts(t, s))
}

func TestIngestRejectsMalformedDocumentGraphs(t *testing.T) {
	s := MustOpen(t)
	tests := []struct {
		name string
		doc  *graph.Graph
		want string
	}{
		{"nil", nil, "is nil"},
		{"no document", &graph.Graph{}, "has 0 documents, want 1"},
		{"two documents", &graph.Graph{Documents: []graph.Document{{ID: "a"}, {ID: "b"}}}, "has 2 documents"},
		{"no id", &graph.Graph{Documents: []graph.Document{{Title: "x"}}}, "without id"},
		{"reserved relation type", &graph.Graph{Documents: []graph.Document{{ID: "a"}},
			Relations: []graph.Relation{{Source: "x", Type: schema.RelMentionedIn, Target: "y"}}}, "reserved"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Ingest(context.Background(), []*graph.Graph{tt.doc})
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	assert.Equal(t, [2]int64{0, 0}, MustCounts(t, s))
}

func TestSmallBatchesGiveTheSameGraph(t *testing.T) {
	cfg := testConfig(t)
	cfg.BatchSize = 1
	s := MustOpenConfig(t, cfg)
	docs := loadDocs(t)
	MustIngest(t, s, docs...)
	requireExportEqualsBuild(t, s, docs...)
}

// TestOpenUnreachable needs no server: nothing listens on port 1, and a local listener that
// accepts connections but never answers stands for a hung server.
func TestOpenUnreachable(t *testing.T) {
	const password = "s3cret-Pa55word"
	silent := silentServer(t)
	tests := []struct {
		name, uri, shown string
	}{
		{"refused", "bolt://127.0.0.1:1", "bolt://127.0.0.1:1"},
		{"password in URI", "bolt://neo4j:" + password + "@127.0.0.1:1", "bolt://neo4j:xxxxx@127.0.0.1:1"},
		{"silent server", "bolt://" + silent, "bolt://" + silent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			start := time.Now()
			s, err := Open(ctx, Config{URI: tt.uri, User: "neo4j", Password: password, ConnectTimeout: 2 * time.Second})
			elapsed := time.Since(start)
			require.Error(t, err)
			require.Nil(t, s)
			assert.Less(t, elapsed, 20*time.Second, "Open must give up within about ConnectTimeout")
			assert.Contains(t, err.Error(), "cannot reach Neo4j at "+tt.shown)
			assert.NotContains(t, err.Error(), password)
			assert.ErrorIs(t, err, ErrUnreachable)
		})
	}
}

// silentServer listens on a free loopback port, accepts connections and never answers; it
// returns the address and stops when t ends.
func silentServer(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		_ = l.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			_ = c.Close()
		}
	})
	return l.Addr().String()
}

func TestOpenRefusedWrapsConnectivityError(t *testing.T) {
	_, err := Open(context.Background(), Config{URI: "bolt://127.0.0.1:1", ConnectTimeout: time.Second})
	var ce *neo4j.ConnectivityError
	assert.True(t, errors.As(err, &ce), "got %T, want a wrapped *neo4j.ConnectivityError", err)
	var ue *UnreachableError
	require.True(t, errors.As(err, &ue))
	assert.Equal(t, "bolt://127.0.0.1:1", ue.URI)
}

func TestOpenWrongPassword(t *testing.T) {
	cfg := testConfig(t)
	cfg.Password = "wrong-" + strings.Repeat("x", 8)
	_, err := Open(context.Background(), cfg)
	require.Error(t, err)
	assert.Contains(t, err.Error(), cfg.URI)
	assert.NotContains(t, err.Error(), cfg.Password)
	assert.NotErrorIs(t, err, ErrUnreachable)
}
