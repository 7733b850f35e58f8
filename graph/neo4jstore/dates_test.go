package neo4jstore

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
)

// report is one fictional article saying that Valdoria hacked Kestrel Security in year.
func report(doc, year string) *graph.Graph {
	actor := func(id, name string, kind schema.ActorKind) graph.Actor {
		return graph.Actor{ID: id, Name: name, Kind: kind, Aliases: []string{},
			Mentions: []graph.Mention{{Document: doc, Text: name}}}
	}
	g := &graph.Graph{
		Documents: []graph.Document{{ID: doc, Title: doc}},
		Actors:    []graph.Actor{actor("valdoria", "Valdoria", schema.KindCountry), actor("kestrel-security", "Kestrel Security", schema.KindOrganization)},
		Events: []graph.Event{{ID: graph.EventID(doc, "hack"), Type: schema.EventIntrusion,
			Time:         graph.Time{Value: year, Text: year, Precision: schema.PrecisionYear},
			Participants: []graph.Participant{{Actor: "valdoria", Role: schema.RoleAgent}, {Actor: "kestrel-security", Role: schema.RoleTarget}},
			Evidence:     []graph.Evidence{{Document: doc, Text: "Valdoria hacked Kestrel Security in " + year + "."}}}},
	}
	g.Normalize()
	return g
}

// Two reports date one hack a year apart: one event, the other date kept, on both sides.
func TestDisagreeingDatesRoundTrip(t *testing.T) {
	s := MustOpen(t)
	docs := []*graph.Graph{report("first-wire", "2015"), report("second-wire", "2014")}
	MustIngest(t, s, docs...)
	g := requireExportEqualsBuildWith(t, s, nil, docs...)
	require.Len(t, g.Events, 1)
	assert.Equal(t, []string{"2014"}, g.Events[0].AlsoDated)
	es, err := s.Timeline(context.Background(), graph.TimelineQuery{})
	require.NoError(t, err)
	require.Len(t, es, 1)
	assert.Equal(t, []string{"2014"}, es[0].AlsoDated)
}
