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
		{"a count after a sentence counted from an undated breach keeps no older month", published,
			"The Tessaly Cyber Office noticed odd traffic on the portal in February.\n\nThree days after the breach, the union hired an outside auditor. The Korsten district attorney launched an investigation the following day.",
			schema.EventLegal, "korsten-district-attorney", "", ""},
		{"a fronted count after an undated outage, a charge the next day", published,
			"Investigators traced the intruders to a server in Latvia in January.\n\nA week after the outage, the utility hired lawyers. The following day, the Marnix prosecutor charged Petar Volkov.",
			schema.EventLegal, "", "petar-volkov", ""},
		{"a fronted count after a breach dated to a day gives the day the count runs on from", published,
			"On March 9, intruders breached the member database of the Harbour Workers Union.\n\nThe ministry noticed odd traffic on the portal in February.\n\nThree days after the breach, the union hired an outside auditor. The Korsten district attorney launched an investigation the following day.",
			schema.EventLegal, "korsten-district-attorney", "", "2024-03-13"},
		{"a week after the breach, an arrest the next day", published,
			"On March 9, intruders breached the member database of the Harbour Workers Union.\n\nThe ministry noticed odd traffic on the portal in February.\n\nA week after the breach, the union hired lawyers. The next day, police arrested Tomas Birn.",
			schema.EventLegal, "", "tomas-birn", "2024-03-17"},
		{"a month named in the sentence before still dates the count", published,
			"In March, hackers stole files from Brenwick Bank. The bank notified the Tessaly Police the following day.",
			schema.EventWarning, "brenwick-bank", "tessaly-police", "2024-03"},
		{"a month named in the same sentence before the count", published,
			"The theft came to light in January, when staff noticed odd logins. Ardent Freight notified the Tessaly Police the following day.",
			schema.EventWarning, "ardent-freight", "tessaly-police", "2024-01"},
	}
	checkTimes(t, tests, false)
}
