// Temporal values from maps of fields ({year: 1984, week: 10, dayOfWeek: 3}),
// from other temporals ({date: d, hour: 12}, date(datetime)), and truncated
// ones (date.truncate('month', d)).
#include <cctype>
#include <ctime>
#include <map>
#include <optional>

#include "graph/error.h"
#include "query/temporal_fields.h"

namespace ng::query::temporal {

namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The fields of a map by lower-case name, with typed reads.
class Fields {
 public:
  explicit Fields(const ResultMap& map) {
    for (const auto& [key, value] : map)
      if (!value.is_null()) fields_[Lower(key)] = &value;
  }
  bool Has(const char* key) const { return fields_.count(key) > 0; }
  std::optional<int64_t> Int(const char* key) const {
    auto it = fields_.find(key);
    if (it == fields_.end()) return std::nullopt;
    if (auto* i = it->second->get_if<int64_t>()) return *i;
    throw Error(ErrorKind::kType, std::string("temporal field '") + key + "' must be an integer, not " +
                                      TypeName(*it->second));
  }
  std::optional<long double> Number(const char* key) const {
    auto it = fields_.find(key);
    if (it == fields_.end()) return std::nullopt;
    if (!IsNumber(*it->second))
      throw Error(ErrorKind::kType, std::string("duration field '") + key + "' must be a number, not " +
                                        TypeName(*it->second));
    if (auto* i = it->second->get_if<int64_t>()) return static_cast<long double>(*i);
    return static_cast<long double>(*it->second->get_if<double>());
  }
  const Temporal* TemporalOf(const char* key) const {
    auto it = fields_.find(key);
    if (it == fields_.end()) return nullptr;
    if (auto* t = it->second->get_if<Temporal>()) return t;
    throw Error(ErrorKind::kType, std::string("temporal field '") + key + "' must be a temporal value, not " +
                                      TypeName(*it->second));
  }
  std::optional<std::string> String(const char* key) const {
    auto it = fields_.find(key);
    if (it == fields_.end()) return std::nullopt;
    if (auto* s = it->second->get_if<std::string>()) return *s;
    throw Error(ErrorKind::kType, std::string("temporal field '") + key + "' must be a string, not " +
                                      TypeName(*it->second));
  }
  // Names not in `known`, for a clear error on {yaer: 1984}.
  void CheckKnown(const std::initializer_list<const char*>& known) const {
    for (const auto& [key, value] : fields_) {
      bool ok = false;
      for (const char* k : known) ok = ok || key == Lower(k);
      if (!ok) Fail("unknown temporal field '" + key + "'");
    }
  }

 private:
  std::map<std::string, const Val*> fields_;
};

Temporal BuildDuration(const Fields& f) {
  f.CheckKnown({"years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds",
                "microseconds", "nanoseconds"});
  auto n = [&](const char* key) { return f.Number(key).value_or(0); };
  return MakeDuration(n("years") * 12 + n("quarters") * 3 + n("months"), n("weeks") * 7 + n("days"),
                      n("hours") * 3600 + n("minutes") * 60 + n("seconds"),
                      n("milliseconds") * 1'000'000 + n("microseconds") * 1000 + n("nanoseconds"));
}

// The date of the fields over an optional base date.
int64_t DateOf(const Fields& f, const std::optional<int64_t>& base) {
  auto year = f.Int("year");
  if (!base && !year) Fail("a date needs a year");
  if (f.Has("week") || f.Has("dayofweek")) {
    WeekDate w = base ? WeekDateOf(*base) : WeekDate{*year, 1, 1};
    return DaysOfWeekDate(year.value_or(w.week_year), f.Int("week").value_or(base ? w.week : 1),
                          f.Int("dayofweek").value_or(base ? w.day_of_week : 1));
  }
  CivilDate c = base ? CivilFromDays(*base) : CivilDate{*year, 1, 1};
  if (f.Has("ordinalday"))
    return DaysOfOrdinalDate(year.value_or(c.year), *f.Int("ordinalday"));
  if (f.Has("quarter") || f.Has("dayofquarter")) {
    int64_t quarter = (c.month - 1) / 3 + 1;
    int64_t day_of_quarter = base ? *base - DaysFromCivil(c.year, static_cast<int>(quarter - 1) * 3 + 1, 1) + 1 : 1;
    return DaysOfQuarterDate(year.value_or(c.year), f.Int("quarter").value_or(quarter),
                             f.Int("dayofquarter").value_or(day_of_quarter));
  }
  return DaysOfDate(year.value_or(c.year), f.Int("month").value_or(c.month), f.Int("day").value_or(c.day));
}

// The time of day of the fields over an optional base (seconds, nanos).
void TimeOf(const Fields& f, int64_t base_seconds, int32_t base_nanos, int64_t* seconds, int32_t* nanos) {
  *seconds = SecondsOfTime(f.Int("hour").value_or(base_seconds / 3600), f.Int("minute").value_or(base_seconds / 60 % 60),
                           f.Int("second").value_or(base_seconds % 60));
  if (!f.Has("millisecond") && !f.Has("microsecond") && !f.Has("nanosecond")) {
    *nanos = base_nanos;
    return;
  }
  // A field given replaces its own part; the finer parts not given come
  // from the base only when no coarser field was given ({nanosecond: 2} over
  // .645876123 is .645876002).
  auto ms = f.Int("millisecond"), us = f.Int("microsecond"), ns = f.Int("nanosecond");
  if (!ms) ms = us ? 0 : base_nanos / 1'000'000;
  if (!us) us = f.Has("millisecond") ? 0 : base_nanos / 1000 % 1000;
  if (!ns) ns = 0;
  if (*ms < 0 || *ms > 999 || *us < 0 || *us > 999'999 || *ns < 0 || *ns > 999'999'999)
    Fail("invalid fraction of a second");
  int64_t total = *ms * 1'000'000 + *us * 1000 + *ns;
  if (total >= kNanosPerSecond) Fail("invalid fraction of a second");
  *nanos = static_cast<int32_t>(total);
}

// The offset of `zone` for a time of day, which has no date: now's.
int32_t TimeOffset(const Zone& zone) {
  return zone.name.empty() ? zone.offset : DateTimeAt(std::time(nullptr), 0, zone).offset;
}

Temporal FromEpoch(const Fields& f, const Zone& zone) {
  int64_t seconds = 0, nanos = f.Int("nanosecond").value_or(0);
  if (nanos < 0 || nanos >= kNanosPerSecond) Fail("invalid value for nanosecond: " + std::to_string(nanos));
  if (auto s = f.Int("epochseconds")) seconds = *s;
  if (auto ms = f.Int("epochmillis")) {
    seconds = *ms / 1000 - (*ms % 1000 < 0);
    nanos += (*ms % 1000 + 1000) % 1000 * 1'000'000;
  }
  seconds += nanos / kNanosPerSecond;
  return DateTimeAt(seconds, static_cast<int32_t>(nanos % kNanosPerSecond), zone);
}

}  // namespace

Temporal BuildTemporal(Kind kind, const ResultMap& map, const Zone* default_zone) {
  Fields f(map);
  if (kind == Kind::kDuration) return BuildDuration(f);
  f.CheckKnown({"date", "time", "datetime", "year", "month", "day", "week", "dayOfWeek", "ordinalDay", "quarter",
                "dayOfQuarter", "hour", "minute", "second", "millisecond", "microsecond", "nanosecond",
                "timezone", "epochSeconds", "epochMillis"});
  std::optional<Zone> zone_given;
  if (auto tz = f.String("timezone")) zone_given = ParseZone(*tz);
  Zone utc;
  if (kind == Kind::kDateTime && (f.Has("epochseconds") || f.Has("epochmillis")))
    return FromEpoch(f, zone_given.value_or(utc));

  const Temporal* date_base = f.TemporalOf("date");
  const Temporal* time_base = f.TemporalOf("time");
  if (const Temporal* both = f.TemporalOf("datetime")) {
    if (!date_base) date_base = both;
    if (!time_base) time_base = both;
  }
  if (date_base && !HasDate(date_base->kind)) Fail("the base of the date has no date");
  if (time_base && !HasTime(time_base->kind)) Fail("the base of the time has no time");
  // A zoned base keeps its zone (and instant when a new zone is given).
  std::optional<Zone> base_zone;
  if (time_base && HasZone(time_base->kind)) base_zone = ZoneOf(*time_base);

  Temporal t;
  t.kind = kind;
  if (HasDate(kind)) t.days = DateOf(f, date_base ? std::optional<int64_t>(date_base->days) : std::nullopt);
  if (HasTime(kind))
    TimeOf(f, time_base ? time_base->seconds : 0, time_base ? time_base->nanos : 0, &t.seconds, &t.nanos);
  if (!HasZone(kind)) return t;

  Zone fallback = default_zone ? *default_zone : utc;
  if (kind == Kind::kTime) {
    Zone zone = base_zone.value_or(zone_given.value_or(fallback));
    t.offset = base_zone ? time_base->offset : TimeOffset(zone);
    if (base_zone && zone_given) {
      int32_t offset = TimeOffset(*zone_given);
      t.seconds = ((t.seconds + offset - t.offset) % kSecondsPerDay + kSecondsPerDay) % kSecondsPerDay;
      t.offset = offset;
    }
    return t;
  }
  Temporal dt = DateTimeOfLocal(t.days, t.seconds, t.nanos, base_zone.value_or(zone_given.value_or(fallback)));
  if (base_zone && zone_given) dt = DateTimeAt(UtcSeconds(dt), dt.nanos, *zone_given);
  return dt;
}

Temporal SelectTemporal(Kind kind, const Temporal& from) {
  if (from.kind == Kind::kDuration) throw Error(ErrorKind::kType, "cannot make a temporal of a duration");
  if (HasDate(kind) && !HasDate(from.kind))
    throw Error(ErrorKind::kType, std::string("cannot make a date of a ") + TemporalKindName(from.kind));
  if (HasTime(kind) && !HasDate(kind) && !HasTime(from.kind))
    throw Error(ErrorKind::kType, std::string("cannot make a time of a ") + TemporalKindName(from.kind));
  const char* key = HasDate(from.kind) && HasTime(from.kind) ? "datetime" : HasDate(from.kind) ? "date" : "time";
  return BuildTemporal(kind, ResultMap{{key, Val(from)}});
}

Temporal TruncateTemporal(Kind kind, const std::string& unit_text, const Temporal& from, const ResultMap& overrides) {
  if (from.kind == Kind::kDuration) throw Error(ErrorKind::kType, "cannot truncate a duration");
  if (HasDate(kind) && !HasDate(from.kind))
    throw Error(ErrorKind::kType, std::string("cannot truncate a ") + TemporalKindName(from.kind) + " to a date");
  std::string unit = Lower(unit_text);
  // The unit's size: how much of the date and of the time survives.
  static const std::map<std::string, int> kRank = {
      {"millennium", 0}, {"century", 1}, {"decade", 2}, {"year", 3}, {"weekyear", 4}, {"quarter", 5},
      {"month", 6},      {"week", 7},    {"day", 8},    {"hour", 9}, {"minute", 10},  {"second", 11},
      {"millisecond", 12}, {"microsecond", 13}};
  auto it = kRank.find(unit);
  if (it == kRank.end()) Fail("unknown unit '" + unit_text + "' for truncate");
  int rank = it->second;
  if (!HasDate(kind) && rank < kRank.at("day")) Fail("cannot truncate a time to a " + unit_text);
  Temporal local = from;
  if (HasDate(from.kind)) {
    CivilDate c = CivilFromDays(from.days);
    auto floor_to = [](int64_t y, int64_t n) { return y >= 0 ? y / n * n : -((-y + n - 1) / n) * n; };
    switch (rank) {
      case 0: local.days = DaysFromCivil(floor_to(c.year, 1000), 1, 1); break;
      case 1: local.days = DaysFromCivil(floor_to(c.year, 100), 1, 1); break;
      case 2: local.days = DaysFromCivil(floor_to(c.year, 10), 1, 1); break;
      case 3: local.days = DaysFromCivil(c.year, 1, 1); break;
      case 4: local.days = DaysOfWeekDate(WeekDateOf(from.days).week_year, 1, 1); break;
      case 5: local.days = DaysFromCivil(c.year, (c.month - 1) / 3 * 3 + 1, 1); break;
      case 6: local.days = DaysFromCivil(c.year, c.month, 1); break;
      case 7: local.days = from.days - (DayOfWeek(from.days) - 1); break;
      default: break;
    }
  }
  if (HasTime(from.kind)) {
    static const int64_t kKeepNanos[] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 3600, 60, 1};
    if (rank <= 11) {
      __int128 unit_nanos = static_cast<__int128>(kKeepNanos[rank]) * kNanosPerSecond;
      __int128 total = TotalNanos(from);
      total = unit_nanos == 0 ? 0 : total / unit_nanos * unit_nanos;
      local.seconds = static_cast<int64_t>(total / kNanosPerSecond);
      local.nanos = static_cast<int32_t>(total % kNanosPerSecond);
    } else {
      local.nanos = rank == 12 ? from.nanos / 1'000'000 * 1'000'000 : from.nanos / 1000 * 1000;
    }
  }
  // The truncated wall-clock fields, then the overrides, in the zone given
  // or else the original's (not converted: truncation is local).
  Temporal base = local;
  base.kind = HasDate(from.kind) && HasTime(from.kind) ? Kind::kLocalDateTime
              : HasDate(from.kind)                      ? Kind::kDate
                                                        : Kind::kLocalTime;
  base.offset = 0;
  base.zone.clear();
  if (!HasTime(from.kind)) base.kind = Kind::kDate;
  ResultMap fields = overrides;
  const char* key = base.kind == Kind::kLocalDateTime ? "datetime" : base.kind == Kind::kDate ? "date" : "time";
  fields[key] = Val(base);
  if (HasTime(kind) && !HasTime(from.kind)) {
    Temporal midnight;
    midnight.kind = Kind::kLocalTime;
    fields["time"] = Val(midnight);
  }
  // A time keeps the offset the original had then; a datetime its zone.
  Zone original = !HasZone(from.kind) ? Zone{} : kind == Kind::kTime ? Zone{"", from.offset} : ZoneOf(from);
  return BuildTemporal(kind, fields, &original);
}

}  // namespace ng::query::temporal
