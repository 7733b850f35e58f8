package extract

import "testing"

// TestOwnPhraseTime checks that an incident noun whose own phrase closes with a time ("the
// theft of $47 million from X in March") takes that time when the verb of telling, charging
// or penalty that names it has a time of its own before the noun ("The FBI in April blamed",
// "was blamed by the FBI in April for"), a relative clause set off by commas on the phrase's
// noun allowed before the time; the verb keeps its own time, and a time of another verb
// before leaves the later time to the verb that governs the noun.
func TestOwnPhraseTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the telling's time before its subject's verb", "2024-08-15",
			"The FBI in April blamed Umber Hare for the theft of $47 million from Quillon Exchange in March.",
			"theft", "umber-hare", "", "2024-03"},
		{"a fronted time of the telling", "2024-08-15",
			"In April, the FBI blamed Umber Hare for the theft of $47 million from Quillon Exchange in March.",
			"theft", "umber-hare", "", "2024-03"},
		{"the telling keeps its own time", "2024-08-15",
			"In April, the FBI blamed Umber Hare for the theft of $47 million from Quillon Exchange in March.",
			"accusation", "federal-bureau-of-investigation", "umber-hare", "2024-04"},
		{"passive, a relative clause on the phrase's noun", "2024-08-15",
			"Umber Hare was blamed by the FBI in April for the theft of $47 million from Quillon Exchange, which hosts a lottery app, in March.",
			"theft", "", "", "2024-03"},
		{"a relative clause the time closes is not the phrase's", "2024-08-15",
			"On Tuesday, the FBI blamed Umber Hare for the attack on Harl Council, which the council disclosed on Monday.",
			"attack", "umber-hare", "harl-council", ""},
		{"a sanction's time and the breach's", "2024-08-15",
			"Norland in May sanctioned Kestrel Spider for the breach of Tarvo Water in January.",
			"intrusion", "kestrel-spider", "tarvo-water", "2024-01"},
		{"another verb's time leaves the later time to the warning", "2024-03-15",
			"Pellham Logistics said on Thursday that intruders had lurked in its payroll servers for nearly eight months before the Dutch spy agency warned it of the intrusion in September.",
			"warning", "netherlands", "pellham-logistics", "2023-09"},
	}, true)
}
