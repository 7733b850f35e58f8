package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestOwnProsecutors checks that prosecutors described as a state's ("prosecutors in Poland") or
// as the federal ones are a body of their own, and the doer of the legal step they take or tell
// of, when the article names no prosecution service or ministry of justice to take them up;
// that a ministry named does take them up; and that bare "prosecutors" stay no one unless they
// do a legal step (TestUnnamedProsecutors).
func TestOwnProsecutors(t *testing.T) {
	checkPartiesCases(t, "2024-06-12", schema.EventLegal, []partiesCase{
		{"federal prosecutors charge", "Federal prosecutors on Tuesday charged Ivo Marsk with wire fraud.",
			"federal-prosecutors", "ivo-marsk", true},
		{"federal prosecutors tell of a passive charge", "A Dunmore man was charged with helping foreign workers pose as locals, federal prosecutors said Wednesday.",
			"federal-prosecutors", "", true},
		{"a state's prosecutors", "Prosecutors in Poland on Tuesday charged Ivo Marsk with wire fraud.",
			"prosecutors-in-poland", "ivo-marsk", true},
		{"a ministry named takes them up", "Federal prosecutors on Tuesday charged Ivo Marsk with wire fraud. The Justice Department said he had fled.",
			"justice-department", "ivo-marsk", true},
		{"so they are no body of their own", "Federal prosecutors on Tuesday charged Ivo Marsk with wire fraud. The Justice Department said he had fled.",
			"federal-prosecutors", "", false},
		{"bare prosecutors who tell of a step stay no one", "A Dunmore man was charged with helping foreign workers pose as locals, prosecutors said Wednesday.",
			"prosecutors", "", false},
	})
}
