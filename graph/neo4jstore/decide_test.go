package neo4jstore

import (
	"context"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
)

// Fixtures for decisions and corroboration (testdata/e*, f*), short fictional articles:
//   - e1 (Lantern Herald) and e4 (Calder Courier) report that the Corvid Group hacked the Vessa
//     Ministry of Energy; e5 is a Lantern Herald follow-up on the same intrusion;
//   - e2 (Meridian Daily) and e3 (Vessa Tribune) blame "Blackwing", which an analyst knows to be
//     the Corvid Group; e3 also has Blackwing deny it and hit the Port of Calder;
//   - f1 (Ostmark Ledger) calls the software firm Halden Systems "Halden"; f2 and f3 (Brae Review)
//     are about Halden, a brewery, which resolution wrongly joins to Halden Systems.

var (
	mergeBlackwing = graph.Decision{Kind: graph.DecisionMerge, Actor: "corvid-group", Other: "blackwing"}
	splitHalden    = graph.Decision{Kind: graph.DecisionSplit, Actor: "halden-systems", Name: "Halden"}
)

func TestDecideMergeIsRespectedByLaterIngests(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	e := loadNamed(t, "e1-lantern-herald", "e2-meridian-daily", "e3-vessa-tribune")
	ds := []graph.Decision{mergeBlackwing}

	MustIngest(t, s, e[0], e[1])
	before := requireExportEqualsBuildWith(t, s, nil, e[0], e[1])
	require.NotNil(t, before.Actor("blackwing"), "the fixtures leave Blackwing apart without a decision")
	require.NotNil(t, before.Actor("corvid-group"))
	require.Len(t, before.Events, 2, "two intrusions with different agents")

	c := MustDecide(t, s, mergeBlackwing)
	assert.Equal(t, []string{"blackwing"}, c.RemovedActors)
	assert.Contains(t, c.Actors, "corvid-group")
	assert.Equal(t, []string{"ev-e2-intrusion"}, c.RemovedEvents, "the two reports become one event")
	assert.Empty(t, c.Documents)
	g := requireExportEqualsBuildWith(t, s, ds, e[0], e[1])
	a := g.Actor("corvid-group")
	require.NotNil(t, a)
	assert.Equal(t, "Corvid Group", a.Name)
	assert.Contains(t, a.Aliases, "Blackwing")
	assert.ElementsMatch(t, []string{"lantern-herald", "meridian-daily"}, mentionDocs(a))
	assert.Equal(t, &graph.Corroboration{Documents: 2, Outlets: 2, AssertedBy: []string{}, DeniedBy: []string{}},
		g.Event("ev-e1-intrusion").Corroboration)
	got, err := s.Decisions(ctx)
	require.NoError(t, err)
	assert.Equal(t, ds, got)

	// A new article naming the merged-away actor lands in the merged node.
	c = MustIngest(t, s, e[2])
	assert.Equal(t, []string{"vessa-tribune"}, c.Documents)
	g = requireExportEqualsBuildWith(t, s, ds, e...)
	assert.Nil(t, g.Actor("blackwing"))
	assert.ElementsMatch(t, []string{"lantern-herald", "meridian-daily", "vessa-tribune"}, mentionDocs(g.Actor("corvid-group")))
	assert.Equal(t, &graph.Corroboration{Documents: 3, Outlets: 3, AssertedBy: []string{"vessa-ministry-of-energy"},
		DeniedBy: []string{"corvid-group"}}, g.Event("ev-e1-intrusion").Corroboration)
	assert.Empty(t, nodeIDs(t, s, "MATCH (a:Actor {id: 'blackwing'}) RETURN a.id"), "no Blackwing node, not even a stub")

	// The queries answer from the merged node, corroboration included.
	requireQueriesMatch(t, s, g, "Blackwing", "Corvid Group", "vessa-ministry-of-energy", "Port of Calder")
	tl, err := s.Timeline(ctx, graph.TimelineQuery{Actor: "Blackwing"})
	require.NoError(t, err)
	require.NotEmpty(t, tl)
	assert.Equal(t, "ev-e1-intrusion", tl[0].EventID)
	assert.Equal(t, 3, tl[0].Outlets)
	assert.Equal(t, []string{"Corvid Group"}, tl[0].DeniedBy)
	assert.Equal(t, []string{"Vessa Ministry of Energy"}, tl[0].Claimants)

	// Ingesting everything again changes nothing.
	counts := MustCounts(t, s)
	c = MustIngest(t, s, e...)
	assert.True(t, c.Empty(), "got change %+v, want none", c)
	assert.Equal(t, counts, MustCounts(t, s))

	// Nothing stale: the same documents and decision loaded into a fresh store in another order
	// (the decision last) give the same graph and counts.
	fresh := MustOpen(t)
	MustIngest(t, fresh, e...)
	MustDecide(t, fresh, mergeBlackwing)
	requireExportEqualsBuildWith(t, fresh, ds, e...)
	assert.Equal(t, counts, MustCounts(t, fresh), "counts vs fresh load")
}

func TestDecideSplitIsNotRemergedByLaterIngests(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	f := loadNamed(t, "f1-ostmark-ledger", "f2-brae-review", "f3-brae-review-2")
	ds := []graph.Decision{splitHalden}
	require.Nil(t, graph.Build(f).Actor("halden"), "the fixtures join the brewery to Halden Systems without a decision")

	MustIngest(t, s, f[0], f[1])
	before := requireExportEqualsBuildWith(t, s, nil, f[0], f[1])
	require.Nil(t, before.Actor("halden"))
	require.ElementsMatch(t, []string{"ostmark-ledger", "brae-review"}, mentionDocs(before.Actor("halden-systems")))

	c := MustDecide(t, s, splitHalden)
	assert.Contains(t, c.Actors, "halden", "the brewery becomes its own actor")
	assert.Contains(t, c.Actors, "halden-systems")
	assert.Contains(t, c.Events, "ev-f2-sanction")
	g := requireExportEqualsBuildWith(t, s, ds, f[0], f[1])
	require.NotNil(t, g.Actor("halden"))
	assert.Equal(t, []string{"brae-review"}, mentionDocs(g.Actor("halden")))
	assert.Equal(t, []string{"ostmark-ledger"}, mentionDocs(g.Actor("halden-systems")))
	assert.Equal(t, []string{"Actor", "Organization"}, labelsOfActor(t, s, "halden"))

	// A later article about the brewery is not merged back into Halden Systems.
	MustIngest(t, s, f[2])
	g = requireExportEqualsBuildWith(t, s, ds, f...)
	assert.ElementsMatch(t, []string{"brae-review", "brae-review-2"}, mentionDocs(g.Actor("halden")))
	assert.Equal(t, []string{"ostmark-ledger"}, mentionDocs(g.Actor("halden-systems")))
	got, err := s.Decisions(ctx)
	require.NoError(t, err)
	assert.Equal(t, ds, got)
	requireQueriesMatch(t, s, g, "Halden", "halden", "Halden Systems", "Brae")

	counts := MustCounts(t, s)
	fresh := MustOpen(t)
	MustIngest(t, fresh, f[0], f[1])
	MustDecide(t, fresh, splitHalden)
	MustIngest(t, fresh, f[2])
	assert.Equal(t, counts, MustCounts(t, fresh), "counts vs fresh load")
}

func TestDecideSplitUndoesMerge(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	e := loadNamed(t, "e1-lantern-herald", "e2-meridian-daily")
	MustIngest(t, s, e...)
	counts := MustCounts(t, s)
	MustDecide(t, s, mergeBlackwing)
	undo := graph.Decision{Kind: graph.DecisionSplit, Actor: "corvid-group", Name: "Blackwing"}
	c := MustDecide(t, s, undo)
	assert.Contains(t, c.Actors, "blackwing")
	ds := []graph.Decision{mergeBlackwing, undo}
	g := requireExportEqualsBuildWith(t, s, ds, e...)
	assert.Equal(t, jsonOf(t, graph.Build(e)), jsonOf(t, g), "the split undoes the merge")
	assert.Equal(t, counts[0]+2, MustCounts(t, s)[0], "the same graph, plus two Decision nodes")
	assert.Equal(t, counts[1], MustCounts(t, s)[1])
	got, err := s.Decisions(ctx)
	require.NoError(t, err)
	assert.Equal(t, ds, got)

	// Merging again redoes it.
	MustDecide(t, s, mergeBlackwing)
	requireExportEqualsBuildWith(t, s, append(ds, mergeBlackwing), e...)
	assert.Nil(t, graph.Build(e, append(ds, mergeBlackwing)...).Actor("blackwing"))
}

func TestDecideRejectsDecisionsThatDoNotFit(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()

	_, err := s.Decide(ctx, mergeBlackwing)
	assert.ErrorIs(t, err, graph.ErrActorNotFound, "empty store")

	docs := loadDocs(t)
	MustIngest(t, s, docs...)
	counts := MustCounts(t, s)
	tests := []struct {
		name     string
		d        graph.Decision
		notFound bool
		want     string
	}{
		{"unknown actor", graph.Decision{Kind: graph.DecisionMerge, Actor: "nobody", Other: "kestrel"}, true, `"nobody"`},
		{"unknown other", graph.Decision{Kind: graph.DecisionMerge, Actor: "kestrel", Other: "nobody"}, true, `"nobody"`},
		{"name, not id", graph.Decision{Kind: graph.DecisionMerge, Actor: "Kestrel Security", Other: "kestrel"}, true, "actor id"},
		{"merge into itself", graph.Decision{Kind: graph.DecisionMerge, Actor: "kestrel", Other: "kestrel"}, false, "into itself"},
		{"split unknown name", graph.Decision{Kind: graph.DecisionSplit, Actor: "valdoria", Name: "Orvane"}, false, "no name"},
		{"split unknown actor", graph.Decision{Kind: graph.DecisionSplit, Actor: "nobody", Name: "x"}, true, `"nobody"`},
		{"unknown kind", graph.Decision{Kind: "annex", Actor: "valdoria", Other: "kestrel"}, false, "annex"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Decide(ctx, tt.d)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			if tt.notFound {
				assert.ErrorIs(t, err, graph.ErrActorNotFound)
			} else {
				assert.NotErrorIs(t, err, graph.ErrActorNotFound)
			}
		})
	}
	assert.Equal(t, counts, MustCounts(t, s), "nothing written")
	got, err := s.Decisions(ctx)
	require.NoError(t, err)
	assert.Empty(t, got)
	requireExportEqualsBuild(t, s, docs...)
}

func TestPossiblySameAsRoundTrips(t *testing.T) {
	s := MustOpen(t)
	docs := loadDocs(t)
	MustIngest(t, s, docs...)
	g := requireExportEqualsBuildWith(t, s, nil, docs...)
	key := graph.RelationKey{Source: "kestrel", Type: schema.RelPossiblySameAs, Target: "kestrel-security"}
	r := g.Relation(key)
	require.NotNil(t, r, "the fixtures give Kestrel and Kestrel Security a possible match")
	assert.Equal(t, 0.5, r.Score)
	assert.Equal(t, `"Kestrel" may be a short form of "Kestrel Security"`, r.Reason)
	assert.Equal(t, []graph.Evidence{}, r.Evidence)
	assert.Empty(t, r.Event)

	recs := queryRecords(t, s, `MATCH (:Actor {id: $s})-[r:POSSIBLY_SAME_AS]->(:Actor {id: $t})
RETURN r.score, r.reason, size(r.texts), r.event`, map[string]any{"s": key.Source, "t": key.Target})
	require.Len(t, recs, 1)
	assert.Equal(t, []any{0.5, r.Reason, int64(0), ""}, recs[0])

	exported, err := s.Export(context.Background())
	require.NoError(t, err)
	assert.Equal(t, jsonOf(t, g.PossibleMatches()), jsonOf(t, exported.PossibleMatches()))

	// The analyst confirms the match: the link goes, the two become one.
	d := graph.Decision{Kind: graph.DecisionMerge, Actor: "kestrel-security", Other: "kestrel"}
	c := MustDecide(t, s, d)
	assert.Contains(t, c.RemovedRelations, key)
	assert.Contains(t, c.RemovedActors, "kestrel")
	g = requireExportEqualsBuildWith(t, s, []graph.Decision{d}, docs...)
	assert.Nil(t, g.Relation(key))
	assert.Empty(t, queryRecords(t, s, `MATCH ()-[r:POSSIBLY_SAME_AS]->() RETURN r`, nil))
}

func TestCorroborationRoundTrips(t *testing.T) {
	s := MustOpen(t)
	e := loadNamed(t, "e1-lantern-herald", "e4-calder-courier", "e5-lantern-herald-followup")

	// Two outlets report the same intrusion.
	MustIngest(t, s, e[0], e[1])
	g := requireExportEqualsBuildWith(t, s, nil, e[0], e[1])
	require.Len(t, g.Events, 1)
	assert.Equal(t, &graph.Corroboration{Documents: 2, Outlets: 2, AssertedBy: []string{}, DeniedBy: []string{}},
		g.Events[0].Corroboration)
	requireEventProps(t, s, "ev-e1-intrusion", 2, 2)
	requireQueriesMatch(t, s, g, "Corvid Group")

	// A follow-up by one of them adds a document, not an outlet.
	c := MustIngest(t, s, e[2])
	assert.Equal(t, []string{"ev-e1-intrusion"}, c.Events)
	g = requireExportEqualsBuildWith(t, s, nil, e...)
	require.Len(t, g.Events, 1)
	assert.Equal(t, 3, g.Events[0].Corroboration.Documents)
	assert.Equal(t, 2, g.Events[0].Corroboration.Outlets)
	requireEventProps(t, s, "ev-e1-intrusion", 3, 2)
	tl, err := s.Timeline(context.Background(), graph.TimelineQuery{})
	require.NoError(t, err)
	require.Len(t, tl, 1)
	assert.Equal(t, 2, tl[0].Outlets)
	assert.Len(t, tl[0].Documents, 3)
	requireQueriesMatch(t, s, g, "Corvid Group", "the ministry")
}

// requireEventProps checks an event node's corroboration counts.
func requireEventProps(tb testing.TB, s *Store, id string, sources, outlets int64) {
	tb.Helper()
	recs := queryRecords(tb, s, `MATCH (e:Event {id: $id}) RETURN e.sources, e.outlets`, map[string]any{"id": id})
	require.Len(tb, recs, 1)
	assert.Equal(tb, []any{sources, outlets}, recs[0], "sources and outlets of %s", id)
}

// requireQueriesMatch checks that the store's timelines (everything, and for each actor query),
// who-told-whom links and paths between the actors equal those of the in-memory graph g.
func requireQueriesMatch(t *testing.T, s *Store, g *graph.Graph, actors ...string) {
	t.Helper()
	ctx := context.Background()
	for _, q := range append([]string{""}, actors...) {
		want, wantErr := g.Timeline(graph.TimelineQuery{Actor: q})
		got, err := s.Timeline(ctx, graph.TimelineQuery{Actor: q})
		if wantErr != nil {
			require.Error(t, err, "timeline %q", q)
			assert.Contains(t, err.Error(), wantErr.Error())
			continue
		}
		require.NoError(t, err, "timeline %q", q)
		assert.Equal(t, jsonOf(t, want), jsonOf(t, got), "timeline %q", q)
	}
	wantTold, err := g.Told(graph.ToldQuery{})
	require.NoError(t, err)
	gotTold, err := s.Told(ctx, graph.ToldQuery{})
	require.NoError(t, err)
	assert.Equal(t, jsonOf(t, wantTold), jsonOf(t, gotTold), "told")
	for i, from := range actors {
		for _, to := range actors[i+1:] {
			want, wantErr := g.ShortestPath(from, to)
			got, err := s.Path(ctx, from, to)
			if wantErr != nil {
				require.Error(t, err, "path %q → %q", from, to)
				assert.Contains(t, err.Error(), wantErr.Error())
				continue
			}
			require.NoError(t, err, "path %q → %q", from, to)
			assert.Equal(t, jsonOf(t, want), jsonOf(t, got), "path %q → %q", from, to)
		}
	}
}

// nodeIDs runs a query returning one string per record.
func nodeIDs(tb testing.TB, s *Store, cypher string) []string {
	tb.Helper()
	var out []string
	for _, r := range queryRecords(tb, s, cypher, nil) {
		out = append(out, asString(r[0]))
	}
	return out
}

// queryRecords runs a read query on the test database and returns the records' values.
func queryRecords(tb testing.TB, s *Store, cypher string, params map[string]any) [][]any {
	tb.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), s.driver, cypher, params,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.cfg.Database))
	require.NoError(tb, err)
	out := make([][]any, len(res.Records))
	for i, r := range res.Records {
		out[i] = r.Values
	}
	return out
}

func mentionDocs(a *graph.Actor) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range a.Mentions {
		if !seen[m.Document] {
			seen[m.Document] = true
			out = append(out, m.Document)
		}
	}
	return out
}
