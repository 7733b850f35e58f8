package extract

import (
	"strings"

	"github.com/intelgraph/intelgraph/schema"
)

// agencyHead lists the head nouns of a state body that a possessive description can name:
// "Dorsk's cyber agency", "Valdoria's security service".
var agencyHead = map[string]bool{"agency": true, "bureau": true, "service": true, "authority": true,
	"directorate": true, "office": true, "watchdog": true, "regulator": true, "ministry": true, "department": true}

// possessiveAgencies makes a described actor of "<Name>'s <modifiers> <agency noun>" when a
// later definite description with the same head ("the agency") refers back to it: an agency
// named "cyber agency of Dorsk", owned by the name's entity, which the description now joins.
// The phrase is a mention of its own (its tokens after the possessive), so the owner keeps
// its name.
func (x *Extractor) possessiveAgencies(sents []sentence, ms []mention, ents []entity) ([]mention, []entity) {
	n := len(ms)
	made := map[[3]int]int{} // (sentence, head token) → entity
	for i := 0; i < n; i++ {
		d := ms[i]
		if d.How != mkDesc || !agencyHead[d.Head] || d.Last-d.First != 2 {
			continue // only the bare "the agency": a fuller description says more than the phrase
		}
		// the nearest possessive phrase with the same head in this or the 3 sentences before
		var best [3]int
		found := false
		for j := n - 1; j >= 0; j-- {
			o := ms[j]
			if o.How != mkName || !o.Possessive || o.Entity < 0 || o.Sent > d.Sent || d.Sent-o.Sent > 3 ||
				o.Sent == d.Sent && o.Last > d.First || o.Sent >= len(sents) {
				continue
			}
			if ents[o.Entity].Kind == schema.KindPerson {
				continue
			}
			toks := sents[o.Sent].Toks
			h := possessedHead(toks, o.Last, d.Head, false)
			if h < 0 {
				continue
			}
			if found && (o.Sent < best[0] || o.Sent == best[0] && h < best[1]) {
				continue
			}
			best, found = [3]int{o.Sent, h, j}, true
		}
		if !found {
			continue
		}
		o := ms[best[2]]
		// a compatible actor named between the phrase and the description is the nearer antecedent
		if d.Entity >= 0 {
			nearer := false
			for _, mi := range ents[d.Entity].Mentions {
				if mi != i && mi < n && (ms[mi].Sent > best[0] || ms[mi].Sent == best[0] && ms[mi].First > best[1]) &&
					(ms[mi].Sent < d.Sent || ms[mi].Sent == d.Sent && ms[mi].First < d.First) {
					nearer = true
				}
			}
			if nearer {
				continue
			}
		}
		e, ok := made[best]
		if !ok {
			// an agency of that owner the article names ("Morvania's defence ministry" … "the
			// Morvanian Ministry of Defence") is the one meant
			e, ok = namedAgency(ents, o.Entity, d.Head, joinTokens(sents[o.Sent].Toks[o.Last+1:best[1]]))
		}
		if !ok {
			// "Europol, the European Union's police agency, said": the phrase in apposition
			// describes the body named right before it
			e, ok = apposedBody(sents[o.Sent].Toks, ms[:n], ents, o, best[1])
		}
		if !ok {
			toks := sents[o.Sent].Toks
			first := o.Last + 1 // after the 's
			mods := joinTokens(toks[first : best[1]+1])
			e = len(ents)
			ents = append(ents, entity{Name: mods + " of " + ents[o.Entity].Name, Kind: schema.KindAgency,
				Conf: 0.6, Generic: true, Owner: o.Entity + 1})
			made[best] = e
			if ents[o.Entity].Conf < 0.6 {
				ents[o.Entity].Conf = 0.6 // named once, but taken up again through its agency
			}
			ents[e].Mentions = append(ents[e].Mentions, len(ms))
			ms = append(ms, mention{Sent: o.Sent, First: first, Last: best[1] + 1, Start: o.Start, End: toks[best[1]].End,
				Text: o.Text + "'s " + mods, How: mkDesc, Kind: schema.KindAgency, Conf: 0.6, Head: d.Head, Entity: e})
		}
		if d.Entity >= 0 {
			ents[d.Entity].Mentions = remove(ents[d.Entity].Mentions, i)
		}
		ms[i].Entity = e
		ents[e].Mentions = append(ents[e].Mentions, i)
	}
	// "Kestria's domestic intelligence service said …" with "the Kestrian Security Service"
	// named in the article: the possessive phrase names that agency, even when no bare
	// description takes it up later
	for j := 0; j < n; j++ {
		o := ms[j]
		if o.How != mkName || !o.Possessive || o.Entity < 0 || o.Sent >= len(sents) || ents[o.Entity].Kind != schema.KindCountry {
			continue
		}
		toks := sents[o.Sent].Toks
		h := -1
		for k := o.Last + 1; k < len(toks) && k <= o.Last+3; k++ {
			if agencyHead[toks[k].Lower] {
				h = possessedHead(toks, o.Last, toks[k].Lower, true)
				break
			}
		}
		if h < 0 {
			continue
		}
		if _, done := made[[3]int{o.Sent, h, j}]; done {
			continue
		}
		taken := false
		for _, m := range ms[n:] {
			taken = taken || m.Sent == o.Sent && m.First == o.Last+1
		}
		e, ok := namedAgency(ents, o.Entity, toks[h].Lower, joinTokens(toks[o.Last+1:h]))
		if !ok {
			e, ok = namedIntelAgency(ents, o.Entity, toks[o.Last+1:h+1])
			if ok {
				for _, mi := range ents[e].Mentions {
					if mi < n && ms[mi].Sent == o.Sent {
						ok = false // "a unit of Russia's military intelligence agency, the GRU,": named right there
						break
					}
				}
			}
		}
		if taken || !ok {
			continue
		}
		first := o.Last + 1
		ents[e].Mentions = append(ents[e].Mentions, len(ms))
		ms = append(ms, mention{Sent: o.Sent, First: first, Last: h + 1, Start: o.Start, End: toks[h].End,
			Text: o.Text + "'s " + joinTokens(toks[first:h+1]), How: mkDesc, Kind: schema.KindAgency, Conf: 0.6, Head: toks[h].Lower, Entity: e})
	}
	return ms, ents
}

// possessedHead returns the index of head after the possessive marker at toks[at], with at
// most two lower-case modifiers between ("'s cyber agency"), a plural among them when plural
// holds ("'s signals intelligence agency": a body the article names, not one to make), or -1.
func possessedHead(toks []token, at int, head string, plural bool) int {
	if at >= len(toks) || !isPossMark(toks[at].Text) {
		return -1
	}
	for k := at + 1; k < len(toks) && k <= at+3; k++ {
		t := toks[k]
		if t.Lower == head {
			if k+1 < len(toks) && isNounTag(toks[k+1].Tag) {
				return -1 // "Dorsk's agency chief": the head is further on
			}
			if isCap(t.Text) && k+2 < len(toks) && (toks[k+1].Lower == "of" || toks[k+1].Lower == "for") && isCap(toks[k+2].Text) {
				return -1 // "Dorsk's Ministry of Foreign Affairs": the head opens a name of its own
			}
			return k
		}
		if isCap(t.Text) || !(t.Tag == "JJ" || t.Tag == "NN" || plural && t.Tag == "NNS" || t.Tag == "VBN") || strings.ContainsAny(t.Text, "0123456789") {
			return -1
		}
	}
	return -1
}

// bareMinistry reports whether description d is a bare "the foreign ministry" or "the
// ministry" with no state of its own ("the health ministry of neighbouring Ostreva" has one).
func bareMinistry(sents []sentence, d mention) bool {
	if d.How != mkDesc || d.Head != "ministry" || d.Country != "" || d.Sent >= len(sents) {
		return false
	}
	if f := strings.Fields(d.Text); len(f) < 2 || len(f) > 3 || !strings.EqualFold(f[0], "the") {
		return false
	}
	toks := sents[d.Sent].Toks
	return d.Last >= len(toks) || toks[d.Last].Lower != "of" && toks[d.Last].Lower != "in"
}

// remove returns xs without v, reusing its backing array.
func remove(xs []int, v int) []int {
	out := xs[:0]
	for _, x := range xs {
		if x != v {
			out = append(out, x)
		}
	}
	return out
}

// ownersAct adds to an event the owner of a described agent ("Dorsk's cyber agency" acts for
// Dorsk).
func ownersAct(ents []entity, evs []rawEvent) {
	for k := range evs {
		ev := &evs[k]
		for _, a := range ev.Agent {
			if a < 0 || a >= len(ents) || ents[a].Owner == 0 {
				continue
			}
			if o := ents[a].Owner - 1; !contains(ev.Agent, o) && !contains(ev.Target, o) {
				ev.Agent = append(ev.Agent, o)
			}
			break
		}
		for _, a := range ev.Source {
			if a < 0 || a >= len(ents) || ents[a].Owner == 0 {
				continue
			}
			if o := ents[a].Owner - 1; !contains(ev.Source, o) && !contains(ev.Agent, o) && !contains(ev.Target, o) {
				ev.Source = append(ev.Source, o)
			}
			break
		}
	}
}

// namedAgency returns a named agency of the owner's country whose name has the head noun and
// the field words of the possessive phrase's modifiers mods (fieldsAgree).
func namedAgency(ents []entity, owner int, head, mods string) (int, bool) {
	for k, e := range ents {
		if !ownAgency(ents, owner, k) {
			continue
		}
		if !fieldsAgree(mods, e.Name) {
			continue // "China's foreign ministry": not the Ministry of State Security
		}
		for _, w := range strings.Fields(strings.ToLower(e.Name)) {
			if w == head {
				return k, true
			}
		}
	}
	return -1, false
}

// spyHead lists the head nouns an intelligence body is described by ("Russia's military
// intelligence service", "Morvania's intelligence agency"), and spyWord the words in the name of
// such a body ("Main Intelligence Directorate", "Morvanian Security Directorate").
var (
	spyHead = map[string]bool{"service": true, "agency": true, "directorate": true, "bureau": true}
	spyWord = map[string]bool{"intelligence": true, "security": true, "counterintelligence": true, "counter-intelligence": true}
)

// namedIntelAgency returns the one named agency of the owner's country that is an intelligence
// body when the possessed words describe one ("Russia's military intelligence service" with
// "the GRU" named in the article: the Main Intelligence Directorate, whose name has another
// head), or whose name holds a describing word of the phrase ("Norland's signals intelligence
// agency": the Norland Signals Directorate); none when the article names two such bodies of that
// country.
func namedIntelAgency(ents []entity, owner int, words []token) (int, bool) {
	if len(words) < 2 || !spyHead[words[len(words)-1].Lower] {
		return -1, false
	}
	spy := false
	mods := map[string]bool{} // the describing words besides the intelligence word ("signals")
	for _, w := range words[:len(words)-1] {
		if spyWord[w.Lower] {
			spy = true
		} else {
			mods[w.Lower] = true
		}
	}
	if !spy {
		return -1, false
	}
	// a body whose name holds a describing word ("Australia's signals intelligence agency": the
	// Australian Signals Directorate, not the Security Intelligence Organisation), else any
	// intelligence body
	if k, ok := ownIntelBody(ents, owner, mods); ok {
		return k, true
	}
	return ownIntelBody(ents, owner, spyWord)
}

// ownIntelBody returns the one named agency of the owner's country whose name holds one of the
// words; none when two do.
func ownIntelBody(ents []entity, owner int, words map[string]bool) (int, bool) {
	found := -1
	for k, e := range ents {
		if !ownAgency(ents, owner, k) {
			continue
		}
		holds := false
		for _, w := range strings.Fields(strings.ToLower(e.Name)) {
			holds = holds || words[w]
		}
		if !holds {
			continue
		}
		if found >= 0 {
			return -1, false // two such bodies of that country: which one is not said
		}
		found = k
	}
	return found, found >= 0
}

// ownAgency reports whether entity k is a named agency of the owner's country: its country is
// the owner, or its name opens with the owner's name or demonym (sameNation).
func ownAgency(ents []entity, owner, k int) bool {
	e, on := ents[k], ents[owner].Name
	return k != owner && !e.Generic && e.Kind == schema.KindAgency && (e.Country != "" && e.Country == on || sameNation(e.Name, on))
}

// sameNation reports whether name opens with the owner's name or a demonym built on it
// ("Morvanian Ministry of Defence" for Morvania).
func sameNation(name, owner string) bool {
	if len(owner) < 4 {
		return false
	}
	stem := strings.ToLower(owner[:len(owner)-1])
	first, _, _ := strings.Cut(strings.ToLower(name), " ")
	return strings.HasPrefix(first, stem)
}

// countryOwns gives an agency's name right after a country's possessive ("Indonesia's National
// Police", "Kuwait's National Cyber Security Center") that country, when nothing else gave it
// one: a description of another nationality does not take it up, and another country's agency
// of the same name is another actor.
func countryOwns(c, n *mention) {
	if !c.OwnsNext || c.How != mkName || c.Kind != schema.KindCountry || c.Country == "" {
		return
	}
	if n.How == mkName && n.Kind == schema.KindAgency && n.Country == "" && n.Entry == nil && n.First-c.Last == 1 {
		n.Country, n.Owner = c.Country, c.Text
	}
}

// apposedBody returns the entity of an agency or organisation named right before the
// possessive phrase o … head when the phrase stands in apposition to it ("Europol, the
// European Union's police agency, said"): a comma, perhaps with "the", before the owner, a comma, a
// full stop or a bracket after the head.
// The name may also follow the phrase between commas ("France's data protection regulator,
// the CNIL, fined X"; bodyAfter).
func apposedBody(toks []token, ms []mention, ents []entity, o mention, head int) (int, bool) {
	if e, ok := bodyAfter(toks, ms, ents, o, head); ok {
		return e, true
	}
	c := o.First - 1 // the comma: "X, Norland's cyber agency," or "X, the European Union's …"
	if c >= 1 && toks[c].Lower == "the" {
		c--
	}
	if c < 1 || head+1 >= len(toks) || toks[c].Text != "," {
		return -1, false
	}
	if next := toks[head+1].Text; next != "," && next != "." && next != "(" {
		return -1, false
	}
	for _, m := range ms {
		if m.Sent != o.Sent || m.How != mkName || m.Last != c || m.Entity < 0 || m.Entity >= len(ents) {
			continue
		}
		if k := ents[m.Entity].Kind; k == schema.KindAgency || k == schema.KindOrganization {
			return m.Entity, true
		}
	}
	return -1, false
}

// bodyAfter returns the entity of an agency or organisation named right after the possessive
// phrase o … head, set off by a comma and perhaps "the", and closed by a comma or a full stop:
// "France's data protection regulator, the CNIL, said".
func bodyAfter(toks []token, ms []mention, ents []entity, o mention, head int) (int, bool) {
	a := head + 1
	if a >= len(toks) || toks[a].Text != "," {
		return -1, false
	}
	a++
	if a < len(toks) && toks[a].Lower == "the" {
		a++
	}
	for _, m := range ms {
		if m.Sent != o.Sent || m.How != mkName || m.First != a || m.Last >= len(toks) || m.Entity < 0 || m.Entity >= len(ents) {
			continue
		}
		if t := toks[m.Last].Text; t != "," && t != "." {
			continue
		}
		if k := ents[m.Entity].Kind; k == schema.KindAgency || k == schema.KindOrganization {
			return m.Entity, true
		}
	}
	return -1, false
}
