package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
)

// actorsOptions are the actors command's flags and dependencies.
type actorsOptions struct {
	f    *factory
	Kind string
	JSON bool
}

func newCmdActors(f *factory, runF func(*actorsOptions) error) *cobra.Command {
	opts := &actorsOptions{f: f}
	cmd := &cobra.Command{
		Use:   "actors",
		Short: "List actors with their aliases and document counts",
		Long: `List the stored actors: id, name, kind, how many documents name them, and every other
name they go by. Ids are what merge and unmerge take.`,
		Example: `  intelgraph actors
  intelgraph actors --kind agency`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Kind != "" && !schema.ActorKind(opts.Kind).Valid() {
				return usagef("kind %q: use one of %s", opts.Kind, kindList())
			}
			if runF != nil {
				return runF(opts)
			}
			return opts.f.withStore(cmd.Context(), func(s Store) error {
				g, err := s.Export(cmd.Context())
				if err != nil {
					return err
				}
				list := g.ActorList(opts.Kind)
				if opts.JSON {
					return writeJSON(opts.f.IO, nonNil(list))
				}
				tw := tabwriter.NewWriter(opts.f.IO.Out, 2, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ID\tNAME\tKIND\tDOCS\tALIASES")
				for _, a := range list {
					fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", a.ID, a.Name, a.Kind, a.Documents, strings.Join(a.Aliases, "; "))
				}
				return tw.Flush()
			})
		},
	}
	cmd.Flags().StringVar(&opts.Kind, "kind", "", "only actors of this kind: "+kindList())
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON instead of text")
	return cmd
}

func kindList() string {
	var ks []string
	for _, k := range schema.ActorKinds {
		ks = append(ks, string(k))
	}
	return strings.Join(ks, ", ")
}

func newCmdReview(f *factory) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "review",
		Short: "List actors that may be the same, for you to merge or keep apart",
		Long: `List pairs of actors that the merge left apart because the evidence was not conclusive
(a name both carry, a short form that fits several names, a surname), best score first, with
the reason. Join a pair with ` + "`intelgraph merge`" + `; undo a merge with ` + "`intelgraph unmerge`" + `.`,
		Example: `  intelgraph review
  intelgraph merge kaspersky-lab kaspersky`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return f.withStore(cmd.Context(), func(s Store) error {
				g, err := s.Export(cmd.Context())
				if err != nil {
					return err
				}
				ms := g.PossibleMatches()
				if asJSON {
					return writeJSON(f.IO, nonNil(ms))
				}
				if len(ms) == 0 {
					fmt.Fprintln(f.IO.ErrOut, "nothing to review")
					return nil
				}
				for _, m := range ms {
					fmt.Fprintf(f.IO.Out, "%.2f  %s (%s, %d docs)  ~  %s (%s, %d docs)\n      %s\n      intelgraph merge %s %s\n",
						m.Score, m.A.Name, m.A.ID, m.A.Documents, m.B.Name, m.B.ID, m.B.Documents, m.Reason, m.A.ID, m.B.ID)
				}
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON instead of text")
	return cmd
}

func newCmdMerge(f *factory) *cobra.Command {
	return &cobra.Command{
		Use:   "merge ACTOR OTHER",
		Short: "Join two actors into one (ACTOR keeps its id and name)",
		Long: `Join actor OTHER into actor ACTOR: one node with both actors' names, mentions and events.
The decision is stored: later ingests keep the two together. Actors are given by id (see
` + "`intelgraph actors`" + `).`,
		Example: `  intelgraph merge kaspersky-lab kaspersky`,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return decide(cmd, f, graph.Decision{Kind: graph.DecisionMerge, Actor: args[0], Other: args[1]})
		},
	}
}

func newCmdUnmerge(f *factory) *cobra.Command {
	return &cobra.Command{
		Use:   "unmerge ACTOR NAME",
		Short: "Split a name off an actor that the merge joined wrongly",
		Long: `Keep the actors named NAME apart from actor ACTOR: they become an actor of their own. The
decision is stored: later ingests do not join them again.`,
		Example: `  intelgraph unmerge times-of-india "the Times"`,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return decide(cmd, f, graph.Decision{Kind: graph.DecisionSplit, Actor: args[0], Name: args[1]})
		},
	}
}

func decide(cmd *cobra.Command, f *factory, d graph.Decision) error {
	return f.withStore(cmd.Context(), func(s Store) error {
		c, err := s.Decide(cmd.Context(), d)
		if err != nil {
			return err
		}
		fmt.Fprintf(f.IO.ErrOut, "✓ %s recorded: %d actor(s) and %d event(s) changed, %d actor(s) removed\n",
			d.Kind, len(c.Actors), len(c.Events), len(c.RemovedActors))
		return nil
	})
}
