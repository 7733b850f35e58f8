package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestVictimPatterns checks targets found through the incident's surroundings: the owner of
// a flawed product, the payer of a ransom, the victim of an attack.
func TestVictimPatterns(t *testing.T) {
	checkEventRules(t, "2024-06-10", []eventCase{
		{"flaw in a vendor's product", "Researchers at Brightwater Labs discovered a serious flaw in Nimbus Systems' router firmware.",
			schema.EventReport, "brightwater-labs", "nimbus-systems", true},
		{"vulnerabilities affecting a product", "Brightwater Labs reported two vulnerabilities affecting Nimbus Systems.",
			schema.EventReport, "brightwater-labs", "nimbus-systems", true},
		{"no flaw, no owner", "Brightwater Labs reported strong growth in Nimbus Systems.",
			schema.EventReport, "brightwater-labs", "nimbus-systems", false},
		{"found a bug", "Brightwater Labs found a bug in Nimbus Systems' cloud console.",
			schema.EventReport, "brightwater-labs", "nimbus-systems", true},
		{"found something else", "Brightwater Labs found new customers at Nimbus Systems.",
			schema.EventReport, "brightwater-labs", "", false},
		{"gained access to", "Grey Heron gained access to Nimbus Systems' mail servers in May.",
			schema.EventIntrusion, "grey-heron", "nimbus-systems", true},
		{"unauthorized access to", "Investigators found unauthorized access to Nimbus Systems' network.",
			schema.EventIntrusion, "", "nimbus-systems", true},
		{"access to no one", "Grey Heron had access to the files.",
			schema.EventIntrusion, "grey-heron", "", false},
		{"access to the network of X", "Unknown hackers gained access to the internal network of Nimbus Systems in May.",
			schema.EventIntrusion, "", "nimbus-systems", true},
		{"access to systems at X", "Unknown hackers gained access to control systems at Nimbus Systems in May.",
			schema.EventIntrusion, "", "nimbus-systems", true},
		{"access to servers at one of its sites", "Nimbus Systems said intruders had obtained access to servers at one of its data centres.",
			schema.EventIntrusion, "", "nimbus-systems", true},
		{"access to terminals at a place names no owner", "Unknown hackers gained access to terminals at London in May.",
			schema.EventIntrusion, "", "london", false},
		{"access to a set of X keys is no access to X", "Grey Heron obtained access to a set of Nimbus keys in May.",
			schema.EventIntrusion, "", "nimbus", false},
		{"crippled by an attack", "Harrow County was crippled by a ransomware attack on Monday.",
			schema.EventAttack, "", "harrow-county", true},
		{"attack crippled", "A ransomware attack crippled Harrow County on Monday.",
			schema.EventAttack, "", "harrow-county", true},
		{"flaw that affects", "A critical flaw that affects Nimbus Systems went unpatched for months.",
			schema.EventOther, "", "nimbus-systems", true},
		{"bug resides in", "The bug resides in Nimbus Systems' login service.",
			schema.EventOther, "", "nimbus-systems", true},
		{"is vulnerable", "Nimbus Systems is vulnerable to the attack.",
			schema.EventOther, "", "nimbus-systems", true},
		{"affects without a flaw", "The decision affects Nimbus Systems.",
			schema.EventOther, "", "nimbus-systems", false},
		{"addressed vulnerabilities", "Nimbus Systems addressed three vulnerabilities in its mail gateway.",
			schema.EventOther, "nimbus-systems", "", true},
		{"addressed something else", "Nimbus Systems addressed its shareholders on Monday.",
			schema.EventOther, "nimbus-systems", "", false},
		{"a fix", "Nimbus Systems released a fix on Monday.",
			schema.EventOther, "", "", true},
		{"breach at", "A data breach at Nimbus Systems exposed customer records.",
			schema.EventIntrusion, "", "nimbus-systems", true},
		{"ransom paid", "Harrow County paid the attackers $40,000 in bitcoin to unlock its files.",
			schema.EventAttack, "", "harrow-county", true},
		{"paid, passive", "The ransom was paid by Harrow County last week.",
			schema.EventAttack, "", "harrow-county", true},
		{"ransom demanded", "Grey Heron demanded a ransom of 20 bitcoin from Harrow County.",
			schema.EventAttack, "grey-heron", "harrow-county", true},
		{"demanded without a ransom", "Grey Heron demanded answers from Harrow County.",
			schema.EventAttack, "grey-heron", "harrow-county", false},
		{"paid without a ransom", "Harrow County paid its contractors on Friday.",
			schema.EventAttack, "", "harrow-county", false},
		{"paying, a suspect's deed", "Police detained a man in Brask suspected of recruiting volunteers for Grey Heron and paying them in cryptocurrency.",
			schema.EventAttack, "", "", false},
		{"charged with paying", "Tom Vell was charged with paying couriers in bitcoin for Grey Heron.",
			schema.EventAttack, "", "", false},
		{"paying the attackers", "Harrow County restored its systems by paying the attackers in bitcoin.",
			schema.EventAttack, "", "harrow-county", true},
		{"paid for servers", "Tom Vell rented servers for Grey Heron in Brask and paid for them in bitcoin.",
			schema.EventAttack, "", "", false},
		{"paid him", "Tom Vell said a Grey Heron contact paid him in cryptocurrency for his password.",
			schema.EventAttack, "", "", false},
		{"victim of an attack", "Harrow County was the victim of a ransomware attack.",
			schema.EventAttack, "", "harrow-county", true},
		{"fell victim to", "Harrow County fell victim to a phishing attack in March.",
			schema.EventAttack, "", "harrow-county", true},
	})
}

// TestGroupGainedAccess checks that a threat group gaining access is an intrusion even when the
// sentence does not name whose systems ("the crew gained access through a phishing email"),
// while anyone else gaining access to no one named is not.
func TestGroupGainedAccess(t *testing.T) {
	g := extractText(t, "2025-03-12", "A ransomware crew calling itself Pale Marten leaked files from Skarda Aeronautics. Researchers said Pale Marten gained access through a phishing email sent to an engineer.")
	assert.NotNil(t, findEvent(g, schema.EventIntrusion, "pale-marten", ""), eventsString(g))
	g = extractText(t, "2025-03-12", "Corvel Logistics gained access through a partnership with a local bank.")
	assert.Nil(t, findEvent(g, schema.EventIntrusion, "", ""), eventsString(g))
}

// TestDemonymDescribesName checks that a demonym opening the description of a named victim
// ("the Italian insurer X", "Portuguese mobile operator X") gives X as the target, not the
// demonym's country, while a demonym before common nouns only still gives its country.
func TestDemonymDescribesName(t *testing.T) {
	checkEventRules(t, "2025-03-04", []eventCase{
		{"stolen from the demonym's insurer", "Earlier this year, Greywake claimed to have stolen policyholder data from the Italian insurer Assiva Group.",
			schema.EventTheft, "greywake", "assiva-group", true},
		{"not the country of the insurer", "Earlier this year, Greywake claimed to have stolen policyholder data from the Italian insurer Assiva Group.",
			schema.EventTheft, "greywake", "italy", false},
		{"breach of the demonym's operator", "A dataset sold on a forum as a fresh breach of Portuguese mobile operator Helvion Telecom appears to be old.",
			schema.EventIntrusion, "", "helvion-telecom", true},
		{"not the country of the operator", "A dataset sold on a forum as a fresh breach of Portuguese mobile operator Helvion Telecom appears to be old.",
			schema.EventIntrusion, "", "portugal", false},
		{"networks of the demonym's firm", "Hackers broke into the networks of the Dutch shipping firm Norvale Lines in May.",
			schema.EventIntrusion, "", "norvale-lines", true},
		{"demonym before common nouns only", "Grey Heron breached Dutch government networks in May.",
			schema.EventIntrusion, "grey-heron", "netherlands", true},
		{"demonym at the sentence's end", "Grey Heron stole files from a Dutch firm",
			schema.EventTheft, "grey-heron", "", true},
	})
}

// TestOwnedPassiveSubject checks that a passive deed whose subject is owned by "its" ("after
// its tracking servers were locked") has the pronoun's antecedent as its victim, not a name
// further back in the clause that only modifies a noun ("a Texas freight forwarder").
func TestOwnedPassiveSubject(t *testing.T) {
	checkEventRules(t, "2025-06-02", []eventCase{
		{"its servers were locked", "Brenlow Shipping, a Texas freight forwarder, paid $300,000 after its tracking servers were locked in May.",
			schema.EventAttack, "", "brenlow-shipping", true},
		{"not the place in the apposition", "Brenlow Shipping, a Texas freight forwarder, paid $300,000 after its tracking servers were locked in May.",
			schema.EventAttack, "", "texas", false},
		{"its records had been stolen", "Brenlow Shipping, a Texas freight forwarder, said in May that its customer records had been stolen.",
			schema.EventTheft, "", "brenlow-shipping", true},
	})
}

// TestAttributedTheft checks that a theft named in the object of an attribution ("attributed
// the theft of roughly $4 million in digital assets from X, a …, to Y") is Y's theft from X, a
// sum and its "in …" phrase before "from" notwithstanding, and that the day set before the
// verb of attributing dates the attribution, not the theft; a year set there still dates it.
func TestAttributedTheft(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the theft attributed on a day", "2025-03-05", "Harrow police on Tuesday attributed the theft of roughly $4 million in digital assets from Corvex, a Lisbon exchange, to the Tarnwick Collective.",
			schema.EventTheft, "tarnwick-collective", "corvex", ""},
		{"the attribution keeps its day", "2025-03-05", "Harrow police on Tuesday attributed the theft of roughly $4 million in digital assets from Corvex, a Lisbon exchange, to the Tarnwick Collective.",
			schema.EventAccusation, "", "tarnwick-collective", "2025-03-04"},
		{"a fronted year dates the deed", "2025-03-05", "In 2022, Brightwater Labs documented the compromise of Corvex's mail servers.",
			schema.EventIntrusion, "", "corvex", "2022"},
	}, false)
}

// TestOperatorsOfThings checks that "operators of" something after a demonym ("40 Norwegian
// operators of critical infrastructure") names those who run it, no group of that name that
// the article's unnamed attackers could then be, while "X operators" alone may still be one.
func TestOperatorsOfThings(t *testing.T) {
	body := "Hackers breached Tessen Systems in May. The Harlow Cyber Office said it had informed around 40 Norwegian operators of critical infrastructure."
	checkEventRules(t, "2025-06-02", []eventCase{
		{"no operators' group as the doer", body, schema.EventIntrusion, "norwegian", "tessen-systems", false},
		{"the breach stays", body, schema.EventIntrusion, "", "tessen-systems", true},
		{"no operators' group told", body, schema.EventWarning, "harlow-cyber-office", "norwegian", false},
		{"a group of operators", "The Velkan operators breached Tessen Systems in May.", schema.EventIntrusion, "velkan", "tessen-systems", true},
	})
}

// TestPlaceLocatesObject checks that a place set after "in" behind the object's common noun
// ("arrested the two men in Texas", "in northern Texas", "detained an employee of a private contractor in Ohio")
// only locates what the noun names: it is no target of the deed or legal step. After a verb of
// telling a country too only locates a plural noun ("warned hospitals in Portugal"); after a
// deed it stays the victim.
func TestPlaceLocatesObject(t *testing.T) {
	checkEventRules(t, "2025-06-02", []eventCase{
		{"arrested the men, not the state", "Officers from the Carrow Valley Police arrested the two men in Texas and Ohio in late May.",
			schema.EventLegal, "carrow-valley-police", "texas", false},
		{"the arrest stays", "Officers from the Carrow Valley Police arrested the two men in Texas and Ohio in late May.",
			schema.EventLegal, "carrow-valley-police", "", true},
		{"detained an employee of a contractor", "Velmont Police said it had detained an employee of a private contractor in Ohio on April 18.",
			schema.EventLegal, "velmont-police", "ohio", false},
		{"a town the gazetteer does not know", "The Velmont police said they had arrested a 27-year-old man in Dunmore on Monday.",
			schema.EventLegal, "", "dunmore", false},
		{"a town past a lower-case adjective", "The Velmont police said they had arrested a 27-year-old man in northern Dunmore on Monday.",
			schema.EventLegal, "velmont-police", "dunmore", false},
		{"the man past the adjective's town", "The Velmont police said they had arrested a 27-year-old man in northern Dunmore on Monday.",
			schema.EventLegal, "velmont-police", "27-year-old-man", true},
		{"the town past an adjective when nothing else is", "In a separate case, police detained a translator in western Dunmore on Monday.",
			schema.EventLegal, "", "dunmore", true},
		{"hospitals in towns the gazetteer does not know", "In January a ransomware group calling itself Tarn Ember encrypted the systems of hospitals in Dunmore and Carrick.",
			schema.EventAttack, "tarn-ember", "dunmore", false},
		{"the town when nothing else is", "In a separate case, police detained a translator in Dunmore on Monday.",
			schema.EventLegal, "", "dunmore", true},
		{"warned the hospitals, not the country", "The Carrow Cyber Office warned hospitals in Portugal on Monday.",
			schema.EventWarning, "carrow-cyber-office", "portugal", false},
		{"the warning stays", "The Carrow Cyber Office warned hospitals in Portugal on Monday.",
			schema.EventWarning, "carrow-cyber-office", "", true},
		{"an -ing telling after a document", "The Carrow Cyber Office issued an advisory on Monday night warning other sports federations in Portugal to reset their passwords.",
			schema.EventWarning, "carrow-cyber-office", "portugal", false},
		{"a deed's victim country stays", "Tarn Ember attacked hospitals in Portugal on Monday.",
			schema.EventAttack, "tarn-ember", "portugal", true},
	})
}

// TestIngAfterObject checks that a deed's -ing form after the object of another verb ("documented
// 40 websites impersonating …") is done by what that object names, not by the clause's subject,
// while an -ing form after its own verb ("began impersonating") keeps the subject as its doer.
func TestIngAfterObject(t *testing.T) {
	checkEventRules(t, "2025-06-02", []eventCase{
		{"the documenter is no doer", "The Orvane Institute, a research group in Delmar, documented 40 websites impersonating Delmar news outlets in May.",
			schema.EventAttack, "orvane-institute", "", false},
		{"the documenting stays", "The Orvane Institute, a research group in Delmar, documented 40 websites impersonating Delmar news outlets in May.",
			schema.EventReport, "orvane-institute", "", true},
		{"a subject's own -ing deed", "The Velkan Crew began impersonating Delmar News in May, the Orvane Institute said.",
			schema.EventAttack, "velkan-crew", "", true},
	})
}

// TestPublishedAfterDeed checks that what the doer of a theft, an intrusion or an attack puts
// out after it, the verbs joined by "and", is a leak of the same victim (afterDeed,
// publishedGoods), whatever kind the doer is; a statement or demand put out so is no leak;
// and that a victim named after "when" in another clause does not keep the leak from taking
// the deed's victim (namesVictim). A gerund's clause or a negated deed before "and" is none.
func TestPublishedAfterDeed(t *testing.T) {
	checkEventRules(t, "2025-06-10", []eventCase{
		{"posted them", "Grey Finch stole files from Orlan Bank and posted them on its leak site.",
			schema.EventLeak, "grey-finch", "orlan-bank", true},
		{"later dumped the data", "Grey Finch hacked Orlan Bank in March and later dumped the data.",
			schema.EventLeak, "grey-finch", "orlan-bank", true},
		{"after an apposition", "In 2024 the group Grey Finch encrypted systems at Brenna Care Homes, a nursing home operator, and later published internal medication lists.",
			schema.EventLeak, "grey-finch", "brenna-care-homes", true},
		{"stole and published", "Grey Finch stole and published data from Orlan Bank after it refused to pay.",
			schema.EventLeak, "grey-finch", "orlan-bank", true},
		{"victim in a when clause", "In 2023, Grey Finch encrypted servers at the Marlow School District and leaked counselling notes when the district refused to pay.",
			schema.EventLeak, "grey-finch", "marlow-school-district", true},
		{"a hedge after the deed", "Grey Finch defaced the website of Orlan Bank on Sunday and published what it said were the personal records of 9,000 customers.",
			schema.EventLeak, "grey-finch", "orlan-bank", true},
		{"a statement", "Grey Finch breached Orlan Bank in March and published a statement on its website.",
			schema.EventLeak, "grey-finch", "", false},
		{"a demand", "Grey Finch attacked Orlan Bank and posted a ransom demand.",
			schema.EventLeak, "grey-finch", "", false},
		{"no deed before", "The Halden Bureau investigated Orlan Bank and published its files.",
			schema.EventLeak, "", "", false},
		{"a gerund's clause", "Grey Finch hacked the Orlan forum last year, taking the offer and posting reviews there.",
			schema.EventLeak, "", "", false},
		{"a negated deed", "Grey Finch did not breach Orlan Bank and posted old files from 2019.",
			schema.EventLeak, "", "", false},
		{"an indefinite owner of the files", "Grey Finch hacked Orlan Bank in March and leaked the donor files of a local charity.",
			schema.EventLeak, "grey-finch", "orlan-bank", false},
		{"an indefinite owner a sentence on", "The Grey Finch gang hacked Orlan Bank in March. In April the gang leaked the member list of an amateur rowing club.",
			schema.EventLeak, "grey-finch", "orlan-bank", false},
		{"a count after of a", "The Grey Finch gang hacked Orlan Bank in March. In April the gang leaked the records of a million accounts.",
			schema.EventLeak, "grey-finch", "orlan-bank", true},
	})
}

// TestGroupPublishesData checks that data a hacking group puts out is a leak when the object
// phrase opens with a count ("about 2,000 internal emails"), a hedge ("what it said were the personal records of …"), a modifier noun ("the
// exemption files") or a lot of things before "of" ("a second batch of files", "a sample of what it said were
// files"), not only when the data noun comes right after the verb (dataObjectHead);
// a statement a group puts out, and data a research firm publishes, are no leak.
func TestGroupPublishesData(t *testing.T) {
	checkEventRules(t, "2025-06-12", []eventCase{
		{"a counted object", "The Grey Finch gang on Monday published about 2,000 internal emails it said were taken from the Orlan port authority.",
			schema.EventLeak, "grey-finch", "", true},
		{"a hedge before the data", "The Grey Finch gang published what it said were the personal records of 9,000 rowing club members.",
			schema.EventLeak, "grey-finch", "", true},
		{"the phrase ends at its noun", "The Grey Finch gang published the files a month later.",
			schema.EventLeak, "grey-finch", "", true},
		{"a modifier noun", "The Grey Finch gang published the exemption files of 38 cyclists in June.",
			schema.EventLeak, "grey-finch", "", true},
		{"a lot of files", "By Friday night the Grey Finch gang had released a second batch of roughly 6,000 files.",
			schema.EventLeak, "grey-finch", "", true},
		{"a trove of emails", "On Monday the Grey Finch gang published a trove of emails it said came from the Orlan port authority.",
			schema.EventLeak, "grey-finch", "", true},
		{"a cache of records", "The Grey Finch gang released a cache of payroll records in June.",
			schema.EventLeak, "grey-finch", "", true},
		{"a sample past a hedge", "The Grey Finch gang on Monday posted a sample of what it said were payroll files taken from the Orlan port authority.",
			schema.EventLeak, "grey-finch", "", true},
		{"samples of files", "The Grey Finch gang released samples of payroll files in June.",
			schema.EventLeak, "grey-finch", "", true},
		{"a lot of what is no data", "The Grey Finch gang released a batch of new tools in June.",
			schema.EventLeak, "", "", false},
		{"a statement", "The Grey Finch gang published a short statement on its channel.",
			schema.EventLeak, "", "", false},
		{"a research firm's files", "Halden Labs published about 400 files of indicators in June.",
			schema.EventLeak, "", "", false},
	})
}

// TestOwnerOfObject checks that a deed whose object names no one takes as its victim the owner
// a participle after the object names ("breached routers operated by X", "stole files from
// devices registered to X"; ownerOfObject), and that a doer's tools are no victim.
func TestOwnerOfObject(t *testing.T) {
	checkEventRules(t, "2025-06-24", []eventCase{
		{"operated by", "Grey Heron breached routers operated by Harrow Bank in April.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", true},
		{"run by", "Grey Heron broke into mail servers run by Orbis Freight in May.",
			schema.EventIntrusion, "grey-heron", "orbis-freight", true},
		{"registered to, past the reach of from", "Grey Heron stole configuration files from three devices registered to Nimbus Systems in June.",
			schema.EventTheft, "grey-heron", "nimbus-systems", true},
		{"a purpose infinitive's object", "Grey Heron exploited a flaw in Tarsis software to access configuration files from three network devices registered to Orbis Freight in mid-February 2025.",
			schema.EventIntrusion, "grey-heron", "orbis-freight", true},
		{"not the one who runs the doer's servers", "Grey Heron breached Harrow Bank using servers run by Nimbus Systems.",
			schema.EventIntrusion, "grey-heron", "nimbus-systems", false},
	})
}

// TestLureSent checks that a lure sent to people is an attack by the sender on the receiver, or on
// the body the people receiving it work at, and that other things sent are not.
func TestLureSent(t *testing.T) {
	checkEventRules(t, "2024-06-10", []eventCase{
		{"phishing emails to officials at a body", "Grey Heron sent spear-phishing emails to officials at the Nimbus Ministry of Energy in May.",
			schema.EventAttack, "grey-heron", "nimbus-ministry-of-energy", true},
		{"phishing emails to a body", "Grey Heron sent phishing emails to Harrow Bank in May.",
			schema.EventAttack, "grey-heron", "harrow-bank", true},
		{"booby-trapped files to staff at a firm", "Grey Heron emailed booby-trapped spreadsheets to staff at Nimbus Systems last week.",
			schema.EventAttack, "grey-heron", "nimbus-systems", true},
		{"spent months sending", "Grey Heron has spent months sending tailored phishing messages to diplomats in the Nimbus Ministry of Trade.",
			schema.EventAttack, "grey-heron", "nimbus-ministry-of-trade", true},
		{"a report sent is no lure", "Brightwater Labs sent its report to Nimbus Systems in May.",
			schema.EventAttack, "brightwater-labs", "nimbus-systems", false},
		{"samples of phishing emails sent to a partner", "Brightwater Labs sent samples to Nimbus Systems in May.",
			schema.EventAttack, "brightwater-labs", "nimbus-systems", false},
	})
}
