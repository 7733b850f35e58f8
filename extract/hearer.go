package extract

import (
	"strings"

	"github.com/intelgraph/intelgraph/schema"
)

// hearerReach bounds the words of a hearer group's phrase hearerGroup reads, from its first
// word (a determiner, a bound on its count) to its head.
const hearerReach = 7

// hearerGroup reads the common noun phrase at i that a verb of warning right before it tells
// ("warned the affected officials", "notified those employees", "informed the roughly 40
// regional banks"): a descriptive actor, the group told, which genericMentions does not read
// because the phrase opens with a determiner. The phrase is a determiner (not "all", nor a
// word genericMentions reads: cue genstart), perhaps a bound and a count, modifiers and a
// plural head that names a kind of actor (cue genhead, privatecrowd); its text, the group's
// name, keeps the modifiers and the head only ("affected officials", "regional banks"). A
// noun or possessive right after the head means the phrase goes on ("the utilities'
// customers"), as does a conjunct ("the banks and their clients"), and then there is none. A
// possessive pronoun opens the phrase only before a count ("alerted its roughly 125 member
// hospitals": the group, counted, is the owner's own set of hearers); the phrase then spans
// the pronoun, a mention of its own, so that the verb's object is the group, not the owner
// the pronoun stands for. An uncounted one ("warned its customers") is left to the pronoun.
// A quantifier may open the phrase without a determiner (quantifiedHearers: "notified about
// 40 regional banks", "sent letters to all 9,000 patients"); the phrase then spans it, may
// hold a demonym ("about 40 Danish firms") and must end at its head.
func (x *Extractor) hearerGroup(s *sentence, i int, covered []bool) (mention, bool) {
	toks := s.Toks
	if i < 1 || covered[i-1] {
		return mention{}, false
	}
	quantified := x.quantifiedHearers(toks, i)
	if !quantified && !x.tellingVerb(toks[i-1]) {
		return mention{}, false
	}
	if t := toks[i]; !quantified && (!(t.Tag == "DT" || t.Tag == "PRP$") || t.Lower == "all" || x.cue.tokIs("genstart", &toks[i])) {
		return mention{}, false // a bare or counted phrase is genericMentions' to read ("notified all six ministries")
	}
	owned := toks[i].Tag == "PRP$" // "alerted its member hospitals": the pronoun is a mention of its own
	if covered[i] && !owned {
		return mention{}, false
	}
	k := i + 1
	if quantified && toks[i].Lower != "all" {
		k = i // "about 40": the estimate opens the phrase
	}
	for k < len(toks) && x.sumBound(toks, k) {
		k++ // "roughly 125", "more than 80"
	}
	for k < len(toks) && x.cue.tokIs("countbound", &toks[k]) && k+1 < len(toks) && toks[k+1].Tag == "CD" {
		k++ // "than" after "more"
	}
	counted := k < len(toks) && toks[k].Tag == "CD"
	if counted {
		k++
	}
	if owned && !counted {
		return mention{}, false
	}
	first := k
	for ; k < len(toks) && k-i <= hearerReach; k++ {
		t := toks[k]
		if quantified && isCap(t.Text) && x.demonymModifier(s, k) {
			continue // "about 40 U.S. companies": a demonym modifying the head
		}
		if covered[k] || isCap(t.Text) {
			return mention{}, false
		}
		if t.Tag == "NNS" && x.hearerHead(t.Lower) {
			break
		}
		if !(t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "VBN" || t.Tag == "HYPH") {
			return mention{}, false
		}
	}
	if k >= len(toks) || k-i > hearerReach || toks[k].Tag != "NNS" {
		return mention{}, false
	}
	if isNounTag(nextTag(toks, k)) || k+1 < len(toks) && (isPossMark(toks[k+1].Text) || (toks[k+1].Lower == "and" || toks[k+1].Lower == "or") && !opensVerbPhrase(toks, k+2)) {
		// "the utilities' customers", "the banks and their clients": the phrase goes on; not
		// before a verb the conjunction joins to the clause's ("informed the affected banks and
		// was working with X", "notified the patients and offered them …")
		return mention{}, false
	}
	if quantified && k+1 < len(toks) && toks[k+1].Lower == "of" {
		return mention{}, false // "about 40 operators of water plants": the head's complement goes on
	}
	head := toks[k].Lower
	kind, ok := x.cue.genHead[head]
	if !ok {
		kind = schema.KindOrganization
	}
	text := joinTokens(toks[first : k+1])
	if owned || quantified {
		// the group spans the pronoun, so that the verb's object is the group, not the owner
		// the pronoun stands for (whom the verb's subject names: "X alerted its …"); a
		// quantified group spans its quantifier, where the one it is sent to opens ("sent
		// letters to all 900 patients")
		first = i
	}
	return mention{Sent: s.Index, First: first, Last: k + 1, Start: toks[first].Start, End: toks[k].End,
		Text: strings.TrimSpace(text), How: mkGeneric, Kind: kind, Conf: 0.5, Head: head, Entity: -1}, true
}

// hearerHead reports whether the plural noun w names a kind of actor a warning can be told to
// (cue genhead, privatecrowd): "officials", "hospitals", "customers".
func (x *Extractor) hearerHead(w string) bool {
	if _, ok := x.cue.genHead[w]; ok {
		return true
	}
	return x.cue.is("privatecrowd", w)
}

// quantifiedHearers reports whether the phrase at i is a group of hearers a quantifier opens
// that hearerGroup reads, without a determiner: an estimate of its size ("about 40", "roughly
// 2,000"; cue estimate) right after a verb of warning ("notified about 40 regional banks"), or
// "all" or such an estimate right after the "to" of a written notice ("sent letters to all
// 9,000 patients", "a notice to about 300 members"; cue message). A lower bound ("more than
// 80", "at least 30") stays a tally, as genericMentions reads it.
func (x *Extractor) quantifiedHearers(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) {
		return false
	}
	estimate := x.cue.tokIs("estimate", &toks[i]) && toks[i+1].Tag == "CD"
	if estimate && x.tellingVerb(toks[i-1]) {
		return true
	}
	if !estimate && toks[i].Lower != "all" || toks[i-1].Lower != "to" || i < 2 {
		return false
	}
	return isNounTag(toks[i-2].Tag) && x.cue.tokIs("message", &toks[i-2])
}

// opensVerbPhrase reports whether the words at j open a verb phrase: a verb or a modal, perhaps
// after an adverb ("and also alerted X").
func opensVerbPhrase(toks []token, j int) bool {
	if j < len(toks) && toks[j].Tag == "RB" {
		j++
	}
	return j < len(toks) && (isVerbTag(toks[j].Tag) || toks[j].Tag == "MD")
}
