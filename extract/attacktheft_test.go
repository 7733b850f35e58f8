package extract

import "testing"

// TestTheftOfAttack checks that an undated theft by the doer of a dated attack on the same
// victim takes the attack's month (only the month: the files are copied in the days before the
// encryption), and that the theft stays undated when a break-in on that victim is dated at
// another month, when the attack is the demand or payment of a ransom, when the doers differ,
// or when the theft is told as of another occasion.
func TestTheftOfAttack(t *testing.T) {
	const published = "2025-11-20"
	tests := []lemmaTime{
		{"claimed on a leak site", "A ransomware gang called Pale Otter attacked Varden Insurance on November 9, knocking its claims systems offline. Pale Otter said on its leak site that it had stolen 300 gigabytes of data from Varden Insurance.", "steal", "2025-11"},
		{"stolen before encrypting", "Hackers working for a group known as Grey Lantern hit Ostrow Clinics with ransomware in early October, the company said. Grey Lantern later claimed it had stolen patient records from Ostrow Clinics before encrypting its servers.", "steal", "2025-10"},
		{"fronted day of the attack", "On October 2, hackers from a group called Marsh Viper crippled the booking systems of Tallis Airways. Marsh Viper stole the passport details of 80,000 passengers from Tallis Airways, the airline said on Tuesday.", "steal", "2025-10"},
		{"a break-in a month before", "Kestrel Freight said on Monday that a group called Night Wren had broken into its network in August and encrypted its servers on September 14. Night Wren stole driver records from Kestrel Freight, the company said.", "steal", ""},
		{"a ransom refused", "Varden Insurance refused to pay a ransom demanded by the Pale Otter gang on November 12, the company said. Pale Otter stole the records of 40,000 customers from Varden Insurance, the gang claimed.", "steal", ""},
		{"another doer", "The Ashmere gang attacked Dunmore Council on March 3, encrypting its file servers. The Coldfield group stole tax records from Dunmore Council, the council said.", "steal", ""},
		{"another occasion", "Pale Otter attacked Varden Insurance on November 9, the company said. The gang had previously stolen customer files from Varden Insurance in a separate breach.", "steal", ""},
	}
	checkLemmaTimes(t, published, 1, tests)
}
