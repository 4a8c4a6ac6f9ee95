#include "graph/info_log.h"

#include <sys/time.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <mutex>

namespace ng {

namespace {

class DroppingFileLogger : public rocksdb::Logger {
 public:
  explicit DroppingFileLogger(std::FILE* file)
      : rocksdb::Logger(rocksdb::InfoLogLevel::INFO_LEVEL), file_(file) {}
  ~DroppingFileLogger() override {
    std::lock_guard<std::mutex> lock(mu_);
    std::fclose(file_);
  }
  DroppingFileLogger(const DroppingFileLogger&) = delete;
  DroppingFileLogger& operator=(const DroppingFileLogger&) = delete;

  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override {
    struct timeval now;
    gettimeofday(&now, nullptr);
    struct tm t;
    localtime_r(&now.tv_sec, &t);
    std::lock_guard<std::mutex> lock(mu_);
    // Every write may fail (a full disk): the line is lost, nothing else.
    std::fprintf(file_, "%04d/%02d/%02d-%02d:%02d:%02d.%06ld ", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday,
                 t.tm_hour, t.tm_min, t.tm_sec, static_cast<long>(now.tv_usec));
    std::vfprintf(file_, format, ap);
    std::fputc('\n', file_);
    std::fflush(file_);
    std::clearerr(file_);
  }

 private:
  std::mutex mu_;
  std::FILE* file_;
};

class DiscardingLogger : public rocksdb::Logger {
 public:
  using rocksdb::Logger::Logv;
  void Logv(const char*, va_list) override {}
};

}  // namespace

std::shared_ptr<rocksdb::Logger> DiscardingInfoLog() { return std::make_shared<DiscardingLogger>(); }

std::shared_ptr<rocksdb::Logger> OpenInfoLog(const std::string& folder) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path log = fs::path(folder) / "LOG";
  if (fs::exists(log, ec)) fs::rename(log, fs::path(folder) / "LOG.old", ec);
  std::FILE* file = std::fopen(log.c_str(), "we");
  if (!file) return nullptr;
  return std::make_shared<DroppingFileLogger>(file);
}

}  // namespace ng
