package extract

import (
	"testing"

	"github.com/intelgraph/intelgraph/schema"
)

// TestEnvoyOrderedOut checks that ordering a single envoy named by a demonym to leave ("ordered
// an Iranian attache to leave the country") is an expulsion against the demonym's state, as a
// counted group of diplomats is, whether or not the article has named that state before, and
// that ordering a firm to leave a place expels no one.
func TestEnvoyOrderedOut(t *testing.T) {
	checkEventRules(t, "2025-11-20", []eventCase{
		{"fronted day, trailing aside", "Portugal on Tuesday ordered a Venezuelan diplomat to leave the country within ten days, its firmest step so far over a run of phishing attacks on its ports.", schema.EventSanction, "portugal", "venezuela", true},
		{"fronted phrase", "On Monday, Norway ordered a Chinese diplomat to leave the country within a week.", schema.EventSanction, "norway", "china", true},
		{"ministry, envoy", "The Dutch Foreign Ministry ordered a Belarusian envoy to leave the Netherlands.", schema.EventSanction, "dutch-foreign-ministry", "belarus", true},
		{"attache, last week", "Finland last week ordered a Russian attache to leave the country.", schema.EventSanction, "finland", "russia", true},
		{"consul, trailing day", "Latvia ordered an Iranian consul to leave the country on Friday.", schema.EventSanction, "latvia", "iran", true},
		{"a firm, no envoy", "The Dutch Foreign Ministry ordered a Belarusian airline to leave the airport.", schema.EventSanction, "", "", false},
	})
}
