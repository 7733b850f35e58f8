package extract

import "testing"

// TestDayAfterDeedNoun checks that the deed named in "the day after|before the <deed noun>"
// keeps its own day, so a later count from the same deed ("A week after the breach") runs from
// that day and not from the day after it (dayOfDeed).
func TestDayAfterDeedNoun(t *testing.T) {
	const lead = "A ransomware gang attacked Kelvane Water on 4 November, the utility said.\n\n"
	checkTimes(t, []timeCase{
		{"the day after, then a week after", "2025-11-20",
			lead + "The day after the attack, Kelvane Water alerted the Merrow Police. A week after the attack, the gang leaked the utility's files.",
			"leak", "", "", "2025-11-11"},
		{"the day after still dates its clause", "2025-11-20",
			lead + "The day after the attack, Kelvane Water alerted the Merrow Police.",
			"warning", "kelvane-water", "merrow-police", "2025-11-05"},
		{"the day before, fronted", "2025-11-20",
			lead + "A week after the attack, the gang leaked the utility's files.\n\nThe day before the ransomware attack, the Fenwick Group had warned Kelvane Water about the gang.",
			"warning", "fenwick-group", "kelvane-water", "2025-11-03"},
		{"a trailing day after, then weeks after", "2025-11-20",
			lead + "Kelvane Water notified the Merrow Police the day after the attack. Two weeks after the attack, the Dorsk Water Board fined Kelvane Water.",
			"sanction", "dorsk-water-board", "kelvane-water", "2025-11-18"},
		{"another deed noun, counted in days", "2025-11-20",
			"Hackers broke into the network of Norvale Foods on 3 November, the company said on Wednesday.\n\nThe day after the breach, the Ostrava Police warned local businesses about the group.\n\nThree days after the intrusion, Norvale Foods notified the Data Protection Office.",
			"warning", "norvale-foods", "data-protection-office", "2025-11-06"},
	}, false)
}
