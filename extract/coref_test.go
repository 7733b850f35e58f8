package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
)

// TestDescriptionAntecedents checks which actor a definite description takes as its
// antecedent: the one the article itself described that way comes before a more recent one,
// a nationality that contradicts the one an apposition gave keeps it apart, and a field the
// description names must be the body's.
func TestDescriptionAntecedents(t *testing.T) {
	tests := []struct {
		name, body string
		desc       string // the description's alias
		actor      string // the actor it must be an alias of; "" for none
		not        string // an actor it must not be an alias of
	}{
		{"a word of its name takes up a description of the other kind of body",
			"Harlow Health Network began writing to patients on Monday. The Norland Cyber Agency had warned it in January. The letters came weeks after the regional health authority found encrypted files on its servers. The authority said it would offer credit monitoring.",
			"authority", "Harlow Health Network", "Norland Cyber Agency"},
		{"a Canadian department named by its field and the country",
			"Intruders sat in the mail servers of Health Canada for a month, the Canadian Centre for Cyber Security said. The department told the privacy commissioner in March.",
			"department", "Health Canada", "Canadian Centre for Cyber Security"},
		{"a firm named for the country is no department",
			"Hackers read mail at Harlow Canada, a Norland bank's local arm, for six weeks. The Norland Cyber Agency said the department had been warned.",
			"department", "", "Harlow Canada"},
		{"the central bank is no lender the story is about",
			"Criminals used the stolen logins of Harlow Savings Bank to send $9 million in fraudulent transfers. The bank notified the central bank and the Norland Cyber Agency on Friday.",
			"central bank", "", "Harlow Savings Bank"},
		{"the central bank takes up a reserve bank named before",
			"Criminals used the stolen logins of Harlow Savings Bank to send $9 million in fraudulent transfers. The Reserve Bank of Norland said its systems were intact. The central bank said it had warned other lenders.",
			"central bank", "Reserve Bank of Norland", "Harlow Savings Bank"},
		{"a description's words all in a body named after it",
			"Harlow Savings Bank has told the data protection regulator that records were exposed. The Data Protection Commission said on Thursday that it was assessing the breach.",
			"data protection regulator", "Data Protection Commission", ""},
		{"not when a word is missing from the later name",
			"Harlow Savings Bank has told the consumer protection regulator that records were exposed. The Data Protection Commission said on Thursday that it was assessing the breach.",
			"consumer protection regulator", "", "Data Protection Commission"},
		{"a word of the name names the lender's trade",
			"Hackers broke into the payment systems of Harlow Savings Bank, the Norland Cyber Agency said on Monday. The agency said it had warned Brennock Telecom about the group in May. The lender said it had told the agency on March 3.",
			"lender", "Harlow Savings Bank", "Brennock Telecom"},
		{"a bank's name in its own language names the trade",
			"Hackers broke into the payment systems of Banque Orvelle, the Norland Cyber Agency said on Monday. The agency said it had warned Quarlen Systems about the group in May. The bank said it had told the agency on March 3.",
			"bank", "Banque Orvelle", "Quarlen Systems"},
		{"a word of the name names the carrier's trade",
			"Hackers broke into the network of Brennock Telecom, the Norland Cyber Agency said on Monday. The agency said it had warned Harlow Savings Bank about the group in May. The carrier said it had told the agency on March 3.",
			"carrier", "Brennock Telecom", "Harlow Savings Bank"},
		{"a telco is a carrier the trade word names",
			"Hackers broke into the network of Brennock Mobile, the Norland Cyber Agency said on Monday. The agency said it had warned Harlow Savings Bank about the group in May. The telco said it had told the agency on March 3.",
			"telco", "Brennock Mobile", "Harlow Savings Bank"},
		{"a name ending in a trade word is a body the trade's head takes up",
			"Intruders spent months inside the network of Dunmere Water, which serves towns across the Vell Valley, the Norland Cyber Agency said. The utility said its customers had never been at risk.",
			"utility", "Dunmere Water", ""},
		{"a nationality is no word of its own",
			"Harlow Health Network began writing to patients on Monday. The Norland Cyber Agency had warned it in January. The Valdorian health authority said it would review the case.",
			"Valdorian health authority", "", "Harlow Health Network"},
		{"an apposition before the name gives the head",
			"Ransomware hit Tolvane Clinics after hackers breached its payroll provider, Quarlen Data, in March. Tolvane Clinics said on Monday that the provider had not patched its servers.",
			"provider", "Quarlen Data", "Tolvane Clinics"},
		{"an apposition after the name gives the nationality",
			"Kestrel Labs, a Valdorian software company, found the implant on servers in Valdoria. Analysts at Brix Works helped. The Valdorian company said the intruders had come from abroad.",
			"Valdorian company", "Kestrel Labs", "Brix Works"},
		{"the nationality of an apposition keeps another nationality apart",
			"Kestrel Labs, a Valdorian software company, found the implant on servers in Valdoria and Ostreva. The Ostrevan company said the intruders had come from abroad.",
			"Ostrevan company", "", "Kestrel Labs"},
		{"an apposition makes a person-shaped name a firm",
			"Hackers breached Dorran Pike, a Valdorian firm, in Valdoria last year. Analysts said the Valdorian company had ignored warnings.",
			"Valdorian company", "Dorran Pike", ""},
		{"a town before the apposition's head still gives the head",
			"Brindle Watch, a Marlow threat-intelligence firm, found records of Harrow Logistics on sale in May and notified Harrow Logistics. By then, the firm said, three buyers had asked for samples.",
			"firm", "Brindle Watch", "Harrow Logistics"},
		{"a two-word town before the apposition's head",
			"Quarlen Data, a New Harrow software company, found files of Tolvane Systems online and warned Tolvane Systems. The company said the files were old.",
			"company", "Quarlen Data", "Tolvane Systems"},
		{"a legal form in the name says it is a company",
			"Brix Works, a Marlow logistics company, was breached in 2023. The breach was small. Nobody noticed. The Norland Treasury named Kestrel Network Co. and its chief on Monday, citing the company's role in the breach.",
			"company", "Kestrel Network Co.", "Brix Works"},
		{"a name before a plain description still takes it",
			"Hackers broke into Merrow Logistics in May. The company said no data was lost.",
			"company", "Merrow Logistics", ""},
		{"a name far back with the head word comes before the institution named last",
			"Hackers broke into the Quellan Electoral Commission in March. They copied voter data. The breach was small. Nobody noticed for weeks. Staff were not told. The Brannock Cyber Agency studied the malware in April. Officials said the agency had alerted the commission on April 2.",
			"commission", "Quellan Electoral Commission", "Brannock Cyber Agency"},
		{"a name far back with the head word, not an institution",
			"The Kestrel Research Lab found the flaw in March. The flaw was old. Few noticed it. Patches came late. Users complained. The Brannock Cyber Agency studied the flaw in April. Officials said the lab had shared its notes.",
			"lab", "Kestrel Research Lab", "Brannock Cyber Agency"},
		{"the name must say the head word in the article's own words",
			"The Brannock Signals Directorate tracked the hackers. The crew works for the GRU, officials said. They copied voter data. The breach was small. Nobody noticed for weeks. Staff were not told. Later the directorate alerted the ministry.",
			"directorate", "Brannock Signals Directorate", "GRU"},
		{"a name far back must have every word of the description",
			"Director Ana Voss of the Quellan Intelligence Service (QIS) testified in May. She spoke for three hours. Lawmakers were angry. The hearing went on late. Reporters waited outside. Nobody resigned. The committee will next hear from the head of the military intelligence service.",
			"military intelligence service", "", "Quellan Intelligence Service"},
		{"a description of a neighbouring country is another institution",
			"The Quellan Intelligence Service warned banks in May. Analysts said the crew works for the intelligence service of neighbouring Karvia.",
			"intelligence service", "", "Quellan Intelligence Service"},
		{"a university named before",
			"Students at the Harlow Technical University were approached in May. In June, a group called Slate Owl broke into the university's research server.",
			"university", "Harlow Technical University", ""},
		{"a council named before",
			"Fraudsters tricked Harlow City Council into paying £2 million to them in May. The council reported the fraud to the police in June.",
			"council", "Harlow City Council", ""},
		{"a council takes no agency without the word",
			"Hackers stole files from Lumen Civic Systems in May. The Brannock Cyber Agency opened an inquiry in June, and the city council voted last week to end the contract with Lumen Civic Systems.",
			"city council", "", "Brannock Cyber Agency"},
		{"a school district named before",
			"Records of students in the Harlow Creek School District were stolen in May. Parents were angry. The district said it had reported the theft to the police.",
			"district", "Harlow Creek School District", ""},
		{"a district takes no firm without the word",
			"Hackers stole files from Lumen Civic Systems in May. The district said it would review the contract with Lumen Civic Systems.",
			"district", "", "Lumen Civic Systems"},
		{"a hospital named before",
			"Ransomware hit St. Orrin General Hospital on Monday. The hospital said its systems were restored.",
			"hospital", "St. Orrin General Hospital", ""},
		{"a federation named before",
			"The Northern Rowing Federation was fined in May. The federation said it would appeal.",
			"federation", "Northern Rowing Federation", ""},
		{"a building society named before",
			"Thieves tricked staff at Harrowmere Building Society into wiring £2 million in March. The society said its members' savings were safe.",
			"society", "Harrowmere Building Society", ""},
		{"a society named by an apposition before its name",
			"Thieves tricked staff at the building society Harrowmere into wiring £2 million in March. The society said its members' savings were safe.",
			"society", "Harrowmere", ""},
		{"a description after 'with' and 'of neighbouring' is another institution",
			"The Brannock Cyber Ministry issued an alert on May 6. It also shared indicators with the health ministry of neighbouring Ostreva.",
			"health ministry", "", "Brannock Cyber Ministry"},
		{"the subject of the sentence before comes before a place it is based in",
			"Quorrel Mail, which is based in Tessaly Harbour and has four million users, said it would leave the market. The company also disputed the minister's account.",
			"company", "Quorrel Mail", "Tessaly Harbour"},
		{"a company after 'at' comes before one named in an earlier sentence",
			"Dunmere Systems tracked the crew for a year. In 2023, the Brannock Cyber Agency blamed the crew for an intrusion at Harrowgate Pipelines, a gas operator. The company later said it had rebuilt its network.",
			"company", "Harrowgate Pipelines", "Dunmere Systems"},
		{"a name modifying a noun is taken last, after an earlier sentence's subject",
			"Brightvale Security tracked the crew for a year. Its phishing kits are sold on Quillgram channels, and the company said it had alerted the police.",
			"company", "Brightvale Security", "Quillgram"},
		{"a service named by a brand is a company",
			"The Brannock Data Authority fined Vellacourt Freight Services on Monday for hiding a breach. The company said it would appeal.",
			"company", "Vellacourt Freight Services", "Brannock Data Authority"},
		{"an intelligence firm named by a brand is a company",
			"Researchers at Orrin Threat Intelligence traced the crew in May. The company said the crew had used stolen passwords.",
			"company", "Orrin Threat Intelligence", ""},
		{"a state's service stays an agency",
			"The Karvian Security Service tracked the crew for a year. Officials said the agency had warned banks in May.",
			"agency", "Karvian Security Service", ""},
		{"a service whose words name an office stays an agency",
			"The Pellan Security Service tracked the crew for a year. Officials said the agency had warned banks in May.",
			"agency", "Pellan Security Service", ""},
		{"the workplace of an engineer is a company",
			"An engineer at Quarrow Payroll found the rogue query in May. The breach was reported to police two days later. Records of 2,000 workers were copied. The company said no bank details were lost.",
			"company", "Quarrow Payroll", ""},
		{"the workplace of nobody is a company",
			"It started with a query that nobody at Quarrow Payroll had written. The breach was reported to police two days later. Records of 2,000 workers were copied. The company said no bank details were lost.",
			"company", "Quarrow Payroll", ""},
		{"a trust's name ending takes up 'the trust'",
			"Hackers encrypted the servers of the Dunmere Valley Health Trust on Sunday, the Norland Cyber Agency said. The trust said it had reported the attack to the agency on Monday.",
			"trust", "Dunmere Valley Health Trust", "Norland Cyber Agency"},
		{"'the trust' takes up no body without the word",
			"Intruders stole member records from Brix Works, the Norland Cyber Agency said on Friday. The company said the breach had hurt the trust of its customers.",
			"trust", "", "Brix Works"},
		{"'the centre' takes up a centre named just before",
			"Quarrow Water said on Monday that its billing servers had been encrypted. The Norland Cyber Security Centre said it was helping the utility. The centre had alerted water companies to the flaw in March.",
			"centre", "Norland Cyber Security Centre", "Quarrow Water"},
		{"'the centre' for a name spelled 'Center'",
			"The Norland Cyber Security Center on Sunday blamed the Brass Heron group for the outage at Quarrow Water. The centre said the group had used a stolen password.",
			"centre", "Norland Cyber Security Center", ""},
		{"'the centre' takes up no centre named long before",
			"The Norland Cyber Security Centre published guidance in January. Quarrow Water said on Monday that its billing servers had been encrypted. The utility hired Brix Works. Brix Works said the intruders came in through a VPN. Police opened an inquiry. Customers were told to watch for fraud. Officials said the centre of the town had lost water for a day.",
			"centre", "", "Norland Cyber Security Centre"},
		{"'the contractor' takes up the firm set beside it",
			"Harlan Pipeline said it had cut off the contractor, Dunmore Field Services, in June. Investigators said the hackers had broken into the contractor's network a year earlier.",
			"contractor", "Dunmore Field Services", "Harlan Pipeline"},
		{"'the contractor' takes up a firm an apposition after its name calls so",
			"Dunmore Field Services, a Texas contractor, maintained the gateway. Harlan Pipeline said the contractor had not patched it.",
			"contractor", "Dunmore Field Services", "Harlan Pipeline"},
		{"'the contractor' takes up no firm when a person was called so",
			"Prosecutors charged Dana Kovach, a former defence contractor, with leaking files to Tarrow Media. Brellon Systems said the contractor had copied the files to a personal drive.",
			"contractor", "", "Brellon Systems"},
		{"a product name before its noun is not its maker",
			"Tessaly Works has confirmed that attackers compromised its build servers. According to a statement published by the company, two versions of the Fleetpane agent were trojanised.",
			"company", "Tessaly Works", "Fleetpane"},
		// a description whose modifiers name a field ("the cyber agency") takes up only a
		// body its name, apposition or earlier descriptions say is of that field, or the name
		// it is set beside (bodyDescribed); one with only a level ("the national agency")
		// takes up the agency named last as before
		{"a field the agency's name lacks",
			"The Brannock Financial Conduct Office fined Harlow Savings Bank on Friday. The cyber agency had warned lenders about the flaw in March.",
			"cyber agency", "", "Brannock Financial Conduct Office"},
		{"a field of two words the agency's name lacks",
			"The Brannock Financial Conduct Office fined Harlow Savings Bank on Friday. The data protection regulator said it would look at the case too.",
			"data protection regulator", "", "Brannock Financial Conduct Office"},
		{"a field word in the name",
			"The Brannock Energy Office fined Quarrow Power on Friday. The energy regulator said the utility had ignored two warnings.",
			"energy regulator", "Brannock Energy Office", ""},
		{"set beside the name after its acronym",
			"The Brannock Signals Directorate (BSD), the foreign intelligence agency, said on Monday that Quarrow Power had been hacked.",
			"foreign intelligence agency", "Brannock Signals Directorate", ""},
		{"a level is no field",
			"The Brannock Financial Conduct Office fined Harlow Savings Bank on Friday. The national agency said the bank had ignored two warnings.",
			"national agency", "Brannock Financial Conduct Office", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-05-20", tt.body)
			if tt.actor != "" {
				a := actorByName(g, tt.actor)
				require.NotNil(t, a, "no actor %q in %v", tt.actor, names(g))
				assert.Contains(t, a.Aliases, tt.desc, "aliases of %s", a.Name)
			}
			if tt.not != "" {
				if a := actorByName(g, tt.not); a != nil {
					assert.NotContains(t, a.Aliases, tt.desc, "aliases of %s", a.Name)
				}
			}
		})
	}
}

// TestIntroducedGroupNamedNext checks that a group introduced unnamed ("a Norlandish
// state-sponsored hacking group") is the group the article names within two sentences, and
// stays apart when a group was named before it.
func TestIntroducedGroupNamedNext(t *testing.T) {
	cases := []struct {
		text string
		join bool
	}{
		{"Agencies warned on Tuesday that a Russian state-sponsored hacking group has burrowed into the systems of Tarrow Water. The advisory names the group Ashen Wren and says it has been active since 2022.", true},
		{"The ransomware gang Ashen Wren hit Tarrow Water in May. In June a Russian state-sponsored hacking group breached Pellam Gas, officials said.", false},
	}
	for _, c := range cases {
		g := extractText(t, "2024-06-10", c.text)
		a := actorByName(g, "Ashen Wren")
		if assert.NotNil(t, a, "%q: %s", c.text, names(g)) {
			assert.Equal(t, c.join, slices.Contains(a.Aliases, "Russian state-sponsored hacking group"), "%q: %v", c.text, a.Aliases)
		}
	}
}

// TestGroupApposition checks that a person-shaped name an apposition calls a threat group
// ("Tin Wren, a criminal group that sells access") is a group, kept though named once, and
// takes the described "hackers"; "an armed group" is no threat group.
func TestGroupApposition(t *testing.T) {
	cases := []struct {
		text, name string
		kind       schema.ActorKind
	}{
		{"Harrow Bank said on Monday that hackers had stolen customer data in May. The bank blamed Tin Wren, a criminal group that sells access to corporate networks.", "Tin Wren", schema.KindGroup},
		{"Researchers at Kestrel Labs said the break-in bore the hallmarks of Ash Lark, an espionage group the firm has tied to Norland.", "Ash Lark", schema.KindGroup},
		{"The Hill Riders, an armed group active in the north, claimed the attack on Orbis Freight.", "Hill Riders", schema.KindOrganization},
		{"Norland blamed a hacking group for the breach of the Orvik parliament. The statement names the group as Slate Wren, a unit that officials tie to Norland's army.", "Slate Wren", schema.KindGroup},
		{"Harrow Bank said hackers stole customer data in May. Investigators track the group as Dusk Heron and say it sells access to corporate networks.", "Dusk Heron", schema.KindGroup},
	}
	for _, c := range cases {
		g := extractText(t, "2024-06-10", c.text)
		a := actorByName(g, c.name)
		if assert.NotNil(t, a, "%q: %s", c.text, names(g)) {
			assert.Equal(t, c.kind, a.Kind, "%q", c.text)
		}
	}
}

// TestTrackedByNamer checks that a name a vendor tracks a described cluster as is a threat
// group when the vendor is named between ("which Orvane Labs tracks as X", "are tracked by
// Orvane as X"), when the head is "intrusion set" or people "behind" a tool, and that the
// group then does the deeds told of "the group"/"the actor"; "intrusion set" is no intrusion.
func TestTrackedByNamer(t *testing.T) {
	cases := []struct {
		text, name, victim string
	}{
		{"A financially motivated group, which Orvane tracks as Tansy Reed, stole $2 million from Harlow Bank in May.", "Tansy Reed", "Harlow Bank"},
		{"The intrusion set, which Orvane Labs tracks as Pellwing, is new. The group stole diplomatic cables from Larch Freight in March.", "Pellwing", "Larch Freight"},
		{"Castor Security attributes the campaign to an intrusion set it tracks as Brindle Oak. The group broke into Larch Freight in May.", "Brindle Oak", "Larch Freight"},
		{"The operators behind the malware are tracked by Orvane Labs as Fennick Vale. The actor broke into Harlow Freight in May, Orvane said.", "Fennick Vale", "Harlow Freight"},
		{"The operators behind it are tracked by Orvane as Fennick Vale and by Castor as Moss Nine. The actor broke into Harlow Freight in May.", "Fennick Vale", "Harlow Freight"},
	}
	for _, c := range cases {
		g := extractText(t, "2026-06-10", c.text)
		a := actorByName(g, c.name)
		if !assert.NotNil(t, a, "%q: %s", c.text, names(g)) {
			continue
		}
		assert.Equal(t, schema.KindGroup, a.Kind, "%q", c.text)
		done := false
		for _, ev := range g.Events {
			assert.False(t, ev.Type == schema.EventIntrusion && ev.Trigger == "intrusion", "%q: the intrusion set is no intrusion", c.text)
			if hasParticipant(ev, graph.ActorID(c.name), schema.RoleAgent) && hasParticipant(ev, graph.ActorID(c.victim), schema.RoleTarget) {
				done = true
			}
		}
		assert.True(t, done, "%q: no deed of %s against %s", c.text, c.name, c.victim)
	}
}

// TestStatesAreNoActors checks that a state or province is a place, no organisation that takes
// "the company" or "the city": "a Texas benefits firm", "a factory in Ohio"; so is a name
// listed with a known place after "in" ("in Oslo and Velmark").
func TestStatesAreNoActors(t *testing.T) {
	cases := []struct {
		text, state, desc, actor string
	}{
		{"Hackers breached Orvane Payroll in March. Orvane had earlier hit Tallis Benefits, a Texas benefits administrator. The company said on Monday that it had told the FBI.", "Texas", "company", "Tallis Benefits"},
		{"Kestrel Labs said a Russian officer had met one of its engineers at restaurants in Oslo and Velmark. The company said on Monday that it had told the Norland Security Service.", "Velmark", "company", "Kestrel Labs"},
		{"Garrow Mills, a furniture maker in Ohio, lost its payroll files. Ransomware hit Dellport, Pa., in March. Officials in Pennsylvania said the city had refused to pay the Grey Finch crew.", "Pennsylvania", "city", ""},
	}
	for _, c := range cases {
		g := extractText(t, "2024-06-10", c.text)
		if a := actorByName(g, c.state); a != nil {
			assert.Equal(t, schema.KindPlace, a.Kind, "%q", c.text)
			assert.NotContains(t, a.Aliases, c.desc, "%q", c.text)
		}
		if a := actorByName(g, c.actor); c.actor != "" && assert.NotNil(t, a, "%q: %s", c.text, names(g)) {
			assert.Contains(t, a.Aliases, c.desc, "%q: %v", c.text, a.Aliases)
		}
	}
}

// TestWaterNamesArePlaces checks that a name ending in a word for a stretch of water is a
// place, no organisation, and takes no "the city".
func TestWaterNamesArePlaces(t *testing.T) {
	tests := []struct{ text, place string }{
		{"Rebels attacked a cargo ship in the Velmar Sea on Sunday.", "Velmar Sea"},
		{"Gunmen attacked a ferry in the Ostrel Strait on Sunday. Officials in Port Seldon said the city had closed its harbour.", "Ostrel Strait"},
	}
	for _, tt := range tests {
		t.Run(tt.place, func(t *testing.T) {
			g := extractText(t, "2025-03-10", tt.text)
			a := actorByName(g, tt.place)
			require.NotNil(t, a, "%q: %s", tt.text, names(g))
			assert.Equal(t, schema.KindPlace, a.Kind)
			assert.NotContains(t, a.Aliases, "city")
		})
	}
}

// TestSurePersonBeforeGuess checks that a personal pronoun whose sentence or the one before
// names a sure person takes that person rather than a person-shaped name it would otherwise
// turn into a person: the outlet or firm stays no person, and the pronoun is the person's.
func TestSurePersonBeforeGuess(t *testing.T) {
	tests := []struct {
		text, person, guess string
	}{
		{"Inspector Tomas Halberg, a detective with the city police, said on Friday that Morrow Linden, a local news site, had warned his team about the leak.",
			"Tomas Halberg", "Morrow Linden"},
		{"Sergeant Ilse Varga, a detective with the city police, said on Friday that Kura Dispatch, a local news site, had warned her team about the leak.",
			"Ilse Varga", "Kura Dispatch"},
	}
	for _, tt := range tests {
		t.Run(tt.person, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.text)
			if a := actorByName(g, tt.guess); a != nil {
				assert.NotEqual(t, schema.KindPerson, a.Kind, names(g))
			}
			p := actorByName(g, tt.person)
			require.NotNil(t, p, names(g))
			assert.Equal(t, schema.KindPerson, p.Kind)
		})
	}
}

// TestOwnerSaidIt checks that the "it" (and the "its" right after it) that opens what a body's
// office tells ("the X's office said on Friday that it had …") is the body that owns the
// office, even when a title in the body's name left its kind a guess (the office itself when a
// place scopes the title, "the Karsova Data Commissioner's office": jurisdictionOffice), and
// that an "it" after another clause or in an owner's aside keeps its own antecedent.
func TestOwnerSaidIt(t *testing.T) {
	lead := "Hackers stole customer records from Helvar Bank in January. The bank said it had hired a forensic firm. "
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent      string // "": no event with the commissioner as agent
	}{
		{"said that it had opened an investigation", lead + "The Karsova Data Commissioner's office said on Friday that it had opened an investigation into Helvar Bank.",
			schema.EventLegal, "karsova-data-commissioners-office"},
		{"confirmed it had fined", lead + "The Karsova Data Commissioner's press office confirmed it had fined Helvar Bank.",
			schema.EventSanction, "karsova-data-commissioner"},
		{"its own investigation", lead + "The Karsova Data Commissioner's office said last month that it had completed its own investigation into Helvar Bank.",
			schema.EventLegal, "karsova-data-commissioners-office"},
		{"another clause before it", lead + "The Karsova Data Commissioner's press office said the breach was serious and that it had fined Helvar Bank.",
			schema.EventSanction, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-03-10", tt.body)
			if tt.agent == "" {
				for _, id := range []string{"karsova-data-commissioner", "karsova-data-commissioners-office"} {
					assert.Nil(t, findEvent(g, tt.typ, id, "helvar-bank"), eventsString(g))
				}
				return
			}
			ev := findEvent(g, tt.typ, tt.agent, "helvar-bank")
			assert.NotNil(t, ev, eventsString(g))
		})
	}
}

// TestOwnStepDatedByTelling checks that a body's own legal step or measure that it tells of
// with no time of its own ("said on Friday that it had opened an inquiry") takes the day of
// the telling, and keeps a time of its own ("… that it had fined Y in May").
func TestOwnStepDatedByTelling(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		want       string
	}{
		{"opened an investigation", "The Karsova Data Commissioner's office said on Friday that it had opened an investigation into Helvar Bank.", schema.EventLegal, "2026-03-06"},
		{"fined", "The Karsova Data Authority said on Friday that it had fined Helvar Bank.", schema.EventSanction, "2026-03-06"},
		{"a time of its own", "The Karsova Data Authority said on Friday that it had fined Helvar Bank in May 2025.", schema.EventSanction, "2025-05"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-03-10", tt.body)
			ev := findEvent(g, tt.typ, "", "helvar-bank")
			if !assert.NotNil(t, ev, eventsString(g)) {
				return
			}
			assert.Equal(t, tt.want, ev.Time.Value, eventsString(g))
		})
	}
}

// TestSpeakerSaidThat checks that a pronoun opening the "that" clause of a verb of saying,
// adverbials between, is the speaker's ("Norwegian officials said on Friday that their
// networks …"), not a body of the sentence before.
func TestSpeakerSaidThat(t *testing.T) {
	const first = "Ash Heron hit Harrow Bank in May. The Velmar embassy in Oslo rejected the claims. "
	tests := []struct{ name, second string }{
		{"their after that", "Norwegian officials said that their networks had also been hit by the group."},
		{"their after a time and that", "Norwegian officials said on Friday that their networks had also been hit by the group."},
		{"they after adverbs", "Norwegian officials said late on Friday that they had also been hit by the group."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-05-04", first+tt.second)
			assert.NotNil(t, findEvent(g, schema.EventAttack, "ash-heron", "norway"), eventsString(g))
			for _, ev := range g.Events {
				assert.False(t, hasParticipant(ev, "velmar-embassy-in-oslo", schema.RoleTarget), eventsString(g))
			}
		})
	}
}

// TestTheySaidSpeakers: a "they" that speaks after its words is the sentence before's
// speakers, not a body that sentence names: unnamed ones ("Prosecutors said …") stay unnamed,
// and a person as its own sentence's subject ("He was paid …, they said") does not stop it
// from reaching the named speakers before.
func TestTheySaidSpeakers(t *testing.T) {
	const tail = " She was given a laptop, they said."
	for _, tt := range []struct{ name, first, agent string }{
		{"unnamed prosecutors", "Prosecutors said Dagny Lund met an officer of the Tarsian State Security Committee in Graz.", ""},
		{"named police", "Norland Police said Dagny Lund met an officer of the Tarsian State Security Committee in Graz.", "norland-police"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-10-09", tt.first+tail)
			for _, ev := range g.Events {
				if ev.Type == schema.EventStatement {
					assert.False(t, hasParticipant(ev, "tarsian-state-security-committee", schema.RoleAgent), eventsString(g))
				}
			}
			if tt.agent != "" {
				assert.NotNil(t, findEvent(g, schema.EventStatement, tt.agent, ""), eventsString(g))
			}
		})
	}
}

// TestBarePluralSaid checks that a bare plural subject after a verb of saying ("said unknown
// attackers had broken into …", "…, saying intruders had taken …") is the doer's place: the
// speaker named before the verb does not do the deed.
func TestBarePluralSaid(t *testing.T) {
	tests := []struct {
		name, body, speaker string
		typ                 schema.EventType
	}{
		{"said bare plural", "Harrow Bank said intruders had broken into the Korsby Clinic in May.", "harrow-bank", schema.EventIntrusion},
		{"said adjective plural", "The Norland Treasury said unknown thieves had stolen payroll files from Korsby Clinic.", "norland-treasury", schema.EventTheft},
		{"saying after a comma", "The Norland Treasury accused Ostreva of hacking Harrow Bank, saying thieves had stolen payroll files from its managers.", "harrow-bank", schema.EventTheft},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-04", tt.body)
			found := false
			for _, ev := range g.Events {
				if ev.Type != tt.typ {
					continue
				}
				found = true
				assert.False(t, hasParticipant(ev, tt.speaker, schema.RoleAgent), eventsString(g))
			}
			assert.True(t, found, eventsString(g))
		})
	}
	// a named doer after the verb stays the doer
	g := extractText(t, "2024-06-04", "Harrow Bank said Ash Spider had broken into the Korsby Clinic in May.")
	assert.NotNil(t, findEvent(g, schema.EventIntrusion, "ash-spider", "korsby-clinic"), eventsString(g))
}

// TestPersonShortNames checks that a person's later short name of several words, the last
// words of the full name or the given names before a patronymic, is that person
// (particleSurname), not an actor of its own.
func TestPersonShortNames(t *testing.T) {
	for _, tc := range []struct{ body, part string }{
		{"Maria Elena Castillo Ortega, the clinic's director, said the files were stolen. Castillo Ortega said the police had been told.", "Ortega"},
		{"Inspector Tomas Vidal de la Cruz led the raid on Monday. Vidal de la Cruz told reporters that two laptops were seized.", "Cruz"},
		{"Ahmad Faris bin Rosli, the bank's chief executive, said no money was lost. Ahmad Faris said the bank had told the regulator.", "Faris"},
	} {
		g := extractText(t, "2025-06-10", tc.body)
		var names []string
		for _, a := range g.Actors {
			if strings.Contains(a.Name, tc.part) {
				names = append(names, a.Name)
			}
		}
		assert.Len(t, names, 1, tc.body)
	}
}

// TestParticleSurnameStart checks that a family name opened by a particle and capitalised at a
// sentence's start ("Van Dalen said", "De Witt told") is the person named before in full
// (particleSurname), not an actor of its own.
func TestParticleSurnameStart(t *testing.T) {
	for _, body := range []string{
		"Interior Minister Mara van Dalen said Karvia had hacked the Norland Treasury. Van Dalen said the ambassador had been summoned.",
		"Judge Otto de Witt sentenced Jo Vance on Monday. De Witt told the court the damage was severe.",
	} {
		g := extractText(t, "2025-06-10", body)
		var names []string
		for _, a := range g.Actors {
			if strings.Contains(a.Name, "Dalen") || strings.Contains(a.Name, "Witt") {
				names = append(names, a.Name)
			}
		}
		assert.Len(t, names, 1, body)
	}
}

// TestPronounAfterUnnamedSpeaker checks that "it" right after "<description> said", a
// description that refers back to no body the article names, stays the speaker no one named
// instead of the last body named: "The council said it had alerted X" with no council named is
// no telling by the police named before; a description that refers back still gives its body.
func TestPronounAfterUnnamedSpeaker(t *testing.T) {
	g := extractText(t, "2026-05-08", "The Norland Police said a hacker had broken into the servers of Tarvel city hall in November. "+
		"The council said it had alerted the Norland Data Agency in December.")
	assert.Nil(t, findEvent(g, schema.EventWarning, "norland-police", "norland-data-agency"), eventsString(g))
	g = extractText(t, "2026-05-08", "The Norland Police said a hacker had broken into the servers of the Tarvel City Council in November. "+
		"The council said it had alerted the Norland Data Agency in December.")
	assert.NotNil(t, findEvent(g, schema.EventWarning, "tarvel-city-council", "norland-data-agency"), eventsString(g))
}

// TestNameEndingInMarkSpeaks: a name that ends in the possessive mark and speaks ("St
// Aldric's said", "Harlan's says") is a body's, whose "it" the next words take up, not the
// last body named before; a possessive before a noun is left as it was.
func TestNameEndingInMarkSpeaks(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, hearer string
		wrongAgent    string
	}{
		{"hospital name with a saint's mark", "Grey Wren attacked St Maren's Hospital in Dunlow on Sunday. The Dunlow Hospitals Association said it had warned members in May. " +
			"St Maren's said it had informed the Norland Cyber Agency.", "st-maren", "norland-cyber-agency", "dunlow-hospitals-association"},
		{"shop chain name with a mark, present tense", "Vanta Spider broke into the payment systems of Harlan's, a grocery chain, on Monday. The Tarvel Retail Council said it had warned shops in June. " +
			"Harlan's says it has alerted the Norland Data Agency.", "harlan", "norland-data-agency", "tarvel-retail-council"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-05-08", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventWarning, tt.agent, tt.hearer), eventsString(g))
			assert.Nil(t, findEvent(g, schema.EventWarning, tt.wrongAgent, tt.hearer), eventsString(g))
		})
	}
}

// TestApposedNounBeforeNameWord: a description whose head the writer set beside a name in
// apposition ("Tarvel Savings Bank, a regional lender, …") takes that name, before another
// body named since that only a word of its name fits ("the Bank of Ostria").
func TestApposedNounBeforeNameWord(t *testing.T) {
	tests := []struct {
		name, body   string
		agent, wrong string
	}{
		{"lender beside a savings bank, a central bank named since", "Tarvel Savings Bank, a regional lender in the north, was hit by ransomware on Monday. " +
			"The Bank of Ostria said on Tuesday that payments were not affected. The lender said it had alerted the Norland Cyber Agency.", "tarvel-savings-bank", "bank-of-ostria"},
		{"insurer beside a mutual, another mutual named since", "Harwick Mutual, a car insurer, was breached in May. " +
			"Dunlow Mutual Assurance said on Tuesday that it was not affected. The insurer said it had alerted the Norland Cyber Agency.", "harwick-mutual", "dunlow-mutual-assurance"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-05-08", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventWarning, tt.agent, "norland-cyber-agency"), eventsString(g))
			assert.Nil(t, findEvent(g, schema.EventWarning, tt.wrong, "norland-cyber-agency"), eventsString(g))
		})
	}
}

// TestTellingPronounGoesOnSpeaking: a pronoun opening a sentence before a verb of telling ("It
// told customers …", "It warned patients …") continues the sentence before's speaker, as one
// before "said" does, not the body that sentence names last.
func TestTellingPronounGoesOnSpeaking(t *testing.T) {
	tests := []struct {
		name, body   string
		typ          schema.EventType
		agent, wrong string
	}{
		{"told after said it had alerted", "Ransomware hit Orvane Mutual on Monday. Orvane Mutual said it had alerted the Norland Cyber Agency on Monday evening. " +
			"It told customers on Wednesday to watch for phishing messages.", schema.EventStatement, "orvane-mutual", "norland-cyber-agency"},
		{"warned after said it had informed", "Hackers broke into Dunlow Water in May. Dunlow Water said it had informed the Tarvel Data Office. " +
			"It warned customers on Friday that their payment details may have been taken.", schema.EventWarning, "dunlow-water", "tarvel-data-office"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAgentNotWrong(t, extractText(t, "2026-05-08", tt.body), tt.typ, func(text string) bool { return strings.HasPrefix(text, "It ") }, tt.agent, tt.wrong)
		})
	}
}

// TestOpeningItGoesOn checks that an "It" opening a sentence takes up the name that opened the
// sentence before (openingName: subjectGoesOn, openingSubject), not a body that sentence ended
// on or told later in it, while a possessor opening that sentence ("Ostmark's response team")
// is no subject. Every row checks that the warning told with "It" has agent and not wrong;
// a row with a hearer also checks the warning to that hearer by each.
func TestOpeningItGoesOn(t *testing.T) {
	tests := []struct {
		name, body, agent, wrong, hearer string
	}{
		{name: "over a predicate name", body: "Kestrel Labs traced the implant to a client of Brask Systems and said the client was most likely the Norland Intelligence Bureau. " +
			"It notified the two reporters in April.", agent: "kestrel-labs", wrong: "norland-intelligence-bureau"},
		{name: "over an object", body: "Kestrel Labs examined the phone of a reporter for Tarvel Radio in March. " +
			"It warned the Norland Press Union a week later that other reporters could be targets.", agent: "kestrel-labs", wrong: "tarvel-radio"},
		{name: "the object of a telling is passed over", body: "Harrow Bank notified the Norland Cyber Agency on May 2. It alerted the Tessaly Data Office a week later.",
			agent: "harrow-bank", wrong: "norland-cyber-agency", hearer: "tessaly-data-office"},
		{name: "a described teller goes on past an adverb", body: "Hackers broke into Harrow Bank in May. The bank notified the Norland Cyber Agency on May 2. It also informed the Tessaly Data Office.",
			agent: "harrow-bank", wrong: "norland-cyber-agency", hearer: "tessaly-data-office"},
		{name: "a named teller goes on past an adverb", body: "Harrow Bank notified the Norland Cyber Agency on May 2. It later alerted the Tessaly Data Office.",
			agent: "harrow-bank", wrong: "norland-cyber-agency", hearer: "tessaly-data-office"},
		{name: "a possessor opening the sentence is no subject", body: "Ostmark's response team, OstCERT, said it had received the Norland advisory. It then alerted the Tessaly Data Office.",
			agent: "ostcert", wrong: "ostmark", hearer: "tessaly-data-office"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-05-08", tt.body)
			checkAgentNotWrong(t, g, schema.EventWarning, func(text string) bool { return strings.HasPrefix(text, "It ") }, tt.agent, tt.wrong)
			if tt.hearer != "" {
				assert.NotNil(t, findEvent(g, schema.EventWarning, tt.agent, tt.hearer), eventsString(g))
				assert.Nil(t, findEvent(g, schema.EventWarning, tt.wrong, tt.hearer), eventsString(g))
			}
		})
	}
}

// TestItsSkipsPluralHead checks that "its" passes over a description or demonym phrase with a
// plural common noun for its head ("Chinese state hackers", "the attackers") for the body
// named before, the speaker whose property it is.
func TestItsSkipsPluralHead(t *testing.T) {
	tests := []struct {
		name, text string
		typ        schema.EventType
		agent      string
	}{
		{"demonym hackers", "Orlith Semiconductor said on Monday that Iranian state hackers had stolen its chip designs in March.", schema.EventTheft, "iran"},
		{"demonym spies", "Orlith Semiconductor said on Monday that Russian spies had broken into its servers in March.", schema.EventIntrusion, "russia"},
	}
	// a speaker whose name is only shaped like a person's, no first name, owns the "its" of
	// what it tells, even after another body was named in the sentence before
	for _, text := range []string{
		"Tamsford Meters confirmed on Thursday that hackers had breached its network in February.",
		"Brellwick Water said on Monday that it had restored its systems. Tamsford Meters confirmed on Thursday that hackers had breached its network in February.",
		"Tamsford Meters confirmed that intruders had quietly breached its network in February.",
	} {
		g := extractText(t, "2026-03-20", text)
		assert.NotNil(t, findEvent(g, schema.EventIntrusion, "", "tamsford-meters"), eventsString(g))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-05-08", tt.text)
			found := false
			for _, ev := range g.Events {
				if ev.Type == tt.typ && hasParticipant(ev, "orlith-semiconductor", schema.RoleTarget) {
					found = true
				}
			}
			assert.True(t, found, eventsString(g))
		})
	}
}

// TestPastOnlyAfterNoun checks that a simple past the tagger reads as a noun after another noun
// ("the intruders who breached its network stole payroll files") is the main verb, whose doer
// is the noun phrase before the relative clause, not the owner its "its" names.
func TestPastOnlyAfterNoun(t *testing.T) {
	for _, text := range []string{
		"Harrow Bank said the intruders who breached its network stole payroll files.",
		"Harrow Bank said the intruders that breached its network stole payroll files.",
		"Kell Insurance confirmed that the gang which locked its servers stole customer records.",
	} {
		g := extractText(t, "2026-03-20", text)
		for _, ev := range g.Events {
			assert.False(t, ev.Type == schema.EventTheft && (hasParticipant(ev, "harrow-bank", schema.RoleAgent) || hasParticipant(ev, "kell-insurance", schema.RoleAgent)), eventsString(g))
		}
	}
}

// TestOpenerAloneSpeaks: a capitalised word alone before said/told that opens a name the
// article writes inside a sentence is that name's short form, though no word of organisations'
// names ends the name ("Marrins Care Homes" … "Marrins said", the tagger reading the word alone as a plural noun).
func TestOpenerAloneSpeaks(t *testing.T) {
	tests := []struct {
		name, body, actor string
	}{
		{"said", "The regulator said on Monday that Marrins Care Homes was breached in May. Marrins said it accepted the findings.", "marrins-care-homes"},
		{"told", "Police said intruders hit Olberts Garden Centres in April. Olberts told staff about the attack in May.", "olberts-garden-centres"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-05-08", tt.body)
			n := 0
			for _, e := range g.Events {
				if e.Type == schema.EventStatement && len(e.Evidence) > 0 && strings.HasPrefix(e.Evidence[0].Text, tt.body[strings.LastIndex(tt.body, ". ")+2:][:6]) {
					for _, p := range e.Participants {
						if p.Role == "agent" && p.Actor == tt.actor {
							n++
						}
					}
				}
			}
			assert.Equal(t, 1, n, eventsString(g))
		})
	}
}

// TestGroupDescriptionInBodyName: a description whose every word is in a company's name ("the
// dental group" after "Carwell Dental Group") takes that company, though its head reads as a
// gang's and a gang was named nearer.
func TestGroupDescriptionInBodyName(t *testing.T) {
	tests := []struct {
		name, body, actor, wrong string
	}{
		{"dental group after a gang", "A gang called Velvet Wren claimed the attack on Carwell Dental Group last week. The dental group said it did not pay a ransom.", "carwell-dental-group", "velvet-wren"},
		{"media group after a gang", "Hackers calling themselves Ashmoth attacked Tollard Media Group on Monday. The media group said it had restored its websites.", "tollard-media-group", "ashmoth"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-05-08", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventStatement, tt.actor, ""), eventsString(g))
			for _, e := range g.Events {
				assert.False(t, hasParticipant(e, tt.wrong, schema.RoleTarget), eventsString(g))
			}
		})
	}
}

// TestSubjectSpeaksAfterActing: a personal pronoun opening a sentence before "said", after a
// sentence that tells what one named person did to another, is the one who acted: a judge
// speaks after finding a defendant guilty, not the defendant.
func TestSubjectSpeaksAfterActing(t *testing.T) {
	tests := []struct {
		name, body   string
		agent, wrong string
	}{
		{"judge after a verdict", "Judge Anna Ferro found Jon Vask guilty of fraud on Monday. She said the evidence against him was overwhelming.",
			"anna-ferro", "jon-vask"},
		{"minister after firing an official", "Interior Minister Karin Lode dismissed Osric Vale on Friday. He said the breach had shown a failure of leadership.",
			"karin-lode", "osric-vale"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAgentNotWrong(t, extractText(t, "2026-05-08", tt.body), schema.EventStatement, func(text string) bool { return strings.Contains(text, " said ") }, tt.agent, tt.wrong)
		})
	}
	// a speaker in the sentence before goes on, whoever else it names
	g := extractText(t, "2026-05-08", "Lena Okafor said Jon Vask had taken the files. She said he was paid in cash.")
	assert.NotNil(t, findEvent(g, schema.EventStatement, "lena-okafor", ""), eventsString(g))
}

// checkAgentNotWrong checks that among g's events of type typ whose first evidence passes
// evidence, one has agent as its agent and none has wrong.
func checkAgentNotWrong(t *testing.T, g *graph.Graph, typ schema.EventType, evidence func(string) bool, agent, wrong string) {
	t.Helper()
	var got, bad bool
	for _, ev := range g.Events {
		if ev.Type != typ || len(ev.Evidence) == 0 || !evidence(ev.Evidence[0].Text) {
			continue
		}
		for _, p := range ev.Participants {
			got = got || p.Role == schema.RoleAgent && p.Actor == agent
			bad = bad || p.Role == schema.RoleAgent && p.Actor == wrong
		}
	}
	assert.True(t, got, eventsString(g))
	assert.False(t, bad, eventsString(g))
}

// TestItPassesOverPlaceAfterThe checks that a country or place named after a preposition and
// "the" ("a server in the Netherlands") is a prepositional object, which a later "it" passes
// over for the clause's subject, as it does one named without the article.
func TestItPassesOverPlaceAfterThe(t *testing.T) {
	tests := []struct {
		name, body   string
		typ          schema.EventType
		agent, wrong string
	}{
		{"after 'in the'", "The Varnish Cyber Agency spotted traffic to a server in the Netherlands on March 2, and it notified the Halden ministry the following day.",
			schema.EventWarning, "varnish-cyber-agency", "netherlands"},
		{"after 'to the'", "The Varnish Cyber Agency traced the stolen files to the United States in April, and it alerted the Halden ministry a week later.",
			schema.EventWarning, "varnish-cyber-agency", "united-states"},
		{"without the article as before", "The Varnish Cyber Agency spotted traffic to a server in Portugal on March 2, and it notified the Halden ministry the following day.",
			schema.EventWarning, "varnish-cyber-agency", "portugal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAgentNotWrong(t, extractText(t, "2026-05-08", tt.body), tt.typ, func(text string) bool { return strings.Contains(text, " it ") }, tt.agent, tt.wrong)
		})
	}
}

// TestWhichNamesBody checks that a name shaped like a person's and followed by ", which" is a
// body, not a person, even when it later speaks, so that its "it" and "its" go back to it
// (WhichNext); a name after "by" or "of" before ", which" is left as it was.
func TestWhichNamesBody(t *testing.T) {
	tests := []struct {
		name, text, actor string
		kind              schema.ActorKind
	}{
		{"after an attack on the name", "Hackers attacked Ardena Terminals, which runs the port at Santa Irene. Ardena Terminals said its systems were encrypted on May 2.",
			"Ardena Terminals", schema.KindOrganization},
		{"a person's name after 'by' stays a person", "A lawsuit was filed by Lena Okafor, which seeks damages. Lena Okafor said she would not settle.",
			"Lena Okafor", schema.KindPerson},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-05-08", tt.text)
			a := actorByName(g, tt.actor)
			require.NotNil(t, a, "%q: %s", tt.text, names(g))
			assert.Equal(t, tt.kind, a.Kind)
		})
	}
	g := extractText(t, "2025-05-08", "Hackers attacked Ardena Terminals, which runs the port at Santa Irene. Ardena Terminals said its systems were encrypted on May 2 and that it had informed the Halden Maritime Authority the same day.")
	assert.NotNil(t, findEvent(g, schema.EventWarning, "ardena-terminals", "halden-maritime-authority"), eventsString(g))
}

// FuzzAppendFields checks that appendFields cuts a text as strings.Fields does, and that
// lowNames gives strings.ToLower's texts and their Fields.
func FuzzAppendFields(f *testing.F) {
	f.Add("Anna de Vries", "the  U.S.\tCyber\u00a0Command ")
	f.Add("", "\xff \xc2\x85x")
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, s := range []string{a, b} {
			if got, want := appendFields(nil, s), strings.Fields(s); !slices.Equal(got, want) {
				t.Fatalf("appendFields(%q) = %q, want %q", s, got, want)
			}
		}
		low, words := lowNames([]mention{{Text: a}, {Text: b}})
		for i, s := range []string{a, b} {
			if want := strings.ToLower(s); low[i] != want || !slices.Equal(words[i], strings.Fields(want)) {
				t.Fatalf("lowNames(%q) = %q %q", s, low[i], words[i])
			}
		}
	})
}

// TestContactClauseName checks that a pronoun passes over a name that is the subject of a
// relative clause with no relative word, set after an apposition's noun ("Brindle Cyber, the
// incident-response firm Harrow Bank hired, …"): "it" later in the sentence is the actor the
// apposition describes, not the client named inside the clause.
func TestContactClauseName(t *testing.T) {
	tests := []struct {
		name, body    string
		typ           schema.EventType
		agent, target string // the event that must be found
		wrong         string // the agent (warning) or target (accusation) it must not have
	}{
		{"a telling after the clause", "Hackers broke into Harrow Bank in April. Brindle Cyber, the incident-response firm Harrow Bank retained, said it had alerted the Norland Cyber Agency on May 2.",
			schema.EventWarning, "brindle-cyber", "norland-cyber-agency", "harrow-bank"},
		{"a group the firm tracks", "Hackers broke into Harrow Bank in April. Brindle Cyber, the incident-response firm Harrow Bank hired, blamed the intrusion on a group it tracks as Slate Wren.",
			schema.EventAccusation, "brindle-cyber", "slate-wren", "harrow-bank"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-05-08", tt.body)
			assert.NotNil(t, findEvent(g, tt.typ, tt.agent, tt.target), eventsString(g))
			if tt.typ == schema.EventWarning {
				assert.Nil(t, findEvent(g, tt.typ, tt.wrong, tt.target), eventsString(g))
			} else {
				assert.Nil(t, findEvent(g, tt.typ, tt.agent, tt.wrong), eventsString(g))
			}
		})
	}
}

// TestContactClause checks contactClause on tagged tokens: only a name between an
// apposition's noun and a verb whose object is missing before a comma is in such a clause.
func TestContactClause(t *testing.T) {
	tests := []struct {
		name, text  string
		first, last int // the name's tokens, last exclusive
		want        bool
	}{
		{"hired before a comma", "Brindle/NNP Cyber/NNP ,/, the/DT incident-response/JJ firm/NN Harrow/NNP Bank/NNP hired/VBD ,/, said/VBD", 6, 8, true},
		{"uses before a comma", "Orvane/NNP Labs/NNP ,/, the/DT lab/NN Dunlow/NNP Water/NNP uses/VBZ ,/, said/VBD", 5, 7, true},
		{"a verb of saying", "hit/VBD Harrow/NNP Bank/NNP ,/, the/DT security/NN firm/NN Brindle/NNP Cyber/NNP said/VBD ,/, in/IN May/NNP", 7, 9, false},
		{"the verb has an object", "Harrow/NNP Bank/NNP ,/, the/DT lender/NN Brindle/NNP Cyber/NNP audited/VBD last/JJ year/NN ,/,", 5, 7, false},
		{"no apposition before", "The/DT incident-response/JJ firm/NN Brindle/NNP Cyber/NNP found/VBD ,/, in/IN May/NNP", 3, 5, false},
	}
	x, err := New()
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, x.contactClause(taggedToks(tt.text), tt.first, tt.last))
		})
	}
}
