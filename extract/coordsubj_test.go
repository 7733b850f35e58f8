package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestSharedHeadBodies checks that capitalised modifiers sharing a plural head ("the State and
// Treasury departments") name one known body each, and that each is a member of the subject
// they coordinate, with a name after them too.
func TestSharedHeadBodies(t *testing.T) {
	checkEventRules(t, "2025-06-10", []eventCase{
		{"the first modifier names a body", "In March, the State and Treasury departments and the FBI issued a report on Grey Marten's front companies.",
			schema.EventReport, "state-department", "", true},
		{"the second modifier names a body", "In March, the State and Treasury departments and the FBI issued a report on Grey Marten's front companies.",
			schema.EventReport, "treasury-department", "", true},
		{"the name after the shared head stays", "In March, the State and Treasury departments and the FBI issued a report on Grey Marten's front companies.",
			schema.EventReport, "federal-bureau-of-investigation", "", true},
		{"three modifiers", "The Justice, State and Treasury departments warned Harrow Bank on Monday.",
			schema.EventWarning, "justice-department", "harrow-bank", true},
		{"three modifiers, the last", "The Justice, State and Treasury departments warned Harrow Bank on Monday.",
			schema.EventWarning, "treasury-department", "harrow-bank", true},
	})
	// a firm's departments the gazetteer does not know name no body
	g := extractText(t, "2025-06-10", "The Sales and Marketing departments of Harrow Bank warned staff on Monday.")
	assert.Nil(t, actorByName(g, "Sales Department"), eventsString(g))
	assert.Nil(t, actorByName(g, "Marketing Department"), eventsString(g))
}
