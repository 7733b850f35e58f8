package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestMessageSentWarns checks that a participle of telling closing a message's sending ("… and
// wrote to every client warning them", "sent letters to suppliers warning them") is the
// sender's warning, not one by the body named in the verb coordinated before it, and that
// with a time of its own it stays a second act.
func TestMessageSentWarns(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"the sender of the letters warns", "Pellam Logistics informed the National Police on Monday and sent letters to suppliers warning them that invoices had been forged.",
			schema.EventWarning, "national-police", "", false},
		{"the one written to after a time", "Orvane Bank notified the Data Protection Authority in May and wrote to every affected client the following month warning them to be alert to fake calls.",
			schema.EventWarning, "data-protection-authority", "", false},
		{"emailed staff", "Dunmore Energy contacted the Federal Bureau of Investigation and emailed staff warning them not to open attachments.",
			schema.EventWarning, "federal-bureau-of-investigation", "", false},
		{"the sender keeps its first warning", "Dunmore Energy contacted the Federal Bureau of Investigation and emailed staff warning them not to open attachments.",
			schema.EventWarning, "dunmore-energy", "federal-bureau-of-investigation", true},
		{"a perfect sending: had written", "Orvane Bank said it had notified the Data Protection Authority and had written to every affected client warning them to be alert to fake calls.",
			schema.EventWarning, "data-protection-authority", "", false},
		{"a perfect sending: has sent", "Pellam Logistics has informed the National Police and has sent letters to suppliers warning them that invoices had been forged.",
			schema.EventWarning, "national-police", "", false},
		{"a letter received warns its reader of nothing", "Tarvo Bank received a letter from Orvane Bank warning it that its routers had been hijacked.",
			schema.EventWarning, "orvane-bank", "tarvo-bank", true},
	})
	g := extractText(t, "2025-11-20", "Orvane Bank notified the Data Protection Authority in May and wrote to every affected client the following month warning them to be alert to fake calls.")
	n := 0
	for _, e := range g.Events {
		if e.Type == schema.EventWarning && hasParticipant(e, "orvane-bank", schema.RoleAgent) {
			n++
		}
	}
	assert.Equal(t, 2, n, "the notice and the later letters are two acts: %s", eventsString(g))
}
