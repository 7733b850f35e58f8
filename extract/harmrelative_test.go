package extract

import "testing"

// TestHarmRelativeTime checks that an incident noun followed by a relative clause telling the
// harm it did ("the ransomware outbreak, which crippled hospitals in May 2017", "the attack on
// X that shut down its billing systems in August 2021") takes the clause's time as its own,
// before the time of the blaming or linking that names it, whether the clause is set off by
// commas or not and whether its head names an incident or not; a clause telling how the
// incident was made known, or a clause on a group, dates no incident.
func TestHarmRelativeTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"outbreak, which crippled: fronted month of the blaming", "2024-03-15",
			"Last December, Norland blamed Umber Hare for the Lorikeet ransomware outbreak, which crippled clinics in Tarvo in May 2017.",
			"attack", "umber-hare", "", "2017-05"},
		{"outbreak, which crippled: no other time", "2024-03-15",
			"Norland blamed Umber Hare for the Lorikeet ransomware outbreak, which crippled clinics in Tarvo in May 2017.",
			"attack", "umber-hare", "", "2017-05"},
		{"outbreak that crippled, no commas", "2024-03-15",
			"In 2019 Norland blamed Umber Hare for the Lorikeet ransomware outbreak that crippled clinics in Tarvo in May 2017.",
			"attack", "umber-hare", "", "2017-05"},
		{"attack on a victim, which shut down: a base form tagged present", "2024-03-15",
			"The FBI last year tied Umber Hare to the ransomware attack on Halden Water, which shut down billing systems in August 2021.",
			"attack", "umber-hare", "halden-water", "2021-08"},
		{"attack on a victim, which knocked out: a full date", "2024-03-15",
			"Officials in 2020 blamed Kestrel Spider for the cyberattack on Velka Grid, which knocked out power to 80,000 homes on December 23, 2015.",
			"attack", "kestrel-spider", "velka-grid", "2015-12-23"},
		{"attack on a victim, which paralyzed", "2024-03-15",
			"Last week the ministry linked Kestrel Spider to a wiper attack on Velka Bank, which paralyzed its branches in June 2019.",
			"attack", "", "velka-bank", "2019-06"},
		{"the clause before the main verb", "2024-03-15",
			"The Lorikeet ransomware outbreak, which crippled clinics in Tarvo in May 2017, was blamed on Umber Hare last December.",
			"attack", "", "", "2017-05"},
		{"a clause of making known dates not the attack", "2024-03-15",
			"The attack on Marrow Port, which the ministry disclosed on Tuesday, halted cargo traffic.",
			"attack", "", "marrow-port", ""},
		{"a clause on a group dates its own harm, not the main attack", "2024-03-15",
			"Kestrel Spider, which crippled Velka Grid in 2015, attacked Velka Bank on Monday.",
			"attack", "kestrel-spider", "velka-bank", "2024-03-11"},
	}, true)
}
