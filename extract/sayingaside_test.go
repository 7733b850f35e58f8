package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/require"
)

// TestSayingAside checks that an aside set off by commas between a speaker and the verb of
// saying, a participle ("speaking on Wednesday", "quoted by state media") or an occasion of
// telling ("in a statement on Friday"), leaves the speaker before it the one who says, and
// that the saying takes the day the aside gives.
func TestSayingAside(t *testing.T) {
	const lead = "Analysts at Korrin Labs said on Monday that a group called Dusk Heron had broken into the networks of two ports in Estland. "
	tests := []struct {
		name, body string
		typ        schema.EventType
		speaker    string
		day        string // "" for any time
	}{
		{"participle, description", "A Russian foreign ministry spokesman, speaking on Wednesday, called the report groundless.", schema.EventDenial, "russian-foreign-ministry", "2025-11-19"},
		{"participle, spokesman for", "A spokesman for the Russian foreign ministry, speaking at a news conference on Wednesday, called the report \"groundless\".", schema.EventDenial, "russian-foreign-ministry", "2025-11-19"},
		{"participle, dismissed as", "A spokeswoman for the Russian government, speaking to reporters in Moscow on Thursday, dismissed the findings as fabricated.", schema.EventDenial, "russia", "2025-11-20"},
		{"participle, said false", "A Russian foreign ministry spokesman, speaking on Wednesday, said the report was groundless.", schema.EventDenial, "russian-foreign-ministry", "2025-11-19"},
		{"quoted by", "The Russian foreign ministry, quoted by the state news agency on Wednesday, called the report a fabrication.", schema.EventDenial, "russian-foreign-ministry", "2025-11-19"},
		{"occasion aside", "The Russian embassy, in a statement on Wednesday, called the report groundless.", schema.EventDenial, "russian-embassy", "2025-11-19"},
		{"statement after a participle", "A Veltro Security researcher, speaking at a conference in Lisbon on Tuesday, said Dusk Heron had targeted four ports.", schema.EventStatement, "veltro-security", "2025-11-18"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", lead+tt.body)
			ev := findEvent(g, tt.typ, tt.speaker, "")
			require.NotNil(t, ev, "got %s, want a %s by %s", eventsString(g), tt.typ, tt.speaker)
			if tt.day != "" {
				require.Equal(t, tt.day, ev.Time.Value, "got %s, want the %s on %s", eventsString(g), tt.typ, tt.day)
			}
		})
	}
}

// TestAnonymousUnsaidTeller checks that a passive telling an unnamed source reports names no
// teller from the source's body ("A NATO official, speaking on condition of anonymity, said
// allies had been briefed"), while a body's own statement still tells who told.
func TestAnonymousUnsaidTeller(t *testing.T) {
	checkTold(t, "2025-11-20", []toldCase{
		{name: "anonymous official", body: "A Harrow Alliance official, speaking on condition of anonymity, said member governments had been briefed on the intrusions at a meeting in Vienna last month.",
			not: []string{"harrow-alliance → member-governments"}},
	})
}
