package extract

import "testing"

// TestChargedDeedTime checks that a day set before a verb of charging, fining or telling dates
// that verb, not the deed it names as its ground or content ("charged X with breaking into Y",
// "fined X over a cyberattack"): the deed keeps its own date, or none.
func TestChargedDeedTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a deed a telling is about takes not the telling's day", "2025-11-20",
			"Harrow Bank told regulators about the breach by Grey Heron on March 20.",
			"intrusion", "grey-heron", "", ""},
		{"the telling about the deed keeps its day", "2025-11-20",
			"Harrow Bank told regulators about the breach on March 20.",
			"statement", "harrow-bank", "", "2025-03-20"},
		{"a warning about a theft keeps the theft undated", "2025-11-20",
			"Harrow Bank warned its customers about the theft by Grey Heron on Monday.",
			"theft", "grey-heron", "", ""},
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
		{"a day before 'for' and the ground dates the arrest", "2026-11-12",
			"Police in Velmora arrested Ivo Marsh on Monday for theft.",
			"legal", "", "ivo-marsh", "2026-11-09"},
		{"a day before 'for' and an -ing ground dates the jailing", "2026-11-12",
			"A court in Velmora jailed Ivo Marsh on Monday for hacking Harrow Bank.",
			"legal", "", "ivo-marsh", "2026-11-09"},
		{"the -ing ground after the jailing's day stays undated", "2026-11-12",
			"A court in Velmora jailed Ivo Marsh on Monday for hacking Harrow Bank.",
			"intrusion", "ivo-marsh", "harrow-bank", ""},
		{"a year modifying the ground still dates the ground", "2026-11-12",
			"Velmora sought the extradition of Ivo Marsh over the 2019 leak of Harrow Bank files.",
			"legal", "", "ivo-marsh", ""},
		{"a court's trailing 'ruled' dates not the deed before it", "2026-11-12",
			"Orbis Clinics was ordered to pay damages to patients whose records were leaked online after a hack, a Velmora court ruled on Tuesday.",
			"leak", "", "orbis-clinics", ""},
		{"a court's trailing 'ruled' after a plain deed", "2026-11-12",
			"Grey Heron stole the records of Orbis Retail, a court in Velmora ruled on Tuesday.",
			"theft", "grey-heron", "orbis-retail", ""},
		{"a deed's own day before 'ruled' stays", "2026-11-12",
			"Grey Heron stole the records of Orbis Retail in May 2024, a court in Velmora ruled on Tuesday.",
			"theft", "grey-heron", "orbis-retail", "2024-05"},
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

// TestReportedDeedOwnTime checks that a deed told in the clause a verb of saying reports takes
// a time of its own clause before the saying's day set before that verb, when the two stand
// equally far ("On Wednesday, X said hackers stole data from Y in October").
func TestReportedDeedOwnTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the deed's own month beats the saying's fronted day", "2025-11-13",
			"On Wednesday, Tarn Labs said the hackers stole data from Orbis Retail in October.",
			"theft", "", "orbis-retail", "2025-10"},
		{"the saying keeps its day", "2025-11-13",
			"On Wednesday, Tarn Labs said the hackers stole data from Orbis Retail in October.",
			"statement", "tarn-labs", "", "2025-11-12"},
		{"after a vehicle phrase too", "2025-11-13",
			"In a blog post on Wednesday, Tarn Labs said the hackers stole about $4 million from the exchange Orbis Coin in September.",
			"theft", "", "orbis-coin", "2025-09"},
	}, false)
}

// TestConjunctOwnTime checks that a verb coordinated after another ("detected … in April and
// reported it … in May") takes a time of its own conjunct before one of the first conjunct,
// and that a count of days after the first conjunct's day then dates it ("four days later").
func TestConjunctOwnTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the second conjunct's own month", "2025-09-19",
			"Orbis Retail detected the breach in late April and reported it to the Velmora Cyber Centre in May.",
			"warning", "orbis-retail", "velmora-cyber-centre", "2025-05"},
		{"a count of days after the first conjunct's day", "2025-06-02",
			"Tarn Labs says it detected the intrusion on May 9, patched the server four days later and told the Velmora Cyber Centre the next week.",
			"other", "", "", "2025-05-13"},
	}, false)
}

// TestPastOnlyForms checks that a simple past the tagger reads as a present tense ("the
// attackers stole data") does not take the publication day.
func TestPastOnlyForms(t *testing.T) {
	checkTimes(t, []timeCase{
		{"stole is no present tense", "2025-06-12",
			"The attackers stole data from Orbis Retail.",
			"theft", "", "orbis-retail", ""},
		{"in a reported clause too", "2025-06-12",
			"Tarn Labs said the attackers stole data from Orbis Retail.",
			"theft", "", "orbis-retail", ""},
	}, false)
}

// TestObjectRelativeDeedTime checks that a deed told in a relative clause without commas on the
// object of a dated verb ("published data it stole", "fined X over an attack that exposed Y")
// takes not that verb's day set before the clause's head.
func TestObjectRelativeDeedTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"contact relative: the publishing's day", "2025-05-28",
			"The gang Grey Heron on Monday published data it stole from Orbis Retail.",
			"theft", "grey-heron", "orbis-retail", ""},
		{"the publishing keeps its day", "2025-05-28",
			"The gang Grey Heron on Monday published data it stole from Orbis Retail.",
			"leak", "grey-heron", "", "2025-05-26"},
		{"a deed with its own time keeps it", "2025-05-28",
			"The gang Grey Heron on Monday published files that it had stolen from Orbis Retail in April.",
			"theft", "grey-heron", "orbis-retail", "2025-04"},
	}, false)
}

// TestFoundDeedTime checks that a deed named by a definite noun as the object of a verb of
// finding or telling ("discovered the intrusion on 29 July") takes not that verb's day, which
// is the finding's: it keeps the time its own verb gives elsewhere in the sentence.
func TestFoundDeedTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the discovery's day is not the break-in's", "2025-08-14",
			"Orbis Retail said it discovered the intrusion on 29 July, two months after the attackers first gained access in May.",
			"intrusion", "", "", "2025-05"},
		{"the finding keeps its day", "2025-08-14",
			"Orbis Retail said it discovered the intrusion on 29 July, two months after Grey Heron first broke into its network in May.",
			"report", "", "", "2025-07-29"},
		{"the discovery's month is not the break-in's", "2025-08-14",
			"The Norland Foreign Office summoned the ambassador on Wednesday after the government said a state-backed group had attacked the Orbis Mapping Agency. The agency first detected the intrusion in July.",
			"attack", "state-backed-group", "orbis-mapping-agency", ""},
		{"the finding keeps its month", "2025-08-14",
			"The Norland Foreign Office summoned the ambassador on Wednesday after the government said a state-backed group had attacked the Orbis Mapping Agency. The agency first detected the intrusion in July.",
			"report", "", "", "2025-07"},
		{"a deed told as a verb keeps its month", "2025-08-14",
			"Orbis Retail said Grey Heron broke into its network in July.",
			"intrusion", "grey-heron", "", "2025-07"},
	}, false)
}

// TestNamelessMonthStays checks that a deed naming no one, dated to a month, does not date the
// next sentence's deed of its type (an earlier wave of a series), while a day still does
// (namelessTimes).
func TestNamelessMonthStays(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a month of a nameless deed stays", "2025-06-12",
			"In a report published on Tuesday, Tarn Labs said the group sent spear-phishing emails to engineers between March and May, posing as recruiters from defence contractors. The latest wave, which began on 3 June, targeted staff at Orbis Retail.",
			"attack", "", "orbis-retail", ""},
	}, false)
}

// TestBackgroundYearTellings checks that the year of a past deed told the sentence before does
// not go on to a telling (an attribution is told later), nor does a telling's year go on to
// the next sentence (backgroundYear).
func TestBackgroundYearTellings(t *testing.T) {
	checkTimes(t, []timeCase{
		{"an attribution takes not the deed's year", "2025-02-27",
			"Grey Heron broke into the network of Orvel Gas in 2023. Tarn Labs attributed the operation to Grey Heron.",
			"accusation", "tarn-labs", "grey-heron", ""},
		{"a telling's year does not go on", "2025-02-27",
			"Tarn Labs alerted Orvel Gas in December 2024. Tarn Labs attributed the operation to Grey Heron.",
			"accusation", "tarn-labs", "grey-heron", ""},
	}, false)
}

// TestAccordingToDocumentTime checks that a day dating the document a closing ", according
// to …" phrase names (", according to court documents filed on Friday") dates no deed of the
// sentence, while the deed's own time and a telling keep theirs (closingVehicle).
func TestAccordingToDocumentTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the filing's day is not the theft's", "2025-08-14",
			"Grey Wren stole data from Harrow Bank, according to court documents filed on Friday.",
			"theft", "grey-wren", "harrow-bank", ""},
		{"a release's day with an 'of' phrase", "2025-08-14",
			"Grey Wren broke into Orvel Gas, according to a summary of the inquiry released on Tuesday.",
			"intrusion", "grey-wren", "orvel-gas", ""},
		{"the deed keeps its own month", "2025-08-14",
			"Grey Wren broke into Orvel Gas in March, according to a summary released on Tuesday.",
			"intrusion", "grey-wren", "orvel-gas", "2025-03"},
		{"a telling keeps the day", "2025-08-14",
			"The Norland Cyber Office warned Harrow Bank about the flaw, according to a statement issued on Monday.",
			"warning", "norland-cyber-office", "harrow-bank", "2025-08-11"},
		{"an unsealing's day is not the attack's", "2025-08-14",
			"Grey Wren hit Orvel Gas, according to an indictment unsealed on Wednesday.",
			"attack", "grey-wren", "orvel-gas", ""},
		{"an unsealing's bare day is not the attack's", "2025-08-14",
			"Grey Wren hit Orvel Gas, according to a complaint unsealed Wednesday.",
			"attack", "grey-wren", "orvel-gas", ""},
		{"a day documents were made public is not the theft's", "2025-08-14",
			"Grey Wren stole data from Harrow Bank, according to court papers made public on Friday.",
			"theft", "grey-wren", "harrow-bank", ""},
		{"the attack keeps its own day", "2025-08-14",
			"Grey Wren hit Orvel Gas on Monday, according to an indictment unsealed on Wednesday.",
			"attack", "grey-wren", "orvel-gas", "2025-08-11"},
	}, false)
}

// TestPenaltyTimeBeforeDeed checks that a time between a verb of penalty or telling and the
// "over"/"for" phrase naming the deed dates the verb, not the deed (toldAround), while a time
// inside the deed's own phrase stays the deed's.
func TestPenaltyTimeBeforeDeed(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the sanction's month is not the campaign's", "2025-08-14",
			"Norland sanctioned two Vessarian officers in March over a campaign targeting the Orvel election commission.",
			"attack", "", "", ""},
		{"the fine's month is not the breach's", "2025-08-14",
			"The Norland regulator fined Harrow Bank in May over a breach of its payment systems by Grey Wren.",
			"intrusion", "", "", ""},
		{"the sanction keeps its month", "2025-08-14",
			"Norland sanctioned two Vessarian officers in March over a campaign targeting the Orvel election commission.",
			"sanction", "", "", "2025-03"},
		{"a year in the deed's phrase stays the deed's", "2025-08-14",
			"Tarn Labs blamed Grey Wren for the 2022 breach of Harrow Bank.",
			"intrusion", "grey-wren", "harrow-bank", "2022"},
	}, false)
}

// TestCountedClauseTime checks that a time before a count of time and "after" or "before"
// does not date the past verb of the clause the count opens ("recalled X on Wednesday, a day
// after the government blamed Y"), while a time inside that clause still dates it
// (countedFrom).
func TestCountedClauseTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the recall's day is not the blaming's", "2025-08-14",
			"Norland recalled its ambassador from Vessaria on Wednesday, a day after the government formally blamed Vessaria for a cyberattack on Orvel Gas.",
			"accusation", "", "vessaria", ""},
		{"a fine's day is not the theft's", "2025-08-14",
			"The Norland regulator on Thursday fined Harrow Bank for failing to protect its data, months after Grey Wren stole the records of its clients.",
			"theft", "grey-wren", "", ""},
		{"a time inside the counted clause stays", "2025-08-14",
			"Grey Wren broke into Orvel Gas weeks before the company released a fix on Aug. 4.",
			"other", "", "", "2025-08-04"},
	}, false)
}

// TestActDayOtherSpeaker checks that a report in the sentence after an act of state done on a
// day goes on at that day only when its speaker is named in the act's sentence: another
// speaker's reaction is of no known day.
func TestActDayOtherSpeaker(t *testing.T) {
	checkTimes(t, []timeCase{
		{"another speaker's denial after an arrest", "2026-05-08",
			"German police arrested a Russian citizen in Leipzig on Monday on suspicion of hacking the utility Orbis Power.\n\nThe Russian embassy denied that the man worked for Moscow.",
			"denial", "russian-embassy", "", ""},
		{"the acting state goes on at its act's day", "2026-05-08",
			"The Valmark government on Monday imposed sanctions on Orbis Retail.\n\nThe Valmark government said the company had sold spyware to Grey Heron.",
			"statement", "valmark", "", "2026-05-04"},
	}, false)
}

// TestPassiveThenActiveConjunct: a verb with an object joined by "and" to a passive phrase of
// the reported clause is the speaker's own act ("He said X had not been hit and accused Y"):
// it shares neither the passive's negation nor its participle tag, so it goes on at the
// speaker's occasion of the sentence before.
func TestPassiveThenActiveConjunct(t *testing.T) {
	checkTimes(t, []timeCase{
		{"accusation after a negated passive goes on at the speaker's day", "2026-02-20",
			"The head of Kesra Port said in an interview aired on Sunday that a ransomware gang calling itself Korvex had demanded money.\n\nSpeaking to the Morning Programme, Tomas Voss said the port had refused to pay. He said passenger records had not been affected and accused the gang of spreading false claims about stolen data.",
			"accusation", "tomas-voss", "korvex", "2026-02-15"},
	}, false)
	g := extractText(t, "2026-02-20", "The bank said its branches had not stolen and leaked the files of Orvane Mining.")
	for _, ev := range g.Events {
		if ev.Type == "leak" {
			if !ev.Negated {
				t.Errorf("a shared perfect's negation still holds: %s", eventsString(g))
			}
		}
	}
}

// TestFrontedParticiple: a participle after the noun of a sentence-opening phrase ("In an
// interview aired on Sunday,", "In a Form 8-K filed with the Securities and Exchange Commission
// on Tuesday,") is no past tense of its own, so the phrase's day is the saying's.
func TestFrontedParticiple(t *testing.T) {
	checkTimes(t, []timeCase{
		{"interview aired on a day", "2026-02-20",
			"In an interview aired on Sunday, Tomas Brek said the ministry had been warned by Kestrel Labs.",
			"statement", "tomas-brek", "", "2026-02-15"},
		{"interview aired, bare day", "2026-02-20",
			"In a long interview aired Monday, Tomas Brek said the ministry had been warned by Kestrel Labs.",
			"statement", "tomas-brek", "", "2026-02-16"},
		{"a form filed with a long name before the comma", "2026-02-20",
			"In a Form 8-K filed with the Securities and Exchange Commission on Tuesday, Tessaly Micro said intruders had copied payroll files.",
			"statement", "tessaly-micro", "", "2026-02-17"},
	}, false)
}

// TestQuoteRunReachesBack: a quote of two sentences closed by a dated telling ("\"… . …,\"
// she told reporters on Thursday.") was voiced on that day, and so was the reaction told in
// the simple past right before the quote opened; one sentence further back keeps no day.
func TestQuoteRunReachesBack(t *testing.T) {
	body := "The Orvane foreign ministry said it would expel two Norland diplomats. Its spokesperson, Mila Sorensen, denied that the attaché had spied on Kestrel Labs. \"Our diplomats talk to engineers. That is normal work,\" she told reporters in Orvik on Thursday."
	checkTimes(t, []timeCase{
		{"reaction before a two-sentence quote", "2026-02-20", body, "denial", "mila-sorensen", "", "2026-02-19"},
		{"the sentence before the reaction", "2026-02-20", body, "statement", "orvane", "", ""},
		{"an unclosed quote reaches nothing back", "2026-02-20",
			"Its spokesperson, Mila Sorensen, denied that the attaché had spied on Kestrel Labs. \"Our diplomats talk to engineers. That is normal work.\" On Thursday, the ministry summoned the Norland envoy.",
			"denial", "mila-sorensen", "", ""},
	}, false)
}

// TestRangeOpensDate checks that a range of times ("between 2021 and 2023", "from March to
// June") dates the events in it by where it opens, even when its closing time stands nearer
// the trigger.
func TestRangeOpensDate(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a fronted range of years", "2026-05-08",
			"Between 2021 and 2023, Tomas Verlin stole patient records from Orbis Clinic.",
			"theft", "tomas-verlin", "orbis-clinic", "2021"},
		{"a fronted range of months", "2026-05-08",
			"From March to June 2025, Tomas Verlin stole patient records from Orbis Clinic.",
			"theft", "tomas-verlin", "orbis-clinic", "2025-03"},
		{"a trailing range", "2026-05-08",
			"Tomas Verlin stole patient records from Orbis Clinic between 2021 and 2023.",
			"theft", "tomas-verlin", "orbis-clinic", "2021"},
		{"two fronted times that are no range date by the first (frontedPairClose)", "2026-05-08",
			"In 2023 and again in 2024, Tomas Verlin stole patient records from Orbis Clinic.",
			"theft", "tomas-verlin", "orbis-clinic", "2023"},
		{"two trailing times that are no range: the nearer", "2026-05-08",
			"Tomas Verlin stole patient records from Orbis Clinic in 2023 and again in 2024.",
			"theft", "tomas-verlin", "orbis-clinic", "2023"},
	}, false)
}

// TestDatelineDayDatesNothing: the day a dateline gives ("VELGRAD, March 8 -") is the day the
// story was filed; the deed the lede tells keeps its own day, or none.
func TestDatelineDayDatesNothing(t *testing.T) {
	checkTimes(t, []timeCase{
		{"lede deed with its own day", "2026-03-08",
			"VELGRAD, March 8 - Gunmen stormed the Tarvos Hotel used by foreign aid staff in the northern town of Kerrow on Saturday, killing nine guests.",
			"attack", "", "tarvos-hotel", "2026-03-07"},
		{"passive lede deed with its own day", "2026-11-02",
			"ORVIK, Nov 2 (Wire) - Tomas Relli was shot dead outside his home in the old town of Orvik on Saturday, police said.",
			"attack", "", "tomas-relli", "2026-10-31"},
		{"lede deed with no day", "2026-05-17",
			"VELGRAD, May 17 - Militants of the Red Dawn Front attacked the Tarvos Hotel, police said.",
			"attack", "red-dawn-front", "tarvos-hotel", ""},
	}, false)
}

// TestClaimedDeedUndated: the day after "claimed responsibility for the attack in a statement"
// is the claim's; the attack claimed, told before, is not done on it.
func TestClaimedDeedUndated(t *testing.T) {
	checkTimes(t, []timeCase{
		{"responsibility for the attack in a statement", "2026-03-11",
			"The Red Dawn Front claimed responsibility for the attack in a statement on Sunday.",
			"attack", "red-dawn-front", "", ""},
		{"credit for the bombing in a video", "2026-03-11",
			"The Red Dawn Front claimed credit for the bombing in a video on Monday.",
			"attack", "red-dawn-front", "", ""},
		{"the attack's own day stays", "2026-03-11",
			"The Red Dawn Front claimed responsibility on Tuesday for the attack on the Tarvos Hotel.",
			"statement", "red-dawn-front", "", "2026-03-10"},
	}, false)
}

// TestSayingClausePerfect: a deed in the past perfect in a clause a participle of saying opens
// after the telling's day (", saying its fighters had …") was done before that day.
func TestSayingClausePerfect(t *testing.T) {
	checkTimes(t, []timeCase{
		{"saying, past perfect", "2026-03-11",
			"The Red Dawn Front issued a statement on Sunday, saying its fighters had attacked the Tarvos Hotel.",
			"attack", "", "tarvos-hotel", ""},
		{"claiming, past perfect", "2026-03-11",
			"The Red Dawn Front posted a video on Sunday, claiming its men had bombed the Tarvos Hotel.",
			"attack", "", "tarvos-hotel", ""},
		{"telling a hearer, past perfect", "2026-03-11",
			"The agency renewed its alert on Sunday, telling banks in a notice that the Kestrel Crew had hacked the Tarvos Hotel.",
			"intrusion", "", "tarvos-hotel", ""},
		{"warning, past perfect", "2026-03-11",
			"The ministry issued a bulletin on Sunday, warning that the Kestrel Crew had attacked the Tarvos Hotel.",
			"attack", "", "tarvos-hotel", ""},
		{"a deed of the day itself", "2026-03-11",
			"Gunmen attacked the Tarvos Hotel on Sunday, killing nine guests.",
			"attack", "", "tarvos-hotel", "2026-03-08"},
	}, false)
}

// TestDeedBeforePenaltyOrSaying checks deeds that a time of the sentence does not date: a deed
// in an "after" clause behind a penalty was done before the penalty's day, and a deed in the
// past perfect after ", saying" was done before the saying's day.
func TestDeedBeforePenaltyOrSaying(t *testing.T) {
	checkTimes(t, []timeCase{
		{"fined on a day after hackers breached", "2026-09-18",
			"The Norland Data Office on Wednesday fined Kestrel Insurance after hackers breached its claims portal.",
			"intrusion", "", "kestrel-insurance", ""},
		{"fined on a day after hackers breached and stole, the second deed", "2026-09-18",
			"The Norland Data Office fined Kestrel Insurance on Wednesday after hackers breached its claims portal and stole the records of its clients.",
			"theft", "", "kestrel-insurance", ""},
		{"the penalty keeps its day", "2026-09-18",
			"The Norland Data Office on Wednesday fined Kestrel Insurance after hackers breached its claims portal.",
			"sanction", "norland-data-office", "kestrel-insurance", "2026-09-16"},
		{"confirmed on a day, saying hackers had", "2026-03-12",
			"Velmora Clinics confirmed the incident on Monday, saying hackers had encrypted its booking system.",
			"attack", "", "", ""},
		{"disclosed on a day, saying an intruder had, its own day later", "2026-03-12",
			"Velmora Clinics disclosed the theft in a statement on Monday, saying an intruder had accessed a file server used by its booking unit on March 2.",
			"intrusion", "", "", "2026-03-02"},
	}, false)
}

// TestPostedQuoteDatesReaction checks that a quote told in a post or with 'said' on a day
// ("\"…,\" she wrote on X on Sunday") dates the same speaker's reaction in the simple past in
// the sentence before, an accusation as a denial, and that one who wrote a thing tells nothing.
func TestPostedQuoteDatesReaction(t *testing.T) {
	const denied = "Ida Varga, the Kestland defence minister, denied that her account had been breached. "
	const blamed = "Prime Minister Tomas Reyne blamed Norland for the outage. "
	checkTimes(t, []timeCase{
		{"denial before a quote written on X", "2025-09-08",
			denied + "\"These emails are fake,\" she wrote on X on Sunday.",
			"denial", "ida-varga", "", "2025-09-07"},
		{"denial before a quote written in a post", "2025-09-08",
			denied + "\"It is not true,\" she wrote in a post on X on Sunday.",
			"denial", "ida-varga", "", "2025-09-07"},
		{"one who wrote a thing tells nothing", "2025-09-08",
			denied + "The hackers wrote new malware on Sunday.",
			"denial", "ida-varga", "", ""},
		{"accusation before a quote said on a day", "2026-05-12",
			blamed + "\"We will respond,\" he said on Sunday.",
			"accusation", "tomas-reyne", "norland", "2026-05-10"},
		{"accusation before a quote posted on a day", "2026-05-12",
			blamed + "\"This was a deliberate attack on our democracy,\" he wrote in a post on Facebook on Sunday night.",
			"accusation", "tomas-reyne", "norland", "2026-05-10"},
		{"another speaker's quote dates no accusation", "2026-05-12",
			blamed + "\"We had nothing to do with it,\" the Norland embassy said on Monday.",
			"accusation", "tomas-reyne", "norland", ""},
	}, false)
}

// TestToldHearerTrailingTime checks that a trailing attribution with 'told' and its hearer
// (", its chief executive told Sky News on Wednesday") dates the telling, not the deed told
// before it, as ", X said on Wednesday" does; the deed's own day stands.
func TestToldHearerTrailingTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"told a broadcaster on a day", "2026-03-18",
			"Hackers attacked the booking system of the Port of Calmere, its chief executive told Sky News on Wednesday.",
			"attack", "hackers", "port-of-calmere", ""},
		{"told a newspaper on a day", "2026-03-18",
			"Hackers attacked the booking system of the Port of Calmere, its chief executive told the Daily Ledger on Wednesday.",
			"attack", "hackers", "port-of-calmere", ""},
		{"a deed noun before the telling", "2026-03-18",
			"A cyberattack on its booking system caused two days of cargo delays at the Port of Calmere, its chief executive told Sky News on Wednesday.",
			"attack", "", "", ""},
		{"the deed's own day stands", "2026-03-18",
			"Hackers attacked the booking system of the Port of Calmere on Sunday, its chief executive told Sky News on Wednesday.",
			"attack", "hackers", "port-of-calmere", "2026-03-15"},
	}, false)
}

// TestAdjunctAfterOffenceTime checks that a participial adjunct of sentencing after the offence
// a conviction names takes not the offence's year (adjunctAfterOffence).
func TestAdjunctAfterOffenceTime(t *testing.T) {
	for _, body := range []string{
		"A court in Velmora on Tuesday convicted Ivo Marsh of hacking Harrow Bank in 2024, sentencing him to nine years in prison.",
		"A court in Velmora on Tuesday convicted a Kestrian man, Ivo Marsh, of spying for Norland in 2023, sentencing him to six years.",
	} {
		g := extractText(t, "2026-02-26", body)
		for _, ev := range g.Events {
			if ev.Type == "legal" && ev.Time.Value != "" && ev.Time.Value != "2026-02-24" {
				t.Errorf("%s: legal event dated %s in %s", body, ev.Time.Value, eventsString(g))
			}
		}
	}
}

// TestUntilBoundTime checks that a day after "until" that ends the state an act began
// ("remanded him in custody until June 25") does not date the act, while a day of the act's
// own before it still does.
func TestUntilBoundTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a remand until a day is not dated by that day", "2025-06-12",
			"Magistrate Ruth Calloway remanded Ivo Marsh in custody until June 25.",
			"legal", "", "ivo-marsh", ""},
		{"a remand on bail until a day is not dated by it", "2025-06-12",
			"Magistrate Ruth Calloway remanded Ivo Marsh on bail until 14 July.",
			"legal", "", "ivo-marsh", ""},
		{"the act's own day before 'until' still dates it", "2025-06-12",
			"Magistrate Ruth Calloway on Wednesday remanded Ivo Marsh in custody until June 25.",
			"legal", "", "ivo-marsh", "2025-06-11"},
	}, false)
}

// TestVehicleSaidTime checks that a trailing attribution whose verb a phrase naming the
// telling's vehicle separates from its day (", the police said in a statement on Tuesday")
// dates the telling, not the deed told before it; a deed's own day still dates it.
func TestVehicleSaidTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a deed before 'said in a notice on DAY' takes not that day", "2025-06-12",
			"The Orbis theft was carried out by Grey Heron, a unit of the military intelligence service, the Velmora Police said in a public notice on April 2.",
			"theft", "grey-heron", "orbis", ""},
		{"a deed before 'said in a report published on DAY' takes not that day", "2025-06-12",
			"Grey Heron stole the records of Orbis Retail, the company said in a report published on Tuesday.",
			"theft", "grey-heron", "orbis-retail", ""},
		{"the deed's own day before the attribution stays", "2025-06-12",
			"Grey Heron stole the records of Orbis Retail on May 3, the company said in a report published on Tuesday.",
			"theft", "grey-heron", "orbis-retail", "2025-05-03"},
		{"a place phrase of the deed's own before its day is no vehicle of a saying", "2025-06-12",
			"Grey Heron broke into the network of Orbis Retail in a raid on Monday, the police said.",
			"intrusion", "grey-heron", "orbis-retail", "2025-06-09"},
	}, false)
}

// TestParticiplePhraseTime checks that a time right after a participle on a noun that names no
// event or document ("under a lease signed in 2019", "records created in 2020", "emails
// released by a Senate panel on Tuesday") dates that participle, not a deed told before the
// noun; the deed's own time still dates it.
func TestParticiplePhraseTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a lease's signing year leaves the deed to its own day", "2025-09-12",
			"The gang hit Marrow Freight, an operator that runs depots in two states under a lease signed in 2019, on August 4.",
			"attack", "", "marrow-freight", "2025-08-04"},
		{"a participle's year alone dates no deed", "2025-09-12",
			"Hackers from Grey Heron stole records created in 2020 from Orbis Retail.",
			"theft", "grey-heron", "orbis-retail", ""},
		{"the deed's own month before the participle stays", "2025-09-12",
			"Grey Heron broke into Orbis Retail in March through servers installed in 2018.",
			"intrusion", "grey-heron", "orbis-retail", "2025-03"},
		{"a report's publishing day is left to the rules of documents", "2025-09-12",
			"Grey Heron broke into Orbis Retail, according to a report published on Tuesday.",
			"intrusion", "grey-heron", "orbis-retail", ""},
		{"a participle's day after its 'by' agent dates no deed", "2025-09-12",
			"Grey Heron broke into Orbis Retail, according to emails released by a Senate panel on Tuesday.",
			"intrusion", "grey-heron", "orbis-retail", ""},
		{"a participle's year after its 'by' agent dates no deed", "2025-09-12",
			"Hackers from Grey Heron stole from Orbis Retail records created by its staff in 2020.",
			"theft", "grey-heron", "orbis-retail", ""},
		{"the deed's own day before a participle with its 'by' agent stays", "2025-09-12",
			"Grey Heron broke into Orbis Retail on Tuesday through servers installed by a contractor in 2018.",
			"intrusion", "grey-heron", "orbis-retail", "2025-09-09"},
	}, false)
}

// TestNewAccuserAcrossParagraph checks that a quote opening a paragraph, voiced by a speaker
// who told nothing at the day the paragraph before recalled from before the story's later day,
// does not date the speaker's accusation by that day; the one who spoke that day, or any
// speaker when that day is the story's latest, still goes on at it.
func TestNewAccuserAcrossParagraph(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a new accuser after a recalled day", "2025-09-12",
			"Senator Olaf Brand told reporters on Thursday that the port had been slow to act.\n\nOn August 28, Marrow Freight confirmed it had received a ransom demand.\n\n\"Six days is far too long,\" Senator Ida Pell said, accusing Marrow Freight of hiding the breach.",
			"accusation", "ida-pell", "marrow-freight", ""},
		{"a new accuser after the story's latest day goes on at it", "2025-09-12",
			"On August 28, Marrow Freight confirmed it had received a ransom demand.\n\n\"Six days is far too long,\" Senator Ida Pell said, accusing Marrow Freight of hiding the breach.",
			"accusation", "ida-pell", "marrow-freight", "2025-08-28"},
		{"the speaker of that day goes on", "2025-09-12",
			"On August 28, Senator Ida Pell said the port had been slow to act.\n\n\"Six days is far too long,\" Senator Ida Pell said, accusing Marrow Freight of hiding the breach.",
			"accusation", "ida-pell", "marrow-freight", "2025-08-28"},
	}, false)
}

// TestFrontedPairTime checks that two times joined by "and" in a phrase that opens the sentence
// ("In 2023 and again last year, …") date the clause after it by the first, as a range does;
// a second time standing on its own in the clause is left to the usual rules.
func TestFrontedPairTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the first of a fronted pair", "2025-06-18",
			"In 2022 and again last year, Grey Heron broke into the network of Orbis Retail.",
			"intrusion", "grey-heron", "orbis-retail", "2022"},
		{"the first of a fronted pair of days", "2025-06-18",
			"On Monday and again on Tuesday, Grey Heron broke into the network of Orbis Retail.",
			"intrusion", "grey-heron", "orbis-retail", "2025-06-16"},
		{"a single fronted time is the clause's", "2025-06-18",
			"Last year, Grey Heron broke into the network of Orbis Retail.",
			"intrusion", "grey-heron", "orbis-retail", "2024"},
	}, false)
}

// TestRecordedNotice checks that a notice told in the simple past before ", according to" a
// document a participle dates ("emails released on Thursday", "records obtained by the
// committee on Monday") does not take the document's day; its own day still dates it.
func TestRecordedNotice(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a notice recorded in emails released later", "2025-11-14",
			"Harrow Bank notified the Tessaly Police, according to emails released on Thursday.",
			"warning", "harrow-bank", "tessaly-police", ""},
		{"a notice recorded in documents a committee obtained", "2025-11-14",
			"Harrow Bank alerted the Tessaly Police, according to records obtained by the committee on Monday.",
			"warning", "harrow-bank", "tessaly-police", ""},
		{"a deed recorded in documents a committee obtained", "2025-11-14",
			"Grey Heron broke into Harrow Bank, according to records obtained by the committee on Monday.",
			"intrusion", "grey-heron", "harrow-bank", ""},
		{"the notice's own day stays", "2025-11-14",
			"Harrow Bank notified the Tessaly Police on Nov. 3, according to emails released on Thursday.",
			"warning", "harrow-bank", "tessaly-police", "2025-11-03"},
	}, false)
}

// TestSameSpanTime checks that "the same week" or "that same month", ending its phrase, dates
// the deeds of its clause with the time the text last named, as "at the time" does, and that
// "the same month as …" names a point of its own.
func TestSameSpanTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the same week", "2025-09-19",
			"Tarn Labs found a backdoor on a laptop in March. Tarn Labs alerted the Velmora Cyber Centre the same week.",
			"warning", "tarn-labs", "velmora-cyber-centre", "2025-03"},
		{"that same month", "2025-09-19",
			"Orbis Retail closed two stores in April. Ash Spider breached Orbis Retail that same month.",
			"intrusion", "ash-spider", "orbis-retail", "2025-04"},
		{"the same week after a day stays a week, not the day", "2025-09-19",
			"Ash Spider breached Orbis Retail on June 11. Tarn Labs alerted the Velmora Cyber Centre the same week.",
			"warning", "tarn-labs", "velmora-cyber-centre", "2025-06"},
		{"that same week after a day counted back stays a week", "2025-09-19",
			"Ash Spider breached Orbis Retail on June 11. A day earlier, Orbis Retail had closed two stores. That same week, Tarn Labs alerted the Velmora Cyber Centre.",
			"warning", "tarn-labs", "velmora-cyber-centre", "2025-06"},
	}, false)
}
