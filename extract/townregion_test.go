package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestTownRegionAside checks that a town and its state written inside an aside between a
// speaker and the verb of saying ("X, the Arlington, Va., firm, said", "X, a lawyer in Boise,
// Idaho, said", "X, which is based in Dayton, Ohio, said") leaves the name before the aside as
// the speaker, not the state; so does a town and state placing the subject ("Harbor Clinic in
// Dayton, Ohio, said").
func TestTownRegionAside(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"abbreviated state before a noun", "Brackwell Security, the Arlington, Va., forensics company, said in a report released on Wednesday that the intruders first logged in during May.",
			schema.EventReport, "brackwell-security", "", true},
		{"not the state", "Brackwell Security, the Arlington, Va., forensics company, said in a report released on Wednesday that the intruders first logged in during May.",
			schema.EventReport, "va", "", false},
		{"state written out", "Brackwell Security, a Reston, Virginia, company, said the intrusion began in May.",
			schema.EventStatement, "brackwell-security", "", true},
		{"state before -based", "Brackwell Security, an Arlington, Va.-based firm, said the intrusion began in May.",
			schema.EventStatement, "brackwell-security", "", true},
		{"two countries listed are no town and state", "Officials in Russia, Georgia, said the attack began in May.",
			schema.EventStatement, "russia", "", true},
		{"town and state after in", "Tomas Vink, a lawyer in Boise, Idaho, said the company had paid no ransom.",
			schema.EventStatement, "tomas-vink", "", true},
		{"town and state before a role, denied", "Tomas Vink, a Boise, Idaho, lawyer who represents the company, denied that any files had been taken.",
			schema.EventDenial, "tomas-vink", "", true},
		{"body placed in a town and state", "Harbor Clinic in Dayton, Ohio, said it was hit on Tuesday.",
			schema.EventStatement, "harbor-clinic", "", true},
		{"not the state after the town", "Harbor Clinic in Dayton, Ohio, said it was hit on Tuesday.",
			schema.EventStatement, "ohio", "", false},
		{"based in a town and state", "Brell Labs, which is based in Dayton, Ohio, said the company had paid no ransom.",
			schema.EventStatement, "brell-labs", "", true},
	})
}
