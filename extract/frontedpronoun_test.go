package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestFrontedPronounDoer checks that a pronoun opening a sentence's first clause right after a
// fronted time phrase ("Over several weeks, they stole …", "In the months that followed, they
// …") stands for the doers of the incident just told, not its victim, and that such a pronoun
// copying data is a theft from that victim; copying by a firm or a body the pronoun stands for
// stays no theft.
func TestFrontedPronounDoer(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"after a fronted span with a comma",
			"Cobalt Wren, a hacking group linked to Russia, broke into email servers at Dravia's Transport Ministry in November. Over several weeks, they stole files.",
			schema.EventTheft, "cobalt-wren", "transport-ministry", true},
		{"the victim is not the doer",
			"Cobalt Wren, a hacking group linked to Russia, broke into email servers at Dravia's Transport Ministry in November. Over several weeks, they stole files.",
			schema.EventTheft, "transport-ministry", "", false},
		{"after a fronted span without a comma",
			"Prosecutors said Cobalt Wren breached Harlow Turbines, a maker of engine parts, in 2019. Over the next year they stole drawings and test data.",
			schema.EventTheft, "cobalt-wren", "harlow-turbines", true},
		{"a relative clause inside the fronted span",
			"Cobalt Wren, a hacking group tied to Russia, penetrated the network of the Dravian Energy Agency in 2023. In the months that followed, they stole planning documents.",
			schema.EventTheft, "cobalt-wren", "dravian-energy-agency", true},
		{"a later break-in by the same doers",
			"Court papers say Amber Lynx, an extortion gang, hacked Brask Insurance in 2022. Later that year, they broke into a file server at Harlow Turbines.",
			schema.EventIntrusion, "amber-lynx", "harlow-turbines", true},
		{"a singular pronoun copying records",
			"In May, Amber Lynx, a group tied to China, breached Velmora Bank. Over two weeks it copied customer records.",
			schema.EventTheft, "amber-lynx", "velmora-bank", true},
		{"an opening pronoun copying documents",
			"Amber Lynx broke into the Dravian Energy Agency in March. They copied internal documents.",
			schema.EventTheft, "amber-lynx", "dravian-energy-agency", true},
		{"an amount of data copied after a fronted span",
			"Intruders from Amber Lynx got into the billing platform of Velmora Bank in March, auditors found. For nearly a month they copied some 60 gigabytes of account files.",
			schema.EventTheft, "amber-lynx", "velmora-bank", true},
		{"investigators copying logs",
			"Kessel Forensics looked into the breach of Velmora Bank by Amber Lynx. They copied the firewall logs to study them.",
			schema.EventTheft, "", "", false},
		{"a firm copying into a backup",
			"Velmora Bank said it had restored its systems. Over the weekend it copied its records to a backup server.",
			schema.EventTheft, "", "", false},
		{"a pronoun still standing for the victim",
			"A student was paid to hack into the payment platform of Velmora Bank in 2021. Within three days they downloaded personal data of clients.",
			schema.EventTheft, "velmora-bank", "", false},
	})
}
