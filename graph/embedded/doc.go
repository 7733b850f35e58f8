// Package embedded is intelgraph's zero-set-up store: the graph lives in one JSON file under a
// data directory, survives restarts, and is replaced atomically on every write (a crash or a
// kill mid-write leaves the previous state readable). It answers the same queries as the Neo4j
// store, in the same way, from the merged graph in memory.
package embedded
