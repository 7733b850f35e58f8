package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestEventPrecision checks rules that keep wrong events and wrong participants out: the source
// of "according to" is no agent, a relative clause that has ended names no subject, and "the
// intruders" describes the article's one threat group, and the offence of a charge is no deed.
func TestEventPrecision(t *testing.T) {
	tests := []struct {
		name, body    string
		typ           schema.EventType
		agent, target string // "" = any
		want          bool
	}{
		{"according to is a source", "According to Harrow Bank, the intruders stole payroll files from Nimbus Systems in May.",
			schema.EventTheft, "harrow-bank", "", false},
		{"according to keeps the target", "According to Harrow Bank, the intruders stole payroll files from Nimbus Systems in May.",
			schema.EventTheft, "", "nimbus-systems", true},
		{"an ended relative clause", "According to the Daily Ledger, who first reported the story on Monday, the operation stole payroll files from Nimbus Systems.",
			schema.EventTheft, "daily-ledger", "", false},
		{"an open relative clause", "Grey Heron, which in 2023 stole payroll files from Nimbus Systems, denied the claims.",
			schema.EventTheft, "grey-heron", "nimbus-systems", true},
		{"the intruders are the group", "Ash Spider broke into Nimbus Systems in May. The intruders stole payroll files from Harrow Bank.",
			schema.EventTheft, "ash-spider", "harrow-bank", true},
		{"an offence charged", "Jo Vance was charged with extortion and computer intrusion in May.",
			schema.EventIntrusion, "", "", false},
		{"offences in a list of charges", "Jo Vance faces four charges, including conspiring to hack government computers.",
			schema.EventIntrusion, "", "", false},
		{"a sentence for an offence", "Jo Vance was sentenced to a year in jail for breaching his bail conditions.",
			schema.EventIntrusion, "", "", false},
		{"an offence accused", "Jo Vance was accused of assault by a neighbour in 2019.",
			schema.EventAttack, "", "", false},
		{"a deed, not a charge", "Jo Vance conspired with two friends to steal payroll files from Harrow Bank.",
			schema.EventTheft, "jo-vance", "harrow-bank", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			ev := findEvent(g, tt.typ, tt.agent, tt.target)
			assert.Equal(t, tt.want, ev != nil, "want %v: %s %s → %s in %s", tt.want, tt.typ, tt.agent, tt.target, eventsString(g))
		})
	}
}

// TestOneDeed checks that one deed told as a theft and then as "the attack" on the same victim
// by the same agent is one event, while deeds at different times or told by verbs stay two.
func TestOneDeed(t *testing.T) {
	g := extractText(t, "2024-06-10", "Ash Spider stole $5 million from Harrow Bank on Monday. "+
		"Ash Spider claimed responsibility for the attack on Harrow Bank in a post.")
	assert.NotNil(t, findEvent(g, schema.EventTheft, "ash-spider", "harrow-bank"), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventAttack, "ash-spider", "harrow-bank"), eventsString(g))

	g = extractText(t, "2024-06-10", "Ash Spider hacked Harrow Bank in 2022. Ash Spider attacked Harrow Bank again in May 2024.")
	assert.NotNil(t, findEvent(g, schema.EventIntrusion, "ash-spider", "harrow-bank"), eventsString(g))
	assert.NotNil(t, findEvent(g, schema.EventAttack, "ash-spider", "harrow-bank"), eventsString(g))

	// a second deed told by a verb is not a reference back
	g = extractText(t, "2024-06-10", "Ash Spider hacked Harrow Bank last week. In 2021, Ash Spider stole customer records from Harrow Bank.")
	assert.NotNil(t, findEvent(g, schema.EventIntrusion, "ash-spider", "harrow-bank"), eventsString(g))
	assert.NotNil(t, findEvent(g, schema.EventTheft, "ash-spider", "harrow-bank"), eventsString(g))
}

// TestSecretsMadePublic checks that releasing, publishing or posting secret material is a leak,
// while publishing a report or releasing one's own code is not.
func TestSecretsMadePublic(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent      string
		want       bool
	}{
		{"the release of classified material", "Norland is seeking his extradition over the release of classified military material by Glass Owl in 2019.",
			schema.EventLeak, "glass-owl", true},
		{"published customer data", "Ash Spider published the customer data of Harrow Bank on Monday.",
			schema.EventLeak, "ash-spider", true},
		{"posted a ministry's emails", "Ash Spider posted the Norland Ministry of Defence's emails online on Monday.",
			schema.EventLeak, "ash-spider", true},
		{"published a report", "Nimbus Systems published its report on Ash Spider on Monday.",
			schema.EventLeak, "nimbus-systems", false},
		{"released its own code", "Nimbus Systems released its own exploit code on Monday.",
			schema.EventLeak, "nimbus-systems", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			ev := findEvent(g, tt.typ, tt.agent, "")
			assert.Equal(t, tt.want, ev != nil, "want %v: %s %s in %s", tt.want, tt.typ, tt.agent, eventsString(g))
		})
	}
}

// TestOrderedOut checks that ordering a name's products removed or banned is a sanction by the
// one who orders, and that ordering without such a result is not.
func TestOrderedOut(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string
		want          bool
	}{
		{"ordered removed", "The Norland Ministry of Defence ordered Nimbus Systems software removed from its computers in May.",
			"norland-ministry-of-defence", "nimbus-systems", true},
		{"a decision to order banned", "The board cited a decision by the Norland Ministry of Defence to order Nimbus Systems products banned.",
			"norland-ministry-of-defence", "nimbus-systems", true},
		{"ordered, nothing removed", "The Norland Ministry of Defence ordered Nimbus Systems software for its computers in May.",
			"", "nimbus-systems", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			ev := findEvent(g, schema.EventSanction, tt.agent, tt.target)
			assert.Equal(t, tt.want, ev != nil, "want %v: %s → %s in %s", tt.want, tt.agent, tt.target, eventsString(g))
		})
	}
}

// TestSameArrest checks that two agentless mentions of one legal step against one person, dated
// a year and a month of that year, are one event, and that steps in different years stay two.
func TestSameArrest(t *testing.T) {
	count := func(body string) int {
		g := extractText(t, "2024-06-10", body)
		n := 0
		for _, e := range g.Events {
			if e.Type == schema.EventLegal && hasParticipant(e, "jo-vance", schema.RoleTarget) {
				n++
			}
		}
		return n
	}
	assert.Equal(t, 1, count("Jo Vance was arrested in Norland earlier this year. Police said Jo Vance was arrested in February."))
	assert.Equal(t, 2, count("Jo Vance was arrested in Norland earlier this year. Police said Jo Vance was also arrested in 2019."))
}

// TestInvestigationNeedsSuspect checks that an investigation is a legal event only against
// someone: "said they were investigating" and "hired a firm to investigate" are not.
func TestInvestigationNeedsSuspect(t *testing.T) {
	g := extractText(t, "2024-06-10", "Officials at the Norland Ministry of Defence said they were investigating.")
	assert.Nil(t, findEvent(g, schema.EventLegal, "", ""), eventsString(g))
	g = extractText(t, "2024-06-10", "Harrow Bank said it had hired the incident response firm Caldera Quill to investigate.")
	assert.Nil(t, findEvent(g, schema.EventLegal, "", ""), eventsString(g))
	g = extractText(t, "2024-06-10", "Prosecutors in Norland opened an investigation into Jo Vance in May.")
	assert.NotNil(t, findEvent(g, schema.EventLegal, "", "jo-vance"), eventsString(g))
}

// TestOneWarning checks that the warnings one sender gives in one sentence are one event with
// all those warned, and that warnings in two sentences stay two.
func TestOneWarning(t *testing.T) {
	g := extractText(t, "2024-06-10", "Harrow Bank notified its customers and informed the Norland Ministry of Defence on Monday.")
	n := 0
	for _, e := range g.Events {
		if e.Type == schema.EventWarning && hasParticipant(e, "harrow-bank", schema.RoleAgent) {
			n++
			assert.True(t, hasParticipant(e, "norland-ministry-of-defence", schema.RoleTarget), eventsString(g))
		}
	}
	assert.Equal(t, 1, n, eventsString(g))
	g = extractText(t, "2024-06-10", "Harrow Bank notified Nimbus Systems on Monday. Harrow Bank informed the Norland Ministry of Defence on Tuesday.")
	assert.NotNil(t, findEvent(g, schema.EventWarning, "harrow-bank", "nimbus-systems"), eventsString(g))
	assert.NotNil(t, findEvent(g, schema.EventWarning, "harrow-bank", "norland-ministry-of-defence"), eventsString(g))
}

// TestSoleGroupActs checks that an incident told without its doer is the deed of the article's
// one threat group, and of no one when there are two groups or the only group is one that warns.
func TestSoleGroupActs(t *testing.T) {
	tests := []struct {
		name, body, agent string
		want              bool
	}{
		{"one group", "Ash Spider has been active since 2019. Harrow Bank said its network was breached in May.", "ash-spider", true},
		{"two groups", "Ash Spider and Grey Typhoon have been active since 2019. Harrow Bank said its network was breached in May.", "ash-spider", false},
		{"a group that warns", "The Norland Incident Response Team warned banks on Monday. Harrow Bank said its network was breached in May.",
			"norland-incident-response-team", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			ev := findEvent(g, schema.EventIntrusion, tt.agent, "harrow-bank")
			assert.Equal(t, tt.want, ev != nil, "want %v: %s in %s", tt.want, tt.agent, eventsString(g))
		})
	}
}

// TestSoleGroupRefold checks that an incident the article's one group is given joins the
// group's same incident told before: "the attack on X" is the group's attack on X.
func TestSoleGroupRefold(t *testing.T) {
	g := extractText(t, "2024-06-10", "Ash Spider attacked Harrow Bank on Monday. The attack on Harrow Bank was the third this year.")
	n := 0
	for _, e := range g.Events {
		if e.Type == schema.EventAttack && hasParticipant(e, "harrow-bank", schema.RoleTarget) {
			n++
			assert.True(t, hasParticipant(e, "ash-spider", schema.RoleAgent), eventsString(g))
		}
	}
	assert.Equal(t, 1, n, eventsString(g))
}

// TestAppositiveHead checks that a described victim followed by its name in apposition is the
// named one: "data from the Norland energy regulator, Ergon Authority".
func TestAppositiveHead(t *testing.T) {
	g := extractText(t, "2024-06-10", "Ash Spider stole data from the Norland energy regulator, Ergon Authority, in May.")
	assert.NotNil(t, findEvent(g, schema.EventTheft, "ash-spider", "ergon-authority"), eventsString(g))
	g = extractText(t, "2024-06-10", "Ash Spider hacked the Norland energy regulator, Ergon Authority, in May.")
	assert.NotNil(t, findEvent(g, schema.EventIntrusion, "ash-spider", "ergon-authority"), eventsString(g))
}

// TestPossessorNotPlace checks that "X's embassy in Y" speaks for X, not for the country it is in.
func TestPossessorNotPlace(t *testing.T) {
	g := extractText(t, "2024-06-10", "Norland's embassy in Chile dismissed the report on Monday.")
	assert.NotNil(t, findEvent(g, schema.EventDenial, "norland", ""), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventDenial, "chile", ""), eventsString(g))
}

// TestDismissiveStatement checks that calling the accusations baseless is a denial, while a
// plain statement stays a statement.
func TestDismissiveStatement(t *testing.T) {
	g := extractText(t, "2024-06-10", "A spokesman for Harrow Bank said the accusations were \"absurd\".")
	assert.NotNil(t, findEvent(g, schema.EventDenial, "harrow-bank", ""), eventsString(g))
	g = extractText(t, "2024-06-10", "Harrow Bank said the report was published on Monday.")
	assert.Nil(t, findEvent(g, schema.EventDenial, "harrow-bank", ""), eventsString(g))
	assert.NotNil(t, findEvent(g, schema.EventStatement, "harrow-bank", ""), eventsString(g))
}

// TestTracedTo checks that tracing an incident to someone accuses them (and that the speaker's
// statement in the same sentence is that accusation), while tracing payments accuses no one.
func TestTracedTo(t *testing.T) {
	g := extractText(t, "2024-06-10", "Harrow Bank said it had traced the attacks to servers used by Ash Spider.")
	assert.NotNil(t, findEvent(g, schema.EventAccusation, "harrow-bank", "ash-spider"), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventStatement, "harrow-bank", ""), eventsString(g))
	g = extractText(t, "2024-06-10", "The attack on Harrow Bank was later traced to Norland by Nimbus Systems.")
	assert.NotNil(t, findEvent(g, schema.EventAccusation, "nimbus-systems", "norland"), eventsString(g))
	g = extractText(t, "2024-06-10", "Researchers at Harrow Bank traced the payments to wallets run by Ash Spider.")
	assert.Nil(t, findEvent(g, schema.EventAccusation, "", ""), eventsString(g))
}

// TestPleaded checks that pleading guilty is a legal event of the one who pleads, and that
// pleading for help is not.
func TestPleaded(t *testing.T) {
	g := extractText(t, "2024-06-10", "Jo Vance pleaded guilty in January to charges of fraud.")
	assert.NotNil(t, findEvent(g, schema.EventLegal, "jo-vance", ""), eventsString(g))
	g = extractText(t, "2024-06-10", "Jo Vance pleaded with Harrow Bank for more time.")
	assert.Nil(t, findEvent(g, schema.EventLegal, "", ""), eventsString(g))
}

// TestPlaceIsNoPatient checks that the place of an earlier arrest is not who a passive verb
// acts on: "was arrested in Chile and will be extradited" extradites no Chile.
func TestPlaceIsNoPatient(t *testing.T) {
	g := extractText(t, "2024-06-10", "A Norland national was arrested in Chile last Tuesday and will be extradited to Norland.")
	assert.Nil(t, findEvent(g, schema.EventLegal, "", "chile"), eventsString(g))
	g = extractText(t, "2024-06-10", "Jo Vance was arrested in Chile last Tuesday.")
	assert.NotNil(t, findEvent(g, schema.EventLegal, "", "jo-vance"), eventsString(g))
}

// TestSpokesmanOfPerson checks that "X's attorney said" is no statement by the person X, while
// "X's spokesman said" for an organisation X is X's.
func TestSpokesmanOfPerson(t *testing.T) {
	g := extractText(t, "2024-06-10", "Jo Vance was sentenced on Monday. Vance's attorney said he would appeal.")
	assert.Nil(t, findEvent(g, schema.EventStatement, "jo-vance", ""), eventsString(g))
	g = extractText(t, "2024-06-10", "Harrow Bank's spokesman said the bank would appeal.")
	assert.NotNil(t, findEvent(g, schema.EventStatement, "harrow-bank", ""), eventsString(g))
}

// TestArmedStrikes checks that a country's airstrikes are its attack, on the country whose
// facilities the demonym names, and that a victim named only by a demonym adjective is found.
func TestArmedStrikes(t *testing.T) {
	g := extractText(t, "2024-06-10", "Officials in Iran met on Monday. The bulletin followed the U.S. airstrikes on three Iranian nuclear facilities.")
	assert.NotNil(t, findEvent(g, schema.EventAttack, "united-states", "iran"), eventsString(g))
	g = extractText(t, "2024-06-10", "Officials in Iran met on Monday. Ash Spider's attacks on Iranian steel mills continued.")
	assert.NotNil(t, findEvent(g, schema.EventAttack, "ash-spider", "iran"), eventsString(g))
	g = extractText(t, "2024-06-10", "Officials in Iran met on Monday. The Sony hack was discussed.")
	assert.Nil(t, findEvent(g, schema.EventIntrusion, "sony", ""), eventsString(g))
}

// TestBrokeStory checks that breaking a story is a report by the outlet, and breaking into a
// network is still an intrusion.
func TestBrokeStory(t *testing.T) {
	g := extractText(t, "2024-06-10", "According to the Daily Ledger, which first broke the story on Tuesday, Ash Spider stole payroll files.")
	assert.NotNil(t, findEvent(g, schema.EventReport, "daily-ledger", ""), eventsString(g))
	g = extractText(t, "2024-06-10", "Ash Spider broke into the network of Harrow Bank on Tuesday.")
	assert.NotNil(t, findEvent(g, schema.EventIntrusion, "ash-spider", ""), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventReport, "", ""), eventsString(g))
}

// TestPressStatesReports checks that what a news outlet confirms or says is its report.
func TestPressStatesReports(t *testing.T) {
	g := extractText(t, "2024-06-10", "Reuters also confirmed that Ash Spider was behind the hack of Harrow Bank.")
	assert.NotNil(t, findEvent(g, schema.EventReport, "reuters", ""), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventStatement, "reuters", ""), eventsString(g))
}

// TestSenderless checks that a warning, an accusation or a sanction from no one named is no
// event, while one with its sender stays.
func TestSenderless(t *testing.T) {
	g := extractText(t, "2024-06-10", "Jo Vance is accused of selling the files of Harrow Bank.")
	assert.Nil(t, findEvent(g, schema.EventAccusation, "", ""), eventsString(g))
	g = extractText(t, "2024-06-10", "Harrow Bank said the intruders were expelled in August.")
	assert.Nil(t, findEvent(g, schema.EventSanction, "", ""), eventsString(g))
	g = extractText(t, "2024-06-10", "The alert to Harrow Bank came too late.")
	assert.Nil(t, findEvent(g, schema.EventWarning, "", ""), eventsString(g))
	g = extractText(t, "2024-06-10", "Harrow Bank accused Jo Vance of selling its files. Nimbus Systems warned Harrow Bank on Monday.")
	assert.NotNil(t, findEvent(g, schema.EventAccusation, "harrow-bank", "jo-vance"), eventsString(g))
	assert.NotNil(t, findEvent(g, schema.EventWarning, "nimbus-systems", "harrow-bank"), eventsString(g))
}

// TestSaidBehind checks that saying who was behind an incident accuses them.
func TestSaidBehind(t *testing.T) {
	g := extractText(t, "2024-06-10", "Files were stolen from Harrow Bank in May. Bank director Jo Vance said Ash Spider was behind the theft.")
	assert.NotNil(t, findEvent(g, schema.EventAccusation, "jo-vance", "ash-spider"), eventsString(g))
	g = extractText(t, "2024-06-10", "Jo Vance said Ash Spider was active in May.")
	assert.Nil(t, findEvent(g, schema.EventAccusation, "", ""), eventsString(g))
}

// TestAdvice checks that an incident named in what an advisory urges is no deed, while the
// advisory's own deeds stay.
func TestAdvice(t *testing.T) {
	g := extractText(t, "2024-06-10", "Ash Spider hit Harrow Bank in May. The Norland Cyber Office urged other banks to check their networks for signs of intrusion.")
	assert.Nil(t, findEvent(g, schema.EventIntrusion, "", ""), eventsString(g))
	assert.NotNil(t, findEvent(g, schema.EventAttack, "ash-spider", "harrow-bank"), eventsString(g))
}

// TestFined checks that a regulator fining a firm is a sanction, and that "fine" as an adjective
// is not.
func TestFined(t *testing.T) {
	g := extractText(t, "2024-06-10", "The Norland Data Office fined Harrow Bank 2 million euros on Monday.")
	assert.NotNil(t, findEvent(g, schema.EventSanction, "norland-data-office", ""), eventsString(g))
	g = extractText(t, "2024-06-10", "Harrow Bank said its systems were fine on Monday.")
	assert.Nil(t, findEvent(g, schema.EventSanction, "", ""), eventsString(g))
}

// TestDescribedSubject checks that described attackers right before a verb are its subject, not
// a name further back, and that the group a PP-modified "group … tracks as X" names is a group.
func TestDescribedSubject(t *testing.T) {
	g := extractText(t, "2024-06-10", "The regulator fined Harrow Bank on Monday, months after hackers stole the records of its customers.")
	assert.Nil(t, findEvent(g, schema.EventTheft, "harrow-bank", ""), eventsString(g))
	g = extractText(t, "2024-06-10", "Nimbus Labs said the group behind the intrusion, which it tracks as Pale Quill, stole the files.")
	a := actorByName(g, "Pale Quill")
	if assert.NotNil(t, a, eventsString(g)) {
		assert.Equal(t, schema.KindGroup, a.Kind)
	}
}

// TestUrgedUnnamed checks that urging unnamed parties to act is a warning by the one who urges.
func TestUrgedUnnamed(t *testing.T) {
	g := extractText(t, "2024-06-10", "The Norland Cyber Office urged other suppliers to check their networks.")
	assert.NotNil(t, findEvent(g, schema.EventWarning, "norland-cyber-office", ""), eventsString(g))
	g = extractText(t, "2024-06-10", "The Norland Cyber Office urged caution on Monday.")
	assert.Nil(t, findEvent(g, schema.EventWarning, "", ""), eventsString(g))
}

// TestStolenAdjective checks that a participle used as an adjective after another verb's perfect
// ("had used a stolen password") is no event, while a perfect of its own ("had stolen") is.
func TestStolenAdjective(t *testing.T) {
	g := extractText(t, "2024-06-10", "Harrow Bank said an intruder had used a stolen employee password to enter its network.")
	assert.Nil(t, findEvent(g, schema.EventTheft, "", ""), eventsString(g))
	g = extractText(t, "2024-06-10", "Harrow Bank said Ash Spider had stolen an employee password.")
	assert.NotNil(t, findEvent(g, schema.EventTheft, "ash-spider", ""), eventsString(g))
}

// TestDeadlineDate checks that a deadline ("by Thursday") dates only what is to come, not the
// past deeds of its clause.
func TestDeadlineDate(t *testing.T) {
	g := extractText(t, "2024-06-12", "Ash Spider, which previously attacked Harrow Bank, also threatened to leak its files by Friday.")
	ev := findEvent(g, schema.EventAttack, "ash-spider", "harrow-bank")
	if assert.NotNil(t, ev, eventsString(g)) {
		assert.Equal(t, "", ev.Time.Value, eventsString(g))
	}
}

// TestNegationScope checks that a negation governs the verb it stands before, not a noun event
// that verb takes: "did not prevent the attacks on X" tells of attacks on X.
func TestNegationScope(t *testing.T) {
	g := extractText(t, "2024-06-10", "Ash Spider attacked Harrow Bank on Monday. The outage did not prevent the ensuing attacks on Harrow Bank by Ash Spider.")
	for _, e := range g.Events {
		if e.Type == schema.EventAttack {
			assert.False(t, e.Negated, eventsString(g))
		}
	}
	g = extractText(t, "2024-06-10", "Ash Spider did not attack Harrow Bank.")
	ev := findEvent(g, schema.EventAttack, "ash-spider", "harrow-bank")
	if assert.NotNil(t, ev, eventsString(g)) {
		assert.True(t, ev.Negated)
	}
}

// TestSameSpeaker checks that a person's statements, once with the organisation they speak for
// and once alone ("he said" after a quote), are one statement.
func TestSameSpeaker(t *testing.T) {
	g := extractText(t, "2024-06-10", "Harrow Bank chief executive Jo Vance told reporters the bank would appeal. \"We have invested in security,\" Vance said.")
	n := 0
	for _, e := range g.Events {
		if e.Type == schema.EventStatement && hasParticipant(e, "jo-vance", schema.RoleAgent) {
			n++
		}
	}
	assert.Equal(t, 1, n, eventsString(g))
}

// TestIncluding checks that a victim named after "including" is the target of the incident.
func TestIncluding(t *testing.T) {
	g := extractText(t, "2024-06-10", "Ash Spider hit at least four shipping firms since January, including Alton Freight.")
	assert.NotNil(t, findEvent(g, schema.EventAttack, "ash-spider", "alton-freight"), eventsString(g))
	g = extractText(t, "2024-06-10", "Ash Spider extorted money from victims, including the city of Harlow Bay.")
	assert.NotNil(t, findEvent(g, schema.EventAttack, "ash-spider", "harlow-bay"), eventsString(g))
}

// TestDeniedDeed checks that what someone denies doing is not their deed, while their denial
// stays.
func TestDeniedDeed(t *testing.T) {
	g := extractText(t, "2024-06-10", "Nimbus Systems has never helped any government with its cyberespionage efforts.")
	assert.Nil(t, findEvent(g, schema.EventEspionage, "nimbus-systems", ""), eventsString(g))
	assert.NotNil(t, findEvent(g, schema.EventDenial, "nimbus-systems", ""), eventsString(g))
}

// TestQuotedWeakAgent checks that a capitalised word opening a quotation is no agent that keeps
// the speaker's talk of "this hack" as an event.
func TestQuotedWeakAgent(t *testing.T) {
	g := extractText(t, "2024-06-10", "“Creating addresses as long as those used in this hack is infeasible,” Nimbus Labs said in a post.")
	assert.Nil(t, findEvent(g, schema.EventIntrusion, "", ""), eventsString(g))
}
