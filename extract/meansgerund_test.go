package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestMeansGerund checks that an -ing form after "by" telling how a deed was done takes the
// subject of its clause's verb for its doer (meansMain), never the owner named in the object
// before it, and none when that verb is passive; and that such a gerund after a deed noun a verb
// takes ("gained access … by compromising …") is told with that deed, not as another
// (meansOfDeed).
func TestMeansGerund(t *testing.T) {
	checkDeedCases(t, []deedCase{
		{"the owner in the object does not compromise", "Hackers gained access to Varnel Energy's network by compromising a contractor's account.",
			schema.EventIntrusion, "varnel-energy", "", "", false},
		{"the owner in the object does not hijack", "The intruders reached Dalmore Insurance's billing servers by hijacking an administrator's session.",
			schema.EventIntrusion, "dalmore-insurance", "", "", false},
		{"the owner is still the victim", "Hackers gained access to Varnel Energy's network by compromising a contractor's account.",
			schema.EventIntrusion, "", "varnel-energy", "", true},
		{"a named subject steals across a time phrase", "Investigators said APT99 had entered Ostrel Bank's mail servers, in the spring of 2023, by stealing a contractor's password.",
			schema.EventTheft, "apt99", "", "", true},
		{"a named subject steals, not the owner", "Investigators said APT99 had entered Ostrel Bank's mail servers, in the spring of 2023, by stealing a contractor's password.",
			schema.EventTheft, "ostrel-bank", "", "", false},
		{"a passive clause names no doer", "Ostrel Bank's network was breached by exploiting a flaw in its VPN.",
			schema.EventIntrusion, "ostrel-bank", "", "", false},
	})
	g := extractText(t, "2025-11-20", "Hackers gained access to Varnel Energy's network by compromising a contractor's account.")
	n := 0
	for _, ev := range g.Events {
		if ev.Type == schema.EventIntrusion {
			n++
		}
	}
	assert.Equal(t, 1, n, "got %d intrusions, want 1: %s", n, eventsString(g))
}
