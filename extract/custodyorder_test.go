package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCustodyOrder checks that a court or judge ordering a defendant kept held is a legal
// step: the judge or court the clause names, or the bench a description stands for (the one
// judge the article names, else the one court), does it to the defendant, also in the passive.
func TestCustodyOrder(t *testing.T) {
	arrested := "Ivo Lenk was arrested by the Estonian police on Monday. "
	appeared := arrested + "He appeared on Wednesday before a judge in the Harju County Court, where he denied the charges. "
	checkEventRules(t, "2024-05-10", []eventCase{
		{"ordered him held without bail: the one court named", appeared + "The judge ordered him held without bail.",
			schema.EventLegal, "harju-county-court", "ivo-lenk", true},
		{"a described judge is the judge named later", "A federal judge on Thursday ordered a Felmont software developer to remain in custody until his trial. " +
			"Marko Vesk, 33, was arrested by FBI agents on April 30 in Miami. At Thursday's hearing, U.S. Magistrate Judge Ellen Rourke said Vesk posed a risk of flight.",
			schema.EventLegal, "ellen-rourke", "marko-vesk", true},
		{"a named court ordered both men held", "Ivo Lenk and Tarmo Saar were arrested by the Estonian police on Monday. The Harju County Court on Wednesday ordered both men held for two months.",
			schema.EventLegal, "harju-county-court", "tarmo-saar", true},
		{"passive: was ordered detained", arrested + "On Wednesday he was ordered detained for two months.",
			schema.EventLegal, "", "ivo-lenk", true},
		{"passive: the detained is no doer of its own", arrested + "On Wednesday he was ordered detained for two months.",
			schema.EventLegal, "ivo-lenk", "", false},
		{"ordered things held is no custody of a person", appeared + "The judge ordered the seized laptops held as evidence.",
			schema.EventLegal, "harju-county-court", "", false},
	})
}

// TestCustodyOrderNotSilence checks that an order to stay silent or in business keeps no one
// held: no legal step beside the arrest.
func TestCustodyOrderNotSilence(t *testing.T) {
	for _, tt := range []struct{ name, body string }{
		{"to remain silent", "Ivo Lenk was arrested by the Estonian police on Monday. On Wednesday the judge ordered him to remain silent during the hearing."},
		{"to stay in business", "Ivo Lenk was arrested by the Estonian police on Monday. On Wednesday the court ordered his firm to stay in business."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-05-10", tt.body)
			assert.Equal(t, 1, countEvents(g, schema.EventLegal), "got %s, want the arrest only", eventsString(g))
		})
	}
}

// TestCustodyOrderSitting checks the day of a bench's order told with no day of its own: the
// day of the appearance before it ("appeared on Wednesday before a judge"), the court word
// after the day too.
func TestCustodyOrderSitting(t *testing.T) {
	for _, tt := range []struct{ name, body, want string }{
		{"the judge after an appearance", "Ivo Lenk was arrested by the Estonian police on Monday. He appeared on Wednesday before a judge in the Harju County Court. The judge ordered him held without bail.", "2024-05-08"},
		{"the court after an appearance in it", "Ivo Lenk was arrested by the Estonian police on Monday. He appeared in the Harju County Court on Wednesday. The court ordered him held without bail.", "2024-05-08"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-05-10", tt.body)
			ev := findEvent(g, schema.EventLegal, "harju-county-court", "ivo-lenk")
			require.NotNil(t, ev, "no custody order in %s", eventsString(g))
			assert.Equal(t, tt.want, ev.Time.Value, "got %s, want %s", ev.Time.Value, tt.want)
		})
	}
}

// TestPlacedLedeRole checks that a town before the role noun of a lede's described person
// only places the person: the description is the person named with an age after it.
func TestPlacedLedeRole(t *testing.T) {
	checkEventRules(t, "2024-05-10", []eventCase{
		{"a Felmont software engineer", "A Felmont software engineer was charged on Tuesday with selling secrets. Tomas Varga, 41, had worked at the plant for ten years.",
			schema.EventLegal, "", "tomas-varga", true},
		{"no actor of the town", "A Felmont software engineer was charged on Tuesday with selling secrets. Tomas Varga, 41, had worked at the plant for ten years.",
			schema.EventLegal, "", "felmont", false},
	})
}
