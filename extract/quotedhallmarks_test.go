package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestQuotedHallmarks checks that a hallmark or deed-work phrase quoted from the speaker accuses
// the one it names when the quotation closes right after a demonym phrase ("bore \"all the
// hallmarks of the Karvian security services\"": the state, whatever the tagger made of the
// closing mark; closingQuote) or opens right after the verb "be" ("was \"the work of …\""), and
// that "had" before "been" is the perfect's auxiliary, no verb of hallmarks ("had been the work of").
func TestQuotedHallmarks(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string
	}{
		{"straight quote before a comma", `Ostland's foreign ministry said the operation bore "all the hallmarks of the Russian security services", and summoned the ambassador.`, "ostlands-foreign-ministry", "russia"},
		{"straight quote before and", `Ostland's foreign ministry said the operation bore "all the hallmarks of the Chinese intelligence services" and summoned the ambassador.`, "ostlands-foreign-ministry", "china"},
		{"curly quote before the stop", `Talvin Grosse said the campaign bore “all the hallmarks of the North Korean military”.`, "talvin-grosse", "north-korea"},
		{"straight quote before a time", `Verena Holt said the attack bore "the hallmarks of Russian intelligence services" on Tuesday.`, "verena-holt", "russia"},
		{"the work of, quoted", `The Marovian defence ministry said the wiper was "the work of Iranian intelligence officers" and promised a response.`, "marovian-defence-ministry", "iran"},
		{"the work of, quoted after had been", `Ostland's foreign ministry said the outage had been "the work of Russian military intelligence".`, "ostlands-foreign-ministry", "russia"},
		{"the work of, after had been", "Ostland's foreign ministry said the outage had been the work of Iranian military intelligence.", "ostlands-foreign-ministry", "iran"},
		{"the hallmarks of, after had", "Ostland's foreign ministry said the outage had all the hallmarks of Iranian military intelligence.", "ostlands-foreign-ministry", "iran"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventAccusation, tt.agent, tt.target), "got %s, want an accusation by %s of %s", eventsString(g), tt.agent, tt.target)
		})
	}
}

// TestClosingQuote checks which double quotation marks closingQuote reads as closing one.
func TestClosingQuote(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		tags  []string
		k     int
		want  bool
	}{
		{"curly closing", []string{"services", "”"}, []string{"NNS", "NN"}, 1, true},
		{"straight before a stop", []string{"services", `"`, "."}, []string{"NNS", "NN", "."}, 1, true},
		{"straight before a comma", []string{"services", `"`, ","}, []string{"NNS", "NN", ","}, 1, true},
		{"straight before a word", []string{"services", `"`, "hackers"}, []string{"NNS", "NN", "NNS"}, 1, false},
		{"curly opening", []string{"services", "“"}, []string{"NNS", "NN"}, 1, false},
		{"no quote", []string{"services", "officials"}, []string{"NNS", "NNS"}, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := make([]token, len(tt.words))
			for i, w := range tt.words {
				toks[i] = token{Text: w, Lower: w, Tag: tt.tags[i]}
			}
			assert.Equal(t, tt.want, closingQuote(toks, tt.k), "got %v, want %v", closingQuote(toks, tt.k), tt.want)
		})
	}
}
