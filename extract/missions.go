package extract

import (
	"strings"

	"github.com/intelgraph/intelgraph/schema"
)

// missionHeads lists the nouns for a state's mission abroad that news style places in the
// city it sits in: "the Chinese embassy in Manila", "the Russian Consulate in Houston".
var missionHeads = map[string]bool{"embassy": true, "consulate": true}

// placedMissions names each embassy or consulate the article places in a city by its full
// name: "the Chinese Embassy in Washington … the Chinese embassy … the embassy" is one actor,
// "Chinese Embassy in Washington", whose shorter forms stay its aliases. The city is the one the
// article gives after "in" right after a mention of the mission; an actor placed in two
// different cities keeps its name, as does one named by no state at all ("the embassy in Oslo");
// one named by its possessor ("China's embassy in Manila") is possessiveMissions'.
func (x *Extractor) placedMissions(sents []sentence, ms []mention, ents []entity) {
	for k := range ents {
		if !missionName(ents[k].Name) {
			continue
		}
		city := ""
		for _, i := range ents[k].Mentions {
			c := x.missionCity(sents, ms[i])
			if c == "" {
				continue
			}
			if city != "" && !strings.EqualFold(city, c) {
				city = ""
				break
			}
			city = c
		}
		if city != "" {
			ents[k].Name += " in " + city
		}
	}
}

// missionName reports whether name is a state's mission named by its nationality: two words
// or more, the first capitalised and not a possessive, the last a mission noun ("Chinese
// Embassy", "Russian embassy", "Chinese Consulate General"), and no place given yet.
func missionName(name string) bool {
	f := strings.Fields(name)
	if len(f) > 2 && strings.EqualFold(f[len(f)-1], "general") && strings.EqualFold(f[len(f)-2], "consulate") {
		f = f[:len(f)-1] // "Chinese Consulate General"
	}
	if len(f) < 2 || !missionHeads[strings.ToLower(f[len(f)-1])] || !isCap(f[0]) {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.EqualFold(w, "in") {
			return false
		}
	}
	return true
}

// missionCity returns the city named after "in" right after mention m of a mission ("the
// Chinese embassy in New Delhi" → "New Delhi"), or "": the run of capitalised proper nouns
// there, none of them a calendar word ("the embassy in March"), opened by a capitalised "The"
// that names the city with its article ("in The Hague").
func (x *Extractor) missionCity(sents []sentence, m mention) string {
	if m.Sent >= len(sents) {
		return ""
	}
	toks := sents[m.Sent].Toks
	head := m.Last - 1
	if head > m.First && toks[head].Lower == "general" && toks[head-1].Lower == "consulate" {
		head-- // "the Chinese Consulate General in Chicago"
	}
	if m.Last <= m.First || !missionHeads[toks[head].Lower] || m.Last+1 >= len(toks) || toks[m.Last].Lower != "in" {
		return ""
	}
	var words []string
	from := m.Last + 1
	if toks[from].Text == "The" && from+1 < len(toks) && isCap(toks[from+1].Text) {
		words, from = append(words, "The"), from+1 // "in The Hague": a city named with its article
	}
	for k := from; k < len(toks); k++ {
		t := &toks[k]
		if !isCap(t.Text) || !strings.HasPrefix(t.Tag, "NNP") || x.cue.tokIs("calendar", t) {
			break
		}
		words = append(words, t.Text)
	}
	if len(words) == 1 && words[0] == "The" {
		return ""
	}
	return strings.Join(words, " ")
}

// missionVoice reads "an embassy spokesperson", "the consulate spokesman" (cue spokesrole) with
// no name after it (unnamedVoice): the voice of the mission the article named, a description
// headed by the mission's noun that coref takes up as "the embassy" (institutionHead).
func (x *Extractor) missionVoice(s *sentence, i int, out *mention) bool {
	toks := s.Toks
	if i+2 >= len(toks) || toks[i].Tag != "DT" || !missionHeads[toks[i+1].Text] || !x.unnamedVoice(toks, i+2) {
		return false // "an embassy spokesman, Li Wei," is a person; "… for X" names another body
	}
	*out = mention{First: i, Last: i + 3, Text: joinTokens(toks[i : i+3]), How: mkDesc, Kind: schema.KindAgency, Conf: 0.5, Head: toks[i+1].Text}
	return true
}

// nationalVoice reads "a Chinese foreign ministry spokesperson", "the Russian embassy
// spokesman" (an article, a nationality, a mission noun, then cue spokesrole) with no name after
// it (unnamedVoice): the voice of that state's mission, whose employer the phrase alone names. The
// mention is the mission, named by the nationality and the mission noun ("Chinese foreign
// ministry"), an agency of that state that speaks for itself as "the Chinese foreign ministry
// said" does; a spokesperson named after it ("…, Ilze Ozola,") is the person instead.
func (x *Extractor) nationalVoice(s *sentence, i int, out *mention) bool {
	toks := s.Toks
	if i+3 >= len(toks) || toks[i].Tag != "DT" || !isCap(toks[i+1].Text) {
		return false
	}
	c, ok := x.countryWord(toks[i+1].Text)
	if !ok {
		c, ok = s.local.demonymOf(toks[i+1].Text) // "a Karsovian foreign ministry spokesman", Karsovia named in the article
	}
	if !ok || c.Kind != schema.KindCountry {
		return false
	}
	end, head := missionNoun(toks, i+2)
	if end < 0 || end >= len(toks) || head == "mission" || !x.unnamedVoice(toks, end) {
		return false
	}
	*out = mention{First: i, Last: end + 1, Text: joinTokens(toks[i+1 : end]), How: mkDesc, Kind: schema.KindAgency, Conf: 0.5,
		Head: head, Country: c.Name}
	return true
}

// possessiveMissions reads "<country>'s <mission noun>" ("Russia's embassy in Canberra",
// "Iran's mission to the United Nations", "Pakistan's Foreign Office", "China's foreign
// ministry"): the state's diplomatic body, an agency of its own that speaks where the phrase is
// a subject, not the state itself. The body is named by the country's adjective and keeps the
// possessive wording as an alias ("Russian embassy in Canberra", aka "Russia's embassy in
// Canberra"); a capitalised head the article already made a name of ("Foreign Office") takes the
// country into its name. Each wording is one actor however often the article repeats it.
func (x *Extractor) possessiveMissions(sents []sentence, ms []mention, ents []entity) ([]mention, []entity) {
	n := len(ms)
	made := map[string]int{} // lower-case name → entity
	for j := 0; j < n; j++ {
		o := ms[j]
		if o.How != mkName || !o.Possessive || o.Entity < 0 || o.Sent >= len(sents) || ents[o.Entity].Kind != schema.KindCountry {
			continue
		}
		toks := sents[o.Sent].Toks
		if o.Last >= len(toks) || !isPossMark(toks[o.Last].Text) {
			continue
		}
		first := o.Last + 1
		end, head := missionNoun(toks, first)
		if end < 0 {
			continue
		}
		place, to := x.missionPlace(toks, end, head)
		if head == "mission" && place == "" {
			continue // "Russia's mission in Syria", "the country's mission": no diplomatic post
		}
		words := joinTokens(toks[first:end])
		adj := x.countryAdjective(ents[o.Entity])
		name, alias := adj+" "+words, o.Text+"'s "+words
		if place != "" {
			name, alias = name+" "+place, alias+" "+place
		}
		if adj == "" {
			name = alias
		}
		if k, ok := nameAt(ms[:n], o.Sent, first); ok {
			// "Pakistan's Foreign Office": the name the article made of the head is this state's body
			if e := ms[k].Entity; e >= 0 && ms[k].Last == end && strings.EqualFold(ents[e].Name, words) {
				ents[e].Name, ents[e].Kind, ents[e].Country = name, schema.KindAgency, ents[o.Entity].Name
				ms[k].Text = alias
				made[strings.ToLower(name)] = e
			}
			continue
		}
		e, ok := made[strings.ToLower(name)]
		if !ok {
			e = len(ents)
			ents = append(ents, entity{Name: name, Kind: schema.KindAgency, Country: ents[o.Entity].Name, Conf: 0.6, Generic: true})
			made[strings.ToLower(name)] = e
		}
		ents[e].Mentions = append(ents[e].Mentions, len(ms))
		ms = append(ms, mention{Sent: o.Sent, First: first, Last: to, Start: o.Start, End: toks[to-1].End,
			Text: alias, How: mkDesc, Kind: schema.KindAgency, Conf: 0.6, Head: head, Country: ents[o.Entity].Name, Entity: e})
		ms = missionTakenUp(sents, ms, n, ents, o, e, head)
	}
	return ms, ents
}

// missionPosts marks the names that a state's diplomatic mission is posted to ("Iran's mission
// to the United Nations", "its permanent mission to the European Union"): a name right after
// "mission to" or "mission to the", whose entity is no country, is part of the mission's name
// (PostOf), and the body itself is an actor only where the article names it elsewhere.
func missionPosts(sents []sentence, ms []mention, ents []entity) {
	for i := range ms {
		m := &ms[i]
		if m.How != mkName || m.Sent >= len(sents) || m.Entity >= 0 && ents[m.Entity].Kind == schema.KindCountry {
			continue
		}
		toks := sents[m.Sent].Toks
		k := m.First - 1
		if k >= 0 && toks[k].Lower == "the" {
			k--
		}
		if k >= 1 && toks[k].Lower == "to" && toks[k-1].Lower == "mission" {
			m.PostOf = true
		}
	}
}

// missionReach is how many sentences after a state's mission is named a bare "the embassy" or
// "the mission" still refers to it.
const missionReach = 3

// missionTakenUp points to the mission e, named by the possessive phrase whose owner is o, what
// refers back to it in the sentences that follow (within missionReach): a bare "the <head>"
// ("the embassy", "the mission", "the ministry") that coref left to the owner or to no one, or
// that is no mention yet ("the mission said …"); and a pronoun subject opening the next sentence
// that coref gave the owner when the phrase opened its own ("Russia's embassy denied any link.
// It said …"). Mentions at n and after are the ones made since coref; ms is returned extended.
func missionTakenUp(sents []sentence, ms []mention, n int, ents []entity, o mention, e int, head string) []mention {
	owner := o.Entity
	for k := o.Sent + 1; k <= o.Sent+missionReach && k < len(sents); k++ {
		toks := sents[k].Toks
		covered := make([]bool, len(toks))
		for i := range ms {
			m := &ms[i]
			if m.Sent != k {
				continue
			}
			for t := m.First; t < m.Last && t < len(toks); t++ {
				covered[t] = true
			}
			if i >= n || m.Entity != owner && m.Entity >= 0 {
				continue
			}
			bare := m.How == mkDesc && m.Head == head && m.Last-m.First == 2
			subject := m.How == mkPronoun && m.Head == "it" && k == o.Sent+1 && o.First == 0 && openingSubject(toks, m.First)
			if !bare && !subject {
				continue
			}
			if m.Entity >= 0 {
				ents[m.Entity].Mentions = remove(ents[m.Entity].Mentions, i)
			}
			m.Entity = e
			ents[e].Mentions = append(ents[e].Mentions, i)
		}
		for t := 0; t+1 < len(toks); t++ {
			if covered[t] || covered[t+1] || toks[t].Lower != "the" || toks[t+1].Lower != head || t+2 < len(toks) && isNounTag(toks[t+2].Tag) {
				continue
			}
			ents[e].Mentions = append(ents[e].Mentions, len(ms))
			ms = append(ms, mention{Sent: k, First: t, Last: t + 2, Start: toks[t].Start, End: toks[t+1].End, Text: joinTokens(toks[t : t+2]),
				How: mkDesc, Kind: schema.KindAgency, Conf: 0.5, Head: head, Country: ents[e].Country, Entity: e})
		}
	}
	return ms
}

// openingSubject reports whether the token at i opens its clause's subject at the start of
// the sentence, after at most an opening phrase closed by a comma ("It said …", "In a post on
// social media, it said …").
func openingSubject(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	for k := i - 1; k >= 0; k-- {
		if toks[k].Text == "," {
			return k == i-1
		}
	}
	return false
}

// missionNoun reads a state's diplomatic body at toks[k] ("embassy", "consulate general",
// "mission", "high commission", "foreign ministry", "Foreign Office", "Ministry of Foreign
// Affairs") and returns the index after it and its head noun, or -1.
func missionNoun(toks []token, k int) (int, string) {
	word := func(i int, w string) bool { return i < len(toks) && toks[i].Lower == w }
	switch {
	case word(k, "embassy"):
		return k + 1, "embassy"
	case word(k, "consulate") && word(k+1, "general"):
		return k + 2, "consulate"
	case word(k, "consulate"):
		return k + 1, "consulate"
	case word(k, "mission"):
		return k + 1, "mission"
	case word(k, "permanent") && word(k+1, "mission"):
		return k + 2, "mission"
	case word(k, "high") && word(k+1, "commission"):
		return k + 2, "commission"
	case word(k, "foreign") && (word(k+1, "ministry") || word(k+1, "office")):
		return k + 2, toks[k+1].Lower
	case word(k, "ministry") && word(k+1, "of") && word(k+2, "foreign") && word(k+3, "affairs"):
		return k + 4, "ministry"
	}
	return -1, ""
}

// missionPlace returns the post a mission noun ending before toks[k] is placed at, with the index
// after it: "in <city>" for an embassy, consulate or high commission ("in Canberra"), "to
// <body>" for a mission ("to the United Nations"); "" and k when none follows. The place is a
// run of capitalised proper nouns, none a calendar word ("the embassy in March").
func (x *Extractor) missionPlace(toks []token, k int, head string) (string, int) {
	if k+1 >= len(toks) {
		return "", k
	}
	prep := toks[k].Lower
	switch {
	case prep == "in" && (head == "embassy" || head == "consulate" || head == "commission"):
	case prep == "to" && head == "mission":
	default:
		return "", k
	}
	from := k + 1
	if toks[from].Lower == "the" {
		from++
	}
	to := from
	for to < len(toks) && isCap(toks[to].Text) && strings.HasPrefix(toks[to].Tag, "NNP") && !x.cue.tokIs("calendar", &toks[to]) {
		to++
	}
	if to == from {
		return "", k
	}
	return joinTokens(toks[k:to]), to
}

// countryAdjective returns the adjective of the country entity e ("Russian"), or "" when the
// gazetteer gives it none.
func (x *Extractor) countryAdjective(e entity) string {
	en := e.Entry
	if en == nil {
		en, _ = x.gaz.Country(e.Name)
	}
	if en == nil {
		return ""
	}
	return x.gaz.Adjective(en)
}

// nameAt returns the index of the named mention among ms that starts at token first of
// sentence sent.
func nameAt(ms []mention, sent, first int) (int, bool) {
	for k, m := range ms {
		if m.Sent == sent && m.First == first {
			return k, true
		}
	}
	return -1, false
}
