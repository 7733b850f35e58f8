package extract

import "testing"

// TestInvitedToPlace checks that a verb of asking or inviting followed by its object and "to"
// tells only when the "to" opens an infinitive of what is asked ("invited X to join a task
// force"), not a phrase of where the object is asked to go ("invited X to a conference",
// "invited X to the briefing").
func TestInvitedToPlace(t *testing.T) {
	tests := []toldCase{
		{"to a conference", "The Velmar Ministry of Finance invited Norvik to a conference in May.",
			nil, []string{"velmar-ministry-of-finance → norvik"}},
		{"to the briefing", "The Dorsey Bureau invited Kessler Bank to the briefing on Monday.",
			nil, []string{"dorsey-bureau → kessler-bank"}},
		{"to a named place", "The Dorsey Bureau asked Anna Lisk to Vensk for talks.",
			nil, []string{"dorsey-bureau → anna-lisk"}},
		{"to an infinitive", "The Dorsey Bureau invited Kessler Bank to join a task force.",
			[]string{"dorsey-bureau → kessler-bank"}, nil},
		{"urged to an infinitive", "The Dorsey Bureau urged Kessler Bank to patch its routers.",
			[]string{"dorsey-bureau → kessler-bank"}, nil},
	}
	checkTold(t, "2025-11-20", tests)
}
