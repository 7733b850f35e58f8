package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestDocRelative checks that a charging document's present verb of charge takes the time of
// the relative clause set off by commas on the document's noun ("The complaint, which was
// filed in May, charges X"), not the day of writing, whatever the clause's voice; a clause
// with no time leaves the charge to the other rules (docRelative).
func TestDocRelative(t *testing.T) {
	checkTimes(t, []timeCase{
		{"passive relative, a month", "2025-11-20", "The complaint, which was filed in May, charges Ivo Brandt with wire fraud.",
			schema.EventLegal, "", "ivo-brandt", "2025-05"},
		{"active relative with its own subject, a day", "2025-11-20", "The complaint, which prosecutors filed on Monday, charges Ivo Brandt and two other men with computer fraud.",
			schema.EventLegal, "", "ivo-brandt", "2025-11-17"},
		{"accuses, a grand jury's return", "2025-11-20", "An indictment, which a grand jury returned in June, accuses Ivo Brandt of hacking Kessel Bank.",
			schema.EventAccusation, "", "ivo-brandt", "2025-06"},
		{"the reduced aside as before", "2025-11-20", "The complaint, filed in May, charges Ivo Brandt with wire fraud.",
			schema.EventLegal, "", "ivo-brandt", "2025-05"},
	}, false)
}
