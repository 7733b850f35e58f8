package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestLightVerbModality checks that a modal or a negation before a light verb governs the
// legal or sanction noun it takes as object ("could file a lawsuit", "did not bring charges",
// "will impose sanctions"), as it governs the verb of the same step ("could sue"): the step is
// hypothetical, yet to come or denied, never asserted; with no modal the step stands.
func TestLightVerbModality(t *testing.T) {
	for _, tt := range []struct {
		name, body string
		typ        schema.EventType
		target     string
		asserted   bool
	}{
		{"could file a lawsuit", "The Brevia Ministry of Trade could file a lawsuit against Telmark Inc. next year.", schema.EventLegal, "telmark-inc", false},
		{"may issue an arrest warrant", "The Harlow District Court may issue an arrest warrant for Oskar Tamm.", schema.EventLegal, "oskar-tamm", false},
		{"did not bring charges", "Prosecutors in Lusk did not bring charges against Anneli Roos.", schema.EventLegal, "anneli-roos", false},
		{"will impose sanctions", "The Corrow government will impose sanctions on the Saltmarsh Crew.", schema.EventSanction, "saltmarsh-crew", false},
		{"would not impose sanctions", "The Lusk Treasury would not impose sanctions on Ardent Freight.", schema.EventSanction, "ardent-freight", false},
		{"filed a lawsuit stands", "The Brevia Ministry of Trade filed a lawsuit against Telmark Inc. on Monday.", schema.EventLegal, "telmark-inc", true},
		{"imposed sanctions stands", "The Corrow government imposed sanctions on the Saltmarsh Crew on Friday.", schema.EventSanction, "saltmarsh-crew", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			ev := findEvent(g, tt.typ, "", tt.target)
			got := ev != nil && ev.Modality == "" && !ev.Negated
			assert.Equal(t, tt.asserted, got, "got asserted=%v, want %v in %s", got, tt.asserted, eventsString(g))
		})
	}
}
