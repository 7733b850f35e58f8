package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// roleOf returns the actors of the event with trigger lemma trig that take role r.
func roleOf(g *graph.Graph, trig string, r schema.Role) ([]string, bool) {
	for _, ev := range g.Events {
		if ev.Trigger != trig {
			continue
		}
		var ids []string
		for _, p := range ev.Participants {
			if p.Role == r {
				ids = append(ids, p.Actor)
			}
		}
		return ids, true
	}
	return nil, false
}

// triggerRole is one row of a table checkSoleActor runs: the body written on 2025-11-20 gives an
// event with trigger lemma trig whose only actor in the table's role is want.
type triggerRole struct {
	name, body, trig, want string
}

// checkSoleActor runs a triggerRole table for role r.
func checkSoleActor(t *testing.T, r schema.Role, tests []triggerRole) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			got, ok := roleOf(g, tt.trig, r)
			require.True(t, ok, "no %s event in %v", tt.trig, g.Events)
			assert.Equal(t, []string{tt.want}, got, "%s of %s: got %v, want %s", r, tt.trig, got, tt.want)
		})
	}
}

// TestStepPatient checks that a subject pronoun a step against someone is done to ("He was
// sentenced in June") takes up the one the step before was done to, not its doer.
func TestStepPatient(t *testing.T) {
	checkSoleActor(t, schema.RoleTarget, []triggerRole{
		{"convicted by a titled judge, then sentenced",
			"In May, Judge Ana Ferro convicted Luka Petrov. He was sentenced to six years in June.", "sentence", "luka-petrov"},
		{"charged by a prosecutor, then arrested",
			"Prosecutor Mira Quell charged Tomas Vend with fraud in March. He was arrested in April.", "arrest", "tomas-vend"},
		{"passive first step with the doer after by",
			"David Vend was charged by prosecutor John Quell in March. He was arrested in April.", "arrest", "david-vend"},
		{"an aside between the name and the passive",
			"Oren Talvik, a former contractor, was indicted by Prosecutor Sara Holt in March. He was extradited to Norland in July.", "extradite", "oren-talvik"},
		{"an adverb before the participle",
			"Judge Helen Marsh convicted Jonas Vilk in March. He was later sentenced to eight years.", "sentence", "jonas-vilk"},
		{"she after a woman acted on by a man",
			"Detective Karl Boden arrested Sela Marrow in Harwick on Monday. She was charged with theft on Tuesday.", "charge", "sela-marrow"},
	})
}

// TestUnnamedSpeakersSay checks that "they" after a plural noun's "said" is those speakers,
// not a group or body named before: the step it does gets no named doer.
func TestUnnamedSpeakersSay(t *testing.T) {
	tests := []struct {
		name, body, trig, notAgent string
	}{
		{"officials said they had arrested",
			"Rook Spider, a ransomware gang, breached Halvern Port in March. Officials said they had arrested two suspects in April.", "arrest", "halvern-port"},
		{"investigators said that they had detained",
			"Ash Moth hackers broke into Corran Power. Investigators also said that they had detained a courier in May.", "detain", "ash-moth"},
		{"officials said they may sanction",
			"The Velvet Finch group attacked three banks. Officials said they may sanction the group.", "sanction", "velvet-finch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			got, _ := roleOf(g, tt.trig, schema.RoleAgent)
			assert.NotContains(t, got, tt.notAgent, "agent of %s: got %v, want not %s", tt.trig, got, tt.notAgent)
		})
	}
}

// TestTheyTakeDescribed checks that a "they" opening its sentence or what is said takes up the
// described plural doers before it ("hackers"), not the company that told of them.
func TestTheyTakeDescribed(t *testing.T) {
	checkSoleActor(t, schema.RoleAgent, []triggerRole{
		{"a company said hackers had stolen, they encrypted",
			"Dunmere Savings said hackers had stolen customer data. They also encrypted its servers.", "encrypt", "hackers"},
		{"intruders told of in a statement, they wiped",
			"Pellow Robotics said in a statement that intruders stole design files in April. They also wiped several backups.", "wipe", "intruders"},
		{"criminals disclosed, they demanded a ransom",
			"Ostry Care Group disclosed that criminals had accessed patient records. They demanded a ransom of $2 million.", "demand", "criminals"},
		{"they after the company's said",
			"Hackers breached Quarry Lane Payments in June. The company said they had stolen card numbers.", "steal", "hackers"},
		{"a second told clause after and that",
			"Ostra Mining Inc. said intruders accessed its network in April and that they exfiltrated geological data.", "exfiltrate", "intruders"},
	})
}
