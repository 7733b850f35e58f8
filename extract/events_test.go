package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEventTimes checks how events take their dates: relative expressions never claim more
// precision than the publication date has, and news told in the present perfect or the
// present is dated to the publication date.
func TestEventTimes(t *testing.T) {
	tests := []timeCase{
		{"weekday in a month-dated article", "2024-06", "Grey Heron attacked Brightwater Labs on Tuesday.",
			schema.EventAttack, "grey-heron", "brightwater-labs", "2024-06"},
		{"last week in a year-dated article", "2023", "Grey Heron hacked Brightwater Labs late last week.",
			schema.EventIntrusion, "grey-heron", "brightwater-labs", "2023"},
		{"last month keeps its month", "2024-06", "Grey Heron hacked Brightwater Labs last month.",
			schema.EventIntrusion, "grey-heron", "brightwater-labs", "2024-05"},
		{"weekday in a day-dated article", "2024-06-13", "Grey Heron attacked Brightwater Labs on Tuesday.",
			schema.EventAttack, "grey-heron", "brightwater-labs", "2024-06-11"},
		{"present perfect", "2024-06", "The FBI has warned Brightwater Labs of a new campaign.",
			schema.EventWarning, "federal-bureau-of-investigation", "brightwater-labs", "2024-06"},
		{"present tense", "2024-06-13", "The FBI warns Brightwater Labs about phishing emails.",
			schema.EventWarning, "federal-bureau-of-investigation", "brightwater-labs", "2024-06-13"},
		{"simple past stays undated", "2024-06-13", "Grey Heron hacked Brightwater Labs.",
			schema.EventIntrusion, "grey-heron", "brightwater-labs", ""},
		{"negated present perfect stays undated", "2024-06-13", "Grey Heron has not hacked Brightwater Labs.",
			schema.EventIntrusion, "grey-heron", "brightwater-labs", ""},
		{"own time wins", "2024-06-13", "Grey Heron has hacked Brightwater Labs in 2019.",
			schema.EventIntrusion, "grey-heron", "brightwater-labs", "2019"},
		{"a time in a relative clause set off by commas is not the main clause's", "2026-04-21", "Grey Heron, which breached Harrow Bank in 2023, hit Brightwater Labs on Monday.",
			schema.EventAttack, "grey-heron", "brightwater-labs", "2026-04-20"},
		{"a main clause keeps no time from a relative clause set off by commas", "2026-04-21", "The agency said Grey Heron, which has been active since 2021, breached Brightwater Labs.",
			schema.EventIntrusion, "grey-heron", "brightwater-labs", ""},
		{"the relative clause keeps its own time", "2026-04-21", "Grey Heron, which breached Harrow Bank in 2023, hit Brightwater Labs on Monday.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", "2023"},
		{"a year in a description set beside the subject is not the main clause's", "2026-04-21", "Grey Heron, a group tracked by Norland analysts since 2019, breached Brightwater Labs last month.",
			schema.EventIntrusion, "grey-heron", "brightwater-labs", "2026-03"},
		{"a year in a short description set beside the subject", "2026-04-21", "Grey Heron, active since 2019, breached Brightwater Labs in February.",
			schema.EventIntrusion, "grey-heron", "brightwater-labs", "2026-02"},
		{"an undated main clause keeps no year from a description beside its subject", "2026-04-21", "Grey Heron, a crew first seen in 2019, breached Brightwater Labs.",
			schema.EventIntrusion, "grey-heron", "brightwater-labs", ""},
		{"a year modifying a deed noun is the deed's", "2026-02-12", "The Foreign Office of Velmora added Brightwater Labs to its sanctions list, citing its role in the 2024 compromise of Harrow Bank.",
			schema.EventSanction, "", "brightwater-labs", ""},
	}
	checkTimes(t, tests, true)
}

// timeCase is one body with the event it must give and that event's time value.
type timeCase struct {
	name, published, body string
	typ                   schema.EventType
	agent, target         string
	time                  string // "" = the event must be undated
}

// checkTimes extracts each case's body and checks the time of its event; withText also asks
// that a dated event keep the words its time came from.
func checkTimes(t *testing.T, tests []timeCase, withText bool) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, tt.published, tt.body)
			ev := findEvent(g, tt.typ, tt.agent, tt.target)
			require.NotNil(t, ev, "no %s event %s → %s in %s", tt.typ, tt.agent, tt.target, eventsString(g))
			assert.Equal(t, tt.time, ev.Time.Value, "time of %s", eventsString(g))
			if withText && tt.time != "" {
				assert.NotEmpty(t, ev.Time.Text, "time words")
			}
		})
	}
}

// TestToldPatterns checks further ways of telling someone something.
func TestToldPatterns(t *testing.T) {
	tests := []struct {
		name, body, from, to string
	}{
		{"told by, passive", "Lena Okafor was told by the FBI to shut the servers down.", "federal-bureau-of-investigation", "lena-okafor"},
		{"told by, passive, after an appositive", "On May 3, Lena Okafor, a reporter for the weekly Harbour Ledger, was told by Brightwater Labs that her phone was infected.", "brightwater-labs", "lena-okafor"},
		{"warned a description and a name", "Hackers stole design files from Harlow Valve Systems in May. The Norland Cyber Office warned the company and the Westerian Energy Ministry on June 3.", "norland-cyber-office", "westerian-energy-ministry"},
		{"the description itself is still told", "Hackers stole design files from Harlow Valve Systems in May. The Norland Cyber Office warned the company and the Westerian Energy Ministry on June 3.", "norland-cyber-office", "harlow-valve-systems"},
		{"reported to an unnamed body and a name", "Corvane Telecom reported the matter to the police and the Westerian Data Protection Office in March.", "corvane-telecom", "westerian-data-protection-office"},
		{"warned its counterpart", "The inquiry was led by Vessaria's National Cyber Office. The Osvar Response Team had warned its Vessarian counterpart in March that servers were compromised.", "osvar-response-team", "vessarias-national-cyber-office"},
		{"passed to their counterparts", "Corvania's Central Bureau for Cybercrime seized two laptops. The tip came from the Danish National Police, who passed details of a payment wallet to their Corvanian counterparts.", "danish-national-police", "corvanias-central-bureau-for-cybercrime"},
		{"alerted their counterparts, no agency of theirs named", "The Norland Cyber Office alerted its Dutch counterparts in March that a mail server had been breached.", "norland-cyber-office", "netherlands"},
		{"told their counterparts, no agency of theirs named", "French officials told their Polish counterparts in May that the email accounts of two senators had been breached.", "france", "poland"},
		{"informed by their counterparts, passive", "Canadian officials were informed of the breach by their Australian counterparts on May 2.", "australia", "canada"},
		{"told the <demonym> intelligence service", "The Norland Cyber Office told the Czech intelligence service on July 26 that the plot was real.", "norland-cyber-office", "czech-republic"},
		{"warned the <demonym> spy agency", "Kestrel Labs warned the Dutch spy agency in March that its mail server was exposed.", "kestrel-labs", "netherlands"},
		{"told the committee", "Lena Okafor told the Senate Intelligence Committee the logs were gone.", "lena-okafor", "senate-intelligence-committee"},
		{"received intelligence from", "Brightwater Labs received threat intelligence from the FBI in March.", "federal-bureau-of-investigation", "brightwater-labs"},
		{"got a warning from", "The Westerian Cyber Defence Office got an urgent warning from Brightwater Labs.", "brightwater-labs", "westerian-cyber-defence-office"},
		{"a second telling after 'and had' keeps the first subject", "Brightwater Labs had notified Harrow Bank on Monday and had alerted the Norland Cyber Office by Tuesday.", "brightwater-labs", "norland-cyber-office"},
		{"a second telling after 'and did' keeps the first subject", "The Tessaly Police did not call Velmora Water and did notify the Norland Cyber Office.", "tessaly-police", "norland-cyber-office"},
		{"learned of from", "The Westerian Cyber Defence Office learned of the intrusion from Brightwater Labs in May.", "brightwater-labs", "westerian-cyber-defence-office"},
		{"alerted to a deed by, passive", "Harrow Bank was alerted to the intrusion by the Norland Cyber Office in March.", "norland-cyber-office", "harrow-bank"},
		{"warned about a deed by, passive perfect", "Harrow Bank had been warned about the breach by Kestrel Labs in February.", "kestrel-labs", "harrow-bank"},
		{"told about a deed by, passive", "Velmora Water was told about the intrusion by Kestrel Labs on June 2.", "kestrel-labs", "velmora-water"},
		{"told of a deed by, passive perfect", "The Tessaly Police had been told of the theft by Harrow Bank in May.", "harrow-bank", "tessaly-police"},
		{"tipped off by, passive", "Harrow Bank was tipped off by the Dorsk Security Service on Monday.", "dorsk-security-service", "harrow-bank"},
		{"tipped off about a deed by, passive", "Harrow Bank was tipped off about the attack by the Dorsk Security Service.", "dorsk-security-service", "harrow-bank"},
		{"asked by, passive", "Harrow Bank was asked by the Norland Cyber Office to shut its payment servers.", "norland-cyber-office", "harrow-bank"},
		{"urged by, passive", "Lena Okafor was urged by Kestrel Labs to replace her phone.", "kestrel-labs", "lena-okafor"},
		{"apprised of", "Kestrel Labs apprised Harrow Bank of the intrusion in May.", "kestrel-labs", "harrow-bank"},
		{"forewarned, passive", "Harrow Bank was forewarned by Kestrel Labs in May.", "kestrel-labs", "harrow-bank"},
		{"heard about from", "Lena Okafor said she first heard about the breach from the FBI.", "federal-bureau-of-investigation", "lena-okafor"},
		{"received a complaint from", "The Norland Data Office said it had received a complaint from Lena Okafor in March.", "lena-okafor", "norland-data-office"},
		{"received a letter from", "Harrow Bank received a letter from the Norland Data Office in June.", "norland-data-office", "harrow-bank"},
		{"got a call from", "Harrow Bank got a call from the FBI on Monday.", "federal-bureau-of-investigation", "harrow-bank"},
		{"received a report from", "The Vesk Data Authority said it had received a report from Harlow Systems on Monday.", "harlow-systems", "vesk-data-authority"},
		{"received reports from", "The Norland Cyber Office received reports from Kestrel Labs about the stolen passwords.", "kestrel-labs", "norland-cyber-office"},
		{"an adverb after an apposition whose head a town modifies", "Researchers at Kestrel Labs, a Marlow security firm, first warned Harrow Bank on May 5.", "kestrel-labs", "harrow-bank"},
		{"relative clause after an apposition whose head a place modifies", "The listing was found by Kestrel Labs, a Tallinn security firm, which notified Harrow Bank on May 5.", "kestrel-labs", "harrow-bank"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			found := false
			for _, r := range g.Relations {
				found = found || r.Type == schema.RelInformed && r.Source == tt.from && r.Target == tt.to
			}
			assert.True(t, found, "got %v / %s, want INFORMED %s → %s", g.Relations, eventsString(g), tt.from, tt.to)
		})
	}
}

// TestStatementSpeakers checks who a reporting verb is attributed to.
func TestStatementSpeakers(t *testing.T) {
	tests := []struct {
		name, body string
		agent      string // "" = no statement event with any agent
	}{
		{"name opening the noun phrase", "Brightwater Labs researchers said the servers were wiped.", "brightwater-labs"},
		{"possessive noun phrase", "Norway's federal cyber agency stated on Monday that it had no evidence.", "norway"},
		{"the report said", "The report said the servers were wiped.", ""},
		{"hearsay", "Grey Heron is said to have wiped the servers.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			if tt.agent == "" {
				for _, e := range g.Events {
					if e.Type == schema.EventStatement {
						for _, p := range e.Participants {
							assert.NotEqual(t, schema.RoleAgent, p.Role, "got %s, want no speaker", eventsString(g))
						}
					}
				}
				return
			}
			assert.NotNil(t, findEvent(g, schema.EventStatement, tt.agent, ""), "got %s, want a statement by %s", eventsString(g), tt.agent)
		})
	}
}

// TestBareIncidents checks incidents that name no one taking part: one event per type,
// and none when another event of the type names its parties.
func TestBareIncidents(t *testing.T) {
	count := func(body string, typ schema.EventType) (bare, all int) {
		g := extractText(t, "2024-06-10", body)
		for _, e := range g.Events {
			if e.Type == typ {
				all++
				if len(e.Participants) == 0 {
					bare++
				}
			}
		}
		return
	}
	tests := []struct {
		name      string
		body      string
		typ       schema.EventType
		bare, all int
	}{
		{"one bare theft", "Customer records were stolen. More records were stolen later.", schema.EventTheft, 1, 1},
		{"ransom demand", "The town received a ransom demand on Monday.", schema.EventAttack, 1, 1},
		{"patch", "The vendor patched the flaw.", schema.EventOther, 1, 1},
		{"parties win", "Customer records were stolen. Grey Heron stole records from Brightwater Labs.", schema.EventTheft, 0, 1},
		{"no bare statement", "Nothing was said about it.", schema.EventStatement, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bare, all := count(tt.body, tt.typ)
			assert.Equal(t, tt.bare, bare, "bare %s events", tt.typ)
			assert.Equal(t, tt.all, all, "%s events", tt.typ)
		})
	}
}

// TestAccusedUnnamed checks that an undated accusation whose accused the article names neither
// as an actor nor with a pronoun pointing back is no event, while one against a named actor,
// against a pronoun, or told with its own day, is.
func TestAccusedUnnamed(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{"named", "Senator Mara Quill accused Harlow Telecom of moving too slowly.", true},
		{"relative pronoun", "The Norland Treasury fined Orbis Telecom, which it blamed for the outage.", true},
		{"no one named", "Senator Mara Quill accused the government of sitting on the information for weeks.", false},
		{"clause alleged", "Police allege that the former clerk sold the voter roll on a forum.", false},
		{"clause alleged against one named", "The Norland Police Service alleges that Ivo Marsk sold the voter roll on a forum.", true},
		{"dated", "On Tuesday, Senator Mara Quill accused the government of sitting on the information for weeks.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-05-01", tt.body)
			assert.Equal(t, tt.want, countEvents(g, schema.EventAccusation) > 0, eventsString(g))
		})
	}
}

// TestUnsaid checks that a statement or an accusation told as not made is no event, while one
// made is.
func TestUnsaid(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		want       bool
	}{
		{"said", "Harlow Telecom said on Monday that the leak was contained.", schema.EventStatement, true},
		{"has not commented", "Harlow Telecom has not commented publicly on the leak.", schema.EventStatement, false},
		{"attributed", "Quill Research attributed the attack to Grey Heron.", schema.EventAccusation, true},
		{"did not attribute", "Quill Research did not attribute the attack to Grey Heron.", schema.EventAccusation, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-05-01", tt.body)
			assert.Equal(t, tt.want, countEvents(g, tt.typ) > 0, eventsString(g))
		})
	}
}

// TestAskedUnreal checks that asking someone to act under a modal of what would or will be done
// ("would ask X to …") is no warning, while asking done is.
func TestAskedUnreal(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{"asked", "Minister Ola Brandt asked the Valdor Council to discuss the campaign.", true},
		{"would ask", "Minister Ola Brandt said Norland would ask the Valdor Council to discuss the campaign next month.", false},
		{"will ask", "Minister Ola Brandt said she will ask the Valdor Council to discuss the campaign.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-05-01", tt.body)
			assert.Equal(t, tt.want, countEvents(g, schema.EventWarning) > 0, eventsString(g))
		})
	}
}

// TestDutyNotDone checks that what someone must, is required to, failed to, has yet to or
// refused to do is no event, while what was done, and a deed someone "must have" done, are.
func TestDutyNotDone(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		want       bool
	}{
		{"reported", "Harlow Power reported the incident to the Norland Cyber Office on Monday.", schema.EventWarning, true},
		{"must report", "Under the new rules, operators such as Harlow Power must report significant incidents to the Norland Cyber Office within 24 hours.", schema.EventWarning, false},
		{"required to notify", "Harlow Power is required to notify the Norland Data Office of any breach.", schema.EventWarning, false},
		{"must have stolen", "The hackers must have stolen the passwords from Harlow Power.", schema.EventTheft, true},
		// what someone failed or neglected to do was not done either
		{"failing to report", "The Norland Data Office fined Harlow Power on Monday for failing to report the intrusion to the Norland Cyber Office.", schema.EventWarning, false},
		{"neglected to tell", "Harlow Power neglected to tell the Norland Data Office about the breach.", schema.EventWarning, false},
		{"failed to promptly notify", "Harlow Power failed to promptly notify the Norland Data Office.", schema.EventWarning, false},
		// nor what someone has yet to do, or refused or declined to do
		{"has yet to notify", "Kestrowe Analytics has yet to notify the Halvery Data Protection Office.", schema.EventWarning, false},
		{"is yet to inform", "Three weeks after the breach, Marrow Bank is yet to inform the Velmar Police.", schema.EventWarning, false},
		{"declined to tell", "Kestrowe Analytics declined to tell the Velmar Police who the attackers were.", schema.EventWarning, false},
		{"refused to alert", "The contractor refused to alert Gansett Power in March.", schema.EventWarning, false},
		{"failed attempt to break in", "Ash Spider made a failed attempt to break into the servers of Harlow Power in May.", schema.EventIntrusion, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-05-01", tt.body)
			assert.Equal(t, tt.want, countEvents(g, tt.typ) > 0, eventsString(g))
		})
	}
}

// TestAgentlessEventsKeptApart checks that two agentless events against one target are kept
// apart unless they share a date.
func TestAgentlessEventsKeptApart(t *testing.T) {
	g := extractText(t, "2024-06-10", "Lena Okafor was arrested in Denver in 2019. Lena Okafor was charged in 2021.")
	assert.Equal(t, 2, countEventsWith(g, schema.EventLegal, "lena-okafor", schema.RoleTarget), eventsString(g))
}

func TestUnitsAreNotActors(t *testing.T) {
	g := extractText(t, "2024-06-10", "The tool uploads files below 7 MB to a server in Oslo.")
	assert.NotContains(t, names(g), "MB")
}

// TestAskedDoer checks that a deed noun in a question left open ("declined to say who was behind
// the intrusion") takes no doer from the sentence's subject, while "X said Y was behind the
// intrusion" gives it Y.
func TestAskedDoer(t *testing.T) {
	const first = "Hackers breached the Estonian Ministry of Transport last month. "
	tests := []struct {
		name, second, agent string
	}{
		{"who was behind", "A spokesperson, Maris Oja, declined to say who was behind the intrusion.", "hackers"},
		{"which group carried out", "Maris Oja said it was unclear which group carried out the intrusion.", "hackers"},
		{"which country was behind", "Maris Oja did not say which country was behind the intrusion.", "hackers"},
		{"a named doer", "Maris Oja said Brass Kestrel was behind the intrusion.", "brass-kestrel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-10-09", first+tt.second)
			for _, ev := range g.Events {
				if ev.Type == schema.EventIntrusion {
					assert.False(t, hasParticipant(ev, "maris-oja", schema.RoleAgent), eventsString(g))
				}
			}
			assert.NotNil(t, findEvent(g, schema.EventIntrusion, tt.agent, "estonian-ministry-of-transport"), eventsString(g))
		})
	}
}

// TestAskedSubject: a verb whose subject is the wh-phrase of a question left open ("would not
// say who had hacked X", "declined to say which offices had been breached") has no doer, or no
// victim, in the one declining to say.
func TestAskedSubject(t *testing.T) {
	checkEventRules(t, "2025-10-09", []eventCase{
		{"who had hacked", "Teodor Lusk, a spokesman for Varrow Mutual, would not say who had hacked the insurer.",
			schema.EventIntrusion, "teodor-lusk", "varrow-mutual", false},
		{"who had hacked keeps the victim", "Teodor Lusk, a spokesman for Varrow Mutual, would not say who had hacked the insurer.",
			schema.EventIntrusion, "", "varrow-mutual", true},
		{"which offices had been breached", "Elna Brisk of the Ostmark Interior Ministry briefed senators on Monday. She declined to say which offices had been breached.",
			schema.EventIntrusion, "", "elna-brisk", false},
		{"a named doer stays", "Teodor Lusk said Brass Kestrel had hacked Varrow Mutual.",
			schema.EventIntrusion, "brass-kestrel", "varrow-mutual", true},
	})
}

// TestCriminalCharges checks that the noun "charges" is a legal step when charges are laid
// against someone, faced, denied or criminal ("brought charges against X", "X faces charges
// of fraud"), and no event as a fee or in "in charge of"; and that a place the subject names
// does not face the charges.
func TestCriminalCharges(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string // "" target: no legal event against any of the sentence's actors
	}{
		{"brought charges against", "The Karsova Prosecution Authority brought charges against Lena Ahlvik on Monday.", "karsova-prosecution-authority", "lena-ahlvik"},
		{"filed charges against", "The Karsova Prosecution Authority filed charges against Brennick Telecom on Monday.", "karsova-prosecution-authority", "brennick-telecom"},
		{"faces charges of", "Ivo Brandtner, a former engineer at Brennick Telecom, faces charges of fraud.", "", "ivo-brandtner"},
		{"faces federal charges", "Ivo Brandtner now faces federal charges in Marlow.", "", "ivo-brandtner"},
		{"a fee is no charge", "Brennick Telecom said customers would not face late-payment charges until May.", "", ""},
		{"in charge of", "Lena Ahlvik, who is in charge of security at Brennick Telecom, said the network was safe.", "", ""},
		{"a place faces no charges", "Three women from Austria face charges of bribery.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-03-10", tt.body)
			if tt.target == "" {
				for _, e := range g.Events {
					for _, p := range e.Participants {
						assert.False(t, e.Type == schema.EventLegal && p.Role == schema.RoleTarget, eventsString(g))
					}
				}
				return
			}
			assert.NotNil(t, findEvent(g, schema.EventLegal, tt.agent, tt.target), eventsString(g))
		})
	}
}

// TestSubpoena checks that compelling someone by subpoena is a legal step against them, told
// by the verb or by the noun with the one served after "to", and that one yet to be issued or
// a subpoena complied with is none against anyone.
func TestSubpoena(t *testing.T) {
	checkEventCases(t, "2026-03-10", []eventCase{
		{"subpoenaed", "The Senate Rules Committee subpoenaed Brennick Telecom in January for its call logs.",
			schema.EventLegal, "senate-rules-committee", "brennick-telecom", true},
		{"issued a subpoena to", "The Senate Rules Committee issued a subpoena to Brennick Telecom on Friday.",
			schema.EventLegal, "senate-rules-committee", "brennick-telecom", true},
		{"would subpoena", "Senator Lena Ahlvik said the committee would subpoena Brennick Telecom if it refused.",
			schema.EventLegal, "", "brennick-telecom", false},
		{"complied with a subpoena", "Brennick Telecom said it had complied with the subpoena.",
			schema.EventLegal, "", "brennick-telecom", false},
	})
}

// TestIntoCustody checks that taking someone into custody or placing them under arrest is an
// arrest of them, active or passive, and that taking something into account or a place under
// control is none.
func TestIntoCustody(t *testing.T) {
	tests := []struct {
		name, body, target string
		want               bool
	}{
		{"was taken into custody", "Ivo Marsh was taken into custody in Varno on Monday.", "ivo-marsh", true},
		{"took a name into custody", "The Ostmark Crime Agency took Lena Hald into custody on Monday.", "lena-hald", true},
		{"was placed under arrest", "Piet Varga was placed under arrest on Tuesday.", "piet-varga", true},
		{"taken into account", "Lena Hald said the findings of Brennick Telecom were taken into account.", "brennick-telecom", false},
		{"placed under review", "Brennick Telecom was placed under review by the Ostmark Data Office.", "brennick-telecom", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-03-10", tt.body)
			assert.Equal(t, tt.want, findEvent(g, schema.EventLegal, "", tt.target) != nil, eventsString(g))
		})
	}
}

// TestForPrincipal checks that the state, agency or group a deed is done for ("spied for
// Russia") shares the deed as a doer rather than suffering it, and that "for" with no such
// name ("for months") changes nothing.
func TestForPrincipal(t *testing.T) {
	tests := []struct {
		name, body        string
		typ               schema.EventType
		principal, target string
	}{
		{"spied for a state", "Arvo Linn spied for Russia for six years.", schema.EventEspionage, "russia", ""},
		{"in a charge", "Prosecutors charged Arvo Linn with spying for Russia.", schema.EventEspionage, "russia", ""},
		{"hacked for an agency", "Arvo Linn hacked the Estonian Ministry of Defence for the GRU.", schema.EventIntrusion, "main-intelligence-directorate", "estonian-ministry-of-defence"},
		{"on behalf of", "Arvo Linn spied on behalf of Russia for six years.", schema.EventEspionage, "russia", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-05-16", tt.body)
			ev := findEvent(g, tt.typ, "arvo-linn", tt.target)
			require.NotNil(t, ev, eventsString(g))
			assert.True(t, hasParticipant(*ev, tt.principal, schema.RoleAgent), eventsString(g))
			assert.False(t, hasParticipant(*ev, tt.principal, schema.RoleTarget), eventsString(g))
		})
	}
	t.Run("for a time", func(t *testing.T) {
		g := extractText(t, "2025-05-16", "Arvo Linn hacked Latvia for months.")
		assert.NotNil(t, findEvent(g, schema.EventIntrusion, "arvo-linn", "latvia"), eventsString(g))
	})
}

// TestLegalNotServedState checks that the state a spy served is no defendant of the legal step
// taken for the spying ("convicted two clerks of spying for China"), while a defendant named
// there stays one.
func TestLegalNotServedState(t *testing.T) {
	tests := []struct {
		name, body, target string
		want               bool
	}{
		{"described defendants", "A court in Dresden on Monday convicted two clerks of spying for China.", "china", false},
		{"on behalf of", "A judge in Tallmark convicted a translator of spying on behalf of Russia.", "russia", false},
		{"named defendant stays", "Prosecutors charged Arvo Linn with spying for Russia.", "arvo-linn", true},
		{"victim state stays", "Prosecutors charged Arvo Linn with spying on Latvia.", "arvo-linn", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-05-16", tt.body)
			assert.Equal(t, tt.want, findEvent(g, schema.EventLegal, "", tt.target) != nil, eventsString(g))
		})
	}
}

// TestLegalNounOfAfterTime: a legal noun's "of" phrase still names whom the step is taken
// against when a short time phrase stands between ("the arrest in May of X", "the detention
// on Friday of Y"), and a name set beside a common noun there is that person ("of a Harl
// Shipping engineer, Ossi Vent,"), not the employer modifying the noun.
func TestLegalNounOfAfterTime(t *testing.T) {
	checkEventRules(t, "2025-10-09", []eventCase{
		{"in May of", "The raid came weeks after the arrest in May of Ossi Vent, a customs clerk.",
			schema.EventLegal, "", "ossi-vent", true},
		{"on Friday of, apposed", "Police announced the arrest on Friday of a Harl Shipping engineer, Ossi Vent, in Tallmark.",
			schema.EventLegal, "", "ossi-vent", true},
		{"not the employer", "Police announced the arrest on Friday of a Harl Shipping engineer, Ossi Vent, in Tallmark.",
			schema.EventLegal, "", "harl-shipping", false},
	})
}

// TestOneSentenceOneDeed checks that the words of one sentence naming one deed on one victim
// with no doer and no date ("was hit by a ransomware attack": hit, ransomware, attack) give one
// event, while deeds on two victims stay two.
func TestOneSentenceOneDeed(t *testing.T) {
	tests := []struct {
		name, body string
		want       int
	}{
		{"hit by a ransomware attack", "The town of Orrin Falls was hit by a ransomware attack.", 1},
		{"with an attribution after", "Kessel Clinic was hit by a ransomware attack, officials said.", 1},
		{"two victims", "Kessel Clinic was hit by a ransomware attack, and Orrin Bank was hit by a phishing attack.", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-12", tt.body)
			n := 0
			for _, ev := range g.Events {
				if ev.Type == schema.EventAttack {
					n++
				}
			}
			assert.Equal(t, tt.want, n, eventsString(g))
		})
	}
}

// TestPassiveConjunct: a participle joined by "and" to a passive participle shares its
// auxiliary ("was arrested in May and later convicted of …"; passiveConjunct): its subject is
// the patient, not the doer; a past tense after "and" ("and pleaded guilty") stays the
// subject's own act, but not a legal step one undergoes ("and sentenced to four years").
func TestPassiveConjunct(t *testing.T) {
	tests := []struct {
		name, body string
		agent, tgt string
		notAgent   string
	}{
		{"later convicted", "Oskar Delm was detained in Brenmoor in 2019 and later convicted of selling secrets.", "", "oskar-delm", "oskar-delm"},
		{"charged with", "Ilse Varn was arrested at her flat on Tuesday and charged with fraud.", "", "ilse-varn", "ilse-varn"},
		{"by phrase", "Oskar Delm was questioned for two days and then indicted by the Norland Fraud Bureau.", "norland-fraud-bureau", "oskar-delm", "oskar-delm"},
		{"active past after and", "Oskar Delm was extradited to Ostria in March and pleaded guilty to fraud.", "oskar-delm", "", ""},
		// a legal step the tagger reads as a past tense (legalParticiple), the first participle
		// up to conjunctReach words back
		{"sentenced tagged past", "Teodor Brisk was convicted by a regional court in Velmar in 2024 and sentenced to four years in prison.", "", "teodor-brisk", "teodor-brisk"},
		{"jailed tagged past", "Anja Rell was arrested at her home in May and jailed for six years.", "", "anja-rell", "anja-rell"},
		// a described subject naming no one: the "his" of the ground is the defendant (groundOwner)
		{"ground owner", "Halvard Prent has denied the charges for a decade. The 51-year-old Norwegian was evicted in March and sentenced to a year in jail for breaching his bail conditions.", "", "halvard-prent", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventLegal, tt.agent, tt.tgt), eventsString(g))
			if tt.notAgent != "" {
				assert.Nil(t, findEvent(g, schema.EventLegal, tt.notAgent, ""), eventsString(g))
			}
		})
	}
}

// TestDismissedPerson: "dismiss" removing a person from a post (dismissedPerson: a person or a
// word for one as its object, "from" after its passive, a person or "who" before it) is no
// denial; dismissing a claim still is.
func TestDismissedPerson(t *testing.T) {
	tests := []struct {
		name, body string
		denial     bool
	}{
		{"relative passive", "The bureau hired a contractor named Lukas Brenner, who had been dismissed by the Norland Data Office in 2020.", false},
		{"staff object", "The Norland Data Office dismissed three analysts after the audit.", false},
		{"passive from", "The analyst was dismissed from the Norland Data Office in 2021.", false},
		{"a claim", "The Norland Data Office dismissed the report as baseless.", true},
		{"a claim, passive", "The allegations were dismissed by the Norland Data Office on Friday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			e := findEvent(g, schema.EventDenial, "norland-data-office", "")
			if tt.denial {
				assert.NotNil(t, e, eventsString(g))
			} else {
				assert.Nil(t, e, eventsString(g))
			}
		})
	}
}

// TestInBreachOf: the idiom "in breach of" (a contract, rules, a duty broken) is no intrusion;
// a breach of a network still is.
func TestInBreachOf(t *testing.T) {
	tests := []struct {
		name, body string
		intrusion  bool
	}{
		{"contract", "Pellmont Freight kept the incident from its insurer for a year, in breach of its policy.", false},
		{"adjective", "Pellmont Freight acted in clear breach of the disclosure rules when it stayed silent.", false},
		{"network breach", "Investigators said the breach of Pellmont Freight began in March.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			e := findEvent(g, schema.EventIntrusion, "", "")
			if tt.intrusion {
				e = findEvent(g, schema.EventIntrusion, "", "pellmont-freight")
				assert.NotNil(t, e, eventsString(g))
			} else {
				assert.Nil(t, e, eventsString(g))
			}
		})
	}
}

func TestHitWithMeasure(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType // the event the sentence holds on Halden Optics; "" for none
	}{
		{"passive lawsuit", "Halden Optics was hit with a shareholder lawsuit on Tuesday.", schema.EventLegal},
		{"passive sanctions", "Halden Optics was hit by new sanctions last week.", ""},
		{"active fine", "The Marrow Trade Authority hit Halden Optics with a fine of $2 million in June.", schema.EventSanction},
		{"passive ransomware", "Halden Optics was hit with a ransomware attack in June.", schema.EventAttack},
		{"active blow", "The Brine Wolf gang hit Halden Optics on Monday.", schema.EventAttack},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-07-14", tt.body)
			assert.Equal(t, tt.typ == schema.EventAttack, findEvent(g, schema.EventAttack, "", "halden-optics") != nil, eventsString(g))
			if tt.typ != schema.EventAttack && tt.typ != "" {
				assert.NotNil(t, findEvent(g, tt.typ, "", "halden-optics"), eventsString(g))
			}
		})
	}
}

// TestIngAfterTopicObject checks that a deed's -ing form opening a reduced relative on a noun
// inside what the clause's verb is about ("summoned the envoy over a campaign targeting X",
// "published a report on malware stealing …") is not the clause subject's deed, while a subject
// that does the deed itself keeps it.
func TestIngAfterTopicObject(t *testing.T) {
	checkEventRules(t, "2025-10-09", []eventCase{
		{"summoned over", "The Norland Foreign Ministry summoned the Valdorian envoy over a disinformation campaign targeting Harrow Bank.",
			schema.EventAttack, "norland-foreign-ministry", "", false},
		{"report on", "Nimbus Labs published a report on a phishing campaign targeting Harrow Bank.",
			schema.EventAttack, "nimbus-labs", "", false},
		{"warned about, named object", "Nimbus Labs warned Harrow Bank about malware targeting its servers.",
			schema.EventAttack, "nimbus-labs", "", false},
		{"own deed stays", "Ash Spider targeted Harrow Bank in a phishing campaign in May.",
			schema.EventAttack, "ash-spider", "harrow-bank", true},
	})
}

// TestEarlierDeedNoCarriedVictim checks that a deed the text marks as an earlier one ("had
// previously leaked files", "had earlier hacked") takes no victim from the same doer's deed
// told just before, while a plain continuation still does ("The hackers then leaked …").
func TestEarlierDeedNoCarriedVictim(t *testing.T) {
	checkEventRules(t, "2025-10-09", []eventCase{
		{"previously", "Ash Spider breached Harrow Bank on Monday. Nimbus Labs said Ash Spider had previously leaked customer files.",
			schema.EventLeak, "ash-spider", "harrow-bank", false},
		{"earlier", "Ash Spider breached Harrow Bank on Monday. Nimbus Labs said Ash Spider had earlier stolen customer records.",
			schema.EventTheft, "ash-spider", "harrow-bank", false},
		{"plain continuation", "Ash Spider breached Harrow Bank on Monday. Nimbus Labs said Ash Spider had leaked customer files.",
			schema.EventLeak, "ash-spider", "harrow-bank", true},
	})
}

// TestRelativeAnteriorClause checks that a past perfect in a restrictive relative clause that
// "who" or "which" opens after the main clause's time ("on Monday acquitted a former clerk who
// had been convicted of fraud") tells what came before that time: the time does not date it,
// while the main clause keeps it and a time of the relative clause's own dates it.
func TestRelativeAnteriorClause(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		times      []string // the times of the events of that type, in order
	}{
		{"the earlier conviction stays undated", "The Velmora Appeals Court on Monday acquitted a former bank employee who had been convicted of fraud.",
			schema.EventLegal, []string{"2026-11-16", ""}},
		{"so after 'which'", "On Tuesday the Norland Data Office fined a payroll firm which had been sued by Harrow Bank.",
			schema.EventLegal, []string{""}},
		{"a relative clause's own time stays", "The Velmora Appeals Court on Monday acquitted a former bank employee who had been convicted in 2024.",
			schema.EventLegal, []string{"2026-11-16", "2024"}},
		{"a clause after 'that' is left alone", "On Monday, the Norland Data Office said that it had sued Harrow Bank.",
			schema.EventLegal, []string{"2026-11-16"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-11-18", tt.body)
			var got []string
			for _, ev := range g.Events {
				if ev.Type == tt.typ {
					got = append(got, ev.Time.Value)
				}
			}
			assert.Equal(t, tt.times, got, eventsString(g))
		})
	}
}

// TestSpeakerPastCommaAdverb checks that a sentence adverb set off by commas between the
// subject and a verb of saying or denying ("The company, however, denied …") leaves the
// subject the speaker.
func TestSpeakerPastCommaAdverb(t *testing.T) {
	cases := []struct {
		name, body string
		typ        schema.EventType
		agent      string
	}{
		{"a description, however, denied", "Orbis Freight Ltd said hackers had locked its booking servers. The company, however, denied that customer data had been taken.", schema.EventDenial, "orbis-freight-ltd"},
		{"a description, however, disputed", "The Norland Data Office fined Orbis Freight Ltd on Monday. The firm, however, disputed the size of the fine.", schema.EventDenial, "orbis-freight-ltd"},
		{"a name, meanwhile, denied", "Kestrel Labs blamed Grey Marten for the attack on Orbis Freight Ltd on Monday. Grey Marten, meanwhile, denied any role.", schema.EventDenial, "grey-marten"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := extractText(t, "2026-03-12", c.body)
			assert.NotNil(t, findEvent(g, c.typ, c.agent, ""), "%s", eventsString(g))
		})
	}
}

// TestSpeakerPastLongAppositive: the name before an appositive that holds a long agency name
// speaks ("X, deputy director of the Office of …, said"), a name inside the appositive counting as
// one word; and a name the appositive sets beside a description with its body after "of"
// ("The official, X of the Y, said") speaks too.
func TestSpeakerPastLongAppositive(t *testing.T) {
	cases := []struct {
		name, body string
		agent      string
	}{
		{"long agency in the appositive", "Velgrave hackers broke into the network of Orbis Freight Ltd in May. Ilse Tarnow, deputy director of the Office of the Director of National Intelligence, said the intruders stayed for weeks.", "ilse-tarnow"},
		{"role for a long agency", "Velgrave hackers broke into the network of Orbis Freight Ltd in May. Ilse Tarnow, a spokeswoman for the Office of the Director of National Intelligence, said the intruders stayed for weeks.", "ilse-tarnow"},
		{"description, name of a body", "Velgrave hackers broke into the network of Orbis Freight Ltd in May. The official, Ilse Tarnow of the Norland Office of Cyber Defence, said the intruders stayed for weeks.", "ilse-tarnow"},
		{"description, titled name at a body", "Velgrave hackers broke into the network of Orbis Freight Ltd in May. The official, Deputy Director Ilse Tarnow of the Office of the Director of National Intelligence, said the intruders stayed for weeks.", "ilse-tarnow"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := extractText(t, "2026-11-19", c.body)
			assert.NotNil(t, findEvent(g, schema.EventStatement, c.agent, ""), "%s", eventsString(g))
		})
	}
}

// TestDeniedGrant: "deny" with two objects or a passive before a bare noun withholds something
// ("denied him bail", "was denied entry"); it is no denial. One object still denies.
func TestDeniedGrant(t *testing.T) {
	tests := []struct {
		name, body string
		denial     bool
	}{
		{"pronoun and noun", "Halvik Transit denied him access to the depot on Monday.", false},
		{"name and noun", "Halvik Transit denied Orsa Velden entry to the building after the audit.", false},
		{"passive", "Halvik Transit was denied access to the files by the court.", false},
		{"one object", "Halvik Transit denied involvement in the breach on Monday.", true},
		{"a claim", "Halvik Transit denied the allegations on Monday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			e := findEvent(g, schema.EventDenial, "", "")
			if tt.denial {
				assert.NotNil(t, e, eventsString(g))
			} else {
				assert.Nil(t, e, eventsString(g))
			}
		})
	}
}

// TestLegalThemNotAgency: "them" right after a legal step is the people held, not the police or
// ministry named before ("Police arrested two men. Prosecutors charged them").
func TestLegalThemNotAgency(t *testing.T) {
	tests := []struct{ name, body string }{
		{"charged", "Norwegian police arrested two sailors in Bodo on Monday. Prosecutors charged them with sabotage on Tuesday."},
		{"remanded", "Lithuanian police detained three men in Kaunas on Monday. A court remanded them in custody on Friday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			for _, e := range g.Events {
				if e.Type != schema.EventLegal {
					continue
				}
				for _, p := range e.Participants {
					if p.Role == schema.RoleTarget {
						a := g.Actor(p.Actor)
						assert.False(t, a != nil && a.Kind == schema.KindAgency, eventsString(g))
					}
				}
			}
		})
	}
}

// TestAllegedDoer checks the accused of "alleged that …": the subject of an active clause.
func TestAllegedDoer(t *testing.T) {
	g := extractText(t, "2026-05-01", "The Norland Police Service alleged that Ivo Marsk had passed photographs of activists to officials.")
	assert.NotNil(t, findEvent(g, schema.EventAccusation, "norland-police-service", "ivo-marsk"), eventsString(g))
	g = extractText(t, "2026-05-01", "The Norland Police Service alleged that Harlow Telecom had been breached by an insider.")
	assert.Nil(t, findEvent(g, schema.EventAccusation, "", "harlow-telecom"), eventsString(g))
}
