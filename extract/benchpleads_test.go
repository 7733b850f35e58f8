package extract

import (
	"strings"
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestBenchNeverPleads checks that a plea told by a pronoun right after a sentence naming the
// judge is the defendant's, never the judge's: "Judge X sentenced Y …. He had pleaded guilty",
// "Y was jailed …. Judge X said …. He had pleaded guilty". A plea by a named defendant keeps
// its pleader.
func TestBenchNeverPleads(t *testing.T) {
	cases := []struct {
		name, body, pleader, judge string
	}{
		{"judge sentenced, pronoun pleads", "Judge Owen Barrick sentenced Ivo Santer to four years on Monday. He had pleaded guilty in April to extortion.",
			"ivo-santer", "owen-barrick"},
		{"judge spoke after the jailing", "Rafe Lindqvist, 31, was jailed for five years on Tuesday. Judge Cora Vail said the crimes were grave. He had pleaded guilty in January to fraud.",
			"rafe-lindqvist", "cora-vail"},
		{"judge told the defendant", "Judge Hal Brenner told Pavel Dunn that the harm was real. He had pleaded guilty in May.",
			"pavel-dunn", "hal-brenner"},
		{"named pleader", "Judge Petra Lamm sentenced Ivo Santer to four years on Monday. Santer had pleaded guilty in April to extortion.",
			"ivo-santer", "petra-lamm"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			if findEvent(g, schema.EventLegal, tt.pleader, "") == nil {
				t.Errorf("got no legal event by %s, want the plea's: %s", tt.pleader, eventsString(g))
			}
			for _, ev := range g.Events {
				if ev.Type != schema.EventLegal || len(ev.Evidence) == 0 || !strings.Contains(ev.Evidence[0].Text, "pleaded") {
					continue
				}
				for _, p := range ev.Participants {
					if p.Actor == tt.judge && p.Role == schema.RoleAgent {
						t.Errorf("got the judge %s pleading, want %s: %s", tt.judge, tt.pleader, eventsString(g))
					}
				}
			}
		})
	}
}

// TestJudgeNamedPleads checks that a judge named as the one who pleads ("Judge X, a former
// colleague, pleaded guilty to leaking records to Y") keeps the plea (benchNeverPleads only
// mends a pronoun pleader), and Y, who received the records, does not plead.
func TestJudgeNamedPleads(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"the named judge pleads", "Magistrate Hal Brinnock sentenced Tova Reilan to two years on Monday.\n\nJudge Ansel Dorrit, a former colleague, pleaded guilty in May to leaking sealed records to Tova Reilan.",
			schema.EventLegal, "ansel-dorrit", "", true},
		{"the one who received the records does not plead", "Magistrate Hal Brinnock sentenced Tova Reilan to two years on Monday.\n\nJudge Ansel Dorrit, a former colleague, pleaded guilty in May to leaking sealed records to Tova Reilan.",
			schema.EventLegal, "tova-reilan", "", false},
	})
}
