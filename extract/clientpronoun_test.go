package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestClientPronoun checks that a pronoun after "her client" or "his client" in a lawyer's
// reported words stands for the client, the one whose lawyer the sentence names ("His lawyer,
// X, …", "Y's attorney, X, …"), not for the lawyer who speaks: the step against it ("since his
// arrest", "appeal his conviction") is taken against the client.
func TestClientPronoun(t *testing.T) {
	tests := []struct {
		name, body     string
		client, lawyer string
	}{
		{"his lawyer, her client, his arrest", "Tomas Brandl, 44, pleaded guilty on Tuesday to selling secrets. His lawyer, Maria Keller, said after the hearing that her client had cooperated with investigators since his arrest.",
			"tomas-brandl", "maria-keller"},
		{"named owner's attorney", "Tomas Brandl, 44, pleaded guilty on Tuesday to selling secrets. Brandl's attorney, Ruth Osei, said her client regretted his conduct and had been cooperating since his arrest in March.",
			"tomas-brandl", "ruth-osei"},
		{"his client, his conviction", "Tomas Brandl, 44, pleaded guilty on Tuesday to selling secrets. His lawyer, Peter Vance, said his client would appeal his conviction.",
			"tomas-brandl", "peter-vance"},
		{"her lawyer told reporters", "Anna Brandl, 44, pleaded guilty on Tuesday to selling secrets. Her lawyer, Peter Vance, told reporters that his client had been held since her arrest in May.",
			"anna-brandl", "peter-vance"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.Zero(t, countEventsWith(g, schema.EventLegal, tt.lawyer, schema.RoleTarget), "got %s, want no step against %s", eventsString(g), tt.lawyer)
			assert.Equal(t, 1, countEventsWith(g, schema.EventLegal, tt.client, schema.RoleTarget), "got %s, want the step against %s", eventsString(g), tt.client)
		})
	}
}
