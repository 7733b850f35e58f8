package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var (
	sharedOnce sync.Once
	shared     *Extractor
	sharedErr  error
)

// mustExtractor returns one Extractor shared by the tests.
func mustExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	sharedOnce.Do(func() { shared, sharedErr = New() })
	require.NoError(tb, sharedErr)
	return shared
}

// extractText extracts a body written in a test.
func extractText(tb testing.TB, published, body string) *graph.Graph {
	tb.Helper()
	r, err := mustExtractor(tb).Extract(context.Background(), &Article{ID: "t", Published: published, Body: body})
	require.NoError(tb, err)
	return r.Graph
}

// actorIDByName returns the ID of the actor with that name or alias, failing the test when g
// has none, or "" for an empty name (any actor, for findEvent).
func actorIDByName(t *testing.T, g *graph.Graph, name string) string {
	t.Helper()
	if name == "" {
		return ""
	}
	a := actorByName(g, name)
	require.NotNil(t, a, "no actor %q in %v", name, names(g))
	return a.ID
}

// actorByName finds an actor by its name or an alias.
func actorByName(g *graph.Graph, name string) *graph.Actor {
	for i, a := range g.Actors {
		if a.Name == name {
			return &g.Actors[i]
		}
		for _, al := range a.Aliases {
			if al == name {
				return &g.Actors[i]
			}
		}
	}
	return nil
}

func TestActors(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		actor   string
		kind    schema.ActorKind
		id      string
		aliases []string
	}{
		{"gazetteer agency", "The National Security Agency declined to comment.", "National Security Agency", schema.KindAgency, "national-security-agency", nil},
		{"acronym only", "Officials at the NSA declined to comment.", "NSA", schema.KindAgency, "national-security-agency", nil},
		{"response team", "Kestrel Labs shared its findings with the Valdorian Computer Emergency Response Team last week.", "Valdorian Computer Emergency Response Team", schema.KindAgency, "valdorian-computer-emergency-response-team", nil},
		{"readiness team", "The Ostrevan Cyber Readiness Team warned banks on Monday.", "Ostrevan Cyber Readiness Team", schema.KindAgency, "ostrevan-cyber-readiness-team", nil},
		{"acronym definition", "The Westerian Cyber Defence Office (WCDO) published a report. The WCDO said more would follow.", "Westerian Cyber Defence Office", schema.KindAgency, "westerian-cyber-defence-office", []string{"WCDO"}},
		{"country", "Officials in Norway and Chile met on the matter.", "Norway", schema.KindCountry, "norway", nil},
		{"demonym intelligence", "Israeli intelligence watched the servers for weeks.", "Israel", schema.KindCountry, "israel", []string{"Israeli intelligence"}},
		{"demonym hackers", "Russian government hackers scanned the network. Later the Russian hackers left.", "Russian government hackers", schema.KindGroup, "russian-government-hackers", []string{"Russian hackers"}},
		{"demonym groups of other heads", "Iranian state-sponsored threat actors scanned the network of Harrow Bank. Officials said Iranian state-backed hackers stole files from Orbis Freight.", "Iranian state-sponsored threat actors", schema.KindGroup, "iranian-state-sponsored-threat-actors", []string{"Iranian state-backed hackers"}},
		{"better known as the", "Prosecutors say both men serve in the Ninth Directorate of the General Staff, better known as the Velk Bureau.", "Ninth Directorate of the General Staff", schema.KindAgency, "ninth-directorate-of-the-general-staff", []string{"Velk Bureau"}},
		{"a trade's group is a company, no threat group", "A gang calling itself Copper Lynx broke into the network of Fenmore Mutual on Sunday. The insurance group said it had restored its systems.", "Fenmore Mutual", schema.KindOrganization, "fenmore-mutual", []string{"insurance group"}},
		{"a trade's group after a named group", "Dusk Otter broke into Tallis Media Group, the firm said. The media group said on Monday that no sources had been exposed.", "Tallis Media Group", schema.KindOrganization, "tallis-media-group", []string{"media group"}},
		{"a trade's group in apposition", "A ransomware crew calling itself Grey Wren broke into Marsh Vale Care Group, a hospital group that runs four clinics, on Sunday. The hospital group said patients were diverted.", "Marsh Vale Care Group", schema.KindOrganization, "marsh-vale-care-group", []string{"hospital group"}},
		{"a description set before a name in apposition", "The police said the Harrow Crime Unit had opened an inquiry. The Dutch cyber agency, the Norland Cyber Centre (NCC), said it had warned hospitals.", "Norland Cyber Centre", schema.KindAgency, "norland-cyber-centre", []string{"Dutch cyber agency", "NCC"}},
		{"a description before a bare name in apposition", "The police said the Harrow Crime Unit had opened an inquiry. The national cyber agency, Norland Cyber Centre, said it had warned hospitals.", "Norland Cyber Centre", schema.KindAgency, "norland-cyber-centre", []string{"national cyber agency"}},
		{"a description after a preposition set before a name", "Hackers broke into the control systems of the grid operator, Vestkraft, on Sunday, and the firm said it had told the police.", "Vestkraft", schema.KindOrganization, "vestkraft", []string{"grid operator"}},
		{"threat group code", "The intrusion was blamed on APT41 by several vendors.", "APT41", schema.KindGroup, "apt41", nil},
		{"group suffix", "A crew calling itself Velvet Typhoon took credit.", "Velvet Typhoon", schema.KindGroup, "velvet-typhoon", nil},
		{"person by title", "Ms. Lena Okafor said the system was safe. Okafor added nothing.", "Lena Okafor", schema.KindPerson, "lena-okafor", []string{"Okafor"}},
		{"acting title before a title", "Acting Comptroller Rena Voss told the panel that the Harrow Savings Bank had been warned.", "Rena Voss", schema.KindPerson, "rena-voss", nil},
		{"office title mid-sentence", "The breach at Harrow Bank was confirmed by Comptroller Ivo Brandt on Monday.", "Ivo Brandt", schema.KindPerson, "ivo-brandt", nil},
		{"court title opening a sentence", "Magistrate Owen Tarrant remanded the suspect in custody on Friday.", "Owen Tarrant", schema.KindPerson, "owen-tarrant", nil},
		{"council title after from", "The files came from Councilwoman Greta Holm, the Harrow Bank said.", "Greta Holm", schema.KindPerson, "greta-holm", nil},
		{"short form", "Brightwater Labs found the flaw. Brightwater said it had told customers.", "Brightwater Labs", schema.KindOrganization, "brightwater-labs", []string{"Brightwater"}},
		{"demonym-shaped short form of a company", "Vanta Spider crippled the Torvian Health hospital chain in March. Torvian said on Monday that it had refused to pay.", "Torvian Health", schema.KindOrganization, "torvian-health", []string{"Torvian"}},
		{"description", "Kaspersky Lab found the implant. The Russian security firm said it acted fast.", "Kaspersky Lab", schema.KindOrganization, "kaspersky-lab", []string{"Russian security firm"}},
		{"a port of a city", "Grey Heron tried to break into the network of the Port of Halden's logistics platform.", "Port of Halden", schema.KindOrganization, "port-of-halden", nil},
		{"outlet", "The incident was first reported by The Washington Post.", "The Washington Post", schema.KindOrganization, "the-washington-post", nil},
		{"group tracked as", "Harrow Bank said a threat actor tracked as Pale Quill stole files.", "Pale Quill", schema.KindGroup, "pale-quill", nil},
		{"a group it calls X", "Ostvik Labs attributes the campaign to a group it calls Grey Marten. Grey Marten hit the Pellan Ministry of Foreign Affairs.", "Grey Marten", schema.KindGroup, "grey-marten", nil},
		{"a gang researchers call X", "The attacks came from a gang researchers call Dusk Otter. Dusk Otter stole files from Harrow Bank.", "Dusk Otter", schema.KindGroup, "dusk-otter", nil},
		{"a group that <demonym> officials call X", "The ministry blamed a group that Valdorian officials call Grey Lattice. Grey Lattice has hit railways before.", "Grey Lattice", schema.KindGroup, "grey-lattice", nil},
		{"a unit it tracks as X", "The agency said the theft was carried out by a unit it tracks as Amber Loom. Amber Loom stole files from Harrow Bank.", "Amber Loom", schema.KindGroup, "amber-loom", nil},
		{"a unit known as X", "Investigators said a unit known as Slate Finch broke into Harrow Bank.", "Slate Finch", schema.KindGroup, "slate-finch", nil},
		{"group which calls itself", "The group, which calls itself Amber Loom, claimed the attacks on Harrow Bank.", "Amber Loom", schema.KindGroup, "amber-loom", nil},
		{"institution of the X", "The Ministry of the Interior said on Tuesday that ballots were safe. Harrow Bank thanked the Ministry of the Interior.", "Ministry of the Interior", schema.KindAgency, "ministry-of-the-interior", nil},
		{"chamber committee with a company word", "Ada Morn, a member of the House Energy and Commerce Committee, called for a hearing.", "House Energy and Commerce Committee", schema.KindAgency, "house-energy-and-commerce-committee", nil},
		{"one-word field before a listed office", "Later, Norland's Trade, Industry and Development Office announced measures against Vanta Spider.", "Trade, Industry and Development Office", schema.KindAgency, "trade-industry-and-development-office", nil},
		{"two-word demonym hackers", "North Korean hackers broke into Orbis Bank in May.", "North Korean hackers", schema.KindGroup, "north-korean-hackers", nil},
		{"a body named after a country of two words", "The Norland Cyber Office shared indicators with the United Arab Emirates Cyber Security Council on Friday.", "United Arab Emirates Cyber Security Council", schema.KindAgency, "united-arab-emirates-cyber-security-council", nil},
		{"a body named after a country of two words opening a sentence", "The New Zealand Cyber Council warned Harrow Bank on Monday.", "New Zealand Cyber Council", schema.KindAgency, "new-zealand-cyber-council", nil},
		{"a state's court the gazetteer does not know", "Jo Park appeared before a magistrate judge in the U.S. District Court for the Northern District of Karvia on Monday.", "U.S. District Court for the Northern District of Karvia", schema.KindAgency, "us-district-court-for-the-northern-district-of-karvia", nil},
		{"a state's agency the gazetteer does not know", "The Norland Cyber Office said the Canada Revenue Agency was not affected.", "Canada Revenue Agency", schema.KindAgency, "canada-revenue-agency", nil},
		{"a state's response team", "Harrow Bank said it had alerted the Ghana Computer Emergency Response Team on Monday.", "Ghana Computer Emergency Response Team", schema.KindAgency, "ghana-computer-emergency-response-team", nil},
		{"a centre named after its known parent", "The Department of Defense Cyber Crime Center said Vanta Spider had hit Harrow Bank.", "Department of Defense Cyber Crime Center", schema.KindAgency, "department-of-defense-cyber-crime-center", nil},
		{"a known name with and after a state's word", "The U.S. Cybersecurity and Infrastructure Security Agency said on Monday that Harrow Bank had been breached.", "Cybersecurity and Infrastructure Security Agency", schema.KindAgency, "cybersecurity-and-infrastructure-security-agency", nil},
		{"a known name with and after a state's word, mid-sentence", "Harrow Bank was warned by the U.S. Cybersecurity and Infrastructure Security Agency in May.", "Cybersecurity and Infrastructure Security Agency", schema.KindAgency, "cybersecurity-and-infrastructure-security-agency", nil},
		{"fields of one centre joined by and", "\"Patch now,\" said Ola Brenn, a director at the Maritime Data Sharing and Analysis Center.", "Maritime Data Sharing and Analysis Center", schema.KindAgency, "maritime-data-sharing-and-analysis-center", nil},
		{"a state's body: a firm's word after national, three words after and", "The National Security and Border Review Agency said on Monday that it would look into the leak.", "National Security and Border Review Agency", schema.KindAgency, "national-security-and-border-review-agency", nil},
		{"a demonym opens the fields of a state's body", "The Norwegian Post and Telecom Authority said on Monday that Harrow Mobile had failed to patch the flaw.", "Norwegian Post and Telecom Authority", schema.KindAgency, "norwegian-post-and-telecom-authority", nil},
		{"a demonym opens the fields, mid-sentence", "Harrow Mobile was fined by the Danish Energy and Water Authority in May.", "Danish Energy and Water Authority", schema.KindAgency, "danish-energy-and-water-authority", nil},
		{"a firm's name before and stays a firm", "Kestrel Security and the Harbor Analysis Center warned hospitals on Monday.", "Harbor Analysis Center", schema.KindAgency, "harbor-analysis-center", nil},
		{"a person and an agency stay two", "Lena Okafor and Harrow Police warned hospitals on Monday.", "Harrow Police", schema.KindAgency, "harrow-police", nil},
		{"a role of a field before the name", "The council barred the firm's chief executive, Stavros Kellin, and its head of sales, Radu Mareș, from entering the bloc.", "Radu Mareș", schema.KindPerson, "radu-mares", nil},
		{"group which it tracks as", "The firm said the group, which it tracks as Pale Quill, stole files.", "Pale Quill", schema.KindGroup, "pale-quill", nil},
		{"a sum after a name", "The regulator fined Harrow Savings Bank 3 million euros on Monday.", "Harrow Savings Bank", schema.KindOrganization, "harrow-savings-bank", nil},
		{"name after a classifier noun", "Harrow Bank hired the incident response firm Caldera Quill on Monday.", "Caldera Quill", schema.KindOrganization, "caldera-quill", nil},
		{"person after a classifier noun", "Harrow Bank said developer Paul Weir had fixed the flaw.", "Paul Weir", schema.KindPerson, "paul-weir", nil},
		{"fields listed after the body's of", "Hackers stole files from Norland's Ministry of Mining, Industry and Trade in May.", "Ministry of Mining, Industry and Trade", schema.KindAgency, "ministry-of-mining-industry-and-trade", nil},
		{"a second of the after the first", "On Monday, the Federal Office for the Protection of the Coast said Grey Wren had broken into Harrow Bank.", "Federal Office for the Protection of the Coast", schema.KindAgency, "federal-office-for-the-protection-of-the-coast", nil},
		{"of after an of the", "Ada Morn briefed the Office of the Director of Harbour Security on Monday.", "Office of the Director of Harbour Security", schema.KindAgency, "office-of-the-director-of-harbour-security", nil},
		{"a company word inside the part after of the", "She passed a summary to the Office of the National Cyber Coordinator on Monday.", "Office of the National Cyber Coordinator", schema.KindAgency, "office-of-the-national-cyber-coordinator", nil},
		{"a plural's mark inside a name", "The Norland Dockworkers' Guild, which represents 9,000 workers, condemned the breach.", "Norland Dockworkers' Guild", schema.KindOrganization, "norland-dockworkers-guild", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-01-10", tt.body)
			a := actorByName(g, tt.actor)
			require.NotNil(t, a, "no actor %q in %v", tt.actor, names(g))
			assert.Equal(t, tt.kind, a.Kind)
			assert.Equal(t, tt.id, a.ID)
			for _, al := range tt.aliases {
				assert.Contains(t, append([]string{a.Name}, a.Aliases...), al)
			}
		})
	}
}

// TestIncidentWordNoActor checks that an incident noun written in capitals is no actor.
func TestIncidentWordNoActor(t *testing.T) {
	g := extractText(t, "2024-01-10", "DDoS attacks and phishing are common tactics of Ash Spider.")
	assert.NotContains(t, names(g), "DDoS")
}

// TestRegisterNoActor checks that the name of an official register ("the Entity List") is no
// actor, while the names added to it are.
func TestRegisterNoActor(t *testing.T) {
	checkNotActor(t, []notActorCase{
		{"The Valmark Trade Office added Tessaly Micro to the Entity List on Monday. Tessaly Micro said the Entity List was a blunt tool.", "Entity List", "Tessaly Micro"},
		{"Britain put Pellor Freight on the Consolidated List in May, and Pellor Freight said it would appeal.", "Consolidated List", "Pellor Freight"},
	})
}

// TestFormNoActor checks that a securities regulator's form named by its code ("a Form 8-K",
// "its 10-Q") is no actor, while the firm that filed it is.
func TestFormNoActor(t *testing.T) {
	checkNotActor(t, []notActorCase{
		{"Tessaly Micro said intruders had copied payroll files.\nIn a Form 8-K filed with the Securities and Exchange Commission on Friday, the company confirmed that the intruders had used a stolen password.", "Form 8-K", "Tessaly Micro"},
		{"Orvane Bank said the breach was contained. Its 10-Q warned investors of further costs.", "10-Q", "Orvane Bank"},
	})
}

// notActorCase is a sentence whose words notActor name no actor while actor is one.
type notActorCase struct{ body, notActor, actor string }

// checkNotActor extracts each case's body and checks that notActor is none of the actors' names
// and actor is one.
func checkNotActor(t *testing.T, tests []notActorCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.notActor, func(t *testing.T) {
			g := extractText(t, "2024-01-10", tt.body)
			assert.NotContains(t, names(g), tt.notActor)
			assert.Contains(t, names(g), tt.actor)
		})
	}
}

// TestPortfolioNoActor checks that the field of a title before "for" is no body: "the Minister
// for Cyber Security, X" names a person, not an organisation called Cyber Security; a country
// after "for" stays one.
func TestPortfolioNoActor(t *testing.T) {
	checkNotActor(t, []notActorCase{
		{"The Minister for Cyber Security, Lena Okafor, said the ministry had warned Harrow Bank.", "Cyber Security", "Lena Okafor"},
		{"The Commissioner for Personal Data, Tomas Brenn, fined Harrow Bank in May.", "Personal Data", "Tomas Brenn"},
		{"The Ambassador for Digital Affairs, Ada Morn, said Kestrel Labs had warned Harrow Bank.", "Digital Affairs", "Ada Morn"},
	})
}

func TestNoCommonWordActors(t *testing.T) {
	g := extractText(t, "2024-01-10", "However, on Monday the company said nothing. In March, Tuesday meetings were cancelled. According to analysts, the breach was small.")
	assert.Empty(t, names(g))
}

func names(g *graph.Graph) []string {
	var out []string
	for _, a := range g.Actors {
		out = append(out, a.Name)
	}
	return out
}

func TestEvents(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		typ       schema.EventType
		agent     string
		target    string
		time      string
		negated   bool
		modality  string
		published string
	}{
		{name: "active", body: "Grey Heron hacked the Ministry of Silence in 2019.", typ: schema.EventIntrusion, agent: "grey-heron", target: "ministry-of-silence", time: "2019"},
		{name: "passive", body: "The Ministry of Silence was breached by Grey Heron last year.", typ: schema.EventIntrusion, agent: "grey-heron", target: "ministry-of-silence"},
		{name: "nominal possessive", body: "Officials confirmed Israel's 2014 hacking of Kaspersky Lab.", typ: schema.EventIntrusion, agent: "israel", target: "kaspersky-lab", time: "2014"},
		{name: "behind the hack", body: "Investigators say Norway was behind the 2016 hack of Brightwater Labs.", typ: schema.EventIntrusion, agent: "norway", target: "brightwater-labs", time: "2016"},
		{name: "theft", body: "Velvet Typhoon stole records from Brightwater Labs.", typ: schema.EventTheft, agent: "velvet-typhoon", target: "brightwater-labs"},
		{name: "negated", body: "Brightwater Labs said Velvet Typhoon did not attack the Ministry of Silence.", typ: schema.EventAttack, agent: "velvet-typhoon", target: "ministry-of-silence", negated: true},
		{name: "not proven", body: "The court found the evidence did not prove Velvet Typhoon had breached the Ministry of Silence.", typ: schema.EventIntrusion, agent: "velvet-typhoon", target: "ministry-of-silence", negated: true},
		{name: "failed to prove", body: "Prosecutors failed to prove that Velvet Typhoon hacked the Ministry of Silence.", typ: schema.EventIntrusion, agent: "velvet-typhoon", target: "ministry-of-silence", negated: true},
		{name: "could not prove that", body: "Investigators could not prove that the Velvet Typhoon group hacked the Ministry of Silence.", typ: schema.EventIntrusion, agent: "velvet-typhoon", target: "ministry-of-silence", negated: true},
		{name: "proven", body: "Prosecutors proved that Velvet Typhoon hacked the Ministry of Silence.", typ: schema.EventIntrusion, agent: "velvet-typhoon", target: "ministry-of-silence"},
		{name: "not proven, then a deed of its own", body: "Prosecutors did not prove their case, and Velvet Typhoon hacked the Ministry of Silence.", typ: schema.EventIntrusion, agent: "velvet-typhoon", target: "ministry-of-silence"},
		{name: "future", body: "Velvet Typhoon threatened to attack the Ministry of Silence.", typ: schema.EventAttack, agent: "velvet-typhoon", target: "ministry-of-silence", modality: "future"},
		{name: "hypothetical", body: "Experts fear Velvet Typhoon could attack the Ministry of Silence.", typ: schema.EventAttack, agent: "velvet-typhoon", target: "ministry-of-silence", modality: "hypothetical"},
		{name: "accusation passive", body: "Brightwater Labs, which had been accused by Norland of spying, rejected the claims.", typ: schema.EventAccusation, target: "brightwater-labs"},
		{name: "denial", body: "Brightwater Labs said it was not involved in the attack.", typ: schema.EventDenial, agent: "brightwater-labs"},
		{name: "legal", body: "The FBI arrested Lena Okafor in Denver.", typ: schema.EventLegal, agent: "federal-bureau-of-investigation", target: "lena-okafor"},
		{name: "a negation inside the quote is not the saying's", body: "\"We do not pay criminals,\" Lena Okafor said.", typ: schema.EventStatement, agent: "lena-okafor"},
		{name: "a modal inside the quote is not the saying's", body: "\"Our systems will be back by Monday,\" Lena Okafor said.", typ: schema.EventStatement, agent: "lena-okafor"},
		{name: "report with weekday", body: "The New York Times reported Tuesday night that the servers were wiped.", typ: schema.EventReport, agent: "the-new-york-times", time: "2017-10-10", published: "2017-10-11"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub := tt.published
			if pub == "" {
				pub = "2024-01-10"
			}
			g := extractText(t, pub, tt.body)
			ev := findEvent(g, tt.typ, tt.agent, tt.target)
			require.NotNil(t, ev, "no %s event %s → %s in %s", tt.typ, tt.agent, tt.target, eventsString(g))
			assert.Equal(t, tt.negated, ev.Negated, "negated")
			assert.Equal(t, tt.modality, ev.Modality, "modality")
			if tt.time != "" {
				assert.Equal(t, tt.time, ev.Time.Value, "time")
			}
			assert.Greater(t, ev.Confidence, 0.0)
			assert.LessOrEqual(t, ev.Confidence, 1.0)
		})
	}
}

func TestTold(t *testing.T) {
	tests := []struct {
		name, body, from, to string
	}{
		{"warned", "The FBI warned Brightwater Labs about the flaw.", "federal-bureau-of-investigation", "brightwater-labs"},
		{"let know", "Norwegian intelligence let the NSA know about the intrusion.", "norway", "national-security-agency"},
		{"alerted passive", "Brightwater Labs was alerted by the FBI in May.", "federal-bureau-of-investigation", "brightwater-labs"},
		{"statement sent to", "In a statement sent to Reuters, Brightwater Labs said it had fixed the flaw.", "brightwater-labs", "reuters"},
		{"told", "Lena Okafor told CyberScoop the logs were gone.", "lena-okafor", "cyberscoop"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			found := false
			for _, r := range g.Relations {
				if r.Type == schema.RelInformed && r.Source == tt.from && r.Target == tt.to {
					found = true
					assert.NotEmpty(t, r.Evidence)
					assert.NotEmpty(t, r.Event)
				}
			}
			assert.True(t, found, "no INFORMED %s → %s in %v / %s", tt.from, tt.to, g.Relations, eventsString(g))
		})
	}
}

func TestClaimSource(t *testing.T) {
	g := extractText(t, "2024-06-10", "According to the FBI, Velvet Typhoon breached Brightwater Labs.")
	ev := findEvent(g, schema.EventIntrusion, "velvet-typhoon", "brightwater-labs")
	require.NotNil(t, ev, eventsString(g))
	assert.Contains(t, ev.Participants, graph.Participant{Actor: "federal-bureau-of-investigation", Role: schema.RoleSource})
}

func TestEventMerging(t *testing.T) {
	g := extractText(t, "2024-06-10", "Grey Heron hacked Brightwater Labs in 2020. The 2020 hack of Brightwater Labs by Grey Heron went unnoticed.")
	n := 0
	for _, e := range g.Events {
		if e.Type == schema.EventIntrusion {
			n++
			assert.Len(t, e.Evidence, 2)
		}
	}
	assert.Equal(t, 1, n, eventsString(g))
}

// eventCase is one body and an event it must (want) or must not give: its type, agent and
// target ("" = any).
type eventCase struct {
	name, body    string
	typ           schema.EventType
	agent, target string
	want          bool
}

// checkEventCases extracts each case's body, published on the given day, and checks whether
// it gives the case's event.
func checkEventCases(t *testing.T, published string, cases []eventCase) {
	t.Helper()
	for _, tt := range cases {
		g := extractText(t, published, tt.body)
		got := findEvent(g, tt.typ, tt.agent, tt.target) != nil
		assert.Equal(t, tt.want, got, tt.name+"\n"+eventsString(g))
	}
}

// checkEventRules is checkEventCases with each case a subtest of its own name, its failure
// naming the event asked for.
func checkEventRules(t *testing.T, published string, cases []eventCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			ev := findEvent(g, tt.typ, tt.agent, tt.target)
			assert.Equal(t, tt.want, ev != nil, "want %v: %s %s → %s in %s", tt.want, tt.typ, tt.agent, tt.target, eventsString(g))
		})
	}
}

// countEvents is the number of g's events of type typ.
func countEvents(g *graph.Graph, typ schema.EventType) int { return countEventsWith(g, typ, "", "") }

// countEventsWith is the number of g's events of type typ with actor in role (actor "" = any).
func countEventsWith(g *graph.Graph, typ schema.EventType, actor string, role schema.Role) int {
	n := 0
	for _, e := range g.Events {
		if e.Type == typ && (actor == "" || hasParticipant(e, actor, role)) {
			n++
		}
	}
	return n
}

func findEvent(g *graph.Graph, typ schema.EventType, agent, target string) *graph.Event {
	for i, e := range g.Events {
		if e.Type != typ {
			continue
		}
		if agent != "" && !hasParticipant(e, agent, schema.RoleAgent) {
			continue
		}
		if target != "" && !hasParticipant(e, target, schema.RoleTarget) {
			continue
		}
		return &g.Events[i]
	}
	return nil
}

func hasParticipant(e graph.Event, actor string, role schema.Role) bool {
	for _, p := range e.Participants {
		if p.Actor == actor && p.Role == role {
			return true
		}
	}
	return false
}

func eventsString(g *graph.Graph) string {
	var b strings.Builder
	for _, e := range g.Events {
		b.WriteString(string(e.Type) + "(")
		for _, p := range e.Participants {
			b.WriteString(string(p.Role) + "=" + p.Actor + " ")
		}
		b.WriteString(e.Time.Value + ") ")
	}
	return b.String()
}

// TestGolden compares the graph of a small fictional article with testdata/fiction.golden.json;
// run with -update to rewrite it.
func TestGolden(t *testing.T) {
	data, err := os.ReadFile("testdata/fiction.txt")
	require.NoError(t, err)
	a, err := ParseArticle("testdata/fiction.txt", data)
	require.NoError(t, err)
	r, err := mustExtractor(t).Extract(context.Background(), a)
	require.NoError(t, err)
	got, err := json.MarshalIndent(Combine(r), "", "  ")
	require.NoError(t, err)
	golden := filepath.Join("testdata", "fiction.golden.json")
	if *update {
		require.NoError(t, os.WriteFile(golden, append(got, '\n'), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(bytes.TrimSpace(want)), string(got))
}

func TestDeterministic(t *testing.T) {
	data, err := os.ReadFile("testdata/fiction.txt")
	require.NoError(t, err)
	var outs []string
	for i := 0; i < 3; i++ {
		x, err := New()
		require.NoError(t, err)
		a, err := ParseArticle("fiction.txt", data)
		require.NoError(t, err)
		r, err := x.Extract(context.Background(), a)
		require.NoError(t, err)
		b, err := json.Marshal(r.Graph)
		require.NoError(t, err)
		outs = append(outs, string(b))
	}
	assert.Equal(t, outs[0], outs[1])
	assert.Equal(t, outs[0], outs[2])
}

func TestCombine(t *testing.T) {
	g1 := extractText(t, "2024-06-10", "The NSA warned Brightwater Labs.")
	g2 := extractText(t, "2024-06-11", "The National Security Agency said nothing.")
	g2.Documents[0].ID = "t2"
	g := Combine(&Result{Graph: g1}, &Result{Graph: g2})
	require.Len(t, g.Documents, 2)
	n := 0
	for _, a := range g.Actors {
		if a.ID == "national-security-agency" {
			n++
			assert.Contains(t, a.Aliases, "NSA")
			assert.Len(t, a.Mentions, 2)
		}
	}
	assert.Equal(t, 1, n)
}

func TestUserActors(t *testing.T) {
	path := filepath.Join(t.TempDir(), "actors.tsv")
	require.NoError(t, os.WriteFile(path, []byte("# name\tkind\taliases\nQuiet Lantern\tgroup\tQL|Lantern Team\n"), 0o644))
	x, err := New(WithUserActors(path))
	require.NoError(t, err)
	r, err := x.Extract(context.Background(), &Article{ID: "u", Body: "Researchers said QL hacked a bank."})
	require.NoError(t, err)
	a := r.Graph.Actor("quiet-lantern")
	require.NotNil(t, a, names(r.Graph))
	assert.Equal(t, schema.KindGroup, a.Kind)

	_, err = New(WithUserActors(filepath.Join(t.TempDir(), "missing.tsv")))
	assert.Error(t, err)
}

func TestExtractCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := mustExtractor(t).Extract(ctx, &Article{ID: "c", Body: "Text."})
	assert.ErrorIs(t, err, context.Canceled)
}
