#include "query/timezone.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "graph/error.h"
#include "graph/temporal_value.h"

namespace ng::query {

namespace {

constexpr const char* kZoneInfoDir = "/usr/share/zoneinfo/";

// A POSIX TZ rule day "Mm.w.d/time": weekday d (0 = Sunday) of week w (5 =
// the last) of month m, at `seconds` past local midnight.
struct RuleDay {
  int month = 0, week = 0, weekday = 0;
  int32_t seconds = 7200;

  // Seconds since 1970 (local) of this day's moment in `year`.
  int64_t LocalSeconds(int64_t year) const {
    int64_t first = DaysFromCivil(year, month, 1);
    int first_weekday = static_cast<int>(((first + 4) % 7 + 7) % 7);  // 1970-01-01 was a Thursday
    int64_t day = first + (weekday - first_weekday + 7) % 7 + (week - 1) * 7;
    while (day >= first + DaysInMonth(year, month)) day -= 7;
    return day * 86400 + seconds;
  }
};

// The footer of a TZif file: the rule for times after its last transition
// ("CET-1CEST,M3.5.0,M10.5.0/3"). Offsets here are seconds east of UTC.
struct PosixRule {
  int32_t standard = 0, daylight = 0;
  bool has_daylight = false;
  RuleDay start, end;

  int32_t OffsetAt(int64_t utc) const {
    if (!has_daylight) return standard;
    int64_t year = CivilFromDays((utc + standard) / 86400 - ((utc + standard) % 86400 < 0)).year;
    int64_t begins = start.LocalSeconds(year) - standard, ends = end.LocalSeconds(year) - daylight;
    bool summer = begins < ends ? utc >= begins && utc < ends : utc >= begins || utc < ends;
    return summer ? daylight : standard;
  }
};

// The transitions of one zone: at transitions[i] the offset becomes offsets[i];
// before the first one the zone keeps `initial` (local mean time, mostly);
// after the last one the footer's rule holds, if the file has one.
struct ZoneRules {
  std::vector<int64_t> transitions;
  std::vector<int32_t> offsets;
  int32_t initial = 0;
  std::optional<PosixRule> footer;

  int32_t OffsetAt(int64_t utc) const {
    if (footer && (transitions.empty() || utc >= transitions.back())) return footer->OffsetAt(utc);
    auto it = std::upper_bound(transitions.begin(), transitions.end(), utc);
    return it == transitions.begin() ? initial : offsets[it - transitions.begin() - 1];
  }
};

// Reads "[+-]hh[:mm[:ss]]" at text[*i] into seconds; false if there is none.
bool ReadPosixTime(const std::string& text, size_t* i, int32_t* seconds) {
  int sign = 1;
  if (*i < text.size() && (text[*i] == '+' || text[*i] == '-')) sign = text[(*i)++] == '-' ? -1 : 1;
  int32_t total = 0;
  for (int part = 0; part < 3; ++part) {
    if (part > 0 && (*i >= text.size() || text[*i] != ':')) break;
    if (part > 0) ++*i;
    size_t begin = *i;
    int32_t v = 0;
    while (*i < text.size() && std::isdigit(static_cast<unsigned char>(text[*i]))) v = v * 10 + (text[(*i)++] - '0');
    if (*i == begin) return false;
    total += v * (part == 0 ? 3600 : part == 1 ? 60 : 1);
  }
  *seconds = sign * total;
  return true;
}

bool ReadPosixName(const std::string& text, size_t* i) {
  size_t begin = *i;
  if (*i < text.size() && text[*i] == '<') {
    *i = text.find('>', *i);
    if (*i == std::string::npos) return false;
    ++*i;
    return true;
  }
  while (*i < text.size() && std::isalpha(static_cast<unsigned char>(text[*i]))) ++*i;
  return *i > begin;
}

bool ReadRuleDay(const std::string& text, size_t* i, RuleDay* day) {
  if (*i >= text.size() || text[*i] != 'M') return false;  // the Jn and n forms are not used by tzdata
  if (std::sscanf(text.c_str() + *i, "M%d.%d.%d", &day->month, &day->week, &day->weekday) != 3) return false;
  while (*i < text.size() && text[*i] != '/' && text[*i] != ',') ++*i;
  if (*i < text.size() && text[*i] == '/') {
    ++*i;
    if (!ReadPosixTime(text, i, &day->seconds)) return false;
  }
  return day->month >= 1 && day->month <= 12 && day->week >= 1 && day->week <= 5 && day->weekday >= 0 &&
         day->weekday <= 6;
}

std::optional<PosixRule> ParsePosixRule(const std::string& text) {
  PosixRule rule;
  size_t i = 0;
  int32_t west = 0;
  if (!ReadPosixName(text, &i) || !ReadPosixTime(text, &i, &west)) return std::nullopt;
  rule.standard = rule.daylight = -west;
  if (i == text.size()) return rule;
  if (!ReadPosixName(text, &i)) return std::nullopt;
  rule.daylight = rule.standard + 3600;
  if (i < text.size() && text[i] != ',') {
    if (!ReadPosixTime(text, &i, &west)) return std::nullopt;
    rule.daylight = -west;
  }
  if (i >= text.size() || text[i++] != ',' || !ReadRuleDay(text, &i, &rule.start) || i >= text.size() ||
      text[i++] != ',' || !ReadRuleDay(text, &i, &rule.end))
    return std::nullopt;
  rule.has_daylight = true;
  return rule;
}

int64_t BigEndian(const std::string& bytes, size_t at, int width) {
  if (at + width > bytes.size()) throw Error(ErrorKind::kArgument, "truncated time zone file");
  uint64_t v = 0;
  for (int i = 0; i < width; ++i) v = v << 8 | static_cast<unsigned char>(bytes[at + i]);
  if (width == 4) return static_cast<int32_t>(static_cast<uint32_t>(v));
  return static_cast<int64_t>(v);
}

// Reads the 64-bit block of a version 2+ file (or the 32-bit block of a
// version 1 file): header counts, transition times, type indexes, types.
std::unique_ptr<ZoneRules> ParseTzif(const std::string& bytes) {
  if (bytes.compare(0, 4, "TZif") != 0) return nullptr;
  auto block_size = [&](size_t header, int time_width) {
    int64_t isut = BigEndian(bytes, header + 20, 4), isstd = BigEndian(bytes, header + 24, 4),
            leap = BigEndian(bytes, header + 28, 4), times = BigEndian(bytes, header + 32, 4),
            types = BigEndian(bytes, header + 36, 4), chars = BigEndian(bytes, header + 40, 4);
    return static_cast<size_t>(44 + times * time_width + times + types * 6 + chars +
                               leap * (time_width + 4) + isstd + isut);
  };
  size_t header = 0;
  int width = 4;
  if (bytes.size() > 4 && bytes[4] >= '2') {
    header = block_size(0, 4);
    width = 8;
  }
  int64_t times = BigEndian(bytes, header + 32, 4), types = BigEndian(bytes, header + 36, 4);
  if (types <= 0) return nullptr;
  size_t at = header + 44;
  auto rules = std::make_unique<ZoneRules>();
  for (int64_t i = 0; i < times; ++i) rules->transitions.push_back(BigEndian(bytes, at + i * width, width));
  at += times * width;
  std::vector<int> index;
  for (int64_t i = 0; i < times; ++i) index.push_back(static_cast<unsigned char>(bytes.at(at + i)));
  at += times;
  std::vector<int32_t> type_offsets;
  for (int64_t i = 0; i < types; ++i) type_offsets.push_back(static_cast<int32_t>(BigEndian(bytes, at + i * 6, 4)));
  for (int i : index) {
    if (i >= types) return nullptr;
    rules->offsets.push_back(type_offsets[i]);
  }
  rules->initial = type_offsets[0];
  if (width == 8) {
    // The footer follows the 64-bit block: "\n<rule>\n".
    size_t footer = header + block_size(header, 8);
    size_t end = bytes.find('\n', footer + 1);
    if (footer < bytes.size() && bytes[footer] == '\n' && end != std::string::npos)
      rules->footer = ParsePosixRule(bytes.substr(footer + 1, end - footer - 1));
  }
  return rules;
}

// Zones are read once per process and kept.
const ZoneRules* Rules(const std::string& name) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<ZoneRules>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(name);
  if (it != cache.end()) return it->second.get();
  std::unique_ptr<ZoneRules> rules;
  if (!name.empty() && name.find("..") == std::string::npos && name[0] != '/') {
    std::ifstream in(kZoneInfoDir + name, std::ios::binary);
    if (in) rules = ParseTzif(std::string(std::istreambuf_iterator<char>(in), {}));
  }
  return cache.emplace(name, std::move(rules)).first->second.get();
}

const ZoneRules& KnownRules(const std::string& name) {
  const ZoneRules* rules = Rules(name);
  if (!rules) throw Error(ErrorKind::kArgument, "unknown time zone '" + name + "'");
  return *rules;
}

}  // namespace

bool IsKnownTimeZone(const std::string& name) { return Rules(name) != nullptr; }

int32_t ZoneOffsetAt(const std::string& name, int64_t utc_seconds) {
  return KnownRules(name).OffsetAt(utc_seconds);
}

int64_t ZoneInstantOf(const std::string& name, int64_t local_seconds) {
  const ZoneRules& rules = KnownRules(name);
  // Offsets change at most once within a day around any instant we meet.
  int32_t before = rules.OffsetAt(local_seconds - 86400), after = rules.OffsetAt(local_seconds + 86400);
  if (rules.OffsetAt(local_seconds - before) == before) return local_seconds - before;
  if (rules.OffsetAt(local_seconds - after) == after) return local_seconds - after;
  return local_seconds - before;  // in a gap: the instant read with the old offset
}

}  // namespace ng::query
