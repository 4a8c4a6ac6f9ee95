// graph/background_worker.h — one thread running posted tasks in order (internal).
//
// The bulk import writes table files on it while the main thread parses. A
// task that throws stops the worker: the remaining tasks are dropped and
// Wait() rethrows the first error. Post() blocks while `max_queued` tasks
// wait, so a slow worker bounds the memory the tasks hold.
#ifndef NEWSGRAPH_GRAPH_BACKGROUND_WORKER_H_
#define NEWSGRAPH_GRAPH_BACKGROUND_WORKER_H_

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace ng {

class BackgroundWorker {
 public:
  explicit BackgroundWorker(size_t max_queued) : max_queued_(max_queued) {}
  ~BackgroundWorker() { Stop(); }
  BackgroundWorker(const BackgroundWorker&) = delete;
  BackgroundWorker& operator=(const BackgroundWorker&) = delete;

  // Drops the tasks not yet begun and waits for the running one.
  void Stop() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stopping_ = true;
      tasks_.clear();
    }
    changed_.notify_all();
    if (thread_.joinable()) thread_.join();
  }

  void Post(std::function<void()> task) {
    std::unique_lock<std::mutex> lock(mu_);
    if (stopping_) return;
    if (!thread_.joinable()) thread_ = std::thread([this] { Run(); });
    changed_.wait(lock, [this] { return tasks_.size() < max_queued_ || failure_; });
    if (failure_) return;  // Wait() reports it
    tasks_.push_back(std::move(task));
    changed_.notify_all();
  }

  // Returns when every posted task has run; rethrows the first failure.
  void Wait() {
    std::unique_lock<std::mutex> lock(mu_);
    changed_.wait(lock, [this] { return (tasks_.empty() && !busy_) || failure_; });
    if (failure_) std::rethrow_exception(failure_);
  }

 private:
  void Run() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      changed_.wait(lock, [this] { return !tasks_.empty() || stopping_; });
      if (stopping_) return;
      std::function<void()> task = std::move(tasks_.front());
      tasks_.pop_front();
      busy_ = true;
      changed_.notify_all();
      lock.unlock();
      std::exception_ptr error;
      try {
        task();
      } catch (...) {
        error = std::current_exception();
      }
      lock.lock();
      busy_ = false;
      if (error && !failure_) {
        failure_ = error;
        tasks_.clear();
      }
      changed_.notify_all();
    }
  }

  const size_t max_queued_;
  std::mutex mu_;
  std::condition_variable changed_;
  std::deque<std::function<void()>> tasks_;
  bool busy_ = false, stopping_ = false;
  std::exception_ptr failure_;
  std::thread thread_;
};

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_BACKGROUND_WORKER_H_
