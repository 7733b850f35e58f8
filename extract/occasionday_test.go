package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
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

// TestAfterCourtStep checks that a telling the sentence says came after a step only a court
// takes, named again with "the" ("In a statement issued after the sentencing, …", "Following
// the verdict, …"), takes the day of the court's step told before (afterCourtStep,
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
		{"an arrest is no court's step", "2026-03-14",
			"Tomas Verlin, a former engineer at Harrow Bank, was arrested on Wednesday for selling customer records to Grey Heron.\n\nIn a statement issued after the sentencing, the Norland Interior Ministry said the case showed that foreign spies were targeting banks.",
			schema.EventStatement, "norland-interior-ministry", "", ""},
	}, false)
}
