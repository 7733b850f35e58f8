package extract

import "testing"

// TestHarmRelativeTime checks that an incident noun followed by a relative clause telling the
// harm it did ("the ransomware outbreak, which crippled pharmacies in October 2016", "the
// attack on X that shut down its billing systems in August 2021") takes the clause's time as
// its own, before the time of the blaming or linking that names it, whether the clause is set
// off by commas or not and whether its head names an incident or not; a clause telling how the
// incident was made known, or a clause on a group, dates no incident.
func TestHarmRelativeTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"outbreak, which crippled: fronted month of the blaming", "2023-08-15",
			"Last December, Norland blamed Umber Hare for the Brackenfly ransomware outbreak, which crippled pharmacies across Osterby in October 2016.",
			"attack", "umber-hare", "", "2016-10"},
		{"outbreak, which crippled: no other time", "2023-08-15",
			"Norland blamed Umber Hare for the Brackenfly ransomware outbreak, which crippled pharmacies across Osterby in October 2016.",
			"attack", "umber-hare", "", "2016-10"},
		{"outbreak that crippled, no commas", "2023-08-15",
			"In 2019 Norland blamed Umber Hare for the Brackenfly ransomware outbreak that crippled pharmacies across Osterby in October 2016.",
			"attack", "umber-hare", "", "2016-10"},
		{"attack on a victim, which shut down: a base form tagged present", "2024-03-15",
			"The FBI last year tied Umber Hare to the ransomware attack on Halden Water, which shut down billing systems in August 2021.",
			"attack", "umber-hare", "halden-water", "2021-08"},
		{"attack on a victim, which knocked out: a full date", "2021-12-29",
			"Auditors in 2018 blamed Kestrel Spider for the cyberattack on Dunmore Utilities, which knocked out heating to 12,400 flats on October 7, 2013.",
			"attack", "kestrel-spider", "dunmore-utilities", "2013-10-07"},
		{"attack on a victim, which paralyzed", "2024-03-15",
			"Last week the ministry linked Kestrel Spider to a wiper attack on Velka Bank, which paralyzed its branches in June 2019.",
			"attack", "", "velka-bank", "2019-06"},
		{"the clause before the main verb", "2023-08-15",
			"The Brackenfly ransomware outbreak, which crippled pharmacies across Osterby in October 2016, was blamed on Umber Hare last December.",
			"attack", "", "", "2016-10"},
		{"a clause of making known dates not the attack", "2024-03-15",
			"The attack on Marrow Port, which the ministry disclosed on Tuesday, halted cargo traffic.",
			"attack", "", "marrow-port", ""},
		{"a clause on a group dates its own harm, not the main attack", "2024-03-15",
			"Kestrel Spider, which crippled Velka Grid in 2015, attacked Velka Bank on Monday.",
			"attack", "kestrel-spider", "velka-bank", "2024-03-11"},
	}, true)
}
