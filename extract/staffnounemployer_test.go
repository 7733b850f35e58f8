package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestOwnStaffTellForEmployer checks that a person's "his engineers", "her analysts" (cue
// staffnoun) as the subject of a telling, alone or the second of two verbs, tell for the body
// the person works for, as "his staff" already did.
func TestOwnStaffTellForEmployer(t *testing.T) {
	const lead = "Grey Lynx attacked Orvane Bank and Dunmore Energy in 2025. "
	checkEventRules(t, "2025-11-20", []eventCase{
		{"his engineers, the second verb", lead + "Orvane Bank's chief executive, Tomas Brandt, said his engineers noticed the failures shortly before midnight on Friday and notified the Halvern Cyber Agency early on Saturday.",
			schema.EventWarning, "orvane-bank", "halvern-cyber-agency", true},
		{"her engineers, the second verb", lead + "Dunmore Energy's founder, Lena Orr, said her engineers detected the malware in June and informed the Halvern Cyber Agency.",
			schema.EventWarning, "dunmore-energy", "halvern-cyber-agency", true},
		{"her analysts alone", lead + "Dunmore Energy's founder, Lena Orr, said her analysts alerted the National Police in August.",
			schema.EventWarning, "dunmore-energy", "national-police", true},
		{"his engineers had warned", lead + "Orvane Bank's chief executive, Tomas Brandt, said his engineers had warned the Halvern Cyber Agency in September.",
			schema.EventWarning, "orvane-bank", "halvern-cyber-agency", true},
	})
}
