package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

// TestSpokespersonVoices checks that a bare "a spokesperson" that tells something speaks for the
// body whose telling it goes on with: the subject of its own sentence when it closes it, or the
// subject of the sentence before in the paragraph when that one tells, denies, reacts or declines
// to comment; and for no one otherwise.
func TestSpokespersonVoices(t *testing.T) {
	tests := []struct {
		name, body string
		voiced     string           // the actor the phrase is an alias of, "" for none
		phrase     string           // the phrase
		event      schema.EventType // an event by the voiced body, "" unchecked
		time       string           // its time, "" unchecked
	}{
		{"a quote after the body's denial dates the denial",
			"The Norland Rail Authority has denied that passenger records were taken. \"We found no sign that anyone copied customer data,\" a spokesman said on Wednesday.",
			"Norland Rail Authority", "a spokesman", schema.EventDenial, "2026-02-11"},
		{"a fronted briefing after the ministry's reaction",
			"Norland accused Grey Finch, a group tied to Karsovia, of breaking into its rail network.\n\nKarsovia's foreign ministry reacted sharply. At a news conference on Tuesday, a spokesperson said Norland was \"inventing enemies\".",
			"Karsovia's foreign ministry", "a spokesperson", schema.EventStatement, "2026-02-10"},
		{"a closing attribution speaks for the sentence's subject",
			"The Norland Data Inspectorate has opened an inquiry into the breach, a spokeswoman said on Wednesday.",
			"Norland Data Inspectorate", "a spokeswoman", "", ""},
		{"a quote after the body declined to discuss a matter",
			"The Varnish Interior Ministry declined to discuss the files. \"We do not comment on intelligence matters,\" a spokesperson said on Tuesday.",
			"Varnish Interior Ministry", "a spokesperson", schema.EventStatement, "2026-02-10"},
		{"a quote after the body refused to confirm a step",
			"The Brenmoor Foreign Office has refused to confirm the expulsions. \"Any response will be proportionate,\" a spokesman said.",
			"Brenmoor Foreign Office", "a spokesman", schema.EventStatement, ""},
		{"a reported clause after a firm declined to comment",
			"Orlen Data Systems declined to comment on the breach. A spokeswoman said no customer data had been taken.",
			"Orlen Data Systems", "A spokeswoman", schema.EventStatement, ""},
		{"declining to pay is no refusal to comment",
			"The Orlen Water Board declined to pay the ransom. \"We do not negotiate,\" a spokesperson said.",
			"", "a spokesperson", "", ""},
		{"no body opens the sentence before",
			"Hackers often strike rail firms. \"We see it every month,\" a spokesperson said.",
			"", "a spokesperson", "", ""},
		{"a body that tells in another paragraph",
			"The Norland Rail Authority said on Tuesday that service had resumed.\n\n\"Trains are running again,\" a spokesperson said.",
			"", "a spokesperson", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-02-12", tt.body)
			if tt.voiced == "" {
				for _, a := range g.Actors {
					for _, al := range a.Aliases {
						assert.NotEqual(t, tt.phrase, strings.ToLower(al), "got %q as an alias of %q, want none", al, a.Name)
					}
				}
				return
			}
			a := actorByName(g, tt.voiced)
			require.NotNil(t, a, "no actor %q in %v", tt.voiced, names(g))
			assert.Contains(t, a.Aliases, tt.phrase)
			if tt.event == "" {
				return
			}
			e := findEvent(g, tt.event, a.ID, "")
			require.NotNil(t, e, "no %s by %s in %s", tt.event, a.ID, eventsString(g))
			assert.Equal(t, tt.time, e.Time.Value, "got %s, want %s", e.Time.Value, tt.time)
		})
	}
}

// TestFrontedPhrase checks frontedPhrase: a comma that closes an opening prepositional phrase.
func TestFrontedPhrase(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"In/IN a/DT written/JJ reply/NN ,/, a/DT spokesman/NN said/VBD", true},
		{"At/IN the/DT briefing/NN on/IN Friday/NNP ,/, a/DT spokesperson/NN said/VBD", true},
		{"The/DT office/NN opened/VBD a/DT case/NN ,/, a/DT spokesperson/NN said/VBD", false},
		{"In/IN Oslo/NNP ,/, police/NNS said/VBD ,/, a/DT spokesperson/NN added/VBD", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			toks := taggedToks(tt.text)
			c := -1
			for k := len(toks) - 1; k >= 0; k-- {
				if toks[k].Text == "," {
					c = k
					break
				}
			}
			require.GreaterOrEqual(t, c, 0)
			got := frontedPhrase(toks, c)
			assert.Equal(t, tt.want, got, "got %v, want %v", got, tt.want)
		})
	}
}
