package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWarningHasNoSource checks that the one who reports a warning is not among those warned:
// a warning's participants are who warned and who was told.
func TestWarningHasNoSource(t *testing.T) {
	g := extractText(t, "2024-06-13", "According to the Daily Ledger, the FBI warned Brightwater Labs about the intrusion.")
	ev := findEvent(g, schema.EventWarning, "federal-bureau-of-investigation", "brightwater-labs")
	require.NotNil(t, ev, "no warning in %s", eventsString(g))
	for _, p := range ev.Participants {
		assert.NotEqual(t, schema.RoleSource, p.Role, "source on a warning: %s", eventsString(g))
	}
	for _, r := range g.Relations {
		if r.Type == schema.RelInformed {
			assert.Equal(t, "brightwater-labs", r.Target, "told: %+v", r)
		}
	}
}

// TestStatementsFolded checks statements that are not events of their own: hearsay ("are
// also said to have") and a speaker's saying that is already a report or warning.
func TestStatementsFolded(t *testing.T) {
	g := extractText(t, "2024-06-13", "The Grey Heron operators are also said to have hacked Brightwater Labs in March.")
	for _, e := range g.Events {
		assert.NotEqual(t, schema.EventStatement, e.Type, "hearsay as a statement: %s", eventsString(g))
	}
	g = extractText(t, "2024-06-13", "The FBI said it warned Brightwater Labs about the intrusion.")
	require.NotNil(t, findEvent(g, schema.EventWarning, "federal-bureau-of-investigation", "brightwater-labs"), "no warning in %s", eventsString(g))
	for _, e := range g.Events {
		assert.NotEqual(t, schema.EventStatement, e.Type, "the warning said twice: %s", eventsString(g))
	}
}

// TestFiledStatementStands checks that a statement made in a filing the sentence names anew
// is a disclosure of its own beside the speaker's warning it tells of, dated by its sentence,
// while one made in the filing told before ("in its filing") still gives way to the warning.
func TestFiledStatementStands(t *testing.T) {
	tests := []struct {
		name, body, time string
		stands           bool
	}{
		{"a fronted filing with a month", "In an amended filing in April, Harrow Bank said the stolen records had surfaced online and that it had notified the Tessaly Data Office.", "2024-04", true},
		{"a form told after the verb", "Harrow Bank confirmed the breach in a Form 8-K submitted to regulators in May, saying it had alerted the Tessaly Data Office.", "2024-05", true},
		{"the filing told before", "Harrow Bank said in its filing that it had notified the Tessaly Data Office.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-13", tt.body)
			require.NotNil(t, findEvent(g, schema.EventWarning, "harrow-bank", "tessaly-data-office"), "no warning in %s", eventsString(g))
			var said *graph.Event
			for i, e := range g.Events {
				if (e.Type == schema.EventStatement || e.Type == schema.EventReport) && len(e.Participants) == 1 {
					said = &g.Events[i]
				}
			}
			if !tt.stands {
				assert.Nil(t, said, "the warning said twice: %s", eventsString(g))
				return
			}
			require.NotNil(t, said, "no disclosure in %s", eventsString(g))
			assert.Equal(t, tt.time, said.Time.Value, eventsString(g))
		})
	}
}

// TestIssuedStatementStands checks that a saying made in a statement or notice the sentence
// names anew stays a statement beside the speaker's finding or warning it tells of, and that
// the speaker's quoted words in the next sentence go on with that statement; a plain saying, or
// one made in the statement told before, still gives way to the warning, and a statement that
// is a denial or accusation stays one event.
func TestIssuedStatementStands(t *testing.T) {
	tests := []struct {
		name, body string
		statement  bool // a statement by the bank stands
		quoteWith  schema.EventType
	}{
		{"said in a statement", "Harrow Bank said in a statement that it had detected unusual logins and alerted the Tessaly Data Office.", true, ""},
		{"a fronted emailed statement", "In an emailed statement, Harrow Bank said it had found malware on two servers and notified the Tessaly Data Office.", true, ""},
		{"quoted words go on with the statement", "Harrow Bank said in a statement on Monday that it had detected unusual logins and reported them to the Tessaly Data Office. \"No savings were lost,\" the bank said.", true, schema.EventStatement},
		{"a plain saying", "Harrow Bank said it had detected unusual logins and alerted the Tessaly Data Office.", false, ""},
		{"the statement told before", "Harrow Bank said in its statement that it had notified the Tessaly Data Office.", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-13", tt.body)
			told := findEvent(g, schema.EventWarning, "harrow-bank", "tessaly-data-office")
			if told == nil {
				told = findEvent(g, schema.EventReport, "harrow-bank", "tessaly-data-office")
			}
			require.NotNil(t, told, "no telling of the office in %s", eventsString(g))
			said := findEvent(g, schema.EventStatement, "harrow-bank", "")
			if !tt.statement {
				assert.Nil(t, said, "the warning said twice: %s", eventsString(g))
				return
			}
			require.NotNil(t, said, "no statement in %s", eventsString(g))
			if tt.quoteWith != "" {
				assert.Len(t, said.Evidence, 2, "got the quote with another event, want it with the statement: %s", eventsString(g))
				assert.Len(t, told.Evidence, 1, eventsString(g))
			}
		})
	}
}

// TestIssuedDenialOneEvent checks that a statement named anew whose speaker denies something
// in it is the denial alone: the saying is that act.
func TestIssuedDenialOneEvent(t *testing.T) {
	g := extractText(t, "2024-06-13", "In a statement, Harrow Bank said it denied paying a ransom.")
	require.NotNil(t, findEvent(g, schema.EventDenial, "harrow-bank", ""), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventStatement, "harrow-bank", ""), "got a statement beside the denial: %s", eventsString(g))
}

// TestSpeaksFor checks that a person speaking in a role speaks for the organisation named
// with the role, before the person's name or in an appositive after it.
func TestSpeaksFor(t *testing.T) {
	tests := []struct{ name, body, person, org string }{
		{"role before the name", "Brightwater Labs chief executive Lena Okafor said the servers were restored.", "lena-okafor", "brightwater-labs"},
		{"appositive", "Lena Okafor, chief scientist at Brightwater Labs, said the servers were restored.", "lena-okafor", "brightwater-labs"},
		{"the organisation owns the role", "Brightwater Labs was hit in May. Lena Okafor, the company's chief scientist, said the servers were restored.", "lena-okafor", "brightwater-labs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-13", tt.body)
			ev := findEvent(g, schema.EventStatement, tt.person, "")
			require.NotNil(t, ev, "no statement in %s", eventsString(g))
			assert.NotNil(t, findEvent(g, schema.EventStatement, tt.org, ""), "organisation not an agent: %s", eventsString(g))
		})
	}
}

// TestSpeaksForToldAlone checks that a person who tells someone in a role the organisation
// owns ("X, the agency's director, told the committee") tells alone: the organisation is no
// second teller.
func TestSpeaksForToldAlone(t *testing.T) {
	g := extractText(t, "2024-06-13", "The Norland Signals Agency was breached. Lena Okafor, the agency's director, told the Norland Defence Committee on Wednesday that the leak was serious.")
	require.NotNil(t, findEvent(g, schema.EventWarning, "lena-okafor", "norland-defence-committee"), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventWarning, "norland-signals-agency", ""), eventsString(g))
}

// TestToldStatementKeepsItsSpeaker checks that a statement told to someone does not take in a
// later speaker for the same organisation who told no one.
func TestToldStatementKeepsItsSpeaker(t *testing.T) {
	g := extractText(t, "2024-06-13", "Harrow Bank said in a statement sent to Reuters that it was not involved. Jo Vance, the bank's chief executive, said the bank would cooperate with investigators.")
	require.NotNil(t, findEvent(g, schema.EventStatement, "harrow-bank", "reuters"), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventStatement, "jo-vance", "reuters"), eventsString(g))
	for _, r := range g.Relations {
		assert.False(t, r.Source == "jo-vance" && r.Target == "reuters", "%+v", g.Relations)
	}
}

// TestAdvisedAreWarned checks that those a warning urges or encourages to act are the ones
// warned.
func TestAdvisedAreWarned(t *testing.T) {
	g := extractText(t, "2024-06-13", `Because of rising tensions, hospital operators are encouraged "to prepare for more attacks against clinics," the Westerian Cyber Agency warned in an advisory issued Tuesday.`)
	ev := findEvent(g, schema.EventWarning, "westerian-cyber-agency", "hospital-operators")
	require.NotNil(t, ev, "no warning to the operators in %s", eventsString(g))
	told := false
	for _, r := range g.Relations {
		told = told || r.Type == schema.RelInformed && r.Source == "westerian-cyber-agency" && r.Target == "hospital-operators"
	}
	assert.True(t, told, "no INFORMED relation: %+v", g.Relations)
}

// TestFinderIsSource checks that whoever found a deed ("X found that Y had spied on Z")
// asserts it: X is the deed's source, not its doer.
func TestFinderIsSource(t *testing.T) {
	tests := []struct{ name, body, finder string }{
		{"found that", "Quell Labs found that Ash Typhoon had spied on Harrow Bank.", "quell-labs"},
		{"concluded that", "The Norland Cyber Office concluded that Ash Typhoon had spied on Harrow Bank.", "norland-cyber-office"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-13", tt.body)
			ev := findEvent(g, schema.EventEspionage, "ash-typhoon", "harrow-bank")
			require.NotNil(t, ev, "no espionage in %s", eventsString(g))
			assert.Contains(t, ev.Participants, graph.Participant{Actor: tt.finder, Role: schema.RoleSource}, eventsString(g))
		})
	}
}

// TestTellerHoldsInquiry checks that an agency that alone tells of an investigation no one is
// said to hold is its investigator, while a company or a person telling of one stays its source.
func TestTellerHoldsInquiry(t *testing.T) {
	checkEventRules(t, "2026-07-15", []eventCase{
		{"agency", "The Ostmark Crime Agency said an investigation into Lena Hald was under way.",
			schema.EventLegal, "ostmark-crime-agency", "lena-hald", true},
		{"company", "Harrow Bank said an investigation into Lena Hald was under way.",
			schema.EventLegal, "harrow-bank", "lena-hald", false},
		{"person", "Ivo Marsh said an investigation into Lena Hald was under way.",
			schema.EventLegal, "ivo-marsh", "lena-hald", false},
	})
}

// TestSaidPrincipal checks that a statement naming who runs or commands another (in its clause
// or in the quotation before its verb) accuses that one, and that a person telling whom they
// work for accuses no one.
func TestSaidPrincipal(t *testing.T) {
	tests := []struct {
		name, body, agent, target string // target "" = no accusation
	}{
		{"run by, far into the clause", "The Kestrian Security Service said on Monday that a network of fake news sites and accounts that targeted last month's election was run by the Ostrovian Military Intelligence Service.",
			"kestrian-security-service", "ostrovian-military-intelligence-service"},
		{"on behalf of, in the quotation before the verb", "\"We assess with high confidence that Copper Marten operates on behalf of the Ostrovian Military Intelligence Service,\" Rachel Whit told senators.",
			"rachel-whit", "ostrovian-military-intelligence-service"},
		{"works for", "The Kestrian Security Service said Copper Marten works for the Ostrovian Military Intelligence Service.",
			"kestrian-security-service", "ostrovian-military-intelligence-service"},
		{"a person's own employer", "Jo Park said she works for the Kestrian Security Service.", "jo-park", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			if tt.target == "" {
				assert.Nil(t, findEvent(g, schema.EventAccusation, tt.agent, ""), eventsString(g))
				return
			}
			assert.NotNil(t, findEvent(g, schema.EventAccusation, tt.agent, tt.target), eventsString(g))
		})
	}
}

// TestAccusingSpeakerIsSource checks that a statement read as an accusation ("X said hackers
// working for Y broke into Z", "X said Y was behind the theft") still makes its speaker the
// source of the deed it tells.
func TestAccusingSpeakerIsSource(t *testing.T) {
	tests := []struct {
		name, body  string
		typ         schema.EventType
		doer, speak string
		source      bool
	}{
		{"said hackers working for Y broke into Z", "The Norland Cyber Office said on Monday that hackers working for Karvia's army had broken into Harrow Bank in May.",
			schema.EventIntrusion, "karvia", "norland-cyber-office", true},
		{"said Y was behind the theft", "Files were stolen from Harrow Bank in March. Bank director Ola Brenn said Ash Typhoon was behind the theft.",
			schema.EventTheft, "ash-typhoon", "ola-brenn", true},
		{"the deed's own doer is no source", "The Norland Cyber Office said on Monday that hackers working for Karvia's army had broken into Harrow Bank in May.",
			schema.EventIntrusion, "karvia", "karvia", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			ev := findEvent(g, tt.typ, tt.doer, "")
			require.NotNil(t, ev, "no %s in %s", tt.typ, eventsString(g))
			src := graph.Participant{Actor: tt.speak, Role: schema.RoleSource}
			if tt.source {
				assert.Contains(t, ev.Participants, src, eventsString(g))
			} else {
				assert.NotContains(t, ev.Participants, src, eventsString(g))
			}
		})
	}
}

// TestReportedDoers checks that a report naming no one concerns the threat group its sentence
// says, on the report's word, did a deed ("X said in a report that Y had broken into Z"), and
// that a deed only hedged ("may have broken into") is no attribution.
func TestReportedDoers(t *testing.T) {
	tests := []struct {
		name, body    string
		typ           schema.EventType
		agent, target string
		want          bool
	}{
		{"report that a group broke in", "Tarn Labs said in a report on Monday that the hacking group Grey Heron had broken into Orvane Bank.",
			schema.EventReport, "Tarn Labs", "Grey Heron", true},
		{"analysis saying", "Tarn Labs published an analysis on Monday saying that Grey Heron had targeted Orvane Bank.",
			schema.EventReport, "Tarn Labs", "Grey Heron", true},
		{"a deed only hedged", "Tarn Labs said in a report on Monday that the hacking group Grey Heron may have broken into Orvane Bank.",
			schema.EventReport, "Tarn Labs", "Grey Heron", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-07-22", tt.body)
			assert.Equal(t, tt.want, hasEvent(g, tt.typ, tt.agent, tt.target), eventsString(g))
		})
	}
}
