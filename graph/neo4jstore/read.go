package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ReadCypher runs a read-only Cypher query with parameters and returns its rows as maps from
// column to value (driver types: int64, float64, string, []any, neo4j.Node, …). It runs in a
// read transaction, so a statement that writes fails.
func (s *Store) ReadCypher(ctx context.Context, cypher string, params map[string]any) (rows []map[string]any, err error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer func() { err = closeSession(ctx, sess, err) }()
	rows, err = neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) ([]map[string]any, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		out := make([]map[string]any, len(recs))
		for i, r := range recs {
			out[i] = r.AsMap()
		}
		return out, nil
	})
	if err != nil {
		return nil, fmt.Errorf("read query: %w", err)
	}
	return rows, nil
}
