package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/require"
)

// TestFrontSaid checks that a dated saying that one body is a front for another or works on
// its behalf ("said on Wednesday that Z was a front for Y", "said on Tuesday that the
// operators work on behalf of Y") is an accusation of that other on the saying's day, while an
// undated one stays a statement, and a saying in a relative clause on the object of an act
// ("sanctioned a company that it says served as a front for Y") accuses no one.
func TestFrontSaid(t *testing.T) {
	const lead = "The United States on Monday imposed sanctions on an Iranian company, Tavash Data, and two of its managers. "
	tests := []struct {
		name, body, accuser, accused, day string // day "" for no accusation
	}{
		{"was a front, that clause", "The Treasury Department said on Wednesday that Tavash Data was a front for Iran's Ministry of Intelligence.", "treasury-department", "irans-ministry-of-intelligence", "2025-11-19"},
		{"served as a front", "The State Department said on Friday that Tavash Data served as a front for the Revolutionary Guard.", "state-department", "islamic-revolutionary-guard-corps", "2025-11-14"},
		{"is in fact a front, fronted occasion", "In a statement on Wednesday, the Treasury Department said Tavash Data was in fact a front for Iran's Ministry of Intelligence.", "treasury-department", "irans-ministry-of-intelligence", "2025-11-19"},
		{"plural subject works on behalf of", "Korrin Labs said on Tuesday that the operators work on behalf of China's Ministry of State Security.", "korrin-labs", "ministry-of-state-security", "2025-11-18"},
		{"undated front", "The Treasury Department said Tavash Data was a front for Iran's Ministry of Intelligence.", "treasury-department", "irans-ministry-of-intelligence", ""},
		{"relative saying", "The United States on Wednesday sanctioned a Tehran company that it says served as a front for the Revolutionary Guard.", "united-states", "islamic-revolutionary-guard-corps", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", lead+tt.body)
			ev := findEvent(g, schema.EventAccusation, tt.accuser, tt.accused)
			if tt.day == "" {
				require.Nil(t, ev, "got %s, want no accusation by %s of %s", eventsString(g), tt.accuser, tt.accused)
				return
			}
			require.NotNil(t, ev, "got %s, want an accusation by %s of %s", eventsString(g), tt.accuser, tt.accused)
			require.Equal(t, tt.day, ev.Time.Value, "got %s, want the accusation on %s", eventsString(g), tt.day)
		})
	}
}
