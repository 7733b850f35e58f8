package extract

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/intelgraph/intelgraph/extract/gazetteer"
	"github.com/intelgraph/intelgraph/extract/timex"
	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
)

// Extractor turns articles into graph documents. Build one with New and share it: it is safe
// for concurrent use, and loads its models, gazetteers and lexicons once.
type Extractor struct {
	nlp    *nlp
	gaz    *gazetteer.Gazetteer
	lex    lexicon
	trig   [][]trigger // the trigger readings of each cue number (lexicon.byCue)
	cue    *cues
	timex  *timex.Tagger
	log    *slog.Logger
	userFn string
}

// Option configures an Extractor.
type Option func(*Extractor)

// WithUserActors adds the actors listed in a user file to the built-in gazetteers. The file is
// tab-separated UTF-8, one actor a line: name, kind (person, organization, agency, country,
// group or place), aliases separated by "|" (optional), and country (optional). Blank lines
// and lines starting with "#" are ignored. User actors take precedence over built-in ones with
// the same names.
func WithUserActors(path string) Option {
	return func(x *Extractor) { x.userFn = path }
}

// WithLogger sets the logger for diagnostics; by default the Extractor is silent.
func WithLogger(l *slog.Logger) Option {
	return func(x *Extractor) {
		if l != nil {
			x.log = l
		}
	}
}

// New builds an Extractor: it loads the tokenizer and tagger models, the gazetteers, the
// trigger lexicon and, when given, the user's actor file.
func New(opts ...Option) (*Extractor, error) {
	x := &Extractor{log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	for _, o := range opts {
		o(x)
	}
	var err error
	if x.cue, err = loadCues(); err != nil {
		return nil, err
	}
	if x.nlp, err = newNLP(x.cue); err != nil {
		return nil, fmt.Errorf("load tokenizer and tagger: %w", err)
	}
	if x.gaz, err = gazetteer.Load(); err != nil {
		return nil, fmt.Errorf("load gazetteers: %w", err)
	}
	if x.lex, err = loadLexicon(); err != nil {
		return nil, err
	}
	x.cue.number(x.lex.forms())
	x.lex.numberLemmas(x.cue)
	x.trig = x.lex.byCue(x.cue)
	if x.timex, err = timex.New(timex.Narrative()); err != nil {
		return nil, fmt.Errorf("load time tagger: %w", err)
	}
	if x.userFn != "" {
		if err := x.loadUserActors(x.userFn); err != nil {
			return nil, err
		}
	}
	x.log.Debug("extractor ready", "gazetteer", x.gaz.Len(), "triggers", len(x.lex))
	return x, nil
}

// loadUserActors adds to the gazetteer the actors of the user's tab-separated file at path
// (WithUserActors): a name and a kind, then optionally aliases separated by "|" and a country.
func (x *Extractor) loadUserActors(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read user actors: %w", err)
	}
	defer f.Close()
	err = gazetteer.ReadTSV(f, func(fl []string) error {
		name := strings.TrimSpace(fl[0])
		if name == "" || len(fl) < 2 {
			return fmt.Errorf("want name and kind")
		}
		kind := schema.ActorKind(strings.ToLower(strings.TrimSpace(fl[1])))
		if !kind.Valid() {
			return fmt.Errorf("unknown kind %q", fl[1])
		}
		e := gazetteer.Entry{Name: name, Kind: kind, Class: "user"}
		if len(fl) > 2 {
			for _, a := range strings.Split(fl[2], "|") {
				if a = strings.TrimSpace(a); a != "" {
					e.Aliases = append(e.Aliases, a)
				}
			}
		}
		if len(fl) > 3 {
			e.Country = strings.TrimSpace(fl[3])
		}
		if kind == schema.KindCountry {
			e.Country = name
		}
		x.gaz.AddUser(e)
		return nil
	})
	if err != nil {
		return fmt.Errorf("read user actors %s: %w", path, err)
	}
	return nil
}

// Result is the extraction of one article.
type Result struct {
	// Graph is the article's graph document.
	Graph *graph.Graph
	// Timexes are the time expressions found in the body (rune offsets into Article.Body).
	Timexes []timex.Expression
}

// Extract reads one article. It returns an error only when ctx is done, the article is nil, or
// the extractor meets a bug of its own (ErrInternal, never a panic); any text gives a (possibly
// empty) graph.
func (x *Extractor) Extract(ctx context.Context, a *Article) (res *Result, err error) {
	if a == nil {
		return nil, fmt.Errorf("extract: nil article")
	}
	defer recoverFault(a.ID, &res, &err)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract %s: %w", a.ID, err)
	}
	sents := x.nlp.sentences(a.Body)
	x.cue.mark(sents)
	if len(sents) > 0 {
		// every sentence shares one articleWords: fill it in once
		*sents[0].articleWords = articleWords{local: x.findLocalCountries(sents), surnames: surnames(sents),
			lowered: loweredWords(sents), opener: openers(sents), shortForm: x.shortForms(sents), innerRun: innerRuns(sents), onlyIn: x.onlyIn(sents), ownNouns: x.ownNouns(sents), leads: leads(sents)}
	}
	var ms, found []mention // the article's mentions; found is each sentence's in turn, its buffer reused
	quoteOpen := 0          // sentences a quotation has stayed open, 0 when none is
	for k := range sents {
		found = x.findMentions(&sents[k], found)
		var inQuote []bool
		inQuote, quoteOpen = quotation(sents[k].Toks, quoteOpen)
		sents[k].Quoted = inQuote
		for j := range found {
			if f := found[j].First; f >= 0 && f < len(inQuote) {
				found[j].InQuote = inQuote[f]
			}
			if saysAt(sents[k].Toks, found[j].Last) {
				found[j].Says = true
			}
			if found[j].How == mkPronoun && found[j].First == 0 || found[j].How != mkPronoun && found[j].First <= 1 {
				found[j].Tells = x.tellsAfter(sents[k].Toks, found[j].Last)
			}
			if j > 0 && found[j].How == mkPronoun {
				var host bool
				found[j].Binder, found[j].PluralObject, host = x.binder(sents[k].Toks, found, j)
				found[j].HostBound = found[j].Binder > 0 && host
				found[j].Client = x.clientOwner(sents[k].Toks, found, j)
				if found[j].Client == 0 {
					found[j].Client = x.spokesOwner(sents[k].Toks, found, j)
				}
				found[j].ToldPlural = x.toldPlural(sents[k].Toks, found, j)
				found[j].Accused = x.accusedBefore(sents[k].Toks, found, j)
			}
			if j > 0 && found[j].How == mkDesc && !found[j].Possessive {
				found[j].Binder = x.descBinder(sents[k].Toks, found, j)
			}
			if found[j].How != mkPronoun {
				found[j].InRelative = commaRelative(sents[k].Toks, found[j].First, found[j].Last) || x.contactClause(sents[k].Toks, found[j].First, found[j].Last)
			}
			if j > 0 && found[j].Possessive && found[j].How != mkPronoun {
				found[j].ApposOwner = apposOpening(sents[k].Toks, found[j-1].Last, found[j].First)
			}
			if j+1 < len(found) {
				gap := sents[k].Toks[found[j].Last:found[j+1].First]
				found[j].OwnsNext = ownsNext(gap) ||
					found[j].Last == found[j+1].First && isAllCaps(found[j].Text) && isAllCaps(found[j+1].Text)
				found[j].UnitOfNext = x.unitOf(found[j], gap)
				found[j].TitleOfNext = x.titleOf(found[j], found[j+1], gap)
				countryOwns(&found[j], &found[j+1])
			}
		}
		ms = append(ms, found...)
	}
	ms = ledeNamed(ms)
	ents := x.resolve(sents, ms)
	item := x.items(sents) // the items of a roundup, nil for one matter
	ms, ents = x.addGeneric(sents, ms, ents, item)
	x.theyTakeDescribed(sents, ms, ents)
	bodiesDescribed(ms, ents)
	ms, ents = x.possessiveAgencies(sents, ms, ents)
	ms, ents = x.possessiveMissions(sents, ms, ents)
	missionPosts(sents, ms, ents)
	ms, ents = x.demonymModifiers(sents, ms, ents)
	x.placedMissions(sents, ms, ents)
	ms = x.spokespersonVoices(sents, ms, ents)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract %s: %w", a.ID, err)
	}
	ref, prec := parseRef(a.Published)
	var ts []timex.Expression
	if prec == schema.PrecisionMonth || prec == schema.PrecisionYear {
		// only a month or a year of publication needs the second reading, from the period's end
		var atEnd []timex.Expression
		ts, atEnd = x.timex.FindTwice(a.Body, ref, periodEnd(ref, prec))
		coarsenRelative(ts, atEnd, ref, prec)
	} else {
		ts = x.timex.Find(a.Body, ref)
	}
	// evTimes are the times events can take: the expressions of the text, then the
	// publication date itself (for "has warned", "says": the news is about the present).
	evTimes := ts[:len(ts):len(ts)]
	pubIdx := -1
	if pub := refValue(ref, prec); pub != "" {
		pubIdx = len(evTimes)
		evTimes = append(evTimes, timex.Expression{Start: -1, End: -1, Type: timex.Date, Value: pub})
	}
	weekDay := map[int]int{} // "two weeks ago": the day it counts back to, among evTimes
	for ti, t := range ts {
		if d := weeksAgo(t, ref, prec); d != "" {
			weekDay[ti] = len(evTimes)
			evTimes = append(evTimes, timex.Expression{Start: -1, End: -1, Type: timex.Date, Value: d, Text: t.Text})
		}
	}
	isoOf := func(t int) string { return calendarAt(evTimes, t) }
	pubDay := isoOf(pubIdx) // the day of writing, when the publication date gives one
	if len(pubDay) != dayValue {
		pubDay = ""
	}
	// afterWriting reports whether the day d falls after the day of writing: no event's day
	afterWriting := func(d string) bool { return pubDay != "" && d > pubDay }
	later := func(ti int) bool { return afterDay(evTimes[ti].Value, isoOf(ti), pubDay) } // a time after the day of writing (attachTimes)
	var evs []rawEvent
	occ := noOccasion()                // the occasion of telling the story stands at (tellingOccasions)
	lastDay, lastDaySent := -1, -1     // the latest day-precise date of earlier sentences
	lastCal, lastCalSent := -1, -1     // the latest calendar date of earlier sentences
	lastPlain, lastPlainSent := -1, -1 // the latest of those told outside a quotation
	var prevNameless []rawEvent        // dated deeds of the sentence before that name no party
	var dayDeeds []rawEvent            // dated deeds told by a verb that names no party (dayMention)
	custodyT := -1                     // the time of a raid's dated step in the sentence before (custodySeries)
	appearDay := ""                    // the day of the latest court appearance told so far (courtAppearance)
	courtLead := ""                    // the day of the court's sitting the lead tells (courtLeadDay)
	countedDay, countedSent := "", -1  // the day a fronted count names for a sentence with no event of it (daysApart)
	occ.pub = pubDay
	countries := countryEntities(ents)
	own := mentionsBySent(ms, len(sents))
	for k := range sents {
		c := x.newSentCtx(&sents[k], ms, own[k], ents)
		c.countries = countries
		if c.gen != nil {
			c.gen.countries = countries
		}
		x.noteEmployers(c)
		var inSent []int
		_, dateline := datelineEnd(c.s.Toks) // "BAMAKO, March 8 -": the day the story was filed, no event's
		for ti, t := range ts {
			if t.Start >= sents[k].Start && t.End <= sents[k].End && (t.Type == "DATE" || t.Type == "TIME") {
				j := tokFrom(c.s.Toks, t.Start)
				if dateline > 0 && j >= 0 && j < dateline {
					continue
				}
				if iso, _ := timex.Calendar(t.Value); iso != "" {
					inSent = append(inSent, ti)
					c.timeAt = append(c.timeAt, j)
				}
			}
		}
		found := x.events(c)
		var coord map[int]int // a verb's trigger → the finite verb it is coordinated after (coordinatedVerb)
		if len(inSent) > 1 {
			coord = map[int]int{}
			for _, e := range found {
				if e.Trigger >= 0 && e.Trigger < len(c.s.Toks) && isVerbTag(c.s.Toks[e.Trigger].Tag) {
					coord[e.Trigger] = x.coordinatedVerb(c, e.Trigger)
				}
			}
		}
		x.attachTimes(c, found, ts, inSent, isReporting, func(w string) (schema.EventType, bool) {
			tr, ok := x.lex.lookup(w, false)
			return tr.Type, ok
		}, coord, later)
		sayingDatesAccusation(found)
		apposedTimes(c, found, ts, inSent)
		x.coordinatedTimes(c, found, ts, inSent)
		x.documentTimes(c, found)
		x.groundsTimes(c, found)
		sceneClause(c, found, ts, inSent)
		duringTimes(c, found)
		found = againTimes(c, found, ts, inSent)
		for f := range found {
			if d, ok := weekDay[found[f].TimeIdx]; ok {
				found[f].TimeIdx = d
			}
			if t := found[f].TimeIdx; t >= 0 && t < len(evTimes) && pastAfter(c.s.Toks, found[f], evTimes[t].Value, isoOf(t), isoOf(pubIdx)) {
				found[f].TimeIdx = -1
			}
		}
		if v := sameDayClause(c.s.Toks); v >= 0 {
			// "notified the FBI the same day it discovered the breach": the day of that deed,
			// told before with its day, not the last day the text named
			if ti := dayOfVerb(sents[:k], ts, c.s.Toks[v].Lower); ti >= 0 {
				sameDayAs(c, found, ts, v, ti)
			}
		} else if lastDay >= 0 && k-lastDaySent <= 3 {
			sameDay(c, found, lastDay)
		}
		if lastDay >= 0 && k-lastDaySent <= 3 {
			if v, words, ok := hoursPrior(c, ts, ts[lastDay].Value); ok {
				evTimes = append(evTimes, timex.Expression{Start: -1, End: -1, Type: timex.Date, Value: v})
				for f := range found {
					if found[f].TimeIdx < 0 && !isReporting(found[f]) {
						found[f].TimeIdx, found[f].TimeText = len(evTimes)-1, words
					}
				}
			}
		}
		for _, sh := range x.samePart(c, found, evs, k, isoOf) {
			if !afterWriting(sh.day) {
				evTimes = dateByShift(evTimes, found, sh)
			}
		}
		if ti := spanOpener(c, inSent); ti >= 0 {
			thatTime(c, found, ts, ti)
		} else if lastCal >= 0 && thenReaches(sents, lastCalSent, k) {
			thatTime(c, found, ts, lastCal)
		}
		if lastCal >= 0 && k-lastCalSent <= sequelReach && !pastTimeIn(inSent, later) {
			plain := ""
			if k-lastPlainSent <= sequelReach {
				plain = isoOf(lastPlain)
			}
			anchor := isoOf(lastCal)
			if d := x.retoldAnchor(sents[lastCalSent].Toks, evs, lastCalSent, anchor, isoOf); d != "" {
				anchor = d
			}
			if v, words := sequelTime(c.s.Toks, anchor, plain); v != "" {
				evTimes = append(evTimes, timex.Expression{Start: -1, End: -1, Type: timex.Date, Value: v, Text: words})
				for f := range found {
					if e := &found[f]; e.TimeIdx < 0 && !e.Negated && e.Modality == "" {
						e.TimeIdx, e.TimeText = len(evTimes)-1, words
					}
				}
			} else if v, at := thenYear(c.s.Toks, stepAnchor(evs, plain, k, isoOf)); v != "" && len(inSent) == 0 && !later(lastPlain) {
				// "In March, the FBI contacted the firm. The company then notified the Pentagon.":
				// the step's year; a bare saying is left to the occasion it was told at
				evTimes = append(evTimes, timex.Expression{Start: -1, End: -1, Type: timex.Date, Value: v, Text: "then"})
				for f := range found {
					if e := &found[f]; e.TimeIdx < 0 && e.asserted() && e.Trigger > at && e.Trigger < len(c.clause) && c.clause[e.Trigger] == c.clause[at] && !c.quoted[at] && !c.quoted[e.Trigger] && e.Type != schema.EventStatement {
						e.TimeIdx, e.TimeText = len(evTimes)-1, "then"
					}
				}
			}
		}
		for n, ti := range inSent {
			if !sinceTime(c.s.Toks, c.timeAt[n]) {
				lastCal, lastCalSent = ti, k
			}
			if !c.quotedAt(ts[ti].Start) {
				lastPlain, lastPlainSent = ti, k
			}
			if _, p := timex.Calendar(ts[ti].Value); p == "day" {
				lastDay, lastDaySent = ti, k
			}
		}
		earlier := latestDay(found, evs, isoOf, 0) // the day of the story's latest event of a type
		// the day of the latest event told before, dated to a day, and of the latest deed so dated
		lastDayISO, lastDeed := "", ""
		for j := len(evs) - 1; j >= 0 && evs[j].Sent >= k-recallWindow && lastDeed == ""; j-- {
			if d := isoOf(evs[j].TimeIdx); len(d) == dayValue {
				if lastDayISO == "" {
					lastDayISO = d
				}
				if isDeed(evs[j].Type) {
					lastDeed = d
				}
			}
		}
		if d, words, which := x.hoursAfter(c, found, earlier, lastDayISO); d != "" {
			evTimes = append(evTimes, timex.Expression{Start: -1, End: -1, Type: timex.Date, Value: d, Text: words})
			for _, f := range which {
				found[f].TimeIdx, found[f].TimeText = len(evTimes)-1, words
			}
		}
		before := latestDay(nil, evs, isoOf, k-recallWindow) // the latest of earlier sentences only
		if d := x.courtAppearance(c.s.Toks, ts, isoOf); d != "" {
			appearDay = d
		} else if d := x.sentencePassing(c.s.Toks, ts, isoOf); d != "" && !afterWriting(d) {
			appearDay = d // "Passing sentence on Wednesday, Judge X said": the court sat that day
		}
		if courtLead == "" && c.s.Para <= sents[0].Para+1 { // the lead, or the paragraph that details it ("A city court on Tuesday remanded them")
			if d := x.courtLeadDay(c.s.Toks, found, ts, inSent, isoOf); !afterWriting(d) && (c.s.Para == sents[0].Para || d == pubDay || inWeekBefore(d, pubDay)) {
				// a sitting still to come ("is due in court on Friday") is no occasion yet, and the
				// paragraph after the lead details the lead's news only in the week of writing ("In
				// a similar case last year, a court on Monday, March 4, jailed …" is another case)
				courtLead = d
			}
		}
		// the story's latest sitting: the lead's, or a step a court took on a later day
		// ("made his first court appearance on Monday. … convicted him on Tuesday")
		sitting := func() string {
			d := courtLead
			if step := x.courtStepDay(evs, isoOf); step > d && !afterWriting(step) {
				d = step
			}
			if d == "" {
				d = appearDay // "made his first court appearance on Monday"
			}
			return d
		}
		if words, before := x.atCourt(c.s.Toks, occ.hearing.sent >= 0); words != "" {
			if d := sitting(); d != "" && (!strings.Contains(words, "announcing") || announcesSitting(sents, finalWord(words))) {
				evTimes = append(evTimes, timex.Expression{Start: -1, End: -1, Type: timex.Date, Value: d, Text: words})
				x.atSitting(c.s.Toks, found, before, len(evTimes)-1, words)
			}
		} else if f := x.benchStep(c.s.Toks, found); f >= 0 {
			// "He appeared on Monday before a magistrate judge … The judge ordered him held
			// without bail": the bench's step, told with no day, is taken at its sitting
			if d := sitting(); d != "" {
				words := found[f].TimeText
				evTimes = append(evTimes, timex.Expression{Start: -1, End: -1, Type: timex.Date, Value: d, Text: words})
				found[f].TimeIdx = len(evTimes) - 1
			}
		}
		if f, words := x.benchTelling(c.s.Toks, found); f >= 0 {
			// "\u201cYou knew what you were doing,\u201d the judge said": the bench speaks at its sitting
			if d := sitting(); d != "" {
				evTimes = append(evTimes, timex.Expression{Start: -1, End: -1, Type: timex.Date, Value: d, Text: words})
				found[f].TimeIdx, found[f].TimeText = len(evTimes)-1, words
			}
		}
		for _, lt := range x.laterThanNoun(c, found, ts, inSent, before) {
			evTimes = append(evTimes, timex.Expression{Start: -1, End: -1, Type: timex.Date, Value: lt.day, Text: lt.words})
			found[lt.ev].TimeIdx = len(evTimes) - 1
		}
		for _, sh := range x.daysApart(c, found, ts, isoOf, earlier) {
			if sh.ev < 0 {
				if sh.day != "" && !afterWriting(sh.day) {
					countedDay, countedSent = sh.day, k // "Three days after the breach, the union hired an auditor."
				}
				continue
			}
			if sh.day != "" && !afterWriting(sh.day) { // a count that lands after the day of writing counted from the wrong event
				evTimes = append(evTimes, timex.Expression{Start: -1, End: -1, Type: timex.Date, Value: sh.day, Text: sh.words})
				found[sh.ev].TimeIdx = len(evTimes) - 1
			}
		}
		if afterWriting(lastDeed) {
			lastDeed = "" // a day after the day of writing is no deed's
		}
		for _, sh := range x.dayOfDeed(c, found, earlier, latestKin(evs, isoOf, k-recallWindow), lastDeed) {
			if !afterWriting(sh.day) {
				evTimes = dateByShift(evTimes, found, sh)
			}
		}
		if len(inSent) > 0 && k > 0 && sents[k-1].Para == c.s.Para { // a sentence with no time of its own has no "following day"
			prevDay := lastDayOf(evs, k-1, isoOf)
			if prevDay == "" && countedSent == k-1 {
				prevDay = countedDay // the day the sentence before counted on to from an earlier event
			}
			for _, sh := range followingDay(found, ts, inSent, prevDay) {
				evTimes = dateByShift(evTimes, found, sh)
			}
			staleCount(found, ts, inSent, sents[k-1])
		}
		for _, sh := range monthRecalled(c.s.Toks, found, evs, isoOf) {
			evTimes = dateByShift(evTimes, found, sh)
		}
		if d, words, which := x.spanAfter(c, found, evs, sents, isoOf); d != "" && !afterWriting(d) {
			// "days after the indictment", "within days of learning of the breach": the
			// anchor's time, counted on, for what the rules before left undated
			evTimes = append(evTimes, timex.Expression{Start: -1, End: -1, Type: timex.Date, Value: d, Text: words})
			for _, f := range which {
				found[f].TimeIdx, found[f].TimeText = len(evTimes)-1, words
			}
		}
		if sd := latestDay(found, evs, isoOf, k-recallWindow)(schema.EventSanction); !afterWriting(sd) { // a designation goes on from sanctions told lately
			for _, sh := range x.sanctionsFollow(c, found, sd) {
				evTimes = dateByShift(evTimes, found, sh)
			}
		}
		carriedT := -1 // the raid's time this sentence goes on with, when it names none
		if !pastTimeIn(inSent, later) && custodyT >= 0 && k > 0 && sents[k-1].Para == c.s.Para {
			carriedT = custodyT
			x.custodySeries(c.s.Toks, found, custodyT, evTimes[custodyT].Text)
		}
		if k > 0 && sents[k-1].Para == c.s.Para {
			// "Britain followed hours later. The Foreign Office added X to its list.": the
			// answer the sentence before announced, on the day of the act it answers
			evTimes = x.answerTimes(c, sents[k-1].Toks, ms, own[k-1], found, evs, evTimes, isoOf, afterWriting)
		}
		stepToldAgain(found, evs)
		x.tellingOccasions(&occ, sents, evs, c, found, ts, inSent, k, isoOf)
		if len(prevNameless) > 0 {
			namelessTimes(found, prevNameless, isoOf)
		}
		prevNameless = prevNameless[:0]
		if len(c.nameless) > 0 {
			x.attachTimes(c, c.nameless, ts, inSent, isReporting, func(w string) (schema.EventType, bool) {
				tr, ok := x.lex.lookup(w, false)
				return tr.Type, ok
			}, nil, later)
			apposedTimes(c, c.nameless, ts, inSent)
			prevNameless = append(prevNameless, c.nameless...)
			for _, nl := range c.nameless {
				if isDeed(nl.Type) && nl.TimeIdx >= 0 && nl.TimeIdx < len(evTimes) && !quotedOnly(c, nl.Trigger, evTimes[nl.TimeIdx].Start) {
					dayDeeds = append(dayDeeds, nl)
				}
			}
		}
		custodyT = x.datedCustody(c.s.Toks, found)
		if custodyT < 0 {
			custodyT = x.datedCustody(c.s.Toks, c.nameless)
		}
		if custodyT < 0 && carriedT >= 0 && x.undatedCustody(c.s.Toks, c.nameless) {
			custodyT = carriedT // "Two men were detained in X." names no one, but the series goes on
		}
		if custodyT < 0 {
			custodyT = x.custodyNounTime(c.s.Toks, ts, inSent)
		}
		for f := range found {
			x.dropPrivateCrowd(c, &found[f])
			x.dropCountedCrowd(c, &found[f])
			found[f].Crowd = found[f].Type == schema.EventWarning && len(found[f].Target) == 0 && (found[f].Crowd || crowdHeard(c.s.Toks, found[f].Trigger))
		}
		for _, f := range found {
			if f.TimeIdx >= 0 && len(f.Agent)+len(f.Target) == 0 {
				prevNameless = append(prevNameless, f)
			}
		}
		if len(inSent) == 0 && pubIdx >= 0 {
			if y := x.backgroundYear(c, found, evs, k, isoOf, evTimes[pubIdx].Value); len(y) > 0 {
				evTimes = append(evTimes, timex.Expression{Start: -1, End: -1, Type: timex.Date, Value: y[0].year, Text: y[0].year})
				for _, f := range y {
					found[f.ev].TimeIdx = len(evTimes) - 1
				}
			}
		}
		found = append(found, x.gappedHearers(c, found, ts, inSent)...)
		closingSaidDay(c, found, ts, inSent)
		if pubIdx >= 0 {
			x.presentTimes(c, found, pubIdx, isoOf)
		}
		evs = append(evs, found...)
	}
	evTimes = x.lastWeekDays(sents, evs, evTimes, pubIdx)
	definiteTimes(sents, evs, evTimes, isoOf)
	retoldDeedTimes(evs, isoOf)
	x.issuedDays(sents, evs, evTimes, isoOf, pubIdx)
	x.askedAbout(sents, ms, evs, evTimes)
	x.issuerDays(sents, ms, evs, evTimes, isoOf)
	x.leadPerfectDays(sents, ms, evs, evTimes, isoOf, pubIdx)
	x.leadSittingDays(sents, ms, evs, evTimes, isoOf, pubIdx)
	definiteParties(sents, evs, isoOf)
	handoverTimes(sents, evs)
	x.laterAttribution(sents, ms, ents, evs)
	x.probedIncident(sents, evs)
	x.namedNext(sents, ms, ents, evs)
	x.describedNamed(sents, ms, ents, evs)
	amongVictims(sents, ms, ents, evs)
	listedTimes(evs, dayDeeds)
	evs = pluralParties(sents, ms, ents, evs)
	x.findingsTeller(sents, ms, evs)
	x.sameMessage(sents, evs)
	replyTo(evs)
	x.ledeTeller(ents, evs)
	x.documentTeller(sents, ms, evs)
	open := x.leftOpen(sents, evs)
	governmentActs(sents, ms, ents, evs)
	evs = x.senderless(sents, evs)
	copiedFrom(evs)
	evs = entryIncidents(evs, dayDeeds, isoOf)
	x.continuedIncidents(sents, ms, ents, evs, open)
	benchNeverPleads(sents, ents, evs)
	evs = partylessCharges(evs)
	evs = ownedCopies(evs)
	x.benchJudge(sents, ms, ents, evs, isoOf)
	ownersAct(ents, evs)
	datedPrincipals(evs, evTimes)
	g := x.build(a, sents, item, ms, ents, evs, evTimes, open, dayDeeds)
	return &Result{Graph: g, Timexes: ts}, nil
}

// apposOpening reports whether the tokens from a to b (exclusive) open an apposition: a comma,
// then at most a determiner ("X, the country's largest provider").
func apposOpening(toks []token, a, b int) bool {
	if a < 0 || b > len(toks) || b-a < 1 || b-a > 2 || toks[a].Text != "," {
		return false
	}
	return b-a == 1 || toks[a+1].Tag == "DT"
}

// maxQuoteSents bounds how many sentences one quotation may run on: a stray quotation mark
// opens no quotation for the rest of the article.
const maxQuoteSents = 4

// quotedOnly reports whether the token at i stands inside a quotation and the text at rune
// offset at outside it: the day of the saying ("“Our systems were disrupted,” X said on
// Tuesday") is not that of the deed quoted.
func quotedOnly(c *sentCtx, i, at int) bool {
	return i >= 0 && i < len(c.quoted) && c.quoted[i] && at >= 0 && !c.quotedAt(at)
}

// quotation marks which tokens of a sentence stand inside a quotation. open counts the
// sentences a quotation opened earlier has stayed open (0: none); a sentence that closes a
// quotation before it opens one continues a quotation too. It returns the marks and the count
// for the next sentence.
func quotation(toks []token, open int) ([]bool, int) {
	q := make([]bool, len(toks))
	in := open > 0
	for i := range toks { // by index: no copy of each token
		if w := toks[i].Text; w == "“" || w == "``" {
			break
		} else if w == "”" || w == "''" {
			in = true
			break
		}
	}
	for i := range toks {
		switch toks[i].Text {
		case "“", "``":
			in = true
		case "”", "''":
			in = false
		case "\"":
			in = !in
		}
		q[i] = in
	}
	if !in || open+1 > maxQuoteSents {
		return q, 0
	}
	return q, open + 1
}

// saysAt reports whether "said" or "says" stands at l, right after a name ("X said"), or right
// after the closing comma of a relative clause set off by commas at l ("X, which is part of Y,
// said …"): the name before l speaks.
func saysAt(toks []token, l int) bool {
	if l >= len(toks) {
		return false
	}
	if saysWord(toks[l].Lower) {
		return true
	}
	if l+2 >= len(toks) || toks[l].Text != "," || toks[l+1].Lower != "which" {
		return false
	}
	for j := l + 2; j+1 < len(toks) && j-l <= maxWhichClause; j++ {
		if toks[j].Text == "," {
			return saysWord(toks[j+1].Lower)
		}
	}
	return false
}

// saysWord reports whether w is "said" or "says".
func saysWord(w string) bool { return w == "said" || w == "says" }

// tellsWord reports whether w is "told" or "tells".
func tellsWord(w string) bool { return w == "told" || w == "tells" }

// tellsAfter reports whether a verb of telling or warning stands at toks[l], or after one
// adverb there ("It told patients …", "The company notified the regulator …", "It also
// informed …").
func (x *Extractor) tellsAfter(toks []token, l int) bool {
	if l+1 < len(toks) && toks[l].Tag == "RB" {
		l++
	}
	return l < len(toks) && (tellsWord(toks[l].Lower) || x.tellingVerb(toks[l]))
}

// maxWhichClause bounds the words saysAt reads for the relative clause's closing comma.
const maxWhichClause = 16

// dropPrivateCrowd takes from a warning the country it is told to when, after the trigger, the
// country only modifies a plural of private hearers ("notified about 40 U.S. companies",
// "alerted Canadian banks", cue privatecrowd): those are told, no state is. "warned Tervian
// officials" still tells the state.
func (x *Extractor) dropPrivateCrowd(c *sentCtx, ev *rawEvent) {
	if ev.Type != schema.EventWarning || len(ev.Target) == 0 {
		return
	}
	kept := ev.Target[:0:0]
	for _, t := range ev.Target {
		if t < 0 || t >= len(c.ents) || c.ents[t].Kind != schema.KindCountry || !x.crowdOfCountry(c, ev.Trigger, t) {
			kept = append(kept, t)
		}
	}
	ev.Target = kept
}

// dropCountedCrowd takes from a warning the hearers the text only counts, vaguely and without a
// name: the plural its object phrase opens with "a number of", "a handful of", "dozens of",
// "more than a dozen" (cue vaguecount), "other" or quotation marks between ("notified "a small
// number" of other Canadian organizations"). The teller would not say whom it told; no actor of
// the story is told.
func (x *Extractor) dropCountedCrowd(c *sentCtx, ev *rawEvent) {
	if ev.Type != schema.EventWarning || len(ev.Target) == 0 || ev.Trigger < 0 {
		return
	}
	toks := c.s.Toks
	k := ev.Trigger + 1
	for k < len(toks) && k-ev.Trigger <= 6 && !x.cue.tokIs("vaguecount", &toks[k]) {
		if t := toks[k]; !(isQuote(t.Text) || t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "JJR" || t.Tag == "RBR" || t.Tag == "CD" || t.Lower == "than" || t.Lower == "least" || t.Lower == "at") {
			return
		}
		k++
	}
	if k >= len(toks) || !x.cue.tokIs("vaguecount", &toks[k]) {
		return
	}
	for k++; k < len(toks) && isQuote(toks[k].Text); k++ {
	}
	if k >= len(toks) || toks[k].Lower != "of" {
		return
	}
	end, _ := objectPhrase(toks, k+1)
	words := make([]string, 0, end-k-1) // the counted plural's words: "other Canadian organizations"
	for _, t := range toks[k+1 : end] {
		words = append(words, t.Lower)
	}
	phrase := strings.Join(words, " ")
	kept := ev.Target[:0:0]
	for _, t := range ev.Target {
		if t >= 0 && t < len(c.ents) && phrase != "" && strings.HasSuffix(phrase, strings.ToLower(c.ents[t].Name)) {
			continue
		}
		kept = append(kept, t)
	}
	ev.Target = kept
}

// crowdOfCountry reports whether country e stands after token i of the sentence, by name or
// demonym, and every time only before a plural of private hearers (cue privatecrowd).
func (x *Extractor) crowdOfCountry(c *sentCtx, i, e int) bool {
	toks := c.s.Toks
	seen := false
	for k := i + 1; k < len(toks); k++ {
		last := -1
		if m := c.at[k]; m >= 0 && c.ms[m].First == k && c.ms[m].Entity == e {
			last = c.ms[m].Last
			if c.ms[m].How == mkDemonym {
				last = c.ms[m].First + 1
			}
		} else if m < 0 && x.demonymCountry(c, k) == e {
			last = k + 1
		}
		if last < 0 {
			continue
		}
		if h := phraseHead(toks, last); h < 0 || toks[h].Tag != "NNS" || !x.cue.tokIs("privatecrowd", &toks[h]) {
			return false
		}
		seen = true
	}
	return seen
}

// objectPhrase reads the noun phrase that opens at token k, as a verb's object or after "a
// number of": the adjectives, past participles and nouns from k on ("other Canadian
// organizations", "security team", "staff affected"). It returns the end of the phrase (exclusive;
// k when none opens there) and its head, the last noun of its first run of nouns ("team" in
// "security team responsible"), or -1 when it holds no noun.
func objectPhrase(toks []token, k int) (end, head int) {
	head = -1
	for end = k; end < len(toks) && (isNounTag(toks[end].Tag) || strings.HasPrefix(toks[end].Tag, "JJ") || toks[end].Tag == "VBN"); end++ {
		if head < 0 && isNounTag(toks[end].Tag) && (end+1 >= len(toks) || !isNounTag(toks[end+1].Tag)) {
			head = end
		}
	}
	return end, head
}

// phraseHead returns the last of the lower-case adjectives and common nouns that open at token
// k, the head of the noun phrase a name or demonym before k modifies ("retail banks"), or -1.
// A plural ends the phrase: "companies last week" is headed by "companies".
func phraseHead(toks []token, k int) int {
	h := -1
	for ; k < len(toks) && (toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "NNS") && !isCap(toks[k].Text); k++ {
		h = k
		if toks[k].Tag == "NNS" {
			break
		}
	}
	return h
}

// crowdHeard reports whether the verb at i has for its object hearers the text only describes,
// a common noun in the plural or a collective one, after at most a possessive or article ("warned
// staff", "alerted its customers", "told employees"): they are the hearers, and a body named
// later as told is another.
func crowdHeard(toks []token, i int) bool {
	if i < 0 || i+1 >= len(toks) || !isVerbTag(toks[i].Tag) {
		return false
	}
	j := i + 1
	if t := toks[j].Tag; t == "PRP$" || t == "DT" {
		j++
	}
	if j >= len(toks) || toks[j].Tag != "NNS" && toks[j].Tag != "NN" {
		return false
	}
	return j+1 >= len(toks) || !isNounTag(toks[j+1].Tag) // "staff", not "staff members of X" read as a name
}

// dateByShift gives the event sh.ev of found the day sh counts to, as a new time of evTimes
// told by sh's words, and returns evTimes.
func dateByShift(evTimes []timex.Expression, found []rawEvent, sh dayShift) []timex.Expression {
	evTimes = append(evTimes, timex.Expression{Start: -1, End: -1, Type: timex.Date, Value: sh.day, Text: sh.words})
	found[sh.ev].TimeIdx, found[sh.ev].TimeText = len(evTimes)-1, sh.words
	return evTimes
}

// lastDayOf returns the day of the last event told in sentence k that is dated to a day, "" when
// none is.
func lastDayOf(evs []rawEvent, k int, iso func(int) string) string {
	for j := len(evs) - 1; j >= 0 && evs[j].Sent >= k; j-- {
		if d := iso(evs[j].TimeIdx); evs[j].Sent == k && len(d) == dayValue {
			return d
		}
	}
	return ""
}

// latestDay returns a lookup of the day of the latest event of a type among found, else among
// the events of evs told in sentence from or after, dated to a day: with from 0, "the day of
// the breach" points back at the story's breach however far back the text told its day.
func latestDay(found, evs []rawEvent, iso func(int) string, from int) func(schema.EventType) string {
	return func(typ schema.EventType) string {
		for _, list := range [][]rawEvent{found, evs} {
			for j := len(list) - 1; j >= 0 && list[j].Sent >= from; j-- {
				if d := iso(list[j].TimeIdx); list[j].Type == typ && len(d) == dayValue {
					return d
				}
			}
		}
		return ""
	}
}

// latestKin returns a lookup of the calendar time, at any precision, of the latest incident of
// a type's family (familyOf: an attack, an intrusion or espionage; a theft or a leak) among
// the events of evs told in sentence from or after: "the attack" after "an October 2023
// intrusion" points back at that intrusion, and its day lies in its month. "" when there is
// none, or for a type of no family.
func latestKin(evs []rawEvent, iso func(int) string, from int) func(schema.EventType) string {
	return func(typ schema.EventType) string {
		f := familyOf(typ)
		if f == 0 {
			return ""
		}
		for j := len(evs) - 1; j >= 0 && evs[j].Sent >= from; j-- {
			if d := iso(evs[j].TimeIdx); familyOf(evs[j].Type) == f && d != "" && evs[j].asserted() {
				return d
			}
		}
		return ""
	}
}

// courtAppearance returns the day a sentence gives a court appearance: a form of "appear" or
// the noun "appearance" with a court word (cue courtword: "court", "courthouse", "judge") and a
// written day within appearReach tokens after it, no comma or semicolon between ("made his first
// court appearance on Monday", "appeared in Southport Magistrates Court on Wednesday"), the
// court word also after the day ("appeared on Monday before a magistrate judge"); "" for none.
// What is said outside the court is said that day when the story dates no legal step
// (courtStepDay).
func (x *Extractor) courtAppearance(toks []token, ts []timex.Expression, iso func(int) string) string {
	for i, t := range toks {
		if !strings.HasPrefix(t.Lower, "appear") || t.Lower == "appears" || t.Lower == "appear" {
			continue // "appears to" is a hedge; only a told appearance ("appeared", "appearance")
		}
		court := i > 0 && x.cue.tokIs("courtword", &toks[i-1])
		for j := i + 1; j < len(toks) && j-i <= appearReach; j++ {
			if w := toks[j].Text; w == "," || w == ";" || w == "." {
				break
			}
			court = court || x.cue.tokIs("courtword", &toks[j])
			if ti := timeStarting(ts, toks[j].Start); ti >= 0 {
				d := iso(ti)
				if len(d) == dayValue && (court || x.benchFollows(toks, j+1, i+appearReach)) {
					return d
				}
				break
			}
		}
	}
	return ""
}

// bodyNameFrom reports whether the capitalised run from token i holds a word that names a body
// (cue orgsuffix or agencysuffix: "Sentencing Council guidance", where "Sentencing" opens the
// council's name and sentences no one).
func (x *Extractor) bodyNameFrom(toks []token, i int) bool {
	for j := i; j < len(toks) && isCap(toks[j].Text); j++ {
		if x.cue.tokIs("orgsuffix", &toks[j]) || x.cue.tokIs("agencysuffix", &toks[j]) || bodyWord(toks[j].Lower) {
			return true
		}
	}
	return false
}

// sentenceReach bounds how many words after a participle of passing sentence (cue
// sentencepass) the noun "sentence" may stand ("Handing down a four-year sentence").
const sentenceReach = 5

// sentencePassing returns the day of a court's sitting that a participle of passing sentence
// gives, opening the sentence or set off after a comma ("Passing sentence on Wednesday, Judge X
// said", "Sentencing him on Friday, the judge said", "Judge X, jailing the pair on Tuesday,
// said"): "passing", "handing down" or "imposing" (cue sentencepass) with "sentence" at most
// sentenceReach words on, or "sentencing" or "jailing" (cue sentenceverb) with an object right
// after it ("Sentencing is due in May" has none), then a written day within appearReach tokens,
// no comma, semicolon or full stop before it. "" for none. What is said in or outside court is
// said that day when the story dates no legal step (courtStepDay), as after a court appearance.
func (x *Extractor) sentencePassing(toks []token, ts []timex.Expression, iso func(int) string) string {
	for i := range toks {
		if i > 0 && toks[i-1].Text != "," {
			continue
		}
		end := -1
		switch {
		case x.cue.tokIs("sentencepass", &toks[i]):
			for j := i + 1; j < len(toks) && j-i <= sentenceReach; j++ {
				if toks[j].Lower == "sentence" || toks[j].Lower == "sentences" {
					end = j
					break
				}
			}
		case x.cue.tokIs("sentenceverb", &toks[i]) && i+1 < len(toks):
			if tg := toks[i+1].Tag; tg == "PRP" || tg == "DT" || tg == "CD" || strings.HasPrefix(tg, "NNP") && !x.bodyNameFrom(toks, i+1) {
				end = i + 1
			}
		}
		for j := end + 1; end >= 0 && j < len(toks) && j-i <= appearReach; j++ {
			if w := toks[j].Text; w == "," || w == ";" || w == "." {
				break
			}
			if ti := timeStarting(ts, toks[j].Start); ti >= 0 {
				if d := iso(ti); len(d) == dayValue {
					return d
				}
				break
			}
		}
	}
	return ""
}

// benchFollows reports whether a court word (cue courtword) stands at or after from and at most
// at to, no comma, semicolon or full stop before it: the court named after the day of an
// appearance ("appeared on Monday before a magistrate judge").
func (x *Extractor) benchFollows(toks []token, from, to int) bool {
	for j := from; j < len(toks) && j <= to; j++ {
		if w := toks[j].Text; w == "," || w == ";" || w == "." {
			return false
		}
		if x.cue.tokIs("courtword", &toks[j]) {
			return true
		}
	}
	return false
}

// atSitting dates the undated, asserted tellings and accusations of a sentence that atCourt
// puts at a court's sitting to that sitting's day ti (words: the phrase that puts them
// there), and, when a bench follows "before" at before, the undated step a court takes that
// stands right before it ("pleaded guilty before Judge X"; cue sittingstep).
func (x *Extractor) atSitting(toks []token, found []rawEvent, before, ti int, words string) {
	for f := range found {
		e := &found[f]
		if e.TimeIdx >= 0 || e.Negated || e.Modality != "" {
			continue
		}
		step := before > e.Trigger && before-e.Trigger <= stepBenchReach && e.Type == schema.EventLegal && x.cue.is("sittingstep", e.Lemma)
		if step || isReporting(*e) || e.Type == schema.EventAccusation {
			e.TimeIdx, e.TimeText = ti, words
		}
	}
}

// leadSittingReach bounds how many sentences after the lead the court appearance that dates the
// lead's undated step may be told (leadSittingDays).
const leadSittingReach = 2

// leadSittingDays dates a step taken at a court's sitting (cue sittingstep) that the lead tells
// in the past with no time of its own ("A Moldovan man … has been extradited and pleaded not
// guilty in a federal court in Atlanta.") by the day of the court appearance a sentence soon
// after tells in the past ("He appeared on Monday before a magistrate judge …";
// courtAppearance), when that sentence names one of the step's parties and the day is not after
// the publication (pub): news leads with the step and dates the appearance it was taken at below.
// A step told in a relative clause ("X, who pleaded guilty, appeared on Monday for sentencing")
// was taken at another sitting, and is left alone.
func (x *Extractor) leadSittingDays(sents []sentence, ms []mention, evs []rawEvent, times []timex.Expression, iso func(int) string, pub int) {
	if pub < 0 || len(sents) < 2 {
		return
	}
	lead := sents[0].Toks
	for e := range evs {
		ev := &evs[e]
		if ev.Sent != 0 || ev.TimeIdx >= 0 || !ev.asserted() || ev.Type != schema.EventLegal || !x.cue.is("sittingstep", ev.Lemma) {
			continue
		}
		if ev.Trigger < 0 || ev.Trigger >= len(lead) || lead[ev.Trigger].Tag != "VBD" && lead[ev.Trigger].Tag != "VBN" || inRelativeClause(lead, ev.Trigger) {
			continue
		}
		parties := append(append([]int{}, ev.Agent...), ev.Target...)
		for k := 1; k < len(sents) && k <= leadSittingReach; k++ {
			ti := x.appearanceTime(sents[k].Toks, times, iso)
			if ti < 0 || iso(ti) > iso(pub) || !namesAny(ms, k, parties) {
				continue
			}
			ev.TimeIdx, ev.TimeText = ti, times[ti].Text
			break
		}
	}
}

// appearanceTime returns the index in times of the day a sentence gives a court appearance in
// the past (courtAppearance: "appeared on Monday before a magistrate judge"), or -1.
func (x *Extractor) appearanceTime(toks []token, times []timex.Expression, iso func(int) string) int {
	d := x.courtAppearance(toks, times, iso)
	if d == "" {
		return -1
	}
	for _, t := range toks {
		if ti := timeStarting(times, t.Start); ti >= 0 && iso(ti) == d {
			return ti
		}
	}
	return -1
}

// inRelativeClause reports whether the verb at i stands in a relative clause: a relative
// pronoun ("who", "which", "that") before it in its clause, back to the sentence's start or a
// comma.
func inRelativeClause(toks []token, i int) bool {
	for k := i - 1; k >= 0 && toks[k].Text != ","; k-- {
		switch toks[k].Lower {
		case "who", "which", "that":
			return true
		}
	}
	return false
}

// benchStep returns the index in found of the undated, asserted step a court takes at a sitting
// (cue sittingstep) whose subject describes the bench ("The judge ordered him held without
// bail"; benchSubject) or names the judge ("U.S. District Judge Ann Roe ordered him held",
// also past a first short predicate joined by "and": "Judge Roe accepted the plea and ordered
// him held"; benchNamedSubject), -1 when there is none. A sentence that points to an earlier
// occasion ("had previously ordered") is left alone.
func (x *Extractor) benchStep(toks []token, found []rawEvent) int {
	for f, e := range found {
		if e.Type == schema.EventLegal && e.TimeIdx < 0 && !e.Negated && e.Modality == "" && x.cue.is("sittingstep", e.Lemma) && (x.benchSubject(toks, e.Trigger) || x.benchNamedSubject(toks, e.Trigger)) {
			return f
		}
	}
	return -1
}

// benchNamedSubject reports whether the verb in the simple past at i has for its subject a
// judge named by title ("Judge Ann Roe", "U.S. District Judge Ann Roe", "The judge, Ann Roe,";
// benchNamedBefore) that opens the sentence, right before it or before a first verb with its
// object joined to it by "and" ("Judge Roe accepted the plea and ordered …"; firstConjunct),
// with no word of an earlier occasion in the sentence (earlierOccasion).
func (x *Extractor) benchNamedSubject(toks []token, i int) bool {
	if i < 1 || i >= len(toks) || toks[i].Tag != "VBD" {
		return false
	}
	for _, t := range toks {
		if earlierOccasion[t.Lower] {
			return false
		}
	}
	v := i
	if toks[i-1].Lower == "and" {
		if v = firstConjunct(toks, i-1); v < 0 {
			return false
		}
	}
	j := x.benchNamedBefore(toks, v)
	if j < 0 {
		j = x.benchAppositive(toks, v)
	}
	return j == 0
}

// firstConjunct returns the index of the verb in the simple past that opens a short first
// predicate ending at "and" at a: the verb and its object of a determiner and a noun or two
// ("accepted the plea and"), or -1.
func firstConjunct(toks []token, a int) int {
	j := a - 1
	for j >= 0 && a-j <= objectNounReach && isNounTag(toks[j].Tag) {
		j--
	}
	if j == a-1 || j < 1 || toks[j].Tag != "DT" && toks[j].Tag != "PRP$" || toks[j-1].Tag != "VBD" {
		return -1
	}
	return j - 1
}

// objectNounReach bounds the nouns of the object of a first short predicate (firstConjunct).
const objectNounReach = 3

// benchAppositive returns where the subject "the judge, Ann Roe," that stands right before the
// verb at v begins, or -1: an article, the bench word and the judge's name set off by commas.
func (x *Extractor) benchAppositive(toks []token, v int) int {
	j := v - 1
	if j < 0 || toks[j].Text != "," {
		return -1
	}
	for j--; j >= 0 && toks[j].Tag == "NNP"; j-- {
	}
	if j < 2 || j == v-2 || toks[j].Text != "," || !x.cue.tokIs("courtbench", &toks[j-1]) || !x.cue.tokIs("article", &toks[j-2]) {
		return -1
	}
	return j - 2
}

// benchTelling returns the index in found of the undated, asserted telling in the simple past
// whose speaker the bench names ("Judge Ames said …", "\u201c…,\u201d the judge said", "said U.S.
// District Judge Helen Ames", "Judge Ames told X before announcing the sentence"; benchNamedBefore,
// benchNamedAfter), with the words of the bench and the verb; -1 and "" when there is none. A judge speaks from the bench: a story that reports a
// court's sitting tells what its judge said, with no time of its own, as said at that sitting.
// A sentence that points to an earlier occasion ("at an earlier hearing", "had previously
// said") is left alone.
func (x *Extractor) benchTelling(toks []token, found []rawEvent) (int, string) {
	for _, t := range toks {
		if earlierOccasion[t.Lower] {
			return -1, ""
		}
	}
	for f, e := range found {
		i := e.Trigger
		if !isReporting(e) || e.TimeIdx >= 0 || !e.asserted() || i < 0 || i >= len(toks) || toks[i].Tag != "VBD" {
			continue
		}
		if j := x.benchNamedBefore(toks, i); j >= 0 {
			return f, joinTokens(toks[j : i+1])
		}
		if j := x.benchNamedAfter(toks, i); j >= 0 {
			return f, joinTokens(toks[i:j])
		}
	}
	return -1, ""
}

// earlierOccasion holds the words that set a judge's telling at an occasion before the sitting
// the story reports ("at an earlier hearing", "had previously ruled").
var earlierOccasion = map[string]bool{"earlier": true, "previously": true, "previous": true, "prior": true}

// benchNamedBefore returns where the words right before the verb at i that name the bench as
// its subject begin, or -1: a bench word (cue courtbench) with the judge's name after it or a
// title or an article before it ("Judge Ames", "U.S. District Judge Helen Ames", "the judge",
// "the magistrate"), opening the clause (the sentence's start, a comma, a colon or a quotation
// mark).
func (x *Extractor) benchNamedBefore(toks []token, i int) int {
	j := i - 1
	for j >= 0 && toks[j].Tag == "NNP" && !x.cue.tokIs("courtbench", &toks[j]) {
		j-- // the judge's name
	}
	if j < 0 || !x.cue.tokIs("courtbench", &toks[j]) {
		return -1
	}
	named := j < i-1
	for j--; j >= 0 && (toks[j].Tag == "NNP" || toks[j].Tag == "JJ") && isWordToken(toks[j].Text); j-- {
		named = true // "U.S. District Judge", "federal judge"
	}
	if j >= 0 && x.cue.tokIs("article", &toks[j]) {
		named = true
		j--
	}
	if !named || j >= 0 && !clauseOpener(toks[j].Text) {
		return -1
	}
	return j + 1
}

// benchNamedAfter returns the end (exclusive) of the words right after the verb at i that name
// the bench as its subject set after it, closing the sentence or clause ("…,\u201d said Judge
// Ames.", "said the judge."): an optional article, titles, the bench word and the judge's name;
// -1 when there are none. A bench after "told" is the one told.
func (x *Extractor) benchNamedAfter(toks []token, i int) int {
	if toks[i].Lower == "told" {
		return -1 // "told the court, adding …": the bench hears
	}
	j := i + 1
	if j < len(toks) && x.cue.tokIs("article", &toks[j]) {
		j++
	}
	bench := false
	for j < len(toks) && (toks[j].Tag == "NNP" || toks[j].Tag == "JJ" || x.cue.tokIs("courtbench", &toks[j])) {
		bench = bench || x.cue.tokIs("courtbench", &toks[j])
		j++
	}
	if !bench || j < len(toks) && toks[j].Text != "." && toks[j].Text != "," {
		return -1
	}
	return j
}

// clauseOpener reports whether a token opens a clause for the words after it: a comma, a colon,
// a semicolon or a quotation mark.
func clauseOpener(w string) bool {
	switch w {
	case ",", ":", ";", "\"", "\u201d", "\u201c", "''", "``":
		return true
	}
	return false
}

// stepBenchReach bounds how far before "before" the step taken before a bench may stand
// ("pleaded guilty before").
const stepBenchReach = 3

// appearReach bounds how many tokens after "appeared" the court and the day may stand
// (courtAppearance).
const appearReach = 8

// courtStepDay returns the day of the latest legal step of evs dated to a day that a court
// takes or that is taken before one ("convicted", "sentenced", "pleaded guilty"), that is, no
// arrest or raid (cue custodystep): what is said outside a court is said on the day of its
// hearing, however far back the story told it, not on the day of an arrest or a raid the story
// tells after it. "" when there is none.
func (x *Extractor) courtStepDay(evs []rawEvent, iso func(int) string) string {
	for j := len(evs) - 1; j >= 0; j-- {
		e := evs[j]
		if d := iso(e.TimeIdx); e.Type == schema.EventLegal && len(d) == dayValue && !x.cue.is("custodystep", e.Lemma) {
			return d
		}
	}
	return ""
}

// pastTimeIn reports whether a sentence's times (inSent) hold one not after the day of writing
// (later): a sentence whose only times are yet to come ("Officers arrested X, and a judge will
// rule on his bail next month") gives what it tells as done no time of its own, so that it goes
// on with the time of the sentences before.
func pastTimeIn(inSent []int, later func(ti int) bool) bool {
	for _, ti := range inSent {
		if !later(ti) {
			return true
		}
	}
	return false
}

// recoverFault turns a panic of the extractor on the article id into an error wrapping
// ErrInternal, so that one article that meets a bug costs that article only, never the batch
// it is part of; it must be deferred by Extract.
func recoverFault(id string, res **Result, err *error) {
	if r := recover(); r != nil {
		*res = nil
		*err = fmt.Errorf("extract %s: %w: %v", id, ErrInternal, r)
	}
}

// announcesSitting reports whether a statement announcing the step the noun w names was made
// at the sitting the story's lead tells: "the case" is the prosecution as a whole, made public
// at any of its sittings; another step must be the one the lead paragraph names, by a word
// that shares its stem (its first five letters, or all of a shorter word: "charges" and
// "charged", "sentence" and "sentenced", "plea" and "pleaded"), not an arrest made months
// before a sentencing the story reports.
func announcesSitting(sents []sentence, w string) bool {
	if w == "case" {
		return true
	}
	if len(sents) == 0 || w == "" {
		return false
	}
	stem := w[:min(5, len(w))]
	for _, s := range sents {
		if s.Para != sents[0].Para {
			break
		}
		for _, t := range s.Toks {
			if strings.HasPrefix(t.Lower, stem) {
				return true
			}
		}
	}
	return false
}
