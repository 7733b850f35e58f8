package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/intelgraph/intelgraph/schema"
)

// TestUnlikelyTo checks that a legal step or sanction judged "unlikely to" happen ("are
// unlikely to face trial", "is unlikely to be extradited") gives no event, while "likely to"
// stays a hedged one and "an unlikely target" judges no act.
func TestUnlikelyTo(t *testing.T) {
	tests := []leftCase{
		{"face trial", "Both are believed to be in Dravonia and are unlikely to face trial in Vestland.", schema.EventLegal, false},
		{"ever to face trial", "Ivo Marsh is unlikely ever to face trial, his lawyer said.", schema.EventLegal, false},
		{"passive infinitive", "Lena Varga is unlikely to be extradited to Vestland.", schema.EventLegal, false},
		{"light verb", "The Vestland ministry is unlikely to impose sanctions on Dravonia.", schema.EventSanction, false},
		{"likely stays", "Prosecutors are likely to charge Ivo Marsh this week.", schema.EventLegal, true},
		{"unlikely target", "Ivo Marsh was an unlikely target for the Dravonian spy service, which hacked his phone in May.", schema.EventIntrusion, true},
	}
	checkLeft(t, tests)
}

// TestAnyObjectNegated checks that a negation before a light verb whose object "any" opens
// ("has not imposed any sanctions", "did not file any charges") governs the noun, so the step
// told as not taken gives no event, while the step taken stays.
func TestAnyObjectNegated(t *testing.T) {
	tests := []leftCase{
		{"imposed any sanctions", "Vestland has not imposed any sanctions of its own.", schema.EventSanction, false},
		{"file any charges", "The ministry did not file any charges against the two men.", schema.EventLegal, false},
		{"never brought any charges", "Prosecutors have never brought any charges in the case.", schema.EventLegal, false},
		{"opened any investigation", "The regulator has not opened any investigation into Halvex Systems.", schema.EventLegal, false},
		{"issued any warning", "The agency has not issued any warning about the group.", schema.EventWarning, false},
		{"imposed sanctions", "Vestland imposed sanctions on Dravonia on Monday.", schema.EventSanction, true},
	}
	checkLeft(t, tests)
}

// leftCase is one row of a table of steps told as taken or not: the body written on
// 2025-11-20 leaves an event of type typ exactly when want is true.
type leftCase struct {
	name, body string
	typ        schema.EventType
	want       bool
}

// checkLeft runs a table of leftCase rows.
func checkLeft(t *testing.T, tests []leftCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			n := 0
			for _, ev := range g.Events {
				if ev.Type == tt.typ {
					n++
				}
			}
			assert.Equal(t, tt.want, n > 0, eventsString(g))
		})
	}
}

// TestCeilingPenalty checks that a penalty a law allows ("the charges carry maximum
// penalties of 20 years", "faces penalties of up to 10 years") gives no sanction, while a
// penalty imposed or announced stays one.
func TestCeilingPenalty(t *testing.T) {
	tests := []leftCase{
		{"carry maximum penalties", "The charges against Ivo Marsh carry maximum penalties of up to 20 years in prison.", schema.EventSanction, false},
		{"carry penalties", "The charges against Ivo Marsh carry penalties of up to 20 years in prison.", schema.EventSanction, false},
		{"imposed a penalty", "The Vestland Data Authority imposed a penalty of $5 million on Halvex Systems on Monday.", schema.EventSanction, true},
		{"announced a record penalty", "The Vestland Data Authority announced a record penalty against Halvex Systems on Tuesday.", schema.EventSanction, true},
		{"imposed the maximum penalty", "A judge in Harlow imposed the maximum penalty on Dario Velt on Monday.", schema.EventSanction, true},
		{"imposed the maximum possible penalty", "The Vestland Data Authority imposed the maximum possible penalty of 2 million euros on Halvex Systems.", schema.EventSanction, true},
		{"a possible penalty as subject", "A possible penalty for Halvex Systems is a fine of up to 4 percent of its turnover.", schema.EventSanction, false},
	}
	checkLeft(t, tests)
}

// TestGoesOn checks that a legal step told only as going on ("the investigation into the ring
// is continuing", "while the FBI investigation continued", "the inquiry remains open") gives
// no event, while the step opened stays one.
func TestGoesOn(t *testing.T) {
	tests := []leftCase{
		{"is continuing", "Prosecutors said the investigation into the other members of the ring is continuing.", schema.EventLegal, false},
		{"continued", "A spokeswoman said the company would not speculate while the FBI investigation continued.", schema.EventLegal, false},
		{"remains open", "The police inquiry into the Halvex breach remains open, officials said.", schema.EventLegal, false},
		{"opened", "The FBI opened an investigation into the breach at Halvex Systems on Monday.", schema.EventLegal, true},
		{"opened, that continued", "Police in Harlow opened an investigation into Dario Velt on Monday that continued for months.", schema.EventLegal, true},
		{"opened, which continued", "The FBI opened an investigation into the breach at Halvex Systems, which continued into the spring.", schema.EventLegal, true},
	}
	checkLeft(t, tests)
}
