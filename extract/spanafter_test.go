package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSpanAfter checks that a deed told a span after an event the text named and dated
// before, by a noun of the same stem ("days after the indictment", "shortly after Ruhl's
// arrest", "weeks after the breach"), or within days of learning of something from a dated
// telling to its doer, takes the anchor's time at the precision the span allows, also from an
// incident of the noun's family told by another verb ("broke into … Days after the breach");
// and that an undated anchor, two anchors that disagree, another victim's incident on another
// day or none, a clause after "after" and a span of duration leave it undated.
func TestSpanAfter(t *testing.T) {
	const published = "2025-11-20"
	tests := []lemmaTime{
		{"days after a month's indictment", "A grand jury in Harwick indicted Mirela Santov in September 2024. Days after the indictment, a spokeswoman for the Calvorian foreign ministry denied any part in the scheme.", "deny", "2024"},
		{"days after a day's attack, trailing", "The Orlan gang attacked Fenwick Mills on August 3. The company notified the FBI days after the attack.", "notify", "2025-08"},
		{"days after a day near a month's end", "The Orlan gang attacked Fenwick Mills on August 30. Days after the attack, the company notified its insurers.", "notify", "2025"},
		{"within days of the attack, passive", "The Orlan gang attacked Fenwick Mills on August 3. The FBI was notified by the company within days of the attack.", "notify", "2025-08"},
		{"shortly after a name's arrest", "Police arrested Tomas Ruhl on May 14. The Velmar consulate denied any link to him shortly after Ruhl's arrest.", "deny", "2025-05"},
		{"weeks after a day", "The Kestrel group breached Marrow Bank on July 9. Weeks after the breach, Marrow Bank alerted the state regulator.", "alert", "2025"},
		{"counted months after a month", "Hackers breached Pell Systems in May 2021. Two months after the breach, Pell Systems sued its software vendor.", "sue", "2021-07"},
		{"within days of learning of the intrusion", "The Tessaly Cyber Office warned Grenmoor Ferries on April 6. Grenmoor Ferries informed its passengers within days of learning of the intrusion.", "inform", "2025-04"},
		{"soon after a year's hack", "The Brava Group hacked Tolland Bank in 2023. Soon after the hack, Tolland Bank notified the police.", "notify", "2023"},
		{"weeks after a December breach", "Hackers breached Dorne Health in December 2024. Weeks after the breach, Dorne Health alerted the state regulator.", "alert", ""},
		{"an undated anchor", "The Orlan gang attacked Fenwick Mills. Days after the attack, the company notified its insurers.", "notify", ""},
		{"a clause after after", "The Orlan gang hit Fenwick Mills on August 3. The Velmar ministry warned its embassies days after a ransomware attack shut down its servers.", "warn", ""},
		{"learning with no telling to the doer", "Intruders broke into the booking servers of Grenmoor Ferries on April 6. Grenmoor Ferries informed its passengers within days of learning of the intrusion.", "inform", ""},
	}
	checkLemmaTimes(t, published, 1, tests)
	disagree := []lemmaTime{
		{"two arrests on other days", "Police arrested Tomas Ruhl on May 14. Police arrested Ana Pell on July 2. Days after the arrest, the Velmar ministry warned its embassies about the case.", "warn", ""},
	}
	checkLemmaTimes(t, published, 2, disagree)
	kin := []lemmaTime{
		{"days after the breach of a break-in", "Hackers broke into Verano Freight on September 3. Days after the breach, Verano Freight notified the police.", "notify", "2025-09"},
		{"weeks after the theft of a stealing", "The Orlan gang stole payroll files from Dorne Foods in March. Weeks after the theft, Dorne Foods alerted its staff.", "alert", "2025"},
		{"within days of the attack of a crippling", "Ransomware crippled Fenwick Rail on July 8. Within days of the attack, Fenwick Rail alerted the transport ministry.", "alert", "2025-07"},
	}
	checkLemmaTimes(t, published, 1, kin)
	rival := []lemmaTime{
		{"another victim's undated incident", "In 2019 the Orlan gang attacked Pell Water. Hackers later hit Dorne Foods. Days after the attack, Dorne Foods notified the police.", "notify", ""},
	}
	checkLemmaTimes(t, published, 2, rival)
}

// TestSpanValue checks spanValue: the anchor counted on by a span, at the precision the span
// allows.
func TestSpanValue(t *testing.T) {
	tests := []struct {
		name, anchor, unit string
		n                  int
		want               string
	}{
		{"two days after a day", "2025-03-12", "day", 2, "2025-03-14"},
		{"days after a day early in a month", "2025-03-12", "day", 0, "2025-03"},
		{"days after a day late in a month", "2025-03-28", "day", 0, "2025"},
		{"days after a day late in December", "2025-12-28", "day", 0, ""},
		{"shortly after a day", "2025-03-02", "soon", 0, "2025-03"},
		{"a week after a day", "2025-03-03", "week", 1, "2025-03"},
		{"two weeks after a day near a month's end", "2025-03-16", "week", 2, "2025"},
		{"weeks after a day", "2025-03-14", "week", 0, "2025"},
		{"weeks after a November day", "2025-11-14", "week", 0, ""},
		{"two months after a day", "2025-03-14", "month", 2, "2025-05"},
		{"months after a day", "2025-03-14", "month", 0, ""},
		{"days after a month", "2025-03", "day", 0, "2025"},
		{"days after December", "2025-12", "day", 0, ""},
		{"three months after a month", "2023-11", "month", 3, "2024-02"},
		{"a year after a month", "2023-11", "year", 1, "2024"},
		{"days after a year", "2023", "day", 0, "2023"},
		{"years after a year", "2023", "year", 0, ""},
		{"months after a year", "2023", "month", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := spanValue(tt.anchor, tt.unit, tt.n)
			assert.Equal(t, tt.want, got, "got %q, want %q", got, tt.want)
		})
	}
}

// TestFollowedSpan checks followedSpan on tagged tokens: a fronted span a relative "that
// followed" or "which followed" runs on from the narrative's time is read with its unit, to its
// comma or its clause's subject; a singular unit, another verb, a sentence told in the future
// and a span that does not open the sentence are not.
func TestFollowedSpan(t *testing.T) {
	span := spanPeriod
	tests := []struct {
		name, text string
		want       int
		unit       string
	}{
		{"weeks with a comma", "In/IN the/DT weeks/NNS that/WDT followed/VBD ,/, the/DT gang/NN leaked/VBD files/NNS ./.", 5, "weeks"},
		{"days before the subject", "Over/IN the/DT days/NNS that/WDT followed/VBD the/DT bank/NN alerted/VBD police/NNS ./.", 5, "days"},
		{"which followed", "During/IN the/DT months/NNS which/WDT followed/VBD ,/, Orlan/NNP hit/VBD Pell/NNP Water/NNP ./.", 5, "months"},
		{"a singular unit", "In/IN the/DT week/NN that/WDT followed/VBD ,/, the/DT gang/NN leaked/VBD files/NNS ./.", 0, ""},
		{"another verb", "In/IN the/DT weeks/NNS that/WDT remained/VBD ,/, the/DT gang/NN leaked/VBD files/NNS ./.", 0, ""},
		{"told in the future", "In/IN the/DT weeks/NNS that/WDT followed/VBD ,/, the/DT gang/NN will/MD leak/VB files/NNS ./.", 0, ""},
		{"not opening the sentence", "The/DT gang/NN leaked/VBD files/NNS in/IN the/DT weeks/NNS that/WDT followed/VBD ./.", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, unit := followedSpan(taggedToks(tt.text), span)
			assert.Equal(t, tt.want, got, "got %d, want %d", got, tt.want)
			assert.Equal(t, tt.unit, unit, "got %q, want %q", unit, tt.unit)
		})
	}
	const published = "2025-11-20"
	checkLemmaTimes(t, published, 1, []lemmaTime{
		{"weeks that followed a day", "Hackers broke into Verano Freight on September 3. In the weeks that followed, the gang leaked payroll files from Verano Freight.", "leak", "2025"},
		{"days that followed a day", "Hackers broke into Verano Freight on September 3. In the days that followed, the gang leaked payroll files from Verano Freight.", "leak", "2025-09"},
	})
}
