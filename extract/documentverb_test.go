package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/intelgraph/intelgraph/schema"
)

// TestDocumentVerb checks that "charges", "accuses" or "names" right after the relative "that"
// or "which" on a charging document, with a name or pronoun after it, is read as the
// document's verb ("unsealed an indictment that charges Ivo Marsh"), past an aside set off by
// commas; that "charges" stays a noun after a "that" with no charging document before it or
// no name after it; and that the charge so told falls on the one named, by the authority that
// brought the document.
func TestDocumentVerb(t *testing.T) {
	x := mustExtractor(t)
	checkWordTags(t, x, []wordTag{
		{"Ostmark prosecutors unsealed an indictment that charges Ivo Marsh with fraud.", "charges", "VBZ"},
		{"The ministry filed a complaint, signed by a judge in Lenby on Monday, that charges Ivo Marsh and Lena Hald with theft.", "charges", "VBZ"},
		{"The ministry released an indictment which accuses Ivo Marsh of spying.", "accuses", "VBZ"},
		{"Ivo Marsh said that charges against him were false.", "charges", "NNS"},
		{"The indictment lists the charges that Ivo Marsh faces.", "charges", "NNS"},
	})
	tests := []struct {
		name, body, agent, target string
	}{
		{"relative that on an indictment", "The Ostmark Justice Ministry on Thursday unsealed an indictment that charges Ivo Marsh with computer fraud.", "ostmark-justice-ministry", "ivo-marsh"},
		{"past an aside with its own doer", "The Ostmark Justice Ministry on Wednesday unsealed an indictment, returned by a grand jury in Lenby, that charges Ivo Marsh and Lena Hald with wire fraud.", "ostmark-justice-ministry", "ivo-marsh"},
		{"relative which on a complaint", "The Ostmark Justice Ministry unsealed a criminal complaint which charges Ivo Marsh with wire fraud.", "ostmark-justice-ministry", "ivo-marsh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventLegal, tt.agent, tt.target), "got %s, want legal %s → %s", eventsString(g), tt.agent, tt.target)
		})
	}
}

// TestDocAside checks that a charge told in a relative clause on a charging document takes the
// day the document was made public, not the time of a participial aside between the document
// and the clause (its return to court), whether the day comes before the verb or after the
// document; a charge with no aside keeps its own day.
func TestDocAside(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"day before the verb", "The Ostmark Justice Ministry on Wednesday unsealed an indictment, returned by a grand jury in Lenby last month, that charges Ivo Marsh with wire fraud.", "2025-11-19"},
		{"day after the document", "The Ostmark Justice Ministry unsealed an indictment on Tuesday, returned by a grand jury in March, that charges Ivo Marsh with wire fraud.", "2025-11-18"},
		{"no aside", "The Ostmark Justice Ministry on Tuesday unsealed an indictment that charges Ivo Marsh with wire fraud.", "2025-11-18"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			ev := findEvent(g, schema.EventLegal, "ostmark-justice-ministry", "ivo-marsh")
			if assert.NotNil(t, ev, "got %s", eventsString(g)) {
				assert.Equal(t, tt.want, ev.Time.Value, "got %s", eventsString(g))
			}
		})
	}
}
