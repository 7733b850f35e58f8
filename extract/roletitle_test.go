package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTitleWordsBeforeName checks that the words of a title before a person's name are read as
// the title, not as the first words of the holder's name: a role word written after a title
// word ("Chief Executive", "General Manager") and "Assistant" opening a run as a rank of the
// title after it ("Assistant Attorney General X").
func TestTitleWordsBeforeName(t *testing.T) {
	tests := []struct {
		name, body, person, notName string
	}{
		{"chief executive",
			"Orbis Freight said its warehouses were running again. Chief Executive Paula Brennan said the firm had paid no ransom.",
			"Paula Brennan", "Executive Paula Brennan"},
		{"general manager",
			"The port reopened on Friday. General Manager Tomasz Wieczorek said cargo would move by Monday.",
			"Tomasz Wieczorek", "Manager Tomasz Wieczorek"},
		{"a role word alone after the title is the holder's name",
			"The committee heard from officials on Monday. Senator Fellow said the hearing would go on.",
			"Fellow", ""},
		{"assistant attorney general",
			"\"The men stole from patients,\" Assistant Attorney General Diane Whitcombe said in a statement. Whitcombe added that the case was not closed.",
			"Diane Whitcombe", "Assistant Attorney General Diane Whitcombe"},
		{"assistant attorney general of a division",
			"Assistant Attorney General Peter Ansel of the department's criminal division told reporters the hackers were paid by a state. Ansel declined to name it.",
			"Peter Ansel", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-05-14", tt.body)
			p := actorByName(g, tt.person)
			require.NotNil(t, p, "no actor %q in %v", tt.person, names(g))
			assert.Equal(t, schema.KindPerson, p.Kind, "got kind %q, want person", p.Kind)
			if tt.notName != "" {
				assert.NotEqual(t, tt.notName, p.Name, "got name %q, want the title stripped", p.Name)
				assert.Nil(t, actorByName(g, tt.notName), "got actor %q in %v, want the title stripped", tt.notName, names(g))
			}
		})
	}
}
