package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestUnnamedSayerDeedNoun checks that a deed named by a noun in the clause a saying reports
// does not take the day of the saying when no actor names the speaker ("the ministry",
// "officials", "police"), as it does not when one does: the saying still stands between the
// time and the deed, whether or not it was taken as an event; and that a deed the saying's
// clause dates itself keeps that time.
func TestUnnamedSayerDeedNoun(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a vehicle's day before an unnamed ministry's saying", "2026-03-14",
			"In a statement on Tuesday, the ministry said the attack had been carried out by the Vessarian Cyber Corps.",
			schema.EventAttack, "", "", ""},
		{"a fronted day before unnamed officials' saying", "2026-03-14",
			"On Friday, officials said the ransomware attack had crippled the hospital's systems.",
			schema.EventAttack, "", "", ""},
		{"a released statement before an unnamed police saying", "2026-03-14",
			"In a statement released on Monday, police said the intrusion was carried out by a criminal gang.",
			schema.EventIntrusion, "", "", ""},
		{"the deed's own time in the reported clause stands", "2026-03-14",
			"In a statement on Tuesday, the ministry said the attack had been carried out in January by the Vessarian Cyber Corps.",
			schema.EventAttack, "", "", "2026-01"},
		{"a day after the saying in the reported clause stands", "2026-03-14",
			"The ministry said the attack on March 3 had been carried out by the Vessarian Cyber Corps.",
			schema.EventAttack, "", "", "2026-03-03"},
	}, false)
}
