package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/intelgraph/intelgraph/schema"
)

// TestAppositionRelativeTime checks that a time in a relative clause on the noun of a
// description set off by commas after a name ("Jon Abbot, a lawyer who represented the firm in
// 2017, filed …") dates the relative clause's verb, not the main verb after the description,
// which takes the sentence's own time or none.
func TestAppositionRelativeTime(t *testing.T) {
	const published = "2020-11-06"
	tests := []sentenceTime{
		{"a fronted day past the description", "On Wednesday, Mara Quill, a Dayton resident who was treated at one of the clinics in 2019, filed a lawsuit against Bellwood Health.",
			schema.EventLegal, "mara-quill", 0, "2020-11-04"},
		{"a trailing day past the description", "Jon Abbot, a lawyer who represented the firm in 2017, filed a complaint against Carver Bank on Monday.",
			schema.EventLegal, "jon-abbot", 0, "2020-11-02"},
		{"no time of the main verb", "Jon Abbot, a lawyer who represented the firm in 2017, filed a complaint against Carver Bank.",
			schema.EventLegal, "jon-abbot", 0, ""},
		{"a definite description", "Sela Grant, the former manager who oversaw the network in 2016, sued Drummond Energy on Tuesday.",
			schema.EventLegal, "sela-grant", 0, "2020-11-03"},
		{"a saying past the description", "Lena Ortiz, a spokeswoman who joined the agency in 2015, said on Tuesday that the ministry had not been breached.",
			schema.EventStatement, "lena-ortiz", 0, "2020-11-03"},
		{"a month past a relative with whose", "In May, Dana Kell, a teacher whose records were stolen in 2019, sued the district.",
			schema.EventLegal, "dana-kell", 0, "2020-05"},
		{"the relative clause's own deed keeps its year", "Harbor Labs, a firm that Pavel Drozd hacked in 2019, warned customers on Thursday.",
			schema.EventIntrusion, "pavel-drozd", 0, "2019"},
	}
	checkSentenceTimes(t, published, tests)
}

// TestAppositionRelative checks appositionRelative on tagged tokens.
func TestAppositionRelative(t *testing.T) {
	tests := []struct {
		name, text string
		open, i    int
		want       int
	}{
		{"who after a common noun", "Jon/NNP Abbot/NNP ,/, a/DT lawyer/NN who/WP represented/VBD the/DT firm/NN in/IN 2017/CD ,/, filed/VBD", 2, 10, 5},
		{"which after a plural noun", "Orin/NNP ,/, the/DT firms/NNS which/WDT hired/VBD him/PRP in/IN 2017/CD ,/, sued/VBD", 1, 8, 4},
		{"no relative word", "Orin/NNP ,/, a/DT firm/NN based/VBN in/IN Riga/NNP since/IN 2017/CD ,/, sued/VBD", 1, 8, -1},
		{"who after a name", "Orin/NNP ,/, the/DT partner/NN of/IN Ana/NNP who/WP left/VBD in/IN 2017/CD ,/, sued/VBD", 1, 9, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := appositionRelative(taggedToks(tt.text), tt.open, tt.i)
			assert.Equal(t, tt.want, got, "got %d, want %d", got, tt.want)
		})
	}
}
