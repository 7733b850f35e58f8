package embedded

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"syscall"

	"github.com/intelgraph/intelgraph/graph"
)

// FileName is the name of the store's file inside the data directory.
const FileName = "graph.json"

// formatVersion is written into the file so that later versions can migrate it.
const formatVersion = 1

// ErrLocked is returned by Open when another process holds the data directory.
var ErrLocked = errors.New("data directory is in use by another intelgraph process")

// Store is the embedded store. It is not safe for concurrent use by several goroutines; the
// data directory is locked against other processes while it is open.
type Store struct {
	dir       string
	lock      *os.File
	docs      []storedDocument
	decisions []graph.Decision
	merged    *graph.Graph
}

// storedDocument is one document's raw extracted graph and the order it was first ingested in.
type storedDocument struct {
	Seq   int          `json:"seq"`
	Graph *graph.Graph `json:"graph"`
}

type fileFormat struct {
	Version   int              `json:"version"`
	Documents []storedDocument `json:"documents"`
	Decisions []graph.Decision `json:"decisions,omitempty"`
}

// Open opens (creating if needed) the store in dir and loads its graph.
func Open(ctx context.Context, dir string) (*Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create data directory %s: %w", dir, err)
	}
	lock, err := os.OpenFile(filepath.Join(dir, ".lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open lock in %s: %w", dir, err)
	}
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		lock.Close()
		return nil, fmt.Errorf("%s: %w", dir, ErrLocked)
	}
	s := &Store{dir: dir, lock: lock}
	if err := s.load(); err != nil {
		s.unlock()
		return nil, err
	}
	return s, nil
}

func (s *Store) path() string { return filepath.Join(s.dir, FileName) }

func (s *Store) load() error {
	b, err := os.ReadFile(s.path())
	if errors.Is(err, os.ErrNotExist) {
		s.merged = graph.Build(nil)
		return nil
	}
	if err != nil {
		return fmt.Errorf("read store %s: %w", s.path(), err)
	}
	var f fileFormat
	if err := json.Unmarshal(b, &f); err != nil {
		return fmt.Errorf("read store %s: not an intelgraph store file (%w); move it away to start afresh", s.path(), err)
	}
	if f.Version != formatVersion {
		return fmt.Errorf("read store %s: format version %d, this intelgraph reads %d", s.path(), f.Version, formatVersion)
	}
	sort.SliceStable(f.Documents, func(i, j int) bool { return f.Documents[i].Seq < f.Documents[j].Seq })
	s.docs, s.decisions = f.Documents, f.Decisions
	s.merged = graph.Build(s.raw(), s.decisions...)
	return nil
}

func (s *Store) raw() []*graph.Graph {
	out := make([]*graph.Graph, len(s.docs))
	for i, d := range s.docs {
		out[i] = d.Graph
	}
	return out
}

// Ingest merges documents' graphs (one document each) into the store; a document already
// stored is replaced. The file is rewritten atomically; on error nothing changes.
func (s *Store) Ingest(ctx context.Context, docs []*graph.Graph) (graph.Change, error) {
	if err := ctx.Err(); err != nil {
		return graph.Change{}, err
	}
	next := append([]storedDocument(nil), s.docs...)
	seq := 0
	for _, d := range next {
		seq = max(seq, d.Seq)
	}
	for _, d := range docs {
		if len(d.Documents) != 1 {
			return graph.Change{}, fmt.Errorf("ingest: a document graph must hold exactly one document, got %d", len(d.Documents))
		}
		id := d.Documents[0].ID
		replaced := false
		for i := range next {
			if next[i].Graph.Documents[0].ID == id {
				next[i].Graph = d
				replaced = true
			}
		}
		if !replaced {
			seq++
			next = append(next, storedDocument{Seq: seq, Graph: d})
		}
	}
	raw := make([]*graph.Graph, len(next))
	for i, d := range next {
		raw[i] = d.Graph
	}
	merged := graph.Build(raw, s.decisions...)
	change := graph.Diff(s.merged, merged)
	if change.Empty() && sameRaw(s.docs, next) {
		return change, nil
	}
	if err := s.save(next, s.decisions); err != nil {
		return graph.Change{}, err
	}
	s.docs, s.merged = next, merged
	return change, nil
}

// sameRaw reports whether two lists of stored documents hold the same raw graphs, so that an
// unchanged re-ingest writes nothing.
func sameRaw(a, b []storedDocument) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		ja, err1 := json.Marshal(a[i])
		jb, err2 := json.Marshal(b[i])
		if err1 != nil || err2 != nil || string(ja) != string(jb) {
			return false
		}
	}
	return true
}

// Decide records an analyst's decision (a merge or a split of actors) and applies it; later
// ingests respect it. It returns what changed; a decision that does not fit the graph is an
// error and changes nothing.
func (s *Store) Decide(ctx context.Context, d graph.Decision) (graph.Change, error) {
	if err := ctx.Err(); err != nil {
		return graph.Change{}, err
	}
	if err := s.merged.CheckDecision(d); err != nil {
		return graph.Change{}, err
	}
	decisions := append(append([]graph.Decision(nil), s.decisions...), d)
	merged := graph.Build(s.raw(), decisions...)
	change := graph.Diff(s.merged, merged)
	if err := s.save(s.docs, decisions); err != nil {
		return graph.Change{}, err
	}
	s.decisions, s.merged = decisions, merged
	return change, nil
}

// Decisions lists the recorded decisions in the order they were made.
func (s *Store) Decisions(ctx context.Context) ([]graph.Decision, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return append([]graph.Decision{}, s.decisions...), nil
}

// save writes the documents and decisions to a temporary file, syncs it and renames it over the store file.
func (s *Store) save(docs []storedDocument, decisions []graph.Decision) error {
	b, err := json.Marshal(fileFormat{Version: formatVersion, Documents: docs, Decisions: decisions})
	if err != nil {
		return fmt.Errorf("encode store: %w", err)
	}
	tmp, err := os.CreateTemp(s.dir, FileName+".*.tmp")
	if err != nil {
		return fmt.Errorf("write store in %s: %w", s.dir, err)
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("write store %s: %w", tmp.Name(), err)
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("write store %s: %w", tmp.Name(), err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("sync store %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("close store %s: %w", tmp.Name(), err)
	}
	if err := os.Rename(tmp.Name(), s.path()); err != nil {
		return fmt.Errorf("replace store %s: %w", s.path(), err)
	}
	if d, err := os.Open(s.dir); err == nil {
		d.Sync() // make the rename durable; not all file systems support it
		d.Close()
	}
	return nil
}

// Export returns a copy of the whole merged graph.
func (s *Store) Export(ctx context.Context) (*graph.Graph, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	b, err := json.Marshal(s.merged)
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	var g graph.Graph
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	return &g, nil
}

// Timeline answers a timeline query from the merged graph.
func (s *Store) Timeline(ctx context.Context, q graph.TimelineQuery) ([]graph.TimelineEntry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r, err := s.merged.Timeline(q)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	return r, nil
}

// Told answers a who-told-whom query from the merged graph.
func (s *Store) Told(ctx context.Context, q graph.ToldQuery) ([]graph.ToldEntry, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r, err := s.merged.Told(q)
	if err != nil {
		return nil, fmt.Errorf("told: %w", err)
	}
	return r, nil
}

// Path finds the shortest chain of actors and events between two actors.
func (s *Store) Path(ctx context.Context, from, to string) (*graph.Path, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r, err := s.merged.ShortestPath(from, to)
	if err != nil {
		return nil, fmt.Errorf("path: %w", err)
	}
	return r, nil
}

// Close releases the data directory.
func (s *Store) Close(ctx context.Context) error {
	return s.unlock()
}

func (s *Store) unlock() error {
	if s.lock == nil {
		return nil
	}
	err := s.lock.Close() // closing releases the flock
	s.lock = nil
	if err != nil {
		return fmt.Errorf("release %s: %w", s.dir, err)
	}
	return nil
}
