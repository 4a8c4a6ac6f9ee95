#include "ingest/event_identity.h"

#include <cstdio>

#include "graph/temporal_value.h"

namespace ng::ingest {

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

EventKeys KeysOf(const EventIdentity& e, uint64_t party, const std::string& role) {
  const std::string key = e.category + '|' + role + '|' + std::to_string(party) + '|' +
                          (e.mode == "occurred" ? "occurred" : "prospective") + '|';
  const std::string alone = e.one_party ? "|alone" : "";
  const std::string any_week = key + "any week" + alone;
  const std::string undated_article = key + "told undated" + alone;
  // What a report with no date of publication tells undated of acts that
  // took place: known to it as "any date", seeking dated acts of its kind.
  const std::string kind = e.repeated ? " campaign" : " act";
  // Known so whatever its parties (they may grow).
  const std::string any_date = key + "any date" + kind;
  const std::string told_undated_act = key + "told undated" + kind + alone;
  if (!e.date.empty()) {
    if (e.mode == "occurred")
      return {{key + e.date, any_date}, {key + e.date, told_undated_act}, {told_undated_act}, any_date};
    return {{key + e.date, any_week}, {key + e.date, undated_article}, {undated_article}};
  }
  auto week = WeekOf(e.published);
  // Acts that took place recur (strikes, attacks, votes): undated, told
  // with no date of publication, nothing tells one from the next, but the
  // date another report gives. What is to come is one prospect until it
  // happens.
  if (e.mode == "occurred") {
    if (!week) {
      if (e.recurs && !e.repeated) return {{told_undated_act}, {}, {}};
      return {{told_undated_act}, {any_date}, {any_date}, any_date};
    }
    const std::string this_week = key + "week " + std::to_string(*week) + alone;
    return {{this_week}, {this_week}, {this_week}};
  }
  if (!week) return {{undated_article, any_week}, {any_week}, {any_week}};
  const std::string this_week = key + "week " + std::to_string(*week) + alone;
  return {{this_week, any_week}, {this_week, undated_article}, {this_week, undated_article}};
}

std::string JoinedMode(const std::string& a, const std::string& b) {
  static const char* const kDoubtFirst[] = {"denied", "hypothetical", "planned", "occurred"};
  for (const char* mode : kDoubtFirst)
    if (a == mode || b == mode) return mode;
  return a.empty() ? b : a;
}

std::string EventKey(const EventIdentity& e, uint64_t party, const std::string& role) {
  return KeysOf(e, party, role).known_by.front();
}

}  // namespace ng::ingest
