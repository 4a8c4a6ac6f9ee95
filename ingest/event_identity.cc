#include "ingest/event_identity.h"

#include <cstdio>

#include "graph/temporal_value.h"

namespace ng::ingest {

namespace {

// Weeks run Monday to Sunday: day 0 (1970-01-01) was a Thursday.
std::optional<int64_t> WeekOf(const std::string& iso_day) {
  int y, m, d;
  char tail;
  if (iso_day.size() != 10 || std::sscanf(iso_day.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 ||
      m > 12 || d < 1 || d > DaysInMonth(y, m))
    return std::nullopt;
  int64_t days = DaysFromCivil(y, m, d) + 3;
  return days >= 0 ? days / 7 : (days - 6) / 7;
}

}  // namespace

std::optional<std::string> EventKey(const EventIdentity& e, uint64_t party, const std::string& role) {
  std::string key = e.category + '|' + role + '|' + std::to_string(party) + '|' +
                    (e.mode == "occurred" ? "occurred" : "prospective") + '|';
  if (!e.date.empty()) return key + e.date;
  auto week = WeekOf(e.published);
  if (!week) return std::nullopt;
  return key + "week " + std::to_string(*week) + (e.one_party ? "|alone" : "");
}

}  // namespace ng::ingest
