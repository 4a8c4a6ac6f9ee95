#include "ingest/dates.h"

#include <cstdio>
#include <ctime>
#include <initializer_list>
#include <iterator>
#include <string>
#include <vector>

#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

const char* const kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                             "Thursday", "Friday", "Saturday"};
const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

bool ParseIso(const std::string& s, std::tm* tm) {
  int y, m, d;
  if (s.size() < 10 || std::sscanf(s.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return false;
  *tm = {};
  tm->tm_year = y - 1900;
  tm->tm_mon = m - 1;
  tm->tm_mday = d;
  tm->tm_hour = 12;
  timegm(tm);  // fills tm_wday
  return true;
}

std::string Format(const std::tm& tm) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return buf;
}

// The word at pos must stand alone ("May" in "Mayor" does not count).
bool WordAt(std::string_view s, size_t pos, std::string_view w) {
  if (pos > 0 && IsAlnum(s[pos - 1])) return false;
  size_t end = pos + w.size();
  return s.compare(pos, w.size(), w) == 0 && (end >= s.size() || !IsAlnum(s[end]));
}

// Abbreviations news writes for months ("Nov. 3", "Sept. 12").
const char* const kMonthAbbreviations[] = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.",
                                           "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};

// A year of four digits right after `pos` ("March 2019", "in 2009"), or 0.
int YearAt(std::string_view s, size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == ',')) ++pos;
  if (pos + 4 > s.size()) return 0;
  int year = 0;
  for (size_t i = pos; i < pos + 4; ++i) {
    if (s[i] < '0' || s[i] > '9') return 0;
    year = year * 10 + (s[i] - '0');
  }
  if (pos + 4 < s.size() && IsAlnum(s[pos + 4])) return 0;
  return year >= 1900 && year <= 2100 ? year : 0;
}

// Words between "in" and a year that keep the year ("in late 2011").
const std::string_view kPartsOfYear[] = {
    "early ", "mid-", "mid ", "late ", "the spring of ", "the summer of ", "the fall of ", "the autumn of ",
    "the winter of ", "the beginning of ", "the start of ", "the end of ", "the middle of ", "the first half of ",
    "the second half of "};

// A month named in s with its day ("January 10th", "Nov. 3", "March 4,
// 2019") as YYYY-MM-DD; with `month_alone` also one without a day ("in
// March", "March 2019") as YYYY-MM. The year is the one written, else the
// publication's: the year before for a day more than a month ahead
// ("December 20" in a January article), for a month alone any month ahead;
// of an event still to come (`ahead`), the first such day or month on or
// after publication ("will meet in April" in a May article: next April).
// Empty when s names no month.
std::string MonthDate(std::string_view s, const std::tm& pub, bool month_alone, bool ahead, bool* year_written) {
  char buf[16];
  for (int m = 0; m < 12; ++m)
    for (const char* name : {kMonths[m], kMonthAbbreviations[m]})
      for (size_t pos = s.find(name); pos != std::string_view::npos; pos = s.find(name, pos + 1)) {
        std::string_view word(name);
        if (pos > 0 && IsAlnum(s[pos - 1])) continue;
        size_t i = pos + word.size();
        if (word.back() != '.' && i < s.size() && IsAlnum(s[i])) continue;  // "Mayor"
        while (i < s.size() && s[i] == ' ') ++i;
        int day = 0;
        size_t digits = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9' && day < 100) day = day * 10 + (s[i++] - '0');
        bool has_day = day >= 1 && day <= 31 && i - digits <= 2;
        int year = YearAt(s, has_day ? i : digits);
        *year_written = year != 0;
        if (has_day) {
          const bool before = m < pub.tm_mon || (m == pub.tm_mon && day < pub.tm_mday);
          int y = year ? year
                  : ahead ? pub.tm_year + 1900 + (before ? 1 : 0)
                          : pub.tm_year + 1900 - (m > pub.tm_mon + 1 ? 1 : 0);
          std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m + 1, day);
          return buf;
        }
        // "Mar." alone is too often no month.
        if (!month_alone || (word.back() == '.' && !year)) continue;
        int y = year ? year
                : ahead ? pub.tm_year + 1900 + (m < pub.tm_mon ? 1 : 0)
                        : pub.tm_year + 1900 - (m > pub.tm_mon ? 1 : 0);
        std::snprintf(buf, sizeof buf, "%04d-%02d", y, m + 1);
        return buf;
      }
  return "";
}

// The first of `words` standing alone in s, or npos.
size_t FindWord(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    for (size_t pos = s.find(w); pos != std::string_view::npos; pos = s.find(w, pos + 1))
      if (WordAt(s, pos, w)) return pos;
  return std::string_view::npos;
}

// The date `count` `unit`s before `pub` at the unit's precision.
std::string SpanBefore(const std::tm& pub, int count, std::string_view unit) {
  std::string singular(unit);
  if (!singular.empty() && singular.back() == 's') singular.pop_back();
  singular = Lower(singular);
  std::tm tm = pub;
  if (singular == "year") return std::to_string(pub.tm_year + 1900 - count);
  if (singular == "month") {
    tm.tm_mday = 1;
    tm.tm_mon -= count;
    timegm(&tm);
    return Format(tm).substr(0, 7);
  }
  const int days = singular == "week" ? 7 : singular == "day" ? 1 : 0;
  if (days == 0) return "";
  tm.tm_mday -= count * days;
  timegm(&tm);
  return Format(tm);
}

// "two years ago", "three days ago": the date that span before `pub`;
// empty when s tells none.
std::string AgoDate(std::string_view s, const std::tm& pub) {
  const std::vector<std::string> words = Words(s);
  for (size_t i = 2; i < words.size(); ++i)
    if (std::string ago = Lower(words[i]); ago.rfind("ago", 0) == 0 && (ago.size() == 3 || !IsAlnum(ago[3])))
      if (int count = SpanCount(words[i - 2]); count > 0) {
        std::string date = SpanBefore(pub, count, words[i - 1]);
        if (!date.empty()) return date;
      }
  return "";
}

// What an event is set for, counted from the publication date: "next
// Tuesday" (the first Tuesday after it), "tomorrow", "next month", "next
// year"; and "last month", "this year"; "next week", "last week", "this
// week" the month that week (Monday to Sunday) lies in, when it lies in one.
// Empty when s says none of them.
std::string RelativeEventDate(std::string_view s, const std::tm& pub) {
  const std::string lower = Lower(s);  // "Next month, ..." opens a sentence too
  static const std::pair<std::string_view, int> kWeeks[] = {{"next week", 7}, {"last week", -7}, {"this week", 0}};
  for (const auto& [words, days] : kWeeks) {
    if (FindWord(lower, {words}) == std::string_view::npos) continue;
    std::tm monday = pub, sunday = pub;
    monday.tm_mday += days - (pub.tm_wday + 6) % 7;
    timegm(&monday);
    sunday = monday;
    sunday.tm_mday += 6;
    timegm(&sunday);
    return monday.tm_mon == sunday.tm_mon ? Format(monday).substr(0, 7) : "";
  }
  for (int d = 0; d < 7; ++d) {
    const std::string day = kDays[d];
    if (FindWord(s, {"next " + day, "Next " + day}) == std::string_view::npos) continue;
    int ahead = (d - pub.tm_wday + 7) % 7;
    std::tm tm = pub;
    tm.tm_mday += ahead == 0 ? 7 : ahead;
    timegm(&tm);
    return Format(tm);
  }
  if (FindWord(lower, {"tomorrow"}) != std::string_view::npos) {
    std::tm tm = pub;
    tm.tm_mday += 1;
    timegm(&tm);
    return Format(tm);
  }
  // Months and years away from the publication's, by the words that say so.
  struct Shift {
    std::string_view words;
    int months;
    bool month;  // a month, else a year
  };
  static const Shift kShifts[] = {{"next month", 1, true},          {"last month", -1, true},
                                  {"end of the month", 0, true},    {"end of this month", 0, true},
                                  {"end of next month", 1, true},   {"next year", 12, false},
                                  {"this year", 0, false},          {"end of the year", 0, false},
                                  {"end of this year", 0, false},   {"end of next year", 12, false}};
  for (const Shift& shift : kShifts) {
    if (FindWord(lower, {shift.words}) == std::string_view::npos) continue;
    std::tm tm = pub;
    tm.tm_mday = 1;
    tm.tm_mon += shift.months;
    timegm(&tm);
    return shift.month ? Format(tm).substr(0, 7) : std::to_string(tm.tm_year + 1900);
  }
  return "";
}

// The date s names itself, resolved against `pub` when it is known (a
// weekday, "yesterday", a month with no year); empty when s names none.
// Without a publication date only what carries its own year counts.
std::string NamedDate(std::string_view s, const std::tm* pub, bool event, bool ahead = false) {
  std::tm none = {};
  const std::tm& base = pub ? *pub : none;
  bool year_written = false;
  // Of an event to come, words that count from the publication ("next
  // month") are its own; a month named beside them may be another act's
  // ("will send envoys next month under a pact signed in June").
  if (event && ahead && pub)
    if (std::string relative = RelativeEventDate(s, *pub); !relative.empty()) return relative;
  std::string month = MonthDate(s, base, event, ahead && pub, &year_written);
  if (!month.empty()) return pub || year_written ? month : "";
  // "in 2009", "In 2009": a year alone (events, which may lie further back),
  // also a part of it ("in late 2011", "in the summer of 2014").
  if (event)
    for (const char* lead : {"in ", "In "})
      for (size_t pos = s.find(lead); pos != std::string_view::npos; pos = s.find(lead, pos + 1)) {
        if (pos > 0 && IsAlnum(s[pos - 1])) continue;
        size_t at = pos + 3;
        for (std::string_view part : kPartsOfYear)
          if (s.substr(at, part.size()) == part) {
            at += part.size();
            break;
          }
        if (int year = YearAt(s, at)) return std::to_string(year);
      }
  if (!pub) return "";
  if (event) {
    std::string relative = RelativeEventDate(s, *pub);
    if (!relative.empty()) return relative;
  }
  // A weekday: the last one on or before the publication date.
  for (int d = 0; d < 7; ++d) {
    size_t pos = s.find(kDays[d]);
    if (pos == std::string_view::npos || !WordAt(s, pos, kDays[d])) continue;
    std::tm tm = *pub;
    tm.tm_mday += ahead ? (d - pub->tm_wday + 7) % 7 : -((pub->tm_wday - d + 7) % 7);
    timegm(&tm);
    return Format(tm);
  }
  // Words of relative time, at a sentence's start too ("Last year, ...").
  const std::string lower = Lower(s);
  if (FindWord(lower, {"yesterday"}) != std::string_view::npos) {
    std::tm tm = *pub;
    tm.tm_mday -= 1;
    timegm(&tm);
    return Format(tm);
  }
  if (FindWord(lower, {"today"}) != std::string_view::npos) return Format(*pub);
  if (FindWord(lower, {"this month"}) != std::string_view::npos) return Format(*pub).substr(0, 7);
  if (FindWord(lower, {"last year"}) != std::string_view::npos) return std::to_string(pub->tm_year + 1900 - 1);
  if (event) return AgoDate(s, *pub);
  return "";
}

}  // namespace

std::string ResolveDate(std::string_view s, const std::string& published) {
  std::tm pub;
  if (!ParseIso(published, &pub)) return "";
  std::string named = NamedDate(s, &pub, false);
  return named.empty() ? published : named;
}

bool IsDayWord(std::string_view word) {
  for (const char* day : kDays)
    if (word == day) return true;
  const std::string lower = Lower(word);
  for (const char* relative : {"today", "yesterday", "tomorrow", "tonight"})
    if (lower == relative) return true;
  return false;
}

int SpanCount(std::string_view word) {
  static const char* const kWords[] = {"a",     "one",  "two", "three",  "four",  "five",  "six",
                                       "seven", "eight", "nine", "ten", "eleven", "twelve"};
  const std::string lower = Lower(word);
  if (lower == "an") return 1;
  for (size_t n = 0; n < std::size(kWords); ++n)
    if (lower == kWords[n]) return n == 0 ? 1 : static_cast<int>(n);
  if (word.empty() || word.size() > 3) return 0;
  int count = 0;
  for (char c : word) {
    if (c < '0' || c > '9') return 0;
    count = count * 10 + (c - '0');
  }
  return count;
}

std::string DateSpanBefore(std::string_view count, std::string_view unit, const std::string& published) {
  std::tm pub;
  const int n = SpanCount(count);
  if (n == 0 || !ParseIso(published, &pub)) return "";
  return SpanBefore(pub, n, unit);
}

std::string ResolveEventDate(std::string_view s, const std::string& published, bool ahead) {
  std::tm pub;
  return NamedDate(s, ParseIso(published, &pub) ? &pub : nullptr, true, ahead);
}

}  // namespace ng::ingest
