package schema

import "strings"

// ActorKind is the kind of an actor: who or what it is.
type ActorKind string

// Actor kinds, as written in the graph document (formats.md).
const (
	KindPerson       ActorKind = "person"
	KindOrganization ActorKind = "organization"
	KindAgency       ActorKind = "agency"
	KindCountry      ActorKind = "country"
	KindGroup        ActorKind = "group"
	KindPlace        ActorKind = "place"
)

// ActorKinds lists every actor kind in a fixed order.
var ActorKinds = []ActorKind{KindPerson, KindOrganization, KindAgency, KindCountry, KindGroup, KindPlace}

// Valid reports whether k is one of ActorKinds.
func (k ActorKind) Valid() bool {
	for _, x := range ActorKinds {
		if k == x {
			return true
		}
	}
	return false
}

// Label is the Neo4j label that an actor of kind k carries besides Actor (for example Person).
func (k ActorKind) Label() string {
	switch k {
	case KindPerson:
		return "Person"
	case KindOrganization:
		return "Organization"
	case KindAgency:
		return "Agency"
	case KindCountry:
		return "Country"
	case KindGroup:
		return "Group"
	case KindPlace:
		return "Place"
	}
	return "Organization"
}

// EventType is what kind of thing happened.
type EventType string

// Event types, as written in the graph document (formats.md).
const (
	EventIntrusion  EventType = "intrusion"
	EventTheft      EventType = "theft"
	EventLeak       EventType = "leak"
	EventEspionage  EventType = "espionage"
	EventAttack     EventType = "attack"
	EventWarning    EventType = "warning"
	EventReport     EventType = "report"
	EventStatement  EventType = "statement"
	EventDenial     EventType = "denial"
	EventAccusation EventType = "accusation"
	EventSanction   EventType = "sanction"
	EventLegal      EventType = "legal"
	EventOther      EventType = "other"
)

// EventTypes lists every event type in a fixed order.
var EventTypes = []EventType{EventIntrusion, EventTheft, EventLeak, EventEspionage, EventAttack,
	EventWarning, EventReport, EventStatement, EventDenial, EventAccusation, EventSanction,
	EventLegal, EventOther}

// Valid reports whether t is one of EventTypes.
func (t EventType) Valid() bool {
	for _, x := range EventTypes {
		if t == x {
			return true
		}
	}
	return false
}

// Label is the Neo4j label an event of type t carries besides Event (for example Intrusion).
func (t EventType) Label() string {
	if !t.Valid() {
		return "Other"
	}
	s := string(t)
	return strings.ToUpper(s[:1]) + s[1:]
}

// Role is the part an actor plays in an event.
type Role string

// Participant roles.
const (
	RoleAgent      Role = "agent"      // who did it
	RoleTarget     Role = "target"     // to whom: victim, the one told, the one accused
	RoleSource     Role = "source"     // who asserts that it happened
	RoleInstrument Role = "instrument" // what it was done with
	RoleLocation   Role = "location"   // where it happened
)

// Roles lists every participant role in a fixed order.
var Roles = []Role{RoleAgent, RoleTarget, RoleSource, RoleInstrument, RoleLocation}

// Relation types between actors, in UPPER_SNAKE as in the graph document.
const (
	// RelInformed is who-told-whom: one for each warning event, agent to target.
	RelInformed = "INFORMED"
	// RelAffiliatedWith links an actor to one it works for or belongs to.
	RelAffiliatedWith = "AFFILIATED_WITH"
	// RelPartOf links a unit to the organisation or country it is part of.
	RelPartOf = "PART_OF"
	// RelPossiblySameAs links two actors that may be one, when the evidence is not conclusive.
	RelPossiblySameAs = "POSSIBLY_SAME_AS"
)

// Time precisions of an event's date.
const (
	PrecisionYear  = "year"
	PrecisionMonth = "month"
	PrecisionDay   = "day"
)
