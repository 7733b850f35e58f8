package graph

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

func sampleGraph() *Graph {
	isr, kas := actor("Israel", schema.KindCountry, "Israeli intelligence"), actor("Kaspersky Lab", schema.KindOrganization, "Kaspersky")
	nsa, rus := actor("National Security Agency", schema.KindAgency, "NSA"), actor("Russian hackers", schema.KindGroup)
	return Build([]*Graph{docGraph("seed",
		[]Actor{isr, kas, nsa, rus},
		[]Event{
			event("e-undated", schema.EventWarning, "", "israel", "national-security-agency"),
			event("e-2015", schema.EventEspionage, "2015-06", "russian-hackers", "kaspersky-lab"),
			event("e-2014", schema.EventIntrusion, "2014", "israel", "kaspersky-lab"),
		},
		[]Relation{{Source: "israel", Type: schema.RelInformed, Target: "national-security-agency", Event: "e-undated"}})})
}

func TestTimeline(t *testing.T) {
	g := sampleGraph()
	tests := []struct {
		name string
		q    TimelineQuery
		want []string
	}{
		{"all, undated last", TimelineQuery{}, []string{"e-2014", "e-2015", "e-undated"}},
		{"actor by alias", TimelineQuery{Actor: "NSA"}, []string{"e-undated"}},
		{"actor case-insensitive", TimelineQuery{Actor: "kaspersky"}, []string{"e-2014", "e-2015"}},
		{"from", TimelineQuery{From: "2015"}, []string{"e-2015"}},
		{"to", TimelineQuery{To: "2014-12"}, []string{"e-2014"}},
		{"within month", TimelineQuery{From: "2015-06-10", To: "2015-06-11"}, []string{"e-2015"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es, err := g.Timeline(tt.q)
			require.NoError(t, err)
			var ids []string
			for _, e := range es {
				ids = append(ids, e.EventID)
			}
			assert.Equal(t, tt.want, ids)
		})
	}
	_, err := g.Timeline(TimelineQuery{Actor: "Nobody"})
	assert.ErrorIs(t, err, ErrActorNotFound)
}

func TestTold(t *testing.T) {
	g := sampleGraph()
	ts, err := g.Told(ToldQuery{From: "Israeli intelligence", To: "nsa"})
	require.NoError(t, err)
	require.Len(t, ts, 1)
	assert.Equal(t, "Israel", ts[0].From)
	assert.Equal(t, "National Security Agency", ts[0].To)
	assert.Equal(t, []string{"seed"}, ts[0].Documents)
}

func TestShortestPath(t *testing.T) {
	g := sampleGraph()
	p, err := g.ShortestPath("NSA", "Russian hackers")
	require.NoError(t, err)
	var labels []string
	for _, s := range p.Steps {
		labels = append(labels, s.Label)
	}
	assert.Equal(t, []string{"National Security Agency", "Israel", "intrusion 2014", "Kaspersky Lab", "espionage 2015-06", "Russian hackers"}, labels)
	_, err = g.ShortestPath("NSA", "Nobody")
	assert.ErrorIs(t, err, ErrActorNotFound)
}

func TestInPeriod(t *testing.T) {
	tests := []struct {
		v, from, to string
		want        bool
	}{
		{"2014", "", "", true},
		{"", "", "", true},
		{"", "2014", "", false},
		{"2014", "2014-06", "", true},
		{"2014-05", "2014-06", "", false},
		{"2017-02", "", "2017-02-28", true},
		{"2017-03-01", "", "2017-02", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, InPeriod(tt.v, tt.from, tt.to), "InPeriod(%q, %q, %q)", tt.v, tt.from, tt.to)
	}
}
