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
	const lead = "Senators on Wednesday questioned the head of Delmar Systems about a breach that exposed designs for a drone.\n\n"
	checkTimes(t, []timeCase{
		{"a notice in the story's past, a denial by the notifier's chief in a new paragraph", "2025-11-20",
			lead + "Hackers broke into the company's network in 2023. The company notified the Defense Department on Dec. 2.\n\n" +
				"Tom Reyes, the company's chief executive, rejected the suggestion that Delmar had hidden the breach.",
			schema.EventDenial, "tom-reyes", "", ""},
		{"a notice bounded by 'until', the attribution closing it", "2025-11-20",
			lead + "The company did not notify the Defense Department until Dec. 2, the report said.\n\n" +
				"Tom Reyes, the company's chief executive, rejected the suggestion that Delmar had hidden the breach.",
			schema.EventDenial, "tom-reyes", "", ""},
		{"the notice keeps its own day", "2025-11-20",
			lead + "The company notified the Defense Department on Dec. 2.\n\n" +
				"Tom Reyes, the company's chief executive, rejected the suggestion that Delmar had hidden the breach.",
			schema.EventWarning, "delmar-systems", "defense-department", "2024-12-02"},
		{"the notifier's saying in the same paragraph goes on", "2025-11-20",
			lead + "The FBI notified the company on Dec. 2, officials said. The bureau said the hackers came from Vestia.",
			schema.EventStatement, "federal-bureau-of-investigation", "", "2024-12-02"},
	}, false)
}
