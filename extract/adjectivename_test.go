package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAdjectiveOpensName checks that a two-word name opening a sentence whose first word the
// tagger reads as an adjective ("Silent Kettle", "Quiet Falcon") keeps that word when the
// name is the subject of a finite verb or set beside an indefinite description, while an
// adjective before a lower-case noun names no one.
func TestAdjectiveOpensName(t *testing.T) {
	tests := []struct {
		name, body string
		want       string // the actor wanted, "" for none
		not        string // an actor that must not be
	}{
		{"past deed", "Silent Kettle breached Orrin Water in May.", "Silent Kettle", "Kettle"},
		{"claim", "Silent Kettle claimed responsibility for the attack on Orrin Water.", "Silent Kettle", "Kettle"},
		{"present perfect", "Quiet Falcon has targeted ministries since 2023.", "Quiet Falcon", "Falcon"},
		{"apposition", "Silent Kettle, a ransomware gang, said the data would be leaked.", "Silent Kettle", "Kettle"},
		{"adjective before a plural noun", "Unknown hackers breached Orrin Water in May.", "", "Unknown"},
		{"demonym before a plural noun", "Foreign hackers breached Orrin Water in May.", "", "Foreign"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			if tt.want != "" {
				assert.NotNil(t, actorByName(g, tt.want), "got %v, want actor %s", names(g), tt.want)
			}
			assert.Nil(t, actorByName(g, tt.not), "got %v, want no actor %s", names(g), tt.not)
		})
	}
}
