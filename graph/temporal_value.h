// graph/temporal_value.h — the six temporal types of openCypher as plain data
// (date, localtime, time, localdatetime, datetime, duration), their ISO-8601
// text and the proleptic Gregorian calendar arithmetic that text needs.
//
// The query engine (query/temporal.h) builds, compares and computes with
// these; the store only keeps and renders them, so they live beside Value.
#ifndef NEWSGRAPH_GRAPH_TEMPORAL_VALUE_H_
#define NEWSGRAPH_GRAPH_TEMPORAL_VALUE_H_

#include <cstdint>
#include <string>

namespace ng {

// One struct for all six kinds; which fields are meaningful depends on kind:
//   date            days
//   localtime       seconds, nanos
//   time            seconds, nanos, offset
//   localdatetime   days, seconds, nanos
//   datetime        days, seconds, nanos, offset, zone (empty: a fixed offset)
//   duration        months, days, seconds, nanos
// For instants `days` counts days since 1970-01-01 and seconds+nanos are the
// local time of day (wall clock, not UTC). For all kinds 0 <= nanos < 1e9;
// a negative duration of -0.5 s is seconds -1, nanos 500000000.
struct Temporal {
  enum class Kind : uint8_t { kDate, kLocalTime, kTime, kLocalDateTime, kDateTime, kDuration };
  Kind kind = Kind::kDate;
  int64_t months = 0;
  int64_t days = 0;
  int64_t seconds = 0;
  int32_t nanos = 0;
  int32_t offset = 0;  // seconds east of UTC
  std::string zone;    // IANA name ("Europe/Stockholm") or empty

  bool operator==(const Temporal&) const = default;
};

// openCypher's name of a kind: "DATE", "LOCAL TIME", "ZONED DATETIME", …
const char* TemporalKindName(Temporal::Kind kind);

// ISO-8601 text as Neo4j writes it: 2015-07-21, 21:40:32.142, 21:40+01:00,
// 2015-07-21T21:40:32.142+02:00[Europe/Stockholm], P14DT16H12M. Fractions of
// a second in groups of three digits for times, trimmed for durations.
std::string TemporalToString(const Temporal& t);

// Proleptic Gregorian calendar: days since 1970-01-01 of a civil date and back.
struct CivilDate {
  int64_t year;
  int month;  // 1..12
  int day;    // 1..31
};
int64_t DaysFromCivil(int64_t year, int month, int day);
CivilDate CivilFromDays(int64_t days);
bool IsLeapYear(int64_t year);
int DaysInMonth(int64_t year, int month);

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_TEMPORAL_VALUE_H_
