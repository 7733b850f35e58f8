package gazetteer

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/intelgraph/intelgraph/schema"
)

//go:embed data/*.tsv
var files embed.FS

// Entry is one known actor.
type Entry struct {
	// Name is the canonical name, from which the actor's id is made.
	Name string
	// Kind is the actor's kind.
	Kind schema.ActorKind
	// Country is the canonical name of the country the actor belongs to, if known.
	Country string
	// Class refines the kind: intel, law, gov, cert, media, security, tech, apt, criminal, ….
	Class string
	// AttackID is the MITRE ATT&CK id of a threat group or campaign, if any.
	AttackID string
	// Aliases are the entry's other names.
	Aliases []string
}

// Gazetteer looks names up. It is read-only after Load and AddUser, and then safe for
// concurrent use.
type Gazetteer struct {
	entries  []*Entry
	byKey    map[string]*Entry
	demonyms map[string]*Entry // demonym key → country
	// adjective is each country's first listed demonym, the adjective its institutions take
	// ("the Russian embassy")
	adjective map[*Entry]string
	// countryWords is demonyms, and byKey's countries under the keys no demonym has: the
	// answers of CountryWord, one look-up for the many words that name no country
	countryWords map[string]*Entry
	software     map[string]bool
}

// Load parses the embedded data files.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{byKey: map[string]*Entry{}, demonyms: map[string]*Entry{}, adjective: map[*Entry]string{}, software: map[string]bool{}}
	steps := []struct {
		file string
		fn   func([]string) error
	}{
		{"data/countries.tsv", g.addCountry},
		{"data/actors.tsv", g.addActor},
		{"data/armed-groups.tsv", g.addActor},
		{"data/attack-groups.tsv", g.addAttackGroup},
		{"data/attack-software.tsv", g.addSoftware},
	}
	for _, s := range steps {
		f, err := files.Open(s.file)
		if err != nil {
			return nil, fmt.Errorf("open gazetteer %s: %w", s.file, err)
		}
		err = ReadTSV(f, s.fn)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("read gazetteer %s: %w", s.file, err)
		}
	}
	g.indexCountryWords()
	return g, nil
}

// indexCountryWords fills countryWords from demonyms and byKey.
func (g *Gazetteer) indexCountryWords() {
	g.countryWords = make(map[string]*Entry, len(g.demonyms))
	for k, e := range g.byKey {
		g.setCountryWord(k, e)
	}
	for k, e := range g.demonyms {
		g.countryWords[k] = e
	}
}

// setCountryWord keeps countryWords in step with byKey[k] = e: a demonym's key keeps its
// country, any other key answers e when e is a country and nothing otherwise.
func (g *Gazetteer) setCountryWord(k string, e *Entry) {
	switch {
	case g.demonyms[k] != nil:
	case e.Kind == schema.KindCountry:
		g.countryWords[k] = e
	default:
		delete(g.countryWords, k)
	}
}

// ReadTSV calls fn with the tab-separated fields of each line of r that is neither blank nor a
// "#" comment.
func ReadTSV(r io.Reader, fn func(fields []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return sc.Err()
}

func field(f []string, i int) string {
	if i < len(f) {
		return strings.TrimSpace(f[i])
	}
	return ""
}

func list(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (g *Gazetteer) addCountry(f []string) error {
	name := field(f, 0)
	if name == "" {
		return fmt.Errorf("country without a name")
	}
	e := &Entry{Name: name, Kind: schema.KindCountry, Class: "country", Aliases: list(field(f, 1))}
	g.add(e)
	for i, d := range list(field(f, 2)) {
		g.demonyms[Key(d)] = e
		if i == 0 {
			g.adjective[e] = d
		}
	}
	for _, c := range list(field(f, 3)) {
		g.add(&Entry{Name: c, Kind: schema.KindPlace, Country: name, Class: "capital"})
	}
	return nil
}

func (g *Gazetteer) addActor(f []string) error {
	kind := schema.ActorKind(field(f, 0))
	if !kind.Valid() {
		return fmt.Errorf("unknown kind %q", field(f, 0))
	}
	name := field(f, 1)
	if name == "" {
		return fmt.Errorf("actor without a name")
	}
	g.add(&Entry{Name: name, Kind: kind, Country: field(f, 2), Aliases: list(field(f, 3)), Class: field(f, 4)})
	return nil
}

func (g *Gazetteer) addAttackGroup(f []string) error {
	name := field(f, 1)
	if name == "" {
		return nil
	}
	class := "apt"
	if strings.HasPrefix(field(f, 0), "C") {
		class = "campaign"
	}
	g.add(&Entry{Name: name, Kind: schema.KindGroup, Class: class, AttackID: field(f, 0), Aliases: list(field(f, 2))})
	return nil
}

func (g *Gazetteer) addSoftware(f []string) error {
	for _, n := range append([]string{field(f, 1)}, list(field(f, 2))...) {
		if k := Key(n); k != "" {
			g.software[k] = true
		}
	}
	return nil
}

// add indexes e under its name and aliases; names already taken keep their first entry, so
// the hand-written files (read first) win over the generated ones.
func (g *Gazetteer) add(e *Entry) {
	g.entries = append(g.entries, e)
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		k := Key(n)
		if k == "" {
			continue
		}
		if _, taken := g.byKey[k]; !taken {
			g.byKey[k] = e
		}
	}
}

// AddUser adds a user-supplied actor; it takes precedence over the built-in entries with the
// same names.
func (g *Gazetteer) AddUser(e Entry) {
	p := &e
	g.entries = append(g.entries, p)
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if k := Key(n); k != "" {
			g.byKey[k] = p
			g.setCountryWord(k, p)
		}
	}
}

// Lookup returns the entry named name (any alias, any case, with or without a leading "the").
// The plural of an abbreviation ("MPs", "ISPs") names no entry: it is not the acronym "MPS".
func (g *Gazetteer) Lookup(name string) (*Entry, bool) {
	if pluralAbbreviation(name) {
		return nil, false
	}
	var buf [64]byte
	e, ok := g.byKey[string(lookupKey(buf[:0], name))]
	return e, ok
}

// pluralAbbreviation reports whether name is two or more capitals and a plural "s" ("MPs").
func pluralAbbreviation(name string) bool {
	n := len(name)
	if n < 3 || name[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		if name[i] < 'A' || name[i] > 'Z' {
			return false
		}
	}
	return true
}

// Demonym returns the country whose demonym or adjective is word ("Israeli" → Israel).
func (g *Gazetteer) Demonym(word string) (*Entry, bool) {
	var buf [64]byte
	e, ok := g.demonyms[string(lookupKey(buf[:0], word))]
	return e, ok
}

// Adjective returns the first demonym listed for the country entry e ("Russian" for Russia), or
// "" when it has none.
func (g *Gazetteer) Adjective(e *Entry) string {
	return g.adjective[e]
}

// Country returns the country entry with the given canonical name or alias.
func (g *Gazetteer) Country(name string) (*Entry, bool) {
	e, ok := g.Lookup(name)
	if !ok || e.Kind != schema.KindCountry {
		return nil, false
	}
	return e, true
}

// CountryWord returns the country that a word names or qualifies: Demonym, else Country, in
// one look-up of the word's key.
func (g *Gazetteer) CountryWord(word string) (*Entry, bool) {
	var buf [64]byte
	e, ok := g.countryWords[string(lookupKey(buf[:0], word))]
	return e, ok
}

// IsSoftware reports whether name is the name of a piece of malware or a tool.
func (g *Gazetteer) IsSoftware(name string) bool {
	var buf [64]byte
	return g.software[string(lookupKey(buf[:0], name))]
}

// Len is the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Key normalises a name for lookup: lower case, without a leading "the", possessive "'s",
// periods, and with runs of other punctuation and spaces turned into one space.
func Key(s string) string {
	if isKey(s) {
		return s // already normal: most lower-case words, with no copy
	}
	if isKeyLowered(s) {
		return strings.ToLower(s) // ASCII words with capitals: one copy, lower-cased
	}
	return normalise(s)
}

// normalise is Key without the shortcut for a string that is already its own key.
func normalise(s string) string {
	if k := appendNormal(nil, s); len(k) > 0 {
		return string(k)
	}
	return "" // no allocation for a key left empty ("," or "—")
}

// lookupKey appends Key(s) to buf, for a map look-up by string(lookupKey(…)) that allocates
// nothing when the key fits in buf.
func lookupKey(buf []byte, s string) []byte {
	if isKey(s) {
		return append(buf, s...)
	}
	if isKeyLowered(s) {
		for i := 0; i < len(s); i++ {
			buf = append(buf, s[i]|asciiCase(s[i]))
		}
		return buf
	}
	return appendNormal(buf, s)
}

// asciiCase is the bit that lower-cases the byte c when c is an ASCII capital, else 0.
func asciiCase(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return 'a' - 'A'
	}
	return 0
}

// isKeyLowered reports whether s lower-cased is its own Key: isKey with ASCII capitals allowed
// ("Israeli", "NATO", "North Korea").
func isKeyLowered(s string) bool {
	if s == "" || len(s) >= 4 && s[0]|asciiCase(s[0]) == 't' && s[1]|asciiCase(s[1]) == 'h' && s[2]|asciiCase(s[2]) == 'e' && s[3] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '&' || c == '$':
		case c == ' ' && i > 0 && i < len(s)-1 && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

// appendNormal appends normalise(s) to dst (dst[len(dst):] must not hold "the " already).
func appendNormal(dst []byte, s string) []byte {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	n := len(dst)
	space := false
	for _, r := range s {
		switch {
		case r == '.' || r == '\'' || r == '’':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' || r == '$':
			if space && len(dst) > n {
				dst = append(dst, ' ')
			}
			space = false
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		default:
			space = true
		}
	}
	if k := dst[n:]; len(k) >= 4 && string(k[:4]) == "the " {
		dst = append(dst[:n], k[4:]...)
	}
	return dst
}

// isKey reports whether s is its own Key: lower-case ASCII letters, digits, '&' and '$' in words
// joined by single spaces, not starting with "the ".
func isKey(s string) bool {
	if s == "" || strings.HasPrefix(s, "the ") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '&' || c == '$':
		case c == ' ' && i > 0 && i < len(s)-1 && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

// IsKnownToken reports whether a lower-case token with a digit is itself a known name ("0ktapus"), so that
// names written without a capital are still found.
func (g *Gazetteer) IsKnownToken(tok string) bool {
	if tok == "" || !strings.ContainsFunc(tok, unicode.IsDigit) || strings.ToLower(tok) != tok {
		return false // only a token with a digit can be such a name: no lookup for plain words
	}
	var buf [64]byte
	e, ok := g.byKey[string(lookupKey(buf[:0], tok))]
	return ok && e.Kind != schema.KindPlace
}
