// A corpus of hostile files is ingested with one clear message per bad file,
// the good files all present, and a database that passes `check`.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <sstream>

#include "test_util.h"

using namespace ng;
namespace fs = std::filesystem;

namespace {

int CountLines(const std::string& s, const std::string& needle) {
  int n = 0;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);)
    if (line.find(needle) != std::string::npos) ++n;
  return n;
}

}  // namespace

TEST_CASE("hostile files are refused one by one while good files go in", "[reliability][hostile]") {
  testing::TempDir dir;
  const std::string corpus = dir.Sub("corpus");
  fs::create_directories(corpus);
  auto put = [&](const std::string& name, const std::string& bytes) {
    testing::WriteFile(corpus + "/" + name, bytes);
  };
  const std::string good =
      "Talks begin\n\n\"We are ready,\" the foreign minister of Iraq said on Monday.\n";
  put("good1.txt", good);
  put("good2.txt", "Second report\n\nOfficials said the talks would continue next week.\n");
  put("empty.txt", "");
  put("binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) + std::string(4000, '\0'));
  put("bad_utf8.txt", "Title\n\nThe minister said \xC3\x28 nothing.\n");
  std::string utf16 = "\xFF\xFE";
  for (char c : good) utf16 += std::string{c, '\0'};
  put("utf16.txt", utf16);
  put("long_line.txt", std::string(100 << 20, 'a'));
  std::string nested = "<html><body>";
  for (int i = 0; i < 10000; ++i) nested += "<div>";
  nested += "<p>\"Deep,\" the official said.</p></body></html>";
  put("nested.html", nested);
  put("unclosed.txt", "Title\n\n\"This quotation never closes, the official said on Monday.\n");
  put("quotes.txt", "Title\n\n" + std::string(1000000, '"') + "\n");
  // A paragraph of dictionary names just under the 1 MiB line limit: the
  // overlap check of the mention finder was quadratic (52 s here); now 2.4 s.
  std::string names = "Names\n\n";
  while (names.size() < 1000000) names += "Iraq Lloyd Austin the Pentagon Kataib Hezbollah Iran ";
  put("names.txt", names + "\n");
  put("unreadable.txt", good);
  chmod((corpus + "/unreadable.txt").c_str(), 0);

  // A path that is gone by the time ingest reaches it.
  auto r = testing::RunCommand({testing::NewsgraphBinary(), "--db", dir.Sub("db"), "ingest",
                                "--no-progress", corpus, dir.Sub("vanished.txt")});
  INFO(r.err);
  CHECK(r.exit_code != 0);  // some files failed
  for (const char* bad : {"empty.txt", "binary.txt", "bad_utf8.txt", "long_line.txt"})
    CHECK(CountLines(r.err, bad) == 1);
  if (getuid() != 0) CHECK(CountLines(r.err, "unreadable.txt") == 1);
  CHECK(CountLines(r.err, "vanished.txt") == 1);
  CHECK(r.err.find("Segmentation") == std::string::npos);

  auto exported =
      testing::RunCommand({testing::NewsgraphBinary(), "--db", dir.Sub("db"), "export"});
  REQUIRE(exported.exit_code == 0);
  for (const char* ok : {"good1.txt", "good2.txt", "utf16.txt", "nested.html", "unclosed.txt",
                         "quotes.txt", "names.txt"})
    CHECK(exported.out.find(std::string("\"file\":\"") + ok + "\"") != std::string::npos);
  CHECK(exported.out.find("\"file\":\"empty.txt\"") == std::string::npos);
  auto check = testing::RunCommand({testing::NewsgraphBinary(), "--db", dir.Sub("db"), "check"});
  CHECK(check.exit_code == 0);
}
