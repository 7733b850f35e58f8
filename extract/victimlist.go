package extract

import (
	"github.com/intelgraph/intelgraph/schema"
)

// victimList reads a list of the victims of a doer's deeds, each of them a deed of its own:
// "X's victims include A, B and C", "its other targets have included A", "confirmed victims
// included A and B", "Among those targeted were A and B", "Among the organisations hit, the
// report says, were A and B". The word at i is the verb the list follows: a form of "include"
// after a victim noun (victimHead), or a form of "be" after an opening "among" phrase on one
// (amongHead). Each name of the list (listedVictims) is the target of one event, of the type
// the sentence names (listDeedType); its agent is the owner of the victim noun ("X's targets",
// "the victims of X"), else the one group the sentence names outside the list, else the one
// group the sentence before names (else the article's one group may do it, soleGroupActs). A
// list after another noun ("its tools include", "members include") is no list of victims.
func (x *Extractor) victimList(c *sentCtx, i int) []rawEvent {
	toks := c.s.Toks
	head := -1
	switch toks[i].Lower {
	case "include", "includes", "included":
		head = x.includedBy(c, i)
	case "were", "was", "are", "is":
		head = x.amongHead(toks, i)
	}
	if head < 0 {
		return nil
	}
	victims, at := x.listedVictims(c, i)
	if len(victims) == 0 {
		return nil
	}
	agent := x.victimsOwner(c, head)
	if agent < 0 {
		agent = c.soleGroupMention(victims)
	}
	if agent < 0 {
		agent = c.groupBefore(victims)
	}
	typ := x.listDeedType(c)
	lemma := "intrude"
	if typ == schema.EventAttack {
		lemma = "attack"
	}
	var out []rawEvent
	for n, v := range victims {
		if v == agent {
			continue
		}
		// each deed is told by its victim's name: the verb of the list, in the present, dates none
		ev := rawEvent{Type: typ, Lemma: lemma, Sent: c.s.Index, Trigger: at[n], TimeIdx: -1, Conf: 0.55, Target: []int{v}, Listed: true}
		if agent >= 0 {
			ev.Agent = []int{agent}
		}
		out = append(out, ev)
	}
	return out
}

// includedBy returns the head of the subject of a form of "include" at i when it is a victim
// noun (victimHead): "victims include", "its targets have included", "the victims of X
// included"; else -1. Auxiliaries and adverbs may stand between ("have also included").
func (x *Extractor) includedBy(c *sentCtx, i int) int {
	toks := c.s.Toks
	p := i - 1
	for p >= 0 && (toks[p].Tag == "RB" || isHave(toks[p].Lower)) {
		p--
	}
	if of := ofPhraseStart(c, p); of >= 1 {
		p = of - 1 // "the victims of X include", "victims of the X ransomware include"
	}
	if p < 0 || !x.victimHead(toks, p) {
		return -1
	}
	return p
}

// ofPhraseReach bounds how many tokens before its last word ofPhraseStart looks back for the
// "of" of a short noun phrase.
const ofPhraseReach = 6

// ofPhraseStart returns the index of the "of" that opens a short noun phrase ending at p, at
// most ofPhraseReach tokens back, and holding a name ("of X", "of the X ransomware"), or -1.
func ofPhraseStart(c *sentCtx, p int) int {
	toks := c.s.Toks
	named := false
	for q := p; q >= 0 && p-q <= ofPhraseReach; q-- {
		switch {
		case toks[q].Lower == "of":
			if named {
				return q
			}
			return -1
		case c.at[q] >= 0:
			named = true
		case toks[q].Tag != "DT" && toks[q].Tag != "JJ" && !isNounTag(toks[q].Tag):
			return -1
		}
	}
	return -1
}

// amongHead returns the head of an "among" phrase opening the sentence on victims when the
// form of "be" at i follows it, at once or after a parenthetical set off by commas ("Among
// those targeted were", "Among the companies hit, the report says, were"); else -1.
func (x *Extractor) amongHead(toks []token, i int) int {
	a := 0
	for a < i && a < 2 && toks[a].Lower != "among" {
		a++ // "But among …", "And among …"
	}
	if a >= i || toks[a].Lower != "among" {
		return -1
	}
	head := -1
	for j := a + 1; j < i; j++ {
		if x.victimHead(toks, j) {
			head = j
			break
		}
	}
	if head < 0 {
		return -1
	}
	j := head + 1
	if j < i && toks[j].Text == "," {
		for j++; j < i && toks[j].Text != ","; j++ {
		}
		j++
	}
	if j != i {
		return -1
	}
	return head
}

// victimHead reports whether the word at h heads a noun phrase for the victims of deeds: a
// victim noun (cue victimnoun: "victims", "targets"), or a participle of harm (cue
// harmparticiple) after a plural noun or "those" ("the companies hit", "those targeted").
func (x *Extractor) victimHead(toks []token, h int) bool {
	if x.cue.tokIs("victimnoun", &toks[h]) && isNounTag(toks[h].Tag) {
		return true
	}
	if h == 0 || !x.cue.tokIs("harmparticiple", &toks[h]) {
		return false
	}
	prev := toks[h-1]
	return prev.Lower == "those" || prev.Tag == "NNS"
}

// victimsOwner returns whose victims the noun phrase headed at h names: a possessive before
// it ("X's other targets", "its victims") or a name after "of" ("the victims of X"); else -1.
func (x *Extractor) victimsOwner(c *sentCtx, h int) int {
	toks := c.s.Toks
	if h+2 < len(toks) && toks[h+1].Lower == "of" {
		return x.nextMention(c, h+2, 3)
	}
	p := h - 1
	for p >= 0 && c.at[p] < 0 && (toks[p].Tag == "JJ" || toks[p].Tag == "VBN" || toks[p].Tag == "RB" || toks[p].Tag == "POS") {
		p-- // "other", "confirmed", "known", and the "'s" of the owner
	}
	if p >= 0 && c.at[p] >= 0 {
		if m := c.ms[c.at[p]]; m.Possessive || toks[p].Tag == "PRP$" {
			return m.Entity
		}
	}
	return -1
}

// groupBefore returns the one threat group the sentence before names, leaving out descriptive
// mentions and the entities in not; -1 when it names none or several.
func (c *sentCtx) groupBefore(not []int) int {
	return soleGroupOf(c.all, c.ents, not, func(m mention) bool { return m.Sent == c.s.Index-1 && m.How != mkGeneric })
}

// listDeedType returns the type of the deeds a victim list is of: the type of a deed noun the
// sentence names ("victims of the intrusions", "the attacks' targets"), an attack where it
// names a kind of attack (cue attackkind: ransomware, a denial of service, a wiper), else an
// intrusion, the usual deed a hacking group's victims suffer.
func (x *Extractor) listDeedType(c *sentCtx) schema.EventType {
	for k := range c.s.Toks {
		t := &c.s.Toks[k]
		if x.cue.tokIs("attackkind", t) {
			return schema.EventAttack
		}
		if !isNounTag(t.Tag) || c.at[k] >= 0 {
			continue
		}
		if tr, ok := x.tokTrigger(t, false); ok && incidentDeed(tr.Type) {
			return tr.Type
		}
	}
	return schema.EventIntrusion
}

// listedVictims returns the entities a victim list after i names, in order, with the token each
// name starts at: each name not possessive (the owner of the body named next: "X's Ministry of
// Energy") and not a place or a workplace (placedName: "reporters in Mexico", "an editor at the
// Daily Y"), up to the end of the sentence, a semicolon or a relative word ("…, which …",
// "…, where …").
func (x *Extractor) listedVictims(c *sentCtx, i int) (out, at []int) {
	toks := c.s.Toks
	placed := false // the name before was placed, and its conjuncts are too
	for j := i + 1; j < len(toks); j++ {
		w := toks[j].Lower
		if toks[j].Text == ";" || w == "which" || w == "who" || w == "whose" || w == "where" {
			break
		}
		k := c.at[j]
		if k < 0 {
			if w != "," && w != "and" && w != "or" {
				placed = false
			}
			continue
		}
		m := c.ms[k]
		j = m.Last - 1
		if m.Possessive || m.Entity < 0 || m.NounMod || toks[m.First].Tag == "PRP$" {
			placed = false
			continue
		}
		if placed || x.placedName(toks, m.First) {
			placed = true
			continue
		}
		if !contains(out, m.Entity) {
			out, at = append(out, m.Entity), append(at, m.First)
		}
	}
	return out, at
}

// placedName reports whether the name starting at f is the object of a preposition of place
// or of work (cue placeprep, or "at"), a determiner or adjectives between: "reporters in
// Mexico", "an editor at the Daily Y". Such a name places a victim, it is none.
func (x *Extractor) placedName(toks []token, f int) bool {
	p := f - 1
	for p >= 0 && (toks[p].Tag == "DT" || toks[p].Tag == "JJ") {
		p--
	}
	return p >= 0 && (toks[p].Lower == "at" || x.cue.tokIs("placeprep", &toks[p]))
}

// listedTimes dates each undated deed a victim list tells (victimList) by the incident told
// before it, within victimReach sentences, whose victims the list names: the nearest one that
// left its victims unnamed ("the phones were infected between April and October 2025. … Among
// those targeted were A and B"), else the nearest by the list's doer, as amongVictims joins "X
// was among the victims" to it. The incident is one of the text's deeds (evs) or a deed of the
// text that names no one (nameless, which build reads as dayDeeds). A list with no doer takes
// the incident's.
func listedTimes(evs, nameless []rawEvent) {
	for k := range evs {
		r := &evs[k]
		if !r.Listed || r.TimeIdx >= 0 {
			continue
		}
		p := listedIncident(r, evs, nameless)
		if p == nil {
			continue
		}
		r.TimeIdx, r.TimeText = p.TimeIdx, p.TimeText
		if len(r.Agent) == 0 && len(p.Agent) > 0 {
			r.Agent = append([]int(nil), p.Agent...)
		}
	}
}

// listedIncident returns the dated incident a listed deed r names victims of (listedTimes), or
// nil: an asserted deed of r's family told in the victimReach sentences before r's, by r's doer
// or by no one named, the one that names no victim first.
func listedIncident(r *rawEvent, evs, nameless []rawEvent) *rawEvent {
	fits := func(p *rawEvent, open bool) bool {
		if p.Sent >= r.Sent || r.Sent-p.Sent > victimReach || p.Listed || p.TimeIdx < 0 || !p.asserted() || familyOf(p.Type) != familyOf(r.Type) {
			return false
		}
		if open != (len(p.Target) == 0) {
			return false
		}
		return len(p.Agent) == 0 || len(r.Agent) == 0 || sameSet(p.Agent, r.Agent)
	}
	for _, open := range []bool{true, false} {
		var best *rawEvent
		for _, list := range [][]rawEvent{evs, nameless} {
			for k := range list {
				if p := &list[k]; fits(p, open) && (best == nil || p.Sent > best.Sent || p.Sent == best.Sent && p.Trigger > best.Trigger) {
					best = p
				}
			}
		}
		if best != nil {
			return best
		}
	}
	return nil
}
