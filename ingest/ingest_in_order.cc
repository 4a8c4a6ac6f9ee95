// IngestInOrder: analysis on a pool of threads, writes in file order.
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include "ingest/ingest.h"

namespace ng {

namespace {

// Articles analysed ahead of the writer, per thread: enough to keep every
// thread busy while the writer commits, few enough to bound memory.
constexpr size_t kAheadPerJob = 2;

void Report(Ingester* ingester, const PreparedArticle& article, size_t index,
            const std::function<void(size_t, const IngestFileResult*, const Error*)>& report) {
  IngestFileResult result;
  try {
    result = ingester->Commit(article);
  } catch (const Error& e) {
    report(index, nullptr, &e);
    return;
  }
  report(index, &result, nullptr);
}

}  // namespace

void IngestInOrder(Ingester* ingester, const std::vector<std::string>& files, int jobs,
                   const std::function<void(size_t index, const IngestFileResult* result,
                                            const Error* error)>& report) {
  if (jobs <= 1 || files.size() <= 1) {
    for (size_t i = 0; i < files.size(); ++i) Report(ingester, ingester->Prepare(files[i]), i, report);
    return;
  }
  std::mutex mu;
  std::condition_variable changed;
  std::vector<std::optional<PreparedArticle>> ready(files.size());
  size_t next_to_prepare = 0, next_to_commit = 0;
  bool stop = false;
  const size_t window = kAheadPerJob * static_cast<size_t>(jobs);
  auto worker = [&]() {
    while (true) {
      size_t index;
      {
        std::unique_lock<std::mutex> lock(mu);
        changed.wait(lock, [&] {
          return stop || next_to_prepare >= files.size() || next_to_prepare < next_to_commit + window;
        });
        if (stop || next_to_prepare >= files.size()) return;
        index = next_to_prepare++;
      }
      PreparedArticle article = ingester->Prepare(files[index]);
      std::lock_guard<std::mutex> lock(mu);
      ready[index] = std::move(article);
      changed.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < jobs; ++t) pool.emplace_back(worker);
  auto finish = [&]() {
    {
      std::lock_guard<std::mutex> lock(mu);
      stop = true;
    }
    changed.notify_all();
    for (std::thread& t : pool) t.join();
  };
  try {
    for (size_t i = 0; i < files.size(); ++i) {
      PreparedArticle article;
      {
        std::unique_lock<std::mutex> lock(mu);
        changed.wait(lock, [&] { return ready[i].has_value(); });
        article = std::move(*ready[i]);
        ready[i].reset();
        next_to_commit = i + 1;
      }
      changed.notify_all();
      Report(ingester, article, i, report);
    }
  } catch (...) {
    finish();
    throw;
  }
  finish();
}

}  // namespace ng
