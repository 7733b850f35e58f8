package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

// TestPlaceOfficerActor checks that a place's name, or the word for its level, before the
// lower-case title of its legal officer ("the Ohio attorney general's office", "the Manhattan
// district attorney", "the state attorney general's office") names that officer or office, an
// agency of its own; a noun after the office ("office staff") leaves the phrase unread.
func TestPlaceOfficerActor(t *testing.T) {
	tests := []struct{ name, body, actor, notActor string }{
		{"attorney general's office", "The Ohio attorney general's office said Monday that it had opened an inquiry into Corlen Bank.",
			"Ohio attorney general's office", ""},
		{"attorney general alone", "The Vermont attorney general opened an investigation into Corlen Bank on Tuesday.",
			"Vermont attorney general", ""},
		{"district attorney's office", "The Manhattan district attorney's office charged Corlen Bank with fraud on Monday.",
			"Manhattan district attorney's office", ""},
		{"office told", "Corlen Bank notified the Maine attorney general's office on Friday.",
			"Maine attorney general's office", "Maine"},
		{"the state's office told", "Corlen Bank also notified the state attorney general's office on Friday.",
			"state attorney general's office", ""},
		{"noun after the office", "Corlen Bank said the Ohio attorney general's office staff had called it on Monday.",
			"", "Ohio attorney general's office staff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			if tt.actor != "" {
				require.NotNil(t, actorByName(g, tt.actor), "no actor %q in %v", tt.actor, names(g))
			}
			if tt.notActor != "" {
				assert.Nil(t, actorByName(g, tt.notActor), "actor %q in %v", tt.notActor, names(g))
			}
		})
	}
}

// TestPlaceOfficerActs checks that the legal officer of a place, written in lower case after
// its name, is the doer of the legal step the sentence tells, told directly or reported with
// "said that it had".
func TestPlaceOfficerActs(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"office said it had opened an inquiry", "The Ohio attorney general's office said Monday that it had opened an inquiry into whether Corlen Bank had protected customer data.",
			schema.EventLegal, "ohio-attorney-generals-office", "corlen-bank", true},
		{"officer opened an investigation", "The Vermont attorney general opened an investigation into Corlen Bank on Tuesday.",
			schema.EventLegal, "vermont-attorney-general", "corlen-bank", true},
		{"office charged", "The Manhattan district attorney's office charged Corlen Bank with fraud on Monday.",
			schema.EventLegal, "manhattan-district-attorneys-office", "corlen-bank", true},
	})
}
