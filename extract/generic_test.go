package extract

import (
	"strings"
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCollectivePeople checks that a collective noun of people ("affected personnel") is a
// described actor that can be told, like a plural ("affected employees").
func TestCollectivePeople(t *testing.T) {
	g := extractText(t, "2024-06-13", "The Defence Ministry began notifying affected personnel by text message on Tuesday.")
	assert.NotNil(t, findEvent(g, schema.EventWarning, "defence-ministry", "affected-personnel"), eventsString(g))
	if a := actorByName(g, "affected personnel"); assert.NotNil(t, a, names(g)) {
		assert.Equal(t, schema.KindPerson, a.Kind)
	}
}

// TestDescriptiveActors checks that a described actor ("a defence contractor", "unknown
// hackers") fills a role no name fills, is kept only then, and is one actor per wording; a
// warning's described hearers ("state electoral commissions", "crypto exchanges") among them.
func TestDescriptiveActors(t *testing.T) {
	tests := []struct {
		name, body    string
		typ           schema.EventType
		agent, target string
		kind          schema.ActorKind
	}{
		{"indefinite target", "Grey Heron stole blueprints from a defence contractor.",
			schema.EventTheft, "grey-heron", "defence-contractor", schema.KindPerson},
		{"plural target with modifiers", "Grey Heron breached regional water utilities companies last year.",
			schema.EventIntrusion, "grey-heron", "regional-water-utilities-companies", schema.KindOrganization},
		{"described agent", "Unknown hackers breached Brightwater Labs on Monday.",
			schema.EventIntrusion, "hackers", "brightwater-labs", schema.KindGroup},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-13", tt.body)
			ev := findEvent(g, tt.typ, tt.agent, tt.target)
			require.NotNil(t, ev, "no %s event %s → %s in %s", tt.typ, tt.agent, tt.target, eventsString(g))
			for _, a := range g.Actors {
				if a.ID == tt.agent && hasParticipant(*ev, a.ID, schema.RoleAgent) && a.Kind != schema.KindCountry && a.ID != "grey-heron" {
					assert.Equal(t, tt.kind, a.Kind)
				}
				if a.ID == tt.target && tt.agent == "grey-heron" {
					assert.Equal(t, tt.kind, a.Kind)
				}
			}
		})
	}
	hearers := []struct{ name, body, agent, target string }{
		{"warned commissions", "The Norland Security Office warned state electoral commissions that foreign spies were active.",
			"norland-security-office", "state-electoral-commissions"},
		{"warned exchanges", "The Norland Cyber Office warned licensed crypto exchanges in March about fake recruiters.",
			"norland-cyber-office", "licensed-crypto-exchanges"},
	}
	for _, tt := range hearers {
		t.Run("described hearer: "+tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-13", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventWarning, tt.agent, tt.target), eventsString(g))
		})
	}
	t.Run("a name fills the role first", func(t *testing.T) {
		g := extractText(t, "2024-06-13", "Hackers working for Grey Heron breached Brightwater Labs.")
		assert.NotNil(t, findEvent(g, schema.EventIntrusion, "grey-heron", "brightwater-labs"), eventsString(g))
	})
	t.Run("not an actor outside events", func(t *testing.T) {
		g := extractText(t, "2024-06-13", "Many companies use Brightwater Labs software. Brightwater Labs said so.")
		for _, a := range g.Actors {
			assert.NotContains(t, a.Name, "companies")
		}
	})
	t.Run("the only named group is the attackers", func(t *testing.T) {
		g := extractText(t, "2024-06-13", "Volt Typhoon is active again, officials said. Hackers stole payroll data from a regional bank.")
		assert.NotNil(t, findEvent(g, schema.EventTheft, "volt-typhoon", "regional-bank"), eventsString(g))
	})
	t.Run("one actor per wording", func(t *testing.T) {
		g := extractText(t, "2024-06-13", "Grey Heron hacked a defence contractor in May. Blue Finch then robbed a defence contractor in June.")
		n := 0
		for _, a := range g.Actors {
			if a.Name == "defence contractor" {
				n++
			}
		}
		assert.Equal(t, 1, n, names(g))
	})
}

// TestDescribedInstitutionTargets checks that an indefinite or plural description headed by a
// kind of institution other than a company ("a testing laboratory", "a rowing association",
// "a school district", "sports federations") is the victim of a deed or the hearer of a
// warning no name fills, and that such a head alone, outside any role, makes no actor.
func TestDescribedInstitutionTargets(t *testing.T) {
	checkEventRules(t, "2024-06-13", []eventCase{
		{"stole from a laboratory", "Grey Heron stole design files from a Swiss testing laboratory.",
			schema.EventTheft, "grey-heron", "swiss-testing-laboratory", true},
		{"leaked the list of an association", "Grey Heron leaked the member list of a regional rowing association in May.",
			schema.EventLeak, "grey-heron", "regional-rowing-association", true},
		{"broke into a terminal's network", "Grey Heron broke into the network of a Finnish freight terminal in May.",
			schema.EventIntrusion, "grey-heron", "finnish-freight-terminal", true},
		{"encrypted servers at a school district", "Grey Heron encrypted servers at a regional school district in May.",
			schema.EventAttack, "grey-heron", "regional-school-district", true},
		{"stole from a shipbuilder", "Grey Heron stole blueprints from a naval shipbuilder in May.",
			schema.EventTheft, "grey-heron", "naval-shipbuilder", true},
		{"robbed two universities", "Grey Heron stole research data from two Dutch universities in May.",
			schema.EventTheft, "grey-heron", "dutch-universities", true},
		{"warned sports federations", "The Norland Cyber Office warned national sports federations in May that Grey Heron was active.",
			schema.EventWarning, "norland-cyber-office", "national-sports-federations", true},
	})
	g := extractText(t, "2024-06-13", "Many universities use Brightwater Labs software. Brightwater Labs said so.")
	for _, a := range g.Actors {
		assert.NotContains(t, a.Name, "universities")
	}
}

// TestObjectHeadName checks that a verb's object is the head name of its noun phrase, not a
// country that premodifies it, while possessives keep their owner.
func TestObjectHeadName(t *testing.T) {
	g := extractText(t, "2024-06-13", "Grey Heron attacked the Peru state-owned Ostrava Bank on Monday.")
	assert.NotNil(t, findEvent(g, schema.EventAttack, "grey-heron", "ostrava-bank"), eventsString(g))
	g = extractText(t, "2024-06-13", "Grey Heron hacked Brightwater Labs' Freedonia office.")
	assert.NotNil(t, findEvent(g, schema.EventIntrusion, "grey-heron", "brightwater-labs"), eventsString(g))
}

// TestReportAuthors checks report events whose author is named by "documented by X", by the
// speaker of "said in a report", or by the subject after a fronted "In a/its report …,"
// (frontedReportSubject), which is also whom "its" stands for; and that "its security team
// detected", "its investigators said" are the body's (nounPhraseOwner).
func TestReportAuthors(t *testing.T) {
	checkEventRules(t, "2024-06-13", []eventCase{
		{"fronted report, described subject", "Nimbus Systems tracks Ash Spider. In a report published in August, the firm said the gang had breached Harrow Bank.",
			schema.EventReport, "nimbus-systems", "", true},
		{"fronted own report", "Harrow Bank joined the Norland Banking Forum in 2023. In its annual report published in February, Nimbus Systems described Ash Spider as the most active gang.",
			schema.EventReport, "nimbus-systems", "", true},
		{"not whom its would stand for before", "Harrow Bank joined the Norland Banking Forum in 2023. In its annual report published in February, Nimbus Systems described Ash Spider as the most active gang.",
			schema.EventReport, "harrow-bank", "", false},
		{"its team finds for it", "Harrow Bank was hit in May. Although its security team detected the intrusion in June, customers were not told until August.",
			schema.EventReport, "harrow-bank", "", true},
		{"their investigators speak for it", "Harrow Bank was hit in May. Its investigators said the intruders came from Karsovia.",
			schema.EventStatement, "harrow-bank", "", true},
	})
	g := extractText(t, "2024-06-13", "The backdoor was first documented by Brightwater Labs in March 2023.")
	ev := findEvent(g, schema.EventReport, "brightwater-labs", "")
	require.NotNil(t, ev, eventsString(g))
	assert.Equal(t, "2023-03", ev.Time.Value)
	g = extractText(t, "2024-06-13", "Brightwater Labs said in a report published this week that the campaign continues.")
	assert.NotNil(t, findEvent(g, schema.EventReport, "brightwater-labs", ""), eventsString(g))
}

// TestSameDay checks that "that same day" dates an event with the day of an earlier sentence.
func TestSameDay(t *testing.T) {
	g := extractText(t, "2024-06-13", "Grey Heron posted the files on March 6, 2023. That same day, Grey Heron leaked records stolen from Brightwater Labs.")
	var found bool
	for _, e := range g.Events {
		if e.Type == schema.EventLeak && e.Time.Value == "2023-03-06" {
			found = true
		}
	}
	assert.True(t, found, eventsString(g))
}

// TestArmedPerpetrators checks that the people news describes as the doers of armed attacks
// are a described group, also when the description's plural head opens the sentence alone
// (a capital the tagger reads as a name: "Gunmen"), and that a group's name before the people
// who act for it ("Hamas militants", "al-Shabaab fighters") makes the group the doer, also when
// the article names other groups.
func TestArmedPerpetrators(t *testing.T) {
	tests := []struct {
		name, body, actor string
		described         bool // the actor is the described people, no named group
	}{
		{"gunmen", "Gunmen attacked a police station in Korvel on Tuesday.", "gunmen", true},
		{"insurgents", "Insurgents attacked a police station in Korvel on Tuesday.", "insurgents", true},
		{"rebels after a fronted time", "On Tuesday, rebels attacked an army post near Dalmora.", "rebels", true},
		{"fighters", "Fighters attacked a police station in Korvel on Tuesday.", "fighters", true},
		{"assailants", "Assailants bombed a market in Varno on Thursday.", "assailants", true},
		{"a gunman", "A gunman attacked a police station in Korvel on Tuesday.", "gunman", true},
		{"Hamas militants", "Hamas militants attacked an army post near Dalmora on Tuesday. Hezbollah said on Monday it had seized the town.", "Hamas", false},
		{"al-Shabaab fighters", "Al-Shabaab fighters attacked a military base near Korvel on Tuesday. Boko Haram said on Monday it had seized the town.", "al-Shabaab", false},
		{"the group named after other actors", "Boko Haram said on Monday it had seized the town. Officials in Kenya and Ethiopia said Al-Shabaab fighters attacked a military base near Korvel on Tuesday.", "al-Shabaab", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-10", tt.body)
			a := actorByName(g, tt.actor)
			require.NotNil(t, a, "no actor %q in %v", tt.actor, names(g))
			assert.NotNil(t, findEvent(g, schema.EventAttack, a.ID, ""), eventsString(g))
			if !tt.described {
				return
			}
			assert.Equal(t, schema.KindGroup, a.Kind)
			for _, b := range g.Actors {
				assert.NotEqual(t, "Gunmen", b.Name, "a capitalised head is no name: %v", names(g))
			}
		})
	}
}

// TestAnotherParty checks that a doer a later sentence introduces with an indefinite phrase ("an
// unknown group", "a foreign intelligence service", "unidentified attackers") is not the
// article's one named group, while "the attackers" and a phrase beside the group's name are.
func TestAnotherParty(t *testing.T) {
	const first = "The Tarn Heron group hacked Velmark Energy in 2023. "
	tests := []struct {
		name, second string
		notAgent     bool // the second deed is not Tarn Heron's
	}{
		{"an unknown group", "An unknown group hacked Corvane Shipping.", true},
		{"another group in the passive", "Corvane Shipping was hacked by another group.", true},
		{"unidentified attackers", "Unidentified attackers breached Corvane Shipping.", true},
		{"an agency introduced", "A foreign intelligence service hacked Corvane Shipping.", true},
		{"an unknown agency", "An unidentified intelligence service hacked Corvane Shipping.", true},
		{"the attackers", "The attackers breached Corvane Shipping.", false},
		{"said of the group", "Tarn Heron is a hacktivist group that breached Corvane Shipping.", false},
		{"the group's own lede", "A hacktivist group calling itself Tarn Heron breached Corvane Shipping.", false},
		// incidents told only as like the one before, or as several, have no doer named
		{"similar attacks", "Similar attacks hit Corvane Shipping in 2024.", true},
		{"other breaches", "Other breaches have hit Corvane Shipping since then.", true},
		{"hit by several", "Corvane Shipping has been hit by several attacks in recent years.", true},
		{"the group's similar attacks", "The group carried out similar attacks on Corvane Shipping in 2024.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-13", first+tt.second)
			var found bool
			for _, ev := range g.Events {
				if !hasParticipant(ev, "corvane-shipping", schema.RoleTarget) {
					continue
				}
				found = true
				assert.Equal(t, !tt.notAgent, hasParticipant(ev, "tarn-heron", schema.RoleAgent), eventsString(g))
			}
			assert.True(t, found, eventsString(g))
		})
	}
}

// TestChargedNotSoleGroup: a deed told of a definite description of people charged or held
// before ("the officers", "the two men"; cue chargedhead) whom no name stands for is theirs,
// not the article's one named group, named later in a background paragraph.
func TestChargedNotSoleGroup(t *testing.T) {
	const later = " In 2022, a similar campaign was blamed on a crew called Moss Lantern."
	tests := []struct {
		name, body string
		notAgent   bool // the deed on Pellam Rail is not Moss Lantern's
	}{
		{"the officers", "A Norland court indicted three Ostrevian officers on Friday. The officers broke into Pellam Rail in June." + later, true},
		{"the two men", "Police in Norland detained two foreign men on Friday. The two men then hacked Pellam Rail." + later, true},
		{"the attackers stay the group's", "Hackers breached Pellam Rail in June." + later, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-09-13", tt.body)
			var found bool
			for _, ev := range g.Events {
				if !hasParticipant(ev, "pellam-rail", schema.RoleTarget) {
					continue
				}
				found = true
				assert.Equal(t, !tt.notAgent, hasParticipant(ev, "moss-lantern", schema.RoleAgent), eventsString(g))
			}
			assert.True(t, found, eventsString(g))
		})
	}
}

// TestDatelineOpensStory checks that the first word after a dateline opens the story for
// described actors as a sentence's first word does (genericMentions' open): "NIAMEY, June 3
// (Wire) - Jihadist fighters killed …" has the fighters as doers.
func TestDatelineOpensStory(t *testing.T) {
	for _, body := range []string{
		"NIAMEY, June 3 (Wire) - Jihadist fighters killed 14 police officers in Niger on Tuesday.",
		"Jihadist fighters killed 14 police officers in Niger on Tuesday.",
		"NIAMEY, June 3 (Wire) - Islamist militants killed 23 soldiers in Niger on Tuesday.",
	} {
		g := extractText(t, "2025-06-10", body)
		found := false
		for _, ev := range g.Events {
			if ev.Type != schema.EventAttack {
				continue
			}
			for _, p := range ev.Participants {
				found = found || p.Role == schema.RoleAgent && strings.Contains(p.Actor, "fighters") || p.Role == schema.RoleAgent && strings.Contains(p.Actor, "militants")
			}
		}
		assert.True(t, found, body+"\n"+eventsString(g))
	}
}

// TestRoundupItemsKeepTheirGroup checks that in a roundup of unrelated items (a paragraph
// opening with 'Separately,', 'Meanwhile,', 'Elsewhere', 'In other news,') the article's one
// threat group does only the deeds of the items that name it; with no such paragraph it still
// does the deeds told without a doer.
func TestRoundupItemsKeepTheirGroup(t *testing.T) {
	const hit = "A ransomware attack shut down the billing systems of Ostmark Clinic on Sunday."
	tests := []struct {
		name, body string
		agent      bool // the attack on Ostmark Clinic is Cinder Moth's
	}{
		{"separately", hit + "\nSeparately, researchers at Tallis Labs said a group called Cinder Moth had spied on shipping firms since March.", false},
		{"in other news", hit + " The clinic said patient data was safe.\nIn other news, analysts at Brenner Security reported that Cinder Moth had targeted port operators in Asia.", false},
		{"meanwhile", hit + "\nMeanwhile, the Cinder Moth group breached a ferry operator, Vellmar Lines, according to its chief executive.", false},
		{"one story", hit + "\nResearchers at Tallis Labs said a group called Cinder Moth had spied on shipping firms since March.", true},
		{"same item names it", hit + " Investigators blamed a crew called Cinder Moth.\nSeparately, Vellmar Lines said its website was down for an hour.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-13", tt.body)
			var found bool
			for _, ev := range g.Events {
				if ev.Type != schema.EventAttack || !hasParticipant(ev, "ostmark-clinic", schema.RoleTarget) {
					continue
				}
				found = true
				assert.Equal(t, tt.agent, hasParticipant(ev, "cinder-moth", schema.RoleAgent), eventsString(g))
			}
			assert.True(t, found, eventsString(g))
		})
	}
}

// TestRoundupItemOwnAdversary checks that a described adversary in a later item of a roundup
// ("Separately, hackers stole …") is not the unnamed group of the items before it.
func TestRoundupItemOwnAdversary(t *testing.T) {
	tests := []struct {
		name, body string
		same       bool // the second deed's doer is the first's
	}{
		{"separately", "A court in Tarn on Wednesday sentenced a Pellan man, Jorin Vask, to four years in prison for working with a group that extorted two Kestrian logistics companies in 2024.\n\nSeparately, hackers stole customer data from the Pellan airline Corvair in 2023, the airline said.", false},
		{"meanwhile", "Attackers encrypted the servers of Ostmark Clinic on Sunday.\n\nMeanwhile, hackers breached the ferry operator Vellmar Lines in May.", false},
		{"one story", "Attackers encrypted the servers of Ostmark Clinic on Sunday.\n\nHackers also breached the ferry operator Vellmar Lines in May.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-09-10", tt.body)
			var agents []string
			for _, ev := range g.Events {
				for _, p := range ev.Participants {
					if p.Role == schema.RoleAgent && (ev.Type == schema.EventAttack || ev.Type == schema.EventTheft || ev.Type == schema.EventIntrusion) {
						agents = append(agents, p.Actor)
					}
				}
			}
			if assert.Len(t, agents, 2, eventsString(g)) {
				assert.Equal(t, tt.same, agents[0] == agents[1], eventsString(g))
			}
		})
	}
}
