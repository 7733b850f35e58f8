package extract

import "github.com/intelgraph/intelgraph/schema"

// legalRetold folds a legal step told again into the step it tells of, two ways.
//
// A legal noun the story names as known, by a possessive or a definite article ("had
// cooperated since his arrest", "after Vaskel's extradition", "the indictment was sealed"), with
// no doer the step told before lacks and no time that conflicts with its, is that step told
// again when the article told exactly one step of its kind (sameStep) against the same people
// before it, dated or worded otherwise: "X was arrested on Dec. 12. … since his arrest" is one
// arrest. Two such steps before it (arrested in 2019 and again in 2021; a request for his
// extradition and its approval) leave the mention alone.
//
// A doer named as a state in one wording and as that state's own agency in the other
// ("Portuguese authorities" … "Portugal's Judiciary Police, which carried out the arrest") is
// one doer (stateAndOwn): both are kept.
//
// A step of one day by a court and the same step that day against the same people by a judge
// (a person), the bench that sits in it, are one act: "X was sentenced at Leeds Crown Court on
// Friday. Sentencing him, Judge Y said …". Both become its doers.
func (x *Extractor) legalRetold(evs []mergedEvent, ents []entity, sents []sentence, iso func(int) string) []mergedEvent {
	plain := func(e *mergedEvent) bool {
		return e.typ == schema.EventLegal && !e.negated && e.modality == "" && len(e.target) > 0 && len(e.evidence) > 0
	}
	// told: a step told in its own right, dated or worded other than as a step known
	told := func(p *mergedEvent) bool { return iso(p.time) != "" || !x.spentNoun(sents, p.evidence[0]) }
	var steps []mergedEvent // the steps told in their own right, before any folds
	for k := range evs {
		if plain(&evs[k]) && told(&evs[k]) {
			steps = append(steps, evs[k])
		}
	}
	fits := func(o, e *mergedEvent) bool {
		if !plain(o) || !plain(e) || !sameStep(o.lemma, e.lemma) || !sameSet(o.target, e.target) ||
			e.evidence[0].sent <= o.evidence[0].sent {
			return false
		}
		a, b := iso(o.time), iso(e.time)
		if len(a) == dayValue && a == b && benchPair(o.agent, e.agent, ents) {
			return true
		}
		if len(e.agent) > 0 && !subset(e.agent, o.agent) && !stateAndOwn(o.agent, e.agent, ents) || !datesAgree(a, b) || !x.spentNoun(sents, e.evidence[0]) || !told(o) {
			return false
		}
		for _, p := range steps { // the one step of its kind against them told before the mention
			if p.evidence[0] != o.evidence[0] && sameStep(p.lemma, e.lemma) && sameSet(p.target, e.target) && p.evidence[0].sent < e.evidence[0].sent {
				return false
			}
		}
		return true
	}
	return foldEventsThen(evs, iso, fits, joinAgents)
}

// sameStep reports whether two legal lemmas name one kind of step, told by a verb or its noun:
// "arrest" and "arrest", "extradite" and "extradition", "indict" and "indictment", "convict" and
// "conviction", "sue" and "lawsuit".
func sameStep(a, b string) bool {
	if a == b {
		return true
	}
	suit := func(l string) bool { return l == "sue" || l == "lawsuit" || l == "suit" }
	if suit(a) && suit(b) {
		return true
	}
	return stepStem(a) == stepStem(b) && stepStem(a) != ""
}

// stepStem strips the endings that turn a legal verb into its noun, and the verb's closing
// "e": "extradition" and "extradite" give "extradit", "indictment" and "indict" give "indict".
func stepStem(l string) string {
	return stripEnding(l, stepEndings)
}

// stepEndings are the endings stepStem strips, the first that fits.
var stepEndings = []string{"ment", "ion", "ure", "ing", "e"}

// spentNoun reports whether the evidence r is a noun whose phrase opens with a possessive ("his
// arrest", "Vaskel's extradition", "their indictment") or a definite article ("the
// extradition"): a step the reader is taken to know, told again. So is a bare noun right after
// a verb of resisting the step (cue resistverb: "He resisted arrest", "fought extradition"):
// the step taken against him, not another.
func (x *Extractor) spentNoun(sents []sentence, r evRef) bool {
	if r.sent < 0 || r.sent >= len(sents) {
		return false
	}
	toks := sents[r.sent].Toks
	i := r.trigger
	if i < 0 || i >= len(toks) || !isNounTag(toks[i].Tag) {
		return false
	}
	if definiteNP(toks, i) || i > 0 && x.cue.tokIs("resistverb", &toks[i-1]) {
		return true
	}
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		if toks[j].Tag == "PRP$" || isPossMark(toks[j].Lower) {
			return true
		}
		if t := toks[j].Tag; t != "JJ" && t != "NN" && t != "NNP" && t != "VBN" && t != "HYPH" {
			return false
		}
	}
	return false
}

// benchPair reports whether one of a and b is a single court and the other a single person:
// the court and the judge sitting in it.
func benchPair(a, b []int, ents []entity) bool {
	if len(a) != 1 || len(b) != 1 {
		return false
	}
	court := func(e int) bool { return e >= 0 && e < len(ents) && courtNamed(ents[e].Name) }
	person := func(e int) bool { return e >= 0 && e < len(ents) && ents[e].Kind == schema.KindPerson }
	return court(a[0]) && person(b[0]) || person(a[0]) && court(b[0])
}

// stateAndOwn reports whether one of a and b is a single country and the other a single body
// of that country: its agency or force, named with it ("Portugal's Judiciary Police") or
// known to be its.
func stateAndOwn(a, b []int, ents []entity) bool {
	if len(a) != 1 || len(b) != 1 {
		return false
	}
	own := func(st, body int) bool {
		if st < 0 || st >= len(ents) || body < 0 || body >= len(ents) || st == body || ents[st].Kind != schema.KindCountry {
			return false
		}
		k := ents[body].Kind
		if k != schema.KindAgency && k != schema.KindOrganization {
			return false
		}
		return ents[body].Owner == st+1 || ents[body].Country != "" && ents[body].Country == ents[st].Country
	}
	return own(a[0], b[0]) || own(b[0], a[0])
}
