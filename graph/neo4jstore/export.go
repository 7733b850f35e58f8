package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
)

// Export reads the merged graph back from the nodes and relationships (not from the stored raw
// graphs) and returns it in canonical order: it equals graph.Build of the ingested documents.
func (s *Store) Export(ctx context.Context) (g *graph.Graph, err error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer func() { err = closeSession(ctx, sess, err) }()
	g, err = neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (*graph.Graph, error) {
		return readGraph(ctx, tx)
	})
	if err != nil {
		return nil, fmt.Errorf("export graph: %w", err)
	}
	return g, nil
}

// Export queries. Stub actors (stub = true) and stub documents (no seq) are left out.
const (
	cypherExportDocuments = `MATCH (d:Document) WHERE d.seq IS NOT NULL RETURN properties(d) AS p`
	cypherExportActors    = `MATCH (a:Actor) WHERE a.stub IS NULL RETURN properties(a) AS p`
	cypherExportMentions  = `MATCH (a:Actor)-[m:MENTIONED_IN]->(d:Document) WHERE a.stub IS NULL
RETURN a.id AS actor, d.id AS document, properties(m) AS p`
	cypherExportEvents       = `MATCH (e:Event) RETURN properties(e) AS p`
	cypherExportParticipants = `MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e:Event)
RETURN e.id AS event, a.id AS actor, p.role AS role`
	cypherExportEvidence = `MATCH (e:Event)-[v:EVIDENCED_BY]->(d:Document)
RETURN e.id AS event, d.id AS document, properties(v) AS p`
	cypherExportRelations = `MATCH (s:Actor)-[r]->(t:Actor)
RETURN s.id AS source, type(r) AS type, t.id AS target, properties(r) AS p`
)

// each runs a query and calls f with every record's values.
func each(ctx context.Context, tx neo4j.ManagedTransaction, what, cypher string, params map[string]any, f func(v []any)) error {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return fmt.Errorf("read %s: %w", what, err)
	}
	for res.Next(ctx) {
		f(res.Record().Values)
	}
	if err := res.Err(); err != nil {
		return fmt.Errorf("read %s: %w", what, err)
	}
	return nil
}

func readGraph(ctx context.Context, tx neo4j.ManagedTransaction) (*graph.Graph, error) {
	g := &graph.Graph{}
	if err := each(ctx, tx, "documents", cypherExportDocuments, nil, func(v []any) {
		g.Documents = append(g.Documents, documentFrom(asMap(v[0])))
	}); err != nil {
		return nil, err
	}
	actorAt := map[string]int{}
	if err := each(ctx, tx, "actors", cypherExportActors, nil, func(v []any) {
		p := asMap(v[0])
		a := graph.Actor{
			ID: asString(p["id"]), Name: asString(p["name"]), Kind: schema.ActorKind(asString(p["kind"])),
			Aliases: asStrings(p["aliases"]), Confidence: asFloat(p["confidence"]),
		}
		actorAt[a.ID] = len(g.Actors)
		g.Actors = append(g.Actors, a)
	}); err != nil {
		return nil, err
	}
	if err := each(ctx, tx, "mentions", cypherExportMentions, nil, func(v []any) {
		i, ok := actorAt[asString(v[0])]
		if !ok {
			return
		}
		a := &g.Actors[i]
		doc, p := asString(v[1]), asMap(v[2])
		sent, starts, ends, texts, confs := asList(p["sentences"]), asList(p["starts"]),
			asList(p["ends"]), asList(p["texts"]), asList(p["confidences"])
		for j := range sent {
			a.Mentions = append(a.Mentions, graph.Mention{
				Document: doc, Sentence: asInt(sent[j]), Start: asInt(at(starts, j)), End: asInt(at(ends, j)),
				Text: asString(at(texts, j)), Confidence: asFloat(at(confs, j)),
			})
		}
	}); err != nil {
		return nil, err
	}
	eventAt := map[string]int{}
	if err := each(ctx, tx, "events", cypherExportEvents, nil, func(v []any) {
		e := eventFrom(asMap(v[0]))
		eventAt[e.ID] = len(g.Events)
		g.Events = append(g.Events, e)
	}); err != nil {
		return nil, err
	}
	if err := each(ctx, tx, "participants", cypherExportParticipants, nil, func(v []any) {
		if i, ok := eventAt[asString(v[0])]; ok {
			e := &g.Events[i]
			e.Participants = append(e.Participants, graph.Participant{Actor: asString(v[1]), Role: schema.Role(asString(v[2]))})
		}
	}); err != nil {
		return nil, err
	}
	if err := each(ctx, tx, "evidence", cypherExportEvidence, nil, func(v []any) {
		if i, ok := eventAt[asString(v[0])]; ok {
			e := &g.Events[i]
			e.Evidence = append(e.Evidence, evidenceFrom(asMap(v[2]), asString(v[1]))...)
		}
	}); err != nil {
		return nil, err
	}
	if err := each(ctx, tx, "relations", cypherExportRelations, nil, func(v []any) {
		p := asMap(v[3])
		g.Relations = append(g.Relations, graph.Relation{
			Source: asString(v[0]), Type: asString(v[1]), Target: asString(v[2]),
			Event: asString(p["event"]), Evidence: evidenceFrom(p, ""),
			Confidence: asFloat(p["confidence"]), Score: asFloat(p["score"]), Reason: asString(p["reason"]),
		})
	}); err != nil {
		return nil, err
	}
	g.Canonicalize()
	return g, nil
}

func documentFrom(p map[string]any) graph.Document {
	d := graph.Document{
		ID: asString(p["id"]), Title: asString(p["title"]), Source: asString(p["source"]),
		Outlet: asString(p["outlet"]), URL: asString(p["url"]), Hash: asString(p["hash"]),
		Sentences: asInt(p["sentences"]),
	}
	if s, ok := formatDate(p["published"]); ok {
		d.Published = s
	} else {
		d.Published = asString(p["published_text"])
	}
	keys, vals := asStrings(p["meta_keys"]), asStrings(p["meta_values"])
	if len(keys) > 0 {
		d.Meta = make(map[string]string, len(keys))
		for i, k := range keys {
			if i < len(vals) {
				d.Meta[k] = vals[i]
			}
		}
	}
	return d
}

func eventFrom(p map[string]any) graph.Event {
	return graph.Event{
		ID: asString(p["id"]), Type: schema.EventType(asString(p["type"])),
		Time: graph.Time{
			Value: asString(p["time_value"]), Text: asString(p["time_text"]), Precision: asString(p["precision"]),
		},
		Confidence: asFloat(p["confidence"]), Trigger: asString(p["trigger"]),
		Negated: asBool(p["negated"]), Modality: asString(p["modality"]),
		AlsoDated:     asStrings(p["also_dated"]),
		Corroboration: corroborationFrom(p),
	}
}

// corroborationFrom reads an event's corroboration, or nil when it has none (no outlets).
func corroborationFrom(p map[string]any) *graph.Corroboration {
	if p["outlets"] == nil {
		return nil
	}
	return &graph.Corroboration{
		Documents: asInt(p["sources"]), Outlets: asInt(p["outlets"]),
		AssertedBy: asStrings(p["asserted_by"]), DeniedBy: asStrings(p["denied_by"]),
		Anonymous: asInt(p["anonymous"]),
	}
}

// evidenceFrom reads parallel evidence arrays; doc is the document of them all, or "" to read
// it from a documents array (on a relation).
func evidenceFrom(p map[string]any, doc string) []graph.Evidence {
	docs, sent, starts, ends, texts := asList(p["documents"]), asList(p["sentences"]),
		asList(p["starts"]), asList(p["ends"]), asList(p["texts"])
	attrs := asList(p["attributions"])
	out := make([]graph.Evidence, 0, len(sent))
	for j := range sent {
		d := doc
		if d == "" {
			d = asString(at(docs, j))
		}
		out = append(out, graph.Evidence{
			Document: d, Sentence: asInt(sent[j]), Start: asInt(at(starts, j)), End: asInt(at(ends, j)),
			Text: asString(at(texts, j)), Attribution: asString(at(attrs, j)),
		})
	}
	return out
}
