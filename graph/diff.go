package graph

import (
	"encoding/json"
	"reflect"
)

// Change lists what differs between two merged graphs, by id, so that a store can write only
// what changed. Relations are named by RelationKey.
type Change struct {
	Documents, RemovedDocuments []string
	Actors, RemovedActors       []string
	Events, RemovedEvents       []string
	Relations, RemovedRelations []RelationKey
}

// RelationKey names a relation in a merged graph, where there is at most one relation of a
// type between two actors.
type RelationKey struct {
	Source, Type, Target string
}

// Key returns the relation's key.
func (r Relation) Key() RelationKey { return RelationKey{r.Source, r.Type, r.Target} }

// Empty reports whether nothing changed.
func (c Change) Empty() bool {
	return len(c.Documents)+len(c.RemovedDocuments)+len(c.Actors)+len(c.RemovedActors)+
		len(c.Events)+len(c.RemovedEvents)+len(c.Relations)+len(c.RemovedRelations) == 0
}

// Diff compares two merged graphs (from Build) and lists the documents, actors, events and
// relations that are new or changed in next, and those that are gone.
func Diff(prev, next *Graph) Change {
	var c Change
	c.Documents, c.RemovedDocuments = diffBy(prev.Documents, next.Documents, func(d Document) string { return d.ID })
	c.Actors, c.RemovedActors = diffBy(prev.Actors, next.Actors, func(a Actor) string { return a.ID })
	c.Events, c.RemovedEvents = diffBy(prev.Events, next.Events, func(e Event) string { return e.ID })
	c.Relations, c.RemovedRelations = diffBy(prev.Relations, next.Relations, Relation.Key)
	return c
}

func diffBy[T any, K comparable](prev, next []T, key func(T) K) (changed, removed []K) {
	old := make(map[K]T, len(prev))
	for _, x := range prev {
		old[key(x)] = x
	}
	seen := make(map[K]bool, len(next))
	for _, x := range next {
		k := key(x)
		seen[k] = true
		if o, ok := old[k]; !ok || !sameJSON(o, x) {
			changed = append(changed, k)
		}
	}
	for _, x := range prev {
		if k := key(x); !seen[k] {
			removed = append(removed, k)
		}
	}
	return changed, removed
}

// sameJSON compares two values by their JSON form, which is what stores persist.
func sameJSON(a, b any) bool {
	if reflect.DeepEqual(a, b) {
		return true
	}
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(ja) == string(jb)
}

// Event returns the event with the given id, or nil.
func (g *Graph) Event(id string) *Event {
	for i := range g.Events {
		if g.Events[i].ID == id {
			return &g.Events[i]
		}
	}
	return nil
}

// Document returns the document with the given id, or nil.
func (g *Graph) Document(id string) *Document {
	for i := range g.Documents {
		if g.Documents[i].ID == id {
			return &g.Documents[i]
		}
	}
	return nil
}

// Relation returns the relation with the given key, or nil.
func (g *Graph) Relation(k RelationKey) *Relation {
	for i := range g.Relations {
		if g.Relations[i].Key() == k {
			return &g.Relations[i]
		}
	}
	return nil
}
