package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDescribedNamed checks that a sanction whose object only describes the parties it falls
// on takes as targets the names a following sentence sets in apposition to a definite
// description taking those parties up, and that a description of another kind, or another
// company word, takes nothing.
func TestDescribedNamed(t *testing.T) {
	tests := []struct {
		name, body string
		agent      string
		targets    []string // the names the sanction falls on
		not        []string // names that must not be its targets
	}{
		{"a company and two nationals, then the company and the two men identified as",
			"The United States on Tuesday imposed sanctions on a Cyprus-registered shipping company and two Latvian nationals it accused of moving money for hackers. The Treasury Department said the company, Bluewater Freight Ltd., and the two men, identified as Arvid Kalns and Janis Ozols, had moved $5 million.",
			"United States", []string{"Bluewater Freight Ltd.", "Arvid Kalns", "Janis Ozols"}, nil},
		{"an exchange and three of its managers, then the exchange",
			"Britain sanctioned a Dubai-based exchange and three of its managers on Monday. The Foreign Office said the exchange, Coinvale, had processed ransom payments for the gang.",
			"United Kingdom", []string{"Coinvale"}, nil},
		{"a firm, then the firm after said",
			"The Treasury Department sanctioned an Armenian software firm on Friday over its work for Russian military intelligence. Officials said the firm, Zarvan Tech, wrote malware for the service.",
			"Treasury Department", []string{"Zarvan Tech"}, nil},
		{"a bank and its chairman, then the bank and its chairman",
			"Canada imposed sanctions on a Belarusian bank and its chairman on Thursday. The bank, Minsk Capital Bank, and its chairman, Igor Zhuk, were accused of financing the hackers.",
			"Canada", []string{"Minsk Capital Bank", "Igor Zhuk"}, nil},
		{"designated, then a fronted attribution",
			"The Treasury on Wednesday designated a Hong Kong front company and two of its directors. According to the Treasury, the company, Silver Crane Trading, and the two directors, Li Mei and Wu Tao, bought equipment for North Korea.",
			"", []string{"Silver Crane Trading", "Li Mei", "Wu Tao"}, nil},
		{"passive subject",
			"A Turkish logistics company and two of its executives were sanctioned by the United States on Tuesday. The Treasury said the company, Anadolu Cargo, and the executives, Mehmet Kaya and Ahmet Demir, shipped drone parts to Iran.",
			"United States", []string{"Anadolu Cargo", "Mehmet Kaya", "Ahmet Demir"}, nil},
		{"time phrase before the object",
			"The European Union imposed sanctions on Monday on two cryptocurrency brokers who it said laundered ransom payments. The brokers, Pavel Grin and Oleg Sarkis, ran accounts at exchanges in Asia.",
			"European Union", []string{"Pavel Grin", "Oleg Sarkis"}, nil},
		{"a company word other than the object's",
			"Britain sanctioned a Dubai-based exchange on Monday. The company, Harbor Logistics, said it would appeal a separate ruling.",
			"United Kingdom", nil, []string{"Harbor Logistics"}},
		{"an organisation after people sanctioned",
			"The European Union sanctioned two Russian officers over the hack of a German bank. The bank, Rheinbank, said it had recovered.",
			"European Union", nil, []string{"Rheinbank"}},
		{"a named object keeps its name",
			"The Treasury Department sanctioned Coinvale, a Dubai-based exchange, on Monday. The company, Harbor Logistics, said it would stop trading with Coinvale.",
			"Treasury Department", []string{"Coinvale"}, []string{"Harbor Logistics"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			agent := actorIDByName(t, g, tt.agent)
			require.NotNil(t, findEvent(g, schema.EventSanction, agent, ""), "want a sanction by %q in %s", tt.agent, eventsString(g))
			for _, n := range tt.targets {
				assert.NotNil(t, findEvent(g, schema.EventSanction, agent, actorIDByName(t, g, n)), "want sanction on %s in %s", n, eventsString(g))
			}
			for _, n := range tt.not {
				if a := actorByName(g, n); a != nil {
					assert.Nil(t, findEvent(g, schema.EventSanction, "", a.ID), "got sanction on %s, want none: %s", n, eventsString(g))
				}
			}
		})
	}
}
