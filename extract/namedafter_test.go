package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestNameGivenAfter checks that the object of an attributing "to" or a blaming "on" that is an
// unnamed noun phrase named right after it is the name given: by a clause with a bare plural
// namer ("a group that researchers call X", "a crew that analysts track as X", "a group that
// security researchers track as X"), or by a participle with no namer ("a hacking group known
// as X", "a crew dubbed X"), after a finite verb or a participle on a report. A relative
// clause that names no one gives no name of what follows it.
func TestNameGivenAfter(t *testing.T) {
	checkPartiesCases(t, "2025-11-20", schema.EventAccusation, []partiesCase{
		{"report attributing, researchers call", "Fallow Labs published a report attributing the campaign to a group that researchers call Tin Wasp.",
			"fallow-labs", "tin-wasp", true},
		{"report attributing, known as", "Sorrel Labs published a report attributing the campaign to a hacking group known as Reed Wasp.",
			"sorrel-labs", "reed-wasp", true},
		{"blamed on, security researchers track as", "Tarrow Labs blamed the attack on a group that security researchers track as Cobalt Finch.",
			"tarrow-labs", "cobalt-finch", true},
		{"attributed to, analysts track as", "Investigators at Kell Security attributed the thefts to a crew that analysts track as Jade Stoat.",
			"kell-security", "jade-stoat", true},
		{"blamed on, dubbed, fronted day", "On Monday, Ferris Labs blamed the outage on a gang dubbed Ivory Stoat.",
			"ferris-labs", "ivory-stoat", true},
		{"relative naming no one", "Wexford Labs blamed the breach on a group that attacked Harlow Bank last year.",
			"wexford-labs", "harlow-bank", false},
	})
}
