package extract

import (
	"strings"

	"github.com/intelgraph/intelgraph/extract/timex"
)

// holidayName reports whether name is the name of a holiday that news dates deeds by ("over
// Labor Day weekend", "on the Fourth of July", "before Thanksgiving"), lower-cased, its words
// joined by spaces and a possessive written "'s": one whose day timex reads
// (timex.IsHolidayName) but Easter alone, a calendar cue word already as Christmas is, or one
// of otherHolidays.
func holidayName(name string) bool {
	return name != "easter" && timex.IsHolidayName(name) || otherHolidays[name]
}

// otherHolidays are the holidays besides timex's that name a day, not an actor: those whose
// day differs from country to country, which timex leaves undated, and other spellings.
var otherHolidays = map[string]bool{
	"labour day": true, "veterans' day": true, "independence day": true,
	"presidents day": true, "presidents' day": true, "president's day": true,
}

// holidayEnd returns the end of the holiday's name at token i ("Labor Day", "Fourth of July",
// "Valentine's Day"), with a "weekend" after it, or i when no holiday is named there. Every
// word is capitalised but "of", and a capitalised word after the name makes it part of a
// longer one ("Memorial Day Foundation"), which is no holiday.
func holidayEnd(toks []token, i int) int {
	end := i
	var words []string
	for j := i; j < len(toks) && j < i+6; j++ {
		w := toks[j].Lower
		if j == len(toks)-1 {
			w = strings.TrimSuffix(w, ".") // "on Valentine's Day.": the full stop joined to the word
		}
		switch {
		case (w == "'s" || w == "’s") && len(words) > 0:
			words[len(words)-1] += "'s"
		case (w == "'" || w == "’") && len(words) > 0:
			if j+1 < len(toks) && toks[j+1].Lower == "s" {
				words[len(words)-1] += "'s"
				j++
			} else {
				words[len(words)-1] += "'" // "Presidents' Day"
			}
		case w == "of" && j > i:
			words = append(words, w)
		case !isCap(toks[j].Text):
			j = len(toks)
			continue
		default:
			words = append(words, w)
		}
		if holidayName(strings.Join(words, " ")) {
			end = j + 1
		}
	}
	if end == i {
		return i
	}
	if end < len(toks) && strings.TrimSuffix(toks[end].Lower, ".") == "weekend" {
		return end + 1
	}
	if end < len(toks) && isCap(toks[end].Text) {
		return i
	}
	return end
}
