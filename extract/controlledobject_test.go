package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestControlledObject checks that the doer of an infinitive governed through its object by a
// verb of causing or asking ("prompting X to issue", "led X to notify", "urged X to publish")
// is that object: a named one does it, and a description no actor stands for leaves the deed
// with no doer rather than the sentence's subject, the name before it or the owner of the
// description.
func TestControlledObject(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"a named object prompted", "The breach prompted the Norvik Cyber Authority to issue a warning to regional banks.",
			schema.EventWarning, "norvik-cyber-authority", "", true},
		{"a named object led", "The intrusion led Brackley Mutual to notify the Halden Data Office on Friday.",
			schema.EventWarning, "brackley-mutual", "halden-data-office", true},
		{"an owned description: not the victim before it", "Grey Lynx hit Osric Energy on Monday, prompting the country's energy regulator to issue a warning to utilities.",
			schema.EventWarning, "osric-energy", "", false},
		{"an owned description: not the doer", "Grey Lynx hit Osric Energy on Monday, prompting the country's energy regulator to issue a warning to utilities.",
			schema.EventWarning, "grey-lynx", "", false},
		{"an owned description: not its owner", "Grey Lynx hit Osric Energy in Velmora, prompting Velmora's national cyber office to issue a warning to hospitals.",
			schema.EventWarning, "velmora", "", false},
	})
}
