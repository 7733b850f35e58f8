package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQuotedDayDatesNoTelling checks that a day named inside a quotation ("… is still inside
// the network today,") is the quote's: it neither dates the saying outside the quotation nor
// becomes the day the story is at for the tellings after it (clauseVerbDay, speakerDay,
// paragraphDays), while a day outside the quotation still does.
func TestQuotedDayDatesNoTelling(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a quoted 'today' leaves the saying undated", "2026-05-14",
			"Harrow Bank restored its systems in May. Lena Ostrova said Grey Heron \"is still inside the bank's network today.\" She said the Norland Cyber Agency had warned Harrow Bank about the intrusion.",
			schema.EventStatement, "lena-ostrova", "", ""},
		{"a quoted 'today' gives the next sentence's accusation no day", "2026-05-14",
			"Harrow Bank restored its systems in May. Lena Ostrova told reporters that Grey Heron \"is still inside the bank's network today.\" The Norland Cyber Agency accused Grey Heron of stealing payroll files from the bank.",
			schema.EventAccusation, "norland-cyber-agency", "grey-heron", ""},
		{"nor that of the next paragraph's sentence", "2026-05-14",
			"Harrow Bank restored its systems in May.\n\nLena Ostrova, the agency's director, said Grey Heron \"remains active in the bank's network today.\" The Norland Cyber Agency accused Grey Heron of the intrusion.",
			schema.EventAccusation, "norland-cyber-agency", "grey-heron", ""},
		{"a day outside the quotation still dates the saying", "2026-05-14",
			"Harrow Bank restored its systems in May. Lena Ostrova said on Wednesday that Grey Heron \"is still inside the bank's network today.\"",
			schema.EventStatement, "lena-ostrova", "", "2026-05-13"},
	}, false)
}

// TestPossessiveDayOccasion checks that an occasion of telling opening the sentence with its
// day as a possessive ("At Wednesday's hearing, …", "During Monday's news conference, …"), or
// with its day after the noun ("At a news conference on Monday, …"), is the scene the tellings
// of the next sentence go on at (frontedOccasion, possessiveOccasion), and that a possessive
// hearing before lawmakers dates the tellings to them after it (hearingHeldDay); a court's
// hearing so told is none.
func TestPossessiveDayOccasion(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the saying after a possessive news conference goes on at its day", "2026-05-15",
			"Harrow Bank restored its systems in May.\n\nDuring Monday's news conference, Lena Ostrova declined to discuss the inquiry but said Grey Heron remained active. Ostrova said the agency had warned 40 firms since 2024 that they had been targeted.",
			schema.EventStatement, "lena-ostrova", "", "2026-05-11"},
		{"so after a news conference with its day after the noun", "2026-05-15",
			"Harrow Bank restored its systems in May.\n\nAt a news conference on Monday, Lena Ostrova declined to discuss the inquiry but said Grey Heron remained active. Ostrova said the agency had warned 40 firms since 2024 that they had been targeted.",
			schema.EventStatement, "lena-ostrova", "", "2026-05-11"},
		{"a telling to senators goes on at the day of the possessive hearing", "2026-05-15",
			"Harrow Bank restored its systems in May.\n\nAt Wednesday's hearing of the Senate Intelligence Committee, Lena Ostrova declined to discuss the leak but said Grey Heron remained active. The bank was breached in March.\n\nLena Ostrova told senators the agency was sharing indicators with banks.",
			schema.EventStatement, "lena-ostrova", "senate-intelligence-committee", "2026-05-13"},
		{"so a senator's accusation", "2026-05-15",
			"Harrow Bank restored its systems in May.\n\nAt Wednesday's hearing of the Senate Intelligence Committee, Lena Ostrova declined to discuss the leak but said Grey Heron remained active. The bank was breached in March.\n\nSenator Jon Vask accused Grey Heron of stealing payroll files from the bank.",
			schema.EventAccusation, "jon-vask", "grey-heron", "2026-05-13"},
		{"a court's possessive hearing dates no testimony after it", "2026-05-15",
			"Harrow Bank restored its systems in May.\n\nAt Wednesday's bail hearing, the Tessaly District Court heard the case. The bank was breached in March.\n\nJon Vask testified that the bank had paid no ransom.",
			schema.EventStatement, "jon-vask", "harrow-bank", ""},
	}, false)
}

// TestAfterCourtStep checks that a telling the sentence says came after or at a step only a
// court takes, named again with "the" ("In a statement issued after the sentencing, …",
// "Following the verdict, …", "At the hearing, …"), takes the day of the court's step told before (afterCourtStep,
// courtStepDay), and that an arrest told before gives it none.
func TestAfterCourtStep(t *testing.T) {
	const sentenced = "Tomas Verlin, a former engineer at Harrow Bank, was sentenced on Wednesday to three years in jail for selling customer records to Grey Heron.\n\n"
	checkTimes(t, []timeCase{
		{"a statement issued after the sentencing takes the sentencing's day", "2026-03-14",
			sentenced + "In a statement issued after the sentencing, the Norland Interior Ministry said the case showed that foreign spies were targeting banks.",
			schema.EventStatement, "norland-interior-ministry", "", "2026-03-11"},
		{"so a saying following the verdict", "2026-03-14",
			sentenced + "Following the verdict, his lawyer, Ana Brell, said his client would appeal.",
			schema.EventStatement, "ana-brell", "", "2026-03-11"},
		{"a denial at the hearing takes the sitting's day", "2026-03-14",
			sentenced + "At the hearing, Verlin denied selling the records to Grey Heron.",
			schema.EventDenial, "tomas-verlin", "", "2026-03-11"},
		{"so an accusation during the sentencing", "2026-03-14",
			sentenced + "During the sentencing, prosecutor Ana Brell accused Grey Heron of recruiting bank staff.",
			schema.EventAccusation, "ana-brell", "grey-heron", "2026-03-11"},
		{"a hearing with its own time after it is another", "2026-03-14",
			sentenced + "At the hearing on March 2, Verlin denied selling the records to Grey Heron.",
			schema.EventDenial, "tomas-verlin", "", "2026-03-02"},
		{"an arrest is no court's step", "2026-03-14",
			"Tomas Verlin, a former engineer at Harrow Bank, was arrested on Wednesday for selling customer records to Grey Heron.\n\nIn a statement issued after the sentencing, the Norland Interior Ministry said the case showed that foreign spies were targeting banks.",
			schema.EventStatement, "norland-interior-ministry", "", ""},
	}, false)
}

// TestSittingLeadVerb checks that a lead telling a step taken at a court's sitting with its day
// right after the verb ("pleaded guilty Friday", "was sentenced on Wednesday") gives the day of
// the sitting even when its subject is only described and so no party of a step found
// (sittingVerbBefore), as does a court or jury that "heard" on a day (benchHeardBefore), that a
// court's hearing named again ("said after the hearing") is that
// sitting, and that a plea yet to come, a plea with no day and a hearing before lawmakers give
// none.
func TestSittingLeadVerb(t *testing.T) {
	const filler = "\n\nThe bank was breached in 2024. Officials gave no details.\n\n"
	checkTimes(t, []timeCase{
		{"a described defendant's plea dates what is said outside the courthouse", "2026-03-14",
			"A former engineer at Harrow Bank pleaded guilty Friday to selling customer records to Grey Heron." + filler + "His lawyer, Ana Brell, said outside the courthouse that her client regretted his conduct.",
			schema.EventStatement, "ana-brell", "", "2026-03-13"},
		{"so a plea of not guilty on a weekday and a telling to reporters", "2026-03-14",
			"Two former clerks at Harrow Bank pleaded not guilty on Tuesday to selling customer records." + filler + "Their lawyer, Ana Brell, told reporters outside the court that they would fight the charges.",
			schema.EventStatement, "ana-brell", "", "2026-03-10"},
		{"a statement after the hearing takes the sentencing's day", "2026-03-14",
			"A hacker who stole card numbers from Harrow Bank was sentenced on Wednesday to eight years in prison." + filler + "Prosecutor Ana Brell said in a statement after the hearing that the term sent a message.",
			schema.EventStatement, "ana-brell", "", "2026-03-11"},
		{"a jury that heard on a day sets the trial's sitting", "2026-03-14",
			"A former engineer sold customer records to Grey Heron, a jury in the Norland capital heard on Tuesday." + filler + "Prosecutor Ana Brell told the court that the engineer had been paid in cryptocurrency.",
			schema.EventStatement, "ana-brell", "", "2026-03-10"},
		{"so jurors who heard on a day, before what they heard", "2026-03-14",
			"Jurors heard on Tuesday that a former engineer sold customer records to Grey Heron." + filler + "Prosecutor Ana Brell told the court that the engineer had been paid in cryptocurrency.",
			schema.EventStatement, "ana-brell", "", "2026-03-10"},
		{"a committee that heard on a day sets no court's sitting", "2026-03-14",
			"A former engineer sold customer records to Grey Heron, the committee heard on Tuesday." + filler + "Prosecutor Ana Brell told the court that the engineer had been paid in cryptocurrency.",
			schema.EventStatement, "ana-brell", "", ""},
		{"a plea yet to come gives no sitting", "2026-03-14",
			"A former engineer at Harrow Bank will plead guilty on Friday to selling customer records, his lawyer said." + filler + "His lawyer, Ana Brell, said outside the courthouse that her client regretted his conduct.",
			schema.EventStatement, "ana-brell", "", ""},
		{"a sentencing still to come gives no sitting", "2026-03-14",
			"A former engineer at Harrow Bank pleaded guilty to selling customer records and will be sentenced on March 20." + filler + "His lawyer, Ana Brell, said outside the courthouse that her client regretted his conduct.",
			schema.EventStatement, "ana-brell", "", ""},
		{"so one scheduled for a weekday after the day of writing", "2026-03-14",
			"A former engineer at Harrow Bank is scheduled to be sentenced on Friday for selling customer records." + filler + "Outside court, his lawyer, Ana Brell, said that her client regretted his conduct.",
			schema.EventStatement, "ana-brell", "", ""},
		{"a sentencing with no day gives none", "2026-03-14",
			"A former engineer at Harrow Bank who pleaded guilty in January was sentenced to six years in prison." + filler + "His lawyer, Ana Brell, said outside the courthouse that her client regretted his conduct.",
			schema.EventStatement, "ana-brell", "", ""},
		{"after a hearing before lawmakers the hearing is theirs", "2026-03-14",
			"A former clerk at Harrow Bank pleaded guilty on Friday to selling customer records to Grey Heron.\n\nThe head of the bank, Lena Ostrova, told a Senate committee on Thursday that the breach had cost millions.\n\nSenator Jon Vask said after the hearing that the bank had failed its customers.",
			schema.EventStatement, "jon-vask", "", "2026-03-12"},
	}, false)
}

// TestAtCourtSitting checks that a telling or step the sentence puts at a court's sitting,
// with no time of its own, takes the day of the sitting the lead tells (courtLeadDay, atCourt),
// not that of a step told later but taken before it: a step taken before a judge, a telling to
// the court, a defendant speaking through an interpreter and an argument counsel made; and
// that a telling with none of these, one whose own clause gives another day, and one in a
// story whose lead tells no sitting are left as they were.
func TestAtCourtSitting(t *testing.T) {
	const sentenced = "Tomas Verlin, a former engineer at Harrow Bank, was sentenced on Thursday to three years in prison for selling customer records to Grey Heron.\n\nThe bank was breached in 2024.\n\n"
	const inCourt = "A Tessaly man admitted in federal court on Tuesday that he had sold customer records from Harrow Bank to Grey Heron.\n\nThe bank was breached in 2024.\n\n"
	checkTimes(t, []timeCase{
		{"a plea before a judge takes the day of the lead's court", "2026-03-14",
			inCourt + "Tomas Verlin, 44, pleaded guilty before Chief District Judge Mara Olsen to one count of fraud.",
			schema.EventLegal, "tomas-verlin", "", "2026-03-10"},
		{"a telling to the court takes the sentencing's day", "2026-03-14",
			sentenced + "A prosecutor, Ana Brell, told the court that Verlin had been paid in cryptocurrency.",
			schema.EventStatement, "ana-brell", "", "2026-03-12"},
		{"a step told later but taken before the lead's sitting gives way to it", "2026-03-14",
			sentenced + "Verlin pleaded guilty on March 2 to one count of fraud.\n\nA prosecutor, Ana Brell, told the court that Verlin had been paid in cryptocurrency.",
			schema.EventStatement, "ana-brell", "", "2026-03-12"},
		{"so one spoken through an interpreter", "2026-03-14",
			sentenced + "Speaking through a Norlandic interpreter, Tomas Verlin apologised to the bank and said he had needed the money.",
			schema.EventStatement, "tomas-verlin", "", "2026-03-12"},
		{"so what counsel argued", "2026-03-14",
			sentenced + "His lawyer, Ana Brell, argued for a shorter term, saying her client had been manipulated by Grey Heron.",
			schema.EventStatement, "ana-brell", "", "2026-03-12"},
		{"so one said in court papers, a document", "2026-03-14",
			sentenced + "A prosecutor, Ana Brell, said in court papers that Verlin had been paid in cryptocurrency.",
			schema.EventStatement, "ana-brell", "", ""},
		{"a plain saying stays undated", "2026-03-14",
			sentenced + "His lawyer, Ana Brell, said her client had been manipulated by Grey Heron.",
			schema.EventStatement, "ana-brell", "", ""},
		{"a telling to the court with a day of its own keeps it", "2026-03-14",
			sentenced + "A prosecutor, Ana Brell, told the court in January that Verlin had been paid in cryptocurrency.",
			schema.EventStatement, "ana-brell", "", "2026-01"},
		{"a lead that tells no sitting gives none", "2026-03-14",
			"Tomas Verlin, a former engineer at Harrow Bank, was arrested on Thursday for selling customer records to Grey Heron.\n\nThe bank was breached in 2024.\n\nA prosecutor, Ana Brell, told the court that Verlin had been paid in cryptocurrency.",
			schema.EventStatement, "ana-brell", "", ""},
	}, false)
}

// TestAtCourt checks, on tagged tokens, the phrases that put a telling or step at a court's
// sitting and those that look like them but do not (atCourt); tagged tokens carry no offsets,
// so only whether a phrase is found is checked, not its words.
func TestAtCourt(t *testing.T) {
	tests := []struct {
		name, text string
		at, before bool
	}{
		{"told the court", "Brell/NNP told/VBD the/DT court/NN that/IN", true, false},
		{"told a judge by title and name", "Brell/NNP told/VBD District/NNP Judge/NNP Mara/NNP Olsen/NNP that/IN", true, false},
		{"pleaded before a judge", "Verlin/NNP pleaded/VBD guilty/JJ before/IN U.S./NNP District/NNP Judge/NNP Mara/NNP Olsen/NNP to/TO fraud/NN", true, true},
		{"through an interpreter", "Speaking/VBG through/IN an/DT interpreter/NN ,/, Verlin/NNP said/VBD", true, false},
		{"counsel argued", "His/PRP$ attorney/NN ,/, Ana/NNP Brell/NNP ,/, argued/VBD that/IN", true, false},
		{"outside the courthouse", "Brell/NNP said/VBD outside/IN the/DT courthouse/NN that/IN", true, false},
		{"fronted outside court", "Outside/IN court/NN ,/, Brell/NNP told/VBD reporters/NNS that/IN", true, false},
		{"speaking outside the courthouse", "Brell/NNP ,/, speaking/VBG outside/IN the/DT courthouse/NN ,/, said/VBD", true, false},
		{"outside the courthouse closing the sentence", "said/VBD Brell/NNP ,/, his/PRP$ attorney/NN ,/, outside/IN the/DT courthouse/NN ./.", true, false},
		{"as she left court", "Brell/NNP said/VBD as/IN she/PRP left/VBD court/NN that/IN", true, false},
		{"leaving the courthouse, fronted", "Leaving/VBG the/DT courthouse/NN ,/, Brell/NNP said/VBD", true, false},
		{"outside the court in what is told is none", "Brell/NNP said/VBD he/PRP waited/VBD outside/IN the/DT court/NN for/IN hours/NNS", false, false},
		{"outside the court after a comma, not closing the sentence, is none", "Brell/NNP said/VBD ,/, outside/IN the/DT court/NN ,/, that/IN he/PRP waited/VBD", false, false},
		{"left court with no speaker before is none", "He/PRP left/VBD court/NN early/RB", false, false},
		{"said in court", "Brell/NNP said/VBD in/IN court/NN that/IN", true, false},
		{"in court, fronted", "In/IN court/NN ,/, Brell/NNP said/VBD", true, false},
		{"in court in what is told is none", "Brell/NNP said/VBD he/PRP sat/VBD in/IN court/NN", false, false},
		{"said in the courtroom", "Brell/NNP said/VBD in/IN the/DT courtroom/NN that/IN", true, false},
		{"in the courtroom closing the telling", "''/'' Verlin/NNP said/VBD ,/, his/PRP$ words/NNS slow/JJ and/CC halting/JJ in/IN the/DT courtroom/NN ./.", true, false},
		{"in court closing a participle after the telling", "''/'' said/VBD Brell/NNP ,/, standing/VBG in/IN court/NN ./.", true, false},
		{"in court closing what is told is none", "Brell/NNP said/VBD the/DT files/NNS were/VBD shown/VBN in/IN court/NN ./.", false, false},
		{"in the courtroom closing with no comma after the telling is none", "Brell/NNP said/VBD he/PRP cried/VBD in/IN the/DT courtroom/NN ./.", false, false},
		{"a statement announcing the charges", "the/DT agency/NN said/VBD in/IN a/DT statement/NN announcing/VBG the/DT charges/NNS ./.", true, false},
		{"a news conference announcing the indictment", "Brell/NNP said/VBD at/IN a/DT news/NN conference/NN announcing/VBG the/DT new/JJ indictment/NN ./.", true, false},
		{"announcing a product is none", "Brell/NNP said/VBD in/IN a/DT statement/NN announcing/VBG the/DT new/JJ service/NN ./.", false, false},
		{"announcing with no occasion noun is none", "Brell/NNP spoke/VBD ,/, announcing/VBG the/DT charges/NNS ./.", false, false},
		{"a courtroom's sketch is none", "Brell/NNP said/VBD ,/, pointing/VBG to/TO a/DT sketch/NN in/IN the/DT courtroom/NN 's/POS gallery/NN ./.", false, false},
		{"'before' opening a clause on a court is none", "The/DT bank/NN paid/VBD before/IN the/DT court/NN ordered/VBD a/DT freeze/NN", false, false},
		{"a court's clerk is no bench", "Brell/NNP told/VBD the/DT court/NN 's/POS clerk/NN that/IN", false, false},
		{"a researcher's argument is none", "The/DT researcher/NN ,/, Ana/NNP Brell/NNP ,/, argued/VBD that/IN", false, false},
		{"a plain saying is none", "Brell/NNP said/VBD the/DT files/NNS were/VBD stolen/VBN", false, false},
	}
	x, err := New()
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words, before := x.atCourt(taggedToks(tt.text), false)
			assert.Equal(t, tt.at, words != "", "at court: %q", words)
			assert.Equal(t, tt.before, before >= 0, "before at %d", before)
		})
	}
}

// TestMeetingNamedAgain checks that a meeting is an occasion of telling: once a sentence gives
// it its day ("Residents at a council meeting on Monday said …"), a telling told "at the
// meeting" with no time of its own takes that day (nameOccasions, namedDay), while one at a
// meeting the story gave no day stays undated.
func TestMeetingNamedAgain(t *testing.T) {
	const meeting = "Velmora Water was hit by ransomware in March.\n\nResidents at a town council meeting on Monday said the utility had kept them in the dark.\n\n"
	checkTimes(t, []timeCase{
		{"a telling at the meeting takes its day", "2026-05-14",
			meeting + "Mayor Ida Renk acknowledged at the meeting that the letters had gone out late.",
			schema.EventStatement, "ida-renk", "", "2026-05-11"},
		{"so one after it", "2026-05-14",
			meeting + "After the meeting, Mayor Ida Renk said the letters had gone out late.",
			schema.EventStatement, "ida-renk", "", "2026-05-11"},
		{"a meeting given no day gives none", "2026-05-14",
			"Velmora Water was hit by ransomware in March.\n\nResidents at a town council meeting said the utility had kept them in the dark.\n\nMayor Ida Renk acknowledged at the meeting that the letters had gone out late.",
			schema.EventStatement, "ida-renk", "", ""},
	}, false)
}

// TestOutsideCourtSetting checks that a telling set outside the court by a fronted phrase, a
// participle of speaking, a closing phrase or the speaker leaving it, or set "in court", takes
// the day of the story's sitting (outsideTelling, leavingCourt, inCourtTelling, courtClosing), and that one in a story that dates no sitting
// stays undated.
func TestOutsideCourtSetting(t *testing.T) {
	const sentenced = "Tomas Verlin, a former engineer at Harrow Bank, was sentenced on Thursday to three years in prison for selling customer records to Grey Heron.\n\nThe bank was breached in 2024. Officials gave no details.\n\n"
	checkTimes(t, []timeCase{
		{"fronted outside court", "2026-03-14",
			sentenced + "Outside court, his lawyer, Ana Brell, told reporters that Verlin would appeal.",
			schema.EventStatement, "ana-brell", "", "2026-03-12"},
		{"a participle of speaking outside the courthouse", "2026-03-14",
			sentenced + "His lawyer, Ana Brell, speaking outside the courthouse, said Verlin would appeal.",
			schema.EventStatement, "ana-brell", "", "2026-03-12"},
		{"outside the courthouse closing the sentence", "2026-03-14",
			sentenced + "\"He will appeal,\" said Ana Brell, his attorney, outside the courthouse.",
			schema.EventStatement, "ana-brell", "", "2026-03-12"},
		{"as she left court", "2026-03-14",
			sentenced + "His lawyer, Ana Brell, said as she left court that Verlin would appeal.",
			schema.EventStatement, "ana-brell", "", "2026-03-12"},
		{"said in court", "2026-03-14",
			sentenced + "Prosecutor Ana Brell said in court that Verlin had been paid in cryptocurrency.",
			schema.EventStatement, "ana-brell", "tomas-verlin", "2026-03-12"},
		{"said in the courtroom", "2026-03-14",
			sentenced + "Prosecutor Ana Brell said in the courtroom that Verlin had been paid in cryptocurrency.",
			schema.EventStatement, "ana-brell", "tomas-verlin", "2026-03-12"},
		{"a quote closed in the courtroom by a speaker named before", "2026-03-14",
			sentenced + "\"I betrayed my colleagues,\" Mr. Verlin said, his tone flat in the courtroom.",
			schema.EventStatement, "tomas-verlin", "", "2026-03-12"},
		{"a statement announcing the sentence", "2026-03-14",
			sentenced + "\"He sold out his colleagues,\" the Justice Department said in a statement announcing the sentence.",
			schema.EventStatement, "justice-department", "", "2026-03-12"},
		{"so a statement announcing the case", "2026-03-14",
			sentenced + "\"He sold out his colleagues,\" the Justice Department said in a statement announcing the case.",
			schema.EventStatement, "justice-department", "", "2026-03-12"},
		{"a statement announcing a step the lead does not tell is not of its sitting", "2026-03-14",
			sentenced + "Verlin was arrested in June. The Justice Department said in a statement announcing the arrest that Verlin had sold the records.",
			schema.EventStatement, "justice-department", "", ""},
		{"a story that dates no sitting gives none", "2026-03-14",
			"Tomas Verlin, a former engineer at Harrow Bank, was arrested on Thursday for selling customer records to Grey Heron.\n\nThe bank was breached in 2024. Officials gave no details.\n\nOutside court, his lawyer, Ana Brell, told reporters that Verlin would appeal.",
			schema.EventStatement, "ana-brell", "", ""},
	}, false)
}

// TestBenchNamedStep checks that a step a court takes at a sitting, told with no time of its
// own and with a judge named by title for its subject ("Judge Ines Carrow remanded X", "The
// judge, Ines Carrow, ordered him jailed", also past a first short predicate: "accepted the plea
// and ordered X held"), takes the day of the sitting the lead tells (benchNamedSubject), and that
// one pointing to an earlier occasion, one with a day of its own and one in a story that dates
// no sitting are left as they were.
func TestBenchNamedStep(t *testing.T) {
	const plea = "A Tessaly programmer, Edgars Pelsis, pleaded guilty on Tuesday to running a botnet that infected computers at Harrow Bank.\n\nThe bank was breached in 2024. Officials gave no details.\n\n"
	checkTimes(t, []timeCase{
		{"a named judge's order takes the sitting's day", "2026-03-14",
			plea + "Magistrate Judge Ines Carrow ordered Pelsis detained pending trial.",
			schema.EventLegal, "ines-carrow", "edgars-pelsis", "2026-03-10"},
		{"so past a first predicate joined by and", "2026-03-14",
			plea + "U.S. District Judge Ines Carrow accepted the plea and ordered Pelsis held without bail.",
			schema.EventLegal, "ines-carrow", "edgars-pelsis", "2026-03-10"},
		{"so a remand by a judge named by title", "2026-03-14",
			plea + "Judge Ines Carrow remanded Pelsis in custody.",
			schema.EventLegal, "ines-carrow", "edgars-pelsis", "2026-03-10"},
		{"an earlier order keeps no day", "2026-03-14",
			plea + "Judge Ines Carrow had previously ordered Pelsis held without bail.",
			schema.EventLegal, "ines-carrow", "edgars-pelsis", ""},
		{"an order with a day of its own keeps it", "2026-03-14",
			plea + "Judge Ines Carrow ordered Pelsis held without bail in January.",
			schema.EventLegal, "ines-carrow", "edgars-pelsis", "2026-01"},
		{"a story that dates no sitting gives none", "2026-03-14",
			"A Tessaly programmer, Edgars Pelsis, was arrested on Tuesday for running a botnet that infected computers at Harrow Bank.\n\nThe bank was breached in 2024. Officials gave no details.\n\nJudge Ines Carrow ordered Pelsis detained pending trial.",
			schema.EventLegal, "ines-carrow", "edgars-pelsis", ""},
	}, false)
}

// TestFirstConjunct checks, on tagged tokens, the short first predicate before "and" that a
// judge's second step may look past to its subject (firstConjunct).
func TestFirstConjunct(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"verb, determiner and noun", "Roe/NNP accepted/VBD the/DT plea/NN and/CC", 1},
		{"a possessive object", "Roe/NNP accepted/VBD his/PRP$ guilty/NN plea/NN and/CC", 1},
		{"no object", "Roe/NNP listened/VBD and/CC", -1},
		{"an object with no determiner", "Roe/NNP read/VBD charges/NNS and/CC", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := taggedToks(tt.text)
			assert.Equal(t, tt.want, firstConjunct(toks, len(toks)-1))
		})
	}
}

// TestPressConferenceNamedAgain checks that a news conference or press briefing the story gave a
// day, named again by its compound name ("at the news conference", "told the press briefing"),
// dates the undated tellings set at it (namedDay, pressWord, toldOccasion), and that one the
// story never dated gives none.
func TestPressConferenceNamedAgain(t *testing.T) {
	const filler = "\n\nThe bank was founded in 1998. Officials gave no details.\n\n"
	const dated = "Police chief Ines Vale told a news conference on Tuesday that officers had arrested Jan Boros, a bank clerk, for selling customer data." + filler
	checkTimes(t, []timeCase{
		{"speaking at the news conference", "2026-03-14",
			dated + "Speaking at the news conference, deputy chief Ivo Palm accused Grey Heron of recruiting Boros.",
			schema.EventAccusation, "ivo-palm", "grey-heron", "2026-03-10"},
		{"told the news conference", "2026-03-14",
			dated + "Deputy chief Ivo Palm told the news conference that Grey Heron had paid Boros in cryptocurrency.",
			schema.EventStatement, "ivo-palm", "", "2026-03-10"},
		{"told reporters at the press briefing", "2026-03-14",
			"Officers arrested Jan Boros, a bank clerk, police chief Ines Vale said at a press briefing on Tuesday." + filler + "Deputy chief Ivo Palm told reporters at the press briefing that Grey Heron had paid Boros.",
			schema.EventStatement, "ivo-palm", "", "2026-03-10"},
		{"a news conference never dated gives none", "2026-03-14",
			"Norland police on Tuesday arrested Jan Boros, a bank clerk, for selling customer data to Grey Heron." + filler + "Deputy chief Ivo Palm told the news conference that Grey Heron had paid Boros in cryptocurrency.",
			schema.EventStatement, "ivo-palm", "", ""},
	}, false)
}

// TestLeadSittingDays checks that a step taken at a court's sitting that the lead tells with no
// time of its own takes the day of the court appearance a sentence soon after tells of one of
// its parties (leadSittingDays), and that an appearance of another person, one yet to come and a
// step told in a relative clause give none.
func TestLeadSittingDays(t *testing.T) {
	const lead = "A Latvian programmer, Edgars Pelsis, has been extradited from Spain and pleaded not guilty in a federal court in Denver to running a botnet.\n\n"
	checkTimes(t, []timeCase{
		{"the appearance told next dates the lead's plea", "2026-03-14",
			lead + "Pelsis appeared on Monday before a magistrate judge, where he entered his plea.",
			schema.EventLegal, "edgars-pelsis", "", "2026-03-09"},
		{"so one told two sentences on", "2026-03-14",
			lead + "The botnet infected hospital computers in 2024. Pelsis appeared in court on Monday, three days after his flight.",
			schema.EventLegal, "edgars-pelsis", "", "2026-03-09"},
		{"another person's appearance gives none", "2026-03-14",
			lead + "The botnet infected hospital computers in 2024. Another suspect, Ivo Palm, appeared in court on Monday.",
			schema.EventLegal, "edgars-pelsis", "", ""},
		{"an appearance yet to come gives none", "2026-03-14",
			lead + "The botnet infected hospital computers in 2024. Pelsis is due to appear in court on Monday.",
			schema.EventLegal, "edgars-pelsis", "", ""},
	}, false)
}

// TestInRelativeClause checks, on tagged tokens, whether a verb stands in a relative clause
// (inRelativeClause).
func TestInRelativeClause(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"a main verb", "Pelsis/NNP pleaded/VBD guilty/JJ", false},
		{"after who", "Pelsis/NNP ,/, who/WP pleaded/VBD guilty/JJ", true},
		{"a relative clause closed by a comma before it", "Pelsis/NNP ,/, who/WP fled/VBD ,/, pleaded/VBD guilty/JJ", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := taggedToks(tt.text)
			v := -1
			for i, tk := range toks {
				if tk.Lower == "pleaded" {
					v = i
				}
			}
			require.GreaterOrEqual(t, v, 0)
			assert.Equal(t, tt.want, inRelativeClause(toks, v))
		})
	}
}
