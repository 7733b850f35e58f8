package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

// TestVictimSameDay checks that a victim's notice "the same day", told after a later incident
// dated only to its month, takes the day of the victim's own incident; that a victim whose own
// incident has only a month keeps the month; and that a month told in the notice's own
// sentence stays the notice's.
func TestVictimSameDay(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent      string
		want       string
	}{
		{"reported, trailing phrase",
			"Prosecutors allege the Vantor crew locked the computers of the Elmbrook Medical Center on March 4, 2021, and in July of that year attacked the Kessling Water Authority.\n\nThe water authority paid, the filings say.\n\nThe Elmbrook Medical Center reported the attack to the FBI the same day, and agents followed the money.",
			schema.EventWarning, "Elmbrook Medical Center", "2021-03-04"},
		{"fronted phrase",
			"Prosecutors say the Vantor crew locked the computers of the Elmbrook Medical Center on March 4, 2021, and in July of that year broke into the Kessling Water Authority.\n\nThe same day, the Elmbrook Medical Center notified the FBI.",
			schema.EventWarning, "Elmbrook Medical Center", "2021-03-04"},
		{"that same day",
			"The Vantor crew encrypted the servers of Harlow Bank on Oct. 12, 2020. In December of that year the gang hit the Pellam Hospital.\n\nHarlow Bank alerted the Federal Bureau of Investigation that same day, according to court papers.",
			schema.EventWarning, "Harlow Bank", "2020-10-12"},
		{"passive, the victim as agent",
			"Hackers from the Vantor crew breached Corrin Airlines on June 2, 2021. In August of that year they leaked files from Tessel Motors.\n\nThe attack was reported to the FBI by Corrin Airlines the same day.",
			schema.EventReport, "Corrin Airlines", "2021-06-02"},
		{"the victim's incident has only a month",
			"Hackers stole files from Dunmore Logistics on Sept. 3, 2019, prosecutors say. In November of that year the same hackers attacked Ravel Insurance.\n\nInvestigators at Ravel Insurance informed the National Cyber Security Centre the same day.",
			schema.EventWarning, "Ravel Insurance", "2019-11"},
		{"the victim's own event in the month keeps the month",
			"The Vantor crew locked the servers of Harlow Bank on March 4, 2021.\n\nIn July of that year, the Federal Bureau of Investigation warned Harlow Bank about a second intrusion.\n\nHarlow Bank alerted its customers the same day, according to court papers.",
			schema.EventWarning, "Harlow Bank", "2021-07"},
		{"no earlier day for the victim",
			"In July 2021, the Vantor crew attacked the Kessling Water Authority. The authority reported the attack to the FBI the same day.",
			schema.EventWarning, "Kessling Water Authority", "2021-07"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2022-06-10", tt.body)
			a := actorByName(g, tt.agent)
			require.NotNil(t, a, "no actor %q in %v", tt.agent, names(g))
			e := findEvent(g, tt.typ, a.ID, "")
			require.NotNil(t, e, eventsString(g))
			assert.Equal(t, tt.want, e.Time.Value, "got %s, want %s", e.Time.Value, tt.want)
		})
	}
}
