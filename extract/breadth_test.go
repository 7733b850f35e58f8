package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// Tests for news other than cyber incidents: attacks on public places, hearings, spy trials,
// expulsions and press-freedom disputes. Every sentence is written for the test.

// TestAppositiveSpeaker checks that a name standing alone between commas after a title noun
// speaks: "the broadcaster's director, Ilse Varga, said".
func TestAppositiveSpeaker(t *testing.T) {
	for _, body := range []string{
		"The broadcaster's director, Ilse Varga, said the ruling was an attack on the press.",
		"The head of the union, Ilse Varga, said the ruling was an attack on the press.",
		// the role serves the name after "for"; the holder is named after the comma
		"A lawyer for Tarnwell Freight, Ilse Varga, said the firm had not been hacked.",
		"Counsel for Dario Penn, Ilse Varga, said her client denied the charges.",
	} {
		g := extractText(t, "2025-06-10", body)
		assert.NotNil(t, findEvent(g, schema.EventStatement, "ilse-varga", ""), body+"\n"+eventsString(g))
	}
}

// TestPhysicalAttackVerbs checks the verbs of a gun or bomb attack: "opened fire on",
// "detonated", "shot", "bombed", and the nouns "blast", "massacre", "assassination".
func TestPhysicalAttackVerbs(t *testing.T) {
	for _, body := range []string{
		"The Grey Lantern Brigade opened fire on a convoy near the border on Monday.",
		"The Grey Lantern Brigade detonated a truck bomb outside the Orvane Police headquarters.",
		"The Grey Lantern Brigade shot two guards at the Orvane Police headquarters.",
		"The Grey Lantern Brigade bombed the Orvane Police headquarters in May.",
		"The Grey Lantern Brigade said it carried out the blast at the Orvane Police headquarters.",
	} {
		g := extractText(t, "2025-06-10", body)
		assert.NotNil(t, findEvent(g, schema.EventAttack, "grey-lantern-brigade", ""), body+"\n"+eventsString(g))
	}
	// "opened" alone is no attack
	g := extractText(t, "2025-06-10", "The Grey Lantern Brigade opened an office in the capital.")
	assert.Nil(t, findEvent(g, schema.EventAttack, "", ""), eventsString(g))
}

// TestOwnedTailNotOtherState checks that "Valmark's Foreign Ministry" is not the "Ostrovian
// Foreign Ministry" named in the same article, while "the Foreign Ministry" alone still is.
func TestOwnedTailNotOtherState(t *testing.T) {
	body := "The Ostrovian Foreign Ministry summoned the ambassador on Monday. " +
		"Hours later, Valmark's Foreign Ministry expelled three Ostrovian diplomats."
	g := extractText(t, "2026-02-12", body)
	ev := findEvent(g, schema.EventSanction, "", "")
	if assert.NotNil(t, ev, eventsString(g)) {
		for _, p := range ev.Participants {
			assert.NotEqual(t, "ostrovian-foreign-ministry", p.Actor, eventsString(g))
		}
	}
	g = extractText(t, "2026-02-12", "The Ostrovian Foreign Ministry summoned the ambassador on Monday. "+
		"Hours later, the Foreign Ministry expelled three Valmark diplomats.")
	assert.NotNil(t, findEvent(g, schema.EventSanction, "ostrovian-foreign-ministry", ""), eventsString(g))
}

// TestReportedClauseTime checks that a date inside the reported clause ("said the bureau
// briefed Y on June 2") dates what is reported, not the saying, while "said on Friday the …"
// and "denied it when she appeared … in August" date the reporting verb.
func TestReportedClauseTime(t *testing.T) {
	g := extractText(t, "2025-09-19", "Anna Lindqvist said the Harbour Bureau briefed the Corran Ministry on June 2.")
	if ev := findEvent(g, schema.EventStatement, "anna-lindqvist", ""); assert.NotNil(t, ev, eventsString(g)) {
		assert.NotEqual(t, "2025-06-02", ev.Time.Value, eventsString(g))
	}
	assert.NotNil(t, findEvent(g, schema.EventWarning, "harbour-bureau", "corran-ministry"), eventsString(g))
	g = extractText(t, "2025-09-19", "Anna Lindqvist said on Friday the ministry stood by its account.")
	if ev := findEvent(g, schema.EventStatement, "anna-lindqvist", ""); assert.NotNil(t, ev, eventsString(g)) {
		assert.Equal(t, "2025-09-19", ev.Time.Value)
	}
	g = extractText(t, "2025-09-19", "Anna Lindqvist denied the claims when she appeared before the committee in August.")
	if ev := findEvent(g, schema.EventDenial, "anna-lindqvist", ""); assert.NotNil(t, ev, eventsString(g)) {
		assert.Equal(t, "2025-08", ev.Time.Value)
	}
}

// TestMovementNames checks names of movements and title-cased names: "the Sons of the Ridge",
// "The Front for the Liberation of Tarn", and "Reporters Without Borders" at the start of a
// sentence, while "The President of the United States" stays a title before a country.
func TestMovementNames(t *testing.T) {
	for _, c := range []struct{ body, name string }{
		{"The Sons of the Ridge claimed responsibility for the bombing.", "Sons of the Ridge"},
		{"Officials said the Army of the Pure was behind the bombing.", "Army of the Pure"},
		{"The Front for the Liberation of Tarn said it carried out the bombing.", "Front for the Liberation of Tarn"},
		{"Reporters Without Borders warned that the law would put reporters at risk.", "Reporters Without Borders"},
		{"Writers Against Censorship said the arrests were unlawful.", "Writers Against Censorship"},
	} {
		g := extractText(t, "2025-06-10", c.body)
		assert.NotNil(t, actorByName(g, c.name), c.body+"\n"+eventsString(g))
	}
	g := extractText(t, "2025-06-10", "The President of the United States said the bombing was a crime.")
	assert.Nil(t, actorByName(g, "President of the United States"), eventsString(g))
}

// TestImposedSanctions checks "X imposed sanctions on Y" (the tagger may read "imposed" as an
// adjective or participle): X imposes, Y is sanctioned, and the unit a possessive names too.
func TestImposedSanctions(t *testing.T) {
	g := extractText(t, "2026-02-12", "The Valmark Foreign Ministry imposed sanctions on the Ostrovian Main Intelligence Directorate.")
	assert.NotNil(t, findEvent(g, schema.EventSanction, "valmark-foreign-ministry", "ostrovian-main-intelligence-directorate"), eventsString(g))
	g = extractText(t, "2026-02-12", "On Thursday, the Valmark government also imposed sanctions on Ostrovia's Main Intelligence Directorate.")
	assert.NotNil(t, findEvent(g, schema.EventSanction, "valmark", "main-intelligence-directorate"), eventsString(g))
}

// TestInstitutionDescriptions checks descriptions of institutions outside cyber news: "the
// directorate", "the court", "the broadcaster" refer back to the one named before.
func TestInstitutionDescriptions(t *testing.T) {
	g := extractText(t, "2025-06-10", "The State Security Directorate obtained the phone records of two reporters. "+
		"The directorate has denied spying on journalists.")
	assert.NotNil(t, findEvent(g, schema.EventDenial, "state-security-directorate", ""), eventsString(g))
	g = extractText(t, "2025-06-10", "The Carvan Broadcasting Corporation aired the leaked files in May. "+
		"The broadcaster denied breaking the law.")
	assert.NotNil(t, findEvent(g, schema.EventDenial, "carvan-broadcasting-corporation", ""), eventsString(g))
}

// TestPossessorBeforePlace checks that in "X's embassy in Y denied" the possessor X, not the
// place after the preposition, is the subject.
func TestPossessorBeforePlace(t *testing.T) {
	g := extractText(t, "2025-06-10", "Ostrovia's embassy in Rusk dismissed the claims as fantasy.")
	assert.NotNil(t, findEvent(g, schema.EventDenial, "ostrovias-embassy-in-rusk", ""), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventDenial, "rusk", ""), eventsString(g))
}

// TestSecurityForces checks that a state's "security forces" are an agency of their own, not the
// state: "Ostrovian security forces detained two men".
func TestSecurityForces(t *testing.T) {
	g := extractText(t, "2025-06-10", "Ostrovia closed its border with Valmark on Sunday. Ostrovian security forces detained two men near the border on Monday.")
	assert.NotNil(t, findEvent(g, schema.EventLegal, "ostrovian-security-forces", ""), eventsString(g))
	a := actorByName(g, "Ostrovian security forces")
	if assert.NotNil(t, a) {
		assert.Equal(t, schema.KindAgency, a.Kind)
	}
}

// TestStatePolice checks that a state's police, with or without "the", are an agency of their
// own that acts and is told: "the Telvaran police said they had arrested", "alerted Ostrovian police".
func TestStatePolice(t *testing.T) {
	cases := []struct{ text, agent, kind string }{
		{"The Dutch police said they had arrested a 27-year-old man in Lorvik on Monday.", "dutch-police", "legal"},
		{"German police detained two suspects near the border on Monday.", "german-police", "legal"},
	}
	for _, c := range cases {
		g := extractText(t, "2025-06-10", c.text)
		assert.NotNil(t, findEvent(g, schema.EventType(c.kind), c.agent, ""), c.text+"\n"+eventsString(g))
	}
	g := extractText(t, "2025-06-10", "The Dutch police arrested a man on Monday.")
	a := actorByName(g, "Dutch police")
	if assert.NotNil(t, a) {
		assert.Equal(t, schema.KindAgency, a.Kind)
	}
}

// TestOwnedApposition checks that a target named in apposition after a possessive noun phrase
// ("Ostrovia's military intelligence agency, the Main Directorate,") is the one named.
func TestOwnedApposition(t *testing.T) {
	g := extractText(t, "2025-06-10", "The Valmark Security Service has blamed a unit of Ostrovia's military intelligence agency, the Main Directorate, for the sabotage.")
	assert.NotNil(t, findEvent(g, schema.EventAccusation, "valmark-security-service", "main-directorate"), eventsString(g))
}

// TestTitledPersonOfAgency checks that in "Director Anna Lind of the Harbour Security Service
// (HSS) testified" the person testifies, not the agency named after "of the" or its acronym.
func TestTitledPersonOfAgency(t *testing.T) {
	g := extractText(t, "2025-06-10", "Director Anna Lind of the Harbour Security Service (HSS) testified before the committee on Monday.")
	assert.NotNil(t, findEvent(g, schema.EventStatement, "anna-lind", ""), eventsString(g))
}

// TestCourtAndExpulsionWords checks the words of trials, jail terms, deportations and
// expulsions: "pleaded guilty", "was jailed", "was acquitted", "was deported", "was remanded in
// custody", "the expulsion of".
func TestCourtAndExpulsionWords(t *testing.T) {
	for _, c := range []struct {
		body string
		typ  schema.EventType
	}{
		{"Karl Brenner pleaded guilty to espionage charges in January.", schema.EventLegal},
		{"Karl Brenner was jailed for nine years on Monday.", schema.EventLegal},
		{"Karl Brenner was acquitted of all charges on Monday.", schema.EventLegal},
		{"Karl Brenner was deported to Ostrovia in May.", schema.EventLegal},
		{"Karl Brenner was remanded in custody on Monday.", schema.EventLegal},
		{"Magistrate Lena Okafor remanded Karl Brenner in custody on Monday.", schema.EventLegal},
		{"Valmark announced the expulsion of Karl Brenner on Monday.", schema.EventSanction},
	} {
		g := extractText(t, "2025-06-10", c.body)
		ev := findEvent(g, c.typ, "", "")
		if assert.NotNil(t, ev, c.body+"\n"+eventsString(g)) {
			found := false
			for _, p := range ev.Participants {
				found = found || p.Actor == "karl-brenner"
			}
			assert.True(t, found, c.body+"\n"+eventsString(g))
		}
	}
}

// TestRelativeClauseTime checks that an event inside a relative clause set off by commas (",
// who denies the charge,") does not take the date of the main clause.
func TestRelativeClauseTime(t *testing.T) {
	g := extractText(t, "2019-11-19", "Karl Brenner, who denies the accusation, has avoided extradition to Valmark since seeking refuge at an embassy in 2012.")
	if ev := findEvent(g, schema.EventDenial, "karl-brenner", ""); assert.NotNil(t, ev, eventsString(g)) {
		assert.NotEqual(t, "2012", ev.Time.Value, eventsString(g))
	}
}

// TestVerbReadAsAdjective checks a past-tense verb the tagger reads as an adjective after an
// appositive: "The Sons of the Ridge, an armed group active in the country's north, claimed
// responsibility".
func TestVerbReadAsAdjective(t *testing.T) {
	g := extractText(t, "2026-03-14", "The Sons of the Ridge, an armed group active in the country's north, claimed responsibility for the attack on Saturday.")
	assert.NotNil(t, findEvent(g, schema.EventStatement, "sons-of-the-ridge", ""), eventsString(g))
}

// TestEventRelativeTime checks that a date after a noun of another event kind modified by a
// reduced relative ("an allegation made against X in 2010") is not the main event's, while a
// noun of the event's own kind ("claimed … in a statement posted on Saturday") passes it on.
func TestEventRelativeTime(t *testing.T) {
	g := extractText(t, "2019-11-19", "Prosecutors in Valmark have dropped an investigation into an allegation made against Karl Brenner in 2010.")
	if ev := findEvent(g, schema.EventLegal, "", "karl-brenner"); assert.NotNil(t, ev, eventsString(g)) {
		assert.NotEqual(t, "2010", ev.Time.Value, eventsString(g))
	}
	g = extractText(t, "2026-03-14", "The Sons of the Ridge claimed responsibility for the bombing in a statement posted online on Saturday.")
	if ev := findEvent(g, schema.EventStatement, "sons-of-the-ridge", ""); assert.NotNil(t, ev, eventsString(g)) {
		assert.Equal(t, "2026-03-14", ev.Time.Value, eventsString(g))
	}
}

// TestAccusedOfDoingTime checks that a date after "accused X of <doing>" dates what X is said to
// have done, not the accusation, however long the accused's noun phrase and whatever tag the
// -ing word takes, while a date before the complement dates the accusation.
func TestAccusedOfDoingTime(t *testing.T) {
	tests := []struct {
		name, text, agent, target string
		want, notWant             string
	}{
		{"the month after the complement is the deed's", "Senator Ana Lind accused Interior Minister Dalia Ferent of misleading parliament in June.",
			"ana-lind", "dalia-ferent", "", "2025-06"},
		{"the day before the complement is the accusation's", "Senator Ana Lind on Friday accused Interior Minister Dalia Ferent of misleading parliament.",
			"ana-lind", "dalia-ferent", "2026-03-13", ""},
		{"so past a long accused and an -ing word read as a noun", "Ana Lind accused hackers working for Karsovia's Ministry of State Security of spending much of last year probing the networks of Tessaly's universities.",
			"ana-lind", "", "", "2025"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := extractText(t, "2026-03-14", tc.text)
			ev := findEvent(g, schema.EventAccusation, tc.agent, tc.target)
			if !assert.NotNil(t, ev, eventsString(g)) {
				return
			}
			if tc.want != "" {
				assert.Equal(t, tc.want, ev.Time.Value, eventsString(g))
			}
			if tc.notWant != "" {
				assert.NotEqual(t, tc.notWant, ev.Time.Value, eventsString(g))
			}
		})
	}
}

// TestSentenceInitialSurname checks that a surname the tagger reads as a common noun at the
// start of a sentence ("Ferent accused …") is a name when the article gave it after a first
// name, and that a legal act about a deed does not take the deed's date ("seeking his
// extradition over the release of files in 2010").
func TestSentenceInitialSurname(t *testing.T) {
	g := extractText(t, "2026-03-14", "Interior Minister Dalia Ferent spoke to reporters on Friday. "+
		"Ferent accused neighbouring Tervia of sheltering the group's leaders.")
	assert.NotNil(t, findEvent(g, schema.EventAccusation, "dalia-ferent", "tervia"), eventsString(g))
	g = extractText(t, "2019-11-19", "The United States is seeking Karl Brenner's extradition over his role in the release of classified files by Leakhouse in 2010.")
	if ev := findEvent(g, schema.EventLegal, "", "karl-brenner"); assert.NotNil(t, ev, eventsString(g)) {
		assert.NotEqual(t, "2010", ev.Time.Value, eventsString(g))
	}
}

// TestAskedCourt checks that asking a court to act is a petition (legal), not a warning.
func TestAskedCourt(t *testing.T) {
	g := extractText(t, "2025-06-06", "The Harbour Press Union asked the Constitutional Court to suspend the law.")
	assert.NotNil(t, findEvent(g, schema.EventLegal, "harbour-press-union", ""), eventsString(g))
	assert.Nil(t, findEvent(g, schema.EventWarning, "", ""), eventsString(g))
	g = extractText(t, "2025-06-06", "The Harbour Cyber Agency asked the Port Authority to patch its servers.")
	assert.NotNil(t, findEvent(g, schema.EventWarning, "harbour-cyber-agency", "port-authority"), eventsString(g))
}

// TestTitleDescription checks that "the minister" refers to the person the article gave that
// title, not to the nearest person: "Sandvik accused the minister of misleading parliament".
func TestTitleDescription(t *testing.T) {
	g := extractText(t, "2025-09-19", "Interior Minister Karin Lode denied receiving any warning on Monday. "+
		"Committee chair Erik Sandvik accused the minister of misleading parliament.")
	assert.NotNil(t, findEvent(g, schema.EventAccusation, "erik-sandvik", "karin-lode"), eventsString(g))
	g = extractText(t, "2025-09-19", "Erik Sandvik met Anna Lind on Monday. Sandvik accused the minister of lying.")
	assert.Nil(t, findEvent(g, schema.EventAccusation, "erik-sandvik", "anna-lind"), eventsString(g))
}

// TestRebuttals checks that calling the accusations false is a denial: "X said the accusations
// were absurd", "X called the claims baseless", "X called the accusations \"a provocation\"".
func TestRebuttals(t *testing.T) {
	for _, body := range []string{
		"A spokesman for the Ostrovian Foreign Ministry said the accusations were absurd.",
		"The Ostrovian Foreign Ministry called the claims baseless.",
		"The Ostrovian Foreign Ministry called the accusations \"a clumsy piece of theatre\" on Monday.",
		"In a short note, the Ostrovian Foreign Ministry described the allegations \u201cpure invention\u201d.",
	} {
		g := extractText(t, "2025-09-19", body)
		assert.NotNil(t, findEvent(g, schema.EventDenial, "ostrovian-foreign-ministry", ""), body+"\n"+eventsString(g))
	}
	for _, body := range []string{
		"The Ostrovian Foreign Ministry said the report was detailed.",
		"The Ostrovian Foreign Ministry said the charges \"would be answered in court\".",
	} {
		g := extractText(t, "2025-09-19", body)
		assert.Nil(t, findEvent(g, schema.EventDenial, "", ""), body+"\n"+eventsString(g))
	}
}

// TestReceivedTip checks that receiving a tip or a warning without a named source is still
// being warned: "the service received a tip about a planned attack two weeks ago".
func TestReceivedTip(t *testing.T) {
	g := extractText(t, "2026-03-14", "The Valmark Intelligence Service received a tip about a planned bombing two weeks ago.")
	if ev := findEvent(g, schema.EventWarning, "", "valmark-intelligence-service"); assert.NotNil(t, ev, eventsString(g)) {
		assert.Equal(t, "2026-02-28", ev.Time.Value)
	}
	// receiving no warning is no warning
	g = extractText(t, "2026-03-14", "The Valmark Intelligence Service said it received no specific warning about the bombing.")
	assert.Nil(t, findEvent(g, schema.EventWarning, "", ""), eventsString(g))
}

// TestBlameAcrossApposition checks that "X blamed a unit of Y's agency, the Z, for the
// operation" gives the earlier incident its doer Z, and that "denied receiving any warning" is
// no warning.
func TestBlameAcrossApposition(t *testing.T) {
	g := extractText(t, "2025-09-19", "Investigators found that hackers had attacked three substations of the Nordenergi Grid on July 11. "+
		"The Valmark Security Service has blamed a unit of Ostrovia's military intelligence agency, the Main Directorate, for the operation.")
	assert.NotNil(t, findEvent(g, schema.EventAttack, "main-directorate", ""), eventsString(g))
	g = extractText(t, "2025-09-19", "Interior Minister Karin Lode denied receiving any such warning in August.")
	assert.Nil(t, findEvent(g, schema.EventWarning, "", ""), eventsString(g))
	g = extractText(t, "2025-09-19", "Karin Lode denied that the Harbour Ministry had received any specific warning.")
	assert.Nil(t, findEvent(g, schema.EventWarning, "", ""), eventsString(g))
}

// TestOrderedToLeave checks that ordering diplomats to leave is an expulsion of their state.
func TestOrderedToLeave(t *testing.T) {
	g := extractText(t, "2026-02-12", "The Ostrovian Foreign Ministry on Thursday ordered four Valmark diplomats to leave the country.")
	assert.NotNil(t, findEvent(g, schema.EventSanction, "ostrovian-foreign-ministry", "valmark"), eventsString(g))
	g = extractText(t, "2026-02-12", "The Ostrovian Foreign Ministry on Thursday ordered Valmark Airlines to leave the runway.")
	assert.Nil(t, findEvent(g, schema.EventSanction, "", ""), eventsString(g))
}

// TestStruckDown checks that a court striking down a law is a ruling (legal).
func TestStruckDown(t *testing.T) {
	g := extractText(t, "2025-06-06", "The Carvan Constitutional Court struck down the data-retention law in 2019.")
	if ev := findEvent(g, schema.EventLegal, "carvan-constitutional-court", ""); assert.NotNil(t, ev, eventsString(g)) {
		assert.Equal(t, "2019", ev.Time.Value)
	}
}

// TestTookDown checks that taking down or dismantling what is named is a measure (other) by the
// one who takes it down, and that a takedown with either side unnamed is none.
func TestTookDown(t *testing.T) {
	checkPartiesCases(t, "2025-06-06", schema.EventOther, []partiesCase{
		{"police took down a marketplace", "The Norland Federal Police took down the Grey Bazaar criminal marketplace in 2024.",
			"norland-federal-police", "grey-bazaar", true},
		{"it had taken down", "Nimbus Systems said on Monday that it had taken down the Orvane Media network.",
			"nimbus-systems", "orvane-media", true},
		{"passive, no one taking it down", "The Grey Bazaar site was taken down on Monday.", "", "", false},
		{"nothing named taken down", "Harlow Social took down two networks of fake accounts on Monday.", "", "", false},
		{"dismantled an owner's infrastructure", "The Norland Federal Police dismantled Grey Bazaar's infrastructure on Monday.",
			"norland-federal-police", "grey-bazaar", true},
		{"dismantled what is described", "Police arrested 14 people on Tuesday, dismantling what investigators called a fraud ring.", "", "", false},
	})
}

// TestGotInto checks that getting or burrowing into what is named is an intrusion into it
// (phrasal "get into", "burrow into"), and that getting into what names no actor is none
// (cue intonamed).
func TestGotInto(t *testing.T) {
	checkPartiesCases(t, "2025-06-06", schema.EventIntrusion, []partiesCase{
		{"intruders got into a network", "In May, intruders linked to Grey Brigade got into the control network of the Orvane Water Board.",
			"grey-brigade", "orvane-water-board", true},
		{"burrowed into systems", "Grey Brigade has burrowed into the control systems of the Orvane Water Board, the agency said.",
			"grey-brigade", "orvane-water-board", true},
		{"got into trouble", "Grey Brigade got into trouble in May.", "", "", false},
		{"gets into a network", "Once the Grey Brigade malware gets into a network, it spreads quickly.", "", "", false},
	})
}

// TestInsideNetwork checks that a doer's presence inside a victim's network is an intrusion
// (insideNetwork), and that none is read without a named owner or a named doer (a described
// threat group will do: "intruders had been inside its network", which names no agent unless
// it stands for the article's one group); a state's body
// named after its possessive is the victim, not the state (nextBody), there and after "access to".
func TestInsideNetwork(t *testing.T) {
	checkPartiesCases(t, "2025-06-06", schema.EventIntrusion, []partiesCase{
		{"been inside the networks of", "The agency said Grey Brigade had been inside the networks of the Orvane Water Board since 2023.",
			"grey-brigade", "orvane-water-board", true},
		{"spent months inside", "Grey Brigade spent months inside the Orvane Water Board's network before it was found.",
			"grey-brigade", "orvane-water-board", true},
		{"no owner named", "Grey Brigade has been active inside utility networks since 2022.", "", "", false},
		{"no doer named", "The Orvane Water Board said the old files were inside its network.", "", "", false},
		{"no network", "Grey Brigade had been inside the offices of the Orvane Water Board.", "", "", false},
		{"a state's body after of", "Grey Brigade spent five months inside the computer network of Norland's National Treasury, officials said.",
			"grey-brigade", "national-treasury", true},
		{"a state's body after access to", "Grey Brigade gained access to Norland's Revenue Agency in May, the agency said.",
			"grey-brigade", "revenue-agency", true},
		{"a described intruder inside its systems", "Velmora University says an intruder spent roughly five months inside its computer systems.",
			"", "velmora-university", true},
		{"described intruders inside its network", "The Orvane Water Board confirmed on Monday that intruders had been inside its billing network from March to May.",
			"", "orvane-water-board", true},
		{"described intruders are the one named group", "The hacking group Grey Brigade has targeted utilities since 2023. The Orvane Water Board said on Monday that intruders had been inside its billing network for weeks.",
			"grey-brigade", "orvane-water-board", true},
		{"described people are no doers", "The Orvane Water Board said auditors had been inside its network for weeks.",
			"", "orvane-water-board", false},
	})
	t.Run("a described doer with no name is no actor", func(t *testing.T) {
		g := extractText(t, "2025-06-06", "Velmora University says an intruder spent roughly five months inside its computer systems.")
		for _, a := range g.Actors {
			assert.NotContains(t, a.Name, "intruder")
		}
	})
}

// TestObserveIsSpyingOnlyByAState checks that observing is spying only when a country or an
// intelligence service watches a group or a person: monitors observing a vote and researchers
// observing malware do not spy.
func TestObserveIsSpyingOnlyByAState(t *testing.T) {
	tests := []struct {
		name, body    string
		agent, target string
		want          bool
	}{
		{"monitors observe a vote", "Monitors from the Harbour Election Commission observed the vote in Kessan on Sunday.", "", "", false},
		{"researchers observe malware", "Researchers at Tallis Security observed the malware in March.", "", "", false},
		{"spies observe hackers", "Brazilian spies observed the Grey Heron group inside the network for weeks.", "brazil", "grey-heron", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			assert.Equal(t, tt.want, findEvent(g, schema.EventEspionage, tt.agent, tt.target) != nil, eventsString(g))
		})
	}
}

// TestDisruptIsNoAttack checks that "disrupt" alone is not an attack: police disrupt plots and
// attacks disrupt services (the attack is the event).
func TestDisruptIsNoAttack(t *testing.T) {
	g := extractText(t, "2025-06-10", "The Valmark Police disrupted a protest outside the Orvane Station on Monday.")
	assert.Nil(t, findEvent(g, schema.EventAttack, "valmark-police", ""), eventsString(g))
}

// TestDoerHarms checks that a verb of harm (disrupt, cripple, paralyse, knock out or offline)
// is an attack when a doer named right before it, active and finite, harms an actor its object
// names, itself or through "of" (doergated, doerBefore, actorHarmed); not when an incident is
// the subject, the doer is a preposition's object, the object is a plan, or nothing knocks out.
func TestDoerHarms(t *testing.T) {
	checkPartiesCases(t, "2025-06-10", schema.EventAttack, []partiesCase{
		{"command disrupted a gang", "In 2022, the Norland Cyber Command disrupted the ransomware gang Ashen Pike.",
			"norland-cyber-command", "ashen-pike", true},
		{"knocked the servers of a botnet offline", "The Norland Cyber Command knocked the command servers of the Ashen Pike botnet offline in 2021.",
			"norland-cyber-command", "ashen-pike", true},
		{"a group that crippled a utility", "Grey Brigade, which crippled the Orvane Water Board in May, has gone quiet.",
			"grey-brigade", "orvane-water-board", true},
		{"passive with a doer", "The Orvane Water Board was paralysed by Grey Brigade in May.",
			"grey-brigade", "orvane-water-board", true},
		{"doer in a relative's prepositional phrase", "An attack that researchers linked to Grey Brigade knocked out billing at the Orvane Water Board in May.",
			"grey-brigade", "", false},
		{"ability to disrupt", "Officials worry about Grey Brigade's ability to disrupt the Orvane Water Board.",
			"grey-brigade", "", false},
		{"a plot disrupted", "The Valmark Police disrupted a plot to bomb the Orvane Station on Monday.",
			"valmark-police", "", false},
		{"knocked on doors", "Grey Brigade knocked on the doors of the Orvane Water Board in May.",
			"grey-brigade", "", false},
	})
}

// TestFrontedYearSubject checks that a sentence opened by "In" and a year reads the subject
// after it afresh, a demonym phrase too, as the doer of its verb ("In 2023 Dutch prosecutors
// charged X": the Netherlands, no actor "2023 Dutch").
func TestFrontedYearSubject(t *testing.T) {
	checkPartiesCases(t, "2025-06-10", schema.EventLegal, []partiesCase{
		{"demonym prosecutors", "In 2023 Dutch prosecutors charged Ivo Marsh with sabotage.", "netherlands", "ivo-marsh", true},
		{"demonym police", "In 2022 Finnish police arrested Ivo Marsh in Turku.", "finnish-police", "ivo-marsh", true},
		{"comma", "In 2023, Dutch prosecutors charged Ivo Marsh with sabotage.", "netherlands", "ivo-marsh", true},
	})
	g := extractText(t, "2025-06-10", "In 2023 Dutch prosecutors charged Ivo Marsh with sabotage.")
	for _, a := range g.Actors {
		assert.NotContains(t, a.Name, "2023", "actor %q", a.Name)
	}
}

// TestArmedAttack checks that killing, storming, ambushing or blowing up is an attack when an
// armed group does it (armedgated, armedDoer: described attackers such as gunmen or
// militants, or a listed armed group, active and finite, or after "by" in the passive); not
// an accident, a legislature killing a bill, a whistle blown, a killing that is the toll of
// an attack the sentence names, nor a claim's pluperfect. Striking and shelling are such deeds,
// and a weapon (drones, missiles, aircraft) is an armed doer, its demonym naming the state: not
// "struck a deal".
func TestArmedAttack(t *testing.T) {
	checkPartiesCases(t, "2025-06-10", schema.EventAttack, []partiesCase{
		{"gunmen killed", "Gunmen killed 21 tourists at the Orvane Museum on Monday.", "gunmen", "", true},
		{"militants of a front stormed", "Militants of the Grey Lantern Front stormed a police station in Orvane on Monday.", "", "", true},
		{"rebels ambushed", "Rebels ambushed an army convoy near Orvane on Monday.", "rebels", "", true},
		{"blew up", "Militants blew up a bridge outside Orvane on Monday.", "militants", "", true},
		{"passive", "Six soldiers were killed by al-Shabaab near Orvane on Monday.", "al-shabaab", "", true},
		{"passive, described doer", "Six soldiers were killed by gunmen near Orvane on Monday.", "gunmen", "", true},
		{"passive, no armed doer", "Six soldiers were killed by a landslide near Orvane on Monday.", "", "", false},
		{"apposition says armed", "The Ravel Front, a militant group active in the north, killed 12 soldiers on Monday.", "ravel-front", "", true},
		{"apposition says nothing armed", "The Ravel Front, a civic group active in the north, killed the proposal on Monday.", "", "", false},
		{"accident", "A car crash killed three people near Orvane on Monday.", "", "", false},
		{"bill", "The Orvane Senate killed the bill on Monday.", "", "", false},
		{"unknown doer", "The Grey Lantern Front killed the mayor on Monday.", "", "", false},
		{"whistle", "Militants blew the whistle on the plan on Monday.", "", "", false},
		{"pluperfect claim", "The Grey Lantern Front said on Monday that its fighters had blown up the bridge.", "", "", false},
		// a weapon fired is the doer's: the state its demonym names ("Ukrainian drones struck X"; weaponhead)
		{"drones struck", "Ukrainian drones struck an oil depot near the Orvane Bridge Company yard on Monday.", "ukraine", "", true},
		{"missiles hit", "Hours later Russian missiles hit a power plant of Orvane Grid in the east.", "russia", "orvane-grid", true},
		{"aircraft bombed", "Israeli aircraft bombed a depot of the Grey Lantern Front on Monday.", "israel", "grey-lantern-front", true},
		{"rockets shelled", "Rebel rockets shelled a market in Orvane on Monday.", "", "", true},
		{"passive, struck by a missile", "An apartment block in Orvane was struck by a missile on Monday.", "", "", true},
		{"struck a deal", "Ukraine struck a deal with the Orvane Grid on Monday.", "", "", false},
		{"a gang struck a named victim", "Grey Brigade struck the Orvane Water Board on Monday.", "grey-brigade", "orvane-water-board", true},
		{"struck an agreement", "The Orvane Grid struck an agreement with its unions on Monday.", "", "", false},
		{"the noun strike", "A missile strike on the Orvane Grid plant killed two workers on Monday.", "", "orvane-grid", true},
		{"shelled out", "Orvane Grid shelled out $2m for new turbines on Monday.", "", "", false},
	})
	// the toll of an attack the sentence names is no second attack
	g := extractText(t, "2025-06-10", "An attack by militants killed five people near Orvane on Monday.")
	assert.Equal(t, 1, countEvents(g, schema.EventAttack), eventsString(g))
}

// TestArmedDeedInAttack checks that an attack noun in the adjunct of an armed deed with an
// object ("militants killed 14 officers in an assault on a checkpoint in eastern Niger";
// armedDeedBefore) is done by the deed's subject, and its victims' country is its target
// (placedIn, a lower-case adjective allowed before the country); soldiers killed in an attack
// do not do it, nor does a bomb.
func TestArmedDeedInAttack(t *testing.T) {
	checkPartiesCases(t, "2025-06-10", schema.EventAttack, []partiesCase{
		{"described doer, adjective before the country", "Jihadist fighters killed at least 14 police officers in an assault on a checkpoint in eastern Niger on Tuesday.", "jihadist-fighters", "niger", true},
		{"named doer", "The Grey Lantern Front killed nine soldiers in an attack on a convoy in Chad on Monday.", "grey-lantern-front", "chad", true},
		{"stormed", "Rebels stormed a prison in an attack on a town in western Chad on Monday.", "rebels", "chad", true},
		{"killed in an attack: no doer", "Nine soldiers killed in an attack on a checkpoint in Chad were buried on Monday.", "soldiers", "", false},
		{"a bomb does nothing", "A car bomb killed nine people in an attack on a market in Chad.", "car-bomb", "", false},
	})
}

// TestPlotToAttack checks that the doer of "a plot to bomb Y" is not whoever foiled the plot,
// while "X's plan to attack Y" is X's.
func TestPlotToAttack(t *testing.T) {
	g := extractText(t, "2025-06-10", "The Valmark Police disrupted a plot to bomb the Orvane Station on Monday.")
	assert.Nil(t, findEvent(g, schema.EventAttack, "valmark-police", ""), eventsString(g))
	g = extractText(t, "2025-06-10", "The Grey Brigade's plan to attack the Orvane Station failed.")
	assert.NotNil(t, findEvent(g, schema.EventAttack, "grey-brigade", "orvane-station"), eventsString(g))
}

// TestIncidentRelativeClause checks "an attack that X launched against Y" and an apposition
// after a possessive pronoun: "against its main supplier, Norvik Foods,".
func TestIncidentRelativeClause(t *testing.T) {
	for _, body := range []string{
		"Shops are still closed after a bombing that the Grey Lantern Brigade carried out against Norvik Foods on May 2.",
		"Shops are still closed after an attack that the Grey Lantern Brigade launched against its old rival, Norvik Foods, on May 2.",
	} {
		g := extractText(t, "2025-06-10", body)
		assert.NotNil(t, findEvent(g, schema.EventAttack, "grey-lantern-brigade", "norvik-foods"), body+"\n"+eventsString(g))
	}
}

// TestLedePatientNamedNext checks the wire lede whose patient is only described ("sentenced a
// former bank clerk") and named with an age in the next sentence ("Ilse Marten, 52, …").
func TestLedePatientNamedNext(t *testing.T) {
	g := extractText(t, "2025-06-10", "A court in Orvane on Monday sentenced a former bank official to six years for spying for Tarnland. "+
		"Ilse Marten, 52, had worked at the Orvane Savings Bank since 2010.")
	assert.NotNil(t, findEvent(g, schema.EventLegal, "", "ilse-marten"), eventsString(g))
	// no age in apposition: no guess
	g = extractText(t, "2025-06-10", "A court in Orvane on Monday sentenced a former bank official to six years. "+
		"Ilse Marten, the bank's director, declined to comment.")
	assert.Nil(t, findEvent(g, schema.EventLegal, "", "ilse-marten"), eventsString(g))
}

// TestSanctionedFirmNamedNext checks the lede whose sanctioned company is only described
// ("imposed sanctions on a Vessa-based software company") and named as the object of the next
// sentence's verb ("The Office of Asset Control designated Grey Lantern Technology Co.").
func TestSanctionedFirmNamedNext(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{"designated next", "The Norland Treasury on Wednesday imposed sanctions on a Vessa-based software company, alleging that the firm worked for Ostrel's intelligence service. " +
			"The Office of Asset Control designated Grey Lantern Technology Co. and its chief executive.", true},
		{"sanctioned by a verb", "The Norland Treasury on Wednesday sanctioned a software company for hacking. " +
			"The department listed Grey Lantern Technology Co. as the culprit.", true},
		{"a company only said in the next sentence is no object", "The Norland Treasury on Wednesday imposed sanctions on a Vessa-based software company. " +
			"Grey Lantern Technology Co. said it would appeal.", false},
		{"a named target is no description", "The Norland Treasury on Wednesday imposed sanctions on Orvane Systems. " +
			"The Office of Asset Control designated Grey Lantern Technology Co. as well.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-02-12", tt.body)
			// the described company of the Treasury's sanction (the designation is a sanction of its own)
			ev := findEvent(g, schema.EventSanction, "norland-treasury", "grey-lantern-technology-co")
			assert.Equal(t, tt.want, ev != nil, eventsString(g))
		})
	}
	// the accusation that takes the company up ("alleging that the firm …") accuses it
	g := extractText(t, "2026-02-12", tests[0].body)
	assert.NotNil(t, findEvent(g, schema.EventAccusation, "norland-treasury", "grey-lantern-technology-co"), eventsString(g))
	g = extractText(t, "2026-02-12", "The Norland Treasury on Wednesday imposed sanctions on a Vessa-based software company, alleging that hackers worked for Ostrel. "+
		"The Office of Asset Control designated Grey Lantern Technology Co. and its chief executive.")
	assert.Nil(t, findEvent(g, schema.EventAccusation, "", "grey-lantern-technology-co"), eventsString(g))
}

// TestJusticeDepartment checks that "Justice" opening an institution's name is no title:
// "The Justice Department charged …", while "Justice Ada Lorne" is a judge.
func TestJusticeDepartment(t *testing.T) {
	g := extractText(t, "2026-05-08", "The Justice Department last month charged Karl Brenner with conspiracy.")
	assert.NotNil(t, findEvent(g, schema.EventLegal, "justice-department", "karl-brenner"), eventsString(g))
	g = extractText(t, "2026-05-08", "Justice Ada Lorne said the charges against Karl Brenner would stand.")
	assert.NotNil(t, findEvent(g, schema.EventStatement, "ada-lorne", ""), eventsString(g))
}

// TestOrgTitlePerson checks "<agency> <title> <person>": "CIA Director Marian Holt told" gives
// the agency and its officer, and the officer speaks.
func TestOrgTitlePerson(t *testing.T) {
	g := extractText(t, "2026-05-08", "CIA Director Marian Holt told reporters on Thursday that the agency had not been warned.")
	assert.NotNil(t, actorByName(g, "Marian Holt"), eventsString(g))
	assert.NotNil(t, findEvent(g, schema.EventStatement, "marian-holt", ""), eventsString(g))
}

// TestExecutiveTitle checks that "Executive" in a title before a person's name ("Chief
// Executive Ida Marr said") is part of the title, not of the name, so the person speaks.
func TestExecutiveTitle(t *testing.T) {
	tests := []struct{ name, body, actor, id string }{
		{"chief executive", "\"We rebuilt everything,\" Chief Executive Ida Marr said on Monday.", "Ida Marr", "ida-marr"},
		{"chief executive opening", "Chief Executive Tomas Lind said the bank had paid no ransom.", "Tomas Lind", "tomas-lind"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-05-08", tt.body)
			assert.NotNil(t, actorByName(g, tt.actor), "got no actor %q: %s", tt.actor, names(g))
			assert.NotNil(t, findEvent(g, schema.EventStatement, tt.id, ""), eventsString(g))
		})
	}
}

// TestSubjectBeforeAppositive checks that the subject of "Senator X, the committee's ranking
// member, accused Y" is X, not a name inside the appositive.
func TestSubjectBeforeAppositive(t *testing.T) {
	g := extractText(t, "2026-05-08", "Senator Dale Whitcomb, the committee's ranking Democrat, accused the Harbour Bureau of ignoring the warnings.")
	assert.NotNil(t, findEvent(g, schema.EventAccusation, "dale-whitcomb", "harbour-bureau"), eventsString(g))
}

// TestSubjectKnownAs checks that the subject of "X's agency, known as the Y, warned Z" is Y,
// the name the aside declares, and that a name before such an aside stays the subject.
func TestSubjectKnownAs(t *testing.T) {
	cases := []struct {
		name, text, typ, agent, target string
	}{
		{"a description known by a name", "In March, Velmora's cyber agency, known as the VCA, informed Harlow Bank that its passwords were on sale.",
			"warning", "vca", "harlow-bank"},
		{"also known as", "The country's signals service, also known as Tessaly Watch, warned Corvin Mutual in June that its mail server was exposed.",
			"warning", "tessaly-watch", "corvin-mutual"},
		{"a name before the aside", "Ash Spider, also known as Grey Lynx, hacked Harlow Bank in May.",
			"intrusion", "ash-spider", "harlow-bank"},
		{"a unit of the one named before", "The Corvin Data Office said on Monday that its breach unit, known as Team Nine, had warned Harlow Bank in May.",
			"warning", "corvin-data-office", "harlow-bank"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := extractText(t, "2026-05-08", tc.text)
			assert.NotNil(t, findEvent(g, schema.EventType(tc.typ), tc.agent, tc.target), eventsString(g))
		})
	}
}

// TestSpeakerPossessorBeforePrepTheName checks that in "X's mission to the United Nations
// called the accusations baseless" X speaks, not the institution after "to the".
func TestSpeakerPossessorBeforePrepTheName(t *testing.T) {
	g := extractText(t, "2026-05-08", "The Valmark Foreign Ministry accused Ostrovia of spying. Ostrovia's mission to the United Nations called the accusations baseless.")
	assert.NotNil(t, findEvent(g, schema.EventDenial, "ostrovia", ""), eventsString(g))
}

// TestDescriptionPrefersNamedHead checks that "the agency" prefers an institution named an
// agency over a nearer one of the same kind: "X Agency chief told the Senate committee that the
// agency had warned Y".
func TestDescriptionPrefersNamedHead(t *testing.T) {
	g := extractText(t, "2026-05-08", "The Harbour Security Agency briefed the Valmark Senate Committee on Thursday. "+
		"Officials said the agency had warned the Port Authority in March.")
	assert.NotNil(t, findEvent(g, schema.EventWarning, "harbour-security-agency", "port-authority"), eventsString(g))
}

// TestSubordinateClauseTime checks that the one time of a sentence, set in an adverbial clause
// with a verb of its own after the trigger ("…, after three retirees lost their savings in
// March"), does not date an event of the main clause told in the present; and that a time of
// the saying dates no deed it reports: one right after a nameless subject's "said" before a
// "that" clause (saidAtThat), one before the telling verb when the deed is in the past perfect
// (hadDone).
func TestSubordinateClauseTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a time in an 'after' clause with its own verb, the warning in the present", "2025-08-29",
			"Lena Marsh is warning Harrow Bank about a phone scam, after three retirees lost their savings in March.",
			schema.EventWarning, "lena-marsh", "harrow-bank", "2025-08-29"},
		{"a warning in the past keeps the clause's time", "2025-08-29",
			"Lena Marsh warned Harrow Bank about a phone scam, after three retirees lost their savings in March.",
			schema.EventWarning, "lena-marsh", "harrow-bank", "2025-03"},
		{"a time right after a nameless subject's 'said' and before 'that' is the saying's", "2025-08-29",
			"The depot said on Tuesday that the servers of its supplier, Velmora Freight, had been hit by ransomware.",
			schema.EventAttack, "", "velmora-freight", ""},
		{"so for a deictic day", "2025-08-29",
			"The mill said yesterday that the network of Velmora Freight had been hit by ransomware.",
			schema.EventAttack, "", "velmora-freight", ""},
		{"a day before the saying leaves a deed told in the past perfect undated", "2025-08-29",
			"On Tuesday, a gang called Ashmere said it had stolen the files of Velmora Freight.",
			schema.EventTheft, "ashmere", "velmora-freight", ""},
		{"so with 'had been' and an adverb", "2025-08-29",
			"On Tuesday, Velmora Freight said its network had already been breached by Ashmere.",
			schema.EventIntrusion, "ashmere", "velmora-freight", ""},
		{"a deed in the simple past keeps the day", "2025-08-29",
			"On Tuesday, Ashmere stole the files of Velmora Freight, the company said.",
			schema.EventTheft, "ashmere", "velmora-freight", "2025-08-26"},
		{"a time after the 'that' is the deed's", "2025-08-29",
			"The depot said that the servers of its supplier, Velmora Freight, had been hit by ransomware on Tuesday.",
			schema.EventAttack, "", "velmora-freight", "2025-08-26"},
		{"a telling in a clause without 'that' takes its own month, not the saying's day", "2025-08-29",
			"Korvane Mobile said on Wednesday it had alerted the Tessaly Cyber Unit in March.",
			schema.EventWarning, "", "tessaly-cyber-unit", "2025-03"},
		{"so after 'told' and its hearer", "2025-08-29",
			"Korvane Mobile told reporters on Wednesday it had alerted the Tessaly Cyber Unit in March.",
			schema.EventWarning, "korvane-mobile", "tessaly-cyber-unit", "2025-03"},
		{"so a deed", "2025-08-29",
			"The Brellin Savings Bank said on Monday hackers had breached its network in April.",
			schema.EventIntrusion, "", "", "2025-04"},
	}, false)
}

// TestFrontedTimeOfReportedClause checks that a time set before the reported clause of a
// trailing attribution ending the sentence ("In 2023, X was hit, she said.") dates the deed,
// not the saying, and that a person the tagger reads as a common noun at a sentence start
// still speaks ("Ines Varrow-Lind, a deputy director, …").
func TestFrontedTimeOfReportedClause(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the saying stays undated", "2025-06-10", "Ines Varrow-Lind, a deputy director at Orvell Labs, spoke in Oslo. In 2023, two operators in Norland were breached, she said.",
			schema.EventStatement, "ines-varrow-lind", "", ""},
		{"the deed takes the fronted time", "2025-06-10", "Ines Varrow-Lind, a deputy director at Orvell Labs, spoke in Oslo. In 2023, Grey Wren breached Harrow Bank, she said.",
			schema.EventIntrusion, "grey-wren", "harrow-bank", "2023"},
		{"a fronted time of the saying itself", "2025-06-10", "On Monday, Orvell Labs said Grey Wren had breached Harrow Bank.",
			schema.EventStatement, "orvell-labs", "", "2025-06-09"},
		{"an inverted attribution closing the sentence", "2025-06-10", "Since the spring, three utilities in Norland have reported phishing scams, said Deputy Ines Varrow-Lind of the Orvell police.",
			schema.EventStatement, "ines-varrow-lind", "", ""},
		{"an inverted attribution with an apposition", "2025-06-10", "In March, two hospitals in Norland were breached, said Ines Varrow-Lind, a spokeswoman for Orvell Labs.",
			schema.EventStatement, "ines-varrow-lind", "", ""},
		{"a speaker of several words closing the sentence", "2025-06-10", "In March, Grey Wren breached Harrow Bank, the Norland foreign ministry said.",
			schema.EventStatement, "norland", "", ""},
		{"a possessive speaker closing the sentence", "2025-06-10", "On Monday, Grey Wren breached Harrow Bank, Norland's interior ministry said.",
			schema.EventStatement, "", "", ""},
	}, false)
}
