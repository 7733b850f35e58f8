package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestRetoldAnchor checks that a sequel span opening a sentence ("Days later, …") after a court
// sitting that retells older deeds counts from the deeds retold, to their year, not from the
// sitting's day; with no sitting between, the span counts from the last time told as before
// (retoldAnchor).
func TestRetoldAnchor(t *testing.T) {
	checkTimes(t, []timeCase{
		{"told the court, days later", "2025-11-20",
			"Lena Voss, 22, broke into the systems of Harl Telecom in August 2024, Dunmore Crown Court heard. " +
				"Opening the case on Tuesday, prosecutor Ivo Brandt told the court that Voss had tricked a help-desk worker into resetting a password. " +
				"Days later, Voss sent an email to the company's chief executive demanding $2 million.",
			schema.EventWarning, "lena-voss", "", "2024"},
		{"the court heard, weeks later", "2025-11-20",
			"Two men from Orla broke into the network of Pell Bank in March 2023 and stole the card details of 40,000 customers. " +
				"At a hearing on Monday, the court heard that the men had hidden the stolen data on a server in Tarrow. " +
				"Weeks later, the men attacked the website of Pell Bank, knocking it offline.",
			schema.EventAttack, "", "pell-bank", "2023"},
		{"no sitting, the last time told", "2025-11-20",
			"Two men from Orla broke into the network of Pell Bank in March 2023 and stole the card details of 40,000 customers. " +
				"Weeks later, the men attacked the website of Pell Bank, knocking it offline.",
			schema.EventAttack, "", "pell-bank", "2023"},
	}, false)
}
