package extract

import "testing"

// TestApposedSubjectBinds checks that an object pronoun after a subject set in apposition
// ("Dorsk's cyber agency, the Orvale Security Office, alerted it") never means either member of
// the pair, nor the first member's owner, so that it takes up the one named before: the one
// told. A subject with no apposition keeps doing so, and a pronoun with no one before it to
// take up falls back on no member of the pair.
func TestApposedSubjectBinds(t *testing.T) {
	const before = "Kessler Freight was hit by ransomware last week. "
	tests := []toldCase{
		{"owner's description, then the name", before + "Dorsk's cyber agency, the Orvale Security Office, alerted it in May that its staff were being targeted.",
			[]string{"orvale-security-office → kessler-freight"}, nil},
		{"the name, then the owner's description", before + "The Orvale Security Office, Dorsk's cyber agency, warned it in May.",
			[]string{"orvale-security-office → kessler-freight"}, nil},
		{"a possessive pronoun's description", before + "Its regulator, the Varn Banking Authority, warned it on Tuesday that its servers were exposed.",
			[]string{"varn-banking-authority → kessler-freight"}, nil},
		{"the name, then an indefinite description", before + "Tallow Labs, a Brisk Group unit, notified it in April that a web shell had been found.",
			[]string{"tallow-labs → kessler-freight"}, nil},
		{"a fronted time", before + "In April, Dorsk's cyber agency, the Orvale Security Office, alerted it to the flaw.",
			[]string{"orvale-security-office → kessler-freight"}, nil},
		{"no apposition", before + "The Orvale Security Office alerted it in May.",
			[]string{"orvale-security-office → kessler-freight"}, nil},
		{"no one before", "The trust had been warned. Dorsk's cyber agency, the Orvale Security Office, alerted it in May.",
			nil, []string{"orvale-security-office → orvale-security-office", "orvale-security-office → dorsk"}},
	}
	checkTold(t, "2025-11-20", tests)
}
