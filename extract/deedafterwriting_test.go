package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDeedNotAfterWriting checks that a deed told as done takes no time after the day of
// writing (pastAfter): the later time is that of a step still to come told beside it (a
// sentencing, a trial), which keeps it, while a deed told with a past time keeps that.
func TestDeedNotAfterWriting(t *testing.T) {
	for _, tt := range []struct{ name, body, typ, target, want string }{
		{"gerund after a plea, future conjunct", "Mara Quill pleaded guilty on Tuesday to stealing customer files from Harlow Bank and will be sentenced on December 5.",
			"theft", "harlow-bank", ""},
		{"gerund after an admission, scheduled sentencing", "Dana Voss admitted hacking into the network of Brill Hospital and is scheduled to be sentenced in February.",
			"intrusion", "brill-hospital", ""},
		{"plea with a sentencing day ahead", "Two brothers pleaded guilty to breaking into computers at Kemp Water and face sentencing on Jan. 14.",
			"intrusion", "kemp-water", ""},
		{"past deed beside a set sentencing", "Prosecutors said Ivo Marsh stole data from Lark Telecom; his sentencing is set for March 3.",
			"theft", "lark-telecom", ""},
		{"relative clause of the doer", "The hackers who attacked Sorrel Power will face trial in January, prosecutors said.",
			"attack", "sorrel-power", ""},
		{"the step to come keeps its time", "Dana Voss admitted hacking into the network of Brill Hospital and is scheduled to be sentenced in February.",
			"legal", "dana-voss", "2026-02"},
		{"a past time stays", "Ivo Marsh stole data from Lark Telecom in October and will be sentenced in February.",
			"theft", "lark-telecom", "2025-10"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			ev := findEvent(g, schema.EventType(tt.typ), "", tt.target)
			require.NotNil(t, ev, "no %s against %s in %s", tt.typ, tt.target, eventsString(g))
			assert.Equal(t, tt.want, ev.Time.Value, "got %s, want %s", ev.Time.Value, tt.want)
		})
	}
}
