package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestUnseenNameOpens checks that a name the tagger has never seen opening a sentence is kept
// whole and as the doer: a one-word name acting as the subject of its verb ("Blackmere took
// credit …"), and the first word of a two-word name the tagger reads as some other class
// ("Ashfall/DT Spider", "Rustwing/VBG Collective"); and that a plural of described people
// opening a sentence ("Scammers stole …") is no name.
func TestUnseenNameOpens(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent      string // the deed's doer; "" for none
		target     string
	}{
		{"one word took credit", "Hackers hit Tellwick Council last week. Blackmere took credit for the attack on Friday.", schema.EventAttack, "blackmere", "tellwick-council"},
		{"one word claimed responsibility", "Hackers hit Tellwick Council last week. Blackmere claimed responsibility for the attack.", schema.EventAttack, "blackmere", "tellwick-council"},
		{"one word breached", "Coldharbor breached Tellwick Council in March.", schema.EventIntrusion, "coldharbor", "tellwick-council"},
		{"one word stole", "Frostveil stole data from Quenby Labs in March.", schema.EventTheft, "frostveil", "quenby-labs"},
		{"one word before an aside", "Frostveil hacked the Tellwick Council in March, officials said.", schema.EventIntrusion, "frostveil", "tellwick-council"},
		{"two words read as a determiner", "Ashfall Spider breached Tellwick Council in March.", schema.EventIntrusion, "ashfall-spider", "tellwick-council"},
		{"two words took credit", "Hackers hit Tellwick Council last week. Ashfall Spider took credit for the attack on Friday.", schema.EventAttack, "ashfall-spider", "tellwick-council"},
		{"two words read as a gerund", "Hackers hit Tellwick Council last week. Rustwing Collective has claimed the attack.", schema.EventAttack, "rustwing-collective", "tellwick-council"},
		{"plural of described people", "Scammers stole $2 million from Harlow Credit Union in March.", schema.EventTheft, "", "harlow-credit-union"},
		{"plural of described people, breach", "Cyberspies breached Harlow Credit Union in March.", schema.EventIntrusion, "", "harlow-credit-union"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			requireDeed(t, g, tt.typ, tt.agent, tt.target)
		})
	}
}

// TestUnseenOpener checks which sentence openings unseenOpener retags as a name's first word.
func TestUnseenOpener(t *testing.T) {
	tests := []struct {
		name string
		toks []token
		want int
	}{
		{"unseen word read as a determiner", []token{{Text: "Ashfall", Tag: "DT", Unseen: true}, {Text: "Spider", Tag: "NNP"}, {Text: "took", Tag: "VBD"}}, 0},
		{"after a quote", []token{{Text: "\"", Tag: "``"}, {Text: "Rustwing", Tag: "VBG", Unseen: true}, {Text: "Collective", Tag: "NNP"}}, 1},
		{"a word the tagger knows", []token{{Text: "Following", Tag: "VBG"}, {Text: "Microsoft", Tag: "NNP"}}, -1},
		{"already a proper noun", []token{{Text: "Blackmere", Tag: "NNP", Unseen: true}, {Text: "Group", Tag: "NNP"}}, -1},
		{"before a common noun", []token{{Text: "Ransomware", Tag: "NN", Unseen: true}, {Text: "gangs", Tag: "NNS"}}, -1},
		{"before an acronym", []token{{Text: "Cyber", Tag: "NN", Unseen: true}, {Text: "CERT", Tag: "NNP"}}, -1},
		{"read as an adjective", []token{{Text: "Dravian", Tag: "JJ", Unseen: true}, {Text: "Signals", Tag: "NNP"}, {Text: "Office", Tag: "NNP"}}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := unseenOpener(tt.toks)
			assert.Equal(t, tt.want, got, "got %d, want %d", got, tt.want)
		})
	}
}
