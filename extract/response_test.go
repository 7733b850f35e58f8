package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// responseLeads are story openings for TestResponseTimes: a dated act told in the lead, then
// background told with other times, the last of them another day.
var responseLeads = struct{ expel, sanction, gang string }{
	expel: "Estonia on Tuesday expelled two Russian diplomats, saying they had recruited a port official in Tallinn.\n\n" +
		"The official was arrested in March and charged in May, prosecutors said. He had met the diplomats at a trade fair in 2023.\n\n" +
		"The port operator said in a statement that it had cooperated with investigators. Police detained a second man on Monday evening before releasing him.\n\n",
	sanction: "The U.S. Treasury Department on Wednesday imposed sanctions on Orrin Lake Technology, a software company in Dalian.\n\n" +
		"In a report published in October 2024, the security firm Talvik Labs linked the company to the breach of Merrow Freight.\n\n" +
		"In an email on Thursday, a company lawyer said Orrin Lake Technology had never hacked anyone.\n\n",
	gang: "The Treasury Department on Monday sanctioned the ransomware gang Crimson Lynx and two of its members.\n\n" +
		"The gang has attacked hospitals in Ohio and Texas since 2022. In March it encrypted the systems of Bellmoor Clinic, which paid a ransom in April.\n\n" +
		"The FBI said it had seized the gang's servers last year.\n\n",
}

// TestResponseTimes checks that a short sentence telling only that someone answered within
// hours ("Moscow reacted within hours.", "Britain followed hours later.") dates the next
// sentence's undated events with the day of the act answered: one done to the responder, or
// for one who followed, the latest act of the same kind by another.
func TestResponseTimes(t *testing.T) {
	tests := []timeCase{
		{"a reaction takes the day of the act done to the responder, not the last day told", "2025-06-12",
			responseLeads.expel + "Moscow reacted within two hours. The Russian foreign ministry denied that its envoys had ever met the official.",
			schema.EventDenial, "russian-foreign-ministry", "", "2025-06-10"},
		{"a response that came within a few hours", "2025-06-12",
			responseLeads.expel + "Russia's response came within a few hours. A Kremlin spokeswoman denied that the two envoys had broken any law.",
			schema.EventDenial, "russia", "", "2025-06-10"},
		{"a saying whose words are quoted answers as its verb does", "2025-06-12",
			responseLeads.expel + "Moscow responded within hours. \"We reject these fabricated accusations,\" the Russian foreign ministry said.",
			schema.EventStatement, "russian-foreign-ministry", "", "2025-06-10"},
		{"a gang answering a sanction on it the same day", "2025-09-18",
			responseLeads.gang + "The gang responded within hours. Crimson Lynx leaked files stolen from the Treasury Department on its website.",
			schema.EventLeak, "crimson-lynx", "treasury-department", "2025-09-15"},
		{"a participle modifying a noun tells no answer", "2025-09-18",
			responseLeads.gang + "The gang responded within hours. Crimson Lynx leaked files stolen from the Treasury Department on its website.",
			schema.EventTheft, "crimson-lynx", "treasury-department", ""},
		{"a reply a few hours later", "2025-09-18",
			responseLeads.gang + "Crimson Lynx replied a few hours later. The gang denied that it had attacked any hospitals.",
			schema.EventDenial, "crimson-lynx", "", "2025-09-15"},
		{"a reaction with no one named to answer takes no day", "2025-09-18",
			responseLeads.gang + "The reaction came hours later. Crimson Lynx leaked files stolen from the Treasury Department on its website.",
			schema.EventLeak, "crimson-lynx", "treasury-department", ""},
		{"one who followed takes the day of the latest act of the kind by another", "2026-02-13",
			responseLeads.sanction + "Britain followed hours later. The Foreign Office added Orrin Lake Technology to its sanctions list, citing the 2024 breach of a British shipyard.",
			schema.EventSanction, "foreign-office", "orrin-lake-technology", "2026-02-11"},
	}
	checkTimes(t, tests, false)
}

// TestResponseSentence checks which sentences tell only that someone answered within the day.
func TestResponseSentence(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"followed hours later", "Britain/NNP followed/VBD hours/NNS later/RB ./.", true},
		{"followed suit two hours later", "Canada/NNP followed/VBD suit/NN two/CD hours/NNS later/RB ./.", true},
		{"reacted within hours", "Moscow/NNP reacted/VBD within/IN hours/NNS ./.", true},
		{"a response came within a few hours", "Moscow/NNP 's/POS response/NN came/VBD within/IN a/DT few/JJ hours/NNS ./.", true},
		{"retaliated the same day", "Moscow/NNP retaliated/VBD the/DT same/JJ day/NN ./.", true},
		{"responded within the hour", "The/DT Kremlin/NNP responded/VBD within/IN the/DT hour/NN ./.", true},
		{"replied later that day", "The/DT ministry/NN replied/VBD later/RB that/DT day/NN ./.", true},
		{"days later may fall on another day", "Britain/NNP followed/VBD days/NNS later/RB ./.", false},
		{"a weekday names its own day", "Britain/NNP followed/VBD on/IN Friday/NNP ./.", false},
		{"a clause after a comma tells the answer itself", "Moscow/NNP reacted/VBD within/IN hours/NNS ,/, expelling/VBG two/CD diplomats/NNS ./.", false},
		{"a verb of no answer", "Britain/NNP acted/VBD hours/NNS later/RB ./.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, _ := mustExtractor(t).responseSentence(taggedToks(tt.text))
			assert.Equal(t, tt.want, v >= 0, "got %v, want %v", v >= 0, tt.want)
		})
	}
}
