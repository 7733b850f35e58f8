package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// stepsAgainst is the number of g's legal events against target whose trigger is one of
// lemmas.
func stepsAgainst(g *graph.Graph, target string, lemmas ...string) int {
	n := 0
	for _, e := range g.Events {
		if e.Type != schema.EventLegal || !hasParticipant(e, target, schema.RoleTarget) {
			continue
		}
		for _, l := range lemmas {
			if e.Trigger == l {
				n++
				break
			}
		}
	}
	return n
}

// TestLegalRetold checks that a legal step told again by a possessive or definite noun ("since
// his arrest"), by a bare noun after a verb of resisting it ("He resisted arrest"), or by the
// judge of the court that took it on the same day, is one step with the one told before; and
// that steps against other people, or a mention after two such steps, stay apart.
func TestLegalRetold(t *testing.T) {
	tests := []struct {
		name, body, target string
		lemmas             []string
		want               int
	}{
		{"possessive pronoun in a lawyer's words",
			"Marten Oluwole was arrested on March 4 at Dulles airport as he tried to board a flight to Vienna.\n\nHis lawyer, Rhea Castell, said on Tuesday that her client had cooperated with investigators since his arrest.",
			"marten-oluwole", []string{"arrest"}, 1},
		{"possessive name, verb then noun",
			"Dorian Vaskel was extradited to the United States in January.\n\nSince Vaskel's extradition, he has been held in a federal jail in Newark, his lawyers said on Friday.",
			"dorian-vaskel", []string{"extradite", "extradition"}, 1},
		{"bare noun after a verb of resisting",
			"Police in Oslo arrested Ivo Brandt in 2022. He resisted arrest.",
			"ivo-brandt", []string{"arrest"}, 1},
		{"the other of two people arrested",
			"Detectives arrested Pia Lund on Monday. Officers arrested Bram Osei on Tuesday. Osei's lawyer said his client had been held in a cell since Osei's arrest.",
			"bram-osei", []string{"arrest"}, 1},
		{"the first of two people arrested stays one",
			"Detectives arrested Pia Lund on Monday. Officers arrested Bram Osei on Tuesday. Osei's lawyer said his client had been held in a cell since Osei's arrest.",
			"pia-lund", []string{"arrest"}, 1},
		{"no step told before: the mention is the step",
			"Tova Reyes was charged on Monday with fraud. Her arrest came after a two-year investigation.",
			"tova-reyes", []string{"arrest"}, 1},
		{"the court and its judge on one day",
			"Nico Farrant was sentenced at Bristol Crown Court on Friday to four years in detention.\n\nSentencing him, Judge Helen Marsh said Farrant had shown no remorse.",
			"nico-farrant", []string{"sentence"}, 1},
		{"a state's own police carried out the arrest",
			"Ruvian authorities arrested Ilya Sarn in Tallin in February at the request of the United States.\n\nRuvia's Central Police, which carried out the arrest, said on Monday that officers had seized two laptops.",
			"ilya-sarn", []string{"arrest"}, 1},
		{"another state's police carried out an arrest",
			"Ruvian authorities arrested Ilya Sarn in Tallin in February at the request of the United States.\n\nSpain's National Police, which carried out the arrest, said on Monday that officers had seized two laptops.",
			"ilya-sarn", []string{"arrest"}, 2},
		{"a request for an extradition and its approval before the mention",
			"Prosecutors in Denver sought Nils Ardent's extradition from Norway. A court in Oslo approved an extradition of Ardent in June.\n\nA judge ruled that Ardent should stay in jail until his extradition hearing.",
			"nils-ardent", []string{"extradite", "extradition"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			got := stepsAgainst(g, tt.target, tt.lemmas...)
			assert.Equal(t, tt.want, got, "got %d steps against %s (%s), want %d", got, tt.target, eventsString(g), tt.want)
		})
	}
}

// TestBenchJoins checks that the judge who sentences on the court's day joins the court as a
// doer of the one sentence.
func TestBenchJoins(t *testing.T) {
	g := extractText(t, "2025-11-20", "Nico Farrant was sentenced at Bristol Crown Court on Friday to four years in detention.\n\nSentencing him, Judge Helen Marsh said Farrant had shown no remorse.")
	e := findEvent(g, schema.EventLegal, "helen-marsh", "nico-farrant")
	require.NotNil(t, e, "got %s, want Judge Marsh's sentence of Farrant", eventsString(g))
	assert.True(t, hasParticipant(*e, "bristol-crown-court", schema.RoleAgent), "got %s, want the court as a doer too", eventsString(g))
}

// TestResistedStep checks that the subject of a verb of resisting or giving up a legal step
// named by a bare noun is the one it is taken against.
func TestResistedStep(t *testing.T) {
	tests := []struct {
		name, body, target string
	}{
		{"fought, pronoun subject", "Police in Rome arrested Mara Quist in May 2023. She fought extradition for nine months before being flown to Chicago in January 2024.", "mara-quist"},
		{"waived, name subject", "Oskar Velt waived extradition in court on Monday.", "oskar-velt"},
		{"contested", "Lena Harrow contested extradition to the United States for a year.", "lena-harrow"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			got := stepsAgainst(g, tt.target, "extradition")
			assert.Equal(t, 1, got, "got %s, want an extradition against %s", eventsString(g), tt.target)
		})
	}
}

// TestSameStep checks which legal lemmas sameStep reads as one kind of step.
func TestSameStep(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"arrest", "arrest", true},
		{"extradite", "extradition", true},
		{"indict", "indictment", true},
		{"convict", "conviction", true},
		{"sue", "lawsuit", true},
		{"arrest", "extradition", false},
		{"charge", "conviction", false},
		{"sentence", "seizure", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.want, sameStep(tt.a, tt.b), "got %v, want %v", sameStep(tt.a, tt.b), tt.want)
		})
	}
}

// TestFalseModal checks that a past tense in -ght the tagger reads as a modal is tagged as the
// past tense, and the noun after it as a noun.
func TestFalseModal(t *testing.T) {
	tests := []struct {
		sentence, word, want string
	}{
		{"He fought extradition for nine months before being flown to Ohio.", "fought", "VBD"},
		{"He fought extradition for nine months before being flown to Ohio.", "extradition", "NN"},
		{"She ought to have known.", "ought", "MD"},
	}
	x := mustExtractor(t)
	for _, tt := range tests {
		t.Run(tt.sentence+"/"+tt.word, func(t *testing.T) {
			sents := x.nlp.sentences(tt.sentence)
			require.NotEmpty(t, sents)
			got := ""
			for _, k := range sents[0].Toks {
				if k.Text == tt.word {
					got = k.Tag
				}
			}
			assert.Equal(t, tt.want, got, "got %s, want %s", got, tt.want)
		})
	}
}

// TestIncidentRelativeHead checks that the verb after an incident noun with a non-restrictive
// relative clause ("The attack, which the company said began on a Saturday, encrypted …") does
// not take a name inside the clause for its doer: the incident is its subject.
func TestIncidentRelativeHead(t *testing.T) {
	const lead = "The Vesna group hit Corran Health with ransomware on March 9, the hospital chain said on Monday.\n\n"
	tests := []struct {
		name, body string
	}{
		{"speaker's description in the clause", "The attack, which the company said began on a Saturday, encrypted patient records."},
		{"speaker's name and a day in the clause", "The attack, which Corran Health said started on March 8, encrypted its servers."},
		{"a disclosure in the clause", "The breach, which Corran Health disclosed on Monday, exposed the records of 40,000 patients."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", lead+tt.body)
			for _, typ := range []schema.EventType{schema.EventAttack, schema.EventLeak, schema.EventIntrusion} {
				got := countEventsWith(g, typ, "corran-health", schema.RoleAgent)
				assert.Zero(t, got, "got %s, want no %s by Corran Health", eventsString(g), typ)
			}
		})
	}
}
