package extract

import "testing"

// TestDescriptionContinuesSpeaker checks a description that opens its sentence as the subject of
// a plain "said" when the sentence before opened with a speaker whose name has the description's
// head word and named another such body inside what it said: the description takes up the
// speaker, not the name inside ("The Varn Bureau said … the Selby Intelligence Bureau …. The
// bureau said it had warned X").
func TestDescriptionContinuesSpeaker(t *testing.T) {
	tests := []toldCase{
		{"apposition in a relative clause", "The Varn Bureau of Investigation said on Wednesday that Iron Moth, a unit that Lanta says works for the Selby Intelligence Bureau, had drained the funds. The bureau said it had shared its findings with the Orlen Police Agency.",
			[]string{"varn-bureau-of-investigation → orlen-police-agency"}, []string{"selby-intelligence-bureau → orlen-police-agency"}},
		{"relative clause, trailing time", "The Varn Bureau of Investigation said that Iron Moth, which works for the Selby Intelligence Bureau, stole the money. The bureau said it had warned Kessler Bank in May.",
			[]string{"varn-bureau-of-investigation → kessler-bank"}, []string{"selby-intelligence-bureau → kessler-bank"}},
		{"agency, notified", "The Tarn Cyber Agency said in a statement that hackers tied to the Morvan Security Agency had breached the port. The agency said it had notified Gant Water.",
			[]string{"tarn-cyber-agency → gant-water"}, nil},
	}
	checkTold(t, "2025-11-20", tests)
}
