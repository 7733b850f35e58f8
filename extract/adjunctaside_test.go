package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestAdjunctAside checks that a participle of a deed set after the main clause by a comma
// ("X hit Y, stealing …") keeps the main clause's subject for its doer and its object for the
// victim across what stands between: a speaker's aside (", prosecutors said,", ", the
// indictment says,"; parentheticalSpeaker), a year set off (", in 2021,"; inYearEnd) and a
// description of the object that places it by town and state (", a Dayton, Ohio, grocer,";
// cityStateComma); and that an unnamed subject leaves it with none rather than the object.
func TestAdjunctAside(t *testing.T) {
	checkDeedCases(t, []deedCase{
		{"a document's aside", "APT77 hacked Brightmere Labs last year, the indictment says, stealing clinical trial data.",
			schema.EventTheft, "apt77", "brightmere-labs", "2024", true},
		{"a town and state before the noun", "Grey Moth breached Talwin Foods, a Dayton, Ohio, grocer, in March, stealing payroll files.",
			schema.EventTheft, "grey-moth", "talwin-foods", "2025-03", true},
		{"the state does not steal", "Grey Moth breached Talwin Foods, a Dayton, Ohio, grocer, in March, stealing payroll files.",
			schema.EventTheft, "ohio", "", "", false},
		{"a town, a state, a year and a speaker", "Hackers working for APT77 penetrated Dunmore Insurance, a Hartford, Connecticut insurer, in 2023, officials said, stealing policy files.",
			schema.EventTheft, "apt77", "dunmore-insurance", "2023", true},
		{"the town does not steal", "APT77 struck Brightmere Labs, a Cambridge, Massachusetts developer of cancer drugs, in 2020, stealing trial data.",
			schema.EventTheft, "cambridge", "", "", false},
		{"the victim through the verb's preposition", "APT77 struck Brightmere Labs, a Cambridge, Massachusetts developer of cancer drugs, in 2020, stealing trial data.",
			schema.EventTheft, "apt77", "brightmere-labs", "2020", true},
		{"an unnamed subject leaves no doer", "The group broke into Brightmere Labs, a drug developer in Boston, in 2021, prosecutors said, stealing research data.",
			schema.EventTheft, "brightmere-labs", "", "", false},
		{"an unnamed subject keeps the victim", "The group broke into Brightmere Labs, a drug developer in Boston, in 2021, prosecutors said, stealing research data.",
			schema.EventTheft, "", "brightmere-labs", "2021", true},
	})
}
