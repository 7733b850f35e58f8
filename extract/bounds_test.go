package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestHitAndTallies checks "hit" as an attack and that a counted tally of victims ("at least 30
// firms") fills no actor role of its own.
func TestHitAndTallies(t *testing.T) {
	g := extractText(t, "2024-06-10", "Grey Heron hit Harrow County on Monday.")
	assert.NotNil(t, findEvent(g, schema.EventAttack, "grey-heron", "harrow-county"), eventsString(g))

	g = extractText(t, "2024-06-10", "Analysts said Grey Heron had hit at least 30 logistics firms this year.")
	assert.NotNil(t, findEvent(g, schema.EventAttack, "grey-heron", ""), eventsString(g))
	for _, a := range g.Actors {
		assert.NotContains(t, a.Name, "firms", "a tally is not an actor")
	}

	g = extractText(t, "2024-06-10", "Two gunmen attacked Harrow County on Monday.")
	assert.NotNil(t, findEvent(g, schema.EventAttack, "", "harrow-county"), eventsString(g))
}

// TestBoardIsOrganisation checks that a name ending in "Board" is an organisation, not a
// person-shaped guess, so that "they"/"it" and descriptions can refer to it.
func TestBoardIsOrganisation(t *testing.T) {
	g := extractText(t, "2024-06-10", "The Corvel Water Board said on Monday that its billing systems had been restored.")
	found := false
	for _, a := range g.Actors {
		if a.Name == "Corvel Water Board" {
			found = true
			assert.Equal(t, schema.KindOrganization, a.Kind)
		}
	}
	assert.True(t, found, "actor Corvel Water Board")
}
