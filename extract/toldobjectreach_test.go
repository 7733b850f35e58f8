package extract

import "testing"

// TestToldObjectLongPhrase checks that a deed noun a verb of telling names takes not the day
// that closes a longer phrase after it, a name joined by "and" in it ("revealed the intrusion in
// a filing with the Harbour Trade and Tariff Board early Monday"): the day is the
// telling's (toldObject), while a deed told by its own verb keeps the day.
func TestToldObjectLongPhrase(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a filing with a regulator named with and", "2025-11-20",
			"Corlen Foods disclosed the breach in a filing with the Securities and Exchange Commission on Monday.",
			"intrusion", "", "", ""},
		{"after a relative clause on the subject", "2025-11-20",
			"Marrowfield Textiles, which has some 430 staff and booked sales of $610 million in 2024, revealed the intrusion in a filing with the Harbour Trade and Tariff Board early Monday.",
			"intrusion", "", "", ""},
		{"a letter to a bank named with of", "2025-11-20",
			"Tolley Bank confirmed the theft of customer records in a letter to the Bank of England on Tuesday.",
			"theft", "", "", ""},
		{"the telling keeps its day", "2025-11-20",
			"Corlen Foods disclosed the breach in a filing with the Securities and Exchange Commission on Monday.",
			"report", "corlen-foods", "", "2025-11-17"},
		{"a deed told by its own verb keeps its day", "2025-11-20",
			"Hackers broke into the network of Corlen Foods and the Ministry of Trade and Industry on Monday.",
			"intrusion", "", "corlen-foods", "2025-11-17"},
	}, true)
}
