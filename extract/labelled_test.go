package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/stretchr/testify/require"
)

// The labelled set in testdata/labelled is ours: fictional articles written for this test
// (countries, groups, firms and people are invented), each with a gold file annotated by hand
// in the format of the shared eval README (actors with kinds and aliases, events with types,
// agent, target and time, told pairs). TestLabelledFloor extracts every article, scores it with
// labScore — a small port of the shared score.py's matching rules — and fails when the micro
// figures fall below the floors, so that a regression in generality is caught by `go test`.

// labFloors are set a little under the measured micro F1 values (see the log of TestLabelledFloor).
var labFloors = struct{ actor, event, told, date float64 }{actor: 0.93, event: 0.84, told: 0.83, date: 0.84}

// labBreadth are the articles added later for kinds of news other than cyber incidents (a
// physical attack, a parliamentary hearing, a spy trial with expulsions, a press-freedom dispute,
// an oversight hearing about real institutions) and, in a second round, an insider's leak to
// journalists, an election influence operation and a state-linked hospital ransomware attack
// attributed months later (lab-23…lab-25); in a third round, a hearing about a port hacked
// (lab-fa1), with a dateline, a committee and a unit named "of" its parent.
// labFloors hold for the set without them; labFloorsAll hold for the whole set. Both are set a
// little under the figures measured in the third session, once its rounds were merged: first
// set actor 0.948, event 0.864, told 0.846, date 0.866; whole set 0.947, 0.834, 0.859, 0.828.
var labBreadth = labSet([]string{"lab-18-market-attack", "lab-19-hearing", "lab-20-spy-expulsions", "lab-21-data-retention",
	"lab-22-oversight-hearing", "lab-23-insider-leak", "lab-24-influence-operation", "lab-25-hospital-chain-attribution",
	"lab-fa1-port-city-hearing"})

var labFloorsAll = struct{ actor, event, told, date float64 }{actor: 0.93, event: 0.81, told: 0.84, date: 0.80}

// labGold is one gold file.
type labGold struct {
	Document string `json:"document"`
	Actors   []struct {
		Name     string   `json:"name"`
		Aliases  []string `json:"aliases"`
		Optional bool     `json:"optional"`
	} `json:"actors"`
	Events []struct {
		Types    []string        `json:"types"`
		Agent    json.RawMessage `json:"agent"`
		Target   json.RawMessage `json:"target"`
		Time     *string         `json:"time"`
		Optional bool            `json:"optional"`
	} `json:"events"`
	Told []struct {
		From     json.RawMessage `json:"from"`
		To       json.RawMessage `json:"to"`
		Optional bool            `json:"optional"`
	} `json:"told"`
}

// labCounts are the micro-averaging counts of one document, as score.py's "micro".
type labCounts struct {
	actorTP, actorSys, actorGold        int
	eventTP, eventSys, eventGold        int
	toldTPP, toldTPR, toldSys, toldGold int
	dateOK, dated                       int
}

func (c *labCounts) add(o labCounts) {
	c.actorTP += o.actorTP
	c.actorSys += o.actorSys
	c.actorGold += o.actorGold
	c.eventTP += o.eventTP
	c.eventSys += o.eventSys
	c.eventGold += o.eventGold
	c.toldTPP += o.toldTPP
	c.toldTPR += o.toldTPR
	c.toldSys += o.toldSys
	c.toldGold += o.toldGold
	c.dateOK += o.dateOK
	c.dated += o.dated
}

func labPRF(tpP, nP, tpR, nR int) (p, r, f float64) {
	if nP > 0 {
		p = float64(tpP) / float64(nP)
	}
	if nR > 0 {
		r = float64(tpR) / float64(nR)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func (c labCounts) String() string {
	_, _, af := labPRF(c.actorTP, c.actorSys, c.actorTP, c.actorGold)
	ep, er, ef := labPRF(c.eventTP, c.eventSys, c.eventTP, c.eventGold)
	_, _, tf := labPRF(c.toldTPP, c.toldSys, c.toldTPR, c.toldGold)
	return fmt.Sprintf("actor %.3f (%d/%d sys, %d gold)  event %.3f P %.3f R %.3f (%d/%d sys, %d gold)  told %.3f (%d/%d)  date %d/%d",
		af, c.actorTP, c.actorSys, c.actorGold, ef, ep, er, c.eventTP, c.eventSys, c.eventGold, tf, c.toldTPR, c.toldGold, c.dateOK, c.dated)
}

var (
	labPoss  = regexp.MustCompile(`'s\b`)
	labPunct = regexp.MustCompile(`[^a-z0-9 ]+`)
	labDet   = regexp.MustCompile(`^(the|a|an) `)
	labSpace = regexp.MustCompile(`\s+`)
)

// labNorm normalises a name as score.py does: lower case, possessive 's, punctuation and a
// leading article dropped.
func labNorm(s string) string {
	s = strings.ReplaceAll(strings.ToLower(s), "\u2019", "'")
	s = labPoss.ReplaceAllString(s, "")
	s = labPunct.ReplaceAllString(s, " ")
	s = labDet.ReplaceAllString(strings.TrimSpace(s), "")
	return strings.TrimSpace(labSpace.ReplaceAllString(s, " "))
}

// labList reads a gold role: null, a name, or a list of names.
func labList(raw json.RawMessage) []string {
	var one string
	if json.Unmarshal(raw, &one) == nil {
		if one == "" {
			return nil
		}
		return []string{one}
	}
	var many []string
	_ = json.Unmarshal(raw, &many)
	return many
}

// labScore scores one extracted document against its gold file with score.py's rules:
// actors match by normalised name or alias (one-to-one; a second system actor for the same gold
// actor is a false positive; actors matching only optional gold actors are not counted); an event
// matches when its type is among the gold types, the gold agent is among its agents, the gold
// target among its other participants, and dates agree at the coarser precision (maximum
// bipartite matching, date-agreeing pairs first); told pairs come from INFORMED relations and
// agent → other participants of warning events.
func labScore(g *graph.Graph, gold *labGold) labCounts {
	var c labCounts
	idx := map[string]string{}
	optional := map[string]bool{}
	for _, a := range gold.Actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if _, ok := idx[labNorm(n)]; !ok {
				idx[labNorm(n)] = a.Name
			}
		}
		if a.Optional {
			optional[a.Name] = true
		} else {
			c.actorGold++
		}
	}
	amap := map[string]string{}
	found := map[string]bool{}
	for _, a := range g.Actors {
		m := ""
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if x, ok := idx[labNorm(n)]; ok {
				m = x
				break
			}
		}
		amap[a.ID] = m
		if m == "" || !optional[m] {
			c.actorSys++
		}
		if m != "" {
			found[m] = true
		}
	}
	for _, a := range gold.Actors {
		if !a.Optional && found[a.Name] {
			c.actorTP++
		}
	}
	type sysEvent struct {
		typ            string
		agents, others map[string]bool
		time           string
	}
	var sys []sysEvent
	for _, e := range g.Events {
		s := sysEvent{typ: strings.ToLower(string(e.Type)), agents: map[string]bool{}, others: map[string]bool{}, time: e.Time.Value}
		for _, p := range e.Participants {
			if m := amap[p.Actor]; m != "" {
				if p.Role == "agent" {
					s.agents[m] = true
				} else {
					s.others[m] = true
				}
			}
		}
		sys = append(sys, s)
	}
	anyIn := func(names []string, set map[string]bool) bool {
		for _, n := range names {
			if set[n] {
				return true
			}
		}
		return false
	}
	gtime := func(gi int) string {
		if t := gold.Events[gi].Time; t != nil {
			return *t
		}
		return ""
	}
	match := func(gi, si int) bool {
		ge, s := gold.Events[gi], sys[si]
		ok := false
		for _, t := range ge.Types {
			ok = ok || strings.ToLower(t) == s.typ
		}
		if !ok {
			return false
		}
		if gt := gtime(gi); gt != "" && s.time != "" && !strings.HasPrefix(s.time, gt) && !strings.HasPrefix(gt, s.time) {
			return false
		}
		if ag := labList(ge.Agent); len(ag) > 0 && !anyIn(ag, s.agents) {
			return false
		}
		if tg := labList(ge.Target); len(tg) > 0 && !anyIn(tg, s.others) {
			return false
		}
		return true
	}
	timed := func(gi, si int) bool {
		gt := gtime(gi)
		return match(gi, si) && gt != "" && strings.HasPrefix(sys[si].time, gt)
	}
	owner := map[int]int{} // system event -> gold event
	var augment func(gi int, seen map[int]bool, fits func(int, int) bool) bool
	augment = func(gi int, seen map[int]bool, fits func(int, int) bool) bool {
		for si := range sys {
			if seen[si] || !fits(gi, si) {
				continue
			}
			seen[si] = true
			if o, ok := owner[si]; !ok || augment(o, seen, fits) {
				owner[si] = gi
				return true
			}
		}
		return false
	}
	owned := func(gi int) bool {
		for _, o := range owner {
			if o == gi {
				return true
			}
		}
		return false
	}
	for _, fits := range []func(int, int) bool{timed, match} {
		locked := map[int]bool{}
		for si := range owner {
			locked[si] = true
		}
		for _, wantOptional := range []bool{false, true} {
			for gi, ge := range gold.Events {
				if ge.Optional == wantOptional && !owned(gi) {
					seen := map[int]bool{}
					for si := range locked {
						seen[si] = true
					}
					augment(gi, seen, fits)
				}
			}
		}
	}
	matched := map[int]int{}
	for si, gi := range owner {
		matched[gi] = si
	}
	ignored := 0
	for si, gi := range owner {
		if gold.Events[gi].Optional {
			ignored++
		}
		_ = si
	}
	for si := range sys {
		if _, used := owner[si]; used {
			continue
		}
		for gi, ge := range gold.Events {
			if ge.Optional && match(gi, si) {
				ignored++
				break
			}
		}
	}
	for gi, ge := range gold.Events {
		if ge.Optional {
			continue
		}
		c.eventGold++
		si, ok := matched[gi]
		if ok {
			c.eventTP++
		}
		if gt := gtime(gi); gt != "" {
			c.dated++
			if ok && strings.HasPrefix(sys[si].time, gt) {
				c.dateOK++
			}
		}
	}
	c.eventSys = len(sys) - ignored
	// who told whom
	type pair struct{ a, b string }
	told := map[pair]bool{}
	for _, r := range g.Relations {
		switch strings.ToUpper(r.Type) {
		case "INFORMED", "TOLD", "WARNED", "ALERTED":
			told[pair{amap[r.Source], amap[r.Target]}] = true
		}
	}
	for _, s := range sys {
		if s.typ == "warning" {
			for a := range s.agents {
				for b := range s.others {
					told[pair{a, b}] = true
				}
			}
		}
	}
	toldOK := func(p pair, i int) bool {
		t := gold.Told[i]
		return p.a != "" && p.b != "" && anyIn([]string{p.a}, labSet(labList(t.From))) && anyIn([]string{p.b}, labSet(labList(t.To)))
	}
	for i, t := range gold.Told {
		if t.Optional {
			continue
		}
		c.toldGold++
		for p := range told {
			if toldOK(p, i) {
				c.toldTPR++
				break
			}
		}
	}
	for p := range told {
		req, any := false, false
		for i, t := range gold.Told {
			if toldOK(p, i) {
				any = true
				req = req || !t.Optional
			}
		}
		if req {
			c.toldTPP++
		}
		if req || !any {
			c.toldSys++
		}
	}
	return c
}

func labSet(names []string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}

func TestLabelledFloor(t *testing.T) {
	docs := labScoreDir(t, mustExtractor(t), filepath.Join("testdata", "labelled"))
	require.GreaterOrEqual(t, len(docs), 12)
	var total, core labCounts
	for _, d := range docs {
		total.add(d.counts)
		if !labBreadth[d.document] {
			core.add(d.counts)
		}
	}
	t.Logf("%-28s %s", "MICRO (first set)", core)
	labCheck(t, "labelled micro", core, labFloors)
	t.Logf("%-28s %s", "MICRO", total)
	labCheck(t, "labelled+breadth micro", total, labFloorsAll)
}

// labDoc is the score of one article of a labelled folder.
type labDoc struct {
	document string
	counts   labCounts
}

// labScoreDir extracts every article of dir that has a gold file beside it (NAME.txt with
// NAME.json), scores it, and logs each article's figures.
func labScoreDir(t *testing.T, x *Extractor, dir string) []labDoc {
	t.Helper()
	golds, err := filepath.Glob(filepath.Join(dir, "*.json"))
	require.NoError(t, err)
	var docs []labDoc
	for _, gf := range golds {
		data, err := os.ReadFile(gf)
		require.NoError(t, err)
		var gold labGold
		require.NoError(t, json.Unmarshal(data, &gold), gf)
		af := strings.TrimSuffix(gf, ".json") + ".txt"
		text, err := os.ReadFile(af)
		require.NoError(t, err)
		art, err := ParseArticle(af, text)
		require.NoError(t, err)
		res, err := x.Extract(context.Background(), art)
		require.NoError(t, err)
		c := labScore(res.Graph, &gold)
		t.Logf("%-28s %s", gold.Document, c)
		docs = append(docs, labDoc{document: gold.Document, counts: c})
	}
	return docs
}

func labCheck(t *testing.T, name string, total labCounts, floors struct{ actor, event, told, date float64 }) {
	_, _, af := labPRF(total.actorTP, total.actorSys, total.actorTP, total.actorGold)
	_, _, ef := labPRF(total.eventTP, total.eventSys, total.eventTP, total.eventGold)
	_, _, tf := labPRF(total.toldTPP, total.toldSys, total.toldTPR, total.toldGold)
	date := 0.0
	if total.dated > 0 {
		date = float64(total.dateOK) / float64(total.dated)
	}
	t.Logf("%s: actorF1=%.3f eventF1=%.3f toldF1=%.3f dateAcc=%.3f", name, af, ef, tf, date)
	if af < floors.actor || ef < floors.event || tf < floors.told || date < floors.date {
		t.Errorf("%s below the floor (actor %.2f event %.2f told %.2f date %.2f): actorF1=%.3f eventF1=%.3f toldF1=%.3f dateAcc=%.3f",
			name, floors.actor, floors.event, floors.told, floors.date, af, ef, tf, date)
	}
}
