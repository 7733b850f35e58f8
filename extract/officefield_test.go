package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOfficeOfTitleForField checks that an office named after a title holder goes on through
// the holder's field after "for" ("Office of the Commissioner for Personal Data Protection"),
// in any slot of the sentence, and that an office of a field that is no title's stays as it
// was.
func TestOfficeOfTitleForField(t *testing.T) {
	for _, tt := range []struct {
		name, body, want string
	}{
		{"subject", "The Office of the Commissioner for Personal Data Protection fined Lanmark Telecom on Monday.",
			"Office of the Commissioner for Personal Data Protection"},
		{"object of told", "Lanmark Telecom said it had notified the Office of the Commissioner for Data Protection on Friday.",
			"Office of the Commissioner for Data Protection"},
		{"after from", "Investigators from the Office of the Inspector General for Tax Administration found no breach at Dolan Labs.",
			"Office of the Inspector General for Tax Administration"},
		{"of goes on as before", "Lanmark Telecom reported the attack to the Office of the Director of National Intelligence last week.",
			"Office of the Director of National Intelligence"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotNil(t, actorByName(g, tt.want), "got %v, want %q", names(g), tt.want)
		})
	}
}
