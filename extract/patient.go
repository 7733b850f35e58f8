package extract

import "github.com/intelgraph/intelgraph/schema"

// stepPatient returns, for a subject pronoun a step against someone is done to ("He was
// sentenced to six years in June", "She was later charged"), the entity the nearest such step
// before it, in its sentence or the one before, was done to ("Judge Ana Ferro convicted Luka
// Petrov", "Luka Petrov was convicted by Judge Ana Ferro"): the one convicted is the one
// sentenced next, not the judge. A name shaped like a person's that "he" or "she" so takes up
// becomes a person. It returns -1 when m is no such pronoun or no such step comes before.
func (x *Extractor) stepPatient(sents []sentence, ms []mention, ents []entity, i int) int {
	m := ms[i]
	if m.How != mkPronoun || m.Possessive || m.Sent >= len(sents) || !subjectPronoun(m.Head) || !x.undergoes(sents[m.Sent].Toks, m.Last) {
		return -1
	}
	for j := i - 1; j >= 0 && m.Sent-ms[j].Sent <= 1; j-- {
		a := ms[j]
		if a.Entity < 0 || a.Entity >= len(ents) || a.How != mkName && a.How != mkPronoun || a.Possessive || a.PrepObj || a.Sent >= len(sents) {
			continue
		}
		if a.Sent == m.Sent && a.Last > m.First || !x.stepDoneTo(sents[a.Sent].Toks, a) {
			continue
		}
		e := ents[a.Entity]
		if e.Guessed && a.How == mkName && personPronoun(m.Head) {
			ents[a.Entity].Kind, ents[a.Entity].Guessed = schema.KindPerson, false
			return a.Entity
		}
		if x.compatible(m, e) {
			return a.Entity
		}
	}
	return -1
}

// subjectPronoun reports whether w is a pronoun that stands as a clause's subject.
func subjectPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "it":
		return true
	}
	return false
}

// stepDoneTo reports whether the mention a is the one a step against someone (cue patientstep)
// is done to: the object right after the active verb ("convicted Luka Petrov", "arrested and
// charged Ivo Lenz") or the subject of the passive ("Luka Petrov was convicted", "Luka Petrov,
// 34, was later charged"), an aside set off by commas between.
func (x *Extractor) stepDoneTo(toks []token, a mention) bool {
	if a.First >= 1 && a.First <= len(toks) && isVerbTag(toks[a.First-1].Tag) && x.cue.tokIs("patientstep", &toks[a.First-1]) {
		return true
	}
	j := a.Last
	if j < len(toks) && toks[j].Text == "," {
		// "Luka Petrov, a former contractor, was convicted": past the aside
		for j++; j < len(toks) && toks[j].Text != ","; j++ {
			if isVerbTag(toks[j].Tag) {
				return false
			}
		}
		j++
	}
	return x.undergoes(toks, j)
}

// undergoes reports whether the words from j on are a passive step against someone: a form of
// "be" (after "has", "had", "will" or another modal at most), adverbs at most between, and a
// participle of cue patientstep ("was sentenced", "were later charged", "has been arrested").
func (x *Extractor) undergoes(toks []token, j int) bool {
	be := false
	for ; j < len(toks); j++ {
		switch w := toks[j].Lower; {
		case w == "was" || w == "were" || w == "is" || w == "are" || w == "be" || w == "been":
			be = true
		case w == "has" || w == "have" || w == "had" || toks[j].Tag == "MD" || toks[j].Tag == "RB":
		default:
			return be && toks[j].Tag == "VBN" && x.cue.tokIs("patientstep", &toks[j])
		}
	}
	return false
}
