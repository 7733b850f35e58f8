package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

// TestOwnerPastStaffAt checks that systems of people no name stands for, placed "at" a body
// ("the email account of a clerk at X", "the mailboxes of two accountants at X"), are the
// body's (ownerOfAccessed, unnamedAt), so the deed on them is read with its own time; a
// body that is a place, or a person's role placed nowhere, gives no victim.
func TestOwnerPastStaffAt(t *testing.T) {
	tests := []struct {
		name, body string
		target     string // "" = no intrusion wanted
		time       string
	}{
		{"a clerk in a when clause", "The scheme began in March, when fraudsters gained access to the email account of a clerk at Pellow Haulage.", "pellow-haulage", "2026-03"},
		{"a role with a modifier", "Hackers gained access to the account of a payroll clerk at Holt Water on Tuesday.", "holt-water", "2026-05-12"},
		{"a count and a plural", "In January, hackers gained access to the mailboxes of two accountants at Corvel Bank.", "corvel-bank", "2026-01"},
		{"a backdoor planted", "In April, Grey Vole planted a backdoor on the laptop of a senior engineer at Tansy Logistics.", "tansy-logistics", "2026-04"},
		{"a role placed in a town", "Hackers gained access to the home network of a teacher at a school in Leeds in April.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-05-14", tt.body)
			if tt.target == "" {
				assert.Nil(t, findEvent(g, schema.EventIntrusion, "", ""), "got %s, want no intrusion", eventsString(g))
				return
			}
			ev := findEvent(g, schema.EventIntrusion, "", tt.target)
			require.NotNil(t, ev, "got %s, want an intrusion into %s", eventsString(g), tt.target)
			assert.Equal(t, tt.time, ev.Time.Value, "got %q, want %q: %s", ev.Time.Value, tt.time, eventsString(g))
		})
	}
}
