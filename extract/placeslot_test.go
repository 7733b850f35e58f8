package extract

import "testing"

// TestTownInOtherPlaceSlots checks that a name the gazetteer does not know, written alone
// after "in" behind a common noun and elsewhere only where a place stands (after "to" behind
// a word of going somewhere, before a comma and a state, before "International Airport"),
// is a town, no actor; a name written elsewhere too stays one.
func TestTownInOtherPlaceSlots(t *testing.T) {
	checkNoActorCases(t, "2025-11-20", []noActorCase{
		{"Prosecutors said Evan Hollis passed drawings to a research institute in Veshan. He was arrested as he prepared to board a flight to Veshan.", "Veshan", "Evan Hollis"},
		{"Hackers in Kasimir stole files from Torvane Logistics, the company said. Its founder later flew to Kasimir.", "Kasimir", "Torvane Logistics"},
		{"A hospital in Garrow was hit, Torvane Logistics said. Agents met at Garrow International Airport in May.", "Garrow", "Torvane Logistics"},
		{"A clinic in Delby lost its records, Torvane Logistics said. The Delby, Ohio, clinic paid no ransom.", "Delby", "Torvane Logistics"},
	})
	g := extractText(t, "2025-11-20", "A hospital in Marrick was hit. Marrick said on Monday that it had paid no ransom.")
	if actorByName(g, "Marrick") == nil {
		t.Errorf("got %v, want Marrick, which speaks, to stay an actor", names(g))
	}
}
