package timex

import (
	"sync"
	"time"
	"unicode/utf8"
)

// Expression is one time expression found in a text.
type Expression struct {
	// Text is the words of the expression.
	Text string `json:"text"`
	// Start and End are rune offsets into the text, End exclusive.
	Start int `json:"start"`
	End   int `json:"end"`
	// Type is DATE, TIME, DURATION or SET.
	Type string `json:"type"`
	// Value is the TIMEX3 value: 2017-10-10, 2014, 2015-06, 2015-SU, P3M, PAST_REF, …
	Value string `json:"value"`
}

// TIMEX3 types.
const (
	Date     = "DATE"
	Time     = "TIME"
	Duration = "DURATION"
	Set      = "SET"
)

// Tagger finds time expressions. It is safe for concurrent use; build one per process.
type Tagger struct {
	lx        *lexicon
	narrative bool
	// bufs keeps the token buffers (*[]token) of finished calls for later ones (tokens)
	bufs sync.Pool
}

// maxPooled is the most tokens a buffer may hold room for and still be kept for a later call.
const maxPooled = 1 << 16

// Option configures a Tagger.
type Option func(*Tagger)

// Narrative makes Find resolve anaphoric expressions the TimeML way, against the narrative's
// reference time rather than the publication date: "two days earlier", "the next day", "the
// following week", "a year later", "that same day", "the day before", "three weeks after."
// count from the last calendar date the text gave before them ("October 10, 2017", "March
// 2015", "in 2014", "the third quarter", also "yesterday" or "Tuesday"), and from the
// publication date when none precedes. Deictic expressions ("yesterday", "last week", "two
// days ago", "next month", "Tuesday", "earlier this year") keep counting from the publication
// date. A count finer than the anchor ("three weeks later" after "March 2015") stays a
// duration; "that same day" after "October 1998" is 1998-10-XX. Without this option the
// tagger reads every relative expression against the publication date, as it always did.
func Narrative() Option { return func(t *Tagger) { t.narrative = true } }

// New builds a Tagger: it compiles the word tables the rules use. It returns no error today;
// the error is there for rule sets that may one day be loaded from files.
func New(opts ...Option) (*Tagger, error) {
	t := &Tagger{lx: newLexicon()}
	for _, o := range opts {
		o(t)
	}
	return t, nil
}

// Find returns the time expressions in text, in order, resolved against ref (the zero time
// when the publication date is unknown: relative expressions then get no calendar value).
// Only the calendar date of ref is used, in ref's own location. Offsets are rune offsets;
// invalid UTF-8 bytes count as one rune each, as in []rune(text).
func (t *Tagger) Find(text string, ref time.Time) []Expression {
	buf := t.tokens(text)
	out := t.find(text, *buf, ref)
	t.release(buf)
	return out
}

// FindTwice returns Find(text, ref) and Find(text, ref2), cutting text into tokens once (the
// parser only reads them).
func (t *Tagger) FindTwice(text string, ref, ref2 time.Time) ([]Expression, []Expression) {
	buf := t.tokens(text)
	out, out2 := t.find(text, *buf, ref), t.find(text, *buf, ref2)
	t.release(buf)
	return out, out2
}

// tokens cuts text into classified tokens, in the buffer of a finished call when one is free;
// the caller hands the buffer back with release once it is done with the tokens.
func (t *Tagger) tokens(text string) *[]token {
	buf, _ := t.bufs.Get().(*[]token)
	if buf == nil {
		buf = new([]token)
	}
	*buf = appendTokens((*buf)[:0], text)
	t.lx.classify(*buf)
	return buf
}

// release empties buf's tokens, so that it holds on to no text, and keeps it for a later call
// unless it is very large.
func (t *Tagger) release(buf *[]token) {
	clear(*buf)
	if cap(*buf) <= maxPooled {
		t.bufs.Put(buf)
	}
}

// find is Find over the tokens of text.
func (t *Tagger) find(text string, toks []token, ref time.Time) []Expression {
	p := &parser{lx: t.lx, toks: toks, narrative: t.narrative}
	if !ref.IsZero() {
		p.ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
		p.hasRef = true
	}
	var out []Expression
	for i := 0; i < len(toks); {
		m, ok := p.matchAt(i)
		if !ok {
			i++
			continue
		}
		start := i
		if m.start >= 0 {
			start = m.start
		}
		bs, be := toks[start].bstart, toks[m.end-1].bend
		out = append(out, Expression{
			Text:  runeText(text[bs:be]),
			Start: int(toks[start].start),
			End:   int(toks[m.end-1].end),
			Type:  m.typ,
			Value: m.val,
		})
		p.remember(m)
		p.lastStart, p.lastEnd, p.lastVal = start, m.end, m.val
		i = m.end
	}
	return out
}

// runeText returns s with invalid UTF-8 bytes replaced by U+FFFD, one per byte, so that it
// equals string([]rune(text)[Start:End]).
func runeText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return string([]rune(s))
}
