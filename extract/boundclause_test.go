package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestBoundClauseTime checks that a time in a clause "before", "until" or "since" opens after a
// deed, past that clause's own verb, dates the clause and not the deed ("had been inside its
// network for months before the police alerted it in September"), and that a deed named as the
// topic of a telling after its hearer ("alerted it to the breach in September", "told it about
// the intrusion on Oct. 2") takes no day from the telling.
func TestBoundClauseTime(t *testing.T) {
	const published = "2015-11-19"
	tests := []lemmaTime{
		{"a before clause with a topic after its hearer", "Corra Bank, a lender based in Riga, said on Wednesday that hackers had been inside its email system for about six months before the national intelligence service alerted it to the breach in September.", "intrude", ""},
		{"a before clause", "Intruders stayed inside the systems of Tarn Mills for weeks before the firm shut them out on June 2.", "intrude", ""},
		{"a topic after a hearer in a reported clause", "Corra Bank said hackers had roamed its network since March, and that the national police alerted it to the breach in September.", "breach", ""},
		{"the deed's own time stays", "Hackers broke into the network of Tarn Mills in March before the firm noticed.", "break into", "2015-03"},
	}
	checkLemmaTimes(t, published, 0, tests)
}

// TestBoundClause checks boundClause on tagged tokens.
func TestBoundClause(t *testing.T) {
	tests := []struct {
		name, text string
		i, t       int
		want       bool
	}{
		{"before with a finite verb", "Hackers/NNS stayed/VBD for/IN weeks/NNS before/IN police/NNS noticed/VBD them/PRP in/IN May/NNP", 1, 9, true},
		{"until with a finite verb", "Hackers/NNS lurked/VBD until/IN the/DT bank/NN noticed/VBD them/PRP on/IN Monday/NNP", 1, 8, true},
		{"before a noun phrase only", "Hackers/NNS struck/VBD before/IN dawn/NN on/IN Monday/NNP", 1, 5, false},
		{"a comma between", "Hackers/NNS lurked/VBD before/IN police/NNS came/VBD ,/, and/CC left/VBD in/IN May/NNP", 7, 9, false},
		{"after is no bound", "Police/NNS arrested/VBD him/PRP after/IN agents/NNS raided/VBD his/PRP$ home/NN on/IN Monday/NNP", 1, 9, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustExtractor(t).boundClause(taggedToks(tt.text), tt.i, tt.t)
			assert.Equal(t, tt.want, got, "got %v, want %v", got, tt.want)
		})
	}
}

// TestHearerTopic checks hearerTopic on tagged tokens.
func TestHearerTopic(t *testing.T) {
	tests := []struct {
		name, text string
		i          int
		want       bool
	}{
		{"to after a pronoun", "Police/NNS alerted/VBD it/PRP to/TO the/DT breach/NN", 5, true},
		{"about after a noun", "The/DT FBI/NNP told/VBD the/DT bank/NN about/IN the/DT recent/JJ intrusion/NN", 8, true},
		{"of after a noun", "Regulators/NNS notified/VBD the/DT utility/NN of/IN the/DT theft/NN", 7, true},
		{"the verb's own object", "The/DT bank/NN disclosed/VBD the/DT breach/NN", 4, false},
		{"another preposition", "The/DT bank/NN was/VBD hit/VBN in/IN the/DT breach/NN", 6, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := hearerTopic(taggedToks(tt.text), tt.i)
			assert.Equal(t, tt.want, got, "got %v, want %v", got, tt.want)
		})
	}
}
