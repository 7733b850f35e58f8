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
// counted plural before "of" ("charges against six officers of the GRU"; corpsAfter).
func TestCountedCorpsModifier(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"a count above ten before the body's officers",
			"Researchers tied the attacks to Russia's military intelligence agency, the GRU. In July 2018, a federal grand jury indicted twelve GRU officers on charges of computer fraud.",
			schema.EventLegal, "", "main-intelligence-directorate", true},
		{"a plain count",
			"Researchers tied the attacks to Russia's military intelligence agency, the GRU. In 2019 a grand jury indicted five GRU officers over the hack of the anti-doping agency.",
			schema.EventLegal, "", "main-intelligence-directorate", true},
		{"past an adjective of suspicion",
			"Researchers tied the attacks to the Tin Adder group. In 2021 the Justice Department charged two alleged Tin Adder members with breaking into a bank.",
			schema.EventLegal, "justice-department", "tin-adder", true},
		{"a body whose officers do the step is no party",
			"Researchers tied the attacks to the Tin Adder group. Two men were detained on Friday by two Europol officers.",
			schema.EventLegal, "", "europol", false},
		{"a legal noun's object: a count of officers of the body",
			"Researchers tied the attacks to Russia's military intelligence agency, the GRU. In 2020 the Justice Department unsealed charges against six officers of the GRU.",
			schema.EventLegal, "justice-department", "main-intelligence-directorate", true},
		{"so after indictments",
			"Researchers tied the attacks to Russia's military intelligence agency, the GRU. In 2020 the Justice Department announced indictments against two officers of the GRU.",
			schema.EventLegal, "justice-department", "main-intelligence-directorate", true},
		{"a legal noun's object: employees of a body name no party",
			"Harlow Bank said its systems were breached in May. Prosecutors filed charges against two employees of Harlow Bank on Monday.",
			schema.EventLegal, "", "harlow-bank", false},
		{"an employer of those arrested is no party",
			"Harlow Bank said its systems were breached in May. Police arrested two Harlow Bank employees on Friday.",
			schema.EventLegal, "", "harlow-bank", false},
	})
}
