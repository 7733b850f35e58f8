package extract

import (
	"slices"
	"strings"

	"github.com/intelgraph/intelgraph/schema"
)

// flawOwner finds whose product a vulnerability named in the sentence is in: "a flaw in
// Acme's router", "vulnerabilities affecting Acme Cloud". It returns an entity or -1.
func (x *Extractor) flawOwner(c *sentCtx) int {
	toks := c.s.Toks
	for i := range toks {
		if !x.cue.tokIs("flawnoun", &toks[i]) || c.at[i] >= 0 {
			continue
		}
		for j := i + 1; j < len(toks) && j-i <= 3; j++ {
			if x.cue.tokIs("flawprep", &toks[j]) {
				if e := x.nextMention(c, j+1, 4); e >= 0 {
					return e
				}
				break
			}
			if toks[j].Tag != "JJ" && !isNounTag(toks[j].Tag) || c.at[j] >= 0 {
				break
			}
		}
	}
	return -1
}

// flawTargets gives the sentence's reports and fixes without a target ("researchers discovered
// a flaw in Acme's router", "the bug was patched") the owner of the flawed product.
func (x *Extractor) flawTargets(c *sentCtx, evs []rawEvent) {
	owner := -1
	for k := range evs {
		ev := &evs[k]
		if len(ev.Target) > 0 || ev.Type != schema.EventReport && ev.Type != schema.EventOther {
			continue
		}
		if owner < 0 {
			if owner = x.flawOwner(c); owner < 0 {
				return
			}
		}
		if !contains(ev.Agent, owner) {
			ev.Target = []int{owner}
		}
	}
}

// insideNetwork reads a doer's presence inside a victim's network as an intrusion: "a hacking
// group had been inside the networks of X since 2023", "intruders had been inside its
// operational network from February", "the attackers spent months inside the company's
// network", "has remained hidden within X's systems". At "inside" or "within" (i), a word of
// being there comes before (cue presence, or a span of time after "spent") and a network noun
// after (cue netnoun), its owner named by a possessive before it or "of" after it; the doer is
// the subject of the verb before, named or described as a threat group ("an intruder spent
// months inside its systems": describedDoer), which names the agent only when it stands for
// a named group. Without an owner and a doer there is no event.
func (x *Extractor) insideNetwork(c *sentCtx, i int) (rawEvent, bool) {
	toks := c.s.Toks
	if i < 2 || i+2 >= len(toks) {
		return rawEvent{}, false
	}
	p := i - 1
	for p > 0 && toks[p].Tag == "RB" {
		p--
	}
	there := x.cue.tokIs("presence", &toks[p])
	if !there && p >= 1 && isNounTag(toks[p].Tag) && x.cue.tokIs("spanword", &toks[p]) {
		for q := p - 1; q >= 0 && p-q <= 3; q-- {
			if x.cue.tokIs("spendforms", &toks[q]) {
				there, p = true, q
				break
			}
		}
	}
	if !there {
		return rawEvent{}, false
	}
	v := p // the verb whose subject is the doer: "had been (active)", "spent"
	for v >= 0 && p-v <= 2 && !isVerbTag(toks[v].Tag) {
		v--
	}
	if v < 0 || p-v > 2 {
		return rawEvent{}, false
	}
	owner := x.networkOwner(c, i)
	if owner < 0 {
		return rawEvent{}, false
	}
	ev := rawEvent{Type: schema.EventIntrusion, Lemma: "intrude", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.6, Target: []int{owner}}
	a := x.subject(c, v)
	if a < 0 {
		a = x.describedDoer(c, v)
	}
	if a < 0 || a == owner {
		return rawEvent{}, false // "was inside its network": whose presence is not told
	}
	if !c.ents[a].Generic {
		ev.Agent = []int{a} // a described doer with no name of its own tells the deed, not who did it
	}
	x.modality(c, v, &ev)
	return ev, true
}

// networkOwner returns the owner of the network named right after the preposition at i, within
// five words of its clause: "inside its network", "through the company's network" (a possessive),
// "across the networks of X" (the body after "of"); -1 when no network noun comes first, or a
// name that owns nothing stands between.
func (x *Extractor) networkOwner(c *sentCtx, i int) int {
	toks := c.s.Toks
	owner := -1
	for j := i + 1; j < len(toks) && j-i <= 5 && c.clause[j] == c.clause[i]; j++ {
		if x.cue.tokIs("netnoun", &toks[j]) && c.at[j] < 0 {
			if j+2 < len(toks) && toks[j+1].Lower == "of" {
				owner = x.nextBody(c, j+2, 4) // "inside the networks of X", "of Norland's National Treasury": the body
			}
			return owner
		}
		if k := c.at[j]; k >= 0 {
			if c.ms[k].Possessive || toks[j].Tag == "PRP$" {
				owner = c.ms[k].Entity // "inside its network", "inside the company's network"
				continue
			}
			return -1
		}
		if t := toks[j].Tag; !(t == "DT" || t == "JJ" || t == "NN" || t == "NNS" || t == "PRP$" || t == "POS" || t == "HYPH") {
			return -1
		}
	}
	return owner
}

// describedDoer returns the subject of the verb at v when only a description names it and the
// description is of a threat group ("intruders had been inside its network", "an attacker
// spent months inside the company's systems"), read among the sentence's descriptive actors;
// otherwise -1. Things ("the old files were inside its network") and described people or
// bodies are no doers. The entity returned is the article's one named group when the
// description stands for it (addGeneric), else a descriptive entity of its own.
func (x *Extractor) describedDoer(c *sentCtx, v int) int {
	if c.gen == nil {
		return -1
	}
	a := x.subject(c.gen, v)
	if a < 0 || a >= len(c.gen.ents) || c.gen.ents[a].Kind != schema.KindGroup {
		return -1
	}
	return a
}

// ransomPaid reads "X paid the attackers", "X paid $50,000 in bitcoin": in a sentence about
// a ransom, the payer is the target of an attack, the payee its agent.
func (x *Extractor) ransomPaid(c *sentCtx, i int) (rawEvent, bool) {
	toks := c.s.Toks
	demand := strings.HasPrefix(toks[i].Lower, "demand") && isVerbTag(toks[i].Tag)
	if !demand && (!x.cue.tokIs("payverb", &toks[i]) || !isVerbTag(toks[i].Tag)) {
		return rawEvent{}, false
	}
	ransom := false
	for _, t := range toks {
		if x.cue.tokIs("ransomcue", &t) {
			ransom = true
			break
		}
	}
	if !ransom || !demand && x.chargedDeed(c, i) {
		return rawEvent{}, false
	}
	if x.feared(c, i) || openQuestion(toks, i) || x.deniedThat(toks, i) {
		// "declined to say whether it paid a ransom": asked about; "denied a claim that it had
		// paid a ransom": denied, as any deed is (events)
		return rawEvent{}, false
	}
	ev := rawEvent{Type: schema.EventAttack, Lemma: "pay", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.5}
	if demand {
		// "the attackers demanded that Acme pay", "X demanded $50,000 from Acme"
		ev.Lemma = "demand"
		if toks[i].Tag == "VBN" && x.passiveAux(c, i) {
			return rawEvent{}, false
		}
		ev.Agent = ents(x.subject(c, i))
		ev.Target = ents(x.object(c, i, false))
		if ev.Target == nil {
			ev.Target = ents(x.afterPrep(c, i, "from"))
		}
		if v, n, ok := x.demandingMessage(c, i); n >= 0 {
			// "X received an email demanding $2 million", "a note was sent to X's chief executive
			// demanding payment": the message demands; its sender, when the clause names it as
			// the subject of an active verb ("the gang sent an email to X demanding …"), not the
			// one it reached
			ev.Agent = nil
			switch {
			case ok && v >= 0 && x.cue.tokIs("receiveverb", &toks[v]):
				ev.Target = ents(x.subject(c, v))
			case !ok:
				ev.Agent = ents(x.subject(c, v))
				if to := x.afterPrepWithin(c, n, "to", 4); to >= 0 && !contains(ev.Agent, to) {
					ev.Target = []int{to}
				}
			}
		} else if h := x.demandHost(c, i); h >= 0 {
			// "the hackers emailed X's chief executive demanding $4 million": the subject of the
			// verb the participle hangs on demands, of the one its object names
			ev.Agent = ents(x.subject(c, h))
			if o := x.object(c, h, false); o >= 0 && !contains(ev.Agent, o) {
				ev.Target = []int{o}
			}
		}
		if len(ev.Agent)+len(ev.Target) == 0 || sameEnts(ev.Agent, ev.Target) {
			return rawEvent{}, false
		}
		x.modality(c, i, &ev)
		return ev, true
	}
	if boughtOrWaged(toks, i) {
		return rawEvent{}, false // "paid for the servers with cryptocurrency", "who paid him in bitcoin": a purchase or a wage, no ransom
	}
	if v := x.voteOver(c, i); v >= 0 {
		return x.paymentVote(c, v, i)
	}
	if toks[i].Tag == "VBN" && x.passiveAux(c, i) {
		// "the ransom was paid by X"
		ev.Target = ents(x.byAgent(c, i))
	} else {
		ev.Target = ents(x.subject(c, i))
	}
	if a := x.afterPrep(c, i, "to"); a >= 0 && c.ents[a].Kind == schema.KindGroup {
		ev.Agent = []int{a}
	} else if g := c.soleGroupMention(ev.Target); g >= 0 {
		// "X did not pay the $4.5 million the attackers demanded": the one threat group the
		// sentence names is the one a ransom goes to
		ev.Agent = []int{g}
	}
	if len(ev.Target) == 0 || sameEnts(ev.Agent, ev.Target) {
		return rawEvent{}, false
	}
	x.modality(c, i, &ev)
	return ev, true
}

// messageReach bounds how many words demandingMessage reads back from the participle for the
// message it follows.
const messageReach = 16

// demandingMessage reads the -ing form at i ("demanding") after a message noun (cue message:
// "an email", "a note") in its own clause: the message demands, not a name between. The message
// is the object of a verb before it ("received an email demanding …", "sent a note to X
// demanding …") or the subject of a passive verb after it ("a message was sent to X's director
// demanding …"). It returns that verb, the message noun, and whether the verb receives the
// message or is passive, so that its sender is not its subject; n is -1 when i follows no
// message so placed (a message that is the subject of an active verb is left alone).
func (x *Extractor) demandingMessage(c *sentCtx, i int) (v, n int, ok bool) {
	toks := c.s.Toks
	if toks[i].Tag != "VBG" {
		return -1, -1, false
	}
	n, passive := -1, -1
	for j := i - 1; j >= 0 && i-j <= messageReach && c.clause[j] == c.clause[i]; j-- {
		if isNounTag(toks[j].Tag) && x.cue.tokIs("message", &toks[j]) {
			n = j
			break
		}
		if toks[j].Tag == "VBN" && x.passiveAux(c, j) {
			passive = j
			continue
		}
		if isFiniteTag(toks[j].Tag) && !(x.auxTok(&toks[j]) && passive > j) {
			return -1, -1, false // "the attackers demanded": a clause of its own
		}
	}
	if n < 0 {
		return -1, -1, false
	}
	for v = n - 1; v >= 0 && n-v <= messageReach && c.clause[v] == c.clause[n]; v-- {
		if t := toks[v].Tag; t == "WDT" || t == "WP" || t == "WRB" {
			break // "from where the email originated": the message opens a clause of its own
		}
		if !isVerbTag(toks[v].Tag) {
			continue
		}
		return v, n, x.cue.tokIs("receiveverb", &toks[v]) || toks[v].Tag == "VBN" && x.passiveAux(c, v)
	}
	if passive >= 0 {
		return passive, n, true // "a message was sent to X demanding …": no sender named
	}
	return -1, -1, false
}

// demandHost returns, for the -ing form at i ("demanding"), the finite verb of its clause it
// hangs on as an adjunct after that verb's object ("emailed X's chief executive demanding …",
// "called X on Monday demanding …"): the nearest finite verb before it, active, that is no verb
// of receiving or saying, with a noun between. -1 otherwise.
func (x *Extractor) demandHost(c *sentCtx, i int) int {
	toks := c.s.Toks
	if toks[i].Tag != "VBG" {
		return -1
	}
	noun := false
	for v := i - 1; v >= 0 && i-v <= messageReach && c.clause[v] == c.clause[i]; v-- {
		t := &toks[v]
		if subordinator[t.Lower] || t.Lower == "with" || t.Lower == "by" || t.Text == "(" {
			return -1 // "infected its systems before demanding …": an adjunct clause of its own
		}
		if isNounTag(t.Tag) {
			noun = true
		}
		if !isVerbTag(t.Tag) {
			continue
		}
		if !isTensedTag(t.Tag) || x.auxTok(t) || !noun || x.cue.tokIs("receiveverb", t) || x.cue.tokIs("reporting", t) {
			return -1
		}
		return v
	}
	return -1
}

// soleGroupMention returns the one threat group the sentence mentions, leaving out the
// entities in not, or -1 when it mentions none or several.
func (c *sentCtx) soleGroupMention(not []int) int {
	return soleGroupOf(c.ms, c.ents, not, nil)
}

// soleGroupOf returns the one threat group (an index into ents) that the mentions in ms stand
// for, leaving out the entities in not and, when keep is not nil, the mentions keep rejects;
// -1 when they stand for none or several.
func soleGroupOf(ms []mention, ents []entity, not []int, keep func(mention) bool) int {
	group := -1
	for _, m := range ms {
		if keep != nil && !keep(m) {
			continue
		}
		e := m.Entity
		if e < 0 || e >= len(ents) || ents[e].Kind != schema.KindGroup || e == group || contains(not, e) {
			continue
		}
		if group >= 0 {
			return -1
		}
		group = e
	}
	return group
}

// paymentVote reads a body's vote on paying a ransom ("the council voted 6-2 on Thursday not to
// pay the hackers", "the board voted against paying a ransom to the group"): no payment, but a
// step of its own (other) by the body that voted, against the ones it would pay, when named here
// (else the article's one group, soleGroupActs). A person's vote ("a supervisor who voted to
// pay") is none.
func (x *Extractor) paymentVote(c *sentCtx, v, i int) (rawEvent, bool) {
	a := x.subject(c, v)
	if a < 0 || c.ents[a].Kind == schema.KindPerson {
		return rawEvent{}, false
	}
	ev := rawEvent{Type: schema.EventOther, Lemma: "vote", Sent: c.s.Index, Trigger: v, TimeIdx: -1, Conf: 0.5, Agent: []int{a}}
	for _, o := range []int{x.afterPrep(c, i, "to"), x.object(c, i, false)} {
		if o >= 0 && o != a && c.ents[o].Kind == schema.KindGroup {
			ev.Target = []int{o}
			break
		}
	}
	x.modality(c, v, &ev)
	return ev, true
}

// voteOver returns the index of the verb of voting whose measure the verb at i is, after "to",
// "not to" or "against" and a tally, a time or a sitting (cue votefiller): "voted 14-5 Tuesday
// night against paying", "voted on Thursday not to pay"; -1 when none.
func (x *Extractor) voteOver(c *sentCtx, i int) int {
	toks := c.s.Toks
	j := i - 1
	switch {
	case j >= 1 && toks[j].Lower == "to":
		j--
		if toks[j].Lower == "not" {
			j--
		}
	case j >= 1 && toks[j].Lower == "against" && toks[i].Tag == "VBG":
		j--
	default:
		return -1
	}
	for ; j >= 0 && i-j <= 10; j-- {
		t := &toks[j]
		if x.cue.tokIs("voteverb", t) && isVerbTag(t.Tag) {
			return j
		}
		if c.at[j] >= 0 || !(t.Tag == "CD" || x.cue.tokIs("votefiller", t) || x.cue.tokIs("calendar", t)) {
			return -1
		}
	}
	return -1
}

// boughtOrWaged reports whether the verb of paying at i is followed by "for" (a purchase:
// "paid for the servers") or by "him" or "her" (a person paid: "a contact who paid him in
// cryptocurrency"): a payment that is no ransom, though the sentence speaks of cryptocurrency.
func boughtOrWaged(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	w := toks[i+1].Lower
	return w == "for" || w == "him" || w == "her"
}

// victimOf reads "X was the victim of a ransomware attack", "X fell victim to a phishing
// scam": the incident noun at i has the subject as its target. It returns an entity or -1.
func (x *Extractor) victimOf(c *sentCtx, i int) int {
	toks := c.s.Toks
	j := i - 1
	for j >= 0 && i-j <= 4 && (toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "CD" || toks[j].Tag == "VBG" || isNounTag(toks[j].Tag) && c.at[j] < 0 && toks[j].Lower != "victim" && toks[j].Lower != "victims") {
		j--
	}
	if j < 2 || toks[j].Lower != "of" && toks[j].Lower != "to" {
		return -1
	}
	v := j - 1
	if toks[v].Lower != "victim" && toks[v].Lower != "victims" && toks[v].Lower != "target" {
		return -1
	}
	for v > 0 && (toks[v-1].Tag == "DT" || toks[v-1].Tag == "JJ" || toks[v-1].Tag == "RB") {
		v--
	}
	if v == 0 || !x.cue.tokIs("victimverb", &toks[v-1]) {
		return -1
	}
	return x.subject(c, v-1)
}

// flawFound reports whether the verb at i has a word of cue list cat near it as its object:
// a flaw for "find", "address", "identify" (cat flawnoun: "researchers found a bug in …",
// "Acme addressed two vulnerabilities"), a fix or update for "release", "install" (cat
// fixnoun). Only then is finding a discovery and releasing a fix.
func (x *Extractor) flawFound(c *sentCtx, i int, cat string) bool {
	toks := c.s.Toks
	for j := i + 1; j < len(toks) && j-i <= 8 && c.clause[j] == c.clause[i]; j++ {
		if x.cue.tokIs(cat, &toks[j]) {
			return true
		}
	}
	if toks[i].Tag == "VBN" {
		// "a flaw found by researchers", "the bug was found"
		for j := i - 1; j >= 0 && i-j <= 4; j-- {
			if x.cue.tokIs(cat, &toks[j]) {
				return true
			}
		}
	}
	return false
}

// accessGained reads "X gained access to Y", "unauthorized access to Y's servers": an
// intrusion whose agent is the subject of the verb and whose target follows "to". Without a
// target named, only a threat group's gaining access is one ("the crew gained access through
// a phishing email").
func (x *Extractor) accessGained(c *sentCtx, i int, out *rawEvent) bool {
	toks := c.s.Toks
	if toks[i].Lower != "access" || !isNounTag(toks[i].Tag) {
		return false
	}
	v := -1
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		if x.cue.tokIs("gainverb", &toks[j]) {
			v = j
			break
		}
		if tg := toks[j].Tag; tg != "JJ" && tg != "DT" && tg != "RB" && tg != "PRP$" {
			break
		}
	}
	passive := v < 0
	if passive {
		if v = x.accessPassive(c, i); v < 0 {
			return false
		}
	}
	ev := rawEvent{Type: schema.EventIntrusion, Lemma: "access", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.6}
	if isVerbTag(toks[v].Tag) && !passive {
		ev.Agent = ents(x.subject(c, v))
	}
	if i+1 < len(toks) && toks[i+1].Lower == "to" {
		t := x.nextBody(c, i+2, 4) // "access to Norland's Revenue Agency": the body
		if t < 0 {
			t = x.ownerOfAccessed(c, i+2) // "access to the network of X"
		}
		ev.Target = ents(t)
	}
	if len(ev.Target) == 0 && !(len(ev.Agent) == 1 && ev.Agent[0] < len(c.ents) && c.ents[ev.Agent[0]].Kind == schema.KindGroup) || sameEnts(ev.Agent, ev.Target) {
		return false // access to no one named, by no group, is too vague to be an intrusion
	}
	x.modality(c, i, &ev)
	*out = ev
	return true
}

// accessPassiveReach bounds the words from "access" to the participle that tells it gained
// (accessPassive): "to" and the systems' noun phrase stand between.
const accessPassiveReach = 10

// accessPassive returns, when the noun "access" at i is the subject of a passive verb of gaining
// (cue entrygain: "initial access to X's build servers was obtained as early as July", "access
// to the network was gained through a phishing email"), the participle's index, else -1. Only
// "to" and its noun phrase, with no comma or other verb, may stand between.
func (x *Extractor) accessPassive(c *sentCtx, i int) int {
	toks := c.s.Toks
	for k := i + 1; k < len(toks) && k-i <= accessPassiveReach && c.clause[k] == c.clause[i]; k++ {
		t := &toks[k]
		if t.Tag == "VBN" && x.cue.tokIs("entrygain", t) && x.passiveAux(c, k) {
			return k
		}
		if t.Text == "," || isVerbTag(t.Tag) && !x.auxTok(t) || k == i+1 && t.Lower != "to" && !x.cue.tokIs("be", t) {
			return -1
		}
	}
	return -1
}

// plantedMalware reads a verb of planting (cue plantverb: "planted", "inserted", "installed")
// whose object is malware (plantedThing: "a backdoor", "malicious code", "a card skimmer")
// and which puts it "on", "into" or "onto" systems another owns ("X's website", "the servers
// of X", "machines at X"): an intrusion into the owner's systems by the verb's subject, or, in
// the passive ("malicious code was inserted into X's checkout page"), by its "by" phrase.
// Without an owner named, or with one that is the doer, it reads nothing.
func (x *Extractor) plantedMalware(c *sentCtx, i int) (rawEvent, bool) {
	toks := c.s.Toks
	passive := toks[i].Tag == "VBN" && x.passiveAux(c, i)
	j := i + 1
	if passive {
		if !x.plantedBefore(c, i) {
			return rawEvent{}, false
		}
	} else {
		h := x.plantedThing(c, j)
		if h < 0 {
			return rawEvent{}, false
		}
		j = h + 1
	}
	for j < len(toks) && (toks[j].Tag == "RB" || c.clause[j] == c.clause[i] && slices.Contains(c.timeAt, j) && toks[j].Lower != "on" && toks[j].Lower != "in") {
		j++
	}
	if j+1 >= len(toks) || toks[j].Lower != "on" && toks[j].Lower != "into" && toks[j].Lower != "onto" {
		return rawEvent{}, false
	}
	owner := x.nextBody(c, j+1, 4) // "on X's website"
	if owner < 0 {
		q := j + 1
		for q < len(toks) && (toks[q].Tag == "CD" || x.approxTok(&toks[q])) {
			q++ // "on at least 40 machines at X", "on about 300 computers of X"
		}
		owner = x.ownerOfAccessed(c, q) // "on the servers of X", "on machines at X"
	}
	if owner < 0 {
		return rawEvent{}, false
	}
	ev := rawEvent{Type: schema.EventIntrusion, Lemma: "plant", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.65, Target: []int{owner}}
	g := c // the doer may be one the text only describes ("hackers planted …")
	if c.gen != nil {
		g = c.gen
	}
	if passive {
		ev.Agent = ents(x.byAgent(g, i))
	} else {
		ev.Agent = ents(x.subject(g, i))
	}
	if contains(ev.Agent, owner) {
		return rawEvent{}, false // "X installed a backdoor on its own servers for testing"
	}
	return ev, true
}

// networkEntered reads a verb of going in (cue enterverb: "entered", and before "into"
// "slipped", "sneaked", "crept") whose object is systems a name owns: a network noun (cue
// netnoun) heads the phrase after it, owned by a possessive name ("entered X's network") or
// named after "of" or "at" ("slipped into the systems of X"). It is an intrusion into the owner
// by the verb's subject. Other things entered ("entered a plea", "entered the country",
// "slipped into recession") and systems no name owns read nothing.
func (x *Extractor) networkEntered(c *sentCtx, i int) (rawEvent, bool) {
	toks := c.s.Toks
	j := i + 1
	if toks[i].Lower != "enter" && toks[i].Lower != "entered" && toks[i].Lower != "enters" && toks[i].Lower != "entering" {
		if j >= len(toks) || toks[j].Lower != "into" {
			return rawEvent{}, false
		}
		j++
	}
	if toks[i].Tag == "VBN" && x.passiveAux(c, i) || !x.networkNext(toks, j) {
		return rawEvent{}, false
	}
	owner := x.nextBody(c, j, 3) // "X's network"
	if owner < 0 {
		owner = x.ownerOfAccessed(c, j) // "the network of X", "servers at X"
	}
	if owner < 0 {
		return rawEvent{}, false
	}
	g := c // the doer may be one the text only describes ("the intruders slipped into …")
	if c.gen != nil {
		g = c.gen
	}
	ev := rawEvent{Type: schema.EventIntrusion, Lemma: "enter", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.65, Target: []int{owner}, Agent: ents(x.subject(g, i))}
	if contains(ev.Agent, owner) {
		return rawEvent{}, false // "X entered its own network"
	}
	return ev, true
}

// plantedThing returns the head of the object phrase opening at j when it is malware: a noun of
// a malicious program (cue plantnoun: "a backdoor", "remote-access malware", "a card skimmer"),
// or code, a script or software said to be malicious (cue maliciousmod: "malicious code",
// "destructive software"). Only determiners, numbers, adjectives and nouns stand before it.
func (x *Extractor) plantedThing(c *sentCtx, j int) int {
	toks := c.s.Toks
	bad := false
	for k := j; k < len(toks) && k-j < plantReach; k++ {
		t := toks[k]
		if isNounTag(t.Tag) && x.cue.tokIs("plantnoun", &t) && (k+1 >= len(toks) || !isNounTag(toks[k+1].Tag)) {
			return k
		}
		if isNounTag(t.Tag) && bad && (t.Lower == "code" || t.Lower == "software" || t.Lower == "script" || t.Lower == "scripts" || t.Lower == "program" || t.Lower == "programs") {
			return k
		}
		bad = bad || x.cue.tokIs("maliciousmod", &t)
		switch {
		case t.Tag == "DT" || t.Tag == "CD" || t.Tag == "JJ" || t.Tag == "HYPH" || t.Tag == "PRP$" || isNounTag(t.Tag) && c.at[k] < 0:
		case t.Tag == "IN" && (t.Lower == "than" || t.Lower == "of") || x.approxTok(&t):
		default:
			return -1
		}
	}
	return -1
}

// plantReach bounds, in tokens from the start of the object, the head plantedThing looks for.
const plantReach = 6

// plantedBefore reports whether the subject of the passive verb of planting at i is malware: a
// malware noun or maliciously described code ends the phrase right before the auxiliaries.
func (x *Extractor) plantedBefore(c *sentCtx, i int) bool {
	toks := c.s.Toks
	k := x.beforeAuxWithin(toks, i, auxReach+2, true)
	for s := k; s >= 0 && k-s < plantReach; s-- {
		if h := x.plantedThing(c, s); h == k {
			return true
		}
		if t := toks[s].Tag; !(t == "DT" || t == "CD" || t == "JJ" || t == "HYPH" || isNounTag(t)) {
			return false
		}
	}
	return false
}

// ownerOfAccessed returns the owner named after "of" that ends the noun phrase opening at j, what
// access was gained to ("the network of X", "the internal systems of the X"), else -1; not a
// name that only modifies a noun after "of" ("a set of X keys"). After "at" the owner is the
// body whose site the systems stand in ("control systems at X", "servers at one of its
// plants", "computers at X offices"), not a place ("servers at Y airport" names no owner).
func (x *Extractor) ownerOfAccessed(c *sentCtx, j int) int {
	toks := c.s.Toks
	k := j
	for k < len(toks) && k-j < 4 && c.at[k] < 0 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "NNS" ||
		(toks[k].Tag == "VB" || toks[k].Tag == "VBP") && k+1 < len(toks) && isNounTag(toks[k+1].Tag)) { // "control systems"
		k++
	}
	if k == j || k+1 >= len(toks) || !isNounTag(toks[k-1].Tag) || toks[k].Lower != "of" && toks[k].Lower != "at" {
		return -1
	}
	at := toks[k].Lower == "at"
	k++
	if at && k+2 < len(toks) && toks[k].Lower == "one" && toks[k+1].Lower == "of" {
		k += 2 // "at one of its plants"
	}
	if toks[k].Tag == "DT" && k+1 < len(toks) {
		k++
	}
	if m := c.at[k]; m >= 0 && c.ms[m].First == k && (!c.ms[m].NounMod || at) {
		if e := c.ms[m].Entity; at && (e < 0 || e >= len(c.ents) || c.ents[e].Kind == schema.KindPlace || c.ents[e].Kind == schema.KindPerson) {
			return -1
		}
		return c.ms[m].Entity
	}
	if r := x.unnamedAt(c, k); !at && r >= 0 {
		return x.ownerOfAccessed(c, r) // "the email account of a clerk at X": the clerk's employer
	}
	return -1
}

// unnamedAt returns, when a common-noun phrase no name stands in (at most three words, ending
// in a noun) opens at k and "at" follows it, the index where it opens past a count, else -1: "a clerk at X",
// "a senior engineer at X", "two accountants at X", whose things are the body's they work at.
func (x *Extractor) unnamedAt(c *sentCtx, k int) int {
	toks := c.s.Toks
	if k < len(toks) && toks[k].Tag == "CD" && c.at[k] < 0 {
		k++ // "two accountants at X": the count is no part of ownerOfAccessed's phrase
	}
	for h := k; h < len(toks)-1 && h-k < 3 && c.at[h] < 0; h++ {
		t := toks[h].Tag
		if t != "JJ" && t != "NN" && t != "NNS" {
			return -1
		}
		if (t == "NN" || t == "NNS") && toks[h+1].Lower == "at" {
			return k
		}
	}
	return -1
}

// flawState reads a vulnerability as an event of its own: "a flaw that affects X", "the bug
// resides in X's router", "X's devices are vulnerable". The target is the owner of the flawed
// product.
func (x *Extractor) flawState(c *sentCtx, i int, out *rawEvent) bool {
	toks := c.s.Toks
	t := &toks[i]
	var target []int
	switch {
	case isVerbTag(t.Tag) && x.cue.tokIs("flawverb", t):
		j := i - 1
		for j >= 0 && i-j <= 3 && (toks[j].Tag == "RB" || toks[j].Lower == "that" || toks[j].Lower == "which" || toks[j].Tag == "MD") {
			j--
		}
		if j < 0 || !x.cue.tokIs("flawnoun", &toks[j]) {
			return false
		}
		o := x.object(c, i, true)
		if o < 0 {
			o = x.afterPrep(c, i, "in")
		}
		target = ents(o)
	case t.Lower == "vulnerable" && i > 0 && x.cue.tokIs("be", &toks[i-1]):
		target = ents(x.subject(c, i-1))
	default:
		return false
	}
	if len(target) == 0 {
		return false
	}
	ev := rawEvent{Type: schema.EventOther, Lemma: "vulnerability", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.4, Target: target}
	x.modality(c, i, &ev)
	*out = ev
	return true
}

// chargedDeed reports whether the gerund at i is the deed someone is suspected, accused or
// charged with ("detained a man suspected of recruiting volunteers and paying them in
// cryptocurrency", "charged with paying the couriers"): it is the suspect's act, not a victim
// paying a ransom. It walks back over the gerunds coordinated with it to "of" or "with" and
// the word that governs it.
func (x *Extractor) chargedDeed(c *sentCtx, i int) bool {
	toks := c.s.Toks
	if toks[i].Tag != "VBG" {
		return false
	}
	for j := i - 1; j >= 1 && i-j <= 12 && c.clause[j] == c.clause[i]; j-- {
		w := toks[j].Lower
		if w != "of" && w != "with" {
			if toks[j].Tag == "." || toks[j].Tag == ":" || isVerbTag(toks[j].Tag) && toks[j].Tag != "VBG" {
				return false
			}
			continue
		}
		if toks[j+1].Tag != "VBG" {
			return false
		}
		g := toks[j-1].Lower
		if g == "suspected" || g == "suspect" || g == "suspects" {
			return true
		}
		tr, ok := x.lex.lookup(g, true)
		return ok && (tr.Type == schema.EventLegal || tr.Type == schema.EventAccusation)
	}
	return false
}

// entryLemma is the lemma of a way in told without its victim (entryDeed): no event, but its
// time dates the break-in told before it (entryMention), or, with none told, it is the start of
// the incident with both parties told before it (entryIncidents).
const entryLemma = "get in"

// entryDeed keeps a doer's way into a network told without its victim as one of the sentence's
// nameless deeds: "the intruders first got in during early July", "the attackers gained access
// as early as November", "had gained a foothold by March", "the hackers had been inside the
// network since at least April" (when insideNetwork finds no named owner). Its time may date the
// break-in told with its parties before it (entryMention).
func (x *Extractor) entryDeed(c *sentCtx, i int) {
	if v, ok := x.wayIn(c, i); ok {
		x.namelessDeed(c, v, trigger{Type: schema.EventIntrusion, Lemma: entryLemma, Verb: true})
	}
}

// lossDeed keeps a victim's loss of money told as its own ("the exchange lost $30 million in
// bitcoin on Oct. 27", "the council had lost about £600,000 to the scheme", "lost roughly 2.1
// billion yen worth of ether") as one of the sentence's nameless deeds, a theft: the victim is no
// doer, so it names no one, but its time may date the theft told with its parties before it
// (dayMention). A loss of a share or of anything but money ("lost 41% of its value", "lost
// access") is none.
func (x *Extractor) lossDeed(c *sentCtx, i int) {
	toks := c.s.Toks
	if w := toks[i].Lower; w != "lost" && w != "lose" && w != "loses" && w != "losing" || !isVerbTag(toks[i].Tag) {
		return
	}
	if moneyAfter(toks, i+1, func(t *token) bool { return x.cue.tokIs("currency", t) }) {
		x.namelessDeed(c, i, trigger{Type: schema.EventTheft, Lemma: "lose", Verb: true})
	}
}

// moneyAfter reports whether a sum of money opens at j, past words of measure ("roughly",
// "about", "more than"): a currency sign ("$ 30", "£600,000") or a number whose words end in a
// currency's name (currency: "27.9 billion yen", "400 bitcoin").
func moneyAfter(toks []token, j int, currency func(*token) bool) bool {
	for j < len(toks) && (toks[j].Tag == "RB" || toks[j].Tag == "JJR" || toks[j].Lower == "about" || toks[j].Lower == "around" || toks[j].Lower == "than") {
		j++
	}
	if j >= len(toks) {
		return false
	}
	if toks[j].Tag == "$" {
		return true
	}
	if toks[j].Tag != "CD" || strings.HasSuffix(toks[j].Text, "%") {
		return false
	}
	if strings.IndexAny(toks[j].Text, "£€¥₩₹") == 0 {
		return true // "£600,000", "€2"
	}
	for j < len(toks) && toks[j].Tag == "CD" {
		j++
	}
	return j < len(toks) && currency(&toks[j])
}

// wayIn returns the verb of a way in at i: a form of "get" or "break" before "in" or "inside"
// that ends its phrase ("got in", "broke in"; wayInEnds: not "got in touch", "got in the way"),
// a verb of gaining (cue entrygain) whose object is a way in (cue entrynoun: "access", "a
// foothold", "initial access"), a verb of using a flaw whose object is one (cue exploitverb,
// flawObject: "exploited a previously unknown flaw in mid-September"), or a word of being there (cue presence) before "inside" and a
// network noun (cue netnoun).
func (x *Extractor) wayIn(c *sentCtx, i int) (int, bool) {
	toks := c.s.Toks
	if i+1 >= len(toks) {
		return -1, false
	}
	w := toks[i].Lower
	switch {
	case (toks[i+1].Lower == "in" || toks[i+1].Lower == "inside") && isVerbTag(toks[i].Tag) && (x.cue.tokIs("getforms", &toks[i]) || x.cue.tokIs("breakforms", &toks[i])):
		return i, wayInEnds(c, i+2) || toks[i+1].Lower == "inside" && x.networkNext(toks, i+2)
	case isVerbTag(toks[i].Tag) && x.cue.tokIs("entrygain", &toks[i]):
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			if x.cue.tokIs("entrynoun", &toks[j]) && isNounTag(toks[j].Tag) {
				return i, true
			}
			if t := toks[j].Tag; t != "DT" && t != "JJ" {
				break
			}
		}
	case isVerbTag(toks[i].Tag) && x.cue.tokIs("exploitverb", &toks[i]):
		return i, x.flawObject(toks, i+1)
	case w == "inside" && i > 0 && x.cue.tokIs("presence", &toks[i-1]) && isVerbTag(toks[i-1].Tag):
		return i - 1, x.networkNext(toks, i+1)
	}
	return -1, false
}

// flawObject reports whether a flaw noun (cue flawnoun) is the head of the object starting at
// j, within five words, only determiners, numbers, adverbs, adjectives, participles and nouns
// before it: "a previously unknown flaw", "an unpatched vulnerability", "two zero-day bugs".
func (x *Extractor) flawObject(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+5; k++ {
		if x.cue.tokIs("flawnoun", &toks[k]) && isNounTag(toks[k].Tag) {
			return true
		}
		switch toks[k].Tag {
		case "DT", "CD", "RB", "JJ", "VBN", "NN", "NNP", "HYPH":
			continue
		}
		return false
	}
	return false
}

// wayInEnds reports whether the phrase "got in" ends before token j: the sentence ends, a
// preposition, adverb, conjunction or punctuation comes next, or a time begins ("got in early
// July"); not an object ("got in touch", "got in the way").
func wayInEnds(c *sentCtx, j int) bool {
	toks := c.s.Toks
	if j >= len(toks) || slices.Contains(c.timeAt, j) {
		return true
	}
	switch toks[j].Tag {
	case "IN", "RB", "TO", "CC", ",", ".", ":":
		return true
	}
	return false
}

// networkNext reports whether a network noun (cue netnoun) comes within four words from j,
// only determiners, adjectives, nouns and possessives between: "inside the company's network".
func (x *Extractor) networkNext(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+4; k++ {
		if x.cue.tokIs("netnoun", &toks[k]) {
			return true
		}
		if t := toks[k].Tag; !(t == "DT" || t == "JJ" || t == "NN" || t == "NNP" || t == "PRP$" || t == "POS") {
			return false
		}
	}
	return false
}

// ownerOfObject finds the victim of the deed at i named as the owner of the things it touched,
// after the verb's object: "breached routers operated by X", "stole files from three devices
// registered to X", "broke into servers run by X". The owning participle (cue ownedverb, with
// the preposition it takes) follows a common noun no actor stands for, within ownerReach
// words of the verb and before any comma, relative pronoun or other verb; the owner is the
// name at most four words after the preposition. It returns the entity or -1.
func (x *Extractor) ownerOfObject(c *sentCtx, i int) int {
	toks := c.s.Toks
	for j := i + 2; j+1 < len(toks) && j-i <= ownerReach; j++ {
		t := toks[j]
		if t.Text == "," || t.Text == ";" || t.Tag == "." || t.Tag == "WDT" || t.Tag == "WP" || t.Lower == "that" || c.at[j] >= 0 {
			return -1
		}
		p := toks[j-1]
		if x.ownedBy(t.Lower, toks[j+1].Lower) && (p.Tag == "NNS" || p.Tag == "NN") && c.at[j-1] < 0 {
			return x.headAfter(c, j+2)
		}
		if isVerbTag(t.Tag) && t.Tag != "VBN" && t.Tag != "VBG" {
			return -1
		}
	}
	return -1
}

// ownerReach bounds how many words after the deed verb ownerOfObject looks for the owning
// participle.
const ownerReach = 12

// ownedBy reports whether participle w and the preposition after it name an owner: "operated
// by", "registered to" (cue ownedverb lists each with its preposition).
func (x *Extractor) ownedBy(w, prep string) bool {
	return (prep == "by" || prep == "to") && x.cue.is("ownedverb", w+" "+prep)
}

// lureReach bounds the words between a verb of sending and the "to" before its receiver.
const lureReach = 6

// lureSent reads a lure sent to someone: "X sent spear-phishing emails to officials at Y",
// "sending booby-trapped spreadsheets to the ministry", "emailed malicious links to staff in Y".
// The verb at i is one of sending (cue lureverb); its object, within lureReach words and before
// "to", is a lure noun (cue lurenoun) after a lure word (cue lureword). It is an attack by the
// verb's subject on the receiver, or on the body the people receiving it work at or in
// (lureBody).
func (x *Extractor) lureSent(c *sentCtx, i int) (rawEvent, bool) {
	toks := c.s.Toks
	lure, to := false, -1
	for j := i + 1; j < len(toks) && j-i <= lureReach; j++ {
		if toks[j].Lower == "to" {
			to = j
			break
		}
		if c.at[j] >= 0 {
			return rawEvent{}, false // "sent the FBI a list": a name as object
		}
		if x.cue.tokIs("lurenoun", &toks[j]) && isNounTag(toks[j].Tag) && j > i+1 && x.cue.tokIs("lureword", &toks[j-1]) {
			lure = true
			continue
		}
		if t := toks[j].Tag; !(t == "DT" || t == "JJ" || t == "CD" || t == "NN" || t == "NNS" || t == "HYPH" || t == "VBN" || t == "VBG" || t == "VBD" && premodifies(toks, j)) {
			return rawEvent{}, false
		}
	}
	if !lure || to < 0 || to+1 >= len(toks) || !isNounTag(toks[to-1].Tag) {
		return rawEvent{}, false
	}
	target := x.lureBody(c, to+1)
	if target < 0 {
		target = x.nextBody(c, to+1, 4)
	}
	agent := x.subject(c, i)
	if agent < 0 && toks[i].Tag == "VBG" {
		agent = x.spentSubject(c, i) // "has spent five months sending phishing emails to …"
	}
	if agent < 0 || agent == target {
		return rawEvent{}, false
	}
	ev := rawEvent{Type: schema.EventAttack, Lemma: "attack", Sent: c.s.Index, Trigger: i, TimeIdx: -1, Conf: 0.6, Agent: []int{agent}}
	if target >= 0 {
		ev.Target = []int{target}
	}
	return ev, true
}

// lureBody reads people a lure was sent to, named by where they work at j: "officials at X",
// "engineers from X", "diplomats in X" (cue staffnoun, after up to one adjective or number); it
// returns the body, or -1.
func (x *Extractor) lureBody(c *sentCtx, j int) int {
	toks := c.s.Toks
	for j < len(toks) && c.at[j] < 0 && (toks[j].Tag == "JJ" || toks[j].Tag == "CD") {
		j++
	}
	if j+2 >= len(toks) || c.at[j] >= 0 || !x.cue.tokIs("staffnoun", &toks[j]) && toks[j].Lower != "staff" {
		return -1
	}
	if p := toks[j+1].Lower; p != "at" && p != "from" && p != "in" {
		return -1
	}
	return x.nextBody(c, j+2, 4)
}

// spentSubject returns, for the participle at i after a verb of spending time ("has spent the
// past five months sending …", "spent weeks emailing …"; cue spendforms, at most lureReach words
// before), that verb's subject; else -1.
func (x *Extractor) spentSubject(c *sentCtx, i int) int {
	toks := c.s.Toks
	for v := i - 1; v >= 0 && i-v <= lureReach; v-- {
		if c.at[v] >= 0 || toks[v].Text == "," {
			return -1
		}
		if x.cue.tokIs("spendforms", &toks[v]) && isVerbTag(toks[v].Tag) {
			return x.subject(c, v)
		}
	}
	return -1
}

// premodifies reports whether the word at j stands before a modifier or noun of the same noun
// phrase, as an -ed adjective the tagger read as a past tense does ("tailored phishing emails").
func premodifies(toks []token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	t := toks[j+1].Tag
	return t == "JJ" || t == "VBG" || t == "NN" || t == "NNS" || t == "HYPH"
}
