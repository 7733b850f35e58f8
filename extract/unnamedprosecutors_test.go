package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestUnnamedProsecutors checks that prosecutors the article ties to no named body of justice
// or prosecution, doing a legal step ("prosecutors charged X"), are its doer, a body of their
// own; prosecutors who say or allege, and prosecutors of a named justice ministry, are left as
// they were.
func TestUnnamedProsecutors(t *testing.T) {
	lead := "Lena Hald, 34, was arrested in Harlow in May. "
	checkEventRules(t, "2025-11-20", []eventCase{
		{"fronted subject", lead + "Prosecutors charged Lena Hald with fraud in September.",
			schema.EventLegal, "prosecutors", "lena-hald", true},
		{"after a fronted time", lead + "In September, prosecutors charged Lena Hald with fraud.",
			schema.EventLegal, "prosecutors", "lena-hald", true},
		{"in a when clause", lead + "The sanctions follow charges filed in March, when prosecutors charged Hald with wire fraud.",
			schema.EventLegal, "prosecutors", "lena-hald", true},
		{"perfect tense", lead + "Prosecutors have opened an investigation into Lena Hald.",
			schema.EventLegal, "prosecutors", "lena-hald", true},
		{"a named justice ministry's prosecutors", "The Justice Department said on Monday that it would act. " + lead + "Prosecutors charged Lena Hald with fraud in September.",
			schema.EventLegal, "prosecutors", "lena-hald", false},
		{"prosecutors who allege take no step", lead + "Prosecutors allege that Lena Hald sold the files.",
			schema.EventLegal, "prosecutors", "", false},
		{"declined to charge", lead + "Prosecutors declined to charge Lena Hald in September.",
			schema.EventLegal, "prosecutors", "lena-hald", false},
		{"hope to charge", lead + "Prosecutors hope to charge Lena Hald with fraud.",
			schema.EventLegal, "prosecutors", "lena-hald", false},
		{"did not charge", lead + "Prosecutors did not charge Lena Hald with fraud.",
			schema.EventLegal, "prosecutors", "lena-hald", false},
	})
}
