package extract

import (
	"slices"
	"strings"
	"time"
)

// spanAfter reads a span counted from another event the text names by a noun and has dated:
// "days after the indictment", "a week after the attack", "two months after his arrest",
// "shortly after the hack", "within days of the breach". What the sentence tells happened then,
// to the precision the span allows from the anchor's time (spanValue). The anchor is the
// latest dated event told before, or in the sentence outside the phrase, whose trigger shares
// the noun's stem ("indictment" → "indicted"); all such events must agree on their time, or
// the anchor is unsure and nothing is dated. "within days of learning of the breach" counts
// from the day the doer was told of it (learnedAnchor). hoursAfter reads spans of hours and
// minutes after a day first. It returns the value, the words, and the undated events outside
// the phrase it times, as hoursAfter does.
func (x *Extractor) spanAfter(c *sentCtx, found, evs []rawEvent, sents []sentence, iso func(int) string) (string, string, []int) {
	toks := c.s.Toks
	for i := 0; i+3 < len(toks); i++ {
		start, unit, n, prep, ok := x.anchoredSpan(toks, i)
		if !ok || c.quoted[i] {
			continue
		}
		end, anchor := x.spanAnchor(c, found, evs, sents, iso, prep)
		if end < 0 || anchor == "" {
			continue
		}
		v := spanValue(anchor, unit, n)
		if v == "" {
			continue
		}
		var which []int
		for k := range found {
			if t := found[k].Trigger; (t < start || t > end) && found[k].TimeIdx < 0 && found[k].asserted() && !c.quoted[max(t, 0)] && (!isReporting(found[k]) || reactionWithin(toks, found[k], start)) {
				which = append(which, k)
			}
		}
		return v, joinTokens(toks[start : end+1]), which
	}
	return "", "", nil
}

// anchoredSpan reads a span phrase at token i that a preposition ties to what it counts from:
// "<count> <unit> after …", "within <count> <unit> of …", "shortly after …", "soon after …",
// "the day after …". The count is "" or vague ("days", "a few days", "several weeks"; n 0) or
// a number ("two days", "a week"; n ≥ 1). It returns the phrase's first token, the unit (day,
// week, month, year or soon), the count, the index of the preposition, and whether it is one.
// Spans of hours are hoursAfter's.
func (x *Extractor) anchoredSpan(toks []token, i int) (start int, unit string, n, prep int, ok bool) {
	w := toks[i].Lower
	if (w == "shortly" || w == "soon") && toks[i+1].Lower == "after" {
		return i, "soon", 0, i + 1, true
	}
	unit = spanUnit(w)
	if unit == "" {
		return 0, "", 0, 0, false
	}
	p := toks[i+1].Lower
	start = i
	if i > 0 {
		if c := countWord(toks[i-1].Lower); c > 0 && !strings.HasSuffix(w, "s") == (c == 1) {
			n, start = c, i-1
		} else if q := toks[i-1].Lower; q == "few" || q == "several" || q == "couple" {
			start = i - 1
			for start > 0 && (toks[start-1].Lower == "a" || toks[start-1].Lower == "of") {
				start--
			}
		} else if q == "the" && w == "day" && p == "after" {
			n, start = 1, i-1 // "the day after the attack"
		} else if !strings.HasSuffix(w, "s") {
			return 0, "", 0, 0, false
		}
	}
	if start > 0 && (toks[start-1].Lower == "just" || toks[start-1].Lower == "only" || toks[start-1].Lower == "barely") {
		start--
	} else if start > 0 && x.cue.tokIs("roughword", &toks[start-1]) {
		n = 0 // "more than two years after", "about seven weeks after": a vague count
	}
	if start > 0 && toks[start-1].Lower == "for" {
		return 0, "", 0, 0, false // "for three days after the attack": a duration
	}
	switch {
	case p == "after":
	case p == "of" && start > 0 && toks[start-1].Lower == "within":
		start--
	default:
		return 0, "", 0, 0, false
	}
	return start, unit, n, i + 1, true
}

// countedOn reports whether a span of days, weeks, months or years stands right before the
// preposition at prep ("days after the verdict", "a week after the sentencing", "two months
// following the hearing"): what the sentence tells is counted on from the occasion the
// preposition names, not on its day.
func countedOn(toks []token, prep int) bool {
	return prep >= 1 && prep < len(toks) && (toks[prep].Lower == "after" || toks[prep].Lower == "following") && spanUnit(toks[prep-1].Lower) != ""
}

// courtStepVerb gives the verb a court's step named by a noun of another stem is told by: a
// span after the step counts from the day the court did it ("convicted X on May 3 … days
// after the verdict").
var courtStepVerb = map[string]string{"verdict": "convicted", "conviction": "convicted", "sentencing": "sentenced"}

// spanUnit names the unit a word counts in (day, week, month, year), or "".
func spanUnit(w string) string {
	switch w {
	case "day", "days":
		return "day"
	case "week", "weeks":
		return "week"
	case "month", "months":
		return "month"
	case "year", "years":
		return "year"
	}
	return ""
}

// spanAnchor reads what the preposition at prep names and returns the last token of the
// anchor phrase and the anchor's calendar value, or -1 and "". A noun phrase opened by "the",
// a possessive pronoun or a name's "'s", its head a trigger not followed by a verb of its own
// ("after a ransomware attack shut down …" is a clause, told with its own time), is dated by
// the latest event told with the head's stem (stemAnchor). "learning of the breach" is dated by
// the latest dated telling whose hearer is a doer of the sentence (learnedAnchor).
func (x *Extractor) spanAnchor(c *sentCtx, found, evs []rawEvent, sents []sentence, iso func(int) string, prep int) (int, string) {
	toks := c.s.Toks
	j := prep + 1
	learned := false
	if j+1 < len(toks) && x.cue.tokIs("learnword", &toks[j]) && (toks[j+1].Lower == "of" || toks[j+1].Lower == "about") {
		learned, j = true, j+2
	}
	if j >= len(toks) {
		return -1, ""
	}
	switch d := toks[j].Lower; {
	case d == "the" || d == "his" || d == "her" || d == "its" || d == "their":
		j++
	case toks[j].Tag == "NNP" && j+2 < len(toks) && toks[j+1].Tag == "POS":
		j += 2 // "after Hale's arrest"
	default:
		return -1, ""
	}
	for first := j; j < len(toks) && j <= prep+6; j++ {
		if !isNounTag(toks[j].Tag) && toks[j].Tag != "JJ" && (j != first || toks[j].Tag != "VBZ") {
			return -1, "" // a plural the tagger read as a verb after "the" is a noun: "after the charges"
		}
		if j+1 < len(toks) && isNounTag(toks[j+1].Tag) {
			continue // a modifier: "the ransomware attack"
		}
		if j+1 < len(toks) && isVerbTag(toks[j+1].Tag) && toks[j+1].Tag != "VBG" {
			return -1, "" // a clause: "after the attack shut down …"
		}
		if verb, ok := courtStepVerb[toks[j].Lower]; ok && !learned {
			d, _ := stemAnchor(toks, found, evs, sents, iso, verb, 0, prep, j)
			return j, d // "days after the verdict": from the day the court convicted
		}
		if _, ok := x.tokTrigger(&toks[j], false); !ok {
			return -1, ""
		}
		if learned {
			return j, learnedAnchor(found, evs, iso)
		}
		kin := 0 // the family of incidents the noun names, if any
		if tr, ok := x.tokTrigger(&toks[j], false); ok {
			kin = familyOf(tr.Type)
		}
		if d, seen := stemAnchor(toks, found, evs, sents, iso, toks[j].Lower, kin, prep, j); seen {
			return j, d
		}
		return j, kinAnchor(toks, found, evs, iso, kin, prep, j)
	}
	return -1, ""
}

// stemAnchor returns the time of the events told before (evs) or in the sentence outside the
// anchor phrase (found; from..to) whose trigger shares the stem of noun, when every such event
// that is dated and asserted agrees with the others (one holds the other's prefix): the most
// precise of them. "" when none is dated or two disagree ("arrested in May … a second man
// arrested in June … days after the arrest"). seen reports whether any such event is dated.
func stemAnchor(toks []token, found, evs []rawEvent, sents []sentence, iso func(int) string, noun string, kin, from, to int) (string, bool) {
	stem := triggerStem(noun)
	same := func(ev rawEvent, w string) bool {
		return triggerStem(w) == stem || triggerStem(ev.Lemma) == stem
	}
	return agreedTime(toks, found, evs, sents, iso, from, to, same, func(ev rawEvent, w string) bool {
		return same(ev, w) || kin != 0 && familyOf(ev.Type) == kin
	})
}

// kinAnchor returns the time of the incidents of the family kin (familyOf: an attack, an
// intrusion or espionage; a theft or a leak) that the anchor noun names, told before or in the
// sentence outside the anchor phrase, when all that are dated agree: "Hackers broke into X on
// May 3. Days after the breach, …" counts from the break-in. "" for a noun of no family, none
// dated, or two that disagree (a background incident on another day).
func kinAnchor(toks []token, found, evs []rawEvent, iso func(int) string, kin, from, to int) string {
	if kin == 0 {
		return ""
	}
	same := func(ev rawEvent, _ string) bool {
		return familyOf(ev.Type) == kin && !ev.Record && !ev.Series
	}
	d, _ := agreedTime(toks, found, evs, nil, iso, from, to, same, same)
	return d
}

// agreedTime returns the most precise time of the dated, asserted events of evs and of found
// (outside from..to) that keep holds for (given each event and its trigger word, read from
// sents when it is not nil), when all of them agree (one holds the other's prefix) and no
// other event rival holds for, undated or on a time that disagrees, names only other targets
// (the noun may name that one), else ""; seen reports whether any was dated.
func agreedTime(toks []token, found, evs []rawEvent, sents []sentence, iso func(int) string, from, to int, keep, rival func(rawEvent, string) bool) (string, bool) {
	best, seen := "", false
	type other struct {
		targets []int
		time    string
	}
	dated, rivals := map[int]bool{}, []other{} // the targets of the dated events kept; the rivals
	see := func(ev rawEvent, w string) bool {
		d := iso(ev.TimeIdx)
		if !ev.asserted() {
			return true
		}
		kept := keep(ev, w)
		if (d == "" || !kept) && rival(ev, w) {
			rivals = append(rivals, other{ev.Target, d})
		}
		if d == "" || !kept {
			return true
		}
		for _, t := range ev.Target {
			dated[t] = true
		}
		seen = true
		if !strings.HasPrefix(d, best) && !strings.HasPrefix(best, d) {
			return false
		}
		if len(d) > len(best) {
			best = d
		}
		return true
	}
	for _, ev := range evs {
		w := ""
		if ev.Sent < len(sents) && ev.Trigger >= 0 && ev.Trigger < len(sents[ev.Sent].Toks) {
			w = sents[ev.Sent].Toks[ev.Trigger].Lower
		}
		if !see(ev, w) {
			return "", true
		}
	}
	for _, ev := range found {
		if ev.Trigger >= from && ev.Trigger <= to || ev.Trigger < 0 || ev.Trigger >= len(toks) {
			continue
		}
		if !see(ev, toks[ev.Trigger].Lower) {
			return "", true
		}
	}
	for _, r := range rivals {
		agrees := r.time != "" && (strings.HasPrefix(r.time, best) || strings.HasPrefix(best, r.time))
		if len(r.targets) > 0 && !agrees && !slices.ContainsFunc(r.targets, func(t int) bool { return dated[t] }) {
			return "", true // another victim's incident, undated or on another day: perhaps the one the noun names
		}
	}
	return best, seen
}

// triggerStem strips the endings that set a deed's noun apart from its verb ("indictment",
// "indicted" → "indict"; "attacks", "attacked" → "attack"; "hacking" → "hack").
func triggerStem(w string) string {
	return stripEnding(strings.ToLower(w), triggerEndings)
}

// triggerEndings are the endings triggerStem strips, the first that fits.
var triggerEndings = []string{"ment", "ing", "ed", "es", "s", "e"}

// stripEnding returns w without the first of endings it ends with that leaves at least four
// letters, or w when none does: the stem triggerStem and stepStem compare.
func stripEnding(w string, endings []string) string {
	for _, suf := range endings {
		if s, ok := strings.CutSuffix(w, suf); ok && len(s) >= 4 {
			return s
		}
	}
	return w
}

// learnedAnchor returns the day the doer of the sentence's undated deed learned of something:
// the time of the latest dated, asserted warning told before whose hearer is an agent of an
// undated event in found ("CERT-EE notified the company on September 2. … the company informed
// its customers within days of learning of the breach"). "" when there is none.
func learnedAnchor(found, evs []rawEvent, iso func(int) string) string {
	doers := map[int]bool{}
	for _, ev := range found {
		if ev.TimeIdx < 0 {
			for _, a := range ev.Agent {
				doers[a] = true
			}
		}
	}
	for j := len(evs) - 1; j >= 0; j-- {
		ev := evs[j]
		if d := iso(ev.TimeIdx); d != "" && ev.asserted() && tellingType(ev.Type) {
			for _, t := range ev.Target {
				if doers[t] {
					return d
				}
			}
		}
	}
	return ""
}

// spanValue gives the calendar value of a time n units after anchor (YYYY, YYYY-MM or
// YYYY-MM-DD; n 0 for a vague count) at the precision a careful reader is sure of, or "":
//   - a counted day or two to six after a day: that day ("two days after the attack");
//   - a few days, or shortly, after a day: its month when a week on stays in it, else its year
//     when a fortnight on does;
//   - a counted number of weeks after a day: the month of the day that many weeks on when three
//     days either side stay in it, else its year when they stay in that;
//   - vague weeks or days after a month, or shortly after it: its year when two months on stay
//     in it;
//   - a counted number of months after a month or day: that month; of years: that year;
//   - anything after a bare year: that year, but for counted years (added) and vague months
//     or years (unsure).
func spanValue(anchor, unit string, n int) string {
	switch len(anchor) {
	case dayValue:
		d, err := time.Parse("2006-01-02", anchor)
		if err != nil {
			return ""
		}
		switch {
		case unit == "day" && n >= 1 && n <= 6:
			return d.AddDate(0, 0, n).Format("2006-01-02")
		case unit == "day" && n == 0, unit == "soon":
			return sameMonthOrYear(d, d.AddDate(0, 0, 7), d.AddDate(0, 0, 14))
		case unit == "week" && n >= 1 && n <= 4:
			at := d.AddDate(0, 0, 7*n)
			if lo, hi := at.AddDate(0, 0, -3), at.AddDate(0, 0, 3); lo.Month() == hi.Month() && lo.Year() == hi.Year() {
				return at.Format("2006-01")
			}
			if lo, hi := at.AddDate(0, 0, -3), at.AddDate(0, 0, 3); lo.Year() == hi.Year() {
				return at.Format("2006")
			}
		case unit == "week" && n == 0:
			if d.AddDate(0, 2, 0).Year() == d.Year() {
				return anchor[:yearValue]
			}
		case unit == "month" && n >= 1 && n <= 11:
			return d.AddDate(0, n, 0).Format("2006-01")
		case unit == "year" && n >= 1:
			return d.AddDate(n, 0, 0).Format("2006")
		}
	case monthValue:
		m, err := time.Parse("2006-01", anchor)
		if err != nil {
			return ""
		}
		switch {
		case unit == "day" && n >= 1 && n <= 6, unit == "day" && n == 0, unit == "soon", unit == "week" && n <= 4:
			if m.AddDate(0, 2, 0).Year() == m.Year() {
				return anchor[:yearValue]
			}
		case unit == "month" && n >= 1 && n <= 11:
			return m.AddDate(0, n, 0).Format("2006-01")
		case unit == "year" && n >= 1:
			return m.AddDate(n, 0, 0).Format("2006")
		}
	case yearValue:
		y, err := time.Parse("2006", anchor)
		if err != nil {
			return ""
		}
		switch {
		case unit == "year" && n >= 1:
			return y.AddDate(n, 0, 0).Format("2006")
		case unit == "day", unit == "soon", unit == "week":
			return anchor
		}
	}
	return ""
}

// sameMonthOrYear returns the month of d when until lies in it, else d's year when far lies in
// it, else "".
func sameMonthOrYear(d, until, far time.Time) string {
	switch {
	case until.Year() == d.Year() && until.Month() == d.Month():
		return d.Format("2006-01")
	case far.Year() == d.Year():
		return d.Format("2006")
	}
	return ""
}
