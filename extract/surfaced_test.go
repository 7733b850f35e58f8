package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

// TestSurfacedData checks that data turning up online are leaked: a verb of appearing with data
// or papers for its subject and a site, a forum, a channel or "online" after it is a leak by
// the site's owner of the data's owner ("the files appeared on X's leak site", "Y's payroll
// records surfaced on a hacking forum"), while people, groups and statements appearing
// somewhere, data whose owner and site no one names, and data of which none has appeared tell
// of none.
func TestSurfacedData(t *testing.T) {
	checkEventRules(t, "2024-05-10", []eventCase{
		{"files appear on the group's leak site after its break-in",
			"Moss Heron broke into Talvik Ports in March. The stolen files appeared on Moss Heron's leak site on Monday.",
			schema.EventLeak, "moss-heron", "talvik-ports", true},
		{"a fronted day, surfaced",
			"Moss Heron broke into Talvik Ports in March. On Monday, the payroll records surfaced on Moss Heron's leak site.",
			schema.EventLeak, "moss-heron", "talvik-ports", true},
		{"the owner in the possessive, a forum",
			"Talvik Ports said on Friday that its systems had been breached. Talvik Ports' payroll records appeared on a hacking forum on Monday.",
			schema.EventLeak, "", "talvik-ports", true},
		{"the owner after from, online, perfect",
			"Moss Heron broke into Talvik Ports in March. The internal memos from Talvik Ports have surfaced online.",
			schema.EventLeak, "", "talvik-ports", true},
		{"a name modifying the data, a channel",
			"Moss Heron broke into Talvik Ports in March. A second batch of Talvik Ports files appeared on an anonymous Telegram channel on May 2.",
			schema.EventLeak, "", "talvik-ports", true},
		{"no owner and no site owner named",
			"The files appeared on a hacking forum on Monday.",
			schema.EventLeak, "", "", false},
		{"none of the files has appeared",
			"Moss Heron broke into Talvik Ports in March. None of the files has so far appeared on Moss Heron's leak site.",
			schema.EventLeak, "", "", false},
		{"none of the files has been posted, in the passive",
			"Moss Heron broke into Talvik Ports in March. None of the stolen files has been posted on Moss Heron's leak site.",
			schema.EventLeak, "", "", false},
		{"a group first appearing on forums",
			"Moss Heron broke into Talvik Ports in March. Moss Heron first appeared on Russian-language forums in 2021.",
			schema.EventLeak, "", "", false},
		{"a person appearing on a channel",
			"Moss Heron broke into Talvik Ports in March. The chief executive of Talvik Ports appeared on a television channel on Monday.",
			schema.EventLeak, "", "", false},
		{"a statement appearing on a website",
			"Moss Heron broke into Talvik Ports in March. A statement appeared on Talvik Ports' website on Monday.",
			schema.EventLeak, "", "", false},
	})
}

// TestSurfacedUnreal checks that data that only could turn up online are a leak told as
// hypothetical, not done.
func TestSurfacedUnreal(t *testing.T) {
	g := extractText(t, "2024-05-10", "Moss Heron broke into Talvik Ports in March. The stolen files could appear on Moss Heron's leak site next week.")
	ev := findEvent(g, schema.EventLeak, "moss-heron", "")
	require.NotNil(t, ev, eventsString(g))
	assert.Equal(t, "hypothetical", ev.Modality, "got %q, want hypothetical", ev.Modality)
}
