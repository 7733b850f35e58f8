package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestSayingDayNotDeed checks that a day set right after a verb of saying or telling, before
// the clause it reports ("said Monday the group had breached …", "told reporters on Sunday
// that …"), dates the saying and not a deed that clause tells of, with "that" or without, the
// saying found as an event or not (sayingDay); and that the saying keeps its day and a deed
// keeps a time of its own.
func TestSayingDayNotDeed(t *testing.T) {
	checkTimes(t, []timeCase{
		{"bare day, no 'that', past perfect deed", "2025-11-20",
			"Officials at the Norvel Interior Ministry said Monday the Grey Heron group had breached its email servers.",
			schema.EventIntrusion, "grey-heron", "norvel-interior-ministry", ""},
		{"the saying keeps the day", "2025-11-20",
			"Officials at the Norvel Interior Ministry said Monday the Grey Heron group had breached its email servers.",
			schema.EventStatement, "norvel-interior-ministry", "", "2025-11-17"},
		{"'on' and a simple past deed, no 'that'", "2025-11-20",
			"Harwick Bank said on Wednesday the Iron Finch group stole data from its customers.",
			schema.EventTheft, "iron-finch", "harwick-bank", ""},
		{"a hearer between the verb and the day", "2025-11-20",
			"Analysts at Renholt Security told reporters on Sunday the Iron Finch group had stolen passwords from Varlow Bank.",
			schema.EventTheft, "iron-finch", "varlow-bank", ""},
		{"a hearer and 'that', the tellers named by no actor", "2025-11-20",
			"Investigators told reporters on Sunday that the Iron Finch group had stolen passwords from Varlow Bank.",
			schema.EventTheft, "iron-finch", "varlow-bank", ""},
		{"'late on' before the day", "2025-11-20",
			"Dremmel Water confirmed late on Friday the Copper Wren group had encrypted its servers.",
			schema.EventAttack, "copper-wren", "dremmel-water", ""},
		{"a time of the deed's own still dates it", "2025-11-20",
			"Harwick Bank said on Wednesday the Iron Finch group stole data from its customers in August.",
			schema.EventTheft, "iron-finch", "harwick-bank", "2025-08"},
		{"a deed told before the saying keeps the day", "2025-11-20",
			"The Iron Finch group stole data from Harwick Bank on Wednesday, the bank said.",
			schema.EventTheft, "iron-finch", "harwick-bank", "2025-11-19"},
	}, false)
}
