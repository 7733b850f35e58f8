package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestEventPrecision checks rules that keep wrong events and wrong participants out: the source
// of "according to" is no agent, a relative clause that has ended names no subject, and "the
// intruders" describes the article's one threat group, and the offence of a charge is no deed.
func TestEventPrecision(t *testing.T) {
	tests := []struct {
		name, body    string
		typ           schema.EventType
		agent, target string // "" = any
		want          bool
	}{
		{"according to is a source", "According to Harrow Bank, the intruders stole payroll files from Nimbus Systems in May.",
			schema.EventTheft, "harrow-bank", "", false},
		{"according to keeps the target", "According to Harrow Bank, the intruders stole payroll files from Nimbus Systems in May.",
			schema.EventTheft, "", "nimbus-systems", true},
		{"an ended relative clause", "According to the Daily Ledger, who first reported the story on Monday, the operation stole payroll files from Nimbus Systems.",
			schema.EventTheft, "daily-ledger", "", false},
		{"an open relative clause", "Grey Heron, which in 2023 stole payroll files from Nimbus Systems, denied the claims.",
			schema.EventTheft, "grey-heron", "nimbus-systems", true},
		{"the intruders are the group", "Ash Spider broke into Nimbus Systems in May. The intruders stole payroll files from Harrow Bank.",
			schema.EventTheft, "ash-spider", "harrow-bank", true},
		{"an offence charged", "Jo Vance was charged with extortion and computer intrusion in May.",
			schema.EventIntrusion, "", "", false},
		{"offences in a list of charges", "Jo Vance faces four charges, including conspiring to hack government computers.",
			schema.EventIntrusion, "", "", false},
		{"a sentence for an offence", "Jo Vance was sentenced to a year in jail for breaching his bail conditions.",
			schema.EventIntrusion, "", "", false},
		{"a deed, not a charge", "Jo Vance conspired with two friends to steal payroll files from Harrow Bank.",
			schema.EventTheft, "jo-vance", "harrow-bank", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			ev := findEvent(g, tt.typ, tt.agent, tt.target)
			assert.Equal(t, tt.want, ev != nil, "want %v: %s %s → %s in %s", tt.want, tt.typ, tt.agent, tt.target, eventsString(g))
		})
	}
}
