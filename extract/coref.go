package extract

import (
	"github.com/intelgraph/intelgraph/graph"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/intelgraph/intelgraph/extract/gazetteer"
	"github.com/intelgraph/intelgraph/extract/internal/lowercase"
	"github.com/intelgraph/intelgraph/schema"
)

// entity is one actor of an article: the mentions that refer to it.
type entity struct {
	Mentions []int // indices into the article's mentions, in text order
	Name     string
	Kind     schema.ActorKind
	Country  string
	Entry    *gazetteer.Entry
	Conf     float64
	// Guessed says the kind is only the default guess for a name shaped like a person's,
	// too weak for a description or pronoun to refer to it.
	Guessed bool
	// Generic says the actor is only described ("a contractor", "hackers"): it is kept only
	// when it takes part in an event.
	Generic bool
	// Titles holds the title words its names were given ("Interior Minister X": " minister").
	Titles string
	// Owner is 1 + the entity that possesses this described one ("Dorsk's cyber agency"
	// → Dorsk), 0 for none: the owner acts along with it.
	Owner int
	// Employer is 1 + the organisation, agency or country a person was named as working for
	// in an earlier or the same sentence ("Director Jo Park of the Security Service"), 0 for
	// none: "his agency" is that one.
	Employer int
	// Appos holds the words of its appositions ("Kestrel Labs, a Valdorian software company" →
	// " software company") and ApposCountry the nationality they give.
	Appos, ApposCountry string
	// OtherHeads holds the heads of descriptions of the other of organisation and agency that
	// took it up by a word of its name (modifierNamed: "the regional health authority" for
	// "Tidewater Health Network"), which later descriptions with that head may mean too.
	OtherHeads string
}

// unionFind is a disjoint-set forest over mention indices.
type unionFind []int

// find returns the root of i's set, halving the path on the way.
func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// unique returns j as the one candidate found so far, or -2 when cand, found before, is in
// another cluster: the short form is ambiguous.
func (u unionFind) unique(cand, j int) int {
	if cand >= 0 && u.find(cand) != u.find(j) {
		return -2
	}
	return j
}

// union joins the sets of a and b, keeping the earlier mention as the root.
func (u unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if ra < rb {
		u[rb] = ra
	} else {
		u[ra] = rb
	}
}

// resolve groups the mentions of an article into entities by a multi-pass sieve, most precise
// pass first: gazetteer identity, exact name, acronym, short form, demonym groups, then
// definite descriptions and pronouns to the most recent compatible antecedent. It sets each
// mention's Entity (-1 for descriptions and pronouns left unresolved). sents gives the dateline
// that a bare ministry's state is read from, and the word after "police" ("police in Poland").
func (x *Extractor) resolve(sents []sentence, ms []mention) []entity {
	u := make(unionFind, len(ms))
	for i := range u {
		u[i] = i
	}
	named := func(i int) bool { return ms[i].How == mkName || ms[i].How == mkDemonym }
	for i := range ms {
		ms[i].Opens = opensSentence(sents, ms[i])
	}
	x.definedAcronyms(ms)
	x.capitalsAsStates(sents, ms)
	prosecution := namedServices(ms, "prosecutors", isProsecutionService)
	ownProsecution := map[string]int{} // prosecutors no named service takes up, by country
	police := namedServices(ms, "police", isPoliceForce)
	// pass 1: the same gazetteer entry, or the same normalised name
	byKey := map[string]int{}
	for i := range ms {
		if !named(i) {
			continue
		}
		keys := []string{"k:" + gazetteer.Key(ms[i].Text)}
		if ms[i].Entry != nil {
			keys = append(keys, "e:"+ms[i].Entry.Name)
		}
		for _, k := range keys {
			if j, ok := byKey[k]; ok && ms[i].Owner != "" && ms[j].Country != "" && ms[j].Country != ms[i].Country {
				// "Bahrain's National Cyber Security Center" … "Kuwait's National Cyber Security
				// Center": two countries' agencies of one name
				k += "|" + ms[i].Country
			}
			if j, ok := byKey[k]; ok {
				u.union(j, i)
			} else {
				byKey[k] = i
			}
		}
	}
	// pass 2: acronyms, defined ("National Security Agency (NSA)") or by initials
	definer := map[string]int{} // acronym → the first name that defines it
	for i := range ms {
		if _, ok := definer[ms[i].Acronym]; ms[i].How == mkName && ms[i].Acronym != "" && !ok {
			definer[ms[i].Acronym] = i
		}
	}
	for i := range ms {
		if !named(i) || ms[i].How != mkName {
			continue
		}
		acr := ms[i].Acronym
		tail := ""
		if sp := strings.LastIndexByte(acr, ' '); sp > 0 && len(acr)-sp > 2 {
			tail = acr[sp+1:] // "… Anti-Cybercrime Group (PNP-ACG)" … "the ACG": the unit's own letters
		}
		for _, a := range []string{acr, initials(ms[i].Text), tail} {
			if a == "" {
				continue
			}
			if d, ok := definer[a]; ok && a != acr && ms[i].Owner != "" && ms[d].Country != ms[i].Country {
				continue // "Bahrain's National Cyber Security Center (NCSC)" … "Kuwait's National Cyber Security Center": not Bahrain's NCSC
			}
			if j, ok := byKey["k:"+a]; ok && ms[j].How == mkName && (isAllCaps(ms[j].Text) || a == acr && acronymShaped(ms[j].Text, ms[i].Text)) && (a == acr || a == tail || ms[j].Entry == nil) {
				if ms[i].Entry != nil && ms[j].Entry != nil && ms[i].Entry != ms[j].Entry {
					continue
				}
				u.union(i, j)
			}
		}
	}
	// a name given to a group just spoken of as "it" ("The firm calls the group X. Vantage
	// refers to it as Y, and responders label it Z"): another name of the group named last in
	// its sentence or the two before, as 2b
	for i := range ms {
		if !ms[i].NamesIt || ms[i].How != mkName || ms[i].SameAs != 0 || ms[i].Kind == schema.KindPerson {
			continue
		}
		for j := i - 1; j >= 0 && ms[j].Sent >= ms[i].Sent-2; j-- {
			if ms[j].How == mkName && ms[j].Kind == schema.KindGroup {
				ms[i].SameAs = i - j
				break
			}
		}
	}
	// pass 2b: another name given in apposition ("X, also known as Y", "X (aka Y)")
	for i := range ms {
		if ms[i].SameAs == 0 || i-ms[i].SameAs < 0 {
			continue
		}
		j := i - ms[i].SameAs
		a, b := ms[i], ms[j]
		if a.Entry != nil && b.Entry != nil && a.Entry != b.Entry || a.Kind == schema.KindCountry || b.Kind == schema.KindCountry ||
			a.Kind == schema.KindPlace || b.Kind == schema.KindPlace {
			continue
		}
		u.union(j, i)
	}
	// pass 2c: a unit named through its parent agency ("the Department of Energy's Office of
	// Grid Protection") is, as far as the news goes, the parent acting: one actor. Only a unit
	// the gazetteer does not know: "the Department of Homeland Security's CISA" stays apart.
	for i := 1; i < len(ms); i++ {
		c, p := ms[i], ms[i-1]
		if c.How != mkName || p.How != mkName || c.Entry != nil || c.Sent != p.Sent || !p.OwnsNext {
			continue
		}
		if c.Kind == schema.KindAgency && p.Kind == schema.KindAgency {
			u.union(i-1, i)
		}
	}
	// pass 2d: a unit named as "of" its parent ("the National Security Unit of the Swedish
	// Prosecution Authority"), as 2c; a title set beside the name of its holder ("the Home
	// Affairs Minister, Daniel Kearsley,"): one actor
	for i := 1; i < len(ms); i++ {
		c, p := ms[i], ms[i-1]
		if c.How != mkName || p.How != mkName || c.Sent != p.Sent {
			continue
		}
		if p.UnitOfNext && p.Entry == nil && p.Kind == schema.KindAgency && (c.Kind == schema.KindAgency || c.Kind == schema.KindOrganization) ||
			p.TitleOfNext && c.Kind == schema.KindPerson {
			u.union(i-1, i)
		}
	}
	// a one-word name that owns a state institution somewhere ("Oskeny's defence ministry")
	// names a country
	stateName := map[string]bool{}
	for i := range ms {
		if ms[i].How == mkName && ms[i].Kind == schema.KindCountry && !strings.Contains(ms[i].Text, " ") {
			stateName[strings.ToLower(ms[i].Text)] = true
		}
	}
	// each mention's name in lower case, and its words, for the passes below that compare every
	// pair of mentions
	lowText, lowWords := lowNames(ms)
	// pass 3: short forms: "Kaspersky" ⊂ "Kaspersky Lab", "Robinson" → "Tom Robinson"
	for i := range ms {
		if ms[i].How != mkName || ms[i].Entry != nil {
			continue
		}
		w := lowText[i]
		if strings.Contains(w, " ") {
			// a family name opened by a particle, capitalised at a sentence's start ("De
			// Vries said" after "Anna de Vries"), or a person's later short name of several
			// words: the last words ("Quintero Vargas", "Ruiz de la Fuente") or the given
			// names before a patronymic ("Muhammad Hafiz" of "Muhammad Hafiz bin Zainal")
			f := lowWords[i]
			if len(f) == 2 && x.cue.is("particle", f[0]) || ms[i].Kind == schema.KindPerson || ms[i].LooksPerson {
				if cand := x.particleSurname(ms, lowText, lowWords, u, i, w); cand >= 0 {
					u.union(i, cand)
				}
			}
			continue
		}
		// "Valdorian" is not a short form of "Valdorian Foreign Ministry", but "Meridian" is
		// one of the company "Meridian Health"
		adjective := demonymShaped(w) && !nominal(ms[i])
		if stateName[w] {
			continue // "Oskeny's defence ministry": the country, not "Oskeny National Cyber Centre"
		}
		if placeOfBody(sents, ms[i]) {
			continue // "the court in Ghent", "Prosecutors in Ghent": the town, not "Ghent University Hospital"
		}
		cand := -1
		for j := range ms {
			if ms[j].How != mkName || !strings.Contains(ms[j].Text, " ") || u.find(j) == u.find(i) {
				continue
			}
			if adjective && ms[j].Kind != schema.KindOrganization {
				continue
			}
			words := lowWords[j]
			ok := false
			switch {
			case ms[j].Kind == schema.KindPerson:
				ok = words[len(words)-1] == w || graph.SpellingVariant(words[len(words)-1], w) || x.innerSurname(words, w)
			case ms[j].Kind == schema.KindOrganization || ms[j].Kind == schema.KindAgency || ms[j].Kind == schema.KindGroup:
				// a person-shaped name read as an organisation ("Orbis Freight, a logistics
				// company") is shortened by its first word; as a person, by its last
				ok = words[0] == w || ms[j].LooksPerson && words[len(words)-1] == w
			case ms[j].LooksPerson:
				ok = words[len(words)-1] == w || x.innerSurname(words, w)
			}
			if !ok {
				continue
			}
			if cand >= 0 && x.suffixedName(lowWords[cand], words) {
				continue // "Lakbay Systems" … "Lakbay Systems Inc.": one firm, not two to choose from
			}
			if cand >= 0 && x.suffixedName(words, lowWords[cand]) {
				cand = j
				continue
			}
			if cand = u.unique(cand, j); cand < 0 {
				break // ambiguous
			}
		}
		if cand == -1 && !adjective {
			// a person's name written family name first; for a mention read as a person ("Ms
			// Chen" … "Chen Yu-ting") only as a hyphenated given name after it shows ("Yu-ting",
			// "Jae-won"), or by a word that is no given name
			c := familyFirst(ms, lowWords, u, i, w)
			if ms[i].Kind != schema.KindPerson && !ms[i].PersonCue || c >= 0 && (strings.Contains(lowWords[c][1], "-") || !x.cue.is("firstname", w)) {
				cand = c
			}
		}
		if cand >= 0 {
			if ms[cand].Kind == schema.KindPerson {
				ms[i].Kind, ms[i].LooksPerson = schema.KindPerson, true
			}
			u.union(cand, i)
		}
	}
	// pass 3a: a multi-word short form that drops an organisation's generic last words ("Arctic
	// Fox" for "Arctic Fox Labs", "Blue Harbor" for "Blue Harbor Security Inc."), when it fits
	// one name of the article only; a person-shaped guess takes the organisation's kind.
	// personal holds the clusters with a person cue other than "said" (a title, a role); a name
	// right after "said" opens the clause said, whoever its subject is ("X said Harlow Digital
	// ran the sites"), and gives no cue of a person either
	personal := map[int]bool{}
	for k := range ms {
		if ms[k].PersonCue && !ms[k].Says && !saidBefore(sents, ms[k]) {
			personal[u.find(k)] = true
		}
	}
	for i := range ms {
		if ms[i].How != mkName || ms[i].Entry != nil || personal[u.find(i)] || !strings.Contains(ms[i].Text, " ") {
			continue
		}
		short := lowWords[i]
		cand := -1
		for j := range ms {
			agency := ms[j].Kind == schema.KindAgency && ms[j].Entry == nil
			if ms[j].How != mkName || ms[j].Kind != schema.KindOrganization && ms[j].Kind != schema.KindGroup && !agency || ms[j].LooksPerson || u.find(j) == u.find(i) {
				continue
			}
			words := lowWords[j]
			if len(words) <= len(short) || !slices.Equal(words[:len(short)], short) {
				continue
			}
			generic := true
			for _, w := range words[len(short):] {
				w = strings.TrimSuffix(w, ",")
				// an agency the gazetteer does not know drops its body word too ("Harlow
				// Digital" for "Harlow Digital Agency")
				generic = generic && (x.cue.is("orgsuffix", w) || agency && x.cue.is("agencysuffix", w))
			}
			if !generic && !(j < i && x.namedShortForm(sents, ms[i], short, words[len(short):])) {
				continue
			}
			if cand = u.unique(cand, j); cand < 0 {
				break // ambiguous
			}
		}
		if cand >= 0 {
			for k := range ms {
				// every mention of the short form, which pass 1 joined already, takes the
				// body's kind: "Harbour Vale said …" is no person either
				if lowText[k] == lowText[i] && ms[k].How == mkName && (ms[k].LooksPerson || ms[k].Kind == schema.KindPerson) {
					ms[k].Kind, ms[k].LooksPerson = ms[cand].Kind, false
				}
			}
			u.union(cand, i)
		}
	}
	// pass 3b: an institution named by its tail after a longer name in the article gave its
	// nationality or owner ("the Valdorian Treasury" … "the Treasury", "Acme Foreign Ministry" …
	// "the Foreign Ministry"): the article's own name wins over a gazetteer reading of the tail.
	for i := range ms {
		if ms[i].How != mkName || ms[i].Kind == schema.KindPerson || ms[i].Kind == schema.KindCountry || ms[i].Kind == schema.KindPlace {
			continue
		}
		w := lowWords[i]
		if len(w) == 0 || !x.cue.is("agencysuffix", w[len(w)-1]) && !x.cue.is("orgsuffix", w[len(w)-1]) {
			continue
		}
		tail := " " + strings.Join(w, " ")
		cand := -1
		for j := range ms {
			if ms[j].How != mkName || ms[j].Kind != schema.KindAgency && ms[j].Kind != schema.KindOrganization || u.find(j) == u.find(i) {
				continue
			}
			if len(lowWords[j]) <= len(w) || !strings.HasSuffix(lowText[j], tail) {
				continue
			}
			words := strings.Fields(ms[j].Text)
			if ms[j].Entry != nil && ms[i].Entry != nil && ms[j].Entry != ms[i].Entry {
				continue
			}
			extra := words[:len(words)-len(w)]
			ok := true
			for _, e := range extra {
				ok = ok && isCap(e)
			}
			if !ok || !x.sameOwner(ms, i, ms[j], extra) {
				continue
			}
			if cand = u.unique(cand, j); cand < 0 {
				break // ambiguous
			}
		}
		if cand >= 0 {
			if ms[i].Entry != nil && ms[cand].Entry == nil {
				ms[i].Entry, ms[i].Kind, ms[i].Country = nil, ms[cand].Kind, ms[cand].Country
			}
			u.union(cand, i)
		}
	}
	// pass 3c: "a Senate committee" is the committee of the Senate that the article names in
	// full ("the Senate Foreign Affairs, Defence and Trade Committee"), when it names one only
	for i := range ms {
		if ms[i].How != mkName {
			continue
		}
		f := strings.Fields(ms[i].Text)
		if len(f) < 2 || !bodyWord(f[len(f)-1]) {
			continue
		}
		owner := strings.ToLower(strings.Join(f[:len(f)-1], " ")) + " "
		cand := -1
		for j := range ms {
			lt := lowText[j]
			if ms[j].How != mkName || !strings.HasPrefix(lt, owner) || bodyWord(lt[len(owner):]) || u.find(j) == u.find(i) {
				continue
			}
			if g := lowWords[j]; !bodyWord(g[len(g)-1]) {
				continue
			}
			if cand = u.unique(cand, j); cand < 0 {
				break // ambiguous
			}
		}
		if cand >= 0 {
			u.union(cand, i)
		}
	}
	// pass 3d: "National Defence Headquarters" is the seat of the one body the article names with
	// those words ("the Department of National Defence"): a message sent there goes to the body
	for i := range ms {
		w := lowWords[i]
		if ms[i].How != mkName || len(w) < 2 || w[len(w)-1] != "headquarters" {
			continue
		}
		owner := " " + strings.Join(w[:len(w)-1], " ") + " "
		cand := -1
		for j := range ms {
			if ms[j].How != mkName || ms[j].Kind != schema.KindAgency && ms[j].Kind != schema.KindOrganization ||
				!strings.Contains(" "+lowText[j]+" ", owner) || strings.Contains(lowText[j], "headquarters") || u.find(j) == u.find(i) {
				continue
			}
			if cand = u.unique(cand, j); cand < 0 {
				break // ambiguous
			}
		}
		if cand >= 0 {
			u.union(cand, i)
		}
	}
	// pass 4: demonym groups of one nationality ("Russian government hackers" … "Russian hackers")
	lastGroup := map[string]int{}
	for i := range ms {
		if ms[i].How != mkDemonym {
			continue
		}
		var k string
		switch {
		case ms[i].Kind == schema.KindGroup:
			k = ms[i].Country // "Chinese state-sponsored threat actors" … "Chinese state-backed hackers"
		case ms[i].Kind == schema.KindAgency && ms[i].Head == "police" && ms[i].Country != "":
			k = "police|" + ms[i].Country // "Dutch police" … "the Netherlands Police": one state's police
		default:
			continue
		}
		if j, ok := lastGroup[k]; ok {
			u.union(j, i)
		}
		lastGroup[k] = i
	}
	// pass 4a: "a Chinese state-sponsored hacking group has burrowed into … The advisory names
	// the group Granite Heron": a group introduced unnamed is the group named next, within two
	// sentences, when no group was named before it (so only the article's first named group)
	firstGroup := -1
	for j := range ms {
		if ms[j].How == mkName && ms[j].Kind == schema.KindGroup {
			firstGroup = j
			break
		}
	}
	for i := range ms {
		if g := firstGroup; g >= 0 && ms[i].Indef && !(ms[g].Sent < ms[i].Sent || ms[g].Sent == ms[i].Sent && ms[g].First < ms[i].First) &&
			ms[g].Sent-ms[i].Sent <= 2 {
			u.union(i, g)
		}
	}
	// build entities from the named mentions, one per set, numbered in the order of their first
	// mentions
	entOf := make([]int, len(ms)) // a set's root → 1 + its entity, 0 before it has one
	sets := 0
	for i := range ms {
		if !named(i) {
			continue
		}
		if r := u.find(i); entOf[r] == 0 {
			entOf[r], sets = -1, sets+1 // counted; numbered below
		}
	}
	var ents []entity
	if sets > 0 {
		ents = make([]entity, 0, sets)
	}
	for i := range ms {
		if !named(i) {
			continue
		}
		r := u.find(i)
		if entOf[r] <= 0 {
			entOf[r] = len(ents) + 1
			ents = append(ents, entity{})
		}
		e := entOf[r] - 1
		ents[e].Mentions = append(ents[e].Mentions, i)
		ents[e].Titles += ms[i].Titles
		ms[i].Entity = e
	}
	for k := range ents {
		x.describeEntity(&ents[k], ms)
	}
	// pass 5: descriptions and pronouns, to the most recent compatible antecedent
	byWord := map[string][]int{} // a lower-case word of a name → its named mentions, in order
	for i, m := range ms {
		if m.How == mkName && m.Entity >= 0 {
			for _, w := range lowWords[i] {
				if l := byWord[w]; len(l) == 0 || l[len(l)-1] != i {
					byWord[w] = append(l, i)
				}
			}
		}
	}
	exec := x.executiveOffice(ms, ents)
	// the named police forces, and a state's police by its demonym ("the Estonian police"); the
	// capped slice makes the first append copy, so police stays as it is
	forces := police[:len(police):len(police)]
	for j, m := range ms {
		if m.How == mkDemonym && m.Head == "police" && m.Kind == schema.KindAgency {
			forces = append(forces, j)
		}
	}
	// bare "police" also reads a named local force ("Sussex Police", "Kanagawa Prefectural
	// Police"), which has no state and so is not among the forces a demonym reads; its own
	// slice, so forces stays as it is
	bare := slices.Concat(forces, localForces(ms))
	state := -2 // the dateline's state, not looked up yet
	for i := range ms {
		if named(i) {
			continue
		}
		ante := x.antecedent(ms, ents, i, byWord)
		if ante >= 0 && !x.bodyDescribed(sents, ms, ents[ante], i, ante) {
			ante = -1 // "the Telvaran Financial Conduct Office … the cyber agency": another body, no word of its own in the name
		}
		if e := x.selfNamed(sents, ms, i); e >= 0 {
			ante = e // "The hackers, who call themselves X, …": X, not the group told before
		} else if e := x.ownerSaid(sents, ms, ents, i); e >= 0 {
			ante = e
		} else if e := x.speakerSaidThat(sents, ms, ents, i); e >= 0 {
			ante = e
		}
		if x.titleOfficeSaid(sents, ms, i) {
			ante = -1 // "The state attorney general's office said it had opened …": the office no one named, not the last body
		}
		if x.unnamedSpeakersGoOn(sents, ms[i]) {
			ante = -1 // "Prosecutors said …. He was paid $300,000, they said": the prosecutors still
		}
		if x.unnamedSpeakersSay(sents, ms, i) {
			ante = -1 // "Officials said they had arrested two men": the officials, not a body named before
		}
		if e := x.stepPatient(sents, ms, ents, i); e >= 0 {
			ante = e // "Judge X convicted Y. He was sentenced …": Y
		}
		if m := ms[i]; m.How == mkDesc && m.Head == "lede" {
			// "an engineer at a defence contractor …" (lede) "… Johan Ekdahl, 44, worked …": the
			// person the next sentences name with an age
			ante = -1
			for j := i + 1; j < len(ms) && ms[j].Sent <= m.Sent+2; j++ {
				if a := ms[j]; a.How == mkName && a.Aged && a.Entity >= 0 && ents[a.Entity].Kind == schema.KindPerson {
					ante = a.Entity
					break
				}
			}
		}
		if m := ms[i]; m.How == mkDesc && m.Head == "prosecutors" {
			ante = -1 // "Swedish prosecutors", "Prosecutors in Sweden": the prosecution service named
			for _, j := range prosecution {
				if ms[j].Entity >= 0 && (m.Country == "" || ms[j].Country == "" || ms[j].Country == m.Country) {
					ante = ms[j].Entity
				}
			}
			if ante < 0 && len(prosecution) == 0 && strings.HasPrefix(strings.TrimPrefix(strings.ToLower(m.Text), "the "), "federal") {
				// "Federal prosecutors unsealed …": the federal ministry of justice the article
				// names ("the Justice Department said …"), when it names no prosecution service
				ante = justiceMinistry(ms)
			}
			if ante < 0 && len(prosecution) == 0 && m.Country == "" && !lawBodyNamed(ms) && x.prosecutorsAct(sents, m) {
				// "Prosecutors charged Lena Hald with fraud", the article naming no prosecution
				// service nor ministry of justice: the prosecutors are a body of their own
				ante = prosecutorsEntity(ents)
				if ante == len(ents) {
					ents = append(ents, describedBody(m))
				}
			}
		}
		if m := ms[i]; m.How == mkDesc && m.Head == "jury" {
			// "a federal grand jury in Tarvenna indicted …": the ministry of justice whose
			// prosecutors put the case to it, when the article names one; "the indictment,
			// returned by a grand jury in X": a body of its own named with its place, not the
			// ministry whose prosecutors unsealed the indictment
			ante = -1
			if !m.Returner {
				ante = juryMinistry(ms, m)
			}
			if ante < 0 && !m.JuryBy {
				ante = len(ents)
				ents = append(ents, describedBody(m))
			}
		}
		if m := ms[i]; m.How == mkDesc && m.Head == "police" && m.Country == "" && !strings.Contains(m.Text, " ") {
			// "Police arrested two men in Varno on Monday, the Ostmark National Police said": bare
			// police are the one police force the article names (or calls by its state's
			// demonym), before them or in their sentence or the next; none when it names none or
			// several ("the police" reads its antecedent)
			ante = -1
			cands := bare
			if x.tellerAfter(sents, m) {
				cands = forces // "…, police said": a saying's teller reads the state's forces only, as before
			}
			for _, j := range cands {
				if e := ms[j].Entity; e >= 0 && e != ante && ms[j].Sent <= m.Sent+1 {
					if ante >= 0 {
						ante = -1
						break
					}
					ante = e
				}
			}
		}
		if m := ms[i]; m.How == mkDesc && m.Head == "police" && m.Country != "" {
			// "Philippine police arrested 14 people …, the Philippine National Police
			// Anti-Cybercrime Group said": the police force of that country the article names
			same := false
			for _, j := range police {
				if ms[j].Entity >= 0 && ms[j].Country == m.Country {
					ante, same = ms[j].Entity, true
					break
				}
			}
			if !same {
				if e := statelessForce(ms, police); e >= 0 {
					ante = e // "Spanish police have detained two men, the National Police said": the one national force named without its state
				}
			}
			if n := i + 1; ante < 0 && m.Sent < len(sents) && m.Last < len(sents[m.Sent].Toks) && sents[m.Sent].Toks[m.Last].Lower == "in" && n < len(ms) && ms[n].Sent == m.Sent && ms[n].First == m.Last+1 && ms[n].Entity >= 0 {
				ante = ms[n].Entity // "police in Poland" with no force named: the state, as before
			}
		}
		if m := ms[i]; m.How == mkDesc && m.Head == "administration" {
			ante = exec // "the administration": the executive office the article names, else none
		}
		if ante < 0 && ms[i].How == mkDesc && institutionHead[ms[i].Head] && ms[i].Country != "" {
			// "the Russian embassy", "the Polish foreign ministry": that state's institution,
			// an actor of its own when it acts
			name := ms[i].Text
			if f := strings.Fields(name); len(f) > 1 && strings.EqualFold(f[0], "the") {
				name = strings.Join(f[1:], " ")
			}
			ante = len(ents)
			ents = append(ents, entity{Name: name, Kind: ms[i].Kind, Country: ms[i].Country, Conf: 0.5, Generic: true})
		}
		if governmentSpeaks(ms[i]) || ante < 0 && bareMinistry(sents, ms[i]) {
			// "NIAMEY — … On Monday the foreign ministry said it had handed a protest note to
			// France's envoy": a ministry no name took up is the state the story is filed from,
			// as its dateline names it, acting through its ministry as through "the government";
			// "A government spokesman told …" is that state whatever else took it up, as no other
			// state's "government" the article names is meant
			if state == -2 {
				state = datelineState(sents, ms, ents)
			}
			ante = state
		}
		mods := descModifiers(ms[i])
		if mods != nil && (ante < 0 || !modifierIn(mods, ents[ante].Name)) {
			// "Harlow Health Network … the Norland Cyber Agency … the regional health authority":
			// a word of its own in a body's name before the agency named last
			if k := x.modifierNamed(ms, ents, i, mods); k >= 0 {
				ante = k
				ents[k].OtherHeads += " " + ms[i].Head
			}
		}
		if e := x.cataphoricName(sents, ms, ents, i); e >= 0 {
			ante = e // "The Dutch cyber agency, the Norland Cyber Centre (NCC), said": the name it is set beside
			if x.cue.is("ownheadword", ms[i].Head) {
				ents[e].OtherHeads += " " + ms[i].Head // "the contractor, X, … the contractor's systems": X again
			}
		}
		if ante < 0 && mods != nil {
			// "told the data protection regulator … The Data Protection Commission said": a body
			// described before the article names it with all the description's words
			ante = x.modifiersNamedLater(ms, ents, i, mods)
		}
		if ante < 0 && x.nationalBody(ms[i]) {
			// "the Telvaran cyber agency warned banks": a state's body of that field no name
			// took up, an actor of its own as "the Russian embassy" is
			ante = len(ents)
			ents = append(ents, entity{Name: descName(ms[i]), Kind: ms[i].Kind, Country: ms[i].Country, Conf: 0.5, Generic: true})
		}
		if ante < 0 && ms[i].How == mkDesc && ms[i].Head == "prosecutors" && statedProsecutors(ms[i]) {
			// "A man was charged …, federal prosecutors said", "Polish prosecutors said the
			// two men faced charges": with no prosecution service or ministry named to take
			// them up, a state's prosecutors are a body of their own; bare "prosecutors" are
			// left unresolved ("Prosecutors allege that …" tells the charge, no new claim)
			ante = ownProsecutors(ownProsecution, &ents, ms[i])
		}
		if ante < 0 {
			continue
		}
		ms[i].Entity = ante
		if ms[i].How == mkDesc {
			ents[ante].Mentions = append(ents[ante].Mentions, i)
		}
	}
	ents = unitsOfDescribed(sents, ms, ents)
	for k := range ents {
		sort.Ints(ents[k].Mentions)
	}
	return ents
}

// cataphoricName returns the entity of the name that a description opening an apposition is
// set beside ("The Dutch cyber agency, the Norland Cyber Centre (NCC), said", "the regulator,
// Harrow Financial Authority, fined"), else -1: the next mention, in the same sentence, a name
// right after the description's comma (or its comma and "the"), closed by a comma or an
// opening bracket, of a kind the description fits.
func (x *Extractor) cataphoricName(sents []sentence, ms []mention, ents []entity, i int) int {
	m := ms[i]
	if m.How != mkDesc || i+1 >= len(ms) || m.Sent >= len(sents) {
		return -1
	}
	n := ms[i+1]
	toks := sents[m.Sent].Toks
	if n.Sent != m.Sent || n.How != mkName || n.Entity < 0 || m.Last >= len(toks) || n.Last >= len(toks) || toks[m.Last].Text != "," {
		return -1
	}
	if gap := n.First - m.Last; !(gap == 1 || gap == 2 && toks[m.Last+1].Lower == "the") {
		return -1
	}
	if c := toks[n.Last].Text; c != "," && c != "(" {
		return -1
	}
	if m.First >= 2 && toks[m.First-1].Tag == "IN" && (x.cue.tokIs("personrole", &toks[m.First-2]) || x.cue.tokIs("spokesrole", &toks[m.First-2])) {
		return -1 // "a spokesperson for the university, Jana Holm,": the name is set beside the spokesperson
	}
	e := ents[n.Entity]
	if x.cue.is("ownheadword", m.Head) {
		e.OtherHeads += " " + m.Head // "the contractor, Dunmore Field Services,": the name set beside carries the word
	}
	if (e.Kind == schema.KindPerson) != (m.Kind == schema.KindPerson) || !x.compatible(m, e) {
		return -1
	}
	return n.Entity
}

// unitsOfDescribed makes a unit named through a described parent agency ("the department's
// National Security Division") the parent's actor, as pass 2c does for a named parent ("the
// Department of Energy's Office of Grid Protection"): the unit's entity folds into the one the
// description resolved to. Only a unit the gazetteer does not know, in the description's
// sentence, right after its possessive. A name the description is declared to be known by
// ("The agency, known as AEPD,", "The service, known by its Dutch acronym AIVD,") folds in
// the same way (knownAsName).
func unitsOfDescribed(sents []sentence, ms []mention, ents []entity) []entity {
	known := func(e int) bool { return e >= 0 && e < len(ents) }
	for i := 0; i+1 < len(ms); i++ {
		d := ms[i]
		if j := knownAsName(sents, ms, i); j > i && known(d.Entity) && known(ms[j].Entity) && ms[j].Entity != d.Entity {
			if k := ents[d.Entity].Kind; k != schema.KindPerson && k != schema.KindCountry && k != schema.KindPlace && !ents[d.Entity].Generic {
				ents = foldEntity(ms, ents, d.Entity, ms[j].Entity)
				continue
			}
		}
		c := ms[i+1]
		if d.How != mkDesc || !d.OwnsNext || c.How != mkName || c.Entry != nil || c.Sent != d.Sent || c.Kind != schema.KindAgency ||
			!known(d.Entity) || !known(c.Entity) || c.Entity == d.Entity || ents[d.Entity].Kind != schema.KindAgency {
			continue
		}
		ents = foldEntity(ms, ents, d.Entity, c.Entity)
	}
	return ents
}

// knownWhereReach bounds the words of a place between "known in" and "as".
const knownWhereReach = 4

// knownWhere returns the index of the "as" closing a place or a manner set between "known" and
// it ("known in the Netherlands as", "known in France as", "known locally as"), or k itself, the
// word after "known", when no such phrase stands there.
func knownWhere(toks []token, k int) int {
	if k+1 < len(toks) && toks[k].Tag == "RB" && toks[k+1].Lower == "as" {
		return k + 1 // "known locally as", "known officially as"
	}
	if k >= len(toks) || toks[k].Lower != "in" {
		return k
	}
	for j := k + 1; j < len(toks) && j-k <= knownWhereReach; j++ {
		switch t := toks[j]; {
		case t.Lower == "as":
			if j > k+1 {
				return j
			}
			return k
		case t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "DT":
		default:
			return k
		}
	}
	return k
}

// knownAsName returns the index of the name a description at i is declared to be known by in
// its sentence ("The agency, known as AEPD, said", "The service, known by its Dutch acronym
// AIVD, said"), or -1: a name no gazetteer entry holds, not a person's, after the description's
// comma and "[also] known as [the]" or "known by its|the [words] acronym|initials|abbreviation".
func knownAsName(sents []sentence, ms []mention, i int) int {
	d := ms[i]
	if d.How != mkDesc || d.Sent >= len(sents) {
		return -1
	}
	toks := sents[d.Sent].Toks
	k := d.Last
	if k >= len(toks) || toks[k].Text != "," {
		return -1
	}
	k++
	if k < len(toks) && (toks[k].Lower == "also" || toks[k].Lower == "better" || toks[k].Lower == "widely") {
		k++
	}
	if k+1 >= len(toks) || toks[k].Lower != "known" {
		return -1
	}
	k = knownWhere(toks, k+1)
	switch toks[k].Lower {
	case "as":
		k++
		if k < len(toks) && toks[k].Lower == "the" {
			k++
		}
	case "by":
		k++
		if k >= len(toks) || toks[k].Lower != "its" && toks[k].Lower != "the" {
			return -1
		}
		end := k + 4
		for k++; k < len(toks) && k < end; k++ {
			if w := toks[k].Lower; w == "acronym" || w == "initials" || w == "abbreviation" {
				break
			}
		}
		if k >= len(toks) || k >= end {
			return -1
		}
		k++
	default:
		return -1
	}
	for j := i + 1; j < len(ms) && ms[j].Sent == d.Sent && ms[j].First <= k; j++ {
		if c := ms[j]; c.First == k && c.How == mkName && c.Entry == nil && c.Kind != schema.KindPerson && c.Kind != schema.KindCountry && c.Kind != schema.KindPlace {
			return j
		}
	}
	return -1
}

// foldEntity merges entity b into entity a after the entities are built: b's mentions and
// titles go to a, b leaves ents, and every mention, owner and employer index is renumbered.
func foldEntity(ms []mention, ents []entity, a, b int) []entity {
	for _, k := range ents[b].Mentions {
		ms[k].Entity = a
	}
	ents[a].Mentions = append(ents[a].Mentions, ents[b].Mentions...)
	ents[a].Titles += ents[b].Titles
	ents = append(ents[:b], ents[b+1:]...)
	at := func(e int) int { // an entity's index once b is gone
		if e == b {
			e = a
		}
		if e > b {
			e--
		}
		return e
	}
	for k := range ms {
		if ms[k].Entity >= 0 {
			ms[k].Entity = at(ms[k].Entity)
		}
	}
	for k := range ents {
		if ents[k].Owner > 0 {
			ents[k].Owner = at(ents[k].Owner-1) + 1
		}
		if ents[k].Employer > 0 {
			ents[k].Employer = at(ents[k].Employer-1) + 1
		}
	}
	return ents
}

// namedServices returns the named mentions of a state's service that isService accepts (a
// police force or unit with a nationality, "the Philippine National Police Anti-Cybercrime
// Group"; a prosecution service, "the Swedish Prosecution Authority"), and makes a demonym's
// mention with the given head ("Philippine police", "Swedish prosecutors") a description of
// such a service of its country, or of one that names no country, not the country itself.
func namedServices(ms []mention, head string, isService func(mention) bool) []int {
	var out []int
	for i, m := range ms {
		if m.How == mkName && isService(m) {
			out = append(out, i)
		}
	}
	if len(out) == 0 {
		return nil
	}
	for i := range ms {
		m := &ms[i]
		if m.How != mkDemonym || m.Head != head {
			continue
		}
		for _, j := range out {
			if ms[j].Country == "" || ms[j].Country == m.Country {
				m.How, m.Kind, m.Entry = mkDesc, schema.KindAgency, nil
				break
			}
		}
	}
	return out
}

// prosecutorsEntity returns the entity of the unnamed prosecutors ("prosecutors", "federal
// prosecutors") already made for an earlier description, or len(ents) for a new one.
func prosecutorsEntity(ents []entity) int {
	for e := range ents {
		if ents[e].Generic && strings.HasSuffix(strings.ToLower(ents[e].Name), "prosecutors") {
			return e
		}
	}
	return len(ents)
}

// lawBodyNamed reports whether the article names a body of justice or prosecution under any
// name ("the Justice Department", "the Crown Prosecution Service", "the U.S. Attorney's Office
// for …", "the Attorney-General's Chambers"), whose prosecutors unnamed prosecutors may be, or a
// grand jury, whose indictment tells the prosecutors' step.
func lawBodyNamed(ms []mention) bool {
	for _, a := range ms {
		if a.How == mkDesc && a.Head == "jury" {
			return true // "an indictment handed up by a federal grand jury": the jury's step, which the prosecutors put to it
		}
		if a.How != mkName || a.Kind != schema.KindAgency && a.Kind != schema.KindOrganization {
			continue
		}
		l := strings.ToLower(a.Text)
		if strings.Contains(l, "justice") || strings.Contains(l, "prosecut") || strings.Contains(l, "attorney") || hasWord(a.Text, "Crown") {
			return true
		}
	}
	return false
}

// prosecutorsAct reports whether description m of unnamed prosecutors is the subject of a
// verb of a step right after it ("prosecutors charged X", "Federal prosecutors on Tuesday
// unsealed …", "prosecutors have opened …"), past adverbs and one phrase "on" a day: a doer of
// a legal step, not the hearer, the speaker ("prosecutors said") nor the accuser ("prosecutors
// allege"), a verb the lexicon reads as a deed of another type, nor a verb a "to" or a
// negation follows ("declined to charge", "did not charge").
func (x *Extractor) prosecutorsAct(sents []sentence, m mention) bool {
	if m.Sent < 0 || m.Sent >= len(sents) {
		return false
	}
	toks := sents[m.Sent].Toks
	v := m.Last
	if v+1 < len(toks) && toks[v].Lower == "on" && (toks[v+1].Tag == "NNP" || toks[v+1].Tag == "CD") {
		v += 2
	}
	for v < len(toks) && toks[v].Tag == "RB" {
		v++
	}
	if v+1 < len(toks) && perfectHave(toks[v].Lower) && toks[v+1].Tag == "VBN" {
		v++ // "prosecutors have opened …"
	} else if v >= len(toks) || toks[v].Tag != "VBD" && toks[v].Tag != "VBZ" && toks[v].Tag != "VBP" {
		return false
	}
	if x.cue.tokIs("anonsay", &toks[v]) || x.cue.tokIs("reporting", &toks[v]) {
		return false // "prosecutors said": a saying, which the prosecutors' own words tell
	}
	if v+1 < len(toks) && (toks[v+1].Tag == "TO" || x.cue.tokIs("negation", &toks[v+1])) {
		return false // "prosecutors declined to charge X", "hope to charge", "did not charge": no step taken
	}
	tr, ok := x.lex.lookup(toks[v].Lower, true)
	return !ok || tr.Type == schema.EventLegal // "prosecutors allege": an accusation, no step
}

// describedBody returns a body of its own that description m names, without its leading
// article: a grand jury, with its place ("federal grand jury in Tarvenna"), or unnamed
// prosecutors who act as a body ("Prosecutors charged Lena Hald …"; prosecutorsEntity).
func describedBody(m mention) entity {
	return entity{Name: strings.TrimPrefix(strings.TrimPrefix(m.Text, "a "), "the "), Kind: m.Kind, Country: m.Country, Conf: 0.5, Generic: true}
}

// justiceMinistry returns the entity of the first named agency of justice the article names
// ("the Justice Department"), -1 for none.
func justiceMinistry(ms []mention) int {
	for _, a := range ms {
		if a.How == mkName && a.Entity >= 0 && a.Kind == schema.KindAgency && strings.Contains(strings.ToLower(a.Text), "justice") {
			return a.Entity
		}
	}
	return -1
}

// juryMinistry returns the ministry of justice (justiceMinistry) whose prosecutors put a case
// to the grand jury of description m: a federal grand jury is the United States' and a jury
// named with its place is that place's country's, so a ministry named with another state
// ("Bulgaria's Justice Ministry") is none of its; -1 when the article names no fitting one.
func juryMinistry(ms []mention, m mention) int {
	e := justiceMinistry(ms)
	if e < 0 {
		return -1
	}
	country := m.Country
	if country == "" && hasWord(m.Text, "federal") {
		country = "United States"
	}
	for _, a := range ms {
		if a.Entity == e && a.How == mkName && a.Country != "" && country != "" && a.Country != country {
			return -1
		}
	}
	return e
}

// isPoliceForce reports whether a named mention is a police force or unit with a nationality,
// or a nation's force named without it (nationalForce).
func isPoliceForce(m mention) bool {
	return (m.Kind == schema.KindAgency || m.Kind == schema.KindOrganization) && (m.Country != "" || nationalForce(m)) && (hasWord(m.Text, "police") || hasWord(m.Text, "cybercrime"))
}

// localForces returns the named mentions of police forces that are no state's force
// (isPoliceForce is false): a county's or a city's police ("Sussex Police", "the Kanagawa
// Prefectural Police", "Toronto Police Service"). Bare "police" reads them; a demonym does not.
func localForces(ms []mention) []int {
	var out []int
	for i, m := range ms {
		if m.How == mkName && (m.Kind == schema.KindAgency || m.Kind == schema.KindOrganization) && hasWord(m.Text, "police") && !isPoliceForce(m) {
			out = append(out, i)
		}
	}
	return out
}

// tellerAfter reports whether a reporting verb follows the mention m at once or after one
// auxiliary ("police said", "police have said"): the mention is the teller of a saying.
func (x *Extractor) tellerAfter(sents []sentence, m mention) bool {
	if m.Sent >= len(sents) {
		return false
	}
	toks := sents[m.Sent].Toks
	k := m.Last
	if k < len(toks) && (toks[k].Lower == "have" || toks[k].Lower == "has" || toks[k].Lower == "had") {
		k++
	}
	return k < len(toks) && x.cue.tokIs("reporting", &toks[k])
}

// nationalForce reports whether a named mention names a nation's police force without naming
// the nation: "the National Police", "the Federal Police", or by a nationality before the rank
// ("Korean National Police Agency").
func nationalForce(m mention) bool {
	if m.Country != "" || m.Entry != nil || !strings.Contains(m.Text, "National") && !strings.Contains(m.Text, "Federal") {
		return false // no rank word: the text needs no cutting into words
	}
	f := strings.Fields(m.Text)
	if len(f) > 0 && strings.EqualFold(f[0], "the") {
		f = f[1:]
	}
	if len(f) >= 3 && isCap(f[0]) && (f[1] == "National" || f[1] == "Federal") {
		f = f[1:] // "Korean National Police Agency": a nationality the gazetteer may not know before the rank
	}
	return len(f) >= 2 && (f[0] == "National" || f[0] == "Federal")
}

// statelessForce returns the entity of the one national force the named police forces hold
// without a nationality (nationalForce), or -1 when they hold none or several.
func statelessForce(ms []mention, police []int) int {
	e := -1
	for _, j := range police {
		if ms[j].Country != "" || ms[j].Entity < 0 {
			continue
		}
		if e >= 0 && e != ms[j].Entity {
			return -1
		}
		e = ms[j].Entity
	}
	return e
}

// isProsecutionService reports whether a named mention is a prosecution service ("the Public
// Prosecutor's Office").
func isProsecutionService(m mention) bool {
	return m.Kind == schema.KindAgency && strings.Contains(strings.ToLower(m.Text), "prosecut")
}

// executiveOffice returns the entity of the executive office of state the article names ("the
// White House", a cue list), which "the administration" refers to; -1 for none.
func (x *Extractor) executiveOffice(ms []mention, ents []entity) int {
	for _, m := range ms {
		if m.How == mkName && m.Entity >= 0 && m.Entity < len(ents) && ents[m.Entity].Kind == schema.KindAgency &&
			x.cue.is("executive", strings.ToLower(strings.TrimPrefix(ents[m.Entity].Name, "the "))) {
			return m.Entity
		}
	}
	return -1
}

// antecedent returns the entity that description or pronoun i refers to, or -1. byWord maps
// each lower-case word of a name to its named mentions, in order.
func (x *Extractor) antecedent(ms []mention, ents []entity, i int, byWord map[string][]int) int {
	m := ms[i]
	window := 4
	if m.How == mkPronoun {
		window = 1
	}
	if m.Client > 0 {
		// "His lawyer, X, said her client had cooperated since his arrest": the client, whose
		// lawyer the sentence names as someone's
		for j := i - 1; j >= 0 && ms[j].Sent == m.Sent; j-- {
			if ms[j].First+1 == m.Client {
				return ms[j].Entity
			}
		}
	}
	if m.PluralObject || m.ToldPlural {
		// "warned other utilities that … and urged them", "notified 40 clinics that their
		// records were exposed": the utilities, the clinics, no actor
		return -1
	}
	if m.How == mkPronoun && m.First == 0 && (m.Says || m.Tells) {
		// "The agency said it had warned the water board. It said …": a sentence-initial
		// speaking pronoun continues the previous sentence's speaker, not its last object;
		// "The company notified the regulator. It also informed the police": a telling one
		// continues the previous sentence's teller, not the body told
		for j := i - 1; j >= 0 && ms[j].Sent >= m.Sent-1; j-- {
			a := ms[j]
			if a.Sent == m.Sent-1 && a.First <= 1 && (a.Says || m.Tells && a.Tells) && a.How != mkPronoun && a.Entity >= 0 && x.compatible(m, ents[a.Entity]) {
				return a.Entity
			}
		}
	}
	if e, ok := andThatSubject(ms, i); ok {
		return e
	}
	if e := x.subjectSpeaks(ms, ents, i); e >= 0 {
		return e
	}
	if e := x.subjectGoesOn(ms, ents, i); e >= 0 {
		return e
	}
	if m.How == mkPronoun && m.First > 0 && m.Says && (m.Head == "it" || m.Head == "they") {
		// "In a report, the firm said the intruders installed a backdoor it calls Q. The same
		// backdoor was used against two ministries, it said": a speaking pronoun set after its
		// words, with no subject named before it in its sentence, continues the sentence
		// before's speaker
		for j := i - 1; j >= 0 && ms[j].Sent >= m.Sent-1; j-- {
			a := ms[j]
			if a.Sent == m.Sent && a.How == mkPronoun && m.Head == "they" && (a.Head == "he" || a.Head == "she") {
				continue // "He was paid in cash, they said": one person is not those who speak
			}
			if a.Sent == m.Sent && (a.Entity >= 0 || a.How == mkPronoun) && !a.PrepObj && !a.NounMod && !a.Possessive {
				break // "Orbis was breached in May, and it said …": its own sentence's subject
			}
			if a.Sent == m.Sent-1 && a.Says && a.How != mkPronoun && a.Entity >= 0 && x.compatible(m, ents[a.Entity]) {
				return a.Entity
			}
		}
	}
	if m.How == mkPronoun && i > 0 {
		// "It said it had also alerted …": the pronoun right after "X said" is the speaker X
		if a := ms[i-1]; a.Sent == m.Sent && a.Says && a.Last+1 == m.First {
			if a.Entity >= 0 && x.compatible(m, ents[a.Entity]) {
				return a.Entity
			}
			if a.Entity < 0 && a.How == mkDesc && (m.Head == "it" || m.Head == "they") && bodyKind(a.Kind) {
				return -1 // "The council said it had alerted X", no council named: the speaker no one named, not the last body
			}
		}
	}
	if m.How == mkDesc && (m.Head == "centre" || m.Head == "center") {
		return x.centreNamed(ms, ents, i, window)
	}
	if m.How == mkDesc && m.Kind != schema.KindPerson && m.Head != "" && !institutionHead[m.Head] {
		// "told the Senate committee that the agency had warned …": an institution whose name
		// has the description's head word ("Central Intelligence Agency") comes first
		described, word := -1, " "+m.Head+" "
		for j := i - 1; j >= 0 && m.Sent-ms[j].Sent <= window; j-- {
			a := ms[j]
			if a.Entity < 0 || a.How != mkName || a.Sent == m.Sent && (a.Last > m.First || a.Addressee) {
				continue
			}
			e := ents[a.Entity]
			if !x.compatible(m, e) {
				if len(strings.Fields(m.Text)) > 2 && bodyKind(e.Kind) && namesAllWords(a.Text, m.Text) {
					return a.Entity // "Brackley Dental Group" … "the dental group": every word in the name, though the head reads as a gang's
				}
				continue
			}
			if strings.Contains(e.Appos+" ", word) {
				// "Harrowgate Savings Bank, a regional lender, … the Bank of Italy … the lender":
				// the actor the writer set that noun beside comes before another that only
				// the trade a word of its name names fits (industryword)
				return a.Entity
			}
			if described >= 0 {
				continue
			}
			// the article's own words say e is what m says: by its name (nameFits), its
			// nationality (sameNationality) or a relative clause (relDescribes)
			if fit := x.nameFits(m, e); fit != fitNone || sameNationality(m, e) || relDescribes(m, a) {
				if fit == fitName && m.Opens && m.Says {
					if b := x.fittingOpener(ms, ents, m, j); b >= 0 {
						return b // "X said that Y, a unit of the Z Bureau, … . The bureau said": X, the subject
					}
				}
				if fit != fitTrade {
					return a.Entity
				}
				described = a.Entity
			}
		}
		if described >= 0 {
			return described
		}
		// "the Kestrel Research Lab … (many sentences on) … the lab said": an actor named
		// further back with the head word in the article's own words still comes before
		// whatever was mentioned last (institution heads are read just below, strictly)
		named := byWord[m.Head]
		for k := sort.SearchInts(named, i) - 1; k >= 0; k-- {
			a := ms[named[k]]
			if m.Sent-a.Sent <= window || a.Entity < 0 || !namesAllWords(a.Text, m.Text) {
				continue
			}
			if x.compatible(m, ents[a.Entity]) {
				return a.Entity
			}
		}
		// "its cloud provider, Strativo Cloud" … (many sentences on) … "the provider": an
		// actor an apposition described with the head word, further back than the window
		for j := i - 1; j >= 0 && m.Sent-ms[j].Sent <= placeWindow; j-- {
			a := ms[j]
			if m.Sent-a.Sent <= window || a.Entity < 0 || a.How != mkName {
				continue
			}
			if e := ents[a.Entity]; x.compatible(m, e) && strings.Contains(e.Appos+" ", " "+m.Head+" ") {
				return a.Entity
			}
		}
	}
	if m.How == mkDesc && institutionHead[m.Head] {
		// "the embassy", "the Russian foreign ministry", "the commission": an institution of
		// that kind, the one named last whose name says so, else none; never the last agency
		best := -1
		seen := map[int]int{}
		for j := i - 1; j >= 0 && m.Sent-ms[j].Sent <= placeWindow; j-- {
			a := ms[j]
			if a.Entity < 0 || a.How == mkPronoun || a.Sent == m.Sent && a.Last > m.First {
				continue
			}
			seen[a.Entity]++
			// the article's own words for it: "the directorate" is an agency the article called
			// "… Directorate", not one whose gazetteer name has the word ("GRU")
			if e := ents[a.Entity]; x.compatible(m, e) && (namesInstitution(a.Text+" "+e.Appos, m) || m.Head == "department" && !m.Says && e.Kind == schema.KindAgency && canadaDepartment(a.Text)) &&
				fieldsAgree(m.Text, a.Text+" "+e.Name) {
				if best < 0 {
					best = a.Entity
				}
			}
		}
		if best >= 0 {
			// "Lithuania's defence ministry … (five mentions) … Belarus's foreign ministry denied
			// … The ministry said": the institution the story is about, when it was mentioned
			// well more often than the one named last
			top, topN := best, seen[best]+1
			for e, n := range seen {
				if (n > topN || n == topN && e < top) && e != best && x.compatible(m, ents[e]) && institutionNamed(ms, ents, e, m) && fieldsAgree(m.Text, ents[e].Name) {
					top, topN = e, n
				}
			}
			// "The Justice Department on Tuesday unsealed … the Treasury Department's Office of
			// … the department's National Security Division": the body whose name opens the
			// story, when it fits and the one chosen was not named in this or the last sentence
			if l := ledeSubject(ms); l >= 0 && l != top && seen[l] > 0 && !namedSince(ms, i, top, m.Sent-1) &&
				x.compatible(m, ents[l]) && institutionNamed(ms, ents, l, m) && fieldsAgree(m.Text, ents[l].Name) {
				top = l
			}
			best = top
		}
		return best
	}
	if m.How == mkDesc && m.Kind == schema.KindPlace {
		// "the city", "this city": the place named last, the dateline's too, however far back;
		// not a region or a state ("Marlow Springs, Pa." … "in Pennsylvania" … "the city")
		for j := i - 1; j >= 0 && m.Sent-ms[j].Sent <= placeWindow; j-- {
			if a := ms[j]; a.How == mkName && a.Kind == schema.KindPlace && a.Entity >= 0 && !(a.Sent == m.Sent && a.Last > m.First) &&
				!x.regionName(a.Text) {
				return a.Entity
			}
		}
		return -1
	}
	prepLast, prepSent := -1, 0 // a pronoun or description prefers an antecedent that is not a prepositional object
	they := m.How == mkPronoun && (m.Head == "they" || m.Head == "them" || m.Head == "their")
	for j := i - 1; j >= 0; j-- {
		a := ms[j]
		if m.Sent-a.Sent > window {
			break
		}
		// "… a contractor that maintained the commission's software. They moved through 14
		// servers": "they" passes over a possessor that is no group, like a prepositional object
		theyOwner := they && a.Possessive && a.Kind != schema.KindGroup
		// a description too passes over a prepositional object or a name modifying a noun; it
		// takes the prepositional object before anything of an earlier sentence ("Sablewire,
		// which is based in Montreal, said …. The company also disputed …" is Sablewire;
		// "blamed X for an intrusion at Y, a pipeline operator. The company later said …" is
		// Y), the name modifying a noun only when nothing else fits
		descSkip := m.How == mkDesc && (a.NounMod || a.PrepObj)
		if a.Addressee && a.Sent == m.Sent && (m.How == mkDesc || m.How == mkPronoun && m.Binder == 0 && !m.PrepObj && !m.Possessive) {
			continue // "In a statement to X, the company said …", "… it said it had notified Y": the one told is not the teller
		}
		// a name that only modifies a noun ("built-in Windows tools") is passed over like one
		// "X, which is part of Y, said it had been notified": "it" passes over a name inside a
		// relative clause of its sentence set off by commas, for the name the clause describes
		relative := a.InRelative && a.Sent == m.Sent && a.Last <= m.First
		// "the Slate Wren group broke into X. They then stole …": "they" takes up the group the
		// name before the group noun names, no mere modifier for a plural pronoun
		groupThey := they && a.GroupNamed
		// "the Velvet Orca group said it was not responsible": "it" takes up the group the name
		// before a singular group noun names, as "they" does before any; "its" does not, since
		// the things a group's deed is done to are most often its victim's ("the Grey Heron
		// group had breached its email servers")
		groupIt := m.Head == "it" && a.GroupOne
		// "blamed X for the attack on its servers": the possessor passes over the one accused
		accused := m.Accused > 0 && a.Sent == m.Sent && a.First+1 >= m.Accused && a.Last <= m.First
		if m.Binder > 0 && a.Sent == m.Sent && (a.First+1 == m.Binder || !m.HostBound && a.First+1 > m.Binder) {
			continue // "the FBI contacted it", "X shared lists of Y addresses with it": an object pronoun never means its verb's subject, nor a name inside the clause, even as a last resort
		}
		if m.How == mkPronoun && (a.PrepObj || a.ToldObj || theyOwner || a.NounMod && !groupThey && !groupIt || a.ApposOwner || relative || accused) || descSkip {
			if a.Entity >= 0 && prepLast < 0 && a.How != mkPronoun && x.compatible(m, ents[a.Entity]) {
				prepLast, prepSent = a.Entity, a.Sent
				if m.How == mkDesc && a.NounMod {
					prepSent = -1 // "a platform sold on Telegram channels": no first claim
				}
			}
			continue
		}
		if a.How == mkPronoun && a.Head == "it" && m.Head == "its" && a.Sent == m.Sent && a.Binder > 0 && a.Entity >= 0 && m.First-a.Last <= 2 {
			return a.Entity // "the FBI informed it that its network …": the one told, whose network it is
		}
		if a.Entity < 0 || a.How == mkPronoun {
			continue
		}
		if a.Sent == m.Sent && a.Last > m.First {
			continue
		}
		if (m.Head == "it" || m.Head == "its") && (pluralHeaded(a) || a.Conjunct) {
			// "X said Chinese state hackers had stolen its blueprints": not the hackers, plural;
			// "alerted the NCSC and the Garda bureau, according to a timeline it published": not one of the two
			continue
		}
		if m.How == mkPronoun && m.Says && !m.InQuote && a.InQuote && m.Sent-a.Sent <= 1 {
			continue // "“Ember Finch was never a hobby crew,” he said": the speaker is none of those the quotation names
		}
		if q := quotedPerson(ms, j); q >= 0 && m.How == mkPronoun && personPronoun(m.Head) && !m.Says && !m.InQuote && a.Sent < m.Sent && x.compatible(m, ents[q]) {
			return q // "“X is charged for …,” FBI official Y said. The 25-year-old … he led": the person the quotation is about
		}
		e := ents[a.Entity]
		if e.Guessed && m.How == mkPronoun && personPronoun(m.Head) {
			// "Dunmore Halvard … his": a person-shaped name taken up by "he" is a person, unless
			// a sure person comes in the pronoun's sentence or the one before ("Inspector Tomas
			// Halberg said that Morrow Linden, a local news site, had warned his team": Halberg's)
			if p := x.surePersonBefore(ms, ents, m, j); p >= 0 {
				return p
			}
			ents[a.Entity].Kind, ents[a.Entity].Guessed = schema.KindPerson, false
			return a.Entity
		}
		if e.Guessed && m.How == mkDesc && m.Kind == schema.KindOrganization && (m.Last-m.First == 2 || listedOnly(descModifiers(m))) && m.Sent-a.Sent <= 1 && a.How == mkName && x.noFirstName(e.Name) {
			// "Hackers broke into Ostmark Freight …, the company said": a name shaped like a
			// person's but with no first name, taken up by "the company", is a company (not a
			// newspaper's title: "the Northfield Courier")
			ents[a.Entity].Kind, ents[a.Entity].Guessed = schema.KindOrganization, false
			return a.Entity
		}
		if !x.compatible(m, e) {
			continue
		}
		if m.How == mkDesc && prepLast >= 0 && prepSent > a.Sent {
			return prepLast
		}
		if s := x.openingSubject(ms, ents, m, j); s >= 0 {
			return s
		}
		return a.Entity
	}
	if prepLast < 0 && m.How == mkPronoun && personPronoun(m.Head) {
		// "Brask and his associates hacked … The indictment says the crew extorted … A court
		// approved his extradition": with no person in the sentence before, the person named
		// last within a few sentences
		for j := i - 1; j >= 0 && m.Sent-ms[j].Sent <= personWindow; j-- {
			a := ms[j]
			if a.Entity >= 0 && a.How == mkName && !ents[a.Entity].Guessed && x.compatible(m, ents[a.Entity]) {
				return a.Entity
			}
		}
	}
	return prepLast
}

// quotedPerson returns the entity of the person a quotation names when ms[j] is its speaker,
// named after it in the same sentence ("“X, an alleged hacker, is charged …,” FBI official Y
// said"), or -1. A person pronoun of a later sentence that is no speaker's takes up the person
// the quotation is about, not the official who spoke it.
func quotedPerson(ms []mention, j int) int {
	a := ms[j]
	if !a.Says || a.InQuote || a.How != mkName {
		return -1
	}
	for k := j - 1; k >= 0 && ms[k].Sent == a.Sent; k-- {
		if b := ms[k]; b.InQuote && b.How == mkName && b.Entity >= 0 && b.Entity != a.Entity && b.Kind == schema.KindPerson {
			return b.Entity
		}
	}
	return -1
}

// openingSubject returns the entity of the name that opens the sentence before a sentence-opening
// "it" (Opens: at the start or after an opening phrase, "On Friday, it …") whose nearest candidate
// ms[j] stands later in that sentence (openingName; a possessor opens no subject: "Ostmark's
// response team, OstCERT, said …"), or -1: "Harborline notified the FBI on Feb. 11. It alerted
// state regulators a week later." is Harborline; the subject the story goes on with, not the one
// it told. Unlike subjectGoesOn it serves an "It said" too.
func (x *Extractor) openingSubject(ms []mention, ents []entity, m mention, j int) int {
	a := ms[j]
	if m.How != mkPronoun || m.Head != "it" || !m.Opens || a.Sent != m.Sent-1 || a.Opens {
		return -1
	}
	if k := x.openingName(ms, ents, m, j); k >= 0 && ms[k].Opens && ms[k].Entity != a.Entity {
		return ms[k].Entity
	}
	return -1
}

// opensSentence reports whether m opens its sentence ("It said …", "Harborline notified …"),
// or opens it after an opening phrase closed by a comma, a determiner at most between ("On
// Tuesday, the Treasury …", "In May, it …"; openingSubject in missions.go).
func opensSentence(sents []sentence, m mention) bool {
	if m.First == 0 || m.Sent < 0 || m.Sent >= len(sents) || m.First < 0 || m.First >= len(sents[m.Sent].Toks) {
		return m.First == 0
	}
	toks, first := sents[m.Sent].Toks, m.First
	if first > 1 && toks[first-1].Tag == "DT" {
		first-- // "On Tuesday, the Treasury"
	}
	return first > 0 && openingSubject(toks, first)
}

// openingName returns the index of the first mention of the sentence of ms[j] (a sentence's
// mentions run in the order of their tokens) when it is the name of an entity that m may take up,
// neither a possessor nor a name modifying a noun ("Oman's national CERT"), or -1. Its callers,
// subjectGoesOn and openingSubject, ask of it how near the sentence's start it stands.
func (x *Extractor) openingName(ms []mention, ents []entity, m mention, j int) int {
	for j > 0 && ms[j-1].Sent == ms[j].Sent {
		j--
	}
	if o := ms[j]; o.How != mkName || o.Entity < 0 || o.Possessive || o.NounMod || !x.compatible(m, ents[o.Entity]) {
		return -1
	}
	return j
}

// suffixedName reports whether the name of the words long is the name of the words short
// followed by generic words of a firm's name only ("lakbay systems inc." after "lakbay
// systems"): one firm named in full and in short.
func (x *Extractor) suffixedName(short, long []string) bool {
	if len(long) <= len(short) || !slices.Equal(long[:len(short)], short) {
		return false
	}
	for _, w := range long[len(short):] {
		if !x.cue.is("orgsuffix", strings.TrimSuffix(w, ",")) {
			return false
		}
	}
	return true
}

// saidBefore reports whether "said" or "says" stands right before the mention m: the mention
// opens the clause said ("Treasury said Harlow Digital ran the sites").
func saidBefore(sents []sentence, m mention) bool {
	if m.Sent < 0 || m.Sent >= len(sents) || m.First < 1 || m.First > len(sents[m.Sent].Toks) {
		return false
	}
	w := sents[m.Sent].Toks[m.First-1].Lower
	return w == "said" || w == "says"
}

// pluralHeaded reports whether a description or demonym phrase has a plural common noun for its
// head ("Chinese state hackers", "the attackers"), which "it" and "its" never take up.
func pluralHeaded(a mention) bool {
	if a.How != mkDemonym && a.How != mkDesc {
		return false
	}
	h := strings.TrimRightFunc(a.Text, unicode.IsSpace) // the last word, as strings.Fields would split it, with no allocation
	if k := strings.LastIndexFunc(h, unicode.IsSpace); k >= 0 {
		_, w := utf8.DecodeRuneInString(h[k:])
		h = h[k+w:]
	}
	if h == "" || isCap(h) {
		return false
	}
	return len(h) > 3 && strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") && !strings.HasSuffix(h, "us") && !strings.HasSuffix(h, "is") && h != "news"
}

// noFirstName reports whether a name shaped like a person's opens with no first name and is no
// newspaper's title ("Ostmark Freight", "Tamsford Meters"; not "the Northfield Courier"): a body
// when "the company" or a told clause's "its" takes it up.
func (x *Extractor) noFirstName(name string) bool {
	return !x.cue.is("firstname", strings.ToLower(strings.Fields(name)[0])) && !mastheadName(name)
}

// bodyKind reports whether an actor kind is an organisation or an agency.
func bodyKind(k schema.ActorKind) bool {
	return k == schema.KindOrganization || k == schema.KindAgency
}

// modifierNamed returns, for a description whose modifier word is in the name of an
// organisation or agency of the other of those two kinds named within modifierSentReach
// sentences before
// ("Tidewater Health Network … the regional health authority"), that actor, else -1; the caller
// records the head as a word it was described by, so that a later bare "the authority" takes it
// too. mods are the description's modifiers (descModifiers).
func (x *Extractor) modifierNamed(ms []mention, ents []entity, i int, mods []string) int {
	m := ms[i]
	if !bodyKind(m.Kind) || m.Head == "" {
		return -1
	}
	for j := i - 1; j >= 0 && m.Sent-ms[j].Sent <= modifierSentReach; j-- {
		a := ms[j]
		if a.How != mkName || a.Entity < 0 || a.Sent == m.Sent && a.Last > m.First {
			continue
		}
		if e := ents[a.Entity]; bodyKind(e.Kind) && e.Kind != m.Kind && e.Entry == nil && modifierIn(mods, e.Name) {
			return a.Entity
		}
	}
	return -1
}

// modifiersNamedLater returns the entity of the first name in a sentence after description i's,
// within modifierSentReach sentences, of a body of the description's kind whose name holds every one of
// its modifiers mods (descModifiers; lower-case words longer than three letters: "the data
// protection regulator" … "the Data Protection Commission"), or -1.
func (x *Extractor) modifiersNamedLater(ms []mention, ents []entity, i int, mods []string) int {
	m := ms[i]
	if !bodyKind(m.Kind) || m.Head == "" {
		return -1
	}
	for _, w := range mods {
		if len(w) <= 3 || isCap(w) {
			return -1
		}
	}
	for j := i + 1; j < len(ms) && ms[j].Sent-m.Sent <= modifierSentReach; j++ {
		a := ms[j]
		if a.How != mkName || a.Entity < 0 || a.Sent == m.Sent || ents[a.Entity].Kind != m.Kind {
			continue // a name later in the description's sentence, not beside it, is another body ("the federal police can …, as X did")
		}
		if !slices.ContainsFunc(mods, func(w string) bool { return !hasWord(ents[a.Entity].Name, w) }) {
			return a.Entity // every modifier is a word of the name
		}
	}
	return -1
}

// modifierSentReach bounds how many sentences before a description modifierNamed looks for a
// body whose name holds its modifier, and how many after it modifiersNamedLater looks for one
// whose name holds all its modifiers.
const modifierSentReach = 4

// listedOnly reports whether a description's modifiers mods (descModifiers) only place a
// company on a market or in a city ("the SDAX-listed company", "the Hamburg-based firm"), which
// no person is.
func listedOnly(mods []string) bool {
	for _, w := range mods {
		if w != "listed" && !placedModifier(w) {
			return false
		}
	}
	return len(mods) > 0
}

// descModifiers returns the words of a description between "the" and its head ("the regional
// health authority": "regional health"), or nil when it has none or is no description.
func descModifiers(m mention) []string {
	if m.How != mkDesc {
		return nil
	}
	f := strings.Fields(m.Text)
	if len(f) < 3 || !strings.EqualFold(f[0], "the") {
		return nil
	}
	return f[1 : len(f)-1]
}

// modifierIn reports whether one of a description's modifiers mods (descModifiers), of its own
// (no name or nationality: "the Russian cyber security firm") and longer than three letters, is
// a word of name.
func modifierIn(mods []string, name string) bool {
	for _, w := range mods {
		if len(w) > 3 && !isCap(w) && hasWord(name, w) {
			return true
		}
	}
	return false
}

// surePersonBefore returns the entity of a name before mention j, in pronoun m's sentence or the
// one before, that is surely a person m can mean, or -1.
func (x *Extractor) surePersonBefore(ms []mention, ents []entity, m mention, j int) int {
	for k := j - 1; k >= 0 && m.Sent-ms[k].Sent <= 1; k-- {
		if a := ms[k]; a.How == mkName && a.Entity >= 0 && !ents[a.Entity].Guessed && ents[a.Entity].Kind == schema.KindPerson && x.compatible(m, ents[a.Entity]) {
			return a.Entity
		}
	}
	return -1
}

// honorificSex reads the sex the honorifics among a person's title words give ("Mr Hsu": "m";
// "Ms Chen", "Mrs Vell": "f"), or "" when they give none or both: "she" does not take up a man
// so called, nor "he" a woman.
func honorificSex(titles string) string {
	sex := ""
	for rest := titles; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(strings.TrimLeft(rest, " "), " ")
		s := ""
		switch strings.TrimSuffix(w, ".") {
		case "mr":
			s = "m"
		case "ms", "mrs", "miss":
			s = "f"
		default:
			continue
		}
		if sex != "" && sex != s {
			return ""
		}
		sex = s
	}
	return sex
}

// sameNationality reports whether description m's nationality is the one entity e is known
// to have.
func sameNationality(m mention, e entity) bool {
	country := e.Country
	if country == "" {
		country = e.ApposCountry
	}
	return m.Country != "" && m.Country == country
}

// fittingOpener returns the entity of the name that opens the sentence of ms[j], its first
// mention and the subject of a plain "said" (mention.Opens, or a determiner at most before it;
// mention.Says), when ms[j] is a later mention there and the opener's name fits the description
// m by the head word too (nameFits): a description that opens its own sentence and says
// something continues the attribution to the last speaker before a name inside what it said
// ("The Varn Bureau said that Iron Moth, a unit of the Selby Intelligence Bureau, stole it. The
// bureau said …": the Varn Bureau). Else -1.
func (x *Extractor) fittingOpener(ms []mention, ents []entity, m mention, j int) int {
	k := j
	for k > 0 && ms[k-1].Sent == ms[j].Sent {
		k--
	}
	b := ms[k]
	if k == j || !b.Says || !b.Opens && b.First > 1 || b.How != mkName || b.Entity < 0 || b.Entity == ms[j].Entity || b.PrepObj || b.Possessive || b.NounMod {
		return -1
	}
	if e := ents[b.Entity]; x.compatible(m, e) && x.nameFits(m, e) == fitName {
		return b.Entity
	}
	return -1
}

// How a body's name fits a description's head (nameFits).
const (
	fitNone  = iota
	fitTrade // only by the trade a word of the name names
	fitName  // by the head word in the name or the name's legal form
)

// nameFits tells how e's name fits description m: fitName when the head word is in it, or ends
// it in the plural ("Brightwater Labs" … "the lab"), or a company's legal form ends it
// ("Lantern Bay Network Technology Co." … "the company"), fitTrade when a word of it names the
// trade the head does (cue industryword, head:word: "Harlow Savings Bank" … "the lender",
// "Brennock Telecom" … "the carrier"), else fitNone.
func (x *Extractor) nameFits(m mention, e entity) int {
	name := strings.ToLower(e.Name)
	if strings.Contains(" "+name+" ", " "+m.Head+" ") || m.Head != "" && strings.HasSuffix(name, " "+m.Head+"s") {
		return fitName
	}
	f := strings.Fields(name)
	if len(f) > 1 && x.cue.is("legalformhead", m.Head) && x.cue.is("legalform", f[len(f)-1]) {
		return fitName
	}
	for _, w := range f {
		if x.cue.is("industryword", m.Head+":"+w) {
			return fitTrade
		}
	}
	return fitNone
}

// relDescribes reports whether a relative clause set after name a has the modifier noun of
// description m: "Lantern Grid, which supplies its payment software" … "the software company".
func relDescribes(m, a mention) bool {
	f := strings.Fields(strings.ToLower(m.Text))
	if a.Rel == "" || len(f) < 3 {
		return false
	}
	for _, w := range f[1 : len(f)-1] {
		if len(w) > 3 && strings.Contains(a.Rel+" ", " "+w+" ") {
			return true
		}
	}
	return false
}

// ledeSubject returns the entity of the name that opens the article's first sentence, at its
// first word or after one ("The Justice Department on Tuesday unsealed …"), -1 when no name
// opens it.
func ledeSubject(ms []mention) int {
	if len(ms) == 0 || ms[0].Sent != 0 || ms[0].How != mkName || ms[0].First > 1 {
		return -1
	}
	return ms[0].Entity
}

// namedSince reports whether entity e has a mention before ms[i] in sentence from or later.
func namedSince(ms []mention, i, e, from int) bool {
	for j := i - 1; j >= 0 && j < len(ms) && ms[j].Sent >= from; j-- {
		if ms[j].Entity == e && ms[j].How != mkPronoun {
			return true
		}
	}
	return false
}

// centreNamed returns the actor that description i, "the centre" or "the center", takes up: a
// body whose name has the word in either spelling ("National Cyber Security Center", "the
// Canadian Centre for Cyber Security"), mentioned by any of its names within window sentences
// before it, the latest such; else -1. A centre named long before is not the one meant: the
// writer names again the centre the story has moved back to.
func (x *Extractor) centreNamed(ms []mention, ents []entity, i, window int) int {
	m := ms[i]
	for j := i - 1; j >= 0 && m.Sent-ms[j].Sent <= window; j-- {
		a := ms[j]
		if a.Entity < 0 || a.Entity >= len(ents) || a.How == mkPronoun || a.Sent == m.Sent && a.Last > m.First {
			continue
		}
		e := ents[a.Entity]
		named := a.Text + " " + e.Name + " " + e.Appos
		if x.compatible(m, e) && (hasWord(named, "centre") || hasWord(named, "center")) {
			return a.Entity
		}
	}
	return -1
}

// institutionHead lists the heads of descriptions that name one kind of institution: "the
// embassy" is an embassy the article named, not whichever agency came last.
var institutionHead = map[string]bool{"committee": true, "ministry": true, "embassy": true, "consulate": true, "court": true,
	"commission": true, "tribunal": true, "directorate": true, "department": true, "police": true}

// particleSurname returns the one person mention whose longer name ends in w, a family name
// of several words ("anna de vries" for "de vries", "rosa elena quintero vargas" for "quintero
// vargas"), or begins with w's words before a particle ("muhammad hafiz bin zainal" for
// "muhammad hafiz"), or -1 (none, or several).
func (x *Extractor) particleSurname(ms []mention, lowText []string, lowWords [][]string, u unionFind, i int, w string) int {
	cand, tail, head, n := -1, " "+w, w+" ", len(lowWords[i])
	for j := range ms {
		if j == i || ms[j].How != mkName || ms[j].Kind != schema.KindPerson && !ms[j].LooksPerson || u.find(j) == u.find(i) {
			continue
		}
		if lj := lowWords[j]; !strings.HasSuffix(lowText[j], tail) && !(len(lj) > n+1 && strings.HasPrefix(lowText[j], head) && x.cue.is("particle", lj[n])) {
			continue
		}
		if cand = u.unique(cand, j); cand < 0 {
			return -1
		}
	}
	return cand
}

// innerSurname reports whether w, a word of a person's name of three words or more but not its
// first or last, is the surname the article may call the person by: the word before a particle
// ("Echeverri" of "Luz Marina Echeverri de Castañeda") or the first of two surnames ("Benavides"
// of "Carolina Benavides Ruiz").
func (x *Extractor) innerSurname(words []string, w string) bool {
	n := len(words)
	for k := 1; k+1 < n; k++ {
		if words[k] != w {
			continue
		}
		if x.cue.is("particle", words[k+1]) || k == n-2 && n >= 3 && !x.cue.is("particle", words[k-1]) {
			return true
		}
	}
	return false
}

// namesInstitution reports whether text, a name with its apposition, names an institution of
// the kind description m calls it: m's head is in it ("the commission", "the foreign
// ministry" for "Ministry of Foreign Affairs"), or m is a ministry of a field and text a
// department ("the foreign ministry" for "Department of Foreign Affairs", as some states call
// their ministries; fieldsAgree checks the field).
func namesInstitution(text string, m mention) bool {
	if hasWord(text, m.Head) {
		return true
	}
	if m.Head != "ministry" || !hasWord(text, "department") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(m.Text)) {
		if _, ok := fieldWords[w]; ok {
			return true
		}
	}
	return false
}

// canadaDepartment reports whether name is a Canadian federal department's, named by its field
// and "Canada" ("Transport Canada", "Global Affairs Canada"), which "the department" takes up
// though the name lacks the word; not yet for a speaking "the department said", whose statement
// the merging step does not join to the one its name made the same day.
func canadaDepartment(name string) bool {
	f := strings.Fields(name)
	return len(f) >= 2 && f[len(f)-1] == "Canada" && isCap(f[len(f)-2])
}

// fieldWords maps the field words of an institution's description ("the foreign ministry", "the
// defence committee") to a stem its name has when it is that field's ("Ministry of Foreign
// Affairs", "Ministry of National Defence").
var fieldWords = map[string]string{"foreign": "foreign", "defence": "defen", "defense": "defen", "interior": "interior",
	"finance": "financ", "financial": "financ", "justice": "justice", "health": "health", "energy": "energy",
	"agriculture": "agricultur", "agricultural": "agricultur", "education": "educat", "trade": "trade", "economy": "econom",
	"economic": "econom", "transport": "transport", "communications": "communicat", "digital": "digital", "labour": "labo",
	"labor": "labo", "environment": "environment", "industry": "industr", "culture": "cultur", "water": "water",
	"intelligence": "intelligen", "electoral": "elect", "election": "elect", "tax": "tax", "customs": "customs",
	"immigration": "immigra", "treasury": "treasur"}

// fieldsAgree reports whether every field word of description desc ("the Kyrgyz foreign
// ministry") is in name ("Kazakhstan's Ministry of Foreign Affairs", not "Ministry of
// Agriculture").
func fieldsAgree(desc, name string) bool {
	low := ""
	for _, w := range strings.Fields(strings.ToLower(desc)) {
		stem, ok := fieldWords[w]
		if !ok {
			continue
		}
		if low == "" {
			low = strings.ToLower(name)
		}
		if !strings.Contains(low, stem) {
			return false
		}
	}
	return true
}

// bodyWord reports whether w is the lower-case word of a committee: "committee", "panel".
func bodyWord(w string) bool {
	return w == "committee" || w == "subcommittee" || w == "panel"
}

// capitalsAsStates makes a capital a name of its country when the article names that country
// too: news says "Beijing denied", "accused Washington", "CANBERRA —" for the state and where
// it speaks from, one actor. A capital the article names alone is the state too where it acts
// or is acted on, as the subject right before a verb or the object right after one ("Moscow
// denied", "blamed Beijing"); after a preposition it is only a city ("talks in Moscow").
func (x *Extractor) capitalsAsStates(sents []sentence, ms []mention) {
	states := map[string]*gazetteer.Entry{}
	for _, m := range ms {
		if m.Entry != nil && m.Entry.Kind == schema.KindCountry {
			states[m.Entry.Name] = m.Entry
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.How != mkName || m.Entry == nil || m.Entry.Kind != schema.KindPlace || m.Entry.Class != "capital" {
			continue
		}
		c := states[m.Entry.Country]
		if c == nil && capitalActs(sents, *m) {
			c, _ = x.gaz.Country(m.Entry.Country)
		}
		if c != nil {
			m.Entry, m.Kind, m.Country = c, schema.KindCountry, c.Name
		}
	}
}

// outletTold reads "X told Reuters (on Tuesday) (that) it had …" before the pronoun ms[i]: a
// news outlet's name right before it, or before a day or "that" right before it, told (after
// "told" or "tells" and perhaps an article), is not what the pronoun stands for. It returns
// the outlet's index in ms and the index of the telling verb, or -1, -1.
func outletTold(toks []token, ms []mention, ents []entity, i int) (int, int) {
	if i < 1 {
		return -1, -1
	}
	o, m := ms[i-1], ms[i]
	gap := m.First
	if gap > o.Last && toks[gap-1].Lower == "that" {
		gap-- // "told Reuters (on Tuesday) that it had …"
	}
	if o.Sent != m.Sent || o.Last != gap && !dayBetween(toks, o.Last, gap) || o.How != mkName || o.Possessive || o.Entity < 0 || o.Entity >= len(ents) || !mediaEntity(ents[o.Entity]) {
		return -1, -1
	}
	v := o.First - 1
	if v >= 0 && toks[v].Tag == "DT" {
		v--
	}
	if v < 1 || !tellsWord(toks[v].Lower) {
		return -1, -1
	}
	return i - 1, v
}

// dayBetween reports whether the words from a to b are only a day ("on Tuesday", "Tuesday",
// "yesterday"): "told Reuters on Tuesday it had …".
func dayBetween(toks []token, a, b int) bool {
	if a < 0 || b > len(toks) || b <= a || b-a > 2 {
		return false
	}
	if b-a == 2 {
		return toks[a].Lower == "on" && weekdays[toks[a+1].Lower]
	}
	w := toks[a].Lower
	return weekdays[w] || w == "yesterday" || w == "today"
}

// capitalActs reports whether the name m, no possessive nor modifier of a noun, stands right
// before a verb or right after one, not a participle ("Moscow denied", "accused Beijing").
func capitalActs(sents []sentence, m mention) bool {
	if m.Sent < 0 || m.Sent >= len(sents) || m.Possessive || m.NounMod || m.PrepObj {
		return false
	}
	toks := sents[m.Sent].Toks
	if m.First < 0 || m.Last > len(toks) || m.Last <= m.First {
		return false
	}
	if m.Last < len(toks) && isVerbTag(toks[m.Last].Tag) && toks[m.Last].Tag != "VBG" && toks[m.Last].Tag != "VBN" {
		return true
	}
	return m.First > 0 && isVerbTag(toks[m.First-1].Tag) && toks[m.First-1].Tag != "VBG"
}

// unitOf reports whether the words after name m, "of" or "of the", make it a unit of the next
// name: m ends with a unit word ("Unit", "Division", "Office").
func (x *Extractor) unitOf(m mention, gap []token) bool {
	if len(gap) == 0 || len(gap) > 2 || gap[0].Lower != "of" || len(gap) == 2 && gap[1].Lower != "the" {
		return false
	}
	f := strings.Fields(strings.ToLower(m.Text))
	switch f[len(f)-1] {
	case "unit", "division", "office", "section", "branch", "directorate", "bureau", "centre", "center", "department":
		return len(f) > 1
	}
	return false
}

// titleOf reports whether name m is only a title ("Home Affairs Minister", "the Interior
// Minister") set beside the next name, a person's, by a comma: "the Home Affairs Minister,
// Daniel Kearsley, said"; also a run a field word made a firm's ("the Communications Minister,
// Annika Ferris,": "communications" ends company names, "minister" ends none).
func (x *Extractor) titleOf(m, next mention, gap []token) bool {
	if len(gap) != 1 || gap[0].Text != "," || next.Kind != schema.KindPerson || m.Entry != nil {
		return false
	}
	f := strings.Fields(strings.ToLower(m.Text))
	if len(f) > 4 || !x.cue.is("titlehead", f[len(f)-1]) {
		return false
	}
	return m.Kind == schema.KindPerson || m.LooksPerson || m.Kind == schema.KindOrganization && x.cue.is("officetitle", f[len(f)-1])
}

// hasWord reports whether the lower-case word w is one of the words of s.
func hasWord(s, w string) bool {
	l := strings.ToLower(s)
	for from := 0; from+len(w) <= len(l); {
		k := strings.Index(l[from:], w)
		if k < 0 {
			return false
		}
		k += from
		if (k == 0 || l[k-1] == ' ') && (k+len(w) == len(l) || l[k+len(w)] == ' ') {
			return true
		}
		from = k + 1
	}
	return false
}

// placeWindow is how many sentences back "the city" looks for the place it names.
const placeWindow = 30

// regionName reports whether a place's name is a region's or a state's ("Europe", "Ohio"),
// no city.
func (x *Extractor) regionName(name string) bool {
	lw := strings.ToLower(name)
	if x.cue.is("region", lw) || x.cue.is("subregion", lw) {
		return true
	}
	// "the Red Sea", "the Tahoua Region", "the Sinai Peninsula": a name of two words or more
	// ending in a word for a stretch of land or water, unless the gazetteer knows it otherwise
	// ("Al-Qaeda in the Arabian Peninsula")
	k := strings.LastIndexByte(lw, ' ')
	if k < 0 || !x.cue.is("geohead", lw[k+1:]) {
		return false
	}
	_, known := x.gaz.Lookup(name)
	return !known
}

// bodyDescribed reports whether entity e (index ante), the antecedent a description of an
// agency would take, is the kind of body the description names. A description whose modifiers
// name a field ("the cyber agency", "the energy regulator", "the telecoms regulator";
// fieldModifiers) names a kind of body: it takes up only a body whose name, apposition or
// earlier descriptions carry its head or one of those words ("the Norland Cyber Agency", "the
// Harrow Energy Authority"), or the name it is set beside ("X, the data protection
// regulator,"); not the agency named last whatever it does ("the Financial Conduct Office").
// Any other description is left as it was.
func (x *Extractor) bodyDescribed(sents []sentence, ms []mention, e entity, i, ante int) bool {
	m := ms[i]
	if m.How != mkDesc || m.Kind != schema.KindAgency || !bodyKind(e.Kind) {
		return true
	}
	fields := x.fieldModifiers(descModifiers(m))
	if len(fields) == 0 {
		return true
	}
	if x.nameFits(m, e) != fitNone || hasWord(e.Appos, m.Head) || strings.Contains(e.OtherHeads+" ", " "+m.Head+" ") {
		return true
	}
	for _, w := range fields {
		if hasWord(e.Name, w) || hasWord(e.Appos, w) {
			return true
		}
	}
	for _, j := range e.Mentions {
		if a := ms[j]; a.How != mkDesc && a.Sent == m.Sent && a.Last < m.First && apposGap(sents, a, m) {
			return true // "the Security Information Service (BIS), the Czech counter-intelligence agency,": the name it is set beside
		}
	}
	return false
}

// nationalBody reports whether description m names a state's agency by its nationality and
// field ("the Telvaran cyber agency", "the Ostrevan energy regulator"): its first word after
// the article is capitalised and it has a field modifier (fieldModifiers).
func (x *Extractor) nationalBody(m mention) bool {
	if m.How != mkDesc || m.Kind != schema.KindAgency {
		return false
	}
	mods := descModifiers(m)
	return len(mods) > 1 && isCap(mods[0]) && len(x.fieldModifiers(mods)) > 0
}

// ownProsecutors returns the entity standing for prosecutors described by m whom no named
// prosecution service or ministry of justice takes up, adding one to ents for the first such
// description of each state (seen maps a state, "" for federal ones of no state named, to
// its entity): "Polish prosecutors" and a later "prosecutors in Poland" are the same body.
func ownProsecutors(seen map[string]int, ents *[]entity, m mention) int {
	if e, ok := seen[m.Country]; ok {
		return e
	}
	e := len(*ents)
	*ents = append(*ents, entity{Name: descName(m), Kind: m.Kind, Country: m.Country, Conf: 0.5, Generic: true})
	seen[m.Country] = e
	return e
}

// statedProsecutors reports whether prosecutors description m names whose prosecutors they
// are: a state's ("Polish prosecutors", "prosecutors in Poland") or the federal ones.
func statedProsecutors(m mention) bool {
	return m.Country != "" || strings.HasPrefix(strings.TrimPrefix(strings.ToLower(m.Text), "the "), "federal")
}

// descName returns a description's text without its article: "Telvaran cyber agency".
func descName(m mention) string {
	if f := strings.Fields(m.Text); len(f) > 1 && strings.EqualFold(f[0], "the") {
		return strings.Join(f[1:], " ")
	}
	return m.Text
}

// apposGap reports whether description m is set beside mention a of its sentence as an
// apposition: only a comma stands between them, after a bracketed acronym at most ("X (XYZ),
// the …").
func apposGap(sents []sentence, a, m mention) bool {
	if a.Sent < 0 || a.Sent >= len(sents) || m.First > len(sents[a.Sent].Toks) {
		return false
	}
	gap := sents[a.Sent].Toks[a.Last:m.First]
	if len(gap) == 4 && gap[0].Text == "(" && gap[2].Text == ")" {
		gap = gap[3:]
	}
	return len(gap) == 1 && gap[0].Text == ","
}

// fieldModifiers returns the modifiers of a description (descModifiers) that name the field a
// body works in ("cyber", "energy", "data protection"): lower-case words longer than three
// letters that neither refer back ("the same agency", cue timemod) nor give the body's level
// (cue locallevel, levelWords).
func (x *Extractor) fieldModifiers(mods []string) []string {
	var out []string
	for _, w := range mods {
		if len(w) <= 3 || isCap(w) || levelWords[w] || x.cue.is("timemod", w) || x.cue.is("locallevel", w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// levelWords are the modifiers of a description that say at what level or how a body serves,
// not in which field ("the national agency", "the federal regulator", "the other agency").
var levelWords = map[string]bool{"national": true, "federal": true, "central": true, "local": true, "public": true,
	"main": true, "other": true, "government": true, "official": true, "independent": true, "relevant": true,
	"top": true, "lead": true, "chief": true, "country's": true, "nation's": true, "state-run": true, "government-run": true}

// namesAllWords reports whether every word of description desc after its article is a word of
// name: "the electoral commission" is the Quellan Electoral Commission, but "the military
// intelligence service" is not the Security Intelligence Service.
func namesAllWords(name, desc string) bool {
	in := " " + strings.ToLower(name) + " "
	for _, w := range strings.Fields(strings.ToLower(desc)) {
		if w != "the" && !strings.Contains(in, " "+w+" ") {
			return false
		}
	}
	return true
}

// personWindow is how many sentences back a personal pronoun looks for a named person when
// the sentence before names none.
const personWindow = 3

// compatible reports whether a description or pronoun can refer to entity e.
func (x *Extractor) compatible(m mention, e entity) bool {
	if m.How == mkDesc && m.Kind == schema.KindPerson {
		// "the minister": a name given that title ("Interior Minister Karin Lode"), even one
		// whose kind is only guessed
		return (e.Kind == schema.KindPerson || e.Kind == schema.KindOrganization) && strings.Contains(e.Titles+" ", " "+m.Head+" ")
	}
	if e.Guessed {
		return false
	}
	country := e.Country
	if country == "" {
		country = e.ApposCountry
	}
	if m.Country != "" && country != "" && m.Country != country {
		return false
	}
	if m.Country != "" && e.Kind == schema.KindCountry {
		return false
	}
	if m.How == mkPronoun {
		switch m.Head {
		case "he", "his", "him":
			return e.Kind == schema.KindPerson && honorificSex(e.Titles) != "f"
		case "she", "her":
			return e.Kind == schema.KindPerson && honorificSex(e.Titles) != "m"
		case "it", "its":
			return e.Kind == schema.KindOrganization || e.Kind == schema.KindAgency || e.Kind == schema.KindCountry || e.Kind == schema.KindGroup
		default: // they, their, them
			return e.Kind == schema.KindGroup || e.Kind == schema.KindOrganization || e.Kind == schema.KindAgency
		}
	}
	if m.How == mkDesc && bodyKind(m.Kind) && bodyKind(e.Kind) && strings.Contains(e.OtherHeads+" ", " "+m.Head+" ") {
		return true // "Tidewater Health Network … the regional health authority … the authority": the network, an organisation
	}
	if m.How == mkDesc && x.centralBankDesc(m) && !x.centralBankName(e.Name+" "+e.Appos) {
		return false // "notified the central bank": a state's bank, not the lender the story is about
	}
	if m.How == mkDesc && x.cue.is("twofoldhead", m.Head) && !(e.Entry == nil && hasWord(e.Name, m.Head)) && !hasWord(e.Appos, m.Head) {
		// "Riverina Health Network … the network": a body the article calls a network, in
		// its name or beside it; a name from the gazetteer is not the article's own word
		return false
	}
	if x.cue.is("ownheadword", m.Head) && !hasWord(e.Name, m.Head) && !hasWord(e.Appos, m.Head) {
		return false // "the council": a council named before, not any agency; "the district": a school district; "the contractor": one set beside that word
	}
	if m.How == mkDesc && bodyKind(m.Kind) && bodyKind(e.Kind) && e.Entry == nil && strings.HasSuffix(strings.ToLower(e.Name), " "+m.Head) {
		// "the Salvo River Water Authority … the authority", "Kestrel Savings Bank … the bank":
		// the body whose own name ends in the description's head, whichever kind each was given
		return true
	}
	switch m.Kind {
	case schema.KindOrganization:
		if m.Head == "newspaper" || m.Head == "outlet" || m.Head == "publication" || m.Head == "paper" {
			return e.Kind == schema.KindOrganization && mediaEntity(e)
		}
		return e.Kind == schema.KindOrganization && !mediaEntity(e)
	case schema.KindAgency:
		return e.Kind == schema.KindAgency
	case schema.KindGroup:
		return e.Kind == schema.KindGroup
	case schema.KindCountry:
		return e.Kind == schema.KindCountry
	}
	return false
}

// describeEntity sets an entity's canonical name, kind, country and confidence from its
// mentions: a gazetteer entry wins; otherwise the longest proper name and the most confident
// kind.
func (x *Extractor) describeEntity(e *entity, ms []mention) {
	best := -1
	// a text given as another name ("better known as Y") stays another name wherever it
	// recurs: the name first given is the actor's
	var other map[string]bool
	for _, i := range e.Mentions {
		if ms[i].SameAs > 0 && ms[i].How == mkName {
			if other == nil {
				other = map[string]bool{}
			}
			other[ms[i].Text] = true
		}
	}
	named := func(i int) mention {
		m := ms[i]
		if other[m.Text] && m.SameAs == 0 {
			m.SameAs = 1
		}
		return m
	}
	x.profile(e, ms)
	for _, i := range e.Mentions {
		m := named(i)
		if m.Entry != nil && (e.Entry == nil || m.Entry.Kind != schema.KindCountry && e.Entry.Kind == schema.KindCountry) {
			e.Entry = m.Entry
		}
		if m.Conf > e.Conf {
			e.Conf = m.Conf
		}
		if m.Country != "" && e.Country == "" {
			e.Country = m.Country
		}
		if best < 0 || betterName(m, named(best)) {
			best = i
		}
	}
	if e.Entry != nil {
		e.Name, e.Kind = e.Entry.Name, e.Entry.Kind
		if e.Entry.Kind == schema.KindCountry {
			e.Country = e.Entry.Name
		} else if e.Entry.Country != "" {
			e.Country = e.Entry.Country
		}
		return
	}
	if f := strings.Fields(strings.ToLower(ms[best].Text)); x.cue.is("titlehead", f[len(f)-1]) {
		// "the Home Affairs Minister, Daniel Kearsley": the holder's name, not the title
		for _, i := range e.Mentions {
			if g := strings.Fields(strings.ToLower(ms[i].Text)); ms[i].How == mkName && ms[i].Kind == schema.KindPerson && !x.cue.is("titlehead", g[len(g)-1]) && len(g) > 1 {
				best = i
				break
			}
		}
	}
	e.Name, e.Kind = ms[best].Text, ms[best].Kind
	for _, i := range e.Mentions {
		if ms[i].Owner != "" && ms[i].Text == e.Name && ms[i].How == mkName {
			e.Name = ms[i].Owner + "'s " + e.Name // "Indonesia's National Police": whose agency it is
			break
		}
	}
	// a person cue anywhere wins over the default organisation guess, but not over ", which"
	// after the name ("an attack on Caldera Terminals, which runs the port": WhichNext)
	which := false
	for _, i := range e.Mentions {
		which = which || ms[i].WhichNext
	}
	for _, i := range e.Mentions {
		if ms[i].Kind != e.Kind && ms[i].Conf > ms[best].Conf && !(which && ms[i].Kind == schema.KindPerson) {
			e.Kind = ms[i].Kind
		}
	}
	// a name shaped like a person's becomes a person when any of its mentions has a cue
	// ("Lena Okafor … Okafor said")
	if ms[best].LooksPerson && e.Kind == schema.KindOrganization {
		e.Guessed = !which // "an attack on Caldera Terminals, which runs the port": a body, whatever else cues a person
		for _, i := range e.Mentions {
			if !e.Guessed {
				break
			}
			if ms[i].PersonCue && ms[i].How == mkName {
				e.Kind, e.Guessed = schema.KindPerson, false
				e.Conf = maxf(e.Conf, 0.75)
				break
			}
			if ms[i].MarkName || ms[i].SaysIt {
				// "St Aldric's said it had …", "Grey Lantern said it had …": a body's name, the
				// speaker "it" goes back to
				e.Guessed = false
			}
		}
	}
	headKind := x.apposKind(apposHead(e.Appos)) // what the apposition's head noun calls it
	if headKind == schema.KindOrganization && e.Kind == schema.KindAgency && !e.Guessed && e.Entry == nil {
		// "Cytheris Intelligence, a Cyprus-registered maker of spyware": a name shaped like an
		// agency's that an apposition calls a maker or a firm is a company
		e.Kind = headKind
	}
	if e.Kind == schema.KindAgency && e.Entry == nil && x.brandService(e.Name) {
		// "Vandersloot Maritime Services", "Nordquist Intelligence": a service named by a
		// brand, not by a state or an office, is a company
		e.Kind = schema.KindOrganization
	}
	if headKind == schema.KindOrganization && describedFirm(e, ms) {
		// "Stroiteks-Soft, a Moscow-based software company, …": a lone capitalised word that
		// an apposition calls a firm is a company, an actor even when named once
		e.Conf = maxf(e.Conf, 0.6)
	}
	if k := x.apposKind(e.Appos); k != "" && e.Guessed {
		// "Lantern Grid, a Valdorian firm": a name shaped like a person's that an apposition
		// calls a firm is a firm
		e.Kind, e.Guessed = k, false
		if k == schema.KindGroup {
			e.Conf = maxf(e.Conf, 0.6) // "Cinder Moth, an espionage group": an actor named once
		}
	}
}

// describedFirm reports whether entity e, which no gazetteer entry types, is an organisation
// only by the default guess (confidence under 0.6), with every named mention one or two words
// and no title, named once: a lone capitalised word or a hyphened name ("Stroiteks-Soft") an
// apposition calls a firm is an actor even so.
func describedFirm(e *entity, ms []mention) bool {
	if e.Entry != nil || e.Titles != "" || e.Kind != schema.KindOrganization || e.Conf >= 0.6 {
		return false
	}
	named := 0
	for _, i := range e.Mentions {
		if m := ms[i]; m.How == mkName {
			if len(strings.Fields(m.Text)) > 2 || m.Titles != "" {
				return false
			}
			named++
		}
	}
	return named == 1 // named again, it is kept anyway
}

// brandService reports whether name is a service's or an intelligence provider's (cue
// servicehead ends it) whose first word names no state or nationality and whose words name no
// office ("Alpsyn Data Services", "Caldwell Intelligence"; not "Pellan Security Service",
// "Valdorian Revenue Service", "Federal Intelligence Service").
func (x *Extractor) brandService(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	if !x.cue.is("servicehead", strings.ToLower(f[len(f)-1])) {
		return false
	}
	for _, g := range f[:len(f)-1] {
		// "Pellan Security Service", "Brannock Revenue Service": a state's service by its words
		if w := strings.ToLower(g); x.cue.is("portfolio", w) || x.cue.is("govmod", w) || x.cue.is("agencysuffix", w) {
			return false
		}
	}
	if !isCap(f[0]) || strings.ContainsAny(f[0], "'’") || demonymShaped(strings.ToLower(f[0])) {
		return false
	}
	if _, ok := x.countryWord(f[0]); ok {
		return false
	}
	return !x.gaz.IsKnownToken(f[0])
}

// profile sets what an entity's appositions say it is: their words and the nationality they
// give.
func (x *Extractor) profile(e *entity, ms []mention) {
	for _, i := range e.Mentions {
		m := ms[i]
		if m.How != mkName {
			continue
		}
		if m.Appos != "" && !strings.Contains(e.Appos+" ", m.Appos+" ") {
			e.Appos += m.Appos
		}
		if e.ApposCountry == "" {
			e.ApposCountry = m.ApposCountry
		}
	}
}

// apposKind returns the kind of actor the head of an apposition names when it is an
// organisation, an agency or a threat group ("firm", "maker", "ministry", "gang"; a "group"
// listed on a stock market or named by its trade is a firm, firmGroup), else "".
func (x *Extractor) apposKind(appos string) schema.ActorKind {
	f := strings.Fields(appos)
	if len(f) == 0 {
		return ""
	}
	head := f[len(f)-1]
	k := x.cue.descHead[head]
	if k == schema.KindOrganization || k == schema.KindAgency {
		return k
	}
	if x.cue.is("apposorg", head) {
		return schema.KindOrganization // "Baltrans Logistics, a Gdansk freight forwarder"
	}
	if head == "group" && x.firmGroup(f[:len(f)-1]) {
		return schema.KindOrganization // "a London-listed card processing group", "an insurance group"
	}
	if len(f) == 1 && f[0] == "group" {
		return schema.KindGroup // "names the group as Tin Adder", "the group Ash Lark": a bare "group" sets off no kind of its own
	}
	if k == schema.KindGroup && len(f) > 1 && x.cue.is("groupmod", f[len(f)-2]) {
		return schema.KindGroup // "Tin Adder, a criminal group that sells access" (not "a rights group", "an armed group")
	}
	return ""
}

// firmGroup reports whether the modifiers before the head "group" make it a business group: a
// stock market's listing ("London-listed", "Nasdaq-listed") or a trade (cue firmgroupmod:
// "card processing group", "an insurance group").
func (x *Extractor) firmGroup(mods []string) bool {
	for _, w := range mods {
		if strings.HasSuffix(w, "-listed") || x.cue.is("firmgroupmod", w) {
			return true
		}
	}
	return false
}

// apposHead cuts an apposition's words before its first "of" ("maker of commercial spyware" →
// "maker"): the head of the noun phrase.
func apposHead(appos string) string {
	if k := strings.Index(appos, " of "); k >= 0 {
		return appos[:k]
	}
	return appos
}

// maxf returns the larger of a and b.
func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

// definedAcronyms lets an acronym defined in the article ("the Northern Cyber Agency (NCA)")
// win over the gazetteer's reading of the same letters ("National Crime Agency"): later
// mentions of the acronym lose a gazetteer entry that the definition does not share, and take
// the definition's kind.
func (x *Extractor) definedAcronyms(ms []mention) {
	defs := map[string]int{}
	for i := range ms {
		if ms[i].How == mkName && ms[i].Acronym != "" {
			if _, ok := defs[ms[i].Acronym]; !ok {
				defs[ms[i].Acronym] = i
			}
		}
	}
	if len(defs) == 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.How != mkName || m.Entry == nil || !isAllCaps(m.Text) {
			continue
		}
		d, ok := defs[gazetteer.Key(m.Text)]
		if !ok || d == i {
			continue
		}
		def := ms[d]
		if def.Entry == m.Entry || def.Entry == nil && sameActorName(m.Entry, def.Text) {
			continue
		}
		m.Entry, m.Kind, m.Country = def.Entry, def.Kind, def.Country
		if m.Entry == nil {
			m.Conf = minf(m.Conf, def.Conf)
		}
	}
}

// sameActorName reports whether name is one of the names of entry e, allowing a leading
// country ("U.K. National Cyber Security Centre").
func sameActorName(e *gazetteer.Entry, name string) bool {
	k := gazetteer.Key(name)
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if nk := gazetteer.Key(n); nk != "" && (nk == k || strings.HasSuffix(k, " "+nk)) {
			return true
		}
	}
	return false
}

// demonymShaped reports whether a lower-case word reads as a nationality adjective
// ("valdorian", "lebanese", "danish").
func demonymShaped(w string) bool {
	for _, suf := range []string{"ian", "ean", "ese", "ish", "ian's"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// nominal reports whether the name m stands as a noun phrase of its own, which no adjective
// does: it owns something ("Aurelian's security team").
func nominal(m mention) bool {
	return m.Possessive
}

// betterName prefers names over demonym phrases, then longer names, then earlier ones.
func betterName(a, b mention) bool {
	if (a.How == mkName) != (b.How == mkName) {
		return a.How == mkName
	}
	if (a.SameAs > 0) != (b.SameAs > 0) {
		return b.SameAs > 0 // the name first given wins over "also known as" names
	}
	if isAllCaps(a.Text) != isAllCaps(b.Text) {
		return !isAllCaps(a.Text)
	}
	return len(a.Text) > len(b.Text)
}

// initials makes an acronym key from a multi-word name ("Computer Emergency Response Team" →
// "cert"), or "" for one word.
func initials(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		lw := strings.ToLower(w)
		if lw == "of" || lw == "for" || lw == "and" || lw == "the" || lw == "&" || lw == "on" {
			continue
		}
		r := []rune(lw)
		b.WriteRune(r[0])
	}
	return b.String()
}

// sameOwner reports whether the owner of the institution named by its tail at ms[i] ("Valmark's
// Foreign Ministry") can be the one the longer name j gives in its first words ("Ostrovian
// Foreign Ministry"): without a possessive owner right before the tail, it can.
func (x *Extractor) sameOwner(ms []mention, i int, j mention, extra []string) bool {
	if i == 0 {
		return true
	}
	p := ms[i-1]
	if p.Sent != ms[i].Sent || !p.Possessive || ms[i].First-p.Last > 1 {
		return true
	}
	owner := p.Country
	if owner == "" {
		owner = p.Text
	}
	if j.Country != "" {
		return strings.EqualFold(j.Country, owner)
	}
	if c, ok := x.countryWord(extra[0]); ok {
		return strings.EqualFold(c.Name, owner) || strings.EqualFold(c.Name, p.Text)
	}
	a, b := strings.ToLower(extra[0]), strings.ToLower(p.Text)
	n := 5
	if len(a) < n || len(b) < n {
		return a == b
	}
	return a[:n] == b[:n]
}

// institutionNamed reports whether some mention of entity e names it as the institution
// description m calls it (namesInstitution).
func institutionNamed(ms []mention, ents []entity, e int, m mention) bool {
	for _, a := range ms {
		if a.Entity == e && a.How != mkPronoun && namesInstitution(a.Text+" "+ents[e].Appos, m) {
			return true
		}
	}
	return false
}

// familyFirst returns the one person whose name opens with the word w when no name ends with it
// ("Zhou" after "Zhou Minghao": a name written family name first is shortened by its first
// word), -1 when there is none, -2 when two persons open with it.
func familyFirst(ms []mention, lowWords [][]string, u unionFind, i int, w string) int {
	cand := -1
	for j := range ms {
		if ms[j].How != mkName || ms[j].Kind != schema.KindPerson || len(lowWords[j]) < 2 || lowWords[j][0] != w || u.find(j) == u.find(i) {
			continue
		}
		if cand = u.unique(cand, j); cand < 0 {
			return cand
		}
	}
	return cand
}

// speakerSaidThat returns the speaker of a verb of saying whose "that" clause the pronoun i
// ("it", "its", "they", "their") opens, adverbials between ("Czech officials said on Friday
// that their institutions had been targeted", "The ministry said late on Tuesday that it had
// …"): the subject named right before the verb, its head noun perhaps between ("Czech
// officials"), when it fits the pronoun; -1 otherwise. With no "that", the nearest-name
// search already finds it.
func (x *Extractor) speakerSaidThat(sents []sentence, ms []mention, ents []entity, i int) int {
	m := ms[i]
	if m.How != mkPronoun || m.InQuote || m.Sent < 0 || m.Sent >= len(sents) {
		return -1
	}
	switch m.Head {
	case "it", "its", "they", "their":
	default:
		return -1
	}
	toks := sents[m.Sent].Toks
	if m.First < 2 || m.First >= len(toks) {
		return -1
	}
	v, heard := m.First-2, -1
	deep := false // "X said that hackers had breached its network": an "its" inside the told clause
	if toks[m.First-1].Lower != "that" && m.Head == "its" {
		if t := toldClauseOpen(toks, m.First); t > 0 {
			v, deep = t-1, true
		}
	}
	if toks[m.First-1].Lower != "that" && !deep {
		if heard, v = outletTold(toks, ms, ents, i); heard < 0 {
			return -1
		}
	} else if toks[m.First-1].Lower == "that" {
		heard, _ = outletTold(toks, ms, ents, i) // "told Reuters on Tuesday that it …": not the outlet
	}
	for v >= 0 && m.First-v <= ownerSaidReach && !isVerbTag(toks[v].Tag) {
		if toks[v].Text == "," || isQuote(toks[v].Text) {
			return -1
		}
		v--
	}
	if v < 1 || !x.cue.tokIs("reporting", &toks[v]) || toks[v].Tag != "VBD" && toks[v].Tag != "VBZ" && toks[v].Tag != "VBP" {
		return -1
	}
	for j := i - 1; j >= 0 && ms[j].Sent == m.Sent; j-- {
		a := ms[j]
		if j == heard {
			continue
		}
		if a.First >= v {
			if deep && a.First > v {
				if pluralHeaded(a) || a.How == mkPronoun && a.Head != "it" {
					continue // the told clause's plural subject: "that Chinese hackers had stolen its"
				}
				return -1 // a body of the told clause itself, which the nearest-name search reads
			}
			if a.How != mkPronoun && a.Entity >= 0 {
				return -1 // a name between the verb and the pronoun: "said on behalf of X that it …"
			}
			continue
		}
		gap := v - a.Last // the subject's head nouns between: "Czech officials said"
		if a.Entity < 0 || a.Entity >= len(ents) || a.PrepObj || a.Possessive || gap < 0 || gap > 2 {
			return -1
		}
		for k := a.Last; k < v; k++ {
			if t := toks[k].Tag; t != "NN" && t != "NNS" && t != "RB" {
				return -1
			}
		}
		plural := (m.Head == "they" || m.Head == "their") && strings.HasSuffix(a.Head, "s") && a.Head != "its"
		if e := ents[a.Entity]; deep && e.Guessed && a.How == mkName && x.noFirstName(e.Name) {
			// "Tamsford Meters confirmed that hackers had breached its network": a name shaped
			// like a person's with no first name whose told clause has an "its" is a body
			ents[a.Entity].Kind, ents[a.Entity].Guessed = schema.KindOrganization, false
			return a.Entity
		}
		if !x.compatible(m, ents[a.Entity]) && !plural {
			return -1 // "Czech officials said … that they": the officials as written, their state's actor
		}
		return a.Entity
	}
	return -1
}

// titleOfficeSaid reports whether the pronoun i ("it", "its") is the first word of what a
// subject of the shape "the <words>'s <noun>" tells, with no mention in that subject: an office
// of a title ("The state attorney general's office said it had opened …", "the county
// sheriff's office said that it …"), which speaks for itself, not for the last body named.
func (x *Extractor) titleOfficeSaid(sents []sentence, ms []mention, i int) bool {
	m := ms[i]
	if m.How != mkPronoun || m.Head != "it" && m.Head != "its" || m.InQuote || m.Sent < 0 || m.Sent >= len(sents) {
		return false
	}
	toks := sents[m.Sent].Toks
	v := m.First - 1
	if v >= 0 && v < len(toks) && toks[v].Lower == "that" {
		v--
	}
	if v >= 2 && v < len(toks) && dayBetween(toks, v-1, v+1) {
		v -= 2 // "said on Friday that it": the day of the saying
	}
	if v < 4 || v >= len(toks) || v > 12 || !x.cue.tokIs("reporting", &toks[v]) || toks[v].Tag != "VBD" && toks[v].Tag != "VBZ" {
		return false
	}
	e, town := v, -1 // the subject's end, before "in <Town>" where the office sits
	if toks[v-2].Lower == "in" && isCap(toks[v-1].Text) {
		e, town = v-2, v-1
	}
	if e < 4 || toks[0].Lower != "the" || toks[e-1].Tag != "NN" || isCap(toks[e-1].Text) {
		return false
	}
	pos := -1
	for k := 1; k < e; k++ {
		switch {
		case toks[k].Tag == "POS":
			pos = k
		case isCap(toks[k].Text) || !isNounTag(toks[k].Tag) && toks[k].Tag != "JJ":
			return false
		}
	}
	if pos < 2 || e-pos > 2 {
		return false
	}
	for j := i - 1; j >= 0 && ms[j].Sent == m.Sent; j-- {
		if ms[j].First == town && ms[j].Last == town+1 && (ms[j].Kind == schema.KindPlace || ms[j].Kind == schema.KindOrganization && ms[j].Entry == nil) {
			continue // "the county sheriff's office in Dunmore said": the town it sits in
		}
		if ms[j].First < v {
			return false // a name or description in the subject: ownerSaid, speakerSaidThat
		}
	}
	return true
}

// toldClauseOpen returns the index of the "that" opening the told clause whose subject and verb
// come right before the "its" at i ("said that Chinese hackers had stolen its", "confirmed that
// the intruders had breached its"): only determiners, adjectives, common nouns, adverbs and
// verbs between, at most toldClauseReach words; -1 otherwise.
func toldClauseOpen(toks []token, i int) int {
	for k := i - 1; k >= 0 && i-k <= toldClauseReach; k-- {
		t := toks[k]
		if t.Lower == "that" {
			if k == i-1 {
				return -1
			}
			return k
		}
		switch tg := t.Tag; {
		case tg == "DT" || tg == "JJ" || tg == "RB" || tg == "MD" || tg == "NNS" || tg == "NN" && !isCap(t.Text):
		case isVerbTag(tg):
		default:
			return -1
		}
	}
	return -1
}

// toldClauseReach bounds the words toldClauseOpen reads back from an "its".
const toldClauseReach = 8

// ownerSaidReach bounds the words ownerSaid reads between the verb of saying and the pronoun.
const ownerSaidReach = 6

// selfNamed returns the entity of the name the description i gives itself right after it
// ("The hackers, who call themselves Ashen Quill,", "the gang, which calls itself X,"), or -1.
// A name a group takes for itself is told where the article first names it: the description
// is that name's, whatever group the article told of before. A name others give ("the
// agency, known as X") may be another name of the one told before, and is left to pass 5.
func (x *Extractor) selfNamed(sents []sentence, ms []mention, i int) int {
	m := ms[i]
	if m.How != mkDesc || i+1 >= len(ms) || m.Sent >= len(sents) || m.Last < 1 {
		return -1
	}
	n := ms[i+1]
	if n.How != mkName || n.Sent != m.Sent || n.Entity < 0 || n.Kind == schema.KindPerson || n.Kind == schema.KindCountry || n.Kind == schema.KindPlace {
		return -1
	}
	toks := sents[m.Sent].Toks
	k := n.First - 1
	for k >= 0 && isQuote(toks[k].Text) {
		k--
	}
	if k < 1 || !reflexiveNaming(toks[k-1].Lower, toks[k].Lower) || x.nameGivenBefore(toks, n.First) != m.Last-1 {
		return -1
	}
	return n.Entity
}

// ownerSaid returns the owner X of a subject "X's <noun>" that tells ("the Data Protection
// Commissioner's office said on Friday that it had opened …", "X's press office confirmed it
// had fined …") when the pronoun i ("it", "its") is the first word of what it tells, adverbials
// and "that" between, and an "its" just after such an "it"; -1 otherwise. The office speaks
// for its owner, whose own "it" that is, even when the owner's kind is still only guessed
// from a title in its name.
func (x *Extractor) ownerSaid(sents []sentence, ms []mention, ents []entity, i int) int {
	m := ms[i]
	if i < 1 || m.How != mkPronoun || m.Head != "it" && m.Head != "its" || m.InQuote || m.Sent < 0 || m.Sent >= len(sents) {
		return -1
	}
	a := ms[i-1]
	if m.Head == "its" && a.How == mkPronoun && a.Head == "it" && a.Sent == m.Sent && m.First-a.Last <= 3 {
		return x.ownerSaid(sents, ms, ents, i-1) // "… said that it had completed its own investigation"
	}
	if a.Sent != m.Sent || a.How != mkName || !a.Possessive || a.Entity < 0 || a.Entity >= len(ents) || ents[a.Entity].Kind == schema.KindPerson && !ents[a.Entity].Guessed {
		return -1
	}
	toks := sents[m.Sent].Toks
	if m.First >= len(toks) || a.Last+1 >= m.First {
		return -1
	}
	j := a.Last + 1 // past the possessive mark
	n := j
	for j < m.First && j-n < 3 && (toks[j].Tag == "NN" || toks[j].Tag == "NNS") && !isCap(toks[j].Text) {
		j++
	}
	if j == n || j >= m.First || !x.cue.tokIs("reporting", &toks[j]) || !isVerbTag(toks[j].Tag) {
		return -1
	}
	if m.First-j-1 > ownerSaidReach {
		return -1
	}
	for k := j + 1; k < m.First; k++ {
		if isVerbTag(toks[k].Tag) || toks[k].Text == "," && k+1 < m.First && toks[k+1].Lower != "that" {
			return -1 // another clause, or an aside before what is told
		}
	}
	return a.Entity
}

// unnamedSpeakersGoOn reports whether m is a "they" that speaks after its words (", they
// said") in the sentence right after one whose speakers are a plural noun no name stands for,
// opening it before a verb of saying ("Prosecutors said …", "The investigators told …"): the
// same unnamed speakers go on, not a body the sentence before named.
func (x *Extractor) unnamedSpeakersGoOn(sents []sentence, m mention) bool {
	if m.How != mkPronoun || m.Head != "they" || !m.Says || m.First < 1 || m.Sent < 1 || m.Sent >= len(sents) {
		return false
	}
	toks := sents[m.Sent].Toks
	if m.First >= len(toks) || toks[m.First-1].Text != "," && !isQuote(toks[m.First-1].Text) {
		return false
	}
	prev := sents[m.Sent-1].Toks
	j := 0
	if j < len(prev) && x.cue.tokIs("definite", &prev[j]) {
		j++
	}
	return j+1 < len(prev) && prev[j].Tag == "NNS" && isVerbTag(prev[j+1].Tag) && x.cue.tokIs("reporting", &prev[j+1])
}

// personPronoun reports whether the pronoun w stands only for a person: "he", "his", "him",
// "she", "her".
func personPronoun(w string) bool {
	switch w {
	case "he", "his", "him", "she", "her":
		return true
	}
	return false
}

// namedShortForm reports whether the multi-word name m, whose lower-case words are short, is a
// later short form of a body's longer name that goes on with the words rest, though those are
// not all generic: the short form drops a place set after "of" ("the Reserve Bank" for "the
// Reserve Bank of Norland"), or it keeps the distinctive words before the words that say what
// kind of body it is ("Harbour Vale" for "Harbour Vale Community Hospital"), which news uses as
// the body's own name. Not a short form after "in" or "of", which reads as the place ("offices
// in Harbour Vale"), one that modifies a noun ("Harbour Vale residents"), nor one ending in a
// demonym ("North Korean" of "North Korean IT workers").
func (x *Extractor) namedShortForm(sents []sentence, m mention, short, rest []string) bool {
	if m.Kind == schema.KindPlace || m.Kind == schema.KindCountry || m.NounMod || len(rest) == 0 || demonymShaped(short[len(short)-1]) {
		return false
	}
	if m.Sent < len(sents) && m.First > 0 && m.First <= len(sents[m.Sent].Toks) {
		if p := sents[m.Sent].Toks[m.First-1].Lower; p == "in" || p == "of" {
			return false
		}
	}
	if rest[0] == "of" {
		return len(rest) > 1
	}
	return x.brandShortForm(short, rest)
}

// brandShortForm reports whether short, the first words of a body's name, is its distinctive
// part and rest what the name goes on with: not when short ends in a body word, which names a
// body of its own that rest makes a unit of ("the Justice Department" of "the Justice
// Department Inspector General"), nor in a level of local government, which names that
// government ("Ashford County" beside "Ashford County Water Board"), nor when rest holds "of" or
// a title or role, which makes the longer name a person's or an office's ("Ashford Mayor Jo
// Park").
func (x *Extractor) brandShortForm(short, rest []string) bool {
	last := short[len(short)-1]
	if x.cue.is("orgsuffix", last) || x.cue.is("agencysuffix", last) || bodyWord(last) || x.cue.is("locallevel", last) || x.cue.is("localgov", last) {
		return false
	}
	for _, w := range rest {
		w = strings.TrimSuffix(w, ",")
		if w == "of" || x.cue.is("title", w) || x.cue.is("personrole", w) || x.cue.is("titlehead", w) {
			return false
		}
	}
	return true
}

// placeOfBody reports whether the one-word name m stands after "in" behind a common noun
// written in lower case, or a plural one opening the sentence ("the court in Ghent",
// "Prosecutors in Ghent said"), and before no possessive nor capitalised word: where the body
// or people before it sit, which is no short form of an organisation named by that place
// ("Ghent University Hospital"). It is loneAfterIn without the "from" of a story's people.
func placeOfBody(sents []sentence, m mention) bool {
	if m.Sent < 0 || m.Sent >= len(sents) {
		return false
	}
	toks := sents[m.Sent].Toks
	k := m.First
	if k < 2 || k >= len(toks) || m.Last != k+1 || toks[k-1].Lower != "in" || !standsAlone(toks, k) {
		return false
	}
	n := toks[k-2]
	return isNounTag(n.Tag) && (!isCap(n.Text) || k == 2 && n.Tag == "NNS")
}

// subjectSpeaks returns, for a personal pronoun that opens a sentence as the subject of a verb
// of saying ("She said the evidence showed …"), the person named as the subject of the sentence
// before when that sentence tells what the subject did to another person it names ("Judge Anna
// Ferro found Jon Vask guilty on Monday."): the one who acted speaks next, not the one acted
// on. It returns -1 otherwise.
func (x *Extractor) subjectSpeaks(ms []mention, ents []entity, i int) int {
	m := ms[i]
	if m.How != mkPronoun || m.First != 0 || !m.Says || !personPronoun(m.Head) || m.Sent < 1 {
		return -1
	}
	subj, other := -1, false
	for j := i - 1; j >= 0 && ms[j].Sent >= m.Sent-1; j-- {
		a := ms[j]
		if a.Sent != m.Sent-1 {
			continue
		}
		if a.Says {
			return -1 // a speaker before: the rule for speaking pronouns that go on
		}
		if a.Entity < 0 || a.How != mkName || !x.compatible(m, ents[a.Entity]) {
			continue
		}
		if subj >= 0 && a.Entity != ms[subj].Entity {
			other = true
		}
		subj = j
	}
	if subj < 0 || !other {
		return -1
	}
	if a := ms[subj]; a.First <= 2 && !a.PrepObj && !a.Possessive && !a.NounMod && !a.InQuote {
		return a.Entity
	}
	return -1
}

// subjectGoesOn returns the entity a subject "It" opening its sentence takes up when the
// sentence before opened with a name of one body as its subject ("Amnesty attributed the
// intrusions to a customer of Helix Vector and said the customer was probably X. It notified
// the victims in April"): the subject goes on, not the name the sentence before ended on; -1
// when there is no such subject (openingName) or it does not fit. An "It said" is left to the
// rules of speakers, and to openingSubject.
func (x *Extractor) subjectGoesOn(ms []mention, ents []entity, i int) int {
	m := ms[i]
	if m.How != mkPronoun || m.Head != "it" || m.First != 0 || m.Says || m.InQuote || m.Sent == 0 {
		return -1
	}
	j := i - 1
	for j >= 0 && ms[j].Sent == m.Sent {
		j--
	}
	if j < 0 || ms[j].Sent != m.Sent-1 {
		return -1
	}
	if k := x.openingName(ms, ents, m, j); k >= 0 && ms[k].First <= 1 && !ms[k].Conjunct && !ms[k].InQuote && !pluralHeaded(ms[k]) {
		return ms[k].Entity
	}
	return -1
}

// lowNames returns each mention's text in lower case and its words, as strings.ToLower and
// strings.Fields give them, the lowered texts sharing one buffer and the words one array.
func lowNames(ms []mention) ([]string, [][]string) {
	var lower lowercase.Buffer
	lowText := make([]string, len(ms))
	lowWords := make([][]string, len(ms))
	words := make([]string, 0, 3*len(ms))
	for i := range ms {
		lowText[i] = lower.Lower(ms[i].Text)
		n := len(words)
		words = appendFields(words, lowText[i])
		lowWords[i] = words[n:len(words):len(words)] // capped: an append to it copies
	}
	return lowText, lowWords
}

// appendFields appends to dst the words of s, cut at white space as strings.Fields cuts them.
func appendFields(dst []string, s string) []string {
	start := -1 // byte offset of the current word, -1 between words
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case !isSpaceRune(c):
			if start < 0 {
				start = i
			}
		case start >= 0:
			dst = append(dst, s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// isSpaceRune is unicode.IsSpace, answering ASCII without the call.
func isSpaceRune(c rune) bool {
	if c < utf8.RuneSelf {
		return c == ' ' || '\t' <= c && c <= '\r'
	}
	return unicode.IsSpace(c)
}

// centralBankDesc reports whether description m is of a state's bank ("the central bank",
// "Chile's central bank", "the reserve bank"): the head "bank" after a word of cue
// centralbankword.
func (x *Extractor) centralBankDesc(m mention) bool {
	if m.Head != "bank" {
		return false
	}
	f := strings.Fields(strings.ToLower(m.Text))
	return len(f) >= 2 && x.cue.is("centralbankword", f[len(f)-2])
}

// centralBankName reports whether name is a state's bank's: it has a word of cue centralbankword
// or a bank's own name of the kind ("Bundesbank", "Riksbank"), or opens "Bank of"
// ("Reserve Bank of India", "Bangko Sentral ng Pilipinas", "Bank of England").
func (x *Extractor) centralBankName(name string) bool {
	low := strings.ToLower(name)
	if strings.HasPrefix(low, "bank of ") {
		return true
	}
	for _, w := range strings.Fields(low) {
		if x.cue.is("centralbankword", w) || x.cue.is("centralbankname", w) {
			return true
		}
	}
	return false
}

// andThatSubject returns the entity the subject pronoun of the first reported clause of its
// sentence took up, for a pronoun of the same word opening a "that" clause coordinated with
// it ("Morrow Energy said it notified the Dorsey Bureau the same day, and that it has since
// informed the data office": Morrow Energy both times, not the bureau the first clause told),
// -1 when that pronoun took up no actor ("The hospitals said they had notified X and that they
// were also informing Y": those unnamed hospitals, not X); ok is false when m opens no such
// clause.
func andThatSubject(ms []mention, i int) (int, bool) {
	m := ms[i]
	if !m.AndThat {
		return -1, false
	}
	e, ok := -1, false
	for j := i - 1; j >= 0 && ms[j].Sent == m.Sent; j-- {
		if a := ms[j]; a.Reported && a.Head == m.Head {
			e, ok = a.Entity, true
		}
	}
	return e, ok
}
