package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLastWeekDays checks that a deed told "last week" and then again with a bare weekday
// (lastWeekDays) takes that weekday of last week, not the day of writing or a day of the week
// of writing, while a saying on a weekday and a deed on another victim keep their days.
func TestLastWeekDays(t *testing.T) {
	for _, tt := range []struct{ name, published, body, typ, agent, target, want string }{
		{"written on the weekday itself, clock time", "2023-03-13",
			"A destructive cyberattack that erased the servers of Kellner Chemie last week was carried out by a group linked to Russia, researchers said.\n\nThe attack on Kellner Chemie began shortly after 7 a.m. on Monday, when workers found their screens blank.",
			"attack", "", "kellner-chemie", "2023-03-06"},
		{"a weekday earlier in the week of writing", "2023-03-15",
			"A ransomware attack on the Tamsin County courts last week was the work of a gang linked to Russia, officials said.\n\nThe attack began on Monday, when clerks found their files locked.",
			"attack", "", "tamsin-county", "2023-03-06"},
		{"a theft with a trailing saying", "2023-03-15",
			"A hacking group stole the records of Pellam College last week. The theft took place on Monday night, the college said on Tuesday.",
			"theft", "", "pellam-college", "2023-03-06"},
		{"an intrusion named again by its noun", "2023-03-13",
			"Hackers broke into the network of Dorval Freight last week, the company said on Monday. The intrusion began on Monday night, when an engineer opened a poisoned file.",
			"intrusion", "", "dorval-freight", "2023-03-06"},
		{"a saying keeps the week of writing", "2023-03-15",
			"Hackers hit Brask Telecom last week. Brask said on Monday that it had restored service.",
			"statement", "Brask Telecom", "", "2023-03-13"},
		{"a second deed of the same kind keeps its day", "2023-03-15",
			"A ransomware attack hit Orrin Savings last week, the bank said.\n\nA second ransomware attack hit the bank on Monday and froze its card payments, officials said.",
			"attack", "", "orrin-savings", "2023-03-13"},
		{"a new deed keeps its day", "2023-03-15",
			"Intruders broke into the network of Vell Logistics last week.\n\nA new intrusion at Vell Logistics began on Monday, the firm said.",
			"intrusion", "", "vell-logistics", "2023-03-13"},
		{"another victim keeps its day", "2023-03-15",
			"Hackers broke into Rolle Bank last week. On Monday, the hackers attacked Quist Insurance.",
			"attack", "", "quist-insurance", "2023-03-13"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, tt.published, tt.body)
			ev := findEvent(g, schema.EventType(tt.typ), actorIDByName(t, g, tt.agent), tt.target)
			require.NotNil(t, ev, "no %s against %s in %s", tt.typ, tt.target, eventsString(g))
			assert.Equal(t, tt.want, ev.Time.Value, "got %s, want %s", ev.Time.Value, tt.want)
		})
	}
}
