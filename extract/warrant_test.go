package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestArrestWarrant checks that a warrant for someone's arrest is a legal step against that
// one, taken by whoever issues or obtains it, in the active and the passive, with "arrest"
// before the noun or "for the arrest of" after it; and that neither the arrest only sought nor
// the obtaining of the warrant is told as an event of its own.
func TestArrestWarrant(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"issued an arrest warrant for X", "The Harlow District Court issued an arrest warrant for Oskar Tamm on Thursday.",
			schema.EventLegal, "harlow-district-court", "oskar-tamm", true},
		{"a warrant with a time before its 'for'", "Judge Ilse Varga issued a warrant last month for Rasmus Kolk, a Brevia national.",
			schema.EventLegal, "ilse-varga", "rasmus-kolk", true},
		{"passive: warrants have been issued for X and Y", "Arrest warrants have been issued for Mirek Olan and Sanna Pohl.",
			schema.EventLegal, "", "sanna-pohl", true},
		{"obtained a warrant for the arrest of X", "On Monday, the Quarrow Prosecutor's Office obtained a warrant for the arrest of Edda Lind.",
			schema.EventLegal, "quarrow-prosecutors-office", "edda-lind", true},
		{"obtaining a warrant steals nothing", "On Monday, the Quarrow Prosecutor's Office obtained a warrant for the arrest of Edda Lind.",
			schema.EventTheft, "", "edda-lind", false},
		{"a search warrant names no one arrested", "Officers executed a search warrant at the offices of Telmark Systems.",
			schema.EventLegal, "", "telmark-systems", false},
	})
}

// TestWarrantedArrestNotMade checks that the arrest a warrant is for is not told as made: the
// warrant is the one legal step.
func TestWarrantedArrestNotMade(t *testing.T) {
	g := extractText(t, "2025-11-20", "The Quarrow Prosecutor's Office obtained a warrant for the arrest of Edda Lind on Monday.")
	assert.Equal(t, 1, countEvents(g, schema.EventLegal), "got %s, want the warrant only", eventsString(g))
}
