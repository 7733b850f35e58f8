package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

// TestServiceVoice checks that a state's armed service named by its one word ("the Navy", "the
// Army") is an actor when it speaks, as the subject of a verb of saying or telling or as a
// spokesperson's employer, and that the bare word used elsewhere stays no actor.
func TestServiceVoice(t *testing.T) {
	tests := []struct {
		name, body string
		actor      string // the actor wanted, "" for none named by the word
		word       string // the bare word
	}{
		{"the Navy says in a statement",
			"The Navy said in a statement on Tuesday that it had taken \"appropriate measures\" after the leak of sonar designs.",
			"Navy", "Navy"},
		{"the Army tells reporters",
			"The Army told reporters on Monday that no classified files were taken in the breach.",
			"Army", "Army"},
		{"a service's spokeswoman",
			"A Navy spokeswoman said the ship's logs had been altered by hackers.",
			"Navy", "Navy"},
		{"a modifier of a depot",
			"A clerk at an Army supply depot was charged on Monday with passing files to a foreign agent.",
			"", "Army"},
		{"the object of work for",
			"The engineer had worked for the Navy for a decade before he was charged with espionage.",
			"", "Navy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-02-12", tt.body)
			a := actorByName(g, tt.word)
			if tt.actor == "" {
				assert.Nil(t, a, "got actor %q, want none", tt.word)
				return
			}
			require.NotNil(t, a, "no actor %q in %v", tt.actor, names(g))
			assert.Equal(t, schema.KindAgency, a.Kind, "got %s, want agency", a.Kind)
		})
	}
}
