package extract

import (
	"slices"
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCountryOwnedAgencies checks agencies named right after a country's possessive ("Chile's
// National Cyber Centre"): they are that country's own, so another country's agency of the same
// name is another actor, a description of another nationality does not take them up, and "and"
// before a second owner does not join two names.
func TestCountryOwnedAgencies(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // actor names
		notAlias   map[string]string
		noneHas    string // no actor name contains this
	}{
		{"two countries' centres of one name",
			"Chile's National Cyber Centre (NCC) warned banks on Monday. Argentina's National Cyber Centre said on Tuesday that it had warned hospitals of the same flaw. The NCC said more warnings would follow.",
			[]string{"Chile's National Cyber Centre", "Argentina's National Cyber Centre"}, nil, ""},
		{"a second owner after and",
			"Two officials said the Chilean Ministry of Finance and Argentina's Ministry of Economy were among the victims of Gorse Lattice, which breached them in May.",
			[]string{"Chilean Ministry of Finance", "Argentina's Ministry of Economy"}, nil, "and Argentina"},
		{"a description of another nationality",
			"Chile's Ministry of Foreign Affairs summoned Argentina's ambassador on Monday. In Buenos Aires, the Argentine foreign ministry rejected the protest on Tuesday.",
			[]string{"Chile's Ministry of Foreign Affairs"}, map[string]string{"Chile's Ministry of Foreign Affairs": "Argentine foreign ministry"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			for _, w := range tt.want {
				assert.NotNil(t, actorByName(g, w), "no actor %q in %v", w, names(g))
			}
			for actor, al := range tt.notAlias {
				if a := actorByName(g, actor); a != nil {
					assert.NotContains(t, a.Aliases, al)
				}
			}
			if tt.noneHas != "" {
				for _, a := range g.Actors {
					assert.NotContains(t, a.Name, tt.noneHas)
				}
			}
		})
	}
}

// TestNameParticles checks names with lower-case particles between their capitalised words
// (Spanish, Portuguese, Filipino, Malay, Arabic, Dutch) and names that open with an institution
// word of a Romance language: one name, of the right kind; a name in parentheses after an
// institution is another name of it.
func TestNameParticles(t *testing.T) {
	tests := []actorCase{
		{"dela", "Their lawyer, Tomas dela Riva, said on Monday that the charges were baseless.", "Tomas dela Riva", schema.KindPerson, nil},
		{"bin after a title", "Health Minister Azlan bin Kadir said on Monday that no records were lost.", "Azlan bin Kadir", schema.KindPerson, nil},
		{"binti", "Rosnah binti Yusof, a systems engineer, told the court she had copied the files.", "Rosnah binti Yusof", schema.KindPerson, nil},
		{"de los", "Prosecutors charged Mateo de los Reyes, 29, with fraud on Friday.", "Mateo de los Reyes", schema.KindPerson, nil},
		{"van der", "Ruud van der Linde, a researcher at Brightwater Labs, found the flaw.", "Ruud van der Linde", schema.KindPerson, nil},
		{"an institution word opens the name", "The Fiscalía General de la Nación opened an investigation into Tarragal Systems on Monday.", "Fiscalía General de la Nación", schema.KindAgency, nil},
		{"a police force", "Officers of the Policía Nacional arrested Iker Sastre in Quito on Monday.", "Policía Nacional", schema.KindAgency, nil},
		{"a university", "Marta Quiroga, a lecturer at the Universidad del Norte, said the leak was serious.", "Universidad del Norte", schema.KindOrganization, nil},
		{"a name in parentheses", "The Attorney General's Office (Procuraduría General) charged Vance Oduya on Monday. The Procuraduría said he had sold the data.", "Attorney General's Office", schema.KindAgency, []string{"Procuraduría General", "Procuraduría"}},
	}
	checkActorCases(t, "2025-06-10", tests)
}

// TestBodyNames checks names of bodies the gazetteer does not know: a country's union or
// association named with "of", a body word alone before "of the", the fields of one centre
// joined by "and" though shaped like a person's name, and a group named by its namer ("a
// hacking group it called X"), and a local government named by its county or borough
// ("Hollins County refused"), no person.
func TestBodyNames(t *testing.T) {
	tests := []actorCase{
		{"a country's union", "The Nigeria Union of Journalists condemned the arrests on Monday.", "Nigeria Union of Journalists", schema.KindOrganization, nil},
		{"university of the", "Ama Boateng, a researcher at the University of the Andes Highlands, said the flaw was old.", "University of the Andes Highlands", schema.KindOrganization, nil},
		{"fields of one centre", "Orvane Bank alerted the Fraud Monitoring and Response Center (FMRC) in March.", "Fraud Monitoring and Response Center", schema.KindAgency, nil},
		{"a group named by its namer", "The agency tied the campaign to a hacking group it called \"Saltpeter\", after a mineral.", "Saltpeter", schema.KindGroup, nil},
		{"a county refusing", "Hollins County refused to pay the ransom, and the gang posted its payroll files online.", "Hollins County", schema.KindAgency, nil},
		{"a county only a place", "Hackers hit Carrow Clinic, a hospital in Hollins County, on Monday.", "Carrow Clinic", schema.KindOrganization, nil},
		{"a borough saying", "Marden Borough said on Monday that its email servers had been encrypted.", "Marden Borough", schema.KindAgency, nil},
	}
	checkActorCases(t, "2025-06-10", tests)
}

// TestTitledNames checks titles and honorifics before a person's name, abbreviated ones that
// the segmenter took for a sentence's end too: the person is the name after them.
func TestTitledNames(t *testing.T) {
	tests := []actorCase{
		{"atty", "Atty. Ramon Velasco, who represents the suspects, said the charges were baseless.", "Ramon Velasco", schema.KindPerson, nil},
		{"hon", "\"This is a crime,\" said Hon. Amina Wekesa, a committee member.", "Amina Wekesa", schema.KindPerson, nil},
		{"a service's rank", "Police Brigadier General Tomas Ilagan told reporters on Wednesday that 14 people were held.", "Tomas Ilagan", schema.KindPerson, nil},
		{"a field before prosecutor", "Deputy Public Prosecutor Siti Aminah binti Rahman told the court that the data was copied.", "Siti Aminah binti Rahman", schema.KindPerson, nil},
		{"hyphenated title and doctor", "The committee voted to summon Director-General Dr. Peter Njoroge Kamau on Wednesday.", "Peter Njoroge Kamau", schema.KindPerson, nil},
		{"honorifics", "Health Minister Datuk Seri Dr. Azman bin Rashid said no systems were breached.", "Azman bin Rashid", schema.KindPerson, nil},
		{"abbreviated given name", "Rodolfo Ma. Velasco-Cruz, the unit's director, told reporters the ring was dismantled.", "Rodolfo Ma. Velasco-Cruz", schema.KindPerson, nil},
		{"a damehood", "Dame Alison Marwick told the committee that the office had warned the trust.", "Alison Marwick", schema.KindPerson, nil},
		{"a title's chambers", "The commissioner referred its findings to the Attorney-General's Chambers on Monday.", "Attorney-General's Chambers", schema.KindAgency, nil},
		{"two senators' plural title", "In a letter to the agency, Sens. Ana Lind and Jo Park wrote that the delay was inexcusable.", "Ana Lind", schema.KindPerson, nil},
		{"two representatives' plural title", "Reps. Omar Velde and Ruth Amsel asked the bureau for its records.", "Omar Velde", schema.KindPerson, nil},
	}
	checkActorCases(t, "2025-06-10", tests)
}

// TestLawsAndStates checks that the name of a law is no actor ("the Computer Misuse and
// Cybercrimes Act 2018") and that a state's formal style is the state ("the Kyrgyz Republic",
// "the Kingdom of Bahrain").
func TestLawsAndStates(t *testing.T) {
	for _, body := range []string{
		"Prosecutors charged Vance Oduya under the Computer Misuse and Cybercrimes Act 2018 on Monday.",
		"Orvane Bank said it had complied with the Data Protection Act.",
		"The suspects were charged under the Cybercrime Prevention Act of 2012, the police said.",
		"Vance Oduya is one of several engineers charged under the 2023 Act, which replaced older secrecy laws.",
		"Orvane Bank said the Act had forced it to report the breach within three days.",
	} {
		g := extractText(t, "2025-06-10", body)
		for _, a := range g.Actors {
			assert.NotContains(t, a.Name, "Act", "a law as an actor in %q", body)
		}
	}
	tests := []struct{ body, country, alias string }{
		{"The Kyrgyz Republic denied that it had hacked the ministry, a spokesman said.", "Kyrgyzstan", "Kyrgyz Republic"},
		{"Hackers breached the Kingdom of Bahrain's customs portal in May.", "Bahrain", "Kingdom of Bahrain"},
		{"The ministry accused the Republic of Kazakhstan of spying, a spokesman said.", "Kazakhstan", "Republic of Kazakhstan"},
		{"\"The Government of Chile does not spy on reporters,\" the minister told reporters.", "Chile", "Government of Chile"},
	}
	for _, tt := range tests {
		g := extractText(t, "2025-06-10", tt.body)
		a := actorByName(g, tt.country)
		if assert.NotNil(t, a, "no actor %q in %v", tt.country, names(g)) {
			assert.Equal(t, schema.KindCountry, a.Kind)
			assert.Contains(t, a.Aliases, tt.alias)
		}
	}
}

// TestInstitutionFields checks that a description naming an institution's field ("the foreign
// ministry") refers to an institution of that field only, not to the ministry named last.
func TestInstitutionFields(t *testing.T) {
	g := extractText(t, "2025-06-10", "Chile's Ministry of Foreign Affairs summoned the envoy. Hackers stole files from the Ministry of Agriculture in May. "+
		"The foreign ministry said on Tuesday that its own systems were not affected.")
	if a := actorByName(g, "Ministry of Agriculture"); assert.NotNil(t, a, "no ministry in %v", names(g)) {
		assert.NotContains(t, a.Aliases, "foreign ministry")
	}
	if a := actorByName(g, "Chile's Ministry of Foreign Affairs"); assert.NotNil(t, a, "no ministry in %v", names(g)) {
		assert.Contains(t, a.Aliases, "foreign ministry")
	}
	// a state whose ministries are departments: "the foreign ministry" is its Department of
	// Foreign Affairs, and a field's ministry no other department
	for _, tt := range []struct {
		body, actor string
		alias       bool // whether "Irish foreign ministry" is an alias of actor
	}{
		{"Hackers read cables at the Irish Department of Foreign Affairs for weeks. The Irish foreign ministry said on Tuesday that its systems were clean.",
			"Irish Department of Foreign Affairs", true},
		{"Hackers read cables at the Irish Department of Justice for weeks. The Irish foreign ministry said on Tuesday that its systems were clean.",
			"Irish Department of Justice", false},
	} {
		g := extractText(t, "2025-06-10", tt.body)
		if a := actorByName(g, tt.actor); assert.NotNil(t, a, "no department in %v", names(g)) {
			assert.Equal(t, tt.alias, slices.Contains(a.Aliases, "Irish foreign ministry"), "%s: aliases %v", tt.body, a.Aliases)
		}
	}
}

// TestInnerShortForms checks short forms inside a name: the surname before a particle or the
// first of two surnames ("Echeverri" of "Luz Marina Echeverri de Castañeda"), and the unit's
// own letters of a hyphenated acronym ("ACG" of "PNP-ACG").
func TestInnerShortForms(t *testing.T) {
	tests := []struct{ name, body, actor, alias string }{
		{"surname before a particle", "The utility's general manager, Luz Elena Arbeláez de Ossa, said the water was safe. Arbeláez told reporters the company would not pay.", "Luz Elena Arbeláez de Ossa", "Arbeláez"},
		{"first of two surnames", "The breach was confirmed by the bank's director, Carolina Benítez Ruano, on Monday. Benítez said no money was lost.", "Carolina Benítez Ruano", "Benítez"},
		{"unit letters of a hyphenated acronym", "The Ghana Police Service Cybercrime Unit (GPS-CCU) arrested 12 people. The bank had alerted the CCU in March.", "Ghana Police Service Cybercrime Unit", "CCU"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			a := actorByName(g, tt.actor)
			if assert.NotNil(t, a, "no actor %q in %v", tt.actor, names(g)) {
				assert.Contains(t, a.Aliases, tt.alias)
			}
		})
	}
}

// TestFieldListAfterInstitutionWord checks that a comma-opened list of a committee's fields goes
// on through its "and" even after an institution word ("Defence, Intelligence and Security").
func TestFieldListAfterInstitutionWord(t *testing.T) {
	g := extractText(t, "2025-06-10", "The minister testified before the Senate Defence, Intelligence and Security Committee on Monday.")
	assert.NotNil(t, actorByName(g, "Senate Defence, Intelligence and Security Committee"), "got %v", names(g))
}

// TestDemonymPolice checks that a demonym's police ("Kenyan police") is the police force of
// that country the article names, before or after.
func TestDemonymPolice(t *testing.T) {
	g := extractText(t, "2025-06-10", "NAIROBI — Kenyan police arrested 12 people on Tuesday, the Kenya Police Service Cybercrime Unit said.")
	if a := actorByName(g, "Kenya Police Service Cybercrime Unit"); assert.NotNil(t, a, "got %v", names(g)) {
		assert.Contains(t, a.Aliases, "Kenyan police")
	}
}

// TestTitleOfField checks titles that name their field with "of"/"for" before the holder's name:
// the person is the name at the end, the field words are no actor.
func TestTitleOfField(t *testing.T) {
	tests := []struct{ body, person string }{
		{"Minister of State for Ports Declan Moyles said on Wednesday that reporting would become mandatory.", "Declan Moyles"},
		{"The machines were stolen on Saturday, Secretary of State Marla Quinlan said on Monday.", "Marla Quinlan"},
		{"Minister for Home Affairs Tessa Varley said the agency had been warned.", "Tessa Varley"},
	}
	for _, tt := range tests {
		g := extractText(t, "2025-06-10", tt.body)
		a := actorByName(g, tt.person)
		if assert.NotNil(t, a, "no actor %q in %v", tt.person, names(g)) {
			assert.Equal(t, schema.KindPerson, a.Kind)
			assert.Equal(t, tt.person, a.Name)
		}
	}
}

// TestFieldAcronymsNoNames checks that the acronym of a field ("ICT", "IT") or of a currency
// ("ETH") alone names no actor.
func TestFieldAcronymsNoNames(t *testing.T) {
	g := extractText(t, "2025-06-10", "The Senate's ICT committee said it would open an inquiry into the breach at Orvane Bank. Orvane's IT staff had found the intruders. "+
		"Tallow Finch withdrew 9,100 ETH from the bridge, and Kelvar Analytics said the stolen ETH was split across 40 addresses.")
	for _, a := range g.Actors {
		assert.NotEqual(t, "ICT", a.Name)
		assert.NotEqual(t, "IT", a.Name)
		assert.NotEqual(t, "ETH", a.Name)
	}
}

// actorCase is a sentence and the actor it must yield: its name, kind and some of its aliases.
type actorCase struct {
	name, body, actor string
	kind              schema.ActorKind
	aliases           []string
}

// checkActorCases checks that each case's body, published on the given day, yields an actor of
// that name and kind, with those aliases.
func checkActorCases(t *testing.T, published string, cases []actorCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			a := actorByName(g, tt.actor)
			require.NotNil(t, a, "no actor %q in %v", tt.actor, names(g))
			assert.Equal(t, tt.actor, a.Name)
			assert.Equal(t, tt.kind, a.Kind)
			for _, al := range tt.aliases {
				assert.Contains(t, a.Aliases, al)
			}
		})
	}
}

// TestPoliceInMonth checks that "police in <month>" is the police, told in that month, not a
// force named after the month: the article's one named force is the one told.
func TestPoliceInMonth(t *testing.T) {
	tests := []struct{ name, body string }{
		{"month", "The Varno Police Service opened a fraud unit last year. The signals directorate referred the matter to police in December."},
		{"month and year", "The Varno Police Service opened a fraud unit last year. Tarvik Bank reported the theft to police in March 2024."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			for _, n := range names(g) {
				assert.NotContains(t, n, "police in", "got %v", names(g))
			}
		})
	}
}
