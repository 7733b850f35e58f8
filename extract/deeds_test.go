package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestUnnamedRelativeAntecedent checks that a deed told in a "who" or "which" clause set off
// after an unnamed common noun phrase ("X said the hackers, who breached Y, …") is not given the
// name further back as its doer, while a name or a description set beside one still is.
func TestUnnamedRelativeAntecedent(t *testing.T) {
	checkSoleRole(t, schema.RoleAgent, []roleCase{
		{"reported subject, who", "Corvel Security said the hackers, who breached Terrano Bank in May, hid their tools inside updates.",
			schema.EventIntrusion, ""},
		{"reported subject, who stole", "Corvel Security said the intruders, who stole credentials from Osmand Freight, left no trace.",
			schema.EventTheft, ""},
		{"object of a verb", "Harlan Tech expelled the intruders, who had stolen payroll files from Osmand Freight.",
			schema.EventTheft, ""},
		{"reported subject, which", "Harlan Tech said the group, which hacked Osmand Freight last year, was based abroad.",
			schema.EventIntrusion, ""},
		{"a name keeps its relative", "Corvel Security said Grey Lynx, which breached Terrano Bank in May, hid its tools inside updates.",
			schema.EventIntrusion, "grey-lynx"},
		{"a description beside a name", "Police arrested Tomas Relk, a former clerk, who stole records from Terrano Bank in May.",
			schema.EventTheft, "tomas-relk"},
	})
}

// TestNoEvidenceDeed checks that a deed told as what a finding found no sign of ("no evidence
// that the attackers stole …", "not … any indication that …", "no evidence of a breach") is
// negated, while a deed there is evidence of is not.
func TestNoEvidenceDeed(t *testing.T) {
	checkNegated(t, []negationCase{
		{"no evidence that", "There is no evidence that the attackers stole funds from Harlan Bank, the company said.", schema.EventTheft, true},
		{"not any indication that", "Harlan Bank said it had not found any indication that hackers breached Osmand Freight.", schema.EventIntrusion, true},
		{"no sign that, passive", "Pelton Credit said there was no sign that its servers had been hacked by Grey Lynx.", schema.EventIntrusion, true},
		{"evidence that", "Investigators found evidence that hackers breached Kerrow Bank in May.", schema.EventIntrusion, false},
		{"evidence, then a plain deed", "Kerrow Bank found evidence of tampering, and hackers later leaked its files.", schema.EventLeak, false},
	})
}

// TestStoleReadAsAdjective checks that "stole", which the tagger reads as an adjective between
// its subject and a plural or mass noun ("Hackers stole/JJ funds"), tells a theft by that
// subject, dated by the time phrase around it.
func TestStoleReadAsAdjective(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string
		time          string
	}{
		{"plural subject, funds", "Hackers stole funds from Banco Uno on March 2.", "hackers", "banco-uno", "2025-03-02"},
		{"an amount after funds", "Attackers stole funds worth $5 million from Varnoa Credit Union in October.", "attackers", "varnoa-credit-union", "2025-10"},
		{"a name's subject", "Ash Ferret stole cryptocurrency from Pavlo Exchange in 2024.", "ash-ferret", "pavlo-exchange", "2024"},
		{"a singular description", "The Ash Ferret gang stole passwords from Minto Pay last year.", "", "minto-pay", "2024"},
		{"a fronted month", "In February, intruders stole documents from Nexo Bridge, a payments firm.", "intruders", "nexo-bridge", "2025-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			ev := findEvent(g, schema.EventTheft, tt.agent, tt.target)
			if assert.NotNil(t, ev, eventsString(g)) {
				assert.Equal(t, tt.time, ev.Time.Value, "got time %q, want %q", ev.Time.Value, tt.time)
			}
		})
	}
}

// TestFailedDeed checks that a deed verb that is the infinitive of a verb of failing
// ("hackers failed to breach X", "was unable to break into Y") is negated, while a deed noun
// after another verb ("failed to detect the theft of …") and an attempt stay asserted.
func TestFailedDeed(t *testing.T) {
	checkNegated(t, []negationCase{
		{"failed to breach", "Tarvos Bank said hackers failed to breach its core systems in May.", schema.EventIntrusion, true},
		{"failed to steal", "Ash Ferret failed to steal funds from Vesta Holdings.", schema.EventTheft, true},
		{"unable to break into", "Grey Lynx was unable to break into Osmand Freight's network.", schema.EventIntrusion, true},
		{"an adverb between", "Grey Lynx failed to fully encrypt the servers of Kerrow Bank.", schema.EventAttack, true},
		{"the theft itself was done", "Kerrow Bank failed to detect the theft of funds by Ash Ferret.", schema.EventTheft, false},
		{"an attempt is told as one", "Grey Lynx attempted to breach Tarvos Bank in May.", schema.EventIntrusion, false},
	})
}

// TestPassiveSiteOwner checks that a passive deed whose subject names the systems or data of a
// body after "at" or "of" ("Servers at X were wiped") befell that body, while a place after
// "at" names no victim.
func TestPassiveSiteOwner(t *testing.T) {
	checkSoleRole(t, schema.RoleTarget, []roleCase{
		{"servers at, wiped", "Servers at Greyfield Water were wiped on January 20.", schema.EventAttack, "greyfield-water"},
		{"systems at, encrypted", "Systems at Ashgrove Hospital were encrypted on November 2.", schema.EventAttack, "ashgrove-hospital"},
		{"data at, stolen", "Data at Orrin Logistics was stolen in June.", schema.EventTheft, "orrin-logistics"},
		{"a fronted day and an agent", "On Monday, email accounts at Drossel Energy were compromised by Iron Quill.", schema.EventIntrusion, "drossel-energy"},
		{"adverbs and a perfect", "Some systems at Marlow Rail had also been quietly breached.", schema.EventIntrusion, "marlow-rail"},
		{"files of, leaked", "Files of Pinecrest Clinic have been leaked online.", schema.EventLeak, "pinecrest-clinic"},
		{"a place names no owner", "Servers at an airport in Ostreva were wiped.", schema.EventAttack, ""},
	})
}

// TestPossessedDeed checks that a company owning a deed noun with no object after it ("Harbor
// Mutual's breach", "its data breach") is the one the deed befell, while a group or state that
// owns one, or a company's deed with an object ("X's attack on Y"), keeps its owner the doer.
func TestPossessedDeed(t *testing.T) {
	tests := []struct {
		name, body    string
		typ           schema.EventType
		agent, target string
	}{
		{"a company's breach", "Harbor Mutual's breach exposed 40,000 customers.", schema.EventIntrusion, "", "harbor-mutual"},
		{"a company's data breach", "Harbor Mutual's data breach exposed 40,000 customers.", schema.EventIntrusion, "", "harbor-mutual"},
		{"its ransomware attack", "Harbor Mutual said its ransomware attack began in May.", schema.EventAttack, "", "harbor-mutual"},
		{"a company's breach by a group", "Harbor Mutual's breach by Ember Finch began in May.", schema.EventIntrusion, "ember-finch", "harbor-mutual"},
		{"a state's hack of a company", "Russia's hack of Harbor Mutual began in May.", schema.EventIntrusion, "russia", "harbor-mutual"},
		{"a group's attack on a company", "Ember Finch's attack on Harbor Mutual began in May.", schema.EventAttack, "ember-finch", "harbor-mutual"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			ev := findEvent(g, tt.typ, tt.agent, tt.target)
			require.NotNil(t, ev, eventsString(g))
			for _, p := range ev.Participants {
				if p.Role == schema.RoleAgent {
					assert.Equal(t, tt.agent, p.Actor, "got agent %s, want %q", p.Actor, tt.agent)
				}
			}
		})
	}
}

// negationCase is one row of a negation table: the body written on 2025-11-20 gives exactly
// one event of type typ, negated or not.
type negationCase struct {
	name, body string
	typ        schema.EventType
	negated    bool
}

// checkNegated runs a negation table: each body gives one event of its type, with the
// negation the row expects.
func checkNegated(t *testing.T, tests []negationCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			var got []bool
			for _, ev := range g.Events {
				if ev.Type == tt.typ {
					got = append(got, ev.Negated)
				}
			}
			assert.Equal(t, []bool{tt.negated}, got, eventsString(g))
		})
	}
}

// roleCase is one row of a role table: the body written on 2025-11-20 gives exactly one event
// of type typ, whose participant in the table's role is actor ("" for none).
type roleCase struct {
	name, body string
	typ        schema.EventType
	actor      string
}

// checkSoleRole runs a role table: each body gives one event of its type, and the actor in
// role (the last one listed, "" when none) is the one the row wants.
func checkSoleRole(t *testing.T, role schema.Role, tests []roleCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			var got []string
			for _, ev := range g.Events {
				if ev.Type != tt.typ {
					continue
				}
				actor := ""
				for _, p := range ev.Participants {
					if p.Role == role {
						actor = p.Actor
					}
				}
				got = append(got, actor)
			}
			assert.Equal(t, []string{tt.actor}, got, eventsString(g))
		})
	}
}
