#include "query/temporal_fields.h"

#include <cmath>

#include "graph/error.h"
#include "query/timezone.h"

namespace ng::query::temporal {

namespace {

int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

void CheckRange(const char* field, int64_t value, int64_t low, int64_t high) {
  if (value < low || value > high)
    Fail("invalid value for " + std::string(field) + ": " + std::to_string(value) + " (valid: " +
         std::to_string(low) + ".." + std::to_string(high) + ")");
}

int Digits(std::string_view s, size_t at, size_t n) {
  int v = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

void Fail(const std::string& message) { throw Error(ErrorKind::kArgument, message); }

bool HasDate(Kind k) { return k == Kind::kDate || k == Kind::kLocalDateTime || k == Kind::kDateTime; }
bool HasTime(Kind k) {
  return k == Kind::kLocalTime || k == Kind::kTime || k == Kind::kLocalDateTime || k == Kind::kDateTime;
}
bool HasZone(Kind k) { return k == Kind::kTime || k == Kind::kDateTime; }

// 1970-01-01 was a Thursday.
int DayOfWeek(int64_t days) { return static_cast<int>(FloorDiv(days + 3, 7) * -7 + days + 3) + 1; }

WeekDate WeekDateOf(int64_t days) {
  int dow = DayOfWeek(days);
  int64_t thursday = days + (4 - dow);
  int64_t year = CivilFromDays(thursday).year;
  int64_t ordinal = thursday - DaysFromCivil(year, 1, 1);
  return {year, static_cast<int>(ordinal / 7 + 1), dow};
}

int WeeksInYear(int64_t week_year) { return WeekDateOf(DaysFromCivil(week_year, 12, 28)).week; }

void CheckDayRange(int64_t days) {
  static const int64_t kFirst = DaysFromCivil(-kMaxYear, 1, 1), kLast = DaysFromCivil(kMaxYear, 12, 31);
  if (days < kFirst || days > kLast) Fail("temporal value out of range (years -999999999..999999999)");
}

int64_t DaysOfDate(int64_t year, int64_t month, int64_t day) {
  CheckRange("year", year, -kMaxYear, kMaxYear);
  CheckRange("month", month, 1, 12);
  CheckRange("day", day, 1, DaysInMonth(year, static_cast<int>(month)));
  return DaysFromCivil(year, static_cast<int>(month), static_cast<int>(day));
}

int64_t DaysOfWeekDate(int64_t week_year, int64_t week, int64_t day_of_week) {
  CheckRange("year", week_year, -kMaxYear, kMaxYear);
  CheckRange("week", week, 1, WeeksInYear(week_year));
  CheckRange("dayOfWeek", day_of_week, 1, 7);
  int64_t jan4 = DaysFromCivil(week_year, 1, 4);
  int64_t first_monday = jan4 - (DayOfWeek(jan4) - 1);
  return first_monday + (week - 1) * 7 + (day_of_week - 1);
}

int64_t DaysOfOrdinalDate(int64_t year, int64_t ordinal_day) {
  CheckRange("year", year, -kMaxYear, kMaxYear);
  CheckRange("ordinalDay", ordinal_day, 1, IsLeapYear(year) ? 366 : 365);
  return DaysFromCivil(year, 1, 1) + ordinal_day - 1;
}

int64_t DaysOfQuarterDate(int64_t year, int64_t quarter, int64_t day_of_quarter) {
  CheckRange("year", year, -kMaxYear, kMaxYear);
  CheckRange("quarter", quarter, 1, 4);
  int first_month = static_cast<int>(quarter - 1) * 3 + 1;
  int64_t first = DaysFromCivil(year, first_month, 1);
  int64_t next = first_month == 10 ? DaysFromCivil(year + 1, 1, 1) : DaysFromCivil(year, first_month + 3, 1);
  CheckRange("dayOfQuarter", day_of_quarter, 1, next - first);
  return first + day_of_quarter - 1;
}

int64_t SecondsOfTime(int64_t hour, int64_t minute, int64_t second) {
  CheckRange("hour", hour, 0, 23);
  CheckRange("minute", minute, 0, 59);
  CheckRange("second", second, 0, 59);
  return hour * 3600 + minute * 60 + second;
}

bool ParseOffset(std::string_view text, int32_t* seconds) {
  if (text == "Z" || text == "z") {
    *seconds = 0;
    return true;
  }
  if (text.size() < 3 || (text[0] != '+' && text[0] != '-')) return false;
  int h = Digits(text, 1, 2), m = 0, s = 0;
  size_t at = 3;
  bool colons = text.size() > 3 && text[3] == ':';
  if (at < text.size()) {
    at += colons;
    m = Digits(text, at, 2);
    at += 2;
    if (at < text.size()) {
      if (colons && text[at++] != ':') return false;
      s = Digits(text, at, 2);
      at += 2;
    }
  }
  if (h < 0 || m < 0 || s < 0 || at != text.size() || m > 59 || s > 59 || h * 3600 + m * 60 + s > 18 * 3600)
    return false;
  *seconds = (text[0] == '-' ? -1 : 1) * (h * 3600 + m * 60 + s);
  return true;
}

Zone ParseZone(const std::string& text) {
  Zone zone;
  if (ParseOffset(text, &zone.offset)) return zone;
  if (!IsKnownTimeZone(text)) Fail("unknown time zone '" + text + "'");
  zone.name = text;
  return zone;
}

Temporal DateTimeAt(int64_t utc, int32_t nanos, const Zone& zone) {
  // Past the year range first, so that no sum below can overflow.
  constexpr int64_t kMaxSeconds = (kMaxYear + 1) * 366 * kSecondsPerDay;
  if (utc > kMaxSeconds || utc < -kMaxSeconds) Fail("instant out of range");
  Temporal t;
  t.kind = Kind::kDateTime;
  t.offset = zone.name.empty() ? zone.offset : ZoneOffsetAt(zone.name, utc);
  t.zone = zone.name;
  int64_t local = utc + t.offset;
  t.days = FloorDiv(local, kSecondsPerDay);
  t.seconds = local - t.days * kSecondsPerDay;
  t.nanos = nanos;
  CheckDayRange(t.days);
  return t;
}

Temporal DateTimeOfLocal(int64_t days, int64_t seconds, int32_t nanos, const Zone& zone) {
  if (zone.name.empty()) {
    Temporal t;
    t.kind = Kind::kDateTime;
    t.days = days;
    t.seconds = seconds;
    t.nanos = nanos;
    t.offset = zone.offset;
    return t;
  }
  return DateTimeAt(ZoneInstantOf(zone.name, days * kSecondsPerDay + seconds), nanos, zone);
}

int64_t UtcSeconds(const Temporal& t) { return t.days * kSecondsPerDay + t.seconds - t.offset; }

Zone ZoneOf(const Temporal& t) { return Zone{t.zone, t.offset}; }

Temporal MakeDuration(long double months, long double days, long double seconds, long double nanos) {
  long double whole_months = std::trunc(months);
  long double month_seconds = (months - whole_months) * kSecondsPerAverageMonth;
  long double carried_days = std::trunc(month_seconds / kSecondsPerDay);
  long double whole_days = std::trunc(days);
  seconds += (days - whole_days) * kSecondsPerDay + month_seconds - carried_days * kSecondsPerDay;
  whole_days += carried_days;
  long double whole_seconds = std::trunc(seconds);
  long double fraction = (seconds - whole_seconds) * kNanosPerSecond + nanos;
  // 70.5 s is exact in binary but 0.1 s is not: a hair from a whole
  // nanosecond is that nanosecond, before truncation.
  if (std::fabs(fraction - std::round(fraction)) < 1e-3L) fraction = std::round(fraction);
  if (std::fabs(whole_months) > 1e17L || std::fabs(whole_days) > 1e17L || std::fabs(whole_seconds) > 9e17L ||
      std::isnan(seconds))
    Fail("duration out of range");
  return Duration(static_cast<int64_t>(whole_months), static_cast<int64_t>(whole_days),
                  static_cast<__int128>(whole_seconds) * kNanosPerSecond + static_cast<__int128>(std::trunc(fraction)));
}

Temporal Duration(int64_t months, int64_t days, __int128 total_nanos) {
  Temporal t;
  t.kind = Kind::kDuration;
  t.months = months;
  t.days = days;
  __int128 seconds = total_nanos / kNanosPerSecond;
  __int128 nanos = total_nanos % kNanosPerSecond;
  if (nanos < 0) {
    nanos += kNanosPerSecond;
    seconds -= 1;
  }
  if (seconds > INT64_MAX || seconds < INT64_MIN) Fail("duration out of range");
  t.seconds = static_cast<int64_t>(seconds);
  t.nanos = static_cast<int32_t>(nanos);
  return t;
}

__int128 TotalNanos(const Temporal& t) { return static_cast<__int128>(t.seconds) * kNanosPerSecond + t.nanos; }

}  // namespace ng::query::temporal
