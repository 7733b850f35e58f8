package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestTownCourt checks that a court described by the town it sits in ("a Tallinn court", "a
// regional court in Tartu") and doing a deed is a body of its own that takes the legal step,
// not the state whose town it is, nor nobody; a nationality, a state or a bare "a court in"
// before the town are left as they were.
func TestTownCourt(t *testing.T) {
	lead := "Halvar Quist was arrested in Tallinn in May. "
	checkEventRules(t, "2025-11-20", []eventCase{
		{"town before court", lead + "A Tallinn court approved his extradition in August.",
			schema.EventLegal, "tallinn-court", "halvar-quist", true},
		{"town before court: not the state", lead + "A Tallinn court approved his extradition in August.",
			schema.EventLegal, "estonia", "halvar-quist", false},
		{"town and a modifier, a day before the verb", lead + "A Vilnius district court on Friday ordered Quist held without bail.",
			schema.EventLegal, "vilnius-district-court", "halvar-quist", true},
		{"a ruling on an appeal", lead + "The Narva city court rejected his appeal in September.",
			schema.EventLegal, "narva-city-court", "halvar-quist", true},
		{"a ruling on an appeal is no denial", lead + "The Narva city court rejected his appeal in September.",
			schema.EventDenial, "narva-city-court", "", false},
		{"modifier, court, in and the town", lead + "A regional court in Tartu rejected his appeal in September.",
			schema.EventLegal, "regional-court-in-tartu", "halvar-quist", true},
		{"plural modifier", lead + "An appeals court in Kaunas upheld his conviction in July.",
			schema.EventLegal, "appeals-court-in-kaunas", "halvar-quist", true},
		{"an adverb before the verb", "A Riga court also sentenced Lena Hald to three years in prison.",
			schema.EventLegal, "riga-court", "lena-hald", true},
		{"the district court in a town", "The district court in Parnu convicted Ivo Marsh of fraud in October.",
			schema.EventLegal, "district-court-in-parnu", "ivo-marsh", true},
		{"a nationality is the state's", "Karsovia protested. A Karsovian court sentenced Lena Hald to three years in prison.",
			schema.EventLegal, "karsovian-court", "lena-hald", false},
		{"no modifier before court in a town", "A court in Dorvik sentenced Lena Hald to three years in prison.",
			schema.EventLegal, "court-in-dorvik", "lena-hald", false},
		{"a court that does no deed", "Lena Hald appeared before a Riga court on Monday.",
			schema.EventLegal, "riga-court", "", false},
	})
}
