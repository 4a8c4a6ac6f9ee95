// `newsgraph nlp parse` reads its text as ingest reads an article, on
// sentences written for these tests.
#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

namespace {

// The number of sentences `nlp parse` finds in `text`.
int SentencesParsed(const std::string& text) {
  auto r = ng::testing::RunCommand({ng::testing::NewsgraphBinary(), "nlp", "parse"}, text);
  REQUIRE(r.exit_code == 0);
  int sentences = 0;
  for (size_t at = r.out.find("# text = "); at != std::string::npos; at = r.out.find("# text = ", at + 1))
    ++sentences;
  return sentences;
}

}  // namespace

TEST_CASE("nlp parse splits a text written with typographic apostrophes or quotation marks as ingest does",
          "[shell][cli]") {
  // The splitter, trained on text with ASCII marks, had ended the first
  // sentence after "county’s" and the third before "Metro reported".
  for (const char* text : {"The convoy reached Darnell county\u2019s Pike district on Friday.\n",
                           "Rescuers searched Lowen province\u2019s Ash valley at dawn.\n",
                           "The fares could rise by \u201cseveral dollars, if not more,\u201d Metro reported.\n"}) {
    INFO(text);
    CHECK(SentencesParsed(text) == 1);
  }
  // Two sentences are still two.
  CHECK(SentencesParsed("The agency\u2019s fares rose. Riders complained.\n") == 2);
}
