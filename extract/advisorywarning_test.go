package extract

import "testing"

// TestAdvisoryWarningName checks that "warning" right after the noun of a published message
// and before a name is the participle that modifies the message ("issued an advisory warning
// X that …", "sent an alert warning X of …"): the one who put the message out warns X. A
// "warning" that opens a compound ("an advisory warning system") tells no one.
func TestAdvisoryWarningName(t *testing.T) {
	tests := []toldCase{
		{"advisory warning a name that", "The Dorsey Bureau published an advisory warning Kessler Bank that Ghost Lynx was exploiting old routers.",
			[]string{"dorsey-bureau → kessler-bank"}, nil},
		{"two names told", "The Velmar Cyber Centre issued an advisory warning Kessler Bank and Morrow Energy that Ghost Lynx was active.",
			[]string{"velmar-cyber-centre → kessler-bank", "velmar-cyber-centre → morrow-energy"}, nil},
		{"alert warning of", "On Monday the Dorsey Bureau sent an alert warning Halvane Health of a new phishing campaign.",
			[]string{"dorsey-bureau → halvane-health"}, nil},
	}
	checkTold(t, "2025-11-20", tests)
}
