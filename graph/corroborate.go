package graph

import (
	"sort"

	"github.com/intelgraph/intelgraph/schema"
)

// deniable are the event types a denial can be about: things done, not things said.
var deniable = map[schema.EventType]bool{schema.EventIntrusion: true, schema.EventTheft: true,
	schema.EventLeak: true, schema.EventEspionage: true, schema.EventAttack: true}

// corroborate sets each event's Corroboration: distinct documents and outlets that report it,
// how many of those rest it on unnamed sources only,
// the actors cited as its source, and the actors who deny it: the agents of a denial in a
// document that reports the event, when they are the event's agents (they deny doing it) or
// when the denial names one of its participants (it denies something about them).
func corroborate(g *Graph) {
	outlet := map[string]string{}
	for _, d := range g.Documents {
		switch {
		case d.Outlet != "":
			outlet[d.ID] = "outlet:" + NormalizeName(d.Outlet)
		default:
			outlet[d.ID] = "document:" + d.ID
		}
	}
	type denial struct {
		doc     string
		deniers map[string]bool
		about   map[string]bool
	}
	var denials []denial
	for i := range g.Events {
		e := &g.Events[i]
		if e.Type != schema.EventDenial {
			continue
		}
		about := map[string]bool{}
		for _, p := range e.Participants {
			if p.Role != schema.RoleAgent && p.Role != schema.RoleSource {
				about[p.Actor] = true
			}
		}
		for _, ev := range e.Evidence {
			denials = append(denials, denial{ev.Document, roleSet(e, schema.RoleAgent), about})
		}
	}
	for i := range g.Events {
		e := &g.Events[i]
		c := &Corroboration{AssertedBy: []string{}, DeniedBy: []string{}}
		docs, outs := map[string]bool{}, map[string]bool{}
		named := map[string]bool{} // documents with some evidence not resting on unnamed sources
		for _, ev := range e.Evidence {
			docs[ev.Document] = true
			if ev.Attribution != AttributionAnonymous {
				named[ev.Document] = true
			}
			if o, ok := outlet[ev.Document]; ok {
				outs[o] = true
			} else {
				outs["document:"+ev.Document] = true
			}
		}
		c.Documents, c.Outlets = len(docs), len(outs)
		for d := range docs {
			if !named[d] {
				c.Anonymous++
			}
		}
		for _, p := range e.Participants {
			if p.Role == schema.RoleSource && !contains(c.AssertedBy, p.Actor) {
				c.AssertedBy = append(c.AssertedBy, p.Actor)
			}
		}
		if deniable[e.Type] {
			agents := roleSet(e, schema.RoleAgent)
			parts := roleSet(e, schema.RoleTarget)
			for a := range agents {
				parts[a] = true
			}
			for _, d := range denials {
				if !docs[d.doc] {
					continue
				}
				for a := range d.deniers {
					if (agents[a] || intersects(d.about, parts)) && !contains(c.DeniedBy, a) {
						c.DeniedBy = append(c.DeniedBy, a)
					}
				}
			}
		}
		sort.Strings(c.AssertedBy)
		sort.Strings(c.DeniedBy)
		e.Corroboration = c
	}
}
