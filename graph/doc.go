// Package graph is intelgraph's model: documents, actors, events and relations with their
// provenance, in the graph document form of formats.md; stable ids; merging many documents'
// graphs into one (entity resolution and event coreference); and the queries (timeline,
// who-told-whom, paths) that every store answers the same way.
package graph
