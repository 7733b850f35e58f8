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
