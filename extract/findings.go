package extract

import "github.com/intelgraph/intelgraph/schema"

// findingsTeller gives a teller to findings passed on without one: "These findings, reported
// to X, …" and "The evidence was reported to X" name only who was told. Whoever found them
// told: the agent of the nearest preceding discovery or espionage event, in the same sentence
// or up to two sentences back, or, when that event is what someone found ("X found that Y had
// spied on Z"), the finder. With none, the warning keeps no teller.
func (x *Extractor) findingsTeller(sents []sentence, ms []mention, evs []rawEvent) {
	for k := range evs {
		w := &evs[k]
		if w.Type != schema.EventWarning || !w.Told || len(w.Agent) > 0 || w.Sent < 0 || w.Sent >= len(sents) {
			continue
		}
		if !x.informationSubject(sents[w.Sent].Toks, w.Trigger) {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			p := evs[j]
			if p.Sent < w.Sent-2 {
				break
			}
			if p.Sent > w.Sent || p.Sent == w.Sent && p.Trigger >= w.Trigger || p.Negated || len(p.Agent) == 0 {
				continue
			}
			if p.Type == schema.EventReport || p.Type == schema.EventEspionage {
				w.Agent = append([]int(nil), p.Agent...)
				if f := finderOf(sents[p.Sent].Toks, ms, p); f >= 0 {
					w.Agent = []int{f} // "X found that Y had spied on Z": X found it, not Y
				}
				if overlaps(w.Agent, w.Target) {
					w.Agent = nil
				}
				break
			}
		}
	}
}

// informationSubject reports whether the verb at i has for subject a definite noun of
// information ("these findings", "the evidence", "such intelligence"), with only a comma,
// adverbs or a passive auxiliary between them.
func (x *Extractor) informationSubject(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && (toks[j].Text == "," || toks[j].Tag == "RB" || x.cue.is("be", toks[j].Lower) || toks[j].Lower == "had" || toks[j].Lower == "have" || toks[j].Lower == "has") {
		j--
	}
	if j < 1 || !x.cue.is("information", toks[j].Lower) {
		return false
	}
	switch toks[j-1].Lower {
	case "these", "those", "the", "such", "this", "that", "its", "their", "his", "her":
		return true
	}
	return false
}

// finderOf returns the entity that found the event p, when p's clause is the object of a verb
// of finding with a name for subject ("Quell Labs found that Ash Typhoon had spied on …"), or
// -1.
func finderOf(toks []token, ms []mention, p rawEvent) int {
	for v := p.Trigger - 1; v > 0; v-- {
		if !findingVerb(toks[v].Lower) {
			continue
		}
		for _, m := range ms {
			if m.Sent == p.Sent && m.Last == v && m.Entity >= 0 {
				return m.Entity
			}
		}
		return -1
	}
	return -1
}
