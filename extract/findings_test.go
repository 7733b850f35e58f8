package extract

import (
	"strings"
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestFindingsTeller checks who passes on findings that a previous sentence says someone made:
// "These findings, reported to X" and "The evidence was reported to X" name no teller, so the
// one who found them tells; and that a name inside a participial phrase after the subject
// ("officers working against Y uncovered") is not the subject.
func TestFindingsTeller(t *testing.T) {
	checkEventRules(t, "2024-06-10", []eventCase{
		{"participle after the subject's noun", "Brazil's intelligence officers working against Harrow Bank uncovered a spy network.",
			schema.EventReport, "brazil", "", true},
		{"not the name inside the participial phrase", "Brazil's intelligence officers working against Harrow Bank uncovered a spy network.",
			schema.EventReport, "harrow-bank", "", false},
		{"an -ing premodifier is no participial phrase", "The credit reporting company Tallis Security said its systems were safe.",
			schema.EventStatement, "tallis-security", "", true},
		{"a participle naming whom the subject works for", "Hackers working for Grey Heron breached Harrow Bank.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", true},
		{"a passive's by-agent before a possessor", "Harrow Bank's software was used by Grey Heron to steal files from Nimbus Systems.",
			schema.EventTheft, "grey-heron", "nimbus-systems", true},
		{"progressive is no participial phrase", "Harrow Bank is watching closely, and Grey Heron discovered the flaw.",
			schema.EventReport, "grey-heron", "", true},
		{"appositive participle", "In 2021, Brazil's spies discovered that Grey Heron had breached Harrow Bank. These findings, reported to the Valdorian Signals Agency, changed its policy.",
			schema.EventWarning, "brazil", "valdorian-signals-agency", true},
		{"passive with a recipient", "Analysts at Tallis Security discovered the backdoor in March. The evidence was reported to the Valdorian Signals Agency within days.",
			schema.EventWarning, "tallis-security", "valdorian-signals-agency", true},
		{"no finder before", "These findings, reported to the Valdorian Signals Agency, changed its policy.",
			schema.EventWarning, "", "valdorian-signals-agency", true},
		{"the finder of a deed, not its doer", "Quell Labs found that Ash Typhoon had spied on Harrow Bank. These findings, reported to the Valdorian Signals Agency, led to sanctions.",
			schema.EventWarning, "quell-labs", "valdorian-signals-agency", true},
		{"the doer of the deed found tells nothing", "Quell Labs found that Ash Typhoon had spied on Harrow Bank. These findings, reported to the Valdorian Signals Agency, led to sanctions.",
			schema.EventWarning, "ash-typhoon", "", false},
	})
}

// TestNegationInsideName checks that a negation word inside a name does not negate the name's
// own act, while a real negation still does (and, for a warning, leaves no event).
func TestNegationInsideName(t *testing.T) {
	tests := []struct {
		name, body string
		negated    bool
	}{
		{"a name with Without", "Reporters Without Borders warned journalists in Norland on Monday.", false},
		{"a real negation", "Reporters Without Borders did not warn journalists in Norland on Monday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			var found bool
			for _, e := range g.Events {
				if e.Type == schema.EventWarning {
					found = true
					assert.False(t, e.Negated, eventsString(g))
				}
			}
			// a warning told as not given is no event (untaken), so a real negation leaves none
			assert.Equal(t, !tt.negated, found, eventsString(g))
		})
	}
}

// TestUnresolvedVictimStays checks that an incident whose own words name a victim the
// extractor could not resolve ("hacked a defence contractor") does not take the previous
// incident's victim, while one that names none ("stole files") does.
func TestUnresolvedVictimStays(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		target     string
		want       int // events of typ with target as target
	}{
		{"a described victim", "Brazilian spies observed the Grey Heron group in May. Brazil was behind the 2019 hack of the Chilean software company, officials said.", schema.EventIntrusion, "grey-heron", 0},
		{"no victim named", "Grey Heron breached Harrow Bank in May. Grey Heron then stole payroll files.", schema.EventTheft, "harrow-bank", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			assert.Equal(t, tt.want, countEventsWith(g, tt.typ, tt.target, schema.RoleTarget), eventsString(g))
		})
	}
}

// TestQuotedTermIsNoEvent checks that a short quoted term names a technique or a campaign
// rather than telling of an event, while a quoted sentence still tells of one.
func TestQuotedTermIsNoEvent(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		want       bool
	}{
		{"a quoted technique", "Grey Heron routinely uses a technique known as \"push bombing\" against Harrow Bank.", schema.EventAttack, false},
		{"scare quotes", "Officials said Norland was behind the \"Harrow hacks\" on Harrow Bank.", schema.EventIntrusion, true},
		{"a quoted sentence", "Harrow Bank said in a statement: \"Grey Heron hacked our systems in May.\"", schema.EventIntrusion, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			assert.Equal(t, tt.want, findEvent(g, tt.typ, "", "") != nil, eventsString(g))
		})
	}
}

// TestOpenAttributionTakesNoDefault checks that an incident whose sentence denies knowing who
// did it ("did not attribute the attack to X") is not given the article's one threat group.
func TestOpenAttributionTakesNoDefault(t *testing.T) {
	filler := "Harrow Bank has 40 branches. Its shares rose on Monday. The bank employs 900 people. "
	tests := []struct {
		name, body string
		want       bool // an attack by Ember Lynx
	}{
		{"attribution left open", "A gang called Ember Lynx breached Nimbus Systems in May. " + filler +
			"Harrow Bank did not attribute the attack on its payment network to Norland.", false},
		{"no attribution in the sentence", "A gang called Ember Lynx breached Nimbus Systems in May. " + filler +
			"The attack on the payment network of Harrow Bank lasted two days.", true},
		{"not known who", "A gang called Ember Lynx breached Nimbus Systems in May. " + filler +
			"It is not known who was behind the attack on the payment network of Harrow Bank.", false},
		{"unclear which group", "A gang called Ember Lynx breached Nimbus Systems in May. " + filler +
			"It remains unclear which group carried out the attack on the payment network of Harrow Bank.", false},
		{"a negated attribution with no sender", "A gang called Ember Lynx breached Nimbus Systems in May. " + filler +
			"Investigators have not attributed the attack on the payment network of Harrow Bank to any group.", false},
		{"no one claimed it", "A gang called Ember Lynx breached Nimbus Systems in May. " + filler +
			"No group has claimed the attack on the payment network of Harrow Bank.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			assert.Equal(t, tt.want, findEvent(g, schema.EventAttack, "ember-lynx", "") != nil, eventsString(g))
		})
	}
}

// TestSenderFound checks that a warning, accusation or sanction keeps the sender the text gives
// ("received a warning from Y", "received Y's warning", "was warned by Y", findings passed on
// by their finder), that one told from the side of the one told keeps none ("received a tip"),
// and that one with no sender at all is dropped.
func TestSenderFound(t *testing.T) {
	checkEventRules(t, "2024-06-10", []eventCase{
		{"a warning received from someone", "Harrow Bank received a warning from the Norland Cyber Office on Monday.",
			schema.EventWarning, "norland-cyber-office", "harrow-bank", true},
		{"a passive warning with its sender", "Harrow Bank was warned by the Norland Cyber Office on Monday.",
			schema.EventWarning, "norland-cyber-office", "harrow-bank", true},
		{"findings passed on by their finder", "Analysts at Tallis Security discovered the backdoor in March. The evidence was reported to the Valdorian Signals Agency within days.",
			schema.EventWarning, "tallis-security", "valdorian-signals-agency", true},
		{"a tip received from no one named", "Harrow Bank received a tip about a planned attack.",
			schema.EventWarning, "", "harrow-bank", true},
		{"a warning received with its sender's possessive", "Harrow Bank said it had received the Norland Cyber Office's warning in May.",
			schema.EventWarning, "norland-cyber-office", "harrow-bank", true},
		{"a possessive of the one told is no sender", "The Norland Cyber Office said Harrow Bank received its own staff's warning in May.",
			schema.EventWarning, "norland-cyber-office", "harrow-bank", false},
		{"a passive warning's teller past the deed", "Harrow Bank was alerted to the intrusion by the Norland Cyber Office in March.",
			schema.EventWarning, "norland-cyber-office", "harrow-bank", true},
		{"the teller is no doer of the deed told", "Harrow Bank was alerted to the intrusion by the Norland Cyber Office in March.",
			schema.EventIntrusion, "norland-cyber-office", "", false},
		{"a group after the deed is its doer", "Harrow Bank was warned about attacks by Kestrel Spider in May.",
			schema.EventAttack, "kestrel-spider", "", true},
		{"a group after the deed tells nothing", "Harrow Bank was warned about attacks by Kestrel Spider in May.",
			schema.EventWarning, "kestrel-spider", "harrow-bank", false},
		{"learned of a deed from no one is no telling", "Harrow Bank learned of the breach in May.",
			schema.EventWarning, "", "harrow-bank", false},
		{"an accusation from no one", "Dana West is accused of stealing files from Harrow Bank.",
			schema.EventAccusation, "", "", false},
		{"a sanction from no one", "The intruders were expelled from Norland in May.",
			schema.EventSanction, "", "", false},
	})
}

// TestExpletiveIt checks that an "it" that refers to nothing ("It is not known who …") takes
// no antecedent, while a referring "it" still does.
func TestExpletiveIt(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string
		want          bool
	}{
		{"not known who", "The Norland Treasury imposed sanctions on Friday. It is not known who was behind the attack on Dunmore Mutual.",
			"norland-treasury", "dunmore-mutual", false},
		{"unclear whether", "The Norland Treasury imposed sanctions on Friday. It was unclear whether the attack on Dunmore Mutual was linked.",
			"norland-treasury", "dunmore-mutual", false},
		{"a referring it", "Grey Heron breached Harrow Bank in May. It was also behind the attack on Dunmore Mutual.",
			"grey-heron", "dunmore-mutual", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			assert.Equal(t, tt.want, findEvent(g, schema.EventAttack, tt.agent, tt.target) != nil, eventsString(g))
		})
	}
}

// TestDocumentTeller checks that a document which is the subject of a verb of warning or
// accusing ("The advisory attributes …", "The alert warned …") is told by its issuer, named in
// the sentence before or the one before that at or before the words that name the document,
// and on the day the issuer's telling gives when it is told in the present or, with no day of
// its own, in the simple past ("The alert warned …"); a name inside the
// document's apposition tells nothing. A sentence-initial "It" after a sentence whose subject is
// a document signed by named bodies ("The joint advisory, signed by X, Y and counterparts in Z,
// names …. It urges …") is told by those bodies, not the group the document names nor Z.
func TestDocumentTeller(t *testing.T) {
	signed := "The joint advisory, signed by the Norland Cyber Centre, the Dorsk Security Bureau and counterparts in Britain and Canada, names the group Pewter Vole and says it has been active since 2022. It urges water operators to hunt for signs of the intruders."
	tests := []struct {
		name, body          string
		typ                 schema.EventType
		agent, target, date string
		want                bool
	}{
		{"advisory attributes", "Norland's cyber centre, NorCERT, published a technical advisory on Monday describing a botnet of hijacked routers. The advisory attributes the operation to Pewter Vole.",
			schema.EventAccusation, "norcert", "pewter-vole", "2026-03-02", true},
		{"a name in the document's apposition does not attribute", "Norland's cyber centre, NorCERT, has warned ministries that Pewter Vole broke into their mail servers, in an advisory issued on Tuesday. The advisory, shared with the teams of the Harbour Council and later published in redacted form, attributes the intrusions to Pewter Vole.",
			schema.EventAccusation, "harbour-council", "", "", false},
		{"the issuer attributes, on the advisory's day", "Norland's cyber centre, NorCERT, has warned ministries that Pewter Vole broke into their mail servers, in an advisory issued on Tuesday. The advisory, shared with the teams of the Harbour Council and later published in redacted form, attributes the intrusions to Pewter Vole.",
			schema.EventAccusation, "norcert", "pewter-vole", "2026-03-03", true},
		{"the teller before the document, not the one it reports", "Tallis Security said in an alert issued on Wednesday that it had been warned by Orvane Bank. The alert warned other banks about Pewter Vole.",
			schema.EventWarning, "tallis-security", "", "", true},
		{"the document warned in the past on the day it was issued", "Tallis Security said in an alert issued on Wednesday that it had been warned by Orvane Bank. The alert warned other banks that Pewter Vole reuses stolen passwords.",
			schema.EventWarning, "tallis-security", "", "2026-03-04", true},
		{"a day of its own stays", "Tallis Security said in an alert issued on Wednesday that it had been warned by Orvane Bank. The alert warned other banks on Monday that Pewter Vole reuses stolen passwords.",
			schema.EventWarning, "tallis-security", "", "2026-03-02", true},
		{"not the one the teller reports", "Tallis Security said in an alert issued on Wednesday that it had been warned by Orvane Bank. The alert warned other banks about Pewter Vole.",
			schema.EventWarning, "orvane-bank", "pewter-vole", "", false},
		{"a document named three sentences back has no issuer here", "NorCERT published an advisory on Monday. Pewter Vole hacked Orvane Bank. Tallis Security hacked Marlow Bank. The advisory attributes the intrusions to Pewter Vole.",
			schema.EventAccusation, "norcert", "pewter-vole", "", false},
		{"it continues the document: its signers warn", signed,
			schema.EventWarning, "norland-cyber-centre", "", "", true},
		{"it continues the document: each signer", signed,
			schema.EventWarning, "dorsk-security-bureau", "", "", true},
		{"it continues the document: not the group it names", signed,
			schema.EventWarning, "pewter-vole", "", "", false},
		{"it continues the document: no counterpart's country", signed,
			schema.EventWarning, "canada", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-03-05", tt.body)
			ev := findEvent(g, tt.typ, tt.agent, tt.target)
			assert.Equal(t, tt.want, ev != nil, "want %v: %s %s → %s in %s", tt.want, tt.typ, tt.agent, tt.target, eventsString(g))
			if ev != nil && tt.date != "" {
				assert.Equal(t, tt.date, ev.Time.Value, eventsString(g))
			}
		})
	}
}

// TestPublishedByAgent checks that a light verb's participle after a report noun passes its
// "by" to the report ("according to a report published on Tuesday by X", "The report,
// published on Monday by X, found"), past a described classifier before the name, and that
// sanctions imposed by a body are that body's.
func TestPublishedByAgent(t *testing.T) {
	checkEventRules(t, "2026-03-12", []eventCase{
		{"published on a day by a classified name", "A state-linked group has targeted foreign ministries in Dorsk since 2024, according to a report published on Tuesday by Prague-based security vendor Tresk Labs.",
			schema.EventReport, "tresk-labs", "", true},
		{"an analysis published by", "The leaked records matched an earlier breach, according to an analysis published on Tuesday by Harlow Threat Research.",
			schema.EventReport, "harlow-threat-research", "", true},
		{"participle after a comma", "The report, published on Monday by the Orlen Digital Rights Lab, found spyware on the phones of four journalists.",
			schema.EventReport, "orlen-digital-rights-lab", "", true},
		{"sanctions imposed by", "The sanctions imposed on Monday by the Norland Treasury froze the assets of Tresk Labs.",
			schema.EventSanction, "norland-treasury", "", true},
		{"findings released by", "Two exiled reporters were hacked with commercial spyware, according to findings released on Thursday by the Orlen Digital Rights Lab.",
			schema.EventReport, "orlen-digital-rights-lab", "", true},
		{"research published by", "The phishing kit was sold to at least nine gangs, according to research published by Harlow Threat Research.",
			schema.EventReport, "harlow-threat-research", "", true},
		{"findings that no one issues are no report", "The findings surprised Harlow Threat Research, whose engineers had expected a criminal gang.",
			schema.EventReport, "harlow-threat-research", "", false},
	})
}

// TestIssuedBy checks the words issuedBy reads after a noun of a finder's work.
func TestIssuedBy(t *testing.T) {
	x := mustExtractor(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"findings released on Thursday by Amnesty", true},
		{"research published by Harlow", true},
		{"findings released after the election , by which", false},
		{"research shows that", false},
	} {
		var toks []token
		for _, w := range strings.Fields(tc.text) {
			tag := "NN"
			switch w {
			case "released", "published":
				tag = "VBN"
			case "on", "by", "after":
				tag = "IN"
			case "the":
				tag = "DT"
			case ",":
				tag = ","
			case "shows":
				tag = "VBZ"
			}
			toks = append(toks, token{Text: w, Lower: strings.ToLower(w), Tag: tag})
		}
		assert.Equal(t, tc.want, x.issuedBy(toks, 0), tc.text)
	}
}
