package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// leadDeed opens the probes of a bare denial: the accusation the denial answers.
const leadDeed = "Investigators in Norway said hackers working for Vietnam had broken into the grid operator Arctis Power in October.\n\n"

// TestBareDenialSpelled checks that a bare denial ("Vietnam rejected the accusations.") and the
// words the next sentence gives it, by the denier, its body, a state office named with no state
// or a spokesperson, are one denial on the day those words were said; and that words by anyone
// else, or on a day the denial's own time excludes, stay apart.
func TestBareDenialSpelled(t *testing.T) {
	tests := []struct {
		name, body string
		agents     []string // the denial's agents, when its words fold in
		day        string   // the denial's day; "" when the words must stay apart
	}{
		{"office spokesman, fronted briefing", "Vietnam rejected the accusations. At a regular news briefing in Hanoi on Wednesday, a Foreign Ministry spokesman said Norway was \"spreading lies\".",
			[]string{"vietnam", "foreign-ministry"}, "2025-11-19"},
		{"office itself, trailing day", "Vietnam denied the allegations. The Foreign Ministry said on Wednesday that the report was \"fabricated\".",
			[]string{"vietnam", "foreign-ministry"}, "2025-11-19"},
		{"perfect denial, quote first", "Vietnam has denied any role. \"These claims are baseless,\" a Foreign Ministry spokeswoman said on Tuesday.",
			[]string{"vietnam", "foreign-ministry"}, "2025-11-18"},
		{"the denier again, pronoun", "Vietnam rejected the charges. In a statement on Monday, it said Norway had \"invented\" the intrusion.",
			[]string{"vietnam"}, "2025-11-17"},
		{"a state's ministry again", "Vietnam's Foreign Ministry rejected the findings. In a statement on Wednesday, the ministry said Norway had offered no proof.",
			nil, "2025-11-19"},
		{"body's words told as a denial", "Hanoi dismissed the allegations. At a regular briefing on Wednesday, a Vietnamese foreign ministry spokesperson called the report \"a smear campaign\".",
			[]string{"vietnam"}, "2025-11-19"},
		{"body naming the accuser", "Vietnam rejected the accusations. On Wednesday, the Vietnamese Foreign Ministry said Norway had produced no evidence.",
			[]string{"vietnam"}, "2025-11-19"},
		{"spokesman in apposition, quote first", "The Vietnamese embassy in Oslo rejected the accusation. \"Vietnam opposes all hacking,\" a spokesman, Tran Van Binh, said in a statement on Monday.",
			[]string{"vietnamese-embassy-in-oslo", "tran-van-binh"}, "2025-11-17"},
		{"spokeswoman in apposition, words after", "Vietnam rejected the accusation. A spokeswoman, Le Thi Hoa, said on Monday that Vietnam opposes all hacking.",
			[]string{"vietnam", "le-thi-hoa"}, "2025-11-17"},
		{"company spokesman in apposition", "Brelco Hosting rejected the claim. \"We never hosted them,\" a spokesman, Ivo Marsh, said on Monday.",
			[]string{"brelco-hosting", "ivo-marsh"}, "2025-11-17"},
		{"an office seated in the accuser's capital", "Vietnam denied the accusations. The Foreign Ministry in Oslo said on Wednesday that it stood by its findings.",
			[]string{"vietnam"}, ""},
		{"another state's ministry", "Vietnam rejected the accusations. On Wednesday, Norway's Foreign Ministry said Vietnam had been warned twice.",
			[]string{"vietnam"}, ""},
		{"a denial dated a month before", "Vietnam rejected the accusations last month. On Wednesday, the Vietnamese Foreign Ministry said Norway had produced no evidence.",
			[]string{"vietnam"}, ""},
		{"the victim speaking", "Vietnam rejected the accusations. On Wednesday, Arctis Power said it had restored all of its systems.",
			[]string{"vietnam"}, ""},
		{"another company speaking", "Vietnam rejected the accusations. Brelco Hosting, which rented the servers to the hackers, said on Wednesday it had never known who they were.",
			[]string{"vietnam"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", leadDeed+tt.body)
			require.Equal(t, 1, countEvents(g, schema.EventDenial), "got %s, want one denial", eventsString(g))
			d := findEvent(g, schema.EventDenial, "", "")
			for _, a := range tt.agents {
				assert.True(t, hasParticipant(*d, a, schema.RoleAgent), "got %s, want %s denying", eventsString(g), a)
			}
			if tt.day == "" {
				assert.NotEqual(t, "2025-11-19", d.Time.Value, "got %s, want the denial kept off the other words' day", eventsString(g))
				assert.Len(t, d.Evidence, 1, "got %s, want the next sentence apart", eventsString(g))
				return
			}
			assert.Equal(t, tt.day, d.Time.Value, "got %s, want the denial on %s", eventsString(g), tt.day)
			for _, a := range tt.agents {
				assert.False(t, hasParticipant(*d, a, schema.RoleTarget), "got %s, want %s no target of its own denial", eventsString(g), a)
			}
			assert.Zero(t, countEvents(g, schema.EventStatement), "got %s, want no statement apart from the denial", eventsString(g))
		})
	}
}

// TestBareDenial checks which sentences bareDenial reads as a denial and its object alone.
func TestBareDenial(t *testing.T) {
	tests := []struct {
		tagged string // word/TAG pairs of the sentence
		at     int    // the denial's trigger
		want   bool
	}{
		{"Hanoi/NNP rejected/VBD the/DT accusations/NNS ./.", 1, true},
		{"The/DT firm/NN has/VBZ consistently/RB denied/VBN any/DT involvement/NN ./.", 4, true},
		{"Vietnam/NNP 's/POS ministry/NN rejected/VBD the/DT findings/NNS ./.", 3, true},
		{"Hanoi/NNP rejected/VBD the/DT accusations/NNS ,/, calling/VBG them/PRP slander/NN ./.", 1, false},
		{"Hanoi/NNP denied/VBD it/PRP was/VBD involved/VBN ./.", 1, false},
		{"Officials/NNS said/VBD Hanoi/NNP rejected/VBD the/DT claims/NNS ./.", 3, false},
		{"Hanoi/NNP will/MD reject/VB the/DT claims/NNS ./.", 2, false},
		{"The/DT minister/NN dismissed/VBD Jo/NNP Vale/NNP ./.", 2, false},
		{"The/DT company/NN has/VBZ denied/VBN that/DT ./.", 3, true},
	}
	for _, tt := range tests {
		t.Run(tt.tagged, func(t *testing.T) {
			got := bareDenial(taggedToks(tt.tagged), tt.at)
			assert.Equal(t, tt.want, got, "got %v, want %v", got, tt.want)
		})
	}
}
