package graph_test

import (
	"fmt"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
)

// Two articles name the same agency differently and report the same intrusion; Build makes
// one actor and one event with two sources.
func ExampleBuild() {
	article := func(doc, agencyName string, aliases ...string) *graph.Graph {
		agency := graph.Actor{ID: graph.ActorID(agencyName), Name: agencyName, Kind: schema.KindAgency, Aliases: aliases,
			Mentions: []graph.Mention{{Document: doc, Text: agencyName}}}
		lab := graph.Actor{ID: "zenith-lab", Name: "Zenith Lab", Kind: schema.KindOrganization,
			Mentions: []graph.Mention{{Document: doc, Text: "Zenith Lab"}}}
		hack := graph.Event{ID: graph.EventID(doc, "intrusion"), Type: schema.EventIntrusion,
			Time:         graph.Time{Value: "2020", Text: "2020", Precision: schema.PrecisionYear},
			Participants: []graph.Participant{{Actor: agency.ID, Role: schema.RoleAgent}, {Actor: lab.ID, Role: schema.RoleTarget}},
			Evidence:     []graph.Evidence{{Document: doc, Text: agencyName + " hacked Zenith Lab in 2020."}}}
		return &graph.Graph{Documents: []graph.Document{{ID: doc}}, Actors: []graph.Actor{agency, lab}, Events: []graph.Event{hack}}
	}
	g := graph.Build([]*graph.Graph{
		article("courier", "Northern Cyber Agency", "NCA"),
		article("gazette", "NCA"),
	})
	for _, a := range g.ActorList("") {
		fmt.Println(a.Name, a.Aliases, a.Documents)
	}
	es, _ := g.Timeline(graph.TimelineQuery{})
	for _, e := range es {
		fmt.Println(e.Time.Value, e.Type, e.Agents, "→", e.Targets, e.Documents)
	}
	// Output:
	// Northern Cyber Agency [NCA] 2
	// Zenith Lab [] 2
	// 2020 intrusion [Northern Cyber Agency] → [Zenith Lab] [courier gazette]
}
