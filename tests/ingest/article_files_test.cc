// Which files `ingest FOLDER` reads.
#include <catch2/catch.hpp>

#include <filesystem>

#include "graph/graph_store.h"
#include "ingest/ingest.h"
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
