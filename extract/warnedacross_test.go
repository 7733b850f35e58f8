package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestWarnedAcross checks that a telling opening a new paragraph does not go on at the day its
// speaker only notified someone in the sentence before, when that day lies before the latest
// day the story named earlier (warnedAcross): the story has come back to its own day. The same
// speaker's telling in the same paragraph still goes on.
func TestWarnedAcross(t *testing.T) {
	const lead = "A parliamentary panel on Tuesday pressed the founder of Delmar Systems over a leak of satellite blueprints.\n\n"
	checkTimes(t, []timeCase{
		{"a notice in the story's past, a denial by the notifier's chief in a new paragraph", "2025-11-20",
			lead + "Intruders had been inside the firm's servers since 2022. The firm informed the Space Agency on Oct. 9.\n\n" +
				"Lena Okafor, the firm's founder, denied that Delmar had tried to bury the leak.",
			schema.EventDenial, "lena-okafor", "", ""},
		{"a notice bounded by 'until', the attribution closing it", "2025-11-20",
			lead + "The firm did not inform the Space Agency until Oct. 9, an audit found.\n\n" +
				"Lena Okafor, the firm's founder, denied that Delmar had tried to bury the leak.",
			schema.EventDenial, "lena-okafor", "", ""},
		{"the notice keeps its own day", "2025-11-20",
			lead + "The firm informed the Space Agency on Oct. 9.\n\n" +
				"Lena Okafor, the firm's founder, denied that Delmar had tried to bury the leak.",
			schema.EventWarning, "delmar-systems", "space-agency", "2025-10-09"},
		{"the notifier's saying in the same paragraph goes on", "2025-11-20",
			lead + "The FBI warned the firm on Oct. 9, two officials said. The bureau said the intruders were based in Vestia.",
			schema.EventStatement, "federal-bureau-of-investigation", "", "2025-10-09"},
	}, false)
}
