package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/intelgraph/intelgraph/extract"
	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/graph/embedded"
	"github.com/intelgraph/intelgraph/graph/neo4jstore"
)

// Store is what the commands need of a store; the embedded and Neo4j stores both provide it.
type Store interface {
	// Ingest merges documents' graphs (one document each), replacing earlier versions.
	Ingest(ctx context.Context, docs []*graph.Graph) (graph.Change, error)
	// Export returns the whole merged graph.
	Export(ctx context.Context) (*graph.Graph, error)
	// Timeline returns events in time order, undated ones last.
	Timeline(ctx context.Context, q graph.TimelineQuery) ([]graph.TimelineEntry, error)
	// Told returns who-told-whom links.
	Told(ctx context.Context, q graph.ToldQuery) ([]graph.ToldEntry, error)
	// Path returns the shortest chain of actors and events between two actors.
	Path(ctx context.Context, from, to string) (*graph.Path, error)
	// Decide records an analyst's merge or split of actors; later ingests respect it.
	Decide(ctx context.Context, d graph.Decision) (graph.Change, error)
	// Close releases the store.
	Close(ctx context.Context) error
}

var (
	_ Store = (*embedded.Store)(nil)
	_ Store = (*neo4jstore.Store)(nil)
)

// factory carries what every command needs: streams, configuration, and constructors.
type factory struct {
	IO     *IOStreams
	Config Config
	Logger *slog.Logger
	// userConfigDir finds the user's config directory (os.UserConfigDir outside tests).
	userConfigDir func() (string, error)
}

// newExtractor builds the extractor with the configured user actors.
func (f *factory) newExtractor() (*extract.Extractor, error) {
	opts := []extract.Option{extract.WithLogger(f.Logger)}
	if f.Config.ActorsFile != "" {
		opts = append(opts, extract.WithUserActors(f.Config.ActorsFile))
	}
	x, err := extract.New(opts...)
	if err != nil {
		return nil, fmt.Errorf("load extractor: %w", err)
	}
	return x, nil
}

// openStore opens the configured store.
func (f *factory) openStore(ctx context.Context) (Store, error) {
	c := f.Config
	if c.StoreKind() == "neo4j" {
		s, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: c.Neo4jURI, User: c.Neo4jUser,
			Password: c.Neo4jPassword, Database: c.Neo4jDatabase, BatchSize: c.BatchSize, Logger: f.Logger})
		if err != nil {
			return nil, err
		}
		return s, nil
	}
	s, err := embedded.Open(ctx, c.DataDir)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// storeName describes the configured store for summaries.
func (f *factory) storeName() string {
	if f.Config.StoreKind() == "neo4j" {
		return "Neo4j at " + f.Config.Neo4jURI
	}
	return "embedded store at " + f.Config.DataDir
}

// withStore opens the store, runs fn, and closes the store, joining the errors.
func (f *factory) withStore(ctx context.Context, fn func(Store) error) (err error) {
	s, err := f.openStore(ctx)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, s.Close(context.WithoutCancel(ctx))) }()
	return fn(s)
}

// Main runs intelgraph with the given arguments and returns its exit code.
func Main(args []string, io *IOStreams) ExitCode {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	f := &factory{IO: io, userConfigDir: os.UserConfigDir}
	root := newRootCmd(f)
	root.SetArgs(args)
	root.SetOut(io.Out)
	root.SetErr(io.ErrOut)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	code, msg := exitCodeFor(err)
	fmt.Fprintln(io.ErrOut, "intelgraph: "+msg)
	return code
}

func newRootCmd(f *factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "intelgraph",
		Short: "Turn news articles about intelligence and cyber operations into a knowledge graph",
		Long: `intelgraph reads news articles and builds one knowledge graph of who did what to whom,
when, who told whom, and where each claim came from.

It keeps the graph in an embedded store under --data-dir (the default, no server needed), or in
Neo4j when a Bolt URI is configured (--neo4j-uri or INTELGRAPH_NEO4J_URI).

Configuration, strongest first: flags, INTELGRAPH_* environment variables (INTELGRAPH_NEO4J_URI,
INTELGRAPH_NEO4J_PASSWORD, INTELGRAPH_DATA_DIR, …), the config file (./intelgraph.yaml or
<user config dir>/intelgraph/intelgraph.yaml), defaults. ` + "`intelgraph config`" + ` prints it.`,
		Example: `  intelgraph extract article.txt                  # what the extractor finds, as text
  intelgraph ingest examples/                      # merge a folder of articles into the store
  intelgraph timeline --actor Israel --from 2014   # what happened when
  intelgraph told --to NSA                         # who told the NSA what
  intelgraph path Israel "Kaspersky Lab"           # how two actors are connected`,
		SilenceErrors: true,
		SilenceUsage:  true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			c, err := loadConfig(cmd, f.userConfigDir)
			if err != nil {
				return err
			}
			f.Config = c
			f.Logger = newLogger(f.IO, c.LogLevel)
			return nil
		},
	}
	addConfigFlags(root.PersistentFlags())
	root.AddCommand(
		newCmdExtract(f, nil),
		newCmdIngest(f, nil),
		newCmdTimeline(f, nil),
		newCmdTold(f, nil),
		newCmdPath(f, nil),
		newCmdExport(f, nil),
		newCmdActors(f, nil),
		newCmdReview(f),
		newCmdMerge(f),
		newCmdUnmerge(f),
		newCmdSchema(f),
		newCmdConfig(f),
	)
	return root
}

func newLogger(io *IOStreams, level string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(level))
	return slog.New(slog.NewTextHandler(io.ErrOut, &slog.HandlerOptions{Level: l}))
}
