// ingest/dates.h — dates written relative to the publication ("Thursday",
// "on Tuesday", "January 10th", "earlier this month") as YYYY-MM-DD.
#ifndef NEWSGRAPH_INGEST_DATES_H_
#define NEWSGRAPH_INGEST_DATES_H_

#include <string>
#include <string_view>

namespace ng::ingest {

// The date a sentence speaks of ("on Tuesday", "Nov. 3", "March 4, 2019":
// the year written, else the publication's), resolved against `published`
// (YYYY-MM-DD); `published` itself when the sentence names none; "YYYY-MM"
// for "this month"; empty when nothing is known.
std::string ResolveDate(std::string_view sentence, const std::string& published);

// The same for an event, which may lie further back: also a month alone
// ("in March" -> YYYY-MM, the last March on or before publication), a month
// and year ("March 2019") and a year alone ("in 2009"). An event still to
// come (`ahead`) is on the first such weekday on or after publication ("will
// meet on Monday").
std::string ResolveEventDate(std::string_view sentence, const std::string& published, bool ahead = false);

// How many units a span of time counts: "a", "an", "one" … "twelve", or up
// to three digits ("10 days"); 0 when `word` is none of them.
int SpanCount(std::string_view word);

// The date a span of time told as "two years", "three months", "a week",
// "10 days" lies before `published`, at its unit's precision (YYYY for
// years, YYYY-MM for months, the day for weeks and days); empty when the
// words are no such span or `published` is no day. A decade is too loose
// for a year.
std::string DateSpanBefore(std::string_view count, std::string_view unit, const std::string& published);

// Whether `word` names a day ("Monday", "yesterday", "tonight"): a time,
// never who speaks ("X said Monday", which the parse may read as a second
// subject). Months are left out: "May" is a name too.
bool IsDayWord(std::string_view word);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_DATES_H_
