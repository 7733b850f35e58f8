package timex

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestRuleStarts checks ruleStarts against the rules: wherever a rule matches at a word, the
// word's entry holds the rule's bit, so that matchAt, which tries a rule only at the words
// holding its bit, finds what trying every rule finds. It reads the package's texts, the
// extractor's labelled articles, and the files of TIMEX_STARTS_GLOB when set (a larger corpus).
func TestRuleStarts(t *testing.T) {
	rules := []struct {
		bit  uint16
		rule func(*parser, int) (match, bool)
	}{
		{rModified, (*parser).modified}, {rDate, (*parser).date}, {rYear, (*parser).year},
		{rQuarter, (*parser).quarter}, {rSeason, (*parser).season}, {rWeekday, (*parser).weekdayExpr},
		{rDeictic, (*parser).deictic}, {rRelative, (*parser).relative}, {rClock, (*parser).clock},
		{rDuration, (*parser).duration}, {rSet, (*parser).set}, {rTheUnit, (*parser).theUnit},
		{rCentury, (*parser).century}, {rHoliday, (*parser).holiday},
		{rHoliday, (*parser).namedHoliday}, {rAnaphoric, (*parser).anaphoric},
	}
	texts := []string{
		"The breach on October 10, 2017 lasted three years. Tuesday night at 3 p.m. EST, last fall, mid-2015.",
		"the 1990s, Q3 2016, every other week the past two months a year-earlier quarter, a couple of days ago",
		"In 2014, the third quarter; that same day a year earlier, the next morning, the day before, at noon.",
		"Feb. 29, 2016. Twelve months later, the following week, that night, the previous Friday, Christmas Eve",
		"New Year's Day, the twentieth century, right now, in the near future, these days, recent weeks, daily",
	}
	globs := []string{"testdata/*.txt", "../testdata/labelled/*.txt", "../testdata/longform/*/*.txt"}
	if g := os.Getenv("TIMEX_STARTS_GLOB"); g != "" {
		globs = append(globs, g)
	}
	for _, g := range globs {
		files, err := filepath.Glob(g)
		require.NoError(t, err)
		for _, f := range files {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			texts = append(texts, string(b))
		}
	}
	lx := newLexicon()
	for _, text := range texts {
		toks := tokenize(text)
		lx.classify(toks)
		for _, narrative := range []bool{false, true} {
			for _, r := range []time.Time{{}, ref} {
				p := &parser{lx: lx, toks: toks, narrative: narrative, ref: r, hasRef: !r.IsZero()}
				for i, tok := range toks {
					e := &lx.entries[tok.wi]
					if tok.kind != kWord || !e.starter {
						continue
					}
					for _, rl := range rules {
						if m, ok := rl.rule(p, i); ok && m.end > i && e.rules&rl.bit == 0 {
							t.Errorf("rule %#x matches at %q (%q) without its bit", rl.bit, tok.lo, text[tok.bstart:min(len(text), int(tok.bstart)+60)])
						}
					}
				}
			}
		}
	}
}
