package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestDescribedParticipants checks participants the article gives by a description only: "the
// administration", a regulator set beside its name, plural described targets.
func TestDescribedParticipants(t *testing.T) {
	checkEventRules(t, "2024-06-10", []eventCase{
		{"the administration is the executive office named", "The order was drafted at the White House in April. Senator Mara Quill accused the administration of hiding the memo from lawmakers.",
			schema.EventAccusation, "mara-quill", "white-house", true},
		{"no executive office named, no target", "The order was drafted in April. Senator Mara Quill accused the administration of hiding the memo from lawmakers.",
			schema.EventAccusation, "mara-quill", "white-house", false},
		{"the administration of a thing is no executive", "The White House spoke in April. Senator Mara Quill praised the administration of the vote in Ostrel.",
			schema.EventAccusation, "", "white-house", false},
		{"notified the regulator of: the described regulator", "The Quellan Data Office, the data protection regulator, opened an inquiry on Friday. Harrow Bank notified the regulator of the breach on Wednesday.",
			schema.EventWarning, "harrow-bank", "quellan-data-office", true},
		{"the department of a field is still a name", "The Quellan Data Office, a regulator, opened an inquiry on Friday. Harrow Bank praised the regulator of the markets on Wednesday.",
			schema.EventWarning, "harrow-bank", "quellan-data-office", false},
		{"a field title's Office is an agency", "The Data Commissioner's Office, the regulator, opened an inquiry on Friday. Harrow Bank notified the regulator of the breach on Wednesday.",
			schema.EventWarning, "harrow-bank", "data-commissioners-office", true},
		{"and warned employees: a telling verb, its sender the main clause's subject", "Harrow Bank said it would help anyone whose data was exposed and warned employees on Tuesday that criminals might call them.",
			schema.EventWarning, "harrow-bank", "employees", true},
		{"a participle modifying a noun stays an adjective", "Harrow Bank said the stolen files and leaked records were genuine.",
			schema.EventLeak, "", "", false},
		{"warned state electoral bodies: a described plural target", "In late 2023 the Quellan Cyber Agency warned state electoral bodies that Grey Heron was scanning their systems.",
			schema.EventWarning, "quellan-cyber-agency", "state-electoral-bodies", true},
		{"politicians hacked: a described plural target", "In October the Quellan Cyber Agency said Grey Heron had broken into the email accounts of opposition politicians.",
			schema.EventIntrusion, "grey-heron", "opposition-politicians", true},
		{"warned the leaders of the major parties", "The Quellan Cyber Agency warned the leaders of the major parties in a classified briefing in April.",
			schema.EventWarning, "quellan-cyber-agency", "leaders-of-the-major-parties", true},
		{"the leaders of a named body are no described actor", "The Quellan Cyber Agency warned the leaders of Harrow Bank in April.",
			schema.EventWarning, "quellan-cyber-agency", "leaders-of-harrow-bank", false},
		{"two modifiers joined by and share one head", "The Quellan Cyber Agency warned rail and logistics operators on Monday that Grey Heron was scanning their systems.",
			schema.EventWarning, "quellan-cyber-agency", "rail-and-logistics-operators", true},
		{"a plural before and is a conjunct of its own", "The Quellan Cyber Agency warned ports and energy companies on Monday that Grey Heron was scanning their systems.",
			schema.EventWarning, "quellan-cyber-agency", "ports-and-energy-companies", false},
		{"the university is the university named", "Officers approached students at Velmora Technical University in May. The university alerted the Karsovian Security Service in November.",
			schema.EventWarning, "velmora-technical-university", "karsovian-security-service", true},
		{"the hospital is the hospital named", "Hackers broke into St. Arlen Regional Hospital in May. The hospital notified the Quellan Data Office on Monday.",
			schema.EventWarning, "st-arlen-regional-hospital", "quellan-data-office", true},
		{"the federation is the federation named", "The Quellan Swimming Federation criticised the fine in May. The federation wrote to the Quellan Data Office on Monday.",
			schema.EventStatement, "quellan-swimming-federation", "quellan-data-office", true},
		{"a described intelligence service tells", "The Quellan Cyber Agency grew suspicious in 2023, when an allied intelligence service alerted it that Grey Heron was active.",
			schema.EventWarning, "allied-intelligence-service", "quellan-cyber-agency", true},
		{"a described company does not", "Harrow Bank grew suspicious in 2023, when a cloud company alerted it that Grey Heron was active.",
			schema.EventWarning, "cloud-company", "", false},
		{"a cloud service is no agency", "Grey Heron breached a cloud service in May.",
			schema.EventIntrusion, "grey-heron", "cloud-service", false},
		{"the lede's described person is the one named with an age", "Swedish police on Monday arrested an engineer at a shipyard over the theft of sonar designs. The man, identified in court papers as Olof Brask, 44, worked at Harrow Marine.",
			schema.EventLegal, "", "olof-brask", true},
		{"no age, no name for the lede's person", "Swedish police on Monday arrested an engineer at a shipyard over the theft of sonar designs. Olof Brask, the shipyard's director, said he was shocked.",
			schema.EventLegal, "", "olof-brask", false},
		{"the employer of the lede's person is no target", "Swedish police on Monday arrested an engineer at Harrow Marine over the theft of sonar designs. The man, Olof Brask, 44, denied it.",
			schema.EventLegal, "", "harrow-marine", false},
		{"a nationality describes the lede's person, a reduced relative holds no subject", "A Latvian man accused of breaching a hospital network in the southern Ostrel Republic has been extradited from Norland. Ivo Brenk, 29, was flown to Ostrel on Friday.",
			schema.EventLegal, "", "ivo-brenk", true},
		{"nor is the place inside the reduced relative the one extradited", "A Latvian man accused of breaching a hospital network in the southern Ostrel Republic has been extradited from Norland. Ivo Brenk, 29, was flown to Ostrel on Friday.",
			schema.EventLegal, "", "ostrel-republic", false},
		{"a reduced relative names the accused, not an accuser", "A Latvian man accused of breaching a hospital network has been extradited from Norland. Ivo Brenk, 29, was flown to Ostrel on Friday.",
			schema.EventAccusation, "ivo-brenk", "", false},
		{"an apposed noun's reduced relative names the accused, the name accuses no one", "An appeals court on Tuesday acquitted Rutger Velm, a former bank clerk accused of stealing the account details of customers of Harrow Bank.",
			schema.EventAccusation, "rutger-velm", "", false},
		{"likewise after an apposed description", "Police arrested Ivo Marsk, an engineer accused of selling sonar designs to Ostrel.",
			schema.EventAccusation, "ivo-marsk", "", false},
		{"an active accusation keeps its accuser", "Harrow Bank on Monday accused Ivo Marsk of stealing customer data.",
			schema.EventAccusation, "harrow-bank", "ivo-marsk", true},
		{"a subject that says something keeps its clause", "Harrow Bank said in a statement that it welcomed the extradition of Ivo Brenk.",
			schema.EventStatement, "harrow-bank", "", true},
		{"a demonym's prosecutors are the prosecution service named", "Swedish prosecutors on Wednesday charged Olof Brask with espionage. Per Lind, a chief prosecutor at the Swedish Prosecution Authority, declined to comment.",
			schema.EventLegal, "swedish-prosecution-authority", "olof-brask", true},
		{"prosecutors in a country, likewise", "Prosecutors in Sweden have charged Olof Brask with espionage. The Swedish Prosecution Authority declined to comment.",
			schema.EventLegal, "swedish-prosecution-authority", "olof-brask", true},
		{"no service named, the country stays", "Swedish prosecutors on Wednesday charged Olof Brask with espionage.",
			schema.EventLegal, "sweden", "olof-brask", true},
		{"police in a country are its police force named", "Police in Poland detained Ivo Marsk on Tuesday. Poland's Central Bureau for Combating Cybercrime said officers had seized two laptops.",
			schema.EventLegal, "polands-central-bureau-for-combating-cybercrime", "ivo-marsk", true},
		{"not the country then", "Police in Poland detained Ivo Marsk on Tuesday. Poland's Central Bureau for Combating Cybercrime said officers had seized two laptops.",
			schema.EventLegal, "poland", "ivo-marsk", false},
		{"no force named, the country stays", "Police in Poland detained Ivo Marsk on Tuesday.",
			schema.EventLegal, "poland", "ivo-marsk", true},
		{"a fronted legal participle: its doer opens the main clause", "Sentencing Ivo Marsk at Tarvenna Crown Court, Judge Mara Quill said the attack had harmed patients.",
			schema.EventLegal, "mara-quill", "ivo-marsk", true},
		{"likewise after a preposition of time", "After arresting Ivo Marsk on Monday, the Quellan Cyber Agency said more arrests would follow.",
			schema.EventLegal, "quellan-cyber-agency", "ivo-marsk", true},
		{"a fronted participle of another kind takes no doer so", "After monitoring Harrow Bank for weeks, the Quellan Cyber Agency said more arrests would follow.",
			schema.EventEspionage, "quellan-cyber-agency", "harrow-bank", false},
		{"police in a city are that city's force, named by the phrase", "Police in Tarvenna arrested two men on Monday.",
			schema.EventLegal, "police-in-tarvenna", "", true},
		{"a demonym's police with a modifier are one force", "German federal police raided the offices of Harrow Hosting on Monday.",
			schema.EventLegal, "german-federal-police", "harrow-hosting", true},
		{"a modifier outside the list makes no force", "German forest police raided the offices of Harrow Hosting on Monday.",
			schema.EventLegal, "german-forest-police", "harrow-hosting", false},
		{"a demonym's counter-intelligence officials are the state warned", "Latvian counter-intelligence officials were warned by the Quellan Cyber Agency in May that two couriers were photographing a naval base.",
			schema.EventWarning, "quellan-cyber-agency", "latvia", true},
		{"its security officials likewise", "Estonian security officials were alerted by the Quellan Cyber Agency on Monday.",
			schema.EventWarning, "quellan-cyber-agency", "estonia", true},
		{"police in a capital likewise", "Police in Riga detained Ivo Marsk on Tuesday.",
			schema.EventLegal, "police-in-riga", "ivo-marsk", true},
		{"a capital's prosecutors are that city's prosecutors, not the state", "Riga prosecutors on Friday charged Ivo Marsk with selling stolen card data.",
			schema.EventLegal, "riga-prosecutors", "ivo-marsk", true},
		{"not the state whose capital it is", "Riga prosecutors on Friday charged Ivo Marsk with selling stolen card data.",
			schema.EventLegal, "latvia", "ivo-marsk", false},
		{"a grand jury in a place is a body of its own, not the place", "In May a federal grand jury in Tarvenna indicted Ivo Marsk on fraud charges.",
			schema.EventLegal, "federal-grand-jury-in-tarvenna", "ivo-marsk", true},
		{"not the place it sits in", "In May a federal grand jury in Tarvenna indicted Ivo Marsk on fraud charges.",
			schema.EventLegal, "tarvenna", "ivo-marsk", false},
		{"a grand jury is the ministry of justice the article names", "The Justice Department has charged several couriers. In May a federal grand jury in Tarvenna indicted Ivo Marsk on fraud charges.",
			schema.EventLegal, "justice-department", "ivo-marsk", true},
		{"a grand jury with no place", "Last week a grand jury indicted Ivo Marsk on fraud charges.",
			schema.EventLegal, "grand-jury", "ivo-marsk", true},
		{"a month after a grand jury is no place", "A grand jury in March indicted Ivo Marsk on fraud charges.",
			schema.EventLegal, "grand-jury-in-march", "ivo-marsk", false},
		{"a grand jury told something does nothing", "Harrow Bank told a grand jury in Tarvenna that Ivo Marsk had stolen its data.",
			schema.EventTheft, "grand-jury-in-tarvenna", "", false},
		{"a grand jury that returned an indictment is its agent", "The indictment, returned by a grand jury in Tarvenna on May 2, names Ivo Marsk and Lena Hald.",
			schema.EventLegal, "grand-jury-in-tarvenna", "ivo-marsk", true},
		{"against whom it names after a rank", "The indictment, returned by a grand jury in Tarvenna on May 2 and kept under seal until this week, names Captain Ivo Marsk.",
			schema.EventLegal, "grand-jury-in-tarvenna", "ivo-marsk", true},
		{"handed up, charging", "Prosecutors on Friday unsealed an indictment handed up by a federal grand jury in March charging Ivo Marsk with fraud.",
			schema.EventLegal, "federal-grand-jury", "ivo-marsk", true},
		{"a returning jury is not the ministry of justice named", "The Justice Department said on Friday that it had seized a server. The indictment, returned by a grand jury in Tarvenna, charges Ivo Marsk with fraud.",
			schema.EventLegal, "grand-jury-in-tarvenna", "ivo-marsk", true},
		{"an indictment that may be returned is no step", "An indictment could be returned by a grand jury in Tarvenna against Ivo Marsk next month.",
			schema.EventLegal, "grand-jury-in-tarvenna", "ivo-marsk", false},
		{"what the indictment accuses its men of names no one charged", "The indictment, returned by a grand jury in Tarvenna, accuses the men of belonging to Grey Heron.",
			schema.EventLegal, "grand-jury-in-tarvenna", "grey-heron", false},
		{"a city's prosecutors are the prosecution service named", "Riga prosecutors on Friday charged Ivo Marsk with fraud. The Riga District Prosecutor's Office said he had confessed.",
			schema.EventLegal, "riga-district-prosecutors-office", "ivo-marsk", true},
		{"a city's prosecutor's office", "The Tarvenna prosecutor's office said on Monday that it had charged Ivo Marsk with fraud.",
			schema.EventLegal, "tarvenna-prosecutors-office", "ivo-marsk", true},
		{"a city's public prosecutor's office", "The Tarvenna public prosecutor's office said on Monday that it had charged Ivo Marsk with fraud.",
			schema.EventLegal, "tarvenna-public-prosecutors-office", "ivo-marsk", true},
		{"a city the gazetteer does not know, before police", "Tarvenna police referred the complaint to the Quellan Cyber Agency in March.",
			schema.EventWarning, "tarvenna-police", "quellan-cyber-agency", true},
		{"a word of rank is no city", "Federal prosecutors on Friday charged Ivo Marsk with fraud. The Justice Department said he had confessed.",
			schema.EventLegal, "federal-prosecutors", "ivo-marsk", false},
		{"a national force named with a nationality is the bare police", "The Velmoran National Police Agency said it was investigating the breach. Police seized the servers of Orla Bank on Monday.",
			schema.EventLegal, "velmoran-national-police-agency", "orla-bank", true},
		{"so is the police a relative clause follows", "The Velmoran National Police Agency said it was investigating the breach. Orla Bank referred the case to police, who seized its servers on Monday.",
			schema.EventLegal, "velmoran-national-police-agency", "orla-bank", true},
		{"bare police are the one police force named, told after them", "Police arrested Ivo Marsk in Riga on Monday, Latvia's State Police said.",
			schema.EventLegal, "latvias-state-police", "ivo-marsk", true},
		{"or named before them", "Latvia's State Police said on Tuesday that it had opened an inquiry into the breach. Police arrested Ivo Marsk on Monday.",
			schema.EventLegal, "latvias-state-police", "ivo-marsk", true},
		{"no force named, bare police name no one", "Harrow Bank said its network had been breached. Police arrested Ivo Marsk on Monday.",
			schema.EventLegal, "harrow-bank", "ivo-marsk", false},
		{"two forces named, bare police are neither", "Latvia's State Police and Lithuania's Police Department opened an inquiry. Police arrested Ivo Marsk on Monday.",
			schema.EventLegal, "latvias-state-police", "ivo-marsk", false},
		{"a state's police called by its demonym are a force too", "The Estonian police opened an inquiry. Police arrested Ivo Marsk on Monday.",
			schema.EventLegal, "estonian-police", "ivo-marsk", true},
		{"a demonym's police and a named force are two", "The Estonian police and Latvia's State Police opened an inquiry. Police arrested Ivo Marsk on Monday.",
			schema.EventLegal, "estonian-police", "ivo-marsk", false},
		{"a force of another country is not theirs", "Police in Poland detained Ivo Marsk on Tuesday. The Czech National Police said it had helped.",
			schema.EventLegal, "poland", "ivo-marsk", true},
		{"a county's force named before is the bare police", "Harrow Bank reported the breach to Kestrel Valley Police on Friday. Police arrested Ivo Marsk on Monday.",
			schema.EventLegal, "kestrel-valley-police", "ivo-marsk", true},
		{"so is a city's police service", "The Tarvel Police Service said it had received a complaint from Harrow Bank. Police charged Ivo Marsk with fraud on Monday.",
			schema.EventLegal, "tarvel-police-service", "ivo-marsk", true},
		{"a local force beside a national one: bare police are neither", "Kestrel Valley Police and the Velmoran National Police Agency opened an inquiry. Police arrested Ivo Marsk on Monday.",
			schema.EventLegal, "kestrel-valley-police", "ivo-marsk", false},
		{"bare police telling read no local force", "Harrow Bank reported the breach to Kestrel Valley Police. Two laptops were seized at a flat in Tarvel on Monday, police said.",
			schema.EventStatement, "kestrel-valley-police", "", false},
		{"a counted plural of institutions is a described target", "Harrow Security said it had notified all six ministries before publication.",
			schema.EventWarning, "harrow-security", "six-ministries", true},
		{"a counted plural of companies is one too", "Harrow Security said it had notified six companies before publication.",
			schema.EventWarning, "harrow-security", "six-companies", true},
		{"institutions placed in a region are the target, not the region", "Grey Heron targeted ministries in Southeast Asia with an earlier tool in 2020.",
			schema.EventAttack, "grey-heron", "ministries-in-southeast-asia", true},
		{"servers in a city keep the city", "Grey Heron targeted servers in Oslo with an earlier tool in 2020.",
			schema.EventAttack, "grey-heron", "oslo", true},
		{"whom the doer impersonates is no victim", "In November Grey Heron began impersonating Harrow Bank in emails sent to diplomats.",
			schema.EventAttack, "grey-heron", "harrow-bank", false},
		{"the police are the police named before", "Harrow Bank asked the Norwegian police to open an inquiry. The police arrested two men in Bergen on Monday.",
			schema.EventLegal, "norwegian-police", "", true},
		{"a description matches a relative clause's words", "The intruders entered the network of Harrow Bank through a tainted update from Lantern Systems, which supplies its payment software. Harrow Bank chief executive Mira Solberg said the lender had cut its links. The software company said on Thursday that it had found the backdoor in January and warned its customers at the time.",
			schema.EventWarning, "lantern-systems", "", true},
		{"not the last company named", "The intruders entered the network of Harrow Bank through a tainted update from Lantern Systems, which supplies its payment software. Harrow Bank chief executive Mira Solberg said the lender had cut its links. The software company said on Thursday that it had found the backdoor in January and warned its customers at the time.",
			schema.EventWarning, "harrow-bank", "", false},
		{"a hyphenated role after the organisation", "Harrow Press editor-in-chief Ana Lind said: \"We will keep reporting.\"",
			schema.EventStatement, "harrow-press", "", true},
	})
}

// TestNumberedUnit checks that a numbered unit of a known agency is an actor of its own.
func TestNumberedUnit(t *testing.T) {
	g := extractText(t, "2024-06-10", "The ministry said the attack had been carried out by GRU Unit 29517 in May.")
	names := map[string]bool{}
	for _, a := range g.Actors {
		names[a.Name] = true
	}
	assert.True(t, names["GRU Unit 29517"], eventsString(g))
	g = extractText(t, "2024-06-10", "The FBI Division said the attack had been carried out in May.")
	for _, a := range g.Actors {
		assert.NotEqual(t, "FBI Division", a.Name)
	}
}

// TestTeamTrackedAs checks that "a hacking team it tracks as X" names a group.
func TestTeamTrackedAs(t *testing.T) {
	g := extractText(t, "2024-06-10", "Harrow Labs linked the wiper to a hacking team it tracks as Salt Lantern. Salt Lantern breached Quellan Power in May.")
	var kind schema.ActorKind
	for _, a := range g.Actors {
		if a.Name == "Salt Lantern" {
			kind = a.Kind
		}
	}
	assert.Equal(t, schema.KindGroup, kind, eventsString(g))
}

// TestLedePersonNotEmployer checks that only the lede's person, not a role noun naming the
// employer after "at", "for", "with" or "from", becomes the person named later with an age.
func TestLedePersonNotEmployer(t *testing.T) {
	tests := []struct {
		name, body, person, alias string
		want                      bool
	}{
		{"the person's own description", "Norvish prosecutors on Tuesday charged an engineer at a defence contractor with espionage. The suspect, Ivo Marsk, 51, denied it.",
			"Ivo Marsk", "an engineer", true},
		{"at a contractor: the employer", "Norvish prosecutors on Tuesday charged an engineer at a defence contractor with espionage. The suspect, Ivo Marsk, 51, denied it.",
			"Ivo Marsk", "a defence contractor", false},
		{"for a contractor: the employer", "Police detained an analyst working for a shipping contractor on Friday. The man, Lars Tvede, 29, was released.",
			"Lars Tvede", "a shipping contractor", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-02-12", tt.body)
			a := actorByName(g, tt.person)
			if a == nil {
				t.Fatalf("no actor %q in %v", tt.person, names(g))
			}
			has := false
			for _, al := range a.Aliases {
				has = has || al == tt.alias
			}
			assert.Equal(t, tt.want, has, "aliases %v", a.Aliases)
		})
	}
}

// TestLedeDescribedPersons checks people the article describes only by sex, status or
// nationality (cue ledehead): in the first sentence the lede's own subject, an actor with its
// count; later only a suspect ("… suspected of", suspectedOf; "two suspected administrators",
// suspectModifier) or the subject of a passive legal step ("A 19-year-old woman was detained",
// passiveStep) or the singular object of an active legal verb ("police arrested a 34-year-old
// man", legalObject), also after a bounded count that nextMention steps over (boundWord); otherwise
// the same words name no actor.
func TestLedeDescribedPersons(t *testing.T) {
	checkEventRules(t, "2025-03-12", []eventCase{
		{"charged four foreign nationals in the lede", "The Varnish Justice Ministry on Tuesday charged four foreign nationals with running a phishing ring against Harrow Bank.",
			schema.EventLegal, "varnish-justice-ministry", "four-foreign-nationals", true},
		{"detained a man with his age in the lede", "Police in Varnland detained a 24-year-old man on Monday over the attack on Harrow Bank.",
			schema.EventLegal, "", "24-year-old-man", true},
		{"the same words after the lede", "Harrow Bank said on Monday that hackers had stolen customer records. The Varnish Justice Ministry on Tuesday charged four foreign nationals with fraud.",
			schema.EventLegal, "varnish-justice-ministry", "four-foreign-nationals", false},
		{"after the lede a suspect: suspected of, past a place", "Harrow Bank said on Monday that its systems had been breached. Police in Varnland detained a 24-year-old man in Dunmore suspected of recruiting volunteers.",
			schema.EventLegal, "", "24-year-old-man", true},
		{"a criminal case into suspects after a bounded count", "Harrow Bank said on Monday that its systems had been breached. The Varnish Security Service has opened a criminal case into at least two foreign residents suspected of fraud.",
			schema.EventLegal, "varnish-security-service", "foreign-residents", true},
		{"a bounded count without suspicion stays a tally", "Harrow Bank said on Monday that its systems had been breached. The Varnish Security Service has opened a criminal case into at least two foreign residents.",
			schema.EventLegal, "varnish-security-service", "foreign-residents", false},
		{"who is suspected: no reduced description", "Harrow Bank said on Monday that its systems had been breached. The Velmont police said they had arrested a 27-year-old man on Monday who is suspected of helping the group.",
			schema.EventLegal, "", "27-year-old-man", false},
		{"after the lede the object of an active legal verb", "Harrow Bank said on Monday that its systems had been breached. Police in Varnland said they had arrested a 19-year-old woman in Dunmore on Tuesday.",
			schema.EventLegal, "", "19-year-old-woman", true},
		{"so the object of a charge", "Harrow Bank said on Monday that its systems had been breached. Prosecutors in Velmont charged a 33-year-old man with blackmail on Friday.",
			schema.EventLegal, "", "33-year-old-man", true},
		{"a name in apposition is the party, not the description", "Harrow Bank said on Monday that its systems had been breached. Prosecutors in Velmont charged a 33-year-old man, Piet Anders, with blackmail on Friday.",
			schema.EventLegal, "", "33-year-old-man", false},
		{"an object of a verb that is no legal step names no one", "Harrow Bank said on Monday that its systems had been breached. Police in Varnland said they had interviewed a 19-year-old woman in Dunmore on Tuesday.",
			schema.EventLegal, "", "19-year-old-woman", false},
		{"suspected as a modifier makes a suspect", "Harrow Bank said on Monday that its systems had been breached. The Velmont police arrested two suspected administrators on Friday.",
			schema.EventLegal, "", "two-suspected-administrators", true},
		{"without it the same words name no one", "Harrow Bank said on Monday that its systems had been breached. The Velmont police arrested two administrators on Friday.",
			schema.EventLegal, "", "two-administrators", false},
		{"the subject of a passive legal verb in the lede", "The Varnish Justice Ministry said on Tuesday that a man had been charged.",
			schema.EventLegal, "", "man", true},
		{"after the lede the subject of a passive legal step", "Harrow Bank said on Monday that its systems had been breached. A 19-year-old woman was detained in Dunmore on Tuesday.",
			schema.EventLegal, "", "19-year-old-woman", true},
		{"so with an adverb between", "Harrow Bank said on Monday that its systems had been breached. Two suspects were later charged with fraud.",
			schema.EventLegal, "", "two-suspects", true},
		{"so past a described apposition", "Harrow Bank said on Monday that its systems had been breached. A second man, a 41-year-old taxi driver, was remanded in custody on Tuesday.",
			schema.EventLegal, "", "second-man", true},
		{"so past an apposition naming the place the person is from", "Harrow Bank said on Monday that its systems had been breached. A second suspect, a 22-year-old woman from Dunmore, was detained on Tuesday.",
			schema.EventLegal, "", "second-suspect", true},
		{"a boy as the object of an arrest", "Harrow Bank said on Monday that its systems had been breached. Police in Varnland said officers had arrested a 17-year-old boy on suspicion of blackmail.",
			schema.EventLegal, "", "17-year-old-boy", true},
		{"so a legal participle coordinated with the first", "Harrow Bank said on Monday that its systems had been breached. A 27-year-old man was produced before a magistrate on Tuesday and remanded in custody.",
			schema.EventLegal, "", "27-year-old-man", true},
		{"so after 'and' and an adverb", "Harrow Bank said on Monday that its systems had been breached. A 27-year-old woman was questioned by officers and later arrested.",
			schema.EventLegal, "", "27-year-old-woman", true},
		{"a coordinated participle that is no legal step names no one", "Harrow Bank said on Monday that its systems had been breached. A 27-year-old woman was questioned by officers and released without charge.",
			schema.EventLegal, "", "27-year-old-woman", false},
		{"a passive that is no legal step names no one", "Harrow Bank said on Monday that its systems had been breached. A 19-year-old woman was injured in Dunmore on Tuesday.",
			schema.EventLegal, "", "19-year-old-woman", false},
	})
}

// TestPossessedDescription checks a description owned by a country word ("the country's
// largest lender"): the body described, which coreference takes to the one named before.
func TestPossessedDescription(t *testing.T) {
	checkEventRules(t, "2025-03-12", []eventCase{
		{"the country's carrier is the carrier named", "Hackers stole the records of Brennock Mobile customers in May. The Quellan Data Office on Tuesday accused the country's second-largest mobile carrier of ignoring warnings.",
			schema.EventAccusation, "quellan-data-office", "brennock-mobile", true},
		{"the nation's lender likewise", "Harlow Savings Bank lost data in May. The Quellan Data Office on Tuesday accused the nation's biggest lender of failing to protect customers.",
			schema.EventAccusation, "quellan-data-office", "harlow-savings-bank", true},
		{"the country is not the one accused", "Hackers stole customer records in Norway in May. The Quellan Data Office on Tuesday accused the country's second-largest mobile carrier of ignoring warnings.",
			schema.EventAccusation, "quellan-data-office", "norway", false},
		{"a state's own body is not the last agency named", "Norway's Foreign Ministry summoned Russia's ambassador on Tuesday, after the country's security service accused Russian intelligence of hacking ministries.",
			schema.EventAccusation, "norways-foreign-ministry", "russia", false},
		{"the country's own agency, a name after it, stays the country's", "The country's Cyber Agency warned Harrow Bank on Monday.",
			schema.EventWarning, "", "harrow-bank", true},
	})
}
