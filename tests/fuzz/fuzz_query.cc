// libFuzzer target: the query lexer, parser and binder on arbitrary text.
// A clean refusal is ng::Error (a syntax or semantic message); anything
// else — another exception, a crash, a hang, a sanitizer report — is a bug.
// Inputs that showed bugs are kept in tests/fuzz/crashes/ (see README.md).
#include <cstddef>
#include <cstdint>
#include <string>

#include "graph/error.h"
#include "query/binder.h"
#include "query/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    ng::query::Statement statement = ng::query::Parse(text);
    ng::query::Bind(statement);
  } catch (const ng::Error& e) {
    // The CLI prints the message to the user: it must say something.
    if (std::string(e.what()).empty()) __builtin_trap();
  }
  return 0;
}
