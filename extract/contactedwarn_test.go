package extract

import "testing"

// TestContactedToWarn checks a verb of warning in the purpose infinitive of a verb of getting
// in touch, with no object of its own ("telephoned X to warn that …"): the one reached is told
// by the one who got in touch. A "warn" with its own object keeps that object as hearer.
func TestContactedToWarn(t *testing.T) {
	tests := []toldCase{
		{"telephoned, warn that", "In September, an agent of the Varn Bureau telephoned the Orlen Party to warn that its servers had been breached.",
			[]string{"varn-bureau → orlen-party"}, nil},
		{"called two names, time between, warn of", "The Ferro Agency called Gant Water and Hollis Power on Monday to warn of a coming attack.",
			[]string{"ferro-agency → gant-water", "ferro-agency → hollis-power"}, nil},
		{"contacted, warn about", "Officials at the Selby Agency contacted the Lanta Port Authority to warn about the flaw.",
			[]string{"selby-agency → lanta-port-authority"}, nil},
		{"warn with its own object", "The Tarn Bureau phoned Kessler Bank to warn Brisk Freight that the gang was active.",
			[]string{"tarn-bureau → brisk-freight"}, nil},
	}
	checkTold(t, "2025-11-20", tests)
}

// TestContactReachLongNames checks that the reach from a purpose infinitive back to the verb
// of getting in touch counts a long name as one word ("called the Tarn Department of Health and
// Environment and the Varn Bureau's Kessler field office the next morning to report …").
func TestContactReachLongNames(t *testing.T) {
	tests := []toldCase{
		{"two long names and a time", "Dale Morrow said he called the Tarn Department of Health and Environment and the Varn Bureau's Kessler field office the next morning to report what had happened.",
			[]string{"dale-morrow → tarn-department-of-health-and-environment", "dale-morrow → varn-bureau"}, nil},
		{"long name, warn of", "The Selby Office of Cyber Defence and Resilience phoned the Lanta Ministry of Transport and Energy on Friday evening to warn of an attack.",
			[]string{"selby-office-of-cyber-defence-and-resilience → lanta-ministry-of-transport-and-energy"}, nil},
	}
	checkTold(t, "2025-11-20", tests)
}
