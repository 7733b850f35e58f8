package schema

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// Node labels in Neo4j. Actors also carry their kind's label (ActorKind.Label) and events their
// type's label (EventType.Label).
const (
	LabelDocument = "Document"
	LabelActor    = "Actor"
	LabelEvent    = "Event"
	// LabelWriteLock is the one node that serialises writers of different processes.
	LabelWriteLock = "WriteLock"
)

// Relationship types in Neo4j besides the actor-to-actor relation types (RelInformed, …).
const (
	// RelParticipatedIn links an actor to an event; its role property holds the Role.
	RelParticipatedIn = "PARTICIPATED_IN"
	// RelEvidencedBy links an event to a document that reports it; its properties hold the
	// sentence index, rune offsets and evidence text.
	RelEvidencedBy = "EVIDENCED_BY"
	// RelMentionedIn links an actor to a document that names it; its properties hold the
	// sentence indexes and the surface names used there.
	RelMentionedIn = "MENTIONED_IN"
)

//go:embed cypher/*.cypher
var cypherFS embed.FS

// Statement is one idempotent schema statement (a constraint or an index).
type Statement struct {
	// Name is the constraint's or index's name.
	Name string
	// Cypher is the statement itself, safe to run again (IF NOT EXISTS).
	Cypher string
}

// Statements returns the constraints and indexes in the order they must be applied.
func Statements() ([]Statement, error) {
	files, err := fs.Glob(cypherFS, "cypher/*.cypher")
	if err != nil {
		return nil, fmt.Errorf("list schema files: %w", err)
	}
	sort.Strings(files)
	var out []Statement
	for _, f := range files {
		b, err := cypherFS.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read schema file %s: %w", f, err)
		}
		out = append(out, parseStatements(string(b))...)
	}
	return out, nil
}

// parseStatements splits a file of `;`-terminated statements, dropping `//` comment lines.
func parseStatements(src string) []Statement {
	var out []Statement
	var cur strings.Builder
	for _, line := range strings.Split(src, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "//") {
			continue
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(strings.TrimSuffix(t, ";"))
		if strings.HasSuffix(t, ";") {
			stmt := cur.String()
			out = append(out, Statement{Name: statementName(stmt), Cypher: stmt})
			cur.Reset()
		}
	}
	return out
}

// statementName is the word after CREATE CONSTRAINT or CREATE INDEX.
func statementName(stmt string) string {
	f := strings.Fields(stmt)
	if len(f) >= 3 {
		return f[2]
	}
	return stmt
}
