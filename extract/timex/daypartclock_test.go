package timex

import "testing"

// TestFindDayPartClock checks that a clock time told after a time of day that names its day
// ("Tuesday night", "Monday evening") in the same sentence falls on that day, or on the day
// after for the small hours after a night (never after the day of writing), rather than on a
// day the text gave before; and that
// a clock time in a later sentence still reads the narrative's anchor.
func TestFindDayPartClock(t *testing.T) {
	const lead = "Hackers locked the mill's servers on Sept. 4. Classes were canceled on Sept. 5. "
	tests := []narrativeDate{
		{"midnight after a night meeting", lead + "At Tuesday night's zoning hearing, which went past midnight, residents queued at the microphone.", "midnight", "2017-10-10T24:00"},
		{"a p.m. hour after a night", lead + "The council met on Tuesday night and voted at 11 p.m. to pay nothing.", "11 p.m.", "2017-10-10T23:00"},
		{"the small hours after a night", lead + "Tuesday night's session ended at 1 a.m., officials said.", "1 a.m.", "2017-10-11T01:00"},
		{"the small hours after tonight stay on the day of writing", lead + "Wednesday night's session ended at 1 a.m., officials said.", "1 a.m.", "2017-10-11T01:00"},
		{"after a fronted evening", lead + "On Monday evening the board met in private until 10:30 p.m.", "10:30 p.m.", "2017-10-09T22:30"},
		{"after an afternoon", lead + "The hearing on Monday afternoon lasted until 6 p.m.", "6 p.m.", "2017-10-09T18:00"},
		{"a plain weekday keeps its day for the small hours", lead + "On Monday, the board met until 2 a.m.", "2 a.m.", "2017-10-09T02:00"},
		{"a later sentence reads the anchor", lead + "The board met on Monday evening. The vote came shortly before midnight.", "midnight", "2017-09-05T24:00"},
	}
	runNarrativeOfType(t, tests, Time)
}
