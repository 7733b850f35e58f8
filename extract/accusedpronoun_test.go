package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestAccusedPronounDoer checks that the object pronoun of a participle of accusing set off
// after a clause ("…, accusing them of hacking X") is never that clause's subject: the deed
// charged is not the accuser's. A "them" after a clause whose object is plural people no name
// covers ("expelled three diplomats") stands for those, so the deed names no doer; one after a
// named object still takes it.
func TestAccusedPronounDoer(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		accuser    string // never the deed's agent
		agent      string // the deed's agent, "" when it has none
	}{
		{"sanctioned a firm and managers, them", "The Treasury Department on Tuesday imposed sanctions on a Moldovan software firm and two of its managers, accusing them of carrying out ransomware attacks against American hospitals.",
			schema.EventAttack, "treasury-department", ""},
		{"expelled diplomats, them", "Brakov Labs was named in May. Canada expelled three diplomats on Friday, accusing them of stealing research from a university laboratory.",
			schema.EventTheft, "canada", ""},
		{"arrested teenagers, them", "Police in Ostrava arrested four teenagers on Thursday, accusing them of hacking into a school district's servers.",
			schema.EventIntrusion, "police-in-ostrava", ""},
		{"sued engineers, them", "Norvale Telecom sued three former engineers last week, accusing them of stealing trade secrets.",
			schema.EventTheft, "norvale-telecom", ""},
		{"sanctioned a named firm, it", "The European Union on Monday sanctioned Brakov Labs, accusing it of breaking into the networks of several ministries.",
			schema.EventIntrusion, "european-union", "brakov-labs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.Zero(t, countEventsWith(g, tt.typ, tt.accuser, schema.RoleAgent), "got %s, want no %s by %s", eventsString(g), tt.typ, tt.accuser)
			if tt.agent != "" {
				assert.NotNil(t, findEvent(g, tt.typ, tt.agent, ""), "got %s, want %s by %s", eventsString(g), tt.typ, tt.agent)
			}
		})
	}
}
