package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestByUnitOfBody checks that a passive legal step whose "by" names a part of a body ("was
// arrested by the cybercrime unit of the X Police", "was taken into custody by the cyber wing
// of X") has that body for its doer, as "by officers of X" and "by X" do.
func TestByUnitOfBody(t *testing.T) {
	checkPartiesCases(t, "2025-11-20", schema.EventLegal, []partiesCase{
		{"custody by a wing of", "Ivo Marek was taken into custody on Tuesday by the cyber wing of the Tarsk Police.",
			"tarsk-police", "ivo-marek", true},
		{"arrested by a unit of, fronted day", "On Monday, Lena Ruud was arrested by the cybercrime unit of the Velmora National Police.",
			"velmora-national-police", "lena-ruud", true},
		{"detained by a special unit of", "Two men were detained last week by a special unit of the Harlow Police, and Rafe Dunn was charged.",
			"harlow-police", "", true},
		{"a town's police department is no part of the town", "A man suspected of running the Gravel botnet was arrested by the police department of Tarsk on Monday.",
			"tarsk", "", false},
		{"by officers of", "Rafe Dunn was detained last week by officers of the Harlow Police.",
			"harlow-police", "rafe-dunn", true},
	})
}
