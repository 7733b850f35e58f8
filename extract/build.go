package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/intelgraph/intelgraph/extract/gazetteer"
	"github.com/intelgraph/intelgraph/extract/timex"
	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
)

// build assembles the graph document of one article; item numbers the items of a roundup
// (items), nil when the article is one.
func (x *Extractor) build(a *Article, sents []sentence, item []int, ms []mention, ents []entity, raw []rawEvent, ts []timex.Expression, open map[int]bool, dayDeeds []rawEvent) *graph.Graph {
	sum := sha256.Sum256([]byte(a.Body))
	g := &graph.Graph{Documents: []graph.Document{{
		ID: a.ID, Title: a.Title, Published: a.Published, Source: a.Source, Outlet: a.Outlet, URL: a.URL,
		Meta: a.Meta, Hash: hex.EncodeToString(sum[:8]), Sentences: len(sents),
	}}}
	bodyDenies(raw, ents)
	x.speaksForDenier(raw, sents, ms, ents, ts)
	speaksForBody(raw, ents, ts)
	raw = eachTold(raw, ms)
	merged := mergeEvents(raw, ts)
	x.bareBegan(merged, raw, sents, ts)
	merged = x.namedAgain(merged, sents, ts)
	merged = doerNamed(merged, ents, sents, ts)
	merged = x.legalRetold(merged, ents, sents, calendarOf(ts))
	x.dayMentions(merged, raw, dayDeeds, ts, sents)
	x.instrumentDays(merged, ts, sents)
	merged = x.renamedDeed(merged, sents, ts)
	merged = daySpelled(merged, ts)
	merged = x.retoldAfter(merged, sents, ts)
	reportsAccused(merged)
	used := map[int]bool{}
	for _, ev := range merged {
		for _, e := range append(append(append([]int{}, ev.agent...), ev.target...), ev.source...) {
			used[e] = true
		}
	}
	heard := toldGroups(merged)
	ids := make([]string, len(ents))
	keep := make([]bool, len(ents))
	for k, e := range ents {
		ids[k] = graph.ActorID(e.Name)
		keep[k] = x.keepEntity(e, ms, used[k], heard[k])
	}
	if x.soleGroupActs(sents, item, ms, ents, keep, merged, open) {
		merged = refold(merged, ts)
	}
	merged = oneDeed(merged, calendarOf(ts), sents)
	x.principalsAct(sents, ms, ents, merged)
	sameDoerTimes(sents, ents, merged)
	victimSameDay(sents, merged, ts)
	x.paragraphDays(sents, merged, ts, a.Published)
	x.sameSpeakerDays(sents, ents, merged, ts)
	x.conjunctWarnings(sents, merged, ts)
	merged = toldLater(merged, ts)
	ts = x.theftOfAttack(merged, ts, sents)
	// actors, in order of first mention; two entities with one id become one actor
	byID := map[string]int{}
	for k, e := range ents {
		if !keep[k] {
			continue
		}
		act := graph.Actor{ID: ids[k], Name: e.Name, Kind: e.Kind, Confidence: round(e.Conf)}
		if j, ok := byID[act.ID]; ok {
			g.Actors[j].Mentions = append(g.Actors[j].Mentions, mentionsOf(a.ID, e, ms)...)
			g.Actors[j].Aliases = addAliases(g.Actors[j].Aliases, g.Actors[j].Name, e, ms)
			continue
		}
		act.Mentions = mentionsOf(a.ID, e, ms)
		act.Aliases = addAliases(nil, act.Name, e, ms)
		byID[act.ID] = len(g.Actors)
		g.Actors = append(g.Actors, act)
	}
	for j := range g.Actors {
		sort.SliceStable(g.Actors[j].Mentions, func(p, q int) bool { return g.Actors[j].Mentions[p].Start < g.Actors[j].Mentions[q].Start })
	}
	// events and who-told-whom; typed: the types of events with an agent or a target kept;
	// partiedDeed: a deed of any type has one
	typed := map[schema.EventType]bool{}
	partiedDeed := false
	for _, ev := range merged {
		for _, part := range [][]int{ev.agent, ev.target} {
			for _, e := range part {
				if keep[e] {
					typed[ev.typ] = true
					partiedDeed = partiedDeed || isDeed(ev.typ)
				}
			}
		}
	}
	for _, ev := range merged {
		if ev.typ == schema.EventWarning && toldOwnOutlet(a, ents, ev.target) {
			ev.typ, ev.target = schema.EventStatement, nil // "X told the Harbour Sun" in the Harbour Sun's story: said to its reporter, who is no party
		}
		out := graph.Event{Type: ev.typ, Trigger: ev.lemma, Negated: ev.negated, Modality: ev.modality}
		first := ev.evidence[0]
		s := sents[first.sent]
		out.ID = graph.EventID(a.ID, string(ev.typ), strconv.Itoa(first.sent), strconv.Itoa(s.Toks[first.trigger].Start))
		if ev.time >= 0 && !yearOnlyCount(ts[ev.time].Value) {
			t := ts[ev.time]
			iso, prec := timex.Calendar(t.Value)
			text := t.Text
			if text == "" {
				text = ev.timeText
			}
			out.Time = graph.Time{Value: iso, Text: text, Precision: prec}
		}
		conf := 0.0
		add := func(list []int, role schema.Role) {
			for _, e := range list {
				if !keep[e] {
					continue
				}
				p := graph.Participant{Actor: ids[e], Role: role}
				dup := false
				for _, q := range out.Participants {
					dup = dup || q == p
				}
				if !dup {
					out.Participants = append(out.Participants, p)
					conf += ents[e].Conf
				}
			}
		}
		add(ev.agent, schema.RoleAgent)
		add(ev.target, schema.RoleTarget)
		if ev.typ != schema.EventWarning {
			// a warning's other participants are those told; who reports the warning
			// stays on the reporting event of its sentence
			add(ev.source, schema.RoleSource)
		}
		if ev.negated && ev.modality == "" && unsaid(ev.typ) {
			// "has not commented publicly on the leak", "did not attribute the attack to
			// Israel": a saying or an accusation told as not made is none
			continue
		}
		if (ev.negated || ev.modality == "future") && untaken(ev.typ) {
			// "did not notify regulators", "the decision not to inform residents", "was never
			// charged", "plan to charge him", "intended to make it easier to prosecute": a
			// warning, legal step or sanction told as not taken, or as yet to come, is no event
			continue
		}
		if !typed[ev.typ] && isDeed(ev.typ) && partiedDeed && !hasParty(out.Participants) &&
			(isNounTag(s.Toks[first.trigger].Tag) || ev.time < 0) {
			// "the immediate risk is indirect exposure", "a dropper delivered through
			// spear-phishing emails": a deed no one takes part in, named by a noun or undated,
			// in an article that tells a deed with its doer or victim, is a topic or a means of
			// that deed; a dated verb ("hijacking numbers since early 2024") may still be a
			// deed whose parties go unnamed
			continue
		}
		if ev.negated && isDeed(ev.typ) && !hasParty(out.Participants) {
			// "a spokesman said the company paid no ransom", "no files were taken": a deed told as
			// not done, by no one the article names and to no one, tells nothing
			continue
		}
		if ev.typ == schema.EventStatement && len(ev.informs) == 0 && hasRole(out.Participants, schema.RoleTarget) && !hasRole(out.Participants, schema.RoleAgent) {
			// "two witnesses testified before X": a statement is a speaker's; one told to someone
			// by no one the article names is a telling the article does not attribute (one with no
			// party at all is left to the test below)
			continue
		}
		if x.unheard(ev, out.Participants, s.Toks, first.trigger) {
			continue
		}
		if ev.typ == schema.EventAccusation && ev.time < 0 && x.cue.is("accusingverb", ev.lemma) && !accusedNamed(out.Participants) && !accusedPronoun(s.Toks, first.trigger) {
			// "accused the government of rushing the bill", "police allege that the man …": an
			// accusation is against someone; one whose accused the article does not name as an
			// actor, nor points back at with a pronoun, tells no one accused (an attribution,
			// "linked it to an older collective", may name its culprit only by description).
			// One told with a time of its own ("on Tuesday, X accused the government of …") is a
			// dated act of its speaker and stays.
			continue
		}
		if typed[ev.typ] && !hasParty(out.Participants) {
			// "the report said …", "during an intrusion": an event with no one the article names
			// taking part, where the article tells another of its type with someone — that one
			// is the event the article tells
			continue
		}
		if len(out.Participants) > 0 {
			conf /= float64(len(out.Participants))
		}
		out.Confidence = round(ev.conf * (0.6 + 0.4*conf))
		seen := map[int]int{}
		for _, r := range ev.evidence {
			if k, ok := seen[r.sent]; ok {
				if r.anon {
					out.Evidence[k].Attribution = graph.AttributionAnonymous
				}
				continue
			}
			seen[r.sent] = len(out.Evidence)
			st := sents[r.sent]
			e := graph.Evidence{Document: a.ID, Sentence: st.Index, Start: st.Start, End: st.End, Text: st.Text}
			if r.anon {
				e.Attribution = graph.AttributionAnonymous
			}
			out.Evidence = append(out.Evidence, e)
		}
		g.Events = append(g.Events, out)
		if ev.typ == schema.EventWarning || ev.told {
			for _, from := range ev.agent {
				for _, to := range ev.target {
					if !keep[from] || !keep[to] || from == to || ownOutlet(a, ents[to]) {
						continue // "X told the Tribune" in the Tribune's own story: its sourcing, not a hearer informed
					}
					g.Relations = append(g.Relations, graph.Relation{Source: ids[from], Type: schema.RelInformed, Target: ids[to],
						Event: out.ID, Evidence: out.Evidence, Confidence: out.Confidence})
				}
			}
		}
		for _, p := range ev.informs {
			if from, to := p[0], p[1]; keep[from] && keep[to] && from != to && ids[from] != ids[to] && !ownOutlet(a, ents[to]) {
				g.Relations = append(g.Relations, graph.Relation{Source: ids[from], Type: schema.RelInformed, Target: ids[to],
					Event: out.ID, Evidence: out.Evidence, Confidence: out.Confidence})
			}
		}
	}
	g.Normalize()
	return g
}

// soleGroupActs gives the incidents that name no doer (a break-in, theft, attack, spying or
// leak told in the passive, or as a bare noun) the article's one threat group, when it has
// exactly one: an article about one group tells its deeds, as it calls the group "the
// attackers" too (see addGeneric). A group that warns or reports defends, unless every group
// does and one of them is also the doer of an incident told as done; a described group named
// only once is none. With two groups or more, the one the article is about (dominantGroup) did
// those with a named victim. Data told as exposed (cue exposurelemma: "a misconfigured server
// exposed build logs", "conversations had been exposed") is none of its deeds: what is exposed
// is more often laid open by a fault than taken.
//
// In a roundup of unrelated items (a paragraph opening with 'Meanwhile,', 'Separately,',
// 'Elsewhere', 'In other news,', 'In a separate case,': item, from items), the group does only the
// deeds of the items that name it: a group named in the last item did not hit the hospital
// of the first.
func (x *Extractor) soleGroupActs(sents []sentence, item []int, ms []mention, ents []entity, keep []bool, evs []mergedEvent, open map[int]bool) bool {
	defender, doer := map[int]bool{}, map[int]bool{}
	for _, ev := range evs {
		if ev.typ == schema.EventWarning || ev.typ == schema.EventReport {
			for _, a := range ev.agent {
				defender[a] = true // "the response team warned": who warns or reports defends
			}
		}
		if familyOf(ev.typ) != 0 && !ev.negated && ev.modality == "" {
			for _, a := range ev.agent {
				doer[a] = true
			}
		}
	}
	// the one group that is no defender; else, when every group warns or reports, the one
	// that is also the doer of a deed ("Ash Typhoon published a list of files on its leak
	// site, claiming to have stolen 40 gigabytes"): a group's own postings make it no defender.
	// A described group named once ("lawyers say that prosecutors charge overseas hackers
	// only rarely") is such groups in general, not the one the article is about.
	group := soleGroup(ents, keep, func(k int) bool { return !defender[k] && !(ents[k].Generic && len(ents[k].Mentions) < 2) })
	if group == -1 && len(defender) > 0 {
		group = soleGroup(ents, keep, func(k int) bool { return doer[k] })
	}
	dominant := false
	if group == -2 {
		// "Orbis Freight's servers were encrypted … Ash Typhoon listed Orbis Freight on its
		// leak site … (Ash Typhoon named again and again) … Vanta Spider hit a bank in 2023":
		// the group the article is about, named at least twice as often as any other, did the
		// deeds on named victims told without a doer
		group = dominantGroup(ents, keep, func(k int) bool { return !defender[k] || doer[k] })
		dominant = group >= 0
	}
	if group < 0 {
		return false
	}
	var named map[int]bool // the items that name the group, when the article has several
	if item != nil {
		named = map[int]bool{}
		for _, m := range ents[group].Mentions {
			if m >= 0 && m < len(ms) && ms[m].Sent >= 0 && ms[m].Sent < len(item) {
				named[item[ms[m].Sent]] = true
			}
		}
	}
	changed := false
	for k := range evs {
		ev := &evs[k]
		if dominant && len(ev.target) == 0 {
			continue
		}
		if named != nil && !slices.ContainsFunc(ev.evidence, func(r evRef) bool { return r.sent >= 0 && r.sent < len(item) && named[item[r.sent]] }) {
			continue // another item of a roundup: another matter
		}
		if ev.modality == "future" && pluralNounDeed(sents, ev.evidence) {
			continue // "urged operators to report intrusions": deeds of a kind yet to come are none the group did
		}
		if ev.lemma == "vote" && len(ev.target) == 0 && len(ev.agent) > 0 && !contains(ev.agent, group) {
			ev.target = []int{group} // "the council voted not to pay the hackers": the ones it would pay
			changed = true
			continue
		}
		if familyOf(ev.typ) == 0 || len(ev.agent) > 0 || contains(ev.target, group) || toldBy(ev.evidence, open) || x.cue.is("exposurelemma", ev.lemma) {
			continue // "the company did not attribute the attack to X": its doer is left open (leftOpen)
		}
		ev.agent = []int{group}
		changed = true
	}
	return changed
}

// items numbers the items of a roundup: a paragraph whose first sentence opens with a word
// that turns to another matter ('Meanwhile,', 'Separately,', 'Elsewhere this week,'; cue
// itemswitch) or with 'In other news' or 'In a separate/an unrelated …' starts the next item.
// It returns each sentence's item, or nil when the article is one item.
func (x *Extractor) items(sents []sentence) []int {
	var item []int
	n := 0
	for k, s := range sents {
		if k > 0 && s.Para != sents[k-1].Para && x.switchOpens(s.Toks) {
			if item == nil {
				item = make([]int, len(sents))
			}
			n++
		}
		if item != nil {
			item[k] = n
		}
	}
	return item
}

// switchOpens tells whether a sentence opens with words that turn to another matter.
func (x *Extractor) switchOpens(toks []token) bool {
	if len(toks) > 0 && x.cue.tokIs("itemswitch", &toks[0]) {
		return true
	}
	if len(toks) < 3 || toks[0].Lower != "in" {
		return false
	}
	return toks[1].Lower == "other" && toks[2].Lower == "news" ||
		(toks[1].Lower == "a" || toks[1].Lower == "an") && (toks[2].Lower == "separate" || toks[2].Lower == "unrelated")
}

// principalsAct gives the deeds of a group the article calls a unit or a front of another
// body ("X is a unit of the Y", "X served as a front for Y"; cues unitnoun, serveas) that body
// as a doer too: its unit's deed is its own.
func (x *Extractor) principalsAct(sents []sentence, ms []mention, ents []entity, evs []mergedEvent) {
	principal := map[int]int{}
	for k, m := range ms {
		if m.Entity < 0 || m.Entity >= len(ents) || m.Sent < 0 || m.Sent >= len(sents) || ents[m.Entity].Kind != schema.KindGroup && ents[m.Entity].Kind != schema.KindOrganization {
			continue
		}
		toks := sents[m.Sent].Toks
		t := m.Last
		switch {
		case t+1 < len(toks) && x.cue.tokIs("serveas", &toks[t]) && toks[t+1].Lower == "as":
			t += 2
		case t < len(toks) && (toks[t].Lower == "is" || toks[t].Lower == "was"):
			t++
		default:
			continue
		}
		if t+2 >= len(toks) || toks[t].Lower != "a" && toks[t].Lower != "an" || !x.cue.tokIs("unitnoun", &toks[t+1]) || toks[t+2].Lower != "of" && toks[t+2].Lower != "for" {
			continue
		}
		t += 3
		if t < len(toks) && toks[t].Lower == "the" {
			t++
		}
		for n := k + 1; n < len(ms) && ms[n].Sent == m.Sent && ms[n].First <= t; n++ {
			p := ms[n]
			if p.First == t && p.Entity >= 0 && p.Entity < len(ents) && p.Entity != m.Entity {
				switch ents[p.Entity].Kind {
				case schema.KindAgency, schema.KindCountry, schema.KindGroup:
					principal[m.Entity] = p.Entity
				}
			}
		}
	}
	if len(principal) == 0 {
		return
	}
	for k := range evs {
		ev := &evs[k]
		if !isDeed(ev.typ) {
			continue
		}
		for _, a := range ev.agent {
			if p, ok := principal[a]; ok && !contains(ev.agent, p) && !contains(ev.target, p) {
				ev.agent = append(append([]int(nil), ev.agent...), p)
				break
			}
		}
	}
}

// soleGroup returns the one kept threat group that passes the test, -1 when there is none and
// -2 when there are two or more: whose deed it is is not clear.
func soleGroup(ents []entity, keep []bool, ok func(int) bool) int {
	group := -1
	for k, e := range ents {
		if !keep[k] || e.Kind != schema.KindGroup || !ok(k) {
			continue
		}
		if group >= 0 {
			return -2
		}
		group = k
	}
	return group
}

// dominantGroup returns the named threat group passing the test that the article mentions at
// least minDominant times and dominance times as often as any other such group, or -1.
func dominantGroup(ents []entity, keep []bool, ok func(int) bool) int {
	best, second := -1, 0
	for k, e := range ents {
		if !keep[k] || e.Kind != schema.KindGroup || e.Generic || !ok(k) {
			continue // "the attackers": no group the article names
		}
		n := len(e.Mentions)
		switch {
		case best < 0 || n > len(ents[best].Mentions):
			if best >= 0 {
				second = len(ents[best].Mentions)
			}
			best = k
		case n > second:
			second = n
		}
	}
	if best < 0 || len(ents[best].Mentions) < minDominant || len(ents[best].Mentions) < dominance*second {
		return -1
	}
	return best
}

// minDominant and dominance bound dominantGroup: the fewest mentions of the group an article is
// about, and how many times as often as any other group it is named.
const (
	minDominant = 3
	dominance   = 2
)

// sameDoerTimes dates an undated incident first worded as a definite noun ("the Seimas
// intrusion", "the attack on X", a name allowed before the noun) whose doer is known, from
// the nearest earlier incident of its type within recallWindow sentences that shares a doer:
// the incident told before. An undated, negated or hedged one ends the search. Another victim
// is another incident ("The breach of Y followed a different path"), unless the incident
// before names only countries as its victims: a state's breach takes in its institutions.
func sameDoerTimes(sents []sentence, ents []entity, evs []mergedEvent) {
	for k := range evs {
		a := &evs[k]
		if a.time >= 0 || len(a.agent) == 0 || a.negated || a.modality != "" || familyOf(a.typ) == 0 || len(a.evidence) == 0 {
			continue
		}
		r := a.evidence[0]
		if r.sent < 0 || r.sent >= len(sents) || !bareDefinite(sents[r.sent].Toks, r.trigger, true) {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			p := evs[j]
			if len(p.evidence) == 0 || p.evidence[0].sent < r.sent-recallWindow {
				break
			}
			if p.evidence[0].sent > r.sent || p.typ != a.typ || !overlaps(p.agent, a.agent) {
				continue
			}
			if len(a.target) > 0 && !overlaps(p.target, a.target) && !allOfKind(ents, p.target, schema.KindCountry) {
				continue
			}
			if !p.negated && p.modality == "" && p.time >= 0 {
				a.time, a.timeText = p.time, p.timeText
			}
			break
		}
	}
}

// victimSameDay dates to its victim's day an event done "the same day" by an actor an earlier
// deed befell, when the text's last date before the phrase gave only a month: "The crew froze
// the depot's systems on March 4, 2021, and in July of that year struck a port. … The depot
// told the police the same day" is March 4, the day of the depot's own incident, not a day of
// July. The nearest earlier deed that names the actor as its victim decides; when that
// deed has no day, the event keeps the month the phrase gave. A month told in the phrase's own
// sentence is the day's ("In July, hackers hit the town, and the clinic warned patients the
// same day"): the event keeps it; so does one whose actor has an event of its own in that month
// (ownMonthEvent).
func victimSameDay(sents []sentence, evs []mergedEvent, ts []timex.Expression) {
	for k := range evs {
		a := &evs[k]
		if a.time < 0 || a.time >= len(ts) || len(a.agent) == 0 || len(a.evidence) == 0 || !unknownDayOfMonth(ts[a.time]) {
			continue
		}
		if s := a.evidence[0].sent; s < 0 || s >= len(sents) || monthBefore(sents[s], ts, a.time) || ownMonthEvent(evs, k, ts) {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			p := evs[j]
			if len(p.evidence) == 0 || p.evidence[0].sent >= a.evidence[0].sent || !isDeed(p.typ) || !overlaps(p.target, a.agent) {
				continue
			}
			if !p.negated && p.modality == "" && p.time >= 0 && p.time < len(ts) {
				if _, prec := timex.Calendar(ts[p.time].Value); prec == "day" {
					a.time, a.timeText = p.time, ts[a.time].Text
				}
			}
			break
		}
	}
}

// ownMonthEvent reports whether another event of evs in the month "the same day" of evs[k] was
// read in has k's actor for a party ("In July of that year, the bank found a second piece of
// malware. … The bank alerted the FBI the same day"): the month tells the actor's own new
// event, and its day is that event's, not the day of its earlier incident.
func ownMonthEvent(evs []mergedEvent, k int, ts []timex.Expression) bool {
	a := evs[k]
	month := ts[a.time].Value[:min(len(ts[a.time].Value), len("2006-01"))]
	for j, e := range evs {
		if j == k || e.time < 0 || e.time >= len(ts) || !strings.HasPrefix(ts[e.time].Value, month) || unknownDayOfMonth(ts[e.time]) ||
			len(e.evidence) == 0 || e.evidence[0].sent == a.evidence[0].sent {
			continue // the notice's own sentence ("The attack was reported … the same day") tells no event of the month
		}
		if overlaps(e.target, a.agent) || !isDeed(e.typ) && overlaps(e.agent, a.agent) {
			return true // a deed or step that befell the actor ("regulators fined the bank"), or a finding or telling of its own
		}
	}
	return false
}

// monthBefore reports whether sentence s gives, before the expression ts[t], a date of the
// month t's value names: the anchor of "the same day" is in the sentence itself.
func monthBefore(s sentence, ts []timex.Expression, t int) bool {
	if len(s.Toks) == 0 {
		return false
	}
	for i := range ts {
		if i != t && ts[i].Start >= s.Toks[0].Start && ts[i].End <= ts[t].Start && strings.HasPrefix(ts[i].Value, ts[t].Value[:len("2006-01")]) {
			return true
		}
	}
	return false
}

// unknownDayOfMonth reports whether t is "the same day" (or "that same day") read as a day of
// a month the text gave without the day (1998-10-XX).
func unknownDayOfMonth(t timex.Expression) bool {
	v := t.Value
	return len(v) == len("2006-01-XX") && strings.HasSuffix(v, "-XX") && v[4] == '-' &&
		strings.HasSuffix(strings.ToLower(t.Text), "same day")
}

// toldBy reports whether any of an event's sentences is in the set.
func toldBy(refs []evRef, sents map[int]bool) bool {
	for _, r := range refs {
		if sents[r.sent] {
			return true
		}
	}
	return false
}

// refold merges again, once soleGroupActs has given incidents an agent, the events of one type
// with the same agents and the same victims at compatible times: "the attack on X" is now the
// group's attack on X, told before.
func refold(evs []mergedEvent, ts []timex.Expression) []mergedEvent {
	iso := calendarOf(ts)
	out := foldEvents(evs, iso, func(o, e *mergedEvent) bool {
		return o.typ == e.typ && o.negated == e.negated && len(o.agent) > 0 && sameSet(o.agent, e.agent) &&
			len(o.target) > 0 && sameSet(o.target, e.target) && graph.CompatibleTimes(iso(o.time), iso(e.time))
	})
	return oneDeed(out, iso, nil)
}

// keepEntity drops weak actors: a bare capitalised word seen once and in no event. A
// described group of officials is kept only when heard: warned or notified.
func (x *Extractor) keepEntity(e entity, ms []mention, inEvent, heard bool) bool {
	if e.Generic {
		return inEvent && (heard && describedGroup(e, ms) || !unnamedOfficials(e, ms))
	}
	named := 0
	for _, i := range e.Mentions {
		if (ms[i].How == mkName || ms[i].How == mkDemonym) && !ms[i].PostOf {
			named++
		}
	}
	if named == 0 {
		return false
	}
	if e.Kind == schema.KindPlace {
		return inEvent
	}
	if e.Conf < 0.45 && e.Entry == nil {
		return inEvent && e.Conf >= 0.4 // codes and camel-case words: only when they act
	}
	return e.Conf >= 0.6 || named >= 2 || inEvent
}

// toldGroups returns the entities that are the target of a warning told as given: those
// warned or notified ("sent an advisory to state election officials", "briefed the affected
// officials"). Such a group fills a role of its own, as the officials a story hears from, or
// whose accounts were broken into, do not.
func toldGroups(evs []mergedEvent) map[int]bool {
	out := map[int]bool{}
	for _, ev := range evs {
		if ev.negated || ev.typ != schema.EventWarning {
			continue
		}
		for _, e := range ev.target {
			out[e] = true
		}
	}
	return out
}

// describedGroup reports whether some mention of a described actor gives its head a modifier
// ("state election officials", "the affected officials"), not the bare plural ("officials"),
// which names no group of its own.
func describedGroup(e entity, ms []mention) bool {
	for _, i := range e.Mentions {
		if ms[i].How == mkGeneric && strings.Contains(strings.TrimSpace(ms[i].Text), " ") {
			return true
		}
	}
	return false
}

// unnamedOfficials reports whether a described actor is only ever "officials" ("government
// officials", "three defence ministry officials"): people a story hears from or about, too
// vague to be an actor of their own ("a trade official", one person, stays).
func unnamedOfficials(e entity, ms []mention) bool {
	for _, i := range e.Mentions {
		if ms[i].How != mkGeneric || ms[i].Head != "officials" {
			return false
		}
	}
	return len(e.Mentions) > 0
}

// mentionsOf returns the graph mentions of entity e in document doc, one for each of its
// mentions in ms, with their confidences rounded.
func mentionsOf(doc string, e entity, ms []mention) []graph.Mention {
	var out []graph.Mention
	if len(e.Mentions) > 0 {
		out = make([]graph.Mention, 0, len(e.Mentions))
	}
	for _, i := range e.Mentions {
		m := &ms[i]
		out = append(out, graph.Mention{Document: doc, Sentence: m.Sent, Start: m.Start, End: m.End, Text: m.Text, Confidence: round(m.Conf)})
	}
	return out
}

// addAliases adds the entity's surface forms other than the canonical name.
func addAliases(have []string, name string, e entity, ms []mention) []string {
	seen := map[string]bool{name: true}
	for _, a := range have {
		seen[a] = true
	}
	for _, i := range e.Mentions {
		t := ms[i].Text
		if ms[i].How == mkDesc || ms[i].How == mkGeneric {
			t = strings.TrimPrefix(strings.TrimPrefix(t, "the "), "The ")
		}
		if seen[t] || gazetteer.Key(t) == "" {
			continue
		}
		seen[t] = true
		have = append(have, t)
	}
	return have
}

// round rounds f to two decimal places, half up, for the confidences of the graph.
func round(f float64) float64 {
	return float64(int(f*100+0.5)) / 100
}

// mergedEvent is one event after within-article merging.
type mergedEvent struct {
	saidThen      bool // its time is that of a saying "at the time" (rawEvent.SaidThen): merged as undated
	typ           schema.EventType
	lemma         string
	agent, target []int
	source        []int
	time          int
	timeText      string
	conf          float64
	negated       bool
	modality      string
	told          bool
	informs       [][2]int // who told whom besides agent → target (rawEvent.Informs)
	definite      bool     // its first wording is a definite noun phrase
	crowd         bool     // a warning to described hearers (rawEvent.Crowd)
	evidence      []evRef
}

type evRef struct {
	sent, trigger int
	anon          bool // the sentence rests the event on unnamed sources
}

// mergeEvents joins events of one type with the same agent and target and compatible times
// (a description of one event in several sentences), keeping text order.
func mergeEvents(raw []rawEvent, ts []timex.Expression) []mergedEvent {
	var out []mergedEvent
	var recorded []bool // per event of out: its first mention tells a name's record (rawEvent.Record)
	sort.SliceStable(raw, func(i, j int) bool {
		if raw[i].Sent != raw[j].Sent {
			return raw[i].Sent < raw[j].Sent
		}
		return raw[i].Trigger < raw[j].Trigger
	})
	// a statement and a denial, a report or a warning by the same speaker in one sentence
	// are the more telling event ("X said it found…", "X said, warning Y…"), and so is the
	// speaker's own legal act, measure or step it tells of ("X confirmed it had fined Y", "X
	// said it had arrested a man"); a deed it claims is a statement of its own
	isDenied := map[[2]int]bool{}
	// a speaker's act in that sentence other than a report or warning: a denial, accusation or
	// step the saying is, or announces ("In a statement, X said it does not engage …")
	ownAct := map[[2]int]bool{}
	reports := map[[2]int]bool{}   // a speaker is the source of an event of that sentence: the saying tells news (thenSaid)
	deedsOnly := map[[2]int]bool{} // a speaker is the source of deeds alone in that sentence (sameDayAccusation)
	eventful := map[int]bool{}     // the sentences that tell of some event
	for _, r := range raw {
		eventful[r.Sent] = true
		for _, a := range r.Source {
			reports[[2]int{r.Sent, a}] = true
			k := [2]int{r.Sent, a}
			if seen, ok := deedsOnly[k]; !ok || seen {
				deedsOnly[k] = isDeed(r.Type)
			}
		}
		if (r.Negated || r.Modality == "future") && untaken(r.Type) {
			continue // "saying he took responsibility for the decision not to inform residents": an act not taken, no more telling than the saying
		}
		if r.Type == schema.EventDenial || r.Type == schema.EventReport || r.Type == schema.EventWarning || r.Type == schema.EventAccusation ||
			r.Type == schema.EventLegal || r.Type == schema.EventSanction || r.Type == schema.EventOther {
			for _, a := range r.Agent {
				isDenied[[2]int{r.Sent, a}] = true
				if r.Type != schema.EventReport && r.Type != schema.EventWarning {
					ownAct[[2]int{r.Sent, a}] = true
				}
			}
		}
	}
	// "X said on Friday that it had opened an inquiry into Y", "X said last month it had fined
	// Y": the statement gives way to the speaker's own legal step or measure (above), which,
	// undated, is dated by the telling
	for k := range raw {
		r := &raw[k]
		if r.Type != schema.EventLegal && r.Type != schema.EventSanction || r.TimeIdx >= 0 || len(r.Agent) != 1 || r.Negated || r.Modality != "" {
			continue
		}
		for _, s := range raw {
			if s.Sent == r.Sent && s.Type == schema.EventStatement && !s.Told && s.Trigger < r.Trigger && s.TimeIdx >= 0 && sameSet(s.Agent, r.Agent) {
				r.TimeIdx, r.TimeText = s.TimeIdx, s.TimeText
				break
			}
		}
	}
	// a speaker's report naming no one, beside a report, warning or accusation by the same
	// speaker in the sentence that names whom it concerns, is that one act told twice ("X
	// published an analysis of the malware and linked it to Y", "X wrote to the parties,
	// warning them …"), the report told first; a report after it is an act of its own
	// ("accused X of … and tried to publish the database"); the word "report" itself is left alone ("did not name a government
	// in its report, saying …"): often the document told of before, under its own name
	telling := func(t schema.EventType) bool {
		return t == schema.EventReport || t == schema.EventWarning || t == schema.EventAccusation
	}
	aimedTelling := map[[2]int]int{} // the last trigger of such an aimed telling, plus one
	for _, r := range raw {
		if telling(r.Type) && len(r.Target) > 0 && !r.Carried { // the accusation a report carries leaves the report standing
			for _, a := range r.Agent {
				if k := [2]int{r.Sent, a}; r.Trigger+1 > aimedTelling[k] {
					aimedTelling[k] = r.Trigger + 1
				}
			}
		}
	}
	iso := calendarOf(ts)
	// an incident named with no one taking part ("a ransomware attack") is one bare event of
	// its type per article, and none when another event of that type names its parties
	hasParties := map[schema.EventType]bool{}
	for _, r := range raw {
		if len(r.Agent)+len(r.Target) > 0 {
			hasParties[r.Type] = true
		}
	}
	bare := map[schema.EventType]int{}
	for _, r := range raw {
		if len(r.Agent)+len(r.Target) == 0 {
			if hasParties[r.Type] {
				continue
			}
			if k, ok := bare[r.Type]; ok {
				out[k].evidence = append(out[k].evidence, evRef{r.Sent, r.Trigger, r.Anon})
				continue
			}
			bare[r.Type] = len(out)
			recorded = append(recorded, r.Record)
			out = append(out, mergedEvent{typ: r.Type, lemma: r.Lemma, source: append([]int{}, r.Source...),
				time: r.TimeIdx, timeText: r.TimeText, conf: r.Conf, negated: r.Negated, modality: r.Modality, definite: r.Definite,
				evidence: []evRef{{r.Sent, r.Trigger, r.Anon}}})
			continue
		}
		if r.Type == schema.EventStatement && !r.Told && !r.Filed && len(r.Agent) == 1 && isDenied[[2]int{r.Sent, r.Agent[0]}] &&
			!(r.Issued && !ownAct[[2]int{r.Sent, r.Agent[0]}]) {
			// a statement made in a filing is a disclosure of its own; so is one made in a
			// statement named anew that tells of what the speaker found or whom it told
			// ("X said in a statement that it had detected … and alerted Y"): those acts came
			// before, the statement is news of its own day
			continue
		}
		if r.Type == schema.EventReport && r.Lemma != "report" && !r.Told && len(r.Target) == 0 && len(r.Agent) == 1 && r.Trigger+1 < aimedTelling[[2]int{r.Sent, r.Agent[0]}] {
			continue
		}
		if k := thenSaid(out, r, iso, reports, deedsOnly, eventful); k >= 0 {
			// "X denied the claim in August. “…,” X said at the time": the words of that denial
			out[k].evidence = append(out[k].evidence, evRef{r.Sent, r.Trigger, r.Anon})
			continue
		}
		if paymentDeniedAfterAttack(out, r) {
			continue // "X was hit by ransomware …. X said it had not paid a ransom": no payment, the attack already told
		}
		found := -1
		b := iso(r.TimeIdx)
		bm := b // the date the merge goes by: a saying "at the time" merges as an undated one did
		if r.SaidThen {
			bm = ""
		}
		for k := range out {
			o := &out[k]
			oa := iso(o.time) // the date the merge goes by, as bm
			if o.saidThen {
				oa = ""
			}
			last := o.evidence[len(o.evidence)-1].sent // the sentence of its latest mention
			near := r.Sent-last <= mergeReach
			if (r.Further || r.Series && b != "") && isDeed(r.Type) {
				break // "X also carried out a bombing on March 3", "X had claimed attacks on banks in March": not the attack told before
			}
			if isDeed(r.Type) && r.Record && !recorded[k] && !sameSet(o.target, r.Target) {
				continue // "The attack on Y was carried out by X, a gang that has hit hospitals": the record is other deeds
			}
			// "X on Tuesday attributed the theft to Y. … addresses it said were controlled by Z":
			// one accuser's accusations on one day, sentences apart, are one act naming both; so
			// are one speaker's sayings on one day about another party, told to no one ("X told
			// the committee on Tuesday …. X said the intruders had …": one testimony)
			sameDay := (r.Type == schema.EventAccusation || r.Type == schema.EventStatement && !r.Told) && len(o.agent) > 0 && r.Sent-last <= 2 && len(bm) == dayValue && oa == bm
			// one speaker's sayings told on one day, however far apart in the story ("X told
			// the committee on Tuesday …. … X said the bureau supported …" at the same hearing),
			// are one statement: a saying told to no one names no hearer, whatever party it is
			// about; so is a saying with no time of its own told to no one ("“…,” X said") up
			// to twice mergeReach sentences after the speaker's saying of a day: the quotes of
			// that day go on
			oneVoice := r.Type == schema.EventStatement && !r.Told && len(o.agent) > 0 &&
				(len(bm) == dayValue && oa == bm || r.TimeIdx < 0 && !o.saidThen && len(oa) == dayValue && r.Sent-last <= 2*mergeReach)
			// a saying of that day to a hearer after the speaker's saying to no one, naming no
			// one, gives that saying its hearer ("X said on Tuesday …. … X told senators …")
			oneVoice = oneVoice || r.Type == schema.EventStatement && r.Told && !o.told && len(o.target) == 0 && len(o.agent) > 0 && len(bm) == dayValue && oa == bm
			// "X and Y on Thursday blamed Z …. In a joint statement, X and Y said …": accusers of
			// one day, the one named first among the later ones, make one announcement
			jointDay := r.Type == schema.EventAccusation && sameDay && sameTeller(o.agent, r.Agent)
			if o.typ != r.Type || !(sameSet(o.agent, r.Agent) || sameSpeaker(o.typ, o.agent, r.Agent) || jointDay) || !(sameSet(o.target, r.Target) || sameDay || oneVoice || len(o.agent) > 0 && near && (len(o.target) == 0 || len(r.Target) == 0)) || o.negated != r.Negated {
				continue
			}
			if r.Type == schema.EventWarning && (r.Told || o.crowd && len(r.Target) > 0) && len(o.target) == 0 && r.Sent != last {
				continue // "X warned that …. In a letter to Y, X asked …", "X warned staff …. X alerted Y": a second act, told to Y
			}
			if r.Type == schema.EventWarning && r.Crowd && len(r.Target) == 0 && len(o.target) > 0 && r.Sent != last {
				continue // "X notified Y. … X wrote to its customers, warning them": a second act, told to others
			}
			if o.told && !r.Told && !sameSet(o.agent, r.Agent) && !subset(r.Agent, o.agent) {
				continue // "X said in a statement to Reuters …. Y, X's chief executive, said …": Y told Reuters nothing
			}
			if thenThenNow(*o, r, ts, iso) {
				continue // "X said at the time that …. On Wednesday X said …": words of two days
			}
			a := oa
			if !datesAgree(a, bm) && !(r.Type == schema.EventReport && len(o.agent) > 0 && a != "" && publishedOnly(ts, r.TimeIdx)) && !retold(*o, r, ts, iso) {
				continue // a report told in the present, dated by publication only ("the report closes with …"), is its author's report told before
			}
			// without an agent, only the target ties two mentions together: merge them only
			// when both are dated, at compatible dates ("arrested in February", "his February
			// arrest", "arrested earlier this year"), or when both are words of one sentence
			// naming the same victim ("X was hit by a ransomware attack": hit, ransomware,
			// attack)
			if len(o.agent) == 0 && (a == "" || bm == "") && !(a == bm && len(r.Target) > 0 && r.Sent == last) {
				continue
			}
			found = k
			break
		}
		if found < 0 {
			recorded = append(recorded, r.Record)
			out = append(out, mergedEvent{typ: r.Type, lemma: r.Lemma, agent: r.Agent, target: r.Target, source: append([]int{}, r.Source...),
				time: r.TimeIdx, timeText: r.TimeText, conf: r.Conf, negated: r.Negated, modality: r.Modality, told: r.Told,
				informs: r.Informs, definite: r.Definite, crowd: r.Crowd, saidThen: r.SaidThen, evidence: []evRef{{r.Sent, r.Trigger, r.Anon}}})
			continue
		}
		o := &out[found]
		dated := datesRetold(*o, r, ts, iso) // r's written date is the day of o's present perfect
		o.evidence = append(o.evidence, evRef{r.Sent, r.Trigger, r.Anon})
		for _, a := range r.Agent {
			if !contains(o.agent, a) {
				o.agent = append(o.agent, a) // "X, an analyst at Y, said" … "X said"
			}
		}
		if len(o.target) == 0 {
			o.target = r.Target
		} else if o.typ == schema.EventAccusation {
			for _, t := range r.Target {
				if !contains(o.target, t) && !contains(o.agent, t) {
					o.target = append(o.target, t) // the same day's accusation naming another: both accused
				}
			}
		}
		if len(b) > len(iso(o.time)) && !lentThenWritten(ts, r.TimeIdx, o.time, iso(o.time)) || dated || lentThenWritten(ts, o.time, r.TimeIdx, b) {
			o.time, o.timeText, o.saidThen = r.TimeIdx, r.TimeText, r.SaidThen
		}
		if r.Conf > o.conf {
			o.conf = r.Conf
		}
		o.conf = minf(1, o.conf+0.05)
		o.told = o.told || r.Told
		o.informs = append(o.informs, r.Informs...)
		for _, s := range r.Source {
			if !contains(o.source, s) {
				o.source = append(o.source, s)
			}
		}
	}
	return oneDeed(doerTold(out, iso), iso, nil)
}

// dayMentions dates merged deeds by the raw deeds that name no one (those mergeEvents sets aside
// when the article names the parties of a deed of that type), told by a definite noun that is
// the subject of its verb (nounSubject) or by a verb (partylessVerb: "the database was breached
// on March 3"), and by the deeds told by a verb that names no one (dayDeeds: "its systems were
// disrupted early on Tuesday"), each dated to a day (dayMention).
func (x *Extractor) dayMentions(evs []mergedEvent, raw, dayDeeds []rawEvent, ts []timex.Expression, sents []sentence) {
	iso := calendarOf(ts)
	// the day must be words of the text ("on Sunday"), not one the narrative lends the mention:
	// the publication date of a present tense ("the attack is the third this year") is no day
	// of the deed
	written := func(r rawEvent) bool {
		return writtenTime(ts, r.TimeIdx) && len(iso(r.TimeIdx)) == dayValue
	}
	// a definite deed noun that began or took place in a month gives the month too ("the
	// intrusion began in March", "the breach, which started in May"), but not one found or ended
	// then ("the intrusion was contained in May")
	monthly := func(r rawEvent) bool {
		return r.Definite && writtenTime(ts, r.TimeIdx) && len(iso(r.TimeIdx)) == monthValue &&
			r.Sent >= 0 && r.Sent < len(sents) && x.beganNext(sents[r.Sent].Toks, r.Trigger)
	}
	// a deed asserted in a sentence of the text that names no one
	nameless := func(r rawEvent) bool {
		return len(r.Agent)+len(r.Target) == 0 && isDeed(r.Type) && !r.Negated && r.Modality == "" && r.Sent >= 0 && r.Sent < len(sents)
	}
	record := recordDeeds(evs, sents)
	for _, r := range raw {
		if nameless(r) && (written(r) || monthly(r)) && (r.Definite && nounSubject(sents[r.Sent].Toks, r.Trigger, ts[r.TimeIdx].Start) || written(r) && partylessVerb(sents[r.Sent].Toks, r.Trigger)) {
			dayMention(evs, r, iso, record)
		}
	}
	for _, r := range raw {
		if !nameless(r) {
			continue
		}
		if r.Definite {
			if t := x.timedDeedNoun(sents[r.Sent], r.Trigger, ts); t >= 0 {
				r.TimeIdx, r.TimeText = t, ""
				if written(r) {
					dayMention(evs, r, iso, record)
				}
			}
		} else if t := x.appositiveTime(sents[r.Sent], r.Trigger, ts); t >= 0 && iso(t) != "" {
			restated(evs, r, t, iso)
		}
	}
	for _, r := range dayDeeds {
		if r.Lemma == entryLemma {
			if writtenTime(ts, r.TimeIdx) && iso(r.TimeIdx) != "" && !x.exploitOfDeed(evs, r, sents) {
				entryMention(evs, r, iso, record)
			}
			continue
		}
		if written(r) {
			dayMention(evs, r, iso, record)
		}
	}
}

// recordDeeds reports for each merged deed whether its first wording stands in a clause that
// tells a name's record (recordClause: "Salt Typhoon, a group that has breached carriers in the
// United States").
func recordDeeds(evs []mergedEvent, sents []sentence) []bool {
	record := make([]bool, len(evs))
	for k, o := range evs {
		if len(o.evidence) == 0 || !isDeed(o.typ) {
			continue
		}
		if ref := o.evidence[0]; ref.sent >= 0 && ref.sent < len(sents) {
			record[k] = recordClause(sents[ref.sent].Toks, ref.trigger)
		}
	}
	return record
}

// recordReach is how many words from the relative pronoun to the deed recordClause reads.
const recordReach = 6

// recordClause reports whether the word at i stands in a subject relative clause on an
// indefinite noun phrase set in apposition after a name ("Salt Typhoon, a group that has
// breached carriers in the United States", "X, a ransomware gang that has claimed dozens of
// attacks on hospitals"): the clause tells who the name is by its record, deeds before the
// story's own.
// Only a relative pronoun tagged as one (WDT, WP) and followed by a verb or modal opens it: "a
// warning that hackers had …" is the noun's content, not its record.
func recordClause(toks []token, i int) bool {
	if i < 0 || i >= len(toks) {
		return false
	}
	rel := -1
	for j := i - 1; j >= 0 && i-j <= recordReach; j-- {
		if t := toks[j].Text; t == "," || t == ";" || t == ":" || t == "(" || t == "—" || t == "." {
			return false
		}
		if (toks[j].Tag == "WDT" || toks[j].Tag == "WP") && (toks[j].Lower == "that" || toks[j].Lower == "which" || toks[j].Lower == "who") {
			rel = j
			break
		}
	}
	if rel < 4 || !isVerbTag(toks[rel+1].Tag) && toks[rel+1].Tag != "MD" {
		return false
	}
	head := rel - 1
	if toks[head].Tag != "NN" && toks[head].Tag != "NNS" {
		return false
	}
	k := head
	for k > 0 && head-k < recordModifiers && recordModifier(toks[k-1].Tag) {
		k--
	}
	if k < 3 || toks[k-1].Lower != "a" && toks[k-1].Lower != "an" || toks[k-2].Text != "," {
		return false
	}
	return toks[k-3].Tag == "NNP" || toks[k-3].Tag == "NNPS"
}

// recordModifiers bounds the words recordModifier admits before the head of the noun phrase
// recordClause reads.
const recordModifiers = 4

// recordModifier reports whether the tag t is one of a word that may stand before the head of
// the noun phrase recordClause reads ("a Russian-speaking ransomware group", "a state-backed
// hacking unit").
func recordModifier(t string) bool {
	switch t {
	case "JJ", "NN", "NNS", "NNP", "HYPH", "VBG", "VBN", "CD":
		return true
	}
	return false
}

// exploitOfDeed reports whether the way in r is the use of a flaw (cue exploitverb: "exploited a
// flaw in July") told in a sentence that tells a deed with its parties too ("X exploited a flaw
// in July and stole …"): its time is that deed's, told there, not a time for a break-in told
// before.
func (x *Extractor) exploitOfDeed(evs []mergedEvent, r rawEvent, sents []sentence) bool {
	if r.Sent < 0 || r.Sent >= len(sents) || r.Trigger < 0 || r.Trigger >= len(sents[r.Sent].Toks) ||
		!x.cue.tokIs("exploitverb", &sents[r.Sent].Toks[r.Trigger]) {
		return false
	}
	for _, o := range evs {
		if !isDeed(o.typ) || len(o.agent)+len(o.target) == 0 {
			continue
		}
		for _, ref := range o.evidence {
			if ref.sent == r.Sent {
				return true
			}
		}
	}
	return false
}

// appositiveTime returns the time of the deed noun at i when it stands in apposition after a
// comma, as an indefinite noun phrase whose clause tells when the deed began or took place (cue
// deedbegan) and gives its time ("…, an intrusion the bank said began in late November 2023",
// "…, a ransomware attack that started on May 3"): the clause before told the deed, and the
// noun tells it again with its time. It returns -1 for none.
func (x *Extractor) appositiveTime(s sentence, i int, ts []timex.Expression) int {
	toks := s.Toks
	if i < 2 || i >= len(toks) || !isNounTag(toks[i].Tag) {
		return -1
	}
	j := i - 1
	for j > 0 && i-j <= 2 && (toks[j].Tag == "JJ" || toks[j].Tag == "NN" || toks[j].Tag == "HYPH") {
		j-- // "a months-long intrusion", "a ransomware attack"
	}
	if j < 1 || toks[j].Lower != "a" && toks[j].Lower != "an" || toks[j-1].Text != "," {
		return -1
	}
	began := false
	for k := i + 1; k < len(toks); k++ {
		if t := toks[k].Text; t == "," || t == ";" || t == ":" || t == "." {
			return -1 // the clause ends before a time
		}
		began = began || x.cue.tokIs("deedbegan", &toks[k])
		if began && toks[k].Start >= s.Start {
			if ti := timeStarting(ts, toks[k].Start); ti >= 0 {
				return ti
			}
		}
	}
	return -1
}

// restated gives the time t of a deed noun in apposition (appositiveTime: "X had gained access to
// Y's email, an intrusion the company said began in late November 2023") to the deed of its
// family told with its parties before it in its sentence, when that deed is undated or dated
// more coarsely to a period holding that time. Deeds on two victims there leave it alone.
func restated(evs []mergedEvent, r rawEvent, t int, iso func(int) string) {
	found := -1
	for k := range evs {
		o := &evs[k]
		if familyOf(o.typ) != familyOf(r.Type) || len(o.agent)+len(o.target) == 0 || o.negated || o.modality != "" {
			continue
		}
		in := false
		for _, ref := range o.evidence {
			in = in || ref.sent == r.Sent && ref.trigger < r.Trigger
		}
		if !in {
			continue
		}
		if found >= 0 && !sameSet(evs[found].target, o.target) {
			return
		}
		found = k
	}
	if found < 0 {
		return
	}
	if o := &evs[found]; refines(iso(o.time), iso(t)) {
		o.time, o.timeText = t, ""
	}
}

// entryMention gives the written time of a way in told without its victim (entryDeed: "the
// intruders first got in during early July", "had been inside the network since last fall")
// to the break-ins told with their parties in or before its sentence, within recallWindow
// sentences, when undated or dated more coarsely to a period holding it: the way in is the
// start of the break-in told before. Break-ins on two
// victims, or one negated or hedged, leave it alone; a break-in that names no victim goes with
// any, and one yet to come (yetToCome) is none. A break-in told in a name's record
// (recordDeeds: "X, a group that has breached Y") is one only when no other is told.
func entryMention(evs []mergedEvent, r rawEvent, iso func(int) string, record []bool) {
	var found, records []int
	for k := range evs {
		o := &evs[k]
		if o.typ != schema.EventIntrusion || len(o.agent)+len(o.target) == 0 || len(o.evidence) == 0 || o.evidence[0].sent > r.Sent ||
			o.evidence[len(o.evidence)-1].sent < r.Sent-recallWindow {
			continue
		}
		if yetToCome(o) {
			continue
		}
		if o.negated || o.modality != "" {
			return
		}
		if record[k] {
			records = append(records, k)
			continue
		}
		found = append(found, k)
	}
	if len(found) == 0 {
		found = records
	}
	var victims []int
	for _, k := range found {
		if t := evs[k].target; len(t) > 0 {
			if victims != nil && !sameSet(victims, t) {
				return
			}
			victims = t
		}
	}
	b := iso(r.TimeIdx)
	for _, k := range found {
		if o := &evs[k]; refines(iso(o.time), b) {
			o.time, o.timeText = r.TimeIdx, r.TimeText
		}
	}
}

// timedDeedNoun returns the time right after the definite deed noun at i (and an "of" phrase on
// what it took: "the theft of $41 million on March 2"), after "on" or "in", when the noun is the
// object of a preposition of time (cue deedprep: "since the theft on March 2", "in the days after
// the breach on Sunday"): the phrase places another happening against the deed, so the time is
// the deed's, not that of a telling whose topic the noun is ("a report on the hacking on
// Friday"). It returns -1 for none.
func (x *Extractor) timedDeedNoun(s sentence, i int, ts []timex.Expression) int {
	toks := s.Toks
	on := ofPhraseEnd(toks, i+1)
	if i < 1 || on+1 >= len(toks) || toks[on].Lower != "on" && toks[on].Lower != "in" {
		return -1
	}
	j := i - 1
	for j >= 0 && i-j <= 3 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "NN" || toks[j].Tag == "PRP$") {
		j--
	}
	if j < 0 || j == i-1 || !x.cue.tokIs("deedprep", &toks[j]) {
		return -1
	}
	return timeStarting(ts, toks[on+1].Start)
}

// timeStarting returns the index of the first of the times that starts at the rune offset
// off, or -1 for none.
func timeStarting(ts []timex.Expression, off int) int {
	for ti, t := range ts {
		if t.Start == off {
			return ti
		}
	}
	return -1
}

// ofPhraseEnd returns the index after the "of" phrase starting at j that says what a deed took
// ("the theft of $41 million", "the breach of its mail servers"): up to five numbers, symbols,
// determiners, adjectives, nouns and possessives; j itself when no "of" stands there.
func ofPhraseEnd(toks []token, j int) int {
	if j >= len(toks) || toks[j].Lower != "of" {
		return j
	}
	k := j + 1
	for k < len(toks) && k-j <= 5 {
		switch toks[k].Tag {
		case "CD", "$", "DT", "JJ", "NN", "NNS", "PRP$", "POS":
			k++
			continue
		}
		break
	}
	if k == j+1 {
		return j
	}
	return k
}

// bareBegan dates a bare deed (one no one is named taking part in: mergeEvents keeps one per
// type) first told by an indefinite noun or a verb, by a later definite noun of its type told
// as beginning or taking place at a time of its own (beganNext): "Miravel Health reported a
// data breach on Monday. The breach began in September."; "X disclosed a ransomware attack on
// Friday. The attack started on Oct. 28.". News names the incident first and tells its day
// after. The deed takes that time when it has none, only a coarser one the new time falls
// within, or only the day a telling of it was made (tellingsTime). A definite first mention
// may name a deed of another type told before ("after the breach emptied its wallets": a
// theft) and is left alone.
func (x *Extractor) bareBegan(evs []mergedEvent, raw []rawEvent, sents []sentence, ts []timex.Expression) {
	iso := calendarOf(ts)
	for k := range evs {
		o := &evs[k]
		if len(o.agent)+len(o.target) > 0 || o.definite || !isDeed(o.typ) || o.negated || o.modality != "" || len(o.evidence) < 2 {
			continue
		}
		first := o.evidence[0]
		told := false
		for i, r := range raw {
			if r.Sent == first.sent && r.Trigger == first.trigger && r.Type == o.typ {
				told = tellingsTime(raw, i)
			}
		}
		for _, r := range raw {
			if r.Type != o.typ || len(r.Agent)+len(r.Target) > 0 || r.Sent <= first.sent || !r.Definite || !r.asserted() ||
				r.Sent >= len(sents) || !x.beganNext(sents[r.Sent].Toks, r.Trigger) {
				continue
			}
			v, ov := iso(r.TimeIdx), iso(o.time)
			if v != "" && (ov == "" || told || len(ov) < len(v) && strings.HasPrefix(v, ov)) {
				o.time, o.timeText = r.TimeIdx, r.TimeText
			}
			break
		}
	}
}

// beganNext reports whether the verb of the noun at i, right after it or after a comma and
// "which" or "that", adverbs allowed between, is one of beginning or taking place (cue
// deedbegan: "the intrusion began in March", "the breach, which started in May").
func (x *Extractor) beganNext(toks []token, i int) bool {
	from := i + 1
	if i+2 < len(toks) && toks[i+1].Text == "," && (toks[i+2].Lower == "which" || toks[i+2].Lower == "that") {
		from = i + 3
	}
	for j := from; j < len(toks) && j <= from+1; j++ {
		if toks[j].Tag == "RB" {
			continue
		}
		return x.cue.tokIs("deedbegan", &toks[j])
	}
	return false
}

// partylessVerb reports whether the trigger at i is a verb: a deed told by a verb that names no
// one ("the database was breached on March 3", "the attack, which hit the port on Sunday") is
// the harm of the deed told with its parties, as the verbs namelessDeed keeps are. A verb whose
// subject is a personal pronoun (personDoer) names its doers, though no name stands for them:
// "On Friday, they encrypted the servers" tells the story's next step, not the day of the
// break-in told before.
func partylessVerb(toks []token, i int) bool {
	return i >= 0 && i < len(toks) && isVerbTag(toks[i].Tag) && !personDoer(toks, i)
}

// personDoer reports whether the verb at i has a personal pronoun for its subject ("they", "he",
// "she", "we"), right before it or past adverbs and auxiliaries ("they then encrypted", "they
// had quietly copied").
func personDoer(toks []token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 4; j-- {
		switch t := toks[j]; {
		case t.Tag == "RB" || t.Tag == "MD" || isBeHave(t.Lower):
		case t.Tag == "PRP":
			switch t.Lower {
			case "they", "he", "she", "we":
				return true
			}
			return false
		default:
			return false
		}
	}
	return false
}

// nounSubject reports whether the noun at i is right before the finite verb it is the subject
// of, an adverb allowed between ("the intrusion was detected on Sunday", "The hacking began on
// September 29", "the campaign took place on May 3"), with no colon or semicolon before the time
// starting at rune offset at: the day is the deed's, not that of a telling whose object or
// topic the noun is ("released a report on the hacking on Friday", "called police about the
// leak on Monday"). A noun with a clause set off in commas after it is the subject of the verb
// that follows the clause, or of the clause's own verb ("The attack, which staff first detected
// on Sunday, halted …", "The attack, which began on May 30, halted …"). An intensive reflexive
// after the noun stands with it ("The theft itself took place on May 12").
func nounSubject(toks []token, i, at int) bool {
	from := i + 1
	if from < len(toks) && (toks[from].Lower == "itself" || toks[from].Lower == "themselves") {
		i, from = from, from+1 // an intensive reflexive stands with its noun: "The theft itself took place on May 12"
	}
	if i+2 < len(toks) && toks[i+1].Text == "," && (toks[i+2].Lower == "which" || toks[i+2].Lower == "that") {
		from = i + 3 // the subject of a clause set off in commas: "The attack, which began on May 30, halted …"
		if !finiteNext(toks, from) {
			from = relativeClosed(toks, from) // the object of one, subject of the main clause: "The attack, which staff detected on Sunday, halted …"
		}
	}
	if !finiteNext(toks, from) {
		return false
	}
	for j := i + 1; j < len(toks) && toks[j].Start < at; j++ {
		if toks[j].Text == ":" || toks[j].Text == ";" {
			return false // "this breach isn't so bad: on Monday, its shares rose"
		}
	}
	return true
}

// finiteNext reports whether the word at j, or the one after an adverb, is a finite verb.
func finiteNext(toks []token, j int) bool {
	for k := j; k < len(toks) && k <= j+1; k++ {
		if toks[k].Tag != "RB" {
			return isFiniteTag(toks[k].Tag)
		}
	}
	return false
}

// relativeClosed returns the index of the word after the comma that closes the relative clause
// opening at j ("which staff detected on Sunday, halted"), where the main clause goes on; len(toks)
// when no comma closes it.
func relativeClosed(toks []token, j int) int {
	for k := j; k < len(toks); k++ {
		if toks[k].Text == "," {
			return k + 1
		}
	}
	return len(toks)
}

// dayMention gives the day of a deed mention r that names no one ("the intrusion was detected
// on Sunday", "its systems were disrupted early on Tuesday") to the deed of its family
// (familyOf: break-ins, attacks and spying; thefts and leaks) told with its parties in or
// before r's sentence, within recallWindow sentences, when it is undated or dated more coarsely
// to a period holding that day ("a ransomware attack this week"): the mention takes up that
// deed, one of its own type before those of its family (dayMentioned). Deeds on two victims
// before it, or one negated or hedged, leave it alone (one naming no victim, "the theft of $30
// million from an exchange in May", is no second victim: it takes the day too); one yet to come is none it takes up
// (yetToCome), and one told in a name's record (recordDeeds: "X, a gang that has claimed dozens of
// attacks") is one only when no other deed is told.
func dayMention(evs []mergedEvent, r rawEvent, iso func(int) string, record []bool) {
	found := dayMentioned(evs, r, true, record)
	if found == nil {
		found = dayMentioned(evs, r, false, record)
	}
	b := iso(r.TimeIdx)
	for _, k := range found {
		if o := &evs[k]; refines(iso(o.time), b) {
			o.time, o.timeText = r.TimeIdx, r.TimeText
		}
	}
}

// namedAgain folds an undated deed told with its victims but no doer into a later dated deed of
// its type on the same victims, with no doer either, whose first wording names the deed again
// (a definite noun, or a verb of a clause on one: "the breach of X on March 3", "the attack,
// which hit X on Sunday"), or a passive harm to the victim ("its servers were encrypted early on
// Sunday"), within mergeReach sentences: one deed told twice, at the day the second wording
// gives. mergeEvents keeps such deeds apart, as two undated or dated mentions of a victim ("X
// was hit", "X was hit in May") may be two deeds.
func (x *Extractor) namedAgain(evs []mergedEvent, sents []sentence, ts []timex.Expression) []mergedEvent {
	iso := calendarOf(ts)
	return foldEvents(evs, iso, func(o, e *mergedEvent) bool {
		if !isDeed(e.typ) || o.typ != e.typ || len(o.agent)+len(e.agent) > 0 || len(o.target) == 0 || !sameSet(o.target, e.target) ||
			o.negated || e.negated || o.modality != "" || e.modality != "" || iso(o.time) != "" || iso(e.time) == "" {
			return false
		}
		first := e.evidence[0]
		if first.sent-o.evidence[len(o.evidence)-1].sent > mergeReach || first.sent < 0 || first.sent >= len(sents) {
			return false
		}
		toks := sents[first.sent].Toks
		return e.definite || x.clauseOnDefiniteDeed(toks, first.trigger) || x.passiveHarm(toks, first.trigger)
	})
}

// renamedDeed folds a deed told again with its victims, no doer and a time of the text, by a
// definite noun or a passive harm to the victim ("Kessary said the attack began on March 2, when
// staff found files on its servers had been encrypted", after "a ransomware gang broke into
// Kessary Water"), into an undated deed of another type of its family (familyOf) on the same
// victims whose doer is named, told within mergeReach sentences before it: one deed told twice,
// at the time the second wording gives. It runs after dayMentions, which dates such wordings;
// deeds of one type fold in mergeEvents (doerTold) and namedAgain.
func (x *Extractor) renamedDeed(evs []mergedEvent, sents []sentence, ts []timex.Expression) []mergedEvent {
	iso := calendarOf(ts)
	return foldEvents(evs, iso, func(o, e *mergedEvent) bool {
		if !isDeed(o.typ) || !isDeed(e.typ) || o.typ == e.typ || familyOf(o.typ) != familyOf(e.typ) ||
			len(o.agent) == 0 || len(e.agent) > 0 || len(o.target) == 0 || !sameSet(o.target, e.target) ||
			o.negated || e.negated || o.modality != "" || e.modality != "" || iso(o.time) != "" || iso(e.time) == "" ||
			!writtenTime(ts, e.time) {
			return false
		}
		first := e.evidence[0]
		gap := first.sent - o.evidence[len(o.evidence)-1].sent
		if gap <= 0 || gap > mergeReach || first.sent >= len(sents) {
			return false
		}
		toks := sents[first.sent].Toks
		return e.definite || x.clauseOnDefiniteDeed(toks, first.trigger) || x.passiveHarm(toks, first.trigger)
	})
}

// daySpelled folds a deed dated only by the publication day a present or present perfect lends
// it ("Ash Lynx has attacked Korvel Freight") into the deed of its type by the same doers on the
// same victims told within mergeReach sentences after it with a day of the text no later than
// that day ("The group struck on March 2"): one deed told twice, at the day the text spells.
func daySpelled(evs []mergedEvent, ts []timex.Expression) []mergedEvent {
	iso := calendarOf(ts)
	fits := func(o, e *mergedEvent) bool {
		if !isDeed(o.typ) || o.typ != e.typ || len(o.agent) == 0 || len(o.target) == 0 || !sameSet(o.agent, e.agent) || !sameSet(o.target, e.target) ||
			o.negated || e.negated || o.modality != "" || e.modality != "" || !publishedOnly(ts, o.time) ||
			!writtenTime(ts, e.time) || len(iso(e.time)) != dayValue || iso(e.time) > iso(o.time) {
			return false
		}
		gap := e.evidence[0].sent - o.evidence[len(o.evidence)-1].sent
		return gap > 0 && gap <= mergeReach
	}
	return foldEventsThen(evs, iso, fits, func(o, e *mergedEvent) { o.time, o.timeText = e.time, e.timeText })
}

// passiveHarm reports whether the verb at i is a participle after a form of "be", adverbs
// allowed between: the harm told of the victim ("its servers were encrypted early on Sunday"),
// the deed told before.
func (x *Extractor) passiveHarm(toks []token, i int) bool {
	if i < 1 || i >= len(toks) || toks[i].Tag != "VBN" {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= auxReach; j-- {
		if x.cue.tokIs("be", &toks[j]) {
			return true
		}
		if toks[j].Tag != "RB" {
			return false
		}
	}
	return false
}

// clauseOnDefiniteDeed reports whether the verb at i opens a clause set off by a comma on a
// definite deed noun right before it, adverbs allowed between ("The attack, which hit X on
// Sunday", "the breach, which began on May 3").
func (x *Extractor) clauseOnDefiniteDeed(toks []token, i int) bool {
	if i < 0 || i >= len(toks) || !isVerbTag(toks[i].Tag) {
		return false
	}
	j := i - 1
	for j >= 0 && toks[j].Tag == "RB" {
		j--
	}
	if j < 2 || toks[j].Lower != "which" && toks[j].Lower != "that" || toks[j-1].Text != "," {
		return false
	}
	n := j - 2
	tr, ok := x.tokTrigger(&toks[n], false)
	return ok && isDeed(tr.Type) && isNounTag(toks[n].Tag) && definiteNP(toks, n)
}

// dayMentioned returns the deeds dayMention may date by r: with sameType, those of r's own type
// ("the break-in" names a break-in before a spying of the family), else those of its family; nil
// when there are none or when they name two victims, or one is negated or hedged. Deeds told in
// a name's record (record) count only when no other deed is told.
func dayMentioned(evs []mergedEvent, r rawEvent, sameType bool, record []bool) []int {
	var found, records []int
	for k := range evs {
		o := &evs[k]
		if familyOf(o.typ) != familyOf(r.Type) || sameType && o.typ != r.Type || len(o.agent)+len(o.target) == 0 || len(o.evidence) == 0 || o.evidence[0].sent > r.Sent ||
			o.evidence[len(o.evidence)-1].sent < r.Sent-recallWindow {
			continue
		}
		if yetToCome(o) || unpaidRansom(o, r) {
			continue
		}
		if o.negated || o.modality != "" {
			return nil
		}
		if record[k] {
			records = append(records, k)
			continue
		}
		found = append(found, k)
	}
	if len(found) == 0 {
		found = records
	}
	var victims []int // the victims of the first deed found that names any: one naming none is no second victim
	for _, k := range found {
		if t := evs[k].target; len(t) > 0 && victims == nil {
			victims = t
		} else if len(t) > 0 && !sameSet(victims, t) {
			return nil
		}
	}
	return found
}

// unpaidRansom reports whether o is a ransom told as not paid or not demanded ("X says it will
// not pay the hackers", "X has no intention of paying") and r a dated mention of the incident
// itself ("the attack began on May 16"): a payment never made is no deed that mention takes up,
// so it neither takes the day nor keeps the incident from taking it.
func unpaidRansom(o *mergedEvent, r rawEvent) bool {
	ransom := func(l string) bool { return l == "pay" || l == "demand" }
	return o.negated && ransom(o.lemma) && !ransom(r.Lemma)
}

// yetToCome reports whether the deed o is told as one yet to come (Modality "future": "when
// residents will be able to pay a ticket online", "plans to attack"): a mention that tells a deed
// as done and dates it ("the attack began on June 5", "the intruders got in during July") takes up
// no such deed, so it neither takes that time nor stands for another deed beside the one told as
// done. A deed told as perhaps done (hypothetical) or denied still may be the one the mention
// takes up.
func yetToCome(o *mergedEvent) bool {
	return o.modality == "future"
}

// writtenTime reports whether the time ts[t] is an expression of the text (Start >= 0), not one
// the narrative lends an event (the publication date of a present tense, a day counted back).
func writtenTime(ts []timex.Expression, t int) bool {
	return t >= 0 && t < len(ts) && ts[t].Start >= 0
}

// lentThenWritten reports whether the time ts[written], of value b, is dated by words of the
// text (writtenTime: "last week", "in March") and ts[lent] only by the publication day an
// event's present perfect or present lends it (publishedOnly: "X has targeted hospitals for two
// years. Last week, the gang attacked Y"), when two mentions of one event merge: the written date
// is the deed's, however coarser, and replaces the lent one; a lent day never replaces a written
// date, however finer ("X attacked Y last week. X has targeted hospitals for two years").
func lentThenWritten(ts []timex.Expression, lent, written int, b string) bool {
	return b != "" && publishedOnly(ts, lent) && writtenTime(ts, written)
}

// publishedOnly reports whether the time ts[t] is the publication date an event told in the
// present takes (presentTimes): no expression of the text (Start < 0) and no words of its own.
func publishedOnly(ts []timex.Expression, t int) bool {
	return t >= 0 && t < len(ts) && ts[t].Start < 0 && ts[t].Text == ""
}

// nowRetold reports whether time r, the publication day a present or present perfect lends a
// telling (publishedOnly: "has denied", "has opened an investigation", "says"), can be the time
// of the event told at time o, a date the text writes no later than that day, in its month or
// the month before: the present perfect tells of a recent act the text dates elsewhere ("X
// denied the claim on Tuesday. … X has denied that any data was taken": one denial); an act
// the text dates further back is told in the past ("X charged Y in 2019").
func nowRetold(ts []timex.Expression, o, r int, iso func(int) string) bool {
	a, b := iso(o), iso(r)
	return publishedOnly(ts, r) && writtenTime(ts, o) && len(a) >= monthValue && a <= b && a[:monthValue] >= shiftMonth(b, -1)
}

// retold reports whether the merged event o and the mention r are one act told twice, once
// dated by the text and once only by the publication day of a present or perfect (nowRetold),
// either way round: both name the same parties (retoldParties) and the present one retells
// (presentRetells).
func retold(o mergedEvent, r rawEvent, ts []timex.Expression, iso func(int) string) bool {
	return datesRetold(o, r, ts, iso) ||
		retoldParties(o, r) && presentRetells(r.Type, r.TimeText) && nowRetold(ts, o.time, r.TimeIdx, iso)
}

// datesRetold reports whether the mention r, dated by the text, is the act o told before in the
// present or perfect and dated only by the publication day (retold), so that r's date is o's.
func datesRetold(o mergedEvent, r rawEvent, ts []timex.Expression, iso func(int) string) bool {
	return retoldParties(o, r) && presentRetells(o.typ, o.timeText) && nowRetold(ts, r.TimeIdx, o.time, iso)
}

// retoldParties reports whether the merged event o and the mention r, whose dates disagree on
// their face, name the same parties, so that one may be the other retold (nowRetold): with the
// dates apart only the parties tie the two, so both must name the same victims or objects ("X
// has patched two flaws in Y. … In December, X released 87 patches": two releases, the second
// naming nothing). A statement's target is its hearer, whom a saying may leave out ("X says
// … . X told Z on Tuesday …": the words of one interview), so statements need only the speaker.
func retoldParties(o mergedEvent, r rawEvent) bool {
	return o.typ == schema.EventStatement || sameSet(o.target, r.Target)
}

// presentRetells reports whether an act of type typ, told in the present or perfect in the
// words the publication day dates it by (presentTimes: "has opened", "says"), can be an act told
// again: any act in the present perfect or progressive ("X has opened an investigation", "the
// attackers are demanding a ransom"), but in the simple present only a telling, whose verb news
// puts in the present for the latest words ("X says", "the suit alleges"); the simple present
// of a deed tells a habit or what a document holds ("X hacks its victims", "The indictment
// charges her"), not the deed done.
func presentRetells(typ schema.EventType, words string) bool {
	if strings.HasPrefix(words, "has ") || strings.HasPrefix(words, "have ") || strings.HasPrefix(words, "is ") || strings.HasPrefix(words, "are ") {
		return true
	}
	return tellingType(typ)
}

// doerTold folds a dated deed told with its victims but no doer into a deed of its type on the
// same victims whose doer is named, at a compatible time, within mergeReach sentences: "the bank's
// servers were encrypted on March 3" and "X demanded a ransom of $4 million from the bank" are
// one attack, X's (absorb takes the doer); the loop of mergeEvents joins deeds only when
// their doers agree. An undated deed without a doer may be another ("the first of the recent
// attacks on X").
func doerTold(evs []mergedEvent, iso func(int) string) []mergedEvent {
	return foldEvents(evs, iso, func(o, e *mergedEvent) bool {
		bare := o
		if len(e.agent) == 0 {
			bare = e
		}
		return isDeed(e.typ) && o.typ == e.typ && (len(o.agent) == 0) != (len(e.agent) == 0) && len(o.target) > 0 && iso(bare.time) != "" &&
			e.evidence[0].sent-o.evidence[len(o.evidence)-1].sent <= mergeReach &&
			sameSet(o.target, e.target) && !o.negated && !e.negated && graph.CompatibleTimes(iso(o.time), iso(e.time))
	})
}

// thenSaid returns the event of the sentence before that statement r gives the words of ("X
// denied it in August. “…,” X said at the time": a denial, report, warning or accusation by
// the same one speaker, to whose time "at the time" points), or -1. A statement told to no one
// that names no time of its own, or the act's time, gives the words of a denial, report or
// accusation too ("X rejected the findings on Tuesday. “…,” X told reporters"; "Y accused X of
// …. In a statement, Y said X had …"), when it names no one the act does not, tells no news of
// its own (the source of another event of its sentence: "Y summoned X's envoy, the ministry
// said") and is not the speaker's second saying of its sentence; up to quoteGap sentences that
// tell of no event (a quotation's first words) may stand between. Not after a warning, told to its
// hearers: what the teller says next is often a saying of its own ("X told the committee that
// …. X said …").
func thenSaid(out []mergedEvent, r rawEvent, iso func(int) string, reports, deedsOnly map[[2]int]bool, eventful map[int]bool) int {
	if r.Type != schema.EventStatement || r.Told || len(r.Agent) != 1 {
		return -1
	}
	if r.SaidThen {
		r.TimeIdx, r.TimeText = -1, "" // "X said at the time that …" gives an act's words as an undated saying does
	}
	atTime := thenTold(r.TimeText)
	if atTime && len(r.Target) > 0 {
		return -1
	}
	if !atTime && reports[[2]int{r.Sent, r.Agent[0]}] {
		if !deedsOnly[[2]int{r.Sent, r.Agent[0]}] {
			return -1
		}
		return sameDayAccusation(out, r, iso)
	}
	prev := r.Sent - 1
	for gap := 0; !atTime && prev > 0 && !eventful[prev] && gap < quoteGap; gap++ {
		prev-- // a sentence that tells of nothing between: the quotation's first words ("X rejected it. “…. …,” X said")
	}
	if !atTime && saidIn(out, r.Agent[0], prev) {
		return -1 // "X said in a statement that it had alerted Y. “…,” X said": more words of that statement
	}
	for k := len(out) - 1; k >= 0; k-- {
		o := out[k]
		if last := o.evidence[len(o.evidence)-1].sent; last == r.Sent && contains(o.agent, r.Agent[0]) && !atTime {
			return -1 // the speaker's saying of this sentence stands already ("X's spokesman said on Friday that she stood by …")
		} else if last != prev {
			continue
		}
		switch o.typ {
		case schema.EventDenial, schema.EventReport, schema.EventWarning, schema.EventAccusation:
			if len(o.agent) != 1 || o.agent[0] != r.Agent[0] || o.negated {
				continue
			}
			if atTime && o.time == r.TimeIdx {
				return k
			}
			if !atTime && o.typ != schema.EventWarning && subset(r.Target, o.target) && (r.TimeIdx < 0 || iso(r.TimeIdx) == iso(o.time)) {
				return k
			}
		}
	}
	return -1
}

// saidIn reports whether an event of out is a statement by speaker a, told to no one, whose
// last mention is in sentence sent: the saying the speaker's next words go on with.
func saidIn(out []mergedEvent, a, sent int) bool {
	for _, o := range out {
		if o.typ == schema.EventStatement && !o.told && len(o.target) == 0 && contains(o.agent, a) && o.evidence[len(o.evidence)-1].sent == sent {
			return true
		}
	}
	return false
}

// sameDayAccusation returns the accusation the speaker of statement r made in the sentence just
// before on the day r is dated to, or -1: "X on Wednesday blamed Y for the attack. In a joint
// advisory, X said Y had used it as cover for stealing data" is the one announcement told on,
// though the saying is the source of the deed it tells. Its caller asks that the saying source
// deeds alone: news of another act stands apart ("X accused Y. Its minister summoned Y's
// ambassador, X said").
func sameDayAccusation(out []mergedEvent, r rawEvent, iso func(int) string) int {
	b := iso(r.TimeIdx)
	if len(b) != dayValue {
		return -1
	}
	for k := len(out) - 1; k >= 0; k-- {
		o := out[k]
		if o.evidence[len(o.evidence)-1].sent != r.Sent-1 {
			continue
		}
		if o.typ == schema.EventAccusation && len(o.agent) == 1 && o.agent[0] == r.Agent[0] && !o.negated && iso(o.time) == b {
			return k
		}
	}
	return -1
}

// absorb adds to o what e tells of the same event: its evidence, its doer when o names none, a
// more precise time, its sources.
func (o *mergedEvent) absorb(e mergedEvent, iso func(int) string) {
	o.evidence = append(o.evidence, e.evidence...)
	if len(o.agent) == 0 {
		o.agent = e.agent // the doer one wording names (doerTold)
	}
	if len(iso(e.time)) > len(iso(o.time)) {
		o.time, o.timeText = e.time, e.timeText
	}
	for _, s := range e.source {
		if !contains(o.source, s) {
			o.source = append(o.source, s)
		}
	}
}

// oneDeed folds an incident named by a definite noun phrase into an earlier incident of
// another kind with the same agents and the same victims at a compatible time: "X stole $90
// million from Y" and "the attack on Y" claimed by X are one deed told twice. The earlier
// wording keeps its type. With sents, a plain definite mention that names no victim ("when the
// attack took place", "the breach was first spotted by Z") is folded likewise into the deed
// its doers were told to have done before, when every such deed names the same victims
// (soleVictim): the incident the article is about, not a new one. An undated deed a definite
// noun phrase names takes in a deed of another type dated to a day told soon after it
// (datedLater).
func oneDeed(evs []mergedEvent, iso func(int) string, sents []sentence) []mergedEvent {
	sole := soleVictim(evs, sents)
	return foldEvents(evs, iso, func(o, e *mergedEvent) bool {
		if datedLater(o, e, iso) {
			return true
		}
		if !isDeed(e.typ) || !e.definite || len(e.agent) == 0 || e.negated || !isDeed(o.typ) || o.negated || !sameSet(o.agent, e.agent) ||
			!graph.CompatibleTimes(iso(o.time), iso(e.time)) {
			return false
		}
		if len(e.target) == 0 {
			// "the attack", "the breach" may name any deed; "the theft" names a theft
			return len(o.target) > 0 && sole[e.evidence[0]] && (o.typ == e.typ || e.typ == schema.EventAttack || e.typ == schema.EventIntrusion)
		}
		return o.typ != e.typ && sameSet(o.target, e.target)
	})
}

// namedReach is how many sentences after a deed told with a described doer the plain definite
// mention that names its doer may stand (doerNamed).
const namedReach = 2

// doerNamed folds a deed told by a plain definite noun with no victim and named actors as its
// doers ("Police said the theft was carried out by Grey Lynx") into the one deed of its type
// with victims told just before it (within namedReach sentences) whose doers are only described
// ("blamed Vietnamese state hackers for the theft of $30 million from Tarvo"): news first says
// who did it in kind, then names them, and the named doers join the described ones. A victim named
// again, a doer named before, a hedge, a negation, a time that does not agree, or two such deeds
// before it keep the mention apart.
func doerNamed(evs []mergedEvent, ents []entity, sents []sentence, ts []timex.Expression) []mergedEvent {
	iso := calendarOf(ts)
	// groups: es are all described groups ("hackers", "Vietnamese state hackers": a name that
	// ends in a common noun), or all named actors of any kind ("Grey Lynx", "TraderTraitor")
	groups := func(es []int, described bool) bool {
		for _, e := range es {
			if e < 0 || e >= len(ents) || described && ents[e].Kind != schema.KindGroup {
				return false
			}
			f := strings.Fields(ents[e].Name)
			if d := ents[e].Generic || len(f) > 0 && !isCap(f[len(f)-1]); d != described {
				return false
			}
		}
		return len(es) > 0
	}
	described := func(o *mergedEvent) bool {
		return isDeed(o.typ) && !o.negated && o.modality == "" && len(o.target) > 0 && len(o.evidence) > 0 && groups(o.agent, true)
	}
	// the deeds with victims and described doers, as told before any fold: folding compacts evs
	// in place, so fits must not read evs itself
	type describedDeed struct {
		typ   schema.EventType
		first evRef
	}
	var deeds []describedDeed
	for k := range evs {
		if described(&evs[k]) {
			deeds = append(deeds, describedDeed{evs[k].typ, evs[k].evidence[0]})
		}
	}
	fits := func(o, e *mergedEvent) bool {
		if o.typ != e.typ || !described(o) || len(e.target) > 0 || e.negated || e.modality != "" || len(e.evidence) == 0 ||
			!groups(e.agent, false) || !plainWording(e, sents) || !datesAgree(iso(o.time), iso(e.time)) {
			return false
		}
		gap := e.evidence[0].sent - o.evidence[len(o.evidence)-1].sent
		if gap < 1 || gap > namedReach {
			return false
		}
		for _, d := range deeds { // the one deed of its type with victims and described doers told before it
			if d.typ == o.typ && d.first != o.evidence[0] && d.first.sent <= e.evidence[0].sent {
				return false
			}
		}
		return true
	}
	return foldEventsThen(evs, iso, fits, joinAgents)
}

// datedLater reports whether e, a deed of another type dated to a day, told within mergeReach
// sentences of the undated deed o that a definite noun phrase names with the same doers and
// victims, is that deed told again with its day: "X was behind the theft of $52 million from
// Y" and "Y was hacked on Feb. 10" (its doer given by the article) are one deed.
func datedLater(o, e *mergedEvent, iso func(int) string) bool {
	return o.definite && isDeed(o.typ) && isDeed(e.typ) && o.typ != e.typ && iso(o.time) == "" && len(iso(e.time)) == dayValue &&
		!o.negated && !e.negated && o.modality == "" && e.modality == "" && len(o.agent) > 0 && sameSet(o.agent, e.agent) &&
		len(o.target) > 0 && sameSet(o.target, e.target) && len(o.evidence) > 0 && len(e.evidence) > 0 &&
		e.evidence[0].sent > o.evidence[0].sent && e.evidence[0].sent-o.evidence[0].sent <= mergeReach
}

// plainWording reports whether e is first told by a plain definite noun ("the attack", "the
// breach": plainDefinite) in one of sents.
func plainWording(e *mergedEvent, sents []sentence) bool {
	if !e.definite || len(e.evidence) == 0 {
		return false
	}
	r := e.evidence[0]
	return r.sent >= 0 && r.sent < len(sents) && plainDefinite(sents[r.sent].Toks, r.trigger)
}

// soleVictim marks the first wording of each deed told by a plain definite noun ("the
// attack", "the breach": plainDefinite) with doers but no victim, unhedged, whose doers' deeds
// told before it name victims, all the same ones. Without sents, or with no such mention, it
// returns nil.
func soleVictim(evs []mergedEvent, sents []sentence) map[evRef]bool {
	if sents == nil {
		return nil
	}
	var sole map[evRef]bool // made at the first mention that qualifies: most articles have none
	for k, e := range evs {
		if !isDeed(e.typ) || len(e.agent) == 0 || len(e.target) > 0 || e.negated || e.modality != "" || !plainWording(&evs[k], sents) {
			continue
		}
		r := e.evidence[0]
		var victims []int
		one := true
		for j := 0; j < k && one; j++ {
			p := evs[j]
			if !isDeed(p.typ) || p.negated || len(p.target) == 0 || len(p.evidence) == 0 || p.evidence[0].sent > r.sent || !sameSet(p.agent, e.agent) {
				continue
			}
			one = victims == nil || sameSet(victims, p.target)
			victims = p.target
		}
		if one && victims != nil {
			if sole == nil {
				sole = map[evRef]bool{}
			}
			sole[r] = true
		}
	}
	return sole
}

// isDeed reports whether t is the type of an incident someone carries out.
func isDeed(t schema.EventType) bool {
	switch t {
	case schema.EventIntrusion, schema.EventTheft, schema.EventAttack, schema.EventEspionage, schema.EventLeak:
		return true
	}
	return false
}

// foldEvents keeps each event in order, or folds it into the first kept event that fits it.
func foldEvents(evs []mergedEvent, iso func(int) string, fits func(o, e *mergedEvent) bool) []mergedEvent {
	return foldEventsThen(evs, iso, fits, nil)
}

// joinAgents, a folded callback of foldEventsThen, adds to o the doers of the event e folded
// into it that o lacks, as news names the same deed's doers in two wordings. It copies o's doers
// first: absorb may have given o the array of e's.
func joinAgents(o, e *mergedEvent) {
	for _, a := range e.agent {
		if !contains(o.agent, a) {
			o.agent = append(slices.Clip(o.agent), a)
		}
	}
}

// foldEventsThen is foldEvents calling folded, when not nil, on each kept event after an event
// has been folded into it.
func foldEventsThen(evs []mergedEvent, iso func(int) string, fits func(o, e *mergedEvent) bool, folded func(o, e *mergedEvent)) []mergedEvent {
	out := evs[:0]
	for _, e := range evs {
		found := -1
		for k := range out {
			if fits(&out[k], &e) {
				found = k
				break
			}
		}
		if found < 0 {
			out = append(out, e)
			continue
		}
		out[found].absorb(e, iso)
		if folded != nil {
			folded(&out[found], &e)
		}
	}
	return out
}

// quoteGap is how many sentences telling of no event may stand between an act and the
// statement giving its words (thenSaid).
var quoteGap = 2

// mergeReach is how many sentences apart an incident without a target and one with a target
// by the same agent may be to count as one.
var mergeReach = 8

// sameSpeaker reports whether two statements' speakers are one speaker named with and without
// the organisation it speaks for: the agents of one include all of the other's.
func sameSpeaker(t schema.EventType, a, b []int) bool {
	return t == schema.EventStatement && sameTeller(a, b)
}

// subset reports whether every element of a is in b.
func subset(a, b []int) bool {
	for _, v := range a {
		if !contains(b, v) {
			return false
		}
	}
	return true
}

// sameSet reports whether a and b have the same length and every element of a is in b: the
// same set of entities when neither repeats one.
func sameSet(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for _, v := range a {
		if !contains(b, v) {
			return false
		}
	}
	return true
}

// minf returns the smaller of a and b.
func minf(a, b float64) float64 {
	if a < b {
		return a
	}
	return b
}

// speaksForDenier makes the statement of a state's agency or embassy in the sentence right
// after that state's denial the words of that denial ("Velmora dismissed the accusation.
// “These are baseless allegations,” the Velmoran embassy said"): the state denies through its
// institution, one act told twice, and both are its agents. So do the words of any denier
// itself, or of a person working for it or for its state's body, in a quote that opens the next
// sentence ("Arvalis rejected that account. “…,” a company spokesperson said on Tuesday"). Anyone
// else, or a later sentence, keeps its statement; so does one whose time conflicts with the denial's.
//
// A bare denial, a sentence that holds the denial and its object alone ("Hanoi rejected the
// accusations.", "The company has denied that."), is a lead the next sentence spells out: there
// the words of the denier itself need not open with a quote ("In a statement on Thursday, it
// said …"), may name whom they are about ("the ministry said Oslo had offered no proof"), may be
// told as a denial of their own ("a foreign ministry spokesperson called the report a smear"),
// and a state office named with no state ("the Foreign Ministry", "an embassy spokesman":
// stateOffice) is the denier's. A present or perfect that only lends the denial the
// publication day ("has denied any role") does not keep it from the day the words were said, nor
// does the day a reaction took from the occasion told before it (WentOn) keep it from the day
// its words are said on in the same paragraph ("X said on Tuesday …. ¶ Y rejected the
// allegations. At a briefing on Wednesday, a Foreign Ministry spokeswoman said …").
func (x *Extractor) speaksForDenier(raw []rawEvent, sents []sentence, ms []mention, ents []entity, ts []timex.Expression) {
	// "its Ministry of Foreign Affairs": the body is the possessor's, the state just named
	ownedHere := func(a, sent int) bool {
		for _, m := range ms {
			if m.Entity == a && m.Sent == sent && sent >= 0 && sent < len(sents) && m.First > 0 && m.First-1 < len(sents[sent].Toks) {
				if w := sents[sent].Toks[m.First-1].Lower; w == "its" {
					return true
				}
			}
		}
		return false
	}
	// spokesHere: a mention of a in the sentence has a spokesperson's title right before it, is
	// the apposition of one ("a spokesman, X, said") or opens an apposition that starts with one
	// ("X, a spokesperson for …")
	spokesHere := func(a, sent int) bool {
		if sent < 0 || sent >= len(sents) {
			return false
		}
		toks := sents[sent].Toks
		spokes := func(j int) bool { return j >= 0 && j < len(toks) && strings.HasPrefix(toks[j].Lower, "spokes") }
		for _, m := range ms {
			if m.Entity != a || m.Sent != sent || m.First < 0 || m.Last > len(toks) {
				continue
			}
			if spokes(m.First-1) || m.First >= 2 && toks[m.First-1].Text == "," && spokes(m.First-2) ||
				m.Last+2 < len(toks) && toks[m.Last].Text == "," && (spokes(m.Last+1) || spokes(m.Last+2) || bodySpokes(toks, m.Last+1)) {
				return true
			}
		}
		return false
	}
	// seatedHere: a mention of a in the sentence is followed by "in" and a place ("the Foreign
	// Ministry in Oslo"): a state office so placed may be any state's
	seatedHere := func(a, sent int) bool {
		if sent < 0 || sent >= len(sents) {
			return false
		}
		toks := sents[sent].Toks
		for _, m := range ms {
			if m.Entity == a && m.Sent == sent && m.Last+1 < len(toks) && toks[m.Last].Lower == "in" && isCap(toks[m.Last+1].Text) {
				return true
			}
		}
		return false
	}
	// bodyOf: a is an agency or organisation of the state st
	bodyOf := func(a, st, sent int) bool {
		if ents[st].Kind != schema.KindCountry {
			return false
		}
		e := ents[a]
		return (e.Kind == schema.KindAgency || e.Kind == schema.KindOrganization) && (e.Country == ents[st].Name || e.Owner-1 == st || ownedHere(a, sent))
	}
	// voiceOf: a speaks for the denier st — st itself ("X rejected the charges. “…,” it said"),
	// a body of the state st, or a person working for st or for such a body ("“…,” X's
	// spokesman said"); all but a state's body only in a quote that opens the sentence
	voiceOf := func(a, st, sent int) bool {
		if a < 0 || a >= len(ents) {
			return false
		}
		if a == st || bodyOf(a, st, sent) {
			return true
		}
		if w := ents[a].Employer - 1; ents[a].Kind == schema.KindPerson && w >= 0 && w < len(ents) && w != a {
			return w == st || bodyOf(w, st, sent)
		}
		// a spokesperson for no one named: the denier's ("foreign ministry spokesman X", "X, a
		// spokesperson for the embassy,")
		return ents[a].Kind == schema.KindPerson && ents[a].Employer == 0 && spokesHere(a, sent)
	}
	for dk := range raw {
		d := raw[dk]
		if d.Type != schema.EventDenial || d.Negated || len(d.Agent) != 1 || d.Agent[0] < 0 || d.Agent[0] >= len(ents) {
			continue
		}
		st := d.Agent[0]
		bare := d.Sent >= 0 && d.Sent < len(sents) && bareDenial(sents[d.Sent].Toks, d.Trigger)
		dDay := calendarAt(ts, d.TimeIdx)
		if bare && publishedOnly(ts, d.TimeIdx) {
			dDay = "" // "has denied any role": the day is the present's, not the telling's
		}
		for k := range raw {
			r := &raw[k]
			if r.Sent != d.Sent+1 || len(r.Agent) == 0 || r.Negated {
				continue
			}
			if r.Type != schema.EventStatement && !(bare && r.Type == schema.EventDenial && r.TimeIdx >= 0 && !sameSet(r.Agent, d.Agent)) {
				continue // the denier's own denial again is mergeEvents' to join
			}
			if len(r.Target) > 0 && !(bare && !r.Told) {
				continue // told to someone unnamed ("told a press briefing") may still be the denial's words
			}
			all, bodies := true, true
			for _, a := range r.Agent {
				office := bare && x.stateOffice(ents, a, st) && !seatedHere(a, r.Sent)
				all = all && (voiceOf(a, st, r.Sent) || office)
				bodies = bodies && a != st && (bodyOf(a, st, r.Sent) || office)
			}
			if !all {
				continue
			}
			if !bodies && (!bare || toldHearer(raw, r)) && (r.Sent < 0 || r.Sent >= len(sents) || !quoteOpens(sents[r.Sent].Toks)) {
				continue // the denier or its spokesman speaking again gives the denial's words only in a sentence that opens with them
			}
			// a day lent by the occasion before (WentOn) gives way to the one the words of the
			// same paragraph were said on
			lent := d.WentOn && r.TimeIdx >= 0 && d.Sent >= 0 && r.Sent < len(sents) && sents[r.Sent].Para == sents[d.Sent].Para
			if !lent && !datesAgree(dDay, calendarAt(ts, r.TimeIdx)) {
				continue
			}
			oneTelling(&raw[dk], r) // the denier speaks, itself or through its body or spokesman: both deny
			if lent {
				raw[dk].TimeIdx, raw[dk].TimeText, raw[dk].WentOn = r.TimeIdx, r.TimeText, false
			}
			toldDenials(raw, r)
			break
		}
	}
}

// bodySpokes reports whether the apposition that opens at token i names a spokesperson by the
// body spoken for, a determiner, one or two nouns and the title ("X, an embassy spokesman,",
// "X, a Foreign Ministry spokeswoman,", "X, the company's spokesperson,"): the body is the
// speaker's, though it has no name there.
func bodySpokes(toks []token, i int) bool {
	if i >= len(toks) || toks[i].Tag != "DT" {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if strings.HasPrefix(toks[j].Lower, "spokes") {
			return j > i+1
		}
		if !isNounTag(toks[j].Tag) && toks[j].Tag != "POS" {
			return false
		}
	}
	return false
}

// bareDenial reports whether the denial at i is the whole of its sentence: a subject with no
// verb but an auxiliary "has", "have" or "had" (or a possessive "'s"), no comma or quote before
// the trigger, and after it an object headed by a common noun or a bare determiner ("denied
// that."), with no verb, comma or quote ("China rejected the accusations.", "The firm has
// consistently denied any involvement in the theft."). Such a sentence is a lead whose words the
// next sentence gives; a person as object ("dismissed Jo Vale") is no claim denied.
func bareDenial(toks []token, i int) bool {
	if i <= 0 || i >= len(toks) {
		return false
	}
	aux := func(w string) bool { // the possessive "'s" a tagger may read as "is" too
		return w == "has" || w == "have" || w == "had" || w == "'s" || w == "’s"
	}
	obj := i + 1 // the object is a claim's noun or a pronoun for it, not a person fired ("dismissed Jo Vale")
	for obj < len(toks) && (toks[obj].Tag == "DT" || toks[obj].Tag == "PRP$" || toks[obj].Tag == "JJ" || toks[obj].Tag == "RB") {
		obj++
	}
	if obj < len(toks) && toks[obj].Tag != "NN" && toks[obj].Tag != "NNS" && toks[obj].Tag != "." {
		return false
	}
	for j, t := range toks {
		if j == i {
			continue
		}
		if t.Text == "," || t.Text == ";" || t.Text == ":" || t.Tag != "POS" && quoteOpens(toks[j:j+1]) || t.Tag == "MD" {
			return false
		}
		if strings.HasPrefix(t.Tag, "VB") && (j > i || !aux(t.Lower)) {
			return false
		}
	}
	return true
}

// toldHearer reports whether the sentence of r also tells a statement by r's agents to a hearer
// it names ("In a statement sent to the Herald, the company said …"): the telling to that hearer
// is an act of its own, which the saying in it belongs to.
func toldHearer(raw []rawEvent, r *rawEvent) bool {
	for _, q := range raw {
		if q.Sent == r.Sent && q.Type == schema.EventStatement && q.Told && len(q.Target) > 0 && sameSet(q.Agent, r.Agent) {
			return true
		}
	}
	return false
}

// stateOffice reports whether entity a is a state's office named with no state ("the Foreign
// Ministry", "the Ministry of Foreign Affairs", "the embassy") when st is a country: an agency
// of no country or owner whose head is a state body's (cue bodyhead) and whose other words name
// a portfolio (cue portfolio, joined by "of"). After the state's bare denial it is that state's.
func (x *Extractor) stateOffice(ents []entity, a, st int) bool {
	if a < 0 || a >= len(ents) || st < 0 || st >= len(ents) || ents[st].Kind != schema.KindCountry {
		return false
	}
	e := ents[a]
	if e.Kind != schema.KindAgency || e.Country != "" || e.Owner != 0 {
		return false
	}
	words := strings.Fields(strings.ToLower(e.Name))
	if len(words) == 0 {
		return false
	}
	head := false
	for _, w := range words {
		switch {
		case x.cue.is("bodyhead", w):
			head = true
		case w != "of" && !x.cue.is("portfolio", w):
			return false
		}
	}
	return head
}

// bodyDenies makes a state's body that says its state did not act the denier ("the mission
// said Iran “does not target civilian infrastructure”", "the embassy said Russia has nothing to
// do with the attacks"): a denial whose one source is an agency or organisation of the country
// that is its only agent takes that body as its agent, the voice the state denies through.
func bodyDenies(raw []rawEvent, ents []entity) {
	for k := range raw {
		q := &raw[k]
		if q.Type != schema.EventDenial || q.Negated || len(q.Source) != 1 || len(q.Agent) != 1 {
			continue
		}
		b, st := q.Source[0], q.Agent[0]
		if !stateBody(ents, b, st) {
			continue
		}
		if kind := ents[b].Kind; kind == schema.KindAgency || kind == schema.KindOrganization {
			q.Agent, q.Source = []int{b}, nil
		}
	}
}

// toldDenials gives the denial that the words of r tell ("Iran denied the accusations. Iran's
// mission said the Islamic Republic “does not engage in cyberattacks”": the state denies, the
// mission the source) r's tellers as agents when its agents and sources are all among them: the
// one denial told twice, not a second one.
func toldDenials(raw []rawEvent, r *rawEvent) {
	for k := range raw {
		q := &raw[k]
		if q == r || q.Sent != r.Sent || q.Type != schema.EventDenial || q.Negated {
			continue
		}
		inside := true
		for _, a := range append(append([]int{}, q.Agent...), q.Source...) {
			inside = inside && contains(r.Agent, a)
		}
		if inside {
			q.Agent, q.Source = append([]int{}, r.Agent...), nil
		}
	}
}

// speaksForBody makes the statement of a person who speaks for an agency or organisation — its
// employee, or a minister for a ministry — in the sentence right after that body's own
// statement or report the same telling ("The ministry confirmed on Tuesday …. Defence Minister
// X told a press conference that …"): one act with both as agents. Times must agree.
func speaksForBody(raw []rawEvent, ents []entity, ts []timex.Expression) {
	for dk := range raw {
		d := raw[dk]
		if d.Type != schema.EventStatement && d.Type != schema.EventReport || d.Negated || len(d.Agent) != 1 || d.Agent[0] < 0 || d.Agent[0] >= len(ents) {
			continue
		}
		body := d.Agent[0]
		if k := ents[body].Kind; k != schema.KindAgency && k != schema.KindOrganization {
			continue
		}
		for k := range raw {
			r := &raw[k]
			if r.Type != schema.EventStatement || r.Sent != d.Sent+1 || len(r.Agent) != 1 || len(r.Target) > 0 || r.Negated {
				continue
			}
			p := r.Agent[0]
			if p < 0 || p >= len(ents) || p == body || ents[p].Kind != schema.KindPerson {
				continue
			}
			minister := strings.Contains(ents[p].Titles, "minister") && strings.Contains(strings.ToLower(ents[body].Name), "ministry")
			if ents[p].Employer-1 != body && !minister {
				continue
			}
			if !datesAgree(calendarAt(ts, d.TimeIdx), calendarAt(ts, r.TimeIdx)) {
				continue
			}
			oneTelling(&raw[dk], r)
			break
		}
	}
}

// oneTelling makes r the words of the telling d by a single teller (speaksForDenier,
// speaksForBody): both take d's teller and r's own agents as agents, and r takes d's type and
// lemma; a teller is not among what the telling is about ("said Vietnam opposes all hacking").
func oneTelling(d, r *rawEvent) {
	both := []int{d.Agent[0]}
	for _, a := range r.Agent {
		if !contains(both, a) {
			both = append(both, a)
		}
	}
	d.Agent = both
	r.Type, r.Lemma, r.Agent = d.Type, d.Lemma, append([]int{}, both...)
	r.Target = slices.DeleteFunc(slices.Clone(r.Target), func(e int) bool { return contains(both, e) })
}

// refines reports whether the calendar date b (ISO) dates more finely an event dated a: a is
// undated, or a period holding b at a coarser precision ("2024-03" and "2024-03-05"). A later
// mention giving b then dates the event it takes up (dayMention, restated, entryMention,
// instrumentDays).
func refines(a, b string) bool {
	return len(a) < len(b) && datesAgree(a, b)
}

// thenThenNow reports whether r, a statement told to no one in the sentence after o's latest
// mention, dated by a day the text writes (not the publication day a present tense takes),
// comes after o, whose time is that of a saying "at the time" (saidThen), at a date o's does
// not agree with: the later words were said on another day ("X said at the time that …. On
// Wednesday X said …") and are a statement of their own, not the old one's continuation.
func thenThenNow(o mergedEvent, r rawEvent, ts []timex.Expression, iso func(int) string) bool {
	if !o.saidThen || r.SaidThen || r.TimeIdx < 0 || r.Type != schema.EventStatement || r.Told || r.Sent-o.evidence[len(o.evidence)-1].sent > 1 {
		return false
	}
	d := iso(r.TimeIdx)
	return writtenTime(ts, r.TimeIdx) && len(d) == dayValue && !datesAgree(iso(o.time), d)
}

// datesAgree reports whether two calendar dates (ISO, at any precision; "" when undated) can be
// the same day: either is undated, or one is the other at a coarser precision.
func datesAgree(a, b string) bool {
	return a == "" || b == "" || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// unsaid reports whether an event of type t told with a negation is no event at all: a
// statement or an accusation not made ("has not commented", "did not attribute the attack to
// X"). A denial is said whatever it says.
func unsaid(t schema.EventType) bool {
	return t == schema.EventStatement || t == schema.EventAccusation
}

// untaken reports whether an event of type t told with a negation or as yet to come is no event
// at all: a warning, legal step or sanction. A denied deed, an unpatched flaw ("has not been
// patched", "will patch") or a report of what was not found may still be what the article
// tells.
func untaken(t schema.EventType) bool {
	return t == schema.EventWarning || t == schema.EventLegal || t == schema.EventSanction
}

// pluralNounDeed reports whether every wording of an event is a plural noun ("intrusions",
// "attacks"): deeds of a kind rather than one deed.
func pluralNounDeed(sents []sentence, refs []evRef) bool {
	for _, r := range refs {
		if r.sent < 0 || r.sent >= len(sents) || r.trigger < 0 || r.trigger >= len(sents[r.sent].Toks) || sents[r.sent].Toks[r.trigger].Tag != "NNS" {
			return false
		}
	}
	return len(refs) > 0
}

// hasParty reports whether ps has an agent or a target (a source alone is who reports it).
func hasParty(ps []graph.Participant) bool {
	for _, p := range ps {
		if p.Role == schema.RoleAgent || p.Role == schema.RoleTarget {
			return true
		}
	}
	return false
}

// accusedNamed reports whether ps has a participant other than an agent: whom an accusation is
// against (or who it came through).
func accusedNamed(ps []graph.Participant) bool {
	for _, p := range ps {
		if p.Role != schema.RoleAgent {
			return true
		}
	}
	return false
}

// accusedPronoun reports whether the accused of the trigger at i is a pronoun: right after it
// ("accusing them of laundering payments") or a relative pronoun just before it ("two men it
// accused of laundering", "Orbis Telecom, which it blamed for the breach"). The accused is
// named then, in words coreference may not reach.
func accusedPronoun(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].Tag == "PRP" {
		return true
	}
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		if toks[j].Tag == "WDT" || toks[j].Tag == "WP" {
			return true
		}
	}
	return false
}

// hasRole reports whether ps has a participant in role r.
func hasRole(ps []graph.Participant, r schema.Role) bool {
	for _, p := range ps {
		if p.Role == r {
			return true
		}
	}
	return false
}

// eachTold splits a warning told to several named ones ("notified X, Y and Z", "shared
// indicators with X and Y"), or a report made to them ("reported it to X and Y"), into one
// telling for each: an act of telling per recipient. Ones the sentence does not name each
// ("notified both utilities", "notified affected employees and informed X") stay one telling.
func eachTold(raw []rawEvent, ms []mention) []rawEvent {
	n := len(raw)
	for k := 0; k < n; k++ {
		r := raw[k]
		told := r.Type == schema.EventWarning || r.Type == schema.EventReport && r.Told
		if !told || len(r.Target) < 2 || !namedIn(ms, r.Sent, r.Target) {
			continue
		}
		for _, t := range r.Target[1:] {
			c := r
			c.Target = []int{t}
			raw = append(raw, c)
		}
		raw[k].Target = r.Target[:1:1]
	}
	return raw
}

// namedIn reports whether every entity of es has a name among the mentions of sentence s.
func namedIn(ms []mention, s int, es []int) bool {
	for _, e := range es {
		found := false
		for _, m := range ms {
			if m.Sent == s && m.Entity == e && m.How == mkName {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// paymentDeniedAfterAttack reports whether r is a ransom payment told as not made ("said it had
// not paid a ransom") by a payer an attack told before already has as its target: it tells of no
// deed besides that attack.
func paymentDeniedAfterAttack(out []mergedEvent, r rawEvent) bool {
	if r.Type != schema.EventAttack || r.Lemma != "pay" || !r.Negated || len(r.Target) == 0 {
		return false
	}
	for k := range out {
		if o := &out[k]; o.typ == schema.EventAttack && !o.negated && sameSet(o.target, r.Target) {
			return true
		}
	}
	return false
}

// instrumentDays dates a legal act undated, dated only by the publication day a present
// perfect lends it, or dated more coarsely to a period holding the day, by the day a later
// sentence gives the instrument it issued, named again by a definite noun with a verb of issuing
// ("X has subpoenaed Y. … He signed the subpoena last Thursday"; "prosecutors indicted Y. The
// indictment, unsealed on Tuesday, …"; instrumentDay): one act told twice, at the day the second
// wording gives. The act is of the noun's lemma or one it begins with ("indictment", "indict"),
// told anywhere before: the definite noun takes up the one act of its kind the story told, however
// far back (a subpoena is told in the lead and its signing paragraphs later); acts on two targets
// leave it alone.
func (x *Extractor) instrumentDays(evs []mergedEvent, ts []timex.Expression, sents []sentence) {
	iso := calendarOf(ts)
	suitLemma := func(l string) bool { return x.cue.is("suitlemma", l) }
	for k, s := range sents {
		for i := range s.Toks {
			ti, lemma := x.instrumentDay(s, i, ts)
			if ti < 0 {
				continue
			}
			if o := instrumentAct(evs, k, lemma, suitLemma); o != nil {
				if a, b := iso(o.time), iso(ti); publishedOnly(ts, o.time) && b <= a || refines(a, b) {
					o.time, o.timeText = ti, ""
				}
			}
		}
	}
}

// instrumentAct returns the one asserted legal act of lemma's family (its lemma equal to
// lemma, or one lemma beginning with the other: "indict", "indictment"; or, when suitLemma holds
// for lemma, one it holds for too: "sue", "lawsuit") told before sentence k, the one naming the
// most parties, or nil when there is none or they name two targets.
func instrumentAct(evs []mergedEvent, k int, lemma string, suitLemma func(string) bool) *mergedEvent {
	suit := suitLemma(lemma)
	var found *mergedEvent
	for e := range evs {
		o := &evs[e]
		if o.typ != schema.EventLegal || len(o.evidence) == 0 || o.negated || o.modality != "" ||
			!strings.HasPrefix(lemma, o.lemma) && !strings.HasPrefix(o.lemma, lemma) && !(suit && suitLemma(o.lemma)) {
			continue
		}
		if o.evidence[0].sent >= k {
			continue
		}
		if found != nil && !sameSet(found.target, o.target) {
			return nil
		}
		if found == nil || len(o.agent)+len(o.target) > len(found.agent)+len(found.target) {
			found = o
		}
	}
	return found
}

// instrumentDay returns the written time, a day or a month, that the clause of the definite
// legal noun at i gives its issuing, and the noun's lemma: the noun is the object of a verb of
// issuing right before its noun phrase (cue issueverb: "He signed the subpoena last Thursday") or
// is followed by a comma and such a participle ("The indictment, unsealed on Tuesday in Chicago,
// …"), the time standing after it before the clause ends. It returns -1 for none.
func (x *Extractor) instrumentDay(s sentence, i int, ts []timex.Expression) (int, string) {
	toks := s.Toks
	if i < 1 || !isNounTag(toks[i].Tag) || !definiteNP(toks, i) {
		return -1, ""
	}
	tr, ok := x.tokTrigger(&toks[i], false)
	if !ok || tr.Type != schema.EventLegal {
		return -1, ""
	}
	from := -1
	if i+2 < len(toks) && toks[i+1].Text == "," && x.cue.tokIs("issueverb", &toks[i+2]) {
		from = i + 3 // "The indictment, unsealed on Tuesday"
	} else {
		j := i - 1
		for j > 0 && toks[j].Lower != "the" && toks[j].Lower != "this" && toks[j].Lower != "that" {
			j--
		}
		if j > 0 && x.cue.tokIs("issueverb", &toks[j-1]) && isVerbTag(toks[j-1].Tag) {
			from = i + 1 // "signed the subpoena last Thursday"
		}
	}
	if from < 0 {
		return -1, ""
	}
	iso := calendarOf(ts)
	for k := from; k < len(toks) && k-from <= 8; k++ {
		if t := toks[k].Text; t == "," && from == i+1 || t == ";" || t == "." || t == ":" {
			break
		}
		if ti := timeStarting(ts, toks[k].Start); ti >= 0 && writtenTime(ts, ti) {
			if v := iso(ti); len(v) == dayValue || len(v) == monthValue {
				return ti, tr.Lemma
			}
			return -1, ""
		}
	}
	return -1, ""
}

// unheard reports whether a warning tells no one anything: it has no time and no one told,
// and no word stands for a hearer either, for it is named by a noun ("had not put his warning
// in writing", "to act on its warnings") or its verb goes straight on to what is said
// ("cautioned that the code came from a public library"): a warning mentioned or a caveat,
// not one given. So is one named by an infinitive or a gerund with no one told ("how long it
// took to inform those affected", "accused the ministry of briefing only a few lawmakers"): a
// telling as the topic of another act. A verb with an object no actor stands for ("warned banks that", "notified
// every customer") tells that class, and advice ("urged companies to check", trigger tok at i)
// is given to its public: those stay.
func (x *Extractor) unheard(ev mergedEvent, ps []graph.Participant, toks []token, i int) bool {
	if ev.typ != schema.EventWarning || ev.time >= 0 || hasRole(ps, schema.RoleTarget) || x.cue.tokIs("urgeverb", &toks[i]) {
		return false
	}
	return isNounTag(toks[i].Tag) || thatNext(toks, i) || nonFinite(toks, i)
}

// thatNext reports whether the active verb at i is followed, past any adverbs, by "that":
// what is said comes with no one it is said to ("warned that", "cautioned yesterday that").
func thatNext(toks []token, i int) bool {
	if !isVerbTag(toks[i].Tag) || toks[i].Tag == "VBN" {
		return false
	}
	j := i + 1
	for j < len(toks) && strings.HasPrefix(toks[j].Tag, "RB") {
		j++
	}
	return j < len(toks) && toks[j].Lower == "that"
}

// nonFinite reports whether the verb at i is an infinitive after "to" or a gerund after a
// preposition ("how long it took to inform those affected", "accused it of briefing only a
// handful of lawmakers"): the telling is named as a topic, not told as done.
func nonFinite(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	prev := toks[i-1]
	return toks[i].Tag == "VB" && prev.Lower == "to" || toks[i].Tag == "VBG" && prev.Tag == "IN"
}

// sameSpeakerDays dates an undated saying or denial told in the simple past ("Ms Lind said the
// data was safe", "The embassy rejected the claim") to the day of the nearest other saying by
// the same speaker that the article dates to a day ("the ministry said on Tuesday …"), before
// or after it: a speaker quoted again in the story speaks on the occasion already dated, and a
// reply to the news is voiced when the news breaks. A person working for a body speaks for it
// (speaksForAll), so the body's dated saying dates theirs too ("Arden Water confirmed on Monday
// …. Its chief executive, Mo Tan, said …"). A warning a person voices again in the same way
// ("Assistant Commissioner Vale also warned the public not to …"; voicedWarning) takes that
// day too: a person speaks on occasions, where an organisation warns again and again.
// Only sayings lend their day (sayingType): a report or a warning by the same speaker may be
// one it issued long before. Tellings in the present, the perfect or the pluperfect
// ("maintains", "has denied", "had warned") are not of that day and stay as they are; so do
// negated and hedged ones.
func (x *Extractor) sameSpeakerDays(sents []sentence, ents []entity, evs []mergedEvent, ts []timex.Expression) {
	iso := calendarOf(ts)
	for k := range evs {
		e := &evs[k]
		if e.time >= 0 || e.negated || e.modality != "" || len(e.agent) == 0 || len(e.evidence) == 0 ||
			e.typ != schema.EventStatement && e.typ != schema.EventDenial && e.typ != schema.EventWarning {
			continue
		}
		r := e.evidence[0]
		if r.sent < 0 || r.sent >= len(sents) || r.trigger < 0 || r.trigger >= len(sents[r.sent].Toks) || sents[r.sent].Toks[r.trigger].Tag != "VBD" {
			continue
		}
		if e.typ == schema.EventWarning && (!allOfKind(ents, e.agent, schema.KindPerson) || !x.voicedWarning(sents[r.sent], r.trigger, ts)) {
			continue
		}
		best, gap := -1, 0
		for j := range evs {
			p := evs[j]
			if j == k || p.time < 0 || len(iso(p.time)) != dayValue || !sayingType(p.typ) || p.negated || p.modality != "" || len(p.evidence) == 0 || !overlaps(p.agent, e.agent) && !speaksForAll(ents, e.agent, p.agent) {
				continue
			}
			d := p.evidence[0].sent - r.sent
			if d < 0 {
				d = -d*2 - 1 // a saying before is nearer than one as far after
			} else {
				d *= 2
			}
			if best < 0 || d < gap {
				best, gap = j, d
			}
		}
		if best >= 0 {
			e.time, e.timeText = evs[best].time, evs[best].timeText
		}
	}
}

// conjunctWarnings dates an undated, asserted warning voiced in the simple past after "and"
// (cue voicedwarn: "and urged", "and warned") to the day of a telling by the same speaker
// earlier in its sentence, in the simple past, that the sentence itself dates, with no other
// time between the two verbs ("In a notice on Wednesday, the bureau said X was behind the
// theft, listed its addresses and urged exchanges to block them."): one speaker's words and the warning they end on are one announcement,
// whether the warning joins the verb of telling or the clause it reports (reportedWarning
// dates the latter so). A time between ("said it found the flaw in March and warned …") may
// be the warning's own.
func (x *Extractor) conjunctWarnings(sents []sentence, evs []mergedEvent, ts []timex.Expression) {
	iso := calendarOf(ts)
	for k := range evs {
		e := &evs[k]
		if e.typ != schema.EventWarning || e.time >= 0 || e.negated || e.modality != "" || len(e.agent) == 0 || len(e.evidence) == 0 {
			continue
		}
		r := e.evidence[0]
		if r.sent < 0 || r.sent >= len(sents) || r.trigger < 1 || r.trigger >= len(sents[r.sent].Toks) {
			continue
		}
		toks := sents[r.sent].Toks
		if toks[r.trigger].Tag != "VBD" || toks[r.trigger-1].Lower != "and" || !x.cue.tokIs("voicedwarn", &toks[r.trigger]) {
			continue
		}
		if t := conjunctTelling(toks, evs, k, r, ts, iso); t >= 0 {
			e.time, e.timeText = evs[t].time, evs[t].timeText
		}
	}
}

// conjunctTelling returns the event of evs, other than k, that is a saying, report, denial or
// accusation dated to a day by a time of the sentence of r, asserted, by a speaker of evs[k],
// told with a verb in the simple past earlier in that sentence with no time but its own
// between that verb and r's trigger, or -1: a day carried from another sentence is not
// carried on again.
func conjunctTelling(toks []token, evs []mergedEvent, k int, r evRef, ts []timex.Expression, iso func(int) string) int {
	for j := range evs {
		p := evs[j]
		if j == k || len(iso(p.time)) != dayValue || p.negated || p.modality != "" || !overlaps(p.agent, evs[k].agent) ||
			p.typ != schema.EventStatement && p.typ != schema.EventReport && p.typ != schema.EventDenial && p.typ != schema.EventAccusation {
			continue
		}
		for _, q := range p.evidence {
			if q.sent != r.sent || q.trigger < 0 || q.trigger >= r.trigger || toks[q.trigger].Tag != "VBD" || timeBetween(ts, p.time, toks[q.trigger].Start, toks[r.trigger].Start) ||
				ts[p.time].Start < toks[0].Start || ts[p.time].Start > toks[len(toks)-1].Start {
				continue
			}
			return j
		}
	}
	return -1
}

// timeBetween reports whether a time expression other than own starts after rune offset from and
// before rune offset to.
func timeBetween(ts []timex.Expression, own, from, to int) bool {
	for t := range ts {
		if t != own && ts[t].Start > from && ts[t].Start < to {
			return true
		}
	}
	return false
}

// voicedWarning reports whether the warning at token i of s is voiced by its speaker in a
// sentence of its own: a verb of voicing a warning (cue voicedwarn: "warned", "urged",
// "cautioned"), not a notice given ("notified", "informed"), with no verb of saying before it
// that reports it ("said it had warned …", "said X was behind the theft and urged …") and no
// time anywhere in the sentence that may date it otherwise.
func (x *Extractor) voicedWarning(s sentence, i int, ts []timex.Expression) bool {
	toks := s.Toks
	if !x.cue.tokIs("voicedwarn", &toks[i]) || sentenceTimed(s, ts) {
		return false
	}
	for j := 0; j < i; j++ {
		if isVerbTag(toks[j].Tag) && x.cue.tokIs("reporting", &toks[j]) {
			return false
		}
	}
	return true
}

// sayingType reports whether an event of type t is something said on an occasion: a statement,
// a denial or an accusation.
func sayingType(t schema.EventType) bool {
	return t == schema.EventStatement || t == schema.EventDenial || t == schema.EventAccusation
}

// speaksForAll reports whether every one of the entities agents is a person named as working
// for one of the entities body (Employer: "Director Jo Park of the Security Service", "Jo
// Park, chief executive of Arden Water"): its official or spokesperson, who speaks for it.
func speaksForAll(ents []entity, agents, body []int) bool {
	for _, a := range agents {
		if a < 0 || a >= len(ents) || ents[a].Kind != schema.KindPerson || !contains(body, ents[a].Employer-1) {
			return false
		}
	}
	return len(agents) > 0
}

// toldOwnOutlet reports whether the ones a warning tells are all the outlet that publishes the
// article (ownOutlet): "X told the Herald Sun he had …" in the Herald Sun's own story is a
// saying to its reporter, as "told reporters" is, not a hearer warned.
func toldOwnOutlet(a *Article, ents []entity, target []int) bool {
	for _, e := range target {
		if e < 0 || e >= len(ents) || !ownOutlet(a, ents[e]) {
			return false
		}
	}
	return len(target) > 0
}

// ownOutlet reports whether e is the outlet that publishes the article (its header's outlet,
// a leading "The" aside): a source who "told The Packet Ledger" or a notice "shared with The
// Packet Ledger" in that paper's own story is how the story was reported, not a hearer the
// story tells of being informed.
func ownOutlet(a *Article, e entity) bool {
	if a.Outlet == "" {
		return false
	}
	bare := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		return strings.TrimPrefix(s, "the ")
	}
	return bare(e.Name) == bare(a.Outlet)
}

// reportsAccused gives a report with a teller but no one it is about the ones an accusation by
// the same teller, told in a sentence of the report, names: "X published a report on Tuesday
// blaming the breach on Y", "X published research linking the intrusions to Y", "X published
// a report identifying infections on reporters' phones, and accused Y of supplying the
// spyware". A report published with an accusation is about the accused. It runs on merged
// events, so that a later mention of the report naming no one ("In its report, X also said
// …") has already joined it; a negated or hedged report or accusation gives none.
func reportsAccused(evs []mergedEvent) {
	for k := range evs {
		a := &evs[k]
		if a.typ != schema.EventReport || len(a.agent) == 0 || len(a.target) > 0 || a.negated || a.modality != "" {
			continue
		}
		for _, o := range evs {
			if o.typ != schema.EventAccusation || o.negated || o.modality != "" || !overlaps(o.agent, a.agent) || !shareSentence(o.evidence, a.evidence) {
				continue
			}
			for _, t := range o.target {
				if !contains(a.agent, t) && !contains(a.target, t) {
					a.target = append(a.target, t)
				}
			}
			if len(a.target) > 0 {
				break
			}
		}
	}
}

// shareSentence reports whether two events have a mention in one sentence.
func shareSentence(a, b []evRef) bool {
	for _, r := range a {
		for _, s := range b {
			if r.sent == s.sent {
				return true
			}
		}
	}
	return false
}
