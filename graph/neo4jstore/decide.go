package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/intelgraph/intelgraph/graph"
)

// Decide records an analyst's decision (a merge or a split of actors) and rewrites what it
// changes in the merged graph, in one transaction, and returns that change; later ingests
// respect it. It first checks the decision with CheckDecision on the current merged graph: a
// decision that does not fit is an error (errors.Is finds graph.ErrActorNotFound in it when
// it names no actor) and nothing is written.
func (s *Store) Decide(ctx context.Context, d graph.Decision) (change graph.Change, err error) {
	if err := s.ensureSchema(ctx); err != nil {
		return graph.Change{}, err
	}
	res, err := s.write(ctx, func(stored []rawDoc, decisions []storedDecision) (*plan, error) {
		return planDecide(stored, decisions, d)
	})
	if err != nil {
		return graph.Change{}, fmt.Errorf("decide %s %s: %w", d.Kind, d.Actor, err)
	}
	change, stats := res.change, res.stats
	s.log.Debug("decided", "kind", d.Kind, "actor", d.Actor, "other", d.Other, "name", d.Name,
		"changed_actors", len(change.Actors), "removed_actors", len(change.RemovedActors),
		"changed_events", len(change.Events), "statements", stats.statements, "rows", stats.rows)
	return change, nil
}

// Decisions lists the recorded decisions in the order they were made.
func (s *Store) Decisions(ctx context.Context) (out []graph.Decision, err error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer func() { err = closeSession(ctx, sess, err) }()
	out, err = neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) ([]graph.Decision, error) {
		ds, err := readDecisions(ctx, tx)
		return decisionsOf(ds), err
	})
	if err != nil {
		return nil, fmt.Errorf("decisions: %w", err)
	}
	return out, nil
}
