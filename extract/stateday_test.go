package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/intelgraph/intelgraph/schema"
)

// TestStateSaidDay checks that an undated saying takes the day of the state the clause it
// reports says holds then ("remained offline on Thursday", "were still without card payments
// on Thursday", "as of Thursday"), when that day is the day of writing or the one before and
// not before the day the story is at, while a deed done on a day, a state up to a day, a state
// to come, a plan after the day of writing, a deed under a present verb of belief, the past
// progressive or a state on an earlier day leaves the saying undated.
func TestStateSaidDay(t *testing.T) {
	const published = "2025-11-20"
	const lead = "Hackers crippled the systems of Velmar Telecom, the company said on Wednesday.\n\n"
	tests := []sentenceTime{
		{"a state before a closing telling",
			lead + "Velmar restored most mobile service by Sunday evening, but some business customers remained without internet access on Thursday, chief executive Ana Brisk told reporters in Corlin.",
			schema.EventStatement, "ana-brisk", 1, "2025-11-20"},
		{"be with still before a closing saying",
			lead + "Hundreds of shops were still without card payments on Thursday, chief executive Ana Brisk said.",
			schema.EventStatement, "ana-brisk", 1, "2025-11-20"},
		{"as of a day, fronted",
			lead + "As of Thursday, about 300 servers were still being rebuilt, chief executive Ana Brisk said.",
			schema.EventStatement, "ana-brisk", 1, "2025-11-20"},
		{"the present tense",
			lead + "Thousands of customers are still without service on Thursday, chief executive Ana Brisk told reporters.",
			schema.EventStatement, "ana-brisk", 1, "2025-11-20"},
		{"a verb of state the tagger splits",
			lead + "Its shops stayed closed on Thursday, chief executive Ana Brisk told customers in a letter.",
			schema.EventStatement, "ana-brisk", 1, "2025-11-20"},
		{"a perfect with still, US style without on",
			lead + "Service to about 2,000 homes still had not been restored Thursday, chief executive Ana Brisk said.",
			schema.EventStatement, "ana-brisk", 1, "2025-11-20"},
		{"a story at no day yet",
			"Some business customers of Velmar Telecom remained without internet access on Thursday, chief executive Ana Brisk told reporters.",
			schema.EventStatement, "ana-brisk", 0, "2025-11-20"},
		{"after the verb of saying",
			"Nordak Rail said its ticket machines were still out of service on Thursday.",
			schema.EventStatement, "nordak-rail", 0, "2025-11-20"},
		{"a deed done on a day",
			"Hackers broke into the network of Rendal Water on Thursday, the utility said.",
			schema.EventStatement, "rendal-water", 0, ""},
		{"a deed in the passive",
			"Two men were arrested in Porvo on Thursday, police spokesman Ivo Tamm said.",
			schema.EventStatement, "ivo-tamm", 0, ""},
		{"a state up to a day",
			"The attack began on Monday and the network stayed down until Thursday, Orrin Port said.",
			schema.EventStatement, "orrin-port", 0, ""},
		{"the past progressive",
			"Investigators were examining the servers on Thursday, Detective Ana Kole said.",
			schema.EventStatement, "ana-kole", 0, ""},
		{"unable to, a state", lead + "Many customers were still unable to access their accounts on Thursday, chief executive Ana Brisk said.",
			schema.EventStatement, "ana-brisk", 1, "2025-11-20"},
		{"do not have, a state", lead + "Many customers still do not have access to their accounts on Thursday, chief executive Ana Brisk said.",
			schema.EventStatement, "ana-brisk", 1, "2025-11-20"},
		{"a plan after the day of writing",
			"Harlow Water said its billing systems are expected to be restored on Friday.",
			schema.EventStatement, "harlow-water", 0, ""},
		{"so a present verb with a day still to come",
			"Harlow Water said its office is scheduled to reopen on Saturday.",
			schema.EventStatement, "harlow-water", 0, ""},
		{"a deed under a present verb of belief",
			"Hackers are believed to have stolen customer data from Harlow Water on Wednesday, the utility said.",
			schema.EventStatement, "harlow-water", 0, ""},
		{"a state on an earlier day",
			"The systems of Velmar Telecom remained offline on Sunday, chief executive Ana Brisk said.",
			schema.EventStatement, "ana-brisk", 0, ""},
	}
	checkSentenceTimes(t, published, tests)
}

// TestStateDayAt checks stateDayAt on tagged tokens.
func TestStateDayAt(t *testing.T) {
	tests := []struct {
		name, text string
		j          int
		want       bool
	}{
		{"a verb of state", "customers/NNS remained/VBD offline/RB on/IN Thursday/NNP", 4, true},
		{"be with still", "clinics/NNS were/VBD still/RB offline/JJ on/IN Tuesday/NNP", 5, true},
		{"the present tense", "the/DT site/NN is/VBZ down/RB on/IN Monday/NNP", 5, true},
		{"as of", "servers/NNS were/VBD rebuilt/VBN as/IN of/IN Monday/NNP", 5, true},
		{"a deed", "hackers/NNS broke/VBD in/RP on/IN Monday/NNP", 4, false},
		{"had with still before it", "power/NN still/RB had/VBD not/RB been/VBN restored/VBN on/IN Monday/NNP", 7, true},
		{"had without still", "power/NN had/VBD been/VBN restored/VBN on/IN Monday/NNP", 5, false},
		{"be without still", "the/DT site/NN was/VBD down/RB on/IN Monday/NNP", 5, false},
		{"up to a day", "the/DT site/NN stayed/VBD down/RB until/IN Monday/NNP", 5, false},
		{"a state to come", "the/DT site/NN will/MD remain/VB down/RB on/IN Monday/NNP", 6, false},
		{"a clause between", "he/PRP remained/VBD in/IN custody/NN after/IN his/PRP$ arrest/NN on/IN Monday/NNP", 8, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustExtractor(t).stateDayAt(taggedToks(tt.text), tt.j)
			assert.Equal(t, tt.want, got, "got %v, want %v", got, tt.want)
		})
	}
}
