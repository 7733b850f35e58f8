package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestSharedHeadBodies checks that capitalised modifiers sharing a plural head ("the State and
// Treasury departments") name one known body each, and that each is a member of the subject
// they coordinate, with a name after them too.
func TestSharedHeadBodies(t *testing.T) {
	checkEventRules(t, "2025-06-10", []eventCase{
		{"the first modifier names a body", "In March, the State and Treasury departments and the FBI issued a report on Grey Marten's front companies.",
			schema.EventReport, "state-department", "", true},
		{"the second modifier names a body", "In March, the State and Treasury departments and the FBI issued a report on Grey Marten's front companies.",
			schema.EventReport, "treasury-department", "", true},
		{"the name after the shared head stays", "In March, the State and Treasury departments and the FBI issued a report on Grey Marten's front companies.",
			schema.EventReport, "federal-bureau-of-investigation", "", true},
		{"three modifiers", "The Justice, State and Treasury departments warned Harrow Bank on Monday.",
			schema.EventWarning, "justice-department", "harrow-bank", true},
		{"three modifiers, the last", "The Justice, State and Treasury departments warned Harrow Bank on Monday.",
			schema.EventWarning, "treasury-department", "harrow-bank", true},
	})
	// a firm's departments the gazetteer does not know name no body
	g := extractText(t, "2025-06-10", "The Sales and Marketing departments of Harrow Bank warned staff on Monday.")
	assert.Nil(t, actorByName(g, "Sales Department"), eventsString(g))
	assert.Nil(t, actorByName(g, "Marketing Department"), eventsString(g))
}

// TestParticipleAsideSubject checks that a present-participle phrase or a phrase of company set
// off by commas after a named subject ("X, working with Y and Z, warned", "X, together with
// agencies in Y and Z, attributed") leaves the subject the agent, not the names in the phrase, and that a phrase after an unnamed head ("Several governments, including X and
// Y,") still gives the names it lists.
func TestParticipleAsideSubject(t *testing.T) {
	checkEventRules(t, "2025-06-10", []eventCase{
		{"the subject before the aside warns", "On Monday, the Ostmark Cyber Agency (OCA), working with the Federal Police Office and the Harbor Authority, warned Harrow Bank about phishing.",
			schema.EventWarning, "ostmark-cyber-agency", "harrow-bank", true},
		{"the company in the aside does not warn", "On Monday, the Ostmark Cyber Agency (OCA), working with the Federal Police Office and the Harbor Authority, warned Harrow Bank about phishing.",
			schema.EventWarning, "harbor-authority", "harrow-bank", false},
		{"agencies from a country, the members listed after", "In May, agencies from Canada and four partner countries, including Japan and Germany, warned Harrow Bank about Grey Marten.",
			schema.EventWarning, "canada", "harrow-bank", true},
		{"the members listed do not stand for the agencies", "In May, agencies from Canada and four partner countries, including Japan and Germany, warned Harrow Bank about Grey Marten.",
			schema.EventWarning, "germany", "harrow-bank", false},
		{"an unnamed head keeps the names listed", "Several governments, including Japan and Germany, accused Grey Marten of hacking Harrow Bank.",
			schema.EventAccusation, "germany", "grey-marten", true},
		{"the subject before 'together with' accuses", "The Ostmark Cyber Agency, together with agencies in Japan and Germany, attributed the break-in at Harrow Bank to Grey Marten.",
			schema.EventAccusation, "ostmark-cyber-agency", "grey-marten", true},
		{"the countries after 'together with' do not", "The Ostmark Cyber Agency, together with agencies in Japan and Germany, attributed the break-in at Harrow Bank to Grey Marten.",
			schema.EventAccusation, "germany", "grey-marten", false},
		{"the subject before 'alongside' warns", "The Ostmark Cyber Agency, alongside partners in Japan and Germany, warned Harrow Bank about Grey Marten.",
			schema.EventWarning, "ostmark-cyber-agency", "harrow-bank", true},
		{"the subject before 'along with' blames", "The Ostmark Cyber Agency, along with Japan and Germany, blamed Grey Marten for the outage at Harrow Bank.",
			schema.EventAccusation, "ostmark-cyber-agency", "grey-marten", true},
	})
}

// TestOwnerRelationSubject checks that a subject "X and her lawyer, Y," gives both X and Y as
// the doers, the one named before the owner's pronoun too.
func TestOwnerRelationSubject(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"the client before her lawyer denies", "Harta Lim and her lawyer, Dov Sato, denied the charges.",
			schema.EventDenial, "harta-lim", "", true},
		{"the lawyer denies too", "Harta Lim and her lawyer, Dov Sato, denied the charges.",
			schema.EventDenial, "dov-sato", "", true},
		{"his attorney, a known first name", "Ivan Petrov and his attorney, Maria Holt, rejected the accusations on Monday.",
			schema.EventDenial, "ivan-petrov", "", true},
		{"a company and its parent", "Velder Systems and its parent company, Oskana Holdings, denied any wrongdoing.",
			schema.EventDenial, "velder-systems", "", true},
	})
}
