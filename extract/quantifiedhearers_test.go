package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestQuantifiedHearers checks that a group of hearers a quantifier opens is the group told:
// an estimated count right after a verb of warning, and "all" or an estimate right after the
// "to" of a written notice; a lower bound stays a tally, and a group whose head goes on with
// "of" is left alone.
func TestQuantifiedHearers(t *testing.T) {
	checkEventRules(t, "2025-04-10", []eventCase{
		{"an estimate after a verb of warning", "The Norland Cyber Office on Tuesday notified about 30 regional banks that Grey Heron had probed their networks.",
			schema.EventWarning, "norland-cyber-office", "regional-banks", true},
		{"an estimate past a demonym", "The Norland Cyber Office on Tuesday warned roughly 25 Danish shipping companies that Grey Heron was phishing their staff.",
			schema.EventWarning, "norland-cyber-office", "danish-shipping-companies", true},
		{"all after a notice's to", "Corvel Health sent notification letters to all 12,000 patients in June.",
			schema.EventWarning, "corvel-health", "patients", true},
		{"a lower bound stays a tally", "The Norland Cyber Office on Tuesday notified more than 30 regional banks that Grey Heron had probed their networks.",
			schema.EventWarning, "norland-cyber-office", "regional-banks", false},
		{"a head going on with of", "The Norland Cyber Office on Tuesday informed around 20 operators of water plants that their pumps were exposed.",
			schema.EventWarning, "norland-cyber-office", "operators", false},
		{"a letter about a group tells no one", "Corvel Health published a letter about all 12,000 patients in June.",
			schema.EventWarning, "corvel-health", "patients", false},
	})
}
