package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/intelgraph/intelgraph/schema"
)

// Defaults for the zero values of Config.
const (
	// DefaultBatchSize is the number of rows one UNWIND statement writes.
	DefaultBatchSize = 500
	// DefaultConnectTimeout bounds connecting to the server and acquiring a connection.
	DefaultConnectTimeout = 10 * time.Second
)

// ErrUnreachable is wrapped by the error Open returns when no Neo4j server answers at the URI.
var ErrUnreachable = errors.New("neo4j server unreachable")

// Config says where the Neo4j server is and how to write to it.
type Config struct {
	// URI is the server's address, such as bolt://127.0.0.1:7687 or neo4j://host:7687.
	URI string
	// User is the name for basic authentication.
	User string
	// Password is the password for basic authentication. It never appears in errors or logs.
	Password string
	// Database is the database to use; "" (the default) means the server's default database.
	Database string
	// BatchSize is the number of rows written by one statement; 0 means DefaultBatchSize (500).
	BatchSize int
	// ConnectTimeout bounds opening a socket and acquiring a connection from the pool;
	// 0 means DefaultConnectTimeout (10s).
	ConnectTimeout time.Duration
	// Logger receives debug diagnostics; nil (the default) means silent.
	Logger *slog.Logger
}

// Store is a knowledge graph kept in Neo4j. It is safe for concurrent use; its Ingest calls
// are serialised, and writers in other processes take turns through a lock node (WriteLock).
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
	log    *slog.Logger

	ingestMu sync.Mutex // serialises Ingest within this process

	schemaMu      sync.Mutex
	schemaApplied bool
}

// UnreachableError is the error Open returns when the server cannot be reached. It wraps both
// ErrUnreachable and the driver's error (a *neo4j.ConnectivityError, found with errors.As).
type UnreachableError struct {
	// URI is the address tried, without any password.
	URI string
	// Err is the driver's error.
	Err error
}

// Error names the URI and the cause.
func (e *UnreachableError) Error() string {
	return fmt.Sprintf("cannot reach Neo4j at %s: %v", e.URI, e.Err)
}

// Unwrap returns ErrUnreachable and the driver's error.
func (e *UnreachableError) Unwrap() []error { return []error{ErrUnreachable, e.Err} }

// Open connects to the server cfg names and checks that it answers, within about
// cfg.ConnectTimeout. When nothing answers it returns an *UnreachableError, which wraps
// ErrUnreachable; errors name the URI and never the password.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = DefaultBatchSize
	}
	if cfg.ConnectTimeout <= 0 {
		cfg.ConnectTimeout = DefaultConnectTimeout
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	shown := redactURI(cfg.URI)
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""),
		func(c *config.Config) {
			c.SocketConnectTimeout = cfg.ConnectTimeout
			c.ConnectionAcquisitionTimeout = cfg.ConnectTimeout
		})
	if err != nil {
		return nil, fmt.Errorf("open Neo4j driver for %s: %w", shown, err)
	}
	vctx, cancel := context.WithTimeout(ctx, cfg.ConnectTimeout)
	defer cancel()
	if err := driver.VerifyConnectivity(vctx); err != nil {
		err = errors.Join(err, driver.Close(ctx))
		var ce *neo4j.ConnectivityError
		if errors.As(err, &ce) || errors.Is(err, context.DeadlineExceeded) {
			return nil, &UnreachableError{URI: shown, Err: err}
		}
		return nil, fmt.Errorf("connect to Neo4j at %s as %q: %w", shown, cfg.User, err)
	}
	logger.Debug("connected to Neo4j", "uri", shown, "database", cfg.Database)
	return &Store{driver: driver, cfg: cfg, log: logger}, nil
}

// redactURI drops any password written into the URI itself.
func redactURI(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	return u.Redacted()
}

// Close closes the driver and its connections.
func (s *Store) Close(ctx context.Context) error {
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("close Neo4j driver: %w", err)
	}
	return nil
}

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: mode})
}

// closeSession closes a session and joins its error with err.
func closeSession(ctx context.Context, sess neo4j.SessionWithContext, err error) error {
	if cerr := sess.Close(ctx); cerr != nil {
		return errors.Join(err, fmt.Errorf("close session: %w", cerr))
	}
	return err
}

// ApplySchema creates the constraints and indexes of package schema; they are idempotent
// (IF NOT EXISTS), so running it again is harmless. Ingest runs it once on first use.
func (s *Store) ApplySchema(ctx context.Context) (err error) {
	stmts, err := schema.Statements()
	if err != nil {
		return fmt.Errorf("apply schema: %w", err)
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer func() { err = closeSession(ctx, sess, err) }()
	for _, st := range stmts {
		_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, st.Cypher, nil)
			if err != nil {
				return nil, err
			}
			return res.Consume(ctx)
		})
		if err != nil {
			return fmt.Errorf("apply schema statement %s: %w", st.Name, err)
		}
	}
	s.log.Debug("schema applied", "statements", len(stmts))
	return nil
}

// ensureSchema applies the schema the first time it is needed.
func (s *Store) ensureSchema(ctx context.Context) error {
	s.schemaMu.Lock()
	defer s.schemaMu.Unlock()
	if s.schemaApplied {
		return nil
	}
	if err := s.ApplySchema(ctx); err != nil {
		return err
	}
	s.schemaApplied = true
	return nil
}

// Counts returns the number of nodes (the write lock aside) and relationships in the database.
// It is meant for tests and summaries.
func (s *Store) Counts(ctx context.Context) (nodes, relationships int64, err error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer func() { err = closeSession(ctx, sess, err) }()
	counts, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) ([2]int64, error) {
		var out [2]int64
		for i, q := range []string{
			"MATCH (n) WHERE NOT n:" + schema.LabelWriteLock + " RETURN count(n) AS c",
			"MATCH ()-[r]->() RETURN count(r) AS c",
		} {
			res, err := tx.Run(ctx, q, nil)
			if err != nil {
				return out, err
			}
			rec, err := res.Single(ctx)
			if err != nil {
				return out, err
			}
			out[i] = asInt64(rec.Values[0])
		}
		return out, nil
	})
	if err != nil {
		return 0, 0, fmt.Errorf("count nodes and relationships: %w", err)
	}
	return counts[0], counts[1], nil
}

// Reset deletes every node and relationship in the database (not the schema), in batches of
// 1000 nodes. It is meant for tests.
func (s *Store) Reset(ctx context.Context) (err error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer func() { err = closeSession(ctx, sess, err) }()
	// CALL { … } IN TRANSACTIONS needs an implicit (auto-commit) transaction.
	res, err := sess.Run(ctx, "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("reset database: %w", err)
	}
	return nil
}
