// The temporal functions: constructors (date(), datetime({…}), duration('P1D')),
// the clock (date.transaction(), …), truncation, epoch conversion and
// durations between instants.
#include <chrono>
#include <functional>
#include <map>

#include "graph/error.h"
#include "query/temporal.h"
#include "query/temporal_fields.h"

namespace ng::query {

using namespace temporal;

namespace {

using Args = std::vector<Val>;

struct TemporalFunction {
  size_t min_args, max_args;
  std::function<Val(const Args&)> call;
};

const std::map<std::string, Kind>& Kinds() {
  static const std::map<std::string, Kind> kinds = {
      {"date", Kind::kDate},           {"localtime", Kind::kLocalTime}, {"time", Kind::kTime},
      {"localdatetime", Kind::kLocalDateTime}, {"datetime", Kind::kDateTime}, {"duration", Kind::kDuration}};
  return kinds;
}

[[noreturn]] void BadArg(const std::string& fn, const Val& v) {
  throw Error(ErrorKind::kType, fn + "() cannot take " + TypeName(v));
}

const Temporal& TemporalArg(const std::string& fn, const Val& v) {
  if (auto* t = v.get_if<Temporal>()) return *t;
  BadArg(fn, v);
}

int64_t SystemNanos() {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
}

thread_local int64_t statement_nanos = 0;  // 0: not started, read the system clock

// Now, as a temporal of `kind` in `zone` (UTC unless a zone is given): the
// statement's instant, or the system clock's for the realtime variants.
Temporal Now(Kind kind, const Zone& zone, bool realtime = false) {
  int64_t nanos = realtime || statement_nanos == 0 ? SystemNanos() : statement_nanos;
  Temporal dt = DateTimeAt(nanos / kNanosPerSecond, static_cast<int32_t>(nanos % kNanosPerSecond), zone);
  return kind == Kind::kDateTime ? dt : SelectTemporal(kind, dt);
}

Val Construct(Kind kind, const std::string& fn, const Args& a) {
  if (a.empty()) {
    if (kind == Kind::kDuration) throw Error(ErrorKind::kSyntax, "InvalidNumberOfArguments: duration() takes 1 argument");
    return Val(Now(kind, Zone{}));
  }
  const Val& v = a[0];
  if (v.is_null()) return Val();
  if (auto* s = v.get_if<std::string>()) return Val(ParseTemporal(kind, *s));
  if (auto* m = v.get_if<ResultMap>()) {
    // {timezone: 'Europe/Stockholm'} alone is now, in that zone.
    if (kind != Kind::kDuration && m->size() == 1 && m->begin()->first == "timezone") {
      auto* tz = m->begin()->second.get_if<std::string>();
      if (!tz) BadArg(fn, m->begin()->second);
      return Val(Now(kind, ParseZone(*tz)));
    }
    return Val(BuildTemporal(kind, *m));
  }
  if (auto* t = v.get_if<Temporal>()) {
    if (kind == Kind::kDuration) BadArg(fn, v);
    return Val(SelectTemporal(kind, *t));
  }
  BadArg(fn, v);
}

Val Clock(Kind kind, const std::string& fn, const Args& a) {
  bool realtime = fn.size() > 9 && fn.compare(fn.size() - 9, 9, ".realtime") == 0;
  if (a.empty()) return Val(Now(kind, Zone{}, realtime));
  if (a[0].is_null()) return Val();
  auto* tz = a[0].get_if<std::string>();
  if (!tz) BadArg(fn, a[0]);
  return Val(Now(kind, ParseZone(*tz), realtime));
}

Val Truncate(Kind kind, const std::string& fn, const Args& a) {
  if (a[0].is_null() || a[1].is_null()) return Val();
  auto* unit = a[0].get_if<std::string>();
  if (!unit) BadArg(fn, a[0]);
  ResultMap overrides;
  if (a.size() > 2 && !a[2].is_null()) {
    auto* m = a[2].get_if<ResultMap>();
    if (!m) BadArg(fn, a[2]);
    overrides = *m;
  }
  return Val(TruncateTemporal(kind, *unit, TemporalArg(fn, a[1]), overrides));
}

Val Between(const std::string& unit, const std::string& fn, const Args& a) {
  if (a[0].is_null() || a[1].is_null()) return Val();
  return Val(DurationBetween(TemporalArg(fn, a[0]), TemporalArg(fn, a[1]), unit));
}

Val FromEpoch(const Args& a, bool millis) {
  for (const auto& v : a)
    if (v.is_null()) return Val();
  auto integer = [](const Val& v) {
    if (auto* i = v.get_if<int64_t>()) return *i;
    BadArg("datetime.fromepoch", v);
  };
  ResultMap fields;
  fields[millis ? "epochMillis" : "epochSeconds"] = Val(integer(a[0]));
  if (a.size() > 1) fields["nanosecond"] = Val(integer(a[1]));
  return Val(BuildTemporal(Kind::kDateTime, fields));
}

const std::map<std::string, TemporalFunction>& Table() {
  static const std::map<std::string, TemporalFunction> table = [] {
    std::map<std::string, TemporalFunction> t;
    for (const auto& [name, kind] : Kinds()) {
      Kind k = kind;
      std::string n = name;
      t[n] = {0, 1, [k, n](const Args& a) { return Construct(k, n, a); }};
      if (k == Kind::kDuration) continue;
      for (const char* clock : {".transaction", ".statement", ".realtime"})
        t[n + clock] = {0, 1, [k, n, clock](const Args& a) { return Clock(k, n + clock, a); }};
      t[n + ".truncate"] = {2, 3, [k, n](const Args& a) { return Truncate(k, n + ".truncate", a); }};
    }
    t["duration.between"] = {2, 2, [](const Args& a) { return Between("all", "duration.between", a); }};
    t["duration.inmonths"] = {2, 2, [](const Args& a) { return Between("months", "duration.inMonths", a); }};
    t["duration.indays"] = {2, 2, [](const Args& a) { return Between("days", "duration.inDays", a); }};
    t["duration.inseconds"] = {2, 2, [](const Args& a) { return Between("seconds", "duration.inSeconds", a); }};
    t["datetime.fromepoch"] = {2, 2, [](const Args& a) { return FromEpoch(a, false); }};
    t["datetime.fromepochmillis"] = {1, 1, [](const Args& a) { return FromEpoch(a, true); }};
    return t;
  }();
  return table;
}

}  // namespace

void StartStatementClock() { statement_nanos = SystemNanos(); }

bool IsTemporalFunction(const std::string& lower_name) { return Table().count(lower_name) > 0; }

Val CallTemporalFunction(const std::string& lower_name, const std::vector<Val>& args) {
  const TemporalFunction& f = Table().at(lower_name);
  if (args.size() < f.min_args || args.size() > f.max_args)
    throw Error(ErrorKind::kSyntax, "InvalidNumberOfArguments: " + lower_name + "() takes " +
                                        std::to_string(f.min_args) + " to " + std::to_string(f.max_args) +
                                        " argument(s), not " + std::to_string(args.size()));
  return f.call(args);
}

}  // namespace ng::query
