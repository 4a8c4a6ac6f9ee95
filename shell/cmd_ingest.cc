// `newsgraph ingest PATH...`: articles into the graph, one transaction each.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <thread>

#include "graph/error.h"
#include "graph/graph_store.h"
#include "ingest/ingest.h"
#include "shell/commands.h"

namespace ng::cli {

namespace {

// "1 event", "2 events": a count with its noun.
std::string Counted(uint64_t n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

void DrawProgress(size_t done, size_t total, const std::string& name) {
  const int kWidth = 30;
  int filled = total ? static_cast<int>(kWidth * done / total) : kWidth;
  std::string bar(filled, '#');
  bar.resize(kWidth, '.');
  std::string shown = name.size() > 40 ? "..." + name.substr(name.size() - 37) : name;
  std::fprintf(stderr, "\r[%s] %zu/%zu %-40s", bar.c_str(), done, total, shown.c_str());
  std::fflush(stderr);
}

}  // namespace

int RunIngest(const GlobalOptions& global, const IngestArgs& args) {
  namespace fs = std::filesystem;
  auto started = std::chrono::steady_clock::now();
  auto store = GraphStore::Open(global.db, {});
  Ingester ingester(store.get(), args.actor_files);
  // A folder's own actors.json is its domain dictionary: loaded, never ingested.
  for (const std::string& p : args.paths) {
    std::error_code ec;
    fs::path dict = fs::path(p) / "actors.json";
    if (fs::is_directory(p, ec) && fs::is_regular_file(dict, ec)) ingester.AddActorFile(dict.string());
  }
  std::vector<std::string> files = ListArticleFiles(args.paths);
  bool bar = args.progress && isatty(STDERR_FILENO);
  uint64_t articles = 0, unchanged = 0, actors = 0, statements = 0, events = 0, events_merged = 0, bytes = 0;
  int failed = 0;
  int jobs = args.jobs > 0 ? args.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (bar && !files.empty()) DrawProgress(0, files.size(), files[0]);
  IngestInOrder(&ingester, files, jobs, [&](size_t i, const IngestFileResult* r, const Error* error) {
    if (error) {
      if (bar) std::fprintf(stderr, "\r%*s\r", 80, "");
      std::fprintf(stderr, "newsgraph: ingest: %s: %s\n", files[i].c_str(), error->what());
      ++failed;
    } else {
      std::error_code ec;
      bytes += fs::file_size(files[i], ec);
      if (r->outcome == IngestFileResult::Outcome::kUnchanged) {
        ++unchanged;
      } else {
        ++articles;
        actors += r->actors;
        statements += r->statements;
        events += r->events;
        events_merged += r->events_merged;
      }
    }
    if (bar) DrawProgress(i + 1, files.size(), i + 1 < files.size() ? files[i + 1] : "");
  });
  if (bar) {
    DrawProgress(files.size(), files.size(), "");
    std::fprintf(stderr, "\n");
  }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  // A mention of an event another article had reported joins its Event
  // node, so there are fewer events than mentions: both counts are given,
  // the second the one `stats` counts on a fresh database.
  const uint64_t new_events = events - events_merged;
  // Two lines: in one it was 155 columns.
  std::printf("ingested %s (%llu unchanged, %d failed) in %.2f s (%.1f MB/s):\n  %s, %s, %s, %s\n",
              Counted(articles, "article").c_str(), static_cast<unsigned long long>(unchanged), failed,
              seconds, seconds > 0 ? bytes / 1e6 / seconds : 0.0, Counted(actors, "actor mention").c_str(),
              Counted(statements, "statement").c_str(), Counted(events, "event mention").c_str(),
              Counted(new_events, "event").c_str());
  // Into a database that held articles already, `stats` counts those too.
  auto txn = store->Begin();
  const uint64_t all_events = txn->CountLabel("Event"), all_statements = txn->CountLabel("Statement");
  if (all_events != new_events || all_statements != statements)
    std::printf("  the graph now holds %s, %s, %s\n", Counted(txn->CountLabel("Actor"), "actor").c_str(),
                Counted(all_statements, "statement").c_str(), Counted(all_events, "event").c_str());
  return failed ? 1 : 0;
}

}  // namespace ng::cli
