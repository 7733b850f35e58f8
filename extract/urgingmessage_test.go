package extract

import "testing"

// TestMessageParticipleTag checks that a participle of urging or advising right after the
// noun of a published message, or after it and a time phrase, is read as a participle with
// an object and what it is told after it, while a noun "warning" and a participle with no
// object told stay as the tagger reads them.
func TestMessageParticipleTag(t *testing.T) {
	x := mustExtractor(t)
	checkWordTags(t, x, []wordTag{
		{"The Orvale Agency issued an advisory urging water utilities to replace their routers.", "urging", "VBG"},
		{"The Orvale Agency issued an advisory on Tuesday urging water utilities to replace their routers.", "urging", "VBG"},
		{"The Orvale Agency published a bulletin advising hospitals to keep offline backups.", "advising", "VBG"},
		{"The Orvale Agency issued an advisory warning on Tuesday.", "warning", "NN"},
	})
}

// TestUrgingParticipleTold checks that a participle of urging or advising tells its object
// (who is urged): after the noun of a message ("issued an advisory urging X to …"), in an
// aside after its subject, and with a pronoun that stands for those a letter went to ("wrote
// to X urging them to …"); a pronoun after a comma, a call on the public and one who would
// urge themself tell no one, nor does a message not sent or yet to come.
func TestUrgingParticipleTold(t *testing.T) {
	checkTold(t, "2025-11-20", []toldCase{
		{"a named body after an advisory", "On Tuesday, the Orvale Agency issued an advisory urging the Korvel Bank to replace its routers.",
			[]string{"orvale-agency → korvel-bank"}, nil},
		{"a plural after an advisory and a day", "The Orvale Agency issued an advisory on Tuesday urging water utilities to replace their routers.",
			[]string{"orvale-agency → water-utilities"}, nil},
		{"a statement advising a named body", "The Tessin Bureau released a statement advising the Brenna Port Authority to rotate its keys.",
			[]string{"tessin-bureau → brenna-port-authority"}, nil},
		{"an aside after the subject", "The Orvale Agency, urging water utilities to replace their routers, published new guidance.",
			[]string{"orvale-agency → water-utilities"}, nil},
		{"a pronoun for those written to", "The Orvale Agency wrote to water utilities urging them to replace their routers.",
			[]string{"orvale-agency → water-utilities"}, []string{"orvale-agency → orvale-agency"}},
		{"a pronoun after a comma", "The Orvale Agency sent an alert to the Korvel Bank, and the Selwyn Group later issued a notice, urging them to patch.",
			nil, []string{"selwyn-group → korvel-bank", "selwyn-group → selwyn-group"}},
		{"a letter not written", "The Orvale Agency has not written to the Korvel Bank urging it to patch its servers.",
			nil, []string{"orvale-agency → korvel-bank"}},
		{"an advisory yet to come", "The Orvale Agency will issue an advisory on Friday urging water utilities to replace their routers.",
			nil, []string{"orvale-agency → water-utilities"}},
		{"a pronoun standing for no one else", "The Orvale Agency issued an advisory urging them to replace their routers.",
			nil, []string{"orvale-agency → orvale-agency"}},
	})
}

// TestOfficeHoldersTold checks that office holders told as a group no name fills ("a letter to
// governors", "cautioned hospital executives", "warned mayors") are the ones
// told.
func TestOfficeHoldersTold(t *testing.T) {
	checkTold(t, "2025-11-20", []toldCase{
		{"a fronted letter to governors", "In a letter to governors last spring, the Orvale Agency warned that hackers were probing water plants.",
			[]string{"orvale-agency → governors"}, nil},
		{"a fronted letter, a said clause", "In a letter to state governors on Monday, the Tessin Agency said the flaw had been exploited.",
			[]string{"tessin-agency → state-governors"}, nil},
		{"cautioned executives", "The Garvel Agency cautioned hospital executives on Monday that the flaw was being exploited.",
			[]string{"garvel-agency → hospital-executives"}, nil},
		{"briefed executives", "Investigators from the Orvale Agency briefed bank executives on Tuesday.",
			[]string{"orvale-agency → bank-executives"}, nil},
		{"warned mayors", "The Selwyn Agency warned mayors across the region in May that the portal was exposed.",
			[]string{"selwyn-agency → mayors"}, nil},
	})
}
