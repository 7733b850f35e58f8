package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/intelgraph/intelgraph/extract/timex"
	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNarrativeTimes checks how events take times the narrative gives them outside their own
// clause.
func TestNarrativeTimes(t *testing.T) {
	tests := []timeCase{
		{"a notice joined by 'and had' to the first verb a fronted statement's saying reports takes the speaker's day of the sentence before", "2026-05-14",
			"Harrow Bank said on Tuesday that its payment servers had been breached. In a statement to the exchange, the bank said it had detected unusual traffic on its network and had notified the Norland Cyber Agency.",
			schema.EventWarning, "harrow-bank", "norland-cyber-agency", "2026-05-12"},
		{"a notice in a fronted statement's saying keeps no day when the sentence before gave its speaker none", "2026-05-14",
			"Harrow Bank was breached in March. In a statement to the exchange, the bank said it had detected unusual traffic on its network and had notified the Norland Cyber Agency.",
			schema.EventWarning, "harrow-bank", "norland-cyber-agency", ""},
		{"a notice given before a holiday takes the holiday's day, last year's when written in January", "2026-01-14",
			"Harrow Bank informed the Norland Cyber Agency before Christmas.",
			schema.EventWarning, "harrow-bank", "norland-cyber-agency", "2025-12-25"},
		{"a speaker's own notice in the clause its dated saying reports takes that day", "2026-05-12",
			"Brightwater Labs said on Monday that it had contained the incident and had notified the Tessaly Police.",
			schema.EventWarning, "brightwater-labs", "tessaly-police", "2026-05-11"},
		{"a telling after 'and said' takes the day of the speaker's saying it is joined to", "2026-04-21",
			"The Norland Ministry of Finance confirmed on Monday that its network had been breached by Grey Marten, and said it had notified the Kestrel Cyber Agency.",
			schema.EventWarning, "norland-ministry-of-finance", "kestrel-cyber-agency", "2026-04-20"},
		{"a telling after 'but said' takes the day of a described speaker's saying", "2026-04-21",
			"The Harlow Review Agency is examining the case. The review body confirmed on Monday that it had received a letter from Dana Pell in 2024, but said it had warned the Tessaly Police.",
			schema.EventWarning, "harlow-review-agency", "tessaly-police", "2026-04-20"},
		{"a time of the reported clause does not date the telling after 'and said'", "2026-04-21",
			"The Norland Ministry of Finance confirmed that its network had been breached in 2024, and said it had notified the Kestrel Cyber Agency.",
			schema.EventWarning, "norland-ministry-of-finance", "kestrel-cyber-agency", ""},
		{"a reported notice placed before another event keeps no telling day", "2026-05-12",
			"Brightwater Labs said on Monday that it had notified the Tessaly Police two weeks before the attack began.",
			schema.EventWarning, "brightwater-labs", "tessaly-police", ""},
		{"a count before a clause the saying reports does not run from the day of the saying", "2026-05-12",
			"The Tessaly Data Office said on Monday that Harrow Bank had waited six weeks before notifying the Norland Cyber Agency.",
			schema.EventWarning, "harrow-bank", "norland-cyber-agency", ""},
		{"a count after a clause the saying reports does not run back from the day of the saying", "2026-05-12",
			"The Tessaly Data Office said on Monday that Harrow Bank notified the Norland Cyber Agency two days after Grey Heron breached its network.",
			schema.EventIntrusion, "grey-heron", "", ""},
		{"a reported notice by another than the speaker keeps no telling day", "2026-05-12",
			"Brightwater Labs said on Monday that the Marlin Port Authority had notified the Tessaly Police.",
			schema.EventWarning, "marlin-port-authority", "tessaly-police", ""},
		{"a telling in the present takes the day of the document the sentence says it was issued on", "2026-03-12",
			"A hacking group has been observed targeting the energy ministries of Ostmark since at least mid-2024, according to a report published on Tuesday by Brightwater Labs, which attributes the activity to Grey Heron.",
			schema.EventAccusation, "brightwater-labs", "grey-heron", "2026-03-10"},
		{"an attribution takes the day of a report named with no author later in its paragraph", "2026-03-12",
			"Fjordline Security tied the intrusions to Grey Heron, a unit of the Vesnian military. The group has been active since 2019. The findings were set out in a report published on Tuesday.",
			schema.EventAccusation, "fjordline-security", "grey-heron", "2026-03-10"},
		{"a later paragraph's claim by the lead's speaker takes the lead's day", "2026-03-12",
			"The Ostmark Cyber Agency said on Tuesday that hackers had broken into the network of Harrow Bank.\n\nThe intruders copied payment records over several months. The agency said Grey Heron was likely behind the intrusion, citing the malware and its working hours.",
			schema.EventAccusation, "ostmark-cyber-agency", "grey-heron", "2026-03-10"},
		{"a claim the lead's speaker made before keeps no lead day", "2026-03-12",
			"The Ostmark Cyber Agency said on Tuesday that hackers had broken into the network of Harrow Bank.\n\nThe intruders copied payment records over several months. The agency has previously said Grey Heron was behind attacks on Ostmark banks.",
			schema.EventAccusation, "ostmark-cyber-agency", "grey-heron", ""},
		{"a claim by a speaker the lead does not date keeps no day", "2026-03-12",
			"Hackers broke into the network of Harrow Bank, the Ostmark Cyber Agency said.\n\nThe intruders copied payment records over several months. The agency said Grey Heron was likely behind the intrusion.",
			schema.EventAccusation, "ostmark-cyber-agency", "grey-heron", ""},
		{"a time in a description closing the sentence is the described one's, not the attribution's", "2026-03-12",
			"Fjordline Security attributed the intrusions to Grey Heron, a group it has tracked since at least 2020.",
			schema.EventAccusation, "fjordline-security", "grey-heron", ""},
		{"a time in a relative clause closing the sentence is the clause's, not the attribution's", "2026-03-12",
			"Fjordline Security attributed the intrusions to the Grey Heron gang, which has been active since at least 2020.",
			schema.EventAccusation, "fjordline-security", "grey-heron", ""},
		{"a deed told in a relative clause closing the sentence keeps the clause's time", "2026-03-12",
			"Fjordline Security tracked the intrusions to Grey Heron, which broke into Harrow Bank in January.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", "2026-01"},
		{"a description set between commas leaves the time after it to the main clause", "2026-03-12",
			"Grey Heron broke into Harrow Bank, the largest lender in Ostmark, in January.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", "2026-01"},
		{"a telling from a research document opening its sentence takes the day the lead gives the finder's research", "2026-03-12",
			"Hackers linked to Vesnia spent months inside the mail servers of Ostmark shipping firms, according to findings released on Tuesday by Brightwater Labs.\n\nIn a report shared with the Ostmark Ledger before publication, Brightwater tied the intrusions to Grey Heron.",
			schema.EventAccusation, "brightwater-labs", "grey-heron", "2026-03-10"},
		{"a telling from a finder's own analysis takes the day its report was published", "2026-03-12",
			"Brightwater Labs published a report on Tuesday about intrusions at Ostmark shipping firms.\n\nIn its analysis, Brightwater tied the intrusions to Grey Heron.",
			schema.EventAccusation, "brightwater-labs", "grey-heron", "2026-03-10"},
		{"a finder whose research the text gives two days: the telling from a report keeps the day its finder last published on", "2026-03-12",
			"Hackers spent months inside Ostmark shipping firms, according to findings released on Tuesday by Brightwater Labs. The intrusions followed a phishing wave described in research published on March 2 by Brightwater Labs.\n\nIn a report shared with the Ostmark Ledger, Brightwater tied the intrusions to Grey Heron.",
			schema.EventAccusation, "brightwater-labs", "grey-heron", "2026-03-02"},
		{"another finder's research does not date a telling from a report", "2026-03-12",
			"Hackers spent months inside Ostmark shipping firms, according to findings released on Tuesday by Harrow Labs.\n\nIn a report shared with the Ostmark Ledger, Brightwater Labs tied the intrusions to Grey Heron.",
			schema.EventAccusation, "brightwater-labs", "grey-heron", ""},
		{"a finding a finder reports is no day of its telling for its next sentence", "2026-03-12",
			"In a report published on Tuesday, Brightwater Labs said it detected the first intrusions on March 2. Brightwater blamed Grey Heron.",
			schema.EventAccusation, "brightwater-labs", "grey-heron", "2026-03-10"},
		{"a lead's attribution in the present perfect takes the day of the advisory told after it", "2026-03-12",
			"The Ostmark Cyber Agency has formally attributed a string of intrusions at Harrow Bank to Grey Heron.\n\nIn an advisory published on Tuesday, the Ostmark Cyber Agency said the group had used stolen passwords.",
			schema.EventAccusation, "ostmark-cyber-agency", "grey-heron", "2026-03-10"},
		{"a document another teller issued does not date the lead's attribution", "2026-03-12",
			"The Ostmark Cyber Agency has formally attributed a string of intrusions at Harrow Bank to Grey Heron.\n\nIn an advisory published on Tuesday, Brightwater Labs said the group had used stolen passwords.",
			schema.EventAccusation, "ostmark-cyber-agency", "grey-heron", "2026-03-12"},
		{"a report by another author does not date an attribution", "2026-03-12",
			"Fjordline Security tied the intrusions to Grey Heron. Harrow Labs described the same malware in a report published on Tuesday.",
			schema.EventAccusation, "fjordline-security", "grey-heron", ""},
		{"an attribution whose sentence names a time of its own keeps it", "2026-03-12",
			"In January, Fjordline Security tied the intrusions to Grey Heron. The company described the malware in a report published on Tuesday.",
			schema.EventAccusation, "fjordline-security", "grey-heron", "2026-01"},
		{"a deed told after an aside on when the campaign was first seen takes the aside's month", "2025-06-30",
			"Vesper Labs attributed the campaign to Grey Heron. The activity, first observed in November 2024, targeted Harrow Bank.",
			schema.EventAttack, "", "harrow-bank", "2024-11"},
		{"a document's claim in the present takes the day the document was issued, not the publication's", "2026-03-12",
			"The Ostmark Cyber Agency warned banks on Tuesday that a foreign group was trying to break into their payment systems. The agency's advisory attributes the activity to Grey Heron.",
			schema.EventAccusation, "ostmark-cyber-agency", "grey-heron", "2026-03-10"},
		{"a document's claim in the present with no day of issue keeps the publication's", "2026-03-12",
			"The Ostmark Cyber Agency warned banks in February that a foreign group was trying to break into their payment systems. The agency's advisory attributes the activity to Grey Heron.",
			schema.EventAccusation, "ostmark-cyber-agency", "grey-heron", "2026-03-12"},
		{"a telling in the present reported by a saying on a day takes that day", "2026-06-04",
			"Lena Ostrova, a spokeswoman for Harrow Clinic, said Wednesday that Harrow Clinic disputes the claims of Velmora Water.",
			schema.EventDenial, "harrow-clinic", "", "2026-06-03"},
		{"a telling in the present reported by an undated saying keeps the day of writing", "2026-06-04",
			"Lena Ostrova, a spokeswoman for Harrow Clinic, said that Harrow Clinic disputes the claims of Velmora Water.",
			schema.EventDenial, "harrow-clinic", "", "2026-06-04"},
		{"a document issued in a year leaves a telling in the present to the day of writing", "2026-03-12",
			"Grey Heron has targeted the energy ministries of Ostmark since at least mid-2024, according to a report published in 2025 by Brightwater Labs, which attributes the activity to Karsovia.",
			schema.EventAccusation, "brightwater-labs", "karsovia", "2026-03-12"},
		{"a time modifying the incident a verb's object names dates the incident, not the verb", "2025-10-22",
			"The Norland Cyber Office blamed Grey Heron for the 2022 breach of Harrow Bank.",
			schema.EventAccusation, "norland-cyber-office", "grey-heron", ""},
		{"the incident keeps the time that modifies its noun", "2025-10-22",
			"The Norland Cyber Office blamed Grey Heron for the 2022 breach of Harrow Bank.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", "2022"},
		{"a time modifying a telling's vehicle dates the telling", "2025-10-22",
			"The Norland Cyber Office blamed Grey Heron for the breach of Harrow Bank in a Monday statement.",
			schema.EventAccusation, "norland-cyber-office", "grey-heron", "2025-10-20"},
		{"the next day after a bare background year leaves the event undated", "2026-07-24",
			"Grey Heron has targeted the energy ministries of Ostmark since 2021. The Norland Cyber Office sanctioned Grey Heron the next day.",
			schema.EventSanction, "norland-cyber-office", "grey-heron", ""},
		{"the following week after a year told in a background clause leaves the arrest undated", "2026-03-12",
			"Jon Vask met a Karsovian officer in late 2023, prosecutors said. The Tessaly Police arrested Jon Vask the following week.",
			schema.EventLegal, "tessaly-police", "jon-vask", ""},
		{"the next day after a day counts from that day", "2026-07-24",
			"The Tessaly Police arrested Jon Vask on March 3, 2025. The Norland Cyber Office sanctioned Grey Heron the next day.",
			schema.EventSanction, "norland-cyber-office", "grey-heron", "2025-03-04"},
		{"a relative clause on an incident noun dates the incident, not the denial it hangs from", "2026-05-13",
			"The Karsovian government on Monday denied any role in a cyberattack that knocked Harrow Bank offline last weekend.",
			schema.EventAttack, "", "harrow-bank", "2026-05"},
		{"a long relative clause on an incident noun still dates the incident", "2026-05-13",
			"Grey Heron on Tuesday claimed responsibility for an attack that crippled the payment systems of Harrow Bank for several days in April.",
			schema.EventAttack, "grey-heron", "harrow-bank", "2026-04"},
		{"a relative clause opened by a 'that' read as a conjunction dates the incident noun", "2026-05-13",
			"Harrow Bank on Monday confirmed a breach that it said began in March.",
			schema.EventIntrusion, "", "", "2026-03"},
		{"a relative clause whose verb is the incident dates it, not the arrest", "2026-05-13",
			"The Tessaly Police arrested two men on Monday over a breach that exposed the records of Harrow Bank customers in February.",
			schema.EventLeak, "", "harrow-bank", "2026-02"},
		{"the main clause's day is the arrest's", "2026-05-13",
			"The Tessaly Police arrested Jon Vask on Monday over a breach that exposed the records of Harrow Bank customers in February.",
			schema.EventLegal, "tessaly-police", "jon-vask", "2026-05-11"},
		{"a verb joined by 'and' after the relative clause returns to the main clause", "2026-05-13",
			"Harrow Bank offered credit monitoring to customers whose records were stolen and warned its staff on Monday.",
			schema.EventWarning, "harrow-bank", "", "2026-05-11"},
		{"a definite deed noun a verb of telling takes as object does not take the telling's day", "2026-05-13",
			"Grey Heron broke into the network of Harrow Bank in March. The bank disclosed the breach on April 2 and warned its customers.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", "2026-03"},
		{"the telling keeps that day", "2026-05-13",
			"Grey Heron broke into the network of Harrow Bank in March. The bank disclosed the breach on April 2 and warned its customers.",
			schema.EventWarning, "harrow-bank", "", "2026-04-02"},
		{"so with an adverb closing the object", "2026-05-13",
			"Norvik Telecom disclosed the breach only on April 22, the Velmora Data Office said.",
			schema.EventIntrusion, "", "", ""},
		{"so with a day after the vehicle's noun and no preposition", "2026-05-13",
			"Norvik Telecom disclosed the breach in a filing late Thursday.",
			schema.EventIntrusion, "", "", ""},
		{"so with a bare weekday after the vehicle's noun", "2026-05-13",
			"Norvik Telecom disclosed the breach in a regulatory filing Thursday.",
			schema.EventIntrusion, "", "", ""},
		{"the disclosure in a filing keeps that day", "2026-05-13",
			"Norvik Telecom disclosed the breach in a filing late Thursday.",
			schema.EventReport, "norvik-telecom", "", "2026-05-07"},
		{"the disclosure keeps that day", "2026-05-13",
			"Norvik Telecom disclosed the breach only on April 22, the Velmora Data Office said.",
			schema.EventReport, "norvik-telecom", "", "2026-04-22"},
		{"a dated disclosure another speaker's closing attribution tells of sets no occasion, nor does a fronted day of another speaker reach back", "2026-08-14",
			"The Velmora Data Commission (VDC) on Tuesday fined Norvik Telecom 5 million crowns over a data breach that exposed the records of 1.2 million subscribers. " +
				"The breach took place in February, the commission said in its decision. Norvik Telecom disclosed the breach only on April 22, the VDC said. " +
				"The commission said the company failed to notify affected subscribers within 72 hours. In a statement on Wednesday, Norvik Telecom said it would appeal the decision.",
			schema.EventStatement, "velmora-data-commission", "", ""},
		{"the fronted day still reaches back to the same speaker's reaction", "2026-08-14",
			"Norvik Bank rejected the findings. In a statement on Wednesday, the bank said the report was wrong.",
			schema.EventDenial, "norvik-bank", "", "2026-08-12"},
		{"the fronted day of the next sentence replaces the day a reaction took from the occasion before", "2026-08-14",
			"The Velmora Data Office said on Monday that it had warned Norvik Bank in March. Norvik Bank disputed that account. In a statement on Wednesday, the bank said it had never received the warning.",
			schema.EventDenial, "norvik-bank", "", "2026-08-12"},
		{"so does the day of a quote told next by the same speaker", "2026-08-14",
			"The Velmora Data Office said on Monday that the outage had ended.\n\nMinister Tomas Ravel denied that the bank's customers had lost any money. \"Every account is whole,\" he said on Tuesday.",
			schema.EventDenial, "tomas-ravel", "", "2026-08-11"},
		{"a deed noun in a first conjunct takes not the time after the second verb", "2026-04-17",
			"Harrow Bank detected the breach on the night of April 11 and informed the Velmora Central Bank the following morning.",
			schema.EventIntrusion, "", "", ""},
		{"the second verb keeps it", "2026-04-17",
			"Harrow Bank detected the breach on the night of April 11 and informed the Velmora Central Bank the following morning.",
			schema.EventWarning, "harrow-bank", "velmora-central-bank", "2026-04-12"},
		{"a definite deed noun after a verb of telling and an adjective is left undated", "2026-05-13",
			"The Tessaly Police confirmed the cyber attack on Harrow Bank on Friday.",
			schema.EventAttack, "", "harrow-bank", ""},
		{"a day before a telling does not date a deed an indefinite noun after it names", "2026-05-13",
			"The Norland Cyber Office on Thursday blamed Grey Heron for an intrusion into the network of Harrow Bank in April.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", "2026-04"},
		{"an indefinite deed noun after a dated accusation stays undated", "2026-05-13",
			"The Norland Cyber Office on Thursday blamed Grey Heron for a cyberattack on Harrow Bank.",
			schema.EventAttack, "grey-heron", "harrow-bank", ""},
		{"what a verb of finding out finds is of the finding's day", "2026-05-13",
			"On Monday, analysts at Harrow Bank detected an intrusion into the bank's payment network.",
			schema.EventIntrusion, "", "harrow-bank", "2026-05-11"},
		{"a verb joined by 'and' takes the time of its own phrase before the first verb's", "2026-05-13",
			"Harrow Bank said it detected the intrusion on March 3 and notified the Tessaly Police two days later.",
			schema.EventWarning, "harrow-bank", "tessaly-police", "2026-03-05"},
		{"a verb joined by 'and' with no time of its own keeps the first verb's", "2026-05-13",
			"Harrow Bank said it detected the intrusion on March 3 and notified the Tessaly Police.",
			schema.EventWarning, "harrow-bank", "tessaly-police", "2026-03-03"},
		{"a verb before 'and' keeps the time of its own phrase", "2026-05-13",
			"Grey Heron broke into Harrow Bank in January and leaked the files of its customers in March.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", "2026-01"},
		{"a day after the offence a charge names after 'with' is the charge's", "2026-05-13",
			"The Tessaly Police on Tuesday arrested two men suspected of carrying out a ransomware attack on Harrow Bank last month. The Norland Prosecution Service charged the two men, aged 24 and 31, with computer sabotage and extortion on Wednesday.",
			schema.EventLegal, "norland-prosecution-service", "", "2026-05-13"},
		{"a deed counted from by weeks after does not take the main clause's day", "2026-05-13",
			"The Tessaly Police arrested Jon Vask on Friday, three weeks after the attack on Harrow Bank.",
			schema.EventAttack, "", "harrow-bank", "2026-04-17"},
		{"a deed counted from by a bare plural unit takes no other time", "2026-05-13",
			"The Norland Cyber Office said it had warned Harrow Bank in January, months before the attack by Grey Heron.",
			schema.EventAttack, "grey-heron", "", ""},
		{"a deed after 'this week after' keeps the week", "2026-05-13",
			"Harrow Bank closed its branches this week after a ransomware attack by Grey Heron knocked out its payment systems.",
			schema.EventAttack, "grey-heron", "", "2026-05"},
		{"a day in an aside a participle of reporting opens is not the deed's before it", "2026-05-13",
			"The breach of Harrow Bank by Grey Heron, first reported by the Norland Herald on Tuesday, exposed the records of thousands of customers.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", ""},
		{"the deed keeps a day of its own beside such an aside", "2026-05-13",
			"Grey Heron broke into Harrow Bank on May 2, and the breach, first reported by the Norland Herald on Tuesday, exposed thousands of records.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", "2026-05-02"},
		{"a relative clause after a comma telling when the incident began dates it", "2026-05-13",
			"The minister told parliament on Wednesday that Grey Heron had been behind the attack on Harrow Bank, which began on April 2.",
			schema.EventAttack, "grey-heron", "harrow-bank", "2026-04-02"},
		{"a relative clause after a comma with another verb still leaves the incident its own", "2026-05-13",
			"The minister told parliament on Wednesday that Grey Heron had been behind the attack on Harrow Bank, which the bank disclosed on April 20.",
			schema.EventAttack, "grey-heron", "harrow-bank", ""},
		{"a definite mention's own day replaces the day a deed took from its telling", "2026-05-13",
			"Harrow Bank said on Monday it had been hit by ransomware. The attack began on Saturday, the bank said.",
			schema.EventAttack, "", "harrow-bank", "2026-05-09"},
		{"the telling keeps its day", "2026-05-13",
			"Harrow Bank said on Monday it had been hit by ransomware. The attack began on Saturday, the bank said.",
			schema.EventStatement, "harrow-bank", "", "2026-05-11"},
		{"a deed noun subject takes the time of the main clause resumed after its relative clause", "2026-05-13",
			"The attack on Harrow Bank, which the bank disclosed on Monday, began in late April.",
			schema.EventAttack, "", "harrow-bank", "2026-04"},
		{"a charge over an attack does not take the time of the attack's relative clause", "2026-03-12",
			"The Tessaly Police charged Jon Vask over a ransomware attack that crippled Harrow Bank in 2024.",
			schema.EventLegal, "tessaly-police", "jon-vask", ""},
		{"a past perfect after 'after' tells what came before the main clause's day", "2026-07-24",
			"The Norland Foreign Ministry summoned the Karsovian ambassador on Tuesday after officials said Grey Heron had breached Harrow Bank.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", ""},
		{"a past perfect after 'because' is not dated by the day before it", "2026-07-24",
			"The Tessaly Police arrested Jon Vask on Friday because he had hacked Harrow Bank.",
			schema.EventIntrusion, "jon-vask", "harrow-bank", ""},
		{"a simple past after 'after' with the time before keeps the rule as it was", "2026-07-24",
			"Grey Heron breached Harrow Bank on Tuesday after officials had warned the bank.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", "2026-07-21"},
		{"a finding on a day sets no occasion a saying after it goes on at", "2026-07-24",
			"Analysts at Harrow Bank discovered the intrusion on May 30.\n\nDana Pell, the bank's chief executive, told reporters that Grey Heron was to blame.",
			schema.EventStatement, "dana-pell", "grey-heron", ""},
		{"a fronted day's scene ends with its paragraph", "2026-07-24",
			"On July 14, Harrow Bank was attacked.\n\nThe Norland Cyber Office said the attacks used the same tools.",
			schema.EventStatement, "norland-cyber-office", "", ""},
		{"a fronted day's scene goes on in its paragraph", "2026-07-24",
			"On July 14, Harrow Bank was attacked. The Norland Cyber Office said the attacks used the same tools.",
			schema.EventStatement, "norland-cyber-office", "", "2026-07-14"},
		{"a disclosure on a day still sets the occasion", "2026-07-24",
			"Harrow Bank disclosed the intrusion on May 30.\n\nDana Pell, the bank's chief executive, told reporters that Grey Heron was to blame.",
			schema.EventStatement, "dana-pell", "grey-heron", "2026-05-30"},
		{"a fronted count of days after a definite event noun dates the clause after its comma", "2026-07-24",
			"The Tessaly Police arrested Jon Vask on March 3, 2025. Two days after the arrest, the Norland Cyber Office sanctioned Grey Heron.",
			schema.EventSanction, "norland-cyber-office", "grey-heron", "2025-03-05"},
		{"a count of days after a definite event noun still dates the main clause before it", "2026-07-24",
			"The Tessaly Police arrested Jon Vask on March 3, 2025. The Norland Cyber Office sanctioned Grey Heron two days after the arrest.",
			schema.EventSanction, "norland-cyber-office", "grey-heron", "2025-03-05"},
		{"a fronted count of months after a definite event noun gives the month after its day", "2026-07-24",
			"The Tessaly Police arrested Jon Vask on March 3, 2025. A month after the arrest, the Norland Cyber Office sanctioned Grey Heron.",
			schema.EventSanction, "norland-cyber-office", "grey-heron", "2025-04"},
		{"a count of months before a dated main clause gives the earlier event its month", "2026-07-24",
			"The Norland Cyber Office sanctioned Grey Heron on March 3, 2025, two months after the group breached Harrow Bank.",
			schema.EventIntrusion, "", "harrow-bank", "2025-01"},
		{"weeks later: the year of the time before", "2026-02-19",
			"In March 2024 Kasia Vell published an analysis of the Nightjar spyware. Weeks later, Brightwater Labs warned Harrow Bank about Grey Heron.",
			schema.EventWarning, "brightwater-labs", "harrow-bank", "2024"},
		{"hours later: the day of the time before", "2026-02-19",
			"The Norland Cyber Office sanctioned Grey Heron on Wednesday. Hours later, the Tessaly Police arrested Jon Vask.",
			schema.EventLegal, "tessaly-police", "jon-vask", "2026-02-18"},
		{"shortly afterwards: the month of the time before", "2026-02-19",
			"Ballast Weekly reported the breach of Ostmark Bank in June 2024. Shortly afterwards the Norland Cyber Office warned Ostmark Bank about Copper Vole.",
			schema.EventWarning, "norland-cyber-office", "ostmark-bank", "2024-06"},
		{"a few days later: the month of the time before", "2026-02-19",
			"Copper Vole broke into Dunmore Bank on June 9, 2025. A few days later, Brightwater Labs warned Dunmore Bank.",
			schema.EventWarning, "brightwater-labs", "dunmore-bank", "2025-06"},
		{"several hours later: the day of the time before", "2026-02-19",
			"Copper Vole broke into Dunmore Bank on June 9, 2025. Several hours later, Brightwater Labs warned Dunmore Bank.",
			schema.EventWarning, "brightwater-labs", "dunmore-bank", "2025-06-09"},
		{"a few weeks later: the year of the time before", "2026-02-19",
			"Copper Vole broke into Dunmore Bank on June 9, 2025. A few weeks later, Brightwater Labs warned Dunmore Bank.",
			schema.EventWarning, "brightwater-labs", "dunmore-bank", "2025"},
		{"within a week: the month of the time before", "2026-02-19",
			"Copper Vole broke into Dunmore Bank on June 9, 2025. Within a week, Brightwater Labs warned Dunmore Bank.",
			schema.EventWarning, "brightwater-labs", "dunmore-bank", "2025-06"},
		{"soon after: the month of the time before", "2026-02-19",
			"Copper Vole broke into Dunmore Bank on June 9, 2025. Soon after, Brightwater Labs warned Dunmore Bank.",
			schema.EventWarning, "brightwater-labs", "dunmore-bank", "2025-06"},
		{"a couple of days late: no span after the time before", "2026-02-19",
			"Copper Vole broke into Dunmore Bank on June 9, 2025. A couple of days late in paying, Brightwater Labs warned Dunmore Bank.",
			schema.EventWarning, "brightwater-labs", "dunmore-bank", ""},
		{"hours later closing the sentence: the day of the time before", "2026-02-19",
			"The Norland Cyber Office sanctioned Grey Heron on Wednesday. The Tessaly Police arrested Jon Vask a few hours later.",
			schema.EventLegal, "tessaly-police", "jon-vask", "2026-02-18"},
		{"two hours later closing the sentence: the day of the time before", "2026-02-19",
			"Copper Vole broke into Dunmore Bank on February 9. Brightwater Labs warned Dunmore Bank two hours later.",
			schema.EventWarning, "brightwater-labs", "dunmore-bank", "2026-02-09"},
		{"days later closing the sentence after a month: that month", "2026-02-19",
			"In March 2025 Copper Vole gained access to Dunmore Bank. Copper Vole encrypted the servers of Dunmore Bank four days later.",
			schema.EventAttack, "copper-vole", "dunmore-bank", "2025-03"},
		{"days later closing the sentence count from the month told outside a quotation", "2026-02-19",
			"In March 2025 Copper Vole gained access to Dunmore Bank. A member asked whether banks were \"fair game this month.\" Copper Vole encrypted the servers of Dunmore Bank four days later.",
			schema.EventAttack, "copper-vole", "dunmore-bank", "2025-03"},
		{"days later closing the sentence after a bare year give no date", "2026-02-19",
			"Copper Vole gained access to Dunmore Bank in 2025. Brightwater Labs warned Harrow Bank four days later.",
			schema.EventWarning, "brightwater-labs", "harrow-bank", ""},
		{"many days later after a month give no date", "2026-02-19",
			"Copper Vole gained access to Dunmore Bank in March 2025. Brightwater Labs warned Harrow Bank twenty days later.",
			schema.EventWarning, "brightwater-labs", "harrow-bank", ""},
		{"days later closing the sentence after a day: that day moved by the count", "2026-02-19",
			"Copper Vole gained access to Dunmore Bank in March 2025. The attackers were seen on March 3. Brightwater Labs warned Harrow Bank \"this month.\" Brightwater Labs warned Dunmore Bank two days later.",
			schema.EventWarning, "brightwater-labs", "dunmore-bank", "2025-03-05"},
		{"weeks later closing the sentence is left to the time tagger", "2026-02-19",
			"In March 2024 Kasia Vell published an analysis of the Nightjar spyware. Brightwater Labs warned Harrow Bank about Grey Heron weeks later.",
			schema.EventWarning, "brightwater-labs", "harrow-bank", ""},
		{"a span that does not close the sentence sets no sequel", "2026-02-19",
			"Grey Heron hacked Dunmore Bank on May 3, 2023. Copper Vole hacked Carrick Bank hours later than planned.",
			schema.EventIntrusion, "copper-vole", "carrick-bank", ""},
		{"a counted span of hours opening the sentence: the day of the time before", "2026-02-19",
			"Grey Heron breached Dunmore Bank on May 3, 2023. Two hours later, Dunmore Bank alerted the Tessaly Police.",
			schema.EventWarning, "dunmore-bank", "tessaly-police", "2023-05-03"},
		{"a counted span of days after a month: that month", "2026-02-19",
			"Grey Heron breached Dunmore Bank in May 2023. Three days later, Dunmore Bank alerted the Tessaly Police.",
			schema.EventWarning, "dunmore-bank", "tessaly-police", "2023-05"},
		{"a count of hours of a day or more after a day: the month", "2026-02-19",
			"Grey Heron breached Dunmore Bank on May 3, 2023. Within 48 hours, Dunmore Bank alerted the Tessaly Police.",
			schema.EventWarning, "dunmore-bank", "tessaly-police", "2023-05"},
		{"a span after 'just': as the span alone", "2026-02-19",
			"Grey Heron breached Dunmore Bank in May 2023. Just days later, Dunmore Bank alerted the Tessaly Police.",
			schema.EventWarning, "dunmore-bank", "tessaly-police", "2023-05"},
		{"a count of days over a week after a month sets no sequel", "2026-02-19",
			"Grey Heron breached Dunmore Bank in May 2023. Ten days later, Dunmore Bank alerted the Tessaly Police.",
			schema.EventWarning, "dunmore-bank", "tessaly-police", ""},
		{"a span compared with a plan sets no sequel", "2026-02-19",
			"Grey Heron hacked Dunmore Bank in May 2023. Days later than planned, Copper Vole hacked Carrick Bank.",
			schema.EventIntrusion, "copper-vole", "carrick-bank", ""},
		{"a verb after ', and' shares the fronted day of the verb it is coordinated with", "2026-02-06",
			"On Tuesday, the Norland Police arrested Jon Vask, a Tarsanian engineer, and accused him of spying for Grey Heron.",
			schema.EventAccusation, "norland-police", "jon-vask", "2026-02-03"},
		{"a verb after ', and' shares the day after the verb it is coordinated with", "2026-02-06",
			"The Norland Police arrested Jon Vask, a Tarsanian engineer, on Tuesday, and accused him of spying for Grey Heron.",
			schema.EventAccusation, "norland-police", "jon-vask", "2026-02-03"},
		{"a verb after ', and' keeps its own time", "2026-02-06",
			"The Norland Police arrested Jon Vask, a Tarsanian engineer, on Tuesday, and accused him in January of spying for Grey Heron.",
			schema.EventAccusation, "norland-police", "jon-vask", "2026-01"},
		{"a later definite mention dates the incident", "2025-06-10",
			"Ukraine's CERT has warned of a new attack campaign by Grey Heron. Analysts found the entry point of the 2024 attack.",
			schema.EventAttack, "grey-heron", "", "2024"},
		{"a later definite mention refines a coarser date", "2024-02-23",
			"The Treasury said Copper Vole was behind last year's attack on Brightwater Labs. Within days of the attack in December, engineers restored power.",
			schema.EventAttack, "copper-vole", "brightwater-labs", "2023-12"},
		{"a verb's object leaves the time to the verb", "2024-02-23",
			"Copper Vole attacked Brightwater Labs last year. Brightwater Labs discovered the attack in December.",
			schema.EventAttack, "copper-vole", "brightwater-labs", "2023"},
		{"a possessive time names the incident's time", "2025-06-10",
			"Grey Heron attacked Brightwater Labs. Last year's attack cost millions.",
			schema.EventAttack, "grey-heron", "brightwater-labs", "2024"},
		{"an indefinite mention is another incident", "2025-06-10",
			"Grey Heron attacked Brightwater Labs. Analysts also saw an attack in 2019.",
			schema.EventAttack, "grey-heron", "brightwater-labs", ""},
		{"a conflicting date is another incident", "2025-06-10",
			"Grey Heron attacked Brightwater Labs in March 2025. The 2019 attack was smaller.",
			schema.EventAttack, "grey-heron", "brightwater-labs", "2025-03"},
		{"an advisory named again with its issue day takes that day", "2026-01-28",
			"The Norland Cyber Office has published a technical advisory on a botnet of hijacked routers. The advisory, released on Monday, ties the botnet to Grey Heron.",
			schema.EventWarning, "norland-cyber-office", "", "2026-01-26"},
		{"a later possessive mention of a report takes its issue day", "2025-09-17",
			"What Brightwater Labs found, in a report published on Tuesday, is a detailed account of the spyware. Brightwater Labs did not name a government in its report, saying only that the operator sat in Karsovia.",
			schema.EventReport, "brightwater-labs", "", "2025-09-16"},
		{"a later indefinite report is another document", "2025-09-17",
			"What Brightwater Labs found, in a report published on Tuesday, is a detailed account of the spyware. Months earlier, Brightwater Labs had issued a report on Grey Heron.",
			schema.EventReport, "brightwater-labs", "", ""},
		{"weeks ago counts back to a day", "2025-03-14",
			"Grey Heron hacked Brightwater Labs two weeks ago.",
			schema.EventIntrusion, "grey-heron", "brightwater-labs", "2025-02-28"},
		{"a week ago counts back to a day", "2025-03-14",
			"Grey Heron hacked Brightwater Labs a week ago.",
			schema.EventIntrusion, "grey-heron", "brightwater-labs", "2025-03-07"},
		{"last week stays a week", "2025-03-14",
			"Grey Heron hacked Brightwater Labs last week.",
			schema.EventIntrusion, "grey-heron", "brightwater-labs", "2025-03"},
		{"a day after a clause: a day before the main clause's day", "2025-01-16",
			"Karsovia on Wednesday denied any role in the outage. The denial came a day after Prime Minister Ilsa Koren blamed Grey Heron for the outage.",
			schema.EventAccusation, "ilsa-koren", "grey-heron", "2025-01-14"},
		{"a day after a noun phrase: the event its noun names is a day before the main clause's day", "2025-01-16",
			"The Norland Police arrested Jon Vask on Wednesday. The arrest came a day after the publication of a sharply worded report by Brightwater Labs.",
			schema.EventReport, "brightwater-labs", "", "2025-01-14"},
		{"a day after a noun phrase that opens a clause leaves its noun undated", "2025-01-16",
			"The Norland Police arrested Jon Vask on Wednesday. The arrest came a day after the Brightwater Labs report reached lawmakers.",
			schema.EventReport, "brightwater-labs", "", ""},
		{"two days after a dated event noun", "2024-06-10",
			"Grey Heron attacked Brightwater Labs on May 3, 2024. The Norland Police arrested Jon Vask two days after the attack.",
			schema.EventLegal, "norland-police", "jon-vask", "2024-05-05"},
		{"a week before a dated event noun", "2024-06-10",
			"Grey Heron attacked Brightwater Labs on May 23, 2024. The Norland Cyber Office warned Brightwater Labs a week before the attack.",
			schema.EventWarning, "norland-cyber-office", "brightwater-labs", "2024-05-16"},
		{"no day to count from", "2024-06-10",
			"Grey Heron attacked Brightwater Labs two days after the election.",
			schema.EventAttack, "grey-heron", "brightwater-labs", ""},
		{"at that time points back to the last time", "2024-10-09",
			"The Norland Cyber Office flagged the flaw in July. It had warned Brightwater Labs about it at that time.",
			schema.EventWarning, "norland-cyber-office", "brightwater-labs", "2024-07"},
		{"said at the time points back to the last time", "2025-09-19",
			"Interior Minister Ana Berg appeared before the committee in August. \"Nobody in my ministry was warned,\" she said at the time. Berg's spokesman said on Friday that she stood by her testimony.",
			schema.EventStatement, "ana-berg", "", "2025-08"},
		{"said at the time that points back to the last time", "2025-09-19",
			"Grey Heron knocked out the ticketing system of Velmora Rail in May. Velmora Rail said at the time that about 3,000 passengers were affected.",
			schema.EventStatement, "velmora-rail", "", "2025-05"},
		{"a saying dated at the time sets no occasion the next paragraph goes on at", "2025-09-19",
			"Grey Heron knocked out the ticketing system of Velmora Rail on May 12. Velmora Rail said at the time that about 3,000 passengers were affected.\n\nTransport Minister Ilse Varga said she had ordered a review of the operator's contracts.",
			schema.EventStatement, "ilse-varga", "", ""},
		{"at the time that a clause tells is no saying's", "2025-09-19",
			"Harrow Bank was breached in March. At the time that the breach began, the bank said its systems were safe.",
			schema.EventStatement, "harrow-bank", "", ""},
		{"at the time opening the sentence dates its denial", "2025-09-19",
			"Ana Berg published the ministry's surveillance logs in March. At the time, the Norland Cyber Office denied it had watched Brightwater Labs.",
			schema.EventDenial, "norland-cyber-office", "", "2025-03"},
		{"at the time opening the sentence dates its saying", "2025-09-19",
			"Ana Berg published the ministry's surveillance logs in March. At the time, the Norland Cyber Office said it kept no such logs.",
			schema.EventStatement, "norland-cyber-office", "", "2025-03"},
		{"at the time points back past a span since a year", "2025-09-19",
			"Ana Berg published logs in March showing that the ministry had, since 2021, tracked students. At the time, the Norland Cyber Office denied it had watched Brightwater Labs.",
			schema.EventDenial, "norland-cyber-office", "", "2025-03"},
		{"at the time of a noun opening the sentence is not the phrase", "2025-09-19",
			"Ana Berg published the ministry's surveillance logs in March. At the time of the leak, the Norland Cyber Office said it kept no such logs.",
			schema.EventStatement, "norland-cyber-office", "", ""},
		{"a report not right before at the time stays undated", "2025-09-19",
			"The Norland Cyber Office flagged the flaw in July. Ana Berg said Brightwater Labs was careless at the time.",
			schema.EventStatement, "ana-berg", "", ""},
		{"at the time after a denial's object points back to the last time", "2025-09-19",
			"Grey Heron knocked out the ticketing system of Velmora Rail in May. The Norland Cyber Office rejected the accusation at the time, calling it a smear.",
			schema.EventDenial, "norland-cyber-office", "", "2025-05"},
		{"at the time after a denial's possessive object points back to the last time", "2025-09-19",
			"Grey Heron knocked out the ticketing system of Velmora Rail in May. The Norland Cyber Office dismissed the operator's claims at the time.",
			schema.EventDenial, "norland-cyber-office", "", "2025-05"},
		{"at the time needs an earlier time", "2024-10-09",
			"The Norland Cyber Office warned Brightwater Labs about the flaw at the time.",
			schema.EventWarning, "norland-cyber-office", "brightwater-labs", ""},
		{"at the time of a noun is not the phrase", "2024-10-09",
			"Grey Heron struck in July. The Norland Cyber Office warned Brightwater Labs at the time of the breach.",
			schema.EventWarning, "norland-cyber-office", "brightwater-labs", ""},
		{"a report goes on at the day of the report before", "2025-11-21",
			"The Norland Cyber Office said on Thursday that Grey Heron had breached the port. Lena Okafor told the jury that she met her handlers in Vienna.",
			schema.EventStatement, "lena-okafor", "", "2025-11-20"},
		{"a time before the report sets a new reference", "2025-11-21",
			"The Norland Cyber Office said on Thursday that Grey Heron had breached the port. The case began in July 2016, when Lena Okafor told the police about the flaw.",
			schema.EventStatement, "lena-okafor", "", "2016-07"}, // not Thursday: the when clause restates July 2016
		{"a telling two sentences on takes the paragraph's day", "2025-11-21",
			"The Norland Cyber Office said on Thursday that Grey Heron had breached the port. The trial opened in Vienna. Lena Okafor told the jury that she met her handlers there.",
			schema.EventStatement, "lena-okafor", "", "2025-11-20"},
		{"telling a committee sets the report's day", "2026-05-08",
			"Director Osric Vale told the Norland Senate on Thursday that the agency had warned the port. Vale said the agency briefed Mira Tull on March 12.",
			schema.EventStatement, "osric-vale", "", "2026-05-07"},
		{"a warning not told with a verb of saying sets no report day", "2026-05-08",
			"The Norland Cyber Office alerted Brightwater Labs on Thursday to the flaw. Osric Vale said the agency briefed Mira Tull on March 12.",
			schema.EventStatement, "osric-vale", "", ""},
		{"a trailing attribution by a described speaker dates not the deed before it", "2026-09-04",
			"Copper Vole stole design files from Harrow Bank, the Norland lender said on Wednesday.",
			schema.EventTheft, "copper-vole", "harrow-bank", ""},
		{"a trailing attribution by an unnamed spokesman dates not the deed before it", "2026-09-04",
			"Grey Heron broke into the network of Dunmore Bank, a spokesman said on Wednesday, in an attack first detected last Tuesday.",
			schema.EventIntrusion, "grey-heron", "dunmore-bank", ""},
		{"a time of the reported clause past a name set off by commas dates not the trailing telling", "2026-05-22",
			"Grey Heron had stolen payroll files from the contractor, Halden Systems, in 2025, the agency's director, Mara Kessel, told the committee.",
			schema.EventStatement, "mara-kessel", "", ""},
		{"a month of the reported clause past a name set off by commas dates not the trailing saying", "2026-05-22",
			"Grey Heron broke into the network of the insurer, Velmora Mutual, in March, its chief executive, Tomas Brandt, said.",
			schema.EventStatement, "tomas-brandt", "", ""},
		{"the reported clause keeps its time past a name set off by commas", "2026-05-22",
			"Grey Heron broke into the network of the insurer, Velmora Mutual, in March, its chief executive, Tomas Brandt, said.",
			schema.EventIntrusion, "grey-heron", "velmora-mutual", "2026-03"},
		{"a day before a topic phrase dates not the deed the asking is about", "2026-05-22",
			"Members of the Norland Security Committee questioned the head of the Velmora Cyber Board on Thursday about a delayed report on an intrusion at Halden Systems.",
			schema.EventIntrusion, "", "halden-systems", ""},
		{"a day before a topic phrase far from the verb past long names dates not the deed", "2026-05-22",
			"Members of the Norland House Homeland Security Committee questioned the head of the Velmora Cyber Safety Review Board on Thursday about a delayed report on an intrusion at Halden Systems.",
			schema.EventIntrusion, "", "halden-systems", ""},
		{"a day before 'about' dates not the deed spoken of", "2026-05-22",
			"The minister spoke to reporters on Monday about the attack on Halden Systems.",
			schema.EventAttack, "", "halden-systems", ""},
		{"a deed's own day before 'about a week after' stays the deed's", "2026-05-22",
			"Grey Heron attacked Halden Systems on Monday, about a week after the breach of Velmora Bank.",
			schema.EventAttack, "grey-heron", "halden-systems", "2026-05-18"},
		{"a deed planned, reported on a day, is not done that day", "2026-10-14",
			"The Norland Police said on Monday Grey Heron planned to break into the network of Harrow Bank.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", ""},
		{"the saying of a plan keeps its day", "2026-10-14",
			"The Norland Police said on Monday Grey Heron planned to break into the network of Harrow Bank.",
			schema.EventStatement, "norland-police", "", "2026-10-12"},
		{"a deed's own day before a trailing attribution stays the deed's", "2026-09-04",
			"Grey Heron broke into the network of Dunmore Bank on August 20, a spokesman said on Wednesday.",
			schema.EventIntrusion, "grey-heron", "dunmore-bank", "2026-08-20"},
		{"a day before an accusation dates not the deed accused of", "2026-10-15",
			"The Norland Cyber Office on Wednesday accused Grey Heron of breaking into the network of Dunmore Bank.",
			schema.EventIntrusion, "grey-heron", "dunmore-bank", ""},
		{"a day after the deed accused of stays the deed's", "2026-10-15",
			"The Norland Cyber Office accused Grey Heron of breaking into the network of Dunmore Bank on October 2.",
			schema.EventIntrusion, "grey-heron", "dunmore-bank", "2026-10-02"},
		{"hours after a noun without an event type: the last day told", "2026-02-12",
			"A court in Norland on Wednesday convicted Jon Vask of spying. Hours after the verdict, the Norland Foreign Ministry expelled three Karsovian diplomats.",
			schema.EventSanction, "norland-foreign-ministry", "", "2026-02-11"},
		{"a claim made within hours of a dated attack takes its day", "2024-06-10",
			"Grey Heron attacked Brightwater Labs on May 3, 2024. A persona calling itself Iron Wolf claimed responsibility on Telegram within hours of the attack.",
			schema.EventStatement, "iron-wolf", "", "2024-05-03"},
		{"a claim timed from a deed sets no occasion for the next speaker", "2024-06-10",
			"Grey Heron attacked Brightwater Labs on May 3, 2024.\n\nA persona calling itself Iron Wolf claimed responsibility on Telegram within hours of the attack. The Norland Cyber Office said the persona was a front.",
			schema.EventStatement, "norland-cyber-office", "", ""},
		{"a saying whose reported clause holds the phrase keeps no day of it", "2024-06-10",
			"Grey Heron attacked Brightwater Labs on May 3, 2024. Lena Okafor said the servers had failed within hours of the attack.",
			schema.EventStatement, "lena-okafor", "", ""},
		{"within hours of a dated event noun", "2024-06-10",
			"Grey Heron attacked Brightwater Labs on May 3, 2024. The Norland Police arrested Jon Vask within hours of the attack.",
			schema.EventLegal, "norland-police", "jon-vask", "2024-05-03"},
		{"a bare span within days after a month keeps that month", "2025-11-10",
			"Grey Heron broke into the network of Harrow Bank in April. The Norland Cyber Office warned Dunmore Bank within days, and Dunmore Bank shut its servers.",
			schema.EventWarning, "norland-cyber-office", "dunmore-bank", "2025-04"},
		{"a span within days after an infinitive dates nothing", "2025-11-10",
			"Grey Heron broke into the network of Harrow Bank in April. The Norland Cyber Office decided to warn Dunmore Bank within days.",
			schema.EventWarning, "norland-cyber-office", "dunmore-bank", ""},
		{"the same month's recalled warning takes the day told before", "2025-06-10",
			"The Norland Cyber Office warned a bank in Solvia on February 9 that Grey Heron was inside its network. And in February, the same month the Norland Cyber Office warned Harrow Bank, Grey Heron attacked Dunmore Bank.",
			schema.EventWarning, "norland-cyber-office", "harrow-bank", "2025-02-09"},
		{"a month's event with no earlier day keeps its month", "2025-06-10",
			"And in February, the same month the Norland Cyber Office warned Harrow Bank, Grey Heron attacked Dunmore Bank.",
			schema.EventWarning, "norland-cyber-office", "harrow-bank", "2025-02"},
		{"and again on a second day tells the deed twice: the first", "2025-09-19",
			"Osric Vale said the Norland Cyber Office warned Brightwater Labs on June 2 and again on June 20.",
			schema.EventWarning, "norland-cyber-office", "brightwater-labs", "2025-06-02"},
		{"the speaker goes on at the occasion of the sentence before", "2025-06-07",
			"Lena Okafor defended the measure on Friday. \"Nobody has anything to fear,\" Okafor told a news conference in Solvia.",
			schema.EventStatement, "lena-okafor", "", "2025-06-06"},
		{"a trailing attribution's day dates the report, not the deed", "2025-06-07",
			"Grey Heron hacked Harrow Bank as it moved money abroad, the Daily Ledger reported Tuesday night.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", ""},
		{"the speaker named with a title goes on too", "2025-06-07",
			"Interior Minister Lena Okafor defended the measure on Friday. \"Nobody has anything to fear,\" Okafor told a news conference in Solvia.",
			schema.EventStatement, "lena-okafor", "", "2025-06-06"},
		{"a speaker's accusation goes on at the day of the speaker's warning in the same sentence", "2026-05-06",
			"Senator Lena Okafor warned on Tuesday that the order weakens oversight, and she accused the Grey Heron group of hiding the breach.",
			schema.EventAccusation, "lena-okafor", "", "2026-05-05"},
		{"a speaker's dated accusation dates the speaker's report of the next sentence", "2025-03-13",
			"The Norland Cyber Office on Tuesday attributed the theft to Grey Heron. In a public advisory, the Norland Cyber Office said the stolen funds had been moved abroad.",
			schema.EventReport, "norland-cyber-office", "", "2025-03-11"},
		{"a speaker's day goes on through the paragraph", "2025-03-13",
			"The Norland Cyber Office on Tuesday attributed the theft to Grey Heron. Grey Heron has long targeted Norland. In a public advisory, the Norland Cyber Office said the stolen funds had been moved abroad.",
			schema.EventReport, "norland-cyber-office", "", "2025-03-11"},
		{"a month of what is told is no speaker's day", "2025-09-18",
			"In a statement, Lena Okafor said her June remarks had been accurate, and she denied that the government had hidden the breach.",
			schema.EventDenial, "lena-okafor", "", ""},
		{"a speaker's warning in the simple past goes on at the speaker's day", "2025-03-13",
			"The Norland Cyber Office on Tuesday attributed the theft to Grey Heron. The Norland Cyber Office urged Harrow Bank to block transfers to Grey Heron.",
			schema.EventWarning, "norland-cyber-office", "harrow-bank", "2025-03-11"},
		{"a speaker's warning in the past perfect is of another time", "2025-03-13",
			"The Norland Cyber Office on Tuesday attributed the theft to Grey Heron. The Norland Cyber Office had warned Harrow Bank about Grey Heron.",
			schema.EventWarning, "norland-cyber-office", "harrow-bank", ""},
		{"an accusation told in a dated telling is made on its day", "2026-03-19",
			"The Norland Cyber Office told a Senate committee on Wednesday that Grey Heron had hit the port. Lena Okafor, the director of the Norland Cyber Office, said her agency had traced the attack to Grey Heron.",
			schema.EventAccusation, "norland-cyber-office", "grey-heron", "2026-03-18"},
		{"an accusation told in an undated telling stays undated", "2026-03-19",
			"Lena Okafor, the director of the Norland Cyber Office, said her agency had traced the attack to Grey Heron.",
			schema.EventAccusation, "norland-cyber-office", "grey-heron", ""},
		{"another speaker in the paragraph takes its day", "2025-06-07",
			"Lena Okafor defended the measure on Friday. \"Nobody has anything to fear,\" Osric Vale told a news conference in Solvia.",
			schema.EventStatement, "osric-vale", "", "2025-06-06"},
		{"a subject with two times leaves the paragraph its day", "2025-06-07",
			"Lena Okafor signed the order on Friday and enforced it in May. \"Nobody has anything to fear,\" Okafor told a news conference in Solvia.",
			schema.EventStatement, "lena-okafor", "", "2025-06-06"},
		{"a lede's nameless arrest dates the arrest told with the name", "2024-09-20",
			"A Karsovian national was arrested in Ostreva last Tuesday, prosecutors said. The Norland Police detained Jon Vask at the airport.",
			schema.EventLegal, "norland-police", "jon-vask", "2024-09-17"},
		{"a nameless arrest dates only the sentence right after", "2024-09-20",
			"A Karsovian national was arrested in Ostreva last Tuesday. The trial will open in Vienna. The Norland Police detained Jon Vask at the airport.",
			schema.EventLegal, "norland-police", "jon-vask", ""},
		{"a deed of another type takes no time from it", "2024-09-20",
			"A Karsovian national was arrested in Ostreva last Tuesday. Grey Heron hacked Brightwater Labs.",
			schema.EventIntrusion, "grey-heron", "brightwater-labs", ""},
		{"a definite subject's deed in a month refines the incident", "2024-02-23",
			"The Treasury said Copper Vole was behind last year's attack on Brightwater Labs. The attack crippled the lab's servers in December.",
			schema.EventAttack, "copper-vole", "brightwater-labs", "2023-12"},
		{"a past like the base, read as a noun by the tagger", "2024-02-23",
			"The Treasury said Copper Vole was behind last year's attack on Brightwater Labs. The attack cut power to 200,000 homes in December.",
			schema.EventAttack, "copper-vole", "brightwater-labs", "2023-12"},
		{"what was learnt of the incident is not its time", "2024-02-23",
			"The Treasury said Copper Vole was behind last year's attack on Brightwater Labs. The attack was discovered in December.",
			schema.EventAttack, "copper-vole", "brightwater-labs", "2023"},
		{"weeks later than the incident its verb takes", "2026-07-15",
			"Grey Heron attacked Brightwater Labs on March 3. Brightwater Labs said on March 5 that it had refused to pay. Copper Vole claimed the attack on its leak site two weeks later.",
			schema.EventStatement, "copper-vole", "", "2026-03-17"},
		{"weeks later without an incident noun counts from the narrative", "2026-07-15",
			"Grey Heron attacked Brightwater Labs on March 3. Brightwater Labs said on March 5 that it had refused to pay. Copper Vole hacked Tessin Water two weeks later.",
			schema.EventIntrusion, "copper-vole", "tessin-water", "2026-03-19"},
		{"an unnamed speaker's telling on a day sets the occasion", "2025-09-18",
			"Norland's intelligence chiefs told a parliamentary committee on Wednesday that Grey Heron had hacked Brightwater Labs. Lena Okafor said the breach had lasted months.",
			schema.EventStatement, "lena-okafor", "", "2025-09-17"},
		{"the testimony named again keeps the occasion", "2025-09-18",
			"Norland's intelligence chiefs told a parliamentary committee on Wednesday that Grey Heron had hacked Brightwater Labs. The testimony, given in an open session, was the first public account. Lena Okafor said the breach had lasted months.",
			schema.EventStatement, "lena-okafor", "", "2025-09-17"},
		{"another sentence in between ends the occasion", "2025-09-18",
			"Norland's intelligence chiefs told a parliamentary committee on Wednesday that Grey Heron had hacked Brightwater Labs. Grey Heron has long targeted Norland. Lena Okafor said the breach had lasted months.",
			schema.EventStatement, "lena-okafor", "", ""},
		{"a day of what is told is not the telling's", "2025-09-18",
			"Norland's intelligence chiefs told a parliamentary committee that Grey Heron hacked Brightwater Labs on Wednesday. Lena Okafor said the breach had lasted months.",
			schema.EventStatement, "lena-okafor", "", ""},
		{"a quote told on a day dates the report it follows", "2025-09-19",
			"The Karsovian embassy rejected the claim. \"Karsovia has never attacked anyone,\" an embassy spokesperson said in a statement on Thursday.",
			schema.EventDenial, "karsovian-embassy", "", "2025-09-18"},
		{"a telling without a quote by the same speaker dates the reaction before it (sameSpeakerDays)", "2025-09-19",
			"The Karsovian embassy rejected the claim. An embassy spokesperson said in a statement on Thursday that Karsovia had never attacked anyone.",
			schema.EventDenial, "karsovian-embassy", "", "2025-09-18"},
		{"a fronted occasion on a day dates the reaction told before it", "2025-09-19",
			"The Karsovian embassy rejected the claim. In a statement on Thursday evening, the embassy said Karsovia had never attacked anyone.",
			schema.EventDenial, "karsovian-embassy", "", "2025-09-18"},
		{"a fronted briefing on a day dates the reaction told before it", "2025-09-19",
			"Karsovia dismissed the allegations. At a regular briefing on Thursday, a Karsovian foreign ministry spokesperson called the report a fabrication.",
			schema.EventDenial, "karsovia", "", "2025-09-18"},
		{"a report told at the end of the sentence before is no reaction of the occasion", "2025-09-19",
			"Grey Heron had breached the ministry, the Ostreva Courier reported. At a news conference on Thursday, Lena Okafor said the breach was contained.",
			schema.EventReport, "ostreva-courier", "", ""},
		{"that before a singular noun object is a determiner, not a clause of its own", "2025-09-19",
			"Senator Osric Vale accused Lena Okafor of lying. Okafor rejected that charge on Thursday.",
			schema.EventDenial, "lena-okafor", "", "2025-09-18"},
		{"that before a preposition and no verb after it is the object pronoun", "2025-09-19",
			"Senator Osric Vale said Lena Okafor had lied. Okafor denied that in a radio interview on Thursday.",
			schema.EventDenial, "lena-okafor", "", "2025-09-18"},
		{"that before a fronted phrase with a verb after it opens a clause", "2025-09-19",
			"Lena Okafor denied that in March Grey Heron had breached Brightwater Labs on Thursday.",
			schema.EventDenial, "lena-okafor", "", ""},
		{"that as the object before a phrase of time is a pronoun, not a clause of its own", "2025-09-19",
			"Senator Osric Vale accused Lena Okafor of lying. Okafor denied that in a radio interview on Thursday.",
			schema.EventDenial, "lena-okafor", "", "2025-09-18"},
		{"that before a fronted time and a finite verb still opens a clause", "2025-09-19",
			"Lena Okafor said that on Thursday malware hit Brightwater Labs.",
			schema.EventStatement, "lena-okafor", "", ""},
		{"a time between the subject and the first verb dates a later conjunct past a reported clause", "2025-09-19",
			"The Karsovian Foreign Ministry on Tuesday called the sanctions a provocation, denied that it had hacked Brightwater Labs and said it would respond.",
			schema.EventStatement, "karsovian-foreign-ministry", "", "2025-09-16"},
		{"a time in a relative clause of the subject dates none of its verbs", "2025-09-19",
			"The Karsovian Foreign Ministry, which met on Tuesday, denied that it had hacked Brightwater Labs and said it would respond.",
			schema.EventDenial, "karsovian-foreign-ministry", "", ""},
		{"that after a verb of saying still opens a clause", "2025-09-19",
			"Lena Okafor said that malware hit Brightwater Labs on Thursday.",
			schema.EventStatement, "lena-okafor", "", ""},
		{"a clause opened by when after a time restates it", "2025-11-20",
			"The affair came to light in October, when Vigil Reporters, working with forensic specialists, reported that the phones of 11 politicians had been infected.",
			schema.EventReport, "vigil-reporters", "", "2025-10"},
		{"a when clause tells what was said at that time", "2025-11-20",
			"Osric Vale accused Lena Okafor of misleading parliament in June, when Okafor told the Senate that the vote was safe.",
			schema.EventStatement, "lena-okafor", "senate", "2025-06"},
		{"a when clause in the passive restates the time", "2025-11-20",
			"The theft came to light on Nov. 3, when Tessin Water was warned by Brightwater Labs, which had seen the files for sale.",
			schema.EventWarning, "brightwater-labs", "tessin-water", "2025-11-03"},
		{"a when clause in the perfect restates the time", "2025-11-20",
			"The flaw was found in June, when Osric Vale had quietly warned Tessin Water about it.",
			schema.EventWarning, "osric-vale", "tessin-water", "2025-06"},
		{"a when clause whose first verb takes the deed as its infinitive restates the time", "2025-11-20",
			"Tessin Water was first targeted in 2023, when Grey Marten tried to break into its billing network.",
			schema.EventIntrusion, "grey-marten", "tessin-water", "2023"},
		{"a denial a day later counts from the accusation it takes, not the last day told", "2025-11-20",
			"The Ostrevian foreign ministry accused Karsovia on Monday of hacking its embassies. Investigators said the intruders were first seen on October 6. Karsovia denied the accusation two days later.",
			schema.EventDenial, "karsovia", "", "2025-11-19"},
		{"an adverb between 'to' and the deed keeps the when clause's time", "2025-11-20",
			"The bank was hit again in March, when Grey Marten attempted to quietly steal customer records from Harrow Bank.",
			schema.EventTheft, "grey-marten", "harrow-bank", "2025-03"},
		{"a described subject's aside in a when clause does not hide its first verb", "2025-11-20",
			"Harrow Bank learned of the breach only in March, when Brightwater Labs, a firm that runs its servers, detected logins from abroad.",
			schema.EventReport, "brightwater-labs", "", "2025-03"},
		{"a when clause whose first verb takes the telling noun as its object restates the time", "2025-11-20",
			"The first warning came on Sunday, Nov. 2, when the Tessaly Police passed Harrow Bank a list of servers used by Grey Heron.",
			schema.EventWarning, "tessaly-police", "harrow-bank", "2025-11-02"},
		{"the following day after a month counts from the day told in the sentence before", "2025-11-20",
			"Grey Heron hit Harrow Bank with ransomware on Oct. 6. In November, the gang published the stolen files. The bank alerted the Tessaly Police on the morning of the attack. The police warned Brightwater Labs the following day.",
			schema.EventWarning, "tessaly-police", "brightwater-labs", "2025-10-07"},
		{"a day later after a month keeps the month when the sentence before gives no day", "2025-11-20",
			"Grey Heron hit Harrow Bank with ransomware on Oct. 6. In November, the gang published the stolen files. The bank hired Brightwater Labs. The Tessaly Police warned Brightwater Labs a day later.",
			schema.EventWarning, "tessaly-police", "brightwater-labs", "2025-11"},
		{"a year modifying a noun dates no deed of another clause", "2025-11-20",
			"The trial is the first held under the 2021 Act, which Ostrevia used to prosecute Lena Okafor.",
			schema.EventLegal, "ostrevia", "lena-okafor", ""},
		{"a year as the sentence's only time still dates a deed of another clause", "2025-11-20",
			"The trial is the first held since 2021, when Ostrevia prosecuted Lena Okafor.",
			schema.EventLegal, "ostrevia", "lena-okafor", "2021"},
		{"a day before the first verb is the scene of a clause coordinated after it", "2026-03-13",
			"Ostrevia on Wednesday blamed Grey Heron for the breach of its parliament a year ago, and both governments summoned Karsovia's ambassador.",
			schema.EventOther, "", "karsovia", "2026-03-11"},
		{"a day after the first verb is no scene of a clause coordinated after it", "2026-03-13",
			"Ostrevia blamed Grey Heron for a breach on Wednesday, and both governments summoned Karsovia's ambassador.",
			schema.EventOther, "", "karsovia", ""},
		{"what is told outside a court is told on the day of the court's step", "2025-11-20",
			"Osric Vale was charged on Tuesday with spying for Karsovia. Two other men were named in the file. Lena Okafor, his lawyer, told reporters outside the courthouse that the case was weak.",
			schema.EventStatement, "lena-okafor", "", "2025-11-18"},
		{"what is told outside a court takes the day of the verdict, not of an arrest told after it", "2025-11-20",
			"A jury in Varn convicted Osric Vale on Tuesday of selling data to Karsovia.\n\nThe bank employs 4,000 people. Its systems were restored in May. Investigators traced the payments to an account in his name. The Tessaly Police arrested Vale in Varn on March 3.\n\nLena Okafor, his lawyer, told reporters outside the courthouse that the case was weak.",
			schema.EventStatement, "lena-okafor", "", "2025-11-18"},
		{"what is told outside a court takes no day of an arrest alone", "2025-11-20",
			"The Tessaly Police arrested Osric Vale in Varn on March 3.\n\nThe bank employs 4,000 people. Its systems were restored in May.\n\nLena Okafor, his lawyer, told reporters outside the courthouse that the case was weak.",
			schema.EventStatement, "lena-okafor", "", ""},
		{"what is told outside a court is told on the day of a court appearance the story dates", "2025-11-20",
			"Osric Vale, accused of spying for Karsovia, made his first court appearance on Tuesday.\n\nThe bank employs 4,000 people.\n\nLena Okafor, his lawyer, told reporters outside the courthouse that the case was weak.",
			schema.EventStatement, "lena-okafor", "", "2025-11-18"},
		{"an appearance in a named court dates what is told outside it", "2025-11-20",
			"Osric Vale appeared in the Varn District Court on Tuesday.\n\nLena Okafor, his lawyer, told reporters outside the courthouse that the case was weak.",
			schema.EventStatement, "lena-okafor", "", "2025-11-18"},
		{"a day of the court's step goes before that of an appearance", "2025-11-20",
			"Osric Vale made his first court appearance on Monday.\n\nA jury in Varn convicted him on Tuesday of selling data to Karsovia.\n\nLena Okafor, his lawyer, told reporters outside the courthouse that the case was weak.",
			schema.EventStatement, "lena-okafor", "", "2025-11-18"},
		{"an appearance on television is no court appearance", "2025-11-20",
			"Osric Vale appeared on television on Tuesday.\n\nLena Okafor, his lawyer, told reporters outside the courthouse that the case was weak.",
			schema.EventStatement, "lena-okafor", "", ""},
		{"a testimony is told on the day of the hearing, not at the time it reports", "2025-11-20",
			"Lena Okafor told the Senate Intelligence Committee on Tuesday that Grey Heron had breached Harrow Bank.\n\nThe bank employs 4,000 people. Its systems were restored in May.\n\nOsric Vale, the deputy director of the Tessaly Police, testified that his officers had warned the bank in late April.",
			schema.EventStatement, "osric-vale", "", "2025-11-18"},
		{"a testimony opened by 'Testifying' is told on the day of the hearing", "2025-11-20",
			"Lena Okafor told the Senate Intelligence Committee on Tuesday that Grey Heron had breached Harrow Bank.\n\nThe bank employs 4,000 people. Its systems were restored in May.\n\nTestifying before the committee, Osric Vale said his officers first saw the intruders on Oct. 3.",
			schema.EventStatement, "osric-vale", "", "2025-11-18"},
		{"a quotation told to the committee is given on the day of the hearing", "2025-11-20",
			"Lena Okafor told the Senate Intelligence Committee on Tuesday that Grey Heron had breached Harrow Bank.\n\nThe bank employs 4,000 people. Its systems were restored in May.\n\n\"We sent the alert in writing,\" Osric Vale told the committee.",
			schema.EventStatement, "osric-vale", "senate-intelligence-committee", "2025-11-18"},
		{"a quotation told to the committee takes the hearing's day, not a later statement's", "2025-11-21",
			"Harrow Bank waited a month to tell the minister of the breach, the Joint Security Committee heard on Tuesday.\n\nOn Thursday, Harrow Bank said in a statement that it had acted quickly.\n\n\"We sent the alert in writing,\" Osric Vale told the committee.",
			schema.EventStatement, "osric-vale", "joint-security-committee", "2025-11-18"},
		{"a warning told to the committee before keeps no day of the hearing", "2025-11-20",
			"Lena Okafor told the Senate Intelligence Committee on Tuesday that Grey Heron had breached Harrow Bank.\n\nThe bank employs 4,000 people. Its systems were restored in May.\n\nOsric Vale previously told the committee that his officers had warned the bank.",
			schema.EventWarning, "osric-vale", "senate-intelligence-committee", ""},
		{"a saying set between commas leaves the fronted day to the deed it tells", "2025-11-20",
			"On Oct. 14, Osric Vale said, Grey Heron broke into Harrow Bank.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", "2025-10-14"},
		{"a saying set between commas takes not the fronted day", "2025-11-20",
			"Two days later, Osric Vale said, Grey Heron broke into Harrow Bank.",
			schema.EventStatement, "osric-vale", "", ""},
		{"a saying set between commas takes not the time after it", "2025-11-20",
			"Grey Heron, Osric Vale said, broke into Harrow Bank in March.",
			schema.EventStatement, "osric-vale", "", ""},
		{"a saying set between commas leaves the time after it to the deed", "2025-11-20",
			"Grey Heron, Osric Vale said, broke into Harrow Bank in March.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", "2025-03"},
		{"a saying set between commas keeps its own day", "2025-11-20",
			"Grey Heron, Osric Vale said on Monday, broke into Harrow Bank in March.",
			schema.EventStatement, "osric-vale", "", "2025-11-17"},
		{"a time in the subject of the clause told is not the telling's", "2025-11-20",
			"Lena Okafor told the Senate Intelligence Committee that an internal audit in March had flagged the risk.",
			schema.EventWarning, "lena-okafor", "senate-intelligence-committee", ""},
		{"a time fronted in the clause said is not the saying's", "2025-11-20",
			"Osric Vale said that in March the intruders returned to Harrow Bank.",
			schema.EventStatement, "osric-vale", "", ""},
		{"a time fronted in the clause told after the hearer is not the telling's", "2025-11-20",
			"Osric Vale told the committee that on Monday the intruders returned to Harrow Bank.",
			schema.EventStatement, "osric-vale", "", ""},
		{"a time before the clause said is the saying's", "2025-11-20",
			"Osric Vale said on Monday that an internal audit in March had flagged the risk.",
			schema.EventStatement, "osric-vale", "", "2025-11-17"},
		{"an allegation in the present takes not the time of the clause it alleges", "2026-03-04",
			"The Tessin Media Authority has sued Corra, a telecom company. The regulator alleges Corra had been warned about weaknesses in its support platform by an external auditor, Vell Risk Partners, in an assessment delivered in February 2025, but had not acted on the auditor's advice.",
			schema.EventAccusation, "tessin-media-authority", "corra", "2026-03-04"},
		{"an allegation keeps its own day before the clause it alleges", "2025-11-20",
			"Lena Okafor on Tuesday alleged Grey Heron had hacked Harrow Bank in March.",
			schema.EventAccusation, "lena-okafor", "grey-heron", "2025-11-18"},
		{"a saying closing a fronted day without commas keeps it", "2025-11-20",
			"On Oct. 14, Osric Vale said Grey Heron broke into Harrow Bank.",
			schema.EventStatement, "osric-vale", "", "2025-10-14"},
		{"a testimony told as given before keeps no day of the hearing", "2025-11-20",
			"Lena Okafor told the Senate Intelligence Committee on Tuesday that Grey Heron had breached Harrow Bank.\n\nThe bank employs 4,000 people. Its systems were restored in May.\n\nOsric Vale, the deputy director of the Tessaly Police, previously testified that his officers had warned the bank.",
			schema.EventStatement, "osric-vale", "", ""},
		{"a warning takes no time after publication from the plan it reports", "2025-11-20",
			"The Tessaly Police warned banks that Grey Heron plans to strike again next week.",
			schema.EventWarning, "tessaly-police", "", ""},
		{"an asserted saying takes no month still to come", "2025-11-20",
			"Lena Okafor warned Harrow Bank that the audit would be finished in January.",
			schema.EventWarning, "lena-okafor", "harrow-bank", ""},
		{"a testimony after a verdict keeps no day of the verdict", "2026-03-14",
			"A jury in Varn convicted Osric Vale on Friday of selling data to Karsovia.\n\nThe bank employs 4,000 people. Its systems were restored in May.\n\nAt trial, Lena Okafor, a colleague, testified that Vale had asked her for passwords.",
			schema.EventStatement, "lena-okafor", "", ""},
		{"what is told outside a ministry takes the paragraph's day", "2025-11-20",
			"Osric Vale was charged on Tuesday with spying for Karsovia. Two other men were named in the file. Lena Okafor, his lawyer, told reporters outside the ministry that the case was weak.",
			schema.EventStatement, "lena-okafor", "", "2025-11-18"},
		{"a when clause with a day of its own keeps it", "2025-11-20",
			"Grey Heron hacked Tessin Water in June, when Osric Vale said on Monday that the vote was safe.",
			schema.EventStatement, "osric-vale", "", "2025-11-17"},
		{"a fronted phrase without an occasion noun dates nothing before it but the same speaker's reaction", "2025-09-19",
			"The Karsovian embassy rejected the claim. In a town near the border on Thursday, the embassy said Karsovia had never attacked anyone.",
			schema.EventDenial, "karsovian-embassy", "", "2025-09-18"},
		{"a fronted phrase without an occasion noun dates no other speaker's reaction", "2025-09-19",
			"Karsovia rejected the claim. In a town near the border on Thursday, the Ostreva embassy said Karsovia had attacked it.",
			schema.EventDenial, "karsovia", "", ""},
		{"a fronted day sets the scene of the next report", "2024-11-22",
			"On Thursday, the ministry expelled three diplomats. Minister Lena Okafor said the three were spies.",
			schema.EventStatement, "lena-okafor", "", "2024-11-21"},
		{"a reaction within hours keeps the day", "2024-11-22",
			"On Thursday, the ministry expelled three diplomats. Karsovia reacted within hours. The Karsovian foreign ministry said it would respond.",
			schema.EventStatement, "karsovian-foreign-ministry", "", "2024-11-21"},
		{"an act of state done on a day is announced on it", "2026-02-20",
			"Ostrevia on Wednesday imposed sanctions on Grey Heron. The Ostrevian foreign ministry said it had frozen the group's assets.",
			schema.EventStatement, "ostrevian-foreign-ministry", "", "2026-02-18"},
		{"an act of state in the passive is announced on its day", "2026-02-20",
			"Lena Okafor was charged on Wednesday with spying for Karsovia. Prosecutor Osric Vale said she had copied the files.",
			schema.EventStatement, "osric-vale", "", "2026-02-18"},
		{"an act of state with no doer is announced by no new speaker of the next paragraph", "2026-02-20",
			"Lena Okafor was arrested at her home on Wednesday.\n\nJon Vask, a lawyer for the bank, said the case against her was strong.",
			schema.EventStatement, "jon-vask", "", ""},
		{"an act of state told only by month sets no day", "2026-02-20",
			"Ostrevia imposed sanctions on Grey Heron in January. The Ostrevian foreign ministry said it had frozen the group's assets.",
			schema.EventStatement, "ostrevian-foreign-ministry", "", ""},
		{"a day inside the sentence dates the paragraph's next telling", "2024-11-22",
			"The ministry expelled three diplomats on Thursday because of the leak. Minister Lena Okafor said the three were spies.",
			schema.EventStatement, "lena-okafor", "", "2024-11-21"},
		{"a report named in a fronted phrase goes on at the occasion", "2026-04-22",
			"Brightwater Labs said on Tuesday that it had removed a network run by Grey Heron. In its quarterly threat report, the company said it removed 1,240 accounts.",
			schema.EventReport, "brightwater-labs", "", "2026-04-21"},
		{"a fronted report without a verb of saying takes the paragraph's day", "2026-04-22",
			"Brightwater Labs said on Tuesday that it had removed a network run by Grey Heron. In its quarterly threat report, the company listed 1,240 accounts.",
			schema.EventReport, "brightwater-labs", "", "2026-04-21"},
		{"a report's content told in the present keeps the report's day", "2025-04-09",
			"Brightwater Labs said in a report published on Tuesday that hackers had breached six ministries. The company attributes the campaign to Grey Heron.",
			schema.EventAccusation, "brightwater-labs", "grey-heron", "2025-04-08"},
		{"a report told in the present leaves the paragraph its day", "2025-04-09",
			"Brightwater Labs said in a report published on Tuesday that hackers had breached six ministries. The company says the campaign goes on. Lena Okafor told reporters that the ministries were safe.",
			schema.EventStatement, "lena-okafor", "", "2025-04-08"},
		{"the present without a report before is the day of writing", "2025-04-09",
			"Hackers breached six ministries last year. Brightwater Labs attributes the campaign to Grey Heron.",
			schema.EventAccusation, "brightwater-labs", "grey-heron", "2025-04-09"},
		{"an event noun that a verb in the present perfect takes is told in that tense", "2025-06-10",
			"Prosecutors in Norland have dropped an investigation into Lena Okafor.",
			schema.EventLegal, "norland", "lena-okafor", "2025-06-10"},
		{"an event noun taken by an event verb keeps no tense of it", "2025-06-10",
			"Karsovia has denied an attack on Tessin Water by Grey Heron.",
			schema.EventAttack, "grey-heron", "tessin-water", ""},
		{"an event noun had is no deed in the present", "2025-06-10",
			"The Norland Police have a long investigation of Lena Okafor behind them.",
			schema.EventLegal, "", "lena-okafor", ""},
		{"a background deed's year goes on to the next deed of its party", "2026-05-06",
			"Osric Vale pointed to the spring of 2021, when Grey Heron broke into Tessin Water. It took the Norland Cyber Office five months to win approval for an operation that disabled Grey Heron's servers.",
			schema.EventAttack, "norland-cyber-office", "grey-heron", "2021"},
		{"a deed of other parties takes no background year", "2026-05-06",
			"Osric Vale pointed to the spring of 2021, when Grey Heron broke into Tessin Water. The Norland Cyber Office then disabled the servers of Brightwater Labs.",
			schema.EventAttack, "norland-cyber-office", "brightwater-labs", ""},
		{"a warning takes no background year", "2026-05-06",
			"Osric Vale pointed to Norland's 2021 hacking of Tessin Water. Norland then warned the Harrow Cyber Office that Grey Heron was inside Tessin Water too.",
			schema.EventWarning, "norland", "harrow-cyber-office", ""},
		{"a deed of this year is no background", "2026-05-06",
			"Grey Heron broke into Tessin Water in March. It took the Norland Cyber Office five months to win approval for an operation that disabled Grey Heron's servers.",
			schema.EventAttack, "norland-cyber-office", "grey-heron", ""},
		{"what had been done by a time is dated by it", "2025-09-18",
			"Brightwater Labs said it had revoked the key and notified every affected customer by the end of August.",
			schema.EventWarning, "brightwater-labs", "", "2025-08"},
		{"only a past or past perfect takes a time after by", "2025-09-18",
			"Brightwater Labs has notified every affected customer by the end of August.",
			schema.EventWarning, "brightwater-labs", "", "2025-09-18"},
		{"a quoted accusation goes on at the occasion of the report before", "2025-09-18",
			"Lena Okafor said on Wednesday that her agency had traced the intrusion. \"We assess that Grey Heron works on behalf of the Karsovian army,\" Okafor told senators.",
			schema.EventAccusation, "lena-okafor", "", "2025-09-17"},
		{"a quoted accusation without an occasion before stays undated", "2025-09-18",
			"Grey Heron has long targeted Norland. \"We assess that Grey Heron works on behalf of the Karsovian army,\" Lena Okafor told senators.",
			schema.EventAccusation, "lena-okafor", "", ""},
		{"hours after needs an earlier day", "2024-06-10",
			"Hours after the election, the Norland Police arrested Jon Vask.",
			schema.EventLegal, "norland-police", "jon-vask", ""},
		{"a statement a denial is told in dates the denial", "2026-03-13",
			"Grey Heron rejected the accusations in a statement posted on its website on Wednesday evening.",
			schema.EventDenial, "grey-heron", "", "2026-03-11"},
		{"a denial of a report keeps the report's date", "2026-03-13",
			"Grey Heron rejected a report published by Brightwater Labs on Tuesday.",
			schema.EventDenial, "grey-heron", "", ""},
		{"an act the speaker announced the day before is of that day", "2025-06-26",
			"Jon Vask was arrested in France earlier this year, the Justice Department said Wednesday. The Justice Department unsealed a four-count indictment charging Vask with wire fraud.",
			schema.EventLegal, "justice-department", "jon-vask", "2025-06-25"},
		{"an announced act in the simple past", "2025-06-26",
			"The Justice Department said on Wednesday that Jon Vask had been arrested in France. The Justice Department charged Vask with wire fraud.",
			schema.EventLegal, "justice-department", "jon-vask", "2025-06-25"},
		{"an announced act in the simple past passive", "2025-06-26",
			"The Justice Department said on Wednesday that Jon Vask had been arrested in France. Vask was charged by the Justice Department with wire fraud.",
			schema.EventLegal, "justice-department", "jon-vask", "2025-06-25"},
		{"an act of another body is not announced", "2025-06-26",
			"The Justice Department said on Wednesday that Jon Vask had been arrested in France. The Norland Police charged Vask with wire fraud.",
			schema.EventLegal, "norland-police", "jon-vask", ""},
		{"an act in the perfect is of the publication day", "2025-06-26",
			"The Justice Department said on Wednesday that Jon Vask had been arrested in France. The Justice Department has charged Vask with wire fraud.",
			schema.EventLegal, "justice-department", "jon-vask", "2025-06-26"},
		{"a relative clause's time is its own verb's", "2026-02-13",
			"Grey Heron attacked Brightwater Labs, a bank that opened in 2019.",
			schema.EventAttack, "grey-heron", "brightwater-labs", ""},
		{"a relative clause of whose keeps its time", "2026-02-13",
			"Grey Heron attacked Brightwater Labs, a bank whose systems were upgraded in 2019.",
			schema.EventAttack, "grey-heron", "brightwater-labs", ""},
		{"a relative clause on an event noun dates the event", "2026-02-13",
			"Grey Heron claimed an attack that crippled Brightwater Labs in March.",
			schema.EventAttack, "grey-heron", "brightwater-labs", "2025-03"},
		{"a time after the main clause's verb is not the relative clause's", "2026-02-13",
			"Brightwater Labs offered credit monitoring to anyone whose files Grey Heron leaked and warned its staff on Tuesday.",
			schema.EventLeak, "grey-heron", "", ""},
		{"the main clause's verb after a relative clause keeps its time", "2026-02-13",
			"Brightwater Labs offered credit monitoring to anyone whose files Grey Heron leaked and warned its staff on Tuesday.",
			schema.EventWarning, "brightwater-labs", "", "2026-02-10"},
		{"a weekday after a: the month it is in", "2026-03-13",
			"Grey Heron attacked Brightwater Labs on a Sunday night in March 2025.",
			schema.EventAttack, "grey-heron", "brightwater-labs", "2025-03"},
		{"a weekday after a: no day from the publication date", "2026-03-13",
			"Grey Heron attacked Brightwater Labs on a Sunday night.",
			schema.EventAttack, "grey-heron", "brightwater-labs", ""},
		{"a modal in the reported clause keeps its time", "2026-03-13",
			"Brightwater Labs said it would publish the logs in December.",
			schema.EventStatement, "brightwater-labs", "", ""},
		{"a habitual present is no news of the day", "2026-03-13",
			"Grey Heron's operators typically gain access to Brightwater Labs through unpatched routers.",
			schema.EventIntrusion, "grey-heron", "brightwater-labs", ""},
		{"a present perfect with previously is no news of the day", "2026-03-13",
			"Grey Heron has previously attacked Brightwater Labs, according to Quillon Security.",
			schema.EventAttack, "grey-heron", "brightwater-labs", ""},
		{"a present perfect with repeatedly is no news of the day", "2026-03-13",
			"The Norland Foreign Ministry has repeatedly denied running spies in Brightwater.",
			schema.EventDenial, "norland-foreign-ministry", "", ""},
		{"the plain present perfect of a denial is news of the day", "2026-03-13",
			"The Norland Foreign Ministry has denied running spies in Brightwater.",
			schema.EventDenial, "norland-foreign-ministry", "", "2026-03-13"},
		{"a present perfect with in the past is no news of the day", "2026-03-13",
			"Grey Heron has attacked Brightwater Labs in the past.",
			schema.EventAttack, "grey-heron", "brightwater-labs", ""},
		{"a present perfect with a closing before is no news of the day", "2026-03-13",
			"Grey Heron has attacked Brightwater Labs before.",
			schema.EventAttack, "grey-heron", "brightwater-labs", ""},
		{"the plain present perfect is news of the day", "2026-03-13",
			"Grey Heron has attacked Brightwater Labs.",
			schema.EventAttack, "grey-heron", "brightwater-labs", "2026-03-13"},
		{"the plain present is news of the day", "2026-03-13",
			"Grey Heron's operators now gain access to Brightwater Labs through unpatched routers.",
			schema.EventIntrusion, "grey-heron", "brightwater-labs", "2026-03-13"},
		{"a quotation of no day keeps the speaker's occasion", "2026-02-12",
			"Minister Lena Okafor rejected the report on Tuesday. \"Norland does not spy on reporters. Our services obey the law,\" Okafor's deputy, Ivo Marek, told reporters in Portvale.",
			schema.EventStatement, "ivo-marek", "", "2026-02-10"},
		{"a sentence of narrative leaves the paragraph its day", "2026-02-12",
			"Minister Lena Okafor rejected the report on Tuesday. The ministry's budget doubled. \"Our services obey the law,\" Okafor's deputy, Ivo Marek, told reporters in Portvale.",
			schema.EventStatement, "ivo-marek", "", "2026-02-10"},
		{"a closing vehicle dates the telling", "2026-03-13",
			"The Norland CERT has warned Brightwater Labs that Grey Heron had broken into its servers, in an advisory issued on Tuesday.",
			schema.EventWarning, "norland-cert", "brightwater-labs", "2026-03-10"},
		{"a closing vehicle does not date the deed told", "2026-03-13",
			"The Norland CERT has warned Brightwater Labs that Grey Heron had broken into its servers, in an advisory issued on Tuesday.",
			schema.EventIntrusion, "grey-heron", "", ""},
		{"a speaker who comes back in a later paragraph goes on at the day of the hearing", "2026-03-12",
			"Lena Okafor told a Senate committee on Tuesday that Grey Heron had breached the port of Ostreva.\n\nThe port handles most of the country's grain exports.\n\nOkafor accused Grey Heron of stealing shipping manifests.",
			schema.EventAccusation, "lena-okafor", "grey-heron", "2026-03-10"},
		{"a state agency that comes back after a sentence of background goes on at the day of its announcement", "2026-03-12",
			"The Norland Cyber Agency said on Tuesday that Grey Heron had breached the port of Ostreva.\n\nThe port handles most of the country's grain exports.\n\nThe agency accused Karsovia of directing the group.",
			schema.EventAccusation, "norland-cyber-agency", "karsovia", "2026-03-10"},
		{"a company that comes back keeps no day: its words come through many channels", "2026-03-12",
			"Brightwater Labs said on Tuesday that Grey Heron had breached the port of Ostreva.\n\nThe port handles most of the country's grain exports.\n\nBrightwater Labs accused Karsovia of directing the group.",
			schema.EventAccusation, "brightwater-labs", "karsovia", ""},
		{"a returning speaker's warning in the simple past goes on at the day too", "2026-03-12",
			"Lena Okafor told a Senate committee on Tuesday that Grey Heron had breached the port of Ostreva.\n\nThe port handles most of the country's grain exports.\n\nShe warned Brightwater Labs that its servers were exposed.",
			schema.EventWarning, "lena-okafor", "brightwater-labs", "2026-03-10"},
		{"a returning speaker's day ends where the story moves to another day", "2026-03-12",
			"Lena Okafor told a Senate committee on Tuesday that Grey Heron had breached the port of Ostreva.\n\nOn Wednesday, the Karsovian embassy rejected the claim.\n\nOkafor accused Grey Heron of stealing shipping manifests.",
			schema.EventAccusation, "lena-okafor", "grey-heron", ""},
		{"a returning speaker's earlier telling is of another time", "2026-03-12",
			"Lena Okafor told a Senate committee on Tuesday that Grey Heron had breached the port of Ostreva.\n\nThe port handles most of the country's grain exports.\n\nOkafor previously accused Grey Heron of stealing shipping manifests.",
			schema.EventAccusation, "lena-okafor", "grey-heron", ""},
		{"a returning speaker's day does not reach past a few sentences", "2026-03-12",
			"Lena Okafor told a Senate committee on Tuesday that Grey Heron had breached the port of Ostreva.\n\nThe port handles most of the country's grain exports. It employs 4,000 people. Its cranes were built in 1998.\n\nOkafor accused Grey Heron of stealing shipping manifests.",
			schema.EventAccusation, "lena-okafor", "grey-heron", ""},
		{"a dated accusation sets the occasion the next sentence's saying is told at", "2026-03-12",
			"Norland ordered two Karsovian diplomats to leave the country within 48 hours on Tuesday, accusing Karsovia of running a spy ring at a university in Ostreva.\n\nForeign Minister Lena Okafor said the men had recruited students at the university.",
			schema.EventStatement, "lena-okafor", "", "2026-03-10"},
		{"a denial within hours takes the day the story is at", "2026-03-12",
			"Brightwater Labs said on Tuesday that Grey Heron was behind the attack. The group has targeted banks in Norland since 2019.\n\nThe Norland Foreign Ministry rejected the accusation within hours.",
			schema.EventDenial, "norland-foreign-ministry", "", "2026-03-10"},
		{"a statement hours later calling the claim baseless, a denial, takes the day the story is at", "2026-03-12",
			"Brightwater Labs said on Tuesday that Grey Heron was behind the attack. The group has targeted banks in Norland since 2019.\n\nThe Norland Foreign Ministry said in a statement hours later that the claim was baseless.",
			schema.EventDenial, "norland-foreign-ministry", "", "2026-03-10"},
		{"within hours in the clause a saying reports does not date the saying", "2026-03-12",
			"Brightwater Labs said on Tuesday that Grey Heron was behind the attack. The group has targeted banks in Norland since 2019.\n\nThe Norland Cyber Office said traffic had been rerouted within hours.",
			schema.EventStatement, "norland-cyber-office", "", ""},
		{"within hours does not reach a day told long before", "2026-03-12",
			"Brightwater Labs said on Tuesday that Grey Heron was behind the attack. The group has targeted banks in Norland since 2019. It uses stolen passwords. Its members speak Karsovian.\n\nThe Norland Foreign Ministry rejected the accusation within hours.",
			schema.EventDenial, "norland-foreign-ministry", "", ""},
		{"a denial that names the accusation again takes the day the story is at", "2026-03-12",
			"Brightwater Labs said on Tuesday that Grey Heron was behind the attack. The group has targeted banks in Norland since 2019.\n\nThe Norland Foreign Ministry rejected the allegations as baseless.",
			schema.EventDenial, "norland-foreign-ministry", "", "2026-03-10"},
		{"a reaction that names the act again takes the act's day", "2026-03-12",
			"Norland on Monday imposed sanctions on two Karsovian firms over the attack on Brightwater Labs.\n\nThe firms sell routers. Karsovia condemned the decision.",
			schema.EventStatement, "karsovia", "", "2026-03-09"},
		{"a denial that names the accusation again reaches back no further than a few sentences", "2026-03-12",
			"Brightwater Labs said on Tuesday that Grey Heron was behind the attack. The group has targeted banks in Norland since 2019. It uses stolen passwords. Its members speak Karsovian.\n\nThe Norland Foreign Ministry rejected the allegations as baseless.",
			schema.EventDenial, "norland-foreign-ministry", "", ""},
		{"a denial before a fronted briefing takes the briefing's day, not the story's", "2026-03-12",
			"Brightwater Labs said on Tuesday that Grey Heron was behind the attack. The group has targeted banks in Norland since 2019.\n\nKarsovia dismissed the allegations. At a briefing on Wednesday, a Karsovian spokesperson called the report a fabrication.",
			schema.EventDenial, "karsovia", "", "2026-03-11"},
		{"a saying in the statement takes the day that statement was given", "2026-03-12",
			"On Tuesday, the Norland Cyber Office changed its account, saying in a statement that a supplier's login had been abused.\n\nThe office runs the national register. It employs 300 people.\n\n\"We were too slow,\" its director, Lena Okafor, said in the statement.",
			schema.EventStatement, "lena-okafor", "", "2026-03-10"},
		{"a statement after the verdict takes the verdict's day", "2026-03-12",
			"A court in Ostreva on Wednesday convicted Jon Vask of hacking Brightwater Labs in 2024.\n\nVask denied the charges throughout the trial. Police arrested him in May 2025.\n\nIn a statement after the verdict, Brightwater Labs said it had rebuilt its network.",
			schema.EventStatement, "brightwater-labs", "", "2026-03-11"},
		{"a statement issued after the indictment was unsealed takes the indictment's day", "2026-03-12",
			"The Norland prosecutor on Monday unsealed an indictment charging Jon Vask with hacking Brightwater Labs.\n\nThe firm makes vaccines. It was founded in 1998.\n\nMs. Okafor, in a statement issued after the indictment was unsealed, accused the Grey Heron group of ordering the attack.",
			schema.EventAccusation, "okafor", "", "2026-03-09"},
		{"a statement after the verdict takes the day the court convicted", "2026-03-12",
			"A regional court on Wednesday convicted a former port clerk of selling passwords.\n\nThe clerk worked at the port for ten years. He has said he will appeal.\n\nIn a statement after the verdict, the Ostreva Port Authority said it had changed every password.",
			schema.EventStatement, "ostreva-port-authority", "", "2026-03-11"},
		{"a fronted hearing's month dates the testimony past a relative on its speaker", "2026-04-15",
			"At a hearing of the Norland Senate last month, Lena Okafor, who runs the cyber unit, testified that Grey Heron had breached the port of Ostreva.",
			schema.EventStatement, "lena-okafor", "", "2026-03"},
		{"a fronted clause's month is its own verb's, not the testimony's", "2026-04-15",
			"After the port disclosed the breach last month, Lena Okafor, who runs the cyber unit, testified that Grey Heron was to blame.",
			schema.EventStatement, "lena-okafor", "", ""},
		{"a saying after the occasion named again with an adjective takes its day", "2026-03-12",
			"Lena Okafor briefed the Norland Senate in a closed session on Tuesday.\n\nThe senate has 60 members. It meets in Ostreva.\n\nAfter the closed session, Senator Jon Vask said he would ask for an inquiry.",
			schema.EventStatement, "jon-vask", "", "2026-03-10"},
		{"an occasion named again whose day was never given gives none", "2026-03-12",
			"Jon Vask was arrested in 2024.\n\nIn a statement after the verdict, Brightwater Labs said it had rebuilt its network.",
			schema.EventStatement, "brightwater-labs", "", ""},
		{"a denial of long standing names no occasion", "2026-03-12",
			"Brightwater Labs said on Tuesday that Grey Heron was behind the attack.\n\nThe Norland Foreign Ministry has long rejected the allegations.",
			schema.EventDenial, "norland-foreign-ministry", "", ""},
		{"a quote that opens a paragraph after a dated announcement is voiced on its day", "2026-03-13",
			"The Norland Justice Ministry announced charges on Wednesday against three members of Grey Heron.\n\nThe men live abroad. Two of them are brothers.\n\n\"These men put patients at risk for money,\" said Lena Okafor, the justice minister.",
			schema.EventStatement, "lena-okafor", "", "2026-03-11"},
		{"a quote inside a paragraph keeps the day its paragraph gives", "2026-03-13",
			"The Norland Justice Ministry announced charges on Wednesday against three members of Grey Heron.\n\nThe men live abroad. At a hearing on Thursday, the court froze their assets. \"These men put patients at risk for money,\" said Lena Okafor, the justice minister.",
			schema.EventStatement, "lena-okafor", "", "2026-03-12"},
		{"a quote opening a paragraph by a speaker named before and not heard then keeps no day", "2026-03-13",
			"The Norland Justice Ministry announced charges on Wednesday against three members of Grey Heron. Lena Okafor, the justice minister, has led the inquiry since 2024.\n\nThe men live abroad.\n\n\"These men put patients at risk for money,\" said Okafor.",
			schema.EventStatement, "lena-okafor", "", ""},
		{"a statement after the hearing named again takes the hearing's day, however far back", "2026-03-12",
			"Lena Okafor told a Senate committee on Tuesday that Grey Heron had breached the port of Ostreva. The port handles most of the country's grain exports. It employs 4,000 people. Its cranes were built in 1998. Shipping fell by a third in 2024.\n\nThe lawyer for the port, Dara Venn, said in a statement after the hearing that the port had fixed its servers.",
			schema.EventStatement, "dara-venn", "", "2026-03-10"},
		{"a remark at the briefing named again keeps the briefing's day", "2026-03-12",
			"The Norland Cyber Office said at a briefing on Tuesday that Grey Heron was behind the attack. The group has targeted banks since 2019. It uses stolen passwords. Its members speak Karsovian.\n\nMarta Grell, a Brightwater Labs engineer, told reporters at the briefing that the servers were restored.",
			schema.EventStatement, "marta-grell", "", "2026-03-10"},
		{"a remark on the same call named again keeps the call's day", "2026-03-12",
			"Marta Grell, the Norland Cyber Office's director, told reporters on a call Tuesday that Grey Heron was behind the attack.\n\nThe group has targeted banks since 2019. It uses stolen passwords.\n\nDara Venn, the office's deputy, said the banks had been warned. \"The passwords stolen today open the vaults tomorrow,\" she said on the same call.",
			schema.EventStatement, "dara-venn", "", "2026-03-10"},
		{"a time inside a quote does not stop the occasion named again", "2026-03-12",
			"The Norland Cyber Office said at a briefing on Tuesday that Grey Heron was behind the attack. The group has targeted banks since 2019. It uses stolen passwords.\n\n\"The passwords stolen today open the vaults tomorrow,\" Marta Grell told reporters at the briefing.",
			schema.EventStatement, "marta-grell", "", "2026-03-10"},
		{"a quote on the same call reaches back to no other speaker's saying", "2026-03-12",
			"Marta Grell, the Norland Cyber Office's director, told reporters on a call Tuesday that Grey Heron was behind the attack.\n\nThe group has targeted banks since 2019. It uses stolen passwords.\n\nBrightwater Labs said the banks had been warned. \"The passwords stolen today open the vaults tomorrow,\" Dara Venn said on the same call.",
			schema.EventStatement, "brightwater-labs", "", ""},
		{"the occasion named with its own day is no return to the story's", "2026-03-12",
			"Lena Okafor told a Senate committee on Tuesday that Grey Heron had breached the port of Ostreva. The port handles most of the country's grain exports. It employs 4,000 people. Its cranes were built in 1998.\n\nDara Venn said at the briefing on Friday that the port had fixed its servers.",
			schema.EventStatement, "dara-venn", "", "2026-03-06"},
		{"a hearing named again after a scene, not a telling, keeps no day far back", "2026-03-12",
			"On Tuesday, Grey Heron breached the port of Ostreva. The port handles most of the country's grain exports. It employs 4,000 people. Its cranes were built in 1998.\n\nDara Venn said in a statement after the hearing that the port had fixed its servers.",
			schema.EventStatement, "dara-venn", "", ""},
		{"a relative clause on the interview a saying was made in dates the saying", "2026-03-13",
			"Dara Venn, the chief executive of Brightwater Labs, said in a radio interview that aired on Tuesday that the company would not pay Grey Heron.",
			schema.EventStatement, "dara-venn", "", "2026-03-10"},
		{"a passive relative clause on the statement dates the telling to its hearer", "2026-03-13",
			"Dara Venn told the Norland Herald in an interview which was published on Tuesday that Grey Heron had stolen the files.",
			schema.EventStatement, "dara-venn", "norland-herald", "2026-03-10"},
		{"a clause the saying reports is no relative clause on its vehicle", "2026-03-13",
			"Dara Venn said in a statement that Grey Heron breached the network on Tuesday.",
			schema.EventStatement, "dara-venn", "", ""},
		{"an organisation that also warns goes on at its day", "2026-03-12",
			"The Norland Cyber Office said on Tuesday that Grey Heron had breached the port of Ostreva.\n\nThe port handles most of the country's grain exports.\n\nThe Norland Cyber Office also warned Brightwater Labs about the gang.",
			schema.EventWarning, "norland-cyber-office", "brightwater-labs", "2026-03-10"},
		{"an organisation's warning that adds nothing keeps no day", "2026-03-12",
			"The Norland Cyber Office said on Tuesday that Grey Heron had breached the port of Ostreva.\n\nThe port handles most of the country's grain exports.\n\nThe Norland Cyber Office warned Brightwater Labs about the gang.",
			schema.EventWarning, "norland-cyber-office", "brightwater-labs", ""},
		{"an organisation that also warns after the story moved on keeps no day", "2026-03-12",
			"The Norland Cyber Office said on Tuesday that Grey Heron had breached the port of Ostreva.\n\nOn Wednesday, the Karsovian embassy rejected the claim.\n\nThe Norland Cyber Office also warned Brightwater Labs about the gang.",
			schema.EventWarning, "norland-cyber-office", "brightwater-labs", ""},
		{"a person named soon after an unnamed head's dated testimony tells on its day", "2026-03-12",
			"The director of the Norland Cyber Office told a Senate committee on Tuesday that Grey Heron had breached the port of Ostreva.\n\nThe port handles most of the country's grain exports. It employs 4,000 people.\n\nLena Okafor accused Grey Heron of stealing shipping manifests.",
			schema.EventAccusation, "lena-okafor", "grey-heron", "2026-03-10"},
		{"a person named before the unnamed head's testimony is not that head", "2026-03-12",
			"Lena Okafor runs the port of Ostreva. The director of the Norland Cyber Office told a Senate committee on Tuesday that Grey Heron had breached the port.\n\nThe port handles most of the country's grain exports. It employs 4,000 people.\n\nLena Okafor accused Grey Heron of stealing shipping manifests.",
			schema.EventAccusation, "lena-okafor", "grey-heron", ""},
		{"a person named right after an unnamed official's dated telling tells on its day", "2025-10-24",
			"The Norland Cyber Office warned the port of Ostreva in early August that Grey Heron had broken into its network, a senior official told MPs on Thursday.\n\nLena Okafor, deputy head of the office, told the Joint Security Committee that its analysts had called the port on Aug. 6.",
			schema.EventWarning, "lena-okafor", "joint-security-committee", "2025-10-23"},
		{"a person named before an unnamed official's telling is not that official", "2025-10-24",
			"Lena Okafor runs the Norland Cyber Office. The office warned the port of Ostreva in early August that Grey Heron had broken into its network, a senior official told MPs on Thursday.\n\nLena Okafor told Ostreva Radio that its analysts had called the port on Aug. 6.",
			schema.EventWarning, "lena-okafor", "ostreva-radio", ""},
		{"an organisation's dated telling leaves no unnamed official", "2025-10-24",
			"The Norland Cyber Office warned the port of Ostreva in early August that Grey Heron had broken into its network, the office told MPs on Thursday.\n\nLena Okafor, deputy head of the office, told Ostreva Radio that its analysts had called the port on Aug. 6.",
			schema.EventWarning, "lena-okafor", "ostreva-radio", ""},
		{"a named speaker's testimony leaves no head for a person named later", "2026-03-12",
			"The Norland Cyber Office told a Senate committee on Tuesday that Grey Heron had breached the port of Ostreva.\n\nThe port handles most of the country's grain exports. It employs 4,000 people.\n\nLena Okafor accused Grey Heron of stealing shipping manifests.",
			schema.EventAccusation, "lena-okafor", "grey-heron", ""},
		{"a returning speaker who told the committee again reaches further back", "2026-03-12",
			"Lena Okafor told a Senate committee on Tuesday that Grey Heron had breached the port of Ostreva.\n\nThe port handles most of the country's grain exports. It employs 4,000 people. Its cranes were built in 1998.\n\nOkafor told reporters that Grey Heron had stolen shipping manifests.",
			schema.EventStatement, "lena-okafor", "", "2026-03-10"},
		{"a speaker's hearers named again do not reach past twice the reach", "2026-03-12",
			"Lena Okafor told a Senate committee on Tuesday that Grey Heron had breached the port of Ostreva.\n\nThe port handles most of the country's grain exports. It employs 4,000 people. Its cranes were built in 1998. Its docks are deep. Its quays are long. Its tugs are old.\n\nOkafor told reporters that Grey Heron had stolen shipping manifests.",
			schema.EventStatement, "lena-okafor", "", ""},
		{"a closing vehicle without a verb dates the telling", "2026-03-13",
			"The Norland CERT warned Brightwater Labs that Grey Heron had broken into its servers, in a statement on Tuesday.",
			schema.EventWarning, "norland-cert", "brightwater-labs", "2026-03-10"},
		{"a closing 'X told the committee' after a dated deed goes on at the speaker's telling", "2026-03-10",
			"Director Mara Quill told senators on Thursday that Grey Heron had broken into the Ostmark Ports Office. Quill said the intruders had read the mail of several officials. The breach was found on Oct. 3, when analysts spotted odd logins from a rented server, Quill told the Senate Finance Committee.",
			schema.EventWarning, "mara-quill", "senate-finance-committee", "2026-03-05"},
		{"a closing saying followed by a comma's adjunct goes on at the speaker's day", "2026-03-10",
			"Director Mara Quill told senators on Thursday that Grey Heron had broken into the Ostmark Ports Office. Quill said the intruders had read the mail of several officials. The office warned its staff in January, Quill said, after which the phishing stopped.",
			schema.EventStatement, "mara-quill", "", "2026-03-05"},
		{"'It' after a document dated as the subject before tells on the document's day", "2025-10-24",
			"The advisory published on Wednesday was signed by the Norland Cyber Office. It warned Harrow Bank that Grey Heron had been exploiting flaws in its routers.",
			schema.EventWarning, "norland-cyber-office", "harrow-bank", "2025-10-22"},
		{"'It' after a letter given its day in an apposition tells on that day", "2025-10-24",
			"The letter, sent on May 2, was signed by the Norland Cyber Office. It warned Harrow Bank that Grey Heron had been exploiting flaws in its routers.",
			schema.EventWarning, "norland-cyber-office", "harrow-bank", "2025-05-02"},
		{"'It' after a board named with an occasion word as adjective takes no day", "2025-10-24",
			"The advisory board met on Wednesday with the Norland Cyber Office. It warned Harrow Bank that Grey Heron had been exploiting flaws in its routers.",
			schema.EventWarning, "norland-cyber-office", "harrow-bank", ""},
		{"a closing 'X told reporters' does not take the time of what it told", "2026-02-13",
			"The terminals reopened on Tuesday after engineers rebuilt the scheduling servers from backups, Dana Pell told reporters.",
			schema.EventStatement, "dana-pell", "", ""},
		{"a closing telling by a speaker not heard before keeps no day", "2026-03-10",
			"Director Mara Quill told senators on Thursday that Grey Heron had broken into the Ostmark Ports Office. Quill said the intruders had read the mail of several officials. The breach was found on Oct. 3, when analysts spotted odd logins from a rented server, Ben Ardal told the Senate Finance Committee.",
			schema.EventWarning, "ben-ardal", "senate-finance-committee", ""},
	}
	checkTimes(t, tests, false)
}

// TestDayOfDeed checks that "on the day of the <deed noun>" (or "the day after it happened")
// dates the clause it stands in by the day of the deed the noun points back at, or for "of" by
// the month of a kindred incident told by its month, and nothing else.
func TestDayOfDeed(t *testing.T) {
	tests := []timeCase{
		{"a notice on the day of the breach takes the day of the theft told before", "2025-06-20",
			"Grey Heron stole 300 bitcoin from Harrow Exchange on May 4, 2025. Harrow Exchange notified the Tessaly Data Office on the day of the breach.",
			schema.EventWarning, "harrow-exchange", "tessaly-data-office", "2025-05-04"},
		{"a phrase opening the sentence dates the clause after it", "2025-06-20",
			"Grey Heron broke into the network of Harrow Bank on May 4, 2025. On the day of the intrusion, Harrow Bank alerted the Norland Cyber Office.",
			schema.EventWarning, "harrow-bank", "norland-cyber-office", "2025-05-04"},
		{"a clause after a comma does not take the phrase's day", "2025-06-20",
			"Grey Heron stole 300 bitcoin from Harrow Exchange on May 4, 2025. Harrow Exchange froze withdrawals on the day of the theft, but it alerted the Tessaly Data Office much later.",
			schema.EventWarning, "harrow-exchange", "tessaly-data-office", ""},
		{"no deed dated to a day before leaves the notice undated", "2025-06-20",
			"Grey Heron stole 300 bitcoin from Harrow Exchange in May. Harrow Exchange notified the Tessaly Data Office on the day of the breach.",
			schema.EventWarning, "harrow-exchange", "tessaly-data-office", ""},
		{"the breach's day reaches back past many sentences", "2025-06-20",
			"Grey Heron broke into the network of Harrow Exchange on May 4, 2025. " + strings.Repeat("The exchange runs a busy trading desk. ", 12) + "Harrow Exchange notified the Tessaly Data Office on the day of the breach.",
			schema.EventWarning, "harrow-exchange", "tessaly-data-office", "2025-05-04"},
		{"the day after the breach is a day later", "2025-06-20",
			"Grey Heron broke into the network of Harrow Bank on May 6. Harrow Bank notified the Tessaly Data Office the day after the breach.",
			schema.EventWarning, "harrow-bank", "tessaly-data-office", "2025-05-07"},
		{"a notice on the morning of the attack takes the attack's day", "2025-06-20",
			"Grey Heron encrypted the servers of Harrow Bank on May 6. Harrow Bank alerted the Norland Cyber Office on the morning of the attack, the court heard.",
			schema.EventWarning, "harrow-bank", "norland-cyber-office", "2025-05-06"},
		{"the night before the attack is a day earlier", "2025-06-20",
			"Grey Heron knocked the websites of Harrow County offline on May 6. The Norland Cyber Office warned Harrow County the night before the attack.",
			schema.EventWarning, "norland-cyber-office", "harrow-county", "2025-05-05"},
		{"the day before the attack is a day earlier", "2025-06-20",
			"Grey Heron attacked the websites of Harrow County on May 6. The Norland Cyber Office warned Harrow County the day before the attack.",
			schema.EventWarning, "norland-cyber-office", "harrow-county", "2025-05-05"},
		{"the day of an occasion that names no deed dates nothing", "2025-06-20",
			"Grey Heron stole 300 bitcoin from Harrow Exchange on May 4, 2025. Harrow Exchange notified the Tessaly Data Office on the day of the election.",
			schema.EventWarning, "harrow-exchange", "tessaly-data-office", ""},
		{"the day after it happened is a day after the deed the clause's object names", "2025-06-20",
			"Grey Heron stole 300 bitcoin from Harrow Exchange on May 4, 2025. Harrow Exchange reported the theft to the Tessaly Data Office the day after it happened.",
			schema.EventWarning, "harrow-exchange", "tessaly-data-office", "2025-05-05"},
		{"so with 'took place'", "2025-06-20",
			"Grey Heron broke into the network of Harrow Bank on May 6. Harrow Bank reported the intrusion to the Norland Cyber Office the day after it took place.",
			schema.EventWarning, "harrow-bank", "norland-cyber-office", "2025-05-07"},
		{"the morning of an attack told by its month takes that month", "2025-06-20",
			"Grey Heron broke into the network of Harrow Bank in March 2024. The Norland Cyber Office warned Harrow Bank on the morning of the attack.",
			schema.EventWarning, "norland-cyber-office", "harrow-bank", "2024-03"},
		{"the morning of an attack does not take the month of a theft", "2025-06-20",
			"Grey Heron stole 300 bitcoin from Harrow Exchange in March 2024. The Norland Cyber Office warned Harrow Exchange on the morning of the attack.",
			schema.EventWarning, "norland-cyber-office", "harrow-exchange", ""},
		{"the day after an attack told by its month takes no day, only its year (spanAfter)", "2025-06-20",
			"Grey Heron broke into the network of Harrow Bank in March 2024. The Norland Cyber Office warned Harrow Bank the day after the attack.",
			schema.EventWarning, "norland-cyber-office", "harrow-bank", "2024"},
	}
	checkTimes(t, tests, false)
}

// TestSanctionsFollow checks that a designation told undated in the simple past takes the day
// of the sanctions a lead dated, and that one set back in time does not.
func TestSanctionsFollow(t *testing.T) {
	tests := []timeCase{
		{"a designation after a dated lead takes its day", "2025-04-10",
			"The Norland Treasury on Tuesday sanctioned three men it accuses of running Grey Heron. The Office of Foreign Assets Control designated Pavel Orlik and two associates.",
			schema.EventSanction, "office-of-foreign-assets-control", "pavel-orlik", "2025-04-08"},
		{"a designation told as earlier stays undated", "2025-04-10",
			"The Norland Treasury on Tuesday sanctioned three men it accuses of running Grey Heron. The Office of Foreign Assets Control previously designated Pavel Orlik.",
			schema.EventSanction, "office-of-foreign-assets-control", "pavel-orlik", ""},
		{"a designation in the past perfect stays undated", "2025-04-10",
			"The Norland Treasury on Tuesday sanctioned three men it accuses of running Grey Heron. The Office of Foreign Assets Control had designated Pavel Orlik.",
			schema.EventSanction, "office-of-foreign-assets-control", "pavel-orlik", ""},
		{"a designation with no dated sanctions before it stays undated", "2025-04-10",
			"Grey Heron has hit banks in Tessaly. The Office of Foreign Assets Control designated Pavel Orlik.",
			schema.EventSanction, "office-of-foreign-assets-control", "pavel-orlik", ""},
	}
	checkTimes(t, tests, false)
}

// TestCustodySeries checks that the arrests and seizures a sentence tells undated take the
// time of the raid the sentence before it in the paragraph dated, and only then.
func TestCustodySeries(t *testing.T) {
	tests := []timeCase{
		{"arrests after dated raids take their day", "2025-05-29",
			"Raids were carried out on Monday at nine addresses in Norland. Two men were detained in Harlow by officers of the Norland Cyber Bureau.",
			schema.EventLegal, "norland-cyber-bureau", "", "2025-05-26"},
		{"arrests after a dated arrest take its month", "2025-06-12",
			"In May, the Norland Cyber Bureau arrested Pavel Orlik in Harlow. The Tessaly Police detained Ivo Brandt in Leipzig.",
			schema.EventLegal, "tessaly-police", "ivo-brandt", "2025-05"},
		{"the series goes on past arrests that name no one", "2025-06-12",
			"In May, the Norland Cyber Bureau raided nine addresses in Harlow. Two men were detained in Harlow, and a third was arrested in Leipzig. The Tessaly Police seized servers in Ostreva.",
			schema.EventLegal, "tessaly-police", "", "2025-05"},
		{"a new paragraph does not carry the raid's time", "2025-05-29",
			"Raids were carried out on Monday at nine addresses in Norland.\n\nTwo men were detained in Harlow by officers of the Norland Cyber Bureau.",
			schema.EventLegal, "norland-cyber-bureau", "", ""},
		{"a charge is not a step of the raid", "2025-06-12",
			"In May, the Norland Cyber Bureau arrested Pavel Orlik in Harlow. The Tessaly Prosecutor charged Ivo Brandt with fraud.",
			schema.EventLegal, "tessaly-prosecutor", "ivo-brandt", ""},
		{"an arrest in the past perfect keeps no time", "2025-06-12",
			"In May, the Norland Cyber Bureau arrested Pavel Orlik in Harlow. The Tessaly Police had detained Ivo Brandt in Leipzig.",
			schema.EventLegal, "tessaly-police", "ivo-brandt", ""},
	}
	checkTimes(t, tests, false)
}

// TestCountFromAttackTool checks that a count of days from the malware that carried out a
// dated attack runs from the attack's day, and that a count landing after the day of writing
// dates nothing.
func TestCountFromAttackTool(t *testing.T) {
	tests := []timeCase{
		{"a count before the wiper runs back from the attack's day", "2025-11-20",
			"The attack on Harrow Energy began on November 3. Grey Heron had broken into the network of Harrow Energy six weeks before the wiper was triggered.",
			schema.EventIntrusion, "grey-heron", "harrow-energy", "2025-09-22"},
		{"a count from the disruption runs from the attack's day", "2025-11-20",
			"Grey Heron attacked the websites of Harrow County on Tuesday.\n\nThe disruption came a day before the Tessaly Police detained Pavel Orlik in Harlow.",
			schema.EventLegal, "tessaly-police", "pavel-orlik", "2025-11-19"},
		{"a count from the attack reaches back past many sentences", "2025-11-20",
			"Grey Heron attacked the websites of Harrow County on Tuesday. " + strings.Repeat("The county runs a busy website. ", 12) + "The Tessaly Police detained Pavel Orlik in Harlow a day after the attack.",
			schema.EventLegal, "tessaly-police", "pavel-orlik", "2025-11-19"},
		{"hours after the attack reaches back past many sentences", "2025-11-20",
			"Grey Heron attacked the websites of Harrow County on November 4. " + strings.Repeat("The county runs a busy website. ", 12) + "Hours after the attack, the Norland Cyber Office warned Harrow County.",
			schema.EventWarning, "norland-cyber-office", "harrow-county", "2025-11-04"},
		{"a count that lands after the day of writing dates nothing", "2025-09-19",
			"The Tessaly Cyber Agency published a report on Thursday. According to the report, the attackers broke in six weeks before the wiper was triggered, using a password Grey Heron stole from Harrow Energy.",
			schema.EventTheft, "grey-heron", "harrow-energy", ""},
	}
	checkTimes(t, tests, false)
}

// TestOwnNoticeSaid checks that a speaker's own notice, reported by an undated saying that goes
// on from a dated statement of its paragraph, takes the paragraph's day, and only then.
func TestOwnNoticeSaid(t *testing.T) {
	tests := []timeCase{
		{"a pronoun's notice reported after the dated statement takes its day", "2026-03-27",
			"Harrow Bank said on Wednesday that hackers had stolen customer records. It said it had informed the Tessaly Data Office.",
			schema.EventWarning, "harrow-bank", "tessaly-data-office", "2026-03-25"},
		{"'said at the time that' goes on from the dated filing", "2026-03-27",
			"In a filing on 24 February, Harrow Bank said hackers had stolen customer records. It said at the time that it had notified the Tessaly Data Office.",
			schema.EventWarning, "harrow-bank", "tessaly-data-office", "2026-02-24"},
		{"a notice by another named doer stays undated", "2026-03-27",
			"Harrow Bank said on Wednesday that hackers had stolen customer records. It said the Norland Cyber Office had informed the Tessaly Data Office.",
			schema.EventWarning, "norland-cyber-office", "tessaly-data-office", ""},
		{"a notice in a new paragraph goes with the saying that reports it", "2026-03-27",
			"Harrow Bank said on Wednesday that hackers had stolen customer records.\n\nIt said it had informed the Tessaly Data Office.",
			schema.EventWarning, "harrow-bank", "tessaly-data-office", "2026-03-25"},
	}
	checkTimes(t, tests, false)
}

// TestAgainTimes checks that "on June 2 and again on June 20" tells one deed twice, once on
// each day, and that a plain "June 2 and June 20" or "and then on" does not.
func TestAgainTimes(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"and again on", "The Norland Cyber Office warned Brightwater Labs on June 2 and again on June 20.", []string{"2025-06-02", "2025-06-20"}},
		{"comma and again in", "Grey Heron hacked Brightwater Labs in March, and again in May.", []string{"2025-03", "2025-05"}},
		{"and once more on", "The Norland Cyber Office warned Brightwater Labs on June 2 and once more on June 20.", []string{"2025-06-02", "2025-06-20"}},
		{"a second deed is not again", "The Norland Cyber Office warned Brightwater Labs on June 2 and Grey Heron struck on June 20.", []string{"2025-06-02"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-09-19", tt.body)
			var got []string
			for _, ev := range g.Events {
				if ev.Type == schema.EventWarning || ev.Type == schema.EventIntrusion {
					got = append(got, ev.Time.Value)
				}
			}
			assert.ElementsMatch(t, tt.want, got, "events %s", eventsString(g))
		})
	}
}

// TestDefiniteMentionMerges checks that a later "the attack on X" that names only its target
// is the incident told before, with its agent and time, and not a second event; a mention set
// apart by an adjective stays its own event.
func TestDefiniteMentionMerges(t *testing.T) {
	tests := []struct {
		name, body string
		events     int // attack events against brightwater-labs
	}{
		{"the attack on X is the one told", "Grey Heron attacked Brightwater Labs on Tuesday. The attack on Brightwater Labs could cost millions.", 1},
		{"the first of the recent attacks is another", "Grey Heron attacked Brightwater Labs years ago. The first of the recent attacks on Brightwater Labs erased records.", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-13", tt.body)
			n := 0
			for _, e := range g.Events {
				if e.Type != schema.EventAttack {
					continue
				}
				for _, p := range e.Participants {
					if p.Actor == "brightwater-labs" && p.Role == schema.RoleTarget {
						n++
						if tt.events == 1 {
							assert.Equal(t, "2025-06-10", e.Time.Value, eventsString(g))
						}
					}
				}
			}
			assert.Equal(t, tt.events, n, eventsString(g))
		})
	}
}

// TestSameDoerTimes checks that an undated definite mention of an incident whose doer is known
// takes the time of the same doer's incident told before, also when it names a body of the
// country that incident's victim was, and not when it names another victim.
func TestSameDoerTimes(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the state's institution", "2025-06-13", "Investigators said the Grey Heron group broke into the networks of Estonia in March. Estonia has tied the Brightwater Labs intrusion to a foreign state.",
			schema.EventIntrusion, "grey-heron", "brightwater-labs", "2025-03"},
		{"another victim is another incident", "2025-06-13", "Investigators said the Grey Heron group broke into Kestrel Systems in March. The breach of Brightwater Labs followed a different path.",
			schema.EventIntrusion, "grey-heron", "brightwater-labs", ""},
	}, false)
}

// TestSameDaySayings checks mergeEvents' sameDay and oneVoice for statements: one speaker's
// saying about another party, told to no one, on the day of the speaker's saying told before is
// that saying (one testimony), however far on; told to another hearer or on another day it is
// not: one speaker's sayings of one day are one statement.
func TestSameDaySayings(t *testing.T) {
	ts := []timex.Expression{{Value: "2026-03-18"}, {Value: "2026-03-19"}}
	first := rawEvent{Sent: 0, Trigger: 2, Type: schema.EventStatement, Lemma: "tell", Agent: []int{0}, Target: []int{1}, Told: true, TimeIdx: 0, Conf: 0.8}
	tests := []struct {
		name   string
		second rawEvent
		want   int // events after merging
	}{
		{"about another party on the same day", rawEvent{Sent: 1, Trigger: 1, Type: schema.EventStatement, Lemma: "say", Agent: []int{0}, Target: []int{2}, TimeIdx: 0, Conf: 0.8}, 1},
		{"told to another hearer", rawEvent{Sent: 1, Trigger: 1, Type: schema.EventStatement, Lemma: "tell", Agent: []int{0}, Target: []int{2}, Told: true, TimeIdx: 0, Conf: 0.8}, 2},
		{"on another day", rawEvent{Sent: 1, Trigger: 1, Type: schema.EventStatement, Lemma: "say", Agent: []int{0}, Target: []int{2}, TimeIdx: 1, Conf: 0.8}, 2},
		{"three sentences on", rawEvent{Sent: 3, Trigger: 1, Type: schema.EventStatement, Lemma: "say", Agent: []int{0}, Target: []int{2}, TimeIdx: 0, Conf: 0.8}, 1},
		{"three sentences on, told to another hearer", rawEvent{Sent: 3, Trigger: 1, Type: schema.EventStatement, Lemma: "tell", Agent: []int{0}, Target: []int{2}, Told: true, TimeIdx: 0, Conf: 0.8}, 2},
		// naming no one, a saying of that day far on in the story is the same testimony
		{"naming no one, twelve sentences on", rawEvent{Sent: 12, Trigger: 1, Type: schema.EventStatement, Lemma: "say", Agent: []int{0}, TimeIdx: 0, Conf: 0.8}, 1},
		{"naming no one, on another day", rawEvent{Sent: 12, Trigger: 1, Type: schema.EventStatement, Lemma: "say", Agent: []int{0}, TimeIdx: 1, Conf: 0.8}, 2},
		{"naming no one, another speaker", rawEvent{Sent: 12, Trigger: 1, Type: schema.EventStatement, Lemma: "say", Agent: []int{3}, TimeIdx: 0, Conf: 0.8}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := mergeEvents([]rawEvent{first, tt.second}, ts)
			require.Len(t, out, tt.want)
			assert.Equal(t, []int{1}, out[0].target, "the first saying keeps its hearer")
		})
	}
}

// TestPublishedReportJoins checks mergeEvents with publishedOnly: a report its author is told
// to have made in the present ("the indicators the firm has published"), dated only by the
// publication date, is the author's report told before on another day; a report dated by words
// of the text to another day, or a statement, stays apart.
func TestPublishedReportJoins(t *testing.T) {
	ts := []timex.Expression{
		{Start: 40, End: 46, Type: timex.Date, Value: "2026-03-16", Text: "Monday"},
		{Start: 90, End: 96, Type: timex.Date, Value: "2026-03-19", Text: "Thursday"},
		{Start: -1, End: -1, Type: timex.Date, Value: "2026-03-20"}, // the publication date
	}
	first := rawEvent{Sent: 0, Trigger: 2, Type: schema.EventReport, Lemma: "publish", Agent: []int{0}, TimeIdx: 0, Conf: 0.8}
	tests := []struct {
		name   string
		second rawEvent
		want   int // events after merging
	}{
		{"told in the present", rawEvent{Sent: 3, Trigger: 9, Type: schema.EventReport, Lemma: "publish", Agent: []int{0}, TimeIdx: 2, Conf: 0.8}, 1},
		{"on a day the text names", rawEvent{Sent: 3, Trigger: 9, Type: schema.EventReport, Lemma: "publish", Agent: []int{0}, TimeIdx: 1, Conf: 0.8}, 2},
		{"another author", rawEvent{Sent: 3, Trigger: 9, Type: schema.EventReport, Lemma: "publish", Agent: []int{1}, TimeIdx: 2, Conf: 0.8}, 2},
		{"a statement", rawEvent{Sent: 3, Trigger: 9, Type: schema.EventStatement, Lemma: "say", Agent: []int{0}, TimeIdx: 2, Conf: 0.8}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := mergeEvents([]rawEvent{first, tt.second}, ts)
			require.Len(t, out, tt.want)
			assert.Equal(t, 0, out[0].time, "the report keeps the day the text gives it")
		})
	}
}

// TestSaidAtTheTimeFolds checks that "“…,” X said at the time" after X's denial gives that
// denial's words (one event, two sentences of evidence), and that X's later statement on
// another day stays its own event.
func TestSaidAtTheTimeFolds(t *testing.T) {
	g := extractText(t, "2025-09-19", "Interior Minister Ana Berg denied receiving any warning when she appeared before the committee in August. \"Nobody in my ministry was told,\" she said at the time. Berg's spokesman said on Friday that she stood by her testimony.")
	den := findEvent(g, schema.EventDenial, "ana-berg", "")
	require.NotNil(t, den, "no denial in %s", eventsString(g))
	assert.Equal(t, "2025-08", den.Time.Value, eventsString(g))
	assert.Len(t, den.Evidence, 2, "the quotation said at the time is the denial's: %s", eventsString(g))
	st := findEvent(g, schema.EventStatement, "ana-berg", "")
	require.NotNil(t, st, "no statement in %s", eventsString(g))
	assert.Equal(t, "2025-09-19", st.Time.Value, "the spokesman's Friday statement: %s", eventsString(g))
	assert.Len(t, st.Evidence, 1, "the spokesman's statement takes in nothing said in August: %s", eventsString(g))
}

// TestSayingFoldsIntoAct checks thenSaid without "at the time": a statement of the sentence
// after a denial, report or accusation by the same speaker (or after a quotation's first
// sentences, quoteGap), naming no other party and no other day, gives that act's words (one event, two
// sentences of evidence); after a warning or a sentence telling of another event, with news of
// its own, or on another day, it stays a statement of its own.
func TestSayingFoldsIntoAct(t *testing.T) {
	tests := []struct {
		name, body, agent string
		typ               schema.EventType
		folds             bool
	}{
		{"a denial's words", "Orvane Bank rejected the findings on Tuesday. In a statement, the bank said its systems had been audited twice this year.",
			"orvane-bank", schema.EventDenial, true},
		{"an accusation's words name the accused", "Tallis Security on Monday accused Pewter Vole of breaking into Harlow Savings Bank. Tallis said Pewter Vole had used a stolen password.",
			"tallis-security", schema.EventAccusation, true},
		{"a quotation's first sentence between", "Orvane Bank rejected the findings on Tuesday. \"We take these matters seriously. Our systems were audited twice this year,\" Orvane Bank said.",
			"orvane-bank", schema.EventDenial, true},
		{"a quotation's first two sentences between", "Tallis Security on Monday accused Pewter Vole of breaking into Harlow Savings Bank. \"The tools match. The servers match. Nobody else writes code like this,\" Tallis said.",
			"tallis-security", schema.EventAccusation, true},
		{"not past a sentence telling of another event", "Orvane Bank rejected the findings on Tuesday. Grey Heron stole files from Harlow Savings Bank in March. Orvane Bank said its systems had been audited twice this year.",
			"orvane-bank", schema.EventDenial, false},
		{"not after a warning", "The Norland Cyber Office alerted Harlow Savings Bank on Monday. The Norland Cyber Office said the attackers had used a stolen password.",
			"norland-cyber-office", schema.EventWarning, false},
		{"not news of its own", "The Norland Ministry of Foreign Affairs on Monday accused Karvia of the attack. Foreign Minister Ada Morn summoned Karvia's ambassador, the ministry said.",
			"norland-ministry-of-foreign-affairs", schema.EventAccusation, false},
		{"not on another day", "Orvane Bank rejected the findings on Tuesday. The bank said on Friday that it had hired outside auditors.",
			"orvane-bank", schema.EventDenial, false},
		{"words said at the time a later date was given", "Orvane Bank's security team detected unusual logins in November 2024, but customers were not told until March 2025. The bank said at the time that it had needed to learn whose accounts were affected.",
			"orvane-bank", schema.EventReport, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-03-13", tt.body)
			ev := findEvent(g, tt.typ, tt.agent, "")
			require.NotNil(t, ev, eventsString(g))
			st := findEvent(g, schema.EventStatement, tt.agent, "")
			if tt.folds {
				assert.Len(t, ev.Evidence, 2, "the next sentence's saying is the act's: %s", eventsString(g))
				assert.Nil(t, st, "the act's words as a statement of their own: %s", eventsString(g))
			} else {
				assert.Len(t, ev.Evidence, 1, eventsString(g))
				assert.NotNil(t, st, "the saying folded: %s", eventsString(g))
			}
		})
	}
}

// TestDocumentToldBack checks that a document issued on a day keeps that day when the same
// document is named again by a definite description and tells something ("The report
// blamed …", "In the filing, the bank said …"), an alert's nouns naming one document, and
// that another kind of document or an indefinite one does not take it (issuedDays).
func TestDocumentToldBack(t *testing.T) {
	const advisory = "The Norland Cyber Office and the Norland Police Service on Monday issued a joint advisory on a botnet of hijacked routers.\nMinistries were told to patch their firewalls.\n"
	const report = "Brightwater Labs published a report on Tuesday about a phishing campaign against ministries.\nThe campaign hit three ministries.\n"
	tests := []timeCase{
		{"the alert is the advisory issued on Monday", "2025-09-17",
			advisory + "In the alert, the Norland Police Service warned that Grey Heron had scanned ports at Orvane Bank.",
			schema.EventWarning, "norland-police-service", "", "2025-09-15"},
		{"the report's subject tells on its day", "2025-09-17",
			report + "The report blamed Grey Heron for the campaign.",
			schema.EventAccusation, "brightwater-labs", "grey-heron", "2025-09-16"},
		{"a fronted filing tells on its day", "2025-09-17",
			"Orvane Bank disclosed the breach in a filing with regulators on Monday.\nShares fell.\nIn the filing, the bank blamed Grey Heron for the intrusion.",
			schema.EventAccusation, "orvane-bank", "grey-heron", "2025-09-15"},
		{"an indefinite report is another document", "2025-09-17",
			report + "In a report, Brightwater Labs blamed Grey Heron for the campaign.",
			schema.EventAccusation, "brightwater-labs", "grey-heron", ""},
		{"another kind of document is another document", "2025-09-17",
			report + "In the filing, Brightwater Labs blamed Grey Heron for the campaign.",
			schema.EventAccusation, "brightwater-labs", "grey-heron", ""},
	}
	checkTimes(t, tests, false)
}

// TestReportedWarning checks that a warning told in the clause of its speaker's telling ("It
// said it had informed the regulator") takes the day that telling was given by the occasion
// before it, as one dated in its own sentence does; one with a time of its own keeps it
// (reportedWarning). An alert told in a relative clause on the finder of a dated finding in the
// passive takes the finding's time (alertOnFinding).
func TestReportedWarning(t *testing.T) {
	const opening = "In a statement to the Norland Stock Exchange on Monday, Orvane Bank said hackers had stolen customer data. "
	checkTimes(t, []timeCase{
		{"a notification it said it had made", "2024-10-03",
			opening + "It said it had informed the Norland Banking Authority.",
			schema.EventWarning, "orvane-bank", "norland-banking-authority", "2024-09-30"},
		{"with that and a name as subject", "2024-10-03",
			opening + "The lender said that Orvane Bank had alerted the Norland Banking Authority.",
			schema.EventWarning, "orvane-bank", "norland-banking-authority", "2024-09-30"},
		{"said at the time", "2024-10-03",
			opening + "It said at the time that it had informed the Norland Banking Authority.",
			schema.EventWarning, "orvane-bank", "norland-banking-authority", "2024-09-30"},
		{"an alert by the finder of a dated finding", "2026-09-25",
			"The breach was first spotted in February by the national computer emergency response team, NorCERT, which noticed odd traffic from a ministry server and alerted the Norland Security Police.",
			schema.EventWarning, "norcert", "norland-security-police", "2026-02"},
		{"not an alert by the finder in the active", "2026-09-25",
			"NorCERT first spotted the breach in February. Tessin Water, which runs the dam, alerted the Norland Security Police.",
			schema.EventWarning, "tessin-water", "norland-security-police", ""},
		{"one with a time of its own keeps it", "2024-10-03",
			opening + "It said it had informed the Norland Banking Authority in August.",
			schema.EventWarning, "orvane-bank", "norland-banking-authority", "2024-08"},
	}, false)
}

// TestIssuedVehicle checks that a closing ", in an advisory issued on Tuesday" dates the
// sentence's first telling, the one the document carried, and not the deeds it tells of.
func TestIssuedVehicle(t *testing.T) {
	tests := []struct {
		name, body, agent string
		typ               schema.EventType
		want              string
	}{
		{"the warning takes the advisory's day", "Norland's cyber centre, NorCERT, has warned ministries that Pewter Vole broke into their mail servers, in an advisory issued on Tuesday.",
			"norcert", schema.EventWarning, "2026-03-03"},
		{"the intrusion it tells of does not", "Norland's cyber centre, NorCERT, has warned ministries that Pewter Vole broke into their mail servers, in an advisory issued on Tuesday.",
			"pewter-vole", schema.EventIntrusion, "!2026-03-03"},
		{"a report published in January", "Tallis Security accused Pewter Vole of stealing files from Orvane Bank, in a report published in January.",
			"tallis-security", schema.EventAccusation, "2026-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-03-05", tt.body)
			ev := findEvent(g, tt.typ, tt.agent, "")
			if !assert.NotNil(t, ev, eventsString(g)) {
				return
			}
			if strings.HasPrefix(tt.want, "!") {
				assert.NotEqual(t, tt.want[1:], ev.Time.Value, eventsString(g))
			} else {
				assert.Equal(t, tt.want, ev.Time.Value, eventsString(g))
			}
		})
	}
}

// TestDayIn checks dayIn: a time of the sentence's own that gives a day.
func TestDayIn(t *testing.T) {
	ts := []timex.Expression{{Value: "2025-03-04"}, {Value: "2025-03"}, {Value: "2025-03-05"}}
	inSent := []int{0, 1}
	for _, c := range []struct {
		ti   int
		want bool
	}{{0, true}, {1, false}, {2, false}, {-1, false}} {
		assert.Equal(t, c.want, dayIn(ts, inSent, c.ti), "time %d", c.ti)
	}
}

// TestParagraphDays checks that a telling other than a warning the text leaves undated takes
// the day an earlier sentence of its paragraph named, at most paragraphDayReach sentences
// back, and that a new paragraph or a time of the sentence's own stops it; a line that is only
// a day, or a question about a day, heads what follows it, warnings and deeds told in the
// simple past too (datedHeading, headedDeed).
func TestParagraphDays(t *testing.T) {
	const opening = "On Monday, Harrow Bank disclosed a breach."
	const blame = " Brightwater Labs attributed the intrusion to Grey Heron."
	tests := []timeCase{
		{"a later sentence of the paragraph takes its day", "2026-03-12",
			opening + blame,
			schema.EventAccusation, "brightwater-labs", "grey-heron", "2026-03-09"},
		{"so does the third sentence after it", "2026-03-12",
			opening + " Its shares fell. Trading was halted." + blame,
			schema.EventAccusation, "brightwater-labs", "grey-heron", "2026-03-09"},
		{"the fourth does not", "2026-03-12",
			opening + " Its shares fell. Trading was halted. Customers queued." + blame,
			schema.EventAccusation, "brightwater-labs", "grey-heron", ""},
		{"nor a telling of an earlier time", "2026-03-12",
			opening + " The Norland embassy has previously rejected such allegations.",
			schema.EventDenial, "norland", "", ""},
		{"nor a habitual one", "2026-03-12",
			opening + " The Norland embassy has consistently denied any role in the breach.",
			schema.EventDenial, "norland", "", ""},
		{"a new paragraph does not", "2026-03-12",
			opening + "\n" + blame,
			schema.EventAccusation, "brightwater-labs", "grey-heron", ""},
		{"a sentence with a time of its own keeps it", "2026-03-12",
			opening + " In a 2025 report, Brightwater Labs attributed the intrusion to Grey Heron.",
			schema.EventAccusation, "brightwater-labs", "grey-heron", "2025"},
		{"a day still to come dates no telling after it", "2026-03-12",
			opening + " The bank's board will meet on Monday." + blame,
			schema.EventAccusation, "brightwater-labs", "grey-heron", ""},
		{"nor does the day before it carry past it", "2026-03-12",
			"On Tuesday, Harrow Bank disclosed a breach. The bank's board will meet on Monday." + blame,
			schema.EventAccusation, "brightwater-labs", "grey-heron", ""},
		{"a line that is only a day heads the paragraph under it", "2026-03-12",
			"Monday 9 March\n" + blame[1:],
			schema.EventAccusation, "brightwater-labs", "grey-heron", "2026-03-09"},
		{"so does one ended by a colon", "2026-03-12",
			"Tuesday 10 March:\n" + blame[1:],
			schema.EventAccusation, "brightwater-labs", "grey-heron", "2026-03-10"},
		{"a line with more than its day heads nothing", "2026-03-12",
			"Harrow Bank was hit on Monday 9 March\n" + blame[1:],
			schema.EventAccusation, "brightwater-labs", "grey-heron", ""},
		{"a question about a day heads the lines under it", "2026-03-12",
			"What happened on Monday?\n" + blame[1:],
			schema.EventAccusation, "brightwater-labs", "grey-heron", "2026-03-09"},
		{"a warning under a day's heading takes it", "2026-03-12",
			"Monday 9 March\nBrightwater Labs alerted Harrow Bank.",
			schema.EventWarning, "brightwater-labs", "harrow-bank", "2026-03-09"},
		{"so after a question opening the same line", "2026-03-12",
			"What changed on Monday? A researcher, Lena Okafor, found the files and alerted Harrow Bank.",
			schema.EventWarning, "lena-okafor", "harrow-bank", "2026-03-09"},
		{"a deed in the simple past under a day's heading takes it", "2026-03-12",
			"Monday 9 March\nGrey Heron broke into the network of Harrow Bank.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", "2026-03-09"},
		{"so in the passive", "2026-03-12",
			"Monday 9 March\nThe servers of Harrow Bank were hit by Grey Heron.",
			schema.EventAttack, "grey-heron", "harrow-bank", "2026-03-09"},
		{"a deed a telling under the heading reports does not", "2026-03-12",
			"Monday 9 March\nHarrow Bank confirmed that Grey Heron had broken into its network.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", ""},
		{"nor a deed after a plain dated sentence", "2026-03-12",
			opening + " Grey Heron broke into the network of Velmora Water.",
			schema.EventIntrusion, "grey-heron", "velmora-water", ""},
		{"a warning after a plain dated sentence does not", "2026-03-12",
			opening + " Brightwater Labs alerted Grey Heron.",
			schema.EventWarning, "brightwater-labs", "grey-heron", ""},
		{"nor does a day heading two lines up", "2026-03-12",
			"Monday 9 March\nTrading was halted.\n" + blame[1:],
			schema.EventAccusation, "brightwater-labs", "grey-heron", ""},
	}
	checkTimes(t, tests, true)
}

// TestDayMention checks that a deed told without a day takes the day a later mention of it
// that names no one gives (dayMention), and only when that mention can stand for no other deed.
func TestDayMention(t *testing.T) {
	tests := []timeCase{
		{"a nameless passive harm gives its day to the deed of the week", "2026-03-13",
			"Grey Heron attacked Brightwater Labs this week, the company said. Its systems were disrupted early on Tuesday.",
			schema.EventAttack, "grey-heron", "brightwater-labs", "2026-03-10"},
		{"a definite incident noun dated to a day gives the day to the undated deed", "2026-03-13",
			"Grey Heron attacked Velmora Water, the utility confirmed on Thursday. The utility said the intrusion was detected in the early hours of Sunday.",
			schema.EventAttack, "grey-heron", "velmora-water", "2026-03-08"},
		{"a day outside the deed's month leaves its month", "2026-03-13",
			"Grey Heron broke into the network of Velmora Water in January, the utility said. The intrusion was detected on March 3.",
			schema.EventIntrusion, "grey-heron", "velmora-water", "2026-01"},
		{"a deed noun a telling is about gives no day: the day is the telling's", "2026-03-13",
			"Grey Heron broke into the network of Velmora Water, the utility said. Kestrel Labs published a report on the intrusion on March 3.",
			schema.EventIntrusion, "grey-heron", "velmora-water", ""},
		{"a day after a colon is another clause's", "2026-03-13",
			"Grey Heron broke into the network of Velmora Water, the utility said. The intrusion was not the worst: on March 3, its shares rose.",
			schema.EventIntrusion, "grey-heron", "velmora-water", ""},
		{"deeds against two victims before leave the day to neither", "2026-03-13",
			"Grey Heron broke into the network of Velmora Water, the utility said. Kestrel Labs said Grey Heron had also broken into Harrow Bank. The intrusion was detected on March 3.",
			schema.EventIntrusion, "grey-heron", "velmora-water", ""},
		{"a definite deed noun is the subject of a clause set off in commas", "2026-07-09",
			"A gang called Ash Lynx claimed on Tuesday that it had attacked Korvel Freight, a Danish shipper. The attack, which began on July 2, halted deliveries for a day, the company said.",
			schema.EventAttack, "ash-lynx", "korvel-freight", "2026-07-02"},
		{"a definite deed noun the object of a clause of finding set off in commas", "2026-07-10",
			"A gang called Ash Lynx attacked Korvel Freight, a Danish shipper, this month, the company said on Thursday. The attack, which its engineers first noticed early on Sunday, halted deliveries for a day.",
			schema.EventAttack, "ash-lynx", "korvel-freight", "2026-07-05"},
		{"so does one found in the passive in such a clause", "2026-07-10",
			"A gang called Ash Lynx attacked Korvel Freight, a Danish shipper, this month, the company said on Thursday. The attack, which was first detected in the early hours of Sunday, halted deliveries.",
			schema.EventAttack, "ash-lynx", "korvel-freight", "2026-07-05"},
		{"a clause of telling set off in commas gives the telling's day, not the deed's", "2026-07-10",
			"A gang called Ash Lynx attacked Korvel Freight, a Danish shipper, this month, the company said on Thursday. The attack, which Kestrel Labs reported on Sunday, halted deliveries.",
			schema.EventAttack, "ash-lynx", "korvel-freight", "2026-07"},
		{"a passive deed verb naming no one gives its day to the undated deed", "2026-04-09",
			"Grey Heron broke into a database of the Velmora Water Authority, the agency said on Wednesday. The database was breached on March 3 through a stolen password, investigators said.",
			schema.EventIntrusion, "grey-heron", "velmora-water-authority", "2026-03-03"},
		{"so does a deed verb in a clause on a definite deed noun", "2026-05-12",
			"A ransomware attack on Korvel Freight has halted deliveries, the company said on Tuesday. The attack, which hit its booking systems on Sunday, was the second this year.",
			schema.EventAttack, "", "korvel-freight", "2026-05-10"},
		{"a deed verb naming no one leaves a deed dated to another day alone", "2026-04-09",
			"Grey Heron broke into a database of the Velmora Water Authority on March 2, the agency said. A second server was breached on March 5.",
			schema.EventIntrusion, "grey-heron", "velmora-water-authority", "2026-03-02"},
		{"a hyphenated deed noun the tagger reads as an adjective gives its day", "2026-07-17",
			"Grey Heron broke into the network of Velmora Water in January, the utility said on Thursday. The break-in came on January 14, when the hackers used a stolen password.",
			schema.EventIntrusion, "grey-heron", "velmora-water", "2026-01-14"},
		{"a deed of the noun's own type goes before a deed of its family on another victim", "2026-07-17",
			"Grey Heron spied on Harrow Bank for a year and broke into the network of Velmora Water in January, Kestrel Labs said. The break-in came on January 14.",
			schema.EventIntrusion, "grey-heron", "velmora-water", "2026-01-14"},
		{"an undated theft named by a definite noun takes the day of the deed told next", "2026-02-20",
			"Kestrel Labs said on Thursday that Ash Spider was behind the theft of $5 million from Harrow Bank. Ash Spider hacked Harrow Bank on Feb. 10 with a stolen key.",
			schema.EventTheft, "ash-spider", "harrow-bank", "2026-02-10"},
		{"a passive harm to the victim's systems gives its day to the victim's undated deed", "2026-04-10",
			"Velmora Water was hit by a ransomware attack, the company said on Thursday. Its servers were encrypted early on Sunday.",
			schema.EventAttack, "", "velmora-water", "2026-04-05"},
		{"a weekday's deed names the victim's undated deed again", "2026-04-10",
			"Velmora Water was hit by a ransomware attack, the company said on Thursday. Sunday's attack crippled its billing systems.",
			schema.EventAttack, "", "velmora-water", "2026-04-05"},
		{"an attack told again with its day dates the break-in by a named doer", "2026-05-15",
			"A ransomware gang broke into the billing systems of Korvel Freight, the company said on Thursday. Korvel said the attack began on May 3, when staff found that files on its servers had been encrypted.",
			schema.EventIntrusion, "", "korvel-freight", "2026-05-03"},
		{"an attack told again with its day leaves a break-in already dated", "2026-05-15",
			"A ransomware gang broke into the billing systems of Korvel Freight in March, the company said on Thursday. Korvel said the attack began on May 3, when staff found that files on its servers had been encrypted.",
			schema.EventIntrusion, "", "korvel-freight", "2026-03"},
		{"a deed in the present perfect takes the day the next sentence spells for it", "2026-03-13",
			"A ransomware gang called Ash Lynx has attacked Korvel Freight, the Danish shipper said on Thursday. The group struck on March 2, encrypting its booking servers.",
			schema.EventAttack, "ash-lynx", "korvel-freight", "2026-03-02"},
		{"a day after the publication day is no day of a deed told in the present perfect", "2026-03-13",
			"A ransomware gang called Ash Lynx has attacked Korvel Freight, the Danish shipper said on Thursday. The group will strike again on March 20, it warned.",
			schema.EventAttack, "ash-lynx", "korvel-freight", "2026-03-13"},
		{"a next step a pronoun's doers take leaves the week's break-in its week", "2026-03-13",
			"Tarrow Mills said on Monday that intruders broke into its network last week. On Friday, they encrypted the company's servers.",
			schema.EventIntrusion, "intruders", "", "2026-03"},
		{"so does one told past an adverb", "2026-03-13",
			"Tarrow Mills said on Monday that intruders broke into its network last week. They then encrypted its file servers on Friday.",
			schema.EventIntrusion, "intruders", "", "2026-03"},
		{"the day of a saying is not that of the harm it quotes", "2026-07-09",
			"A gang called Ash Lynx claimed on Tuesday that it had attacked Korvel Freight, a Danish shipper. \"Our systems were disrupted, but no data was lost,\" spokesman Anders Lund said on Wednesday.",
			schema.EventAttack, "ash-lynx", "korvel-freight", ""},
	}
	checkTimes(t, tests, false)
}

// TestInstrumentDay checks that a legal act told without its day takes the day a later
// sentence gives the instrument it issued, named again by a definite noun with a verb of issuing
// (instrumentDay, instrumentDays), and only when the act is undated or dated to a period holding
// that day, and the story told one such act.
func TestInstrumentDay(t *testing.T) {
	tests := []timeCase{
		{"the signing of the subpoena dates the subpoena told paragraphs before", "2026-05-08",
			"The Senate Commerce Committee said it had subpoenaed Harlan Pike, who runs a port software firm, after he refused to testify. Pike's lawyer said his client would cooperate. The committee's chairman signed the subpoena on May 2, an aide said.",
			schema.EventLegal, "senate-commerce-committee", "harlan-pike", "2026-05-02"},
		{"an indictment unsealed on a day dates the indictment told in the present perfect", "2026-03-13",
			"The Justice Department has indicted Dmitri Orlov on charges of running a ransomware gang. The indictment, unsealed on Tuesday in Boston, lists 14 victims.",
			schema.EventLegal, "justice-department", "dmitri-orlov", "2026-03-10"},
		{"an indictment already dated to another month keeps its month", "2026-03-13",
			"The Justice Department indicted Dmitri Orlov in January on charges of running a ransomware gang. The indictment, unsealed on March 10 in Boston, lists 14 victims.",
			schema.EventLegal, "justice-department", "dmitri-orlov", "2026-01"},
		{"a lawsuit filed on a day dates the suing told before", "2026-04-10",
			"Harrow Bank has sued Kestrel Systems, the vendor whose update let hackers in, the bank said on Thursday. The lawsuit, filed on Monday in federal court in Delaware, seeks $40 million.",
			schema.EventLegal, "harrow-bank", "kestrel-systems", "2026-04-06"},
		{"a telling about the instrument gives it no day", "2026-05-08",
			"The Senate Commerce Committee said it had subpoenaed Harlan Pike after he refused to testify. Pike's lawyer said on Monday that his client would comply with the subpoena.",
			schema.EventLegal, "senate-commerce-committee", "harlan-pike", ""},
		{"subpoenas to two people leave the signing's day to neither", "2026-05-08",
			"The Senate Commerce Committee said it had subpoenaed Harlan Pike. It also subpoenaed Mara Quill, his deputy. The chairman signed the subpoena on May 2.",
			schema.EventLegal, "senate-commerce-committee", "harlan-pike", ""},
	}
	checkTimes(t, tests, false)
}

// TestEntryMention checks that a break-in told undated takes the time a later way in that names
// no victim gives ("the intruders first got in during July", "gained a foothold as early as
// March", "had been inside the network since last fall": entryDeed, entryMention), and only
// when no break-in on another victim stands before it, nor one already dated to another time.
func TestEntryMention(t *testing.T) {
	tests := []timeCase{
		{"got in during a month dates the undated break-in", "2026-09-18",
			"Velmora Water said on Wednesday that Grey Heron had broken into its billing network. Investigators said the intruders first got in during early July through a forgotten portal.",
			schema.EventIntrusion, "grey-heron", "velmora-water", "2026-07"},
		{"gained a foothold as early as a month", "2026-05-09",
			"Kestrel Labs said on Thursday that Grey Heron compromised the mail servers of Harrow Bank. The group exploited a flawed gateway to gain a foothold as early as November 2025, the firm said.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", "2025-11"},
		{"gained access with an adjective between", "2026-05-09",
			"Kestrel Labs said on Thursday that Grey Heron compromised the mail servers of Harrow Bank. The attackers gained initial access in February, it said.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", "2026-02"},
		{"been inside the network since a season", "2026-03-20",
			"The agency told senators on Wednesday that Grey Heron broke into the systems of Velmora Water. Logs suggest the hackers had been inside the network since at least last fall.",
			schema.EventIntrusion, "grey-heron", "velmora-water", "2025"},
		{"been inside a gateway since a month", "2026-03-20",
			"The regulator said on Wednesday that Grey Heron had broken into the billing systems of Velmora Water. Logs later showed the intruders had been inside the payment gateway since at least February.",
			schema.EventIntrusion, "grey-heron", "velmora-water", "2026-02"},
		{"been inside a firewall since a month", "2026-03-20",
			"The regulator said on Wednesday that Grey Heron had broken into the billing systems of Velmora Water. Records show the hackers had been hiding inside the firewall since at least February.",
			schema.EventIntrusion, "grey-heron", "velmora-water", "2026-02"},
		{"broke in during a month", "2026-09-18",
			"Velmora Water said on Wednesday that Grey Heron had broken into its billing network. The attackers broke in during early July by guessing a password, the utility said.",
			schema.EventIntrusion, "grey-heron", "velmora-water", "2026-07"},
		{"exploited a flaw in a month dates the undated break-in", "2026-09-18",
			"Velmora Water said on Wednesday that Grey Heron had broken into its billing network. The attackers exploited a previously unknown flaw in a file-sharing server in early July, investigators said.",
			schema.EventIntrusion, "grey-heron", "velmora-water", "2026-07"},
		{"exploited a flaw within the break-in's year gives the month", "2026-09-18",
			"Grey Heron broke into the billing network of Velmora Water this year, the utility said on Wednesday. The hackers exploited two zero-day vulnerabilities in its gateway in June.",
			schema.EventIntrusion, "grey-heron", "velmora-water", "2026-06"},
		{"exploited a flaw in the sentence of a deed told with its parties leaves the break-in before", "2026-09-18",
			"Velmora Water said on Wednesday that Grey Heron had broken into its billing network. Grey Heron exploited a flaw in a file-sharing server in early July and stole the records of Harrow Bank.",
			schema.EventIntrusion, "grey-heron", "velmora-water", ""},
		{"exploited a weakness of people is no way in", "2026-09-18",
			"Velmora Water said on Wednesday that Grey Heron had broken into its billing network. The scammers exploited the fears of customers in early July.",
			schema.EventIntrusion, "grey-heron", "velmora-water", ""},
		{"got in touch is no way in", "2026-09-18",
			"Velmora Water said on Wednesday that Grey Heron had broken into its billing network. The company got in touch with police in July.",
			schema.EventIntrusion, "grey-heron", "velmora-water", ""},
		{"a break-in dated already keeps its time", "2026-09-18",
			"Velmora Water said that Grey Heron had broken into its billing network in August. The intruders got in during early July, an investigator said.",
			schema.EventIntrusion, "grey-heron", "velmora-water", "2026-08"},
		{"break-ins on two victims leave the time to neither", "2026-09-18",
			"Grey Heron broke into the network of Velmora Water, the utility said. Kestrel Labs said Grey Heron had also broken into Harrow Bank. The intruders first got in during early July.",
			schema.EventIntrusion, "grey-heron", "velmora-water", ""},
		{"a way in gives no time to a deed of another type", "2026-09-18",
			"Velmora Water said on Wednesday that Grey Heron had encrypted its billing servers. The intruders first got in during early July.",
			schema.EventAttack, "grey-heron", "velmora-water", ""},
	}
	checkTimes(t, tests, false)
}

// TestRestated checks that a deed told undated takes the time of an indefinite deed noun in
// apposition after it whose clause tells when it began or took place ("…, an intrusion the bank
// said began in late November"; appositiveTime, restated), and not the time of a clause of
// telling, of another clause, or given to a deed dated otherwise.
func TestRestated(t *testing.T) {
	tests := []timeCase{
		{"an intrusion the bank said began in a month", "2026-03-14",
			"In January, Harrow Bank disclosed that Grey Heron had broken into the mail accounts of its directors, an intrusion the bank said began in late November.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", "2025-11"},
		{"an attack that started on a day", "2026-05-14",
			"Kestrel Labs said on Wednesday that Ash Lynx had encrypted the servers of Korvel Freight, a ransomware attack that started on May 3.",
			schema.EventAttack, "ash-lynx", "korvel-freight", "2026-05-03"},
		{"a telling's time in the noun's clause is not the deed's", "2026-05-14",
			"Kestrel Labs said that Ash Lynx had encrypted the servers of Korvel Freight, an attack the company disclosed on May 3.",
			schema.EventAttack, "ash-lynx", "korvel-freight", ""},
		{"a time after a comma is another clause's", "2026-05-14",
			"Kestrel Labs said that Ash Lynx had encrypted the servers of Korvel Freight, an attack that began quietly, and on May 3 the firm said so.",
			schema.EventAttack, "ash-lynx", "korvel-freight", ""},
		{"a deed dated already keeps its time", "2026-05-14",
			"Ash Lynx encrypted the servers of Korvel Freight in April, an attack that began on May 3, the firm said.",
			schema.EventAttack, "ash-lynx", "korvel-freight", "2026-04"},
	}
	checkTimes(t, tests, false)
}

// TestBeganInMonth checks that a definite deed noun whose verb tells it began or took place in
// a month gives that month to the undated deed (beganNext), and that one found or ended in a
// month gives none: the month of its end is not the deed's.
func TestBeganInMonth(t *testing.T) {
	tests := []timeCase{
		{"the intrusion began in a month", "2026-03-13",
			"Velmora Water said on Friday that Grey Heron had broken into the network of Velmora Water. The intrusion began in January, investigators said.",
			schema.EventIntrusion, "grey-heron", "velmora-water", "2026-01"},
		{"the breach, which started in a month", "2026-03-13",
			"Velmora Water said on Friday that Grey Heron had broken into the network of Velmora Water. The breach, which started in January, went unnoticed for weeks.",
			schema.EventIntrusion, "grey-heron", "velmora-water", "2026-01"},
		{"the intrusion was contained in a month", "2026-03-13",
			"Velmora Water said on Friday that Grey Heron had broken into the network of Velmora Water. The intrusion was contained in February, investigators said.",
			schema.EventIntrusion, "grey-heron", "velmora-water", ""},
	}
	checkTimes(t, tests, false)
}

// TestTimedDeedNoun checks that a deed told undated takes the day that follows a later definite
// noun of it under a preposition of time ("since the theft on March 2"; timedDeedNoun), and not
// the day after a noun that is the topic of a telling.
func TestTimedDeedNoun(t *testing.T) {
	tests := []timeCase{
		{"in the days after the theft on a day", "2026-03-13",
			"Harrow Bank said on Friday that Ash Spider stole $6 million from the bank. In the days after the theft on March 2, the bank froze withdrawals.",
			schema.EventTheft, "ash-spider", "harrow-bank", "2026-03-02"},
		{"since the breach on a day", "2026-03-13",
			"Velmora Water said on Friday that Grey Heron had broken into its billing network. Since the intrusion on March 3, customers have paid in cash.",
			schema.EventIntrusion, "grey-heron", "velmora-water", "2026-03-03"},
		{"after the theft of a sum on a day", "2026-03-13",
			"Harrow Bank said on Friday that Ash Spider stole $6 million from the bank. Since the theft of $6 million on March 2, the bank has frozen withdrawals.",
			schema.EventTheft, "ash-spider", "harrow-bank", "2026-03-02"},
		{"a report on the breach is a telling's day", "2026-03-13",
			"Velmora Water said on Friday that Grey Heron had broken into its billing network. Kestrel Labs published a report on the intrusion on March 3.",
			schema.EventIntrusion, "grey-heron", "velmora-water", ""},
		{"a deed dated to another day keeps it", "2026-03-13",
			"Harrow Bank said that Ash Spider stole $6 million from the bank on March 1. In the days after the theft on March 2, the bank froze withdrawals.",
			schema.EventTheft, "ash-spider", "harrow-bank", "2026-03-01"},
	}
	checkTimes(t, tests, false)
}

// TestPronounGoesOn checks that an undated telling whose subject is "he" or "she" takes the time
// of the same speaker's dated telling in the sentence before it in its paragraph, whatever that
// time's precision (pronounGoesOn), and only then.
func TestPronounGoesOn(t *testing.T) {
	const said = "Lena Okafor, the chief executive of Harrow Bank, said in an interview in March that the breach had cost the bank little."
	const denied = "Lena Okafor, the chief executive of Harrow Bank, denied in an interview in March that Grey Heron had stolen customer data."
	tests := []timeCase{
		{"a denial by the speaker's pronoun goes on at her interview's month", "2026-05-12",
			said + " She denied claims by Velmora Water that customer accounts had been emptied.",
			schema.EventDenial, "lena-okafor", "", "2026-03"},
		{"so with an adverb between", "2026-05-12",
			said + " She also rejected claims by Velmora Water that customer accounts had been emptied.",
			schema.EventDenial, "lena-okafor", "", "2026-03"},
		{"so when she closes what she told", "2026-05-12",
			denied + " Customer accounts were safe throughout, she said.",
			schema.EventStatement, "lena-okafor", "", "2026-03"},
		{"not in a new paragraph", "2026-05-12",
			said + "\nShe denied claims by Velmora Water that customer accounts had been emptied.",
			schema.EventDenial, "lena-okafor", "", ""},
		{"not when the verb says it came later", "2026-05-12",
			said + " She later denied claims by Velmora Water that customer accounts had been emptied.",
			schema.EventDenial, "lena-okafor", "", ""},
		{"not two sentences on", "2026-05-12",
			said + " The bank's shares fell. She denied claims by Velmora Water that customer accounts had been emptied.",
			schema.EventDenial, "lena-okafor", "", ""},
	}
	checkTimes(t, tests, true)
}

// TestSameDayAnswer checks that a telling dated "the same day" answers on the day of the
// occasion of telling the sentence before set, not on a day of a month that sentence named in
// passing (sameDayAnswer).
func TestSameDayAnswer(t *testing.T) {
	const police = "The Tessaly Police said on Thursday that Grey Heron was behind the attack on Harrow Bank last month."
	tests := []timeCase{
		{"a denial the same day after a dated saying takes its day", "2026-06-05",
			police + " Harrow Bank denied on the same day that it had paid a ransom.",
			schema.EventDenial, "harrow-bank", "", "2026-06-04"},
		{"so in a statement that closes the sentence", "2026-06-05",
			police + " Harrow Bank rejected the claims of Grey Heron in a statement the same day.",
			schema.EventDenial, "harrow-bank", "", "2026-06-04"},
		{"not after a paragraph break and a sentence of no telling", "2026-06-05",
			police + "\nThe attack began last month. Harrow Bank denied on the same day that it had paid a ransom.",
			schema.EventDenial, "harrow-bank", "", "2026-05"},
	}
	checkTimes(t, tests, true)
}

// TestHearingTimes checks that what is told to lawmakers, or by them, goes on at the day of
// the hearing the story dated (hearingGoesOn).
func TestHearingTimes(t *testing.T) {
	tests := []timeCase{
		{"a lawmaker's accusation goes on at the day lawmakers heard testimony on", "2026-05-16",
			"Harrow Bank waited three weeks to tell the Tessaly Data Office about the breach, MPs heard on Thursday.\n\nThe bank restored its systems in May.\n\nConservative MP Dana Whitlock accused Harrow Bank of hiding the breach.",
			schema.EventAccusation, "dana-whitlock", "harrow-bank", "2026-05-14"},
		{"another witness's testimony goes on at the day of the hearing, past an arrest on another day", "2026-05-16",
			"Lena Ostrova, the director of the Norland Cyber Agency, told lawmakers on Tuesday that Grey Heron had breached Harrow Bank.\n\nThe bank restored its systems in May. The Tessaly Police arrested two men on Monday.\n\nJon Vask, the bank's chief executive, testified that the bank had found no sign that customer data was taken.",
			schema.EventStatement, "jon-vask", "", "2026-05-12"},
		{"a telling to a committee goes on at the day MPs were told on, whoever the speaker", "2025-10-24",
			"Lena Okafor runs the Norland Cyber Office. The office warned the port of Ostreva in early August that Grey Heron had broken into its network, a senior official told MPs on Thursday.\n\nLena Okafor told the Joint Security Committee that its analysts had called the port on Aug. 6.",
			schema.EventWarning, "lena-okafor", "joint-security-committee", "2025-10-23"},
		{"a lawmaker's accusation in an -ing adjunct goes on at the hearing's day, past the month of the deed it charges", "2026-05-16",
			"Harrow Bank waited three weeks to tell the Tessaly Data Office about the breach, senators heard on Thursday.\n\nThe bank restored its systems in May.\n\nSenator Dana Whitlock went further, accusing Jon Vask of misleading the committee in January.",
			schema.EventAccusation, "dana-whitlock", "jon-vask", "2026-05-14"},
		{"a lawmaker's accusation in an -ing adjunct with no hearing keeps no day", "2026-05-16",
			"Harrow Bank said on Thursday that it had been breached.\n\nThe bank restored its systems in May.\n\nSenator Dana Whitlock went further, accusing Jon Vask of misleading the committee in January.",
			schema.EventAccusation, "dana-whitlock", "jon-vask", ""},
		{"a telling to the committee goes on at the day House investigators were told on", "2026-05-16",
			"Harrow Bank told House investigators on Wednesday that it had warned the Norland State Department about the breach.\n\nThe embassy's servers were rebuilt in August.\n\nJon Vask told the committee that the Norland State Department had ignored the warning.",
			schema.EventStatement, "jon-vask", "", "2026-05-13"},
		{"a telling to the committee goes on at the day a House panel was told on", "2026-05-16",
			"Harrow Bank told a House panel on Wednesday that the bank had warned the Norland State Department about the breach.\n\nThe embassy's servers were rebuilt in August.\n\nJon Vask told the committee that the Norland State Department had ignored the warning.",
			schema.EventStatement, "jon-vask", "", "2026-05-13"},
		{"a telling to a panel of experts sets no hearing", "2026-05-16",
			"Harrow Bank told a panel of experts on Wednesday that the bank had warned the Norland State Department about the breach.\n\nThe embassy's servers were rebuilt in August.\n\nJon Vask told the committee that the Norland State Department had ignored the warning.",
			schema.EventStatement, "jon-vask", "", ""},
		{"a telling to a police force's investigators sets no hearing", "2026-05-16",
			"Harrow Bank told police investigators on Wednesday that it had warned the Norland State Department about the breach.\n\nThe embassy's servers were rebuilt in August.\n\nJon Vask told the committee that the Norland State Department had ignored the warning.",
			schema.EventStatement, "jon-vask", "", ""},
		{"a lawmaker's accusation told as earlier keeps no day", "2026-05-16",
			"Harrow Bank waited three weeks to tell the Tessaly Data Office about the breach, MPs heard on Thursday.\n\nThe bank restored its systems in May.\n\nConservative MP Dana Whitlock previously accused Harrow Bank of hiding the breach.",
			schema.EventAccusation, "dana-whitlock", "harrow-bank", ""},
		{"a lawmaker's accusation in a story with no hearing keeps no day", "2026-05-16",
			"Harrow Bank said on Thursday that it had been breached.\n\nThe bank restored its systems in May.\n\nConservative MP Dana Whitlock accused Harrow Bank of hiding the breach.",
			schema.EventAccusation, "dana-whitlock", "harrow-bank", ""},
		{"a telling to the committee goes on at the day an -ing adjunct dated an appearance before it", "2026-05-16",
			"Appearing before the Senate Standing Committee on Economic Security in Tessaly on Thursday, Lena Ostrova said the bank had been breached.\n\nThe Treasurer, Ann Roe, tabled the bill on Tuesday.\n\nJon Vask told the committee the bank had paid no ransom.",
			schema.EventStatement, "jon-vask", "", "2026-05-14"},
		{"so for evidence given to MPs", "2026-05-16",
			"Giving evidence to MPs on Wednesday, Lena Ostrova said the bank had been breached.\n\nThe bank restored its systems in May.\n\nJon Vask told the committee the bank had paid no ransom.",
			schema.EventStatement, "jon-vask", "", "2026-05-13"},
		{"a telling to the committee goes on at the day the committee held its hearing on", "2026-05-16",
			"The Senate Standing Committee on Economic Security held its first hearing on the bill on Tuesday.\n\nThe bank restored its systems in May.\n\nJon Vask told the committee the bank had paid no ransom.",
			schema.EventStatement, "jon-vask", "", "2026-05-12"},
		{"so for a fronted congressional hearing", "2026-05-16",
			"At a congressional hearing on Wednesday, lawmakers pressed the bank over the breach.\n\nThe bank restored its systems in May.\n\nJon Vask testified that the bank had paid no ransom.",
			schema.EventStatement, "jon-vask", "", "2026-05-13"},
		{"a hearing yet to be held sets no hearing day", "2026-05-16",
			"The Senate Standing Committee on Economic Security will hold a hearing on the bill on Tuesday.\n\nThe bank restored its systems in May.\n\nJon Vask told the committee the bank had paid no ransom.",
			schema.EventStatement, "jon-vask", "", ""},
		{"a court's hearing sets no hearing before lawmakers", "2026-05-16",
			"At a bail hearing on Wednesday, the Tessaly District Court heard the case.\n\nThe bank restored its systems in May.\n\nJon Vask testified that the bank had paid no ransom.",
			schema.EventStatement, "jon-vask", "", ""},
		{"an appearance before a court sets no hearing", "2026-05-16",
			"Appearing before the Tessaly District Court on Thursday, Lena Ostrova said the bank had been breached.\n\nThe bank restored its systems in May.\n\nJon Vask told the committee the bank had paid no ransom.",
			schema.EventStatement, "jon-vask", "", ""},
	}
	checkTimes(t, tests, false)
}

// TestClosingSaidDay checks that a telling in the present perfect takes the day of the
// attribution that closes its sentence, while a deed so told and a telling with no such
// attribution keep the publication day (closingSaidDay).
func TestClosingSaidDay(t *testing.T) {
	tests := []timeCase{
		{"an attribution takes the day its closing 'said on Wednesday' gives", "2026-03-13",
			"The Norland Cyber Office has attributed the theft of $40 million from Harrow Bank to Grey Heron, the office said on Wednesday.",
			schema.EventAccusation, "norland-cyber-office", "grey-heron", "2026-03-11"},
		{"so a warning closed by 'said Tuesday'", "2026-03-13",
			"The Norland Cyber Office has warned Harrow Bank that Grey Heron is inside its network, the office said Tuesday.",
			schema.EventWarning, "norland-cyber-office", "harrow-bank", "2026-03-10"},
		{"a warning with no closing attribution keeps the publication day", "2026-03-13",
			"The Norland Cyber Office has warned Harrow Bank that Grey Heron is inside its network.",
			schema.EventWarning, "norland-cyber-office", "harrow-bank", "2026-03-13"},
		{"a deed in the present perfect does not take the saying's day", "2026-03-13",
			"Grey Heron has stolen payroll files from Harrow Bank, the bank said on Wednesday.",
			schema.EventTheft, "grey-heron", "harrow-bank", "2026-03-13"},
	}
	checkTimes(t, tests, false)
}

// TestFindingsIssued checks that a finder's accusation told undated takes the day a sentence
// after it in its paragraph gives the document its findings were published in (findingsIssued).
func TestFindingsIssued(t *testing.T) {
	tests := []timeCase{
		{"an attribution takes the day its findings were published, told in the next sentence", "2026-03-14",
			"Researchers have described a campaign against shipping firms in Norland.\n\nBrightwater Labs attributed the operation to Grey Heron, a group that works for Karsovia. The findings were set out in a report published on Thursday.",
			schema.EventAccusation, "brightwater-labs", "grey-heron", "2026-03-12"},
		{"an attribution takes the day two sentences on when the firm set out its findings", "2026-03-14",
			"Researchers have described a campaign against shipping firms in Norland.\n\nBrightwater Labs attributed the operation to Grey Heron. The group has been active since at least 2019. Brightwater set out its findings in a report published on Monday.",
			schema.EventAccusation, "brightwater-labs", "grey-heron", "2026-03-09"},
		{"a report published in another paragraph does not date the attribution", "2026-03-14",
			"Researchers have described a campaign against shipping firms in Norland.\n\nBrightwater Labs attributed the operation to Grey Heron.\n\nThe findings were set out in a report published on Thursday.",
			schema.EventAccusation, "brightwater-labs", "grey-heron", ""},
		{"a report published with no word of findings does not date the attribution", "2026-03-14",
			"Researchers have described a campaign against shipping firms in Norland.\n\nBrightwater Labs attributed the operation to Grey Heron. Another firm issued a report published on Thursday.",
			schema.EventAccusation, "brightwater-labs", "grey-heron", ""},
	}
	checkTimes(t, tests, false)
}

// TestHandoverTimes checks handoverTimes: a warning passed on "in turn" or by a relative clause
// takes the time of the warning its teller heard, and a further notice told with "also" the time
// of the warning just before it; a warning the earlier one leaves undated, or one neither relayed
// nor added, stays undated.
func TestHandoverTimes(t *testing.T) {
	checkTimes(t, []timeCase{
		{"relayed in a relative clause", "2025-06-13", "Tarnwell Labs spotted the implant in April and alerted Cobalt Freight, which in turn notified the Ostmark Cyber Agency.",
			schema.EventWarning, "cobalt-freight", "ostmark-cyber-agency", "2025-04"},
		{"relayed in the next sentence", "2025-06-13", "Tarnwell Labs alerted Cobalt Freight on May 2. Cobalt Freight, in turn, notified the Ostmark Cyber Agency.",
			schema.EventWarning, "cobalt-freight", "ostmark-cyber-agency", "2025-05-02"},
		{"a further notice with also", "2025-06-13", "An analyst at Tarnwell Labs alerted Cobalt Freight on May 2. The analyst, Mirela Dovan, also notified the Ostmark Cyber Agency.",
			schema.EventWarning, "mirela-dovan", "ostmark-cyber-agency", "2025-05-02"},
		{"the earlier warning is undated", "2025-06-13", "Tarnwell Labs alerted Cobalt Freight after the audit, which in turn notified the Ostmark Cyber Agency.",
			schema.EventWarning, "cobalt-freight", "ostmark-cyber-agency", ""},
		{"neither relayed nor added", "2025-06-13", "Tarnwell Labs alerted Cobalt Freight on May 2. Cobalt Freight notified the Ostmark Cyber Agency.",
			schema.EventWarning, "cobalt-freight", "ostmark-cyber-agency", ""},
	}, false)
}

// TestBareToldClauseTime checks bareToldClause: a time in a clause reported without "that"
// after the hearer ("told him the logins had begun in March") is the clause's, not the
// telling's, while a time before the clause, one after a plural the tagger reads as a verb, or
// one of a second conjunct still dates the telling.
func TestBareToldClauseTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a bare clause after a pronoun hearer", "2025-04-11", "Tobias Rennick chaired the review. Karen Lidholm told him the logins had begun in March.",
			schema.EventWarning, "karen-lidholm", "tobias-rennick", ""},
		{"a bare clause after a named hearer", "2025-04-11", "Karen Lidholm warned Tobias Rennick the mail servers had been breached in March.",
			schema.EventWarning, "karen-lidholm", "tobias-rennick", ""},
		{"the day before the clause", "2025-04-11", "Karen Lidholm told Tobias Rennick on Monday the mail servers had been breached.",
			schema.EventWarning, "karen-lidholm", "tobias-rennick", "2025-04-07"},
		{"a second conjunct is no report", "2025-04-11", "Karen Lidholm alerted Tobias Rennick and notified the Harlow Police in March.",
			schema.EventWarning, "karen-lidholm", "harlow-police", "2025-03"},
		{"a plural read as a verb", "2025-04-11", "The Harlow Police said the Norvik Response Team had shared lists of affected IP addresses with it in early March.",
			schema.EventWarning, "norvik-response-team", "", "2025-03"},
	}, false)
}

// TestBareSubjectTime checks bareSubjectTime: a time modifying the subject of a clause reported
// without "that" right after the verb ("said the June notice had gone …") dates that noun, not
// the saying, which keeps a day of its own; a time modifying the saying's vehicle or its object
// with no verb after it still dates the saying.
func TestBareSubjectTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a fronted day stays the saying's", "2025-10-17", "On Thursday, Corin Vale said the June notice had gone to an old address.",
			schema.EventStatement, "corin-vale", "", "2025-10-16"},
		{"a possessive before the month", "2025-10-17", "Corin Vale said his March remarks were accurate.",
			schema.EventStatement, "corin-vale", "", ""},
		{"a year before the subject's noun", "2025-10-17", "Corin Vale said the 2023 audit found nothing wrong.",
			schema.EventStatement, "corin-vale", "", ""},
		{"a vehicle's time is the saying's", "2025-10-17", "Harrow Bank said in a Monday post that its systems were restored.",
			schema.EventStatement, "harrow-bank", "", "2025-10-13"},
	}, false)
}

// TestAskedAbout checks that a denial told with no time of its own takes the day the next
// sentence of its paragraph opens on by "Asked about …, DAY," when a spokesperson or the
// denial's own agent answers there (askedAbout), and only then.
func TestAskedAbout(t *testing.T) {
	const lead = "Kestrel Labs said on Tuesday that Grey Heron had broken into the Velmora Water network.\n"
	tests := []timeCase{
		{"a spokesperson answers on the day", "2025-03-14",
			lead + "Norland has denied involvement. Asked about the findings on Wednesday, a spokesperson for the Norland Foreign Ministry said the claims were false.",
			schema.EventDenial, "norland-foreign-ministry", "", "2025-03-12"},
		{"an undated dismissal", "2025-03-14",
			lead + "The Norland Foreign Ministry dismissed the report. Asked about it at a regular briefing on Wednesday, the ministry's spokeswoman said the claims were false.",
			schema.EventDenial, "norland-foreign-ministry", "", "2025-03-12"},
		{"a time of another clause of its sentence", "2025-03-14",
			lead + "Its embassy has been shut since 2022, but Norland routinely denies such attacks. Asked about the findings on Wednesday, a spokesperson for Norland said the claims were false.",
			schema.EventDenial, "norland", "", "2025-03-12"},
		{"not when another named speaker answers", "2025-03-14",
			lead + "The Norland Foreign Ministry dismissed the report. Asked about it on Wednesday, Lena Okafor of Brightwater Labs said the claims were credible.",
			schema.EventDenial, "norland-foreign-ministry", "", "2025-03-11"},
		{"not across a paragraph", "2025-03-14",
			lead + "The Norland Foreign Ministry dismissed the report.\nAsked about it at a regular briefing on Wednesday, the ministry's spokeswoman said the claims were false.",
			schema.EventDenial, "norland-foreign-ministry", "", "2025-03-11"},
	}
	checkTimes(t, tests, false)
}

// TestSubjectAfterTime checks subjectAfterTime: after a time fronted past 'that', a subject
// before the verb makes the clause a complement ("that on Monday the intruders returned"); a
// verb right after the time makes it a relative ("that on Monday approved the payment").
func TestSubjectAfterTime(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		text string
		want bool
	}{
		{"Osric Vale told the committee that on Monday the intruders returned to Harrow Bank.", true},
		{"Osric Vale told the committee that on Monday they returned to Harrow Bank.", true},
		{"Osric Vale praised the board that on Monday approved the payment.", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			toks := x.nlp.sentences(tt.text)[0].Toks
			at := slices.IndexFunc(toks, func(k token) bool { return k.Text == "Monday" })
			require.GreaterOrEqual(t, at, 0)
			assert.Equal(t, tt.want, subjectAfterTime(toks, at))
		})
	}
}

// TestSamePart checks "the same morning|afternoon|…" dated by the event it goes on from: the
// nearest earlier day-dated deed, notice or finding out sharing a participant, never the last
// date written.
func TestSamePart(t *testing.T) {
	tests := []timeCase{
		{"a notice 'the same morning' takes the day of the attack on its teller told the sentence before", "2026-04-20",
			"Grey Heron encrypted the servers of Harrow Bank on April 9. Harrow Bank shut down its payment gateway the same morning and notified the Tessaly Police.",
			schema.EventWarning, "harrow-bank", "tessaly-police", "2026-04-09"},
		{"a notice 'that same evening' takes the day of a notice to its teller two sentences before", "2026-04-20",
			"The Kestrel Cyber Agency warned Harrow Bank on April 7 about the intrusion. The agency did not say how it learned of it. Harrow Bank alerted the Tessaly Police that same evening.",
			schema.EventWarning, "harrow-bank", "tessaly-police", "2026-04-07"},
		{"'the same morning' does not take a day given for other parties", "2026-04-20",
			"Grey Heron encrypted the servers of Marlin Freight on April 9. Harrow Bank notified the Tessaly Police the same morning.",
			schema.EventWarning, "harrow-bank", "tessaly-police", ""},
		{"'the same morning' looks no further than two sentences back", "2026-04-20",
			"Grey Heron encrypted the servers of Harrow Bank on April 9. Its clerks worked by hand. Branches stayed shut. Harrow Bank notified the Tessaly Police the same morning.",
			schema.EventWarning, "harrow-bank", "tessaly-police", ""},
		{"'the same night' does not take the day of an accusation against its doer", "2026-04-20",
			"The Kestrel Cyber Agency accused Grey Heron on April 7 of spying on Harrow Bank. Grey Heron wiped the servers of Marlin Freight the same night.",
			schema.EventAttack, "grey-heron", "marlin-freight", ""},
		{"a notice 'the same afternoon' takes the day its teller found the data", "2026-04-20",
			"Analysts at Kestrel Labs spotted stolen Harrow Bank records on a dark web forum on April 9. Kestrel Labs alerted Harrow Bank the same afternoon.",
			schema.EventWarning, "kestrel-labs", "harrow-bank", "2026-04-09"},
		{"so with 'detected'", "2026-04-20",
			"Engineers at Harrow Bank detected an intruder on its payment servers on April 9. Harrow Bank notified the Tessaly Police the same evening.",
			schema.EventWarning, "harrow-bank", "tessaly-police", "2026-04-09"},
		{"a part of a day that modifies a noun dates nothing", "2026-04-20",
			"Grey Heron encrypted the servers of Harrow Bank on April 9. Harrow Bank notified the Tessaly Police during the same morning shift.",
			schema.EventWarning, "harrow-bank", "tessaly-police", ""},
	}
	checkTimes(t, tests, false)
}

// TestSaidThenMerges checks that a saying dated by "at the time" before the 'that' it reports
// merges with its speaker's other sayings as an undated one does, and keeps its own time only
// when it stands first or alone.
func TestSaidThenMerges(t *testing.T) {
	tests := []struct {
		name, published, body, agent string
		want                         []string // the time values of the speaker's statements, sorted
	}{
		{"the old words go on in the next sentence", "2025-09-19",
			"Grey Heron broke into the payment servers of Harrow Bank in March. Harrow Bank said at the time that no card data had been taken. It said it had called in the police.",
			"harrow-bank", []string{"2025-03"}},
		{"a dated saying keeps its day", "2025-09-19",
			"Harrow Bank said on Tuesday that it had hired outside auditors. Grey Heron broke into the bank's payment servers in March. Harrow Bank said at the time that no card data had been taken.",
			"harrow-bank", []string{"2025-09-16"}},
		{"later words of another day stand apart", "2025-09-19",
			"Grey Heron broke into the payment servers of Harrow Bank in March. Harrow Bank said at the time that no card data had been taken. On Tuesday the bank said it had found copies of card numbers on a forum.",
			"harrow-bank", []string{"2025-03", "2025-09-16"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, tt.published, tt.body)
			var got []string
			for _, e := range g.Events {
				if e.Type == schema.EventStatement && hasParticipant(e, tt.agent, schema.RoleAgent) {
					got = append(got, e.Time.Value)
				}
			}
			slices.Sort(got)
			assert.Equal(t, tt.want, got, eventsString(g))
		})
	}
}

// TestFollowingSpanOpener checks that a sentence opening with a span that runs on from the
// narrative's last time ("Over the following weeks,", "In the next few days,", also with no
// comma before the subject: "Over the next several days the gang …") takes that time to the
// precision the span allows, as "Weeks later," does.
func TestFollowingSpanOpener(t *testing.T) {
	const published = "2016-04-14"
	const lede = "OSLO — Norway expelled two Belgian diplomats on Wednesday, accusing them of spying.\n\n"
	tests := []sentenceTime{
		{"following weeks after a season", lede + "A group called Frost Heron broke into the network of Corvane Institute in the autumn of 2015, officials said.\n\nOver the following weeks, Frost Heron copied several gigabytes of files from the institute.",
			schema.EventTheft, "frost-heron", 2, "2015"},
		{"next few days after a month", lede + "In March 2015, a gang called Ash Wren broke into the servers of Lindel Port.\n\nOver the next few days, Ash Wren leaked payroll files from Lindel Port.",
			schema.EventLeak, "ash-wren", 2, "2015-03"},
		{"in the following months", lede + "In June 2014, a group called Grey Finch compromised the email system of the Pallow Ministry.\n\nIn the following months, Grey Finch stole diplomatic cables from the ministry.",
			schema.EventTheft, "grey-finch", 2, "2014"},
		{"no comma before a determiner", lede + "On April 9, 2015, a gang called Ash Wren broke into the servers of Lindel Port.\n\nOver the next few days the gang leaked payroll files from Lindel Port.",
			schema.EventLeak, "ash-wren", 2, "2015-04"},
		{"several and no comma before a name", lede + "On April 9, 2015, a gang called Ash Wren broke into the servers of Lindel Port.\n\nOver the next several days Lindel Port alerted the Tessaly Police.",
			schema.EventWarning, "lindel-port", 2, "2015-04"},
		{"no comma and no subject after the unit", lede + "In July 2015, a gang called Ash Wren hacked Lindel Port.\n\nOver the following weeks of talks Lindel Port alerted the Tessaly Police.",
			schema.EventWarning, "lindel-port", 2, ""},
	}
	checkSentenceTimes(t, published, tests)
}

// TestFollowingSpanFuture checks that a span opening a sentence told in the future ("In the next
// few days, X will …") runs on from the telling, not from the narrative's last time: nothing in
// the sentence takes the earlier deed's month.
func TestFollowingSpanFuture(t *testing.T) {
	body := "OSLO — Norway expelled two Belgian diplomats on Wednesday.\n\nIn March 2015, a gang called Ash Wren broke into the servers of Lindel Port.\n\nIn the next few days, Lindel Port will publish its findings, the company said."
	g := extractText(t, "2016-04-14", body)
	for _, e := range g.Events {
		if len(e.Evidence) > 0 && e.Evidence[0].Sentence == 2 {
			assert.NotEqual(t, "2015-03", e.Time.Value, "a future sentence took the narrative's month: %s", eventsString(g))
		}
	}
}
