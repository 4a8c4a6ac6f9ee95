// shell/session.h — the state of one `newsgraph shell` session and the
// statement runner shared by the interactive loop, batch input and .read.
#ifndef NEWSGRAPH_SHELL_SESSION_H_
#define NEWSGRAPH_SHELL_SESSION_H_

#include <atomic>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "graph/graph_store.h"
#include "shell/key_notes.h"
#include "shell/script_place.h"
#include "query/engine.h"
#include "query/result.h"
#include "shell/result_view.h"

namespace ng::cli {

// What the completer offers besides keywords: read from the store when the
// session opens and after statements that write.
struct Vocabulary {
  std::vector<std::string> labels, types, keys;
  KeysByLabel keys_by_label;  // for the notice under a result that reads a key no node has
};

class Session {
 public:
  Session(const std::string& db, bool interactive, bool color);

  // Runs one statement (a dot-command or a query). Prints its result to
  // out() and any error to stderr; returns false on error. An error of a
  // statement of a script opens with its place there (FILE:LINE:COLUMN).
  bool Execute(const std::string& text, const ScriptPlace* place = nullptr);
  // Runs a script: statements end at ';', dot-commands take a line of their
  // own. Stops at the first error unless `keep_going`. False if any failed.
  // An error names `source`, the line and the column.
  bool RunScript(const std::string& script, bool keep_going, const std::string& source = "");

  // Opens `db` for the session, read-only when it exists (no write-ahead log
  // to recover, no lock taken, nothing written: the first prompt comes
  // sooner, and an ingest may run meanwhile); the first statement that
  // writes reopens it writable (EnsureWritable). A missing database is
  // created, as before. A path that cannot be opened leaves the session on
  // the database it had.
  void Open(const std::string& db);
  // Runs a statement on the session's database. One that writes, on the
  // read-only handle, stops at its first write (nothing written, nothing
  // shown) and runs again on the database reopened writable.
  ResultSet Run(const std::string& text, const QueryOptions& options);
  // Reopens the database writable unless it is; the read-only handle stays
  // if that fails: kLocked, one line, when another process writes it.
  void EnsureWritable();
  std::string Welcome() const;
  bool quit() const { return quit_; }
  std::atomic<bool>* cancel_flag() { return &cancel_; }
  GraphStore* store() { return store_.get(); }
  const Vocabulary& vocabulary() const { return vocabulary_; }

  // ---- state the dot-commands change (shell/dot_commands.cc)
  std::ostream& out() { return file_ ? static_cast<std::ostream&>(*file_) : *stdout_; }
  void SetOutput(const std::string& path);  // "" or "stdout": back to the screen
  void SetOutputOnce(const std::string& path);  // the next result only, then the screen again
  void EndOfResult();  // after a result (or a failed statement): back to the screen after .once
  bool headers = true;                      // .headers on|off
  std::optional<std::string> null_text;     // .nullvalue TEXT
  std::string mode = "table";               // ModeNames() (shell/result_view.h) or dot
  std::optional<size_t> max_width;          // .maxwidth N (0: no limit); unset: the terminal's
  std::vector<size_t> column_widths;        // .width N…
  bool pager = true;                        // .pager on|off (interactive sessions only)
  bool timer = false;
  // How results print now: the settings above, and the width of where they go.
  ViewOptions View() const;
  // Writes a result in the mode in use, through the pager when it is on and
  // the result is taller than the terminal.
  void Show(const ResultSet& result);
  std::map<std::string, ResultValue> parameters;
  bool color;
  bool interactive;

 private:
  friend bool RunDotCommand(Session& session, const std::string& line);
  bool RunQuery(const std::string& text);
  void PrintError(const std::string& message) const;
  // On the read-only handle: reopens it when another process has committed
  // since it was opened (its files changed), so reads follow an ingest.
  void CatchUp();
  void RefreshVocabulary();

  std::string db_;
  // Read-only until a statement writes (Open, EnsureWritable).
  std::unique_ptr<GraphStore> store_;
  bool locked_ = false;  // another process held the write lock when last asked
  std::string folder_state_;  // FolderState of db_ before the read-only handle was opened
  std::unique_ptr<Engine> engine_;
  std::unique_ptr<std::ofstream> file_;
  bool once_ = false;  // file_ is for the next result only
  std::ostream* stdout_;
  Vocabulary vocabulary_;
  std::atomic<bool> cancel_{false};
  bool quit_ = false;
};

// Runs a line starting with '.'; false on error (printed). Defined with the
// table of dot-commands in shell/dot_commands.cc.
bool RunDotCommand(Session& session, const std::string& line);

// The names of the dot-commands, for completion.
std::vector<std::string> DotCommandNames();

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_SESSION_H_
