package main

import (
	"fmt"
	"regexp"

	"github.com/spf13/cobra"

	"github.com/intelgraph/intelgraph/graph"
)

var isoPrefix = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

func checkISO(flag, v string) error {
	if v != "" && !isoPrefix.MatchString(v) {
		return usagef("--%s %q: give a year, a month or a day (2014, 2014-06, 2014-06-30)", flag, v)
	}
	return nil
}

// timelineOptions are the timeline command's flags and dependencies.
type timelineOptions struct {
	f     *factory
	Query graph.TimelineQuery
	JSON  bool
}

func newCmdTimeline(f *factory, runF func(*timelineOptions) error) *cobra.Command {
	opts := &timelineOptions{f: f}
	cmd := &cobra.Command{
		Use:   "timeline",
		Short: "List events in time order",
		Long: `List the stored events in time order: date and its precision, type, who → whom, and
the documents that report each event. Events with no date come after the dated ones.

--from and --to take a year, a month or a day and keep events whose period overlaps them
(then undated events are left out). --actor keeps events in which an actor with that name,
alias or id takes part.`,
		Example: `  intelgraph timeline
  intelgraph timeline --actor "Kaspersky Lab" --from 2014 --to 2017-12`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkISO("from", opts.Query.From); err != nil {
				return err
			}
			if err := checkISO("to", opts.Query.To); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return opts.f.withStore(cmd.Context(), func(s Store) error {
				es, err := s.Timeline(cmd.Context(), opts.Query)
				if err != nil {
					return err
				}
				if opts.JSON {
					return writeJSON(opts.f.IO, nonNil(es))
				}
				if len(es) == 0 {
					fmt.Fprintln(opts.f.IO.ErrOut, "no events match; ingest articles with `intelgraph ingest PATH`")
					return nil
				}
				writeTimelineEntries(opts.f.IO.Out, es, true)
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&opts.Query.Actor, "actor", "", "only events this actor (name, alias or id) takes part in")
	cmd.Flags().StringVar(&opts.Query.From, "from", "", "only events from this date on (YYYY, YYYY-MM or YYYY-MM-DD)")
	cmd.Flags().StringVar(&opts.Query.To, "to", "", "only events up to this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON instead of text")
	return cmd
}

// toldOptions are the told command's flags and dependencies.
type toldOptions struct {
	f     *factory
	Query graph.ToldQuery
	JSON  bool
}

func newCmdTold(f *factory, runF func(*toldOptions) error) *cobra.Command {
	opts := &toldOptions{f: f}
	cmd := &cobra.Command{
		Use:   "told",
		Short: "List who told whom",
		Long: `List who-told-whom links (alerts, warnings, tip-offs, statements sent to someone), with
the documents that state them and the first evidence sentence.`,
		Example: `  intelgraph told
  intelgraph told --from Israel
  intelgraph told --to NSA --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return opts.f.withStore(cmd.Context(), func(s Store) error {
				ts, err := s.Told(cmd.Context(), opts.Query)
				if err != nil {
					return err
				}
				if opts.JSON {
					return writeJSON(opts.f.IO, nonNil(ts))
				}
				if len(ts) == 0 {
					fmt.Fprintln(opts.f.IO.ErrOut, "no who-told-whom links match")
					return nil
				}
				writeToldEntries(opts.f.IO.Out, ts)
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&opts.Query.From, "from", "", "only links from this actor (name, alias or id)")
	cmd.Flags().StringVar(&opts.Query.To, "to", "", "only links to this actor (name, alias or id)")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON instead of text")
	return cmd
}

// pathOptions are the path command's arguments and dependencies.
type pathOptions struct {
	f        *factory
	From, To string
	JSON     bool
}

func newCmdPath(f *factory, runF func(*pathOptions) error) *cobra.Command {
	opts := &pathOptions{f: f}
	cmd := &cobra.Command{
		Use:   "path NAME NAME",
		Short: "Show the shortest chain of actors and events connecting two actors",
		Long: `Show the shortest chain connecting two actors, through the events they take part in
and the links between them (such as who told whom). Names may be names, aliases or ids.`,
		Example: `  intelgraph path Israel "Kaspersky Lab"`,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.From, opts.To = args[0], args[1]
			if runF != nil {
				return runF(opts)
			}
			return opts.f.withStore(cmd.Context(), func(s Store) error {
				p, err := s.Path(cmd.Context(), opts.From, opts.To)
				if err != nil {
					return err
				}
				if opts.JSON {
					return writeJSON(opts.f.IO, p)
				}
				writePath(opts.f.IO.Out, p)
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON instead of text")
	return cmd
}

// exportOptions are the export command's flags and dependencies.
type exportOptions struct {
	f      *factory
	Format string
}

func newCmdExport(f *factory, runF func(*exportOptions) error) *cobra.Command {
	opts := &exportOptions{f: f}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the whole merged graph as a graph document",
		Long: `Write the whole stored graph in the graph document format (documents, actors with their
aliases and mentions, events with all their evidence, relations) to stdout.`,
		Example: `  intelgraph export --format json > graph.json`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Format != "json" {
				return usagef("format %q: only json is supported", opts.Format)
			}
			if runF != nil {
				return runF(opts)
			}
			return opts.f.withStore(cmd.Context(), func(s Store) error {
				g, err := s.Export(cmd.Context())
				if err != nil {
					return err
				}
				g.Normalize()
				return writeJSON(opts.f.IO, g)
			})
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "json", "output format: json")
	return cmd
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}
