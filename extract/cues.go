package extract

import (
	"fmt"
	"strings"

	"github.com/intelgraph/intelgraph/extract/gazetteer"
	"github.com/intelgraph/intelgraph/schema"
)

// cues holds the word lists of data/cues.tsv.
type cues struct {
	sets     map[string]map[string]bool
	descHead map[string]schema.ActorKind
	genHead  map[string]schema.ActorKind // heads of descriptive actors: "a contractor", "hackers"
}

func loadCues() (*cues, error) {
	f, err := dataFS.Open("data/cues.tsv")
	if err != nil {
		return nil, fmt.Errorf("open cue lists: %w", err)
	}
	defer f.Close()
	c := &cues{sets: map[string]map[string]bool{}, descHead: map[string]schema.ActorKind{}, genHead: map[string]schema.ActorKind{}}
	err = gazetteer.ReadTSV(f, func(fl []string) error {
		if len(fl) < 2 {
			return fmt.Errorf("want category and words")
		}
		set := map[string]bool{}
		for _, w := range strings.Split(fl[1], "|") {
			if fl[0] == "deschead" || fl[0] == "genhead" {
				word, kind, _ := strings.Cut(w, ":")
				if fl[0] == "deschead" {
					c.descHead[word] = schema.ActorKind(kind)
				} else {
					c.genHead[word] = schema.ActorKind(kind)
				}
				continue
			}
			set[w] = true
		}
		c.sets[fl[0]] = set
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read cue lists: %w", err)
	}
	for _, need := range []string{"title", "stopstart", "calendar", "connector", "agencysuffix", "orgsuffix",
		"groupsuffix", "countryhead", "grouphead", "groupmod", "reporting", "be", "negation", "hypothetical",
		"future", "futureverb", "urgeverb", "support", "denialcue", "clausebreak", "clauseconj", "preposition", "personrole", "groupprefix", "information", "sentverb", "firstname", "lightverb", "undergoverb", "genstart", "anonhead", "anonvague", "anonmod", "anonword", "anonsay", "anonask", "flawnoun", "flawprep", "ransomcue", "payverb", "victimverb", "gainverb", "enableverb", "habitual", "pastadverb", "harmverb", "flawverb", "flawgated", "fixgated", "fixnoun", "stategated", "doergated", "presence", "spanword", "netnoun", "rebuttal", "claimnoun", "adviseverb", "adviseform", "orderverb", "contractend", "contractnoun", "protestverb", "docnoun", "ledehead", "suspectof", "suspectmod", "chargedhead", "unitnoun", "componentnoun", "trackverb", "portfolio", "servicerank", "generaltitle", "summonverb", "staffword", "govmod", "particlejoined", "geohead", "geonoun", "blamelemma", "linklemma", "armedgated", "bodystaff", "bodyhead", "spendforms", "heldadj", "breakforms", "getforms", "burrowforms", "openforms", "strikeforms", "takeforms", "openverb", "bothsides", "intonamed", "armedhead", "armedmod", "workplacewho", "lowercapsay", "relativeword", "serveas", "servicehead", "exposurelemma", "kindnoun", "tipnoun", "tipfront", "raiseverb", "raisednoun", "statebody", "flagverb", "sentnoun", "publicfirst", "ownheadword", "legalform", "exposuredegree", "exposureharm", "denyverb", "deniednoun", "matternoun", "longspan", "topicprep", "dosupport", "aimedword", "haveform", "doform", "relpronoun", "definite", "passivetell", "matterprep", "joinconj", "article", "portfoliotitle", "indirectsend", "learnverb", "legalformhead", "receiveverb", "referrednoun", "industryword", "chargeverb", "identifyverb", "custodyverb", "fieldcenter", "susceptibleword", "travelnoun", "ingverb", "levelnoun", "weaponhead", "interceptedhead", "deceivelemma",
		"addressverb", "answerverb", "apposorg", "armedstrike", "artifact", "audience", "bodynoun", "civicmod", "collective", "countbound", "datagated", "disclose", "envoy", "executive", "functionhead", "guessmodal", "handover", "headagency", "headorg", "infolist", "issuedverb", "itemswitch", "leadhead", "liablestep", "measurehead", "message", "callnoun", "needsuspect", "obligation", "occasion", "offence", "othermarker", "particle", "particle2", "pressnoun", "principalverb", "proposeverb", "refuseverb", "region", "regionadj", "removedverb", "secretdoc", "secretleak", "secretmod", "spokesrole", "staffnoun", "subregion", "techterm", "timemod", "titlehead", "tollnoun", "toolnoun", "trendnoun", "proveverb", "failverb", "postnoun", "trackednoun", "relquantifier", "platform",
		"sayingform", "courtsaid", "lateradverb", "spanunit",
		"locallevel", "localhead", "namingverb", "itnamer", "overlapform", "referform", "claimform",
		"passivebe", "objectpronoun", "notword", "notbe", "therebe",
		"allynoun", "policemod", "utilityhead"} {
		if c.sets[need] == nil {
			return nil, fmt.Errorf("cue list %q missing", need)
		}
	}
	return c, nil
}

// is reports whether the lower-case word w is in the cue list cat.
func (c *cues) is(cat, w string) bool { return c.sets[cat][w] }
