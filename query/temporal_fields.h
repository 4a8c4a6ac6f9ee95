// query/temporal_fields.h — calendar, zone and duration helpers shared by the
// temporal_*.cc files (not part of query/temporal.h's interface).
#ifndef NEWSGRAPH_QUERY_TEMPORAL_FIELDS_H_
#define NEWSGRAPH_QUERY_TEMPORAL_FIELDS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/temporal_value.h"
#include "query/values.h"

namespace ng::query::temporal {

using Kind = Temporal::Kind;

constexpr int64_t kNanosPerSecond = 1'000'000'000;
constexpr int64_t kSecondsPerDay = 86'400;
// A month of a fractional duration ("P0.75M"): 1/12 of 365.2425 days.
constexpr int64_t kSecondsPerAverageMonth = 2'629'746;
// java.time's range of years, which the TCK uses (date('+999999999-12-31')).
constexpr int64_t kMaxYear = 999'999'999;

// Throws ng::Error(kArgument, message).
[[noreturn]] void Fail(const std::string& message);

bool HasDate(Kind k);
bool HasTime(Kind k);
bool HasZone(Kind k);

// ISO weeks start on Monday (day 1); week 1 holds the year's first Thursday.
int DayOfWeek(int64_t days);
struct WeekDate {
  int64_t week_year;
  int week;
  int day_of_week;
};
WeekDate WeekDateOf(int64_t days);
int WeeksInYear(int64_t week_year);

// Fail() unless `days` lies within years -999,999,999..999,999,999.
void CheckDayRange(int64_t days);

// Days since 1970-01-01 of checked calendar fields; Fail() when out of range.
int64_t DaysOfDate(int64_t year, int64_t month, int64_t day);
int64_t DaysOfWeekDate(int64_t week_year, int64_t week, int64_t day_of_week);
int64_t DaysOfOrdinalDate(int64_t year, int64_t ordinal_day);
int64_t DaysOfQuarterDate(int64_t year, int64_t quarter, int64_t day_of_quarter);
int64_t SecondsOfTime(int64_t hour, int64_t minute, int64_t second);

// A time zone as written: an offset ("+01:00", "Z") or a name ("Europe/Stockholm").
struct Zone {
  std::string name;  // empty for a fixed offset
  int32_t offset = 0;
};
// Reads "Z", "+01", "+0100", "+01:00", "-01:30:15" into seconds; false otherwise.
bool ParseOffset(std::string_view text, int32_t* seconds);
// An offset or a zone name; Fail() for anything else.
Zone ParseZone(const std::string& text);

// The local date-time (days, seconds of day) of a datetime at UTC instant
// `utc` (+ nanos) in `zone`.
Temporal DateTimeAt(int64_t utc, int32_t nanos, const Zone& zone);
// A datetime of local fields in `zone` (the offset is looked up for a name).
Temporal DateTimeOfLocal(int64_t days, int64_t seconds, int32_t nanos, const Zone& zone);
// Seconds since 1970-01-01T00:00Z of a datetime.
int64_t UtcSeconds(const Temporal& t);
Zone ZoneOf(const Temporal& t);

// A duration of possibly fractional parts, cascading fractions downward as
// Neo4j does: a fraction of a month becomes average-month seconds (whole
// days of it move to days), a fraction of a day 86,400 seconds, a fraction of
// a second nanoseconds (truncated).
Temporal MakeDuration(long double months, long double days, long double seconds, long double nanos = 0);
// A duration of whole parts with nanos carried into seconds (0 <= nanos < 1e9).
Temporal Duration(int64_t months, int64_t days, __int128 total_nanos);
__int128 TotalNanos(const Temporal& t);  // seconds and nanos of a duration or time of day

// ISO-8601 text to a temporal of `kind` (temporal_parse.cc): "2015-W30-2",
// "21:40:32.142+0100", "2015-07-21T21:40[Europe/London]", "P14DT16H12M".
Temporal ParseTemporal(Kind kind, const std::string& text);

// A temporal of `kind` from a map of fields, possibly based on other
// temporals ({date: d, hour: 12}) (temporal_build.cc). A zoned kind with no
// zone from the fields or a base takes `default_zone` (UTC when null).
Temporal BuildTemporal(Kind kind, const ResultMap& fields, const Zone* default_zone = nullptr);
// A temporal of `kind` taken from another one: date(datetime) (temporal_build.cc).
Temporal SelectTemporal(Kind kind, const Temporal& from);
// `from` cut down to `unit` ("month", "hour", …) as a `kind`, then fields of
// `overrides` set (temporal_build.cc).
Temporal TruncateTemporal(Kind kind, const std::string& unit, const Temporal& from, const ResultMap& overrides);

// The duration from `a` to `b` (temporal_math.cc); `unit` "all" for
// duration.between, or "months", "days", "seconds" for duration.inMonths, ….
Temporal DurationBetween(const Temporal& a, const Temporal& b, const std::string& unit);

}  // namespace ng::query::temporal

#endif  // NEWSGRAPH_QUERY_TEMPORAL_FIELDS_H_
