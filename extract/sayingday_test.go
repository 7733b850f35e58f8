package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestSayingDayNotDeed checks that a day set right after a verb of saying or telling, before
// the clause it reports ("said Monday the group had breached …", "told reporters on Sunday
// that …"), dates the saying and not a deed that clause tells of, with "that" or without, the
// saying found as an event or not (sayingDay); and that the saying keeps its day and a deed
// keeps a time of its own.
func TestSayingDayNotDeed(t *testing.T) {
	checkTimes(t, []timeCase{
		{"bare day, no 'that', past perfect deed", "2025-11-20",
			"Officials at the Norvel Interior Ministry said Monday the Grey Heron group had breached its email servers.",
			schema.EventIntrusion, "grey-heron", "norvel-interior-ministry", ""},
		{"the saying keeps the day", "2025-11-20",
			"Officials at the Norvel Interior Ministry said Monday the Grey Heron group had breached its email servers.",
			schema.EventStatement, "norvel-interior-ministry", "", "2025-11-17"},
		{"'on' and a simple past deed, no 'that'", "2025-11-20",
			"Harwick Bank said on Wednesday the Iron Finch group stole data from its customers.",
			schema.EventTheft, "iron-finch", "harwick-bank", ""},
		{"a hearer between the verb and the day", "2025-11-20",
			"Analysts at Renholt Security told reporters on Sunday the Iron Finch group had stolen passwords from Varlow Bank.",
			schema.EventTheft, "iron-finch", "varlow-bank", ""},
		{"a hearer and 'that', the tellers named by no actor", "2025-11-20",
			"Investigators told reporters on Sunday that the Iron Finch group had stolen passwords from Varlow Bank.",
			schema.EventTheft, "iron-finch", "varlow-bank", ""},
		{"'late on' before the day", "2025-11-20",
			"Dremmel Water confirmed late on Friday the Copper Wren group had encrypted its servers.",
			schema.EventAttack, "copper-wren", "dremmel-water", ""},
		{"a time of the deed's own still dates it", "2025-11-20",
			"Harwick Bank said on Wednesday the Iron Finch group stole data from its customers in August.",
			schema.EventTheft, "iron-finch", "harwick-bank", "2025-08"},
		{"a deed told before the saying keeps the day", "2025-11-20",
			"The Iron Finch group stole data from Harwick Bank on Wednesday, the bank said.",
			schema.EventTheft, "iron-finch", "harwick-bank", "2025-11-19"},
	}, false)
}

// TestAccusedGroupDeed checks that "accused" with a group named after "the" and before a
// group noun ("accused the Grey Heron group of hacking X") tells the deed the group is
// accused of, as "accused Russia of hacking X" does (accusedDoer), dated by its own time and
// not by the accusation's day.
func TestAccusedGroupDeed(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the group's deed keeps its own month", "2025-11-20",
			"The Norvel Finance Ministry accused the Grey Heron group of hacking Pellan Bank in April.",
			schema.EventIntrusion, "grey-heron", "pellan-bank", "2025-04"},
		{"a day before the verb dates the accusation only", "2025-11-20",
			"Harwick Bank on Monday accused the Iron Finch group of stealing data from Varlow Credit.",
			schema.EventTheft, "iron-finch", "varlow-credit", ""},
		{"the accusation keeps its day", "2025-11-20",
			"Harwick Bank on Monday accused the Iron Finch group of stealing data from Varlow Credit.",
			schema.EventAccusation, "harwick-bank", "iron-finch", "2025-11-17"},
		{"a fronted day and a gang", "2025-11-20",
			"On Friday, Dallow Freight accused the Copper Wren gang of breaching its depots.",
			schema.EventIntrusion, "copper-wren", "dallow-freight", ""},
	}, false)
}

// TestWroteSaying checks that "wrote" tells a statement when its "in" phrase names what the
// saying was made in or a "that" clause follows (wroteSaying), dated by the day after that
// phrase, which dates no deed the statement reports (vehicleBefore in sayingDay); and that
// writing a thing ("wrote the malware") is no statement.
func TestWroteSaying(t *testing.T) {
	checkTimes(t, []timeCase{
		{"in a blog post, the statement's day", "2025-11-20",
			"Corvane Labs wrote in a blog post on March 3 that the Copper Wren group had targeted Pellan Bank.",
			schema.EventStatement, "corvane-labs", "", "2025-03-03"},
		{"the deed it reports is not dated by the post", "2025-11-20",
			"Corvane Labs wrote in a blog post on March 3 that the Copper Wren group had targeted Pellan Bank.",
			schema.EventAttack, "copper-wren", "pellan-bank", ""},
		{"a 'that' clause, a person writing", "2025-11-20",
			"Daveth Korr, a researcher at Tolvenna Labs, wrote that the Grey Heron group stole files from Varlow Bank in June.",
			schema.EventStatement, "daveth-korr", "", ""},
		{"the deed keeps its own month", "2025-11-20",
			"Daveth Korr, a researcher at Tolvenna Labs, wrote that the Grey Heron group stole files from Varlow Bank in June.",
			schema.EventTheft, "grey-heron", "varlow-bank", "2025-06"},
		{"a day after a report with a participle", "2025-11-20",
			"Kestrel Analytics wrote in a report released on Tuesday that the Iron Finch group had breached Harwick Bank.",
			schema.EventIntrusion, "iron-finch", "harwick-bank", ""},
	}, false)
	g := extractText(t, "2025-11-20", "Daveth Korr wrote the malware on Tuesday for the Grey Heron group.")
	assert.Nil(t, findEvent(g, schema.EventStatement, "daveth-korr", ""), "writing a thing is no statement: %s", eventsString(g))
}

// TestReportedDenier checks that a negation in a clause a speaker reports of a group ("X said
// on Tuesday that the group had no ties to …", "…, saying the group was not involved in …") is
// the speaker's denial, dated by the saying, not one by the group (reportedDenier); a state
// the speaker speaks for stays the denier.
func TestReportedDenier(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a ministry's denial of a group's ties, dated by the saying", "2025-11-20",
			"The Norvel Foreign Ministry said on Tuesday that the Grey Heron group had no ties to the state.",
			schema.EventDenial, "norvel-foreign-ministry", "", "2025-11-18"},
		{"a bare clause after the day", "2025-11-20",
			"The Norvel Foreign Ministry said Tuesday the Grey Heron group was not involved in the attack.",
			schema.EventDenial, "norvel-foreign-ministry", "", "2025-11-18"},
		{"a participle of saying after a rejection", "2025-11-20",
			"The Norvel Foreign Ministry rejected the accusations on Tuesday, saying the Grey Heron group had no ties to the state.",
			schema.EventDenial, "norvel-foreign-ministry", "", "2025-11-18"},
		{"a state its spokesman speaks for stays the denier", "2025-11-20",
			"Lin Bao, a spokesman for the Chinese Embassy in Norvik, said Beijing has never been involved in hacking.",
			schema.EventDenial, "china", "", ""},
	}, false)
	for _, body := range []string{
		"The Norvel Foreign Ministry said on Tuesday that the Grey Heron group had no ties to the state.",
		"The Norvel Foreign Ministry rejected the accusations on Tuesday, saying the Grey Heron group had no ties to the state.",
	} {
		g := extractText(t, "2025-11-20", body)
		assert.Nil(t, findEvent(g, schema.EventDenial, "grey-heron", ""), "the group denies nothing: %s", eventsString(g))
	}
}

// TestBodySpeaker checks that one who speaks for a body named before by a description or "its"
// ("the bank's spokesman said", "the company's chief executive said on Friday", "Its chief
// executive said") makes the body the speaker (bodySpeaks), as "Varlow Bank's chief executive
// said" already did, the statement dated by its own day.
func TestBodySpeaker(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the company's chief executive, a day of its own", "2025-11-20",
			"Tarrow Mutual was hit by ransomware in May. The company's chief executive said on Friday that the Copper Wren group was behind it.",
			schema.EventStatement, "tarrow-mutual", "", "2025-11-14"},
		{"its spokeswoman", "2025-11-20",
			"Pellan Credit Union was hit by ransomware in May. Its spokeswoman said the union had refused to pay.",
			schema.EventStatement, "pellan-credit-union", "", ""},
		{"a closing attribution", "2025-11-20",
			"Hackers breached Brisk Harbor Bank last year, the bank's chief executive said on Friday.",
			schema.EventStatement, "brisk-harbor-bank", "", "2025-11-14"},
	}, false)
}

// TestSubjectPhraseReported checks that a time after the verb of a clause reported without
// "that", whose subject holds a phrase of its own ("said the attack by the group happened on
// Sunday", "said the intrusion into its network began on Saturday"), dates that clause and not
// the saying (subjectPreposition in finiteBetween); a day right after a hearer stays the
// saying's.
func TestSubjectPhraseReported(t *testing.T) {
	checkTimes(t, []timeCase{
		{"'by' in the subject", "2025-11-20",
			"Kelvane Software said the attack by the Copper Wren group happened on Sunday.",
			schema.EventStatement, "kelvane-software", "", ""},
		{"the deed keeps the day", "2025-11-20",
			"Kelvane Software said the attack by the Copper Wren group happened on Sunday.",
			schema.EventAttack, "copper-wren", "", "2025-11-16"},
		{"'into' and a possessive", "2025-11-20",
			"Tarsel Group said the intrusion into its network began on Saturday.",
			schema.EventStatement, "tarsel-group", "", ""},
		{"'against' and a name", "2025-11-20",
			"Orlen Ridge Council said the attack against Pellan Water Board began in March.",
			schema.EventStatement, "orlen-ridge-council", "", ""},
		{"a day after the hearer is the telling's", "2025-11-20",
			"Pallister Water told reporters on Monday the Copper Wren group stole card data.",
			schema.EventStatement, "pallister-water", "", "2025-11-17"},
	}, false)
}

// TestSayingParticipleDay checks that a time before a participle of saying that opens a reported
// clause ("issued an alert on Friday saying the group had breached X", "published a report on
// Thursday saying …", "…, saying …") dates the alert or report, not the deed the clause tells
// of (sayingParticipleBetween); a time inside the clause still dates the deed.
func TestSayingParticipleDay(t *testing.T) {
	checkTimes(t, []timeCase{
		{"after a document's noun", "2025-11-20",
			"The Norvel Cyber Agency issued an alert on Friday saying the Grey Heron group had breached Pellan Water.",
			schema.EventIntrusion, "grey-heron", "pellan-water", ""},
		{"the alert keeps its day", "2025-11-20",
			"The Norvel Cyber Agency issued an alert on Friday saying the Grey Heron group had breached Pellan Water.",
			schema.EventWarning, "norvel-cyber-agency", "", "2025-11-14"},
		{"a simple past deed", "2025-11-20",
			"Tolvenna Labs published a report on Thursday saying the Grey Heron group stole files from Orlen Savings Bank.",
			schema.EventTheft, "", "orlen-savings-bank", ""},
		{"a time of the clause's own", "2025-11-20",
			"The Norvel Cyber Agency issued an alert on Friday, saying the Grey Heron group breached Pellan Water in May.",
			schema.EventIntrusion, "grey-heron", "pellan-water", "2025-05"},
		{"a deed before the participle keeps the day", "2025-11-20",
			"The Grey Heron group breached Pellan Water on Friday, saying it wanted to punish the utility.",
			schema.EventIntrusion, "grey-heron", "pellan-water", "2025-11-14"},
	}, false)
}
