package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/require"
)

// TestCalledComplementTag checks that an adjective in -ed completing the object of "call" is
// read as an adjective, not as a past tense whose clause would hold the time, while a verb in
// -ed with an object of its own stays a verb.
func TestCalledComplementTag(t *testing.T) {
	x := mustExtractor(t)
	checkWordTags(t, x, []wordTag{
		{"Olan Veck, a spokesman for the embassy, called the allegations unfounded on Thursday.", "unfounded", "JJ"},
		{"The embassy called them fabricated in a statement.", "fabricated", "JJ"},
		{"The ministry called the officers who arrested him.", "arrested", "VBD"},
	})
}

// TestCalledPronounDenial checks that a speaker calling a pronoun false ("called them
// baseless", "called it a fabrication", "described them as lies") denies the claims told
// before, on the day the sentence gives, while "called it a day" or "called them" denies
// nothing.
func TestCalledPronounDenial(t *testing.T) {
	const lead = "Analysts at Korrin Labs said on Monday that a group called Dusk Heron had broken into the networks of two ports in Estland. "
	tests := []struct {
		name, body, denier, day string // denier "" for no denial
	}{
		{"them, trailing occasion", "Russia's foreign ministry called them baseless in a statement on Tuesday.", "russian-foreign-ministry", "2025-11-18"},
		{"it, a label, fronted day", "On Tuesday, the Russian embassy called it a fabrication.", "russian-embassy", "2025-11-18"},
		{"described as", "The Russian embassy described them as lies on Wednesday.", "russian-embassy", "2025-11-19"},
		{"complement in -ed, trailing day", "The Russian embassy called the allegations unfounded on Thursday.", "russian-embassy", "2025-11-20"},
		{"called it a day", "The Russian embassy called it a day.", "", ""},
		{"called them", "The Russian embassy called them on Tuesday.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", lead+tt.body)
			ev := findEvent(g, schema.EventDenial, tt.denier, "")
			if tt.denier == "" {
				require.Nil(t, ev, "got %s, want no denial", eventsString(g))
				return
			}
			require.NotNil(t, ev, "got %s, want a denial by %s", eventsString(g), tt.denier)
			require.Equal(t, tt.day, ev.Time.Value, "got %s, want the denial on %s", eventsString(g), tt.day)
		})
	}
}
