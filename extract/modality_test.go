package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestModality checks that generic and modal statements are marked hypothetical and plain
// past events are not (a deed a frequency adverb makes a rule is none: TestTriggerSenses).
func TestModality(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		modality   string
	}{
		{"bare plural subject", "Criminal hackers steal passwords from Brightwater Labs customers.", schema.EventTheft, "hypothetical"},
		{"could allow attackers to", "The flaw could allow remote attackers to steal data from Brightwater Labs.", schema.EventTheft, "hypothetical"},
		{"may be exploited to", "The bug may be exploited to hack Brightwater Labs.", schema.EventIntrusion, "hypothetical"},
		{"may have been", "Brightwater Labs may have been hacked by Grey Heron.", schema.EventIntrusion, "hypothetical"},
		{"plain past", "Grey Heron attacked Brightwater Labs in March.", schema.EventAttack, ""},
		{"the month May before the deed", "In May the Grey Heron gang hit Brightwater Labs with ransomware.", schema.EventAttack, ""},
		{"a modal may after a name", "Officials said Grey Heron may attack Brightwater Labs again.", schema.EventAttack, "hypothetical"},
		{"present, named subject", "Grey Heron infiltrates Brightwater Labs through a VPN appliance.", schema.EventIntrusion, ""},
		{"determiner subject", "The hackers steal passwords from Brightwater Labs customers.", schema.EventTheft, ""},
		{"planning a deed noun", "Police arrested two men on suspicion of planning sabotage attacks on Brightwater Labs.", schema.EventAttack, "future"},
		{"plotting a deed noun", "The Red Dawn Front was plotting bomb attacks on Brightwater Labs, police said.", schema.EventAttack, "future"},
		{"a definite deed planned", "Tomas Relli planned the attack on Brightwater Labs for months.", schema.EventAttack, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			var got *string
			for i := range g.Events {
				if g.Events[i].Type == tt.typ {
					got = &g.Events[i].Modality
					break
				}
			}
			require.NotNil(t, got, "no %s event in %s", tt.typ, eventsString(g))
			assert.Equal(t, tt.modality, *got, eventsString(g))
		})
	}
}

// TestUrgedToAct checks that what someone is urged or asked to do ("urged X to notify Y",
// "called on X to notify Y", "asked X to publish a report and to notify Y") or needs to do
// ("X needed to notify Y"), or is required to do ("a bill would require X to report breaches
// to Y") is no warning given, while the same act told as done is one.
func TestUrgedToAct(t *testing.T) {
	checkEventRules(t, "2026-03-12", []eventCase{
		{"urged to notify", "Marta Lind urged the Dorsk Ministry of Health to notify Harrow Bank.",
			schema.EventWarning, "dorsk-ministry-of-health", "harrow-bank", false},
		{"called on to notify", "Marta Lind called on the Dorsk Ministry of Health to notify Harrow Bank.",
			schema.EventWarning, "dorsk-ministry-of-health", "harrow-bank", false},
		{"a second infinitive after and", "Marta Lind asked the Dorsk Ministry of Health to publish a full report and to notify Harrow Bank.",
			schema.EventWarning, "dorsk-ministry-of-health", "harrow-bank", false},
		{"needed to notify", "Marta Lind said the Dorsk Ministry of Health needed to notify Harrow Bank within days.",
			schema.EventWarning, "dorsk-ministry-of-health", "harrow-bank", false},
		{"required to report, a bill", "A bill filed in the Velm Assembly in May would require defence suppliers to report breaches to the Norland Security Authority.",
			schema.EventWarning, "", "norland-security-authority", false},
		{"requires to notify, a rule", "The Velm rule requires the Dorsk Ministry of Health to notify Harrow Bank within a day.",
			schema.EventWarning, "", "harrow-bank", false},
		{"done", "The Dorsk Ministry of Health notified Harrow Bank on Monday.",
			schema.EventWarning, "dorsk-ministry-of-health", "harrow-bank", true},
		{"called, no urging", "Marta Lind called the Dorsk Ministry of Health to notify Harrow Bank.",
			schema.EventWarning, "", "harrow-bank", true},
		{"a purpose of one's own", "The Dorsk Ministry of Health wrote to the hospitals on Monday to warn Harrow Bank.",
			schema.EventWarning, "dorsk-ministry-of-health", "harrow-bank", true},
		{"urged, a day between the one urged and the infinitive", "The Dorsk Ministry of Health urged Harrow Bank on Monday to reset every password.",
			schema.EventWarning, "dorsk-ministry-of-health", "harrow-bank", true},
		{"asked, a relative time between", "The Dorsk Ministry of Health asked the Velm Council last week to review its logs.",
			schema.EventWarning, "dorsk-ministry-of-health", "velm-council", true},
		{"advised, a month between", "Marta Lind advised Harrow Bank in March to move its backups offline.",
			schema.EventWarning, "marta-lind", "harrow-bank", true},
		{"deeds one is urged to report are no group's", "A group called the Kestrel Crew has scanned water plants. The Dorsk Water Board issued guidance in May urging operators to report intrusions within a day.",
			schema.EventIntrusion, "kestrel-crew", "", false},
		{"deeds one is asked to report, no guidance", "A group called the Kestrel Crew has scanned water plants. The Dorsk Water Board asked operators to report attacks at once.",
			schema.EventAttack, "kestrel-crew", "", false},
		{"a deed done stays the group's", "A group called the Kestrel Crew has scanned water plants. Operators reported intrusions at the Dorsk Water Board in May.",
			schema.EventIntrusion, "kestrel-crew", "", true},
	})
}
