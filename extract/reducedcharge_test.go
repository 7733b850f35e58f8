package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestReducedCharge checks that a participle of accusing or charging set off by a comma after
// a clause about a person ("X was detained in May, charged with hacking Y", "X appeared in
// court, accused of stealing from Y") makes that person the one charged, never the accuser or
// the one who charges, and the victim of the offence no party to the step (reducedCharge).
func TestReducedCharge(t *testing.T) {
	tests := []struct {
		name, body string
		person     string // never an agent of a legal step or accusation
		victim     string // never a party to a legal step or accusation
	}{
		{"detained, charged with", "Teodor Lusk was detained in March, charged with hacking Mirelle Freight.", "teodor-lusk", "mirelle-freight"},
		{"charged, accused of", "Ilsa Varga was charged on Thursday, accused of breaking into Hollin Mutual.", "ilsa-varga", "hollin-mutual"},
		{"appeared, accused of", "Oren Falk appeared in court on Thursday, accused of stealing data from Castell Grid.", "oren-falk", "castell-grid"},
		{"charged in a year, with", "Oren Falk, charged in 2021 with stealing from Castell Grid, was sentenced on Thursday.", "oren-falk", "castell-grid"},
		{"accused last year, of", "Oren Falk was jailed on Monday, accused last year of hacking Castell Grid.", "oren-falk", "castell-grid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			for _, typ := range []schema.EventType{schema.EventLegal, schema.EventAccusation} {
				assert.Zero(t, countEventsWith(g, typ, tt.person, schema.RoleAgent), "got %s, want %s no doer of a %s", eventsString(g), tt.person, typ)
				for _, role := range []schema.Role{schema.RoleAgent, schema.RoleTarget} {
					assert.Zero(t, countEventsWith(g, typ, tt.victim, role), "got %s, want %s no party to a %s", eventsString(g), tt.victim, typ)
				}
			}
		})
	}
}

// TestEdgeOpeningsNoPanic checks inputs whose first tokens sit where a rule reads two tokens back:
// a sentence opening with the comma before a charging participle (reducedCharge), and "In fact a
// front for Y" with no verb before it (frontFor). Extraction must neither panic nor find a front.
func TestEdgeOpeningsNoPanic(t *testing.T) {
	for _, body := range []string{
		", charged with hacking Kestrel Bank, the man was arrested on Monday.",
		"\"In fact a front for the Karsovian Ministry of State Security,\" Kestrel Labs said of Grey Finch.",
	} {
		assert.NotPanics(t, func() { extractText(t, "2025-11-20", body) }, body)
	}
	assert.False(t, frontFor(taggedToks("In/IN fact/NN a/DT front/NN for/IN Grey/NNP Finch/NNP"), 3), "no verb before the front")
}
