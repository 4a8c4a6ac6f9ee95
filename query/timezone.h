// query/timezone.h — UTC offsets of named time zones ("Europe/Stockholm")
// from the system's tz database, the TZif files under /usr/share/zoneinfo.
//
// libstdc++ 12 has no std::chrono::tzdb, and ICU would be a large dependency
// for two questions; TZif is a small documented format (RFC 8536). Past a
// file's last transition its footer rule holds (a POSIX TZ string such as
// "CET-1CEST,M3.5.0,M10.5.0/3").
#ifndef NEWSGRAPH_QUERY_TIMEZONE_H_
#define NEWSGRAPH_QUERY_TIMEZONE_H_

#include <cstdint>
#include <string>

namespace ng::query {

// Whether `name` is a zone of the tz database (a file under the zoneinfo
// directory; names with ".." are refused).
bool IsKnownTimeZone(const std::string& name);

// Seconds east of UTC in zone `name` at the instant `utc_seconds` (seconds
// since 1970-01-01T00:00Z). Throws ng::Error(kArgument) for an unknown zone.
int32_t ZoneOffsetAt(const std::string& name, int64_t utc_seconds);

// The instant of a wall-clock time `local_seconds` (seconds since
// 1970-01-01T00:00 local) in zone `name`. In an overlap (clocks set back) the
// earlier offset wins; in a gap (clocks set forward) the time moves forward
// by the gap's length, as java.time does.
int64_t ZoneInstantOf(const std::string& name, int64_t local_seconds);

}  // namespace ng::query

#endif  // NEWSGRAPH_QUERY_TIMEZONE_H_
