package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIdentifiedCulprit checks that naming someone as the doer with "identified" or "named"
// accuses them: the name after "as" when the object only describes the doers ("identified the
// perpetrators as Y", "identified the hackers as members of Y"), the object when the "as"
// phrase gives it a part in the deed or in spying ("named Y as the group behind …", "named Y,
// …, as an officer of Z's intelligence service"); and that naming someone to a post, a victim or
// a flaw accuses no one.
func TestIdentifiedCulprit(t *testing.T) {
	checkAccusations(t, []accusationCase{
		{"perpetrators as a name", "The FBI identified the perpetrators as Ferrous Crane.", "federal-bureau-of-investigation", "ferrous-crane"},
		{"attackers as a name, day after", "Britain's National Cyber Security Centre identified the attackers as Ferrous Crane on Tuesday.", "national-cyber-security-centre", "ferrous-crane"},
		{"group behind as a name, fronted day", "The FBI on Monday identified the group behind the theft as Jade Kettle.", "federal-bureau-of-investigation", "jade-kettle"},
		{"hackers as members of", "Molvan Labs identified the hackers as members of Ferrous Crane.", "molvan-labs", "ferrous-crane"},
		{"named as the group behind", "Molvan Labs named Ferrous Crane as the group behind the attack on Kestrel Bank.", "molvan-labs", "ferrous-crane"},
		{"identified as responsible", "The Treasury Department on Tuesday identified Ferrous Crane as responsible for the breach.", "treasury-department", "ferrous-crane"},
		{"named with an apposition as an officer", "Norway's foreign ministry named Ivan Dorokhin, a second secretary at the Russian embassy, as an officer of Russia's foreign intelligence service.", "norwegian-foreign-ministry", "ivan-dorokhin"},
		{"named to a post", "Kestrel Bank named Ivo Marsh as its new chief executive.", "", ""},
		{"identified a person", "Prosecutors identified the man as Ivo Marsh, a 34-year-old engineer.", "", ""},
		{"identified victims", "The FBI identified the victims as employees of Kestrel Bank.", "", ""},
	})
}

// TestIdentifiedJoinsBlame checks that an accuser who blames one and identifies the perpetrators
// as another in one sentence makes one accusation of both.
func TestIdentifiedJoinsBlame(t *testing.T) {
	g := extractText(t, "2025-11-20", "The SBU blamed Russia and identified the perpetrators as Sandworm.")
	assert.Equal(t, 1, countEvents(g, schema.EventAccusation), "got %s, want one accusation", eventsString(g))
	ev := findEvent(g, schema.EventAccusation, "", "sandworm")
	require.NotNil(t, ev, "got %s", eventsString(g))
	assert.True(t, hasParticipant(*ev, "russia", schema.RoleTarget), "got %s, want Russia accused too", eventsString(g))
}
