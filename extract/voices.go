package extract

import (
	"github.com/intelgraph/intelgraph/schema"
)

// spokespersonVoices makes a bare "a spokesperson" (cue spokesrole after "a" or "an", no name,
// no "for" and no employer; unnamedVoice) that tells something the voice of the body whose
// telling it goes on with: the body that opens the same sentence as the subject of the clause
// the spokesperson tells ("X has opened an inquiry, a spokesperson confirmed"), or else the body
// that opens the sentence before in the same paragraph as the subject of a verb of telling,
// denying or reacting, or of declining to comment ("X rejected the claim. A spokesperson said
// …", "X has denied it. “…,” a spokesperson said", "X declined to discuss the files. A
// spokesperson said …"). The phrase becomes a mention of that body; with no such body it stays
// no one's, as before. Mentions are appended to ms.
func (x *Extractor) spokespersonVoices(sents []sentence, ms []mention, ents []entity) []mention {
	own := mentionsBySent(ms, len(sents))
	for k := range sents {
		toks := sents[k].Toks
		for i := 0; i+2 < len(toks); i++ {
			if toks[i].Lower != "a" && toks[i].Lower != "an" || !x.unnamedVoice(toks, i+1) || !isVerbTag(toks[i+2].Tag) || covered(ms, own[k], i) {
				continue
			}
			e := -1
			if i > 0 && toks[i-1].Text == "," && !isQuote(toks[0].Text) && !frontedPhrase(toks, i-1) {
				e = x.openingBody(sents[k], ms, own[k], ents, false)
			} else if k > 0 && sents[k-1].Para == sents[k].Para {
				e = x.openingBody(sents[k-1], ms, own[k-1], ents, true)
			}
			if e < 0 {
				continue
			}
			m := mention{Sent: k, First: i, Last: i + 2, Start: toks[i].Start, End: toks[i+1].End, Text: joinTokens(toks[i : i+2]),
				How: mkDesc, Kind: ents[e].Kind, Conf: 0.5, Head: toks[i+1].Lower, Country: ents[e].Country, Entity: e,
				Says: saysAt(toks, i+2), InQuote: len(sents[k].Quoted) > i && sents[k].Quoted[i]}
			ents[e].Mentions = append(ents[e].Mentions, len(ms))
			ms = append(ms, m)
		}
	}
	return ms
}

// frontedPhrase reports whether the comma at c closes a phrase that opens the sentence with a
// preposition ("At a regular briefing on Tuesday, …", "In a written response, …"): what
// follows is the sentence's subject, not a closing attribution.
func frontedPhrase(toks []token, c int) bool {
	if len(toks) == 0 || toks[0].Tag != "IN" {
		return false
	}
	for k := 1; k < c; k++ {
		if toks[k].Text == "," {
			return false
		}
	}
	return true
}

// covered reports whether one of the mentions idx of a sentence covers its token i.
func covered(ms []mention, idx []int, i int) bool {
	for _, j := range idx {
		if ms[j].First <= i && i < ms[j].Last {
			return true
		}
	}
	return false
}

// openingBody returns the entity of the body (an organisation, agency or country) whose mention
// opens sentence s as its subject (openingSubject, after "the" at most), or -1. A possessive
// subject is the body it owns where a mention of that follows ("Karsovia's foreign ministry"),
// else the owner speaking through its office ("X's press office"). With telling, the verb right
// after the subject (verbAfterSubject) must be one of telling or denying (cues reporting,
// denyverb) or of reacting (reactionverb), or open a refusal to comment (declinedComment).
func (x *Extractor) openingBody(s sentence, ms []mention, idx []int, ents []entity, telling bool) int {
	toks := s.Toks
	for n, j := range idx {
		m := ms[j]
		first := m.First
		if first == 1 && toks[0].Lower == "the" {
			first = 0
		}
		if m.Entity < 0 || m.Entity >= len(ents) || m.InQuote || !openingSubject(toks, first) {
			continue
		}
		e, end := m.Entity, m.Last
		if m.Possessive && end < len(toks) && isPossMark(toks[end].Text) {
			end = possessedEnd(toks, end+1)
			if o, ok := mentionFrom(ms, idx[n+1:], m.Last+1); ok {
				e, end = ms[o].Entity, ms[o].Last
			}
		}
		if e < 0 || e >= len(ents) || !bodyKind(ents[e].Kind) && ents[e].Kind != schema.KindCountry {
			return -1
		}
		if !telling {
			return e
		}
		v := verbAfterSubject(toks, end)
		if v < 0 || !x.cue.tokIs("reporting", &toks[v]) && !x.cue.tokIs("denyverb", &toks[v]) && !x.cue.tokIs("reactionverb", &toks[v]) && !x.declinedComment(toks, v) {
			return -1
		}
		return e
	}
	return -1
}

// declinedComment reports whether toks[v] opens a refusal to talk about a matter: a verb of
// declining (cue refuseverb), "to" and a verb of speaking about it (cue commentverb), as in "X
// declined to comment", "X has refused to discuss the files". News then gives the words the body
// did say through its spokesperson ("… declined to comment. A spokesperson said …").
func (x *Extractor) declinedComment(toks []token, v int) bool {
	return v+2 < len(toks) && x.cue.tokIs("refuseverb", &toks[v]) && toks[v+1].Lower == "to" && x.cue.tokIs("commentverb", &toks[v+2])
}

// possessedEnd returns the index after the common or proper nouns (three at most) that a
// possessive mark before toks[k] owns ("X's press office", "X's Indianapolis field office").
func possessedEnd(toks []token, k int) int {
	n := k
	for k < len(toks) && k-n < 3 && isNounTag(toks[k].Tag) && !isVerbTag(toks[k].Tag) {
		k++
	}
	return k
}

// mentionFrom returns the index of the mention among idx that starts at token first, with an
// entity.
func mentionFrom(ms []mention, idx []int, first int) (int, bool) {
	for _, j := range idx {
		if ms[j].First == first && ms[j].Entity >= 0 {
			return j, true
		}
	}
	return -1, false
}

// verbAfterSubject returns the index of the verb that follows a subject ending before toks[k],
// past adverbs ("also", "previously"), a perfect's auxiliary ("has denied") and the place a
// mission sits in ("The Karsovian embassy in Oslo rejected …"), or -1.
func verbAfterSubject(toks []token, k int) int {
	if k+1 < len(toks) && toks[k].Lower == "in" && isCap(toks[k+1].Text) {
		k++
		for k < len(toks) && isCap(toks[k].Text) {
			k++
		}
	}
	for k < len(toks) && (toks[k].Tag == "RB" || toks[k].Lower == "has" || toks[k].Lower == "have" || toks[k].Lower == "had") {
		k++
	}
	if k >= len(toks) || !isVerbTag(toks[k].Tag) {
		return -1
	}
	return k
}
