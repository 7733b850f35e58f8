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
// different cities keeps its name, as does one named only by its possessor ("China's embassy
// in Manila": the state acts) or by no state at all ("the embassy in Oslo").
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
// Embassy", "Russian embassy"), and no place given yet.
func missionName(name string) bool {
	f := strings.Fields(name)
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
// there, none of them a calendar word ("the embassy in March").
func (x *Extractor) missionCity(sents []sentence, m mention) string {
	if m.Sent >= len(sents) {
		return ""
	}
	toks := sents[m.Sent].Toks
	if m.Last <= m.First || !missionHeads[toks[m.Last-1].Lower] || m.Last+1 >= len(toks) || toks[m.Last].Lower != "in" {
		return ""
	}
	var words []string
	for k := m.Last + 1; k < len(toks); k++ {
		t := &toks[k]
		if !isCap(t.Text) || !strings.HasPrefix(t.Tag, "NNP") || x.cue.tokIs("calendar", t) {
			break
		}
		words = append(words, t.Text)
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
