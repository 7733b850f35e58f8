package graph

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/intelgraph/intelgraph/schema"
)

// rawRef names one actor of one document graph: document index and actor index.
type rawRef struct{ doc, actor int }

// resolver clusters the actors of many document graphs into real-world actors, on evidence
// that holds: the same canonical name, a name or alias that one actor alone carries, a short
// form unambiguous in the whole graph, and the analyst's decisions. Where evidence is not
// conclusive it records a possible match instead of merging.
type resolver struct {
	docs   []*Graph
	refs   []rawRef
	parent []int
	// tags hold, per cluster root, the cannot-link tags of its members: split decision i
	// gives "k<i>" to actors with the kept id and "s<i>" to actors with the split name.
	tags []map[string]bool
	// prefer marks members chosen as their cluster's representative by a merge decision.
	prefer   []bool
	possible map[[2]int]possibleMatch // by pair of raw indexes (smaller first)
}

type possibleMatch struct {
	score  float64
	reason string
}

// genericSuffixes are words a short form may drop: "Kaspersky" for "Kaspersky Lab".
var genericSuffixes = map[string]bool{"lab": true, "labs": true, "inc": true, "corp": true,
	"corporation": true, "company": true, "co": true, "ltd": true, "llc": true, "plc": true,
	"gmbh": true, "sa": true, "ag": true, "group": true, "holdings": true, "technologies": true,
	"technology": true, "security": true, "software": true, "systems": true, "international": true,
	"limited": true, "magazine": true, "news": true, "media": true}

func newResolver(docs []*Graph, decisions []Decision) *resolver {
	r := &resolver{docs: docs, possible: map[[2]int]possibleMatch{}}
	for i, d := range docs {
		for j := range d.Actors {
			r.refs = append(r.refs, rawRef{i, j})
		}
	}
	n := len(r.refs)
	r.parent = make([]int, n)
	r.tags = make([]map[string]bool, n)
	r.prefer = make([]bool, n)
	for i := range r.parent {
		r.parent[i] = i
	}
	merges, splits := effectiveDecisions(decisions)
	for k, d := range splits {
		key := NormalizeName(d.Name)
		for i := range r.refs {
			a := r.actor(i)
			if a.ID == d.Actor {
				r.tag(i, fmt.Sprintf("k%d", k))
			} else if NormalizeName(a.Name) == key {
				r.tag(i, fmt.Sprintf("s%d", k))
			}
		}
	}
	r.linkSameIDs()
	for _, d := range merges {
		r.applyMerge(d)
	}
	for pass := 0; pass < 3 && r.linkSharedNames(); pass++ {
	}
	r.linkShortForms()
	r.linkSpellingVariants()
	r.flagSurnames()
	return r
}

func (r *resolver) actor(i int) *Actor {
	ref := r.refs[i]
	return &r.docs[ref.doc].Actors[ref.actor]
}

func (r *resolver) tag(i int, t string) {
	if r.tags[i] == nil {
		r.tags[i] = map[string]bool{}
	}
	r.tags[i][t] = true
}

func (r *resolver) find(i int) int {
	for r.parent[i] != i {
		r.parent[i] = r.parent[r.parent[i]]
		i = r.parent[i]
	}
	return i
}

// union joins two clusters unless a split decision forbids it; it reports whether they are
// (now) one cluster.
func (r *resolver) union(a, b int) bool {
	ra, rb := r.find(a), r.find(b)
	if ra == rb {
		return true
	}
	for t := range r.tags[ra] {
		if r.tags[rb][forbidden(t)] {
			return false
		}
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	r.parent[rb] = ra
	for t := range r.tags[rb] {
		r.tag(ra, t)
	}
	return true
}

// forbidden maps a cannot-link tag to the tag it may not meet: k3 ↔ s3.
func forbidden(t string) string {
	if t[0] == 'k' {
		return "s" + t[1:]
	}
	return "k" + t[1:]
}

// compatibleKinds reports whether actors of two kinds may be one: the same kind, or two kinds
// of organisation that extraction often confuses.
func compatibleKinds(a, b schema.ActorKind) bool {
	if a == b {
		return true
	}
	org := func(k schema.ActorKind) bool {
		return k == schema.KindOrganization || k == schema.KindAgency || k == schema.KindGroup
	}
	return org(a) && org(b)
}

// linkSameIDs joins actors with the same id (the same canonical name) across documents.
func (r *resolver) linkSameIDs() {
	first := map[string]int{}
	for i := range r.refs {
		a := r.actor(i)
		if j, ok := first[a.ID]; ok && compatibleKinds(r.actor(j).Kind, a.Kind) {
			r.union(j, i)
			continue
		}
		if _, ok := first[a.ID]; !ok {
			first[a.ID] = i
		}
	}
}

// applyMerge joins the clusters holding the actors a merge decision names, and makes the kept
// actor their representative.
func (r *resolver) applyMerge(d Decision) {
	keep, other := -1, -1
	members := r.members()
	ids := map[int]string{}
	for root, ms := range members {
		ids[root] = r.actor(r.representative(ms)).ID
	}
	for i := range r.refs {
		root := r.find(i)
		switch {
		case r.actor(i).ID == d.Actor || ids[root] == d.Actor:
			if keep < 0 {
				keep = i
			}
			r.prefer[i] = r.actor(i).ID == d.Actor
		case r.actor(i).ID == d.Other || ids[root] == d.Other:
			if other < 0 {
				other = i
			}
		}
	}
	if keep >= 0 && other >= 0 {
		r.union(keep, other)
	}
}

// nameOwners groups, for one normalised proper name, the clusters that carry it as a canonical
// name and those that carry it only as an alias.
type nameOwners struct {
	canonical, alias map[int]int // cluster root → a member index
}

// linkSharedNames joins clusters that share a proper name when the name is not contested:
// any number of clusters may have it as their canonical name, but at most one may carry it as
// a mere alias ("NSA" as the alias of National Security Agency links the actor named NSA). A
// name that two clusters both carry as an alias is contested: they are recorded as possibly
// the same. It reports whether it joined anything.
func (r *resolver) linkSharedNames() bool {
	owners := map[string]*nameOwners{}
	var keys []string
	for i := range r.refs {
		a := r.actor(i)
		root := r.find(i)
		add := func(name string, canonical bool) {
			k := NormalizeName(name)
			if k == "" || !IsProperName(name) {
				return
			}
			o := owners[k]
			if o == nil {
				o = &nameOwners{canonical: map[int]int{}, alias: map[int]int{}}
				owners[k] = o
				keys = append(keys, k)
			}
			if canonical {
				o.canonical[root] = i
			} else {
				o.alias[root] = i
			}
		}
		add(a.Name, true)
		for _, al := range a.Aliases {
			add(al, false)
		}
	}
	sort.Strings(keys)
	joined := false
	for _, k := range keys {
		o := owners[k]
		aliasOnly := map[int]int{}
		for root, i := range o.alias {
			if _, ok := o.canonical[root]; !ok {
				aliasOnly[root] = i
			}
		}
		members := sortedMembers(o.canonical)
		if len(aliasOnly) > 1 {
			all := append(members, sortedMembers(aliasOnly)...)
			for x := 0; x < len(all); x++ {
				for y := x + 1; y < len(all); y++ {
					r.maybe(all[x], all[y], 0.5, fmt.Sprintf("both are called %q", k))
				}
			}
			continue
		}
		members = append(members, sortedMembers(aliasOnly)...)
		for _, m := range members[min(1, len(members)):] {
			if r.find(m) == r.find(members[0]) {
				continue
			}
			if !compatibleKinds(r.actor(members[0]).Kind, r.actor(m).Kind) {
				r.maybe(members[0], m, 0.4, fmt.Sprintf("both are called %q but are of different kinds", k))
				continue
			}
			if r.union(members[0], m) {
				joined = true
			}
		}
	}
	return joined
}

func sortedMembers(m map[int]int) []int {
	out := make([]int, 0, len(m))
	for _, i := range m {
		out = append(out, i)
	}
	sort.Ints(out)
	return out
}

// linkShortForms joins an actor named by a short form ("Kaspersky") to the one actor whose
// longer name it begins, when what the longer name adds is a generic word ("Lab", "Inc.") and
// no other actor's name begins the same way. Other candidates are recorded as possible
// matches; people are never joined on a short form, since two people may share a surname.
func (r *resolver) linkShortForms() {
	type named struct {
		words []string
		i     int
	}
	const maxShort = 3
	byPrefix := map[string][]named{} // names by each of their first 1..maxShort words
	for i := range r.refs {
		a := r.actor(i)
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			w := strings.Fields(NormalizeName(n))
			if len(w) < 2 || !IsProperName(n) {
				continue
			}
			for k := 1; k < len(w) && k <= maxShort; k++ {
				p := strings.Join(w[:k], " ")
				byPrefix[p] = append(byPrefix[p], named{w, i})
			}
		}
	}
	for i := range r.refs {
		a := r.actor(i)
		short := strings.Fields(NormalizeName(a.Name))
		if len(short) == 0 || len(short) > maxShort || !IsProperName(a.Name) || isAcronym(a.Name) {
			continue
		}
		cands := map[int]bool{} // roots whose names begin with the short form
		generic := map[int]bool{}
		for _, n := range byPrefix[strings.Join(short, " ")] {
			if r.find(n.i) == r.find(i) {
				continue
			}
			if !compatibleKinds(a.Kind, r.actor(n.i).Kind) && a.Kind != schema.KindPerson {
				continue
			}
			root := r.find(n.i)
			cands[root] = true
			if allGeneric(n.words[len(short):]) {
				generic[root] = true
			}
		}
		roots := sortedKeys(cands)
		if len(roots) == 1 && generic[roots[0]] && a.Kind != schema.KindPerson && r.actor(roots[0]).Kind != schema.KindPerson {
			r.union(roots[0], i)
			continue
		}
		for _, root := range roots {
			reason := fmt.Sprintf("%q may be a short form of %q", a.Name, r.actor(root).Name)
			if len(roots) > 1 {
				reason += fmt.Sprintf(" (one of %d names it begins)", len(roots))
			}
			score := 0.6 / float64(len(roots))
			if a.Kind == schema.KindPerson {
				score = 0.5 / float64(len(roots))
			}
			r.maybe(root, i, score, reason)
		}
	}
}

// personName is a person's normalised name words and raw actor index.
type personName struct {
	words []string
	i     int
}

// linkSpellingVariants joins two people whose full names have the same first names and
// surnames that differ by one letter, as transliterations do ("Volodymyr Zelensky", "Volodymyr
// Zelenskyy"), when the variant fits one cluster only; with several it records possible matches.
func (r *resolver) linkSpellingVariants() {
	byFirst := map[string][]personName{}
	for i := range r.refs {
		a := r.actor(i)
		if w := strings.Fields(NormalizeName(a.Name)); a.Kind == schema.KindPerson && len(w) > 1 {
			key := strings.Join(w[:len(w)-1], " ")
			byFirst[key] = append(byFirst[key], personName{w, i})
		}
	}
	firsts := make([]string, 0, len(byFirst))
	for k := range byFirst {
		firsts = append(firsts, k)
	}
	sort.Strings(firsts)
	for _, first := range firsts {
		group := byFirst[first]
		// each person's variant clusters, found before any join, so that a chain of variants
		// (Korolenko, Korolenka, Korolenkko) cannot join people one pair at a time
		variants := make([][]int, len(group))
		for k, p := range group {
			roots := map[int]bool{}
			for _, q := range group {
				if r.find(q.i) != r.find(p.i) && SpellingVariant(p.words[len(p.words)-1], q.words[len(q.words)-1]) {
					roots[r.find(q.i)] = true
				}
			}
			variants[k] = sortedKeys(roots)
		}
		for k, p := range group {
			for _, root := range variants[k] {
				if root = r.find(root); root == r.find(p.i) {
					continue // joined from the other side
				}
				if len(variants[k]) == 1 && r.variantsOf(group, variants, root) == 1 {
					r.union(root, p.i)
					continue
				}
				r.maybe(root, p.i, 0.5/float64(len(variants[k])), fmt.Sprintf("%q may be another spelling of %q", r.actor(p.i).Name, r.actor(root).Name))
			}
		}
	}
}

// variantsOf is how many variant clusters the members of cluster root have in group.
func (r *resolver) variantsOf(group []personName, variants [][]int, root int) int {
	n := 0
	for k, p := range group {
		if r.find(p.i) == root {
			n = max(n, len(variants[k]))
		}
	}
	return n
}

// flagSurnames records a person named by one word ("Smith", from "Mr. Smith") as possibly the
// same as each person whose full name ends with that word; it never merges them.
func (r *resolver) flagSurnames() {
	byLast := map[string][]int{}
	for i := range r.refs {
		a := r.actor(i)
		if w := strings.Fields(NormalizeName(a.Name)); a.Kind == schema.KindPerson && len(w) > 1 {
			byLast[w[len(w)-1]] = append(byLast[w[len(w)-1]], i)
		}
	}
	for i := range r.refs {
		a := r.actor(i)
		w := strings.Fields(NormalizeName(a.Name))
		if a.Kind != schema.KindPerson || len(w) != 1 {
			continue
		}
		roots := map[int]bool{}
		for _, j := range byLast[w[0]] {
			if r.find(j) != r.find(i) {
				roots[r.find(j)] = true
			}
		}
		for _, root := range sortedKeys(roots) {
			r.maybe(root, i, 0.5/float64(len(roots)), fmt.Sprintf("%q may be the surname of %q", a.Name, r.actor(root).Name))
		}
	}
}

func sortedKeys(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

func allGeneric(words []string) bool {
	for _, w := range words {
		if !genericSuffixes[w] {
			return false
		}
	}
	return len(words) > 0
}

// isAcronym reports whether a name is written in capitals only (NSA, U.S.).
func isAcronym(name string) bool {
	letters := 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0
}

// maybe records that the actors at raw indexes a and b may be one, keeping the best score.
func (r *resolver) maybe(a, b int, score float64, reason string) {
	if a > b {
		a, b = b, a
	}
	k := [2]int{a, b}
	if old, ok := r.possible[k]; !ok || score > old.score {
		r.possible[k] = possibleMatch{score, reason}
	}
}

// members lists each cluster's raw indexes by root, in index order.
func (r *resolver) members() map[int][]int {
	m := map[int][]int{}
	for i := range r.refs {
		root := r.find(i)
		m[root] = append(m[root], i)
	}
	return m
}

// representative picks the member whose name names the cluster: one a merge decision chose;
// else a full name over an acronym; then the longest name (the most informative, and the one
// that changes least as articles arrive); then the name most members share; then the smallest id.
func (r *resolver) representative(members []int) int {
	count := map[string]int{}
	for _, i := range members {
		count[r.actor(i).ID]++
	}
	best := members[0]
	better := func(i, j int) bool { // is i a better representative than j?
		a, b := r.actor(i), r.actor(j)
		if r.prefer[i] != r.prefer[j] {
			return r.prefer[i]
		}
		if isAcronym(a.Name) != isAcronym(b.Name) {
			return !isAcronym(a.Name)
		}
		if len(a.Name) != len(b.Name) {
			return len(a.Name) > len(b.Name)
		}
		if count[a.ID] != count[b.ID] {
			return count[a.ID] > count[b.ID]
		}
		return a.ID < b.ID
	}
	for _, m := range members[1:] {
		if better(m, best) {
			best = m
		}
	}
	return best
}

// clusters returns, for every raw actor, the id of the actor it becomes, the representative
// of each resulting id, and the possible matches between different resulting actors.
func (r *resolver) clusters() (ids []string, reps map[string]int, possible []Relation) {
	rootID := map[int]string{}
	used := map[string]int{} // id → root
	ids = make([]string, len(r.refs))
	reps = map[string]int{}
	members := r.members()
	roots := make([]int, 0, len(members))
	for root := range members {
		roots = append(roots, root)
	}
	sort.Ints(roots)
	for _, root := range roots {
		rep := r.representative(members[root])
		id := r.actor(rep).ID
		if _, taken := used[id]; taken { // two clusters whose best names share a slug
			for n := 2; ; n++ {
				c := fmt.Sprintf("%s-%d", id, n)
				if _, taken := used[c]; !taken {
					id = c
					break
				}
			}
		}
		used[id] = root
		rootID[root] = id
		reps[id] = rep
	}
	for i := range r.refs {
		ids[i] = rootID[r.find(i)]
	}
	seen := map[[2]string]bool{}
	keys := make([][2]int, 0, len(r.possible))
	for k := range r.possible {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		a, b := ids[k[0]], ids[k[1]]
		if a == b {
			continue
		}
		if a > b {
			a, b = b, a
		}
		pair := [2]string{a, b}
		if seen[pair] {
			continue
		}
		seen[pair] = true
		p := r.possible[k]
		possible = append(possible, Relation{Source: a, Type: schema.RelPossiblySameAs, Target: b,
			Score: p.score, Reason: p.reason, Evidence: []Evidence{}})
	}
	return ids, reps, possible
}

// SpellingVariant reports whether two long surnames differ by one letter added, dropped or
// changed, as transliterations do ("Zelensky", "Zelenskyy"); short names must match exactly.
func SpellingVariant(a, b string) bool {
	if len(a) < 7 || len(b) < 7 || a == b || a[:3] != b[:3] {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}
