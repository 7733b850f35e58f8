package extract

import "testing"

// TestPartyMemberNoActor checks that "<state> Democrat" or "<state> Republican" set after a
// lawmaker's name, a comma and "a" or "an" describes the lawmaker ("Rep. X, a Colorado
// Republican who sits on …"): no actor of its own, and no target of the deed the lawmaker
// tells of.
func TestPartyMemberNoActor(t *testing.T) {
	checkNoActorCases(t, "2025-11-20", []noActorCase{
		{"Representative Dana Whitcombe, a Rhode Island Democrat who sits on the House Armed Services Committee, asked how many suppliers had been hacked by the same group.",
			"Rhode Island Democrat", "Dana Whitcombe"},
		{"Rep. Paul Ridley, a Colorado Republican who sits on the Homeland Security Committee, said hackers had breached the utility.",
			"Colorado Republican", "Paul Ridley"},
		{"\"They hacked us,\" said Tom Avery, an Ohio Republican, on Monday.", "Ohio Republican", "Tom Avery"},
	})
}
