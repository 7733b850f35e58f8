package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestRelativeClauseRoles checks the agent and target of a deed whose actor is named before an
// apposition or a relative clause in the same sentence.
func TestRelativeClauseRoles(t *testing.T) {
	checkEventRules(t, "2021-06-09", []eventCase{
		{"a long apposition with a relative clause keeps the subject", "Hackers broke into Corvane Marine Systems last year. Tomas Brandt, a former contract engineer at the company who investigators say sold passwords to the gang, was arrested by Europol officers in Madrid in April.",
			schema.EventLegal, "europol", "tomas-brandt", true},
		{"the relative clause's object is not the arrested", "Hackers broke into Corvane Marine Systems last year. Tomas Brandt, a former contract engineer at the company who investigators say sold passwords to Irma Vell, was arrested by Europol officers in Madrid in April.",
			schema.EventLegal, "europol", "irma-vell", false},
		{"an apposition just past the plain reach", "Mara Holt, the contractor at the agency who prosecutors say copied the memos, was charged by the Justice Department on Friday.",
			schema.EventLegal, "justice-department", "mara-holt", true},
		{"a definite apposition's relative clause acts for the name before it", "The agency seized the ransom that Harrow Bank paid to Redfin Crew, the Dutch-speaking criminal group that encrypted the company's business systems in May. The Zorvex gang had hit Alder Health in April.",
			schema.EventAttack, "redfin-crew", "harrow-bank", true},
		{"a definite apposition's relative clause is not the payer's", "The agency seized the ransom that Harrow Bank paid to Redfin Crew, the Dutch-speaking criminal group that encrypted the company's business systems in May. The Zorvex gang had hit Alder Health in April.",
			schema.EventAttack, "harrow-bank", "", false},
		{"an indefinite apposition's relative clause acts for the name before it", "Investigators traced the payment to Redfin Crew, a criminal gang that breached Alder Freight in May.",
			schema.EventIntrusion, "redfin-crew", "alder-freight", true},
		{"a possessive apposition is not a name's description", "Alder Freight blamed Redfin Crew, its former contractor that breached the network in May.",
			schema.EventIntrusion, "alder-freight", "", false},
	})
}

// TestDemonymCompoundBeforeAdjectives checks that a demonym or language compound ("Polish-born",
// "Dutch-speaking") stays an adjective when lower-case adjectives stand before its noun.
func TestDemonymCompoundBeforeAdjectives(t *testing.T) {
	tests := []struct {
		name, body string
		absent     []string
	}{
		{"a language compound before an adjective and a group noun", "The money went to Redfin Crew, the Dutch-speaking criminal gang that encrypted the bank's servers.",
			[]string{"Dutch-speaking"}},
		{"a demonym compound before two adjectives and a person noun", "Harrow Bank said a Polish-born former systems administrator had sold the company's passwords in May.",
			[]string{"Polish-born"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2021-06-09", tt.body)
			wantActors(t, g, tt.absent, "")
		})
	}
}

// TestLongRelativeClauseSubject checks that a restrictive relative clause on the subject, however
// many names it holds, leaves the subject its head noun: the names inside are the clause's own.
func TestLongRelativeClauseSubject(t *testing.T) {
	checkEventRules(t, "2025-02-27", []eventCase{
		{"a long clause with a place does not lend its tool to the sentenced", "A Latvian woman who used Quillfang malware to lock the computers of Harrow County and a dental office in Bexley was sentenced Tuesday to eight years in prison. Ilse Varga, 41, had pleaded guilty in March.",
			schema.EventLegal, "", "quillfang", false},
		{"a long clause leaves the sentenced the one described", "A Latvian woman who used Quillfang malware to lock the computers of Harrow County and a dental office in Bexley was sentenced Tuesday to eight years in prison. Ilse Varga, 41, had pleaded guilty in March.",
			schema.EventLegal, "", "ilse-varga", true},
		{"a clause with two verbs joined by and", "The hacker who stole the payroll files of Harrow County and sold them on Exploit was arrested on Monday.",
			schema.EventLegal, "", "harrow-county", false},
		{"a clause with a list of names", "The gang that breached Harrow County, Bexley Water and the Ostrava Transit Authority in May leaked files on Friday.",
			schema.EventLeak, "ostrava-transit-authority", "", false},
		{"a short clause still leaves the head the subject", "The gang that breached Harrow County in May leaked files on Friday.",
			schema.EventLeak, "harrow-county", "", false},
	})
}

// TestDescribedSuspectHead checks that a sentence opening with people described as suspects
// ("Two men accused of …") keeps them the subject of its verb, not a name inside the clause.
func TestDescribedSuspectHead(t *testing.T) {
	checkEventRules(t, "2025-02-27", []eventCase{
		{"the victim inside the clause is not the arrested", "Two men accused of stealing and selling the records of some 20,000 customers of Bexley Water were arrested on Monday.",
			schema.EventLegal, "", "bexley-water", false},
		{"after a dateline", "BEXLEY — A contractor suspected of selling the passwords of Harrow County has been charged.",
			schema.EventLegal, "", "harrow-county", false},
		{"the announcing police force still takes the step", "Two men accused of stealing the records of Bexley Water were arrested in Bexley on Monday, the Harrow Police said.",
			schema.EventLegal, "harrow-police", "", true},
		{"a named head stays the subject", "Ilse Varga, accused of stealing the records of Bexley Water, was arrested on Monday.",
			schema.EventLegal, "", "ilse-varga", true},
	})
}
