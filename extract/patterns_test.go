package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hasEvent reports whether g holds an event of type typ with the named agent and target
// ("" = no such participant required).
func hasEvent(g *graph.Graph, typ schema.EventType, agent, target string) bool {
	id := func(name string) string {
		if a := actorByName(g, name); a != nil {
			return a.ID
		}
		return "?"
	}
	for _, e := range g.Events {
		if e.Type != typ {
			continue
		}
		okA, okT := agent == "", target == ""
		for _, p := range e.Participants {
			okA = okA || p.Role == schema.RoleAgent && p.Actor == id(agent)
			okT = okT || p.Role != schema.RoleAgent && p.Actor == id(target)
		}
		if okA && okT {
			return true
		}
	}
	return false
}

func TestSession6Events(t *testing.T) {
	tests := []struct {
		name, body    string
		typ           schema.EventType
		agent, target string
	}{
		{"light verb after a fronted day", "The Ruritanian Treasury on Thursday imposed sanctions on Bellweather Systems.",
			schema.EventSanction, "Ruritanian Treasury", "Bellweather Systems"},
		{"speaker after a fronted day", "Ruritania on Wednesday denied any role in the outage at the Ruritania Post Office.",
			schema.EventDenial, "Ruritania", ""},
		{"tipped off before the name, possessed name told", "The Zembla Signals Office tipped off Ruritania's National Cyber Centre in May.",
			schema.EventWarning, "Zembla Signals Office", "National Cyber Centre"},
		{"participle after a name is a verb", "The Zembla Signals Office in turn alerted Hollis Bank about the plot.",
			schema.EventWarning, "Zembla Signals Office", "Hollis Bank"},
		{"break into", "Members of Velvet Moth broke into Corvid Logistics last year, investigators said.",
			schema.EventIntrusion, "", "Corvid Logistics"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-06", tt.body)
			assert.True(t, hasEvent(g, tt.typ, tt.agent, tt.target), "%s %s→%s in %+v", tt.typ, tt.agent, tt.target, g.Events)
		})
	}
}

func TestSession6NotEvents(t *testing.T) {
	for _, body := range []string{
		"Corvid Logistics sells hacking tools to police forces.",
		"The gang posted the files on its leak site.",
	} {
		g := extractText(t, "2025-06-06", body)
		for _, e := range g.Events {
			assert.NotContains(t, []schema.EventType{schema.EventIntrusion, schema.EventLeak}, e.Type, body)
		}
	}
	// a verb whose subject is an incident noun takes no agent from further back
	g := extractText(t, "2025-06-06", "Mercy Hospital diverted ambulances after a ransomware attack encrypted its records.")
	assert.False(t, hasEvent(g, schema.EventAttack, "Mercy Hospital", ""))
}

func TestSession6Actors(t *testing.T) {
	g := extractText(t, "2025-06-06", "The Valdorian Treasury named the firm. Later, the Treasury said more. "+
		"The Morvanian Computer Emergency Response Team (MorCERT) published a notice. MorCERT said so. "+
		"Karsovia's foreign ministry rejected the claims. A gang calling itself NightLedger took credit. "+
		"Karsovia's General Intelligence Directorate ran it. Officials said they had notified affected employees.")
	tr := actorByName(g, "Treasury")
	require.NotNil(t, tr)
	assert.Equal(t, "Valdorian Treasury", tr.Name, "tail of an in-article name beats the gazetteer")
	cert := actorByName(g, "MorCERT")
	require.NotNil(t, cert)
	assert.Equal(t, "Morvanian Computer Emergency Response Team", cert.Name, "mixed-case acronym defined in parentheses")
	if k := actorByName(g, "Karsovia"); assert.NotNil(t, k) {
		assert.Equal(t, schema.KindCountry, k.Kind, "owner of a foreign ministry is a state")
	}
	if n := actorByName(g, "NightLedger"); assert.NotNil(t, n) {
		assert.Equal(t, schema.KindGroup, n.Kind, "a gang calling itself X")
	}
	assert.NotNil(t, actorByName(g, "General Intelligence Directorate"), "General opening an agency name is no title")
	assert.Nil(t, actorByName(g, "notified affected employees"), "a participle after have is a verb")
}

// TestAmountAfterDescribedTarget checks that an amount written with a currency sign the
// tokenizer leaves on its number ("€2", "£20m") ends the noun phrase before it, so a
// description right before it is still the one fined.
func TestAmountAfterDescribedTarget(t *testing.T) {
	tests := []struct {
		name, amount string
	}{
		{"euros", "€2 million"},
		{"pounds", "£2 million"},
		{"pounds, short", "£2m"},
		{"dollars", "$2 million"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := "Harrow Mutuel, the Lille-based retail lender, said on Friday that a hacker had stolen customer records. In 2022 the Norland Banking Authority fined the lender " + tt.amount + " over weak controls."
			g := extractText(t, "2024-05-20", body)
			assert.True(t, hasEvent(g, schema.EventSanction, "Norland Banking Authority", "Harrow Mutuel"), "events: %v", g.Events)
		})
	}
}

// TestProbedNetwork checks that probing a network or its systems is a way into them, and
// that probing a matter is no deed.
func TestProbedNetwork(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{"a possessive's systems", "Investigators said the hackers known as Cobalt Lynx had probed Tarrow Water's systems in 2023.", true},
		{"networks at a body", "The group Cobalt Lynx probed networks at Tarrow Water in May, the company said.", true},
		{"a matter probed", "The group Cobalt Lynx probed the claims made by Tarrow Water for months.", false},
		{"the noun", "A probe into the attack by Cobalt Lynx on Tarrow Water's systems was opened in June.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-10", tt.body)
			assert.Equal(t, tt.want, hasEvent(g, schema.EventIntrusion, "Cobalt Lynx", "Tarrow Water"), "events: %v", g.Events)
		})
	}
}
