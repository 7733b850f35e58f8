package extract

import "testing"

// TestChargedDeedTime checks that a day set before a verb of charging, fining or telling dates
// that verb, not the deed it names as its ground or content ("charged X with breaking into Y",
// "fined X over a cyberattack"): the deed keeps its own date, or none.
func TestChargedDeedTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a deed charged with -ing keeps its own year", "2025-03-14",
			"Prosecutors in Velmora on Thursday charged Ivo Marsh with breaking into the network of Harrow Bank in 2022.",
			"intrusion", "", "harrow-bank", "2022"},
		{"a deed charged with -ing takes not the charge's day", "2025-03-14",
			"Prosecutors in Velmora on Thursday charged Ivo Marsh with breaking into the network of Harrow Bank.",
			"intrusion", "", "harrow-bank", ""},
		{"the charge keeps its day", "2025-03-14",
			"Prosecutors in Velmora on Thursday charged Ivo Marsh with breaking into the network of Harrow Bank in 2022.",
			"legal", "", "ivo-marsh", "2025-03-13"},
		{"a deed a fine is over takes not the fine's day", "2024-07-18",
			"The Velmora Data Authority on Thursday fined Orbis Retail over a cyberattack by Grey Heron.",
			"attack", "grey-heron", "", ""},
		{"a deed told in a relative clause of the ground takes not the fine's day", "2024-07-18",
			"The Velmora Data Authority on Thursday fined Orbis Retail over a cyberattack in which Grey Heron stole the card numbers of its customers.",
			"theft", "grey-heron", "", ""},
		{"a relative clause after a deed the day dates keeps it", "2024-07-18",
			"Grey Heron on Thursday launched an attack that crippled Orbis Retail.",
			"attack", "grey-heron", "orbis-retail", "2024-07-18"},
		{"the fine keeps its day", "2024-07-18",
			"The Velmora Data Authority on Thursday fined Orbis Retail over a cyberattack by Grey Heron.",
			"sanction", "", "orbis-retail", "2024-07-18"},
		{"a day closing the telling's phrase after the deed it names dates the telling, not the deed", "2025-03-05",
			"The Velmora Police attributed the theft of the Harrow Bank files to Grey Heron on Tuesday.",
			"theft", "grey-heron", "harrow-bank", ""},
		{"the telling keeps that day", "2025-03-05",
			"The Velmora Police attributed the theft of the Harrow Bank files to Grey Heron on Tuesday.",
			"accusation", "velmora-police", "grey-heron", "2025-03-04"},
		{"a day in a clause of the deed's own stays the deed's", "2025-03-05",
			"The Velmora Police described the theft that Grey Heron carried out against Harrow Bank on Tuesday.",
			"theft", "grey-heron", "harrow-bank", "2025-03-04"},
	}, false)
}

// TestTellingBeforeReportedClauseTime checks that a time inside the clause a later verb of
// saying reports dates that clause, not a telling before it ("Testifying before X, Y said …
// on 2 October").
func TestTellingBeforeReportedClauseTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a participle of telling takes not the reported clause's day", "2025-02-06",
			"Testifying before the Velmora Senate, Ana Lind said the agency sent Harrow Bank an alert on 2 October.",
			"statement", "ana-lind", "", ""},
	}, false)
}

// TestToldLaterTime checks that a telling "later" done takes not the day of the occasion the
// sentence before set, while one without it still does.
func TestToldLaterTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"later: another occasion", "2025-04-30",
			"Orbis Retail first disclosed the attack on March 4.\n\nOrbis Retail later confirmed that Grey Heron had stolen the data of its staff.",
			"statement", "orbis-retail", "", ""},
		{"sentence-initial later", "2025-04-30",
			"Orbis Retail first disclosed the attack on March 4.\n\nLater, Orbis Retail confirmed that Grey Heron had stolen the data of its staff.",
			"statement", "orbis-retail", "", ""},
	}, false)
}

// TestReportedClausePastAppositiveName checks that a name set off by commas after the subject
// of a reported clause ("said the supplier, Medisync, informed …") does not hide the clause's
// verb: the time after it is the clause's, not the saying's.
func TestReportedClausePastAppositiveName(t *testing.T) {
	checkTimes(t, []timeCase{
		{"appositive name in the reported subject", "2025-11-20",
			"Minister Ana Lind said the supplier, Orbis Retail, informed the ministry on 14 October that Grey Heron had encrypted its servers.",
			"statement", "ana-lind", "", ""},
	}, false)
}

// TestReportedClauseSubjectPhrases checks that what local news sets in the subject of a
// reported clause (an age and a home town set off by commas, a noun with 'of', a name the
// tagger reads the verb after as an adjective) does not hide the clause's verb, and that a
// telling with a 'that' clause leaves that clause's time to it: the time after it is the
// clause's, not the telling's.
func TestReportedClauseSubjectPhrases(t *testing.T) {
	checkTimes(t, []timeCase{
		{"age and home town set off by commas", "2025-11-14",
			"Chief Marisa Lund said Colin Averly, 34, of Brannock, logged in to the Orbis Retail network on Oct. 3.",
			"statement", "marisa-lund", "", ""},
		{"home town set off by commas", "2025-11-14",
			"Chief Marisa Lund said Colin Averly, of Brannock, deleted the schedules of Orbis Retail on Oct. 3.",
			"statement", "marisa-lund", "", ""},
		{"'of' within the reported subject", "2025-10-28",
			"Harrow Transit said an employee of the contractor planted code in July.",
			"statement", "harrow-transit", "", ""},
		{"name set off by commas, verb read as an adjective", "2025-10-28",
			"Harrow Transit said the contractor, Bexley Systems, planted code in July.",
			"statement", "harrow-transit", "", ""},
		{"told that, the clause's verb read as a participle", "2026-01-22",
			"Ana Lind told the Velmora City Council that the city learned of the breach on Dec. 18.",
			"warning", "ana-lind", "velmora-city-council", ""},
		{"told on a day that: the telling's own day", "2026-01-22",
			"Ana Lind told the Velmora City Council on Wednesday that the city learned of the breach in December.",
			"warning", "ana-lind", "velmora-city-council", "2026-01-21"},
		{"said the time before the clause: the saying's", "2025-10-28",
			"Harrow Transit said on Monday that an employee of the contractor planted code in July.",
			"statement", "harrow-transit", "", "2025-10-27"},
	}, false)
}
