package graph

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/intelgraph/intelgraph/schema"
)

// Build merges document graphs, in the order given, into one graph: actors that are the same
// real-world actor become one node, the same event reported by several documents becomes one
// event with evidence from each. A later graph for a document id already seen replaces the
// earlier one. Build is deterministic: the same inputs in the same order give the same graph.
func Build(docs []*Graph) *Graph {
	latest := map[string]int{}
	for i, d := range docs {
		for _, doc := range d.Documents {
			latest[doc.ID] = i
		}
	}
	b := newBuilder()
	for i, d := range docs {
		if len(d.Documents) > 0 && latest[d.Documents[0].ID] != i {
			continue // replaced by a later version of the same document
		}
		b.add(d)
	}
	return b.finish()
}

// builder accumulates merged actors, events and relations.
type builder struct {
	g        *Graph
	actorIdx map[string]int      // actor id → index in g.Actors
	nameIdx  map[string][]string // normalised proper name → actor ids having it
	relIdx   map[string]int      // relation key → index in g.Relations
}

func newBuilder() *builder {
	return &builder{g: &Graph{}, actorIdx: map[string]int{}, nameIdx: map[string][]string{}, relIdx: map[string]int{}}
}

// add merges one document graph.
func (b *builder) add(d *Graph) {
	b.g.Documents = append(b.g.Documents, d.Documents...)
	idMap := map[string]string{}
	used := map[string]bool{} // merged actors this document already maps to
	for _, a := range d.Actors {
		id := b.addActor(a, used)
		idMap[a.ID] = id
		used[id] = true
	}
	mapID := func(id string) string {
		if m, ok := idMap[id]; ok {
			return m
		}
		return id
	}
	for _, e := range d.Events {
		e.Participants = append([]Participant(nil), e.Participants...)
		for i := range e.Participants {
			e.Participants[i].Actor = mapID(e.Participants[i].Actor)
		}
		e.Participants = dedupParticipants(e.Participants)
		e.Evidence = append([]Evidence(nil), e.Evidence...)
		b.addEvent(e)
	}
	for _, r := range d.Relations {
		r.Source, r.Target = mapID(r.Source), mapID(r.Target)
		r.Evidence = append([]Evidence(nil), r.Evidence...)
		b.addRelation(r)
	}
}

// addActor merges a into an existing actor when the evidence is conclusive, else adds it;
// it returns the id a has in the merged graph.
// Actors in used are already taken by another actor of the same document, which the extractor
// judged different, so they are not candidates.
func (b *builder) addActor(a Actor, used map[string]bool) string {
	target := ""
	if _, ok := b.actorIdx[a.ID]; ok && !used[a.ID] {
		target = a.ID
	} else {
		cands := map[string]bool{}
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			k := NormalizeName(n)
			if k == "" || !IsProperName(n) {
				continue
			}
			for _, id := range b.nameIdx[k] {
				if !used[id] && b.g.Actors[b.actorIdx[id]].Kind == a.Kind {
					cands[id] = true
				}
			}
		}
		if len(cands) == 1 {
			for id := range cands {
				target = id
			}
		}
	}
	if target == "" {
		if _, taken := b.actorIdx[a.ID]; taken {
			a.ID = b.freeID(a.ID)
		}
		a.Aliases = append([]string(nil), a.Aliases...)
		a.Mentions = append([]Mention(nil), a.Mentions...)
		b.actorIdx[a.ID] = len(b.g.Actors)
		b.g.Actors = append(b.g.Actors, a)
		b.indexNames(a.ID, append([]string{a.Name}, a.Aliases...))
		return a.ID
	}
	dst := &b.g.Actors[b.actorIdx[target]]
	names := append([]string{a.Name}, a.Aliases...)
	for _, n := range names {
		if n != dst.Name && !contains(dst.Aliases, n) {
			dst.Aliases = append(dst.Aliases, n)
		}
	}
	dst.Mentions = append(dst.Mentions, a.Mentions...)
	if a.Confidence > dst.Confidence {
		dst.Confidence = a.Confidence
	}
	b.indexNames(target, names)
	return target
}

// freeID returns id with the smallest numeric suffix not yet taken.
func (b *builder) freeID(id string) string {
	for n := 2; ; n++ {
		c := fmt.Sprintf("%s-%d", id, n)
		if _, taken := b.actorIdx[c]; !taken {
			return c
		}
	}
}

func (b *builder) indexNames(id string, names []string) {
	for _, n := range names {
		k := NormalizeName(n)
		if k == "" || !IsProperName(n) || contains(b.nameIdx[k], id) {
			continue
		}
		b.nameIdx[k] = append(b.nameIdx[k], id)
	}
}

// addEvent merges e into an earlier event of another document that reports the same thing
// (same type, compatible participants and time), else adds it.
func (b *builder) addEvent(e Event) {
	for i := range b.g.Events {
		x := &b.g.Events[i]
		if !sameEvent(x, &e) {
			continue
		}
		x.Evidence = append(x.Evidence, e.Evidence...)
		for _, p := range e.Participants {
			if !containsParticipant(x.Participants, p) {
				x.Participants = append(x.Participants, p)
			}
		}
		if !x.Time.Known() || (e.Time.Known() && len(e.Time.Value) > len(x.Time.Value)) {
			x.Time = e.Time
		}
		if e.Confidence > x.Confidence {
			x.Confidence = e.Confidence
		}
		return
	}
	b.g.Events = append(b.g.Events, e)
}

// sameEvent reports whether two events from different documents are one real event.
func sameEvent(x, e *Event) bool {
	if x.Type != e.Type || x.Negated != e.Negated || x.Modality != e.Modality {
		return false
	}
	if sharesDocument(x.Evidence, e.Evidence) {
		return false // the extractor already merged what one document says twice
	}
	if !CompatibleTimes(x.Time.Value, e.Time.Value) {
		return false
	}
	xa, xt := roleSet(x, schema.RoleAgent), roleSet(x, schema.RoleTarget)
	ea, et := roleSet(e, schema.RoleAgent), roleSet(e, schema.RoleTarget)
	if len(xa) == 0 || len(ea) == 0 || !intersects(xa, ea) {
		return false
	}
	if len(xt) > 0 && len(et) > 0 && !intersects(xt, et) {
		return false
	}
	return len(xt) > 0 && len(et) > 0 || x.Time.Known() && e.Time.Known()
}

// CompatibleTimes reports whether two ISO values at any precision can denote the same period:
// "2014" fits "2014-06", "2015" does not fit "2014"; an unknown value fits anything.
func CompatibleTimes(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

func (b *builder) addRelation(r Relation) {
	k := r.Source + "\x00" + r.Type + "\x00" + r.Target
	if i, ok := b.relIdx[k]; ok {
		x := &b.g.Relations[i]
		x.Evidence = append(x.Evidence, r.Evidence...)
		if r.Confidence > x.Confidence {
			x.Confidence = r.Confidence
		}
		return
	}
	b.relIdx[k] = len(b.g.Relations)
	b.g.Relations = append(b.g.Relations, r)
}

// finish puts everything into canonical order.
func (b *builder) finish() *Graph {
	b.g.Canonicalize()
	return b.g
}

// Canonicalize puts a graph into the one order every store reproduces: documents, actors and
// events by id, relations by source, type and target; within them aliases alphabetically,
// mentions and evidence by document, sentence and offset, participants by role and actor.
// Two graphs with the same content are then equal, and their JSON forms byte-identical.
func (g *Graph) Canonicalize() {
	sort.SliceStable(g.Documents, func(i, j int) bool { return g.Documents[i].ID < g.Documents[j].ID })
	sort.SliceStable(g.Actors, func(i, j int) bool { return g.Actors[i].ID < g.Actors[j].ID })
	for i := range g.Actors {
		a := &g.Actors[i]
		sort.Strings(a.Aliases)
		sort.SliceStable(a.Mentions, func(i, j int) bool {
			x, y := a.Mentions[i], a.Mentions[j]
			if x.Document != y.Document {
				return x.Document < y.Document
			}
			if x.Sentence != y.Sentence {
				return x.Sentence < y.Sentence
			}
			return x.Start < y.Start
		})
	}
	sort.SliceStable(g.Events, func(i, j int) bool { return g.Events[i].ID < g.Events[j].ID })
	for i := range g.Events {
		e := &g.Events[i]
		sortEvidence(e.Evidence)
		sort.SliceStable(e.Participants, func(i, j int) bool {
			x, y := e.Participants[i], e.Participants[j]
			if x.Role != y.Role {
				return roleRank(x.Role) < roleRank(y.Role)
			}
			return x.Actor < y.Actor
		})
	}
	for i := range g.Relations {
		sortEvidence(g.Relations[i].Evidence)
	}
	sort.SliceStable(g.Relations, func(i, j int) bool {
		a, c := g.Relations[i], g.Relations[j]
		if a.Source != c.Source {
			return a.Source < c.Source
		}
		if a.Type != c.Type {
			return a.Type < c.Type
		}
		return a.Target < c.Target
	})
	g.Normalize()
}

func roleRank(r schema.Role) int {
	for i, x := range schema.Roles {
		if x == r {
			return i
		}
	}
	return len(schema.Roles)
}

func sortEvidence(ev []Evidence) {
	sort.SliceStable(ev, func(i, j int) bool {
		if ev[i].Document != ev[j].Document {
			return ev[i].Document < ev[j].Document
		}
		if ev[i].Sentence != ev[j].Sentence {
			return ev[i].Sentence < ev[j].Sentence
		}
		return ev[i].Start < ev[j].Start
	})
}

var nonAlnum = regexp.MustCompile(`[^a-z0-9 ]+`)

// NormalizeName is the key names are compared by: lower case, possessive 's, punctuation and
// a leading the/a/an dropped, spaces collapsed. "The New York Times'" → "new york times".
func NormalizeName(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	s = strings.ReplaceAll(s, "'s ", " ")
	s = strings.TrimSuffix(s, "'s")
	s = nonAlnum.ReplaceAllString(s, " ")
	s = strings.Join(strings.Fields(s), " ")
	for _, art := range []string{"the ", "a ", "an "} {
		s = strings.TrimPrefix(s, art)
	}
	return s
}

var smallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true,
	"del": true, "al": true, "in": true, "on": true, "a": true, "an": true, "&": true}

// IsProperName reports whether every word but small ones starts with a capital letter or a
// digit ("Kaspersky Lab", "US Justice Department"); "the company" is a description.
func IsProperName(name string) bool {
	content := 0
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
		if smallWords[strings.ToLower(w)] {
			continue
		}
		content++
		r := []rune(w)[0]
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return content > 0
}

func roleSet(e *Event, role schema.Role) map[string]bool {
	s := map[string]bool{}
	for _, p := range e.Participants {
		if p.Role == role {
			s[p.Actor] = true
		}
	}
	return s
}

func intersects(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

func sharesDocument(a, b []Evidence) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Document == y.Document {
				return true
			}
		}
	}
	return false
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func containsParticipant(ps []Participant, p Participant) bool {
	for _, x := range ps {
		if x == p {
			return true
		}
	}
	return false
}

func dedupParticipants(ps []Participant) []Participant {
	out := ps[:0]
	for _, p := range ps {
		if !containsParticipant(out, p) {
			out = append(out, p)
		}
	}
	return out
}
