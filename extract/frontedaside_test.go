package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/require"
)

// TestFrontedAsideTime checks that a time fronted in a sentence keeps dating the main verb when
// an adverbial aside set off by commas stands between it and the subject, a clause or a phrase
// of time or circumstance ("On Tuesday, after the tariffs were imposed, the ministry
// said …"; frontedAside), and that a time of the aside's own is not taken over.
func TestFrontedAsideTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a passive clause after 'after', a body speaking", "2025-11-20",
			"On Tuesday, after the tariffs were imposed, the Vestian Foreign Ministry said it would study its options.",
			schema.EventStatement, "vestian-foreign-ministry", "", "2025-11-18"},
		{"a phrase after 'after'", "2025-11-20",
			"On Tuesday, after the tariffs, the Vestian Foreign Ministry said it would study its options.",
			schema.EventStatement, "vestian-foreign-ministry", "", "2025-11-18"},
		{"a phrase after 'before', a titled person speaking", "2025-11-20",
			"On Monday, before the vote, Senator Ana Brill said the measure was needed.",
			schema.EventStatement, "ana-brill", "", "2025-11-17"},
		{"a passive clause after 'before'", "2025-11-20",
			"On Monday, before the vote was held, Senator Ana Brill said the measure was needed.",
			schema.EventStatement, "ana-brill", "", "2025-11-17"},
		{"a country speaking after a clause", "2025-11-20",
			"On Monday, after the talks were suspended, Vestia said it would close two Norlandic consulates.",
			schema.EventStatement, "vestia", "", "2025-11-17"},
		{"a denial after 'late on' and a phrase", "2025-11-20",
			"Late on Tuesday, after the vote, the Vestian Foreign Ministry rejected the accusations.",
			schema.EventDenial, "vestian-foreign-ministry", "", "2025-11-18"},
		{"the aside's own day stays the aside's", "2025-11-20",
			"In March, after the breach was found on March 3, Delmar Bank said customer data was safe.",
			schema.EventStatement, "delmar-bank", "", "2025-03"},
		{"a deed after a clause with 'as'", "2025-11-20",
			"On Wednesday, as the diplomats left, Vestia expelled two Norlandic diplomats.",
			schema.EventSanction, "vestia", "", "2025-11-19"},
	}, false)
}

// TestFrontedAsideReach checks what frontedAside leaves alone: a fronted phrase with a verb of
// its own, a subject with a verb before the one dated, and an aside with no word of time or
// circumstance.
func TestFrontedAsideReach(t *testing.T) {
	c, err := loadCues()
	require.NoError(t, err)
	x := &Extractor{cue: c}
	tests := []struct {
		name string
		toks []token
		t, i int
		want bool
	}{
		{"a fronted day, an 'after' phrase, the subject, the verb",
			taggedToks("On/IN Monday/NNP ,/, after/IN the/DT vote/NN ,/, the/DT ministry/NN said/VBD"), 1, 9, true},
		{"a measure before 'after'",
			taggedToks("On/IN Monday/NNP ,/, two/CD days/NNS after/IN the/DT vote/NN ,/, the/DT ministry/NN said/VBD"), 1, 11, true},
		{"a fronted phrase with a verb of its own",
			taggedToks("When/WRB Monday/NNP came/VBD ,/, after/IN the/DT vote/NN ,/, the/DT ministry/NN said/VBD"), 1, 10, false},
		{"an aside of no time or circumstance",
			taggedToks("On/IN Monday/NNP ,/, in/IN a/DT statement/NN ,/, the/DT ministry/NN said/VBD"), 1, 9, false},
		{"a verb between the aside and the verb dated",
			taggedToks("On/IN Monday/NNP ,/, after/IN the/DT vote/NN ,/, officials/NNS who/WP met/VBD said/VBD"), 1, 10, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := x.frontedAside(tt.toks, tt.t, tt.i); got != tt.want {
				t.Errorf("frontedAside = %v, want %v", got, tt.want)
			}
		})
	}
}
