package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// Tests from the second breadth round (leaks to journalists, influence operations, hospital
// ransomware attributed later). Every sentence is written for the test.

// TestAdmitCondemnSpeak checks that admitting and condemning are statements of their subject.
func TestAdmitCondemnSpeak(t *testing.T) {
	for _, c := range []struct{ body, agent string }{
		{"Prime Minister Anton Riis admitted on Monday that the files were genuine.", "anton-riis"},
		{"The press union Writers Against Silence condemned the arrest of the reporter.", "writers-against-silence"},
	} {
		g := extractText(t, "2026-03-19", c.body)
		assert.NotNil(t, findEvent(g, schema.EventStatement, c.agent, ""), "%s: %s", c.body, eventsString(g))
	}
}
