package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSpanGuards checks the limits of spans counted from another time: an event only possible
// after "Days after the breach" is not timed (spanAfter); weeks or days that followed or that
// follow a day late in its month or year give no period they may cross out of (spanRunsFrom);
// and that the spans that stay inside the period still date (spanRunsFrom).
func TestSpanGuards(t *testing.T) {
	const published = "2025-11-20"
	checkLemmaTimes(t, published, 1, []lemmaTime{
		{"a hypothetical after a span", "Hackers breached the Brenfield Clinic on March 3, 2025. Days after the breach, officials warned that the gang could attack Orvane Clinic.", "attack", ""},
		{"days that followed a day late in its month", "Hackers broke into Tarrow Freight on September 28. In the days that followed, the gang leaked shipping records from Tarrow Freight.", "leak", "2025"},
		{"weeks that followed an early day", "Hackers broke into Tarrow Freight on March 3. In the weeks that followed, the gang leaked shipping records from Tarrow Freight.", "leak", "2025"},
	})
}

// TestSpanRunsFrom checks the period a vague span running on from the narrative's last time
// covers: the unit's precision when the span stays inside it, nothing when it may cross out.
func TestSpanRunsFrom(t *testing.T) {
	span := spanPeriod
	tests := []struct{ last, unit, want string }{
		{"2025-03-03", "hours", "2025-03-03"},
		{"2025-03-03", "days", "2025-03"},
		{"2025-09-28", "days", "2025"},
		{"2024-12-29", "days", ""},
		{"2025-03-03", "weeks", "2025"},
		{"2024-12-29", "weeks", ""},
		{"2025-03-03", "months", "2025"},
		{"2025-08-10", "months", ""},
		{"2025-03", "days", "2025-03"},
		{"2025-03", "weeks", "2025"},
		{"2024-12", "weeks", ""},
		{"2024", "weeks", "2024"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, spanRunsFrom(tt.last, tt.unit, span), "%s after %s", tt.unit, tt.last)
	}
}

// TestFollowedObject checks that "that followed" with its own object closed by a comma ("In the
// days that followed the breach, the gang …") is no span from the narrative's last time, while
// one followed by its comma or by the clause's subject is.
func TestFollowedObject(t *testing.T) {
	span := spanPeriod
	tests := []struct {
		name, text string
		want       int
	}{
		{"an object before the comma", "In/IN the/DT days/NNS that/WDT followed/VBD the/DT breach/NN ,/, the/DT gang/NN leaked/VBD files/NNS ./.", 0},
		{"a name's object", "In/IN the/DT days/NNS that/WDT followed/VBD Orlan/NNP 's/POS attack/NN ,/, the/DT gang/NN leaked/VBD files/NNS ./.", 0},
		{"the comma right after", "In/IN the/DT days/NNS that/WDT followed/VBD ,/, the/DT gang/NN leaked/VBD files/NNS ./.", 5},
		{"the subject right after", "In/IN the/DT days/NNS that/WDT followed/VBD the/DT gang/NN leaked/VBD files/NNS ./.", 5},
	}
	for _, tt := range tests {
		got, _ := followedSpan(taggedToks(tt.text), span)
		assert.Equal(t, tt.want, got, tt.name)
	}
}
