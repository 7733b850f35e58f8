package extract

import (
	"strings"
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestLaterAttribution checks that a later sentence naming who was behind "the intrusion",
// "the attack" or "the theft" gives the earlier agentless incident its agent, and only that.
func TestLaterAttribution(t *testing.T) {
	checkEventRules(t, "2024-06-10", []eventCase{
		{"attributed the intrusion to", "Intruders broke into the network of Pell Shipping in March. On Friday the Norland Cyber Office attributed the intrusion to Slate Moth.",
			schema.EventIntrusion, "slate-moth", "pell-shipping", true},
		{"blamed for the attack", "A ransomware attack hit Corran Hospital on May 3. Corran Hospital blamed a gang called Ember Lynx for the attack.",
			schema.EventAttack, "ember-lynx", "corran-hospital", true},
		{"behind the theft", "Customer files were stolen from Vell Bank in April. Bank chief Ada Morn said Quill Spider was behind the theft.",
			schema.EventTheft, "quill-spider", "vell-bank", true},
		// two groups, so that the article's one group (soleGroupActs) does not take the attack either
		{"an indefinite object is a new matter", "A ransomware attack hit Corran Hospital on May 3. Analysts attributed a phishing campaign to Ember Lynx and Grey Typhoon.",
			schema.EventAttack, "ember-lynx", "corran-hospital", false},
		{"another family is not the one meant", "Customer files were stolen from Vell Bank in April. The Norland Cyber Office attributed the attack to Slate Moth.",
			schema.EventTheft, "slate-moth", "vell-bank", false},
		{"claimed responsibility", "A ransomware attack crippled Corran Hospital on May 3. The hospital said the attack began at night. A gang called Ember Lynx claimed responsibility on Tuesday.",
			schema.EventAttack, "ember-lynx", "corran-hospital", true},
		{"claimed responsibility for the theft", "Intruders broke into the network of Pell Shipping in March. Customer files were stolen from Vell Bank in April. Slate Moth claimed responsibility for the intrusion.",
			schema.EventIntrusion, "slate-moth", "pell-shipping", true},
		// a second group, so that the article's one group (soleGroupActs) does not take the attack
		{"claimed something else", "A ransomware attack crippled Corran Hospital on May 3. Ember Lynx claimed that the hospital had paid Grey Typhoon.",
			schema.EventAttack, "ember-lynx", "corran-hospital", false},
		// a group that did the article's main deed does not do an earlier one another group claimed
		{"claimed that attack", "Grey Typhoon hit Pell Shipping on May 3. Grey Typhoon later published the files. In 2023, a ransomware attack on Corran Hospital left its systems offline. A group called Ember Lynx claimed that attack.",
			schema.EventAttack, "ember-lynx", "corran-hospital", true},
		{"not the article's group", "Grey Typhoon hit Pell Shipping on May 3. Grey Typhoon later published the files. In 2023, a ransomware attack on Corran Hospital left its systems offline. A group called Ember Lynx claimed that attack.",
			schema.EventAttack, "grey-typhoon", "corran-hospital", false},
		{"claimed that the attack was", "A ransomware attack crippled Corran Hospital on May 3. Ember Lynx claimed that the attack was the work of Grey Typhoon.",
			schema.EventAttack, "ember-lynx", "corran-hospital", false},
	})
}

// TestPossessiveNamedMinistry checks that "Norland's Ministry of Foreign Affairs" is the named
// ministry, not a described "Ministry of Norland" of its own that "the ministry" then joins.
func TestPossessiveNamedMinistry(t *testing.T) {
	g := extractText(t, "2024-06-10", "Norland accused Karvia of the attack on Monday. In a statement, Norland's Ministry of Foreign Affairs said the operation had been run by Karvia. "+
		"Foreign Minister Ada Morn summoned Karvia's ambassador, the ministry said.")
	assert.Nil(t, actorByName(g, "Ministry of Norland"), names(g))
	a := actorByName(g, "Ministry of Foreign Affairs")
	if assert.NotNil(t, a, names(g)) {
		assert.NotNil(t, findEvent(g, schema.EventStatement, a.ID, ""), eventsString(g))
	}
}

// TestPossessiveAgency checks that "the agency" refers back to "Norland's cyber agency", a
// descriptive agency that acts along with its owner, and that a named agency of the owner
// wins over a new description when its field agrees ("defence ministry", not "foreign").
func TestPossessiveAgency(t *testing.T) {
	g := extractText(t, "2024-06-10", "Norland's cyber agency said on Monday that Pell Shipping had been breached. The agency alerted the Harbour Ministry.")
	a := actorByName(g, "cyber agency of Norland")
	if assert.NotNil(t, a, "actors: %v", g.Actors) {
		assert.Equal(t, schema.KindAgency, a.Kind)
		assert.NotNil(t, findEvent(g, schema.EventWarning, a.ID, "harbour-ministry"), eventsString(g))
	}
	assert.NotNil(t, findEvent(g, schema.EventWarning, "norland", "harbour-ministry"), eventsString(g))

	g = extractText(t, "2024-06-10", "Files stolen from Norland's defence ministry appeared online. The Norlandic Ministry of Defence confirmed the leak. The ministry said an inquiry had begun.")
	assert.Nil(t, actorByName(g, "defence ministry of Norland"), "a named ministry of Norland is the one meant")

	// in apposition to a name, the possessive phrase describes that body
	g = extractText(t, "2024-06-10", "Harlen Watch, Norland's cyber agency, said on Monday that Pell Shipping had been breached. The agency alerted the Harbour Ministry.")
	assert.Nil(t, actorByName(g, "cyber agency of Norland"), "actors: %v", g.Actors)
	assert.NotNil(t, findEvent(g, schema.EventWarning, "harlen-watch", "harbour-ministry"), eventsString(g))
	g = extractText(t, "2024-06-10", "Harlen Watch, the Norland Union's police agency, said on Monday that Pell Shipping had been breached. The agency alerted the Harbour Ministry.")
	assert.Nil(t, actorByName(g, "police agency of Norland Union"), "actors: %v", g.Actors)
	assert.NotNil(t, findEvent(g, schema.EventWarning, "harlen-watch", "harbour-ministry"), eventsString(g))
	// the name set after the possessive phrase between commas is the body it describes
	g = extractText(t, "2024-06-10", "Norland's data protection regulator, the HDVA, fined Pell Shipping on Monday. The regulator alerted the Harbour Ministry.")
	assert.Nil(t, actorByName(g, "data protection regulator of Norland"), "actors: %v", names(g))
	assert.NotNil(t, findEvent(g, schema.EventWarning, "hdva", "harbour-ministry"), eventsString(g))
	// a named agency of another field is not the one meant: the owner's foreign ministry denies
	g = extractText(t, "2024-06-10", "Kestrel Labs said the crew works for the Norlandic Ministry of State Security. Norland's foreign ministry denied the accusations on Monday.")
	if a := actorByName(g, "Norlandic Ministry of State Security"); assert.NotNil(t, a, "actors: %v", names(g)) {
		assert.NotContains(t, a.Aliases, "Norland's foreign ministry")
		assert.Nil(t, findEvent(g, schema.EventDenial, a.ID, ""), eventsString(g))
	}
}

// TestNewOpensName checks that "New" inside a sentence opens a name ("in New Haven") while a
// sentence-initial "New" stays the adjective.
func TestNewOpensName(t *testing.T) {
	g := extractText(t, "2024-06-10", "Last spring, the Corran Medical Center in New Haven was attacked by Ember Lynx.")
	assert.NotNil(t, findEvent(g, schema.EventAttack, "", "corran-medical-center"), eventsString(g))
	assert.Nil(t, actorByName(g, "Haven"), "actors: %v", g.Actors)
	g = extractText(t, "2024-06-10", "New Ransomware Strain hit Corran Medical Center on Monday.")
	assert.Nil(t, actorByName(g, "New Ransomware Strain"), "actors: %v", g.Actors)
}

// TestCausativeHave checks "X had its data stolen by Y": X is the target, Y the agent, and
// a perfect ("Y has stolen") is still active.
func TestCausativeHave(t *testing.T) {
	g := extractText(t, "2024-06-10", "Thousands of Corran Bank customers had their card details stolen by Ember Lynx.")
	assert.NotNil(t, findEvent(g, schema.EventTheft, "ember-lynx", "corran-bank"), eventsString(g))
	g = extractText(t, "2024-06-10", "Corran Bank had its servers breached in May.")
	assert.NotNil(t, findEvent(g, schema.EventIntrusion, "", "corran-bank"), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventIntrusion, "corran-bank", ""), eventsString(g))
	g = extractText(t, "2024-06-10", "Ember Lynx has stolen records from Corran Bank.")
	assert.NotNil(t, findEvent(g, schema.EventTheft, "ember-lynx", "corran-bank"), eventsString(g))
}

// TestVictimIsNoDoer checks that a pronoun opening a sentence, resolved to the victim of the
// incident just told, does not make that victim the next incident's doer: "X had breached Y.
// They then stole …" is X's theft. A pronoun standing for a doer is left alone.
func TestVictimIsNoDoer(t *testing.T) {
	g := extractText(t, "2025-02-20", "The Telmark Cyber Office said on Thursday that a crew known as Moth Lantern had breached the Corvel Water Board in January. "+
		"They then stole the billing records of 40,000 customers.")
	assert.NotNil(t, findEvent(g, schema.EventTheft, "moth-lantern", ""), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventTheft, "corvel-water-board", ""), eventsString(g))
	g = extractText(t, "2025-02-20", "The Corvel Water Board said it had been hit by a ransomware attack in January. It later breached the Harbour Police network by mistake.")
	assert.Nil(t, findEvent(g, schema.EventIntrusion, "", "corvel-water-board"), eventsString(g))
}

// TestAmongVictims checks that "X confirmed it was among the victims" makes X a victim of the
// incident told before whose victims were left unnamed, not of another one by the same doer.
func TestAmongVictims(t *testing.T) {
	g := extractText(t, "2025-03-12", "A hacking campaign has targeted the energy ministries of at least three countries since 2024, the Norland Cyber Centre said on Tuesday. "+
		"The centre attributed the campaign to Grey Marten. "+
		"Grey Marten has also spied on Brelund banks since 2020. "+
		"The Ostrevan Ministry of Energy confirmed it was among the victims.")
	ev := findEvent(g, schema.EventAttack, "", "ostrevan-ministry-of-energy")
	assert.NotNil(t, ev, eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventEspionage, "", "ostrevan-ministry-of-energy"), eventsString(g))
}

// TestOneThreatGroup checks the article's one threat group: an incident told without its doer
// is the deed of the one group the article names, or of the one named group that did an
// earlier incident, unless its sentence leaves open who did it (leftOpen).
func TestOneThreatGroup(t *testing.T) {
	filler := strings.Repeat("The weather in the capital stayed mild for the season. ", 3)
	tests := []struct {
		name, body string
		typ        schema.EventType
		want       bool // the incident on Orbis Freight is Ash Typhoon's
	}{
		{"a group named once", "Ash Typhoon was first described by researchers in 2021. " + filler + "Orbis Freight was breached in May.",
			schema.EventIntrusion, true},
		{"a group that did an earlier incident", "Ash Typhoon attacked Nimbus Systems in April. Researchers also track Vanta Spider. " + filler + "An attack on Orbis Freight disrupted shipping in May.",
			schema.EventAttack, true},
		{"two groups named", "Ash Typhoon and Vanta Spider were first described by researchers in 2021. " + filler + "Orbis Freight was breached in May.",
			schema.EventIntrusion, false},
		{"two groups that did earlier incidents", "Ash Typhoon attacked Nimbus Systems in April. Vanta Spider attacked Quillon Bank in April. " + filler + "An attack on Orbis Freight disrupted shipping in May.",
			schema.EventAttack, false},
		{"a group named far more often than another", "Ash Typhoon was first described by researchers in 2021. Analysts say Ash Typhoon rents its tools to affiliates. Ash Typhoon has grown quickly this year. Vanta Spider was described in 2020. " + filler + "Orbis Freight was breached in May.",
			schema.EventIntrusion, true},
		{"a group named as often as another", "Ash Typhoon was first described by researchers in 2021. Analysts say Ash Typhoon rents its tools to affiliates. Vanta Spider was described in 2020. Vanta Spider has grown quickly this year. " + filler + "Orbis Freight was breached in May.",
			schema.EventIntrusion, false},
		{"a group that only reports", "Ash Typhoon published a report on phishing in 2021. " + filler + "Orbis Freight was breached in May.",
			schema.EventIntrusion, false},
		{"a group that reports and did a deed", "A ransomware attack crippled Orbis Freight on May 3. " + filler + "On Tuesday, Ash Typhoon published a list of files on its leak site, claiming to have stolen 40 gigabytes of data from the company.",
			schema.EventAttack, true},
		{"a negated accusation leaves it open", "Ash Typhoon was first described by researchers in 2021. " + filler + "The Norland Cyber Office did not attribute the May attack on Orbis Freight to Ash Typhoon.",
			schema.EventAttack, false},
		{"a negated accusation after an earlier deed", "Ash Typhoon attacked Nimbus Systems in April. " + filler + "The Norland Cyber Office did not attribute the May attack on Orbis Freight to Ash Typhoon.",
			schema.EventAttack, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			assert.Equal(t, tt.want, findEvent(g, tt.typ, "ash-typhoon", "orbis-freight") != nil, eventsString(g))
			assert.NotNil(t, findEvent(g, tt.typ, "", "orbis-freight"), eventsString(g))
		})
	}
}

// TestHackersInGeneral checks that a described group named once, in a remark about such
// groups in general, is not the article's one threat group.
func TestHackersInGeneral(t *testing.T) {
	filler := strings.Repeat("The weather in the capital stayed mild for the season. ", 3)
	tests := []struct {
		name, body string
		doer       bool // the breach of Orbis Freight has a doer
	}{
		{"named once", "Lawyers say that prosecutors charge overseas hackers only rarely. " + filler + "Orbis Freight was breached in May.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			ev := findEvent(g, schema.EventIntrusion, "", "orbis-freight")
			if !assert.NotNil(t, ev, eventsString(g)) {
				return
			}
			agent := false
			for _, p := range ev.Participants {
				agent = agent || p.Role == schema.RoleAgent
			}
			assert.Equal(t, tt.doer, agent, eventsString(g))
		})
	}
}

// TestAttributedIncidentNoun checks that an incident noun naming its victim in the complement
// of a verb of attributing ("blamed X for the breach of Y", "attributed the breach of Y to X",
// "linked X to the breach of Y") takes X as its doer.
func TestAttributedIncidentNoun(t *testing.T) {
	tests := []struct{ name, body string }{
		{"blamed for", "Kestrel Labs blamed Grey Heron for the breach of Orbis Freight in May."},
		{"attributed to", "Kestrel Labs attributed the breach of Orbis Freight to Grey Heron."},
		{"linked to", "In a report published in October, the security firm Kestrel Labs linked Grey Heron to the breach of Orbis Freight, a Texas logistics company."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventIntrusion, "grey-heron", "orbis-freight"), eventsString(g))
		})
	}
	// the accused reached through a description ("a hacking group run by X") is not the doer
	g := extractText(t, "2024-06-10", "Norland on Wednesday formally blamed a hacking group run by Russian military intelligence for the breach of Orbis Freight a year ago. The attribution names the group as Slate Wren.")
	assert.Nil(t, findEvent(g, schema.EventIntrusion, "russia", "orbis-freight"), eventsString(g))
	// the deed attributed in its own sentence is not also an earlier bare one (a heading)
	g = extractText(t, "2024-06-10", "The Treasury on Tuesday sanctioned Dunmere Soft, a software firm in Tarsa.\n\nA long record of intrusions\n\nIn a report published in October 2023, the security firm Kestrel Labs linked Grey Heron to the breach of Orbis Freight, a Texas logistics company.")
	ev := findEvent(g, schema.EventIntrusion, "grey-heron", "orbis-freight")
	if assert.NotNil(t, ev, eventsString(g)) {
		assert.Contains(t, ev.Evidence[0].Text, "Kestrel Labs linked", eventsString(g))
	}
}

// TestUnresolvedDoerDescription checks that an incident whose subject is a group description
// coreference found no name for ("the same group", "the group") takes the doer of the incident
// told before, further back than the usual reach and whatever its family.
func TestUnresolvedDoerDescription(t *testing.T) {
	body := "The hackers, linked to Karvia's Signals Directorate, breached the control systems of three water utilities in March. " +
		"Officials said the utilities restored service within hours. " +
		"Senator Ada Lorne accused the ministry of ignoring the warnings. " +
		"The Norland Treasury imposed sanctions on two officers on Tuesday. " +
		"Kestrel Labs said in a report on Wednesday that the same group had also targeted water utilities in Ostmark. " +
		"Last year, the group breached a dam operator in Texas, according to the Norland Cyber Centre."
	g := extractText(t, "2026-05-08", body)
	// the victims are the utilities; Ostmark, a name the gazetteer does not know, only places them
	assert.NotNil(t, findEvent(g, schema.EventAttack, "signals-directorate", "water-utilities"), eventsString(g))
	assert.NotNil(t, findEvent(g, schema.EventIntrusion, "signals-directorate", "texas"), eventsString(g))
}

// TestCaseInvestigated checks that "the case was investigated by X" is X's legal step about
// the one an earlier step of the affair named, however far back in the article, and that a
// deed noun as the passive's subject ("the breach was investigated by X") names X's inquiry
// with no suspect named.
func TestCaseInvestigated(t *testing.T) {
	checkEventRules(t, "2026-06-10", []eventCase{
		{"the case, four sentences on", "Police arrested Jo Park in March. He worked at Orrin Labs. He was paid in bitcoin. He pleaded guilty in May. The case was investigated by the Harlow Crime Bureau.",
			schema.EventLegal, "harlow-crime-bureau", "jo-park", true},
		{"the breach", "Hackers broke into Orrin Labs in March. The breach was investigated by the Harlow Crime Bureau.",
			schema.EventLegal, "harlow-crime-bureau", "", true},
	})
	toks := []token{{Text: "The", Lower: "the", Tag: "DT"}, {Text: "case", Lower: "case", Tag: "NN"}, {Text: "was", Lower: "was", Tag: "VBD"}, {Text: "investigated", Lower: "investigated", Tag: "VBN"}}
	assert.Equal(t, 1, passiveNoun(toks, 3))
	assert.Equal(t, -1, passiveNoun(toks, 2))
	assert.Equal(t, -1, passiveNoun(toks, 9))
	assert.Equal(t, -1, passiveNoun(toks[2:], 1))
	assert.Equal(t, -1, passiveNoun(nil, 0))
}

// TestOtherPatient checks that a legal step whose object is marked as another one ("sentenced
// another hacker", "charged two other men") does not take the patient of the step told before,
// while a plain definite object ("sentenced the hacker") still does.
func TestOtherPatient(t *testing.T) {
	arrest := "The FBI arrested Ivo Marsh in May. "
	checkEventRules(t, "2026-07-15", []eventCase{
		{"another hacker", arrest + "On Friday, the Ostmark District Court sentenced another hacker to five years.",
			schema.EventLegal, "ostmark-district-court", "ivo-marsh", false},
		{"two other men", arrest + "On Friday, the Ostmark District Court sentenced two other men to five years.",
			schema.EventLegal, "ostmark-district-court", "ivo-marsh", false},
		{"the hacker", arrest + "On Friday, the Ostmark District Court sentenced the hacker to five years.",
			schema.EventLegal, "ostmark-district-court", "ivo-marsh", true},
	})
}

// TestGovernmentActs checks that a sanction whose subject is a bare "the government" is the act
// of the state the dateline names (the capital's country, or the country after the place), and
// that without a dateline no state is guessed; so too for a bare "the foreign ministry".
func TestGovernmentActs(t *testing.T) {
	checkPartiesCases(t, "2025-09-18", schema.EventSanction, []partiesCase{
		{"capital", "CANBERRA — Australian officials said Russian hackers had breached the commission. Last month, the government quietly expelled a Russian diplomat.",
			"australia", "russia", true},
		{"place and country", "LVIV, Ukraine — Ukraine's security service said on Monday that Russian hackers had hit the grid. The minister said the government had expelled two Russian diplomats on Friday.",
			"ukraine", "russia", true},
		{"no dateline", "Australian officials said Russian hackers had breached the commission. Last month, the government quietly expelled a Russian diplomat.",
			"", "russia", false},
		{"capital and day", "CANBERRA, Sept. 18 — Australian officials said Russian hackers had breached the commission. Last month, the government quietly expelled a Russian diplomat.",
			"australia", "russia", true},
		{"place, country and day", "LVIV, Ukraine, Sept 18 — Ukraine's security service said on Monday that Russian hackers had hit the grid. The minister said the government had expelled two Russian diplomats on Friday.",
			"ukraine", "russia", true},
	})
	// a bare "the foreign ministry" no name took up is the dateline's state too, and only then
	checkPartiesCases(t, "2025-09-18", schema.EventStatement, []partiesCase{
		{"ministry of the dateline's state", "CANBERRA — Hackers breached Australia's electoral commission in May. On Monday the foreign ministry said the breach was serious.",
			"australia", "", true},
		{"ministry without a dateline", "Hackers breached Australia's electoral commission in May. On Monday the foreign ministry said the breach was serious.",
			"australia", "", false},
		{"ministry of another state", "CANBERRA — Hackers breached Australia's electoral commission in May. On Monday the foreign ministry of Karvia said the breach was serious.",
			"australia", "", false},
	})
	// "a government spokesman" is the voice of the dateline's state, not of another state's
	// government the article names, and of no state without a dateline
	checkPartiesCases(t, "2025-09-18", schema.EventDenial, []partiesCase{
		{"a government spokesman", "CANBERRA — Russian hackers breached the electoral commission in May, Australian officials said. A government spokesman denied on Monday that any voter data had been lost.",
			"australia", "", true},
		{"not another state's government", "CANBERRA — Hackers tied to the Russian government breached the electoral commission in May, Australian officials said. A government spokeswoman denied on Monday that any voter data had been lost.",
			"russia", "", false},
		{"the dateline's state then", "CANBERRA — Hackers tied to the Russian government breached the electoral commission in May, Australian officials said. A government spokeswoman denied on Monday that any voter data had been lost.",
			"australia", "", true},
		{"a government spokesman without a dateline", "Russian hackers breached Australia's electoral commission in May. A government spokesman denied on Monday that any voter data had been lost.",
			"australia", "", false},
	})
	// an accusation of a bare "the government" is aimed at the dateline's state, not at a name
	// in its "of" phrase
	checkPartiesCases(t, "2025-09-18", schema.EventAccusation, []partiesCase{
		{"accused the government", "CANBERRA — Australian officials said hackers had breached the electoral commission in May. Senator Ilse Maren accused the government of hiding the breach.",
			"ilse-maren", "australia", true},
		{"accused the government without a dateline", "Hackers breached Australia's electoral commission in May. Senator Ilse Maren accused the government of hiding the breach.",
			"ilse-maren", "australia", false},
		{"the government of another state", "CANBERRA — Australian officials said hackers had breached the electoral commission in May. Senator Ilse Maren accused the government of Karvia of hiding the breach.",
			"ilse-maren", "australia", false},
		{"a name in the of phrase", "CANBERRA — Australian officials said hackers had breached the electoral commission in May. Senator Ilse Maren accused the government of hiding the breach from Kestrel Bank.",
			"ilse-maren", "australia", true},
		{"a quoted deed after of", "CANBERRA — Australian officials said hackers had breached the electoral commission in May. Senator Ilse Maren warned that the bill would fail and accused the government of \"using sick patients to win an argument.\"",
			"ilse-maren", "australia", true},
		{"not the name in the of phrase", "CANBERRA — Australian officials said hackers had breached the electoral commission in May. Senator Ilse Maren accused the government of hiding the breach from Kestrel Bank.",
			"ilse-maren", "kestrel-bank", false},
	})
}

// TestChargedDoers checks that a deed told of a definite description of people charged or
// held ("the defendants", "the two men", "the suspects") is the deed of those
// the legal step before named, and of no one when that step names a country.
func TestChargedDoers(t *testing.T) {
	charged := "The Norland Justice Ministry on Tuesday charged Ada Morn and Piet Vale with computer fraud. The indictment says the pair worked for a foreign intelligence service. "
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent      string // "": the deed has no doer from the legal step
	}{
		{"the defendants allegedly broke into", charged + "The defendants allegedly broke into the network of Orbis Freight in May 2023.", schema.EventIntrusion, "ada-morn"},
		{"the two men then stole", charged + "The two men then stole design files from Quillon Bank.", schema.EventTheft, "piet-vale"},
		{"the suspects allegedly hacked", "Police in Harlow on Tuesday detained Ada Morn and Piet Vale. The suspects allegedly hacked into the network of Orbis Freight in May.", schema.EventIntrusion, "ada-morn"},
		{"researchers are no defendants", charged + "The researchers broke into the network of Orbis Freight in May 2023 to test it.", schema.EventIntrusion, ""},
		{"a step against a state names no person", "The Norland Justice Ministry on Tuesday charged two officers of Russia's military intelligence service with computer fraud. The defendants allegedly broke into the network of Orbis Freight in May 2023.", schema.EventIntrusion, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			ev := findEvent(g, tt.typ, "", "")
			if !assert.NotNil(t, ev, eventsString(g)) {
				return
			}
			if tt.agent == "" {
				assert.Nil(t, findEvent(g, tt.typ, "ada-morn", ""), eventsString(g))
				assert.Nil(t, findEvent(g, tt.typ, "russia", ""), eventsString(g))
				return
			}
			assert.NotNil(t, findEvent(g, tt.typ, tt.agent, ""), eventsString(g))
		})
	}
}

// TestChargedObject checks that a legal step whose object is a definite description of people
// charged or held ("arrested the two men", "detained both suspects") is taken against those a
// legal step of the affair named before, further back than the next two sentences, and that
// an indefinite or named object keeps its own reading.
func TestChargedObject(t *testing.T) {
	charged := "Ada Morn was charged with computer fraud on Monday. Piet Vale was charged with abetment. " +
		"Both deny the charges. Their lawyer said the case was weak. The trial is set for June. "
	tests := []struct {
		name, body, target string
		want               bool
	}{
		{"arrested the two men", charged + "Officers of the Harlow Cyber Bureau arrested the two men at their homes in May.", "piet-vale", true},
		{"detained both suspects", charged + "The Harlow Cyber Bureau detained both suspects in May.", "piet-vale", true},
		{"an indefinite object is no one told before", charged + "The Harlow Cyber Bureau arrested two men in May.", "piet-vale", false},
		{"a named object stays", charged + "The Harlow Cyber Bureau arrested Ivo Marsh in May.", "ivo-marsh", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			assert.Equal(t, tt.want, findEvent(g, schema.EventLegal, "harlow-cyber-bureau", tt.target) != nil, eventsString(g))
		})
	}
}

// TestCountedSuspects checks that a counted description of the people a legal story names
// ("the three suspects", "both officers", a bare "all three") takes up the names given together
// before it, and none when the count does not fit.
func TestCountedSuspects(t *testing.T) {
	named := "Harlow Bank lost $2 million in May. Prosecutors say John Carter, Paul Mercer and David Rowe ran the scheme. "
	checkPartiesCases(t, "2026-05-15", schema.EventLegal, []partiesCase{
		{"the three suspects", named + "The Velmont Prosecutor's Office charged the three suspects on Monday.", "velmont-prosecutors-office", "david-rowe", true},
		{"the count does not fit", named + "The Velmont Prosecutor's Office charged the two suspects on Monday.", "velmont-prosecutors-office", "david-rowe", false},
		{"all three, no noun", named + "The Velmont Prosecutor's Office charged all three on Monday.", "velmont-prosecutors-office", "john-carter", true},
		{"all two does not fit three", named + "The Velmont Prosecutor's Office charged all two on Monday.", "velmont-prosecutors-office", "john-carter", false},
		{"both, no noun, does not fit three", named + "The Velmont Prosecutor's Office charged both on Monday.", "velmont-prosecutors-office", "john-carter", false},
	})
	checkPartiesCases(t, "2026-05-15", schema.EventSanction, []partiesCase{
		{"both officers", "The indictment names John Carter and Paul Mercer, both officers of the Dravian Signals Office. The Velmont Treasury sanctioned both officers on Monday.", "velmont-treasury", "paul-mercer", true},
	})
}

// TestSanctionedChargedObject checks that a sanction whose object is a definite description of
// people charged ("sanctioned both men") befalls those the legal step just before named, and
// that a named object or a step too far back gives no such reading.
func TestSanctionedChargedObject(t *testing.T) {
	charged := "The Justice Department on Monday unsealed an indictment charging two Varian nationals, Ada Morn and Piet Vale, with fraud. "
	tests := []struct {
		name, body, target string
		want               bool
	}{
		{"sanctioned both men", charged + "The Treasury Department sanctioned both men on the same day.", "piet-vale", true},
		{"sanctioned the two men", charged + "The Treasury Department sanctioned the two men on Tuesday.", "ada-morn", true},
		{"a named object stays", charged + "The Treasury Department sanctioned Ivo Marsh on Tuesday.", "ada-morn", false},
		{"too far back", charged + "Both deny the charges. Their lawyer said the case was weak. The trial is set for June. The Treasury Department sanctioned both men in May.", "ada-morn", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			assert.Equal(t, tt.want, findEvent(g, schema.EventSanction, "treasury-department", tt.target) != nil, eventsString(g))
		})
	}
}

// TestSameStepDoer checks that a legal step told of a further defendant without its doer ("A
// second man was also charged") takes the doer of the same step just told, and that a step of
// another kind, a hypothetical one, an active one (its subject no name took) or one told too
// far on takes none.
func TestSameStepDoer(t *testing.T) {
	first := "The Harlow Prosecution Service on Monday charged Ada Morn with computer fraud. "
	tests := []struct {
		name, body, target string
		want               bool
	}{
		{"a second man was charged", first + "A second man, Piet Vale, 52, was charged with handling stolen data.", "piet-vale", true},
		{"also charged", first + "Her business partner Piet Vale was also charged on Tuesday.", "piet-vale", true},
		{"another kind of step", first + "Piet Vale was arrested in Spain on Tuesday.", "piet-vale", false},
		{"a hypothetical step", first + "Piet Vale could be charged later this year.", "piet-vale", false},
		{"an active step by a doer no name took", "The Harlow Prosecution Service sued Ada Morn on Monday. Two customers also sued Piet Vale on Tuesday.", "piet-vale", false},
		{"too far on", first + "Morn denies the charge. Her lawyer called it weak. The trial opens in May. The judge set bail at $5,000. Piet Vale was charged in June.", "piet-vale", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			assert.Equal(t, tt.want, findEvent(g, schema.EventLegal, "harlow-prosecution-service", tt.target) != nil, eventsString(g))
		})
	}
}

// TestUnitsPrincipal checks that a group the article calls a unit or a front of another body
// does its deeds with that body, and that other copular remarks give it no one.
func TestUnitsPrincipal(t *testing.T) {
	tests := []struct {
		name, body, principal string
		want                  bool
	}{
		{"is a unit of", "Vanta Spider attacked Orbis Freight in May. The Norland Cyber Office said Vanta Spider is a unit of the Karvian Intelligence Directorate.", "karvian-intelligence-directorate", true},
		{"served as a front for", "Vanta Spider attacked Orbis Freight in May. Analysts said Vanta Spider served as a front for the Karvian Intelligence Directorate.", "karvian-intelligence-directorate", true},
		{"a threat to", "Vanta Spider attacked Orbis Freight in May. Analysts say Vanta Spider is a threat to the Karvian Intelligence Directorate.", "karvian-intelligence-directorate", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventAttack, "vanta-spider", "orbis-freight"), eventsString(g))
			assert.Equal(t, tt.want, findEvent(g, schema.EventAttack, tt.principal, "orbis-freight") != nil, eventsString(g))
		})
	}
}

// TestBlamedOn checks that "blamed the attack on X", "the breach was blamed on X", "the
// attack, which Y blamed on X," and "pinned the hack on X" blame X: X is the one accused and the deed's doer, not its
// victim, while the deed's own "on" before it still names the victim.
func TestBlamedOn(t *testing.T) {
	breach := "Intruders broke into the network of Pell Shipping in March. "
	checkEventRules(t, "2024-06-10", []eventCase{
		{"blamed the breach on", breach + "On Friday the Norland Cyber Office blamed the breach on Slate Moth.",
			schema.EventIntrusion, "slate-moth", "pell-shipping", true},
		{"the one blamed is accused", breach + "On Friday the Norland Cyber Office blamed the breach on Slate Moth.",
			schema.EventAccusation, "norland-cyber-office", "slate-moth", true},
		{"the one blamed is no victim", breach + "On Friday the Norland Cyber Office blamed the breach on Slate Moth.",
			schema.EventIntrusion, "", "slate-moth", false},
		{"the deed's own on", "On Friday the Norland Cyber Office blamed the attack on Harrowgate Pipelines on a group called Slate Moth.",
			schema.EventAttack, "slate-moth", "harrowgate-pipelines", true},
		{"the deed's own on is not the accused", "On Friday the Norland Cyber Office blamed the attack on Harrowgate Pipelines on a group called Slate Moth.",
			schema.EventAccusation, "norland-cyber-office", "harrowgate-pipelines", false},
		{"a date's on", breach + "The Norland Cyber Office blamed the breach on Friday on Slate Moth.",
			schema.EventAccusation, "norland-cyber-office", "slate-moth", true},
		{"was blamed on", breach + "The breach was blamed on Slate Moth.",
			schema.EventIntrusion, "slate-moth", "pell-shipping", true},
		{"was attributed to … by", breach + "The breach was attributed to Slate Moth by the Norland Cyber Office.",
			schema.EventAccusation, "norland-cyber-office", "slate-moth", true},
		{"which … blamed on", "The attack on Harrowgate Pipelines, which the Norland Cyber Office blamed on Slate Moth, shut the pumps on Monday.",
			schema.EventAttack, "slate-moth", "harrowgate-pipelines", true},
		{"blamed X for the attack on Y", "On Friday the Norland Cyber Office blamed Slate Moth for the attack on Harrowgate Pipelines.",
			schema.EventAccusation, "norland-cyber-office", "slate-moth", true},
		{"pinned the hack on", breach + "On Friday the Norland Cyber Office pinned the hack on Slate Moth.",
			schema.EventIntrusion, "slate-moth", "pell-shipping", true},
		{"pinning is accusing", breach + "On Friday the Norland Cyber Office pinned the hack on Slate Moth.",
			schema.EventAccusation, "norland-cyber-office", "slate-moth", true},
		{"was pinned on", breach + "The breach has been pinned on Slate Moth.",
			schema.EventIntrusion, "slate-moth", "pell-shipping", true},
		{"pinned hopes on", "The Norland Cyber Office pinned its hopes on talks with Slate Moth.",
			schema.EventAccusation, "norland-cyber-office", "slate-moth", false},
		{"held responsible for", breach + "On Friday the Norland Cyber Office held Slate Moth responsible for the breach.",
			schema.EventAccusation, "norland-cyber-office", "slate-moth", true},
		{"held responsible gives the deed", breach + "On Friday the Norland Cyber Office held Slate Moth responsible for the breach.",
			schema.EventIntrusion, "slate-moth", "pell-shipping", true},
		{"held talks", "On Friday the Norland Cyber Office held talks with Slate Moth.",
			schema.EventAccusation, "norland-cyber-office", "slate-moth", false},
		{"blamed X for a deed first told", "On Friday the Norland Cyber Office blamed Slate Moth for a cyberattack on Harrowgate Pipelines.",
			schema.EventAttack, "slate-moth", "harrowgate-pipelines", true},
		{"a bank's name ends before on", "On Friday the Norland Cyber Office blamed a cyberattack on Harrow Bank on Slate Moth.",
			schema.EventAttack, "slate-moth", "harrow-bank", true},
		{"was attributed to", breach + "The breach was attributed to Slate Moth.",
			schema.EventIntrusion, "slate-moth", "pell-shipping", true},
		{"the deed, attributed to", breach + "The breach, attributed to Slate Moth, exposed customer files.",
			schema.EventIntrusion, "slate-moth", "pell-shipping", true},
		{"which … attributed to", "The attack on Harrowgate Pipelines, which the Norland Cyber Office attributed to Slate Moth, shut the pumps on Monday.",
			schema.EventAttack, "slate-moth", "harrowgate-pipelines", true},
		{"tied the breach to", breach + "On Friday the Norland Cyber Office tied the breach to Slate Moth.",
			schema.EventIntrusion, "slate-moth", "pell-shipping", true},
		{"tying is accusing", breach + "On Friday the Norland Cyber Office tied the breach to Slate Moth.",
			schema.EventAccusation, "norland-cyber-office", "slate-moth", true},
		{"a group tied to", "Slate Moth, a group tied to Norland, hit Pell Shipping in March.",
			schema.EventAccusation, "slate-moth", "norland", false},
		// a kind of deed blamed on someone is no deed told before
		{"a kind of deed", breach + "It was not the first intrusion blamed on Slate Moth.",
			schema.EventIntrusion, "slate-moth", "pell-shipping", false},
	})
}

// TestBlamedDoersPrincipal checks that "blamed hackers working for X for a cyberattack on Y"
// gives the attack X as doer: the "for" of the deed is the one whose phrase names it, and X is
// accused in so many words as the doers' principal.
func TestBlamedDoersPrincipal(t *testing.T) {
	tests := []struct{ name, body string }{
		{"an agency", "Norway on Friday blamed hackers working for the GRU for a cyberattack on the Labour Party."},
		{"a group", "Norway blamed operatives acting for Ash Heron for a breach of the Labour Party."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-05-04", tt.body)
			var doer bool
			for _, ev := range g.Events {
				if isDeed(ev.Type) && hasParticipant(ev, "labour-party", schema.RoleTarget) {
					doer = hasParticipant(ev, "main-intelligence-directorate", schema.RoleAgent) || hasParticipant(ev, "ash-heron", schema.RoleAgent)
				}
			}
			assert.True(t, doer, eventsString(g))
		})
	}
}

// TestAccusedPrincipal checks that "accused hackers working for X of breaking into Y" makes X,
// not the accuser, the intruder.
func TestAccusedPrincipal(t *testing.T) {
	tests := []struct{ name, body, doer string }{
		{"a state", "Norway on Wednesday accused hackers working for Russia of breaking into the Labour Party.", "russia"},
		{"an agency", "Norway accused operatives working for the GRU of breaking into the Labour Party.", "main-intelligence-directorate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-07-18", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventIntrusion, tt.doer, "labour-party"), eventsString(g))
			assert.Nil(t, findEvent(g, schema.EventIntrusion, "norway", "labour-party"), eventsString(g))
		})
	}
}

// TestPluralNamedNext checks that a sanction or legal step on a counted plural description
// ("sanctioned two Vessa-based companies") takes the names the next sentence sets beside a
// plural description opening it ("The firms, A and B, …"), and only a list closed by a comma.
func TestPluralNamedNext(t *testing.T) {
	checkEventRules(t, "2026-03-18", []eventCase{
		{"firms named next", "The Norland Treasury sanctioned two Vessa-based companies on Monday. The firms, Orvane Systems and Kestrel Labs, bought servers for Grey Heron.",
			schema.EventSanction, "norland-treasury", "kestrel-labs", true},
		{"officers named next, beside their service", "The Norland Treasury on Tuesday imposed sanctions on three officers of the Ostrovian Security Service. The officers, Pavel Dromik, Anton Seluk and Ilya Varenko, face a travel ban.",
			schema.EventSanction, "norland-treasury", "anton-seluk", true},
		{"a list not closed by a comma is no apposition", "The Norland Treasury sanctioned two Vessa-based companies on Monday. The firms, Orvane Systems and Kestrel Labs said, had done nothing wrong.",
			schema.EventSanction, "norland-treasury", "orvane-systems", false},
		{"no count, no names carried over", "The Norland Treasury sanctioned Vessa-based companies on Monday. The firms, Orvane Systems and Kestrel Labs, bought servers for Grey Heron.",
			schema.EventSanction, "norland-treasury", "orvane-systems", false},
	})
}

// TestRelativeAttributor checks that the subject of a relative clause whose object is the deed
// before it ("the breach, which X linked to Y") is the one attributing, and that the deed takes
// the one accused; the deed's owner before the pronoun accuses no one.
func TestRelativeAttributor(t *testing.T) {
	checkEventRules(t, "2024-06-10", []eventCase{
		{"which X linked to Y: the accuser", "The breach of Pell Shipping in March, which the Norland Cyber Office linked to Slate Moth last week, exposed cargo records.",
			schema.EventAccusation, "norland-cyber-office", "slate-moth", true},
		{"which X linked to Y: the deed's doer", "The breach of Pell Shipping in March, which the Norland Cyber Office linked to Slate Moth last week, exposed cargo records.",
			schema.EventIntrusion, "slate-moth", "pell-shipping", true},
		{"that X and Z publicly linked to Y: the first", "Slate Moth stole files from Pell Shipping in 2023, a theft that the Norland Cyber Office and the Vell Police publicly linked to Slate Moth in May.",
			schema.EventAccusation, "norland-cyber-office", "slate-moth", true},
		{"a theft that X attributed to Y: not the victim", "Slate Moth stole files from Pell Shipping in 2023, a theft that the Norland Cyber Office later attributed to Slate Moth.",
			schema.EventAccusation, "pell-shipping", "slate-moth", false},
		{"a theft that X attributed to Y", "Slate Moth stole files from Pell Shipping in 2023, a theft that the Norland Cyber Office later attributed to Slate Moth.",
			schema.EventAccusation, "norland-cyber-office", "slate-moth", true},
		{"a complement clause is no relative", "Pell Shipping said on Monday that the Norland Cyber Office had linked Slate Moth to the breach.",
			schema.EventAccusation, "norland-cyber-office", "slate-moth", true},
	})
}

// TestRefines checks that a later date refines an event's date only when the event is undated
// or dated to a coarser period holding it.
func TestRefines(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"undated", "", "2024-03-05", true},
		{"a month holding the day", "2024-03", "2024-03-05", true},
		{"a year holding the month", "2024", "2024-03", true},
		{"the same day", "2024-03-05", "2024-03-05", false},
		{"another month", "2024-04", "2024-03-05", false},
		{"a coarser date", "2024-03-05", "2024-03", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, refines(tt.a, tt.b), "refines(%q, %q)", tt.a, tt.b)
		})
	}
}
