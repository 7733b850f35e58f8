package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/intelgraph/intelgraph/schema"
)

// TestOneVoice checks that one speaker's sayings on one day, far apart in the story, are one
// statement even when the later one, told to no one, is about another party ("X told the
// committee on Tuesday …. … X said on Tuesday that Y …"), and that a later saying with no time
// of its own ("“…,” X said") goes on with the speaker's saying of the day told before it, as
// does a saying of that day to a hearer after a saying to no one; a saying of another day, or
// one after a saying dated only to a month, stays apart.
func TestOneVoice(t *testing.T) {
	// filler tells of other things for ten sentences between the sayings
	filler := strings.Join([]string{
		"Hackers locked up the servers of Harrow Bank in March.",
		"The bank paid a ransom of $2 million.",
		"Kestrel Labs said the gang had used a stolen password.",
		"Harrow Bank restored its systems in April.",
		"The agency issued an alert in May.",
		"Orbis Freight was hit by the same gang in June.",
		"Orbis Freight did not pay.",
		"Police in Velmora arrested two men in July.",
		"Orbis Freight rebuilt its network.",
		"Its staff went back to paper records.",
	}, " ")
	told := `Dana Reyes, a deputy director at the Federal Bureau of Investigation, spoke at a Senate hearing on Tuesday. "They operate with a wink," Reyes told the Senate Intelligence Committee. `
	tests := []struct {
		name, body string
		want       int
	}{
		{"a saying on the day about another party", told + filler + " Reyes said on Tuesday that Velmora shelters the gangs.", 1},
		{"a saying on another day", told + filler + " Reyes said on Monday that Velmora shelters the gangs.", 2},
		{"a saying to a hearer on the day of a saying to no one",
			"Dana Reyes of the Federal Bureau of Investigation said on Tuesday that ransomware gangs act with impunity. " + filler + ` "They operate with a wink," Reyes told the Senate Intelligence Committee on Tuesday.`, 1},
		{"a saying to a hearer on another day",
			"Dana Reyes of the Federal Bureau of Investigation said on Tuesday that ransomware gangs act with impunity. " + filler + ` "They operate with a wink," Reyes told the Senate Intelligence Committee on Monday.`, 2},
		{"a quote with no time after the day's saying",
			"Dana Reyes of the Federal Bureau of Investigation said on Tuesday that Velmora shelters the gangs. " + filler + ` "The brand goes away," Reyes said.`, 1},
		{"a quote with no time after a saying of a month",
			"Dana Reyes of the Federal Bureau of Investigation said in February that Velmora shelters the gangs. " + filler + ` "The brand goes away," Reyes said.`, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-03-11", tt.body)
			assert.Equal(t, tt.want, countEventsWith(g, schema.EventStatement, "dana-reyes", schema.RoleAgent), "got %s", eventsString(g))
		})
	}
}
