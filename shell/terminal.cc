#include "shell/terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace ng::cli {

namespace {

size_t FromEnvironment(const char* name) {
  const char* v = std::getenv(name);
  if (!v || !*v) return 0;
  char* end = nullptr;
  long n = std::strtol(v, &end, 10);
  return *end == '\0' && n > 0 && n < 100000 ? static_cast<size_t>(n) : 0;
}

}  // namespace

size_t TerminalColumns(int fd) {
  struct winsize size = {};
  if (isatty(fd) && ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return FromEnvironment("COLUMNS");
}

size_t TerminalRows(int fd) {
  struct winsize size = {};
  if (isatty(fd) && ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_row > 0) return size.ws_row;
  return FromEnvironment("LINES");
}

std::string PagerCommand() {
  const char* pager = std::getenv("PAGER");
  return pager && *pager ? pager : "less -FRX";
}

void ShowPaged(const std::string& text, bool page, std::ostream& out) {
  const size_t rows = TerminalRows(STDOUT_FILENO);
  const size_t lines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  if (!page || rows == 0 || lines < rows || !isatty(STDOUT_FILENO)) {
    out << text;
    return;
  }
  out.flush();
  // Quitting the pager early closes the pipe: a write then raises SIGPIPE,
  // which must not end the shell.
  struct sigaction ignore = {}, previous = {};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, &previous);
  FILE* pager = popen(PagerCommand().c_str(), "w");
  if (!pager) {
    sigaction(SIGPIPE, &previous, nullptr);
    out << text;
    return;
  }
  fwrite(text.data(), 1, text.size(), pager);
  pclose(pager);
  sigaction(SIGPIPE, &previous, nullptr);
}

}  // namespace ng::cli
