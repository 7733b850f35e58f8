package extract

import (
	"strings"
	"testing"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDatelinePlace checks the dateline that opens a news story: its place is an actor only
// when the story makes it act or suffer ("this city", "the city" refer to it), its region is
// never one.
func TestDatelinePlace(t *testing.T) {
	tests := []struct {
		name, body string
		actor      string   // the dateline's place as an actor, "" for none
		absent     []string // names that must not be actors
		role       string   // the place's role in some event, through "the city"
	}{
		{"city attacked, region dropped", "HARLEN FALLS, Ore. — A ransomware crew that crippled this city's computers last weekend has published payroll files. The city said on Tuesday that it would not pay.",
			"Harlen Falls", []string{"Ore."}, "agent"},
		{"agency in parentheses", "DUNMORE BAY (Keystone Wire) — Hackers broke into the water billing system of Dunmore Bay last week. The city warned residents on Monday.",
			"Dunmore Bay", []string{"Keystone Wire"}, "target"},
		{"place that does nothing", "TARVIK, Norland — Kestrel Labs said on Monday that a crew called Ash Wren had phished its engineers.",
			"", []string{"Tarvik", "Norland"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-02-12", tt.body)
			a := wantActors(t, g, tt.absent, tt.actor)
			if a == nil {
				return
			}
			found := false
			for _, e := range g.Events {
				found = found || hasParticipant(e, a.ID, schema.Role(tt.role))
			}
			assert.True(t, found, "%s is no %s: %s", tt.actor, tt.role, eventsString(g))
		})
	}
}

// TestInstitutionHeads checks descriptions headed by one kind of institution ("the
// embassy", "the Valdorian foreign ministry", "the commission"): they refer to an institution
// of that kind the article named, a state's institution is an actor of its own, and they are
// never taken for whichever agency came last.
func TestInstitutionHeads(t *testing.T) {
	tests := []struct {
		name, body string
		actor      string   // the actor the description becomes or joins
		aliases    []string // its other names
		notAlias   string   // an actor that must not take the description
	}{
		{"a state's embassy acts", "Norland's Security Service said an officer sent by Karsovia had recruited the engineer. The Karsovian embassy in Tarvik dismissed the charges on Friday.",
			"Karsovian embassy in Tarvik", []string{"Karsovian embassy"}, "Security Service"},
		{"a state's foreign ministry, then the ministry", "The Security Service of Norland expelled two diplomats of Karsovia on Monday. The Karsovian foreign ministry condemned the expulsions on Tuesday. The ministry also summoned Norland's ambassador.",
			"Karsovian foreign ministry", []string{"ministry"}, "Security Service of Norland"},
		{"the commission far back", "The Harlow Electoral Commission runs the vote. Hackers from the Ash Wren crew broke into its servers in May. They stole voter files. They also scanned city networks. Officials said the crew was careful. Analysts agreed. In June, the Norland Signals Bureau alerted the commission.",
			"Harlow Electoral Commission", []string{"commission"}, "Norland Signals Bureau"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-02-12", tt.body)
			a := actorByName(g, tt.actor)
			require.NotNil(t, a, "no actor %q in %v", tt.actor, names(g))
			for _, al := range tt.aliases {
				assert.Contains(t, append([]string{a.Name}, a.Aliases...), al)
			}
			if o := actorByName(g, tt.notAlias); o != nil {
				for _, al := range o.Aliases {
					for _, w := range []string{"embassy", "ministry", "commission"} {
						assert.NotContains(t, al, w, "%s took %q", o.Name, al)
					}
				}
			}
		})
	}
}

// noActorCase is a sentence with words that must be no actor (absent) and a name that must be
// one (actor).
type noActorCase struct{ body, absent, actor string }

// checkNoActorCases extracts each case's body, published on the given day, and checks that it
// gives no actor named absent and an actor named actor.
func checkNoActorCases(t *testing.T, published string, cases []noActorCase) {
	t.Helper()
	for _, tt := range cases {
		g := extractText(t, published, tt.body)
		assert.Nil(t, actorByName(g, tt.absent), "%q is no actor: %v", tt.absent, names(g))
		assert.NotNil(t, actorByName(g, tt.actor), "no actor %q in %v", tt.actor, names(g))
	}
}

// TestLinkedAdjectiveNoActor checks that "<country>-linked" before a noun is an adjective of
// the phrase, not a name: "an Iranian-linked group known as Sand Viper" has one actor; so does
// "an Iranian hacking group tracked as X".
func TestLinkedAdjectiveNoActor(t *testing.T) {
	checkNoActorCases(t, "2026-02-12", []noActorCase{
		{"In 2021 an Iranian-linked group known as Sand Viper broke into the control systems of the Pell River Water Authority.", "Iranian-linked", "Sand Viper"},
		{"Analysts said a China-nexus espionage crew called Jade Moth had phished staff at Kestrel Labs.", "China-nexus", "Jade Moth"},
		// a bare demonym before a group noun the phrase names
		{"An Iranian hacking group tracked as Storm-7781 attacked the Pell River Water Authority in October.", "Iranian", "Storm-7781"},
		{"Analysts said a Russian hacking group known as Frost Marten breached the Pell River Water Authority.", "Russian", "Frost Marten"},
	})
}

// TestFieldTitleAndGroupApposition checks two ways a name is introduced: after a title with its
// field ("Defense Secretary Alan Pryce" is the person Alan Pryce) and after a group noun ("the
// ransomware gang Cinder Wolf" is a group, though shaped like a person's name).
func TestFieldTitleAndGroupApposition(t *testing.T) {
	tests := []struct {
		name, body, actor string
		kind              schema.ActorKind
		absent            string
	}{
		{"field and secretary", "In a letter to Defense Secretary Alan Pryce, the senator asked for the memorandum. Pryce did not reply.", "Alan Pryce", schema.KindPerson, "Defense Secretary Alan Pryce"},
		{"two field words and minister", "Home Affairs Minister Dalia Ferent said on Monday that the agency had warned her office.", "Dalia Ferent", schema.KindPerson, "Home Affairs Minister Dalia Ferent"},
		{"known agency keeps its name", "Treasury Secretary Ann Bell said the sanctions would follow.", "Ann Bell", schema.KindPerson, ""},
		{"a rank before a title of two words", "Assistant Attorney General Mara Quill said the breach was contained.", "Mara Quill", schema.KindPerson, "Assistant Attorney General Mara Quill"},
		{"group noun before a name", "In 2019, an operation to knock the ransomware gang Cinder Wolf offline succeeded for three weeks.", "Cinder Wolf", schema.KindGroup, ""},
		{"a civic group before a name is an organisation", "Press freedom group Voices Beyond Walls condemned the arrest of the two reporters.", "Voices Beyond Walls", schema.KindOrganization, ""},
		{"a rights group likewise", "The rights group Open Harbour Watchers said the police had seized the files.", "Open Harbour Watchers", schema.KindOrganization, ""},
		{"a name before 'ransomware operation' is the gang", "Chats leaked from the Vantor ransomware operation show how it chose its victims. Vantor emerged in 2024.", "Vantor", schema.KindGroup, ""},
		{"a hacking group stays a group", "Researchers tied the intrusion to the hacking group Silent Marten last year.", "Silent Marten", schema.KindGroup, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-02-12", tt.body)
			a := actorByName(g, tt.actor)
			require.NotNil(t, a, "no actor %q in %v", tt.actor, names(g))
			assert.Equal(t, tt.kind, a.Kind)
			if tt.absent != "" {
				assert.Nil(t, actorByName(g, tt.absent), "%q is no actor: %v", tt.absent, names(g))
			}
		})
	}
}

// TestRegionsArePlaces checks that world regions are places, actors only when they act or
// suffer, and that a region's adjective ("a Central Asian government") is no actor.
func TestRegionsArePlaces(t *testing.T) {
	for _, body := range []string{
		"Kestrel Labs, which has offices across Europe, said on Monday that its revenue in Europe grew.",
		"Kestrel Labs said it had seen the same loader at a Central Asian government last autumn.",
		"Kestrel Labs said the Middle East remained a focus of the crew, according to a report published on Monday.",
	} {
		g := extractText(t, "2026-02-12", body)
		for _, n := range []string{"Europe", "Central Asian", "Middle East"} {
			assert.Nil(t, actorByName(g, n), "%q is no actor: %v", n, names(g))
		}
	}
}

// TestCommitteeNames checks a committee's names: "a Senate committee" is a committee, not the
// Senate; a full name may list fields ("Foreign Affairs, Defence and Trade"); the short form,
// the full name and "the committee" are one actor.
func TestCommitteeNames(t *testing.T) {
	g := extractText(t, "2025-09-18", "TARVIK — Norland's spy chief told a Senate committee on Wednesday that hackers had broken into the Harlow Electoral Commission. "+
		"The hearing, held by the Senate Foreign Affairs, Defence and Trade Committee, lasted four hours. "+
		"Kestrel Labs said on Thursday that the committee had asked it for logs.")
	a := actorByName(g, "Senate Foreign Affairs, Defence and Trade Committee")
	require.NotNil(t, a, "no committee in %v", names(g))
	assert.Contains(t, a.Aliases, "Senate committee")
	assert.Nil(t, actorByName(g, "Trade Committee"), names(g))
	assert.Equal(t, 1, countActors(g, []string{"Senate committee", "Senate Foreign Affairs, Defence and Trade Committee"}), names(g))
	found := false
	for _, m := range a.Mentions {
		found = found || m.Text == "the committee"
	}
	assert.True(t, found, "the committee is the Senate committee: %+v", a.Mentions)
}

// TestUnitPlaceNoActor checks that the place naming an owner's local unit ("the FBI's
// Pittsburgh field office") is no actor of its own.
func TestUnitPlaceNoActor(t *testing.T) {
	checkNoActorCases(t, "2026-02-12", []noActorCase{
		{"The Federal Bureau of Investigation's Harlow field office confirmed on Monday that it is investigating the intrusion.", "Harlow", "Federal Bureau of Investigation"},
		{"Kestrel Labs said on Monday that hackers had broken into Ostmark Freight's Tarvik regional headquarters.", "Tarvik", "Ostmark Freight"},
	})
}

// TestSeatOfDescribedNoActor checks that a name the gazetteer does not know, set between "a"
// or "an" and a description of a company or of people a place describes ("a Brenmoor logistics
// firm", "an Oakhollow man"), only places what is described: no actor of its own; a known
// body in that slot stays one.
func TestSeatOfDescribedNoActor(t *testing.T) {
	checkNoActorCases(t, "2026-02-12", []noActorCase{
		{"Hackers broke into a Brenmoor logistics firm last month, Kestrel Labs said on Monday.", "Brenmoor", "Kestrel Labs"},
		{"Kestrel Labs said a gang had crippled an Ellsworth payments company in March.", "Ellsworth", "Kestrel Labs"},
		{"Kestrel Labs said on Monday that the intruders had reached a 90-person Dunmarsh company through a vendor.", "Dunmarsh", "Kestrel Labs"},
		{"Kestrel Labs said the malware was sold to an Oakhollow man who ran it against a bank.", "Oakhollow", "Kestrel Labs"},
	})
	g := extractText(t, "2026-02-12", "A Microsoft engineer found the flaw, Kestrel Labs said on Monday.")
	assert.NotNil(t, actorByName(g, "Microsoft"), "a known body before a role stays an actor: %v", names(g))
}

// TestLedePersonPlaced checks that a lede's person described with the town he comes from ("An
// Oakhollow man admitted …") is the described person, named later, and the town no actor.
func TestLedePersonPlaced(t *testing.T) {
	g := extractText(t, "2026-02-12", "An Oakhollow man admitted in federal court on Tuesday that he laundered money stolen from a school district. "+
		"Prosecutors said Dale Pruitt, 41, moved the money through three accounts.")
	assert.Nil(t, actorByName(g, "Oakhollow"), "the town is no actor: %v", names(g))
	a := actorByName(g, "Dale Pruitt")
	require.NotNil(t, a, names(g))
	assert.Contains(t, a.Aliases, "An Oakhollow man", "got aliases %v, want the lede's description", a.Aliases)
}

// TestCommonWordAtSentenceStart checks that a common word capitalised only because it opens a
// sentence is no name when the article writes it in lower case elsewhere.
func TestCommonWordAtSentenceStart(t *testing.T) {
	body := "Hackers locked up the city's computers on Monday, and the city's security team is still rebuilding. " +
		"City IT director Paul Marchetti said in a memo on Tuesday that backups had survived. " +
		"Security specialists say smaller cities remain attractive targets."
	g := extractText(t, "2026-02-12", body)
	for _, n := range []string{"City IT", "Security"} {
		assert.Nil(t, actorByName(g, n), "%q is no actor: %v", n, names(g))
	}
	assert.NotNil(t, actorByName(g, "Paul Marchetti"), names(g))
}

// TestInstitutionNotByNationality checks that "the Chinese embassy" is not taken for a Chinese
// agency named just before because the nationality fits: an embassy is an embassy.
func TestInstitutionNotByNationality(t *testing.T) {
	g := extractText(t, "2025-04-09", "Kestrel Labs linked the intrusions to China's Ministry of State Security on Tuesday. "+
		"\"China opposes all hacking,\" Lin Qiao, a spokesperson for the Chinese embassy in Oslo, said on Wednesday.")
	a := actorByName(g, "Ministry of State Security")
	require.NotNil(t, a, names(g))
	for _, al := range a.Aliases {
		assert.NotContains(t, al, "embassy", "%s took %q", a.Name, al)
	}
}

// TestCapitalAsState checks that a capital is a name of its country when the article names the
// country too ("Beijing denied …"), and stays a place otherwise.
func TestCapitalAsState(t *testing.T) {
	g := extractText(t, "2026-05-06", "WASHINGTON — The United States accused China of hacking the Pell River Water Authority on Monday. "+
		"Beijing denied any role on Tuesday and accused Washington of hypocrisy.")
	for _, n := range []string{"China", "United States"} {
		require.NotNil(t, actorByName(g, n), names(g))
	}
	assert.Equal(t, 1, countActors(g, []string{"China", "Beijing"}), names(g))
	assert.Contains(t, actorByName(g, "China").Aliases, "Beijing")
	assert.Equal(t, 1, countActors(g, []string{"United States", "Washington", "WASHINGTON"}), names(g))
	if a := actorByName(g, "Oslo"); a != nil {
		assert.Equal(t, schema.KindPlace, a.Kind)
	}
}

// TestCapitalAloneAsState checks that a capital the article names without its country is the
// state where it acts or is acted on (subject before a verb, object after one), and only a
// place after a preposition (capitalsAsStates, capitalActs).
func TestCapitalAloneAsState(t *testing.T) {
	tests := []struct {
		body, state, city string
	}{
		{"Hackers broke into the Tarrow Port Authority last spring. Moscow denied any involvement on Friday.", "Russia", ""},
		{"Investigators at Brennick Labs linked the breach to a group they call Slate Finch. Washington has blamed the intrusion on Iran.", "United States", ""},
		{"The Halvik Shipping Board accused Beijing of stealing its tender documents.", "China", ""},
		{"The Halvik Shipping Board said hackers had stolen its documents during talks in Moscow.", "", "Moscow"},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			g := extractText(t, "2026-05-06", tt.body)
			if tt.state != "" {
				a := actorByName(g, tt.state)
				require.NotNil(t, a, names(g))
				assert.Equal(t, schema.KindCountry, a.Kind)
			}
			if tt.city != "" {
				assert.Nil(t, actorByName(g, "Russia"), names(g))
				if a := actorByName(g, tt.city); a != nil {
					assert.Equal(t, schema.KindPlace, a.Kind, names(g))
				}
			}
		})
	}
}

// TestUnitOfAndTitleApposition checks two ways news gives one actor two names side by side: a
// unit "of" its parent agency is the parent, and a title set beside its holder's name by a
// comma is that person.
func TestUnitOfAndTitleApposition(t *testing.T) {
	g := extractText(t, "2024-11-21", "\"This is serious,\" said Jo Park, the chief prosecutor at the Cyber Crimes Unit of the Norland Prosecution Authority. "+
		"The agency briefed the Home Affairs Minister, Dalia Ferent, in early April.")
	assert.Equal(t, 1, countActors(g, []string{"Cyber Crimes Unit", "Norland Prosecution Authority"}), names(g))
	assert.Equal(t, 1, countActors(g, []string{"Home Affairs Minister", "Dalia Ferent"}), names(g))
	if a := actorByName(g, "Dalia Ferent"); assert.NotNil(t, a, names(g)) {
		assert.Equal(t, "Dalia Ferent", a.Name, "the holder's name, not the title")
	}
}

// TestGroupItCalls checks that "a group it calls X" names a group, though a role word follows
// ("X, which other researchers track as Y").
func TestGroupItCalls(t *testing.T) {
	for _, body := range []string{
		"Kestrel Labs attributes the campaign to a group it calls Glass Moth, which other researchers track as TA-Birch.",
		"The phishing wave came from a crew that researchers call Ash Wren, officials said on Monday.",
	} {
		g := extractText(t, "2025-04-09", body)
		var a = actorByName(g, "Glass Moth")
		if a == nil {
			a = actorByName(g, "Ash Wren")
		}
		require.NotNil(t, a, names(g))
		assert.Equal(t, schema.KindGroup, a.Kind, body)
	}
}

// TestTitleOffice checks that "the Prime Minister's office" is an actor of its own when it
// takes part, while a named holder's office ("Interior Minister Karin Lode's office") is not
// read that way.
func TestTitleOffice(t *testing.T) {
	g := extractText(t, "2025-09-18", "The Norland Signals Bureau briefed the Prime Minister's office in early April.")
	require.NotNil(t, actorByName(g, "Prime Minister's office"), names(g))
	g = extractText(t, "2025-09-18", "The Norland Signals Bureau briefed Interior Minister Karin Lode's office in early April.")
	assert.Nil(t, actorByName(g, "Interior Minister Karin Lode's office"), names(g))
	g = extractText(t, "2025-09-18", "Hackers hit the state's networks, and the Governor's Office of Information Technology called in the FBI on Monday.")
	assert.Nil(t, actorByName(g, "Governor's Office"), "a capitalised Office of X is a name: %v", names(g))
}

// TestThreatClusterCalled checks that "a threat cluster called X" names a group.
func TestThreatClusterCalled(t *testing.T) {
	g := extractText(t, "2025-06-20", "Analysts tied the intrusions to a China-nexus threat cluster called Jade Moth on Monday.")
	a := actorByName(g, "Jade Moth")
	require.NotNil(t, a, names(g))
	assert.Equal(t, schema.KindGroup, a.Kind)
}

// TestForcesBeforeThing checks that a state's forces stay an actor before a thing they own ("a
// Danish armed forces network"), as they are alone ("the Danish armed forces").
func TestForcesBeforeThing(t *testing.T) {
	g := extractText(t, "2025-06-20", "Kestrel Labs said the backdoor had been used by Ash Wren in an attack on a Danish armed forces network in 2023.")
	assert.NotNil(t, actorByName(g, "Danish armed forces"), names(g))
}

// TestPairBesideRole checks that both names of a pair set beside a plural role ("executives,
// Orvek Talm and Sefa Dorin,") are persons.
func TestPairBesideRole(t *testing.T) {
	g := extractText(t, "2025-06-20", "Two of the firm's executives, Orvek Talm and Sefa Dorin, were also placed on the sanctions list.")
	for _, n := range []string{"Orvek Talm", "Sefa Dorin"} {
		a := actorByName(g, n)
		if assert.NotNil(t, a, "no %s in %v", n, names(g)) {
			assert.Equal(t, schema.KindPerson, a.Kind)
		}
	}
}

// TestDescriptionByArticleWords checks that "the directorate" is the agency the article called
// "… Directorate", not one whose gazetteer name has the word but the article calls otherwise
// ("the GRU", the Main Intelligence Directorate).
func TestDescriptionByArticleWords(t *testing.T) {
	g := extractText(t, "2025-09-18", "Jo Park, the head of the Norland Signals Directorate, said the intruders worked for the GRU. "+
		"Park said the directorate first alerted the Harlow Electoral Commission on March 21.")
	a := actorByName(g, "Norland Signals Directorate")
	require.NotNil(t, a, names(g))
	found := false
	for _, m := range a.Mentions {
		found = found || m.Text == "the directorate"
	}
	assert.True(t, found, "the directorate is the Norland Signals Directorate: %+v", a.Mentions)
}

// TestPeopleModifierAtSentenceStart checks that a capitalised word opening a sentence before a
// plural noun for people ("Security specialists say …") is no actor, while a short name the
// article also uses in a longer name ("Kestrel researchers said", "Kestrel Labs") still is.
func TestPeopleModifierAtSentenceStart(t *testing.T) {
	g := extractText(t, "2026-02-12", "Thieves stole employee Social Security numbers from Harlow Bank in May. Security specialists say smaller banks remain attractive targets.")
	assert.Nil(t, findEvent(g, schema.EventStatement, "social-security", ""), eventsString(g))
	g = extractText(t, "2026-02-12", "Morvex researchers have spotted a new phishing campaign. It hit banks in May, said Ana Ruiz, a vice president of the security firm Morvex.")
	if a := actorByName(g, "Morvex"); assert.NotNil(t, a, names(g)) {
		assert.Len(t, a.Mentions, 2, "a one-word name used inside sentences too is a name at a sentence start")
	}
	g = extractText(t, "2026-02-12", "Hackers hit the Harlow water board, according to Kestrel Labs. Kestrel researchers said on Monday that the crew was Russian.")
	a := actorByName(g, "Kestrel Labs")
	require.NotNil(t, a, names(g))
	assert.Contains(t, a.Aliases, "Kestrel")
}

// TestTechnicalAcronyms checks that a technical acronym used as a common noun ("a compromised
// VPN appliance", "DNS servers") is no actor and takes no event's target.
func TestTechnicalAcronyms(t *testing.T) {
	g := extractText(t, "2024-06-10", "A group called Grey Heron breached Harrow Bank in May. "+
		"The firm said the attackers had obtained access through a compromised VPN appliance weeks earlier. "+
		"Vanta Spider hijacked DNS servers at Orbis Freight.")
	assert.Nil(t, actorByName(g, "VPN"), names(g))
	assert.Nil(t, actorByName(g, "DNS"), names(g))
	// a cryptocurrency's ticker names no one, and takes no pronoun that means the teller
	g2 := extractText(t, "2024-06-10", "On Sunday, an attacker withdrew 48,900 ETH and 63.2 million USDC from Harrow Bridge. "+
		"On Wednesday, Kestrel Labs published an analysis tying the theft to Slate Wren, a hacking group it links to Karvia. "+
		"Kestrel Labs said the stolen ETH was split across more than 3,200 fresh addresses within six hours, a pattern it had previously seen in two thefts it attributed to the same group.")
	assert.Nil(t, actorByName(g2, "ETH"), names(g2))
	assert.Nil(t, findEvent(g2, schema.EventAccusation, "eth", ""), eventsString(g2))
	assert.NotNil(t, findEvent(g, schema.EventIntrusion, "vanta-spider", "orbis-freight"), eventsString(g))
}

// TestIdentifierNames checks that a name before "number(s)" names an identifier ("National
// Insurance numbers"), not an actor.
func TestIdentifierNames(t *testing.T) {
	g := extractText(t, "2024-06-10", "Vanta Spider stole names, Social Security numbers and Pellan Citizen Card numbers from Orbis Freight in May.")
	assert.Nil(t, actorByName(g, "Social Security"), names(g))
	assert.Nil(t, actorByName(g, "Pellan Citizen Card"), names(g))
}

// TestTwoWordDemonymAdjective checks that a two-word demonym before a common noun ("South
// Korean banks") is no name of its own, while the plural people noun ("South Koreans") stays.
func TestTwoWordDemonymAdjective(t *testing.T) {
	g := extractText(t, "2024-06-10", "Vanta Spider attacked South Korean banks in May. South Koreans were hit hardest, Orbis Labs said.")
	assert.Nil(t, actorByName(g, "South Korean"), names(g))
}

// TestFarAppositionDescription checks that "the provider" many sentences after "its cloud
// provider, Strativa Hosting" refers to the company so described, not the actor named last.
func TestFarAppositionDescription(t *testing.T) {
	filler := strings.Repeat("The weather in the capital stayed mild for the season. ", 5)
	g := extractText(t, "2025-09-18", "The Pellan Foreign Office said hackers read its email through its cloud provider, Strativa Hosting. "+filler+
		"The breach was examined by the Incident Review Board, an independent panel. The board found that the provider had detected the theft only weeks later.")
	a := actorByName(g, "Strativa Hosting")
	if assert.NotNil(t, a, names(g)) {
		assert.Contains(t, a.Aliases, "provider", names(g))
	}
	if b := actorByName(g, "Incident Review Board"); b != nil {
		assert.NotContains(t, b.Aliases, "provider")
	}
}

// TestPronounSkipsNounModifier checks that "they" does not take a name that only modifies a
// noun ("built-in Windows tools") but the doer named before.
func TestPronounSkipsNounModifier(t *testing.T) {
	g := extractText(t, "2025-05-28", "A group called Slate Finch broke into the Pell River Water Authority in May. "+
		"Once inside, the hackers relied on built-in Corvex tools. In several cases they stole passwords from the authority.")
	assert.NotNil(t, findEvent(g, schema.EventTheft, "slate-finch", ""), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventTheft, "corvex", ""), eventsString(g))
}

// TestNoNameMentions checks words that name no actor: a section heading in capitals ("ANALYSTS
// BLAME NORLAND"), a technical term of hyphenated parts ("DNS-over-HTTPS") and "IP" before a
// noun; the description after a heading refers to the firm named before it.
func TestNoNameMentions(t *testing.T) {
	cases := []struct{ text, absent string }{
		{"Grey Heron breached Harrow Bank in May, Kestrel Labs said.\n\nANALYSTS BLAME NORLAND\n\nThe firm said the crew was Norlandish.", "ANALYSTS BLAME NORLAND"},
		{"Vanta Spider hid its commands in DNS-over-HTTPS traffic from Orbis Freight routers in May.", "DNS-over-HTTPS"},
		{"Vanta Spider routed logins through residential IP addresses at Orbis Freight in May.", "IP"},
	}
	for _, c := range cases {
		g := extractText(t, "2024-06-10", c.text)
		assert.Nil(t, actorByName(g, c.absent), "%q: %s", c.text, names(g))
	}
}

// TestFamilyNameFirst checks that a one-word name that opens one person's name and ends none
// ("Quan" after "Quan Deming", a name written family name first) is that person, not a
// company of its own.
func TestFamilyNameFirst(t *testing.T) {
	cases := []struct{ text, person, short string }{
		{"The Treasury sanctioned Orvane Trading and its chief executive Quan Deming in March. Quan personally negotiated the contracts, the department said.", "Quan Deming", "Quan"},
		{"Prosecutors charged Pak Sun-il, a programmer, with the theft in May. Investigators said Pak had worked for Lazul Systems.", "Pak Sun-il", "Pak"},
	}
	for _, c := range cases {
		g := extractText(t, "2024-06-10", c.text)
		a := actorByName(g, c.person)
		if assert.NotNil(t, a, "%q: %s", c.text, names(g)) {
			assert.Contains(t, a.Aliases, c.short)
			assert.Equal(t, a, actorByName(g, c.short), "%q: one person", c.text)
		}
	}
}

// TestTitledNamesAndHeads checks names a title, a description head or a body word introduces: "the Public
// Prosecutor's Office" (a title head before "'s Office") is one agency, "Opposition MP X" (a
// field before a parliamentary title) is the person, "the consultancy X" is an organisation
// kept though named once, "the University of X" an organisation (but not "the X of Y Act").
func TestTitledNamesAndHeads(t *testing.T) {
	cases := []struct{ text, name string }{
		{"The Public Prosecutor's Office opened a criminal investigation in May, the ministry said.", "Public Prosecutor's Office"},
		{"The vote was held in May. Opposition MP Edvin Lauraitis went further, calling on the minister to resign.", "Edvin Lauraitis"},
		{"The breach was found in May. \"The rails are the point,\" said Mara Volk, a former Treasury official now at the consultancy Pellwick Risk.", "Pellwick Risk"},
		{"\"It will be cited,\" said Ivo Marsh, a former prosecutor who now teaches at the University of Tarrow.", "University of Tarrow"},
	}
	for _, c := range cases {
		g := extractText(t, "2024-06-10", c.text)
		assert.NotNil(t, actorByName(g, c.name), "%q: %s", c.text, names(g))
	}
	// the name of a law is no actor
	g := extractText(t, "2024-06-10", "Ivo Marsh was charged on Monday under the Security of Information Act, police said.")
	assert.Nil(t, actorByName(g, "Security of Information Act"), names(g))
}

// TestNameInsideKeepsFirstWord checks that a sentence opening with a name the article also
// writes inside a sentence keeps the name's first word ("Sable Mantis used …" after "a group
// called Sable Mantis"), instead of reading its tail alone as another name.
func TestNameInsideKeepsFirstWord(t *testing.T) {
	cases := []struct{ text, name string }{
		{"Quillon Security said that a criminal group called Sable Mantis had stolen records in August. Sable Mantis used push bombing to get past the logins, the company said.", "Sable Mantis"},
		{"Harrow Bank said a gang called Dusky Kitten stole files in May. Dusky Kitten sold them later, the bank said.", "Dusky Kitten"},
	}
	for _, c := range cases {
		g := extractText(t, "2024-06-10", c.text)
		a := actorByName(g, c.name)
		if assert.NotNil(t, a, "%q: %s", c.text, names(g)) {
			n := 0
			for _, m := range a.Mentions {
				if m.Text == c.name {
					n++
				}
			}
			assert.Equal(t, 2, n, "%q: %+v", c.text, a.Mentions)
		}
	}
}

// TestYearAfterMonthNoName checks that a year after a month is a date, not the first word of
// the name that follows it ("in October 2023 Norland's security agency said").
func TestYearAfterMonthNoName(t *testing.T) {
	checkNoActorCases(t, "2026-02-12", []noActorCase{
		{"Officials in Estmark accused the group in 2022, and in October 2023 Norland's security agency said the same unit had hacked its ministries.", "2023 Norland", "Norland"},
		{"In May 2024 Kestrel Labs said Grey Heron had breached Orbis Freight.", "2024 Kestrel Labs", "Kestrel Labs"},
		{"On March 3 2025 Orbis Freight said it had been hacked.", "2025 Orbis Freight", "Orbis Freight"},
	})
}

// TestPortfolioTitleHolder checks that after "<Title> of|for" the portfolio's words are no part
// of the holder's name ("Minister of State for Communications Ronan Vale said"), and that a
// portfolio with no holder names no person.
func TestPortfolioTitleHolder(t *testing.T) {
	tests := []struct{ body, person, absent string }{
		{"Minister of State for Communications Ronan Vale said on Wednesday that the attack was serious.", "Ronan Vale", "State for Communications Ronan Vale"},
		{"Secretary of State Ada Lorne said on Wednesday that the attack was serious.", "Ada Lorne", "State Ada Lorne"},
		{"Minister for Foreign Affairs Ivo Sert said on Wednesday that the attack was serious.", "Ivo Sert", "Foreign Affairs Ivo Sert"},
		{"The Minister of State for Digital Affairs said on Wednesday that the attack was serious.", "", "Affairs"},
	}
	for _, tt := range tests {
		g := extractText(t, "2026-02-12", tt.body)
		assert.Nil(t, actorByName(g, tt.absent), "%q is no actor: %v", tt.absent, names(g))
		if tt.person == "" {
			for _, a := range g.Actors {
				assert.NotEqual(t, schema.KindPerson, a.Kind, "%q is no person", a.Name)
			}
		}
		if tt.person != "" {
			if a := actorByName(g, tt.person); assert.NotNil(t, a, "no actor %q in %v", tt.person, names(g)) {
				assert.Equal(t, schema.KindPerson, a.Kind)
				assert.NotNil(t, findEvent(g, schema.EventStatement, a.ID, ""), eventsString(g))
			}
		}
	}
}

// TestToolNameNoActor checks that a name given to a program ("a loader the researchers named
// X", "a backdoor dubbed X", "malware known as X", "an implant it calls X", "X, a surveillance
// tool") or to a campaign ("a campaign dubbed X", "Operation X") is no actor, nor is the name alone later in the article, while the group that used it
// stays one.
func TestToolNameNoActor(t *testing.T) {
	checkNoActorCases(t, "2026-02-12", []noActorCase{
		{"Once inside, the intruders deployed a loader the researchers named GRAVELTIDE, which launches a second stage. Kestrel Labs said Tin Owl ran the operation.", "GRAVELTIDE", "Tin Owl"},
		{"Kestrel Labs said Tin Owl installed a modular backdoor dubbed Pinewhistle on the servers of Orvel Shipping. Pinewhistle can sit dormant for weeks, the firm said.", "Pinewhistle", "Tin Owl"},
		{"Kestrel Labs said Tin Owl used malware known as Quillsnap to steal passwords from Orvel Shipping in March.", "Quillsnap", "Tin Owl"},
		{"Kestrel Labs said Tin Owl planted an implant it calls Marrowlink on three servers. Marrowlink sent the stolen files to Tin Owl.", "Marrowlink", "Kestrel Labs"},
		{"The reporter's phone was infected with Corvid, a surveillance tool sold by Arvel Systems, in March. Kestrel Labs attributed the activity to a Corvid customer operating inside Valdoria. Corvid has surfaced before.", "Corvid", "Kestrel Labs"},
		// a name set between commas after a program's noun, or a component's
		{"Tin Owl broke into Orvel Shipping in May. A third component, GRAVELTIDE, is deployed on selected hosts to harvest passwords, Kestrel Labs said.", "GRAVELTIDE", "Tin Owl"},
		{"Tin Owl broke into Orvel Shipping in May. The wiper, Pinewhistle, destroyed the backups of Orvel Shipping, Kestrel Labs said.", "Pinewhistle", "Tin Owl"},
		// a name given to a campaign, or a campaign's "Operation X", is no actor either
		{"Kestrel Labs said a campaign dubbed Harrow Gate hit three banks in Kenya. The gang Tin Owl ran Harrow Gate from servers in Valdoria.", "Harrow Gate", "Kestrel Labs"},
		{"Kestrel Labs said on Monday that Tin Owl broke into Orvel Shipping. The campaign, which Kestrel Labs named Operation Dry Marsh, used a wiper to erase data, the company said.", "Operation Dry Marsh", "Tin Owl"},
		{"Researchers at Kestrel Labs said Operation Salt Harrow hit ministries in Peru.", "Operation Salt Harrow", "Kestrel Labs"},
		{"Dubbed Operation Salt Harrow, the espionage campaign by Tin Owl hit ministries in Peru, Kestrel Labs said on Monday.", "Dubbed Operation Salt Harrow", "Tin Owl"},
	})
	// "the exploit, Mozello said": no apposition, the speaker stays an actor
	g := extractText(t, "2026-02-12", "The flaw cannot be used without a second exploit, Mozello said on Monday.")
	assert.NotNil(t, actorByName(g, "Mozello"), "%v", names(g))
}

// TestUnnamedOfficialsNoActor checks that described officials ("government officials", "three
// defence ministry officials") are no actor though they take part in an event, while the named
// actors of the sentence stay.
func TestUnnamedOfficialsNoActor(t *testing.T) {
	checkNoActorCases(t, "2026-02-12", []noActorCase{
		{"Kestrel Labs said Tin Owl had broken into the email accounts of three defence ministry officials in May.", "defence ministry officials", "Tin Owl"},
		{"Tin Owl intercepted the call records of government officials in Valdoria, Kestrel Labs said on Monday.", "government officials", "Kestrel Labs"},
	})
}

// TestOwnedServiceNoActor checks that a known company's name between a possessive and the
// common noun it modifies ("on its Telegram channel", "the ministry's Cisco routers"), or between
// a determiner, adjectives at most, and a noun one posts on ("the Telegram channel", "a private
// Telegram channel"), is a service or product, no actor, while the owner stays one.
func TestOwnedServiceNoActor(t *testing.T) {
	checkNoActorCases(t, "2026-02-12", []noActorCase{
		{"On Monday Tin Owl posted the stolen files on its Telegram channel and taunted Orvel Shipping.", "Telegram", "Tin Owl"},
		{"Tin Owl broke into the ministry's Cisco routers in May, Kestrel Labs said on Monday.", "Cisco", "Kestrel Labs"},
		{"A crew called Grey Marten later claimed the breach of Orvel Shipping on a Telegram channel.", "Telegram", "Grey Marten"},
		{"The files were dumped on a Telegram channel run by Grey Marten, Kestrel Labs said.", "Telegram", "Kestrel Labs"},
		{"Grey Marten sent the ransom note to Orvel Shipping from an Outlook account.", "Outlook", "Grey Marten"},
		{"Files stolen from Orvel Shipping appeared on a private Telegram channel on Monday.", "Telegram", "Orvel Shipping"},
		{"Researchers at Kestrel Labs said the Telegram channel shared servers with Grey Marten.", "Telegram", "Kestrel Labs"},
		{"Grey Marten posted the records on a little-known Telegram channel, Kestrel Labs said.", "Telegram", "Kestrel Labs"},
		{"Grey Marten later boasted of the breach of Orvel Shipping on a public Facebook page.", "Facebook", "Orvel Shipping"},
	})
}

// TestRelativeSubjectPronoun checks that "it" as the subject of a relative clause after
// "which" ("Grey Wren, which it ties to …") does not mean the name the clause describes: the
// one who ties, links or blames is named before.
func TestRelativeSubjectPronoun(t *testing.T) {
	cases := []struct{ text, agent, not string }{
		{"The Norland Cyber Office said a group called Grey Wren, which it ties to Velmora's military intelligence, had broken into Orbis Power.", "norland-cyber-office", "grey-wren"},
		{"The Valmark Data Authority fined Orbis Telecom, which it blamed for a breach at Harrow Bank.", "valmark-data-authority", "orbis-telecom"},
		{"Kestrel Labs tracks a crew named Slate Finch, which it links to Norland, and said the crew stole data from Harrow Bank.", "kestrel-labs", "slate-finch"},
	}
	for _, c := range cases {
		g := extractText(t, "2026-10-02", c.text)
		assert.NotNil(t, findEvent(g, schema.EventAccusation, c.agent, ""), "%q: %s", c.text, eventsString(g))
		assert.Nil(t, findEvent(g, schema.EventAccusation, c.not, ""), "%q: %s", c.text, eventsString(g))
	}
}

// TestDemonymBeforeGroupNoun checks that a one-word demonym before a group noun ("A Russian
// hacking group", "Chinese hackers", "Iranian actors") is an adjective of the description, no
// group named after the nationality; the group a later sentence names takes the deed.
func TestDemonymBeforeGroupNoun(t *testing.T) {
	cases := []struct{ text, absent, agent string }{
		{"A Russian hacking group defaced the websites of two Pellan ministries on Monday. The group, which calls itself Ash Heron, posted slogans on the pages.", "Russian", "ash-heron"},
		{"A Russian group breached the servers of the Pellan port authority in May, the Pellan cyber centre said.", "Russian", ""},
		{"Researchers at Orvane Labs said Chinese hackers had scanned the Tarrow Water network for weeks.", "Chinese", ""},
		{"The report blamed the espionage on Iranian actors working for a state agency.", "Iranian", ""},
	}
	for _, c := range cases {
		g := extractText(t, "2026-03-18", c.text)
		assert.Nil(t, actorByName(g, c.absent), c.text, names(g))
		if c.agent != "" {
			assert.NotNil(t, findEvent(g, schema.EventAttack, c.agent, ""), c.text+" "+eventsString(g))
		}
	}
}

// TestNamesOfFirmsAndGangs checks names the tagger or the gazetteer would lose: a lone or
// hyphened company name an apposition calls a firm, and a gang named after its ransomware.
func TestNamesOfFirmsAndGangs(t *testing.T) {
	tests := []struct {
		name, body string
		actor      string
		kind       schema.ActorKind
		absent     []string
	}{
		{"hyphened firm named once with an apposition", "Police said Varnek-Soft, a Kazan-based software company, had written the wiper used against the port.",
			"Varnek-Soft", schema.KindOrganization, nil},
		{"one-word firm named once with an apposition", "Investigators said Tolvary, a Graz software maker, had sold the loader to the crew.",
			"Tolvary", schema.KindOrganization, nil},
		{"gang named after its ransomware", "The Qilin ransomware gang said on Monday it had stolen patient files from the clinic.",
			"Qilin", schema.KindGroup, nil},
		{"the ransomware alone is no actor", "The clinic said its servers had been encrypted with Qilin ransomware on Monday.",
			"", "", []string{"Qilin"}},
		{"a hospital chain's plural name stays a firm when its short name speaks", "Hackers stole patient files from Arvane Hospitals last month. Arvane said on Sunday that its wards were running normally.",
			"Arvane Hospitals", schema.KindOrganization, nil},
		{"a school district's plural name", "A ransomware gang leaked student records from Delmont Public Schools in March. Delmont said on Friday it had told families.",
			"Delmont Public Schools", schema.KindOrganization, nil},
		{"two places joined by a hyphen are no firm", "Trade across the Asia-Pacific region slowed after the attack on the port, the ministry said.",
			"", "", []string{"Asia-Pacific"}},
		{"a language compound before a group noun is no gang's name", "The breach was the work of a largely Portuguese-speaking crew that sells access to other gangs, the bank said.",
			"", "", []string{"Portuguese-speaking"}},
		{"a demonym compound before hackers is no gang's name", "Investigators said Farsi-language hackers had sent the lures to the ministry's staff in May.",
			"", "", []string{"Farsi-language"}},
		{"a language compound before any noun is no name", "Brix Works said the intruders, a Portuguese-speaking team, had copied billing records from Orbis Freight in May.",
			"", "", []string{"Portuguese-speaking"}},
		{"an apposition calling a name a hacking group makes a group", "Investigators blamed Tolgrin Moss, a hacking group, for the break-in at Orbis Freight in May.",
			"Tolgrin Moss", schema.KindGroup, nil},
		{"a name before a catalog is a list, no actor", "The agency added the flaw to its Actively Abused Flaws catalog on Monday and told departments to patch.",
			"", "", []string{"Actively Abused Flaws"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-04-10", tt.body)
			if a := wantActors(t, g, tt.absent, tt.actor); a != nil {
				assert.Equal(t, tt.kind, a.Kind)
			}
		})
	}
}

// TestOfficeNamedByField checks that an office word a capitalised word qualifies and "for"
// gives its field names one body through the field's "and" and "of", while a title before
// its holder's name stays a title.
func TestOfficeNamedByField(t *testing.T) {
	tests := []struct {
		name, body string
		actor      string
		kind       schema.ActorKind
	}{
		{"a commissioner's office through and and of", "On Thursday the Bremen Commissioner for Data Protection and Freedom of Information fined the clinic over the leak.",
			"Bremen Commissioner for Data Protection and Freedom of Information", schema.KindAgency},
		{"an ombudsman by its field", "The Federal Ombudsman for Savings Banks said on Monday it had received forty complaints about the outage.",
			"Federal Ombudsman for Savings Banks", schema.KindAgency},
		{"a title before its holder", "Regional Commissioner for Transport Helga Brandt said the trains would run again on Friday.",
			"Helga Brandt", schema.KindPerson},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-04-10", tt.body)
			a := actorByName(g, tt.actor)
			require.NotNil(t, a, "no actor %q in %v", tt.actor, names(g))
			assert.Equal(t, tt.kind, a.Kind)
		})
	}
}

// wantActors checks that none of absent is an actor of g and, unless want is "", that want is
// one; it returns want's actor, nil when want is "".
func wantActors(t *testing.T, g *graph.Graph, absent []string, want string) *graph.Actor {
	t.Helper()
	for _, n := range absent {
		assert.Nil(t, actorByName(g, n), "%q is no actor: %v", n, names(g))
	}
	if want == "" {
		return nil
	}
	a := actorByName(g, want)
	require.NotNil(t, a, "no actor %q in %v", want, names(g))
	return a
}

// TestCapitalisedIntelligenceServiceName checks that a demonym opening a service's capitalised
// name ("the Canadian Security Intelligence Service") gives the service, not its country, as
// the lower-case "the Czech intelligence service" gives the state.
func TestCapitalisedIntelligenceServiceName(t *testing.T) {
	tests := []struct{ name, body, want, not string }{
		{"gazetteer name", "Councillor Ada Whent said the Canadian Security Intelligence Service had briefed her in March.",
			"Canadian Security Intelligence Service", "Canada"},
		{"unlisted name", "Councillor Ada Whent said the Estonian Foreign Intelligence Service had briefed her in March.",
			"Estonian Foreign Intelligence Service", "Estonia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-06", tt.body)
			assert.NotNil(t, actorByName(g, tt.want), names(g))
			assert.Nil(t, actorByName(g, tt.not), names(g))
		})
	}
}

// TestTitleWithFirmWord checks that a title whose field is a word that also ends company names
// ("Communications", "Security") set beside its holder's name by a comma is still that person,
// who speaks, and that a firm's name ending in such a word stays a firm.
func TestTitleWithFirmWord(t *testing.T) {
	tests := []struct {
		name, body, title, holder string
	}{
		{"communications minister", "The Communications Minister, Mira Tallis, said on Monday that telcos would have to report breaches within a day.",
			"Communications Minister", "Mira Tallis"},
		{"cyber security minister", "The Cyber Security Minister, Mira Tallis, said the bill would go to parliament in May.",
			"Cyber Security Minister", "Mira Tallis"},
		{"home secretary", "The Home Secretary, Mira Tallis, said the breach was serious.",
			"Home Secretary", "Mira Tallis"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			assert.Equal(t, 1, countActors(g, []string{tt.title, tt.holder}), names(g))
			if a := actorByName(g, tt.holder); assert.NotNil(t, a, names(g)) {
				assert.Equal(t, schema.KindPerson, a.Kind)
			}
			assert.NotNil(t, findEvent(g, schema.EventStatement, strings.ToLower(strings.ReplaceAll(tt.holder, " ", "-")), ""), eventsString(g))
		})
	}
	g := extractText(t, "2025-06-10", "Vellan Communications, a Norland phone carrier, said its network was breached.")
	if a := actorByName(g, "Vellan Communications"); assert.NotNil(t, a, names(g)) {
		assert.Equal(t, schema.KindOrganization, a.Kind)
	}
}

// TestTitleOfSeveralWords checks that a title of several words after a title word ("Chief
// Executive", "Deputy Data Protection Commissioner") is no part of the holder's name, and that a
// body named after the title keeps its name.
func TestTitleOfSeveralWords(t *testing.T) {
	tests := []struct {
		name, body, actor, absent string
	}{
		{"chief executive", "Orlen Freight said on Tuesday that hackers had broken in. Chief Executive Tomas Vrana said the systems were restored.", "Tomas Vrana", "Executive Tomas Vrana"},
		{"chief operating officer", "Orlen Freight said on Tuesday that hackers had broken in. Chief Operating Officer Dana Pell said nothing was lost.", "Dana Pell", "Operating Officer Dana Pell"},
		{"deputy field commissioner", "Deputy Data Protection Commissioner Ilse Marek said on Monday that the regulator was investigating Orlen Freight.", "Ilse Marek", "Data Protection Commissioner Ilse Marek"},
		{"holder of three words", "Chief Information Officer Rosa Maria Tell said on Monday that Orlen Freight had paid no ransom.", "Rosa Maria Tell", "Information Officer Rosa Maria Tell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-02-12", tt.body)
			a := actorByName(g, tt.actor)
			require.NotNil(t, a, "no actor %q in %v", tt.actor, names(g))
			assert.Equal(t, schema.KindPerson, a.Kind)
			assert.Nil(t, actorByName(g, tt.absent), "%q is no actor: %v", tt.absent, names(g))
		})
	}
}

// TestMoneyAmountNoActor checks that a sum written with a currency's letters and sign ("US$40
// million", "S$250,000") is no actor, while the actors around it stay.
func TestMoneyAmountNoActor(t *testing.T) {
	checkNoActorCases(t, "2026-02-12", []noActorCase{
		{"The regulator imposed a penalty of S$250,000 on Orlen Freight on Monday.", "S$250,000", "Orlen Freight"},
		{"Investigators blamed Frost Marten for the theft of more than US$40 million from Kestrel Labs in March.", "US$40", "Frost Marten"},
		{"Kestrel Labs said the crew had demanded HK$3.5 million from the hospital.", "HK$3.5", "Kestrel Labs"},
	})
}

// TestMoneyAmountShape checks which words moneyAmount reads as a sum of money.
func TestMoneyAmountShape(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"US$600", true},
		{"S$1.2", true},
		{"€40", true},
		{"NZ$9,000", true},
		{"US$", false},
		{"Cash$", false},
		{"Kestrel", false},
		{"ABCD$5", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			assert.Equal(t, tt.want, moneyAmount(tt.word), "moneyAmount(%q): got %v, want %v", tt.word, !tt.want, tt.want)
		})
	}
}

// TestSeatBeforeName checks that a town joined to "based" before a name ("Kessin-based Harrow
// Bank") only places the body the name names: the actor is the body, a firm, and a town so
// joined before a demonym phrase ("a Kessin-based Chinese official") is part of no name.
func TestSeatBeforeName(t *testing.T) {
	tests := []struct {
		name, body, want, absent string
	}{
		{"object of a deed", "Hackers broke into Kessin-based Harrow Bank in May.", "Harrow Bank", "Kessin-based Harrow Bank"},
		{"after the article", "An engineer at the Kessin-based Orla Verity Labs opened the file in May.", "Orla Verity Labs", "Kessin-based Orla Verity Labs"},
		{"two words that could name a person", "Kessin-based Orla Verity said in June that it had found the flaw.", "Orla Verity", "Kessin-based Orla Verity"},
		{"before a demonym phrase", "Ottawa expelled a Kessin-based Chinese official in May.", "", "Kessin-based Chinese"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			assert.Nil(t, actorByName(g, tt.absent), "got %v", names(g))
			if tt.want == "" {
				return
			}
			a := actorByName(g, tt.want)
			require.NotNil(t, a, "got %v, want %q", names(g), tt.want)
			assert.Equal(t, schema.KindOrganization, a.Kind, "got kind %s for %q", a.Kind, tt.want)
		})
	}
}
