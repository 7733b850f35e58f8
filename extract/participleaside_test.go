package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestParticipleAsideHead checks that a past-participle phrase set off by commas between a
// subject and its legal step ("X, accused of hacking Y, was arrested") leaves X the one the step
// is taken against, and the name inside the phrase no party to it (participleAsideHead).
func TestParticipleAsideHead(t *testing.T) {
	tests := []struct {
		name, body string
		person     string // the target of a legal step
		victim     string // no party to a legal step
	}{
		{"accused of", "Marek Tolvan, accused of hacking Brightwell Bank, was arrested on Monday.", "marek-tolvan", "brightwell-bank"},
		{"fronted time", "On Monday, Marek Tolvan, accused of hacking Brightwell Bank, was arrested.", "marek-tolvan", "brightwell-bank"},
		{"by police", "Marek Tolvan, accused of hacking Brightwell Bank, was arrested by Polish police on Monday.", "marek-tolvan", "brightwell-bank"},
		{"perfect", "Ansel Rook, accused of stealing data from Corvel Freight, has been extradited to the United States.", "ansel-rook", "corvel-freight"},
		{"wanted for", "Ansel Rook, wanted for hacking Corvel Freight, was detained in Riga.", "ansel-rook", "corvel-freight"},
		{"sentenced", "Ansel Rook, convicted of attacking Corvel Freight, was sentenced on Friday to six years in prison.", "ansel-rook", "corvel-freight"},
		{"after said", "Police said Ansel Rook, accused of hacking Corvel Freight, was arrested on Friday.", "ansel-rook", "corvel-freight"},
		{"time in phrase", "Ansel Rook, accused in 2022 of breaking into Corvel Freight, was arrested on Friday.", "ansel-rook", "corvel-freight"},
		{"charged in year", "Ansel Rook, charged in 2021 with stealing from Corvel Freight, was sentenced on Thursday.", "ansel-rook", "corvel-freight"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotZero(t, countEventsWith(g, schema.EventLegal, tt.person, schema.RoleTarget), "got %s, want %s a legal step's target", eventsString(g), tt.person)
			for _, role := range []schema.Role{schema.RoleAgent, schema.RoleTarget} {
				assert.Zero(t, countEventsWith(g, schema.EventLegal, tt.victim, role), "got %s, want %s no party to a legal step", eventsString(g), tt.victim)
			}
		})
	}
}

// TestParticipleAsideSeries checks that past tenses in a series ("X breached Y, stole files
// from Z, encrypted …") are no participle phrase: the name before the comma is an object, not
// the subject of the verb after it.
func TestParticipleAsideSeries(t *testing.T) {
	tests := []struct {
		name, body string
		object     string // never the doer of an intrusion
	}{
		{"past series", "Police said the Harrow Crew breached Selden Bank, stole files from Mattock Labs, encrypted servers and demanded a ransom.", "selden-bank"},
		{"object aside", "Investigators arrested Ansel Rook, wanted for fraud, and hacked servers were seized.", "ansel-rook"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.Zero(t, countEventsWith(g, schema.EventIntrusion, tt.object, schema.RoleAgent), "got %s, want %s no intruder", eventsString(g), tt.object)
		})
	}
}

// TestParticipleAsideOwnerNoParty checks that a name inside the head of the subject ("A former
// engineer at X, accused of …") or inside the phrase after an unnamed head ("The suspects,
// accused of hacking X, …") is no party to the legal step the subject undergoes.
func TestParticipleAsideOwnerNoParty(t *testing.T) {
	tests := []struct {
		name, body string
		other      string // no party to a legal step
	}{
		{"employer in the head", "A former engineer at Brightwell Bank, accused of selling its passwords, was arrested on Monday.", "brightwell-bank"},
		{"employer after of the", "A contractor of the Halden Group, charged with leaking its plans, was detained on Tuesday.", "halden-group"},
		{"victim in the phrase", "A contractor, charged with leaking the plans of the Halden Group, was detained on Tuesday.", "halden-group"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			for _, role := range []schema.Role{schema.RoleAgent, schema.RoleTarget} {
				assert.Zero(t, countEventsWith(g, schema.EventLegal, tt.other, role), "got %s, want %s no party to a legal step", eventsString(g), tt.other)
			}
		})
	}
}

// TestParticipleAsidePrincipal checks that a participle naming whom the subject acts for ("The
// hackers, linked to X, breached Y") keeps X the doer: participleAsideHead leaves it alone.
func TestParticipleAsidePrincipal(t *testing.T) {
	tests := []struct {
		name, body     string
		doer, attacked string
	}{
		{"linked to", "The hackers, linked to the Vesk Directorate, breached the networks of Orrin Power in May.", "vesk-directorate", "orrin-power"},
		{"backed by", "The intruders, backed by the Vesk Directorate, broke into Orrin Power last year.", "vesk-directorate", "orrin-power"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventIntrusion, tt.doer, tt.attacked), "got %s, want an intrusion by %s on %s", eventsString(g), tt.doer, tt.attacked)
		})
	}
}

// TestAsideStep checks that a legal step told by a past participle opening a phrase set off by
// a comma right after a name ("X, arrested in Poland in May, was extradited") is taken against
// that name, with the place after the preposition no party and the one after "by" its doer
// (asideStep).
func TestAsideStep(t *testing.T) {
	tests := []struct {
		name, body   string
		doer, person string // doer "" = none wanted; person: the step's target
		place        string // no party to a legal step; "" = none to check
	}{
		{"arrested in a country", "Ansel Rook, arrested in Norland in May, was extradited to the United States on Monday.", "", "ansel-rook", "norland"},
		{"detained in a town", "Ansel Rook, detained in Harlow last year, was extradited on Monday.", "", "ansel-rook", "harlow"},
		{"arrested by police", "Ansel Rook, arrested by the Vesk Police in May, was extradited on Monday.", "vesk-police", "ansel-rook", ""},
		{"sentenced in a year", "Ansel Rook, sentenced in 2019 to five years, was released on Monday.", "", "ansel-rook", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventLegal, tt.doer, tt.person), "got %s, want a legal step by %q against %s", eventsString(g), tt.doer, tt.person)
			assert.Zero(t, countEventsWith(g, schema.EventLegal, tt.person, schema.RoleAgent), "got %s, want %s no doer of a legal step", eventsString(g), tt.person)
			if tt.place != "" {
				for _, role := range []schema.Role{schema.RoleAgent, schema.RoleTarget} {
					assert.Zero(t, countEventsWith(g, schema.EventLegal, tt.place, role), "got %s, want %s no party to a legal step", eventsString(g), tt.place)
				}
			}
		})
	}
}
