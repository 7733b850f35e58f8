package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBenchTellingSitting checks that what a judge named as the speaker says, with no time of
// its own, takes the day of the sitting the story reports (benchTelling), even when the story
// has moved on to older deeds in between: the judge before the verb by title and name, after
// it, or after a quotation; and that a judge's saying set at an earlier occasion, one with a
// time of its own, and one in a story that tells no sitting are left as they were.
func TestBenchTellingSitting(t *testing.T) {
	const lead = "Lorn Abbot, 24, was sentenced by Judge Mary Colbert at Bristol Crown Court on Tuesday after admitting to hacking the Cressing Bank.\n\n" +
		"In March 2022, Abbot broke into the bank's network. He stole records on 40,000 customers. The bank reported the breach to police in April 2022.\n\n" +
		"Officers arrested Abbot in May 2022.\n\n"
	checkTimes(t, []timeCase{
		{"a judge by title and name before the verb", "2026-03-14",
			lead + "Judge Colbert said Abbot had caused great harm to hundreds of customers.",
			schema.EventStatement, "mary-colbert", "", "2026-03-10"},
		{"a judge after a quotation", "2026-03-14",
			lead + "\"You chose the weakest victims on purpose,\" Judge Colbert told Abbot before announcing the sentence.",
			schema.EventStatement, "mary-colbert", "", "2026-03-10"},
		{"a judge set after the verb", "2026-03-14",
			lead + "\"This was extortion, plain and simple,\" said Judge Colbert.",
			schema.EventStatement, "mary-colbert", "", "2026-03-10"},
		{"an earlier hearing is another occasion", "2026-03-14",
			lead + "At an earlier hearing, Judge Colbert said Abbot had caused great harm to hundreds of customers.",
			schema.EventStatement, "mary-colbert", "", ""},
		{"a time of its own stands", "2026-03-14",
			lead + "Judge Colbert said in January that Abbot had caused great harm to hundreds of customers.",
			schema.EventStatement, "mary-colbert", "", "2026-01"},
		{"a story with no sitting gives none", "2026-03-14",
			"Judge Mary Colbert was appointed to the Bristol bench in 2019.\n\nIn March 2022, Lorn Abbot broke into the network of the Cressing Bank.\n\n" +
				"Judge Colbert said the case showed how exposed banks were.",
			schema.EventStatement, "mary-colbert", "", ""},
	}, false)
}

// TestBenchNamed checks, on tagged tokens, the words that name the bench as the speaker of the
// verb of telling at the given index, before it or after it, and words that do not.
func TestBenchNamed(t *testing.T) {
	tests := []struct {
		name, text    string
		verb          int
		before, after bool
	}{
		{"title and name before", "Judge/NNP Colbert/NNP said/VBD that/IN", 2, true, false},
		{"full title before", "U.S./NNP District/NNP Judge/NNP Ana/NNP Colbert/NNP said/VBD that/IN", 5, true, false},
		{"the judge after a quotation", "fault/NN ,/, \"/'' the/DT judge/NN said/VBD ./.", 5, true, false},
		{"the judge after the verb", "fault/NN ,/, \"/'' said/VBD the/DT judge/NN ./.", 3, false, true},
		{"a lawyer is no bench", "His/PRP$ lawyer/NN ,/, Ana/NNP Brell/NNP ,/, said/VBD that/IN", 6, false, false},
		{"a judge's clerk is no bench", "the/DT judge/NN 's/POS clerk/NN said/VBD that/IN", 4, false, false},
		{"the court's object is no speaker", "Brell/NNP told/VBD the/DT court/NN that/IN", 1, false, false},
		{"the court told is no speaker", "Brell/NNP told/VBD the/DT court/NN ,/, adding/VBG that/IN", 1, false, false},
	}
	x, err := New()
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := taggedToks(tt.text)
			assert.Equal(t, tt.before, x.benchNamedBefore(toks, tt.verb) >= 0, "before")
			assert.Equal(t, tt.after, x.benchNamedAfter(toks, tt.verb) >= 0, "after")
		})
	}
}
