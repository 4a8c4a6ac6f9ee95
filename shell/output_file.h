// shell/output_file.h — where a command's output goes: stdout; a regular
// file that appears only when complete (written to a new temporary file in the
// same folder, created exclusively and never through a symlink, synced, then
// renamed over the target; a symlink at the target is written through to
// what it points at); or a FIFO or device written directly. Every write is
// checked: a failure is an error, never a silent truncation.
#ifndef NEWSGRAPH_SHELL_OUTPUT_FILE_H_
#define NEWSGRAPH_SHELL_OUTPUT_FILE_H_

#include <memory>
#include <ostream>
#include <streambuf>
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
  // Flushes, syncs and moves the file into place; throws kIo on failure (of
  // this or of any earlier write).
  void Finish();

 private:
  std::string path_;       // what the user named ("" for stdout)
  std::string target_;     // the file written in the end (a symlink resolved)
  std::string temp_path_;  // empty when writing the target directly
  int fd_ = -1;
  std::unique_ptr<std::streambuf> buffer_;
  std::unique_ptr<std::ostream> file_;
  bool finished_ = false;
};

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_OUTPUT_FILE_H_
