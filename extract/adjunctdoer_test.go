package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestAdjunctPastDescribedObject checks that a participial adjunct after an object whose name
// has a description set in apposition ("struck X, a clinic in Ostby, copying …") is done by the
// main clause's subject, not by the object's name or a name inside the description
// (describedApposition), and that a participle after "before" inside such an adjunct ("copying
// records before encrypting its servers") is done by the same subject.
func TestAdjunctPastDescribedObject(t *testing.T) {
	checkEventRules(t, "2025-06-10", []eventCase{
		{"stealing past a described object", "In May, Grey Heron struck Harrow Clinic, a small practice in Ostby, stealing patient records.",
			schema.EventTheft, "grey-heron", "harrow-clinic", true},
		{"the object does not steal", "In May, Grey Heron struck Harrow Clinic, a small practice in Ostby, stealing patient records.",
			schema.EventTheft, "harrow-clinic", "", false},
		{"a person copying another's records", "In May, Mr. Pavel Dalen struck Harrow Clinic, a small practice in Ostby, copying records on 9,000 patients before encrypting its servers.",
			schema.EventTheft, "pavel-dalen", "harrow-clinic", true},
		{"the object does not encrypt its own servers", "In May, Mr. Pavel Dalen struck Harrow Clinic, a small practice in Ostby, copying records on 9,000 patients before encrypting its servers.",
			schema.EventAttack, "harrow-clinic", "", false},
		{"the one sued does not accuse", "Orvane Mail has sued Kestrel Soft, a spyware maker based in Vessa, accusing it of hacking the phones of journalists.",
			schema.EventAccusation, "kestrel-soft", "", false},
	})
}
