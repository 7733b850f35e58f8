package timex

import "testing"

// TestFindApproximateCountTo checks that "to" before a count told as an approximation ("to
// more than 40 lenders", "to about 300 buyers") is a preposition, so a month after it in a past
// clause is told in the past (approxCount), while "to" before a verb, even after "more than",
// still marks an infinitive.
func TestFindApproximateCountTo(t *testing.T) {
	tests := []narrativeDate{
		{"more than", "The regulator sent letters to more than 40 lenders in November.", "November", "2016-11"},
		{"fewer than", "The broker sold the stolen records to fewer than 10 buyers in December.", "December", "2016-12"},
		{"about", "The gang leaked the files to about 300 buyers in December.", "December", "2016-12"},
		{"nearly in an episode", "Thieves broke into the depot in June 2015. They mailed ransom notes to nearly 90 tenants in August.", "August", "2015-08"},
		{"an infinitive still", "The ministry decided to warn more lenders in November.", "November", "2017-11"},
		{"more than a verb is an infinitive", "The firm pledged to more than double its staff in December.", "December", "2017-12"},
	}
	runNarrativeDates(t, tests)
}

// TestFindPrepositionToLongObject checks that a past deed whose object runs past "to" and a
// plural noun ("sent a circular to ferries and pilots across the provinces") still tells the
// month after it in the past (pastDeed), and that a modal before the deed keeps it ahead.
func TestFindPrepositionToLongObject(t *testing.T) {
	tests := []narrativeDate{
		{"a past deed", "The inspectorate sent a circular to ferries and pilots across the western provinces in November.", "November", "2016-11"},
		{"a past deed with a name", "The bureau sent an alert to Harlow Water and its suppliers across the state in December.", "December", "2016-12"},
		{"a modal", "The inspectorate will send a circular to ferries and pilots across the western provinces in November.", "November", "2017-11"},
	}
	runNarrativeDates(t, tests)
}

// TestFindParticipialAdjunct checks that a time in a trailing participial adjunct set off by a
// comma ("…, stranding coaches … over the Christmas period", "…, forcing the port to close
// … in August") takes the tense of the clause before the comma (adjunctPast), in an episode of
// an earlier year and against the reference date, while an adjunct of saying or of aim, or one
// after a present clause, does not; the month "May" is no modal.
func TestFindParticipialAdjunct(t *testing.T) {
	tests := []narrativeDate{
		{"a holiday in an episode", "Thieves broke into the depot in November 2015. On Dec. 21, they scrambled the booking system, stranding coaches at a dozen garages over the Christmas period.", "Christmas", "2015-12-25"},
		{"a month in an episode", "Thieves broke into the depot in June 2015. They wiped the servers, forcing the port to close its gates for days in August.", "August", "2015-08"},
		{"a month against the reference", "The gang wiped the servers, forcing the port to close its gates for several days in November.", "November", "2016-11"},
		{"a passive clause", "The plant was hit by ransomware, leaving its operators to run the pumps by hand in December.", "December", "2016-12"},
		{"an adjunct of saying", "Thieves broke into the depot in June 2015. The owner spoke out, adding that the depot would reopen its doors in August.", "August", "2018-08"},
		{"an extent", "The gang wiped the servers, leaving the clinics unable to bill patients until November.", "November", "2017-11"},
		{"an adjunct of aim looks ahead", "The port shut on Monday, hoping to reopen its gates in December.", "December", "2017-12"},
		{"the month May is no modal", "Hackers hit the depot in May, forcing the port to close its gates in November.", "November", "2016-11"},
		{"a present clause", "Thieves broke into the depot in June 2015. The port is still closed, hoping to reopen its gates to trucks in August.", "August", "2017-08"},
	}
	runNarrativeDates(t, tests)
}
