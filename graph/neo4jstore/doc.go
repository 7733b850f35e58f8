// Package neo4jstore keeps intelgraph's knowledge graph in Neo4j.
//
// A Store follows the same policy as the embedded store, so that both answer every query the
// same way: it keeps each document's raw graph (the extractor's output) on the document's node,
// ordered by a sequence number given at the document's first ingest, and the merged graph is
// always graph.Build of those raw graphs in that order, under the analyst's decisions (merges
// and splits of actors) in the order they were made. Ingest and Decide compute what the new
// documents or the new decision change (graph.Diff) and write only that, in one managed write
// transaction, with parameterised UNWIND … MERGE statements in batches; Decide records the
// decision in the same transaction, so that later ingests respect it.
//
// In Neo4j the merged graph reads as a property graph:
//
//	(:Document {id, seq, hash, graph, title, published, source, outlet, url})
//	(:Actor:<Kind> {id, name, kind, aliases, confidence, documents})
//	(:Actor)-[:MENTIONED_IN {sentences, starts, ends, texts, confidences}]->(:Document)
//	(:Event:<Type> {id, type, date, time_value, time_text, precision, confidence, trigger,
//	                negated, modality, sources, outlets, asserted_by, denied_by})
//	(:Actor)-[:PARTICIPATED_IN {role}]->(:Event)
//	(:Event)-[:EVIDENCED_BY {sentences, starts, ends, texts}]->(:Document)
//	(:Actor)-[:INFORMED|AFFILIATED_WITH|… {event, confidence, score, reason, documents,
//	                                      sentences, starts, ends, texts}]->(:Actor)
//	(:Decision {seq, kind, actor, other, name})
//	(:WriteLock {id: 'store', writes})   one node every writer updates first, so writers take turns
//
// An event's sources, outlets, asserted_by and denied_by are its graph.Corroboration (documents,
// outlets, and the ids of the actors who assert and deny it). POSSIBLY_SAME_AS relations carry
// the score and reason of a possible match and no evidence. Decision nodes stand alone, one per
// decision, numbered by seq in the order made; Export and the queries ignore them.
//
// Labels and relationship types come from package schema. An event participant or a relation
// end that names no actor of the merged graph is kept as a stub (:Actor {id, stub: true}), and
// a mention or evidence in a document that was never ingested points at a stub
// (:Document {id}) without seq; Export and the queries leave stubs out, as graph does.
//
// Integration tests run against a real server:
//
//	INTELGRAPH_TEST_NEO4J_URI=bolt://127.0.0.1:7687 INTELGRAPH_TEST_NEO4J_PASSWORD=intelgraph-test \
//	    go test ./graph/neo4jstore/
//
// and skip when INTELGRAPH_TEST_NEO4J_URI is unset.
package neo4jstore
