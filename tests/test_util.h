// tests/test_util.h — helpers shared by the test executables.
#ifndef NEWSGRAPH_TESTS_TEST_UTIL_H_
#define NEWSGRAPH_TESTS_TEST_UTIL_H_

#include <string>
#include <vector>

namespace ng::testing {

// A fresh, empty directory under the system temp dir, removed when the
// object goes out of scope. Each test gets its own, so ctest -j is safe.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string Sub(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `argv` (no shell) with `input` on stdin; captures stdout and stderr.
CommandResult RunCommand(const std::vector<std::string>& argv, const std::string& input = "");

// The newsgraph binary and the source tree, as CMake saw them.
std::string NewsgraphBinary();

// newsgraph --db DB ARGS... (with `input` on stdin).
CommandResult RunOn(const std::string& db, std::vector<std::string> args, const std::string& input = "");
std::string SourceDir();

std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& text);

}  // namespace ng::testing

#endif  // NEWSGRAPH_TESTS_TEST_UTIL_H_
