package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestToldOf checks toldOf: after a verb of warning, "of" following a plural common noun for
// the ones told opens what they were told about, so a name there is no hearer ("notified 40
// hospitals of Grey Marten infections"); "of" after people of a body, an audience or a count
// still leads to the one told ("briefed members of X", "warned executives of X").
func TestToldOf(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"a counted plural told of a group's infections", "The Corvian Cyber Agency notified more than 40 hospitals of Grey Marten infections during 2024.",
			schema.EventWarning, "corvian-cyber-agency", "grey-marten", false},
		{"a count of firms told of a campaign", "The Corvian Cyber Agency informed dozens of companies of the Grey Marten campaign last year.",
			schema.EventWarning, "corvian-cyber-agency", "grey-marten", false},
		{"a fronted time, a bare plural told of a campaign", "In March, the Corvian Cyber Agency warned banks of the Velvet Crane campaign.",
			schema.EventWarning, "corvian-cyber-agency", "velvet-crane", false},
		{"the warning itself stays", "In March, the Corvian Cyber Agency warned banks of the Velvet Crane campaign.",
			schema.EventWarning, "corvian-cyber-agency", "", true},
		{"members of a body are the body told", "The Corvian Cyber Agency briefed members of the Senate Defence Committee on Tuesday.",
			schema.EventWarning, "corvian-cyber-agency", "senate-defence-committee", true},
		{"users of a service are the service told", "Velmora Labs alerted users of Korvel Cloud that their keys had leaked.",
			schema.EventWarning, "velmora-labs", "korvel-cloud", true},
		{"patients of a clinic are the clinic told", "The Corvian Cyber Agency warned patients of Ostrava Clinic that their records were exposed.",
			schema.EventWarning, "corvian-cyber-agency", "ostrava-clinic", true},
		{"executives of a bank are the bank told", "The Corvian Cyber Agency warned executives of Ostrava Bank that their network was compromised.",
			schema.EventWarning, "corvian-cyber-agency", "ostrava-bank", true},
	})
}
