// Temporary: commands whose modules are being written. Each is replaced by
// its own cmd_<name>.cc; this file goes away when the last one lands.
#include <string>

#include "graph/error.h"
#include "shell/commands.h"

namespace ng::cli {

namespace {
[[noreturn]] void NotYet(const char* name) {
  throw Error(ErrorKind::kInternal, std::string("'") + name + "' is not built yet");
}
}  // namespace

int RunShell(const GlobalOptions&, const ShellArgs&) { NotYet("shell"); }

}  // namespace ng::cli
