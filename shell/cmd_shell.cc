// `newsgraph shell`: the interactive query shell on a terminal; a batch
// runner for -c, -f and statements piped to stdin.
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "query/freed_memory.h"
#include "shell/commands.h"
#include "shell/completion.h"
#include "shell/line_editor.h"
#include "shell/session.h"

namespace ng::cli {

namespace {

// Ctrl-C stops the running query, not the shell. A signal handler can only
// reach a global; it points at the session's flag while the shell runs.
std::atomic<bool>* interrupt_flag = nullptr;

void OnInterrupt(int) {
  if (interrupt_flag) interrupt_flag->store(true);
}

// The settings file run before the first prompt: --init, else
// ~/.newsgraphrc on a terminal ("" when there is none).
std::string InitFile(const ShellArgs& args, bool batch) {
  if (!args.init.empty()) return args.init;
  const char* home = std::getenv("HOME");
  if (batch || !home || !*home) return "";
  std::string rc = std::string(home) + "/.newsgraphrc";
  return std::ifstream(rc) ? rc : "";
}

std::string HistoryFile() {
  const char* home = std::getenv("HOME");
  return home && *home ? std::string(home) + "/.newsgraph_history" : "";
}

int Interactive(Session& session) {
  struct sigaction action = {};
  action.sa_handler = OnInterrupt;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);  // no SA_RESTART: a blocked read returns
  interrupt_flag = session.cancel_flag();

  LineEditor editor(HistoryFile(), [&](const std::string& line, size_t cursor) {
    Completions c = Complete(session, line, cursor);
    return std::make_pair(c.start, c.candidates);
  });
  std::cerr << session.Welcome();
  std::string pending;
  bool warned_unfinished = false;  // Ctrl-D once with a statement half typed
  while (!session.quit()) {
    session.cancel_flag()->store(false);
    auto line = editor.ReadLine(pending.empty() ? "newsgraph> " : "      ...> ");
    if (!line) {
      if (session.cancel_flag()->load()) {  // Ctrl-C at the prompt: drop the input
        std::cout << "^C\n";
        pending.clear();
        continue;
      }
      // Ctrl-D: leave, but not silently past a statement half typed.
      if (pending.find_first_not_of(" \t\n") != std::string::npos && !warned_unfinished) {
        std::cerr << "\nthe statement is not finished: end it with ';' to run it, or press Ctrl-D "
                     "again to leave without running it\n";
        warned_unfinished = true;
        continue;
      }
      std::cout << "\n";
      break;
    }
    warned_unfinished = false;
    if (pending.empty() && line->find_first_not_of(" \t") != std::string::npos &&
        (*line)[line->find_first_not_of(" \t")] == '.') {
      editor.Remember(*line);
      session.Execute(*line);
      continue;
    }
    pending += *line + "\n";
    if (Engine::NeedsMoreInput(pending)) continue;
    std::string statement = pending.substr(0, pending.size() - 1);
    pending.clear();
    if (statement.find_first_not_of(" \t\n;") == std::string::npos) continue;
    editor.Remember(statement);
    for (const auto& s : Engine::SplitStatements(statement)) session.Execute(s);
  }
  interrupt_flag = nullptr;
  return 0;
}

}  // namespace

int RunShell(const GlobalOptions& global, const ShellArgs& args) {
  // Query after query: each reuses what the one before freed (query/freed_memory.h).
  KeepFreedMemoryForReuse();
  const bool batch = !args.commands.empty() || !args.file.empty() || !isatty(STDIN_FILENO);
  const bool color = !batch && isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
  Session session(global.db, !batch, color);
  // Into a pipe or a file the results are data, not a display: csv, with
  // nothing else on stdout (the box, its row count and the banner are for a
  // terminal). --mode or .mode chooses otherwise.
  if (!args.mode.empty()) RunDotCommand(session, ".mode " + args.mode);
  else if (!isatty(STDOUT_FILENO)) session.mode = "csv";
  // Settings first (.mode box, .nullvalue -, .param …); an error there is
  // reported with its FILE:LINE and stops a batch, as a script's would.
  if (std::string init = InitFile(args, batch); !init.empty()) {
    std::ifstream in(init);
    std::stringstream text;
    text << in.rdbuf();
    if (!session.RunScript(text.str(), false, init) && batch) return 1;
  }
  if (!batch) return Interactive(session);

  std::string script;
  for (const auto& c : args.commands) script += c + (c.find(';') == std::string::npos && c[0] != '.' ? ";\n" : "\n");
  if (!args.file.empty()) {
    std::ifstream in(args.file);
    if (!in) throw Error(ErrorKind::kNotFound, "cannot read " + args.file);
    std::stringstream text;
    text << in.rdbuf();
    script += text.str();
  }
  if (args.commands.empty() && args.file.empty()) {
    std::stringstream text;
    text << std::cin.rdbuf();
    script = text.str();
  }
  // Errors name the file and line (-f alone), else where the script came from.
  std::string source = args.commands.empty() ? (args.file.empty() ? "stdin" : args.file)
                       : args.file.empty()   ? "-c"
                                             : "script";
  return session.RunScript(script, args.keep_going, source) ? 0 : 1;
}

}  // namespace ng::cli
