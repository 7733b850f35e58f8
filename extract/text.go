package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/segment"
	"github.com/jdkato/prose/v3/tokenize"

	"github.com/intelgraph/intelgraph/extract/internal/lowercase"
	"github.com/intelgraph/intelgraph/extract/postag"
)

// token is one word or punctuation mark of a sentence.
type token struct {
	Text  string
	Lower string
	Tag   string // Penn Treebank part of speech
	Start int    // rune offset in the body
	End   int    // rune offset in the body, exclusive
	cue   int32  // the number of the word in the cue lists (cues.mark); 0 before it is marked
	// Unseen tells that the word is in title case (titleWord) and the tagger's model has never
	// seen it, in any case: a coined word, in news most often a name ("Blackmere", "Ashfall").
	Unseen bool
	// unlisted has the lenBit of each length no name of the word's cue lists has (cues.mark):
	// tokIs answers no from it without a call. 0 before the token is marked.
	unlisted uint32
}

// sentence is one sentence of the body with its tokens.
type sentence struct {
	Index      int
	Para       int // the paragraph (line of the body) the sentence stands in, counted from 0
	Start, End int // rune offsets in the body
	Text       string
	Toks       []token
	// Quoted marks the tokens that stand inside a quotation, one opened in an earlier sentence
	// counted (quotation); set by Extract as it finds the sentence's mentions.
	Quoted []bool
	// articleWords holds what the whole article says about its words, shared by all its
	// sentences.
	*articleWords
}

// articleWords holds the facts about words that only the whole article shows, read once per
// article and shared by its sentences.
type articleWords struct {
	// local holds the article's own countries known only by a name and its demonym
	// ("Karsovia" … "Karsovian"); nil when none.
	local *localCountries
	// surnames holds the article's words that end a run of proper nouns inside a sentence and
	// never appear in lower case ("Ferent" after "Dalia Ferent"): a name even at a sentence start
	surnames map[string]bool
	// lowered tells for each word the article writes capitalised whether it writes it in lower
	// case too, in a word of four letters or more ("city", "security"): capitalised at a
	// sentence start, such a word is no name. Ask writesLower, which answers for any token.
	lowered map[string]bool
	// opener holds the words that open a run of two or more capitalised words inside a
	// sentence ("Kestrel" of "Kestrel Labs"): a short name when alone.
	opener map[string]bool
	// shortForm holds the first words of names of organisations inside a sentence ("Baltrans"
	// of "hit Baltrans Logistics"): the article may call the organisation by that word alone,
	// even at the start of a sentence.
	shortForm map[string]bool
	// innerRun holds the runs of two or more capitalised words the article writes inside a
	// sentence ("at Estuary Freight Terminals"): at the start of one, such a run keeps its first
	// word even when the tagger reads it as an adjective.
	innerRun map[string]bool
	// onlyIn holds the capitalised words the article writes alone right after "in" and
	// nowhere else ("a hospital in Velmi"): an unknown one is a town (townAfterIn).
	onlyIn map[string]bool
	// tools holds the names the article has given to programs so far ("a backdoor dubbed X"):
	// X alone later is the program too, no actor. Filled in as the sentences are read.
	tools map[string]bool
	// ownNouns holds the nouns of the twofoldhead list that the article uses for one of its
	// bodies, as the last word of its name ("Lakeshore Health System") or the head of the
	// description set beside its name ("Pellworth Health, a regional hospital network"): only
	// there does "the system" or "the network" name a body and not a machine; nil when none.
	ownNouns map[string]bool
	// leads holds the capitalised words that open two or more of the article's sentences
	// ("Krennet hacked …. Krennet has …"): a name the article keeps coming back to.
	leads map[string]bool
}

// nlp holds the shared segmenter, tokenizer and tagger.
type nlp struct {
	seg *segment.Segmenter
	tok *tokenize.Tokenizer
	tag *postag.Tagger
	// chargingDocs are the documents that charge people (cue chargingdoc), whose relative
	// clause's verb tagTokens retags (documentVerb)
	chargingDocs map[string]bool
	// cue holds the cue lists, of which tagTokens reads sameformverb (sameFormPast) and daypart
	// (dayPart)
	cue *cues
}

// newNLP loads prose's sentence segmenter and the part-of-speech tagger (prose's model, read by
// postag) once, for every article, with the cue lists c (chargingDocs is c's list chargingdoc).
func newNLP(c *cues) (*nlp, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	tg, err := postag.New()
	if err != nil {
		return nil, err
	}
	return &nlp{seg: seg, tok: tokenize.New(tokenize.UsingSpecialTest(titleAbbrev)), tag: tg, chargingDocs: c.sets["chargingdoc"], cue: c}, nil
}

// titleAbbrevs holds abbreviated titles that the segmenter takes for a sentence's end and the
// tokenizer splits from their full stop ("Atty. Jose dela Paz", "Hon. Fatuma Nuru", "Supt.
// Mary Wanjiru", "Prof. Ike Obi").
var titleAbbrevs = map[string]bool{"Atty.": true, "Hon.": true, "Engr.": true, "Insp.": true, "Supt.": true, "Brig.": true,
	"Capt.": true, "Cmdr.": true, "Cdr.": true, "Prof.": true, "Amb.": true, "Asst.": true, "Rev.": true, "Pres.": true,
	"Dep.": true, "Comm.": true, "Cpl.": true, "Pvt.": true, "Det.": true, "Cllr.": true, "Fr.": true,
	"Sens.": true, "Reps.": true} // "Sens. Ana Lind and Jo Park wrote …"

// titleAbbrev reports whether span is an abbreviated title ("Sen.", "Gen.", "Cllr.").
func titleAbbrev(span string) bool { return titleAbbrevs[span] }

// abbrevEnd reports whether a segment the segmenter cut after text, followed by next, was cut
// inside a name: after an abbreviated title ("Atty." | "Jose dela Paz said"), or after a
// two-letter abbreviated given name between capitalised words ("Rodolfo Ma." | "Sañez-Abalos,
// the director, said").
func abbrevEnd(text, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsUpper(r) {
		return false
	}
	last := text[strings.LastIndexByte(text, ' ')+1:]
	if titleAbbrevs[last] || articleAbbrev(text, last) {
		return true
	}
	if len(last) != 3 || last[2] != '.' || !unicode.IsUpper(rune(last[0])) || !unicode.IsLower(rune(last[1])) {
		return false
	}
	before := strings.TrimSpace(strings.TrimSuffix(text, last))
	prev := before[strings.LastIndexByte(before, ' ')+1:]
	first, _, _ := strings.Cut(next, " ")
	r, _ = utf8.DecodeRuneInString(prev)
	return unicode.IsUpper(r) && !sentenceOpener[strings.TrimRight(first, ".,;:")]
}

// articleAbbrev reports whether text, a segment the segmenter cut, ends in an abbreviation of
// letters and full stops (last: "U.S.", "U.K.") right after the indefinite article ("aboard a
// U.S." | "Marshals Service flight"): a noun phrase opened by "a" or "an" goes on past the
// abbreviation, so no sentence ends there.
func articleAbbrev(text, last string) bool {
	if !letterDots(last) {
		return false
	}
	before := strings.TrimSpace(strings.TrimSuffix(text, last))
	prev := before[strings.LastIndexByte(before, ' ')+1:]
	return prev == "a" || prev == "an" || prev == "A" || prev == "An"
}

// sentenceOpener holds words that open a sentence rather than go on with a name.
var sentenceOpener = map[string]bool{"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "In": true, "On": true, "At": true, "But": true, "And": true, "This": true, "That": true, "His": true, "Her": true,
	"Its": true, "Their": true, "There": true, "As": true, "For": true, "After": true, "When": true, "While": true, "If": true}

// segments splits a paragraph into sentences, joining the segmenter's cuts inside a name
// (abbrevEnd); a paragraph the segmenter provably leaves whole (oneSentence) skips it.
func (p *nlp) segments(para string) []segment.Sentence {
	if s, ok := oneSentence(para); ok {
		return []segment.Sentence{s}
	}
	return p.proseSegments(para)
}

// oneSentence returns para trimmed of white space as its only sentence when prose's segmenter
// cannot cut it: the segmenter (Punkt) cuts only after a word (a run of characters between
// white space) holding ".", "!" or "?", so a paragraph with none of them before its last word
// is one sentence, which it trims. It returns false for any other paragraph, and for one all
// of white space.
func oneSentence(para string) (segment.Sentence, bool) {
	text := strings.TrimRightFunc(para, unicode.IsSpace)
	start := len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
	if start >= len(text) {
		return segment.Sentence{}, false
	}
	last := strings.LastIndexFunc(text, unicode.IsSpace) // before the last word, or -1
	if last > 0 && strings.ContainsAny(text[:last], ".!?") {
		return segment.Sentence{}, false
	}
	return segment.Sentence{Text: text[start:], Start: start}, true
}

// proseSegments splits a paragraph into sentences with prose's segmenter, joining its cuts
// inside a name (abbrevEnd).
func (p *nlp) proseSegments(para string) []segment.Sentence {
	segs := p.seg.Segment(para)
	out := segs[:0]
	for _, s := range segs {
		if n := len(out); n > 0 && abbrevEnd(out[n-1].Text, s.Text) {
			prev := out[n-1]
			out[n-1] = segment.Sentence{Start: prev.Start, Text: para[prev.Start : s.Start+len(s.Text)]}
			continue
		}
		out = append(out, s)
	}
	return out
}

// sentences splits body into paragraphs (lines), then sentences, tokens and tags.
func (p *nlp) sentences(body string) []sentence {
	runeAt := runeOffsets(body)
	var out []sentence
	var pt []tokenize.Token    // prose's tokens of one sentence, the buffer reused for the next
	var low []string           // the lower-case texts of pt, for the tagger, the buffer reused
	words := &articleWords{}   // filled in by the extractor once the article is read
	var lower lowercase.Buffer // the tokens' lowered texts, one buffer for the article
	lower.Grow(len(body) / 4)
	off, paras := 0, 0
	for off < len(body) {
		end := strings.IndexByte(body[off:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += off
		}
		para := body[off:end]
		if strings.TrimSpace(para) != "" {
			for _, s := range p.segments(para) {
				base := off + s.Start
				pt = p.tokenize(s.Text, pt[:0])
				if len(pt) == 0 {
					continue
				}
				st := sentence{Index: len(out), Para: paras, Start: int(runeAt[base]), End: int(runeAt[base+len(s.Text)]), Text: s.Text, articleWords: words}
				st.Toks = make([]token, 0, len(pt))
				low = low[:0]
				for _, t := range pt {
					b, lw := base+t.Start, lower.Lower(t.Text)
					st.Toks = append(st.Toks, token{Text: t.Text, Lower: lw, Start: int(runeAt[b]), End: int(runeAt[b+len(t.Text)])})
					low = append(low, lw)
				}
				p.tagTokens(pt, low, st.Toks)
				out = append(out, st)
			}
			paras++
		}
		off = end + 1
	}
	retagNames(out)
	return out
}

// retagNames tags as a proper noun (NNP) each capitalised word inside a sentence that the
// tagger read as a verb, mostly a base form after "to" ("flagged to Ostrander/VB by", "went to
// Duncan/VB the next morning", "complained to Vorn/VB that"), or as a comparative or superlative
// adjective by its ending ("notified Pinecrest/JJS that", "warned Silverer/JJR"), when the article tags the word a
// proper noun elsewhere (outside a headline): a name it writes alone where the tagger expects an
// infinitive. A word opening its sentence or set after a quote, a colon or a bracket, where a
// capital marks no name, and the words of a sentence written as a headline are left as tagged
// (nameReadAsVerb, titleCased).
func retagNames(sents []sentence) {
	var proper map[string]bool // the capitalised words the article tags NNP outside headlines
	headline := make([]bool, len(sents))
	for k := range sents {
		if headline[k] = titleCased(sents[k].Toks); headline[k] {
			continue
		}
		for _, t := range sents[k].Toks {
			if t.Tag == "NNP" && isCap(t.Text) {
				if proper == nil {
					proper = map[string]bool{}
				}
				proper[t.Text] = true
			}
		}
	}
	if proper == nil {
		return
	}
	for k := range sents {
		if headline[k] {
			continue
		}
		toks := sents[k].Toks
		for i := 1; i < len(toks); i++ {
			if proper[toks[i].Text] && nameReadAsVerb(toks, i) {
				toks[i].Tag = "NNP"
			}
		}
	}
}

// nameReadAsVerb reports whether toks[i], past the sentence's first word, is a capitalised
// word (a capital then a lower-case letter) that the tagger read as a verb or as a comparative
// or superlative adjective, and that follows
// no quote, colon, dash or bracket, after which a capital may open a quoted or set-off
// sentence.
func nameReadAsVerb(toks []token, i int) bool {
	w := toks[i].Text
	if i == 0 || len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || w[1] < 'a' || w[1] > 'z' {
		return false
	}
	if !isVerbTag(toks[i].Tag) && toks[i].Tag != "JJS" && toks[i].Tag != "JJR" {
		return false // a verb, or a degree adjective read off the ending ("Pinecrest", "Silverer")
	}
	switch toks[i-1].Text {
	case "\"", "“", "‘", "'", "``", ":", "(", "[", "-", "–", "—":
		return false
	}
	return true
}

// titleCased reports whether a sentence is written as a headline, most of its words (at
// least three) capitalised ("Regulator Fines Lender Over Breach"): its capitals mark no names.
func titleCased(toks []token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if r, _ := utf8.DecodeRuneInString(t.Text); !unicode.IsLetter(r) {
			continue
		}
		words++
		if isCap(t.Text) {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// runeOffsets maps each byte offset of body, and len(body), to its rune offset: the bytes of a
// rune share its offset, and an invalid byte is a rune of its own, as ranging over body reads it.
func runeOffsets(body string) []int32 {
	runeAt := make([]int32, len(body)+1)
	n := int32(0)
	for i := 0; i < len(body); n++ {
		if body[i] < utf8.RuneSelf {
			runeAt[i] = n
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(body[i:])
		for end := i + size; i < end; i++ {
			runeAt[i] = n
		}
	}
	runeAt[len(body)] = n
	return runeAt
}

// tokenize appends to buf the tokens of text exactly as p.tok.Tokenize(text) gives them, at less
// cost: prose cuts text at white space (unicode.IsSpace) and splits each run of other characters
// on its own, and a run holding none of the characters its splits look for (splitChar) is one
// token whatever its special test says, so only the other runs go through prose.
func (p *nlp) tokenize(text string, buf []tokenize.Token) []tokenize.Token {
	start := -1 // byte offset of the current run of non-space characters
	plain := true
	for i, r := range text {
		switch {
		case isSpace(r):
			if start >= 0 {
				buf = p.tokenizeRun(text[start:i], start, plain, buf)
				start = -1
			}
			continue
		case start < 0:
			start, plain = i, true
		}
		if r >= utf8.RuneSelf || splitChar[r] {
			plain = false
		}
	}
	if start >= 0 {
		buf = p.tokenizeRun(text[start:], start, plain, buf)
	}
	return buf
}

// isSpace reports whether r is white space (unicode.IsSpace), ASCII by a table.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSpace[r]
	}
	return unicode.IsSpace(r)
}

// asciiSpace holds the ASCII white space of unicode.IsSpace.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// tokenizeRun appends the tokens of run, a run of non-space characters at byte offset base. A
// plain word before a comma, colon, semicolon, question or exclamation mark ("Tuesday,") is that
// word and the mark, as prose cuts it: no emoticon and no abbreviation prose keeps whole ends
// so. So is one before a full stop ("said."), unless prose keeps it whole as an abbreviation: a
// capital and one or two small letters ("Mr.", "Sen.") or an abbreviated title ("Supt.").
func (p *nlp) tokenizeRun(run string, base int, plain bool, buf []tokenize.Token) []tokenize.Token {
	if plain {
		return append(buf, tokenize.Token{Text: run, Start: base})
	}
	if n := len(run) - 1; n > 0 && endMark[run[n]] && plainWord(run[:n]) {
		if run[n] == '.' && (shortAbbrev(run[:n]) || titleAbbrev(run)) {
			return append(buf, tokenize.Token{Text: run, Start: base})
		}
		return append(buf, tokenize.Token{Text: run[:n], Start: base}, tokenize.Token{Text: run[n:], Start: base + n})
	}
	if q := openQuote(run); q > 0 && q < len(run) {
		buf = append(buf, tokenize.Token{Text: run[:q], Start: base})
		return p.tokenizeRun(run[q:], base+q, plainWord(run[q:]), buf)
	}
	if q := closeQuote(run); q > 0 && q < len(run) && !strings.ContainsAny(run, "([") {
		n := len(run) - q
		buf = p.tokenizeRun(run[:n], base, plainWord(run[:n]), buf)
		return append(buf, tokenize.Token{Text: run[n:], Start: base + n})
	}
	if i := contraction(run); i > 0 && !splitPrefix(run) {
		buf = append(buf, tokenize.Token{Text: run[:i], Start: base})
		return p.tokenizeRun(run[i:], base+i, plainWord(run[i:]), buf)
	}
	if letterDots(run) || !splitPrefix(run) && !splitSuffix(run) && !strings.ContainsAny(run, "'’") {
		return append(buf, tokenize.Token{Text: run, Start: base})
	}
	for _, t := range p.tok.Tokenize(run) {
		t.Start += base
		buf = append(buf, t)
	}
	return buf
}

// The cuts prose's tokenizer makes in a run of non-space characters, checked in this order
// until a piece is one of its special words (an emoticon, an abbreviation or a title): a
// prefix is cut from its front, a run is cut before a contraction inside it (the first found,
// whatever its case), a suffix is cut from its end. tokenizeRun makes the cuts itself where
// no special word can change them: prose's emoticons, abbreviations and titles never open with
// a quote or a currency sign, hold no apostrophe, and end with no double quote; the only ones
// that open with a prefix open with "(" or "[", so a double quote is cut from the end of a run
// first only when the run holds neither (cut first from `(-;"`, it would leave the emoticon
// "(-;", which prose never sees, whole).
var (
	tokPrefixes     = []string{"$", "(", `"`, "[", "\u201c", "\u2018"}
	tokSuffixes     = []string{",", ")", `"`, "]", "!", ";", ".", "?", ":", "'", "\u201d", "\u2019"}
	tokContractions = []string{"'ll", "'s", "'re", "'m", "n't", "\u2019ll", "\u2019s", "\u2019re", "\u2019m", "n\u2019t"}
)

// openQuote returns the length of the quote or currency sign opening run (`"`, "\u201c",
// "\u2018", "$"), which prose cuts from any longer run, or 0.
func openQuote(run string) int {
	for _, p := range [...]string{`"`, "\u201c", "\u2018", "$"} {
		if strings.HasPrefix(run, p) {
			return len(p)
		}
	}
	return 0
}

// closeQuote returns the length of the double quote closing run (`"`, "\u201d"), which
// prose cuts from any longer run after the cuts before it, or 0.
func closeQuote(run string) int {
	for _, q := range [...]string{`"`, "\u201d"} {
		if strings.HasSuffix(run, q) {
			return len(q)
		}
	}
	return 0
}

// splitPrefix reports whether prose would cut a prefix from run.
func splitPrefix(run string) bool {
	for _, p := range tokPrefixes {
		if strings.HasPrefix(run, p) && len(run) > len(p) {
			return true
		}
	}
	return false
}

// splitSuffix reports whether prose would cut a suffix from run.
func splitSuffix(run string) bool {
	for _, q := range tokSuffixes {
		if strings.HasSuffix(run, q) && len(run) > len(q) {
			return true
		}
	}
	return false
}

// contraction returns the byte offset at which prose cuts run before a contraction ("Kell|'s",
// "do|n't"): the least offset above 0 among the first places each contraction is found in
// ASCII case-insensitive comparison, else -1.
func contraction(run string) int {
	best := -1
	for _, c := range tokContractions {
		if i := indexFoldASCII(run, c); i > 0 && (best == -1 || i < best) {
			best = i
		}
	}
	return best
}

// indexFoldASCII returns the first byte offset of sub in s comparing ASCII letters without
// case, or -1.
func indexFoldASCII(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if equalFoldASCII(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// equalFoldASCII reports whether a and b, of the same length, are equal but for the case of
// ASCII letters.
func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		if lowerASCII(a[i]) != lowerASCII(b[i]) {
			return false
		}
	}
	return true
}

// lowerASCII returns c in lower case when it is an ASCII capital.
func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// letterDots reports whether run is two or more ASCII letters each followed by a full stop
// ("U.S.", "e.g."), an abbreviation prose keeps whole.
func letterDots(run string) bool {
	if len(run) < 4 || len(run)%2 != 0 {
		return false
	}
	for i := 0; i < len(run); i += 2 {
		if c := run[i] | 0x20; c < 'a' || c > 'z' || run[i+1] != '.' {
			return false
		}
	}
	return true
}

// endMark holds the marks tokenizeRun cuts from the end of a plain word itself.
var endMark = [256]bool{',': true, ';': true, ':': true, '?': true, '!': true, '.': true}

// shortAbbrev reports whether w is a capital and one or two small ASCII letters ("Mr", "Sen"),
// which prose's tokenizer keeps whole with a full stop after.
func shortAbbrev(w string) bool {
	if len(w) < 2 || len(w) > 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// plainWord reports whether w holds only ASCII characters outside splitChar.
func plainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || splitChar[c] {
			return false
		}
	}
	return true
}

// splitChar holds the ASCII characters of prose's default prefixes ("$", "(", `"`, "["),
// suffixes (",", ")", `"`, "]", "!", ";", ".", "?", ":", "'") and contraction endings ("'ll",
// "n't", …); the curly quotes among them are not ASCII. A run without any of them and without
// non-ASCII characters is never split (TestTokenizeAsProse).
var splitChar = [utf8.RuneSelf]bool{'$': true, '(': true, '"': true, '[': true, ',': true, ')': true, ']': true,
	'!': true, ';': true, '.': true, '?': true, ':': true, '\'': true}

// tagTokens tags toks with the perceptron tagger's tags for pt (whose texts in lower case are
// low), then corrects the tags it is known to get wrong in news: a verb after a fronted day or a
// sentence-opening plural subject, a participle in a sentence-opening phrase, a few simple
// pasts, a comparative adverb between an auxiliary and its verb, "police" after "to", and a verb
// of advising read as an adjective.
func (p *nlp) tagTokens(pt []tokenize.Token, low []string, toks []token) {
	p.tag.TagLowered(pt, low)
	for i := range toks {
		toks[i].Tag = pt[i].Tag
		toks[i].Unseen = titleWord(toks[i].Text) && !p.tag.Knows(low[i])
	}
	// the tagger reads a capitalised word it has never seen opening a sentence before a proper
	// noun as some other class ("Ashfall/DT Spider took credit", "Rustwing/VBG Collective has
	// claimed"): it is the first word of the name (unseenOpener)
	if i := unseenOpener(toks); i >= 0 {
		toks[i].Tag = "NNP"
	}
	// the tagger reads a past tense it takes for "ought" as a modal, and the noun after it as
	// the base form a modal governs ("He fought/MD extradition/VB for months"): a word read as a
	// modal that is no modal is that past tense (falseModal), and a base form in -ion or -ment
	// after it is the noun
	for i := range toks {
		if toks[i].Tag != "MD" || !falseModal(toks[i].Lower) {
			continue
		}
		toks[i].Tag = "VBD"
		if n := i + 1; n < len(toks) && toks[n].Tag == "VB" && (strings.HasSuffix(toks[n].Lower, "ion") || strings.HasSuffix(toks[n].Lower, "ment")) {
			toks[n].Tag = "NN"
		}
	}
	// the tagger reads the verb after a fronted day as an adjective or participle ("X on
	// Thursday imposed sanctions", "X yesterday said"): news puts the day before the verb
	for i := 2; i < len(toks); i++ {
		t := &toks[i]
		if t.Tag != "JJ" && t.Tag != "VBN" && t.Tag != "NN" || !(strings.HasSuffix(t.Text, "ed") || t.Text == "said" || t.Text == "told") {
			continue
		}
		prev := toks[i-1].Lower
		if weekdays[prev] && toks[i-2].Lower == "on" || (prev == "yesterday" || prev == "today") && isNounTag(toks[i-2].Tag) {
			t.Tag = "VBD"
		}
	}
	// the tagger reads "evening" after a day as a participle ("On Tuesday evening/VBG
	// Scotland Yard said", "Officials on Monday evening/VBG charged him"): a part of the day
	// after a weekday, "yesterday", "tomorrow" or "this" is the noun the day heads (dayPart)
	for i := 1; i < len(toks); i++ {
		if p.dayPart(toks, i) {
			toks[i].Tag = "NN"
		}
	}
	// the tagger reads the participle after the noun of a sentence-opening phrase as a past
	// tense ("In an interview aired/VBD on Sunday, X said"): before the phrase's comma, with no
	// subject for it, it is a participle
	if i := frontedParticiple(toks); i > 0 {
		toks[i].Tag = "VBN"
	}
	// the tagger reads a few simple pasts that are no present tense as one ("the attackers
	// stole/VBP data"), which would take the publication day (presentTimes), or as a noun
	// after another ("the intruders who breached its network stole/NN payroll files"), or as
	// an adjective between its subject and object ("Hackers stole/JJ funds from X",
	// pastBetweenNouns), or as a base form or adjective after "and" ("broke into X and
	// stole/VB records", "hacked X's servers and stole/JJ engineering drawings"):
	// after no determiner, possessive or adjective they are past tenses; so it reads an
	// irregular participle after "and" as a base form ("had broken into its network and
	// stolen/VB $4 million", "was copied and stolen/VB"): a participle sharing the first
	// verb's auxiliary
	for i := 1; i < len(toks); i++ {
		t, and := &toks[i], toks[i-1].Lower == "and"
		switch {
		case (t.Tag == "VBP" || t.Tag == "NN" || t.Tag == "JJ" && (pastBetweenNouns(toks, i) || and) || t.Tag == "VB" && and) && pastOnly[t.Lower]:
			if b := toks[i-1].Tag; b != "DT" && b != "PRP$" && b != "POS" && b != "JJ" {
				t.Tag = "VBD"
			}
		case and && t.Tag == "VB" && participleOnly[t.Lower]:
			t.Tag = "VBN"
		}
	}
	// the tagger reads the verb after a sentence-opening plural subject as a participle ("Federal
	// prosecutors charged/VBN Ivo Marsh", "Federal agents arrested/VBN X"): a participle right
	// after the opening noun phrase with a noun phrase after it and no "by" within
	// participleByReach tokens ("Three men arrested Friday by police were released" stays a
	// participle) is its past tense
	if i := subjectEnd(toks); i > 0 && i+1 < len(toks) && toks[i].Tag == "VBN" && strings.HasSuffix(toks[i].Lower, "ed") && toks[i-1].Tag == "NNS" {
		by := false
		for k := i + 1; k < len(toks) && k-i <= participleByReach && !by; k++ {
			by = toks[k].Lower == "by"
		}
		if n := toks[i+1].Tag; !by && (n == "NNP" || n == "DT" || n == "PRP$" || n == "CD" || n == "PRP") {
			toks[i].Tag = "VBD"
		}
	}
	// the tagger reads a verb in -ed it has not seen after a sentence-opening singular subject
	// as a noun of that noun phrase ("The panel subpoenaed/NN Harrow Bank", "The committee
	// subpoenaed/NN X"): a noun in -ed after the opening noun, with a name or a determiner
	// after it, is the subject's past tense (nounReadPast)
	if i := nounReadPast(toks); i > 0 {
		toks[i].Tag = "VBD"
	}
	// the tagger reads a past tense spelled as its base form and as a noun after a
	// sentence-opening singular subject as a noun of that noun phrase ("The agency reset/NN
	// credentials and disclosed the breach", "The hospital cut/NN ties with the vendor."): the
	// sentence's verb (sameFormPast)
	if i := p.sameFormPast(toks); i > 0 {
		toks[i].Tag = "VBD"
	}
	// the tagger reads the verb after an aside set off by commas behind the opening noun
	// phrase as a participle ("The campaign, first observed in March 2025, targeted/VBN X",
	// "The group, which has been active since 2019, hit/VBN Y"): the subject's verb
	if i := asideParticiple(toks); i > 0 {
		toks[i].Tag = "VBD"
	}
	// a comparative adverb between an auxiliary and its verb ("had later/RBR told it", "was
	// earlier/RBR reported") modifies the verb as any adverb does: the clause reads it as one
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Tag == "RBR" && isBeHave(toks[i-1].Lower) && isVerbTag(toks[i+1].Tag) {
			toks[i].Tag = "RB"
		}
	}
	// "since" between a form of "have" and a participle ("had since stolen the files", "has
	// since copied records") means "since then", an adverb of the verb, not the preposition
	// opening a clause or a span ("has been held since March"): the clause reads it as one
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Lower == "since" && isHave(toks[i-1].Lower) && toks[i+1].Tag == "VBN" {
			toks[i].Tag = "RB"
		}
	}
	// the tagger reads "spent" after "and" as an adjective before a span of time ("breached X
	// and spent/JJ weeks stealing files"): with a participle after the span it is the past tense
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].Lower == "spent" && toks[i].Tag == "JJ" && toks[i-1].Lower == "and" && toks[i+1].Tag == "NNS" && toks[i+2].Tag == "VBG" {
			toks[i].Tag = "VBD"
		}
	}
	// the tagger reads a base form that is also a noun as the noun after "to", a modal or
	// an adverb ("to access/NN the network", "could access/NN the devices", "to remotely
	// access/NN its servers"): with an object after it, it is the verb (baseReadAsNoun)
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Tag == "NN" && baseReadAsNoun[toks[i].Lower] && infinitiveSlot(toks, i) && (objectOpens(toks, i+1) || toks[i+1].Tag == "PRP") {
			toks[i].Tag = "VB"
		}
	}
	// the tagger reads an amount written with a currency sign prose does not cut ("€2",
	// "£20m") as a noun, which would extend the noun phrase before it ("fined the lender €2
	// million"): it is a number
	for i := range toks {
		if signedAmount(toks[i].Text) {
			toks[i].Tag = "CD"
		}
	}
	// the tagger reads the Korean currency after an amount as the past of "win" ("58 billion
	// won/VBD ($40 million)"), a finite verb that would end the clause: it is the noun
	for i := 1; i < len(toks); i++ {
		if toks[i].Lower == "won" && toks[i].Tag == "VBD" && wonAmount(toks[i-1]) {
			toks[i].Tag = "NN"
		}
	}
	// the tagger reads "police" after "to" as an infinitive ("reported the theft to police/VB on
	// Tuesday", "referred the case to police."): with no object after it, it is the noun
	for i := 1; i < len(toks); i++ {
		if toks[i].Lower == "police" && toks[i].Tag == "VB" && toks[i-1].Lower == "to" && !policedObject(toks, i+1) {
			toks[i].Tag = "NNS"
		}
	}
	// the tagger reads a verb of advising after "and" or its subject as an adjective ("X raised
	// its threat level and advised/JJ municipalities to review …"): with an infinitive "to"
	// ahead it governs an object and an infinitive, as only a verb does
	for i := 1; i < len(toks); i++ {
		if toks[i].Tag != "JJ" || !controlVerb[toks[i].Lower] {
			continue
		}
		if pv := toks[i-1]; pv.Lower != "and" && pv.Tag != "NNP" && pv.Tag != "NN" && pv.Tag != "PRP" {
			continue
		}
		for k := i + 2; k+1 < len(toks) && k-i <= 12; k++ {
			if toks[k].Lower == "to" && toks[k+1].Tag == "VB" {
				toks[i].Tag = "VBD"
				break
			}
			if toks[k].Tag == "." || toks[k].Tag == ":" || isVerbTag(toks[k].Tag) {
				break
			}
		}
	}
	// the tagger reads a participle of telling or urging right after the noun of a published
	// message as an adjective or a noun ("issued an advisory urging/JJ water utilities to …",
	// "an alert cautioning/NN hospitals that …"): with the object and what it is told after
	// it, it is the participle that modifies the message (messageParticiple)
	for i := 1; i+1 < len(toks); i++ {
		if n := messageParticiple(toks, i); n >= 0 {
			toks[i].Tag = "VBG"
			if toks[n].Tag == "JJ" {
				toks[n].Tag = "NN" // "an advisory/JJ": the head of its noun phrase
			}
		}
	}
	// the tagger reads a noun that is also an adjective as the adjective after "a" or "an"
	// even where it ends the noun phrase ("issued an advisory/JJ to water utilities", "a
	// third/JJ of the files"): an indefinite article needs a head, so an adjective with no
	// noun after it is that head (indefiniteHead)
	for i := 1; i+1 < len(toks); i++ {
		if indefiniteHead(toks, i) {
			toks[i].Tag = "NN"
		}
	}
	// the tagger reads the verb of a relative clause on a charging document as a plural noun
	// ("unsealed an indictment that charges/NNS X with fraud", "a complaint, filed Monday,
	// which accuses/NNS X of …"): with a name or pronoun after it, it is the document's verb
	for i := 1; i+1 < len(toks); i++ {
		if p.documentVerb(toks, i) {
			toks[i-1].Tag, toks[i].Tag = "WDT", "VBZ" // "that" is the relative pronoun
		}
	}
	// the tagger reads an adjective in -ed that completes the object of "call" as a past tense
	// ("called the allegations unfounded/VBD on Thursday", "called them fabricated/VBN"),
	// whose clause would then hold the time: with no object of its own it is the adjective
	for i := 2; i < len(toks); i++ {
		if objectComplement(toks, i) {
			toks[i].Tag = "JJ"
		}
	}
	// the tagger reads "national" after a demonym as an adjective even where it ends the noun
	// phrase ("charged a Belgian national/JJ, Ivo Marsh,", "X, a Dutch national/JJ, was …"):
	// with no noun after it, it is the noun for a citizen of that country
	for i := 1; i < len(toks); i++ {
		if demonymNational(toks, i) {
			toks[i].Tag = "NN"
		}
	}
}

// dayPart reports whether toks[i] is a part of the day (cue daypart) tagged as some other class
// than a noun right after a weekday or "yesterday", "tomorrow" or "this" (cue daypartlead:
// "Tuesday evening", "this morning").
func (p *nlp) dayPart(toks []token, i int) bool {
	if !p.cue.is("daypart", toks[i].Lower) || toks[i].Tag == "NN" {
		return false
	}
	prev := toks[i-1].Lower
	return weekdays[prev] || p.cue.is("daypartlead", prev)
}

// objectComplement reports whether toks[i], a word in -ed tagged as a verb, completes the
// object of a form of "call" right before it ("called the claims unfounded", "calling
// them fabricated", "called the Korvan report unsubstantiated"): the object is a pronoun or a
// noun phrase of at most calledObjectReach words, and no object follows the word (the sentence
// ends or a preposition, a conjunction or a comma comes next).
func objectComplement(toks []token, i int) bool {
	t := toks[i]
	if t.Tag != "VBD" && t.Tag != "VBN" || !strings.HasSuffix(t.Lower, "ed") {
		return false
	}
	if i+1 < len(toks) {
		switch n := toks[i+1].Tag; {
		case n == "IN" || n == "CC" || n == "TO" || n == "." || n == "," || n == ":":
		default:
			return false
		}
	}
	if h := toks[i-1].Tag; !isNounTag(h) && h != "PRP" {
		return false
	}
	for k := i - 2; k >= 0 && i-k <= calledObjectReach+1; k-- {
		w := toks[k]
		switch {
		case w.Lower == "call" || w.Lower == "calls" || w.Lower == "called" || w.Lower == "calling":
			return true
		case isNounTag(w.Tag) || w.Tag == "DT" || w.Tag == "PRP$" || w.Tag == "JJ" || w.Tag == "POS":
		default:
			return false
		}
	}
	return false
}

// calledObjectReach bounds the words of the object objectComplement steps over ("called the
// Korvan ministry's latest report fabricated").
const calledObjectReach = 5

// documentVerbs are the present tenses a charging document takes as a verb ("the indictment
// charges X", "a complaint that accuses X"), which the tagger may read as plural nouns.
var documentVerbs = map[string]bool{"charges": true, "accuses": true, "names": true, "alleges": true}

// documentVerb reports whether toks[i] is a verb of documentVerbs tagged as a plural noun right
// after the relative "that" or "which" whose antecedent is a charging document, with a name or
// pronoun after it ("an indictment that charges Ivo Marsh", "the indictment, returned by a
// grand jury last month, that charges A and B", "a complaint which accuses him"): the
// antecedent is the nearest charging document (p.chargingDocs) before the relative word, with
// no finite verb between.
func (p *nlp) documentVerb(toks []token, i int) bool {
	if i < 2 || i+1 >= len(toks) || toks[i].Tag != "NNS" || !documentVerbs[toks[i].Lower] {
		return false
	}
	if r := toks[i-1].Lower; r != "that" && r != "which" {
		return false
	}
	if n := toks[i+1].Tag; n != "NNP" && n != "PRP" {
		return false
	}
	for k := i - 2; k >= 0 && i-k <= 16; k-- {
		switch {
		case p.chargingDocs[toks[k].Lower] && isNounTag(toks[k].Tag):
			return true
		case isFiniteTag(toks[k].Tag):
			return false
		}
	}
	return false
}

// firstWordIndex returns the index of the sentence's first word, past any quotation marks or
// other punctuation that open it, or len(toks) when it has none.
func firstWordIndex(toks []token) int {
	i := 0
	for i < len(toks) && !isWordToken(toks[i].Text) {
		i++
	}
	return i
}

// unseenOpener returns the index of the sentence's first word when it is a title-case word the
// tagger has never seen (token.Unseen), tagged other than a proper noun or an adjective, right
// before a title-case proper noun ("Ashfall/DT Spider/NNP"), else -1. A capital on a word the
// model knows may be the sentence's alone ("Following Microsoft's report"); on one it has never
// seen, before a name, it marks the name's first word. One it reads as an adjective is most
// often a demonym of a state it does not know ("Dravian/JJ Signals Office"), left as read.
func unseenOpener(toks []token) int {
	i := firstWordIndex(toks)
	if i+1 >= len(toks) || !toks[i].Unseen || toks[i].Tag == "NNP" || toks[i].Tag == "NNPS" || toks[i].Tag == "JJ" {
		return -1
	}
	if n := toks[i+1]; (n.Tag != "NNP" && n.Tag != "NNPS") || !titleWord(n.Text) {
		return -1
	}
	return i
}

// titleWord reports whether w is a capital letter followed by one or more lower-case ASCII
// letters ("Ashfall", "Spider"): no acronym, code, hyphened or numbered word.
func titleWord(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// indefiniteHead reports whether toks[i] is an adjective that heads the noun phrase "a" or
// "an" opens, one adjective perhaps between ("an advisory to X", "a joint advisory on Y"):
// right after it comes a preposition or "to" that opens its complement ("an advisory to
// water utilities", "an advisory on the flaw"), which no adjective that modifies a noun can
// have.
func indefiniteHead(toks []token, i int) bool {
	if toks[i].Tag != "JJ" || i+1 >= len(toks) {
		return false
	}
	k := i - 1
	if k > 0 && toks[k].Tag == "JJ" {
		k--
	}
	if toks[k].Lower != "a" && toks[k].Lower != "an" {
		return false
	}
	n := toks[i+1].Tag
	return n == "IN" || n == "TO"
}

// demonymNational reports whether toks[i] is "national" read as an adjective, right after a
// capitalised word (a demonym: "Belgian", "North Korean") and with no noun, adjective or
// number after it to modify ("a Belgian national, Ivo Marsh", "a Dutch national who …", not "a
// Belgian national team", "the Dutch national cyber security centre").
func demonymNational(toks []token, i int) bool {
	if toks[i].Lower != "national" || toks[i].Tag != "JJ" || !isCap(toks[i-1].Text) {
		return false
	}
	if i+1 < len(toks) {
		if n := toks[i+1]; isNounTag(n.Tag) || n.Tag == "JJ" || n.Tag == "CD" || n.Tag == "HYPH" || n.Text == "-" {
			return false
		}
	}
	return true
}

// wonAmount reports whether t is an amount "won" can be the currency of: a word for a large
// number ("billion") or a number that is no year ("58", "1,200").
func wonAmount(t token) bool {
	switch t.Lower {
	case "thousand", "million", "billion", "trillion":
		return true
	}
	if t.Tag != "CD" {
		return false
	}
	y, err := strconv.Atoi(t.Text)
	return err != nil && strings.ContainsRune(t.Text, ',') || err == nil && (y < 1900 || y > 2100)
}

// policedObject reports whether the token at k opens an object the verb "police" would take
// ("to police the border", "to police its own members", "to police them").
func policedObject(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].Tag {
	case "DT", "PRP$", "PRP", "JJ", "NN", "NNS", "NNP", "NNPS", "CD":
		return true
	}
	return false
}

// occasionPrep holds the prepositions that open a phrase naming an occasion at the head of a
// sentence ("In an interview aired on Sunday, …", "At a briefing on Monday, …").
var occasionPrep = map[string]bool{"in": true, "at": true, "during": true}

// frontedParticipleReach bounds how far after a fronted participle the comma closing its
// phrase may stand ("filed with the Securities and Exchange Commission on Friday,").
const frontedParticipleReach = 10

// frontedParticiple returns the index of a past tense in "-ed" right after the noun of a
// phrase that opens the sentence ("In|At|During" + one determiner + adjectives, numbers and
// nouns) and is closed by a comma with no other verb before it ("In an interview aired on
// Sunday, …", "In a Form 8-K filed with the SEC on Friday, …"), else -1.
func frontedParticiple(toks []token) int {
	if len(toks) < 5 {
		return -1
	}
	if !occasionPrep[toks[0].Lower] {
		return -1
	}
	if t := toks[1].Tag; t != "DT" && t != "PRP$" {
		return -1
	}
	i := 2
	for i < len(toks) && i <= 5 && (toks[i].Tag == "JJ" || toks[i].Tag == "CD" || isNounTag(toks[i].Tag)) {
		i++ // "a Form 8-K": a form's code after its noun
	}
	if i == 2 || i >= len(toks) || !isNounTag(toks[i-1].Tag) && !(toks[i-1].Tag == "CD" && isNounTag(toks[i-2].Tag)) || toks[i].Tag != "VBD" || !strings.HasSuffix(toks[i].Text, "ed") {
		return -1
	}
	for k := i + 1; k < len(toks) && k-i <= frontedParticipleReach; k++ {
		if toks[k].Text == "," {
			return i
		}
		if isVerbTag(toks[k].Tag) || toks[k].Tag == "MD" {
			return -1
		}
	}
	return -1
}

// subjectEnd is the index of the first token after the noun phrase that opens toks (articles,
// numbers, adjectives and nouns, at most subjectWords), or -1 when none opens it or a longer
// one does. A fronted year ("In 2023 Dutch prosecutors charged …", "In 2021, federal agents
// arrested …") stands before the noun phrase, not in it.
func subjectEnd(toks []token) int {
	i := 0
	if len(toks) > 3 && toks[0].Lower == "in" && toks[1].Tag == "CD" && len(toks[1].Text) == 4 {
		i = 2
		if toks[i].Text == "," {
			i++
		}
	}
	first := i
	for i < len(toks) && i-first < subjectWords {
		if t := toks[i].Tag; t != "DT" && t != "CD" && t != "JJ" && !isNounTag(t) {
			break
		}
		i++
	}
	if i == first || i == len(toks) || i-first == subjectWords && isNounTag(toks[i].Tag) {
		return -1
	}
	return i
}

// nounReadPast returns the index of a word in "-ed" the tagger read as a noun right after the
// noun that ends a sentence's opening noun phrase ("The panel subpoenaed Harrow Bank": "panel
// subpoenaed" read as one compound), with a name, a determiner, a possessive or a pronoun after
// it, else -1. Nouns in "-eed" ("the news feed", "the need") and short words ("bed", "shed") are
// left as nouns.
func nounReadPast(toks []token) int {
	if len(toks) < 4 || toks[0].Tag != "DT" {
		return -1
	}
	for i := 2; i+1 < len(toks) && i <= subjectWords; i++ {
		t := toks[i]
		if !isNounTag(toks[i-1].Tag) || toks[i-1].Tag == "NNP" {
			if isNounTag(t.Tag) || t.Tag == "JJ" {
				continue
			}
			return -1
		}
		if t.Tag != "NN" || isCap(t.Text) || len(t.Lower) < 6 || !strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "eed") {
			if isNounTag(t.Tag) {
				continue
			}
			return -1
		}
		if n := toks[i+1].Tag; n == "NNP" || n == "DT" || n == "PRP$" || n == "PRP" {
			return i
		}
		return -1
	}
	return -1
}

// sameFormPast returns the index of a verb of cue sameformverb ("the bank reset", "the city
// cut") the tagger read as a noun right
// after the common noun that ends a sentence's opening noun phrase, with an object opening
// after it, when the sentence has no finite verb before a past tense joined to it by "and"
// ("The agency reset credentials and disclosed the breach") or none at all ("The hospital cut
// ties with the vendor."), else -1: a sentence needs its verb, and a past tense joined by "and"
// needs one of its kind before it. A finite verb of its own ("The bank reset plan was
// approved") keeps the noun.
func (p *nlp) sameFormPast(toks []token) int {
	i := subjectEnd(toks)
	if i < 0 || toks[0].Tag != "DT" {
		i = -1
	}
	// subjectEnd stops past the noun phrase, which the misread verb belongs to: step back
	for k := 2; k+1 < len(toks) && k <= subjectWords; k++ {
		if toks[k].Tag == "NN" && p.cue.tokIs("sameformverb", &toks[k]) && toks[k-1].Tag == "NN" && !isCap(toks[k-1].Text) {
			i = k
			break
		}
	}
	if i < 2 || toks[0].Tag != "DT" || !p.cue.tokIs("sameformverb", &toks[i]) || toks[i].Tag != "NN" {
		return -1
	}
	if n := toks[i+1].Tag; n != "NNS" && n != "DT" && n != "PRP$" && n != "NNP" && n != "CD" {
		return -1
	}
	for k := i + 1; k < len(toks); k++ {
		if isFiniteTag(toks[k].Tag) {
			if toks[k].Tag == "VBD" && toks[k-1].Lower == "and" {
				return i
			}
			return -1
		}
	}
	return i
}

// openingAsideReach bounds how many tokens an aside after a sentence's opening noun phrase may span
// (asideParticiple).
const openingAsideReach = 12

// asideParticiple returns the index of a participle in "-ed" right after an aside set off by
// commas behind the noun phrase that opens the sentence ("The campaign, first observed in
// March 2025, targeted X", "The activity, which began in May, hit Y"), with a noun phrase
// after it and no "by" within participleByReach tokens ("The files, stolen in May, posted by
// X …" stays a participle), else -1: with no verb of its own before, the subject needs it.
// The aside holds no other comma.
func asideParticiple(toks []token) int {
	i := subjectEnd(toks)
	if i <= 0 || toks[i].Text != "," {
		return -1
	}
	c := -1
	for k := i + 1; k < len(toks) && k-i <= openingAsideReach; k++ {
		if toks[k].Text == "," {
			c = k
			break
		}
	}
	if c < 0 || c == i+1 || c+2 >= len(toks) {
		return -1
	}
	v := c + 1
	if toks[v].Tag != "VBN" || !strings.HasSuffix(toks[v].Lower, "ed") {
		return -1
	}
	for k := v + 1; k < len(toks) && k-v <= participleByReach; k++ {
		if toks[k].Lower == "by" {
			return -1
		}
	}
	switch toks[v+1].Tag {
	case "NNP", "NNPS", "DT", "PRP$", "CD", "PRP", "NNS":
		return v
	}
	return -1
}

// participleByReach bounds how far past a participle tagTokens looks for a passive's "by"
// ("arrested Friday by police").
const participleByReach = 4

// subjectWords bounds the sentence-opening noun phrase subjectEnd reads ("Three Federal
// prosecutors").
const subjectWords = 5

// messageParticiple returns, for a participle of telling or urging (tellingIng) the tagger
// reads as an adjective or a noun, the noun of a published message (messageNoun) it stands
// right after, or after that noun and a time phrase of two or three words ("an advisory on
// Tuesday urging …", "a bulletin in late March warning …"), when a noun phrase opens right
// after it and what it tells follows that phrase before any verb or punctuation: an
// infinitive ("to replace"), "that", or "of", "about" or "against" ("issued an advisory
// urging water utilities to replace their routers", "an alert cautioning hospitals that …").
// "warning" counts as such a participle only before a name ("issued an advisory warning X that
// …"). Otherwise -1: "an alert advising system", "a stern warning to hackers".
func messageParticiple(toks []token, i int) int {
	if !tellingIng[toks[i].Lower] && !(toks[i].Lower == "warning" && i+1 < len(toks) && toks[i+1].Tag == "NNP") || toks[i].Tag != "JJ" && toks[i].Tag != "NN" {
		return -1
	}
	n := i - 1
	for span := 2; span <= 3 && !messageNoun[toks[n].Lower]; span++ {
		if k := i - span; k > 1 && (toks[k].Lower == "on" || toks[k].Lower == "in") {
			n = k - 1
		}
	}
	if n < 1 || !messageNoun[toks[n].Lower] || toks[n].Tag != "NN" && toks[n].Tag != "NNS" && toks[n].Tag != "JJ" {
		return -1
	}
	if !objectOpens(toks, i+1) && toks[i+1].Tag != "PRP" {
		return -1
	}
	for k := i + 2; k < len(toks) && k-i <= messageObjectReach; k++ {
		switch w := toks[k].Lower; {
		case w == "to":
			if k+1 < len(toks) && toks[k+1].Tag == "VB" {
				return n
			}
		case w == "that" || w == "of" || w == "about" || w == "against":
			return n
		case isVerbTag(toks[k].Tag) || toks[k].Tag == "." || toks[k].Tag == "," || toks[k].Tag == ":":
			return -1
		}
	}
	return -1
}

// messageObjectReach bounds how far past a participle messageParticiple looks for what its
// object is told.
const messageObjectReach = 10

// tellingIng holds participles of telling and urging that take an object told ("urging
// utilities to …", "cautioning hospitals that …") and are no noun. "warning" is left out: it
// is as often the head of a compound after a message noun ("an advisory warning", "a security
// alert warning"), and the tagger's noun stands.
var tellingIng = map[string]bool{"urging": true, "advising": true, "cautioning": true, "telling": true, "notifying": true, "alerting": true, "reminding": true}

// messageNoun holds nouns of a message an authority or a company puts out ("an advisory", "a
// bulletin", "letters"), which a participle of telling may modify.
var messageNoun = map[string]bool{"advisory": true, "advisories": true, "alert": true, "alerts": true, "bulletin": true, "bulletins": true,
	"notice": true, "notices": true, "guidance": true, "statement": true, "letter": true, "letters": true, "memo": true, "email": true, "emails": true}

// controlVerb holds past forms of verbs of advising and asking, which take an object and an
// infinitive ("advised banks to patch").
var controlVerb = map[string]bool{"advised": true, "urged": true, "asked": true, "encouraged": true, "instructed": true, "cautioned": true, "reminded": true, "directed": true}

// pastBetweenNouns reports whether the word at i stands right after a noun and right before a
// noun, a number or a currency sign ("Hackers stole funds", "the gang stole $5 million"): no
// adjective comes between a noun and the noun phrase after it, so a past tense read as one is
// the verb of the noun before it.
func pastBetweenNouns(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1].Tag
	return isNounTag(toks[i-1].Tag) && (isNounTag(n) || n == "CD" || n == "$")
}

// pastOnly holds simple pasts the tagger misreads that are no present tense or participle, nor
// a noun: deeds ("stole") and the irregular verbs of going and acting that news sets before a
// second verb ("agents from the bureau's field office drove/NN to X's headquarters and told
// …", "officials flew/NN to Y and met …").
var pastOnly = map[string]bool{"stole": true, "hid": true, "drove": true, "flew": true, "went": true, "came": true,
	"wrote": true, "spoke": true, "took": true, "gave": true, "began": true, "knew": true, "threw": true, "chose": true}

// falseModal reports whether w, read by the tagger as a modal, is a past tense in -ght
// ("fought", "sought", "bought", "brought", "thought") rather than a modal such as "ought".
func falseModal(w string) bool {
	return strings.HasSuffix(w, "ght") && w != "ought" && w != "might"
}

// participleOnly holds irregular participles of deeds that are no base form, which the tagger
// misreads as one after "and".
var participleOnly = map[string]bool{"stolen": true, "taken": true, "broken": true, "hidden": true}

// baseReadAsNoun holds verbs of deeds whose base form the tagger reads as the noun it also
// is, even after "to" or a modal ("to access/NN the network").
var baseReadAsNoun = map[string]bool{"access": true}

// infinitiveSlot reports whether the token at i stands where only a base form can: right
// after "to", or "to" and one adverb ("to remotely access"), the purpose of a past-tense verb
// before it ("exploited a flaw to access", "used it to access"), no other verb between.
func infinitiveSlot(toks []token, i int) bool {
	k := i - 1
	if toks[k].Tag == "RB" && k > 0 {
		k--
	}
	if toks[k].Tag != "TO" {
		return false
	}
	for j, n := k-1, 0; j >= 0 && n < purposeReach; j, n = j-1, n+1 {
		j = parenStart(toks, j) // "exploited a Cisco flaw (CVE-2023-20198, CVSS score: 10.0) to access"
		if t := toks[j].Tag; isVerbTag(t) || t == "MD" {
			return t == "VBD"
		}
	}
	return false
}

// parenStart returns the index of the "(" that opens the parenthesis a ")" at j closes, within
// parenReach tokens and with no other ")" between; else j. Scans leftwards pass over an aside
// so ("a flaw (CVE-2023-20198, CVSS score: 10.0) to access …").
func parenStart(toks []token, j int) int {
	if toks[j].Text != ")" {
		return j
	}
	for k := j - 1; k >= 0 && j-k <= parenReach; k-- {
		switch toks[k].Text {
		case "(":
			return k
		case ")":
			return j
		}
	}
	return j
}

// parenReach bounds how many tokens a parenthesis parenStart passes over may hold.
const parenReach = 16

// purposeReach bounds how many tokens before the "to" of a purpose infinitive, past a
// parenthesis counted as one, infinitiveSlot looks for the verb it serves.
const purposeReach = 12

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// isCap reports whether a token starts with an upper-case letter or is a mixed alphanumeric
// code name such as "APT28". It answers a token opening with an ASCII character other than a
// digit (most tokens) from that byte, and leaves the others to capOrCode; it is small enough to
// be inlined.
func isCap(s string) bool {
	if s == "" || capOrCodeOpens[s[0]] {
		return capOrCode(s)
	}
	return s[0]-'A' < 26 // 'A'..'Z': any other byte wraps past 25
}

// capOrCodeOpens holds the first bytes of a token isCap leaves to capOrCode: the digits and the
// bytes of multi-byte runes.
var capOrCodeOpens = func() (opens [256]bool) {
	for b := range opens {
		opens[b] = b >= utf8.RuneSelf || '0' <= b && b <= '9'
	}
	return opens
}()

// capOrCode is isCap for any token: one opening with an upper-case letter, or with a digit and
// holding an upper-case letter.
func capOrCode(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return true
	}
	if unicode.IsDigit(r) {
		for _, c := range s {
			if unicode.IsUpper(c) {
				return true
			}
		}
	}
	return false
}

// acronymShaped reports whether s, given in parentheses right after name, reads as a mixed-case
// acronym of it ("MorCERT", "BfV", "DoJ"): one word of at most ten letters, starting with the
// name's first letter, at least two capitals making up at least a third of its letters.
func acronymShaped(s, name string) bool {
	r := []rune(s)
	if len(r) < 2 || len(r) > 10 || name == "" || !unicode.IsUpper(r[0]) || unicode.ToLower(r[0]) != unicode.ToLower([]rune(name)[0]) {
		return false
	}
	upper, letters := 0, 0
	for _, c := range r {
		switch {
		case unicode.IsUpper(c):
			upper++
			letters++
		case unicode.IsLetter(c):
			letters++
		case !unicode.IsDigit(c) && c != '-':
			return false
		}
	}
	return upper >= 2 && 3*upper >= letters
}

// isAllCaps reports whether s has at least two letters, all upper case ("NSA", "CERT-UA").
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// isVerbTag reports whether the part-of-speech tag t is a verb's (VB, VBD, VBZ …).
func isVerbTag(t string) bool { return strings.HasPrefix(t, "VB") }

// isNounTag reports whether the part-of-speech tag t is a noun's (NN, NNS, NNP, NNPS).
func isNounTag(t string) bool { return strings.HasPrefix(t, "NN") }

// ownsNext reports whether the words between two names make the first the possessor of the
// second: a possessive marker, after at most a few acronyms that continue the first name
// ("Acme's Y", "the ministry' Y", "DOE OGP's Y").
func ownsNext(gap []token) bool {
	if len(gap) == 0 || len(gap) > 4 {
		return false
	}
	if last := gap[len(gap)-1]; last.Text != "'s" && last.Text != "'" && last.Text != "\u2019s" && last.Text != "\u2019" {
		return false
	}
	for _, t := range gap[:len(gap)-1] {
		if !isAllCaps(t.Text) {
			return false
		}
	}
	return true
}

// signedAmount reports whether w is an amount opened by a currency sign other than "$", which
// prose cuts off: "€2", "£1.5m", "¥300", or by a dollar sign with its country's capitals
// before it, which prose does not cut either: "S$450,000", "NT$15", "US$600" (letterDollar).
// Every other sign opens with a byte past ASCII, so a word opening with any other ASCII byte
// (almost every word) is none, asked no further.
func signedAmount(w string) bool {
	if w == "" {
		return false
	}
	if w[0] < utf8.RuneSelf {
		return letterDollar(w)
	}
	for _, sign := range [...]string{"€", "£", "¥", "₹"} {
		if rest, ok := strings.CutPrefix(w, sign); ok {
			return rest != "" && rest[0] >= '0' && rest[0] <= '9'
		}
	}
	return false
}

// letterDollarCaps bounds the capitals a dollar sign may carry before it ("S$", "HK$", "NZ$").
const letterDollarCaps = 2

// letterDollar reports whether w is an amount in a dollar sign marked by one or two capitals
// for its country ("S$450,000", "HK$2m", "US$600"): a digit follows the sign.
func letterDollar(w string) bool {
	k := 0
	for k < len(w) && k <= letterDollarCaps && w[k] >= 'A' && w[k] <= 'Z' {
		k++
	}
	return k > 0 && k <= letterDollarCaps && k+1 < len(w) && w[k] == '$' && w[k+1] >= '0' && w[k+1] <= '9'
}
