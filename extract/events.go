package extract

import (
	"sort"
	"strings"

	"github.com/intelgraph/intelgraph/schema"
)

// rawEvent is an event found in one sentence, before merging.
type rawEvent struct {
	Sent     int
	Trigger  int // token index of the trigger in the sentence
	Type     schema.EventType
	Lemma    string
	Agent    []int // entity indices
	Target   []int
	Source   []int
	Conf     float64
	Negated  bool
	Modality string
	TimeIdx  int      // index into the article's time expressions, -1 for none
	TimeText string   // the words that dated the event, when not those of the time expression
	SaidThen bool     // a saying dated by "at the time" before the 'that' it reports: merged as an undated one
	Told     bool     // a statement made to Target (an interview, a statement sent to a newspaper)
	Informs  [][2]int // who told whom besides Agent → Target: a request the event answers (requester, answerer)
	Anon     bool     // the sentence rests it on unnamed sources
	Definite bool     // a definite noun phrase names it ("the attack on X"): perhaps a deed told before
	Further  bool     // "also" stands before it in its clause ("X also carried out a bombing"): another deed
	Record   bool     // it stands in a clause telling a name's record (recordClause: "X, a gang that has hit hospitals"): a deed before the story's own
	Series   bool     // a bare plural names it ("had claimed attacks on banks in March"): a run of deeds
	Carried  bool     // an accusation a report carries by a participle ("published an analysis tying the theft to X")
	Crowd    bool     // a warning told to hearers the text only describes ("warned staff"): no named hearer fills it
	Filed    bool     // a statement made in a filing the sentence names anew ("In an updated filing in December, X said …")
	Issued   bool     // a statement made in a disclosure the sentence names anew ("X said in a statement that …", "In a notice, X said …")
	WentOn   bool     // a telling given the day of the occasion before (goesOn): the next sentence's own day may still date it (reachesBack)
	Listed   bool     // a deed told by its victim's place in a list of victims (victimList): the list's verb in the present dates none
	Copied   bool     // a theft told only by a doer's copying of data (doerCopied): no theft unless whose data it is is found
	OwnCopy  bool     // a Copied theft whose doer is only an opening pronoun standing for no group or person (pronounCopier): no theft unless the pronoun is settled on an incident's doer
	Fronted  int      // 1 + whom a statement says the one it speaks of is a front for or works for (principalSaid): an accusation of that one once a day dates it (datedPrincipals); 0 for none
}

// asserted reports whether the event is told as having happened: neither negated nor told
// with a modality (Modality). Most rules that date or join events read only such events.
func (ev *rawEvent) asserted() bool {
	return !ev.Negated && ev.Modality == ""
}

// sentCtx is what event rules need to know about one sentence.
type sentCtx struct {
	quoted []bool // token index → inside a quotation
	s      *sentence
	ms     []mention // the sentence's mentions, in order
	at     []int     // token index → index into ms, or -1
	clause []int     // token index → clause number
	// nameless are the sentence's deeds in the passive that name no one ("a man was
	// arrested"): not events, but their times may date the next sentence's deeds
	nameless []rawEvent
	ents     []entity // the article's entities
	gen      *sentCtx // the sentence with descriptive actors among its mentions, or nil
	// countries maps a country's gazetteer name to the article's entity for it; nil means
	// look it up among ents
	countries map[string]int
	all       []mention // the article's mentions
	// timeAt holds the token indexes at which the sentence's times begin, in order; nil when
	// the caller tagged none
	timeAt []int
}

// newSentCtx builds the context the rules read sentence s in: its named mentions (from all,
// the article's mentions, of which own indexes those of s in order), for each token the mention
// it lies in, its clause and whether it is quoted, and, when the sentence has descriptive
// mentions ("the company"), a second context (gen) that sees them too.
func (x *Extractor) newSentCtx(s *sentence, all []mention, own []int, ents []entity) *sentCtx {
	perTok := make([]int, 2*len(s.Toks)) // at and clause in one allocation
	c := &sentCtx{s: s, ents: ents, at: perTok[:len(s.Toks):len(s.Toks)], clause: perTok[len(s.Toks):], all: all}
	for i := range c.at {
		c.at[i] = -1
	}
	named, generic := 0, 0 // the sentence's mentions of each sort
	first, last := -1, -1  // the indexes in all of its first and last named mentions
	for _, k := range own {
		if all[k].How == mkGeneric {
			generic++
			continue
		}
		if first < 0 {
			first = k
		}
		last, named = k, named+1
	}
	c.ms = namedMentions(all, own, first, last, named)
	if generic > 0 {
		// the same sentence with its descriptive actors visible, for roles no name fills
		g := &sentCtx{s: s, ents: ents, at: make([]int, len(s.Toks))}
		g.ms = append(make([]mention, 0, named+generic), c.ms...)
		for _, k := range own {
			if all[k].How == mkGeneric {
				g.ms = append(g.ms, all[k])
			}
		}
		sort.SliceStable(g.ms, func(p, q int) bool { return g.ms[p].First < g.ms[q].First })
		for i := range g.at {
			g.at[i] = -1
		}
		for _, descPass := range [2]bool{false, true} {
			// a described group spanning a name is read whole ("notified about 40 U.S.
			// companies"): its tokens are the group's, set after the names'
			for k, m := range g.ms {
				if (m.How == mkGeneric) == descPass {
					for t := m.First; t < m.Last; t++ {
						g.at[t] = k
					}
				}
			}
		}
		c.gen = g
		defer func() { g.quoted, g.clause = c.quoted, c.clause }()
	}
	for k, m := range c.ms {
		for t := m.First; t < m.Last; t++ {
			c.at[t] = k
		}
	}
	c.quoted, _ = quotation(s.Toks, 0)
	cl := 0
	for i, t := range s.Toks {
		if x.cue.tokIs("clausebreak", &t) {
			cl++
		}
		if i > 0 && s.Toks[i-1].Text == "," && x.cue.tokIs("clauseconj", &t) {
			cl++
		} else if t.Lower == "that" && t.Tag == "IN" && !x.thatDeterminer(s.Toks, i) && !thatPronoun(s.Toks, i) {
			cl++
		}
		c.clause[i] = cl
	}
	return c
}

// namedMentions returns the named (not generic) mentions among own, indexes into all in order,
// of which there are n, the first at first and the last at last: all's own run of them when they
// lie side by side, as they mostly do (the rules only read them, and the run's capacity ends
// with it), else a copy; nil when there are none.
func namedMentions(all []mention, own []int, first, last, n int) []mention {
	switch {
	case n == 0:
		return nil
	case last-first+1 == n:
		return all[first : last+1 : last+1]
	}
	out := make([]mention, 0, n)
	for _, k := range own {
		if all[k].How != mkGeneric {
			out = append(out, all[k])
		}
	}
	return out
}

// mentionsBySent indexes the mentions ms by sentence, for n sentences: the k-th list holds
// the indexes of sentence k's mentions in the order of ms. The lists share one array.
func mentionsBySent(ms []mention, n int) [][]int {
	count := make([]int, n+1)
	for k := range ms {
		if s := ms[k].Sent; s >= 0 && s < n {
			count[s+1]++
		}
	}
	for s := 1; s <= n; s++ {
		count[s] += count[s-1] // count[s] is now where sentence s's list starts
	}
	idx := make([]int, count[n])
	next := append([]int(nil), count[:n]...)
	for k := range ms {
		if s := ms[k].Sent; s >= 0 && s < n {
			idx[next[s]] = k
			next[s]++
		}
	}
	by := make([][]int, n)
	for s := range by {
		by[s] = idx[count[s]:count[s+1]:count[s+1]]
	}
	return by
}

// quotedAt reports whether the token that starts at or spans the text offset off stands inside
// a quotation.
func (c *sentCtx) quotedAt(off int) bool {
	for i, t := range c.s.Toks {
		if t.End > off {
			return i < len(c.quoted) && c.quoted[i]
		}
	}
	return false
}

// wordAhead returns the index of the first token after i, at most reach tokens on and in i's
// clause, whose lower-case form is w ("listed Y on", "added Y to"); -1 when there is none.
func (c *sentCtx) wordAhead(i int, w string, reach int) int {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= reach && c.clause[j] == c.clause[i]; j++ {
		if toks[j].Lower == w {
			return j
		}
	}
	return -1
}

// entityOf returns the entity of sentence mention k, or -1.
func (c *sentCtx) entityOf(k int) int {
	if k < 0 || k >= len(c.ms) {
		return -1
	}
	return c.ms[k].Entity
}

// events finds the events of one sentence.
func (x *Extractor) events(c *sentCtx) []rawEvent {
	var out []rawEvent
	var ev rawEvent // what the readers that write into a pointer read, reused from token to token
	toks := c.s.Toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if c.at[i] >= 0 && c.ms[c.at[i]].How == mkName {
			continue // part of a name: "Cyber Command"
		}
		if x.flawState(c, i, &ev) {
			out = append(out, ev)
			continue
		}
		if t.Lower == "inside" || t.Lower == "within" {
			if ev, ok := x.insideNetwork(c, i); ok {
				out = append(out, ev)
			} else {
				x.entryDeed(c, i) // "the hackers had been inside the network since April"
			}
			continue
		}
		x.entryDeed(c, i) // "the intruders first got in during July"
		x.lossDeed(c, i)  // "the exchange lost $30 million in bitcoin on Oct. 27"
		verb := isVerbTag(t.Tag) || x.verbReadAsAdjective(c, i)
		noun := isNounTag(t.Tag)
		if !verb && t.Tag == "JJ" && isNounTag(nextTag(toks, i)) {
			// a trigger noun read as an adjective before another noun: "a ransom demand"
			if tr, ok := x.tokTrigger(&t, false); ok && incident(tr.Type) {
				noun = true
			}
		}
		if !verb && !noun && t.Tag == "JJ" && strings.Contains(t.Lower, "-") && i > 0 && toks[i-1].Tag == "DT" {
			// a hyphenated trigger noun the tagger reads as an adjective: "the break-in came on May 3"
			_, noun = x.tokTrigger(&t, false)
		}
		if !verb && !noun {
			continue
		}
		if noun {
			if x.accessGained(c, i, &ev) {
				out = append(out, ev)
				continue
			}
		}
		if noun || verb && x.cue.tokIs("addressverb", &t) {
			if x.messageTo(c, i, &ev) {
				x.modality(c, i, &ev)
				out = append(out, ev)
				continue
			}
		}
		if verb {
			if ev, ok := x.cueVerbDeed(c, i, &t); ok {
				x.modality(c, i, &ev)
				out = append(out, ev)
				continue
			}
		}
		spyTo := -1 // the "to" before a foreign spy given information: "passed engineering drawings to an officer of China's MSS"
		if verb {
			if spyTo = x.handedToSpy(c, i); spyTo < 0 && t.Tag != "VBG" {
				spyTo = x.copiedForSpy(c, i)
			}
		}
		spied := spyTo >= 0
		if verb && !spied && x.cue.tokIs("handover", &t) {
			if ev, ok := x.handedOver(c, i); ok {
				x.modality(c, i, &ev)
				out = append(out, ev)
				continue
			}
			if ev, ok := x.handedPassive(c, i); ok {
				x.modality(c, i, &ev)
				out = append(out, ev)
				continue
			}
		}
		if verb {
			ev, ok := x.addedToList(c, i) // "added Kestrel Systems and its chief to its sanctions list"
			if !ok {
				ev, ok = x.declaredUnwelcome(c, i) // "declared two diplomats persona non grata"
			}
			if !ok {
				ev, ok = x.refusedEntry(c, i) // "refused visas to two nationals"
			}
			if !ok {
				ev, ok = x.listedOnSite(c, i) // "Hollow Tide listed Harrow Bank on its leak site"
			}
			if ok {
				x.modality(c, i, &ev)
				out = append(out, ev)
				continue
			}
		}
		if verb {
			if list := x.victimList(c, i); len(list) > 0 {
				// "its victims include A, B and C", "Among those targeted were A and B"
				out = append(out, list...)
				continue
			}
		}
		if verb && x.cue.tokIs("breakforms", &t) && x.brokeStory(c, i) {
			// "the Times, which first broke the story": a newspaper reports
			ev := rawEvent{Type: schema.EventReport, Lemma: "report", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.7}
			ev.Agent = ents(x.subject(c, i))
			if ev.Agent != nil {
				x.modality(c, i, &ev)
				out = append(out, ev)
			}
			continue
		}
		if tr, ok := x.phrasal(toks, i); ok && verb {
			// "hackers broke into the ministry's network", "gunmen opened fire on the crowd",
			// "the court struck down the law", "police took down the marketplace"
			ev := x.fillGeneric(c, c.gen, i, tr, true, x.verbEvent(c, i, tr))
			if x.oneSided(&tr, &ev) {
				continue // "the site was taken down", "took down two networks of fake accounts": a measure needs both sides named
			}
			if ev.Type != "" {
				ev.Sent, ev.Trigger, ev.Lemma, ev.TimeIdx = c.s.Index, i, tr.Lemma, -1
				// "made off with files": carrying off is a theft only when whose goods they were
				// is found, as copying is (rawEvent.Copied); people only described ("made off with
				// data belonging to 2 million customers") are whose data it was, not whom it was
				// taken from. A gerund, as a copying's is, tells how a deed told before went
				// ("spent a year breaking into port operators, making off with manifests"): none.
				ev.Copied = ev.Type == schema.EventTheft
				if ev.Copied && t.Tag == "VBG" {
					continue
				}
				if ev.Copied && c.describedOnly(ev.Target) {
					ev.Target = nil
				}
				x.modality(c, i, &ev)
				out = append(out, ev)
			}
			continue
		}
		if x.orderedOut(c, i, &ev) {
			out = append(out, ev)
			continue
		}
		tr, ok := x.tokTrigger(&t, verb)
		if ok && verb && x.heldByOrder(toks, i) {
			ok = false // "was ordered detained": the order's complement, the remand custodyOrder reads
		}
		if ok && verb && gerundNoun(toks, i) {
			verb, noun = false, true // "APT28's targeting of …", "the hacking of …": a noun
		}
		copied := false // a theft told only by a doer's copying (doerCopied)
		if !ok && !spied && verb {
			// "copied about 1.3 terabytes of data from X", "had copied a payroll database":
			// taking a quantity of data, or another's data, is a theft
			taken := t.Tag != "VBG" && copyForms[t.Lower] && (x.dataAmount(toks, i+1) || x.copiedData(c, i))
			if taken || (copyForms[t.Lower] || copyGerunds[t.Lower]) && x.doerCopied(c, i) {
				tr, ok = trigger{Type: schema.EventTheft, Lemma: "steal", Verb: true}, true
				copied = !taken
			}
		}
		if !ok && verb && x.intoCustody(toks, i) {
			// "X was taken into custody", "police took X into custody", "X was placed under
			// arrest": an arrest
			tr, ok = trigger{Type: schema.EventLegal, Lemma: "arrest", Verb: true}, true
		}
		if !ok && verb && creditTaken(toks, i) {
			// "took credit for the attack", "has taken responsibility for the breach": a claim
			// of the deed, as "claimed responsibility for" is
			tr, ok = trigger{Type: schema.EventStatement, Lemma: "claim", Verb: true}, true
		}
		if !ok && verb && x.wroteSaying(toks, i) {
			// "wrote in a blog post on March 3 that …", "wrote that the flaw …": writing what one
			// says is saying it
			tr, ok = trigger{Type: schema.EventStatement, Lemma: "write", Verb: true}, true
		}
		if !ok && verb && x.custodyOrder(toks, i) {
			// "the judge ordered him held without bail", "was ordered detained pending trial",
			// "ordered X to remain in custody": a court keeping a defendant held, a remand
			tr, ok = trigger{Type: schema.EventLegal, Lemma: "remand", Verb: true}, true
		}
		if verb && (!ok || tr.Type == schema.EventDenial) && x.courtRuling(c, i) {
			// "the Supreme Court rejected his appeal", "an appeals court upheld the request":
			// a court ruling on what a party put to it takes a legal step, no denial
			tr, ok = trigger{Type: schema.EventLegal, Lemma: "rule", Verb: true}, true
		}
		if x.cue.tokIs("disclose", &t) && (x.secretThing(c, i, noun) || verb && t.Tag != "VBG" && x.dataAmount(toks, i+1) && x.amountOwner(c, i) >= 0) {
			// "published 700 gigabytes of patient data", "the release of classified material";
			// a quantity of data put out that names whose it is ("posted roughly 40 gigabytes of
			// what it said were X files")
			tr, ok = trigger{Type: schema.EventLeak, Lemma: "leak", Verb: verb}, true
		}
		if verb && (!ok || tr.Type != schema.EventLeak) && x.cue.tokIs("disclose", &t) && x.groupPublishes(c, i) {
			// "the gang published the data a month later": what a hacking group puts out is leaked
			tr, ok = trigger{Type: schema.EventLeak, Lemma: "leak", Verb: verb}, true
		}
		if !ok && verb && x.cue.tokIs("postverb", &t) && x.postedData(c, i) {
			// "began posting files belonging to X", "posted scanned images of the memos", "the
			// data were posted to its leak site": data put up online is leaked
			tr, ok = trigger{Type: schema.EventLeak, Lemma: "leak", Verb: true}, true
		}
		if !ok && verb && x.cue.tokIs("appearverb", &t) && x.surfacedData(c, i) {
			// "the files appeared on X's leak site", "memos from X surfaced on a Telegram
			// channel": data turning up online are leaked, as data posted there are
			tr, ok = trigger{Type: schema.EventLeak, Lemma: "leak", Verb: true}, true
		}
		if !ok && verb && x.readMessages(c, i) {
			// "had read the email of at least 40 senior officials": spying on what they write
			tr, ok = trigger{Type: schema.EventEspionage, Lemma: "spy", Verb: true}, true
		}
		if !ok && spied {
			// "handed drawings to an officer of China's Ministry of State Security": spying for
			// the state the receiver serves
			tr, ok = trigger{Type: schema.EventEspionage, Lemma: "spy", Verb: true}, true
		}
		handed := -1
		if !ok && verb {
			if handed = x.handedSecret(c, i); handed >= 0 {
				// "passed classified documents to a journalist", "copied secret files and handed them to X"
				tr, ok = trigger{Type: schema.EventLeak, Lemma: "leak", Verb: true}, true
			}
		}
		if ok && (noun || t.Tag == "VBG") && (i+1 < len(toks) && x.cue.tokIs("artifact", &toks[i+1]) || x.cue.is("artifact", compoundHead(toks, i))) {
			continue // a noun modifying a thing, not an event: "leak site", "hacking tools", "a ransomware attack drill"
		}
		if ok && tr.Type == schema.EventWarning && x.sourceBriefed(toks, i) {
			continue // "two people briefed on the matter said": who the source is, no telling
		}
		if ok && tr.Type == schema.EventIntrusion && x.brokenObligation(toks, i) {
			continue // "a breach of contract", "breached its duty of care": an obligation broken, no system entered
		}
		if !ok && noun && t.Lower == "case" && x.openedBefore(toks, i) {
			// "opened a criminal case into two residents": a legal step like an investigation,
			// which needs its suspects named unless it is into a deed (openedInquiry)
			tr, ok = trigger{Type: schema.EventLegal, Lemma: "investigation"}, true
		}
		if !ok && noun && x.cue.tokIs("issuedwork", &t) && x.issuedBy(toks, i) {
			// "according to findings released on Thursday by X", "research published by X": a
			// finder's work made public, a report as "a report published by X" is
			tr, ok = trigger{Type: schema.EventReport, Lemma: "report"}, true
		}
		if !ok && noun && x.criminalCharges(toks, i) {
			// "brought charges against X", "X faces charges of fraud", "denies three
			// charges": the charges a court or prosecutor lays
			tr, ok = trigger{Type: schema.EventLegal, Lemma: "charge"}, true
		}
		if !ok && noun && x.arrestWarrant(c, i) {
			// "issued an arrest warrant for X", "a warrant for the arrest of X", "arrest warrants
			// have been issued for X": a legal step against the one to be arrested
			tr, ok = trigger{Type: schema.EventLegal, Lemma: "warrant"}, true
		}
		if !ok && noun && x.courtSuit(toks, i) {
			// "filed a civil suit against her", "filed suit against X": a lawsuit
			tr, ok = trigger{Type: schema.EventLegal, Lemma: "lawsuit"}, true
		}
		if !ok && noun {
			// the tagger sometimes reads an inflected verb ("stole", "warned") as a noun
			if vt, vok := x.tokTrigger(&t, true); vok && vt.Lemma != t.Lower && !strings.HasSuffix(t.Lower, "ing") && !strings.HasSuffix(t.Lower, "s") {
				if (vt.Type == schema.EventTheft || vt.Type == schema.EventLeak) && articleBefore(toks, i) {
					continue // "followed the stolen/NN ether": goods of a theft told before, no theft of their own
				}
				tr, ok, verb = vt, true, true
			} else if vok && gerundNoun(toks, i) {
				tr, ok = vt, true
			} else {
				continue
			}
		}
		if !ok {
			if ev, ok := x.ransomPaid(c, i); ok {
				out = append(out, ev)
				continue
			}

			if ev, ok := x.specialVerb(c, i); ok && !x.personUrges(c, i, ev) && !x.unreal(c, i) {
				// "asked X to …", "let X know"; not "would ask the EU to discuss it" (unreal, as for
				// the lexicon's triggers)
				out = append(out, ev)
			}
			continue
		}
		if verb && x.adjectival(c, i) {
			continue
		}
		if verb && tr.Type == schema.EventTheft && x.gainsAccess(c, i) {
			continue // "had obtained access through a VPN appliance": an intrusion (accessGained), not a theft
		}
		if x.cue.trigIs("flawgated", &tr) && !x.flawFound(c, i, "flawnoun") {
			continue // "found a flaw", not "found that …"
		}
		if x.cue.trigIs("fixgated", &tr) && !x.flawFound(c, i, "fixnoun") {
			continue // "released an update", not "released from prison"
		}
		if !verb && (tr.Lemma == "sentence" || tr.Lemma == "fine") && !x.sentenceGiven(c, i) {
			continue // "imposed the sentence on X", "imposed a fine on X"; not "charges that carry maximum sentences"
		}
		if !verb && tr.Type == schema.EventLegal && goesOn(toks, i) {
			continue // "the investigation into the ring is continuing": a step begun before, still under way
		}
		if !verb && tr.Lemma == "penalty" && ceilingPenalty(toks, i) {
			continue // "the charges carry maximum penalties of 20 years": what the law allows, none imposed
		}
		if tr.Lemma == "seize" && verb && seizedOn(toks, i) {
			continue // "critics seized on the testimony": took up an argument, nothing confiscated
		}
		if verb && tr.Type == schema.EventStatement && gappedSaying(toks, i) {
			continue // "two firms it said had supplied the unit", "who the Treasury said ran": said of the noun a relative clause describes, no statement told
		}
		if tr.Lemma == "summon" && !envoySummoned(toks, i) {
			continue // "summoned Russia's ambassador", "the envoy was summoned"; not "summoned the courage"
		}
		if tr.Lemma == "monitor" && x.watchedMatter(toks, i) {
			continue // "was closely monitoring the situation", "monitor for unusual traffic": watching a matter, no one spied on
		}
		if tr.Lemma == "probe" && !x.probedNetwork(toks, i) {
			continue // "probed the contractor's systems"; not "police probed the breach", "a probe into the attack"
		}
		if tr.Lemma == "follow" && !followedWith(toks, i) {
			continue // "followed with fixes on Jan. 9", not "followed the update guidance"
		}
		if verb && x.cue.trigIs("datagated", &tr) {
			if !x.passiveAux(c, i) && !x.flawFound(c, i, "secretdoc") && !x.flawFound(c, i, "secretmod") {
				continue // "exposed customer data", "exposing 220,000 patients' names", "records were exposed"; not "exposed a broader question"
			}
			if x.vulnerableExposed(toks, i) {
				continue // "councils are especially exposed when staff are stretched", "had been exposed to identity fraud": open to harm, nothing laid open
			}
		}
		if tr.Lemma == "contact" && (!verb || x.passiveAux(c, i) || !actorNext(c, i+1) || i > 0 && (toks[i-1].Lower == "to" || toks[i-1].Tag == "MD")) && !x.contactedBy(c, i) {
			continue // "agents contacted it in May", "was contacted by the FBI" tell; "did not respond when contacted", "customers should contact the bank" do not
		}
		if tr.Lemma == "hold" && !x.heldResponsible(toks, i) {
			continue // "held X responsible for the attack", "X was held accountable"; not "held talks", "held in custody"
		}
		if (tr.Lemma == "name" || tr.Lemma == "suspect") && !x.culpritNamed(c, i, tr.Lemma) {
			continue // "named X as the culprit", "suspected X of stealing"; not "named a new chief", "suspected hackers"
		}
		if tr.Lemma == "assess" && x.assessedDoer(c, i) < 0 {
			continue // "assessed with high confidence that Y ran the operation"; not "assessed the damage"
		}
		if tr.Lemma == "pin" && !x.pinnedDeed(toks, i) {
			continue // "pinned the hack on X", "the breach was pinned on X"; not "pinned hopes on talks", "pinned down"
		}
		if x.cue.trigIs("doergated", &tr) && (!x.doerBefore(c, i) || tr.Lemma == "knock" && !c.knockedOut(i)) {
			if verb && isDeed(tr.Type) && x.passiveAux(c, i) {
				x.namelessDeed(c, i, tr) // "its systems were disrupted early on Tuesday": the harm of the deed told
			}
			continue // "a ransomware attack crippled X" (the incident's own event), "the ability to disrupt", "knocked on doors": no doer harms
		}
		if tr.Lemma == "flood" && !x.floodedWith(c, i) {
			continue // "flooded the sites with junk traffic"; not "flooded the market with cheap goods"
		}
		if x.cue.trigIs("armedgated", &tr) && (verb && !x.armedDeed(c, i, tr.Lemma) || !verb && tr.Lemma != "strike") {
			continue // the noun "a strike" is a trigger of its own
		}
		if verb && tr.Type == schema.EventAttack && x.measureSubject(c, i) {
			continue // "the new sanctions target X", "its sanctions regime, which has targeted …": a measure aimed at X, not an attack
		}
		if tr.Lemma == "shoot" && verb && x.shotDownWeapon(toks, i) {
			continue // "air defences shot down 41 drones", "two missiles were shot down": an interception, no attack
		}
		if tr.Lemma == "hit" && verb && x.hitLevel(toks, i) {
			continue // "shares hit a record low", "prices hit a two-month high": a level reached, no blow
		}
		if tr.Lemma == "hit" && verb {
			if mt, ok := x.hitWithMeasure(toks, i); ok {
				tr.Type = mt // "was hit with a class-action lawsuit", "the EU hit Ruvia with new sanctions": a measure, no attack
			}
		}
		if tr.Lemma == "dismiss" && verb && x.dismissedPerson(c, i) {
			continue // "dismissed the analyst", "who had been dismissed by the service": fired, no denial
		}
		if tr.Lemma == "deny" && verb && x.deniedGrant(c, i) {
			continue // "denied him bail", "was denied entry": withheld, no denial
		}
		if tr.Lemma == "plead" && !x.pleaded(c, i) {
			continue // "pleaded guilty", not "pleaded for help"
		}
		if tr.Lemma == "admit" && verb && admittedCharges(toks, i) {
			tr.Type, tr.Lemma = schema.EventLegal, "plead" // "admitted two counts of fraud": a plea of guilty
		}
		if !verb && x.oftenNoun(c, i) {
			continue // "indictments of foreign hackers rarely lead to trials": such deeds as a rule, none told
		}
		if bareGerundSubject(toks, i) {
			continue // "evidence that hacking back changes the behaviour of …": the practice in general
		}
		if isDeed(tr.Type) && x.feared(c, i) || tr.Type != schema.EventStatement && tr.Type != schema.EventDenial && openQuestion(toks, i) {
			// "raised concerns that faster operations could hit servers", "declined to say whether X
			// had stolen …", "declined to comment on whether it had opened a case": feared or asked
			// about, not done
			continue
		}
		if !verb && isDeed(tr.Type) && investigatedIncident(toks, i) && !x.datedModifier(toks, i) {
			continue // "is investigating the intrusion", "notified the regulator of the breach": the deed told before, under inquiry or notice
		}
		if !verb && tr.Lemma == "arrest" && x.warrantedArrest(toks, i) {
			continue // "a warrant for the arrest of X": the warrant is the step told, the arrest only sought
		}
		if !verb && tr.Type == schema.EventLegal && ownedAnchor(toks, i) {
			continue // "about seven weeks after Ashworth's arrest": the arrest told before, a point in time
		}
		if isDeed(tr.Type) && x.kindOf(toks, i) {
			continue // "firmly opposes all forms of cyberattacks", "the common types of attacks": a kind of deed, none told
		}
		if !verb && isDeed(tr.Type) && x.tracesOf(toks, i) {
			continue // "found no evidence of compromise", "published indicators of compromise": traces denied, or of a kind of deed, none told
		}
		if isDeed(tr.Type) && x.openTo(toks, i) {
			// "its servers were exposed to attack" (the tagger may read "to attack" as a verb),
			// "left the network open to intrusion": a weakness, no deed
			continue
		}
		if !verb && isDeed(tr.Type) && earlierKind(toks, i) {
			continue // "recalls an earlier breach", "tools used in earlier attacks": other deeds, none told
		}
		if !verb && !isDeed(tr.Type) && suchKind(toks, i) {
			continue // "dismissing such accusations as a smear", "any such warning": a kind of act, not one
		}
		if !verb && isDeed(tr.Type) && suchKind(toks, i) && modalGoverned(toks, i) {
			continue // "exchanges can blunt such attacks": a kind of deed in advice, none told
		}
		if isDeed(tr.Type) && possibleUse(toks, i) {
			continue // "the emails could have been used for blackmail", "were not used to attack": a use that may be, or was not
		}
		if isDeed(tr.Type) && (x.deniedDoing(toks, i) || x.deniedThat(toks, i) || x.deniedCharge(toks, i)) {
			continue // "has repeatedly denied carrying out cyberattacks", "rejected any suggestion that its network was breached": the deed denied is not told (the denial is)
		}
		if verb && tr.Type == schema.EventLegal && x.deniedThat(toks, i) {
			continue // "denied that any of its members had been arrested": the step denied is not told
		}
		if verb && negatedPresent(toks, i) || (!verb || toks[i].Tag == "VBG") && x.negatedPractice(toks, i) {
			continue // "the department does not prosecute journalists": a practice denied, no deed
		}
		if verb && tr.Type != schema.EventDenial && (repeatedly(toks, i) || (tr.Type == schema.EventWarning || tr.Type == schema.EventAccusation) && x.yearsLong(toks, i)) {
			continue // "officials have repeatedly warned that …": a series told in sum, no one event ("has repeatedly denied" is a standing denial)
		}
		if verb && x.scheduledTo(toks, i) {
			continue // "the committee is expected to publish its findings"
		}
		if (tr.Lemma == "seize" || tr.Lemma == "seizure") && seizedPower(toks, i) {
			continue // "the junta, which seized power in 2021": a coup, no seizure of goods
		}
		if tr.Lemma == "report" && verb && reportedForDuty(toks, i) {
			continue // "was ordered to report to prison"
		}
		if tr.Lemma == "report" && verb && x.reportedFigures(toks, i, func(w string) bool { _, ok := x.lex.lookup(w, false); return ok }) {
			continue // "which reported revenue of $1.1 billion last year": accounts, no finding
		}
		if tr.Lemma == "report" && noun && x.soughtDocument(toks, i) {
			continue // "had received the company's report", "seeking a detailed incident report": a document had or asked for, no finding made known
		}
		if tr.Lemma == "say" && verb && x.hedgeSay(c, i) {
			continue // "security specialists say …", "what it says are stolen records"
		}
		if tr.Lemma == "claim" && verb && x.claimedVictims(c, i) {
			continue // "has claimed more than 120 victims": a toll, not a statement
		}
		if verb && (tr.Type == schema.EventStatement || tr.Type == schema.EventReport || tr.Type == schema.EventDenial) && x.refusedTo(c, i) {
			continue // "the ministry declined to comment"
		}
		if verb && tr.Type == schema.EventStatement && x.idleStatement(c, i) {
			continue // "said it was cooperating fully with the police", "said enquiries were ongoing": nothing told of the matter
		}
		if verb && (isDeed(tr.Type) && tr.Type != schema.EventAttack || tr.Type == schema.EventReport) && threatenedDeed(toks, i) {
			continue // "threatened to publish the data", "threatened to publish a second batch": a threat, not a leak or a report (CASIE counts threatened attacks)
		}
		if !verb && inBreachOf(toks, i) {
			continue // "did not tell the regulator, in breach of its contract": a broken rule, no intrusion
		}
		if verb && tr.Lemma == "obtain" && (sourcedMaterial(toks, i) || x.obtainedPaper(toks, i)) {
			continue // "according to documents they obtained": the reporter's source; "obtained a warrant": a court's leave; no theft
		}
		if verb && isDeed(tr.Type) && x.meansOfDeed(c, i) {
			continue // "drained $95 million from X by compromising its servers": how the deed was done, not another
		}
		if verb && tr.Type != schema.EventOther && x.proposedGerund(c, i) {
			continue // "recommend publishing a summary": proposed, not done ("recommend patching" stays)
		}
		if verb && x.noneSuffered(c, i) {
			continue // "said no classified data had been stolen"
		}
		if notFirstTime(toks, i) {
			continue // "it is not the first time the group has hit the region"
		}
		if !verb && intrusionSet(toks, i+1) {
			continue // "the intrusion set, which X tracks as Y": a name for a group, no intrusion
		}
		var ev rawEvent
		if verb {
			ev = x.verbEvent(c, i, tr)
		} else {
			ev = x.nounEvent(c, i, tr)
		}
		ev = x.fillGeneric(c, c.gen, i, tr, verb, ev)
		ev.Copied = copied && ev.Type == schema.EventTheft
		ev.OwnCopy = ev.Copied && x.pronounCopier(c, i)
		if tr.Lemma == "plead" && verb && x.pleadedTo(c, i) {
			ev.Target = nil // "pleaded guilty to stealing secrets from X": X is the deed's victim, not the plea's
		}
		if !verb && ev.Type == schema.EventLegal && i+1 < len(toks) && toks[i+1].Tag == "VBG" {
			if vt, vok := x.tokTrigger(&toks[i+1], true); vok && vt.Type == schema.EventLegal {
				// "unsealed an indictment charging four men with a campaign against American
				// banks": one step, whose patient is the participle's object
				ev.Target = ents(x.object(c, i+1, false))
			}
		}
		if !verb && ev.Type == schema.EventLegal && i+2 < len(toks) && (toks[i+1].Lower == "request" || toks[i+1].Lower == "requests") && toks[i+2].Lower == "to" {
			// "sent a formal extradition request to Manila": the state asked is a party to the step
			if r := x.nextMention(c, i+3, 3); r >= 0 && !contains(ev.Agent, r) && !contains(ev.Target, r) {
				ev.Target = append(ev.Target, r)
			}
		}
		if ev.Type == schema.EventLegal && len(ev.Target) == 1 && x.employerOnly(c, i, ev.Target[0], true) && (len(ev.Agent) == 0 || !x.corpsOnly(c, i, ev.Target[0])) {
			ev.Target = nil // "a former contractor for the NSA was arrested": the contractor, not the NSA
		}
		if ev.Type == schema.EventLegal && len(ev.Agent) == 1 && x.employerOnly(c, i, ev.Agent[0], false) {
			ev.Agent = nil
		}
		if len(ev.Agent) == 1 && x.formerEmployer(c, i, ev.Agent[0]) {
			ev.Agent = nil // "A former engineer at X reported the company to Y": the engineer, not X
		}
		if x.oneSided(&tr, &ev) {
			continue // "dismantling what investigators described as a ring": both sides named, or none
		}
		if tr.Lemma == "summon" {
			// the envoy stands for the state that sent it ("summoned Russia's ambassador")
			kept := ev.Target[:0]
			for _, e := range ev.Target {
				if e >= 0 && e < len(c.ents) && c.ents[e].Kind == schema.KindCountry {
					kept = append(kept, e)
				}
			}
			ev.Target = kept
			if len(kept) == 0 {
				continue // "summoned the ambassador": no state named
			}
			ev.Told = x.protestDelivered(toks, i) // "summoned X's ambassador to lodge a protest" tells
		}
		if x.cue.trigIs("stategated", &tr) && !c.stateWatches(ev) {
			continue // "Israeli spies observed the hackers", not "researchers observed the malware"
		}
		if ev.Type == "" && verb && (tr.Type == schema.EventLegal && x.passiveAux(c, i) || isDeed(tr.Type)) {
			// "a man was arrested on Tuesday": no one named, but its time may go on to the
			// next sentence's deed that names him; "its systems were disrupted early on
			// Tuesday": its day may date the deed told before (dayMention)
			x.namelessDeed(c, i, tr)
		}
		if !verb && tr.Lemma == "inquiry" && !x.openedBefore(toks, i) {
			continue // "called for an inquiry into X", "a committee of inquiry": none opened
		}
		if ev.Type == "" || x.cue.trigIs("needsuspect", &tr) && len(ev.Target) == 0 && !(verb && len(ev.Agent) > 0 && x.incidentObject(c, i)) && !(!verb && len(ev.Agent) > 0 && x.openedInquiry(c, i)) {
			continue // "said they were investigating", "hired a firm to investigate": no one under investigation
		}
		if spied && tr.Type == schema.EventEspionage && !spyServed(c, spyTo, &ev) {
			continue // "accused him of handing details to Russian intelligence": no victim named
		}
		if r := x.nextMention(c, handed+1, 3); handed >= 0 && r >= 0 && !contains(ev.Target, r) && !contains(ev.Agent, r) {
			ev.Target = append(ev.Target, r) // "handed them to X": X receives what leaks
		}
		ev.Sent, ev.Trigger, ev.Lemma, ev.TimeIdx = c.s.Index, i, tr.Lemma, -1
		ev.Definite = !verb && definiteNP(toks, i)
		ev.Further = alsoBefore(c, i)
		ev.Record = isDeed(ev.Type) && recordClause(toks, i)
		ev.Series = !verb && barePlural(toks, i)
		x.modality(c, i, &ev)
		if verb && ev.Negated && ev.Type == schema.EventStatement && x.cue.tokIs("admitverb", &toks[i]) {
			ev.Type, ev.Negated = schema.EventDenial, false // "has never acknowledged running the schemes": a standing denial
		}
		if verb && ev.Modality == "hypothetical" && incidentDeed(tr.Type) && x.oftenDone(c, i) {
			continue // "state hackers frequently leak stolen emails": what happens as a rule, no deed told
		}
		if verb && ev.Negated && ev.Type == schema.EventReport && madeKnown(tr.Lemma) {
			continue // "a payment it did not disclose", "has not revealed how much it lost": nothing made known
		}
		if verb && ev.Negated && isDeed(tr.Type) && x.anyObject(c, i) {
			continue // "the gang has not encrypted any systems", "never gave anything to anyone": the deed befell nothing
		}
		if verb && x.conditionOf(toks, i) {
			continue // "faces up to 20 years in prison if convicted", "if he is extradited": a condition, nothing done
		}
		if verb && ev.Modality != "" && tr.Type != schema.EventOther && x.unreal(c, i) {
			continue // "should hack into", "would plead not guilty", "will publish"
		}
		if verb && ev.Modality != "" && tr.Type != schema.EventOther && len(ev.Agent) == 0 && x.befalls(c, i) {
			continue // "activists who may be targeted", "they could be targeted by impersonation": what may befall them, no deed told
		}
		if verb && len(ev.Agent) == 0 && discovery[tr.Lemma] && x.passiveAux(c, i) {
			continue // "since the leak was discovered", "before being detected": found by no one named, nothing reported
		}
		if incidentDeed(tr.Type) && x.offence(c, i) && !x.accusedDoer(c, i, ev.Agent) && !x.accusingDoer(c, i, ev.Agent) {
			continue // "charged with extortion", "conspiracy to commit computer intrusions": an offence named
		}
		if tr.Type != schema.EventOther && (tr.Type != schema.EventReport || len(ev.Agent) > 0) && x.askedTo(c, i) {
			continue // "asking them to report suspicious accounts", "urged the ministry to publish a full report": what one is asked to do is not done (a report naming no reporter is left: advisories count it)
		}
		if x.dutyTo(c, i) {
			continue // "it was the department's responsibility to inform its minister": a duty named, not done
		}
		if (ev.Type == schema.EventReport || ev.Type == schema.EventWarning) && !discovery[tr.Lemma] && x.failedTo(c, i) {
			// "fined X for failing to report the attack", "accused its directors of failing to
			// disclose the breach": not done. A statement ("failed to tell its workers about the
			// breach") is left: CASIE keys it as the breach's disclosure
			continue
		}
		if incidentDeed(tr.Type) && len(ev.Agent) == 0 && x.advice(c, i) {
			continue // "urged suppliers to check for signs of intrusion": advice, not a deed
		}
		if (tr.Type == schema.EventOther || tr.Type == schema.EventWarning || tr.Type == schema.EventReport) && x.adviceThat(c, i) {
			continue // "Experts recommend that journalists keep their phones updated", "urge that firms notify customers": advised, not done
		}
		if c.quoted[i] && c.quotedTerm(i) {
			continue // "a technique known as 'push bombing'": a term quoted as a name, not an event
		}
		if c.quoted[i] && !isReporting(ev) && !c.namedAgent(ev) && !x.quotedDeedTold(c, i, ev) {
			// inside a quotation and done by no one named: a speaker's talk ("attacks like
			// this one"), not an event the article reports
			continue
		}
		out = append(out, ev)
	}
	out = listingTold(toks, out)
	den := x.denials(c)
	for _, d := range den {
		// "X has never helped any government with its cyberespionage efforts": what X denies
		// doing is not X's deed
		for k := range out {
			if familyOf(out[k].Type) != 0 && out[k].Trigger > d.Trigger && out[k].Trigger-d.Trigger <= 14 &&
				c.clause[out[k].Trigger] == c.clause[d.Trigger] && sameEnts(out[k].Agent, d.Agent) {
				out[k].Agent = nil
			}
		}
	}
	out = append(out, den...)
	for _, acc := range append(x.identifiedCulprits(c), x.fingerPointed(c)...) {
		out = joinAccusation(out, acc)
	}
	x.flawTargets(c, out)
	x.targetsPlaced(c, out)
	x.targetsIncluding(c, out)
	x.contactedToWarn(c, out)
	x.theftAfterBreakIn(c, out)
	out = x.coordinated(c, out)
	// a statement "sent to X" without a speaker of its own is the speaker's of the sentence; a
	// finite verb whose subject is a plural common noun has a speaker of its own, only not named
	// ("Two of the students reported the approaches to X, the agency said": not the agency)
	for k := range out {
		if tr := out[k].Trigger; out[k].Told && len(out[k].Agent) == 0 && !(tr >= 0 && tr < len(toks) && isTensedTag(toks[tr].Tag) && x.pluralSubjectHead(c, tr)) {
			for _, o := range out {
				if isReporting(o) && len(o.Agent) > 0 && o.Type != schema.EventDenial {
					out[k].Agent = o.Agent
					break
				}
			}
			if sameEnts(out[k].Agent, out[k].Target) {
				out[k].Agent = nil
			}
		}
	}
	x.advised(c, out)
	x.requestFrom(c, out)
	out = x.letterWarns(out)
	filing, filingKnown := false, false // whether the sentence names a filing anew, found once
	issued := false                     // whether the sentence names a disclosure anew, found with filing
	for k := range out {
		// "The Times also confirmed that …": what a news outlet states, it reports
		if out[k].Type == schema.EventStatement && len(out[k].Agent) == 1 && c.isPress(out[k].Agent[0]) && !out[k].Told {
			out[k].Type = schema.EventReport
		}
		// "In a 40-page report, the firm said …": what is said in a report named in a fronted
		// phrase is reported
		if out[k].Type == schema.EventStatement && len(out[k].Agent) > 0 && !out[k].Told && saidInReport(toks, out[k].Trigger) {
			out[k].Type = schema.EventReport
		}
		if out[k].Type == schema.EventStatement && !out[k].Told {
			if !filingKnown {
				filing, filingKnown = x.newFiling(toks), true
				issued = x.newDisclosure(toks)
			}
			out[k].Filed, out[k].Issued = filing, issued
		}
	}
	for k := range out {
		// "advocates criticised the prosecution, saying …": criticising a deed or a decision,
		// no one named, is a statement, as condemning is; only criticising someone accuses
		if out[k].Type == schema.EventAccusation && len(out[k].Target) == 0 && criticiseVerb[out[k].Lemma] {
			out[k].Type = schema.EventStatement
		}
	}
	out = dropReciprocal(toks, out)
	out = toldFinding(c, out)
	out = x.saidBehind(c, out)
	out = x.revealedTarget(c, out)
	out = x.chargeAccusing(c, out)
	out = x.rulingFold(c, out)
	x.reducedCharge(c, out)
	x.asideStep(c, out)
	out = x.oneWarning(c, out)
	x.speaksFor(c, out)
	x.claims(c, out)
	if len(out) > 0 && x.anonymous(c) {
		for k := range out {
			out[k].Anon = true
		}
	}
	return out
}

// quoteTag reports whether the verb of telling at i tags a direct quotation that ends just
// before its subject: a closing quotation mark after the comma that ends the quoted words, then
// only the speaker, appositive included, and no verb before i ("“We saw nothing,” Ms Lee told
// the council", "“Not now,” Mr Ode, the mayor's aide, told Radio Ten"). What the speaker told
// the hearer is the quotation itself, a statement made to them, not a tip-off.
func quoteTag(c *sentCtx, i int) bool {
	toks := c.s.Toks
	for k := i - 1; k >= 2 && i-k <= quoteTagReach; k-- {
		if isQuote(toks[k].Text) {
			return toks[k-1].Text == "," && k+1 < i && closesQuote(c, k, i)
		}
		switch toks[k].Tag {
		case "VBD", "VBZ", "VBP", "VB", "MD":
			return false
		}
	}
	return false
}

// closesQuote reports whether the quotation mark at k closes a quotation, the words from it to
// i standing outside: the sentence's own quoting says so, or, for a quotation opened sentences
// before (which the sentence alone cannot tell from one it opens), a name between k and i
// stands outside quotation marks by the article's reckoning.
func closesQuote(c *sentCtx, k, i int) bool {
	if k < len(c.quoted) && c.quoted[k-1] && !c.quoted[k] {
		return true
	}
	for t := k + 1; t < i; t++ {
		if m := c.at[t]; m >= 0 {
			return !c.ms[m].InQuote
		}
	}
	return false
}

// quoteTagReach bounds how many tokens the speaker of a quotation's tag may span, an apposition
// included (quoteTag).
const quoteTagReach = 16

// madeKnown reports whether a report's verb (by its lemma) makes something known: disclose
// or reveal. Negated, it tells of nothing made known. (Negated publishing and announcing are
// left: held-out articles count some.)
func madeKnown(lemma string) bool {
	return lemma == "disclose" || lemma == "reveal"
}

// discovery holds the verbs of finding something out: a report when someone named finds it.
var discovery = map[string]bool{"detect": true, "discover": true, "spot": true, "notice": true, "uncover": true}

// findingTellReach bounds how many tokens after a telling the verb of finding it tells of may
// stand (toldFinding).
const findingTellReach = 25

// toldFinding drops the report a verb of finding out makes when the finding is what a telling
// by the same teller before it in the sentence gives ("the company said it detected encryption
// activity on October 6", "disclosed the breach on Thursday, saying its team first noticed
// unusual activity in late May", "said it had warned the trust after spotting signs of the
// intruders"): the finder tells of its own finding, and the telling, on its own day, is the one
// act the sentence reports. A finding told by someone else ("X said the company had noticed
// …"), one standing alone ("its team detected unusual queries in November") and one that tells
// when the teller told ("confirmed the hack when it discovered the breach") stay.
func toldFinding(c *sentCtx, evs []rawEvent) []rawEvent {
	toks := c.s.Toks
	tells := func(ev rawEvent) bool {
		switch ev.Type {
		case schema.EventStatement, schema.EventWarning:
			return true
		case schema.EventReport:
			return !discovery[ev.Lemma]
		}
		return false
	}
	told := func(d rawEvent) bool {
		if d.Type != schema.EventReport || !discovery[d.Lemma] || d.Trigger < 0 || d.Trigger >= len(toks) || !isVerbTag(toks[d.Trigger].Tag) {
			return false
		}
		for _, t := range evs {
			if !tells(t) || t.Negated || t.Trigger < 0 || t.Trigger >= d.Trigger || d.Trigger-t.Trigger > findingTellReach {
				continue
			}
			if !sameTeller(t.Agent, d.Agent) && !(len(t.Agent) == 0 && pronounFinder(c, t.Trigger, d.Trigger)) {
				continue
			}
			if !textBetween(toks, t.Trigger, d.Trigger, ";") && !whenOfTelling(toks, t.Trigger, d.Trigger) {
				return true
			}
		}
		return false
	}
	out := evs[:0]
	for _, ev := range evs {
		if !told(ev) {
			out = append(out, ev)
		}
	}
	return out
}

// pronounFinder reports whether the subject of the verb of finding at d, after a telling at t,
// is a pronoun or opens with a possessive one ("said it detected …", "saying its team noticed
// …"): the teller's own finding, whoever the telling's subject is later found to be.
func pronounFinder(c *sentCtx, t, d int) bool {
	toks := c.s.Toks
	for j := d - 1; j > t && d-j <= pronounFinderReach; j-- {
		if w := toks[j].Lower; w == "its" || w == "their" {
			return true // "its team", "their analysts"
		}
		if m := c.at[j]; m >= 0 && c.ms[m].First == j {
			if c.ms[m].How == mkPronoun {
				return true
			}
			if j == 0 || toks[j-1].Lower != "its" && toks[j-1].Lower != "their" {
				return false
			}
		}
	}
	return false
}

// pronounFinderReach bounds how many tokens before a verb of finding pronounFinder reads back.
const pronounFinderReach = 6

// whenOfTelling reports whether a conjunction opening a clause of its own stands between a
// telling at t and a verb of finding at d before any other verb ("confirmed the hack when it
// discovered the breach in 2015", "warned the trust after spotting signs"): the finding tells
// when or why the teller told, not what it told ("said it had warned the trust after spotting
// signs" reports the finding within what was said).
func whenOfTelling(toks []token, t, d int) bool {
	for k := t + 1; k < d && k < len(toks); k++ {
		if isVerbTag(toks[k].Tag) {
			return false
		}
		if subordinator[toks[k].Lower] {
			return true
		}
	}
	return false
}

// foundReach bounds the words foundAndReported reads back from "and" to the verb of finding.
const foundReach = 12

// foundAndReported reports whether "reported" at i, before "it" or "them", is coordinated with
// an earlier verb of finding out whose object is no flaw ("noticed unusual traffic from its
// server and reported it to X", "detected the intrusion in May and reported it to X"): the
// pronoun stands for the incident found, and reporting an incident to someone is a notice to
// them, as "reported the breach to X" is. A flaw found and reported ("discovered the
// vulnerability and reported it to the vendor", cue flawnoun) stays a report, as does a
// pronoun with no finding before it in the sentence.
func (x *Extractor) foundAndReported(toks []token, i int) bool {
	if i < 2 || toks[i-1].Lower != "and" {
		return false
	}
	for j := i - 2; j >= 0 && i-1-j <= foundReach; j-- {
		t := &toks[j]
		switch {
		case x.cue.tokIs("flawnoun", t):
			return false
		case t.Text == "," || t.Text == ";" || t.Lower == "and":
			return false
		case isVerbTag(t.Tag):
			tr, ok := x.tokTrigger(t, true)
			return ok && discovery[tr.Lemma] && (t.Tag == "VBD" || t.Tag == "VBN") && j+1 < i-1
		}
	}
	return false
}

// verbReadAsAdjective reports whether the word at i, tagged as an adjective, is a past-tense
// trigger verb right after a name or the comma closing an appositive: "Valmark imposed/JJ
// sanctions", "The Sons of the Ridge, an armed group, claimed/JJ responsibility".
func (x *Extractor) verbReadAsAdjective(c *sentCtx, i int) bool {
	toks := c.s.Toks
	t := toks[i]
	if t.Tag != "JJ" || i == 0 || !strings.HasSuffix(t.Lower, "ed") {
		return false
	}
	if tr, ok := x.tokTrigger(&t, true); !ok || tr.Lemma == t.Lower {
		return false
	}
	if k := c.at[i-1]; k >= 0 && c.ms[k].How == mkName && c.ms[k].Last == i && !c.ms[k].Possessive {
		return true
	}
	if toks[i-1].Text != "," {
		return false
	}
	for j := i - 2; j > 0 && i-j <= 14; j-- {
		if toks[j].Text == "," {
			k := c.at[j-1]
			return k >= 0 && c.ms[k].How == mkName
		}
	}
	return false
}

// gerundNoun reports whether the -ing form at i heads a noun phrase with an of-phrase after
// a possessive or determiner: "X's targeting of Y", "the hacking of Y".
func gerundNoun(toks []token, i int) bool {
	if !strings.HasSuffix(toks[i].Lower, "ing") || i == 0 || i+1 >= len(toks) || toks[i+1].Lower != "of" {
		return false
	}
	p := toks[i-1]
	return p.Tag == "POS" || p.Tag == "PRP$" || p.Lower == "the"
}

// compoundHead returns, lower-cased, the last of the common nouns (at most three) right after
// token i, the head of the compound i modifies ("ransomware attack drill": drill), or "".
func compoundHead(toks []token, i int) string {
	j := i + 1
	for j < len(toks) && j-i <= 3 && (toks[j].Tag == "NN" || toks[j].Tag == "NNS") {
		j++
	}
	if j-1 <= i+1 {
		return "" // one noun or none: the next token is read on its own
	}
	return toks[j-1].Lower
}

// brokenObligation reports whether the intrusion word at i breaks an obligation rather than a
// system: "breach of contract", "a breach of the peace", "breached its duty of care". After
// "of" (for a noun) and up to three determiners or adjectives, a run of up to three common
// nouns must hold an obligation and be headed by an obligation, a claim or a legal matter
// ("the service agreement", "a breach of contract dispute"; "a breach of contract documents"
// stays a breach), with no possessive nor name after it.
func (x *Extractor) brokenObligation(toks []token, i int) bool {
	j := i + 1
	if j < len(toks) && toks[j].Lower == "of" {
		j++
	}
	for k := 0; k < 3 && j < len(toks) && (toks[j].Tag == "DT" || toks[j].Tag == "PRP$" || toks[j].Tag == "JJ"); k++ {
		j++
	}
	h, owed := j, false
	for h < len(toks) && h-j < 3 && (toks[h].Tag == "NN" || toks[h].Tag == "NNS") {
		owed = owed || x.cue.tokIs("obligation", &toks[h])
		h++
	}
	if !owed {
		return false
	}
	if head := toks[h-1].Lower; !x.cue.is("obligation", head) && !x.cue.is("claimnoun", head) && !x.cue.is("matternoun", head) {
		return false // "a breach of contract documents" is a breach of the documents
	}
	return h >= len(toks) || toks[h].Tag != "POS" && toks[h].Tag != "NNP" && toks[h].Tag != "NNPS"
}

// isReporting reports whether an event is someone saying something.
func isReporting(ev rawEvent) bool {
	return ev.Type == schema.EventStatement || ev.Type == schema.EventReport || ev.Type == schema.EventDenial
}

// adjectival reports whether a participle is used as an adjective: "a hacking group", "stolen
// passwords".
func (x *Extractor) adjectival(c *sentCtx, i int) bool {
	toks := c.s.Toks
	t := toks[i]
	prev := ""
	if i > 0 {
		prev = toks[i-1].Tag
	}
	switch t.Tag {
	case "VBG":
		return prev == "DT" || prev == "PRP$" || prev == "JJ" || prev == "POS"
	case "VB":
		// "logins to targeted/VB networks": an inflected form the tagger read as an infinitive
		// after "to" modifies the noun after it
		tr, ok := x.tokTrigger(&t, true)
		return prev == "TO" && ok && tr.Lemma != t.Lower && strings.HasSuffix(t.Lower, "ed") && isNounTag(nextTag(toks, i))
	case "VBN":
		if x.passiveAux(c, i) {
			return false
		}
		for j := i - 1; j >= 0 && i-j <= 3; j-- {
			if w := toks[j].Lower; w == "has" || w == "have" || w == "had" || w == "having" {
				return false
			}
			if toks[j].Tag != "RB" {
				break // "had used a stolen password": the perfect is another verb's
			}
		}
		if nt := nextTag(toks, i); (nt == "NNP" || nt == "NNPS") && i > 0 && (isNounTag(prev) || prev == "RB") && c.at[i-1] < 0 || i > 0 && c.at[i-1] >= 0 && c.ms[c.at[i-1]].How == mkName && !c.ms[c.at[i-1]].Possessive {
			return false // "the NCDC in turn alerted Hollis Bank", "the NSA notified Microsoft": a verb
		}
		if x.coordinatedTelling(c, i) || x.cue.tokIs("disclose", &t) && x.afterDeed(c, i) && x.groupPublishes(c, i) {
			// "… and warned employees on Tuesday": a telling verb after "and", not an adjective;
			// so is a verb of putting goods out after a deed's clause ("encrypted systems at X
			// and later published residents' files", "stole/NN and published data")
			return false
		}
		if x.perfectConjunct(c, i) {
			return false // "had broken into its network and stolen shipping records": the perfect's second verb
		}
		if i+2 < len(toks) && toks[i+1].Tag == "JJ" && isNounTag(toks[i+2].Tag) && !x.cue.tokIs("timemod", &toks[i+1]) {
			return true // "samples of stolen patient files": the participle and an adjective before a noun
		}
		return isNounTag(nextTag(toks, i)) || prev == "DT" || prev == "JJ"
	}
	return false
}

// perfectConjunct reports whether the participle at i, right after "and", is the second verb
// of a perfect whose auxiliary the first verb's clause carries ("hackers had broken into its
// network and stolen shipping records", "have accessed the portal and taken personal
// details"): a verb with its object, not an adjective before a noun.
func (x *Extractor) perfectConjunct(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if toks[i].Tag != "VBN" || i == 0 || toks[i-1].Lower != "and" {
		return false
	}
	v := x.coordinatedVerb(c, i)
	if v < 0 {
		return false
	}
	return x.cue.tokIs("haveform", &toks[v])
}

// coordinatedTelling reports whether the participle at i is a telling verb ("warned",
// "notified") right after "and"/"or" and coordinated with an earlier finite verb: a past tense
// the tagger misread ("said it would help anyone whose data was exposed and warned employees").
func (x *Extractor) coordinatedTelling(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if toks[i].Tag != "VBN" || i == 0 || toks[i-1].Lower != "and" && toks[i-1].Lower != "or" {
		return false
	}
	if tr, ok := x.tokTrigger(&toks[i], true); !ok || tr.Type != schema.EventWarning {
		return false
	}
	return x.coordinatedVerb(c, i) >= 0
}

// passiveSiteOwner returns the body whose systems or data are the subject of the passive deed
// verb at i, named after "at" or "of" in that subject ("Servers at X were wiped", "Systems at
// X have been encrypted", "the records of X were stolen"), the owner ownerOfAccessed reads
// (no place or person), or -1. Only auxiliaries and adverbs stand between the subject and the
// verb.
func (x *Extractor) passiveSiteOwner(c *sentCtx, i int) int {
	toks := c.s.Toks
	k := i - 1
	for k >= 0 && (toks[k].Tag == "RB" || x.auxTok(&toks[k])) {
		k--
	}
	if k < 0 || k == i-1 || c.at[k] < 0 {
		return -1
	}
	q := c.ms[c.at[k]].First - 1
	if q > 0 && toks[q].Tag == "DT" {
		q--
	}
	if q < 1 || toks[q].Lower != "at" && toks[q].Lower != "of" {
		return -1
	}
	h := q - 1 // the head noun of the systems the deed befell
	for h > 0 && c.at[h-1] < 0 && (toks[h-1].Tag == "JJ" || toks[h-1].Tag == "NN" || toks[h-1].Tag == "NNS" || toks[h-1].Tag == "DT") {
		h--
	}
	if h >= q || c.at[h] >= 0 {
		return -1
	}
	return x.ownerOfAccessed(c, h)
}

// victimOwner reports whether the possessor m of the deed noun at i is the company the deed
// befell rather than its doer ("Harbor Mutual's breach", "the firm's ransomware attack", "its
// data breach"): a company, not a group, state or agency, owning an incident with no object
// after it ("X's attack on Y" keeps X the doer), nor one that only modifies a noun after it
// ("its phishing pages"); "by" may follow ("X's breach by Y").
func (x *Extractor) victimOwner(c *sentCtx, m mention, i int, tr trigger) bool {
	if !incidentDeed(tr.Type) || m.Entity < 0 || m.Entity >= len(c.ents) || c.ents[m.Entity].Kind != schema.KindOrganization {
		return false
	}
	toks := c.s.Toks
	if i+1 < len(toks) && isNounTag(toks[i+1].Tag) && !x.incidentNoun(toks[i+1].Lower) {
		return false // "its phishing pages": the noun only modifies the thing owned
	}
	k := x.timePhraseEnd(toks, i+1, 2, false)
	if k >= len(toks) {
		return true
	}
	switch toks[k].Lower {
	case "of", "on", "against", "into", "targeting", "at", "from":
		return false
	}
	return true
}

// disguise lists the lemmas whose object is whom the doer poses as, not its victim.
var disguise = map[string]bool{"impersonate": true, "spoof": true, "masquerade": true}

// verbEvent applies the active and passive rules to a verb trigger.
func (x *Extractor) verbEvent(c *sentCtx, i int, tr trigger) rawEvent {
	toks := c.s.Toks
	ev := rawEvent{Type: tr.Type, Conf: 0.75}
	passive := toks[i].Tag == "VBN" && x.passiveAux(c, i) || x.passiveConjunct(c, i)
	if tr.Type == schema.EventLeak && x.cue.tokIs("appearverb", &toks[i]) {
		passive = true // "the files appeared on X's leak site": what turns up is the subject, as in "were posted"
	}
	if !passive && incidentDeed(tr.Type) {
		if h := x.causativeHave(c, i); h >= 0 {
			// "X had its data stolen (by Y)": X suffered it, Y did it
			ev.Target = ents(x.subject(c, h))
			ev.Agent = ents(x.byAgent(c, i))
			if sameEnts(ev.Agent, ev.Target) {
				ev.Target = nil
			}
			if ev.Agent == nil && ev.Target == nil {
				ev.Conf = 0.4
			}
			return ev
		}
	}
	switch tr.Type {
	case schema.EventStatement, schema.EventReport, schema.EventDenial:
		if i > 0 && i+1 < len(toks) && toks[i+1].Lower == "to" && tr.Type == schema.EventStatement && (x.cue.tokIs("be", &toks[i-1]) || x.passiveAux(c, i)) {
			return rawEvent{} // "X is said to have …": hearsay, not a statement by anyone
		}
		if passive {
			ev.Agent = ents(x.byAgent(c, i))
			if tr.Lemma == "report" && x.informationSubject(toks, i) {
				// "the evidence was reported to X": X was told, by whoever found it
				if o := x.recipient(c, i, false); o >= 0 && !contains(ev.Agent, o) {
					ev.Target, ev.Told = []int{o}, true
					if !c.isPress(o) {
						ev.Type = schema.EventWarning
					}
				}
			}
			if tr.Lemma == "tell" {
				// "Y was told by X": X told Y
				if t := x.subject(c, i); t >= 0 && ev.Agent != nil && !contains(ev.Agent, t) {
					ev.Target, ev.Told = []int{t}, true
					if !c.isPress(t) {
						ev.Type = schema.EventWarning
					}
				}
			}
			break
		}
		if tr.Type == schema.EventReport && (toks[i].Tag == "VBN" || toks[i].Tag == "VBD") && i > 0 && toks[i-1].Tag == "NNS" && c.at[i-1] < 0 && i+1 < len(toks) && toks[i+1].Lower == "by" {
			// "according to documents published by X": a reduced passive on the documents, X their author
			if b := x.byAgent(c, i); b >= 0 {
				ev.Agent = ents(b)
				break
			}
		}
		if tr.Lemma == "report" {
			if j, o := x.calledToReport(c, i); j >= 0 {
				// "phoned the regulator to report the breach": the caller told the one phoned
				a := x.subject(c, j)
				ev.Agent = ents(a)
				if o >= 0 && o != a {
					ev.Target, ev.Told = append([]int{o}, x.toldConjunct(c, j, o)...), true
					if !c.isPress(o) {
						ev.Type = schema.EventWarning
					}
				}
				break
			}
		}
		a := x.speaker(c, i)
		if a < 0 && tr.Type == schema.EventStatement {
			a = x.participleSayer(c, i) // "X went further on Monday, saying …": the main clause's subject tells
		}
		if a < 0 && (tr.Lemma == "tell" || tr.Lemma == "report") {
			a = x.quotedTeller(c, i) // "“I told him what I had seen,” Ms Venn said", "“We reported it to X,” Y said"
		}
		ev.Agent = ents(a)
		// "told X", "reported to X", "said in a statement to X"
		if tr.Lemma == "tell" || tr.Lemma == "report" || tr.Lemma == "say" || tr.Lemma == "state" || tr.Lemma == "testify" || madeKnown(tr.Lemma) {
			if o := x.recipient(c, i, tr.Lemma == "tell"); o >= 0 && o != a {
				ev.Target = append([]int{o}, x.toldConjunct(c, i, o)...) // "reported it to the FBI and (to) the regulator"
				ev.Told = true
				if x.countryOwnerSpeaks(c, i, a) {
					ev.Agent = nil
				}
				thing := madeKnown(tr.Lemma) || tr.Lemma == "report" && i+1 < len(toks) && (toks[i+1].Lower == "it" || toks[i+1].Lower == "them") && !x.foundAndReported(toks, i)
				quoted := tr.Lemma == "tell" && quoteTag(c, i) // "“…,” X told Y": the quoted words were said to Y
				if !c.isPress(o) && !x.testimonyBody(c, o) && !thing && !quoted {
					// "told the agency": a tip-off; "told the Senate": testimony; "disclosed the
					// flaw to X", "reported it to X": a finding made known, still a report
					ev.Type = schema.EventWarning
				}
			} else if l := x.legislatorsTold(c, i); o < 0 && l >= 0 && l != a {
				// "told lawmakers on Thursday that …": testimony to the body they sit in
				ev.Target, ev.Told = []int{l}, true
			}
		}
		if tr.Lemma == "testify" && ev.Target == nil && toks[i].Tag != "VB" {
			// "testified before the committee": the body testimony is given to
			for j := i + 1; j+1 < len(toks) && j-i <= 5 && ev.Target == nil; j++ {
				if toks[j].Lower == "before" {
					if e := x.nextMention(c, j+1, 3); e >= 0 && e != a && !c.isPress(e) {
						ev.Target, ev.Told = []int{e}, true
					}
					break
				}
				if toks[j].Tag != "IN" && toks[j].Tag != "CD" && toks[j].Tag != "NNS" && toks[j].Tag != "NN" && toks[j].Tag != "RB" && toks[j].Tag != "DT" {
					break
				}
			}
		}
		if tr.Lemma == "testify" && ev.Target == nil && toks[i].Tag != "VB" {
			// "X testified that …" in an article about one committee's hearing: testimony is
			// given to that committee (a statement told, as "told the Senate"); "invited X to
			// testify", "X will testify" tell of testimony not yet given
			if e := c.soleCommittee(); e >= 0 && e != a {
				ev.Target, ev.Told = []int{e}, true
			}
		}
		if tr.Lemma == "tell" && ev.Target == nil {
			ev.Type = schema.EventStatement
		}
	case schema.EventWarning:
		if k, o := keptInformed(c, i); k >= 0 {
			// "had kept the regulator informed", "will keep customers updated": the one who keeps
			// tells the one kept informed, the participle's object complement
			ev.Agent, ev.Target = ents(x.subject(c, k)), ents(o)
			if len(ev.Agent) == 1 && len(ev.Target) == 1 && ev.Agent[0] == ev.Target[0] {
				ev.Target = nil
			}
			if len(ev.Target) == 1 {
				ev.Target = append(ev.Target, x.toldConjunct(c, k, o)...) // "kept X and Y informed"
			}
			ev.Told = ev.Target != nil
			break
		}
		if keptPassive(c, i) {
			passive = true // "she had been “kept informed”": the subject is the one told
		}
		if passive {
			ev.Target = ents(x.subject(c, i))
			ev.Agent = ents(x.byAgent(c, i))
			if ev.Target == nil && x.quotedWe(c, i) {
				// "“We were informed by X early on,” said Y, the company's spokeswoman": the
				// quote's speaker, for the organisation it speaks for
				ev.Target = ents(x.quoteOwner(c))
			}
		} else {
			if p := x.quotedFirstPerson(c, i); p != "" {
				// "“We warned the ministry in March,” said Y", "“We have informed X and we are
				// notifying Y,” said Z": the quote's first person, not a name before it
				ev.Agent = ents(x.firstPersonTeller(c, p))
			} else {
				ev.Agent = ents(x.subject(c, i))
			}
			if len(ev.Agent) == 1 && x.countryOwnerSpeaks(c, i, ev.Agent[0]) && x.pluralSubjectHead(c, i) {
				ev.Agent = nil // "Sweden's security services have warned": not the state itself
			}
			if e := x.counterpart(c, i+1, ev.Agent); e >= 0 {
				ev.Target = []int{e} // "warned its Lithuanian counterpart"
			} else if h, ok := x.messageHearer(c, i); ok {
				ev.Target = ents(h) // "wrote to every client warning them": "them" are the clients written to
				ev.Crowd = h < 0    // "… to every affected customer": hearers the text only describes
			} else if !x.followedBy(c, i, "that", "of", "about") || x.boundWord(toks, i+1) {
				// "notified about 40 companies": a count's bound, not what the warning is about
				ev.Target = ents(x.staffTold(c, i, ev.Agent)) // "briefed committee staff", "alerted its security team"
				if ev.Target == nil {
					ev.Target = ents(x.object(c, i, true))
				}
				if len(ev.Target) == 1 {
					ev.Target = append(ev.Target, x.toldConjunct(c, i, ev.Target[0])...)
					if e := x.functionalFirst(c, i, ev.Target[0]); e >= 0 && !contains(ev.Agent, e) && !contains(ev.Target, e) {
						ev.Target = append(ev.Target, e) // "alerted the state's securities regulator and X"
					}
				}
				if ev.Target == nil {
					if o := x.legislatorsTold(c, i); o >= 0 && !contains(ev.Agent, o) {
						ev.Target = []int{o} // "briefed lawmakers in a closed session": the body they sit in
					}
				}
			}
		}
	case schema.EventAccusation:
		if x.cue.trigIs("linklemma", &tr) {
			// "Researchers at X linked its infrastructure to Y", "the network, which X linked to
			// Y": an attribution by the one who links; a bare "linked to Y" ("a group linked to
			// Iran") names no one linking and is no event
			to := c.wordAhead(i, "to", 12) >= 0
			finite := isTensedTag(toks[i].Tag) || toks[i].Tag == "VBN" && x.afterAuxiliary(toks, i)
			if passive || !finite || !to {
				return rawEvent{}
			}
			// "the theft, which the FBI linked to Y": the relative's subject links the deed the
			// antecedent names; an actor for antecedent ("a unit, which X linked to Y") keeps the
			// nearest subject, and a relative pronoun right before it
			e, gap := x.gapSubject(c, i)
			if i+1 < len(toks) && toks[i+1].Lower == "to" && !gap {
				// "linked to Y" with nothing linked between: a reduced relative ("a group linked
				// to Iran"), unless a relative pronoun stands before its subject ("the network,
				// which X linked to Y")
				k := -1
				if i > 0 {
					k = c.at[i-1]
				}
				if k < 0 || c.ms[k].First < 1 || !objectRelative(toks[c.ms[k].First-1].Lower) {
					return rawEvent{}
				}
			}
			if gap {
				ev.Agent = ents(e)
			} else {
				ev.Agent = ents(x.subject(c, i))
			}
			if doc, _, _ := x.documentSubject(toks, i); ev.Agent == nil && doc == "" {
				return rawEvent{} // "The report ties the activity to Y": its issuer's (documentTeller)
			}
			ev.Target = ents(x.linkedTo(c, i))
			if ev.Target == nil && tr.Lemma != "link" {
				return rawEvent{} // "tied the deal to approval from X": no one accused
			}
			break
		}
		if tr.Lemma == "trace" {
			// "X traced the attacks to Y", "the attack was traced back to Y": Y is accused
			ev.Target = ents(x.tracedTo(c, i))
			if ev.Target == nil {
				return rawEvent{}
			}
			if passive {
				ev.Agent = ents(x.byAgent(c, i))
			} else {
				ev.Agent = ents(x.subject(c, i))
			}
			break
		}
		if !passive && (toks[i].Tag == "VBN" || toks[i].Tag == "VBD") && i > 0 && x.followedBy(c, i, "of") {
			if k := c.at[i-1]; k >= 0 && c.ms[k].How == mkDesc || k < 0 && isNounTag(toks[i-1].Tag) && !isCap(toks[i-1].Text) {
				// "A Moldovan man accused of breaching …", "X, a former bank clerk accused of
				// stealing …": a reduced relative names the accused, not the accuser
				break
			}
		}
		if !passive && (toks[i].Tag == "VBN" || toks[i].Tag == "VBD") && i > 1 && x.followedBy(c, i, "of") {
			rel := objectRelative(toks[i-2].Lower)
			if k := c.at[i-1]; k >= 0 && c.ms[k].How == mkPronoun && (isNounTag(toks[i-2].Tag) || c.at[i-2] >= 0 || rel) {
				// "X, a software company it accused of supplying tools": a relative clause
				// whose object is the noun before the pronoun; the pronoun accuses, the main
				// clause's subject; so with a relative pronoun ("sanctioned two Karsovian
				// officers whom it accused of …": the officers, even named by a demonym)
				if v := x.mainVerbBefore(c, i-1); v >= 0 {
					ev.Agent = ents(x.subject(c, v))
				}
				for j := i - 2; j >= 0 && i-j <= 8; j-- {
					if m := c.at[j]; m >= 0 && (c.ms[m].How != mkDemonym || rel && c.ms[m].Last >= i-4) {
						ev.Target = ents(c.ms[m].Entity)
						break
					}
				}
				break
			}
		}
		on := -1 // "blamed the attack on X", "the breach was blamed on X": X is blamed
		if x.cue.trigIs("blamelemma", &tr) {
			on = x.blamedOn(toks, i)
		}
		if passive {
			// "the breach was blamed on X", "was attributed to X": the subject is the deed
			switch {
			case on >= 0:
				ev.Target = ents(x.afterPrep(c, i, "on"))
			case tr.Lemma == "attribute":
				ev.Target = ents(x.afterPrep(c, i, "to"))
			default:
				ev.Target = ents(x.subject(c, i))
			}
			ev.Agent = ents(x.byAgent(c, i))
		} else if on >= 0 {
			ev.Agent = ents(x.subject(c, i))
			if e := x.nameGivenAfter(c, on); e >= 0 {
				ev.Target = ents(e) // "blamed the attack on a group that researchers call X": the name given
			} else if x.nextMention(c, on+1, 3) >= 0 {
				ev.Target = ents(x.headAfter(c, on+1))
			} else {
				ev.Target = ents(x.principalAfter(c, on+1))
			}
		} else {
			gap := false
			if e, ok := x.gapSubject(c, i); ok {
				ev.Agent = ents(e) // "a heist that police later attributed to Y": the police, not the heist's owner
				gap = true
			} else {
				ev.Agent = ents(x.subject(c, i))
			}
			if tr.Lemma == "attribute" {
				// "attributed the campaign to a hacking group it called "Kokjal"", "to the
				// cluster it tracks as X": the name given, before the words naming it
				ev.Target = ents(x.namedAs(c, i))
				if ev.Target == nil {
					ev.Target = ents(x.afterPrep(c, i, "to"))
				}
				if ev.Target == nil {
					// "attributed the theft of … from X, a …, to a hacking group working for Y"
					ev.Target = ents(x.attributedTarget(c, i))
				}
			} else {
				ev.Target = ents(x.object(c, i, true))
				if a := x.gapAnchor(c, i); gap && ev.Target == nil && tr.Lemma == "blame" && a >= 0 && !contains(ev.Agent, a) {
					ev.Target = []int{a} // "X, the outfit that the U.S. government has blamed for …": X is blamed
				}
				if ev.Target == nil && tr.Lemma == "allege" {
					ev.Target = ents(x.allegedDoer(c, i)) // "alleged that Ivo Marsk had acted on instructions from Y"
				}
			}
		}
	default:
		if passive {
			ev.Target = ents(x.subject(c, i))
			ev.Agent = ents(x.byAgent(c, i))
			if tr.Type == schema.EventLegal && len(ev.Target) == 1 && x.originOnly(c, ev.Target[0], i) {
				ev.Target = nil // "The man, from Westbrook, has been charged": where he comes from is no defendant
			}
			if ev.Target == nil && tr.Type == schema.EventLegal {
				ev.Target = ents(groundOwner(c, i)) // "The 48-year-old was jailed for breaching his bail"
			}
			if ev.Agent == nil && tr.Type == schema.EventLegal {
				ev.Agent = ents(x.courtAt(c, i)) // "was jailed for four years at Harlow Crown Court"
			}
			if ev.Agent == nil && tr.Type == schema.EventLegal {
				ev.Agent = ents(x.lawSayer(c, i, tr.Lemma)) // "X was charged Friday with …, the Justice Department said"
			}
			if ev.Target == nil && tr.Type == schema.EventTheft {
				ev.Target = ents(x.stolenFrom(c, i)) // "records were stolen from X"
			}
			if ev.Target == nil && incidentDeed(tr.Type) {
				ev.Target = ents(x.passiveSiteOwner(c, i)) // "servers at X were wiped"
			}
			if ev.Agent == nil && tr.Type == schema.EventLeak {
				ev.Agent = ents(x.siteOwner(c, i)) // "the data were posted to X's leak site"
			}
			if ev.Target == nil && tr.Type == schema.EventLeak && x.cue.tokIs("appearverb", &toks[i]) {
				ev.Target = ents(x.surfacedOwner(c, i)) // "memos from X surfaced on a Telegram channel"
			}
			if ev.Agent == nil && tr.Type == schema.EventSanction {
				ev.Agent = ents(x.stateSayer(c, i)) // "X was sanctioned for …, the Council said"
			}
		} else {
			ev.Agent = ents(x.subject(c, i))
			ev.Target = ents(x.objectOf(c, i, true, incident(tr.Type)))
			if tr.Type == schema.EventLegal && len(ev.Target) == 1 && x.pastCommonObject(c, i, ev.Target[0]) {
				ev.Target = nil // "arrested two men in Lisbon", "charged four nationals with hacking X": not Lisbon, not X
			}
			if disguise[tr.Lemma] {
				ev.Target = nil // "impersonating conference organisers": whom the doer poses as is no victim
			}
			if o := x.relativeObject(c, i); ev.Target == nil && o >= 0 {
				// "X, a front company that Y sanctioned in 2023"; "X, which hackers breached in
				// May": the antecedent read as the subject is no doer
				if contains(ev.Agent, o) || len(ev.Agent) == 1 && !c.namedAfterRelative(ev.Agent[0], i) {
					ev.Agent = nil // "X, an operator in Maine, which hackers breached": not Maine
				}
				ev.Target = []int{o}
			}
			if ev.Target == nil && tr.Type == schema.EventTheft {
				ev.Target = ents(x.stolenFrom(c, i))
			}
			if ev.Target == nil && (tr.Type == schema.EventTheft || tr.Type == schema.EventLeak) {
				ev.Target = ents(x.listOwner(c, i)) // "stole the names, addresses and dates of birth of X customers"
			}
			if tr.Type == schema.EventLeak && (x.dataAmount(toks, i+1) || x.pastHedge(toks, i+1) > i+1) {
				if o := x.amountOwner(c, i); o >= 0 {
					ev.Target = []int{o} // "posted 40 gigabytes of what it said were X files", "posted what it said were files from X": not the "it"
				}
			}
			if v := x.adjunctMain(c, i); ev.Target == nil && v >= 0 && tr.Type == schema.EventTheft {
				// "X hit Acme, stealing data": stolen from the main verb's object
				ev.Target = ents(x.object(c, v, true))
			}
		}
		if ev.Target == nil && incident(tr.Type) && !passive {
			ev.Target = ents(x.ownerOfObject(c, i)) // "breached routers operated by X"
		}
		if ev.Target == nil && incident(tr.Type) {
			ev.Target = ents(x.including(c, i))
		}
	}
	if ev.Agent == nil && ev.Target == nil && (tr.Type == schema.EventLegal || tr.Type == schema.EventSanction) {
		ev.Target = ents(x.lonePlace(c, i)) // "police detained a translator in Dunmore": a place when nothing else is
	}
	if familyOf(tr.Type) != 0 && len(ev.Agent) > 0 {
		if p := x.forPrincipal(c, i); p >= 0 && !contains(ev.Agent, p) {
			// "X spied for Russia", "hacked the ministry for the GRU": the one served shares the deed
			ev.Agent = append(ev.Agent, p)
			ev.Target = remove(append([]int(nil), ev.Target...), p)
		}
	}
	if tr.Type == schema.EventLegal && len(ev.Target) > 0 {
		if p := x.servedByDeed(c, i); p >= 0 {
			// "convicted two engineers of spying for China": the state served is no defendant
			ev.Target = remove(append([]int(nil), ev.Target...), p)
		}
		if i+1 < len(toks) && toks[i+1].Lower == "them" && len(ev.Target) == 1 && ev.Target[0] >= 0 && ev.Target[0] < len(c.ents) &&
			c.ents[ev.Target[0]].Kind == schema.KindAgency {
			ev.Target = nil // "Police arrested two men. Prosecutors charged them": the men, not the police
		}
	}
	if ev.Agent == nil && ev.Target == nil {
		if tr.Type == schema.EventWarning {
			if doc, _, _ := x.documentSubject(toks, i); doc != "" {
				return ev // "The alert warned other banks about X": its issuer's (documentTeller)
			}
		}
		if !incident(tr.Type) {
			return rawEvent{}
		}
		ev.Conf = 0.4
	}
	if sameEnts(ev.Agent, ev.Target) {
		ev.Target = nil
	}
	return ev
}

// namedAfterRelative reports whether entity e is named between the relative pronoun that opens
// the clause of the verb at i and the verb: the clause's own subject, not a name before it.
func (c *sentCtx) namedAfterRelative(e, i int) bool {
	toks := c.s.Toks
	r := i - 1
	for r >= 0 && i-r <= 8 && !(toks[r].Lower == "which" || toks[r].Lower == "that" || toks[r].Lower == "whom") {
		r--
	}
	if r < 0 || i-r > 8 {
		return true // no relative pronoun in reach: keep the doer
	}
	for _, m := range c.ms {
		if m.Entity == e && m.First > r && m.First < i {
			return true
		}
	}
	return false
}

// forPrincipal returns the state, agency or group a deed at i is done for ("spied for Russia",
// "hacked the ministry for the GRU", "spying on behalf of Iran"): the first name after a "for"
// (or "on behalf of") in the verb's clause, at most objectReach tokens on, right after it or its
// determiner; -1 otherwise.
func (x *Extractor) forPrincipal(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 1; j+1 < len(toks) && j-i <= objectReach && c.clause[j] == c.clause[i]; j++ {
		if j+3 < len(toks) && onBehalfOf(toks, j) {
			j += 2 // "on behalf of X": read from "of" as from "for"
		} else if toks[j].Lower != "for" {
			continue
		}
		n := j + 1
		if toks[n].Lower == "the" && n+1 < len(toks) {
			n++
		}
		k := c.at[n]
		if k < 0 || c.ms[k].First != n || c.ms[k].Entity < 0 || c.ms[k].Entity >= len(c.ents) || c.ms[k].Possessive {
			return -1
		}
		switch c.ents[c.ms[k].Entity].Kind {
		case schema.KindCountry, schema.KindAgency, schema.KindGroup:
			return c.ms[k].Entity
		}
		return -1
	}
	return -1
}

// servedByDeed returns, for a legal step at i, the state, agency or group served by the deed
// it is taken for, told by a gerund of spying, hacking or leaking after it in its clause and
// that gerund's "for"/"on behalf of" ("convicted two engineers of spying for China", "was
// jailed on Wednesday for spying on behalf of Iran"); -1 otherwise.
func (x *Extractor) servedByDeed(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= objectReach && c.clause[j] == c.clause[i]; j++ {
		if toks[j].Tag != "VBG" {
			continue
		}
		if t, ok := x.tokTrigger(&toks[j], true); ok && isDeed(t.Type) {
			return x.forPrincipal(c, j)
		}
		return -1
	}
	return -1
}

// toldContent reports whether the noun phrase after "from" at j (the author of a report, a
// statement or an advisory) is followed, within eight words and no comma, by a finite verb or
// "that"/"which" + a finite verb telling its content: "a report from X last month that
// detailed …", "an advisory from X warned …" — not "citing a report from X".
func (x *Extractor) toldContent(c *sentCtx, j int) bool {
	toks := c.s.Toks
	for v := j; v < len(toks) && v-j <= 8; v++ {
		switch t := toks[v]; {
		case t.Text == "," || isQuote(t.Text) || t.Tag == ".":
			return false
		case isTensedTag(t.Tag):
			return true
		}
	}
	return false
}

// statementCited reports whether the noun at i heads the phrase after "according to", only a
// determiner and adjectives between ("according to a statement from X", "according to a brief
// statement from X"): what the sentence tells rests on that statement, and the one it is from
// made it.
func statementCited(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && i-j <= 3 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ") {
		j--
	}
	return j >= 1 && toks[j].Lower == "to" && toks[j-1].Lower == "according"
}

// askedStep reports whether the noun of a legal step at i modifies a noun of asking right after
// it (cue asknoun: "its own extradition request", "Belarus's extradition bid") and the
// possessor m before it is a state or a body: what it owns is the request, so it asks for the
// step. A person's ("Marsk's extradition request") is a request for that person.
func (x *Extractor) askedStep(c *sentCtx, i int, m mention) bool {
	toks := c.s.Toks
	if m.Entity < 0 || m.Entity >= len(c.ents) || !(c.ents[m.Entity].Kind == schema.KindCountry || bodyKind(c.ents[m.Entity].Kind)) {
		return false
	}
	return i+1 < len(toks) && c.at[i+1] < 0 && x.cue.tokIs("asknoun", &toks[i+1])
}

// mainVerbBefore returns the nearest finite verb before token i, or -1.
func (x *Extractor) mainVerbBefore(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i - 1; j >= 0; j-- {
		if t := toks[j].Tag; isTensedTag(t) {
			return j
		}
	}
	return -1
}

// nounEvent applies the nominal rules: "X's hack of Y", "the hack of Y by X", "the 2014 hack
// of Y", "behind the hack of Y", "the Kaspersky report", "the alert to Y".
func (x *Extractor) nounEvent(c *sentCtx, i int, tr trigger) rawEvent {
	ev := rawEvent{Type: tr.Type, Conf: 0.7}
	communication := tr.Type == schema.EventStatement || tr.Type == schema.EventReport || tr.Type == schema.EventWarning ||
		tr.Type == schema.EventDenial || tr.Type == schema.EventAccusation
	// pre-modifiers: possessive or compound name right before the noun (skipping a year,
	// adjectives or nouns, "data" among them though the tagger reads it as a plural: "X's
	// data breach")
	j := i - 1
	for j >= 0 && (c.s.Toks[j].Tag == "CD" || c.s.Toks[j].Tag == "JJ" || c.s.Toks[j].Tag == "VBN" || c.s.Toks[j].Tag == "RB" || (c.s.Toks[j].Tag == "NN" || c.s.Toks[j].Lower == "data") && c.at[j] < 0) && i-j <= 4 {
		if (c.s.Toks[j].Tag == "JJ" || c.s.Toks[j].Tag == "VBN") && x.cue.tokIs("lightverb", &c.s.Toks[j]) {
			break // "X imposed sanctions", "X filed a lawsuit": the verb, read as a participle
		}
		j--
	}
	poss, ownerPronoun := false, false
	if j >= 0 && (isPossMark(c.s.Toks[j].Text) || c.s.Toks[j].Text == "'" || c.s.Toks[j].Text == "’") {
		j--
		poss = true
		// "X hacker group's hack", "X threat actor's campaign": the name before the kind noun
		if j >= 0 && c.at[j] < 0 && x.cue.descHead[c.s.Toks[j].Lower] == schema.KindGroup {
			k := j - 1
			for k >= 0 && j-k <= 2 && c.at[k] < 0 && isNounTag(c.s.Toks[k].Tag) && !isCap(c.s.Toks[k].Text) {
				k--
			}
			if k >= 0 && c.at[k] >= 0 && c.ms[c.at[k]].How == mkName {
				j = k
			}
		}
	}
	if j >= 0 && c.at[j] >= 0 {
		m := c.ms[c.at[j]]
		m.Possessive = m.Possessive || poss
		ownerPronoun = m.How == mkPronoun
		// "his extradition", "Assange's arrest": whom the step is taken against; but "the
		// company's investigation", "its own inquiry into X": who investigates
		patient := (tr.Type == schema.EventLegal || tr.Type == schema.EventSanction) && !x.followedBy(c, i, "of") &&
			!(m.Possessive && x.cue.trigIs("needsuspect", &tr)) && !(m.Possessive && x.askedStep(c, i, m))
		if m.Entity >= 0 {
			if patient {
				ev.Target = []int{m.Entity} // "his extradition", "Assange's arrest"
			} else if m.Possessive && x.victimOwner(c, m, i, tr) {
				ev.Target = []int{m.Entity} // "Harbor Mutual's breach", "its ransomware attack": the company it befell
			} else if m.Possessive || communication || m.Kind == schema.KindGroup || m.Kind == schema.KindCountry && x.cue.trigIs("armedstrike", &tr) {
				// "the U.S. airstrikes": a country strikes, where "the Sony hack" names a victim
				ev.Agent = []int{m.Entity}
			} else {
				ev.Target = []int{m.Entity}
			}
		}
	}
	// post-modifiers
	k := i + 1
	toks := c.s.Toks
	if o := x.timeThenOf(toks, k); o >= 0 {
		k = o // "the arrest in January of a ministry aide": the time set before the "of"
	} else if t := x.timePhraseEnd(toks, k, 2, false); t < len(toks) && (toks[t].Lower == "against" || toks[t].Lower == "into" || toks[t].Lower == "targeting") {
		k = t // "filed a lawsuit on Wednesday against X", "an attack in May targeting Y"
	} else if t := sameDayEnd(toks, k); tr.Type == schema.EventSanction && t > k && t < len(toks) && (toks[t].Lower == "on" || toks[t].Lower == "against") {
		k = t // "imposed sanctions the same day on X"
	} else if t := x.timePhraseEnd(toks, k, 2, true); tr.Type == schema.EventSanction && t > k && t < len(toks) && toks[t].Lower == "on" {
		k = t // "imposed sanctions on Monday on X", "imposed sanctions last week on X"
	}
	if tr.Type == schema.EventSanction {
		if o := amountThenOn(toks, k); o >= 0 {
			k = o // "a fine of 4 million euros on X": the one fined after the sum
		}
	}
	if tr.Lemma == "warrant" {
		if f := x.warrantFor(toks, i); f >= 0 {
			k = f // "a warrant last month for X", "arrest warrants have been issued for X"
		}
	}
	if k < len(toks) {
		prep := toks[k].Lower
		if (prep == "at" || prep == "from") && (tr.Type == schema.EventIntrusion || tr.Type == schema.EventTheft || tr.Type == schema.EventLeak) {
			prep = "of" // "a data breach at X", "the theft from X"
		}
		if (tr.Type == schema.EventWarning || tr.Type == schema.EventStatement) && x.cue.is("topicprep", prep) {
			if t := topicThenTo(toks, k); t >= 0 {
				k, prep = t, "to" // "an alert on the malware to X": the one told after what it is about
			}
		}
		switch prep {
		case "of", "on", "against", "into", "targeting":
			if (!communication || tr.Type == schema.EventAccusation) && !(prep == "on" && (x.blamesOn(toks, i, k) || x.claimedOnPlatform(toks, i, k) || ownAlone(toks, k+1))) {
				at := k + 1
				if at+1 < len(toks) && (toks[at].Lower == "whether" || toks[at].Lower == "how") && x.cue.trigIs("needsuspect", &tr) {
					at++ // "an inquiry into whether X had protected …", "an investigation into how X handled …": whom the question is about
				}
				if o := x.apposedAfterOf(c, k); o >= 0 && ev.Target == nil && tr.Type == schema.EventLegal {
					ev.Target = []int{o} // "the arrest of a Velmar Bank clerk, Ivo Renn,": the person named beside the noun
				} else if o := x.nextMention(c, at, 4); o >= 0 && ev.Target == nil {
					ev.Target = []int{o}
				} else if o := x.corpsAfter(c, at); o >= 0 && ev.Target == nil && tr.Type == schema.EventLegal {
					ev.Target = []int{o} // "charges against six officers of the GRU": the body whose officers are charged (corpsOnly)
				} else if o := x.describedThenNamed(c, at); o >= 0 && ev.Target == nil && (tr.Type == schema.EventLegal || tr.Type == schema.EventSanction) {
					ev.Target = []int{o} // "sanctions on the two men, Ivo Marsh and Lena Hald,": the ones named
				} else if o < 0 && ev.Target == nil && incident(tr.Type) {
					ev.Target = ents(x.demonymAfter(c, k+1)) // "attacks on Valdorian banks"
					if ev.Target == nil && prep != "of" {
						ev.Target = ents(x.partOf(c, k+1)) // "attacks on the websites of two banks"
					}
				}
			}
		case "for":
			if tr.Lemma == "warrant" {
				at := arrestOfEnd(toks, k+1) // "a warrant for the arrest of X": X
				if o := x.nextMention(c, at, 4); o >= 0 {
					ev.Target = []int{o}
				} else if o := x.describedThenNamed(c, at); o >= 0 {
					ev.Target = []int{o} // "a warrant for a former officer, Ivo Renn,"
				}
			}
		case "from":
			if communication && ev.Agent == nil && (x.toldContent(c, k+1) || tr.Type == schema.EventStatement && statementCited(toks, i)) {
				if o := x.nextMention(c, k+1, 4); o >= 0 {
					ev.Agent = []int{o} // "a report from the Slovak security company last month that detailed …"
				}
			}
		case "to", "sent", "issued", "given", "delivered":
			if tr.Type == schema.EventLegal && prep == "to" && ev.Target == nil && x.cue.tokIs("servednoun", &toks[i]) {
				ev.Target = ents(x.nextMention(c, k+1, 4)) // "a subpoena to X": the one it is served on
			}
			if tr.Type == schema.EventWarning || tr.Type == schema.EventStatement {
				kk := k
				if toks[k].Lower != "to" {
					kk++
				}
				if kk < len(toks) && toks[kk].Lower == "to" {
					if o := x.nextMention(c, kk+1, 4); o >= 0 {
						ev.Target = append([]int{o}, x.toldConjunct(c, i, o)...) // "letters to X and (to) Y"
						ev.Told = true
					}
				}
			}
		}
	}
	if a := x.byAgent(c, i); a >= 0 && ev.Agent == nil {
		ev.Agent = []int{a}
	}
	if ev.Agent == nil && (tr.Type == schema.EventLegal || tr.Type == schema.EventSanction) {
		if v := x.passiveLightAfter(c, i); v >= 0 {
			ev.Agent = ents(x.byAgent(c, v)) // "a lawsuit was filed against X on Monday by Y", "an investigation into X was opened by Y"
		}
	}
	if ev.Agent == nil && !communication && isDeed(tr.Type) {
		ev.Agent = ents(x.cameFrom(c, i)) // "the attack came from X": X did it
	}
	if ev.Agent == nil && !communication && isDeed(tr.Type) {
		ev.Agent = ents(x.workOf(c, i)) // "the attack was the work of X": X did it
	}
	if ev.Agent == nil && tr.Type == schema.EventLegal {
		if a, v := x.returningBody(c, i); a >= 0 {
			ev.Agent = []int{a} // "the indictment, returned by a grand jury in X, names Y": the jury
			if ev.Target == nil && v >= 0 {
				ev.Target = ents(titledNameAfter(c, v+1)) // … whom it names or charges
			}
			if ev.Target == nil && !(i+1 < len(toks) && toks[i+1].Tag == "VBG") && chargingAfter(toks, i) < 0 {
				return rawEvent{} // a jury, and no one it charges: no step told against anyone
			}
		}
	}
	if ev.Agent == nil && !communication && incident(tr.Type) {
		if a := x.roleIn(c, i); a >= 0 && !contains(ev.Target, a) {
			ev.Agent = []int{a} // "citing the company's role in the 2024 compromise of X"; after "by X", which names the doer itself
		}
	}
	if ev.Agent == nil && ev.Target == nil && !communication && incident(tr.Type) && isNounTag(toks[i].Tag) {
		ev.Target = ents(x.liableVictim(c, i)) // "fined X over a data breach": X suffered it
	}
	// "the theft of classified material from a contractor": the one stolen from
	if ev.Target == nil && (tr.Type == schema.EventTheft || tr.Type == schema.EventLeak) && x.followedBy(c, i, "of") {
		ev.Target = ents(x.fromAfterOf(c, i+2))
	}
	// "a ransomware attack crippled X", "the breach has affected X", "an attack that hit X"
	if ev.Target == nil && !communication && incident(tr.Type) {
		v := i + 1
		if v < len(toks) && (toks[v].Lower == "that" || toks[v].Lower == "which") {
			v++
		}
		if v < len(toks) && (toks[v].Lower == "has" || toks[v].Lower == "have" || toks[v].Lower == "had" || toks[v].Tag == "RB") {
			v++
		}
		if v < len(toks) && isVerbTag(toks[v].Tag) && x.cue.tokIs("harmverb", &toks[v]) {
			// "knocked out the patient record and imaging systems of X": through the object's
			// modifiers and "of"
			ev.Target = ents(x.objectWithin(c, v, true, false, 12))
		}
	}
	// "X issued a warning", "X published a report", "X is seeking his extradition": the
	// subject of a light verb whose object the noun is does it; "X faces charges", "X fought
	// extradition": is its target
	if ev.Agent == nil {
		for j := i - 1; j >= 0 && i-j <= 4 && c.clause[j] == c.clause[i]; j-- {
			w := toks[j]
			// the tagger reads some light verbs after a name as adjectives: "Valmark imposed/JJ sanctions"
			lightAdj := w.Tag == "JJ" && strings.HasSuffix(w.Lower, "ed") && x.cue.tokIs("lightverb", &w) && j > 0 && (c.at[j-1] >= 0 || isNounTag(toks[j-1].Tag))
			if attributiveParticiple(toks, j, i) {
				continue // "filed a proposed class action", "unsealed a superseding indictment": a modifier, not the verb
			}
			if isVerbTag(w.Tag) && !(w.Tag == "VBG" && j == i-1) || lightAdj { // not "a phishing attack"
				switch {
				case x.cue.tokIs("lightverb", &w) && (communication || tr.Type == schema.EventLegal || tr.Type == schema.EventSanction),
					tr.Lemma == "warrant" && x.cue.tokIs("obtainverb", &w):
					ev.Agent = ents(x.subject(c, j)) // "prosecutors obtained a warrant for X" too
				case x.cue.tokIs("undergoverb", &w) && ev.Target == nil && !communication:
					ev.Target = ents(x.subject(c, j))
				case x.cue.tokIs("resistverb", &w) && ev.Target == nil && tr.Type == schema.EventLegal:
					ev.Target = ents(x.subject(c, j)) // "X fought extradition", "Y resisted arrest": the step is against the subject
				}
				break
			}
			if (w.Lower == "by" || w.Lower == "with") && ev.Target == nil && !communication && incident(tr.Type) && j > 0 &&
				toks[j-1].Tag == "VBN" && x.passiveAux(c, j-1) {
				// "X was crippled by a ransomware attack", "X was hit with a phishing scam": the
				// patient of a passive verb whose agent is the incident is its target
				ev.Target = ents(x.subject(c, j-1))
				break
			}
			if w.Lower == "to" && j > 0 && !communication && incident(tr.Type) && toks[j-1].Tag == "VBN" &&
				(toks[j-1].Lower == "linked" || toks[j-1].Lower == "tied" || toks[j-1].Lower == "connected") && x.linkedSubject(c, j-1) {
				// "X, which has been linked to intrusions at Y": the one linked to the incidents did them
				ev.Agent = ents(x.subject(c, j-1))
				break
			}
			if (w.Lower == "of" || w.Lower == "to") && ev.Target == nil && !communication {
				ev.Target = ents(x.victimOf(c, i)) // "X was the victim of a ransomware attack"
				break
			}
			if !(w.Tag == "DT" || w.Tag == "JJ" || w.Tag == "VBG" && j == i-1 || w.Tag == "PRP$" || w.Tag == "CD" || isNounTag(w.Tag) && c.at[j] < 0 || w.Tag == "POS" || c.at[j] >= 0 && c.ms[c.at[j]].Possessive) {
				break
			}
		}
	}
	// "X said in a report published this week": the speaker wrote the report
	if ev.Agent == nil && tr.Type == schema.EventReport {
		j := i - 1
		for j >= 0 && i-j <= 4 && (toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "PRP$" || toks[j].Tag == "NN" && c.at[j] < 0) {
			j--
		}
		if j > 0 && toks[j].Lower == "in" && isVerbTag(toks[j-1].Tag) && x.cue.tokIs("reporting", &toks[j-1]) {
			ev.Agent = ents(x.speaker(c, j-1))
		}
	}
	// "In a report published in May, X said …", "In its annual report, X described …": the
	// subject of the clause the fronted phrase opens wrote the report, and is what "its" stands for
	if tr.Type == schema.EventReport && (ev.Agent == nil || ownerPronoun) {
		if a := x.frontedReportSubject(c, i); a >= 0 {
			ev.Agent = []int{a}
		}
	}
	// "an attack that the X gang launched against Y": the relative clause names both
	if !communication && incident(tr.Type) && i+2 < len(toks) && (toks[i+1].Lower == "that" || toks[i+1].Lower == "which") {
		for v := i + 2; v < len(toks) && v-i <= 8 && c.clause[v] == c.clause[i+1]; v++ {
			if isVerbTag(toks[v].Tag) && x.cue.tokIs("support", &toks[v]) {
				if ev.Agent == nil {
					if a := x.nextMention(c, i+2, v-i-2); a >= 0 {
						ev.Agent = []int{a}
					}
				}
				if v+1 < len(toks) && toks[v+1].Lower == "out" {
					v++ // "carried out against"
				}
				if ev.Target == nil && v+2 < len(toks) && (toks[v+1].Lower == "against" || toks[v+1].Lower == "on") {
					t := -1
					// "against their shared IT provider, Medline Systems,": the name in apposition
					k := v + 2
					for k < len(toks) && k-v <= 7 && (toks[k].Tag == "PRP$" || toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "VBN" || isNounTag(toks[k].Tag)) {
						k++
					}
					if k > v+2 && k+1 < len(toks) && toks[k].Text == "," && c.at[k+1] >= 0 && c.ms[c.at[k+1]].How == mkName {
						t = c.ms[c.at[k+1]].Entity
					} else {
						t = x.headOrDemonym(c, v+2)
					}
					if t >= 0 && !contains(ev.Agent, t) {
						ev.Target = []int{t}
					}
				}
				break
			}
			if t := toks[v].Tag; isVerbTag(t) || t == "," {
				break
			}
		}
	}
	// "X was behind the hack", "X launched the attack", "X took credit for the attack"
	if ev.Agent == nil && !communication {
		for j := i - 1; j >= 0 && i-j <= 5 && c.clause[j] == c.clause[i]; j-- {
			if x.cue.tokIs("support", &toks[j]) || creditTaken(toks, j) {
				if !x.askedDoer(toks, j) {
					ev.Agent = ents(x.subject(c, j))
					ev.Conf = 0.7
				}
				break
			}
		}
	}
	// "militants killed 23 soldiers in an attack on an army base": the subject of the armed
	// deed whose adjunct the incident is does it
	if ev.Agent == nil && tr.Type == schema.EventAttack {
		if v := x.armedDeedBefore(c, i); v >= 0 {
			ev.Agent = ents(x.subject(c, v))
		}
	}
	// "the code was installed by X during a breach", "a backdoor used by X in an attack"
	if ev.Agent == nil && incident(tr.Type) && !communication && tr.Type != schema.EventReport {
		ev.Agent = ents(x.duringBy(c, i))
	}
	// "sanctions on X", "a ban on X": the party sanctioned; "sanctions on X's intelligence
	// directorate": the directorate too
	if tr.Type == schema.EventSanction && i+2 < len(toks) && toks[i+1].Lower == "on" {
		if ev.Target == nil || ownerPronoun {
			// "its first sanctions on X": the pronoun stands for the one imposing them
			if o := x.sanctionedOn(c, i+2); o >= 0 {
				ev.Target = []int{o}
			}
		}
		if k := c.at[i+2]; k >= 0 && c.ms[k].Possessive && c.ms[k].Last+1 < len(toks) {
			if n := c.at[c.ms[k].Last+1]; n >= 0 && c.ms[n].How == mkName && c.ms[n].Entity >= 0 && !contains(ev.Target, c.ms[n].Entity) {
				ev.Target = append(ev.Target, c.ms[n].Entity)
			}
		}
		if sameEnts(ev.Agent, ev.Target) {
			ev.Target = nil
		}
	}
	// "sanctions Washington imposed in September on X": a relative clause whose light verb
	// imposes the noun names who imposes it and on whom
	if tr.Type == schema.EventSanction && (ev.Agent == nil || ev.Target == nil) {
		if a, t := x.imposedOn(c, i); a >= 0 {
			if ev.Agent == nil {
				ev.Agent = []int{a}
			}
			if ev.Target == nil && t >= 0 && t != a {
				ev.Target = []int{t}
			}
		}
	}
	// "an investigation into allegations made against X", "a campaign of attacks aimed at X":
	// the party the noun's phrase is directed against
	if ev.Target == nil && (ev.Agent != nil || incident(tr.Type) && !communication || tr.Type == schema.EventLegal && nounPassive(toks, i)) && (!communication || tr.Type == schema.EventAccusation) {
		ev.Target = ents(x.directedAt(c, i))
	}
	if ev.Target == nil && incident(tr.Type) && !communication {
		ev.Target = ents(x.forcedVictim(c, i)) // "a ransomware attack by X forced Y to shut down": Y
	}
	// "X's attacks on steel mills in Iran", "defacements of government websites in Norland": the
	// country the victims are in
	if ev.Target == nil && ev.Agent != nil && incident(tr.Type) && !communication && i+1 < len(toks) &&
		(toks[i+1].Lower == "on" || toks[i+1].Lower == "against" || toks[i+1].Lower == "targeting" || toks[i+1].Lower == "of") {
		ev.Target = ents(x.placedIn(c, i+2))
		if ev.Target == nil {
			ev.Target = ents(x.demonymVictims(c, i+2))
		}
	}
	if tr.Lemma == "charge" && len(ev.Target) == 1 && ev.Target[0] >= 0 && ev.Target[0] < len(c.ents) &&
		(c.ents[ev.Target[0]].Kind == schema.KindCountry || c.ents[ev.Target[0]].Kind == schema.KindPlace) {
		ev.Target = nil // "the two men held in Varno face charges": people face charges, not the place
	}
	if tr.Lemma == "charge" && ev.Target == nil && x.filedAgainst(toks, i) {
		// "charges of fraud were filed against X on Tuesday": the one after "against"
		if a := againstAfter(toks, i); a >= 0 {
			ev.Target = ents(x.headAfter(c, a+1))
		}
	}
	if ev.Agent == nil && ev.Target == nil {
		if tr.Lemma == "charge" && x.againstCharged(toks, i) >= 0 {
			return ev // "complaints were filed against the pair": those charged before (namedBefore)
		}
		if !incident(tr.Type) || tr.Type == schema.EventReport {
			return rawEvent{}
		}
		ev.Conf = 0.4
	}
	if sameEnts(ev.Agent, ev.Target) {
		ev.Target = nil
	}
	return ev
}

// apposedAfterOfReach bounds how many words of a common noun phrase apposedAfterOf reads to
// the comma before the name.
const apposedAfterOfReach = 7

// apposedAfterOf returns the entity of a name set beside the common noun phrase after the
// preposition at k ("the arrest of a ministry aide, Piet Olman,", "of a Velmar Bank clerk, Ivo
// Renn"; apposedObject), or -1.
func (x *Extractor) apposedAfterOf(c *sentCtx, k int) int {
	toks := c.s.Toks
	for j := k + 2; j < len(toks) && j-k <= apposedAfterOfReach; j++ {
		if toks[j].Text == "," {
			return x.apposedObject(c, k, j)
		}
	}
	return -1
}

// timeThenOf returns the "of" after a short time phrase that opens at k, right after an event
// noun ("the arrest in January of X", "the hack on Friday of Y", "the expulsion last week of
// Z"; timePhraseEnd, one number at most); -1 when none does.
func (x *Extractor) timeThenOf(toks []token, k int) int {
	if j := x.timePhraseEnd(toks, k, 1, true); j > k && j < len(toks) && toks[j].Lower == "of" {
		return j
	}
	return -1
}

// timePhraseEnd returns the index right after a short time phrase that opens at k ("on
// Wednesday", "in March", "on May 3", "in June 2024": "on" or "in", a calendar word, up to nums
// numbers; when last is set also "last Friday", "last week"), or k when none opens there.
func (x *Extractor) timePhraseEnd(toks []token, k, nums int, last bool) int {
	if k+1 >= len(toks) {
		return k
	}
	w, n := toks[k].Lower, toks[k+1].Lower
	switch {
	case (w == "on" || w == "in") && x.cue.is("calendar", n):
	case last && w == "last" && (x.cue.is("calendar", n) || n == "week" || n == "month" || n == "year"):
	default:
		return k
	}
	j := k + 2
	for j < len(toks) && j-k-2 < nums && toks[j].Tag == "CD" {
		j++
	}
	return j
}

// sameDayEnd returns the index right after "the same day" (or week, month) opening at k, else k.
func sameDayEnd(toks []token, k int) int {
	if k+2 < len(toks) && toks[k].Lower == "the" && toks[k+1].Lower == "same" {
		switch toks[k+2].Lower {
		case "day", "week", "month", "morning", "afternoon", "evening":
			return k + 3
		}
	}
	return k
}

// armedDeedBefore returns the index of a tensed armed deed verb ("killed", "stormed"; cue
// armedgated) whose adjunct "in a(n) <attack noun>" the noun at i heads, past the verb's object
// ("killed at least 23 soldiers in an attack on …"), or -1.
func (x *Extractor) armedDeedBefore(c *sentCtx, i int) int {
	toks := c.s.Toks
	j := i - 1
	for j >= 0 && i-j <= 3 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ") {
		j--
	}
	if j < 1 || j == i-1 || toks[j].Lower != "in" {
		return -1
	}
	for k := j - 1; k >= 0 && j-k <= armedObjectReach && c.clause[k] == c.clause[i]; k-- {
		t := toks[k]
		// an object follows the verb; the tagger may read a past tense with one as a participle
		// ("militants killed/VBN at least 23 soldiers"); "soldiers killed in an attack" has none
		if (isTensedTag(t.Tag) || t.Tag == "VBN" && !x.passiveAux(c, k)) && k+1 < j {
			if tr, ok := x.tokTrigger(&t, true); ok && tr.Type == schema.EventAttack && x.cue.trigIs("armedgated", &tr) {
				return k
			}
			return -1
		}
		if !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "JJS" || t.Tag == "RBS" || t.Tag == "CD" || t.Tag == "RB" || t.Lower == "at" || isNounTag(t.Tag)) {
			return -1
		}
	}
	return -1
}

// armedObjectReach bounds the words of an armed deed's object armedDeedBefore steps over
// ("at least 23 Malian soldiers and two civilians" is too long to read).
const armedObjectReach = 7

// askedDoer reports whether the subject of the word at j ("behind", "launched", "breached") is a
// wh-phrase of a question left open: "declined to say who was behind the intrusion", "it is
// unclear which group carried out the attack", "would not say who had hacked the bank" name no
// doer, and "declined to say which ministries had been breached" no victim.
func (x *Extractor) askedDoer(toks []token, j int) bool {
	k := x.beforeAux(toks, j, true) // "who had hacked", "which group has since carried out"
	for n := 0; n < 2 && k > 0 && isNounTag(toks[k].Tag) && toks[k-1].Lower != "who"; n++ {
		k-- // "which group carried out the attack"
	}
	if k < 0 || toks[k].Lower != "who" && toks[k].Lower != "which" && toks[k].Lower != "what" {
		return false
	}
	return leftAsked(toks, k)
}

// frontedReportReach bounds how many tokens after the noun of a fronted phrase
// frontedReportSubject reads to the comma closing it ("published in February by the agency").
const frontedReportReach = 10

// frontedReportSubject returns the subject of the main clause when the noun at i heads a phrase
// "in …" that opens the sentence, perhaps after a conjunction or adverb ("In its annual report
// published in February, the Norland Security Service described …", "But in a report, X
// said"): the name (perhaps after a determiner) right after the comma that closes the phrase,
// followed by a finite verb past its adverbs and auxiliaries. The phrase holds no finite verb.
// Else -1.
func (x *Extractor) frontedReportSubject(c *sentCtx, i int) int {
	toks := c.s.Toks
	j := i - 1
	for j >= 0 && i-j <= 4 && (toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "PRP$" || toks[j].Tag == "CD" ||
		toks[j].Tag == "NN" && c.at[j] < 0) {
		j--
	}
	if j < 0 || toks[j].Lower != "in" || j > 1 || j == 1 && toks[0].Tag != "CC" && toks[0].Tag != "RB" {
		return -1
	}
	p := i + 1
	for p < len(toks) && p-i <= frontedReportReach && toks[p].Text != "," {
		if isFiniteTag(toks[p].Tag) || isQuote(toks[p].Text) {
			return -1
		}
		p++
	}
	n := p + 1
	if p >= len(toks) || toks[p].Text != "," || n >= len(toks) {
		return -1
	}
	if toks[n].Tag == "DT" && c.at[n] < 0 {
		n++
	}
	if n >= len(toks) || c.at[n] < 0 {
		return -1
	}
	m := c.ms[c.at[n]]
	if m.First != n || m.Entity < 0 || m.Possessive {
		return -1
	}
	v := m.Last
	for v < len(toks) && (toks[v].Tag == "RB" || toks[v].Tag == "MD" || x.auxTok(&toks[v])) {
		v++
	}
	if v >= len(toks) || !isTensedTag(toks[v].Tag) {
		return -1
	}
	return m.Entity
}

// oneSided reports whether ev, of the trigger tr, is a measure that needs both sides named (cue
// bothsides: "police took down the X marketplace", "dismantled X's infrastructure") naming only
// one of them or neither, or a phrasal intrusion that needs what is entered named (cue
// intonamed: "got into the network of X"; not "getting into trouble", "once it gets into a
// network") naming none.
func (x *Extractor) oneSided(tr *trigger, ev *rawEvent) bool {
	return x.cue.trigIs("bothsides", tr) && (len(ev.Agent) == 0 || len(ev.Target) == 0) || x.cue.trigIs("intonamed", tr) && len(ev.Target) == 0
}

// contactedBy reports whether the verb at i is a passive right after its named subject, with
// its doer after "by" that is no newspaper ("Harlow Bank was contacted by the FBI in May"; a
// reporter's call asks, it tells nothing; "its hosting provider had been contacted by X" names
// no one contacted).
func (x *Extractor) contactedBy(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if toks[i].Tag != "VBN" || !x.passiveAux(c, i) {
		return false
	}
	j := x.beforeAux(toks, i, false)
	if j < 0 || c.at[j] < 0 || c.ms[c.at[j]].Last != j+1 {
		return false
	}
	a := x.byAgent(c, i)
	return a >= 0 && !c.isPress(a)
}

// passiveAux reports whether a past participle at i follows a form of "be" (adverbs allowed).
func (x *Extractor) passiveAux(c *sentCtx, i int) bool {
	for j := i - 1; j >= 0 && i-j <= auxReach; j-- {
		w := c.s.Toks[j]
		if x.cue.tokIs("be", &w) {
			return true
		}
		if w.Tag != "RB" && w.Tag != "RBR" && !x.cue.tokIs("negation", &w) {
			return false
		}
	}
	return false
}

// passiveConjunct reports whether the participle at i, with no object after it, follows "and" (adverbs between) that joins it to a passive
// participle of the same clause, whose auxiliary it shares ("was arrested in May and later
// convicted of spying", "were detained on Friday and charged with fraud"): a passive too. No
// comma, other "and", clause break or finite verb may stand between the two participles; a
// past tense ("was extradited and pleaded guilty") is the subject's own act. A legal step the
// tagger reads as a past tense ("was convicted in 2025 and sentenced to …") is a participle
// too when it has no object: one is sentenced, charged or jailed, one does not sentence
// (legalParticiple).
func (x *Extractor) passiveConjunct(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if i < 2 || i >= len(toks) || toks[i].Tag != "VBN" && !x.legalParticiple(toks[i]) || objectOpens(toks, i+1) {
		return false
	}
	j := andBefore(toks, i)
	if j < 0 {
		return false
	}
	for p := j - 1; p >= 0 && j-p <= conjunctReach && c.clause[p] == c.clause[i]; p-- {
		w := toks[p]
		if w.Tag == "VBN" {
			return x.passiveAux(c, p)
		}
		if w.Text == "," || w.Lower == "and" || x.cue.tokIs("clausebreak", &w) || isTensedTag(w.Tag) || w.Tag == "MD" {
			return false
		}
	}
	return false
}

// legalParticiple reports whether t, tagged as a past tense, is a legal step one undergoes
// (a legal trigger other than "plead", which one makes oneself), so that after "and" it may
// be a participle sharing a passive auxiliary.
func (x *Extractor) legalParticiple(t token) bool {
	if t.Tag != "VBD" {
		return false
	}
	tr, ok := x.tokTrigger(&t, true)
	return ok && tr.Type == schema.EventLegal && tr.Lemma != "plead"
}

// groundOwner returns the entity of a possessive pronoun in the ground a passive legal step
// at i gives ("was sentenced to 50 weeks for breaching his bail conditions", "jailed for her
// role in the attack"): the one the step was taken against, when its subject is a
// description that names no one. Only "his"/"her" after "for" in the same clause, within
// groundReach words; else -1.
func groundOwner(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= groundReach && c.clause[j] == c.clause[i]; j++ {
		if toks[j].Text == "," || toks[j].Lower == "and" {
			return -1
		}
		if toks[j].Lower != "for" {
			continue
		}
		for k := j + 1; k < len(toks) && k-j <= 4; k++ {
			if (toks[k].Lower == "his" || toks[k].Lower == "her") && c.at[k] >= 0 {
				return c.ms[c.at[k]].Entity
			}
			if toks[k].Text == "," || isTensedTag(toks[k].Tag) {
				break
			}
		}
		return -1
	}
	return -1
}

// groundReach bounds how far after a legal step groundOwner looks for its "for" phrase.
const groundReach = 8

// conjunctReach bounds how many words before "and" passiveConjunct reads back to the first
// participle ("was arrested at his home in Lisbon in May and …").
const conjunctReach = 10

// auxReach bounds how many words before a verb its auxiliaries and adverbs may stand ("had
// been contacted", "was not immediately contacted", "had quietly alerted": passiveAux,
// contactedBy, auxBefore).
const auxReach = 3

// openTo reports whether the deed noun at i is what something is open to ("were exposed to
// attack", "vulnerable to cyberattacks", "more susceptible to hacking"; cue susceptibleword
// before "to", at most one modifier between "to" and i): a weakness told, no deed.
func (x *Extractor) openTo(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && (toks[j].Tag == "JJ" || toks[j].Tag == "NN" && !isCap(toks[j].Text)) {
		j-- // "exposed to ransomware attacks", "open to cyber attack"
	}
	return j >= 1 && toks[j].Lower == "to" && x.cue.tokIs("susceptibleword", &toks[j-1])
}

// vulnerableExposed reports whether the participle at i says who is open to harm rather than
// what was laid open: a degree word right before it ("are especially exposed", "more exposed
// than ever"; cue exposuredegree), or a harm or threat right after "to" ("were exposed to
// identity fraud", "left exposed to attackers"; cue exposureharm). "Records were exposed",
// "data was exposed to the public" stay leaks.
func (x *Extractor) vulnerableExposed(toks []token, i int) bool {
	if i > 0 && x.cue.tokIs("exposuredegree", &toks[i-1]) {
		return true
	}
	if i+2 >= len(toks) || toks[i+1].Lower != "to" {
		return false
	}
	// "were exposed to identity fraud", "exposed to ransomware attacks": one modifier may stand before the harm
	return x.cue.tokIs("exposureharm", &toks[i+2]) || i+3 < len(toks) && !isCap(toks[i+2].Text) && x.cue.tokIs("exposureharm", &toks[i+3])
}

// followedBy reports whether the token right after i is one of words (in lower case).
func (x *Extractor) followedBy(c *sentCtx, i int, words ...string) bool {
	if i+1 >= len(c.s.Toks) {
		return false
	}
	w := c.s.Toks[i+1].Lower
	for _, v := range words {
		if w == v {
			return true
		}
	}
	return false
}

// linkedTo reads whom the verb of linking at i links a deed to, after a "to" of its clause
// within 14 tokens ("linked it with moderate to high confidence to …"): the name a described
// doer is given ("to a hacking team it tracks as Frost Ledger", "to a Riga marketing firm called
// X"), else the name there, else the principal of an unnamed doer; else -1.
func (x *Extractor) linkedTo(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= 14 && c.clause[j] == c.clause[i]; j++ {
		if toks[j].Lower != "to" {
			continue
		}
		for k := j + 1; k < len(toks) && k-j <= 4; k++ {
			if x.incidentFamily(toks[k].Lower) != 0 && isNounTag(toks[k].Tag) && !isNounTag(nextTag(toks, k)) {
				return x.object(c, i, false) // "linked North Korea to the WannaCry attack": the doer is linked
			}
			if !(toks[k].Tag == "DT" || toks[k].Tag == "JJ" || isNounTag(toks[k].Tag) || toks[k].Tag == "PRP$") {
				break
			}
		}
		for k := j + 2; k+1 < len(toks) && k-j <= 7 && toks[k].Text != ","; k++ {
			named := toks[k].Lower == "called" || toks[k].Lower == "named" || toks[k].Lower == "dubbed" ||
				toks[k].Lower == "as" && (toks[k-1].Lower == "tracks" || toks[k-1].Lower == "calls")
			if m := c.at[k+1]; named && m >= 0 && c.ms[m].How == mkName && c.ms[m].Entity >= 0 {
				return c.ms[m].Entity // "to a hacking team it tracks as Frost Ledger", "to a Riga firm called X"
			}
		}
		w := partitiveOf(toks, j+1) // "to one of the X groups": the whole the part is of
		if x.nextMention(c, w, 3) >= 0 {
			return x.headAfter(c, w)
		}
		if e := x.principalAfter(c, w); e >= 0 {
			return e
		}
	}
	return -1
}

// isPress reports whether an entity is a news outlet.
func (c *sentCtx) isPress(e int) bool {
	if e < 0 || e >= len(c.ents) {
		return false
	}
	return mediaEntity(c.ents[e])
}

// keptPassive reports whether the participle of telling at i follows "kept" or "keep" in the
// passive ("was kept informed", "had been “kept informed at every step”"; quotation marks and
// adverbs may stand between): the subject is the one kept informed.
func keptPassive(c *sentCtx, i int) bool {
	toks := c.s.Toks
	j := pastQuotesAdverbs(toks, i-1)
	if j < 1 || toks[j].Lower != "kept" {
		return false
	}
	j = pastQuotesAdverbs(toks, j-1)
	return j >= 0 && passiveBe(toks[j].Lower)
}

// passiveBe reports whether w is a form of "be" that makes the participle after it passive
// ("was", "been", "being"; keptPassive, passiveNoun).
func passiveBe(w string) bool {
	switch w {
	case "been", "was", "were", "is", "are", "being", "be":
		return true
	}
	return false
}

// pastQuotesAdverbs returns the last token at or before j that is neither a quotation mark nor
// an adverb, or -1 (keptPassive).
func pastQuotesAdverbs(toks []token, j int) int {
	for j >= 0 && (isQuote(toks[j].Text) || toks[j].Tag == "RB") {
		j--
	}
	return j
}

// keptInformed reads "keep|kept X informed" before the participle of telling at i (adverbs
// before it allowed: "kept the board fully informed"): the index of the form of "keep" and the
// entity of X, the first mention between; -1, -1 when the participle is no such complement.
func keptInformed(c *sentCtx, i int) (int, int) {
	toks := c.s.Toks
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBD" {
		return -1, -1
	}
	j := i - 1
	for j >= 0 && toks[j].Tag == "RB" {
		j--
	}
	obj := -1
	for ; j >= 0 && i-j <= 8; j-- {
		switch l := toks[j].Lower; {
		case l == "keep" || l == "keeps" || l == "kept" || l == "keeping":
			if obj < 0 || j+1 >= len(toks) || c.at[j+1] < 0 && toks[j+1].Tag != "DT" && toks[j+1].Tag != "PRP$" && toks[j+1].Tag != "JJ" {
				return -1, -1
			}
			return j, obj
		case c.at[j] >= 0:
			obj = c.ms[c.at[j]].Entity // the first of the mentions kept informed
		case toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "PRP$" || toks[j].Lower == "and" || isNounTag(toks[j].Tag):
		default:
			return -1, -1
		}
	}
	return -1, -1
}

// mediaEntity reports whether e is a news outlet: one the gazetteer lists as media, or an
// organisation it does not know whose name ends in a newspaper's title word ("the Northfield
// Courier", "Harlow Evening Gazette", "The Ledger").
func mediaEntity(e entity) bool {
	if e.Entry != nil {
		return e.Entry.Class == "media"
	}
	return e.Kind == schema.KindOrganization && mastheadName(e.Name)
}

// mastheadName reports whether name ends in a newspaper's title word (mastheadWords), or in
// "Post" standing alone ("tells the Post") or after a word of the day a paper comes out ("The
// Evening Post", "the Sunday Post"): not a postal service ("Canada Post").
func mastheadName(name string) bool {
	sp := strings.LastIndexByte(name, ' ')
	last := name[sp+1:]
	if strings.EqualFold(last, "post") {
		if sp < 0 {
			return true
		}
		before := strings.ToLower(name[strings.LastIndexByte(name[:sp], ' ')+1 : sp])
		return before == "daily" || before == "evening" || before == "morning" || before == "sunday" || before == "weekly"
	}
	for _, w := range mastheadWords {
		if strings.EqualFold(last, w) {
			return true
		}
	}
	return false
}

// mastheadWords holds the words a newspaper's or news site's title ends in.
var mastheadWords = []string{"times", "herald", "gazette", "tribune", "chronicle", "journal", "telegraph", "observer",
	"inquirer", "examiner", "dispatch", "sentinel", "courier", "ledger", "bulletin", "news"}

// dutyTo reports whether the verb at i is the infinitive a noun of duty governs ("the
// department's responsibility to inform its minister", "the duty to notify victims", "its
// obligation to report the breach"), or a participle of duty ("operators are required to report
// incidents", "obliged to notify"), a parenthetical of saying allowed between ("the
// responsibility, she said, to inform …"), or the bare verb after "must" ("operators must report
// significant incidents"; "must have stolen" guesses at a deed): what someone is bound to do is
// not told as done.
func (x *Extractor) dutyTo(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if i >= 1 && toks[i].Tag == "VB" && toks[i-1].Lower == "must" {
		return true
	}
	if i < 2 || toks[i].Tag != "VB" || toks[i-1].Lower != "to" {
		return false
	}
	j := i - 2
	if toks[j].Text == "," {
		// "responsibility, she said, to inform": past a parenthetical of saying
		for j--; j >= 0 && i-j <= 8 && toks[j].Text != ","; j-- {
		}
		j--
	}
	return j >= 0 && x.cue.tokIs("dutynoun", &toks[j])
}

// ownAlone reports whether a possessive determiner at j and "own" with no noun or adjective
// after it make, with the "on" before j, the idiom for "alone" ("could not keep pace with the
// attacks on its own", "acting on their own"): it names nothing the noun before it touched.
func ownAlone(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].Tag != "PRP$" || toks[j+1].Lower != "own" {
		return false
	}
	return j+2 >= len(toks) || !isNounTag(toks[j+2].Tag) && toks[j+2].Tag != "JJ"
}

// seizedOn reports whether the verb of seizing at i is followed by "on" or "upon" ("seized on
// the testimony", "was quick to seize upon the report"): an argument taken up, not a seizure.
func seizedOn(toks []token, i int) bool {
	return i+1 < len(toks) && (toks[i+1].Lower == "on" || toks[i+1].Lower == "upon")
}

// gappedSaying reports whether the saying verb at i sits in a contact relative clause whose
// content lacks its subject: a noun, a pronoun telling, then the verb followed at once by a
// finite verb ("two firms it said had supplied the unit", "a payload they said was reused", "a
// dismissal she says was retaliation"). The clause describes the noun; it is not a statement
// the article reports. A teller by name ("who prosecutors say ran the network") is left: such
// a clause often carries the teller's one charge in the story.
func gappedSaying(toks []token, i int) bool {
	if i+1 >= len(toks) || i < 2 || toks[i-1].Tag != "PRP" {
		return false
	}
	switch toks[i+1].Tag {
	case "VBD", "VBZ", "VBP", "MD":
	default:
		return false
	}
	switch toks[i-2].Tag {
	case "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}

// failedTo reports whether the verb at i is the infinitive a word of failing, refusing or
// not yet doing governs (cue failto: "for failing to report the attack", "neglected to tell
// customers", "failed to promptly notify the regulator", "has yet to notify X", "declined to
// tell police", an adverb allowed between "to" and the verb): what someone failed, refused or
// has yet to do is not told as done. "a failed attempt to break into X" is an attempt's
// infinitive, and is left to the other readings.
func (x *Extractor) failedTo(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if toks[i].Tag != "VB" {
		return false
	}
	j := i - 1
	if j >= 0 && toks[j].Tag == "RB" {
		j-- // "to promptly notify"
	}
	return j >= 1 && toks[j].Lower == "to" && x.cue.tokIs("failto", &toks[j-1])
}

// personUrges reports whether the warning ev, read from a verb of urging or advising at i
// ("urged", "advises"), is a person's call on people at large, named by no name, to act ("She
// urged banks to move customers to app tokens", "He urged companies to check whom they had
// hired"): an opinion voiced, told along with the person's statements, not a warning of a
// threat as an agency's advice is, nor a message to a body named ("urged the ministry to …").
func (x *Extractor) personUrges(c *sentCtx, i int, ev rawEvent) bool {
	if ev.Type != schema.EventWarning || len(ev.Agent) != 1 || ev.Agent[0] < 0 || ev.Agent[0] >= len(c.ents) {
		return false
	}
	if c.ents[ev.Agent[0]].Kind != schema.KindPerson {
		return false
	}
	if len(ev.Target) > 0 && ev.Target[0] >= 0 && ev.Target[0] < len(c.ents) && !c.ents[ev.Target[0]].Generic {
		return false // "urged the Ministry of Health to …": a call on a body named, a message to it
	}
	return x.cue.tokIs("urgeverb", &c.s.Toks[i])
}

// testimonyBody reports whether entity e is a body one testifies before: a whole legislature or
// one of its chambers ("the Senate", "the House of Commons", "the National Assembly") or a court
// ("the Federal High Court"): the last word of its name is in the testimonybody cue list. What
// is told there is testimony, a statement, not a tip-off. (A committee also hears warnings in
// closed briefings, so it is left out.)
func (x *Extractor) testimonyBody(c *sentCtx, e int) bool {
	if e < 0 || e >= len(c.ents) {
		return false
	}
	return x.cue.is("testimonybody", finalWord(c.ents[e].Name))
}

// soleCommittee returns the article's one committee (an actor whose name ends in "committee"
// or "subcommittee"), or -1 when it names none or several.
func (c *sentCtx) soleCommittee() int {
	e, _ := c.soleEntity(isCommitteeWord)
	return e
}

// isCommitteeWord reports whether w, the last word of a name, makes it a committee.
func isCommitteeWord(w string) bool { return w == "committee" || w == "subcommittee" }

// soleEntity returns the article's one actor named in the text whose name's last word fits,
// or -1 when it names none or several; named reports whether it names any.
func (c *sentCtx) soleEntity(fits func(w string) bool) (found int, named bool) {
	found = -1
	for e := range c.ents {
		if len(c.ents[e].Mentions) == 0 || !fits(finalWord(c.ents[e].Name)) {
			continue
		}
		if found >= 0 {
			return -1, true
		}
		found = e
	}
	return found, found >= 0
}

// legislatorsTold returns the body whose members the verb at i tells, when a name right before
// it tells them and its object is a bare plural for members of a legislature ("X told
// lawmakers", "X briefed senators on Monday", "X told MPs"; cue legislators): the article's one
// committee, else, when it names no committee at all, its one legislature or chamber (a name
// ending in a word of the testimonybody cue list, a court aside); -1 otherwise. An unnamed
// teller ("a senior official told senators") is left alone: the body it stands for is guessed
// too often.
func (x *Extractor) legislatorsTold(c *sentCtx, i int) int {
	toks := c.s.Toks
	if i+1 >= len(toks) || !x.cue.tokIs("legislators", &toks[i+1]) {
		return -1
	}
	if j := x.subjectSlot(c, i); j < 0 || c.at[j] < 0 || c.ms[c.at[j]].How != mkName {
		return -1
	}
	if e, named := c.soleEntity(isCommitteeWord); named {
		return e // -1 for several committees: which one heard it is unknown
	}
	e, _ := c.soleEntity(func(w string) bool {
		return x.cue.is("testimonybody", w) && w != "court" && w != "tribunal"
	})
	return e
}

// namelessDeed keeps the verb at i, of trigger tr, that names no one as one of the sentence's
// nameless deeds, unless negated or hedged: its time may date a deed told next to it.
func (x *Extractor) namelessDeed(c *sentCtx, i int, tr trigger) {
	nl := rawEvent{Type: tr.Type, Lemma: tr.Lemma, Sent: c.s.Index, Trigger: i, TimeIdx: -1}
	x.modality(c, i, &nl)
	if !nl.Negated && nl.Modality == "" {
		c.nameless = append(c.nameless, nl)
	}
}

// passiveBefore reports whether a passive participle ("been affected", "was hit") ends the
// phrase right before the "and" at j: a verb with an object after the "and" is active, so it
// does not share that phrase's auxiliaries nor their negation. The auxiliaries are cue passivebe.
func (x *Extractor) passiveBefore(toks []token, j int) bool {
	if j < 2 || toks[j-1].Tag != "VBN" {
		return false
	}
	return x.cue.tokIs("passivebe", &toks[j-2])
}

// modality sets Negated and Modality from cues before the trigger in its clause.
func (x *Extractor) modality(c *sentCtx, i int, ev *rawEvent) {
	toks := c.s.Toks
	reach := 5
	for j := i - 1; j >= 0 && i-j <= reach; j-- {
		if c.clause[j] != c.clause[i] {
			break
		}
		w := toks[j].Lower
		if !isVerbTag(toks[i].Tag) && x.lexicalVerb(toks[j]) {
			if x.cue.tokIs("lightverb", &toks[j]) && (plannedObject(toks, j, i) || anyPlanned(toks, j, i)) && (toks[i].Tag == "NN" || toks[i].Tag == "NNS") {
				continue // "could file a lawsuit", "did not bring charges", "will impose sanctions": the light verb's modal and negation are the noun's
			}
			if unlikelyVerb(toks, j) {
				ev.Negated = true // "are unlikely to face trial": the object is as unlikely as the verb
			}
			if plannedObject(toks, j, i) && x.futureTo(c, j-1) {
				ev.Modality = "future" // "urged operators to report intrusions": an indefinite object of what one is urged to do is yet to come
			}
			break // "didn't prevent the ensuing attacks": the negation is the other verb's
		}
		if c.at[j] >= 0 {
			continue // a word of a name: "Reporters Without Borders warned" is no negation
		}
		if isQuote(toks[j].Text) && j > 0 && toks[j-1].Text == "," && isVerbTag(toks[i].Tag) {
			break // "\"… you don't wait,\" he said": the closed quotation's negation is not the saying's
		}
		if j > 0 && toks[j].Text == "May" {
			continue // "In May the gang hit X": the month, no modal
		}
		if contrastedVerb(toks, j, i) {
			break // "would not discuss the case but said …": the auxiliaries and negation are the first verb's
		}
		if w == "and" && x.passiveBefore(toks, j) && objectOpens(toks, i+1) {
			break // "accounts had not been affected and accused the gang": no shared negation
		}
		switch {
		case (w == "not" || w == "n't" || w == "n’t") && ev.Type == schema.EventWarning && isVerbTag(toks[i].Tag) && notUntil(c, i):
			// "did not notify the regulator until March": done then, not left undone
		case x.cue.tokIs("negation", &toks[j]) || unlikelyTo(toks, j):
			ev.Negated = true
		case x.cue.tokIs("hypothetical", &toks[j]):
			if ev.Modality == "" {
				ev.Modality = "hypothetical"
			}
		case x.cue.tokIs("future", &toks[j]):
			ev.Modality = "future"
		case x.futureTo(c, j):
			ev.Modality = "future"
		case strings.HasSuffix(w, "ing") && x.cue.tokIs("futureverb", &toks[j]) && !isVerbTag(toks[i].Tag) && plannedObject(toks, j, i):
			ev.Modality = "future" // "arrested on suspicion of planning sabotage attacks", "plotting a bombing"
		case x.cue.tokIs("enableverb", &toks[j]) && i-j+4 > reach:
			// "could allow remote attackers to steal", "may be exploited to hijack": the
			// modal of the enabling verb governs the event
			reach = i - j + 4
		}
	}
	if !ev.Negated && incidentDeed(ev.Type) && isVerbTag(toks[i].Tag) && !x.passiveAux(c, i) && noneTaken(toks, i) {
		ev.Negated = true // "the company paid no ransom", "the hackers stole nothing"
	}
	if ev.Modality == "" && !ev.Negated && incident(ev.Type) && ev.Type != schema.EventReport && x.habitual(c, i) {
		ev.Modality = "hypothetical"
	}
	if !ev.Negated && incident(ev.Type) && (x.unproven(c, i) || x.noEvidence(c, i) || incidentDeed(ev.Type) && x.failedTo(c, i)) {
		ev.Negated = true
	}
}

// notUntil reports whether the verb at i is followed in its clause by "until" and a time
// ("did not notify the regulator until March 2024", "didn't tell customers until June 3"):
// a negation so bounded says when the deed was done, not that it was left undone. A time
// earlier in the sentence leaves the negation standing, since the deed would take that time.
func notUntil(c *sentCtx, i int) bool {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= 12 && c.clause[j] == c.clause[i]; j++ {
		if toks[j].Text == "," || toks[j].Text == ";" {
			return false
		}
		if toks[j].Lower != "until" && toks[j].Lower != "till" {
			continue
		}
		for _, k := range c.timeAt {
			if k < j {
				return false // "found it in July but did not tell them until October": the times would cross
			}
			if k == j+1 || k == j+2 && j+1 < len(toks) && (toks[j+1].Tag == "JJ" || toks[j+1].Tag == "DT") {
				return true // "until March", "until late April", "until the next day"
			}
		}
		return false
	}
	return false
}

// unlikelyTo reports whether the word at j is "unlikely" before the "to" of what it judges
// ("are unlikely to be extradited", "is unlikely ever to stand trial"): what is told as
// unlikely is told as not done. "an unlikely target" judges no act.
func unlikelyTo(toks []token, j int) bool {
	if j < 0 || j >= len(toks) || toks[j].Lower != "unlikely" {
		return false
	}
	k := j + 1
	if k < len(toks) && toks[k].Lower == "ever" {
		k++
	}
	return k < len(toks) && toks[k].Lower == "to"
}

// unlikelyVerb reports whether the verb at j is the infinitive "unlikely to" judges ("are
// unlikely to face trial", "unlikely ever to face charges"): the noun it takes is told as not
// done, as the verb is.
func unlikelyVerb(toks []token, j int) bool {
	if j < 2 || toks[j-1].Lower != "to" {
		return false
	}
	return unlikelyTo(toks, j-2) || unlikelyTo(toks, j-3)
}

// noneTaken reports whether the object right after the active verb at i is denied by its
// determiner ("paid no ransom", "stole no customer data", "took nothing"): a deed whose object
// is none is told as not done. "no" before a comparative bounds a count instead ("hit no fewer
// than 40 banks", "stole no less than $2 million").
func noneTaken(toks []token, i int) bool {
	k := i + 1
	if k >= len(toks) {
		return false
	}
	switch toks[k].Lower {
	case "nothing":
		return true
	case "no":
		return k+1 < len(toks) && toks[k+1].Tag != "JJR" && toks[k+1].Tag != "RBR" && toks[k+1].Lower != "more" && toks[k+1].Lower != "less" &&
			toks[k+1].Lower != "fewer" && toks[k+1].Lower != "later" && toks[k+1].Lower != "sooner"
	}
	return false
}

// noEvidenceReach bounds how many tokens before the deed noEvidence looks for "evidence that"
// or "evidence of".
const noEvidenceReach = 8

// noEvidence reports whether the deed at i is what a finding says there is no sign of: the
// clause after "no evidence that" or "not … any evidence that" ("there is no evidence that
// the attackers stole funds from X", "had not found any indication that intruders breached
// Y"), or the noun after "of" ("found no evidence of a breach"). Only the deed's subject,
// "that" and auxiliaries may stand between, as for unproven.
func (x *Extractor) noEvidence(c *sentCtx, i int) bool {
	toks := c.s.Toks
	for j := i - 1; j >= 2 && i-j <= noEvidenceReach; j-- {
		w, tg := toks[j].Lower, toks[j].Tag
		if (w == "that" || w == "of") && x.cue.tokIs("evidencenoun", &toks[j-1]) {
			q := toks[j-2].Lower
			return q == "no" || q == "any" && x.negatedVerb(toks, j-2)
		}
		if !(c.at[j] >= 0 || w == "that" || x.auxTok(&toks[j]) || tg == "RB" || tg == "DT" || tg == "JJ" || tg == "PRP" || tg == "PRP$" || tg == "CD" || isNounTag(tg)) {
			return false
		}
	}
	return false
}

// contrastedVerb reports whether the "but" at j coordinates the verb at i with a verb phrase
// before it ("would not discuss the case but said …", "declined to comment, but confirmed
// …"): "but" sets the second verb against the first, so a negation or modal before the first
// ("would not") is not the second's.
func contrastedVerb(toks []token, j, i int) bool {
	return isVerbTag(toks[i].Tag) && toks[j].Lower == "but" && toks[j].Tag == "CC"
}

// plannedObject reports whether the deed noun at i heads an indefinite object of the verb at j
// ("planning sabotage attacks", "plotting a bombing", "preparing further attacks"): only an
// article a(n), numbers, adjectives or nouns between, within three words. A definite object
// ("planned the attack that killed …") may be a deed done.
func plannedObject(toks []token, j, i int) bool {
	if j < 0 || i >= len(toks) || i <= j || i-j > 4 {
		return false
	}
	for k := j + 1; k < i; k++ {
		if tg := toks[k].Tag; !(isNounTag(tg) || strings.HasPrefix(tg, "JJ") || tg == "CD" || toks[k].Lower == "a" || toks[k].Lower == "an") {
			return false
		}
	}
	return true
}

// goesOnReach bounds how far after a legal noun goesOn looks for the verb it is subject of.
const goesOnReach = 10

// goesOn reports whether the legal noun at i is the subject of a verb saying it goes on ("the
// investigation into the ring is continuing", "while the FBI investigation continued", "the
// inquiry remains open", "was ongoing"): a step begun before and still under way, no new step.
// Only its complement ("into …", "of …") may stand between, with no comma, verb or relative
// word: "opened an investigation … that continued for months" opens one.
func goesOn(toks []token, i int) bool {
	be := false // a copula or "has" stands before the word saying it goes on
	for j := i + 1; j < len(toks) && j-i <= goesOnReach; j++ {
		w := toks[j].Lower
		switch {
		case w == "continues" || w == "continued":
			return true
		case w == "continuing" || w == "ongoing" || w == "open":
			return be
		case w == "is" || w == "was" || w == "remains" || w == "remained" || w == "has" || w == "been" || w == "still":
			be = true
		case toks[j].Text == "," || isVerbTag(toks[j].Tag) || w == "that" || toks[j].Tag == "WDT" || toks[j].Tag == "WP":
			return false
		}
	}
	return false
}

// ceilingPenalty reports whether the penalty noun at i names what a law allows rather than a
// penalty imposed: it is the object of "carry" or "face" ("the charges carry penalties of up
// to 20 years", "faces penalties of …"), or "maximum", "possible" or "potential" is among its
// modifiers ("a maximum penalty of five years") and no other verb takes it as object: "imposed
// the maximum penalty" is a penalty imposed.
func ceilingPenalty(toks []token, i int) bool {
	bound := false // a word of bounds among the modifiers
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		switch w := toks[j].Lower; {
		case w == "maximum" || w == "possible" || w == "potential":
			bound = true
		case strings.HasPrefix(w, "carr") || w == "face" || w == "faces" || w == "facing" || w == "faced":
			return isVerbTag(toks[j].Tag)
		case toks[j].Tag == "JJ" || toks[j].Tag == "DT" || toks[j].Tag == "CD" || isNounTag(toks[j].Tag):
		default:
			return bound && !isVerbTag(toks[j].Tag)
		}
	}
	return bound
}

// anyPlanned reports whether the deed noun at i heads an object of the verb at j that "any"
// opens ("has not imposed any sanctions", "did not file any charges"): the negation before
// the verb is the noun's, as with an indefinite article.
func anyPlanned(toks []token, j, i int) bool {
	return j+1 < i && toks[j+1].Lower == "any" && plannedObject(toks, j+1, i)
}

// unproven reports whether the deed at i is told in the clause of a verb of proving that is
// negated or failed ("the evidence did not prove X had accessed Y", "could not prove that X
// hacked Y", "failed to prove that …"): what was not proven is not asserted. Only the deed's
// subject, "that" and auxiliaries may stand between.
func (x *Extractor) unproven(c *sentCtx, i int) bool {
	toks := c.s.Toks
	j := i - 1
	for ; j >= 0 && i-j <= 8; j-- {
		if x.cue.tokIs("proveverb", &toks[j]) {
			break
		}
		w, tg := toks[j].Lower, toks[j].Tag
		if !(c.at[j] >= 0 || w == "that" || x.auxTok(&toks[j]) || tg == "RB" || tg == "DT" || tg == "JJ" || tg == "PRP" || isNounTag(tg)) {
			return false
		}
	}
	if j < 1 || i-j > 8 || !x.cue.tokIs("proveverb", &toks[j]) {
		return false
	}
	if x.negatedVerb(toks, j) {
		return true // "did not prove", "could not prove", "has never been proven"
	}
	return toks[j-1].Lower == "to" && j >= 2 && x.cue.tokIs("failverb", &toks[j-2])
}

// futureTo reports whether the "to" at j opens what a verb of intent (cue futureverb: "plans
// to", "vowed to") or of urging (urgedTo) puts off: not done yet.
func (x *Extractor) futureTo(c *sentCtx, j int) bool {
	toks := c.s.Toks
	return j > 0 && j < len(toks) && toks[j].Lower == "to" && (x.cue.tokIs("futureverb", &toks[j-1]) || x.urgedTo(c, j))
}

// urgedTo reports whether the "to" at j opens what the object of a verb of urging or asking
// is urged to do ("urged the ministry to notify every patient", "asked Congress to assign
// …", "called on operators to report …"): not done yet. The object is a short noun phrase, a
// name or an object pronoun.
func (x *Extractor) urgedTo(c *sentCtx, j int) bool {
	toks := c.s.Toks
	obj := false
	for k := j - 1; k >= 0 && j-k <= 7; k-- {
		t := toks[k]
		switch {
		case c.at[k] >= 0 || isNounTag(t.Tag) || t.Tag == "JJ" || t.Tag == "DT" || t.Tag == "CD" || t.Tag == "PRP$" || t.Tag == "POS" || t.Lower == "them" || t.Lower == "him" || t.Lower == "her" || t.Lower == "us":
			obj = true
		case t.Lower == "on":
			return obj && k > 0 && (toks[k-1].Lower == "called" || toks[k-1].Lower == "calls" || toks[k-1].Lower == "calling") // "called on X to"
		case t.Lower == "and" && k == j-1:
			// "urged the ministry to publish a report and to notify …": as the first infinitive goes
			for m := k - 1; m >= 0 && k-m <= 15 && c.clause[m] == c.clause[k]; m-- {
				if toks[m].Lower == "to" {
					return x.urgedTo(c, m)
				}
			}
			return false
		default:
			return obj && isVerbTag(t.Tag) && x.cue.tokIs("urgeverb", &t) // "called X to" is none: "called on X to" is
		}
	}
	return false
}

// habitual reports whether the trigger at i states what happens as a rule rather than an
// event: the simple present with a frequency adverb ("attackers routinely target"), or with
// a bare plural subject ("ransomware gangs encrypt files"), or the present passive with a
// frequency adverb ("hospitals are often targeted by ransomware gangs"); the adverb cases are
// oftenDone's.
func (x *Extractor) habitual(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if x.oftenDone(c, i) {
		return true
	}
	if t := toks[i].Tag; t != "VBZ" && t != "VBP" || x.cue.tokIs("be", &toks[i]) {
		return false
	}
	j := i - 1
	for j >= 0 && i-j <= 4 && c.clause[j] == c.clause[i] && toks[j].Tag == "RB" {
		j--
	}
	// a bare plural subject: "attackers", "criminal groups" (not "the attackers", not a name)
	if j < 0 || toks[j].Tag != "NNS" || c.at[j] >= 0 && c.ms[c.at[j]].How == mkName {
		return false
	}
	k := j - 1
	for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "NNS" || toks[k].Tag == "VBN") && c.at[k] < 0 {
		k--
	}
	if k >= 0 {
		if tg := toks[k].Tag; tg == "DT" || tg == "PRP$" || tg == "CD" || tg == "POS" || c.at[k] >= 0 {
			return false
		}
	}
	return true
}

// oftenDone reports whether a frequency adverb (cue habitual) makes the present trigger at i a
// rule: the simple present with the adverb before it or in its clause after it ("attackers
// routinely target", "hits hospitals often"), or the present passive (presentPassiveHabit).
// Unlike a bare plural subject, whose present the tagger may misread ("Hackers hit X on
// Monday"), the adverb leaves no deed told.
func (x *Extractor) oftenDone(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if x.presentPassiveHabit(c, i) {
		return true
	}
	if t := toks[i].Tag; t != "VBZ" && t != "VBP" || x.cue.tokIs("be", &toks[i]) {
		return false
	}
	for j := i + 1; j < len(toks) && j-i <= 6 && c.clause[j] == c.clause[i]; j++ {
		if x.cue.tokIs("habitual", &toks[j]) {
			return true // "hits hospitals often"
		}
	}
	for j := i - 1; j >= 0 && i-j <= 4 && c.clause[j] == c.clause[i]; j-- {
		if x.cue.tokIs("habitual", &toks[j]) {
			return true
		}
		if toks[j].Tag != "RB" {
			break
		}
	}
	return false
}

// oftenNoun reports whether the plural deed noun at i, bare (opening its clause, or after
// "that" or a verb of saying), is the subject of a present verb that a frequency adverb (cue
// habitual) comes before, only its "of" complement between ("Indictments of intelligence
// officers rarely lead to trials", "officials say breaches often go unreported"): deeds of a
// kind spoken of as a rule, none told.
func (x *Extractor) oftenNoun(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if toks[i].Tag != "NNS" {
		return false
	}
	if i > 0 && c.clause[i-1] == c.clause[i] {
		if p := toks[i-1].Lower; p != "that" && !x.cue.tokIs("reporting", &toks[i-1]) {
			return false
		}
	}
	for j := i + 1; j+1 < len(toks) && j-i <= 10 && c.clause[j] == c.clause[i]; j++ {
		t := toks[j]
		switch {
		case x.cue.tokIs("habitual", &t):
			n := toks[j+1].Tag
			return n == "VBP" || n == "VBZ"
		case t.Lower == "of" || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || isNounTag(t.Tag) || t.Tag == "POS" || t.Tag == "HYPH":
		default:
			return false
		}
	}
	return false
}

// presentPassiveHabit reports whether the participle at i is a present passive ("is", "are",
// adverbs between) with a frequency adverb (cue habitual) before it or just after it ("grid
// operators are increasingly targeted by", "such firms are hit often"): a rule, no event.
func (x *Extractor) presentPassiveHabit(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if toks[i].Tag != "VBN" {
		return false
	}
	often := i+1 < len(toks) && x.cue.tokIs("habitual", &toks[i+1])
	for j := i - 1; j >= 0 && i-j <= auxReach; j-- {
		w := toks[j].Lower
		switch {
		case w == "is" || w == "are":
			return often
		case x.cue.tokIs("habitual", &toks[j]):
			often = true
		case toks[j].Tag != "RB" && toks[j].Tag != "RBR":
			return false
		}
	}
	return false
}

// ents returns entity e as a one-entity list, or nil when e is -1 (none).
func ents(e int) []int {
	if e < 0 {
		return nil
	}
	return []int{e}
}

// contains reports whether v is among xs.
func contains(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

// sameEnts reports whether a and b list the same entities in the same order, and at least one.
func sameEnts(a, b []int) bool {
	if len(a) == 0 || len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// incident reports whether an event type is a cyber incident (intrusion, theft, leak,
// attack): such an event is worth recording even when the text names no one taking part
// ("the data was stolen", "a ransomware attack").
func incident(t schema.EventType) bool {
	switch t {
	case schema.EventIntrusion, schema.EventTheft, schema.EventLeak, schema.EventAttack, schema.EventReport, schema.EventOther:
		return true
	}
	return false
}

// incidentDeed reports whether an event type is an incident done to someone (intrusion, theft,
// leak, attack): an incident (incident) that is neither a report nor of another kind.
func incidentDeed(t schema.EventType) bool {
	return incident(t) && t != schema.EventReport && t != schema.EventOther
}

// perfect reports whether a form of "have" stands at most three tokens before the participle
// at j ("had since hired").
func (x *Extractor) perfect(c *sentCtx, j int) bool {
	for k := j - 1; k >= 0 && j-k <= 3; k-- {
		switch c.s.Toks[k].Lower {
		case "have", "has", "had", "having":
			return true
		}
	}
	return false
}

// definiteNP reports whether the noun at i heads a definite noun phrase: "the attack",
// "this week's breach" is not, "the 2014 hack" and "Sunday's attack" (a weekday's: one day's
// deed) are.
func definiteNP(toks []token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		switch toks[j].Lower {
		case "the", "this", "that", "these", "those":
			return true
		}
		if j > 0 && isPossMark(toks[j].Lower) && weekdays[toks[j-1].Lower] {
			return true // "Sunday's attack"
		}
		if t := toks[j].Tag; t != "JJ" && t != "NN" && t != "NNP" && t != "CD" && t != "VBN" && t != "HYPH" {
			return false
		}
	}
	return false
}

// lexicalVerb reports whether t is a verb other than an auxiliary (be, have, do, modals) or a
// verb that passes modality on ("allow", "plan").
func (x *Extractor) lexicalVerb(t token) bool {
	if !isVerbTag(t.Tag) || t.Tag == "MD" || x.cue.tokIs("be", &t) {
		return false
	}
	switch t.Lower {
	case "has", "have", "had", "having", "do", "does", "did":
		return false
	}
	return !x.cue.tokIs("enableverb", &t) && !x.cue.tokIs("futureverb", &t)
}

// namedAgent reports whether an event has an agent that is more than a weak guess ("Creating"
// opening a quotation is a capitalised word, not an actor).
func (c *sentCtx) namedAgent(ev rawEvent) bool {
	for _, a := range ev.Agent {
		if a < 0 || a >= len(c.ents) {
			continue
		}
		if e := c.ents[a]; e.Conf >= 0.4 || e.Entry != nil || e.Generic {
			return true
		}
	}
	return false
}

// quotedDeedTold reports whether the deed ev at i, inside a quotation and done by no one named,
// is still one the speaker reports: a verb in the past ("accessed", "were stolen") whose clause
// names its victim and a time ("\"Intruders accessed part of X's mail system in March,\" a
// spokeswoman said"), not talk of deeds in general ("attacks like this one happen every day")
// nor a deed a negation before it in its clause denies ("nobody stole anything in March").
func (x *Extractor) quotedDeedTold(c *sentCtx, i int, ev rawEvent) bool {
	toks := c.s.Toks
	if !incidentDeed(ev.Type) || !ev.asserted() || len(ev.Target) == 0 {
		return false
	}
	if t := toks[i].Tag; t != "VBD" && !(t == "VBN" && x.passiveAux(c, i)) {
		return false
	}
	for _, e := range ev.Target {
		if e < 0 || e >= len(c.ents) || c.ents[e].Generic {
			return false
		}
	}
	for j := i - 1; j >= 0 && c.clause[j] == c.clause[i]; j-- {
		if w := toks[j].Lower; x.cue.tokIs("negation", &toks[j]) || w == "nobody" || w == "none" || w == "nothing" {
			return false // "No one stole anything from X in March": denied, not told
		}
	}
	for _, j := range c.timeAt {
		if c.clause[j] == c.clause[i] && c.quoted[j] {
			return true
		}
	}
	return false
}

// barePlural reports whether the deed noun at i is a plural with no determiner before it
// ("had claimed attacks on banks in March", "ransomware attacks on hospitals"): a run of deeds,
// not the one deed told before ("the attack").
func barePlural(toks []token, i int) bool {
	if i < 0 || i >= len(toks) || toks[i].Tag != "NNS" {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		switch g := toks[j].Tag; {
		case g == "DT" || g == "PRP$" || g == "POS" || g == "CD" || g == "WDT":
			return false
		case strings.HasPrefix(g, "JJ") || g == "NN" || g == "NNP" || g == "HYPH" || toks[j].Text == "-":
			continue
		}
		return true
	}
	return true
}

// alsoBefore reports whether "also" stands in the clause of the trigger at i, a few words before
// it ("the group also carried out a car bombing", "X also attacked Y"): the clause adds a
// deed to those told before rather than telling one of them again.
func alsoBefore(c *sentCtx, i int) bool {
	toks := c.s.Toks
	for j := i - 1; j >= 0 && i-j <= 6 && c.clause[j] == c.clause[i]; j-- {
		if toks[j].Lower == "also" {
			return true
		}
	}
	return false
}

// measureSubject reports whether the subject of the verb at i is a sanction, a charge or a
// legal measure ("the sanctions target X", "its sanctions regime, which until now has targeted
// …", "the indictment targets"): the verb tells whom the measure is aimed at, not an attack.
func (x *Extractor) measureSubject(c *sentCtx, i int) bool {
	toks := c.s.Toks
	j := x.subjectSlot(c, i)
	for k := j; k >= 0 && j-k <= 1 && isNounTag(toks[k].Tag) && c.at[k] < 0; k-- {
		if x.cue.tokIs("measurehead", &toks[k]) {
			return true
		}
		if tr, ok := x.tokTrigger(&toks[k], false); ok && !tr.Verb && (tr.Type == schema.EventSanction || tr.Type == schema.EventLegal) {
			return true
		}
	}
	return false
}

// subjectSlot returns the index of the last word of what stands before the verb at i as its
// subject, past adverbs, modals and auxiliaries and a relative pronoun's comma ("…, which has
// targeted": the antecedent), or -1 when nothing does.
func (x *Extractor) subjectSlot(c *sentCtx, i int) int {
	toks := c.s.Toks
	j := i - 1
	for j >= 0 && i-j <= 8 && (toks[j].Tag == "RB" || toks[j].Tag == "MD" || x.auxTok(&toks[j]) ||
		toks[j].Lower == "until" || toks[j].Lower == "now") {
		j--
	}
	if j >= 1 && (toks[j].Tag == "WDT" || toks[j].Lower == "which" || toks[j].Lower == "that") {
		j-- // "…, which has targeted": the antecedent
		if j >= 1 && toks[j].Text == "," {
			j--
		}
	}
	return j
}

// doerBefore reports whether the verb at i, active and finite, has an actor's mention or a
// personal pronoun right before it as its subject: "the gang crippled the council's
// computers", "Cyber Command disrupted the botnet", "a group that paralysed X" — a doer harms
// what it names; "a ransomware attack crippled X" (an incident, read by the incident noun's
// own harm rule), "China's ability to disrupt …" and "its systems were disrupted" name none.
func (x *Extractor) doerBefore(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if x.passiveAux(c, i) {
		return x.byAgent(c, i) >= 0 // "the ministry's websites were knocked offline by X"
	}
	if !isTensedTag(toks[i].Tag) && !(toks[i].Tag == "VBN" && x.perfect(c, i)) || !c.actorHarmed(i) {
		return false
	}
	j := x.subjectSlot(c, i)
	if j < 0 {
		return false
	}
	if toks[j].Tag == "PRP" {
		return true
	}
	// not a possessor nor a preposition's object: "an attack that researchers linked to X
	// knocked out …", "an operation against X, Y, disrupted …" have an incident as subject
	return c.subjectEntity(j) >= 0
}

// subjectEntity returns the entity of the mention that ends at j, the subject slot of a verb
// (subjectSlot), unless it is a possessor or a preposition's object; -1 when there is none.
func (c *sentCtx) subjectEntity(j int) int {
	if j < 0 || c.at[j] < 0 {
		return -1
	}
	m := c.ms[c.at[j]]
	if m.Possessive || m.PrepObj {
		return -1
	}
	return m.Entity
}

// armedDoer reports whether the verb at i, active and finite, has as its subject an armed
// group: one the gazetteer lists among armed groups ("al-Shabaab fighters stormed …") or
// described attackers ("Gunmen killed 21 tourists", "militants ambushed a convoy"), or, in
// the passive, such a group after "by" ("six soldiers were killed by rebels"). An accident,
// a court or a legislature does not attack what it kills.
func (x *Extractor) armedDoer(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if x.passiveAux(c, i) {
		if x.armedGroup(c, x.byAgent(c, i), "") {
			return true
		}
		// "six soldiers were killed by gunmen": described attackers after "by"
		if b := c.wordAhead(i, "by", armedByReach); b >= 0 {
			for k := b + 1; k < len(toks) && k-b <= prepHeadReach; k++ {
				if x.cue.tokIs("armedhead", &toks[k]) || x.cue.tokIs("weaponhead", &toks[k]) {
					return true // "were killed by gunmen", "was struck by a missile"
				}
				if t := toks[k].Tag; t != "DT" && t != "JJ" && t != "CD" && !isNounTag(t) {
					break
				}
			}
		}
		return false
	}
	if !isTensedTag(toks[i].Tag) {
		return false // "saying its fighters had blown up X": a claim's pluperfect, the saying's day not its own
	}
	if x.armedGroup(c, x.beforeAppositive(c, i), "") {
		return true // "The X Front, a militant group active in the north, killed …"
	}
	j := x.subjectSlot(c, i)
	// the subject's words: "Gunmen" read as a name, "Militants of the X Front", "Rebels"
	for k := j; k >= 0 && j-k <= 5 && c.clause[k] == c.clause[i]; k-- {
		w := toks[k]
		if x.cue.tokIs("armedhead", &w) || x.cue.tokIs("weaponhead", &w) {
			// "Ukrainian drones struck …": the weapon fired, its state or group the doer; not "an
			// attack by militants killed …": the incident is the subject
			return !prepObject(toks, k)
		}
		if !isNounTag(w.Tag) && w.Tag != "DT" && w.Tag != "JJ" && w.Lower != "of" {
			break
		}
	}
	if j < 0 {
		return false
	}
	return x.armedGroup(c, c.subjectEntity(j), toks[j].Lower)
}

// armedByReach bounds how far "by" may follow a passive verb whose doer armedDoer reads ("were
// killed on Sunday by gunmen").
const armedByReach = 8

// topicThenTo returns the index of the "to" that follows a short phrase of what a message is
// about, opened by the topic preposition at k ("an alert on PERSIMMON variants to logistics
// companies", "a warning about the flaw to the ministry"), or -1: only determiners, numbers,
// adjectives and nouns may stand between, at most topicReach words.
func topicThenTo(toks []token, k int) int {
	for j := k + 1; j < len(toks) && j-k <= topicReach+1; j++ {
		t := toks[j]
		if t.Lower == "to" {
			if j == k+1 {
				return -1
			}
			return j
		}
		if !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "HYPH" || t.Tag == "POS" || t.Tag == "PRP$" || isNounTag(t.Tag)) {
			return -1
		}
	}
	return -1
}

// topicReach bounds the words of a message's topic topicThenTo steps over.
const topicReach = 6

// prepHeadReach bounds how far a noun phrase's head may stand after its preposition, with
// determiners, numbers and modifiers between ("by the three armed gunmen").
const prepHeadReach = 4

// armedGroup reports whether entity ent of c is an armed group: an organisation or group whose
// apposition calls it armed (cue armedmod), or a group listed as one (class terror) or
// described by a word for armed attackers, its head word given or its name. False for no
// entity (ent < 0).
func (x *Extractor) armedGroup(c *sentCtx, ent int, head string) bool {
	if ent < 0 || ent >= len(c.ents) {
		return false
	}
	e := c.ents[ent]
	if e.Kind == schema.KindOrganization || e.Kind == schema.KindGroup {
		// "X, a militant group", "X, an armed group active in …": its apposition says so
		for _, w := range strings.Fields(e.Appos) {
			if x.cue.is("armedmod", w) {
				return true
			}
		}
	}
	if e.Kind != schema.KindGroup {
		return false
	}
	if e.Entry != nil && e.Entry.Class == "terror" || x.cue.is("armedhead", head) {
		return true
	}
	f := strings.Fields(strings.ToLower(e.Name))
	return len(f) > 0 && x.cue.is("armedhead", f[len(f)-1])
}

// attackTold reports whether the sentence of "kill" at i names an attack by another word
// ("In the attack on the hotel, gunmen killed 20 people", "gunmen opened fire, killing …"):
// the killing is its toll, not another attack.
func (x *Extractor) attackTold(toks []token, i int) bool {
	for j, w := range toks {
		if j == i {
			continue
		}
		if tr, ok := x.tokTrigger(&w, isVerbTag(w.Tag)); ok && tr.Type == schema.EventAttack && tr.Lemma != "kill" {
			return true
		}
	}
	return false
}

// armedDeed reports whether the verb at i of a deed of force (cue armedgated, lemma its
// lemma) tells an attack: "gunmen killed 21 tourists", "militants stormed X", "Ukrainian
// drones struck a refinery", and a doer striking a named victim ("the gang struck Acme"); not
// "a crash killed", "the senate killed the bill", "blew the whistle", "struck a deal with X",
// nor a killing that is the toll of an attack the sentence names otherwise.
func (x *Extractor) armedDeed(c *sentCtx, i int, lemma string) bool {
	toks := c.s.Toks
	if lemma == "blow" && !blownUp(toks, i) {
		return false
	}
	if !x.armedDoer(c, i) && !(lemma == "strike" && x.doerBefore(c, i)) {
		return false
	}
	return lemma != "kill" || !x.attackTold(toks, i)
}

// prepObject reports whether the noun phrase ending at k is a preposition's object: a
// preposition before it past determiners, numbers and modifiers ("by militants", "of the
// rebels").
func prepObject(toks []token, k int) bool {
	for j := k - 1; j >= 0 && k-j <= prepHeadReach; j-- {
		switch t := toks[j].Tag; {
		case t == "IN" || t == "TO":
			return true
		case t == "DT" || t == "CD" || t == "JJ" || t == "PRP$" || isNounTag(t):
		default:
			return false
		}
	}
	return false
}

// blownUp reports whether "blow" at i is blowing something up ("blew up a bridge", "blew the
// depot up"), not "blew the whistle" nor "a blow to".
func blownUp(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j-i <= 6; j++ {
		if toks[j].Lower == "up" {
			return true
		}
		if toks[j].Text == "," || toks[j].Tag == "IN" || isTensedTag(toks[j].Tag) {
			return false
		}
	}
	return false
}

// actorHarmed reports whether the object of the verb at i names an actor, itself or through
// "of" ("disrupted the gang X", "crippled Valdoria's tax authority", "knocked the command
// servers of the X botnet offline"), not a plan or a gathering ("disrupted a plot to bomb X",
// "disrupted a protest outside X"): another preposition, "to", a comma or a finite verb ends it.
func (c *sentCtx) actorHarmed(i int) bool {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= offlineReach && c.clause[j] == c.clause[i]; j++ {
		w := toks[j]
		switch {
		case c.at[j] >= 0:
			return true
		case w.Tag == "IN" && w.Lower != "of", w.Tag == "TO", w.Text == ",", isTensedTag(w.Tag):
			return false
		}
	}
	return false
}

// offlineReach bounds how far "offline" may stand after "knocked" with the object between
// ("knocked the command servers of the botnet offline").
const offlineReach = 12

// knockedOut reports whether "knock" at i is knocking out or offline ("knocked out the
// council's systems", "knocked the ministry's websites offline"), not "knocked on doors".
func (c *sentCtx) knockedOut(i int) bool {
	toks := c.s.Toks
	return i+1 < len(toks) && toks[i+1].Lower == "out" || c.wordAhead(i, "offline", offlineReach) >= 0
}

// floodReach bounds how far "with" may stand after "flood" with the object between ("flooded
// dozens of government and municipal websites with junk traffic").
const floodReach = 12

// floodLoadReach bounds how many words after that "with" floodedWith looks for the load ("with
// junk traffic", "with millions of bogus requests").
const floodLoadReach = 4

// floodedWith reports whether "flood" at i floods its object with the load of a
// denial-of-service attack ("flooded the bank's websites with junk traffic", "the portal was
// flooded with bogus requests"): a "with" in its clause, then a word of cue floodload within
// floodLoadReach words; not "flooded the market with cheap goods", nor a river that floods a
// town. The simple present ("a tool that floods servers with requests") tells what a tool or a
// group does as a rule, no flood that happened.
func (x *Extractor) floodedWith(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if t := toks[i].Tag; t == "VBZ" || t == "VBP" {
		return false
	}
	w := c.wordAhead(i, "with", floodReach)
	if w < 0 {
		return false
	}
	for j := w + 1; j < len(toks) && j-w <= floodLoadReach; j++ {
		if x.cue.tokIs("floodload", &toks[j]) {
			return true
		}
	}
	return false
}

// thatDeterminer reports whether "that" at i, tagged as a complementiser, points to a singular
// noun that is the object of the verb before it ("rejected that charge on Thursday", "disputed
// that account"): a noun, then no verb, and no verb of saying before it ("said that security
// …" opens a clause).
func (x *Extractor) thatDeterminer(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i+1].Tag != "NN" || x.cue.tokIs("reporting", &toks[i-1]) {
		return false
	}
	if p := toks[i-1].Tag; !isTensedTag(p) && p != "VB" && p != "VBG" {
		return false
	}
	if i+2 < len(toks) {
		if n := toks[i+2].Tag; strings.HasPrefix(n, "VB") || n == "MD" || n == "NN" || n == "NNS" || n == "POS" {
			return false
		}
	}
	return true
}

// thatPronoun reports whether "that" at i, tagged as a complementiser, is the pronoun object of
// the verb before it ("denied that in a radio interview on Sunday", "confirmed that on
// Thursday"): a preposition or the sentence's end follows it and no finite verb comes after
// it, so it opens no clause.
func thatPronoun(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	if p := toks[i-1].Tag; !isTensedTag(p) && p != "VB" && p != "VBG" {
		return false
	}
	if n := toks[i+1]; n.Tag != "IN" && n.Text != "." || n.Lower == "that" {
		return false
	}
	for _, t := range toks[i+1:] {
		if isTensedTag(t.Tag) || t.Tag == "MD" {
			return false
		}
	}
	return true
}

// roleNoun holds the nouns of taking part in a deed: "X's role in the attack".
var roleNoun = map[string]bool{"role": true, "involvement": true, "participation": true, "part": true, "hand": true, "complicity": true}

// roleIn returns the one whose part in the incident noun at i a possessive names ("the
// company's role in the 2024 compromise of X", "his alleged involvement in the attack"), or
// -1. Determiners, numbers and modifiers may stand between "in" and the noun, and adjectives
// between the possessive and the role noun.
func (x *Extractor) roleIn(c *sentCtx, i int) int {
	toks := c.s.Toks
	j := i - 1
	for j >= 0 && i-j <= 4 && c.at[j] < 0 && (toks[j].Tag == "DT" || toks[j].Tag == "CD" || toks[j].Tag == "JJ" || toks[j].Tag == "NN" || toks[j].Tag == "VBN") {
		j--
	}
	if j < 1 || toks[j].Lower != "in" || !roleNoun[toks[j-1].Lower] || !isNounTag(toks[j-1].Tag) {
		return -1
	}
	k := j - 2
	for k >= 0 && j-k <= 4 && c.at[k] < 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "RB" || toks[k].Tag == "VBN") {
		k-- // "alleged", "central", "key"
	}
	if k < 0 {
		return -1
	}
	if (isPossMark(toks[k].Text) || toks[k].Text == "'" || toks[k].Text == "’") && k > 0 {
		k--
	}
	m := c.at[k]
	if m < 0 || c.ms[m].Entity < 0 || !(c.ms[m].Possessive || k+1 < len(toks) && isPossMark(toks[k+1].Text)) {
		return -1
	}
	if c.ms[m].How == mkPronoun && k >= 2 && toks[k-1].Lower == "for" && isNounTag(toks[k-2].Tag) {
		// "sanctioned two men for their role in …": the object the pronoun stands behind, not
		// whatever its resolution found; none when the object names no actor
		if o := c.at[k-2]; o >= 0 && c.ms[o].How != mkPronoun && c.ms[o].Entity >= 0 {
			return c.ms[o].Entity
		}
		return -1
	}
	return c.ms[m].Entity
}

// criticiseVerb holds the lemmas of criticising, an accusation only of someone named.
var criticiseVerb = map[string]bool{"criticise": true, "criticize": true, "denounce": true}

// copiedData reports whether the verb of copying at i has data for its object, the head of
// the noun phrase right after it, taken from somewhere ("copied telemetry logs from X",
// "copied diplomatic cables from shared drives"), or, in the passive with "from" after it,
// data for its subject ("the personal details of … staff were copied from a ministry database"):
// copying another's data is taking it; "copied the design", "copied the code" are not.
func (x *Extractor) copiedData(c *sentCtx, i int) bool {
	toks := c.s.Toks
	data := func(j int) bool {
		return toks[j].Lower != "code" && isNounTag(toks[j].Tag) && x.cue.tokIs("secretdoc", &toks[j])
	}
	for j := i + 1; j < len(toks) && j-i <= 8; j++ {
		t := toks[j]
		if data(j) && !isNounTag(nextTag(toks, j)) {
			if x.othersData(c, j+1) {
				return true
			}
			for k := j + 1; k < len(toks) && k-j <= 12 && c.clause[k] == c.clause[i]; k++ {
				if toks[k].Lower == "from" {
					return true
				}
			}
			return false
		}
		if !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "RB" || t.Tag == "HYPH" || t.Tag == "PRP$" || t.Tag == "POS" || isNounTag(t.Tag) || c.at[j] >= 0) {
			break
		}
	}
	if i+1 >= len(toks) || toks[i+1].Lower != "from" || !x.passiveAux(c, i) {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 15 && c.clause[j] == c.clause[i]; j-- {
		if data(j) {
			return true
		}
	}
	return false
}

// doerCopied reports whether the copying verb at i, active, is an intruder's or an insider's
// taking of data: its object is data (copiedThing) and its subject a doer (copierDoer). "The
// attackers copied records of 90,000 patients", "the contractor had copied portions of its
// source code", "he struck the clinic, copying records on 61,000 patients". Copying into a
// backup or an archive, or one's own data, is no theft; nor is copying by a firm or a body,
// which copies its own data or, investigating, another's.
func (x *Extractor) doerCopied(c *sentCtx, i int) bool {
	if x.passiveAux(c, i) || !x.copiedThing(c, i+1) || !x.copierDoer(c, i) {
		return false
	}
	toks := c.s.Toks
	for k := i + 1; k < len(toks) && c.clause[k] == c.clause[i]; k++ {
		if x.cue.tokIs("keepcopy", &toks[k]) {
			return false // "copied the files to a backup server", "copied its own records"
		}
	}
	return true
}

// copiedThing reports whether the object phrase opening at j is data: its head, past at most a
// few words of determiner, number, hedge or modifier, is a data or document noun (cue secretdoc
// or copydata), or a part or an amount of such data before "of" ("portions of proprietary
// source code", "several gigabytes of data"). Code copied by an intruder is taken as other data
// is. In a list of objects any member's head may be the data ("copied invoices, customs
// manifests and planning documents"), and the head ends before "belonging", which the tagger
// reads as a noun ("personal information belonging to 4,000 customers").
func (x *Extractor) copiedThing(c *sentCtx, j int) bool {
	toks := c.s.Toks
	data := func(h int) bool {
		return h >= 0 && (x.cue.tokIs("secretdoc", &toks[h]) || x.cue.tokIs("copydata", &toks[h]))
	}
	head, start, members := -1, j, 1
	for k := j; k < len(toks) && k-start < copiedReach; k++ {
		t := toks[k]
		if isNounTag(t.Tag) && t.Lower != "belonging" && (c.at[k] < 0 || c.ms[c.at[k]].How != mkName) {
			head = k
			continue
		}
		if head >= 0 {
			if t.Lower == "of" && x.cue.tokIs("datapart", &toks[head]) {
				head = -1 // "portions of …": the data comes after
				continue
			}
			if (t.Text == "," || t.Lower == "and" || t.Lower == "or") && !data(head) && members < copiedMembers {
				// "invoices, customs manifests and …": the next member of the list
				head, start, members = -1, k+1, members+1
				if k+1 < len(toks) && (toks[k+1].Lower == "and" || toks[k+1].Lower == "or") {
					k, start = k+1, k+2 // ", and"
				}
				continue
			}
			break
		}
		if !(t.Tag == "DT" || t.Tag == "PDT" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "RB" || t.Tag == "HYPH" || t.Tag == "PRP$" || t.Tag == "POS" ||
			x.approxTok(&t) || c.at[k] >= 0) {
			return false
		}
	}
	return data(head)
}

// copiedMembers bounds how many members of a list of objects copiedThing reads for data.
const copiedMembers = 4

// copiedReach bounds, in tokens from the start of the object, the head copiedThing looks for.
const copiedReach = 10

// copierDoer reports whether the subject of the copying verb at i is a doer: a described group
// of attackers ("the attackers", "an intruder": cue genhead, kind group), or an actor that is a
// group or a person ("Copper Lantern", "the worker", "he"). A firm, an agency or a country
// copying data is left alone: it is most often the owner or the investigator.
func (x *Extractor) copierDoer(c *sentCtx, i int) bool {
	toks := c.s.Toks
	j := i - 1
	for j >= 0 && (toks[j].Tag == "RB" || x.auxTok(&toks[j])) {
		j-- // "had quietly copied", "then copied"
	}
	if j >= 0 && toks[j].Lower == "and" && toks[i].Tag != "VBG" {
		if v := x.coordinatedVerb(c, i); v >= 0 && v < i {
			return x.copierDoer(c, v) // "an intruder spent six months inside and copied …"
		}
	}
	if toks[i].Tag != "VBG" && j >= 0 && isNounTag(toks[j].Tag) && (c.at[j] < 0 || c.ms[c.at[j]].How != mkName) && x.cue.genHead[toks[j].Lower] == schema.KindGroup {
		return true
	}
	if x.pronounCopier(c, i) {
		// "Over several weeks, they copied …": the sentence's opening pronoun, which may stand
		// for the doers of the incident just told (openingPronouns); a copy whose pronoun is not
		// settled so is dropped (ownedCopies)
		return true
	}
	return x.doerSubject(c, i)
}

// doerSubject reports whether the subject of the verb at i is an actor that is a group or a
// person.
func (x *Extractor) doerSubject(c *sentCtx, i int) bool {
	e := x.subject(c, i)
	if e < 0 || e >= len(c.ents) {
		return false
	}
	k := c.ents[e].Kind
	return k == schema.KindGroup || k == schema.KindPerson
}

// pronounCopier reports whether the finite verb at i has for subject "they" or "it" opening the
// sentence or its first clause after a fronted adverbial (frontedAdverbial), where the pronoun
// stands for no group or person: "Acme was breached in May. Over several weeks, they copied …"
// with "they" read as Acme, which openingPronouns may settle on the incident's doer.
func (x *Extractor) pronounCopier(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if i >= len(toks) || toks[i].Tag == "VBG" {
		return false
	}
	j := i - 1
	for j >= 0 && (toks[j].Tag == "RB" || x.auxTok(&toks[j])) {
		j--
	}
	if j < 0 || toks[j].Tag != "PRP" || toks[j].Lower != "they" && toks[j].Lower != "it" {
		return false
	}
	return (j == 0 || frontedAdverbial(toks, j)) && !x.doerSubject(c, i)
}

// othersData reports whether "of" at j names whose the data before it are: a name after at most
// a few words of number, measure and people ("the files of Harrow Bank", "the account files of
// about 4,000 customers of Harrow Bank"). Data of people no name owns ("the files of 300
// patients") names no one the theft is from, and is left to the other readings.
func (x *Extractor) othersData(c *sentCtx, j int) bool {
	toks := c.s.Toks
	if j >= len(toks) || toks[j].Lower != "of" {
		return false
	}
	for k := j + 1; k < len(toks) && k-j <= 8; k++ {
		if m := c.at[k]; m >= 0 && c.ms[m].How == mkName {
			return true
		}
		t := toks[k]
		if !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "JJR" || t.Tag == "CD" || t.Tag == "RB" || t.Tag == "IN" && (t.Lower == "than" || t.Lower == "about" || t.Lower == "of") ||
			isNounTag(t.Tag) && x.cue.tokIs("secretmod", &t)) {
			return false
		}
	}
	return false
}

// postedData reports whether the verb of posting at i (cue postverb: "post", "dump") puts up
// another's data or documents: the head of its object phrase is a data or document noun
// (dataObjectHead) whose owner is named after it ("posted files belonging to X") or that
// reproduces papers ("began posting cropped images of the documents"); or, in the passive, such
// a noun heads its subject within the clause and the data went up on a site whose owner is named
// ("portions of the data were posted to X's leak site"). Posting a note, a message or a statement
// is no leak, nor is posting files no one is named as owning, nor code, which is published as
// often as it is taken.
func (x *Extractor) postedData(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if !x.passiveAux(c, i) {
		h := x.dataObjectHead(c, i+1)
		return h >= 0 && toks[h].Lower != "code" && (x.ownerAfter(c, h+1) || x.copiesOfPapers(toks, h))
	}
	if x.siteOwner(c, i) < 0 {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= postedReach && c.clause[j] == c.clause[i]; j-- {
		if isNounTag(toks[j].Tag) && c.at[j] < 0 && toks[j].Lower != "code" && x.cue.tokIs("secretdoc", &toks[j]) {
			return !askedAmount(toks, j)
		}
	}
	return false
}

// surfacedData reports whether the verb of appearing at i (cue appearverb: "appeared",
// "surfaced") has data or papers for its subject and an online place after it (onlinePlace):
// data that turn up on a leak site, a forum or a channel, or "online", were leaked ("the files
// appeared on X's leak site", "internal memos from X surfaced on an anonymous Telegram
// channel", "X's patient records have surfaced online"). Whose the site is or whose the data
// are must be named: "files appeared on a forum" alone tells of no one's leak, and a person or
// a group appearing online ("X first appeared on Russian-language forums") of none at all.
func (x *Extractor) surfacedData(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if !x.onlinePlace(c, i+1) {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= postedReach && c.clause[j] == c.clause[i]; j-- {
		t := toks[j]
		if isVerbTag(t.Tag) && !x.auxTok(&t) {
			return false // "a statement that said the files … appeared": another verb's subject
		}
		if !isNounTag(t.Tag) || c.at[j] >= 0 || t.Lower == "code" || !x.cue.tokIs("secretdoc", &t) && !x.cue.tokIs("papers", &t) {
			continue
		}
		if askedAmount(toks, j) {
			return false // "which files appeared online is unclear"
		}
		return x.siteOwner(c, i) >= 0 || x.ownerAfter(c, j+1) || x.namedInPhrase(c, j)
	}
	return false
}

// surfacedOwner returns whose the data are that the verb of appearing at i has for its subject,
// named after them ("memos from X", "the records of X", "files belonging to X"), or -1.
func (x *Extractor) surfacedOwner(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i - 1; j >= 0 && i-j <= postedReach && c.clause[j] == c.clause[i]; j-- {
		t := toks[j]
		if isNounTag(t.Tag) && c.at[j] < 0 && (x.cue.tokIs("secretdoc", &t) || x.cue.tokIs("papers", &t)) {
			if !x.ownerAfter(c, j+1) {
				return -1
			}
			for k := j + 1; k < i; k++ {
				if m := c.at[k]; m >= 0 {
					return c.ms[m].Entity
				}
			}
			return -1
		}
	}
	return -1
}

// onlinePlace reports whether an online place follows from j, within onlineReach words in the
// clause: "online", or "on", "to" or "across" before a word of a site or an account (cue
// onlinesite or postnoun: "on X's leak site", "on an anonymous Telegram channel", "on a hacking
// forum") or "web" or "internet" ("on the dark web").
func (x *Extractor) onlinePlace(c *sentCtx, j int) bool {
	toks := c.s.Toks
	for k := j; k < len(toks) && k-j < onlineReach && c.clause[k] == c.clause[j-1]; k++ {
		w := toks[k].Lower
		if w == "online" {
			return true
		}
		if w != "on" && w != "to" && w != "across" {
			continue
		}
		for m := k + 1; m < len(toks) && m-k <= onlineReach; m++ {
			t := toks[m]
			if isNounTag(t.Tag) && (x.cue.tokIs("onlinesite", &t) || x.cue.tokIs("postnoun", &t) || t.Lower == "web" || t.Lower == "internet") {
				return true
			}
			if t.Tag == "IN" || t.Tag == "," || t.Tag == "." || isVerbTag(t.Tag) && t.Tag != "VBN" && t.Tag != "VBG" {
				break
			}
		}
		return false
	}
	return false
}

// onlineReach bounds the words onlinePlace looks through, after the verb and after the
// preposition.
const onlineReach = 5

// namedInPhrase reports whether a name stands in the noun phrase whose head is at h, before it:
// its owner in the possessive ("X's patient records") or a name modifying it ("a batch of X
// files", "the X memos").
func (x *Extractor) namedInPhrase(c *sentCtx, h int) bool {
	toks := c.s.Toks
	for k := h - 1; k >= 0 && h-k <= 4; k-- {
		if m := c.at[k]; m >= 0 {
			return c.ms[m].How == mkName
		}
		if t := toks[k].Tag; !(t == "JJ" || t == "NN" || t == "NNS" || t == "HYPH" || t == "POS" || t == "VBN") {
			return false
		}
	}
	return false
}

// ownerAfter reports whether the words from j name whose the data before them are: "belonging
// to", "of" or "from" and a name after at most three words of determiner, number or adjective
// ("files belonging to X", "the records of X").
func (x *Extractor) ownerAfter(c *sentCtx, j int) bool {
	toks := c.s.Toks
	switch {
	case j+1 < len(toks) && toks[j].Lower == "belonging" && toks[j+1].Lower == "to":
		j += 2
	case j < len(toks) && (toks[j].Lower == "of" || toks[j].Lower == "from"):
		j++
	default:
		return false
	}
	for k := j; k < len(toks) && k-j <= dataOwnerReach; k++ {
		if m := c.at[k]; m >= 0 {
			return c.ms[m].How == mkName
		}
		if t := toks[k].Tag; t != "DT" && t != "CD" && t != "JJ" {
			return false
		}
	}
	return false
}

// dataOwnerReach bounds the words of determiner, number or adjective ownerAfter steps over to
// the owner's name ("the records of the two firms").
const dataOwnerReach = 3

// copiesOfPapers reports whether the data noun at h is a reproduction of papers (cue
// reproduction, then "of" and a noun of papers, cue papers, within four words): "images of the
// documents", "scans of two memoranda". Papers copied and put up are another's; "posted old
// files" may be one's own.
func (x *Extractor) copiesOfPapers(toks []token, h int) bool {
	if !x.cue.tokIs("reproduction", &toks[h]) || h+1 >= len(toks) || toks[h+1].Lower != "of" {
		return false
	}
	for k := h + 2; k < len(toks) && k-h <= papersReach; k++ {
		if isNounTag(toks[k].Tag) && x.cue.tokIs("papers", &toks[k]) {
			return true
		}
	}
	return false
}

// papersReach bounds, in tokens from the reproduction noun, the noun of papers copiesOfPapers
// looks for: four words after its "of".
const papersReach = 5

// siteOwner returns whose site the data leaked at i went up on: a name in the possessive right
// after "to" or "on" in the verb's clause, before a word of an online place within a few words
// ("were posted to X's leak site", "were dumped on Y's blog"), or -1. A group puts up on its own
// site what it leaks.
func (x *Extractor) siteOwner(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 1; j+1 < len(toks) && j-i <= siteReach && c.clause[j] == c.clause[i]; j++ {
		if toks[j].Lower != "to" && toks[j].Lower != "on" {
			continue
		}
		if e := x.siteRunBy(c, j+1); e >= 0 {
			return e
		}
		m := c.at[j+1]
		if m < 0 || c.ms[m].How != mkName || !c.ms[m].Possessive || c.ms[m].Entity < 0 {
			continue
		}
		for k := c.ms[m].Last; k < len(toks) && k-c.ms[m].Last <= siteWordReach; k++ {
			if isNounTag(toks[k].Tag) && x.cue.tokIs("onlinesite", &toks[k]) {
				return c.ms[m].Entity
			}
		}
	}
	return -1
}

// siteRunBy returns whose the leak site is that the phrase at j names with a participle of
// running and "by" ("a leak site run by X", "a dark-web site operated by a group that calls
// itself X"): the actor of the first mention after "by", or -1. An article or determiner opens the
// phrase, and the place's noun (cue onlinesite) stands within siteWordReach words of it, after a
// word of a site for leaks (cue shamingsite: "leak", "extortion", "dark-web"): a website run by
// a council or a court that records are posted to is no leak.
func (x *Extractor) siteRunBy(c *sentCtx, j int) int {
	toks := c.s.Toks
	if j >= len(toks) || toks[j].Tag != "DT" {
		return -1
	}
	shaming := false
	for k := j + 1; k+2 < len(toks) && k-j <= siteWordReach+1; k++ {
		if x.cue.tokIs("shamingsite", &toks[k]) {
			shaming = true
		}
		if !isNounTag(toks[k].Tag) || !x.cue.tokIs("onlinesite", &toks[k]) {
			continue
		}
		if !shaming || !x.cue.tokIs("runverb", &toks[k+1]) || toks[k+2].Lower != "by" {
			return -1
		}
		for n := k + 3; n < len(toks) && n-k-3 <= siteOwnerReach; n++ {
			if m := c.at[n]; m >= 0 && c.ms[m].Entity >= 0 {
				return c.ms[m].Entity
			}
		}
		return -1
	}
	return -1
}

// siteOwnerReach bounds how far after "by" siteRunBy looks for the owner's mention ("by a
// ransomware group that calls itself X").
const siteOwnerReach = 8

// siteReach bounds how far after the verb siteOwner looks for the site.
const siteReach = 6

// siteWordReach bounds, in tokens from the end of the possessive name, the word of an online
// place siteOwner looks for ("X's dark web leak site").
const siteWordReach = 3

// askedAmount reports whether the noun at j heads a phrase a wh-word opens ("how much material
// had been posted", "which files were dumped"): a question about the deed, told as disputed or
// unknown, not the deed.
func askedAmount(toks []token, j int) bool {
	for k := j - 1; k >= 0 && j-k <= askedReach; k-- {
		switch t := toks[k].Tag; {
		case t == "WRB" || t == "WP" || t == "WDT":
			return true
		case t == "JJ" || t == "DT" || t == "CD" || t == "RB" || t == "NN" || t == "NNS":
		default:
			return false
		}
	}
	return false
}

// askedReach bounds the words of a noun phrase askedAmount steps back over to its wh-word.
const askedReach = 4

// postedReach bounds how far back from a passive verb of posting postedData looks for the data
// posted.
const postedReach = 8

// copyForms are the forms of "copy" and "download" that tell a copying done (not "copying",
// which may be what a program does): downloading data is copying it off the system that holds
// it ("downloaded the records of 90,000 patients from X's servers").
var copyForms = map[string]bool{"copy": true, "copies": true, "copied": true, "download": true, "downloads": true, "downloaded": true}

// copyGerunds are the gerunds of copyForms' verbs, which tell a copying only with a doer and data
// (doerCopied: "he struck the clinic, downloading records on 61,000 patients").
var copyGerunds = map[string]bool{"copying": true, "downloading": true}

// takeForms lists the forms of "take" that creditTaken reads.
var takeForms = map[string]bool{"take": true, "takes": true, "took": true, "taken": true, "taking": true}

// creditTaken reports whether the verb at i is a form of "take" whose object is "credit" or
// "responsibility" and a "for" phrase follows ("took credit for the outage", "has taken
// responsibility for the breach"): what a group that claims a deed says. Not "took full
// responsibility for the lapse" (a modifier before the noun: owning a failure), nor "took
// credit cards".
func creditTaken(toks []token, i int) bool {
	if !takeForms[toks[i].Lower] || i+2 >= len(toks) || toks[i+2].Lower != "for" {
		return false
	}
	w := toks[i+1].Lower
	return w == "credit" || w == "responsibility"
}

// writeForms lists the tensed and perfect forms of "write".
var writeForms = map[string]bool{"wrote": true, "writes": true, "write": true, "written": true}

// wroteSaying reports whether the verb at i is a form of "write" that tells what its subject
// says, not what it makes ("wrote the malware"): its "in" phrase names what the saying was
// made in ("wrote in a blog post", "wrote in its report"; vehicleBefore), or a "that" clause
// follows ("wrote that the flaw was …"). Not "wrote to X" (addressverb, messageTo), nor a
// bare "wrote" closing a quote, most often the post or letter told before quoted again.
func (x *Extractor) wroteSaying(toks []token, i int) bool {
	if !writeForms[toks[i].Lower] || toks[i].Tag == "VBG" || toks[i].Tag == "VBN" && x.auxBefore(toks, i) < 0 || i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	switch {
	case next.Lower == "that" && next.Tag == "IN":
		return true
	case next.Lower == "in":
		for v := i + 2; v < len(toks) && v-i <= sayingHearerReach+1; v++ {
			if x.vehicleBefore(toks, v) == i {
				return true
			}
		}
	}
	return false
}

// dataUnit lists the units a quantity of data is counted in.
var dataUnit = map[string]bool{"gigabytes": true, "terabytes": true, "megabytes": true, "petabytes": true, "gb": true, "tb": true}

// dataAmount reports whether a quantity of data opens at j, after at most three words of an
// approximator: "about 1.3 terabytes of data", "more than 300 gigabytes of files", "at least 2 TB".
func (x *Extractor) dataAmount(toks []token, j int) bool {
	for k := 0; j >= 0 && j < len(toks) && k < 3; k++ {
		if x.approxTok(&toks[j]) {
			j++
			continue
		}
		break
	}
	return j >= 0 && j+1 < len(toks) && toks[j].Tag == "CD" && dataUnit[toks[j+1].Lower]
}

// approxTok reports whether the word of t hedges a count before its number: "about 40,000
// records", "more than 300 gigabytes", "at least 2 TB". The words are cue roughword's, which
// also hedge a span's count (anchoredSpan), and cue approxword's, which hedge only a count.
func (x *Extractor) approxTok(t *token) bool {
	return x.cue.tokIs("roughword", t) || x.cue.tokIs("approxword", t)
}

// approxCount reports whether the word at j hedges a number that follows it within three words
// ("about 90 gigabytes", "more than 40,000 records"): a word of the count, not of the clause.
func (x *Extractor) approxCount(toks []token, j int) bool {
	for k := j; k < len(toks) && k-j < 3; k++ {
		if toks[k].Tag == "CD" {
			return k > j
		}
		if !x.approxTok(&toks[k]) {
			return false
		}
	}
	return false
}

// amountThenOn returns the index of "on" or "against" after a sum that "of" opens at k ("a
// fine of 4 million crowns on X", "a penalty of $2m against Y"), nothing but the sum's words
// between; -1 when there is none.
func amountThenOn(toks []token, k int) int {
	if k >= len(toks) || toks[k].Lower != "of" || k+1 >= len(toks) {
		return -1
	}
	sum := false
	for j := k + 1; j < len(toks) && j-k <= 6; j++ {
		t := toks[j]
		switch {
		case t.Lower == "on" || t.Lower == "against":
			if sum {
				return j
			}
			return -1
		case t.Tag == "CD":
			sum = true
		case t.Tag == "$" || t.Tag == "JJ" || t.Tag == "RB" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "IN" && (t.Lower == "than" || t.Lower == "about"):
		default:
			return -1
		}
	}
	return -1
}

// courtAt returns the court named after "at", "in" or "before" within a few words after the
// passive legal step at i, in its clause ("was jailed for four years at Harlow Crown Court",
// "was convicted in the Dunmore District Court"): the court passes the step; or -1.
func (x *Extractor) courtAt(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 1; j+1 < len(toks) && j-i <= courtReach && c.clause[j] == c.clause[i]; j++ {
		w := toks[j].Lower
		if w != "at" && w != "in" && w != "before" {
			continue
		}
		if e := x.headAfter(c, j+1); e >= 0 && e < len(c.ents) && !c.ents[e].Generic && x.cue.is("courtword", finalWord(c.ents[e].Name)) {
			return e
		}
	}
	return -1
}

// courtReach bounds how far after a passive legal step courtAt looks for the court.
const courtReach = 8

// finalWord returns the last space-separated word of s, lower-cased.
func finalWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// nounPassive reports whether the noun at i is the subject of a passive right after it, simple
// or perfect ("a lawsuit was filed", "charges were brought", "five class actions have been
// filed", "a complaint had been lodged").
func nounPassive(toks []token, i int) bool {
	if i+2 >= len(toks) || !isNounTag(toks[i].Tag) {
		return false
	}
	if perfectHave(toks[i+1].Lower) && toks[i+2].Lower == "been" {
		return i+3 < len(toks) && toks[i+3].Tag == "VBN"
	}
	return finiteBe(toks[i+1].Lower) && toks[i+2].Tag == "VBN"
}

// perfectHave reports whether w is a finite form of "have" that opens a perfect ("has", "have",
// "had"; nounPassive).
func perfectHave(w string) bool { return w == "has" || w == "have" || w == "had" }

// finiteBe reports whether w is a finite form of "be" that opens a passive after its subject
// ("was", "were", "is", "are"; nounPassive, pluralParties).
func finiteBe(w string) bool { return w == "was" || w == "were" || w == "is" || w == "are" }

// courtSuit reports whether the noun at i names a suit at law: a suit noun (cue suitnoun:
// "suit", "claim", "action") after a word that makes it one brought in court (cue suitmod:
// "civil", "class"), or "suit" before "against" ("filed a civil suit", "filed a civil claim
// against X", "a class action was filed", "filed suit against X"; not "followed suit", "claimed
// responsibility", "took action against").
func (x *Extractor) courtSuit(toks []token, i int) bool {
	if i <= 0 || i >= len(toks) || !x.cue.tokIs("suitnoun", &toks[i]) {
		return false
	}
	if x.cue.tokIs("suitmod", &toks[i-1]) {
		return true
	}
	suit := toks[i].Lower == "suit" || toks[i].Lower == "suits"
	return suit && i+1 < len(toks) && toks[i+1].Lower == "against" && toks[i-1].Lower != "followed"
}

// measureReach bounds how far after "hit" hitWithMeasure looks for "with"/"by", and after that
// for the measure's head noun.
const measureReach = 5

// hitWithMeasure reports whether the verb "hit" at i lands a legal or official measure rather
// than a blow, and gives the measure's event type (legal or sanction): "with" or "by" follows within a few words (its object at most between, no comma
// or other verb), and the noun phrase after it names a lawsuit, fine, penalty, sanctions or
// charges ("was hit with a class-action lawsuit", "hit the lender with a record fine", "firms
// hit by the new sanctions"); "was hit with a phishing scam", "hit by ransomware" stay attacks.
func (x *Extractor) hitWithMeasure(toks []token, i int) (schema.EventType, bool) {
	for k := i + 1; k < len(toks) && k <= i+measureReach; k++ {
		w := toks[k]
		if w.Lower != "with" && w.Lower != "by" {
			if isVerbTag(w.Tag) || w.Tag == "IN" || w.Tag == "," || w.Tag == "." || w.Tag == ":" || w.Tag == "WDT" {
				return "", false
			}
			continue
		}
		for m := k + 1; m < len(toks) && m <= k+measureReach; m++ {
			v := toks[m]
			switch v.Lower {
			case "fine", "fines":
				return schema.EventSanction, true
			case "charges", "suit", "suits", "complaint", "complaints":
				return schema.EventLegal, true
			}
			if isNounTag(v.Tag) {
				if t, ok := x.tokTrigger(&v, false); ok && (t.Type == schema.EventLegal || t.Type == schema.EventSanction) {
					return t.Type, true
				}
			}
			if !(v.Tag == "DT" || v.Tag == "JJ" || v.Tag == "CD" || v.Tag == "HYPH" || v.Lower == "-" || v.Tag == "PRP$" || isNounTag(v.Tag) || v.Tag == "VBN" || v.Tag == "VBG") {
				return "", false
			}
		}
		return "", false
	}
	return "", false
}

// soughtDocument reports whether the noun at i is the object of a verb of receiving,
// seeing or asking for (cues receiveverb, seekverb), only its determiners, possessives and
// modifiers between ("said the agency had received the company's report", "seeking a detailed
// incident report within a fortnight", "wants to see the committee's report before deciding"):
// a document someone has or asks for, not one its author issues.
func (x *Extractor) soughtDocument(toks []token, i int) bool {
	for k := i - 1; k >= 0 && i-k <= measureReach; k-- {
		t := &toks[k]
		if x.cue.tokIs("receiveverb", t) || x.cue.tokIs("seekverb", t) {
			return true
		}
		switch t.Tag {
		case "DT", "PRP$", "POS", "JJ", "NN", "NNP", "NNPS", "HYPH":
			continue
		}
		return false
	}
	return false
}

// hitLevel reports whether the verb "hit" at i, active, has as its object a level reached
// (cue levelnoun: "hit a record low", "hit a two-month high", "hit an all-time peak", "hit
// record levels"): the object's words, determiners, numbers, adjectives, hyphens and nouns, at
// most measureReach after the verb, up to its head. A blow lands on a thing, not on a level.
func (x *Extractor) hitLevel(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+measureReach; k++ {
		w := toks[k]
		if x.cue.tokIs("levelnoun", &w) {
			return true
		}
		if !(w.Tag == "DT" || w.Tag == "JJ" || w.Tag == "JJS" || w.Tag == "CD" || w.Tag == "HYPH" || w.Lower == "-" || w.Lower == "all-time" || isNounTag(w.Tag)) {
			return false
		}
	}
	return false
}

// custodyReach bounds how far after its verb intoCustody looks for "into custody".
const custodyReach = 6

// intoCustody reports whether the verb at i, of taking or placing (cue custodyverb), takes
// someone "into custody" or places them "under arrest", its object at most between ("was taken
// into custody", "took Ivo Marsh into custody on Monday"), no other verb or comma before.
func (x *Extractor) intoCustody(toks []token, i int) bool {
	if i < 0 || i >= len(toks) || !x.cue.tokIs("custodyverb", &toks[i]) {
		return false
	}
	for j := i + 1; j+1 < len(toks) && j-i <= custodyReach; j++ {
		w, n := toks[j].Lower, toks[j+1].Lower
		if w == "into" && n == "custody" || w == "under" && n == "arrest" {
			return true
		}
		if toks[j].Text == "," || isVerbTag(toks[j].Tag) || w == "that" {
			return false
		}
	}
	return false
}

// custodyOrder reports whether the order verb at i (cue orderverb) keeps someone held: its
// object followed by a participle of holding (cue heldform: "ordered him held without bail",
// "ordered both men detained") or by "to remain" or "to stay" in custody, jail or prison (cues
// remainverb, custodyplace: "ordered the engineer to remain in custody"), or, told in the
// passive ("was ordered held", "was ordered to remain in custody"), that complement right after
// it. The object is a noun phrase of at most custodyReach words, no verb or comma within.
func (x *Extractor) custodyOrder(toks []token, i int) bool {
	if i < 0 || i >= len(toks) || !x.cue.tokIs("orderverb", &toks[i]) {
		return false
	}
	passive := x.beforeBe(toks, i)
	for j := i + 1; j < len(toks) && j-i <= custodyReach; j++ {
		if (j > i+1) != passive && x.keptHeld(toks, j) {
			return true
		}
		t := toks[j]
		if !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "POS" || t.Tag == "PRP" || t.Tag == "PRP$" || t.Tag == "HYPH" || isNounTag(t.Tag)) {
			return false
		}
	}
	return false
}

// heldByOrder reports whether the participle of holding at i (cue heldform) completes an order
// verb before it that custodyOrder reads as a remand ("was ordered detained", "ordered both men
// remanded"): the one step is the order's, not a second one of its own.
func (x *Extractor) heldByOrder(toks []token, i int) bool {
	if i < 1 || i >= len(toks) || !x.cue.tokIs("heldform", &toks[i]) {
		return false
	}
	for o := i - 1; o >= 0 && i-o <= custodyReach; o-- {
		if x.custodyOrder(toks, o) {
			return true
		}
	}
	return false
}

// keptHeld reports whether the words at j tell a court keeping someone held after an order
// verb: a participle of holding ("held", "detained", which the tagger may read as an
// adjective) or "to remain" or "to stay" in custody, jail or prison, with at most one word
// between ("to remain in federal custody").
func (x *Extractor) keptHeld(toks []token, j int) bool {
	if x.cue.tokIs("heldform", &toks[j]) && (toks[j].Tag == "VBN" || toks[j].Tag == "VBD" || toks[j].Tag == "JJ") {
		return true
	}
	if toks[j].Lower != "to" || j+2 >= len(toks) || !x.cue.tokIs("remainverb", &toks[j+1]) || toks[j+2].Lower != "in" {
		return false
	}
	for k := j + 3; k < len(toks) && k <= j+4; k++ {
		if x.cue.tokIs("custodyplace", &toks[k]) {
			return true
		}
	}
	return false
}

// criminalCharges reports whether the noun "charge(s)" at i is a criminal charge: charges
// "against" someone, "criminal" or "federal" charges, or the object, a number or determiner
// at most between, of a verb that lays, faces or drops charges (cue chargeverb: "brought charges",
// "faces charges of fraud", "denies three charges"); not fees ("faces late-payment charges",
// "roaming charges"), "in charge of" or "free of charge".
func (x *Extractor) criminalCharges(toks []token, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	if complaintNoun(toks[i].Lower) {
		return x.complaintFiled(toks, i)
	}
	if toks[i].Lower != "charge" && toks[i].Lower != "charges" {
		return false
	}
	if i+1 < len(toks) && toks[i+1].Lower == "against" || x.filedAgainst(toks, i) {
		return true
	}
	if i == 0 {
		return false
	}
	j := i - 1
	if w := toks[j].Lower; w == "criminal" || w == "federal" {
		return true
	}
	if (toks[j].Tag == "CD" || toks[j].Tag == "DT") && j > 0 {
		j-- // "denies three charges", "faces a charge of"
	}
	return x.cue.tokIs("chargeverb", &toks[j])
}

// complaintNoun reports whether w is the noun "complaint(s)".
func complaintNoun(w string) bool { return w == "complaint" || w == "complaints" }

// filedReach bounds the words of the phrase after a charge noun that filedAgainst passes.
const filedReach = 45

// filedAgainst reports whether the noun at i is the subject of a passive verb that lays a
// charge (cue chargeverb) with "against" right after it ("charges were filed against X",
// "complaints have been brought against the pair"), past an "of" or "for" phrase that names
// the charge ("charges of fraud were filed against X").
func (x *Extractor) filedAgainst(toks []token, i int) bool {
	k := i + 1
	if k < len(toks) && (toks[k].Lower == "of" || toks[k].Lower == "for") {
		// "complaints for illegal access under the X Act, as well as for …, were filed
		// against": past the charge's own phrase, no finite verb in it
		for k < len(toks) && k-i <= filedReach && !finiteBe(toks[k].Lower) && !perfectHave(toks[k].Lower) {
			if isTensedTag(toks[k].Tag) || toks[k].Text == ";" {
				return false
			}
			k++
		}
	}
	if k+1 < len(toks) && perfectHave(toks[k].Lower) && toks[k+1].Lower == "been" {
		k += 2
	} else if k < len(toks) && finiteBe(toks[k].Lower) {
		k++
	} else {
		return false
	}
	return k+1 < len(toks) && toks[k].Tag == "VBN" && x.cue.tokIs("chargeverb", &toks[k]) && toks[k+1].Lower == "against"
}

// againstAfter returns the index of the first "against" after i within filedReach words, or -1.
func againstAfter(toks []token, i int) int {
	for k := i + 1; k < len(toks) && k-i <= filedReach; k++ {
		if toks[k].Lower == "against" {
			return k
		}
	}
	return -1
}

// complaintFiled reports whether the noun "complaint(s)" at i is a complaint laid against
// someone: filed (cue chargeverb) and aimed by "against", in the active ("filed a criminal
// complaint against X", the verb at most three words before) or the passive ("complaints were
// filed against the pair"); not a grievance voiced ("customers' complaints about the outage").
func (x *Extractor) complaintFiled(toks []token, i int) bool {
	if x.filedAgainst(toks, i) {
		return true
	}
	if i+1 >= len(toks) || toks[i+1].Lower != "against" {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		if x.cue.tokIs("chargeverb", &toks[j]) && isVerbTag(toks[j].Tag) {
			return true
		}
		if t := toks[j].Tag; !(t == "DT" || t == "JJ" || t == "CD" || t == "NN") {
			return false
		}
	}
	return false
}

// obtainedPaper reports whether the object of the verb at i, a determiner and modifiers at most
// before its head, is a paper a court grants (cue courtpaper: "obtained a warrant", "obtained
// a court order", "obtained an injunction against X"): leave given, nothing stolen.
func (x *Extractor) obtainedPaper(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j-i <= 4; j++ {
		if x.cue.tokIs("courtpaper", &toks[j]) && isNounTag(toks[j].Tag) {
			return true
		}
		if t := toks[j].Tag; !(t == "DT" || t == "JJ" || t == "NN" || t == "CD") {
			return false
		}
	}
	return false
}

// arrestWarrant reports whether the noun at i (cue warrantnoun) is a warrant for someone's
// arrest: "arrest" right before it ("issued an arrest warrant", "European arrest warrants"), or
// a "for" after it (warrantFor) that opens "the arrest of" or a mention ("a warrant for the
// arrest of X", "a warrant last month for X", "warrants have been issued for X"); not a verb
// ("does not warrant concern") nor a search warrant, which names no one to arrest.
func (x *Extractor) arrestWarrant(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if !isNounTag(toks[i].Tag) || !x.cue.tokIs("warrantnoun", &toks[i]) {
		return false
	}
	if i > 0 && toks[i-1].Lower == "arrest" {
		return true
	}
	f := x.warrantFor(toks, i)
	return f >= 0 && f+1 < len(toks) && (arrestOfEnd(toks, f+1) > f+1 || c.at[f+1] >= 0)
}

// warrantFor returns the index of the "for" that names whom the warrant noun at i is for, past
// a time phrase ("a warrant last month for X") or a passive of issuing (cue issueverb or
// lightverb: "warrants have been issued for X", "a warrant was issued on Monday for X"); -1
// when none follows.
func (x *Extractor) warrantFor(toks []token, i int) int {
	k := x.timePhraseEnd(toks, i+1, 2, true)
	if k < len(toks) && toks[k].Lower != "for" {
		j := k
		for j < len(toks) && j-k < 3 && (isBeHave(toks[j].Lower) || toks[j].Lower == "been" || toks[j].Tag == "RB") {
			j++
		}
		if j == k || j >= len(toks) || toks[j].Tag != "VBN" || !x.cue.tokIs("issueverb", &toks[j]) && !x.cue.tokIs("lightverb", &toks[j]) {
			return -1
		}
		k = x.timePhraseEnd(toks, j+1, 2, true)
	}
	if k < len(toks) && toks[k].Lower == "for" {
		return k
	}
	return -1
}

// arrestOfEnd returns the index right after "the arrest of" opening at j ("a warrant for the
// arrest of X"), else j.
func arrestOfEnd(toks []token, j int) int {
	if j+2 < len(toks) && toks[j].Tag == "DT" && toks[j+1].Lower == "arrest" && toks[j+2].Lower == "of" {
		return j + 3
	}
	return j
}

// warrantedArrest reports whether the noun "arrest" at i is what a warrant before it is for
// ("a warrant for the arrest of X", "a warrant for his arrest"): an arrest sought, not made;
// the warrant is the step told (arrestWarrant).
func (x *Extractor) warrantedArrest(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && (toks[j].Tag == "DT" || toks[j].Tag == "PRP$") {
		j--
	}
	return j >= 1 && toks[j].Lower == "for" && x.cue.tokIs("warrantnoun", &toks[j-1])
}

// conditionOf reports whether the verb at i is the verb of a conditional clause that "if" or
// "unless" opens, with at most a short subject, auxiliaries and adverbs between ("if
// convicted", "if he is extradited", "unless the court orders"), do-support and a verb taking
// the infinitive too ("if X does decide to hack back", "if they try to breach"): a condition,
// not a deed told; not "even if" or "as if", which grant or compare what is so.
func (x *Extractor) conditionOf(toks []token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= conditionReach; j-- {
		w := toks[j]
		if w.Lower == "if" || w.Lower == "unless" {
			return j == 0 || toks[j-1].Lower != "even" && toks[j-1].Lower != "as"
		}
		if t := w.Tag; !(t == "RB" || t == "MD" || t == "PRP" || t == "DT" || t == "NNP" || t == "NN" || t == "NNS" || isBeHave(w.Lower) ||
			t == "TO" || x.cue.tokIs("dosupport", &w) || isVerbTag(t) && j+1 < i && toks[j+1].Tag == "TO") {
			return false
		}
	}
	return false
}

// conditionReach bounds how many words before its verb a conditional clause's "if" or
// "unless" may stand.
const conditionReach = 5

// shotDownWeapon reports whether the "shoot" form at i is followed by "down" and its object
// (past determiners, numbers and adjectives) or its subject right before it (past auxiliaries)
// is a drone, missile or rocket (cue interceptedhead): "shot down 41 drones", "the missiles
// were shot down"; not "shot down a passenger jet".
func (x *Extractor) shotDownWeapon(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].Lower != "down" {
		return false
	}
	for k := i + 2; k < len(toks) && k-i <= 6; k++ {
		if x.cue.tokIs("interceptedhead", &toks[k]) {
			return true
		}
		if t := toks[k].Tag; t != "DT" && t != "CD" && t != "JJ" && t != "PRP$" {
			break
		}
	}
	for k := i - 1; k >= 0 && i-k <= 4; k-- {
		if x.cue.tokIs("interceptedhead", &toks[k]) {
			return true
		}
		if !x.auxTok(&toks[k]) && toks[k].Tag != "RB" {
			break
		}
	}
	return false
}

// forcedVictim returns the one an incident noun at i makes do something: the incident's phrase
// is the subject of a verb of forcing (cue forceverb) in its clause, whose object, a name, is
// followed by "to" ("a ransomware attack by X forced Y to shut down"); else -1.
func (x *Extractor) forcedVictim(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= forcedReach && c.clause[j] == c.clause[i]; j++ {
		if !x.cue.tokIs("forceverb", &toks[j]) {
			continue
		}
		k := j + 1
		if k < len(toks) && toks[k].Lower == "the" {
			k++
		}
		if k >= len(toks) || c.at[k] < 0 {
			return -1
		}
		m := c.ms[c.at[k]]
		if m.How != mkName || m.First != k || m.Last >= len(toks) || toks[m.Last].Lower != "to" {
			return -1
		}
		return m.Entity
	}
	return -1
}

// forcedReach bounds how far after an incident noun forcedVictim looks for a verb of forcing.
const forcedReach = 10

// datedModifier reports whether the word right before the deed noun at i names a time of the
// calendar (cue calendar, also after "mid-", "early-" or "late-": "the mid-February theft",
// "the January breach"): a deed told with its own time is told here, not only recalled.
func (x *Extractor) datedModifier(toks []token, i int) bool {
	if i < 1 {
		return false
	}
	for _, w := range strings.Split(toks[i-1].Lower, "-") {
		if x.cue.is("calendar", w) {
			return true
		}
	}
	return false
}

// theftAfterBreakIn gives a theft that names no victim, or only described people whose data
// it was ("members' names", "customers' card numbers"), joined by "and" to a break-in or
// attack of its sentence that names one, or to a move through an owner's network (movedThrough:
// "moved across X's network and copied files") ("Hackers broke into X and stole shipping files",
// "X said hackers had breached its network and stolen $4 million", "hackers had broken into
// its network and may have stolen members' names"), that deed's victim, and its doer when the
// theft has none or names the victim as its doer: what the intruders took was the victim's.
func (x *Extractor) theftAfterBreakIn(c *sentCtx, evs []rawEvent) {
	toks := c.s.Toks
	for k := range evs {
		if evs[k].Type != schema.EventTheft || evs[k].Target != nil && !c.describedOnly(evs[k].Target) || evs[k].Trigger < 0 || evs[k].Trigger >= len(toks) {
			continue
		}
		v := x.coordinatedVerb(c, evs[k].Trigger)
		if v < 0 {
			continue
		}
		for v < evs[k].Trigger && (toks[v].Tag == "RB" || x.auxTok(&toks[v])) {
			v++ // "had broken into": the verb after the auxiliary
		}
		for n := range evs {
			d := evs[n]
			if d.Trigger != v || d.Type != schema.EventIntrusion && d.Type != schema.EventAttack || len(d.Target) == 0 || d.Negated ||
				evs[k].Target != nil && c.describedOnly(d.Target) {
				continue
			}
			evs[k].Target = append([]int(nil), d.Target...)
			if evs[k].Agent == nil || overlaps(evs[k].Agent, d.Target) {
				evs[k].Agent = append([]int(nil), d.Agent...)
			}
			break
		}
		if o := x.movedThrough(c, v); o >= 0 && (evs[k].Target == nil || c.describedOnly(evs[k].Target)) && !contains(evs[k].Agent, o) {
			evs[k].Target = []int{o} // "moved across X's network and copied files": what they took there was X's
		}
	}
}

// movedThrough returns the owner of the network the verb of moving at v (cue moveverb) goes
// across, through or into ("moved across the company's network", "spread through the networks
// of X"), else -1: the intruders are inside it.
func (x *Extractor) movedThrough(c *sentCtx, v int) int {
	toks := c.s.Toks
	if v < 0 || v+2 >= len(toks) || !x.cue.tokIs("moveverb", &toks[v]) {
		return -1
	}
	p := v + 1
	for p < len(toks) && toks[p].Tag == "RB" {
		p++
	}
	if p >= len(toks) || !x.cue.tokIs("throughprep", &toks[p]) {
		return -1
	}
	return x.networkOwner(c, p)
}

// describedOnly reports whether every entity of es is only described, never named
// ("customers", "hackers").
func (c *sentCtx) describedOnly(es []int) bool {
	for _, e := range es {
		if e < 0 || e >= len(c.ents) || !c.ents[e].Generic {
			return false
		}
	}
	return len(es) > 0
}

// issuedByReach bounds how many words issuedBy reads between the participle and "by" (a time:
// "released on Thursday by").
const issuedByReach = 4

// issuedBy reports whether the noun at i is followed by a participle of issue (cue
// issuedverb) and then, past at most issuedByReach nouns, numbers and prepositions, by "by"
// and a word that opens a name or a noun phrase (capitalised, a determiner, an adjective or a
// noun): "findings released on Thursday by Amnesty", "research published by a security firm".
// researchIssues reads the same shape (a noun, an issuing participle right after it, then
// "by") but differently: it takes any word between, looks only issuerReach tokens past the
// participle, and wants the day and the finder's mention, where this wants no day and stops at
// the first word that is no noun, number or preposition. Only the participle test is common,
// so the two scans are kept apart; one shared would change what either finds.
func (x *Extractor) issuedBy(toks []token, i int) bool {
	if i+3 >= len(toks) || !x.cue.tokIs("issuedverb", &toks[i+1]) {
		return false
	}
	for j := i + 2; j+1 < len(toks) && j-i-2 <= issuedByReach; j++ {
		if toks[j].Lower == "by" {
			n := toks[j+1]
			return isCap(n.Text) || n.Tag == "DT" || n.Tag == "JJ" || isNounTag(n.Tag)
		}
		if t := toks[j].Tag; t != "IN" && t != "CD" && !isNounTag(t) {
			return false
		}
	}
	return false
}

// returningBody reads "returned by" or "handed up by" and a grand jury after the indictment
// noun at i ("The indictment, returned by a grand jury in X on May 2, names Y"): the jury's
// entity, and the verb of the clause the indictment is the subject of when it names or charges
// someone after the participle's phrase (else -1); -1, -1 when no jury returned it.
func (x *Extractor) returningBody(c *sentCtx, i int) (int, int) {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= 5; j++ {
		if toks[j].Lower != "by" || j+1 >= len(toks) || !returnedBy(toks, j+1) {
			continue
		}
		k := c.at[j+1]
		if k < 0 || !c.ms[k].Returner || c.ms[k].Entity < 0 {
			return -1, -1
		}
		return c.ms[k].Entity, indictmentVerb(toks, c.ms[k].Last)
	}
	return -1, -1
}

// indictmentVerb returns the verb that names, charges or accuses after the comma that closes a
// participle's phrase from k ("…, returned by a grand jury in X on May 2, names Y"), or -1.
func indictmentVerb(toks []token, k int) int {
	for j := k; j+1 < len(toks) && j-k <= returnedPhraseReach; j++ {
		if toks[j].Text == "." || toks[j].Text == ";" {
			return -1
		}
		if toks[j].Text != "," {
			continue
		}
		v := j + 1
		if toks[v].Lower == "and" && v+2 < len(toks) {
			return -1 // "…, and kept under seal": another participle, read no further
		}
		switch toks[v].Lower {
		case "names", "charges", "named", "charged":
			return v // not "accuses the men of belonging to X": what it accuses them of
		}
	}
	return -1
}

// returnedPhraseReach bounds how many words indictmentVerb reads after the returning body to the
// comma that closes the participle's phrase ("in Alexandria in December and kept under seal
// until this week,").
const returnedPhraseReach = 18

// chargingAfter returns the participle "charging" or "naming" within a few words after the indictment noun
// at i ("an indictment returned by a grand jury in March charging three men"), or -1.
func chargingAfter(toks []token, i int) int {
	for j := i + 1; j < len(toks) && j-i <= returnedPhraseReach; j++ {
		if toks[j].Text == "," || toks[j].Text == "." {
			return -1
		}
		if toks[j].Lower == "charging" || toks[j].Lower == "naming" {
			return j
		}
	}
	return -1
}

// titledNameAfter returns the entity of the first mention from j, past capitalised words of a
// rank or title and articles ("names Lieutenant Colonel Ivo Marsh", "charges the two men"), or -1.
func titledNameAfter(c *sentCtx, j int) int {
	toks := c.s.Toks
	for k := j; k < len(toks) && k-j <= 4; k++ {
		if c.at[k] >= 0 {
			return c.ms[c.at[k]].Entity
		}
		if !isCap(toks[k].Text) && toks[k].Tag != "DT" && toks[k].Tag != "CD" && toks[k].Tag != "JJ" {
			return -1
		}
	}
	return -1
}

// actorNext reports whether a mention opens at token j, or right after a "the" there: the
// object of "contacted it", "contacted Velm Police", "contacted the Norland Cyber Agency".
func actorNext(c *sentCtx, j int) bool {
	toks := c.s.Toks
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	return j < len(toks) && c.at[j] >= 0
}

// cueVerbDeed is the deed the verb t at i tells when it is one of the verbs a reader of its
// own handles, tried in this order: luring someone into a trap (cue lureverb, lureSent); going
// into another's network, "the affiliate had entered X's network in mid-July", "the intruders
// slipped into the systems of X" (cue enterverb, networkEntered); putting malware on another's
// systems, "planted malicious code on X's website", "a backdoor was installed on the servers of
// X" (cue plantverb, plantedMalware). Breaking in either way is an intrusion.
func (x *Extractor) cueVerbDeed(c *sentCtx, i int, t *token) (rawEvent, bool) {
	if x.cue.tokIs("lureverb", t) {
		if ev, ok := x.lureSent(c, i); ok {
			return ev, true
		}
	}
	if x.cue.tokIs("enterverb", t) {
		if ev, ok := x.networkEntered(c, i); ok {
			return ev, true
		}
	}
	if x.cue.tokIs("plantverb", t) {
		if ev, ok := x.plantedMalware(c, i); ok {
			return ev, true
		}
	}
	return rawEvent{}, false
}

// dropReciprocal drops the accusations whose verb takes a reciprocal object ("the two
// governments have accused each other of spying", "each side has accused the other of
// sabotage", "blamed one another"): the accusers are the accused, with no one party accusing
// another, so no accuser and accused can be told apart.
func dropReciprocal(toks []token, evs []rawEvent) []rawEvent {
	out := evs[:0]
	for _, ev := range evs {
		if ev.Type == schema.EventAccusation && reciprocalObject(toks, ev.Trigger) {
			continue
		}
		out = append(out, ev)
	}
	return out
}

// reciprocalObject reports whether the verb at i is followed right away by a reciprocal
// pronoun: "each other", "one another", or "the other" closed by "of", a preposition or
// punctuation (not "the other company").
func reciprocalObject(toks []token, i int) bool {
	if i < 0 || i+2 >= len(toks) || !isVerbTag(toks[i].Tag) {
		return false
	}
	a, b := toks[i+1].Lower, toks[i+2].Lower
	switch {
	case a == "each" && b == "other", a == "one" && b == "another":
		return true
	case a == "the" && b == "other":
		return i+3 >= len(toks) || toks[i+3].Tag == "IN" || toks[i+3].Tag == "." || toks[i+3].Tag == ","
	}
	return false
}

// attributiveParticiple reports whether the participle at j, read by the tagger as a verb, stands
// between a determiner or possessive and the noun at i and so modifies the noun ("a proposed
// class action", "a superseding indictment", "his requested extradition"): a noun phrase holds no
// verb between its determiner and its head.
func attributiveParticiple(toks []token, j, i int) bool {
	if j <= 0 || j >= i || toks[j].Tag != "VBN" && toks[j].Tag != "VBG" {
		return false
	}
	switch toks[j-1].Tag {
	case "DT", "PRP$":
	default:
		return false
	}
	for k := j + 1; k < i; k++ {
		if !isNounTag(toks[k].Tag) && toks[k].Tag != "JJ" && toks[k].Tag != "HYPH" && toks[k].Text != "-" {
			return false
		}
	}
	return true
}
