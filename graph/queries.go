package graph

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/intelgraph/intelgraph/schema"
)

// ErrActorNotFound is returned when a query names an actor that no name, alias or id matches.
var ErrActorNotFound = errors.New("no actor matches")

// ErrNoPath is returned by ShortestPath when two actors are not connected.
var ErrNoPath = errors.New("no path between the actors")

// MatchesActor reports whether query names the actor: its id, name or an alias, compared
// case-insensitively after NormalizeName.
func MatchesActor(a *Actor, query string) bool {
	q := NormalizeName(query)
	if q == "" {
		return false
	}
	if a.ID == query || NormalizeName(a.Name) == q {
		return true
	}
	for _, al := range a.Aliases {
		if NormalizeName(al) == q {
			return true
		}
	}
	return false
}

// FindActors returns the actors that query names (see MatchesActor), by id.
func (g *Graph) FindActors(query string) []*Actor {
	var out []*Actor
	for i := range g.Actors {
		if MatchesActor(&g.Actors[i], query) {
			out = append(out, &g.Actors[i])
		}
	}
	return out
}

// PeriodStart is the first day of the period an ISO value at any precision denotes:
// "2014" → "2014-01-01", "2017-10" → "2017-10-01". It returns "" for "".
func PeriodStart(v string) string {
	switch len(v) {
	case 4:
		return v + "-01-01"
	case 7:
		return v + "-01"
	}
	if len(v) >= 10 {
		return v[:10]
	}
	return v
}

// PeriodEnd is the last day of the period an ISO value denotes: "2014" → "2014-12-31",
// "2017-02" → "2017-02-28". It returns "" for "".
func PeriodEnd(v string) string {
	switch len(v) {
	case 4:
		return v + "-12-31"
	case 7:
		return v + "-" + fmt.Sprint(daysIn(v))
	}
	if len(v) >= 10 {
		return v[:10]
	}
	return v
}

func daysIn(yearMonth string) int {
	var y, m int
	fmt.Sscanf(yearMonth, "%d-%d", &y, &m)
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// InPeriod reports whether a dated event with ISO value v overlaps [from, to] (ISO values at
// any precision, either may be ""). An undated event is in the period only when both are "".
func InPeriod(v, from, to string) bool {
	if from == "" && to == "" {
		return true
	}
	if v == "" {
		return false
	}
	if from != "" && PeriodEnd(v) < PeriodStart(from) {
		return false
	}
	if to != "" && PeriodStart(v) > PeriodEnd(to) {
		return false
	}
	return true
}

// Timeline returns the events q selects, dated ones in time order and then undated ones.
func (g *Graph) Timeline(q TimelineQuery) ([]TimelineEntry, error) {
	var want map[string]bool
	if q.Actor != "" {
		as := g.FindActors(q.Actor)
		if len(as) == 0 {
			return nil, fmt.Errorf("%w %q", ErrActorNotFound, q.Actor)
		}
		want = map[string]bool{}
		for _, a := range as {
			want[a.ID] = true
		}
	}
	names := g.actorNames()
	var out []TimelineEntry
	for i := range g.Events {
		e := &g.Events[i]
		if !InPeriod(e.Time.Value, q.From, q.To) {
			continue
		}
		if want != nil && !hasParticipant(e, want) {
			continue
		}
		out = append(out, g.timelineEntry(e, names))
	}
	SortTimeline(out)
	return out, nil
}

func hasParticipant(e *Event, ids map[string]bool) bool {
	for _, p := range e.Participants {
		if ids[p.Actor] {
			return true
		}
	}
	return false
}

func (g *Graph) actorNames() map[string]string {
	m := make(map[string]string, len(g.Actors))
	for _, a := range g.Actors {
		m[a.ID] = a.Name
	}
	return m
}

func (g *Graph) timelineEntry(e *Event, names map[string]string) TimelineEntry {
	t := TimelineEntry{EventID: e.ID, Type: string(e.Type), Time: e.Time, Negated: e.Negated, Modality: e.Modality,
		AlsoDated: e.AlsoDated}
	for _, p := range e.Participants {
		n := names[p.Actor]
		switch p.Role {
		case schema.RoleAgent:
			t.Agents = append(t.Agents, n)
		case schema.RoleTarget:
			t.Targets = append(t.Targets, n)
		case schema.RoleSource:
			t.Claimants = append(t.Claimants, n)
		}
	}
	ev := append([]Evidence(nil), e.Evidence...)
	SortEvidence(ev)
	for _, x := range ev {
		if !contains(t.Documents, x.Document) {
			t.Documents = append(t.Documents, x.Document)
		}
	}
	if len(ev) > 0 {
		t.Evidence = ev[0].Text
	}
	t.Outlets = len(t.Documents)
	if c := e.Corroboration; c != nil {
		t.Outlets, t.Anonymous = c.Outlets, c.Anonymous
		for _, id := range c.DeniedBy {
			t.DeniedBy = append(t.DeniedBy, names[id])
		}
	}
	return t
}

// SortTimeline puts entries in timeline order and each entry's lists in sorted order: dated
// events by the start of their period (coarser first on ties), then type and id; undated
// events after them, by their first document, then id.
func SortTimeline(es []TimelineEntry) {
	for i := range es {
		sort.Strings(es[i].Agents)
		sort.Strings(es[i].Targets)
		sort.Strings(es[i].Claimants)
		sort.Strings(es[i].Documents)
		sort.Strings(es[i].DeniedBy)
	}
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Time.Known() != b.Time.Known() {
			return a.Time.Known()
		}
		if a.Time.Known() {
			if sa, sb := PeriodStart(a.Time.Value), PeriodStart(b.Time.Value); sa != sb {
				return sa < sb
			}
			if len(a.Time.Value) != len(b.Time.Value) {
				return len(a.Time.Value) < len(b.Time.Value)
			}
			if a.Type != b.Type {
				return a.Type < b.Type
			}
			return a.EventID < b.EventID
		}
		da, db := first(a.Documents), first(b.Documents)
		if da != db {
			return da < db
		}
		return a.EventID < b.EventID
	})
}

func first(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[0]
}

// Told returns the who-told-whom links q selects, sorted by teller, then told.
func (g *Graph) Told(q ToldQuery) ([]ToldEntry, error) {
	match := func(query string) (map[string]bool, error) {
		if query == "" {
			return nil, nil
		}
		as := g.FindActors(query)
		if len(as) == 0 {
			return nil, fmt.Errorf("%w %q", ErrActorNotFound, query)
		}
		m := map[string]bool{}
		for _, a := range as {
			m[a.ID] = true
		}
		return m, nil
	}
	from, err := match(q.From)
	if err != nil {
		return nil, err
	}
	to, err := match(q.To)
	if err != nil {
		return nil, err
	}
	names := g.actorNames()
	var out []ToldEntry
	for _, r := range g.Relations {
		if r.Type != schema.RelInformed || (from != nil && !from[r.Source]) || (to != nil && !to[r.Target]) {
			continue
		}
		t := ToldEntry{FromID: r.Source, From: names[r.Source], ToID: r.Target, To: names[r.Target]}
		ev := append([]Evidence(nil), r.Evidence...)
		SortEvidence(ev)
		for _, x := range ev {
			if !contains(t.Documents, x.Document) {
				t.Documents = append(t.Documents, x.Document)
			}
		}
		if len(ev) > 0 {
			t.Evidence = ev[0].Text
		}
		out = append(out, t)
	}
	SortTold(out)
	return out, nil
}

// SortTold puts who-told-whom entries in order: by teller's name, told's name, then ids.
func SortTold(ts []ToldEntry) {
	for i := range ts {
		sort.Strings(ts[i].Documents)
	}
	sort.SliceStable(ts, func(i, j int) bool {
		a, b := ts[i], ts[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		if a.FromID != b.FromID {
			return a.FromID < b.FromID
		}
		return a.ToID < b.ToID
	})
}

// EventLabel is how a path shows an event: its type, and its time when known ("intrusion 2014").
func EventLabel(e *Event) string {
	if e.Time.Known() {
		return string(e.Type) + " " + e.Time.Value
	}
	return string(e.Type)
}

// ShortestPath returns the shortest chain of actors and events from one actor to another,
// moving along participation in events and along relations between actors. Among several
// shortest chains it returns the one whose ids are smallest, step by step, so that every store
// gives the same answer.
func (g *Graph) ShortestPath(from, to string) (*Path, error) {
	src, err := g.uniqueActor(from)
	if err != nil {
		return nil, err
	}
	dst, err := g.uniqueActor(to)
	if err != nil {
		return nil, err
	}
	adj := map[string][]string{} // "a:" and "e:" prefixed node keys
	link := func(x, y string) {
		adj[x] = append(adj[x], y)
		adj[y] = append(adj[y], x)
	}
	for _, e := range g.Events {
		for _, p := range e.Participants {
			link("a:"+p.Actor, "e:"+e.ID)
		}
	}
	for _, r := range g.Relations {
		link("a:"+r.Source, "a:"+r.Target)
	}
	steps := ShortestChain(adj, "a:"+src.ID, "a:"+dst.ID)
	if steps == nil {
		return nil, fmt.Errorf("%w %q and %q", ErrNoPath, from, to)
	}
	names := g.actorNames()
	p := &Path{}
	for _, k := range steps {
		id := k[2:]
		if k[0] == 'a' {
			p.Steps = append(p.Steps, PathStep{Kind: "actor", ID: id, Label: names[id]})
		} else {
			p.Steps = append(p.Steps, PathStep{Kind: "event", ID: id, Label: EventLabel(g.Event(id))})
		}
	}
	return p, nil
}

// ShortestChain finds, in an undirected graph given as adjacency lists, the shortest chain of
// node keys from src to dst; among equally short chains, the smallest key at each step wins.
// It returns nil when dst cannot be reached.
func ShortestChain(adj map[string][]string, src, dst string) []string {
	dist := map[string]int{dst: 0}
	queue := []string{dst}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, m := range adj[n] {
			if _, ok := dist[m]; !ok {
				dist[m] = dist[n] + 1
				queue = append(queue, m)
			}
		}
	}
	d, ok := dist[src]
	if !ok {
		return nil
	}
	chain := []string{src}
	for cur := src; d > 0; d-- {
		next := ""
		for _, m := range adj[cur] {
			if dm, ok := dist[m]; ok && dm == d-1 && (next == "" || m < next) {
				next = m
			}
		}
		chain = append(chain, next)
		cur = next
	}
	return chain
}

// uniqueActor resolves a query to one actor: an exact id first, else the only match, else
// an error listing the candidates.
func (g *Graph) uniqueActor(query string) (*Actor, error) {
	if a := g.Actor(query); a != nil {
		return a, nil
	}
	as := g.FindActors(query)
	switch len(as) {
	case 0:
		return nil, fmt.Errorf("%w %q", ErrActorNotFound, query)
	case 1:
		return as[0], nil
	}
	ids := make([]string, len(as))
	for i, a := range as {
		ids[i] = a.ID
	}
	return nil, fmt.Errorf("%q names several actors (%s): give one of these ids", query, strings.Join(ids, ", "))
}

// ActorList lists the actors of a kind ("" for all), by name, with their document counts.
func (g *Graph) ActorList(kind string) []ActorSummary {
	var out []ActorSummary
	for i := range g.Actors {
		a := &g.Actors[i]
		if kind != "" && string(a.Kind) != kind {
			continue
		}
		out = append(out, summarize(a))
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].ID < out[j].ID
	})
	return out
}

func summarize(a *Actor) ActorSummary {
	docs := map[string]bool{}
	byName := map[string][]string{}
	for _, m := range a.Mentions {
		docs[m.Document] = true
		if !contains(byName[m.Text], m.Document) {
			byName[m.Text] = append(byName[m.Text], m.Document)
		}
	}
	aliases := append([]string{}, a.Aliases...)
	sort.Strings(aliases)
	names := make([]NameUse, 0, len(byName))
	for n, ds := range byName {
		sort.Strings(ds)
		names = append(names, NameUse{Name: n, Documents: ds})
	}
	sort.Slice(names, func(i, j int) bool { return names[i].Name < names[j].Name })
	return ActorSummary{ID: a.ID, Name: a.Name, Kind: string(a.Kind), Aliases: aliases, Documents: len(docs), Names: names}
}

// PossibleMatches lists the POSSIBLY_SAME_AS links for review, best score first.
func (g *Graph) PossibleMatches() []PossibleMatch {
	var out []PossibleMatch
	for _, r := range g.Relations {
		if r.Type != schema.RelPossiblySameAs {
			continue
		}
		a, b := g.Actor(r.Source), g.Actor(r.Target)
		if a == nil || b == nil {
			continue
		}
		out = append(out, PossibleMatch{A: summarize(a), B: summarize(b), Score: r.Score, Reason: r.Reason})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		if out[i].A.ID != out[j].A.ID {
			return out[i].A.ID < out[j].A.ID
		}
		return out[i].B.ID < out[j].B.ID
	})
	return out
}

// CheckDecision reports whether an analyst's decision makes sense on this merged graph: a merge
// names two different existing actors; a split names an existing actor and one of its aliases.
func (g *Graph) CheckDecision(d Decision) error {
	a := g.Actor(d.Actor)
	if a == nil {
		return fmt.Errorf("%w %q: give an actor id (see `intelgraph actors`)", ErrActorNotFound, d.Actor)
	}
	switch d.Kind {
	case DecisionMerge:
		if g.Actor(d.Other) == nil {
			return fmt.Errorf("%w %q: give an actor id (see `intelgraph actors`)", ErrActorNotFound, d.Other)
		}
		if d.Other == d.Actor {
			return fmt.Errorf("merge %s into itself: give two different actors", d.Actor)
		}
	case DecisionSplit:
		k := NormalizeName(d.Name)
		for _, al := range a.Aliases {
			if NormalizeName(al) == k {
				return nil
			}
		}
		return fmt.Errorf("%s has no name %q to split off; its names are %s", d.Actor, d.Name, strings.Join(a.Aliases, ", "))
	default:
		return fmt.Errorf("decision kind %q: use %s or %s", d.Kind, DecisionMerge, DecisionSplit)
	}
	return nil
}
