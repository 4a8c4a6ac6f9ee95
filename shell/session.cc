#include "shell/session.h"
#include "shell/suggest.h"

#include <algorithm>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <set>
#include <sstream>

#include "graph/store_probe.h"
#include "shell/dot_writer.h"
#include "shell/terminal.h"

namespace ng::cli {

namespace {

// One line per statement for the history and error messages.
std::string Trimmed(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

}  // namespace

Session::Session(const std::string& db, bool interactive_session, bool use_color)
    : color(use_color), interactive(interactive_session), stdout_(&std::cout) {
  Open(db);
}

namespace {

// The database at `db` as a session starts on it: read-only when it is there
// and whole (RocksDB then replays the write-ahead log into memory, takes no
// lock and writes nothing), writable as before otherwise: a missing one is
// created, one from before counts were kept is counted once (read-only, each
// count would scan it), and one that is locked by another process is read.
std::unique_ptr<GraphStore> OpenForSession(const std::string& db, bool* locked) {
  *locked = false;
  if (DatabaseExists(db)) {
    *locked = LockedByAnotherProcess(db);
    OpenOptions read_only;
    read_only.read_only = true;
    try {
      auto store = GraphStore::Open(db, read_only);
      if (*locked || CountsKept(*store)) return store;
    } catch (const Error& e) {
      // A folder with RocksDB's files and no newsgraph schema (a creation
      // cut short) is made a database by the writable open, as before.
      if (e.kind() != ErrorKind::kNoDatabase || *locked) throw;
    }
  }
  try {
    return GraphStore::Open(db, OpenOptions{});
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kLocked) throw;
    *locked = true;  // taken between the probe and the open
    OpenOptions read_only;
    read_only.read_only = true;
    return GraphStore::Open(db, read_only);
  }
}

// The names and sizes of the database's files but the info log and the lock:
// a commit by another process grows its write-ahead log, a flush or an import
// adds table files and grows the MANIFEST. A few dozen stat calls.
std::string FolderState(const std::string& db) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(db, ec)) {
    std::string name = e.path().filename().string();
    if (name == "LOCK" || name == "LOG" || name.rfind("LOG.old", 0) == 0) continue;
    files.push_back(name + " " + std::to_string(e.file_size(ec)));
  }
  std::sort(files.begin(), files.end());
  std::string state;
  for (const std::string& f : files) state += f + "\n";
  return state;
}

}  // namespace

void Session::Open(const std::string& db) {
  // The database in use is the same one: opening it twice would find it
  // locked (by ourselves).
  std::error_code ec;
  if (store_ && std::filesystem::equivalent(db, db_, ec)) {
    std::cerr << "note: " << db << " is the database in use\n";
    return;
  }
  // The new one is opened before the old one is closed, so a path that
  // cannot be opened leaves the session as it was, not without a database.
  std::unique_ptr<GraphStore> store;
  bool locked = false;
  const std::string state = FolderState(db);  // before: a commit meanwhile is seen next time
  try {
    store = OpenForSession(db, &locked);
  } catch (const Error& e) {
    if (!store_) throw;
    throw Error(e.kind(), std::string(e.what()) + "; still using " + db_);
  }
  // Another process writes (an ingest): read what it has committed so far.
  if (locked) std::cerr << "note: " << db << " is locked by another process; opened read-only\n";
  engine_.reset();
  store_ = std::move(store);
  db_ = db;
  locked_ = locked;
  folder_state_ = state;
  engine_ = std::make_unique<Engine>(store_.get());
  RefreshVocabulary();
}

void Session::CatchUp() {
  if (!store_ || !store_->read_only()) return;
  std::string state = FolderState(db_);
  if (state == folder_state_) return;
  OpenOptions read_only;
  read_only.read_only = true;
  std::unique_ptr<GraphStore> store;
  try {
    store = GraphStore::Open(db_, read_only);
  } catch (const Error&) {
    return;  // reads go on from the handle open; tried again at the next statement
  }
  engine_.reset();
  store_ = std::move(store);
  folder_state_ = state;
  engine_ = std::make_unique<Engine>(store_.get());
  RefreshVocabulary();
}

void Session::EnsureWritable() {
  if (!store_->read_only()) return;
  // Opened beside the read-only handle (which holds no lock), so a refusal
  // leaves the session reading as it was.
  std::unique_ptr<GraphStore> store;
  try {
    store = GraphStore::Open(db_, OpenOptions{});
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kLocked) throw;
    locked_ = true;
    throw Error(ErrorKind::kLocked, "database " + db_ +
                                        " is locked by another process (one writer at a time); "
                                        "this statement writes and was not run");
  }
  engine_.reset();
  store_ = std::move(store);
  locked_ = false;
  engine_ = std::make_unique<Engine>(store_.get());
  RefreshVocabulary();  // what other writers committed since the read-only open, too
}

ResultSet Session::Run(const std::string& text, const QueryOptions& options) {
  if (store_->read_only()) {
    try {
      return engine_->Run(text, options);
    } catch (const Error& e) {
      if (e.kind() != ErrorKind::kReadOnly) throw;
    }
    EnsureWritable();
  }
  return engine_->Run(text, options);
}

std::string Session::Welcome() const {
  StoreCounts c = store_->Begin()->Counts();
  std::ostringstream w;
  w << "newsgraph " << NEWSGRAPH_VERSION << " — " << db_ << ": " << c.nodes << " nodes, "
    << c.relationships << " relationships" << (locked_ ? " (read-only)" : "")
    << ".\nType .help for help, end statements with ';', Ctrl-D to leave.\n";
  return w.str();
}

void Session::SetOutputOnce(const std::string& path) {
  if (path.empty()) throw Error(ErrorKind::kInvalidArgument, "usage: .once FILE");
  SetOutput(path);
  once_ = true;
}

void Session::EndOfResult() {
  if (!once_) return;
  once_ = false;
  if (file_ && !file_->flush()) {
    file_.reset();
    throw Error(ErrorKind::kIo, "cannot write the .once file");
  }
  file_.reset();
}

void Session::SetOutput(const std::string& path) {
  once_ = false;
  if (path.empty() || path == "stdout") {
    file_.reset();
    return;
  }
  // Emptied first, as sqlite3 does (appending mixed old runs into new ones).
  auto f = std::make_unique<std::ofstream>(path, std::ios::trunc);
  if (!*f) throw Error(ErrorKind::kIo, "cannot write " + path);
  file_ = std::move(f);
}

ViewOptions Session::View() const {
  ViewOptions view;
  view.color = color && !file_;
  view.headers = headers;
  view.null_text = null_text;
  view.column_widths = column_widths;
  // Into a file: as wide as it comes, unless .maxwidth says otherwise.
  view.width = max_width ? *max_width : file_ ? 0 : TerminalColumns(STDOUT_FILENO);
  return view;
}

void Session::Show(const ResultSet& result) {
  const std::string shown = mode == "dot" ? "table" : mode;
  if (!interactive || !pager || file_) return WriteView(result, shown, out(), View());
  std::ostringstream text;
  WriteView(result, shown, text, View());
  ShowPaged(text.str(), true, out());
}

void Session::PrintError(const std::string& message) const {
  const bool red = color && !file_;
  std::cerr << (red ? "\033[31m" : "") << message << (red ? "\033[0m" : "") << "\n";
}

void Session::RefreshVocabulary() {
  auto txn = store_->Begin();
  StoreCounts c = txn->Counts();
  vocabulary_ = {};
  for (const auto& [label, n] : c.per_label) vocabulary_.labels.push_back(label);
  for (const auto& [type, n] : c.per_type) vocabulary_.types.push_back(type);
  // Property keys from the kept counts; on a database from before they were
  // kept (read-only), from a sample of each label.
  std::set<std::string> keys;
  for (const auto& k : c.per_key) keys.insert(k.key);
  vocabulary_.keys_by_label = KeysOf(c);
  for (const auto& label : c.per_key.empty() ? vocabulary_.labels : std::vector<std::string>{}) {
    uint64_t id;
    int seen = 0;
    for (auto cur = txn->ScanLabel(label); seen < 200 && cur->Next(&id); ++seen)
      if (auto n = txn->GetNode(id))
        for (const auto& [k, v] : n->properties) keys.insert(k);
  }
  vocabulary_.keys.assign(keys.begin(), keys.end());
}

bool Session::Execute(const std::string& raw, const ScriptPlace* place) {
  std::string text = Trimmed(raw);
  if (text.empty()) return true;
  try {
    CatchUp();
    if (text[0] == '.') return RunDotCommand(*this, text);
    return RunQuery(text);
  } catch (const Error& raw) {
    const Error e = store_ ? WithNearestName(raw, *store_->Begin()) : raw;  // none after a failed .open
    std::string message = e.what();
    std::string where = place ? PlaceError(*place, &message) : "";
    PrintError(where + ErrorKindName(e.kind()) + ": " + message);
    if (text[0] != '.') EndOfResult();  // .once covered this statement, failed or not
  }
  return false;
}

bool Session::RunQuery(const std::string& text) {
  QueryOptions options;
  options.parameters = parameters;
  options.cancel = &cancel_;
  cancel_ = false;
  auto begin = std::chrono::steady_clock::now();
  ResultSet result = Run(text, options);
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin)
                  .count();
  if (mode == "dot") {
    DotOptions dot;
    dot.title = text + "  —  " + db_;
    WriteDot(CollectElements(result, *store_->Begin()), dot, out());
  } else {
    Show(result);
  }
  out().flush();  // the answer before the notes about it
  for (const std::string& n :
       MissingNameNotes(result, vocabulary_.labels, vocabulary_.types))
    std::cerr << n << "\n";
  for (const std::string& n : UnknownKeyNotes(text, vocabulary_.keys_by_label)) std::cerr << n << "\n";
  if (result.stats.nodes_created || result.stats.nodes_deleted ||
      result.stats.relationships_created || result.stats.relationships_deleted ||
      result.stats.labels_added || result.stats.properties_set)
    RefreshVocabulary();
  if (timer) {
    char line[64];
    std::snprintf(line, sizeof line, "Run Time: %.3f ms\n", ms);
    out() << line;
  }
  out().flush();
  EndOfResult();
  return true;
}

bool Session::RunScript(const std::string& script, bool keep_going, const std::string& source) {
  bool ok = true;
  std::string pending;
  int line_no = 0, pending_line = 1;  // the script's line the pending text starts on
  std::istringstream in(script);
  std::string line;
  auto run = [&](const std::string& statement, int at, int column) {
    if (quit_) return false;
    const ScriptPlace place{source, at, column};
    bool done = Execute(statement, source.empty() ? nullptr : &place);
    ok = ok && done;
    return done || keep_going;
  };
  // Each statement of `pending`, with the line its first word is on.
  auto run_pending = [&] {
    size_t cursor = 0;
    for (const auto& statement : Engine::SplitStatements(pending)) {
      size_t at = pending.find(statement, cursor);
      if (at == std::string::npos) at = cursor;
      size_t first_word = pending.find_first_not_of(" \t\r\n", at);
      if (first_word == std::string::npos) first_word = at;
      int line_of = pending_line + static_cast<int>(std::count(
                                       pending.begin(), pending.begin() + static_cast<long>(first_word), '\n'));
      size_t line_start = pending.rfind('\n', first_word);
      int column = static_cast<int>(first_word - (line_start == std::string::npos ? 0 : line_start + 1)) + 1;
      cursor = at + statement.size();
      if (!run(statement, line_of, column)) return false;
    }
    return true;
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (Trimmed(pending).empty() && !Trimmed(line).empty() && Trimmed(line)[0] == '.') {
      pending.clear();
      if (!run(line, line_no, static_cast<int>(line.find_first_not_of(" \t")) + 1)) return false;
      continue;
    }
    if (pending.empty()) pending_line = line_no;
    pending += line + "\n";
    if (Engine::NeedsMoreInput(pending)) continue;
    if (!run_pending()) return false;
    pending.clear();
  }
  if (!Trimmed(pending).empty() && !run_pending()) return false;
  return ok;
}

}  // namespace ng::cli
