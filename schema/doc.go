// Package schema is intelgraph's vocabulary: actor kinds, event types, participant roles and
// relation types, with their Neo4j labels and relationship types, and the constraints and
// indexes that the Neo4j store applies (as embedded, idempotent Cypher). It does no I/O.
package schema
