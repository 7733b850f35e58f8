package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestCompanyVoice checks that "a company spokeswoman" with no name after it speaks for the
// company the article speaks of, and that a named spokesman or a story with no company leaves it
// alone.
func TestCompanyVoice(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent      string // the agent of an event of type typ that must be found, "" for none of that type
	}{
		{"a company spokeswoman denied", "Ash Heron breached Orvik Freight in May. On Tuesday, a company spokeswoman denied that Orvik Freight had paid a ransom.",
			schema.EventDenial, "orvik-freight"},
		{"a company spokesman said", "Ash Heron breached Orvik Freight in May. Speaking in Oslo on Monday, a company spokesman said that no customer data was taken.",
			schema.EventStatement, "orvik-freight"},
		{"the company spokesperson said", "Ash Heron breached Orvik Freight in May. The company spokesperson said on Friday that the systems were restored.",
			schema.EventStatement, "orvik-freight"},
		{"a named company spokesman", "Ash Heron breached Orvik Freight in May. A company spokesman, Ivo Marsk, said on Friday that the systems were restored.",
			schema.EventStatement, "ivo-marsk"},
		{"no company in the story", "A company spokesman said on Friday that the systems were restored.",
			schema.EventStatement, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-12", tt.body)
			if tt.agent == "" {
				for _, ev := range g.Events {
					assert.NotEqual(t, tt.typ, ev.Type, "got %s, want no %s", eventsString(g), tt.typ)
				}
				return
			}
			assert.NotNil(t, findEvent(g, tt.typ, tt.agent, ""), "got %s, want a %s by %s", eventsString(g), tt.typ, tt.agent)
		})
	}
}
