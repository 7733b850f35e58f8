package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCountedOnFromCourtStep checks that a telling counted on from a court's step by a span
// of days or weeks ("Days after the verdict, …"; countedOn) does not take the step's own day,
// as one told plainly after it ("After the verdict, …") does, but the span counted from the day
// the court convicted or sentenced (courtStepVerb, spanAfter), at the precision the span allows.
func TestCountedOnFromCourtStep(t *testing.T) {
	for _, tt := range []struct{ name, body, target, want string }{
		{"fronted vague days", "A jury in Tampa convicted Lev Sorin on October 8. Days after the verdict, Moscow accused Canada of staging a political trial.",
			"canada", "2024-10"},
		{"trailing vague days", "A jury in Ocala convicted Anton Grell on October 8. Beijing accused Britain of staging a political trial days after the verdict.",
			"united-kingdom", "2024-10"},
		{"a counted week", "A jury in Macon convicted Pyotr Lind on October 8. A week after the verdict, Tehran accused France of staging a political trial.",
			"france", "2024-10"},
		{"counted days after a sentencing", "A judge in Reno sentenced Ivo Petrov on October 8. Two days after the sentencing, Minsk accused Italy of staging a political trial.",
			"italy", "2024-10-10"},
		{"vague weeks after a month", "A jury in Erie convicted Marta Kole in March. Weeks after the verdict, Moscow accused Spain of staging a political trial.",
			"spain", "2024"},
		{"two convictions on other days", "A jury in Provo convicted Yuri Bast on May 2, and another jury convicted Oleg Brand on May 20. Days after the verdict, Minsk accused Greece of bias.",
			"greece", ""},
		{"a sentencing still to come", "Olga Penn will be sentenced in January. Weeks after the sentencing, Baku accused Austria of bias.",
			"austria", ""},
		{"plainly after the verdict", "A jury in Tampa convicted Lev Sorin on October 8. After the verdict, Moscow accused Canada of staging a political trial.",
			"canada", "2024-10-08"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-12-06", tt.body)
			ev := findEvent(g, schema.EventAccusation, "", tt.target)
			require.NotNil(t, ev, "no accusation against %s in %s", tt.target, eventsString(g))
			assert.Equal(t, tt.want, ev.Time.Value, "got %s, want %s", ev.Time.Value, tt.want)
		})
	}
}
