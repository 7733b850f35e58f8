package extract

import "testing"

// TestSeemingSender checks that a message received tells only when "from" names its sender
// after the message noun ("received a letter from X", "received a warning on Monday from X"),
// not when the "from" is a relative clause's ("received emails that appeared to come from X",
// "messages that purported to be from X"): a lure's seeming sender told no one.
func TestSeemingSender(t *testing.T) {
	tests := []toldCase{
		{"appeared to come from", "In May several Norvik employees received emails that appeared to come from the Velmar Ministry of Finance.",
			nil, []string{"velmar-ministry-of-finance → norvik"}},
		{"purported to be from", "Staff at Norvik received messages that purported to be from the Velmar Tax Office.",
			nil, []string{"velmar-tax-office → norvik"}},
		{"letter from", "Norvik received a letter from the Velmar Tax Office in May.",
			[]string{"velmar-tax-office → norvik"}, nil},
		{"time before from", "Norvik received a warning on Monday from the Dorsey Bureau.",
			[]string{"dorsey-bureau → norvik"}, nil},
		{"participle before from", "Norvik received a letter sent from the Velmar Tax Office.",
			[]string{"velmar-tax-office → norvik"}, nil},
	}
	checkTold(t, "2025-11-20", tests)
}
