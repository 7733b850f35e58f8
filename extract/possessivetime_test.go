package extract

import "testing"

// TestPossessiveTimeDatesItsIncident checks that a time standing as the possessive determiner
// of an incident noun ("last year's ransomware attack", "Sunday's breach of X") dates that
// incident only, not the blaming, charging, sanctioning or claiming whose object holds it,
// while a possessive time before a legal document still dates the step it holds ("charged in
// last week's indictment").
func TestPossessiveTimeDatesItsIncident(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the blaming takes not the attack's day", "2024-03-15",
			"The FBI blamed Umber Hare for Sunday's ransomware attack on Dunmore Health.",
			"accusation", "federal-bureau-of-investigation", "umber-hare", ""},
		{"the attack keeps its own day", "2024-03-15",
			"The FBI blamed Umber Hare for Sunday's ransomware attack on Dunmore Health.",
			"attack", "", "dunmore-health", "2024-03-10"},
		{"the charge takes not the attack's day", "2024-03-15",
			"Prosecutors charged Ivo Marsh with taking part in Monday's attack on Harl Council.",
			"legal", "prosecutors", "ivo-marsh", ""},
		{"the expulsion takes not the attack's week", "2024-03-15",
			"Norland expelled two diplomats over last week's cyberattack on its parliament.",
			"sanction", "norland", "", ""},
		{"the claim takes not the hack's year", "2024-03-15",
			"Kestrel Spider claimed responsibility for last year's hack of the Velka Bank.",
			"statement", "kestrel-spider", "", ""},
		{"a legal document still dates the charge it holds", "2024-03-15",
			"Ivo Marsh, who was charged in last week's indictment, pleaded guilty on Friday.",
			"legal", "", "ivo-marsh", "2024-03"},
	}, true)
}
