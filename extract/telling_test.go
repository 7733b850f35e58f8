package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// informedPairs lists the INFORMED relations of g as "source → target".
func informedPairs(g *graph.Graph) []string {
	var out []string
	for _, r := range g.Relations {
		if r.Type == schema.RelInformed {
			out = append(out, r.Source+" → "+r.Target)
		}
	}
	return out
}

// toldCase is one body with the told pairs it must give (want) and must not give (not).
type toldCase struct {
	name, body string
	want, not  []string
}

// checkTold extracts each case's body, published on the given day, and checks its told pairs.
func checkTold(t *testing.T, published string, tests []toldCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			got := informedPairs(g)
			for _, w := range tt.want {
				assert.Contains(t, got, w, eventsString(g))
			}
			for _, w := range tt.not {
				assert.NotContains(t, got, w, eventsString(g))
			}
		})
	}
}

// TestToldAudience checks who is told when the recipient is a described body of people
// ("told senators", "a memo to council members", "warned employees"), and that a country
// named only as the owner of the speakers' noun phrase ("the head of Norway's intelligence
// agency told …") is not the one who tells.
func TestToldAudience(t *testing.T) {
	tests := []toldCase{
		{"told senators", "Vesna Korr told senators on Tuesday that the intrusion had been contained.",
			[]string{"vesna-korr → senators"}, nil},
		{"memo to members", "Finance director Hal Brenning said in a memo to council members on Monday that the backups had survived.",
			[]string{"hal-brenning → council-members"}, nil},
		{"letter to board members", "Tilde Marr said in a letter to board members that the audit was late.",
			[]string{"tilde-marr → board-members"}, nil},
		{"counted institutions", "The Orvale Cyber Agency said it had notified all six ministries before publication.",
			[]string{"orvale-cyber-agency → six-ministries"}, nil},
		{"counted institutions, object", "The Orvale Cyber Agency alerted three banks on Friday.",
			[]string{"orvale-cyber-agency → three-banks"}, nil},
		{"leaders of described bodies", "The Orvale Cyber Agency had warned the leaders of the major parties in a classified briefing in April.",
			[]string{"orvale-cyber-agency → leaders-of-the-major-parties"}, nil},
		{"heads of a named body", "The Orvale Cyber Agency briefed the heads of Kestrel Bank in April.",
			[]string{"orvale-cyber-agency → kestrel-bank"}, []string{"orvale-cyber-agency → heads-of-kestrel-bank"}},
		{"described bodies", "In late 2023 the Orvale Cyber Agency warned state electoral bodies that Ash Heron was scanning their systems.",
			[]string{"orvale-cyber-agency → state-electoral-bodies"}, nil},
		{"warned employees", "The Orvale Cyber Agency warned employees on Monday that criminals might send phishing messages.",
			[]string{"orvale-cyber-agency → employees"}, nil},
		{"country owner of the speakers", "The head of Norway's domestic intelligence agency told senators on Thursday that the grid had been a target.",
			nil, []string{"norway → senators"}},
		{"country owner, named committee", "Norway's top intelligence officials told the Valmere Oversight Committee on Thursday that the grid had been a target.",
			nil, []string{"norway → valmere-oversight-committee"}},
		{"an unnamed object controls the infinitive", "Harrow Watch is calling on the Orvale Data Office to require networks to tell customers about every breach.",
			nil, []string{"orvale-data-office → customers", "harrow-watch → customers"}},
		{"infinitive stays a verb", "The Orvale Cyber Agency said it would act to protect customers from the fraud.",
			nil, []string{"orvale-cyber-agency → protect-customers"}},
	}
	checkTold(t, "2025-03-05", tests)
}

// TestWarnedObjectNotInSubclause checks that the first name after a verb of warning is not
// taken as the one warned when it is the subject of a clause that "before", "after", …
// opens, while an object before such a clause stays.
func TestWarnedObjectNotInSubclause(t *testing.T) {
	tests := []toldCase{
		{"pronoun subject of a before-clause",
			"Senator Mara Olwen, a member of the Tarn Oversight Committee, warned on Tuesday that the rule weakens oversight, and she accused the ministry of briefing only a handful of lawmakers before it took effect.",
			nil, []string{"mara-olwen → tarn-oversight-committee"}},
		{"object before the clause",
			"The Orvale Cyber Agency warned the Vell Harbour Board before the attackers struck.",
			[]string{"orvale-cyber-agency → vell-harbour-board"}, nil},
	}
	checkTold(t, "2025-03-05", tests)
}

// TestDescribedServiceWarns checks that an institution described without a name ("an allied
// intelligence service") is the one who warns when it warns someone named, and that it does
// not become the agent of a warning that names no one warned.
func TestDescribedServiceWarns(t *testing.T) {
	tests := []toldCase{
		{"named recipient", "An allied intelligence service alerted the Orvale Cyber Agency in May.",
			[]string{"allied-intelligence-service → orvale-cyber-agency"}, nil},
		{"pronoun recipient", "The Orvale Cyber Agency opened an inquiry in May, when an allied intelligence service alerted it to the plot.",
			[]string{"allied-intelligence-service → orvale-cyber-agency"}, nil},
	}
	checkTold(t, "2025-03-05", tests)
	g := extractText(t, "2025-03-05", "An allied intelligence service warned that the plot was advanced.")
	assert.Nil(t, findEvent(g, schema.EventWarning, "allied-intelligence-service", ""), eventsString(g))
}

// TestMessageTo checks that a written message addressed to someone tells them, its author
// being the subject of the main clause after a fronted phrase or of the verb before it.
func TestMessageTo(t *testing.T) {
	tests := []toldCase{
		{"fronted letter", "Tilde Marr criticised the plan on Tuesday. In a letter to Tobias Renk, she asked for a copy of the order.",
			[]string{"tilde-marr → tobias-renk"}, nil},
		{"fronted letter, titled recipient", "Tilde Marr criticised the plan on Tuesday. In a letter to Interior Minister Tobias Renk, she asked for a copy of the order.",
			[]string{"tilde-marr → tobias-renk"}, []string{"tobias-renk → tobias-renk"}},
		{"sent a letter", "Dara Veil sent a letter to the Orvale Cyber Agency on Monday.",
			[]string{"dara-veil → orvale-cyber-agency"}, nil},
		{"wrote in an email", "Dara Veil wrote in an email to Tobias Renk that the audit was late.",
			[]string{"dara-veil → tobias-renk"}, nil},
		{"said in a memo", "Dara Veil said in a memo to Tobias Renk that the audit was late.",
			[]string{"dara-veil → tobias-renk"}, nil},
		{"the letter as subject", "The letter to Tobias Renk was leaked by Ash Heron.",
			nil, []string{"ash-heron → tobias-renk"}},
		{"a note with its own modifier, after a perfect", "Dara Veil said she had handed a formal protest note to Tobias Renk on Monday.",
			[]string{"dara-veil → tobias-renk"}, nil},
		{"fronted disclosure to a market", "Brenmoor Insurance said on Monday that hackers had encrypted its servers. In a regulatory statement to the Osterholm Stock Exchange, the insurer said it had notified the Osterholm Data Authority.",
			[]string{"brenmoor-insurance → osterholm-stock-exchange", "brenmoor-insurance → osterholm-data-authority"},
			[]string{"osterholm-stock-exchange → osterholm-data-authority"}},
		{"fronted disclosure to a market's service", "Brenmoor Insurance said on Monday that hackers had encrypted its servers. In a statement to the Osterholm Stock Exchange's news service, the company said it had alerted the Osterholm Data Authority.",
			[]string{"brenmoor-insurance → osterholm-data-authority"},
			[]string{"osterholm-stock-exchange → osterholm-data-authority"}},
		{"a disclosure not fronted tells no one", "Brenmoor Insurance delayed the release to the Osterholm Stock Exchange of its annual report.",
			nil, []string{"brenmoor-insurance → osterholm-stock-exchange"}},
		{"fronted disclosure before a listed company", "Brenmoor Versicherung, the Kiel-based insurer, said on Monday that hackers had encrypted its servers. In a brief statement to the Osterholm Stock Exchange, the SDAX-listed company said it had notified the Osterholm Data Authority.",
			[]string{"brenmoor-versicherung → osterholm-stock-exchange", "brenmoor-versicherung → osterholm-data-authority"},
			[]string{"osterholm-stock-exchange → osterholm-data-authority"}},
		{"the foreign ministry of the dateline's state", "CANBERRA — Hackers breached Australia's electoral commission in May. On Monday the foreign ministry said it had handed a formal protest note to Tobias Renk, Karvia's envoy.",
			[]string{"australia → tobias-renk"}, nil},
	}
	checkTold(t, "2025-03-05", tests)
}

// TestToldWarningApart checks that a warning told to someone named in a later sentence stays
// apart from the same sender's earlier warning that names no one told: two acts.
func TestToldWarningApart(t *testing.T) {
	g := extractText(t, "2025-03-05", "Tilde Marr warned on Tuesday that the plan weakens oversight. "+
		"In a letter to Tobias Renk, she asked for a copy of the order.")
	assert.Equal(t, 2, countEventsWith(g, schema.EventWarning, "tilde-marr", schema.RoleAgent), eventsString(g))
	assert.NotNil(t, findEvent(g, schema.EventWarning, "tilde-marr", "tobias-renk"), eventsString(g))
}

// TestCrowdWarningApart checks that a warning told to hearers the text only describes ("warned
// staff") is not filled by a body the same teller is later said to have warned: two acts.
func TestCrowdWarningApart(t *testing.T) {
	tests := []struct{ name, body, teller, hearer string }{
		{"described staff, then a named agency", "The Orvale Transport Ministry warned staff on Monday that intruders had taken over two mailboxes. " +
			"Officials said the ministry had alerted the Norland Cyber Office.", "orvale-transport-ministry", "norland-cyber-office"},
		{"its customers, then a named regulator", "Kestrel Bank alerted its customers on Friday about fake login pages. " +
			"The bank said it had notified the Westerian Data Protection Office.", "kestrel-bank", "westerian-data-protection-office"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-05", tt.body)
			assert.Equal(t, 2, countEventsWith(g, schema.EventWarning, tt.teller, schema.RoleAgent), eventsString(g))
			assert.NotNil(t, findEvent(g, schema.EventWarning, tt.teller, tt.hearer), eventsString(g))
		})
	}
}

// TestCountryOwnerWarns checks that a country named only as the owner of a plural subject
// ("Norway's security services have warned") is not the one who warns, while one diplomatic
// body of the owner ("Norway's foreign ministry warned X") warns as that body (possessiveMissions).
func TestCountryOwnerWarns(t *testing.T) {
	g := extractText(t, "2025-03-05", "Norway's security services have repeatedly warned that espionage has increased.")
	assert.Nil(t, findEvent(g, schema.EventWarning, "norway", ""), eventsString(g))
	g = extractText(t, "2025-03-05", "Norway's foreign ministry warned Kestrel Bank about the plot on Monday.")
	assert.NotNil(t, findEvent(g, schema.EventWarning, "norwegian-foreign-ministry", "kestrel-bank"), eventsString(g))
}

// TestCoordinatedTelling checks that a past verb of warning joined by "and" to a verb before
// it, which the tagger reads as a participle, is a verb with its own object, not an adjective
// ("warned employees" as a described actor).
func TestCoordinatedTelling(t *testing.T) {
	g := extractText(t, "2025-03-05", "The Orvale Cyber Agency said it would offer credit monitoring to anyone whose data was exposed and warned employees on Tuesday that criminals might send phishing messages.")
	assert.Contains(t, informedPairs(g), "orvale-cyber-agency → employees", eventsString(g))
	for _, a := range g.Actors {
		assert.NotEqual(t, "warned employees", a.Name)
	}
}

// TestToldConjunct checks that a second name joined by "and" to the one warned is warned too,
// unless it starts a clause of its own.
func TestToldConjunct(t *testing.T) {
	g := extractText(t, "2025-03-05", "The Orvale Cyber Agency briefed Brightwater Labs and the Kestrel Bank in early April.")
	got := informedPairs(g)
	assert.Contains(t, got, "orvale-cyber-agency → brightwater-labs", eventsString(g))
	assert.Contains(t, got, "orvale-cyber-agency → kestrel-bank", eventsString(g))
	g = extractText(t, "2025-03-05", "The Orvale Cyber Agency warned Brightwater Labs and Kestrel Bank said it was patching its servers.")
	assert.NotContains(t, informedPairs(g), "orvale-cyber-agency → kestrel-bank", eventsString(g))
}

// TestFiledWithNotTeller checks that the body a document was filed with or sent to is not
// the one a pronoun after it means ("confirmed the breach in a filing submitted to the X,
// saying it had notified Y"; "In a report filed with the X, the company said it had …").
func TestFiledWithNotTeller(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{"pronoun after a filing's addressee", "Kestrel Bank confirmed the breach in a report filed with the Vesk Securities Commission on Monday, saying it had notified the Halden Police Service.",
			[]string{"kestrel-bank → halden-police-service"}, []string{"vesk-securities-commission → halden-police-service"}},
		{"fronted filing's addressee", "Kestrel Bank confirmed a breach on Monday. In a report filed with the Vesk Securities Commission, the company said it had alerted the Halden Police Service.",
			[]string{"kestrel-bank → halden-police-service"}, []string{"vesk-securities-commission → halden-police-service"}},
	})
}

// TestToldConjunctAfterApposition checks that a list of those told goes on past a name set in
// apposition to the first one's description or name ("notified the financial regulator,
// Finanstilsynet, as well as X").
func TestToldConjunctAfterApposition(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{"name beside a name, then as well as", "Kestrel Bank said it had notified the Danish Financial Supervisory Authority, Finanstilsynet, as well as the Danish Data Protection Agency.",
			[]string{"kestrel-bank → finanstilsynet", "kestrel-bank → danish-data-protection-agency"}, nil},
		{"name beside a name, then and", "Kestrel Bank said it had alerted the Danish Financial Supervisory Authority, Finanstilsynet, and the Danish Data Protection Agency on Monday.",
			[]string{"kestrel-bank → finanstilsynet", "kestrel-bank → danish-data-protection-agency"}, nil},
	})
}

// TestToldConjunctClassified checks that a list of those told goes on to a last conjunct whose
// name comes right after the common nouns that classify it ("and the energy regulator
// Arvel"), past a first one's description in apposition too, and that a conjunct whose nouns
// are not followed by a name tells no one new. A word of rank or reach before the name ("and
// the federal Department of Labor") classifies it too; before common nouns, none is told.
func TestToldConjunctClassified(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{"after an apposition", "Brenna Gas said it had informed Consob, the market regulator, and the energy regulator Arvel on Monday.",
			[]string{"brenna-gas → consob", "brenna-gas → arvel"}, nil},
		{"plain and", "Halden Bank notified the Norvik Securities Board and the data protection agency Datatilsynet within a day.",
			[]string{"halden-bank → norvik-securities-board", "halden-bank → datatilsynet"}, nil},
		{"nouns with no name after them", "Halden Bank notified the Norvik Securities Board and the police on Friday, Datatilsynet said.",
			[]string{"halden-bank → norvik-securities-board"}, []string{"halden-bank → datatilsynet"}},
		{"federal before the name", "Halden Bank said it had notified the Norvik Securities Board and the federal Department of Labor on Friday.",
			[]string{"halden-bank → norvik-securities-board", "halden-bank → department-of-labor"}, nil},
		{"federal, a possessive first", "Halden Bank notified the Ohio attorney general's office and the federal Department of Labor, as the law requires.",
			[]string{"halden-bank → department-of-labor"}, nil},
		{"national, to said again", "The Orvale Health Trust reported the intrusion to the Norvik Securities Board and to the national Data Protection Commission within hours.",
			[]string{"orvale-health-trust → norvik-securities-board", "orvale-health-trust → data-protection-commission"}, nil},
		{"federal before common nouns", "Halden Bank notified the Norvik Securities Board and the federal authorities on Friday.",
			[]string{"halden-bank → norvik-securities-board"}, nil},
	})
}

// TestPluralBusinessNameTells checks that a name ending in a plural business word ("Hospitals",
// "Clinics") or "Gas" is a body, so that its "it" tells: the pronoun is not handed to another
// body named earlier.
func TestPluralBusinessNameTells(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{"hospitals", "The Varno Cyber Agency warned hospitals about the gang in May. Medora Hospitals said it reported the intrusion to the Varno Police Service within six hours.",
			[]string{"medora-hospitals → varno-police-service"}, []string{"varno-cyber-agency → varno-police-service"}},
		{"gas", "The Varno Energy Board fined two suppliers in March. Brenna Gas said it had informed the Varno Police Service of the breach.",
			[]string{"brenna-gas → varno-police-service"}, []string{"varno-energy-board → varno-police-service"}},
	})
}

// TestTestimonyToTheCommittee checks that testimony with no one named as told goes to the
// article's one committee, and to none when the article names two.
func TestTestimonyToTheCommittee(t *testing.T) {
	g := extractText(t, "2025-03-05", "The Tarn Oversight Committee held a hearing on Tuesday. Dara Veil testified that the Orvale Cyber Agency had warned Kestrel Bank in May.")
	assert.Contains(t, informedPairs(g), "dara-veil → tarn-oversight-committee", eventsString(g))
	g = extractText(t, "2025-03-05", "The Tarn Oversight Committee and the Vell Budget Committee held hearings on Tuesday. Dara Veil testified that the Orvale Cyber Agency had warned Kestrel Bank in May.")
	for _, p := range informedPairs(g) {
		assert.NotContains(t, p, "dara-veil →", eventsString(g))
	}
	// testimony not yet given is told to no one
	for _, body := range []string{
		"The Tarn Oversight Committee will hold a hearing next month and has invited Dara Veil to testify.",
		"The Tarn Oversight Committee met on Tuesday. Dara Veil will testify in May.",
	} {
		g = extractText(t, "2025-03-05", body)
		assert.NotContains(t, informedPairs(g), "dara-veil → tarn-oversight-committee", eventsString(g))
	}
}

// TestUrgedCoordination checks that those a verb of advice urges to act may be a coordination
// of described bodies ("urged exchanges and other service providers to …"): the first conjunct
// that makes an actor is told; a bare modifier sharing the head ("water and power operators")
// makes none, and "advised" reads as "urged" does.
func TestUrgedCoordination(t *testing.T) {
	tests := []toldCase{
		{"urged a coordination", "The Orvale Cyber Agency urged exchanges and other service providers to freeze the stolen coins.",
			[]string{"orvale-cyber-agency → service-providers"}, nil},
		{"advised a list", "The Orvale Cyber Agency advised municipalities, regions and state agencies to review their defences.",
			[]string{"orvale-cyber-agency → state-agencies"}, nil},
		{"advised a name", "The Orvale Cyber Agency advised Kestrel Bank to reset its passwords.",
			[]string{"orvale-cyber-agency → kestrel-bank"}, nil},
		{"shared head", "The Orvale Cyber Agency urges water and power operators to hunt for the intruders.",
			nil, []string{"orvale-cyber-agency → power-operators"}},
		// the tagger reads the second verb of a coordination as an adjective ("and advised/JJ")
		{"coordinated advised", "On Friday, the Orvale Cyber Agency raised its threat level and advised municipalities, regions and state agencies to review their defences.",
			[]string{"orvale-cyber-agency → state-agencies"}, nil},
		{"coordinated urged", "The Orvale Cyber Agency raised its alert level and urged exchanges and other service providers to freeze the stolen coins.",
			[]string{"orvale-cyber-agency → service-providers"}, nil},
		{"coordinated asked a name", "The Orvale Cyber Agency confirmed the breach and asked Kestrel Bank to reset its passwords.",
			[]string{"orvale-cyber-agency → kestrel-bank"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-05", tt.body)
			got := informedPairs(g)
			for _, w := range tt.want {
				assert.Contains(t, got, w, "events: %s", eventsString(g))
			}
			for _, n := range tt.not {
				assert.NotContains(t, got, n, "events: %s", eventsString(g))
			}
		})
	}
}

// TestCautionedWarns checks that "cautioned X that …" is a warning to X, as "warned X that …".
func TestCautionedWarns(t *testing.T) {
	g := extractText(t, "2025-03-05", "The Orvale Cyber Agency had cautioned Kestrel Bank in January that its engineers were being approached by fake recruiters.")
	assert.Contains(t, informedPairs(g), "orvale-cyber-agency → kestrel-bank", eventsString(g))
}

// TestRequestFrom checks that a request answered by the verb's subject ("Y approved an
// extradition request from X") tells Y, by X, and that a subject outside the answering clause
// ("X was flown home after officials approved a request from Y") is not the one told.
func TestRequestFrom(t *testing.T) {
	g := extractText(t, "2025-03-05", "In June, the then Orvale Home Secretary, Karl Venn, formally approved an extradition request from the US.")
	assert.Contains(t, informedPairs(g), "united-states → karl-venn", eventsString(g))
	g = extractText(t, "2025-03-05", "Mira Holt was flown to the United States on Friday after Tarsanian authorities approved a request from the Justice Department, ending an extradition fight that began with her arrest in Lisbon in February.")
	assert.NotContains(t, informedPairs(g), "justice-department → mira-holt", eventsString(g))
}

// TestWroteTo checks that a verb of writing or complaining with its addressee ("wrote to X")
// is a statement told to X, that the addressee may be a name in apposition to a title ("wrote
// to the interior minister, Karl Venn"), and that the writers may be described ("a group of 11
// members of Parliament"), one actor with the article's plural abbreviation for them ("MPs").
func TestWroteTo(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"named writer", "Mira Holt wrote to Kestrel Bank in May.", []string{"mira-holt → kestrel-bank"}},
		{"complained", "The Orvale Cyber Agency complained to Kestrel Bank about the delay.", []string{"orvale-cyber-agency → kestrel-bank"}},
		{"addressee in apposition", "Mira Holt wrote to the interior minister, Karl Venn, demanding answers.", []string{"mira-holt → karl-venn"}},
		{"described writers", "On Wednesday, a group of 11 members of Parliament wrote to the interior minister, Karl Venn, demanding answers.",
			[]string{"members-of-parliament → karl-venn"}},
		{"described writers, abbreviated", "On Wednesday, a group of 11 members of Parliament wrote to the interior minister, Karl Venn, demanding answers. The MPs said they had not been briefed.",
			[]string{"mps → karl-venn"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-05", tt.body)
			got := informedPairs(g)
			for _, w := range tt.want {
				assert.Contains(t, got, w, "events: %s", eventsString(g))
			}
			for _, ev := range g.Events {
				if ev.Type == schema.EventWarning {
					t.Errorf("a letter is a statement told, not a warning: %s", eventsString(g))
				}
			}
		})
	}
}

// TestLetterWarns checks that a letter to described addressees that carries a warning ("wrote
// to all registered parties warning them that …") is one warning to them, not a statement too.
func TestLetterWarns(t *testing.T) {
	g := extractText(t, "2025-03-05", "On Wednesday, the Orvale Election Commission wrote to all registered parties warning them that they could be impersonated online.")
	assert.Contains(t, informedPairs(g), "orvale-election-commission → registered-parties", eventsString(g))
	for _, ev := range g.Events {
		assert.NotEqual(t, schema.EventStatement, ev.Type, eventsString(g))
	}
}

// TestAskedAfterThingComplement checks that a verb of asking coordinated after a "that"
// complement whose copula has a thing as subject ("confirmed … that the memo was genuine and
// asked X to …") has the reporting verb's subject, and takes its date; an actor as the
// complement's subject still asks.
func TestAskedAfterThingComplement(t *testing.T) {
	tests := []struct {
		name, body, want, date string
	}{
		{"confirmed … and asked", "The Tarsanian Defence Ministry confirmed on March 3 that the memo was genuine and asked the Federal Police to investigate.",
			"tarsanian-defence-ministry → federal-police", "2025-03-03"},
		{"said … and urged", "The Velmora Interior Ministry said on Monday that the leaked files were authentic and urged the National Cyber Agency to review its systems.",
			"velmora-interior-ministry → national-cyber-agency", "2025-03-03"},
		{"actor subject of the complement", "Officials said that the Orlan Cyber Agency was alarmed and asked Kestrel Bank to reset its passwords.",
			"orlan-cyber-agency → kestrel-bank", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-05", tt.body)
			assert.Contains(t, informedPairs(g), tt.want, eventsString(g))
			if tt.date == "" {
				return
			}
			found := false
			for _, e := range g.Events {
				if e.Type == schema.EventWarning && e.Time.Value == tt.date {
					found = true
				}
			}
			assert.True(t, found, eventsString(g))
		})
	}
}

// TestContactedTells checks that an active "contacted" with an actor as object tells that
// actor, as a passive with its named subject and its doer after "by" does, and that a passive
// with no subject named, a newspaper's call, a modal or an infinitive "contact" tells no one;
// "put X on notice" and "made X aware" (or its passive) tell X as "contacted X" does, and
// "reached out to X" (mostly a reporter's call for comment) does not.
func TestContactedTells(t *testing.T) {
	tests := []struct {
		name, body string
		want, not  []string
	}{
		{"agents contacted it", "The Kestrel Water Board said it learned of the intrusion when Orvale Police officers contacted it in May.",
			[]string{"orvale-police → kestrel-water-board"}, nil},
		{"named object", "The Orvale Cyber Agency contacted Kestrel Bank on Friday about the stolen credentials.",
			[]string{"orvale-cyber-agency → kestrel-bank"}, nil},
		{"object after the", "Kestrel Bank contacted the Orvale Cyber Agency two days after the breach.",
			[]string{"kestrel-bank → orvale-cyber-agency"}, nil},
		{"modal, object after the", "Customers of Kestrel Bank should contact the Orvale Cyber Agency if they see unusual charges.",
			nil, []string{"kestrel-bank → orvale-cyber-agency"}},
		{"passive", "Kestrel Bank did not respond when contacted by the Orvale Cyber Agency.",
			nil, []string{"kestrel-bank → orvale-cyber-agency"}},
		{"modal", "Customers of Kestrel Bank should contact the Orvale Cyber Agency if they see unusual charges.",
			nil, []string{"kestrel-bank → orvale-cyber-agency"}},
		{"sentence start", "Contacted by the Orvale Cyber Agency, Kestrel Bank declined to comment.", nil, nil},
		{"passive with its subject", "Kestrel Bank was contacted by the Orvale Cyber Agency in May.",
			[]string{"orvale-cyber-agency → kestrel-bank"}, nil},
		{"passive, a newspaper's call", "Kestrel Bank was contacted by Reuters on Monday.",
			nil, []string{"reuters → kestrel-bank"}},
		{"reached out is no telling", "Tomas Brenn reached out to Kestrel Bank for comment.",
			nil, []string{"tomas-brenn → kestrel-bank"}},
		{"reached out and asked is no telling", "The Harbour Ledger reached out to Kestrel Bank and asked about the stolen records.",
			nil, []string{"harbour-ledger → kestrel-bank"}},
		{"made aware", "The Orvale Cyber Agency made Kestrel Bank aware of the stolen credentials in May.",
			[]string{"orvale-cyber-agency → kestrel-bank"}, nil},
		{"made aware, passive, past the deed told", "Kestrel Bank was made aware of the breach by the Orvale Cyber Agency in May.",
			[]string{"orvale-cyber-agency → kestrel-bank"}, nil},
		{"made a partner is no telling", "The Orvale Cyber Agency made Kestrel Bank a partner in May.",
			nil, []string{"orvale-cyber-agency → kestrel-bank"}},
		{"a ransom note received is no telling", "Kestrel Bank received a ransom note from Vanta Spider in May.",
			nil, []string{"vanta-spider → kestrel-bank"}},
		{"put on notice", "The Orvale Cyber Agency put Kestrel Bank on notice in March.",
			[]string{"orvale-cyber-agency → kestrel-bank"}, nil},
		{"put on hold is no telling", "The Orvale Cyber Agency put Kestrel Bank on hold in March.",
			nil, []string{"orvale-cyber-agency → kestrel-bank"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-05", tt.body)
			got := informedPairs(g)
			for _, w := range tt.want {
				assert.Contains(t, got, w, eventsString(g))
			}
			for _, n := range tt.not {
				assert.NotContains(t, got, n, eventsString(g))
			}
		})
	}
	g := extractText(t, "2025-03-05", "Kestrel Bank did not respond when contacted by reporters.")
	for _, e := range g.Events {
		assert.NotEqual(t, schema.EventWarning, e.Type, eventsString(g))
	}
}

// TestToldObjectPronoun checks that a pronoun object of a verb of telling names who was told,
// and never the verb's own subject ("the FBI contacted it": it is not the FBI) nor that subject's
// possessor ("X learned of it only when Karsovia's National Security Authority alerted it").
func TestToldObjectPronoun(t *testing.T) {
	checkTold(t, "2026-03-12", []toldCase{
		{"contacted it", "Orvane Bank said the FBI contacted it in May.",
			[]string{"federal-bureau-of-investigation → orvane-bank"}, nil},
		{"informed it, in a when-clause", "The Dorsk Water Board acted in January, when the FBI informed it of the problem.",
			[]string{"federal-bureau-of-investigation → dorsk-water-board"}, nil},
		{"had warned it", "Talvik Bank hired outside investigators. The Kessel Cyber Agency had warned it in March.",
			[]string{"kessel-cyber-agency → talvik-bank"}, nil},
		{"subject of a clause, not an object", "The Harl Ministry of Finance confirmed it was among the victims.",
			nil, []string{"harl-ministry-of-finance → harl-ministry-of-finance"}},
		{"after a verb with of, a when-clause is its own", "The Dorsk Water Board learned of the intrusion in January, when the FBI informed it that its network had been compromised.",
			[]string{"federal-bureau-of-investigation → dorsk-water-board"}, []string{"dorsk-water-board → federal-bureau-of-investigation"}},
		{"the subject's owner is no object", "Harrow Shipping said it had learned of the intrusion only when Karsovia's National Security Authority alerted it in the autumn of 2024.",
			[]string{"national-security-authority → harrow-shipping"}, []string{"national-security-authority → karsovia"}},
	})
	// the warning's target is the pronoun's antecedent, not the possessor of the teller
	checkEventRules(t, "2026-03-12", []eventCase{
		{"the one told", "Harrow Shipping said it had learned of the intrusion only when Karsovia's National Security Authority alerted it in the autumn of 2024.",
			schema.EventWarning, "", "harrow-shipping", true},
		{"not the possessor", "Harrow Shipping said it had learned of the intrusion only when Karsovia's National Security Authority alerted it in the autumn of 2024.",
			schema.EventWarning, "", "karsovia", false},
	})
	// the possessive right after the pronoun told is the one told: its network was breached
	g := extractText(t, "2026-03-12", "The Dorsk Water Board learned of the intrusion in January, when the FBI informed it that its network had been compromised.")
	assert.Contains(t, eventsString(g), "intrusion(target=dorsk-water-board ")
}

// TestToldHandedOver checks that information handed over to someone is told to them ("shared
// a list with X", "passed details to X"; by a described institution too: "a foreign
// intelligence service delivered a written assessment to X"), a leak when it is secret, and that
// neither people nor goods handed over, nor spying for a state, make a tip-off.
func TestToldHandedOver(t *testing.T) {
	checkTold(t, "2026-03-12", []toldCase{
		{"shared with", "In September, the FBI shared a list of command servers with CERT Latvia.",
			[]string{"federal-bureau-of-investigation → cert-latvia"}, nil},
		{"passed details to", "The Kestrel Group passed details of the wallet to Polish police earlier this month.",
			[]string{"kestrel-group → polish-police"}, nil},
		{"shared with it", "Vistel Telecom removed the infected routers. CERT Latvia had shared lists of affected addresses with it in January.",
			[]string{"cert-latvia → vistel-telecom"}, nil},
		{"shared with it, a name and a misread plural inside the object", "Vistel Telecom removed the infected routers. CERT Latvia had shared lists of affected IP addresses with it in January.",
			[]string{"cert-latvia → vistel-telecom"}, []string{"cert-latvia → ip"}},
		{"handed them, secret", "Tomas Reld copied hundreds of classified pages, took them home and handed them to Ilse Varga, a reporter.",
			[]string{"tomas-reld → ilse-varga"}, nil},
		{"things, not information", "Jo Vance bought two phones in May and handed them to Mara Lind.",
			nil, []string{"jo-vance → mara-lind"}},
		{"a name inside an about-phrase", "Jo Vance passed classified documents about Norland radar sites to a journalist in 2024.",
			[]string{"jo-vance → journalist"}, nil},
		{"described receivers after a number", "Denis Varro emailed the files to three journalists.",
			[]string{"denis-varro → journalists"}, nil},
		{"a purpose is no receiver", "Officials said Denis Varro shared the material to impress younger members of the forum.",
			nil, []string{"denis-varro → members-of-the-forum"}},
		{"reported to described regulators", "Halden Systems said it had reported the breach to regulators on Monday.",
			[]string{"halden-systems → regulators"}, nil},
		{"a team is no information", "The Dorsk Cyber Agency sent a response team to Harlow Bank on Sunday.",
			nil, []string{"dorsk-cyber-agency → harlow-bank"}},
		{"spying for a state", "Prosecutors said Emil Varro had passed the files to a Selvarian diplomat.",
			nil, []string{"emil-varro → selvar"}},
		{"unnamed doer before who", "A former Kessel Agency analyst who passed classified files to a journalist was sentenced.",
			nil, []string{"kessel-agency → journalist"}},
		{"referred the matter to", "Orvane Telecom said in a statement that it had dismissed four employees in July and that it had referred the matter to the Norland Telecoms Authority.",
			[]string{"orvane-telecom → norland-telecoms-authority"}, nil},
		{"referred a case to", "The Marlow Data Office referred the case to the Norland Prosecution Service on Monday.",
			[]string{"marlow-data-office → norland-prosecution-service"}, nil},
		{"a patient referred to a hospital is no matter", "Doctors at Orvane Clinic referred the patient to Marlow General Hospital.",
			nil, []string{"orvane-clinic → marlow-general-hospital"}},
		{"a participle's to inside the object", "Marlow Security said it had shared indicators tied to the campaign with the Norland Cyber Agency in August.",
			[]string{"marlow-security → norland-cyber-agency"}, nil},
		{"a participle's to, a name inside the object", "Marlow Security shared files linked to Kestrel Spider with CERT Latvia on Monday.",
			[]string{"marlow-security → cert-latvia"}, []string{"marlow-security → kestrel-spider"}},
		{"an owner's named body", "Tresk Labs said it had shared samples and a draft of the research with Dorsk's National Cyber Security Centre in February.",
			[]string{"tresk-labs → national-cyber-security-centre"}, []string{"tresk-labs → dorsk"}},
		{"a state's described body", "Tresk Labs said it had shared its indicators with Norway's national computer incident response team.",
			[]string{"tresk-labs → norway"}, nil},
		{"a version of what was told", "The Dorsk Intelligence Office finally shared a sanitized version with the Orvale Cyber Agency on Jan. 21.",
			[]string{"dorsk-intelligence-office → orvale-cyber-agency"}, nil},
		{"a demonym's government", "Tresk Labs shared its indicators with the Norwegian government in May.",
			[]string{"tresk-labs → norway"}, nil},
		{"a demonym's authorities", "The Kestrel Group passed details of the wallet to Dutch authorities earlier this month.",
			[]string{"kestrel-group → netherlands"}, nil},
		{"a demonym's diplomat is no body", "Prosecutors said Emil Varro had passed the files to a Norwegian diplomat.",
			nil, []string{"emil-varro → norway"}},
		{"a state's envoy is no body of it", "Prosecutors said Emil Varro had passed the files to Norway's ambassador.",
			nil, []string{"emil-varro → norway"}},
		{"a described institution hands over", "According to the report, a foreign intelligence service delivered a written assessment to the Norland Office of Analysis on Nov. 4, 2024.",
			[]string{"foreign-intelligence-service → norland-office-of-analysis"}, nil},
		{"an allied service shares", "An allied intelligence service shared details of the plot with the Dorsk Security Service in March.",
			[]string{"allied-intelligence-service → dorsk-security-service"}, nil},
		{"described people are no institution", "Three journalists shared details of the plot with the Dorsk Security Service in March.",
			nil, []string{"journalists → dorsk-security-service"}},
		{"a body's agents act for it", "The Kessel Bureau opened an inquiry. Bureau agents notified Orvane Bank in January and passed a written summary to the Norland Cyber Office.",
			[]string{"kessel-bureau → norland-cyber-office"}, nil},
		{"a body's officials act for it", "Kessel Agency officials shared a list of servers with CERT Latvia in May.",
			[]string{"kessel-agency → cert-latvia"}, nil},
		{"intercepts shared", "The Dorsk Security Service shared the intercepts with the Orvale Cyber Agency on Feb. 11.",
			[]string{"dorsk-security-service → orvale-cyber-agency"}, nil},
		{"samples shared", "Tresk Labs shared malware samples with CERT Latvia in March.",
			[]string{"tresk-labs → cert-latvia"}, nil},
		{"logs handed over", "Harlow Bank handed its server logs to the Norland Cyber Office in May.",
			[]string{"harlow-bank → norland-cyber-office"}, nil},
		{"relayed to", "The Dorsk Cyber Agency relayed the warning to Harlow Bank on Monday.",
			[]string{"dorsk-cyber-agency → harlow-bank"}, nil},
		{"presented to", "Kestrel Labs presented its evidence to the Norland Cyber Office in May.",
			[]string{"kestrel-labs → norland-cyber-office"}, nil},
		{"escalated to", "Kestrel Labs escalated the alert to the Norland Cyber Office within the hour.",
			[]string{"kestrel-labs → norland-cyber-office"}, nil},
		{"raised concerns with", "Kestrel Labs raised concerns with the Norland Cyber Office about the breach in May.",
			[]string{"kestrel-labs → norland-cyber-office"}, nil},
		{"raised the matter with, about-phrase first", "Tomas Brenn said he raised the matter of the stolen files with the Norland Cyber Office in March.",
			[]string{"tomas-brenn → norland-cyber-office"}, nil},
		{"sounded the alarm with", "Kestrel Labs sounded the alarm with the Norland Cyber Office on Friday.",
			[]string{"kestrel-labs → norland-cyber-office"}, nil},
		{"flagged to", "Kestrel Labs flagged the suspicious transfers to the Norland Cyber Office in May.",
			[]string{"kestrel-labs → norland-cyber-office"}, nil},
		{"flagged as, no one told", "Kestrel Labs flagged the transfers from the Norland Cyber Office as suspicious.",
			nil, []string{"kestrel-labs → norland-cyber-office"}},
		{"raised money is no concern", "Kestrel Labs raised $5 million with the Norland Cyber Office in May.",
			nil, []string{"kestrel-labs → norland-cyber-office"}},
		{"communicated to", "Kestrel Labs communicated its findings to the Norland Cyber Office in May.",
			[]string{"kestrel-labs → norland-cyber-office"}, nil},
		{"presented an award is no telling", "Kestrel Labs presented an award to the Norland Cyber Office in May.",
			nil, []string{"kestrel-labs → norland-cyber-office"}},
	})
}

// TestToldByTheMinistry checks that "the ministry" is the ministry the story is about when
// another ministry was named last but only once ("Norvale's defence ministry … Selvar's foreign
// ministry denied … The ministry said it had informed NATO"), and the one named last otherwise.
func TestToldByTheMinistry(t *testing.T) {
	story := "The Norvale Ministry of Defence said on Monday that its personnel database had been copied. " +
		"The Norvale Ministry of Defence blamed hackers working for Selvar. " +
		"A spokesman for the Norvale Ministry of Defence said the intruders used a contractor's account. " +
		"The Selvar Foreign Ministry denied any involvement. "
	checkTold(t, "2026-05-20", []toldCase{
		{"the ministry the story is about", story + "The ministry said it had informed NATO on Tuesday.",
			[]string{"norvale-ministry-of-defence → nato"}, []string{"selvar-foreign-ministry → nato"}},
		{"the ministry named last, when mentioned as often", "The Norvale Ministry of Defence said its database had been copied. The Selvar Foreign Ministry denied any involvement. The ministry said it had informed NATO on Tuesday.",
			[]string{"selvar-foreign-ministry → nato"}, nil},
	})
}

// TestHandedOverLeak checks that secret information handed over is a leak by the giver, with
// the receiver and the owner of the secrets as targets.
func TestHandedOverLeak(t *testing.T) {
	g := extractText(t, "2026-03-12", "Jo Vance handed over confidential records of Harrow Bank to Ash Spider.")
	assert.Contains(t, eventsString(g), "leak(agent=jo-vance target=ash-spider target=harrow-bank ")
}

// TestCountedPluralTold checks that a counted plural description ("both utilities", "the
// three banks") tells, or acts as, exactly the actors of its kind the article named together
// just before, and none when the count or the kind does not fit.
func TestCountedPluralTold(t *testing.T) {
	checkTold(t, "2026-03-05", []toldCase{
		{"both, sentence before", "Hackers breached Varnholm Energi and Selby Water in February, the Dorvane Cyber Agency said on Thursday. The agency has notified both utilities and alerted the Interior Ministry.",
			[]string{"dorvane-cyber-agency → varnholm-energi", "dorvane-cyber-agency → selby-water", "dorvane-cyber-agency → interior-ministry"}, nil},
		{"the three, a list", "Hackers stole data from Kestrel Bank, Orland Bank and Fenwick Bank last month. The Dorvane Cyber Agency warned the three banks on Monday.",
			[]string{"dorvane-cyber-agency → kestrel-bank", "dorvane-cyber-agency → orland-bank", "dorvane-cyber-agency → fenwick-bank"},
			[]string{"dorvane-cyber-agency → three-banks"}},
		{"both as the subject", "Hackers breached Varnholm Energi and Selby Water in February. Both companies notified the Dorvane Cyber Agency on Friday.",
			[]string{"varnholm-energi → dorvane-cyber-agency", "selby-water → dorvane-cyber-agency"}, nil},
		{"possessed name stays with its owner", "The flaws sit in Tarrow Systems' Falcon-9 routers, and in several Quillon Networks switches. The Dorvane Cyber Agency said it notified both vendors on Monday.",
			[]string{"dorvane-cyber-agency → tarrow-systems", "dorvane-cyber-agency → quillon-networks"}, nil},
		{"count does not fit", "Hackers stole data from Kestrel Bank, Orland Bank and Fenwick Bank last month. The Dorvane Cyber Agency warned both banks on Monday.",
			nil, []string{"dorvane-cyber-agency → kestrel-bank", "dorvane-cyber-agency → orland-bank", "dorvane-cyber-agency → fenwick-bank"}},
		{"kind does not fit", "Hackers breached Varnholm Energi and Selby Water in February, officials said. The Dorvane Cyber Agency has notified both ministries.",
			nil, []string{"dorvane-cyber-agency → varnholm-energi", "dorvane-cyber-agency → selby-water"}},
		{"names not coordinated", "Varnholm Energi confirmed the breach in a statement to Selby Water. The Dorvane Cyber Agency has notified both companies.",
			nil, []string{"dorvane-cyber-agency → varnholm-energi", "dorvane-cyber-agency → selby-water"}},
	})
}

// TestTrailingSpeakingPronoun checks that a speaking pronoun set after its words ("…, it said")
// with no subject before it in its sentence continues the sentence before's speaker, not the
// last name that sentence mentioned.
func TestTrailingSpeakingPronoun(t *testing.T) {
	tests := []struct {
		name, body, agent, notAgent string
	}{
		{"continues the speaker", "Kestrel Labs said the intruders installed a custom backdoor it calls Quillbox. The same backdoor was used against two other ministries in 2024, it said.",
			"kestrel-labs", "quillbox"},
		{"its own sentence's subject first", "Kestrel Labs said Orbis Freight had been breached. Harrow Bank was breached in May, and it said on Monday that data was taken.",
			"harrow-bank", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventStatement, tt.agent, ""), eventsString(g))
			if tt.notAgent != "" {
				assert.Nil(t, findEvent(g, schema.EventStatement, tt.notAgent, ""), eventsString(g))
			}
		})
	}
}

// TestReportFromAuthor checks that a report, a statement or an advisory "from X" followed by a
// verb telling its content is X's, and that a report "from X" only cited names no author.
func TestReportFromAuthor(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent      string
		want       bool
	}{
		{"a report from X that detailed", "The disclosure follows a report from Kestrel Labs last month that detailed Grey Heron's exploitation of flaws in webmail servers.",
			schema.EventReport, "kestrel-labs", true},
		{"an advisory from X warned", "An advisory from the Norland Cyber Centre on Monday warned banks about Grey Heron.",
			schema.EventWarning, "norland-cyber-centre", true},
		{"a report from X only cited", "Officials cited a report from Kestrel Labs.",
			schema.EventReport, "kestrel-labs", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			assert.Equal(t, tt.want, findEvent(g, tt.typ, tt.agent, "") != nil, eventsString(g))
		})
	}
}

// TestSaidResponsibleAcrossApposition checks that "X said Y, <apposition or relative clause>,
// was responsible for the theft" accuses Y, like "X said Y was responsible".
func TestSaidResponsibleAcrossApposition(t *testing.T) {
	tests := []struct{ name, body string }{
		{"plain", "Orbis Freight lost $40 million. The FBI said Slate Wren was responsible for the theft."},
		{"a relative clause with a quoted description", "Orbis Freight lost $40 million. The FBI said Slate Wren, which it described as \"state-sponsored cyber actors,\" was responsible for the theft."},
		{"an apposition", "Orbis Freight lost $40 million. The FBI said Slate Wren, a hacking group, was behind the theft."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventAccusation, "federal-bureau-of-investigation", "slate-wren"), eventsString(g))
		})
	}
}

// TestSameMessage checks that a message received as "the same" one is told by the sender of the
// message just told, and that a receipt naming no earlier message keeps no sender.
func TestSameMessage(t *testing.T) {
	tests := []toldCase{
		{"the same alert", "On March 4, Lena Dorsk, a reporter for the Harwell Courier, was told by Brightwave Phones that her handset had been targeted. Her colleague Tomas Ferro received the same alert within the hour.",
			[]string{"brightwave-phones → lena-dorsk", "brightwave-phones → tomas-ferro"}, nil},
		{"the same warning, active", "The Orvale Cyber Agency warned Kestrel Bank on Monday that its mail server was exposed. Harwell Insurance received the same warning a day later.",
			[]string{"orvale-cyber-agency → kestrel-bank", "orvale-cyber-agency → harwell-insurance"}, nil},
		{"a similar alert is another's", "The Orvale Cyber Agency warned Kestrel Bank on Monday that its mail server was exposed. Harwell Insurance received a similar alert a day later.",
			nil, []string{"orvale-cyber-agency → harwell-insurance"}},
		{"no message before", "Brenmoor Telecom published its results on Monday. Harwell Insurance received the same alert a day later.",
			nil, []string{"brenmoor-telecom → harwell-insurance"}},
	}
	checkTold(t, "2025-03-05", tests)
}

// TestReportedToDescribed checks that a report made to described authorities ("reported the
// breach to regulators") is a warning told to them, as one made to a named authority is.
func TestReportedToDescribed(t *testing.T) {
	for _, tc := range []struct{ name, body, to string }{
		{"described", "Harwell Freight said on Monday that it had reported the breach to regulators.", "regulators"},
		{"named", "Harwell Freight said on Monday that it had reported the breach to the Orvale Data Office.", "orvale-data-office"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := extractText(t, "2025-03-05", tc.body)
			assert.NotNil(t, findEvent(g, schema.EventWarning, "harwell-freight", tc.to), eventsString(g))
			assert.Nil(t, findEvent(g, schema.EventReport, "harwell-freight", tc.to), eventsString(g))
		})
	}
}

// TestReportedSomeoneTo checks that one who reports someone to a body tells that body ("reported
// the company to the regulator"), and that the body a former worker worked at neither tells nor
// acts for them ("A former engineer at X reported …").
func TestReportedSomeoneTo(t *testing.T) {
	checkTold(t, "2026-03-12", []toldCase{
		{"reported a firm to a regulator", "Mira Holt reported Calder Freight to the Orvale Data Office in May.",
			[]string{"mira-holt → orvale-data-office"}, nil},
		{"reported a described firm", "The Orvale Data Office fined Calder Freight last year. Mira Holt had reported the company to the Orvale Data Office in May.",
			[]string{"mira-holt → orvale-data-office"}, []string{"calder-freight → orvale-data-office"}},
		{"a former worker's employer tells no one", "A former engineer at Calder Freight reported the company to the Orvale Data Office in 2024.",
			nil, []string{"calder-freight → orvale-data-office"}},
		{"reported him", "Calder Freight dismissed an engineer last spring. The company reported him to the Orvale Police a week later.",
			[]string{"calder-freight → orvale-police"}, nil},
		{"reported her", "Mira Holt suspected her deputy of selling client lists and reported her to the Orvale Data Office in May.",
			[]string{"mira-holt → orvale-data-office"}, nil},
	})
	for _, body := range []string{
		"A former engineer at Calder Freight told the Orvale Data Office in 2024 that its controls were weak.",
		"A former deputy director of Calder Freight told the Orvale Data Office on Monday that its controls were weak.",
		"An ex-analyst at Calder Freight warned the Orvale Data Office in May.",
		"A former Calder Freight contractor leaked customer files in 2024.",
	} {
		g := extractText(t, "2026-03-12", body)
		for _, ev := range g.Events {
			assert.False(t, hasParticipant(ev, "calder-freight", schema.RoleAgent), eventsString(g))
		}
	}
}

// TestUnsaidTeller checks that a warning in the passive naming no teller ("X was notified on
// Tuesday") is given by the one body whose statement tells of it, and by no person, outlet or
// second speaker.
func TestUnsaidTeller(t *testing.T) {
	checkTold(t, "2026-03-12", []toldCase{
		{"trailing attribution", "The Orvale Data Office was notified on Tuesday, Calder Freight said.",
			[]string{"calder-freight → orvale-data-office"}, nil},
		{"attribution before", "Calder Freight said the Orvale Data Office had been alerted on Monday.",
			[]string{"calder-freight → orvale-data-office"}, nil},
		{"told by a means", "Customers were warned by letter on Friday, Calder Freight said.",
			[]string{"calder-freight → customers"}, nil},
		{"a described teller is a teller", "The Orvale Data Office was alerted by a security firm on Tuesday, Calder Freight said.",
			nil, []string{"calder-freight → orvale-data-office"}},
		{"a person's saying gives no teller", "The Orvale Data Office was notified on Tuesday, Mira Holt said.",
			nil, []string{"mira-holt → orvale-data-office"}},
		{"a named teller stays", "The Orvale Data Office was notified by Brisk Security on Tuesday, Calder Freight said.",
			[]string{"brisk-security → orvale-data-office"}, []string{"calder-freight → orvale-data-office"}},
	})
}

// TestStaffAtTold checks that people at a body who are handed or told something ("officials
// at X", "reporters at three news organizations", "told executives at X") stand for that body,
// that reporters told something at a place are not its people, and that files handed to
// reporters are a leak told to them.
func TestStaffAtTold(t *testing.T) {
	checkTold(t, "2026-03-12", []toldCase{
		{"shared with officials at", "The Orvale Cyber Agency shared the details with officials at Kestrel Bank on Monday.",
			[]string{"orvale-cyber-agency → kestrel-bank"}, []string{"orvale-cyber-agency → officials"}},
		{"files to reporters at described outlets", "Prosecutors say Dmitri Volkan ran the accounts and emailed selected files to reporters at three news organizations the same week.",
			[]string{"dmitri-volkan → news-organizations"}, nil},
		{"told executives at", "The Orvale Cyber Agency told executives at Kestrel Bank about the stolen credentials.",
			[]string{"orvale-cyber-agency → kestrel-bank"}, nil},
		{"told reporters at a place", "Lena Okafor told reporters at the Orvale Cyber Agency that the breach was serious.",
			nil, []string{"lena-okafor → orvale-cyber-agency"}},
		{"a secret to reporters at a newspaper stays untold", "Prosecutors say Ivo Brandt copied secret files in 2025 and handed them to reporters at the Harwell Courier.",
			nil, []string{"ivo-brandt → harwell-courier"}},
	})
	g := extractText(t, "2026-03-12", "Prosecutors say Dmitri Volkan emailed selected files to reporters at the Harwell Courier in May.")
	assert.NotNil(t, findEvent(g, schema.EventLeak, "dmitri-volkan", "harwell-courier"), eventsString(g))
}

// TestSentenceStartRun checks that a name the article writes inside a sentence keeps its first
// word at the start of one, though the tagger reads that word as an adjective: the teller is
// the whole name.
func TestSentenceStartRun(t *testing.T) {
	checkTold(t, "2026-03-12", []toldCase{
		{"adjective-like first word", "A ransomware gang listed Estuary Ferry Lines on its leak site on Tuesday. Estuary Ferry Lines said it had informed the Orvale Data Office.",
			[]string{"estuary-ferry-lines → orvale-data-office"}, []string{"ferry-lines → orvale-data-office"}},
	})
}

// TestLedeTeller checks that a telling the opening sentence gives only a described teller is the
// statement of the person the next sentence names as saying something, told to those told; a
// named teller in the opening sentence keeps it.
func TestLedeTeller(t *testing.T) {
	checkTold(t, "2026-03-12", []toldCase{
		{"described teller named next", "Hackers who hit the port of Drevna last week work for a foreign spy service, Norway's top cyber official told the Orvale Oversight Committee on Wednesday. Mira Kestrel, the director of the Orvale Cyber Office, said her office had traced the attack to a group it calls Grey Heron.",
			[]string{"mira-kestrel → orvale-oversight-committee"}, nil},
		{"named teller keeps it", "Tomas Brenn told the Orvale Oversight Committee on Wednesday that the port of Drevna had been hit. Mira Kestrel, the director of the Orvale Cyber Office, said her office had traced the attack to a group it calls Grey Heron.",
			[]string{"tomas-brenn → orvale-oversight-committee"}, []string{"mira-kestrel → orvale-oversight-committee"}},
	})
}

// TestProtestedToHeadquarters checks that "protested to X" tells X, and that "<words>
// Headquarters" is the one body the article names with those words.
func TestProtestedToHeadquarters(t *testing.T) {
	checkTold(t, "2026-03-12", []toldCase{
		{"protested to the headquarters of a named body", "The Department of Maritime Affairs confirmed the leak on Monday. The Kestrel Foreign Office protested to Maritime Affairs Headquarters in Drevna on Tuesday.",
			[]string{"kestrel-foreign-office → department-of-maritime-affairs"}, []string{"kestrel-foreign-office → maritime-affairs-headquarters"}},
		{"protested to a named body", "The Kestrel Foreign Office protested to the Orvale Data Office on Tuesday.",
			[]string{"kestrel-foreign-office → orvale-data-office"}, nil},
	})
}

// TestMessageSentAndMakerApposition checks that a message given to an indirect object ("sent her
// a letter", "sent Y a letter") tells that one, and that a name shaped like an agency's that an
// apposition with a hyphenated place modifier calls a maker ("X Intelligence, a Cyprus-registered
// maker of spyware") is a company.
func TestMessageSentAndMakerApposition(t *testing.T) {
	checkTold(t, "2026-03-12", []toldCase{
		{"sent her a letter", "Lena Dorsk published an analysis of the spyware in March. Weeks later, Kestrel Labs sent her a letter threatening a defamation suit.",
			[]string{"kestrel-labs → lena-dorsk"}, nil},
		{"sent a named person a letter", "Tomas Brenn sent Mira Kestrel a letter on Friday asking for the report.",
			[]string{"tomas-brenn → mira-kestrel"}, nil},
		{"bought her a phone is no message", "Tomas Brenn bought Mira Kestrel a phone on Friday.",
			nil, []string{"tomas-brenn → mira-kestrel"}},
		{"gave a named body a warning", "The Dorsk Cyber Agency gave Harlow Bank a warning about the campaign in May.",
			[]string{"dorsk-cyber-agency → harlow-bank"}, nil},
		{"handed a named body evidence, no determiner", "Kestrel Labs handed the Norland Cyber Office evidence of the intrusion on Friday.",
			[]string{"kestrel-labs → norland-cyber-office"}, nil},
		{"issued a named body a warning", "The Dorsk Cyber Agency issued Harlow Bank a formal warning on Monday.",
			[]string{"dorsk-cyber-agency → harlow-bank"}, nil},
		{"issued a fine is no telling", "The Dorsk Data Office issued Harlow Bank a fine on Monday.",
			nil, []string{"dorsk-data-office → harlow-bank"}},
		{"handed a secret is no telling", "Tomas Brenn handed Mira Kestrel classified information in a park.",
			nil, []string{"tomas-brenn → mira-kestrel"}},
		{"gave access is no information", "Tomas Brenn gave Mira Kestrel access to the server.",
			nil, []string{"tomas-brenn → mira-kestrel"}},
	})
	g := extractText(t, "2026-03-12", "The Orvale Council imposed sanctions on Harwell Intelligence, a Cyprus-registered maker of commercial spyware, on Wednesday. In a statement, the company said it sells only to governments.")
	found := false
	for _, a := range g.Actors {
		if a.ID == "harwell-intelligence" {
			found = true
			assert.Equal(t, schema.KindOrganization, a.Kind)
		}
	}
	assert.True(t, found, eventsString(g))
	assert.NotNil(t, findEvent(g, schema.EventStatement, "harwell-intelligence", ""), eventsString(g))
}

// TestInvitedTells checks that "invited X to <verb>" is read as "asked X to": the inviter tells X.
func TestInvitedTells(t *testing.T) {
	checkTold(t, "2026-03-12", []toldCase{
		{"invited to testify", "The Orvale Oversight Committee said on Monday that it had invited Mira Kestrel to testify.",
			[]string{"orvale-oversight-committee → mira-kestrel"}, nil},
	})
}

// TestTestifiedBefore checks that testimony given "before" a body is told to it.
func TestTestifiedBefore(t *testing.T) {
	checkTold(t, "2026-03-12", []toldCase{
		{"testified for hours before", "Director Mira Kestrel testified for three hours before the Orvale Oversight Committee on Thursday. The Orvale Budget Committee will hear her next week.",
			[]string{"mira-kestrel → orvale-oversight-committee"}, nil},
		{"before a newspaper is no testimony", "Mira Kestrel testified before The Guardian reported the leak.",
			nil, []string{"mira-kestrel → the-guardian"}},
	})
}

// TestMadeKnownTo checks that whoever a report is made to is told: "reported it to X" (the
// thing told as a pronoun), "disclosed the incident to X", "revealed the breach to X"; and that
// a government body named after a possessive description or state ("the city's Information
// Bureau", "Norvania's Investigation Bureau") is the one told, not its owner.
func TestMadeKnownTo(t *testing.T) {
	checkTold(t, "2025-06-02", []toldCase{
		{"reported it to", "Keldor Avionics detected the intrusion in May and reported it to the FBI.",
			[]string{"keldor-avionics → federal-bureau-of-investigation"}, nil},
		{"disclosed to", "Marrow Payroll disclosed the incident to the Securities and Exchange Commission on Monday.",
			[]string{"marrow-payroll → securities-and-exchange-commission"}, nil},
		{"revealed to", "Orvik Systems revealed the breach to the Ministry of Finance in May.",
			[]string{"orvik-systems → ministry-of-finance"}, nil},
		{"city's bureau", "Lumen Tessary informed the city's Information Bureau of the breach in February.",
			[]string{"lumen-tessary → information-bureau"}, nil},
		{"state's national team", "Keldor Avionics said it had alerted Norvania's national Computer Incident Response Team (NV-CIRT) on March 3.",
			[]string{"keldor-avionics → computer-incident-response-team"}, []string{"keldor-avionics → norvania"}},
		{"reported it, no one told", "Keldor Avionics found the flaw and reported it in a blog post.",
			nil, []string{"keldor-avionics → blog-post"}},
	})
}

// TestToldAcrossAppositions checks who tells and who is told across a short form or a
// description set beside a name: "notified X (XA) and Y" tells both; "was alerted by a private
// firm, Y," is told by Y; a name followed by its own verb is another clause's subject.
func TestToldAcrossAppositions(t *testing.T) {
	checkTold(t, "2025-06-02", []toldCase{
		{"bracketed short form", "The Tessar Swimming Union said its website had been breached. The Tessar Swimming Union had notified the National Cyber Security Agency (NACSA) and the Royal Velan Police.",
			[]string{"tessar-swimming-union → national-cyber-security-agency", "tessar-swimming-union → royal-velan-police"}, nil},
		{"by a described firm, named", "The Orvale Cyber Agency was alerted by a private threat-intelligence firm, Pelita Threat Research, on Monday.",
			[]string{"pelita-threat-research → orvale-cyber-agency"}, nil},
		{"named then own verb", "The Orvale Cyber Agency was alerted by a private firm, Pelita Threat Research said on Monday.",
			nil, []string{"pelita-threat-research → orvale-cyber-agency"}},
		{"description before a relative clause", "The Orvale Cyber Agency detected the intrusion on Monday. The agency, which reports to the Office of the Prime Minister, warned Tessar Bank the next day.",
			[]string{"orvale-cyber-agency → tessar-bank"}, []string{"office-of-the-prime-minister → tessar-bank"}},
	})
}

// TestWroteToApposition checks a message addressed to a title the possessor's apposition names
// ("wrote to Lumen's chief executive, Lawrence Hsu,") tells the one named, and that a
// participial adjunct after that apposition ("…, Lawrence Hsu, warning that …") is the
// writer's: the writer warns, not the addressee.
func TestWroteToApposition(t *testing.T) {
	checkTold(t, "2025-06-02", []toldCase{
		{"possessor's apposition", "Mira Chen said she wrote to Lumen's chief executive, Lawrence Hsu, warning that the company's statement understated the breach.",
			[]string{"mira-chen → lawrence-hsu"}, []string{"lawrence-hsu → mira-chen", "mira-chen → lumen"}},
	})
	g := extractText(t, "2025-06-02", "Mira Chen said she wrote to Lumen's chief executive, Lawrence Hsu, warning that the company's statement understated the breach.")
	for _, e := range g.Events {
		if e.Type == schema.EventWarning {
			for _, p := range e.Participants {
				assert.False(t, p.Role == schema.RoleAgent && p.Actor == "lawrence-hsu", eventsString(g))
			}
		}
	}
}

// TestHandedOverConjunct checks that information shared with two named receivers joined by
// "and" tells both ("shared technical indicators with Apple and Google").
func TestHandedOverConjunct(t *testing.T) {
	checkTold(t, "2025-06-02", []toldCase{
		{"with X and Y", "Orlen Labs said it had shared technical indicators with Apple and Google before publication.",
			[]string{"orlen-labs → apple", "orlen-labs → google"}, nil},
		{"receiver before the information", "Orlen Labs shared with the Velan Cyber Agency an analysis of the stolen funds on Monday.",
			[]string{"orlen-labs → velan-cyber-agency"}, nil},
		{"receiver before a list", "Orlen Labs passed to Tessar Bank a short list of suspect accounts.",
			[]string{"orlen-labs → tessar-bank"}, nil},
		{"receiver before no information", "Orlen Labs shared with Tessar Bank its office in Velan.",
			nil, []string{"orlen-labs → tessar-bank"}},
	})
}

// TestSpeakerBeforeAge checks that the one who speaks or denies is the name before an age and
// an apposition ("Marek Tallow, 41, from Abingdon in Oxfordshire, denies …").
func TestSpeakerBeforeAge(t *testing.T) {
	for _, body := range []string{
		"Marek Tallow, 41, from Abingdon in Oxfordshire, denies three charges under the Official Secrets Act.",
		"Marek Tallow, 41, from Abingdon, denies the charges.",
	} {
		g := extractText(t, "2025-06-02", body)
		found := false
		for _, e := range g.Events {
			for _, p := range e.Participants {
				found = found || e.Type == schema.EventDenial && p.Role == schema.RoleAgent && p.Actor == "marek-tallow"
			}
		}
		assert.True(t, found, eventsString(g))
	}
}

// TestSummonedToInform checks that the purpose infinitive after a summoning verb's object is
// done by the one who summoned ("summoned the ambassador, X, to inform him"), not by the
// ambassador named in apposition.
func TestSummonedToInform(t *testing.T) {
	tests := []toldCase{
		{"summoned to inform", "Foreign Minister Lena Varga summoned the Orsk ambassador, Ivo Brandt, on Monday to inform him of the decision.",
			[]string{"lena-varga → ivo-brandt"}, []string{"ivo-brandt → lena-varga"}},
	}
	checkTold(t, "2025-03-05", tests)
}

// TestSummonedProtest checks that summoning a state's envoy to deliver a protest ("to lodge a
// protest", "and handed him a note of protest") tells the envoy's state, and that a summons in
// protest or followed by another step tells no one.
func TestSummonedProtest(t *testing.T) {
	tests := []toldCase{
		{"to lodge a protest", "Velmora's interior ministry said on Monday that hackers had breached its servers. Velmora summoned Karsovia's ambassador on Tuesday to lodge a protest.",
			[]string{"velmora → karsovia"}, nil},
		{"and handed a note", "Velmora's interior ministry said on Monday that hackers had breached its servers. Velmora summoned Karsovia's ambassador on Tuesday and handed him a note of protest.",
			[]string{"velmora → karsovia"}, nil},
		{"in protest", "Velmora's interior ministry said on Monday that hackers had breached its servers. Velmora summoned Karsovia's ambassador on Tuesday in protest.",
			nil, []string{"velmora → karsovia"}},
		{"and expelled", "Velmora's interior ministry said on Monday that hackers had breached its servers. Velmora summoned Karsovia's ambassador on Tuesday and expelled two diplomats.",
			nil, []string{"velmora → karsovia"}},
	}
	checkTold(t, "2024-06-10", tests)
}

// TestUnnamedPluralTeller checks that a finite telling verb whose subject is a plural common
// noun ("Two of the students reported …") is not given the speaker of the sentence's trailing
// attribution: the students told, not the agency that says so.
func TestUnnamedPluralTeller(t *testing.T) {
	checkTold(t, "2025-06-10", []toldCase{
		{"students reported, the agency said", "The Karsovian Security Service met on Monday. Two of the students reported the approaches to Velmora Technical University, the agency said.",
			nil, []string{"karsovian-security-service → velmora-technical-university"}},
		{"the agency itself reported", "The Karsovian Security Service met on Monday. The agency reported the approaches to Velmora Technical University, a spokesman said.",
			[]string{"karsovian-security-service → velmora-technical-university"}, nil},
	})
}

// TestReplyTo checks that a reply tells the one whose message it answers ("X wrote to Y that
// …, and Y replied that …"), not someone the reply speaks of, and that a reply answering no
// telling tells no one.
func TestReplyTo(t *testing.T) {
	tests := []toldCase{
		{"reply in the same sentence", "In June 2022, Berko Lant allegedly wrote to Irma Delk that the access was ready, and Delk replied that Tomas Vey would handle the rest.",
			[]string{"berko-lant → irma-delk", "irma-delk → berko-lant"}, []string{"irma-delk → tomas-vey"}},
		{"reply in the next sentence", "Berko Lant told Irma Delk that the servers were down. Delk replied that she would move them.",
			[]string{"irma-delk → berko-lant"}, nil},
		{"reply to no telling", "Irma Delk replied that Tomas Vey would handle the rest.",
			nil, []string{"irma-delk → tomas-vey"}},
	}
	checkTold(t, "2025-03-05", tests)
}

// TestToldList checks that every name in a list of those warned is told: "notified X, Y and
// Z", "X (XA) and Y, as well as Z", "lenders, including X and Y", "the regulator, X, and the
// data protection authority, the Y",
// and that a list comma with no closing conjunct adds no one.
func TestToldList(t *testing.T) {
	tests := []toldCase{
		{"list closed by and", "Halbrook Freight notified the Orvale Cyber Agency, the Metropolitan Police and the National Crime Agency.",
			[]string{"halbrook-freight → orvale-cyber-agency", "halbrook-freight → metropolitan-police", "halbrook-freight → national-crime-agency"}, nil},
		{"acronym and as well as", "Tessaly Group said it had notified the Orvale Cyber Agency (OCA) and the Metropolitan Police, as well as Kestrel Bank, on Monday.",
			[]string{"tessaly-group → orvale-cyber-agency", "tessaly-group → metropolitan-police", "tessaly-group → kestrel-bank"}, nil},
		{"a comma alone is no list", "Halbrook Freight notified the Orvale Cyber Agency, Kestrel Bank's regulator, on Monday.",
			[]string{"halbrook-freight → orvale-cyber-agency"}, []string{"halbrook-freight → kestrel-bank"}},
		{"a clause after the comma", "Halbrook Freight notified the Orvale Cyber Agency, Kestrel Bank said.",
			nil, []string{"halbrook-freight → kestrel-bank"}},
		{"an apposition, then an owner's named body", "Tresk Labs said it had notified CERT Latvia, Latvia's national response team, and Estonia's Ministry of Economic Affairs in January.",
			[]string{"tresk-labs → cert-latvia"}, []string{"tresk-labs → latvia", "tresk-labs → estonia"}},
		{"a described apposition", "Halbrook Freight notified the Orvale Cyber Agency, the national regulator, and the Metropolitan Police on Monday.",
			[]string{"halbrook-freight → orvale-cyber-agency", "halbrook-freight → metropolitan-police"}, nil},
		{"an owner's named body first", "Halbrook Freight notified Dorsk's National Cyber Centre and the Metropolitan Police on Monday.",
			[]string{"halbrook-freight → metropolitan-police"}, []string{"halbrook-freight → dorsk"}},
		{"a described last conjunct named after a comma", "Kestrel Bank said it had notified the regulator, the Orvale Banking Authority, and the data protection authority, the Orvale Data Office, on Monday.",
			[]string{"kestrel-bank → orvale-banking-authority", "kestrel-bank → orvale-data-office"}, nil},
		{"names a plural object opens", "The Orvale Cyber Agency warned lenders, including Kestrel Bank and Tessaly Group, that the malware was spreading.",
			[]string{"orvale-cyber-agency → kestrel-bank", "orvale-cyber-agency → tessaly-group"}, nil},
		{"a title of office, then the name", "The Orvale Cyber Agency briefed the Minister for Home Affairs, Ada Lorne, on Monday.",
			[]string{"orvale-cyber-agency → ada-lorne"}, nil},
		{"a lower-case remit is no title of office", "The Orvale Cyber Agency briefed the Minister for home affairs, Ada Lorne, on Monday.",
			nil, []string{"orvale-cyber-agency → ada-lorne"}},
		{"a singular object opens no list", "The Orvale Cyber Agency warned the regulator, including Kestrel Bank, on Monday.",
			nil, []string{"orvale-cyber-agency → kestrel-bank"}},
	}
	checkTold(t, "2025-03-05", tests)
}

// TestEachToldWarning checks that a warning told to several named ones is one warning for
// each ("notified X and Y", "shared indicators with X and Y"), while ones the sentence does not
// name each ("notified both utilities", described receivers) stay one warning.
func TestEachToldWarning(t *testing.T) {
	tests := []struct {
		name, body string
		want       int // warnings
	}{
		{"notified X and Y", "By noon Harlow Port had alerted the Norland Cyber Agency and the Norland Police Service.", 2},
		{"a list of three", "Orlen Labs said it had notified CERT Latvia, the Dorsk Cyber Agency and the Norland Police Service.", 3},
		{"shared with X and Y", "Orlen Labs said it had shared technical indicators with Apple and Google before publication.", 2},
		{"one named, one described", "Orbis Freight has notified affected employees and informed the Norland Cyber Agency, the filing said.", 1},
		{"one named", "Orlen Labs said it had notified CERT Latvia on Monday.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-02", tt.body)
			n := 0
			for _, e := range g.Events {
				if e.Type == schema.EventWarning {
					n++
					if tt.want > 1 {
						assert.Len(t, targetsOf(e), 1, eventsString(g))
					}
				}
			}
			assert.Equal(t, tt.want, n, "warnings in %s", eventsString(g))
		})
	}
}

// TestEachToldReport checks that what is reported to several named ones past the thing told
// ("reported them to X and Y") is told to each, one report for each.
func TestEachToldReport(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // targets, one report each
	}{
		{"reported them to X and Y", "Kumo Exchange found the transfers on Monday and reported them to the Tokyo Police Department and the Financial Services Agency the same day.",
			[]string{"tokyo-police-department", "financial-services-agency"}},
		{"reported it to X and Y", "Harrow Bank said it had reported it to the Norland Police and the Norland Data Office.",
			[]string{"norland-police", "norland-data-office"}},
		{"one named", "Kumo Exchange reported them to the Tokyo Police Department on Monday.",
			[]string{"tokyo-police-department"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-02", tt.body)
			var got []string
			for _, e := range g.Events {
				if e.Type == schema.EventReport || e.Type == schema.EventWarning {
					ts := targetsOf(e)
					if assert.Len(t, ts, 1, eventsString(g)) {
						got = append(got, ts[0])
					}
				}
			}
			assert.ElementsMatch(t, tt.want, got, eventsString(g))
		})
	}
}

// targetsOf lists an event's targets.
func targetsOf(e graph.Event) []string {
	var out []string
	for _, p := range e.Participants {
		if p.Role == schema.RoleTarget {
			out = append(out, p.Actor)
		}
	}
	return out
}

// TestMessageTopicThenTo checks that a message noun's recipient after "to" is found past a
// short phrase of what the message is about ("an alert on the malware to X"), named or
// described, and that a word in -ics the tagger reads as a verb after "to" modifies the
// described recipient ("to logistics companies"); "to" opening an infinitive names no one.
func TestMessageTopicThenTo(t *testing.T) {
	checkTold(t, "2026-03-10", []toldCase{
		{"named after the topic", "The Tarnby Cyber Directorate issued an alert on the Velspar malware to the Ostmark Port Authority on Monday.",
			[]string{"tarnby-cyber-directorate → ostmark-port-authority"}, nil},
		{"described after the topic", "The Tarnby Cyber Directorate had issued an alert on VELTRAP variants to logistics companies last year.",
			[]string{"tarnby-cyber-directorate → logistics-companies"}, nil},
		{"about, then to", "The Halvik Security Agency sent a warning about the flaw to the Ministry of Transport on Friday.",
			[]string{"halvik-security-agency → ministry-of-transport"}, nil},
		{"an infinitive after the topic", "The Tarnby Cyber Directorate issued an alert on the Velspar malware to warn banks.",
			nil, []string{"tarnby-cyber-directorate → velspar"}},
	})
}

// TestQuotedTeller checks that a verb of telling inside a quotation whose subject is the first
// person is the quote's speaker's: "I" is the speaker, "we" the organisation the speaker is
// named as speaking for (or the organisation that speaks); "they" is not the speaker.
func TestQuotedTeller(t *testing.T) {
	checkTold(t, "2025-11-06", []toldCase{
		{"we, for the speaker's agency", "\"We warned the Ostmark Ministry of Energy in March,\" said Ilse Varga, a spokeswoman for the Tarnby Cyber Agency.",
			[]string{"tarnby-cyber-agency → ostmark-ministry-of-energy"}, []string{"ilse-varga → ostmark-ministry-of-energy"}},
		{"we, the agency speaking", "\"We have notified the Ostmark Ministry of Energy,\" the Tarnby Cyber Agency said.",
			[]string{"tarnby-cyber-agency → ostmark-ministry-of-energy"}, nil},
		{"I, the speaker", "\"I told Tomas Brandt what I had seen,\" Ilse Varga said.",
			[]string{"ilse-varga → tomas-brandt"}, nil},
		{"they are not the speaker", "\"They warned the Ostmark Ministry of Energy in March,\" Ilse Varga said.",
			nil, []string{"ilse-varga → ostmark-ministry-of-energy"}},
	})
}

// TestQuotedFirstPersonTells checks the first person of a quotation in more tellings: "our"
// before a staff noun is "we", "we" in a later conjunct is not the last name before it, a
// quoted "we reported X to Y" and "we were made aware by X" are the speaking organisation's,
// and a person speaking for an employer named in an earlier sentence speaks for it.
func TestQuotedFirstPersonTells(t *testing.T) {
	checkTold(t, "2026-04-14", []toldCase{
		{"our staff noun", "\"Our security team alerted Tarrow Systems on Monday,\" Kestrel Bank said.",
			[]string{"kestrel-bank → tarrow-systems"}, nil},
		{"our customers are not the company", "\"Our customers alerted Tarrow Systems on Monday,\" Kestrel Bank said.",
			nil, []string{"kestrel-bank → tarrow-systems"}},
		{"we in a later conjunct", "\"We have informed the Harlow Data Office and we are notifying affected customers,\" said Ilse Varga.",
			nil, []string{"harlow-data-office → affected-customers"}},
		{"we reported it to", "\"We reported the intrusion to the Dorvane Cyber Agency on April 2,\" said Ilse Varga, a spokeswoman for Kestrel Bank.",
			[]string{"kestrel-bank → dorvane-cyber-agency"}, nil},
		{"we were made aware by", "\"We were made aware of the flaw by Tarrow Systems,\" Kestrel Bank said.",
			[]string{"tarrow-systems → kestrel-bank"}, nil},
		{"employer named before", "Kestrel Bank chief executive Ilse Varga spoke to reporters on Tuesday. \"We reported the intrusion to the Dorvane Cyber Agency on April 2,\" Varga said.",
			[]string{"kestrel-bank → dorvane-cyber-agency"}, nil},
	})
}

// TestTipFrom checks that a tip or a message from someone to someone ("a warning from X to Y")
// is X telling Y, as a tip from someone in a phrase fronted before the one who acted on it
// ("Acting on a tip from X, Y raided …") or closing an active clause ("Y raided … after a tip
// from X") is, and that a passive's subject ("Y was breached after a warning from
// X"), a source cited ("According to information from X, …") or used ("Using data from X, …")
// is told nothing.
func TestTipFrom(t *testing.T) {
	checkTold(t, "2026-03-12", []toldCase{
		{"acting on a tip from", "Acting on a tip from the Dorsk Security Service, the Norland Cyber Office raided a flat in Tarvik on Monday.",
			[]string{"dorsk-security-service → norland-cyber-office"}, nil},
		{"after a warning from", "After a warning from Kestrel Labs, Harlow Bank shut down its payment servers.",
			[]string{"kestrel-labs → harlow-bank"}, nil},
		{"closing an active clause", "The Norland Cyber Office raided a flat in Tarvik after a tip from the Dorsk Security Service.",
			[]string{"dorsk-security-service → norland-cyber-office"}, nil},
		{"closing a passive clause", "Harlow Bank was breached in May after a warning from Kestrel Labs.",
			nil, []string{"kestrel-labs → harlow-bank"}},
		{"a warning from X to Y", "A warning from the Dorsk Security Service to the Norland Cyber Office arrived in March.",
			[]string{"dorsk-security-service → norland-cyber-office"}, nil},
		{"a letter from X to Y", "In May, a letter from Kestrel Labs to Harlow Bank described the stolen files.",
			[]string{"kestrel-labs → harlow-bank"}, nil},
		{"a source cited", "According to information from Kestrel Labs, Harlow Bank lost customer records in May.",
			nil, []string{"kestrel-labs → harlow-bank"}},
		{"data used", "Using data from Kestrel Labs, Harlow Bank found the backdoor.",
			nil, []string{"kestrel-labs → harlow-bank"}},
	})
}

// TestWarnedAboutCount checks that "about" before a number after a verb of warning bounds the
// count of those told ("notified about 300 former customers"), not what they were told about
// ("warned customers about the scam", "warned about the flaw"), so the counted hearers are
// told.
func TestWarnedAboutCount(t *testing.T) {
	checkTold(t, "2026-03-05", []toldCase{
		{"about a count", "Corvane Health began notifying about 3,400 current and former patients on Monday that their records were exposed.",
			[]string{"corvane-health → current-and-former-patients"}, nil},
		{"about the topic", "The Dorvane Cyber Agency warned about the flaw in Tarrow Systems routers on Monday.",
			nil, []string{"dorvane-cyber-agency → tarrow-systems"}},
	})
}

// TestWarnedAuthorities checks that authorities described by a modifier are a body told, as
// "regulators" are ("warned local authorities that …"), and that a bare "authorities" after
// no modifier is still no actor.
func TestWarnedAuthorities(t *testing.T) {
	checkTold(t, "2026-03-05", []toldCase{
		{"local authorities", "In February the Dorvane Cyber Agency warned local authorities that invoice fraud was rising.",
			[]string{"dorvane-cyber-agency → local-authorities"}, nil},
		{"bare authorities", "The Dorvane Cyber Agency warned authorities that invoice fraud was rising.",
			nil, []string{"dorvane-cyber-agency → authorities"}},
	})
}

// TestToldFunctionalBody checks that a body named only by its function ("the state's water
// supply regulator", "the province's information and privacy commissioner", "the foreign
// affairs committee") is a described body told, and that a bare "the regulator" stays a
// description of a body named before.
func TestToldFunctionalBody(t *testing.T) {
	checkTold(t, "2026-03-05", []toldCase{
		{"place's regulator", "Marrow Water informed the state's water supply regulator the following week.",
			[]string{"marrow-water → states-water-supply-regulator"}, nil},
		{"place's commissioner, joined modifiers", "Marrow Health said it reported the breach to the province's information and privacy commissioner on Feb. 21.",
			[]string{"marrow-health → provinces-information-and-privacy-commissioner"}, nil},
		{"committee", "Marrow Health briefed the foreign affairs committee on Monday.",
			[]string{"marrow-health → foreign-affairs-committee"}, nil},
		{"bare regulator", "The Dorvane Data Authority fined Marrow Health in May. Marrow Health had notified the regulator in March.",
			[]string{"marrow-health → dorvane-data-authority"}, []string{"marrow-health → regulator"}},
	})
}

// TestCoordinatedTellingAdjective checks that a verb of warning after "and" that the tagger
// reads as a participle is still the subject's telling when an adjective opens its object
// ("patched the flaw and notified affected customers"), and that the object is no actor
// swallowing the verb ("notified affected customers").
func TestCoordinatedTellingAdjective(t *testing.T) {
	checkTold(t, "2026-03-05", []toldCase{
		{"adjective object", "Selby Water patched the flaw and notified affected customers.",
			[]string{"selby-water → affected-customers"}, []string{"selby-water → flaw-and-notified-affected-customers"}},
		{"after a said clause", "Selby Water said it detected the intrusion on May 9, patched the flaw four days later and notified affected customers directly.",
			[]string{"selby-water → affected-customers"}, nil},
		{"has since", "Selby Water had alerted the Orvale Police in May and has since briefed the Orvale Data Office.",
			[]string{"selby-water → orvale-police", "selby-water → orvale-data-office"}, []string{"orvale-police → orvale-data-office"}},
		{"had since", "The agency said Selby Water had warned the Orvale Police on Friday and had since informed the Orvale Data Office.",
			[]string{"selby-water → orvale-data-office"}, []string{"orvale-police → orvale-data-office"}},
	})
}

// TestToldRoleHolder checks that one told under a lower-case post with the holder's name in
// apposition ("told the chief financial officer, X, …") is that person, told directly or after
// "to", and that a post with no name after it tells no one named.
func TestToldRoleHolder(t *testing.T) {
	checkTold(t, "2026-03-05", []toldCase{
		{"told the post, name", "Mira Holt told the chief financial officer, Jon Vale, that evening.",
			[]string{"mira-holt → jon-vale"}, nil},
		{"wrote to the post, name", "Mira Holt wrote to the security manager, Jon Vale, on Monday.",
			[]string{"mira-holt → jon-vale"}, nil},
		{"post without a name", "Mira Holt told the chief financial officer on Monday that Jon Vale had left.",
			nil, []string{"mira-holt → jon-vale"}},
		{"the owner's post, name", "Mira Holt told Selby Water's security manager, Jon Vale, on Monday that the files were gone.",
			[]string{"mira-holt → jon-vale"}, nil},
		{"the described owner's post, name", "Selby Water lost files in May. Mira Holt told the company's finance director, Jon Vale, that evening.",
			[]string{"mira-holt → jon-vale"}, nil},
	})
}

// TestToldFamilies checks that families are a described audience told ("warned families that
// …"), as customers and patients are.
func TestToldFamilies(t *testing.T) {
	checkTold(t, "2026-03-05", []toldCase{
		{"warned families", "The Marrow School District warned families that student records had been stolen.",
			[]string{"marrow-school-district → families"}, nil},
		{"told families", "Records of about 9,000 students were stolen this summer, the Marrow School District told families in a letter sent Monday.",
			[]string{"marrow-school-district → families"}, nil},
	})
}

// TestToldPastRelative checks that "it" after a relative clause set off by commas means the
// name the clause describes, not a name inside it ("X, which is part of Y, said it had been
// notified by Z": Z told X), and that a name opened in lower case set beside a body's
// description between commas is that body's name ("the national response team, norCERT, …").
func TestToldPastRelative(t *testing.T) {
	checkTold(t, "2026-03-05", []toldCase{
		{"which clause", "NorCERT, which is part of the Ministry of Defence, said on Monday that it had been notified by Harlow Water on Sunday.",
			[]string{"harlow-water → norcert"}, []string{"harlow-water → ministry-of-defence"}},
		{"who clause", "Lena Vosk, who advises the Ministry of Defence, said she had been warned by Harlow Water on Sunday.",
			[]string{"harlow-water → lena-vosk"}, []string{"harlow-water → ministry-of-defence"}},
		{"lower-case name beside a description", "Orvale's national response team, norCERT, which is part of the Ministry of Defence, said on Monday that it had been notified by Harlow Water on Sunday.",
			[]string{"harlow-water → norcert"}, []string{"harlow-water → ministry-of-defence"}},
	})
}

// TestPlaceGoneTo checks that the "to" of a noun of going ("said during a visit to Norland", "on
// a trip to Velmar") names a place gone to, not who was told, while "in a letter to X" tells X.
func TestPlaceGoneTo(t *testing.T) {
	tests := []struct {
		name, body, hearer string
		want               bool
	}{
		{"a visit", "Mara Lindholm said during a visit to Norway that the breach was serious.", "norway", false},
		{"a trip, after the quote", "\"The breach was serious,\" Mara Lindholm said on a trip to Canada.", "canada", false},
		{"a letter", "Mara Lindholm said in a letter to the Norland Data Inspectorate that the breach was serious.", "norland-data-inspectorate", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-05-04", tt.body)
			told := false
			for _, r := range g.Relations {
				if r.Source == "mara-lindholm" && r.Target == tt.hearer {
					told = true
				}
			}
			assert.Equal(t, tt.want, told, eventsString(g))
		})
	}
}

// TestTippedOffUnnamed: tipping off hearers no actor stands for ("tipped off police", "tipped
// off the regulator") is a warning by the subject to no one named, as "alerted police" is.
func TestTippedOffUnnamed(t *testing.T) {
	checkEventRules(t, "2025-10-09", []eventCase{
		{"police", "Harrowgate Mutual tipped off police on Tuesday.",
			schema.EventWarning, "harrowgate-mutual", "", true},
		{"the regulator", "The Ostmark Cyber Bureau had tipped off the regulator weeks before the outage.",
			schema.EventWarning, "ostmark-cyber-bureau", "", true},
		{"a named hearer stays", "Harrowgate Mutual tipped off the Ostmark Cyber Bureau on Tuesday.",
			schema.EventWarning, "harrowgate-mutual", "ostmark-cyber-bureau", true},
	})
}

// TestUnnamedThenNamedHearer checks that a verb of warning whose object opens with a
// description no actor stands for ("police") and goes on "and" a name tells the one named.
func TestUnnamedThenNamedHearer(t *testing.T) {
	tests := []struct{ name, body string }{
		{"police and a name", "Orrin Savings alerted police and the Velmar Data Inspectorate on Monday."},
		{"the police and a name", "Orrin Savings notified the police and the Velmar Data Inspectorate within hours."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-12", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventWarning, "orrin-savings", "velmar-data-inspectorate"), eventsString(g))
		})
	}
}

// TestMessageAside checks that a message set between commas after the subject ("X, in a letter
// to Y, warned …") tells its addressee, as a fronted one does.
func TestMessageAside(t *testing.T) {
	tests := []struct{ name, body string }{
		{"warned", "Orrin Savings, in a letter to the Velmar Data Inspectorate, warned that the breach was serious."},
		{"said, with a day", "Orrin Savings, in an email to the Velmar Data Inspectorate on Monday, said the breach was contained."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-12", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventWarning, "orrin-savings", "velmar-data-inspectorate"), eventsString(g))
		})
	}
}

// TestTopicNotHearer checks that what a warning is about, after a hearer no actor stands for
// ("warned hospitals about the group"), is not who was told, while a named hearer before it is.
func TestTopicNotHearer(t *testing.T) {
	tests := []struct {
		name, body, hearer string
		want               bool
	}{
		{"described hearer, topic named", "Frost Lynx hit clinics in 2023. The FBI warned hospitals about the group in January.", "frost-lynx", false},
		{"described hearer, name as topic", "The FBI warned hospitals about Frost Lynx in January.", "frost-lynx", false},
		{"named hearer", "The FBI warned the Velmar Port Authority about Frost Lynx in January.", "velmar-port-authority", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-07-18", tt.body)
			told := false
			for _, r := range g.Relations {
				if r.Source == "federal-bureau-of-investigation" && r.Target == tt.hearer {
					told = true
				}
			}
			assert.Equal(t, tt.want, told, eventsString(g))
		})
	}
}

// TestToldConjunctPaths checks that the names joined to the one told are told too on every
// path that finds a hearer after a preposition ("reported it to X and Y", "sent letters to X
// and Y"), also when the conjunct says the preposition again ("to X and to Y", "with X and
// with Y"), and that a name starting a clause of its own is still left out.
func TestToldConjunctPaths(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{name: "reported to and to",
			body: "Kestrel Bank reported the intrusion to the Halden Police Service and to the Vesk Data Authority on Monday.",
			want: []string{"kestrel-bank → halden-police-service", "kestrel-bank → vesk-data-authority"}},
		{name: "reported to and",
			body: "Kestrel Bank reported the intrusion to the Halden Police Service and the Vesk Data Authority on Monday.",
			want: []string{"kestrel-bank → halden-police-service", "kestrel-bank → vesk-data-authority"}},
		{name: "letters to and to",
			body: "Kestrel Bank sent letters to the Halden Police Service and to the Vesk Data Authority last week.",
			want: []string{"kestrel-bank → halden-police-service", "kestrel-bank → vesk-data-authority"}},
		{name: "shared with and with",
			body: "Kestrel Bank said it had shared its findings with the Halden Police Service and with the Vesk Data Authority.",
			want: []string{"kestrel-bank → halden-police-service", "kestrel-bank → vesk-data-authority"}},
		{name: "unnamed then to",
			body: "Kestrel Bank reported the intrusion to the police and to the Vesk Data Authority.",
			want: []string{"kestrel-bank → vesk-data-authority"}},
		{name: "own clause",
			body: "Kestrel Bank reported the intrusion to the Halden Police Service and the Vesk Data Authority said it would investigate.",
			want: []string{"kestrel-bank → halden-police-service"},
			not:  []string{"kestrel-bank → vesk-data-authority"}},
	})
}

// TestLearnedFromTells checks that "Y learned from X (time) that …" makes X the teller of Y,
// as "learned of the breach from X" does, and that lessons learned from something are no
// telling.
func TestLearnedFromTells(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{name: "learned from that",
			body: "Kestrel Bank learned from the Vesk Data Authority in February that its payroll server had been compromised.",
			want: []string{"vesk-data-authority → kestrel-bank"}},
		{name: "said it had learned from",
			body: "Kestrel Bank said it had learned from the Halden Police Service that two employees had sold customer records.",
			want: []string{"halden-police-service → kestrel-bank"}},
		{name: "heard from how",
			body: "Kestrel Bank heard from Brightwater Labs how the attackers had entered its network.",
			want: []string{"brightwater-labs → kestrel-bank"}},
		{name: "lessons",
			body: "Kestrel Bank learned from Brightwater Labs, its former supplier, and rebuilt its network.",
			not:  []string{"brightwater-labs → kestrel-bank"}},
	})
}

// TestMastheadOutletTells checks that an outlet the gazetteer does not know, named by a
// newspaper's title word ("the Harlow Gazette", "the Courier"), is the press: "the company"
// after it takes up the company, not the newspaper, so the company tells the one it notified.
func TestMastheadOutletTells(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{name: "told the gazette",
			body: "Hackers broke into the billing servers of Kestrel Bank. Chief executive Ivo Dalmar told the Harlow Gazette that no savings were lost. The company notified the Vesk Data Authority on Tuesday.",
			want: []string{"kestrel-bank → vesk-data-authority"},
			not:  []string{"harlow-gazette → vesk-data-authority"}},
		{name: "gazette reported",
			body: "Kestrel Bank was hit by ransomware, the Harlow Gazette reported. The company alerted the Vesk Data Authority on Friday.",
			want: []string{"kestrel-bank → vesk-data-authority"},
			not:  []string{"harlow-gazette → vesk-data-authority"}},
	})
}

// TestMastheadPost checks that "Post" names a paper alone ("tells the Post") or after a word
// of the day a paper comes out ("the Evening Post"), not after another name ("Canada Post", a
// postal service), and that telling such a paper what a group did is a statement, no warning.
func TestMastheadPost(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Post", true}, {"Evening Post", true}, {"The Sunday Post", true}, {"Morning Post", true},
		{"Canada Post", false}, {"Vesk Post", false}, {"Harlow Gazette", true}, {"Kestrel Bank", false},
	} {
		assert.Equal(t, tc.want, mastheadName(tc.name), tc.name)
	}
	for _, body := range []string{
		"The Kalvo gang hit the Orsk election commission. Security researcher Kim Adler tells the Post the group has hit election sites before.",
		"The Kalvo gang hit the Orsk election commission. Security researcher Kim Adler told the Evening Post on Monday that the group had hit election sites before.",
	} {
		g := extractText(t, "2026-05-12", body)
		assert.Nil(t, findEvent(g, schema.EventWarning, "kim-adler", ""), eventsString(g))
		assert.NotNil(t, findEvent(g, schema.EventStatement, "kim-adler", ""), eventsString(g))
	}
}

// TestDescribedAudienceTold checks that the people a body deals with, named only by that
// relation, are the ones told also before "of" and the matter told ("notified clients of the
// breach", "warned employees of the risk"), but not before "of" and an owner's name.
func TestDescribedAudienceTold(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{name: "clients of the breach", body: "Kestrel Bank notified clients of the breach in a letter on Tuesday.",
			want: []string{"kestrel-bank → clients"}},
		{name: "employees of the risk", body: "Kestrel Bank warned employees of the risk on Tuesday.",
			want: []string{"kestrel-bank → employees"}},
		{name: "affected customers of the breach", body: "Kestrel Bank has notified affected customers of the breach.",
			want: []string{"kestrel-bank → affected-customers"}},
		{name: "customers of an owner", body: "Kestrel Bank warned customers of Velmar Bank about the outage.",
			not: []string{"kestrel-bank → customers"}},
	})
}

// TestKeptInformed checks that "keep X informed" (a participle of telling as the object's
// complement) tells X, by the one who keeps X informed, not by X.
func TestKeptInformed(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{name: "kept informed", body: "Kestrel Bank said it had kept the Vesk Data Authority informed throughout the investigation.",
			want: []string{"kestrel-bank → vesk-data-authority"}},
		{name: "keeping fully informed", body: "Kestrel Bank is keeping the Halden Police Service fully informed.",
			want: []string{"kestrel-bank → halden-police-service"}},
		{name: "keep described", body: "Kestrel Bank said it would keep customers informed.",
			want: []string{"kestrel-bank → customers"}},
		{name: "passive stays", body: "The Vesk Data Authority said it had been informed by Kestrel Bank on Monday.",
			want: []string{"kestrel-bank → vesk-data-authority"}},
	})
	g := extractText(t, "2025-03-05", "Kestrel Bank said it had kept the Vesk Data Authority informed throughout the investigation.")
	for _, e := range g.Events {
		if e.Type != schema.EventWarning {
			continue
		}
		for _, p := range e.Participants {
			assert.False(t, p.Role == schema.RoleAgent && p.Actor == "vesk-data-authority", eventsString(g))
		}
	}
}

// TestRaisedWithState checks the diplomatic tellings of a matter raised or a protest lodged: a
// state hears a matter raised with it ("raised the matter with China", "lodged a protest with
// China"), though information handed to a state is no tip-off; and a minister's counterpart named
// after the word ("with her Finnish counterpart, Peter Salo") is the one told.
func TestRaisedWithState(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{name: "raised the matter with a state", body: "Britain raised the matter with Vessaria on Wednesday after the hacking of its embassy.",
			want: []string{"united-kingdom → vessaria"}},
		{name: "raised concerns with a state", body: "Japan raised concerns about the cyberattacks with China on Monday.",
			want: []string{"japan → china"}},
		{name: "lodged a protest", body: "Japan lodged a protest with China on Tuesday over the hacking of its space agency.",
			want: []string{"japan → china"}},
		{name: "lodged a complaint", body: "Poland lodged a formal complaint with Russia after the attack on its rail network.",
			want: []string{"poland → russia"}},
		{name: "named counterpart", body: "Foreign Minister John Baker raised the matter with his Finnish counterpart, Peter Salo, in a call on Wednesday.",
			want: []string{"john-baker → peter-salo"}},
		{name: "files to a state stay untold", body: "The analyst passed the files to Vessaria in 2019.",
			not: []string{"analyst → vessaria"}},
	})
}

// TestStatePartners checks a state's or agency's partners or allies of a nationality: they are
// that state, or the one agency of it the article names, as counterparts are; a company's
// partners of a nationality are its business partners, no state told.
func TestStatePartners(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{name: "agency shared with its partners", body: "The servers were in the Netherlands. The Norland Cyber Office shared its findings with its Dutch partners on Monday.",
			want: []string{"norland-cyber-office → netherlands"}},
		{name: "state warned its allies", body: "The trains ran to Poland. Britain warned its Polish allies in May that the rail network had been breached.",
			want: []string{"united-kingdom → poland"}},
		{name: "company's partners stay untold", body: "The plant is in Poland. Harlow Systems shared the data with its Polish partners on Monday.",
			not: []string{"harlow-systems → poland"}},
	})
}

// TestMessageGivenBy checks the passive of giving or sending a message or a piece of
// information with the one given it as subject: the one after "by" tells the subject, a quoted
// "we" standing for the speaker; information called secret is no telling.
func TestMessageGivenBy(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{name: "given a warning by", body: "Harlow Bank was given a warning by Kestrel Labs on Monday.",
			want: []string{"kestrel-labs → harlow-bank"}},
		{name: "sent a letter by", body: "The Norland Cyber Office was sent a letter by Kestrel Labs in March.",
			want: []string{"kestrel-labs → norland-cyber-office"}},
		{name: "quoted we given a briefing", body: "\"We were given a short briefing by the FBI,\" said Harlow Bank.",
			want: []string{"federal-bureau-of-investigation → harlow-bank"}},
		{name: "classified files handed stay untold", body: "Harlow Bank was handed classified files by Kestrel Labs.",
			not: []string{"kestrel-labs → harlow-bank"}},
	})
}

// TestWarningAfterHearers checks that a participle of warning right after the names a message
// went to ("wrote to X and Y warning them") is the sender's: the names written to are warned,
// and they never warn the sender.
func TestWarningAfterHearers(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{name: "wrote to two warning them", body: "The Vesk Data Authority wrote to Kestrel Bank and Harlow Systems warning them of the flaw.",
			want: []string{"vesk-data-authority → kestrel-bank", "vesk-data-authority → harlow-systems"},
			not:  []string{"kestrel-bank → vesk-data-authority", "harlow-systems → vesk-data-authority"}},
		{name: "letter to two warning them", body: "The Vesk Data Authority sent a letter to Kestrel Bank and Harlow Systems warning them about the stolen passwords.",
			want: []string{"vesk-data-authority → kestrel-bank", "vesk-data-authority → harlow-systems"},
			not:  []string{"kestrel-bank → vesk-data-authority", "harlow-systems → vesk-data-authority"}},
	})
}

// TestDescribedLastConjunct checks that a list's last hearer given by a description and then its
// name ("and with the manufacturer, X,") is told, while a name that opens a new clause is not.
func TestDescribedLastConjunct(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{name: "and with the description, name", body: "Kestrel Labs said it had shared its findings with Vesk Bank and with the vendor, Harlow Systems, in June.",
			want: []string{"kestrel-labs → vesk-bank", "kestrel-labs → harlow-systems"}},
		{name: "and the description, name", body: "Kestrel Labs alerted Vesk Bank and the regulator, Harlow Authority, on Monday.",
			want: []string{"kestrel-labs → vesk-bank", "kestrel-labs → harlow-authority"}},
		{name: "name opens a clause", body: "Kestrel Labs alerted Vesk Bank and the vendor on Monday, Harlow Systems said.",
			not: []string{"kestrel-labs → harlow-systems"}},
	})
}

// TestPrivateCrowdNotState checks that a country named only as the modifier of private hearers
// ("alerted Canadian banks", "notified 30 U.S. companies") is not told, while a state's own
// people ("warned Canadian officials") still tell the state.
func TestPrivateCrowdNotState(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{name: "demonym before banks", body: "The Vesk Data Authority alerted Canadian banks to the scam on Monday.",
			not: []string{"vesk-data-authority → canada"}},
		{name: "name before companies", body: "The Vesk Data Authority notified about 30 U.S. companies last week that their servers had been probed.",
			not: []string{"vesk-data-authority → united-states"}},
		{name: "adjective before head", body: "Kestrel Labs said it had warned German regional hospitals about the flaw.",
			not: []string{"kestrel-labs → germany"}},
		{name: "officials still the state", body: "The Vesk Data Authority warned Canadian officials about the scam on Monday.",
			want: []string{"vesk-data-authority → canada"}},
	})
}

// TestGivenListAndBriefing checks the addressee of a verb of giving before a list or a briefing:
// "gave X a list of …" tells X, a body's people ("members of X", "officials of X") stand for
// the body, and a classified briefing given is told, not leaked.
func TestGivenListAndBriefing(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{name: "gave a list", body: "The Vesk Data Authority gave Kestrel Bank a list of the compromised accounts on Monday.",
			want: []string{"vesk-data-authority → kestrel-bank"}},
		{name: "members of a committee", body: "The Vesk Data Authority gave members of the Harlow Council Security Committee a briefing on the breach.",
			want: []string{"vesk-data-authority → harlow-council-security-committee"}},
		{name: "classified briefing", body: "The Vesk Data Authority gave the Harlow Council Security Committee a classified briefing on Tuesday.",
			want: []string{"vesk-data-authority → harlow-council-security-committee"}},
		{name: "classified data stays a leak", body: "Ivo Dalmar handed Kestrel Bank classified data in 2019.",
			not: []string{"ivo-dalmar → kestrel-bank"}},
	})
}

// TestClassifiedBriefingGivenTo checks that a classified briefing given to someone with "to"
// ("gave a classified briefing to X") is a warning told to X, as the ditransitive "gave X a
// classified briefing" is, while classified documents given to someone stay a leak.
func TestClassifiedBriefingGivenTo(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
	}{
		{"a classified briefing to", "The Vesk Data Authority gave a classified briefing to the Harlow Council Security Committee on Tuesday.", schema.EventWarning},
		{"confidential briefings to", "The Vesk Data Authority gave confidential briefings to the Harlow Council Security Committee in March.", schema.EventWarning},
		{"classified documents to", "The Vesk Data Authority gave classified documents to the Harlow Council Security Committee in March.", schema.EventLeak},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-05", tt.body)
			assert.NotNil(t, findEvent(g, tt.typ, "vesk-data-authority", "harlow-council-security-committee"), eventsString(g))
			if tt.typ == schema.EventWarning {
				assert.Nil(t, findEvent(g, schema.EventLeak, "", ""), eventsString(g))
			}
		})
	}
}

// TestReportedOwnerThenRecipient checks that the object of a verb of reporting may name the
// owner of the thing reported after "in" or "of" ("reported a flaw in the Tarrow router
// software to X", "reported the theft of Kestrel Bank records to X"): the one told is still
// found after it, with the telling's own date rather than that of the saying around it.
func TestReportedOwnerThenRecipient(t *testing.T) {
	tests := []struct {
		name, body, agent, target, date string
	}{
		{"a flaw in", "Ilse Varga said on Monday she had reported a flaw in the Tarrow router software to Tarrow Systems in February.",
			"ilse-varga", "tarrow-systems", "2026-02"},
		{"the theft of", "Brightwater Labs reported the theft of Kestrel Bank customer records to the Dorvane Cyber Agency in March.",
			"brightwater-labs", "dorvane-cyber-agency", "2026-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-05-05", tt.body)
			ev := findEvent(g, schema.EventWarning, tt.agent, tt.target)
			if assert.NotNil(t, ev, eventsString(g)) {
				assert.Equal(t, tt.date, ev.Time.Value, eventsString(g))
			}
		})
	}
	checkTold(t, "2026-05-05", []toldCase{
		{"a flaw that led to", "Ilse Varga said a flaw in the Tarrow router software led to the breach.",
			nil, []string{"ilse-varga → tarrow-systems"}},
	})
}

// TestHandedToUnnamedThenNamed checks that information handed over to a body no actor stands
// for and then, by "and (to)", to a named one ("passed its findings to the police and to X")
// is told to the named one, as "reported it to the police and to X" is.
func TestHandedToUnnamedThenNamed(t *testing.T) {
	checkTold(t, "2026-05-05", []toldCase{
		{"to the police and to X", "Kestrel Bank passed its findings to the police and to the Dorvane Cyber Agency.",
			[]string{"kestrel-bank → dorvane-cyber-agency"}, nil},
		{"to described bodies and to X", "Kestrel Bank passed its findings to the affected governments and to the Dorvane Cyber Agency.",
			[]string{"kestrel-bank → dorvane-cyber-agency"}, nil},
		{"another verb's object", "Kestrel Bank passed the files to a reporter and then called the Dorvane Cyber Agency.",
			nil, []string{"kestrel-bank → dorvane-cyber-agency"}},
	})
}

// TestPossessedInfoHanded checks that information handed over under its owner's name
// ("shared Kestrel Bank's findings with X") is told to the receiver, while someone's secret
// files handed over stay a leak with no one told.
func TestPossessedInfoHanded(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{name: "owner's findings shared", body: "The Vesk Data Authority shared Kestrel Bank's findings with the Harlow Cyber Office on Monday.",
			want: []string{"vesk-data-authority → harlow-cyber-office"}},
		{name: "owner's indicators passed", body: "Brightwater Labs passed Kestrel Bank's indicators to the Harlow Cyber Office after the breach.",
			want: []string{"brightwater-labs → harlow-cyber-office"}},
		{name: "owner's secret files", body: "Ivo Dalmar passed Kestrel Bank's secret files to the Harlow Cyber Office in 2019.",
			not: []string{"ivo-dalmar → harlow-cyber-office"}},
	})
}

// TestFrontedLetterSaid checks a fronted message with its addressee before a reporting verb
// ("In a letter to X, Y said …") and a message sent or addressed to someone ("a letter sent to
// X", "a letter addressed to X"): the writer tells the addressee.
func TestFrontedLetterSaid(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{name: "fronted letter said", body: "In a letter to the Harlow Cyber Office, Kestrel Bank said the stolen files held no card numbers.",
			want: []string{"kestrel-bank → harlow-cyber-office"}},
		{name: "fronted letter sent to", body: "In a letter sent to the Harlow Cyber Office on Monday, Kestrel Bank said the breach had been contained.",
			want: []string{"kestrel-bank → harlow-cyber-office"}},
		{name: "letter addressed to", body: "The Vesk Data Authority sent a letter addressed to Kestrel Bank on Monday about the leaked passwords.",
			want: []string{"vesk-data-authority → kestrel-bank"}},
		{name: "said in a memo stays the statement's", body: "Ivo Dalmar said in a memo to the Harlow Cyber Office that the breach had been contained.",
			want: []string{"ivo-dalmar → harlow-cyber-office"}},
	})
}

// TestCallWithTold checks a call or conversation with someone in which a speaker says or
// warns something: "In a phone call with X, Y said …" and "Y said in a call with X that …" tell X;
// talks in which nothing is said or warned ("In talks with X, Y agreed …") tell no one.
func TestCallWithTold(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{name: "fronted call said", body: "In a phone call with Kestrel Bank, the Vesk Data Authority said the stolen passwords were circulating online.",
			want: []string{"vesk-data-authority → kestrel-bank"}},
		{name: "fronted call warned", body: "In a call with Kestrel Bank on Monday, the Vesk Data Authority warned that its servers were exposed.",
			want: []string{"vesk-data-authority → kestrel-bank"}},
		{name: "said in a call with", body: "The Vesk Data Authority said in a call with Kestrel Bank that its servers were exposed.",
			want: []string{"vesk-data-authority → kestrel-bank"}},
		{name: "talks agreed", body: "In talks with Kestrel Bank on Monday, the Vesk Data Authority agreed to share data on the attacks.",
			not: []string{"vesk-data-authority → kestrel-bank"}},
	})
}

// TestToldTitledHearer checks that title words before the name told ("told Senator X", "told
// Defense Secretary X", "told Deputy Foreign Minister X") do not hide the one told.
func TestToldTitledHearer(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{name: "one title word", body: "The Vesk Data Authority told Senator Joan Pruitt that the breach had been contained.",
			want: []string{"vesk-data-authority → joan-pruitt"}},
		{name: "two title words", body: "The Vesk Data Authority told Defense Secretary Alan Breyer on Monday that the breach had been contained.",
			want: []string{"vesk-data-authority → alan-breyer"}},
		{name: "three title words", body: "Kestrel Bank told Deputy Foreign Minister Igor Vasin that its servers had been breached.",
			want: []string{"kestrel-bank → igor-vasin"}},
	})
}

// TestConveyedConcern checks that a concern, anger or protest handed over by any verb of
// handing over is a matter raised with its hearer, a state too ("conveyed its anger to
// Vessaria", "shared its concerns with X").
func TestConveyedConcern(t *testing.T) {
	checkTold(t, "2025-03-05", []toldCase{
		{name: "conveyed anger to a state", body: "Germany conveyed its anger to Russia on Sunday after the hacking of its parliament.",
			want: []string{"germany → russia"}},
		{name: "shared concerns", body: "The Vesk Data Authority shared its concerns with Kestrel Bank on Monday.",
			want: []string{"vesk-data-authority → kestrel-bank"}},
	})
}

// TestNamedHearersThenVerb checks a second verb of telling joined by "and" after a first whose
// object is two names joined by "and" ("notified Visa and Mastercard on July 12 and informed
// the FTC a week later"): the second verb is the first one's subject's, not the last hearer's;
// a comma before the verbs' "and" still closes the object.
func TestNamedHearersThenVerb(t *testing.T) {
	checkTold(t, "2025-07-22", []toldCase{
		{name: "notified two names and informed", body: "Orvane Foods notified Kellner Pay and Tarrant Card on July 12 and informed the Vesk Data Authority a week later.",
			want: []string{"orvane-foods → vesk-data-authority"}, not: []string{"tarrant-card → vesk-data-authority"}},
		{name: "reported, said it", body: "Orvane Foods said it reported the breach to Kellner Pay and the Halden Police Service and alerted the Vesk Data Authority on Monday.",
			want: []string{"orvane-foods → vesk-data-authority"}, not: []string{"halden-police-service → vesk-data-authority"}},
		{name: "one hearer unchanged", body: "Orvane Foods notified Kellner Pay on July 12 and informed the Vesk Data Authority a week later.",
			want: []string{"orvane-foods → vesk-data-authority"}},
	})
}

// TestOwnedHearer checks a hearer named after its owner's possessive ("reported the breach to
// Britain's National Crime Agency", "told Germany's Federal Office for Information Security"):
// the body told, not the country owning it; a lone unknown word after the possessive ("to
// Kestrel Bank's Security team") leaves the owner.
func TestOwnedHearer(t *testing.T) {
	checkTold(t, "2025-07-22", []toldCase{
		{name: "reported to", body: "Orvane Foods reported the breach to Britain's National Crime Agency on Monday.",
			want: []string{"orvane-foods → national-crime-agency"}, not: []string{"orvane-foods → united-kingdom"}},
		{name: "told", body: "Orvane Foods told Germany's Federal Office for Information Security on Monday that the attack had been contained.",
			want: []string{"orvane-foods → federal-office-for-information-security"}, not: []string{"orvane-foods → germany"}},
		{name: "statement to", body: "Orvane Foods said in a statement to Britain's National Crime Agency that no card data was taken.",
			want: []string{"orvane-foods → national-crime-agency"}},
	})
}

// TestTippedOffConjunct checks that every name joined by "and" after "tipped off" is told
// ("tipped off Latvane Grid and Orvane Foods"), as after any other verb of warning.
func TestTippedOffConjunct(t *testing.T) {
	checkTold(t, "2025-07-22", []toldCase{
		{name: "two names", body: "Norvel Power tipped off Latvane Grid and Orvane Foods on Monday.",
			want: []string{"norvel-power → latvane-grid", "norvel-power → orvane-foods"}},
		{name: "list", body: "Norvel Power tipped off Latvane Grid, Orvane Foods and Kestrel Bank before the alert went out.",
			want: []string{"norvel-power → latvane-grid", "norvel-power → orvane-foods", "norvel-power → kestrel-bank"}},
	})
}

// TestReceivedFromOwnedTeller checks a warning received from a body named after its owner's
// possessive ("received a warning from Britain's National Crime Agency"): the body told, not
// the country owning it.
func TestReceivedFromOwnedTeller(t *testing.T) {
	checkTold(t, "2025-07-22", []toldCase{
		{name: "received a warning from", body: "Orvane Foods received a warning from Britain's National Crime Agency on Monday.",
			want: []string{"national-crime-agency → orvane-foods"}, not: []string{"united-kingdom → orvane-foods"}},
		{name: "learned of the breach from", body: "Orvane Foods learned of the breach from Germany's Federal Office for Information Security in May.",
			want: []string{"federal-office-for-information-security → orvane-foods"}},
	})
}

// TestPerfectAdverbHanded checks information handed over in a perfect with an adverb between
// the auxiliary and the participle ("had also passed the details to X", "has already shared its
// findings with X"), and that a pronoun right after a news outlet told ("told Reuters it had …")
// stands for the teller, not the outlet.
func TestPerfectAdverbHanded(t *testing.T) {
	checkTold(t, "2025-07-22", []toldCase{
		{name: "had also passed", body: "Corvane Labs said it had also passed the details to the Halden Police Service.",
			want: []string{"corvane-labs → halden-police-service"}},
		{name: "has already shared", body: "Corvane Labs has already shared its findings with the Halden Police Service.",
			want: []string{"corvane-labs → halden-police-service"}},
		{name: "told an outlet it had", body: "Kestrel Bank told Reuters it had alerted the Vesk Data Authority.",
			want: []string{"kestrel-bank → vesk-data-authority"}, not: []string{"reuters → vesk-data-authority"}},
		{name: "told an outlet on a day it had", body: "Kestrel Bank told Reuters on Tuesday it had alerted the Vesk Data Authority.",
			want: []string{"kestrel-bank → vesk-data-authority"}, not: []string{"reuters → vesk-data-authority"}},
		{name: "told an outlet a day it had", body: "Kestrel Bank told the Associated Press Friday it had passed the logs to the Vesk Data Authority.",
			want: []string{"kestrel-bank → vesk-data-authority"}, not: []string{"associated-press → vesk-data-authority"}},
		{name: "told a firm it had", body: "Kestrel Bank told Corvane Labs that it had alerted the Vesk Data Authority.",
			want: []string{"kestrel-bank → corvane-labs"}},
	})
}

// TestContactClauseLetter checks a message whose sender a contact clause or a "by" phrase names
// before the one it went to ("according to a letter X sent to Y", "a letter sent by X to Y"): X
// told Y (lane t2's open case).
func TestContactClauseLetter(t *testing.T) {
	checkTold(t, "2025-07-22", []toldCase{
		{name: "contact clause", body: "According to a letter Kestrel Bank sent to Corvane Labs, the vendor first detected the intrusion in August.",
			want: []string{"kestrel-bank → corvane-labs"}},
		{name: "fronted, with a day", body: "In a letter Kestrel Bank sent to Corvane Labs on Monday, the bank demanded an explanation.",
			want: []string{"kestrel-bank → corvane-labs"}},
		{name: "by phrase", body: "According to a letter sent by Kestrel Bank to Corvane Labs, the vendor detected the intrusion in August.",
			want: []string{"kestrel-bank → corvane-labs"}},
		{name: "sent to only", body: "Kestrel Bank received a letter sent to Corvane Labs in March.",
			not: []string{"corvane-labs → kestrel-bank"}},
	})
}

// TestWhoseRelativeTeller checks a teller followed by a non-restrictive "whose" clause before its
// verb ("X, whose software Y uses, warned Y"): X tells, not the name inside the clause.
func TestWhoseRelativeTeller(t *testing.T) {
	checkTold(t, "2025-07-22", []toldCase{
		{name: "whose ... uses, alerted", body: "Corvane Labs, whose scanners Kestrel Bank uses, alerted the bank to the flaw on Monday.",
			want: []string{"corvane-labs → kestrel-bank"}, not: []string{"kestrel-bank → kestrel-bank"}},
		{name: "whose ... uses, let know", body: "Corvane Labs, whose scanners Kestrel Bank uses, let the bank know about the flaw on Monday.",
			want: []string{"corvane-labs → kestrel-bank"}, not: []string{"kestrel-bank → kestrel-bank"}},
		{name: "whose ... hosts, warned", body: "Orvane Cloud, whose servers Latvane Grid rents, warned Latvane Grid on Tuesday.",
			want: []string{"orvane-cloud → latvane-grid"}},
	})
}

// TestAskedJoinedHearers checks a control verb whose hearers are joined before "to" ("asked X
// and Y to review …"): each is told; a name joined but not followed by "to" gives no telling.
func TestAskedJoinedHearers(t *testing.T) {
	checkTold(t, "2025-07-22", []toldCase{
		{name: "asked two agencies to", body: "Kestrel Bank asked the Halden Cyber Agency and the Vesk Data Authority to check its systems.",
			want: []string{"kestrel-bank → halden-cyber-agency", "kestrel-bank → vesk-data-authority"}},
		{name: "urged a list to", body: "The Halden Cyber Agency urged Orvane Foods, Latvane Grid and Kestrel Bank to patch their servers on Monday.",
			want: []string{"halden-cyber-agency → latvane-grid", "halden-cyber-agency → kestrel-bank"}},
	})
}

// TestHandedToClassifiedName checks a receiver named after an article and two classifier nouns
// ("passed the information on to the grid operator X"): X is told.
func TestHandedToClassifiedName(t *testing.T) {
	checkTold(t, "2025-07-22", []toldCase{
		{name: "passed on to the grid operator X", body: "The Halden Cyber Agency passed the information on to the grid operator Latvane Grid on Monday.",
			want: []string{"halden-cyber-agency → latvane-grid"}},
		{name: "shared with the payment processor X", body: "Kestrel Bank shared the details with the payment processor Orvane Pay on Friday.",
			want: []string{"kestrel-bank → orvane-pay"}},
	})
}

// TestTimedConjunctTellings checks that a second telling coordinated after a first, to someone
// else, each with a time of its own ("notified X on May 4 and informed Y a week later"), is an
// act of its own with its own date; one with no time of its own stays one telling with the
// first.
func TestTimedConjunctTellings(t *testing.T) {
	checkTimes(t, []timeCase{
		{"weekdays", "2026-10-16", "Orvane Foods alerted Kellner Pay on Monday and notified the Vesk Data Authority on Wednesday.",
			schema.EventWarning, "orvane-foods", "vesk-data-authority", "2026-10-14"},
		{"weekdays, first", "2026-10-16", "Orvane Foods alerted Kellner Pay on Monday and notified the Vesk Data Authority on Wednesday.",
			schema.EventWarning, "orvane-foods", "kellner-pay", "2026-10-12"},
		{"a week later", "2026-10-16", "Orvane Foods notified Kellner Pay and Tarrant Card on September 14 and informed the Vesk Data Authority a week later.",
			schema.EventWarning, "orvane-foods", "vesk-data-authority", "2026-09-21"},
		{"said it, dates", "2026-10-16", "Orvane Foods said it told Kellner Pay on September 3 and briefed the Vesk Data Authority on September 9.",
			schema.EventWarning, "orvane-foods", "vesk-data-authority", "2026-09-09"},
		{"no time of its own", "2026-10-16", "Orvane Foods notified Kellner Pay on September 14 and informed the Vesk Data Authority.",
			schema.EventWarning, "orvane-foods", "vesk-data-authority", "2026-09-14"},
	}, false)
}

// TestTellingAtDeedTime checks that a telling whose own time is defined by a clause of its
// own ("alerted X the day it found the intrusion") does not go on at the occasion of the
// sentence before; a bare telling still does.
func TestTellingAtDeedTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the day it found", "2026-05-08", "Orvane Foods disclosed the theft on April 27. The company alerted the Vesk Data Authority the day it found the intrusion.",
			schema.EventWarning, "orvane-foods", "vesk-data-authority", ""},
		{"the morning the servers went down", "2026-05-08", "Orvane Foods disclosed the theft on April 27. The company alerted the Vesk Data Authority the morning the servers went down.",
			schema.EventWarning, "orvane-foods", "vesk-data-authority", ""},
		{"bare telling goes on", "2026-05-08", "Orvane Foods disclosed the theft on April 27. The company alerted the Vesk Data Authority.",
			schema.EventWarning, "orvane-foods", "vesk-data-authority", "2026-04-27"},
		{"a week after discovering", "2026-05-08", "Orvane Foods disclosed the theft on April 27. A week after discovering the theft, the company alerted the Vesk Data Authority.",
			schema.EventWarning, "orvane-foods", "vesk-data-authority", ""},
		{"two days later: its own time", "2026-05-08", "Orvane Foods disclosed the theft on April 27. Two days later, the company alerted the Vesk Data Authority.",
			schema.EventWarning, "orvane-foods", "vesk-data-authority", "2026-04-29"},
		{"days after the breach", "2026-05-08", "Orvane Foods disclosed the theft on April 27. Days after the breach, the company alerted the Vesk Data Authority.",
			schema.EventWarning, "orvane-foods", "vesk-data-authority", ""},
	}, false)
}

// TestDocumentRelativeWarns checks that a warning told in a relative clause on a document
// someone issued ("published guidance on Monday that warned …") is the issuer's, on the day the
// document came out, while a deed told in a relative clause on another noun is not.
func TestDocumentRelativeWarns(t *testing.T) {
	tests := []struct {
		name, text, agent, day string
	}{
		{"guidance with its day after the noun",
			"The Tarrow Cyber Office published guidance on Monday that warned councils their phone systems could be cloned.",
			"tarrow-cyber-office", "2026-03-02"},
		{"a bulletin with 'which' and a date",
			"The Tarrow Cyber Office issued a joint bulletin on February 27 which urged councils to patch their routers.",
			"tarrow-cyber-office", "2026-02-27"},
		{"a report with its day after the noun",
			"Pellow Labs released a report on Tuesday that warned hospitals about a new ransomware strain.",
			"pellow-labs", "2026-03-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-03-05", tt.text)
			ev := findEvent(g, schema.EventWarning, tt.agent, "")
			if assert.NotNil(t, ev, eventsString(g)) {
				assert.Equal(t, tt.day, ev.Time.Value, eventsString(g))
			}
		})
	}
}

// TestOfficeHolderTold checks that a capitalised office set before its holder's name in
// apposition ("the Minister for X, Name,") gives the holder as the one told, whether the
// office is the object of the verb, after "told" or after "wrote to".
func TestOfficeHolderTold(t *testing.T) {
	checkTold(t, "2024-06-06", []toldCase{
		{"briefed the Minister for", "The Orvale Cyber Agency briefed the Minister for Digital Affairs, Tomas Brekke, on Friday.",
			[]string{"orvale-cyber-agency → tomas-brekke"}, nil},
		{"told the Secretary of State for", "Pellmark Bank told the Secretary of State for Science and Industry, Ruth Aldane, that its systems were down.",
			[]string{"pellmark-bank → ruth-aldane"}, nil},
		{"wrote to the Minister of", "Ada Whent wrote to the Minister of Public Safety, Lionel Garve, on Monday. Mr Garve has not replied.",
			[]string{"ada-whent → lionel-garve"}, nil},
		{"office with no holder named", "The Orvale Cyber Agency briefed the Minister for Digital Affairs on Friday, Tomas Brekke said.",
			nil, []string{"orvale-cyber-agency → tomas-brekke"}},
	})
}

// TestLearnedFromAfterTime checks that a time phrase or an adverb between a verb of learning
// and "from" still makes the one named after "from" the teller ("learned on Friday from X
// that …", "heard only last month from X that …").
func TestLearnedFromAfterTime(t *testing.T) {
	checkTold(t, "2024-06-06", []toldCase{
		{"learned on Friday from", "Mayor Ilse Varn said she learned on Friday from the Orvale Federal Police that her aide had been charged.",
			[]string{"orvale-federal-police → ilse-varn"}, nil},
		{"heard only last month from", "Pellmark Bank heard only last month from the Orvale Cyber Agency that its servers had been breached.",
			[]string{"orvale-cyber-agency → pellmark-bank"}, nil},
		{"learned from mistakes", "Pellmark Bank learned on Friday from its mistakes, its chief executive said.",
			nil, []string{"pellmark-bank → mistakes"}},
	})
}

// TestPassedIndirectObject checks that "passed X a list of …" tells X, as "gave X a list"
// does.
func TestPassedIndirectObject(t *testing.T) {
	checkTold(t, "2024-06-06", []toldCase{
		{"passed X a list", "The Orvale Federal Police passed the Orvale Cyber Agency a list of servers on Sunday.",
			[]string{"orvale-federal-police → orvale-cyber-agency"}, nil},
	})
}

// TestToldBarePolice checks that bare "police" after "to" is the noun, the one police force
// the article names, even when that force's name opens with a demonym of no single state
// ("the Korean National Police Agency"), while "to police the border" stays a verb.
func TestToldBarePolice(t *testing.T) {
	checkTold(t, "2024-06-06", []toldCase{
		{"reported to police", "The Korean National Police Agency said on Monday it had arrested two men. Harrow Bank said it reported the theft to police on Tuesday.",
			[]string{"harrow-bank → korean-national-police-agency"}, nil},
		{"referred the case to police", "The Korean National Police Agency opened an inquiry in May. The Quellan Cyber Agency then referred the case to police.",
			[]string{"quellan-cyber-agency → korean-national-police-agency"}, nil},
		{"the verb police", "The Korean National Police Agency opened an inquiry in May. The Quellan Cyber Agency was asked to police the networks.",
			nil, []string{"quellan-cyber-agency → korean-national-police-agency"}},
	})
}

// TestWrittenTo checks that a perfect of writing to someone tells them, as the past tense
// does ("has written to X", "had written to X"), while a letter merely written stays no
// telling by the writer.
func TestWrittenTo(t *testing.T) {
	checkTold(t, "2024-06-06", []toldCase{
		{"had written to", "Amnesty International said it had written to Corvane Systems on September 2 setting out its findings.",
			[]string{"amnesty-international → corvane-systems"}, nil},
		{"has written to", "Harrow Bank has written to the Norland Financial Authority about the outage.",
			[]string{"harrow-bank → norland-financial-authority"}, nil},
	})
}

// TestHandedPassive checks information handed over in the passive: the one after "by", else
// the owner of the information, tells the receiver; people or secrets handed over are not a
// telling.
func TestHandedPassive(t *testing.T) {
	checkTold(t, "2024-06-06", []toldCase{
		{"owner's findings shared with", "Tracewell Analytics published a report on Monday. The firm's findings were shared with the Quellan Cyber Agency before publication.",
			[]string{"tracewell-analytics → quellan-cyber-agency"}, nil},
		{"its analysis passed to", "Harrow Bank found the transfers in May. Its detailed analysis was passed to the Norland Financial Authority last week.",
			[]string{"harrow-bank → norland-financial-authority"}, nil},
		{"details handed by", "Details of the transfers were handed to the Norland Police by Harrow Bank on Friday.",
			[]string{"harrow-bank → norland-police"}, nil},
		{"suspects handed over", "The two suspects were handed to the Norland Police by Harrow Bank on Friday.",
			nil, []string{"harrow-bank → norland-police"}},
		{"secret files passed", "Classified files were passed to the Norland Police by Ivo Marsk on Friday.",
			nil, []string{"ivo-marsk → norland-police"}},
	})
}

// TestToldIncluding checks that the names of an example list after the described ones told
// are told ("warned hospitals, including X,", "notified its customers, including Y and Z,").
func TestToldIncluding(t *testing.T) {
	checkTold(t, "2024-06-06", []toldCase{
		{"warned hospitals including", "The Quellan Cyber Agency warned hospitals, including Dunmore General Hospital, about the flaw on Monday.",
			[]string{"quellan-cyber-agency → dunmore-general-hospital"}, nil},
		{"notified customers including", "Harrow Bank said on Thursday that it had notified its largest customers, including carmaker Vireo Motors and Kestrel Foods Ltd., in early January.",
			[]string{"harrow-bank → vireo-motors", "harrow-bank → kestrel-foods-ltd"}, nil},
	})
}

// TestToldByStateSpyAgencyDescribed checks that a state's intelligence agency described after
// its possessive ("briefed by Australia's signals intelligence agency") is the one the article
// names, by the gazetteer's class or a word of its name shared with the description, not the
// state; with two such agencies and no shared word, none is chosen.
func TestToldByStateSpyAgencyDescribed(t *testing.T) {
	checkTold(t, "2024-06-06", []toldCase{
		{"signals agency", "The Australian Signals Directorate said on Monday that it had seen the traffic. The Australian Cyber Security Centre issued an advisory. " +
			"Senator Kirsten Aldous said she was briefed by Australia's signals intelligence agency in early December.",
			[]string{"australian-signals-directorate → kirsten-aldous"}, []string{"australian-cyber-security-centre → kirsten-aldous"}},
	})
}

// TestCityPoliceTold checks that a place's name before a lower-case "police" is that
// place's force ("Dunmore police referred the complaint to X"), not the one force the article
// names elsewhere, nor a force at all before a longer noun phrase ("Dunmore police chief").
func TestCityPoliceTold(t *testing.T) {
	checkTold(t, "2024-06-06", []toldCase{
		{"city police referred", "The RCMP opened an inquiry in May. Ada Whent said Dunmore police referred her complaint to the RCMP in March.",
			[]string{"dunmore-police → royal-canadian-mounted-police"}, nil},
		{"told city police", "Harrow Bank said on Monday that it had told Dunmore police about the transfers.",
			[]string{"harrow-bank → dunmore-police"}, nil},
	})
}

// TestToldByOwnOfficerOrTeam checks that a body's officer or team named by a possessive tells
// for the body: "X, which hosts Y, said its director general had briefed Z" (a title whose
// adjective follows its noun, after a relative clause naming another body) and "Name, chief
// executive of X, said her team had informed Z" (the team of the body she works for).
func TestToldByOwnOfficerOrTeam(t *testing.T) {
	checkTold(t, "2026-04-02", []toldCase{
		{"its director general, past a relative clause", "The Harl Communications Authority, which hosts Harl-CERT, said its director general had briefed the parliamentary defence committee on Monday.",
			[]string{"harl-communications-authority → parliamentary-defence-committee"}, []string{"harl-cert → parliamentary-defence-committee"}},
		{"its secretary general", "The Ostrava Port Union, which represents Corvel Shipping, said its secretary general had warned the Danube Shipping Board in May.",
			[]string{"ostrava-port-union → danube-shipping-board"}, []string{"corvel-shipping → danube-shipping-board"}},
		{"her team, for her employer", "Mara Tell, chief executive of Orvane Bank, said her team had informed the Norland Cyber Agency of the discovery on April 19.",
			[]string{"orvane-bank → norland-cyber-agency"}, []string{"mara-tell → norland-cyber-agency"}},
	})
}

// TestToldAfterComparativeAdverb checks that a comparative adverb between the auxiliary and the
// verb of telling ("had later told", "had earlier warned"), which the tagger reads as RBR, keeps
// the subject as the teller as any adverb does.
func TestToldAfterComparativeAdverb(t *testing.T) {
	checkTold(t, "2026-05-14", []toldCase{
		{"had later told it", "Vessmar Bank said the Harl Cyber Agency had later told it that the same tools had been used against two shipping agents.",
			[]string{"harl-cyber-agency → vessmar-bank"}, nil},
		{"had later told a name", "The Harl Cyber Agency had later told Vessmar Bank that its servers were infected.",
			[]string{"harl-cyber-agency → vessmar-bank"}, nil},
	})
}

// TestToldLawmakers checks that members of a legislature told as a bare plural ("told
// lawmakers", "briefed senators") stand for the body they sit in: the article's one committee,
// else its one legislature; with no such body named, no one is told.
func TestToldLawmakers(t *testing.T) {
	checkTold(t, "2026-05-14", []toldCase{
		{"told lawmakers, one legislature", "The Harl Parliament debated the bill. The Harl Intelligence Service told lawmakers on Monday that northern hackers had stolen $1 billion from Dorsk Bank.",
			[]string{"harl-intelligence-service → harl-parliament"}, nil},
		{"told senators, one committee", "The Senate Banking Committee held a hearing on Tuesday. Nathan Pruitt told senators that hackers had stolen $5 million from Dorsk Bank.",
			[]string{"nathan-pruitt → senate-banking-committee"}, nil},
		{"briefed lawmakers", "The House Homeland Security Committee held a hearing on Tuesday. The Harl Cyber Agency had briefed lawmakers on the breach at Dorsk Bank in May.",
			[]string{"harl-cyber-agency → house-homeland-security-committee"}, nil},
		{"no body named", "The Harl Intelligence Service told lawmakers on Monday that northern hackers had stolen $1 billion from Dorsk Bank.",
			nil, []string{"harl-intelligence-service → dorsk-bank"}},
		{"an unnamed teller is left alone", "The Harl Parliament debated the bill. A former senior official told lawmakers on Monday that hackers had stolen $1 billion from Dorsk Bank.",
			nil, []string{"harl-parliament → harl-parliament"}},
	})
}

// TestRelayedToNamedRole checks the verbs of passing something on (cue flagverb: "relayed the
// call") and roleHolder: a hearer given as a role with the name after a comma ("to the
// campaign manager, Luis Arredondo") is that person, while a role named by no one stays unheard.
func TestRelayedToNamedRole(t *testing.T) {
	checkTold(t, "2025-04-11", []toldCase{
		{"relayed a call to a named role", "Mara Quill said she relayed the call to the campaign manager, Tobin Ferro, two days later.",
			[]string{"mara-quill → tobin-ferro"}, nil},
		{"forwarded a message to a name", "The Harlow Police forwarded the message to Europol on Monday.",
			[]string{"harlow-police → europol"}, nil},
		{"passed findings to a named role", "Corvane Freight passed its findings to the outside counsel, Ilse Marwood, on Monday.",
			[]string{"corvane-freight → ilse-marwood"}, nil},
		{"a role with no name after it", "Mara Quill said she relayed the call to the campaign manager two days later.",
			nil, []string{"mara-quill → tobin-ferro"}},
	})
}

// TestCountedHearersUntold checks that hearers a teller only counts, vaguely and unnamed ("notified
// "a small number" of other companies", "warned dozens of hospitals"), are no actor told, while
// a hearer named first stays told.
func TestCountedHearersUntold(t *testing.T) {
	tests := []struct {
		name, body, teller, hearer string // hearer "" = the warning names none
		crowd                      string // the counted plural, no actor
	}{
		{"a small number, in quotation marks", "Quarrow Water said its billing servers had been encrypted. An official told lawmakers that the Norland Cyber Office had notified \"a small number\" of other Norlandish companies about the flaw.",
			"norland-cyber-office", "", "Norlandish companies"},
		{"dozens of", "The Norland Cyber Office warned dozens of regional hospitals about the flaw on Monday.",
			"norland-cyber-office", "", "regional hospitals"},
		{"a named hearer first stays told", "The Norland Cyber Office warned Quarrow Water about the flaw on Monday.",
			"norland-cyber-office", "quarrow-water", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-05", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventWarning, tt.teller, tt.hearer), eventsString(g))
			for _, e := range g.Events {
				for _, p := range e.Participants {
					if tt.hearer == "" && e.Type == schema.EventWarning {
						assert.NotEqual(t, schema.RoleTarget, p.Role, eventsString(g))
					}
				}
			}
			if tt.crowd != "" {
				assert.Nil(t, actorByName(g, tt.crowd), "actors %v", names(g))
			}
		})
	}
}

// TestSameDaySayingOfAccusation checks that a saying by the accuser the sentence after its
// accusation, on the same day, is that announcement told on, not a statement of its own.
func TestSameDaySayingOfAccusation(t *testing.T) {
	g := extractText(t, "2025-03-06", "The Norland Cyber Security Centre on Wednesday blamed the Brass Heron group for the attack on Quarrow Water. "+
		"In a joint advisory with the Westerian Cyber Office, the centre said the group had stolen customer records.")
	assert.NotNil(t, findEvent(g, schema.EventAccusation, "norland-cyber-security-centre", ""), eventsString(g))
	assert.Zero(t, countEventsWith(g, schema.EventStatement, "norland-cyber-security-centre", schema.RoleAgent), eventsString(g))
}

// TestGappedHearer checks that a second hearer told with the verb left out after the first's
// time ("notified X on February 23 and Y on February 25", "… and Y a day later") is told too,
// on its own day, while a clause of its own after "and" tells no one.
func TestGappedHearer(t *testing.T) {
	tests := []struct{ name, body, hearer, day string }{
		{"its own date", "Harlow Bank notified the Velmont Financial Authority on February 23 and the Data Protection Office on February 25.", "data-protection-office", "2026-02-25"},
		{"a day later", "Harlow Bank said it notified the Velmont Financial Authority on February 23 and the Data Protection Office a day later.", "data-protection-office", "2026-02-24"},
		{"a clause of its own", "Harlow Bank notified the Velmont Financial Authority on February 23 and Orland Bank suffered an outage.", "orland-bank", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-05-15", tt.body)
			ev := findEvent(g, schema.EventWarning, "harlow-bank", tt.hearer)
			if tt.day == "" {
				assert.Nil(t, ev, eventsString(g))
				return
			}
			if assert.NotNil(t, ev, eventsString(g)) {
				assert.Equal(t, tt.day, ev.Time.Value, eventsString(g))
			}
			assert.NotNil(t, findEvent(g, schema.EventWarning, "harlow-bank", "velmont-financial-authority"), eventsString(g))
		})
	}
}

// TestStaffTold checks a warning told to a body's people or team named only by what they are to
// it: a bare institution noun before a staff word ("briefed committee staff": the article's one
// committee), a possessive pronoun before one ("alerted its security team"), and, when that
// pronoun takes up the teller, the body that opens the sentence; a body warning its own staff
// tells no one else.
func TestStaffTold(t *testing.T) {
	checkTold(t, "2025-07-22", []toldCase{
		{name: "committee staff", body: "The Tarvel Energy Committee opened an inquiry into the outage on Monday. Orvane Foods briefed committee staff on Tuesday.",
			want: []string{"orvane-foods → tarvel-energy-committee"}},
		{name: "two committees", body: "The Tarvel Energy Committee and the Vesk Budget Committee opened inquiries on Monday. Orvane Foods briefed committee staff on Tuesday.",
			not: []string{"orvane-foods → tarvel-energy-committee", "orvane-foods → vesk-budget-committee"}},
		{name: "team of the opening subject", body: "Orvane Bank said the Halden Cyber Agency alerted its security team on Monday.",
			want: []string{"halden-cyber-agency → orvane-bank"}},
		{name: "IT department", body: "Kestrel Bank said the Halden Cyber Agency contacted its IT department on Monday.",
			want: []string{"halden-cyber-agency → kestrel-bank"}},
		{name: "own staff", body: "Orvane Foods warned its staff on Monday.",
			not: []string{"orvane-foods → orvane-foods"}},
		{name: "own staff after a teller", body: "Kestrel Bank said the Halden Cyber Agency warned its staff on Monday.",
			not: []string{"halden-cyber-agency → kestrel-bank"}},
	})
}

// TestDenialAfterBut checks that a verb of denying joined by "but" to a reporting verb whose
// "that" clause names no actor ("confirmed that staff files had been read but denied that …")
// is a denial by the reporting verb's subject; "but" before any other verb joins nothing.
func TestDenialAfterBut(t *testing.T) {
	tests := []struct {
		name, body, agent string
		want              bool
	}{
		{"confirmed that … but denied that", "Harlow Freight confirmed that payroll files had been copied but denied that any customer data was taken.", "harlow-freight", true},
		{"confirmed … but rejected", "The Velmora Water Board confirmed the intrusion on Monday but rejected claims that it had hidden it.", "velmora-water-board", true},
		{"said … but dismissed", "Kestrel Bank said its card systems were never reached but dismissed the ransom demand as a bluff.", "kestrel-bank", true},
		{"an actor in the granted clause", "Harlow Freight confirmed on Friday that intruders had copied payroll files but denied that any customer data was taken.", "harlow-freight", true},
		{"admitted … but denied", "Ivo Marsh admitted passing the passwords to a friend but denied selling them to the Rook gang.", "ivo-marsh", true},
		{"but with its own subject", "Harlow Freight confirmed the breach, but the Orvale Police denied that they had been told.", "harlow-freight", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-05", tt.body)
			assert.Equal(t, tt.want, findEvent(g, schema.EventDenial, tt.agent, "") != nil, eventsString(g))
		})
	}
}

// TestQuoteTaggedTelling checks that "told" tagging a direct quotation ("“…,” X told Y") is a
// statement made to Y, not a warning, whether the quotation opens in the sentence or sentences
// before; "told Y that …" with no quotation stays a warning.
func TestQuoteTaggedTelling(t *testing.T) {
	tests := []struct {
		name, body     string
		typ            schema.EventType
		teller, hearer string
	}{
		{"curly quotes", "“We had no idea the servers were open,” Lena Voss told the Harrow Water Board on Monday.",
			schema.EventStatement, "Lena Voss", "Harrow Water Board"},
		{"straight quotes, apposition", `"Nobody called us back," Tomas Brell, the clinic's manager, told the Harrow Water Board.`,
			schema.EventStatement, "Tomas Brell", "Harrow Water Board"},
		{"judge to the defendant", `"You put lives at risk," Judge Ada Moyo told Piet Garr.`,
			schema.EventStatement, "Ada Moyo", "Piet Garr"},
		{"quotation opened a sentence before", `Ilse Varga spoke after the vote. "The delay cost us weeks. That was not acceptable," Ms. Varga told the Orvale Cyber Agency.`,
			schema.EventStatement, "Ilse Varga", "Orvale Cyber Agency"},
		{"told that, no quotation", "Lena Voss told the Harrow Water Board on Monday that the servers had been open.",
			schema.EventWarning, "Lena Voss", "Harrow Water Board"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-03-05", tt.body)
			assert.True(t, hasEvent(g, tt.typ, tt.teller, tt.hearer), "got %s, want %s %s → %s", eventsString(g), tt.typ, tt.teller, tt.hearer)
		})
	}
}

// TestToldBodies checks that institutions described by a bare plural are those told when
// they are the object of a verb of telling or the addressees of a noun of warning ("warned
// ministries", "alerted regulators", "issued a warning to ministries"), while a bare plural of
// businesses stays too vague to be an actor ("warned banks").
func TestToldBodies(t *testing.T) {
	tests := []toldCase{
		{"warned ministries", "The Orsolan National Cyber Centre warned ministries on Tuesday that Iron Wren was sending phishing emails.",
			[]string{"orsolan-national-cyber-centre → ministries"}, nil},
		{"alerted regulators", "Brannock Lab alerted regulators in October.",
			[]string{"brannock-lab → regulators"}, nil},
		{"fronted time, notified agencies", "Last week Fenwright Systems notified agencies about the leak.",
			[]string{"fenwright-systems → agencies"}, nil},
		{"informed regulators with a clause", "Halloran Bank informed regulators last month that its records had been exposed.",
			[]string{"halloran-bank → regulators"}, nil},
		{"reported speech", "Gansett Power said it had notified regulators and was cooperating with investigators.",
			[]string{"gansett-power → regulators"}, nil},
		{"a warning to ministries", "The Dravenport Cyber Directorate issued a warning to ministries on November 6.",
			[]string{"dravenport-cyber-directorate → ministries"}, nil},
		{"businesses stay vague", "The Dravenport Cyber Directorate warned banks on Monday that the flaw was being exploited.",
			nil, []string{"dravenport-cyber-directorate → banks"}},
	}
	checkTold(t, "2025-11-20", tests)
}

// TestToldTitledHearerAfterBody checks that a titled name right after "told" is the one
// told, not a speaker set after the verb as after "said" ("said Mayor X after the hearing"),
// when the subject before it is people of a named body ("officials at X told Mayor Y about …").
func TestToldTitledHearerAfterBody(t *testing.T) {
	tests := []toldCase{
		{"mayor, about", "Officials at the Corvane Ministry of Defence told Mayor Ilsa Prewitt about the intrusion in October.",
			[]string{"corvane-ministry-of-defence → ilsa-prewitt"}, nil},
		{"senator, that-clause", "Officials at the Corvane Ministry of Defence told Senator Ilsa Prewitt in October that the network had been breached.",
			[]string{"corvane-ministry-of-defence → ilsa-prewitt"}, nil},
		{"engineers from, minister", "Engineers from Gansett Power told Energy Minister Oren Vask about the outage on Monday.",
			[]string{"gansett-power → oren-vask"}, nil},
	}
	checkTold(t, "2025-11-20", tests)
}

// TestHearerGroupBeforeVerb checks that a group told ("the affected banks") ends at an "and"
// that joins a verb to the clause ("informed the affected banks and was working with X"),
// while an "and" before another noun phrase still goes on ("the utilities and their
// customers").
func TestHearerGroupBeforeVerb(t *testing.T) {
	tests := []toldCase{
		{"reported speech, auxiliary after and", "Quillfeather Security said it had informed the affected banks and was working with the Tarsk Federal Bureau.",
			[]string{"quillfeather-security → affected-banks"}, nil},
		{"second verb", "The Dravenport Cyber Directorate warned the regional utilities and urged them to patch.",
			[]string{"dravenport-cyber-directorate → regional-utilities"}, nil},
		{"second verb with object", "Pellridge Health notified the affected patients and offered them credit monitoring.",
			[]string{"pellridge-health → affected-patients"}, nil},
		{"counted group", "Brannock Lab alerted its 300 member banks and asked them to reset passwords.",
			[]string{"brannock-lab → member-banks"}, nil},
		{"conjoined noun phrase", "The Dravenport Cyber Directorate warned the regional utilities and their customers on Monday.",
			nil, []string{"dravenport-cyber-directorate → regional-utilities"}},
	}
	checkTold(t, "2025-11-20", tests)
}

// TestMessageToDescribedPeople checks that a message addressed to people described by what
// they are to its author ("In a letter to customers, X said …", "an email to employees")
// tells them, fronted before the author's verb as a named addressee does.
func TestMessageToDescribedPeople(t *testing.T) {
	tests := []toldCase{
		{"fronted letter, customers", "In a letter to customers on Monday, Tessaline Group said hackers had accessed billing records.",
			[]string{"tessaline-group → customers"}, nil},
		{"fronted email, employees", "In an email to employees, Pellridge Health said the network had been breached.",
			[]string{"pellridge-health → employees"}, nil},
		{"fronted memo, members, trailing date", "In a memo to members, the Veld Nurses Union said on Tuesday that the servers were down.",
			[]string{"veld-nurses-union → members"}, nil},
	}
	checkTold(t, "2025-11-20", tests)
}

// TestToldPassiveConjoinedSubject checks that every conjunct of the subject of a passive verb
// of telling is told ("X and Y were notified by Z"), as every conjunct of an active one's
// object is.
func TestToldPassiveConjoinedSubject(t *testing.T) {
	tests := []toldCase{
		{"two named bodies", "The Velmar Police and the Tarsk Federal Bureau were notified by Ostrel Labs on Monday.",
			[]string{"ostrel-labs → velmar-police", "ostrel-labs → tarsk-federal-bureau"}, nil},
		{"three, fronted date", "On May 2, Marrow Bank, Halloran Bank and Gansett Power were warned by the Dravenport Cyber Directorate.",
			[]string{"dravenport-cyber-directorate → marrow-bank", "dravenport-cyber-directorate → halloran-bank", "dravenport-cyber-directorate → gansett-power"}, nil},
		{"reported speech", "Ostrel Labs said the Velmar Police and the Tarsk Federal Bureau had been briefed.",
			[]string{"ostrel-labs → velmar-police", "ostrel-labs → tarsk-federal-bureau"}, nil},
	}
	checkTold(t, "2025-11-20", tests)
}
