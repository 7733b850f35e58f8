package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestStaleCount checks a count of days after a sentence with a time of its own: "the following
// day" runs on from that sentence's time, so the older month the tagger fell back on leaves the
// event undated, while a fronted count after an event noun dated to a day gives the day the
// count runs on from; a month named in the sentence before still dates the count.
func TestStaleCount(t *testing.T) {
	const published = "2024-05-10"
	tests := []timeCase{
		{"a count after a sentence counted from an undated leak keeps no older month", published,
			"The Tessaly Cyber Office noticed odd traffic on the portal in February.\n\nTwo days after the leak, the party filed a complaint. The Lyon prosecutor's office opened an investigation the following day.",
			schema.EventLegal, "lyon-prosecutors-office", "", ""},
		{"a fronted count after an undated outage, a charge the next day", published,
			"Investigators traced the intruders to a server in Latvia in January.\n\nA week after the outage, the utility hired lawyers. The following day, the Marnix prosecutor charged Petar Volkov.",
			schema.EventLegal, "", "petar-volkov", ""},
		{"a fronted count after a leak dated to a day gives the day the count runs on from", published,
			"On March 3, hackers leaked thousands of emails from the Verdant Party.\n\nThe ministry noticed odd traffic on the portal in February.\n\nTwo days after the leak, the party filed a complaint. The Lyon prosecutor's office opened an investigation the following day.",
			schema.EventLegal, "lyon-prosecutors-office", "", "2024-03-06"},
		{"a week after the leak, an arrest the next day", published,
			"On March 3, hackers leaked thousands of emails from the Verdant Party.\n\nThe ministry noticed odd traffic on the portal in February.\n\nA week after the leak, the party hired lawyers. The next day, police arrested Tomas Birn.",
			schema.EventLegal, "", "tomas-birn", "2024-03-11"},
		{"a month named in the sentence before still dates the count", published,
			"In March, hackers stole files from Brenwick Bank. The bank notified the Tessaly Police the following day.",
			schema.EventWarning, "brenwick-bank", "tessaly-police", "2024-03"},
		{"a month named in the same sentence before the count", published,
			"The theft came to light in January, when staff noticed odd logins. Ardent Freight notified the Tessaly Police the following day.",
			schema.EventWarning, "ardent-freight", "tessaly-police", "2024-01"},
	}
	checkTimes(t, tests, false)
}
