package extract

import "testing"

// TestAndThatSubject checks a subject pronoun opening a "that" clause coordinated with an
// earlier reported clause ("X said it notified Y …, and that it has since informed Z"): it is
// the first clause's subject, not the body that clause told, and no actor when that subject
// named none.
func TestAndThatSubject(t *testing.T) {
	tests := []toldCase{
		{"said it, and that it", "Morrow Energy said it notified the Dorsey Bureau the same day it found the breach, and that it has since informed the Ferrant Data Office as well as regulators in two states.",
			[]string{"morrow-energy → dorsey-bureau", "morrow-energy → ferrant-data-office"}, []string{"dorsey-bureau → ferrant-data-office"}},
		{"said on a day that it, and that it", "Pellan Grid said on Monday that it reported the intrusion to the Dorsey Bureau, and that it had briefed the Ferrant Data Office a week later.",
			[]string{"pellan-grid → dorsey-bureau", "pellan-grid → ferrant-data-office"}, []string{"dorsey-bureau → ferrant-data-office"}},
		{"unnamed plural subject", "The hospitals said they had notified the Dorsey Bureau and that they were also informing the Ferrant Data Office.",
			nil, []string{"dorsey-bureau → ferrant-data-office"}},
	}
	checkTold(t, "2025-11-20", tests)
}
