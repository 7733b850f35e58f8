package timex

import "testing"

// TestFindModifiedEpisodeMonth checks that a month told with "early", "mid-" or "late" and no
// year, read in the episode of an earlier year, is the time the narrative has come to as the
// bare month is (modified keeps told), so a day told after it takes that year too.
func TestFindModifiedEpisodeMonth(t *testing.T) {
	tests := []narrativeDate{
		{"a day after mid-month", "Intruders got into a bakery's network in June 2015. In mid-August, a detective phoned the owner. Not long after, on Aug. 20, the intruders erased the backups.", "Aug. 20", "2015-08-20"},
		{"a day after early month", "Thieves got into the port's network in May 2014. In early July, the agency alerted the port. On July 9, they encrypted its files.", "July 9", "2014-07-09"},
		{"a day after late month", "The crew breached the mill in March 2016. By late April, the owner had called the police, and on May 2 the crew leaked the files.", "May 2", "2016-05-02"},
		{"the modified month itself", "Intruders got into a bakery's network in June 2015. In mid-August, a detective phoned the owner.", "mid-August", "2015-08"},
		{"a day ahead keeps the reference year", "Intruders got into a bakery's network in June 2015. In mid-August, a detective phoned the owner. The hearing will begin on Dec. 4.", "Dec. 4", "2017-12-04"},
	}
	runNarrativeDates(t, tests)
}
