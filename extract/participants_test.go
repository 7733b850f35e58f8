package extract

import (
	"strings"
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParticipantPatterns checks participants found inside noun phrases and through the
// incident's surroundings.
func TestParticipantPatterns(t *testing.T) {
	checkEventRules(t, "2024-06-10", []eventCase{
		{"a document's second participle is its issuer's", "In a report shared with the Ostmark Ledger and released on Monday, Harjuvald Labs said Grey Heron had phished ministries.",
			schema.EventReport, "harjuvald-labs", "", true},
		{"the name a document was shared with did not issue it", "In a report shared with the Ostmark Ledger and released on Monday, Harjuvald Labs said Grey Heron had phished ministries.",
			schema.EventReport, "ostmark-ledger", "", false},
		{"a long description before the issuer's name", "In a report shared with the Ostmark Ledger and published on Friday, Tallinn-based security firm Harjuvald Labs said it first saw the phishing in May.",
			schema.EventReport, "harjuvald-labs", "", true},
		{"possessive gerund", "Investigators described Grey Heron's targeting of Nimbus Systems last spring.",
			schema.EventAttack, "grey-heron", "nimbus-systems", true},
		{"the hacking of", "Police said the hacking of Nimbus Systems began in May.",
			schema.EventIntrusion, "", "nimbus-systems", true},
		{"gerund as a modifier", "Nimbus Systems sold hacking tools in May.",
			schema.EventIntrusion, "", "nimbus-systems", false},
		{"product placed in a country", "The agency revealed Grey Heron's targeting of outdated Nimbus webmail servers in Norway.",
			schema.EventAttack, "grey-heron", "norway", true},
		{"the maker stays a target", "The agency revealed Grey Heron's targeting of outdated Nimbus webmail servers in Norway.",
			schema.EventAttack, "grey-heron", "nimbus", true},
		{"accused the description of doing", "The Quellan Cyber Agency said Grey Heron works for Karvia. Karvia's government accused the agency of spreading disinformation.",
			schema.EventAccusation, "", "quellan-cyber-agency", true},
		{"accused the description of a quoted charge", "The Quellan Cyber Agency warned banks in May. Senator Ada Lorne accused the agency of \"sleeping through the alarm\".",
			schema.EventAccusation, "ada-lorne", "quellan-cyber-agency", true},
		{"accused the description of a bare charge", "Harrow Bank lost customer data in May. Lawmaker Jo Vance accused the bank of gross negligence.",
			schema.EventAccusation, "jo-vance", "harrow-bank", true},
		{"convicted the description of a charge", "Prosecutors charged Harrow Bank in May. A court in Norland convicted the bank of fraud on Friday.",
			schema.EventLegal, "", "harrow-bank", true},
		{"the agency of a place is no description", "The Quellan Cyber Agency warned banks in May. Karvia's government accused the agency of the Ostrel region.",
			schema.EventAccusation, "", "quellan-cyber-agency", false},
		{"they passes over an institution's possessive",
			"A hacking group known as Grey Heron broke into the Quellan Electoral Commission in May. According to officials, the intruders used an account of a contractor that maintained the commission's logistics software. Over six weeks they moved through 14 servers and exfiltrated 40 gigabytes of data.",
			schema.EventTheft, "grey-heron", "", true},
		{"they does not take the possessor",
			"A hacking group known as Grey Heron broke into the Quellan Electoral Commission in May. According to officials, the intruders used an account of a contractor that maintained the commission's logistics software. Over six weeks they moved through 14 servers and exfiltrated 40 gigabytes of data.",
			schema.EventTheft, "quellan-electoral-commission", "", false},
		{"a clause after the object is not the object", "Senator Ruth Cole, a member of the Armed Services Committee, said the order was bad, and she accused the administration of briefing only a handful of lawmakers before it took effect.",
			schema.EventWarning, "", "armed-services-committee", false},
		{"the object before a subordinate clause stays", "The Quellan Cyber Agency briefed the Harbor Authority before it acted.",
			schema.EventWarning, "quellan-cyber-agency", "harbor-authority", true},
		{"told the Senate: testimony", "Dan Kessel told the Senate in June that he was not aware of any interference.",
			schema.EventStatement, "dan-kessel", "senate", true},
		{"told the Senate: no warning", "Dan Kessel told the Senate in June that he was not aware of any interference.",
			schema.EventWarning, "dan-kessel", "senate", false},
		{"told an agency: a warning", "Harrow Bank told the Quellan Cyber Agency on Monday that its servers had been breached.",
			schema.EventWarning, "harrow-bank", "quellan-cyber-agency", true},
		{"told a chamber: testimony", "Mara Deloit told the House of Commons on Monday that the ministry had not been warned.",
			schema.EventStatement, "mara-deloit", "house-of-commons", true},
		{"told a chamber: no warning", "Mara Deloit told the House of Commons on Monday that the ministry had not been warned.",
			schema.EventWarning, "mara-deloit", "house-of-commons", false},
		{"told a court: testimony", "Prosecutor Ana Reyes told the Harlow Crown Court that Jon Vale had copied the files.",
			schema.EventStatement, "ana-reyes", "", true},
		{"told a court: no warning", "Prosecutor Ana Reyes told the Harlow Crown Court that Jon Vale had copied the files.",
			schema.EventWarning, "ana-reyes", "", false},
		{"told a national assembly: testimony", "The interior minister, Teo Brandt, told the National Assembly that Grey Heron had read his emails.",
			schema.EventStatement, "teo-brandt", "national-assembly", true},
		{"a city placing the subject is no subject", "The Chinese embassy in Lisbon denied the report on Friday.",
			schema.EventDenial, "lisbon", "", false},
		{"a city placing an appositive's noun does not speak", "\"We oppose all attacks,\" Lin Varo, a spokesperson for the Chinese embassy in Lisbon, said in a statement on Friday, calling the report baseless.",
			schema.EventDenial, "lisbon", "", false},
		{"a capital taken for its country places an embassy", "Kenya's cyber agency said Pewter Vole had hacked four ministries. A spokesperson for the Chinese embassy in Nairobi rejected the suggestion on Thursday.",
			schema.EventDenial, "kenya", "", false},
		{"the embassy the capital places speaks", "Kenya's cyber agency said Pewter Vole had hacked four ministries. A spokesperson for the Chinese embassy in Nairobi rejected the suggestion on Thursday.",
			schema.EventDenial, "chinese-embassy-in-nairobi", "", true},
		{"the police in a country are its own", "Norway said Pewter Vole had hacked its banks. A week later the police in Norway arrested Jon Varde.",
			schema.EventLegal, "norway", "jon-varde", true},
		{"verbs of one relative clause share its subject", "The breach was spotted in May by NorCERT, which noticed odd traffic from a Marlow Energy server and alerted the Norland Security Committee.",
			schema.EventWarning, "norcert", "norland-security-committee", true},
		{"not the name in the first verb's object", "The breach was spotted in May by NorCERT, which noticed odd traffic from a Marlow Energy server and alerted the Norland Security Committee.",
			schema.EventWarning, "marlow-energy", "", false},
		{"attributed to a group it called X", "NorCERT attributed the campaign to a hacking group it called \"Kestrel Moth\", after a bird of Norland folklore.",
			schema.EventAccusation, "norcert", "kestrel-moth", true},
		{"attributed to a cluster the team tracks as X", "NorCERT attributes the operation to a cluster the team tracks as Pewter Vole.",
			schema.EventAccusation, "norcert", "pewter-vole", true},
		{"attributed to a group, a description, it tracks as X", "Harrow Labs attributed the campaign to a group it tracks as Storm-0417.",
			schema.EventAccusation, "harrow-labs", "storm-0417", true},
		{"the described group is not the one accused then", "Harrow Labs attributed the campaign to a group it tracks as Storm-0417.",
			schema.EventAccusation, "harrow-labs", "group", false},
		{"attributed to the cluster it tracks as X: the name, not the pronoun", "Grey Heron has hit Norland ministries since 2022. NorCERT attributed the activity to the cluster it tracks as UAC-0417, better known as Grey Heron.",
			schema.EventAccusation, "norcert", "uac-0417", true},
		{"a group another names is not what is attributed", "NorCERT attributed the outage to a fault in software that Marlow Systems sold.",
			schema.EventAccusation, "", "marlow-systems", false},
		{"a city as the place of a passive stays out", "Jo Vance was arrested in Stockholm and will be extradited.",
			schema.EventLegal, "stockholm", "", false},
		{"name as head, not modifier", "Grey Heron attacked Nimbus Systems in Norway last year.",
			schema.EventAttack, "grey-heron", "norway", false},
		{"demonym in the object", "Police in Norway said Grey Heron breached Norwegian government networks.",
			schema.EventIntrusion, "grey-heron", "norway", true},
		{"demonym of a country named nowhere else", "Grey Heron breached Norwegian government networks.",
			schema.EventIntrusion, "grey-heron", "norway", true},
		{"demonym of a warning's object", "Norway's police warned Danish companies in May. Denmark agreed.",
			schema.EventWarning, "", "denmark", false},
		{"infinitive after a possessed nominalisation", "Analysts described Grey Heron's exploitation of flaws in Nimbus, Quillon and Tarsis mail servers to breach Orbis Freight.",
			schema.EventIntrusion, "grey-heron", "orbis-freight", true},
		{"not the product's maker", "Analysts described Grey Heron's exploitation of flaws in Nimbus, Quillon and Tarsis mail servers to breach Orbis Freight.",
			schema.EventIntrusion, "tarsis", "", false},
		{"no possessor, no doer", "Analysts detailed the exploitation of flaws in Nimbus mail servers to breach Orbis Freight.",
			schema.EventIntrusion, "nimbus", "", false},
		{"a verb governs the infinitive", "Grey Heron exploited a flaw in Nimbus mail servers to breach Orbis Freight.",
			schema.EventIntrusion, "grey-heron", "orbis-freight", true},
		{"by-agent of a verb during the incident", "The implant had been installed by a group known as Grey Heron during a breach in August.",
			schema.EventIntrusion, "grey-heron", "", true},
		{"put to use by X in an attack", "Nimbus Systems said the backdoor was put to use by Grey Heron in an attack on Orbis Freight.",
			schema.EventAttack, "grey-heron", "orbis-freight", true},
		{"active verb during the incident", "Orbis Freight detected Grey Heron during a breach in August.",
			schema.EventIntrusion, "grey-heron", "", false},
		{"country known by its demonym only", "The backdoor was used by Grey Heron in an attack aimed at a Norwegian armed forces network.",
			schema.EventAttack, "grey-heron", "norwegian-armed-forces", true}, // the state's forces, whose network it is
		{"demonym after on", "Officials said Grey Heron's attacks on Norwegian banks began in May.",
			schema.EventAttack, "grey-heron", "norway", true},
		{"according to X is no subject", "Ash Typhoon was named in May. According to the police, the hackers stole drawings from Orbis Freight.",
			schema.EventTheft, "ash-typhoon", "orbis-freight", true},
		{"the source is no thief", "According to Norway's police, the hackers stole drawings from Orbis Freight.",
			schema.EventTheft, "norway", "", false},
		{"appositive name after a description", "Ash Typhoon leaked data from the Norwegian energy regulator, Ergon Authority.",
			schema.EventLeak, "ash-typhoon", "ergon-authority", true},
		{"a list is no appositive", "Ash Typhoon leaked data from the Norwegian energy regulator, Ergon Authority and Quillon Bank in May.",
			schema.EventLeak, "ash-typhoon", "ergon-authority", false},
		{"said Y was behind", "Clinic director Ana Lind said Vanta Spider was behind the theft.",
			schema.EventAccusation, "ana-lind", "vanta-spider", true},
		{"a statement is about the subject of the clause it reports", "Anna Berg said on Monday that Kestrel Panda had breached Corvo Bank.",
			schema.EventStatement, "anna-berg", "kestrel-panda", true},
		{"a reported clause with no that", "Anna Berg said Kestrel Panda had breached Corvo Bank.",
			schema.EventStatement, "anna-berg", "kestrel-panda", true},
		{"the owned name after a possessor", "Ada Morn said Portugal's Signals Office had been a customer of Orbis Tech.",
			schema.EventStatement, "ada-morn", "portugals-signals-office", true},
		{"a pronoun subject is no target", "Ada Morn said she had never met Kestrel Panda.",
			schema.EventStatement, "ada-morn", "kestrel-panda", false},
		{"the teller's own company, described, is no target", "Maren Holt, the general manager of Brisk Water, spoke on Monday. She said the company had disconnected its network.",
			schema.EventStatement, "maren-holt", "brisk-water", false},
		{"the teller's department, described, is no target", "The Tarsan Justice Department faces a request. Justice Secretary Taro Vell said the department would review the request.",
			schema.EventStatement, "taro-vell", "tarsan-justice-department", false},
		{"a mayor's own city is no target", "Ransomware hit Dunmere on Monday. Mayor Ada Crane said the city would not pay the ransom.",
			schema.EventStatement, "ada-crane", "dunmere", false},
		{"the teller's own country is no target", "The Karsovian foreign ministry said Karsovia would respond in kind.",
			schema.EventStatement, "", "karsovia", false},
		{"the teller's own side named before is no target", "Anders Holm, Orbis Tech's chief executive, said Orbis Tech would cooperate with investigators.",
			schema.EventStatement, "", "orbis-tech", false},
		{"the diplomats are those of the demonym phrase before", "Portugal expelled three Russian diplomats on Monday. Foreign Minister Ana Lobo said the diplomats were intelligence officers.",
			schema.EventStatement, "ana-lobo", "russia", true},
		{"another head is not that phrase", "Portugal expelled three Russian diplomats on Monday. Foreign Minister Ana Lobo said the officers were intelligence officers.",
			schema.EventStatement, "ana-lobo", "russia", false},
		{"said the deed bore the hallmarks of Y", "Researchers at Quillon Labs said on Wednesday that the break-in bore the hallmarks of Vanta Spider.",
			schema.EventAccusation, "quillon-labs", "vanta-spider", true},
		{"had all the hallmarks of Y", "Quillon Labs said the attack had all the hallmarks of Vanta Spider.",
			schema.EventAccusation, "quillon-labs", "vanta-spider", true},
		{"hallmarks quoted after the verb", "The Orlen Cyber Office said on Friday that the outage bore \"all the hallmarks\" of Vanta Spider.",
			schema.EventAccusation, "orlen-cyber-office", "vanta-spider", true},
		{"the same hallmarks quoted after the verb", "Quillon Labs said in a report that the thefts bore \"the same hallmarks\" of Vanta Spider.",
			schema.EventAccusation, "quillon-labs", "vanta-spider", true},
		{"hallmarks quoted after had", "Engineers at Orbis Freight said the break-in had \"the hallmarks\" of Vanta Spider.",
			schema.EventAccusation, "orbis-freight", "vanta-spider", true},
		{"a name with the hallmarks of a kind accuses no one", "Quillon Labs said Vanta Spider had the hallmarks of a criminal gang.",
			schema.EventAccusation, "quillon-labs", "", false},
		{"named Y as the culprit", "The Quellan Cyber Agency on Monday named Vanta Spider as the culprit behind the outage at Orbis Health.",
			schema.EventAccusation, "quellan-cyber-agency", "vanta-spider", true},
		{"named a firm to a post accuses no one", "The Quellan Cyber Agency named Orbis Health as its new auditor.",
			schema.EventAccusation, "quellan-cyber-agency", "orbis-health", false},
		{"suspected Y of doing", "The Quellan Cyber Agency suspected Vanta Spider of stealing the files from Orbis Health.",
			schema.EventAccusation, "quellan-cyber-agency", "vanta-spider", true},
		{"a suspected deed accuses no one", "The Quellan Cyber Agency said a suspected Vanta Spider intrusion hit Orbis Health.",
			schema.EventAccusation, "quellan-cyber-agency", "vanta-spider", false},
		{"a state's accusation that Y did", "Norland's accusation that Vanta Spider stole the files from Orbis Health drew an angry response.",
			schema.EventAccusation, "", "vanta-spider", true},
		{"an allegation that Z's service did: the owned one", "The Quellan Cyber Agency repeated its allegation that Karvia's Directorate of Signals ran the campaign.",
			schema.EventAccusation, "quellan-cyber-agency", "directorate-of-signals", true},
		{"an accusation that the accuser itself erred names no one else", "The Quellan Cyber Agency withdrew its accusation that it had been slow to warn Orbis Health.",
			schema.EventAccusation, "quellan-cyber-agency", "orbis-health", false},
		{"assessed with high confidence that the deed was run by Z's agency", "The Quellan Cyber Agency assessed with high confidence that the operation was run by Karvia's Directorate of Signals.",
			schema.EventAccusation, "quellan-cyber-agency", "directorate-of-signals", true},
		{"assessed that Y did a deed", "Kestrel Labs assessed that Vanta Spider stole the files from Orbis Health.",
			schema.EventAccusation, "kestrel-labs", "vanta-spider", true},
		{"assessed that Y recovered accuses no one", "The Quellan Cyber Agency assessed that Orbis Health had recovered.",
			schema.EventAccusation, "quellan-cyber-agency", "orbis-health", false},
		{"assessed the damage accuses no one", "The Quellan Cyber Agency assessed the damage at Orbis Health.",
			schema.EventAccusation, "quellan-cyber-agency", "orbis-health", false},
		{"said the deed was the work of Y", "Quillon Labs said on Monday that the wiper was the work of Vanta Spider.",
			schema.EventAccusation, "quillon-labs", "vanta-spider", true},
		{"the work of, past a clause set off by commas", "Quillon Labs said the outage, which was noticed in May, was the handiwork of Vanta Spider.",
			schema.EventAccusation, "quillon-labs", "vanta-spider", true},
		{"the work of some time accuses no one", "Quillon Labs said the fix was the work of several months at Orbis Freight.",
			schema.EventAccusation, "quillon-labs", "", false},
		{"blamed a deed named by a compound with a participle on Y", "The Norland government on Tuesday blamed a two-day outage of its national ferry booking system on Vanta Spider.",
			schema.EventAccusation, "", "vanta-spider", true},
		{"blamed a deed with a stolen thing on Y", "Officials at Orbis Freight blamed the leak of the stolen customer files on Vanta Spider.",
			schema.EventAccusation, "", "vanta-spider", true},
		{"said it shared a state's assessment that Y was responsible", "The Orlen Cyber Office said on Friday that it shared the Norwegian assessment that Vanta Spider was responsible.",
			schema.EventAccusation, "orlen-cyber-office", "vanta-spider", true},
		{"said it agreed with the view that Y was behind", "Quillon Labs said on Monday that it agreed with the view that Vanta Spider was behind the theft.",
			schema.EventAccusation, "quillon-labs", "vanta-spider", true},
		{"said it rejected the claim that Y was behind accuses no one", "The Orlen Cyber Office said it rejected the claim that Vanta Spider was behind the outage.",
			schema.EventAccusation, "orlen-cyber-office", "vanta-spider", false},
		{"said it disputed the assessment that Y was responsible accuses no one", "Quillon Labs said it disputed the assessment that Vanta Spider was responsible.",
			schema.EventAccusation, "quillon-labs", "vanta-spider", false},
		{"said there was no evidence that Y was responsible accuses no one", "The Orlen Cyber Office said there was no evidence that Vanta Spider was responsible for the outage.",
			schema.EventAccusation, "orlen-cyber-office", "vanta-spider", false},
		{"a newspaper reports rather than accuses", "Reuters confirmed that Vanta Spider was behind the theft.",
			schema.EventAccusation, "reuters", "vanta-spider", false},
		{"traced the attacks to", "Norway's cyber centre said it had traced the attacks to servers used by Vanta Spider.",
			schema.EventAccusation, "", "vanta-spider", true},
		{"traced nothing to anyone", "Norway's cyber centre said the attacks used servers rented by Vanta Spider.",
			schema.EventAccusation, "", "vanta-spider", false},
		{"theft of a thing from X", "The operation led to the theft of classified drawings from Orbis Freight in May.",
			schema.EventTheft, "", "orbis-freight", true},
		{"from after another verb", "The theft of secret files began in May, officials from Orbis Freight said.",
			schema.EventTheft, "", "orbis-freight", false},
		{"described victims, including X", "The gang extorted money from victims, including the city of Harlow.",
			schema.EventAttack, "", "harlow", true},
		{"attacks on banks such as", "Vanta Spider staged attacks on banks such as Quillon Bank and Orbis Bank in May.",
			schema.EventAttack, "vanta-spider", "orbis-bank", true},
		{"a named target keeps its place", "Vanta Spider attacked Quillon Bank, including its branches in Harlow.",
			schema.EventAttack, "vanta-spider", "harlow", false},
		{"participial adjunct", "Vanta Spider listed Orbis Freight on its leak site on Monday, claiming to have stolen 2 terabytes of data.",
			schema.EventTheft, "vanta-spider", "orbis-freight", true},
		{"not the listed company", "Vanta Spider listed Orbis Freight on its leak site on Monday, claiming to have stolen 2 terabytes of data.",
			schema.EventTheft, "orbis-freight", "", false},
		{"an adjunct after a long object: not the places of the object", "A financially motivated crew has been seen running a long phishing campaign against freight brokers and trucking firms in Norland and Ostmark, hijacking email accounts to divert payments.",
			schema.EventIntrusion, "ostmark", "", false},
		{"an adjunct after a long object: the main subject", "Vanta Spider has been seen running a long phishing campaign against freight brokers and trucking firms in Norland and Ostmark, hijacking email accounts to divert payments.",
			schema.EventIntrusion, "vanta-spider", "", true},
		{"a relative clause it accused of: the main subject accuses", "The Norland Cyber Office named Vanta Spider, a gang it accused of extorting hospitals.",
			schema.EventAccusation, "norland-cyber-office", "vanta-spider", true},
		{"a relative clause it accused of: not the accused", "The Norland Cyber Office named Vanta Spider, a gang it accused of extorting hospitals.",
			schema.EventAccusation, "vanta-spider", "", false},
		{"a relative clause past a demonym", "The Norland Treasury on Monday imposed sanctions on Pell Data, a Latvian software firm it accused of selling hacking tools.",
			schema.EventAccusation, "norland-treasury", "pell-data", true},
		{"a relative pronoun before the pronoun that accuses", "The Norland Treasury sanctioned Brisk Harbor, which it accused of laundering ransom payments for Slate Wren.",
			schema.EventAccusation, "norland-treasury", "brisk-harbor", true},
		{"a relative pronoun before the pronoun: not a name inside the clause", "The Norland Treasury sanctioned Brisk Harbor, which it accused of laundering ransom payments for Slate Wren.",
			schema.EventAccusation, "", "slate-wren", false},
		{"whom it accused, after a demonym phrase", "Estonia imposed sanctions on two Russian officers whom it accused of hacking Orvik Shipping.",
			schema.EventAccusation, "estonia", "russia", true},
		{"a suspect described by a common noun does the deed, not the police", "Estonian police detained a 22-year-old woman suspected of stealing payroll files from Kelvar Logistics.",
			schema.EventTheft, "estonian-police", "", false},
		{"the deed a described suspect is suspected of keeps its victim", "Estonian police detained a 22-year-old woman suspected of stealing payroll files from Kelvar Logistics.",
			schema.EventTheft, "", "kelvar-logistics", true},
		{"accused of carrying out attacks: not the police", "Finnish police have detained a 20-year-old student suspected of carrying out attacks that took the booking site of Halvard Rail offline in June.",
			schema.EventAttack, "finnish-police", "", false},
		{"on suspicion of: the suspect does the deed, not the police", "Varna Police said on Monday they had arrested a 16-year-old boy on suspicion of hacking the network of Ostrow College.",
			schema.EventIntrusion, "varna-police", "", false},
		{"on suspicion of: the victim kept", "Varna Police said on Monday they had arrested a 16-year-old boy on suspicion of hacking the network of Ostrow College.",
			schema.EventIntrusion, "", "ostrow-college", true},
		{"an office of a title speaks for itself, not the last body", "Hackers breached Orbis Freight in May. The county sheriff's office said it had opened an investigation.",
			schema.EventLegal, "orbis-freight", "", false},
		{"an office of a title, 'that' before the pronoun", "The Karvian embassy denied the claims. The state attorney general's office said that it had opened an inquiry into the breach of Orbis Freight.",
			schema.EventLegal, "karvia", "", false},
		{"an office of a title in a town, a day after the verb", "Hackers breached Orbis Freight in May and the Norland Data Agency was told. The county sheriff's office in Halbrook said on Friday that it was investigating the breach.",
			schema.EventLegal, "norland-data-agency", "", false},
		{"an office of a title, a day after the verb", "The Karvian embassy denied the claims. The state attorney general's office said on Monday that it had opened an inquiry into the breach of Orbis Freight.",
			schema.EventLegal, "karvia", "", false},
		{"on suspicion of, two men: not the police", "The Tessaly Police detained two men on suspicion of stealing payroll files from Kelvar Logistics.",
			schema.EventTheft, "tessaly-police", "", false},
		{"its past an adjective-led place in an apposition: the firm", "Caldmoor Transit, a bus operator with depots in western Poland, said on Tuesday that a ransomware attack had crippled its ticketing systems.",
			schema.EventAttack, "", "caldmoor-transit", true},
		{"its past an adjective-led place in an apposition: not the place", "Caldmoor Transit, a bus operator with depots in western Poland, said on Tuesday that a ransomware attack had crippled its ticketing systems.",
			schema.EventAttack, "", "poland", false},
		{"a named suspect in apposition still does it", "Estonian police detained Ivo Strand, a courier suspected of stealing payroll files from Kelvar Logistics.",
			schema.EventTheft, "ivo-strand", "kelvar-logistics", true},
		{"harm verb through the object's of", "A ransomware attack crippled the booking systems of Pell Clinics on Monday.",
			schema.EventAttack, "", "pell-clinics", true},
		{"harm verb past a long object", "Ambulances were diverted this week after a ransomware attack knocked out the patient record and imaging systems of Orbis Health Partners.",
			schema.EventAttack, "", "orbis-health-partners", true},
		{"attributed to a group working for X", "The Quellan Cyber Agency attributed the theft of $3 million from Orbis Bank, a Harlow-based lender, to a hacking group working for Karvia.",
			schema.EventAccusation, "quellan-cyber-agency", "karvia", true},
		{"attributed to hackers backed by X", "Investigators at Nimbus Systems attributed the breach to hackers backed by Karvia.",
			schema.EventAccusation, "", "karvia", true},
		{"attributed to a long-named doer", "The Quellan Cyber Agency attributed the theft of $3 million from Orbis Bank, a Harlow-based lender, to Vanta Spider.",
			schema.EventAccusation, "quellan-cyber-agency", "vanta-spider", true},
		{"attributed past an amount in won", "The Quellan Cyber Agency attributed the theft of 12 billion won ($9 million) from Orbis Bank to Vanta Spider.",
			schema.EventAccusation, "quellan-cyber-agency", "vanta-spider", true},
		{"no principal past a finite verb", "The Quellan Cyber Agency attributed the theft to a group that works for Karvia.",
			schema.EventAccusation, "", "karvia", false},
		{"a person is no principal", "The Quellan Cyber Agency attributed the theft to a contractor working for Ada Morn.",
			schema.EventAccusation, "", "ada-morn", false},
		{"the insurer named before", "Hackers broke into Corvel Mutual, a Texas-based insurer, in May. The Harbor Privacy Office opened an investigation into the insurer in June.",
			schema.EventLegal, "harbor-privacy-office", "corvel-mutual", true},
		{"an insurer is another one", "Hackers broke into Corvel Mutual, a Texas-based insurer, in May. The Harbor Privacy Office opened an investigation into an insurer in June.",
			schema.EventLegal, "harbor-privacy-office", "corvel-mutual", false},
		{"the owner of the websites attacked", "Last month Grey Heron claimed attacks on the websites of Orbis Freight.",
			schema.EventAttack, "grey-heron", "orbis-freight", true},
		{"described owners with a nationality", "Last month Grey Heron claimed attacks on the websites of two Norwegian banks.",
			schema.EventAttack, "grey-heron", "norwegian-banks", true},
		{"no owner past a relative clause", "Last month Grey Heron claimed attacks on websites that Orbis Freight runs.",
			schema.EventAttack, "grey-heron", "orbis-freight", false},
		{"the committee named by its task", "The Norland parliament set up a committee of inquiry into the leak in May. Orbis Freight has told the committee that none of its managers will attend.",
			schema.EventWarning, "orbis-freight", "committee-of-inquiry", true},
		{"a committee named by nothing", "The Norland parliament set up a committee in May. Orbis Freight has told the committee that none of its managers will attend.",
			schema.EventWarning, "orbis-freight", "", false},
		{"a report is about the subject it reveals", "The Harbor Ledger published a series of stories based on the files in May, revealing that the Quellan Signals Office had tapped the phones of diplomats.",
			schema.EventReport, "harbor-ledger", "quellan-signals-office", true},
		{"revealed in May that", "The Harbor Ledger revealed in May that the Quellan Signals Office had tapped the phones of diplomats.",
			schema.EventReport, "harbor-ledger", "quellan-signals-office", true},
		{"a clause added after the report is not revealed", "The Harbor Ledger published the story in May, adding that the Quellan Signals Office had declined to comment.",
			schema.EventReport, "harbor-ledger", "quellan-signals-office", false},
		{"an analysis tying the deed to a doer accuses it", "Harrow Bank lost $40 million in May. On Wednesday, the analytics firm Kestrel Labs published an analysis tying the theft to Slate Wren, a hacking group it links to Kelmar.",
			schema.EventAccusation, "kestrel-labs", "slate-wren", true},
		{"the analysis itself stays a report", "Harrow Bank lost $40 million in May. On Wednesday, the analytics firm Kestrel Labs published an analysis tying the theft to Slate Wren, a hacking group it links to Kelmar.",
			schema.EventReport, "kestrel-labs", "", true},
		{"a tie after a finite verb is another clause's", "Kestrel Labs published an analysis and said a payment tied the theft to Slate Wren.",
			schema.EventAccusation, "kestrel-labs", "slate-wren", false},
		{"a possessor is not the clause's subject", "The Harbor Ledger reported in May that the Quellan Signals Office's budget had doubled.",
			schema.EventReport, "harbor-ledger", "quellan-signals-office", false},
	})
}

// TestDistantIncidentsKeptApart checks that an incident without a target is not merged with
// a targeted one by the same agent many sentences later.
func TestDistantIncidentsKeptApart(t *testing.T) {
	body := "Officials warned of a new attack campaign by Grey Heron. " +
		strings.Repeat("The weather in the capital stayed mild for the season. ", 9) +
		"Last year Grey Heron attacked Nimbus Systems."
	g := extractText(t, "2024-06-10", body)
	assert.Equal(t, 2, countEventsWith(g, schema.EventAttack, "grey-heron", schema.RoleAgent), eventsString(g))
}

// TestDemonymCountryKeptOnlyInEvents checks that a country named only by a demonym modifier
// is an actor only when it takes part in an event.
func TestDemonymCountryKeptOnlyInEvents(t *testing.T) {
	g := extractText(t, "2024-06-10", "Nimbus Systems said the Norwegian weather stayed mild on Monday.")
	for _, a := range g.Actors {
		assert.NotEqual(t, "norway", a.ID, eventsString(g))
	}
}

// TestContinuedIncidents checks that an incident naming a target but no doer takes the doer of
// the incident the article has just reported, or the article's one threat group.
func TestContinuedIncidents(t *testing.T) {
	filler := strings.Repeat("The weather in the capital stayed mild for the season. ", 3)
	checkEventRules(t, "2024-06-10", []eventCase{
		{"the same doer's victim", "Ash Typhoon breached Nimbus Systems in May. Ash Typhoon then stole engineering drawings.",
			schema.EventTheft, "ash-typhoon", "nimbus-systems", true},
		{"another doer's victim is not taken", "Ash Typhoon breached Nimbus Systems in May. Vanta Spider then stole engineering drawings.",
			schema.EventTheft, "vanta-spider", "nimbus-systems", false},
		{"the same doer's victim a few sentences back", "Ash Typhoon breached Nimbus Systems in May. " + filler + "Ash Typhoon said it had stolen 40 gigabytes of data.",
			schema.EventTheft, "ash-typhoon", "nimbus-systems", true},
		{"a nearer victim of another doer stops the search", "Ash Typhoon breached Nimbus Systems in May. Vanta Spider breached Orbis Freight in June. " + filler + "Ash Typhoon said it had stolen 40 gigabytes of data.",
			schema.EventTheft, "ash-typhoon", "nimbus-systems", false},
		{"the victim of an earlier deed whose doer was not named", "The attack on Nimbus Systems began in May. " + filler + filler + "Ash Typhoon had obtained access through a remote access appliance.",
			schema.EventIntrusion, "ash-typhoon", "nimbus-systems", true},
		{"a victim too far back", "The attack on Nimbus Systems began in May. " + filler + filler + filler + "Ash Typhoon had obtained access through a remote access appliance.",
			schema.EventIntrusion, "ash-typhoon", "nimbus-systems", false},
		{"the data's owner told far back", "A group calling itself Red Finch Collective on Tuesday published 900 files it said were taken from the Quellan Transport Agency. " + filler + filler + filler + "In a post, Red Finch Collective said it had released the files.",
			schema.EventLeak, "red-finch-collective", "quellan-transport-agency", true},
		{"data of another noun has no owner", "A group calling itself Red Finch Collective on Tuesday published 900 files it said were taken from the Quellan Transport Agency. " + filler + filler + filler + "In a post, Red Finch Collective said it had released the recordings.",
			schema.EventLeak, "red-finch-collective", "quellan-transport-agency", false},
		{"the files published long after are the earlier victim's", "Ash Typhoon encrypted the servers of Nimbus Systems in May. " + filler + filler + filler + "Ash Typhoon published the files on Tuesday.",
			schema.EventLeak, "ash-typhoon", "nimbus-systems", true},
		{"data with no article is not looked for so far back", "Ash Typhoon encrypted the servers of Nimbus Systems in May. " + filler + filler + filler + "Ash Typhoon published 40 gigabytes of files on Tuesday.",
			schema.EventLeak, "ash-typhoon", "nimbus-systems", false},
		{"another doer's victim in between stops the search", "Ash Typhoon encrypted the servers of Nimbus Systems in May. " + filler + filler + "Vanta Spider breached Orbis Freight in June. " + filler + "Ash Typhoon published the files on Tuesday.",
			schema.EventLeak, "ash-typhoon", "nimbus-systems", false},
		{"a ransom demanded long after is the earlier victim's", "Ransomware encrypted the servers of Nimbus Systems in May. " + filler + filler + filler + "A ransomware gang calling itself Ash Typhoon demanded $4 million.",
			schema.EventAttack, "ash-typhoon", "nimbus-systems", true},
		{"them after a sanction are those sanctioned", "Portugal sanctioned Orbis Tech on Monday. The ministry said the measures take effect at once. Portugal accused them of spying for Karvia.",
			schema.EventAccusation, "portugal", "orbis-tech", true},
		{"them accused by a stranger to the sanction may be the sanctioners", "Portugal and Spain sanctioned Orbis Tech on Monday. Russia accused them of hypocrisy.",
			schema.EventAccusation, "russia", "orbis-tech", false},
		{"them after the deed's victim are not the victims", "Ash Typhoon breached Orbis Tech on Monday. Portugal accused them of negligence.",
			schema.EventAccusation, "portugal", "orbis-tech", false},
		{"a claim of responsibility is about the doer's victim", "Ash Typhoon attacked Nimbus Systems in May. Ash Typhoon claimed responsibility on Thursday.",
			schema.EventStatement, "ash-typhoon", "nimbus-systems", true},
		{"a claim is not about another doer's victim", "Vanta Spider attacked Nimbus Systems in May. Ash Typhoon claimed responsibility on Thursday.",
			schema.EventStatement, "ash-typhoon", "nimbus-systems", false},
		{"a plain claim is no claim of a deed", "Ash Typhoon attacked Nimbus Systems in May. Ash Typhoon claimed that the outage was short.",
			schema.EventStatement, "ash-typhoon", "nimbus-systems", false},
		{"the case of the arrested", "Police arrested Jo Park in Oslo in May. The Norland Cyber Bureau prosecuted the case in June.",
			schema.EventLegal, "norland-cyber-bureau", "jo-park", true},
		{"the arrest told before", "Jo Park was extradited to Norland on Friday. Police in Oslo had arrested Jo Park in February. " + filler + filler + "The FBI led the inquiry with help from the Norland Cyber Bureau, which carried out the arrest.",
			schema.EventLegal, "norland-cyber-bureau", "jo-park", true},
		{"an arrest of another name is not the one told before", "Jo Park was extradited to Norland on Friday. Police in Oslo had arrested Jo Park in February. " + filler + filler + "The FBI led the inquiry with help from the Norland Cyber Bureau, which carried out the raid.",
			schema.EventLegal, "norland-cyber-bureau", "jo-park", false},
		{"an arrest without the article is another one", "Jo Park was extradited to Norland on Friday. Police in Oslo had arrested Jo Park in February. " + filler + filler + "The Norland Cyber Bureau carried out an arrest in Bergen.",
			schema.EventLegal, "norland-cyber-bureau", "jo-park", false},
		{"the one group named so far", "Researchers first saw Ash Typhoon in 2021. " + filler + "An attack on Orbis Freight disrupted shipping.",
			schema.EventAttack, "ash-typhoon", "orbis-freight", true},
		{"two groups named", "Researchers first saw Ash Typhoon and Vanta Spider in 2021. " + filler + "An attack on Orbis Freight disrupted shipping.",
			schema.EventAttack, "ash-typhoon", "orbis-freight", false},
		{"the previous incident's doer", "Ash Typhoon breached Nimbus Systems in May. Orbis Freight was also breached, police said.",
			schema.EventIntrusion, "ash-typhoon", "orbis-freight", true},
		{"the article's one group", "Ash Typhoon attacked Nimbus Systems in May. " + filler + "An attack on Orbis Freight disrupted shipping.",
			schema.EventAttack, "ash-typhoon", "orbis-freight", true},
		{"two groups, too far back", "Ash Typhoon attacked Nimbus Systems in May. Vanta Spider attacked Quillon Bank in June. " + filler + "An attack on Orbis Freight disrupted shipping.",
			schema.EventAttack, "vanta-spider", "orbis-freight", false},
		{"another family is passed over", "Vanta Spider attacked Quillon Bank in April. Ash Typhoon stole files from Nimbus Systems in May. Orbis Freight was also breached, police said.",
			schema.EventIntrusion, "vanta-spider", "orbis-freight", true},
		{"not the thief", "Vanta Spider attacked Quillon Bank in April. Ash Typhoon stole files from Nimbus Systems in May. Orbis Freight was also breached, police said.",
			schema.EventIntrusion, "ash-typhoon", "orbis-freight", false},
	})
}

// TestCoordinatedSenders checks that senders coordinated before a warning or a report ("X and
// the Y have issued an advisory", "X and Y said") are all its agents, while a list of those
// warned is left as it was read.
func TestCoordinatedSenders(t *testing.T) {
	cases := []struct{ text, typ, agent string }{
		{"The Northern Cyber Agency and the Federal Police Office have issued an advisory warning of attacks by Grey Marten.", "warning", "federal-police-office"},
		{"The Northern Cyber Agency and the Federal Police Office have issued an advisory warning of attacks by Grey Marten.", "warning", "northern-cyber-agency"},
		{"Harbin Analytics and Corvel Labs said in a joint report that Grey Marten had breached the port.", "report", "corvel-labs"},
	}
	for _, c := range cases {
		g := extractText(t, "2025-06-10", c.text)
		assert.NotNil(t, findEvent(g, schema.EventType(c.typ), c.agent, ""), c.text+"\n"+eventsString(g))
	}
	// the coordination is in what the warning is about, after it: no sender of it
	g := extractText(t, "2025-06-10", "U.S. authorities are warning of attacks related to the conflict between Israel and the United States.")
	assert.Nil(t, findEvent(g, schema.EventWarning, "israel", ""), eventsString(g))
}

// TestPersonsWorkplace checks that "his agency" of a person named earlier as working for an
// agency is that agency, and that without such an employer the person stays the fallback.
func TestPersonsWorkplace(t *testing.T) {
	g := extractText(t, "2025-06-10", "Director General Piet Halvorsen of the Security Intelligence Service testified on Monday. "+
		"Halvorsen also told the committee that his agency had arrested two men in May.")
	assert.NotNil(t, findEvent(g, schema.EventLegal, "security-intelligence-service", ""), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventLegal, "piet-halvorsen", ""), eventsString(g))
	for _, second := range []string{"Fenn said her company had fined two suppliers.", "Fenn told reporters that her company had fined two suppliers."} {
		g = extractText(t, "2025-06-10", "Ada Fenn, chief executive at Corvel Labs, spoke on Monday. "+second)
		assert.NotNil(t, findEvent(g, schema.EventSanction, "corvel-labs", ""), second+"\n"+eventsString(g))
	}
}

// TestPersonPronounReach checks that "his" finds the person named a few sentences back when
// the sentence before names no one ("… the crew extorted … A court approved his extradition"),
// and still prefers the person of the sentence before.
func TestPersonPronounReach(t *testing.T) {
	g := extractText(t, "2024-09-20", "Teodor Vask, 34, was detained at the airport on Tuesday. "+
		"According to an indictment, Vask and his associates hacked more than forty municipal networks. "+
		"The indictment says the crew extorted roughly $12 million from victims. "+
		"A French court approved his extradition two days after the arrest.")
	found := false
	for _, ev := range g.Events {
		if ev.Type != schema.EventLegal || ev.Time.Value != "2024-09-19" {
			continue
		}
		for _, p := range ev.Participants {
			found = found || p.Actor == "teodor-vask" && p.Role == "target"
		}
	}
	assert.True(t, found, eventsString(g))
	g = extractText(t, "2024-09-20", "Teodor Vask was detained on Tuesday. Prosecutors said Anton Rell had helped him. A court approved his extradition on Friday.")
	ev := findEvent(g, schema.EventLegal, "", "anton-rell")
	assert.NotNil(t, ev, eventsString(g))
}

// TestPartitiveSubject checks that "five of X's news organisations" doing something is not X
// doing it: a part of X's members acts, not the state.
func TestPartitiveSubject(t *testing.T) {
	g := extractText(t, "2025-06-06", "Five of France's largest news organisations filed a lawsuit on Thursday challenging a new law.")
	assert.Nil(t, findEvent(g, schema.EventLegal, "france", ""), eventsString(g))
	g = extractText(t, "2025-06-06", "France's largest news organisation filed a lawsuit on Thursday challenging a new law.")
	assert.NotNil(t, findEvent(g, schema.EventLegal, "france", ""), eventsString(g))
}

// TestSpeakerNotDoerInRelative checks that the speaker of "X, who said the <noun> had …" is
// not the doer of the deed reported (the relative pronoun's antecedent speaks, the described
// noun acts), while "X, who had expelled …" still makes X the doer; that a person's "her
// government" after "said" is neither the speaker nor a name before; and that a singular
// "a <demonym> diplomat" stands for that state, as the plural does.
func TestSpeakerNotDoerInRelative(t *testing.T) {
	checkEventCases(t, "2026-03-18", []eventCase{
		{"speaker's relative clause", "The committee questioned the Interior Secretary, Tomas Arvel, who said the government had expelled two Russian diplomats.",
			schema.EventSanction, "tomas-arvel", "", false},
		{"speaker still speaks", "The committee questioned the Interior Secretary, Tomas Arvel, who said the intruders had stolen files from Pellan Telecom.",
			schema.EventStatement, "tomas-arvel", "", true},
		{"relative clause of the doer", "The committee questioned Ash Heron, which had stolen files from Pellan Telecom.",
			schema.EventTheft, "ash-heron", "pellan-telecom", true},
		{"her government is not the speaker", "Minister Ada Ferent accused Tervia of sheltering the gang and said her government had warned Tervian officials in May.",
			schema.EventWarning, "ada-ferent", "", false},
		{"her government is not the name before", "Minister Ada Ferent accused Tervia of sheltering the gang and said her government had warned Tervian officials in May.",
			schema.EventWarning, "tervia", "", false},
		{"his agency is still the employer", "Director Tom Halvorsen of the Norland Police said his agency had arrested Ivo Sarn.",
			schema.EventLegal, "norland-police", "ivo-sarn", true},
		{"her staff work for the company her role before her name gives", "Harlow Systems was hit on Monday. The company's finance director, Ines Varga, said her staff had alerted the Norland Cyber Office.",
			schema.EventWarning, "harlow-systems", "norland-cyber-office", true},
		{"his investigators work for his agency", "Director Tom Halvorsen of the Norland Police said his investigators had warned Pellan Telecom in May.",
			schema.EventWarning, "norland-police", "pellan-telecom", true},
		{"singular demonym diplomat", "Last month, Norland quietly expelled a Russian diplomat.",
			schema.EventSanction, "norland", "russia", true},
	})
}

// TestLinkedTo checks that an active, finite "X linked <deed> to Y" is an accusation by X of Y
// (Y also the named doer of a described one, or the object when the "to" names the deed), that
// it gives an earlier incident its doer, and that a bare "linked to Y" or an infinitive is none.
func TestLinkedTo(t *testing.T) {
	checkEventCases(t, "2026-03-20", []eventCase{
		{"deed to doer", "Researchers at Northgate Labs linked the intrusion to Red Kite.",
			schema.EventAccusation, "northgate-labs", "red-kite", true},
		{"relative clause, doer called", "The network, which Lumen Social linked to a Riga marketing firm called Brightline Agency, posted fake stories.",
			schema.EventAccusation, "lumen-social", "brightline-agency", true},
		{"doer tracked as", "Norvane Labs linked the malware with \"moderate to high confidence\" to a hacking team it tracks as Frost Ledger.",
			schema.EventAccusation, "norvane-labs", "frost-ledger", true},
		{"doer to deed", "The Kestrel Agency has linked Ostrovia to the ransomware attack.",
			schema.EventAccusation, "kestrel-agency", "ostrovia", true},
		{"earlier incident takes the doer", "Hackers hit Acme Corp on Monday. Northgate Labs linked the attack to Red Kite on Tuesday.",
			schema.EventAttack, "red-kite", "acme-corp", true},
		{"reduced relative", "A group linked to Ostrovia hit Acme Corp.",
			schema.EventAccusation, "", "", false},
		{"infinitive", "Acme Corp uses Samba to link the two systems to its cloud.",
			schema.EventAccusation, "", "", false},
	})
}

// TestFederalProsecutors checks that "federal prosecutors" are the Justice Department the
// article names when it names no prosecution service, while a named prosecution service still
// comes first.
func TestFederalProsecutors(t *testing.T) {
	g := extractText(t, "2026-03-20", "Ivo Sarn was arrested in Lisbon in May, the Justice Department said on Wednesday. "+
		"Federal prosecutors unsealed a four-count indictment charging Sarn with computer intrusion.")
	assert.NotNil(t, findEvent(g, schema.EventLegal, "justice-department", "ivo-sarn"), eventsString(g))
	g = extractText(t, "2026-03-20", "The Norland Prosecution Authority and the Justice Department said on Wednesday that Ivo Sarn had been arrested. "+
		"Federal prosecutors unsealed a four-count indictment charging Sarn with computer intrusion.")
	assert.Nil(t, findEvent(g, schema.EventLegal, "justice-department", "ivo-sarn"), eventsString(g))
}

// TestSubjectRelative checks that the names inside a restrictive subject relative clause ("the
// gang that hit Acme Corp last year") are not the subject of the main verb after it, that a
// relative clause naming its antecedent ("a hacker that goes by the nickname of X") leaves X
// the doer, that a verb inside an object relative is unaffected, and that a "who" after a
// common noun no actor list knows ("arrested a man who hacked Y", "sued by patients who accused
// it of …") makes that noun's phrase the doer, not a name further back.
func TestSubjectRelative(t *testing.T) {
	checkEventCases(t, "2026-03-20", []eventCase{
		{"main verb after the relative", "A gang called Ash Heron hit Acme Corp in May. The gang that hit Acme Corp last year breached Beta Bank in June.",
			schema.EventIntrusion, "ash-heron", "beta-bank", true},
		{"not the relative's object", "A gang called Ash Heron hit Acme Corp in May. The gang that hit Acme Corp last year breached Beta Bank in June.",
			schema.EventIntrusion, "acme-corp", "beta-bank", false},
		{"with auxiliaries", "A gang called Ash Heron hit Acme Corp in May. The gang that hit Acme Corp last year has breached Beta Bank.",
			schema.EventIntrusion, "ash-heron", "beta-bank", true},
		{"a naming relative", "A hacker that goes by the nickname of Cipher Nine has hacked Beta Bank.",
			schema.EventIntrusion, "cipher-nine", "beta-bank", true},
		{"a person noun before who", "Norland Police arrested a man who hacked Harrow Bank.",
			schema.EventIntrusion, "norland-police", "harrow-bank", false},
		{"a person noun before who, its doer", "Norland Police arrested a man who hacked Harrow Bank.",
			schema.EventIntrusion, "man", "harrow-bank", true},
		{"a plural noun before who", "Halvard Clinic was sued in March by patients who accused it of losing their records.",
			schema.EventAccusation, "halvard-clinic", "", false},
		{"a plural noun before who, the accused", "Halvard Clinic was sued in March by patients who accused it of losing their records.",
			schema.EventLegal, "", "halvard-clinic", true},
		{"a plural noun before who, its doer", "Norland Police arrested two teenagers who broke into Harrow Bank.",
			schema.EventIntrusion, "norland-police", "harrow-bank", false},
		{"a definite plural before who may be named before", "Ash Spider hit Harrow Bank in May. Harrow Bank said the intruders who breached its network stole payroll files.",
			schema.EventTheft, "ash-spider", "", true},
		{"a former employee who leaked", "A former Norland Treasury analyst who passed classified files to a journalist was sentenced on Monday.",
			schema.EventLeak, "norland-treasury", "", false},
		{"an unnamed antecedent is left to the other rules", "Nimbus Systems tracks a gang as Ash Spider. The firm said the gang, which it tracks as Ash Spider, has breached Harrow Bank.",
			schema.EventIntrusion, "ash-spider", "harrow-bank", true},
	})
}

// TestDatelineNotDoer: the place a story was filed from, in capitals before a dash, stands
// outside the first sentence's clauses and does no deed in it.
func TestDatelineNotDoer(t *testing.T) {
	tests := []struct {
		name, body, place string
	}{
		{"charged deed far from its subject", "MORVAL - Federal prosecutors on Tuesday unsealed an indictment charging two officers of Karsovia's army intelligence service with breaking into the computer systems of a Norland-based shipping registry and leaking the private files of nearly 90 sailors.", "morval"},
		{"with a region", "PORT ELLIS, Vel. — Court papers say two contractors of a Darvish bank and a courier firm had quietly copied and leaked the private files of hundreds of patients.", "port-ellis"},
	}
	for _, tt := range tests {
		g := extractText(t, "2026-03-20", tt.body)
		for _, e := range g.Events {
			assert.False(t, hasParticipant(e, tt.place, schema.RoleAgent), tt.name+"\n"+eventsString(g))
		}
	}
}

// TestRoleInIncident: a possessive's role, part or involvement in an incident noun names its
// doer, unless a by-phrase names the doer itself.
func TestRoleInIncident(t *testing.T) {
	checkEventCases(t, "2026-03-20", []eventCase{
		{"the company's role", "Norland sanctioned Corvid Systems, a Velan software firm, on Monday. The ministry added Corvid Systems to its sanctions list, citing the company's role in the 2024 compromise of Tarrow Shipping.",
			schema.EventIntrusion, "corvid-systems", "tarrow-shipping", true},
		{"a by-phrase names the doer", "Norland is seeking Mara Lind's extradition over her alleged role in the release of secret files by Open Ledger in 2019.",
			schema.EventLeak, "open-ledger", "", true},
		{"not the possessor then", "Norland is seeking Mara Lind's extradition over her alleged role in the release of secret files by Open Ledger in 2019.",
			schema.EventLeak, "mara-lind", "", false},
		{"'for their role' after an object: the object (its last name)", "The Valmark Treasury on Monday sanctioned Jon Vask and Ilse Marr for their role in cyberattacks on Orbis Water.",
			schema.EventAttack, "ilse-marr", "", true},
		{"not the sanctioning subject", "The Valmark Treasury on Monday sanctioned Jon Vask and Ilse Marr for their role in cyberattacks on Orbis Water.",
			schema.EventAttack, "valmark-treasury", "", false},
		{"not the subject when the object names no actor", "The Valmark Treasury on Monday sanctioned two Ostrovian men for their role in cyberattacks on Orbis Water.",
			schema.EventAttack, "valmark-treasury", "", false},
	})
}

// TestLiableStepVictim: a fine, penalty or lawsuit over an incident holds its object to account
// for what it suffered: the incident the "over" or "for" phrase names has the object as its
// target and no doer, nor is the object the doer of a relative clause on that incident; a
// sanction's object did the deed.
func TestLiableStepVictim(t *testing.T) {
	checkEventRules(t, "2026-03-20", []eventCase{
		{"fined over a breach: the fined firm suffered it", "The Velan Data Authority fined Orbis Retail £2m over a data breach that exposed the records of 40,000 patients.",
			schema.EventIntrusion, "", "orbis-retail", true},
		{"fined over a breach: the fined firm did not expose the records", "The Velan Data Authority fined Orbis Retail £2m over a data breach that exposed the records of 40,000 patients.",
			schema.EventLeak, "orbis-retail", "", false},
		{"a penalty on the firm for a breach", "The Velan Data Authority imposed a penalty on Orbis Retail for a breach that exposed customer data.",
			schema.EventIntrusion, "", "orbis-retail", true},
		{"the regulator exposed nothing", "The Velan Data Authority imposed a penalty on Orbis Retail for a breach that exposed customer data.",
			schema.EventLeak, "velan-data-authority", "", false},
		{"sued over a breach", "Customers sued Orbis Retail on Monday over a breach that exposed their card numbers.",
			schema.EventIntrusion, "", "orbis-retail", true},
		{"the sued firm, not the court it is sued in", "Customers sued Orbis Retail in the High Court last month over the breach.",
			schema.EventIntrusion, "", "high-court", false},
		{"the sued firm suffered the breach", "Customers sued Orbis Retail in the High Court last month over the breach.",
			schema.EventIntrusion, "", "orbis-retail", true},
		{"a sanction's object is no victim", "Norland sanctioned Jon Vask over a cyberattack on Tarrow Water.",
			schema.EventAttack, "", "jon-vask", false},
	})
}

// TestControlQuotedPlaced: the doer of an infinitive after a subject-control verb is that
// verb's subject ("tried to publish"; what one threatens to do is no event at all); a phrase quoted inside the first of two coordinated verbs' objects does not
// end the coordination, while a quoted verb phrase after a subject is the first conjunct
// (the speaker does not alert); a place after a named institution ("the Velan Embassy in Karsovia")
// only places it.
func TestControlQuotedPlaced(t *testing.T) {
	checkEventCases(t, "2026-03-20", []eventCase{
		{"tried to publish", "A group calling itself Grey Heron leaked files from Norland's defence ministry. In its post, the group accused the Norlandic army of \"planning a war\" and tried to publish the full list of its targets before the government resigned.",
			schema.EventReport, "grey-heron", "", true},
		{"not the accused", "A group calling itself Grey Heron leaked files from Norland's defence ministry. In its post, the group accused the Norlandic army of \"planning a war\" and tried to publish the full list of its targets before the government resigned.",
			schema.EventReport, "norlandic", "", false},
		{"said after a quoted phrase", "Karsovia's foreign ministry accused Norland of \"stealing secrets\" and said Norland had hacked Tarrow Bank.",
			schema.EventStatement, "norland", "", false},
		{"a quoted verb phrase is the first conjunct, not the speaker's", "Hackers stole files from Delmont Water in May. Manager Ada Brill said on Monday that the utility \"acted as fast as it could\" and had alerted the Orlan Police within a day.",
			schema.EventWarning, "ada-brill", "", false},
		{"the embassy speaks", "Karsovian officials were angry. A spokesperson for the Velan Embassy in Karsovia said the sanctions were illegal.",
			schema.EventStatement, "velan-embassy-in-karsovia", "", true},
		{"not the city it stands in", "Karsovian officials were angry. A spokesperson for the Velan Embassy in Karsovia said the sanctions were illegal.",
			schema.EventStatement, "karsovia", "", false},
		{"a court in a country still acts", "A court in Valmark on Wednesday convicted a former army officer of spying for Ostrovia.",
			schema.EventLegal, "valmark", "", true},
	})
}

func TestQuotedPhraseOpen(t *testing.T) {
	mk := func(words ...string) []token {
		out := make([]token, len(words))
		for k, w := range words {
			out[k] = token{Text: w, Lower: strings.ToLower(w), Tag: "NN"}
		}
		return out
	}
	in := mk("accused", "X", "of", "\"", "lying", "\"", "and")
	assert.Equal(t, 3, quotedPhraseOpen(in, 5))
	quotation := mk("\"", "We", "lied", ",", "\"", "he", "said")
	assert.Equal(t, -1, quotedPhraseOpen(quotation, 4))
	assert.Equal(t, -1, quotedPhraseOpen(in, 0))
	assert.Equal(t, -1, quotedPhraseOpen(in, 99))
	clause := mk("that", "its", "server", "\"", "was", "set", "up", "as", "the", "vendor", "advised", "\"", "and")
	clause[4].Tag, clause[10].Tag = "VBD", "VBD"
	assert.Equal(t, 3, quotedPhraseOpen(clause, 11))
	long := mk("of", "\"", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "\"", "and")
	assert.Equal(t, -1, quotedPhraseOpen(long, 13)) // a long quotation with no verb is not stepped over
}

// TestQuotedClauseCoordinated: a verb after "and" shares the subject of the verb before a
// clause quoted inside its complement, not a name inside the quotation.
func TestQuotedClauseCoordinated(t *testing.T) {
	body := "Velmont Networks said in a statement that its server \"was configured in line with the guidelines Tarrow Bank provided\" and denied that it had been negligent."
	g := extractText(t, "2026-03-20", body)
	assert.NotNil(t, findEvent(g, schema.EventDenial, "velmont-networks", ""), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventDenial, "tarrow-bank", ""), eventsString(g))
}

// TestShippedFix: a vendor that ships a fix (firmware, a patch, an update) does it; shipping
// goods is no event.
func TestShippedFix(t *testing.T) {
	tests := []struct {
		name, body string
		agent      string
		want       bool
	}{
		{"shipped firmware", "Researchers told both vendors about the flaw on Nov. 24. Velmont Networks shipped firmware 4.2.7 for its routers on Dec. 15.", "velmont-networks", true},
		{"shipped a patch", "Velmont Networks shipped a patch for the flaw in May.", "velmont-networks", true},
		{"shipped goods", "Velmont Networks shipped 4,000 routers to Norland in May.", "velmont-networks", false},
	}
	for _, tt := range tests {
		g := extractText(t, "2026-03-20", tt.body)
		got := findEvent(g, schema.EventOther, tt.agent, "") != nil
		assert.Equal(t, tt.want, got, tt.name+"\n"+eventsString(g))
	}
}

// TestApposOwnerNotTakenUp: the possessor that opens an apposition ("X, the country's largest
// provider,") modifies the apposition's noun; a pronoun further on means X.
func TestApposOwnerNotTakenUp(t *testing.T) {
	tests := []struct{ name, body string }{
		{"described possessor", "Hackers hit Karsovia's national grid in May. Velmont Telekom, the country's largest broadband provider, said on Tuesday that it had shipped a patch to 9,300 routers."},
		{"named possessor", "Velmont Telekom, Karsovia's largest broadband provider, said on Tuesday that it had shipped a patch to 9,300 routers."},
	}
	for _, tt := range tests {
		g := extractText(t, "2026-03-20", tt.body)
		assert.NotNil(t, findEvent(g, schema.EventOther, "velmont-telekom", ""), tt.name+"\n"+eventsString(g))
		assert.Nil(t, findEvent(g, schema.EventOther, "karsovia", ""), tt.name+"\n"+eventsString(g))
	}
}

func TestApposOpening(t *testing.T) {
	toks := []token{{Text: "X"}, {Text: ","}, {Text: "the", Tag: "DT"}, {Text: "country"}, {Text: "'s"}, {Text: "and"}}
	assert.True(t, apposOpening(toks, 1, 2))
	assert.True(t, apposOpening(toks, 1, 3))
	assert.False(t, apposOpening(toks, 1, 4))
	assert.False(t, apposOpening(toks, 5, 6))
	assert.False(t, apposOpening(toks, 4, 99))
	assert.False(t, apposOpening(toks, -1, 1))
}

// TestCoordinatedBinder: an object pronoun of a verb coordinated after "and" does not mean
// the subject the two verbs share ("X began notifying its staff … and advised them").
func TestCoordinatedBinder(t *testing.T) {
	g := extractText(t, "2026-03-20", "Velmont Bank began notifying its staff by text message on Tuesday and advised them to watch for phishing calls.")
	assert.NotNil(t, findEvent(g, schema.EventWarning, "velmont-bank", ""), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventWarning, "", "velmont-bank"), eventsString(g))
	// the verb joined by "and" is the one whose "that" clause holds the nearest finite verb,
	// and "them" stands for its plural object when no actor names it
	tests := []struct {
		name, body string
		notTargets []string
	}{
		{"that clause between", "Orbis Freight was defrauded in May. In June, the Norland Cyber Office warned regional hospitals that invoice fraud was among the worst threats they faced and urged them to check every request by phone.", []string{"norland-cyber-office", "orbis-freight"}},
		{"plain object", "Orbis Freight was defrauded in May. The Norland Cyber Office warned small lenders on Tuesday and urged them to check every request by phone.", []string{"orbis-freight"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-03-20", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventWarning, "norland-cyber-office", ""), eventsString(g))
			for _, not := range tt.notTargets {
				assert.Nil(t, findEvent(g, schema.EventWarning, "", not), "%s: %s", not, eventsString(g))
			}
		})
	}
}

// TestCoordinatedIngBinder: "them" after an -ing form joined by "and" to an -ing form with a
// plural object no actor names ("…, stealing emails and leaking them online") stands for
// that object, not for an actor named before.
func TestCoordinatedIngBinder(t *testing.T) {
	g := extractText(t, "2026-03-20", "The Norland Cyber Office said the crew had targeted ministers and judges since 2023, stealing emails and leaking them online.")
	for _, e := range g.Events {
		if e.Type == schema.EventTheft || e.Type == schema.EventLeak {
			assert.False(t, hasParticipant(e, "norland-cyber-office", schema.RoleTarget), eventsString(g))
		}
	}
}

// TestPluralObject checks that pluralObject finds a plural common noun object no mention names
// after the verb ("warned local councils that …"), not one a mention names, none with no noun
// after v, nor a count of things ("copied hundreds of files"); and that complementHost keeps a
// verb with no "that" clause around it.
func TestPluralObject(t *testing.T) {
	toks := []token{{Text: "warned", Lower: "warned", Tag: "VBD"}, {Text: "local", Lower: "local", Tag: "JJ"}, {Text: "councils", Lower: "councils", Tag: "NNS"}, {Text: "that", Lower: "that", Tag: "IN"}}
	counted := []token{{Text: "copied", Lower: "copied", Tag: "VBD"}, {Text: "hundreds", Lower: "hundreds", Tag: "NNS"}, {Text: "of", Lower: "of", Tag: "IN"}, {Text: "files", Lower: "files", Tag: "NNS"}}
	tests := []struct {
		name  string
		toks  []token
		found []mention
		v     int
		want  bool
	}{
		{"a plural noun phrase no mention names", toks, nil, 0, true},
		{"a mention names it", toks, []mention{{First: 2, Last: 3}}, 0, false},
		{"no object after the verb", toks, nil, 3, false},
		{"a count of what it names", counted, nil, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, pluralObject(tt.toks, tt.found, tt.v))
		})
	}
	assert.Equal(t, 0, complementHost(toks, 0))
}

// TestDescribedGroupIsTheName checks that a demonym group a name is described as ("X, which it
// described as \"North Korean state-sponsored cyber actors,\"") is that name's actor, so a
// later "the group" is X, not the description.
func TestDescribedGroupIsTheName(t *testing.T) {
	g := extractText(t, "2024-06-10", "Kestrel Labs tied the theft to Slate Wren, a hacking group. On Friday, the FBI said Slate Wren, which it described as \"North Korean state-sponsored cyber actors,\" was responsible for the theft. In May, the group was blamed for a theft from Orbis Freight.")
	assert.NotNil(t, findEvent(g, schema.EventTheft, "slate-wren", "orbis-freight"), eventsString(g))
	// a group described as something by a clause with another verb is not joined
	g = extractText(t, "2024-06-10", "Kestrel Labs tied the theft to Slate Wren, a hacking group. On Friday, the FBI said Slate Wren, which worked as North Korean state-sponsored cyber actors, was responsible for the theft.")
	a := actorByName(g, "Slate Wren")
	if assert.NotNil(t, a, names(g)) {
		assert.NotContains(t, a.Aliases, "North Korean state-sponsored cyber actors", names(g))
	}
}

// TestSingularPronounNotConjunct checks that a singular "it" does not mean one of two names
// coordinated by "and" ("alerted X and Y, according to a timeline it published": the alerter).
func TestSingularPronounNotConjunct(t *testing.T) {
	checkDoerCases(t, "2024-06-10", []doerCase{
		{"objects coordinated", "Orbis Freight was hit by ransomware on Tuesday. By 7am the company had alerted the Norland Cyber Centre and the Varn Police Bureau, according to a timeline it later published.",
			"orbis-freight", "varn-police-bureau", schema.EventReport},
		{"names coordinated", "Orbis Freight was hit by ransomware on Tuesday. By 7am Orbis Freight had alerted Kestrel Labs and Harrow Bank, according to a timeline it later published.",
			"orbis-freight", "harrow-bank", schema.EventReport},
	})
}

// TestByStaffOfBody checks that an agentive "by" with the people of a named body ("by officers
// from X", "by researchers at X") names X, a state's named body after it ("by officers of
// Norland's Central Fraud Bureau", possessedBody) the body, and that a passive subject named before an age and
// an apposition ("X, 29, a team leader at Y, was arrested") is the target.
func TestByStaffOfBody(t *testing.T) {
	tests := []struct{ name, body, agent, target string }{
		{"officers from", "Ivo Sert was arrested at his home by officers from the Norland Crime Agency in March.", "norland-crime-agency", "ivo-sert"},
		{"age and apposition before the passive", "Police said an employee had sold customer data. That employee, Ivo Sert, 29, a team leader at Orbis Mobile's call centre, was arrested at his home by officers from the Norland Crime Agency in March.", "norland-crime-agency", "ivo-sert"},
		{"officers of a state's named bureau", "Ivo Sert was arrested in Lisbon by officers of Norland's Central Fraud Bureau in March.", "central-fraud-bureau", "ivo-sert"},
		{"a state's named bureau", "Ivo Sert was arrested in Lisbon by Norland's Central Fraud Bureau in March.", "central-fraud-bureau", "ivo-sert"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventLegal, tt.agent, tt.target), eventsString(g))
		})
	}
}

// TestInquiryOpened checks that an inquiry or enquiry opened or launched into a named party is a
// legal step like an investigation, that "into whether X had …" is into X, that one into a deed
// is the opener's step with no one named, and that an inquiry only called for, one into nothing
// named, or inquiries put to someone are none.
func TestInquiryOpened(t *testing.T) {
	checkPartiesCases(t, "2024-06-10", schema.EventLegal, []partiesCase{
		{"opened into a name", "The Norland Data Office said on Monday that it had opened an inquiry into Halvern Health.",
			"norland-data-office", "halvern-health", true},
		{"investigation into whether", "The Norland Data Office said it had opened an investigation into whether Halvern Health had protected patient records.",
			"norland-data-office", "halvern-health", true},
		{"enquiry launched into whether", "The Orvane Markets Authority launched an administrative enquiry into whether Halvern Health had misled investors.",
			"orvane-markets-authority", "halvern-health", true},
		{"only called for", "Two lawmakers in Norland called for an inquiry into Halvern Health on Monday.", "", "halvern-health", false},
		{"into a deed, no one named", "The Norland Data Office opened an inquiry into the breach on Monday.", "norland-data-office", "", true},
		{"opened, into no deed", "The Norland Data Office opened an inquiry on Monday.", "", "", false},
		{"inquiries put to it", "Halvern Health did not answer inquiries from the Norland Data Office.", "", "", false},
	})
}

// TestHonorificSex checks that a personal pronoun passes over a person whose honorific gives
// the other sex ("Mr Dorn" for "her", "Ms Vell" for "him"), and that a suit filed at law is a
// lawsuit against the one it names ("filed a civil suit against her", "filed suit against X";
// not "followed suit").
func TestHonorificSex(t *testing.T) {
	body := "Ms Vell, a systems administrator, said she had written to the company's chief executive, Arno Dorn, in April. " +
		"Mr Dorn did not reply. She was dismissed in June. Harlow Bank has since filed a civil suit against her in the Dunmore District Court."
	checkPartiesCases(t, "2024-09-20", schema.EventLegal, []partiesCase{
		{"her is Ms Vell", body, "harlow-bank", "vell", true},
		{"her is not Mr Dorn", body, "", "arno-dorn", false},
		{"filed suit against", "Quorrel Systems filed suit against Harlow Bank on Tuesday.", "quorrel-systems", "harlow-bank", true},
		{"filed a civil claim against", "Quorrel Systems filed a civil claim against Harlow Bank on Tuesday, seeking damages.", "quorrel-systems", "harlow-bank", true},
		{"filed a class action against", "Two customers filed a class action against Harlow Bank in the Dunmore District Court on Friday.", "", "harlow-bank", true},
		{"a class action was filed against", "A proposed class action was filed against Harlow Bank in the Dunmore District Court on Friday.", "", "harlow-bank", true},
		{"a lawsuit was filed against", "Last week a lawsuit was filed against Harlow Bank by two former employees.", "", "harlow-bank", true},
		{"a claim of responsibility is no suit", "Quorrel Systems said the claim against Harlow Bank was false.", "", "harlow-bank", false},
		{"action taken is no suit", "Quorrel Systems took action against Harlow Bank on Tuesday.", "", "harlow-bank", false},
	})
	g := extractText(t, "2024-09-20", "Quorrel Systems sued Harlow Bank in May. Other lenders followed suit against Harlow Bank in June.")
	assert.Equal(t, 1, countEvents(g, schema.EventLegal), eventsString(g))
	for _, c := range []struct {
		titles, want string
	}{{" mr", "m"}, {" ms", "f"}, {" mrs.", "f"}, {" minister", ""}, {" mr ms", ""}} {
		assert.Equal(t, c.want, honorificSex(c.titles), c.titles)
	}
}

// TestCourtAt checks that a passive legal step told at a court ("was jailed at Harlow Crown
// Court") is the court's, and that a place after "in" is no doer.
func TestCourtAt(t *testing.T) {
	checkPartiesCases(t, "2025-05-16", schema.EventLegal, []partiesCase{
		{"jailed at a crown court", "Ivo Marsh, 52, was jailed for six years at Harlow Crown Court on Friday.", "harlow-crown-court", "ivo-marsh", true},
		{"convicted in a district court", "Ivo Marsh was convicted of fraud in the Dunmore District Court last month.", "dunmore-district-court", "ivo-marsh", true},
		{"a town is no court", "Ivo Marsh was arrested in Dunmore on Friday.", "dunmore", "ivo-marsh", false},
	})
}

// TestNamedNextPatient checks that a legal step whose patient the lede only describes, as the
// verb's object or as the subject of its passive (coordinated passives too), takes the person
// the next sentence names with an age in apposition, and no one named without an age.
func TestNamedNextPatient(t *testing.T) {
	checkPartiesCases(t, "2026-03-19", schema.EventLegal, []partiesCase{
		{"object", "A court in Valmark on Wednesday convicted a former army officer of spying. Major Arvid Kess, 47, was arrested in 2024.",
			"", "arvid-kess", true},
		{"passive subject", "A former contractor for Dorsk's Signals Bureau was arrested on Tuesday. Erik Salo, 34, had worked at the bureau since 2019.",
			"", "erik-salo", true},
		{"coordinated passive", "A former contractor for Dorsk's Signals Bureau was detained on Tuesday and charged with leaking files to reporters. Erik Salo, 34, had worked at the bureau since 2019.",
			"", "reporters", false},
		{"no age", "A former contractor for Dorsk's Signals Bureau was arrested on Tuesday. Erik Salo had worked at the bureau since 2019.",
			"", "erik-salo", false},
	})
	assert.Equal(t, 0, describedSubject([]token{{Lower: "a", Tag: "DT"}, {Lower: "contractor", Tag: "NN"}, {Lower: "was", Tag: "VBD"}, {Lower: "arrested", Tag: "VBN"}}, 3))
	assert.Equal(t, -1, describedSubject([]token{{Lower: "arrested", Tag: "VBN"}}, 0))
}

// TestIndictmentCharging checks that a legal noun followed by a legal participle ("an
// indictment charging two men with a campaign against American banks") is one step whose
// patient is the participle's object, not a name further on.
func TestIndictmentCharging(t *testing.T) {
	tests := []struct {
		name, body string
		patient    string // "": the participle's object is no name
	}{
		{"two nationals", "The Justice Department on Tuesday unsealed an indictment charging two Russian nationals with a hacking campaign against American banks.", ""},
		{"a named man", "The Justice Department on Tuesday unsealed an indictment charging Ivo Marsh with a hacking campaign against American banks.", "ivo-marsh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-05-02", tt.body)
			assert.Nil(t, findEvent(g, schema.EventLegal, "", "united-states"), eventsString(g))
			assert.NotNil(t, findEvent(g, schema.EventLegal, "justice-department", ""), eventsString(g))
			if tt.patient != "" {
				assert.NotNil(t, findEvent(g, schema.EventLegal, "justice-department", tt.patient), eventsString(g))
			}
		})
	}
}

// TestRequestTo checks that the state a legal step's request is sent to is a party to the step
// ("sent a formal extradition request to Manila", the capital standing for its state).
func TestRequestTo(t *testing.T) {
	checkPartiesCases(t, "2025-05-02", schema.EventLegal, []partiesCase{
		{"a capital for its state", "Police in the Philippines arrested 14 people on Tuesday. " +
			"Officials said Indonesia's National Police had sent a formal extradition request to Manila on Monday.",
			"", "philippines", true},
		{"a state", "Ostmark's justice ministry sent an extradition request to Spain on Monday.", "", "spain", true},
	})
}

// TestReportedIncidentRelative checks that a verb in a relative clause on an incident a speaker
// reports ("X said the attack, which compromised …, was …") is not the speaker's deed, while
// "X launched an attack, which crippled Y" stays X's.
func TestReportedIncidentRelative(t *testing.T) {
	tests := []struct {
		name, body, agent string
		want              bool
	}{
		{"said the attack, which", "Greta Lind said the attack, which compromised the mail servers of the Tarn Party in May, was carried out by Ash Heron.",
			"greta-lind", false},
		{"said that the breach, which", "Greta Lind said that the breach, which crippled the Tarn Party's systems, began in May.",
			"greta-lind", false},
		{"launched an attack, which", "Ash Heron launched an attack, which crippled the Tarn Party's systems in May.",
			"ash-heron", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			found := false
			for _, ev := range g.Events {
				if isDeed(ev.Type) && hasParticipant(ev, tt.agent, schema.RoleAgent) {
					found = true
				}
			}
			assert.Equal(t, tt.want, found, eventsString(g))
		})
	}
}

// TestSaidGap: a relative clause on a noun that sets a speaker's reporting verb right before
// its verb ("firms it said had hacked X", "the X gang, which it says has hit Y") leaves that
// verb's subject unsaid: the noun does it, or the name before a group noun, not the speaker.
func TestSaidGap(t *testing.T) {
	checkEventRules(t, "2026-03-20", []eventCase{
		{"not the speaker", "The Varnish Ministry of Trade on Friday fined four contractors it said had breached Olvent Freight.",
			schema.EventIntrusion, "varnish-ministry-of-trade", "olvent-freight", false},
		{"the victim stays", "The Varnish Ministry of Trade on Friday fined four contractors it said had breached Olvent Freight.",
			schema.EventIntrusion, "", "olvent-freight", true},
		{"a passive: the speaker is not the victim", "Grey Orchid leaked 2,000 files on Sunday it claimed were stolen from Pellow Health.",
			schema.EventTheft, "", "grey-orchid", false},
		{"a passive: the victim after from", "Grey Orchid leaked 2,000 files on Sunday it claimed were stolen from Pellow Health.",
			schema.EventTheft, "", "pellow-health", true},
		{"with that", "Marl Agency expelled three attaches that it believes had spied on Dunholt Shipping.",
			schema.EventEspionage, "marl-agency", "dunholt-shipping", false},
		{"a plain clause keeps its subject", "Marl Agency said Tessaly Group had spied on Dunholt Shipping.",
			schema.EventEspionage, "tessaly-group", "dunholt-shipping", true},
		// a non-restrictive relative after a comma: the name before the group noun
		{"non-restrictive which", "The Norland Crime Agency named the Quillmoor gang, which it said had breached Olvent Freight in 2024.",
			schema.EventIntrusion, "norland-crime-agency", "olvent-freight", false},
		{"non-restrictive which: the gang", "The Norland Crime Agency named the Quillmoor gang, which it said had breached Olvent Freight in 2024.",
			schema.EventIntrusion, "quillmoor", "olvent-freight", true},
		{"non-restrictive which, present", "Police linked the theft to the Quillmoor gang, which they say has hit Olvent Freight twice.",
			schema.EventAttack, "quillmoor", "olvent-freight", true},
	})
}

// TestContactRelativeSubject: a quantified plural set right after a common noun opens a relative
// clause with no "that" ("activity other researchers attribute to Y"): its verb is the unnamed
// people's, not the deed of a name before.
func TestContactRelativeSubject(t *testing.T) {
	checkEventRules(t, "2026-03-20", []eventCase{
		{"other researchers attribute", "Orvel Labs said Tarn Wasp overlaps with activity other researchers attribute to Slate Moth.",
			schema.EventAccusation, "tarn-wasp", "", false},
		{"some vendors link", "Orvel Labs said Tarn Wasp reuses a loader some vendors link to Slate Moth.",
			schema.EventAccusation, "tarn-wasp", "", false},
		{"a plain clause keeps its subject", "Orvel Labs said Tarn Wasp attributed the intrusion to Slate Moth.",
			schema.EventAccusation, "tarn-wasp", "slate-moth", true},
	})
}

// TestServedNotTarget: a name after "for" right after a deed's verb is the one the deed is done
// for ("spied for X", "was convicted of hacking for Y"), not its victim.
func TestServedNotTarget(t *testing.T) {
	checkEventRules(t, "2026-03-20", []eventCase{
		{"spied for", "Court papers say Arvo Lind spied for Marvania for a decade.",
			schema.EventEspionage, "arvo-lind", "marvania", false},
		{"spied for keeps the spy", "Court papers say Arvo Lind spied for Marvania for a decade.",
			schema.EventEspionage, "arvo-lind", "", true},
		{"convicted of spying for", "Pia Solberg was found guilty on Friday of spying for Ostrevia.",
			schema.EventEspionage, "", "ostrevia", false},
		{"spied on stays the target", "Court papers say Arvo Lind spied on Marvania for a decade.",
			schema.EventEspionage, "arvo-lind", "marvania", true},
	})
}

// TestIngComplement: the -ing complement of a verb of beginning, going on, stopping or
// admitting is done by that verb's subject, not by a name in an apposition or a relative
// clause before it, nor by the object of a verb it is coordinated with ("alerted X and began
// notifying Y").
func TestIngComplement(t *testing.T) {
	checkEventRules(t, "2026-03-20", []eventCase{
		{"admitted after an apposition", "Oskar Vell, a former Tarsmark Army analyst, admitted spying for Ostrevia.",
			schema.EventEspionage, "oskar-vell", "", true},
		{"not the employer", "Oskar Vell, a former Tarsmark Army analyst, admitted spying for Ostrevia.",
			schema.EventEspionage, "tarsmark-army", "", false},
		{"stopped after a relative", "Cinder Moth, a crew known for hitting Bellmont Savings, stopped attacking clinics in June.",
			schema.EventAttack, "bellmont-savings", "", false},
		{"a common noun's verb", "On March 3, an employee of Kessel Clinic discovered that a virus gained access and began encrypting its servers.",
			schema.EventAttack, "kessel-clinic", "", false},
		{"a coordinated verb's subject", "Orvel Bank said it alerted the Tamsin Finance Authority on Monday and began notifying Harrow Clinic on Friday.",
			schema.EventWarning, "orvel-bank", "harrow-clinic", true},
		{"not the first verb's object", "Orvel Bank said it alerted the Tamsin Finance Authority on Monday and began notifying Harrow Clinic on Friday.",
			schema.EventWarning, "tamsin-finance-authority", "harrow-clinic", false},
		{"started after an object", "Pellam Freight warned the Dunholt Ministry in March and started briefing Varsk Telecom in April.",
			schema.EventWarning, "dunholt-ministry", "", false},
	})
}

// TestFormerStaff: a name that only modifies a word for a post that "former" opens ("a former
// Tarsmark Army analyst") is the person's former employer, not the doer of the person's deed.
func TestFormerStaff(t *testing.T) {
	checkEventRules(t, "2026-03-20", []eventCase{
		{"a former analyst", "A former Halvik Treasury analyst passed budget files to Ostrevia, prosecutors said.",
			schema.EventLeak, "halvik-treasury", "", false},
		{"a former contractor", "On Monday a former Brenmoor Navy contractor leaked sonar designs to a blogger.",
			schema.EventLeak, "brenmoor-navy", "", false},
		{"a former clerk", "A former Dunholt Interior Ministry clerk sold visa records to a broker in 2025.",
			schema.EventLeak, "dunholt-interior-ministry", "", false},
		{"a former clerk jailed is no legal step against the ministry", "A former Dunholt Interior Ministry clerk was jailed on Friday for selling visa records.",
			schema.EventLegal, "", "dunholt-interior-ministry", false},
		{"a serving body's officers still act for it", "Officers of the Brenmoor Navy leaked sonar designs to a blogger.",
			schema.EventLeak, "brenmoor-navy", "", true},
	})
}

// TestStaffAtSpeaks: people named by a staff noun and where they work ("researchers at X"),
// right before the verb, make that body its subject, not a possessor further back in the
// sentence ("X's servers were breached, researchers at Y said" is Y's statement).
func TestStaffAtSpeaks(t *testing.T) {
	checkEventRules(t, "2026-03-20", []eventCase{
		{"staff at a firm after a possessor", "Ransomware locked the file servers of Olsker Freight's depots, analysts at Tarnvik Labs said.",
			schema.EventStatement, "tarnvik-labs", "", true},
		{"not the possessor", "Ransomware locked the file servers of Olsker Freight's depots, analysts at Tarnvik Labs said.",
			schema.EventStatement, "olsker-freight", "", false},
		{"the before the body", "Brovik Bank's payment portal was knocked offline on Monday, officials at the Harlund Finance Ministry said on Tuesday.",
			schema.EventStatement, "harlund-finance-ministry", "", true},
		{"staff from a firm", "Brovik Bank's customer records were copied by intruders, investigators from Tarnvik Labs said.",
			schema.EventStatement, "tarnvik-labs", "", true},
	})
}

// TestUsedAsTool: the infinitive after a passive "used" or a "used" right after a common noun
// ("a kit that was used to steal", "a loader used to break into") is done by whoever used the
// tool, not by the one who found or seized it; a doer that names itself still does it.
func TestUsedAsTool(t *testing.T) {
	checkEventRules(t, "2026-03-20", []eventCase{
		{"passive in a relative clause", "Harrow Analytics said it had traced a phishing kit that was used to steal logins from Dunmere Savings.",
			schema.EventTheft, "harrow-analytics", "", false},
		{"the victim stays", "Harrow Analytics said it had traced a phishing kit that was used to steal logins from Dunmere Savings.",
			schema.EventTheft, "", "dunmere-savings", true},
		{"reduced participle after a noun", "Police in Norland seized a server used to break into Dunmere Savings.",
			schema.EventIntrusion, "", "dunmere-savings", true},
		{"not the seizer", "Harrow Analytics seized a server used to break into Dunmere Savings.",
			schema.EventIntrusion, "harrow-analytics", "", false},
		{"the doer names itself", "The Quiet Fox group used stolen passwords to break into Dunmere Savings.",
			schema.EventIntrusion, "quiet-fox", "dunmere-savings", true},
	})
}

// TestTheyNamedGroup: a group's name set before the word for a group ("the Quiet Fox group",
// "the Ember Lynx gang") names those a following "they" stands for, not a mere modifier the
// pronoun passes over for the speaker of the sentence before.
func TestTheyNamedGroup(t *testing.T) {
	checkEventRules(t, "2026-03-20", []eventCase{
		{"they after a reported deed", "Harrow Analytics said the Quiet Fox group had broken into Dunmere Savings. They later stole payroll files.",
			schema.EventTheft, "quiet-fox", "", true},
		{"not the speaker", "Harrow Analytics said the Quiet Fox group had broken into Dunmere Savings. They later stole payroll files.",
			schema.EventTheft, "harrow-analytics", "", false},
		{"gang, fronted adverbial", "Officials at Brovik Port said the Ember Lynx gang had hacked its booking system. Once inside, they stole customer records.",
			schema.EventTheft, "ember-lynx", "", true},
	})
}

// TestConjunctAfterAge checks that a person's age set off by commas does not break a
// coordination of names ("X, 31, and Y, 28, hacked Z": both did).
func TestConjunctAfterAge(t *testing.T) {
	checkEventCases(t, "2026-03-20", []eventCase{
		{"the first of two with ages", "Tomas Verlin, 31, and Ada Kurz, 28, broke into Orbis Water in November.",
			schema.EventIntrusion, "tomas-verlin", "orbis-water", true},
		{"the second of two with ages", "Tomas Verlin, 31, and Ada Kurz, 28, broke into Orbis Water in November.",
			schema.EventIntrusion, "ada-kurz", "orbis-water", true},
		{"three with ages", "Tomas Verlin, 31, Jon Vask, 40, and Ada Kurz, 28, broke into Orbis Water in November.",
			schema.EventIntrusion, "jon-vask", "orbis-water", true},
	})
}

// TestFrontedPhraseName checks that a name inside a prepositional phrase opening the sentence
// is not the doer of the main verb whose subject is a bare plural noun right after the comma
// ("After the 2019 Karvell breach, officials blamed Norland"): the officials blame, not Karvell.
func TestFrontedPhraseName(t *testing.T) {
	tests := []struct{ name, body, fronted string }{
		{"after, with a year", "After the 2019 Karvell Shipping breach, officials blamed Norland.", "Karvell Shipping"},
		{"after, no year", "After the Ostmark Rail attack, investigators accused Valdoria.", "Ostmark Rail"},
		{"following", "Following the Brennick Bank intrusion, analysts blamed Valdoria for the theft.", "Brennick Bank"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-01-10", tt.body)
			a := actorByName(g, tt.fronted)
			require.NotNil(t, a, "no actor %q in %v", tt.fronted, names(g))
			for _, e := range g.Events {
				assert.False(t, hasParticipant(e, a.ID, schema.RoleAgent), "%s is the agent of %s", tt.fronted, eventsString(g))
			}
		})
	}
}

// TestListedWithOwner: a possessive pronoun among the names added to a list names the owner of
// one listed, so the lister stays the agent ("added X and its owner to its sanctions list").
func TestListedWithOwner(t *testing.T) {
	checkEventCases(t, "2026-03-20", []eventCase{
		{"and its owner", "The Valmark Treasury added Pellor Freight and its owner to its sanctions list.",
			schema.EventSanction, "valmark-treasury", "pellor-freight", true},
		{"and two of its units", "The Valmark Trade Office on Monday added Tessaly Micro and two of its subsidiaries to the Entity List.",
			schema.EventSanction, "valmark-trade-office", "tessaly-micro", true},
		{"and its chief, named", "The Valmark Treasury added Pellor Freight and its chief, Ado Venn, to its sanctions list.",
			schema.EventSanction, "valmark-treasury", "ado-venn", true},
	})
}

// TestListingAdjunctAccuser: "added X to its sanctions list, accusing it of …" is no "added" of
// speech, so the accusation of the participle is the lister's.
func TestListingAdjunctAccuser(t *testing.T) {
	checkEventCases(t, "2026-03-20", []eventCase{
		{"added to a blacklist, accusing", "The Valmark Trade Office on Monday added Tessaly Micro to its blacklist, accusing the company of selling drones to Karsovia.",
			schema.EventAccusation, "valmark-trade-office", "tessaly-micro", true},
		{"the distributor is the name listed", "The Valmark Trade Office on Monday added Tessaly Micro to its blacklist, accusing the distributor of selling drones to Karsovia.",
			schema.EventAccusation, "valmark-trade-office", "tessaly-micro", true},
		{"not the name listed", "The Valmark Trade Office on Monday added Tessaly Micro to the Entity List, accusing the company of selling drones to Karsovia.",
			schema.EventAccusation, "tessaly-micro", "", false},
	})
}

// TestDescribedOpeningName: a lone capitalised word opening a sentence is a name when an
// indefinite description of a body is set beside it ("Vortigan, a hacking group tracked since
// 2019, breached X"); without one it stays a weak guess.
func TestDescribedOpeningName(t *testing.T) {
	checkEventCases(t, "2026-03-20", []eventCase{
		{"a group set beside it", "Vortigan, a hacking group tracked since 2019, breached Orbis Bank last month.",
			schema.EventIntrusion, "vortigan", "orbis-bank", true},
		{"a company set beside it", "Pellorin, a freight company based in Norland, sued Orbis Bank on Monday.",
			schema.EventLegal, "pellorin", "orbis-bank", true},
		{"a place set beside it is no body", "Tarnby, a town in the north, was hit by a ransomware attack on Monday.",
			schema.EventAttack, "tarnby", "", false},
	})
}

// TestOfficersCoordinated: "X, its chief executive Y and its deputy Z" lists the body and its
// officers: each is a target of the step, though the pronoun and the titles stand between them.
func TestOfficersCoordinated(t *testing.T) {
	checkEventCases(t, "2026-03-20", []eventCase{
		{"the last officer", "The Valmark Treasury designated Pellor Freight Co., its chief executive Ado Venn and its finance director Mira Sole.",
			schema.EventSanction, "valmark-treasury", "mira-sole", true},
		{"the first officer", "The Valmark Treasury sanctioned Pellor Freight Co. and its chief executive Ado Venn on Monday.",
			schema.EventSanction, "valmark-treasury", "ado-venn", true},
	})
}

// TestGovernmentBlames: with no dateline, a bare "the government" that blames a deed on someone
// is the state that opens the story.
func TestGovernmentBlames(t *testing.T) {
	checkEventCases(t, "2026-03-20", []eventCase{
		{"the lede's state blames", "Estonia said on Thursday that hackers had broken into the foreign ministry's network. The government blamed the intrusion on Grey Heron.",
			schema.EventAccusation, "estonia", "grey-heron", true},
		{"no state opens the story", "Hackers broke into the foreign ministry's network. The government blamed the intrusion on Grey Heron.",
			schema.EventAccusation, "estonia", "grey-heron", false},
	})
}

// TestUnnamedDoerInToldClause checks that a deed told in a "that" clause whose subject is an
// unnamed common noun, or done by a thing a progressive verb takes as its object, is not given
// to the one who tells of it, while a named doer there still does it.
func TestUnnamedDoerInToldClause(t *testing.T) {
	checkEventCases(t, "2026-03-18", []eventCase{
		{"unnamed actors in a that clause", "Austria's domestic intelligence agency warned in August that Iranian actors were targeting exiled bloggers.",
			schema.EventAttack, "austria", "", false},
		{"unnamed actors after a month", "Austria's domestic intelligence agency warned in March that Iranian actors had hacked two exiled bloggers.",
			schema.EventIntrusion, "austria", "", false},
		{"unnamed crew with a determiner", "Pellan Telecom said on Friday that a second crew had breached its billing servers.",
			schema.EventIntrusion, "pellan-telecom", "", false},
		{"the warning still stands", "The Norland Cyber Office warned hospitals in May that foreign actors were targeting regional water boards.",
			schema.EventWarning, "norland-cyber-office", "", true},
		{"a named doer in the that clause", "The Norland Cyber Office warned in May that Grey Heron was targeting regional water boards.",
			schema.EventAttack, "grey-heron", "", true},
		{"messages a progressive verb sees", "The Norland Cyber Office said it was seeing fake invoices impersonating Harrow Bank.",
			schema.EventAttack, "norland-cyber-office", "", false},
	})
}

// TestTheftAfterBreakIn checks a theft joined by "and" to a break-in: the thieves are the
// intruders, and what they stole is the victim's of the break-in.
func TestTheftAfterBreakIn(t *testing.T) {
	checkEventRules(t, "2025-06-10", []eventCase{
		{"named gang broke into and stole", "The Copper Fox gang broke into Marlow Freight in May and stole shipping manifests.",
			schema.EventTheft, "copper-fox", "marlow-freight", true},
		{"unnamed hackers broke into and stole", "Hackers broke into Marlow Freight in May and stole shipping manifests, the company said.",
			schema.EventTheft, "", "marlow-freight", true},
		{"the perfect's second participle is no adjective", "Police said the Copper Fox gang had breached Marlow Freight and stolen shipping records.",
			schema.EventTheft, "copper-fox", "marlow-freight", true},
		{"told: its network broken into and stolen", "Lindqvist Bank said on Monday that hackers had broken into its network and stolen $41 million.",
			schema.EventTheft, "", "lindqvist-bank", true},
		{"told: the teller did not steal", "Lindqvist Bank said on Monday that hackers had broken into its network and stolen $41 million.",
			schema.EventTheft, "lindqvist-bank", "", false},
		{"a second victim named stays", "The Copper Fox gang had broken into Marlow Freight and stolen files from Denholm Water.",
			schema.EventTheft, "copper-fox", "denholm-water", true},
		{"customers' data is the intruded firm's", "Hackers broke into Pellow Credit's network and stole customers' card numbers.",
			schema.EventTheft, "", "pellow-credit", true},
		{"told: members' data after its network", "Ardley Mutual said that hackers had broken into its network and stolen members' names.",
			schema.EventTheft, "", "ardley-mutual", true},
		{"a modal before have: the intruders stole", "Ardley Mutual said on Monday that hackers had broken into its computer network and may have stolen members' names and addresses.",
			schema.EventTheft, "", "ardley-mutual", true},
		{"a modal before have: the teller did not steal", "Ardley Mutual said on Monday that hackers had broken into its computer network and may have stolen members' names and addresses.",
			schema.EventTheft, "ardley-mutual", "", false},
		{"a modal before have: the victim is no thief", "The Copper Fox gang broke into Tamsin Foods and may have stolen employees' records.",
			schema.EventTheft, "tamsin-foods", "", false},
		{"a modal before have: employees' records are the firm's", "The Copper Fox gang broke into Tamsin Foods and may have stolen employees' records.",
			schema.EventTheft, "copper-fox", "tamsin-foods", true},
		{"could have: clients' data is the firm's", "Morrow Insurance said that intruders had entered its network and could have stolen clients' data.",
			schema.EventTheft, "", "morrow-insurance", true},
		{"moved across a possessor's network and copied", "The Copper Fox gang moved across Dorran Freight's network and copied files from 40 machines.",
			schema.EventTheft, "copper-fox", "dorran-freight", true},
		{"moved through the network of a body and stole", "The Copper Fox gang moved through the network of Calder Mills in May and stole payroll records.",
			schema.EventTheft, "copper-fox", "calder-mills", true},
		{"moved through a network and exfiltrated", "The Copper Fox gang moved through Marlow Freight's network and exfiltrated design files.",
			schema.EventTheft, "copper-fox", "marlow-freight", true},
		{"moved into a possessor's servers and copied", "Over the following weeks the Copper Fox gang moved into Harrow Aero's design servers and copied 900 gigabytes of data.",
			schema.EventTheft, "copper-fox", "harrow-aero", true},
		{"a move to a city is no network", "The Copper Fox gang moved into Dorran last year and stole payroll records.",
			schema.EventTheft, "copper-fox", "dorran", false},
	})
}

// TestMadeOffWith checks "made off with" as a verb of theft: kept when whose goods were carried
// off is found, left out when only the people the data was about are, and as a gerund.
func TestMadeOffWith(t *testing.T) {
	checkEventRules(t, "2025-06-10", []eventCase{
		{"after a break-in: the victim's files", "Hackers broke into Dorran Freight in March and made off with shipping manifests.",
			schema.EventTheft, "", "dorran-freight", true},
		{"money from a possessor's wallet", "The Copper Fox gang made off with $2 million from Pellow Credit's hot wallet in April.",
			schema.EventTheft, "copper-fox", "pellow-credit", true},
		{"files belonging to a named owner", "The Copper Fox gang made off with engineering drawings belonging to Harrow Aero.",
			schema.EventTheft, "copper-fox", "harrow-aero", true},
		{"files from a named owner under a hedge", "The Copper Fox gang is believed to have made off with files from Sennet Bank.",
			schema.EventTheft, "copper-fox", "sennet-bank", true},
		{"after a break-in under a modal", "Ardley Mutual said on Monday that hackers had broken into its network and may have made off with members' names.",
			schema.EventTheft, "", "ardley-mutual", true},
		{"only the people the data was about", "The Copper Fox gang made off with personal data belonging to about 2 million customers.",
			schema.EventTheft, "copper-fox", "", false},
		{"a gerund after a campaign of break-ins", "The Copper Fox gang spent a year breaking into port operators in Europe, making off with cargo manifests.",
			schema.EventTheft, "copper-fox", "", false},
		{"made off alone is no theft", "The Copper Fox gang made off before police arrived at Dorran Freight.",
			schema.EventTheft, "copper-fox", "", false},
	})
}

// TestHedgedLeakOwner checks that a leak whose goods are hedged ("what it said were …") takes
// their owner named after the hedge as its victim, not the "it" of the hedge.
func TestHedgedLeakOwner(t *testing.T) {
	checkEventRules(t, "2025-06-10", []eventCase{
		{"files from a body after the hedge", "The Copper Fox gang posted what it said were files from Orvik Credit on its leak site on Thursday.",
			schema.EventLeak, "copper-fox", "orvik-credit", true},
		{"files stolen from a body after the hedge", "The Copper Fox gang posted what it said were files stolen from Orvik Credit on its leak site on Thursday.",
			schema.EventLeak, "copper-fox", "orvik-credit", true},
		{"a plural hedge and another verb", "The Copper Fox gang dumped what they claimed were records from Halden Bank online in May.",
			schema.EventLeak, "copper-fox", "halden-bank", true},
		{"described doers on a channel", "Hackers posted what they said were emails from Halden Bank on a Telegram channel.",
			schema.EventLeak, "", "halden-bank", true},
		{"the channel is no victim", "Hackers posted what they said were emails from Halden Bank on a Telegram channel.",
			schema.EventLeak, "", "telegram", false},
	})
}

// TestSpeakerStaff checks that a bare plural for a body's people ("officers", "investigators")
// as the subject of a clause the body tells is that body (speakerStaff), also past a time and
// "that"; not when the people are described as others' or the teller is a person.
func TestSpeakerStaff(t *testing.T) {
	checkEventRules(t, "2026-05-08", []eventCase{
		{"officers of the police speaking", "Harrow Bank said its systems had been breached. The Velmont police said on Friday that officers had arrested a 30-year-old man in Dunmore.",
			schema.EventLegal, "velmont-police", "30-year-old-man", true},
		{"agents of the bureau speaking, no 'that'", "Harrow Bank said its systems had been breached. The Norland Bureau of Investigation said agents detained Piet Anders at his home on Tuesday.",
			schema.EventLegal, "norland-bureau-of-investigation", "piet-anders", true},
		{"another body's officers are not the speaker's", "Harrow Bank said its systems had been breached. The Velmont police said officers from the Dunmore force had arrested Piet Anders.",
			schema.EventLegal, "velmont-police", "piet-anders", false},
		{"a person speaking is no body", "Harrow Bank said its systems had been breached. Mayor Jo Vance said officers had arrested Piet Anders.",
			schema.EventLegal, "jo-vance", "piet-anders", false},
		{"past 'yesterday'", "Harrow Bank said its systems had been breached. The Velmont police said yesterday that officers had arrested Piet Anders.",
			schema.EventLegal, "velmont-police", "piet-anders", true},
		{"past a day and its evening", "Harrow Bank said its systems had been breached. The Velmont police said on Friday evening that detectives had detained Piet Anders.",
			schema.EventLegal, "velmont-police", "piet-anders", true},
		{"a fronted day and its evening", "Harrow Bank said its systems had been breached. On Friday evening the Velmont police said officers had arrested Piet Anders.",
			schema.EventLegal, "velmont-police", "piet-anders", true},
		{"revealed, past a relative clause", "Harrow Bank said its systems had been breached. The Ostmark Constabulary, which took over the case in April, revealed yesterday that officers had detained Piet Anders.",
			schema.EventLegal, "ostmark-constabulary", "piet-anders", true},
		{"disclosed", "Harrow Bank said its systems had been breached. The Norland Bureau of Investigation disclosed that agents had arrested Piet Anders in March.",
			schema.EventLegal, "norland-bureau-of-investigation", "piet-anders", true},
	})
}

// TestWhoAfterApposedPerson checks that "who" after a person's apposition naming a body
// ("Ren Adachi, a researcher at Kestrel Labs, who reported …") is the person, and that a body
// named before ", who" without such an apposition is left as it was.
func TestWhoAfterApposedPerson(t *testing.T) {
	checkEventRules(t, "2025-03-12", []eventCase{
		{"the person before the apposition", "Harrow Logistics said hackers had broken into its network. The company was alerted by Ren Adachi, a researcher at Kestrel Labs, who reported the flaw to the Varnish Cyber Agency in late February.",
			schema.EventWarning, "ren-adachi", "varnish-cyber-agency", true},
		{"a body before the apposition is no person", "Harrow Logistics said hackers had broken into its network. The company was alerted by Corvin Systems, a partner of Kestrel Labs, who reported the flaw to the Varnish Cyber Agency in late February.",
			schema.EventWarning, "kestrel-labs", "varnish-cyber-agency", true},
	})
}

// TestObjectPhrase checks that objectPhrase reads the adjectives, past participles and nouns
// that open at k, up to the first other word, and takes for head the last noun of their first
// run of nouns.
func TestObjectPhrase(t *testing.T) {
	// tagged makes tokens from "word/TAG" pairs.
	tagged := func(pairs ...string) []token {
		out := make([]token, len(pairs))
		for i, p := range pairs {
			w, tag, _ := strings.Cut(p, "/")
			out[i] = token{Text: w, Lower: strings.ToLower(w), Tag: tag}
		}
		return out
	}
	tests := []struct {
		name      string
		toks      []token
		k         int
		end, head int
	}{
		{"adjectives before a plural", tagged("of/IN", "other/JJ", "Canadian/JJ", "organizations/NNS", "that/IN"), 1, 4, 3},
		{"a compound of nouns", tagged("alerted/VBD", "its/PRP$", "IT/NNP", "security/NN", "team/NN", "on/IN"), 2, 5, 4},
		{"a participle after the head", tagged("briefed/VBD", "committee/NN", "staff/NN", "involved/VBN", "in/IN"), 1, 4, 2},
		{"the first run of nouns heads it", tagged("its/PRP$", "team/NN", "new/JJ", "members/NNS"), 1, 4, 1},
		{"to the end of the sentence", tagged("warned/VBD", "staff/NNS"), 1, 2, 1},
		{"adjectives with no noun", tagged("was/VBD", "very/RB", "bad/JJ"), 2, 3, -1},
		{"no phrase opens there", tagged("warned/VBD", "that/IN", "staff/NNS"), 1, 1, -1},
		{"past the end", tagged("warned/VBD"), 1, 1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			end, head := objectPhrase(tt.toks, tt.k)
			assert.Equal(t, tt.end, end, "end")
			assert.Equal(t, tt.head, head, "head")
		})
	}
}

// TestConjunctAfterShortName checks that the short name in brackets after a full name does not
// break a coordination of names ("the Port Safety Agency (PSA) and the Coast Guard warned X":
// both warned).
func TestConjunctAfterShortName(t *testing.T) {
	checkEventRules(t, "2026-03-20", []eventCase{
		{"first teller, short name in brackets", "The Harbour Safety Agency (HSA) and the Orvane Coast Guard warned Pellor Freight on March 3 that its vessels were tracked.",
			schema.EventWarning, "harbour-safety-agency", "pellor-freight", true},
		{"second teller", "The Harbour Safety Agency (HSA) and the Orvane Coast Guard warned Pellor Freight on March 3 that its vessels were tracked.",
			schema.EventWarning, "orvane-coast-guard", "pellor-freight", true},
		{"two doers, both with short names", "The Tessaly Defence Bureau (TDB) and the Marovian Signals Office (MSO) hacked Orbis Water in November.",
			schema.EventIntrusion, "tessaly-defence-bureau", "orbis-water", true},
	})
}

// TestCarriedAccusedDescribed checks that a report's participle of linking accuses a doer it
// names only by description: a cluster named by a contact clause ("a cluster of activity it
// calls X") or a part of a body ("a unit of X's army": X).
func TestCarriedAccusedDescribed(t *testing.T) {
	checkEventRules(t, "2026-03-20", []eventCase{
		{"a cluster of activity it calls X", "Pellmark Labs published a technical report on Monday linking the implant to a cluster of activity it calls \"Pale Moth\".",
			schema.EventAccusation, "pellmark-labs", "pale-moth", true},
		{"a unit of a country's service", "Pellmark Labs published an analysis in May connecting that breach to a unit of Karvia's military intelligence service.",
			schema.EventAccusation, "pellmark-labs", "karvia", true},
		{"the report itself stays", "Pellmark Labs published an analysis in May connecting that breach to a unit of Karvia's military intelligence service.",
			schema.EventReport, "pellmark-labs", "", true},
		{"a unit of no one named", "Pellmark Labs published an analysis in May tying the breach to a unit of former soldiers.",
			schema.EventAccusation, "pellmark-labs", "", false},
		{"a finite attribution to a unit", "The Quellan Cyber Agency attributed the theft of the payroll records to a secret unit of Karvia's army.",
			schema.EventAccusation, "quellan-cyber-agency", "karvia", true},
		{"a group of hackers it calls X", "Investigators at Nimbus Systems attributed the breach to a group of hackers it calls Grey Finch.",
			schema.EventAccusation, "", "grey-finch", true},
	})
}
