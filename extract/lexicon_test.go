package extract

import (
	"strings"
	"testing"

	"github.com/intelgraph/intelgraph/schema"
	"github.com/stretchr/testify/assert"
)

// TestLexiconClasses checks the trigger classes of trickery, detection, fixes and updates, and
// the gates that keep their everyday senses out: a finding or explaining verb needs a flaw, a
// releasing, installing or issuing verb needs a fix or update.
func TestLexiconClasses(t *testing.T) {
	checkEventRules(t, "2024-06-10", []eventCase{
		{"stealing", "Grey Heron was stealing Nimbus Systems' payroll records for months.",
			schema.EventTheft, "grey-heron", "", true},
		{"tricked", "Scammers tricked Harrow County staff into wiring money.",
			schema.EventAttack, "", "", true},
		{"duped", "Grey Heron duped Nimbus Systems with fake invoices.",
			schema.EventAttack, "grey-heron", "", true},
		{"posing as", "The emails pretended to come from Nimbus Systems.",
			schema.EventAttack, "", "", true},
		{"detected", "Brightwater Labs detected the intrusion in March.",
			schema.EventReport, "brightwater-labs", "", true},
		{"identified a flaw", "Brightwater Labs identified a flaw in Nimbus Systems' router firmware.",
			schema.EventReport, "brightwater-labs", "", true},
		{"identified a person", "Police identified the driver on Monday.",
			schema.EventReport, "", "", false},
		{"released a patch", "Nimbus Systems released a patch on Monday.",
			schema.EventOther, "nimbus-systems", "", true},
		{"released from prison", "Jon Varga was released from prison on Monday.",
			schema.EventOther, "", "", false},
		{"updated", "Nimbus Systems updated its router firmware on Monday.",
			schema.EventOther, "nimbus-systems", "", true},
		{"installed an update", "Harrow County installed the update on Friday.",
			schema.EventOther, "", "", true},
		{"issued a statement", "Harrow County issued a statement on Friday.",
			schema.EventOther, "", "", false},
	})
}

// TestVerbsHaveParticiples checks that every verb of the trigger lexicon is found in its
// present participle ("were stealing records", "was spying on"), also when its other forms are
// listed as irregular: a verb reading, or a noun reading of the same type for gerunds kept as
// nouns.
func TestVerbsHaveParticiples(t *testing.T) {
	lx, err := loadLexicon()
	if !assert.NoError(t, err) {
		return
	}
	lemmas := map[string]schema.EventType{}
	for _, readings := range lx {
		for _, r := range readings {
			if r.Verb {
				lemmas[r.Lemma] = r.Type
			}
		}
	}
	for lemma, typ := range lemmas {
		found := false
		for _, form := range ingForms(lemma) {
			for _, r := range lx[form] {
				if r.Type == typ {
					found = true
				}
			}
		}
		assert.True(t, found, "no -ing form of %q", lemma)
	}
}

// ingForms lists the spellings a present participle of lemma may take.
func ingForms(lemma string) []string {
	forms := []string{lemma + "ing", lemma + lemma[len(lemma)-1:] + "ing"}
	if strings.HasSuffix(lemma, "ie") {
		forms = append(forms, lemma[:len(lemma)-2]+"ying") // "tying"
	}
	if strings.HasSuffix(lemma, "e") {
		forms = append(forms, lemma[:len(lemma)-1]+"ing")
	}
	return forms
}
