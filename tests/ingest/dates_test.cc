// Dates of events read off their sentence (ingest/dates.h), resolved against
// the publication date; sentences written for these tests.
#include <catch2/catch.hpp>

#include "ingest/dates.h"

using ng::ingest::ResolveDate;
using ng::ingest::ResolveEventDate;

TEST_CASE("an event's date: abbreviated months, a month alone, a month and year, a year") {
  const std::string published = "2024-01-25";  // a Thursday
  CHECK(ResolveEventDate("The raid on Oct. 7 changed the region.", published) == "2023-10-07");
  CHECK(ResolveEventDate("Talks began on January 10, 2021 in Oslo.", published) == "2021-01-10");
  CHECK(ResolveEventDate("In August, the two governments met in Rome.", published) == "2023-08");
  CHECK(ResolveEventDate("The council voted in January 2020 to close the port.", published) == "2020-01");
  CHECK(ResolveEventDate("The engineers returned to the dam in 2014.", published) == "2014");
  CHECK(ResolveEventDate("The ministers met on Tuesday.", published) == "2024-01-23");
  // Nothing said: no date (the guideline's null), unlike a statement's.
  CHECK(ResolveEventDate("The ministers met again.", published) == "");
  // A month this month or earlier this year is this year's.
  CHECK(ResolveEventDate("In January the ministers met.", published) == "2024-01");
  // Words that only look like months or years are neither.
  CHECK(ResolveEventDate("The Mayor met 2014 residents.", published) == "");
  CHECK(ResolveEventDate("The deal covers Mar. shipments.", published) == "");
}

TEST_CASE("an event's date: a part of a year keeps the year") {
  const std::string published = "2024-01-25";
  CHECK(ResolveEventDate("The last brigade left the valley in late 2011.", published) == "2011");
  CHECK(ResolveEventDate("Engineers came back in early 2019 to repair it.", published) == "2019");
  CHECK(ResolveEventDate("Fighting resumed in mid-2016 near the dam.", published) == "2016");
  CHECK(ResolveEventDate("The two sides met in the summer of 2014.", published) == "2014");
  // A number that is no year after the same words is still none.
  CHECK(ResolveEventDate("The port closed in late 300 cases.", published) == "");
}

TEST_CASE("an event's date with no publication date: only what carries its year") {
  CHECK(ResolveEventDate("The council voted in January 2020 to close the port.", "") == "2020-01");
  CHECK(ResolveEventDate("The engineers returned to the dam in 2014.", "") == "2014");
  CHECK(ResolveEventDate("Talks began on January 10, 2021 in Oslo.", "") == "2021-01-10");
  CHECK(ResolveEventDate("The ministers met on Tuesday.", "") == "");
  CHECK(ResolveEventDate("In August, the two governments met in Rome.", "") == "");
}

TEST_CASE("a statement's date stays at the day it names, never a year from its content") {
  const std::string published = "2024-01-25";
  CHECK(ResolveDate("She said on Tuesday that the troops arrived in 2014.", published) == "2024-01-23");
  CHECK(ResolveDate("He said the troops arrived in 2014.", published) == published);
  // A day is read the same way for statements and events: abbreviated, with its year.
  CHECK(ResolveDate("She said on Nov. 3 that the port would close.", published) == "2023-11-03");
  CHECK(ResolveDate("He wrote on March 4, 2019 that the port would close.", published) == "2019-03-04");
  CHECK(ResolveDate("She spoke in March.", published) == published);  // a month alone: events only
}

TEST_CASE("an event set for next Tuesday, tomorrow or next month lies after the publication date") {
  // 2025-03-06 was a Thursday.
  CHECK(ResolveEventDate("next Tuesday", "2025-03-06") == "2025-03-11");
  CHECK(ResolveEventDate("next Thursday", "2025-03-06") == "2025-03-13");
  CHECK(ResolveEventDate("tomorrow", "2025-03-06") == "2025-03-07");
  CHECK(ResolveEventDate("next month", "2025-12-06") == "2026-01");
  CHECK(ResolveEventDate("last month", "2025-01-06") == "2024-12");
  CHECK(ResolveEventDate("next year", "2025-03-06") == "2026");
  CHECK(ResolveEventDate("this year", "2025-03-06") == "2025");
  // A plain weekday is still the last one on or before publication, but for
  // an event still to come the next one on or after it.
  CHECK(ResolveEventDate("on Tuesday", "2025-03-06") == "2025-03-04");
  CHECK(ResolveEventDate("on Tuesday", "2025-03-06", /*ahead=*/true) == "2025-03-11");
  CHECK(ResolveEventDate("on Thursday", "2025-03-06", /*ahead=*/true) == "2025-03-06");
  // "next week" names no day, but the month its days lie in (10 to 16 March);
  // none when they lie in two (31 March to 6 April).
  CHECK(ResolveEventDate("next week", "2025-03-06") == "2025-03");
  CHECK(ResolveEventDate("next week", "2025-03-27").empty());
  CHECK(ResolveEventDate("last week", "2025-03-06") == "");  // 24 February to 2 March
  CHECK(ResolveEventDate("last week", "2025-03-13") == "2025-03");
  CHECK(ResolveEventDate("this week", "2025-03-06") == "2025-03");
}

TEST_CASE("words of relative time count at the start of a sentence too") {
  CHECK(ResolveEventDate("Last year, the two navies met off Lima.", "2025-03-06") == "2024");
  CHECK(ResolveEventDate("Next month the envoys meet again.", "2025-12-06") == "2026-01");
  CHECK(ResolveEventDate("This year the port stayed shut.", "2025-03-06") == "2025");
  CHECK(ResolveEventDate("Yesterday the ferry sank.", "2025-03-06") == "2025-03-05");
  CHECK(ResolveEventDate("Tomorrow the envoys sign.", "2025-03-06") == "2025-03-07");
  // A word that only begins like one is none ("todays" is no "today").
  CHECK(ResolveEventDate("Lastyear the fleet sailed.", "2025-03-06").empty());
}
