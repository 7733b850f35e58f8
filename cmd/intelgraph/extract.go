package main

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/intelgraph/intelgraph/extract"
	"github.com/intelgraph/intelgraph/extract/timex"
)

// extractOptions are the extract command's flags and dependencies.
type extractOptions struct {
	f         *factory
	Files     []string
	Format    string
	Published string
}

func newCmdExtract(f *factory, runF func(*extractOptions) error) *cobra.Command {
	opts := &extractOptions{f: f}
	cmd := &cobra.Command{
		Use:   "extract ARTICLE...",
		Short: "Print the graph an article yields, without storing it",
		Long: `Read article files and print what the extractor finds: actors, dated events with
their participants and evidence, and who-told-whom. No store and no server are involved.

Articles are plain UTF-8 text with an optional header of "key: value" lines (title, published,
source, outlet, url, id) ended by a blank line, or HTML pages (.html, .htm), whose article body
is taken out of the page. Relative times ("Tuesday night", "last year") are resolved against
the header's published date, or --published.

Formats: text (a readable summary), json (the graph document: several articles give one
document with every actor once), timex (the time expressions found, TimeML values).`,
		Example: `  intelgraph extract article.txt
  intelgraph extract --format json articles/*.txt > graph.json
  intelgraph extract --format timex --published 2017-10-11 article.txt`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			switch opts.Format {
			case "text", "json", "timex":
			default:
				return usagef("format %q: use text, json or timex", opts.Format)
			}
			if opts.Published != "" {
				if _, err := time.Parse("2006-01-02", opts.Published); err != nil {
					return usagef("published %q: give an ISO date such as 2017-10-11", opts.Published)
				}
			}
			if runF != nil {
				return runF(opts)
			}
			return extractRun(cmd, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text, json or timex")
	cmd.Flags().StringVar(&opts.Published, "published", "", "publication date (YYYY-MM-DD) to resolve relative times against, overriding the header")
	return cmd
}

func extractRun(cmd *cobra.Command, opts *extractOptions) error {
	ctx := cmd.Context()
	f := opts.f
	x, err := f.newExtractor()
	if err != nil {
		return err
	}
	files, failed := collectFiles(opts.Files)
	for _, fl := range failed {
		reportFailure(f.IO, fl.Path, fl.Err)
	}
	b := extractInputs(ctx, f, x, files, failed, opts.Published, nil)
	results := b.Results
	if err := ctx.Err(); err != nil {
		return err
	}
	switch opts.Format {
	case "json":
		g := extract.Combine(results...)
		g.Normalize()
		if err := writeJSON(f.IO, g); err != nil {
			return err
		}
	case "timex":
		if err := writeTimex(f.IO, results); err != nil {
			return err
		}
	default:
		g := extract.Combine(results...)
		if err := renderSummary(f.IO.Out, g); err != nil {
			return err
		}
	}
	return b.err()
}

func writeJSON(io *IOStreams, v any) error {
	enc := json.NewEncoder(io.Out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

// writeTimex prints one article's time expressions as a JSON list, or for several articles an
// object from document id to list.
func writeTimex(io *IOStreams, results []*extract.Result) error {
	list := func(r *extract.Result) []timex.Expression {
		if r.Timexes == nil {
			return []timex.Expression{}
		}
		return r.Timexes
	}
	if len(results) == 1 {
		return writeJSON(io, list(results[0]))
	}
	byDoc := map[string][]timex.Expression{}
	for _, r := range results {
		id := ""
		if len(r.Graph.Documents) > 0 {
			id = r.Graph.Documents[0].ID
		}
		byDoc[id] = list(r)
	}
	return writeJSON(io, byDoc)
}
