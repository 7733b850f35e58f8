package graph

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

// docGraph builds a one-document graph for tests.
func docGraph(id string, actors []Actor, events []Event, rels []Relation) *Graph {
	for i := range actors {
		if len(actors[i].Mentions) == 0 {
			actors[i].Mentions = []Mention{{Document: id, Sentence: i, Text: actors[i].Name}}
		}
	}
	for i := range events {
		if len(events[i].Evidence) == 0 {
			events[i].Evidence = []Evidence{{Document: id, Sentence: i, Text: "evidence " + id}}
		}
	}
	for i := range rels {
		if len(rels[i].Evidence) == 0 {
			rels[i].Evidence = []Evidence{{Document: id, Sentence: i, Text: "told " + id}}
		}
	}
	g := &Graph{Documents: []Document{{ID: id, Title: "t " + id}}, Actors: actors, Events: events, Relations: rels}
	g.Normalize()
	return g
}

func actor(name string, kind schema.ActorKind, aliases ...string) Actor {
	return Actor{ID: ActorID(name), Name: name, Kind: kind, Aliases: aliases}
}

func event(id string, typ schema.EventType, value string, agent, target string) Event {
	e := Event{ID: id, Type: typ, Time: Time{Value: value, Text: value}}
	if agent != "" {
		e.Participants = append(e.Participants, Participant{Actor: agent, Role: schema.RoleAgent})
	}
	if target != "" {
		e.Participants = append(e.Participants, Participant{Actor: target, Role: schema.RoleTarget})
	}
	return e
}

func TestBuildMergesActors(t *testing.T) {
	tests := []struct {
		name      string
		docs      []*Graph
		wantIDs   []string
		wantAlias map[string][]string
	}{
		{
			name: "same canonical name",
			docs: []*Graph{
				docGraph("a", []Actor{actor("Kaspersky Lab", schema.KindOrganization, "Kaspersky")}, nil, nil),
				docGraph("b", []Actor{actor("Kaspersky Lab", schema.KindOrganization, "the Russian security firm")}, nil, nil),
			},
			wantIDs:   []string{"kaspersky-lab"},
			wantAlias: map[string][]string{"kaspersky-lab": {"Kaspersky", "the Russian security firm"}},
		},
		{
			name: "acronym seen in another article",
			docs: []*Graph{
				docGraph("a", []Actor{actor("National Security Agency", schema.KindAgency, "NSA")}, nil, nil),
				docGraph("b", []Actor{actor("NSA", schema.KindAgency)}, nil, nil),
			},
			wantIDs:   []string{"national-security-agency"},
			wantAlias: map[string][]string{"national-security-agency": {"NSA"}},
		},
		{
			name: "kinds differ: not merged",
			docs: []*Graph{
				docGraph("a", []Actor{actor("Georgia", schema.KindCountry)}, nil, nil),
				docGraph("b", []Actor{actor("Georgia Tech Lab", schema.KindOrganization, "Georgia")}, nil, nil),
			},
			wantIDs: []string{"georgia", "georgia-tech-lab"},
		},
		{
			name: "ambiguous short name: not merged",
			docs: []*Graph{
				docGraph("a", []Actor{actor("Alpha Lab", schema.KindOrganization, "Lab X"), actor("Beta Lab", schema.KindOrganization, "Lab X")}, nil, nil),
				docGraph("b", []Actor{actor("Lab X", schema.KindOrganization)}, nil, nil),
			},
			wantIDs: []string{"alpha-lab", "beta-lab", "lab-x"},
		},
		{
			name: "descriptions never merge across articles",
			docs: []*Graph{
				docGraph("a", []Actor{actor("Acme Corp", schema.KindOrganization, "the company")}, nil, nil),
				docGraph("b", []Actor{actor("Zenith Ltd", schema.KindOrganization, "the company")}, nil, nil),
			},
			wantIDs: []string{"acme-corp", "zenith-ltd"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Build(tt.docs)
			var ids []string
			for _, a := range g.Actors {
				ids = append(ids, a.ID)
			}
			assert.Equal(t, tt.wantIDs, ids)
			for id, want := range tt.wantAlias {
				require.NotNil(t, g.Actor(id))
				assert.Equal(t, want, g.Actor(id).Aliases)
			}
		})
	}
}

func TestBuildMergesEventsAcrossDocuments(t *testing.T) {
	isr, kas := actor("Israel", schema.KindCountry), actor("Kaspersky Lab", schema.KindOrganization)
	tests := []struct {
		name       string
		t1, t2     string
		type2      schema.EventType
		wantEvents int
	}{
		{"same year", "2014", "2014", schema.EventIntrusion, 1},
		{"year and month", "2014", "2014-06", schema.EventIntrusion, 1},
		{"one undated", "2014", "", schema.EventIntrusion, 1},
		{"a year apart, same parties", "2014", "2015", schema.EventIntrusion, 1},
		{"two years apart", "2014", "2016", schema.EventIntrusion, 2},
		{"different types", "2014", "2014", schema.EventTheft, 2},
		{"hack and espionage of one target by one agent", "2014", "2015", schema.EventEspionage, 1},
		{"hack and cyberattack of one target by one agent", "2014", "2014", schema.EventAttack, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Build([]*Graph{
				docGraph("a", []Actor{isr, kas}, []Event{event("e1", schema.EventIntrusion, tt.t1, "israel", "kaspersky-lab")}, nil),
				docGraph("b", []Actor{isr, kas}, []Event{event("e2", tt.type2, tt.t2, "israel", "kaspersky-lab")}, nil),
			})
			require.Len(t, g.Events, tt.wantEvents)
			if tt.wantEvents == 1 {
				e := g.Events[0]
				assert.Equal(t, "e1", e.ID)
				assert.Len(t, e.Evidence, 2, "one event with two sources")
				want := tt.t1
				if len(tt.t2) > len(want) {
					want = tt.t2
				}
				assert.Equal(t, want, e.Time.Value, "the more precise time wins")
				assert.Equal(t, schema.EventIntrusion, e.Type, "the more specific deed names the event")
				if !CompatibleTimes(tt.t1, tt.t2) {
					assert.Equal(t, []string{tt.t2}, e.AlsoDated, "the other source's date is kept")
				} else {
					assert.Empty(t, e.AlsoDated)
				}
			}
		})
	}
}

// TestOnePartyReports checks when reports that share only one party join: with the same type
// and a date on at least one side; never two undated reports, nor two types of one deed.
func TestOnePartyReports(t *testing.T) {
	grey, acme := actor("Grey Heron", schema.KindGroup), actor("Acme", schema.KindOrganization)
	tests := []struct {
		name       string
		a, b       Event
		wantEvents int
	}{
		{"target only, dated / both parties, undated",
			event("e1", schema.EventIntrusion, "2024-03", "", "acme"), event("e2", schema.EventIntrusion, "", "grey-heron", "acme"), 1},
		{"both dated", event("e1", schema.EventIntrusion, "2024-03", "", "acme"), event("e2", schema.EventIntrusion, "2024", "grey-heron", "acme"), 1},
		{"neither dated", event("e1", schema.EventIntrusion, "", "", "acme"), event("e2", schema.EventIntrusion, "", "grey-heron", "acme"), 2},
		{"dates apart", event("e1", schema.EventIntrusion, "2021", "", "acme"), event("e2", schema.EventIntrusion, "2024", "grey-heron", "acme"), 2},
		{"two types of one deed", event("e1", schema.EventAttack, "2024-03", "", "acme"), event("e2", schema.EventIntrusion, "", "grey-heron", "acme"), 2},
		{"two types of one deed in the same month", event("e1", schema.EventAttack, "2024-03", "", "acme"), event("e2", schema.EventIntrusion, "2024-03", "grey-heron", "acme"), 1},
		{"two types of one deed in the same year", event("e1", schema.EventAttack, "2024", "", "acme"), event("e2", schema.EventIntrusion, "2024", "grey-heron", "acme"), 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Build([]*Graph{
				docGraph("a", []Actor{grey, acme}, []Event{tt.a}, nil),
				docGraph("b", []Actor{grey, acme}, []Event{tt.b}, nil),
			})
			require.Len(t, g.Events, tt.wantEvents)
			if tt.wantEvents == 1 {
				assert.Len(t, g.Events[0].Evidence, 2)
				assert.Len(t, g.Events[0].Participants, 2, "the agent one source names is kept")
			}
		})
	}
}

func TestEspionageJoinsIntrusionOnlyWithBothParties(t *testing.T) {
	isr, kas := actor("Israel", schema.KindCountry), actor("Kaspersky Lab", schema.KindOrganization)
	g := Build([]*Graph{
		docGraph("a", []Actor{isr, kas}, []Event{event("e1", schema.EventEspionage, "2014", "", "kaspersky-lab")}, nil),
		docGraph("b", []Actor{isr, kas}, []Event{event("e2", schema.EventIntrusion, "2014", "israel", "kaspersky-lab")}, nil),
	})
	assert.Len(t, g.Events, 2, "an agentless espionage report stays apart from the intrusion")
}

func TestBuildReplacesReingestedDocument(t *testing.T) {
	v1 := docGraph("a", []Actor{actor("Old Corp", schema.KindOrganization)}, []Event{event("e1", schema.EventLeak, "2015", "old-corp", "")}, nil)
	v2 := docGraph("a", []Actor{actor("New Corp", schema.KindOrganization)}, []Event{event("e9", schema.EventTheft, "2016", "new-corp", "")}, nil)
	g := Build([]*Graph{v1, v2})
	require.Len(t, g.Documents, 1)
	require.Len(t, g.Actors, 1)
	assert.Equal(t, "new-corp", g.Actors[0].ID)
	require.Len(t, g.Events, 1)
	assert.Equal(t, "e9", g.Events[0].ID)
}

func TestBuildIsDeterministicAndIdempotent(t *testing.T) {
	docs := []*Graph{
		docGraph("a", []Actor{actor("Israel", schema.KindCountry), actor("National Security Agency", schema.KindAgency, "NSA")}, nil,
			[]Relation{{Source: "israel", Type: schema.RelInformed, Target: "national-security-agency"}}),
		docGraph("b", []Actor{actor("Israel", schema.KindCountry), actor("NSA", schema.KindAgency)}, nil,
			[]Relation{{Source: "israel", Type: schema.RelInformed, Target: "nsa"}}),
	}
	g1, g2 := Build(docs), Build(append(docs, docs...))
	j1, _ := json.Marshal(g1)
	j2, _ := json.Marshal(g2)
	assert.JSONEq(t, string(j1), string(j2), "ingesting everything twice changes nothing")
	require.Len(t, g1.Relations, 1, "both articles' INFORMED links become one with two sources")
	assert.Equal(t, "national-security-agency", g1.Relations[0].Target)
	assert.Len(t, g1.Relations[0].Evidence, 2)
	assert.True(t, Diff(g1, g2).Empty())
}

func TestDiff(t *testing.T) {
	a := docGraph("a", []Actor{actor("Alpha", schema.KindGroup)}, nil, nil)
	b := docGraph("b", []Actor{actor("Beta", schema.KindGroup)}, nil, nil)
	b2 := docGraph("b", []Actor{actor("Gamma", schema.KindGroup)}, nil, nil)
	b2.Documents[0].Hash = "edited"
	prev, next := Build([]*Graph{a, b}), Build([]*Graph{a, b2})
	c := Diff(prev, next)
	assert.Equal(t, []string{"b"}, c.Documents, "the replaced document changed")
	assert.Equal(t, []string{"gamma"}, c.Actors)
	assert.Equal(t, []string{"beta"}, c.RemovedActors)
	assert.Empty(t, c.RemovedDocuments)
}

func TestTimeJSON(t *testing.T) {
	tests := []struct {
		name string
		in   Time
		want string
	}{
		{"known", Time{Value: "2014", Text: "2014", Precision: "year"}, `{"value":"2014","text":"2014","precision":"year"}`},
		{"unknown is null", Time{}, `{"value":null,"text":"","precision":""}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(b))
			var back Time
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tt.in, back)
		})
	}
}

func TestSlug(t *testing.T) {
	tests := map[string]string{
		"Kaspersky Lab":                   "kaspersky-lab",
		"U.S.":                            "us",
		"The New York Times":              "the-new-york-times",
		"Société Générale":                "societe-generale",
		"'}) DETACH DELETE n //":          "detach-delete-n",
		"APT28 (Fancy Bear)":              "apt28-fancy-bear",
		"Department of Homeland Security": "department-of-homeland-security",
	}
	for in, want := range tests {
		assert.Equal(t, want, Slug(in), "Slug(%q)", in)
	}
	assert.NotEmpty(t, ActorID("!!!"))
}
