package extract

import (
	"slices"

	"github.com/intelgraph/intelgraph/schema"
)

// theyTakeDescribed gives a subject "they" left unresolved or resolved to a body, which news
// calls "it", the described group of people ("hackers", "attackers", "criminals") in its
// sentence or the one before, plural as the pronoun is, when the pronoun opens its sentence or
// what is said ("… said they had …") and stands in a quotation only if the group does:
// "Marlow Bank said hackers had stolen customer data. They also encrypted its servers." is the
// hackers, not the bank. A "they" that speaks is left alone ("… They said no customer was
// harmed": the bank may speak so), and so is one that plural unnamed speakers say of
// themselves ("Officials said they had detained a courier"; unnamedSpeakersSay). Described
// mentions are found after resolve (addGeneric), so this runs after them.
func (x *Extractor) theyTakeDescribed(sents []sentence, ms []mention, ents []entity) {
	for i, m := range ms {
		if m.How != mkPronoun || m.Head != "they" || m.Says || m.Tells || m.Entity >= len(ents) || m.Entity >= 0 && ents[m.Entity].Kind == schema.KindGroup {
			continue
		}
		if m.Sent >= len(sents) || !m.Opens && !x.toldClauseOpens(sents[m.Sent].Toks, m.First) {
			continue // "the information they stole": a relative clause's, which may mean others
		}
		if x.unnamedSpeakersSay(sents, ms, i) {
			continue
		}
		d := describedBefore(ms, ents, m)
		if d < 0 {
			continue
		}
		if old := m.Entity; old >= 0 {
			ents[old].Mentions = slices.DeleteFunc(ents[old].Mentions, func(k int) bool { return k == i })
		}
		ms[i].Entity = ms[d].Entity
		ents[ms[d].Entity].Mentions = append(ents[ms[d].Entity].Mentions, i)
	}
}

// toldClauseOpens reports whether the word at j opens what a verb of saying tells, "that"
// between at most: "said they had", "confirmed that they", or a second told clause after
// "and that" ("said intruders got in and that they took …").
func (x *Extractor) toldClauseOpens(toks []token, j int) bool {
	if j >= 1 && toks[j-1].Lower == "that" {
		j--
		if j >= 1 && toks[j-1].Lower == "and" {
			return true
		}
	}
	return j >= 1 && isVerbTag(toks[j-1].Tag) && x.cue.tokIs("reporting", &toks[j-1])
}

// describedBefore returns the index of the last described group of people ("hackers") before
// pronoun m, in its sentence or the one before, that is no prepositional object or possessor,
// or -1.
func describedBefore(ms []mention, ents []entity, m mention) int {
	best := -1
	for j, a := range ms {
		if a.How != mkGeneric || a.Entity < 0 || a.Entity >= len(ents) || ents[a.Entity].Kind != schema.KindGroup || a.PrepObj || a.Possessive {
			continue
		}
		if a.Sent < m.Sent-1 || a.Sent > m.Sent || a.Sent == m.Sent && a.Last > m.First || !pluralWord(a.Head) || a.InQuote != m.InQuote {
			continue
		}
		if best < 0 || mentionBefore(ms[best], a) {
			best = j
		}
	}
	return best
}

// mentionBefore reports whether mention a stands before mention b.
func mentionBefore(a, b mention) bool {
	return a.Sent < b.Sent || a.Sent == b.Sent && a.First < b.First
}

// pluralWord reports whether the lower-case head w reads as a plural noun: "hackers".
func pluralWord(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u'
}
