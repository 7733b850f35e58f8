package extract

import "testing"

// TestCalledToReport checks "report" as the purpose infinitive of a verb of getting in touch
// that names no one after it to report to ("phoned the regulator to report the breach",
// "reached out to X to report the fraud"): the one who got in touch tells the one reached,
// not the one reached reporting. A "report" that names its own hearer ("to report the flaw
// to X") and "called on X to report", which asks X to act, keep the usual reading.
func TestCalledToReport(t *testing.T) {
	tests := []toldCase{
		{"phoned a name, time between", "Halvane Health phoned the Dorsey Bureau on Monday to report the breach.",
			[]string{"halvane-health → dorsey-bureau"}, []string{"dorsey-bureau → dorsey-bureau"}},
		{"called two bodies", "Tomas Brandt said he called the Velmar Energy Regulator and the Dorsey Bureau the next morning to report what had happened.",
			[]string{"tomas-brandt → velmar-energy-regulator", "tomas-brandt → dorsey-bureau"}, nil},
		{"fronted time, clause after", "On Tuesday, Morrow Energy called the Velmar Cyber Centre to report that its servers had been encrypted.",
			[]string{"morrow-energy → velmar-cyber-centre"}, nil},
		{"wrote to", "Morrow Energy wrote to the Velmar Data Commissioner on Friday to report the theft.",
			[]string{"morrow-energy → velmar-data-commissioner"}, nil},
		{"reached out to", "Kessler Bank reached out to the Dorsey Bureau to report the fraud.",
			[]string{"kessler-bank → dorsey-bureau"}, nil},
		{"officer of a named body", "Tomas Brandt runs the plant. At 4 a.m. he telephoned the Dorsey Bureau's duty officer to report the attack.",
			[]string{"tomas-brandt → dorsey-bureau"}, nil},
		{"speaker in apposition", "Morrow Energy's chief executive, Anna Lisk, said she emailed the Velmar Data Commissioner to report the breach.",
			[]string{"anna-lisk → velmar-data-commissioner"}, nil},
		{"called on asks the object", "The Dorsey Bureau called on Morrow Energy to report the breach.",
			nil, []string{"dorsey-bureau → morrow-energy"}},
	}
	checkTold(t, "2025-11-20", tests)
}
