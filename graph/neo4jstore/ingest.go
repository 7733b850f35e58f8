package neo4jstore

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
)

// relTypePattern is what an actor-to-actor relation type must look like before it is written
// into a statement as a relationship type.
var relTypePattern = regexp.MustCompile(`^[A-Z][A-Z_]*$`)

// labelPattern is what a label from package schema looks like; checked before it is written
// into a statement.
var labelPattern = regexp.MustCompile(`^[A-Z][A-Za-z]*$`)

// reservedRelTypes are the relationship types the store itself uses.
var reservedRelTypes = map[string]bool{
	schema.RelParticipatedIn: true, schema.RelEvidencedBy: true, schema.RelMentionedIn: true,
}

// rawDoc is one document's raw graph, as ingested and as stored on its node.
type rawDoc struct {
	id   string
	seq  int64
	json string
	g    *graph.Graph
}

// Ingest adds document graphs to the store: each element is one document's raw graph (the
// extractor's output, with exactly one document). A document already stored is replaced and
// keeps its place in the merge order; a new one goes after all stored ones. The merged graph
// respects every recorded decision (see Decide). Ingest writes
// only what changes in the merged graph, in one transaction, and returns that change; on
// error nothing is written. It rejects a graph without exactly one document and a relation
// type that is not UPPER_SNAKE.
func (s *Store) Ingest(ctx context.Context, docs []*graph.Graph) (change graph.Change, err error) {
	in, err := prepareDocs(docs)
	if err != nil {
		return graph.Change{}, err
	}
	if err := s.ensureSchema(ctx); err != nil {
		return graph.Change{}, err
	}
	res, err := s.write(ctx, func(stored []rawDoc, decisions []storedDecision) (*plan, error) {
		return planIngest(stored, in, decisions), nil
	})
	if err != nil {
		return graph.Change{}, fmt.Errorf("ingest %d documents: %w", len(docs), err)
	}
	change, stats := res.change, res.stats
	s.log.Debug("ingested", "documents", len(docs), "changed_actors", len(change.Actors),
		"changed_events", len(change.Events), "changed_relations", len(change.Relations),
		"statements", stats.statements, "rows", stats.rows)
	return change, nil
}

// write runs one managed write transaction: it takes the write lock, reads the stored raw
// graphs and decisions, lets planFn work out what to change, and writes that. The work
// function may run more than once (ExecuteWrite retries), so it only reads and writes in the
// transaction and returns what it did.
func (s *Store) write(ctx context.Context, planFn func(stored []rawDoc, decisions []storedDecision) (*plan, error)) (res ingestResult, err error) {
	s.ingestMu.Lock()
	defer s.ingestMu.Unlock()
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer func() { err = closeSession(ctx, sess, err) }()
	return neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (ingestResult, error) {
		stored, err := readStored(ctx, tx)
		if err != nil {
			return ingestResult{}, err
		}
		decisions, err := readDecisions(ctx, tx)
		if err != nil {
			return ingestResult{}, err
		}
		p, err := planFn(stored, decisions)
		if err != nil {
			return ingestResult{}, err
		}
		w := &writer{tx: tx, batch: s.cfg.BatchSize}
		if err := w.apply(ctx, p); err != nil {
			return ingestResult{}, err
		}
		return ingestResult{change: p.change, stats: w.stats}, nil
	})
}

// prepareDocs checks the document graphs and copies them through their JSON form, which is
// the form they are stored in, so that the merged graphs before and after compare alike.
func prepareDocs(docs []*graph.Graph) ([]rawDoc, error) {
	out := make([]rawDoc, 0, len(docs))
	for i, d := range docs {
		if d == nil {
			return nil, fmt.Errorf("document graph %d is nil", i)
		}
		if len(d.Documents) != 1 {
			return nil, fmt.Errorf("document graph %d has %d documents, want 1", i, len(d.Documents))
		}
		id := d.Documents[0].ID
		if id == "" {
			return nil, fmt.Errorf("document graph %d has a document without id", i)
		}
		for _, r := range d.Relations {
			if err := checkRelType(r.Type); err != nil {
				return nil, fmt.Errorf("document %s: %w", id, err)
			}
		}
		b, err := json.Marshal(d)
		if err != nil {
			return nil, fmt.Errorf("encode document %s: %w", id, err)
		}
		g, err := decodeGraph(string(b))
		if err != nil {
			return nil, fmt.Errorf("document %s: %w", id, err)
		}
		out = append(out, rawDoc{id: id, json: string(b), g: g})
	}
	return out, nil
}

func checkRelType(t string) error {
	if !relTypePattern.MatchString(t) {
		return fmt.Errorf("relation type %q is not UPPER_SNAKE", t)
	}
	if reservedRelTypes[t] {
		return fmt.Errorf("relation type %q is reserved for the store", t)
	}
	return nil
}

func decodeGraph(s string) (*graph.Graph, error) {
	var g graph.Graph
	if err := json.Unmarshal([]byte(s), &g); err != nil {
		return nil, fmt.Errorf("decode raw graph: %w", err)
	}
	return &g, nil
}

// readStored takes the store's write lock and reads the stored raw graphs in merge order.
// The lock is a write to one uniquely constrained node: a second process's ingest or decision
// waits at that statement until the first commits, and then reads what the first wrote, so
// two processes never merge from the same stale state.
func readStored(ctx context.Context, tx neo4j.ManagedTransaction) ([]rawDoc, error) {
	if _, err := tx.Run(ctx, `MERGE (l:`+schema.LabelWriteLock+` {id: 'store'}) SET l.writes = coalesce(l.writes, 0) + 1`, nil); err != nil {
		return nil, fmt.Errorf("take the store's write lock: %w", err)
	}
	res, err := tx.Run(ctx, `MATCH (d:Document) WHERE d.seq IS NOT NULL
RETURN d.id AS id, d.seq AS seq, d.graph AS graph ORDER BY seq, id`, nil)
	if err != nil {
		return nil, fmt.Errorf("read stored documents: %w", err)
	}
	var out []rawDoc
	for res.Next(ctx) {
		v := res.Record().Values
		d := rawDoc{id: asString(v[0]), seq: asInt64(v[1]), json: asString(v[2])}
		if d.g, err = decodeGraph(d.json); err != nil {
			return nil, fmt.Errorf("stored document %s: %w", d.id, err)
		}
		out = append(out, d)
	}
	if err := res.Err(); err != nil {
		return nil, fmt.Errorf("read stored documents: %w", err)
	}
	return out, nil
}

// readDecisions reads the recorded decisions in the order they were made.
func readDecisions(ctx context.Context, tx neo4j.ManagedTransaction) ([]storedDecision, error) {
	var out []storedDecision
	err := each(ctx, tx, "decisions", cypherReadDecisions, nil, func(v []any) {
		out = append(out, storedDecision{seq: asInt64(v[0]), d: graph.Decision{
			Kind: asString(v[1]), Actor: asString(v[2]), Other: asString(v[3]), Name: asString(v[4]),
		}})
	})
	return out, err
}

// storedDecision is an analyst's decision with its place in the order decisions were made.
type storedDecision struct {
	seq int64
	d   graph.Decision
}

func decisionsOf(ds []storedDecision) []graph.Decision {
	return mapSlice(ds, func(d storedDecision) graph.Decision { return d.d })
}

// plan is what one Ingest or Decide writes.
type plan struct {
	change     graph.Change
	prev, next *graph.Graph
	docs       []rawDoc        // documents whose node must be written, with their seq
	decision   *storedDecision // a decision to record, if any
}

// planIngest merges the stored and the new raw graphs under the recorded decisions and works
// out what changes.
func planIngest(stored, in []rawDoc, decisions []storedDecision) *plan {
	order := append([]rawDoc(nil), stored...)
	idx := make(map[string]int, len(order))
	var maxSeq int64
	for i, d := range order {
		idx[d.id] = i
		maxSeq = max(maxSeq, d.seq)
	}
	storedJSON := make(map[string]string, len(stored))
	for _, d := range stored {
		storedJSON[d.id] = d.json
	}
	for _, d := range in {
		if i, ok := idx[d.id]; ok {
			d.seq = order[i].seq
			order[i] = d
			continue
		}
		maxSeq++
		d.seq = maxSeq
		idx[d.id] = len(order)
		order = append(order, d)
	}
	ds := decisionsOf(decisions)
	p := &plan{prev: graph.Build(graphs(stored), ds...), next: graph.Build(graphs(order), ds...)}
	p.change = graph.Diff(p.prev, p.next)
	write := map[string]bool{}
	for _, id := range p.change.Documents {
		write[id] = true
	}
	for _, d := range order {
		if j, ok := storedJSON[d.id]; !ok || j != d.json {
			write[d.id] = true
		}
	}
	for _, d := range order {
		if write[d.id] {
			p.docs = append(p.docs, d)
		}
	}
	return p
}

// planDecide checks a decision against the merged graph of the stored documents under the
// recorded decisions, and works out what recording it changes.
func planDecide(stored []rawDoc, decisions []storedDecision, d graph.Decision) (*plan, error) {
	ds := decisionsOf(decisions)
	p := &plan{prev: graph.Build(graphs(stored), ds...)}
	if err := p.prev.CheckDecision(d); err != nil {
		return nil, err
	}
	var seq int64
	for _, x := range decisions {
		seq = max(seq, x.seq)
	}
	p.decision = &storedDecision{seq: seq + 1, d: d}
	p.next = graph.Build(graphs(stored), append(ds, d)...)
	p.change = graph.Diff(p.prev, p.next)
	for _, id := range p.change.Documents { // documents do not depend on decisions; just in case
		for _, x := range stored {
			if x.id == id {
				p.docs = append(p.docs, x)
			}
		}
	}
	return p, nil
}

func graphs(ds []rawDoc) []*graph.Graph {
	out := make([]*graph.Graph, len(ds))
	for i, d := range ds {
		out[i] = d.g
	}
	return out
}

// ingestResult is what one Ingest transaction did.
type ingestResult struct {
	change graph.Change
	stats  writeStats
}

// writeStats counts what one Ingest sent.
type writeStats struct {
	statements, rows int
}

// writer runs a plan's statements in one transaction.
type writer struct {
	tx    neo4j.ManagedTransaction
	batch int
	stats writeStats
}

type row = map[string]any

// run sends rows in batches of w.batch as $rows to one statement; what names the rows in errors.
func run[T any](ctx context.Context, w *writer, what, cypher string, rows []T) error {
	for i, n := 0, 0; i < len(rows); i, n = i+w.batch, n+1 {
		batch := rows[i:min(i+w.batch, len(rows))]
		res, err := w.tx.Run(ctx, cypher, map[string]any{"rows": batch})
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("write batch %d of %s: %w", n, what, err)
		}
		w.stats.statements++
		w.stats.rows += len(batch)
	}
	return nil
}

// actorLabels and eventLabels are the kind and type labels, as "A:B:C" for REMOVE.
var actorLabels, eventLabels = func() (string, string) {
	var a, e []string
	for _, k := range schema.ActorKinds {
		a = append(a, k.Label())
	}
	for _, t := range schema.EventTypes {
		e = append(e, t.Label())
	}
	return strings.Join(a, ":"), strings.Join(e, ":")
}()

// Statements. The only parts not passed as parameters are labels and relationship types from
// package schema (checked by checkLabel) and relation types checked by checkRelType.
const (
	cypherDeleteEvents    = `UNWIND $rows AS id MATCH (e:Event {id: id}) DETACH DELETE e`
	cypherDeleteActors    = `UNWIND $rows AS id MATCH (a:Actor {id: id}) DETACH DELETE a`
	cypherDeleteDocuments = `UNWIND $rows AS id MATCH (d:Document {id: id}) DETACH DELETE d`
	cypherUpsertDocuments = `UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d = row.props`
	cypherClearMentions   = `UNWIND $rows AS id
MATCH (:Actor {id: id})-[m:MENTIONED_IN]->(:Document) DELETE m`
	cypherCreateMentions = `UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})
MERGE (d:Document {id: row.document})
CREATE (a)-[m:MENTIONED_IN]->(d) SET m = row.props`
	cypherClearParticipants = `UNWIND $rows AS id
MATCH (:Actor)-[p:PARTICIPATED_IN]->(:Event {id: id}) DELETE p`
	cypherClearEvidence = `UNWIND $rows AS id
MATCH (:Event {id: id})-[v:EVIDENCED_BY]->(:Document) DELETE v`
	cypherCreateParticipants = `UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MERGE (a:Actor {id: row.actor}) ON CREATE SET a.stub = true
CREATE (a)-[:PARTICIPATED_IN {role: row.role}]->(e)`
	cypherCreateEvidence = `UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MERGE (d:Document {id: row.document})
CREATE (e)-[v:EVIDENCED_BY]->(d) SET v = row.props`
	cypherSweepActors = `UNWIND $rows AS id
MATCH (a:Actor {id: id}) WHERE a.stub = true AND NOT (a)--() DELETE a`
	cypherSweepDocuments = `UNWIND $rows AS id
MATCH (d:Document {id: id}) WHERE d.seq IS NULL AND NOT (d)--() DELETE d`
	cypherReadDecisions = `MATCH (d:Decision) WHERE d.seq IS NOT NULL
RETURN d.seq AS seq, d.kind AS kind, d.actor AS actor, d.other AS other, d.name AS name ORDER BY seq`
	cypherWriteDecision = `UNWIND $rows AS row
MERGE (d:Decision {seq: row.seq}) SET d = row`
)

// cypherStubActors turns removed actors that events or relations still name into stubs.
var cypherStubActors = `UNWIND $rows AS id
MATCH (a:Actor {id: id})
OPTIONAL MATCH (a)-[m:MENTIONED_IN]->(:Document)
DELETE m
WITH DISTINCT a
REMOVE a:` + actorLabels + `
SET a = {id: a.id, stub: true}`

func cypherUpsertActors(label string) string {
	return `UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
REMOVE a:` + actorLabels + `
SET a = row.props, a:` + label
}

func cypherUpsertEvents(label string) string {
	return `UNWIND $rows AS row
MERGE (e:Event {id: row.id})
REMOVE e:` + eventLabels + `
SET e = row.props, e:` + label
}

func cypherUpsertRelations(relType string) string {
	return `UNWIND $rows AS row
MERGE (s:Actor {id: row.source}) ON CREATE SET s.stub = true
MERGE (t:Actor {id: row.target}) ON CREATE SET t.stub = true
MERGE (s)-[r:` + relType + `]->(t)
SET r = row.props`
}

func cypherDeleteRelations(relType string) string {
	return `UNWIND $rows AS row
MATCH (:Actor {id: row.source})-[r:` + relType + `]->(:Actor {id: row.target})
DELETE r`
}

func checkLabel(l string) error {
	if !labelPattern.MatchString(l) {
		return fmt.Errorf("label %q is not a schema label", l)
	}
	return nil
}

// apply writes the plan: removals first, then documents, actors, events and relations, then
// the stubs nothing links to any more.
func (w *writer) apply(ctx context.Context, p *plan) error {
	c, prev, next := p.change, index(p.prev), index(p.next)

	// Removed relations, by type.
	removed := map[string][]row{}
	for _, k := range c.RemovedRelations {
		removed[k.Type] = append(removed[k.Type], row{"source": k.Source, "target": k.Target})
	}
	for _, t := range sortedKeys(removed) {
		if err := checkRelType(t); err != nil {
			return err
		}
		if err := run(ctx, w, "removed "+t+" relations", cypherDeleteRelations(t), removed[t]); err != nil {
			return err
		}
	}
	if err := run(ctx, w, "removed events", cypherDeleteEvents, c.RemovedEvents); err != nil {
		return err
	}
	// A removed actor that an event or relation still names becomes a stub.
	named := namedActors(p.next)
	var stub, gone []string
	for _, id := range c.RemovedActors {
		if named[id] {
			stub = append(stub, id)
		} else {
			gone = append(gone, id)
		}
	}
	if err := run(ctx, w, "stubbed actors", cypherStubActors, stub); err != nil {
		return err
	}
	if err := run(ctx, w, "removed actors", cypherDeleteActors, gone); err != nil {
		return err
	}
	if err := run(ctx, w, "removed documents", cypherDeleteDocuments, c.RemovedDocuments); err != nil {
		return err
	}

	// Documents.
	var docs []row
	for _, d := range p.docs {
		docs = append(docs, row{"id": d.id, "props": documentProps(next.docs[d.id], d)})
	}
	if err := run(ctx, w, "documents", cypherUpsertDocuments, docs); err != nil {
		return err
	}

	// Actors, by kind label, then their mentions.
	actors := map[string][]row{}
	var mentions []row
	for _, id := range c.Actors {
		a := next.actors[id]
		l := a.Kind.Label()
		actors[l] = append(actors[l], row{"id": id, "props": actorProps(a)})
		mentions = append(mentions, mentionRows(a)...)
	}
	for _, l := range sortedKeys(actors) {
		if err := checkLabel(l); err != nil {
			return err
		}
		if err := run(ctx, w, l+" actors", cypherUpsertActors(l), actors[l]); err != nil {
			return err
		}
	}
	if err := run(ctx, w, "old mentions", cypherClearMentions, c.Actors); err != nil {
		return err
	}
	if err := run(ctx, w, "mentions", cypherCreateMentions, mentions); err != nil {
		return err
	}

	// Events, by type label, then their participants and evidence.
	events := map[string][]row{}
	var parts, evidence []row
	for _, id := range c.Events {
		e := next.events[id]
		l := e.Type.Label()
		events[l] = append(events[l], row{"id": id, "props": eventProps(e)})
		for _, pt := range e.Participants {
			parts = append(parts, row{"event": id, "actor": pt.Actor, "role": string(pt.Role)})
		}
		for _, g := range groupEvidence(e.Evidence) {
			evidence = append(evidence, row{"event": id, "document": g.doc, "props": evidenceProps(g.ev, false)})
		}
	}
	for _, l := range sortedKeys(events) {
		if err := checkLabel(l); err != nil {
			return err
		}
		if err := run(ctx, w, l+" events", cypherUpsertEvents(l), events[l]); err != nil {
			return err
		}
	}
	if err := run(ctx, w, "old participants", cypherClearParticipants, c.Events); err != nil {
		return err
	}
	if err := run(ctx, w, "old evidence", cypherClearEvidence, c.Events); err != nil {
		return err
	}
	if err := run(ctx, w, "participants", cypherCreateParticipants, parts); err != nil {
		return err
	}
	if err := run(ctx, w, "evidence", cypherCreateEvidence, evidence); err != nil {
		return err
	}

	// Relations, by type.
	rels := map[string][]row{}
	for _, k := range c.Relations {
		r := next.relations[k]
		rels[k.Type] = append(rels[k.Type], row{"source": k.Source, "target": k.Target, "props": relationProps(r)})
	}
	for _, t := range sortedKeys(rels) {
		if err := checkRelType(t); err != nil {
			return err
		}
		if err := run(ctx, w, t+" relations", cypherUpsertRelations(t), rels[t]); err != nil {
			return err
		}
	}

	// Stubs that the old versions of what changed linked to, and that nothing links to now.
	stubActors, stubDocs := sweepCandidates(c, prev, next)
	if err := run(ctx, w, "unlinked stub actors", cypherSweepActors, stubActors); err != nil {
		return err
	}
	if err := run(ctx, w, "unlinked stub documents", cypherSweepDocuments, stubDocs); err != nil {
		return err
	}

	// The decision, last: it is recorded together with what it changes.
	if d := p.decision; d != nil {
		r := row{"seq": d.seq, "kind": d.d.Kind, "actor": d.d.Actor, "other": d.d.Other, "name": d.d.Name}
		return run(ctx, w, "decision", cypherWriteDecision, []row{r})
	}
	return nil
}

// namedActors is the set of actor ids that g's events and relations name.
func namedActors(g *graph.Graph) map[string]bool {
	m := map[string]bool{}
	for _, e := range g.Events {
		for _, p := range e.Participants {
			m[p.Actor] = true
		}
	}
	for _, r := range g.Relations {
		m[r.Source], m[r.Target] = true, true
	}
	return m
}

// graphIndex finds a merged graph's parts by id.
type graphIndex struct {
	docs      map[string]*graph.Document
	actors    map[string]*graph.Actor
	events    map[string]*graph.Event
	relations map[graph.RelationKey]*graph.Relation
}

func index(g *graph.Graph) graphIndex {
	x := graphIndex{
		docs:      make(map[string]*graph.Document, len(g.Documents)),
		actors:    make(map[string]*graph.Actor, len(g.Actors)),
		events:    make(map[string]*graph.Event, len(g.Events)),
		relations: make(map[graph.RelationKey]*graph.Relation, len(g.Relations)),
	}
	for i := range g.Documents {
		x.docs[g.Documents[i].ID] = &g.Documents[i]
	}
	for i := range g.Actors {
		x.actors[g.Actors[i].ID] = &g.Actors[i]
	}
	for i := range g.Events {
		x.events[g.Events[i].ID] = &g.Events[i]
	}
	for i := range g.Relations {
		x.relations[g.Relations[i].Key()] = &g.Relations[i]
	}
	return x
}

// sweepCandidates lists the actor and document ids that changed or removed parts of prev
// linked to and that are not actors or documents of next: they may be stubs left unlinked.
func sweepCandidates(c graph.Change, prev, next graphIndex) (actors, docs []string) {
	as, ds := map[string]bool{}, map[string]bool{}
	for _, id := range append(append([]string(nil), c.Events...), c.RemovedEvents...) {
		if e := prev.events[id]; e != nil {
			for _, p := range e.Participants {
				as[p.Actor] = true
			}
			for _, v := range e.Evidence {
				ds[v.Document] = true
			}
		}
	}
	for _, k := range append(append([]graph.RelationKey(nil), c.Relations...), c.RemovedRelations...) {
		as[k.Source], as[k.Target] = true, true
	}
	for _, id := range append(append([]string(nil), c.Actors...), c.RemovedActors...) {
		if a := prev.actors[id]; a != nil {
			for _, m := range a.Mentions {
				ds[m.Document] = true
			}
		}
	}
	for id := range as {
		if next.actors[id] == nil {
			actors = append(actors, id)
		}
	}
	for id := range ds {
		if next.docs[id] == nil {
			docs = append(docs, id)
		}
	}
	sort.Strings(actors)
	sort.Strings(docs)
	return actors, docs
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func documentProps(d *graph.Document, raw rawDoc) row {
	p := row{
		"id": d.ID, "seq": raw.seq, "hash": d.Hash, "graph": raw.json, "title": d.Title,
		"source": d.Source, "outlet": d.Outlet, "url": d.URL, "sentences": int64(d.Sentences),
	}
	if date, ok := parseDate(d.Published); ok {
		p["published"] = date
	} else if d.Published != "" {
		p["published_text"] = d.Published
	}
	if len(d.Meta) > 0 {
		keys := sortedKeys(d.Meta)
		p["meta_keys"] = keys
		p["meta_values"] = mapSlice(keys, func(k string) string { return d.Meta[k] })
	}
	return p
}

func actorProps(a *graph.Actor) row {
	return row{
		"id": a.ID, "name": a.Name, "kind": string(a.Kind), "aliases": nonNil(a.Aliases),
		"confidence": a.Confidence, "documents": int64(len(groupMentions(a.Mentions))),
	}
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// docGroup is the mentions or evidence in one document, in their order in the merged graph.
type docGroup[T any] struct {
	doc string
	ev  []T
}

func groupBy[T any](xs []T, doc func(T) string) []docGroup[T] {
	var out []docGroup[T]
	pos := map[string]int{}
	for _, x := range xs {
		d := doc(x)
		i, ok := pos[d]
		if !ok {
			i = len(out)
			pos[d] = i
			out = append(out, docGroup[T]{doc: d})
		}
		out[i].ev = append(out[i].ev, x)
	}
	return out
}

func groupMentions(ms []graph.Mention) []docGroup[graph.Mention] {
	return groupBy(ms, func(m graph.Mention) string { return m.Document })
}

func groupEvidence(ev []graph.Evidence) []docGroup[graph.Evidence] {
	return groupBy(ev, func(e graph.Evidence) string { return e.Document })
}

// mentionRows is one MENTIONED_IN row per document that names the actor, with parallel arrays.
func mentionRows(a *graph.Actor) []row {
	var out []row
	for _, g := range groupMentions(a.Mentions) {
		ms := g.ev
		out = append(out, row{"actor": a.ID, "document": g.doc, "props": row{
			"sentences":   ints64(ms, func(m graph.Mention) int { return m.Sentence }),
			"starts":      ints64(ms, func(m graph.Mention) int { return m.Start }),
			"ends":        ints64(ms, func(m graph.Mention) int { return m.End }),
			"texts":       mapSlice(ms, func(m graph.Mention) string { return m.Text }),
			"confidences": mapSlice(ms, func(m graph.Mention) float64 { return m.Confidence }),
		}})
	}
	return out
}

// evidenceProps is evidence as parallel arrays; withDocs adds the documents array that a
// relation needs (an event's evidence is split by document into EVIDENCED_BY links instead).
func evidenceProps(ev []graph.Evidence, withDocs bool) row {
	p := row{
		"sentences": ints64(ev, func(e graph.Evidence) int { return e.Sentence }),
		"starts":    ints64(ev, func(e graph.Evidence) int { return e.Start }),
		"ends":      ints64(ev, func(e graph.Evidence) int { return e.End }),
		"texts":     mapSlice(ev, func(e graph.Evidence) string { return e.Text }),
		// "" or graph.AttributionAnonymous for each evidence
		"attributions": mapSlice(ev, func(e graph.Evidence) string { return e.Attribution }),
	}
	if withDocs {
		p["documents"] = mapSlice(ev, func(e graph.Evidence) string { return e.Document })
	}
	return p
}

func eventProps(e *graph.Event) row {
	p := row{
		"id": e.ID, "type": string(e.Type), "time_text": e.Time.Text, "precision": e.Time.Precision,
		"confidence": e.Confidence, "trigger": e.Trigger, "negated": e.Negated, "modality": e.Modality,
		"sources": int64(len(groupEvidence(e.Evidence))),
	}
	if len(e.AlsoDated) > 0 {
		p["also_dated"] = e.AlsoDated
	}
	if c := e.Corroboration; c != nil {
		p["sources"] = int64(c.Documents)
		p["outlets"] = int64(c.Outlets)
		p["asserted_by"] = nonNil(c.AssertedBy)
		p["denied_by"] = nonNil(c.DeniedBy)
		p["anonymous"] = int64(c.Anonymous)
	}
	if e.Time.Known() {
		p["time_value"] = e.Time.Value
		if d, ok := parseDate(graph.PeriodStart(e.Time.Value)); ok {
			p["date"] = d
		}
	}
	return p
}

func relationProps(r *graph.Relation) row {
	p := evidenceProps(r.Evidence, true)
	p["event"] = r.Event
	p["confidence"] = r.Confidence
	p["score"] = r.Score
	p["reason"] = r.Reason
	return p
}
