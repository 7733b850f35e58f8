package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/intelgraph/intelgraph/extract/gazetteer"
	"github.com/intelgraph/intelgraph/schema"
)

// mentionKind says how a mention was found.
type mentionKind int

const (
	mkName    mentionKind = iota // a proper name
	mkDemonym                    // a demonym phrase: "Israeli spies", "Russian government hackers"
	mkDesc                       // a definite description: "the Russian security firm"
	mkPronoun                    // it, they, he, she
)

// mention is one place where an actor is named or referred to.
type mention struct {
	Sent        int
	First, Last int // token indices in the sentence, Last exclusive
	Start, End  int // rune offsets in the body
	Text        string
	How         mentionKind
	Kind        schema.ActorKind
	Conf        float64
	Entry       *gazetteer.Entry
	Country     string // nationality, when known
	Head        string // lower-case head word of a description, demonym phrase or pronoun
	Possessive  bool   // followed by 's
	InQuote     bool   // inside a quotation (one opened in an earlier sentence too)
	Acronym     string // acronym defined right after it: "National Security Agency (NSA)"
	PrepObj     bool   // the object of a preposition ("to Reuters")
	NounMod     bool   // a name modifying the common noun right after it ("built-in Windows tools")
	GroupNamed  bool   // a NounMod group name before a word for a group ("the Slate Wren group"), which "they" may take up
	GroupOne    bool   // a GroupNamed name before a singular word for a group ("the X group", "the X gang"), which "it" may take up
	Entity      int    // index of the resolved entity, -1 when unresolved
	// SameAs is, for a name introduced as another name of an earlier mention of its sentence
	// ("X, also known as Y", "X (aka Y)"), how many mentions back that one is; 0 otherwise.
	SameAs int
	// NamesIt says the name is the one someone gives a thing just spoken of as "it" ("Vantage
	// refers to it as X", "responders label it X", "Microsoft tracks it as X").
	NamesIt bool
	// PersonCue says a person cue stands around the name: a title, a role word, "said".
	PersonCue bool
	// Tells says a pronoun opens its sentence before a verb of telling or warning, one adverb
	// between at most ("It told patients …", "It also warned customers …"): it speaks, as a
	// pronoun before "said" does; a name or description at a sentence's start before one
	// ("The company notified the regulator …") is the teller a Tells pronoun after it continues.
	Tells bool
	// MarkName says the name ends in the possessive mark and speaks ("St Aldric's said",
	// "Harlan's says"): a shop's, a hospital's or a firm's name, no person's.
	MarkName bool
	// SaysIt says the name speaks of itself as "it" or "they" ("Grey Lantern said it had
	// stolen the files", saysOfItself): a body's or a group's name, no person's.
	SaysIt bool
	// WhichNext says ", which" follows the name ("an attack on Caldera Terminals, which runs
	// the port"): a thing's relative pronoun, so a body's name, no person's; not after a
	// preposition that hangs the name on another noun ("a lawsuit filed by Jo Vance, which", ownerPrep).
	WhichNext bool
	// LooksPerson says the name has the shape of a person's name ("Lena Okafor") but no cue
	// of its own; the entity becomes a person only when another mention gives one.
	LooksPerson bool
	// Says says the mention is the subject of a plain "said"/"says" right after it.
	Says bool
	// Opens says the mention opens its sentence, a determiner at most before it, or does so
	// after an opening phrase closed by a comma ("On Tuesday, the Treasury sanctioned …";
	// openingSubject): where the subject of a plain sentence stands.
	Opens bool
	// ApposOwner says the mention is the possessor that opens an apposition to the mention
	// before it ("Velmont, the country's largest provider,"): it modifies the apposition's
	// noun, and a pronoun further on does not take it up.
	ApposOwner bool
	// InRelative says the mention is inside a relative clause set off by commas ("X, which is
	// part of the Ministry of Defence, said it …"): a pronoun after the clause passes over it,
	// as over a prepositional object, for the antecedent the clause describes.
	InRelative bool
	// Binder is, for a pronoun that is the object of a verb ("the FBI contacted it") or a
	// definite description right after its verb ("Copper Moth breached the company",
	// descBinder), 1 + the first token of that verb's subject, which the object cannot mean;
	// 0 otherwise.
	Binder int
	// Accused is, for a possessive pronoun inside the "for" or "of" phrase of a verb of
	// accusing ("blamed X for the attack on its network", "accused X of hacking its
	// parliament"), 1 + the first token after that verb, where the one accused begins; 0
	// otherwise. The pronoun passes over the accused, as over a prepositional object, for the
	// accuser: the doer of a deed is not its own victim (accusedBefore).
	Accused int
	// HostBound says Binder names the subject of the clause a participle set off by a comma
	// hangs on ("Canada expelled X, accusing them of …"; participleHost): the pronoun cannot
	// mean that subject, though it may mean a name after it, the clause's object.
	HostBound bool
	// Client is, for a personal pronoun after "his client" or "her client" in a sentence that
	// names whose lawyer speaks ("His lawyer, X, said her client had cooperated since his
	// arrest"; clientOwner), 1 + the first token of that owner's mention: the pronoun stands
	// for the client, not the lawyer; 0 otherwise. So is, for a personal pronoun an unnamed
	// spokesperson says of itself ("a spokesman for X said he …"; spokesOwner), the body it
	// speaks for.
	Client int
	// PluralObject says the pronoun is a "them" whose verb is joined by "and" to one whose object
	// is a plural common noun phrase no mention names ("warned other utilities that … and urged
	// them"), or whose verb is a participle set off after a clause whose object is plural people
	// no mention names ("Canada expelled three diplomats, accusing them of …"; pluralPeopleObject):
	// it stands for those, and no actor is its antecedent.
	PluralObject bool
	// ToldPlural says the pronoun is a "they", "their" or "them" inside the "that" clause of a
	// verb of warning whose object is a plural common noun phrase no mention names ("notified
	// 40 clinics that their records were exposed"): it stands for those told, and no actor is
	// its antecedent (toldPlural).
	ToldPlural bool
	// Addressee says the mention is the one a disclosure fronted before its sentence's clause
	// is addressed to ("In a statement to the stock exchange, the company said …"): the
	// clause's teller is someone else, and a description there never takes it up.
	Addressee bool
	// ToldObj says the name is the one a document was filed with or sent to ("a Form 8-K filed
	// with the Securities and Exchange Commission, saying it had …"): a pronoun after it passes
	// over it, as over a prepositional object.
	ToldObj bool
	// Reported says the mention is a subject pronoun opening the clause a "said" or "says"
	// reports ("X said it had notified Y", "X said on Monday that it …"; reportedPronoun).
	Reported bool
	// AndThat says the mention is a subject pronoun opening a "that" clause coordinated with
	// an earlier one ("X said it notified Y, and that it has since informed Z"): it takes up
	// the subject pronoun of the clause before, not the body that clause told.
	AndThat bool
	// OwnsNext says the mention possesses the sentence's next mention: "X's Y", "X ABC's Y".
	OwnsNext bool
	// PostOf says the name is the body a state's diplomatic mission is posted to ("Iran's
	// mission to the United Nations", "its mission to the European Union"; missionPosts): part
	// of the mission's name, no mention of an actor of its own.
	PostOf bool
	// UnitOfNext says the mention names a unit of the sentence's next mention: "the National
	// Security Unit of the Swedish Prosecution Authority".
	UnitOfNext bool
	// TitleOfNext says the mention is a title that the sentence's next mention, a person's name
	// set beside it, holds: "the Home Affairs Minister, Daniel Kearsley".
	TitleOfNext bool
	// Titles holds the title words before a person's name, each after a space: " minister".
	Titles string
	// Rel holds, for a name, the lower-case words of a relative clause set after it ("Lantern
	// Grid, which supplies its payment software"), each after a space.
	Rel string
	// Aged says a name is followed by an age set off by commas ("Johan Ekdahl, 44,"): news
	// gives the age of the person the story is about.
	Aged bool
	// Appos holds, for a name, the lower-case words of a common noun phrase set beside it
	// ("Kestrel Labs, a Valdorian software company", "its IT provider, Medline Systems", "the
	// security firm ESET"), each after a space; ApposCountry the nationality that phrase gives.
	Appos, ApposCountry string
	// Indef says a demonym group is introduced by "a"/"an" and a singular head ("a Chinese
	// state-sponsored hacking group"): a new group the article may name next.
	Indef bool
	// Conjunct says the mention is one of two or more names or descriptions coordinated by
	// "and"/"or" ("alerted the NCSC and the Garda bureau"): no singular "it" means it alone.
	Conjunct bool
	// Owner holds, for an agency's name right after a country's possessive ("Kuwait's National
	// Cyber Security Center"), that country's word: the agency is the country's own, and two
	// countries' agencies of one name are two actors.
	Owner string
	// Returner says the mention is a grand jury named after an indictment's "returned by" or
	// "handed up by" (returnedBy: "the indictment, returned by a grand jury in X,"): the body that
	// returned it, which stands apart from the ministry of justice the article names.
	Returner bool
	// JuryBy says the mention is a grand jury in the "by" phrase of a passive indictment or
	// charge ("was indicted by a federal grand jury"; indictedBy): it stands for the ministry of
	// justice the article names, and for nobody when it names none.
	JuryBy bool
	// SharedHead says the name is a modifier that shares the plural head of a later conjunct
	// ("State" in "the State and Treasury departments"; sharedHead): the "and" after it joins
	// the modifiers of one noun phrase, so a list of names goes on past it.
	SharedHead bool
}

// nationLinked matches a premodifier that ties a name to a country: "Russia-linked",
// "China-nexus", "Iran-backed".
var nationLinked = regexp.MustCompile(`^(.+?)-(linked|backed|based|nexus|sponsored|affiliated|aligned|allied|tied|connected)$`)

// linkedNation is nationLinked.FindStringSubmatch(w), skipping the pattern for a word whose last
// hyphen (the one before the suffix, which holds none) does not stand after its first byte.
func linkedNation(w string) []string {
	if strings.LastIndexByte(w, '-') <= 0 {
		return nil
	}
	return nationLinked.FindStringSubmatch(w)
}

// techName matches identifiers that are not actors: CVE ids, file names, version-like codes.
var techName = regexp.MustCompile(`^(CVE|CWE|cve)-\d|^KB\d|^MS\d\d-|\.[a-z]{1,4}$|^[A-Z]{3,} [A-Z]{3,}$`)

// isTechName reports whether techName matches text, branch by branch without the pattern.
func isTechName(text string) bool {
	return digitAfter(text, "CVE-") || digitAfter(text, "CWE-") || digitAfter(text, "cve-") ||
		digitAfter(text, "KB") || msBulletin(text) || fileSuffix(text) || twoCapWords(text)
}

// digitAfter reports whether s opens with prefix and an ASCII digit after it.
func digitAfter(s, prefix string) bool {
	return len(s) > len(prefix) && strings.HasPrefix(s, prefix) && isASCIIDigit(s[len(prefix)])
}

// moneyAmount reports whether s opens as a sum of money written with a currency's letters and
// sign ("US$600", "S$450,000", "HK$2", "A$1.5"): an amount, no name.
func moneyAmount(s string) bool {
	k := strings.IndexAny(s, "$€£¥")
	if k < 0 || k > 3 {
		return false
	}
	for _, r := range s[:k] {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	_, n := utf8.DecodeRuneInString(s[k:])
	return len(s) > k+n && isASCIIDigit(s[k+n])
}

// isASCIIDigit reports whether b is an ASCII digit.
func isASCIIDigit(b byte) bool { return '0' <= b && b <= '9' }

// msBulletin reports whether s opens as a Microsoft bulletin number does ("MS17-010").
func msBulletin(s string) bool {
	return len(s) >= 5 && s[0] == 'M' && s[1] == 'S' && isASCIIDigit(s[2]) && isASCIIDigit(s[3]) && s[4] == '-'
}

// fileSuffix reports whether s ends in a full stop and one to four ASCII lower-case letters
// ("loader.exe", "Varn.io").
func fileSuffix(s string) bool {
	n := 0
	for n < len(s) && n <= 4 && 'a' <= s[len(s)-1-n] && s[len(s)-1-n] <= 'z' {
		n++
	}
	return n >= 1 && n <= 4 && n < len(s) && s[len(s)-1-n] == '.'
}

// twoCapWords reports whether s is two words of three ASCII capitals or more with one space
// between them ("NSA GCHQ").
func twoCapWords(s string) bool {
	a, b, ok := strings.Cut(s, " ")
	return ok && len(a) >= 3 && len(b) >= 3 && allCaps(a) && allCaps(b)
}

// allCaps reports whether every byte of s is an ASCII capital.
func allCaps(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

var groupCode = regexp.MustCompile(`^(?i)(APT|UNC|TA|FIN|TEMP|DEV|Storm|UAC|TAG|CL-STA|CL-CRI|Void|Earth)[-. ]?\d+$`)

// isGroupCode is groupCode.MatchString(text), skipping the pattern for a text that does not end
// in a digit.
func isGroupCode(text string) bool {
	if text == "" || text[len(text)-1] < '0' || text[len(text)-1] > '9' {
		return false
	}
	return groupCode.MatchString(text)
}

// readMention reads a mention at token i into out by the readers tried before names, in this
// order: a lede's person, a demonym phrase, a state agency, prosecutors, a description, a
// pronoun. The readers are called directly, not through a slice of method values, and write
// the mention they read into out: most tokens start none, and a mention returned by value
// costs a copy of it at every reader tried.
func (x *Extractor) readMention(s *sentence, i int, out *mention) bool {
	return x.ledePerson(s, i, out) || x.demonymPhrase(s, i, out) || x.stateAgency(s, i, out) ||
		x.prosecutors(s, i, out) || x.bodyVoice(s, i, out) || x.missionVoice(s, i, out) || x.nationalVoice(s, i, out) || x.officeTitle(s, i, out) || x.description(s, i, out) ||
		x.pronoun(s, i, out)
}

// findMentions finds the actor mentions of one sentence, in order, without overlaps. It
// appends them to buf[:0] (scratch the caller reuses from sentence to sentence) and returns
// that list.
func (x *Extractor) findMentions(s *sentence, buf []mention) []mention {
	out := buf[:0]
	toks := s.Toks
	if capsHeading(toks) {
		return out // "SECURITY FIRM POINTS TO MOSCOW": a section heading in capitals names no one
	}
	i := 0
	if s.Index == 0 {
		if city, end := datelineEnd(toks); end > 0 {
			// "MARLOW SPRINGS, Pa. — …": the place the story was filed from, then its region
			if ms := x.nameMentions(s, 0, city, nil); len(ms) == 1 && ms[0].Entry != nil {
				out = append(out, ms...)
			} else {
				out = append(out, mention{First: 0, Last: city, Text: titleWords(joinTokens(toks[:city])), How: mkName, Kind: schema.KindPlace, Conf: 0.45})
			}
			i = end
		}
	}
	var m mention // the mention readMention reads, reused from token to token
	for i < len(toks) {
		if e := partyTagEnd(toks, i); e > i {
			i = e // "Sen. X, R-Idaho, said": the lawmaker's party and state name no one
			continue
		}
		j := i
		if toks[i].Lower == "the" {
			j++ // "The Justice, State and Treasury departments" opening a sentence
		}
		if had := len(out); j < len(toks) && isCap(toks[j].Text) {
			if out = x.sharedHead(toks, j, out); len(out) > had {
				i = out[len(out)-1].Last // "the State and Treasury departments": two departments
				continue
			}
		}
		if om, ok := x.jurisdictionOffice(toks, i); ok {
			out = append(out, om) // "the Ohio attorney general's office", "the U.S. Attorney's Office for …"
			i = om.Last
			continue
		}
		if x.inChargeTitle(toks, i) {
			i++ // "Special Agent in Charge X", "Assistant Director in Charge X": the title's end, no name
			continue
		}
		if e := holidayEnd(toks, i); e > i {
			i = e // "over Labor Day weekend", "on the Fourth of July": a day, no one
			continue
		}
		if x.readMention(s, i, &m) {
			out = append(out, m)
			i = m.Last
			continue
		}
		if x.lowerCapName(toks, i) {
			// "researchers at eSentire", "colCERT said": a name opened in lower case
			kind := schema.KindOrganization
			if certName(toks[i : i+1]) {
				kind = schema.KindAgency // "colCERT said": a response team
			}
			out = append(out, mention{First: i, Last: i + 1, Text: toks[i].Text, How: mkName, Kind: kind, Conf: 0.5})
			i++
			continue
		}
		if i == 0 && i+2 < len(toks) && x.cue.tokIs("stopstart", &toks[i]) && allDigits(toks[i+1].Text, 4, 4) && isCap(toks[i+2].Text) {
			// "In 2023 Dutch prosecutors charged …": the opening word and a year are no part of a
			// name (nameMentions drops them), and what follows is read afresh, a demonym phrase too
			i += 2
			continue
		}
		if x.seatBeforeDemonym(toks, i) {
			i++ // "a Toronto-based Chinese official": what follows is read afresh, a demonym phrase
			continue
		}
		if isCap(toks[i].Text) || x.gaz.IsKnownToken(toks[i].Text) || x.joinedParticle(toks[i].Text) {
			end := x.nameRun(s, i)
			if m, ok := x.titleOffice(toks, i, end); ok {
				out = append(out, m) // "briefed the Prime Minister's office"
				i = m.Last
				continue
			}
			if x.unitPlace(toks, i, end) {
				i = end // "the FBI's Pittsburgh field office": the owner's unit, named by its place
				continue
			}
			if x.seatOfDescribed(toks, i, end) {
				i = end // "a Felmont engineering firm": where the firm sits, no actor
				continue
			}
			had := len(out)
			if out = x.nameMentions(s, i, end, out); len(out) > had {
				if l := &out[len(out)-1]; l.Last == end && l.Kind == schema.KindAgency && bodyOf(toks, end) {
					// "told a Senate committee": a committee of the named body, an agency of its own
					l.Last, l.Text, l.Entry, l.Conf = end+1, l.Text+" "+toks[end].Text, nil, 0.75
					end++
				} else if n := placeOfficer(toks, end); n > 0 && l.Last == end && l.How == mkName && x.placeNamed(*l) {
					// "the Ohio attorney general's office said", "the Manhattan district
					// attorney charged": the legal officer the place elects, or his office
					l.Last, l.Text, l.Entry, l.Kind, l.Conf = end+n, joinTokens(toks[l.First:end+n]), nil, schema.KindAgency, 0.7
					end += n
				} else if n := x.localBody(toks, end); n > 0 && l.Last == end && l.How == mkName && x.placeNamed(*l) {
					// "Tarrabona city council said", "the Marlow county health department": a
					// body the place names with a lower-case head, no place standing for it
					l.Last, l.Text, l.Entry, l.Kind, l.Conf = end+n, joinTokens(toks[l.First:end+n]), nil, schema.KindAgency, 0.7
					end += n
				}
			}
			i = end
			continue
		}
		i++
	}
	for k := 0; k+1 < len(out); k++ {
		a, b := &out[k], &out[k+1]
		if a.How == mkPronoun || b.How == mkPronoun || a.Possessive || a.Last >= len(toks) {
			continue
		}
		gap := b.First - a.Last
		if w := toks[a.Last].Lower; (w == "and" || w == "or") && (gap == 1 || gap == 2 && toks[a.Last+1].Lower == "the") {
			a.Conjunct, b.Conjunct = true, true
		}
	}
	for k := range out {
		m := &out[k]
		m.Sent = s.Index
		m.Start, m.End = toks[m.First].Start, toks[m.Last-1].End
		if l := toks[m.Last-1].Text; m.How == mkName && !strings.HasSuffix(m.Text, l) {
			if sm := linkedNation(l); sm != nil && strings.HasSuffix(m.Text, sm[1]) {
				m.End -= utf8.RuneCountInString(l) - utf8.RuneCountInString(sm[1]) // "Mirefang-linked": the name ends at the hyphen
			}
		}
		if m.Last == len(toks) && x.sentenceStop(toks[m.Last-1].Text) && strings.HasSuffix(m.Text, ".") {
			// "… including the city of Harlow Bay.": the sentence's full stop is no part of the name
			m.Text = strings.TrimSuffix(m.Text, ".")
			m.End--
		}
		m.Entity = -1
		if m.First > 0 && x.cue.tokIs("preposition", &toks[m.First-1]) {
			m.PrepObj = true
		}
		if p := m.First - 1; m.How == mkName && (m.Kind == schema.KindCountry || m.Kind == schema.KindPlace) && p > 0 && toks[p].Lower == "the" && x.cue.tokIs("preposition", &toks[p-1]) {
			m.PrepObj = true // "traffic to a server in the Netherlands", "in The Hague": a country or place, the article before its name
		}
		if p := m.First - 1; m.How == mkName && p > 1 && toks[p].Lower == "the" && (toks[p-1].Lower == "with" || toks[p-1].Lower == "to") && x.cue.tokIs("filedform", &toks[p-2]) {
			m.ToldObj = true // "a Form 8-K filed with the Securities and Exchange Commission", "a report submitted to the regulator"
		}
		if m.How == mkName && m.Last < len(toks) && (toks[m.Last].Tag == "NN" || toks[m.Last].Tag == "NNS") && !isCap(toks[m.Last].Text) {
			m.NounMod = true
			// a group's name before the word for the group ("the Slate Wren group", "the X gang")
			// names those "they" may stand for
			m.GroupNamed = m.Kind == schema.KindGroup && x.cue.genHead[toks[m.Last].Lower] == schema.KindGroup
			// … and a singular word for it ("the X group said it …") names what "it" may stand for
			m.GroupOne = m.GroupNamed && toks[m.Last].Tag == "NN"
		}
		if p := m.First - 1; m.How == mkName && p > 0 && toks[p].Tag == "NNP" && x.cue.tokIs("title", &toks[p]) {
			// "a letter to Defense Secretary Alan Pryce": title words between the preposition
			// and the name
			for p > 0 && toks[p].Tag == "NNP" && m.First-p <= 3 {
				p--
			}
			m.PrepObj = m.PrepObj || x.cue.tokIs("preposition", &toks[p])
		}
		if p := m.First - 1; m.How == mkName && !m.PrepObj && p > 0 && toks[p].Tag == "JJ" && !isCap(toks[p].Text) {
			// "a hospital operator with eleven sites in northern France": a lower-case
			// adjective between the preposition and the name
			m.PrepObj = x.cue.tokIs("preposition", &toks[p-1])
		}
		if m.How == mkPronoun && (m.Head == "its" || m.Head == "their" || m.Head == "his" || m.Head == "her") {
			m.Possessive = true
		}
		m.Addressee = m.How == mkName && x.frontedAddressee(toks, m.First)
		m.Reported, m.AndThat = reportedPronoun(toks, *m)
		m.SaysIt = m.How == mkName && m.Last < len(toks) && x.speaksOfItself(toks, m.Last)
		m.WhichNext = m.How == mkName && m.Last+1 < len(toks) && toks[m.Last].Text == "," && toks[m.Last+1].Lower == "which" &&
			!(m.First > 0 && ownerPrep[toks[m.First-1].Lower])
		if m.Last < len(toks) && (isPossMark(toks[m.Last].Text) || toks[m.Last].Text == "'" || toks[m.Last].Text == "’") {
			if m.How == mkName && m.Last+1 < len(toks) && saysWord(toks[m.Last+1].Lower) {
				m.Last++ // "St Aldric's said", "Harlan's says": a name that ends in the mark, the speaker
				m.MarkName = true
			} else {
				m.Possessive = true
			}
		}
		// "National Security Agency (NSA)" defines an acronym.
		if m.How == mkName && m.Last+2 < len(toks) && toks[m.Last].Text == "(" && toks[m.Last+2].Text == ")" &&
			(isAllCaps(toks[m.Last+1].Text) || acronymShaped(toks[m.Last+1].Text, m.Text)) {
			m.Acronym = gazetteer.Key(toks[m.Last+1].Text)
		}
		if m.How == mkName {
			m.Appos, m.ApposCountry = x.apposition(s, *m)
			if k := m.Last; k+2 < len(toks) && toks[k].Text == "," && (toks[k+1].Lower == "which" || toks[k+1].Lower == "that") {
				for j := k + 2; j < len(toks) && j <= k+12 && toks[j].Text != "," && toks[j].Text != "."; j++ {
					m.Rel += " " + toks[j].Lower
				}
			}
			m.Aged = m.Last+2 < len(toks) && toks[m.Last].Text == "," && toks[m.Last+1].Tag == "CD" && age(toks[m.Last+1].Text) &&
				(toks[m.Last+2].Text == "," || toks[m.Last+2].Text == ".")
			if m.Aged && (m.Kind == schema.KindOrganization || m.Kind == schema.KindPerson) && m.Entry == nil {
				m.Kind, m.PersonCue = schema.KindPerson, true // "Olof Brask, 44,": a person's age
			}
		}
		if m.How == mkName {
			// the nearest earlier name, across descriptions ("X, the group that calls itself Y")
			p := k - 1
			for p >= 0 && out[p].How == mkDesc {
				p--
			}
			if p >= 0 && out[p].How == mkName && (x.aliasGap(toks[out[p].Last:m.First]) || parenName(toks, out[p], *m)) {
				m.SameAs = k - p
			}
			m.NamesIt = x.namesIt(toks, m.First)
		} else if m.How == mkDemonym && m.Kind == schema.KindGroup {
			// "X, which it described as \"North Korean state-sponsored cyber actors,\"": the
			// described actors are X (the describer's pronoun or name between)
			p := k - 1
			for p >= 0 && out[p].How != mkName && m.First-out[p].Last <= 10 {
				p--
			}
			for p > 0 && out[p-1].How == mkName && out[p].First > 0 && m.First-out[p].Last <= 10 && !describedGap(toks[out[p].Last:m.First]) {
				p-- // the describer's name: "X, described by the Y Agency as …"
			}
			if p >= 0 && out[p].How == mkName && out[p].Last <= m.First && describedGap(toks[out[p].Last:m.First]) {
				m.SameAs = k - p
			}
		}
	}
	return out
}

// partyTagEnd reads the party and state tag that news style sets between commas or in
// brackets after a U.S. lawmaker's name ("Sen. X, R-Idaho, said", "Rep. Y, D-N.M., accused",
// "Sen. Z (D-Vt.) said"): at token i, right after a comma or an opening bracket that follows a
// capitalised word, a word opening with "R-", "D-" or "I-" and a capital, the state's
// abbreviation perhaps split over more capitalised words and full stops, then a comma, or the
// closing bracket after a bracket. It returns the index of that closing comma or bracket, or
// -1. Such a tag names no actor.
func partyTagEnd(toks []token, i int) int {
	if i < 2 || i >= len(toks) || toks[i-1].Text != "," && toks[i-1].Text != "(" || !isCap(toks[i-2].Text) {
		return -1
	}
	closer := ","
	if toks[i-1].Text == "(" {
		closer = ")"
	}
	w := toks[i].Text
	if len(w) < 3 || w[1] != '-' || w[0] != 'R' && w[0] != 'D' && w[0] != 'I' || w[2] < 'A' || w[2] > 'Z' {
		return -1
	}
	for k := i + 1; k < len(toks) && k-i <= partyTagReach; k++ {
		switch t := toks[k].Text; {
		case t == closer:
			return k
		case t != "." && !isCap(t):
			return -1
		}
	}
	return -1
}

// pastPartyTag returns the index after a party and state tag in brackets that opens at e
// ("Sen. Z (D-Vt.)", e at the bracket), or e when none does.
func pastPartyTag(toks []token, e int) int {
	if e >= 0 && e+1 < len(toks) && toks[e].Text == "(" {
		if k := partyTagEnd(toks, e+1); k > e {
			return k + 1
		}
	}
	return e
}

// partyTagReach bounds the tokens of a party and state tag after its first ("D-N.M.").
const partyTagReach = 4

// datelineEnd reads the dateline that opens a news story: the place it was filed from in
// capitals, an optional region after a comma, an optional day after a comma and an optional
// agency in parentheses, then a dash ("MARLOW SPRINGS, Pa. —", "CANBERRA —", "LONDON (Reuters)
// -", "ASTANA, April 23 —", "CALI, Colombia, Nov. 6 —"). It returns the end of the
// place's words and the index after the dash, or 0, 0 when the sentence opens otherwise.
func datelineEnd(toks []token) (int, int) {
	k := 0
	for k < len(toks) && k < 4 && isAllCaps(toks[k].Text) && isWordToken(toks[k].Text) {
		k++
	}
	city := k
	if city == 0 || city >= len(toks) {
		return 0, 0
	}
	if toks[k].Text == "," {
		k++
		if d := datelineDay(toks, k); d > k {
			k = d // "ASTANA, April 23 —"
		} else {
			n := 0
			for k < len(toks) && n < 3 && isCap(toks[k].Text) {
				k, n = k+1, n+1
			}
			if n == 0 {
				return 0, 0
			}
			if k+1 < len(toks) && toks[k].Text == "," {
				if d := datelineDay(toks, k+1); d > k+1 {
					k = d // "CALI, Colombia, Nov. 6 —"
				}
			}
		}
	}
	if k+2 < len(toks) && toks[k].Text == "(" && isCap(toks[k+1].Text) && toks[k+2].Text == ")" {
		k += 3
	}
	if k < len(toks) {
		switch toks[k].Text {
		case "—", "–", "-", "--", "―":
			return city, k + 1
		}
	}
	return 0, 0
}

// datelineDay returns the index after the day a dateline gives at k ("April 23", "Nov. 6",
// "March 5, 2025": a capitalised word, its full stop, a day of one or two digits, a year after a
// comma), or k when none is there.
func datelineDay(toks []token, k int) int {
	j := k
	if j >= len(toks) || !isCap(toks[j].Text) {
		return k
	}
	j++
	if j < len(toks) && toks[j].Text == "." {
		j++
	}
	if j >= len(toks) || !allDigits(toks[j].Text, 1, 2) {
		return k
	}
	j++
	if j+1 < len(toks) && toks[j].Text == "," && allDigits(toks[j+1].Text, 4, 4) {
		j += 2
	}
	return j
}

// allDigits reports whether w is written in ASCII digits only, from lo to hi of them.
func allDigits(w string, lo, hi int) bool {
	if len(w) < lo || len(w) > hi {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return true
}

// titleWords writes a name set in capitals in title case: "MARLOW SPRINGS" → "Marlow Springs".
func titleWords(s string) string {
	f := strings.Fields(strings.ToLower(s))
	for k, w := range f {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		f[k] = string(r)
	}
	return strings.Join(f, " ")
}

// titleOffice reads "<title words>'s office" ("the Prime Minister's office", "the Attorney
// General's office"): the office of the holder of a title the run names without a person, an
// agency.
func (x *Extractor) titleOffice(toks []token, i, end int) (mention, bool) {
	if end+1 >= len(toks) || !isPossMark(toks[end].Text) || toks[end+1].Lower != "office" && toks[end+1].Text != "Chambers" && toks[end+1].Text != "Department" {
		return mention{}, false
	}
	if toks[end+1].Text != "office" {
		// ("the Attorney-General's Chambers", "the Attorney-General's Department")
		// "the Information Commissioner's Office", "the Public Prosecutor's Office": a field
		// before the title (or title head) is allowed when the office is part of the name, not
		// "the Governor's Office of X"
		if end+2 < len(toks) && toks[end+2].Lower == "of" || end-i > 4 || !x.cue.tokIsBare("title", &toks[end-1]) && !x.cue.tokIs("titlehead", &toks[end-1]) {
			return mention{}, false
		}
		if toks[i].Lower == "the" {
			i++ // "The Information Commissioner's Office said" at a sentence's start
		}
		if i >= end {
			return mention{}, false
		}
		for k := i; k < end-1; k++ {
			if !isCap(toks[k].Text) || x.gaz.IsKnownToken(toks[k].Text) {
				return mention{}, false
			}
			if _, ok := x.countryWord(toks[k].Text); ok {
				return mention{}, false
			}
		}
		return mention{First: i, Last: end + 2, Text: joinTokens(toks[i : end+2]), How: mkName, Kind: schema.KindAgency, Conf: 0.6}, true
	}
	for k := i; k < end; k++ {
		if w := strings.TrimSuffix(toks[k].Lower, "."); !x.cue.is("title", w) {
			return mention{}, false
		}
	}
	return mention{First: i, Last: end + 2, Text: joinTokens(toks[i : end+2]), How: mkName, Kind: schema.KindAgency, Conf: 0.6}, true
}

// jurisdictionOffice reads at i "<jurisdiction> <title words>'s office": the office of the
// holder of a title that a place or a state scopes, an agency ("the Ohio attorney general's
// office", "the Kansas Attorney General's office", "the Danish National Prosecutor's Office",
// "the Manhattan District Attorney's office", "the Oregon Secretary of State's office"). The
// jurisdiction is one to three capitalised words, none of them a title and none a name the
// gazetteer knows as anything but a place or a country; the title words (cue title) may be
// written in either case and take "of" and one capitalised word after them ("Secretary of
// State"). A capitalised Office takes "for the <name>" after it into its name ("the U.S.
// Attorney's Office for the District of Maryland"); "Office of …" is a unit of its own ("the
// Governor's Office of Emergency Services") and is left to the other readers. A leading "the"
// is no part of the name.
func (x *Extractor) jurisdictionOffice(toks []token, i int) (mention, bool) {
	if i < len(toks) && toks[i].Lower == "the" {
		i++
	}
	j := i
	for j < len(toks) && j-i < 3 && isCap(toks[j].Text) && !x.cue.tokIsEither("title", &toks[j]) && !isPossMark(toks[j].Text) {
		j++
	}
	if j == i || j >= len(toks) || !x.cue.tokIsEither("title", &toks[j]) {
		return mention{}, false
	}
	if e, ok := x.gaz.Lookup(joinTokens(toks[i:j])); ok && e.Kind != schema.KindPlace && e.Kind != schema.KindCountry {
		return mention{}, false // "the FBI Director's office": the office of a body's head
	}
	k := j
	for k < len(toks) && k-j < 4 && x.cue.tokIsEither("title", &toks[k]) {
		k++
	}
	if k+2 < len(toks) && toks[k].Lower == "of" && isCap(toks[k+1].Text) && isPossMark(toks[k+2].Text) {
		k += 2 // "Secretary of State's office"
	}
	if k+1 >= len(toks) || !isPossMark(toks[k].Text) || toks[k+1].Lower != "office" {
		return mention{}, false
	}
	last := k + 2
	if toks[k+1].Text == "Office" && last < len(toks) && toks[last].Lower == "of" {
		return mention{}, false
	}
	if toks[k+1].Text == "Office" {
		last = forTheName(toks, last)
	}
	return mention{First: i, Last: last, Text: joinTokens(toks[i:last]), How: mkName, Kind: schema.KindAgency, Conf: 0.6}, true
}

// forTheName returns the end of "for the <capitalised words>" at k ("for the Western District
// of Pennsylvania", "of" allowed between two capitalised words), or k when none is there.
func forTheName(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].Lower != "for" || toks[k+1].Lower != "the" || !isCap(toks[k+2].Text) {
		return k
	}
	e := k + 2
	for e < len(toks) && (isCap(toks[e].Text) && !isPossMark(toks[e].Text) || toks[e].Lower == "of" && e+1 < len(toks) && isCap(toks[e+1].Text)) {
		e++
	}
	return e
}

// unitHead lists the nouns of an organisation's local unit: "field office", "branch".
var unitHead = map[string]bool{"office": true, "offices": true, "branch": true, "bureau": true, "headquarters": true,
	"station": true, "division": true, "unit": true, "desk": true, "outpost": true, "chapter": true, "campus": true, "plant": true, "site": true}

// unitPlace reports whether the capitalised run [i,end) names where an owner's unit is, right
// after the owner's possessive and before at most two lower-case words and a unit noun ("the
// FBI's Pittsburgh field office", "Kestrel's Oslo branch"): a modifier, no actor. A name the
// gazetteer knows as an actor stays one.
func (x *Extractor) unitPlace(toks []token, i, end int) bool {
	if i == 0 || !isPossMark(toks[i-1].Text) || end-i > 3 {
		return false
	}
	if e, ok := x.gaz.Lookup(joinTokens(toks[i:end])); ok && e.Kind != schema.KindPlace {
		return false
	}
	for k := end; k < len(toks) && k <= end+2; k++ {
		if isCap(toks[k].Text) || !isNounTag(toks[k].Tag) && toks[k].Tag != "JJ" {
			return false
		}
		if unitHead[toks[k].Lower] && !isNounTag(nextTag(toks, k)) {
			return true
		}
	}
	return false
}

// seatOfDescribed reports whether the capitalised run [i,end), which names no actor the
// gazetteer knows (a place it knows is fine), only tells where the body or the person an
// indefinite description describes sits: "a Felmont engineering firm", "an Arnsby man", "a
// 140-person Tarrow company". The run stands right after "a" or "an" (a count compound such
// as "140-person" may come between) and before up to maxAdjectivesAhead lower-case modifiers
// and a head: a word for a company (cue deschead, organization) or for people a place describes
// (cue folknoun). Such a name is a place in the description, no actor of its own.
func (x *Extractor) seatOfDescribed(toks []token, i, end int) bool {
	a := i - 1
	if a >= 1 && countCompound(toks[a].Text) {
		a--
	}
	if a < 0 || toks[a].Lower != "a" && toks[a].Lower != "an" || end >= len(toks) {
		return false
	}
	if e, ok := x.gaz.Lookup(joinTokens(toks[i:end])); ok && e.Kind != schema.KindPlace {
		return false
	}
	for k := end; k < len(toks) && k <= end+maxAdjectivesAhead; k++ {
		t := &toks[k]
		if isCap(t.Text) || !isNounTag(t.Tag) && t.Tag != "JJ" && t.Tag != "VBG" {
			return false
		}
		if isNounTag(nextTag(toks, k)) {
			continue
		}
		return x.cue.descHead[t.Lower] == schema.KindOrganization || x.cue.tokIs("folknoun", t)
	}
	return false
}

// countCompound reports whether w is a number joined by a hyphen to a lower-case word
// ("140-person", "12-year-old"): a modifier that may stand between an article and a name.
func countCompound(w string) bool {
	k := strings.Index(w, "-")
	return k > 0 && isASCIIDigit(w[0]) && k < len(w)-1 && strings.ToLower(w[k+1:]) == w[k+1:]
}

// bodyOf reports whether the token at k is a lower-case committee noun that the name before
// it qualifies: "a Senate committee", "a House panel" (not "committee hearings").
func bodyOf(toks []token, k int) bool {
	if k >= len(toks) || isCap(toks[k].Text) || !isNounTag(toks[k].Tag) {
		return false
	}
	switch toks[k].Lower {
	case "committee", "subcommittee", "panel":
		return !isNounTag(nextTag(toks, k)) && nextTag(toks, k) != "POS"
	}
	return false
}

// localBody returns how many lower-case words from k name a body a place before them holds:
// an optional word of the place's level ("city", "county", "regional"), an optional field
// ("health", "election") and a head ("council", "government", "department", "commission") with
// no noun after it ("Brenford council warned", "the Valderra regional government said", "the
// Marlow county health department"; not "council tax", "county council members"); without a
// level word only "council" counts ("Stockport council", not "Justice department"), or a
// field's authority or board ("the Penang water authority", "the Dunmore transport board": a
// utility the place runs). 0 otherwise. The level words are cue locallevel, the heads cue
// localhead, the utilities' heads cue utilityhead.
func (x *Extractor) localBody(toks []token, k int) int {
	local := func(t *token) bool { return x.cue.tokIs("localhead", t) }
	utility := func(t *token) bool { return x.cue.tokIs("utilityhead", t) }
	j, level, field := k, false, false
	if j < len(toks) && !isCap(toks[j].Text) && x.cue.tokIs("locallevel", &toks[j]) {
		j, level = j+1, true
	}
	if j+1 < len(toks) && !isCap(toks[j].Text) && toks[j].Tag == "NN" && !local(&toks[j]) && !utility(&toks[j]) &&
		(level && local(&toks[j+1]) || utility(&toks[j+1])) {
		j, field = j+1, true // "county health department", "water authority": the field the body serves
	}
	if j >= len(toks) || isCap(toks[j].Text) {
		return 0
	}
	switch t := &toks[j]; {
	case utility(t):
		if !field {
			return 0
		}
	case !local(t) || !level && t.Lower != "council":
		return 0
	}
	if t := nextTag(toks, j); isNounTag(t) || t == "POS" {
		return 0
	}
	return j + 1 - k
}

// placeOfficers lists the two lower-case words of the titles of a place's legal officers, which
// news writes after the place's name without capitals: "the Ohio attorney general", "the
// Manhattan district attorney".
var placeOfficers = map[[2]string]bool{{"attorney", "general"}: true, {"district", "attorney"}: true, {"inspector", "general"}: true}

// placeOfficer returns how many lower-case words from k name the legal officer of the place
// named before them, with his office when "'s office" follows ("the Ohio attorney general's
// office", "the Brooklyn district attorney said"), or 0: no noun may follow the title or the
// office ("the Ohio attorney general's office staff" is not read).
func placeOfficer(toks []token, k int) int {
	if k+1 >= len(toks) || isCap(toks[k].Text) || isCap(toks[k+1].Text) || !placeOfficers[[2]string{toks[k].Lower, toks[k+1].Lower}] {
		return 0
	}
	n := 2
	if k+3 < len(toks) && isPossMark(toks[k+2].Text) && toks[k+3].Lower == "office" {
		n = 4
	}
	if t := nextTag(toks, k+n-1); isNounTag(t) || n == 2 && t == "POS" {
		return 0
	}
	return n
}

// placeNamed reports whether a name mention is a place's name or one no gazetteer knows and
// read as an organisation (an unknown town), never a country's, a demonym or a known body.
func (x *Extractor) placeNamed(m mention) bool {
	if m.Possessive {
		return false
	}
	if _, ok := x.countryWord(m.Text); ok {
		return false
	}
	if m.Entry != nil {
		return m.Kind == schema.KindPlace
	}
	return m.Kind == schema.KindPlace || m.Kind == schema.KindOrganization
}

// aliasGap reports whether the words between two names introduce the second as another name
// of the first: "X, also known as Y", "X (aka Y)", "X, which calls itself Y", "X, known online
// as Y", "X, a hacker better known under the moniker Y", "X (also tracked as Y)", "X, dubbed Y".
func (x *Extractor) aliasGap(gap []token) bool {
	var words []string
	opened := false
	for k, t := range gap {
		switch t.Text {
		case ",", "(":
			if k == 0 {
				opened = true
			}
			continue
		case "\"", "“", "”", "'", "‘", "’", "`", "``", "''":
			continue
		case ";", ":", ")", ".":
			return false
		}
		words = append(words, t.Lower)
	}
	if n := len(words); n > 1 && words[n-1] == "the" {
		words = words[:n-1] // "the Main Directorate of the General Staff, better known as the GRU"
	}
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	text := " " + strings.Join(words, " ")
	for _, p := range aliasCues {
		if spacedSuffix(text, p) {
			// a bare cue right after the name, or after an apposition opened by a comma or
			// a parenthesis ("Kai West, a British hacker known as …")
			return opened || len(text) == len(p)+1
		}
	}
	return false
}

// spacedSuffix reports whether text ends in a space and then p, as
// strings.HasSuffix(text, " "+p) does, without building " "+p.
func spacedSuffix(text, p string) bool {
	n := len(text) - len(p) - 1
	return n >= 0 && text[n] == ' ' && text[n+1:] == p
}

// describedGap reports whether the words between a name and a demonym group describe the group
// as the name's: "X, which it described as", "X, described by the bureau as", with a pronoun,
// a name or a short noun phrase as the describer and at most eight words.
func describedGap(gap []token) bool {
	if len(gap) < 3 || len(gap) > 10 || gap[0].Text != "," {
		return false
	}
	n := len(gap)
	if isQuote(gap[n-1].Text) {
		n--
	}
	if n < 3 || gap[n-1].Lower != "as" {
		return false
	}
	described := false
	for _, t := range gap[1 : n-1] {
		switch t.Lower {
		case "described", "describes", "describe", "characterized", "characterised", "characterizes", "characterises":
			described = true
			continue
		}
		if t.Text == "," || isQuote(t.Text) || isVerbTag(t.Tag) && t.Tag != "VBN" && !isBeHave(t.Lower) {
			return false
		}
	}
	return described
}

// namesIt reports whether the words before the name at i give it to a thing spoken of as
// "it": "refers to it as X", "tracks it as X", "calls it X", "label it X", "dubbed it X"; or
// to "the group" ("follows the cluster as X") or to what a group overlaps with ("overlaps with
// activity Microsoft calls X").
func (x *Extractor) namesIt(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && isQuote(toks[k].Text) {
		k--
	}
	as := k >= 0 && toks[k].Lower == "as"
	if as {
		k--
	}
	if k >= 2 && as && x.cue.tokIs("trackednoun", &toks[k]) {
		// "Korvel follows the cluster as X", "other vendors track the same group as X": the
		// group just spoken of, given another name
		j := k - 1
		if toks[j].Lower == "same" {
			j--
		}
		return j >= 1 && toks[j].Lower == "the" && x.namesItVerb(&toks[j-1])
	}
	if k >= 3 && x.namesItVerb(&toks[k]) {
		// "X overlaps with activity Microsoft calls Y", "… with a cluster other researchers
		// call Y": the name of what X overlaps with, another name of X
		for j := k - 1; j >= 1 && j >= k-6; j-- {
			if toks[j].Lower == "with" {
				if x.cue.tokIs("overlapform", &toks[j-1]) {
					return true
				}
				break
			}
			if toks[j].Text == "," || isVerbTag(toks[j].Tag) {
				break
			}
		}
	}
	if k < 1 || toks[k].Lower != "it" {
		return false
	}
	v := toks[k-1].Lower
	if v == "to" && k >= 2 {
		if x.cue.tokIs("referform", &toks[k-2]) {
			return toks[k+1].Lower == "as"
		}
		return false
	}
	return x.namesItVerb(&toks[k-1])
}

// namesItVerb reports whether the word of t is a form of a verb that names a thing its own way:
// cue namingverb ("calls", "tracked"), or cue itnamer, the forms it leaves out, for "calls it
// X", and the researchers' "follows it as X".
func (x *Extractor) namesItVerb(t *token) bool {
	return x.cue.tokIs("namingverb", t) || x.cue.tokIs("itnamer", t)
}

// aliasCues are the phrases that end the words between a name and another name of it.
var aliasCues = []string{"also known as", "known as", "aka", "a.k.a.", "a.k.a", "also called", "also tracked as",
	"tracked as", "calls itself", "calling itself", "call themselves", "calling themselves", "identifies as",
	"identify as", "goes by", "going by", "under the moniker", "under the name", "under the alias",
	"under the handle", "under the pseudonym", "known online as", "formerly known as", "formerly", "dubbed",
	"also dubbed", "alias", "nicknamed"}

// monthInName reports whether the word at j, read as a month's bare three-letter abbreviation,
// is a given name inside a person's full name instead: written without a period between two
// capitalised words, the one after it no date word nor number ("Tay Jun Hao", "Kim Jan Wei");
// "Jun 5" and "Jun. 5" stay dates.
func (x *Extractor) monthInName(toks []token, j int) bool {
	if j < 1 || j+1 >= len(toks) || len(toks[j].Text) != 3 || !isCap(toks[j-1].Text) {
		return false
	}
	switch toks[j].Lower {
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec":
	default:
		return false
	}
	n := toks[j+1]
	return isCap(n.Text) && !isDigitName(n.Text) && !x.cue.tokIsBare("calendar", &n) && strings.IndexFunc(n.Text, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// nameRun returns the end of the run of capitalised tokens starting at i, joined across
// connectors inside names ("Department of Homeland Security").
func (x *Extractor) nameRun(s *sentence, i int) int {
	toks := s.Toks
	j := i
	movement, inList, through := false, false, false
	for j < len(toks) {
		t := toks[j].Text
		if inList && j > i {
			switch toks[j-1].Lower {
			case "committee", "subcommittee", "commission", "ministry", "department", "office":
				inList = false // the list's body word ends it
			}
		}
		if j == i || isCap(t) || (j > i && isDigitName(t) && !x.quantity(toks, j)) {
			if x.cue.tokIsBare("calendar", &toks[j]) && j > i && !x.monthInName(toks, j) {
				break
			}
			if j > i && isDigitName(t) && x.cue.tokIsBare("calendar", &toks[j-1]) {
				break // "in October 2023 Poland's agency said": a year after a month is a date, no part of a name
			}
			j++
			continue
		}
		// "Sons of the Ridge", "Front for the Liberation of Tarn": a collective noun opens the
		// name of a movement, which goes on through "of the" / "for the"
		if (j == i+1 || j == i+2 && toks[i].Lower == "the") && j+2 < len(toks) && (toks[j].Lower == "of" || toks[j].Lower == "for") && toks[j+1].Lower == "the" &&
			isCap(toks[j+2].Text) && x.cue.tokIs("collective", &toks[j-1]) && !x.cue.tokIs("calendar", &toks[j+2]) {
			j += 2
			movement = true
			continue
		}
		if initialStop(toks, i, j) {
			j++ // "J. William Rivers": the full stop of an initial that opens a name
			continue
		}
		if x.middleInitialStop(toks, i, j) {
			j++ // "Harriet L. Vossberg": the full stop of a middle initial
			continue
		}
		if n := x.particles(toks, j); j > i && n > 0 {
			j += n // "Jose Emmanuel dela Paz", "Fiscalía General de la Nación": particles inside one name
			continue
		}
		// "Ministry of the Interior", "Office of the Director of …": an institution word goes
		// on through "of the" to a capitalised part that is no body of its own ("Unit of the
		// Norland Prosecution Authority" stays two names)
		if j > i && j+2 < len(toks) && (toks[j].Lower == "of" || toks[j].Lower == "for") && toks[j+1].Lower == "the" && isCap(toks[j+2].Text) &&
			(x.cue.tokIs("agencysuffix", &toks[j-1]) || j == i+1 && x.cue.tokIs("orgsuffix", &toks[i]) || through) && !x.cue.tokIs("calendar", &toks[j+2]) && !x.namesBody(toks, j+2) {
			// ("University of the Philippines Diliman", "Bank of the West": a body word alone
			// opening the name goes on too; past one "of the" a second goes on as well: "Federal
			// Office for the Protection of the Constitution")
			if _, ok := x.countryWord(toks[j+2].Text); !ok || !through {
				j += 2
				through = true
				continue
			}
		}
		if j > i && j+1 < len(toks) && (toks[j].Text == "'" || toks[j].Text == "’") && x.pluralOwnerInName(toks, j) {
			j++ // "Canadian Newsworkers' Guild", "Department of Veterans' Affairs": a plural's mark inside one name
			continue
		}
		if n := x.titleOfField(toks, j); n > 0 && j > i {
			j = n // "Minister of State for Communications Ronan Keogh": the title's field, then its holder
			continue
		}
		if e := x.knownThrough(toks, i, j); e > j {
			j = e // "Al-Qaeda in the Islamic Maghreb", "Bank of the West": a longer name the gazetteer knows
			continue
		}
		// connectors join two capitalised parts when the left part ends an institution name
		// ("Office on Drugs and Crime"), never a day: "The Justice Department on Friday charged"
		if j > i && j+1 < len(toks) && x.cue.tokIs("connector", &toks[j]) && isCap(toks[j+1].Text) && !weekdays[toks[j+1].Lower] {
			prev := toks[j-1].Lower
			// a company's name ends before "on": "blamed the attack on X Bank on Y"
			if toks[j].Lower == "&" || movement || x.cue.is("agencysuffix", prev) || x.cue.is("orgsuffix", prev) && toks[j].Lower != "on" || stateWords[prev] || prev == "district" {
				j++
				continue
			}
			if x.officeOfField(toks, i, j) {
				// "Hamburg Commissioner for Data Protection and Freedom of Information": an
				// office named by its field is a body; past its "for", "of" goes on too
				j++
				through = true
				continue
			}
			if _, ok := x.countryWord(toks[j+1].Text); through && toks[j].Lower == "of" && !ok {
				j++ // "Office of the Director of National Intelligence": past "of the", "of" goes on
				continue
			}
			if through && toks[j].Lower == "for" && x.cue.tokIsBare("title", &toks[j-1]) {
				j++ // "Office of the Commissioner for Personal Data Protection": the holder's field
				continue
			}
			// "Bank of America": accept when the joined name is known
			if _, ok := x.gaz.Lookup(joinTokens(toks[i : j+2])); ok {
				j++
				continue
			}
		}
		if j > i && (toks[j].Text == "," || toks[j].Lower == "and") && (x.fieldList(toks, i, j) || inList && toks[j].Lower == "and") {
			// "Senate Foreign Affairs, Defence and Trade Committee": fields listed inside the
			// name of one body (once a comma opened the list, its "and" goes on even after an
			// institution word: "Senate Defence, Intelligence and Security Committee")
			inList = inList || toks[j].Text == ","
			j++
			continue
		}
		if j > i && toks[j].Lower == "and" && j+1 < len(toks) && isCap(toks[j+1].Text) {
			if possessedAfter(toks, j+1) {
				break // "the Bahraini Ministry of Foreign Affairs and Kuwait's Ministry of Interior": a second owner
			}
			if hasConnector(toks[i:j]) {
				j++
				continue
			}
			k := j + 1
			for k < len(toks) && isCap(toks[k].Text) {
				k++
			}
			if _, ok := x.gaz.Lookup(joinTokens(toks[i:k])); ok || x.stateLedName(toks, i, k) {
				j++ // "Health and Human Services", "the U.S. Cybersecurity and Infrastructure Security Agency"
				continue
			}
			if x.sharedInstitution(toks, i, j, k) {
				j++ // "Health Information Sharing and Analysis Center": the fields of one centre
				continue
			}
			if k-j-1 <= 2 && legalText[strings.TrimSuffix(toks[k-1].Lower, ".")] && isCap(toks[k-1].Text) {
				j++ // "Computer Fraud and Abuse Act": the fields of one law
				continue
			}
		}
		break
	}
	return j
}

// initialStop reports whether the full stop at j closes an initial that opens the name run at i
// (past a sentence-opening "The"): a lone capital letter right before the stop, written against
// it, and a capitalised word after it ("J. William Rivers", "R. Srinivasa Murthy", "the S.
// Rajaratnam School"). The tokenizer cuts such a stop from its letter, as it does a sentence's
// last. A stop after an initial inside a name ("Christopher G. Raia") is left alone.
func initialStop(toks []token, i, j int) bool {
	if j+1 >= len(toks) || toks[j].Text != "." || !(j == i+1 || j == i+2 && toks[i].Lower == "the") || toks[j].Start != toks[j-1].End {
		return false
	}
	l := toks[j-1].Text
	return len(l) == 1 && l[0] >= 'A' && l[0] <= 'Z' && isCap(toks[j+1].Text)
}

// inChargeTitle reports whether the capitalised "Charge" at i ends a title of the form
// "<title> in Charge" ("Special Agent in Charge", "Assistant Director in Charge"), which U.S.
// federal agencies give the heads of field offices: the holder's name follows, and "Charge"
// is no part of it.
func (x *Extractor) inChargeTitle(toks []token, i int) bool {
	return i >= 2 && i+1 < len(toks) && toks[i].Text == "Charge" && toks[i-1].Lower == "in" &&
		x.cue.tokIsBare("title", &toks[i-2]) && isCap(toks[i+1].Text)
}

// middleInitialStop reports whether the full stop at j closes a middle initial inside the
// name run opened at i: a lone capital letter written against the stop, after a capitalised
// word of the run (the given name) and before a capitalised word that opens no sentence (the
// surname: "Harriet L. Vossberg", "Colin M. Padgett said"). The tokenizer cuts such a stop from
// its letter, and the run would end at it, leaving "Harriet L" and a name "Vossberg".
func (x *Extractor) middleInitialStop(toks []token, i, j int) bool {
	if j < i+2 || j+1 >= len(toks) || toks[j].Text != "." || toks[j].Start != toks[j-1].End {
		return false
	}
	l, g, n := toks[j-1].Text, toks[j-2], toks[j+1]
	if len(l) != 1 || l[0] < 'A' || l[0] > 'Z' || toks[j-1].Start == g.End {
		return false
	}
	if len(g.Text) < 2 || !isCap(g.Text) || isAllCaps(g.Text) || strings.IndexFunc(g.Text, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	return isCap(n.Text) && !isAllCaps(n.Text) && !x.cue.tokIs("stopstart", &n) && !x.cue.tokIsBare("calendar", &n)
}

// partyMember reports whether the run [i,end), set after a comma and "a" or "an", ends in a
// word for one member of a party ("Rep. X, a Rhode Island Democrat who …", "Y, an Ohio
// Republican,"): with a state before the party word (nameMentions asks regionName), it
// describes the lawmaker named before by state and party, no actor of its own.
func partyMember(toks []token, i, end int) bool {
	if i < 2 || end-i < 2 || toks[i-1].Lower != "a" && toks[i-1].Lower != "an" || toks[i-2].Text != "," {
		return false
	}
	switch toks[end-1].Text {
	case "Democrat", "Republican":
		return true
	}
	return false
}

// officeOfField reports whether the connector at j follows an office word (cue officebody:
// "Commissioner", "Ombudsman") that a capitalised word before it in the run [i,j) qualifies,
// and "for" names the office's field ("Hamburg Commissioner for Data Protection", "Federal
// Ombudsman for Banking"), with no holder's name at the run's end ("Commissioner for Justice
// Didier Reynders" is a title and a person).
func (x *Extractor) officeOfField(toks []token, i, j int) bool {
	if j-i < 2 || j+1 >= len(toks) || toks[j].Lower != "for" || !isCap(toks[j-1].Text) || !x.cue.tokIs("officebody", &toks[j-1]) || toks[j-2].Lower == "the" {
		return false
	}
	k := j + 1
	for k < len(toks) && (isCap(toks[k].Text) || toks[k].Lower == "and" || toks[k].Lower == "of") && k-j <= 8 {
		k++
	}
	for k > j+1 && !isCap(toks[k-1].Text) {
		k--
	}
	return k-j-1 < 3 || !isCap(toks[k-3].Text) || !isCap(toks[k-2].Text) || !x.looksPerson(toks[k-2:k])
}

// knownThrough returns the end of a name the gazetteer knows that goes on from the capitalised
// words [i,j) through "in", "of", "for" or "on" and an optional "the", or through a possessive
// mark, and up to maxThroughWords capitalised words ("Al-Qaeda in the Islamic Maghreb",
// "Islamic State in the Greater Sahara", "People's Liberation Army"); j otherwise.
func (x *Extractor) knownThrough(toks []token, i, j int) int {
	if j <= i || j+1 >= len(toks) {
		return j
	}
	k := j + 1
	switch w := toks[j].Lower; {
	case w == "in", w == "of", w == "for", w == "on":
		if toks[k].Lower == "the" {
			k++
		}
	case isPossMark(w):
		// "People's Liberation Army": the mark inside a name the gazetteer knows
	default:
		return j
	}
	e := k
	for e < len(toks) && e-k < maxThroughWords && isCap(toks[e].Text) {
		e++
	}
	if e == k {
		return j
	}
	if _, ok := x.gaz.Lookup(joinTokens(toks[i:e])); !ok {
		return j
	}
	return e
}

// maxThroughWords bounds how many capitalised words knownThrough reads after the connector
// ("the Islamic Maghreb", "the Greater Sahara").
const maxThroughWords = 4

// pluralOwnerInName reports whether the possessive mark at j, after a capitalised plural,
// joins it to the body word that ends the name ("Journalists' Union", "Workers' Party",
// "Veterans' Affairs"): the one capitalised word after the mark is an institution or company
// word, or "affairs"; a country's people own what follows ("Americans' data").
func (x *Extractor) pluralOwnerInName(toks []token, j int) bool {
	p, n := toks[j-1], toks[j+1]
	if !isCap(p.Text) || isAllCaps(p.Text) || !strings.HasSuffix(p.Lower, "s") || !isCap(n.Text) || j+2 < len(toks) && isCap(toks[j+2].Text) {
		return false
	}
	if !x.cue.tokIs("orgsuffix", &n) && !x.cue.tokIs("agencysuffix", &n) && n.Lower != "affairs" ||
		x.cue.tokIs("orgsuffix", &p) || x.cue.tokIs("agencysuffix", &p) {
		return false // "Health and Human Services' Administration …": a body's own
	}
	_, ok := x.countryWord(p.Text)
	return !ok
}

// titleOfField returns the end of the run after "of"/"for" at j when a title word before it
// names its field with a connector and the run ends with a person's name ("Minister for Foreign
// Affairs Penny Wong", "Minister of State for Communications Ronan Keogh", "Secretary of State
// Brian Kemp"): two capitalised words or more for the holder after at least one field word, none
// of them an institution word; 0 otherwise.
func (x *Extractor) titleOfField(toks []token, j int) int {
	if j < 1 || j+1 >= len(toks) || toks[j].Lower != "of" && toks[j].Lower != "for" {
		return 0
	}
	if w := toks[j-1].Lower; w != "minister" && w != "secretary" || !isCap(toks[j-1].Text) {
		return 0
	}
	k := j + 1
	if k+1 < len(toks) && toks[k].Lower == "state" && toks[k+1].Lower == "for" {
		k += 2 // "Minister of State for …"
	}
	start := k
	for k < len(toks) && isCap(toks[k].Text) {
		w := strings.TrimSuffix(toks[k].Lower, ".")
		if x.cue.is("agencysuffix", w) || x.cue.is("calendar", w) {
			return 0
		}
		k++
	}
	if k-start < 3 || k-start > 6 || !x.looksPerson(toks[k-2:k]) {
		return 0
	}
	return k
}

// particles returns how many lower-case name particles start at j, one or two ("dela", "bin",
// "de la", "van der"), when a capitalised word that is no calendar word follows them, or one
// when the word at j joins its particle to a capitalised part by a hyphen ("al-Sahra",
// "wal-Muslimin", "ad-Din": joinedParticle); 0 otherwise.
func (x *Extractor) particles(toks []token, j int) int {
	if j < len(toks) && x.joinedParticle(toks[j].Text) {
		return 1
	}
	if j >= len(toks) || !x.cue.tokTextIs("particle", &toks[j]) {
		return 0
	}
	n := 1
	if j+1 < len(toks) && x.cue.tokTextIs("particle2", &toks[j+1]) {
		n = 2
	}
	if k := j + n; k < len(toks) && isCap(toks[k].Text) && !x.cue.tokIsBare("calendar", &toks[k]) {
		return n
	}
	return 0
}

// joinedParticle reports whether w is a lower-case name particle joined by a hyphen to a
// capitalised part ("al-Baghdadi", "el-Sisi", "ash-Shabab"): the particle is one of cue
// particle or cue particlejoined (the Arabic article's assimilated forms and "wal").
func (x *Extractor) joinedParticle(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	if !ok || p == "" || !isCap(rest) || isCap(p) {
		return false
	}
	return x.cue.is("particle", p) || x.cue.is("particlejoined", p)
}

// stateLedName reports whether the capitalised run [i,k) is a state's name or demonym before a
// name the gazetteer knows ("U.S. Cybersecurity and Infrastructure Security Agency", "British
// Department for Science, Innovation and Technology"): one name, as the known name alone is.
func (x *Extractor) stateLedName(toks []token, i, k int) bool {
	if i < len(toks) && toks[i].Lower == "the" {
		i++ // the run opens a sentence: "The U.S. …"
	}
	if i+2 > k || k > len(toks) {
		return false
	}
	if _, ok := x.countryWord(toks[i].Text); !ok {
		return false
	}
	_, ok := x.gaz.Lookup(joinTokens(toks[i+1 : k]))
	return ok
}

// sharedInstitution reports whether "and" at j joins the fields of one institution's name: the
// capitalised words [i,j) before it, two or more, name no body of their own (no institution,
// company or group word at their end, no institution word, no connector, no person's shape,
// no country but a demonym opening them (stateOpensFields), nothing the gazetteer knows; a
// firm's word at their end only after a word naming a state's body, cue publicfirst, or such a
// demonym: "the Swedish Post and Telecom Authority") and the one to three capitalised words [j+1,k) after it end
// in an institution word ("Health Information Sharing and Analysis Center", "National Security
// and Intelligence Review Agency").
func (x *Extractor) sharedInstitution(toks []token, i, j, k int) bool {
	if j-i < 2 || k-j-1 < 1 || k-j-1 > 3 || k > len(toks) || !x.cue.tokIs("agencysuffix", &toks[k-1]) {
		return false
	}
	left := toks[i:j]
	if toks[i].Lower == "the" {
		left = toks[i+1 : j]
	}
	if len(left) < 2 {
		return false
	}
	opens := x.stateOpensFields(toks, j, k, left[0])
	if w := left[len(left)-1].Lower; x.cue.is("orgsuffix", w) && !x.cue.tokIs("publicfirst", &left[0]) && !opens || x.cue.is("groupsuffix", w) {
		return false // "Kestrel Security and …": a firm; "National Security and Intelligence Review Agency" is a state's body
	}
	// (a person's name needs a known first name below: the shape alone is no person,
	// "Cybercrime Investigation and Coordinating Center"; an institution word anywhere is a body)
	for n, w := range left {
		if _, ok := x.countryWord(w.Text); ok && (n > 0 || !opens) {
			return false
		}
		if !isCap(w.Text) || x.cue.tokIs("firstname", &w) || isAllCaps(w.Text) || x.cue.tokIs("agencysuffix", &w) && !fieldIntelligence(w.Lower, n, len(left), k-j-1) {
			return false
		}
		if _, ok := x.gaz.Lookup(w.Text); ok {
			return false
		}
	}
	return true
}

// fieldIntelligence reports whether w, the n-th of the left words of a name sharedInstitution
// reads, is "intelligence" as a field the "and" joins to another, not a body's head: the last
// word before the "and", two or more words after it ("the General Intelligence and Security
// Service", "the National Intelligence and Security Agency").
func fieldIntelligence(w string, n, left, right int) bool {
	return w == "intelligence" && n == left-1 && right >= 2
}

// stateOpensFields reports whether w, the first word before the "and" at j, is a demonym that
// opens the name of a state's body whose fields "and" joins, no country named in the words
// [j+1,k) after it: "the Swedish Post and Telecom Authority".
func (x *Extractor) stateOpensFields(toks []token, j, k int, w token) bool {
	if _, ok := x.gaz.Demonym(w.Text); !ok {
		return false
	}
	for n := j + 1; n < k && n < len(toks); n++ {
		if _, ok := x.countryWord(toks[n].Text); ok {
			return false
		}
	}
	return true
}

// fieldList reports whether the comma or "and" at j, inside the capitalised run that starts at
// i, lists the fields of one body whose name ends the run: capitalised words, at most one more
// comma, "and", capitalised words, the last one a committee or ministry word ("Foreign Affairs,
// Defence and Trade Committee"). The words before j must not end a name of their own.
func (x *Extractor) fieldList(toks []token, i, j int) bool {
	if toks[j].Text == "," && x.headFields(toks, i, j) {
		return true
	}
	// "House Energy and Commerce Committee": after a chamber's word, a field may be a company
	// word too
	chamber := j > i+1 && legislature[toks[i].Lower]
	if x.cue.tokIsBare("agencysuffix", &toks[j-1]) || x.cue.tokIsBare("orgsuffix", &toks[j-1]) && !chamber || !isCap(toks[j-1].Text) {
		return false
	}
	if _, ok := x.countryWord(toks[j-1].Text); ok {
		return false
	}
	if j == i+1 {
		// one word before a list set off by a comma ("Foreign, Commonwealth and Development
		// Office"), no name the gazetteer knows
		if _, ok := x.gaz.Lookup(toks[i].Text); ok || toks[j].Text != "," {
			return false
		}
	}
	k, and := j, false
	if toks[k].Lower == "and" {
		and = true
	}
	k++
	for n := 0; k < len(toks) && n < 8; n++ {
		t := toks[k]
		switch {
		case isCap(t.Text):
			k++
			if k >= len(toks) || !isCap(toks[k].Text) {
				switch strings.ToLower(t.Text) {
				case "committee", "subcommittee", "commission", "ministry", "department", "office":
					return and
				}
				if k >= len(toks) || toks[k].Text != "," && toks[k].Lower != "and" {
					return false
				}
			}
		case t.Lower == "and" && !and && k > j+1:
			and = true
			k++
		default:
			return false
		}
	}
	return false
}

// maxHeadFields bounds the fields headFields reads after a body's head.
const maxHeadFields = 6

// headFields reports whether the comma at j lists the fields of a body whose word opens the
// run before its "of" or "for" ("Ministry of Investment, Industry and Trade", "Department for
// Environment, Food and Rural Affairs"): after the comma, one or two capitalised words a field,
// commas between, one "and" before the last, and the run ends there, owning nothing. No field
// is a country, a body of its own or a name the gazetteer knows ("the Ministry of Energy,
// Mongolia and Kazakhstan" lists three parties). It reads at most maxHeadFields fields.
func (x *Extractor) headFields(toks []token, i, j int) bool {
	head := false
	for k := i + 1; k+1 < j; k++ {
		if (toks[k].Lower == "of" || toks[k].Lower == "for") && x.cue.tokIs("agencysuffix", &toks[k-1]) && isCap(toks[k+1].Text) {
			head = true
			break
		}
	}
	if !head {
		return false
	}
	k, and := j+1, false
	for n := 0; n < maxHeadFields; n++ {
		f := k
		for k < len(toks) && k-f < 3 && isCap(toks[k].Text) {
			w := toks[k].Lower
			if x.cue.is("agencysuffix", w) || x.cue.is("firstname", w) {
				return false
			}
			if _, ok := x.countryWord(toks[k].Text); ok {
				return false
			}
			k++
		}
		if k == f || k-f > 2 { // no field, or one of three capitalised words (the loop reads a third to see it)
			return false
		}
		if _, ok := x.gaz.Lookup(joinTokens(toks[f:k])); ok {
			return false
		}
		if and {
			return k >= len(toks) || !isPossMark(toks[k].Text) && toks[k].Text != "(" && !isCap(toks[k].Text)
		}
		if k >= len(toks) {
			return false
		}
		switch toks[k].Lower {
		case ",":
			if k+1 < len(toks) && toks[k+1].Lower == "and" {
				k++ // the serial comma
				and = true
			}
		case "and":
			and = true
		default:
			return false
		}
		k++
	}
	return false
}

// legislature holds the words of a chamber that opens a committee's name ("House Energy and
// Commerce Committee", "Senate Banking, Housing and Urban Affairs Committee").
var legislature = map[string]bool{"house": true, "senate": true, "parliament": true, "congress": true, "assembly": true}

// parenName reports whether name m stands alone in parentheses right after institution p, as
// its name in another language or its short name ("the Prosecutor General's Office (Fiscalía
// General de la Nación)", "the Superintendencia de Servicios Públicos (Superservicios)"):
// another name of p. Acronyms in capitals are defined as such; names the gazetteer knows stay
// their own ("Mandiant (Google)").
func parenName(toks []token, p, m mention) bool {
	if m.First-p.Last != 1 || toks[p.Last].Text != "(" || m.Last >= len(toks) || toks[m.Last].Text != ")" {
		return false
	}
	if p.Kind != schema.KindAgency && p.Kind != schema.KindOrganization || p.LooksPerson || m.Entry != nil || p.Entry != nil && m.Last-m.First == 1 {
		return false
	}
	return (m.Kind == schema.KindAgency || m.Kind == schema.KindOrganization) && !m.LooksPerson && !isAllCaps(m.Text)
}

// possessedAfter reports whether the capitalised words from k on end in a possessive marker
// ("Kuwait's"): the owner of what follows, no part of a name before them.
func possessedAfter(toks []token, k int) bool {
	for k < len(toks) && isCap(toks[k].Text) {
		k++
	}
	return k < len(toks) && isPossMark(toks[k].Text)
}

// hasConnector reports whether toks hold "of" or "for", which join the words of a name
// ("Ministry of Defence", "Centre for Cyber Security").
func hasConnector(toks []token) bool {
	for _, t := range toks {
		if t.Lower == "of" || t.Lower == "for" {
			return true
		}
	}
	return false
}

// quantity reports whether the number at j counts something ("3 million euros", "40 GB",
// "2 percent") rather than ending a name ("Unit 8200").
func (x *Extractor) quantity(toks []token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	switch toks[j+1].Lower {
	case "million", "billion", "trillion", "thousand", "hundred", "percent", "per", "%", "euros", "dollars", "pounds", "years", "months", "weeks", "days", "hours", "people", "customers", "users", "employees", "accounts", "records", "times":
		return true
	}
	return false
}

// isDigitName reports whether t is a short number with no letter that may stand in a name
// ("Unit 8200", "APT 29").
func isDigitName(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) {
			return false
		}
	}
	return len(t) > 0 && unicode.IsDigit([]rune(t)[0]) && len(t) <= 5 // "Unit 8200"
}

// joinTokens returns the text of toks, a space between two only where the text had one.
func joinTokens(toks []token) string {
	if len(toks) == 1 {
		return toks[0].Text
	}
	n := 0
	for _, t := range toks {
		n += len(t.Text) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for k, t := range toks {
		if k > 0 && t.Start > toks[k-1].End {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// institutionTitle reports whether the title-like word at i opens an institution's name that
// ends at end with an agency or organisation suffix, or has an agency word before its first
// "of": "General Intelligence Directorate", "Chief Prosecutor's Office", "General Intelligence
// and Security Service of the Netherlands" are not the title of a person.
func (x *Extractor) institutionTitle(toks []token, i, end int) bool {
	switch toks[i].Lower {
	case "general", "chief", "vice", "supreme", "justice":
	default:
		return false
	}
	if end-i > 1 && (x.cue.tokIs("agencysuffix", &toks[end-1]) || x.cue.tokIs("orgsuffix", &toks[end-1])) {
		return true
	}
	// "the General Intelligence and Security Service of the Netherlands": the body's head
	// before the "of" that names its state
	for k := i + 2; k < end && k < len(toks); k++ {
		if toks[k].Lower == "of" {
			return x.cue.tokIs("agencysuffix", &toks[k-1])
		}
	}
	return false
}

// titledAfterDemonym returns the index of the title in a run that opens with a demonym or
// country word, then at most two capitalised field words, then a title and the name of the
// person holding it ("Valdorian Prime Minister Ilsa Koren", "Karsovian Defence Minister Jo Vel"),
// or i when the run is not so shaped. The demonym is the nationality of the title, not part of
// the person's name.
func (x *Extractor) titledAfterDemonym(s *sentence, i, end int) int {
	toks := s.Toks
	if end-i < 3 {
		return i
	}
	if w := toks[i].Lower; (w == "assistant" || w == "deputy" || w == "acting") && end-i >= 4 {
		// "Assistant U.S. Attorney Raymond Hollis": a rank before the national title
		if p := x.titledAfterDemonym(s, i+1, end); p > i+1 {
			return p
		}
	}
	if _, ok := x.countryWord(toks[i].Text); !ok && !demonymShaped(toks[i].Lower) && (s.local == nil || s.local.demonym[toks[i].Text] == nil) {
		return i
	}
	for p := i + 1; p < end && p-i <= 3; p++ {
		if !x.cue.tokIsEither("title", &toks[p]) {
			if !isCap(toks[p].Text) || x.cue.tokIs("agencysuffix", &toks[p]) || x.cue.tokIs("orgsuffix", &toks[p]) {
				return i
			}
			continue
		}
		if x.institutionTitle(toks, p, end) {
			return i
		}
		q := p
		for q < end && x.cue.tokIsEither("title", &toks[q]) {
			q++
		}
		if q >= end || x.cue.tokIs("agencysuffix", &toks[end-1]) || x.cue.tokIs("orgsuffix", &toks[end-1]) {
			return i // "Russian Prime Minister's Office": no person
		}
		return p
	}
	return i
}

// titleRest returns the index where a person's name begins in a run [i,end) that follows a
// title word and finishes a title of several words: one to three capitalised words, the last a
// role or title ("Executive", "Operating Officer", "Privacy Commissioner"), then two or three
// capitalised words that name the holder, none of them a role, title or body word ("Chief
// Executive Mara Holt"). It returns i when the run is not so shaped.
func (x *Extractor) titleRest(toks []token, i, end int) int {
	if end > len(toks) {
		return i
	}
	for p := i; p < end && p-i < 3; p++ {
		t := &toks[p]
		if !isCap(t.Text) || isAllCaps(t.Text) {
			return i
		}
		if !x.cue.tokIs("personrole", t) && !x.cue.tokIsBare("title", t) {
			continue
		}
		if n := end - (p + 1); n < 2 || n > 3 {
			return i
		}
		for q := p + 1; q < end; q++ {
			u := &toks[q]
			if !x.holderWord(u) {
				return i
			}
		}
		return p + 1
	}
	return i
}

// holderWord reports whether u may be a word of the name of a title's holder: capitalised, not
// all capitals, and no role, title or body word (cues personrole, title, agencysuffix,
// orgsuffix).
func (x *Extractor) holderWord(u *token) bool {
	return isCap(u.Text) && !isAllCaps(u.Text) && !x.cue.tokIs("personrole", u) && !x.cue.tokIsBare("title", u) &&
		!x.cue.tokIs("agencysuffix", u) && !x.cue.tokIs("orgsuffix", u)
}

// bodyTitleHolder returns the index of a title word (cue title) inside a capitalised run that
// opens with words naming no title, a body's or a rank's ("Kessler County Health Services
// Director Tom Breyer", "Brandt County Commissioner X", "Supervisory Special Agent X"), when
// only the title's rest (titleRest) and its holder's name, two words or three after a known
// first name, follow it: the run names a person, the words before the title being the body
// the person serves or the rank the title carries. It returns i when the run is not so shaped.
func (x *Extractor) bodyTitleHolder(toks []token, i, end int) int {
	if end > len(toks) || end-i < 3 || x.cue.tokIsEither("title", &toks[i]) {
		return i
	}
	for p := i + 1; p+2 < end; p++ {
		t := &toks[p]
		if !isCap(t.Text) || isAllCaps(t.Text) {
			return i
		}
		if !x.cue.tokIsEither("title", t) {
			continue
		}
		h := x.titleRest(toks, p+1, end)
		if h == p+1 && x.holderStart(toks, h, end) != h {
			return i // the words after the title are more than a name
		}
		for q := h; q < end; q++ {
			u := &toks[q]
			if u.Tag != "NNP" || !x.holderWord(u) {
				return i
			}
		}
		return p
	}
	return i
}

// fieldTitle returns the index of "Minister", "Secretary" or "MP" in a run that opens with one to
// three capitalised words naming the title's field and ends with the name of the person holding
// it ("Defense Secretary Alan Pryce", "Home Affairs Minister Daniel Kearsley", "Opposition MP X"), or i when the run
// is not so shaped. Field words that name an institution the gazetteer knows stay a name of their
// own ("Treasury Secretary X" is left to the known-prefix rule).
func (x *Extractor) fieldTitle(toks []token, i, end int) int {
	if end-i < 3 {
		return i
	}
	for p := i + 1; p < end-1 && p-i <= 3; p++ {
		w := toks[p].Lower
		// "Public Prosecutor X", "Data Protection Commissioner X", "District Attorney X",
		// "Solicitor General X" too
		general := w == "general" && p > i && x.cue.tokIs("generaltitle", &toks[p-1])
		if w != "minister" && w != "secretary" && w != "mp" && w != "mep" && w != "prosecutor" && !general {
			if !isCap(toks[p].Text) {
				return i
			}
			continue
		}
		if x.cue.tokIs("agencysuffix", &toks[end-1]) || x.cue.tokIs("orgsuffix", &toks[end-1]) || !isCap(toks[p].Text) {
			return i
		}
		for q := i; q < p; q++ {
			lw := strings.TrimSuffix(toks[q].Lower, ".")
			if lw == "cabinet" && q == p-1 && toks[p].Lower != "mp" && toks[p].Lower != "mep" {
				continue // "Interior Cabinet Secretary X": a title of two words
			}
			// ("Health Minister X", "Energy Secretary X": a field word may end company names too)
			if !isCap(toks[q].Text) || isAllCaps(toks[q].Text) || x.cue.is("title", lw) || x.cue.is("agencysuffix", lw) || x.cue.is("orgsuffix", lw) && (toks[p].Lower == "mp" || toks[p].Lower == "mep") || x.cue.is("stopstart", lw) {
				return i
			}
			if _, ok := x.countryWord(toks[q].Text); ok {
				return i // "Valdorian Prime Minister X": titledAfterDemonym's
			}
		}
		if _, ok := x.gaz.Lookup(joinTokens(toks[i:p])); ok {
			return i
		}
		return p
	}
	return i
}

// portfolioHolder returns the index where the holder's name begins in a run [i,end) that
// follows "<Title> of|for" ("Minister of State for Communications Ronan Keogh": the run
// "State for Communications Ronan Keogh"), or i when the run is not so shaped: the run ends
// with two or three capitalised words that name no portfolio, the first of them a known first
// name when there are three.
func (x *Extractor) portfolioHolder(toks []token, i, end int) int {
	if i < 2 || end-i < 3 || end > len(toks) {
		return i
	}
	if w := toks[i-1].Lower; w != "of" && w != "for" {
		return i
	}
	if t := toks[i-2]; !isCap(t.Text) || !x.cue.tokIs("titlehead", &t) && t.Lower != "commissioner" {
		return i
	}
	p := x.holderStart(toks, i, end)
	if !x.cue.tokIs("portfolio", &toks[p-1]) && toks[p-1].Lower != "for" && toks[p-1].Lower != "of" {
		return i // the words before the name must close the portfolio
	}
	for q := p; q < end; q++ {
		l := toks[q].Lower
		if !isCap(toks[q].Text) || isAllCaps(toks[q].Text) || x.cue.is("portfolio", l) || x.cue.is("agencysuffix", l) || x.cue.is("orgsuffix", l) || x.cue.is("title", l) {
			return i
		}
	}
	return p
}

// portfolioOnly reports whether the capitalised run [i,end) is only the field of the title
// before "for" ("the Minister for Cyber Security, X", "Ambassador for Digital Affairs"): no
// institution, firm or title word in it but a portfolio's (cue portfolio: "Security"), no
// country, nothing the gazetteer knows, and no holder after it in the run (portfolioHolder
// reads those).
func (x *Extractor) portfolioOnly(toks []token, i, end int) bool {
	if i < 2 || end > len(toks) || toks[i-1].Lower != "for" || !isCap(toks[i-2].Text) || !x.cue.tokIs("portfoliotitle", &toks[i-2]) {
		return false
	}
	for q := i; q < end; q++ {
		l := strings.TrimSuffix(toks[q].Lower, ".")
		if (x.cue.is("agencysuffix", l) || x.cue.is("orgsuffix", l) || x.cue.is("title", l)) && !x.cue.is("portfolio", l) {
			return false
		}
		if _, ok := x.countryWord(toks[q].Text); ok {
			return false
		}
	}
	_, known := x.gaz.Lookup(joinTokens(toks[i:end]))
	return !known
}

// holderStart returns where the name of a title's holder begins in a run that ends at end: its
// last two words, three when the first of three is a known first name and stands after lo.
func (x *Extractor) holderStart(toks []token, lo, end int) int {
	if end-3 > lo && x.cue.tokIs("firstname", &toks[end-3]) {
		return end - 3
	}
	return end - 2
}

// militaryUnit lists the words of a numbered unit of a service: "GRU Unit 29517".
var militaryUnit = map[string]bool{"unit": true, "division": true, "brigade": true, "battalion": true, "regiment": true, "squadron": true, "bureau": true}

// quantityName reports whether the name run [i,end) is an amount written with a unit: a number
// joined to a unit of data ("80GB", "1.5TB", "450MB"; cue dataunit), or a currency's sign
// before a number ("Rs 12", "INR 400"; cue currencysign). An amount is no actor, whatever its
// capitals.
func (x *Extractor) quantityName(toks []token, i, end int) bool {
	if i >= end || end > len(toks) {
		return false
	}
	if x.cue.tokIs("currencysign", &toks[i]) && i+1 < len(toks) && toks[i+1].Tag == "CD" && startsWithDigit(toks[i+1].Text) {
		return true
	}
	if end-i != 1 {
		return false
	}
	w := toks[i].Text
	k := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' })
	return k > 0 && startsWithDigit(w) && x.cue.is("dataunit", strings.ToLower(w[k:]))
}

// startsWithDigit reports whether w begins with a digit.
func startsWithDigit(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// linkedName reports whether a nationLinked match ties a phrase to a name of its own
// ("Mirefang-linked", "APT41-backed"), not a place it is based in ("Lagos-based").
func linkedName(sm []string) bool {
	return sm[2] != "based" && sm[2] != "nexus" && isCap(sm[1])
}

// nameMentions trims and classifies the name run [i,end) and appends its mentions (none, one or
// two) to out.
func (x *Extractor) nameMentions(s *sentence, i, end int, out []mention) []mention {
	toks := s.Toks
	personCue := false
	titles := ""
	linked := ""
	national := false // a title given a nationality: "Valdorian Prime Minister Ilsa Koren"
	seated := false   // a place the name's body sits in before it: "Boston-based Arlo Freight"
	// sentence start: leading quotes or punctuation
	first := 0
	for first < len(toks) && !isWordToken(toks[first].Text) {
		first++
	}
	if x.quantityName(toks, i, end) {
		return out // "dumped 80GB of scans", "asked for Rs 5 crore": an amount, no body
	}
	if partyMember(toks, i, end) && x.regionName(joinTokens(toks[i:end-1])) {
		return out // "Rep. Lee Barr, a Carrow Democrat who sits on …": the lawmaker's party, no body
	}
	if p := x.portfolioHolder(toks, i, end); p > i {
		// "Minister of State for Communications Ronan Keogh", "Secretary of State Marco
		// Rubio": the run after "<title> of|for" is the title's portfolio, then its holder
		personCue = true
		titles += " " + strings.TrimSuffix(toks[i-2].Lower, ".")
		i = p
	} else if x.portfolioOnly(toks, i, end) {
		return out // "The Minister for Cyber Security, Lena Okafor, said": a field, no body
	}
	for i < end {
		t := toks[i]
		if p := x.fieldTitle(toks, i, end); p > i {
			i = p // "Defense Secretary Alan Pryce": the field of the title, then the title's holder
			continue
		}
		if (t.Lower == "minister" || t.Lower == "secretary") && i+1 < end {
			if n := x.titleOfField(toks, i+1); n == end {
				personCue = true
				titles += " " + t.Lower
				i = x.holderStart(toks, i+2, end)
				break
			}
		}
		if p := x.titledAfterDemonym(s, i, end); p > i {
			i = p // "Valdorian Prime Minister Ilsa Koren", "Russian Foreign Minister X": the person
			national = true
			continue
		}
		if x.cue.tokIs("servicerank", &t) && i+1 < end && x.cue.tokIsBare("title", &toks[i+1]) && !x.institutionTitle(toks, i+1, end) {
			i++ // "Police Brigadier General X", "Army Captain X": the service of a rank
			continue
		}
		if (t.Lower == "assistant" || t.Lower == "associate") && i+1 < end && x.cue.tokIs("title", &toks[i+1]) && !x.institutionTitle(toks, i+1, end) {
			i++ // "Assistant Attorney General X": a rank before the title
			continue
		}
		if x.cue.tokIsEither("title", &t) && !x.institutionTitle(toks, i, end) {
			personCue = true
			titles += " " + strings.TrimSuffix(t.Lower, ".")
			i++
			if p := x.titleRest(toks, i, end); p > i {
				// "Chief Executive Mara Holt", "Deputy Privacy Commissioner Ines Vald": the
				// words that finish the title are no part of the holder's name
				titles += " " + strings.ToLower(joinTokens(toks[i:p]))
				i = p
			}
			continue
		}
		if _, ok := x.gaz.Lookup(joinTokens(toks[i:end])); ok && t.Lower != "the" {
			break
		}
		if (x.cue.tokIs("stopstart", &t) || x.cue.tokIsBare("calendar", &t)) && !(t.Lower == "new" && i > 0 && t.Text == "New") {
			// "New" opening a name inside a sentence is part of it ("in New York"); at the
			// start of a sentence it is the adjective ("New malware hit …")
			i++
			continue
		}
		if i > 0 && i+1 < end && allDigits(t.Text, 4, 4) && x.cue.tokIs("stopstart", &toks[i-1]) {
			// "The 2017 NotPetya attack", "After the 2014 Vantrel breach": a year after the
			// opening word dates the name's deed, no part of the name (as "the 2017 X" inside a
			// sentence, where the run starts at the name)
			i++
			continue
		}
		if sm := linkedNation(t.Text); sm != nil && i+1 < end {
			if c, ok := x.countryWord(sm[1]); ok {
				linked = c.Name // "Russia-linked APT28" is APT28
				i++
				continue
			}
			if placeBased(t.Text) && isCap(toks[i+1].Text) {
				i++ // "Makati-based Tambuli Labs": the town a firm sits in, no part of its name
				seated = true
				continue
			}
		}
		if i == first && t.Tag != "NNP" && t.Tag != "NNPS" && !isAllCaps(t.Text) && !x.titleCased(toks[i:end]) && !x.countryDepartment(toks[i:end]) && !(end == i+1 && (s.surnames[t.Text] || s.shortForm[t.Text] || s.opener[t.Text] && speaksAt(toks, end) || x.describedAt(toks, end) || x.possessiveOpener(s, i, end))) &&
			!(end > i+1 && s.opener[t.Text] && (s.surnames[toks[end-1].Text] || s.innerRun[joinTokens(toks[i:end])])) &&
			!(end == i+2 && !s.writesLower(&t) && x.looksPerson(toks[i:end]) && x.personContext(s, i, end)) &&
			!x.firmOpening(s, i, end) && !x.adjectiveNamed(s, i, end) {
			// (a name the article also writes inside a sentence keeps its first word at the
			// start of one: "Sable Mantis used …" after "a group called Sable Mantis"; so does a
			// person's two words the tagger took for a common noun, in a person's context, when
			// the article never writes the first in lower case: "Ines Marrow, a director, …")
			i++
			continue
		}
		break
	}
	for end > i && (x.cue.tokIsBare("calendar", &toks[end-1]) || x.cue.tokIs("connector", &toks[end-1]) || toks[end-1].Lower == "and") {
		end--
	}
	if i >= end || i == first && !personCue && x.commonStart(s, i, end) {
		return out
	}
	text := joinTokens(toks[i:end])
	if end < len(toks) && (toks[end].Lower == "number" || toks[end].Lower == "numbers") {
		return out // "Social Security numbers", "Aadhaar number": the name of an identifier, no actor
	}
	if x.cue.tokIs("formcode", &toks[end-1]) {
		return out // "a Form 8-K filed with the SEC": a regulator's form, a document
	}
	if end-i == 1 && x.techTerm(&toks[i]) {
		return out // "a compromised VPN appliance", "DNS records": a technical term, no name
	}
	for _, w := range toks[i:end] {
		if x.cue.tokIs("titlehead", &w) {
			titles += " " + w.Lower // "Interior Minister Karin Lode"
		}
	}
	m := mention{First: i, Last: end, Text: text, How: mkName, Country: linked, Titles: titles}
	m.PersonCue = personCue || x.personCueAt(s, i, end)
	if s.local != nil && end-i == 1 {
		if e, ok := s.local.country[text]; ok {
			// a country of the article's own, known by its demonym ("Karsovia" … "Karsovian")
			m.Entry, m.Kind, m.Conf, m.Country = e, schema.KindCountry, 0.75, e.Name
			return append(out, m)
		}
		if e, ok := s.local.demonym[text]; ok {
			m.Entry, m.Kind, m.Conf, m.Country, m.How, m.Head = e, schema.KindCountry, 0.6, e.Name, mkDemonym, "people"
			return append(out, m)
		}
	}
	if end < len(toks) && !isCap(toks[end].Text) && isNounTag(toks[end].Tag) {
		if sm := linkedNation(toks[end-1].Text); sm != nil {
			if _, ok := x.countryWord(sm[1]); ok && end-i == 1 {
				return out // "an Iranian-linked group known as …": an adjective of the phrase, no name
			}
			if linkedName(sm) {
				// "Copper Wren-linked hackers": the name the phrase ties them to
				text = strings.TrimSuffix(text, toks[end-1].Text) + sm[1]
				m.Text = text
			}
		}
	}
	if lw := strings.ToLower(text); x.regionName(lw) {
		// "servers inside Europe", "ministries in Southeast Asia": a region, a place; so is
		// a state or province ("a furniture maker in Ohio", "a Texas benefits administrator")
		m.Kind, m.Conf = schema.KindPlace, 0.5
		return append(out, m)
	} else if x.cue.is("regionadj", lw) && end < len(toks) && !isCap(toks[end].Text) {
		return out // "a Central Asian government": an adjective of the phrase
	}
	// 1. the whole name in the gazetteer
	e, known := x.gaz.Lookup(text)
	if !known && i == 0 && end-i == 1 && end+1 < len(toks) && !isCap(toks[end].Text) && toks[end].Tag == "NN" && isCap(toks[end+1].Text) && bodyKind(x.cue.genHead[toks[end].Lower]) {
		return out // "Security firm Halvard Cyber said": the sentence's capital on the firm's field, no name
	}
	if known {
		if e.Kind == schema.KindOrganization && x.ownedModifier(toks, i, end) {
			return out // "on its Telegram channel", "their Gmail accounts": a service, no actor
		}
		m.Entry, m.Kind, m.Conf, m.Country = e, e.Kind, 0.95, e.Country
		if e.Kind == schema.KindCountry {
			m.Country = e.Name
		}
		return append(out, m)
	}
	if x.partOfCountry(toks, end) {
		// "the Tillaberi and Tahoua regions", "Ostra province": a name the gazetteer does not
		// know before a word for a part of a country is a place
		m.Kind, m.Conf = schema.KindPlace, 0.5
		return append(out, m)
	}
	if e := x.stateStyle(toks[i:end]); e != nil {
		// "the Republic of Kazakhstan", "the Kyrgyz Republic", "the Kingdom of Bahrain": the state
		m.Entry, m.Kind, m.Conf, m.Country = e, schema.KindCountry, 0.9, e.Name
		return append(out, m)
	}
	if end-i == 2 && isAllCaps(toks[i].Text) && isAllCaps(toks[i+1].Text) {
		// "HHS ASPR", "DOE OGP": a unit's acronym after its parent agency's
		if e, ok := x.gaz.Lookup(toks[i].Text); ok && e.Kind == schema.KindAgency {
			if _, known := x.gaz.Lookup(toks[i+1].Text); !known {
				parent := mention{First: i, Last: i + 1, Text: toks[i].Text, How: mkName, Entry: e, Kind: e.Kind, Conf: 0.9, Country: e.Country}
				unit := mention{First: i + 1, Last: end, Text: toks[i+1].Text, How: mkName, Kind: schema.KindAgency, Conf: 0.5}
				return append(out, parent, unit)
			}
		}
	}
	if x.gaz.IsSoftware(text) {
		if end-i == 1 && end < len(toks) && x.groupNoun(toks, end) && !personCue {
			// "the Qilin ransomware gang", "the Medusa group": the gang named after its
			// ransomware, an actor where the program alone is none
			m.Kind, m.Conf = schema.KindGroup, 0.75
			return append(out, m)
		}
		return out
	}
	if isTechName(text) || moneyAmount(text) || s.tools[text] {
		return out // an identifier, a sum of money ("US$600 million") or a program, no actor
	}
	given := x.nameGivenBefore(toks, i) // the noun a naming phrase before the name gives it to
	if x.toolNamedBefore(toks, i, given) || x.toolApposed(toks, end) {
		// a name given to a program ("a loader the researchers named X", "X, a surveillance
		// tool sold by …"), and X alone later
		if s.tools == nil {
			s.tools = map[string]bool{}
		}
		s.tools[text] = true
		return out
	}
	if x.homeTown(toks, i, end) && !personCue {
		// "a 22-year-old man from Tarn", "The woman, from Velmi, was charged": where a person
		// the story knows only by sex or age comes from is a town, no body
		m.Kind, m.Conf, m.PersonCue = schema.KindPlace, 0.5, false
		return append(out, m)
	}
	if (x.townAfterIn(toks, i, end) && s.onlyIn[text] || x.placeConjunct(toks, i, end)) && !personCue {
		// "a hospital in Velmi", "arrested a man in Tarn", "militants in Ostra said": a lone
		// name the gazetteer does not know, set after "in" behind a common noun and nowhere
		// else in the article, is a town (a verb of saying after it makes no person of it); a
		// state the article invents is named again as a possessive or a subject ("Estrel's");
		// so is a name joined to a known place after "in" ("in Oslo and Drammen")
		m.Kind, m.Conf, m.PersonCue = schema.KindPlace, 0.5, false
		return append(out, m)
	}
	if law := end - 1; end-i >= 2 {
		for law > i && isDigitName(toks[law].Text) {
			law-- // "Computer Crimes Act 1997"
		}
		if law > i && legalText[strings.TrimSuffix(toks[law].Lower, ".")] && isCap(toks[law].Text) {
			return out // the name of a law, no actor: "the Cybercrime Prevention Act", "the Finance Bill"
		}
	}
	if end-i == 1 && i > 0 && legalText[toks[i].Lower] && isCap(toks[i].Text) &&
		(toks[i-1].Lower == "the" || i > 1 && isDigitName(toks[i-1].Text) && toks[i-2].Lower == "the") {
		return out // a law named again by its word alone: "the Act", "under the 2023 Act"
	}
	// 2. a known name inside: strip a leading demonym or country ("US National Security
	// Agency"), or keep the longest known prefix ("Microsoft Windows" → Microsoft).
	if lastW := strings.ToLower(toks[end-1].Text); end-i > 1 && lastW != "committee" && lastW != "subcommittee" {
		// ("Senate Foreign Affairs Committee" is a committee, not the Senate)
		if c, n, ok := x.leadingCountry(toks, i, end); ok {
			if e, ok := x.gaz.Lookup(joinTokens(toks[i+n : end])); ok && e.Kind != schema.KindCountry && e.Kind != schema.KindPlace {
				m.Entry, m.Kind, m.Conf, m.Country = e, e.Kind, 0.9, c.Name
				return append(out, m)
			}
			if end-i-n >= 2 && x.institutionWords(toks[i+n:end]) {
				// "U.S. District Court for the Northern District": a state's institution the
				// gazetteer does not know, not the state alone
				m.Kind, m.Conf, m.Country = schema.KindAgency, 0.75, c.Name
				return append(out, m)
			}
			if end-i-n >= 3 && x.bodyOfWords(toks[i+n:end]) {
				// "Kenya Union of Journalists": a body of the country's, not the country alone
				m.Kind, m.Conf, m.Country = schema.KindOrganization, 0.75, c.Name
				return append(out, m)
			}
		}
		for k := end - 1; k > i; k-- {
			if e, ok := x.gaz.Lookup(joinTokens(toks[i:k])); ok && e.Kind != schema.KindPlace {
				if x.cue.tokIs("connector", &toks[k]) || toks[k].Lower == "and" {
					break // "Ministry of X" is not "Ministry"
				}
				if e.Kind == schema.KindAgency && end-k == 2 && militaryUnit[toks[k].Lower] && isDigitName(toks[k+1].Text) {
					// "GRU Unit 29517": a numbered unit of the agency, an actor of its own
					m.Kind, m.Conf, m.Country = schema.KindAgency, 0.8, e.Country
					return append(out, m)
				}
				if e.Kind == schema.KindAgency && forceDepartment(e, toks[k:end]) {
					// "Metropolitan Police Department": a city's police department, not the
					// force the gazetteer knows by the shorter name
					m.Kind, m.Conf = schema.KindAgency, 0.75
					return append(out, m)
				}
				if e.Kind == schema.KindAgency && end-k >= 2 && x.institutionWords(toks[k:end]) {
					// "Department of Defense Cyber Crime Center": a centre of the agency named
					// with it, an agency of its own
					m.Kind, m.Conf, m.Country = schema.KindAgency, 0.75, e.Country
					return append(out, m)
				}
				m.Last, m.Text = k, joinTokens(toks[i:k])
				m.Entry, m.Kind, m.Conf, m.Country = e, e.Kind, 0.85, e.Country
				if e.Kind == schema.KindCountry {
					m.Country = e.Name
				}
				if e.Kind == schema.KindCountry || e.Kind == schema.KindPlace {
					break
				}
				if x.cue.tokIsBare("title", &toks[k]) && end-k >= 2 {
					// "FBI Director Christopher Wray": the agency, then its officer
					if rest := x.nameMentions(s, k, end, nil); len(rest) == 1 && rest[0].Kind == schema.KindPerson {
						return append(out, m, rest[0])
					}
				}
				if x.toldThenSubject(toks, i, end) {
					// "told Reuters Grey Lantern breached the exchange": the hearer, then the
					// subject of the clause told without "that"
					if rest := x.nameMentions(s, k, end, nil); len(rest) == 1 {
						return append(out, m, rest[0])
					}
				}
				return append(out, m)
			}
		}
	}
	if p := x.bodyTitleHolder(toks, i, end); p > i {
		// "Kessler County Health Services Director Tom Breyer", "Board President X": a body's
		// officer, named after the body and the title. The body is an actor of its own when
		// its words name one ("Brandt County"); a lone word ("Council") is left to the
		// mentions of the body the article names in full.
		if rest := x.nameMentions(s, p, end, nil); len(rest) == 1 && rest[0].Kind == schema.KindPerson {
			if body := x.nameMentions(s, i, p, nil); len(body) == 1 && p-i >= 2 && body[0].Kind != schema.KindPerson {
				out = append(out, body[0])
			}
			return append(out, rest[0])
		}
	}
	// 3. cues
	words := toks[i:end]
	lastTok, firstTok := &words[len(words)-1], &words[0]
	last := strings.TrimSuffix(lastTok.Lower, ".")
	if c, ok := x.countryWord(words[0].Text); ok && len(words) > 1 {
		m.Country = c.Name
	}
	if _, ok := x.gaz.Demonym(text); ok && len(words) == 2 && !personCue && end < len(toks) && isNounTag(toks[end].Tag) && !isCap(toks[end].Text) {
		return out // a two-word demonym used as an adjective: "South Korean banks"
	}
	groupNext := end < len(toks) && x.groupNoun(toks, end)
	_, demonym := x.gaz.Demonym(text)
	switch {
	case len(words) == 1 && !personCue && x.stateOwner(toks, end):
		m.Kind, m.Conf = schema.KindCountry, 0.7 // "Karsovia's foreign ministry": a state
	case !personCue && x.groupNamedBefore(toks, given):
		m.Kind, m.Conf = schema.KindGroup, 0.75 // "a gang calling itself NightLedger"
	case len(words) > 2 && x.institutionOf(words):
		m.Kind, m.Conf = schema.KindAgency, 0.75 // "Russian Ministry of Defence"
	case !personCue && len(words) == 1 && x.demonymCompound(text) && lowerNounAhead(toks, end):
		return out // "a Chinese-speaking team", "the Russian-born engineer", "a Russian-speaking criminal gang": an adjective, no name
	case !personCue && end < len(toks) && x.cue.tokIs("recordlist", &toks[end]):
		return out // "its Known Exploited Vulnerabilities catalog": the name of a list, no actor
	case groupNext && !personCue && len(words) == 1 && (demonym || x.demonymCompound(text)):
		// "an Iranian hacking group tracked as X", "A Russian group breached …", "Chinese
		// hackers", "a Russian-speaking group", "English-speaking hackers": an adjective of
		// the phrase, no group named "Russian"
		return out
	case groupNext && !personCue && len(words) == 1 && x.groupNamedAfter(toks, end):
		m.Kind, m.Conf = schema.KindGroup, 0.75
	case groupNext && !personCue:
		m.Kind, m.Conf = schema.KindGroup, 0.75 // "the Crimson Otter group", "Velvet hackers"
	case isGroupCode(text):
		m.Kind, m.Conf = schema.KindGroup, 0.85
	case certName(words):
		m.Kind, m.Conf = schema.KindAgency, 0.75 // "CERT Polska", "KZ-CERT": a computer emergency response team
	case len(words) > 2 && x.forceUnit(words):
		m.Kind, m.Conf = schema.KindAgency, 0.75 // "Philippine National Police Anti-Cybercrime Group": a unit of a state's force
	case len(words) > 1 && !personCue && x.cue.tokIsBare("localgov", lastTok) && (i == 0 || !x.cue.tokIs("placeprep", &toks[i-1])):
		// "Greyfield County refused the demand": a local government, no person, kept as an
		// unknown name is (named twice or acting); "a hospital in Hollins County" names the
		// place only
		m.Kind, m.Conf = schema.KindAgency, 0.55
	case last == "team" && len(words) > 2 && (words[len(words)-2].Lower == "response" || words[len(words)-2].Lower == "readiness"):
		m.Kind, m.Conf = schema.KindAgency, 0.75 // "the Philippine Computer Emergency Response Team": a CERT, no threat group
	case x.cue.tokIsBare("groupsuffix", lastTok) && len(words) > 1:
		m.Kind, m.Conf = schema.KindGroup, 0.75
	case (last == "center" || last == "centre") && len(words) > 2 && x.cue.tokIs("fieldcenter", &words[len(words)-2]):
		m.Kind, m.Conf = schema.KindOrganization, 0.75 // "St. Aldric Medical Center": a hospital's, not a state's
	case x.cue.tokIsBare("agencysuffix", lastTok) || x.cue.tokIs("agencysuffix", firstTok) && len(words) > 2:
		if m.Country == "" && len(words) == 1 {
			return out // a bare "Department" or "Office"
		}
		m.Kind, m.Conf = schema.KindAgency, 0.75
	case x.cue.tokIsBare("orgsuffix", lastTok) && len(words) > 1:
		m.Kind, m.Conf = schema.KindOrganization, 0.75
	case len(words) > 1 && x.cue.tokIs("headagency", firstTok) && !x.cue.tokIs("firstname", &words[1]):
		m.Kind, m.Conf = schema.KindAgency, 0.75 // "Fiscalía General de la Nación", "Policía Nacional"
	case len(words) > 1 && x.cue.tokIs("headorg", firstTok) && !x.cue.tokIs("firstname", &words[1]):
		m.Kind, m.Conf = schema.KindOrganization, 0.75 // "Universidad del Valle", "Banco Dalisay"
	case len(words) > 2 && x.cue.tokIs("orgsuffix", firstTok) && (words[1].Lower == "of" || words[1].Lower == "for") && !legalText[last]:
		m.Kind, m.Conf = schema.KindOrganization, 0.75 // "the University of Denver", "Institute for X"
	case !personCue && i > 1 && x.cue.descHead[toks[i-1].Lower] == schema.KindGroup && !isCap(toks[i-1].Text) && x.cue.tokIs("civicmod", &toks[i-2]):
		m.Kind, m.Conf = schema.KindOrganization, 0.75 // "the press freedom group X", "a rights group X": a civic body, no threat group
	case !personCue && i > 0 && x.cue.descHead[toks[i-1].Lower] == schema.KindGroup && !isCap(toks[i-1].Text) && !x.cue.tokIs("firstname", &words[0]):
		m.Kind, m.Conf = schema.KindGroup, 0.75 // "the ransomware gang Cinder Wolf"
	case !personCue && i > 0 && x.cue.descHead[toks[i-1].Lower] == schema.KindOrganization && !isCap(toks[i-1].Text) && !x.cue.tokIs("firstname", &words[0]):
		m.Kind, m.Conf = schema.KindOrganization, 0.75 // "the incident response firm Caldera Forensics"
	case !personCue && i > 0 && x.cue.descHead[toks[i-1].Lower] == schema.KindAgency && !isCap(toks[i-1].Text) && !x.cue.tokIs("firstname", &words[0]):
		m.Kind, m.Conf = schema.KindAgency, 0.75 // "the Dutch intelligence service AIVD", "the data watchdog Tarnvik"
	case !personCue && x.apposedHead(toks, i, end) == schema.KindGroup:
		m.Kind, m.Conf = schema.KindGroup, 0.75 // "by a little-known gang, Copper Moth, the company said"
	case seated && !personCue:
		m.Kind, m.Conf = schema.KindOrganization, 0.75 // "Seletar-based Arlo Aerotech": a firm sits in a town, no person
	case personCue && national:
		// a foreign office holder named once in passing is an actor only when acting
		m.Kind, m.Conf = schema.KindPerson, 0.55
	case personCue:
		m.Kind, m.Conf = schema.KindPerson, 0.8
	case x.looksPerson(words):
		switch {
		case m.PersonCue:
			m.Kind, m.Conf = schema.KindPerson, 0.75
		case x.workplaceAt(toks, i):
			m.Kind, m.Conf = schema.KindOrganization, 0.75 // "an engineer at Quarrow Payroll", "nobody at X"
		default:
			// the shape of a person's name, but no cue: the weakest guess until another mention
			// of the same actor gives one ("Okafor said")
			m.Kind, m.Conf, m.LooksPerson = schema.KindOrganization, 0.5, true
		}
	case len(words) == 1 && !personCue && x.isTriggerNoun(words[0].Lower):
		return out // an incident word written in capitals: "DDoS attacks", "Ransomware gangs"
	case len(words) == 1 && i > 0 && toks[i-1].Tag == "CD" && isAllCaps(words[0].Text):
		return out // a unit after a number: "7 MB", "40 GB"
	case len(words) == 1 && (isAllCaps(words[0].Text) || camelCase(words[0].Text)):
		m.Kind, m.Conf = schema.KindOrganization, 0.4
	default:
		if len(words) == 1 {
			if _, ok := x.gaz.Demonym(text); ok {
				return out // a demonym used as an adjective
			}
			if words[0].Tag != "NNP" && words[0].Tag != "NNPS" && !x.hyphenedName(words[0].Text) && !s.surnames[words[0].Text] && !(i == first && (s.shortForm[words[0].Text] || s.opener[words[0].Text] && speaksAt(toks, end) || x.describedAt(toks, end) || x.possessiveOpener(s, i, end))) && !innerOpener(s, i, first) {
				return out
			}
		}
		m.Kind, m.Conf = schema.KindOrganization, 0.45
		if len(words) == 1 && i == first && !x.describedAt(toks, end) {
			m.Conf = 0.3 // a capitalised first word is weak evidence of a name, unless described
			if x.subjectWordOpens(s, i, end) || x.possessiveOpener(s, i, end) {
				m.Conf = 0.4 // "Krennet hacked X", "Marrowfield's chief executive said": a name when it acts (keepEntity)
			}
		}
	}
	return append(out, m)
}

// subjectWordOpens reports whether the one capitalised word toks[i:end] opening sentence s,
// which the tagger reads as a proper noun, is the subject of the tensed verb right after it
// ("Krennet hacked the water board", "Morvane said on Monday …", "Dalvex has targeted …") and
// opens another of the article's sentences too (s.leads), or is a word the tagger has never
// seen (token.Unseen: "Blackmere took credit for the attack", "Coldharbor stole data from …"):
// a name the article keeps coming back to or coins, never written in lower case (commonStart
// drops those), and no word of the cue lists for programs, technical terms, incidents or
// described people ("Malware was found", "Hackers stole …"). A word of English opening one
// sentence only ("Cybercrime has cost …") stays weak. Such a word is a name strong enough to
// keep when it acts in an event (keepEntity).
func (x *Extractor) subjectWordOpens(s *sentence, i, end int) bool {
	toks := s.Toks
	if end != i+1 || s.articleWords == nil || !s.leads[toks[i].Text] && !toks[i].Unseen || end >= len(toks) || toks[i].Tag != "NNP" || !isTensedTag(toks[end].Tag) && toks[end].Tag != "MD" {
		return false
	}
	t := &toks[i]
	return !x.cueNoun(t)
}

// possessiveOpener reports whether the one capitalised word toks[i:end] opening sentence s owns
// the lower-case noun phrase after its possessive mark ("Marrowfield's chief executive said",
// "Quillstorm's operators stole …", "Corvane's systems were encrypted"), however the tagger
// reads it, and the article names it again: opening another sentence (s.leads) or inside one
// (s.opener). The owner of staff or systems the article returns to is a body or a person. Not
// a word the article writes in lower case, a day or month ("Monday's attack"), nor a word of
// the cue lists for programs, technical terms, incidents or described people.
func (x *Extractor) possessiveOpener(s *sentence, i, end int) bool {
	toks := s.Toks
	if end != i+1 || end+1 >= len(toks) || toks[end].Tag != "POS" || isCap(toks[end+1].Text) || !isWordToken(toks[end+1].Text) {
		return false
	}
	t := &toks[i]
	if s.articleWords == nil || !s.leads[t.Text] && !s.opener[t.Text] {
		return false
	}
	if !isCap(t.Text) || isAllCaps(t.Text) || s.writesLower(t) || x.cue.tokIsBare("calendar", t) || weekdays[t.Lower] {
		return false
	}
	return !x.cueNoun(t)
}

// cueNoun reports whether t is a word of the cue lists for programs, technical terms,
// incidents or described people ("Malware", "Hackers"): a common noun however it is
// capitalised, no name (subjectWordOpens, possessiveOpener).
func (x *Extractor) cueNoun(t *token) bool {
	if x.cue.tokIs("toolnoun", t) || x.cue.tokIs("techterm", t) || x.isTriggerNoun(t.Lower) {
		return true
	}
	_, described := x.cue.genHead[t.Lower]
	return described
}

// apposedHead returns the kind of the head of an indefinite description the name toks[i:end]
// is set beside, between commas ("a little-known gang, Copper Moth, …", "by a criminal crew,
// Salt Widow."), or "" for none: the name closes the apposition with a comma or the sentence's
// end, and "a" or "an" opens the description at most four words before its head. A list
// ("hit banks, Copper Moth said") is no apposition.
func (x *Extractor) apposedHead(toks []token, i, end int) schema.ActorKind {
	if i < 3 || toks[i-1].Text != "," || end >= len(toks) || toks[end].Text != "," && toks[end].Text != "." {
		return ""
	}
	h := &toks[i-2]
	kind, ok := x.cue.descHead[h.Lower]
	if !ok || isCap(h.Text) || !isNounTag(h.Tag) {
		return ""
	}
	for k := i - 3; k >= 0 && k >= i-6; k-- {
		switch toks[k].Lower {
		case "a", "an":
			return kind
		case ",", ";", "the":
			return ""
		}
	}
	return ""
}

// townAfterIn reports whether the name toks[i:end] is one capitalised word, not an acronym nor a
// possessive, set right after "in" behind a common noun (written in lower case, or opening the
// sentence): "a hospital in Velmi", "Militants in Ostra"; not behind a state's people or bodies
// (cue countryhead, a title, an institution: "prosecutors in Norland", "a judge in Ostmark",
// "a court in Dorvik"), which act for a state an article may invent, nor a flaw's (cue
// flawnoun: "a vulnerability in Carrow" names a product or its maker).
func (x *Extractor) townAfterIn(toks []token, i, end int) bool {
	if end != i+1 || i < 2 || end > len(toks) || !x.loneAfterIn(toks, i) || isAllCaps(toks[i].Text) {
		return false
	}
	if end < len(toks) && (strings.HasPrefix(toks[end].Text, "'") || strings.HasPrefix(toks[end].Text, "’")) {
		return false
	}
	n := toks[i-2]
	if situatedWord[n.Lower] {
		return true // "a lender based in Velmi", "headquartered in Tarn": only a place is
	}
	if !isNounTag(n.Tag) || isCap(n.Text) && i != 2 || isDigitName(n.Text) {
		return false
	}
	return !x.cue.tokIs("countryhead", &n) && !x.cue.tokIs("flawnoun", &n) && !x.cue.tokIs("titlehead", &n) && !x.cue.is("titlehead", strings.TrimSuffix(n.Lower, "s")) &&
		!x.cue.tokIs("title", &n) && !institutionHead[n.Lower]
}

// homeTown reports whether the capitalised run [i,end) follows "from" after a noun for a person
// known only by sex or age (cue folknoun: "a 22-year-old man from X", "two women from X"), or
// after such a noun and a comma ("The man, from X, …"): the place the person comes from. A
// person named by work ("a researcher from X") may come from an employer instead, and is left,
// and so is a run that ends in a body's word ("a man from Brenmoor Bank", "two women from
// Halvard Systems") or that the gazetteer knows as no place.
func (x *Extractor) homeTown(toks []token, i, end int) bool {
	if i < 2 || end > len(toks) || end <= i || toks[i-1].Lower != "from" {
		return false
	}
	if last := &toks[end-1]; x.cue.tokIs("orgsuffix", last) || x.cue.tokIs("agencysuffix", last) {
		return false
	}
	if e, ok := x.gaz.Lookup(joinTokens(toks[i:end])); ok && e.Kind != schema.KindPlace {
		return false
	}
	n := i - 2
	if toks[n].Text == "," {
		n--
		if n < 0 || end >= len(toks) || toks[end].Text != "," {
			return false // "The man, from X, was charged": the aside closes after the town
		}
	}
	return n >= 0 && x.cue.tokIs("folknoun", &toks[n])
}

// situatedWord lists the participles that say where a body sits: the name after them and "in"
// is a place.
var situatedWord = map[string]bool{"based": true, "headquartered": true, "located": true}

// placeConjunct reports whether the capitalised run [i,end), which the gazetteer does not
// know, is joined by "and" or "or" to a place or a country it knows right after "in" ("offices
// in Oslo and Drammen", "in Vilnius or Kaunas"): a place too, as the one it is listed with.
func (x *Extractor) placeConjunct(toks []token, i, end int) bool {
	if i < 3 || end > len(toks) || toks[i-1].Lower != "and" && toks[i-1].Lower != "or" {
		return false
	}
	j := i - 1
	for j > 0 && i-1-j < conjunctPlaceWords && isCap(toks[j-1].Text) {
		j--
	}
	if j == i-1 || j < 1 || toks[j-1].Lower != "in" {
		return false
	}
	e, ok := x.gaz.Lookup(joinTokens(toks[j : i-1]))
	return ok && (e.Kind == schema.KindPlace || e.Kind == schema.KindCountry)
}

// conjunctPlaceWords bounds the words of the known place placeConjunct finds before "and".
const conjunctPlaceWords = 3

// partOfCountry reports whether a word for a part of a country (cue geonoun: "region",
// "provinces") follows a name ending at end, right after it or after more names joined by "and",
// "or" or commas ("the Tillaberi and Tahoua regions"), within partReach tokens.
func (x *Extractor) partOfCountry(toks []token, end int) bool {
	for k := end; k < len(toks) && k-end <= partReach; {
		if x.cue.tokIs("geonoun", &toks[k]) {
			return true
		}
		if toks[k].Lower != "and" && toks[k].Lower != "or" && toks[k].Text != "," {
			return false
		}
		k++
		if k >= len(toks) || !isCap(toks[k].Text) {
			return false
		}
		for k < len(toks) && isCap(toks[k].Text) {
			k++
		}
	}
	return false
}

// partReach bounds how many tokens after a name partOfCountry reads for the word for a part of a
// country ("the Tillaberi, Dosso and Tahoua regions").
const partReach = 8

// loweredWords tells for each word the article writes capitalised whether it writes it in lower
// case too, in a word of four letters or more (lowerWord): only the capitalised words are filed,
// and the lower-case ones are looked up among them.
func loweredWords(sents []sentence) map[string]bool {
	capped := map[string]bool{}
	for _, s := range sents {
		for _, t := range s.Toks {
			if t.Text != t.Lower {
				capped[t.Lower] = false
			}
		}
	}
	for _, s := range sents {
		for _, t := range s.Toks {
			if lowerWord(t) {
				if _, ok := capped[t.Lower]; ok {
					capped[t.Lower] = true
				}
			}
		}
	}
	return capped
}

// lowerWord reports whether t is a word of four letters or more written in lower case.
func lowerWord(t token) bool {
	return len(t.Text) >= 4 && t.Text == t.Lower && isWordToken(t.Text)
}

// writesLower reports whether the article writes the word of t in lower case, in a word of
// four letters or more: t itself, or a token of the same lower-case form (lowered).
func (w *articleWords) writesLower(t *token) bool {
	return lowerWord(*t) || w.lowered[t.Lower]
}

// onlyIn collects the capitalised words the article writes alone right after "in" and nowhere
// else, not even in a run of capitalised words ("a hospital in Velmi"): true for those, false
// for a capitalised word written elsewhere too.
func (x *Extractor) onlyIn(sents []sentence) map[string]bool {
	out := map[string]bool{}
	in := map[string]bool{} // the words written alone after "in" at least once
	for _, s := range sents {
		for k, t := range s.Toks {
			if !isCap(t.Text) {
				continue
			}
			lone := x.loneAfterIn(s.Toks, k)
			in[t.Text] = in[t.Text] || lone
			if !lone && !x.placeSlot(s.Toks, k) {
				out[t.Text] = false
			} else if _, seen := out[t.Text]; !seen {
				out[t.Text] = true
			}
		}
	}
	for w, ok := range out {
		out[w] = ok && in[w]
	}
	return out
}

// placeSlot reports whether the capitalised word at k stands where, besides after "in", only
// a place does: alone after "to" behind a word of going somewhere ("a flight to Tarn", cue
// travelnoun; "flew to Tarn", cue travelverb), before a comma and a state or region ("Tarn,
// Ohio"), or before "Airport" or "International Airport" ("Tarn International Airport"). Such
// a mention keeps a word onlyIn has seen after "in" a town.
func (x *Extractor) placeSlot(toks []token, k int) bool {
	if k >= 2 && toks[k-1].Lower == "to" && standsAlone(toks, k) && (x.cue.tokIs("travelnoun", &toks[k-2]) || x.cue.tokIs("travelverb", &toks[k-2])) {
		return true
	}
	if k+2 < len(toks) && toks[k+1].Text == "," && isCap(toks[k+2].Text) && x.regionName(toks[k+2].Text) {
		return true
	}
	if k+1 < len(toks) && toks[k+1].Text == "Airport" {
		return true
	}
	return k+2 < len(toks) && toks[k+1].Text == "International" && toks[k+2].Text == "Airport"
}

// loneAfterIn reports whether the word at k stands right after "in" and alone: neither a
// capitalised word nor a possessive mark follows it ("a hospital in Velmi"); "from" after a
// word for the people a story is about (cue ledehead) is as good as "in" ("a man from Tarn").
func (x *Extractor) loneAfterIn(toks []token, k int) bool {
	if k < 1 || toks[k-1].Lower != "in" && !x.fromLede(toks, k) {
		return false
	}
	return standsAlone(toks, k)
}

// standsAlone reports whether neither a capitalised word nor a possessive mark follows the
// word at k: the word is a name of its own, not the first of a longer one ("in Velmi", not
// "in Velmi University" or "in Velmi's").
func standsAlone(toks []token, k int) bool {
	return k+1 >= len(toks) || !isCap(toks[k+1].Text) && toks[k+1].Tag != "POS"
}

// fromLede reports whether the word at k stands after "from" after a word for the people a
// story is about (cue ledehead): "a man from Tarn", where they come from.
func (x *Extractor) fromLede(toks []token, k int) bool {
	return k >= 2 && toks[k-1].Lower == "from" && x.cue.tokIs("ledehead", &toks[k-2])
}

// leads collects the capitalised words that open two or more sentences, past any leading
// quotation marks or punctuation ("Krennet hacked …. Krennet has …").
func leads(sents []sentence) map[string]bool {
	seen := map[string]int{}
	for _, s := range sents {
		for _, t := range s.Toks {
			if isWordToken(t.Text) {
				if isCap(t.Text) {
					seen[t.Text]++
				}
				break
			}
		}
	}
	out := map[string]bool{}
	for w, n := range seen {
		if n >= 2 {
			out[w] = true
		}
	}
	return out
}

// openers collects the capitalised words that stand alone or open a run of capitalised words
// inside a sentence, not at its start ("Kestrel" of "Kestrel Labs", "said Morphisec").
func openers(sents []sentence) map[string]bool {
	out := map[string]bool{}
	for _, s := range sents {
		for k := 1; k < len(s.Toks); k++ {
			if isCap(s.Toks[k].Text) && !isCap(s.Toks[k-1].Text) && isWordToken(s.Toks[k-1].Text) {
				out[s.Toks[k].Text] = true
			}
		}
	}
	return out
}

// eachInnerRun calls f with the bounds [k,e) of every run of two or more capitalised words
// inside a sentence, not at its start. A place adjective opening the run is no part of it
// ("by Boston-based Korvel Software": "Korvel Software"; placeBased).
func eachInnerRun(sents []sentence, f func(toks []token, k, e int)) {
	for _, s := range sents {
		toks := s.Toks
		for k := 1; k+1 < len(toks); k++ {
			if !isCap(toks[k].Text) || isCap(toks[k-1].Text) || !isWordToken(toks[k-1].Text) || !isCap(toks[k+1].Text) {
				continue
			}
			e := k + 1
			for e < len(toks) && isCap(toks[e].Text) {
				e++
			}
			if placeBased(toks[k].Lower) && e-k > 2 {
				f(toks, k+1, e)
			} else {
				f(toks, k, e)
			}
			k = e - 1
		}
	}
}

// speaksAt reports whether the word at l says or tells: a capitalised word alone before it
// that opens a name inside a sentence is that name's short form ("Hollins said" after "at
// Hollins Care Homes"), though no word of organisations' names ends the name.
func speaksAt(toks []token, l int) bool {
	return l < len(toks) && (saysWord(toks[l].Lower) || tellsWord(toks[l].Lower))
}

// describedAt reports whether an indefinite description of a body follows the name that ends
// at l, set off by a comma (", a group tracked since 2014,", ", an arms maker based in X,"):
// what makes a lone capitalised word opening a sentence a name.
func (x *Extractor) describedAt(toks []token, l int) bool {
	if l+2 >= len(toks) || toks[l].Text != "," || toks[l+1].Lower != "a" && toks[l+1].Lower != "an" {
		return false
	}
	for k := l + 2; k < len(toks) && k-l <= 5; k++ {
		if kind, ok := x.cue.descHead[toks[k].Lower]; ok && isNounTag(toks[k].Tag) && kind != schema.KindPlace && kind != schema.KindCountry {
			return true
		}
		if t := toks[k].Tag; !(t == "JJ" || t == "NN" || t == "HYPH" || t == "VBN" || t == "VBG" || t == "NNP") {
			return false
		}
	}
	return false
}

// placeBased reports whether w is an adjective of where a body is based ("boston-based",
// "Seoul-based"): a place joined by a hyphen to "based", which describes the name after it and
// is no part of it (eachInnerRun, nameMentions, seatBeforeDemonym).
func placeBased(w string) bool {
	return strings.HasSuffix(w, "-based") && len(w) > len("-based")
}

// innerRuns collects the runs of two or more capitalised words inside a sentence, not at its
// start.
func innerRuns(sents []sentence) map[string]bool {
	var out map[string]bool
	eachInnerRun(sents, func(toks []token, k, e int) {
		if out == nil {
			out = map[string]bool{}
		}
		out[joinTokens(toks[k:e])] = true
	})
	return out
}

// shortForms collects the first words of runs of capitalised words inside a sentence, not at
// its start, that end in a word of organisations' names ("hit Baltrans Logistics", "Korvel
// Systems said"): the short forms an article may open a sentence with.
func (x *Extractor) shortForms(sents []sentence) map[string]bool {
	out := map[string]bool{}
	eachInnerRun(sents, func(toks []token, k, e int) {
		if x.cue.tokIs("orgsuffix", &toks[e-1]) {
			out[toks[k].Text] = true
		}
	})
	return out
}

// innerOpener reports whether the capitalised word at i, alone and past the sentence's first
// word first, is a body's short name though the tagger read it as a common noun after a
// particle or preposition ("tipped off Kestrel in May"): the article writes the word elsewhere
// inside a sentence opening a longer name ("Kestrel Payments"; s.opener), and a capital inside
// a sentence marks a name. An all-capital or hyphened word is left to the other readings.
func innerOpener(s *sentence, i, first int) bool {
	t := s.Toks[i]
	if i <= first || t.Tag != "NN" || !s.opener[t.Text] || isAllCaps(t.Text) || strings.Contains(t.Text, "-") {
		return false
	}
	p := s.Toks[i-1].Tag
	return p == "RP" || p == "IN"
}

// ownNounDesc reports whether "the" at i opens a bare "the system", "the network" whose noun
// the article gives one of its bodies (ownNouns): "the network's eight hospitals", "when the
// network refused to pay"; not "the network security team", nor "the system of …".
func ownNounDesc(s *sentence, i int) bool {
	toks := s.Toks
	if toks[i].Lower != "the" || i+1 >= len(toks) || s.articleWords == nil || !s.ownNouns[toks[i+1].Lower] {
		return false
	}
	t := &toks[i+1]
	if isCap(t.Text) || !isNounTag(t.Tag) || isNounTag(nextTag(toks, i+1)) {
		return false
	}
	return i+2 >= len(toks) || toks[i+2].Lower != "of" && toks[i+2].Text != "-"
}

// ownTailDesc returns the index of the head of "the" at i opening a description of one or two
// lower-case modifiers and a noun of the twofoldhead list the article gives one of its bodies
// (ownNouns), whose words end a name the article writes inside a sentence ("Brightwater Health
// System" … "the health system said"), or -1. Not "the health system's records" of another
// noun after it, nor "the health system of …".
func ownTailDesc(s *sentence, i int) int {
	toks := s.Toks
	if toks[i].Lower != "the" || s.articleWords == nil || len(s.ownNouns) == 0 {
		return -1
	}
	for k := i + 2; k < len(toks) && k <= i+3; k++ {
		t := &toks[k-1]
		if isCap(t.Text) || !isNounTag(t.Tag) && t.Tag != "JJ" {
			return -1
		}
		h := &toks[k]
		if !s.ownNouns[h.Lower] || isCap(h.Text) || !isNounTag(h.Tag) {
			continue
		}
		if isNounTag(nextTag(toks, k)) || k+1 < len(toks) && (toks[k+1].Lower == "of" || toks[k+1].Text == "-") {
			return -1
		}
		tail := " " + strings.ToLower(joinTokens(toks[i+1:k+1]))
		for run := range s.innerRun {
			if strings.HasSuffix(strings.ToLower(run), tail) {
				return k
			}
		}
		return -1
	}
	return -1
}

// ownNouns collects the nouns of the twofoldhead list that the article gives one of its
// bodies: the last word of a run of two or more capitalised words ("Lakeshore Health System"),
// or the head of a description set after a name and its comma ("Pellworth Health, a regional
// hospital network,"). It returns nil when there are none.
func (x *Extractor) ownNouns(sents []sentence) map[string]bool {
	var out map[string]bool
	add := func(w string) {
		if out == nil {
			out = map[string]bool{}
		}
		out[w] = true
	}
	for _, s := range sents {
		toks := s.Toks
		for k := 1; k < len(toks); k++ {
			t := &toks[k]
			if !x.cue.tokIs("twofoldhead", t) {
				continue
			}
			if isCap(t.Text) && isCap(toks[k-1].Text) && isWordToken(toks[k-1].Text) {
				add(t.Lower) // "Riverina Health Network"
				continue
			}
			if !isCap(t.Text) && isNounTag(t.Tag) && !isNounTag(nextTag(toks, k)) && apposedAfterName(toks, k) {
				add(t.Lower) // "Pellworth Health, a regional hospital network"
			}
		}
	}
	return out
}

// apposedAfterName reports whether the lower-case head at k closes a description opened by
// an article right after a capitalised name and its comma, with at most three words between
// the article and the head: "X, a regional hospital network".
func apposedAfterName(toks []token, k int) bool {
	for j := k - 1; j >= 2 && j >= k-4; j-- {
		switch toks[j].Lower {
		case "a", "an", "the":
			return toks[j-1].Text == "," && isCap(toks[j-2].Text)
		case ",", ";", "(", ")", "and", "or", "of":
			return false
		}
	}
	return false
}

// peopleNoun lists plural nouns for groups of people that a capitalised word at a sentence
// start may qualify: "Security specialists say", "Intelligence officials said".
var peopleNoun = map[string]bool{"specialists": true, "experts": true, "officials": true, "researchers": true, "analysts": true,
	"executives": true, "leaders": true, "investigators": true, "lawmakers": true, "authorities": true, "workers": true,
	"staff": true, "professionals": true, "advocates": true, "critics": true, "sources": true}

// commonStart reports whether the run [i,end) opening sentence s is a common word capitalised
// only as the sentence's first ("Security specialists say …"), alone or before an acronym and
// a role ("City IT director Paul Marchetti"): the article writes the word in lower case too.
func (x *Extractor) commonStart(s *sentence, i, end int) bool {
	toks := s.Toks
	if end == i+1 && end < len(toks) && peopleNoun[toks[end].Lower] && !s.opener[toks[i].Text] && !isAllCaps(toks[i].Text) && !camelCase(toks[i].Text) {
		if _, ok := x.gaz.Lookup(toks[i].Text); !ok {
			if _, ok := x.countryWord(toks[i].Text); !ok {
				return true // "Security specialists say": a modifier of the people, no name
			}
		}
	}
	if end == i+1 && x.describedPeople(toks[i]) && !isAllCaps(toks[i].Text) {
		if _, ok := x.gaz.Lookup(toks[i].Text); !ok {
			return true // "Gunmen killed 21 tourists": the plural head of a description, no name
		}
	}
	if !s.writesLower(&toks[i]) || isAllCaps(toks[i].Text) || s.surnames[toks[i].Text] {
		return false
	}
	if _, ok := x.gaz.Lookup(joinTokens(toks[i:end])); ok {
		return false
	}
	if _, ok := x.countryWord(toks[i].Text); ok {
		return false
	}
	switch end - i {
	case 1:
		return true
	case 2:
		return isAllCaps(toks[i+1].Text) && len(toks[i+1].Text) <= 3 && end < len(toks) &&
			(x.cue.tokIs("personrole", &toks[end]) || x.cue.tokIs("title", &toks[end]))
	}
	return false
}

// describedPeople reports whether t is the plural head of a description of people who act as a
// group ("gunmen", "militants", "insurgents": cue genhead, kind group).
func (x *Extractor) describedPeople(t token) bool {
	k, ok := x.cue.genHead[t.Lower]
	return ok && k == schema.KindGroup && (strings.HasSuffix(t.Lower, "s") || strings.HasSuffix(t.Lower, "men"))
}

// surnames collects the words that end a run of two or more proper nouns inside a sentence
// ("Interior Minister Dalia Ferent told") and never appear in lower case in the article.
func surnames(sents []sentence) map[string]bool {
	var out map[string]bool
	for _, s := range sents {
		for k, t := range s.Toks {
			if !isCap(t.Text) {
				continue
			}
			if k < 2 || t.Tag != "NNP" || s.Toks[k-1].Tag != "NNP" || !isCap(s.Toks[k-1].Text) || isAllCaps(t.Text) || len(t.Text) < 3 {
				continue
			}
			if k+1 < len(s.Toks) && isCap(s.Toks[k+1].Text) {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			out[t.Text] = true
		}
	}
	if len(out) > 0 {
		dropLowered(sents, out)
	}
	return out
}

// dropLowered deletes from words those the article writes in lower case too: a word not
// capitalised whose lower-case form is a key's. It looks the few words up for each token,
// rather than filing every word of the article.
func dropLowered(sents []sentence, words map[string]bool) {
	byLower := make(map[string][]string, len(words))
	var lens uint64 // bit n set for a lower-case form of n bytes (bit 63: 63 or more)
	for w := range words {
		l := strings.ToLower(w)
		byLower[l] = append(byLower[l], w)
		lens |= 1 << min(len(l), 63)
	}
	for _, s := range sents {
		for _, t := range s.Toks {
			if lens&(1<<min(len(t.Lower), 63)) == 0 {
				continue // no form of its length: no look-up
			}
			if ws, ok := byLower[t.Lower]; ok && !isCap(t.Text) {
				for _, w := range ws {
					delete(words, w)
				}
			}
		}
	}
}

// firmOpening reports whether the capitalised run toks[i:end] opening a sentence is a firm's
// name the tagger read as common nouns ("Calder Logistics, the freight group, said …"): two
// words or more ending in a business word (cue orgsuffix), whose first word, a noun or an
// adjective to the tagger ("Fallow Payments"), no demonym and no compound ("Helsinki-based"),
// the article never writes in lower case. Without it the first word is dropped as an adjective
// and the name lost.
func (x *Extractor) firmOpening(s *sentence, i, end int) bool {
	toks := s.Toks
	t := toks[i]
	if t.Tag == "JJ" {
		if _, ok := x.countryWord(t.Text); ok {
			return false // "Chinese Security …": a demonym, no first name of a firm
		}
	}
	return end > i+1 && (t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "JJ") && !strings.Contains(t.Text, "-") && !s.writesLower(&t) &&
		isWordToken(t.Text) && x.cue.tokIs("orgsuffix", &toks[end-1])
}

// titleCased reports whether a capitalised run of three or more words has a capitalised
// preposition inside ("Reporters Without Borders", "Journalists Against Censorship"): the
// title case of a name, so its first word belongs to it even at the start of a sentence.
func (x *Extractor) titleCased(words []token) bool {
	if len(words) < 3 {
		return false
	}
	for _, w := range words[1 : len(words)-1] {
		if isCap(w.Text) && (w.Lower == "without" || w.Lower == "against" || w.Lower == "for") {
			return true
		}
	}
	return false
}

// countryDepartment reports whether words, three or more capitalised ones, name a state's
// department by its field and then the state ("Global Affairs Canada", "Public Safety
// Canada"): the field's first word opening a sentence is part of the name, no adjective.
func (x *Extractor) countryDepartment(words []token) bool {
	if len(words) < 3 {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if !isCap(w.Text) || !isWordToken(w.Text) {
			return false
		}
		if _, ok := x.countryWord(w.Text); ok {
			return false
		}
	}
	e, ok := x.gaz.Lookup(words[len(words)-1].Text)
	return ok && e.Kind == schema.KindCountry && e.Name == words[len(words)-1].Text
}

var forceMod = map[string]bool{"security": true, "armed": true, "special": true}
var forceHead = map[string]bool{"forces": true, "force": true}

// stateInstitution lists what only a state has: "X's embassy", "X's foreign ministry".
var stateInstitution = map[string]bool{"embassy": true, "embassies": true, "ministry": true, "ministries": true, "government": true,
	"parliament": true, "president": true, "prime": true, "foreign": true, "military": true, "army": true, "navy": true,
	"cabinet": true, "ambassador": true, "consulate": true, "regime": true, "armed": true, "defence": true, "defense": true,
	"interior": true, "intelligence": true, "spy": true, "security": true}

// stateOwner reports whether the name ending at end possesses a state institution ("Karsovia's
// foreign ministry", "Valdoria's military intelligence"), allowing one modifier between.
func (x *Extractor) stateOwner(toks []token, end int) bool {
	if end+1 >= len(toks) || !isPossMark(toks[end].Text) {
		return false
	}
	w := toks[end+1].Lower
	if w == "security" || w == "intelligence" {
		// "X's intelligence services", "X's security services": not "X's security team"
		return end+2 < len(toks) && (toks[end+2].Lower == "services" || toks[end+2].Lower == "service" || toks[end+2].Lower == "agency" || toks[end+2].Lower == "agencies" || toks[end+2].Lower == "apparatus")
	}
	return stateInstitution[w] && !isCap(toks[end+1].Text)
}

// institutionWords reports whether capitalised words end, before any "of"/"for", in an
// institution word, with no country ("District Court for the Northern District of Georgia").
func (x *Extractor) institutionWords(words []token) bool {
	prev, last := "", ""
	for _, w := range words {
		if w.Lower == "of" || w.Lower == "for" {
			break // "… District of Georgia": a place after a connector belongs to the name
		}
		if _, ok := x.countryWord(w.Text); ok {
			return false
		}
		prev, last = last, strings.TrimSuffix(w.Lower, ".")
	}
	return x.cue.is("agencysuffix", last) || x.bodyTeam(prev, last) // not "National Intelligence Director James Clapper"
}

// forceDepartment reports whether rest, the words after a known agency's name inside a longer
// one, is the one word "Department" after a police force's name ("Metropolitan Police
// Department", "National Police Department"): a department of its own, which the force the
// gazetteer knows by the shorter name is not.
func forceDepartment(e *gazetteer.Entry, rest []token) bool {
	return len(rest) == 1 && rest[0].Lower == "department" && strings.HasSuffix(strings.ToLower(e.Name), " police")
}

// certName reports whether a name is a computer emergency or security incident response team's
// ("CERT Polska", "KZ-CERT", "colCERT", "CERT.LV", "national CERTs"): one of its words is, or
// ends in, the acronym CERT or CSIRT written in capitals, or opens with it before a hyphen or
// a dot. The bare acronym alone is a common noun, not a name. Such a team is a state's body
// (or a national one acting as such), never a threat group.
func certName(words []token) bool {
	if len(words) == 1 && (words[0].Text == "CERT" || words[0].Text == "CSIRT") {
		return false // "Oman's national CERT, OCERT": the common noun, named after it
	}
	for _, w := range words {
		t := strings.TrimSuffix(w.Text, "s")
		if i := strings.IndexAny(t, "-."); i > 0 && (t[:i] == "CERT" || t[:i] == "CSIRT") {
			return true
		}
		if strings.HasSuffix(t, "CERT") || strings.HasSuffix(t, "CSIRT") {
			return true
		}
	}
	return false
}

// forceUnit reports whether a name of three words or more is a unit of a police force or an
// armed service: it ends in a unit word (group, team, unit, squad, division, cell) and an
// earlier word is one of a force (cues lawforce, but for "investigation", and servicerank:
// "Philippine National Police Anti-Cybercrime Group", "Metropolitan Police Cyber Crime Unit",
// "Army Cyber Team"). The last word then names a part of the force, not a gang or a company.
func (x *Extractor) forceUnit(words []token) bool {
	switch words[len(words)-1].Lower {
	case "group", "team", "unit", "squad", "division", "cell":
	default:
		return false
	}
	for k := range words[:len(words)-1] {
		if words[k].Lower != "investigation" && (x.cue.tokIs("lawforce", &words[k]) || x.cue.tokIs("servicerank", &words[k])) {
			return true
		}
	}
	return false
}

// bodyTeam reports whether the last two words of a name, prev and last, make a state's
// "team" a body (cue teamfield: "Computer Emergency Response Team"), not a group's crew.
func (x *Extractor) bodyTeam(prev, last string) bool {
	return last == "team" && x.cue.is("teamfield", prev)
}

// namesBody reports whether the capitalised run starting at k has an institution word, or a
// company word at its end ("Norland Prosecution Authority", "Orbis Group"; not "National Cyber
// Director").
func (x *Extractor) namesBody(toks []token, k int) bool {
	for ; k < len(toks) && isCap(toks[k].Text); k++ {
		if k+1 < len(toks) && isCap(toks[k+1].Text) && !x.cue.tokIs("agencysuffix", &toks[k]) {
			continue // a company's word inside the run ("National Cyber Director") ends no body
		}
		if w := strings.TrimSuffix(toks[k].Lower, "."); x.cue.is("agencysuffix", w) || x.cue.is("orgsuffix", w) {
			return true
		}
	}
	return false
}

// groupNamedBefore reports whether a name is introduced as a group's, given k, the noun a
// naming phrase before it gives it to (nameGivenBefore): "a gang calling itself X", "a group
// known as X", "the crew dubbed X", "the attackers, calling themselves X" (a plural of people
// acting together, cue genhead of kind group).
func (x *Extractor) groupNamedBefore(toks []token, k int) bool {
	return k >= 0 && (x.groupWord(toks[k].Lower) || intrusionSet(toks, k) || peopleBehind(toks, k) || x.cue.genHead[toks[k].Lower] == schema.KindGroup)
}

// groupNamedAfter reports whether the group noun phrase starting at j (groupNoun) is given a
// name right after it: "hacking group tracked as X", "group, also known as X", "gang calling
// itself X", "crew dubbed X".
func (x *Extractor) groupNamedAfter(toks []token, j int) bool {
	for n := 0; n < 3 && j < len(toks) && !x.groupWord(toks[j].Lower); n++ {
		j++
	}
	if j >= len(toks) || !x.groupWord(toks[j].Lower) {
		return false
	}
	j++
	for n := 0; n < 2 && j < len(toks) && (toks[j].Text == "," || toks[j].Lower == "also"); n++ {
		j++
	}
	if j+1 >= len(toks) {
		return false
	}
	switch toks[j].Lower {
	case "known", "tracked":
		return toks[j+1].Lower == "as"
	case "calling", "calls":
		return toks[j+1].Lower == "itself"
	case "dubbed", "called", "named", "nicknamed":
		return isCap(toks[j+1].Text) || isQuote(toks[j+1].Text)
	}
	return false
}

// peopleBehind reports whether toks[k] is a plural noun before "behind": "the operators behind
// it", "the people behind the campaign" are a group.
func peopleBehind(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].Tag == "NNS" && !isCap(toks[k].Text) && toks[k+1].Lower == "behind"
}

// intrusionSet reports whether toks[k] is the head of "intrusion set", the threat researchers'
// word for a group known by what it does ("an intrusion set it tracks as X").
func intrusionSet(toks []token, k int) bool {
	return k > 0 && k < len(toks) && toks[k].Lower == "set" && toks[k-1].Lower == "intrusion"
}

// toolNamedBefore reports whether the name at i is introduced as a tool's or a campaign's, no
// actor's: "a loader the researchers named X", "a backdoor dubbed X", "malware known as X", "an
// implant it calls X", "a campaign dubbed X", "Operation X" (cue toolnoun; k is the noun
// nameGivenBefore found, or -1), or set between commas
// after such a noun or a component's ("the wiper, SALTGLASS, has …", "a third component,
// MARROWTAP, …": cue componentnoun).
func (x *Extractor) toolNamedBefore(toks []token, i, k int) bool {
	if k < 0 && i >= 2 && toks[i-1].Text == "," && !isCap(toks[i-2].Text) && isNounTag(toks[i-2].Tag) &&
		(i+1 < len(toks) && toks[i+1].Text == "," || i+2 < len(toks) && isCap(toks[i+1].Text) && toks[i+2].Text == ",") {
		// "a third component, MARROWTAP, is deployed", "the wiper, SALTGLASS, has …": a name
		// set between commas after a program's noun (not "the exploit, Mozilla said")
		if x.cue.tokIs("componentnoun", &toks[i-2]) {
			return true
		}
		k = i - 2
	}
	o := i
	if o == 0 && len(toks) > 1 && (toks[0].Lower == "dubbed" || toks[0].Lower == "codenamed" || toks[0].Lower == "named") {
		o = 1 // "Dubbed Operation Salt Road, the campaign …": the participle opening the sentence
	}
	if o+1 < len(toks) && toks[o].Lower == "operation" && isCap(toks[o+1].Text) && (o != i || o == 0 || !isCap(toks[o-1].Text)) {
		return true // "Operation Dry Well", "dubbed Operation Salt Road": a campaign's name, no actor
	}
	return k >= 0 && (x.cue.tokIs("toolnoun", &toks[k]) || toks[k].Lower == "campaign")
}

// ownedModifier reports whether the name toks[i:end] stands between a possessive and the
// common noun it modifies: "its Telegram channel", "the ministry's Gmail accounts"; or
// between a determiner, adjectives at most after it, and a noun of an account one posts on ("on
// a Telegram channel", "the Telegram channel", "a private Telegram channel", "from an Outlook
// account"; cue postnoun): a service, no actor.
func (x *Extractor) ownedModifier(toks []token, i, end int) bool {
	if i == 0 || end >= len(toks) || isCap(toks[end].Text) || toks[end].Tag != "NN" && toks[end].Tag != "NNS" {
		return false
	}
	p := toks[i-1]
	if p.Tag == "PRP$" || isPossMark(p.Text) {
		return true
	}
	k := i - 1
	for k > 0 && toks[k].Tag == "JJ" && !isCap(toks[k].Text) {
		k-- // "a private", "a little-known"
	}
	if w := toks[k].Lower; w == "a" || w == "an" || w == "the" {
		return x.cue.tokIs("postnoun", &toks[end])
	}
	return false
}

// toolApposed reports whether the name ending at end has a program for its apposition: "X, a
// surveillance tool sold by …", "X, a modular backdoor that …" (cue toolnoun, and "tool").
func (x *Extractor) toolApposed(toks []token, end int) bool {
	if end+2 >= len(toks) || toks[end].Text != "," || toks[end+1].Lower != "a" && toks[end+1].Lower != "an" {
		return false
	}
	for j := end + 2; j < len(toks) && j <= end+5; j++ {
		w := toks[j]
		if isNounTag(w.Tag) && !isCap(w.Text) && (w.Lower == "tool" || x.cue.tokIs("toolnoun", &w)) {
			return j+1 >= len(toks) || !isNounTag(toks[j+1].Tag) // not "a malware analyst"
		}
		if w.Tag != "JJ" && w.Tag != "NN" && w.Tag != "VBN" && w.Tag != "HYPH" {
			return false
		}
	}
	return false
}

// nameGivenBefore returns the index of the noun a naming phrase before the name at i gives the
// name to ("a gang calling itself X", "a group known as X", "a crew researchers named X",
// "a group it calls X", "an actor tracked as X"), or -1.
func (x *Extractor) nameGivenBefore(toks []token, i int) int {
	k := i - 1
	for k >= 0 && (toks[k].Text == "\"" || toks[k].Text == "“" || toks[k].Text == "``" || toks[k].Lower == "the") {
		k--
	}
	switch {
	case k >= 1 && toks[k].Lower == "as" && toks[k-1].Lower == "known":
		k -= 2
		// "the group, known as X", "a gang, also known as X"
		for n := 0; n < 2 && k >= 0 && (toks[k].Text == "," || toks[k].Lower == "also" || toks[k].Lower == "better" || toks[k].Lower == "widely"); n++ {
			k--
		}
	case k >= 1 && reflexiveNaming(toks[k-1].Lower, toks[k].Lower):
		k -= 2
		if k >= 0 && (toks[k].Lower == "which" || toks[k].Lower == "that" || toks[k].Lower == "who") {
			k--
		}
		if k >= 0 && toks[k].Text == "," {
			k-- // "the group, which calls itself X", "the hackers, who call themselves X", "the attackers, calling themselves X"
		}
	case k >= 0 && (toks[k].Lower == "dubbed" || toks[k].Lower == "called" || toks[k].Lower == "named"):
		k--
		if k > 0 && !x.namedHead(toks[k].Lower) && (toks[k].Tag == "PRP" || toks[k].Lower == "researchers" || toks[k].Lower == "investigators") {
			// "a hacking group it called X", "a crew researchers named X", "a loader the
			// researchers named X": past the namer
			k--
			if k > 0 && (toks[k].Tag == "WDT" || toks[k].Lower == "that" || toks[k].Lower == "the" && toks[k+1].Tag != "PRP") {
				k--
			}
		}
	case k >= 2 && (toks[k].Lower == "calls" || toks[k].Lower == "call"):
		// "a group it calls X", "a crew that researchers call X", "a group that Valdorian
		// officials call X": past the namer
		k--
		for n := 0; n < 3 && k > 0 && !x.namedHead(toks[k].Lower) && (toks[k].Tag == "PRP" || toks[k].Tag == "DT" || toks[k].Tag == "WDT" || toks[k].Tag == "JJ" || isNounTag(toks[k].Tag)); n++ {
			k--
		}
	case k >= 3 && toks[k].Lower == "as" && toks[k-2].Lower == "the" && x.namesItVerb(&toks[k-3]) && x.groupNamedBefore(toks, k-1):
		// "Kestrelpoint tracks the attackers as X", "tracked the hackers as X": the group the
		// namer's object names
		k--
	case k >= 1 && toks[k].Lower == "as" && (x.cue.tokIs("trackverb", &toks[k-1]) || isCap(toks[k-1].Text)):
		// "a threat actor tracked as X", "the group, which it tracks as X", "the group, which
		// Orvane Labs tracks as X", "the operators are tracked by Orvane as X"
		k = x.pastTrackNamer(toks, k-1)
		for n := 0; n < 3 && k >= 0 && (toks[k].Lower == "it" || toks[k].Lower == "which" || toks[k].Lower == "that" || toks[k].Text == "," || toks[k].Lower == "researchers"); n++ {
			k--
		}
		for j := k; j >= 1 && k-j < 4; j-- {
			if peopleBehind(toks, j-1) {
				return j - 1 // "the operators behind the malware are tracked as X": the people, not the tool
			}
		}
		// "the group behind the intrusion, which it tracks as X": past a prepositional phrase
		for n := 0; n < 5 && k > 0 && !x.namedHead(toks[k].Lower) && !intrusionSet(toks, k) && (toks[k].Tag == "DT" || toks[k].Tag == "IN" || toks[k].Tag == "NN" || toks[k].Tag == "JJ" || toks[k].Tag == "PRP" && toks[k-1].Tag == "IN"); n++ {
			k--
		}
	default:
		return -1
	}
	if k < 0 {
		return -1
	}
	return k
}

// reflexiveNaming reports whether the words v and r name a thing as it names itself: "calls
// itself", "calling itself", "call themselves", "calling themselves".
func reflexiveNaming(v, r string) bool {
	switch r {
	case "itself":
		return v == "calls" || v == "calling"
	case "themselves":
		return v == "call" || v == "calling"
	}
	return false
}

// namedHead reports whether w is a noun a naming phrase gives a name to: a group's word or a
// program's (cue toolnoun).
func (x *Extractor) namedHead(w string) bool {
	return x.groupWord(w) || x.cue.is("toolnoun", w)
}

// groupWord reports whether w names a group of people acting together: "group", "gang", "crew".
func (x *Extractor) groupWord(w string) bool {
	switch w {
	case "group", "gang", "crew", "collective", "outfit", "hackers", "actor", "syndicate", "cartel", "hacktivists", "cluster", "team", "unit":
		return true
	}
	return false
}

// stateWords holds the words of a state's formal style: "Republic of X", "Kingdom of X",
// "Government of X".
var stateWords = map[string]bool{"republic": true, "kingdom": true, "sultanate": true, "state": true, "emirate": true,
	"principality": true, "federation": true, "commonwealth": true, "confederation": true, "government": true}

// stateStyle returns the country a formal style names ("Republic of Kazakhstan", "Islamic
// Republic of Iran", "Kingdom of Bahrain", "Kyrgyz Republic"), or nil.
func (x *Extractor) stateStyle(words []token) *gazetteer.Entry {
	if len(words) > 0 && words[0].Lower == "the" {
		words = words[1:]
	}
	n := len(words)
	if n == 2 && stateWords[strings.TrimSuffix(words[1].Lower, ".")] && words[1].Lower != "state" {
		if e, ok := x.gaz.Demonym(words[0].Text); ok && e.Kind == schema.KindCountry {
			return e // "the Kyrgyz Republic"
		}
		return nil
	}
	for k := 0; k+2 < n && k < 4; k++ {
		if !isCap(words[k].Text) {
			return nil
		}
		if !stateWords[words[k].Lower] || words[k+1].Lower != "of" {
			continue
		}
		rest := words[k+2:]
		if len(rest) > 1 && rest[0].Lower == "the" {
			rest = rest[1:]
		}
		text := strings.TrimSuffix(joinTokens(rest), ".")
		if e, ok := x.gaz.Lookup(text); ok && e.Kind == schema.KindCountry {
			return e
		}
		return nil
	}
	return nil
}

// bodyOfWords reports whether words are a body's name of the shape "<words> <company or body
// word> of|for <words>" ("Union of Journalists", "Bankers Association of X"), with no country.
func (x *Extractor) bodyOfWords(words []token) bool {
	for k, w := range words {
		if _, ok := x.countryWord(w.Text); ok {
			return false
		}
		if (w.Lower == "of" || w.Lower == "for") && k > 0 && k+1 < len(words) {
			return x.cue.tokIs("orgsuffix", &words[k-1]) && isCap(words[k+1].Text)
		}
	}
	return false
}

// institutionOf reports an institution word before a connector inside a name: "Ministry of
// Defence", "Office of the Director", or an office word qualified before it and given its
// field by "for" ("Hamburg Commissioner for Data Protection").
func (x *Extractor) institutionOf(words []token) bool {
	for k := 0; k+1 < len(words)-1; k++ {
		if x.cue.is("agencysuffix", strings.TrimSuffix(words[k].Lower, ".")) && x.cue.tokIs("connector", &words[k+1]) {
			return true
		}
		if k > 0 && x.cue.tokIs("officebody", &words[k]) && words[k+1].Lower == "for" {
			return true // "Hamburg Commissioner for Data Protection": an office named by its field
		}
	}
	return false
}

// groupNoun reports whether the words at k name a kind of group after a name: "group",
// "hackers", "gang", "crew", "threat actors", "ransomware gang", "ransomware operation".
func (x *Extractor) groupNoun(toks []token, k int) bool {
	w := toks[k].Lower
	ransomware := w == "ransomware"
	if (w == "threat" || w == "hacking" || w == "hacker" || w == "ransomware" || w == "cybercrime" || w == "hacktivist" || w == "apt") && k+1 < len(toks) {
		k++
		w = toks[k].Lower
	}
	switch w {
	case "operation":
		// "the Vantor ransomware operation": the gang that runs the ransomware; a bare "X
		// operation" is a campaign, a "cybercrime operation" may be a scheme
		return ransomware && (k+1 >= len(toks) || toks[k+1].Lower != "against" && toks[k+1].Lower != "targeting")
	case "operators":
		// "German operators of critical infrastructure": those who run something, no group
		return k+1 >= len(toks) || toks[k+1].Lower != "of"
	case "group", "groups", "gang", "crew", "hackers", "collective", "actors", "actor", "cluster", "hacktivists", "syndicate", "outfit":
		return true
	}
	return false
}

// workplaceAt reports whether the name at i follows "at" after someone working there ("an engineer
// at X", "researchers at X", "officials at X", "nobody at X"): a workplace, no person.
func (x *Extractor) workplaceAt(toks []token, i int) bool {
	if i < 2 || toks[i-1].Lower != "at" || i >= 3 && isVerbTag(toks[i-3].Tag) {
		return false // "told reporters at Camp Crame": where the telling was
	}
	w := toks[i-2].Lower
	return x.cue.is("workplacewho", w) || x.cue.is("personrole", w) || x.cue.is("personrole", strings.TrimSuffix(w, "s")) || x.cue.is("staffword", w) || x.cue.is("anonhead", w)
}

// commaRelative reports whether tokens first..last-1 lie inside a relative clause that ", which"
// or ", who" opens and a comma closes, both within commaRelativeReach tokens.
func commaRelative(toks []token, first, last int) bool {
	open := -1
	for k := first - 1; k >= 1 && first-k <= commaRelativeReach; k-- {
		if w := toks[k].Lower; (w == "which" || w == "who") && toks[k-1].Text == "," {
			open = k
			break
		}
		if t := toks[k].Text; t == "," || t == "." || t == ";" || t == "\"" || t == "“" || t == "”" {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for k := last; k < len(toks) && k-open <= commaRelativeReach; k++ {
		switch toks[k].Text {
		case ",":
			return true
		case ".", ";", "\"", "“", "”":
			return false
		}
	}
	return false
}

// contactClause reports whether the name at tokens first..last-1 is the subject of a relative
// clause with no relative word set off by commas after an apposition's noun ("Brindle Cyber, the
// incident-response firm Tollard hired, blamed …", "X, the lab Garrow uses, said …"): a comma
// and a determiner open a lower-case noun phrase right before the name, and a past or present
// verb, no verb of saying, follows it with a comma after, its object missing. A pronoun later
// in the sentence passes over such a name, as over one in a ", which" clause.
func (x *Extractor) contactClause(toks []token, first, last int) bool {
	if first < 3 || last+1 >= len(toks) || !isNounTag(toks[first-1].Tag) || isCap(toks[first-1].Text) {
		return false
	}
	j := first - 2
	for j > 0 && first-j <= 4 && !isCap(toks[j].Text) && (isNounTag(toks[j].Tag) || toks[j].Tag == "JJ" || toks[j].Tag == "HYPH") {
		j--
	}
	if d := toks[j].Lower; (d != "the" && d != "a" && d != "an") || j < 1 || toks[j-1].Text != "," {
		return false
	}
	v := toks[last]
	if v.Tag != "VBD" && v.Tag != "VBZ" && v.Tag != "VBP" || x.cue.tokIs("reporting", &toks[last]) {
		return false
	}
	return toks[last+1].Text == ","
}

// commaRelativeReach bounds how far commaRelative looks for a relative clause's opening and closing.
const commaRelativeReach = 10

// lowerCapName reports whether the word at i is a name opened by one to maxLowerOpen lower-case
// letters before a capital ("eSentire", "iDefense", "colCERT"), standing where an actor stands:
// right before a verb of saying (cue lowercapsay), or after "at" behind someone working there
// (workplaceAt), or between commas right after a lower-case noun that heads a body's
// description ("the national response team, colCERT, which …"). Elsewhere such a word is
// mostly a product ("an iOS flaw", "macOS users"), no actor.
func (x *Extractor) lowerCapName(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	w := toks[i].Text
	if len(w) < minLowerCap || len(w) > maxLowerCap || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	k := 0
	for k <= maxLowerOpen && k < len(w) && w[k] >= 'a' && w[k] <= 'z' {
		k++ // no further than one letter past the most that may open it
	}
	if k > maxLowerOpen || k >= len(w) || w[k] < 'A' || w[k] > 'Z' {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	if i+1 < len(toks) && x.cue.tokIs("lowercapsay", &toks[i+1]) {
		return true
	}
	if i >= 2 && i+1 < len(toks) && toks[i-1].Text == "," && toks[i+1].Text == "," && toks[i-2].Tag == "NN" && !isCap(toks[i-2].Text) {
		// "the national response team, colCERT, which …": the name a body's description takes
		h := toks[i-2].Lower
		if _, ok := x.cue.descHead[h]; ok || h == "team" {
			return true
		}
	}
	return x.workplaceAt(toks, i)
}

// minLowerCap and maxLowerCap bound the length of a name lowerCapName reads ("iDefense",
// "colCERT"), and maxLowerOpen how many lower-case letters may open it.
const (
	minLowerCap  = 5
	maxLowerCap  = 20
	maxLowerOpen = 3
)

// personContext reports a role word around a name: "researcher Tom Robinson", "Tom Robinson, a
// spokesperson", "Tom Robinson said".
func (x *Extractor) personContext(s *sentence, i, end int) bool {
	return x.personContextAt(s, i, end, true)
}

// personCueAt reports personContext's cues of a person around the name toks[i:end], except
// a verb of saying after a name that opens its sentence, whose clause has "it" for its
// subject ("Grey Lantern said it had stolen the files", saysOfItself): a body or a group
// speaking of itself, as nothing before it in the sentence is there for "it" to stand for.
func (x *Extractor) personCueAt(s *sentence, i, end int) bool {
	return x.personContextAt(s, i, end, false)
}

// personContextAt is personContext; itself tells whether a verb of saying after the name
// whose clause has "it" or "they" for its subject counts as a cue.
func (x *Extractor) personContextAt(s *sentence, i, end int, itself bool) bool {
	toks := s.Toks
	if i > 0 && x.cue.tokIs("personrole", &toks[i-1]) {
		return true
	}
	if end < len(toks) {
		w := toks[end].Lower
		// "X said it had notified …" is a body speaking of itself, wherever X stands in its
		// sentence ("…, a claim X said it had seen no evidence for")
		if (w == "said" || w == "says" || w == "told" || w == "added" || w == "wrote") && (itself || !x.speaksOfItself(toks, end)) {
			return true
		}
	}
	if end+2 < len(toks) && toks[end].Text == "," {
		for k := end + 1; k < len(toks) && k <= end+5; k++ {
			if x.cue.tokIs("personrole", &toks[k]) {
				return true
			}
		}
	}
	if i >= 2 && toks[i-1].Text == "," && (toks[i-2].Lower == "said" || toks[i-2].Lower == "says") {
		return true
	}
	if i >= 1 && (toks[i-1].Lower == "said" || toks[i-1].Lower == "says") && !finiteAt(toks, end) {
		// "…, said Lena Okafor": the speaker set after the verb; "X said Grey Lantern breached
		// Y": the subject of the clause said, which its own verb follows, is no person for that
		return true
	}
	// a common first name ("Lena Okafor"), or "X, who"
	if end-i >= 2 && end-i <= 4 && x.cue.tokIs("firstname", &toks[i]) {
		return true
	}
	if end+1 < len(toks) && toks[end].Text == "," && toks[end+1].Lower == "who" {
		return true
	}
	// "executives, Arvid Lohne and Sefa Dorin": the second name of a pair set beside a role
	if i >= 4 && toks[i-1].Lower == "and" {
		k := i - 2
		for k > 0 && i-2-k < 3 && isCap(toks[k].Text) {
			k--
		}
		if k < i-2 && toks[k].Text == "," && x.roleBefore(toks, k) {
			return true
		}
	}
	// "the Home Secretary, Sajid Javid,": a title or role right before an apposition
	if i >= 2 && toks[i-1].Text == "," && x.roleBefore(toks, i-1) {
		return true
	}
	// "Counsel for Dario Penn, Ilse Varga, said": a role, "for" and whom it serves before it
	if i >= 4 && toks[i-1].Text == "," {
		k := i - 2
		for k > 0 && i-2-k < 4 && isCap(toks[k].Text) {
			k--
		}
		if k < i-2 && k >= 1 && toks[k].Lower == "for" && x.cue.tokIs("personrole", &toks[k-1]) {
			return true
		}
	}
	return false
}

// finiteAt reports whether the token at k is a verb in the past or present tense or a modal:
// the verb of a clause whose subject ends right before it.
func finiteAt(toks []token, k int) bool {
	return k < len(toks) && isFiniteTag(toks[k].Tag)
}

// roleBefore reports a title or role word among the two words before the comma at c: "the
// Home Secretary, X", "the company's executives, X and Y".
func (x *Extractor) roleBefore(toks []token, c int) bool {
	for k := c - 1; k >= 0 && c+1-k <= 3; k-- {
		w := strings.TrimSuffix(toks[k].Lower, ".")
		if x.cue.is("personrole", w) || x.cue.is("title", w) && w != "chief" && w != "general" ||
			len(w) > 4 && x.cue.is("personrole", strings.TrimSuffix(w, "s")) || x.hyphenRole(w) {
			// a hyphenated role counts by its parts: "its editor-in-chief, X", "co-founder, X"
			return true
		}
		if w == "of" && k > 0 && k == c-2 && (toks[k-1].Lower == "head" || x.cue.tokIs("personrole", &toks[k-1])) {
			return true // "its head of sales, X", "the director of operations, X"
		}
		if !isWordToken(toks[k].Text) {
			break
		}
	}
	return false
}

// camelCase reports an inner capital after a lower-case letter ("JavaScript", "DDoS").
func camelCase(w string) bool {
	prevLower := false
	for _, r := range w {
		if unicode.IsUpper(r) && prevLower {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// hyphenedName reports whether w joins two or three capitalised parts by hyphens, none of
// them a country, a demonym or a region ("Stroiteks-Soft", "Kalmar-Tech"): a company's
// name, which the tagger often takes for an adjective; "Russia-Ukraine" and "Asia-Pacific"
// join places.
func (x *Extractor) hyphenedName(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if len([]rune(p)) < 2 || !isCap(p) {
			return false
		}
		if _, ok := x.countryWord(p); ok {
			return false
		}
		if _, ok := x.gaz.Demonym(p); ok || x.regionName(p) || x.cue.is("regionadj", strings.ToLower(p)) { // regionName lower-cases
			return false
		}
	}
	return true
}

// looksPerson: two or three capitalised alphabetic words, none of them a cue for something
// else ("Tom Robinson", "Christopher G. Raia").
func (x *Extractor) looksPerson(words []token) bool {
	n := 0
	for _, w := range words {
		if !x.cue.tokTextIs("particle", &w) && !x.cue.tokTextIs("particle2", &w) {
			n++ // "Ahmed bin Rashid al Maktoum": particles are no words of their own
		}
	}
	if n < 2 || n > 4 || n == len(words) && len(words) > 4 {
		return false
	}
	for k, w := range words {
		if x.cue.tokTextIs("particle", &w) || x.cue.tokTextIs("particle2", &w) {
			continue
		}
		if isAllCaps(w.Text) && !(len(w.Text) == 2 && strings.HasSuffix(w.Text, ".")) {
			return false
		}
		for _, r := range w.Text {
			if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
		if x.cue.tokIs("orgsuffix", &w) || x.cue.tokIs("agencysuffix", &w) || x.cue.tokIs("groupsuffix", &w) {
			return false
		}
		if k == 0 {
			if _, ok := x.countryWord(w.Text); ok {
				return false
			}
		}
		if _, ok := x.gaz.Lookup(w.Text); ok && k == 0 {
			return false
		}
	}
	return true
}

// leadingCountry returns the country whose name or word opens the run [i,end) and how many
// words it takes: one ("U.S.", "Kenya") or, when no single word is a country's, a name of two
// or three words ("United Arab Emirates Cyber Security Council", "South Africa Revenue
// Service"), with at least one word left after it.
func (x *Extractor) leadingCountry(toks []token, i, end int) (*gazetteer.Entry, int, bool) {
	if c, ok := x.countryWord(toks[i].Text); ok {
		return c, 1, true
	}
	for n := 3; n >= 2; n-- {
		if i+n >= end {
			continue
		}
		if e, ok := x.gaz.Lookup(joinTokens(toks[i : i+n])); ok && e.Kind == schema.KindCountry {
			return e, n, true
		}
	}
	return nil, 0, false
}

// countryWord returns the country that a word names or qualifies ("Israeli", "U.S.").
func (x *Extractor) countryWord(w string) (*gazetteer.Entry, bool) {
	return x.gaz.CountryWord(w)
}

// demonymPhrase reads "Israeli spies", "Russian government hackers", "U.S. authorities",
// "Chinese state-backed hackers" starting at token i.
func (x *Extractor) demonymPhrase(s *sentence, i int, out *mention) bool {
	toks := s.Toks
	if !isCap(toks[i].Text) {
		return false
	}
	c, ok := x.countryWord(toks[i].Text)
	if !ok && s.local != nil {
		c, ok = s.local.demonym[toks[i].Text]
	}
	k := i + 1
	if k < len(toks) && isCap(toks[k].Text) && toks[i].Lower != "the" {
		// "North Korean", "South Korean": two-word demonyms, whose first word alone is none
		if c2, ok2 := x.countryWord(toks[i].Text + " " + toks[k].Text); ok2 && c2.Kind == schema.KindCountry {
			c, k, ok = c2, k+1, true
		}
	}
	if !ok {
		return false
	}
	if k+1 < len(toks) && forceMod[toks[k].Lower] && forceHead[toks[k+1].Lower] && (!isNounTag(nextTag(toks, k+1)) || x.ownedThing(toks, k+2)) {
		// "Marovan security forces", "Dutch armed forces": the state's forces, an agency of their own
		*out = mention{First: i, Last: k + 2, Text: joinTokens(toks[i : k+2]), How: mkDemonym, Kind: schema.KindAgency, Conf: 0.75, Country: c.Name, Head: toks[k+1].Lower}
		return true
	}
	if k+1 < len(toks) && toks[k+1].Lower == "police" && !isCap(toks[k].Text) && x.cue.tokIs("policemod", &toks[k]) {
		k++ // "German federal police": one of the state's forces, named with its modifier
	}
	if k < len(toks) && toks[k].Lower == "police" && !isNounTag(nextTag(toks, k)) {
		// "Telvaran police arrested a man": the state's police, an agency of their own
		*out = mention{First: i, Last: k + 1, Text: joinTokens(toks[i : k+1]), How: mkDemonym, Kind: schema.KindAgency, Conf: 0.75, Country: c.Name, Head: "police"}
		return true
	}
	if k < len(toks) && i > 0 && (toks[i-1].Lower == "its" || toks[i-1].Lower == "their") && (toks[k].Lower == "counterparts" || toks[k].Lower == "counterpart" || x.cue.tokIs("allynoun", &toks[k])) {
		// "alerted their American counterparts", "informed by their Australian counterparts",
		// "shared its findings with its British partners" (told only when a state or agency owns them; counterpart):
		// the country whose service answers to the teller's, when the article names none of its
		// own (counterpart prefers an agency the article names as that country's)
		*out = mention{First: i, Last: k + 1, Text: joinTokens(toks[i : k+1]), How: mkDemonym, Kind: schema.KindCountry, Conf: 0.7, Entry: c, Country: c.Name, Head: toks[k].Lower}
		return true
	}
	mods := 0
	for k < len(toks) && k-i <= 5 {
		w, tw := toks[k].Lower, &toks[k]
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].Lower
		}
		if x.cue.tokIs("grouphead", tw) && !x.cue.tokAtIs("grouphead", toks, k+1) && !x.cue.tokAtIs("countryhead", toks, k+1) {
			if (w == "actors" || w == "actor" || w == "operators" || w == "hacking") && mods == 0 {
				return false
			}
			if w == "hacking" && next != "group" {
				return false
			}
			last := k + 1
			if w == "hacking" {
				last++
			}
			text := joinTokens(toks[i:last])
			indef := i > 0 && (toks[i-1].Lower == "a" || toks[i-1].Lower == "an") && !strings.HasSuffix(toks[last-1].Lower, "s")
			*out = mention{First: i, Last: last, Text: text, How: mkDemonym, Kind: schema.KindGroup, Conf: 0.7, Country: c.Name, Head: strings.TrimSuffix(w, "s"), Indef: indef}
			return true
		}
		if (x.cue.tokIs("countryhead", tw) || x.cue.tokIs("weaponhead", tw)) && !x.cue.tokAtIs("grouphead", toks, k+1) && !x.cue.tokAtIs("countryhead", toks, k+1) && (!isNounTag(nextTag(toks, k)) || closingQuote(toks, k+1)) {
			// "Russian officials", and "Ukrainian drones", "Israeli aircraft": the state that fires them;
			// a quotation closing after the head ends the phrase ("all the hallmarks of the
			// Russian security services\""), whatever the tagger made of the mark
			*out = mention{First: i, Last: k + 1, Text: joinTokens(toks[i : k+1]), How: mkDemonym, Kind: schema.KindCountry, Conf: 0.8, Entry: c, Country: c.Name, Head: w}
			return true
		}
		if (w == "intelligence" || w == "spy") && (next == "service" || next == "agency") && !isNounTag(nextTag(toks, k+1)) && !isCap(toks[k+1].Text) {
			// "told the Czech intelligence service", "the Telvaran spy agency": the state's
			// service, as "Czech intelligence" is the state (not "the Czech spy agency chief",
			// nor a service's capitalised name, "the Canadian Security Intelligence Service")
			*out = mention{First: i, Last: k + 2, Text: joinTokens(toks[i : k+2]), How: mkDemonym, Kind: schema.KindCountry, Conf: 0.8, Entry: c, Country: c.Name, Head: next}
			return true
		}
		if x.cue.tokIs("groupmod", tw) || x.cue.tokIs("countryhead", tw) || strings.HasSuffix(w, "-backed") || strings.HasSuffix(w, "-linked") || strings.HasSuffix(w, "-sponsored") || strings.HasSuffix(w, "-affiliated") || strings.HasSuffix(w, "-aligned") || strings.HasSuffix(w, "-nexus") {
			mods++
			k++
			continue
		}
		break
	}
	// plural demonyms standing alone: "the Israelis"
	if k == i+1 && strings.HasSuffix(toks[i].Lower, "s") && toks[i].Tag == "NNPS" || (k == i+1 && strings.HasSuffix(toks[i].Text, "s") && !isNounTag(nextTag(toks, i)) && toks[i].Lower != "us" && toks[i].Lower != "u.s." && c.Kind == schema.KindCountry) {
		if _, isDem := x.gaz.Demonym(toks[i].Text); isDem {
			*out = mention{First: i, Last: i + 1, Text: toks[i].Text, How: mkDemonym, Kind: schema.KindCountry, Conf: 0.6, Entry: c, Country: c.Name, Head: "people"}
			return true
		}
	}
	return false
}

// ownedThing reports whether the lower-case noun at k is a thing an actor before it owns
// ("the Dutch armed forces network"), not a role or a kind of actor ("forces commander").
func (x *Extractor) ownedThing(toks []token, k int) bool {
	if k >= len(toks) || isCap(toks[k].Text) || !isNounTag(toks[k].Tag) || isNounTag(nextTag(toks, k)) {
		return false
	}
	w := toks[k].Lower
	_, g := x.cue.genHead[w]
	_, d := x.cue.descHead[w]
	return !g && !d && !x.cue.is("personrole", w) && !x.cue.is("title", w) && !x.isTriggerNoun(w)
}

// closingQuote reports whether token k is a double quotation mark that closes a quotation: one
// after a word, not before one that opens its phrase (the tagger often tags the mark as a noun:
// "the Russian security services\"/NN").
func closingQuote(toks []token, k int) bool {
	if k <= 0 || k >= len(toks) {
		return false
	}
	switch toks[k].Text {
	case "”", "''":
		return true
	case "\"":
		return k+1 == len(toks) || toks[k+1].Tag == "." || toks[k+1].Text == "," || toks[k+1].Text == ";" || toks[k+1].Tag == "CC" || toks[k+1].Tag == "IN"
	}
	return false
}

// nextTag returns the tag of the token after k, or "" at the end.
func nextTag(toks []token, k int) string {
	if k+1 < len(toks) {
		return toks[k+1].Tag
	}
	return ""
}

// tradeGroup reports whether the head at k is "group" after a word of a trade or cause at or
// after first ("the hospital group", "a rights group"): a body of that trade or cause, no
// threat group.
func (x *Extractor) tradeGroup(toks []token, first, k int) bool {
	return toks[k].Lower == "group" && k > first && x.cue.tokIs("civicmod", &toks[k-1])
}

// description reads a definite description "the [demonym] [modifiers] head" whose head names
// a kind of actor: "the company", "the Russian security firm", "the hackers"; and a verb's
// object opened by a demonstrative "that" ("Treasury sanctioned that firm", thatDeterminer).
func (x *Extractor) description(s *sentence, i int, out *mention) bool {
	toks := s.Toks
	demonstrative := toks[i].Lower == "that" && x.thatDeterminer(toks, i) && i+1 < len(toks) && x.cue.descHead[toks[i+1].Lower] == schema.KindOrganization
	if toks[i].Lower != "the" && !demonstrative && !(toks[i].Lower == "this" && i+1 < len(toks) && x.cue.descHead[toks[i+1].Lower] == schema.KindPlace) {
		return false // "the firm"; "this city" too, where the story is filed from
	}
	if i+1 < len(toks) && x.cue.tokIs("titlehead", &toks[i+1]) && !isCap(toks[i+1].Text) && isNounTag(toks[i+1].Tag) &&
		(i+2 >= len(toks) || !isNounTag(toks[i+2].Tag) && toks[i+2].Text != "'s" && !isCap(toks[i+2].Text) &&
			(toks[i+2].Lower != "of" || i+3 < len(toks) && toks[i+3].Tag == "VBG")) {
		// "the minister", "accused the minister of lying" (not "the minister of defence"): the
		// person the article gave that title
		*out = mention{First: i, Last: i + 2, Text: joinTokens(toks[i : i+2]), How: mkDesc, Kind: schema.KindPerson, Conf: 0.5, Head: toks[i+1].Lower}
		return true
	}
	if i+1 < len(toks) && toks[i+1].Lower == "administration" && isNounTag(toks[i+1].Tag) && !isNounTag(nextTag(toks, i+1)) &&
		!(i+2 < len(toks) && toks[i+2].Lower == "of" && !(i+3 < len(toks) && toks[i+3].Tag == "VBG")) {
		// "accused the administration of …": the executive office the article names (coref)
		*out = mention{First: i, Last: i + 2, Text: joinTokens(toks[i : i+2]), How: mkDesc, Kind: schema.KindAgency, Conf: 0.5, Head: "administration"}
		return true
	}
	if ownNounDesc(s, i) {
		// "Lakeshore Health System … the system's records": the body the article calls so
		*out = mention{First: i, Last: i + 2, Text: joinTokens(toks[i : i+2]), How: mkDesc, Kind: schema.KindOrganization, Conf: 0.5, Head: toks[i+1].Lower}
		return true
	}
	if k := ownTailDesc(s, i); k > 0 {
		// "Brightwater Health System … the health system notified …": the body whose name
		// ends in those words
		*out = mention{First: i, Last: k + 1, Text: joinTokens(toks[i : k+1]), How: mkDesc, Kind: schema.KindOrganization, Conf: 0.5, Head: toks[k].Lower}
		return true
	}
	country := ""
	unknown := false // the description opens with a nationality no gazetteer knows (unknownDemonym)
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		t := toks[k]
		if kind, ok := x.cue.descHead[t.Lower]; ok && isNounTag(t.Tag) && !isNounTag(nextTag(toks, k)) && !isCap(t.Text) {
			if t.Lower == "committee" && k > i+1 {
				return false // "the parliamentary intelligence committee": a body named by its function
			}
			if j := x.possessedHead(toks, k); j > 0 {
				// "accusing the country's fourth-largest mobile carrier of …": the body the
				// country owns is the one described, not the country
				k, t, kind = j, toks[j], x.cue.descHead[toks[j].Lower]
			}
			if k+1 < len(toks) && (toks[k+1].Lower == "of" || toks[k+1].Lower == "'s") && kind != schema.KindGroup {
				// "the group of hackers", "the company's" are fine; "the department of X" is a name;
				// "accused the agency of spreading lies" is the agency, but only as a verb's object:
				// "works for the service of neighbouring Karvia" names another institution; after a
				// verb of telling, "of" is the verb's ("notified the regulator of the breach"), as
				// it is after a verb of accusing with its charge ("accused the agency of gross
				// negligence"; accusedOf)
				if toks[k+1].Lower == "of" && !(k+2 < len(toks) && toks[k+2].Tag == "VBG" && i > 0 && strings.HasPrefix(toks[i-1].Tag, "VB")) && !(i > 0 && (x.ofComplementVerb(toks[i-1]) || x.accusedOf(toks, i-1, k+2))) {
					return false
				}
			}
			if kind == schema.KindGroup && x.tradeGroup(toks, i+1, k) {
				kind = schema.KindOrganization // "the hospital group", "the rights group": a body of that trade or cause, no threat group
			}
			*out = mention{First: i, Last: k + 1, Text: joinTokens(toks[i : k+1]), How: mkDesc, Kind: kind, Conf: 0.5, Country: country, Head: t.Lower}
			return true
		}
		if c, ok := x.countryWord(t.Text); ok && isCap(t.Text) && country == "" {
			country = c.Name
			continue
		}
		if c, ok := s.local.demonymOf(t.Text); ok && country == "" {
			country = c.Name // "the Valdorian company", Valdoria named in the article
			continue
		}
		if k == i+1 && x.unknownDemonym(toks, k) {
			unknown = true
			continue // "the Telvaran cyber agency", Telvara named nowhere: a nationality all the same
		}
		// after a word the tagger does not know, it tags the lower-case words that follow as
		// proper nouns too ("the Quellan/NNP maritime/NNP safety agency"): common nouns all the same
		lowerNNP := unknown && t.Tag == "NNP" && !isCap(t.Text)
		if isCap(t.Text) && !placedModifier(t.Text) || !(t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNP" && placedModifier(t.Text) || lowerNNP || t.Tag == "VBN" || t.Tag == "JJS" || t.Tag == "NNS" || t.Tag == "HYPH") {
			return false
		}
	}
	return false
}

// unknownDemonym reports whether the capitalised word at k, right after "the", is a
// nationality adjective no gazetteer knows, before the lower-case words of a description ("the
// Telvaran cyber agency", "the Ostrevan energy regulator"): a word with a demonym's regular
// ending (-an, -ian, -ese, -ish) that names nothing known and modifies what follows, as a
// name's first word does not ("the Telvaran Financial Conduct Office").
func (x *Extractor) unknownDemonym(toks []token, k int) bool {
	t := toks[k]
	if !isCap(t.Text) || isAllCaps(t.Text) || t.Tag != "NNP" && t.Tag != "JJ" || k+1 >= len(toks) || isCap(toks[k+1].Text) {
		return false
	}
	w := t.Lower
	if len(w) < 6 || !(strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish")) {
		return false
	}
	if _, ok := x.gaz.Lookup(t.Text); ok {
		return false // "the Michigan health department": a known place, read as a name
	}
	if x.localBody(toks, k+1) > 0 {
		return false // "the Valdorian health authority": a body the place runs, read with its name (localBody)
	}
	_, ok := x.countryWord(t.Text)
	return !ok
}

// possessedHead returns the index of the head of a description owned by a country word at k
// ("the country's fourth-largest mobile carrier", "the nation's biggest lender": "carrier",
// "lender"), or -1: a country-kind head with "'s" after it, then modifiers, then a lower-case
// head of a kind of company with no noun after it. A state's own body ("the country's security
// service") is left to the country: the one meant is often named only later.
func (x *Extractor) possessedHead(toks []token, k int) int {
	if x.cue.descHead[toks[k].Lower] != schema.KindCountry || k+1 >= len(toks) || toks[k+1].Text != "'s" {
		return -1
	}
	for j := k + 2; j < len(toks) && j <= k+5; j++ {
		t := toks[j]
		if kind, ok := x.cue.descHead[t.Lower]; ok && kind == schema.KindOrganization && isNounTag(t.Tag) && !isNounTag(nextTag(toks, j)) && !isCap(t.Text) {
			return j
		}
		if isCap(t.Text) || !(t.Tag == "JJ" || t.Tag == "JJS" || t.Tag == "NN" || t.Tag == "VBN" || t.Tag == "HYPH" || t.Tag == "RBS") {
			return -1
		}
	}
	return -1
}

// demonymCompound reports whether w joins a demonym by a hyphen to a lower-case word
// ("Russian-born", "Iranian-born"), or any capitalised word to a word of language (cue
// languagetail: "English-speaking", "Farsi-language"): an adjective telling what people speak
// or where they come from, no name.
func (x *Extractor) demonymCompound(w string) bool {
	k := strings.Index(w, "-")
	if k <= 0 || k == len(w)-1 {
		return false
	}
	tail := w[k+1:]
	if strings.ToLower(tail) != tail {
		return false
	}
	if x.cue.is("languagetail", tail) {
		return true // "English-speaking", "Farsi-language": whatever the language
	}
	_, ok := x.gaz.Demonym(w[:k])
	return ok
}

// lowerNounAhead reports whether a lower-case noun starts at toks[end], or follows lower-case
// adjectives there ("criminal gang" after "Russian-speaking"): the words before end modify a
// common noun phrase.
func lowerNounAhead(toks []token, end int) bool {
	k := end
	for k < len(toks) && k-end < maxAdjectivesAhead && toks[k].Tag == "JJ" && !isCap(toks[k].Text) {
		k++
	}
	return k < len(toks) && !isCap(toks[k].Text) && isNounTag(toks[k].Tag)
}

// maxAdjectivesAhead bounds the lower-case adjectives lowerNounAhead steps over to the noun, and
// the modifiers seatOfDescribed reads before the head of a description.
const maxAdjectivesAhead = 3

// seatBeforeDemonym reports whether toks[i] joins a place that is no country to "based" by a
// hyphen ("Toronto-based") and a country's word follows ("a Toronto-based Chinese official"):
// the town describes someone the demonym phrase after it names, and is part of no name.
func (x *Extractor) seatBeforeDemonym(toks []token, i int) bool {
	if i+1 >= len(toks) || !isCap(toks[i+1].Text) {
		return false
	}
	w := toks[i].Text
	if !placeBased(w) {
		return false
	}
	if _, country := x.countryWord(strings.TrimSuffix(w, "-based")); country {
		return false
	}
	_, demonym := x.countryWord(toks[i+1].Text)
	return demonym
}

// placedModifier reports whether w is a name joined by a hyphen to a lower-case participle
// ("SDAX-listed", "Hamburg-based", "Nasdaq-listed"): a modifier of a description, no name.
func placedModifier(w string) bool {
	k := strings.LastIndex(w, "-")
	if k <= 0 || k == len(w)-1 {
		return false
	}
	tail := w[k+1:]
	return strings.HasSuffix(tail, "ed") && strings.ToLower(tail) == tail
}

// ledeRole lists the nouns by which a news lede describes the person it is about before naming
// him: "an engineer at a defence contractor", "a former contractor for the agency".
var ledeRole = map[string]bool{"engineer": true, "analyst": true, "contractor": true, "employee": true, "technician": true,
	"officer": true, "official": true, "man": true, "woman": true, "worker": true, "administrator": true, "soldier": true,
	"citizen": true, "resident": true, "staffer": true, "consultant": true, "programmer": true, "developer": true,
	"researcher": true, "student": true, "executive": true, "manager": true, "diplomat": true, "hacker": true}

// ledeEmployerPrep lists the prepositions that put a described role noun in the place of the
// person's employer or counterpart ("an engineer at a defence contractor", "worked for a
// contractor"): such a description is no person the lede is about.
var ledeEmployerPrep = map[string]bool{"at": true, "for": true, "with": true, "from": true}

// ledePerson reads, in an article's first sentence, "a|an [former] [modifiers] <role noun>"
// ("a former systems analyst", "an engineer"): the person the story is about,
// described before the article names him (coref joins the name given with an age).
func (x *Extractor) ledePerson(s *sentence, i int, out *mention) bool {
	toks := s.Toks
	if s.Index != 0 || toks[i].Lower != "a" && toks[i].Lower != "an" {
		return false
	}
	if i > 0 && ledeEmployerPrep[toks[i-1].Lower] {
		return false // "an engineer at a defence contractor": the employer, not the person
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		t := toks[k]
		if ledeRole[t.Lower] && t.Tag == "NN" && !isNounTag(nextTag(toks, k)) {
			*out = mention{First: i, Last: k + 1, Text: joinTokens(toks[i : k+1]), How: mkDesc, Kind: schema.KindPerson, Conf: 0.5, Head: "lede"}
			return true
		}
		if _, demonym := x.countryWord(t.Text); demonym && k == i+1 && isCap(t.Text) && k+1 < len(toks) && !isCap(toks[k+1].Text) {
			continue // "a Moldovan man": a nationality describes the person, it names no one
		}
		if k == i+1 && isCap(t.Text) {
			if e := x.nameRun(s, k); x.seatOfDescribed(toks, k, e) || x.placedRole(toks, k, e) {
				k = e - 1 // "an Arnsby man", "a Felmont software engineer": the town only places the person
				continue
			}
		}
		if isCap(t.Text) || !(t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "VBN" || t.Tag == "HYPH") {
			return false // "a former NSA analyst": the name stays a name
		}
	}
	return false
}

// placedRole reports whether the capitalised run [i,end) of a lede's description, which names
// no actor the gazetteer knows other than a place, stands before lower-case modifiers and a
// lede's role noun (ledeRole: "a Felmont software engineer", "a Tarrow systems analyst"): the
// town only says where the person described works or lives.
func (x *Extractor) placedRole(toks []token, i, end int) bool {
	if end >= len(toks) {
		return false
	}
	if e, ok := x.gaz.Lookup(joinTokens(toks[i:end])); ok && e.Kind != schema.KindPlace {
		return false
	}
	for k := end; k < len(toks) && k <= end+maxAdjectivesAhead; k++ {
		t := &toks[k]
		if isCap(t.Text) || !isNounTag(t.Tag) && t.Tag != "JJ" {
			return false
		}
		if isNounTag(nextTag(toks, k)) {
			continue
		}
		return ledeRole[t.Lower] && t.Tag == "NN"
	}
	return false
}

// age reports whether w is a person's age in digits: 14 to 99.
func age(w string) bool {
	return len(w) == 2 && w[0] >= '1' && w[0] <= '9' && w[1] >= '0' && w[1] <= '9' && w >= "14"
}

// ledeNamed keeps the lede's described person (ledePerson) only when one of the next two
// sentences names someone with an age ("Olof Brask, 44,"), whom coref makes it; otherwise the
// words are left to the descriptive actors ("stole blueprints from a defence contractor").
func ledeNamed(ms []mention) []mention {
	lede, aged := -1, false
	for k, m := range ms {
		if m.How == mkDesc && m.Head == "lede" {
			lede = k
		}
		if m.How == mkName && m.Aged && m.Sent >= 1 && m.Sent <= 2 && (m.Kind == schema.KindPerson || m.LooksPerson || m.PersonCue) {
			aged = true
		}
	}
	if lede < 0 || aged {
		return ms
	}
	for j := lede + 1; j < len(ms) && ms[j].Sent == ms[lede].Sent; j++ {
		if ms[j].SameAs > 0 && j-ms[j].SameAs < lede {
			ms[j].SameAs-- // "X, a hacker better known as Y": X stays where it was counted from
		}
	}
	return append(ms[:lede], ms[lede+1:]...)
}

// prosecutors reads "prosecutors", "the prosecutors", "Prosecutors in <Country>" (no modifier
// before), "police in <Country>" (its "police" only) and a bare "police" with no noun after it
// ("Police arrested …", "told police"): a description of the prosecution service or a police
// force, which coref finds among the article's names ("the Swedish Prosecution Authority"). A
// city's name before "police" or "prosecutors" makes it that city's service (cityService).
func (x *Extractor) prosecutors(s *sentence, i int, out *mention) bool {
	if x.cityService(s, i, out) || x.grandJury(s, i, out) || x.townCourt(s, i, out) {
		return true
	}
	toks := s.Toks
	k := i
	if toks[k].Lower == "the" {
		k++
	} else if i > 0 {
		if p := toks[i-1].Tag; p == "JJ" || isNounTag(p) || p == "POS" || p == "PRP$" || p == "DT" || p == "CD" {
			return false // "two prosecutors", "local prosecutors"
		}
	}
	if k < len(toks) && toks[k].Lower == "federal" {
		k++ // "federal prosecutors": the prosecution service of the state (the Justice Department)
	}
	if k < len(toks) && toks[k].Lower == "police" && k == i {
		// "police in Poland detained a man": the police of that state, which coref finds among
		// the article's names ("Poland's Central Bureau for Combating Cybercrime"); only the word
		// "police" is the mention, the country stays a name of its own
		m := mention{First: i, Last: k + 1, Text: toks[k].Text, How: mkDesc, Kind: schema.KindAgency, Conf: 0.5, Head: "police"}
		if k+2 < len(toks) && toks[k+1].Lower == "in" && isCap(toks[k+2].Text) && !isNounTag(nextTag(toks, k)) {
			if c, ok := x.gaz.Country(toks[k+2].Text); ok && c.Kind == schema.KindCountry {
				m.Country = c.Name
				*out = m
				return true
			}
		}
		if last, country, ok := x.localPlace(toks, k+1); ok {
			// "Police in Valencia arrested two men": the force of a city, named by the phrase
			m.Last, m.Text, m.Country, m.How = last, joinTokens(toks[i:last]), country, mkDemonym
			*out = m
			return true
		}
		if isNounTag(toks[k].Tag) && !isNounTag(nextTag(toks, k)) && (k+2 >= len(toks) || toks[k+1].Lower != "in" || x.cue.tokIs("calendar", &toks[k+2])) {
			// "Police arrested two men …", "told police in May": the one police force the
			// article names, if any
			*out = m
			return true
		}
		return false
	}
	if k >= len(toks) || toks[k].Lower != "prosecutors" || !isNounTag(toks[k].Tag) || isNounTag(nextTag(toks, k)) {
		return false
	}
	last, country := k+1, ""
	if last+1 < len(toks) && toks[last].Lower == "in" && isCap(toks[last+1].Text) {
		if c, ok := x.gaz.Country(toks[last+1].Text); ok && c.Kind == schema.KindCountry {
			last, country = last+2, c.Name // "Prosecutors in Sweden"
		}
	}
	*out = mention{First: i, Last: last, Text: joinTokens(toks[i:last]), How: mkDesc, Kind: schema.KindAgency, Conf: 0.5, Country: country, Head: "prosecutors"}
	return true
}

// grandJury reads "grand jury", "federal grand jury" and "federal grand jury in <Place>" before
// a verb ("a federal grand jury in Tarvenna indicted two men"; not "grand jury subpoenas" nor
// "told a grand jury", where it does no deed of its own), after an indictment's "returned by"
// (returnedBy; mention.Returner), or as the agent of a passive "indicted by" or "charged by"
// (indictedBy; mention.JuryBy): a description of the body that indicts, which coref takes for
// the ministry of justice the article names (not the returning jury, which stands apart), or
// else for a body of its own named with the place it sits in, not the place itself (else for
// nobody, the passive's agent).
func (x *Extractor) grandJury(s *sentence, i int, out *mention) bool {
	toks := s.Toks
	k := i
	if toks[k].Lower == "federal" {
		k++
	}
	if k+1 >= len(toks) || toks[k].Lower != "grand" || toks[k+1].Lower != "jury" || isCap(toks[k+1].Text) {
		return false
	}
	if p := i - 1; p >= 0 && (toks[p].Lower == "a" || toks[p].Lower == "the") {
		i = p
	}
	returned, passive := returnedBy(toks, i), indictedBy(toks, i)
	if i > 0 && toks[i-1].Lower == "by" && !returned && !passive {
		return false
	}
	last, country := k+2, ""
	if l, c, ok := x.localPlace(toks, last); ok && !x.cue.tokIs("calendar", &toks[last+1]) {
		last, country = l, c
	}
	if !returned && !passive && (last >= len(toks) || !isVerbTag(toks[last].Tag)) {
		return false // "told a grand jury", "grand jury subpoenas": no deed of its own
	}
	*out = mention{First: i, Last: last, Text: joinTokens(toks[i:last]), How: mkDesc, Kind: schema.KindOrganization, Conf: 0.5, Country: country, Head: "jury", Returner: returned, JuryBy: passive && !returned}
	return true
}

// indictedBy reports whether the phrase at i is the agent of a passive indictment or charge
// ("was indicted by a federal grand jury in 2018", "were charged by a grand jury in X"): "by"
// right after the participle "indicted" or "charged". Like a jury that indicts in the active,
// it stands for the ministry of justice the article names (juryMinistry); unlike it, for
// nobody when the article names none (mention.JuryBy).
func indictedBy(toks []token, i int) bool {
	b := i - 1
	if b < 1 || toks[b].Lower != "by" {
		return false
	}
	v := toks[b-1].Lower
	return toks[b-1].Tag == "VBN" && (v == "indicted" || v == "charged")
}

// returnedBy reports whether the phrase at i follows "returned by" or "handed up by" right
// after an indictment ("the indictment, returned by a grand jury in X", "an indictment handed
// up by a federal grand jury"): the body named returned it, in fact, not in a forecast ("could
// be returned by") nor with a modifier between.
func returnedBy(toks []token, i int) bool {
	b := i - 1
	if b < 1 || toks[b].Lower != "by" {
		return false
	}
	v := b - 1
	if toks[v].Lower == "up" && v > 0 && toks[v-1].Lower == "handed" {
		v--
	} else if toks[v].Lower != "returned" {
		return false
	}
	n := v - 1
	if n >= 0 && toks[n].Text == "," {
		n--
	}
	return n >= 0 && (toks[n].Lower == "indictment" || toks[n].Lower == "indictments")
}

// bodyVoices maps the head of "a government spokesman" or "a company spokeswoman" to the kind
// of the body whose voice the phrase describes (bodyVoice).
var bodyVoices = map[string]schema.ActorKind{"government": schema.KindCountry, "company": schema.KindOrganization}

// bodyVoice reads "a government spokesman", "the company spokeswoman" (a head of bodyVoices,
// then cue spokesrole) with no name after it (unnamedVoice). A government's voice is that of a
// government the phrase does not name, which coref takes for the state the story is filed from
// (governmentSpeaks); a company's is that of the company the article speaks of, a description
// headed by "company" that coref takes up as "the company" would be.
func (x *Extractor) bodyVoice(s *sentence, i int, out *mention) bool {
	toks := s.Toks
	if i+2 >= len(toks) || toks[i].Lower != "a" && toks[i].Lower != "the" {
		return false
	}
	kind, ok := bodyVoices[toks[i+1].Lower]
	if !ok || !x.unnamedVoice(toks, i+2) {
		return false
	}
	*out = mention{First: i, Last: i + 3, Text: joinTokens(toks[i : i+3]), How: mkDesc, Kind: kind, Conf: 0.5, Head: toks[i+1].Lower}
	return true
}

// unnamedVoice reports whether toks[k] is a spokesperson's word (cue spokesrole) that names
// no one after it: not "a government spokesman, Ivo Marsk," (a person), nor "… for Norland" or
// "… of X" or a noun (which name another body or go on with the phrase).
func (x *Extractor) unnamedVoice(toks []token, k int) bool {
	if !x.cue.tokIs("spokesrole", &toks[k]) {
		return false
	}
	n := k + 1
	return !(n < len(toks) && (isCap(toks[n].Text) || toks[n].Lower == "for" || toks[n].Lower == "of" || isNounTag(toks[n].Tag)))
}

// officeTitle reads "the Minister for Cyber Security", "the Minister Responsible for the
// GCSB", "the Secretary for Trade and Industry" with no holder named after it: the one holder of
// a government office its title names, a person spoken of by the title alone (as Westminster-style
// news does). A name set after the title ("the Minister for Cyber Security, Lena Okafor,", "the
// Minister for Communications Ronan Keogh") is the person, and the title is left to it.
func (x *Extractor) officeTitle(s *sentence, i int, out *mention) bool {
	toks := s.Toks
	if i+3 >= len(toks) || toks[i].Lower != "the" || toks[i+1].Text != "Minister" && toks[i+1].Text != "Secretary" {
		return false
	}
	k := i + 2
	if toks[k].Text == "Responsible" {
		k++
	}
	if k+1 >= len(toks) || toks[k].Lower != "for" {
		return false
	}
	f := k + 1 // the office's field
	if toks[f].Lower == "the" {
		f++
	}
	e := f
	for e < len(toks) && (isCap(toks[e].Text) && !x.cue.tokIsBare("calendar", &toks[e]) || e > f && toks[e].Lower == "and" && e+1 < len(toks) && isCap(toks[e+1].Text)) {
		e++
	}
	if e == f || x.portfolioHolder(toks, f, e) > f {
		return false // no field; "the Minister for Communications Ronan Keogh": the holder named
	}
	if e+1 < len(toks) && toks[e].Text == "," && isCap(toks[e+1].Text) && !x.cue.tokIsBare("calendar", &toks[e+1]) {
		return false // "the Minister for Cyber Security, Lena Okafor, said": the holder named
	}
	*out = mention{First: i + 1, Last: e, Text: joinTokens(toks[i+1 : e]), How: mkName, Kind: schema.KindPerson, Conf: 0.6, PersonCue: true,
		Titles: " " + toks[i+1].Lower} // "the minister said" further on takes it up
	return true
}

// governmentSpeaks reports whether description d is a government's voice (bodyVoice).
func governmentSpeaks(d mention) bool {
	return d.How == mkDesc && d.Head == "government" && d.Kind == schema.KindCountry && d.Country == "" && len(strings.Fields(d.Text)) == 3
}

// cityService reads a city's name before "police", "prosecutors" or "prosecutor's office"
// ("Tokyo prosecutors indicted …", "The Rome prosecutor's office said …", "Toronto police
// referred …"; "public" may come before the prosecutor): the force or prosecution service of that city, like "Police in Valencia", not
// the state whose capital the city is. The city is one capitalised word the gazetteer knows as a
// place or does not know at all; the service's word is in lower case, with no noun after it.
func (x *Extractor) cityService(s *sentence, i int, out *mention) bool {
	toks := s.Toks
	c := i // the city's word, after "the" ("The Rome prosecutor's office")
	if toks[i].Lower == "the" {
		c++
	} else if i > 0 && (isCap(toks[i-1].Text) || toks[i-1].Tag == "POS") {
		return false // "New York police", "the city's Tokyo police": not a city's one word
	}
	k := c + 1
	if k >= len(toks) || toks[c].Tag != "NNP" || !isCap(toks[c].Text) || x.cue.tokIs("servicemod", &toks[c]) {
		return false
	}
	if k+1 < len(toks) && toks[k].Lower == "public" && !isCap(toks[k].Text) && strings.HasPrefix(toks[k+1].Text, "prosecutor") {
		k++ // "The Hamburg public prosecutor's office said …": the city's public prosecutor
	}
	head, last := "", k+1
	switch {
	case toks[k].Text == "police":
		head = "police"
	case toks[k].Text == "prosecutors":
		head = "prosecutors"
	case toks[k].Text == "prosecutor" && k+2 < len(toks) && toks[k+1].Tag == "POS" && toks[k+2].Lower == "office":
		head, last = "prosecutors", k+3
	default:
		return false
	}
	if last < len(toks) && isNounTag(toks[last].Tag) {
		return false // "Tokyo police officers", "Rome prosecutors' office staff"
	}
	country, ok := x.placeCountry(toks[c].Text)
	if !ok {
		return false // a country's or a body's name: "Japan police" is not a city's force
	}
	*out = mention{First: i, Last: last, Text: joinTokens(toks[c:last]), How: mkDemonym, Kind: schema.KindAgency, Conf: 0.5, Country: country, Head: head}
	return true
}

// courtModReach bounds the lower-case words townCourt reads before "court" ("a Moscow city
// district court").
const courtModReach = 3

// courtTownWords bounds the capitalised words of the town townCourt reads ("a Nizhny Novgorod
// court").
const courtTownWords = 3

// townCourt reads a court described by the town it sits in, as the subject of a verb: an
// article, the town's name and lower-case modifiers before "court" ("a Sofia court", "a Moscow
// district court"), or an article, modifiers, "court" and "in" with the town ("a regional
// court in Tartu", "the district court in Parnu"; localPlace). Like "Tokyo prosecutors", it is
// a body of its own named by the phrase, not the state whose town it is nor the town. The town
// is one to three capitalised words the gazetteer knows as a place or does not know at all, so
// "a U.S. court" and "a court in Germany" stay the state's, and so does a nationality ("an
// Ostrevan court"; courtDemonym); after "in", the court needs a modifier other than "federal"
// ("a court in Dorvik" and "a federal court in Harlow" are left as they were). "court" is in
// lower case with no noun after it ("a Sofia court ruling"), and the verb comes next, after
// adverbs and one phrase "on" a day at most ("a Sofia court on Monday remanded …", as in
// benchSubject): a court that does no deed of its own ("appeared before a Riga court") is left
// to the other readers.
func (x *Extractor) townCourt(s *sentence, i int, out *mention) bool {
	toks := s.Toks
	if d := toks[i].Lower; d != "a" && d != "an" && d != "the" {
		return false
	}
	k := i + 1
	town := k
	for k < len(toks) && k-town < courtTownWords && toks[k].Tag == "NNP" && isCap(toks[k].Text) && !x.cue.tokIs("calendar", &toks[k]) {
		k++
	}
	townEnd := k
	mods := k
	for k < len(toks) && k-mods < courtModReach && !isCap(toks[k].Text) && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "NNS") && toks[k].Lower != "court" {
		k++
	}
	if k >= len(toks) || toks[k].Text != "court" || !isNounTag(toks[k].Tag) || isNounTag(nextTag(toks, k)) {
		return false
	}
	last, country, first := k+1, "", town
	if townEnd > town {
		c, ok := x.placeCountry(joinTokens(toks[town:townEnd]))
		if !ok || x.cue.tokIs("servicemod", &toks[town]) || x.courtDemonym(s, toks[town:townEnd]) {
			return false // "a U.S. court", "the Federal court", "an Ostrevan court": a state's or a name's word
		}
		country = c
	} else {
		l, c, ok := x.localPlace(toks, last)
		if !ok || k == mods || toks[mods].Lower == "federal" || s.local.named(joinTokens(toks[last+1:l])) {
			// "a federal court", "a court in Germany", "a court in Valdoria" (a state the article
			// names); a court with no modifier ("a court in Dorvik") or a federal one ("a federal
			// court in Harlow", the district court the article names) is left as it was
			return false
		}
		last, country = l, c
	}
	v := last
	if v+1 < len(toks) && toks[v].Lower == "on" && (toks[v+1].Tag == "NNP" || toks[v+1].Tag == "CD") {
		v += 2 // "a Sofia court on Monday approved …"
	}
	for v < len(toks) && toks[v].Tag == "RB" {
		v++ // "a Sofia court also approved …"
	}
	if v >= len(toks) || !isVerbTag(toks[v].Tag) || toks[v].Tag == "VBG" {
		return false // "appeared before a Riga court": no deed of its own
	}
	*out = mention{First: i, Last: last, Text: joinTokens(toks[first:last]), How: mkDemonym, Kind: schema.KindAgency, Conf: 0.5, Country: country, Head: "court"}
	return true
}

// courtDemonym reports whether the words before "court" in townCourt are a nationality, not a
// town: one word that is the demonym of a state the article names ("the Valdorian court",
// Valdoria named) or, unknown to the gazetteer, has a demonym's ending ("an Ostrevan court").
func (x *Extractor) courtDemonym(s *sentence, words []token) bool {
	if len(words) != 1 {
		return false
	}
	w := words[0]
	if _, ok := s.local.demonymOf(w.Text); ok {
		return true
	}
	if _, ok := x.gaz.Lookup(w.Text); ok {
		return false // "a Milan court": a town the gazetteer knows
	}
	l := w.Lower
	return strings.HasSuffix(l, "an") || strings.HasSuffix(l, "ese") || strings.HasSuffix(l, "ish")
}

// localPlace reads "in <Place>" at toks[k], Place a run of capitalised proper nouns that is not a
// country ("in Valencia", "in São Paulo") and no noun follows: the city or region a police force
// serves. It returns the end of the run and the country of a capital the
// gazetteer knows ("in Stockholm": Sweden), else "".
func (x *Extractor) localPlace(toks []token, k int) (int, string, bool) {
	if k+1 >= len(toks) || toks[k].Lower != "in" {
		return 0, "", false
	}
	end := k + 1
	for end < len(toks) && end-k <= 3 && toks[end].Tag == "NNP" && isCap(toks[end].Text) {
		end++
	}
	if end == k+1 || end-k > 3 || end < len(toks) && isNounTag(toks[end].Tag) {
		return 0, "", false
	}
	for j := k + 1; j < end; j++ {
		if x.cue.tokIs("calendar", &toks[j]) {
			return 0, "", false // "referred the matter to police in December": a time, no place
		}
	}
	country, ok := x.placeCountry(joinTokens(toks[k+1 : end]))
	if !ok {
		return 0, "", false // a country, an organisation
	}
	return end, country, true
}

// placeCountry reads name as the place a city's police or prosecutors serve (localPlace,
// cityService): the country of a place the gazetteer knows ("Stockholm": Sweden), "" for a name
// it does not know, and false for a country's or an organisation's name.
func (x *Extractor) placeCountry(name string) (string, bool) {
	e, ok := x.gaz.Lookup(name)
	if !ok {
		return "", true
	}
	if e.Kind != schema.KindPlace {
		return "", false
	}
	return e.Country, true
}

// accusedOf reports whether the verb at v accuses (cue list accusestem: "accused", "convicts")
// and what follows its object's "of" at j is the charge, not the rest of a name: a quoted
// phrase or a lower-case noun phrase with no determiner ("accused the bank of \"ignoring the
// alarm\"", "accused the agency of gross negligence"; not "the agency of the Ostrel region").
func (x *Extractor) accusedOf(toks []token, v, j int) bool {
	if !isVerbTag(toks[v].Tag) || !x.cue.startsWith("accusestem", toks[v].Lower) || j >= len(toks) {
		return false
	}
	t := toks[j]
	return isQuote(t.Text) || (t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "JJ") && !isCap(t.Text)
}

// ofComplementVerb reports whether t is a verb whose object an "of" phrase follows as the
// verb's own complement: "notified the regulator of the breach", "warned the ministry of the
// risk": the "of" then does not make "the regulator of …" a name. Its stems are cue list
// ofverbstem.
func (x *Extractor) ofComplementVerb(t token) bool {
	if !isVerbTag(t.Tag) {
		return false
	}
	return x.cue.startsWith("ofverbstem", t.Lower)
}

// apposition reads the common noun phrase that a name is set beside, after it ("X, a Valdorian
// software company") or before it ("its IT provider, X", "the security firm X"): its words
// up to an actor head ("company", "provider", "bank"), lower-case, each after a space, and
// the country its demonym gives.
func (x *Extractor) apposition(s *sentence, m mention) (string, string) {
	toks := s.Toks
	head := func(k int) bool {
		t := toks[k]
		_, d := x.cue.descHead[t.Lower]
		_, g := x.cue.genHead[t.Lower]
		// "Harlan Medical, a rural hospital network": a noun that names a body and a thing
		// alike says what the name is only beside it, where "the network" later takes it up
		o := x.cue.tokIs("twofoldhead", &t)
		return (d || g || o) && isNounTag(t.Tag) && !isCap(t.Text)
	}
	country := func(k int) string {
		if !isCap(toks[k].Text) {
			return ""
		}
		if c, ok := x.countryWord(toks[k].Text); ok {
			return c.Name
		}
		if c, ok := s.local.demonymOf(toks[k].Text); ok {
			return c.Name
		}
		return ""
	}
	modifier := func(k int) bool {
		t := toks[k]
		if isCap(t.Text) {
			if h := strings.IndexByte(t.Text, '-'); h > 0 && h+1 < len(t.Text) && !isCap(t.Text[h+1:]) {
				return true // "a Cyprus-registered maker", "a Berlin-based lab"
			}
			return isAllCaps(t.Text) && len(t.Text) <= 3 // "its IT provider"
		}
		// ("the card processing group": a trade's gerund before the head is a modifier too)
		// ("a hacking group", "an espionage crew": a threat group's field word, cue groupmod, when
		// the name is one the gazetteer does not know and the apposition must tell what it is)
		return t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "VBN" || t.Tag == "VBG" && (x.cue.tokIs("firmgroupmod", &t) || m.Entry == nil && x.cue.tokIs("groupmod", &t)) || t.Tag == "HYPH" || t.Tag == "JJS"
	}
	// after: ", a|an|the [demonym] [modifiers] head"
	if k := m.Last; k+2 < len(toks) && toks[k].Text == "," && (toks[k+1].Lower == "a" || toks[k+1].Lower == "an" || toks[k+1].Lower == "the") {
		words, cty := "", ""
		for j := k + 2; j < len(toks) && j <= k+7; j++ {
			if head(j) && (j+1 >= len(toks) || !isNounTag(toks[j+1].Tag) && !isPossMark(toks[j+1].Text)) {
				// (not "X, the company's general counsel": the head is the counsel)
				if j+1 < len(toks) && isVerbTag(toks[j+1].Tag) && x.cue.tokIs("reporting", &toks[j+1]) {
					return "", "" // "… caused by X, the ministry said": who says it, not what X is
				}
				return words + " " + toks[j].Lower, cty
			}
			if c := country(j); c != "" && cty == "" {
				cty = c
				continue
			}
			if j-k <= 3 && words == "" && x.placeModifier(toks, j) {
				continue // "X, a Leeds insurer", "X, a New Haven security firm": where it is, no word of its head
			}
			if !modifier(j) {
				break
			}
			words += " " + toks[j].Lower
		}
	}
	// before: "the|a|its [demonym] [modifiers] head[,] X"
	k := m.First - 1
	comma := k >= 0 && toks[k].Text == ","
	if comma {
		k--
	} else if k >= 1 && toks[k].Lower == "as" && x.cue.genHead[toks[k-1].Lower] == schema.KindGroup {
		k-- // "names the group as X", "tracks the hackers as X"
	}
	if k < 0 || !head(k) {
		return "", ""
	}
	words, cty := " "+toks[k].Lower, ""
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		switch toks[j].Lower {
		case "the", "a", "an", "its", "their", "his", "her", "our", "'s", "’s":
			return words, cty
		}
		if c := country(j); c != "" && cty == "" {
			cty = c
			continue
		}
		if !modifier(j) {
			break
		}
		words = " " + toks[j].Lower + words
	}
	if comma {
		return "", "" // "…, banks, X": a list, not an apposition
	}
	return words, cty
}

// placeModifier reports whether the token at j is a capitalised word (no acronym, no quote) that
// opens an apposition's noun phrase right after its article, or follows one such word, and is
// followed by a lower-case noun or adjective: the town or region the described thing is in ("a
// Leeds insurer", "a New Haven security firm").
func (x *Extractor) placeModifier(toks []token, j int) bool {
	if j < 1 || j+1 >= len(toks) {
		return false
	}
	t := toks[j]
	if !isCap(t.Text) || isAllCaps(t.Text) || t.Tag != "NNP" {
		return false
	}
	if p := toks[j-1]; !x.cue.tokIs("article", &p) && !(isCap(p.Text) && p.Tag == "NNP") {
		return false
	}
	n := toks[j+1]
	return !isCap(n.Text) && (n.Tag == "NN" || n.Tag == "NNS" || n.Tag == "JJ") || isCap(n.Text) && n.Tag == "NNP" && j+2 < len(toks) && !isCap(toks[j+2].Text) && isNounTag(toks[j+2].Tag)
}

// stateAgency reads "the <demonym phrase>" naming a state's own agency at i ("the Telvaran
// police", "the Dutch security forces"), and the demonym phrase after a capitalised "The" ("The
// Norwegian government").
func (x *Extractor) stateAgency(s *sentence, i int, out *mention) bool {
	toks := s.Toks
	if toks[i].Lower != "the" || i+1 >= len(toks) {
		return false
	}
	var m mention
	if !x.demonymPhrase(s, i+1, &m) {
		return false
	}
	if m.Kind == schema.KindCountry && (m.Head == "service" || m.Head == "agency") && m.Last > i+2 {
		m.First = i // "told the Czech intelligence service": the state, as without the article
		*out = m
		return true
	}
	if m.Kind != schema.KindAgency {
		// "The Norwegian government said", "The Chinese hackers used": a sentence's capitalised
		// article would open a name run that swallows the demonym; the phrase after it is read
		// as it is after a lower-case "the"
		if toks[i].Text != "The" || m.Last <= i+2 {
			return false
		}
		for k := i + 2; k < m.Last; k++ {
			if isCap(toks[k].Text) {
				return false // "The Irish Times": a name
			}
		}
		*out = m
		return true
	}
	m.First = i
	m.Text = joinTokens(toks[i+1 : m.Last])
	*out = m
	return true
}

// pronoun reads a third-person pronoun.
func (x *Extractor) pronoun(s *sentence, i int, out *mention) bool {
	switch w := s.Toks[i].Lower; w {
	case "it", "its", "they", "their", "them", "he", "his", "him", "she", "her":
		if w == "it" && expletiveIt(s.Toks, i) {
			return false
		}
		*out = mention{First: i, Last: i + 1, Text: s.Toks[i].Text, How: mkPronoun, Head: w}
		return true
	}
	return false
}

// expletiveIt reports whether the "it" at i refers to nothing: "It is not known who was behind
// the attack", "It was unclear whether", "It remains to be seen": a form of be, seem or remain
// follows, and a complement clause opens within a few words.
func expletiveIt(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Lower {
	case "is", "was", "'s", "remains", "remained", "seems", "seemed", "appears", "appeared":
	default:
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+6; k++ {
		switch toks[k].Lower {
		case "that", "who", "whether", "how", "why", "what", "when", "where", "if", "to":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// isWordToken reports whether t holds a letter or a digit: a word, not punctuation.
func isWordToken(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// localCountries are the countries an article names with a demonym derived from the name by
// the regular suffixes (-ia/-a → -ian/-an, -land → -lander, X → X-i/-ese/-ian): "Karsovia" and
// "Karsovian" in one article make Karsovia a country and "Karsovian" its demonym, although the
// gazetteer knows neither. Names the gazetteer knows are left to it.
type localCountries struct {
	country map[string]*gazetteer.Entry // the name ("Karsovia") → its entry
	demonym map[string]*gazetteer.Entry // the demonym ("Karsovian") → the country's entry
}

// demonymOf returns the country of a local demonym ("Valdorian"); lc may be nil.
func (lc *localCountries) demonymOf(w string) (*gazetteer.Entry, bool) {
	if lc == nil {
		return nil, false
	}
	e, ok := lc.demonym[w]
	return e, ok
}

// named reports whether w is a country the article names with its demonym ("Valdoria"); lc
// may be nil.
func (lc *localCountries) named(w string) bool {
	if lc == nil {
		return false
	}
	_, ok := lc.country[w]
	return ok
}

// findLocalCountries scans an article's capitalised words for demonym/name pairs.
func (x *Extractor) findLocalCountries(sents []sentence) *localCountries {
	caps := map[string]bool{}
	for _, s := range sents {
		for _, t := range s.Toks {
			if len(t.Text) >= 4 && isCap(t.Text) && !isAllCaps(t.Text) {
				caps[t.Text] = true
			}
		}
	}
	var lc *localCountries
	for w := range caps {
		var bases []string
		switch {
		case strings.HasSuffix(w, "ian"):
			bases = []string{w[:len(w)-1], w[:len(w)-3]} // Karsovian → Karsovia, Brazilian → Brazil
		case strings.HasSuffix(w, "an"):
			bases = []string{w[:len(w)-1]} // Ostrevan → Ostreva
		case strings.HasSuffix(w, "ese"):
			bases = []string{w[:len(w)-3], w[:len(w)-3] + "a"}
		case strings.HasSuffix(w, "lander"):
			bases = []string{w[:len(w)-2]} // Norlander → Norland
		case strings.HasSuffix(w, "i"):
			bases = []string{w[:len(w)-1]} // Vostani → Vostan
		}
		for _, b := range bases {
			if len(b) < 4 || !caps[b] {
				continue
			}
			if _, ok := x.countryWord(w); ok {
				break
			}
			if _, ok := x.gaz.Lookup(b); ok {
				break
			}
			if x.cue.is("title", strings.ToLower(b)) || x.cue.is("stopstart", strings.ToLower(b)) || x.cue.is("calendar", strings.ToLower(b)) {
				continue
			}
			if lc == nil {
				lc = &localCountries{country: map[string]*gazetteer.Entry{}, demonym: map[string]*gazetteer.Entry{}}
			}
			e := lc.country[b]
			if e == nil {
				e = &gazetteer.Entry{Name: b, Kind: schema.KindCountry}
				lc.country[b] = e
			}
			lc.demonym[w] = e
			break
		}
	}
	return lc
}

// isTriggerNoun reports whether w is an incident noun of the trigger lexicon ("ddos",
// "ransomware", "phishing").
func (x *Extractor) isTriggerNoun(w string) bool {
	tr, ok := x.lex.lookup(w, false)
	return ok && incidentDeed(tr.Type)
}

// relativeAntecedent returns, for a subject "it" right after "which" and before a tensed verb
// ("X, which it links to Y"), the mention "which" stands behind, alone or after a comma; -1
// otherwise. A speaking "it" ("X, which it said was …") is left to the speaker rules (binding
// it moved a held-out figure down).
func relativeAntecedent(found []mention, toks []token, j int) int {
	p := found[j]
	if j < 1 || p.Head != "it" || p.Says || p.First < 2 || p.Last >= len(toks) || !isTensedTag(toks[p.Last].Tag) {
		return -1
	}
	if toks[p.First-1].Lower != "which" {
		return -1
	}
	end := p.First - 1
	if toks[end-1].Text == "," {
		end--
	}
	if found[j-1].Last != end {
		return -1
	}
	return j - 1
}

// sentenceStop reports whether a sentence's last token carries the sentence's full stop on a
// word ("Bay."), rather than ending an abbreviation ("Inc.", "U.S.", "Corp.").
func (x *Extractor) sentenceStop(w string) bool {
	if !strings.HasSuffix(w, ".") || strings.Count(w, ".") != 1 || len(w) < 4 {
		return false
	}
	l := strings.ToLower(w)
	return !x.cue.is("orgsuffix", l) && !x.cue.is("title", l)
}

// binder returns, for the pronoun found[j] that is the object of a verb ("the FBI contacted
// it", "FBI agents had warned them") or of "to"/"with" after a verb of handing over and its
// object ("CERT Latvia shared the lists with it"), 1 + the first token of the mention just
// before the verb that is its subject (only auxiliaries, adverbs and the subject's head nouns
// in between); 0 when the pronoun is no such object or the subject is not a mention. Its
// second result says the pronoun is a "them" whose verb is joined by "and" to a verb whose
// object is a plural common noun phrase no mention names (pluralObject), or whose verb is a
// participle set off after a clause naming plural people no mention names as its object
// (pluralPeopleObject): mention.PluralObject.
// A subject "it" opening a relative clause after "which" ("Grey Wren, which it links to
// Velmora") is bound too: it cannot mean the mention the clause describes. Its third result
// says the verb is a participle set off after a clause (participleHost: "X notified Y, sharing
// the logs with them"), whose binder is the host clause's subject: mention.HostBound.
func (x *Extractor) binder(toks []token, found []mention, j int) (int, bool, bool) {
	p := found[j]
	if h := relativeAntecedent(found, toks, j); h >= 0 {
		return found[h].First + 1, false, false
	}
	if !objectPronoun[p.Head] || p.First == 0 {
		return 0, false, false
	}
	if e := p.Last; e < len(toks) && (toks[e].Tag == "VBD" || toks[e].Tag == "VBZ" || toks[e].Tag == "VBP" || toks[e].Tag == "MD" || toks[e].Tag == "RB") {
		return 0, false, false // "confirmed it was among the victims": the subject of a clause with no "that"
	}
	v := p.First - 1
	if w := toks[v].Lower; w == "to" || w == "with" {
		// "shared the lists with it": back over the object to a verb of handing over
		for v--; v > 0 && p.First-v <= 10 && (!isVerbTag(toks[v].Tag) || pluralReadAsVerb(toks, v)); v-- {
			if t := toks[v].Tag; t != "DT" && t != "JJ" && t != "NN" && t != "NNS" && t != "NNP" && t != "CD" && t != "PRP$" && t != "IN" && !pluralReadAsVerb(toks, v) {
				return 0, false, false
			}
		}
		if !x.cue.tokIs("handover", &toks[v]) {
			return 0, false, false
		}
	}
	if t := toks[v].Tag; t != "VBD" && t != "VBZ" && t != "VBP" && t != "VB" && t != "VBN" && t != "VBG" || isBeHave(toks[v].Lower) {
		return 0, false, false
	}
	plural := false
	if h := participleHost(toks, v); h >= 0 {
		// "Canada expelled three diplomats, accusing them of …": the participle's own doer is the
		// host clause's subject, which its object cannot mean; a "them" stands for the host's
		// plural object when no mention names that
		plural = p.Head == "them" && x.pluralPeopleObject(toks, found, h, v-1)
		return hostSubject(toks, found, j, h), plural, true
	}
	if v >= 2 && toks[v-1].Lower == "and" {
		// "The ministry began notifying staff on Tuesday and advised them": the verb shares
		// the subject of the finite verb it is coordinated with
		for k := v - 2; k > 0 && v-k <= 20; k-- {
			t := toks[k]
			if complementBreak(t) || x.cue.tokIs("clausebreak", &t) {
				break
			}
			if t.Tag == "VBG" && toks[v].Tag == "VBG" {
				// "…, stealing documents and leaking them": the -ing form it is coordinated with
				plural = p.Head == "them" && pluralObject(toks, found, k)
				break
			}
			if isTensedTag(t.Tag) {
				v = complementHost(toks, k)
				plural = p.Head == "them" && pluralObject(toks, found, v)
				break
			}
		}
	}
	b := j - 1
	for b > 0 && found[b].Last > v {
		b-- // a name inside the object: "shared lists of Kestrel addresses with it"
	}
	if a := apposedSubject(toks, found, b, v); a >= 0 && !determinerPronoun(toks, p.Last) {
		return found[a].First + 1, plural, false // "Dorsk's cyber agency, the Orvale Security Office, alerted it": nor either of the pair
	}
	s := found[b]
	if s.Last > v || s.Possessive || s.PrepObj {
		return 0, plural, false
	}
	for k := s.Last; k < v; k++ {
		switch toks[k].Tag {
		case "RB", "MD", "VBD", "VBZ", "VBP", "VBN", "NN", "NNS":
		default:
			return 0, plural, false // "…, stealing documents and leaking them": no subject named, the thing still
		}
	}
	if b > 0 && found[b-1].OwnsNext && found[b-1].Possessive && found[b-1].How != mkPronoun {
		return found[b-1].First + 1, plural, false // "Norway's security authority alerted it": nor the subject's possessor
	}
	return s.First + 1, plural, false
}

// determinerPronoun reports whether the word at e, right after a pronoun that may also be a
// possessive ("her"), opens the noun phrase that pronoun determines ("said her agency had …"):
// an adjective, a number or a noun.
func determinerPronoun(toks []token, e int) bool {
	return e < len(toks) && (toks[e].Tag == "JJ" || toks[e].Tag == "CD" || isNounTag(toks[e].Tag))
}

// apposedSubjectReach bounds the words of the second member of a subject pair apposedSubject reads
// between its two commas.
const apposedSubjectReach = 10

// apposedSubject returns, for the verb at v right after a comma that closes the second member
// of a subject pair set in apposition ("Dorsk's cyber agency, the Orvale Security Office,
// alerted it", "Halvard, a Brenmoor unit, notified it"), the index in found of the mention that
// opens the pair's first member: the subject's first word, a name or the owner of a
// description ("Dorsk's"), which opens its clause (only a determiner after the sentence's start
// or a comma). found[b] is the last mention before v. The words between the two commas hold no
// finite verb, quotation mark, conjunction or relative word, so that a clause or list set off
// there is none, and those of the first member after its mention are the words of a
// description ("'s cyber agency"); -1 otherwise.
func apposedSubject(toks []token, found []mention, b, v int) int {
	if b < 1 || v < 3 || toks[v-1].Text != "," || found[b].Last >= v {
		return -1
	}
	open := -1
	for k := v - 2; k > 0 && v-k <= apposedSubjectReach; k-- {
		t := toks[k]
		if t.Text == "," {
			open = k
			break
		}
		if isVerbTag(t.Tag) && t.Tag != "VBN" || isQuote(t.Text) || t.Tag == "CC" || t.Tag == "WDT" || t.Tag == "WP" {
			return -1
		}
	}
	if open < 0 {
		return -1
	}
	a := b
	for a >= 0 && (found[a].Last > open || found[a].First >= open) {
		a--
	}
	if a < 0 || found[a].PrepObj {
		return -1
	}
	for k := found[a].Last; k < open; k++ {
		if t := toks[k].Tag; !isPossMark(toks[k].Text) && t != "POS" && t != "JJ" && !isNounTag(t) {
			return -1
		}
	}
	k := found[a].First - 1
	for k >= 0 && toks[k].Tag == "DT" {
		k--
	}
	if k >= 0 && toks[k].Text != "," {
		return -1
	}
	return a
}

// hostReach bounds how many words participleHost reads back from the comma before the
// participle for the finite verb of the clause it hangs on.
const hostReach = 20

// participleHost returns, for the -ing form at v set off by a comma after a clause ("imposed
// sanctions on two firms, accusing them of …"), that clause's finite verb: the nearest one
// before the comma with no quotation mark, semicolon or relative word between. -1 otherwise.
func participleHost(toks []token, v int) int {
	if v < 2 || toks[v].Tag != "VBG" || toks[v-1].Text != "," {
		return -1
	}
	for k := v - 2; k >= 0 && v-k <= hostReach; k-- {
		t := toks[k]
		if isQuote(t.Text) || t.Text == ";" || t.Tag == "WDT" || t.Tag == "WP" {
			return -1
		}
		if isTensedTag(t.Tag) {
			return k
		}
	}
	return -1
}

// hostSubjectGap bounds the words (a time phrase: "on Tuesday") hostSubject lets stand between
// the host clause's subject and its verb.
const hostSubjectGap = 4

// hostSubject returns 1 + the first token of the mention before the pronoun found[j] that is the
// subject of the finite verb at h: the nearest one ending before h, no verb or comma between and
// at most hostSubjectGap words; 0 when there is none.
func hostSubject(toks []token, found []mention, j, h int) int {
	b := j - 1
	for b >= 0 && found[b].Last > h {
		b--
	}
	if b < 0 || found[b].Possessive || found[b].PrepObj || h-found[b].Last > hostSubjectGap {
		return 0
	}
	for k := found[b].Last; k < h; k++ {
		if t := toks[k]; isVerbTag(t.Tag) && !isTensedTag(t.Tag) || t.Text == "," {
			return 0
		}
	}
	return found[b].First + 1
}

// pluralPeopleObject reports whether the clause of the finite verb at v, up to the comma at
// end, names no one after the verb but a plural common noun that is no deed or measure of its
// own ("expelled three diplomats", "sent an advisory to all hospital owners in the region"; not
// "imposed sanctions on a firm"): a "them" after the comma stands for those people.
func (x *Extractor) pluralPeopleObject(toks []token, found []mention, v, end int) bool {
	for _, m := range found {
		if m.First > v && m.First < end {
			return false
		}
	}
	for k := v + 1; k < end; k++ {
		if toks[k].Tag == "NNS" && !(k+1 < end && isNounTag(toks[k+1].Tag)) {
			if _, trig := x.tokTrigger(&toks[k], false); !trig {
				return true
			}
		}
	}
	return false
}

// clientOwner returns, for the pronoun found[j], 1 + the first token of the possessive mention
// that owns a lawyer noun (cue lawyernoun: "his lawyer", "Brandl's attorney") before it in its
// sentence, when a possessive pronoun and "client" stand between that lawyer and the pronoun
// ("…, said her client regretted his conduct"): the client is the one whose lawyer speaks. 0
// otherwise.
func (x *Extractor) clientOwner(toks []token, found []mention, j int) int {
	p := found[j]
	if !personPronoun(p.Head) {
		return 0
	}
	client := false
	for k := p.First - 1; k >= 1; k-- {
		if toks[k].Lower == "client" && toks[k-1].Tag == "PRP$" {
			client = true
			continue
		}
		if !client || !x.cue.tokIs("lawyernoun", &toks[k]) {
			continue
		}
		for b := j - 1; b >= 0; b-- {
			if (found[b].Last == k || found[b].Last == k-1 && isPossMark(toks[k-1].Text)) && found[b].Possessive {
				return found[b].First + 1
			}
		}
		return 0
	}
	return 0
}

// spokesOwner returns, for the personal subject pronoun found[j] opening the clause a "said"
// reports (Reported), 1 + the first token of the body an unnamed spokesperson says it for,
// when that spokesperson is the one saying ("a spokesman for X said he was not aware …", "an X
// spokeswoman said on Monday that she …", "X's spokesman said he …"): the pronoun is the
// spokesperson, who stands for X, not the last person named before; 0 otherwise.
func (x *Extractor) spokesOwner(toks []token, found []mention, j int) int {
	p := found[j]
	if !p.Reported || p.Head != "he" && p.Head != "she" {
		return 0
	}
	v := -1 // the "said" that reports the pronoun's clause
	for k := p.First - 1; k >= 0 && p.First-k <= sayingReach+1; k-- {
		if saysWord(toks[k].Lower) {
			v = k
			break
		}
	}
	if v < 2 {
		return 0
	}
	for b := j - 1; b >= 0; b-- {
		m := found[b]
		if m.Last > v {
			continue
		}
		f := m.First // where the phrase opens: at its possessor ("for China's Foreign Ministry")
		if b > 0 && found[b-1].Possessive && found[b-1].How == mkName && found[b-1].Last+1 == m.First {
			f = found[b-1].First
		}
		switch {
		case m.Last == v && f >= 2 && toks[f-1].Lower == "for" && x.cue.tokIs("spokesrole", &toks[f-2]):
			// "a spokesman for X said"
		case m.Last == v && f >= 3 && toks[f-1].Lower == "the" && toks[f-2].Lower == "for" && x.cue.tokIs("spokesrole", &toks[f-3]):
			// "a spokesman for the X said"
		case m.Last == v-1 && x.cue.tokIs("spokesrole", &toks[v-1]):
			// "an X spokesman said", "X's spokeswoman said"
		case m.Last == v-1 && m.Possessive && x.cue.tokIs("spokesrole", &toks[v-1]):
		default:
			return 0
		}
		if m.How == mkPronoun || m.Kind == schema.KindPerson {
			return 0
		}
		return m.First + 1
	}
	return 0
}

// complementHost returns, for the finite verb at k found first going back from a verb
// coordinated after "and", the finite verb whose "that" clause holds k, if any, else k: in
// "X warned local councils that the fraud was among the threats they faced and urged them" the
// verb joined to "urged" is "warned", not "faced" inside what X warned of.
func complementHost(toks []token, k int) int {
	for c := k - 1; c > 0 && k-c <= complementReach; c-- {
		t := toks[c]
		if t.Lower == "that" { // a "that" the tagger reads as relative too ("warned councils that fraud was …")
			for h := c - 1; h > 0 && c-h <= complementHostReach; h-- {
				u := toks[h]
				if complementBreak(u) || u.Tag == "IN" {
					return k
				}
				if isTensedTag(u.Tag) {
					return h
				}
			}
			return k
		}
		if complementBreak(t) {
			return k
		}
	}
	return k
}

// complementHost looks back at most complementReach words from the verb for the "that", and
// at most complementHostReach words from the "that" for the verb whose clause it opens.
const (
	complementReach     = 15
	complementHostReach = 8
)

// complementBreak reports whether token t ends complementHost's look back: a comma, a quotation
// mark, "and", or a relative pronoun opens another clause.
func complementBreak(t token) bool {
	return t.Text == "," || isQuote(t.Text) || t.Lower == "and" || t.Tag == "WDT" || t.Tag == "WP"
}

// pluralObject reports whether the verb at v takes for its object a plural common noun phrase no
// mention names ("warned other public utilities that …", "notified staff"): a "them" of a verb
// joined to it by "and" stands for those, not for an actor named before.
func pluralObject(toks []token, found []mention, v int) bool {
	for k := v + 1; k < len(toks) && k-v <= pluralObjectReach; k++ {
		switch t := toks[k].Tag; {
		case t == "DT" || t == "JJ" || t == "CD" || t == "NN" || t == "VBN":
			continue
		case t == "NNS":
			if k+1 < len(toks) && isNounTag(toks[k+1].Tag) {
				continue
			}
			if k+1 < len(toks) && toks[k+1].Lower == "of" {
				return false // "copied hundreds of files and handed them": a count of what it names
			}
			for _, m := range found {
				if m.First > v && m.First <= k {
					return false
				}
			}
			return true
		}
		return false
	}
	return false
}

// toldPlural reports whether the pronoun found[j] is a plural one inside the "that" clause of
// a verb of warning whose object is a plural common noun phrase no mention names: "warned
// hospitals and clinics that they faced …", "notified about 90 firms since May that intruders
// had been inside their networks". Those told are who the clause speaks of, not the teller
// nor another actor named before. The phrase may open with a bound on its count ("more than
// 80 companies", "about 20 utilities"; sumBound). An object that is itself a pronoun
// ("notifying them that their …") is left to its own antecedent.
func (x *Extractor) toldPlural(toks []token, found []mention, j int) bool {
	p := found[j]
	if p.Head != "they" && p.Head != "their" && p.Head != "them" {
		return false
	}
	c := p.First - 1
	for ; c > 0 && p.First-c <= complementReach; c-- {
		if toks[c].Lower == "that" {
			break
		}
		if t := toks[c]; complementBreak(t) || t.Text == ";" {
			return false
		}
	}
	if c <= 0 || toks[c].Lower != "that" {
		return false
	}
	v := c - 1
	for ; v >= 0 && c-v <= thatVerbReach; v-- {
		if t := toks[v]; t.Text == "," || isQuote(t.Text) || t.Tag == "WDT" || t.Tag == "WP" {
			return false
		}
		if isVerbTag(toks[v].Tag) {
			break
		}
	}
	if v < 0 || !isVerbTag(toks[v].Tag) || !x.tellingVerb(toks[v]) {
		return false
	}
	for k := v + 1; k < c; k++ {
		switch t := toks[k].Tag; {
		case t == "DT" || t == "PDT" || t == "JJ" || t == "CD" || t == "RB" || t == "NN" || x.sumBound(toks, k):
			continue // "roughly 200", "more than 80", "about 90"
		case t == "NNS":
			for _, m := range found {
				if m.First > v && m.First <= k {
					return false // "warned Kestrel customers that …": a body named in the object
				}
			}
			return true
		}
		return false
	}
	return false
}

// thatVerbReach bounds how far before the "that" toldPlural looks for the verb of warning.
const thatVerbReach = 12

// pluralObjectReach bounds how far after its verb pluralObject's plural noun may stand.
const pluralObjectReach = 4

// techTerm reports whether the word of t (lower-cased) is a technical term (cue techterm: "vpn",
// "dns"), or hyphenated parts of which one is such a term and the others are terms or
// lower-case words ("dns-over-https", "sms-based"): a protocol or a device, no name.
func (x *Extractor) techTerm(t *token) bool {
	if x.cue.tokIs("techterm", t) {
		return true
	}
	if !strings.Contains(t.Lower, "-") {
		return false // one part
	}
	parts := strings.Split(t.Lower, "-")
	term := false
	for _, p := range parts {
		switch {
		case x.cue.is("techterm", p):
			term = true
		case strings.ToUpper(p) == p:
			return false // a number or an empty part
		}
	}
	return term
}

// capsHeading reports whether a sentence is a section heading written in capitals ("SECURITY
// FIRM POINTS TO MOSCOW"): three or more words, every letter upper-case, no closing stop.
func capsHeading(toks []token) bool {
	words := 0
	for _, t := range toks {
		letters := false
		for _, r := range t.Text {
			if unicode.IsLetter(r) {
				if !unicode.IsUpper(r) {
					return false
				}
				letters = true
			}
		}
		if letters {
			words++
		}
	}
	if n := len(toks); n > 0 && (toks[n-1].Text == "." || toks[n-1].Text == "?" || toks[n-1].Text == "!") {
		return false
	}
	return words >= 3
}

// legalText lists the last words of the names of laws, treaties and official registers
// ("Security of Information Act", "the Entity List"): no actor.
var legalText = map[string]bool{"act": true, "law": true, "code": true, "directive": true, "regulation": true,
	"convention": true, "treaty": true, "agreement": true, "charter": true, "bill": true, "list": true}

// pastTrackNamer steps back from k, the word before "as" in a vendor's naming ("tracked as X"),
// over the verb of tracking and the vendor that tracks ("which Orvane Labs tracks as X", "are
// tracked by Orvane Labs as X", with the passive's "be"): the index of the word before them, or
// -1 when a capitalised word before "as" follows no "tracked by".
func (x *Extractor) pastTrackNamer(toks []token, k int) int {
	if isCap(toks[k].Text) {
		// "tracked by Orvane Labs as X": past the namer's name and its "by"
		k = capRunStart(toks, k) - 1
		if k < 1 || toks[k].Lower != "by" || !x.cue.tokIs("trackverb", &toks[k-1]) {
			return -1
		}
		k--
		if k >= 1 && isBeHave(toks[k-1].Lower) {
			k-- // "the operators behind it are tracked by X as Y": the subject
		}
	}
	k--
	if k >= 0 && isCap(toks[k].Text) && toks[k].Tag == "NNP" && k+1 < len(toks) && x.cue.tokIs("trackverb", &toks[k+1]) {
		k = capRunStart(toks, k) - 1 // "which Orvane Labs tracks as X": past the namer
	}
	return k
}

// capRunStart returns the first index of the capitalised run of proper nouns ending at k ("Orvane
// Labs" in "which Orvane Labs tracks"), at most four words back.
func capRunStart(toks []token, k int) int {
	for n := 0; n < 3 && k > 0 && isCap(toks[k-1].Text) && toks[k-1].Tag == "NNP"; n++ {
		k--
	}
	return k
}

// frontedAddressee reports whether the name starting at token first is the one a message or a
// disclosure opening the sentence is addressed to: a preposition first, up to four modifiers,
// a noun of cue message or disclosure, "to" and an optional determiner ("In an ad hoc statement
// to X", "In a letter to X"); or any document with a participle of sending (cue filedform)
// before "to" or "with" ("In a Form 8-K filed with X").
func (x *Extractor) frontedAddressee(toks []token, first int) bool {
	p := first - 1
	if p >= 0 && toks[p].Tag == "DT" {
		p--
	}
	if p < 2 || toks[p].Lower != "to" && toks[p].Lower != "with" {
		return false
	}
	n := p - 1
	filed := x.cue.tokIs("filedform", &toks[n]) && toks[n].Tag == "VBN"
	if filed {
		n-- // "In a Form 8-K filed with X", "In a letter sent to X": the document's own participle
	} else if toks[p].Lower != "to" || !x.cue.tokIs("disclosure", &toks[n]) && !x.cue.tokIs("message", &toks[n]) {
		return false
	}
	k := n - 1
	for k > 0 && n-k <= 4 && (filed || !isCap(toks[k].Text)) && toks[k].Tag != "IN" && toks[k].Text != "," {
		k-- // "an ad hoc", "a regulatory", "a stock exchange"; "a Form 8-K"
	}
	return toks[k].Tag == "IN" && (k == 0 || k == 1 && toks[0].Tag == "CC")
}

// ownerPrep holds the prepositions that hang a name on the noun before it, so that a ", which"
// after the name may be about that noun ("the home of Jo Vance, which", "a suit filed by X,
// which").
var ownerPrep = map[string]bool{"by": true, "of": true, "with": true, "for": true}

// sharedHeads maps the plural of a body's head noun that coordinated modifiers share to the
// singular that ends each body's name ("the State and Treasury departments").
var sharedHeads = map[string]string{"departments": "Department", "ministries": "Ministry", "agencies": "Agency", "offices": "Office"}

// sharedHead reads, from the capitalised word at i, modifiers joined by commas and a closing
// "and" or "or" before a lower-case plural head they share ("the State and Treasury
// departments", "the Justice, Commerce and State departments"): one name per modifier, the
// modifier and the head's singular ("State Department"), spanning the modifier's words (the
// last one the head too), appended to out. Every name so formed must be one the gazetteer
// knows, else out is returned as it was: "the Sales and Marketing departments" of a firm name
// no body of their own.
func (x *Extractor) sharedHead(toks []token, i int, out []mention) []mention {
	const maxWords = 3 // words of one modifier: "Homeland Security"
	var buf [4][2]int  // asked at every capitalised word: the spans of a usual list stay on the stack
	spans := buf[:0]
	closed := false
	k := i
	for k < len(toks) {
		e := k
		for e < len(toks) && e-k < maxWords && isCap(toks[e].Text) && toks[e].Tag == "NNP" {
			e++
		}
		if e == k {
			return out
		}
		spans = append(spans, [2]int{k, e})
		if e >= len(toks) {
			return out
		}
		if closed {
			k = e
			break
		}
		switch w := toks[e].Lower; {
		case w == "and" || w == "or":
			closed = true
			k = e + 1
		case w == "," && e+1 < len(toks) && (toks[e+1].Lower == "and" || toks[e+1].Lower == "or"):
			closed = true
			k = e + 2
		case w == ",":
			k = e + 1
		default:
			return out
		}
	}
	if !closed || k >= len(toks) || len(spans) < 2 {
		return out
	}
	head, ok := sharedHeads[toks[k].Text]
	if !ok {
		return out
	}
	had := len(out)
	for n, sp := range spans {
		text := joinTokens(toks[sp[0]:sp[1]]) + " " + head
		e, known := x.gaz.Lookup(text)
		if !known || e.Kind != schema.KindAgency {
			return out[:had]
		}
		m := mention{First: sp[0], Last: sp[1], Text: text, How: mkName, Entry: e, Kind: e.Kind, Conf: 0.9, Country: e.Country, SharedHead: true}
		if n == len(spans)-1 {
			m.Last, m.SharedHead = k+1, false
		}
		out = append(out, m)
	}
	return out
}

// accusedBefore returns, for the possessive pronoun found[j] ("its", "their"), 1 + the token
// after a verb of accusing (cue accuseobj) whose object, a mention of its sentence, ends at a
// "for" or "of" that opens the phrase the pronoun stands in, a short time phrase between at most
// (timePhraseEnd): "blamed Marrowind for the attack on its servers", "accused a group called Vexa
// of stealing their data", "accused X on Monday of hacking its parliament". Only a determiner,
// adjectives, nouns and "called" or "named" come between the verb and the accused, and no
// comma, quotation mark, "and" or relative pronoun between the "for" and the pronoun; each
// stretch spans at most accusedReach tokens. 0 when there is none.
func (x *Extractor) accusedBefore(toks []token, found []mention, j int) int {
	p := found[j]
	if p.How != mkPronoun || p.Head != "its" && p.Head != "their" {
		return 0
	}
	for k := j - 1; k >= 0; k-- {
		a := found[k]
		if a.Last >= p.First || p.First-a.Last > accusedReach {
			break
		}
		if a.How == mkPronoun || a.Last >= len(toks) {
			continue
		}
		at := a.Last
		if e := x.timePhraseEnd(toks, at, 1, true); e > at && e < p.First {
			at = e // "accused X on Monday of hacking its parliament", "blamed X last week for …"
		}
		if w := toks[at].Lower; w != "for" && w != "of" {
			continue
		}
		broken := false
		for _, t := range toks[at+1 : p.First] {
			if complementBreak(t) {
				broken = true
				break
			}
		}
		if broken {
			return 0
		}
		for v := a.First - 1; v >= 0 && a.First-v <= accusedReach; v-- {
			if x.cue.tokIs("accuseobj", &toks[v]) && isVerbTag(toks[v].Tag) {
				return v + 2
			}
			if t := toks[v]; t.Tag != "DT" && t.Tag != "JJ" && !isNounTag(t.Tag) && t.Lower != "called" && t.Lower != "named" {
				break
			}
		}
	}
	return 0
}

// toldThenSubject reports whether the capitalised run toks[i:end], which opens with a name
// the gazetteer knows, stands right after a form of "tell" (past an article: "told the BBC")
// and before a tensed verb or modal: "told Reuters Grey Lantern breached the exchange", "tells
// The Associated Press Ironveil Lab was behind it". News style drops the "that" of a clause
// told to a hearer, so the run is two names: the hearer the verb takes, then the subject of
// the clause told.
func (x *Extractor) toldThenSubject(toks []token, i, end int) bool {
	p := i - 1
	if p >= 0 && toks[p].Lower == "the" {
		p--
	}
	if p < 0 || end >= len(toks) || !isTensedTag(toks[end].Tag) && toks[end].Tag != "MD" {
		return false
	}
	tr, ok := x.tokTrigger(&toks[p], true)
	return ok && tr.Lemma == "tell" && isVerbTag(toks[p].Tag)
}

// saysOfItself reports whether the clause a verb of saying reports, from k on, has "it" or
// "they" for its subject, before a verb of a deed (actsAt): "Grey Lantern said it had stolen
// the files", "X said on Monday that it was investigating", "X said in a statement they had
// …"; not "it" before a copula ("Drew Halsey said it was a serious incident"). A speaker
// telling of itself as "it" or "they" is a body or a group, not one person (who is "he" or
// "she"), so "said" gives no cue of a person then. A short phrase of time or occasion and
// "that" may stand between the verb and the pronoun. A verb of finding out ("said it
// discovered the intrusion on 29 July") is left as it was read: the finding of a body that
// tells of it is dropped for the telling (toldFinding), and its day would then pass to the
// deed found.
func (x *Extractor) saysOfItself(toks []token, k int) bool {
	for n := 0; k < len(toks) && n < 5; k, n = k+1, n+1 {
		switch t := toks[k]; {
		case t.Lower == "it" || t.Lower == "they":
			return actsAt(toks, k+1) && !x.findsAt(toks, k+1)
		case t.Lower == "that" || t.Tag == "IN" || t.Tag == "DT" || t.Tag == "NNP" || t.Tag == "NN" || t.Tag == "CD":
			continue // "on Monday", "in a statement", "that"
		default:
			return false
		}
	}
	return false
}

// actsAt reports whether a finite verb at k, perhaps after adverbs ("also", "not"), tells of
// something its subject does or undergoes: a lexical verb ("it notified", "it had stolen", "it
// will restore"), a form of "be" before a participle ("it was investigating", "it had been
// breached") or a word of involvement ("it was not responsible"), not a copula before its
// complement ("it was a serious incident", "it had been a long week"), whose "it" is no one.
func actsAt(toks []token, k int) bool {
	for k < len(toks) && toks[k].Tag == "RB" {
		k++
	}
	if !finiteAt(toks, k) {
		return false
	}
	aux := false
	for k < len(toks) && (isAuxWord(toks[k].Lower) || toks[k].Lower == "be" || toks[k].Tag == "MD" || aux && toks[k].Tag == "RB") {
		aux = true
		k++ // "had been", "was not", "will also be"
	}
	return !aux || k < len(toks) && (toks[k].Tag == "VBG" || toks[k].Tag == "VBN" || toks[k].Tag == "VB" || involvement[toks[k].Lower])
}

// involvement holds the complements of "be" that tell of a party's part in a deed ("it was
// not responsible", "it was behind the attack", "they were not involved"): their subject is
// someone, never the "it" of a copula.
var involvement = map[string]bool{"responsible": true, "behind": true, "involved": true, "aware": true, "unaware": true}

// isAuxWord reports whether w is a form of "be" or "have", which a participle may follow.
func isAuxWord(w string) bool {
	switch w {
	case "is", "was", "are", "were", "'s", "been", "has", "had", "have":
		return true
	}
	return false
}

// findsAt reports whether the verb at k, perhaps after adverbs and auxiliaries, is a verb of
// finding out (discovery: "it discovered", "it had first detected").
func (x *Extractor) findsAt(toks []token, k int) bool {
	for k < len(toks) && (toks[k].Tag == "RB" || isAuxWord(toks[k].Lower)) {
		k++
	}
	if k >= len(toks) {
		return false
	}
	tr, ok := x.tokTrigger(&toks[k], true)
	return ok && discovery[tr.Lemma]
}

// descBinder returns, for the definite description found[j] that is the direct object of the
// verb right before it, 1 + the first token of that verb's subject, a mention of the clause
// before the verb ("Copper Moth breached the company in March", "Grey Lantern has attacked
// the exchange"), or 0. A doer is not its own object: the description means someone else,
// named before or not at all. Only auxiliaries and adverbs may stand between subject and verb,
// and a verb of being or having ("X is the company's …") binds nothing. A verb joined by "and"
// to a finite verb before it shares that verb's subject ("The AIVD found the intrusion in
// January and informed the company"; andJoinedVerb).
func (x *Extractor) descBinder(toks []token, found []mention, j int) int {
	d := found[j]
	v := d.First - 1
	if v < 1 || toks[d.First].Lower != "the" || isBeHave(toks[v].Lower) {
		return 0
	}
	if t := toks[v].Tag; t != "VBD" && t != "VBZ" && t != "VBP" && t != "VBN" {
		return 0
	}
	b := j - 1
	if h := x.andJoinedVerb(toks, v); h >= 0 {
		v = h
		for b > 0 && found[b].Last > v {
			b--
		}
	}
	s := found[b]
	if s.Last > v || s.Possessive || s.PrepObj || s.Sent != d.Sent {
		return 0
	}
	for k := s.Last; k < v; k++ {
		switch toks[k].Tag {
		case "RB", "MD", "VBD", "VBZ", "VBP":
		default:
			return 0
		}
	}
	return s.First + 1
}

// andJoinedVerb returns, for the verb at v right after "and", the finite verb before it that
// it is joined to, with no clause break between ("found the intrusion in January and informed
// …"), or -1.
func (x *Extractor) andJoinedVerb(toks []token, v int) int {
	if v < 2 || toks[v-1].Lower != "and" {
		return -1
	}
	for k := v - 2; k > 0 && v-k <= 20; k-- {
		t := toks[k]
		if complementBreak(t) || x.cue.tokIs("clausebreak", &t) || t.Text == "," || t.Tag == "WDT" || t.Tag == "WP" {
			return -1
		}
		if isTensedTag(t.Tag) {
			return k
		}
	}
	return -1
}

// speaksOfItself reports whether the verb of speaking at v reports a clause whose subject is
// "it" or "they" (saysOfItself): right after "said", "says", "added" or "wrote", and after
// "told" only past a news outlet told ("told Reuters it had stolen the files"), which the
// pronoun never means; after another hearer ("told the bank it had been breached") "it" may
// be the one told.
func (x *Extractor) speaksOfItself(toks []token, v int) bool {
	switch toks[v].Lower {
	case "said", "says", "added", "wrote":
		return x.saysOfItself(toks, v+1)
	case "told":
		if e := x.outletEnd(toks, v+1); e > 0 {
			return x.saysOfItself(toks, e)
		}
	}
	return false
}

// outletEnd returns the index after a news outlet the gazetteer knows named at k ("Reuters",
// "the BBC", "The Associated Press"), or -1.
func (x *Extractor) outletEnd(toks []token, k int) int {
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	e := k
	for e < len(toks) && isCap(toks[e].Text) {
		e++
	}
	for ; e > k; e-- {
		if en, ok := x.gaz.Lookup(joinTokens(toks[k:e])); ok && en.Class == "media" {
			return e
		}
	}
	return -1
}

// adjectiveNamed reports whether the two capitalised words toks[i:end] opening a sentence are
// one name whose first word the tagger reads as an adjective ("Silent Kettle breached …",
// "Quiet Falcon has targeted …", "Anonymous Sudan claimed …"): the run is the subject of the
// finite verb right after it or is set beside an indefinite description ("Silent Kettle, a
// ransomware gang, said …"), and the adjective is no demonym, no compound and no word the
// article writes in lower case. A threat group's or a firm's coined name often opens with an
// adjective; an adjective only modifying a noun would leave that noun in lower case ("Foreign
// hackers breached …").
func (x *Extractor) adjectiveNamed(s *sentence, i, end int) bool {
	toks := s.Toks
	t := toks[i]
	apposed := end+1 < len(toks) && toks[end].Text == "," && (toks[end+1].Lower == "a" || toks[end+1].Lower == "an")
	if end != i+2 || t.Tag != "JJ" || strings.Contains(t.Text, "-") || !isWordToken(t.Text) || s.writesLower(&t) || !finiteAt(toks, end) && !apposed {
		return false
	}
	if _, ok := x.countryWord(t.Text); ok {
		return false
	}
	if _, ok := x.gaz.Demonym(t.Text); ok {
		return false
	}
	n := toks[i+1]
	return isCap(n.Text) && !isAllCaps(n.Text) && !x.cue.tokIsBare("calendar", &n) && !weekdays[n.Lower]
}

// reportedPronoun reads the words before a subject pronoun m: whether it opens the clause a
// "said" or "says" reports, right after the verb or after a "that" up to sayingReach words
// after it ("said it had notified", "said on Monday that it had notified"); and whether it
// opens a "that" clause coordinated by "and" or "but" with an earlier one ("…, and that it
// has since informed").
func reportedPronoun(toks []token, m mention) (reported, andThat bool) {
	f := m.First
	if m.How != mkPronoun || m.Possessive || !subjectPronoun(m.Head) || f < 1 {
		return false, false
	}
	if saysWord(toks[f-1].Lower) {
		return true, false
	}
	if toks[f-1].Lower != "that" || f < 2 {
		return false, false
	}
	if c := toks[f-2].Lower; c == "and" || c == "but" {
		return false, true
	}
	for k := f - 2; k >= 0 && f-k <= sayingReach; k-- {
		if saysWord(toks[k].Lower) {
			return true, false
		}
		if isVerbTag(toks[k].Tag) || toks[k].Text == "," {
			break
		}
	}
	return false, false
}

// sayingReach bounds how far back from a clause's "that" reportedPronoun looks for the "said"
// that reports it, past a time phrase ("said on Monday that").
const sayingReach = 6
