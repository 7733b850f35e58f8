package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestUnseenNamesAct checks that names the tagger has never seen keep their part in the deed
// told of them: after "Hackers from" with a verb the tagger misreads ("stole/JJ funds"), alone
// at the start of sentences as their subject or as the owner of what follows ("Quillstorm's
// operators"), and given by a group to itself right after its
// description ("The hackers, who call themselves X,") after another group was told of.
func TestUnseenNamesAct(t *testing.T) {
	tests := []struct {
		name, body    string
		typ           schema.EventType
		agent, target string
	}{
		{"stole before a bare plural", "Hackers from Vexgroup stole funds from Banco Uno in October.",
			schema.EventTheft, "vexgroup", "banco-uno"},
		{"stole before a mass noun", "Hackers from Drennix stole money from Farrow Bank last year.",
			schema.EventTheft, "drennix", "farrow-bank"},
		{"stole after a bare plural subject", "Thieves stole cryptocurrency from Palder Exchange in May, the exchange said.",
			schema.EventTheft, "", "palder-exchange"},
		{"one word opening two sentences, their subject", "Zorvath breached Palisade Freight in May. Zorvath said it had stolen customer records.",
			schema.EventIntrusion, "zorvath", "palisade-freight"},
		{"one word opening two sentences", "Krennet hacked the Orrin Water Board last week, officials said. Krennet has targeted utilities since 2022.",
			schema.EventIntrusion, "krennet", "orrin-water-board"},
		{"one word before a modal", "Morvane will sue Tessaly Cloud over the breach. Morvane said on Monday that it had been hacked in May.",
			schema.EventStatement, "morvane", ""},
		{"a possessive opening a sentence, the owner named again", "Quillstorm's operators stole data from Pellmark Insurance in July. Investigators have tracked Quillstorm since 2021.",
			schema.EventTheft, "quillstorm", "pellmark-insurance"},
		{"a possessive of the systems hit, the owner opening another sentence", "Corvane's systems were encrypted by ransomware on Monday. Corvane said it had informed the police.",
			schema.EventAttack, "", "corvane"},
		{"a possessive of a speaker", "Marrowfield's chief executive said on Tuesday that the company had restored its systems. Hackers encrypted servers at Marrowfield in October.",
			schema.EventStatement, "marrowfield", ""},
		{"who call themselves, after another gang", "Researchers said a gang known as Tallow Rook stole data from Orrin Mutual. The hackers, who call themselves Ashen Quill, encrypted servers at Delmont County in April.",
			schema.EventAttack, "ashen-quill", "delmont-county"},
		{"which calls itself, after another gang", "Researchers said a gang known as Tallow Rook stole data from Orrin Mutual. The group, which calls itself Ashen Quill, encrypted servers at Delmont County in April.",
			schema.EventAttack, "ashen-quill", "delmont-county"},
		{"attackers calling themselves", "The attackers, calling themselves Bright Ember, hit Carrow Foods in May.",
			schema.EventAttack, "bright-ember", "carrow-foods"},
		{"intruders who call themselves", "Intruders who call themselves Hollow Stag breached Norvik Telecom in June.",
			schema.EventIntrusion, "hollow-stag", "norvik-telecom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotNil(t, findEvent(g, tt.typ, tt.agent, tt.target), "got %s, want %s by %q on %q", eventsString(g), tt.typ, tt.agent, tt.target)
		})
	}
}

// TestOpeningWordsNoActors checks that a capitalised word that names no one ("Malware",
// "Ransomware", "Cybercrime", "Monday's") opening a sentence stays no actor, nor does an owner
// the article names once only.
func TestOpeningWordsNoActors(t *testing.T) {
	tests := []struct {
		name, body, actor string
		absent            []string
	}{
		{"malware opening a sentence", "Malware infected servers at Carrow Foods in May.", "Carrow Foods", []string{"Malware"}},
		{"ransomware opening a sentence", "Ransomware hit Tamberly Clinic on Monday.", "Tamberly Clinic", []string{"Ransomware"}},
		{"a day's possessive", "Monday's attack on Tamberly Clinic disrupted surgeries. Monday's outage lasted hours.", "Tamberly Clinic", []string{"Monday"}},
		{"a possessive named once only", "Vantrelle's spokesperson said the data of Tamberly Clinic was safe.", "Tamberly Clinic", []string{"Vantrelle"}},
		{"an abstract noun opening one sentence", "Cybercrime has cost Norland banks millions since 2020. The company Tessaly Cloud said it had notified regulators.", "Tessaly Cloud", []string{"Cybercrime"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantActors(t, extractText(t, "2025-11-20", tt.body), tt.absent, tt.actor)
		})
	}
}

// TestGroupNamedByItself checks that a name given by "calling themselves" or by a namer's "tracks
// the hackers as" to a plural of people acting together ("attackers", "intruders"), or set
// between commas beside "a little-known gang", is a group's, and that a name others give a
// description of a body told before ("The agency, known as X") stays another name of that body.
func TestGroupNamedByItself(t *testing.T) {
	tests := []struct {
		name, body, actor string
		kind              schema.ActorKind
		aliases           []string
	}{
		{"attackers calling themselves", "The attackers, calling themselves Bright Ember, hit Carrow Foods in May.", "Bright Ember", schema.KindGroup, nil},
		{"intruders who call themselves", "Intruders who call themselves Hollow Stag breached Norvik Telecom in June.", "Hollow Stag", schema.KindGroup, nil},
		{"the hackers, who call themselves", "Kestrelpoint said the hackers, who call themselves Pale Heron, stole files from Tamberly Clinic.", "Pale Heron", schema.KindGroup, nil},
		{"a namer tracking the attackers as", "Researchers at Kestrelpoint tracked the attackers as Murkfin. Murkfin breached Orrin Mutual in May.", "Murkfin", schema.KindGroup, nil},
		{"a namer tracks the hackers as", "Halvorsen Lab tracks the hackers as Sable Loom. Sable Loom stole data from Tessaly Cloud in June.", "Sable Loom", schema.KindGroup, nil},
		{"a name set beside a gang between commas", "The attack was carried out by a little-known gang, Copper Moth, investigators said.", "Copper Moth", schema.KindGroup, nil},
		{"a name set beside a crew at the sentence end", "Orbis Freight said it had been hit by a criminal crew, Salt Widow.", "Salt Widow", schema.KindGroup, nil},
		{"a list is no apposition", "Hackers hit banks, Tarvik Analytics said on Monday.", "Tarvik Analytics", schema.KindOrganization, nil},
		{"a name others give", "The Velmora Data Office fined Orbis Freight in May. The office, known as VDO, said on Monday it had warned Harrow Bank.", "Velmora Data Office", schema.KindAgency, []string{"VDO"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			a := wantActors(t, g, nil, tt.actor)
			assert.Equal(t, tt.kind, a.Kind, "got %s, want %s", a.Kind, tt.kind)
			for _, al := range tt.aliases {
				assert.Contains(t, a.Aliases, al, "got %v, want alias %q", a.Aliases, al)
			}
		})
	}
}

// TestNameAfterAgencyHead checks that a name right after a description headed by a word for a
// state body ("the Dutch intelligence service AIVD", "the data watchdog Tarnvik") is an agency,
// as a name after a company's head ("the security firm X") is an organisation.
func TestNameAfterAgencyHead(t *testing.T) {
	tests := []struct {
		name, body, actor string
	}{
		{"an intelligence service's acronym", "The Velmoran intelligence service VISD said hackers targeted Orbis Freight in 2024.", "VISD"},
		{"a cyber agency's acronym", "The national cyber agency VCSA warned hospitals on Monday.", "VCSA"},
		{"a watchdog's one-word name", "The data watchdog Tarnvik fined Orrin Mutual in May.", "Tarnvik"},
		{"a regulator's acronym", "The regulator DPAV opened an inquiry into Corvane Corp. in June.", "DPAV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := wantActors(t, extractText(t, "2025-11-20", tt.body), nil, tt.actor)
			assert.Equal(t, schema.KindAgency, a.Kind, "got %s, want %s", a.Kind, schema.KindAgency)
		})
	}
}

// TestNameTailDescription checks that a description made of the last words of a body's name
// ("Brightwater Health System" … "the health system") refers to that body, while the same head
// with other words ("the computer system") refers to none.
func TestNameTailDescription(t *testing.T) {
	tests := []struct {
		name, body    string
		typ           schema.EventType
		agent, target string
	}{
		{"the health system notified", "Hackers encrypted servers at Brightwater Health System on Saturday. The health system notified the Ministry of Digital Affairs on Monday.",
			schema.EventWarning, "brightwater-health-system", "ministry-of-digital-affairs"},
		{"the regional health system said it informed", "Ransomware hit Carrow Regional Health System in May. The regional health system said on Friday it had informed patients.",
			schema.EventWarning, "carrow-regional-health-system", ""},
		{"the water network warned", "Hackers breached the Tarn Valley Water Network in June. The water network warned customers on Tuesday.",
			schema.EventWarning, "tarn-valley-water-network", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotNil(t, findEvent(g, tt.typ, tt.agent, tt.target), "got %s, want %s by %q on %q", eventsString(g), tt.typ, tt.agent, tt.target)
		})
	}
	g := extractText(t, "2025-11-20", "Hackers encrypted servers at Brightwater Health System on Saturday. The computer system failed on Monday.")
	a := actorByName(g, "Brightwater Health System")
	if assert.NotNil(t, a, "no actor Brightwater Health System in %v", names(g)) {
		assert.NotContains(t, a.Aliases, "computer system", "got aliases %v", a.Aliases)
	}
}
