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
func (x *Extractor) hearerGroup(s *sentence, i int, covered []bool) (mention, bool) {
	toks := s.Toks
	if i < 1 || covered[i-1] || !x.tellingVerb(toks[i-1]) {
		return mention{}, false
	}
	if t := toks[i]; !(t.Tag == "DT" || t.Tag == "PRP$") || t.Lower == "all" || x.cue.tokIs("genstart", &toks[i]) {
		return mention{}, false // a bare or counted phrase is genericMentions' to read ("notified all six ministries")
	}
	owned := toks[i].Tag == "PRP$" // "alerted its member hospitals": the pronoun is a mention of its own
	if covered[i] && !owned {
		return mention{}, false
	}
	k := i + 1
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
	if isNounTag(nextTag(toks, k)) || k+1 < len(toks) && (isPossMark(toks[k+1].Text) || toks[k+1].Lower == "and" || toks[k+1].Lower == "or") {
		return mention{}, false // "the utilities' customers", "the banks and their clients": the phrase goes on
	}
	head := toks[k].Lower
	kind, ok := x.cue.genHead[head]
	if !ok {
		kind = schema.KindOrganization
	}
	text := joinTokens(toks[first : k+1])
	if owned {
		// the group spans the pronoun, so that the verb's object is the group, not the owner
		// the pronoun stands for (whom the verb's subject names: "X alerted its …")
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
