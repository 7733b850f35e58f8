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
