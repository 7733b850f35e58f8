package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestKnownWhereAs checks that a name a described body is declared to be known by with a place
// or a manner before "as" ("The authority, known in Lanta as the Brisk Datatilsyn,", "known
// locally as") is another name of the body the description stands for, as "known as" is: one
// actor, not two.
func TestKnownWhereAs(t *testing.T) {
	tests := []struct{ name, body, actor, alias string }{
		{"known in a place as", "The Brisk Data Authority on Wednesday fined Halvorsen Freight. The authority, known in Lanta as the Brisk Datatilsyn, said the company had hidden the breach.",
			"Brisk Data Authority", "Brisk Datatilsyn"},
		{"known in the place as", "The Orvale Cyber Agency warned Kestrel Bank on Monday. The agency, known in the Dalmar Republic as the Orvale Tilsyn, said the bank had been breached.",
			"Orvale Cyber Agency", "Orvale Tilsyn"},
		{"known locally as", "The Selby Intelligence Service named the gang on Friday. The service, known locally as the Selby Varnsek, said it had briefed ministers.",
			"Selby Intelligence Service", "Selby Varnsek"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			a := actorByName(g, tt.actor)
			if assert.NotNil(t, a, "actors %v", g.Actors) {
				assert.Contains(t, a.Aliases, tt.alias, "got aliases %v", a.Aliases)
			}
			for _, b := range g.Actors {
				assert.NotEqual(t, tt.alias, b.Name, "got a second actor for the other name")
			}
		})
	}
}
