package graph

// Decision kinds: an analyst's correction of the machine's actor resolution.
const (
	// DecisionMerge joins actor Other into actor Actor.
	DecisionMerge = "merge"
	// DecisionSplit keeps actors named Name apart from actor Actor.
	DecisionSplit = "split"
)

// Decision is an analyst's correction of actor resolution. Stores keep decisions in the order
// they were made and Build applies them to every later merge, so that a manual split is not
// re-merged by the next article and a manual merge holds for new articles too.
type Decision struct {
	// Kind is DecisionMerge or DecisionSplit.
	Kind string `json:"kind"`
	// Actor is the id of the actor that is kept.
	Actor string `json:"actor"`
	// Other is the id of the actor merged into Actor (DecisionMerge).
	Other string `json:"other,omitempty"`
	// Name is the surface name split off from Actor (DecisionSplit): actors whose canonical
	// name is Name are kept apart from Actor.
	Name string `json:"name,omitempty"`
}

// effectiveDecisions drops decisions that a later one undoes: a split undoes an earlier merge
// of the same pair, and a merge undoes an earlier split.
func effectiveDecisions(ds []Decision) (merges, splits []Decision) {
	for _, d := range ds {
		switch d.Kind {
		case DecisionMerge:
			splits = dropWhere(splits, func(s Decision) bool {
				other := ActorID(s.Name)
				return (s.Actor == d.Actor && other == d.Other) || (s.Actor == d.Other && other == d.Actor)
			})
			merges = append(merges, d)
		case DecisionSplit:
			other := ActorID(d.Name)
			merges = dropWhere(merges, func(m Decision) bool {
				return (m.Actor == d.Actor && m.Other == other) || (m.Actor == other && m.Other == d.Actor)
			})
			splits = append(splits, d)
		}
	}
	return merges, splits
}

func dropWhere(ds []Decision, drop func(Decision) bool) []Decision {
	out := ds[:0:0]
	for _, d := range ds {
		if !drop(d) {
			out = append(out, d)
		}
	}
	return out
}
