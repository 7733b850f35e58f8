package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestGroupExamples checks that the names an example list gives for a group of hearers are told:
// after a group that receives what is handed over ("shared its findings with other agencies,
// including X and Y") and after a group joined by "and" to a named hearer ("notified X and its
// customers, including Y"); a plural example or an example of no group tells no one.
func TestGroupExamples(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"handed over to a group, first example", "Brisco Labs shared its findings with partners, including the Norland Cyber Office, on Monday.",
			schema.EventWarning, "brisco-labs", "norland-cyber-office", true},
		{"handed over to a group, second example", "Dorvan Systems passed the indicators to other companies, including Pellam Mutual and Orlen Bank, last week.",
			schema.EventWarning, "dorvan-systems", "orlen-bank", true},
		{"a participle after the group", "Brisco Labs said it had shared indicators with other agencies handling port security, including the Norland Cyber Office and the Vessen Maritime Council.",
			schema.EventWarning, "brisco-labs", "vessen-maritime-council", true},
		{"a group owned by the teller after a named hearer", "Halvard Freight said it had notified the Ontario Provincial Police and its customers, including the Royal Canadian Navy, in October.",
			schema.EventWarning, "halvard-freight", "royal-canadian-navy", true},
		{"such as after a named hearer", "Marlin Bank alerted Europol and other lenders, such as Orlen Mutual, on Friday.",
			schema.EventWarning, "marlin-bank", "orlen-mutual", true},
		{"the named hearer stays told", "The Kessler Group informed the Federal Bureau of Investigation and several partners, including Dorvan Systems, last week.",
			schema.EventWarning, "kessler-group", "federal-bureau-of-investigation", true},
		{"an example of a named hearer is no group", "Marlin Bank alerted Europol, including its director Orlen Vass, on Friday.",
			schema.EventWarning, "marlin-bank", "orlen-vass", false},
		{"a plural example names no one", "Dorvan Systems passed the indicators to other companies, including regional banks, last week.",
			schema.EventWarning, "dorvan-systems", "regional-banks", false},
	})
}

// TestFunctionalConjunct checks that a body named by its function joined by "and" to a named
// hearer, after it or before it, is told too, as the name the article gave it before when one name holds its words; a
// description that opens a clause of its own is not.
func TestFunctionalConjunct(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"a regulator after a named hearer", "Corvell Shipping notified the Federal Bureau of Investigation and the state's securities regulator in May.",
			schema.EventWarning, "corvell-shipping", "states-securities-regulator", true},
		{"a commissioner's office after an acronym", "Halvard Freight said it had notified the Ontario Provincial Police (OPP) and the privacy commissioner's office on Monday.",
			schema.EventWarning, "halvard-freight", "privacy-commissioner", true},
		{"the preposition said again", "Marsh Valley Water reported the attack to the Federal Bureau of Investigation and to the state's water supply regulator on Tuesday.",
			schema.EventWarning, "marsh-valley-water", "states-water-supply-regulator", true},
		{"the named body it stands for", "The Arden Securities Regulator has opened an inquiry into Corvell Shipping.\n\nCorvell Shipping notified the Federal Bureau of Investigation and the state's securities regulator in May.",
			schema.EventWarning, "corvell-shipping", "arden-securities-regulator", true},
		{"a clause of its own", "Corvell Shipping notified the Federal Bureau of Investigation and the state's securities regulator said it would review the case.",
			schema.EventWarning, "corvell-shipping", "states-securities-regulator", false},
		{"a regulator before a named hearer", "Corvell Shipping notified the state's securities regulator and Europol in May.",
			schema.EventWarning, "corvell-shipping", "states-securities-regulator", true},
		{"a commissioner's office before a named hearer", "Marlin Bank informed the privacy commissioner's office and the Ontario Provincial Police on Monday.",
			schema.EventWarning, "marlin-bank", "privacy-commissioner", true},
		{"a committee before a named hearer", "Pexton Bank warned the foreign affairs committee and the Norland Cyber Office last week.",
			schema.EventWarning, "pexton-bank", "foreign-affairs-committee", true},
	})
}

// TestPassedOnTo checks that a pronoun standing for information just named, handed over with a
// particle before the receiver's "to" ("passed them on to X"), is told to the receiver.
func TestPassedOnTo(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"passed them on to", "Brisco Labs found new samples of the wiper on Sunday and passed them on to the Vessen Grid Authority.",
			schema.EventWarning, "brisco-labs", "vessen-grid-authority", true},
		{"a second teller in the sentence", "Brisco Labs shared samples with the Norland Cyber Office on Sunday, and the Norland Cyber Office passed them on to the Vessen Grid Authority the same day.",
			schema.EventWarning, "norland-cyber-office", "vessen-grid-authority", true},
		{"sent it along to", "Marlin Bank gathered evidence of the fraud in May and sent it along to the Norland Fraud Office.",
			schema.EventWarning, "marlin-bank", "norland-fraud-office", true},
		{"goods passed on tell no one", "Brisco Labs bought two laptops on Sunday and passed them on to the Vessen Grid Authority.",
			schema.EventWarning, "brisco-labs", "vessen-grid-authority", false},
	})
}
