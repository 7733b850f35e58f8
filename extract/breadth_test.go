package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// Tests for news other than cyber incidents: attacks on public places, hearings, spy trials,
// expulsions and press-freedom disputes. Every sentence is written for the test.

// TestAppositiveSpeaker checks that a name standing alone between commas after a title noun
// speaks: "the broadcaster's director, Ilse Varga, said".
func TestAppositiveSpeaker(t *testing.T) {
	for _, body := range []string{
		"The broadcaster's director, Ilse Varga, said the ruling was an attack on the press.",
		"The head of the union, Ilse Varga, said the ruling was an attack on the press.",
	} {
		g := extractText(t, "2025-06-10", body)
		assert.NotNil(t, findEvent(g, schema.EventStatement, "ilse-varga", ""), body+"\n"+eventsString(g))
	}
}
