package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/intelgraph/intelgraph/graph"
)

// ingestChunk is how many documents go into the store per write: each chunk is written
// atomically, so a failure loses at most the chunk in flight and never half of it.
const ingestChunk = 50

// ingestOptions are the ingest command's flags and dependencies.
type ingestOptions struct {
	f         *factory
	Paths     []string
	Published string
}

func newCmdIngest(f *factory, runF func(*ingestOptions) error) *cobra.Command {
	opts := &ingestOptions{f: f}
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Extract articles and merge them into the store",
		Long: `Extract every article in the given files and folders (recursively: .txt, .text,
.html, .htm) and merge them into the store: the same actor under different names becomes one
node, the same event reported twice becomes one event with two sources.

Ingesting an article again replaces its earlier version; ingesting the same files twice
changes nothing. A bad file (empty, binary, not UTF-8, too large, unreadable) is named on
stderr with the reason and skipped; the others are still ingested, and the exit code (3)
says that some failed.

The store is the embedded one under --data-dir unless a Neo4j URI is configured.`,
		Example: `  intelgraph ingest examples/
  intelgraph ingest --neo4j-uri bolt://localhost:7687 articles/
  INTELGRAPH_NEO4J_URI=bolt://localhost:7687 intelgraph ingest a.txt b.html`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if runF != nil {
				return runF(opts)
			}
			return ingestRun(cmd, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Published, "published", "", "publication date (YYYY-MM-DD) for articles whose header has none")
	return cmd
}

func ingestRun(cmd *cobra.Command, opts *ingestOptions) error {
	ctx := cmd.Context()
	f := opts.f
	files, failed := collectFiles(opts.Paths)
	for _, fl := range failed {
		reportFailure(f.IO, fl.Path, fl.Err)
	}
	if len(files) == 0 {
		if len(failed) > 0 {
			return &partialError{failed: len(failed), total: len(failed)}
		}
		return usagef("no article files found in %v", opts.Paths)
	}
	x, err := f.newExtractor()
	if err != nil {
		return err
	}
	// open the store first: an unreachable server should fail before minutes of extraction
	return f.withStore(ctx, func(s Store) error {
		bar := newProgress(f.IO, len(files), "extracting")
		b := extractInputs(ctx, f, x, files, failed, "", func() { bar.Add(1) })
		bar.Finish()
		var docs []*graph.Graph
		for _, r := range b.Results {
			if opts.Published != "" && r.Graph.Documents[0].Published == "" {
				r.Graph.Documents[0].Published = opts.Published
			}
			docs = append(docs, r.Graph)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		var total graph.Change
		bar = newProgress(f.IO, len(docs), "storing")
		for i := 0; i < len(docs); i += ingestChunk {
			chunk := docs[i:min(i+ingestChunk, len(docs))]
			c, err := s.Ingest(ctx, chunk)
			if err != nil {
				return fmt.Errorf("store articles %d-%d of %d: %w (earlier articles are stored)", i+1, i+len(chunk), len(docs), err)
			}
			addChange(&total, c)
			bar.Add(len(chunk))
		}
		bar.Finish()
		fmt.Fprintf(f.IO.ErrOut, "✓ ingested %d article(s) into the %s: %d document(s), %d actor(s) and %d event(s) new or changed\n",
			len(docs), f.storeName(), len(total.Documents), len(total.Actors), len(total.Events))
		return b.err()
	})
}

func addChange(total *graph.Change, c graph.Change) {
	total.Documents = append(total.Documents, c.Documents...)
	total.Actors = append(total.Actors, c.Actors...)
	total.Events = append(total.Events, c.Events...)
}
