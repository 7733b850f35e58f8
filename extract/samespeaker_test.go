package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestSameSpeakerWarning checks sameSpeakerDays for warnings: a warning a speaker dated to a
// day by a saying voices again in the simple past, paragraphs on and past other speakers'
// sayings, in a sentence with no time of its own and no saying that reports it, takes that
// day; a pluperfect warning, a notice given, a warning reported by a saying and one its own
// sentence dates keep their own times.
func TestSameSpeakerWarning(t *testing.T) {
	const lede = "Detective Superintendent Oona Brack told a news conference in Ostreva on Thursday that the gang behind the breach of Harrow Bank had been identified.\n\n" +
		"Harrow Bank has about two million customers in Norland. The bank's chief executive, Ivo Marsh, said on Wednesday that the bank would not pay. Norland's embassy in Karsovia denied any connection.\n\n"
	tests := []timeCase{
		{"a warning voiced again takes the speaker's day", "2026-03-21",
			lede + "Brack also warned customers not to open messages claiming to come from the bank.",
			schema.EventWarning, "oona-brack", "", "2026-03-19"},
		{"a caution voiced again takes the speaker's day", "2026-03-21",
			lede + "Brack cautioned shoppers that the stolen card numbers were already on sale.",
			schema.EventWarning, "oona-brack", "", "2026-03-19"},
		{"a pluperfect warning was voiced before", "2026-03-21",
			lede + "Brack had warned customers not to open messages claiming to come from the bank.",
			schema.EventWarning, "oona-brack", "", ""},
		{"a notice given is no warning voiced", "2026-03-21",
			lede + "Brack informed the Norland Cyber Agency.",
			schema.EventWarning, "oona-brack", "norland-cyber-agency", ""},
		{"a warning its own sentence dates keeps that time", "2026-03-21",
			lede + "Brack also warned customers in January not to open messages claiming to come from the bank.",
			schema.EventWarning, "oona-brack", "", "2026-01"},
	}
	checkTimes(t, tests, false)
}
