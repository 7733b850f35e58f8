package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// accusationCase is one body and the accusation it must give, by accuser of accused; an empty
// accuser asks for no accusation at all.
type accusationCase struct {
	name, body, accuser, accused string
}

// checkAccusations extracts each case's body (published 2025-11-20) and checks its accusation.
func checkAccusations(t *testing.T, tests []accusationCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			if tt.accuser == "" {
				assert.Zero(t, countEvents(g, schema.EventAccusation), "got %s, want no accusation", eventsString(g))
				return
			}
			require.NotNil(t, findEvent(g, schema.EventAccusation, tt.accuser, tt.accused), "got %s, want accusation %s → %s", eventsString(g), tt.accuser, tt.accused)
		})
	}
}

// TestSaidDoneBy checks that a statement reporting a deed in the passive with its doer after
// "by" ("X said the attack had been carried out by Y", "The theft was committed by Y, X said")
// is an accusation of Y by X, and that a passive naming no doer ("was detected by", "was
// reported by") or a negated one ("was not carried out by") accuses no one.
func TestSaidDoneBy(t *testing.T) {
	checkAccusations(t, []accusationCase{
		{"simple passive", "Corvid Labs said the attack was carried out by Ferrous Crane.", "corvid-labs", "ferrous-crane"},
		{"perfect passive", "Corvid Labs said the attack had been carried out by Ferrous Crane.", "corvid-labs", "ferrous-crane"},
		{"that clause with a day", "Molvan Labs said on Thursday that the breach at Kestrel Bank had been conducted by Ferrous Crane.", "molvan-labs", "ferrous-crane"},
		{"adverb in the perfect", "Corvid Labs said the attack had probably been carried out by Ferrous Crane.", "corvid-labs", "ferrous-crane"},
		{"committed by", "Molvan Labs said the theft had been committed by Ferrous Crane.", "molvan-labs", "ferrous-crane"},
		{"perpetrated by, compound deed", "Molvan Labs said the ransomware attack on Pelk Water was perpetrated by Quill Spider.", "molvan-labs", "quill-spider"},
		{"trailing saying", "The theft was committed by Jade Kettle, the FBI said on Tuesday.", "federal-bureau-of-investigation", "jade-kettle"},
		{"plural deed, described speakers", "Dravik police said the hacks on two banks had been carried out by Ferrous Crane.", "dravik-police", "ferrous-crane"},
		{"negated", "Molvan Labs said the attack was not carried out by Ferrous Crane.", "", ""},
		{"detected by", "Molvan Labs said the attack was detected by Pelk Energy's security team.", "", ""},
		{"reported by", "Molvan Labs said the breach was reported by Kestrel Bank on Monday.", "", ""},
		{"discovered by", "Kestrel Bank said the intrusion was discovered by Molvan Labs.", "", ""},
	})
}

// TestJointAccusersFold checks that accusers who blame someone on one day and, a sentence later,
// say who did the deed together with others ("X on Thursday blamed Y …. In a joint statement,
// X and Z said the theft was carried out by Y") make one accusation, not two.
func TestJointAccusersFold(t *testing.T) {
	body := "The FBI on Thursday blamed Jade Kettle for the theft of $40 million from Varnel Exchange. " +
		"In a joint statement, the FBI and the Dravik National Police Agency said the theft was carried out by Jade Kettle."
	g := extractText(t, "2025-11-20", body)
	assert.Equal(t, 1, countEvents(g, schema.EventAccusation), "got %s, want one accusation", eventsString(g))
	require.NotNil(t, findEvent(g, schema.EventAccusation, "federal-bureau-of-investigation", "jade-kettle"), "got %s", eventsString(g))
}
