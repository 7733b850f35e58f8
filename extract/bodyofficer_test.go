package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBodyOfficer checks that "<body> <title> <person>" gives the body and its officer as two
// actors when the gazetteer does not know the body but the article names it on its own: an
// acronym it defines in brackets, or a run of capitalised words it writes inside a sentence.
func TestBodyOfficer(t *testing.T) {
	tests := []struct {
		name, body       string
		person, bodyName string
		personAlias      string // a further name of the person, or ""
	}{
		{"defined acronym, capitalised title",
			"Thieves copied cargo lists from a shipping firm, the Bureau of Coastal Networks (BCN) said on Monday. BCN Director Thomas Verhagen told reporters the files were old. \"We moved fast,\" Verhagen said.",
			"Thomas Verhagen", "Bureau of Coastal Networks", "Verhagen"},
		{"defined acronym, undersecretary",
			"Officials at the Office of Rural Broadband Services (ORBS) urged calm on Friday. ORBS Undersecretary Maria Lindqvist said the outage was caused by a storm. Lindqvist added that crews were at work.",
			"Maria Lindqvist", "Office of Rural Broadband Services", "Lindqvist"},
		{"a body named inside a sentence, a role word as title",
			"Ransomware shut the payroll system of Dunmore County, Oregon, in March. Dunmore County Manager Helen Ostrowski said on Tuesday that wages would be paid late.",
			"Helen Ostrowski", "Dunmore County", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-05-14", tt.body)
			p := actorByName(g, tt.person)
			require.NotNil(t, p, "no actor %q in %v", tt.person, names(g))
			assert.Equal(t, schema.KindPerson, p.Kind, "got kind %q, want person", p.Kind)
			b := actorByName(g, tt.bodyName)
			require.NotNil(t, b, "no actor %q in %v", tt.bodyName, names(g))
			assert.NotEqual(t, p.ID, b.ID, "got %q as a name of %q, want two actors", tt.person, tt.bodyName)
			for _, al := range b.Aliases {
				assert.NotContains(t, al, tt.person, "got alias %q on the body, want none naming the person", al)
			}
			if tt.personAlias != "" {
				assert.Contains(t, append([]string{p.Name}, p.Aliases...), tt.personAlias)
			}
		})
	}
}

// TestBodyOfficerNeedsNamedBody checks that a run whose first words the article never names on
// their own stays one name: no body is made up from the words before a title.
func TestBodyOfficerNeedsNamedBody(t *testing.T) {
	tests := []struct {
		name, body, notActor string
	}{
		{"undefined letters before a title",
			"KLX Director Thomas Verhagen said on Monday that the files were old.", "KLX"},
		{"a place words before a title, never named alone",
			"Harlow Valley Manager Helen Ostrowski said on Tuesday that wages would be paid late.", "Harlow Valley"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-05-14", tt.body)
			assert.Nil(t, actorByName(g, tt.notActor), "got actor %q in %v, want none", tt.notActor, names(g))
		})
	}
}
