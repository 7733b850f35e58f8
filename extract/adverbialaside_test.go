package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestAdverbialAsideSpeaker checks that a prepositional or participial phrase set off by commas
// between a subject and its verb of saying or denying, telling how, where or when it spoke ("in
// a short statement on Wednesday", "speaking at a news conference", "through its embassy"),
// leaves the subject before it as the speaker, a description or a body placed in a city too; a
// name inside such a phrase never speaks.
func TestAdverbialAsideSpeaker(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"description, in a statement", "The Russian government, in a statement on Wednesday, denied the claims.",
			schema.EventDenial, "russia", "", true},
		{"through its embassy", "The Russian government, through its embassy in Oslo, denied any role in the attack.",
			schema.EventDenial, "russia", "", true},
		{"mission in a city, in a post", "The Russian Embassy in Oslo, in a post on its website, dismissed the report as \"baseless.\"",
			schema.EventDenial, "russian-embassy-in-oslo", "", true},
		{"possessed spokesman, speaking", "Brell Labs said it was investigating. The company's spokesman, speaking at a news conference in Tarvik on Tuesday, denied that any data had been taken.",
			schema.EventDenial, "brell-labs", "", true},
		{"described company, responding", "Brell Labs was hit in May. The company, responding to questions from reporters, said it had paid no ransom.",
			schema.EventStatement, "brell-labs", "", true},
		{"name in the aside is no speaker", "The report, in a section on Brell Labs, said the group had stolen designs.",
			schema.EventStatement, "brell-labs", "", false},
	})
}
