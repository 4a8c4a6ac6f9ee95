// Which files `ingest FOLDER` reads, and which it refuses to.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "graph/error.h"
#include "graph/graph_store.h"
#include "ingest/ingest.h"
#include "ingest/reader.h"
#include "test_util.h"

TEST_CASE("a folder's articles are listed sorted, a database inside it is skipped") {
  ng::testing::TempDir dir;
  std::filesystem::create_directories(dir.Sub("news/more"));
  ng::testing::WriteFile(dir.Sub("news/b.txt"), "B");
  ng::testing::WriteFile(dir.Sub("news/more/a.html"), "<p>A</p>");
  ng::testing::WriteFile(dir.Sub("news/NOTES"), "no extension: read as text");
  ng::testing::WriteFile(dir.Sub("news/photo.jpg"), "not an article");
  ng::testing::WriteFile(dir.Sub("news/.hidden.txt"), "hidden");
  // `newsgraph ingest .` next to its own ./newsgraph.db
  ng::GraphStore::Open(dir.Sub("news/newsgraph.db"), {});
  REQUIRE(ng::DatabaseExists(dir.Sub("news/newsgraph.db")));

  std::vector<std::string> files = ng::ListArticleFiles({dir.Sub("news")});
  std::vector<std::string> expected = {dir.Sub("news/NOTES"), dir.Sub("news/b.txt"),
                                       dir.Sub("news/more/a.html")};
  CHECK(files == expected);
}

namespace {

// The reason ReadArticleFile gives for refusing `path`, or "" if it read it.
std::string Refusal(const std::string& path) {
  try {
    ng::ingest::ReadArticleFile(path);
  } catch (const ng::Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a FIFO or a device named for ingest is refused, not read") {
  // Issue 17, finding 8: `ingest /dev/zero` grew without bound, a FIFO hung.
  ng::testing::TempDir dir;
  REQUIRE(::mkfifo(dir.Sub("pipe.txt").c_str(), 0600) == 0);
  CHECK(Refusal(dir.Sub("pipe.txt")).find("not a regular file") != std::string::npos);
  if (std::filesystem::exists("/dev/zero"))
    CHECK(Refusal("/dev/zero").find("not a regular file") != std::string::npos);
}

TEST_CASE("a file larger than any article is refused before it is read") {
  ng::testing::TempDir dir;
  {
    std::ofstream f(dir.Sub("huge.txt"));
  }
  std::filesystem::resize_file(dir.Sub("huge.txt"), (size_t{64} << 20) + 1);  // sparse: no disk used
  CHECK(Refusal(dir.Sub("huge.txt")).find("larger than 64 MiB") != std::string::npos);
}

TEST_CASE("a folder that cannot be read is listed, so that its failure is reported") {
  // Issue 17, finding 9: it was skipped silently (exit 0, "0 failed").
  if (::geteuid() == 0) {
    WARN("running as root: every folder is readable, nothing to test");
    return;
  }
  ng::testing::TempDir dir;
  std::filesystem::create_directories(dir.Sub("news/locked"));
  ng::testing::WriteFile(dir.Sub("news/a.txt"), "A");
  ng::testing::WriteFile(dir.Sub("news/locked/b.txt"), "B");
  ::chmod(dir.Sub("news/locked").c_str(), 0);
  std::vector<std::string> files = ng::ListArticleFiles({dir.Sub("news")});
  ::chmod(dir.Sub("news/locked").c_str(), 0700);
  std::vector<std::string> expected = {dir.Sub("news/a.txt"), dir.Sub("news/locked")};
  CHECK(files == expected);
  CHECK(Refusal(dir.Sub("news/locked")).find("folder") != std::string::npos);
}
