package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestCountedDefendants checks that a legal step whose object is a counted common noun ("two
// men", "four nationals") never takes for its target the name in a phrase after that object,
// a place ("in Dunmore") or the victim of the charge ("with hacking X"; pastCommonObject), and
// that a place standing in for unnamed defendants gives way to the names the next sentence
// sets beside them (withoutPlaces).
func TestCountedDefendants(t *testing.T) {
	tests := []struct {
		name, body string
		notTarget  string   // never a target of a legal step
		targets    []string // each a target of some legal step
	}{
		{"charged with hacking a bank", "The Justice Department charged three Latvian nationals with hacking Corvel Bank on Thursday.", "corvel-bank", nil},
		{"charged with stealing from", "The Justice Department charged two women with stealing data from Pell Insurance.", "pell-insurance", nil},
		{"arrested, names next", "Officers arrested two men in Dunmore on Monday. The men, Ansel Bright and Corin Vale, were held overnight.", "dunmore", []string{"ansel-bright", "corin-vale"}},
		{"detained, suspects named", "Police detained three people at a flat in Piraeus.\n\nThe suspects, Niko Dralis, Petros Vane and Eleni Mavri, face fraud charges.", "piraeus", []string{"niko-dralis", "petros-vane", "eleni-mavri"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.Zero(t, countEventsWith(g, schema.EventLegal, tt.notTarget, schema.RoleTarget), "got %s, want no legal step against %s", eventsString(g), tt.notTarget)
			for _, want := range tt.targets {
				assert.NotZero(t, countEventsWith(g, schema.EventLegal, want, schema.RoleTarget), "got %s, want a legal step against %s", eventsString(g), want)
			}
		})
	}
}
