package extract

import (
	"strings"
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestSpeakerPronouns checks that "the harbour board" refers back to "Pell Harbour Board", and
// that "It said it had …" right after "The agency said …" continues that speaker rather than
// the last object named, so the two warnings stay apart with their own targets.
func TestSpeakerPronouns(t *testing.T) {
	body := "The Norland Cyber Agency said on Monday that a gang called Ash Heron had breached the Pell Harbour Board. " +
		"The agency said it had warned the harbour board in April. It said it had also alerted the Vell Police."
	g := extractText(t, "2025-06-10", body)
	assert.NotNil(t, findEvent(g, schema.EventWarning, "norland-cyber-agency", "pell-harbour-board"), eventsString(g))
	assert.NotNil(t, findEvent(g, schema.EventWarning, "norland-cyber-agency", "vell-police"), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventWarning, "pell-harbour-board", ""), eventsString(g))
}

// TestSpeakerPronounAfterWhich checks that "It said" opening a sentence continues the speaker of
// the sentence before when a relative clause set off by commas stands between that speaker and
// its "said" ("X, which is part of Y, said …"), not a name the sentence before told of.
func TestSpeakerPronounAfterWhich(t *testing.T) {
	body := "The Norland Cyber Agency, which reports to the Norland Interior Ministry, said Ash Heron had breached the Pell Harbour Board. " +
		"It said it had alerted the Vell Police in April."
	g := extractText(t, "2025-06-10", body)
	assert.NotNil(t, findEvent(g, schema.EventWarning, "norland-cyber-agency", "vell-police"), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventWarning, "ash-heron", ""), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventWarning, "pell-harbour-board", ""), eventsString(g))
}

// TestDigitCountNotActor checks that a tally written in digits ("25,000 patients") is not a
// target actor, while a named victim still is.
func TestDigitCountNotActor(t *testing.T) {
	for _, body := range []string{
		"Ash Heron stole the records of 25,000 patients from Corran Hospital.",
		"Ash Heron stole the records of 1200 patients from Corran Hospital.",
	} {
		g := extractText(t, "2025-06-10", body)
		for _, a := range g.Actors {
			assert.NotEqual(t, "patients", a.Name, body)
		}
		assert.NotNil(t, actorByName(g, "Corran Hospital"), body)
	}
	assert.True(t, digitCount("40,000"))
	assert.False(t, digitCount("300"))
	assert.False(t, digitCount("2024-05"))
}

// TestQuotedWe checks that "we" as the subject of a passive warning inside a quotation is the
// organisation the quote's speaker speaks for (itself, an employer named after "for", or one
// that owns the speaker's role), and that a closing straight quote is no subject of "said".
func TestQuotedWe(t *testing.T) {
	tests := []struct {
		name, body string
		target     string // "" = the warning has no target
		speaker    string // the agent of a statement that must be found, "" for none
	}{
		{"an organisation says it", "\"We were informed by the Pellan Security Service at an early stage,\" Norvik Systems said.",
			"norvik-systems", ""},
		{"a spokeswoman for an organisation", "\"We were informed by the Pellan Security Service at an early stage,\" said Malin Orr, a spokeswoman for Norvik Systems.",
			"norvik-systems", "malin-orr"},
		{"the company's head of communications", "Norvik Systems said it was cooperating. \"We were informed by the Pellan Security Service at an early stage,\" said Malin Orr, the company's head of communications.",
			"norvik-systems", "malin-orr"},
		{"a speaker with no organisation", "\"We were informed by the Pellan Security Service at an early stage,\" said Malin Orr.",
			"", "malin-orr"},
		{"we outside a quotation", "We were informed by the Pellan Security Service at an early stage, Norvik Systems said.",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			ev := findEvent(g, schema.EventWarning, "pellan-security-service", "")
			if assert.NotNil(t, ev, eventsString(g)) {
				if tt.target != "" {
					assert.True(t, hasParticipant(*ev, tt.target, schema.RoleTarget), eventsString(g))
				} else {
					for _, p := range ev.Participants {
						assert.NotEqual(t, schema.RoleTarget, p.Role, eventsString(g))
					}
				}
			}
			if tt.speaker != "" {
				assert.NotNil(t, findEvent(g, schema.EventStatement, tt.speaker, ""), eventsString(g))
			}
		})
	}
}

// TestQuotedNotSpeaker checks that "he said" after a quotation does not take up a name the
// quotation itself mentions, even one shaped like a person's name, in the same sentence or in
// the sentence the quotation opened in: the speaker is the one named before.
func TestQuotedNotSpeaker(t *testing.T) {
	tests := []struct{ name, body string }{
		{"quotation in the same sentence", "Tomas Kerrigan spoke to reporters on Monday. \"Ember Finch was never a hobby crew,\" he said."},
		{"quotation opened a sentence before", "Brightwood's head of research, Tomas Kerrigan, said the charges confirmed what analysts had believed. " +
			"\"Ember Finch was never a hobby crew. It worked office hours and billed clients,\" he said."},
		{"curly quotation marks", "Tomas Kerrigan spoke to reporters on Monday. \u201cEmber Finch was never a hobby crew,\u201d he said."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			assert.Nil(t, findEvent(g, schema.EventStatement, "ember-finch", ""), eventsString(g))
			assert.NotNil(t, findEvent(g, schema.EventStatement, "tomas-kerrigan", ""), eventsString(g))
		})
	}
	// the marks themselves: a quotation left open carries into the next sentence, closes there
	toks := func(ws ...string) []token {
		out := make([]token, len(ws))
		for i, w := range ws {
			out[i] = token{Text: w, Lower: strings.ToLower(w)}
		}
		return out
	}
	q, open := quotation(toks("\"", "Ember", "Finch", "was", "never", "a", "crew", "."), 0)
	assert.Equal(t, 1, open)
	assert.True(t, q[1])
	q, open = quotation(toks("It", "billed", "clients", ",", "\"", "he", "said", "."), open)
	assert.Equal(t, 0, open)
	assert.True(t, q[0])
	assert.False(t, q[5])
	q, open = quotation(toks("He", "said", "so", "."), open)
	assert.Equal(t, 0, open)
	assert.False(t, q[0])
	// a stray mark opens no quotation for the rest of the article
	open = 0
	for k := 0; k < 10; k++ {
		_, open = quotation(toks("\"", "a", "b"), 0)
		_, open = quotation(toks("c", "d"), open)
	}
	assert.LessOrEqual(t, open, maxQuoteSents)
	_, open = quotation(toks("\"", "a"), maxQuoteSents)
	assert.Equal(t, 0, open)
}

// TestHyphenRoleAppos checks that a name set after a hyphenated role ("X's editor-in-chief,
// Y,") is a person even with a first name the lists do not hold, so that "the outlet" does not
// take it up as a company and a later "she said" is that person, not the outlet.
func TestHyphenRoleAppos(t *testing.T) {
	tests := []struct{ name, role string }{
		{"editor-in-chief", "editor-in-chief"},
		{"co-founder", "co-founder"},
		{"plain role", "editor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := "Harlow Dispatch's " + tt.role + ", Ines Porto, said the outlet had moved both reporters onto clean phones. " +
				"\"We are a small team,\" she said."
			g := extractText(t, "2025-06-10", body)
			assert.Nil(t, findEvent(g, schema.EventStatement, "harlow-dispatch", ""), eventsString(g))
			if a := actorByName(g, "Ines Porto"); assert.NotNil(t, a) {
				assert.Equal(t, schema.KindPerson, a.Kind)
			}
		})
	}
}

// TestSpeakerAfterDescription checks that a name standing alone between commas after a
// description ("a spokesperson for the university, Maria Novak, confirmed") speaks, as it does
// after a plain role noun.
func TestSpeakerAfterDescription(t *testing.T) {
	checkEventRules(t, "2026-02-05", []eventCase{
		{"after 'the university'", "Students at the Harlow Technical University were approached in May. A spokesperson for the university, Maria Novak, confirmed that the server had been taken offline.",
			schema.EventStatement, "maria-novak", "", true},
		{"after 'the company'", "Hackers broke into Merrow Logistics in May. A spokesperson for the company, Maria Novak, said no customer data was taken.",
			schema.EventStatement, "maria-novak", "", true},
	})
}

// TestItsBodySpeaks: a body or outlet of a state that "its" opens ("its foreign ministry", "its
// embassy in X", "its state media") speaks for the state the pronoun stands for.
func TestItsBodySpeaks(t *testing.T) {
	checkEventRules(t, "2025-10-09", []eventCase{
		{"its foreign ministry", "Harlow Bank blamed Russia for the intrusion. Its foreign ministry rejected the claim on Friday.",
			schema.EventDenial, "russia", "", true},
		{"its state media", "Harlow Bank blamed North Korea for the theft. Its state media denied the report on Friday.",
			schema.EventDenial, "north-korea", "", true},
	})
}

// TestEnvoyForCountry checks that a country after "for" ending a title's phrase is the title's
// field, not the speaker (remitCountry): "The Norland envoy for Chad, Ilse Varn, said" is
// Ilse Varn's statement; a body after "for" still speaks ("a spokesman for the Norland
// Treasury, Ilse Varn, said").
func TestEnvoyForCountry(t *testing.T) {
	tests := []struct{ name, body, speaker, not string }{
		{"envoy for a country", "The European Union's special envoy for Chad, Ilse Varn, said the talks had stalled.", "ilse-varn", "chad"},
		{"representative for a country", "The United Nations representative for Niger, Oskar Delm, said the ceasefire was holding.", "oskar-delm", "niger"},
		{"spokesman for a body", "A spokesman for the Norland Treasury, Ilse Varn, said the talks had stalled.", "norland-treasury", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventStatement, tt.speaker, ""), eventsString(g))
			if tt.not != "" {
				assert.Nil(t, findEvent(g, schema.EventStatement, tt.not, ""), eventsString(g))
			}
		})
	}
}

// TestSpeakerAfterName checks that "…, the ministry said" after a name is who says it, not an
// apposition saying what the name is: the name neither speaks nor becomes a ministry.
func TestSpeakerAfterName(t *testing.T) {
	tests := []struct{ name, body string }{
		{"the ministry said", "The outage was caused by Ash Heron, the ministry said."},
		{"a spokesman said", "The outage at the port was caused by Ash Heron, a spokesman said."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-12", tt.body)
			for _, ev := range g.Events {
				if ev.Type == schema.EventStatement {
					assert.False(t, hasParticipant(ev, "ash-heron", schema.RoleAgent), eventsString(g))
				}
			}
			if a := actorByName(g, "Ash Heron"); a != nil {
				assert.NotEqual(t, schema.KindAgency, a.Kind)
			}
		})
	}
	t.Run("an apposition stays", func(t *testing.T) {
		g := extractText(t, "2025-03-12", "Ash Heron, a ransomware gang, hit the Velmar Port Authority.")
		if a := actorByName(g, "Ash Heron"); assert.NotNil(t, a, names(g)) {
			assert.Equal(t, schema.KindGroup, a.Kind)
		}
	})
}

// TestHolderOfUnitSpeaks checks that a person named before "of|at [the]" and a body's possessed
// unit speaks ("X of the ministry's cyber division said"), not the body that owns the unit.
func TestHolderOfUnitSpeaks(t *testing.T) {
	tests := []struct{ name, body, speaker, not string }{
		{"of the body's division", "\"The breach was contained,\" Mara Quill of the Justice Department's criminal division told reporters.",
			"mara-quill", "justice-department"},
		{"of a firm's team", "Tomas Reed of Harbor Bank's security team said the outage was over.",
			"tomas-reed", "harbor-bank"},
		{"at a firm's unit, titled", "Senior Analyst Ilse Varn at Corran Labs' research unit said the flaw was patched.",
			"ilse-varn", "corran-labs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-12", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventStatement, tt.speaker, ""), eventsString(g))
			assert.Nil(t, findEvent(g, schema.EventStatement, tt.not, ""), eventsString(g))
		})
	}
	t.Run("the body's unit itself speaks", func(t *testing.T) {
		g := extractText(t, "2025-03-12", "Harbor Bank's security team said the outage was over.")
		assert.NotNil(t, findEvent(g, schema.EventStatement, "harbor-bank", ""), eventsString(g))
	})
}
