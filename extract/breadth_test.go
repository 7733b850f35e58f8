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

// TestPhysicalAttackVerbs checks the verbs of a gun or bomb attack: "opened fire on",
// "detonated", "shot", "bombed", and the nouns "blast", "massacre", "assassination".
func TestPhysicalAttackVerbs(t *testing.T) {
	for _, body := range []string{
		"The Grey Lantern Brigade opened fire on a convoy near the border on Monday.",
		"The Grey Lantern Brigade detonated a truck bomb outside the Orvane Police headquarters.",
		"The Grey Lantern Brigade shot two guards at the Orvane Police headquarters.",
		"The Grey Lantern Brigade bombed the Orvane Police headquarters in May.",
		"The Grey Lantern Brigade said it carried out the blast at the Orvane Police headquarters.",
	} {
		g := extractText(t, "2025-06-10", body)
		assert.NotNil(t, findEvent(g, schema.EventAttack, "grey-lantern-brigade", ""), body+"\n"+eventsString(g))
	}
	// "opened" alone is no attack
	g := extractText(t, "2025-06-10", "The Grey Lantern Brigade opened an office in the capital.")
	assert.Nil(t, findEvent(g, schema.EventAttack, "", ""), eventsString(g))
}
