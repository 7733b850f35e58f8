// Package extract turns one news article into a graph document: the actors it names (people,
// organisations, agencies, countries, groups, places) with their aliases and mentions, the dated
// events it reports with their participants and roles, who told whom, and the evidence for each
// fact.
//
// It is a deterministic, rule-based pipeline without a language model:
//
//  1. Reading (ParseArticle): an optional "key: value" header, plain text or HTML bodies.
//  2. Sentences, tokens and part-of-speech tags (prose's Punkt segmenter, and prose's
//     averaged-perceptron model read by package postag, which gives prose's tags at less cost),
//     with rune offsets into the body.
//  3. Actor mentions: proper-noun runs, demonym phrases ("Israeli spies", "Russian government
//     hackers") and definite descriptions ("the Russian security firm"), typed by the embedded
//     gazetteers (package gazetteer) and then by cues (titles, suffixes, group name patterns).
//  4. Within-article coreference by a multi-pass sieve, most precise pass first.
//  5. Time expressions from package timex.
//  6. Events from a trigger lexicon by lemma, with clause-local argument rules (active, passive,
//     nominal), negation and modality, claims ("according to X") and who-told-whom.
//     An event takes the time of its own clause (not one after a participle on an object noun,
//     "under a lease signed in 2019": participleTime; the first of a fronted pair, "In 2023 and
//     again last year, …": frontedPairClose; an accusation in a relative clause on the object of an
//     act by its doer, "charged X in May, whom it accused of …", the act's: groundsTimes), else
//     one the narrative gives it (times.go): the
//     publication date for news told in the present (the day of a closing "…, X said on Wednesday"
//     for a telling in the present perfect; closingSaidDay), the day of the occasion of telling
//     the sentence before set for a report (occasion.go: one pass, tellingOccasions; not for a
//     new accuser's quote after a paragraph that recalled an earlier day, newAccuserAcross), the day of
//     the hearing the story dated for what is told to lawmakers or a lawmaker's accusation
//     (hearingGoesOn; "Appearing before the committee on Friday, …" and "The committee held a
//     hearing on Wednesday" date one too), the day a later sentence of its paragraph gives the
//     report a finder's attribution was published in (findingsIssued), the day the next sentence's
//     "Asked about …, DAY," gives a denial (askedAbout), the day the article gives a finder's
//     research was made public for a telling from the finder's document ("In a report shared with
//     …, X attributed …"; issuerDays), the day of the document a sentence soon after says was
//     issued for an accusation or report the lead tells in the present perfect (leadPerfectDays),
//     the day of the court appearance told soon after for a step the lead tells with none
//     ("… pleaded not guilty in a federal court. He appeared on Monday …"; leadSittingDays),
//     the last time for "at that time", a count of days from another dated event ("a day after
//     …"), its day for "hours after the verdict" (hoursAfter; a claim or saying "within hours of
//     the attack" too), the anchor's time at the precision a span allows for a span after an
//     event the text dated and names again by a noun of its stem ("days after the indictment",
//     "shortly after his arrest", "within days of learning of the breach"; a verdict or sentencing
//     counts from the day the court convicted or sentenced: "days after the verdict"; spanAfter), the day of the latest court sitting (the lead's, courtLeadDay, or a later
//     court step, not an arrest, courtStepDay; else the court appearance told last,
//     courtAppearance) for what is told or done at it: "outside the court", "after the
//     sentencing", "told the court", "pleaded guilty before Judge X", "through an interpreter",
//     counsel "argued" (atCourt, afterCourtStep), the day after the day of the sentence before for "the following
//     day" when the last calendar date given was a month (followingDay), the period of the last
//     time for a sentence opened by a vague span ("Weeks later, …", sequelTime) or whose simple
//     past closes a clause with one ("notified X within days, and …", withinSpan), the year of
//     the last month or day told for a main clause a sequence "then" steps on from it ("The
//     company then notified X.", thenYear), the day of an
//     event "the same month" recalls (monthRecalled), the day of the nearest earlier deed,
//     notice or finding out, dated to a day and sharing a participant, for "the same morning|afternoon|evening|
//     night" (samePart; never the last date written), the day of the deed a phrase points back at
//     ("on the day of the breach", "the day after it happened", dayOfDeed; for "of", the month of
//     a kindred incident told by its month), the day of sanctions told in the last few sentences
//     for a designation told undated (sanctionsFollow), a raid's time for the arrests the next
//     sentences tell (custodySeries), a warning relayed "in turn" or added with "also" the time of
//     the warning just before it (handoverTimes), the day of the act a short sentence says was
//     answered within hours ("Moscow reacted within hours.", "Britain followed hours later.") for
//     the next sentence's undated events (answerTimes), or a later definite mention ("the 2024
//     attack"). A deed of the family of one told "last week" and told again with a bare weekday
//     of the week of writing takes that weekday of last week ("A cyberattack hit X last week. …
//     The attack began on Monday"; lastWeekDays).
//  7. Within-article event merging and confidence scores. A deed undated or dated to a week or
//     month takes the day a later mention naming no one gives it ("the intrusion was detected on
//     Sunday", "its systems were disrupted early on Tuesday", "the database was breached on March
//     3", "in the days after the theft on March 2"; dayMentions), a break-in undated takes the time
//     of a later way in that names no victim ("the intruders first got in during July", "gained a
//     foothold as early as March", "exploited a flaw in mid-September"; entryMention; with no
//     break-in told, the way in is one by the doer on the victim of the incident before it,
//     entryIncidents) or of a deed
//     noun in apposition after it ("…, an intrusion the bank said began in late November";
//     restated), and a deed told with its victim
//     alone joins the later one naming it again with its day ("the attack, which hit X on Sunday";
//     namedAgain); a deed by a named doer left undated takes the day a definite noun or a passive
//     harm told after it gives a deed of its family on the same victim with no doer ("Kessary said
//     the attack began on March 2"; renamedDeed), and one dated only by the publication day of its
//     present perfect the day a later sentence spells for the same doers and victims ("The group
//     struck on March 2"; daySpelled). A legal act undated, or dated only by the publication day,
//     takes the day a later sentence gives the instrument it issued, named again by a definite
//     noun with a verb of issuing ("He signed the subpoena last Thursday", "The indictment,
//     unsealed on Tuesday, …", "The lawsuit, filed on Monday"; instrumentDays). A telling still undated after merging takes the day an
//     earlier sentence of its paragraph named (paragraphDays). A telling dated only by the
//     publication day of its present or perfect ("X has denied …", "X says …") joins the same
//     teller's telling of its family told just after it on a day of the week before publication
//     ("“…,” a spokesperson for X said on Tuesday"), and takes that day (toldLater). An act so
//     dated, in the perfect or progressive or a telling in the present, joins the act of its
//     type the text dates in the publication month or the one before, no later than
//     publication, when both name the same doers and victims, or the same speaker ("X has opened
//     an investigation into Y" and "X said on Monday it had opened an investigation into Y";
//     retold).
//
// An Extractor is built once (New) and is safe for concurrent use; Combine merges the results of
// several articles into one graph document.
package extract
