package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestLaterConjunctCount checks that a count of days closing a predicate coordinated after an
// event ("… and encrypted its servers two days later") dates that predicate, while the event
// before "and" keeps the time the sentence opens with (laterPredicate), even when it stands in
// an infinitive farther from that time than from the count.
func TestLaterConjunctCount(t *testing.T) {
	const sent = "On March 3, 2024, Tomas Verlin used a stolen password to break into the network of Harlow County and encrypted its servers two days later, prosecutors said."
	checkTimes(t, []timeCase{
		{"the infinitive's intrusion keeps the opening day", "2025-02-27", sent,
			schema.EventIntrusion, "tomas-verlin", "harlow-county", "2024-03-03"},
		{"the later conjunct takes the count", "2025-02-27", sent,
			schema.EventAttack, "tomas-verlin", "harlow-county", "2024-03-05"},
		{"a finite first verb keeps it too", "2025-02-27",
			"On March 3, 2024, Tomas Verlin broke into the network of Harlow County and left the country two days later, prosecutors said.",
			schema.EventIntrusion, "tomas-verlin", "harlow-county", "2024-03-03"},
		{"a count in the event's own predicate still dates it", "2025-02-27",
			"Harlow County found the intrusion on March 3, 2024. Tomas Verlin, who had fled, encrypted the servers of Harlow County two days later.",
			schema.EventAttack, "tomas-verlin", "harlow-county", "2024-03-05"},
	}, false)
}
