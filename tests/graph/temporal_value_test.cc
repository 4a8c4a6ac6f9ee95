// The calendar arithmetic and ISO text of temporal values, against dates
// checked by hand (and with Python's datetime).
#include <catch2/catch.hpp>

#include "graph/temporal_value.h"
#include "graph/value.h"

using namespace ng;

namespace {

Temporal Make(Temporal::Kind kind, int64_t months, int64_t days, int64_t seconds = 0, int32_t nanos = 0,
              int32_t offset = 0, std::string zone = "") {
  return Temporal{kind, months, days, seconds, nanos, offset, std::move(zone)};
}

}  // namespace

TEST_CASE("civil dates convert to day counts and back", "[graph][temporal]") {
  CHECK(DaysFromCivil(1970, 1, 1) == 0);
  CHECK(DaysFromCivil(2015, 7, 21) == 16637);
  CHECK(DaysFromCivil(2000, 3, 1) - DaysFromCivil(2000, 2, 28) == 2);  // 2000 is a leap year
  CHECK(DaysFromCivil(1900, 3, 1) - DaysFromCivil(1900, 2, 28) == 1);  // 1900 is not
  CHECK(DaysFromCivil(1969, 12, 31) == -1);
  for (int64_t d : {-800000, -719468, -1, 0, 16637, 2932896}) {
    CivilDate c = CivilFromDays(d);
    CHECK(DaysFromCivil(c.year, c.month, c.day) == d);
  }
  CivilDate c = CivilFromDays(-1);
  CHECK((c.year == 1969 && c.month == 12 && c.day == 31));
}

TEST_CASE("temporal values render as ISO-8601 text", "[graph][temporal]") {
  using K = Temporal::Kind;
  CHECK(TemporalToString(Make(K::kDate, 0, 16637)) == "2015-07-21");
  CHECK(TemporalToString(Make(K::kLocalTime, 0, 0, 12 * 3600 + 31 * 60 + 14, 645000000)) == "12:31:14.645");
  CHECK(TemporalToString(Make(K::kLocalTime, 0, 0, 12 * 3600, 0)) == "12:00");
  CHECK(TemporalToString(Make(K::kTime, 0, 0, 21 * 3600 + 40 * 60, 0, 3600)) == "21:40+01:00");
  CHECK(TemporalToString(Make(K::kTime, 0, 0, 0, 3, 0)) == "00:00:00.000000003Z");
  CHECK(TemporalToString(Make(K::kDateTime, 0, 16637, 78032, 142000000, 7200, "Europe/Stockholm")) ==
        "2015-07-21T21:40:32.142+02:00[Europe/Stockholm]");
  CHECK(TemporalToString(Make(K::kDuration, 0, 14, 16 * 3600 + 12 * 60)) == "P14DT16H12M");
  CHECK(TemporalToString(Make(K::kDuration, 17, 0, 0)) == "P1Y5M");
  CHECK(TemporalToString(Make(K::kDuration, 0, 0)) == "PT0S");
  CHECK(TemporalToString(Make(K::kDuration, 0, 0, -61, 999000000)) == "PT-1M-0.001S");  // -60.001 s
  CHECK(ValueToJson(Value(Make(K::kDate, 0, 0))) == "\"1970-01-01\"");
}
