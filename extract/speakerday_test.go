package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
)

// TestSameSpeakerDays checks that an undated saying in the simple past takes the day of the
// same speaker's dated saying elsewhere in the article, before or after it, and that a saying
// in the perfect takes the publication day instead (presentTimes). A person named as working
// for a body takes the day of the body's dated saying; anyone else does not.
func TestSameSpeakerDays(t *testing.T) {
	const published = "2026-03-06"
	// a body's dated saying, then its chief executive named, then the one told
	const arden = "Arden Water said on Monday that its billing systems had been encrypted.\n\n" +
		"The outage hit about 40,000 homes. Mo Tan, the chief executive of Arden Water, joined the company in 2019.\n\n" +
		"Engineers restored the billing systems within a week.\n\n"
	tests := []sentenceTime{
		{"a denial after the speaker's dated saying", "The Velmoran embassy said on Thursday that Velmora does not conduct cyberattacks.\n\nOfficials in Norland said the hackers worked for Velmora. Harlow Bank restored its systems within a day.\n\nThe Velmoran embassy rejected the accusation.",
			schema.EventDenial, "velmoran-embassy", 3, "2026-03-05"},
		{"a denial before the dated saying", "The Velmoran embassy rejected the accusation.\n\nOfficials in Norland said the hackers worked for Velmora. Harlow Bank restored its systems within a day.\n\nThe Velmoran embassy said on Thursday that Velmora does not conduct cyberattacks.",
			schema.EventDenial, "velmoran-embassy", 0, "2026-03-05"},
		{"a denial in the perfect is not of that day", "The Velmoran embassy said on Thursday that Velmora does not conduct cyberattacks.\n\nOfficials in Norland said the hackers worked for Velmora. Harlow Bank restored its systems within a day.\n\nThe Velmoran embassy has rejected the accusation.",
			schema.EventDenial, "velmoran-embassy", 3, "2026-03-06"},
		{"the body's official speaks on the body's dated occasion", arden + "Tan said the company would not pay the ransom.",
			schema.EventStatement, "mo-tan", 4, "2026-03-02"},
		{"someone working for no one named keeps an undated saying", arden + "Lia Grove said the company would not pay the ransom.",
			schema.EventStatement, "lia-grove", 4, ""},
	}
	checkSentenceTimes(t, published, tests)
}

// sentenceTime is one body with the type, agent and evidence sentence of the event it must give
// and that event's time value ("" = undated).
type sentenceTime struct {
	name, body string
	typ        schema.EventType
	agent      string
	sentence   int
	time       string
}

// checkSentenceTimes extracts each case's body, published on the given day, and checks the time
// of its event (eventInSentence).
func checkSentenceTimes(t *testing.T, published string, tests []sentenceTime) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			ev := eventInSentence(g, tt.typ, tt.agent, tt.sentence)
			require.NotNil(t, ev, "no %s by %s in sentence %d: %s", tt.typ, tt.agent, tt.sentence, eventsString(g))
			assert.Equal(t, tt.time, ev.Time.Value, "got %q, want %q: %s", ev.Time.Value, tt.time, eventsString(g))
		})
	}
}

// eventInSentence returns the first event of the type with the agent whose evidence starts in
// the given sentence, or nil.
func eventInSentence(g *graph.Graph, typ schema.EventType, agent string, sentence int) *graph.Event {
	for i, e := range g.Events {
		if e.Type == typ && hasParticipant(e, agent, schema.RoleAgent) && len(e.Evidence) > 0 && e.Evidence[0].Sentence == sentence {
			return &g.Events[i]
		}
	}
	return nil
}
