package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestHearerGroup checks that a common noun phrase opened by a determiner right after a verb of
// warning ("notified the affected journalists", "informed the roughly 40 regional banks") is
// the group told, named by its modifiers and head, and that a phrase that goes on past its head
// (a conjunct) or opens with a counted "all" is left to the other readings.
func TestHearerGroup(t *testing.T) {
	checkTold(t, "2025-06-10", []toldCase{
		{"a counted possessed group is told", "The Orvale Grid Association alerted its roughly 90 member utilities on Tuesday.",
			[]string{"orvale-grid-association → member-utilities"}, nil},
		{"the affected group", "The Orvale Cyber Agency said it had notified the affected journalists in May.",
			[]string{"orvale-cyber-agency → affected-journalists"}, nil},
		{"a demonstrative", "The Orvale Cyber Agency informed those agencies on Monday that the servers were compromised.",
			[]string{"orvale-cyber-agency → agencies"}, nil},
		{"a counted all keeps its number", "The Orvale Cyber Agency said it had notified all four ministries before publication.",
			[]string{"orvale-cyber-agency → four-ministries"}, []string{"orvale-cyber-agency → ministries"}},
	})
	checkEventRules(t, "2025-06-10", []eventCase{
		{"a definite group with modifiers", "The Orvale Cyber Agency warned the regional utilities on Monday.",
			schema.EventWarning, "orvale-cyber-agency", "regional-utilities", true},
		{"a bound and a count after the determiner", "The Orvale Cyber Agency informed the roughly 40 regional banks on Monday that their servers were exposed.",
			schema.EventWarning, "orvale-cyber-agency", "regional-banks", true},
		{"a conjunct is not cut off", "The Orvale Cyber Agency warned the regional banks and their clients on Monday.",
			schema.EventWarning, "orvale-cyber-agency", "regional-banks", false},
		{"a counted group a possessive pronoun opens", "The Orvale Grid Association alerted its roughly 90 member utilities on Tuesday.",
			schema.EventWarning, "orvale-grid-association", "member-utilities", true},
		{"an exact count after the pronoun", "The Orvale Grid Association notified its 312 regional banks on Tuesday that the portal was down.",
			schema.EventWarning, "orvale-grid-association", "regional-banks", true},
		{"an uncounted possessed group is left alone", "The Orvale Grid Association warned its member utilities on Tuesday.",
			schema.EventWarning, "orvale-grid-association", "member-utilities", false},
	})
}
