package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/jdkato/prose/v3/segment"
	"github.com/stretchr/testify/assert"
)

// TestTokenizeAsProse checks that nlp.tokenize cuts sentences into exactly the tokens prose's
// tokenizer gives, offsets included, and that a word of characters outside splitChar is one
// token for prose too.
func TestTokenizeAsProse(t *testing.T) {
	x := mustExtractor(t)
	for _, s := range []string{
		"Mara Oswin said the breach began on Tuesday.",
		"“We don’t know,” said Atty. Lio Brant, who’d left (in 2019) for U.S. firm Kelvane's unit.",
		`The group's "Frost-Lark" tools ($4.2m) were found; Supt. Ivo Rane isn't sure: why? Hon. Tek! :) ;-)`,
		"  two\tspaces\u00a0and a no-break space ,  then 'quotes' and ‘curly’ ones [sic] ...",
		"Dr. A.B.C. e.g. N.S.A. Mr. Xu’s café — naïve déjà-vu, 3:15 p.m., 1,500 files.",
		"bad \xff byte\xfe.here and \u2028 line sep",
		"Kell, Varro, 8, xD, 8D, -__-, =D, o_o, v_v, @_@, Mr, U.S., Mr., Hon., ,, a,, ,a, x,y, (-;, 8-), :), :-),",
		"Mr. Dr. Sen. Ms. Mrs. MS. Mx. Jan. Sept. Supt. Cllr. Abcd. Ab. A. a. I. Inc. Co. etc. xD. 8D. -__-. =D. U.S. e.g.",
		"Why? No! Wait: yes; then Kell: (-; [-: (: =D: so?! end..",
		`"Kell's" “Varro’s” ‘n’t’ "(-;" (-;" [-:" $(-; $4,200 "$5" 1,500, U.S." "U.S. e.g." o'clock don't" I'M 'Tis 's 'sn't Kell's. Ab.C.D. A.b`,
		`"" "a "a" a" ""a a"" ”a” “a“ $ $$ $$a a$ "$" "(" ")" isn't, DON'T." x's's 's's 'll've`,
		"",
		"   ",
	} {
		got := x.nlp.tokenize(s, nil)
		want := x.nlp.tok.Tokenize(s)
		if !slices.Equal(got, want) {
			t.Errorf("%q:\n got %v\nwant %v", s, got, want)
		}
	}
	for c := byte('!'); c <= '~'; c++ {
		if splitChar[c] {
			continue
		}
		for _, w := range []string{string(c), "a" + string(c), string(c) + "a", "Ab" + string(c) + "cd", string(c) + string(c)} {
			if got := x.nlp.tok.Tokenize(w); len(got) != 1 || got[0].Text != w {
				t.Errorf("prose splits %q: %v", w, got)
			}
			for _, mark := range []string{",", ";", ":", "?", "!", "."} {
				if got, want := x.nlp.tokenize(w+mark, nil), x.nlp.tok.Tokenize(w+mark); !slices.Equal(got, want) {
					t.Errorf("%q: got %v, prose %v", w+mark, got, want)
				}
			}
		}
	}
}

// TestIsTechName checks that isTechName answers as techName does.
func TestIsTechName(t *testing.T) {
	for _, s := range []string{"", ".", ".a", "a.b", "CVE-2024-1234", "cve-1", "CWE-79", "Cve-1", "KB5001", "KBX", "MS17-010", "MS1-0",
		"loader.exe", "Loader.EXE", "NSA GCHQ", "NSA gchq", "NS AGCHQ", "Kestrel Labs", "Mara Oswin", "ABC", "ABCD EFG", "Varn.io",
		"Kell", "c", "K", "M", "AB CDE", "ÉCOLE NORMALE", "setup.msi", "v2.tar"} {
		if got, want := isTechName(s), techName.MatchString(s); got != want {
			t.Errorf("%q: %v, techName %v", s, got, want)
		}
	}
}

// TestLinkedNation checks that linkedNation answers as nationLinked does.
func TestLinkedNation(t *testing.T) {
	for _, s := range []string{"", "-", "-linked", "a-linked", "Russia-linked", "Iran-backed", "state-sponsored", "Copper-Wren-linked",
		"Russia-linked-", "linked", "Kremlin-nexus", "pro-Kremlin", "-Russia-linked", "Russia--linked", "x-y-z"} {
		got, want := linkedNation(s), nationLinked.FindStringSubmatch(s)
		if !slices.Equal(got, want) {
			t.Errorf("%q: %q, nationLinked %q", s, got, want)
		}
	}
}

// TestIsGroupCode checks that isGroupCode answers as groupCode does.
func TestIsGroupCode(t *testing.T) {
	for _, s := range []string{"", "1", "APT28", "APT 28", "apt-28", "UNC2452", "TA505", "FIN7", "Storm-0558", "CL-STA-0043", "Earth.12",
		"APT", "APT28a", "Void Balaur", "TEMP.Veles", "DEV-0537", "UAC-0050x", "UAC-００５０"} {
		if got, want := isGroupCode(s), groupCode.MatchString(s); got != want {
			t.Errorf("%q: %v, groupCode %v", s, got, want)
		}
	}
}

// wordTag is a sentence, a word of it and the tag it should get.
type wordTag struct{ body, word, tag string }

// checkWordTags checks the tag each case's word gets in its sentence (its last occurrence).
func checkWordTags(t *testing.T, x *Extractor, tests []wordTag) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			got := ""
			for _, s := range x.nlp.sentences(tt.body) {
				for _, w := range s.Toks {
					if w.Lower == tt.word {
						got = w.Tag
					}
				}
			}
			if got != tt.tag {
				t.Errorf("%q tagged %q, want %q", tt.word, got, tt.tag)
			}
		})
	}
}

// TestPluralSubjectPastTense checks that a verb in -ed right after a sentence-opening plural
// noun phrase, with a noun phrase after it, is read as a past tense ("Federal prosecutors
// charged Ivo Marsh"), a fronted year before it too ("In 2022 Ostmark prosecutors charged …"),
// while a participle with "by" after it or a preposition right after it stays one.
func TestPluralSubjectPastTense(t *testing.T) {
	x := mustExtractor(t)
	tests := []wordTag{
		{"Federal prosecutors charged Ivo Marsh with fraud on Tuesday.", "charged", "VBD"},
		{"Federal agents arrested the two men on Friday.", "arrested", "VBD"},
		{"In 2022 Ostmark prosecutors charged Ivo Marsh with sabotage.", "charged", "VBD"},
		{"In 2021, federal agents arrested the two men.", "arrested", "VBD"},
		{"Three hackers arrested Friday by the Ostmark police were released.", "arrested", "VBN"},
		{"Two suspects arrested in Ostmark were released on Friday.", "arrested", "VBN"},
	}
	checkWordTags(t, x, tests)
}

// TestDayPartNoun checks that a part of the day after a weekday, "yesterday" or "this" is read
// as a noun ("On Sunday evening X said", "officials on Monday evening charged"), while the
// verb "evening" elsewhere keeps its tag.
func TestDayPartNoun(t *testing.T) {
	x := mustExtractor(t)
	tests := []wordTag{
		{"On Sunday evening Velmont Police said a courier had been questioned.", "evening", "NN"},
		{"Officials on Monday evening charged Piet Anders with fraud.", "evening", "NN"},
		{"The ministry said on Friday evening that it had expelled two diplomats.", "evening", "NN"},
		{"Prosecutors said this morning that Piet Anders would be charged.", "morning", "NN"},
		{"On Sunday evening Velmont Police said a courier had been questioned.", "said", "VBD"},
	}
	checkWordTags(t, x, tests)
}

// TestNounReadPast checks that a verb in -ed the tagger reads as a noun right after a
// sentence-opening singular subject, with a name or a determiner after it, is read as a past
// tense ("The panel subpoenaed Harrow Bank"), while nouns in -eed and a noun before a
// preposition stay nouns.
func TestNounReadPast(t *testing.T) {
	x := mustExtractor(t)
	tests := []wordTag{
		{"The panel subpoenaed Harrow Bank in February.", "subpoenaed", "VBD"},
		{"The committee subpoenaed Harrow Bank in February.", "subpoenaed", "VBD"},
		{"The panel subpoenaed Sagebrush in April for its records.", "subpoenaed", "VBD"},
		{"The news feed carried the story on Monday.", "feed", "NN"},
	}
	checkWordTags(t, x, tests)
}

// TestSameFormPast checks that a past tense spelled as its base form and as a noun ("reset",
// "cut"), read by the tagger as a noun right after a sentence-opening singular subject, is read
// as the subject's past tense when an object follows and the sentence has no other verb, or only
// a past tense joined to it by "and"; one before a verb of its own stays a noun.
func TestSameFormPast(t *testing.T) {
	x := mustExtractor(t)
	tests := []wordTag{
		{"The authority reset passwords and disclosed the breach four days later.", "reset", "VBD"},
		{"The bank reset passwords and disclosed the breach on Nov. 9.", "reset", "VBD"},
		{"The lender reset every password and warned customers on Friday.", "reset", "VBD"},
		{"The hospital cut ties with the vendor.", "cut", "VBD"},
		{"The bank reset plan was approved in May.", "reset", "NN"},
	}
	checkWordTags(t, x, tests)
}

// TestAsideParticiplePastTense checks that a verb in -ed right after an aside set off by commas
// behind the opening noun phrase, with a noun phrase after it, is read as the subject's past
// tense ("The campaign, first observed in March, targeted X"), while a participle with "by"
// after it, or one with no aside before it, is left as the tagger read it.
func TestAsideParticiplePastTense(t *testing.T) {
	x := mustExtractor(t)
	tests := []wordTag{
		{"The campaign, first observed in March 2025, targeted Harrow Bank.", "targeted", "VBD"},
		{"The operation, which began in the spring, targeted the Ostmark Foreign Ministry.", "targeted", "VBD"},
		{"The intrusions, first spotted last year, compromised three carriers in Ostmark.", "compromised", "VBD"},
		{"The files, stolen in May, posted by Grey Heron on Monday were old.", "posted", "VBN"},
	}
	checkWordTags(t, x, tests)
}

// TestDemonymNationalNoun checks that "national" after a demonym, with no noun after it, is read
// as the noun for a citizen ("a Belgian national, Ivo Marsh,"), while "national" modifying a
// noun stays an adjective; and that the citizen so named is the one sanctioned or arrested.
func TestDemonymNationalNoun(t *testing.T) {
	x := mustExtractor(t)
	checkWordTags(t, x, []wordTag{
		{"Ostmark sanctioned a Belgian national, Ivo Marsh, on Monday.", "national", "NN"},
		{"Ivo Marsh, a Dutch national, was arrested in Lisbon.", "national", "NN"},
		{"Police detained a Danish national who ran the servers.", "national", "NN"},
		{"The Dutch national cyber centre warned Harrow Bank.", "national", "JJ"},
		{"He played for the Belgian national team in 2019.", "national", "JJ"},
	})
	tests := []struct {
		name, body, agent, target string
		typ                       schema.EventType
	}{
		{"sanctioned citizen named in apposition", "The Treasury Department sanctioned a Belgian national, Ivo Marsh, who it said ran the group.", "treasury-department", "ivo-marsh", schema.EventSanction},
		{"second of two coordinated verbs", "In May the United States charged and sanctioned a Belgian national, Ivo Marsh, whom it accused of running the group.", "united-states", "ivo-marsh", schema.EventSanction},
		{"arrested citizen named in apposition", "Ostmark police arrested a Belgian national, Ivo Marsh, on Monday.", "", "ivo-marsh", schema.EventLegal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-01-10", tt.body)
			assert.NotNil(t, findEvent(g, tt.typ, tt.agent, tt.target), "got %s, want %s %s → %s", eventsString(g), tt.typ, tt.agent, tt.target)
		})
	}
}

// TestLetterDollarFine checks that a fine or penalty told in a dollar marked by its country's
// capitals ("a penalty of S$200,000 on X") falls on the one named after the sum.
func TestLetterDollarFine(t *testing.T) {
	tests := []struct{ name, body string }{
		{"Singapore dollars", "The Ostmark Data Authority imposed a financial penalty of S$200,000 on Harrow Telecom on Monday."},
		{"Hong Kong dollars", "The Ostmark Data Authority imposed a fine of HK$3 million on Harrow Telecom last week."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-01-10", tt.body)
			assert.NotNil(t, findEvent(g, schema.EventSanction, "", "harrow-telecom"), "got %s, want a sanction on harrow-telecom", eventsString(g))
		})
	}
}

// TestPurposeAccessVerb checks that "access" after the "to" of a purpose infinitive serving a
// past-tense verb, with an object after it, is read as the verb (baseReadAsNoun), while the
// noun stays one.
func TestPurposeAccessVerb(t *testing.T) {
	x := mustExtractor(t)
	tests := []wordTag{
		{"Grey Heron exploited a flaw in Nimbus software to access the network of Harrow Bank.", "access", "VB"},
		{"The intruders used a stolen password to remotely access its servers.", "access", "VB"},
		{"Harrow Bank restricted access to the vault in May.", "access", "NN"},
		{"The hackers stole passwords and access tokens from Harrow Bank.", "access", "NN"},
	}
	checkWordTags(t, x, tests)
}

// TestWonAmount checks that "won" after an amount is read as the Korean currency, not the past
// of "win", while "won" after a year or a subject stays a verb.
func TestWonAmount(t *testing.T) {
	x := mustExtractor(t)
	tests := []wordTag{
		{"The FBI attributed the theft of 58 billion won ($40 million) to Vanta Spider.", "won", "NN"},
		{"The exchange lost 3,500 won per account.", "won", "NN"},
		{"The party, which in 2019 won three seats, lost them all.", "won", "VBD"},
		{"Vanta Spider won the contest last year.", "won", "VBD"},
	}
	checkWordTags(t, x, tests)
}

// TestWritesLower checks writesLower against the plain definition: some token of the article
// is the word in lower case, four letters or more.
func TestWritesLower(t *testing.T) {
	tests := [][]string{
		{"Security", "specialists", "say", "security", "is", "weak"},
		{"City", "officials", "met", "in", "the", "city", "CITY"},
		{"Dalia", "Ferent", "said", "a", "tower", "Tower", "Said"},
	}
	for _, words := range tests {
		var toks []token
		plain := map[string]bool{}
		for _, w := range words {
			toks = append(toks, token{Text: w, Lower: strings.ToLower(w)})
			if len(w) >= 4 && w == strings.ToLower(w) && isWordToken(w) {
				plain[w] = true
			}
		}
		sents := []sentence{{Toks: toks, articleWords: &articleWords{}}}
		sents[0].lowered = loweredWords(sents)
		for k := range toks {
			if got := sents[0].writesLower(&toks[k]); got != plain[toks[k].Lower] {
				t.Errorf("writesLower(%q) in %q = %v", toks[k].Text, words, got)
			}
		}
	}
}

// TestRuneOffsets checks runeOffsets against ranging over the body: each byte of a rune has the
// rune's offset, an invalid byte is a rune of its own.
func TestRuneOffsets(t *testing.T) {
	for _, body := range []string{"", "abc", "Malmö — naïve", "bad \xff\x80 byte\xe2\x80", "\x80\x80é", "ツ\n"} {
		want := make([]int32, len(body)+1)
		n := int32(0)
		for i := range body {
			for j := i; j < len(body) && (j == i || !utf8.RuneStart(body[j])); j++ {
				want[j] = n
			}
			n++
		}
		want[len(body)] = n
		assert.Equal(t, want, runeOffsets(body), "%q", body)
	}
}

// TestIsSpace checks isSpace against unicode.IsSpace.
func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= 0x3100; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Errorf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
}

// TestOneSentence checks the paragraphs nlp.segments takes whole without prose's segmenter
// (oneSentence) against the segmenter's cuts, and that it leaves the others to it.
func TestOneSentence(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		para  string
		whole bool // oneSentence takes it
	}{
		{"Mara Oswin said the breach began on Tuesday.", true},
		{"  Kestrel denied it  ", true},
		{"He asked: why?\u00a0", true},
		{"The firm said “it was not us.”", true},
		{"It hit U.S. firms.", false},
		{"It began. Then it spread.", false},
		{"Hon. Tek said so", false},
		{" \t ", false},
		{"", false},
		{"word", true},
		{"ends in a curly quote ”", true},
	}
	for _, tt := range tests {
		got, ok := oneSentence(tt.para)
		if ok != tt.whole {
			t.Errorf("oneSentence(%q) took it: %v, want %v", tt.para, ok, tt.whole)
			continue
		}
		if want := x.nlp.proseSegments(tt.para); ok && !slices.Equal([]segment.Sentence{got}, want) {
			t.Errorf("oneSentence(%q) = %v, prose's segmenter gives %v", tt.para, got, want)
		}
	}
}

// FuzzOneSentence checks that a paragraph oneSentence takes whole is one sentence, the same, for
// prose's segmenter too.
func FuzzOneSentence(f *testing.F) {
	x := mustExtractor(f)
	for _, s := range []string{"Mara said so on Tuesday.", " a b\u2028c! ", "x . y", "“Quoted,” he said.”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, para string) {
		para, _, _ = strings.Cut(para, "\n") // a paragraph is one line
		if got, ok := oneSentence(para); ok {
			if want := x.nlp.proseSegments(para); !slices.Equal([]segment.Sentence{got}, want) {
				t.Fatalf("%q: oneSentence gives %v, prose's segmenter %v", para, got, want)
			}
		}
	})
}

// FuzzTokenizeAsProse checks that nlp.tokenize cuts any text into exactly the tokens prose's
// tokenizer gives.
func FuzzTokenizeAsProse(f *testing.F) {
	x := mustExtractor(f)
	for _, s := range []string{`"Kell's" said: (-;" don't`, "“Varro’s” $4,200 U.S.\" e.g."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := x.nlp.tokenize(s, nil), x.nlp.tok.Tokenize(s); !slices.Equal(got, want) {
			t.Fatalf("%q:\n got %v\nwant %v", s, got, want)
		}
	})
}

// FuzzIsCap checks that isCap's answer from a token's first byte agrees with capOrCode's from
// its runes.
func FuzzIsCap(f *testing.F) {
	for _, s := range []string{"APT28", "28APT", "apt", "Émile", "émile", "", "\xff", "9", "[A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isCap(s), capOrCode(s); got != want {
			t.Errorf("isCap(%q) = %v, capOrCode %v", s, got, want)
		}
	})
}

// TestSignedAmount checks which words are amounts opened by a currency sign prose leaves on.
func TestSignedAmount(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"€2", true},
		{"£1.5m", true},
		{"¥300", true},
		{"€", false},
		{"£s", false},
		{"lender", false},
		{"S$450,000", true},
		{"NT$15", true},
		{"US$600", true},
		{"S$", false},
		{"USD$5", false},
		{"Sx$5", false},
	}
	for _, tt := range tests {
		if got := signedAmount(tt.word); got != tt.want {
			t.Errorf("signedAmount(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// TestArticleAbbrevJoins checks that a paragraph is not cut after an abbreviation of letters
// and full stops that the indefinite article opens ("aboard a U.S. Navy ship"), while one
// that ends a sentence after "the" or a verb is still cut there.
func TestArticleAbbrevJoins(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, para string
		want       int // sentences
	}{
		{"a U.S. before a name", "Ilya Brand flew home aboard a U.S. Navy ship on Monday and was charged on Tuesday, prosecutors said.", 1},
		{"a U.S. before a plural name", "Ilya Brand, 40, crossed the lake aboard a U.S. Parks Service boat and was charged in Duluth, the court said.", 1},
		{"a U.S. before a body's plural name", "The data went to a U.S. Securities and Exchange Commission server in May, Orlen Bank said.", 1},
		{"an E.U. before a plural name", "Talia Voss was questioned by an E.U. Affairs Committee panel on Monday.", 1},
		{"a U.S. before a plural noun", "Ilya Brand arrived aboard a U.S. Customs and Border Protection plane.", 1},
		{"an U.K. before a name", "The files were sold to an U.K. Defence contractor, the court heard.", 1},
		{"a U.K. before a plural", "Dara Velk worked for a U.K. Treasury office for six years.", 1},
		{"the U.S. ends a sentence", "The suspect later moved to the U.S. He was arrested there in March.", 2},
		{"a plain sentence end", "The bank was hacked. Its clients were told on Friday.", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.nlp.segments(tt.para)
			assert.Len(t, got, tt.want, "got %d sentences, want %d: %v", len(got), tt.want, got)
		})
	}
}
