#include "shell/output_file.h"

#include <cstdio>
#include <iostream>

#include "graph/error.h"

namespace ng::cli {

OutputFile::OutputFile(const std::string& path) : path_(path == "-" ? "" : path) {
  if (path_.empty()) return;
  temp_path_ = path_ + ".tmp";
  file_.open(temp_path_, std::ios::binary | std::ios::trunc);
  if (!file_) throw Error(ErrorKind::kIo, "cannot write " + path_);
}

OutputFile::~OutputFile() {
  if (!path_.empty() && !finished_) {
    file_.close();
    std::remove(temp_path_.c_str());
  }
}

std::ostream& OutputFile::stream() { return path_.empty() ? std::cout : file_; }

void OutputFile::Finish() {
  finished_ = true;
  if (path_.empty()) {
    std::cout.flush();
    return;
  }
  file_.close();
  if (!file_ || std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    std::remove(temp_path_.c_str());
    throw Error(ErrorKind::kIo, "cannot write " + path_);
  }
}

}  // namespace ng::cli
