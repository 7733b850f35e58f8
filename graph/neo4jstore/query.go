package neo4jstore

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
)

// MaxPathLength bounds the number of relationships on a path Path looks for: chains longer
// than that are reported as graph.ErrNoPath.
const MaxPathLength = 24

// cypherActorCandidates narrows the actors a query may name: its id, or a name or alias
// containing the longest word of the normalised query. graph.MatchesActor then decides.
const cypherActorCandidates = `MATCH (a:Actor) WHERE a.stub IS NULL AND (a.id = $query
  OR toLower(a.name) CONTAINS $word OR any(x IN a.aliases WHERE toLower(x) CONTAINS $word))
RETURN a.id AS id, a.name AS name, a.aliases AS aliases`

// findActors returns the actors query names, as graph.FindActors does, ordered by id.
func findActors(ctx context.Context, tx neo4j.ManagedTransaction, query string) ([]graph.Actor, error) {
	word := ""
	for _, w := range strings.Fields(graph.NormalizeName(query)) {
		if len(w) > len(word) {
			word = w
		}
	}
	if word == "" {
		return nil, nil // graph.MatchesActor matches nothing
	}
	var out []graph.Actor
	err := each(ctx, tx, "actors named "+fmt.Sprintf("%q", query), cypherActorCandidates,
		map[string]any{"query": query, "word": word}, func(v []any) {
			a := graph.Actor{ID: asString(v[0]), Name: asString(v[1]), Aliases: asStrings(v[2])}
			if graph.MatchesActor(&a, query) {
				out = append(out, a)
			}
		})
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, err
}

// actorIDs resolves a query to the ids of the actors it names, or nil for an empty query.
func actorIDs(ctx context.Context, tx neo4j.ManagedTransaction, query string) ([]string, error) {
	if query == "" {
		return nil, nil
	}
	as, err := findActors(ctx, tx, query)
	if err != nil {
		return nil, err
	}
	if len(as) == 0 {
		return nil, fmt.Errorf("%w %q", graph.ErrActorNotFound, query)
	}
	ids := make([]string, len(as))
	for i, a := range as {
		ids[i] = a.ID
	}
	return ids, nil
}

// Timeline event queries: all events, or those an actor among $ids takes part in. The period
// filter compares the event's date (the start of its period) and the end of its period with
// $from (PeriodStart of q.From) and $to (PeriodEnd of q.To); graph.InPeriod then checks the
// values that are not full dates. Outlets and the names of the actors who deny the event come
// from its corroboration properties.
const (
	cypherTimelineAll    = `MATCH (e:Event)`
	cypherTimelineActors = `MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event) WHERE a.id IN $ids
WITH DISTINCT e`
	cypherTimelineRest = `
WITH e WHERE NOT $bounded OR (e.time_value IS NOT NULL AND (e.date IS NULL OR (
  ($from IS NULL OR CASE size(e.time_value)
      WHEN 4 THEN e.date + duration('P1Y') - duration('P1D')
      WHEN 7 THEN e.date + duration('P1M') - duration('P1D')
      ELSE e.date END >= $from)
  AND ($to IS NULL OR e.date <= $to))))
RETURN e.id AS id, e.type AS type, e.time_value AS value, e.time_text AS text,
  e.precision AS precision, e.negated AS negated, e.modality AS modality,
  [(a:Actor)-[p:PARTICIPATED_IN]->(e) | [p.role, coalesce(a.name, '')]] AS participants,
  [(e)-[v:EVIDENCED_BY]->(d:Document) | [d.id, properties(v)]] AS evidence,
  e.outlets AS outlets, e.anonymous AS anonymous, e.also_dated AS also_dated,
  COLLECT { UNWIND coalesce(e.denied_by, []) AS x OPTIONAL MATCH (a:Actor {id: x})
    RETURN coalesce(a.name, '') } AS denied_by`
)

// Timeline returns the events q selects, dated ones in time order and then undated ones, as
// graph.(*Graph).Timeline does. An actor that nothing names gives graph.ErrActorNotFound.
func (s *Store) Timeline(ctx context.Context, q graph.TimelineQuery) (out []graph.TimelineEntry, err error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer func() { err = closeSession(ctx, sess, err) }()
	out, err = neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) ([]graph.TimelineEntry, error) {
		ids, err := actorIDs(ctx, tx, q.Actor)
		if err != nil {
			return nil, err
		}
		params := map[string]any{"ids": ids, "bounded": q.From != "" || q.To != "", "from": nil, "to": nil}
		if d, ok := parseDate(graph.PeriodStart(q.From)); ok {
			params["from"] = d
		}
		if d, ok := parseDate(graph.PeriodEnd(q.To)); ok {
			params["to"] = d
		}
		cypher := cypherTimelineAll + cypherTimelineRest
		if ids != nil {
			cypher = cypherTimelineActors + cypherTimelineRest
		}
		var es []graph.TimelineEntry
		err = each(ctx, tx, "timeline events", cypher, params, func(v []any) {
			t := graph.TimelineEntry{
				EventID: asString(v[0]), Type: asString(v[1]),
				Time:    graph.Time{Value: asString(v[2]), Text: asString(v[3]), Precision: asString(v[4])},
				Negated: asBool(v[5]), Modality: asString(v[6]),
			}
			if !graph.InPeriod(t.Time.Value, q.From, q.To) {
				return
			}
			for _, p := range asList(v[7]) {
				pl := asList(p)
				name := asString(at(pl, 1))
				switch schema.Role(asString(at(pl, 0))) {
				case schema.RoleAgent:
					t.Agents = append(t.Agents, name)
				case schema.RoleTarget:
					t.Targets = append(t.Targets, name)
				case schema.RoleSource:
					t.Claimants = append(t.Claimants, name)
				}
			}
			var ev []graph.Evidence
			for _, x := range asList(v[8]) {
				xl := asList(x)
				ev = append(ev, evidenceFrom(asMap(at(xl, 1)), asString(at(xl, 0)))...)
			}
			t.Documents, t.Evidence = summarize(ev)
			if d := asStrings(v[11]); len(d) > 0 {
				t.AlsoDated = d
			}
			// As graph does: the outlets of the event's corroboration, else one per document.
			t.Outlets = len(t.Documents)
			if v[9] != nil {
				t.Outlets = asInt(v[9])
				t.Anonymous = asInt(v[10])
				for _, n := range asList(v[12]) {
					t.DeniedBy = append(t.DeniedBy, asString(n))
				}
			}
			es = append(es, t)
		})
		return es, err
	})
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	graph.SortTimeline(out)
	return out, nil
}

// summarize returns the distinct documents of evidence and its first text, by document,
// sentence and offset (stable, so ties keep the stored order).
func summarize(ev []graph.Evidence) (docs []string, first string) {
	graph.SortEvidence(ev)
	for _, x := range ev {
		if len(docs) == 0 || docs[len(docs)-1] != x.Document {
			docs = append(docs, x.Document)
		}
	}
	if len(ev) > 0 {
		first = ev[0].Text
	}
	return docs, first
}

// cypherTold reads the INFORMED relations, optionally only from actors in $from and to
// actors in $to.
var cypherTold = `MATCH (s:Actor)-[r:` + schema.RelInformed + `]->(t:Actor)
WHERE ($from IS NULL OR s.id IN $from) AND ($to IS NULL OR t.id IN $to)
RETURN s.id AS from_id, coalesce(s.name, '') AS from, t.id AS to_id, coalesce(t.name, '') AS to,
  properties(r) AS p`

// Told returns the who-told-whom links q selects, sorted by teller, then told, as
// graph.(*Graph).Told does. An actor that nothing names gives graph.ErrActorNotFound.
func (s *Store) Told(ctx context.Context, q graph.ToldQuery) (out []graph.ToldEntry, err error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer func() { err = closeSession(ctx, sess, err) }()
	out, err = neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) ([]graph.ToldEntry, error) {
		from, err := actorIDs(ctx, tx, q.From)
		if err != nil {
			return nil, err
		}
		to, err := actorIDs(ctx, tx, q.To)
		if err != nil {
			return nil, err
		}
		var ts []graph.ToldEntry
		err = each(ctx, tx, "told links", cypherTold, map[string]any{"from": nullable(from), "to": nullable(to)}, func(v []any) {
			t := graph.ToldEntry{FromID: asString(v[0]), From: asString(v[1]), ToID: asString(v[2]), To: asString(v[3])}
			t.Documents, t.Evidence = summarize(evidenceFrom(asMap(v[4]), ""))
			ts = append(ts, t)
		})
		return ts, err
	})
	if err != nil {
		return nil, fmt.Errorf("told: %w", err)
	}
	graph.SortTold(out)
	return out, nil
}

// cypherPath finds every shortest path between two actors over participation in events and
// relations between actors (never through a document), as lists of "a:"/"e:" node keys.
var cypherPath = fmt.Sprintf(`MATCH (s:Actor {id: $src}), (t:Actor {id: $dst})
MATCH p = allShortestPaths((s)-[*..%d]-(t))
WHERE all(n IN nodes(p) WHERE n:%s OR n:%s)
RETURN [n IN nodes(p) | CASE WHEN n:%s THEN 'e:' ELSE 'a:' END + n.id] AS keys`,
	MaxPathLength, schema.LabelActor, schema.LabelEvent, schema.LabelEvent)

// cypherPathLabels reads what a path shows for its actors and events.
const cypherPathLabels = `UNWIND $actors AS id MATCH (a:Actor {id: id})
RETURN 'a:' + id AS key, coalesce(a.name, '') AS name, null AS type, null AS value
UNION ALL
UNWIND $events AS id MATCH (e:Event {id: id})
RETURN 'e:' + id AS key, null AS name, e.type AS type, e.time_value AS value`

// Path returns the shortest chain of actors and events from one actor to another, the same
// chain graph.(*Graph).ShortestPath returns. It returns an error wrapping
// graph.ErrActorNotFound when a name matches no actor, one listing the ids when it matches
// several, and one wrapping graph.ErrNoPath when the actors are not connected.
func (s *Store) Path(ctx context.Context, from, to string) (out *graph.Path, err error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer func() { err = closeSession(ctx, sess, err) }()
	out, err = neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (*graph.Path, error) {
		src, err := uniqueActor(ctx, tx, from)
		if err != nil {
			return nil, err
		}
		dst, err := uniqueActor(ctx, tx, to)
		if err != nil {
			return nil, err
		}
		adj := map[string][]string{}
		seen := map[[2]string]bool{}
		link := func(x, y string) {
			if seen[[2]string{x, y}] {
				return
			}
			seen[[2]string{x, y}], seen[[2]string{y, x}] = true, true
			adj[x] = append(adj[x], y)
			adj[y] = append(adj[y], x)
		}
		if src != dst {
			err := each(ctx, tx, "shortest paths", cypherPath, map[string]any{"src": src, "dst": dst}, func(v []any) {
				keys := asStrings(v[0])
				for i := 1; i < len(keys); i++ {
					link(keys[i-1], keys[i])
				}
			})
			if err != nil {
				return nil, err
			}
		}
		steps := graph.ShortestChain(adj, "a:"+src, "a:"+dst)
		if steps == nil {
			return nil, fmt.Errorf("%w %q and %q", graph.ErrNoPath, from, to)
		}
		return pathOf(ctx, tx, steps)
	})
	if err != nil {
		return nil, fmt.Errorf("path: %w", err)
	}
	return out, nil
}

// nullable is ids, or nil (Cypher null) for no ids: the driver sends a nil slice as [].
func nullable(ids []string) any {
	if ids == nil {
		return nil
	}
	return ids
}

// pathOf labels the steps of a chain of node keys.
func pathOf(ctx context.Context, tx neo4j.ManagedTransaction, steps []string) (*graph.Path, error) {
	var actors, events []string
	for _, k := range steps {
		if k[0] == 'a' {
			actors = append(actors, k[2:])
		} else {
			events = append(events, k[2:])
		}
	}
	labels := map[string]string{}
	err := each(ctx, tx, "path labels", cypherPathLabels, map[string]any{"actors": actors, "events": events}, func(v []any) {
		k := asString(v[0])
		if k[0] == 'a' {
			labels[k] = asString(v[1])
			return
		}
		e := graph.Event{Type: schema.EventType(asString(v[2])), Time: graph.Time{Value: asString(v[3])}}
		labels[k] = graph.EventLabel(&e)
	})
	if err != nil {
		return nil, err
	}
	p := &graph.Path{}
	for _, k := range steps {
		kind := "actor"
		if k[0] == 'e' {
			kind = "event"
		}
		p.Steps = append(p.Steps, graph.PathStep{Kind: kind, ID: k[2:], Label: labels[k]})
	}
	return p, nil
}

const cypherActorByID = `MATCH (a:Actor {id: $id}) WHERE a.stub IS NULL RETURN a.id`

// uniqueActor resolves a query to one actor id as graph does: an exact id first, else the
// only actor it names, else an error listing the candidates.
func uniqueActor(ctx context.Context, tx neo4j.ManagedTransaction, query string) (string, error) {
	found := false
	if err := each(ctx, tx, "actor "+query, cypherActorByID, map[string]any{"id": query}, func([]any) {
		found = true
	}); err != nil {
		return "", err
	}
	if found {
		return query, nil
	}
	as, err := findActors(ctx, tx, query)
	if err != nil {
		return "", err
	}
	switch len(as) {
	case 0:
		return "", fmt.Errorf("%w %q", graph.ErrActorNotFound, query)
	case 1:
		return as[0].ID, nil
	}
	ids := make([]string, len(as))
	for i, a := range as {
		ids[i] = a.ID
	}
	return "", fmt.Errorf("%q names several actors (%s): give one of these ids", query, strings.Join(ids, ", "))
}
