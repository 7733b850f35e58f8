package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLedeRelativeNamed checks that a lede's passive legal step whose subject is a person
// described with a nationality or a relative clause ("A Russian computer programmer who broke
// into X … was sentenced"; ledeRelative, demonymModifier) takes the person the next sentence names
// with an age in apposition (namedNext), and that a relative clause bringing in someone else
// ("who his lawyers said …") or a next sentence naming no person with an age takes no one.
func TestLedeRelativeNamed(t *testing.T) {
	tests := []struct {
		name, body, target string
		want               bool
	}{
		{"a relative clause after a dateline",
			"DENVER — A German engineer who sold turbine designs to a rival firm was convicted on Monday of economic espionage.\n\nHans Kettler, 52, faces up to ten years in prison.",
			"hans-kettler", true},
		{"a long relative clause with two verbs and a place in it",
			"BOSTON — A Latvian computer programmer who broke into the payment systems of an Ohio shoe chain and sold the card numbers on a forum was sentenced on Tuesday to six years in prison.\n\nIvars Kalnin, 29, of Riga, stood silent as Judge Mary Holt read the sentence.",
			"ivars-kalnin", true},
		{"a nationality without a relative clause",
			"A Russian man was arrested in Prague on Friday at the request of American prosecutors.\n\nOleg Varnin, 41, is accused of running a botnet.",
			"oleg-varnin", true},
		{"a relative clause with a pronoun brings in someone else",
			"LONDON — A British teenager who his lawyers said was manipulated by older hackers was jailed on Wednesday.\n\nTom Ellery, 18, admitted the offences.",
			"tom-ellery", false},
		{"an age with 'now' before it",
			"A teenager who defaced a county ticketing site has been sentenced to 30 months in custody.\n\nMia Dorsett, now 20, broke into the servers of Ferrow Rail in 2024, the judge was told.",
			"mia-dorsett", true},
		{"an age with 'aged' before it",
			"A teenager who broke into a council network was jailed for three years on Tuesday.\n\nJohn Harlow, aged 18, admitted the offences in June.",
			"john-harlow", true},
		{"'now' with no number is no age",
			"A teenager who defaced a county ticketing site has been sentenced to 30 months in custody.\n\nMia Dorsett, now a nurse, broke into the servers of Ferrow Rail in 2024.",
			"mia-dorsett", false},
		{"a next sentence naming no person with an age",
			"A Dutch woman who ran a phishing service was extradited to the United States on Monday.\n\nThe service, Mara Kit, was taken offline last year.",
			"mara-kit", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.Equal(t, tt.want, firstSentenceStep(g, "", tt.target), "got %v, want %v in %s", !tt.want, tt.want, eventsString(g))
		})
	}
}
