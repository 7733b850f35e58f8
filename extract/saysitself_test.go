package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestSpeakerOfItselfNoPerson checks that a two-word name of a person's shape before "said",
// opening its sentence or inside it ("a claim Grey Lantern said it had …"), is a body, not a person, when the clause said has "it" or "they"
// for the subject of a deed ("Grey Lantern said it had stolen the files"); "it" before a
// copula ("said it was a serious incident") and "he" or "she" leave the person.
func TestSpeakerOfItselfNoPerson(t *testing.T) {
	tests := []kindCase{
		{"said it had stolen", "Grey Lantern said it had stolen the files.", "Grey Lantern", schema.KindOrganization},
		{"said they had stolen", "Grey Lantern said they had stolen the files from Orrin Water.", "Grey Lantern", schema.KindOrganization},
		{"said it, a simple past", "Brightwell Foods said it restored its systems in August.", "Brightwell Foods", schema.KindOrganization},
		{"said it was investigating", "Marsh Harbor said it was investigating the breach.", "Marsh Harbor", schema.KindOrganization},
		{"said in a statement that it", "Ashen Kite said in a statement that it had breached Orrin Water.", "Ashen Kite", schema.KindOrganization},
		{"said it was not responsible", "Orrin Water said on Friday that Grey Lantern had stolen the files. Grey Lantern said it was not responsible.", "Grey Lantern", schema.KindOrganization},
		{"it before a copula is no one", "The agency warned Orrin Water. Drew Halsey said it was a serious incident.", "Drew Halsey", schema.KindPerson},
		{"a person says she", "Elena Varga said she warned the board in May.", "Elena Varga", schema.KindPerson},
		{"added that it", "Marsh Harbor added that it had notified the police.", "Marsh Harbor", schema.KindOrganization},
		{"told an outlet it", "Grey Lantern told Reuters it had stolen the files.", "Grey Lantern", schema.KindOrganization},
		{"told an outlet on a day that it", "Grey Lantern told Reuters on Tuesday that it had stolen the files.", "Grey Lantern", schema.KindOrganization},
		{"inside the sentence, after a noun", "The forum said the files were real, a claim Grey Lantern said it had seen no evidence to support.", "Grey Lantern", schema.KindOrganization},
		{"inside the sentence, after a fronted phrase", "On Tuesday, after the leak, Ashen Kite said it had notified Orrin Water.", "Ashen Kite", schema.KindOrganization},
		{"a name inside the sentence keeps the person", "Orrin Water spokesperson Kell Maro said it notified the regulator on Monday.", "Kell Maro", schema.KindPerson},
	}
	checkKinds(t, tests)
}

// TestSpeakerOfItselfActs checks that the "it" or "they" of the clause a body of a person's
// shape says goes back to that body, the agent of the deed told, and not to a victim named
// in the sentence before.
func TestSpeakerOfItselfActs(t *testing.T) {
	tests := []struct {
		name, body string
		typ        schema.EventType
		agent      string
		notAgent   string // an actor that must be the agent of no event of typ
	}{
		{"it after a victim named before", "Hackers breached Orrin Water in May. Grey Lantern said it had stolen the files.", schema.EventTheft, "grey-lantern", "orrin-water"},
		{"it after that", "Ashen Kite said in a statement that it had breached Orrin Water.", schema.EventIntrusion, "ashen-kite", "orrin-water"},
		{"it denies", "Orrin Water said on Friday that Grey Lantern had stolen the files. Grey Lantern said it was not responsible.", schema.EventDenial, "grey-lantern", "orrin-water"},
		{"told an outlet it", "Grey Lantern told Reuters it had stolen the files.", schema.EventTheft, "grey-lantern", "reuters"},
		{"told an outlet on a day that it", "Grey Lantern told Reuters on Tuesday that it had stolen the files.", schema.EventTheft, "grey-lantern", "reuters"},
		{"a firm told an outlet that it", "Harlow Mutual told Reuters that it had notified the police.", schema.EventWarning, "harlow-mutual", "reuters"},
		{"added that it notified", "Marsh Harbor added that it had notified the police.", schema.EventWarning, "marsh-harbor", "police"},
		{"it warned", "Hackers breached Orrin Water in May. Marsh Harbor said it had warned Orrin Water about the flaw.", schema.EventWarning, "marsh-harbor", "orrin-water"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2025-11-20", tt.body)
			assert.NotNil(t, findEvent(g, tt.typ, tt.agent, ""), "got %s, want %s by %s", eventsString(g), tt.typ, tt.agent)
			assert.Nil(t, findEvent(g, tt.typ, tt.notAgent, ""), "got %s, want no %s by %s", eventsString(g), tt.typ, tt.notAgent)
		})
	}
}
