#include "query/timezone.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "graph/error.h"

namespace ng::query {

namespace {

constexpr const char* kZoneInfoDir = "/usr/share/zoneinfo/";

// The transitions of one zone: at transitions[i] the offset becomes offsets[i];
// before the first one the zone keeps `initial` (local mean time, mostly).
struct ZoneRules {
  std::vector<int64_t> transitions;
  std::vector<int32_t> offsets;
  int32_t initial = 0;

  int32_t OffsetAt(int64_t utc) const {
    auto it = std::upper_bound(transitions.begin(), transitions.end(), utc);
    return it == transitions.begin() ? initial : offsets[it - transitions.begin() - 1];
  }
};

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
