package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestDocumentLinks checks that a document opening its sentence as the subject of a verb of
// linking ("The report ties the activity to Y", "The advisory links the thefts to Y") accuses
// Y in the name of the document's issuer told just before (documentTeller), as "attributes"
// does.
func TestDocumentLinks(t *testing.T) {
	tests := []struct{ name, body string }{
		{"ties", "Kestrel Labs published a report on Monday about attacks on exchanges. The report ties the activity to Brass Owl."},
		{"links", "Kestrel Labs published a report on Monday about attacks on exchanges. The report links the thefts to Brass Owl."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventAccusation, "kestrel-labs", "brass-owl"), "got %s, want an accusation by kestrel-labs of brass-owl", eventsString(g))
		})
	}
}
