package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestIrregularPastBeforeSecondVerb checks that an irregular simple past the tagger reads as a
// noun after its subject ("agents from the bureau's Lisbon office drove to X's headquarters and
// told …") is the first of two coordinated verbs: the second's teller is the first's subject,
// not the name the first verb's phrase owns.
func TestIrregularPastBeforeSecondVerb(t *testing.T) {
	const lead = "The Federal Bureau of Investigation opened an inquiry into Grey Lynx in 2024. "
	checkEventRules(t, "2025-11-20", []eventCase{
		{"drove, then told", lead + "In March, two agents from the bureau's Lisbon office drove to Orvane Bank's headquarters on the waterfront and told the company's chief executive, Mara Quell, that data was leaving the network.",
			schema.EventWarning, "federal-bureau-of-investigation", "mara-quell", true},
		{"the owner of the place driven to tells nothing", lead + "In March, two agents from the bureau's Lisbon office drove to Orvane Bank's headquarters on the waterfront and told the company's chief executive, Mara Quell, that data was leaving the network.",
			schema.EventWarning, "orvane-bank", "", false},
		{"flew, then warned", lead + "Two analysts from the bureau's cyber division flew to Tarvo Bank's offices in Porto and warned the bank's board that its payment system had been breached.",
			schema.EventWarning, "federal-bureau-of-investigation", "", true},
		{"the owner of the offices flown to warns no one", lead + "Two analysts from the bureau's cyber division flew to Tarvo Bank's offices in Porto and warned the bank's board that its payment system had been breached.",
			schema.EventWarning, "tarvo-bank", "", false},
	})
}

// TestStoleAfterAnd checks that "stole" after "and", which the tagger may read as an adjective
// before a noun ("hacked X's servers and stole/JJ engineering drawings"), is the past tense of
// a theft from the victim of the break-in it is joined to.
func TestStoleAfterAnd(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"hacked the servers and stole drawings", "Grey Lynx hacked Dunmore Energy's servers and stole engineering drawings.",
			schema.EventTheft, "grey-lynx", "dunmore-energy", true},
		{"broke into the network and stole invoices", "The hackers broke into Pellam Logistics's network in May and stole invoices worth $2 million.",
			schema.EventTheft, "", "pellam-logistics", true},
		{"infiltrated and stole code", "Grey Lynx infiltrated Corvex Labs and stole source code, the company said.",
			schema.EventTheft, "grey-lynx", "corvex-labs", true},
		{"a comma before the second verb", "Grey Lynx breached Varrow Freight, and stole customer records.",
			schema.EventTheft, "grey-lynx", "varrow-freight", true},
	})
}
