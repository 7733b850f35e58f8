package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// kindCase is one body published on 2024-06-10 with an actor it must give and that actor's kind.
type kindCase struct {
	name, body, actor string
	want              schema.ActorKind
}

// checkKinds extracts each case's body and checks that its actor has the kind wanted.
func checkKinds(t *testing.T, tests []kindCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			a := actorByName(g, tt.actor)
			require.NotNil(t, a, "no actor %q in %v", tt.actor, names(g))
			assert.Equal(t, tt.want, a.Kind, "got %s, want %s", a.Kind, tt.want)
		})
	}
}

// TestFirmWordNotPerson checks that a two- or three-word name ending in a word only a business
// or a body takes ("Financial", "Associates", "Response") or opening with "Universities" is an
// organisation, not a person, even when it speaks ("X said"), so that "the company" and "it"
// can take it up.
func TestFirmWordNotPerson(t *testing.T) {
	tests := []kindCase{
		{"ends in Financial", "Harwick Financial said on Monday that hackers had stolen customer records.",
			"Harwick Financial", schema.KindOrganization},
		{"ends in Associates", "Tamsin Dental Associates said on Monday that its servers had been encrypted.",
			"Tamsin Dental Associates", schema.KindOrganization},
		{"ends in Incident Response", "Brill Incident Response said on Monday that the intruders had used stolen passwords.",
			"Brill Incident Response", schema.KindOrganization},
		{"opens with Universities", "The agency wrote to Universities Hallberg in April, and Universities Hallberg said on Monday that its members had been warned.",
			"Universities Hallberg", schema.KindOrganization},
		{"a person's name still a person", "Harriet Brill said on Monday that hackers had stolen customer records.",
			"Harriet Brill", schema.KindPerson},
	}
	checkKinds(t, tests)
}

// TestFirmWordTakesDescription checks that "the company" goes back to a speaking name ending
// in a business word rather than to another firm named earlier.
func TestFirmWordTakesDescription(t *testing.T) {
	checkEventRules(t, "2024-06-10", []eventCase{
		{"the company is the Financial firm", "Orlen Labs published a report on Monday. Harwick Financial said on Tuesday that a contractor had copied its source code. The company said it had notified the FBI.",
			schema.EventWarning, "harwick-financial", "federal-bureau-of-investigation", true},
		{"not the firm named before it", "Orlen Labs published a report on Monday. Harwick Financial said on Tuesday that a contractor had copied its source code. The company said it had notified the FBI.",
			schema.EventWarning, "orlen-labs", "federal-bureau-of-investigation", false},
	})
}
