package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// Tests from the second breadth round (leaks to journalists, influence operations, hospital
// ransomware attributed later). Every sentence is written for the test.

// TestAdmitCondemnSpeak checks that admitting and condemning are statements of their subject.
func TestAdmitCondemnSpeak(t *testing.T) {
	for _, c := range []struct{ body, agent string }{
		{"Prime Minister Anton Riis admitted on Monday that the files were genuine.", "anton-riis"},
		{"The press union Writers Against Silence condemned the arrest of the reporter.", "writers-against-silence"},
	} {
		g := extractText(t, "2026-03-19", c.body)
		assert.NotNil(t, findEvent(g, schema.EventStatement, c.agent, ""), "%s: %s", c.body, eventsString(g))
	}
}

// TestLinkedToIncidents checks that the one "linked to" or "tied to" incidents did them, through
// a relative pronoun too, while incidents tied to other incidents name no doer.
func TestLinkedToIncidents(t *testing.T) {
	for _, c := range []struct {
		body  string
		typ   schema.EventType
		agent string
	}{
		{"Analysts believe Pale Tide is a front for Iron Heron, which has been linked to intrusions at energy firms since 2019.", schema.EventIntrusion, "iron-heron"},
		{"Grey Marten has been tied to attacks on hospitals in Valdoria.", schema.EventAttack, "grey-marten"},
		{"The Velvet Lynx group was linked to several ransomware attacks last year.", schema.EventAttack, "velvet-lynx"},
	} {
		g := extractText(t, "2026-07-15", c.body)
		assert.NotNil(t, findEvent(g, c.typ, c.agent, ""), "%s: %s", c.body, eventsString(g))
	}
	g := extractText(t, "2026-07-15", "Targeted attacks on Harlow and Tessel employees are tied to a massive phishing campaign.")
	for _, e := range g.Events {
		for _, p := range e.Participants {
			assert.NotEqual(t, schema.RoleAgent, p.Role, eventsString(g))
		}
	}
}

// TestNameLinkedPhrase checks that "<Name>-linked hackers" are the named group's doers and
// add no actor "<Name>-linked".
func TestNameLinkedPhrase(t *testing.T) {
	for _, c := range []struct {
		body          string
		typ           schema.EventType
		agent, target string
	}{
		{"The Copper Wren gang hit Dellmore Foods in March. Copper Wren-linked hackers later broke into Harlow Dairy.", schema.EventIntrusion, "copper-wren", "harlow-dairy"},
		{"Researchers said Slate Otter-backed operators had attacked the Norvale Port Authority in June. Slate Otter denied it.", schema.EventAttack, "slate-otter", "norvale-port-authority"},
	} {
		g := extractText(t, "2026-07-15", c.body)
		assert.NotNil(t, findEvent(g, c.typ, c.agent, c.target), "%s: %s", c.body, eventsString(g))
		for _, a := range g.Actors {
			assert.NotContains(t, a.Name, "-", "%s: %s", c.body, a.Name)
		}
	}
}

// TestPossessiveNamesAgency checks that "<Country>'s <modifiers> service" names the agency of
// that country the article names with the same head word, without a later "the service".
func TestPossessiveNamesAgency(t *testing.T) {
	g := extractText(t, "2026-10-08", "Dravia's domestic intelligence service said on Monday that the campaign was run from abroad. "+
		"The Dravian Security Service (DSS) said the accounts were fake.")
	a := actorByName(g, "Dravian Security Service")
	if assert.NotNil(t, a, "actors: %v", g.Actors) {
		assert.Contains(t, a.Aliases, "Dravia's domestic intelligence service")
		assert.NotNil(t, findEvent(g, schema.EventStatement, a.ID, ""), eventsString(g))
	}
	// no agency of Dravia named with that head: the phrase is the state's diplomatic body
	// (possessiveMissions), which speaks
	g = extractText(t, "2026-10-08", "Dravia's foreign ministry rejected the accusations as absurd. Dravian officials said so.")
	assert.NotNil(t, findEvent(g, schema.EventDenial, "dravias-foreign-ministry", ""), eventsString(g))
}

// TestPossessiveNamesIntelBody checks that "<Country>'s signals intelligence agency" names the
// body of that country whose name holds the describing word ("Signals"), even beside another
// intelligence body of the country, and that it acts as that body after "by" too.
func TestPossessiveNamesIntelBody(t *testing.T) {
	opening := "The Dravian Signals Directorate and the Dravian Security Intelligence Service both track the group. "
	g := extractText(t, "2026-10-08", opening+"Ada Morn said Dravia's signals intelligence agency had warned her in May.")
	assert.NotNil(t, findEvent(g, schema.EventWarning, "dravian-signals-directorate", "ada-morn"), eventsString(g))
	g = extractText(t, "2026-10-08", opening+"Ada Morn said she was warned by Dravia's signals intelligence agency in May.")
	assert.NotNil(t, findEvent(g, schema.EventWarning, "dravian-signals-directorate", "ada-morn"), eventsString(g))
	// no describing word names one: two intelligence bodies, neither is meant
	g = extractText(t, "2026-10-08", opening+"Ada Morn said she was warned by Dravia's foreign intelligence agency in May.")
	assert.Nil(t, findEvent(g, schema.EventWarning, "dravian-signals-directorate", "ada-morn"), eventsString(g))
}

// TestTrailingAttributionTime checks that a time inside the content before a trailing
// attribution ("the attack began on March 3, X said") is not the saying's, while a fronted
// adverbial ("On Monday, X said") still is.
func TestTrailingAttributionTime(t *testing.T) {
	g := extractText(t, "2026-10-08", "The attack began on March 3, Harlow Bank said.")
	if ev := findEvent(g, schema.EventStatement, "harlow-bank", ""); assert.NotNil(t, ev, eventsString(g)) {
		assert.Empty(t, ev.Time.Value, eventsString(g))
	}
	assert.NotNil(t, findEvent(g, schema.EventAttack, "", ""), eventsString(g))
	g = extractText(t, "2026-10-08", "On Monday, Harlow Bank said the outage was over.")
	if ev := findEvent(g, schema.EventStatement, "harlow-bank", ""); assert.NotNil(t, ev, eventsString(g)) {
		assert.Equal(t, "2026-10-05", ev.Time.Value)
	}
}

// TestGroupCommaKnownAs checks that "the group, known as X" introduces X as a group, so that a
// later "the same group" finds it.
func TestGroupCommaKnownAs(t *testing.T) {
	for _, body := range []string{
		"Officials blamed a hacking group for the outage. The group, known as Slate Marten, had used ransomware as cover.",
		"Officials blamed a hacking gang, also known as Slate Marten, for the outage.",
	} {
		g := extractText(t, "2026-07-15", body)
		a := actorByName(g, "Slate Marten")
		if assert.NotNil(t, a, "%s: actors %v", body, g.Actors) {
			assert.Equal(t, schema.KindGroup, a.Kind, body)
		}
	}
}

// TestEmployerNotArrested checks that the employer named in a role phrase ("a contractor for
// X", "an employee of X", "a former X contractor", a lower-case title: "an X corporal", a name
// placing an indefinite described person: "a Dunmore businessman") is not the
// one arrested or charged, nor when the role is plural ("two employees of X") or another clause names the employer again ("…, and the regulator fined X").
func TestEmployerNotArrested(t *testing.T) {
	tests := []struct{ body, employer string }{
		{"A former contractor for the Dravian Signals Office was arrested on Tuesday.", "dravian-signals-office"},
		{"A former Harlow Bank contractor was arrested on Tuesday.", "harlow-bank"},
		{"Police arrested an employee of Harlow Bank on Tuesday.", "harlow-bank"},
		{"A contractor for Dravia's Signals Office was charged on Tuesday.", "signals-office"},
		{"A 24-year-old Dravian Coast Guard corporal has been charged with leaking a report.", "dravian-coast-guard"},
		{"A Harlow Bank detective was arrested on Tuesday.", "harlow-bank"},
		{"Police in Ostmark detained two employees of Harlow Bank on Thursday.", "harlow-bank"},
		{"Three former Harlow Bank contractors were charged on Tuesday.", "harlow-bank"},
		{"A court in Velmont on Thursday convicted a Dunmore software developer of running a fraud.", "dunmore"},
		{"The case led to the conviction of a Dunmore businessman in 2024.", "dunmore"},
		{"On Monday, a Harlow Bank shareholder filed a lawsuit in a Velmont court over the breach.", "harlow-bank"},
		{"In 2022, a former employee of Harlow Bank was jailed for selling customer records, and the regulator fined Harlow Bank.", "harlow-bank"},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			g := extractText(t, "2026-07-15", tt.body)
			assert.Nil(t, findEvent(g, schema.EventLegal, "", tt.employer), eventsString(g))
			assert.Nil(t, findEvent(g, schema.EventLegal, tt.employer, ""), eventsString(g))
		})
	}
	checkPartiesCases(t, "2026-07-15", schema.EventLegal, []partiesCase{
		{"a name before a step's noun is its party", "How likely is an Ivo Sert conviction in Velmont?", "", "ivo-sert", true},
		{"a role's holder is arrested", "The FBI arrested Erik Salo, a contractor for the NSA, on Tuesday.", "", "erik-salo", true},
		// officers of a body who arrest someone act for it: a plural role leaves the agent alone
		{"officers of a body arrest for it", "Dravian Signals Office officers arrested Erik Salo at his home on Tuesday.", "signals-office", "erik-salo", true},
	})
}

// TestCorpsCharged checks that a body whose officers or members are charged together in the
// plural ("charged two officers of X", "an indictment charging three members of X") is a party
// to the charge, while a body that only employs the charged people, a single officer's body and
// the state that owns the body are not; nor is the body when no doer of the step is named, or
// when its officers make the arrest.
func TestCorpsCharged(t *testing.T) {
	checkPartiesCases(t, "2026-07-15", schema.EventLegal, []partiesCase{
		{"officers of a body charged", "Prosecutors in Velmont on Monday charged two officers of the Dravian Signals Office with fraud.", "", "dravian-signals-office", true},
		{"members of a body in an indictment", "The Velmont Justice Ministry on Friday unsealed an indictment charging three members of the Ostrovian Guard Corps with hacking a port operator.", "velmont-justice-ministry", "ostrovian-guard-corps", true},
		{"officers of a state's named body", "The Velmont Justice Ministry on Friday indicted four officers of Dravia's Signals Office over a phishing campaign.", "velmont-justice-ministry", "signals-office", true},
		{"employees are no members", "Police in Ostmark detained two employees of Harlow Bank on Thursday.", "", "harlow-bank", false},
		{"a single officer", "The Velmont Justice Ministry on Friday charged an officer of the Dravian Signals Office with fraud.", "velmont-justice-ministry", "dravian-signals-office", false},
		{"officers in a by phrase arrest", "Two men were detained in Harlow on Monday by officers of the Dravian Signals Office.", "", "dravian-signals-office", false},
		{"no doer named: no party", "An indictment unsealed on Friday charges three members of the Ostrovian Guard Corps with hacking a port operator.", "", "ostrovian-guard-corps", false},
	})
}

// TestApposedObject checks that a name set between commas beside a plain common-noun object is
// the one the step befalls ("arrested the suspect, Lena Hald, on Friday"), and so is the name a
// relative clause gives it ("the suspect, whom it named only as X,"), while a name that opens a
// telling after the comma, or that the relative clause tells of otherwise, is not.
func TestApposedObject(t *testing.T) {
	checkPartiesCases(t, "2026-07-15", schema.EventLegal, []partiesCase{
		{"the suspect, a name,", "The FBI arrested the suspect, Lena Hald, on Friday.", "", "lena-hald", true},
		{"a former engineer, a name,", "Prosecutors in Ostmark charged a former engineer, Ivo Marsh, with fraud on Tuesday.", "", "ivo-marsh", true},
		{"a name that tells after the comma", "The FBI arrested the suspect, Lena Hald said on Friday.", "", "lena-hald", false},
		{"a name that tells after the time", "The FBI arrested the suspect on Friday, Lena Hald said.", "", "lena-hald", false},
		{"the suspect, whom it named as a name", "The Ostmark Crime Agency charged the suspect, whom it named only as Piet Varga, with fraud on Tuesday.", "", "piet-varga", true},
		{"a man, who police identified as a name", "The FBI detained a man, who police identified as Lena Hald, on Friday.", "", "lena-hald", true},
		{"a man, who worked for a name", "The FBI detained a man, who worked for Lena Hald as a driver, on Friday.", "", "lena-hald", false},
	})
}

// TestPairedNamesBesidePlural checks that two names set beside a plural common noun after a
// comma are the ones a charge or a sanction befalls ("charging two Ostmark nationals, Ivo Marsh
// and Lena Hald,", "sanctions on the two men, Marsh and Hald,"), while names a time phrase
// parts from the noun are not set beside it.
func TestPairedNamesBesidePlural(t *testing.T) {
	checkPartiesCases(t, "2026-07-15", schema.EventLegal, []partiesCase{
		{"charging two nationals, A and B,", "Prosecutors in Ostmark on Tuesday unsealed an indictment charging two Varian nationals, Piet Varga and Anna Roos, with fraud.", "", "piet-varga", true},
		{"charged two engineers on Friday, A and B.", "The Ostmark Crime Agency charged two former engineers on Friday, Piet Varga and Anna Roos.", "", "piet-varga", false},
	})
	checkPartiesCases(t, "2026-07-15", schema.EventSanction, []partiesCase{
		{"sanctions on the two men, A and B,", "The Treasury Department imposed sanctions on the two men, Piet Varga and Anna Roos, on Thursday.", "treasury-department", "", true},
		{"sanctions on the two men, A and B, a target", "The Treasury Department imposed sanctions on the two men, Piet Varga and Anna Roos, on Thursday.", "", "piet-varga", true},
	})
}

// TestHearersBeforeOther checks that every name of a list of hearers closed by "and other" and a
// plural noun is told ("warned Orvane Telecom, Brisk Mobile and other operators"), while a single
// name before "and other" stays alone.
func TestHearersBeforeOther(t *testing.T) {
	checkPartiesCases(t, "2025-09-03", schema.EventWarning, []partiesCase{
		{"the second name before 'and other'", "The Varnish Cyber Agency warned Orvane Telecom, Brisk Mobile and other operators on Monday to check their routers.", "varnish-cyber-agency", "brisk-mobile", true},
		{"past an adjective", "The Varnish Cyber Agency warned Orvane Telecom, Brisk Mobile and other large operators on Monday to check their routers.", "varnish-cyber-agency", "brisk-mobile", true},
		{"the first name as before", "The Varnish Cyber Agency warned Orvane Telecom, Brisk Mobile and other operators on Monday to check their routers.", "varnish-cyber-agency", "orvane-telecom", true},
	})
}

// TestFunctionalCommittee checks that "the <modifiers> committee" told by someone is an agency
// actor and the recipient of the telling, while a bare "the committee" without antecedent and
// a committee in a name are left alone.
func TestFunctionalCommittee(t *testing.T) {
	g := extractText(t, "2026-03-19", "Ingrid Moss told the parliamentary intelligence committee on Wednesday that the leak had put sources at risk.")
	a := actorByName(g, "parliamentary intelligence committee")
	if assert.NotNil(t, a, "actors: %v", g.Actors) {
		assert.Equal(t, schema.KindAgency, a.Kind)
		assert.NotNil(t, findEvent(g, schema.EventStatement, "ingrid-moss", a.ID), eventsString(g))
		found := false
		for _, r := range g.Relations {
			found = found || r.Type == schema.RelInformed && r.Source == "ingrid-moss" && r.Target == a.ID
		}
		assert.True(t, found, "relations: %v", g.Relations)
	}
	g = extractText(t, "2026-03-19", "The committee met on Wednesday. The foreign affairs committee chair said nothing.")
	assert.Nil(t, actorByName(g, "foreign affairs committee"), "actors: %v", g.Actors)
}

// TestToldParliament checks that a bare "parliament" told by someone is an agency actor and the
// recipient, while "parliament" as a modifier or after a determiner is left alone.
func TestToldParliament(t *testing.T) {
	g := extractText(t, "2026-07-15", "Interior Minister Ulla Kent told parliament on Wednesday that the outage had cost millions.")
	a := actorByName(g, "parliament")
	if assert.NotNil(t, a, "actors: %v", g.Actors) {
		assert.Equal(t, schema.KindAgency, a.Kind)
		assert.NotNil(t, findEvent(g, schema.EventStatement, "", a.ID), eventsString(g))
	}
	g = extractText(t, "2026-07-15", "Ulla Kent said parliament members were briefed.")
	assert.Nil(t, actorByName(g, "parliament"), "actors: %v", g.Actors)
}

// TestUnresolvedDescriptionSubject checks that a verb whose subject is a description the article
// gives no antecedent for ("whether the same group had hit …") does not take a name further
// back as its agent.
func TestUnresolvedDescriptionSubject(t *testing.T) {
	g := extractText(t, "2026-07-15", "The FBI said last month it was investigating whether the same group had hit two clinics in Ohio.")
	for _, e := range g.Events {
		if e.Type == schema.EventAttack {
			assert.False(t, hasParticipant(e, "federal-bureau-of-investigation", schema.RoleAgent), eventsString(g))
		}
	}
}

// TestPossessiveNamesIntelAgency checks that "<Country>'s <modifiers> intelligence service"
// names the one intelligence body of that country the article names, whatever its head word
// ("Main Intelligence Directorate"); with two such bodies, or none, the phrase stays the
// country's.
func TestPossessiveNamesIntelAgency(t *testing.T) {
	tests := []struct {
		name, body, agent string
	}{
		{"the one intelligence body", "Hackers working for Tarvia's military intelligence service broke into Orbis Freight in May. " +
			"Officials later said the Tarvian Intelligence Directorate ran the operation.", "tarvian-intelligence-directorate"},
		{"a security directorate", "Hackers working for Tarvia's intelligence agency broke into Orbis Freight in May. " +
			"Officials later said the Tarvian Security Directorate ran the operation.", "tarvian-security-directorate"},
		{"two intelligence bodies", "Hackers working for Tarvia's military intelligence service broke into Orbis Freight in May. " +
			"Officials later said the Tarvian Intelligence Directorate and the Tarvian Security Bureau ran the operation.", "tarvia"},
		{"no intelligence word", "Hackers working for Tarvia's tax service broke into Orbis Freight in May. " +
			"Officials later said the Tarvian Intelligence Directorate ran the operation.", "tarvia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-10-08", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventIntrusion, tt.agent, "orbis-freight"), eventsString(g))
		})
	}
}
