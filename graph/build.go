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
// real-world actor become one node (see resolver), the same event reported by several
// documents becomes one event with evidence from each, and the analyst's decisions are
// applied. A later graph for a document id already seen replaces the earlier one. Build is
// deterministic: the same inputs in the same order give the same graph.
func Build(docs []*Graph, decisions ...Decision) *Graph {
	latest := map[string]int{}
	for i, d := range docs {
		for _, doc := range d.Documents {
			latest[doc.ID] = i
		}
	}
	var kept []*Graph
	for i, d := range docs {
		if len(d.Documents) > 0 && latest[d.Documents[0].ID] != i {
			continue // replaced by a later version of the same document
		}
		kept = append(kept, d)
	}
	r := newResolver(kept, decisions)
	ids, reps, possible := r.clusters()
	b := &builder{g: &Graph{}, actorIdx: map[string]int{}, relIdx: map[string]int{}, eventsBy: map[eventKey][]int{}}
	k := 0
	for _, d := range kept {
		idMap := map[string]string{}
		for j := range d.Actors {
			idMap[d.Actors[j].ID] = ids[k]
			b.addActor(ids[k], r.actor(reps[ids[k]]), d.Actors[j])
			k++
		}
		b.add(d, idMap)
	}
	for _, p := range possible {
		b.addRelation(p)
	}
	return b.finish()
}

// builder accumulates merged actors, events and relations.
type builder struct {
	g        *Graph
	actorIdx map[string]int // actor id → index in g.Actors
	relIdx   map[string]int // relation key → index in g.Relations
	// eventsBy indexes events by type and agent or target, the only events a new one can join.
	eventsBy map[eventKey][]int
}

// eventKey is an event type and one of its agents or targets.
type eventKey struct {
	typ   schema.EventType
	actor string
}

// add merges one document graph's events and relations, its actors already mapped by idMap.
func (b *builder) add(d *Graph, idMap map[string]string) {
	b.g.Documents = append(b.g.Documents, d.Documents...)
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
		if r.Source == r.Target {
			continue // two names of one actor, joined by resolution
		}
		r.Evidence = append([]Evidence(nil), r.Evidence...)
		b.addRelation(r)
	}
}

// addActor adds a document's actor a to the merged actor id, named after rep.
func (b *builder) addActor(id string, rep *Actor, a Actor) {
	i, ok := b.actorIdx[id]
	if !ok {
		b.actorIdx[id] = len(b.g.Actors)
		b.g.Actors = append(b.g.Actors, Actor{ID: id, Name: rep.Name, Kind: rep.Kind})
		i = len(b.g.Actors) - 1
	}
	dst := &b.g.Actors[i]
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if n != dst.Name && !contains(dst.Aliases, n) {
			dst.Aliases = append(dst.Aliases, n)
		}
	}
	dst.Mentions = append(dst.Mentions, a.Mentions...)
	if a.Confidence > dst.Confidence {
		dst.Confidence = a.Confidence
	}
}

// addEvent merges e into the earlier event of another document that best matches it (same
// type, compatible participants and time), else adds it.
func (b *builder) addEvent(e Event) {
	best, bestScore := -1, 0
	seen := map[int]bool{}
	for _, p := range e.Participants {
		if p.Role != schema.RoleAgent && p.Role != schema.RoleTarget {
			continue
		}
		for _, i := range b.candidates(e.Type, p.Actor) {
			if seen[i] {
				continue
			}
			seen[i] = true
			if s := sameEventScore(&b.g.Events[i], &e); s > bestScore || (s == bestScore && s > 0 && i < best) {
				best, bestScore = i, s
			}
		}
	}
	if best < 0 {
		b.g.Events = append(b.g.Events, e)
		b.indexEvent(len(b.g.Events)-1, e.Participants)
		return
	}
	b.indexEvent(best, e.Participants)
	x := &b.g.Events[best]
	if typeRank(e.Type) < typeRank(x.Type) {
		x.Type = e.Type // one outlet's hack is another's espionage: keep the more specific act
		b.indexEvent(best, x.Participants)
	}
	x.Evidence = append(x.Evidence, e.Evidence...)
	for _, p := range e.Participants {
		if !containsParticipant(x.Participants, p) {
			x.Participants = append(x.Participants, p)
		}
	}
	switch {
	case !x.Time.Known() || (e.Time.Known() && CompatibleTimes(x.Time.Value, e.Time.Value) && len(e.Time.Value) > len(x.Time.Value)):
		x.Time = e.Time // a refinement: "2014" becomes "2014-06"
	case e.Time.Known() && !CompatibleTimes(x.Time.Value, e.Time.Value) && !contains(x.AlsoDated, e.Time.Value):
		x.AlsoDated = append(x.AlsoDated, e.Time.Value) // the sources disagree
		sort.Strings(x.AlsoDated)
	}
	if e.Confidence > x.Confidence {
		x.Confidence = e.Confidence
	}
}

// sameDeed are event types that different outlets use for one deed: breaking into a network,
// spying through it, and the "cyberattack" that headlines call either. Reports of them join
// when agent and target are both shared.
var sameDeed = map[schema.EventType]bool{schema.EventIntrusion: true, schema.EventEspionage: true, schema.EventAttack: true}

// candidates lists the events of type t, or of a type naming the same deed, that have actor as
// agent or target.
func (b *builder) candidates(t schema.EventType, actor string) []int {
	if !sameDeed[t] {
		return b.eventsBy[eventKey{t, actor}]
	}
	var out []int
	for _, u := range schema.EventTypes {
		if sameDeed[u] {
			out = append(out, b.eventsBy[eventKey{u, actor}]...)
		}
	}
	sort.Ints(out)
	return out
}

// typeRank is a type's place in schema.EventTypes.
func typeRank(t schema.EventType) int {
	for i, x := range schema.EventTypes {
		if x == t {
			return i
		}
	}
	return len(schema.EventTypes)
}

// indexEvent files event i under its type and each of the given agents and targets.
func (b *builder) indexEvent(i int, ps []Participant) {
	typ := b.g.Events[i].Type
	for _, p := range ps {
		if p.Role != schema.RoleAgent && p.Role != schema.RoleTarget {
			continue
		}
		k := eventKey{typ, p.Actor}
		if l := b.eventsBy[k]; len(l) == 0 || l[len(l)-1] != i {
			b.eventsBy[k] = append(l, i)
		}
	}
}

// sameEventScore is how well two events from different documents match as one real event,
// 0 when they are not one. They must have the same negation and modality; the same type, or
// two names of one deed (sameDeed) with both parties shared; times that can be the same period,
// or years at most one apart with both parties shared; no conflicting agent or target; and
// either both agent and target shared, or one of them shared and both events dated (or the
// same type and one of them dated; two names of one deed need the same month or day). Shared
// roles and equal times raise the score.
func sameEventScore(x, e *Event) int {
	if x.Negated != e.Negated || x.Modality != e.Modality {
		return 0
	}
	if x.Type != e.Type && !(sameDeed[x.Type] && sameDeed[e.Type]) {
		return 0
	}
	if sharesDocument(x.Evidence, e.Evidence) {
		return 0 // the extractor already merged what one document says twice
	}
	xa, xt := roleSet(x, schema.RoleAgent), roleSet(x, schema.RoleTarget)
	ea, et := roleSet(e, schema.RoleAgent), roleSet(e, schema.RoleTarget)
	sharedAgent, sharedTarget := intersects(xa, ea), intersects(xt, et)
	if !CompatibleTimes(x.Time.Value, e.Time.Value) {
		// sources often date one incident a year apart (the breach, its discovery): with both
		// parties the same, a year's difference is tolerated
		if !(sharedAgent && sharedTarget && yearsApart(x.Time.Value, e.Time.Value) <= 1) {
			return 0
		}
	}
	if (len(xa) > 0 && len(ea) > 0 && !sharedAgent) || (len(xt) > 0 && len(et) > 0 && !sharedTarget) {
		return 0
	}
	dated := x.Time.Known() && e.Time.Known()
	// one party shared: both reports dated, or the same type with one dated (the undated one
	// then takes its date: "Acme was breached in March" … "Grey Heron hacked Acme")
	oneDated := x.Type == e.Type && (x.Time.Known() || e.Time.Known())
	if !(sharedAgent && sharedTarget) && !((sharedAgent || sharedTarget) && (dated || oneDated)) {
		return 0
	}
	if x.Type != e.Type && !(sharedAgent && sharedTarget) && !(dated && x.Time.Value == e.Time.Value && len(x.Time.Value) >= len("2006-01")) {
		return 0 // two names of one deed with one party shared: only on the same month or day
	}
	score := 1
	if sharedAgent {
		score += 2
	}
	if sharedTarget {
		score += 2
	}
	if dated && x.Time.Value == e.Time.Value {
		score++
	}
	return score
}

// yearsApart is how many years lie between two ISO values' years (a large number when either
// has none).
func yearsApart(a, b string) int {
	if len(a) < 4 || len(b) < 4 {
		return 1 << 20
	}
	var ya, yb int
	if _, err := fmt.Sscanf(a[:4], "%d", &ya); err != nil {
		return 1 << 20
	}
	if _, err := fmt.Sscanf(b[:4], "%d", &yb); err != nil {
		return 1 << 20
	}
	if ya > yb {
		return ya - yb
	}
	return yb - ya
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

// finish works out corroboration and puts everything into canonical order.
func (b *builder) finish() *Graph {
	b.g.Canonicalize()
	corroborate(b.g)
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
		SortEvidence(e.Evidence)
		sort.SliceStable(e.Participants, func(i, j int) bool {
			x, y := e.Participants[i], e.Participants[j]
			if x.Role != y.Role {
				return roleRank(x.Role) < roleRank(y.Role)
			}
			return x.Actor < y.Actor
		})
	}
	for i := range g.Relations {
		SortEvidence(g.Relations[i].Evidence)
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

// SortEvidence orders evidence by document, sentence and offset; ties keep their order.
func SortEvidence(ev []Evidence) {
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
