package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestKinTimes checks that a definite incident noun of another kind than the deed told before
// it ("stole the data … The breach occurred on …") dates that deed, unless it tells only when
// an incident of another family began, and that a report's day in a long aside set off by
// commas does not date the definite noun before it.
func TestKinTimes(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a breach re-mentioning a theft told in a saying dates it", "2025-11-20",
			"Officials at Fenwick University said on Friday that hackers had stolen the personal data of 30,000 students. The breach occurred on November 6, the university said.",
			schema.EventTheft, "hackers", "", "2025-11-06"},
		{"an attack re-mentioning a theft gives its day within the theft's week", "2025-11-20",
			"Tallow Mutual said on Monday that hackers stole customer data in an attack last week. The attack took place on November 11, Tallow Mutual said.",
			schema.EventTheft, "hackers", "", "2025-11-11"},
		{"a hack re-mentioning an undated theft by a named crew dates it", "2025-06-13",
			"The Rook Syndicate stole $12 million from Quarry Pay, the payments firm said. The hack happened on June 2.",
			schema.EventTheft, "rook-syndicate", "", "2025-06-02"},
		{"a break-in told as beginning does not date a theft within it", "2025-03-13",
			"The Rook Syndicate stole $12 million from Quarry Pay, the payments firm said. The intrusion began on the evening of March 1.",
			schema.EventTheft, "rook-syndicate", "", ""},
		{"a conflicting day leaves the dated theft alone", "2025-06-13",
			"The Rook Syndicate stole $12 million from Quarry Pay on May 4. The attack happened on June 2.",
			schema.EventTheft, "rook-syndicate", "", "2025-05-04"},
		{"a report's day in a long aside does not date the incident noun before it", "2025-11-20",
			"A gang called Pale Wolf broke into Merrow Health. The breach, first reported by the news site Cyberwire on Monday, cost the company $12 million.",
			schema.EventIntrusion, "pale-wolf", "merrow-health", ""},
		{"nor does a day in a long aside a plain past participle opens", "2025-11-20",
			"A gang called Pale Wolf broke into Merrow Health. The breach, disclosed by the hospital group's parent company Dunmore Care on Monday, cost millions.",
			schema.EventIntrusion, "pale-wolf", "merrow-health", ""},
	}, false)
}

// TestAsideReportDay checks that no deed takes the day of a report told in an aside after a
// definite incident noun, however long the aside's teller.
func TestAsideReportDay(t *testing.T) {
	tests := []struct {
		name, body, day string
	}{
		{"a news site with a description", "Merrow Health is still recovering from the 2023 attack on its hospitals, executives said on Wednesday. In that attack, a criminal gang known as Pale Wolf encrypted patient records at Merrow Health in May 2023. The hack, first reported by the news site Cyberwire on Monday, cost the company $12 million.", "2025-11-17"},
		{"a blog named after its kind", "Grey Marten hit Ostrava Savings Bank last year. The intrusion, first disclosed by the security blog Packet Line Weekly on Tuesday, exposed card numbers.", "2025-11-18"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			for _, e := range g.Events {
				if familyOf(e.Type) != 0 {
					assert.NotEqual(t, tt.day, e.Time.Value, "got a deed on the report's day, want none: %s", eventsString(g))
				}
			}
		})
	}
}

// TestMonthModifierTimes checks that "the March attack", "the May breach" date the incident
// they name, though "March" and "May" are also common words.
func TestMonthModifierTimes(t *testing.T) {
	checkTimes(t, []timeCase{
		{"the March attack", "2025-11-20",
			"Aldgate Supply said on Monday that the March attack by Sand Viper had cost it $3 million.",
			schema.EventAttack, "sand-viper", "", "2025-03"},
		{"the May breach", "2025-11-20",
			"Grey Marten broke into Orvik Freight. The May breach exposed the data of 5,000 drivers.",
			schema.EventIntrusion, "grey-marten", "orvik-freight", "2025-05"},
	}, false)
}

// TestResumedSubjectTimes checks that a definite incident noun opening its sentence, with a
// relative clause set off by commas before its verb, takes the time the resumed main clause
// gives it, not the relative clause's, and dates the deed told before it.
func TestResumedSubjectTimes(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a disclosure in the relative clause, a month in the main clause", "2025-11-20",
			"Cyber criminals stole the records of 4 million patients from Saltmarsh Health. The theft, which the company disclosed on Monday, began in late April.",
			schema.EventTheft, "", "saltmarsh-health", "2025-04"},
		{"a finding in the relative clause, an earlier day in the main clause", "2025-11-20",
			"Cyber criminals stole the records of 4 million patients from Saltmarsh Health. The theft, which Saltmarsh Health discovered on October 30, began on October 12.",
			schema.EventTheft, "", "saltmarsh-health", "2025-10-12"},
		{"a finding in the relative clause alone does not date the deed told before", "2025-11-20",
			"Cyber criminals stole the records of 4 million patients from Saltmarsh Health. The theft, which the company discovered on Monday, cost it millions.",
			schema.EventTheft, "", "saltmarsh-health", ""},
		{"a beginning of another family's incident after a relative clause does not date a theft", "2025-11-20",
			"Cyber criminals stole the records of 4 million patients from Saltmarsh Health. The attack, which the bank disclosed on Monday, began in late April.",
			schema.EventTheft, "", "saltmarsh-health", ""},
	}, false)
}

// TestPassiveDoerDay checks that a day after the doer of a passive deed ("was hit by hackers on
// March 11") is the past one, not the one ahead of the publication date.
func TestPassiveDoerDay(t *testing.T) {
	checkTimes(t, []timeCase{
		{"hit by a named gang", "2025-11-20", "Ferris County was hit by the Ash Moth gang on March 11.",
			schema.EventAttack, "ash-moth", "ferris-county", "2025-03-11"},
		{"breached by a named crew", "2025-11-20", "Orvik Freight was breached by Grey Marten on March 3.",
			schema.EventIntrusion, "grey-marten", "orvik-freight", "2025-03-03"},
	}, false)
}

// TestRetoldDeedFolds checks that a deed told again in a saying, with no time of its own or
// only the saying's day, is the deed told before on the same victim: one event, dated as first
// told; a deed with another doer, or told before a saying about a later day, stays apart.
func TestRetoldDeedFolds(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		target     string
		want       []string // the times of the events of typ against target
	}{
		{"a confirmation on a later day", "Ferris County was hit by ransomware on March 11. Ferris County confirmed on Monday that it had been hit by ransomware.",
			schema.EventAttack, "ferris-county", []string{"2025-03-11"}},
		{"a confirmation a week later", "Parents sued the Brookdale School District on Tuesday over a data breach. The attack on Brookdale began on March 11, when staff found that their laptops had stopped working. The district confirmed a week later that it had been hit by ransomware.",
			schema.EventAttack, "brookdale-school-district", []string{"2025-03-11"}},
		{"a second attack by another doer stays apart", "The Ash Moth gang attacked Ferris County on March 11. Ferris County said on Monday that Grey Marten had attacked it.",
			schema.EventAttack, "ferris-county", []string{"2025-03-11", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			var got []string
			for _, e := range g.Events {
				if e.Type == tt.typ && hasParticipant(e, tt.target, schema.RoleTarget) {
					got = append(got, e.Time.Value)
				}
			}
			assert.ElementsMatch(t, tt.want, got, "got %v, want %v: %s", got, tt.want, eventsString(g))
		})
	}
}
