package extract

import "github.com/intelgraph/intelgraph/graph"

// Combine merges several results into one graph document: documents in order, every actor once
// under its stable id (the first article's name and kind; aliases and mentions unioned), and
// events and relations concatenated.
func Combine(results ...*Result) *graph.Graph {
	g := &graph.Graph{}
	at := map[string]int{}
	for _, r := range results {
		if r == nil || r.Graph == nil {
			continue
		}
		g.Documents = append(g.Documents, r.Graph.Documents...)
		for _, a := range r.Graph.Actors {
			j, ok := at[a.ID]
			if !ok {
				a.Aliases = append([]string{}, a.Aliases...)
				a.Mentions = append([]graph.Mention{}, a.Mentions...)
				at[a.ID] = len(g.Actors)
				g.Actors = append(g.Actors, a)
				continue
			}
			have := &g.Actors[j]
			for _, al := range a.Aliases {
				if al != have.Name && !hasString(have.Aliases, al) {
					have.Aliases = append(have.Aliases, al)
				}
			}
			if a.Name != have.Name && !hasString(have.Aliases, a.Name) {
				have.Aliases = append(have.Aliases, a.Name)
			}
			have.Mentions = append(have.Mentions, a.Mentions...)
			if a.Confidence > have.Confidence {
				have.Confidence = a.Confidence
			}
		}
		g.Events = append(g.Events, r.Graph.Events...)
		g.Relations = append(g.Relations, r.Graph.Relations...)
	}
	g.Normalize()
	return g
}

func hasString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
