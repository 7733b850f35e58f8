package extract

import "testing"

// TestSaidWorkOnBehalf checks that a dated statement that a group's members "work on behalf of"
// or "work for" a body accuses that body even when the tagger reads the bare verb after a name
// as a noun ("the operators of X work on behalf of Y"), and that a possessive's noun "work"
// ("X's work on behalf of victims") accuses no one.
func TestSaidWorkOnBehalf(t *testing.T) {
	checkAccusations(t, []accusationCase{
		{"operators of a group", "Corvid Analytics said on Thursday that the operators of Pale Otter work on behalf of Vestia's Bureau of External Affairs.", "corvid-analytics", "bureau-of-external-affairs"},
		{"work for", "Halden Cyber said on Monday that the hackers of Grey Sparrow work for Norland's Directorate of Signals.", "halden-cyber", "directorate-of-signals"},
		{"possessive noun", "Tarnwell Labs said on Tuesday that Pale Otter's work on behalf of victims had been praised.", "", ""},
	})
}
