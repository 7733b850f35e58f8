package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestLeadDetailed checks leadDetailed: a saying that closes the first sentence of a story's
// second paragraph, after the deeds it tells with their own times, takes the day of the
// telling its one-sentence lead dated, whoever speaks; a saying of a later paragraph, one with
// its own time, or a lead with no dated telling leave it undated.
func TestLeadDetailed(t *testing.T) {
	const published = "2025-11-21"
	const lead = "Two men have been arrested on suspicion of selling stolen bank data to a foreign spy agency, Portuguese police said on Thursday.\n\n"
	tests := []sentenceTime{
		{"an official's closing telling after the deeds' days", lead +
			"The men were detained at their homes in Porto on Monday, and a third suspect was arrested the following day, Chief Inspector Ivo Sarrant told reporters.",
			schema.EventStatement, "ivo-sarrant", 1, "2025-11-20"},
		{"a long title before the name", lead +
			"Both men were picked up in Braga on Saturday, Deputy Director of the Judicial Police (Cyber Unit) Ivo Sarrant told reporters.",
			schema.EventStatement, "ivo-sarrant", 1, "2025-11-20"},
		{"a department's statement after a country's officials", "A programmer wanted over a ransomware attack on a water utility has been handed over to Canada by Chile, Canadian officials said on Thursday.\n\n" +
			"Tomas Brenn, 31, was put on a flight to Toronto on Tuesday and was remanded in custody on Wednesday, the Justice Department said in a statement.",
			schema.EventStatement, "justice-department", 1, "2025-11-20"},
		{"a plural speaker said in a statement", "Hackers stole the records of 40,000 patients from a clinic in Ghent, Belgian prosecutors said on Tuesday.\n\n" +
			"The intruders got in on Oct. 30 and copied the files over two nights, the clinic's operator, Orvel Health, said in a statement.",
			schema.EventStatement, "orvel-health", 1, "2025-11-18"},
		{"a third paragraph keeps its own time", lead +
			"The arrests followed a tip from a bank.\n\n" +
			"The men were detained at their homes in Porto on Monday, Chief Inspector Ivo Sarrant told reporters.",
			schema.EventStatement, "ivo-sarrant", 2, ""},
		{"a lead dated only to a month", "Two men have been arrested on suspicion of selling stolen bank data to a foreign spy agency, Portuguese police said in October.\n\n" +
			"The men were detained at their homes in Porto on Oct. 6, Chief Inspector Ivo Sarrant told reporters.",
			schema.EventStatement, "ivo-sarrant", 1, ""},
		{"a lead with no telling", "Two men were arrested in Porto on Thursday on suspicion of selling stolen bank data.\n\n" +
			"The men were detained at their homes on Monday, Chief Inspector Ivo Sarrant told reporters.",
			schema.EventStatement, "ivo-sarrant", 1, ""},
	}
	checkSentenceTimes(t, published, tests)
}
