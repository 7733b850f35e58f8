package extract

import "testing"

// TestOwnHeadName checks that a description takes up the body whose own name ends in its head
// ("the Salvo River Water Authority … the authority"), though that body was read as a company
// and an agency of another name came between.
func TestOwnHeadName(t *testing.T) {
	tests := []toldCase{
		{"the authority, an agency between", "The State Department announced a reward for information on the men. Hackers broke into the network of the Salvo River Water Authority, a utility serving 90,000 people, in October 2021. The Dorsey Bureau notified the authority of the intrusion the following month.",
			[]string{"dorsey-bureau → salvo-river-water-authority"}, []string{"dorsey-bureau → state-department"}},
		{"the authority as teller", "The Treasury Department sanctioned the firm on Tuesday. Intruders reached the control systems of the Marden Valley Water Authority in May. The authority alerted the Dorsey Bureau the next day.",
			[]string{"marden-valley-water-authority → dorsey-bureau"}, []string{"treasury-department → dorsey-bureau"}},
	}
	checkTold(t, "2025-11-20", tests)
}
