package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHolidayNoActor checks that a holiday dating a deed ("over Labor Day weekend", "on the
// Fourth of July") is no actor, and that a longer name the holiday opens still is one.
func TestHolidayNoActor(t *testing.T) {
	tests := []struct {
		name, body string
		notActor   string // a holiday that must not be an actor
		actor      string // a name that must be one, "" for none
	}{
		{"labor day weekend twice", "The Korvath gang attacked Ellery Water over Labor Day weekend. On Labor Day, Ellery Water warned its customers.",
			"Labor Day", "Ellery Water"},
		{"thanksgiving fronted and trailing", "Over Thanksgiving, intruders encrypted Parsel Health's servers. Parsel Health restored them after Thanksgiving.",
			"Thanksgiving", "Parsel Health"},
		{"fourth of july", "The Brisk Heron group struck Dorrance Hospital on the Fourth of July. Dorrance Hospital said it had paid nothing by the Fourth of July.",
			"Fourth of July", "Dorrance Hospital"},
		{"memorial day weekend", "Investigators said the Oakvale crew stole the files over the Memorial Day weekend and leaked them on Memorial Day.",
			"Memorial Day", ""},
		{"a foundation named for a holiday", "The Memorial Day Foundation said hackers stole its donor list. The Memorial Day Foundation told donors on Friday.",
			"Memorial Day", "Memorial Day Foundation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.Nil(t, actorByName(g, tt.notActor), "got actors %s, want no %q", names(g), tt.notActor)
			if tt.actor != "" {
				assert.NotNil(t, actorByName(g, tt.actor), "got actors %s, want %q", names(g), tt.actor)
			}
		})
	}
}

// TestHolidayEnd checks where holidayEnd ends a holiday's name.
func TestHolidayEnd(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"two words", "Labor Day said", 2},
		{"with weekend", "Memorial Day weekend ,", 3},
		{"with of", "Fourth of July .", 3},
		{"possessive", "Valentine 's Day ,", 3},
		{"one word", "Thanksgiving ,", 1},
		{"full stop joined at the end", "Valentine 's Day.", 3},
		{"plural possessive", "Presidents ' Day weekend.", 4},
		{"a longer name", "Memorial Day Foundation", 0},
		{"no holiday", "Labor Department", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := taggedToks(tt.text)
			assert.Equal(t, tt.want, holidayEnd(toks, 0), "got end, want %d", tt.want)
		})
	}
}
