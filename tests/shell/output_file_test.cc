// Output files (shell/output_file.h): issue 17, finding 3 — a FIFO, device or
// symlink at the target is not replaced by a regular file, a symlink planted
// where a temporary file might go is never followed, and a failed write is an
// error.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "graph/error.h"
#include "shell/output_file.h"
#include "test_util.h"

namespace fs = std::filesystem;
using ng::cli::OutputFile;

TEST_CASE("a symlink planted beside the target is not followed", "[shell][output]") {
  ng::testing::TempDir dir;
  ng::testing::WriteFile(dir.Sub("victim"), "keep me");
  // The old scheme wrote FILE.tmp: every name a temporary file could take.
  fs::create_symlink(dir.Sub("victim"), dir.Sub("out.dot.tmp"));
  {
    OutputFile out(dir.Sub("out.dot"));
    out.stream() << "digraph {}\n";
    out.Finish();
  }
  CHECK(ng::testing::ReadFile(dir.Sub("victim")) == "keep me");
  CHECK(ng::testing::ReadFile(dir.Sub("out.dot")) == "digraph {}\n");
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir.Sub(""))) files += e.exists() || e.is_symlink();
  CHECK(files == 3);  // victim, the planted link, out.dot: no temporary left
}

TEST_CASE("a symlink at the target is written through, and stays a symlink", "[shell][output]") {
  ng::testing::TempDir dir;
  fs::create_symlink("real.txt", dir.Sub("link.txt"));  // dangling: real.txt does not exist yet
  OutputFile out(dir.Sub("link.txt"));
  out.stream() << "rows\n";
  out.Finish();
  CHECK(fs::is_symlink(dir.Sub("link.txt")));
  CHECK(ng::testing::ReadFile(dir.Sub("real.txt")) == "rows\n");
}

TEST_CASE("a FIFO at the target is written as a FIFO", "[shell][output]") {
  ng::testing::TempDir dir;
  REQUIRE(::mkfifo(dir.Sub("pipe").c_str(), 0600) == 0);
  std::string received;
  std::thread reader([&] {
    std::ifstream in(dir.Sub("pipe"));
    received.assign(std::istreambuf_iterator<char>(in), {});
  });
  {
    OutputFile out(dir.Sub("pipe"));
    out.stream() << "through the pipe\n";
    out.Finish();
  }
  reader.join();
  CHECK(received == "through the pipe\n");
  struct stat st;
  REQUIRE(::stat(dir.Sub("pipe").c_str(), &st) == 0);
  CHECK(S_ISFIFO(st.st_mode));
}

TEST_CASE("a write that fails is an error, not a silent truncation", "[shell][output]") {
  if (!fs::exists("/dev/full")) return;
  OutputFile out("/dev/full");
  for (int i = 0; i < 10000; ++i) out.stream() << "a line of output that will not fit\n";
  CHECK_THROWS_AS(out.Finish(), ng::Error);
}

TEST_CASE("a target in a missing folder is refused at once", "[shell][output]") {
  ng::testing::TempDir dir;
  CHECK_THROWS_AS(OutputFile(dir.Sub("no/such/folder/out.txt")), ng::Error);
}
