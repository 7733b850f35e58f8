package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/intelgraph/intelgraph/graph"
	"github.com/intelgraph/intelgraph/schema"
)

// TestObjectOnly checks objectOnly on tagged tokens: only a short noun phrase between a verb
// and "at the time" is the verb's object.
func TestObjectOnly(t *testing.T) {
	tests := []struct {
		name, text string
		v, at      int
		want       bool
	}{
		{"a determiner and a noun", "Karsovia/NNP rejected/VBD the/DT claim/NN at/IN the/DT time/NN ./.", 1, 4, true},
		{"a possessive and an adjective", "Karsovia/NNP denied/VBD the/DT firm/NN 's/POS earlier/JJR claims/NNS at/IN the/DT time/NN", 1, 7, true},
		{"right after the verb", "Karsovia/NNP said/VBD at/IN the/DT time/NN", 1, 2, false},
		{"a clause the verb reports", "Ana/NNP said/VBD the/DT bank/NN was/VBD careless/JJ at/IN the/DT time/NN", 1, 6, false},
		{"no noun", "Karsovia/NNP denied/VBD it/PRP at/IN the/DT time/NN", 1, 3, false},
		{"too long a phrase", "Karsovia/NNP denied/VBD the/DT many/JJ old/JJ and/CC new/JJ claims/NNS of/IN fraud/NN at/IN the/DT time/NN", 1, 10, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := objectOnly(taggedToks(tt.text), tt.v, tt.at)
			assert.Equal(t, tt.want, got, "got %v, want %v", got, tt.want)
		})
	}
}

// TestAtTheTimeParagraphBefore checks that "said at the time" opening a paragraph points back
// to the time the paragraph before it was set at, however many sentences that paragraph
// narrated after the time, but not to a time two paragraphs back (thenReaches).
func TestAtTheTimeParagraphBefore(t *testing.T) {
	const published = "2026-04-10"
	const narration = "On March 3, hackers broke into the network of the Dunmere Water Board. Over the next hours they changed the settings of two pumps. Workers ran the plant by hand for two days."
	tests := []struct {
		name, body string
		sentence   int
		time       string // "" = undated
	}{
		{"the paragraph before", narration + "\n\nNo one fell ill, the Dunmere Water Board said at the time.", 3, "2026-03-03"},
		{"the same paragraph", narration + " No one fell ill, the Dunmere Water Board said at the time.", 3, "2026-03-03"},
		{"two paragraphs back", narration + "\n\nSmall utilities often run old control software. Many lack staff to patch it.\n\nNo one fell ill, the Dunmere Water Board said at the time.", 5, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			ev := eventInSentence(g, schema.EventStatement, "dunmere-water-board", tt.sentence)
			require.NotNil(t, ev, "no statement in sentence %d: %s", tt.sentence, eventsString(g))
			assert.Equal(t, tt.time, ev.Time.Value, "got %q, want %q: %s", ev.Time.Value, tt.time, eventsString(g))
		})
	}
}

// TestSameWeekInSentence checks that "the same week" closing a clause points back to a
// calendar time told before it in its own sentence (spanOpener), and to the sentence before
// when its own sentence names a time only after the phrase.
func TestSameWeekInSentence(t *testing.T) {
	const published = "2026-04-10"
	tests := []struct {
		name, body string
		sentence   int
		time       string
	}{
		{"a time opening the sentence", "Hackers broke into Harlow Bank in 2023.\n\nIn May 2024, prosecutors charged two employees of Velmora Systems, and the Treasury Department sanctioned the firm the same week.",
			1, "2024-05"},
		{"a time after the phrase", "In May 2024, hackers broke into Harlow Bank. The Treasury Department sanctioned Velmora Systems the same week, and in June prosecutors charged two of its employees.",
			1, "2024-05"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			ev := eventInSentence(g, schema.EventSanction, "treasury-department", tt.sentence)
			require.NotNil(t, ev, "no sanction in sentence %d: %s", tt.sentence, eventsString(g))
			assert.Equal(t, tt.time, ev.Time.Value, "got %q, want %q: %s", ev.Time.Value, tt.time, eventsString(g))
		})
	}
}

// TestAtTheTimeInSentence checks that "said at the time" or "reported at the time" closing a
// sentence that names a calendar time before it points back to that time (spanOpener), not
// to the time of an earlier sentence, and still to the earlier sentence's time when its own
// sentence names none.
func TestAtTheTimeInSentence(t *testing.T) {
	const published = "2026-04-10"
	const before = "In 2023, the Ferrow gang hit a port in Valmark. "
	tests := []struct {
		name, body, org string
		sentence        int
		time            string
	}{
		{"a day before the phrase", before + "The countdown expired on March 3, and the gang posted the files, the Harbour Gazette reported at the time.", "harbour-gazette", 1, "2026-03-03"},
		{"a month before the phrase", before + "The gang posted the files in February, the Dunmere Water Board said at the time.", "dunmere-water-board", 1, "2026-02"},
		{"no time in the sentence", before + "No one was hurt, the Dunmere Water Board said at the time.", "dunmere-water-board", 1, "2023"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			ev := eventInSentence(g, schema.EventStatement, tt.org, tt.sentence)
			if ev == nil {
				ev = eventInSentence(g, schema.EventReport, tt.org, tt.sentence)
			}
			require.NotNil(t, ev, "no telling in sentence %d: %s", tt.sentence, eventsString(g))
			assert.Equal(t, tt.time, ev.Time.Value, "got %q, want %q: %s", ev.Time.Value, tt.time, eventsString(g))
		})
	}
}

// TestSameTimeOpener checks sameTimeOpener on tokens: only "At the same time," opening the
// sentence before a comma points back to a time, not the phrase inside a clause.
func TestSameTimeOpener(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"opening with a comma", "At/IN the/DT same/JJ time/NN ,/, police/NNS raided/VBD a/DT flat/NN", true},
		{"that same time", "At/IN that/DT same/JJ time/NN ,/, the/DT firm/NN shut/VBD its/PRP$ servers/NNS", true},
		{"inside a clause", "The/DT firm/NN denied/VBD it/PRP at/IN the/DT same/JJ time/NN ,/, aides/NNS said/VBD", false},
		{"no comma", "At/IN the/DT same/JJ time/NN police/NNS raided/VBD a/DT flat/NN", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sameTimeOpener(taggedToks(tt.text))
			assert.Equal(t, tt.want, got, "got %v, want %v", got, tt.want)
		})
	}
}

// TestAtTheSameTime checks that a sentence opening "At the same time," dates what its main
// clause tells by the time the sentence before it gave (thatTime).
func TestAtTheSameTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a day before", "2025-11-20", "The Treasury Department sanctioned Darvel Systems on Tuesday. At the same time, the Justice Department unsealed an indictment against its founder.",
			schema.EventLegal, "", "", "2025-11-18"},
		{"a month before", "2025-11-20", "Hackers broke into Lumen Bank in March 2024. At the same time, the hackers stole files from Norbury Trust.",
			schema.EventTheft, "", "norbury-trust", "2024-03"},
	}, false)
}

// TestApposedTimes checks that of a vague time and a precise one set side by side as one
// ("last spring, in April"), the deed takes the finer, in either order (apposedTimes).
func TestApposedTimes(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a season, then its month", "2024-02-17", "Hackers broke into the network of Benton Mills last spring, in April.",
			schema.EventIntrusion, "", "benton-mills", "2023-04"},
		{"years ago, then a month", "2024-02-17", "The crew stole the files of Carver Labs two years ago, in March 2022.",
			schema.EventTheft, "", "carver-labs", "2022-03"},
		{"a count from a day, then a month", "2024-02-17", "Orwell Health found the breach on Oct. 2, but the hackers first broke into its network more than a year earlier, in August 2022.",
			schema.EventIntrusion, "", "orwell-health", "2022-08"},
		{"the month first", "2024-02-17", "Hackers broke into the servers of Pell Bank in March 2022, two years ago.",
			schema.EventIntrusion, "", "pell-bank", "2022-03"},
	}, false)
}

// TestWhenInsert checks whenInsert on tokens: an attribution set between commas right after
// "when" is stepped over, and a clause that goes on with no such attribution is read from "when".
func TestWhenInsert(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"a subject and its verb", ",/, investigators/NNS say/VBP ,/, the/DT crew/NN broke/VBD in/RP", 4},
		{"according to", ",/, according/VBG to/TO court/NN papers/NNS ,/, two/CD men/NNS stole/VBD files/NNS", 6},
		{"no comma", "the/DT crew/NN broke/VBD in/RP", 0},
		{"a phrase with no verb", ",/, in/IN the/DT spring/NN ,/, the/DT crew/NN broke/VBD in/RP", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := whenInsert(taggedToks(tt.text), 0)
			assert.Equal(t, tt.want, got, "got %d, want %d", got, tt.want)
		})
	}
}

// TestWhenAttributionTime checks that a deed told in a "when" clause after a time, with an
// attribution set into the clause ("March 2019, when, investigators say, the crew broke into
// …"), takes that time, though a later time in the sentence dates another deed.
func TestWhenAttributionTime(t *testing.T) {
	checkTimes(t, []timeCase{
		{"a verb of saying", "2025-11-20", "The trouble began in April 2021, when, the company said, intruders broke into the network of Harlan Foods, a grocer in Ohio, and encrypted its servers on April 30.",
			schema.EventIntrusion, "", "harlan-foods", "2021-04"},
		{"a verb of belief", "2025-11-20", "It started in July 2019, when, officials believe, Red Fen hackers breached the servers of Quorra Telecom, a carrier in Lagos, before their demands on August 2.",
			schema.EventIntrusion, "", "quorra-telecom", "2019-07"},
	}, false)
}

// TestStepToldAgain checks that a court step told again of the same person with no time
// ("Sentencing him, the judge said …", "Jailing her, …") takes the time of the step told
// before (stepToldAgain), not a year carried from the deed told between.
func TestStepToldAgain(t *testing.T) {
	const published = "2023-05-30"
	tests := []struct {
		name, body, target string
		sentence           int
		time               string
	}{
		{"sentencing after a deed", "Pavel Noor, 24, was sentenced at Bristol Crown Court on Friday after pleading guilty to hacking Orwell Health.\n\nNoor broke into the hospital's network in 2021.\n\nSentencing him, Judge Ruth Ames said Noor had shown no remorse.",
			"pavel-noor", 2, "2023-05-26"},
		{"jailing after jailed", "Ida Lenz was jailed for six years on Friday for stealing data from Carver Bank.\n\nJailing her, Judge Mara Quist said the theft had caused great distress.",
			"ida-lenz", 1, "2023-05-26"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			var ev *graph.Event
			for i, e := range g.Events {
				if e.Type == schema.EventLegal && hasParticipant(e, tt.target, schema.RoleTarget) && e.Evidence[len(e.Evidence)-1].Sentence == tt.sentence {
					ev = &g.Events[i]
				}
			}
			require.NotNil(t, ev, "no legal step on %q in sentence %d: %s", tt.target, tt.sentence, eventsString(g))
			assert.Equal(t, tt.time, ev.Time.Value, "got %q, want %q: %s", ev.Time.Value, tt.time, eventsString(g))
		})
	}
}

// TestTailSoon checks that "soon afterward" and its kin closing a sentence date what it tells
// by the month of the time told before (sequelTime, tailSoon), as they do opening it.
func TestTailSoon(t *testing.T) {
	const published = "2025-11-20"
	tests := []struct {
		name, body, agent string
		time              string
	}{
		{"soon afterward", "Hackers broke into the network of Pellam Water in March 2023. The FBI warned the utility soon afterward.", "federal-bureau-of-investigation", "2023-03"},
		{"shortly afterwards", "A clerk at Orlin Bank spotted the transfers in June 2022. The bank alerted the police shortly afterwards.", "orlin-bank", "2022-06"},
		{"soon after a day", "Intruders breached Kessler Rail on June 14, 2023. The company alerted the transport ministry soon after.", "kessler-rail", "2023-06"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			ev := eventInSentence(g, schema.EventWarning, tt.agent, 1)
			require.NotNil(t, ev, "no warning by %q in sentence 1: %s", tt.agent, eventsString(g))
			assert.Equal(t, tt.time, ev.Time.Value, "got %q, want %q: %s", ev.Time.Value, tt.time, eventsString(g))
		})
	}
}

// TestPerfectDeedSaidOnDay checks that a deed told in the past perfect in a clause a verb of
// saying reports is not dated by the day of the saying told before it, whether the speaker is
// named or not (reportingVerbBetween).
func TestPerfectDeedSaidOnDay(t *testing.T) {
	const published = "2025-11-20"
	tests := []struct {
		name, body, target string
		typ                schema.EventType
	}{
		{"a fronted participle", "Speaking on Friday, the minister said hackers had stolen data from Orlin Bank.", "orlin-bank", schema.EventTheft},
		{"a fronted day", "On Monday, the prosecutor said the men had hacked Ferris Bank.", "ferris-bank", schema.EventIntrusion},
		{"a news conference", "At a news conference on Thursday, the attorney said the hackers had encrypted the systems of Dobbs Rail.", "dobbs-rail", schema.EventAttack},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			ev := findEvent(g, tt.typ, "", tt.target)
			require.NotNil(t, ev, "no %s on %q: %s", tt.typ, tt.target, eventsString(g))
			assert.Equal(t, "", ev.Time.Value, "got %q, want no time: %s", ev.Time.Value, eventsString(g))
		})
	}
}

// TestSaidParticipleDay checks that a telling told by a participle hanging on a verb of saying
// takes the day the saying's clause gives ("said in a statement on Monday, calling the report
// groundless"; saidParticiple).
func TestSaidParticipleDay(t *testing.T) {
	const published = "2025-11-20"
	tests := []struct {
		name, body, agent string
		typ               schema.EventType
		time              string
	}{
		{"a quote first", `"We oppose all hacking," a spokesman, Ivo Dren, said in a statement on Monday, calling the report groundless.`,
			"ivo-dren", schema.EventDenial, "2025-11-17"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, published, tt.body)
			ev := findEvent(g, tt.typ, tt.agent, "")
			require.NotNil(t, ev, "no %s by %q: %s", tt.typ, tt.agent, eventsString(g))
			assert.Equal(t, tt.time, ev.Time.Value, "got %q, want %q: %s", ev.Time.Value, tt.time, eventsString(g))
		})
	}
}

// TestMannerAtTheTime checks that "at the time" after a phrase naming the way a telling was
// made ("said in a statement at the time that …", "denied the claim in a post at the time")
// dates the telling with the time the narrative last gave (mannerOnly).
func TestMannerAtTheTime(t *testing.T) {
	const published = "2025-11-20"
	tests := []sentenceTime{
		{"said in a statement", "In May 2024, the Commerce Department added Velmor Optics to its Entity List. Velmor Optics said in a statement at the time that it had done nothing wrong.",
			schema.EventStatement, "velmor-optics", 1, "2024-05"},
		{"said in an interview", "In August 2021, a gang called Ransom Moth leaked files from Pellam Council. Pellam Council said in an interview at the time that it would not pay.",
			schema.EventStatement, "pellam-council", 1, "2021-08"},
		{"a manner phrase with its own place", "In April 2018, Kestrel Labs accused Iran of the attack. Iran said in a statement on its website at the time that the claims were false.",
			schema.EventStatement, "iran", 1, "2018-04"},
		{"an object before the manner phrase", "In October 2020, the Ministry of Defence accused Russia of the intrusion. The Russian embassy denied the accusation in a statement at the time.",
			schema.EventDenial, "russian-embassy", 1, "2020-10"},
	}
	checkSentenceTimes(t, published, tests)
}

// TestMannerOnly checks mannerOnly on tagged tokens: a phrase with "in" naming the way of
// telling, after an optional short object, stands between a verb and "at the time".
func TestMannerOnly(t *testing.T) {
	tests := []struct {
		name, text string
		v, at      int
		want       bool
	}{
		{"in a statement", "Velmor/NNP said/VBD in/IN a/DT statement/NN at/IN the/DT time/NN", 1, 5, true},
		{"an object first", "Velmor/NNP denied/VBD the/DT claim/NN in/IN a/DT post/NN at/IN the/DT time/NN", 1, 7, true},
		{"a place after the manner", "Velmor/NNP said/VBD in/IN a/DT post/NN on/IN its/PRP$ website/NN at/IN the/DT time/NN", 1, 8, true},
		{"no phrase with in", "Velmor/NNP denied/VBD the/DT claim/NN at/IN the/DT time/NN", 1, 4, false},
		{"a clause the verb reports", "Ana/NNP said/VBD the/DT bank/NN was/VBD in/IN trouble/NN at/IN the/DT time/NN", 1, 7, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mannerOnly(taggedToks(tt.text), tt.v, tt.at)
			assert.Equal(t, tt.want, got, "got %v, want %v", got, tt.want)
		})
	}
}

// TestSequelAtTextEnd checks that a span opener closing a text with no full stop ("A few days
// later", "Just a few days later") gives no time and no panic: sequelTime reads the word after
// the span only when there is one.
func TestSequelAtTextEnd(t *testing.T) {
	for _, tail := range []string{"A few days later", "Just a few days later", "Only hours later", "Within a few days"} {
		t.Run(tail, func(t *testing.T) {
			g := extractText(t, "2025-11-20", "Hackers stole customer records from Orlin Bank on May 3, 2024.\n\n"+tail)
			ev := eventInSentence(g, schema.EventTheft, "orlin-bank", 0)
			if ev == nil {
				ev = triggeredIn(g, "steal", 0)
			}
			require.NotNil(t, ev, "no theft: %s", eventsString(g))
			assert.Equal(t, "2024-05-03", ev.Time.Value, eventsString(g))
		})
	}
}
