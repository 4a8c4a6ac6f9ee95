// shell/output_file.h — where a command's output goes: stdout, or a file that
// appears only when complete (written to FILE.tmp, renamed on success).
#ifndef NEWSGRAPH_SHELL_OUTPUT_FILE_H_
#define NEWSGRAPH_SHELL_OUTPUT_FILE_H_

#include <fstream>
#include <ostream>
#include <string>

namespace ng::cli {

class OutputFile {
 public:
  // An empty path or "-" means stdout.
  explicit OutputFile(const std::string& path);
  ~OutputFile();  // removes the temporary file unless Finish() ran
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  std::ostream& stream();
  // Flushes and moves the file into place; throws kIo on failure.
  void Finish();

 private:
  std::string path_;
  std::string temp_path_;
  std::ofstream file_;
  bool finished_ = false;
};

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_OUTPUT_FILE_H_
