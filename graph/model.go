package graph

import (
	"encoding/json"

	"github.com/intelgraph/intelgraph/schema"
)

// Graph is a graph document: the output of extracting one or more articles, or a whole store.
// Every list is present in its JSON form, possibly empty.
type Graph struct {
	Documents []Document `json:"documents"`
	Actors    []Actor    `json:"actors"`
	Events    []Event    `json:"events"`
	Relations []Relation `json:"relations"`
}

// Document describes one article.
type Document struct {
	// ID is the header's id, else the file name without its extension.
	ID string `json:"id"`
	// Title is the header's title, if any.
	Title string `json:"title"`
	// Published is the ISO publication date (2017-10-11), or "" when unknown.
	Published string `json:"published"`
	// Source is the file the article was read from.
	Source string `json:"source"`
	// Outlet is the publisher named in the header, if any.
	Outlet string `json:"outlet,omitempty"`
	// URL is the header's url, if any.
	URL string `json:"url,omitempty"`
	// Meta holds header keys that have no field of their own.
	Meta map[string]string `json:"meta,omitempty"`
	// Hash is a digest of the article's text, so that a re-ingest of unchanged text is a no-op.
	Hash string `json:"hash,omitempty"`
	// Sentences is the number of sentences in the body.
	Sentences int `json:"sentences,omitempty"`
}

// Actor is a person, organisation, agency, country, group or place.
type Actor struct {
	// ID is stable: the same actor gets the same id in every run (see ActorID).
	ID string `json:"id"`
	// Name is the actor's canonical name.
	Name string `json:"name"`
	// Kind is what the actor is.
	Kind schema.ActorKind `json:"kind"`
	// Aliases are the other names the actor goes by in the text (and in gazetteers).
	Aliases []string `json:"aliases"`
	// Mentions are the places the actor is named.
	Mentions []Mention `json:"mentions"`
	// Confidence is how sure the extractor is that this is an actor of this kind, in [0,1].
	Confidence float64 `json:"confidence,omitempty"`
}

// Mention is one place in a document where an actor is named.
type Mention struct {
	Document string `json:"document"`
	// Sentence is the 0-based sentence index in the document body.
	Sentence int `json:"sentence"`
	// Start and End are rune offsets into the body, End exclusive.
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the words that name the actor.
	Text string `json:"text"`
	// Confidence reflects how the mention was found, in [0,1].
	Confidence float64 `json:"confidence,omitempty"`
}

// Event is something that happened (or is claimed, denied or planned), with its participants.
type Event struct {
	ID           string           `json:"id"`
	Type         schema.EventType `json:"type"`
	Time         Time             `json:"time"`
	Participants []Participant    `json:"participants"`
	Evidence     []Evidence       `json:"evidence"`
	// Confidence reflects how the event was found, in [0,1].
	Confidence float64 `json:"confidence"`
	// Trigger is the word that signals the event (its lemma), such as "hack".
	Trigger string `json:"trigger,omitempty"`
	// Negated is true when the text says the event did not happen ("did not result in the leak").
	Negated bool `json:"negated,omitempty"`
	// Modality is "" for an asserted fact, else "hypothetical", "future" or "reported".
	Modality string `json:"modality,omitempty"`
	// AlsoDated are other dates that other reports of the same event give (sources disagree
	// by up to a year); Build sets it on merged graphs.
	AlsoDated []string `json:"also_dated,omitempty"`
	// Corroboration says how well sourced the event is; Build sets it on merged graphs.
	Corroboration *Corroboration `json:"corroboration,omitempty"`
}

// Corroboration is how many sources report an event and who asserts or denies it.
type Corroboration struct {
	// Documents is the number of distinct documents that report the event.
	Documents int `json:"documents"`
	// Outlets is the number of distinct outlets among them (a document with no outlet counts
	// as its own).
	Outlets int `json:"outlets"`
	// AssertedBy are the ids of the actors the documents cite as the event's source.
	AssertedBy []string `json:"asserted_by"`
	// DeniedBy are the ids of the actors who deny it, in the documents that report it.
	DeniedBy []string `json:"denied_by"`
	// Anonymous is how many of the reporting documents rest it on unnamed sources only.
	Anonymous int `json:"anonymous"`
}

// Participant is an actor's part in an event.
type Participant struct {
	Actor string      `json:"actor"`
	Role  schema.Role `json:"role"`
}

// Evidence says where a fact came from.
type Evidence struct {
	Document string `json:"document"`
	// Sentence is the 0-based sentence index in the document body.
	Sentence int `json:"sentence"`
	// Start and End are rune offsets of Text in the body, End exclusive.
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the sentence, or the part of it that states the fact.
	Text string `json:"text"`
	// Attribution is AttributionAnonymous when the document rests the fact on unnamed sources
	// ("officials said", "according to people familiar with"), else "".
	Attribution string `json:"attribution,omitempty"`
}

// AttributionAnonymous marks evidence that the document attributes to unnamed sources.
const AttributionAnonymous = "anonymous"

// Relation is a typed link between two actors, such as INFORMED (who told whom).
type Relation struct {
	Source string `json:"source"`
	Type   string `json:"type"`
	Target string `json:"target"`
	// Event is the id of the event the relation comes from, if any.
	Event    string     `json:"event,omitempty"`
	Evidence []Evidence `json:"evidence"`
	// Confidence reflects how the relation was found, in [0,1].
	Confidence float64 `json:"confidence,omitempty"`
	// Score and Reason explain a POSSIBLY_SAME_AS link.
	Score  float64 `json:"score,omitempty"`
	Reason string  `json:"reason,omitempty"`
}

// Time is when an event happened, at the precision the text gives.
type Time struct {
	// Value is ISO 8601 at the known precision (2014, 2017-10, 2017-10-10), "" when unknown.
	Value string
	// Text is the words the time came from.
	Text string
	// Precision is schema.PrecisionYear, PrecisionMonth or PrecisionDay, "" when unknown.
	Precision string
}

type timeJSON struct {
	Value     *string `json:"value"`
	Text      string  `json:"text"`
	Precision string  `json:"precision"`
}

// MarshalJSON writes an unknown time's value as null, as formats.md asks.
func (t Time) MarshalJSON() ([]byte, error) {
	j := timeJSON{Text: t.Text, Precision: t.Precision}
	if t.Value != "" {
		v := t.Value
		j.Value = &v
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads a time written by MarshalJSON, or null.
func (t *Time) UnmarshalJSON(b []byte) error {
	var j *timeJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*t = Time{}
	if j != nil {
		if j.Value != nil {
			t.Value = *j.Value
		}
		t.Text, t.Precision = j.Text, j.Precision
	}
	return nil
}

// Known reports whether the time has a value.
func (t Time) Known() bool { return t.Value != "" }

// Normalize makes every list non-nil, so that the JSON form has each list present.
func (g *Graph) Normalize() {
	if g.Documents == nil {
		g.Documents = []Document{}
	}
	if g.Actors == nil {
		g.Actors = []Actor{}
	}
	if g.Events == nil {
		g.Events = []Event{}
	}
	if g.Relations == nil {
		g.Relations = []Relation{}
	}
	for i := range g.Actors {
		if g.Actors[i].Aliases == nil {
			g.Actors[i].Aliases = []string{}
		}
		if g.Actors[i].Mentions == nil {
			g.Actors[i].Mentions = []Mention{}
		}
	}
	for i := range g.Events {
		if g.Events[i].Participants == nil {
			g.Events[i].Participants = []Participant{}
		}
		if g.Events[i].Evidence == nil {
			g.Events[i].Evidence = []Evidence{}
		}
	}
	for i := range g.Relations {
		if g.Relations[i].Evidence == nil {
			g.Relations[i].Evidence = []Evidence{}
		}
	}
}

// Actor returns the actor with the given id, or nil.
func (g *Graph) Actor(id string) *Actor {
	for i := range g.Actors {
		if g.Actors[i].ID == id {
			return &g.Actors[i]
		}
	}
	return nil
}
