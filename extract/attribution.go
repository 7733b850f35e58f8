package extract

import (
	"strings"

	"github.com/intelgraph/intelgraph/schema"
)

// anonymous reports whether a sentence rests what it says on unnamed sources: "according to
// people familiar with the matter", "officials said", "sources told X", "a U.S. official
// said", "on condition of anonymity", "anonymous sources". A source named in the text ("John
// Smith, a senior official, said") is not anonymous.
func (x *Extractor) anonymous(c *sentCtx) bool {
	toks := c.s.Toks
	for i, t := range toks {
		if k := c.at[i]; k >= 0 && c.ms[k].How == mkName {
			continue // "Anonymous", the hacktivist collective
		}
		w := t.Lower
		switch {
		case w == "anonymity":
			return true
		case w == "anonymously" && i > 0 && (x.cue.tokIs("anonsay", &toks[i-1]) || strings.HasPrefix(toks[i-1].Lower, "speak") || toks[i-1].Lower == "spoke"):
			return true // "speaking anonymously" (not "wallets held anonymously")
		case x.cue.tokIs("anonword", &toks[i]):
			for j := i + 1; j < len(toks) && j-i <= 3; j++ {
				if x.cue.tokIs("anonhead", &toks[j]) && isNounTag(toks[j].Tag) {
					return true
				}
			}
		case (w == "named" || w == "identified") && i >= 3 && toks[i-1].Lower == "be" && toks[i-2].Lower == "to" &&
			x.cue.tokIs("anonask", &toks[i-3]):
			// "declined to be named", "asked not to be identified" (not "a yet to be identified attacker")
			return true
		case w == "authorized" && i >= 1 && (toks[i-1].Lower == "not" || toks[i-1].Lower == "n't") && i+2 < len(toks) && toks[i+1].Lower == "to":
			// "not authorized to speak publicly"
			return true
		case isNounTag(t.Tag) && x.cue.tokIs("anonhead", &toks[i]):
			if x.anonSource(c, i) {
				return true
			}
		}
	}
	return false
}

// anonSource reports whether the noun at i ("officials", "a person familiar with …") heads an
// unnamed source to which the sentence attributes what it says.
func (x *Extractor) anonSource(c *sentCtx, i int) bool {
	toks := c.s.Toks
	person := func(j int) bool {
		if j < 0 || j >= len(toks) {
			return false
		}
		k := c.at[j]
		if k < 0 || c.ms[k].How != mkName {
			return false
		}
		m := c.ms[k]
		return m.Kind == schema.KindPerson || m.Entity >= 0 && m.Entity < len(c.ents) && c.ents[m.Entity].Kind == schema.KindPerson
	}
	if x.cue.tokIs("anonvague", &toks[i]) && (i+1 >= len(toks) || !x.cue.tokIs("anonmod", &toks[i+1])) {
		return false // "people said": no sign of a source
	}
	if toks[i].Lower == "source" || toks[i].Lower == "sources" {
		if i+1 < len(toks) && isNounTag(toks[i+1].Tag) {
			return false // "source code"
		}
	}
	// the noun phrase the head ends: "two current and former U.S. intelligence officials"
	start := i
	for j := i - 1; j >= 0; j-- {
		tg := toks[j].Tag
		if person(j) {
			return false // "White House official John Smith"
		}
		if tg == "DT" || tg == "CD" || tg == "CC" || tg == "RB" || tg == "NNP" || tg == "NNPS" || tg == "NN" || tg == "NNS" || tg == "VBN" || tg == "HYPH" || tg == "POS" || tg == "PRP$" || (len(tg) >= 2 && tg[:2] == "JJ") {
			start = j
			continue
		}
		break
	}
	// "West Haven officials said", "Acme's chief technology officer said": a named
	// institution speaks through its people; a country's officials ("U.S. officials", "a
	// U.S. official") and one unnamed individual ("an official at Acme") stay anonymous
	indef := x.cue.tokIs("genstart", &toks[start]) || toks[start].Tag == "CD"
	for j := start; j < i && !indef; j++ {
		if k := c.at[j]; k >= 0 && c.ms[k].How == mkName && c.ms[k].Kind != schema.KindCountry {
			if e := c.ms[k].Entity; e < 0 || e >= len(c.ents) || c.ents[e].Kind != schema.KindCountry {
				return false
			}
		}
	}
	if person(i + 1) {
		return false // "the official, John Smith" / "official John Smith"
	}
	if i+2 < len(toks) && toks[i+1].Text == "," && person(i+2) {
		return false
	}
	if start >= 2 && toks[start-1].Text == "," && person(start-2) {
		return false // "John Smith, a senior official, said"
	}
	// "according to officials", "said a person briefed on the talks"
	if start >= 2 && toks[start-2].Lower == "according" && toks[start-1].Lower == "to" {
		return true
	}
	if start >= 2 && isVerbTag(toks[start-1].Tag) && (toks[start-1].Lower == "said" || toks[start-1].Lower == "say" || toks[start-1].Lower == "says") &&
		(toks[start-2].Text == "," || isQuote(toks[start-2].Text)) {
		return true // "…, said a person briefed on the talks" (not "Smith says officials …")
	}
	// "officials said", "sources told Reuters", "people familiar with the matter said"
	rel := false
	for j := i + 1; j < len(toks) && j-i <= 12; j++ {
		tk := toks[j]
		if x.cue.tokIs("clausebreak", &tk) || tk.Text == "." {
			return false
		}
		if tk.Tag == "PRP" || isQuote(tk.Text) {
			return false // another clause: "the person who threatened us, he told X"
		}
		if tk.Lower == "who" || x.cue.tokIs("anonmod", &tk) {
			rel = true
			continue
		}
		if !isVerbTag(tk.Tag) {
			if tk.Text == "," && !rel && j > i+1 {
				return false
			}
			continue
		}
		if x.cue.tokIs("anonsay", &tk) && (tk.Tag == "VBD" || tk.Tag == "VBZ" || tk.Tag == "VBP" || tk.Tag == "VB" && (toks[j-1].Tag == "MD" || toks[j-1].Lower == "not" || toks[j-1].Lower == "n't")) {
			if x.cue.tokIs("be", &toks[j-1]) {
				return false // "officials were told"
			}
			return true
		}
		if tk.Tag == "MD" || x.cue.tokIs("be", &tk) || tk.Lower == "have" || tk.Lower == "has" || tk.Lower == "had" || tk.Tag == "RB" {
			continue // "officials have said", "sources would not say"
		}
		if !rel || tk.Tag == "VBD" && j > i+1 && toks[j-1].Text == "," {
			return false
		}
	}
	return false
}

func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "``", "''", "'":
		return true
	}
	return false
}

// sourceBriefed reports whether the verb of telling at i is a participle describing an unnamed
// source ("two people briefed on the matter said", "according to a person briefed on the
// investigation", the participle often tagged as a present or an adjective): the source's
// standing, no telling the article reports.
func (x *Extractor) sourceBriefed(toks []token, i int) bool {
	if i < 1 || i+2 >= len(toks) || !isVerbTag(toks[i].Tag) && toks[i].Tag != "JJ" || !isNounTag(toks[i-1].Tag) ||
		!x.cue.tokIs("anonhead", &toks[i-1]) || !x.cue.tokIs("anonmod", &toks[i]) {
		return false
	}
	if w := toks[i+1].Lower; w != "on" && w != "about" {
		return false
	}
	t := toks[i+2].Tag
	return t == "DT" || t == "PRP$" // "briefed on the talks" (not "officials briefed on Monday")
}
