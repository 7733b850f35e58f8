package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestSentencePassing checks sentencePassing: a participle of passing sentence with a day
// ("Passing sentence on Wednesday, Judge X said") gives the court's sitting, so that what a
// lawyer told the court, what was said outside court and a statement after the sentencing,
// told paragraphs later past other dates, take that day; with no day, or when "sentencing" has
// no object, they stay undated.
func TestSentencePassing(t *testing.T) {
	const published = "2024-05-10"
	const lead = "A man from Tarvik who hacked a clothing retailer has been jailed for four years.\n\n"
	const middle = "\n\nThe court heard that Oskar Lind got in by phishing an employee in March 2022. He was arrested in June 2022 when police raided his flat.\n\n"
	tests := []timeCase{
		{"passing sentence, a lawyer told the court", published,
			lead + "Passing sentence on Wednesday, Judge Anna Brell said Lind had shown no remorse." + middle +
				"His barrister, Tomas Kell, told the court that Lind had been manipulated by older hackers.",
			schema.EventStatement, "tomas-kell", "", "2024-05-08"},
		{"passing sentence set off after the judge, said outside court", published,
			lead + "Judge Anna Brell, passing sentence on Wednesday, said Lind had shown no remorse." + middle +
				"Speaking outside court, Inspector Mira Falk said the case was a warning to others.",
			schema.EventStatement, "mira-falk", "", "2024-05-08"},
		{"jailing a named man, a statement after the sentencing", published,
			lead + "Jailing Lind at Tarvik crown court on Thursday, Judge Anna Brell told him he had been reckless." + middle +
				"In a statement after the sentencing, Velmora Retail said it welcomed the outcome.",
			schema.EventStatement, "velmora-retail", "", "2024-05-09"},
		{"handing down a sentence with its length", published,
			lead + "Handing down a four-year sentence on Wednesday, Judge Anna Brell said Lind had shown no remorse." + middle +
				"His barrister, Tomas Kell, told the court that Lind had been manipulated by older hackers.",
			schema.EventStatement, "tomas-kell", "", "2024-05-08"},
		{"passing sentence with no day leaves the sitting undated", published,
			lead + "Passing sentence, Judge Anna Brell said Lind had shown no remorse." + middle +
				"His barrister, Tomas Kell, told the court that Lind had been manipulated by older hackers.",
			schema.EventStatement, "tomas-kell", "", ""},
		{"sentencing with no object is the step still to come", published,
			"A man from Tarvik pleaded guilty to hacking a clothing retailer.\n\nSentencing is set for Wednesday, Judge Anna Brell said." + middle +
				"His barrister, Tomas Kell, told the court that Lind had been manipulated by older hackers.",
			schema.EventStatement, "tomas-kell", "", ""},
		{"a body's name opened by Sentencing sentences no one", published,
			lead + "Sentencing Council guidance issued on Monday says judges should weigh the harm done to customers." + middle +
				"His barrister, Tomas Kell, told the court that Lind had been manipulated by older hackers.",
			schema.EventStatement, "tomas-kell", "", ""},
	}
	checkTimes(t, tests, false)
}
