package extract

import "github.com/intelgraph/intelgraph/schema"

// Counted plural descriptions ("both vendors", "the two companies", "all three ministries")
// mean the actors of their kind that the article has named together: "Dorskvatten and Nordel
// Energi were breached … The agency notified both utilities" told both. pluralParties reads
// such a description standing as the object right after an event's trigger or as the subject
// right before it (past auxiliaries), finds the one coordination of names of a fitting kind
// ("X and Y", "X, Y and Z", or names in conjuncts joined by ", and") in its own sentence before
// it or in the nearest earlier sentence that has one (at most pluralReach back), and gives the
// event all of them when the count is exactly theirs. A name possessed by the name before it
// ("X's Y") stays in X's conjunct. A count that does not fit, or two such coordinations in
// that sentence, resolve to none: a description is never given a guess.

// pluralReach is how many sentences back a counted plural description looks for its actors.
const pluralReach = 12

// pluralHeads maps the head noun of a counted plural description to the kinds of actor it
// can mean ("the three suspects", "both officers": the people a story named together).
var pluralHeads = map[string][]schema.ActorKind{
	"vendors": {schema.KindOrganization}, "companies": {schema.KindOrganization},
	"firms": {schema.KindOrganization}, "utilities": {schema.KindOrganization},
	"providers": {schema.KindOrganization}, "operators": {schema.KindOrganization},
	"carriers": {schema.KindOrganization}, "banks": {schema.KindOrganization},
	"manufacturers": {schema.KindOrganization}, "makers": {schema.KindOrganization},
	"businesses": {schema.KindOrganization}, "outlets": {schema.KindOrganization},
	"newspapers": {schema.KindOrganization}, "publications": {schema.KindOrganization},
	"organisations": {schema.KindOrganization, schema.KindAgency}, "organizations": {schema.KindOrganization, schema.KindAgency},
	"governments": {schema.KindCountry, schema.KindAgency}, "countries": {schema.KindCountry},
	"nations": {schema.KindCountry}, "states": {schema.KindCountry},
	"ministries": {schema.KindAgency}, "agencies": {schema.KindAgency}, "services": {schema.KindAgency},
	"groups": {schema.KindGroup},
	"men":    {schema.KindPerson}, "women": {schema.KindPerson}, "reporters": {schema.KindPerson},
	"journalists": {schema.KindPerson}, "officials": {schema.KindPerson}, "researchers": {schema.KindPerson},
	"suspects": {schema.KindPerson}, "defendants": {schema.KindPerson}, "officers": {schema.KindPerson},
	"nationals": {schema.KindPerson}, "hackers": {schema.KindPerson}, "engineers": {schema.KindPerson},
}

// pluralAux are the auxiliaries that may stand between a subject and its verb.
var pluralAux = map[string]bool{"has": true, "have": true, "had": true, "were": true, "was": true, "are": true, "is": true, "also": true, "then": true}

// countedPlural reads a counted plural description whose head is toks[h]: it returns the
// count and the index of its first word, or 0.
func countedPlural(toks []token, h int) (int, int) {
	if h < 1 || h >= len(toks) || toks[h].Tag != "NNS" || pluralHeads[toks[h].Lower] == nil {
		return 0, 0
	}
	w := toks[h-1].Lower
	if w == "both" {
		return 2, h - 1
	}
	if h < 2 {
		return 0, 0
	}
	n := countWord(w)
	if n < 2 || n > 5 || w != "two" && w != "three" && w != "four" && w != "five" {
		return 0, 0
	}
	if d := toks[h-2].Lower; d == "the" || d == "all" {
		return n, h - 2
	}
	return 0, 0
}

// bareCount reads a count standing alone as an object from token k ("both", "all three", "all
// five", no noun after it): it returns the count and the index of its last word, or 0.
func bareCount(toks []token, k int) (int, int) {
	if k >= len(toks) {
		return 0, 0
	}
	n, last := 0, k
	switch {
	case toks[k].Lower == "both":
		n = 2
	case toks[k].Lower == "all" && k+1 < len(toks):
		if w := toks[k+1].Lower; w == "two" || w == "three" || w == "four" || w == "five" {
			n, last = countWord(w), k+1
		}
	}
	if n == 0 || last+1 < len(toks) && (isNounTag(toks[last+1].Tag) || toks[last+1].Lower == "of") {
		return 0, 0 // "both men" (countedPlural), "both of them", "all three banks"
	}
	return n, last
}

// pluralAntecedents returns the entities of the one coordination of n names of a kind in
// kinds in sentence si before token end (end < 0: the whole sentence) or in the nearest
// earlier sentence that has a coordination of that kind, or nil.
func pluralAntecedents(sents []sentence, bySent map[int][]int, ms []mention, ents []entity, si, end, n int, kinds []schema.ActorKind) []int {
	fits := func(e int) bool {
		if e < 0 || e >= len(ents) {
			return false
		}
		for _, k := range kinds {
			if ents[e].Kind == k {
				return true
			}
		}
		return false
	}
	for s := si; s >= 0 && si-s <= pluralReach; s-- {
		var runs [][]int
		var run []int
		last := -1 // the mention index of the run's last name
		flush := func() {
			if len(run) >= 2 {
				runs = append(runs, run)
			}
			run, last = nil, -1
		}
		for x, k := range bySent[s] {
			m := ms[k]
			if s == si && end >= 0 && m.Last > end {
				break
			}
			if x > 0 && ms[bySent[s][x-1]].OwnsNext {
				continue // "X's Y": Y is X's, in X's conjunct
			}
			if !fits(m.Entity) {
				flush()
				continue
			}
			if last >= 0 && joined(sents[s].Toks, ms[last].Last, m.First) && !contains(run, m.Entity) {
				run = append(run, m.Entity)
			} else {
				flush()
				run = []int{m.Entity}
			}
			last = k
		}
		flush()
		if len(runs) == 0 {
			continue
		}
		if len(runs) == 1 && len(runs[0]) == n {
			return runs[0]
		}
		return nil
	}
	return nil
}

// joined says the tokens between two names, from a to b, join them in a coordination: "and",
// ",", or a ", and" that opens the conjunct holding the second ("a flaw in X's router, and
// a bypass in Y's models").
func joined(toks []token, a, b int) bool {
	if a < 0 || b > len(toks) || a >= b {
		return false
	}
	if b-a == 1 {
		return toks[a].Lower == "and" || toks[a].Text == ","
	}
	for k := a; k+1 < b; k++ {
		if toks[k].Text == "," && toks[k+1].Lower == "and" {
			return true
		}
	}
	return false
}

// pluralParties gives events whose object or subject is a counted plural description all the
// actors it means (see the comment at the top of this file).
func pluralParties(sents []sentence, ms []mention, ents []entity, evs []rawEvent) []rawEvent {
	bySent := map[int][]int{}
	for k, m := range ms {
		if m.How == mkName && m.Entity >= 0 && m.Entity < len(ents) {
			bySent[m.Sent] = append(bySent[m.Sent], k)
		}
	}
	allBySent := map[int][]int{}
	for k, m := range ms {
		allBySent[m.Sent] = append(allBySent[m.Sent], k)
	}
	// without drops from list the entities of the sentence's mentions inside tokens [a, b): the
	// description itself, read as a generic actor ("three-banks")
	without := func(list []int, si, a, b int) []int {
		var out []int
		for _, e := range list {
			inside := false
			for _, k := range allBySent[si] {
				if ms[k].Entity == e && ms[k].First >= a && ms[k].Last <= b {
					inside = true
				}
			}
			if !inside {
				out = append(out, e)
			}
		}
		return out
	}
	n := len(evs)
	for i := 0; i < n; i++ {
		ev := &evs[i]
		if ev.Negated || ev.Sent < 0 || ev.Sent >= len(sents) {
			continue
		}
		toks := sents[ev.Sent].Toks
		t := ev.Trigger
		if t < 0 || t >= len(toks) {
			continue
		}
		// the object right after the trigger
		h := t + 2
		if h < len(toks) && toks[t+1].Lower != "both" {
			h = t + 3
		}
		if c, first := countedPlural(toks, h); c > 0 && first == t+1 && (h+1 >= len(toks) || toks[h+1].Tag != "POS" && toks[h+1].Tag != "NN" && toks[h+1].Tag != "NNS") {
			if ants := pluralAntecedents(sents, bySent, ms, ents, ev.Sent, first, c, pluralHeads[toks[h].Lower]); ants != nil && !overlaps(ants, ev.Agent) {
				ev.Target = without(ev.Target, ev.Sent, first, h+1)
				switch {
				case len(ev.Target) == 0:
					ev.Target = ants
				case !overlaps(ants, ev.Target):
					// the target came from another object ("notified both utilities and alerted
					// the ministry"): the plural is an event of its own
					cp := *ev
					cp.Target = ants
					cp.Informs = nil
					evs = append(evs, cp)
				}
			}
			continue
		}
		if c, last := bareCount(toks, t+1); c > 0 && (ev.Type == schema.EventLegal || ev.Type == schema.EventSanction) {
			// "charged all three", "arrested both on Monday": the people named together before
			if ants := pluralAntecedents(sents, bySent, ms, ents, ev.Sent, t+1, c, []schema.ActorKind{schema.KindPerson}); ants != nil && !overlaps(ants, ev.Agent) && len(without(ev.Target, ev.Sent, t+1, last+1)) == 0 {
				ev.Target = ants
			}
			continue
		}
		// the subject right before the trigger
		p, be := t-1, false
		for p >= 0 && pluralAux[toks[p].Lower] {
			be = be || finiteBe(toks[p].Lower)
			p--
		}
		passive := be && toks[t].Tag == "VBN" // "Both men were also sanctioned by X": the subject is the patient
		if c, first := countedPlural(toks, p); c > 0 {
			if first > 0 && (toks[first-1].Tag == "IN" || toks[first-1].Tag == "TO") {
				continue
			}
			ants := pluralAntecedents(sents, bySent, ms, ents, ev.Sent, first, c, pluralHeads[toks[p].Lower])
			if passive {
				if tg := without(ev.Target, ev.Sent, first, p+1); ants != nil && len(tg) == 0 && !overlaps(ants, ev.Agent) {
					ev.Target = ants
				}
				continue
			}
			if ag := without(ev.Agent, ev.Sent, first, p+1); ants != nil && !overlaps(ants, ev.Target) && len(ag) <= 1 && (len(ag) == 0 || contains(ants, ag[0])) {
				ev.Agent = ants
			}
		}
	}
	return evs
}
