#include "shell/memory_budget.h"

#include <sys/resource.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>

#include "graph/error.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NG_ADDRESS_SANITIZER 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define NG_ADDRESS_SANITIZER 1
#endif

namespace ng::cli {

uint64_t ParseMemoryBudget(const std::string& text) {
  if (text == "auto") {
    long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGE_SIZE);
    uint64_t ram = pages > 0 && page > 0 ? static_cast<uint64_t>(pages) * static_cast<uint64_t>(page) : 0;
    uint64_t quarter = ram / 4;
    return quarter < (uint64_t{1} << 30) ? uint64_t{1} << 30 : quarter;
  }
  size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  std::string unit = text.substr(digits);
  uint64_t scale = unit.empty() ? 1
                   : unit == "K" || unit == "k" ? uint64_t{1} << 10
                   : unit == "M" || unit == "m" ? uint64_t{1} << 20
                   : unit == "G" || unit == "g" ? uint64_t{1} << 30
                                                : 0;
  if (digits == 0 || digits > 15 || scale == 0)
    throw Error(ErrorKind::kInvalidArgument,
                "--max-memory: expected a size such as 2G, 512M or 0 (no budget), not '" + text + "'");
  return std::stoull(text.substr(0, digits)) * scale;
}

bool ApplyMemoryBudget(uint64_t bytes) {
#ifdef NG_ADDRESS_SANITIZER
  (void)bytes;
  return false;
#else
  if (bytes == 0) return true;
  struct rlimit limit;
  if (getrlimit(RLIMIT_AS, &limit) != 0) return false;
  // Never raise a limit the caller's environment set lower.
  if (limit.rlim_max != RLIM_INFINITY && bytes > limit.rlim_max) bytes = limit.rlim_max;
  limit.rlim_cur = bytes;
  return setrlimit(RLIMIT_AS, &limit) == 0;
#endif
}

std::string DescribeBytes(uint64_t bytes) {
  char buf[32];
  if (bytes >= (uint64_t{1} << 30))
    std::snprintf(buf, sizeof buf, "%.1f GiB", static_cast<double>(bytes) / (1 << 30));
  else
    std::snprintf(buf, sizeof buf, "%.0f MiB", static_cast<double>(bytes) / (1 << 20));
  return buf;
}

}  // namespace ng::cli
