#include "shell/output_file.h"

#include <ext/stdio_filebuf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "graph/error.h"

namespace ng::cli {

namespace {

[[noreturn]] void Fail(const std::string& path, int error) {
  std::string reason = error ? std::string(": ") + std::strerror(error) : "";
  throw Error(ErrorKind::kIo, "cannot write " + path + reason);
}

// The process's umask (read by setting and restoring it): a new output file
// gets the permissions any other new file would, not mkstemp's 0600.
mode_t CurrentUmask() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

// What `path` names once its symlinks are followed (a dangling link names the
// file it would point at), at most 40 links deep.
std::string Resolved(const std::string& path) {
  std::filesystem::path p = path;
  std::error_code ec;
  for (int depth = 0; depth < 40 && std::filesystem::is_symlink(p, ec); ++depth) {
    std::filesystem::path link = std::filesystem::read_symlink(p, ec);
    if (ec) break;
    p = link.is_absolute() ? link : p.parent_path() / link;
  }
  return p.string();
}

}  // namespace

OutputFile::OutputFile(const std::string& path) : path_(path == "-" ? "" : path) {
  if (path_.empty()) return;
  // A symlink is written through: the file it points at gets the output.
  target_ = Resolved(path_);
  struct stat st;
  bool special = ::stat(target_.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
  if (special && S_ISDIR(st.st_mode))
    throw Error(ErrorKind::kIo, "cannot write " + path_ + ": it is a folder");
  if (special) {
    // A FIFO or a device (/dev/stdout, /dev/full): written as it is.
    fd_ = ::open(target_.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd_ < 0) Fail(path_, errno);
  } else {
    std::filesystem::path parent = std::filesystem::path(target_).parent_path();
    std::string name = std::filesystem::path(target_).filename().string();
    std::string folder = parent.empty() ? std::string() : parent.string() + "/";
    std::string pattern = folder + "." + name + ".tmp-XXXXXX";
    // mkstemp creates the file exclusively (O_EXCL): nothing planted there is followed.
    fd_ = ::mkstemp(pattern.data());
    if (fd_ < 0) Fail(path_, errno);
    temp_path_ = pattern;
    ::fchmod(fd_, 0666 & ~CurrentUmask());
  }
  buffer_ = std::make_unique<__gnu_cxx::stdio_filebuf<char>>(fd_, std::ios::out | std::ios::binary, 1 << 16);
  file_ = std::make_unique<std::ostream>(buffer_.get());
}

OutputFile::~OutputFile() {
  if (path_.empty() || finished_) return;
  file_.reset();
  buffer_.reset();  // closes fd_
  if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
}

std::ostream& OutputFile::stream() { return path_.empty() ? std::cout : *file_; }

void OutputFile::Finish() {
  finished_ = true;
  if (path_.empty()) {
    std::cout.flush();
    if (!std::cout) throw Error(ErrorKind::kIo, "cannot write standard output");
    return;
  }
  file_->flush();
  bool ok = static_cast<bool>(*file_);
  int error = ok ? 0 : EIO;
  if (ok && !temp_path_.empty() && ::fsync(fd_) != 0) ok = false, error = errno;
  file_.reset();
  auto* filebuf = static_cast<__gnu_cxx::stdio_filebuf<char>*>(buffer_.get());
  if (filebuf->close() == nullptr && ok) ok = false, error = errno;
  buffer_.reset();
  if (ok && !temp_path_.empty() && std::rename(temp_path_.c_str(), target_.c_str()) != 0)
    ok = false, error = errno;
  if (!ok) {
    if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
    Fail(path_, error);
  }
}

}  // namespace ng::cli
