package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestStaffRelativeTeller checks a teller named as a body's people with a subject relative
// clause between them and the verb of telling ("Varn Bureau agents who had tracked the servers
// warned X"): the body whose agents, analysts or officials they are tells, not a name inside
// the clause. A description of a cooperative or a foundation stands for the one named before.
func TestStaffRelativeTeller(t *testing.T) {
	tests := []toldCase{
		{"agents who had been, fronted time", "In March, Varn Bureau agents who had been tracking the gang's servers warned Dorrance Steel that its firewall had been compromised.",
			[]string{"varn-bureau → dorrance-steel"}, nil},
		{"agents who were, trailing time", "Varn Bureau agents who were monitoring the servers alerted Dorrance Steel in February.",
			[]string{"varn-bureau → dorrance-steel"}, nil},
		{"analysts, simple past", "Selby Agency analysts who examined the malware told Kessler Bank that the intruders had been inside for weeks.",
			[]string{"selby-agency → kessler-bank"}, nil},
		{"officials, a name inside the clause", "Selby Agency officials who had watched Ash Heron notified Kessler Bank on Monday.",
			[]string{"selby-agency → kessler-bank"}, []string{"ash-heron → kessler-bank"}},
		{"possessive owner", "The Selby Agency's investigators who traced the payments warned Gant Water in May.",
			[]string{"selby-agency → gant-water"}, nil},
		{"the cooperative", "Hackers got into the network of the Marlow Valley Electric Cooperative in December. In January, Varn Bureau agents warned the cooperative that its firewall had been breached.",
			[]string{"varn-bureau → marlow-valley-electric-cooperative"}, nil},
		{"the foundation", "Hackers stole emails from the Orlen Policy Foundation last year. The Selby Agency had alerted the foundation in May.",
			[]string{"selby-agency → orlen-policy-foundation"}, nil},
	}
	checkTold(t, "2025-11-20", tests)
}

// TestStaffRelativeToldSpeaker checks "told" after the same subject ("X Bureau analysts who
// examined the malware told Y that …"): the body tells Y.
func TestStaffRelativeToldSpeaker(t *testing.T) {
	tests := []toldCase{
		{"analysts who, told that", "Selby Agency analysts who examined the malware told Orlen Power that the intruders had been inside for weeks.",
			[]string{"selby-agency → orlen-power"}, nil},
		{"investigators who had, told, time", "Varn Bureau investigators who had traced the wallet told Gant Water on Friday that the money was gone.",
			[]string{"varn-bureau → gant-water"}, nil},
		{"unowned investigators tell no one", "Investigators who examined the malware told Orlen Power that the intruders had been inside for weeks.",
			nil, []string{"selby-agency → orlen-power"}},
	}
	checkTold(t, "2025-11-20", tests)
}

// TestStaffRelativeDeed checks that a body's people with a subject relative clause do a deed as
// themselves, not as the body: only telling is done for the body ("Brellan Health employees who
// opened the invoice infected the network" makes Brellan Health no doer).
func TestStaffRelativeDeed(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"staff who opened a lure do not make their employer the intruder", "Brellan Health employees who opened the fake invoice infected the hospital network with ransomware in March, the company said.",
			schema.EventIntrusion, "brellan-health", "", false},
		{"nor the attacker", "Brellan Health employees who opened the fake invoice infected the hospital network with ransomware in March, the company said.",
			schema.EventAttack, "brellan-health", "", false},
	})
}
