// Components of temporal values (d.year, t.timezone, dur.days): a table for
// each group of kinds that share them.
#include <cctype>
#include <map>

#include "query/temporal.h"
#include "query/temporal_fields.h"

namespace ng::query {

using namespace temporal;

namespace {

using Component = Val (*)(const Temporal&);
using Components = std::map<std::string, Component>;

Val I(int64_t v) { return Val(v); }

int64_t Quarter(const Temporal& t) { return (CivilFromDays(t.days).month - 1) / 3 + 1; }

int64_t FloorDiv(__int128 a, int64_t b) { return static_cast<int64_t>(a / b - (a % b < 0)); }

std::string OffsetText(int32_t offset) {
  Temporal t;
  t.kind = Kind::kTime;
  t.offset = offset;
  return TemporalToString(t).substr(5);  // "00:00+01:00" without the time
}

// Durations: totals in each unit, and the parts of the next larger unit.
const Components& DurationComponents() {
  static const Components table = {
      {"years", [](const Temporal& t) { return I(t.months / 12); }},
      {"quarters", [](const Temporal& t) { return I(t.months / 3); }},
      {"months", [](const Temporal& t) { return I(t.months); }},
      {"weeks", [](const Temporal& t) { return I(t.days / 7); }},
      {"days", [](const Temporal& t) { return I(t.days); }},
      {"hours", [](const Temporal& t) { return I(t.seconds / 3600); }},
      {"minutes", [](const Temporal& t) { return I(t.seconds / 60); }},
      {"seconds", [](const Temporal& t) { return I(t.seconds); }},
      {"milliseconds", [](const Temporal& t) { return I(FloorDiv(TotalNanos(t), 1'000'000)); }},
      {"microseconds", [](const Temporal& t) { return I(FloorDiv(TotalNanos(t), 1000)); }},
      {"nanoseconds", [](const Temporal& t) { return I(static_cast<int64_t>(TotalNanos(t))); }},
      {"quartersofyear", [](const Temporal& t) { return I(t.months % 12 / 3); }},
      {"monthsofquarter", [](const Temporal& t) { return I(t.months % 3); }},
      {"monthsofyear", [](const Temporal& t) { return I(t.months % 12); }},
      {"daysofweek", [](const Temporal& t) { return I(t.days % 7); }},
      {"minutesofhour", [](const Temporal& t) { return I(t.seconds / 60 % 60); }},
      {"secondsofminute", [](const Temporal& t) { return I(t.seconds % 60); }},
      {"millisecondsofsecond", [](const Temporal& t) { return I(t.nanos / 1'000'000); }},
      {"microsecondsofsecond", [](const Temporal& t) { return I(t.nanos / 1000); }},
      {"nanosecondsofsecond", [](const Temporal& t) { return I(t.nanos); }},
  };
  return table;
}

const Components& DateComponents() {
  static const Components table = {
      {"year", [](const Temporal& t) { return I(CivilFromDays(t.days).year); }},
      {"quarter", [](const Temporal& t) { return I(Quarter(t)); }},
      {"month", [](const Temporal& t) { return I(CivilFromDays(t.days).month); }},
      {"week", [](const Temporal& t) { return I(WeekDateOf(t.days).week); }},
      {"weekyear", [](const Temporal& t) { return I(WeekDateOf(t.days).week_year); }},
      {"day", [](const Temporal& t) { return I(CivilFromDays(t.days).day); }},
      {"ordinalday",
       [](const Temporal& t) { return I(t.days - DaysFromCivil(CivilFromDays(t.days).year, 1, 1) + 1); }},
      {"weekday", [](const Temporal& t) { return I(DayOfWeek(t.days)); }},
      {"dayofweek", [](const Temporal& t) { return I(DayOfWeek(t.days)); }},
      {"dayofquarter",
       [](const Temporal& t) {
         int first_month = static_cast<int>(Quarter(t) - 1) * 3 + 1;
         return I(t.days - DaysFromCivil(CivilFromDays(t.days).year, first_month, 1) + 1);
       }},
  };
  return table;
}

const Components& TimeComponents() {
  static const Components table = {
      {"hour", [](const Temporal& t) { return I(t.seconds / 3600); }},
      {"minute", [](const Temporal& t) { return I(t.seconds / 60 % 60); }},
      {"second", [](const Temporal& t) { return I(t.seconds % 60); }},
      {"millisecond", [](const Temporal& t) { return I(t.nanos / 1'000'000); }},
      {"microsecond", [](const Temporal& t) { return I(t.nanos / 1000); }},
      {"nanosecond", [](const Temporal& t) { return I(t.nanos); }},
  };
  return table;
}

const Components& ZoneComponents() {
  static const Components table = {
      {"timezone", [](const Temporal& t) { return Val(t.zone.empty() ? OffsetText(t.offset) : t.zone); }},
      {"offset", [](const Temporal& t) { return Val(OffsetText(t.offset)); }},
      {"offsetminutes", [](const Temporal& t) { return I(t.offset / 60); }},
      {"offsetseconds", [](const Temporal& t) { return I(t.offset); }},
  };
  return table;
}

const Components& InstantComponents() {
  static const Components table = {
      {"epochseconds", [](const Temporal& t) { return I(UtcSeconds(t)); }},
      {"epochmillis", [](const Temporal& t) { return I(UtcSeconds(t) * 1000 + t.nanos / 1'000'000); }},
  };
  return table;
}

bool IsDuration(Kind k) { return k == Kind::kDuration; }
bool IsDateTime(Kind k) { return k == Kind::kDateTime; }

}  // namespace

Val TemporalComponent(const Temporal& t, const std::string& name) {
  struct Group {
    bool (*has)(Kind);
    const Components& (*components)();
  };
  static const Group kGroups[] = {{IsDuration, DurationComponents}, {HasDate, DateComponents},
                                  {HasTime, TimeComponents},         {HasZone, ZoneComponents},
                                  {IsDateTime, InstantComponents}};
  std::string key;
  for (char c : name) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const Group& group : kGroups) {
    if (!group.has(t.kind)) continue;
    auto it = group.components().find(key);
    if (it != group.components().end()) return it->second(t);
  }
  Fail(std::string("a ") + TemporalKindName(t.kind) + " has no component '" + name + "'");
}

}  // namespace ng::query
