package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestYetToCome checks that a deed told as yet to come ("the gang plans to attack X") does not
// keep the day of a later mention that tells a deed as done ("the attack began early on
// Sunday", "the intruders got in during July") from the deed told as done before it
// (yetToCome); a deed told as perhaps done still stands in the way.
func TestYetToCome(t *testing.T) {
	tests := []timeCase{
		{"a deed yet to come on another victim leaves the day to the deed done", "2026-03-13",
			"Hackers locked up the computers of Velmora Water, and officials said the gang plans to attack Harrow Bank. Staff said the attack began early on Sunday.",
			schema.EventAttack, "", "velmora-water", "2026-03-08"},
		{"a deed perhaps done on another victim leaves the day to neither", "2026-03-13",
			"Hackers locked up the computers of Velmora Water, and officials said the gang may have attacked Harrow Bank too. Staff said the attack began early on Sunday.",
			schema.EventAttack, "", "velmora-water", ""},
		{"a break-in yet to come leaves a way in to the break-in done", "2026-09-18",
			"Velmora Water said on Wednesday that Grey Heron had broken into its billing network. Officials warned that the group is preparing to hack Harrow Bank. The intruders first got in during early July.",
			schema.EventIntrusion, "grey-heron", "velmora-water", "2026-07"},
	}
	checkTimes(t, tests, false)
}

// TestRecordClause checks that a deed told in a clause on a name's record ("Ash Lynx, a gang
// that has attacked hospitals since 2024": recordClause) does not keep a later dated mention of
// the story's deed ("the attack began early on Sunday", "the intruders first got in during
// July") from the deed the story tells; deeds the story tells on two victims still leave the
// day to neither.
func TestRecordClause(t *testing.T) {
	tests := []timeCase{
		{"a gang's record on other victims leaves the attack's day to the story's attack", "2026-03-13",
			"Hackers encrypted the servers of Velmora Water this week, the utility said. Kestrel Labs blamed Ash Lynx, a gang that has attacked hospitals in Norland since 2024. The attack began early on Sunday, the utility said.",
			schema.EventAttack, "ash-lynx", "velmora-water", "2026-03-08"},
		{"a group's record of breaches leaves the way in to the story's break-in", "2026-09-18",
			"Velmora Water said on Wednesday that the intrusion into its billing network was carried out by Grey Heron, a group that has breached water utilities in Norland. Investigators said the intruders first got in during early July.",
			schema.EventIntrusion, "grey-heron", "velmora-water", "2026-07"},
		{"the record takes no day of the story's deed", "2026-09-18",
			"Velmora Water said on Wednesday that the intrusion into its billing network was carried out by Grey Heron, a group that has breached water utilities in Norland. Investigators said the intruders first got in during early July.",
			schema.EventIntrusion, "grey-heron", "water-utilities", "2026-09-18"},
		{"a deed the story tells on another victim still stands in the way", "2026-03-13",
			"Hackers encrypted the servers of Velmora Water this week, the utility said. Kestrel Labs said Ash Lynx had attacked Harrow Bank too. The attack began early on Sunday, the utility said.",
			schema.EventAttack, "ash-lynx", "velmora-water", "2026-03"},
	}
	checkTimes(t, tests, false)
}

// TestGroundsTimes checks that an accusation told in an object relative clause whose pronoun
// subject is the main clause's doer ("charged X in May, whom it accused of …") takes the time of
// the act it gives the grounds of (groundsTimes), and not when another accuses or the clause has
// a time of its own.
func TestGroundsTimes(t *testing.T) {
	tests := []timeCase{
		{"whom it accused after a dated charge", "2026-03-13",
			"In May, the Justice Department charged Ivan Petrov, whom it accused of running the Ash Lynx gang.",
			schema.EventAccusation, "justice-department", "ivan-petrov", "2025-05"},
		{"whom it accused after a dated expulsion", "2026-03-13",
			"The Norland Foreign Ministry in March expelled two Velmoran diplomats, whom it accused of spying on exiles.",
			schema.EventAccusation, "norland-foreign-ministry", "", "2026-03"},
		{"another accuser's clause is not the act's grounds", "2026-03-13",
			"In May, the Justice Department charged Ivan Petrov, whom Kestrel Labs accused of running the Ash Lynx gang.",
			schema.EventAccusation, "kestrel-labs", "", ""},
		{"an undated act lends no time", "2026-03-13",
			"The Justice Department charged Ivan Petrov, whom it accused of running the Ash Lynx gang.",
			schema.EventAccusation, "justice-department", "ivan-petrov", ""},
	}
	checkTimes(t, tests, false)
}
