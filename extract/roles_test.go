package extract

import (
	"strings"
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMissingRoles checks the second participant found for an event that names only one:
// the party its noun phrase is directed against, the country its victims are in, and the
// antecedent of a relative clause past a participial phrase.
func TestMissingRoles(t *testing.T) {
	checkEventRules(t, "2024-06-10", []eventCase{
		{"against after the noun's phrase", "Prosecutors in Norland opened an investigation into fraud claims made against Harrow Bank.",
			schema.EventLegal, "norland", "harrow-bank", true},
		{"against a described person", "Prosecutors in Norland opened an investigation into claims made against Harrow Bank founder Jo Vance.",
			schema.EventLegal, "norland", "jo-vance", true},
		{"aimed at", "Grey Heron launched a wave of attacks aimed at Nimbus Systems.",
			schema.EventAttack, "grey-heron", "nimbus-systems", true},
		{"aimed at, no doer named", "A phishing campaign aimed at Nimbus Systems began in May.",
			schema.EventAttack, "", "nimbus-systems", true},
		{"targeted at", "A wave of attacks targeted at Nimbus Systems began in May.",
			schema.EventAttack, "", "nimbus-systems", true},
		{"were aimed at", "The attacks were aimed at Nimbus Systems, the firm said in May.",
			schema.EventAttack, "", "nimbus-systems", true},
		{"no doer, against past the phrase", "Analysts counted a series of attacks launched against Harrow Bank in May.",
			schema.EventAttack, "", "harrow-bank", true},
		{"aimed at a deed is no victim", "Harrow Bank began a programme aimed at stopping attacks in May.",
			schema.EventAttack, "", "harrow-bank", false},
		{"owner of a long list of data", "Grey Heron stole 2.4 million email addresses and some phone numbers of Harrow Bank customers.",
			schema.EventTheft, "grey-heron", "harrow-bank", true},
		{"owner of a list with commas", "Grey Heron leaked the names, addresses and dates of birth of 130,000 Harrow Bank customers.",
			schema.EventLeak, "grey-heron", "harrow-bank", true},
		{"verbs sharing the list", "Grey Heron has stolen and leaked the email addresses and some 1,700 phone numbers of Harrow Bank clients.",
			schema.EventTheft, "grey-heron", "harrow-bank", true},
		{"a verb inside the list ends it", "Grey Heron stole the passwords and sold the phone numbers of Harrow Bank customers.",
			schema.EventTheft, "grey-heron", "harrow-bank", false},
		{"a quantity of data said to be the owner's", "On its leak site, Grey Heron posted roughly 40 gigabytes of what it said were Harrow Bank files.",
			schema.EventLeak, "grey-heron", "harrow-bank", true},
		{"a quantity of data said to come from the owner", "Grey Heron published 200 gigabytes of records it said came from Harrow Bank.",
			schema.EventLeak, "grey-heron", "harrow-bank", true},
		{"the doer's own files are no leak", "Grey Heron published roughly 60 gigabytes of its own files in May.",
			schema.EventLeak, "", "", false},
		{"the doer's own leak site owns nothing", "Grey Heron published about 60 gigabytes of patient files on its leak site.",
			schema.EventLeak, "", "grey-heron", false},
		{"a verb ends the phrase", "Grey Heron's attacks continued, and Harrow Bank acted against fraud.",
			schema.EventAttack, "grey-heron", "harrow-bank", false},
		{"victims in a country", "Grey Heron claimed attacks on steel mills in Chile last year.",
			schema.EventAttack, "grey-heron", "chile", true},
		{"victims of the deed in a country", "Grey Heron has claimed defacements of government websites in Chile and Peru.",
			schema.EventAttack, "grey-heron", "chile", true},
		{"of a named victim in a country", "Grey Heron claimed the breach of Harrow Bank in Chile.",
			schema.EventIntrusion, "grey-heron", "chile", false},
		{"a described doer run by its principal", "Harrow Bank blamed a hacking group run by Kelmar's military intelligence for the breach.",
			schema.EventAccusation, "harrow-bank", "kelmar", true},
		{"hackers backed by their principal", "Harrow Bank accused hackers backed by Kelmar's navy of the theft.",
			schema.EventAccusation, "harrow-bank", "kelmar", true},
		{"a network run by its owner is no doer", "Harrow Bank blamed a network run by Kelmar Telecom for the outage.",
			schema.EventAccusation, "harrow-bank", "kelmar-telecom", false},
		{"relative clause past a participial phrase", "Grey Heron, suspected of ties to Norland's navy, which attacked Nimbus Systems in 2023, denied it.",
			schema.EventAttack, "grey-heron", "nimbus-systems", true},
		{"relative clause on a possessor alone", "Nimbus Systems sued Norland's navy, which attacked Harrow Bank in 2023.",
			schema.EventAttack, "nimbus-systems", "harrow-bank", false},
		{"a titled name between commas speaks", "A Norland Defence Ministry spokesperson, Lt. Col. Mara Tovey, said on Tuesday that \"the committees have been informed.\"",
			schema.EventStatement, "mara-tovey", "", true},
		{"said, then a title and a name", "Harrow Bank was breached in May. \"We will appeal the ruling,\" said Attorney Mara Quell.",
			schema.EventStatement, "mara-quell", "", true},
		{"said, then a ranked national title, a name and a phrase", "Harrow Bank was breached in May. \"The defendant betrayed his employer,\" said Assistant U.S. Attorney Mara Quell after the hearing.",
			schema.EventStatement, "mara-quell", "", true},
		{"a title and a cut-off word end the text", "The bank was sold. \"We will appeal,\" said Mr. Qua",
			schema.EventStatement, "", "", false},
		{"the rank and title are no name of their own", "Harrow Bank was breached in May. \"The defendant betrayed his employer,\" said Assistant U.S. Attorney Mara Quell after the hearing.",
			schema.EventStatement, "assistant-us-attorney-mara-quell", "", false},
	})
}

// TestHoursPrior checks that a count of hours or days before the narrative's last day dates
// the events of its sentence, and that a following object makes "before" a signal instead.
func TestHoursPrior(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"hours prior", "Grey Heron claimed the attack on Nimbus Systems on March 4, 2024. Less than 24 hours prior, Grey Heron hacked Harrow Bank.", "2024-03-03"},
		{"hours earlier", "Grey Heron claimed the attack on Nimbus Systems on March 4, 2024. Some 36 hours earlier, Grey Heron hacked Harrow Bank.", "2024-03-02"},
		{"before with an object", "Grey Heron claimed the attack on Nimbus Systems on March 4, 2024. Only 24 hours before the vote, Grey Heron hacked Harrow Bank.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			ev := findEvent(g, schema.EventIntrusion, "grey-heron", "")
			if !assert.NotNil(t, ev, eventsString(g)) {
				return
			}
			assert.Equal(t, tt.want, ev.Time.Value, eventsString(g))
		})
	}
}

// TestObjectHeadMultiword checks that a following multi-word name heads the object phrase
// even when the name itself is only weakly known.
func TestObjectHeadMultiword(t *testing.T) {
	g := extractText(t, "2024-06-10", "Grey Heron said it attacked the Norland state-owned Bank Tavo on Monday.")
	assert.NotNil(t, findEvent(g, schema.EventAttack, "grey-heron", "bank-tavo"), eventsString(g))
}

// TestAliasStaysAlias checks that a name given as another name ("better known as") stays an
// alias when it recurs alone, so the person keeps a person's name and kind and "his" finds him.
func TestAliasStaysAlias(t *testing.T) {
	g := extractText(t, "2024-06-10", "Jo Vance, a hacker better known as “NightOwlSupreme,” was arrested in May. "+
		"The United States is seeking his extradition. Prosecutors said NightOwlSupreme sold the data.")
	ev := findEvent(g, schema.EventLegal, "united-states", "jo-vance")
	assert.NotNil(t, ev, eventsString(g))
}

// TestParentheticalSpeaker checks that a speaker set between commas after a subject (", she
// said,", ", Quill said,", ", he noted, had already", ", the officials said,") does not do what
// the subject does: the name before the aside does it, and no one when the subject names no one.
func TestParentheticalSpeaker(t *testing.T) {
	const body = "Marta Quill, a former aide, testified on Tuesday. Hackers, Quill said, breached Tarn Bank in June. Grey Wren, she said, breached Orvell Freight in May."
	checkEventRules(t, "2024-06-10", []eventCase{
		{"the subject before a named speaker", body, schema.EventIntrusion, "hackers", "tarn-bank", true},
		{"not the named speaker", body, schema.EventIntrusion, "marta-quill", "tarn-bank", false},
		{"the subject before a pronoun speaker", body, schema.EventIntrusion, "grey-wren", "orvell-freight", true},
		{"not the pronoun's antecedent", body, schema.EventIntrusion, "marta-quill", "orvell-freight", false},
	})
	checkDoerCases(t, "2026-06-10", []doerCase{
		{"pronoun aside, a warning", "Marta Lind testified on Tuesday. Harrow Bank, she said, notified the Norland Cyber Agency in January.",
			"harrow-bank", "marta-lind", schema.EventWarning},
		{"aside before an auxiliary", "Marta Lind testified on Tuesday. Ash Spider, she noted, had already attacked Harrow Bank in June 2025.",
			"ash-spider", "marta-lind", schema.EventAttack},
		{"described speaker", "Ash Spider, the officials said, attacked Harrow Bank in June 2025.",
			"ash-spider", "harrow-bank", schema.EventAttack},
	})
	g := extractText(t, "2026-06-10", "Marta Lind testified on Tuesday. Two agents, she said, notified Harrow Bank in January.")
	assert.Nil(t, findEvent(g, schema.EventWarning, "marta-lind", ""), eventsString(g))
}

// TestPlaceNamesNoDoer checks that a place does not do the verb's deed nor speak: a town the
// gazetteer does not know, set after "in" behind a subject of described people or police, only
// places them; a place that names a region ("the Ostra and Velmi regions") or modifies the
// subject's noun ("Prague police", "a Texas hospital said") is no doer either, and a name the
// gazetteer does not know before a word for a part of a country is a place, as is one set after
// "in" behind a common noun and nowhere else ("militants in Ostra said": TestTownAfterIn).
func TestPlaceNamesNoDoer(t *testing.T) {
	tests := []struct {
		body   string
		places []string
		typ    schema.EventType
		town   bool // a town behind the subject: the sentence still tells the deed, the town's kind is left open
	}{
		{"Militants in Ostra attacked a police post on Sunday.", []string{"Ostra"}, schema.EventAttack, true},
		{"Police in Varno arrested a contractor on Monday.", []string{"Varno"}, schema.EventLegal, true},
		{"Two days later, gunmen in Tessary attacked a bus station.", []string{"Tessary"}, schema.EventAttack, true},
		{"The militants, who are active in the Ostra and Velmi regions, attacked a convoy on Sunday.", []string{"Ostra", "Velmi"}, schema.EventAttack, false},
		{"A group active in the Tessary province posted a statement on Sunday.", []string{"Tessary"}, schema.EventStatement, false},
		{"Prague police arrested a contractor, Tarek Vossim, on Monday.", []string{"Prague"}, schema.EventLegal, false},
		{"A Texas hospital said on Monday that hackers had stolen patient records.", []string{"Texas"}, schema.EventStatement, false},
		{"Militants in Ostra said on Monday that they had attacked a police post.", []string{"Ostra"}, schema.EventStatement, false},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			g := extractText(t, "2025-03-10", tt.body)
			if tt.town {
				require.NotEmpty(t, g.Events, names(g))
			}
			for _, p := range tt.places {
				a := actorByName(g, p)
				if a == nil {
					continue
				}
				if !tt.town {
					assert.Equal(t, schema.KindPlace, a.Kind, "%s: %v", p, names(g))
				}
				assert.Nil(t, findEvent(g, tt.typ, a.ID, ""), "%s does not do it: %s", p, eventsString(g))
			}
		})
	}
}

// TestTownAfterIn checks that a lone name the gazetteer does not know, set after "in" behind a
// common noun and written nowhere else in the article, is a town (townAfterIn, onlyIn): no
// speaker, no party to a step; a name the article writes again elsewhere keeps its kind, as do
// one behind a state's people ("prosecutors in Norland") and one behind a flaw.
func TestTownAfterIn(t *testing.T) {
	tests := []struct {
		body  string
		name  string
		place bool
	}{
		{"Militants in Ostra said on Monday that they had attacked a police post.", "Ostra", true},
		{"Prosecutors in Norland charged Tarek Vossim with fraud on Monday.", "Norland", false},
		{"The hackers found a vulnerability in Carrow on Monday.", "Carrow", false},
		{"A hospital in Velmi was hit by ransomware on Sunday, the Merrow Health Service said.", "Velmi", true},
		{"Police arrested a man in Tarn on Friday in connection with the attack.", "Tarn", true},
		{"Hackers hit two banks in Morvel on Sunday. Morvel blamed the Tessary Front for the attack.", "Morvel", false},
		{"Police arrested a teenager from Dunmere on Friday over the attack on the Halvik Water Board.", "Dunmere", true},
		{"Brannock Pay, which is based in Vessel, said hackers had stolen card data.", "Vessel", true},
		{"The insurer, headquartered in Colbrook, said it had notified customers of the breach.", "Colbrook", true},
		{"The hackers stole files from Arvenna and leaked them online.", "Arvenna", false},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			g := extractText(t, "2025-03-10", tt.body)
			a := actorByName(g, tt.name)
			if !tt.place {
				require.NotNil(t, a, names(g))
				assert.NotEqual(t, schema.KindPlace, a.Kind, names(g))
				return
			}
			if a == nil {
				return
			}
			assert.Equal(t, schema.KindPlace, a.Kind, names(g))
			for _, e := range g.Events {
				for _, p := range e.Participants {
					assert.NotEqual(t, a.ID, p.Actor, "%s takes no part: %s", tt.name, eventsString(g))
				}
			}
		})
	}
}

// TestApposedNameList: the participial adjunct after names listed beside a common noun object
// between commas ("sanctioned three firms, A, B and C, accusing them …"; apposedNames), a time
// phrase set off by commas between, is done by the main clause's subject, not by the names.
func TestApposedNameList(t *testing.T) {
	tests := []struct{ name, body, agent, not string }{
		{"two named", "The Norland Treasury sanctioned two Ostrian bankers, Ivo Marsh and Lena Hald, accusing them of laundering ransom payments.", "norland-treasury", "lena-hald"},
		{"time phrase set off", "The Norland Treasury sanctioned two brokers, Ivo Marsh and Lena Hald, in March 2023, accusing them of funding the Grey Osprey group.", "norland-treasury", "lena-hald"},
		{"three named", "The Norland Treasury sanctioned three firms, Orvo Trade, Kessel Data and Brin Logistics, accusing them of supplying drones.", "norland-treasury", "brin-logistics"},
		{"one named, a time phrase", "The Norland Treasury sanctioned a broker, Ivo Marsh, on Monday, accusing him of funding the Grey Osprey group.", "norland-treasury", "ivo-marsh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventAccusation, tt.agent, ""), eventsString(g))
			assert.Nil(t, findEvent(g, schema.EventAccusation, tt.not, ""), eventsString(g))
		})
	}
}

// TestHearerOwnsTeller: a passive verb of telling whose "by" phrase is only a possessive pronoun
// for its own subject and an unnamed body ("X was alerted by its foreign partners";
// hearerOwnsTeller) is no telling by X; a named teller still tells.
func TestHearerOwnsTeller(t *testing.T) {
	tests := []struct{ name, body, agent string }{
		{"its counterparts", "The Harl Port Authority was alerted by its Ostrian counterparts only after the leak.", "harl-port-authority"},
		{"its partners", "The Norland Data Office had been warned by its foreign partners in April, two officials said.", "norland-data-office"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			assert.Nil(t, findEvent(g, schema.EventWarning, tt.agent, ""), eventsString(g))
		})
	}
	g := extractText(t, "2025-06-10", "The Harl Port Authority was alerted by the Norland Data Office in May.")
	assert.NotNil(t, findEvent(g, schema.EventWarning, "norland-data-office", "harl-port-authority"), eventsString(g))
}

func TestParticipialAside(t *testing.T) {
	tests := []struct {
		name, body, notAgent, agent string
	}{
		{"court venue", "The complaint, filed in the Supreme Court of Ostland on Monday, alleges that Brellin Foods hid the breach.", "court-of-ostland", ""},
		{"town venue", "The lawsuit, lodged in federal court in Marston, accuses Brellin Foods of negligence.", "marston", ""},
		{"by keeps its agent", "The report, published by Quill Research on Monday, accused Brellin Foods of hiding the breach.", "", "quill-research"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-08-04", tt.body)
			if tt.notAgent != "" {
				for _, e := range g.Events {
					for _, p := range e.Participants {
						assert.False(t, p.Role == schema.RoleAgent && strings.HasSuffix(p.Actor, tt.notAgent), eventsString(g))
					}
				}
			}
			if tt.agent != "" {
				assert.NotNil(t, findEvent(g, schema.EventAccusation, tt.agent, ""), eventsString(g))
			}
		})
	}
}

// TestWhoClauseBeforeVerb: a non-restrictive "who" clause between a name and its verb is
// stepped over like an apposition: the name before it is the subject, not a name inside it.
func TestWhoClauseBeforeVerb(t *testing.T) {
	checkEventRules(t, "2026-05-18", []eventCase{
		{"shot, a place inside the clause", "Tomas Relli, who ran a news channel from Turkey, was shot dead on Saturday.",
			schema.EventAttack, "", "tomas-relli", true},
		{"shot, not the place", "Tomas Relli, who ran a news channel from Turkey, was shot dead on Saturday.",
			schema.EventAttack, "", "turkey", false},
		{"convicted after an age, not the employer", "Tomas Relli, 52, who worked for Brightwater Labs, was convicted on Saturday.",
			schema.EventLegal, "", "brightwater-labs", false},
		{"active verb after the clause", "Marta Lind, who advises the Orvane Ministry of Defence, warned Brightwater Labs on Monday.",
			schema.EventWarning, "marta-lind", "brightwater-labs", true},
	})
}

// TestPurposeDeedDoer checks that a purpose infinitive after the object of an active deed verb
// is done by that verb's subject, not by the name in its object (purposeDeed).
func TestPurposeDeedDoer(t *testing.T) {
	checkEventRules(t, "2024-06-10", []eventCase{
		{"impersonated a described contractor", "Grey Heron impersonated a Harrow Bank contractor to trick staff at Nimbus Systems.",
			schema.EventAttack, "grey-heron", "nimbus-systems", true},
		{"not the one impersonated", "Grey Heron impersonated a Harrow Bank contractor to trick staff at Nimbus Systems.",
			schema.EventAttack, "harrow-bank", "nimbus-systems", false},
		{"impersonated a name", "Grey Heron impersonated Harrow Bank to trick customers of Nimbus Systems.",
			schema.EventAttack, "harrow-bank", "nimbus-systems", false},
		{"a deceiving verb is left alone", "Grey Heron tricked Harrow Bank staff to install a loader.",
			schema.EventAttack, "grey-heron", "harrow-bank", true},
	})
}

// TestMeansVerbPurpose checks that a purpose infinitive after the object of a verb of means
// ("exploited a flaw in X software to access Y", cue meansverb) tells the deed of the means
// verb's subject, not of the maker named in its object, with the time of its clause, while an
// infinitive after a verb that is no past tense tells no deed done.
func TestMeansVerbPurpose(t *testing.T) {
	checkEventRules(t, "2025-06-24", []eventCase{
		{"exploited to access", "Grey Heron exploited a flaw in Nimbus software to access the network of Harrow Bank in mid-February 2025.",
			schema.EventIntrusion, "grey-heron", "harrow-bank", true},
		{"not the maker", "Grey Heron exploited a flaw in Nimbus software to access the network of Harrow Bank in mid-February 2025.",
			schema.EventIntrusion, "nimbus", "harrow-bank", false},
		{"abused to break into", "Grey Heron abused stolen Nimbus credentials to break into Orbis Freight in January.",
			schema.EventIntrusion, "grey-heron", "orbis-freight", true},
		{"perfect of a means verb", "Grey Heron has leveraged a Nimbus zero-day to infiltrate Orbis Freight.",
			schema.EventIntrusion, "grey-heron", "orbis-freight", true},
	})
}

// TestDemonymApposedName checks that a demonym describing a singular noun set in apposition
// with a name ("a Dutch insurer, X,") gives that name as the victim, not the country, while an
// envoy or a list keeps the state (describedName, apposedName).
func TestDemonymApposedName(t *testing.T) {
	checkEventRules(t, "2024-06-10", []eventCase{
		{"insurer in apposition", "Grey Heron breached a Dutch insurer, Harrow Mutual, in May.",
			schema.EventIntrusion, "grey-heron", "harrow-mutual", true},
		{"not the country", "Grey Heron breached a Dutch insurer, Harrow Mutual, in May.",
			schema.EventIntrusion, "grey-heron", "netherlands", false},
		{"apposition ends the sentence", "Grey Heron stole data from a Dutch lender, Veldkamp Credit.",
			schema.EventTheft, "grey-heron", "veldkamp-credit", true},
		{"a list keeps the country", "Grey Heron breached a Dutch insurer, Harrow Mutual and Nimbus Systems.",
			schema.EventIntrusion, "grey-heron", "harrow-mutual", false},
	})
}

// TestAdjunctPastApposedName checks that a participial adjunct after an object with a name in
// apposition ("convicted a Kestrian citizen, X, of espionage, sentencing him") is done by the
// main clause's subject, not by the apposed name (apposedNameBefore).
func TestAdjunctPastApposedName(t *testing.T) {
	checkEventRules(t, "2026-02-26", []eventCase{
		{"not the one convicted", "A court in Norland on Tuesday convicted a Kestrian citizen, Pavel Gerasko, of espionage, sentencing him to nine years in prison.",
			schema.EventLegal, "pavel-gerasko", "", false},
		{"the suer accuses, not the one sued", "Harrow Bank on Tuesday sued a former contractor, Nimbus Systems, over the breach, accusing it of leaking customer files.",
			schema.EventAccusation, "nimbus-systems", "", false},
	})
}

// TestSanctionTheftTargets checks whom sanctions and thefts fall on: the party after "sanctions
// on" past a list aside or a count of its people, the one named after the pronoun of the one
// imposing them, the party after a time ("imposed sanctions on Monday on X", "the same day on X"),
// the victim after "from" past a bounded sum, the antecedent of an object relative
// clause ("X, which Y sanctioned in 2024"), also past an apposition ("X, the company behind the
// campaign, which Y sanctioned"), the names a counted plural subject of a passive
// stands for ("Both men were also sanctioned by X"), and the sayer of a passive sanction as the
// one imposing it.
func TestSanctionTheftTargets(t *testing.T) {
	checkEventRules(t, "2026-03-18", []eventCase{
		{"sanctions on, among others, X", "The Norland Treasury in May imposed sanctions on, among others, Orvane Trading, a shipping firm.",
			schema.EventSanction, "norland-treasury", "orvane-trading", true},
		{"sanctions on a day, then on X", "The Norland Treasury imposed sanctions on Monday on Orvane Trading, a shipping firm.",
			schema.EventSanction, "norland-treasury", "orvane-trading", true},
		{"sanctions last week on X", "The Norland Treasury imposed sanctions last week on Orvane Trading.",
			schema.EventSanction, "norland-treasury", "orvane-trading", true},
		{"sanctions the same day on X", "Prosecutors charged two officers in May, and the Norland Treasury imposed sanctions the same day on Orvane Trading.",
			schema.EventSanction, "norland-treasury", "orvane-trading", true},
		{"sanctions on a day: the day is no party", "The Norland Treasury imposed sanctions on Monday.",
			schema.EventSanction, "norland-treasury", "", true},
		{"its sanctions on X: the pronoun imposes", "The Norland Treasury in May imposed its first sanctions on Orvane Trading.",
			schema.EventSanction, "norland-treasury", "orvane-trading", true},
		{"its sanctions on X: the pronoun is no target", "The Norland Treasury in May imposed its first sanctions on Orvane Trading.",
			schema.EventSanction, "norland-treasury", "norland-treasury", false},
		{"sanctions on officers of a body", "The Norland Treasury on Tuesday imposed sanctions on three officers of the Ostrovian Security Service.",
			schema.EventSanction, "norland-treasury", "ostrovian-security-service", true},
		{"theft of about a sum from X", "Grey Heron was behind the theft of about $230 million from the exchange Korvane.",
			schema.EventTheft, "grey-heron", "korvane", true},
		{"theft of more than a sum from X", "Grey Heron was behind the theft of more than $40 million from Harrow Bank in May.",
			schema.EventTheft, "grey-heron", "harrow-bank", true},
		{"a passive sanction told by the state body", "Orvane Systems was sanctioned for supplying servers to hackers, the Norland Treasury said.",
			schema.EventSanction, "norland-treasury", "orvane-systems", true},
		{"stole a bounded sum from a described exchange", "Hackers working for Grey Heron stole about $90 million from the Vessa-based exchange Korvane in May.",
			schema.EventTheft, "", "korvane", true},
		{"sanctioned in an object relative after an apposition", "The engineers worked for Orvane Systems, a Vessa-based front company that the Norland Treasury sanctioned in 2024.",
			schema.EventSanction, "norland-treasury", "orvane-systems", true},
		{"hacked in a which-relative", "The engineers worked for Orvane Systems, which Grey Heron hacked last year.",
			schema.EventIntrusion, "grey-heron", "orvane-systems", true},
		{"sanctioned in a which-relative after an apposition", "The engineers worked for Orvane Systems, the Vessa company behind the influence campaign, which the Norland Treasury sanctioned in 2024.",
			schema.EventSanction, "norland-treasury", "orvane-systems", true},
		{"an apposition holding a quoted label", "The engineers worked for Orvane Systems, the Vessa company behind the \"Mirror\" influence campaign, which the Norland Treasury sanctioned in 2024.",
			schema.EventSanction, "norland-treasury", "orvane-systems", true},
		{"a comma phrase without an article is no apposition", "The engineers worked for Orvane Systems, run from Vessa since 2019, which the Norland Treasury sanctioned in 2024.",
			schema.EventSanction, "norland-treasury", "orvane-systems", false},
		{"hacked by unnamed hackers in a which-relative: the antecedent is no doer", "Harrow Bank, which hackers breached in May, said it had restored its systems.",
			schema.EventIntrusion, "harrow-bank", "", false},
		{"hacked by unnamed hackers in a which-relative: the antecedent is the victim", "Harrow Bank, which hackers breached in May, said it had restored its systems.",
			schema.EventIntrusion, "", "harrow-bank", true},
		{"a subject relative takes no antecedent as object", "The engineers worked for Orvane Systems, which sued the Norland Treasury in 2024.",
			schema.EventLegal, "", "orvane-systems", false},
		{"a sanctions regime used is no sanction on its owner", "It was the first time the bloc had used its cyber sanctions regime against Grey Heron.",
			schema.EventSanction, "", "", false},
		{"that firm, as a verb's object, is the company named before", "Prosecutors charged three employees of Orvane Systems in May, and the Norland Treasury sanctioned that firm the same week.",
			schema.EventSanction, "norland-treasury", "orvane-systems", true},
		{"both men as a passive's subject are the ones sanctioned", "The Valmark Foreign Ministry sanctioned Pavel Dromik and Oleg Seluk in May. Both men were also sanctioned by the Norland Treasury.",
			schema.EventSanction, "norland-treasury", "oleg-seluk", true},
		{"both men as an active subject still do the deed", "The Valmark Foreign Ministry sanctioned Pavel Dromik and Oleg Seluk in May. Both men also hacked the Norland Treasury.",
			schema.EventIntrusion, "oleg-seluk", "norland-treasury", true},
		{"sanctions a subject imposed on X", "The fine follows the sanctions that the Norland Treasury imposed on Orvane Systems last year.",
			schema.EventSanction, "norland-treasury", "orvane-systems", true},
		{"sanctions a subject imposed past a time on X", "The fine follows sanctions the Norland Treasury imposed in September on Orvane Systems.",
			schema.EventSanction, "norland-treasury", "orvane-systems", true},
		{"a day after on is no target", "Orvane Systems called the sanctions the Norland Treasury imposed on Monday unlawful.",
			schema.EventSanction, "norland-treasury", "orvane-systems", false},
		{"a passive sanction told by the company itself has no sanctioner", "Orvane Systems was sanctioned for supplying servers, Harrow Bank said.",
			schema.EventSanction, "harrow-bank", "orvane-systems", false},
	})
}

// TestSpentDoingDoer checks that a participle completing a span of time after "spent" ("and
// spent weeks stealing files") is done by the subject of "spent", not by the name nearest
// before it (spentDoing).
func TestSpentDoingDoer(t *testing.T) {
	checkEventRules(t, "2025-11-10", []eventCase{
		{"coordinated spent", "Grey Heron breached Orbis Freight in May and spent weeks stealing files from Tarsis Bank.",
			schema.EventTheft, "grey-heron", "tarsis-bank", true},
		{"not the first verb's object", "Grey Heron breached Orbis Freight in May and spent weeks stealing files from Tarsis Bank.",
			schema.EventTheft, "orbis-freight", "tarsis-bank", false},
	})
}

// TestResidentBefore checks that a subject placed by age and residence ("X, 52, of Columbus,
// Ohio, was arrested") is the person before the apposition, not the state that places the
// town (residentBefore), with or without the age and after "from" as after "of".
func TestResidentBefore(t *testing.T) {
	checkEventRules(t, "2025-11-10", []eventCase{
		{"age, town and state", "Martin Oakes, 52, of Columbus, Ohio, was arrested by police on Thursday.",
			schema.EventLegal, "", "martin-oakes", true},
		{"not the state", "Martin Oakes, 52, of Columbus, Ohio, was arrested by police on Thursday.",
			schema.EventLegal, "", "ohio", false},
		{"no age", "Lena Varga, of Tampa, Florida, was charged on Monday with wire fraud.",
			schema.EventLegal, "", "lena-varga", true},
		{"from a town and country", "Dana Lutz, 47, from Leeds, England, was detained by police in May.",
			schema.EventLegal, "", "dana-lutz", true},
		{"age and town only, as before", "Ivo Berg, 38, of Plano, was indicted on Friday.",
			schema.EventLegal, "", "ivo-berg", true},
	})
}
