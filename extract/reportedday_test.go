package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/intelgraph/intelgraph/schema"
)

// TestReportedDayOccasion checks that a day in the clause a saying reports ("The bank said it
// reported the breach to the police on September 24") sets no occasion at which a later saying
// is told, names no occasion ("said in the announcement") and is no day its teller spoke on,
// while a saying dated itself ("said on Monday") still is.
func TestReportedDayOccasion(t *testing.T) {
	const published = "2025-10-08"
	tests := []sentenceTime{
		{"a report the saying tells is no occasion",
			"In a filing on Tuesday, Corra Bank said hackers had stolen customer records.\n\n" +
				"The bank said it reported the breach to the police on September 24. Customers will be told soon, it said.\n\n" +
				"\"We are sorry,\" chief executive Lina Moss said.",
			schema.EventStatement, "lina-moss", 3, "2025-10-07"},
		{"a notice the saying tells is no occasion",
			"Velda Water said on Monday that intruders had reached its pumping controls.\n\n" +
				"The utility said it notified state regulators on October 1.\n\n" +
				"\"Nobody was at risk,\" general manager Ivo Brandt said.",
			schema.EventStatement, "ivo-brandt", 2, "2025-10-06"},
		{"the occasion named again past a reported day",
			"In a stock exchange announcement on Tuesday, Corra Bank said it had detected unusual activity on September 22.\n\n" +
				"The attackers used a stolen password. They copied files from a claims server.\n\n" +
				"Investigators traced the intrusion to a contractor's laptop.\n\n" +
				"\"We take this seriously,\" chief executive Lina Moss said in the announcement.",
			schema.EventStatement, "lina-moss", 4, "2025-10-07"},
		{"an act the saying tells is no occasion",
			"Ana Lind said officers arrested a suspect on October 4. She said more arrests would follow.",
			schema.EventStatement, "ana-lind", 1, ""},
		{"a saying dated itself stays the occasion",
			"Harlow Freight said on Monday it had alerted the FBI on October 2.\n\n" +
				"\"We acted fast,\" chief executive Rui Santos said.",
			schema.EventStatement, "rui-santos", 1, "2025-10-06"},
	}
	checkSentenceTimes(t, published, tests)
}

// TestReportedDay checks reportedDay on tagged tokens.
func TestReportedDay(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text string
		j          int
		want       bool
	}{
		{"the clause a saying reports", "The/DT bank/NN said/VBD it/PRP reported/VBD the/DT breach/NN to/TO police/NNS on/IN May/NNP 3/CD", 10, true},
		{"past a complementizer", "Ana/NNP said/VBD that/IN hackers/NNS broke/VBD in/RP on/IN May/NNP 3/CD", 7, true},
		{"the saying's own day", "The/DT bank/NN said/VBD on/IN May/NNP 3/CD that/IN hackers/NNS broke/VBD in/RP", 4, false},
		{"a telling's own day", "The/DT bank/NN reported/VBD the/DT breach/NN to/TO police/NNS on/IN May/NNP 3/CD", 8, false},
		{"no saying", "Hackers/NNS broke/VBD in/RP on/IN May/NNP 3/CD", 4, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := x.reportedDay(taggedToks(tt.text), tt.j)
			assert.Equal(t, tt.want, got, "got %v, want %v", got, tt.want)
		})
	}
}
