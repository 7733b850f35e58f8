package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestNetworkEntered checks that going into another's network is breaking into it: "entered"
// or "slipped", "sneaked" or "crept into" with a network noun a name owns is an intrusion into
// the owner, while pleas, markets, countries and states entered or slipped into, and a network
// no name owns, tell of none; one never entered is negated.
func TestNetworkEntered(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"entered a possessed network",
			"Moss Heron had entered Talvik Freight's network in mid-July using a stolen password.",
			schema.EventIntrusion, "moss-heron", "talvik-freight", true},
		{"a described doer enters the systems of a name",
			"Hackers entered the systems of Talvik Freight on March 2.",
			schema.EventIntrusion, "hackers", "talvik-freight", true},
		{"slipped into, dated after",
			"Moss Heron slipped into Talvik Freight's network as early as Oct. 12.",
			schema.EventIntrusion, "moss-heron", "talvik-freight", true},
		{"fronted time, sneaked into the servers of a name",
			"In May, Moss Heron sneaked into the servers of Talvik Ports through a flaw in a VPN.",
			schema.EventIntrusion, "moss-heron", "talvik-ports", true},
		{"a plea entered",
			"Talvik Freight entered a plea of not guilty on Monday.",
			schema.EventIntrusion, "", "", false},
		{"a market entered",
			"Talvik Freight entered the Canadian market in 2019.",
			schema.EventIntrusion, "", "", false},
		{"slipped into a country",
			"The suspect slipped into Canada in March.",
			schema.EventIntrusion, "", "", false},
		{"a network no name owns",
			"Talvik Freight's engineers entered the network at 3 a.m. to restore it.",
			schema.EventIntrusion, "", "", false},
	})
	checkNegated(t, []negationCase{
		{"never entered", "Moss Heron never entered Talvik Freight's network, the company said.", schema.EventIntrusion, true},
	})
}
