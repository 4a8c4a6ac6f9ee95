// Temporal values in queries: constructors, components, arithmetic, order,
// storage and errors, with expected values worked out by hand from calendar
// facts (2015-07-21 was a Tuesday of ISO week 30; 2016-01-01 a Friday of week
// 53 of 2015; Sweden keeps CEST, +02:00, in August and CET, +01:00, in January).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "query_test_util.h"

using ng::testing::QueryFixture;

TEST_CASE("temporal constructors read maps and ISO-8601 text", "[query][temporal]") {
  QueryFixture f;
  // {query, expected JSON}
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"RETURN date('2015-07-21')", "\"2015-07-21\""},
      {"RETURN date('20150721')", "\"2015-07-21\""},
      {"RETURN date('2015-W30-2')", "\"2015-07-21\""},
      {"RETURN date('2015-202')", "\"2015-07-21\""},  // 181 days to June 30 + 21
      {"RETURN date({year: 2015, month: 7, day: 21})", "\"2015-07-21\""},
      {"RETURN date({year: 2015, week: 30, dayOfWeek: 2})", "\"2015-07-21\""},
      {"RETURN date({year: 2015, quarter: 3, dayOfQuarter: 21})", "\"2015-07-21\""},
      {"RETURN date({year: 2015, ordinalDay: 202})", "\"2015-07-21\""},
      {"RETURN localtime('214032.142')", "\"21:40:32.142\""},
      {"RETURN time('21:40:32+0100')", "\"21:40:32+01:00\""},
      {"RETURN localdatetime({year: 1984, month: 10, day: 11, hour: 12})", "\"1984-10-11T12:00\""},
      {"RETURN datetime('2015-07-21T21:40:32.142+0100')", "\"2015-07-21T21:40:32.142+01:00\""},
      {"RETURN datetime({year: 2017, month: 8, day: 8, hour: 12, timezone: 'Europe/Stockholm'})",
       "\"2017-08-08T12:00+02:00[Europe/Stockholm]\""},
      {"RETURN datetime({year: 2017, month: 1, day: 8, hour: 12, timezone: 'Europe/Stockholm'})",
       "\"2017-01-08T12:00+01:00[Europe/Stockholm]\""},
      {"RETURN date(datetime('2015-07-21T21:40:32.142+0100'))", "\"2015-07-21\""},
      {"RETURN duration('P14DT16H12M')", "\"P14DT16H12M\""},
      {"RETURN duration('P2.5W')", "\"P17DT12H\""},  // 17.5 days; half a day is 12 hours
      {"RETURN duration({minutes: 12, seconds: -60})", "\"PT11M\""},
      {"RETURN datetime.fromepoch(1437511232, 142000000)", "\"2015-07-21T20:40:32.142Z\""},
      {"RETURN toString(date('2015-07-21'))", "\"2015-07-21\""},
  };
  for (const auto& [query, expected] : cases) {
    INFO(query);
    CHECK(f.One(query) == expected);
  }
}

TEST_CASE("named time zones follow the tz database, past its listed transitions too", "[query][temporal]") {
  QueryFixture f;
  // Past 2037 the offsets come from each file's POSIX rule: New York keeps
  // EDT (-04:00) in July and EST (-05:00) in January; Sydney, in the south,
  // the other way round (+10:00 in July, +11:00 in January).
  CHECK(f.One("RETURN datetime({year: 2040, month: 7, day: 1, timezone: 'America/New_York'}).offset") == "\"-04:00\"");
  CHECK(f.One("RETURN datetime({year: 2040, month: 1, day: 1, timezone: 'America/New_York'}).offset") == "\"-05:00\"");
  CHECK(f.One("RETURN datetime({year: 2050, month: 7, day: 1, timezone: 'Australia/Sydney'}).offset") == "\"+10:00\"");
  CHECK(f.One("RETURN datetime({year: 2050, month: 1, day: 1, timezone: 'Australia/Sydney'}).offset") == "\"+11:00\"");
  // Sweden moved its clocks from 02:00 to 03:00 on 2017-03-26: 02:30 did not exist.
  CHECK(f.One("RETURN datetime({year: 2017, month: 3, day: 26, hour: 2, minute: 30, timezone: 'Europe/Stockholm'})") ==
        "\"2017-03-26T03:30+02:00[Europe/Stockholm]\"");
  // ... and back on 2017-10-29 at 03:00, so midnight to 04:00 was five hours.
  CHECK(f.One("RETURN duration.inSeconds(datetime({year: 2017, month: 10, day: 29, timezone: 'Europe/Stockholm'}), "
              "datetime({year: 2017, month: 10, day: 29, hour: 4, timezone: 'Europe/Stockholm'}))") == "\"PT5H\"");
}

TEST_CASE("temporal components", "[query][temporal]") {
  QueryFixture f;
  CHECK(f.Lines("WITH date('2015-07-21') AS d RETURN d.year, d.month, d.day, d.week, d.dayOfWeek, d.ordinalDay") ==
        "2015,7,21,30,2,202\n");
  CHECK(f.Lines("WITH date('2016-01-01') AS d RETURN d.weekYear, d.week, d.dayOfWeek") == "2015,53,5\n");
  // Python: datetime(2015,7,21,21,40,32,tzinfo=+01:00).timestamp() == 1437511232
  CHECK(f.Lines("WITH datetime('2015-07-21T21:40:32.142+0100') AS d RETURN d.epochSeconds, d.offset, d.timezone") ==
        "1437511232,\"+01:00\",\"+01:00\"\n");
  CHECK(f.Lines("WITH duration('P1Y4M10DT1H1M1.5S') AS d RETURN d.months, d.days, d.seconds, d.millisecondsOfSecond") ==
        "16,10,3661,500\n");
}

TEST_CASE("temporal arithmetic, durations between and truncation", "[query][temporal]") {
  QueryFixture f;
  CHECK(f.One("RETURN date('2015-07-21') + duration('P1M10D')") == "\"2015-08-31\"");
  CHECK(f.One("RETURN date('2015-01-31') + duration('P1M')") == "\"2015-02-28\"");  // no February 31
  CHECK(f.One("RETURN localtime('23:30') + duration('PT1H')") == "\"00:30\"");
  CHECK(f.One("RETURN duration('PT1H') * 2 + duration('PT30M') / 2") == "\"PT2H15M\"");
  // 1984-10-11 + 30 years 8 months = 2015-06-11, + 13 days = 2015-06-24
  CHECK(f.One("RETURN duration.between(date('1984-10-11'), date('2015-06-24'))") == "\"P30Y8M13D\"");
  CHECK(f.One("RETURN duration.inDays(date('2015-07-01'), date('2015-07-21'))") == "\"P20D\"");
  CHECK(f.One("RETURN date.truncate('week', date('2015-07-21'))") == "\"2015-07-20\"");  // its Monday
  CHECK(f.One("RETURN datetime.truncate('month', datetime('2015-07-21T21:40+01:00'))") ==
        "\"2015-07-01T00:00+01:00\"");
}

TEST_CASE("temporals compare, order and group as temporals", "[query][temporal]") {
  QueryFixture f;
  CHECK(f.One("RETURN date('2015-07-21') < date('2015-07-22')") == "true");
  CHECK(f.One("RETURN datetime('2015-07-21T21:40+01:00') = datetime('2015-07-21T20:40Z')") == "true");
  CHECK(f.One("RETURN duration('P1D') < duration('P2D')") == "null");  // durations have no order
  CHECK(f.Lines("UNWIND [date('2015-07-22'), date('1984-10-11'), date('2015-07-21')] AS d RETURN d ORDER BY d") ==
        "\"1984-10-11\"\n\"2015-07-21\"\n\"2015-07-22\"\n");
  CHECK(f.One("UNWIND [date('2015-07-21'), date('2015-07-21'), date('1984-10-11')] AS d "
              "RETURN count(DISTINCT d)") == "2");
}

TEST_CASE("temporal properties are stored and read back as temporals", "[query][temporal]") {
  QueryFixture f;
  f.Run("CREATE (:Event {on: date('2015-07-21'), at: datetime('2015-07-21T21:40+02:00[Europe/Stockholm]'), "
        "took: duration('PT90M')})");
  f.Run("CREATE (:Event {on: date('1984-10-11')})");
  CHECK(f.Lines("MATCH (e:Event) WHERE e.on >= date('2000-01-01') RETURN e.on, e.at.hour, e.took") ==
        "\"2015-07-21\",21,\"PT1H30M\"\n");
  CHECK(f.Lines("MATCH (e:Event) RETURN e.on ORDER BY e.on DESC") == "\"2015-07-21\"\n\"1984-10-11\"\n");
}

TEST_CASE("wrong temporal input is an error of the right class", "[query][temporal]") {
  QueryFixture f;
  CHECK(f.ErrorOf("RETURN date('2015-13-01')").rfind("ArgumentError", 0) == 0);
  CHECK(f.ErrorOf("RETURN date({year: 2015, month: 2, day: 29})").rfind("ArgumentError", 0) == 0);
  CHECK(f.ErrorOf("RETURN date('yesterday')").rfind("ArgumentError", 0) == 0);
  CHECK(f.ErrorOf("RETURN duration('P1X')").rfind("ArgumentError", 0) == 0);
  CHECK(f.ErrorOf("RETURN datetime({year: 2015, timezone: 'Mars/Olympus'})").rfind("ArgumentError", 0) == 0);
  CHECK(f.ErrorOf("RETURN date({year: 'x'})").rfind("TypeError", 0) == 0);
  CHECK(f.ErrorOf("RETURN date('2015-07-21') + date('2015-07-21')").rfind("TypeError", 0) == 0);
  CHECK(f.ErrorOf("RETURN date('2015-07-21').hour").rfind("ArgumentError", 0) == 0);
  CHECK(f.ErrorOf("RETURN date('2015-')").rfind("ArgumentError", 0) == 0);
  CHECK(f.ErrorOf("RETURN duration('PT1.5.5S')").rfind("ArgumentError", 0) == 0);
  CHECK(f.ErrorOf("RETURN duration('P2012-0x-02')").rfind("ArgumentError", 0) == 0);
  // Past the year range: an error, never an overflow.
  CHECK(f.ErrorOf("RETURN datetime.fromepoch(9223372036854775807, 0)").rfind("ArgumentError", 0) == 0);
  CHECK(f.ErrorOf("RETURN date('2015-07-21') + duration({days: 99999999999999})").rfind("ArgumentError", 0) == 0);
  CHECK(f.One("RETURN date(null)") == "null");
}
