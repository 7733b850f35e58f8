package graph

// TimelineQuery selects events for a timeline. Zero fields select everything.
type TimelineQuery struct {
	// Actor keeps events in which an actor with this name, alias or id takes part.
	Actor string
	// From and To keep dated events whose period overlaps [From, To] (ISO dates, any
	// precision). Undated events are kept only when neither is set.
	From, To string
}

// TimelineEntry is one event on a timeline, in a form every store can produce.
type TimelineEntry struct {
	EventID string `json:"event"`
	Type    string `json:"type"`
	Time    Time   `json:"time"`
	// AlsoDated are other dates other reports of the event give.
	AlsoDated []string `json:"also_dated,omitempty"`
	Agents    []string `json:"agents"`
	Targets   []string `json:"targets"`
	// Claimants are the actors in the source role: who asserts the event.
	Claimants []string `json:"claimants"`
	// Documents are the ids of the documents that report the event, sorted.
	Documents []string `json:"documents"`
	// Outlets is the number of distinct outlets that report the event.
	Outlets int `json:"outlets"`
	// Anonymous is how many of the reporting documents rest it on unnamed sources only.
	Anonymous int `json:"anonymous"`
	// DeniedBy are the names of the actors who deny the event.
	DeniedBy []string `json:"denied_by"`
	// Evidence is the first evidence text (by document, then sentence).
	Evidence string `json:"evidence"`
	Negated  bool   `json:"negated,omitempty"`
	Modality string `json:"modality,omitempty"`
}

// ToldQuery selects who-told-whom links. Zero fields select everything.
type ToldQuery struct {
	// From and To keep links whose teller (From) or told (To) actor has this name, alias or id.
	From, To string
}

// ToldEntry is one who-told-whom link.
type ToldEntry struct {
	FromID string `json:"from_id"`
	From   string `json:"from"`
	ToID   string `json:"to_id"`
	To     string `json:"to"`
	// Documents are the ids of the documents that state the link, sorted.
	Documents []string `json:"documents"`
	// Evidence is the first evidence text (by document, then sentence).
	Evidence string `json:"evidence"`
}

// PathStep is one node on a path: an actor or an event.
type PathStep struct {
	// Kind is "actor" or "event".
	Kind string `json:"kind"`
	ID   string `json:"id"`
	// Label is the actor's name, or the event's type and time.
	Label string `json:"label"`
}

// Path is the shortest chain of actors and events between two actors.
type Path struct {
	Steps []PathStep `json:"steps"`
}

// ActorSummary is one actor in a listing: its names and how many documents name it.
type ActorSummary struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Kind      string   `json:"kind"`
	Aliases   []string `json:"aliases"`
	Documents int      `json:"documents"`
	// Names are the words each document used for the actor, with those documents.
	Names []NameUse `json:"names"`
}

// NameUse is one surface name of an actor and the documents that use it.
type NameUse struct {
	Name      string   `json:"name"`
	Documents []string `json:"documents"`
}

// PossibleMatch is a pair of actors that may be one, for an analyst to review.
type PossibleMatch struct {
	A      ActorSummary `json:"a"`
	B      ActorSummary `json:"b"`
	Score  float64      `json:"score"`
	Reason string       `json:"reason"`
}
