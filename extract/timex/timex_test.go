package timex

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ref is a Wednesday.
var ref = time.Date(2017, 10, 11, 15, 4, 0, 0, time.UTC)

func mustTagger(tb testing.TB) *Tagger {
	tb.Helper()
	tg, err := New()
	require.NoError(tb, err)
	return tg
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, text       string
		want, typ, value string
	}{
		// explicit dates
		{"month day year", "The intrusion began on October 10, 2017, investigators said.", "October 10, 2017", Date, "2017-10-10"},
		{"midnight before a zone", "The portal went offline at midnight GMT.", "midnight GMT", Time, "2017-10-11T24:00"},
		{"capitalised midnight before a weekday", "Midnight Tuesday was the deadline the gang set.", "Midnight Tuesday", Time, "2017-10-10T24:00"},
		{"weekday after a name-like the", "On Sunday, the Sunday Ledger named the intruders.", "Sunday", Date, "2017-10-08"},
		{"day month year", "Logs from 10 Oct 2017 show the beacon.", "10 Oct 2017", Date, "2017-10-10"},
		{"iso date", "The indictment is dated 2016-03-22.", "2016-03-22", Date, "2016-03-22"},
		{"us numeric", "The memo was signed 07/04/2016 in Langley.", "07/04/2016", Date, "2016-07-04"},
		{"abbreviated month day", "The patch shipped Oct. 3 to all customers.", "Oct. 3", Date, "2017-10-03"},
		// a title's period ends no sentence: the clause's tense reaches past it
		{"past verb before a title", "Police arrested Mr. Varga in December.", "December", Date, "2016-12"},
		{"fronted month before a title", "In December, Dr. Varga was arrested.", "December", Date, "2016-12"},
		{"future verb before a title", "The board will question Sen. Hale on Monday.", "Monday", Date, "2017-10-16"},
		{"a sentence end is still one", "Police questioned the staff of Acme Inc. In December the firm will move.", "December", Date, "2017-12"},
		{"month day prefers past", "The servers were seized on Aug. 30 by police.", "Aug. 30", Date, "2017-08-30"},
		{"month day after a past verb with a long object", "An engineer noticed unfamiliar configuration changes on the utility's remote-access gateway on Nov. 2 and called police.", "Nov. 2", Date, "2016-11-02"},
		{"month day after a modal of a past clause points ahead", "The bank cut its dividend because it may fail the capital rules effective Nov. 2.", "Nov. 2", Date, "2017-11-02"},
		{"month day after a verb of saying keeps the nearest", "The utility said its engineers will inspect the remote-access gateway of the plant on Nov. 2.", "Nov. 2", Date, "2017-11-02"},
		{"weekday with date", "The leak surfaced Tuesday, Oct. 10, on a forum.", "Tuesday, Oct. 10", Date, "2017-10-10"},
		{"clock on a weekday with its date", "It was just after 2 a.m. on Sunday, March 18, 2012, when the screens went dark.", "2 a.m. on Sunday, March 18, 2012", Time, "2012-03-18T02:00"},
		{"clock on a weekday with a date and no year", "Intruders struck Pell Port at about 11 p.m. on Friday, Feb. 3.", "11 p.m. on Friday, Feb. 3", Time, "2017-02-03T23:00"},
		{"clock on a bare weekday", "The gang encrypted the servers at 4 a.m. on Monday.", "4 a.m. on Monday", Time, "2017-10-09T04:00"},
		{"month range shares year", "The intruders stayed between August and November 2015, the report said.", "August", Date, "2015-08"},
		{"month range across new year", "Phishing ran from December to February 2016 in waves.", "December", Date, "2015-12"},
		// the end of a range comes on or after its start, whatever the clause's tense
		{"range end after 'until' past a fronted start", "From late March until early May, Ostley Group stole the designs.", "early May", Date, "2017-05"},
		{"range end after 'until' in a past clause", "The intruders stayed from late March until early May.", "early May", Date, "2017-05"},
		{"range end day across the new year", "The outage lasted from Dec. 28 to Jan. 3 at the port.", "Jan. 3", Date, "2017-01-03"},
		{"range end month after 'between'", "Between late September and mid-November, the crew wiped the servers.", "mid-November", Date, "2017-11"},
		{"a pair without 'from' keeps its own reading", "The board met in March and until May kept quiet.", "May", Date, "2017-05"},
		{"month of last year", "The ministry froze the accounts in January of last year, officials said.", "January of last year", Date, "2016-01"},
		{"month this year", "The regulator opened its inquiry in March this year.", "March this year", Date, "2017-03"},
		{"month day last year", "The envoy was recalled on May 9 last year after the leak.", "May 9 last year", Date, "2016-05-09"},
		{"month of next year", "The hearing is set for June of next year.", "June of next year", Date, "2018-06"},
		{"month before a year's noun", "The cut came in April last year's budget.", "April", Date, "2017-04"},
		// holidays
		{"christmas past", "The bank alerted its regulator before Christmas about the outage.", "Christmas", Date, "2016-12-25"},
		{"christmas eve", "The store's tills froze on Christmas Eve, staff recalled.", "Christmas Eve", Date, "2016-12-24"},
		{"christmas day ahead", "The agency will publish its review on Christmas Day.", "Christmas Day", Date, "2017-12-25"},
		{"boxing day", "The outage that began on Boxing Day lasted a week.", "Boxing Day", Date, "2016-12-26"},
		{"new year's eve", "The gang struck on New Year's Eve, the bank said.", "New Year's Eve", Date, "2016-12-31"},
		{"new year's day", "The portal went dark on New Year’s Day, staff recalled.", "New Year’s Day", Date, "2017-01-01"},
		// holidays on a weekday of a month, around Easter, or on a fixed day
		{"labor day weekend last year", "Vandals jammed the toll cameras on the Corrigan bypass over Labor Day weekend last year.", "Labor Day weekend last year", Date, "2016-09"},
		{"memorial day past", "The bank's portal went dark on Memorial Day, staff recalled.", "Memorial Day", Date, "2017-05-29"},
		{"thanksgiving past", "Thieves emptied the accounts on Thanksgiving, police said.", "Thanksgiving", Date, "2016-11-24"},
		{"thanksgiving weekend fronted", "During the Thanksgiving weekend, intruders locked the clinic's files.", "Thanksgiving weekend", Date, "2016-11"},
		// a holiday's weekend spans days around it: the holiday's month, not its day
		{"memorial day weekend", "Hackers locked the county's files over the Memorial Day weekend, officials said.", "Memorial Day weekend", Date, "2017-05"},
		{"easter weekend", "The clinic's servers were wiped over the Easter weekend.", "Easter weekend", Date, "2017-04"},
		{"fourth of july weekend", "The crew hit the port over the Fourth of July weekend.", "Fourth of July weekend", Date, "2017-07"},
		{"holiday weekend with a year", "The gang struck the depot over Labor Day weekend 2015.", "Labor Day weekend 2015", Date, "2015-09"},
		{"a labor day weekend that starts in august: only the year is sure", "The crew hit the port over Labor Day weekend 2014.", "Labor Day weekend 2014", Date, "2014"},
		{"an easter weekend across two months", "The clinic's servers were wiped over the Easter weekend 2024.", "Easter weekend 2024", Date, "2024"},
		{"the holiday alone is its day", "On Labor Day last year, the gang struck the depot.", "Labor Day last year", Date, "2016-09-05"},
		{"fourth of july", "The crew hit the port on the Fourth of July.", "Fourth of July", Date, "2017-07-04"},
		{"easter ahead", "The ministry will publish the audit after Easter.", "Easter", Date, "2018-04-01"},
		{"good friday with a year", "The files were copied on Good Friday 2015, the court heard.", "Good Friday 2015", Date, "2015-04-03"},
		{"valentine's day", "The phishing wave peaked on Valentine's Day, the firm said.", "Valentine's Day", Date, "2017-02-14"},
		{"day range shares year", "Logs span March 3 to May 9, 2015 at the firm.", "March 3", Date, "2015-03-03"},
		// years
		{"year", "The agency was breached in 2014 by a foreign service.", "2014", Date, "2014"},
		{"year as modifier", "Investigators linked the 2014 hack to the group.", "2014", Date, "2014"},
		{"fiscal year", "Spending rose in fiscal 2016 across the board.", "fiscal 2016", Date, "2016"},
		{"a dotted day first date", "The bank was hit on 28.05.2017, police said.", "28.05.2017", Date, "2017-05-28"},
		{"a dotted date without leading zeros", "The bank was hit on 3.6.2017 at night.", "3.6.2017", Date, "2017-06-03"},
		{"a version number is no date", "The firm shipped build 15.2.1118 in 2017 to all users.", "2017", Date, "2017"},
		{"a weekday with a postposed 'last'", "Police raided the office on Friday last, officials said.", "Friday last", Date, "2017-10-06"},
		{"the same weekday as the reference, postposed 'last'", "Police raided the office on Wednesday last in Lagos.", "Wednesday last", Date, "2017-10-04"},
		{"'last year' after a weekday is no postposed 'last'", "Police raided the office on Friday last year, officials said.", "last year", Date, "2016"},
		{"a day of last month", "Police raided the office on the 14th of last month after a tip.", "14th of last month", Date, "2017-09-14"},
		{"a day of this month", "Police raided the office on the 3rd of this month after a tip.", "3rd of this month", Date, "2017-10-03"},
		{"no such day in last month", "Police raided the office on the 31st of last month after a tip.", "last month", Date, "2017-09"},
		{"the fiscal year with its years", "Spending rose in the fiscal year 2015-16 across the board.", "fiscal year 2015", Date, "2015"},
		{"the fiscal year named", "Spending rose in the fiscal year 2014 across the board.", "fiscal year 2014", Date, "2014"},
		{"year of an act", "Parliament passed the act in 1997 after the leak.", "1997", Date, "1997"},
		// months and seasons
		{"month year", "The malware first appeared in March 2015 on a server.", "March 2015", Date, "2015-03"},
		{"month alone", "The ministry was hit in August, officials said.", "August", Date, "2017-08"},
		{"month ahead, past clause", "Its annual report, published in December, named the group.", "December", Date, "2016-12"},
		{"month ahead, plain", "The minister visits Kyiv in December with a delegation.", "December", Date, "2017-12"},
		{"month ahead, to be done", "The rules, to be published in December, bind every agency.", "December", Date, "2017-12"},
		{"next january, past clause", "The audit was completed in January by outside firms.", "January", Date, "2017-01"},
		{"month ahead, irregular past", "Hackers broke into the ministry's network in December.", "December", Date, "2016-12"},
		{"month ahead, past spelt as the present", "Ransomware hit the county council in December.", "December", Date, "2016-12"},
		{"month day ahead, past spelt as the present", "Saboteurs cut the undersea cable on Nov. 4.", "Nov. 4", Date, "2016-11-04"},
		{"month day ahead, fronted before a past spelt as the present", "On Nov. 4, the crew shut the pipeline.", "Nov. 4", Date, "2016-11-04"},
		{"month day ahead, present form after a modal", "The regulator may cut the tariff on Nov. 4.", "Nov. 4", Date, "2017-11-04"},
		{"month day ahead, present form after 'to'", "The union plans to shut the port on Nov. 4.", "Nov. 4", Date, "2017-11-04"},
		{"month day ahead, irregular past 'lost'", "The carrier lost track of the parcels on Nov. 6.", "Nov. 6", Date, "2016-11-06"},
		{"month day ahead, past before 'to' a noun phrase", "The ministry lost access to its mail servers on Nov. 6.", "Nov. 6", Date, "2016-11-06"},
		{"month day ahead, infinitive 'to' keeps ahead", "The agency decided to publish its review on Nov. 6.", "Nov. 6", Date, "2017-11-06"},
		{"month day ahead, past before 'to' a name", "The worm spread to Orrin Mills on Nov. 7.", "Nov. 7", Date, "2016-11-07"},
		{"month day ahead, passive with its agent", "The clinic, which was attacked by Halvard Group on Nov. 14, warned patients.", "Nov. 14", Date, "2016-11-14"},
		{"month day ahead, deadline after a participle", "The audit was ordered completed by Nov. 14.", "Nov. 14", Date, "2017-11-14"},
		{"month day ahead, 'to' right before the day is its own", "The fund extended to Nov. 20 its offer for the shares.", "Nov. 20", Date, "2017-11-20"},
		{"month day ahead, a saying's own time", "The breach, first reported on Nov. 15, affected millions.", "Nov. 15", Date, "2016-11-15"},
		{"month day ahead, a saying's own time without 'on'", "The ministry announced Nov. 15 that the files were gone.", "Nov. 15", Date, "2016-11-15"},
		{"month day ahead, a saying to come", "The results will be announced on Nov. 15 in Oslo.", "Nov. 15", Date, "2017-11-15"},
		{"month day ahead, a saying's clause points anywhere", "The minister said the offer expires on Nov. 15.", "Nov. 15", Date, "2017-11-15"},
		{"month day ahead, wedged before a past verb", "The attack on the port on Nov. 11 disrupted shipping.", "Nov. 11", Date, "2016-11-11"},
		{"day-first date ahead, wedged before a past verb", "The attack on the port on 11 November disrupted shipping.", "11 November", Date, "2016-11-11"},
		{"day-first date ahead, fronted past", "On the 7th of November, hackers attacked the port.", "7th of November", Date, "2016-11-07"},
		{"month day ahead, wedged before a present verb", "The vote on Nov. 11 decides the budget.", "Nov. 11", Date, "2017-11-11"},
		{"month day ahead after 'by' in the past perfect", "The attackers had stolen the files by Nov. 8, the bank said.", "Nov. 8", Date, "2016-11-08"},
		{"month ahead after 'by' in the past perfect", "The crew had already wiped the servers by December.", "December", Date, "2016-12"},
		{"month day ahead after 'by', a deadline", "The bank must restore its systems by Nov. 8.", "Nov. 8", Date, "2017-11-08"},
		{"month ahead after 'by' in the past perfect passive", "The files had been encrypted by November, officials said.", "November", Date, "2016-11"},
		{"month ahead, wedged before a past verb", "The Treasury Department in December sanctioned the exchange.", "December", Date, "2016-12"},
		{"month ahead, wedged before an irregular past", "The gang in November stole the payroll files.", "November", Date, "2016-11"},
		{"month ahead, wedged before a future", "The Treasury Department in December will sanction the exchange.", "December", Date, "2017-12"},
		{"month ahead, irregular participle", "The files were stolen in November from a contractor.", "November", Date, "2016-11"},
		{"day ahead, fronted before an irregular past", "On November 3, the hackers stole the payroll files.", "November 3", Date, "2016-11-03"},
		{"day ahead, set off by commas before a past clause", "A week after the call, on Dec. 11, a clerk opened the link.", "Dec. 11", Date, "2016-12-11"},
		{"day ahead, set off by commas in a clause about the future", "The clerk will testify, on Dec. 4, before the committee.", "Dec. 4", Date, "2017-12-04"},
		{"day ahead, set off by commas before a clause about the future", "After the vote, on Dec. 4, the board will meet.", "Dec. 4", Date, "2017-12-04"},
		{"month ahead, present passive", "The former clerk faces prison when he is sentenced in December.", "December", Date, "2017-12"},
		{"next january, present passive", "The new export rules are published in January, the ministry says.", "January", Date, "2018-01"},
		{"next january, plan", "The merger was planned for January at the latest.", "January", Date, "2018-01"},
		{"next january, past clause past a preposition to", "The intruders gained access to the network in late January through a stolen password.", "late January", Date, "2017-01"},
		{"next january, past clause past 'to' a name's", "The intruders gained access to Harlow's mail server in January.", "January", Date, "2017-01"},
		{"next january, an infinitive after a past verb", "The board voted to adopt the rules in January.", "January", Date, "2018-01"},
		{"next january, until", "The lenders extended credit through January to the firm.", "January", Date, "2018-01"},
		// a month or day read in a clause told in the past is not after the reference date
		{"until after a past deed", "The vendor did not flag the flaw until April 14 last spring.", "April 14", Date, "2017-04-14"},
		{"until ahead", "The offer runs until April 14 for every customer.", "April 14", Date, "2018-04-14"},
		{"a plan reported by a past verb of saying", "Saboteurs were planning strikes on rail lines, the ministry confirmed on Monday.", "Monday", Date, "2017-10-09"},
		{"a plan disclosed in a past month", "The gang is planning new raids on banks, the vendor disclosed in September.", "September", Date, "2017-09"},
		{"until after a month an accusation tells of", "The senator accused the bureau of hiding the leak until after the December hearing.", "December", Date, "2016-12"},
		{"until a month a blaming tells of", "Critics blamed the vendor for keeping quiet until the August audit.", "August", Date, "2017-08"},
		{"a plan an accusation tells of stays ahead", "The regulator accused the firm of planning to stay silent until the December vote.", "December", Date, "2017-12"},
		{"not until a past month", "The carrier did not tell the regulator until December.", "December", Date, "2016-12"},
		{"never until a past month", "The breach was never reported until November, officials said.", "November", Date, "2016-11"},
		{"not until a past day", "The agency did not brief the minister until Dec. 12, officials said.", "Dec. 12", Date, "2016-12-12"},
		{"not until a past day after a long object", "The bank did not notify the Federal Banking Supervisory Office (FBSO), the national regulator, until Dec. 12.", "Dec. 12", Date, "2016-12-12"},
		{"until a clause told in the past", "Mr Lund, who advised the candidate until the campaign folded in December, spoke first.", "December", Date, "2016-12"},
		{"until a passive ahead stays ahead", "The bank will hold the funds until they are released in December.", "December", Date, "2017-12"},
		{"until a month the clause resumes in the past", "Ms Kaur, who until December was the bank's auditor, resigned.", "December", Date, "2016-12"},
		{"until a day the clause resumes in the past", "The firm, which until Dec. 12 had run the network, said nothing.", "Dec. 12", Date, "2016-12-12"},
		{"until a month ahead stays ahead", "The minister will stay until December, when the vote is held.", "December", Date, "2017-12"},
		{"until after a negative state told in the past", "The breach went unnoticed until late November.", "late November", Date, "2016-11"},
		{"until a day after a negative state told in the past", "The implant remained undetected until Dec. 2 at the ministry.", "Dec. 2", Date, "2016-12-02"},
		{"until after 'unaware' told in the past", "Staff were unaware of the breach until November.", "November", Date, "2016-11"},
		{"until after a negative state ahead", "The flaw will remain unpatched until December.", "December", Date, "2017-12"},
		{"until ahead without negation", "The lenders kept the credit line open until December.", "December", Date, "2017-12"},
		{"negation outside the clause", "The firm did not comment. The ban runs until December.", "December", Date, "2017-12"},
		{"fronted month ahead, past", "In November, the agency reported a breach at the bank.", "November", Date, "2016-11"},
		{"fronted next january, past", "In January, the firm said it had found the implant.", "January", Date, "2017-01"},
		{"fronted month ahead, future", "In November, the agency will publish its review.", "November", Date, "2017-11"},
		{"fronted month behind, future", "In June, the regulator will rule on the merger.", "June", Date, "2018-06"},
		{"fronted month day behind, 'is to'", "On Feb. 3, the court is to hear the appeal.", "Feb. 3", Date, "2018-02-03"},
		{"fronted phrase with a month behind, plan", "In the first week of March, the agency plans to publish its review.", "March", Date, "2018-03"},
		{"fronted month behind, past", "In June, the regulator ruled on the merger.", "June", Date, "2017-06"},
		{"month behind after 'expects to'", "The bank expects to finish the audit by July.", "July", Date, "2018-07"},
		{"month day behind after 'intends to'", "The ministry intends to publish the rules on Feb. 3.", "Feb. 3", Date, "2018-02-03"},
		{"month day behind, set for", "The hearing is set for Sept. 12 in Oslo.", "Sept. 12", Date, "2018-09-12"},
		{"month day behind, take effect", "The rules take effect on Aug. 1 for all banks.", "Aug. 1", Date, "2018-08-01"},
		{"month day behind, set in the past", "Police set fire to the depot on Sept. 12.", "Sept. 12", Date, "2017-09-12"},
		// a fronted phrase naming a part of the day or month leads up to the date
		{"fronted early hours of a day ahead, past", "In the early hours of Nov. 2, the intruders stole the payroll files.", "Nov. 2", Date, "2016-11-02"},
		{"fronted 'early on' a day ahead, past", "Early on December 3, the gang breached the port authority.", "December 3", Date, "2016-12-03"},
		{"fronted night of a day ahead, past", "On the night of November 9, saboteurs attacked the grid operator.", "November 9", Date, "2016-11-09"},
		{"fronted morning of a day ahead, past", "On the morning of Nov. 14, Halvard Group leaked the contracts.", "Nov. 14", Date, "2016-11-14"},
		{"fronted 'just before dawn on' a day ahead, past", "Just before dawn on December 1, the crew wiped the servers.", "December 1", Date, "2016-12-01"},
		{"fronted first week of a month ahead, past", "In the first week of November, the spies copied the designs.", "November", Date, "2016-11"},
		{"fronted late month ahead, past", "In late November, the attackers breached the clinic.", "late November", Date, "2016-11"},
		{"fronted mid-month ahead, past perfect", "By mid-December, the intruders had stolen the files.", "mid-December", Date, "2016-12"},
		{"fronted end of a month ahead, past", "At the end of November, Orrin Labs disclosed the flaw.", "the end of November", Date, "2016-11"},
		{"fronted early hours after a comma, past", "Days later, in the early hours of Nov. 2, the gang struck again.", "Nov. 2", Date, "2016-11-02"},
		{"fronted 'early on' a day ahead, future", "Early on November 3, the agency will publish its review.", "November 3", Date, "2017-11-03"},
		{"fronted end of a month ahead, future", "At the end of November, the regulator will publish its review.", "the end of November", Date, "2017-11"},
		{"an article opens no fronted phrase", "The first week of November was set for the vote.", "November", Date, "2017-11"},
		{"month day ahead, past deed", "The attack started Nov. 2 at the bank.", "Nov. 2", Date, "2016-11-02"},
		// "since" opens a span up to the time of telling
		{"since a day ahead, present perfect", "Hackers have hit the council twice since Nov. 2.", "Nov. 2", Date, "2016-11-02"},
		{"since a modified month ahead", "The gang has been active since early December.", "early December", Date, "2016-12"},
		{"since at least a month ahead", "The firm has logged intrusions since at least mid-November.", "mid-November", Date, "2016-11"},
		// an incident named by its date has happened
		{"month ahead naming an incident", "The November attack on the ministry was claimed by Halvard Group.", "November", Date, "2016-11"},
		{"month day ahead naming an incident", "The Nov. 3 breach at the clinic exposed payroll records.", "Nov. 3", Date, "2016-11-03"},
		{"month day ahead naming an incident, future clause", "Investigators will examine the Nov. 3 breach at the clinic.", "Nov. 3", Date, "2016-11-03"},
		{"next january naming an incident, future clause", "Auditors will review the January hack of the port.", "January", Date, "2017-01"},
		{"month naming an incident after a possessive", "The firm's December ransomware attack cost millions.", "December", Date, "2016-12"},
		{"month day ahead naming a plan", "The Nov. 3 deadline was set by the regulator.", "Nov. 3", Date, "2017-11-03"},
		{"month ahead naming a plan", "The November hearing will decide the case.", "November", Date, "2017-11"},
		{"month day ahead, said on", "The minister said on Nov. 2 that the offer stands.", "Nov. 2", Date, "2016-11-02"},
		{"month day ahead, told a hearer on", "The firm told regulators on Nov. 2 about the theft.", "Nov. 2", Date, "2016-11-02"},
		{"month day ahead, reported an object on", "The firm reported the theft on Nov. 2 to the police.", "Nov. 2", Date, "2016-11-02"},
		{"month day ahead, said of a clause ahead", "The minister said it would publish the offer on Nov. 2 at noon.", "Nov. 2", Date, "2017-11-02"},
		{"month day ahead, came to light", "The theft came to light on Nov. 2 at the bank.", "Nov. 2", Date, "2016-11-02"},
		{"month day ahead, fled to a place", "The clerk fled to Lisbon on Nov. 2 with the files.", "Nov. 2", Date, "2016-11-02"},
		{"month day ahead, expected to", "The clerk is expected to testify on Nov. 2 in court.", "Nov. 2", Date, "2017-11-02"},
		{"month day ahead, said", "The minister said the offer expires Nov. 2 for all firms.", "Nov. 2", Date, "2017-11-02"},
		{"month day ahead, set for", "The judge fixed the case for a hearing on Nov. 2 at noon.", "Nov. 2", Date, "2017-11-02"},
		{"season year", "The campaign ran through summer 2015 and beyond.", "summer 2015", Date, "2015-SU"},
		{"season of year", "They struck in the winter of 2012 again.", "the winter of 2012", Date, "2012-WI"},
		{"bare season past, future clause", "The agency will publish its review in the spring.", "the spring", Date, "2018-SP"},
		{"bare season past, plan", "The regulator plans to rule on the merger in the summer.", "the summer", Date, "2018-SU"},
		{"bare season past, past clause", "Hackers breached the port authority in the spring.", "the spring", Date, "2017-SP"},
		{"bare current season, future clause", "The board will meet again in the fall.", "the fall", Date, "2017-FA"},
		{"bare season ahead, future clause", "The agency will publish its review in the winter.", "the winter", Date, "2017-WI"},
		{"last fall", "The group went quiet last fall before returning.", "last fall", Date, "2016-FA"},
		{"this summer", "The unit was disbanded this summer after the scandal.", "this summer", Date, "2017-SU"},
		// modifiers, decades, quarters
		{"mid year", "The network was rebuilt by mid-2015 with new funds.", "mid-2015", Date, "2015"},
		{"early year", "Attacks resumed in early 2016 against banks.", "early 2016", Date, "2016"},
		{"decade", "Such operations were common in the 1990s in Europe.", "the 1990s", Date, "199"},
		{"apostrophe decade", "Spies of the '80s used dead drops.", "the '80s", Date, "198"},
		{"quarter of year", "Phishing doubled in the first quarter of 2015 worldwide.", "the first quarter of 2015", Date, "2015-Q1"},
		{"quarter code", "Revenue fell in Q3 2016 after the breach.", "Q3 2016", Date, "2016-Q3"},
		{"half of year", "The tool leaked in the first half of 2017 online.", "the first half of 2017", Date, "2017-H1"},
		{"century", "Codebreaking shaped the 20th century in many ways.", "the 20th century", Date, "19"},
		// weekdays and parts of days
		{"weekday", "The ministry said Tuesday that it had been hacked.", "Tuesday", Date, "2017-10-10"},
		{"weekday today", "Officials confirmed the outage Wednesday in a statement.", "Wednesday", Date, "2017-10-11"},
		{"weekday night", "The site went dark Tuesday night without warning.", "Tuesday night", Time, "2017-10-10TNI"},
		{"weekday future", "The committee will meet Friday to discuss the leak.", "Friday", Date, "2017-10-13"},
		{"last weekday", "The warrant was served last Friday at dawn.", "last Friday", Date, "2017-10-06"},
		{"weekday of last week", "The regulator fined the lender on Thursday last week over the leak.", "Thursday last week", Date, "2017-10-05"},
		{"weekday of next week", "The board will hear the case on Monday next week.", "Monday next week", Date, "2017-10-16"},
		{"sunday of last week", "The portal went offline on Sunday last week.", "Sunday last week", Date, "2017-10-08"},
		{"clock time", "The blackout began at 3 p.m. in the capital.", "3 p.m.", Time, "2017-10-11T15:00"},
		{"clock time weekday", "Service returned at 9:30 a.m. Monday across the region.", "9:30 a.m. Monday", Time, "2017-10-09T09:30"},
		// deictic and relative
		{"today", "The agency today published its report.", "today", Date, "2017-10-11"},
		{"yesterday", "The firm disclosed the breach yesterday in a filing.", "yesterday", Date, "2017-10-10"},
		{"tomorrow", "The minister will testify tomorrow before the panel.", "tomorrow", Date, "2017-10-12"},
		{"tonight", "The vote is expected tonight in parliament.", "tonight", Time, "2017-10-11TNI"},
		{"last night", "The exchange was knocked offline last night by attackers.", "last night", Time, "2017-10-10TNI"},
		{"last month", "The worm spread last month through shared drives.", "last month", Date, "2017-09"},
		{"last year", "The company was fined last year for the lapse.", "last year", Date, "2016"},
		{"next year", "The law takes effect next year in all states.", "next year", Date, "2018"},
		{"last week", "Prosecutors charged two officers last week in Kiev.", "last week", Date, "2017-W40"},
		{"this week", "The agency warned banks this week about the kit.", "this week", Date, "2017-W41"},
		{"earlier this year", "The group was exposed earlier this year by researchers.", "earlier this year", Date, "2017"},
		{"years ago", "The flaw was found two years ago by a student.", "two years ago", Date, "2015"},
		{"days ago", "The botnet was dismantled three days ago in a raid.", "three days ago", Date, "2017-10-08"},
		{"last quarter", "Losses grew in the third quarter after the theft.", "the third quarter", Date, "2017-Q3"},
		{"weekend", "The ransomware spread over the weekend through hospitals.", "the weekend", Date, "2017-W40-WE"},
		// durations
		{"duration years", "The operation lasted three years before discovery.", "three years", Duration, "P3Y"},
		{"duration days", "The servers were down for 10 days in total.", "10 days", Duration, "P10D"},
		{"duration hours", "Defenders had 24 hours to respond to the demand.", "24 hours", Duration, "PT24H"},
		{"duration vague", "The spies had operated for months inside the ministry.", "months", Duration, "PXM"},
		{"the first hours of a span", "Dozens were held in the first hours of the blockade.", "hours", Duration, "PTXH"},
		{"duration compound", "They signed a five-year contract with the agency.", "five-year", Duration, "P5Y"},
		{"duration past", "Attacks tripled over the past three months in the region.", "the past three months", Duration, "P3M"},
		{"duration twenty-four", "The outage lasted twenty-four hours in Kiev.", "twenty-four hours", Duration, "PT24H"},
		{"duration a couple", "The leak went unnoticed for a couple of weeks at least.", "a couple of weeks", Duration, "P2W"},
		// sets
		{"every week", "The implant called home every week to its server.", "every week", Set, "P1W"},
		{"annually", "The agency publishes the threat report annually in spring.", "annually", Set, "P1Y"},
		{"daily", "Analysts review the logs daily for anomalies.", "daily", Set, "P1D"},
		{"every other", "Keys were rotated every other month by the operators.", "every other month", Set, "P2M"},
		// vague references
		{"now", "The group now targets energy firms.", "now", Date, "PRESENT_REF"},
		{"currently", "The service is currently offline.", "currently", Date, "PRESENT_REF"},
		{"recently", "The tool was recently updated by its authors.", "recently", Date, "PAST_REF"},
		{"future", "More leaks are likely in the future, she said.", "the future", Date, "FUTURE_REF"},
		{"the past", "Such attacks happened in the past as well.", "the past", Date, "PAST_REF"},
		{"a passive's doer before a day does not stop the past", "The exchange was hit by hackers on January 5.", "January 5", Date, "2017-01-05"},
		{"a participle's doer before a day does not stop the past", "The ministry was breached by hackers from Tin Owl on January 5.", "January 5", Date, "2017-01-05"},
		{"a past spelt as its base takes a past day", "The gang hit the exchange with ransomware on January 5.", "January 5", Date, "2017-01-05"},
		{"a base after a modal still points ahead", "The new rules will hit the exchange on January 5.", "January 5", Date, "2018-01-05"},
		{"a perfect of setting still points ahead", "The exchange has set January 5 as the deadline.", "January 5", Date, "2018-01-05"},
		{"a deadline by still points ahead", "The files must be returned by January 5.", "January 5", Date, "2018-01-05"},
		{"March after the modifying a deed noun", "The bank said the March attack had cost it millions.", "March", Date, "2017-03"},
		{"May after the modifying a deed noun", "Investigators tied the May breach to a gang called Tin Owl.", "May", Date, "2017-05"},
		// a month joined to a later month of the year before keeps the told order (ref October)
		{"a plea before a sentence last year", "Oren Mall pleaded guilty in September and was sentenced in December.", "September", Date, "2016-09"},
		{"the later month of the pair", "Oren Mall pleaded guilty in September and was sentenced in December.", "December", Date, "2016-12"},
		{"an inquiry and a fine", "The regulator opened an inquiry in August and fined Tessel Bank in November.", "August", Date, "2016-08"},
		{"fronted months joined by a semicolon", "In July, the regulator opened an inquiry; in December, it fined Tessel Bank.", "July", Date, "2016-07"},
		{"a plural doer, a deed and a leak", "Hackers struck three clinics in October and leaked patient files in November.", "October", Date, "2016-10"},
		{"a new subject after the join tells another deed", "The Kestrel gang hit Orvik Port in September, and a rival crew attacked Tolland Port in December.", "September", Date, "2017-09"},
		{"a relative clause may tell an earlier time", "Tessel Bank was fined in September over a breach that began in December.", "September", Date, "2017-09"},
		{"an after-clause may tell an earlier time", "Oren Mall was sentenced in September, after pleading guilty in December.", "September", Date, "2017-09"},
		{"a past perfect may tell an earlier time", "The regulator fined Tessel Bank in September for failings it had found in December.", "September", Date, "2017-09"},
		{"a plan after the join keeps the month", "Regulators fined Tessel Bank in August and plan a second review in November.", "August", Date, "2017-08"},
		{"a later month with its year keeps the month", "Police raided the office in June and arrested two men in December 2015.", "June", Date, "2017-06"},
		{"a deictic later month keeps the month", "Officials met in June and again last December.", "June", Date, "2017-06"},
	}
	tg := mustTagger(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tg.Find(tt.text, ref)
			found := expectExpression(t, got, tt.want, tt.typ, tt.value)
			runes := []rune(tt.text)
			assert.Equal(t, tt.want, string(runes[found.Start:found.End]))
		})
	}
}

func TestFindRejects(t *testing.T) {
	tests := []struct{ name, text string }{
		{"count", "The hackers stole 1500 records and 2000 passwords."},
		{"money", "The ransom was $2015 in bitcoin."},
		{"thousands", "About 1,999 accounts were exposed."},
		{"percent", "Traffic rose 2014% after the attack."},
		{"modal may", "The ministry may respond later."},
		{"fall of", "After the fall of the regime, files leaked."},
		{"former", "A former officer leaked the files."},
		{"age", "A 17-year-old was arrested."},
		{"identifier", "The flaw, CVE 2017 0144, was patched."},
		{"statute name", "She faces three charges under the Computer Crimes Act 1997."},
		{"some weekday", "The servers went dark on a Sunday night."},
		{"a holiday weekend across two years", "Hackers locked the port's files over the New Year's weekend."},
		{"the early hours", "The crew struck in the early hours, when the guards were asleep."},
		{"the small hours", "The files vanished in the small hours, the staff said."},
		{"the wee hours", "Rioters torched the depot in the wee hours."},
		{"island name", "The ferry to Christmas Island was cancelled."},
		{"new year alone", "The ministry hopes for calm in the New Year."},
		{"holiday in a longer name", "The Memorial Day Foundation lost its donor files."},
		{"labor in a body's name", "The Labor Department fined the contractor."},
		{"hacking group named for an hour", "Analysts blamed Midnight Blizzard for the break-in."},
		{"group name opening a sentence", "Midnight Blizzard denied nothing."},
		{"newspaper named for a weekday", "The leak was first described by the Sunday Ledger."},
		{"March before of", "The hackers also hit the March of Dimes charity."},
		{"May before a name", "The leak reached the May Fair committee."},
		{"dawn of an era", "The museum opened a show on the dawn of computing."},
		{"dusk-to-dawn", "A dusk-to-dawn curfew kept the staff at home."},
		{"Dawn as a name", "The files were sent to Dawn Ellery."},
		{"evening before a noun", "The staff read by evening light."},
		{"morning after by", "The files will be gone by morning, the analyst warned."},
	}
	tg := mustTagger(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tg.Find(tt.text, ref)
			assert.Empty(t, got, "got %+v, want nothing", got)
		})
	}
}

func TestFindUnknownReference(t *testing.T) {
	tests := []struct{ text, want, value string }{
		{"The breach was found last year.", "last year", "PAST_REF"},
		{"The breach was found yesterday.", "yesterday", "PAST_REF"},
		{"The breach was found on Oct. 10.", "Oct. 10", "XXXX-10-10"},
		{"The breach was found on Tuesday.", "Tuesday", "XXXX-WXX-2"},
		{"The breach was found in March.", "March", "XXXX-03"},
		{"The breach was found this summer.", "this summer", "XXXX-SU"},
		{"The breach was found on October 10, 2017.", "October 10, 2017", "2017-10-10"},
		{"The breach lasted three weeks.", "three weeks", "P3W"},
	}
	tg := mustTagger(t)
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got := tg.Find(tt.text, time.Time{})
			require.Len(t, got, 1, "got %+v", got)
			assert.Equal(t, tt.want, got[0].Text)
			assert.Equal(t, tt.value, got[0].Value)
		})
	}
}

func TestFindOffsetsAfterMultibyteRunes(t *testing.T) {
	text := "Die Lücke – entdeckt am 10. März? No: on “March 3, 2016” the café closed."
	got := mustTagger(t).Find(text, ref)
	require.NotEmpty(t, got)
	runes := []rune(text)
	for _, e := range got {
		assert.Equal(t, e.Text, string(runes[e.Start:e.End]))
	}
	assert.Equal(t, "2016-03-03", got[len(got)-1].Value)
}

func TestCalendar(t *testing.T) {
	tests := []struct{ value, iso, precision string }{
		{"2017-10-10TNI", "2017-10-10", "day"},
		{"2017-10-10T15:00", "2017-10-10", "day"},
		{"2017-10-10", "2017-10-10", "day"},
		{"2015-06", "2015-06", "month"},
		{"2014", "2014", "year"},
		{"2015-SU", "2015", "year"},
		{"2015-Q1", "2015", "year"},
		{"2015-H2", "2015", "year"},
		{"2017-W41", "2017-10", "month"},
		{"2017-W39", "2017", "year"}, // 25 September to 1 October
		{"2017-W40-WE", "2017-10", "month"},
		{"2017-W39-WE", "2017", "year"},     // 30 September and 1 October
		{"2026-W18-WE", "2026-05", "month"}, // the week began on 27 April, its weekend is 2-3 May
		{"1998-XX-XX", "1998", "year"},
		{"199", "", ""},
		{"19", "", ""},
		{"PAST_REF", "", ""},
		{"PRESENT_REF", "", ""},
		{"P3Y", "", ""},
		{"PT24H", "", ""},
		{"XXXX-10-10", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			iso, prec := Calendar(tt.value)
			assert.Equal(t, tt.iso, iso, "iso of %q", tt.value)
			assert.Equal(t, tt.precision, prec, "precision of %q", tt.value)
		})
	}
}

// expectExpression finds the expression with text want among got and checks its type and
// value.
func expectExpression(t *testing.T, got []Expression, want, typ, value string) *Expression {
	t.Helper()
	var found *Expression
	for i := range got {
		if got[i].Text == want {
			found = &got[i]
		}
	}
	require.NotNil(t, found, "got %+v, want %q", got, want)
	assert.Equal(t, typ, found.Type, "type of %q", want)
	assert.Equal(t, value, found.Value, "value of %q", want)
	return found
}

// checkExpressions asserts the invariants of Find's output on any input.
func checkExpressions(tb testing.TB, text string, got []Expression) {
	tb.Helper()
	runes := []rune(text)
	last := 0
	for _, e := range got {
		if e.Start < last || e.End <= e.Start || e.End > len(runes) {
			tb.Fatalf("bad offsets %d..%d (previous end %d, %d runes) in %q", e.Start, e.End, last, len(runes), text)
		}
		if string(runes[e.Start:e.End]) != e.Text {
			tb.Fatalf("text %q != runes[%d:%d] %q", e.Text, e.Start, e.End, string(runes[e.Start:e.End]))
		}
		if e.Type == "" || e.Value == "" {
			tb.Fatalf("empty type or value: %+v", e)
		}
		last = e.End
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"The breach on October 10, 2017 lasted three years.",
		"Tuesday night at 3 p.m. EST, last fall, mid-2015, the 1990s, Q3 2016",
		"\xff\xfe 2014\x80 Oct. 1\xc3",
		"every other week the past two months a year-earlier quarter",
		"'9", "the", "Q", "3:", "a couple of", "12/31/", "the year - ",
		"In 2014, the third quarter; that same day a year earlier, the next morning, the day before.",
		"Feb. 29, 2016. Twelve months later, the following week, that night, the previous Friday",
	} {
		f.Add(s, int64(0))
		f.Add(s, ref.Unix())
	}
	tg := mustTagger(f)
	narrative, err := New(Narrative())
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		var r time.Time
		if sec != 0 {
			r = time.Unix(sec%(1<<40), 0).UTC()
		}
		checkExpressions(t, text, tg.Find(text, r))
		checkExpressions(t, text, narrative.Find(text, r))
	})
}

func TestFindHugeAndBrokenInput(t *testing.T) {
	tg := mustTagger(t)
	huge := strings.Repeat("On Oct. 10, 2017 \xff the 1990s ended; for years now ", 20000)
	checkExpressions(t, huge, tg.Find(huge, ref))
	digits := strings.Repeat("9", 100000)
	checkExpressions(t, digits, tg.Find(digits, ref))
	assert.Empty(t, tg.Find("", ref))
	for i := 0; i < 256; i++ {
		s := "in 2014" + string(rune(i)) + "\xe2\x80" + "Tuesday"
		checkExpressions(t, s, tg.Find(s, ref))
		assert.True(t, utf8.ValidString(tg.Find(s, ref)[0].Text))
	}
}

// TestTempEval scores the tagger on the TempEval-3 training data when the shared corpus is
// checked out beside the repository; the figures are logged. It writes nothing.
func TestTempEval(t *testing.T) {
	root := filepath.Join("..", "..", "..", "shared", "corpus", "tempeval3")
	files, _ := filepath.Glob(filepath.Join(root, "articles", "*.txt"))
	if len(files) == 0 {
		t.Skip("no TempEval-3 corpus at", root)
	}
	plain := mustTagger(t)
	narrative, err := New(Narrative())
	require.NoError(t, err)
	for _, tg := range []*Tagger{plain, narrative} {
		tempEval(t, tg, root, files)
	}
}

func tempEval(t *testing.T, tg *Tagger, root string, files []string) {
	var gold, sys, matched, valueOK int
	for _, f := range files {
		body, pub := readArticle(t, f)
		var want []Expression
		b, err := os.ReadFile(filepath.Join(root, "timex", strings.TrimSuffix(filepath.Base(f), ".txt")+".json"))
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(b, &want))
		got := tg.Find(body, pub)
		gold += len(want)
		sys += len(got)
		used := make([]bool, len(got))
		for _, g := range want {
			for i, s := range got {
				if used[i] || s.End <= g.Start || s.Start >= g.End {
					continue
				}
				used[i] = true
				matched++
				if s.Value == g.Value {
					valueOK++
				}
				break
			}
		}
	}
	p, r := float64(matched)/float64(sys), float64(matched)/float64(gold)
	f1 := 2 * p * r / (p + r)
	acc := float64(valueOK) / float64(matched)
	t.Logf("TempEval-3 training (narrative %v): relaxed P=%.3f R=%.3f F1=%.2f value acc=%.3f value F1=%.2f", tg.narrative, p, r, 100*f1, acc, 100*f1*acc)
	assert.Greater(t, 100*f1*acc, 60.0, "value F1 floor")
}

// readArticle reads an article file: header lines up to a blank line (published: is the
// reference date), then the body.
func readArticle(tb testing.TB, path string) (string, time.Time) {
	tb.Helper()
	b, err := os.ReadFile(path)
	require.NoError(tb, err)
	s := string(b)
	head, body, ok := strings.Cut(s, "\n\n")
	if !ok {
		return s, time.Time{}
	}
	var pub time.Time
	for _, l := range strings.Split(head, "\n") {
		if v, ok := strings.CutPrefix(l, "published:"); ok {
			v = strings.TrimSpace(v)
			if len(v) >= 10 {
				pub, _ = time.Parse("2006-01-02", v[:10])
			}
		}
	}
	return body, pub
}

func BenchmarkFind(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	require.NoError(b, err)
	tg := mustTagger(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Find(string(text), ref)
	}
}

// TestFindNarrative checks anaphoric expressions against the narrative's anchor, the last
// calendar date the text gave, and deictic ones against the reference date.
func TestFindNarrative(t *testing.T) {
	tests := []struct {
		name, text       string
		want, typ, value string
	}{
		{"days earlier", "The breach began on March 3, 2015. Two days earlier, the group registered the domain.", "Two days earlier", Date, "2015-03-01"},
		{"the next day", "Police raided the office on June 12, 2016. The next day, the suspect fled.", "The next day", Date, "2016-06-13"},
		{"the next day after a clock on a weekday with its date", "At 3 a.m. on Sunday, March 18, 2012, hackers wiped the servers. The next day, the port called police.", "The next day", Date, "2012-03-19"},
		{"the next day after a clock on a date", "At 9:30 a.m. on June 12, 2016, police raided the office. The next day, the suspect fled.", "The next day", Date, "2016-06-13"},
		{"the next morning", "Police raided the office on June 12, 2016. The suspect fled the next morning.", "the next morning", Time, "2016-06-13TMO"},
		{"the previous evening", "The bank disclosed the theft on June 12, 2016. Its staff had noticed the transfers the previous evening.", "the previous evening", Time, "2016-06-11TEV"},
		{"the preceding night", "Police raided the office on Friday, March 4, 2016. The suspect had fled the preceding night.", "the preceding night", Time, "2016-03-03TNI"},
		{"the following week", "Police raided the office on June 12, 2016. The following week, the suspect fled.", "The following week", Date, "2016-W24"},
		{"the following month", "The group first struck in March 2015. The following month, it hit a bank.", "The following month", Date, "2015-04"},
		{"the following year", "The group first struck on May 22, 2015, and the following year it hit a bank.", "the following year", Date, "2016"},
		{"that autumn", "The insurer was breached in March 2019. That autumn, the stolen files appeared online.", "That autumn", Date, "2019-FA"},
		{"that month", "The audit began in the summer of 2020. That August, an analyst alerted the board.", "That August", Date, "2020-08"},
		{"by that month", "She joined the agency in 2018. By that December, she had copied the files.", "that December", Date, "2018-12"},
		{"the following spring", "The first probe came in the autumn of 2015. The following spring, the group struck a dam.", "The following spring", Date, "2016-SP"},
		{"the following summer same year", "The group first struck in March 2015. The following summer, it hit a bank.", "The following summer", Date, "2015-SU"},
		{"the following month name", "The group first struck in the summer of 2015. The following March, it hit a bank.", "The following March", Date, "2016-03"},
		{"that season skips a bare month", "The firm was hacked in January 2016. It told the regulator in April. That summer, the agency warned others.", "That summer", Date, "2016-SU"},
		{"that month after a noun", "The leak began in March 2023. The paper published the story that May.", "that May", Date, "2023-05"},
		{"the next month after that month", "The leak began in March 2023. The paper published the story that May. The agency found it the next month.", "the next month", Date, "2023-06"},
		{"the next year", "The group first struck in 2015. The next year, it hit a bank.", "The next year", Date, "2016"},
		{"in the next year is ahead", "The group first struck in 2015. It plans to grow in the next year.", "the next year", Date, "2018"},
		{"over the next month is ahead", "The group first struck in 2015. Prices will rise over the next month.", "the next month", Date, "2017-11"},
		{"that month after the following month", "The backdoor went in during the autumn of 2022. The heist came the following March. The FBI named the thieves that June.", "that June", Date, "2023-06"},
		{"that month after the following season", "The probe began in the autumn of 2015. The following spring, it found a backdoor. That May, the firm told the board.", "That May", Date, "2016-05"},
		{"that year after a season", "The first email came in the summer of 2023. Later that year, analysts saw the leak.", "Later that year", Date, "2023"},
		{"the following year after a season", "The probe began in March 2014. The backdoor went in during the autumn of 2015. The following year, it was found.", "The following year", Date, "2016"},
		{"the previous season", "The firm found the backdoor in March 2023. It had gone in the previous autumn.", "the previous autumn", Date, "2022-FA"},
		{"the previous season same year", "The firm found the backdoor in December 2022. It had gone in the previous summer.", "the previous summer", Date, "2022-SU"},
		{"the previous month name", "The firm found the backdoor in the spring of 2021. The vendor had warned it the previous December.", "the previous December", Date, "2020-12"},
		{"the previous day", "The leak surfaced on July 4, 2016. The files had been copied the previous day.", "the previous day", Date, "2016-07-03"},
		{"a year later", "The tool appeared in 2014. A year later, it was sold on a forum.", "A year later", Date, "2015"},
		{"months later keeps the day", "The tool appeared on Feb. 29, 2016. Twelve months later it was sold.", "Twelve months later", Date, "2017-02-28"},
		{"a count apposed to a date restates it", "The lender saw odd logins in March 2021. Clients were not told until October 2021, seven months later.", "seven months later", Date, "2021-10"},
		{"a day apposed to a count after it", "The clinic found the malware on May 2, 2019. It alerted patients on May 16, 2019, two weeks later, and the police after that.", "two weeks later", Date, "2019-05-16"},
		{"about a year later", "The tool appeared on May 2, 2014. About a year later, it was sold.", "About a year later", Date, "2015"},
		{"that same day", "The flaw was found on May 2, 2016. That same day, the vendor shipped a fix.", "That same day", Date, "2016-05-02"},
		{"that same day month anchor", "The doctor was shot in October 1998, and the list went offline that same day.", "that same day", Date, "1998-10-XX"},
		{"the same day after a year a sentence back", "The ministry summoned the envoy on May 2, 2016. It said the attack began in late 2015. The embassy rejected the claim the same day.", "the same day", Date, "2016-05-02"},
		{"the same day after a year in its sentence", "The ministry summoned the envoy on May 2, 2016. In 2012, the group broke in; the same day, it stole files.", "the same day", Date, "2012-XX-XX"},
		{"that afternoon after a month modifying a noun", "On May 2, 2016, the clerk found the logins, she said in the September interview. That afternoon, she called the police.", "That afternoon", Time, "2016-05-02TAF"},
		{"the same day after a possessive's month", "The outage began on May 2, 2016. The bank cited the regulator's March guidance and called the police the same day.", "the same day", Date, "2016-05-02"},
		{"the same day after a month and year modifying a noun", "The outage began on May 2, 2016. The bank followed its March 2015 plan and called the police the same day.", "the same day", Date, "2016-05-02"},
		{"that summer after a year modifying a noun", "Officials briefed the senator in June 2016. Her aide had worked on her 2012 campaign. Police were told later that summer.", "later that summer", Date, "2016-SU"},
		{"the next day after a month-day modifying a noun", "The clerk found the logins on May 2, 2016. The bank's reply ignored the April 20 warning. It called the police the next day.", "the next day", Date, "2016-05-03"},
		{"a month-day before a clause still moves the story", "The clerk found the logins on May 2, 2016. On May 9 the bank called the police. The next day, it told customers.", "The next day", Date, "2016-05-10"},
		{"a month opening a clause still moves the story", "The outage began on May 2, 2016. In June the bank called the police. That same day, it told customers.", "That same day", Date, "2016-06-XX"},
		{"the same day after a possessive's year", "The outage began on May 2, 2016. The bank told the regulator, as the regulator's 2014 rules require, and called the police the same day.", "the same day", Date, "2016-05-02"},
		{"that year", "Imports reached $37 million in 1988, a small share of all imports that year.", "that year", Date, "1988"},
		{"a range's first day takes the year of that year closing it", "The bank disclosed the theft in October 2015. Card numbers were captured between June 3 and Sept. 12 of that year.", "June 3", Date, "2015-06-03"},
		{"a range's first month takes last year closing it", "The bank said the malware ran from March to August last year.", "March", Date, "2016-03"},
		{"a range across the new year closed by last year", "The bank said the malware ran from Nov. 3 to Feb. 12 last year.", "Nov. 3", Date, "2015-11-03"},
		{"days afterward", "The clerk found the logins on May 2, 2016. Three days afterward, she told her manager.", "Three days afterward", Date, "2016-05-05"},
		{"a week afterwards after a step", "The clerk found the logins on May 2, 2016. The next day, she told her manager. He called the police a week afterwards.", "a week afterwards", Date, "2016-05-10"},
		{"days after that", "The clerk found the logins on May 2, 2016. Two days after that, she told her manager.", "Two days after that", Date, "2016-05-04"},
		{"a week after that closing the sentence", "The clerk found the logins on May 2, 2016. She told her manager a week after that.", "a week after that", Date, "2016-05-09"},
		{"after that counts from the day stepped to", "The clerk found the logins on May 2, 2016. Two days later, she told her manager. He called the police a week after that.", "a week after that", Date, "2016-05-11"},
		{"later counts from the day stepped to", "The clerk found the logins on May 2, 2016. The next day, she told her manager. Two days later, he called the police.", "Two days later", Date, "2016-05-05"},
		{"the next day after days later", "Thieves emptied the vault on April 7, 2018. Three days later, the bank noticed the loss. The next day, it called the police.", "The next day", Date, "2018-04-11"},
		{"the next day after the next day", "The robbers struck on April 7, 2018. The next day, the bank noticed the loss. The next day, it called the police.", "The next day", Date, "2018-04-09"},
		{"the following morning after days later", "Thieves emptied the vault on April 7, 2018. Two days later, the bank noticed the loss and called the police the following morning.", "the following morning", Time, "2018-04-10TMO"},
		{"the following week after days later", "Thieves emptied the vault on April 7, 2018. Two days later, the bank noticed the loss. It called the police the following week.", "the following week", Date, "2018-W16"},
		{"the day after closing a sentence after a step", "Thieves emptied the vault on April 7, 2018. Two days later, the bank noticed the loss. It called the police the day after.", "the day after", Date, "2018-04-10"},
		{"the previous evening after a step", "Thieves emptied the vault on April 7, 2018. Two days later, the bank told the police. Its staff had noticed the loss the previous evening.", "the previous evening", Time, "2018-04-08TEV"},
		{"the end of the month of a past story", "Burglars broke into the depot in March 2015. By the end of the month, they had sold the stolen parts.", "the end of the month", Date, "2015-03"},
		{"the end of the month closing a past clause", "Burglars broke into the depot in March 2015. They sold the stolen parts by the end of the month.", "the end of the month", Date, "2015-03"},
		{"later in the year of a past story", "Burglars broke into the depot on March 4, 2015. Later in the year, police arrested two men.", "Later in the year", Date, "2015"},
		{"the start of the week of a past story", "Burglars broke into the depot on March 6, 2015. At the start of the week, a guard had reported a broken lock.", "the start of the week", Date, "2015-W10"},
		{"the end of the month told of the future", "Burglars broke into the depot in March 2015. The firm expects to reopen it by the end of the month.", "the end of the month", Date, "2017-10"},
		{"the end of the year told in the present", "Burglars broke into the depot in March 2015. The firm is rebuilding it and hopes to finish by the end of the year.", "the end of the year", Date, "2017"},
		{"later after a new calendar day counts from it", "The clerk found the logins on May 2, 2016. The next day, she told her manager. On May 9, 2016, he called the police. Two days later, they came.", "Two days later", Date, "2016-05-11"},
		{"days after that deed is no count from the anchor", "The clerk found the logins on May 2, 2016. Two days after that breach, she told her manager.", "Two days", Duration, "P2D"},
		{"that afternoon after the next day", "The clerk found the logins on May 2, 2016. The next day, she told her manager. He called the police that afternoon.", "that afternoon", Time, "2016-05-03TAF"},
		{"the same day after days later", "The clerk found the logins on May 2, 2016. Two days later, she told her manager, who called the police the same day.", "the same day", Date, "2016-05-04"},
		{"the same day after the next morning", "The vault was emptied on May 2, 2016. The bank noticed the loss the next morning and called the police the same day.", "the same day", Date, "2016-05-03"},
		{"that day after the following evening", "The vault was emptied on May 2, 2016. The guards noticed the following evening. The bank called the police that day.", "that day", Date, "2016-05-03"},
		{"a calendar day after the step is the day", "The clerk found the logins on May 2, 2016. The next day, she told her manager. On May 9, 2016, he called the police that afternoon.", "that afternoon", Time, "2016-05-09TAF"},
		{"a step from a month is no day", "The clerk found the logins in May 2016. The next day, she told her manager. He called the police that afternoon.", "that afternoon", Time, "2016-05-XXTAF"},
		{"a date after since is no anchor", "The dam was breached in April 2016. The group had also hit two plants since March. The operator told police the following day.", "the following day", Date, "2016-04-XX"},
		{"a date after since at least is no anchor", "The vendor was breached on May 4, 2016. The group had been inside since at least March. The vendor patched the flaw the next day.", "the next day", Date, "2016-05-05"},
		{"a date after since as early as is no anchor", "The vendor was breached on May 4, 2016. The group had been inside since as early as March. The vendor patched the flaw the next day.", "the next day", Date, "2016-05-05"},
		{"a date after since early is no anchor", "The vendor was breached on May 4, 2016. The group had been active since early 2015. The vendor patched the flaw the next day.", "the next day", Date, "2016-05-05"},
		{"month of that year", "The portal was breached in 2014, which the firm disclosed in March of that year.", "March of that year", Date, "2014-03"},
		{"month that same year", "The group formed in 2013 and struck a bank in June that same year.", "June that same year", Date, "2013-06"},
		{"a year modifying a noun is no anchor of the same day", "Police raided the office on May 2, 2016, over a 2014 fraud scheme. The bank closed its accounts the same day.", "the same day", Date, "2016-05-02"},
		{"a year modifying a noun is no anchor of the next day", "The regulator opened an inquiry in April 2016 into its 2013 audit. The firm fired its auditor the next day.", "the next day", Date, "2016-04-XX"},
		{"a year modifying a noun is still the year of that year", "The ministry summoned the envoy on May 2, 2016. It blamed the 2014 breach of its portal, which it disclosed in March of that year.", "March of that year", Date, "2014-03"},
		{"a year modifying a noun is still that year", "The ministry summoned the envoy on May 2, 2016. It blamed the 2014 breach of its portal, which spread later that year.", "later that year", Date, "2014"},
		{"day of the same year", "The tool appeared in 2012. On May 4 of the same year it was sold.", "May 4 of the same year", Date, "2012-05-04"},
		// "as early as" points back in a clause told in the past, ahead otherwise; "as soon as" ahead
		{"as early as in the past", "The intruders were inside the network as early as December.", "December", Date, "2016-12"},
		{"as early as ahead", "The vendor could ship a fix as early as December.", "December", Date, "2017-12"},
		{"as early as after a regular past deed", "The auditors said the thieves first slipped into the ledger as early as Dec. 3.", "Dec. 3", Date, "2016-12-03"},
		{"as early as past a long object", "The firm said the crew had breached servers at the Port Authority (PA) and the Coast Guard (CG) as early as December.", "December", Date, "2016-12"},
		{"as early as after saying stays ahead", "The regulator warned the new rule takes effect as early as December.", "December", Date, "2017-12"},
		{"as soon as ahead in the past", "Investors were likely to sell as soon as trading opened in December.", "December", Date, "2017-12"},
		// a deadline points ahead unless its clause tells it in the past
		{"a deadline ahead", "The gang gave the clinic a deadline of December 3 to pay.", "December 3", Date, "2017-12-03"},
		{"a deadline that passed", "The gang's deadline passed on December 3 without a payment.", "December 3", Date, "2016-12-03"},
		{"a deadline that expired", "The deadline expired in December, and the files went online.", "December", Date, "2016-12"},
		{"that night", "The ministry was hit on Jan. 9, 2017. That night the site went dark.", "That night", Time, "2017-01-09TNI"},
		{"the day before", "The servers were seized on Aug. 30, 2016. The operators had wiped them the day before.", "the day before", Date, "2016-08-29"},
		{"weeks after", "The worm surfaced on January 5, 2016, and the vendor patched it three weeks after.", "three weeks after", Date, "2016-01-26"},
		{"later that month", "The campaign started in September 2016. Later that month, the group switched servers.", "Later that month", Date, "2016-09"},
		{"earlier that day", "The exchange was robbed on Oct. 23, 2015. Earlier that day, its keys had leaked.", "Earlier that day", Date, "2015-10-23"},
		{"later that year", "The implant was planted in 2013. Later that year, it was found.", "Later that year", Date, "2013"},
		{"the previous weekday", "The firm disclosed the breach on October 9, 2017; the intrusion began the previous Friday.", "the previous Friday", Date, "2017-10-06"},
		{"year earlier after quarter", "Profit fell in the third quarter of 2015 from a year earlier.", "a year earlier", Date, "2014-Q3"},
		{"year earlier after day", "Sales for the six months ended Aug. 12, 2015 fell from a year earlier.", "a year earlier", Date, "2014-08-12"},
		{"after yesterday", "The firm disclosed the breach yesterday. The day before, its shares fell.", "The day before", Date, "2017-10-09"},
		{"year earlier after yesterday", "The firm reported its results yesterday, up from a year earlier.", "a year earlier", Date, "2016"},
		// no anchor: the reference date
		{"next day without anchor", "The next day, the vendor shipped a fix.", "The next day", Date, "2017-10-12"},
		{"year later without anchor", "A year later, the vendor shipped a fix.", "A year later", Date, "2018"},
		// a count finer than the anchor stays a duration
		{"weeks later month anchor", "The implant appeared in March 2015. Three weeks later, the group struck.", "Three weeks", Duration, "P3W"},
		{"hours later", "The site fell on May 2, 2016. Two hours later it was back.", "Two hours", Duration, "PT2H"},
		// deictic expressions keep the reference date after an anchor
		{"days ago", "The breach began on March 3, 2015. Two days ago, the group struck again.", "Two days ago", Date, "2017-10-09"},
		{"yesterday", "The breach began on March 3, 2015. Yesterday the group struck again.", "Yesterday", Date, "2017-10-10"},
		{"last week", "The breach began on March 3, 2015. Last week the group struck again.", "Last week", Date, "2017-W40"},
		{"next month", "The breach began on March 3, 2015. Next month the trial opens.", "Next month", Date, "2017-11"},
		{"weekday", "The breach began on March 3, 2015. On Tuesday the group struck again.", "Tuesday", Date, "2017-10-10"},
		{"earlier this year", "The breach began on March 3, 2015. Earlier this year the group struck again.", "Earlier this year", Date, "2017"},
		{"the day before yesterday", "The breach began on March 3, 2015. The day before yesterday the group struck again.", "The day before yesterday", Date, "2017-10-09"},
		// a clock time with no day of its own is on the anchor's day
		{"clock right after a day", "Posted March 3, 2015 5:50 pm. The firm had called the police.", "5:50 pm", Time, "2015-03-03T17:50"},
		{"clock told in the past well after a day", "The breach began on March 3, 2015. The firm then called in outside investigators. By 7am the servers were off.", "7am", Time, "2015-03-03T07:00"},
		{"clock opening a past clause after a day", "Vandals cut the cables on May 9, 2014. At 3 a.m., the alarms went off.", "3 a.m.", Time, "2014-05-09T03:00"},
		{"clock after the next day", "Vandals cut the cables on May 9, 2014. The next day, the owner called an electrician. By noon, the power had returned.", "noon", Time, "2014-05-10T12:00"},
		{"clock told of the future after a day", "Vandals cut the cables on May 9, 2014. The owner expects to restore the power by 5 p.m.", "5 p.m.", Time, "2017-10-11T17:00"},
		{"clock after a weekday date", "The outage began on Monday, October 2. At 3 p.m. the firm called the police.", "3 p.m.", Time, "2017-10-02T15:00"},
		// after a year, quarter or month before the reference date's, the day is not given
		{"clock after a month", "The breach began in March 2015. By 7am the firm had called the police.", "7am", Time, "XXXX-XX-XXT07:00"},
		{"clock after a month, opening a clause", "In February 2013, thieves slipped into a vendor's server. At 4 a.m. a manager telephoned the police.", "4 a.m.", Time, "XXXX-XX-XXT04:00"},
		{"clock after a year", "The Tollan gang struck the harbour in 2014. Shortly after midnight, officials called the coast guard.", "midnight", Time, "XXXX-XX-XXT24:00"},
		{"clock after a year, trailing", "In 2012 a crew hit the Vestry clinic. The clinic alerted the regulator at 6 p.m.", "6 p.m.", Time, "XXXX-XX-XXT18:00"},
		{"clock after a quarter", "Sales fell in the second quarter of 2015. At 9 a.m. the board met in secret.", "9 a.m.", Time, "XXXX-XX-XXT09:00"},
		{"clock after last month", "The firm disclosed the breach last month. Around 10:30 a.m. its staff noticed the logins.", "10:30 a.m.", Time, "XXXX-XX-XXT10:30"},
		{"clock in a passive after a month", "The Brill group attacked the Sandow port in August 2011. Port staff were alerted shortly before noon.", "noon", Time, "XXXX-XX-XXT12:00"},
		// in a news story whose lead named a recent day, a later paragraph told back to after background is that day
		{"clock after background returns to the lead's day", "The ministry on Monday summoned the Varesh envoy.\n\nThe hackers first struck in March 2015.\n\nAt 4 a.m. the envoy was handed a note.", "4 a.m.", Time, "2017-10-09T04:00"},
		{"overnight after background returns to the lead's day", "Yesterday the Corbin port blamed the Tollan gang.\n\nThe gang was first seen in 2014.\n\nThe port's cranes were shut down overnight.", "overnight", Time, "2017-10-10TNI"},
		{"clock in the background's paragraph", "The ministry on Monday summoned the Varesh envoy.\n\nThe hackers also struck the Corbin port in March 2015. Shortly after noon, port staff called the police.", "noon", Time, "XXXX-XX-XXT12:00"},
		{"a day after the first paragraph is no lead", "Officials gave few details.\n\nThe ministry on Monday summoned the Varesh envoy.\n\nThe hackers first struck in March 2015.\n\nAt 4 a.m. the envoy was handed a note.", "4 a.m.", Time, "XXXX-XX-XXT04:00"},
		{"a lead told of another year is no lead", "In March 2015, thieves broke into the Corbin port.\n\nThe gang had been active since 2013.\n\nAt 4 a.m. the port's manager called the police.", "4 a.m.", Time, "XXXX-XX-XXT04:00"},
		{"clock told of the future after a month", "The breach began in March 2015. The firm expects to restore the power by 5 p.m.", "5 p.m.", Time, "2017-10-11T17:00"},
		{"clock after the reference month", "The breach began in October. At 3 p.m. the firm is due to speak.", "3 p.m.", Time, "2017-10-11T15:00"},
		{"clock after a month, present", "The breach began in March 2015. At 3 p.m. its shares trade lower.", "3 p.m.", Time, "2017-10-11T15:00"},
		{"clock after yesterday", "The firm disclosed the breach yesterday. At 3 p.m. its shares fell.", "3 p.m.", Time, "2017-10-10T15:00"},
		{"clock in the present after yesterday", "The firm disclosed the breach yesterday. At 3 p.m. its shares trade lower.", "3 p.m.", Time, "2017-10-11T15:00"},
		// so is a time of day named by a word after a preposition of time
		{"nightfall after a day", "Vandals cut the cables on May 9, 2014. By nightfall, the owner had called an electrician.", "nightfall", Time, "2014-05-09TEV"},
		{"dawn after a day", "Vandals cut the cables on May 9, 2014. At dawn the owner called the police.", "dawn", Time, "2014-05-09TMO"},
		{"shortly after sunset after a day", "Vandals cut the cables on May 9, 2014. Shortly after sunset, the alarms went off.", "sunset", Time, "2014-05-09TEV"},
		{"mid-morning after a day", "Vandals cut the cables on May 9, 2014. By mid-morning the owner had called the police.", "mid-morning", Time, "2014-05-09TMO"},
		{"midafternoon trailing after a day", "Vandals cut the cables on May 9, 2014. The owner called the police in midafternoon.", "midafternoon", Time, "2014-05-09TAF"},
		{"by evening after a day", "Vandals cut the cables on May 9, 2014. By evening, the power had returned.", "evening", Time, "2014-05-09TEV"},
		{"by afternoon on a weekday", "The outage began on Monday, October 2. The firm paid by afternoon on Wednesday.", "Wednesday", Date, "2017-10-04"},
		{"lunchtime after a month", "The breach began in March 2015. At lunchtime the firm called the police.", "lunchtime", Time, "XXXX-XX-XXTMI"},
		{"nightfall told of the future", "Vandals cut the cables on May 9, 2014. The owner hopes to restore the power by nightfall.", "nightfall", Time, "2017-10-11TEV"},
		{"mid-afternoon yesterday", "In London at mid-afternoon yesterday, the shares were up.", "mid-afternoon yesterday", Time, "2017-10-10TAF"},
		// so is a night with no day of its own
		{"overnight after a weekday date", "Sunday 1 October: the mill found malware on its servers overnight.", "overnight", Time, "2017-10-01TNI"},
		{"overnight right after a day", "The depot was hit on September 28 overnight.", "overnight", Time, "2017-09-28TNI"},
		{"overnight well after a bare day", "The breach began on March 3, 2015. The firm then called in outside investigators. Overnight the servers went dark.", "Overnight", Time, "2017-10-11TNI"},
		{"overnight after a month", "The breach began in March 2015. Overnight the servers went dark.", "Overnight", Time, "XXXX-XX-XXTNI"},
		{"overnight after a year", "Raiders hit the Corby depot in 2016. Its files were wiped overnight.", "overnight", Time, "XXXX-XX-XXTNI"},
		{"overnight on a day", "The breach began on March 3, 2015. The depot was hit overnight on 28 September.", "overnight", Time, "2015-09-28TNI"},
		{"overnight on a weekday", "The depot was hit overnight Sunday, the firm said.", "overnight", Time, "2017-10-08TNI"},
		{"overnight before a day keeps the day", "The depot was hit overnight on 28 September.", "28 September", Date, "2017-09-28"},
		{"overnight after yesterday", "The firm disclosed the breach yesterday. Overnight its site went dark.", "Overnight", Time, "2017-10-11TNI"},
		// a weekday after "a" or "one" is no day the reference date fixes
		{"a past-perfect flashback is no anchor", "On March 3, 2015, the officer learned of the logins. He was told the sessions had begun in late February 2015. That morning, he called the embassy.", "That morning", Time, "2015-03-03TMO"},
		{"a flashback with an adverb is no anchor", "On March 3, 2015, the officer learned of the logins. The intruders had first logged in during February 2015. The next day, he wrote.", "The next day", Date, "2015-03-04"},
		{"had with a noun is no flashback", "On March 3, 2015, the officer learned of the logins. He had a call with the ministry on March 1, 2015. The next day, he wrote.", "The next day", Date, "2015-03-02"},
		{"a past-perfect month holding a weekday's day is background", "The regulator said on Tuesday that the lender had been breached. It had passed its evidence to the Quenby Borough Constabulary earlier this month. A day later, the treasury concurred.", "A day later", Date, "2017-10-11"},
		{"a past-perfect month holding a date's day is background", "On October 3, the agency said the bank had been hacked. It had warned the police in October. Two days later, the bank closed.", "Two days later", Date, "2017-10-05"},
		{"a simple past month holding the day still anchors", "The agency said on Tuesday that the bank had been hacked. The firm hired an auditor in October. The next day, the ministry agreed.", "The next day", Date, "2017-10-XX"},
		{"a past-perfect day anchors after a month", "She held the post until November 2015. She said a technician had found the implant on July 14, 2015. The next day she wrote to the ministry.", "The next day", Date, "2015-07-15"},
		{"a past-perfect month after the story's day is the year before", "Engineers found the implant on March 4, 2017. Logs showed the intruders had been inside the network since at least September.", "September", Date, "2016-09"},
		{"a past-perfect month after a month of the story stays", "Engineers found the implant in March 2017. The intruders had been inside the network since at least September.", "September", Date, "2017-09"},
		{"a past-perfect month before the story's day stays", "Engineers found the implant on March 4, 2017. The intruders had been inside since January.", "January", Date, "2017-01"},
		{"a simple past month after the story's day stays", "Engineers found the implant on March 4, 2017. The firm hired a new auditor in September.", "September", Date, "2017-09"},
		{"since at least May is a month", "The implant had been active since at least May, the technician said.", "May", Date, "2017-05"},
		{"a weekday in a month", "The implant was planted on a Sunday night in March 2015.", "Sunday night in March 2015", Date, "2015-03"},
		{"one weekday in a year", "The implant was planted one Tuesday of 2015.", "Tuesday of 2015", Date, "2015"},
		{"a weekday before a noun is that day", "The vendor said in a Monday blog post that it had patched the flaw.", "Monday", Date, "2017-10-09"},
		{"a weekday before a noun and a day part", "The mayor spoke at a Thursday evening news conference.", "Thursday evening", Time, "2017-10-05TEV"},
		// a narrative that opens a day with its weekday walks through that week
		{"week walk", "The outage began on Monday, October 2. On Wednesday the firm called the police.", "Wednesday", Date, "2017-10-04"},
		{"week walk goes on", "The outage began on Monday, October 2. On Wednesday the firm called the police. On Friday it paid.", "Friday", Date, "2017-10-06"},
		{"week walk same weekday", "The outage began on Monday, October 2. On Monday the firm paid.", "Monday", Date, "2017-10-09"},
		{"week walk not past the reference", "The outage began on Monday, October 9. On Friday the firm paid.", "Friday", Date, "2017-10-06"},
		{"yesterday ends the week walk", "The outage began on Monday, October 2. Yesterday the firm paid. On Wednesday it spoke.", "Wednesday", Date, "2017-10-11"},
		{"a date without weekday walks no week", "The outage began on October 2. On Wednesday the firm called the police.", "Wednesday", Date, "2017-10-11"},
		// a weekday already read against the reference date keeps that day in the walk
		{"a weekday told of this week stays", "The mayor told reporters Tuesday that the servers were back. The outage began on Monday, October 2. The insurer said in a letter Tuesday that it would pay.", "Tuesday", Date, "2017-10-10"},
		{"another weekday still walks", "The mayor told reporters Tuesday that the servers were back. The outage began on Monday, October 2. On Wednesday the firm called the police.", "Wednesday", Date, "2017-10-04"},
		// a weekday after "by" reads forward from a date told without its weekday
		{"by a weekday after a date", "The outage began on October 2. By Wednesday the firm had called the police.", "Wednesday", Date, "2017-10-04"},
		{"by a weekday after a date, comma", "Hackers broke into the bank on August 7. By Friday, they had stolen the records.", "Friday", Date, "2017-08-11"},
		{"by a weekday after a deictic date reads the reference", "The outage began yesterday. By Monday the firm had paid.", "Monday", Date, "2017-10-09"},
		{"by a weekday not past the reference", "The outage began on October 9. By Friday the firm had paid.", "Friday", Date, "2017-10-06"},
		{"by a weekday walks no week", "The outage began on October 2. By Wednesday the firm had paid. It spoke to reporters on Monday.", "Monday", Date, "2017-10-09"},
	}
	tg, err := New(Narrative())
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tg.Find(tt.text, ref)
			checkExpressions(t, tt.text, got)
			expectExpression(t, got, tt.want, tt.typ, tt.value)
		})
	}
}

// narrativeDate is one case of a date a Narrative tagger reads against the episode a text
// tells: the expression want must come out with value, as a DATE (runNarrativeDates) or of
// the type runNarrativeOfType is given.
type narrativeDate struct {
	name, text, want, value string
}

// runNarrativeDates runs cases of narrativeDate through a Narrative tagger at ref.
func runNarrativeDates(t *testing.T, tests []narrativeDate) {
	t.Helper()
	runNarrativeOfType(t, tests, Date)
}

// runNarrativeOfType runs cases of narrativeDate through a Narrative tagger at ref, each want
// to come out as an expression of type typ.
func runNarrativeOfType(t *testing.T, tests []narrativeDate, typ string) {
	t.Helper()
	tg, err := New(Narrative())
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tg.Find(tt.text, ref)
			checkExpressions(t, tt.text, got)
			expectExpression(t, got, tt.want, typ, tt.value)
		})
	}
}

// TestFindEpisodeYear checks that a month or a month and day without a year, told in the past
// after a day the text gave with an earlier year, takes that day's year (episodeYear), and
// that a date outside the episode keeps reading the reference date.
func TestFindEpisodeYear(t *testing.T) {
	tests := []narrativeDate{
		{"a month after the day", "On June 3, 2015, the clerk wired the money to the new account. The scheme fell apart in August, when the builder asked about its payment.", "August", "2015-08"},
		{"a month in the next paragraph", "On June 3, 2015, the clerk wired the money.\n\nThe scheme fell apart in August.", "August", "2015-08"},
		{"a day after a count", "On Feb. 2, 2014, he set up a fake domain. Less than a month later, on March 1, staff received the lure.", "March 1", "2014-03-01"},
		{"a day after an episode day", "On Feb. 2, 2014, he set up a fake domain. On March 1 staff received the lure, and on March 9 the intruders logged in.", "March 9", "2014-03-09"},
		{"two paragraphs on", "On June 3, 2015, the clerk wired the money.\n\nThe district hired a lawyer.\n\nThe board met in August.", "August", "2017-08"},
		{"a month before the day", "On June 3, 2015, the clerk wired the money. The contract was signed in February.", "February", "2017-02"},
		{"after the following year", "On May 2, 2013, he was promoted, and the following year he moved to Paris. He was arrested in December.", "December", "2016-12"},
		{"a clause pointing ahead", "On June 3, 2015, the clerk wired the money. The board will meet in November.", "November", "2017-11"},
		{"a month after a month of an earlier year", "Thieves broke into the depot in June 2015. Police arrested two men in August.", "August", "2015-08"},
		{"a day after a month of an earlier year", "Thieves broke into the depot in June 2015. Police arrested two men on Aug. 4.", "Aug. 4", "2015-08-04"},
		{"a month before a month of an earlier year", "Thieves broke into the depot in June 2015. The lease had been signed in February.", "February", "2017-02"},
		{"a month after a deictic season", "Thieves broke into the depot in June 2015. The owner grew wary last spring and called the police in August.", "August", "2017-08"},
		{"a day in the reference year", "On March 4, 2017, engineers found the implant. The firm hired an auditor in September.", "September", "2017-09"},
	}
	runNarrativeDates(t, tests)
}

// TestFindParagraphAttributive checks that a month that modifies a noun ("a March 2017 attack")
// is the narrative's anchor when the time before it was given in an earlier paragraph: it
// opens the episode the paragraph tells; within the anchor's paragraph it stays background.
func TestFindParagraphAttributive(t *testing.T) {
	tests := []narrativeDate{
		{"a new paragraph's attack month", "The agency opened a case in May 2015.\n\nProsecutors cited a March 2016 attack on a port. When the port refused to pay, the gang leaked its files the following month.", "the following month", "2016-04"},
		{"a new paragraph's attack day", "The agency opened a case on May 4, 2015.\n\nProsecutors cited the June 9 attack on a port. The port shut its gates the next day.", "the next day", "2015-06-10"},
		{"the same paragraph keeps its anchor", "The agency opened a case in May 2015. Prosecutors cited a March 2014 attack on a port and charged two men the following month.", "the following month", "2015-06"},
	}
	runNarrativeDates(t, tests)
}

// TestFindRecalledInSentence checks that a date told later in a sentence but earlier in time
// than the date that opened it dates a noun in passing and is no anchor (recalledInSentence).
func TestFindRecalledInSentence(t *testing.T) {
	tests := []narrativeDate{
		{"an earlier month later in the sentence", "The gang was blamed in June for the theft of $5 million from a bank, in April. The following month, the Treasury sanctioned a mixer.", "The following month", "2017-07"},
		{"an earlier day later in the sentence", "The firm said on Sept. 12 that intruders got in on Aug. 30. The next day, it reset passwords.", "The next day", "2017-09-13"},
		{"an earlier month in the next sentence", "The gang was blamed in June. It stole the money from a bank in April. The following month, the Treasury sanctioned a mixer.", "The following month", "2017-05"},
		{"a later month in the sentence", "The gang was blamed in April for a theft in June. The following month, the Treasury sanctioned a mixer.", "The following month", "2017-07"},
	}
	runNarrativeDates(t, tests)
}

// TestFindNarrativeSignals checks that "before" and "after" with an object are signals, not
// anaphora, and that without Narrative every relative expression reads the reference date.
func TestFindNarrativeSignals(t *testing.T) {
	tg, err := New(Narrative())
	require.NoError(t, err)
	text := "The vote was held on May 7, 2016. The site was hit the day before the vote and two days after the count."
	for _, e := range tg.Find(text, ref) {
		assert.NotContains(t, e.Text, "before", "%+v", e)
		assert.NotContains(t, e.Text, "after", "%+v", e)
	}
	assert.Empty(t, tg.Find("The firm said that day traders sold the shares.", ref))
	// "that" opening a clause or a relative clause is no anaphoric time
	for _, text := range []string{
		"The firm was hacked in 2016. Officials said that May was the worst month.",
		"The firm was hacked in 2016. Officials said that summer would bring more attacks.",
		"The firm was hacked in 2016. The story that May wrote was false.",
	} {
		for _, e := range tg.Find(text, ref) {
			assert.NotContains(t, e.Value, "2016-", "%s: %+v", text, e)
		}
	}
	assert.Empty(t, tg.Find("That autumn, the files appeared online.", ref), "no narrative year to take")
	plain := mustTagger(t)
	got := plain.Find("The breach began on March 3, 2015. Two days earlier, the group registered the domain.", ref)
	require.Len(t, got, 2, "got %+v", got)
	assert.Equal(t, "2017-10-09", got[1].Value)
}

func BenchmarkFindNarrative(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	require.NoError(b, err)
	tg, err := New(Narrative())
	require.NoError(b, err)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Find(string(text), ref)
	}
}

// TestFindHolidayEpisodeYear checks that a holiday named without a year, told in the past after
// a month or day the text gave with an earlier year, falls in that year (monthDayMatch), and that
// one told ahead keeps reading the reference date.
func TestFindHolidayEpisodeYear(t *testing.T) {
	tests := []narrativeDate{
		{"christmas eve after a month", "Thieves broke into the depot in December 2014 and emptied its safe on Christmas Eve.", "Christmas Eve", "2014-12-24"},
		{"christmas day in the next sentence", "In December 2013, the crew hacked the ferry company. They wiped its servers on Christmas Day.", "Christmas Day", "2013-12-25"},
		{"boxing day after a day", "The clerk wired the money on Dec. 20, 2014. The account was emptied on Boxing Day.", "Boxing Day", "2014-12-26"},
		{"new year's eve after a month", "The crew hit the port in December 2015 and leaked the files on New Year's Eve.", "New Year's Eve", "2015-12-31"},
		{"christmas ahead", "Thieves broke into the depot in December 2014. The firm will reopen it after Christmas.", "Christmas", "2017-12-25"},
	}
	runNarrativeDates(t, tests)
}

// TestFindWeekdayYear checks that a date told with its weekday and no year takes the year in
// which that weekday falls on it, among the year the text last wrote out, the narrative's
// anchor and the reference date (weekdayYear), and keeps its year when the weekday falls there
// or in none of them.
func TestFindWeekdayYear(t *testing.T) {
	tests := []narrativeDate{
		{"the written year after a count", "The outage began on Tuesday, March 18, 2014. Three years later, the firm recalled it. It had called the police on Wednesday, March 19.", "Wednesday, March 19", "2014-03-19"},
		{"the written year in a new paragraph", "It was late on Friday, June 6, 2014, and the engineer was awake.\n\nBy Monday, June 9, the firm had issued a statement.", "Monday, June 9", "2014-06-09"},
		{"the reference year's weekday", "The outage began on Tuesday, March 18, 2014. The firm said on Sunday, March 19, that it was fine.", "Sunday, March 19", "2017-03-19"},
		{"a weekday that falls in no year keeps the year read", "The outage began on Tuesday, March 18, 2014. The firm said on Friday, March 19, that it was fine.", "Friday, March 19", "2014-03-19"},
	}
	runNarrativeDates(t, tests)
}
