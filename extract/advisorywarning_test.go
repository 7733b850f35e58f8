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

// TestAdvisoryJoinedWarning checks that a participle of telling joined by "and" to another
// participle that modifies a published message ("published an advisory describing X as … and
// warning Y …") takes the message's issuer as the one who tells, never the first participle's
// object, however the tagger reads that participle.
func TestAdvisoryJoinedWarning(t *testing.T) {
	tests := []toldCase{
		{"describing a name as and warning", "The Kestrel Cyber Office published an advisory describing Gravel Panda as the culprit and warning Ostrel Gas to patch its servers.",
			[]string{"kestrel-cyber-office → ostrel-gas"}, []string{"gravel-panda → ostrel-gas"}},
		{"naming a name as a long description", "The Marlow Cyber Bureau published an advisory naming Iron Heron as a front for military hackers and warning Pellam Water to patch its servers.",
			[]string{"marlow-cyber-bureau → pellam-water"}, []string{"iron-heron → pellam-water"}},
		{"two issuers and a fronted time", "Weeks later, the Brenna Cyber Centre and the Tolland Police Service published a joint advisory describing Slate Viper as a front for spies and warning Varo Health that it was at risk.",
			[]string{"brenna-cyber-centre → varo-health", "tolland-police-service → varo-health"}, []string{"slate-viper → varo-health"}},
		{"calling a name and warning of", "The Gorse Agency issued a bulletin calling Ashen Kite a state proxy and warning Lumen Bank of attacks.",
			[]string{"gorse-agency → lumen-bank"}, []string{"ashen-kite → lumen-bank"}},
		{"describing a possessive and alerting", "The Dunmore Security Agency published a report describing Gravel Panda's tools and alerting Quint Rail to the risk.",
			[]string{"dunmore-security-agency → quint-rail"}, []string{"gravel-panda → quint-rail"}},
	}
	checkTold(t, "2025-11-20", tests)
}
