package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/intelgraph/intelgraph/schema"
)

// TestVictimList checks that each name a list of victims gives ("its victims include A, B and
// C", "Among those targeted were A") is the target of a deed of its own (victimList), by the
// owner of the victim noun or the group named around it, of the type the sentence names; and
// that a list after another noun, a place or a workplace of a listed victim is no victim.
func TestVictimList(t *testing.T) {
	const lead = "The hacking group Grey Brigade has been active since 2021, the agency said. "
	checkPartiesCases(t, "2025-06-10", schema.EventIntrusion, []partiesCase{
		{"first of three", lead + "Its confirmed victims include Orvane Bank, Norland's Ministry of Energy and a unit of Tallis Insurance.",
			"grey-brigade", "orvane-bank", true},
		{"owned body", lead + "Its confirmed victims include Orvane Bank, Norland's Ministry of Energy and a unit of Tallis Insurance.",
			"grey-brigade", "ministry-of-energy", true},
		{"body after of", lead + "Its confirmed victims include Orvane Bank, Norland's Ministry of Energy and a unit of Tallis Insurance.",
			"grey-brigade", "tallis-insurance", true},
		{"owner of the noun", "Ashen Pike's other targets have included the Velmora Port Authority, the report said.",
			"ashen-pike", "velmora-port-authority", true},
		{"victims of the group", "The victims of Ashen Pike included Kessan Freight and Orvane Bank, according to the report.",
			"ashen-pike", "kessan-freight", true},
		{"among those targeted", lead + "Among those targeted, the agency said, were Mara Vell, an editor at the Daily Lantern, and two aides.",
			"grey-brigade", "mara-vell", true},
		{"a workplace is no victim", lead + "Among those targeted, the agency said, were Mara Vell, an editor at the Daily Lantern, and two aides.",
			"", "daily-lantern", false},
		{"a place is no victim", lead + "Among those targeted were reporters in Kessia and Vorland, including Ana Brill.",
			"", "vorland", false},
		{"named after a place", lead + "Among those targeted were reporters in Kessia and Vorland, including Ana Brill.",
			"grey-brigade", "ana-brill", true},
		{"tools are no victims", lead + "Its tools include Velvet Loader and Orvane Bank's stolen certificates.",
			"", "orvane-bank", false},
		{"members are no victims", lead + "Its members include Ivan Dorn and Pavel Rusk.",
			"", "ivan-dorn", false},
	})
	checkPartiesCases(t, "2025-06-10", schema.EventAttack, []partiesCase{
		{"a ransomware gang's victims", "Victims of the Ashen Pike ransomware include Kessan Freight and Orvane Bank.",
			"ashen-pike", "orvane-bank", true},
	})
}

// TestVictimListEachOwnDeed checks that a list of three victims gives three deeds, one a
// victim, not one deed on all three.
func TestVictimListEachOwnDeed(t *testing.T) {
	g := extractText(t, "2025-06-10", "The hacking group Grey Brigade has been active since 2021. Its victims include Orvane Bank, Kessan Freight and Tallis Insurance.")
	n := 0
	for _, e := range g.Events {
		if e.Type != schema.EventIntrusion {
			continue
		}
		targets := 0
		for _, p := range e.Participants {
			if p.Role == schema.RoleTarget {
				targets++
			}
		}
		assert.Equal(t, 1, targets, eventsString(g))
		n++
	}
	assert.Equal(t, 3, n, eventsString(g))
}

// TestListedTimes checks that a deed a victim list tells takes the time of the incident told
// before it that left its victims unnamed (listedTimes), and that the list's verb in the
// present does not date it to the day of writing.
func TestListedTimes(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"the incident before", "The phones of nine reporters were infected with spyware in March 2024, the lab said. Among those targeted were Mara Vell and Ana Brill.", "2024-03"},
		{"no incident before", "The lab published its findings on the spyware. Among those targeted were Mara Vell and Ana Brill.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-06-10", tt.body)
			got := ""
			for _, e := range g.Events {
				if hasParticipant(e, "mara-vell", schema.RoleTarget) {
					got = e.Time.Value
				}
			}
			assert.Equal(t, tt.want, got, eventsString(g))
		})
	}
}
