package graph

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

func actorIDs(g *Graph) []string {
	var ids []string
	for _, a := range g.Actors {
		ids = append(ids, a.ID)
	}
	return ids
}

func TestShortForms(t *testing.T) {
	tests := []struct {
		name     string
		docs     []*Graph
		wantIDs  []string
		possible int
	}{
		{
			name: "generic suffix dropped: one actor",
			docs: []*Graph{
				docGraph("a", []Actor{actor("Kaspersky Lab", schema.KindOrganization)}, nil, nil),
				docGraph("b", []Actor{actor("Kaspersky", schema.KindOrganization)}, nil, nil),
			},
			wantIDs: []string{"kaspersky-lab"},
		},
		{
			name: "short form of two names: kept apart, flagged",
			docs: []*Graph{
				docGraph("a", []Actor{actor("Acme Lab", schema.KindOrganization)}, nil, nil),
				docGraph("b", []Actor{actor("Acme Labs Inc", schema.KindOrganization), actor("Acme Robotics", schema.KindOrganization)}, nil, nil),
				docGraph("c", []Actor{actor("Acme", schema.KindOrganization)}, nil, nil),
			},
			wantIDs:  []string{"acme", "acme-lab", "acme-labs-inc", "acme-robotics"},
			possible: 3,
		},
		{
			name: "what the longer name adds is not generic: flagged only",
			docs: []*Graph{
				docGraph("a", []Actor{actor("Microsoft Threat Intelligence", schema.KindOrganization)}, nil, nil),
				docGraph("b", []Actor{actor("Microsoft", schema.KindOrganization)}, nil, nil),
			},
			wantIDs:  []string{"microsoft", "microsoft-threat-intelligence"},
			possible: 1,
		},
		{
			name: "two people who share a surname are not merged",
			docs: []*Graph{
				docGraph("a", []Actor{actor("John Smith", schema.KindPerson)}, nil, nil),
				docGraph("b", []Actor{actor("Smith", schema.KindPerson)}, nil, nil),
			},
			wantIDs:  []string{"john-smith", "smith"},
			possible: 1,
		},
		{
			name: "one person spelt two ways",
			docs: []*Graph{
				docGraph("a", []Actor{actor("Mikhail Korolenko", schema.KindPerson)}, nil, nil),
				docGraph("b", []Actor{actor("Mikhail Korolenkko", schema.KindPerson)}, nil, nil),
			},
			wantIDs: []string{"mikhail-korolenkko"},
		},
		{
			name: "a spelling variant of two people is only possible",
			docs: []*Graph{
				docGraph("a", []Actor{actor("Mikhail Korolenko", schema.KindPerson)}, nil, nil),
				docGraph("b", []Actor{actor("Mikhail Korolenka", schema.KindPerson)}, nil, nil),
				docGraph("c", []Actor{actor("Mikhail Korolenkko", schema.KindPerson)}, nil, nil),
			},
			wantIDs:  []string{"mikhail-korolenka", "mikhail-korolenkko", "mikhail-korolenko"},
			possible: 2,
		},
		{
			name: "other first names or short surnames stay apart",
			docs: []*Graph{
				docGraph("a", []Actor{actor("Anna Korolenko", schema.KindPerson), actor("Jo Park", schema.KindPerson)}, nil, nil),
				docGraph("b", []Actor{actor("Mikhail Korolenkko", schema.KindPerson), actor("Jo Parke", schema.KindPerson)}, nil, nil),
			},
			wantIDs: []string{"anna-korolenko", "jo-park", "jo-parke", "mikhail-korolenkko"},
		},
		{
			name: "full name and acronym: the full name names the node",
			docs: []*Graph{
				docGraph("a", []Actor{actor("NSA", schema.KindAgency)}, nil, nil),
				docGraph("b", []Actor{actor("NSA", schema.KindAgency)}, nil, nil),
				docGraph("c", []Actor{actor("National Security Agency", schema.KindAgency, "NSA")}, nil, nil),
			},
			wantIDs: []string{"national-security-agency"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Build(tt.docs)
			assert.Equal(t, tt.wantIDs, actorIDs(g))
			assert.Len(t, g.PossibleMatches(), tt.possible)
			for _, p := range g.PossibleMatches() {
				assert.NotEmpty(t, p.Reason)
				assert.Greater(t, p.Score, 0.0)
			}
		})
	}
}

func TestDecisions(t *testing.T) {
	docs := []*Graph{
		docGraph("a", []Actor{actor("Kaspersky Lab", schema.KindOrganization, "Kaspersky")}, nil, nil),
		docGraph("b", []Actor{actor("Kaspersky", schema.KindOrganization)}, nil, nil),
		docGraph("c", []Actor{actor("Equation Group", schema.KindGroup)}, nil, nil),
		docGraph("d", []Actor{actor("Equation", schema.KindGroup)}, nil, nil),
	}
	later := docGraph("e", []Actor{actor("Kaspersky", schema.KindOrganization), actor("Equation", schema.KindGroup)}, nil, nil)

	g := Build(docs)
	require.Equal(t, []string{"equation-group", "kaspersky-lab"}, actorIDs(g), "the machine's merges")

	split := Decision{Kind: DecisionSplit, Actor: "kaspersky-lab", Name: "Kaspersky"}
	require.NoError(t, g.CheckDecision(split))
	g = Build(append(docs, later), split)
	assert.Equal(t, []string{"equation-group", "kaspersky", "kaspersky-lab"}, actorIDs(g), "a split holds for later articles")
	assert.Len(t, g.Actor("kaspersky").Mentions, 2, "both articles' \"Kaspersky\" stay apart")

	merge := Decision{Kind: DecisionMerge, Actor: "kaspersky-lab", Other: "kaspersky"}
	require.NoError(t, g.CheckDecision(merge))
	g = Build(append(docs, later), split, merge)
	assert.Equal(t, []string{"equation-group", "kaspersky-lab"}, actorIDs(g), "a later merge undoes the split")

	assert.ErrorIs(t, g.CheckDecision(Decision{Kind: DecisionMerge, Actor: "kaspersky-lab", Other: "nobody"}), ErrActorNotFound)
	assert.Error(t, g.CheckDecision(Decision{Kind: DecisionSplit, Actor: "kaspersky-lab", Name: "Nope"}))
	assert.Error(t, g.CheckDecision(Decision{Kind: DecisionMerge, Actor: "kaspersky-lab", Other: "kaspersky-lab"}))
}

func TestCorroboration(t *testing.T) {
	isr, kas, nyt := actor("Israel", schema.KindCountry), actor("Kaspersky Lab", schema.KindOrganization), actor("The New York Times", schema.KindOrganization)
	hack := func(id string) Event {
		e := event(id, schema.EventIntrusion, "2014", "israel", "kaspersky-lab")
		e.Participants = append(e.Participants, Participant{Actor: "the-new-york-times", Role: schema.RoleSource})
		return e
	}
	denial := event("d1", schema.EventDenial, "", "kaspersky-lab", "israel")
	a := docGraph("a", []Actor{isr, kas, nyt}, []Event{hack("e1")}, nil)
	b := docGraph("b", []Actor{isr, kas, nyt}, []Event{hack("e2"), denial}, nil)
	c := docGraph("c", []Actor{isr, kas}, []Event{event("e3", schema.EventIntrusion, "2014-06", "", "kaspersky-lab"),
		event("s1", schema.EventStatement, "", "israel", "")}, nil)
	a.Documents[0].Outlet, b.Documents[0].Outlet, c.Documents[0].Outlet = "Wire", "Digest", "Wire"
	a.Events[0].Evidence[0].Attribution = AttributionAnonymous
	g := Build([]*Graph{a, b, c})
	e := g.Event("e1")
	require.NotNil(t, e)
	require.NotNil(t, e.Corroboration)
	assert.Equal(t, 3, e.Corroboration.Documents, "the undated-agent report of the same dated intrusion joins it")
	assert.Equal(t, 2, e.Corroboration.Outlets)
	assert.Equal(t, []string{"the-new-york-times"}, e.Corroboration.AssertedBy)
	assert.Equal(t, []string{"kaspersky-lab"}, e.Corroboration.DeniedBy, "a statement by the agent is no denial")
	assert.Equal(t, "2014-06", e.Time.Value, "the more precise date wins")
	assert.Equal(t, 1, e.Corroboration.Anonymous, "one document rests it on unnamed sources")

	es, err := g.Timeline(TimelineQuery{})
	require.NoError(t, err)
	assert.Equal(t, 2, es[0].Outlets)
	assert.Equal(t, []string{"Kaspersky Lab"}, es[0].DeniedBy)
	assert.Equal(t, 1, es[0].Anonymous)
}

func TestActorList(t *testing.T) {
	g := Build([]*Graph{
		docGraph("a", []Actor{actor("National Security Agency", schema.KindAgency, "NSA"), actor("Israel", schema.KindCountry)}, nil, nil),
		docGraph("b", []Actor{actor("NSA", schema.KindAgency)}, nil, nil),
	})
	all := g.ActorList("")
	require.Len(t, all, 2)
	assert.Equal(t, "Israel", all[0].Name)
	assert.Equal(t, ActorSummary{ID: "national-security-agency", Name: "National Security Agency", Kind: "agency", Aliases: []string{"NSA"}, Documents: 2,
		Names: []NameUse{{Name: "NSA", Documents: []string{"b"}}, {Name: "National Security Agency", Documents: []string{"a"}}}}, all[1])
	assert.Len(t, g.ActorList("country"), 1)
}
