package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTakenUpSecret checks that secret information copied or photographed and then handed on
// under a definite noun phrase ("sent the images to X") is a leak to the receiver, and that
// neither information with no secret told of nor a hand-over by another subject is.
func TestTakenUpSecret(t *testing.T) {
	tests := []struct {
		name, body   string
		from, to     string
		wantType     schema.EventType
		wantNoLeakTo bool
	}{
		{"photographed, then sent the images",
			"Between 2019 and 2021, Harlan Voss photographed classified documents and sent the images to Piet Ruland.",
			"Harlan Voss", "Piet Ruland", schema.EventLeak, false},
		{"downloaded, then sent the files",
			"In 2021, Tobias Lind downloaded confidential records and sent the files to Evan Roe.",
			"Tobias Lind", "Evan Roe", schema.EventLeak, false},
		{"photographed with a time between, handed the photos",
			"Irene Salk photographed sensitive plans in June 2020 and handed the photos to Evan Roe, prosecutors said.",
			"Irene Salk", "Evan Roe", schema.EventLeak, false},
		{"copied, then gave these documents",
			"The contractor, Pavel Dorn, copied classified reports and gave these documents to Evan Roe.",
			"Pavel Dorn", "Evan Roe", schema.EventLeak, false},
		{"nothing secret: a hand-over told",
			"Halden Bank downloaded its server logs and sent the logs to Corvan Labs.",
			"Halden Bank", "Corvan Labs", schema.EventWarning, false},
		{"another subject hands over",
			"Gert Amsel downloaded sensitive files, investigators said, and Halden Bank sent the findings to Corvan Labs.",
			"Halden Bank", "Corvan Labs", schema.EventLeak, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			a, b := actorByName(g, tt.from), actorByName(g, tt.to)
			require.NotNil(t, a, "no actor %q in %v", tt.from, names(g))
			require.NotNil(t, b, "no actor %q in %v", tt.to, names(g))
			got := findEvent(g, tt.wantType, a.ID, b.ID)
			if tt.wantNoLeakTo {
				assert.Nil(t, got, "got %s %s → %s, want none in %s", tt.wantType, tt.from, tt.to, eventsString(g))
				return
			}
			assert.NotNil(t, got, "want %s %s → %s in %s", tt.wantType, tt.from, tt.to, eventsString(g))
		})
	}
}
