package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRoleAfterTitle checks that a role word written after a title word ("Chief Executive",
// "General Manager") is read as the second word of the title, not as the first of the holder's
// name.
func TestRoleAfterTitle(t *testing.T) {
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-05-14", tt.body)
			p := actorByName(g, tt.person)
			require.NotNil(t, p, "no actor %q in %v", tt.person, names(g))
			assert.Equal(t, schema.KindPerson, p.Kind, "got kind %q, want person", p.Kind)
			if tt.notName != "" {
				assert.Nil(t, actorByName(g, tt.notName), "got actor %q in %v, want the title stripped", tt.notName, names(g))
			}
		})
	}
}

// TestAssistantTitle checks that "Assistant" opening a run is a rank of the title after it
// ("Assistant Attorney General X", "Assistant Director X"), so the run names a person.
func TestAssistantTitle(t *testing.T) {
	tests := []struct {
		name, body, person, notName string
	}{
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
			}
		})
	}
}

// TestBodyTitleHolder checks that a run naming a body or a rank, then a title, then a person
// ("Orvale Water Authority Director Tom Brack") names the person, who is found again by surname,
// and that a run without a holder's name after the title stays whole.
func TestBodyTitleHolder(t *testing.T) {
	tests := []struct {
		name, body, person, notName string
	}{
		{"body words before the title",
			"Orvale Water Authority Director Tom Brack said the pumps had stopped. \"We lost a day,\" Mr. Brack said.",
			"Tom Brack", "Brack"},
		{"county and title",
			"Harlow County Commissioner Edda Lusk told reporters the county had paid nothing. Ms. Lusk said the backups held.",
			"Edda Lusk", "Lusk"},
		{"rank words before the title",
			"Senior Special Agent Ivo Marsh said the servers had been seized. Marsh said the case was open.",
			"Ivo Marsh", "Marsh"},
		{"state legislator",
			"State Sen. Rhea Tolland said she would call a hearing on the breach.",
			"Rhea Tolland", "State Sen. Rhea Tolland"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-05-14", tt.body)
			p := actorByName(g, tt.person)
			require.NotNil(t, p, "no actor %q in %v", tt.person, names(g))
			assert.Equal(t, schema.KindPerson, p.Kind, "got kind %q, want person", p.Kind)
			for _, a := range g.Actors {
				assert.NotEqual(t, tt.notName, a.Name, "got a separate actor %q in %v", tt.notName, names(g))
			}
		})
	}
}
