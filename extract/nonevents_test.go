package extract

import (
	"strings"
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestTriggerSenses checks, one body at a time, whether a word makes an event of a type at all (any
// participants): hedging and generic "say", tolls that are no claims, refusals to comment, "not the
// first time" or "not the first attack", reporting to prison, deeds under a modal or "is expected
// to", monitoring of a matter, what is exposed (not who is open to harm: "especially exposed",
// "exposed to fraud"), a deed word before "team", a practice named by a bare gerund subject, what a
// group publishes, what is recommended, participles before an adjective and a noun, practices in
// the negated present (and their objects), deeds that "never" happened, negated deeds on "any"
// thing ("has not encrypted any servers"), series summed up by
// "repeatedly" or held "for years", deeds feared, investigations of a deed, accusations that
// restate a charge, deeds that befell nothing, deeds (a ransom paid among them) a "whether" clause
// asks about (legal steps and notices too), warnings, legal steps and sanctions told as not taken
// or as to come, deeds denied (also in a "that" clause: "rejected any suggestion that X was
// breached"), kinds of telling ("such accusations"), deeds under inquiry, stolen goods ("the stolen
// coins"), other deeds before ("an earlier breach"), and access gained (an intrusion, no theft); a
// bare passive a guess governs with no doer ("who may be targeted"), and the means of a deed told
// before ("by compromising its servers"), what someone is asked or invited to do ("invited X to
// testify", "urged the ministry to publish a full report and to notify …"), and findings in the
// passive by no one named ("since the leak was discovered"); reading others' messages is spying;
// leaks threatened; a legal step under "if" or "unless" is a condition ("faces up to 20 years if
// convicted"); a verb after a sentence-opening plural subject is a past tense ("Federal prosecutors
// charged X"); a statement no one named makes ("two witnesses testified before X") is none; nor is
// one that only tells that work on the matter goes on ("said it was cooperating fully with X"); a
// deed a frequency adverb makes a rule ("routinely targets", "are increasingly targeted") is none;
// nor is a warning with no one told, no hearer word and no time ("to act on its warnings",
// "cautioned that").
func TestTriggerSenses(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		want       bool
	}{
		// the bare "say" of what people generally hold, and "what X says" hedging a noun, are no
		// statements; "said" and "says" by a named speaker are
		{"generic say", "Researchers at Nimbus Systems say small towns remain easy prey for Ash Spider.",
			schema.EventStatement, false},
		// a participle describing an unnamed source is no telling; a finite "briefed" is
		{"people briefed on the matter", "The intruders had been inside the Velmora Water network since May, two people briefed on the matter said.",
			schema.EventWarning, false},
		{"according to a person briefed on", "Kestrel Labs removed the malware in May, according to a person briefed on the investigation.",
			schema.EventWarning, false},
		{"officials briefed lawmakers", "Officials at the Norland Cyber Office briefed Senator Ada Brill on the intrusion in May.",
			schema.EventWarning, true},
		{"they say", "Harrow Bank and Nimbus Systems met on Monday. The plan needs a vote, they say.",
			schema.EventStatement, false},
		{"declined to say", "Harrow Bank declined to say how much money was lost.",
			schema.EventStatement, false},
		{"what it says", "Ash Spider has begun posting what it says are payroll files of Harrow Bank.",
			schema.EventStatement, false},
		{"said", "Harrow Bank said the payroll files were safe.",
			schema.EventStatement, true},
		{"says", "Harrow Bank says the payroll files were safe.",
			schema.EventStatement, true},

		// a deed a frequency adverb makes a rule, in the present or the present passive, is
		// none; the past, or the adverb with no present, tells one
		{"routinely, habitual", "Grey Heron routinely targets Brightwater Labs.",
			schema.EventAttack, false},
		{"often after the verb", "Grey Heron infiltrates Brightwater Labs often.",
			schema.EventIntrusion, false},
		{"frequently, in a reported clause", "Analysts say state hackers frequently leak stolen emails from the Velm Ministry of Finance.",
			schema.EventLeak, false},
		{"present passive, increasingly", "Water utilities are increasingly targeted by Grey Heron, Ada Brill said.",
			schema.EventAttack, false},
		{"past passive with an adverb", "Brightwater Labs was often targeted by Grey Heron last year.",
			schema.EventAttack, true},
		{"plain past", "Grey Heron targeted Brightwater Labs in May.",
			schema.EventAttack, true},

		// a statement whose reported clause only tells that the work on the matter goes on
		// (cooperating, working with the authorities, an inquiry under way) tells nothing;
		// one that tells anything else is a statement, and a quote before its speaker is left
		{"said it was cooperating", "Harrow Bank said on Monday that it was cooperating fully with the Norland Cyber Office.",
			schema.EventStatement, false},
		{"said enquiries were ongoing", "The Velm County Police said enquiries were ongoing.",
			schema.EventStatement, false},
		{"told reporters the review was still under way", "Ada Brill told reporters the review was still under way.",
			schema.EventStatement, false},
		{"working closely with", "Torvane Rail said it was working closely with the Norland Cyber Office and its own advisers.",
			schema.EventStatement, false},
		{"working with, to do something", "Torvane Rail said it was working with the Norland Cyber Office to recover the payroll files.",
			schema.EventStatement, true},
		{"the attacks were continuing", "Torvane Rail said the attacks on its booking site were continuing.",
			schema.EventStatement, true},
		{"an idle clause and one with content", "Harrow Bank said it was cooperating with the police and had shut down the payroll system.",
			schema.EventStatement, true},
		{"a quote before its speaker", "\"We have cooperated with the police from day one,\" said Ada Brill, the bank's chief executive.",
			schema.EventStatement, true},

		// a warning noun, a verb going straight on to "that", an infinitive or a gerund, with no
		// one told and no time, is a warning mentioned or a caveat, none given; advice to the
		// public, a warning to someone and a dated one are warnings
		{"act on its warnings", "Lawmakers asked whether the Norland Cyber Office could force Harrow Bank to act on its warnings.",
			schema.EventWarning, false},
		{"cautioned that", "Kestrel Labs cautioned that the shared code came from a public library.",
			schema.EventWarning, false},
		{"put her warning in writing", "Ida Morrow, asked why she had not put her warning in writing, said she had trusted the phone.",
			schema.EventWarning, false},
		{"took to inform those affected", "Harrow Bank has faced criticism for how long it took to inform those affected.",
			schema.EventWarning, false},
		{"accused of briefing", "Ada Brill accused the Velm Ministry of Finance of briefing only a handful of lawmakers.",
			schema.EventWarning, false},
		{"began notifying customers", "Harrow Bank began notifying customers after the breach.",
			schema.EventWarning, true},
		{"urged banks to check", "Kestrel Labs urged banks to check their payment servers for the Ash Spider backdoor.",
			schema.EventWarning, true},
		{"warned a bank", "The Norland Cyber Office warned Harrow Bank that its servers had been breached.",
			schema.EventWarning, true},
		{"warned on a day", "On Tuesday, the Norland Cyber Office warned that Ash Spider was targeting banks.",
			schema.EventWarning, true},

		// "hit" a level (a record, a high, a low) is no blow; "hit" a thing is
		{"hit a record low", "Shares in Torvane Rail hit a record low after the outage.",
			schema.EventAttack, false},
		{"hit a two-month high", "Gas prices hit a two-month high on Friday, Corvel Energy said.",
			schema.EventAttack, false},
		{"hit record levels", "Complaints to the Norland regulator hit record levels in May.",
			schema.EventAttack, false},
		{"hit a depot", "Rebels of the Tarsa Front hit a fuel depot near Ovrin on Friday.",
			schema.EventAttack, true},

		// what something is open to is a weakness, no deed; data exposed to a harm is none laid open
		{"exposed to attack", "Harrow Bank said its payment servers were exposed to attack for months.",
			schema.EventAttack, false},
		{"open to intrusion", "The audit left the Korsby water board open to intrusion.",
			schema.EventIntrusion, false},
		{"vulnerable to hacking", "Harrow Bank said its payment servers were vulnerable to hacking.",
			schema.EventIntrusion, false},
		{"exposed to a modified harm", "Harrow Bank customers were exposed to identity fraud schemes.",
			schema.EventLeak, false},
		{"an attack told", "Ash Spider attacked the Korsby water board in May.",
			schema.EventAttack, true},

		// a statement is a speaker's: one by no one the article names is no event
		{"unnamed witnesses testified", "Two witnesses testified before the Senate Finance Committee on Monday.",
			schema.EventStatement, false},
		{"named witness testified", "Lena Vosk testified before the Senate Finance Committee on Monday.",
			schema.EventStatement, true},

		// claiming victims or lives is a toll; claiming responsibility is a statement
		{"claimed victims", "Ash Spider has claimed more than 80 victims since 2022.",
			schema.EventStatement, false},
		{"claimed lives", "The blast claimed 12 lives in Norland.",
			schema.EventStatement, false},
		{"claimed at least n victims", "Ash Spider has claimed at least 45 victims in Norland.",
			schema.EventStatement, false},
		{"claimed at the time", "Ash Spider claimed at the time that it had taken the outage offline.",
			schema.EventStatement, true},
		{"claimed responsibility", "Ash Spider claimed responsibility for the outage at Harrow Bank.",
			schema.EventStatement, true},

		// what someone declined to do they did not do
		{"declined to comment", "Harrow Bank declined to comment.",
			schema.EventStatement, false},
		{"commented", "Harrow Bank commented on the outage on Monday.",
			schema.EventStatement, true},
		// a deed noun naming a kind of exposure or path, not a deed ("attack surface", "attack vector")
		{"attack surface", "Harrow Bank said on Monday it had cut its attack surface by half.",
			schema.EventAttack, false},
		{"attack vectors", "Nimbus Systems listed the attack vectors it watches most closely.",
			schema.EventAttack, false},
		{"an attack", "Harrow Bank said on Monday that Ash Spider attacked its servers.",
			schema.EventAttack, true},
		// a gathering, contest or rehearsal named by a deed word is no deed
		{"hacking conference", "Nimbus Systems will present its findings at the Dunmore hacking conference in May.",
			schema.EventIntrusion, false},
		{"hacking contest", "Two students from Harrow won a hacking contest run by Nimbus Systems in May.",
			schema.EventIntrusion, false},
		{"attack drill", "Harrow Bank staged a ransomware attack drill with Nimbus Systems in May.",
			schema.EventAttack, false},
		{"phishing simulations", "Nimbus Systems runs phishing simulations for Harrow Bank every month.",
			schema.EventAttack, false},
		{"hacking told", "Ash Spider was hacking into Harrow Bank servers in May, Nimbus Systems said.",
			schema.EventIntrusion, true},
		// an obligation broken is no system entered
		{"breach of contract", "Harrow Bank sued Nimbus Systems in May for breach of contract.",
			schema.EventIntrusion, false},
		{"breached its duty", "The court found that Nimbus Systems breached its duty of care to Harrow Bank in May.",
			schema.EventIntrusion, false},
		{"breach of the agreement", "Harrow Bank said the delay was a breach of the service agreement with Nimbus Systems.",
			schema.EventIntrusion, false},
		{"breach of contract dispute", "The breach of contract dispute between Harrow Bank and Nimbus Systems goes to court in May.",
			schema.EventIntrusion, false},
		{"breach of contract files", "Ash Spider claimed a breach of contract files held by Harrow Bank in May.",
			schema.EventIntrusion, true},
		{"breached the law", "Nimbus Systems could be fined if it is found to have breached the law.",
			schema.EventIntrusion, false},
		{"breach of data protection rules", "The regulator said the loss of the laptop was a breach of data protection rules by Harrow Bank.",
			schema.EventIntrusion, false},
		{"breached a court order", "Harrow Bank said Nimbus Systems had breached a court order in May.",
			schema.EventIntrusion, false},
		{"breached its obligations", "Nimbus Systems breached its obligations to Harrow Bank in May, the court found.",
			schema.EventIntrusion, false},
		{"breach of the law firm", "Ash Spider claimed a breach of the law firm Harrow Partners in May.",
			schema.EventIntrusion, true},
		{"breached the trust", "Ash Spider breached the trust in May, Harrow Health Trust said.",
			schema.EventIntrusion, true},
		{"breached the network", "Ash Spider breached the network of Harrow Bank in May.",
			schema.EventIntrusion, true},

		// "not the first time" tells of earlier deeds in general
		{"not the first time", "Harrow Bank was hacked in May. It is not the first time Ash Spider has hit Harrow Bank.",
			schema.EventAttack, false},
		{"a deed", "Harrow Bank was hacked in May. Ash Spider hit Harrow Bank again in June.",
			schema.EventAttack, true},
		{"not the first attack", "The outage is not the first ransomware attack on Harrow Bank.",
			schema.EventAttack, false},
		{"the first attack", "The outage followed the first ransomware attack on Harrow Bank by Ash Spider in May.",
			schema.EventAttack, true},

		// reporting to prison, court or work is presenting oneself there, not a report
		{"report to prison", "Jo Vance was ordered to report to prison in March.",
			schema.EventReport, false},
		{"reported that", "Nimbus Systems reported in March that Ash Spider had hit Harrow Bank.",
			schema.EventReport, true},
		{"which reports to a superior body", "The Harrow Cyber Office, which reports to the Norland Treasury, said Ash Spider had hit Harrow Bank.",
			schema.EventWarning, false},
		{"who reports directly to", "Jo Vance, who reports directly to the Norland Treasury, said Ash Spider had hit Harrow Bank.",
			schema.EventWarning, false},
		{"reported it to", "Harrow Bank reported the outage to the Norland Treasury in May.",
			schema.EventWarning, true},

		// a deed a modal of duty, condition or future governs has not happened; a guess ("may
		// have been") and another verb's modal leave it told; a bare passive under a guess with no
		// doer ("who may be targeted") is what may befall someone, no deed
		{"should hack", "The question is when Norland should hack into the servers of Ash Spider.",
			schema.EventIntrusion, false},
		{"would plead", "Jo Vance would plead not guilty, his lawyer said.",
			schema.EventLegal, false},
		{"will hit", "Ash Spider will hit Harrow Bank again, Nimbus Systems warned.",
			schema.EventAttack, false},
		{"expected to publish", "Nimbus Systems is expected to publish its findings on Ash Spider before June.",
			schema.EventReport, false},
		{"was due to leak", "Ash Spider was due to leak the payroll files of Harrow Bank on Friday.",
			schema.EventLeak, false},
		{"expected that", "Nimbus Systems expected that Ash Spider would strike, and published its findings on Friday.",
			schema.EventReport, true},
		{"may have been accessed", "Customer records of Harrow Bank may have been accessed by Ash Spider.",
			schema.EventIntrusion, true},
		{"may be targeted", "Nimbus Systems told clerks at Harrow Bank, who may be targeted next, to check every invoice.",
			schema.EventAttack, false},
		{"could be targeted by a thing", "Nimbus Systems warned Harrow Bank on Monday that its clerks could easily be targeted by fake invoices.",
			schema.EventAttack, false},
		{"may be targeted by a doer", "Harrow Bank may be targeted by Ash Spider, Nimbus Systems warned.",
			schema.EventAttack, true},
		{"another verb's modal", "If you can recall, Norland banned Nimbus Systems in May.",
			schema.EventSanction, true},

		// "by" + -ing after a deed tells how that deed was done, no second deed; after another
		// verb it is the deed
		{"means of a deed", "Ash Spider drained $9 million from Harrow Bank by compromising its payment servers.",
			schema.EventIntrusion, false},
		{"means of no deed", "Norland answered on Monday by hacking the servers of Ash Spider.",
			schema.EventIntrusion, true},
		{"the means told alone", "Ash Spider compromised the payment servers of Harrow Bank in May.",
			schema.EventIntrusion, true},
		{"hacked", "Ash Spider hacked into the servers of Harrow Bank.",
			schema.EventIntrusion, true},

		// a leak threatened is none; a threatened attack is kept (with its modality), as CASIE counts it
		{"threatened to leak", "Ash Spider threatened to leak the payroll files of Harrow Bank unless it paid.",
			schema.EventLeak, false},
		{"leaked", "Ash Spider leaked the payroll files of Harrow Bank on Friday.",
			schema.EventLeak, true},
		{"threatened to attack", "Ash Spider threatened to attack Harrow Bank again.",
			schema.EventAttack, true},

		// reading others' messages is spying; reading a report is not
		{"read the emails of", "Prosecutors say Ash Spider read the emails of 40 officials at Harrow Bank.",
			schema.EventEspionage, true},
		{"read its messages", "Ash Spider read Harrow Bank's internal messages for months.",
			schema.EventEspionage, true},
		{"read a report", "Jo Vance read the report of Harrow Bank on Monday.",
			schema.EventEspionage, false},

		// a passive finding by no one named reports nothing; a finder named reports
		{"was discovered", "Harrow Bank has rebuilt its servers since the breach was discovered.",
			schema.EventReport, false},
		{"before being detected", "Ash Spider spent months inside Harrow Bank before being detected.",
			schema.EventReport, false},
		{"was discovered by", "The breach at Harrow Bank was discovered by Nimbus Systems in May.",
			schema.EventReport, true},
		{"discovered", "Nimbus Systems discovered the breach at Harrow Bank in May.",
			schema.EventReport, true},

		// the bare verb of what someone is asked, urged or invited to do is not done; patches,
		// and reports that name no reporter, which advisories count, are left
		{"invited to testify", "The committee of the Norland parliament has invited Jo Vance to testify in June.",
			schema.EventStatement, false},
		{"asked to sue", "Nimbus Systems asked Harrow Bank to sue Ash Spider.",
			schema.EventLegal, false},
		{"asked for help to", "Harrow Bank was asked for help to sue Ash Spider.",
			schema.EventLegal, true},
		{"urged a named ministry to publish", "Jo Vance urged the Norland Ministry of Health to publish its findings.",
			schema.EventReport, false},
		{"urged to publish a report", "Harrow Bank was hacked in May. Jo Vance urged the bank to publish a full incident report.",
			schema.EventReport, false},
		{"published a report", "Harrow Bank was hacked in May. The bank published a full incident report in June.",
			schema.EventReport, true},
		{"testified", "Jo Vance testified before the committee of the Norland parliament in June.",
			schema.EventStatement, true},
		// a report made public, negated, makes nothing known
		{"did not disclose", "Ash Spider demanded a payment it did not disclose.",
			schema.EventReport, false},
		{"has not revealed", "Harrow Bank has not revealed how much money it lost.",
			schema.EventReport, false},
		{"disclosed", "Harrow Bank disclosed the breach on Monday.",
			schema.EventReport, true},
		{"asked to report", "The Norland Election Office wrote to all parties on Monday, asking them to report fake accounts to the office.",
			schema.EventReport, false},
		{"asked not to report", "Nimbus Systems asked Harrow Bank not to report the flaw.",
			schema.EventReport, false},

		// exposing is a leak when what is exposed is data or its owners', or in the passive
		{"exposed a question", "Nimbus Systems said the outage at Harrow Bank exposed a broader question about oversight.",
			schema.EventLeak, false},
		{"exposed customer data", "Ash Spider exposed the customer data of Harrow Bank on Monday.",
			schema.EventLeak, true},
		{"exposing patients' names", "Ash Spider broke into Harrow Bank in May, exposing 20,000 patients' names.",
			schema.EventLeak, true},
		// "exposed" said of who is open to harm: a degree word before it, a harm after "to"
		{"especially exposed", "Banks like Harrow Bank, which pay thousands of suppliers, are especially exposed when staff are stretched.",
			schema.EventLeak, false},
		{"exposed to identity fraud", "Thousands of Harrow Bank customers had been exposed to identity fraud for months.",
			schema.EventLeak, false},
		{"records were exposed", "Records of 40,000 Harrow Bank customers were exposed in the breach.",
			schema.EventLeak, true},
		{"exposed to the public", "The files of Harrow Bank customers were exposed to the public for two years.",
			schema.EventLeak, true},

		// a bare plural deed noun that a frequency adverb makes a rule tells no deed
		{"indictments rarely lead", "Indictments of Valmoran intelligence officers rarely lead to trials.",
			schema.EventLegal, false},
		{"say indictments rarely", "Former prosecutors say indictments of Valmoran hackers rarely lead to arrests.",
			schema.EventLegal, false},
		{"the indictment of two officers", "The indictment of two Valmoran officers was unsealed in Norland on Monday.",
			schema.EventLegal, true},

		// seizing on an argument confiscates nothing
		{"seized on the testimony", "Opposition lawmakers in Norland seized on the testimony of Harrow Bank's chief executive.",
			schema.EventLegal, false},
		{"seized the servers", "Norland police seized the servers of Ash Spider on Monday.",
			schema.EventLegal, true},

		// a saying inside a relative clause describes a noun; it tells no statement
		{"firms it said had supplied", "Norland sanctioned two Valmoran firms it said had supplied servers to Ash Spider.",
			schema.EventStatement, false},
		{"servers they said were", "Norland blocked four servers they said were used by Ash Spider.",
			schema.EventStatement, false},
		{"a dismissal she says was", "The analyst was fired in May, a dismissal she says was punishment for her warnings.",
			schema.EventStatement, false},
		{"said the firms had supplied", "The Norland foreign ministry said the two firms had supplied servers to Ash Spider.",
			schema.EventStatement, true},
		{"said on Monday", "Harrow Bank said on Monday that its systems were working again.",
			schema.EventStatement, true},
		{"police said compromised", "Norland police said compromised accounts were used in the fraud.",
			schema.EventStatement, true},

		// monitoring a matter, or watching out for something, spies on no one
		{"monitoring the situation", "Harrow Bank said it was \"closely monitoring\" the case and would update its customers.",
			schema.EventEspionage, false},
		{"monitor developments", "The Norland Cyber Agency said it continues to monitor developments.",
			schema.EventEspionage, false},
		{"monitor for", "Harrow Bank told its staff to monitor for unusual traffic.",
			schema.EventEspionage, false},
		{"monitored the emails", "Ash Spider monitored the emails of Harrow Bank executives for months.",
			schema.EventEspionage, true},
		// the head of the object decides: a measure watched is no one spied on
		{"monitoring a position", "The Norland central bank said it was monitoring the lender's liquidity position closely.",
			schema.EventEspionage, false},
		{"a sensor monitors pressure", "Ash Spider reached a controller at Harrow Water that monitors pressure in the city's mains.",
			schema.EventEspionage, false},
		{"monitored the phones", "Ash Spider monitored the mobile phones of two Harrow Bank directors.",
			schema.EventEspionage, true},
		// what a defender keeps watch over is no one spied on either
		{"a firm monitors a network", "Quellan Secure, the contractor that monitored the clinic's network, flagged a login on May 2.",
			schema.EventEspionage, false},
		{"monitored attacks", "Researchers at Tallis Security monitored the attacks on Harrow Bank for a month.",
			schema.EventEspionage, false},
		{"monitor your accounts", "Harrow Bank told customers to monitor their bank accounts for unfamiliar payments.",
			schema.EventEspionage, false},
		{"monitored the messages", "Ash Spider monitored the messages of Harrow Bank traders for weeks.",
			schema.EventEspionage, true},
		// a report had, seen or asked for is no report issued by its author; one issued is
		{"received the company's report", "The Norland Cyber Office said it had received Harrow Bank's report and was examining it.",
			schema.EventReport, false},
		{"seeking an incident report", "The regulator wrote to Harrow Bank on Monday seeking a detailed incident report within a week.",
			schema.EventReport, false},
		{"wants to see the report", "The opposition wants to see the committee's report before it votes.",
			schema.EventReport, false},
		{"said in a report", "Tallis Security said in a report on Monday that Ash Spider had breached Harrow Bank.",
			schema.EventReport, true},

		// a relative clause's watcher keeps watch over its noun: no victim is spied on
		{"a server the bureau was monitoring", "Files from Harrow Bank turned up on a server the Norland Cyber Office was monitoring.",
			schema.EventEspionage, false},
		{"the campaigns it had been monitoring", "Tallis Security said the campaigns it had been monitoring began in March.",
			schema.EventEspionage, false},
		{"a server the bureau was monitoring as part of an inquiry", "Files from Harrow Bank turned up on a server the Norland Cyber Office was monitoring as part of another inquiry.",
			schema.EventEspionage, false},
		{"accounts it had monitored since March", "Tallis Security said the accounts it had been monitoring since March belonged to Ash Spider.",
			schema.EventEspionage, false},
		{"monitoring of dissidents", "Tallis Security said Ash Spider was behind the monitoring of dissidents in Berlin.",
			schema.EventEspionage, true},
		{"monitored dissidents in a city", "Valdorian intelligence monitored dissidents in Berlin for years, Tallis Security said.",
			schema.EventEspionage, true},
		{"whose phones were monitored", "Ash Spider reached a system at Harrow Telecom that showed whose phones were being monitored.",
			schema.EventEspionage, true},

		// a deed word before the name of a team or crew describes who they are
		{"hacking team", "Nimbus Systems linked the malware to a hacking team it tracks as Ash Spider.",
			schema.EventIntrusion, false},
		{"hacking servers", "Ash Spider began hacking the servers of Harrow Bank in May.",
			schema.EventIntrusion, true},

		// a bare -ing word as the subject of a present verb names the practice
		{"hacking back changes", "Studies of Ash Spider have found little evidence that hacking back changes the behaviour of state-backed groups.",
			schema.EventIntrusion, false},
		{"kept hacking", "Ash Spider kept hacking the servers of Harrow Bank in May.",
			schema.EventIntrusion, true},

		// what someone recommends doing is not done
		{"recommend publishing", "Nimbus Systems recommends publishing the customer data of Harrow Bank.",
			schema.EventLeak, false},
		{"published", "Ash Spider published the customer data of Harrow Bank.",
			schema.EventLeak, true},
		// what a hacking group puts out is leaked, even data the words do not call secret; a
		// firm publishing its data is no leak
		{"gang published the data", "A ransomware gang called Ash Spider hit Harrow Bank in May. Harrow Bank refused to pay, and the gang published the data a month later.",
			schema.EventLeak, true},
		{"firm published the data", "Nimbus Systems, a security firm, studied the outage at Harrow Bank and published the data a month later.",
			schema.EventLeak, false},

		// a participle before an adjective and a noun describes the noun; before a time it is a verb
		{"stolen patient files", "Quarry Owl posted samples of stolen patient files on its leak site.",
			schema.EventTheft, false},
		{"stolen last week", "Payroll files stolen last week from Harrow Bank by Ash Spider were posted online.",
			schema.EventTheft, true},

		// the negated simple present states a practice, not a deed
		{"does not prosecute", "The Norland Justice Ministry said it does not prosecute reporters.",
			schema.EventLegal, false},
		{"charged", "The Norland Justice Ministry charged Jo Vance on Monday.",
			schema.EventLegal, true},
		// and so does its object, or what follows a preposition after it
		{"does not conduct cyberattacks", "Karvia does not conduct cyberattacks against Harrow Bank, a spokesman said.",
			schema.EventAttack, false},
		{"does not engage in espionage", "Karvia does not engage in espionage against Harrow Bank.",
			schema.EventEspionage, false},
		{"for publishing", "The Norland Justice Ministry said it does not prosecute reporters for publishing secret files.",
			schema.EventLeak, false},
		{"conducted cyberattacks", "Karvia conducted cyberattacks against Harrow Bank in May.",
			schema.EventAttack, true},
		// an existential "there" with "no" says none took place
		{"there was no breach", "Harrow Bank said there was no breach of its payment systems.",
			schema.EventIntrusion, false},
		{"there has been no evidence of a breach", "Harrow Bank said there has been no evidence of a breach of its payment systems.",
			schema.EventIntrusion, false},
		{"no ... there: a breach told", "Harrow Bank said a breach of its payment systems had been found there, with no data taken.",
			schema.EventIntrusion, true},
		// so does "no" after a verb, and "(not) aware of"
		{"found no evidence of a breach", "Orbis Freight said it had found no evidence of a breach of its booking systems.",
			schema.EventIntrusion, false},
		{"unaware of any attack", "Orbis Freight said it was unaware of any attack on its booking systems.",
			schema.EventAttack, false},
		{"not aware of further attacks", "Orbis Freight said it was not aware of further attacks on its booking systems.",
			schema.EventAttack, false},
		{"found a breach", "Orbis Freight said it had found a breach of its booking systems.",
			schema.EventIntrusion, true},
		{"never attacks", "Ash Spider never attacks hospitals in Norland, Nimbus Systems said.",
			schema.EventAttack, false},
		{"never charged", "The Norland government never charged Jo Vance.",
			schema.EventLegal, false},
		{"did not attack", "Ash Spider did not attack Harrow Bank, Nimbus Systems said.",
			schema.EventAttack, true},
		// a negated deed whose object "any" opens, or "anything", befell nothing
		{"has not encrypted any", "Ash Spider has not encrypted any servers at Harrow Bank, Nimbus Systems said.",
			schema.EventAttack, false},
		{"not stealing anything", "Nimbus Systems said Ash Spider is not stealing anything from Harrow Bank.",
			schema.EventTheft, false},
		{"never leaked any", "Jo Vance said he had never leaked any Harrow Bank files to Karvia.",
			schema.EventLeak, false},
		{"encrypted the servers", "Ash Spider has encrypted the servers of Harrow Bank, Nimbus Systems said.",
			schema.EventAttack, true},

		// "repeatedly" sums up a series of warnings or attacks; a standing denial stays one
		{"repeatedly warned", "The Norland Cyber Agency has repeatedly warned Harrow Bank about Ash Spider.",
			schema.EventWarning, false},
		{"warned", "The Norland Cyber Agency warned Harrow Bank about Ash Spider on Monday.",
			schema.EventWarning, true},
		// so does a warning or accusation held "for years" in the perfect progressive; a deed stays
		{"been warning about for years", "Nimbus Systems said the danger Jo Vance has been warning about for years had arrived.",
			schema.EventWarning, false},
		{"been accusing for years", "Karvia has been accusing Norland for years of spying.",
			schema.EventAccusation, false},
		{"been attacking for months", "Ash Spider has been attacking Harrow Bank for months.",
			schema.EventAttack, true},
		{"repeatedly denied", "Karvia has repeatedly denied hacking Harrow Bank.",
			schema.EventDenial, true},

		// a deed in a that-clause after a word of fear or worry is feared, not done
		{"concerns that", "Norland officials have privately raised concerns that Ash Spider could hit the servers of Harrow Bank.",
			schema.EventAttack, false},
		{"said that", "Norland officials said that Ash Spider hit the servers of Harrow Bank.",
			schema.EventAttack, true},

		// investigating a deed names the investigator even when no suspect is named; an
		// investigation of no deed and no one is none
		{"investigating the intrusion", "Ash Spider hit Harrow Bank in May. The Norland Cyber Agency confirmed that it is investigating the intrusion.",
			schema.EventLegal, true},
		{"investigating the matter", "Harrow Bank lost money in May. The Norland Cyber Agency confirmed that it is investigating the matter.",
			schema.EventLegal, false},

		// "charged X with …, accusing him of …": the charge is the accusation, told once
		{"charged, accusing", "The Norland Prosecution Authority on Monday charged Jo Vance with espionage, accusing him of handing secrets to Karvia.",
			schema.EventAccusation, false},
		{"accused", "The Norland Prosecution Authority on Monday accused Jo Vance of handing secrets to Karvia.",
			schema.EventAccusation, true},
		// so is the charge hanging on an indictment's own phrase; a filing that accuses is a
		// legal act
		{"an indictment accusing", "Norland prosecutors on Monday unsealed an indictment accusing Jo Vance of handing secrets to Karvia.",
			schema.EventAccusation, false},
		{"a class action accusing", "On Monday, Ida Pell filed a proposed class action in the Norland High Court, accusing Harrow Bank of hiding the breach.",
			schema.EventAccusation, false},
		{"a class action accusing is legal", "On Monday, Ida Pell filed a proposed class action in the Norland High Court, accusing Harrow Bank of hiding the breach.",
			schema.EventLegal, true},
		{"the indictment accuses", "The indictment, unsealed on Monday in the Norland High Court, accuses Jo Vance of handing secrets to Karvia.",
			schema.EventAccusation, false},

		// a deed that befell "no" thing did not happen
		{"no data stolen", "Harrow Bank said no classified data had been stolen.",
			schema.EventTheft, false},
		{"data stolen", "Harrow Bank said classified data had been stolen.",
			schema.EventTheft, true},
		// also under a raising verb ("appeared to have been", "is believed to have been")
		{"no records appeared stolen", "A Korsby Clinic spokesman said no patient records appeared to have been stolen by Ash Spider.",
			schema.EventTheft, false},
		{"nothing believed stolen", "Nothing is believed to have been stolen from Harrow Bank by Ash Spider, the bank said.",
			schema.EventTheft, false},
		{"records appeared stolen", "A Korsby Clinic spokesman said patient records appeared to have been stolen by Ash Spider.",
			schema.EventTheft, true},

		// a seizure of power is a coup, no legal step; a seizure of goods is one
		{"seized power", "The Norland army, which seized power in 2022, has banned Harrow Bank from trading.",
			schema.EventLegal, false},
		{"seizure of power", "Colonel Jo Vance has ruled Norland since the seizure of power by the army in March.",
			schema.EventLegal, false},
		{"seized servers", "The Norland Police seized the servers of Ash Spider in March.",
			schema.EventLegal, true},

		// a deed a "whether" clause asks about is not told
		{"whether", "Harrow Bank declined to say whether Ash Spider had stolen the payroll files.",
			schema.EventTheft, false},
		{"whether and", "It is unclear whether Ash Spider broke into Harrow Bank and stole the payroll files.",
			schema.EventTheft, false},
		{"said stole", "Harrow Bank said Ash Spider had stolen the payroll files.",
			schema.EventTheft, true},
		// nor a ransom "whether" it was paid, as a deed
		{"whether paid", "Harlan Clinic declined to say whether it paid a ransom.",
			schema.EventAttack, false},
		{"paid", "Harlan Clinic paid a ransom of $40,000.",
			schema.EventAttack, true},
		// nor a legal step or a notice "whether" it was taken
		{"whether a case was opened", "Harrow Bank reported the theft to the Norland police, who declined to comment on whether they had opened a case.",
			schema.EventLegal, false},
		{"whether it notified", "Harrow Bank declined to say whether it had notified the Norland Data Office.",
			schema.EventWarning, false},
		{"opened a case", "The Norland police said they had opened a case against Jo Vance.",
			schema.EventLegal, true},

		// a warning, legal step or sanction told as not taken is no event
		{"did not notify", "Harrow Bank did not notify the Norland Data Office about the theft.",
			schema.EventWarning, false},
		{"notified", "Harrow Bank notified the Norland Data Office about the theft.",
			schema.EventWarning, true},
		{"decision not to inform", "Mira Toll resigned over the Harrow Bank decision not to inform the Norland Data Office.",
			schema.EventWarning, false},
		{"did not arrest", "Norland police did not arrest Jo Vance on Monday.",
			schema.EventLegal, false},
		{"arrested", "Norland police arrested Jo Vance on Monday.",
			schema.EventLegal, true},
		{"plan to charge", "Norland prosecutors plan to charge Jo Vance.",
			schema.EventLegal, false},
		{"charged", "Norland prosecutors charged Jo Vance on Monday.",
			schema.EventLegal, true},

		// what is denied doing is not told as done; the denial is
		{"denied carrying out", "Karvia has repeatedly denied carrying out cyberattacks on Harrow Bank.",
			schema.EventAttack, false},
		{"denies ever hacking", "Karvia denies ever hacking Harrow Bank.",
			schema.EventIntrusion, false},
		{"denied, a denial", "Karvia denied hacking Harrow Bank.",
			schema.EventDenial, true},
		{"carried out", "Karvia carried out cyberattacks on Harrow Bank in May.",
			schema.EventAttack, true},
		{"denied doing one deed or another", "Karvia has always denied carrying out sabotage or theft against Harrow Bank.",
			schema.EventTheft, false},
		{"never acknowledged doing", "Karvia has never acknowledged carrying out cyberattacks on Harrow Bank.",
			schema.EventAttack, false},
		{"never acknowledged: a denial", "Karvia has never acknowledged carrying out cyberattacks on Harrow Bank.",
			schema.EventDenial, true},
		{"never acknowledged: no statement", "Karvia has never acknowledged carrying out cyberattacks on Harrow Bank.",
			schema.EventStatement, false},
		{"admitted doing stays done", "Jo Vance admitted stealing files from Harrow Bank in May.",
			schema.EventTheft, true},
		{"a conjunct after a deed noun not denied", "Ash Spider carried out sabotage and theft against Harrow Bank in May.",
			schema.EventTheft, true},
		// nor is a deed in a "that" clause denied, unless it is a party's own claim
		{"denied that it was breached", "Nimbus Systems denied that its network was breached.",
			schema.EventIntrusion, false},
		{"rejected any suggestion that", "Nimbus Systems has rejected any suggestion that its own servers were hacked.",
			schema.EventIntrusion, false},
		{"dismissed reports that", "Karvia dismissed reports that its hackers had stolen files from Harrow Bank.",
			schema.EventTheft, false},
		// nor a deed a denied charge accuses someone of
		{"rejected accusations of", "Karvia has repeatedly rejected Western accusations of state-backed hacking against Harrow Bank.",
			schema.EventIntrusion, false},
		{"denied reports of a deed", "Harrow Bank denied reports of a breach at its Ostby branch.",
			schema.EventIntrusion, false},
		{"accusations of a deed not denied", "Harrow Bank repeated its accusations of hacking against Ash Spider on Monday.",
			schema.EventAccusation, true},
		{"disputed the group's claim that", "Harrow Bank disputed Ash Spider's claim that it had stolen 40,000 files from the bank.",
			schema.EventTheft, true},
		{"denied that, then said", "Harrow Bank denied that it had ignored the alert and said Ash Spider stole 40,000 files in May.",
			schema.EventTheft, true},
		// the tagger's noun reading of a gerund after "denied", a word in scare quotes, a claim
		// described by a participle phrase and the object of the denied clause's verb leave the
		// deed or step denied
		{"long denied conducting", "Karvia has long denied conducting cyberattacks or theft against Harrow Bank.",
			schema.EventAttack, false},
		{"long denied conducting, the conjunct", "Karvia has long denied conducting cyberattacks or theft against Harrow Bank.",
			schema.EventTheft, false},
		{"denied that its \"members\" were arrested", "On Monday, a post on a forum tied to Ash Spider denied that any of its \"members\" had been arrested by Norland police.",
			schema.EventLegal, false},
		{"denied a claim circulating that it paid", "A Harrow Bank spokesman denied a claim circulating on a hacking forum that the bank had paid the ransom.",
			schema.EventAttack, false},
		{"rejected a rumour spreading that", "Harrow Bank rejected a rumour spreading online that Ash Spider had stolen its customer files.",
			schema.EventTheft, false},
		{"a claim made by the group stays its own", "Harrow Bank rejected a claim made by Ash Spider on the forum that the gang had stolen its customer files.",
			schema.EventTheft, true},
		{"arrested, not denied", "On Monday, Norland police said two members of Ash Spider had been arrested.",
			schema.EventLegal, true},
		{"paid the ransom, not denied", "A Harrow Bank spokesman said the bank had paid the ransom.",
			schema.EventAttack, true},

		// what something may be, might have been or was not used for is no deed
		{"could have been used for blackmail", "Critics said the stolen letters could have been used for blackmail against Harrow Bank.",
			schema.EventAttack, false},
		{"were not used to attack", "The servers were not used to attack Harrow Bank.",
			schema.EventAttack, false},
		{"may be used to launder", "Analysts said the persona may be used to launder files stolen by Karvia.",
			schema.EventTheft, false},
		{"were used to attack", "The servers were used to attack Harrow Bank in May.",
			schema.EventAttack, true},

		// "such" before a word of telling names a kind of act, not one
		{"such accusations", "Karvia dismissed such accusations as a smear campaign by Norland.",
			schema.EventAccusation, false},
		{"similar indictments", "Karvia does not extradite its citizens, and similar indictments of Karvian officers have mostly served to restrict their travel.",
			schema.EventLegal, false},
		// "a similar" names one act like another told, not a kind
		{"a similar alert", "The Norland Cyber Centre issued a similar alert to Harrow Bank and Corvin Bank in September.",
			schema.EventWarning, true},
		{"a similar warning", "The head of the Norland Security Service, Ivo Marsh, made a similar warning in his annual threat assessment in February.",
			schema.EventWarning, true},
		{"similar accusations", "Karvia has rejected similar accusations by Norland in the past.",
			schema.EventAccusation, false},
		// a kind of deed in what may be done about it is no deed; a kind of deed someone does stays
		{"can blunt such attacks", "Analysts at Brackwater say banks can blunt such attacks with simple filters.",
			schema.EventAttack, false},
		{"launched such attacks", "Karvia launched such attacks on Harrow Bank in May.",
			schema.EventAttack, true},
		{"the indictment", "Prosecutors in Norland unsealed an indictment of two Karvian officers on Monday.",
			schema.EventLegal, true},
		{"the accusation", "Karvia dismissed the accusation by Norland on Monday.",
			schema.EventDenial, true},

		// the deed under inquiry is the one told before, not another
		{"investigating the intrusion, no second", "The Norland Cyber Agency confirmed that it is investigating the intrusion.",
			schema.EventIntrusion, false},
		{"inquiry into the theft", "The Norland Cyber Agency opened an inquiry into the theft on Monday.",
			schema.EventTheft, false},
		{"servers used in the theft", "Karvia paid for the servers used in the theft with stolen cards.",
			schema.EventTheft, false},
		{"malware deployed during the attack", "Analysts studied the malware deployed during the attack on Harrow Bank.",
			schema.EventAttack, false},
		{"servers used in a deed told with its own month", "The same servers were used in the mid-March theft of $5 million from Harrow Exchange, Vesper Labs said.",
			schema.EventTheft, true},
		{"inquiry into a deed told with its own month", "The Norland Cyber Agency opened an inquiry into the January theft at Harrow Exchange.",
			schema.EventTheft, true},
		{"the breach was examined", "The breach was examined by the Norland Cyber Agency in May.",
			schema.EventIntrusion, false},
		{"notified of the breach", "Harrow Bank notified the regulator of the breach on Wednesday.",
			schema.EventIntrusion, false},
		{"learned of the intrusion", "Lawmakers asked when the ministry learned of the intrusion.",
			schema.EventIntrusion, false},
		{"reported the intrusion", "Harrow Bank reported the intrusion at Corvin Bank on Monday.",
			schema.EventIntrusion, true},

		// a participle of theft the tagger read as a noun after an article names stolen goods
		{"the stolen coins", "Korvo Analytics traced the stolen coins through 800 wallets.",
			schema.EventTheft, false},
		{"stole the coins", "Korvo Analytics said Ash Spider stole the coins from Harrow Bank.",
			schema.EventTheft, true},

		// indefinite deeds set before the story's ("an earlier breach", "earlier attacks") are none it tells
		{"an earlier breach", "The case recalls an earlier breach that embarrassed the Norland navy.",
			schema.EventIntrusion, false},
		{"earlier attacks", "Investigators matched the malware to tools used in earlier attacks on Karvian banks.",
			schema.EventAttack, false},
		{"the earlier attack", "Ash Spider hit Harrow Bank in May. The earlier attack on Corvin Bank was also claimed by Ash Spider.",
			schema.EventAttack, true},

		// gaining access is an intrusion, not a theft; obtaining files is a theft
		{"obtained access", "Harrow Bank said Ash Spider had obtained access to its payroll servers.",
			schema.EventTheft, false},
		{"obtained access intrusion", "Harrow Bank said the Ash Spider group had obtained access to the servers of Corvin Bank.",
			schema.EventIntrusion, true},
		{"obtained files", "Harrow Bank said Ash Spider had obtained the payroll files.",
			schema.EventTheft, true},
		// an investigation or a case opened by a named body is a legal step, suspect named or
		// not, and so is one (or an inquiry) into a deed; a case "into" people needs them found
		{"opened an investigation", "The Public Prosecutor's Office of Velmora opened a criminal investigation in May.",
			schema.EventLegal, true},
		{"opened an investigation into a deed", "The Prosecutor General's Office of Velmora has opened a pre-trial investigation into unauthorised access to an information system.",
			schema.EventLegal, true},
		{"opened a case", "In December, the Office of the Attorney General of Velmora opened its own criminal case.",
			schema.EventLegal, true},
		// a wrong-doing adjective makes any noun the investigation is into a deed
		{"opened an investigation into an unauthorized disclosure", "The Velmoran Federal Police said on Monday it had opened an investigation into the unauthorized disclosure of the cabinet memo.",
			schema.EventLegal, true},
		{"opened an investigation into the illegal sale", "The Public Prosecutor's Office of Velmora has opened an inquiry into the illegal sale of voter records.",
			schema.EventLegal, true},
		{"opened an investigation into a disclosure", "The Velmoran Federal Police said on Monday it had opened an investigation into the disclosure of the cabinet memo.",
			schema.EventLegal, false},
		{"opened an investigation against persons unknown", "The Public Prosecutor's Office of Velmora said on Monday it had opened an investigation against persons unknown on suspicion of fraud.",
			schema.EventLegal, true},
		{"opened an investigation into how", "The Velmoran Data Protection Authority has opened an investigation into how Kestrel Systems stored its customers' passwords.",
			schema.EventLegal, true},
		{"registered a case", "The Velmora City cyber crime police have registered a case against unknown persons, an officer said.",
			schema.EventLegal, true},
		{"registered a case and is working", "The Velmoran Cyber Security Bureau has registered a case and is working with the bank to trace the intrusion.",
			schema.EventLegal, true},
		// a day between the noun and the clause's end, "into" or "after" is passed over; a day
		// followed by something else leaves the noun where it was
		{"opened an investigation on Friday", "The Public Prosecutor's Office of Velmora opened an investigation on Friday.",
			schema.EventLegal, true},
		{"opened an investigation on a day after", "The Public Prosecutor's Office of Velmora opened an investigation on Thursday after Harrow Bank lodged a complaint with the police.",
			schema.EventLegal, true},
		{"opened an investigation on a day into a deed", "The Prosecutor General's Office of Velmora opened a preliminary investigation on Monday into network intrusions at Harrow Bank.",
			schema.EventLegal, true},
		{"opened an investigation last week into a deed", "The Prosecutor General's Office of Velmora opened an investigation last week into the extortion of Harrow Bank.",
			schema.EventLegal, true},
		{"opened an investigation on a day into a policy", "The Prosecutor General's Office of Velmora opened an investigation on Monday into the ministry's procurement rules.",
			schema.EventLegal, false},
		{"investigation without opening", "The Public Prosecutor's Office of Velmora said an investigation was under way.",
			schema.EventLegal, false},
		// an inquiry opened is a legal step when it is into a deed; a public or parliamentary one is not
		{"opened an inquiry into a deed", "The Investigation Bureau of Velmora opened an inquiry into the breach on 15 October.",
			schema.EventLegal, true},
		{"opened an inquiry into a policy", "The Investigation Bureau of Velmora opened an inquiry into the ministry's procurement rules.",
			schema.EventLegal, false},
		{"had opened an inquiry", "The Criminal Investigation Department of Velmora said it had opened an inquiry, but no one had been questioned.",
			schema.EventLegal, true},
		{"called for an inquiry", "The Velmoran Senate's defence committee called for an inquiry, but the government refused.",
			schema.EventLegal, false},
		{"would open an inquiry", "The Velmoran Senate's defence committee said it would open its own inquiry.",
			schema.EventLegal, false},
		{"a case in point", "Harrow Bank is a case in point.",
			schema.EventLegal, false},
		// defacing is an attack; designating by a named body is a sanction, a bare passive is not
		{"defaced", "Ash Spider defaced the website of the Velmoran Ministry of Finance.",
			schema.EventAttack, true},
		{"designated", "The Office of Foreign Assets Control designated Marko Ilvan, the chief executive of Kestrel Systems.",
			schema.EventSanction, true},
		{"designated passive", "The area was designated a protected zone in 2019.",
			schema.EventSanction, false},
		// shipping or pushing a fix, and following with one, is the vendor's fix; shipping goods is not
		{"shipped firmware", "Kestrel Systems shipped firmware 4.2.7 for the routers on Dec. 15.",
			schema.EventOther, true},
		{"followed with fixes", "Kestrel Systems followed with fixes on Jan. 9.",
			schema.EventOther, true},
		{"shipped units", "Kestrel Systems shipped 40,000 routers last year.",
			schema.EventOther, false},
		{"followed the guidance", "Kestrel Systems followed the update guidance of the vendor.",
			schema.EventOther, false},
		// adding names to a sanctions list or a blacklist is a sanction; another list is none
		{"added to sanctions list", "The Foreign Office of Velmora added Kestrel Systems and Marko Ilvan to its own cyber sanctions list.",
			schema.EventSanction, true},
		// what a reporter's source was obtained by is no theft; an obtaining told as a deed is one
		{"documents they obtained", "In May, Lina Sorvik and Tomas Aird reported that, according to documents they obtained, the contract had been inflated.",
			schema.EventTheft, false},
		{"records obtained by", "According to records obtained by the Harbour Ledger, the ministry paid Kestrel Systems twice.",
			schema.EventTheft, false},
		{"obtained the records", "Grey Spider obtained the records of Harrow Bank in May.",
			schema.EventTheft, true},
		// an owned legal step after "after"/"since" is a point in time, told before
		{"weeks after his arrest", "Kestrel Systems did not write to its customers until late April, seven weeks after Jon Vask's arrest.",
			schema.EventLegal, false},
		{"unsealed after his arrest", "The court papers on Jon Vask were made public in Norland after his arrest.",
			schema.EventLegal, false},
		{"arrested", "Police in Norland arrested Jon Vask in March.",
			schema.EventLegal, true},
		{"worked until his arrest in March", "Jon Vask worked as an engineer at Kestrel Systems until his arrest in March 2023.",
			schema.EventLegal, true},
		// a report naming no one beside the speaker's aimed telling in the sentence is that telling
		{"analysis and link", "On Monday, the security firm Norvane Labs published an analysis of the malware and linked it to Grey Spider.",
			schema.EventReport, false},
		{"wrote to warn", "On Wednesday, the Velmora election commission wrote to all registered parties, warning them about phishing by Grey Spider.",
			schema.EventReport, false},
		{"analysis alone", "On Monday, the security firm Norvane Labs published an analysis of the malware.",
			schema.EventReport, true},
		{"added to a named list", "In 2024 the Velmoran Trade Ministry added Kestrel Systems to its Entity List.",
			schema.EventSanction, true},
		{"added to a guest list", "In 2024 the Velmoran Trade Ministry added Kestrel Systems to its guest list.",
			schema.EventSanction, false},
		// a state's denial and its own body's words in the next sentence are one denial; a
		// person who speaks keeps a statement
		{"embassy words a denial", "Belarus rejected the accusation. \"These are baseless allegations,\" the Belarusian embassy in Ostmark said.",
			schema.EventStatement, false},
		{"its ministry words a denial", "Belarus rejected the findings. In a statement on Wednesday, its Ministry of Foreign Affairs said the report was an invention.",
			schema.EventStatement, false},
		{"spokesman words a denial", "Belarus rejected the accusation. \"These are baseless allegations,\" said Anatol Vorsk, a spokesman for the Belarusian embassy in Ostmark.",
			schema.EventStatement, false},
		{"another's spokesman keeps a statement", "Belarus rejected the accusation. \"The evidence is clear,\" said Anatol Vorsk, a spokesman for Nimbus Systems.",
			schema.EventStatement, true},
		{"threatened to publish", "Ash Spider threatened to publish a second batch next month.",
			schema.EventReport, false},
		{"published", "Ash Spider published a second batch on Monday.",
			schema.EventReport, true},
		// so is what a threat named by the noun holds
		{"threats to leak", "Ash Spider pressed Harrow Bank with threats to leak the payroll files of its staff.",
			schema.EventLeak, false},
		{"leaked the payroll files", "Ash Spider leaked the payroll files of Harrow Bank staff on Monday.",
			schema.EventLeak, true},
		{"added to guest list", "The Foreign Office of Velmora added Kestrel Systems and Marko Ilvan to its guest list.",
			schema.EventSanction, false},
		// criticising or denouncing someone blames them
		{"criticised", "Velmora's health minister, Ana Lind, criticised Norvik Systems on Tuesday for failing to patch a flaw.",
			schema.EventAccusation, true},
		{"denounced", "The Velmoran foreign ministry denounced Ash Spider on Monday.",
			schema.EventAccusation, true},
		// criticising a deed or a decision, no one named, states; it accuses no one
		{"criticised a prosecution", "Press freedom groups, including the Harbor Media Trust, criticised the prosecution, saying it would deter sources.",
			schema.EventAccusation, false},
		{"a criticism of a prosecution is a statement", "Press freedom groups, including the Harbor Media Trust, criticised the prosecution, saying it would deter sources.",
			schema.EventStatement, true},
		{"denounced a verdict", "The Velmoran foreign ministry denounced the verdict on Monday.",
			schema.EventAccusation, false},
		// disputing an account denies it
		{"disputed", "A Harrow Bank spokesperson disputed that account on Wednesday, saying the bank had received no warning.",
			schema.EventDenial, true},
		// an inflected form the tagger reads as an infinitive after "to" modifies the noun after it
		{"to targeted networks", "Ash Spider routed its logins through home routers, so that logins to targeted networks seemed to come from Norland.",
			schema.EventAttack, false},
		{"to target networks", "Ash Spider used home routers to target networks in Norland on Monday.",
			schema.EventAttack, true},
		// a penalty imposed or announced by a regulator is a sanction
		{"penalty", "On Monday the Velmora Data Protection Authority imposed a penalty of 2 million euros on Harrow Bank.",
			schema.EventSanction, true},
		// a sentence imposed or handed down is a legal step; the sentences an offence carries are not
		{"imposed the sentence", "Judge Ana Lind of the Velmora District Court imposed the sentence on Jo Vance on Monday.",
			schema.EventLegal, true},
		{"carries sentences", "In Velmora, selling the tools of Harrow Bank can bring sentences of up to ten years.",
			schema.EventLegal, false},
		// a legal verb in a clause "if" or "unless" opens is a condition, nothing done; "even if"
		// grants what is so, and a conviction told before the penalty it brings is a step
		{"if convicted", "Ivo Marsh faces up to 20 years in prison if convicted.",
			schema.EventLegal, false},
		{"if he is convicted", "Ivo Marsh faces up to 20 years in prison if he is convicted of fraud.",
			schema.EventLegal, false},
		{"even if charged", "Even if Ostmark charged Ivo Marsh in May, he was never extradited.",
			schema.EventLegal, true},
		{"convicted and faces", "Ivo Marsh was convicted of fraud in May and faces up to 20 years in prison.",
			schema.EventLegal, true},
		// the verb after a sentence-opening plural subject is a past tense, not a participle
		{"plural subject charged", "Federal prosecutors charged Ivo Marsh with fraud on Tuesday.",
			schema.EventLegal, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			ev := findEvent(g, tt.typ, "", "")
			assert.Equal(t, tt.want, ev != nil, "want %v: %s in %s", tt.want, tt.typ, eventsString(g))
		})
	}
}

// TestMeasureTargets checks that a sanction, a charge or a legal measure that "targets"
// someone is no attack, and that a group or a country that targets someone still attacks.
func TestMeasureTargets(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{"sanctions target", "The new sanctions target Kestrel Systems and two of its executives.", false},
		{"regime which has targeted", "The measures are the first Orvale has imposed under its sanctions regime, which until now has targeted mainly Velmora hacking groups.", false},
		{"indictment targets", "The indictment targets three employees of Kestrel Systems.", false},
		{"group targets", "Ash Spider targeted Kestrel Systems and two banks in March.", true},
		{"which targeted", "Investigators traced the intrusion to Ash Spider, which targeted Kestrel Systems in March.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-05", tt.body)
			got := false
			for _, e := range g.Events {
				if e.Type == schema.EventAttack {
					got = true
				}
			}
			assert.Equal(t, tt.want, got, eventsString(g))
		})
	}
}

// TestSpeaksForBody checks that a minister's or an employee's words in the sentence right after
// their body's statement are that statement told again, with both as its agents, and that an
// outsider's words stay a statement of their own.
func TestSpeaksForBody(t *testing.T) {
	tests := []struct {
		name, body string
		want       int // statements
	}{
		{"minister after ministry", "The Ministry of Water of Velmora confirmed the breach on Tuesday. Water Minister Ana Petrov told a press conference that 4,000 records had been taken.", 1},
		{"outsider after ministry", "The Ministry of Water of Velmora confirmed the breach on Tuesday. Marko Ilvan, a researcher at Kestrel Labs, said that 4,000 records had been taken.", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-12", tt.body)
			assert.Equal(t, tt.want, countEvents(g, schema.EventStatement), "statements in %s", eventsString(g))
		})
	}
}

// partiesCase is one body and whether it gives an event of a type fixed by its test with this
// agent and target ("" = any).
type partiesCase struct {
	name, body    string
	agent, target string
	want          bool
}

// checkPartiesCases extracts each case's body, published on the given day, as a subtest and
// checks whether it gives an event of type typ with the case's agent and target.
func checkPartiesCases(t *testing.T, published string, typ schema.EventType, cases []partiesCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			ev := findEvent(g, typ, tt.agent, tt.target)
			assert.Equal(t, tt.want, ev != nil, "want %v: %s", tt.want, eventsString(g))
		})
	}
}

// TestEnvoySummoned checks that a state summoning another state's envoy is a diplomatic step
// (an "other" event from the summoner to the envoy's state), and that summoning what is no
// envoy, an envoy of no state named, or the passive that names no summoner is none.
func TestEnvoySummoned(t *testing.T) {
	checkPartiesCases(t, "2024-06-10", schema.EventOther, []partiesCase{
		{"owned ambassador", "Velmora's interior ministry said on Monday that hackers had breached its servers. Velmora summoned Karsovia's ambassador on Tuesday.",
			"velmora", "karsovia", true},
		{"minister summons", "Velmora's interior ministry said on Monday that hackers had breached its servers. Foreign Minister Ana Lind summoned Karsovia's ambassador to lodge a protest.",
			"ana-lind", "karsovia", true},
		{"no state named", "Velmora summoned the ambassador on Monday.", "", "", false},
		{"no envoy", "The committee summoned Halvard Brisk, the interior secretary, on Monday.", "", "", false},
		{"courage", "Jo Vance summoned the courage to speak to Karsovia's ambassador.", "", "", false},
		{"passive", "In Rusk, Karsovia's ambassador was summoned an hour later.", "", "", false},
	})
}

// TestListedOnSite checks that a gang listing a victim on its leak or extortion site is a
// statement (its claim) about that victim, and that listing on a plain website, with no
// victim named, or beside the deed it claims told in the same sentence, is none.
func TestListedOnSite(t *testing.T) {
	checkPartiesCases(t, "2024-06-10", schema.EventStatement, []partiesCase{
		{"leak site", "A ransomware gang calling itself Ash Spider listed Harrow Bank on its leak site on Monday.",
			"ash-spider", "harrow-bank", true},
		{"dark-web extortion page", "On Tuesday, Ash Spider listed Norvik Port Authority on its dark-web extortion page, demanding payment.",
			"ash-spider", "norvik-port-authority", true},
		{"deed told beside it", "Ash Spider listed Harrow Bank on its extortion site on Monday, claiming to have stolen 900 gigabytes of data from Harrow Bank.",
			"ash-spider", "harrow-bank", false},
		{"plain website", "Harrow Bank listed Norvik Port Authority on its website as a partner.",
			"", "", false},
		{"no victim named", "Ash Spider listed three new victims on its leak site on Monday.",
			"", "", false},
	})
}

// TestPaymentDeniedAfterAttack checks that a ransom told as not paid by a payer already told
// attacked adds no second attack, and that a payment made still counts as its own mention.
func TestPaymentDeniedAfterAttack(t *testing.T) {
	tests := []struct {
		name, body string
		want       int
	}{
		{"not paid after the attack", "Tarrow Foods was hit by a ransomware attack on Monday. The firm said it had not paid a ransom.", 1},
		{"never paid after the attack", "Quill Spider attacked Pemberley Freight in May. Pemberley Freight never paid the hackers.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			n := 0
			for _, ev := range g.Events {
				if ev.Type == schema.EventAttack {
					n++
				}
			}
			assert.Equal(t, tt.want, n, "%s", eventsString(g))
		})
	}
}

// TestListingsFinesAndCopies checks the readings of measures and deeds that no single trigger
// word names: placing someone on an official list, declaring a diplomat persona non grata or
// refusing someone visas or entry is a sanction, a fine imposed names the one fined after its sum, copying the files of people or of
// a named body is a theft, and a group putting out a quantity of data leaks it. Ordinary uses
// of the same words make none.
func TestListingsFinesAndCopies(t *testing.T) {
	tests := []struct {
		name, body    string
		typ           schema.EventType
		agent, target string
		want          bool
	}{
		{"placed on a named list", "In May the Velmoran Trade Ministry placed Kestrel Systems on its Entity List.",
			schema.EventSanction, "velmoran-trade-ministry", "kestrel-systems", true},
		{"placed on another's named list", "In May, Velmora placed Kestrel Systems on the Trade Ministry's Entity List.",
			schema.EventSanction, "velmora", "kestrel-systems", true},
		{"put on a blacklist", "In 2023 Velmora put Kestrel Systems on a trade blacklist.",
			schema.EventSanction, "velmora", "kestrel-systems", true},
		{"placed on the agenda", "The Velmoran Trade Ministry placed the Kestrel Systems contract on the agenda for Monday.",
			schema.EventSanction, "", "", false},
		{"declared persona non grata", "On Friday Norland declared two Ostmark diplomats persona non grata.",
			schema.EventSanction, "norland", "ostmark", true},
		{"passive persona non grata a state announces", "On Friday, Sweden's foreign ministry announced that Ivo Marsh, a Russian diplomat, had been declared persona non grata.",
			schema.EventSanction, "swedish-foreign-ministry", "ivo-marsh", true},
		{"passive persona non grata a person tells", "Ivo Marsh was declared persona non grata last year, his lawyer Ana Lind said.",
			schema.EventSanction, "", "", false},
		{"refused visas to nationals", "Russia has denied the claims. In April, Sweden refused visas to two Russian nationals.",
			schema.EventSanction, "sweden", "russia", true},
		{"denied entry", "In April, Sweden denied Ivo Marsh entry.",
			schema.EventSanction, "sweden", "ivo-marsh", true},
		{"revoked accreditation", "Sweden revoked the accreditation of Ivo Marsh, a Russian journalist, on Monday.",
			schema.EventSanction, "sweden", "ivo-marsh", true},
		{"refused entry passive", "Ivo Marsh was refused entry at the border in April.",
			schema.EventSanction, "", "", false},
		{"refused to comment", "Sweden refused to comment on the entry of Ivo Marsh.",
			schema.EventSanction, "", "", false},
		{"declared a holiday", "On Friday Norland declared a national holiday.",
			schema.EventSanction, "", "", false},
		{"fine with a sum", "The Velmora Data Protection Authority on Monday imposed a fine of 3 million euros on Harrow Bank.",
			schema.EventSanction, "velmora-data-protection-authority", "harrow-bank", true},
		{"levied a fine", "The Velmora Data Protection Authority levied a record fine on Harrow Bank.",
			schema.EventSanction, "velmora-data-protection-authority", "", true},
		{"a fine faced", "Harrow Bank could face a fine if the Velmora Data Protection Authority finds it negligent.",
			schema.EventSanction, "", "", false},
		{"copied the files of customers", "Ivo Marsh copied the account files of about 4,000 customers of Harrow Bank in May.",
			schema.EventTheft, "ivo-marsh", "", true},
		{"copied the design", "Kestrel Systems copied the design of a rival router in 2022.",
			schema.EventTheft, "", "", false},
		{"gang published an amount of X files", "The ransomware gang Grey Spider published roughly 70 gigabytes of files belonging to Harrow Bank on Tuesday.",
			schema.EventLeak, "grey-spider", "harrow-bank", true},
		{"an attack forced its victim", "A ransomware attack by Grey Spider forced Harrow Bank to close its branches in May.",
			schema.EventAttack, "grey-spider", "harrow-bank", true},
		{"forced to another's deed", "The attack on Corvin Freight forced Harrow Bank to close its branches in May.",
			schema.EventAttack, "", "harrow-bank", false},
		{"a report about a number of firms", "The Velmora Cyber Agency published a report about 30 firms on Monday.",
			schema.EventLeak, "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			ev := findEvent(g, tt.typ, tt.agent, tt.target)
			assert.Equal(t, tt.want, ev != nil, "want %v: %s %s→%s in %s", tt.want, tt.typ, tt.agent, tt.target, eventsString(g))
		})
	}
}

// TestRansomVote checks that a body's vote on paying a ransom is a step of its own (other) by
// the body against the group it would pay, named in the sentence or the article's one group,
// and no attack on the body; a person's vote makes neither.
func TestRansomVote(t *testing.T) {
	tests := []struct {
		name, body  string
		other, atks int // vote steps by the body against the group; attacks whose target is the body
	}{
		{"voted not to pay a group named later", "The Orvale Town Council voted 5-4 on Monday not to pay the hackers who froze its billing system. The Quill Spider gang had demanded $400,000.", 1, 0},
		{"voted against paying", "The Orvale Town Council voted 6-3 Tuesday night against paying a ransom to Quill Spider.", 1, 0},
		{"a member's vote", "Quill Spider locked the Orvale Town Council's billing system in May. Councillor Mara Tull, who voted to pay, said the town had no backups.", 0, 1}, // the locking only
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-11", tt.body)
			body := ""
			for _, a := range g.Actors {
				if strings.Contains(a.Name, "Council") {
					body = a.ID
				}
			}
			other, atks := 0, 0
			for _, ev := range g.Events {
				agent, target := false, false
				for _, p := range ev.Participants {
					agent = agent || p.Role == schema.RoleAgent && p.Actor == body
					target = target || p.Role == schema.RoleTarget && p.Actor == body
				}
				if ev.Type == schema.EventOther && agent && len(ev.Participants) > 1 {
					other++
				}
				if ev.Type == schema.EventAttack && target {
					atks++
				}
			}
			assert.Equal(t, tt.other, other, "%s", eventsString(g))
			assert.Equal(t, tt.atks, atks, "%s", eventsString(g))
		})
	}
}
