package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestStateBodyOf checks that a deed done "by the <modifiers> services of <state>" (or its
// agencies or authorities) is the state's, and that a statement saying so accuses the state
// (stateBodyOf in byAgent and saidDoneBy), quoted or not; a firm after "of" is no state.
func TestStateBodyOf(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string
		want          bool
	}{
		{"special services of a state", "The Karvian security service said the attack on Pelk Energy had been carried out by the special services of the Russian Federation.", "karvian-security-service", "russia", true},
		{"intelligence services of a state", "Ostland's interior ministry said the intrusion was carried out by the intelligence services of Iran.", "ostland", "iran", true},
		{"quoted after by", `In a statement on Thursday, the Karvian security service said the attack on Pelk Energy had been carried out by "the special services of the Russian Federation".`, "karvian-security-service", "russia", true},
		{"agencies, trailing said", "The theft of the files was committed by the intelligence agencies of China, the Karvian security service said on Monday.", "karvian-security-service", "china", true},
		{"a firm is no state", "The Karvian security service said the audit had been carried out by the services of Kestrel Labs.", "karvian-security-service", "kestrel-labs", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			got := findEvent(g, schema.EventAccusation, tt.agent, tt.target) != nil
			assert.Equal(t, tt.want, got, "got %s, want an accusation by %s of %s: %v", eventsString(g), tt.agent, tt.target, tt.want)
		})
	}
}
