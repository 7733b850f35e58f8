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

// TestOfficeTitle checks that "the Minister for X" or "the Minister Responsible for X" with no
// holder named after it is a person, the holder of that office, who speaks by that title and as
// "the minister" further on; a holder named after the title is the one who speaks.
func TestOfficeTitle(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent      string // the name of the agent of an event of type typ that must be found
		notActor   string // a name that must be no actor, "" for none
	}{
		{"told Parliament", "The Minister for Harbour Safety told Parliament on Tuesday that Ash Heron had breached the Pell Harbour Board.",
			schema.EventStatement, "Minister for Harbour Safety", ""},
		{"responsible for a body", "Ash Heron breached the Pell Harbour Board in May. The Minister Responsible for the NCSA rejected that on Monday.",
			schema.EventDenial, "Minister Responsible for the NCSA", ""},
		{"the minister further on", "The tariffs were announced on Monday by the Minister for Trade and Industry. \"It was a deliberate choice,\" the minister said in a statement.",
			schema.EventStatement, "Minister for Trade and Industry", ""},
		{"a holder set beside the title", "The Minister for Harbour Safety, Lena Okafor, said on Tuesday that Ash Heron had breached the Pell Harbour Board.",
			schema.EventStatement, "Lena Okafor", "Minister for Harbour Safety"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-12", tt.body)
			a := actorByName(g, tt.agent)
			if !assert.NotNil(t, a, "got actors %s, want %q", names(g), tt.agent) {
				return
			}
			assert.Equal(t, schema.KindPerson, a.Kind)
			assert.NotNil(t, findEvent(g, tt.typ, a.ID, ""), "got %s, want a %s by %s", eventsString(g), tt.typ, a.ID)
			if tt.notActor != "" {
				assert.Nil(t, actorByName(g, tt.notActor), "got actors %s", names(g))
			}
		})
	}
}
