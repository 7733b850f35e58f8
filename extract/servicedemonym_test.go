package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestServiceDemonymConjunct checks serviceDemonym in toldConjunct: a body named after a verb
// of warning by a demonym or a place before its lower-case head ("the Dutch police", "Kent
// police", "Hamburg prosecutors") is one hearer like a name, so the names joined to it by
// "and" are told too, and it stays told itself.
func TestServiceDemonymConjunct(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"a place's police, then a named regulator", "Halberd Logistics said it had informed the Kent police and the Marine Authority.",
			schema.EventWarning, "halberd-logistics", "marine-authority", true},
		{"the place's police stays told", "Halberd Logistics said it had informed the Kent police and the Marine Authority.",
			schema.EventWarning, "halberd-logistics", "kent-police", true},
		{"a demonym's police and an agency", "Tessel Foods alerted the Dutch police and Europol after the break-in.",
			schema.EventWarning, "tessel-foods", "europol", true},
		{"a demonym's federal police, a past perfect", "Kasimir Labs said it had notified German federal police and the Federal Office for Information Security.",
			schema.EventWarning, "kasimir-labs", "federal-office-for-information-security", true},
		{"a town's prosecutors and a dated notice", "Sankt Anna Klinik informed Hamburg prosecutors and the Data Protection Authority on Tuesday.",
			schema.EventWarning, "sankt-anna-klinik", "data-protection-authority", true},
		{"the preposition said again", "Varnley Energy reported the intrusion to the Kent police and to the National Cyber Security Centre.",
			schema.EventWarning, "varnley-energy", "national-cyber-security-centre", true},
		{"a clause of its own after the police is no hearer", "Ferran Shipping notified the Dorset police and the Marine Authority said it would investigate.",
			schema.EventWarning, "ferran-shipping", "marine-authority", false},
	})
}
