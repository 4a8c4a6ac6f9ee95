// libFuzzer target: JSONL import (graph/jsonl.h) of arbitrary bytes into one
// store kept for the whole run. ng::Error is a clean refusal (the file named
// with its line); a crash, hang, sanitizer report, or a refused file that
// left anything written is a bug.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>

#include "graph/error.h"
#include "graph/graph_store.h"
#include "graph/jsonl.h"

namespace {

ng::GraphStore* Store() {
  static std::unique_ptr<ng::GraphStore> store = [] {
    char dir[] = "/tmp/fuzz_import.XXXXXX";
    if (!mkdtemp(dir)) std::abort();
    ng::OpenOptions options;
    options.adjacency_cache_bytes = 0;
    return ng::GraphStore::Open(std::string(dir) + "/db", options);
  }();
  return store.get();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ng::GraphStore* store = Store();
  uint64_t before = store->Begin()->Counts().nodes;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  try {
    ng::ImportJsonl(store, in, "fuzz.jsonl");
  } catch (const ng::Error& e) {
    std::string message = e.what();
    // Refused: named, and nothing of the file written.
    if (message.rfind("fuzz.jsonl", 0) != 0) __builtin_trap();
    if (store->Begin()->Counts().nodes != before) __builtin_trap();
  }
  return 0;
}
