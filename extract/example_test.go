package extract_test

import (
	"context"
	"fmt"

	"github.com/intelgraph/intelgraph/extract"
)

func Example() {
	x, err := extract.New()
	if err != nil {
		panic(err)
	}
	text := "id: demo\npublished: 2024-05-02\n\n" +
		"The FBI warned Brightwater Labs on Monday. According to the FBI, Velvet Typhoon hacked the company in 2023.\n"
	a, err := extract.ParseArticle("demo.txt", []byte(text))
	if err != nil {
		panic(err)
	}
	r, err := x.Extract(context.Background(), a)
	if err != nil {
		panic(err)
	}
	g := extract.Combine(r)
	for _, act := range g.Actors {
		fmt.Println(act.ID, act.Kind)
	}
	for _, e := range g.Events {
		fmt.Print(e.Type, " ", e.Time.Value)
		for _, p := range e.Participants {
			fmt.Print(" ", p.Role, "=", p.Actor)
		}
		fmt.Println()
	}
	for _, rel := range g.Relations {
		fmt.Println(rel.Source, rel.Type, rel.Target)
	}
	// Output:
	// federal-bureau-of-investigation agency
	// brightwater-labs organization
	// velvet-typhoon group
	// warning 2024-04-29 agent=federal-bureau-of-investigation target=brightwater-labs
	// intrusion 2023 agent=velvet-typhoon target=brightwater-labs source=federal-bureau-of-investigation
	// federal-bureau-of-investigation INFORMED brightwater-labs
}
