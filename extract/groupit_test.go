package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestGroupTakenUpByIt checks that "it" takes up a group named before a singular
// group noun ("the Velvet Orca group said it …"), as "they" does before any: the group denies
// or claims for itself, and the victim named before is no one's speaker.
func TestGroupTakenUpByIt(t *testing.T) {
	const told = "Hackers breached Orrin Water in May. "
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent      string
		notAgent   string // an actor that must be the agent of no event of typ
	}{
		{"group denies through it", told + "The Velvet Orca group said it was not responsible.", schema.EventDenial, "velvet-orca", "orrin-water"},
		{"gang claims a theft through it", told + "The Velvet Orca gang said it had stolen 40 gigabytes of files.", schema.EventTheft, "velvet-orca", "orrin-water"},
		{"it opens the next sentence", "The Velvet Orca group hit Orrin Water in May. It later leaked the files.", schema.EventLeak, "velvet-orca", "orrin-water"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotNil(t, findEvent(g, tt.typ, tt.agent, ""), "got %s, want %s by %s", eventsString(g), tt.typ, tt.agent)
			assert.Nil(t, findEvent(g, tt.typ, tt.notAgent, ""), "got %s, want no %s by %s", eventsString(g), tt.typ, tt.notAgent)
		})
	}
}
