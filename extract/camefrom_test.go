package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestCameFrom checks that a deed noun that "came from" or "originated from" an actor names
// that actor its doer, as "was behind" does, for the deed told before too; and that a place or
// a thing it came from names no doer.
func TestCameFrom(t *testing.T) {
	const told = "Hackers attacked Kelvar Shipping on Monday. "
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent      string // "" for no doer but the hackers
		target     string
	}{
		{"said it had come from a state", "The port operator said the attack had come from Karsovia.", schema.EventAttack, "karsovia", ""},
		{"came from a state, the deed told before", told + "Officials said the attack came from Iran.", schema.EventAttack, "iran", "kelvar-shipping"},
		{"came from a named group", told + "The attack came from a group known as Dust Wren, officials said.", schema.EventAttack, "dust-wren", "kelvar-shipping"},
		{"probably came from described hackers", told + "The attack probably came from Russian military hackers.", schema.EventAttack, "russian-military-hackers", "kelvar-shipping"},
		{"said in a clause naming the gang", "Kelvar Shipping said on Monday that the ransomware attack came from the Cinder Moth gang.", schema.EventAttack, "cinder-moth", ""},
		{"came from a server", told + "The attack came from a server in Ohio.", schema.EventAttack, "hackers", "kelvar-shipping"},
		{"came from inside", told + "The attack came from inside the company.", schema.EventAttack, "hackers", "kelvar-shipping"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotNil(t, findEvent(g, tt.typ, tt.agent, tt.target), "got %s, want %s agent=%s target=%s", eventsString(g), tt.typ, tt.agent, tt.target)
		})
	}
}
