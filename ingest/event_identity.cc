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

// The coarser dates an ISO date lies within: "2021-12-05" -> "2021", "2021-12".
std::vector<std::string> CoarserDates(const std::string& iso) {
  std::vector<std::string> coarser;
  for (size_t dash = iso.find('-'); dash != std::string::npos; dash = iso.find('-', dash + 1))
    coarser.push_back(iso.substr(0, dash));
  return coarser;
}

bool DatesAgree(const std::string& a, const std::string& b) {
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return longer.compare(0, shorter.size(), shorter) == 0 &&
         (longer.size() == shorter.size() || longer[shorter.size()] == '-');
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
    if (e.mode == "occurred") {
      EventKeys keys{{key + e.date, any_date}, {key + e.date, told_undated_act}, {told_undated_act}, any_date};
      // Told to the year by one report, to the month or day by another.
      if (!(e.recurs && !e.repeated)) {
        keys.known_by.push_back(key + "exactly " + e.date);
        keys.sought.push_back(key + "within " + e.date);
        for (const std::string& coarser : CoarserDates(e.date)) {
          keys.known_by.push_back(key + "within " + coarser);
          keys.sought.push_back(key + "exactly " + coarser);
        }
      }
      return keys;
    }
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
    // A campaign goes on ("attacks since early May"): told undated in
    // this week's news, it is the campaign of its parties dated by its start.
    if (e.repeated) return {{this_week, told_undated_act}, {this_week, any_date}, {this_week, any_date}, any_date};
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
