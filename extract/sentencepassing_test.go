package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestSentencePassing checks sentencePassing: a participle of passing sentence with a day
// ("Passing sentence on Tuesday, Judge X said") gives the court's sitting, so that what a
// lawyer told the court, what was said outside court and a statement after the sentencing,
// told paragraphs later past other dates, take that day; with no day, or when "sentencing" has
// no object, they stay undated.
func TestSentencePassing(t *testing.T) {
	const published = "2024-05-10"
	const lead = "A former contractor who wiped a council's payroll servers after losing his job has been jailed for 30 months.\n\n"
	const middle = "\n\nProsecutors said Viktor Hale deleted the backups in October 2022. Detectives seized his laptop in February 2023 after tracing a login to his home.\n\n"
	const lawyer = "His solicitor, Lotte Brandt, told the court that Hale had been in heavy debt at the time."
	tests := []timeCase{
		{"passing sentence, a lawyer told the court", published,
			lead + "Passing sentence on Tuesday, Judge Mara Quist said Hale had acted out of spite." + middle + lawyer,
			schema.EventStatement, "lotte-brandt", "", "2024-05-07"},
		{"passing sentence set off after the judge, said outside court", published,
			lead + "Judge Mara Quist, passing sentence on Tuesday, said Hale had acted out of spite." + middle +
				"Speaking outside court, Sergeant Ruben Dahl said the council had been lucky to recover its data.",
			schema.EventStatement, "ruben-dahl", "", "2024-05-07"},
		{"jailing a named man, a statement after the sentencing", published,
			lead + "Jailing Hale at Kelham crown court on Monday, Judge Mara Quist told him the damage was deliberate." + middle +
				"In a statement after the sentencing, Orsby Council said it had tightened its controls.",
			schema.EventStatement, "orsby-council", "", "2024-05-06"},
		{"handing down a sentence with its length", published,
			lead + "Handing down a 30-month sentence on Tuesday, Judge Mara Quist said Hale had acted out of spite." + middle + lawyer,
			schema.EventStatement, "lotte-brandt", "", "2024-05-07"},
		{"passing sentence with no day leaves the sitting undated", published,
			lead + "Passing sentence, Judge Mara Quist said Hale had acted out of spite." + middle + lawyer,
			schema.EventStatement, "lotte-brandt", "", ""},
		{"sentencing with no object is the step still to come", published,
			"A former contractor admitted wiping a council's payroll servers.\n\nSentencing is set for Tuesday, Judge Mara Quist said." + middle + lawyer,
			schema.EventStatement, "lotte-brandt", "", ""},
		{"a body's name opened by Sentencing sentences no one", published,
			lead + "Sentencing Council guidance issued on Monday says judges should weigh the harm done to payroll staff." + middle + lawyer,
			schema.EventStatement, "lotte-brandt", "", ""},
	}
	checkTimes(t, tests, false)
}
