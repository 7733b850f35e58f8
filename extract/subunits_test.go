package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSubUnits checks that a unit named through its parent agency ("X's Office of Y", "DOE
// OGP") is the parent's actor, and that a unit the gazetteer knows, or a person, is not.
func TestSubUnits(t *testing.T) {
	tests := []struct {
		name, body   string
		parent, unit string
		sameActor    bool
	}{
		{"possessive unit", "The U.S. Department of Energy's Office of Grid Protection warned utilities on Tuesday.",
			"Department of Energy", "Office of Grid Protection", true},
		{"acronym chain", "The Department of Energy's Office of Grid Protection (OGP) warned utilities. DOE OGP said the attackers used stolen passwords.",
			"Department of Energy", "OGP", true},
		{"possessive after an acronym chain", "The Department of Energy's Office of Grid Protection (OGP) warned utilities. DOE OGP's Threat Analysis Division said the same.",
			"Department of Energy", "Threat Analysis Division", true},
		{"a known agency stays apart", "The Department of Homeland Security's Cybersecurity and Infrastructure Security Agency warned utilities.",
			"Department of Homeland Security", "Cybersecurity and Infrastructure Security Agency", false},
		{"a person stays apart", "The FBI's Christopher Wray warned utilities on Tuesday.",
			"FBI", "Christopher Wray", false},
		{"unit of a described parent", "The Halden Ministry of Finance froze the accounts on Monday. An official of the ministry's Revenue Protection Division said the group had stolen funds.",
			"Halden Ministry of Finance", "Revenue Protection Division", true},
		{"the department that opens the story", "The Corvian Justice Department on Tuesday charged two men with hacking a port. A day later, the Corvian Treasury Department's Office of Asset Control sanctioned them. The State Department offered a reward. Officials believe the men remain abroad. A lawyer of the department's National Security Division said the men had worked for a front company.",
			"Corvian Justice Department", "National Security Division", true},
		{"a unit of a described company stays apart", "Harlow Mutual said on Monday that its systems were breached. Analysts at the company's Threat Response Division said the group had stolen files.",
			"Harlow Mutual", "Threat Response Division", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			p, u := actorByName(g, tt.parent), actorByName(g, tt.unit)
			require.NotNil(t, p, "no actor %q", tt.parent)
			require.NotNil(t, u, "no actor %q", tt.unit)
			assert.Equal(t, tt.sameActor, p.ID == u.ID, "%s / %s", p.ID, u.ID)
		})
	}
}

// TestMultiWordShortForms checks that a company, or an agency the gazetteer does not know, named
// without its generic last words is the same body, that a one-word short form after a name given
// in full and in short is that body, and that a short form two names share, or a person, is left
// alone.
func TestMultiWordShortForms(t *testing.T) {
	tests := []struct {
		name, body  string
		long, short string
		sameActor   bool
	}{
		{"labs dropped", "Arctic Fox Labs published a report on Monday. Arctic Fox said the group targeted banks.",
			"Arctic Fox Labs", "Arctic Fox", true},
		{"two suffixes dropped", "Blue Harbor Security Inc. found the flaw. Blue Harbor said it warned customers.",
			"Blue Harbor Security Inc.", "Blue Harbor", true},
		{"two companies share the short form", "Arctic Fox Labs and Arctic Fox Security both found the flaw. Arctic Fox said it warned customers.",
			"Arctic Fox Labs", "Arctic Fox", false},
		{"a person", "Grey Owl Labs hired Mr. Grey Owl in May. Grey Owl said he would lead research.",
			"Grey Owl Labs", "Grey Owl", false},
		{"an unknown agency's body word dropped after said", "Treasury said Harlow Digital Agency ran eleven fake news sites. In a statement, Treasury said Harlow Digital acted as a successor to an older troll farm.",
			"Harlow Digital Agency", "Harlow Digital", true},
		{"an agency and a firm share the short form", "Harlow Digital Agency and Harlow Digital Labs both ran fake news sites. Treasury said Harlow Digital acted as a successor to an older troll farm.",
			"Harlow Digital Agency", "Harlow Digital", false},
		{"one word after the name in full and in short", "The files came from a booking system run by Kovra Systems Inc. in three provinces. Kovra Systems notified the regulator of the breach on Monday. The regulator said its inquiry into Kovra was ongoing.",
			"Kovra Systems Inc.", "Kovra", true},
		{"one word two firms share", "The files came from systems run by Kovra Systems and Kovra Freight. Kovra said on Monday that it had found no breach.",
			"Kovra Systems", "Kovra", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			l, s := actorByName(g, tt.long), actorByName(g, tt.short)
			require.NotNil(t, l, "no actor %q", tt.long)
			if s == nil {
				// the short form alone is no actor: not joined to the long name either
				require.False(t, tt.sameActor, "no actor %q", tt.short)
				return
			}
			assert.Equal(t, tt.sameActor, l.ID == s.ID, "%s / %s", l.ID, s.ID)
		})
	}
}

// TestSentenceStopIsNoPartOfAName checks that a name ending a sentence loses the sentence's
// full stop, in its text and in its offsets, while an abbreviation keeps its own.
func TestSentenceStopIsNoPartOfAName(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"a place name", "Grey Heron breached three councils in May. The intruders stole files from victims, including the city of Harlow Bay.", "Harlow Bay"},
		{"an abbreviation", "Grey Heron breached the network of Harrow Inc. in May.", "Harrow Inc."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := extractText(t, "2024-06-10", tt.body)
			a := actorByName(g, tt.want)
			require.NotNil(t, a, "no actor %q", tt.want)
			for _, m := range a.Mentions {
				assert.Equal(t, m.Text, string([]rune(tt.body)[m.Start:m.End]))
			}
		})
	}
}
