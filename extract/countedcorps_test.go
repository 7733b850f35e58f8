package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestCountedCorpsModifier checks that a body named before a counted plural of its members or
// officers ("indicted twelve Ostrovian Guard officers", "charged two alleged Tin Adder members";
// corpsOnly, countedBefore) is the party of the legal step, as "officers of X" is, while a body
// whose officers do the step ("by two Europol officers") or that employs those charged ("two
// Harlow Bank employees") is not. A legal noun's "against" takes the body the same way past a
// counted plural before "of" ("charges against six officers of the Varden Directorate"; corpsAfter).
func TestCountedCorpsModifier(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"a count above ten before the body's officers",
			"Analysts tied the intrusions to Ostrovia's military spy service, the Varden Directorate. In March 2021, a federal grand jury indicted eleven Varden Directorate officers on charges of wire fraud.",
			schema.EventLegal, "", "varden-directorate", true},
		{"a plain count",
			"Analysts tied the intrusions to Ostrovia's military spy service, the Varden Directorate. In 2022 a grand jury indicted four Varden Directorate officers over the hack of a shipping registry.",
			schema.EventLegal, "", "varden-directorate", true},
		{"past an adjective of suspicion",
			"Researchers tied the attacks to the Tin Adder group. In 2021 the Justice Department charged two alleged Tin Adder members with breaking into a bank.",
			schema.EventLegal, "justice-department", "tin-adder", true},
		{"a body whose officers do the step is no party",
			"Researchers tied the attacks to the Tin Adder group. Two men were detained on Friday by two Europol officers.",
			schema.EventLegal, "", "europol", false},
		{"a legal noun's object: a count of officers of the body",
			"Analysts tied the intrusions to Ostrovia's military spy service, the Varden Directorate. In 2020 the Justice Department unsealed charges against six officers of the Varden Directorate.",
			schema.EventLegal, "justice-department", "varden-directorate", true},
		{"so after indictments",
			"Analysts tied the intrusions to Ostrovia's military spy service, the Varden Directorate. In 2023 the Justice Department announced indictments against two officers of the Varden Directorate.",
			schema.EventLegal, "justice-department", "varden-directorate", true},
		{"a legal noun's object: employees of a body name no party",
			"Harlow Bank said its systems were breached in May. Prosecutors filed charges against two employees of Harlow Bank on Monday.",
			schema.EventLegal, "", "harlow-bank", false},
		{"an employer of those arrested is no party",
			"Harlow Bank said its systems were breached in May. Police arrested two Harlow Bank employees on Friday.",
			schema.EventLegal, "", "harlow-bank", false},
	})
}
