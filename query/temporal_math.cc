// Arithmetic, comparison and durations between temporal values.
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

}  // namespace ng::query
