// Arithmetic, comparison, components and durations between temporal values.
#include <cmath>
#include <cstdlib>
#include <map>
#include <tuple>

#include "graph/error.h"
#include "query/temporal.h"
#include "query/temporal_fields.h"

namespace ng::query {

using namespace temporal;

namespace {

[[noreturn]] void TypeFail(const std::string& message) { throw Error(ErrorKind::kType, message); }

int Sign(__int128 v) { return v < 0 ? -1 : v > 0 ? 1 : 0; }

int64_t AddMonths(int64_t days, int64_t months) {
  if (months == 0) return days;
  CivilDate c = CivilFromDays(days);
  int64_t total = c.year * 12 + (c.month - 1) + months;
  int64_t year = total >= 0 ? total / 12 : -((-total + 11) / 12);
  int month = static_cast<int>(total - year * 12) + 1;
  if (year > kMaxYear || year < -kMaxYear) Fail("date out of range");
  return DaysFromCivil(year, month, std::min(c.day, DaysInMonth(year, month)));
}

// The wall-clock instant of a temporal in nanoseconds since 1970 (local
// fields, no offset applied) and its UTC instant (offset applied if any).
__int128 LocalNanos(const Temporal& t) {
  return static_cast<__int128>(t.days) * kSecondsPerDay * kNanosPerSecond + TotalNanos(t);
}
__int128 UtcNanos(const Temporal& t) { return LocalNanos(t) - static_cast<__int128>(t.offset) * kNanosPerSecond; }

Temporal AddDuration(const Temporal& t, const Temporal& d, int sign) {
  __int128 nanos = TotalNanos(d) * sign;
  constexpr __int128 kNanosPerDay = static_cast<__int128>(kSecondsPerDay) * kNanosPerSecond;
  Temporal out = t;
  if (HasDate(t.kind)) out.days = AddMonths(t.days, d.months * sign) + d.days * sign;
  if (t.kind == Kind::kDate) {
    out.days += static_cast<int64_t>(nanos / kNanosPerDay);
    CheckDayRange(out.days);
    return out;
  }
  if (!HasDate(t.kind)) {
    __int128 of_day = ((TotalNanos(t) + nanos) % kNanosPerDay + kNanosPerDay) % kNanosPerDay;
    out.seconds = static_cast<int64_t>(of_day / kNanosPerSecond);
    out.nanos = static_cast<int32_t>(of_day % kNanosPerSecond);
    return out;
  }
  if (t.kind == Kind::kDateTime && !t.zone.empty()) out = DateTimeOfLocal(out.days, out.seconds, out.nanos, ZoneOf(t));
  __int128 local = LocalNanos(out) + nanos;
  __int128 day = local / kNanosPerDay - (local % kNanosPerDay < 0);
  __int128 of_day = local - day * kNanosPerDay;
  out.days = static_cast<int64_t>(day);
  out.seconds = static_cast<int64_t>(of_day / kNanosPerSecond);
  out.nanos = static_cast<int32_t>(of_day % kNanosPerSecond);
  CheckDayRange(out.days);
  // A named zone's offset may differ at the new instant: the instant counts.
  if (t.kind == Kind::kDateTime && !t.zone.empty())
    out = DateTimeAt(UtcSeconds(out), out.nanos, ZoneOf(t));
  return out;
}

Temporal Scale(const Temporal& d, long double factor, bool divide) {
  auto f = [&](long double v) { return divide ? v / factor : v * factor; };
  return MakeDuration(f(d.months), f(d.days), f(d.seconds), f(d.nanos));
}

Temporal DurationSum(const Temporal& a, const Temporal& b, int sign) {
  return Duration(a.months + sign * b.months, a.days + sign * b.days, TotalNanos(a) + sign * TotalNanos(b));
}

// Kinds in the order ORDER BY puts them (openCypher's: datetimes first).
int KindRank(Kind k) {
  static const std::map<Kind, int> kRank = {{Kind::kDateTime, 0}, {Kind::kLocalDateTime, 1}, {Kind::kDate, 2},
                                            {Kind::kTime, 3},     {Kind::kLocalTime, 4},     {Kind::kDuration, 5}};
  return kRank.at(k);
}

std::string OffsetText(int32_t offset) {
  Temporal t;
  t.kind = Kind::kTime;
  t.offset = offset;
  std::string text = TemporalToString(t);  // "00:00+01:00"
  return text.substr(5);
}

// Both values as local date-times (a time or date alone on 1970-01-01 /
// at midnight), b moved into a's zone when both have one.
void CommonFrame(const Temporal& a, const Temporal& b, Temporal* x, Temporal* y) {
  *x = a;
  *y = b;
  if (HasZone(a.kind) && HasZone(b.kind)) {
    if (HasDate(a.kind) && HasDate(b.kind)) {
      *y = DateTimeAt(UtcSeconds(b), b.nanos, ZoneOf(a));
    } else {
      __int128 shifted = TotalNanos(b) + static_cast<__int128>(a.offset - b.offset) * kNanosPerSecond;
      y->seconds = static_cast<int64_t>(shifted / kNanosPerSecond - (shifted % kNanosPerSecond < 0));
      y->nanos = static_cast<int32_t>(shifted - static_cast<__int128>(y->seconds) * kNanosPerSecond);
    }
  }
  if (!HasTime(x->kind)) x->seconds = x->nanos = 0;
  if (!HasTime(y->kind)) y->seconds = y->nanos = 0;
}

// A value without a zone read in the named zone of a zoned datetime on the
// other side (on that one's date when it has none), so that seconds between
// them count a daylight-saving change: nullopt when there is nothing to place.
std::optional<Temporal> PlacedInZone(const Temporal& local, const Temporal& zoned) {
  if (HasZone(local.kind) || zoned.kind != Kind::kDateTime || zoned.zone.empty()) return std::nullopt;
  int64_t days = HasDate(local.kind) ? local.days : zoned.days;
  int64_t seconds = HasTime(local.kind) ? local.seconds : 0;
  int32_t nanos = HasTime(local.kind) ? local.nanos : 0;
  return DateTimeOfLocal(days, seconds, nanos, ZoneOf(zoned));
}

// duration.between: whole months, then whole days, then the rest, each
// counted from `a` towards `b`; only the time of day when either has no date.
Temporal Between(const Temporal& a, const Temporal& b, const std::string& unit) {
  if (unit == "seconds") {
    if (auto placed = PlacedInZone(a, b)) return Duration(0, 0, UtcNanos(b) - UtcNanos(*placed));
    if (auto placed = PlacedInZone(b, a)) return Duration(0, 0, UtcNanos(*placed) - UtcNanos(a));
  }
  Temporal x, y;
  CommonFrame(a, b, &x, &y);
  if (!HasDate(a.kind) || !HasDate(b.kind)) {
    if (unit == "months" || unit == "days") return Duration(0, 0, 0);
    return Duration(0, 0, TotalNanos(y) - TotalNanos(x));
  }
  if (unit == "seconds") {
    bool instants = HasZone(a.kind) && HasZone(b.kind);
    return Duration(0, 0, instants ? UtcNanos(b) - UtcNanos(a) : LocalNanos(y) - LocalNanos(x));
  }
  if (unit == "days") {
    int64_t days = y.days - x.days;
    if (days > 0 && TotalNanos(y) < TotalNanos(x)) --days;
    if (days < 0 && TotalNanos(y) > TotalNanos(x)) ++days;
    return Duration(0, days, 0);
  }
  CivilDate cx = CivilFromDays(x.days), cy = CivilFromDays(y.days);
  int64_t months = (cy.year - cx.year) * 12 + (cy.month - cx.month);
  auto later_in_month = [](const CivilDate& c, const Temporal& t, const CivilDate& d, const Temporal& u) {
    return c.day != d.day ? c.day > d.day : TotalNanos(t) > TotalNanos(u);
  };
  if (months > 0 && later_in_month(cx, x, cy, y)) --months;
  if (months < 0 && later_in_month(cy, y, cx, x)) ++months;
  if (unit == "months") return Duration(months, 0, 0);
  Temporal moved = x;
  moved.days = AddMonths(x.days, months);
  int64_t days = y.days - moved.days;
  if (days > 0 && TotalNanos(y) < TotalNanos(x)) --days;
  if (days < 0 && TotalNanos(y) > TotalNanos(x)) ++days;
  moved.days += days;
  __int128 rest;
  if (HasZone(a.kind) && HasZone(b.kind) && !a.zone.empty()) {
    Temporal start = DateTimeOfLocal(moved.days, moved.seconds, moved.nanos, ZoneOf(a));
    rest = UtcNanos(b) - UtcNanos(start);
  } else {
    rest = LocalNanos(y) - LocalNanos(moved);
  }
  return Duration(months, days, rest);
}

}  // namespace

Temporal temporal::DurationBetween(const Temporal& a, const Temporal& b, const std::string& unit) {
  if (a.kind == Kind::kDuration || b.kind == Kind::kDuration)
    TypeFail("duration.between needs two temporal instants, not durations");
  return Between(a, b, unit);
}

std::optional<int> CompareTemporals(const Temporal& a, const Temporal& b) {
  if (a.kind != b.kind || a.kind == Kind::kDuration) return std::nullopt;
  switch (a.kind) {
    case Kind::kTime:
      return Sign(TotalNanos(a) - static_cast<__int128>(a.offset) * kNanosPerSecond -
                  (TotalNanos(b) - static_cast<__int128>(b.offset) * kNanosPerSecond));
    case Kind::kDateTime: return Sign(UtcNanos(a) - UtcNanos(b));
    default: return Sign(LocalNanos(a) - LocalNanos(b));
  }
}

bool TemporalsEqual(const Temporal& a, const Temporal& b) {
  if (a.kind != b.kind) return false;
  if (a.kind == Kind::kDuration)
    return a.months == b.months && a.days == b.days && a.seconds == b.seconds && a.nanos == b.nanos;
  return CompareTemporals(a, b) == 0;
}

int OrderTemporals(const Temporal& a, const Temporal& b) {
  if (a.kind != b.kind) return KindRank(a.kind) < KindRank(b.kind) ? -1 : 1;
  if (auto c = CompareTemporals(a, b); c && *c) return *c;
  auto key = [](const Temporal& t) { return std::make_tuple(t.months, t.days, t.seconds, t.nanos, t.offset, t.zone); };
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

std::optional<Val> TemporalArithmetic(const std::string& op, const Val& a, const Val& b) {
  auto* x = a.get_if<Temporal>();
  auto* y = b.get_if<Temporal>();
  // A list on either side is concatenation, not arithmetic.
  if ((!x && !y) || a.get_if<ResultList>() || b.get_if<ResultList>()) return std::nullopt;
  auto is_duration = [](const Temporal* t) { return t && t->kind == Kind::kDuration; };
  if (op == "+" || op == "-") {
    int sign = op == "+" ? 1 : -1;
    if (is_duration(x) && is_duration(y)) return Val(DurationSum(*x, *y, sign));
    if (x && is_duration(y)) return Val(AddDuration(*x, *y, sign));
    if (op == "+" && is_duration(x) && y) return Val(AddDuration(*y, *x, 1));
  }
  if (op == "*" && is_duration(x) && IsNumber(b)) return Val(Scale(*x, AsDouble(b), false));
  if (op == "*" && is_duration(y) && IsNumber(a)) return Val(Scale(*y, AsDouble(a), false));
  if (op == "/" && is_duration(x) && IsNumber(b)) {
    if (AsDouble(b) == 0) throw Error(ErrorKind::kArgument, "division of a duration by zero");
    return Val(Scale(*x, AsDouble(b), true));
  }
  TypeFail("cannot apply '" + op + "' to " + TypeName(a) + " and " + TypeName(b));
}

Val TemporalComponent(const Temporal& t, const std::string& name) {
  std::string key;
  for (char c : name) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto i = [](int64_t v) { return Val(v); };
  if (t.kind == Kind::kDuration) {
    int64_t m = t.months, d = t.days, s = t.seconds;
    __int128 n = TotalNanos(t);
    static const std::map<std::string, int> kDuration = {
        {"years", 0}, {"quarters", 1}, {"months", 2}, {"weeks", 3}, {"days", 4}, {"hours", 5}, {"minutes", 6},
        {"seconds", 7}, {"milliseconds", 8}, {"microseconds", 9}, {"nanoseconds", 10}, {"quartersofyear", 11},
        {"monthsofquarter", 12}, {"monthsofyear", 13}, {"daysofweek", 14}, {"minutesofhour", 15},
        {"secondsofminute", 16}, {"millisecondsofsecond", 17}, {"microsecondsofsecond", 18},
        {"nanosecondsofsecond", 19}};
    auto it = kDuration.find(key);
    if (it == kDuration.end()) Fail("a duration has no component '" + name + "'");
    switch (it->second) {
      case 0: return i(m / 12);
      case 1: return i(m / 3);
      case 2: return i(m);
      case 3: return i(d / 7);
      case 4: return i(d);
      case 5: return i(s / 3600);
      case 6: return i(s / 60);
      case 7: return i(s);
      case 8: return i(static_cast<int64_t>(n / 1'000'000 - (n % 1'000'000 < 0)));
      case 9: return i(static_cast<int64_t>(n / 1000 - (n % 1000 < 0)));
      case 10: return i(static_cast<int64_t>(n));
      case 11: return i(m % 12 / 3);
      case 12: return i(m % 3);
      case 13: return i(m % 12);
      case 14: return i(d % 7);
      case 15: return i(s / 60 % 60);
      case 16: return i(s % 60);
      case 17: return i(t.nanos / 1'000'000);
      case 18: return i(t.nanos / 1000);
      default: return i(t.nanos);
    }
  }
  if (HasDate(t.kind)) {
    CivilDate c = CivilFromDays(t.days);
    WeekDate w = WeekDateOf(t.days);
    int64_t quarter = (c.month - 1) / 3 + 1;
    static const std::map<std::string, int> kDate = {
        {"year", 0}, {"quarter", 1}, {"month", 2}, {"week", 3}, {"weekyear", 4}, {"day", 5},
        {"ordinalday", 6}, {"weekday", 7}, {"dayofweek", 7}, {"dayofquarter", 8}};
    auto it = kDate.find(key);
    if (it != kDate.end()) {
      switch (it->second) {
        case 0: return i(c.year);
        case 1: return i(quarter);
        case 2: return i(c.month);
        case 3: return i(w.week);
        case 4: return i(w.week_year);
        case 5: return i(c.day);
        case 6: return i(t.days - DaysFromCivil(c.year, 1, 1) + 1);
        case 7: return i(w.day_of_week);
        default: return i(t.days - DaysFromCivil(c.year, static_cast<int>(quarter - 1) * 3 + 1, 1) + 1);
      }
    }
  }
  if (HasTime(t.kind)) {
    static const std::map<std::string, int> kTime = {{"hour", 0}, {"minute", 1}, {"second", 2},
                                                     {"millisecond", 3}, {"microsecond", 4}, {"nanosecond", 5}};
    auto it = kTime.find(key);
    if (it != kTime.end()) {
      switch (it->second) {
        case 0: return i(t.seconds / 3600);
        case 1: return i(t.seconds / 60 % 60);
        case 2: return i(t.seconds % 60);
        case 3: return i(t.nanos / 1'000'000);
        case 4: return i(t.nanos / 1000);
        default: return i(t.nanos);
      }
    }
  }
  if (HasZone(t.kind)) {
    if (key == "timezone") return Val(t.zone.empty() ? OffsetText(t.offset) : t.zone);
    if (key == "offset") return Val(OffsetText(t.offset));
    if (key == "offsetminutes") return i(t.offset / 60);
    if (key == "offsetseconds") return i(t.offset);
  }
  if (t.kind == Kind::kDateTime) {
    if (key == "epochseconds") return i(UtcSeconds(t));
    if (key == "epochmillis") return i(UtcSeconds(t) * 1000 + t.nanos / 1'000'000);
  }
  Fail(std::string("a ") + TemporalKindName(t.kind) + " has no component '" + name + "'");
}

}  // namespace ng::query
