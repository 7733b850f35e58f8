package extract

// unnamedSpeakersSay reports whether ms[i] is a "they" that opens what a plural noun no name
// stands for says ("Officials said they may sanction the group", "Investigators also said that
// they had found malware"): the speakers themselves, not a body or group named before.
func (x *Extractor) unnamedSpeakersSay(sents []sentence, ms []mention, i int) bool {
	m := ms[i]
	if m.How != mkPronoun || m.Head != "they" || m.Sent >= len(sents) || m.First < 2 {
		return false
	}
	toks := sents[m.Sent].Toks
	j := m.First - 1
	if toks[j].Lower == "that" {
		j--
	}
	if j < 1 || !isVerbTag(toks[j].Tag) || !x.cue.tokIs("reporting", &toks[j]) {
		return false
	}
	j--
	for j > 0 && toks[j].Tag == "RB" {
		j-- // "officials also said"
	}
	if toks[j].Tag != "NNS" || isCap(toks[j].Text) && j > 0 {
		return false
	}
	for k := i - 1; k >= 0 && ms[k].Sent == m.Sent; k-- {
		if ms[k].First <= j && j < ms[k].Last {
			return false // "the Rook Spiders said they": a name's own word
		}
	}
	return true
}
