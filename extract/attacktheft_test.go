package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

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
		{"years before", "Pale Otter attacked Varden Insurance on November 9, the company said. Investigators believe Pale Otter stole customer files from Varden Insurance years before, when it first broke in.", "steal", ""},
		{"long before", "Pale Otter attacked Varden Insurance on November 9, the company said. Pale Otter stole customer files from Varden Insurance long before that attack, the insurer said.", "steal", ""},
	}
	checkLemmaTimes(t, published, 1, tests)
}

// TestTheftOfAttackTwoVictims checks that thefts from two victims of one dated attack each take
// its month: the month given to the first must not break the reading of the second.
func TestTheftOfAttackTwoVictims(t *testing.T) {
	body := "Orlen Mills and Tasker Dairies were hit by ransomware attacks by the Brass Heron gang on Sunday, November 9.\n\n" +
		"The hackers stole payroll records from Orlen Mills.\n\nThe hackers stole invoices from Tasker Dairies."
	g := extractText(t, "2025-11-20", body)
	for _, sentence := range []int{1, 2} {
		ev := triggeredIn(g, "steal", sentence)
		require.NotNil(t, ev, "no theft in sentence %d: %s", sentence, eventsString(g))
		assert.Equal(t, "2025-11", ev.Time.Value, "sentence %d: %s", sentence, eventsString(g))
	}
}
