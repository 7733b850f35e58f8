package extract

import "testing"

// TestWhileStepTime checks that a legal step told in a ", while" clause after a dated legal step
// or sanction shares its day when it has none of its own ("The Treasury on Tuesday sanctioned
// X, while the Justice Department unsealed an indictment against him"), and that other clauses
// after ", while" keep their own time or none.
func TestWhileStepTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a charge after a dated arrest, the day before the verb", "2025-11-20",
			"The Norland police on Wednesday arrested Tobias Lenk, while prosecutors unsealed charges against him.",
			"legal", "", "tobias-lenk", "2025-11-19"},
		{"a charge after a dated arrest, the day after the object", "2025-11-20",
			"The Norland police arrested Tobias Lenk on Wednesday, while prosecutors unsealed charges against him.",
			"legal", "", "tobias-lenk", "2025-11-19"},
		{"an indictment after a dated sanction", "2025-11-20",
			"The Treasury on Tuesday sanctioned Emil Lenk, while the Justice Department unsealed an indictment against him.",
			"legal", "justice-department", "emil-lenk", "2025-11-18"},
		{"a verb of charging after a dated sanction", "2025-11-20",
			"Velmora sanctioned the Grey Heron group on Monday, while federal prosecutors in Ostland charged Emil Lenk.",
			"legal", "", "emil-lenk", "2025-11-17"},
		{"a step with a year of its own keeps it", "2025-11-20",
			"Velmora sanctioned the Grey Heron group on Monday, while Ostland indicted Emil Lenk in 2023.",
			"legal", "ostland", "", "2023"},
		{"a deed after ', while' takes not the step's day", "2025-11-20",
			"Velmora sanctioned the Grey Heron group on Monday, while Silt Viper attacked Marrow Turbines.",
			"attack", "silt-viper", "marrow-turbines", ""},
		{"a deed contrasted with a dated deed stays undated", "2025-11-20",
			"Grey Heron hacked Brisco Logistics on Monday, while Silt Viper attacked Marrow Turbines.",
			"attack", "silt-viper", "marrow-turbines", ""},
	}, false)
}
