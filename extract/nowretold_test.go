package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/schema"
)

// TestNowRetold checks that an act told again in the present perfect, which dates it only by
// the day of publication ("X has denied …", "X has opened an investigation"), folds into the
// same act told with a date of the text no later than that day (nowRetold), taking that date,
// and that an act the text dates further back stays apart, as do one naming other objects
// (retoldParties) and a deed in the simple present (presentRetells); a saying in the present
// folds into the dated saying to a hearer, keeping the hearer. A denial so told takes the day
// of the words of the denier's spokesperson in the next sentence (toldLater).
func TestNowRetold(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		actor      string
		want       int // events of the type with actor as agent
		time       string
		target     string // the target the one event keeps, when set
	}{
		{"a denial retold in the present perfect",
			"Orbis Freight denied on Tuesday that its servers had been breached. Investigators at Kestrel Labs said the intruders used a stolen password. Orbis Freight has denied that any customer data was taken.",
			schema.EventDenial, "orbis-freight", 1, "2026-03-10", ""},
		{"an investigation opened in the lede and told with its day later",
			"The Norland data watchdog has opened an investigation into Orbis Freight over the theft of customer records. The Norland data watchdog said on Monday that it had launched an investigation into Orbis Freight.",
			schema.EventLegal, "norland", 1, "2026-03-09", ""},
		{"a denial in the present perfect whose words come dated next",
			"Orbis Freight has rejected any suggestion that its network was breached. \"Our systems were not compromised,\" said Mira Voss, a spokesperson for the company, in a statement on Tuesday.",
			schema.EventDenial, "orbis-freight", 1, "2026-03-10", ""},
		{"a denial the text dates years back is another",
			"Orbis Freight denied in 2019 that it had paid a ransom. Kestrel Labs said the intruders used a stolen password. Orbis Freight has denied that any customer data was taken.",
			schema.EventDenial, "orbis-freight", 2, "", ""},
		{"a release naming no object of the patch retold is another",
			"Orbis Soft has patched two critical flaws in Harbor Mail, its email server. Analysts at Kestrel Labs said the flaws were serious. On Tuesday, Orbis Soft released patches for dozens of other bugs.",
			schema.EventOther, "orbis-soft", 2, "", ""},
		{"a document's charge in the simple present is no charge retold",
			"The Velden Justice Ministry charged Tomas Reyl on Tuesday. Reyl's lawyer said he would plead not guilty. The indictment charges him with selling state secrets.",
			schema.EventLegal, "velden-justice-ministry", 2, "", ""},
		{"a saying in the present and a dated saying to a hearer are one statement",
			"Orbis Freight says it is aware of the fake invoices carrying its name. \"We are looking into this carefully,\" Orbis Freight told the Harbor Ledger on Tuesday.",
			schema.EventStatement, "orbis-freight", 1, "2026-03-10", "harbor-ledger"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2026-03-13", tt.body)
			require.Equal(t, tt.want, countEventsWith(g, tt.typ, tt.actor, schema.RoleAgent), "got %s", eventsString(g))
			if tt.want == 1 {
				ev := findEvent(g, tt.typ, tt.actor, tt.target)
				require.NotNil(t, ev, "got %s", eventsString(g))
				assert.Equal(t, tt.time, ev.Time.Value, "got %s", eventsString(g))
			}
		})
	}
}
