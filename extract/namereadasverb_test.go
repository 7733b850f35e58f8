package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNameReadAsVerb checks that a capitalised word inside a sentence that the tagger reads as
// a verb, mostly a base form after "to", is read as a proper noun when the article tags it one
// elsewhere; and that a capitalised word opening a
// sentence, set after a colon or a quote, or inside a headline keeps its tag.
func TestNameReadAsVerb(t *testing.T) {
	x := mustExtractor(t)
	checkWordTags(t, x, []wordTag{
		{"Tamsin Kolberg runs security at the port. The auditor sent the findings to Kolberg before the board met.", "kolberg", "NNP"},
		{"Analysts at Brennick Labs traced the malware. The bank handed its logs to Brennick on Tuesday.", "brennick", "NNP"},
		{"Ilse Zarvo ran the laundering side. The leaked chats show the broker complaining to Zarvo that his share was late.", "zarvo", "NNP"},
		{"Quelmark Freight lost a week of records. The regulator wrote to Quelmark the next morning.", "quelmark", "NNP"},
		{"The leaked chats show the broker complaining to Zarvo that his share was late.", "zarvo", "VB"},
		{"The ministry urged hospitals to Patch their servers within a week.", "patch", "VB"},
		{"Regulator Tells Lenders To Patch Servers. The ministry urged hospitals to Patch their servers.", "patch", "VB"},
		{"Update: Patch the servers now, the agency said.", "patch", "VB"},
	})
}

// TestNameReadAsDegree checks a one-word name the tagger reads as a superlative by its ending
// ("notified Pinecrest that …") when the article tags it a proper noun elsewhere: a name, the
// one told; and that a superlative in lower case keeps its tag.
func TestNameReadAsDegree(t *testing.T) {
	tests := []toldCase{
		{"notified, that", "The chain Pinecrest Grocers was hacked in May. In mid-December, the Selby Agency notified Pinecrest that one of its servers was beaconing.",
			[]string{"selby-agency → pinecrest-grocers"}, nil},
		{"warned, that, trailing time", "Hackers breached Oakcrest Mills in May. The Varn Bureau warned Oakcrest that the gang was inside, officials said on Monday.",
			[]string{"varn-bureau → oakcrest-mills"}, nil},
	}
	checkTold(t, "2025-11-20", tests)
	x := mustExtractor(t)
	checkWordTags(t, x, []wordTag{
		{"Hackers breached Pinecrest Grocers in May. The Selby Agency notified Pinecrest that a server was beaconing.", "pinecrest", "NNP"},
		{"It was the largest that the agency had seen.", "largest", "JJS"},
	})
}

// TestNameReadAsVerbGuards checks the places where nameReadAsVerb leaves a capitalised word:
// the first word, a word after a quote, colon or bracket, a word read as no verb.
func TestNameReadAsVerbGuards(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		tags  []string
		i     int
		want  bool
	}{
		{"after to", []string{"sent", "it", "to", "Kolberg"}, []string{"VBD", "PRP", "TO", "VB"}, 3, true},
		{"superlative ending", []string{"notified", "Pinecrest", "that"}, []string{"VBD", "JJS", "IN"}, 1, true},
		{"comparative ending", []string{"warned", "Silverer", "on"}, []string{"VBD", "JJR", "IN"}, 1, true},
		{"lower-case superlative", []string{"the", "largest", "that"}, []string{"DT", "JJS", "IN"}, 1, false},
		{"first word", []string{"Patch", "now"}, []string{"VB", "RB"}, 0, false},
		{"after a colon", []string{"Advice", ":", "Patch", "now"}, []string{"NN", ":", "VB", "RB"}, 2, false},
		{"after a quote", []string{"said", "“", "Stop", "it"}, []string{"VBD", "``", "VB", "PRP"}, 2, false},
		{"after a bracket", []string{"a", "(", "Leaked", ")"}, []string{"DT", "(", "VBN", ")"}, 2, false},
		{"a proper noun", []string{"to", "Kolberg"}, []string{"TO", "NNP"}, 1, false},
		{"lower case", []string{"to", "patch"}, []string{"TO", "VB"}, 1, false},
		{"all capitals", []string{"to", "CISA"}, []string{"TO", "VB"}, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := make([]token, len(tt.words))
			for k, w := range tt.words {
				toks[k] = token{Text: w, Tag: tt.tags[k]}
			}
			assert.Equal(t, tt.want, nameReadAsVerb(toks, tt.i), "got nameReadAsVerb %v, want %v", !tt.want, tt.want)
		})
	}
}

// TestTitleCased checks which sentences read as a headline.
func TestTitleCased(t *testing.T) {
	tests := []struct {
		words []string
		want  bool
	}{
		{[]string{"Regulator", "Fines", "Lender", "Over", "Breach"}, true},
		{[]string{"Regulator", "Fines", "a", "Lender"}, true},
		{[]string{"The", "regulator", "fined", "Harlow", "Bank"}, false},
		{[]string{"Fines", "Rise"}, false},
		{[]string{"Three", "Banks", ",", "2024", "Report"}, true},
	}
	for _, tt := range tests {
		toks := make([]token, len(tt.words))
		for k, w := range tt.words {
			toks[k] = token{Text: w}
		}
		assert.Equal(t, tt.want, titleCased(toks), "%v: got %v, want %v", tt.words, !tt.want, tt.want)
	}
}
