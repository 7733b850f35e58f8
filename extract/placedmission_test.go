package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMissionInCityWithArticle checks that an embassy or consulate placed in a city named
// with its article ("in The Hague") or a lower-case consulate ("the Iranian consulate in
// Frankfurt") is one actor under its full name, the speaker when its spokesperson speaks,
// and that the city itself acts for no one.
func TestMissionInCityWithArticle(t *testing.T) {
	for _, tt := range []struct {
		name, body, want, absent string
	}{
		{"subject", "The Chinese embassy in The Hague rejected the accusation on Tuesday.",
			"Chinese embassy in The Hague", ""},
		{"spokesperson for, fronted", "A spokesperson for the Chinese embassy in The Hague said the accusations were groundless.",
			"Chinese embassy in The Hague", "Netherlands"},
		{"spokesman for, trailing said", "The accusations were groundless, a spokesman for the Russian embassy in The Hague said on Monday.",
			"Russian embassy in The Hague", "Netherlands"},
		{"lower-case consulate", "The Iranian consulate in Frankfurt denied the claims on Monday.",
			"Iranian consulate in Frankfurt", "Frankfurt"},
		{"consulate general as subject", "The Chinese Consulate General in Marlow said China opposes hacking.",
			"Chinese Consulate General in Marlow", "Marlow"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotNil(t, actorByName(g, tt.want), "got %v, want %q", names(g), tt.want)
			if tt.absent != "" {
				assert.Nil(t, actorByName(g, tt.absent), "got %v, want no %q", names(g), tt.absent)
			}
		})
	}
}
