package extract

import "testing"

// TestSpanAfterCourtDecision checks that a span counted from a court's decision ("shortly after
// the ruling", "two days after the verdict") runs from the latest legal step told with a court
// or judge in its sentence when that step is dated to a day, and dates nothing from a step dated
// only to a month (courtAnchor).
func TestSpanAfterCourtDecision(t *testing.T) {
	checkTimes(t, []timeCase{
		{"shortly after the ruling, a day anchor", "2025-11-20",
			"A judge in Merrow on 4 November approved the extradition of Ivo Marsh to Norland.\n\nShortly after the ruling, Dorsk accused Norland of hunting its citizens.",
			"accusation", "dorsk", "norland", "2025-11"},
		{"two days after the ruling", "2025-11-20",
			"On 4 November, a court in Merrow convicted Ivo Marsh of hacking Kelvane Water.\n\nTwo days after the ruling, the Dorsk Embassy accused Norland of persecuting its citizens.",
			"accusation", "dorsk-embassy", "norland", "2025-11-06"},
		{"a month anchor dates nothing", "2025-11-20",
			"In October, a court in Merrow convicted Ivo Marsh of hacking Kelvane Water.\n\nShortly after the verdict, the Dorsk Embassy accused Norland of persecuting its citizens.",
			"accusation", "dorsk-embassy", "norland", ""},
	}, false)
}
