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
	for j >= 0 && (toks[j].Text == "," || toks[j].Tag == "RB" || x.cue.tokIs("be", &toks[j]) || toks[j].Lower == "had" || toks[j].Lower == "have" || toks[j].Lower == "has") {
		j--
	}
	if j < 1 || !x.cue.tokIs("information", &toks[j]) {
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

// documentTeller gives a warning or accusation whose subject is a definite document ("The
// advisory, released on Monday, attributes the operation to Y", "The alert warned other
// utilities …") the issuer of that document: the agent of the nearest telling before it, in
// the sentence before or the one before that, told at or before the words that name the same
// document ("X has published a technical advisory …", "X said in an alert issued on
// Wednesday that it had been notified by Y": X, not Y). A
// document does not act; whoever else the clause offered in its place (a name inside its
// apposition) is dropped. Told in the present, it takes the day the issuer's telling names;
// told in the simple past with no time of its own ("The alert warned other utilities …"), the
// issuer's time too: the document warned when it was issued. With no such telling, the event is left as it is.
// A warning whose subject is a sentence-initial "It" continuing such a document is its signers'
// (documentPronoun).
func (x *Extractor) documentTeller(sents []sentence, ms []mention, evs []rawEvent) {
	for k := range evs {
		w := &evs[k]
		if w.Type != schema.EventWarning && w.Type != schema.EventAccusation || w.Sent < 0 || w.Sent >= len(sents) {
			continue
		}
		doc, lo, hi := x.documentSubject(sents[w.Sent].Toks, w.Trigger)
		if doc == "" {
			if a := x.documentPronoun(sents, ms, evs, *w); a != nil {
				w.Agent = a // "The joint advisory, signed by X and Y, names …. It urges operators to …": X and Y
			}
			continue
		}
		for j := k - 1; j >= 0; j-- {
			p := evs[j]
			if p.Sent < w.Sent-2 {
				break
			}
			if p.Sent >= w.Sent || p.Negated || len(p.Agent) == 0 || !issuing(p.Type) || overlaps(p.Agent, w.Target) {
				continue
			}
			if n := lastWord(sents[p.Sent].Toks, doc); n < 0 || p.Trigger > n {
				continue // "X said in an alert that it had been notified by Y": X issued the alert
			}
			w.Agent = append([]int(nil), p.Agent...)
			if w.TimeText != "" && p.TimeIdx >= 0 && p.TimeText == "" {
				w.TimeIdx, w.TimeText = p.TimeIdx, "" // "The advisory attributes …": told on the day it was issued
			} else if w.TimeIdx < 0 && p.TimeIdx >= 0 && !w.Negated && w.Modality == "" && sents[w.Sent].Toks[w.Trigger].Tag == "VBD" {
				w.TimeIdx, w.TimeText = p.TimeIdx, p.TimeText // "The alert warned other utilities …": it warned when it was issued
			}
			if lo >= 0 && lastWord(sents[w.Sent].Toks[lo:hi], "by") < 0 {
				for q := range evs {
					// "The advisory, shared with X and later published, …": the issuer shared it
					if o := &evs[q]; o.Sent == w.Sent && o.Trigger > lo && o.Trigger < hi && issuing(o.Type) {
						o.Agent = append([]int(nil), p.Agent...)
					}
				}
			}
			break
		}
	}
}

// documentPronoun reads a warning whose subject is a sentence-initial "It" ("It urges water
// operators to …", "It also warns …") after a sentence whose subject is a definite document
// ("The joint advisory, signed by X, Y and counterparts in Z, names the group …"): the pronoun
// continues the document, and the teller is whoever the document's apposition says signed or
// issued it (documentBy), else the agent of that sentence's first telling after the document's
// noun. Else nil.
func (x *Extractor) documentPronoun(sents []sentence, ms []mention, evs []rawEvent, w rawEvent) []int {
	toks := sents[w.Sent].Toks
	if w.Sent < 1 || w.Trigger < 1 || w.Trigger >= len(toks) || toks[0].Lower != "it" {
		return nil
	}
	for j := 1; j < w.Trigger; j++ {
		if t := toks[j].Tag; t != "RB" && t != "MD" && !isBeHave(toks[j].Lower) {
			return nil // "It said the agency urged …": not the pronoun's own verb
		}
	}
	prev := sents[w.Sent-1].Toks
	if len(prev) == 0 || prev[0].Lower != "the" {
		return nil
	}
	d := 1
	for d < len(prev) && d <= 3 && (prev[d].Tag == "JJ" || prev[d].Tag == "NN") && !x.cue.tokIs("docnoun", &prev[d]) {
		d++
	}
	if d >= len(prev) || !x.cue.tokIs("docnoun", &prev[d]) || !isNounTag(prev[d].Tag) {
		return nil
	}
	agent := documentBy(prev, ms, w.Sent-1, d)
	for k := 0; agent == nil && k < len(evs); k++ {
		if p := evs[k]; p.Sent == w.Sent-1 && p.Trigger > d && !p.Negated && len(p.Agent) > 0 && issuing(p.Type) {
			agent = append([]int(nil), p.Agent...)
		}
	}
	if overlaps(agent, w.Target) {
		return nil
	}
	return agent
}

// documentBy reads the issuers an apposition gives the document noun at d of sentence sent
// ("The joint advisory, signed by X, Y and counterparts in Z, names …": X and Y): the names
// after a participle's "by", up to the next finite verb, leaving out a place or a body after
// "in", "of" or "from" (and the names joined to it) and a name right before another. Nil when
// there is no such apposition.
func documentBy(toks []token, ms []mention, sent, d int) []int {
	if d+3 >= len(toks) || toks[d+1].Text != "," || toks[d+2].Tag != "VBN" || toks[d+3].Lower != "by" {
		return nil
	}
	end := d + 4
	for end < len(toks) && !isFiniteTag(toks[end].Tag) {
		end++
	}
	var by []int
	placed := false // the last name was a place or a body after "in", "of" or "from"
	for _, m := range ms {
		if m.Sent != sent || m.First < d+4 || m.Last > end || m.How != mkName || m.Entity < 0 {
			continue
		}
		if m.Last < len(toks) && isCap(toks[m.Last].Text) {
			continue // "the U.S. Cybersecurity and Infrastructure Security Agency": a name modifying the next
		}
		p := m.First - 1
		if p > 0 && toks[p].Lower == "the" {
			p--
		}
		switch l := toks[p].Lower; {
		case l == "in" || l == "of" || l == "from":
			placed = true // "counterparts in Britain": not a signer named
		case l != "and" && l != ",":
			placed = false
		}
		if !placed && !contains(by, m.Entity) {
			by = append(by, m.Entity) // "and Canada" after "in Britain" stays a place
		}
	}
	return by
}

// lastWord returns the index of the last token of toks that is the word w or its plural, or -1.
func lastWord(toks []token, w string) int {
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].Lower == w || toks[k].Lower == w+"s" {
			return k
		}
	}
	return -1
}

// documentSubject returns the document noun that is the subject of the verb at i, opening its
// sentence: "The advisory attributes", "The alert warned", "The advisory, shared with … and
// later published in redacted form, attributes" (an apposition without a finite verb of its
// own, whose commas it returns too, else -1, -1); "" when the subject is anything else.
func (x *Extractor) documentSubject(toks []token, i int) (string, int, int) {
	if i <= 0 || i >= len(toks) {
		return "", -1, -1
	}
	lo, hi := -1, -1
	j := x.beforeAuxWithin(toks, i, len(toks), false)
	if j >= 0 && toks[j].Text == "," {
		k := j - 1
		for k >= 0 && j-k <= 30 && toks[k].Text != "," {
			if t := toks[k].Tag; t == "VBZ" || t == "VBP" || t == "MD" || t == "WDT" || t == "WP" || toks[k].Lower == "that" {
				return "", -1, -1
			}
			k--
		}
		if k < 0 || toks[k].Text != "," {
			return "", -1, -1
		}
		lo, hi = k, j
		j = k - 1
	}
	if j < 1 || !x.cue.tokIs("docnoun", &toks[j]) {
		return "", -1, -1
	}
	d := j - 1
	for d > 0 && j-d <= 2 && (toks[d].Tag == "JJ" || toks[d].Tag == "NN") {
		d-- // "The joint advisory", "The technical alert"
	}
	switch toks[d].Lower {
	case "the", "this", "that":
		if d == 0 {
			return toks[j].Lower, lo, hi
		}
	}
	return "", -1, -1
}
