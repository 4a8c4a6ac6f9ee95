// `newsgraph ingest PATH...`: articles into the graph, one transaction each.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "graph/error.h"
#include "graph/graph_store.h"
#include "ingest/ingest.h"
#include "shell/commands.h"

namespace ng::cli {

namespace {

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
  uint64_t articles = 0, unchanged = 0, actors = 0, statements = 0, events = 0, bytes = 0;
  int failed = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    if (bar) DrawProgress(i, files.size(), files[i]);
    try {
      IngestFileResult r = ingester.IngestFile(files[i]);
      std::error_code ec;
      bytes += fs::file_size(files[i], ec);
      if (r.outcome == IngestFileResult::Outcome::kUnchanged) {
        ++unchanged;
        continue;
      }
      ++articles;
      actors += r.actors;
      statements += r.statements;
      events += r.events;
    } catch (const Error& e) {
      if (bar) std::fprintf(stderr, "\r%*s\r", 80, "");
      std::fprintf(stderr, "newsgraph: ingest: %s: %s\n", files[i].c_str(), e.what());
      ++failed;
    }
  }
  if (bar) {
    DrawProgress(files.size(), files.size(), "");
    std::fprintf(stderr, "\n");
  }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("ingested %llu article(s) (%llu unchanged, %d failed): %llu actor mentions, %llu "
              "statements, %llu events in %.2f s (%.1f MB/s)\n",
              static_cast<unsigned long long>(articles), static_cast<unsigned long long>(unchanged),
              failed, static_cast<unsigned long long>(actors),
              static_cast<unsigned long long>(statements), static_cast<unsigned long long>(events),
              seconds, seconds > 0 ? bytes / 1e6 / seconds : 0.0);
  return failed ? 1 : 0;
}

}  // namespace ng::cli
