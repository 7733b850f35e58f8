package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/intelgraph/intelgraph/graph/neo4jstore"
	"github.com/intelgraph/intelgraph/schema"
)

func newCmdSchema(f *factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Show or apply the Neo4j constraints and indexes",
		Long: `The Neo4j store keeps one node per stable id (uniqueness constraints on Document, Actor and
Event ids) and indexes for names, types and dates. They are applied automatically on first use;
these commands show them or apply them explicitly.`,
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "show",
		Short: "Print the constraints and indexes as Cypher",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			stmts, err := schema.Statements()
			if err != nil {
				return err
			}
			for _, s := range stmts {
				fmt.Fprintln(f.IO.Out, s.Cypher+";")
			}
			return nil
		},
	}, &cobra.Command{
		Use:   "apply",
		Short: "Apply the constraints and indexes to the configured Neo4j",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			c := f.Config
			if c.Neo4jURI == "" {
				return usagef("schema apply needs Neo4j: set --neo4j-uri or INTELGRAPH_NEO4J_URI")
			}
			ctx := cmd.Context()
			s, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: c.Neo4jURI, User: c.Neo4jUser,
				Password: c.Neo4jPassword, Database: c.Neo4jDatabase, BatchSize: c.BatchSize, Logger: f.Logger})
			if err != nil {
				return err
			}
			defer func() { err = errors.Join(err, s.Close(context.WithoutCancel(ctx))) }()
			if err := s.ApplySchema(ctx); err != nil {
				return err
			}
			fmt.Fprintf(f.IO.ErrOut, "✓ schema applied to Neo4j at %s\n", c.Neo4jURI)
			return nil
		},
	})
	return cmd
}

func newCmdConfig(f *factory) *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration (password redacted)",
		Long: `Print the configuration intelgraph would use, after flags, INTELGRAPH_* environment
variables, the config file and defaults. The Neo4j password is never printed.

Config file keys: store, data-dir, neo4j.uri, neo4j.user, neo4j.password, neo4j.database,
batch-size, max-file-size, actors-file, log-level.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprint(f.IO.Out, f.Config.String())
			return nil
		},
	}
}
