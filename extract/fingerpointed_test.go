package extract

import "testing"

// TestFingerPointed checks that "point the finger at Y" and "point to Y as" a doer accuse Y,
// with or without an adverb, a day or a deed after, and that pointing to someone as anything but
// a doer accuses no one.
func TestFingerPointed(t *testing.T) {
	checkAccusations(t, []accusationCase{
		{"finger at, deed after", "Ukraine's SBU pointed the finger at Russia for the attack on the Pelk power grid.", "security-service-of-ukraine", "russia"},
		{"finger at, day after", "Molvan Labs pointed the finger at Ferrous Crane on Tuesday.", "molvan-labs", "ferrous-crane"},
		{"finger squarely at an owned body", "Molvan Labs has pointed the finger squarely at Russia's GRU.", "molvan-labs", "main-intelligence-directorate"},
		{"pointed to as the culprit", "Molvan Labs pointed to Ferrous Crane as the likely culprit.", "molvan-labs", "ferrous-crane"},
		{"pointed to as an example", "Molvan Labs pointed to Kestrel Bank as an example of good practice.", "", ""},
	})
}
