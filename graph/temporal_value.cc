#include "graph/temporal_value.h"

#include <cstdio>
#include <cstdlib>

namespace ng {

namespace {

// Floor division, for negative day counts and years before 1970.
int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

std::string Pad(int64_t v, int width) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*lld", width, static_cast<long long>(v));
  return buf;
}

// Nine digits of nanoseconds cut to 3, 6 or 9 (times) or trimmed (durations).
std::string Fraction(int32_t nanos, bool in_groups_of_three) {
  if (nanos == 0) return "";
  std::string digits = Pad(nanos, 9);
  if (in_groups_of_three) {
    while (digits.size() > 3 && digits.compare(digits.size() - 3, 3, "000") == 0) digits.resize(digits.size() - 3);
  } else {
    while (digits.back() == '0') digits.pop_back();
  }
  return "." + digits;
}

std::string DateText(int64_t days) {
  CivilDate c = CivilFromDays(days);
  std::string year = c.year < 0 ? "-" + Pad(-c.year, 4) : c.year > 9999 ? "+" + Pad(c.year, 4) : Pad(c.year, 4);
  return year + "-" + Pad(c.month, 2) + "-" + Pad(c.day, 2);
}

std::string TimeText(int64_t seconds, int32_t nanos) {
  std::string out = Pad(seconds / 3600, 2) + ":" + Pad(seconds / 60 % 60, 2);
  if (seconds % 60 || nanos) out += ":" + Pad(seconds % 60, 2) + Fraction(nanos, true);
  return out;
}

std::string OffsetText(int32_t offset) {
  if (offset == 0) return "Z";
  int32_t a = std::abs(offset);
  std::string out = (offset < 0 ? "-" : "+") + Pad(a / 3600, 2) + ":" + Pad(a / 60 % 60, 2);
  if (a % 60) out += ":" + Pad(a % 60, 2);
  return out;
}

// PnYnMnDTnHnMnS, each part with its own sign; the time part from the total
// of seconds and nanoseconds, so -60.001 s reads PT-1M-0.001S.
std::string DurationText(const Temporal& t) {
  std::string out = "P";
  if (t.months / 12) out += std::to_string(t.months / 12) + "Y";
  if (t.months % 12) out += std::to_string(t.months % 12) + "M";
  if (t.days) out += std::to_string(t.days) + "D";
  __int128 total = static_cast<__int128>(t.seconds) * 1'000'000'000 + t.nanos;
  if (total != 0) {
    out += "T";
    bool negative = total < 0;
    __int128 magnitude = negative ? -total : total;
    int64_t whole = static_cast<int64_t>(magnitude / 1'000'000'000);
    int32_t nanos = static_cast<int32_t>(magnitude % 1'000'000'000);
    std::string sign = negative ? "-" : "";
    if (whole / 3600) out += sign + std::to_string(whole / 3600) + "H";
    if (whole / 60 % 60) out += sign + std::to_string(whole / 60 % 60) + "M";
    if (whole % 60 || nanos) out += sign + std::to_string(whole % 60) + Fraction(nanos, false) + "S";
  }
  return out == "P" ? "PT0S" : out;
}

}  // namespace

const char* TemporalKindName(Temporal::Kind kind) {
  static const char* const kNames[] = {"DATE", "LOCAL TIME", "ZONED TIME", "LOCAL DATETIME",
                                       "ZONED DATETIME", "DURATION"};
  return kNames[static_cast<int>(kind)];
}

std::string TemporalToString(const Temporal& t) {
  switch (t.kind) {
    case Temporal::Kind::kDate: return DateText(t.days);
    case Temporal::Kind::kLocalTime: return TimeText(t.seconds, t.nanos);
    case Temporal::Kind::kTime: return TimeText(t.seconds, t.nanos) + OffsetText(t.offset);
    case Temporal::Kind::kLocalDateTime: return DateText(t.days) + "T" + TimeText(t.seconds, t.nanos);
    case Temporal::Kind::kDateTime:
      return DateText(t.days) + "T" + TimeText(t.seconds, t.nanos) + OffsetText(t.offset) +
             (t.zone.empty() ? "" : "[" + t.zone + "]");
    case Temporal::Kind::kDuration: return DurationText(t);
  }
  return "";
}

bool IsLeapYear(int64_t year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int64_t year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

// Counts in 400-year eras (146097 days each) with years starting in March,
// so the leap day is the last day of the counted year.
int64_t DaysFromCivil(int64_t year, int month, int day) {
  int64_t y = month <= 2 ? year - 1 : year;
  int64_t era = FloorDiv(y, 400);
  int64_t year_of_era = y - era * 400;
  int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  int64_t z = days + 719468;
  int64_t era = FloorDiv(z, 146097);
  int64_t day_of_era = z - era * 146097;
  int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  int64_t mp = (5 * day_of_year + 2) / 153;
  int day = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {year_of_era + era * 400 + (month <= 2), month, day};
}

}  // namespace ng
