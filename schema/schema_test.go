package schema

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStatementsAreIdempotentAndNamed(t *testing.T) {
	stmts, err := Statements()
	require.NoError(t, err)
	require.NotEmpty(t, stmts)
	names := map[string]bool{}
	for _, s := range stmts {
		assert.Contains(t, s.Cypher, "IF NOT EXISTS", "statement %s must be safe to re-run", s.Name)
		assert.False(t, strings.HasSuffix(s.Cypher, ";"), "got trailing semicolon in %q", s.Cypher)
		assert.False(t, names[s.Name], "duplicate name %s", s.Name)
		names[s.Name] = true
	}
	for _, want := range []string{"document_id", "actor_id", "event_id"} {
		assert.True(t, names[want], "missing constraint %s", want)
	}
}

func TestLabels(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"person", KindPerson.Label(), "Person"},
		{"agency", KindAgency.Label(), "Agency"},
		{"intrusion", EventIntrusion.Label(), "Intrusion"},
		{"unknown event", EventType("bogus").Label(), "Other"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got)
		})
	}
}
