package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestEventRules checks, one body at a time, that an event of a type with a given agent and
// target is found or is not. The rows cover: sources, relative clauses and "the intruders";
// charges and denials that are no deeds; one deed told twice; secrets made public; orders to
// remove or ban; investigations, pleas and arrests; warnings, accusations and sanctions with and
// without a sender; incidents without a doer; appositives, possessors and spokesmen; dismissals;
// tracing and "said X was behind"; airstrikes and demonyms; broken stories and outlets' reports;
// advisories, fines and urging; "stolen" as an adjective; victims after "including"; and a
// capitalised word opening a quotation.
func TestEventRules(t *testing.T) {
	checkEventRules(t, "2024-06-10", []eventCase{
		// the source of "according to" is no agent, a relative clause that has ended names no
		// subject, and "the intruders" describes the article's one threat group
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

		// after "by", a possessor's title set beside a person's name by commas: the person does it
		{"by a titled person", "Ash Spider was accused by Harrow Bank's head of security, Lena Vosk, of stealing payroll files.",
			schema.EventAccusation, "lena-vosk", "ash-spider", true},
		{"by a titled person, not the possessor", "Ash Spider was accused by Harrow Bank's head of security, Lena Vosk, of stealing payroll files.",
			schema.EventAccusation, "harrow-bank", "", false},
		{"by a possessor's body stays the possessor", "Nimbus Systems was warned by Harrow Bank's security team about Ash Spider.",
			schema.EventWarning, "harrow-bank", "nimbus-systems", true},

		// reporting something to a body described, not named, tips it off as telling a named one does
		{"reported to regulators", "Harrow Bank confirmed the incident on Monday, saying it had reported the breach to regulators.",
			schema.EventWarning, "harrow-bank", "regulators", true},
		{"reported to regulators is no report", "Harrow Bank confirmed the incident on Monday, saying it had reported the breach to regulators.",
			schema.EventReport, "harrow-bank", "regulators", false},

		// what is said in a report named in a fronted phrase is reported; in a statement, stated
		{"said in a fronted report", "In a 40-page report, Nimbus Systems said Ash Spider had spied on six carriers since 2022.",
			schema.EventReport, "nimbus-systems", "", true},
		{"said in a fronted statement", "In a statement, Nimbus Systems said Ash Spider had spied on six carriers since 2022.",
			schema.EventReport, "nimbus-systems", "", false},

		// the second infinitive of what someone is urged to do is not done either
		{"urged to publish and to notify", "Harrow Bank was hacked in May. Jo Vance urged the bank to publish its findings and to notify every customer.",
			schema.EventWarning, "harrow-bank", "", false},
		{"published and notified", "Harrow Bank was hacked in May. The bank published its findings and notified every customer.",
			schema.EventWarning, "harrow-bank", "", true},

		// an accusation folded into the legal act it hangs on gives the act its accused
		{"an indictment accusing: the accused", "Norland prosecutors on Monday unsealed an indictment accusing Jo Vance of handing secrets to Karvia.",
			schema.EventLegal, "", "jo-vance", true},
		{"a class action accusing: the filer sues", "On Monday, Ida Pell filed a proposed class action in the Norland High Court, accusing Harrow Bank of hiding the breach.",
			schema.EventLegal, "ida-pell", "harrow-bank", true},

		// the offence of a charge is no deed
		{"an offence charged", "Jo Vance was charged with extortion and computer intrusion in May.",
			schema.EventIntrusion, "", "", false},
		// copying a quantity of data is a theft; copying a page is none
		{"copied a quantity of data", "Over six days Ash Spider copied about 2 terabytes of data from Harrow Bank.",
			schema.EventTheft, "ash-spider", "harrow-bank", true},
		{"copied more than n gigabytes", "Ash Spider copied more than 300 gigabytes of files from Harrow Bank.",
			schema.EventTheft, "ash-spider", "harrow-bank", true},
		{"copied a page", "Ash Spider copied the login page of Harrow Bank to trick its customers.",
			schema.EventTheft, "", "", false},
		// copying data from somewhere is a theft, active or passive; copying data to no place told is none
		{"copied data from", "Ash Spider copied diplomatic cables and payroll records from Harrow Bank in May.",
			schema.EventTheft, "ash-spider", "harrow-bank", true},
		{"data were copied from", "The personal details of 4,000 customers were copied from a Harrow Bank database by Ash Spider.",
			schema.EventTheft, "ash-spider", "", true},
		{"copied data, no source", "Ash Spider copied the payroll records.",
			schema.EventTheft, "", "", false},
		{"copied the code from", "Ash Spider copied the code from a public repository.",
			schema.EventTheft, "", "", false},
		{"a design copied from", "The scooter's design was copied from Harrow Motors.",
			schema.EventTheft, "", "", false},

		// a possessor investigates, where it is whom an arrest is made of
		{"a possessor investigates", "During Harrow Bank's investigation, it found stolen payroll files on a server in Dunmore.",
			schema.EventLegal, "", "harrow-bank", false},
		{"a possessor is arrested", "Jo Vance's arrest came in May, police in Dunmore said.",
			schema.EventLegal, "", "jo-vance", true},
		{"offences in a list of charges", "Jo Vance faces four charges, including conspiring to hack government computers.",
			schema.EventIntrusion, "", "", false},
		{"a sentence for an offence", "Jo Vance was sentenced to a year in jail for breaching his bail conditions.",
			schema.EventIntrusion, "", "", false},
		{"an offence accused", "Jo Vance was accused of assault by a neighbour in 2019.",
			schema.EventAttack, "", "", false},
		// accusing someone of a deed attributes the deed to them; being accused of it names an offence
		{"a deed one is accused of", "The Norland Foreign Ministry accused Ash Spider of hacking Harrow Bank in 2024.",
			schema.EventIntrusion, "ash-spider", "harrow-bank", true},
		{"a deed one is accused of, by a pronoun", "Ash Spider has been active since 2019. In May, Norland accused the group of attacking Harrow Bank.",
			schema.EventAttack, "ash-spider", "harrow-bank", true},
		{"an offence in a reduced relative", "A Norland man accused of hacking Harrow Bank appeared in court on Monday.",
			schema.EventIntrusion, "", "", false},
		{"an offence one was accused of", "Jo Vance, who was accused of hacking Harrow Bank, appeared in court on Monday.",
			schema.EventIntrusion, "", "", false},
		{"a second offence in a long charge", "Prosecutors unsealed an indictment charging two officers of the Karsovian army with breaking into the servers of Harrow Bank and leaking the customer data of nearly 100 clients.",
			schema.EventLeak, "", "", false},
		{"a deed, not a charge", "Jo Vance conspired with two friends to steal payroll files from Harrow Bank.",
			schema.EventTheft, "jo-vance", "harrow-bank", true},

		// one deed told as a theft and then as "the attack" on the same victim by the same agent is
		// one event, while deeds at different times or told by verbs stay two
		{"a theft told again as the attack is a theft", "Ash Spider stole $5 million from Harrow Bank on Monday. Ash Spider claimed responsibility for the attack on Harrow Bank in a post.",
			schema.EventTheft, "ash-spider", "harrow-bank", true},
		{"a theft told again as the attack is no attack", "Ash Spider stole $5 million from Harrow Bank on Monday. Ash Spider claimed responsibility for the attack on Harrow Bank in a post.",
			schema.EventAttack, "ash-spider", "harrow-bank", false},
		{"deeds at different times keep the intrusion", "Ash Spider hacked Harrow Bank in 2022. Ash Spider attacked Harrow Bank again in May 2024.",
			schema.EventIntrusion, "ash-spider", "harrow-bank", true},
		{"deeds at different times keep the attack", "Ash Spider hacked Harrow Bank in 2022. Ash Spider attacked Harrow Bank again in May 2024.",
			schema.EventAttack, "ash-spider", "harrow-bank", true},
		{"an undated theft named by a definite noun takes in a later deed of its day", "Kestrel Labs said Ash Spider was behind the theft of $5 million from Harrow Bank. Ash Spider hacked Harrow Bank on Feb. 10 with a stolen key.",
			schema.EventIntrusion, "ash-spider", "harrow-bank", false},
		{"a later deed dated only to a year is another", "Kestrel Labs said Ash Spider was behind the theft of $5 million from Harrow Bank. In 2021, Ash Spider hacked Harrow Bank with a stolen key.",
			schema.EventIntrusion, "ash-spider", "harrow-bank", true},
		{"a second deed told by a verb keeps the intrusion", "Ash Spider hacked Harrow Bank last week. In 2021, Ash Spider stole customer records from Harrow Bank.",
			schema.EventIntrusion, "ash-spider", "harrow-bank", true},
		{"a second deed told by a verb is no reference back", "Ash Spider hacked Harrow Bank last week. In 2021, Ash Spider stole customer records from Harrow Bank.",
			schema.EventTheft, "ash-spider", "harrow-bank", true},

		// releasing, publishing or posting secret material is a leak, while publishing a report or
		// releasing one's own code is not
		{"the release of classified material", "Norland is seeking his extradition over the release of classified military material by Glass Owl in 2019.",
			schema.EventLeak, "glass-owl", "", true},
		{"published customer data", "Ash Spider published the customer data of Harrow Bank on Monday.",
			schema.EventLeak, "ash-spider", "", true},
		{"posted a ministry's emails", "Ash Spider posted the Norland Ministry of Defence's emails online on Monday.",
			schema.EventLeak, "ash-spider", "", true},
		{"published a report", "Nimbus Systems published its report on Ash Spider on Monday.",
			schema.EventLeak, "nimbus-systems", "", false},
		{"released its own code", "Nimbus Systems released its own exploit code on Monday.",
			schema.EventLeak, "nimbus-systems", "", false},

		// a designation, the noun of "designate", is a sanction as the verb is
		{"announced designations", "The Velmoran Foreign Office announced new designations against Ash Spider on Monday.",
			schema.EventSanction, "velmoran-foreign-office", "", true},

		// ordering a name's products removed or banned is a sanction by the one who orders, and
		// ordering without such a result is not
		{"ordered removed", "The Norland Ministry of Defence ordered Nimbus Systems software removed from its computers in May.",
			schema.EventSanction, "norland-ministry-of-defence", "nimbus-systems", true},
		{"a decision to order banned", "The board cited a decision by the Norland Ministry of Defence to order Nimbus Systems products banned.",
			schema.EventSanction, "norland-ministry-of-defence", "nimbus-systems", true},
		{"ordered, nothing removed", "The Norland Ministry of Defence ordered Nimbus Systems software for its computers in May.",
			schema.EventSanction, "", "nimbus-systems", false},
		{"ordered to pay: a penalty", "In March the Quellan Data Office ordered the retailer Harrow Bank to pay €3 million.",
			schema.EventSanction, "quellan-data-office", "harrow-bank", true},
		{"a court orders a named person to pay", "The court in Tarvenna also ordered Ivo Marsk to pay £20,000 in compensation.",
			schema.EventSanction, "", "ivo-marsk", true},
		{"ordered to report: no penalty", "The Quellan Data Office ordered Harrow Bank to report the breach within a week.",
			schema.EventSanction, "quellan-data-office", "harrow-bank", false},
		// so is ending a contract or a licence: against the party the object phrase or "with" names
		{"terminated its contract with", "The Norland Ministry of Defence has since terminated its contract with Nimbus Systems.",
			schema.EventSanction, "norland-ministry-of-defence", "nimbus-systems", true},
		{"suspended an owner's contract", "The Norland Ministry of Defence suspended Nimbus Systems' maintenance contract in May.",
			schema.EventSanction, "norland-ministry-of-defence", "nimbus-systems", true},
		{"revoked a named licence", "The Norland Ministry of Defence revoked the Nimbus Systems licence in May.",
			schema.EventSanction, "norland-ministry-of-defence", "nimbus-systems", true},
		{"terminated no contract", "The Norland Ministry of Defence terminated the session with Nimbus Systems in May.",
			schema.EventSanction, "", "nimbus-systems", false},

		// an investigation is a legal event only against someone
		{"said they were investigating", "Officials at the Norland Ministry of Defence said they were investigating.",
			schema.EventLegal, "", "", false},
		{"hired a firm to investigate", "Harrow Bank said it had hired the incident response firm Caldera Quill to investigate.",
			schema.EventLegal, "", "", false},
		{"an investigation into someone", "Prosecutors in Norland opened an investigation into Jo Vance in May.",
			schema.EventLegal, "", "jo-vance", true},

		// warnings in two sentences stay two
		{"warnings in two sentences: the first", "Harrow Bank notified Nimbus Systems on Monday. Harrow Bank informed the Norland Ministry of Defence on Tuesday.",
			schema.EventWarning, "harrow-bank", "nimbus-systems", true},
		{"warnings in two sentences: the second", "Harrow Bank notified Nimbus Systems on Monday. Harrow Bank informed the Norland Ministry of Defence on Tuesday.",
			schema.EventWarning, "harrow-bank", "norland-ministry-of-defence", true},

		// an incident told without its doer is the deed of the article's one threat group, and of
		// no one when there are two groups or the only group is one that warns
		{"an incident without a doer: one group", "Ash Spider has been active since 2019. Harrow Bank said its network was breached in May.",
			schema.EventIntrusion, "ash-spider", "harrow-bank", true},
		{"an incident without a doer: two groups", "Ash Spider and Grey Typhoon have been active since 2019. Harrow Bank said its network was breached in May.",
			schema.EventIntrusion, "ash-spider", "harrow-bank", false},
		{"an incident without a doer: a group that warns", "The Norland Incident Response Team warned banks on Monday. Harrow Bank said its network was breached in May.",
			schema.EventIntrusion, "norland-incident-response-team", "harrow-bank", false},

		// a described victim followed by its name in apposition is the named one
		{"an appositive names the victim of a theft", "Ash Spider stole data from the Norland energy regulator, Ergon Authority, in May.",
			schema.EventTheft, "ash-spider", "ergon-authority", true},
		{"an appositive names the victim of an intrusion", "Ash Spider hacked the Norland energy regulator, Ergon Authority, in May.",
			schema.EventIntrusion, "ash-spider", "ergon-authority", true},

		// "X's embassy in Y" is X's body, not the country it is in
		{"an embassy speaks for its possessor", "Norland's embassy in Chile dismissed the report on Monday.",
			schema.EventDenial, "norlands-embassy-in-chile", "", true},
		{"an embassy does not speak for its place", "Norland's embassy in Chile dismissed the report on Monday.",
			schema.EventDenial, "chile", "", false},

		// calling the accusations baseless is a denial, while a plain statement stays a statement
		{"accusations called absurd", "A spokesman for Harrow Bank said the accusations were \"absurd\".",
			schema.EventDenial, "harrow-bank", "", true},
		{"a plain statement is no denial", "Harrow Bank said the report was published on Monday.",
			schema.EventDenial, "harrow-bank", "", false},
		{"a plain statement stays a statement", "Harrow Bank said the report was published on Monday.",
			schema.EventStatement, "harrow-bank", "", true},

		// tracing an incident to someone accuses them (and the speaker's statement in the same
		// sentence is that accusation), while tracing payments accuses no one
		{"tracing attacks accuses", "Harrow Bank said it had traced the attacks to servers used by Ash Spider.",
			schema.EventAccusation, "harrow-bank", "ash-spider", true},
		{"a statement of tracing is the accusation", "Harrow Bank said it had traced the attacks to servers used by Ash Spider.",
			schema.EventStatement, "harrow-bank", "", false},
		{"traced to a country by someone", "The attack on Harrow Bank was later traced to Norland by Nimbus Systems.",
			schema.EventAccusation, "nimbus-systems", "norland", true},
		{"tracing payments accuses no one", "Researchers at Harrow Bank traced the payments to wallets run by Ash Spider.",
			schema.EventAccusation, "", "", false},

		// pleading guilty is a legal event of the one who pleads, and pleading for help is not
		{"pleaded guilty", "Jo Vance pleaded guilty in January to charges of fraud.",
			schema.EventLegal, "jo-vance", "", true},
		{"pleaded for more time", "Jo Vance pleaded with Harrow Bank for more time.",
			schema.EventLegal, "", "", false},

		// the place of an earlier arrest is not who a passive verb acts on
		{"the place of an arrest is not extradited", "A Norland national was arrested in Chile last Tuesday and will be extradited to Norland.",
			schema.EventLegal, "", "chile", false},
		{"the one arrested in a place", "Jo Vance was arrested in Chile last Tuesday.",
			schema.EventLegal, "", "jo-vance", true},

		// "X's attorney said" is no statement by the person X, while "X's spokesman said" is X's,
		// for a person or an organisation
		{"a person's attorney", "Jo Vance was sentenced on Monday. Vance's attorney said he would appeal.",
			schema.EventStatement, "jo-vance", "", false},
		{"a body named inside the speaker's title", "The Treasury on Wednesday imposed sanctions on Harrow Bank. \"Harrow Bank presents itself as a lender, but its real product is stolen data,\" said Deputy Treasury Secretary Lena Okafor in a statement.",
			schema.EventStatement, "lena-okafor", "", true},
		{"not the name inside the quote", "The Treasury on Wednesday imposed sanctions on Harrow Bank. \"Harrow Bank presents itself as a lender, but its real product is stolen data,\" said Deputy Treasury Secretary Lena Okafor in a statement.",
			schema.EventStatement, "harrow-bank", "", false},
		{"an organisation's spokesman", "Harrow Bank's spokesman said the bank would appeal.",
			schema.EventStatement, "harrow-bank", "", true},
		{"a person's spokesman speaks for her", "Interior Minister Lena Okafor visited Harlow on Monday. Okafor's spokesman said the minister stood by her decision.",
			schema.EventStatement, "lena-okafor", "", true},
		{"a person's attorney does not", "Interior Minister Lena Okafor visited Harlow on Monday. Okafor's attorney said the minister stood by her decision.",
			schema.EventStatement, "lena-okafor", "", false},

		// a country's airstrikes are its attack, on the country whose facilities the demonym names,
		// and a victim named only by a demonym adjective is found
		{"airstrikes on a demonym's facilities", "Officials in Iran met on Monday. The bulletin followed the U.S. airstrikes on three Iranian nuclear facilities.",
			schema.EventAttack, "united-states", "iran", true},
		{"attacks on a demonym's mills", "Officials in Iran met on Monday. Ash Spider's attacks on Iranian steel mills continued.",
			schema.EventAttack, "ash-spider", "iran", true},
		{"the name before hack is no agent", "Officials in Iran met on Monday. The Sony hack was discussed.",
			schema.EventIntrusion, "sony", "", false},

		// breaking a story is a report by the outlet, and breaking into a network is still an
		// intrusion
		{"broke the story", "According to the Daily Ledger, which first broke the story on Tuesday, Ash Spider stole payroll files.",
			schema.EventReport, "daily-ledger", "", true},
		{"broke into a network", "Ash Spider broke into the network of Harrow Bank on Tuesday.",
			schema.EventIntrusion, "ash-spider", "", true},
		{"broke into a network is no report", "Ash Spider broke into the network of Harrow Bank on Tuesday.",
			schema.EventReport, "", "", false},

		// what a news outlet confirms or says is its report
		{"an outlet confirms: a report", "Reuters also confirmed that Ash Spider was behind the hack of Harrow Bank.",
			schema.EventReport, "reuters", "", true},
		{"an outlet confirms: no statement", "Reuters also confirmed that Ash Spider was behind the hack of Harrow Bank.",
			schema.EventStatement, "reuters", "", false},

		// a warning, an accusation or a sanction from no one named is no event, while one with its
		// sender stays
		{"an accusation from no one", "Jo Vance is accused of selling the files of Harrow Bank.",
			schema.EventAccusation, "", "", false},
		{"a sanction from no one", "Harrow Bank said the intruders were expelled in August.",
			schema.EventSanction, "", "", false},
		{"a warning from no one", "The alert to Harrow Bank came too late.",
			schema.EventWarning, "", "", false},
		{"an accusation with its sender", "Harrow Bank accused Jo Vance of selling its files. Nimbus Systems warned Harrow Bank on Monday.",
			schema.EventAccusation, "harrow-bank", "jo-vance", true},
		{"a warning with its sender", "Harrow Bank accused Jo Vance of selling its files. Nimbus Systems warned Harrow Bank on Monday.",
			schema.EventWarning, "nimbus-systems", "harrow-bank", true},

		// saying who was behind an incident accuses them
		{"said who was behind", "Files were stolen from Harrow Bank in May. Bank director Jo Vance said Ash Spider was behind the theft.",
			schema.EventAccusation, "jo-vance", "ash-spider", true},
		{"said who was active", "Jo Vance said Ash Spider was active in May.",
			schema.EventAccusation, "", "", false},

		// an incident named in what an advisory urges is no deed, while the advisory's own deeds
		// stay
		{"an incident an advisory urges checks for", "Ash Spider hit Harrow Bank in May. The Norland Cyber Office urged other banks to check their networks for signs of intrusion.",
			schema.EventIntrusion, "", "", false},
		{"the deed before the advisory", "Ash Spider hit Harrow Bank in May. The Norland Cyber Office urged other banks to check their networks for signs of intrusion.",
			schema.EventAttack, "ash-spider", "harrow-bank", true},

		// what a mandative "that" clause of advice says should be done (a fix, a notice) is not done
		{"recommend that: keep updated", "Nimbus Systems said it had been hacked. Experts recommend that journalists keep their phones updated and treat unexpected invitations with caution.",
			schema.EventOther, "", "", false},
		{"urge that: patch", "Security analysts at Harrow Labs urge that parliaments patch their webmail gateways within days.",
			schema.EventOther, "", "", false},
		{"said that is no advice", "Nimbus Systems said that it had patched its webmail gateways within days.",
			schema.EventOther, "nimbus-systems", "", true},
		{"recommend that: notify", "Analysts at Harrow Labs recommend that banks notify the Norland Data Office within a day.",
			schema.EventWarning, "", "", false},
		{"urge that: alert", "Experts urge that hospitals alert their patients before the files are sold.",
			schema.EventWarning, "", "", false},
		{"said that is no advice: notified", "Harrow Bank said that it had notified the Norland Data Office within a day.",
			schema.EventWarning, "harrow-bank", "norland-data-office", true},
		{"a past verb ends the advice", "Experts recommend that banks act fast, and Nimbus Systems patched its servers on Monday.",
			schema.EventOther, "nimbus-systems", "", true},

		// a regulator fining a firm is a sanction, and "fine" as an adjective is not
		{"a regulator fined a firm", "The Norland Data Office fined Harrow Bank 2 million euros on Monday.",
			schema.EventSanction, "norland-data-office", "", true},
		{"fine as an adjective", "Harrow Bank said its systems were fine on Monday.",
			schema.EventSanction, "", "", false},

		// described attackers right before a verb are its subject, not a name further back
		{"described attackers before the verb", "The regulator fined Harrow Bank on Monday, months after hackers stole the records of its customers.",
			schema.EventTheft, "harrow-bank", "", false},
		// the teller after "by" of a passive "told about" tells of the deed, it does not do it
		{"told about a deed by: no doer", "Velmora Water was told about the breach by Kestrel Labs in March.",
			schema.EventIntrusion, "kestrel-labs", "", false},
		// a time phrase between a deed noun and its "against" keeps the one it is against
		{"a lawsuit on a day against", "Former tenants filed a lawsuit on Tuesday against Velmora Housing over the leak.",
			schema.EventLegal, "", "velmora-housing", true},
		{"a campaign in a month targeting", "Ash Spider ran a phishing campaign in March 2023 targeting Harrow Bank.",
			schema.EventAttack, "ash-spider", "harrow-bank", true},
		// a report's participle after a plural noun, then "by": the documents' author
		{"documents published by", "Harrow Bank was fined in May, according to findings published by the Norland Data Office.",
			schema.EventReport, "norland-data-office", "", true},
		{"flaws disclosed by", "Of the nine flaws disclosed by Kestrel Labs, two let attackers take over a router.",
			schema.EventReport, "kestrel-labs", "", true},
		// a clause a conjunction opens has its own unnamed subject, no name of the main clause
		{"when fraudsters: own subject", "Tarn Valley Credit Union lost $800,000 in March when fraudsters tricked tellers into releasing funds.",
			schema.EventAttack, "tarn-valley-credit-union", "", false},
		{"while security staff: own subject", "Pembry Water shut its billing portal while security staff investigated the intrusion.",
			schema.EventLegal, "pembry-water", "", false},
		{"after a preposition: the main verb's subject", "A study published by Lorn Analytics after months of work accused Ash Spider of hacking the port.",
			schema.EventAccusation, "lorn-analytics", "", true},
		{"after the description: a name before", "Users of Halden Dating were spammed after the site leaked their addresses.",
			schema.EventLeak, "halden-dating", "", true},

		// urging unnamed parties to act is a warning by the one who urges
		{"urged unnamed parties to act", "The Norland Cyber Office urged other suppliers to check their networks.",
			schema.EventWarning, "norland-cyber-office", "", true},
		{"urged caution", "The Norland Cyber Office urged caution on Monday.",
			schema.EventWarning, "", "", false},

		// a participle used as an adjective after another verb's perfect is no event, while a
		// perfect of its own is
		{"had used a stolen password", "Harrow Bank said an intruder had used a stolen employee password to enter its network.",
			schema.EventTheft, "", "", false},
		{"had stolen a password", "Harrow Bank said Ash Spider had stolen an employee password.",
			schema.EventTheft, "ash-spider", "", true},

		// a victim named after "including" is the target of the incident
		// a participle joined by "and" to a participial adjunct has the main clause's subject
		// for its doer, not the main verb's object
		{"a joined participle's doer is the subject", "Ash Spider hit Harrow Bank in May, stealing payroll files and demanding a ransom of $2 million.",
			schema.EventAttack, "ash-spider", "harrow-bank", true},
		{"a joined participle's doer is not the object", "Ash Spider hit Harrow Bank in May, stealing payroll files and demanding a ransom of $2 million.",
			schema.EventAttack, "harrow-bank", "", false},
		{"a joined participle after a long object", "On May 4, the extortion crew Grey Finch added Harrow Bank to its leak site, posting screenshots of payroll forms and demanding $4 million.",
			schema.EventAttack, "harrow-bank", "", false},
		// a verb opening a relative clause on a described phrase no one was found for has that
		// phrase for its subject, not a name further back; a described phrase set beside a name or
		// predicated of it is that name
		{"a relative clause on described people", "Lawmakers summoned the head of the Norland Intelligence Bureau after a lab found spyware on the phones of at least nine journalists who had reported on a bribery scandal.",
			schema.EventReport, "norland-intelligence-bureau", "", false},
		{"a relative clause on an apposition", "Quarry Owl hacked Corvin Bank in May. Ash Spider, a gang that breached Harrow Bank in 2023, denied the claims.",
			schema.EventIntrusion, "ash-spider", "harrow-bank", true},
		{"a relative clause on a predicate", "Quarry Owl hacked Corvin Bank in May. Ash Spider is a gang that breached Harrow Bank in 2023.",
			schema.EventIntrusion, "ash-spider", "harrow-bank", true},
		// a deed named as a kind ("all forms of …") is none
		{"a kind of deed opposed", "The Norland embassy rejected the report and said Norland \"firmly opposes all forms of hacking.\"",
			schema.EventIntrusion, "norland", "", false},
		{"a kind of deed taught", "Staff should learn the common types of attacks that Ash Spider uses.",
			schema.EventAttack, "ash-spider", "", false},
		// deeds counted as a trend ("a rise in …") are none, while a deed told beside a trend is
		{"a rise in deeds warned of", "On Monday, the Norland Cyber Centre warned water companies about a rise in attacks on their networks.",
			schema.EventAttack, "", "", false},
		{"a surge in deeds reported", "Tallis Labs said on Friday it had seen a sharp increase in intrusions at regional banks.",
			schema.EventIntrusion, "", "", false},
		{"a deed beside a trend", "Grey Finch attacked Harrow Bank in May, causing a rise in complaints.",
			schema.EventAttack, "grey-finch", "harrow-bank", true},
		// a deed in a conditional clause is none, past do-support and a verb taking the infinitive
		{"a deed on a condition", "If Norland does decide to hack back, the agency will need new powers.",
			schema.EventIntrusion, "norland", "", false},
		{"a deed on a condition with a target", "Officials said that if Ash Spider tries to attack Harrow Bank again, the bank will be ready.",
			schema.EventAttack, "ash-spider", "", false},
		// data told as exposed without a doer is no deed of the article's one group, while data
		// leaked is
		{"data exposed by a fault", "Ash Spider broke into Harrow Bank in May. A misconfigured backup server exposed the payroll files of 2,000 staff.",
			schema.EventLeak, "ash-spider", "", false},
		{"data exposed in the passive", "Ash Spider broke into Harrow Bank in May. The payroll files of 2,000 staff had been exposed for weeks.",
			schema.EventLeak, "ash-spider", "", false},
		{"data leaked in the passive", "Ash Spider broke into Harrow Bank in May. The payroll files of 2,000 staff were leaked on a forum.",
			schema.EventLeak, "ash-spider", "", true},
		{"a victim after including", "Ash Spider hit at least four shipping firms since January, including Alton Freight.",
			schema.EventAttack, "ash-spider", "alton-freight", true},
		{"a victim of extortion after including", "Ash Spider extorted money from victims, including the city of Harlow Bay.",
			schema.EventAttack, "ash-spider", "harlow-bay", true},

		// what someone denies doing is not their deed, while their denial stays
		{"a denied deed", "Nimbus Systems has never helped any government with its cyberespionage efforts.",
			schema.EventEspionage, "nimbus-systems", "", false},
		{"the denial of a deed", "Nimbus Systems has never helped any government with its cyberespionage efforts.",
			schema.EventDenial, "nimbus-systems", "", true},

		// a capitalised word opening a quotation is no agent that keeps the speaker's talk of "this
		// hack" as an event
		{"a weak agent opening a quotation", "“Creating addresses as long as those used in this hack is infeasible,” Nimbus Labs said in a post.",
			schema.EventIntrusion, "", "", false},
	})
}

// TestEventCounts checks how many events of a type one participant has in a role, and that each
// of them also has another participant where one is given:
//   - two agentless mentions of one legal step against one person, dated a year and a month of
//     that year, are one event, and steps in different years stay two;
//   - the warnings one sender gives in one sentence are one event with all those warned;
//   - an incident the article's one group is given joins the group's same incident told before:
//     "the attack on X" is the group's attack on X;
//   - a deed told with its victim and no doer joins a deed of its type on that victim by a named
//     doer at a compatible time, within mergeReach sentences;
//   - a person's statements, once with the organisation they speak for and once alone ("he said"
//     after a quote), are one statement;
//   - a plain "the attack" or "the breach" with a doer and no victim is the deed that doer was
//     told to have done before, when every such deed names one victim; "the theft" is no
//     intrusion, and "the first attack" or a doer of two victims keeps it apart.
func TestEventCounts(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		actor      string
		role       schema.Role
		each       string // "" = none; else a participant every counted event has
		eachRole   schema.Role
		want       int
	}{
		{"one arrest told twice", "Jo Vance was arrested in Norland earlier this year. Police said Jo Vance was arrested in February.",
			schema.EventLegal, "jo-vance", schema.RoleTarget, "", "", 1},
		{"arrests in different years", "Jo Vance was arrested in Norland earlier this year. Police said Jo Vance was also arrested in 2019.",
			schema.EventLegal, "jo-vance", schema.RoleTarget, "", "", 2},
		{"warnings in one sentence", "Harrow Bank notified its customers and informed the Norland Ministry of Defence on Monday.",
			schema.EventWarning, "harrow-bank", schema.RoleAgent, "norland-ministry-of-defence", schema.RoleTarget, 1},
		{"warnings in clauses of their own", "Harrow Bank alerted the Norland Ministry of Defence on March 3, and briefed the Pellan Cyber Agency in early April.",
			schema.EventWarning, "harrow-bank", schema.RoleAgent, "", "", 2},
		{"the attack on X refolds into the group's", "Ash Spider attacked Harrow Bank on Monday. The attack on Harrow Bank was the third this year.",
			schema.EventAttack, "harrow-bank", schema.RoleTarget, "ash-spider", schema.RoleAgent, 1},
		{"a deed without its doer joins its doer's", "Harrow Bank's servers were encrypted on March 3. Ash Spider demanded a ransom of $4 million from Harrow Bank. A hacking group called Quarry Owl hit Corvin Bank in 2023.",
			schema.EventAttack, "harrow-bank", schema.RoleTarget, "ash-spider", schema.RoleAgent, 1},
		{"a deed without its doer far from its doer's", "Harrow Bank's servers were encrypted on March 3. Staff sent customers home. Branches closed at noon. Tellers wrote receipts by hand. Cash machines went dark. Payroll was delayed. Auditors arrived on Friday. Regulators asked for a report. Customers queued outside. Ash Spider demanded a ransom of $4 million from Harrow Bank. A hacking group called Quarry Owl hit Corvin Bank in 2023.",
			schema.EventAttack, "harrow-bank", schema.RoleTarget, "", "", 2},
		{"the attack without a victim is the theft told before", "Ash Spider stole payroll files from Harrow Bank in May. A bank spokesman, Tom Rell, said the bank was moving its servers when the attack took place.",
			schema.EventAttack, "ash-spider", schema.RoleAgent, "", "", 0},
		{"the theft keeps its victim", "Ash Spider stole payroll files from Harrow Bank in May. A bank spokesman, Tom Rell, said the bank was moving its servers when the attack took place.",
			schema.EventTheft, "ash-spider", schema.RoleAgent, "harrow-bank", schema.RoleTarget, 1},
		{"the breach without a victim is the theft told before", "Ash Spider stole payroll files from Harrow Bank in May. A bank spokesman, Tom Rell, said the bank was moving its servers when the breach was found.",
			schema.EventIntrusion, "ash-spider", schema.RoleAgent, "", "", 0},
		{"the theft is no intrusion", "Ash Spider hacked Harrow Bank in May. A bank spokesman, Tom Rell, said the bank was moving its servers when the theft took place.",
			schema.EventTheft, "ash-spider", schema.RoleAgent, "", "", 1},
		{"the attack of a doer of two victims", "Ash Spider stole payroll files from Harrow Bank in May. Ash Spider hacked Corvin Bank in June. A bank spokesman, Tom Rell, said the bank was moving its servers when the attack took place.",
			schema.EventAttack, "ash-spider", schema.RoleAgent, "", "", 1},
		{"the first attack", "Ash Spider stole payroll files from Harrow Bank in May. A bank spokesman, Tom Rell, said the bank was moving its servers when the first attack took place.",
			schema.EventAttack, "ash-spider", schema.RoleAgent, "", "", 1},
		{"a speaker with and without the organisation", "Harrow Bank chief executive Jo Vance told reporters the bank would appeal. \"We have invested in security,\" Vance said.",
			schema.EventStatement, "jo-vance", schema.RoleAgent, "", "", 1},
		// a speaker telling of its own legal act, measure or step tells that act: no statement besides
		{"a body saying what it did", "The Norland Data Office confirmed on Monday that it had fined Harrow Bank.",
			schema.EventStatement, "norland-data-office", schema.RoleAgent, "", "", 0},
		{"the act it told", "The Norland Data Office confirmed on Monday that it had fined Harrow Bank.",
			schema.EventSanction, "norland-data-office", schema.RoleAgent, "harrow-bank", schema.RoleTarget, 1},
		{"a body saying what another did", "The Norland Data Office said on Monday that Ash Spider had hacked Harrow Bank.",
			schema.EventStatement, "norland-data-office", schema.RoleAgent, "", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			n := 0
			for _, e := range g.Events {
				if e.Type != tt.typ || !hasParticipant(e, tt.actor, tt.role) {
					continue
				}
				n++
				if tt.each != "" {
					assert.True(t, hasParticipant(e, tt.each, tt.eachRole), "want %s %s in every one: %s", tt.eachRole, tt.each, eventsString(g))
				}
			}
			assert.Equal(t, tt.want, n, "got %d %s events with %s %s, want %d: %s", n, tt.typ, tt.role, tt.actor, tt.want, eventsString(g))
		})
	}
}

// TestDescribedSubject checks that the group a PP-modified "group … tracks as X" names is a
// group. (That described attackers right before a verb are its subject is a row of
// TestEventRules.)
func TestDescribedSubject(t *testing.T) {
	g := extractText(t, "2024-06-10", "Nimbus Labs said the group behind the intrusion, which it tracks as Pale Quill, stole the files.")
	a := actorByName(g, "Pale Quill")
	if assert.NotNil(t, a, eventsString(g)) {
		assert.Equal(t, schema.KindGroup, a.Kind)
	}
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

// TestFurtherDeed checks that a deed added with "also" ("X also carried out a bombing on May
// 2"), or a dated run of deeds a bare plural names ("had claimed attacks on banks in March"),
// is not merged with an undated deed of the same doer told before: it is another one.
func TestFurtherDeed(t *testing.T) {
	cases := []struct {
		name, body string
		sents      int // sentences the dated deed may rest on
	}{
		{"also after an undated attack", "Gunmen opened fire on a bus depot in Tarnow on Friday, killing six people, officials said. " +
			"A second attacker detonated a grenade near the depot's gate as police arrived, Interior Minister Jana Holm told reporters. " +
			"The Red Vale Front claimed responsibility for the attack in a statement posted online on Saturday. " +
			"The Red Vale Front also carried out a bombing outside a barracks in Olsk on May 2 that killed a guard.", 1},
		{"also after an undated intrusion", "The Grey Finch group broke into computers at a port, the port authority said. " +
			"Grey Finch also hacked a water utility in March.", 1},
		{"dated bare plural after an undated attack", "The Kalvo gang said on Monday that it had carried out the attack. " +
			"The gang had claimed attacks on Dorvalian banks in March.", 1},
		{"dated bare plural with adjectives", "The Kalvo gang said it carried out the attack. " +
			"Kalvo had launched large denial-of-service attacks on Orsk banks in March.", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := extractText(t, "2026-05-09", tc.body)
			for _, e := range g.Events {
				if e.Time.Value == "2026-05-02" || e.Time.Value == "2026-03" {
					assert.Len(t, e.Evidence, tc.sents, eventsString(g))
				}
			}
		})
	}
}

// TestCoordinatedVerbSubject checks that a verb coordinated with an earlier one by "and" shares
// its subject: a name in the first verb's object ("of spying for Veland", "Veland's
// ambassador") does not become the doer of the second.
func TestCoordinatedVerbSubject(t *testing.T) {
	cases := []struct {
		name, body string
		typ        schema.EventType
	}{
		{"sentenced after convicted", "A court in Tarsa on Monday convicted a former pilot of spying for Veland and sentenced him to six years in prison.", schema.EventLegal},
		{"expelled after summoned", "The foreign ministry of Orsk summoned Veland's ambassador on Monday and expelled three diplomats.", schema.EventSanction},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := extractText(t, "2026-06-10", tc.body)
			assert.Nil(t, findEvent(g, tc.typ, "veland", ""), eventsString(g))
		})
	}
}

// TestHandedSecret checks that passing, handing or giving a secret thing (or a pronoun for one
// named before in the sentence) to someone is a leak by the giver, received by a named
// recipient, and that other things passed on are none.
func TestHandedSecret(t *testing.T) {
	tests := []struct {
		name, body, agent, target string
		want                      bool
	}{
		{"handed them", "Jo Vance copied secret files from Harrow Bank in May and handed them to Mara Lind, a reporter.",
			"jo-vance", "mara-lind", true},
		{"passed classified documents", "Jo Vance passed classified documents about Norland radar sites to a journalist in 2024.",
			"jo-vance", "", true},
		{"handed over", "Jo Vance handed over confidential records of Harrow Bank to Ash Spider.",
			"jo-vance", "ash-spider", true},
		{"passed a bill", "The Norland parliament passed the data bill to the senate in May.",
			"", "", false},
		{"passed details of a wallet", "The Norland police passed details of a payment wallet to Ostrevan officers in May.",
			"", "", false},
		{"handed them without secrets", "Jo Vance bought two phones in May and handed them to Mara Lind.",
			"", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tc.body)
			if !tc.want {
				assert.Nil(t, findEvent(g, schema.EventLeak, "", ""), eventsString(g))
				return
			}
			assert.NotNil(t, findEvent(g, schema.EventLeak, tc.agent, tc.target), eventsString(g))
		})
	}
}

// doerCase is one body whose event of type typ has agent as its doer and not wrong.
type doerCase struct {
	name, body, agent, wrong string
	typ                      schema.EventType
}

// checkDoerCases extracts each case's body, published on the given day, as a subtest and checks
// that its event has the right doer and no event of that type the wrong one.
func checkDoerCases(t *testing.T, published string, cases []doerCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := extractText(t, published, tc.body)
			assert.NotNil(t, findEvent(g, tc.typ, tc.agent, ""), eventsString(g))
			assert.Nil(t, findEvent(g, tc.typ, tc.wrong, ""), eventsString(g))
		})
	}
}

// TestSeriesSubject checks that every verb of a series of predicates ("X breached Y, encrypted
// its servers and demanded a ransom") has the first verb's subject, not a name in an earlier
// member's object, also when a middle member is a past tense the tagger misread ("…, claimed
// to have taken data and demanded …") or the series has four members or an Oxford comma; and
// that advice closing a series after a reported state ("said X was responsible for the theft,
// listed 12 wallets, and urged exchanges") is the reporter's, while acts after a reported
// state ("said X was active in May, breached Y and leaked …") stay the reported one's.
func TestSeriesSubject(t *testing.T) {
	checkDoerCases(t, "2026-06-10", []doerCase{
		{"three members", "On Monday, Grey Finch breached Harrow Bank, encrypted its servers and demanded a ransom of $2 million.",
			"grey-finch", "harrow-bank", schema.EventAttack},
		{"misread middle member", "On Monday, a gang calling itself Grey Finch listed Harrow Bank on its leak site, claimed to have taken 80 gigabytes of data and demanded a ransom of $2 million.",
			"grey-finch", "harrow-bank", schema.EventAttack},
		{"four members", "On Monday, Grey Finch breached Harrow Bank, encrypted its servers, stole payroll records and leaked them.",
			"grey-finch", "harrow-bank", schema.EventLeak},
		{"advice after a reported state", "On Friday, the Orvale Cyber Agency said the Velanese crew Grey Finch was responsible for the theft, listed 12 wallets, and urged exchanges to block them.",
			"orvale-cyber-agency", "grey-finch", schema.EventWarning},
		{"acts after a reported state", "On Friday, the Orvale Cyber Agency said Grey Finch was active in May, breached Harrow Bank and leaked its records.",
			"grey-finch", "orvale-cyber-agency", schema.EventLeak},
	})
}

// TestAdjunctAfterList checks that a participial adjunct after a list of named objects
// ("had breached X, Y and Z, stealing …") is done by the main verb's subject, not by the
// names of the list.
func TestAdjunctAfterList(t *testing.T) {
	checkDoerCases(t, "2026-06-10", []doerCase{
		{"three names", "The agency said a group called Slate Finch had breached the Ministry of Trade, the Ministry of Ports and the Tarn Water Board, stealing internal correspondence.",
			"slate-finch", "ministry-of-trade", schema.EventTheft},
		{"two names after determiners", "Investigators said Slate Finch had broken into Harlow Bank and Kessan Mutual, stealing customer records.",
			"slate-finch", "kessan-mutual", schema.EventTheft},
	})
}

// TestGerundAfterPreposition checks that an -ing adjunct opened by a preposition of time
// ("after detecting", "before stealing", "since expelling") is done by the main clause's
// subject, not by the main verb's object, also when the main verb is one of telling.
func TestGerundAfterPreposition(t *testing.T) {
	checkDoerCases(t, "2026-06-10", []doerCase{
		{"after detecting, past a telling's object", "The Varsk Security Service warned the Harlow Ministry in August after detecting a breach of its mail servers.",
			"varsk-security-service", "harlow-ministry", schema.EventReport},
		{"before stealing, past a deed's object", "Slate Finch broke into Kessan Mutual in May before stealing records from Harlow Bank.",
			"slate-finch", "kessan-mutual", schema.EventTheft},
	})
}

// TestRelativeClauseSubject checks that a non-restrictive "which" clause between a name and
// its verb is stepped over like an apposition ("X, which researchers link to Y, had broken
// into …": X broke in, not Y).
func TestRelativeClauseSubject(t *testing.T) {
	checkDoerCases(t, "2026-06-10", []doerCase{
		{"which clause before an auxiliary", "Investigators said Slate Owl, which researchers link to Karvia's military intelligence service, had broken into Harlow Bank in May.",
			"slate-owl", "karvia", schema.EventIntrusion},
		{"which clause before a past tense", "Slate Owl, which analysts tie to the Karvian Signals Directorate, breached Harlow Bank in May, the agency said.",
			"slate-owl", "karvian-signals-directorate", schema.EventIntrusion},
	})
}

// TestDenialVoiced checks that a denial followed, in the next sentence, by a statement of the
// denier itself, of its state's body or of a person speaking for either is one denial told
// twice (the statement's day dates it), while a statement by anyone else stays a statement.
func TestDenialVoiced(t *testing.T) {
	cases := []struct {
		name, body, agent string
		statement         bool   // the statement stays an event of its own
		date              string // the denial's date
	}{
		{"the denier itself", "Brightwater Labs rejected that account. \"We have never sold our tools to any government,\" the company said in a statement on Thursday.",
			"brightwater-labs", false, "2025-09-18"},
		{"a spokesman of the state's ministry", "Karsovia rejected the accusation. \"Norland is blaming its neighbours for its own failures,\" Tomas Brel, a spokesman for Karsovia's foreign ministry, said on Thursday.",
			"karsovia", false, "2025-09-18"},
		{"a spokesperson for no one named", "Belarus rejected the findings. \"These are baseless allegations,\" Tomas Brel, a spokesperson for the embassy in Rusk, said on Thursday.",
			"belarus", false, "2025-09-18"},
		{"a titled spokesman told a briefing", "Belarus on Thursday denied any role in the attack. \"These are baseless allegations,\" foreign ministry spokesman Tomas Brel told a press briefing.",
			"belarus", false, "2025-09-18"},
		{"a spokesman for someone else", "Belarus rejected the findings. \"The evidence is clear,\" Tomas Brel, a spokesman for Nimbus Systems, said on Thursday.",
			"belarus", true, ""},
		{"someone else", "Ostrovia dismissed the charges. \"The evidence is clear,\" Lena Okafor, an analyst at Nimbus Systems, said on Thursday.",
			"", true, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := extractText(t, "2025-09-19", tc.body)
			stmt := false
			for _, e := range g.Events {
				stmt = stmt || e.Type == schema.EventStatement
			}
			assert.Equal(t, tc.statement, stmt, eventsString(g))
			if tc.agent != "" {
				e := findEvent(g, schema.EventDenial, tc.agent, "")
				if assert.NotNil(t, e, eventsString(g)) {
					assert.Equal(t, tc.date, e.Time.Value, eventsString(g))
				}
			}
		})
	}
}

// TestPartitiveSpeaker checks that "one of them said" names no speaker: one unnamed member of
// what the pronoun stands for speaks, so the statement takes no agent from the pronoun, while
// the pronoun alone ("they said") still speaks for its antecedent.
func TestPartitiveSpeaker(t *testing.T) {
	cases := []struct {
		name, body, agent string
		want              bool
	}{
		{"one of them", "The Norland Cyber Office alerted Brightwater Labs in April, according to two officials. One of them said it took the company three weeks to act.",
			"brightwater-labs", false},
		{"one of them, parenthetical", "The Norland Cyber Office worked alongside Brightwater Labs. That warning, one of them said, was why the breach was found in weeks.",
			"brightwater-labs", false},
		{"the pronoun alone", "The Norland Cyber Office worked alongside Brightwater Labs in April. It said the breach was found in weeks.",
			"brightwater-labs", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := extractText(t, "2025-09-19", tc.body)
			assert.Equal(t, tc.want, findEvent(g, schema.EventStatement, tc.agent, "") != nil, eventsString(g))
		})
	}
}

// TestSameDayAccusations checks that one accuser's accusations dated the same day, at most two
// sentences apart, are one act, while accusations on different days stay two.
func TestSameDayAccusations(t *testing.T) {
	cases := []struct {
		name, body string
		want       int
	}{
		{"one day", "The Norland Cyber Office on Tuesday attributed the theft from Harrow Bank to Karsovia. It blamed the Karsovian group Grey Heron for the theft on Tuesday.",
			1},
		{"two days", "The Norland Cyber Office on Tuesday attributed the theft from Harrow Bank to Karsovia. It blamed the Karsovian group Grey Heron for the theft on Friday.",
			2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := extractText(t, "2025-03-15", tc.body)
			assert.Equal(t, tc.want, countEventsWith(g, schema.EventAccusation, "norland-cyber-office", schema.RoleAgent), eventsString(g))
			assert.NotNil(t, findEvent(g, schema.EventAccusation, "norland-cyber-office", "grey-heron"), eventsString(g))
		})
	}
}

// TestPartylessEvents checks that an event with no agent and no target is dropped when the
// article tells an event of its type with someone taking part, and kept when it tells none;
// and that a deed with no one taking part, named by a noun or undated, is dropped when the
// article tells a deed of any type with someone, while a dated verb stays.
func TestPartylessEvents(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		want       int // events of typ with neither agent nor target
	}{
		{"another statement names its teller",
			"Harrow Bank said on Monday that Ash Spider had stolen payroll files from its servers. Gardaí said yesterday that the payroll files were safe.",
			schema.EventStatement, 0},
		{"the only statement",
			"Gardaí said yesterday that the payroll files were safe.",
			schema.EventStatement, 1},
		{"a deed noun beside another deed with parties",
			"The Norland Cyber Office said on Monday that Karsovia had broken into the servers of Harrow Bank in May. For lenders, the greater risk is the exposure of customer files.",
			schema.EventLeak, 0},
		{"a deed noun alone",
			"For lenders, the greater risk is the exposure of customer files.",
			schema.EventLeak, 1},
		{"an undated deed verb beside another deed with parties",
			"The Norland Cyber Office said on Monday that Karsovia had broken into the servers of Harrow Bank in May. Customer files had been stolen.",
			schema.EventTheft, 0},
		{"a dated deed verb beside another deed with parties",
			"The Norland Cyber Office said on Monday that Karsovia had broken into the servers of Harrow Bank in May. Since early 2024, investigators said, customer files had been stolen.",
			schema.EventTheft, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			n := 0
			for _, e := range g.Events {
				if e.Type == tt.typ && !hasParty(e.Participants) {
					n++
				}
			}
			assert.Equal(t, tt.want, n, eventsString(g))
		})
	}
}

// TestClaimedOnPlatform checks that the platform a claim was posted on ("claimed the attack on
// Telegram") is no target of the deed claimed, while a platform's own servers, or a platform
// attacked with no claim, still are.
func TestClaimedOnPlatform(t *testing.T) {
	cases := []struct {
		name, body, target string
		want               bool
	}{
		{"claimed the attack on Telegram", "Hackers broke into Ostmark Water on Monday. A group calling itself Cyber Wolves claimed the attack on Telegram.", "telegram", false},
		{"claimed responsibility on Facebook", "Hackers broke into Ostmark Water on Monday. Cyber Wolves claimed responsibility for the attack on Facebook.", "meta", false},
		{"a platform's servers", "Cyber Wolves claimed the attack on Telegram's servers.", "telegram", true},
		{"no claim", "A group of hackers launched an attack on Telegram on Monday.", "telegram", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := extractText(t, "2026-07-09", tc.body)
			ev := findEvent(g, schema.EventAttack, "", tc.target)
			assert.Equal(t, tc.want, ev != nil, eventsString(g))
		})
	}
}

// TestShotDownInterception checks that shooting down drones, missiles or rockets is an
// interception and no attack, while shooting down an aircraft stays one (shotDownWeapon).
func TestShotDownInterception(t *testing.T) {
	checkEventRules(t, "2025-09-18", []eventCase{
		{"air defences shot down drones", "Kestria's defence ministry said its air defences had shot down 41 drones overnight.",
			schema.EventAttack, "kestria", "", false},
		{"missiles were shot down", "Kestria said on Tuesday that two Morvanian missiles were shot down over Velna.",
			schema.EventAttack, "", "", false},
		{"an aircraft shot down is an attack", "Rebels shot down a Kestrian army helicopter on Tuesday.",
			schema.EventAttack, "rebels", "", true},
	})
}

// TestToldByPersonNotEmployer checks that a person named with the body they work for who tells
// a named hearer ("X, head of security at Y, told the Senate") is the one who told: the
// employer is no second teller of the same words.
func TestToldByPersonNotEmployer(t *testing.T) {
	checkTold(t, "2025-07-22", []toldCase{
		{name: "appositive employer, told a chamber", body: "Jo Maren, head of security at Corvane Labs, told the Senate on Monday that the logs were intact.",
			want: []string{"jo-maren → senate"}, not: []string{"corvane-labs → senate"}},
		{name: "role before the name, told a chamber", body: "Corvane Labs chief executive Jo Maren told the National Assembly on Monday that no data was taken.",
			want: []string{"jo-maren → national-assembly"}, not: []string{"corvane-labs → national-assembly"}},
	})
}

// TestPersonUrgesPeopleAtLarge checks that a person's call on people named by no name to act
// ("She urged banks to …") makes no warning, while an agency's advice to them and a person's
// call on a body named ("urged the Vesk Data Authority to …") stay warnings.
func TestPersonUrgesPeopleAtLarge(t *testing.T) {
	checkEventRules(t, "2025-05-14", []eventCase{
		{"a person urges people at large", "Mira Holt, a fraud researcher, said the scheme was growing. She urged banks to move customers to app tokens.",
			schema.EventWarning, "mira-holt", "", false},
		{"a person advises people at large", "Tomas Reyd said the gang was still active. He advised hospitals to check their backups every week.",
			schema.EventWarning, "tomas-reyd", "", false},
		{"an agency urges people at large", "The Vesk Cyber Centre urged banks to move customers to app tokens.",
			schema.EventWarning, "vesk-cyber-centre", "", true},
		{"a person urges a body named", "Mira Holt urged the Vesk Data Authority to fine the bank.",
			schema.EventWarning, "mira-holt", "vesk-data-authority", true},
	})
}

// TestDutyToTell checks that an infinitive a noun of duty governs ("the agency's responsibility
// to inform the minister", "the duty to notify customers") is no telling, while a warning of
// such a duty stays a warning.
func TestDutyToTell(t *testing.T) {
	checkEventRules(t, "2025-05-14", []eventCase{
		{"responsibility to inform", "It was the Vesk Data Authority's responsibility, Mira Holt said, to inform the Harbour Ministry.",
			schema.EventWarning, "", "harbour-ministry", false},
		{"a duty to notify", "Mira Holt said Corvane Labs had a duty to notify the Vesk Data Authority.",
			schema.EventWarning, "corvane-labs", "vesk-data-authority", false},
		{"a warning of a duty is a warning", "Corvane Labs warned the Vesk Data Authority on Monday of its duty to notify customers.",
			schema.EventWarning, "corvane-labs", "vesk-data-authority", true},
	})
}

// TestKeptInformedPassive checks that "kept informed" in the passive, quotation marks allowed
// around it, makes its subject the one told, never the teller.
func TestKeptInformedPassive(t *testing.T) {
	checkEventRules(t, "2024-06-06", []eventCase{
		{"quoted passive: the subject is no teller", "Naomi Brereton told reporters that she had been \"kept informed at every step\".",
			schema.EventWarning, "naomi-brereton", "", false},
		{"passive with its teller", "Mira Holt said she was kept informed by the Vesk Cyber Agency.",
			schema.EventWarning, "vesk-cyber-agency", "mira-holt", true},
		{"active: the keeper tells", "The Vesk Cyber Agency kept the Harbour Ministry informed.",
			schema.EventWarning, "vesk-cyber-agency", "harbour-ministry", true},
	})
}

// TestLureSentNoTelling checks that messages sent as a lure ("sent spear-phishing emails to
// officials at X") tell X nothing, while a message sent to X stays a telling.
func TestLureSentNoTelling(t *testing.T) {
	checkEventRules(t, "2025-05-14", []eventCase{
		{"phishing emails sent", "The advisory said Grey Heron had sent spear-phishing emails to officials at the Harbour Ministry late last year.",
			schema.EventWarning, "grey-heron", "harbour-ministry", false},
		{"fake letters sent", "Grey Heron had sent fake invoices and booby-trapped letters to the Harbour Ministry.",
			schema.EventWarning, "grey-heron", "harbour-ministry", false},
		{"emails with findings sent", "Corvane Labs sent emails to the Harbour Ministry in May.",
			schema.EventWarning, "corvane-labs", "harbour-ministry", true},
	})
}
