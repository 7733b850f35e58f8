package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/intelgraph/intelgraph/schema"
)

// TestLawSayer checks that an agency announcing a passive legal step by a verb of saying that
// governs the step's clause, closing the sentence after a comma or heading the reported clause,
// is the step's agent when the step is its own kind (a charge, an inquiry; a custody step only
// for a police force), and that a court's step, a step in a relative clause, a step with a "by"
// phrase or a company's saying give no agent.
func TestLawSayer(t *testing.T) {
	checkEventRules(t, "2024-03-09", []eventCase{
		{"closing attribution of a charge", "Edda Marsh, a former analyst at Corvan Systems, was charged Friday with passing design files to a foreign buyer, the Ostmark Justice Ministry said.",
			schema.EventLegal, "ostmark-justice-ministry", "edda-marsh", true},
		{"saying heads the reported charge", "The Ostmark Justice Ministry said on Friday that Edda Marsh had been charged with selling design files.",
			schema.EventLegal, "ostmark-justice-ministry", "edda-marsh", true},
		{"a police force tells of its arrest", "Edda Marsh was arrested at her home in Lenby on Tuesday, the Ostmark Police said.",
			schema.EventLegal, "ostmark-police", "edda-marsh", true},
		{"a prosecutor tells of an arrest abroad", "Edda Marsh was arrested in Karsovia earlier this year, the Ostmark Justice Ministry said.",
			schema.EventLegal, "ostmark-justice-ministry", "", false},
		{"a court's sentence", "Edda Marsh was sentenced on Monday to six years in prison, the Ostmark Justice Ministry said.",
			schema.EventLegal, "ostmark-justice-ministry", "", false},
		{"a step with a by phrase", "Edda Marsh was charged by the Lenby Police on Friday, the Ostmark Justice Ministry said.",
			schema.EventLegal, "ostmark-justice-ministry", "", false},
		{"a step in a relative clause", "Edda Marsh, who was charged on Friday, had worked for Corvan Systems for a decade, the Ostmark Justice Ministry said.",
			schema.EventLegal, "ostmark-justice-ministry", "", false},
		{"a company's saying", "Edda Marsh was charged on Friday with stealing design files, Corvan Systems said.",
			schema.EventLegal, "corvan-systems", "", false},
	})
}

// TestBenchJudge checks that a court's step told in the passive with no doer and dated to a
// day takes the one judge the article names after the title "Judge", while a step dated only
// to a year, a plea, and an article naming two judges leave the step without a doer.
func TestBenchJudge(t *testing.T) {
	checkEventRules(t, "2024-03-09", []eventCase{
		{"sentenced on a day, the judge named after", "Edda Marsh was sentenced on Wednesday to six years in prison for selling design files. District Judge Ansel Corby also ordered her to pay a fine.",
			schema.EventLegal, "ansel-corby", "edda-marsh", true},
		{"the judge named before", "Judge Ansel Corby heard the case in Lenby. Edda Marsh was sentenced on Wednesday to six years in prison.",
			schema.EventLegal, "ansel-corby", "edda-marsh", true},
		{"a step dated to a year", "Edda Marsh was sentenced in 2019 to six years in prison. District Judge Ansel Corby later reduced the term.",
			schema.EventLegal, "ansel-corby", "edda-marsh", false},
		{"a plea is the defendant's own", "Edda Marsh pleaded guilty on Wednesday to selling design files. District Judge Ansel Corby set a hearing for May.",
			schema.EventLegal, "ansel-corby", "", false},
		{"two judges named", "Edda Marsh was sentenced on Wednesday to six years in prison. Judge Ansel Corby and Judge Mira Holt had heard the case.",
			schema.EventLegal, "ansel-corby", "edda-marsh", false},
	})
}

// TestChargingDocument checks that a charging document opening its sentence as the subject of a
// present-tense verb of charging ("A criminal complaint unsealed Friday charges him") takes the
// doer of the charging step told just before, so that a step of the same day folds into it;
// an arrest before it is no charging step and lends no doer.
func TestChargingDocument(t *testing.T) {
	tests := []struct {
		name, body string
		steps      int // legal events against edda-marsh
		agent      string
		byAgent    int // legal events with that agent
	}{
		{"a complaint after the charge, same day", "Edda Marsh was charged Friday with selling design files, the Ostmark Justice Ministry said. A criminal complaint unsealed Friday charges her with theft of trade secrets.",
			1, "ostmark-justice-ministry", 1},
		{"an indictment after the charge", "The Ostmark Justice Ministry charged Edda Marsh on Friday. The indictment charges her with theft of trade secrets.",
			2, "ostmark-justice-ministry", 2},
		{"an arrest before is the police's", "Edda Marsh was arrested by the Ostmark Police on Thursday. A criminal complaint unsealed Friday charges her with theft of trade secrets.",
			2, "ostmark-police", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-03-09", tt.body)
			assert.Equal(t, tt.steps, countEventsWith(g, schema.EventLegal, "edda-marsh", schema.RoleTarget), "events: %s", eventsString(g))
			assert.Equal(t, tt.byAgent, countEventsWith(g, schema.EventLegal, tt.agent, schema.RoleAgent), "events: %s", eventsString(g))
		})
	}
}
