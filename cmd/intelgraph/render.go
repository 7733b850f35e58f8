package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/intelgraph/intelgraph/graph"
)

// renderSummary writes a readable summary of a graph: actors, then events in time order with
// their evidence, then who-told-whom.
func renderSummary(w io.Writer, g *graph.Graph) error {
	ew := &errWriter{w: w}
	for _, d := range g.Documents {
		ew.printf("Document %s", d.ID)
		if d.Title != "" {
			ew.printf(": %s", d.Title)
		}
		if d.Published != "" {
			ew.printf(" (published %s)", d.Published)
		}
		ew.printf("\n")
	}
	actors := append([]graph.Actor(nil), g.Actors...)
	sort.SliceStable(actors, func(i, j int) bool {
		if actors[i].Kind != actors[j].Kind {
			return actors[i].Kind < actors[j].Kind
		}
		return actors[i].Name < actors[j].Name
	})
	ew.printf("\nActors (%d)\n", len(actors))
	tw := tabwriter.NewWriter(ew, 2, 4, 2, ' ', 0)
	for _, a := range actors {
		aliases := ""
		if len(a.Aliases) > 0 {
			aliases = "aka " + strings.Join(a.Aliases, "; ")
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", a.Name, a.Kind, aliases)
	}
	tw.Flush()
	entries, err := g.Timeline(graph.TimelineQuery{})
	if err != nil {
		return err
	}
	ew.printf("\nEvents (%d), in time order\n", len(entries))
	writeTimelineEntries(ew, entries, true)
	told, err := g.Told(graph.ToldQuery{})
	if err != nil {
		return err
	}
	ew.printf("\nWho told whom (%d)\n", len(told))
	writeToldEntries(ew, told)
	return ew.err
}

// writeTimelineEntries writes one block per event: date, type, who → whom, then sources and
// evidence.
func writeTimelineEntries(w io.Writer, entries []graph.TimelineEntry, evidence bool) {
	for _, e := range entries {
		date := "undated"
		if e.Time.Known() {
			date = e.Time.Value
			if e.Time.Precision != "" {
				date += " (" + e.Time.Precision + ")"
			}
		}
		who := strings.Join(orDash(e.Agents), ", ") + " → " + strings.Join(orDash(e.Targets), ", ")
		flags := ""
		if e.Negated {
			flags += " [negated]"
		}
		if e.Modality != "" {
			flags += " [" + e.Modality + "]"
		}
		if len(e.AlsoDated) > 0 {
			flags += " [also dated " + strings.Join(e.AlsoDated, ", ") + "]"
		}
		fmt.Fprintf(w, "  %-18s %-11s %s%s\n", date, e.Type, who, flags)
		src := plural(len(e.Documents), "source")
		if e.Outlets > 0 && e.Outlets != len(e.Documents) {
			src += " in " + plural(e.Outlets, "outlet")
		}
		fmt.Fprintf(w, "      %s: %s", src, strings.Join(e.Documents, ", "))
		if len(e.Claimants) > 0 {
			fmt.Fprintf(w, "; according to %s", strings.Join(e.Claimants, ", "))
		}
		if e.Anonymous > 0 {
			fmt.Fprintf(w, "; %d resting on unnamed sources", e.Anonymous)
		}
		if len(e.DeniedBy) > 0 {
			fmt.Fprintf(w, "; denied by %s", strings.Join(e.DeniedBy, ", "))
		}
		fmt.Fprintln(w)
		if evidence && e.Evidence != "" {
			fmt.Fprintf(w, "      %q\n", e.Evidence)
		}
	}
}

func writeToldEntries(w io.Writer, told []graph.ToldEntry) {
	for _, t := range told {
		fmt.Fprintf(w, "  %s → %s  (%s)\n", t.From, t.To, strings.Join(t.Documents, ", "))
		if t.Evidence != "" {
			fmt.Fprintf(w, "      %q\n", t.Evidence)
		}
	}
}

func writePath(w io.Writer, p *graph.Path) {
	parts := make([]string, len(p.Steps))
	for i, s := range p.Steps {
		if s.Kind == "event" {
			parts[i] = "[" + s.Label + "]"
		} else {
			parts[i] = s.Label
		}
	}
	fmt.Fprintln(w, strings.Join(parts, " — "))
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func orDash(xs []string) []string {
	if len(xs) == 0 {
		return []string{"?"}
	}
	return xs
}

// errWriter remembers the first write error so that rendering code stays linear.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return len(p), nil
	}
	n, err := e.w.Write(p)
	if err != nil {
		e.err = fmt.Errorf("write output: %w", err)
	}
	return n, nil
}

func (e *errWriter) printf(format string, args ...any) { fmt.Fprintf(e, format, args...) }
