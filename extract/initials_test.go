package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestNameOpeningWithInitial checks that a name opening with an initial ("T. Marlow Fenn") is one
// actor, the initial and its full stop part of it, and that it speaks when it says something.
func TestNameOpeningWithInitial(t *testing.T) {
	tests := []struct {
		name, body string
		actor      string // the whole name that must be an actor
		speaks     bool   // whether the name is the agent of a statement
	}{
		{"before said, after a relative clause", "T. Marlow Fenn, who ran the audit at Osk Freight for a decade, said the breach had gone unseen for months.",
			"T. Marlow Fenn", true},
		{"after a role, before told", "\"Nothing was lost,\" Veldra Grid chief engineer K. Anjali Rao told reporters on Friday.",
			"K. Anjali Rao", true},
		{"a body whose name opens with an initial", "The P. Okonkwo Institute for Maritime Studies said on Monday that Ash Heron had breached Osk Freight.",
			"P. Okonkwo Institute for Maritime Studies", true},
		{"a middle initial after a title", "U.S. District Judge Harriet L. Vossberg said the theft had been planned for months.",
			"Harriet L. Vossberg", true},
		{"a middle initial after an inverted said", "\"We will find them,\" said Martin K. Deloy, a spokesman for the Interior Ministry.",
			"Martin K. Deloy", true},
		{"a middle initial after 'in Charge'", "\"The crew is finished,\" FBI Special Agent in Charge Colin M. Padgett said in a statement.",
			"Colin M. Padgett", true},
		{"'in Charge' before a name without an initial", "FBI Assistant Director in Charge Dana Wilkes said the crew was finished.",
			"Dana Wilkes", true},
		{"a middle initial in a name announcing charges", "The charges were announced by Renata J. Ostrow, the acting U.S. attorney, who said Reyl had stolen the data.",
			"Renata J. Ostrow", false},
		{"no initial, a name all the same", "Marlow Fenn, who ran the audit at Osk Freight for a decade, said the breach had gone unseen for months.",
			"Marlow Fenn", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-12", tt.body)
			a := actorByName(g, tt.actor)
			if !assert.NotNil(t, a, "got actors %s, want %q", names(g), tt.actor) {
				return
			}
			if tt.speaks {
				assert.NotNil(t, findEvent(g, schema.EventStatement, a.ID, ""), eventsString(g))
			}
			for _, b := range g.Actors {
				assert.NotEqual(t, tt.actor[:1], b.Name, "got a lone initial as an actor")
			}
		})
	}
}

// TestInitialStop checks which full stops initialStop reads as closing an initial that opens a
// name run.
func TestInitialStop(t *testing.T) {
	tests := []struct {
		name string
		toks []token
		i, j int
		want bool
	}{
		{"initial then a name", []token{{Text: "J", Start: 0, End: 1}, {Text: ".", Start: 1, End: 2}, {Text: "Rivers", Start: 3, End: 9}}, 0, 1, true},
		{"stop apart from the letter", []token{{Text: "J", Start: 0, End: 1}, {Text: ".", Start: 2, End: 3}, {Text: "Rivers", Start: 4, End: 10}}, 0, 1, false},
		{"a word, not a letter", []token{{Text: "Jo", Start: 0, End: 2}, {Text: ".", Start: 2, End: 3}, {Text: "Rivers", Start: 4, End: 10}}, 0, 1, false},
		{"lowercase after", []token{{Text: "J", Start: 0, End: 1}, {Text: ".", Start: 1, End: 2}, {Text: "rivers", Start: 3, End: 9}}, 0, 1, false},
		{"stop at the end", []token{{Text: "J", Start: 0, End: 1}, {Text: ".", Start: 1, End: 2}}, 0, 1, false},
		{"after a sentence-opening The", []token{{Text: "The", Lower: "the", Start: 0, End: 3}, {Text: "P", Start: 4, End: 5}, {Text: ".", Start: 5, End: 6}, {Text: "Okonkwo", Start: 7, End: 14}}, 0, 2, true},
		{"inside the run, not its opening", []token{{Text: "Ann", Start: 0, End: 3}, {Text: "J", Start: 4, End: 5}, {Text: ".", Start: 5, End: 6}, {Text: "Rivers", Start: 7, End: 13}}, 0, 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := initialStop(tt.toks, tt.i, tt.j); got != tt.want {
				t.Errorf("initialStop(%d, %d) = %v, want %v", tt.i, tt.j, got, tt.want)
			}
		})
	}
}

// TestPronounAfterQuotedOfficial checks that a person pronoun after a quotation its official
// speaker is named after ("“X is charged …,” FBI official Y said") takes up the person the
// quotation names, not the official, and that a pronoun opening the next sentence as its subject
// may still be the speaker's.
func TestPronounAfterQuotedOfficial(t *testing.T) {
	tests := []struct {
		name, body  string
		typ         schema.EventType
		agent, targ string
	}{
		{"his arrest, the one charged", "\"Marco Venn ran a ring that sold stolen passwords,\" police inspector Rita L. Soames said. The 29-year-old sold the files to a broker until his arrest in June 2024.",
			schema.EventLegal, "", "Marco Venn"},
		{"a gang he led, the one charged", "Tomas Reyl was detained in Spain, the Interior Ministry said. \"Tomas Reyl, a suspected broker of stolen records, ran a market for hacked accounts,\" Chief Inspector Harriet L. Vossberg said in a statement. The 31-year-old sold records to buyers in several countries from about March 2023 until his arrest in May 2025.",
			schema.EventLegal, "", "Tomas Reyl"},
		{"a subject pronoun, the speaker", "\"Dana Kell ran the crew for years,\" Detective Colin Padgett said on Monday. He arrested Kell in Lyon in May.",
			schema.EventLegal, "Colin Padgett", "Dana Kell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			agent, targ := "", ""
			if tt.agent != "" {
				a := actorByName(g, tt.agent)
				if !assert.NotNil(t, a, "got actors %s, want %q", names(g), tt.agent) {
					return
				}
				agent = a.ID
			}
			if tt.targ != "" {
				a := actorByName(g, tt.targ)
				if !assert.NotNil(t, a, "got actors %s, want %q", names(g), tt.targ) {
					return
				}
				targ = a.ID
			}
			assert.NotNil(t, findEvent(g, tt.typ, agent, targ), "got %s, want %s by %q against %q", eventsString(g), tt.typ, tt.agent, tt.targ)
		})
	}
}
