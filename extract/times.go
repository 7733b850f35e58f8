package extract

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/intelgraph/intelgraph/extract/timex"
	"github.com/intelgraph/intelgraph/schema"
)

// parseRef reads a publication date given as 2017-10-11, 2017-10 or 2017; the zero time when
// it cannot.
func parseRef(published string) (t time.Time, precision string) {
	for _, f := range []struct{ layout, prec string }{
		{"2006-01-02", schema.PrecisionDay}, {"2006-01", schema.PrecisionMonth}, {"2006", schema.PrecisionYear},
	} {
		if t, err := time.Parse(f.layout, strings.TrimSpace(published)); err == nil {
			return t, f.prec
		}
	}
	if len(published) >= 10 {
		if t, err := time.Parse("2006-01-02", published[:10]); err == nil {
			return t, schema.PrecisionDay
		}
	}
	return time.Time{}, ""
}

// attachTimes gives each event of a sentence the time expression that belongs to it: the
// nearest one in the trigger's clause; else the sentence's only one, when no event of that
// expression's own clause claims it; else none. Reporting events take only times of their own
// clause, so "X reported Tuesday that Y hacked Z in 2014" dates the report and the hack apart.
// coord maps a verb's trigger to the finite verb it is coordinated after (nil for none): a time
// of the verb's own conjunct comes before one of the conjunct before it. later reports whether
// the time ts[ti] lies after the day of writing: an event told as done (toldDone) takes no such
// time from a later conjunct that tells what is to come (futureConjunct).
func (x *Extractor) attachTimes(c *sentCtx, evs []rawEvent, ts []timex.Expression, inSent []int, reporting func(rawEvent) bool, eventNoun func(string) (schema.EventType, bool), coord map[int]int, later func(ti int) bool) {
	toks := c.s.Toks
	tokAt := func(offset int) int {
		for i, t := range toks {
			if t.End > offset {
				return i
			}
		}
		return len(toks) - 1
	}
	clauseOf := make([]int, len(inSent))
	tokOf := make([]int, len(inSent))
	relLo, relHi := make([]int, len(inSent)), make([]int, len(inSent)) // the relative clause set off by commas that holds each time; -1 when none
	// the verb of telling whose occasion each time dates (vehicleRelative); -1 when none
	vehicleOf := make([]int, len(inSent))
	// the comma opening the description of a closing name that holds each time
	// (closingDescription); -1 when none
	descOf := make([]int, len(inSent))
	for k, ti := range inSent {
		tokOf[k] = tokAt(ts[ti].Start)
		vehicleOf[k] = x.vehicleRelative(toks, tokOf[k])
		descOf[k] = closingDescription(toks, tokOf[k])
		if tokOf[k] >= 0 {
			clauseOf[k] = c.clause[tokOf[k]]
		}
		relLo[k], relHi[k] = -1, -1
		if lo, hi, ok := relativeSpan(toks, tokOf[k]); ok {
			relLo[k], relHi[k] = lo, hi
		}
	}
	steps := x.withStepVerbs(c, evs) // evs, and the steps and sayings no event holds
	claimed := map[int]bool{}        // clauses that hold an event trigger
	for _, ev := range evs {
		if ev.Trigger >= 0 && ev.Trigger < len(c.clause) {
			claimed[c.clause[ev.Trigger]] = true
		}
	}
	for i := range evs {
		ev := &evs[i]
		ev.TimeIdx = -1
		if ev.Trigger < 0 || ev.Trigger >= len(c.clause) || len(inSent) == 0 {
			continue
		}
		cl := c.clause[ev.Trigger]
		evLo, evHi, evInRel := relativeSpan(toks, ev.Trigger)
		best, bestDist := -1, 1<<30
		told := false  // a time was left to the clause the event reports
		known := false // a time was left to the telling that made the deed known (madeKnownRelative)
		// a day was left to a telling that reports the deed in the past perfect: done before it,
		// even when the day is the sentence's only time ("learned of it on May 3, when police
		// told it that its network had been breached")
		toldBefore := false
		deed, telling, reports := isDeed(ev.Type), tellingType(ev.Type), reporting(*ev)
		// what holds of the trigger whatever the time
		tensed, counted, perfect := isTensedTag(toks[ev.Trigger].Tag), countedFrom(toks, ev.Trigger), hadDone(toks, ev.Trigger)
		relEnd, objHead := boundRelativeEnd(toks, ev.Trigger), objectRelativeHead(toks, ev.Trigger)
		penalty := penaltyBefore(evs, deed, ev.Trigger)
		done := ev.Modality == "" && !telling && !reports && toldDone(toks, ev.Trigger) // a telling's later time is what it tells (pastAfter)
		// the main clause a participle of saying hangs on ("went further on Monday, saying …"),
		// and the saying a telling's participle hangs on ("said on Monday, calling …")
		main, said := -1, -1
		if ev.Type == schema.EventStatement {
			main = x.participleMain(c, ev.Trigger)
		}
		if telling {
			said = x.saidParticiple(toks, ev.Trigger)
		}
		// outsideRel reports whether the trigger stands outside the relative clause that holds
		// the k-th time, if one does
		outsideRel := func(k int) bool { return relLo[k] >= 0 && (ev.Trigger < relLo[k] || ev.Trigger > relHi[k]) }
		// laterConjunct reports whether the k-th time, after the day of writing, stands in a later
		// conjunct that tells what is to come, when the event is told as done
		laterConjunct := func(k int) bool { return done && later(inSent[k]) && futureConjunct(toks, ev.Trigger, tokOf[k]) }
		// sayingDated reports whether the k-th time dates a saying that reports the deed, not the
		// deed (sayingParticipleBetween, sayingDay)
		sayingDated := func(k int) bool {
			return deed && (x.sayingParticipleBetween(toks, tokOf[k], ev.Trigger) || x.sayingDay(toks, tokOf[k], ts[inSent[k]].End, ev.Trigger))
		}
		own := -1 // the time closing the deed's own noun phrase when a telling before it has its own time (ownPhraseTime)
		if deed {
			own = ownPhraseTime(toks, evs, ev.Trigger, tokOf)
		}
		for k := range inSent {
			t, prec := tokOf[k], len(ts[inSent[k]].Value) // where the time opens, how long its value is
			if laterConjunct(k) {
				continue // "Police arrested X, and a judge will rule on his bail next week": the later conjunct's time, not the step's
			}
			if h := possessiveTime(toks, t, ts[inSent[k]].End); h >= 0 && (ev.Trigger < t || ev.Trigger > h) && possessedEvent(eventNoun, toks[h].Lower) {
				continue // "sanctioned three men over last year's attack on X", "blamed Y for Sunday's attack": the time is the attack's
			}
			if rangeClose(toks, ts, inSent, tokOf, k) {
				continue // "Between 2022 and 2024, X stole …": a range dates its events by where it opens
			}
			if frontedPairClose(toks, ts, inSent, tokOf, k) {
				continue // "In 2023 and again last year, X published advisories": the first of the pair dates them
			}
			if own >= 0 {
				if k == own {
					best = k // "The FBI in April blamed X for the theft of $600 million from Y in March": the deed's own phrase tells its own time
					break
				}
				continue // the telling's month
			}
			if said >= 0 && said < t && t < ev.Trigger {
				best, bestDist = k, 0 // "a spokesman said in a statement on Monday, calling the report groundless": the saying's day
				break
			}
			if main >= 0 && t < ev.Trigger && clauseOf[k] == c.clause[main] && !outsideRel(k) {
				if d := ev.Trigger - t; d < bestDist {
					best, bestDist = k, d // "resigned on Monday, saying …": the main clause's time is the saying's
				}
				continue
			}
			if x.docRelative(toks, t, ev.Trigger) {
				best, bestDist = k, 0 // "The complaint, which was filed in May, charges X": the charge is made when the document is filed
				break
			}
			if x.docAside(toks, t, ev.Trigger) {
				continue // "unsealed an indictment, returned by a grand jury last month, that charges X": the return's time
			}
			if deed && toldAside(toks, evs, t, ev.Trigger) {
				continue // "The breach, first reported by X on Tuesday, exposed …": the report's day
			}
			if deed && ev.Modality == "future" && t < ev.Trigger && (toldBetween(evs, t, ev.Trigger, true) || saidAtThat(toks, t, ev.Trigger, true)) {
				continue // "Police said on Monday the group was preparing to attack X": not done on the saying's day
			}
			if sayingDated(k) {
				continue // "published a report on Thursday saying the group stole …", "X said Monday the group had breached its servers", "told reporters on Sunday that hackers stole …": the day of the saying, not of the deed it reports
			}
			if deed && perfect && t < ev.Trigger && (toldBetween(evs, t, ev.Trigger, true) || prec >= dayValue && toldBetween(steps, t, ev.Trigger, true) || x.sayingBetween(toks, t, ev.Trigger) || prec >= dayValue && x.reportingVerbBetween(toks, t, ev.Trigger)) {
				toldBefore = toldBefore || prec >= dayValue
				continue // "On Friday, X said it had stolen …", "disclosed the theft on Monday, saying an intruder had …": a deed in the past perfect was done before the saying's day
			}
			if deed && perfect && prec >= dayValue && thatBetween(toks, t, ev.Trigger) && admittedAt(toks, steps, t) {
				toldBefore = true
				continue // "A former courier admitted in court on Thursday that he had stolen …": the admission's day; the deed was done before it
			}
			if counted && (deed && !tensed || tensed && t < ev.Trigger) {
				continue // "arrested X on Friday, three weeks after the attack": the attack is weeks before (daysApart); "recalled X on Wednesday, a day after the government blamed Y"
			}
			if telling && vehicleOf[k] == ev.Trigger {
				best = k // "said in a television interview that aired on Sunday": the interview's day is the saying's
				break
			}
			if deed && x.madeKnownRelative(toks, ev.Trigger, t) {
				known = true
				continue // "a ransomware attack that the ministry disclosed on Tuesday": the disclosure's day, not the attack's
			}
			if x.ownRelativeTime(toks, eventNoun, *ev, t) || x.beganRelative(toks, *ev, t, resumedDated(toks, tokOf, k)) {
				best = k // "denied any role in a cyberattack that disrupted X last weekend": the attack's own time
				break
			}
			if a, end := accordingPhrase(toks, t); deed && a >= 0 && (ev.Trigger < a || ev.Trigger >= end) {
				continue // "According to a statement published by X on Monday, hackers stole …": the statement's day
			}
			if v := closingVehicle(toks, eventNoun, t); v >= 0 && toks[v].Lower == "according" {
				if (deed || pastNotice(toks, *ev) && !x.vehicleNamed(toks, v, t)) && ev.Trigger < v {
					continue // "Hackers stole data from X, according to court documents filed on Friday": the filing's day
				}
			} else if v >= 0 {
				if r := tellerBefore(evs, v); r >= 0 {
					if r == ev.Trigger {
						best, bestDist = k, 0 // "X has warned Y that Z broke into W, in an advisory issued on Tuesday"
					}
					if r <= ev.Trigger {
						continue // the deed reported takes not the telling's day
					}
				}
			}
			if telling && !reports && thatBetween(toks, ev.Trigger, t) && finiteBetween(toks, ev.Trigger, t) {
				told = true
				continue // "X told Y that the city learned of the breach on Dec. 18": the date is the clause's, in its own clause or not
			}
			if telling && (complementTime(toks, ev.Trigger, t) || bareSubjectTime(toks, ev.Trigger, t, ts[inSent[k]].End)) {
				told = true
				continue // "told the committee that an audit in late 2024 had flagged …", "said that in March the hackers …": the time is the reported clause's
			}
			if telling && !reports && bareToldClause(toks, ev.Trigger, t) {
				told = true
				continue // "The officer told him the logins had begun in March": the month is the logins'
			}
			if ev.Type == schema.EventDenial && answersQuestioning(toks, t, ev.Trigger) {
				best = k // "Agents interviewed Ivo Marsh in May 2024, and he denied …": denied when questioned
				break
			}
			if clauseOf[k] != cl && !subjectResumed(toks, ev.Trigger, t) && !(telling && subjectTimeShared(toks, t, tokFrom(toks, ts[inSent[k]].End), ev.Trigger)) && !frontedResumed(toks, t, ev.Trigger) && !x.frontedAside(toks, t, ev.Trigger) {
				continue
			}
			if x.untilBound(toks, ev.Trigger, t) {
				continue // "remanded him in custody until June 25": the act was done before the day that ends what it began
			}
			if t > 0 && toks[t-1].Lower == "by" && ev.Modality != "future" && !doneBy(toks, *ev) {
				continue // "threatened to leak … by Thursday": a deadline dates only what is to come
			}
			if evInRel && (t < evLo || t > evHi) {
				continue // "X, who denies the charge, fled in 2012": the date is the main clause's
			}
			if d := descOf[k]; d >= 0 && ev.Trigger < d {
				continue // "attributed them to Silt Viper, a group it has tracked since 2020.": the description's time
			}
			if outsideRel(k) {
				continue // "X, which breached Y in 2023, hit Z on Monday": the date is the relative clause's
			}
			if (!deed || timeAfter(tokOf, ev.Trigger)) && subjectRelativeTime(toks, t, tokFrom(toks, ts[inSent[k]].End), ev.Trigger) {
				continue // "A man who was extradited in March pleaded guilty on Tuesday": the extradition's month ("Hackers who broke into X on May 2 stole Y" keeps the break-in's day)
			}
			if relEnd >= 0 && t > relEnd {
				continue // "offered help to anyone whose data was exposed and warned staff on Tuesday"
			}
			if deed && objHead >= 0 && t < objHead && finiteIn(toks, t+1, objHead) {
				continue // "Akira on Monday published data it stole from X": the day is the publishing's
			}
			if r := timeInRelative(toks, t); r > ev.Trigger+1 && !nounOfEvent(eventNoun, toks[r-1].Lower, ev.Type) {
				continue // "code leaked from an older gang that disbanded in 2023": the disbanding's date
			}
			if deed && x.participleTime(toks, eventNoun, ev.Trigger, t) {
				continue // "The attack hit X, an operator that runs ports under a lease signed in 2019, on May 4": the signing's year
			}
			if (toks[ev.Trigger].Tag == "VBD" || toks[ev.Trigger].Tag == "VBN" && ev.Type == schema.EventAccusation) && deedDated(toks, evs, ev.Trigger, t, ts[inSent[k]].End) {
				continue // "blamed it for the 2022 breach of X": the year is the breach's
			}
			if (ev.Type == schema.EventLegal || ev.Type == schema.EventSanction) && deedBetween(toks, evs, ev.Trigger, t, prec >= dayValue) {
				continue // "seeks his extradition over the release of files in 2010": the release's date
			}
			if (ev.Type == schema.EventLegal || ev.Type == schema.EventSanction) && adjunctAfterOffence(toks, evs, t, ev.Trigger) {
				continue // "convicted X of hacking Y in 2024, sentencing him to nine years": the hacking's year
			}
			if deed && (ev.Definite || ofDoing(toks, ev.Trigger) || isNounTag(toks[ev.Trigger].Tag)) && prec >= dayValue &&
				(toldBetween(steps, t, ev.Trigger, !ev.Definite) || toldOver(toks, evs, ev.Trigger, t) || t < ev.Trigger && x.reportingVerbBetween(toks, t, ev.Trigger)) {
				continue // "The FBI on Tuesday attributed the theft of …", "X on Wednesday accused Y of hacking Z", "attributed the theft of … to Y on Tuesday", "In a statement on Monday, officials said the attack was …" (a speaker no actor names): the day of the telling, not of the deed
			}
			if deed && ev.Definite && prec >= monthValue && toldObject(toks, evs, ev.Trigger, t) {
				continue // "The hospital disclosed the breach on February 16", "first detected the intrusion in January": the day or month of the telling or finding
			}
			if deed && t > ev.Trigger && isNounTag(toks[ev.Trigger].Tag) && inFirstConjunct(coord, ev.Trigger, t) {
				continue // "detected the breach on April 11 and informed X the following morning": the informing's time
			}
			if deed && toldAround(toks, steps, t, ev.Trigger) {
				continue // "sanctioned X in September 2024 over a campaign targeting Y": the sanction's month
			}
			if deed && t < ev.Trigger && x.accusingBetween(toks, t, ev.Trigger) {
				continue // "indicted X on Monday, accusing her of breaking into Y": the indictment's day, not the deed's
			}
			if ev.Type == schema.EventAccusation && accusedOfDoing(toks, ev.Trigger, t) && !closingDayOf(toks, evs, ev.Trigger, t) {
				continue // "accusing X of misleading parliament in June": the misleading's date
			}
			if eventRelative(toks, eventNoun, ev.Type, ev.Trigger, t) {
				continue // "dropped an inquiry into an allegation made against X in 2010": the allegation's date
			}
			if (reports || ev.Type == schema.EventAccusation) && finiteBetween(toks, ev.Trigger, t) {
				continue // "X said the agency briefed Y on June 2", "X alleges Y had hacked Z in March": the date is the briefing's, the hacking's
			}
			if telling && reportedAfter(toks, evs, reporting, ev.Trigger, t) {
				continue // "Testifying before X, Y said the centre sent an alert on 2 October": the alert's date
			}
			if reports && insertedSaying(toks, t, ev.Trigger) {
				continue // "On Oct. 14, she said, she emailed X", "Two days later, Delgado said, he called Y": the date is the deed's she tells
			}
			if reports && insertedBeforeVerb(toks, t, ev.Trigger) {
				continue // "The agents, she said, notified X in January": the date is the deed's she tells
			}
			if reports && reportedBefore(toks, t, ev.Trigger) {
				continue // "the attack began on March 3, the agency said": the date is the attack's
			}
			if !reports && x.saidAt(toks, evs, reporting, ev.Trigger, t) {
				continue // "X observed Y hacking Z, the Times reported Tuesday night": the report's date
			}
			if anteriorClause(toks, t, ev.Trigger, penalty) {
				continue // "summoned the envoy on Tuesday after officials said hackers had breached X": before that day
			}
			if x.boundClause(toks, ev.Trigger, t) {
				continue // "had been inside its network for months before police alerted it in September": the alert's month
			}
			d := t - ev.Trigger
			if d < 0 {
				d = -d
			}
			if !reports && t < ev.Trigger && (reportedAfter(toks, evs, reporting, t, ev.Trigger+1) || saidAtThat(toks, t, ev.Trigger, true)) {
				d += len(toks) // "On Wednesday, X said hackers stole data from Y in October", "X said on Wednesday it had alerted Y in March": a time of the deed's own clause comes first
			}
			if v, ok := coord[ev.Trigger]; ok && v >= 0 && t > v && t < ev.Trigger {
				d += len(toks) // "detected the breach in April and reported it to the police in May": a time of the verb's own conjunct comes first
			}
			if p := participleClauseAt(toks, ev.Trigger, t); t > ev.Trigger && p > ev.Trigger && triggerAt(evs, p) {
				continue // "was sentenced after pleading guilty in January": the plea's month, not the sentence's (a participle no step is, "before being flown to X in May", leaves it)
			}
			if sub := participleOpener(toks, ev.Trigger); sub >= 0 && t < sub {
				d += len(toks) // "was sentenced on Friday after pleading guilty in January": a time of the participle's own clause comes first
			}
			if t > ev.Trigger && laterPredicate(toks, ev.Trigger, t) {
				d += len(toks) // "On Oct. 3, X used a password to break into Y and encrypted it two days later": the count is the encrypting's
			}
			if d < bestDist {
				best, bestDist = k, d
			}
		}
		if best < 0 && len(inSent) == 1 && !laterConjunct(0) && !reports && !told && !known && !toldBefore && !claimed[clauseOf[0]] && !attributiveTime(toks, tokOf[0], ts[inSent[0]].End) &&
			!outsideRel(0) && !(!deed && subjectRelativeTime(toks, tokOf[0], tokFrom(toks, ts[inSent[0]].End), ev.Trigger)) &&
			!(deed && counted) && !(deed && perfect && tokOf[0] < ev.Trigger && x.sayingBetween(toks, tokOf[0], ev.Trigger)) && !sayingDated(0) &&
			!anteriorClause(toks, tokOf[0], ev.Trigger, penalty) && !saidAtThat(toks, tokOf[0], ev.Trigger, false) && !(presentForm(toks, ev.Trigger) && subordinateTime(toks, ev.Trigger, tokOf[0])) {
			best = 0
		}
		if best < 0 {
			best = whenClause(c, ts, inSent, tokOf, ev.Trigger)
		}
		if best >= 0 {
			ev.TimeIdx = inSent[best]
		}
		if best < 0 && isStep(ev.Type) && ev.Modality == "" && !ev.Negated {
			if j := whileStep(toks, evs[:i], ev.Trigger); j >= 0 && len(ts[evs[j].TimeIdx].Value) >= dayValue && tokAt(ts[evs[j].TimeIdx].Start) < ev.Trigger {
				ev.TimeIdx = evs[j].TimeIdx // "X on Wednesday imposed sanctions on Y, while prosecutors unsealed charges against him": one occasion
			}
		}
	}
}

// admittedAt reports whether the time at t dates a verb of statement or legal step among evs
// right before it, only a preposition's short noun phrase between ("admitted in court on
// Thursday", "testified on Tuesday", "told the jury on Monday").
func admittedAt(toks []token, evs []rawEvent, t int) bool {
	for _, e := range evs {
		if e.Type != schema.EventStatement && !isStep(e.Type) || e.Trigger >= t || t-e.Trigger > 6 || !isVerbTag(toks[e.Trigger].Tag) {
			continue
		}
		if !slices.ContainsFunc(toks[e.Trigger+1:t], func(tk token) bool { return !nounPhraseTag(tk.Tag) }) {
			return true
		}
	}
	return false
}

// isStep reports whether an event of type t is a legal step or a sanction.
func isStep(t schema.EventType) bool {
	return t == schema.EventLegal || t == schema.EventSanction
}

// whileStep returns the index among evs of the dated legal step or sanction whose clause a
// ", while" clause holding the past-tense step at i follows ("The Treasury on Tuesday
// sanctioned X, while the Justice Department unsealed an indictment against him", "Police
// arrested X on Wednesday, while prosecutors charged his brother"): two steps against one
// target told as done together, so the second shares the first's day when it has none of its
// own. The step is the verb or its object's noun ("unsealed charges against him"); only a
// subject may stand between "while" and the verb. It returns -1 when there is none.
func whileStep(toks []token, evs []rawEvent, i int) int {
	if i >= len(toks) {
		return -1
	}
	if isNounTag(toks[i].Tag) { // "unsealed an indictment", "unsealed criminal charges": the verb that takes the step
		k := i - 1
		for k > 0 && i-k <= 3 && (toks[k].Tag == "DT" || strings.HasPrefix(toks[k].Tag, "JJ") || isNounTag(toks[k].Tag)) {
			k--
		}
		i = k
	}
	if toks[i].Tag != "VBD" {
		return -1
	}
	w := i - 1
	for w > 1 && toks[w].Lower != "while" {
		if toks[w].Text == "," || isVerbTag(toks[w].Tag) || toks[w].Tag == "MD" {
			return -1
		}
		w--
	}
	if w <= 1 || toks[w].Lower != "while" || toks[w-1].Text != "," {
		return -1
	}
	for j := len(evs) - 1; j >= 0; j-- {
		if e := evs[j]; e.Trigger < w-1 && e.TimeIdx >= 0 && isStep(e.Type) {
			return j
		}
	}
	return -1
}

// vehicleRelative returns the verb of telling whose occasion a relative clause holding the
// time at token t dates ("said in a television interview that aired on Sunday", "told
// reporters during a briefing which was broadcast on Monday"): the time follows a participle
// of the clause, which hangs from an occasion noun (cue occasion) that a preposition joins to
// the verb, past a short object. It returns -1 when there is none.
func (x *Extractor) vehicleRelative(toks []token, t int) int {
	k := t - 1
	if k >= 0 && (toks[k].Lower == "on" || toks[k].Lower == "in" || toks[k].Lower == "at") {
		k--
	}
	if k < 0 || toks[k].Tag != "VBD" && toks[k].Tag != "VBN" {
		return -1
	}
	k--
	if k >= 0 && (toks[k].Lower == "was" || toks[k].Lower == "were") {
		k--
	}
	if k < 0 || toks[k].Lower != "that" && toks[k].Lower != "which" {
		return -1
	}
	k--
	if k < 0 || !x.cue.tokIs("occasion", &toks[k]) {
		return -1
	}
	for n := 0; k > 0 && n < 4 && (toks[k-1].Tag == "JJ" || isNounTag(toks[k-1].Tag)); n++ {
		k-- // "a television interview", "a live radio interview"
	}
	if k > 0 && (toks[k-1].Tag == "DT" || toks[k-1].Tag == "PRP$") {
		k--
	}
	if k < 2 || !x.cue.tokIs("occasionaround", &toks[k-1]) && toks[k-1].Lower != "in" && toks[k-1].Lower != "on" {
		return -1
	}
	k -= 2
	for n := 0; k > 0 && n < 3 && (isNounTag(toks[k].Tag) || toks[k].Tag == "DT"); n++ {
		k-- // "told reporters in …", "told the BBC in …"
	}
	if toks[k].Tag != "VBD" {
		return -1
	}
	return k
}

// rangeClose reports whether the time inSent[k] closes a range that "between" or "from" opens
// with the time right before it ("between 2022 and 2024", "from March to June"): the events in
// the range are dated by its first time, whichever of the two stands nearer the trigger.
func rangeClose(toks []token, ts []timex.Expression, inSent, tokOf []int, k int) bool {
	if k < 1 || tokOf[k] < 2 || tokOf[k-1] < 1 || tokOf[k] >= len(toks) {
		return false
	}
	t, f := tokOf[k], tokOf[k-1]
	switch toks[t-1].Lower {
	case "and", "to", "through", "until", "till", "-", "–":
	default:
		return false
	}
	if toks[t-2].End != ts[inSent[k-1]].End {
		return false // something stands between the first time and the joining word
	}
	o := toks[f-1].Lower
	return o == "between" || o == "from"
}

// frontedPairClose reports whether the time inSent[k] is the second of two joined by "and"
// (with "again", "also", "then" or "later" after it, and "in" or "on" before the second time)
// in a phrase that opens the sentence after a preposition and closes with a comma ("In 2023 and
// again last year, the agencies published joint advisories", "On Monday and Tuesday, …"): the
// phrase sets the scene of the clause after it, whose events are dated, as a range's are, by
// the first time.
func frontedPairClose(toks []token, ts []timex.Expression, inSent, tokOf []int, k int) bool {
	if k < 1 || tokOf[k-1] != 1 || tokOf[k] < 3 || tokOf[k] >= len(toks) || toks[0].Tag != "IN" {
		return false
	}
	j := tokOf[k] - 1
	if toks[j].Lower == "in" || toks[j].Lower == "on" {
		j-- // "On Monday and again on Tuesday,"
	}
	if w := toks[j].Lower; w == "again" || w == "also" || w == "then" || w == "later" {
		j--
	}
	if j < 1 || toks[j].Lower != "and" || toks[j-1].End != ts[inSent[k-1]].End {
		return false // something stands between the first time and the joining word
	}
	e := tokFrom(toks, ts[inSent[k]].End)
	return e >= 0 && e < len(toks) && toks[e].Text == ","
}

// untilBound reports whether the time at token t follows "until" or "till" after the trigger
// at i in a clause told without negation ("remanded him in custody until June 25", "suspended
// withdrawals until Monday"): the time ends the state the act began, so it does not date the
// act. A negated clause dates its act to the time ("did not tell the regulator until May 3",
// "was not found until Friday") and keeps it.
func (x *Extractor) untilBound(toks []token, i, t int) bool {
	if i < 0 || t <= i || t >= len(toks) {
		return false
	}
	if w := toks[t-1].Lower; w != "until" && w != "till" {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 4 && toks[j].Text != ","; j-- {
		if x.cue.tokIs("notword", &toks[j]) {
			return false
		}
	}
	for j := i + 1; j < t-1; j++ {
		if x.cue.tokIs("notword", &toks[j]) || toks[j].Lower == "only" {
			return false
		}
	}
	return true
}

// inFirstConjunct reports whether the noun at i stands in the phrase of a finite verb that a
// second verb coordinated after it (coord: a verb's trigger → the verb it is coordinated after)
// closes, and the time at t comes after that second verb: the time is the second verb's.
func inFirstConjunct(coord map[int]int, i, t int) bool {
	if len(coord) == 0 {
		return false
	}
	for e := i + 1; e < t; e++ { // the verbs between the noun and the time, not the whole map
		if v, ok := coord[e]; ok && v >= 0 && v < i {
			return true
		}
	}
	return false
}

// laterPredicate reports whether a predicate coordinated after the event at i opens before the
// time at t: "and" followed, past adverbs, by a verb in the simple past ("used a stolen password
// to break into the network and deployed ransomware two days later"). A time that closes a later
// conjunct dates that conjunct's verb; the event before "and" takes a time of its own conjunct
// or of the whole sentence ("On Oct. 3, …") when there is one.
func laterPredicate(toks []token, i, t int) bool {
	for j := i + 1; j < t && j+1 < len(toks); j++ {
		if toks[j].Lower != "and" {
			continue
		}
		k := j + 1
		for k < t && toks[k].Tag == "RB" {
			k++
		}
		if k < t && toks[k].Tag == "VBD" {
			return true
		}
	}
	return false
}

// hadDone reports whether the participle at i is in the past perfect: "had" at most three
// tokens before it, no comma between ("had stolen", "had been hit", "had already copied").
func hadDone(toks []token, i int) bool {
	if i < 0 || i >= len(toks) || toks[i].Tag != "VBN" {
		return false
	}
	for k := i - 1; k >= 0 && i-k <= 3; k-- {
		if toks[k].Text == "," {
			return false
		}
		if toks[k].Lower == "had" {
			return true
		}
	}
	return false
}

// saidAtThat reports whether the time at token t follows "said" or "told" right before it
// ("on" between at most) and a "that" clause between it and the trigger at i opens what was
// said: "The airport said the next morning that its supplier had been hit" dates the saying,
// not the deed it reports, though no telling was found for a subject named by no one. With
// bare, a clause without "that" counts too, its subject and finite verb right after the time
// ("Safaricom said on Wednesday it had alerted the DCI in March"), and "told" may have its
// hearer before the time ("told reporters on Wednesday it had …").
func saidAtThat(toks []token, t, i int, bare bool) bool {
	k := t - 1
	if k >= 0 && toks[k].Lower == "on" {
		k--
	}
	if bare { // "told reporters on Wednesday it had …": the hearer between
		for h := k; h >= 0 && k-h < 3 && (toks[h].Tag == "DT" || strings.HasPrefix(toks[h].Tag, "JJ") || isNounTag(toks[h].Tag)); h-- {
			if h > 0 && toks[h-1].Lower == "told" {
				k = h - 1
				break
			}
		}
	}
	if k < 0 || i >= len(toks) || t >= i || toks[k].Tag != "VBD" || toks[k].Lower != "said" && toks[k].Lower != "told" {
		return false
	}
	return thatBetween(toks, t, i) || bare && finiteBetween(toks, t, i)
}

// sayingDay reports whether the time at token t, its words ending at rune offset end, dates a
// tensed verb of saying or telling (cue reporting) it follows and not the clause that verb reports
// after the time, which holds the trigger at i: "X said Monday the group had breached …", "said
// late on Friday hackers stole …", "told reporters on Sunday that the hackers had stolen …",
// "warned customers on Monday criminals had taken …", "wrote in a blog post on March 3 that …".
// Only "on", "late" or "early" and a short hearer or the "in" phrase of what the saying was made
// in (vehicleBefore) may stand between the verb and the time, and the reported clause opens right
// after the time: "that" or not, a subject and its finite verb (reportedClauseAt). It holds
// whether or not the saying was found as an event (a subject no actor names: "Officials said
// Monday …").
func (x *Extractor) sayingDay(toks []token, t, end, i int) bool {
	if t < 1 || i <= t || i >= len(toks) {
		return false
	}
	v := t - 1
	if toks[v].Lower == "on" {
		v--
	}
	if v >= 0 && (toks[v].Lower == "late" || toks[v].Lower == "early") {
		v--
	}
	if w := x.vehicleBefore(toks, v); w >= 0 {
		v = w // "wrote in a blog post on March 3 that …", "said in a statement released on Monday …"
	} else if v >= 0 && !x.cue.tokIs("reporting", &toks[v]) {
		for h := v; h > 0 && v-h < sayingHearerReach && plainPhraseTag(toks[h].Tag); h-- {
			if x.cue.tokIs("reporting", &toks[h-1]) {
				v = h - 1 // "told reporters on Sunday", "warned its customers on Monday"
				break
			}
		}
	}
	if v < 0 || !isTensedTag(toks[v].Tag) || !x.cue.tokIs("reporting", &toks[v]) {
		return false
	}
	return reportedClauseAt(toks, tokFrom(toks, end))
}

// vehicleBefore returns the token right before an "in" phrase that ends at v and names what a
// saying was made in ("in a blog post", "in a statement released", "in its regulatory
// filing"): a noun of the cue lists occasion, docnoun or disclosure, a participle after it at
// most, and the plain words of its noun phrase. It returns -1 when none ends at v.
func (x *Extractor) vehicleBefore(toks []token, v int) int {
	if v >= 0 && v < len(toks) && toks[v].Tag == "VBN" {
		v-- // "in a statement released on Monday"
	}
	if v < 1 || v >= len(toks) || !isNounTag(toks[v].Tag) || !x.cue.tokIs("occasion", &toks[v]) && !x.cue.tokIs("docnoun", &toks[v]) && !x.cue.tokIs("disclosure", &toks[v]) {
		return -1
	}
	for h := v - 1; h > 0 && v-h <= sayingHearerReach; h-- {
		if toks[h].Lower == "in" {
			return h - 1
		}
		if !plainPhraseTag(toks[h].Tag) {
			return -1
		}
	}
	return -1
}

// sayingHearerReach bounds the words of the hearer between a verb of telling and its time
// (sayingDay): a determiner, a modifier or two and the noun.
const sayingHearerReach = 4

// reportedClauseAt reports whether a reported clause opens at token j: "that" or not, a plain
// noun phrase for its subject, then a finite verb or modal ("the group had …", "that hackers
// stole …", "it was …").
func reportedClauseAt(toks []token, j int) bool {
	if j < 0 || j >= len(toks) {
		return false
	}
	if toks[j].Lower == "that" && toks[j].Tag == "IN" {
		j++
	}
	for f := j; f < len(toks) && f-j <= reportedSubjectReach; f++ {
		if isFiniteTag(toks[f].Tag) {
			return f > j && !pluralReadAsVerb(toks, f)
		}
		if !plainPhraseTag(toks[f].Tag) {
			return false
		}
	}
	return false
}

// reportedSubjectReach bounds the words of the subject of a reported clause (reportedClauseAt).
const reportedSubjectReach = 6

// subjectResumed reports whether the noun at i is a subject that a relative clause set off by
// commas follows, past a post-modifier of the noun ("The attack, which X disclosed on Monday,
// began in late April", "The attack on X, which …"), and the time
// at t stands in the verb phrase that resumes the main clause after the closing comma: that
// clause tells of the subject, though the clauses were split at the relative.
func subjectResumed(toks []token, i, t int) bool {
	if i >= len(toks) || !isNounTag(toks[i].Tag) {
		return false
	}
	j := i + 1 // past the noun's post-modifier: "The attack on Harrow Bank, which …"
	for j < t && j-i <= 6 && nounPhraseTag(toks[j].Tag) {
		j++
	}
	if j+1 >= t || toks[j].Text != "," {
		return false
	}
	if w := toks[j+1].Lower; w != "which" && w != "who" {
		return false
	}
	e := -1
	for k := j + 2; k < t && k-i <= 24; k++ {
		if toks[k].Text == "," {
			e = k
			break
		}
	}
	if e < 0 || e+1 >= t || !isVerbTag(toks[e+1].Tag) {
		return false
	}
	for k := e + 1; k < t; k++ {
		if toks[k].Text == "," {
			return false
		}
	}
	return true
}

// frontedResumed reports whether the time at t stands in a phrase that opens the sentence with a
// preposition and ends at its first comma, and the verb at i, a simple past, is the main verb
// that follows the subject and a relative clause on it set off by commas ("At a hearing last
// month, Jane Roe, who leads the unit, testified that …"), or an appositive holding a relative
// clause ("On Friday, X, a firm that the ministry said had examined the malware, published …"),
// or i is the noun that verb takes as its object ("… published a report"): the fronted time is
// the main verb's, though the clauses were split at the relative.
func frontedResumed(toks []token, t, i int) bool {
	if len(toks) == 0 || toks[0].Tag != "IN" || i >= len(toks) || t >= i {
		return false
	}
	if toks[i].Tag != "VBD" {
		v := verbTaking(toks, i, func(t token) bool { return t.Tag == "VBD" })
		if v < 0 {
			return false
		}
		i = v // "… published a report": the report is the verb's
	}
	c0 := openingComma(toks, i)
	if c0 < 0 || c0 < t {
		return false
	}
	j := c0 + 1
	for j < i && nounPhraseTag(toks[j].Tag) {
		j++
	}
	if j == c0+1 || j+1 >= i || toks[j].Text != "," || !relativeOrAppositive(toks, j+1, i-1) {
		return false
	}
	return toks[i-1].Text == "," && !textBetween(toks, j+1, i-1, ",") // the relative ends right before the verb
}

// openingComma returns the first comma before token i when no verb or modal comes before it
// (the comma that closes a fronted phrase: "On Tuesday, …"), or -1.
func openingComma(toks []token, i int) int {
	for j, tk := range toks[:i] {
		if tk.Text == "," {
			return j
		}
		if isVerbTag(tk.Tag) || tk.Tag == "MD" {
			return -1
		}
	}
	return -1
}

// frontedAside reports whether the time at t stands in a phrase that opens the sentence and
// ends at its first comma, an adverbial aside set off by commas follows that phrase, opened by a
// word of time or circumstance (frontedaside), perhaps after a measure ("shortly", "two days",
// "hours"), and the verb at i, a finite verb, follows the subject right after the aside ("On
// Tuesday, after the tariffs were imposed, the ministry said …", "On Thursday, before the
// vote, Senator X said …"): the fronted time is the main verb's, though the aside split the
// clauses.
func (x *Extractor) frontedAside(toks []token, t, i int) bool {
	if i >= len(toks) || t >= i || !isTensedTag(toks[i].Tag) {
		return false
	}
	c0 := openingComma(toks, i)
	if c0 < 0 || c0 < t {
		return false
	}
	j := c0 + 1
	for j < i && j-c0 <= 3 && !x.cue.tokIs("frontedaside", &toks[j]) && measureTag(toks[j].Tag) {
		j++
	}
	if j >= i || !x.cue.tokIs("frontedaside", &toks[j]) {
		return false
	}
	c1 := -1
	for k := j + 1; k < i; k++ {
		if toks[k].Text == "," {
			c1 = k
			break
		}
	}
	if c1 < 0 || c1+1 >= i || c1-c0 > frontedAsideReach {
		return false
	}
	for k := c1 + 1; k < i; k++ {
		if !nounPhraseTag(toks[k].Tag) || toks[k].Text == "," {
			return false // the subject alone stands between the aside and the verb
		}
	}
	return true
}

// frontedAsideReach bounds how many tokens the aside frontedAside reads may span.
const frontedAsideReach = 20

// measureTag reports whether a token with tag tg may stand in a measure before the word that
// opens an aside ("shortly", "two days", "hours", "a day").
func measureTag(tg string) bool {
	return tg == "RB" || tg == "CD" || tg == "DT" || tg == "NNS" || tg == "NN"
}

// relativeOrAppositive reports whether the tokens from a to b (a comma) are a relative clause
// ("who leads the unit", "which the ministry said …") or an appositive noun phrase that holds
// one ("a firm that the ministry said had examined the malware"): a determiner, then "that",
// "which" or "who" within a few words.
func relativeOrAppositive(toks []token, a, b int) bool {
	if a >= b {
		return false
	}
	if w := toks[a].Lower; w == "who" || w == "which" {
		return true
	}
	if toks[a].Tag != "DT" {
		return false
	}
	for k := a + 1; k < b && k-a <= appositiveRelativeReach; k++ {
		switch w := toks[k].Lower; {
		case w == "that" || w == "which" || w == "who" || w == "whom":
			return k > a+1
		case isVerbTag(toks[k].Tag) && toks[k].Tag != "VBN":
			return false
		}
	}
	return false
}

// appositiveRelativeReach bounds how many words of an appositive's noun phrase may come before
// the relative word that opens its clause ("a Virginia-based company that …").
const appositiveRelativeReach = 6

// subjectTimeShared reports whether the time from token t to token end (the first past it; -1
// for none) stands between the subject and the first verb of its sentence, a simple past, and
// the verb at i, a later simple past joined by "and" or a comma, shares that subject ("The
// ministry on Tuesday called the sanctions a provocation, denied that X had any part in the
// attack and said it would respond"): the time is each conjunct's, though a clause reported by
// an earlier conjunct stands between.
func subjectTimeShared(toks []token, t, end, i int) bool {
	if t <= 0 || end <= t || end >= i || i >= len(toks) || toks[end].Tag != "VBD" {
		return false
	}
	for _, tk := range toks[:t] {
		if isVerbTag(tk.Tag) || tk.Tag == "MD" || tk.Text == "," || tk.Lower == "that" {
			return false
		}
	}
	if toks[i].Tag != "VBD" && !pastConjunct(toks, i) {
		return false
	}
	return andBefore(toks, i) >= 0 || toks[i-1].Text == ","
}

// toldAsideReach bounds how many tokens before a time toldAside looks for the comma that
// opens its aside.
const toldAsideReach = 12

// toldAside reports whether the time at t stands in an aside set off by commas, outside of
// which the trigger at i stands, opened by a participle that is a telling's trigger, an
// adverb perhaps before it ("The breach of X, first reported by the Herald on Tuesday,
// exposed …"): the day is the report's, the deed came before it.
func toldAside(toks []token, evs []rawEvent, t, i int) bool {
	c := -1
	for k := t - 1; k >= 0 && t-k <= toldAsideReach; k-- {
		if toks[k].Text == "," {
			c = k
			break
		}
	}
	if c < 0 || c+2 >= len(toks) || i >= c && i <= t {
		return false
	}
	if i > t {
		closed := false
		for k := t + 1; k < i; k++ {
			if toks[k].Text == "," {
				closed = true
				break
			}
		}
		if !closed {
			return false
		}
	}
	o := c + 1
	if toks[o].Tag == "RB" {
		o++
	}
	if o >= t || toks[o].Tag != "VBN" {
		return false
	}
	for _, e := range evs {
		if e.Trigger == o && tellingType(e.Type) {
			return true
		}
	}
	return false
}

// docAside reports whether the time at t stands in an aside set off by commas and opened by a
// participle, between a charging document's noun (cue chargingdoc; and the day it was made
// public, if told there) and the relative clause on it whose verb is the trigger at i ("an
// indictment, returned by a grand jury in Lenby last month, that charges X"; documentVerb): the
// aside dates the document's return, not the charge it makes public.
func (x *Extractor) docAside(toks []token, t, i int) bool {
	if t >= i || i < 2 || i >= len(toks) || toks[i].Tag != "VBZ" || !documentVerbs[toks[i].Lower] || toks[i-1].Tag != "WDT" || toks[i-2].Text != "," {
		return false
	}
	for k := t - 1; k >= 1 && t-k <= toldAsideReach; k-- {
		if toks[k].Text != "," {
			continue
		}
		if toks[k+1].Tag != "VBN" {
			return false
		}
		for d := k - 1; d >= 0 && k-d <= 4; d-- { // past the day it was made public: "an indictment on Tuesday,"
			if x.cue.tokIs("chargingdoc", &toks[d]) {
				return true
			}
			if tg := toks[d].Tag; tg != "IN" && tg != "NNP" && tg != "CD" && tg != "DT" && tg != "JJ" && tg != "NN" {
				return false
			}
		}
		return false
	}
	return false
}

// docRelative reports whether the time at t stands in a relative clause set off by commas
// right after a charging document's noun that is the subject of the present verb at i which
// states the charge ("The complaint, which was filed in May, charges X", "An indictment, which
// a grand jury returned in June, accuses Y of …"; documentVerbs): a document charges from the
// day it was made, so the clause's time dates the charge, not the day of writing.
func (x *Extractor) docRelative(toks []token, t, i int) bool {
	if t >= i || i < 4 || i >= len(toks) || toks[i].Tag != "VBZ" || !documentVerbs[toks[i].Lower] || toks[i-1].Text != "," {
		return false
	}
	past := false
	for k := i - 2; k >= 2 && i-k <= toldAsideReach; k-- {
		switch {
		case toks[k].Text == ",":
			return false
		case toks[k].Tag == "VBN" || toks[k].Tag == "VBD":
			past = past || k < t
		case toks[k].Tag == "WDT" || toks[k].Lower == "that":
			return k < t && past && toks[k-1].Text == "," && x.cue.tokIs("chargingdoc", &toks[k-2])
		}
	}
	return false
}

// countedFrom reports whether the noun at i heads the noun phrase after a count of time and
// "after" or "before" ("three weeks after the attack", "a day after the breach", "months before
// the attack"; a plural unit counts without a number), or the past verb at i follows such a
// count and its subject ("a day after the government formally blamed Y"): a time elsewhere in
// the sentence (before the verb, for a verb) is the other side of the count, not the event's.
func countedFrom(toks []token, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	verb := isTensedTag(toks[i].Tag) // "a day after the government formally blamed Russia"
	if !verb && !isNounTag(toks[i].Tag) {
		return false
	}
	reach := 4
	if verb {
		reach = 6
	}
	for k := i - 1; k >= 1 && i-k <= reach; k-- {
		switch w := toks[k].Lower; {
		case w == "after" || w == "before":
			switch toks[k-1].Lower {
			case "days", "weeks", "months", "hours", "years": // "months before the attack": some count
				return true
			case "day", "week", "month", "year":
				// "a week after the attack", not "this week after the attack"
				return k >= 2 && countWord(toks[k-2].Lower) > 0
			}
			return false
		case toks[k].Tag == "DT", toks[k].Tag == "PRP$", toks[k].Tag == "POS", strings.HasPrefix(toks[k].Tag, "JJ"), isNounTag(toks[k].Tag):
		case verb && (toks[k].Tag == "RB" || toks[k].Tag == "PRP") && k == i-1:
		case verb && toks[k].Tag == "PRP" && k+2 == i && toks[k+1].Tag == "RB":
		default:
			return false
		}
	}
	return false
}

// anteriorClause reports whether the trigger at i is a past perfect ("had" at most three
// tokens before it) in a clause that "after" or "because" opens after the time at token t, no
// comma between: the clause tells what came before the main clause's time ("summoned the
// envoy on Tuesday after officials said hackers had breached X", "expelled him on Friday
// because he had spied"), so that time does not date it. A restrictive relative clause that
// "who" or "which" opens does so too ("on Monday acquitted a former clerk who had been
// convicted of fraud"). After a penalty (penalty: the trigger of a legal step or sanction
// before the deed at i, -1 for none) a deed in the simple past that such an "after" or
// "because" clause opened after the penalty tells was done before it too ("fined X on
// Wednesday after hackers breached its portal and stole …": the fine's day, not the breach's).
func anteriorClause(toks []token, t, i, penalty int) bool {
	if t < 0 || i <= t || i >= len(toks) {
		return false
	}
	had := false
	for k := i - 1; k > t && i-k <= 3; k-- {
		if toks[k].Lower == "had" {
			had = true
			break
		}
	}
	if !had && (penalty < 0 || toks[i].Tag != "VBD") {
		return false
	}
	sub := -1
	for k := t + 1; k < i; k++ {
		switch toks[k].Lower {
		case "after", "because":
			if had || k > penalty {
				sub = k
			}
		case "who", "which":
			if had {
				sub = k
			}
		case ",", ";":
			sub = -1
		}
	}
	return sub >= 0
}

// participleOpener returns the index of the subordinator ("after", "before", "since",
// "following", "upon") that opens the participle clause whose verb is the trigger at i, past
// "being", "having" or "having been" ("after pleading guilty", "before being extradited",
// "after having been arrested"), or -1 when the trigger heads no such clause: the clause
// tells a step apart from the main clause's, which a time of its own dates.
func participleOpener(toks []token, i int) int {
	if i <= 0 || i >= len(toks) || toks[i].Tag != "VBG" && toks[i].Tag != "VBN" {
		return -1
	}
	k := i - 1
	for n := 0; k > 0 && n < 2 && (toks[k].Lower == "being" || toks[k].Lower == "having" || toks[k].Lower == "been"); n++ {
		k--
	}
	switch toks[k].Lower {
	case "after", "before", "since", "following", "upon":
		if toks[k].Tag == "RB" {
			return -1 // "had since stolen": an adverb within a perfect, no subordinator
		}
		return k
	case ",":
		if toks[k+1].Lower == "having" {
			return k + 1 // "was sentenced on Friday, having pleaded guilty in January"
		}
	}
	return -1
}

// participleClauseAt returns the verb of the participle clause (participleOpener) that holds
// token t after the trigger at i, no comma, semicolon or finite verb between the verb and t, or
// -1: "was sentenced after pleading guilty in January" dates the plea, not the sentence.
func participleClauseAt(toks []token, i, t int) int {
	for k := t - 1; k > i; k-- {
		if w := toks[k].Text; w == ";" || isTensedTag(toks[k].Tag) || w == "," && !(k+1 < len(toks) && toks[k+1].Lower == "having") {
			return -1
		}
		if (toks[k].Tag == "VBG" || toks[k].Tag == "VBN") && participleOpener(toks, k) >= 0 {
			return k
		}
	}
	return -1
}

// triggerAt reports whether one of evs has its trigger at token k.
func triggerAt(evs []rawEvent, k int) bool {
	for _, e := range evs {
		if e.Trigger == k {
			return true
		}
	}
	return false
}

// withStepVerbs returns evs with a bare event added for each verb the lexicon reads as a legal
// step, sanction or statement that no event of evs holds ("A former teller pleaded guilty on
// Tuesday to stealing …", "Three men were arrested on Sunday for breaking into …", "was found
// guilty on Monday of leaking …", "a former courier admitted on Thursday to stealing …"): a step
// or admission whose parties no actor names is no event, yet a time on it is still its own, not
// that of the deed it is for. A plea counts only as one entered in court ("pleaded guilty", not
// "pleaded for help"), and a verb in a relative clause ("On 3 November, two men who were later
// arrested carried out an attack") is left to that clause. It returns evs itself when it adds
// none. It asks the lexicon first (the token's cue number makes that cheap), so that the scans
// of evs and of the clause run only for the few verbs of a step.
func (x *Extractor) withStepVerbs(c *sentCtx, evs []rawEvent) []rawEvent {
	toks, out := c.s.Toks, evs
	for k := range toks {
		if !isVerbTag(toks[k].Tag) {
			continue
		}
		typ, lemma := schema.EventType(""), ""
		if tr, ok := x.tokTrigger(&toks[k], true); ok && (tr.Type == schema.EventLegal || tr.Type == schema.EventSanction || tr.Type == schema.EventStatement) {
			typ, lemma = tr.Type, tr.Lemma
		}
		if k+1 < len(toks) && guiltyPlea(toks, k+1) {
			typ, lemma = schema.EventLegal, "convict" // "was found guilty of …": a verdict
		}
		if typ == "" || slices.ContainsFunc(evs, func(e rawEvent) bool { return e.Trigger == k }) || inRelativeClause(toks, k) {
			continue // a step in a relative clause on a party ("two men who were later arrested") is no step of the clause's time
		}
		if lemma == "plead" && !x.pleaded(c, k) {
			continue
		}
		if len(out) == len(evs) {
			out = slices.Clone(evs)
		}
		out = append(out, rawEvent{Type: typ, Lemma: lemma, Trigger: k})
	}
	return out
}

// penaltyBefore returns the trigger of the last legal step or sanction among evs before the
// deed (deed: the event is a deed) at i, -1 for none.
func penaltyBefore(evs []rawEvent, deed bool, i int) int {
	p := -1
	if !deed {
		return p
	}
	for _, o := range evs {
		if o.Trigger > p && o.Trigger < i && (o.Type == schema.EventLegal || o.Type == schema.EventSanction) {
			p = o.Trigger
		}
	}
	return p
}

// subordinateTime reports whether the time at token t stands, after the trigger at i, in an
// adverbial clause with a finite verb of its own that a subordinator opens between them ("are
// warning residents about a scam, after three people lost $90,000 in the past month"): the
// time is that clause's verb's, not that of a trigger in the present (presentForm). A trigger
// in the past keeps it: what followed the clause's deed is most often told in the same period.
func subordinateTime(toks []token, i, t int) bool {
	if i < 0 || t <= i || t > len(toks) {
		return false
	}
	sub := -1
	for k := i + 1; k < t; k++ {
		switch w := toks[k].Lower; {
		case toks[k].Tag == "IN" && (w == "after" || w == "because" || w == "since" || w == "before" || w == "although" || w == "while"):
			sub = k
		case sub >= 0 && isTensedTag(toks[k].Tag):
			return true
		}
	}
	return false
}

// presentForm reports whether the trigger at i is a verb in the simple or progressive present
// ("warns", "are warning"): what it tells goes on now, so a time of a past clause after it is
// not its own.
func presentForm(toks []token, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	if t := toks[i].Tag; t == "VBZ" || t == "VBP" {
		return true
	}
	return toks[i].Tag == "VBG" && i > 0 && (toks[i-1].Lower == "are" || toks[i-1].Lower == "is")
}

// attributiveTime reports whether the time expression opening at token t (ending at rune offset
// end) modifies the noun after it, after a determiner ("brought under the 2023 Act", "its 2022
// strategy"): it dates that noun only, not a deed of another clause.
func attributiveTime(toks []token, t, end int) bool {
	if t <= 0 || t >= len(toks) {
		return false
	}
	if p := toks[t-1].Tag; p != "DT" && p != "PRP$" && p != "POS" {
		return false
	}
	for j := t; j < len(toks); j++ {
		if toks[j].Start >= end {
			return isNounTag(toks[j].Tag) || toks[j].Tag == "JJ"
		}
	}
	return false
}

// ownPhraseTime returns the index in tokOf (where each of the sentence's times opens) of the
// time that closes the noun phrase of the incident noun at i, when a verb of telling, charging
// or penalty before the noun has a time of its own before the noun too ("The FBI in April
// blamed X for the theft of $600 million from Y in March", "X was blamed by the FBI in April
// for the theft of $600 million from Y, which runs a game, in March"); -1 otherwise. Only the
// noun's determiners, adjectives, nouns, numbers, amounts and prepositions stand between the
// noun and that time, and a relative clause set off by commas. A verb takes one time of its
// own, so the second time is the incident's.
func ownPhraseTime(toks []token, evs []rawEvent, i int, tokOf []int) int {
	if i < 0 || i >= len(toks) || !isNounTag(toks[i].Tag) {
		return -1
	}
	v := -1 // the verb of telling, charging or penalty nearest before the noun
	for _, e := range evs {
		if tellsOrCharges(e.Type) && e.Trigger >= 0 && e.Trigger < i && e.Trigger > v && isVerbTag(toks[e.Trigger].Tag) {
			v = e.Trigger
		}
	}
	if v < 0 || !verbTimed(toks, v, i, tokOf) {
		return -1
	}
	for k, t := range tokOf {
		if t <= i+1 || t-i > ownPhraseReach {
			continue
		}
		own := true
		for m := i + 1; m < t && own; m++ {
			if toks[m].Text == "," && m+1 < t && (toks[m+1].Lower == "which" || toks[m+1].Lower == "who") {
				for m++; m < t && toks[m].Text != ","; m++ {
				}
				own = m < t // ", which underpins a popular game,": a relative clause on the phrase's noun, closed before the time
				continue
			}
			own = nounPhraseTag(toks[m].Tag) || toks[m].Tag == "CD" || toks[m].Tag == "$"
		}
		if own {
			return k
		}
	}
	return -1
}

// verbTimed reports whether one of the sentence's times (opening at the tokens tokOf) is the
// verb's at v, before the noun at i: between the verb and the noun ("was blamed by the FBI in
// April for the theft"), or before the verb in its own clause, no other verb or relative word
// between ("The FBI in April blamed", "In April, the FBI blamed"). A time of another verb
// before it ("said on Wednesday that hackers had been inside its network before X alerted it
// to the breach in September") leaves the later time to the verb, and so does a time in a
// relative clause or a description set off by commas on the subject, closed before the verb
// ("X, which posted record profits in 2024, announced the theft of its files on Wednesday").
func verbTimed(toks []token, v, i int, tokOf []int) bool {
	for _, t := range tokOf {
		if t > v && t < i {
			return true
		}
		if t < 0 || t >= v {
			continue
		}
		if _, hi, ok := relativeSpan(toks, t); ok && hi < v {
			continue
		}
		clear := true
		for m := t + 1; m < v && clear; m++ {
			tg := toks[m].Tag
			clear = !isVerbTag(tg) && tg != "WDT" && tg != "WP" && toks[m].Lower != "that" && tg != ":"
		}
		if clear {
			return true
		}
	}
	return false
}

// ownPhraseReach bounds the words of an incident's noun phrase, with a relative clause on it,
// that ownPhraseTime reads before the time that closes it.
const ownPhraseReach = 24

// possessiveTime returns the head noun of the noun phrase that the time expression opening at
// token t (ending at rune offset end) is the possessive determiner of ("last year's ransomware
// attack", "Monday's breach of X", "last week's indictment"), or -1 when the time is no
// possessive: the head, adjectives and nouns before it, is what the time dates.
func possessiveTime(toks []token, t, end int) int {
	if t < 0 || t >= len(toks) {
		return -1
	}
	j := t
	for j < len(toks) && toks[j].Start < end {
		j++
	}
	if j >= len(toks) || toks[j].Tag != "POS" {
		return -1
	}
	h := -1
	for k := j + 1; k < len(toks) && (isNounTag(toks[k].Tag) || strings.HasPrefix(toks[k].Tag, "JJ")); k++ {
		if isNounTag(toks[k].Tag) {
			h = k
		}
	}
	return h
}

// possessedEvent reports whether w, the head noun of a phrase a possessive time opens
// (possessiveTime), names an incident done to someone: the time dates that incident only
// ("over last year's attack", "for Sunday's breach of X"). A vehicle of telling ("in
// Tuesday's statement") may date the saying it carries, and a legal document the step it
// holds ("charged in last week's indictment").
func possessedEvent(eventNoun func(string) (schema.EventType, bool), w string) bool {
	typ, ok := eventNoun(w)
	return ok && incidentDeed(typ)
}

// deedDated reports whether the time expression opening at token t (ending at rune offset end),
// after the trigger at i, modifies the noun of an incident right after it ("blamed the crew for
// the 2022 breach of X", "over its 2024 attack on Y"; attributiveTime): it dates that incident,
// not the verb whose object holds it. A noun of another kind ("in a Monday blog post", "at the
// 2018 conference") is the telling's own vehicle or occasion.
func deedDated(toks []token, evs []rawEvent, i, t, end int) bool {
	if t <= i || !attributiveTime(toks, t, end) {
		return false
	}
	for _, o := range evs {
		if o.Trigger <= t || o.Trigger >= len(toks) || toks[o.Trigger].Start < end || !incidentDeed(o.Type) {
			continue
		}
		for j := t; j < o.Trigger; j++ {
			if toks[j].Start >= end && !isNounTag(toks[j].Tag) && !strings.HasPrefix(toks[j].Tag, "JJ") {
				return false // the incident's noun ends the phrase the time opens
			}
		}
		return o.Trigger-t <= datedNounReach
	}
	return false
}

// boundClause reports whether the time opening at token t, after the trigger at i, stands in a
// clause that "before", "until" or "since" opens after the trigger, past the clause's own finite
// verb ("hackers had been inside the network for months before police alerted it in
// September", "stayed hidden until the bank noticed them on May 3", "has leaked files since
// the gang hit it in March"): such a clause sets a bound to what the trigger tells, told at
// another time, so its time is the bound's, not the trigger's. So does "since" and a noun
// phrase the time follows ("the largest leak since the Velox breach six years ago", "the worst
// attack since the blackout in 2015"): the time is the noun's incident's (sinceNounPhrase).
func (x *Extractor) boundClause(toks []token, i, t int) bool {
	if i < 0 || t <= i+2 || t >= len(toks) {
		return false
	}
	for k := t - 1; k > i; k-- {
		switch toks[k].Text {
		case ",", ";", ":":
			return false
		}
		switch toks[k].Lower {
		case "before", "until", "till":
			return finiteIn(toks, k+1, t)
		case "since":
			return finiteIn(toks, k+1, t) || x.sinceNounPhrase(toks, k+1, t)
		}
	}
	return false
}

// sinceNounPhrase reports whether the words from a to the time at b, after "since", are a noun
// phrase of a thing, not a time of day ("since the Velox breach" before "in 2015", not "since
// dawn" before "on Tuesday"): a determiner, possessive or number opens it, and a noun that
// names no part of the day, nor a day or a span, stands in it (cues daypart and sincetime).
func (x *Extractor) sinceNounPhrase(toks []token, a, b int) bool {
	if a >= b || a >= len(toks) {
		return false
	}
	switch t := toks[a].Tag; {
	case t == "DT" || t == "PRP$" || t == "CD":
	default:
		return false
	}
	for k := a + 1; k < b && k < len(toks); k++ {
		if isNounTag(toks[k].Tag) && !x.cue.tokIs("daypart", &toks[k]) && !x.cue.tokIs("sincetime", &toks[k]) {
			return true
		}
	}
	return false
}

// datedNounReach bounds how many tokens after the time expression deedDated looks for the
// incident's noun ("the 2022 breach", "its 2024 ransomware attack").
const datedNounReach = 4

// closingVehicle returns where a phrase naming the vehicle of a telling opens (", in an
// advisory issued on Tuesday", ", in a statement on May 2"), when the time expression at t
// ends it and it follows a comma, or where ", according to" opens a document a participle
// dates (", according to court documents filed on Friday", "… unsealed on Wednesday", "…
// made public on Friday"); -1 otherwise.
func closingVehicle(toks []token, eventNoun func(string) (schema.EventType, bool), t int) int {
	k := t - 1
	if k >= 0 && (toks[k].Lower == "on" || toks[k].Lower == "in") {
		k--
	}
	k = byAgentStart(toks, 0, k) // "court documents filed by prosecutors on Friday"
	if k >= 1 && (toks[k].Lower == "public" || toks[k].Lower == "available") && toks[k-1].Lower == "made" {
		k-- // "court documents made public on Friday"
	}
	participle := k >= 0 && (toks[k].Tag == "VBN" || toks[k].Tag == "VBD")
	if k >= 0 && toks[k].Tag == "VBN" {
		k--
	}
	if k >= 1 && (toks[k].Tag == "VBD" || toks[k].Tag == "JJ" && strings.HasSuffix(toks[k].Lower, "ed")) {
		// "an indictment unsealed on Wednesday": the tagger reads the participle as a past
		// tense or an adjective
		if a := accordingTo(toks, k-1); a >= 0 {
			return a
		}
	}
	if participle {
		if a := accordingTo(toks, k); a >= 0 {
			return a
		}
	}
	if k < 0 || toks[k].Tag != "NN" && toks[k].Tag != "JJ" { // the tagger reads "an advisory issued" as JJ
		return -1
	}
	if typ, ok := eventNoun(toks[k].Lower); !ok || !tellingType(typ) {
		return -1
	}
	k--
	if k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "PRP$") {
		k--
	}
	if k < 1 || toks[k].Lower != "in" || toks[k-1].Text != "," {
		return -1
	}
	return k
}

// pastNotice reports whether ev is a warning told by a verb in the simple past ("X notified
// Y, according to emails released on Thursday"): a notice already given, which a document
// that later records it does not date.
func pastNotice(toks []token, ev rawEvent) bool {
	return ev.Type == schema.EventWarning && ev.Trigger >= 0 && ev.Trigger < len(toks) && toks[ev.Trigger].Tag == "VBD"
}

// vehicleNamed reports whether a document a telling can be made in (cue docnoun: "a
// statement", "an advisory") stands between "according to" at v and the time at t: the
// notice was given in it, so its day is the notice's ("warned X, according to a statement
// issued on Monday"), where emails or records that later show it do not date it.
func (x *Extractor) vehicleNamed(toks []token, v, t int) bool {
	for j := v; j < t && j < len(toks); j++ {
		if x.cue.tokIs("docnoun", &toks[j]) {
			return true
		}
	}
	return false
}

// accordingReach bounds how far back from a time accordingPhrase looks for "according to".
const accordingReach = 14

// accordingPhrase returns where the "according to" phrase that holds the time at t opens and
// the index right after it ends (at a comma, semicolon or full stop), when one opens at most
// accordingReach tokens before t with no comma, semicolon or quotation mark between: "According
// to a statement published by X on Monday, …", "…, according to a statement from X on Friday".
// The time dates the statement or document the phrase cites, not the deeds the sentence tells
// outside it. -1 and t when none holds it.
func accordingPhrase(toks []token, t int) (int, int) {
	for j := t - 1; j >= 1 && t-j <= accordingReach; j-- {
		if w := toks[j]; w.Text == "," || w.Text == ";" || isQuote(w.Text) {
			break
		}
		if toks[j].Lower == "to" && toks[j-1].Lower == "according" {
			end := t
			for end < len(toks) && toks[end].Text != "," && toks[end].Text != ";" && toks[end].Text != "." {
				end++
			}
			return j - 1, end
		}
	}
	return -1, t
}

// accordingTo returns where ", according to" opens a noun phrase of a document ending at k
// (", according to court documents", ", according to a report by the Tarn Institute"), a
// few nouns, adjectives, determiners or an 'of' or 'by' phrase long; -1 otherwise.
func accordingTo(toks []token, k int) int {
	if k < 0 || k >= len(toks) || !isNounTag(toks[k].Tag) {
		return -1
	}
	for j := k - 1; j >= 2 && k-j <= 7; j-- {
		if toks[j].Lower == "to" {
			if toks[j-1].Lower == "according" && toks[j-2].Text == "," {
				return j - 1
			}
			return -1
		}
		if tg := toks[j].Tag; !isNounTag(tg) && tg != "JJ" && tg != "DT" && tg != "PRP$" && tg != "POS" && toks[j].Lower != "of" && toks[j].Lower != "by" {
			return -1
		}
	}
	return -1
}

// tellerBefore returns the trigger of the telling before token v, when it is the only one
// there; -1 otherwise.
func tellerBefore(evs []rawEvent, v int) int {
	r := -1
	for _, e := range evs {
		if e.Trigger >= 0 && e.Trigger < v && tellingType(e.Type) {
			if r >= 0 {
				return -1
			}
			r = e.Trigger
		}
	}
	return r
}

// toldBetween reports whether the trigger of a telling (tellingType) or of a charge or
// penalty (legal, sanction) stands after the time expression at token t and before the
// trigger at i: a day set before that verb dates it, not a deed its object names by a definite
// noun or an -ing form after it ("on Thursday charged X with breaking into Y"; a year, "In
// 2022, X documented the compromise of Y", may be the deed's too), nor one an indefinite noun
// names ("X on Thursday blamed Y for an intrusion into Z in April"). With noFinding a verb of
// finding out is no such telling: what it finds ("Today we detected unauthorized access to
// …") is of that day.
func toldBetween(evs []rawEvent, t, i int, noFinding bool) bool {
	for _, e := range evs {
		if tellsOrCharges(e.Type) && e.Trigger > t && e.Trigger < i && !(noFinding && discovery[e.Lemma]) {
			return true
		}
	}
	return false
}

// sayingBetween reports whether a participle of saying or telling opens a clause after a comma
// between the time at t and the trigger at i (", saying its fighters had …", ", adding that …",
// ", telling X in a notice that Y had …", ", warning that …"): the clause it opens tells what
// was said at that time. The participles are cue sayingform.
func (x *Extractor) sayingBetween(toks []token, t, i int) bool {
	for k := t + 1; k < i && k < len(toks); k++ {
		if x.cue.tokIs("sayingform", &toks[k]) && toks[k-1].Text == "," {
			return true
		}
	}
	return false
}

// saidParticiple returns the finite verb of reporting (cue reporting) that the participle at i
// hangs on, after its comma, with no finite verb between ("a spokesman said in a statement on
// Monday, calling the report groundless", "the embassy said on Friday, accusing X of …"): the
// participle tells how the saying went, on its day. It returns -1 when there is none.
func (x *Extractor) saidParticiple(toks []token, i int) int {
	if i < 3 || i >= len(toks) || toks[i].Tag != "VBG" || toks[i-1].Text != "," {
		return -1
	}
	for j := i - 2; j >= 0; j-- {
		if toks[j].Text == "," || isQuote(toks[j].Text) {
			return -1 // "…, the ministry said, adding that …": left to the statement rules
		}
		if isFiniteTag(toks[j].Tag) {
			if x.cue.tokIs("reporting", &toks[j]) {
				return j
			}
			return -1
		}
	}
	return -1
}

// reportingVerbBetween reports whether a finite verb of reporting (cue reporting) stands
// between the time at t and the trigger at i ("Speaking on Friday, the minister said hackers
// had stolen …", "On Monday, the prosecutor said the men had hacked …"): the time is the
// saying's, whether or not the saying was taken as an event (an unnamed speaker's often is
// not), and a deed it reports in the past perfect was done before it: before the day of a
// saying dated to the day; a year or month of saying may hold the deed too ("In a letter in
// 2019, its lawyers said the firm had been breached").
func (x *Extractor) reportingVerbBetween(toks []token, t, i int) bool {
	for k := t + 1; k < i && k < len(toks); k++ {
		if isFiniteTag(toks[k].Tag) && x.cue.tokIs("reporting", &toks[k]) {
			return true
		}
	}
	return false
}

// sayingParticipleBetween reports whether a participle of saying (cue sayingform) stands
// between the time at t and the trigger at i and opens a reported clause, its subject and
// finite verb right after it (reportedClauseAt), after a comma or a noun: "issued a statement
// on Friday saying hackers stole …", "published a report on Thursday saying the group had
// breached …", "…, saying the group stole …". The time dates the saying or what carries it,
// not the deed the clause tells of.
func (x *Extractor) sayingParticipleBetween(toks []token, t, i int) bool {
	for k := t + 1; k < i && k < len(toks); k++ {
		if x.cue.tokIs("sayingform", &toks[k]) && toks[k].Tag == "VBG" && (toks[k-1].Text == "," || isNounTag(toks[k-1].Tag)) && reportedClauseAt(toks, k+1) {
			return true
		}
	}
	return false
}

// tellsOrCharges reports whether an event of type t tells (tellingType) or charges or
// penalises (legal, sanction): a verb whose day is its own, not that of the deed it names.
func tellsOrCharges(t schema.EventType) bool {
	return tellingType(t) || t == schema.EventLegal || t == schema.EventSanction
}

// nounPhraseTag reports whether a token tagged tg may stand in a noun phrase with its
// post-modifier: a determiner, possessive, adjective, noun or preposition ("the attack on
// Harrow Bank", "the country's data breach").
func nounPhraseTag(tg string) bool {
	return tg == "IN" || tg == "DT" || tg == "POS" || tg == "PRP$" || isNounTag(tg) || strings.HasPrefix(tg, "JJ")
}

// toldAround reports whether the time at t stands between the verb of a telling, charge or
// penalty (toldBetween) and the deed at i that an "over", "for", "of" or "with" phrase after
// the time names (its noun, or an -ing form on that noun or right after the preposition), or
// an -ing form right after "to", no comma or other finite verb between ("sanctioned X in
// September 2024 over a campaign targeting Y", "charged him on Monday with hacking Y",
// "pleaded guilty on Monday to stealing Y"): the time is the verb's, the deed came
// before. A time inside the deed's own phrase ("blamed it for the 2022 breach") is the deed's.
// A topic phrase ("about", "regarding", "concerning"; its noun may be a report "on" or "into"
// the deed) takes the time for any finite verb before it ("questioned X on Thursday about a
// report on an intrusion at Y", "spoke to reporters on Monday about the attack").
func toldAround(toks []token, evs []rawEvent, t, i int) bool {
	if t <= 0 || t >= i || i >= len(toks) {
		return false
	}
	p, topic, inner := -1, false, false
	for j := i - 1; j > t && i-j <= 9; j-- {
		w, tg := toks[j].Lower, toks[j].Tag
		if w == "over" || w == "for" || w == "of" || w == "with" || w == "to" && j == i-1 && toks[i].Tag == "VBG" {
			p = j // "to" before an -ing form: "pleaded guilty on Monday to stealing X"
			break
		}
		if w == "about" || w == "regarding" || w == "concerning" {
			p, topic = j, true
			break
		}
		if (w == "on" || w == "into") && !inner && j < i-1 {
			inner = true // "about a delayed report on an intrusion at X": the topic's own noun phrase
			continue
		}
		if tg != "DT" && tg != "PRP$" && tg != "POS" && tg != "CD" && tg != "HYPH" && !strings.HasPrefix(tg, "JJ") && !isNounTag(tg) {
			return false
		}
	}
	if p < 0 || !topic && (inner || i-p > 6) {
		return false
	}
	between := func(tk token) bool { return tk.Text != "," && !isFiniteTag(tk.Tag) }
	if topic {
		// "questioned the board's head on Thursday about a report on an intrusion at X": the
		// time is the asking's or telling's, whatever its verb, not the matter's it is about
		for k := t - 1; k >= 0 && i-k <= 24; k-- {
			if isTensedTag(toks[k].Tag) {
				return !slices.ContainsFunc(toks[k+1:i], func(tk token) bool { return !between(tk) })
			}
		}
		return false
	}
	return verbBefore(toks, evs, tellsOrCharges, t, i, 12, between)
}

// toldObject reports whether the deed noun at i is the object of a telling's verb right
// before it, a determiner, adjectives or nouns between ("disclosed the breach", "confirmed
// the data breach"), and the time at t follows the noun, at most a preposition and its noun
// phrase between ("… on February 16", "the attack on Harrow Bank on Friday"): the day is the
// telling's, the deed was known before it. A day after that phrase's noun with no preposition
// of its own counts too ("disclosed the intrusion in a filing late Thursday", "… in a filing
// Thursday"), and so does a deed a claim of responsibility names ("claimed responsibility for
// the attack in a statement on Sunday").
func toldObject(toks []token, evs []rawEvent, i, t int) bool {
	if t <= i || t-i > toldObjectTimeReach || t >= len(toks) {
		return false
	}
	end := t - 1 // the preposition before the time, or the last word of the phrase
	if t-i > 1 && toks[end].Tag != "IN" {
		if !isNounTag(toks[end].Tag) || !slices.ContainsFunc(toks[i+1:end], func(tk token) bool { return tk.Tag == "IN" }) {
			return false
		}
		end = t
	}
	for k := i + 1; k < end; k++ {
		if nameConjunction(toks, k) {
			continue // "in a filing with the Securities and Exchange Commission late Monday"
		}
		if !nounPhraseTag(toks[k].Tag) && toks[k].Tag != "RB" {
			return false // an adverb may close the object ("disclosed the breach only on April 22")
		}
	}
	at := i // where the object stands: the deed noun, or the claim's noun before it
	if r := responsibilityFor(toks, i); r >= 0 {
		at = r
	}
	if verbBefore(toks, evs, tellingType, at, at, 4, func(tk token) bool {
		return tk.Tag == "DT" || tk.Tag == "PRP$" || strings.HasPrefix(tk.Tag, "JJ") || isNounTag(tk.Tag)
	}) {
		return true
	}
	return hearerTopic(toks, at) && verbBefore(toks, evs, tellingType, at, at, 6, func(tk token) bool {
		return tk.Tag == "DT" || tk.Tag == "PRP$" || tk.Tag == "PRP" || strings.HasPrefix(tk.Tag, "JJ") || isNounTag(tk.Tag) || hearerPreposition(tk.Lower)
	})
}

// toldObjectTimeReach bounds how many tokens after the deed noun toldObject reads for the
// time that closes its phrase ("disclosed the breach in a filing with the Securities and
// Exchange Commission late Monday").
const toldObjectTimeReach = 12

// nameConjunction reports whether the token at k is an "and" or "&" inside a name, between two
// proper nouns ("the Securities and Exchange Commission", "Johnson & Johnson").
func nameConjunction(toks []token, k int) bool {
	if k <= 0 || k+1 >= len(toks) || toks[k].Lower != "and" && toks[k].Text != "&" {
		return false
	}
	return strings.HasPrefix(toks[k-1].Tag, "NNP") && strings.HasPrefix(toks[k+1].Tag, "NNP")
}

// hearerTopic reports whether the deed noun at i is the topic a preposition gives after the
// hearer of a telling ("alerted it to the breach", "told the bank about the intrusion",
// "notified police of the hack"): a determiner and modifiers at most between.
func hearerTopic(toks []token, i int) bool {
	for j := i - 1; j > 0 && i-j <= 3; j-- {
		if hearerPreposition(toks[j].Lower) {
			return true
		}
		if tg := toks[j].Tag; tg != "DT" && tg != "PRP$" && !strings.HasPrefix(tg, "JJ") && !isNounTag(tg) {
			return false
		}
	}
	return false
}

// hearerPreposition reports whether w joins the topic of a telling to its hearer: "to", "about",
// "of".
func hearerPreposition(w string) bool { return w == "to" || w == "about" || w == "of" }

// responsibilityFor returns the index of "responsibility" or "credit" when "for" after it opens
// the noun phrase of the deed noun at i, only a determiner, adjectives or nouns between
// ("claimed responsibility for the attack", "took credit for the bombing"), or -1.
func responsibilityFor(toks []token, i int) int {
	for k := i - 1; k >= 1 && i-k <= 4; k-- {
		if toks[k].Lower == "for" {
			if w := toks[k-1].Lower; w == "responsibility" || w == "credit" {
				return k - 1
			}
			return -1
		}
		if tg := toks[k].Tag; tg != "DT" && tg != "PRP$" && !strings.HasPrefix(tg, "JJ") && !isNounTag(tg) {
			return -1
		}
	}
	return -1
}

// toldOver reports whether the noun trigger at i is the object of a verb of telling, charging
// or penalty (toldBetween) at most toldObjectReach tokens before it, and the time at t after
// it closes that verb's phrase past the verb's own "to" argument, no comma, finite verb or
// relative word between ("attributed the theft of the files to Y on Tuesday", "reported the
// breach to the regulator last week"), or the noun is the verb's topic after "about" (topicOf:
// "told regulators about the breach on March 20"): the time is the telling's. A deed told as a verb
// ("accused Y of breaking into Z on October 2") keeps the time of its own phrase.
func toldOver(toks []token, evs []rawEvent, i, t int) bool {
	if i < 0 || t <= i || t >= len(toks) || !isNounTag(toks[i].Tag) {
		return false
	}
	to := false
	for k := i + 1; k < t; k++ {
		if tg := toks[k].Tag; toks[k].Text == "," || isTensedTag(tg) || tg == "MD" || tg == "WDT" || tg == "WP" || tg == "WRB" || isVerbTag(tg) {
			return false
		}
		to = to || toks[k].Lower == "to"
	}
	about := topicOf(toks, i)
	if !to && !about {
		return false
	}
	return verbBefore(toks, evs, tellsOrCharges, i, i, toldObjectReach, func(tk token) bool {
		return tk.Text != "," && !isVerbTag(tk.Tag) && tk.Tag != "MD" && tk.Tag != "WDT" && (tk.Tag != "IN" || tk.Lower == "of" || about && tk.Lower == "about")
	})
}

// topicOf reports whether the noun at i heads the object of "about", only determiners,
// possessives, adjectives and nouns between: the topic of a telling ("told regulators about the
// breach on March 20", "warned customers about the theft on Monday"), whose time after the noun
// is the telling's.
func topicOf(toks []token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= toldObjectReach; j-- {
		switch tg := toks[j].Tag; {
		case toks[j].Lower == "about":
			return true
		case tg == "DT" || tg == "PRP$" || tg == "POS" || strings.HasPrefix(tg, "JJ") || isNounTag(tg):
		default:
			return false
		}
	}
	return false
}

// verbBefore reports whether the verb of an event of a kind stands before token hi, at most
// reach tokens before i, with nothing but tokens between it and i that between accepts: the
// verb whose phrase holds what stands at i (toldAround, toldObject, toldOver).
func verbBefore(toks []token, evs []rawEvent, kind func(schema.EventType) bool, hi, i, reach int, between func(token) bool) bool {
	for _, e := range evs {
		if !kind(e.Type) || e.Trigger < 0 || e.Trigger >= hi || i-e.Trigger > reach || !isVerbTag(toks[e.Trigger].Tag) {
			continue
		}
		clear := true
		for k := e.Trigger + 1; k < i; k++ {
			if !between(toks[k]) {
				clear = false
				break
			}
		}
		if clear {
			return true
		}
	}
	return false
}

// toldObjectReach bounds how many tokens after a verb of telling toldOver looks for the deed
// its object names ("attributed the 2024 theft of …").
const toldObjectReach = 5

// ofDoing reports whether the trigger at i is a deed told or charged as the content of what
// comes before: an -ing form right after 'of', 'with' or 'for' ("accused Y of breaking into
// Z", "charged X with hacking", "arrested for leaking"), or after 'to' that closes a plea
// ("pleaded guilty to stealing X", "pleads not guilty to hacking Y"), or a noun whose phrase
// 'over' or 'for' opens ("fined X over a cyberattack", "sentenced for an attack on Y").
func ofDoing(toks []token, i int) bool {
	if i <= 0 || i >= len(toks) {
		return false
	}
	if toks[i].Tag == "VBG" {
		switch toks[i-1].Lower {
		case "of", "with", "for":
			return true
		case "to":
			return i >= 2 && (toks[i-2].Lower == "guilty" || toks[i-2].Lower == "contest")
		}
		return false
	}
	if h := relativeHead(toks, i); h >= 0 && isNounTag(toks[h].Tag) {
		return ofDoing(toks, h) // "fined X over a cyberattack in which hackers stole Y"
	}
	if !isNounTag(toks[i].Tag) {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		switch toks[j].Lower {
		case "over", "for":
			return true
		}
		if t := toks[j].Tag; t != "DT" && t != "PRP$" && t != "POS" && t != "JJ" && t != "NN" && t != "NNP" && t != "CD" && t != "HYPH" {
			return false
		}
	}
	return false
}

// relativeHead returns the noun a relative clause without commas opens after ("an attack in
// which hackers stole Y", "a breach that exposed Y"), when the verb at i is that clause's
// first, past its subject; -1 otherwise.
func relativeHead(toks []token, i int) int {
	if i >= len(toks) || !isVerbTag(toks[i].Tag) {
		return -1
	}
	for k := i - 1; k > 0 && i-k <= 5; k-- {
		w := toks[k].Lower
		if w == "which" || w == "that" && toks[k].Tag == "WDT" {
			h := k - 1
			if toks[h].Tag == "IN" && h > 0 {
				h-- // "in which", "during which"
			}
			if toks[h].Text == "," {
				return -1
			}
			return h
		}
		if toks[k].Text == "," || isVerbTag(toks[k].Tag) && !isBeHave(w) {
			return -1
		}
	}
	return -1
}

// issuing reports whether an event of type t can issue a document: a report, warning,
// statement or accusation.
func issuing(t schema.EventType) bool {
	return t == schema.EventReport || t == schema.EventWarning || t == schema.EventStatement || t == schema.EventAccusation
}

// saidAt reports whether the time at token t follows, within three words, the verb of a
// report that comes after the trigger at i: the time of a trailing attribution (", the Times
// reported Tuesday night") dates the report, not the deed reported before it. A bare 'said' or
// 'reported' after a comma past the trigger counts too, whether or not an event stands for it
// (none does when its speaker was found to be no one: ", the chip designer said on Friday"), and
// so does a court's past 'ruled' (cue courtsaid: ", a London court ruled on Tuesday").
func (x *Extractor) saidAt(toks []token, evs []rawEvent, reporting func(rawEvent) bool, i, t int) bool {
	if t >= len(toks) {
		return false
	}
	v := vehicleOpens(toks, t) // "said in a public notice on April 2": the notice's time is the saying's
	for _, r := range evs {
		if reporting(r) && r.Trigger > i && r.Trigger < v && v-r.Trigger <= 3 {
			return true
		}
	}
	for r := v - 1; r > i && v-r <= 7; r-- {
		w := toks[r].Lower
		said := v-r <= 3 && (w == "said" || w == "reported" || toks[r].Tag == "VBD" && x.cue.is("courtsaid", w))
		if !said && !(w == "told" && hearerThen(toks, r, t)) {
			continue
		}
		for j := r - 1; j > i && r-j <= 6; j-- {
			if toks[j].Text == "," {
				return true
			}
		}
	}
	return false
}

// vehicleReach bounds how many adjectives and nouns vehicleOpens passes over.
const vehicleReach = 4

// vehicleOpens returns where a phrase naming the vehicle of a telling opens when the time at
// t closes it ("in a public notice on April 2", "in a report published on Tuesday", "during a
// briefing on Monday"): a preposition, a determiner, a few adjectives or nouns and a
// participle; t when no such phrase ends at the time.
func vehicleOpens(toks []token, t int) int {
	k := t - 1
	if k >= 0 && (toks[k].Lower == "on" || toks[k].Lower == "in") {
		k--
	}
	if k >= 0 && toks[k].Tag == "VBN" {
		k-- // "a report published on Tuesday"
	}
	n := 0
	for ; k >= 0 && n < vehicleReach && (isNounTag(toks[k].Tag) || strings.HasPrefix(toks[k].Tag, "JJ")); k-- {
		n++
	}
	if n == 0 || k < 1 || toks[k].Tag != "DT" && toks[k].Tag != "PRP$" {
		return t
	}
	switch toks[k-1].Lower {
	case "in", "at", "during":
		return k - 1
	}
	return t
}

// hearerThen reports whether between 'told' at r and the time at t stands only its hearer, a
// short noun phrase, and the time's preposition (", its chief executive told Sky News on
// Wednesday", ", she told the Daily Ledger on Monday"): the time is the telling's.
func hearerThen(toks []token, r, t int) bool {
	if r < 0 || t > len(toks) || t-r < 2 {
		return false
	}
	e := t
	if toks[e-1].Lower == "on" {
		e--
	}
	if e-r < 2 || e-r > 5 {
		return false
	}
	for j := r + 1; j < e; j++ {
		if g := toks[j].Tag; g != "DT" && g != "POS" && !strings.HasPrefix(g, "JJ") && !isNounTag(g) {
			return false
		}
	}
	return true
}

// whenClause returns the time (an index into inSent) that a clause opened by ", when" right
// after it restates, when the trigger at i is that clause's first verb ("came to light in
// October, when X reported that …", "in June, when the minister told the Senate …"), or -1.
func whenClause(c *sentCtx, ts []timex.Expression, inSent, tokOf []int, i int) int {
	toks := c.s.Toks
	for k, ti := range inSent {
		e := tokOf[k]
		for e < len(toks) && toks[e].Start < ts[ti].End {
			e++
		}
		if e+1 >= i || toks[e].Text != "," || toks[e+1].Lower != "when" || !sameClauseBut(c, e+1, i) {
			continue
		}
		first := true
		for j := whenInsert(toks, e+2); j < i; j++ {
			if !isFiniteTag(toks[j].Tag) {
				continue
			}
			if end := whenAside(toks, e+2, i, j); end > 0 {
				j = end // ", a firm that manages its systems,": the aside's verb is not the clause's
				continue
			}
			if !auxOf(toks, j, i) && !catenativeOf(toks, j, i) && !objectNoun(toks, j, i) && !andJoinedPast(toks, j, i) {
				first = false
				break
			}
		}
		for k2 := range inSent {
			if tokOf[k2] > e+1 && tokOf[k2] < i {
				first = false // the clause gives a time of its own
			}
		}
		if first {
			return k
		}
	}
	return -1
}

// sameClauseBut reports whether the tokens from lo to i lie in one clause but for the asides
// set off by commas after a name between them (whenAside): ", when X, a firm that monitors
// traffic for clients, noticed …" opens no clause of its own with its "that".
func sameClauseBut(c *sentCtx, lo, i int) bool {
	for k := lo + 1; k <= i; k++ {
		if c.clause[k] != c.clause[k-1] && whenAside(c.s.Toks, lo, i, k) < 0 {
			return false
		}
	}
	return true
}

// andJoinedPast reports whether the trigger at i is a past verb joined by "and" to the
// finite past verb at j before it, with no other finite verb, comma or word opening a clause
// between ("when X noticed strange traffic and alerted the police"): the two share a subject
// and a clause, and so the time that clause restates.
func andJoinedPast(toks []token, j, i int) bool {
	if j < 0 || i <= j+1 || i >= len(toks) || toks[i-1].Lower != "and" || toks[i].Tag != "VBD" || toks[j].Tag != "VBD" || isBeHave(toks[j].Lower) {
		return false
	}
	for k := j + 1; k < i-1; k++ {
		switch w := toks[k]; {
		case w.Text == "," || w.Text == ";" || w.Text == ":" || w.Tag == "CC" || w.Tag == "WDT" || w.Tag == "WP" || w.Lower == "that" || isFiniteTag(w.Tag):
			return false
		}
	}
	return true
}

// whenInsert returns where the clause opened by "when" goes on at token k, past an attribution
// set into it between commas right after "when" (", when, prosecutors say, the men broke into
// …", ", when, according to the indictment, they stole …"): a short phrase that opens with
// "according" or closes with a finite verb after its subject. The attribution's verb is not the
// clause's. It returns k when no attribution stands there.
func whenInsert(toks []token, k int) int {
	if k >= len(toks) || toks[k].Text != "," {
		return k
	}
	for m := k + 2; m < len(toks) && m <= k+6; m++ {
		if toks[m].Text != "," {
			continue
		}
		if toks[k+1].Lower == "according" || m-1 > k+1 && isFiniteTag(toks[m-1].Tag) {
			return m + 1
		}
		return k
	}
	return k
}

// whenAside returns the closing comma of a description set off by commas after a name in the
// clause from lo that holds the finite verb at j (", a firm that manages its computer
// systems,", ", which runs its network,"), or -1 when there is none: its opening comma, after
// lo, follows a proper noun, it opens with an article or a relative pronoun, and it closes
// before i.
func whenAside(toks []token, lo, i, j int) int {
	open := -1
	for k := j - 1; k > lo; k-- {
		if toks[k].Text == "," {
			open = k
			break
		}
	}
	if open < 0 || open+1 >= j || (toks[open-1].Tag != "NNP" && toks[open-1].Tag != "NNPS") {
		return -1
	}
	switch toks[open+1].Lower {
	case "a", "an", "the", "who", "which":
	default:
		return -1
	}
	for k := j + 1; k < i; k++ {
		if toks[k].Text == "," {
			return k
		}
	}
	return -1
}

// objectNoun reports whether the trigger at i is a noun that the finite verb at j takes as its
// object, past at most a short name or article ("when the FBI passed ASD a list of servers",
// "when X sent the agency a warning"): no comma or verb between.
func objectNoun(toks []token, j, i int) bool {
	if i >= len(toks) || !isNounTag(toks[i].Tag) || i-j > 4 {
		return false
	}
	for k := j + 1; k < i; k++ {
		if toks[k].Text == "," || isVerbTag(toks[k].Tag) {
			return false
		}
	}
	return true
}

// catenativeOf reports whether the finite verb at j takes the trigger at i as its infinitive
// ("when hackers tried to break into X", "when the group attempted to steal …", "when it
// managed to quietly enter …"): 'to' right after it, at most one adverb before the trigger.
func catenativeOf(toks []token, j, i int) bool {
	if j+2 > i || i >= len(toks) || i-j > 3 || toks[j+1].Lower != "to" {
		return false
	}
	return i == j+2 || toks[j+2].Tag == "RB"
}

// auxOf reports whether the finite verb at j is an auxiliary of the verb at i after it ("when
// the agency was alerted", "when it had quietly been breached"): a form of be or have with
// only adverbs and participles between.
func auxOf(toks []token, j, i int) bool {
	if !isBeHave(toks[j].Lower) || i <= j || i >= len(toks) || i-j > 4 {
		return false
	}
	for k := j + 1; k < i; k++ {
		if t := toks[k].Tag; t != "RB" && t != "VBN" && t != "VBG" {
			return false
		}
	}
	return true
}

// relativeSpan returns the bounds of a relative clause set off by commas (", who denies the
// charge,"), or closing the sentence after a comma (", which has been active since at least
// 2023."; the end is the closing mark), or of a description set beside a name (appositionSpan)
// that holds the token at i, and whether there is one.
func relativeSpan(toks []token, i int) (int, int, bool) {
	if lo, hi, ok := appositionSpan(toks, i); ok {
		return lo, hi, true
	}
	lo := -1
	for k := i - 1; k > 0; k-- {
		if toks[k].Text == "," {
			return 0, 0, false
		}
		if (toks[k].Lower == "who" || toks[k].Lower == "which") && toks[k-1].Text == "," {
			lo = k
			break
		}
	}
	if lo < 0 {
		return 0, 0, false
	}
	for k := i + 1; k < len(toks); k++ {
		if toks[k].Text == "," {
			return lo, k, true
		}
		if toks[k].Text == ";" || toks[k].Text == ":" {
			return 0, 0, false
		}
	}
	if n := len(toks) - 1; n > i && (toks[n].Text == "." || toks[n].Text == "!" || toks[n].Text == "?") {
		return lo, n, true // ", which has been active since at least 2023." closes the sentence
	}
	return 0, 0, false
}

// appositionSpan returns the bounds of a description set off by commas after a name and before
// its verb that holds the token at i (", a group tracked by Western agencies since 2014,", ",
// active since 2019,", ", a lawyer who represented the bank in 2017,"), and whether there is
// one: it opens with an article, an adjective or a participle, holds no finite verb but one of
// a relative clause on its noun (appositionRelative), and a finite verb follows its closing
// comma.
func appositionSpan(toks []token, i int) (int, int, bool) {
	open := -1
	for k := i - 1; k > 0; k-- {
		if toks[k].Text == "," {
			open = k
			break
		}
	}
	if open < 1 || open+1 >= len(toks) || toks[open-1].Tag != "NNP" && toks[open-1].Tag != "NNPS" {
		return 0, 0, false
	}
	if w := toks[open+1]; !(w.Lower == "a" || w.Lower == "an" || w.Lower == "the" || w.Tag == "JJ" || w.Tag == "VBN") {
		return 0, 0, false
	}
	rel := appositionRelative(toks, open, i)
	for k := i - 1; k > open; k-- {
		if (rel < 0 || k < rel) && isTensedTag(toks[k].Tag) && !(toks[k].Tag == "VBD" && isNounTag(toks[k-1].Tag)) {
			return 0, 0, false // "a group tracked/VBD since 2024" is a participle after its noun
		}
	}
	for k := i + 1; k+1 < len(toks); k++ {
		if rel < 0 && isTensedTag(toks[k].Tag) {
			return 0, 0, false
		}
		if toks[k].Text == "," {
			v := k + 1
			if toks[v].Tag == "RB" && v+1 < len(toks) {
				v++
			}
			return open + 1, k, isTensedTag(toks[v].Tag)
		}
	}
	return 0, 0, false
}

// appositionRelative returns the relative word ("who", "which") that opens a clause on the noun
// of a description after the comma at open and before the token at i ("Mara Quill, a resident
// who was treated there in 2019, filed …"), or -1: the word follows a common noun, so the
// clause's finite verb is the description's, not the sentence's.
func appositionRelative(toks []token, open, i int) int {
	for k := open + 2; k < i; k++ {
		if relativeWord(toks[k].Lower) && toks[k].Lower != "whose" && isNounTag(toks[k-1].Tag) && toks[k-1].Tag != "NNP" {
			return k
		}
	}
	return -1
}

// closingDescription returns the comma that opens a description of a name closing the sentence
// and holding the time at token t (", a group it has tracked since at least 2020.", ", the
// unit blamed for the 2016 attacks."), or -1: after a name, it opens with an article and a
// common noun or an adjective, and no comma follows to the sentence's end. Its time is the
// described one's, not the main clause's. A time that is itself the phrase after the comma
// (", the following morning", ", a day later") describes nothing.
func closingDescription(toks []token, t int) int {
	d := -1
	for k := t - 1; k > 0; k-- {
		if toks[k].Text == "," {
			d = k
			break
		}
	}
	if d < 1 || d+2 >= len(toks) || toks[d-1].Tag != "NNP" && toks[d-1].Tag != "NNPS" {
		return -1
	}
	if t == d+1 {
		return -1 // "notified the agency, known as NCA, the following morning": the phrase is the time itself
	}
	if w := toks[d+1].Lower; w != "a" && w != "an" && w != "the" {
		return -1
	}
	if tg := toks[d+2].Tag; tg != "NN" && tg != "NNS" && tg != "JJ" {
		return -1 // ", the F.B.I. said …": a closing telling, no description
	}
	for k := t + 1; k < len(toks); k++ {
		if toks[k].Text == "," || toks[k].Text == ";" || toks[k].Text == ":" {
			return -1
		}
	}
	return d
}

// boundRelativeEnd returns where a relative clause without commas that holds the trigger at i
// ends ("anyone whose data was exposed", "the files that were taken"), when a verb in the past
// coordinated by "and" or "but" right after it returns to the main clause ("… and warned staff
// on Tuesday", a verb with its object): the "and" or "but"; -1 otherwise.
func boundRelativeEnd(toks []token, i int) int {
	lo := -1
	for k := i - 1; k >= 0 && i-k <= 6; k-- {
		w := toks[k].Lower
		if toks[k].Text == "," || isVerbTag(toks[k].Tag) && !isBeHave(w) {
			break
		}
		if w == "whose" || w == "who" || w == "which" || (w == "that" && toks[k].Tag == "WDT") {
			lo = k
			break
		}
	}
	if lo <= 0 || toks[lo-1].Text == "," {
		return -1
	}
	for k := i + 1; k+2 < len(toks) && k-i <= 8; k++ {
		if toks[k].Text == "," {
			return -1
		}
		// an active verb with its object: "and warned employees", not "and leaked online"
		if v, o := toks[k+1].Tag, toks[k+2].Tag; (toks[k].Lower == "and" || toks[k].Lower == "but") && (v == "VBD" || v == "VBN") &&
			(o == "DT" || o == "PRP" || o == "PRP$" || isNounTag(o)) {
			return k
		}
	}
	return -1
}

// objectRelativeHead returns the head noun of a relative clause without commas whose verb is
// the trigger at i and whose subject is a pronoun or "that" ("data it stole", "the files that
// they had taken", "records that were stolen"), or -1. A time before the head, with the
// finite verb of the main clause between (finiteIn), is that verb's, not the relative
// clause's.
func objectRelativeHead(toks []token, i int) int {
	if i < 2 || i >= len(toks) || toks[i].Tag != "VBD" && toks[i].Tag != "VBN" {
		return -1
	}
	j := i - 1
	for j > 0 && i-j <= 3 && (toks[j].Tag == "RB" || isBeHave(toks[j].Lower)) {
		j--
	}
	marked := false
	if toks[j].Tag == "PRP" {
		j, marked = j-1, true
	}
	if j >= 0 && (toks[j].Tag == "WDT" || toks[j].Lower == "which") {
		j, marked = j-1, true
	}
	if !marked || j < 0 || toks[j].Tag != "NN" && toks[j].Tag != "NNS" {
		return -1
	}
	return j
}

// finiteIn reports whether a finite verb (past or present) stands among the tokens from a to b
// (exclusive).
func finiteIn(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if k >= 0 && isTensedTag(toks[k].Tag) {
			return true
		}
	}
	return false
}

// timeInRelative returns where the relative clause without commas that holds the time at t
// opens ("a gang that disbanded in 2023"), when a finite verb of that clause stands before the
// time; -1 otherwise. The clause's time is its own verb's, not that of a trigger before it,
// unless its head names an event.
func timeInRelative(toks []token, t int) int {
	return relativeWithin(toks, t, 8, false)
}

// ownRelativeTime reports whether the time at token t stands in a relative clause without
// commas that tells of the incident ev: a clause on the noun that names it ("any role in a
// cyberattack that disrupted the Harl port authority last weekend", "a breach that it said
// began in May"; the trigger is the head noun or a noun modifying it, "a ransomware attack
// that …"), or the clause whose verb is the trigger ("two men over a breach that exposed X's
// records in July"). The time is the incident's own, not that of the verb of telling or of
// legal action the clause hangs from ("denied on Monday", "arrested on Friday"). "that" may
// be tagged a conjunction there: an incident noun takes no clause of content. A telling's
// noun ("a report that …") is left to the rules below; the head may name another kind of
// incident than the one the sentence makes of it ("a breach that exposed X": a leak).
func (x *Extractor) ownRelativeTime(toks []token, eventNoun func(string) (schema.EventType, bool), ev rawEvent, t int) bool {
	if !incident(ev.Type) || ev.Type == schema.EventReport || t >= len(toks) {
		return false
	}
	r := relativeWithin(toks, t, 14, true)
	if r < 2 || ev.Trigger < r-2 || ev.Trigger >= t || ev.Negated {
		return false
	}
	for k := r + 1; k+1 < t; k++ {
		if (toks[k].Lower == "and" || toks[k].Lower == "but") && isVerbTag(toks[k+1].Tag) {
			return false // "anyone whose data was exposed and warned staff on Tuesday": the main clause again
		}
	}
	if ev.Trigger > r {
		if !isVerbTag(toks[ev.Trigger].Tag) {
			return false
		}
		for k := ev.Trigger + 1; k < t; k++ {
			if isVerbTag(toks[k].Tag) {
				return false // "a gateway that was not patched against a flaw disclosed in 2024": the flaw's
			}
		}
		return true // the clause's own verb
	}
	if ev.Trigger == r {
		return false
	}
	if head, ok := eventNoun(toks[r-1].Lower); (!ok || !incident(head) || head == schema.EventReport) && !x.harmClause(toks, r+1, t) {
		return false // a head naming no incident is the incident's only when the clause tells its harm: "the ransomware outbreak that crippled X in May 2017"
	}
	for k := ev.Trigger; k < r; k++ {
		if !isNounTag(toks[k].Tag) {
			return false
		}
	}
	return true
}

// madeKnownRelative reports whether the time at token t closes an object relative clause,
// after the deed's trigger at i, whose verb makes an incident known or describes it (cue
// madeknown), after its own subject: "a ransomware attack that the ministry disclosed on
// Tuesday", "broke into X in an intrusion that the agency described on Wednesday as a serious
// risk", "a breach of X that the bank reported on Monday". The time is the telling's: the deed
// was done before it. A clause whose telling verb hands on to a verb of the deed's own ("a
// breach that it said began in May") is left to ownRelativeTime.
func (x *Extractor) madeKnownRelative(toks []token, i, t int) bool {
	r := relativeWithin(toks, t, 14, true)
	if r < 1 || i >= r {
		return false
	}
	k := r + 1
	for k < t && k-r <= madeKnownSubjectReach && subjectWord(toks[k]) {
		k++
	}
	if k == r+1 {
		return false // "an attack that disrupted X on Monday": the clause's subject is the incident
	}
	for k < t && toks[k].Tag == "RB" {
		k++
	}
	if k >= t || toks[k].Tag != "VBD" || !x.cue.tokIs("madeknown", &toks[k]) {
		return false
	}
	for m := k + 1; m < t; m++ {
		if isVerbTag(toks[m].Tag) || toks[m].Text == "," {
			return false
		}
	}
	return true
}

// madeKnownSubjectReach bounds the words of the teller madeKnownRelative reads before the
// verb ("the U.S. Cybersecurity and Infrastructure Security Agency (CISA)").
const madeKnownSubjectReach = 10

// subjectWord reports whether t may stand in a noun phrase that names a teller: a noun, a
// determiner, a pronoun, an adjective, a possessive ending, "and" between names, or a bracket
// around an acronym.
func subjectWord(t token) bool {
	switch t.Tag {
	case "DT", "PRP", "PRP$", "POS", "CC", "(", ")":
		return t.Tag != "CC" || t.Lower == "and"
	}
	return isNounTag(t.Tag) || strings.HasPrefix(t.Tag, "JJ")
}

// beganRelative reports whether the time at t stands in a relative clause after a comma that
// tells when the incident ev named right before it began or took place ("the attack on Harrow
// Bank, which began on April 2") or was found (foundClause: "The attack, which officials first
// detected in the early hours of Saturday, …") when the main clause resumed after it tells no
// day of its own (resumed): its time is the incident's.
func (x *Extractor) beganRelative(toks []token, ev rawEvent, t int, resumed bool) bool {
	if lo := incidentRelative(toks, ev, t, beganReach); lo >= 0 {
		switch toks[lo+1].Lower {
		case "began", "started", "occurred", "happened", "unfolded":
			return true
		case "took":
			return lo+2 < len(toks) && toks[lo+2].Lower == "place"
		}
	}
	if lo := incidentRelative(toks, ev, t, harmReach); lo >= 0 && x.harmClause(toks, lo+1, t) {
		return true // "the ransomware outbreak, which crippled hospitals in Britain in May 2017": the harm's time is the incident's
	}
	if resumed {
		return false // "The theft, which X discovered on October 30, began on October 12": the earlier day
	}
	lo := incidentRelative(toks, ev, t, foundClauseReach)
	return lo >= 0 && x.foundClause(toks, lo+1, t)
}

// resumedDated reports whether the clause set off by commas that holds the k-th time of the
// sentence (at token tokOf[k]) is followed by a past verb resuming the main clause and a time
// after it ("The theft, which X discovered on October 30, began on October 12"): the main
// clause tells its own day.
func resumedDated(toks []token, tokOf []int, k int) bool {
	c := -1
	for j := tokOf[k] + 1; j < len(toks); j++ {
		if toks[j].Text == "," {
			c = j
			break
		}
	}
	if c < 0 || c+1 >= len(toks) || toks[c+1].Tag != "VBD" {
		return false
	}
	for _, o := range tokOf {
		if o > c+1 {
			return true
		}
	}
	return false
}

// harmClause reports whether the relative clause opening at j, with the incident it is on for
// its subject, tells the harm the incident did before the time at t: a past verb of harm (cue
// harmverb), adverbs allowed before it, and no other verb, comma or relative word between it
// and the time ("which crippled hospitals in Britain and factories around the world in May
// 2017", "that knocked out power to 80,000 homes on December 23"). The incident did that harm
// when it struck, so the clause's time is the incident's own.
func (x *Extractor) harmClause(toks []token, j, t int) bool {
	k := j
	for k < t && toks[k].Tag == "RB" {
		k++
	}
	if k >= t || toks[k].Tag != "VBD" && toks[k].Tag != "VBN" && toks[k].Tag != "VBP" || !x.cue.tokIs("harmverb", &toks[k]) {
		return false // a base form tagged VBP is a past one here ("which shut down X in 2021", "which hit Y")
	}
	for m := k + 1; m < t; m++ {
		if isVerbTag(toks[m].Tag) && toks[m].Tag != "VBG" || toks[m].Text == "," || toks[m].Tag == "WDT" || toks[m].Tag == "WP" || toks[m].Lower == "that" {
			return false
		}
	}
	return true
}

// harmReach bounds how many words before a time beganRelative looks for the "which" of a
// clause telling the incident's harm (harmClause): its object and places may stand between.
const harmReach = 14

// beganReach and foundClauseReach bound how many words before a time beganRelative looks for the
// "which" of the clause that dates the incident: right after "which" for a verb of beginning,
// after the finder and its adverbs too for a verb of finding ("which city officials first
// detected in the early hours of Saturday").
const (
	beganReach       = 6
	foundClauseReach = 10
)

// incidentRelative returns the index of the "which" that opens, after a comma, a relative clause
// on the incident noun ev, holding the time at t within reach words after it and no comma between
// ("the attack on Harrow Bank, which began on April 2"); -1 for none. Only the noun's
// post-modifier may stand between the noun and the comma.
func incidentRelative(toks []token, ev rawEvent, t, reach int) int {
	lo := -1
	for k := t - 1; k > 0 && t-k <= reach; k-- {
		if toks[k].Text == "," {
			return -1
		}
		if toks[k].Lower == "which" {
			lo = k
			break
		}
	}
	if lo < 1 || !incident(ev.Type) || ev.Type == schema.EventReport || ev.Trigger < 0 || ev.Trigger >= lo-1 || lo+1 >= len(toks) ||
		toks[lo-1].Text != "," || !isNounTag(toks[ev.Trigger].Tag) {
		return -1
	}
	for k := ev.Trigger + 1; k < lo-1; k++ {
		if k-ev.Trigger > 6 || !nounPhraseTag(toks[k].Tag) {
			return -1 // the noun's post-modifier only: "the attack on Harrow Bank, which …"
		}
	}
	return lo
}

// foundClause reports whether the relative clause opening at j tells, before the time at t, that
// the incident it is on was found: a verb of finding out (discovery) in the passive ("which was
// first detected on Sunday") or after a short subject that names the finder ("which city officials
// first detected", "which its staff noticed"), adverbs allowed before the verb, and only a
// preposition and its noun phrase between the verb and the time. News dates an incident by when it
// was found when it tells no earlier day, as the main clause does ("the intrusion was detected on
// Sunday", which dayMentions reads).
func (x *Extractor) foundClause(toks []token, j, t int) bool {
	k := j
	if x.cue.tokIs("be", &toks[k]) {
		k++
	} else {
		for k < t && k-j < foundSubjectReach && (isNounTag(toks[k].Tag) || toks[k].Tag == "DT" || toks[k].Tag == "PRP$" || toks[k].Tag == "PRP" || toks[k].Tag == "POS" || strings.HasPrefix(toks[k].Tag, "JJ")) {
			k++
		}
		if k == j {
			return false
		}
	}
	for k < t && toks[k].Tag == "RB" {
		k++
	}
	if k >= t || toks[k].Tag != "VBD" && toks[k].Tag != "VBN" {
		return false
	}
	if tr, ok := x.tokTrigger(&toks[k], true); !ok || !discovery[tr.Lemma] {
		return false
	}
	for m := k + 1; m < t; m++ {
		if !nounPhraseTag(toks[m].Tag) {
			return false
		}
	}
	return true
}

// foundSubjectReach bounds the words of the finder foundClause reads before the verb ("city
// officials", "the utility's own staff").
const foundSubjectReach = 4

// relativeWithin is timeInRelative with the relative word at most span tokens before t;
// with thatIN a "that" tagged a conjunction may open the clause too.
func relativeWithin(toks []token, t, span int, thatIN bool) int {
	finite := false
	for k := t - 1; k > 0 && t-k <= span; k-- {
		switch tg := toks[k].Tag; {
		case toks[k].Text == ",":
			return -1
		case tg == "VBD" || tg == "VBZ" || tg == "VBP":
			finite = true
		case tg == "WDT" || tg == "WP" || tg == "WP$" || thatIN && tg == "IN" && toks[k].Lower == "that":
			if finite && toks[k-1].Text != "," && isNounTag(toks[k-1].Tag) {
				return k
			}
			return -1
		}
	}
	return -1
}

// subjectRelativeTime reports whether the time at token t (its tokens ending before end, or
// end is -1) stands in a relative clause without commas on the subject, and the trigger at i
// is the finite verb of the main clause that follows it ("A man who was extradited from Spain
// in March pleaded guilty on Tuesday", "The group that breached X last month attacked Y on
// Sunday", "The contractor that the bank hired in 2022 was indicted on Wednesday"). The
// clause's own finite verb stands between its relative word and the time (relativeWithin),
// and nothing between the time and the trigger opens another clause: no comma, conjunction
// or relative word, so the trigger is not a verb coordinated within the relative clause
// ("hackers who stole data in May and leaked it"). The time is the relative clause's verb's.
func subjectRelativeTime(toks []token, t, end, i int) bool {
	if t < 0 || i <= t || i >= len(toks) || relativeWithin(toks, t, 10, true) < 0 {
		return false
	}
	if end < 0 || end > i {
		end = t + 1
	}
	for k := end; k < i; k++ {
		switch w := toks[k]; {
		case w.Text == "," || w.Text == ";" || w.Text == ":" || w.Tag == "CC" || w.Tag == "WDT" || w.Tag == "WP" || w.Lower == "that":
			return false
		case isTensedTag(w.Tag) && !isBeHave(w.Lower):
			return false // another finite verb stands between: the trigger is not the clause's next verb
		}
	}
	if isTensedTag(toks[i].Tag) {
		return true
	}
	// a passive or perfect main verb: "was indicted", "has been charged", "was later released"
	k := i - 1
	for k > t && (toks[k].Tag == "RB" || toks[k].Lower == "been") {
		k--
	}
	return toks[i].Tag == "VBN" && k > t && isBeHave(toks[k].Lower) && isTensedTag(toks[k].Tag)
}

// timeAfter reports whether one of the sentence's times (opening at the tokens tokOf) stands
// after the trigger at i.
func timeAfter(tokOf []int, i int) bool {
	for _, t := range tokOf {
		if t > i {
			return true
		}
	}
	return false
}

// participleTime reports whether the time at token t follows a past participle (tagged VBN; a
// past form is a clause's own verb: "the sector widened Wednesday") set right after a common
// noun that stands after the trigger at i, with at most a preposition between ("under a lease
// signed in 2019", "records created in 2020", "files taken last year"): a reduced relative
// clause on that noun, whose time is the participle's, not that of a deed told before the noun.
// The noun phrase must be an object (a verb or a preposition before it). A noun naming an event
// ("an attack carried out on Monday"), a document or an occasion of telling ("a report
// published on Tuesday") keeps its time for the rules that join it.
func (x *Extractor) participleTime(toks []token, eventNoun func(string) (schema.EventType, bool), i, t int) bool {
	p := t - 1
	if p > 0 && toks[p].Tag == "IN" {
		p--
	}
	p = byAgentStart(toks, i, p)
	if p < 2 || toks[p].Tag != "VBN" {
		return false
	}
	n := p - 1
	if n <= i || toks[n].Tag != "NN" && toks[n].Tag != "NNS" {
		return false
	}
	if _, ok := eventNoun(toks[n].Lower); ok || x.cue.tokIs("docnoun", &toks[n]) || x.cue.tokIs("occasion", &toks[n]) {
		return false
	}
	lo := n
	for lo > i+1 && nounPhraseTag(toks[lo-1].Tag) && toks[lo-1].Tag != "IN" || lo > i+1 && toks[lo-1].Tag == "CD" {
		lo--
	}
	tg := toks[lo-1].Tag
	return tg == "IN" || tg == "TO" || strings.HasPrefix(tg, "VB") && tg != "VBG"
}

// byAgentStart returns the token before "by <noun phrase>" that ends at p ("emails released by
// a House panel on Thursday": the participle "released"), or p itself when no such phrase ends
// there. The phrase is a passive participle's agent, so the participle's time still follows it.
// It looks no further back than the trigger at i.
func byAgentStart(toks []token, i, p int) int {
	k := p
	for k > i+1 && (nounPhraseTag(toks[k].Tag) && toks[k].Tag != "IN" || toks[k].Tag == "CD") {
		k--
	}
	if k == p || k <= i+1 || toks[k].Lower != "by" || toks[k-1].Tag != "VBN" {
		return p
	}
	return k - 1
}

// nounOfEvent reports whether w names a kind of event of type typ ("a ransomware attack that
// crippled X in March": the relative clause tells of the attack, which the trigger before it
// names too). An event of another kind does not take the clause's time ("charged three men
// over a ransomware attack that crippled X last year": the attack's year, not the charge's).
func nounOfEvent(eventNoun func(string) (schema.EventType, bool), w string, typ schema.EventType) bool {
	t, ok := eventNoun(w)
	return ok && t == typ
}

// deedBetween reports whether the trigger of an incident stands between the trigger at i and
// the time expression at j after it, or right after that time, which it then modifies ("added
// X to its sanctions list, citing its role in the 2024 compromise of Y"). With day (the time
// names a day), an offence a noun after "with" names is not such a deed: "charged the two
// men with computer sabotage and extortion on Thursday" is Thursday's charge. A deed after the
// time that a preposition opens is the step's ground, not a deed the time modifies: "arrested X
// on Monday for theft", "jailed X on Monday for hacking Y" are Monday's steps (afterPrep).
func deedBetween(toks []token, evs []rawEvent, i, j int, day bool) bool {
	afterPrep := func(o int) bool {
		for k := j + 1; k < o && k < len(toks); k++ {
			if toks[k].Tag == "IN" || toks[k].Tag == "TO" || toks[k].Text == "," {
				return true
			}
		}
		return false
	}
	for _, o := range evs {
		if o.Trigger > i && (o.Trigger < j || j > i && o.Trigger <= j+2 && !afterPrep(o.Trigger)) && incidentDeed(o.Type) &&
			!(day && o.Trigger < j && offenceWith(toks, o.Trigger)) {
			return true
		}
	}
	return false
}

// adjunctAfterOffence reports whether the time at t dates an offence that a participial adjunct
// at i follows: i is a participle right after a comma, and between the comma before t (or the
// sentence start) and t stands a deed's trigger or a gerund after "of" or "for" ("convicted X of
// hacking Y in 2024, sentencing him").
func adjunctAfterOffence(toks []token, evs []rawEvent, t, i int) bool {
	if t >= i || i < 1 || i >= len(toks) || toks[i].Tag != "VBG" || toks[i-1].Text != "," {
		return false
	}
	lo := t - 1
	for lo >= 0 && toks[lo].Text != "," {
		if toks[lo].Tag == "VBG" && lo > 0 && (toks[lo-1].Lower == "of" || toks[lo-1].Lower == "for") {
			return true
		}
		lo--
	}
	for _, o := range evs {
		if o.Trigger > lo && o.Trigger < t && isDeed(o.Type) {
			return true
		}
	}
	return false
}

// offenceWith reports whether the noun at n ends a phrase of nouns, adjectives and "and" that
// "with" opens ("with computer sabotage and extortion").
func offenceWith(toks []token, n int) bool {
	if n >= len(toks) || !isNounTag(toks[n].Tag) {
		return false
	}
	for k := n - 1; k >= 0 && n-k <= 6; k-- {
		switch tg := toks[k].Tag; {
		case toks[k].Lower == "with":
			return true
		case isNounTag(tg), strings.HasPrefix(tg, "JJ"), tg == "CC":
		default:
			return false
		}
	}
	return false
}

// eventRelative reports whether a noun of another kind of event, modified by a reduced
// relative clause ("an allegation made against X"), stands between the trigger at i and the
// time expression at j after it: the time belongs to that event. A noun of the event's own kind
// is its vehicle ("claimed responsibility in a statement posted on Saturday").
func eventRelative(toks []token, eventNoun func(string) (schema.EventType, bool), typ schema.EventType, i, j int) bool {
	for k := i + 2; k < j && k < len(toks); k++ {
		if toks[k].Text == "," {
			return false
		}
		if toks[k].Tag == "VBN" && (toks[k-1].Tag == "NN" || toks[k-1].Tag == "NNS") {
			if t, ok := eventNoun(toks[k-1].Lower); ok && t != typ && !tellingVehicle(toks, k-1, t, typ) {
				return true
			}
		}
	}
	return false
}

// tellingVehicle reports whether the noun of telling at n, after "in" and perhaps a
// determiner, is the vehicle of a telling of another kind ("rejected the charges in a
// statement posted on Wednesday", "denied it in a letter sent to X on May 2"): its time is
// the telling's own.
func tellingVehicle(toks []token, n int, noun, typ schema.EventType) bool {
	if !tellingType(noun) || !tellingType(typ) {
		return false
	}
	k := n - 1
	if k >= 0 && (toks[k].Tag == "DT" || toks[k].Tag == "PRP$") {
		k--
	}
	return k >= 0 && toks[k].Lower == "in"
}

// answersQuestioning reports whether the denial at i answers a questioning told, with its time
// at t, in the clause before it, joined by ", and" or ", but" to the denial's clause, whose
// subject is a personal pronoun ("Agents interviewed Ivo Marsh in May 2024, and he denied
// any contact with …", "Police questioned her on Friday, but she denied …"): the one
// questioned denied then.
func answersQuestioning(toks []token, t, i int) bool {
	if t < 1 || i < 3 || t >= i {
		return false
	}
	s := i - 1
	for s > 0 && toks[s].Tag == "RB" {
		s--
	}
	if w := toks[s].Lower; w != "he" && w != "she" && w != "they" || s < 2 {
		return false
	}
	if c := toks[s-1].Lower; c != "and" && c != "but" || toks[s-2].Text != "," || s-2 <= t {
		return false
	}
	for k := t - 1; k >= 0 && t-k <= questioningReach; k-- {
		w := toks[k].Lower
		if strings.HasPrefix(w, "interview") || strings.HasPrefix(w, "question") || strings.HasPrefix(w, "confront") || strings.HasPrefix(w, "interrogat") {
			return isVerbTag(toks[k].Tag)
		}
		if toks[k].Text == "," || toks[k].Text == ";" {
			return false
		}
	}
	return false
}

// questioningReach bounds how far before the time answersQuestioning looks for the verb of
// questioning ("interviewed the former engineer at his home in Dayton in May 2024").
const questioningReach = 10

// tellingType reports whether t is a kind of telling: a statement, report, denial, accusation
// or warning.
func tellingType(t schema.EventType) bool {
	switch t {
	case schema.EventStatement, schema.EventReport, schema.EventDenial, schema.EventAccusation, schema.EventWarning:
		return true
	}
	return false
}

// reportedAfter reports whether the time at token t stands in the clause another reporting
// verb after the trigger at i reports (finiteBetween): that clause's deed owns the time, not
// a telling before it ("Testifying before X, Y said the agency had warned Z on May 3").
func reportedAfter(toks []token, evs []rawEvent, reporting func(rawEvent) bool, i, t int) bool {
	for _, r := range evs {
		if r.Trigger > i && r.Trigger < t && reporting(r) && finiteBetween(toks, r.Trigger, t) {
			return true
		}
	}
	return false
}

// finiteBetween reports whether the reporting verb at i opens a reported clause whose finite
// verb or modal stands before the time expression at j ("said the agency briefed Y on June 2",
// "said it would publish the findings in December"): the time then belongs to what is
// reported. Only a subject without prepositions may come between ("claimed responsibility for
// the attack in a post on Wednesday" dates the claim), and a clause of "when" dates the
// reporting verb ("denied it when she appeared … in August").
func finiteBetween(toks []token, i, j int) bool {
	that := false // a complementizer opened the reported clause
	for k := i + 1; k < j && k < len(toks); k++ {
		if m := appositiveName(toks, k); m > k && m < j {
			if m+1 < j && pastForm(toks[m+1]) {
				return true // "said Colin Ashby, of Dunmore, used/JJ …": the tagger missed the verb after the apposition
			}
			k = m // "said the supplier, Medisync, informed Y on May 3": the subject's name set off by commas
			continue
		}
		if toks[k].Lower == "of" && k > i+2 && isNounTag(toks[k-1].Tag) && toks[k-2].Tag != "IN" {
			continue // "said an employee of the contractor planted code in July": 'of' within the subject
		}
		if subjectPreposition(toks, i, k) {
			continue // "said the attack by the group happened on Sunday", "the breach of its servers began …": a phrase within the subject
		}
		if that && toks[k].Tag == "VBN" && (isNounTag(toks[k-1].Tag) || toks[k-1].Tag == "PRP") && pastForm(toks[k]) {
			return true // "told X that the city learned/VBN of it on Dec. 18": the clause's past verb
		}
		if toks[k].Lower == "that" && toks[k].Tag == "IN" {
			that = true
		}
		switch {
		case toks[k].Tag == "VBD" || toks[k].Tag == "VBZ" || toks[k].Tag == "VBP" || toks[k].Tag == "MD":
			return k > i+1
		case toks[k].Tag == "IN" && toks[k].Lower != "that", toks[k].Tag == "TO", toks[k].Tag == "WRB", toks[k].Text == ",":
			return false
		}
	}
	return false
}

// subjectPreposition reports whether the preposition at k opens a phrase inside the subject
// of a clause reported by the verb at i: it follows that subject's noun, which a determiner
// opens right after the verb ("said the attack by the group happened", "said the intrusion
// into its network began"), and a determiner, possessive or name opens its object ("by the
// group", "on its servers", "against Varlow Bank"), not a time ("told reporters on Monday",
// "said the attack in March …").
func subjectPreposition(toks []token, i, k int) bool {
	if k < i+3 || k+1 >= len(toks) || toks[i+1].Tag != "DT" || !isNounTag(toks[k-1].Tag) {
		return false
	}
	switch toks[k].Lower {
	case "by", "on", "against", "into", "at", "from":
	default:
		return false
	}
	n := toks[k+1]
	return n.Tag == "DT" || n.Tag == "PRP$" || n.Tag == "NNP" && k+2 < len(toks) && toks[k+2].Tag == "NNP"
}

// pastForm reports whether t is a regular past form the tagger may read as a participle or an
// adjective ("planted"/JJ, "learned"/VBN).
func pastForm(t token) bool {
	return (t.Tag == "VBD" || t.Tag == "VBN" || t.Tag == "JJ") && strings.HasSuffix(t.Lower, "ed")
}

// bareToldClause reports whether the time at t stands in a clause reported without "that" after
// the hearer of the verb of telling at i: "told him the logins had begun in March", "warned
// banks the group was planning attacks in May". Only the words of noun phrases, the hearer's
// and the clause's subject, stand between the verb and the clause's finite verb, which comes
// before t and right after a noun or pronoun: a verb after "and", a comma, a preposition or a
// relative word is another conjunct, an adjunct or a relative clause ("alerted the bank and
// notified police in May", "warned X about a scam, after retirees lost …"), not a report.
func bareToldClause(toks []token, i, t int) bool {
	if i < 0 || i+1 >= len(toks) || t >= len(toks) || !isVerbTag(toks[i].Tag) {
		return false
	}
	if h := toks[i+1]; h.Tag != "PRP" && h.Tag != "DT" && h.Tag != "PRP$" && !isNounTag(h.Tag) {
		return false // no hearer right after the verb
	}
	for f := i + 1; f < t; f++ {
		if isFiniteTag(toks[f].Tag) && !pluralReadAsVerb(toks, f) {
			p := toks[f-1] // "shared lists of affected IP addresses/VBZ with it" is a plural, no verb
			return f >= i+3 && (isNounTag(p.Tag) || p.Tag == "PRP") && !relativeWord(p.Lower) && p.Lower != "that"
		}
		if !plainPhraseTag(toks[f].Tag) {
			return false // "warned X about a scam, after retirees lost …": not a clause the hearer heard
		}
	}
	return false
}

// bareSubjectTime reports whether the time at t (ending at rune offset end) modifies the
// subject of a clause the verb of telling at i reports without "that", right after the verb
// and its determiner or possessive, with that clause's finite verb after the subject's noun
// ("said the June notice had gone to an old address", "said his March remarks were
// accurate"): the time dates that noun, not the saying. A noun with no verb after it ("in a
// Monday post", "released the March report") is the telling's own vehicle or object.
func bareSubjectTime(toks []token, i, t, end int) bool {
	if i < 0 || t != i+2 || t >= len(toks) || !isVerbTag(toks[i].Tag) || !attributiveTime(toks, t, end) {
		return false
	}
	for f := t + 1; f < len(toks) && f <= t+bareSubjectReach; f++ {
		if toks[f].Start < end {
			continue // the time's own words ("the June 5 letter")
		}
		if isFiniteTag(toks[f].Tag) || toks[f].Tag == "MD" {
			return !pluralReadAsVerb(toks, f) && isNounTag(toks[f-1].Tag)
		}
		if !plainPhraseTag(toks[f].Tag) && !isNounTag(toks[f].Tag) {
			return false
		}
	}
	return false
}

// bareSubjectReach bounds how many tokens after the time bareSubjectTime looks for the
// reported clause's verb: the time's words, the subject's noun and a modifier or two.
const bareSubjectReach = 5

// plainPhraseTag reports whether a part-of-speech tag is one of the words of a plain noun
// phrase: a determiner, pronoun, possessive, adjective, number or noun.
func plainPhraseTag(t string) bool {
	switch t {
	case "DT", "PRP", "PRP$", "POS", "JJ", "JJR", "JJS", "CD":
		return true
	}
	return isNounTag(t)
}

// thatBetween reports whether a complementizer 'that' followed by its clause's subject stands
// between the trigger at i and the token at j ("told the council that the city learned …").
func thatBetween(toks []token, i, j int) bool {
	for k := i + 1; k < j && k+1 < len(toks); k++ {
		if toks[k].Lower == "that" && toks[k].Tag == "IN" {
			n := toks[k+1].Tag
			return n == "DT" || n == "PRP" || n == "PRP$" || isNounTag(n)
		}
	}
	return false
}

// appositiveName returns the comma that closes a name set off by commas opening at the comma
// at k (", Medisync,", ", Acme Corp.,"), an age (", 34,") or a home town (", of Dunmore,"), or
// a chain of them (", 34, of Dunmore,"); -1 when none opens there.
func appositiveName(toks []token, k int) int {
	end := -1
	for n := 0; n < 2; n++ { // an age and a home town at most
		m := appositivePart(toks, k)
		if m < 0 {
			break
		}
		end, k = m, m
	}
	return end
}

// appositiveOpens returns the comma that opens a name, age or home town set off by commas
// (appositiveName) that the comma at k closes, or -1.
func appositiveOpens(toks []token, k int) int {
	for o := k - 2; o >= 0 && k-o <= 12; o-- {
		if toks[o].Text == "," {
			if appositiveName(toks, o) == k {
				return o
			}
			if appositivePart(toks, o) < 0 {
				return -1
			}
		}
	}
	return -1
}

// appositivePart returns the comma that closes one name, age or home town set off by commas
// opening at the comma at k, or -1.
func appositivePart(toks []token, k int) int {
	if k < 0 || k+2 >= len(toks) || toks[k].Text != "," {
		return -1
	}
	if toks[k+1].Tag == "CD" {
		if toks[k+2].Text == "," {
			return k + 2 // ", 34,"
		}
		return -1
	}
	from := k + 1
	if toks[from].Lower == "of" {
		from++ // ", of Dunmore,"
	}
	for m := from; m < len(toks) && m-k <= 5; m++ {
		if toks[m].Text == "," {
			if m > from {
				return m
			}
			return -1
		}
		if t := toks[m].Tag; t != "NNP" && t != "NNPS" {
			return -1
		}
	}
	return -1
}

// periodEnd returns the last day of the period a publication date of the given precision
// names (2025-06 → 2025-06-30), or ref itself for a day.
func periodEnd(ref time.Time, prec string) time.Time {
	switch prec {
	case schema.PrecisionMonth:
		return ref.AddDate(0, 1, -1)
	case schema.PrecisionYear:
		return ref.AddDate(1, 0, -1)
	}
	return ref
}

// refValue writes the publication date at its own precision: 2025-06-18, 2025-06 or 2025.
func refValue(ref time.Time, prec string) string {
	switch prec {
	case schema.PrecisionDay:
		return ref.Format("2006-01-02")
	case schema.PrecisionMonth:
		return ref.Format("2006-01")
	case schema.PrecisionYear:
		return ref.Format("2006")
	}
	return ""
}

// coarsenRelative keeps relative expressions from claiming more precision than the
// publication date has. When the article is dated only to a month or a year, ts was resolved
// against the first day of that period and atEnd against its last: an expression whose value
// differs between the two ("Tuesday", "last week" in an article of 2025-06) is anchored to a
// day the text does not give, and takes the publication period itself instead. Expressions
// that agree ("last month", "in 2014") keep their value.
func coarsenRelative(ts, atEnd []timex.Expression, ref time.Time, prec string) {
	if prec != schema.PrecisionMonth && prec != schema.PrecisionYear {
		return
	}
	pub := refValue(ref, prec)
	other := make(map[int]string, len(atEnd))
	for _, t := range atEnd {
		other[t.Start] = t.Value
	}
	for i := range ts {
		t := &ts[i]
		if t.Type != timex.Date && t.Type != timex.Time {
			continue
		}
		v, ok := other[t.Start]
		if !ok || v == t.Value {
			continue
		}
		a, _ := timex.Calendar(t.Value)
		b, _ := timex.Calendar(v)
		if a == "" || b == "" {
			continue
		}
		if len(a) > len(pub) && strings.HasPrefix(a, pub) && strings.HasPrefix(b, pub) {
			continue // both within the period: keep the first reading
		}
		t.Value = pub
	}
}

// apartFrom gives the undated events other than reports that a count of days from di to its
// after|before at ai sets apart from the event it counts from: those of the main clause
// before it ("The bank notified its customers a week after the attack"), or, when the phrase
// opens the sentence (after at most a preposition or adverb: "Just days after the attack")
// and a comma closes it, those after that comma ("Two days after the arrest, the ministry
// summoned the ambassador").
func apartFrom(toks []token, found []rawEvent, di, ai int) []int {
	from, to := -1, di // the events with from < trigger < to
	if di <= 1 && di < len(toks) && (di == 0 || toks[0].Tag == "IN" || toks[0].Tag == "RB") {
		for p := ai + 1; p < len(toks) && p <= ai+frontReach; p++ {
			if isFiniteTag(toks[p].Tag) {
				break // a clause of its own: "Two days after the arrest was made public, …"
			}
			if toks[p].Text == "," {
				from, to = p, len(toks)
				break
			}
		}
	}
	var out []int
	for k := range found {
		if t := found[k].Trigger; t > from && t < to && found[k].TimeIdx < 0 && !isReporting(found[k]) {
			out = append(out, k)
		}
	}
	return out
}

// frontedCount reports whether the phrase after after|before at ai, in a count that opens the
// sentence, closes with a comma within frontReach tokens and holds no clause of its own ("Three
// days after the breach, …").
func frontedCount(toks []token, ai int) bool {
	for p := ai + 1; p < len(toks) && p <= ai+frontReach; p++ {
		if isFiniteTag(toks[p].Tag) {
			return false
		}
		if toks[p].Text == "," {
			return true
		}
	}
	return false
}

// frontReach bounds how far after its after|before a count of days that opens a sentence
// looks for the comma closing the phrase.
const frontReach = 8

// yearOnlyCount reports whether v is the tagger's value for an anaphoric count finer than the
// bare year it counts from ("the next day", "the following week", "that same month" after
// "since 2021" or "in late 2023": 2021-XX-XX, 2021-WXX, 2021-XX, 2021-QX). A bare year is
// most often a background date the story's next day does not follow, and that year taken for
// the event's date conflicts with the day the story told it on: the event keeps the time (no
// earlier sentence's date is carried to it) but is written out undated.
func yearOnlyCount(v string) bool {
	if len(v) < 7 || !allDigits(v[:4], 4, 4) {
		return false
	}
	switch v[4:] {
	case "-XX", "-XX-XX", "-WXX", "-QX":
		return true
	}
	return false
}

// presentTimes dates the undated events of a sentence told in the present perfect or the
// present ("has warned", "have dropped", "says", "are warning") to the publication date: news
// reports what happened just before it was published; a telling in the simple present beside a
// document issued on a day takes that day (documentDay). Negated and hypothetical events, and
// events in a clause that gives another time, are left undated.
func (x *Extractor) presentTimes(c *sentCtx, evs []rawEvent, pub int, iso func(int) string) {
	toks := c.s.Toks
	for k := range evs {
		ev := &evs[k]
		i := ev.Trigger
		if ev.TimeIdx >= 0 || !ev.asserted() || ev.Listed || i < 0 || i >= len(toks) {
			continue
		}
		if words, ok := x.presentTense(c, i); ok {
			ev.TimeIdx = pub
			ev.TimeText = words
			if d := x.documentDay(c, evs, k, iso); d >= 0 {
				ev.TimeIdx, ev.TimeText = d, ""
			}
		} else if v := governingVerb(toks, evs, i); v >= 0 {
			if words, ok := x.presentTense(c, v); ok {
				ev.TimeIdx = pub
				ev.TimeText = words
			}
		}
	}
}

// documentDay returns the day (an index into the event times) of a document the sentence names
// as issued that day ("according to a report published on Tuesday by X, which attributes the
// activity to Y"), for the telling evs[k] in the simple present: what a document holds is told
// in the present, and it was told when the document was issued, not on the day of writing. The
// document is a report or warning of the sentence named by a document noun (cue docnoun) and
// dated to a day; -1 when there is none, or the telling is no report, accusation or warning.
func (x *Extractor) documentDay(c *sentCtx, evs []rawEvent, k int, iso func(int) string) int {
	toks := c.s.Toks
	i := evs[k].Trigger
	if i < 0 || i >= len(toks) || toks[i].Tag != "VBZ" && toks[i].Tag != "VBP" || !tellingType(evs[k].Type) {
		return -1
	}
	for j, d := range evs {
		// "X said Wednesday that the hospital disputes the claims": told on the day of the saying
		if j != k && isReporting(d) && d.Trigger >= 0 && d.Trigger < i && toks[d.Trigger].Tag == "VBD" && len(iso(d.TimeIdx)) == dayValue && finiteBetween(toks, d.Trigger, i+1) {
			return d.TimeIdx
		}
	}
	if t := evs[k].Type; t != schema.EventReport && t != schema.EventAccusation && t != schema.EventWarning {
		return -1
	}
	for j, d := range evs {
		if j == k || d.TimeIdx < 0 || d.Trigger < 0 || d.Trigger >= len(toks) || d.Type != schema.EventReport && d.Type != schema.EventWarning {
			continue
		}
		if x.cue.tokIs("docnoun", &toks[d.Trigger]) && len(iso(d.TimeIdx)) == dayValue {
			return d.TimeIdx
		}
	}
	return -1
}

// governingVerb returns the verb whose object is the event noun at i ("have dropped an
// investigation", "has launched a campaign"), when that verb is no trigger of an event of its
// own (evs) and only a determiner, adjectives or nouns stand between; -1 otherwise. The noun's
// event is then told in the verb's tense.
func governingVerb(toks []token, evs []rawEvent, i int) int {
	if i < 0 || i >= len(toks) || !isNounTag(toks[i].Tag) {
		return -1
	}
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		switch t := toks[j]; {
		case t.Tag == "VBN" || t.Tag == "VBZ" || t.Tag == "VBP":
			if t.Lower == "has" || t.Lower == "have" {
				return -1 // "have a long investigation behind them": having is no deed
			}
			for _, e := range evs {
				if e.Trigger == j {
					return -1
				}
			}
			return j
		case t.Tag == "DT" || t.Tag == "JJ" || isNounTag(t.Tag) && !strings.HasPrefix(t.Tag, "NNP"):
		default:
			return -1
		}
	}
	return -1
}

// presentTense reports whether the verb at i is in the present perfect ("has warned"), the
// present progressive ("are warning") or the simple present ("warns"), and returns its words.
func (x *Extractor) presentTense(c *sentCtx, i int) (string, bool) {
	toks := c.s.Toks
	t := toks[i]
	switch t.Tag {
	case "VBZ", "VBP":
		if x.cue.tokIs("be", &t) || i > 0 && x.cue.tokIs("habitual", &toks[i-1]) {
			return "", false // "its operators typically gain access through VPNs": a rule, no one day
		}
		return t.Text, true
	case "VBN", "VBG":
		for j := i - 1; j >= 0 && i-j <= 3; j-- {
			w := toks[j].Lower
			switch {
			case w == "has" || w == "have":
				if j > 0 && (toks[j-1].Lower == "to" || toks[j-1].Tag == "MD") {
					return "", false // "to have wiped", "could have wiped"
				}
				if t.Tag == "VBN" && j+1 < len(toks) && toks[j+1].Lower != "been" || t.Tag == "VBG" {
					if inThePast(toks, i) {
						return "", false // "has rejected similar accusations in the past"
					}
					return joinTokens(toks[j : i+1]), true
				}
				return "", false
			case w == "is" || w == "are":
				if t.Tag == "VBG" {
					return joinTokens(toks[j : i+1]), true
				}
				return "", false
			case toks[j].Tag == "RB":
				if x.cue.is("pastadverb", w) || x.cue.is("habitual", w) || w == "since" {
					return "", false // "has previously denied", "have long warned", "has since leaked": not the news of the day
				}
				continue
			default:
				return "", false
			}
		}
	}
	return "", false
}

// inThePast reports whether "in the past" or a closing "before" ("has denied such claims
// before") follows the verb at i within its clause (at most 12 tokens, no punctuation between).
func inThePast(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k-i <= 12; k++ {
		w := toks[k].Lower
		if !isWordToken(toks[k].Text) {
			return false
		}
		if w == "in" && k+2 < len(toks) && toks[k+1].Lower == "the" && toks[k+2].Lower == "past" {
			return true
		}
		if w == "before" && (k+1 == len(toks) || !isWordToken(toks[k+1].Text)) {
			return true
		}
	}
	return false
}

// sameDay dates the undated events of a sentence that says "that same day", "the same day" or
// "that day" with the day of an earlier sentence (ti).
func sameDay(c *sentCtx, evs []rawEvent, ti int) {
	toks := c.s.Toks
	phrase := ""
	for i := 1; i < len(toks); i++ {
		if toks[i].Lower != "day" {
			continue
		}
		switch p := toks[i-1].Lower; {
		case p == "same" && i > 1 && (toks[i-2].Lower == "that" || toks[i-2].Lower == "the"):
			phrase = toks[i-2].Text + " same day"
		case p == "that" && !(i+1 < len(toks) && isNounTag(toks[i+1].Tag)):
			phrase = toks[i-1].Text + " day"
		}
	}
	if phrase == "" {
		return
	}
	for k := range evs {
		if evs[k].TimeIdx < 0 && !isReporting(evs[k]) {
			evs[k].TimeIdx, evs[k].TimeText = ti, phrase
		}
	}
}

// sameDayClause returns the index of the verb in the simple past of the clause that follows
// "the same day" (or "that same day") and names the day itself: "notified the FBI the same
// day it discovered the breach", "the same day that police arrested him", "on the same day as
// the bank shut its servers"; a subject of plain words stands between. It returns -1 when the
// phrase closes its clause and points back to the day the text last named.
func sameDayClause(toks []token) int {
	for i := 2; i+1 < len(toks); i++ {
		if toks[i].Lower != "day" || toks[i-1].Lower != "same" || toks[i-2].Lower != "the" && toks[i-2].Lower != "that" {
			continue
		}
		j := i + 1
		if w := toks[j].Lower; w == "that" || w == "when" || w == "as" {
			j++
		}
		for k := j; k < len(toks) && k-j <= sameDaySubjectReach; k++ {
			if toks[k].Tag == "VBD" {
				if k == j {
					return -1 // "the same day said …": no subject, no clause of its own
				}
				return k
			}
			if t := toks[k].Tag; t != "PRP" && t != "DT" && t != "POS" && t != "PRP$" && !strings.HasPrefix(t, "JJ") && !isNounTag(t) {
				return -1
			}
		}
		return -1
	}
	return -1
}

// sameDayAs dates to the day ti the events of a sentence that "the same day" followed by a
// clause (its verb at v; sameDayClause) dates: that clause's own verb, the one ti was told
// with before, and the events of the phrase's clause, before it, that the tagger gave the
// phrase itself (which it read as the last day the text named) or no time. Reports there keep
// their own time: "said it notified the FBI the same day …" tells the notice's day, not the
// saying's.
func sameDayAs(c *sentCtx, evs []rawEvent, ts []timex.Expression, v, ti int) {
	toks := c.s.Toks
	at := v
	for at > 0 && toks[at].Lower != "day" {
		at--
	}
	for k := range evs {
		e := &evs[k]
		if e.Trigger == v && e.asserted() {
			e.TimeIdx, e.TimeText = ti, joinTokens(toks[max(at-2, 0):at+1]) // the verb the phrase dates: its own
			continue
		}
		if isReporting(*e) || e.Trigger < 0 || e.Trigger >= at || c.clause[e.Trigger] != c.clause[at] {
			continue
		}
		if e.TimeIdx >= 0 && e.TimeIdx < len(ts) && (ts[e.TimeIdx].End <= toks[at-2].Start || ts[e.TimeIdx].Start >= toks[at].End) {
			continue // a time of its own, not the phrase's
		}
		if e.TimeIdx >= len(ts) || !e.asserted() {
			continue
		}
		e.TimeIdx, e.TimeText = ti, joinTokens(toks[at-2:at+1])
	}
}

// sameDaySubjectReach bounds how many words the subject of the clause after "the same day"
// may have ("it", "the bank's security team").
const sameDaySubjectReach = 5

// dayOfVerb returns the day (an index into ts) that the sentences sents, the last first, give
// the verb form w in its own clause right after it ("The company said it discovered the
// intrusion Oct. 2": "discovered" → Oct. 2): a time of day precision starting within
// dayOfVerbReach words after the verb, no comma before it; -1 when none does.
func dayOfVerb(sents []sentence, ts []timex.Expression, w string) int {
	for s := len(sents) - 1; s >= 0; s-- {
		toks := sents[s].Toks
		for m := range toks {
			if toks[m].Lower != w {
				continue
			}
			for n := m + 1; n < len(toks) && n-m <= dayOfVerbReach && toks[n].Text != "," && toks[n].Text != "."; n++ {
				if ti := timeStarting(ts, toks[n].Start); ti >= 0 {
					if _, p := timex.Calendar(ts[ti].Value); p == "day" {
						return ti
					}
					break
				}
			}
		}
	}
	return -1
}

// dayOfVerbReach bounds how many words after a verb its day may start ("discovered the
// intrusion on Oct. 2").
const dayOfVerbReach = 6

// hoursPrior reads a count of hours or days before the narrative's last day ("less than 24
// hours prior", "36 hours earlier", "two days prior,"): a duration that the time tagger leaves
// as such, followed by prior/earlier/before at the end of its phrase. It returns that day
// (anchor, YYYY-MM-DD) moved back by the count (hours rounded up to whole days) and the words.
func hoursPrior(c *sentCtx, ts []timex.Expression, anchor string) (string, string, bool) {
	day, err := time.Parse("2006-01-02", anchor)
	if err != nil {
		return "", "", false
	}
	toks := c.s.Toks
	for _, t := range ts {
		if t.Type != timex.Duration || t.Start < c.s.Start || t.End > c.s.End {
			continue
		}
		v := t.Value
		if len(v) < 3 || v[0] != 'P' {
			continue
		}
		var n, days int
		switch {
		case strings.HasPrefix(v, "PT") && strings.HasSuffix(v, "H"):
			if n, err = strconv.Atoi(v[2 : len(v)-1]); err != nil || n <= 0 || n > 96 {
				continue
			}
			days = (n + 23) / 24
		case strings.HasSuffix(v, "D") && !strings.HasPrefix(v, "PT"):
			if n, err = strconv.Atoi(v[1 : len(v)-1]); err != nil || n <= 0 || n > 14 {
				continue
			}
			days = n
		default:
			continue
		}
		if lw := strings.ToLower(t.Text); strings.HasSuffix(lw, " earlier") || strings.HasSuffix(lw, " prior") {
			return day.AddDate(0, 0, -days).Format("2006-01-02"), t.Text, true // "36 hours earlier"
		}
		for i, tok := range toks {
			if tok.Start < t.End {
				continue
			}
			w := tok.Lower
			if w != "prior" && w != "earlier" && w != "before" {
				break
			}
			if i+1 < len(toks) && isWordToken(toks[i+1].Text) {
				break // "24 hours before the attack": a signal with an object
			}
			return day.AddDate(0, 0, -days).Format("2006-01-02"), t.Text + " " + tok.Text, true
		}
	}
	return "", "", false
}

// recallWindow is how many sentences back a definite mention looks for the event it names.
const recallWindow = 10

// tellingsTime reports whether the time of the deed evs[j] is that of a telling before it in
// its sentence ("Harrow Bank said on Monday it had been hit by ransomware"): the deed took the
// day the telling was made, not one of its own.
func tellingsTime(evs []rawEvent, j int) bool {
	d := evs[j]
	if d.TimeIdx < 0 || !isDeed(d.Type) {
		return false
	}
	for _, e := range evs {
		if e.Sent == d.Sent && e.Trigger < d.Trigger && e.TimeIdx == d.TimeIdx && tellingType(e.Type) {
			return true
		}
	}
	return false
}

// definiteTimes dates an earlier event from a later definite mention of it that carries its
// own time: "the 2024 attack", "last year's breach", "the attack in December". A bare
// incident noun (no agent, no target) refers back to the nearest preceding event of its type
// that has parties, within recallWindow sentences; that event takes the time when it has
// none or only a coarser one the new time falls within (2023 → 2023-12). A conflicting time
// ends the search: it is another incident.
func definiteTimes(sents []sentence, evs []rawEvent, times []timex.Expression, iso func(int) string) {
	for k := range evs {
		a := evs[k]
		if a.TimeIdx < 0 || len(a.Agent)+len(a.Target) > 0 || !a.asserted() ||
			a.Sent < 0 || a.Sent >= len(sents) || !definiteOwnTime(sents[a.Sent].Toks, a.Trigger, times[a.TimeIdx], evs, k) {
			continue
		}
		v := iso(a.TimeIdx)
		if v == "" {
			continue
		}
		kin, found := -1, false
		for j := k - 1; j >= 0 && evs[j].Sent >= a.Sent-recallWindow; j-- {
			p := &evs[j]
			if p.Sent > a.Sent || p.Sent == a.Sent && p.Trigger >= a.Trigger {
				continue
			}
			if len(p.Agent)+len(p.Target) == 0 || p.Negated {
				continue
			}
			if p.Type != a.Type {
				if kin < 0 && familyOf(p.Type) != 0 && p.asserted() {
					kin = j
				}
				continue
			}
			found = true
			if pv := iso(p.TimeIdx); !takeFinerTime(p, a, iso) && pv != v && tellingsTime(evs, j) {
				// the deed took the day its telling was made: every wording of it in that
				// sentence that did takes the definite mention's own time
				borrowed := p.TimeIdx
				for q := j; q >= 0 && evs[q].Sent == p.Sent; q-- {
					if o := &evs[q]; o.Type == a.Type && o.TimeIdx == borrowed && isDeed(o.Type) {
						o.TimeIdx, o.TimeText = a.TimeIdx, a.TimeText
					}
				}
			}
			break
		}
		if !found && kin >= 0 && sents[a.Sent].Toks[a.Trigger].Tag == "NN" &&
			(familyOf(evs[kin].Type) == familyOf(a.Type) || !toldBeginning(sents[a.Sent].Toks, a.Trigger)) {
			// a definite incident noun that names no deed of its own kind dates the nearest deed
			// of another kind told before ("Hackers stole the data of 30,000 students. The breach
			// occurred on November 6."; "hackers stole customer data in an attack last week. The
			// attack took place on November 11."): news names one deed by several nouns. Only a
			// singular noun names one deed ("the scammers" names doers, "the attacks" a series),
			// and a beginning told of a noun of another family (toldBeginning) is left to its own
			// kind.
			takeFinerTime(&evs[kin], a, iso)
		}
	}
}

// takeFinerTime gives p the time of a, the definite mention of an incident told before it
// (definiteTimes), when p has no time or only a coarser one a's falls within, and reports
// whether it did.
func takeFinerTime(p *rawEvent, a rawEvent, iso func(int) string) bool {
	v, pv := iso(a.TimeIdx), iso(p.TimeIdx)
	if pv == "" || len(pv) < len(v) && strings.HasPrefix(v, pv) {
		p.TimeIdx, p.TimeText = a.TimeIdx, a.TimeText
		return true
	}
	return false
}

// retoldDeedTimes dates a deed told again in a saying by the time the text gave it before:
// a deed that names its victims and a telling before it reports (toldIn), with no time of its
// own (none, or the telling's day, tellingsTime), in a later sentence than the nearest deed of
// its type on a victim it names, by the same doer or none, takes that deed's time when it is
// no later than the telling ("Ferris County was hit by ransomware on March 11. … The county
// confirmed on Monday that it had been hit by ransomware."): the saying tells when the deed
// became news, not when it was done, and the two are merged as one deed.
func retoldDeedTimes(evs []rawEvent, iso func(int) string) {
	for k := range evs {
		d := &evs[k]
		if !isDeed(d.Type) || !d.asserted() || d.Further || d.Series || len(d.Target) == 0 ||
			!(d.TimeIdx < 0 && toldIn(evs, k) || tellingsTime(evs, k)) {
			continue
		}
		for j := k - 1; j >= 0 && evs[j].Sent >= d.Sent-recallWindow; j-- {
			p := evs[j]
			if p.Sent >= d.Sent || p.Type != d.Type || !overlaps(p.Target, d.Target) {
				continue
			}
			v := iso(p.TimeIdx)
			if p.asserted() && v != "" && (len(d.Agent) == 0 || overlaps(p.Agent, d.Agent)) && (d.TimeIdx < 0 || v <= iso(d.TimeIdx)) {
				d.TimeIdx, d.TimeText = p.TimeIdx, p.TimeText
			}
			break
		}
	}
}

// toldIn reports whether a telling stands before the deed evs[k] in its sentence ("X said
// on Monday that it had been hit by ransomware"): the deed is what the telling reports.
func toldIn(evs []rawEvent, k int) bool {
	d := evs[k]
	for _, e := range evs {
		if e.Sent == d.Sent && e.Trigger < d.Trigger && tellingType(e.Type) {
			return true
		}
	}
	return false
}

// toldBeginning reports whether the incident noun at i is told as beginning, by a verb of
// beginning within the next few words ("The intrusion began on the evening of March 1", "the
// attack, which started on Saturday"): the day an incident set off, which a deed of another
// family within it (a theft after a break-in) need not share.
func toldBeginning(toks []token, i int) bool {
	v := subjectVerb(toks, i)
	for j := v; j < len(toks) && j <= v+3; j++ {
		switch toks[j].Lower {
		case "began", "begun", "begins", "started", "starts", "commenced":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// definiteOwnTime reports whether the incident noun at i is a definite mention whose time t
// is its own: inside the noun phrase ("the 2024 attack", "last year's attack"), or in a
// phrase right after it ("the attack in May") that no other event of the sentence takes as
// its time ("discovered the attack on March 21" dates the discovery).
func definiteOwnTime(toks []token, i int, t timex.Expression, evs []rawEvent, self int) bool {
	if i < 0 || i >= len(toks) || !isNounTag(toks[i].Tag) || familyOf(evs[self].Type) == 0 {
		return false
	}
	det := -1
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		w := toks[j].Lower
		if w == "the" || w == "this" || w == "that" {
			det = j
			break
		}
		if w == "'s" && j > 0 && toks[j-1].Start >= t.Start && toks[j-1].End <= t.End {
			det = j // "last year's attack": a time as the determiner
			break
		}
		tag := toks[j].Tag
		if !strings.HasPrefix(tag, "JJ") && !isNounTag(tag) && tag != "CD" && tag != "VBN" {
			return false
		}
	}
	switch {
	case det < 0:
		return false
	case t.Start >= toks[det].Start && t.End <= toks[i].Start, toks[det].Lower == "'s":
		return true // "the 2024 attack", "last year's attack"
	case i+2 < len(toks) && (toks[i+1].Lower == "in" || toks[i+1].Lower == "on") && t.Start == toks[i+2].Start &&
		!(det > 0 && isVerbTag(toks[det-1].Tag)):
		// "identified the breach on October 1": the time of a verb's object is the verb's
		for k := self - 1; k >= 0 && evs[k].Sent == evs[self].Sent; k-- {
			if evs[k].TimeIdx == evs[self].TimeIdx {
				return false
			}
		}
		for k := self + 1; k < len(evs) && evs[k].Sent == evs[self].Sent; k++ {
			if evs[k].TimeIdx == evs[self].TimeIdx {
				return false
			}
		}
		return true // "the attack in May"
	case subjectDeed(toks, det, i) && t.Start > toks[subjectVerb(toks, i)].Start:
		// "The attack cut power to 200,000 homes in December": what the incident did as the
		// subject of a verb in the past happened at its time
		for k := range evs {
			if k != self && evs[k].Sent == evs[self].Sent && evs[k].TimeIdx == evs[self].TimeIdx {
				return false
			}
		}
		return true
	}
	return false
}

// subjectDeed reports whether the definite noun at i (its determiner at det) opens its sentence
// as the subject of a verb in the simple past, right after it or after a relative clause set
// off by commas (subjectVerb), that tells what it did, not what was learnt or said of it: "The
// attack cut power …", "The theft, which X disclosed on Monday, began in April", not "The
// attack was discovered …" or "The breach came to light …".
func subjectDeed(toks []token, det, i int) bool {
	if det != 0 {
		return false
	}
	i = subjectVerb(toks, i) - 1
	if i+2 >= len(toks) {
		return false
	}
	if toks[i+1].Tag != "VBD" {
		// "The attack cut power": a past the same as the base, which the tagger may take for
		// a compound noun; the word after it opens its object
		switch toks[i+1].Lower {
		case "cut", "hit", "cost", "shut", "hurt", "put", "set", "spread":
		default:
			return false
		}
		if t := toks[i+2].Tag; t != "DT" && t != "CD" && t != "PRP$" && !isNounTag(t) && !(t == "TO" || t == "IN") {
			return false
		}
	}
	switch toks[i+1].Lower {
	case "was", "were", "had", "did", "came", "became", "seemed", "appeared", "remained":
		return false
	}
	return true
}

// subjectRelativeReach bounds how far after the subject noun subjectVerb looks for the comma
// that closes a relative clause set off after it.
const subjectRelativeReach = 16

// subjectVerb returns the token after the subject noun at i where its verb is looked for: the
// next one, or the one after a relative clause set off by commas ("The theft, which the
// company disclosed on Monday, began in April": the relative clause tells of another event).
func subjectVerb(toks []token, i int) int {
	if i+2 >= len(toks) || toks[i+1].Text != "," || toks[i+2].Lower != "which" && toks[i+2].Lower != "that" {
		return i + 1
	}
	for k := i + 3; k+1 < len(toks) && k <= i+subjectRelativeReach; k++ {
		switch toks[k].Text {
		case ",":
			return k + 1
		case ";", ":", ".", "\"", "(":
			return i + 1
		}
	}
	return i + 1
}

// definiteNoun reports whether the noun at i opens with a definite determiner: "the attack",
// "the 2024 attack", "this latest breach".
func definiteNoun(toks []token, i int) bool {
	if i < 0 || i >= len(toks) || !isNounTag(toks[i].Tag) {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		switch toks[j].Lower {
		case "the", "this", "that":
			return true
		}
		t := toks[j].Tag
		if !strings.HasPrefix(t, "JJ") && !isNounTag(t) && t != "CD" && t != "VBN" {
			return false
		}
	}
	return false
}

// weeksAgo gives "two weeks ago", "a week ago" the day it counts back to from a day-precise
// publication date (2025-03-14, two weeks ago: 2025-02-28), as a count of weeks from the day
// of writing names that day, where the tagger's TIMEX3 value is only the calendar week. It
// returns that day, or "" for any other expression.
func weeksAgo(t timex.Expression, ref time.Time, prec string) string {
	if prec != schema.PrecisionDay || t.Type != timex.Date || !strings.HasSuffix(strings.ToLower(t.Text), " ago") ||
		len(t.Value) != 8 || t.Value[4:6] != "-W" {
		return ""
	}
	for n := 1; n <= 8; n++ {
		d := ref.AddDate(0, 0, -7*n)
		y, w := d.ISOWeek()
		if isoWeekValue(y, w) == t.Value {
			return d.Format("2006-01-02")
		}
	}
	return ""
}

// unitCount reads a duration of a whole count of one calendar unit ("P2D", "P3W", "P1M"): the
// count and the unit's letter, or 0 and 0.
func unitCount(v string) (int, byte) {
	if len(v) < 3 || v[0] != 'P' || strings.HasPrefix(v, "PT") {
		return 0, 0
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	if err != nil || n <= 0 {
		return 0, 0
	}
	return n, v[len(v)-1]
}

// monthCount reads a count of months ("P1M", "P3M") of at most six; 0 otherwise.
func monthCount(v string) int {
	if n, u := unitCount(v); u == 'M' && n <= 6 {
		return n
	}
	return 0
}

// shiftMonth returns the month by months after day (before, when negative), or "".
func shiftMonth(day string, by int) string {
	d, err := time.Parse("2006-01-02", day)
	if err != nil {
		return ""
	}
	return time.Date(d.Year(), d.Month()+time.Month(by), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
}

// dayCount reads a count of days or weeks ("P1D", "P2W") of at most 60 days; 0 otherwise.
func dayCount(v string) int {
	n, u := unitCount(v)
	switch u {
	case 'D':
	case 'W':
		n *= 7
	default:
		return 0
	}
	if n > 60 {
		return 0
	}
	return n
}

// dayShift is an event dated from another by a count of days: "The denial came a day after
// the minister blamed Karsovia" (the blaming is a day before the denial), "A court approved
// his extradition two days after the arrest" (the approval is two days after the arrest).
type dayShift struct {
	ev    int // index into the sentence's events
	day   string
	words string
}

// daysApart reads "<count> after|before <clause or event noun>" in a sentence (a count of days
// or weeks gives a day, one of months a month: "A month after the breach, X notified Y"). The side
// that has a day (an event of the main clause dated to a day, or a definite event noun
// there — "The denial" — that names an earlier event dated to a day) dates the undated
// event of the other side, moved by the count: the event a noun names in the noun phrase
// after after|before ("a day after the publication of a report"), else the first verb event
// of the clause after after|before, or the main clause's events when after|before takes a
// definite event noun ("after the arrest"; the malware that carried out an attack, cue
// attacktool, stands for the attack: "six weeks before the wiper was triggered", "The
// disruption came a day before police detained X"). earlier gives the day of the latest event
// of a type anywhere in the text before (latestDay), for definite nouns: "the attack" is the
// story's attack however far back its day was told; iso the calendar value of an event's time.
func (x *Extractor) daysApart(c *sentCtx, found []rawEvent, ts []timex.Expression, iso func(int) string, earlier func(schema.EventType) string) []dayShift {
	toks := c.s.Toks
	var out []dayShift
	for _, t := range ts {
		if t.Type != timex.Duration || t.Start < c.s.Start || t.End > c.s.End {
			continue
		}
		n, months := dayCount(t.Value), monthCount(t.Value)
		if n == 0 && months == 0 {
			continue
		}
		// shift moves day d by the count, dir times: a count of months gives a month ("a
		// month after the breach"), no day
		shift := func(d string, dir int) string {
			if months > 0 {
				return shiftMonth(d, dir*months)
			}
			return shiftDay(d, dir*n)
		}
		di, ai := -1, -1
		for i, tok := range toks {
			if di < 0 && tok.End > t.Start {
				di = i
			}
			if tok.Start >= t.End {
				ai = i
				break
			}
		}
		if di < 0 || ai < 0 || ai+1 >= len(toks) {
			continue
		}
		dir := 0
		switch toks[ai].Lower {
		case "after":
			dir = 1
		case "before":
			dir = -1
		default:
			continue // "two days later" is the tagger's, counted from the narrative's day
		}
		words := t.Text + " " + toks[ai].Text
		nounDay := func(from, to int) string {
			for j := from; j < to && j < len(toks); j++ {
				if !definiteNoun(toks, j) {
					continue
				}
				if tr, ok := x.tokTrigger(&toks[j], false); ok {
					if d := earlier(tr.Type); d != "" {
						return d
					}
					if k := disclosureKin(tr.Type); k != "" {
						if d := earlier(k); d != "" {
							return d // "said in a statement on Tuesday … The disclosure came two days after": the statement's day
						}
					}
				} else if x.cue.tokIs("attacktool", &toks[j]) {
					if d := earlier(schema.EventAttack); d != "" {
						return d // "six weeks before the wiper was triggered": the attack's day
					}
				}
			}
			return ""
		}
		// after|before a definite event noun: the main clause's events follow from it
		if d := nounDay(ai+1, ai+4); d != "" {
			ks := apartFrom(toks, found, di, ai)
			for _, k := range ks {
				out = append(out, dayShift{k, shift(d, dir), words})
			}
			if len(ks) == 0 && di == 0 && frontedCount(toks, ai) {
				// "Three days after the breach, the union hired an auditor.": no event to date, but
				// the day the narrative has reached, which a "following day" after it counts on from
				out = append(out, dayShift{-1, shift(d, dir), words})
			}
			continue
		}
		// after|before a clause: its first verb event follows from the main clause's day
		main := ""
		for k := range found {
			if found[k].Trigger < di && len(iso(found[k].TimeIdx)) == dayValue && !framesCount(toks, found[k], di) {
				main = iso(found[k].TimeIdx)
			}
		}
		if main == "" {
			main = nounDay(0, di)
		}
		if main == "" {
			continue
		}
		if k := nounPhraseEvent(toks, found, ai+1); k >= 0 {
			out = append(out, dayShift{k, shift(main, -dir), words})
			continue
		}
		for k := range found {
			if found[k].Trigger > ai && (isVerbTag(toks[found[k].Trigger].Tag) || x.lightObject(toks, ai, found[k].Trigger)) {
				if found[k].TimeIdx < 0 {
					out = append(out, dayShift{k, shift(main, -dir), words})
				}
				break
			}
		}
	}
	return out
}

// disclosureKin returns the other type a noun of making known may name, a statement for a
// report's noun ("the disclosure") and a report for a statement's ("the announcement"): a
// company's disclosure is told as a statement it made, and an announcement as a report; ""
// for other types.
func disclosureKin(t schema.EventType) schema.EventType {
	switch t {
	case schema.EventReport:
		return schema.EventStatement
	case schema.EventStatement:
		return schema.EventReport
	}
	return ""
}

// lightObject reports whether the noun at j heads the object of the first verb after the word
// at from, a light verb (cue lightverb) whose object names the event: "two weeks after the FBI
// sent a private advisory to …", "days before officials issued a blunt warning": the event is
// the noun's, told by the clause's verb. Only determiners, adjectives, adverbs and nouns stand
// between the verb and the noun.
func (x *Extractor) lightObject(toks []token, from, j int) bool {
	if j >= len(toks) || !isNounTag(toks[j].Tag) {
		return false
	}
	v := from + 1
	for v < j && !isVerbTag(toks[v].Tag) {
		v++
	}
	if v >= j || !isFiniteTag(toks[v].Tag) || !x.cue.tokIs("lightverb", &toks[v]) {
		return false
	}
	for k := v + 1; k < j; k++ {
		if t := toks[k].Tag; !(t == "DT" || t == "PRP$" || t == "RB" || strings.HasPrefix(t, "JJ") || isNounTag(t)) {
			return false
		}
	}
	return true
}

// framesCount reports whether the telling r reports the clause a count at di stands in: a finite
// verb comes between its trigger and the count ("The regulator said on Thursday that the firm had
// waited six weeks before telling it"), so the day of the saying is not the day the count runs
// from.
func framesCount(toks []token, r rawEvent, di int) bool {
	if !tellingType(r.Type) {
		return false
	}
	for k := r.Trigger + 1; k < di && k < len(toks); k++ {
		if isFiniteTag(toks[k].Tag) {
			return true
		}
	}
	return false
}

// phraseReach bounds the noun phrase nounPhraseEvent reads.
const phraseReach = 8

// nounPhraseEvent gives the undated event named by a noun of the noun phrase a determiner
// opens at i ("a day after the publication of a critical report": the report), read through
// adjectives, participles before the noun, adverbs, counts, possessives and "of" up to the
// first other word; -1 if there is none, or if a finite verb ends the phrase (a clause, which
// the caller reads otherwise).
func nounPhraseEvent(toks []token, found []rawEvent, i int) int {
	if i >= len(toks) || toks[i].Tag != "DT" && toks[i].Tag != "PRP$" {
		return -1
	}
	ev := -1
	for j := i + 1; j < len(toks) && j <= i+phraseReach; j++ {
		t := toks[j].Tag
		if isFiniteTag(t) {
			return -1 // the subject of a clause: "a day after the breach emptied a wallet"
		}
		if (t == "VBN" || t == "VBG") && ev < 0 {
			continue // a participle before the noun: "a sharply worded report"
		}
		if !isNounTag(t) && !strings.HasPrefix(t, "JJ") && t != "RB" && t != "CD" && t != "DT" && t != "POS" && t != "PRP$" && toks[j].Lower != "of" {
			break
		}
		if ev >= 0 || !isNounTag(t) {
			continue
		}
		for k := range found {
			if found[k].Trigger == j && found[k].TimeIdx < 0 {
				ev = k
				break
			}
		}
	}
	return ev
}

// sinceTime reports whether the time expression at the token j opens a span with "since"
// ("had, since 2021, helped …"): the start of a state that lasts, not a point the narrative
// stands at, so never the time "at the time" or "weeks later" points back to.
func sinceTime(toks []token, j int) bool {
	return j >= 0 && j < len(toks) && (toks[j].Lower == "since" || j > 0 && toks[j-1].Lower == "since")
}

// thatTime dates the undated events of the clause that says "at that time" or "at the time"
// (ending its phrase), "the same week" (sameSpanAt) or, opening it, "At the same time,"
// (sameTimeOpener), with the narrative's last calendar time
// before it (ti): the phrase points back to the period the text was last speaking of ("CyVel
// flagged the flaw in July. It had warned Medline at that time"), and so a report whose verb it
// follows ("she said at the time") or its verb's object ("rejected the link at the time";
// objectOnly), or whose sentence it opens ("At the time, the ministry denied it had …").
func thatTime(c *sentCtx, evs []rawEvent, ts []timex.Expression, ti int) {
	toks := c.s.Toks
	cl, at, phrase, said := -1, -1, "", false
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Lower == "at" && (toks[i+1].Lower == "that" || toks[i+1].Lower == "the") && toks[i+2].Lower == "time" {
			said = saidAtTheTime(toks, i)
			if i+3 >= len(toks) || !isWordToken(toks[i+3].Text) || toks[i+3].Lower == "and" || toks[i+3].Lower == "but" || said {
				cl, at, phrase = c.clause[i], i, joinTokens(toks[i:i+3])
				break
			}
		}
	}
	// "the same week": the tagger's own reading of the phrase yields to ti when it is a week of
	// no date; a week it read from a day ("On March 12 … That same week": 2025-W11) stands, as
	// the day of ti would date a deed finer than the text does
	span := false
	if i := sameSpanAt(toks); phrase == "" && i >= 0 {
		cl, at, phrase, span = c.clause[i], i, joinTokens(toks[i:i+3]), true
	}
	if phrase == "" && sameTimeOpener(toks) {
		cl, at, phrase = c.clause[0], 0, joinTokens(toks[:4])
	}
	if phrase == "" {
		return
	}
	for k := range evs {
		ev := &evs[k]
		if span && ev.TimeIdx >= 0 && ev.TimeIdx < len(ts) && ts[ev.TimeIdx].Start >= toks[at].Start && ts[ev.TimeIdx].End <= toks[at+2].End {
			if v := ts[ev.TimeIdx].Value; strings.Contains(v, "-W") && !strings.Contains(v, "X") {
				continue
			}
			ev.TimeIdx = -1
		}
		if said {
			// "X said at the time that …": only the saying, whose own time the phrase is
			if ev.TimeIdx < 0 && isReporting(*ev) && (ev.Trigger+1 == at || mannerOnly(toks, ev.Trigger, at)) {
				ev.TimeIdx, ev.TimeText, ev.SaidThen = ti, phrase, true
			}
			continue
		}
		// a report is dated only by the phrase right after its verb ("she said at the time") or
		// its verb's object ("the embassy rejected the claim at the time"), or opening its
		// sentence, which sets the time of all its main clause tells
		if ev.TimeIdx < 0 && (!isReporting(*ev) || ev.Trigger+1 == at || objectOnly(toks, ev.Trigger, at) || mannerOnly(toks, ev.Trigger, at) || at == 0) && ev.Trigger >= 0 && ev.Trigger < len(c.clause) && c.clause[ev.Trigger] == cl {
			ev.TimeIdx, ev.TimeText = ti, phrase
		}
	}
}

// sameTimeOpener reports whether the sentence opens with "At the same time," (or "At that same
// time,"): set off by its comma before the main clause, the phrase places what the clause tells
// at the time the narrative just gave ("Police arrested two men on Monday. At the same time,
// officers searched the offices of their firm."). Inside a clause the phrase mostly means "also"
// or "yet" ("while at the same time denying it"), which points to no time.
func sameTimeOpener(toks []token) bool {
	return len(toks) > 5 && toks[0].Lower == "at" && (toks[1].Lower == "the" || toks[1].Lower == "that") &&
		toks[2].Lower == "same" && toks[3].Lower == "time" && toks[4].Text == ","
}

// thenReaches reports whether "at the time" or "the same week" in sentence k may point back to
// a time told in sentence from: at most two sentences back, or anywhere in the paragraph
// before k's or in k's own. A paragraph narrates one period, so a phrase opening the next
// ("Over the next hours he …. Staff ran it by hand for days.¶ No one was hurt, the agency
// said at the time.") still speaks of the time its narration was set at.
func thenReaches(sents []sentence, from, k int) bool {
	if k-from <= 2 {
		return true
	}
	return from >= 0 && k < len(sents) && sents[from].Para+1 >= sents[k].Para
}

// spanOpener returns the time (an index into ts, from inSent) that "the same week", "that
// same month" or "at the time" points back to inside its own sentence: the last calendar time
// before the phrase ("In May, X charged two men, and Y sanctioned their firm the same week";
// "The deadline passed on April 8, and the gang posted the files, the paper reported at the
// time"); -1 when none stands before it, and the phrase points back to an earlier sentence's
// time (thatTime).
func spanOpener(c *sentCtx, inSent []int) int {
	at := sameSpanAt(c.s.Toks)
	if at < 0 {
		at = atTheTimeIndex(c.s.Toks)
	}
	if at < 0 {
		return -1
	}
	ti := -1
	for n := range inSent {
		if n < len(c.timeAt) && c.timeAt[n] >= 0 && c.timeAt[n] < at {
			ti = inSent[n]
		}
	}
	return ti
}

// sameSpanAt returns the index of the first word of "the same week", "that same month" and
// the like, ending its phrase, or -1. Such a phrase, like "at the time", points back to the
// period the text was last speaking of ("The firm found the backdoor in June and reported it to
// the regulator the same week"); "the same day" is read by sameDay, and "the same week as the
// vote" names its own point.
func sameSpanAt(toks []token) int {
	for i := 0; i+2 < len(toks); i++ {
		if (toks[i].Lower != "the" && toks[i].Lower != "that") || toks[i+1].Lower != "same" {
			continue
		}
		if w := toks[i+2].Lower; w != "week" && w != "month" {
			continue
		}
		if i+3 < len(toks) && (isNounTag(toks[i+3].Tag) || toks[i+3].Lower == "as" || toks[i+3].Lower == "that" || toks[i+3].Tag == "POS") {
			continue // "the same month as the vote", "the same week that …"
		}
		return i
	}
	return -1
}

// thenObjectReach bounds the noun phrase objectOnly reads.
const thenObjectReach = 6

// objectOnly reports whether the tokens between a verb at v and a phrase at at are a short noun
// phrase, its object ("rejected the link", "denied the group's claims"): determiners,
// possessives, adjectives, counts and nouns, a noun among them. A phrase closing its clause
// right after such an object dates the verb, as no clause the verb reports comes between.
func objectOnly(toks []token, v, at int) bool {
	if v < 0 || at <= v+1 || at-v-1 > thenObjectReach || at > len(toks) {
		return false
	}
	noun := false
	for _, t := range toks[v+1 : at] {
		switch {
		case isNounTag(t.Tag):
			noun = true
		case t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "POS" || t.Tag == "CD" || strings.HasPrefix(t.Tag, "JJ"):
		default:
			return false
		}
	}
	return noun
}

// saidAtTheTime reports whether "at the time" (or "at that time") opening at token i stands
// right after a verb in the simple past and before the 'that' of the clause it reports ("The
// insurer said at the time that it had …"): the phrase is the saying's time, and 'that' its
// complementizer, not a relative of "time".
func saidAtTheTime(toks []token, i int) bool {
	if i <= 0 || i+3 >= len(toks) || toks[i+3].Lower != "that" {
		return false
	}
	if toks[i-1].Tag == "VBD" {
		return true
	}
	// "The insurer said in a statement at the time that …": the way of saying stands between
	for v := i - 2; v >= 0 && i-v-1 <= mannerReach; v-- {
		if toks[v].Tag == "VBD" {
			return mannerOnly(toks, v, i)
		}
	}
	return false
}

// mannerReach bounds the words mannerOnly reads.
const mannerReach = 9

// mannerOnly reports whether the tokens between a verb of telling at v and a phrase at at are an
// optional short object (objectOnly) and then a phrase with "in" naming the way it was told:
// "said in a statement", "told reporters in an interview", "denied the claim in a post on its
// website". Such a phrase is the telling's own, so "at the time" closing it still dates the verb
// ("The firm said in a statement at the time that …").
func mannerOnly(toks []token, v, at int) bool {
	if v < 0 || at <= v+2 || at-v-1 > mannerReach || at > len(toks) {
		return false
	}
	in := -1
	for k := v + 1; k < at; k++ {
		if toks[k].Lower == "in" {
			in = k
			break
		}
	}
	if in < 0 || in > v+1 && !objectOnly(toks, v, in) {
		return false
	}
	noun := false
	for _, t := range toks[in+1 : at] {
		switch {
		case isNounTag(t.Tag):
			noun = true
		case t.Lower == "on" || t.Lower == "to":
		case t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "POS" || strings.HasPrefix(t.Tag, "JJ"):
		default:
			return false
		}
	}
	return noun
}

// retoldAnchor returns the period a sequel span ("Days later, …"; sequelTime) counts from when
// the narrative's last calendar time, last, dates a court sitting told in the sentence toks
// (sent) that retells older deeds ("Opening the case on Tuesday, the prosecutor told the court
// that X had tricked …", "the court heard on Monday"; courtRetelling): the span follows the
// deeds retold, not the sitting. It is the year of the latest deed told before that sentence
// and dated before last (a count of days from a month may cross into the next), or "" when
// the sentence is no such sitting or no such deed was told.
func (x *Extractor) retoldAnchor(toks []token, evs []rawEvent, sent int, last string, iso func(int) string) string {
	if !x.courtRetelling(toks) {
		return ""
	}
	for j := len(evs) - 1; j >= 0; j-- { // evs is in sentence order: stop past the window
		if evs[j].Sent < sent-recallWindow {
			break
		}
		if evs[j].Sent >= sent || !isDeed(evs[j].Type) {
			continue
		}
		if d := iso(evs[j].TimeIdx); len(d) >= yearValue && d < last[:min(len(d), len(last))] {
			return d[:yearValue]
		}
	}
	return ""
}

// courtRetelling reports whether toks tells of a court hearing an account: a court word (cue
// courtword) right after a form of "tell" ("told the court", "telling the jury's judge") or
// before "heard" ("the court heard", "Leeds Crown Court heard").
func (x *Extractor) courtRetelling(toks []token) bool {
	for k := range toks {
		if !x.cue.tokIs("courtword", &toks[k]) {
			continue
		}
		for b := k - 1; b >= 0 && k-b <= 3; b-- {
			switch toks[b].Lower {
			case "told", "tells", "telling", "tell":
				return true
			}
		}
		if k+1 < len(toks) && toks[k+1].Lower == "heard" {
			return true
		}
	}
	return false
}

// spanPeriod is the length, in the calendar value, of the period a vague span of the plural
// unit w stays within: hours, minutes or moments the day, days the month, weeks or months the
// year; 0 for any other word.
func spanPeriod(w string) int {
	switch w {
	case "hours", "minutes", "moments":
		return dayValue
	case "days":
		return monthValue
	case "weeks", "months":
		return yearValue
	}
	return 0
}

// sequelTime reads a sentence that opens by setting itself a vague span after the time the
// narrative last gave (last, a calendar value): "Hours later, …", "Shortly afterwards …",
// "Weeks later, …", "Within days, …", "In the weeks that followed, …" (followedSpan), also counted ("Two hours later, …", "Within 48 hours,
// …", "Three days later, …"; countedSpan) or softened ("Just days later, …"). What it tells
// happened in that time's period, to the
// precision the span allows: the same day after hours or minutes, the same month shortly or
// days after, the same year weeks or months after. A bare span of days or weeks that closes a
// clause after a simple past ("notified X within days, and …", withinSpan) gives the same, and
// so do a span of hours and "soon afterward" closing the sentence ("… claimed the attack hours
// later.", tailSequel; "… opened an inquiry soon afterward.", tailSoon). It
// returns that period and the words, or "" when the sentence has no such span. A count of days
// closing the sentence ("… were encrypted four days later.", which the time tagger left a
// duration: its own anchor was coarser) counts from plain, the last time told outside a
// quotation: a day moved by the count, or the month of a month a week at most after it;
// nothing from a year.
func sequelTime(toks []token, last, plain string) (string, string) {
	if len(toks) < 4 || len(last) < 4 {
		return "", ""
	}
	prec, n := 0, 2 // the period's length in the calendar value; the words read
	w0, w1 := toks[0].Lower, toks[1].Lower
	span := spanPeriod
	if i, days := tailSequel(toks, span); i > 0 {
		// "… claimed the attack hours later.": a span of hours closes the sentence as it may
		// open it
		for k := 0; k < 2 && i > 1 && (toks[i-1].Tag == "CD" || toks[i-1].Tag == "JJ" || toks[i-1].Tag == "DT"); k++ {
			i-- // "two hours later", "a few hours later"
		}
		words := joinTokens(toks[i : len(toks)-1])
		switch {
		case days == 0:
			return last[:min(dayValue, len(last))], words
		case len(plain) == dayValue && days > 0:
			if d := shiftDay(plain, days); d != "" {
				return d, words
			}
		case len(plain) == monthValue && days <= 7:
			return plain, words // "four days later" after "in March 2025": March, likely
		}
	}
	if i := tailSoon(toks); i > 0 {
		return last[:min(monthValue, len(last))], joinTokens(toks[i : i+2]) // "… and the FBI opened an inquiry soon afterward."
	}
	if i := withinSpan(toks, span); i > 0 {
		prec := min(span(toks[i+1].Lower), len(last))
		return last[:prec], joinTokens(toks[i : i+2])
	}
	if soft := w0; soft == "just" || soft == "only" || soft == "barely" {
		// "Just days later, …", "Only hours later, …": the span the rest opens with
		if v, words := sequelTime(toks[1:], last, plain); v != "" {
			return v, toks[0].Text + " " + words
		}
		return "", ""
	}
	if w0 != "within" {
		if q := vagueCount(toks, 0); q > 0 && q+1 < len(toks) {
			n, w0, w1 = q+2, toks[q].Lower, toks[q+1].Lower // "A few days later, …", "Several weeks later, …"
		} else if u := countedSpan(toks, 0); u != "" {
			n, w0, w1 = 3, u, toks[2].Lower // "Two hours later, …", "Three days later, …"
		}
	} else if q := vagueCount(toks, 1); q > 1 && q < len(toks) {
		n, w1 = q+1, toks[q].Lower // "Within a few hours, …", "Within a week, …"
		if w1 == "week" {
			w1 = "days" // a week at most: the period of a count of days
		}
	} else if u := countedSpan(toks, 1); u != "" {
		n, w1 = 3, u // "Within 48 hours, …"
	}
	if q, u := followedSpan(toks, span); q > 0 {
		// "In the weeks that followed, …": the span after the time the narrative last gave
		if v := spanRunsFrom(last, u, span); v != "" {
			return v, joinTokens(toks[:q])
		}
		return "", ""
	}
	if q := followingSpan(toks, span); q > 0 {
		// "Over the following weeks, …", "In the next few days, …": the span runs on from the
		// time the narrative last gave, as "Weeks later" does
		if v := spanRunsFrom(last, toks[q-1].Lower, span); v != "" {
			return v, joinTokens(toks[:q])
		}
		return "", ""
	}
	switch {
	case w1 == "later" && span(w0) > 0:
		prec = span(w0)
	case w0 == "within" && span(w1) > 0:
		prec = span(w1)
	case soonAfter(w0, w1) && w1 != "after":
		prec = monthValue // "Shortly afterwards, …"
	case soonAfter(w0, w1) && toks[2].Lower == "that":
		prec, n = monthValue, 3 // "Soon after that, …"
	case soonAfter(w0, w1) && toks[2].Text == ",":
		prec = monthValue // "Soon after, …"
	default:
		return "", ""
	}
	if n >= len(toks) {
		return "", "" // "Just a few days later" closing a text with no full stop
	}
	if t := toks[n]; t.Text != "," && !isCap(t.Text) && t.Tag != "DT" {
		return "", "" // "Days later than planned", "Hours after the verdict"
	}
	if prec > len(last) {
		prec = len(last)
	}
	return last[:prec], joinTokens(toks[:n])
}

// thenStep returns the index of a "then" that moves the sentence's main clause on to the
// narrative's next step, else -1: opening the sentence ("Then, the bank alerted …", "Then the
// bank alerted …") or standing between the subject (or an auxiliary) and a verb in the past
// ("The company then notified …", "The files were then sold …", "It had then copied …"). A
// sequence adverb set off by its comma opening the sentence steps on as "Then," does
// ("Afterwards,", "Subsequently,", "Thereafter,", "After that,"); its last word's index is
// returned.
// "then" as an adjective or a point in time is no step: "the then president", "then a senior
// aide", "by then", "since then", "until then", "back then", "even then", "only then"; nor is
// one joined by "and" ("broke in and then encrypted …"), which steps on from its own clause.
func thenStep(toks []token) int {
	if len(toks) > 4 {
		switch w := toks[0].Lower; {
		case (w == "afterward" || w == "afterwards" || w == "subsequently" || w == "thereafter") && toks[1].Text == ",":
			return 0 // "Afterwards, the bank alerted …": a step as "Then," is
		case w == "after" && toks[1].Lower == "that" && toks[2].Text == ",":
			return 1 // "After that, the bank alerted …"
		}
	}
	for i, t := range toks {
		if t.Lower != "then" {
			continue
		}
		if i == 0 {
			if len(toks) > 3 && (toks[1].Text == "," || isNounTag(toks[1].Tag) || toks[1].Tag == "PRP" || toks[1].Tag == "DT") {
				return 0
			}
			return -1
		}
		if i+1 >= len(toks) || (toks[i+1].Tag != "VBD" && toks[i+1].Tag != "VBN") {
			continue
		}
		switch p := toks[i-1]; {
		case p.Lower == "and" || p.Lower == "or" || p.Text == "," || p.Tag == "DT" || p.Tag == "IN":
			continue // "and then", "the then", "by then"
		case isNounTag(p.Tag) || p.Tag == "PRP" || p.Tag == "VBD" || p.Tag == "VBZ" || p.Tag == "VBP" || p.Tag == "MD":
			if p.Tag == "MD" {
				return -1 // "would then publish": what was to come
			}
			return i
		}
	}
	return -1
}

// stepAnchor returns the time a step told with "then" in sentence k follows: that of the last
// dated event told in the sentences within sequelReach before it, when it is at least as fine
// as a month and falls in the year of the narrative's last plain time (plain) ("In March,
// agents contacted the firm. It shut down remote access the same week." dates the contact
// March, though "the same week" alone names no month), else plain.
func stepAnchor(evs []rawEvent, plain string, k int, iso func(int) string) string {
	for j := len(evs) - 1; j >= 0 && evs[j].Sent >= k-sequelReach; j-- {
		d := iso(evs[j].TimeIdx)
		if !evs[j].asserted() || len(d) < monthValue {
			continue
		}
		if len(plain) >= yearValue && d[:yearValue] != plain[:yearValue] {
			break
		}
		return d
	}
	return plain
}

// thenYear returns the year of the narrative's last time (last, a calendar value) for a
// sentence whose main clause "then" steps on from it (thenStep), and the word: the step comes
// after that time, by a span the text does not tell, so only its year is sure. A time coarser
// than a month gives nothing: a step after "in 2019" may fall years later.
func thenYear(toks []token, last string) (string, int) {
	if len(last) < monthValue {
		return "", -1
	}
	i := thenStep(toks)
	if i < 0 {
		return "", -1
	}
	return last[:yearValue], i
}

// followingSpan returns the index of the comma closing a phrase that opens the sentence with a
// span running on from the narrative's last time: "over", "in" or "during", then "the
// following", "the next", "the ensuing" or "the subsequent", an optional "few", "several" or
// count, and a plural unit span reads ("Over the following weeks,", "In the next few days,",
// "During the ensuing months,"); else 0. With no comma, the phrase ends where its clause's
// subject opens, a determiner, a pronoun or a name ("Over the next several hours he changed
// …", "In the following days the gang leaked …"), and the index is that word's. A counted run
// of months ("the next 14 months") is left alone: it may run past the year; so is a sentence
// told in the future ("In the next few days, X will").
func followingSpan(toks []token, span func(string) int) int {
	if len(toks) < 5 || toks[1].Lower != "the" {
		return 0
	}
	switch toks[0].Lower {
	case "over", "in", "during":
	default:
		return 0
	}
	switch toks[2].Lower {
	case "following", "next", "ensuing", "subsequent":
	default:
		return 0
	}
	u, counted := 3, toks[3].Tag == "CD"
	if toks[u].Lower == "few" || toks[u].Lower == "several" || counted {
		u++
	}
	if u+1 >= len(toks) || span(toks[u].Lower) == 0 || toks[u+1].Text != "," && !subjectOpens(toks[u+1]) {
		return 0
	}
	if counted && toks[u].Lower == "months" {
		return 0 // "Over the next 14 months,": a counted run of months may cross into the next year
	}
	for _, t := range toks[u+2:] {
		if t.Lower == "will" || t.Lower == "shall" || t.Lower == "'ll" {
			return 0 // "In the next few days, the bank will publish …": ahead of the telling, not of the narrative
		}
	}
	return u + 1
}

// subjectOpens reports whether t may open a clause's subject right after a fronted phrase set
// off by no comma: a determiner, a personal pronoun or a capitalised name ("Over the next few
// days the gang …", "… he …", "… Velta Bank …").
func subjectOpens(t token) bool {
	return t.Tag == "DT" || t.Tag == "PRP" || t.Tag == "NNP" || t.Tag == "NNPS"
}

// countedSpan reads a count of two or more at token i and its unit after it ("Two hours", "48
// hours", "three days") as the vague span whose period it stays within, or "": a count of
// hours or minutes under a day as "hours" (the same day), one of a day or more as "days", as is
// a count of days up to a week (the same month, likely: "Three days later" after "in March");
// a longer count of days may run into the next month, and is left alone.
func countedSpan(toks []token, i int) string {
	if i+2 >= len(toks) {
		return ""
	}
	c := countWord(toks[i].Lower)
	if c < 2 {
		return ""
	}
	switch toks[i+1].Lower {
	case "hours", "minutes":
		if toks[i+1].Lower == "hours" && c >= 24 {
			return "days"
		}
		return "hours"
	case "days":
		if c <= 7 {
			return "days"
		}
	}
	return ""
}

// vagueCount returns the index of the unit after a vague or small count that opens at token i
// ("a few", "several", "a couple of", "a", "an", "one"), else -1: "A few days later", "Within a
// week" read as "Days later", "Within days" do.
func vagueCount(toks []token, i int) int {
	if i+1 >= len(toks) {
		return -1
	}
	switch w := toks[i].Lower; {
	case w == "several" || w == "one":
		return i + 1
	case (w == "a" || w == "an") && i+2 < len(toks) && toks[i+1].Lower == "few":
		return i + 2
	case w == "a" && i+3 < len(toks) && toks[i+1].Lower == "couple" && toks[i+2].Lower == "of":
		return i + 3
	case w == "a" || w == "an":
		return i + 1
	}
	return -1
}

// withinSpan returns the index of "within" in a bare span of days or weeks that closes a
// clause after the sentence's first words, its verb in the simple past ("The agency notified
// the N.S.A. within days, and …"), else 0: not "within days of the attack", which names its own
// anchor, nor a span a modal or an infinitive sets ahead ("will warn them within days",
// "needed to notify them within days"). A span of hours is the occasion's (occasionPhraseAt).
func withinSpan(toks []token, span func(string) int) int {
	for i := 2; i+2 < len(toks); i++ {
		if s := span(toks[i+1].Lower); toks[i].Lower != "within" || s == 0 || s == dayValue {
			continue
		}
		if slices.ContainsFunc(toks[:i], func(t token) bool { return t.Tag == "MD" }) || toks[i+1].Lower == "months" {
			return 0
		}
		v := i - 1
		for v > 0 && !isVerbTag(toks[v].Tag) {
			v--
		}
		if toks[v].Tag != "VBD" {
			return 0 // "we needed to notify them within days": what was to be done, not what was
		}
		if n := toks[i+2]; n.Text == "," || n.Text == "." || n.Text == ";" {
			return i
		}
	}
	return 0
}

// followedSpan reads a sentence opened by a span that a relative clause runs on from the
// narrative's last time: "in", "over" or "during", "the", a plural unit span reads, and "that
// followed" or "which followed" ("In the weeks that followed, the gang leaked …", "Over the
// days that followed the bank …"). It returns the index after the phrase (its comma's, or the
// subject's that opens the clause) and the unit, else 0 and "". A sentence told in the future
// is left alone, as followingSpan leaves it.
func followedSpan(toks []token, span func(string) int) (int, string) {
	if len(toks) < 7 || toks[1].Lower != "the" {
		return 0, ""
	}
	switch toks[0].Lower {
	case "over", "in", "during":
	default:
		return 0, ""
	}
	u := toks[2].Lower
	if span(u) == 0 || !strings.HasSuffix(u, "s") || toks[3].Lower != "that" && toks[3].Lower != "which" || toks[4].Lower != "followed" {
		return 0, ""
	}
	if toks[5].Text != "," && !subjectOpens(toks[5]) || followedObject(toks, 5) {
		return 0, ""
	}
	for _, t := range toks[6:] {
		if t.Lower == "will" || t.Lower == "shall" || t.Lower == "'ll" {
			return 0, ""
		}
	}
	return 5, u
}

// spanRunsFrom returns the time a vague span of the plural unit u ("days", "weeks", "months")
// running on from the narrative's last time covers, cut to the precision the unit allows
// (span), or "" when the span may cross out of that period: days, weeks or months after a day
// late in its month or year ("In the weeks that followed" after December 29: that year or the
// next), as spanValue counts them, months after a day in the year's second half, and weeks or
// months after December.
func spanRunsFrom(last, u string, span func(string) int) string {
	prec := min(span(u), len(last))
	if prec == 0 {
		return ""
	}
	unit := ""
	switch u {
	case "days":
		unit = "day"
	case "weeks", "months":
		unit = "week"
	}
	switch {
	case unit == "" || len(last) < monthValue:
		return last[:prec]
	case len(last) == dayValue && prec < dayValue:
		v := spanValue(last, unit, 0)
		if u == "months" && v != "" && last[monthValue-2:monthValue] > "06" {
			v = "" // months after the year's second half may run into the next
		}
		return v[:min(prec, len(v))]
	case len(last) == monthValue && prec == yearValue:
		return spanValue(last, unit, 0)
	}
	return last[:prec]
}

// followedObject reports whether the noun phrase opening at i, right after "followed", is
// the verb's object, closed by a comma before the clause's subject ("In the days that followed
// the breach, the gang leaked …"): the span counts from that event, not from the narrative's
// last time, and this reading gives it none.
func followedObject(toks []token, i int) bool {
	j := i
	for j < len(toks) && (j == i && subjectOpens(toks[j]) || isNounTag(toks[j].Tag) || strings.HasPrefix(toks[j].Tag, "JJ") || toks[j].Tag == "POS" || toks[j].Tag == "PRP$") {
		j++
	}
	return j > i && j < len(toks) && toks[j].Text == ","
}

// tailSequel returns the index of the unit of a span of hours, minutes or days after the last
// time that closes the sentence right before its final punctuation ("… hours later.", "… two
// hours later.", "… four days later."), else 0, and for days their count (-1 when vague: "a
// few days", "several days"; 0 for hours). The time tagger counts days from its own anchor; the caller
// reads those only when the tagger left them a duration.
func tailSequel(toks []token, span func(string) int) (int, int) {
	n := len(toks)
	if n < 5 || toks[n-2].Lower != "later" {
		return 0, 0
	}
	if t := toks[n-1].Text; t != "." && t != "!" {
		return 0, 0
	}
	switch u := toks[n-3].Lower; {
	case span(u) == dayValue:
		return n - 3, 0
	case u == "day" || u == "days":
		days, w := countWord(toks[n-4].Lower), toks[n-4].Lower
		switch {
		case u == "day" && days == 1 || u == "days" && days > 1:
		case u == "days" && (w == "few" || w == "several"):
			days = -1 // "a few days later"
		default:
			return 0, 0 // "twenty days later", "many days later"
		}
		return n - 3, days
	}
	return 0, 0
}

// tailSoon returns the index of "soon" or "shortly" in "soon afterward", "shortly afterwards",
// "shortly thereafter" or "soon after" closing the sentence right before its final punctuation
// ("The bank alerted the police shortly afterwards."), else 0: like the same words opening a
// sentence, they set what the sentence tells a short span after the time last told.
func tailSoon(toks []token) int {
	n := len(toks)
	if n < 5 {
		return 0
	}
	if t := toks[n-1].Text; t != "." && t != "!" {
		return 0
	}
	if !soonAfter(toks[n-3].Lower, toks[n-2].Lower) {
		return 0
	}
	return n - 3
}

// soonAfter reports whether w0 and w1 are "soon" or "shortly" followed by "afterward",
// "afterwards", "thereafter" or "after": a short span after the time last told, opening a
// sentence (sequelTime) or closing it (tailSoon).
func soonAfter(w0, w1 string) bool {
	if w0 != "soon" && w0 != "shortly" {
		return false
	}
	switch w1 {
	case "afterward", "afterwards", "thereafter", "after":
		return true
	}
	return false
}

// dayValue, monthValue and yearValue are the lengths of a calendar value to the day, the month
// and the year ("2025-03-14", "2025-03", "2025"): sequelTime cuts the last time to one of them.
const (
	dayValue   = len("2006-01-02")
	monthValue = len("2006-01")
	yearValue  = len("2006")
)

// sequelReach bounds how many sentences after the last time sequelTime may read that time on.
const sequelReach = 3

// hoursAfter reads "hours after the <event noun>", "minutes after the <noun>" or "within hours
// of the <noun>": what the sentence tells happened on the day of that earlier event. The day is
// that of the latest event of the noun's type already in the text (earlier), else, for a noun
// that names no event type ("the verdict", "the vote"), the day of the latest event told before
// that has one (lastDay, YYYY-MM-DD or ""). It returns the day, the words, and the undated events
// outside the phrase that are not reports.
func (x *Extractor) hoursAfter(c *sentCtx, found []rawEvent, earlier func(schema.EventType) string, lastDay string) (string, string, []int) {
	toks := c.s.Toks
	for i := 0; i+3 < len(toks); i++ {
		if w := toks[i].Lower; w != "hours" && w != "minutes" {
			continue
		}
		start, prep := i, toks[i+1].Lower
		switch {
		case prep == "after":
		case prep == "of" && i > 0 && toks[i-1].Lower == "within":
			start = i - 1
		default:
			continue
		}
		for start > 0 && (toks[start-1].Tag == "CD" || toks[start-1].Tag == "DT" || toks[start-1].Tag == "JJ" || toks[start-1].Tag == "RB") {
			start--
		}
		if d := toks[i+2].Lower; d != "the" && d != "his" && d != "her" && d != "its" && d != "their" {
			continue
		}
		end, day := i+2, ""
		for j := i + 3; j < len(toks) && j <= i+4; j++ {
			if !isNounTag(toks[j].Tag) {
				continue
			}
			end = j
			if tr, ok := x.tokTrigger(&toks[j], false); ok {
				day = earlier(tr.Type)
			} else {
				day = lastDay
			}
			break
		}
		if end == i+2 || len(day) != dayValue {
			continue
		}
		var which []int
		for k := range found {
			if t := found[k].Trigger; (t < start || t > end) && found[k].TimeIdx < 0 && (!isReporting(found[k]) || reactionWithin(toks, found[k], start)) {
				which = append(which, k)
			}
		}
		return day, joinTokens(toks[start : end+1]), which
	}
	return "", "", nil
}

// reactionWithin reports whether the phrase of time at token at ("within hours of the attack")
// times the report ev itself: ev is asserted, and no reported clause opens between its verb and
// the phrase ("claimed responsibility on Telegram within hours of the attack", "Hours after the
// attack, the group said …"), not one the report tells ("said the servers failed hours after
// the update").
func reactionWithin(toks []token, ev rawEvent, at int) bool {
	if !ev.asserted() || ev.Trigger < 0 || ev.Trigger >= len(toks) {
		return false
	}
	return ev.Trigger > at || !reportedBetween(toks, ev.Trigger, at)
}

// pastAfter reports whether an asserted telling or deed was given a time after the publication
// date (pub, YYYY-MM-DD): what was said, warned or reported by then cannot have happened later,
// so the time is that of what it tells ("warned banks that X plans to strike again next
// week"); a deed told as done was done by then, so the time is that of a later step told
// beside it ("pleaded guilty to stealing records from X and will be sentenced on December 5",
// "admitted breaking into Y and is to be sentenced in February"). A hypothetical or future
// event keeps its time: it is a plan. v is the time's calendar value, raw its TIMEX3 value
// (an ISO week lies after pub when its Monday does: "next week").
func pastAfter(toks []token, ev rawEvent, raw, v, pub string) bool {
	if v == "" || pub == "" || ev.Modality != "" || ev.Trigger < 0 || ev.Trigger >= len(toks) || !isReporting(ev) && !tellingType(ev.Type) && !isDeed(ev.Type) {
		return false
	}
	return afterDay(raw, v, pub)
}

// afterDay reports whether a time lies after the day pub (YYYY-MM-DD): v is its calendar value,
// raw its TIMEX3 value (an ISO week lies after pub when its Monday does: "next week").
func afterDay(raw, v, pub string) bool {
	if v == "" || pub == "" {
		return false
	}
	if len(raw) >= 8 && raw[4:6] == "-W" && len(pub) == dayValue {
		y, err1 := strconv.Atoi(raw[:4])
		w, err2 := strconv.Atoi(raw[6:8])
		if err1 == nil && err2 == nil {
			jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
			mon := jan4.AddDate(0, 0, -(int(jan4.Weekday())+6)%7+7*(w-1))
			return mon.Format("2006-01-02") > pub
		}
	}
	n := min(len(v), len(pub))
	return v[:n] > pub[:n]
}

// toldDone reports whether the trigger at i is told as done: a verb in the simple past
// ("arrested"), a participle after a finite "have" or "be" with no modal before it ("has
// sanctioned", "was charged", "had been detained"), or a noun that is the object of such a verb,
// a determiner, numbers and modifiers at most between ("has received an arrest warrant",
// "imposed sanctions").
func toldDone(toks []token, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	if isNounTag(toks[i].Tag) {
		for j := i - 1; j >= 0 && i-j <= 4; j-- {
			switch t := toks[j].Tag; {
			case t == "VBD" || t == "VBN":
				return toldDone(toks, j)
			case t == "DT" || t == "JJ" || t == "CD" || t == "PRP$" || t == "NN" || t == "NNS":
			default:
				return false
			}
		}
		return false
	}
	switch toks[i].Tag {
	case "VBD":
		return true
	case "VBN":
		for j := i - 1; j >= 0 && i-j <= 3; j-- {
			switch w := toks[j]; {
			case w.Lower == "been" || w.Tag == "RB":
			case w.Lower == "have":
				return j == 0 || toks[j-1].Tag != "MD" && toks[j-1].Lower != "to" // "have charged"; not "could have", "to have"
			case isBeHave(w.Lower) && w.Lower != "be" && w.Lower != "being":
				return true // "has", "had", "was", "were", "is", "are"
			default:
				return false // "will be", "to be", a bare participle
			}
		}
	}
	return false
}

// futureConjunct reports whether a conjunct that tells what is to come stands between the
// trigger at i and the time at t: "and" or "but", then a modal before t ("arrested X, and a
// judge will rule on his bail next week").
func futureConjunct(toks []token, i, t int) bool {
	for j := i + 1; j < t && j < len(toks); j++ {
		if toks[j].Tag != "CC" || toks[j].Lower != "and" && toks[j].Lower != "but" {
			continue
		}
		for k := j + 1; k < t; k++ {
			if toks[k].Tag == "MD" {
				return true
			}
		}
	}
	return false
}

// againTimes reads "<time>, and again <time>" ("briefed the minister on June 2 and again on
// June 20"): the event dated by the first time happened a second time on the other, so it is
// told twice, once with each time. inSent are the sentence's calendar times, in order.
func againTimes(c *sentCtx, found []rawEvent, ts []timex.Expression, inSent []int) []rawEvent {
	toks := c.s.Toks
	n := len(found)
	for a := 0; a+1 < len(inSent); a++ {
		t1, t2 := ts[inSent[a]], ts[inSent[a+1]]
		var between []token
		for _, tk := range toks {
			if tk.Start >= t1.End && tk.End <= t2.Start {
				between = append(between, tk)
			}
		}
		var words []string
		for _, tk := range between {
			if tk.Text != "," {
				words = append(words, tk.Lower)
			}
		}
		w := strings.Join(words, " ")
		if w != "and again" && w != "and again on" && w != "and again in" && w != "and once more on" && w != "and once more in" {
			continue
		}
		for k := 0; k < n; k++ {
			if found[k].TimeIdx != inSent[a] {
				continue
			}
			ev := found[k]
			ev.Agent = append([]int(nil), ev.Agent...)
			ev.Target = append([]int(nil), ev.Target...)
			ev.Source = append([]int(nil), ev.Source...)
			ev.TimeIdx, ev.TimeText = inSent[a+1], ""
			found = append(found, ev)
		}
	}
	return found
}

// namelessTimes dates an undated deed that names its parties with the time of a deed of the
// same type in the sentence before that names none (prev: "A former contractor was arrested on
// Tuesday. Police detained Lena Okafor at her home"): a lede that introduces someone by a
// description goes on with the name, about the same deed. Only a day carries over: a deed of
// a month or a year ("the group sent phishing emails between March and May. The latest wave,
// which began on 3 June, targeted X") is often an earlier one of a series.
func namelessTimes(found, prev []rawEvent, iso func(int) string) {
	for k := range found {
		ev := &found[k]
		if ev.TimeIdx >= 0 || !ev.asserted() || isReporting(*ev) || len(ev.Agent)+len(ev.Target) == 0 {
			continue
		}
		for _, p := range prev {
			if p.Type == ev.Type && p.TimeIdx >= 0 && p.asserted() && len(iso(p.TimeIdx)) == dayValue {
				ev.TimeIdx = p.TimeIdx
				break
			}
		}
	}
}

// laterThanNoun reads "<count> days|weeks later" in a clause whose verb takes a definite
// incident noun ("claimed the attack on its leak site two weeks later"), or a definite noun
// of telling of another kind than the verb's ("denied the accusation a day later"): the
// count runs from that incident's day (earlier gives the latest event of its type dated to a
// day in the sentences before), not from the narrative's last day that the time tagger
// counted from. It returns the events of the sentence dated by that expression, with their
// new day.
func (x *Extractor) laterThanNoun(c *sentCtx, found []rawEvent, ts []timex.Expression, inSent []int, earlier func(schema.EventType) string) []dayShift {
	toks := c.s.Toks
	var out []dayShift
	for _, ti := range inSent {
		t := ts[ti]
		words := strings.Fields(strings.ToLower(t.Text))
		if len(words) != 3 || words[2] != "later" {
			continue
		}
		n := countWord(words[0])
		switch strings.TrimSuffix(words[1], "s") {
		case "day":
		case "week":
			n *= 7
		default:
			n = 0
		}
		if n == 0 {
			continue
		}
		for k := range found {
			ev := found[k]
			if ev.TimeIdx != ti || ev.Trigger < 0 || ev.Trigger >= len(toks) || !isVerbTag(toks[ev.Trigger].Tag) {
				continue
			}
			day := ""
			for j := ev.Trigger + 1; j < len(toks) && j <= ev.Trigger+3 && toks[j].Start < t.Start; j++ {
				if !definiteNoun(toks, j) {
					continue
				}
				if tr, ok := x.tokTrigger(&toks[j], false); ok && (familyOf(tr.Type) != 0 || tellingType(tr.Type) && tr.Type != ev.Type) {
					day = earlier(tr.Type)
				}
				break
			}
			d := shiftDay(day, n)
			if d == "" {
				continue
			}
			out = append(out, dayShift{k, d, t.Text})
			for m := range found {
				if m != k && found[m].TimeIdx == ti {
					out = append(out, dayShift{m, d, t.Text})
				}
			}
			break
		}
	}
	return out
}

// countWord reads a small count written as a word or in digits ("two", "a", "3"); 0 otherwise.
func countWord(w string) int {
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n <= 60 {
		return n
	}
	for i, s := range []string{"a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"} {
		if w == s {
			return i + 1
		}
	}
	if w == "one" {
		return 1
	}
	return 0
}

// definiteParties makes a later definite mention of an incident that names only its target
// ("The attack on Nobel Bank could cost millions") the incident told before: the nearest
// preceding event of its type within recallWindow sentences that has an agent and shares a
// target. The mention takes that event's agent and, when it has none, its time, so that the
// two are merged as one event.
func definiteParties(sents []sentence, evs []rawEvent, iso func(int) string) {
	for k := range evs {
		a := &evs[k]
		if len(a.Agent) > 0 || len(a.Target) == 0 || !a.asserted() || familyOf(a.Type) == 0 ||
			a.Sent < 0 || a.Sent >= len(sents) || !plainDefinite(sents[a.Sent].Toks, a.Trigger) {
			continue
		}
		v := iso(a.TimeIdx)
		for j := k - 1; j >= 0 && evs[j].Sent >= a.Sent-recallWindow; j-- {
			p := &evs[j]
			if p.Type != a.Type || p.Negated || !overlaps(p.Target, a.Target) {
				continue
			}
			if len(p.Agent) == 0 {
				break // the nearest telling of it names no doer either
			}
			pv := iso(p.TimeIdx)
			if v != "" && pv != "" && !strings.HasPrefix(v, pv) && !strings.HasPrefix(pv, v) {
				break // another incident against the same target
			}
			a.Agent = append([]int(nil), p.Agent...)
			if v == "" {
				a.TimeIdx, a.TimeText = p.TimeIdx, p.TimeText
			}
			break
		}
	}
}

// plainDefinite reports whether the noun at i is "the|this|that" with at most common nouns
// between ("the attack", "the ransomware attack"): no adjective ("the first attack", "the
// recent attacks") or name ("the Sage ransomware") that could set it apart from the incident
// told before.
func plainDefinite(toks []token, i int) bool {
	return bareDefinite(toks, i, false)
}

// bareDefinite reports whether the noun at i is "the|this|that" with at most common nouns
// between, and proper nouns too when names is set ("the Seimas intrusion").
func bareDefinite(toks []token, i int, names bool) bool {
	if i < 0 || i >= len(toks) || !isNounTag(toks[i].Tag) {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		switch toks[j].Lower {
		case "the", "this", "that":
			return true
		}
		switch toks[j].Tag {
		case "NN", "NNS":
		case "NNP", "NNPS":
			if !names {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// handoverTimes dates a warning the text leaves undated that passes on, or adds to, a warning
// dated just before it, in its sentence or the one before: a relay ("alerted the company in
// February, which in turn notified the regulator"; "The ministry in turn briefed its staff.")
// takes the time of the warning whose hearer is its teller, and a further notice told with
// "also" ("The engineer, X, also notified the carrier's security team.") the time of the
// nearest warning before it that went to another hearer. Negated and hypothetical warnings,
// and warnings the nearest earlier one leaves undated, are left alone.
func handoverTimes(sents []sentence, evs []rawEvent) {
	for k := range evs {
		e := &evs[k]
		if e.Type != schema.EventWarning || e.TimeIdx >= 0 || !e.asserted() ||
			e.Sent < 0 || e.Sent >= len(sents) || e.Trigger < 0 || e.Trigger >= len(sents[e.Sent].Toks) {
			continue
		}
		relay := relayed(sents[e.Sent].Toks, e.Trigger)
		if !relay && !e.Further {
			continue
		}
		for j := k - 1; j >= 0 && evs[j].Sent >= e.Sent-1; j-- {
			p := evs[j]
			if p.Type != schema.EventWarning || p.Sent > e.Sent || p.Sent == e.Sent && p.Trigger >= e.Trigger {
				continue
			}
			if relay && !overlaps(p.Target, e.Agent) || !relay && overlaps(p.Target, e.Target) {
				continue
			}
			if p.TimeIdx >= 0 && p.asserted() {
				e.TimeIdx, e.TimeText = p.TimeIdx, p.TimeText
			}
			break
		}
	}
}

// relayed reports whether the warning verb at i passes on what its teller was told: "in turn"
// stands just before it ("which in turn notified", "The ministry, in turn, briefed"), or a
// relative pronoun after a comma opens its clause (", which notified the regulator").
func relayed(toks []token, i int) bool {
	for j := i - 1; j >= 1 && i-j <= 4; j-- {
		if toks[j].Lower == "turn" && toks[j-1].Lower == "in" {
			return true
		}
	}
	return i >= 2 && relativeWord(toks[i-1].Lower) && toks[i-1].Lower != "whose" && toks[i-2].Text == ","
}

// insertedSaying reports whether the reporting verb at i, a simple past or present, stands with
// its short subject between two commas after a fronted phrase holding the time at t, no verb
// before it, and the sentence goes on after ("On Oct. 14, Kerr said, she emailed the officer",
// "Two days later, the aide testified, he called the chief of staff"): the saying is set into
// the clause it reports, and the fronted time is that clause's.
func insertedSaying(toks []token, t, i int) bool {
	if t < 0 || i+2 >= len(toks) || toks[i+1].Text != "," || (toks[i].Tag != "VBD" && toks[i].Tag != "VBZ") {
		return false
	}
	j := i - 1
	for j > 0 && i-j <= 4 && (toks[j].Tag == "PRP" || nounPhraseTag(toks[j].Tag)) && toks[j].Tag != "IN" {
		j--
	}
	if j == i-1 || toks[j].Text != "," || t >= j {
		return false
	}
	for _, tk := range toks[:j] {
		if isVerbTag(tk.Tag) || tk.Tag == "MD" {
			return false
		}
	}
	return true
}

// insertedBeforeVerb reports whether the reporting verb at i stands with its short subject
// between two commas after the subject of the clause it reports, and the time at t comes after
// the closing comma, past that clause's finite verb ("The agents, she said, notified the firm
// in January", "The intruders, the company says, left in March"): the saying is set into the
// clause it reports, and a time after it is that clause's. A time of the saying itself stands
// inside the commas ("The agents, she said on Tuesday, notified …").
func insertedBeforeVerb(toks []token, t, i int) bool {
	if t <= i+1 || !insertedSaying(toks, 0, i) {
		return false
	}
	for k := i + 2; k < t && k < len(toks); k++ {
		if isFiniteTag(toks[k].Tag) {
			return true
		}
		if toks[k].Text == "," {
			return false
		}
	}
	return false
}

// complementTime reports whether the time at t stands in the clause a verb of telling at i
// reports, opened by a complementizer 'that' followed by that clause's subject, before that
// clause's finite verb: in its subject ("told the committee that an internal audit in late 2024
// had flagged the risk") or fronted in it ("said that in March the intruders returned"), with
// that verb still to come after the time. Only
// the hearer and adjuncts of the saying, with no finite verb, stand between the trigger and
// 'that', so the clause is the trigger's own; a time before 'that' is the saying's ("said on
// Tuesday that …").
func complementTime(toks []token, i, t int) bool {
	if i < 0 || t <= i+1 || t >= len(toks) {
		return false
	}
	for k := i + 1; k < t; k++ {
		switch {
		case toks[k].Lower == "that" && toks[k].Tag == "IN":
			n := toks[k+1].Tag
			if !(n == "DT" || n == "PRP" || n == "PRP$" || n == "IN" || isNounTag(n)) {
				return false
			}
			return !finiteIn(toks, k+1, t) && !modalIn(toks, k+1, t) && verbAfter(toks, t)
		case toks[k].Lower == "that" && toks[k].Tag == "WDT" && toks[k+1].Tag == "IN":
			// read as a relative after the hearer ("told the committee that on Monday the
			// hackers stole …"), a complementizer all the same when a subject stands between
			// the fronted time and the verb; "the committee that on Monday approved" is a relative
			return !finiteIn(toks, k+1, t) && !modalIn(toks, k+1, t) && subjectAfterTime(toks, t)
		case isFiniteTag(toks[k].Tag), toks[k].Text == ",", toks[k].Text == ";", toks[k].Tag == "WRB", toks[k].Tag == "WDT":
			return false
		}
	}
	return false
}

// subjectAfterTime reports whether, past the words of the time at t (names, numbers, periods),
// a subject (a determiner, pronoun or common noun) comes before a finite verb does, and that
// verb follows (verbAfter): "on Monday the hackers stole", not "on Monday approved".
func subjectAfterTime(toks []token, t int) bool {
	k := t + 1
	for k < len(toks) && (toks[k].Tag == "NNP" || toks[k].Tag == "CD" || toks[k].Text == ".") {
		k++
	}
	if k >= len(toks) {
		return false
	}
	n := toks[k].Tag
	return (n == "DT" || n == "PRP" || n == "PRP$" || n == "NN" || n == "NNS") && verbAfter(toks, k)
}

// verbAfter reports whether a finite verb or a modal follows the token at t before a comma,
// semicolon or the sentence's end: the clause holding t goes on to its verb ("that in March
// the intruders returned"), unlike a pronoun object ("denied that in an interview on Monday").
func verbAfter(toks []token, t int) bool {
	for k := t + 1; k < len(toks); k++ {
		switch {
		case isFiniteTag(toks[k].Tag):
			return true
		case toks[k].Text == "," || toks[k].Text == ";":
			return false
		}
	}
	return false
}

// modalIn reports whether a modal stands among the tokens from a up to b.
func modalIn(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if k >= 0 && toks[k].Tag == "MD" {
			return true
		}
	}
	return false
}

// reportedBefore reports whether the time at t, before a reporting trigger at i, stands in a
// clause of its own with a finite verb that a comma closes before the trigger: the content of a
// trailing attribution ("the campaign began in 2024, the agency said"; "In 2023, X was hit, she
// said." or "…, she told reporters." with the attribution ending the sentence), not the
// saying's time ("On Monday, the agency said").
func reportedBefore(toks []token, t, i int) bool {
	if t < 0 || t >= i || i > len(toks) {
		return false
	}
	comma := false
	for k := t + 1; k < i; k++ {
		comma = comma || toks[k].Text == ","
	}
	if !comma {
		return false
	}
	for k := t - 1; k >= 0; k-- {
		if toks[k].Text == "," {
			// a name set off by commas inside the clause ("stolen files from the contractor,
			// Acme Corp., in 2025, her deputy, Ana Lind, said"): the clause goes on before it
			if k = appositiveOpens(toks, k); k < 0 {
				break
			}
			continue
		}
		if tg := toks[k].Tag; tg == "VBD" || tg == "VBZ" || tg == "VBP" {
			return true
		}
	}
	// a time set before the reported clause, when the attribution ends the sentence: "In 2023,
	// two operators were compromised, she said.", "Since the spring, three utilities have
	// reported scams, said Deputy Ray Holloway of the sheriff's office."
	var end int
	if toks[i-1].Text == "," && speakerCloses(toks, i) {
		end = i - 1
	} else if i+1 < len(toks) && toks[i+1].Text != "." && !closingTelling(toks, i) {
		return false // "…, she said." or "…, she told reporters." (closingTelling)
	} else if end = speakerOpens(toks, i); end < 0 {
		return false
	}
	return finiteIn(toks, t+1, end)
}

// speakerOpens returns the comma that opens the speaker of the verb of saying at i closing the
// sentence, with nothing but a short noun phrase between ("…, she said.", "…, the Norwegian
// ministry said.", "…, the country's foreign ministry said."), or -1.
func speakerOpens(toks []token, i int) int {
	for k := i - 1; k >= 0 && i-k <= 6; k-- {
		if toks[k].Text == "," {
			if k == i-1 {
				return -1
			}
			return k
		}
		if tg := toks[k].Tag; !isNounTag(tg) && tg != "DT" && tg != "JJ" && tg != "POS" && tg != "PRP" && tg != "PRP$" {
			return -1
		}
	}
	return -1
}

// speakerCloses reports whether only the speaker of the verb of saying at i, with no verb of
// its own, follows it to the sentence's end ("…, said Deputy Ray Holloway of the sheriff's
// office.", "…, said Ana Lind, a spokeswoman for X.").
func speakerCloses(toks []token, i int) bool {
	if i+1 >= len(toks) || !isNounTag(toks[i+1].Tag) && toks[i+1].Tag != "DT" && toks[i+1].Tag != "JJ" {
		return false
	}
	for k := i + 1; k < len(toks); k++ {
		switch tg := toks[k].Tag; {
		case toks[k].Text == "." && k == len(toks)-1:
			return true
		case isVerbTag(tg) || tg == "MD" || toks[k].Lower == "that" || tg == "WDT" || tg == "WP" || tg == "WRB":
			return false
		}
	}
	return false
}

// calendarOf returns calendarAt over ts, as the merging of events reads a time by its index.
func calendarOf(ts []timex.Expression) func(int) string {
	return func(t int) string { return calendarAt(ts, t) }
}

// calendarAt is the calendar value (timex.Calendar) of the time expression ts[t], "" for t = -1
// (no time).
func calendarAt(ts []timex.Expression, t int) string {
	if t < 0 {
		return ""
	}
	v, _ := timex.Calendar(ts[t].Value)
	return v
}

// accusedReach bounds how far after an accusation trigger the "of" of the deed it charges may
// stand: the accused may be a long noun phrase ("accused hackers working for Karsovia's
// Ministry of State Security of probing …").
const accusedReach = 14

// accusingBetween reports whether an accusing participle (cue accuseobj, an -ing form) with
// its "of" or "for" stands between the time at t and the deed at i: the time dates the act the
// participle hangs on ("charged X on Tuesday, accusing him of hacking Y", "arrested X in May,
// blaming him for the theft"), not the deed charged.
func (x *Extractor) accusingBetween(toks []token, t, i int) bool {
	for j := t + 1; j < i; j++ {
		if toks[j].Tag != "VBG" || !x.cue.tokIs("accuseobj", &toks[j]) {
			continue
		}
		for k := j + 1; k < i; k++ {
			if toks[k].Lower == "of" || toks[k].Lower == "for" {
				return true
			}
		}
	}
	return false
}

// accusedOfDoing reports whether "of" and an -ing verb (ingForm) stand between the accusation
// trigger at i and the time expression at j after it, at most accusedReach tokens on and with
// no finite verb before them ("accused the minister of misleading parliament in June"): the
// time dates what the accused did, not the accusation.
func accusedOfDoing(toks []token, i, j int) bool {
	for k := i + 1; k+1 < j && k+1 < len(toks) && k-i <= accusedReach; k++ {
		if isFiniteTag(toks[k].Tag) {
			return false
		}
		if toks[k].Lower == "of" && ingForm(toks[k+1]) {
			return true
		}
	}
	return false
}

// closingDayOf reports whether the time at t, after an accusation's "of" and -ing verb at i,
// is a day told relative to the writing ("Tuesday", "yesterday", "today") that closes the
// sentence or clause, with no deed told between ("X accused Y of backing the hackers on
// Tuesday."): news dates the act it reports by such a closing day, so the day is the
// accusation's; what the accused is said to have done is a course of conduct, not that day's
// deed. A deed between ("accused Y of hacking Z on Tuesday") keeps the day (accusedOfDoing).
func closingDayOf(toks []token, evs []rawEvent, i, t int) bool {
	if t+1 >= len(toks) || !dayBetween(toks, t, t+1) {
		return false
	}
	if n := toks[t+1]; n.Tag != "." && n.Text != "," && n.Text != ";" {
		return false
	}
	for _, o := range evs {
		if o.Trigger > i && o.Trigger < t && incidentDeed(o.Type) {
			return false
		}
	}
	return true
}

// ingForm reports whether t is an -ing verb, or a common noun in -ing the tagger took one for
// ("accused X of spending/NN much of last year …", "of wrongdoing").
func ingForm(t token) bool {
	return t.Tag == "VBG" || t.Tag == "NN" && strings.HasSuffix(t.Lower, "ing")
}

// yearCarry is an event that takes the year of the background deed before it.
type yearCarry struct {
	ev   int
	year string
}

// backgroundYear carries the year of a deed (no telling) told in the sentence before (k-1) and dated before
// the year of writing (pub) to the undated deeds in the past of sentence k, which gives no time
// of its own, that share a party with it: a background paragraph goes on about the same past
// incident ("… in the spring of 2021, when Grey Heron broke into Tessin Water. It took months
// to win approval for an operation that disabled the group's servers"). Only the year is
// carried, as the deed may come later in it.
func (x *Extractor) backgroundYear(c *sentCtx, found, evs []rawEvent, k int, iso func(int) string, pub string) []yearCarry {
	if len(pub) < 4 {
		return nil
	}
	var out []yearCarry
	for f := range found {
		ev := found[f]
		if ev.TimeIdx >= 0 || !ev.asserted() || tellingType(ev.Type) || ev.Trigger < 0 || ev.Trigger >= len(c.s.Toks) {
			continue // telling or warning someone ("let the agency know", "had also alerted X") is no part of the past incident
		}
		if _, present := x.presentTense(c, ev.Trigger); present {
			continue
		}
		for j := len(evs) - 1; j >= 0 && evs[j].Sent >= k-1; j-- {
			p := evs[j]
			if p.Sent != k-1 || tellingType(p.Type) || !p.asserted() {
				continue
			}
			v := iso(p.TimeIdx)
			if len(v) < 4 || v[:4] >= pub[:4] || !shareParty(p, ev) {
				continue
			}
			out = append(out, yearCarry{f, v[:4]})
			break
		}
	}
	if len(out) > 1 {
		for _, o := range out[1:] {
			if o.year != out[0].year {
				return nil
			}
		}
	}
	return out
}

// shareParty reports whether two events have an agent or target entity in common.
func shareParty(a, b rawEvent) bool {
	in := func(x int) bool { return x >= 0 && (slices.Contains(b.Agent, x) || slices.Contains(b.Target, x)) }
	return slices.ContainsFunc(a.Agent, in) || slices.ContainsFunc(a.Target, in) // no copies: it runs per pair of reports
}

// doneBy reports whether the event at its trigger is told as done in the past, in the simple
// past or the past perfect ("had notified every customer by the end of August", "By Wednesday
// evening, the gang had released …"), so that a time after "by" is when it was done; a deadline
// dates only what is to come. A noun trigger is told so by the verb whose object it is ("By
// Monday, March 19, the company had issued a statement", "had made a statement by Friday";
// nounObjectVerb).
func doneBy(toks []token, ev rawEvent) bool {
	if !ev.asserted() || ev.Trigger < 0 || ev.Trigger >= len(toks) {
		return false
	}
	v := ev.Trigger
	if isNounTag(toks[v].Tag) {
		v = nounObjectVerb(toks, v)
		if v < 0 {
			return false
		}
	}
	switch toks[v].Tag {
	case "VBD":
		return true
	case "VBN":
		for j := v - 1; j >= 0 && v-j <= 12; j-- {
			switch toks[j].Lower {
			case "had":
				return true
			case "has", "have", "will", "would", "to", "be", "been", "is", "are", "was", "were":
				return false
			}
		}
	}
	return false
}

// nounObjectVerb returns the verb in the simple past or the past participle whose object is
// the common noun at i, past at most three determiners, possessive pronouns, numbers,
// adjectives or common nouns ("had issued a terse statement", "launched a second attack",
// "issued its first statement", "launched two attacks"), or -1. A form of "be" or "have" takes
// no deed as its object.
func nounObjectVerb(toks []token, i int) int {
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		switch t := toks[j]; {
		case (t.Tag == "VBD" || t.Tag == "VBN") && !isBeHave(t.Lower):
			return j
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "PRP$" || t.Tag == "CD" || t.Tag == "NN" || t.Tag == "NNS":
		default:
			return -1
		}
	}
	return -1
}

// sceneClause dates an undated verb in the simple past that opens a clause coordinated after
// ", and" with a subject of its own ("X on Wednesday blamed Y for the breach, and both
// governments summoned Y's envoys") with the day of the first clause, when that day stands
// before the first clause's verb: a time set before the verb is the scene of the sentence, not
// a detail of what the verb tells.
func sceneClause(c *sentCtx, evs []rawEvent, ts []timex.Expression, inSent []int) {
	toks := c.s.Toks
	for k := range evs {
		e := &evs[k]
		i := e.Trigger
		if e.TimeIdx >= 0 || !e.asserted() || i < 3 || i >= len(toks) || toks[i].Tag != "VBD" {
			continue
		}
		and := -1
		for j := i - 1; j >= 1 && i-j <= 6; j-- {
			if toks[j].Lower == "and" && toks[j-1].Text == "," {
				and = j
				break
			}
			if t := toks[j].Tag; t != "DT" && t != "JJ" && t != "CD" && t != "PRP" && t != "PRP$" && t != "POS" && !isNounTag(t) {
				break
			}
		}
		if and < 0 || and+1 == i {
			continue // no subject of its own: coordinatedTimes' case
		}
		for _, o := range evs {
			if o.Trigger < 0 || o.Trigger >= and-1 || o.TimeIdx < 0 || !o.asserted() || !isTensedTag(toks[o.Trigger].Tag) {
				continue
			}
			if dayIn(ts, inSent, o.TimeIdx) && ts[o.TimeIdx].End <= toks[o.Trigger].Start {
				e.TimeIdx, e.TimeText = o.TimeIdx, o.TimeText
			}
			break
		}
	}
}

// dayIn reports whether the time ti is one of the sentence's own times inSent and gives a day.
func dayIn(ts []timex.Expression, inSent []int, ti int) bool {
	for _, k := range inSent {
		if k == ti {
			_, p := timex.Calendar(ts[ti].Value)
			return p == "day"
		}
	}
	return false
}

// outsideCourt returns the words of a telling's setting outside a court right after its verb
// or hearer ("told reporters outside the courthouse", "said outside the Bacoor municipal trial
// court"), fronted or set off in the sentence (outsideTelling), or as the speaker left it
// (leavingCourt: "said as she left court"), or of a court's step named again as what the telling came after ("In a statement
// issued after the sentencing, …", "said following the verdict"; afterCourtStep): what is said
// there is said on the day of the court's step told before. "" when none. lawHearing is
// afterCourtStep's.
func outsideCourt(toks []token, lawHearing bool) string {
	if words := afterCourtStep(toks, lawHearing); words != "" {
		return words
	}
	for i := 0; i+1 < len(toks); i++ {
		if !(toks[i].Lower == "outside" && outsideTelling(toks, i) || leavingCourt(toks, i)) {
			continue
		}
		for j := i + 1; j < len(toks) && j-i <= 6; j++ {
			if courtPlace[toks[j].Lower] {
				return joinTokens(toks[i : j+1])
			}
			if t := toks[j].Tag; t != "DT" && !isNounTag(t) && !strings.HasPrefix(t, "JJ") && t != "POS" {
				break
			}
		}
	}
	return ""
}

// outsideTelling reports whether "outside" at i sets the telling of its sentence, not what it
// tells: right after the verb or hearer ("said outside", "told reporters outside"), fronted
// ("Outside court, X said", "Speaking outside the courthouse, X said"), after a participle of
// speaking set in the sentence ("His lawyer, X, speaking outside the courthouse, said"), or after
// a comma when the phrase closes the sentence ("…," said X, his attorney, outside the
// courthouse.").
func outsideTelling(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	switch toks[i-1].Lower {
	case "said", "told", "reporters", "journalists", "says", "speaking", "talking":
		return true
	case ",":
		return closesAtCourt(toks, i)
	}
	return false
}

// leavingCourt reports whether the word at i tells the speaker leaving the court as the telling's
// setting: "left" in "as she left court" ("said as she left court that …") or "Leaving" opening
// the sentence ("Leaving the courthouse, X said …").
func leavingCourt(toks []token, i int) bool {
	switch toks[i].Lower {
	case "left":
		return i >= 2 && toks[i-2].Lower == "as" && toks[i-1].Tag == "PRP"
	case "leaving":
		return i == 0
	}
	return false
}

// closesAtCourt reports whether the phrase that "outside" at i opens ends the sentence at the
// word for a court's building (courtPlace) a few words on: "…, outside the courthouse."
func closesAtCourt(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j-i <= 6; j++ {
		if courtPlace[toks[j].Lower] {
			return j+1 == len(toks) || toks[j+1].Text == "." && j+2 == len(toks)
		}
	}
	return false
}

// courtPlace holds the words for the building or room of a court that a telling outside it
// names ("outside the courthouse").
var courtPlace = map[string]bool{"court": true, "courthouse": true, "courtroom": true, "tribunal": true}

// atCourt returns the words that put a telling or a step at a court's sitting, and the index of
// the preposition "before" when a bench follows it (-1 otherwise), or "" and -1 when the
// sentence has none: what is said outside the court or after its step (outsideCourt), a telling
// to the bench ("told the court", "told District Judge X"), a step taken or a plea
// made before it ("pleaded guilty before U.S. District Judge X"; both benchAfter), a defendant
// speaking through an interpreter ("Speaking through a Russian interpreter, X said …";
// throughInterpreter), an argument counsel made ("His lawyer, X, argued for eight years";
// counselArgued), a telling "in court" (inCourtTelling) or one in a statement announcing the
// case (announcedStep). What is said or done there is said
// or done on the day of the sitting. lawHearing tells that the story dated a hearing before
// lawmakers (afterCourtStep).
func (x *Extractor) atCourt(toks []token, lawHearing bool) (string, int) {
	if words := outsideCourt(toks, lawHearing); words != "" {
		return words, -1
	}
	for i := range toks {
		switch toks[i].Lower {
		case "told":
			if j := x.benchAfter(toks, i+1); j > 0 {
				return joinTokens(toks[i : j+1]), -1
			}
		case "before":
			if j := x.benchAfter(toks, i+1); j > 0 {
				return joinTokens(toks[i : j+1]), i
			}
		case "through":
			if j := throughInterpreter(toks, i); j > 0 {
				return joinTokens(toks[i : j+1]), -1
			}
		case "argued":
			if x.counselArgued(toks, i) {
				return toks[i].Text, -1
			}
		case "announcing":
			if j := x.announcedStep(toks, i); j > 0 {
				return joinTokens(toks[i-1 : j+1]), -1
			}
		case "in":
			if x.inCourtTelling(toks, i) {
				n := 2
				if toks[i+1].Lower == "the" {
					n = 3
				}
				return joinTokens(toks[i : i+n]), -1
			}
		}
	}
	return "", -1
}

// inCourtTelling reports whether "in" at i opens "in court" or "in the courtroom" setting the
// sentence's telling at a court's sitting: right after the verb ("said in court that …", "told
// in court how …", "said in the courtroom that …"), fronted and set off by a comma ("In court,
// the prosecutor said …"), or closing the sentence after the telling with no finite verb
// between ("…,\" X said, his tone flat in the courtroom."; courtClosing). "court"
// heading a noun phrase ("said in court papers", "in court filings") names a document, which
// sets no sitting.
func (x *Extractor) inCourtTelling(toks []token, i int) bool {
	c := i + 1 // the word for the court
	if c < len(toks) && toks[c].Lower == "the" {
		c++
	}
	if c+1 >= len(toks) || toks[c].Lower != "court" && toks[c].Lower != "courtroom" || isNounTag(toks[c+1].Tag) || toks[c+1].Tag == "POS" {
		return false // "said in court papers", "in court filings": a document, not the sitting
	}
	if i == 0 {
		return toks[c+1].Text == ","
	}
	if x.cue.tokIs("courtsaying", &toks[i-1]) {
		return true
	}
	return x.courtClosing(toks, i, c)
}

// announcedStep returns the index of the noun for the legal step that "announcing" at i names,
// when the participle follows the noun for an occasion of telling ("said in a statement
// announcing the charges", "said at a news conference announcing the indictment", "in a
// statement announcing the case"), else -1: the telling was made when the case was made public,
// at the story's sitting or step.
func (x *Extractor) announcedStep(toks []token, i int) int {
	if i < 1 || !x.cue.tokIs("announceoccasion", &toks[i-1]) {
		return -1
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if x.cue.tokIs("announcedlegal", &toks[j]) {
			if j+1 < len(toks) && isNounTag(toks[j+1].Tag) {
				return -1 // "announcing the charges sheet": another noun heads the phrase
			}
			return j
		}
		if t := toks[j].Tag; t != "DT" && t != "PRP$" && !strings.HasPrefix(t, "JJ") {
			return -1
		}
	}
	return -1
}

// courtClosing reports whether the court's place that "in" at i opens, its word at c (with a
// word after it), closes the sentence before its full stop after a comma that follows a verb of telling, with no finite verb between them ("…,\"
// X said, his tone flat in the courtroom."): an absolute phrase that sets the scene of the
// telling, not of what is told ("X said the files were shown in court." has its own verb).
func (x *Extractor) courtClosing(toks []token, i, c int) bool {
	if toks[c+1].Text != "." || c+2 != len(toks) {
		return false // inCourtTelling leaves a word after the court's: here the closing full stop
	}
	comma := false
	for j := i - 1; j >= 0; j-- {
		t := toks[j]
		switch {
		case x.cue.tokIs("courtsaying", &toks[j]):
			return comma
		case t.Text == ",":
			comma = true
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || t.Tag == "VBN" || quoteOpens(toks[j:j+1]):
			return false
		}
	}
	return false
}

// benchReach bounds how many words of a title or name may stand between "told" or "before" and
// the bench ("before U.S. District Judge", "told the court").
const benchReach = 4

// benchAfter returns the index of the word for the bench (cue courtbench) that the phrase from
// j names, after "the", adjectives or the capitalised words of a title ("the court", "U.S.
// District Judge Helen Ames", "the magistrate"), or -1. A bench followed by a finite verb
// ("before the court ruled") opens a clause, not the hearer or the place of a step; neither
// does a bench that only a possessive names ("told the court's clerk").
func (x *Extractor) benchAfter(toks []token, j int) int {
	for k := j; k < len(toks) && k-j <= benchReach; k++ {
		t := toks[k]
		if x.cue.tokIs("courtbench", &t) {
			n := k + 1
			for n < len(toks) && toks[n].Tag == "NNP" {
				n++ // the judge's name: "Judge Helen Ames"
			}
			if n < len(toks) && (isFiniteTag(toks[n].Tag) || toks[n].Tag == "POS") {
				return -1
			}
			return k
		}
		if t.Lower != "the" && t.Tag != "NNP" && t.Tag != "JJ" {
			return -1
		}
	}
	return -1
}

// throughInterpreter returns the index of "interpreter" in "through a[n] [adjective]
// interpreter" from i ("speaking through a Russian interpreter"), or -1.
func throughInterpreter(toks []token, i int) int {
	if i+2 >= len(toks) || toks[i+1].Lower != "a" && toks[i+1].Lower != "an" {
		return -1
	}
	for k := i + 2; k < len(toks) && k-i <= interpreterReach; k++ {
		if toks[k].Lower == "interpreter" {
			return k
		}
	}
	return -1
}

// interpreterReach bounds, in tokens from "through", the word "interpreter" throughInterpreter
// looks for: "through a Russian interpreter", an adjective or two between.
const interpreterReach = 4

// counselArgued reports whether "argued" at v has for its subject those who argue a case in
// court (cue courtcounsel: "His lawyer, X, argued …", "Prosecutors argued …"): the subject's
// words before it, an apposition set off by commas among them, up to the sentence's start or
// a finite verb.
func (x *Extractor) counselArgued(toks []token, v int) bool {
	if toks[v].Tag != "VBD" {
		return false
	}
	for k := v - 1; k >= 0 && v-k <= counselReach; k-- {
		if x.cue.tokIs("courtcounsel", &toks[k]) {
			return true
		}
		if isFiniteTag(toks[k].Tag) {
			return false
		}
	}
	return false
}

// counselReach bounds how far before "argued" the word for counsel may stand ("His lawyer,
// Neil Ames, argued": the name set off by commas between).
const counselReach = 8

// courtLeadDay returns the day of a court's sitting that a sentence of the story's lead, or of the
// paragraph after it that details the lead, tells:
// a step taken at a sitting dated to a day (cue sittingstep: "was sentenced Wednesday",
// "pleaded guilty on Monday"), or a bench or court (cue courtword) with a day within
// courtDayReach words of it and no comma between ("admitted in federal court on Wednesday", "A
// federal magistrate judge on Wednesday ordered …"); "" for none. The sitting the lead tells is
// the occasion the story reports: a telling or step at a sitting that gives no time of its own
// (atCourt) is told or taken that day.
func (x *Extractor) courtLeadDay(toks []token, found []rawEvent, ts []timex.Expression, inSent []int, iso func(int) string) string {
	for _, f := range found {
		if d := iso(f.TimeIdx); f.Type == schema.EventLegal && len(d) == dayValue && x.cue.is("sittingstep", f.Lemma) && f.asserted() {
			return d
		}
	}
	for _, ti := range inSent {
		d := iso(ti)
		if len(d) != dayValue {
			continue
		}
		at := tokFrom(toks, ts[ti].Start)
		if at < 0 {
			continue
		}
		if x.sittingVerbBefore(toks, at) || x.benchHeardBefore(toks, at) {
			return d
		}
		for j := max(0, at-courtDayReach); j < len(toks) && j <= at+courtDayReach; j++ {
			if x.cue.tokIs("courtword", &toks[j]) && !textBetween(toks, min(j, at), max(j, at), ",") {
				return d
			}
		}
	}
	return ""
}

// sittingVerbBefore reports whether the day at token at closes a step taken at a court's
// sitting told in the past (cue sittingstep), whether or not the step's subject was found as
// a party: the verb's past form right before the day, past "on" and the plea it enters ("pleaded
// guilty Friday", "pleaded not guilty on Monday", "was sentenced on Wednesday"). A lead whose
// subject is only described ("A former analyst pleaded guilty Friday …") still tells the day
// of the sitting the story reports.
func (x *Extractor) sittingVerbBefore(toks []token, at int) bool {
	j := at - 1
	if j >= 0 && toks[j].Lower == "on" {
		j--
	}
	for j >= 0 && pleaWord[toks[j].Lower] {
		j--
	}
	if j < 0 || toks[j].Tag != "VBD" && toks[j].Tag != "VBN" || toBeDone(toks, j) {
		return false
	}
	w := toks[j].Lower
	if w == "pled" {
		return true
	}
	stem, ok := strings.CutSuffix(w, "ed")
	return ok && (x.cue.is("sittingstep", stem) || x.cue.is("sittingstep", stem+"e"))
}

// toBeDone reports whether the participle at j is governed by a bare "be" ("to be sentenced",
// "will be sentenced", "could be sentenced"): a step still to come or only possible, not one
// told in the past.
func toBeDone(toks []token, j int) bool {
	return j > 0 && toks[j].Tag == "VBN" && toks[j-1].Lower == "be"
}

// benchHeardBefore reports whether the day at token at closes "heard" whose subject is a court or
// its jury ("a jury at the Old Bailey heard on Thursday", "Southwark Crown Court heard on
// Monday"; cue courtword or juryWord within heardReach words before the verb, no comma between):
// British court reporting tells a trial's day so.
func (x *Extractor) benchHeardBefore(toks []token, at int) bool {
	j := at - 1
	if j >= 0 && toks[j].Lower == "on" {
		j--
	}
	if j < 1 || toks[j].Lower != "heard" {
		return false
	}
	for k := j - 1; k >= 0 && j-k <= heardReach; k-- {
		if toks[k].Text == "," {
			return false
		}
		if juryWord[toks[k].Lower] || x.cue.tokIs("courtword", &toks[k]) {
			return true
		}
	}
	return false
}

// heardReach bounds how far before "heard" the court or jury that heard may stand ("a jury at
// the Old Bailey heard").
const heardReach = 6

// juryWord holds the words for a court's jury.
var juryWord = map[string]bool{"jury": true, "jurors": true}

// pleaWord holds the words of a plea entered at a sitting, between "pleaded" and its day
// ("pleaded not guilty on Monday", "pleaded no contest Friday").
var pleaWord = map[string]bool{"guilty": true, "not": true, "no": true, "contest": true}

// courtDayReach bounds how many words may stand between a court and the day of its sitting
// ("admitted in federal court on Wednesday", "A federal magistrate judge on Wednesday").
const courtDayReach = 4

// afterCourtStep returns the words "after the <step>" (or "following", "at" or "during the
// <step>"; courtStepAround) for a step only a court takes, named again with "the"
// (courtStepNoun: "after the sentencing", "following the verdict", "At the hearing, …"), not given its own time or owner by a word after it ("after the verdict of 2019",
// "after the sentencing hearing"; anotherOccasion) nor counted on from by a span of days, weeks,
// months or years ("days after the verdict": spanAfter's), or "" when the sentence has none. A court's
// hearing counts among those steps unless the story dated a hearing before lawmakers
// (lawHearing): "after the hearing" is then that one's.
func afterCourtStep(toks []token, lawHearing bool) string {
	for i := 2; i < len(toks); i++ {
		if !courtStepNoun[toks[i].Lower] || toks[i-1].Lower != "the" || lawHearing && toks[i].Lower == lawmakersHearing {
			continue
		}
		if !courtStepAround[toks[i-2].Lower] || anotherOccasion(toks, i) || countedOn(toks, i-2) {
			continue // "days after the verdict", "a week after the sentencing": a later day (spanAfter)
		}
		return joinTokens(toks[i-2 : i+1])
	}
	return ""
}

// courtStepNoun holds the nouns of steps only a court takes, on the day it sits: what is said
// after one is said that day.
var courtStepNoun = map[string]bool{"sentencing": true, "verdict": true, "conviction": true, "arraignment": true, "hearing": true}

// courtStepAround holds the prepositions that set a telling at or after a court's step named
// again ("after the sentencing", "following the verdict", "at the hearing", "during the
// arraignment").
var courtStepAround = map[string]bool{"after": true, "following": true, "at": true, "during": true}

// lawmakersHearing is the court step noun that a hearing before lawmakers also names ("said after
// the hearing" when senators heard a witness): afterCourtStep leaves it to the occasion of that
// hearing when the story dated one (hearingDay).
const lawmakersHearing = "hearing"

// findingsReach bounds how many sentences after a finding told undated the sentence that gives
// the day its findings were published may come (findingsIssued).
const findingsReach = 2

// findingsIssued returns the issue (an index into issues) of the document in which the undated
// accusation or report ev, told in the simple past in a sentence with no time of its own, was
// made public, or -1: a sentence after it in its paragraph, at most findingsReach on, that
// names the findings (cue findingsnoun) and a document issued on a day ("X attributed the
// operation to Y. The findings were laid out in a report published on Thursday.", "… Norrholm
// set out its findings in a report published on Monday.").
func (x *Extractor) findingsIssued(sents []sentence, issues []issue, times []timex.Expression, ev rawEvent) int {
	if ev.Type != schema.EventAccusation && ev.Type != schema.EventReport || !ev.asserted() {
		return -1
	}
	k := ev.Sent
	if toks := sents[k].Toks; ev.Trigger < 0 || ev.Trigger >= len(toks) || toks[ev.Trigger].Tag != "VBD" {
		return -1
	}
	for n, is := range issues {
		if is.tok < 0 || is.sent <= k || is.sent-k > findingsReach || sents[is.sent].Para != sents[k].Para {
			continue
		}
		for _, t := range sents[is.sent].Toks[:is.tok] {
			if x.cue.tokIs("findingsnoun", &t) {
				if sentenceTimed(sents[k], times) {
					return -1 // a time of its own sentence, whoever's, is left to the sentence's rules
				}
				return n
			}
		}
	}
	return -1
}

// askedAbout dates a denial not dated by a time of its own sentence (undated, or given one
// only by its tense or the narrative) with the day the next sentence of its paragraph opens on by
// "Asked about …, DAY," when that sentence's speaker is the denial's own agent or a
// spokesperson ("China has denied involvement. Asked about the findings on Friday, a
// spokesperson for the foreign ministry said …"): the answer given that day is the denial the
// sentence before summed up.
func (x *Extractor) askedAbout(sents []sentence, ms []mention, evs []rawEvent, times []timex.Expression) {
	for e := range evs {
		ev := &evs[e]
		k := ev.Sent
		if ev.Type != schema.EventDenial || !ev.asserted() || k < 0 || k+1 >= len(sents) || sents[k+1].Para != sents[k].Para {
			continue
		}
		if t := ev.TimeIdx; t >= 0 && times[t].Start >= sents[k].Start && times[t].End <= sents[k].End {
			continue // a time of its own sentence
		}
		if ti := x.askedDay(sents[k+1], ms, k+1, ev.Agent, times); ti >= 0 {
			ev.TimeIdx, ev.TimeText = ti, ""
		}
	}
}

// askedDay returns the time (an index into times) of a day that the sentence s (number k)
// gives in an opening "Asked about …," clause before a speaker who is one of agents or is a
// spokesperson, or -1.
func (x *Extractor) askedDay(s sentence, ms []mention, k int, agents []int, times []timex.Expression) int {
	toks := s.Toks
	if len(toks) < 4 || toks[0].Lower != "asked" || toks[1].Lower != "about" {
		return -1
	}
	comma := -1
	for j := 2; j < len(toks); j++ {
		if toks[j].Text == "," {
			comma = j
			break
		}
	}
	if comma < 0 || comma+1 >= len(toks) {
		return -1
	}
	ti := timeWithin(times, s.Start, toks[comma].Start)
	if ti < 0 {
		return -1
	}
	if _, p := timex.Calendar(times[ti].Value); p != "day" {
		return -1
	}
	for j := comma + 1; j < len(toks) && j-comma <= 4; j++ {
		if x.cue.tokIs("spokesrole", &toks[j]) {
			return ti
		}
	}
	for _, m := range ms {
		if m.Sent == k && m.First > comma {
			if m.Entity >= 0 && slices.Contains(agents, m.Entity) {
				return ti
			}
			break
		}
	}
	return -1
}

// timeWithin returns the first calendar time (an index into times) that lies between the rune
// offsets from and to, or -1.
func timeWithin(times []timex.Expression, from, to int) int {
	for i, t := range times {
		if t.Start >= from && t.End <= to && t.Start >= 0 {
			if iso, _ := timex.Calendar(t.Value); iso != "" {
				return i
			}
		}
	}
	return -1
}

// issue is a document the article gives a day of issue: its sentence, the token of its noun
// (-1 for a warning told with no document noun) and its time (an index into the times).
type issue struct{ sent, tok, ti int }

// issuedDays dates an undated event told by a document (cue docnoun: "a technical advisory",
// "its report") with the day another mention of the same document gives its issue: the
// nearest such mention within recallWindow sentences (documentIssues). The event is named by
// the document's noun, or told by it: the noun is the verb's subject ("The advisory urged …",
// "CISA's advisory urged …") or opens the sentence ("In the filing, the company said …";
// toldByDocument). A mention before the dated one may be indefinite (the lede's "has
// published a technical advisory", named again as "The advisory, released on Monday"), if the
// dated one is definite and names the event itself; one after it must be definite or
// possessive ("the report", "its report", "the agency's advisory"). An alert's nouns name one
// document (cue alertdoc: "issued a joint advisory … In the alert, …"), and one of them with
// no issue of its own is the warning the article told on a day before it ("U.S. agencies
// warned operators on Monday … The joint advisory, issued by …, attributes …"). A telling in
// the simple present dated only to the publication (pub, an index into the times;
// presentTimes) counts as undated: what a document says it said when it was issued. A finder's
// accusation or report told with no document takes the day of the one a sentence after it
// publishes its findings in (findingsIssued).
func (x *Extractor) issuedDays(sents []sentence, evs []rawEvent, times []timex.Expression, iso func(int) string, pub int) {
	issues := x.documentIssues(sents, evs, times, iso)
	if len(issues) == 0 {
		return
	}
	for e := range evs {
		ev := &evs[e]
		if !ev.asserted() || ev.Sent < 0 || ev.Sent >= len(sents) {
			continue
		}
		toks := sents[ev.Sent].Toks
		if ev.Trigger < 0 || ev.Trigger >= len(toks) {
			continue
		}
		if ev.TimeIdx >= 0 && (ev.TimeIdx != pub || pub < 0 || toks[ev.Trigger].Tag != "VBZ" && toks[ev.Trigger].Tag != "VBP") {
			continue
		}
		d, named := ev.Trigger, x.cue.tokIs("docnoun", &toks[ev.Trigger])
		if !named {
			if d = x.toldByDocument(toks, ev.Trigger); d < 0 || !tellingType(ev.Type) {
				if n := x.findingsIssued(sents, issues, times, *ev); n >= 0 {
					ev.TimeIdx, ev.TimeText = issues[n].ti, ""
				}
				continue
			}
		}
		if best := x.sameDocument(sents, issues, ev.Sent, d, named); best >= 0 {
			ev.TimeIdx, ev.TimeText = issues[best].ti, ""
		}
	}
}

// sameDocument returns the issue (an index into issues) of the document named by the noun at
// token d of sentence k, or -1: the nearest issue of the same noun within recallWindow
// sentences (at any distance before it when the noun names its issuer; issuerNamed), else, for
// an alert's noun (cue alertdoc), the nearest before it of another alert's noun or of a warning
// told with none. named tells that the noun names the event itself; a document that only tells
// an event must be named before it.
func (x *Extractor) sameDocument(sents []sentence, issues []issue, k, d int, named bool) int {
	toks := sents[k].Toks
	w := toks[d].Lower
	far := issuerNamed(toks, d)
	best, dist := -1, len(sents)+1
	alt, altDist := -1, recallWindow+1
	for n, is := range issues {
		dd := is.sent - k
		if dd < 0 {
			dd = -dd
		}
		if dd >= dist || dd > recallWindow && (!far || is.sent > k) {
			continue
		}
		if is.tok < 0 || sents[is.sent].Toks[is.tok].Lower != w {
			if (is.sent < k || is.sent == k && is.tok < d) && dd < altDist && x.cue.is("alertdoc", w) &&
				(is.tok < 0 || x.cue.tokIs("alertdoc", &sents[is.sent].Toks[is.tok])) && (definiteNoun(toks, d) || ownedNoun(toks, d)) {
				alt, altDist = n, dd
			}
			continue
		}
		switch {
		case is.sent == k:
			if is.tok != d && (named || is.tok > d) {
				continue
			}
		case is.sent > k:
			if !named || !definiteNoun(sents[is.sent].Toks, is.tok) {
				continue
			}
		default:
			if !definiteNoun(toks, d) && !ownedNoun(toks, d) {
				continue
			}
		}
		best, dist = n, dd
	}
	if best < 0 {
		return alt
	}
	return best
}

// issueClauseReach bounds how many tokens a document noun's "of" phrase (a body's full name,
// its abbreviation in brackets), and the words between the participle of a relative clause on
// it and its time, may take (relativeIssue).
const issueClauseReach = 24

// relativeIssue returns the time (an index into times) a passive relative clause on the noun at
// i gives it, or -1: past an "of" phrase of names and nouns, a comma, "which" or "that", "was" or
// "were", any participle ("tabled", "presented", "handed over") and a few words of place, a time
// that starts before any other verb or comma ("the report of the agency (NA), which was tabled in
// Parliament on Thursday"). What the clause tells happened to the document, so on that day it
// was issued.
func relativeIssue(toks []token, i int, times []timex.Expression) int {
	if !isNounTag(toks[i].Tag) {
		return -1
	}
	j := i + 1
	if j < len(toks) && toks[j].Lower == "of" {
		for j++; j < len(toks) && j-i <= issueClauseReach && toks[j].Text != ","; j++ {
			if tg := toks[j].Tag; tg != "DT" && tg != "POS" && !isNounTag(tg) && !strings.HasPrefix(tg, "JJ") &&
				tg != "-LRB-" && tg != "-RRB-" && tg != "(" && tg != ")" && toks[j].Text != "(" && toks[j].Text != ")" {
				return -1
			}
		}
	}
	if j+4 >= len(toks) || toks[j].Text != "," || toks[j+1].Lower != "which" && toks[j+1].Lower != "that" ||
		toks[j+2].Lower != "was" && toks[j+2].Lower != "were" || toks[j+3].Tag != "VBN" {
		return -1
	}
	for m := j + 4; m < len(toks) && m-j <= issueClauseReach; m++ {
		if t := timeStarting(times, toks[m].Start); t >= 0 {
			return t
		}
		if isVerbTag(toks[m].Tag) || toks[m].Text == "," || toks[m].Lower == "that" || toks[m].Lower == "which" {
			return -1
		}
	}
	return -1
}

// issuerNameReach bounds how many tokens before a document noun issuerNamed looks for the
// name of its issuer.
const issuerNameReach = 4

// issuerNamed reports whether the document noun at d names its issuer before it, a name
// between its determiner and it, within issuerNameReach tokens ("The NCSC report", "the
// Norland Cyber Office's advisory", "CISA's advisory"): a document so named is the one issued
// by that body however far back its issue was told (sameDocument). A pronoun's ("its report")
// or a bare one ("the report") may be another document that far on.
func issuerNamed(toks []token, d int) bool {
	for j := d - 1; j >= 0 && d-j <= issuerNameReach; j-- {
		t := toks[j]
		switch {
		case t.Tag == "NNP" || t.Tag == "NNPS":
			return true
		case t.Tag == "POS" || isPossMark(t.Text) || strings.HasPrefix(t.Tag, "JJ") || isNounTag(t.Tag) || t.Tag == "CD":
		default:
			return false
		}
	}
	return false
}

// documentIssues returns the documents of the article given a day of issue: a document noun
// with an issuing participle and its day right after it ("The advisory, released on Monday",
// "a report published on Tuesday") or in a passive relative clause on it (relativeIssue: "the
// annual report of the agency, which was presented to Parliament on Thursday"), the document
// of a telling dated to a day (issuedNoun: "on Thursday issued a joint advisory", "disclosed
// the breach in a filing with the SEC on Monday"), and a warning dated to a day told with no
// document noun; the day must be named in the telling's sentence.
func (x *Extractor) documentIssues(sents []sentence, evs []rawEvent, times []timex.Expression, iso func(int) string) []issue {
	var issues []issue
	for k := range sents {
		toks := sents[k].Toks
		for i := 0; i+2 < len(toks); i++ {
			if !x.cue.tokIs("docnoun", &toks[i]) {
				continue
			}
			j := i + 1
			if toks[j].Text == "," {
				j++
			}
			if !x.cue.tokIs("issuedverb", &toks[j]) {
				continue
			}
			if j++; j < len(toks) && toks[j].Lower == "on" {
				j++
			}
			if j >= len(toks) {
				continue
			}
			if t := timeStarting(times, toks[j].Start); t >= 0 && iso(t) != "" {
				issues = append(issues, issue{k, i, t})
			}
		}
		for i := range toks {
			if t := relativeIssue(toks, i, times); t >= 0 && x.cue.tokIs("docnoun", &toks[i]) && len(iso(t)) == dayValue {
				issues = append(issues, issue{k, i, t})
			}
		}
	}
	for _, ev := range evs {
		if !dayTold(sents, times, iso, ev) {
			continue
		}
		toks := sents[ev.Sent].Toks
		if d := x.issuedNoun(toks, ev.Trigger); d >= 0 {
			issues = append(issues, issue{ev.Sent, d, ev.TimeIdx})
		} else if ev.Type == schema.EventWarning {
			issues = append(issues, issue{ev.Sent, -1, ev.TimeIdx})
		}
	}
	return issues
}

// dayTold reports whether ev is an asserted telling dated to a day its own sentence names: the
// day the document it is made in, if any, was issued (documentIssues, researchIssues). A day
// the sentence does not name (the publication's for the present) is no issue.
func dayTold(sents []sentence, times []timex.Expression, iso func(int) string, ev rawEvent) bool {
	if ev.TimeIdx < 0 || !ev.asserted() || !tellingType(ev.Type) || len(iso(ev.TimeIdx)) != dayValue || ev.Sent < 0 || ev.Sent >= len(sents) {
		return false
	}
	s := sents[ev.Sent]
	return ev.Trigger >= 0 && ev.Trigger < len(s.Toks) && times[ev.TimeIdx].Start >= s.Start && times[ev.TimeIdx].Start < s.End
}

// issuedNounReach bounds how many tokens after a verb of telling its document's noun may stand.
const issuedNounReach = 10

// issuedNoun returns the token of the document noun (cue docnoun) a telling at token i is
// made in, or -1: the trigger itself, or a singular document noun in the verb's own clause
// after it ("issued a joint advisory", "disclosed a cyberattack in a filing with the SEC"),
// before any word that opens another clause.
func (x *Extractor) issuedNoun(toks []token, i int) int {
	if x.cue.tokIs("docnoun", &toks[i]) {
		return i
	}
	if !isVerbTag(toks[i].Tag) {
		return -1
	}
	for j := i + 1; j < len(toks) && j <= i+issuedNounReach; j++ {
		switch tk := toks[j]; {
		case tk.Tag == "NN" && x.cue.tokIs("docnoun", &tk):
			return j
		case tk.Lower == "that" || tk.Lower == "which" || tk.Lower == "who" || tk.Text == ";" || tk.Text == ":" || isTensedTag(tk.Tag) || tk.Tag == "MD":
			return -1
		}
	}
	return -1
}

// toldByDocument returns the token of the document noun (cue docnoun) that tells the verb at
// token i, or -1: a definite or possessive noun that is the verb's subject, opening the
// sentence ("The advisory urged …", "CISA's advisory urged …", "The joint advisory, issued by
// A, B and C, attributes …"), or that opens the sentence in a phrase before the verb's clause
// ("In the alert, the FBI warned …").
func (x *Extractor) toldByDocument(toks []token, i int) int {
	if i <= 0 || !isVerbTag(toks[i].Tag) {
		return -1
	}
	if toks[0].Lower == "in" || toks[0].Lower == "according" {
		for j := 1; j < i && j <= 8; j++ {
			if toks[j].Text == "," {
				if d := j - 1; x.cue.tokIs("docnoun", &toks[d]) && (definiteNoun(toks, d) || ownedNoun(toks, d)) {
					return d
				}
				return -1
			}
		}
		return -1
	}
	for d := 0; d < i && d <= 6; d++ {
		tg := toks[d].Tag
		if x.cue.tokIs("docnoun", &toks[d]) && isNounTag(tg) {
			if !definiteNoun(toks, d) && !ownedNoun(toks, d) || !subjectNounOf(toks, d, i) {
				return -1
			}
			return d
		}
		if tg != "DT" && tg != "PRP$" && tg != "POS" && tg != "CD" && !strings.HasPrefix(tg, "JJ") && !isNounTag(tg) && !isPossMark(toks[d].Text) {
			return -1
		}
	}
	return -1
}

// subjectNounOf reports whether the noun at d is the subject of the verb at i: only an adverb
// ("also") between them, or a participle phrase between commas ("The advisory, issued by A, B
// and C, attributes …").
func subjectNounOf(toks []token, d, i int) bool {
	j := d + 1
	if j < i && toks[j].Text == "," && j+1 < i && toks[j+1].Tag == "VBN" {
		c := -1
		for m := j + 2; m < i; m++ {
			if toks[m].Text == "," {
				c = m
			}
		}
		if c < 0 {
			return false
		}
		j = c + 1
	}
	for ; j < i; j++ {
		if !strings.HasPrefix(toks[j].Tag, "RB") {
			return false
		}
	}
	return true
}

// ownedNoun reports whether the noun at i has a possessive determiner, with at most adjectives
// and common nouns between: "its report", "the agency's advisory".
func ownedNoun(toks []token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		if t := toks[j]; t.Tag == "PRP$" || isPossMark(t.Text) {
			return true
		}
		if t := toks[j].Tag; !strings.HasPrefix(t, "JJ") && !isNounTag(t) && t != "CD" {
			return false
		}
	}
	return false
}

// datedHeading reports whether sentence k is a line of its own that is nothing but the day x
// ("Monday 21 September" over a timeline's section), or a short question about that day
// ("What happened on Tuesday?"): the day the lines under it are told on.
func datedHeading(sents []sentence, k int, x timex.Expression) bool {
	if k < 0 || k >= len(sents) {
		return false
	}
	toks := sents[k].Toks
	if n := len(toks); n > 1 && n <= 8 && toks[n-1].Text == "?" && (toks[0].Lower == "what" || toks[0].Lower == "how") {
		return x.Start >= toks[0].End && x.End <= toks[n-1].Start // "What happened on Tuesday?": a question heading what follows, on a line of its own or not
	}
	if k > 0 && sents[k-1].Para == sents[k].Para || k+1 < len(sents) && sents[k+1].Para == sents[k].Para {
		return false
	}
	for _, tk := range toks {
		if (tk.Start < x.Start || tk.End > x.End) && strings.IndexFunc(tk.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			return false
		}
	}
	return len(toks) > 0
}

// headedDeed reports whether the deed triggered at token i of sentence k is told in the simple
// past ("broke into", "were hit") with no telling before it in the sentence: under a day's
// heading, a deed the section narrates is of that day; one a telling reports ("confirmed that
// data had been leaked") may be older.
func headedDeed(toks []token, evs []mergedEvent, k, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	if tg := toks[i].Tag; tg != "VBD" && !(tg == "VBN" && i > 0 && (toks[i-1].Lower == "was" || toks[i-1].Lower == "were")) {
		return false
	}
	for _, o := range evs {
		for _, r := range o.evidence {
			if r.sent == k && r.trigger < i && tellingType(o.typ) {
				return false
			}
		}
	}
	return true
}

// paragraphDayReach bounds how many sentences on a paragraph's day carries.
const paragraphDayReach = 3

// paragraphDays dates a statement, report, denial or accusation the text leaves undated by the
// last day-precise date named in an earlier sentence of its paragraph, at most
// paragraphDayReach sentences back: news opens a paragraph with its day ("On Tuesday, the
// utility disclosed the breach.") and goes on telling what was said that day without repeating
// it ("The company blamed a criminal gang."); a line that is only a day heads the paragraph
// after it (datedHeading). A sentence that names a time of its own keeps to it, and events
// told as negated or hypothetical take no day. Deeds and warnings are left alone: a paragraph
// often recalls them from before its day; a warning under a day's heading takes it, and so
// does a deed told there in the simple past (headedDeed), and so does a speaker's own notice
// its saying reports ("It said it had informed the regulator": ownNoticeSaid), of the day the
// paragraph's statement was made. A telling with an adverb of an earlier time beside its verb
// ("has previously said", "has consistently denied"; pastBeside) tells of another time than
// the paragraph's and takes none. A day after the publication date
// (published, ISO) is still to come: it dates no telling and ends the day carried before it.
func (x *Extractor) paragraphDays(sents []sentence, evs []mergedEvent, ts []timex.Expression, published string) {
	if len(evs) == 0 || len(ts) == 0 {
		return
	}
	// day[k] is the latest day-precise date before sentence k in its paragraph, at most
	// paragraphDayReach sentences back; -1 for none
	day := make([]int, len(sents))
	headed := make([]bool, len(sents)) // the day came from a heading (datedHeading)
	last, lastSent, t, fromHeading := -1, -1, 0, false
	for k := range sents {
		quoted := sents[k].Quoted
		if k == 0 || sents[k].Para != sents[k-1].Para {
			// the day carries over a heading only from the line just before, whose
			// datedHeading was read at the end of its sentence with this same last
			fromHeading = fromHeading && last >= 0 && lastSent == k-1
			if !fromHeading {
				last = -1
			}
			for t < len(ts) && ts[t].Start < sents[k].Start {
				t++ // a date before the paragraph belongs to the one before
			}
		}
		day[k] = last
		if k-lastSent > paragraphDayReach {
			day[k] = -1
		}
		headed[k] = fromHeading && day[k] >= 0
		for ; t < len(ts) && ts[t].Start < sents[k].End; t++ {
			if ts[t].Start < 0 {
				continue
			}
			day[k] = -1 // a sentence that names a time of its own does not take the paragraph's
			if ts[t].Type != timex.Date && ts[t].Type != timex.Time {
				continue
			}
			if iso, p := timex.Calendar(ts[t].Value); p == schema.PrecisionDay {
				if len(published) >= 10 && len(iso) >= 10 && iso[:10] > published[:10] {
					last = -1 // "will appear before a judge on Tuesday": a day still to come dates no telling
					continue
				}
				if j := tokFrom(sents[k].Toks, ts[t].Start); j >= 0 && j < len(quoted) && quoted[j] {
					continue // "… \"is still active today,\" she said": the quote's day, not the paragraph's
				}
				if j := tokFrom(sents[k].Toks, ts[t].Start); x.reportedDay(sents[k].Toks, j) {
					continue // "The bank said it reported the breach to police on May 3.": the day of what the saying tells, not of the paragraph's telling
				}
				last, lastSent = t, k
			}
		}
		if lastSent == k && last >= 0 {
			fromHeading = datedHeading(sents, k, ts[last])
		}
	}
	for i := range evs {
		e := &evs[i]
		if e.time >= 0 || len(e.evidence) == 0 || e.negated || e.modality != "" {
			continue
		}
		if k := e.evidence[0].sent; isDeed(e.typ) && k >= 0 && k < len(sents) && headed[k] && headedDeed(sents[k].Toks, evs, k, e.evidence[0].trigger) {
			e.time = day[k] // "Friday 18 September / Hackers broke into the council's network."
			continue
		}
		if !tellingType(e.typ) {
			continue
		}
		if k := e.evidence[0].sent; e.typ == schema.EventWarning && (k < 0 || k >= len(sents) || !headed[k] && !ownNoticeSaid(sents[k].Toks, e.evidence[0].trigger)) {
			continue
		}
		if k := e.evidence[0].sent; k >= 0 && k < len(sents) && day[k] >= 0 && !x.pastBeside(sents[k].Toks, e.evidence[0].trigger) {
			e.time = day[k] // not "has previously said", "has consistently denied": another time than the paragraph's
		}
	}
}

// reportedDay reports whether the time opening at token j stands in the clause a verb of
// saying in the simple past before it reports, past the clause's own finite verb ("The bank
// said it reported the breach to the police on May 3", "X said hackers broke in on May 1"):
// it dates what is told, not the occasion of telling. A time right after the verb or its
// adjunct ("said on Monday", "said in a statement on Monday that …") is the saying's.
func (x *Extractor) reportedDay(toks []token, j int) bool {
	for v := j - 1; v >= 0 && v < len(toks); v-- {
		if toks[v].Text == ";" || toks[v].Text == ":" {
			return false
		}
		if toks[v].Tag == "VBD" && x.cue.tokIs("reporting", &toks[v]) && finiteBetween(toks, v, j) {
			return true // past the verb of telling the time is the adjunct of ("said it reported the breach on May 3")
		}
	}
	return false
}

// documentTimes dates an undated event told in a relative clause on a document by the time of
// the verb that issued the document, or of the document's noun ("published guidance on
// Thursday that warned banks": the warning is Thursday's).
func (x *Extractor) documentTimes(c *sentCtx, found []rawEvent) {
	for f := range found {
		ev := &found[f]
		if ev.TimeIdx >= 0 || ev.Trigger < 0 || ev.Trigger >= len(c.s.Toks) {
			continue
		}
		v := x.issuedDocVerb(c.s.Toks, ev.Trigger)
		if v < 0 {
			continue
		}
		for _, o := range found {
			if o.Trigger >= v && o.Trigger < ev.Trigger && o.TimeIdx >= 0 { // the issuing verb or the document's noun
				ev.TimeIdx, ev.TimeText = o.TimeIdx, o.TimeText
				break
			}
		}
	}
}

// groundsTimes dates an undated accusation told in an object relative clause whose subject is a
// pronoun ("charged and sanctioned X in May, whom it accused of running Y", "expelled two
// envoys in March, whom it accused of spying") by the time of the act of the main verb before
// it, when the same agent does it: the clause gives the act's grounds, made with the act, as
// when no relative word stands between ("sanctioned six officials it accused of …").
func (x *Extractor) groundsTimes(c *sentCtx, found []rawEvent) {
	toks := c.s.Toks
	for f := range found {
		ev := &found[f]
		i := ev.Trigger
		if ev.Type != schema.EventAccusation || ev.TimeIdx >= 0 || len(ev.Agent) == 0 || i < 2 || i >= len(toks) || !objectRelative(toks[i-2].Lower) {
			continue
		}
		if m := c.at[i-1]; m < 0 || c.ms[m].How != mkPronoun {
			continue
		}
		v := x.mainVerbBefore(c, i-1)
		for _, o := range found {
			if o.Trigger == v && o.TimeIdx >= 0 && o.asserted() && sameEnts(o.Agent, ev.Agent) {
				ev.TimeIdx, ev.TimeText = o.TimeIdx, o.TimeText
				break
			}
		}
	}
}

// dayOfDeed reads "on the day of the <event noun>" ("notified the regulator on the day of the
// breach", "On the day of the attack, X …"; a part of the day, cue daypart, as the day: "alerted
// police on the morning of the attack"; "the day after|before the breach" a day later or
// earlier; "disclosed the theft the day after it happened", occurredAfter): the day of the deed
// that noun points back at, the latest event of its type dated to a day anywhere before
// (earlier: latestDay), else, for "of", the time of the latest incident of its family told
// lately at any precision (kin: latestKin; "an October 2023 intrusion … warned the trust on
// the morning of the attack": October 2023), else the latest deed dated to a day (lastDeed, ""
// for none), dates the undated events of the phrase's clause before it, all of the sentence's
// when the phrase opens it, and the noun's own event. A clause after a comma ("…, but waited
// eleven days before telling its customers") is not the phrase's.
func (x *Extractor) dayOfDeed(c *sentCtx, found []rawEvent, earlier, kin func(schema.EventType) string, lastDeed string) []dayShift {
	toks := c.s.Toks
	var out []dayShift
	for d := 1; d+2 < len(toks); d++ {
		if toks[d-1].Lower != "the" || toks[d].Lower != "day" && !x.cue.tokIs("daypart", &toks[d]) {
			continue // "the day of the breach", "the morning of the attack" (cue daypart)
		}
		by := 0
		switch toks[d+1].Lower {
		case "of":
		case "after":
			by = 1
		case "before":
			by = -1
		default:
			continue
		}
		n, own := d+2, true
		for n < len(toks) && n-d <= 5 && !isNounTag(toks[n].Tag) {
			n++
		}
		for n+1 < len(toks) && isNounTag(toks[n+1].Tag) {
			n++ // "the day of the ransomware attack": the head ends the run
		}
		if o := x.occurredAfter(toks, d); o >= 0 && by != 0 {
			n, own = o, false // "disclosed the theft the day after it happened": the theft's day
		}
		if n >= len(toks) || !definiteNoun(toks, n) && toks[n-1].Tag != "PRP$" {
			continue
		}
		tr, ok := x.tokTrigger(&toks[n], false)
		if !ok || !isDeed(tr.Type) && tr.Type != schema.EventSanction && tr.Type != schema.EventLegal {
			continue
		}
		day := earlier(tr.Type)
		if day == "" && by == 0 && kin != nil {
			day = kin(tr.Type) // "on the morning of the attack" after "an October 2023 intrusion"
		}
		if day == "" {
			day = lastDeed
		}
		if by != 0 {
			day = shiftDay(day, by)
		}
		if day == "" {
			continue
		}
		opens := d <= 2 // "On the day of the attack, …"
		words := strings.Join([]string{toks[d-1].Text, toks[d].Text, toks[d+1].Text, toks[n].Text}, " ")
		if !own {
			words = joinTokens(toks[d-1 : d+4])
		}
		for k := range found {
			e := found[k]
			if e.TimeIdx >= 0 || !e.asserted() {
				continue
			}
			if own && e.Trigger == n || opens && e.Trigger > n || e.Trigger < d && e.Trigger != n && !textBetween(toks, e.Trigger, d, ",") {
				out = append(out, dayShift{k, day, words})
			}
		}
	}
	return out
}

// occurredAfter returns the index of the definite incident noun that "the day after|before it
// happened" (toks[d] the day or its part; "it" then a verb of occurring: happened, occurred,
// took place, began) points back at: the last one before the phrase in its clause, after the
// clause's verb ("Lumora reported the theft to the police the day after it happened"), or -1
// when there is none.
func (x *Extractor) occurredAfter(toks []token, d int) int {
	if d+3 >= len(toks) || toks[d+2].Lower != "it" {
		return -1
	}
	switch toks[d+3].Lower {
	case "happened", "occurred", "began", "started":
	case "took":
		if d+4 >= len(toks) || toks[d+4].Lower != "place" {
			return -1
		}
	default:
		return -1
	}
	for n := d - 2; n >= 0 && d-n <= occurredReach; n-- {
		if isVerbTag(toks[n].Tag) || toks[n].Text == "," {
			break
		}
		if !isNounTag(toks[n].Tag) || !definiteNoun(toks, n) {
			continue
		}
		if tr, ok := x.tokTrigger(&toks[n], false); ok && isDeed(tr.Type) {
			return n
		}
	}
	return -1
}

// occurredReach bounds how many tokens before "the day after it happened" the incident noun
// may stand (occurredAfter).
const occurredReach = 10

// monthRecalled reads an event told as what "the same month" was known by ("And in February,
// the same month the agency warned the port, …"): the clause recalls an event told before, so
// the event, dated only to that month, takes the day of the latest earlier event of its type
// by one of its agents that the text dated to a day within the month (evs, in text order).
func monthRecalled(toks []token, found, evs []rawEvent, iso func(int) string) []dayShift {
	var out []dayShift
	for m := 1; m+2 < len(toks); m++ {
		if toks[m].Lower != "month" || toks[m-1].Lower != "same" {
			continue
		}
		for k, e := range found {
			v := iso(e.TimeIdx)
			if e.Trigger <= m+1 || e.Trigger > m+6 || textBetween(toks, m, e.Trigger, ",") || len(e.Agent) == 0 || len(v) != monthValue || !e.asserted() {
				continue
			}
			for j := len(evs) - 1; j >= 0; j-- {
				d := iso(evs[j].TimeIdx)
				if evs[j].Type == e.Type && len(d) == dayValue && strings.HasPrefix(d, v) && slices.ContainsFunc(e.Agent, func(a int) bool { return a >= 0 && slices.Contains(evs[j].Agent, a) }) {
					out = append(out, dayShift{k, d, joinTokens(toks[m-1 : m+1])})
					break
				}
			}
		}
	}
	return out
}

// textBetween reports whether a token written text (a comma, a semicolon) stands between
// tokens a and b (exclusive).
func textBetween(toks []token, a, b int, text string) bool {
	for j := a + 1; j < b && j < len(toks); j++ {
		if toks[j].Text == text {
			return true
		}
	}
	return false
}

// sanctionsFollow dates a sanction the sentence tells undated in the simple past ("The Office
// of Foreign Assets Control designated X, Y and Z", "The Foreign Office added X to its
// sanctions list") by day, the day of the latest sanction dated to a day in the sentence or
// the recallWindow sentences before ("The United States on Tuesday sanctioned …"; latestDay):
// a story of sanctions goes on to tell the designations of the one action it dated. A past
// perfect, a quotation or a word that sets the step back in time (cue pastadverb, habitual:
// "previously designated", "has long sanctioned") leaves it undated.
func (x *Extractor) sanctionsFollow(c *sentCtx, found []rawEvent, day string) []dayShift {
	if day == "" {
		return nil
	}
	toks := c.s.Toks
	var out []dayShift
	for k, e := range found {
		if e.Type != schema.EventSanction || e.TimeIdx >= 0 || !e.asserted() || e.Trigger < 0 || e.Trigger >= len(toks) {
			continue
		}
		if hadDone(toks, e.Trigger) || e.Trigger < len(c.quoted) && c.quoted[e.Trigger] || !pastVerbAt(toks, e.Trigger) {
			continue
		}
		out = append(out, dayShift{k, day, toks[e.Trigger].Text})
	}
	if len(out) == 0 {
		return nil
	}
	for _, tk := range toks { // only a sentence with an undated sanction is read for such words
		if x.cue.tokIs("pastadverb", &tk) || x.cue.tokIs("habitual", &tk) {
			return nil
		}
	}
	return out
}

// pastVerbAt reports whether the trigger at i is a verb in the simple past, or a noun whose
// clause's finite verb before it is one ("added X to its sanctions list").
func pastVerbAt(toks []token, i int) bool {
	if toks[i].Tag == "VBD" {
		return true
	}
	if !isNounTag(toks[i].Tag) {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		switch tg := toks[j].Tag; {
		case tg == "VBD":
			return true
		case isVerbTag(tg) || tg == "MD":
			return false
		}
	}
	return false
}

// custodyStep reports whether ev is a step of a raid (cue custodystep: "arrested", "were
// detained", "seized", "was taken into custody") told in the simple past, active or passive,
// neither negated nor hypothetical.
func (x *Extractor) custodyStep(toks []token, ev rawEvent) bool {
	if ev.Type != schema.EventLegal || !ev.asserted() || !x.cue.is("custodystep", ev.Lemma) {
		return false
	}
	i := ev.Trigger
	if i < 0 || i >= len(toks) {
		return false
	}
	if toks[i].Tag == "VBD" {
		return !hadDone(toks, i)
	}
	return (toks[i].Tag == "VBN" || pastForm(toks[i])) && i > 0 && (toks[i-1].Lower == "was" || toks[i-1].Lower == "were")
}

// custodySeries dates the undated steps of a raid (custodyStep) of a sentence that names no
// time by the time t of the sentence right before it in the paragraph, which told such a step
// dated ("Raids were carried out on Monday at eleven addresses. Two men were detained in X, a
// third was arrested in Y."): news tells a raid's arrests and seizures as one series of one
// time.
func (x *Extractor) custodySeries(toks []token, found []rawEvent, t int, words string) {
	for k, e := range found {
		if e.TimeIdx < 0 && x.custodyStep(toks, e) {
			found[k].TimeIdx, found[k].TimeText = t, words
		}
	}
}

// datedCustody returns the time of the first step of a raid among evs (custodyStep) that is
// dated, -1 for none.
func (x *Extractor) datedCustody(toks []token, evs []rawEvent) int {
	for _, e := range evs {
		if e.TimeIdx >= 0 && x.custodyStep(toks, e) {
			return e.TimeIdx
		}
	}
	return -1
}

// custodyNounTime returns the first date of a sentence (inSent, indices into ts) whose tokens
// name steps of a raid by a noun ("Raids were carried out on Monday at eleven addresses",
// "The arrests came in May"; cue custodystep, singular or plural), -1 when there is none.
func (x *Extractor) custodyNounTime(toks []token, ts []timex.Expression, inSent []int) int {
	t := -1
	for _, ti := range inSent {
		if ts[ti].Type == timex.Date {
			t = ti
			break
		}
	}
	if t < 0 {
		return -1
	}
	for _, tk := range toks {
		if !isNounTag(tk.Tag) {
			continue
		}
		// a word without the suffix is itself: asked once
		w := tk.Lower
		if x.cue.tokIs("custodystep", &tk) || strings.HasSuffix(w, "s") && (x.cue.is("custodystep", w[:len(w)-1]) || strings.HasSuffix(w, "es") && x.cue.is("custodystep", w[:len(w)-2])) {
			return t
		}
	}
	return -1
}

// ownNoticeSaid reports whether the warning at i is a speaker's own notice that a saying
// ("said") reports in the past perfect, its subject a pronoun ("It said it had informed the
// central bank", "The company said at the time that it had notified X"): the pronoun stands
// for the speaker, whose notice was given by the time it spoke.
func ownNoticeSaid(toks []token, i int) bool {
	if i < 3 || i >= len(toks) || !hadDone(toks, i) {
		return false
	}
	h := i - 1
	for h > 0 && toks[h].Lower != "had" {
		h--
	}
	if h < 2 || toks[h-1].Tag != "PRP" {
		return false
	}
	v := h - 2
	if toks[v].Lower == "that" {
		for v > 0 && toks[v].Lower != "said" && v > h-6 {
			v-- // "said at the time that it had …"
		}
	}
	return toks[v].Lower == "said"
}

// shiftDay returns the ISO day by days after day (before, when by is negative), "" when day is
// not a day.
func shiftDay(day string, by int) string {
	d, err := time.Parse("2006-01-02", day)
	if err != nil {
		return ""
	}
	return d.AddDate(0, 0, by).Format("2006-01-02")
}

// undatedCustody reports whether evs hold an undated step of a raid (custodyStep): a series
// told on in a sentence whose steps name no one ("Two men were detained in X, a third was
// arrested in Y") goes on to the next sentence.
func (x *Extractor) undatedCustody(toks []token, evs []rawEvent) bool {
	for _, e := range evs {
		if e.TimeIdx < 0 && x.custodyStep(toks, e) {
			return true
		}
	}
	return false
}

// followingDay dates the events of a sentence that "the following day" ("the next day", "a
// day later", "two days later") dates, when the time tagger could give that count only
// coarser than a day because the last calendar date the text gave was a month or a year ("In
// September, the gang published the files. X alerted Y on the morning of the attack. The
// agency warned Z the following day."): the count runs from prevDay, the day of the last
// event told in the sentence before. It returns those events with their new day.
func followingDay(found []rawEvent, ts []timex.Expression, inSent []int, prevDay string) []dayShift {
	if len(prevDay) != dayValue {
		return nil
	}
	var out []dayShift
	for _, ti := range inSent {
		if v := ts[ti].Value; len(v) == dayValue && !strings.Contains(v, "X") {
			continue // the tagger gave the day itself
		}
		n := followingCount(strings.Fields(strings.ToLower(ts[ti].Text)))
		if n == 0 {
			continue
		}
		d := shiftDay(prevDay, n)
		if d == "" {
			continue
		}
		for k := range found {
			if found[k].TimeIdx == ti {
				out = append(out, dayShift{k, d, ts[ti].Text})
			}
		}
	}
	return out
}

// staleCount leaves undated the events of a sentence that a count of days ("the following
// day", "the next day", "two days later") dates only to the month or year the tagger fell back
// on, when the sentence before, prev, names a time of its own outside that month ("Three days
// after the breach, the union hired an auditor. A district attorney launched an investigation
// the following day."): the count runs on from prev's time, which the tagger could not place,
// so the older month it fell back on belongs to another event. followingDay, run before, dates
// the count when prev's event has a day.
func staleCount(found []rawEvent, ts []timex.Expression, inSent []int, prev sentence) {
	for _, ti := range inSent {
		v := ts[ti].Value
		if !strings.Contains(v, "X") || followingCount(strings.Fields(strings.ToLower(ts[ti].Text))) == 0 {
			continue
		}
		anchor := strings.TrimRight(strings.SplitN(v, "X", 2)[0], "-")
		if anchor == "" || !prevOwnTime(ts, prev, anchor) {
			continue
		}
		for k := range found {
			if found[k].TimeIdx == ti {
				found[k].TimeIdx, found[k].TimeText = -1, ""
			}
		}
	}
}

// prevOwnTime reports whether sentence prev names a time expression whose value does not lie in
// anchor (a year or a month): prev's own time, not the one a count after it fell back on.
func prevOwnTime(ts []timex.Expression, prev sentence, anchor string) bool {
	for _, t := range ts {
		if t.Start >= prev.Start && t.Start < prev.End && !strings.HasPrefix(t.Value, anchor) {
			return true
		}
	}
	return false
}

// followingCount returns the count of days that words ("the following day", "the next day",
// "a day later", "three days later") move on from the narrative's day, else 0.
func followingCount(words []string) int {
	switch {
	case len(words) == 3 && words[0] == "the" && (words[1] == "following" || words[1] == "next") && words[2] == "day":
		return 1
	case len(words) == 3 && words[2] == "later" && strings.TrimSuffix(words[1], "s") == "day":
		return countWord(words[0])
	}
	return 0
}

// issuerReach bounds how many tokens after an issuing participle its "by" and its day may stand.
const issuerReach = 4

// issuerDays dates an undated telling told from a finder's document ("In a report shared with
// The Ledger ahead of publication, Kvitfjell attributed the intrusions to X") by the day the
// article gives the same finder's research was made public ("according to research published
// on Tuesday by Kvitfjell Labs", "Kvitfjell released its findings on Tuesday"): the telling's
// sentence opens with the document (vehicleOpening), its agent issued research (cue
// researchdoc) on exactly one day the article names (researchIssues), and the sentence names no
// time of its own. A finder with research issued on two days leaves the telling undated.
func (x *Extractor) issuerDays(sents []sentence, ms []mention, evs []rawEvent, times []timex.Expression, iso func(int) string) {
	days := x.researchIssues(sents, ms, evs, times, iso)
	if len(days) == 0 {
		return
	}
	for e := range evs {
		ev := &evs[e]
		if ev.TimeIdx >= 0 || !ev.asserted() || !tellingType(ev.Type) || ev.Type == schema.EventWarning || ev.Sent < 0 || ev.Sent >= len(sents) {
			continue
		}
		toks := sents[ev.Sent].Toks
		if d, c := x.vehicleOpening(toks); c < 0 || ev.Trigger != d && ev.Trigger <= c || sentenceTimed(sents[ev.Sent], times) {
			continue
		}
		ti := -1
		for _, a := range ev.Agent {
			t, ok := days[a]
			if !ok || ti >= 0 && iso(ti) != iso(t) {
				ti = -1
				break
			}
			ti = t
		}
		if ti >= 0 {
			ev.TimeIdx, ev.TimeText = ti, ""
		}
	}
}

// sentenceTimed reports whether any time expression stands in sentence s.
func sentenceTimed(s sentence, times []timex.Expression) bool {
	for _, t := range times {
		if t.Start >= s.Start && t.Start < s.End {
			return true
		}
	}
	return false
}

// vehicleOpening returns the tokens of the noun and of the comma that closes a research
// document opening the sentence ("In a report shared with The Ledger ahead of publication, …",
// "In its analysis, …"), or -1, -1: "In" and a determiner or possessive, at most two
// modifiers, a noun of research (cue researchdoc), and the comma at most ten tokens on. The
// noun names the document itself, and what the sentence tells after the comma is told in it.
// An indefinite noun must be followed by a participle that picks out the document ("a report
// shared with …", "a report released …"): a bare "In a report, …" may be another one.
func (x *Extractor) vehicleOpening(toks []token) (int, int) {
	if len(toks) < 4 || toks[0].Lower != "in" || toks[1].Tag != "DT" && toks[1].Tag != "PRP$" {
		return -1, -1
	}
	d := -1
	for j := 2; j < len(toks) && j <= 4; j++ {
		if x.cue.tokIs("researchdoc", &toks[j]) && isNounTag(toks[j].Tag) {
			d = j
			break
		}
		if tg := toks[j].Tag; !strings.HasPrefix(tg, "JJ") && !isNounTag(tg) {
			return -1, -1
		}
	}
	if d < 0 || (toks[1].Lower == "a" || toks[1].Lower == "an") && (d+1 >= len(toks) || toks[d+1].Tag != "VBN") {
		return -1, -1 // a bare "In a report, …" may be another document
	}
	for j := d + 1; j < len(toks) && j <= d+10; j++ {
		if toks[j].Text == "," {
			return d, j
		}
		if toks[j].Text == ";" || toks[j].Text == ":" || isTensedTag(toks[j].Tag) {
			return -1, -1
		}
	}
	return -1, -1
}

// researchIssues maps each finder (an entity) to the day its research was made public, an index
// into the times, when the article gives one day for it: a noun of research (cue researchdoc)
// with an issuing participle, its day and "by" the finder right after it, in either order
// ("findings released on Tuesday by threat intelligence firm Tessellate Labs"), or a telling
// by the finder dated to a day its sentence names, made in such a document ("Kvitfjell
// published a report on Tuesday"; issuedNoun). A finder given two days is left out. issuedBy
// reads a like shape with other bounds (see there for how the two differ).
func (x *Extractor) researchIssues(sents []sentence, ms []mention, evs []rawEvent, times []timex.Expression, iso func(int) string) map[int]int {
	days := map[int]int{}
	clash := map[int]bool{}
	add := func(ent, ti int) {
		if ent < 0 || iso(ti) == "" {
			return
		}
		if o, ok := days[ent]; ok && iso(o) != iso(ti) {
			clash[ent] = true
		}
		days[ent] = ti
	}
	for k := range sents {
		toks := sents[k].Toks
		for i := 0; i+3 < len(toks); i++ {
			if !x.cue.tokIs("researchdoc", &toks[i]) || !x.cue.tokIs("issuedverb", &toks[i+1]) {
				continue
			}
			ti, by := -1, -1
			for j := i + 2; j < len(toks) && j <= i+1+issuerReach; j++ {
				if t := timeStarting(times, toks[j].Start); t >= 0 && ti < 0 && len(iso(t)) == dayValue {
					ti = t
				}
				if toks[j].Lower == "by" && by < 0 {
					by = j
				}
			}
			if ti < 0 || by < 0 {
				continue
			}
			add(mentionAfter(ms, k, by), ti)
		}
	}
	for _, ev := range evs {
		if !dayTold(sents, times, iso, ev) {
			continue
		}
		toks := sents[ev.Sent].Toks
		if d := x.issuedNoun(toks, ev.Trigger); d < 0 || !x.cue.tokIs("researchdoc", &toks[d]) {
			continue
		}
		for _, a := range ev.Agent {
			add(a, ev.TimeIdx)
		}
	}
	for ent := range clash {
		delete(days, ent)
	}
	return days
}

// mentionAfter returns the entity of the first resolved mention of sentence k that starts
// after token by and within six tokens of it, or -1.
func mentionAfter(ms []mention, k, by int) int {
	for _, m := range ms {
		if m.Sent == k && m.First > by && m.First <= by+6 && m.Entity >= 0 {
			return m.Entity
		}
	}
	return -1
}

// leadPerfectReach bounds how many sentences after the lead the document a lead's telling in
// the present perfect was made in may be issued (leadPerfectDays).
const leadPerfectReach = 2

// leadPerfectDays dates an accusation or report the lead tells in the present perfect
// (perfectForm), dated only by the publication (pub, an index into the times; "The agency has
// publicly attributed the intrusion to X"), by the day, earlier than the publication's, of the
// first document a sentence soon after (at most leadPerfectReach on) says was issued ("In an
// advisory published on Friday afternoon, ASD's cyber centre said …"; documentIssues), when
// that sentence names one of the telling's agents: news leads with the fact and dates the
// document that made it known below.
func (x *Extractor) leadPerfectDays(sents []sentence, ms []mention, evs []rawEvent, times []timex.Expression, iso func(int) string, pub int) {
	if pub < 0 {
		return
	}
	// Read once, on entry: the loop only dates events after reading the issues, so every
	// event meets the same list.
	issues := x.documentIssues(sents, evs, times, iso)
	if len(issues) == 0 {
		return
	}
	for e := range evs {
		ev := &evs[e]
		if ev.Sent != 0 || ev.TimeIdx != pub || !ev.asserted() || ev.Type != schema.EventAccusation && ev.Type != schema.EventReport || len(ev.Agent) == 0 {
			continue
		}
		if toks := sents[0].Toks; !perfectForm(toks, ev.Trigger) {
			continue
		}
		for _, is := range issues {
			if is.tok < 0 || is.sent < 1 || is.sent > leadPerfectReach || iso(is.ti) >= iso(pub) {
				continue
			}
			if namesAny(ms, is.sent, ev.Agent) {
				ev.TimeIdx, ev.TimeText = is.ti, ""
				break
			}
		}
	}
}

// perfectForm reports whether the trigger at i is a participle after "has" or "have", with at
// most two adverbs between ("has publicly attributed", "has now formally attributed"). It is
// the looser of the two present-perfect tests (presentPerfect is the stricter): an adverb is
// any RB, RBR or RBS tag, and up to two may stand between. Their answers differ on such
// words, so they stay two: one serving both callers would change what the rules date.
func perfectForm(toks []token, i int) bool {
	if i < 1 || i >= len(toks) || toks[i].Tag != "VBN" {
		return false
	}
	for k := i - 1; k >= 0 && i-k <= 3; k-- {
		switch {
		case toks[k].Lower == "has" || toks[k].Lower == "have":
			return true
		case !strings.HasPrefix(toks[k].Tag, "RB"):
			return false
		}
	}
	return false
}

// presentPerfect reports whether the verb at i is a past participle after "has" or "have",
// with at most one adverb between ("has warned", "have publicly attributed"). It is stricter
// than perfectForm: only a plain RB counts as an adverb, and only one may stand between ("has
// not yet warned" and "has more recently warned" fail here and pass there).
func presentPerfect(toks []token, i int) bool {
	if i < 1 || i >= len(toks) || toks[i].Tag != "VBN" {
		return false
	}
	j := i - 1
	if toks[j].Tag == "RB" && j > 0 {
		j--
	}
	return toks[j].Lower == "has" || toks[j].Lower == "have"
}

// namesAny reports whether a mention of sentence k resolves to one of the entities es.
func namesAny(ms []mention, k int, es []int) bool {
	for _, m := range ms {
		if m.Sent == k && m.Entity >= 0 && contains(es, m.Entity) {
			return true
		}
	}
	return false
}

// closingSaidDay dates an undated telling in the present perfect by the day of the attribution
// that closes its sentence ("The FBI has attributed the theft to Y, the bureau said on
// Wednesday.", "…, the ministry said Tuesday"; speakerOpens): what has been told was told
// when it was said, not on the day of writing. A deed in the present perfect keeps its own
// time ("hackers have stolen data, the bank said on Monday").
func closingSaidDay(c *sentCtx, evs []rawEvent, ts []timex.Expression, inSent []int) {
	toks := c.s.Toks
	for k := range evs {
		ev := &evs[k]
		if ev.TimeIdx >= 0 || !ev.asserted() || !tellingType(ev.Type) || !presentPerfect(toks, ev.Trigger) {
			continue
		}
		for j := ev.Trigger + 1; j < len(toks); j++ {
			if toks[j].Lower != "said" || speakerOpens(toks, j) < 0 {
				continue
			}
			if ti := dayAfterVerb(toks, j, ts, inSent); ti >= 0 {
				ev.TimeIdx, ev.TimeText = ti, ""
			}
			break
		}
	}
}

// dayAfterVerb returns the day-precise time (an index into ts, one of inSent) that starts right
// after the verb at j or after a preposition there ("said Wednesday", "said on Wednesday"), or
// -1.
func dayAfterVerb(toks []token, j int, ts []timex.Expression, inSent []int) int {
	for _, ti := range inSent {
		if _, p := timex.Calendar(ts[ti].Value); p != "day" {
			continue
		}
		at := tokFrom(toks, ts[ti].Start)
		if at == j+1 || at == j+2 && toks[j+1].Tag == "IN" {
			return ti
		}
	}
	return -1
}

// samePartReach bounds how many sentences back "the same morning" looks for the event it
// goes on from.
const samePartReach = 2

// samePartAt returns the index of "the same <part of a day>" in a sentence ("the same
// morning", "that same evening"; cue daypart) and the phrase, or -1 when it has none. A part
// that modifies a noun ("the same morning shift") names no time.
func (x *Extractor) samePartAt(toks []token) (int, string) {
	for i := 2; i < len(toks); i++ {
		if toks[i-1].Lower != "same" || !x.cue.tokIs("daypart", &toks[i]) {
			continue
		}
		if d := toks[i-2].Lower; d != "the" && d != "that" {
			continue
		}
		if i+1 < len(toks) && isNounTag(toks[i+1].Tag) {
			continue
		}
		return i, joinTokens(toks[i-2 : i+1])
	}
	return -1, ""
}

// samePart dates the undated events of a sentence that says "the same morning|afternoon|…"
// (samePartAt) by the event it goes on from: the nearest one before it, earlier in the
// sentence or in the samePartReach sentences before (prev, the article's events so far), that
// is asserted, no report or accusation, dated to a day and shares a participant with the event
// ("The gang encrypted X's servers on March 9. X shut its gateway the same morning and notified
// the police"). A report's or an accusation's own day is that of its telling, not of what it
// tells, so none anchors, but a finding out (discovery: "spotted the data on Sept. 9 … alerted
// the bank the same afternoon") is a deed done on its day.
// With no such event the phrase dates nothing: the last date written is no anchor for it.
func (x *Extractor) samePart(c *sentCtx, found, prev []rawEvent, k int, iso func(int) string) []dayShift {
	at, words := x.samePartAt(c.s.Toks)
	if at < 0 {
		return nil
	}
	anchors := func(a rawEvent) bool {
		return a.asserted() && (!isReporting(a) || discovery[a.Lemma]) && a.Type != schema.EventAccusation && len(iso(a.TimeIdx)) == dayValue
	}
	var out []dayShift
	for f, ev := range found {
		if ev.TimeIdx >= 0 || !ev.asserted() || isReporting(ev) {
			continue
		}
		day := ""
		for j := f - 1; j >= 0 && day == ""; j-- {
			if a := found[j]; a.Trigger < ev.Trigger && anchors(a) && shareParty(ev, a) {
				day = iso(a.TimeIdx)
			}
		}
		for j := len(prev) - 1; j >= 0 && day == "" && prev[j].Sent >= k-samePartReach; j-- {
			if a := prev[j]; a.Sent < k && anchors(a) && shareParty(ev, a) {
				day = iso(a.TimeIdx)
			}
		}
		if day != "" {
			out = append(out, dayShift{ev: f, day: day, words: words})
		}
	}
	return out
}

// apposedTimes gives the events dated by either of two times set side by side as one (a vague
// time and then a precise one that restates it, "more than a year earlier, in August 2014",
// "last spring, in April", "two years ago, in March 2022", or the other way round) the finer
// of the two when the finer falls within the coarser: the second names the same period as the
// first, and the finer one says more of it.
func apposedTimes(c *sentCtx, evs []rawEvent, ts []timex.Expression, inSent []int) {
	for n := 0; n+1 < len(inSent) && n+1 < len(c.timeAt); n++ {
		a, b := inSent[n], inSent[n+1]
		if !apposed(c.s.Toks, ts[a], c.timeAt[n+1]) {
			continue
		}
		fine, coarse := b, a
		vf, vc := calendarAt(ts, b), calendarAt(ts, a)
		if len(vc) > len(vf) {
			fine, coarse, vf, vc = a, b, vc, vf
		}
		if vc == "" || !refines(vc, vf) {
			continue // a list of periods ("in January, in March"), or two that do not nest
		}
		for k := range evs {
			if evs[k].TimeIdx == coarse {
				evs[k].TimeIdx, evs[k].TimeText = fine, ts[fine].Text
			}
		}
	}
}

// duringReach bounds the words from a deed's trigger to the "during" that names the incident
// it was done in (duringTimes), and from "during" to that incident's noun.
const duringReach, duringNounReach = 12, 5

// duringTimes dates an undated deed with the time of the incident a "during" phrase after it
// names, when that incident is an event of the sentence with a time of its own ("hackers stole
// customer data during an attack that crippled its servers last month"): what is done during
// an incident is done at its time. No comma, semicolon, finite verb or relative pronoun may
// stand between the deed and "during", and only a determiner and modifiers between "during"
// and the incident's noun.
func duringTimes(c *sentCtx, evs []rawEvent) {
	toks := c.s.Toks
	for k := range evs {
		ev := &evs[k]
		if ev.TimeIdx >= 0 || !isDeed(ev.Type) || ev.Negated || ev.Trigger < 0 {
			continue
		}
		d := -1
		for j := ev.Trigger + 1; j < len(toks) && j-ev.Trigger <= duringReach; j++ {
			t := toks[j]
			if t.Lower == "during" {
				d = j
				break
			}
			if t.Text == "," || t.Text == ";" || isFiniteTag(t.Tag) || t.Tag == "WDT" || t.Lower == "that" {
				break
			}
		}
		if d < 0 {
			continue
		}
		for f := range evs {
			o := evs[f]
			if f == k || !isDeed(o.Type) || o.TimeIdx < 0 || o.Trigger <= d+1 || o.Trigger-d > duringNounReach || !isNounTag(toks[o.Trigger].Tag) {
				continue
			}
			if plainRun(toks, d+1, o.Trigger) {
				ev.TimeIdx, ev.TimeText = o.TimeIdx, o.TimeText
				break
			}
		}
	}
}

// plainRun reports whether the tokens from lo up to hi are only a determiner and modifiers of a
// noun phrase ("an", "a ransomware", "the weekend's").
func plainRun(toks []token, lo, hi int) bool {
	for j := lo; j < hi; j++ {
		switch toks[j].Tag {
		case "DT", "PRP$", "JJ", "NN", "NNP", "POS", "HYPH", "CD", "VBN":
			continue
		}
		return false
	}
	return true
}

// apposed reports whether the time starting at token j stands in apposition right after the
// time first: only a comma and at most one preposition of time come between them ("last
// spring, in April"; "on Monday, at 9 a.m.").
func apposed(toks []token, first timex.Expression, j int) bool {
	if j <= 0 || j >= len(toks) {
		return false
	}
	k := j - 1
	switch toks[k].Lower {
	case "in", "on", "at", "during":
		k--
	}
	return k > 0 && toks[k].Text == "," && toks[k].Start >= first.End && toks[k-1].End <= first.End
}

// onceSteps are the lemmas of the court's steps a story tells of one person once: a person is
// sentenced, jailed, convicted, acquitted or extradited once in a case, so a second telling of
// the step names the same act ("was sentenced on Friday … Sentencing him, the judge said …").
var onceSteps = map[string]bool{
	"sentence": true, "jail": true, "imprison": true,
	"convict": true, "acquit": true, "extradite": true,
}

// stepToldAgain dates an undated court step of the current sentence (found) told again of a
// person that an earlier sentence (evs) told the same step of: the latest such step, of a once
// step (onceSteps) of the same kind — sentencing and jailing are one — on a person both name,
// gives its time ("Ann Roe was jailed on Tuesday for stealing … Jailing her, the judge said
// …"); when that latest step has no time, the step stays undated.
func stepToldAgain(found, evs []rawEvent) {
	kind := func(l string) string {
		if l == "jail" || l == "imprison" {
			return "sentence"
		}
		return l
	}
	for f := range found {
		ev := &found[f]
		if ev.TimeIdx >= 0 || ev.Type != schema.EventLegal || !ev.asserted() || !onceSteps[ev.Lemma] || len(ev.Target) == 0 {
			continue
		}
		for j := len(evs) - 1; j >= 0; j-- {
			p := evs[j]
			if p.Type != schema.EventLegal || !p.asserted() || !onceSteps[p.Lemma] || kind(p.Lemma) != kind(ev.Lemma) || !overlaps(p.Target, ev.Target) {
				continue
			}
			if p.TimeIdx >= 0 {
				ev.TimeIdx, ev.TimeText = p.TimeIdx, p.TimeText
			}
			break
		}
	}
}

// sayingDatesAccusation dates an accusation its own sentence leaves undated by the time of the
// speaker's saying before it in that sentence ("X said in April that it had traced the attack
// to Y", "X said on Monday it had blamed the outage on Y"): an accusation is made when it is
// made known. Only a time of the sentence's own counts (evs as attachTimes left them); an
// accusation with a time of its own keeps it.
func sayingDatesAccusation(evs []rawEvent) {
	for k := range evs {
		r := &evs[k]
		if r.Type != schema.EventAccusation || r.TimeIdx >= 0 || len(r.Agent) != 1 || !r.asserted() {
			continue
		}
		for _, s := range evs {
			if s.Type == schema.EventStatement && !s.Told && s.asserted() && s.Trigger < r.Trigger && s.TimeIdx >= 0 && sameSet(s.Agent, r.Agent) {
				r.TimeIdx, r.TimeText = s.TimeIdx, s.TimeText
				break
			}
		}
	}
}
